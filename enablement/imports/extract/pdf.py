"""PDF text and properties with pypdf, tolerant of damaged pages."""

from __future__ import annotations

import io
import logging

from enablement.imports.extract import ExtractionFailed, Parsed, as_utc, split_keywords

log = logging.getLogger(__name__)



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
    for number, page in enumerate(reader.pages, 1):
        try:
            pages.append(page.extract_text() or "")
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
    )
