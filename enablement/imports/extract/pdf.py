"""PDF text and properties with pypdf, tolerant of damaged pages."""

from __future__ import annotations

import io
import logging
import math
from collections import Counter

from enablement.imports.extract import ExtractionFailed, Parsed, as_utc, split_keywords
from enablement.imports.titles import first_line_heading

log = logging.getLogger(__name__)

LARGE_TYPE = 1.15  # a first line this much larger than the body text is the heading
FIRST_RUNS = 12  # where on the first page a heading can be: its first pieces of text
LABEL_CHARS = 60  # what may stand above it ("BRIGHTLEDGER CUSTOMER STORY"), not a paragraph


def parse_pdf(data: bytes) -> Parsed:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except Exception as exc:
            raise ExtractionFailed("encrypted PDF: needs a password") from exc
        if not opened:
            raise ExtractionFailed("encrypted PDF: needs a password")
    pages: list[str] = []
    warnings: list[str] = []
    runs: list[tuple[str, float]] = []  # the first page's text pieces and their type size
    for number, page in enumerate(reader.pages, 1):
        try:
            pages.append(page.extract_text(visitor_text=_sizes(runs) if number == 1 else None)
                         or "")
        except Exception:
            log.debug("Page %d could not be read", number, exc_info=True)
            warnings.append(f"page {number} could not be read")
    info = None
    try:
        info = reader.metadata
    except Exception:
        log.debug("PDF properties unreadable", exc_info=True)

    def prop(name: str) -> str | None:
        value = getattr(info, name, None) if info is not None else None
        return str(value).strip() or None if value else None

    return Parsed(
        text="\n\n".join(pages),
        title=prop("title"), subject=prop("subject"),
        keywords=split_keywords(info.get("/Keywords") if info is not None else None),
        author=prop("author"),
        created=as_utc(getattr(info, "creation_date", None)) if info is not None else None,
        modified=as_utc(getattr(info, "modification_date", None)) if info is not None else None,
        pages=len(pages), warnings=tuple(warnings),
        heading=_large_type(runs) or first_line_heading(pages[0] if pages else ""),
    )


def _sizes(runs: list[tuple[str, float]]):  # noqa: ANN202 - pypdf's visitor signature
    """A pypdf text visitor that keeps each piece of text with its size on the page."""
    def visit(text: str, cm: list, tm: list, font: object, size: float) -> None:  # noqa: ARG001
        try:
            area = abs(tm[0] * tm[3] - tm[1] * tm[2]) * abs(cm[0] * cm[3] - cm[1] * cm[2])
            scale = math.sqrt(area)
            runs.append((text, float(size) * (scale or 1.0)))
        except (TypeError, ValueError, IndexError):
            runs.append((text, float(size or 0)))
    return visit


def _large_type(runs: list[tuple[str, float]]) -> str | None:
    """The first page's heading: the first text set larger than the body, at the top."""
    pieces = [(" ".join(text.split()), round(size, 1)) for text, size in runs if text.strip()]
    if not pieces:
        return None
    amount: Counter[float] = Counter()
    for text, size in pieces:
        amount[size] += len(text)
    body = amount.most_common(1)[0][0]
    largest = max(size for _, size in pieces[:FIRST_RUNS])
    if largest < body * LARGE_TYPE:
        return None
    start = next(i for i, (_, size) in enumerate(pieces) if size == largest)
    if sum(len(text) for text, _ in pieces[:start]) > LABEL_CHARS:
        return None  # a section heading below the opening text, not the document's
    words: list[str] = []
    for text, size in pieces[start:]:
        if abs(size - largest) > 0.5:
            break
        words.append(text)
    return " ".join(words) or None
