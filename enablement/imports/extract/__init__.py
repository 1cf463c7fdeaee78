"""Read text and properties from sales documents, refusing hostile files.

``extract_file`` runs inside a worker process (see ``enablement.imports.extraction_pool``);
it raises :class:`ExtractionFailed` with a one-line reason a marketer understands.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from enablement import formats
from enablement.text import clean_text, path_text

log = logging.getLogger(__name__)

# Derived from the format registry; kept here because other packages import them.
SUPPORTED_EXTENSIONS = formats.EXTENSIONS
FORMAT_NAMES = formats.NOUNS
MIN_TEXT_CHARS = 20
# What reading a file of any kind imports; each format adds its own, see ``warm_up``.
COMMON_MODULES = ("enablement.imports.extract.guards", "enablement.imports.extract.sniff",
                  "enablement.imports.extract.text")


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 200 * 1024 * 1024
    max_unpacked_bytes: int = 512 * 1024 * 1024
    max_ratio: float = 200.0
    max_text_chars: int = 5_000_000
    max_cells: int = 1_000_000


@dataclass(frozen=True)
class Extracted:
    sha256: str
    size: int
    format: str
    text: str
    title: str | None
    subject: str | None
    keywords: tuple[str, ...]
    category: str | None
    author: str | None
    created: datetime | None
    modified: datetime | None
    pages: int | None
    has_text: bool
    warnings: tuple[str, ...]
    # The file's shape, for telling its kind: a deck's slides, a workbook's sheets and
    # formulas (a price list has numbers, a calculator computes from them).
    slides: int | None = None
    sheets: int = 0
    formulas: int = 0
    numbers: int = 0
    heading: str | None = None  # the first heading: the title when the property is junk


class ExtractionFailed(Exception):
    """str(exc) is a one-line reason fit to show to the person importing."""


@dataclass
class Parsed:
    """What a format reader found, before hashing and normalising."""

    text: str
    title: str | None = None
    subject: str | None = None
    keywords: tuple[str, ...] = ()
    category: str | None = None
    author: str | None = None
    created: datetime | None = None
    modified: datetime | None = None
    pages: int | None = None
    warnings: tuple[str, ...] = ()
    slides: int | None = None
    sheets: int = 0
    formulas: int = 0
    numbers: int = 0
    heading: str | None = None


def as_utc(value: object) -> datetime | None:
    """A property date as aware UTC; naive dates are taken to be UTC already."""
    if not isinstance(value, datetime):
        return None
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


def split_keywords(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    return tuple(k.strip() for k in re.split(r"[,;]", str(raw)) if k.strip())


def _clean_optional(text: str | None) -> str | None:
    return (clean_text(text).strip() or None) if text else None


def warm_up(path: Path) -> None:
    """Import the parser a file of this name's kind needs, once per reader process.

    Importing pypdf or openpyxl takes up to a second, the file's own bytes play no part
    in it, and it happens once per worker: the pool calls this before it starts a
    file's clock, so a short time limit measures reading the file, not loading Python.
    """
    named = formats.for_extension(path.suffix)
    for name in (*COMMON_MODULES, *(named.modules if named is not None else ())):
        try:
            importlib.import_module(name)
        except Exception:  # reading the file will say what is wrong, under its clock
            log.debug("Could not import %s ahead of reading", name, exc_info=True)


def _normalise(text: str, limits: Limits) -> tuple[str, list[str]]:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if len(text) > limits.max_text_chars:
        return text[: limits.max_text_chars], [
            f"text cut at {limits.max_text_chars:,} characters; the rest is not searchable"
        ]
    return text, []


def extract_file(path: Path, limits: Limits = Limits()) -> Extracted:  # noqa: B008
    from enablement.imports.extract import guards, sniff

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExtractionFailed(f"cannot be opened ({exc.strerror})") from exc
    if size == 0:
        raise ExtractionFailed("the file is empty (0 bytes)")
    if size > limits.max_bytes:
        raise ExtractionFailed(f"larger than the {limits.max_bytes // (1024 * 1024)} MB limit")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionFailed(f"cannot be read ({exc.strerror})") from exc
    except MemoryError as exc:
        raise ExtractionFailed("needs too much memory to read") from exc
    sha256 = hashlib.sha256(data).hexdigest()
    named = sniff.format_from_name(path)
    real = sniff.format_from_bytes(data, named)
    warnings: list[str] = []
    if real != named and named is not None:
        warnings.append(f"named {path_text(path.suffix)} but is really {FORMAT_NAMES[real]}; "
                        f"read it as {real.upper()}")
    fmt = formats.by_key(real)
    try:
        if fmt.is_package:
            guards.check_zip(data, real, limits)
        parsed = fmt.load_reader()(data, limits)
    except ExtractionFailed:
        raise
    except MemoryError as exc:
        raise ExtractionFailed("needs too much memory to read") from exc
    except Exception as exc:
        log.debug("Reading %s failed", path_text(path), exc_info=True)
        raise ExtractionFailed(sniff.invalid_reason(real)) from exc
    text, cut = _normalise(clean_text(parsed.text), limits)
    warnings.extend(parsed.warnings)
    check = fmt.load_check()
    if check is not None:  # e.g. a workbook that is an ROI calculator, compiled now
        warnings.extend(check(path))
    warnings.extend(cut)
    has_text = len(re.sub(r"\s+", "", text)) >= MIN_TEXT_CHARS
    if not has_text and fmt.no_text_warning:
        warnings.append(fmt.no_text_warning)
    return Extracted(
        sha256=sha256, size=size, format=real, text=text, title=_clean_optional(parsed.title),
        subject=_clean_optional(parsed.subject),
        keywords=tuple(clean_text(k) for k in parsed.keywords),
        category=_clean_optional(parsed.category), author=_clean_optional(parsed.author),
        created=parsed.created, modified=parsed.modified, pages=parsed.pages,
        has_text=has_text, warnings=tuple(clean_text(w) for w in warnings),
        slides=parsed.slides, sheets=parsed.sheets, formulas=parsed.formulas,
        numbers=parsed.numbers, heading=_clean_optional(parsed.heading),
    )

