"""Read text and properties from sales documents, refusing hostile files.

``extract_file`` runs inside a worker process (see ``enablement.pool``); it raises
:class:`ExtractionFailed` with a one-line reason a marketer understands.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

SUPPORTED_EXTENSIONS = frozenset({".pdf", ".docx", ".pptx", ".xlsx", ".md", ".markdown", ".txt"})
FORMAT_NAMES = {"pdf": "a PDF", "docx": "a Word file", "pptx": "a PowerPoint file",
                "xlsx": "an Excel file", "md": "a text file", "txt": "a text file"}
MIN_TEXT_CHARS = 20


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


def as_utc(value: object) -> datetime | None:
    """A property date as aware UTC; naive dates are taken to be UTC already."""
    if not isinstance(value, datetime):
        return None
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


def split_keywords(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    return tuple(k.strip() for k in re.split(r"[,;]", str(raw)) if k.strip())


def _normalise(text: str, limits: Limits) -> tuple[str, list[str]]:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if len(text) > limits.max_text_chars:
        return text[: limits.max_text_chars], [
            f"text cut at {limits.max_text_chars:,} characters; the rest is not searchable"
        ]
    return text, []


def extract_file(path: Path, limits: Limits = Limits()) -> Extracted:  # noqa: B008
    from enablement.extract import guards, sniff

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
        warnings.append(
            f"named {path.suffix} but is really {FORMAT_NAMES[real]}; read it as {real.upper()}"
        )
    try:
        if real in ("docx", "pptx", "xlsx"):
            guards.check_zip(data, real, limits)
        parsed = _parse(real, data, limits)
    except ExtractionFailed:
        raise
    except MemoryError as exc:
        raise ExtractionFailed("needs too much memory to read") from exc
    except Exception as exc:
        log.debug("Reading %s failed", path, exc_info=True)
        raise ExtractionFailed(sniff.invalid_reason(real)) from exc
    text, cut = _normalise(parsed.text, limits)
    warnings.extend(parsed.warnings)
    if real == "xlsx":
        warnings.extend(_calculator_problems(path))
    warnings.extend(cut)
    has_text = len(re.sub(r"\s+", "", text)) >= MIN_TEXT_CHARS
    if not has_text and real == "pdf":
        warnings.append("no text found (a scanned PDF?); it is imported but only its title "
                        "and tags are searchable")
    extracted = Extracted(
        sha256=sha256, size=size, format=real, text=text, title=parsed.title,
        subject=parsed.subject, keywords=parsed.keywords, category=parsed.category,
        author=parsed.author, created=parsed.created, modified=parsed.modified,
        pages=parsed.pages, has_text=has_text, warnings=tuple(warnings),
    )
    return replace(extracted, title=(extracted.title or "").strip() or None)


def _parse(real: str, data: bytes, limits: Limits) -> Parsed:
    if real == "pdf":
        from enablement.extract.pdf import parse_pdf

        return parse_pdf(data)
    if real == "docx":
        from enablement.extract.office import parse_docx

        return parse_docx(data)
    if real == "pptx":
        from enablement.extract.office import parse_pptx

        return parse_pptx(data)
    if real == "xlsx":
        from enablement.extract.sheets import parse_xlsx

        return parse_xlsx(data, limits)
    from enablement.extract.text import parse_text

    return parse_text(data, markdown=(real == "md"))


def _calculator_problems(path: Path) -> list[str]:
    """A workbook laid out as an ROI calculator is compiled now, so the marketer hears at
    import (not a rep in front of a prospect) that it cannot be computed, and why."""
    from enablement.roi import Calculator, CalculatorError, looks_like_calculator

    if not looks_like_calculator(path):
        return []
    try:
        Calculator.load(path)
    except CalculatorError as exc:
        return [f"as an ROI calculator it cannot be computed: {exc}"]
    return []
