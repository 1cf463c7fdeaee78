"""Word and PowerPoint: text in reading order, speaker notes, core properties.

Strict (ISO/IEC 29500) files are renamed to the Transitional vocabulary first, the only
one python-docx and python-pptx read (see :mod:`enablement.imports.extract.strict`).
"""

from __future__ import annotations

import io
import re

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
    headings: list[tuple[int, str]] = []  # (rank: Title 0, Heading n is n; text)
    style_name = _style_names(document)
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = style_name(paragraph)
        rank = 0 if style == "Title" else _heading_level(style)
        if rank is not None:
            headings.append((rank, text))
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
    heading = min(headings, key=lambda h: h[0])[1] if headings else None  # the first Title
    return Parsed(text="\n\n".join(blocks), title=core["title"] or heading, **{
        k: v for k, v in core.items() if k != "title"
    }, heading=heading)


def _style_names(document):  # noqa: ANN001, ANN202 - python-docx Document; a function
    """A paragraph's style name ("" for none), looked up once per style in the document.

    ``paragraph.style`` finds the style by its id, and a paragraph without one (most
    are) by scanning every style of the document for the default: a thousandth of a
    second per paragraph, most of the time a Word file takes to read. The answer is the
    same for every paragraph with the same style id, so it is asked once per id."""
    from docx.enum.style import WD_STYLE_TYPE

    names: dict[str | None, str] = {}

    def style_name(paragraph) -> str:  # noqa: ANN001 - python-docx Paragraph
        style_id = paragraph._p.style  # what ``paragraph.style`` looks up
        if style_id not in names:
            style = document.part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
            names[style_id] = (style.name if style is not None else "") or ""
        return names[style_id]

    return style_name


def _heading_level(style: str) -> int | None:
    """3 for "Heading 3"; None for a style that is not a heading's."""
    match = re.fullmatch(r"Heading ([1-9])", style)
    return int(match.group(1)) if match else None


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
    heading: str | None = None  # the first slide's title, what the deck calls itself
    for slide in deck.slides:
        parts = _shape_texts(slide.shapes)
        title_shape = slide.shapes.title
        if first_title is None and title_shape is not None and title_shape.text.strip():
            first_title = title_shape.text.strip()
        if not slides and title_shape is not None:
            heading = title_shape.text.strip() or None
        if slide.has_notes_slide:
            notes = slide.notes_slide.notes_text_frame
            if notes is not None and notes.text.strip():
                parts.append(notes.text.strip())
        slides.append("\n".join(parts))
    core = _core(deck.core_properties)
    return Parsed(text="\n\n".join(slides), title=core["title"] or first_title,
                  pages=len(slides), slides=len(slides), heading=heading,
                  **{k: v for k, v in core.items() if k != "title"})
