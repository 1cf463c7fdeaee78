"""Word and PowerPoint: text in reading order, speaker notes, core properties.

Strict (ISO/IEC 29500) files are renamed to the Transitional vocabulary first, the only
one python-docx and python-pptx read (see :mod:`enablement.imports.extract.strict`).
"""

from __future__ import annotations

import io

from enablement.imports.extract import Parsed, as_utc, split_keywords
from enablement.imports.extract.strict import as_transitional


def _core(props) -> dict[str, object]:  # noqa: ANN001 - python-docx/pptx CoreProperties
    return {
        "title": (props.title or "").strip() or None,
        "subject": (props.subject or "").strip() or (props.comments or "").strip() or None,
        "keywords": split_keywords(props.keywords),
        "category": (props.category or "").strip() or None,
        "author": (props.author or "").strip() or None,
        "created": as_utc(props.created),
        "modified": as_utc(props.modified),
    }


def parse_docx(data: bytes) -> Parsed:
    from docx import Document

    document = Document(io.BytesIO(as_transitional(data)))
    blocks: list[str] = []
    heading: str | None = None
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if heading is None and style in ("Title", "Heading 1"):
            heading = text
        blocks.append(text)
    for table in document.tables:
        for row in table.rows:
            cells = [cell.text.strip() for cell in row.cells if cell.text.strip()]
            if cells:
                blocks.append(" | ".join(dict.fromkeys(cells)))
    for section in document.sections:
        for part in (section.header, section.footer):
            text = "\n".join(p.text for p in part.paragraphs if p.text.strip())
            if text:
                blocks.append(text)
    core = _core(document.core_properties)
    return Parsed(text="\n\n".join(blocks), title=core["title"] or heading, **{
        k: v for k, v in core.items() if k != "title"
    })


def _shape_texts(shapes) -> list[str]:  # noqa: ANN001 - python-pptx shape collections
    texts: list[str] = []
    for shape in shapes:
        if getattr(shape, "shape_type", None) == 6 and hasattr(shape, "shapes"):  # group
            texts.extend(_shape_texts(shape.shapes))
            continue
        if getattr(shape, "has_text_frame", False) and shape.text_frame.text.strip():
            texts.append(shape.text_frame.text.strip())
        if getattr(shape, "has_table", False):
            for row in shape.table.rows:
                cells = [c.text.strip() for c in row.cells if c.text.strip()]
                if cells:
                    texts.append(" | ".join(cells))
    return texts


def parse_pptx(data: bytes) -> Parsed:
    from pptx import Presentation

    deck = Presentation(io.BytesIO(as_transitional(data)))
    slides: list[str] = []
    first_title: str | None = None
    for slide in deck.slides:
        parts = _shape_texts(slide.shapes)
        title_shape = slide.shapes.title
        if first_title is None and title_shape is not None and title_shape.text.strip():
            first_title = title_shape.text.strip()
        if slide.has_notes_slide:
            notes = slide.notes_slide.notes_text_frame
            if notes is not None and notes.text.strip():
                parts.append(notes.text.strip())
        slides.append("\n".join(parts))
    core = _core(deck.core_properties)
    return Parsed(text="\n\n".join(slides), title=core["title"] or first_title,
                  pages=len(slides), **{k: v for k, v in core.items() if k != "title"})
