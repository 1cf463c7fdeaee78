"""Write an evaluation library (a ``content.py`` of assets) as real files.

Shared by the ``build.py`` of ``eval_library``, ``holdout_library``, ``fourth_library`` and
``fifth_library``, which load this file by path (``tests/data`` is not a package) and pass
what differs between their libraries: the content module and the first-column words that
mark an XLSX header row. The later libraries' bodies are written in the light markup parsed here
(:func:`blocks`, :func:`slide_lines`); the eval library brings its own parsers.

PDF with fpdf2 (as tests/filemakers.py does), DOCX with python-docx, PPTX with python-pptx,
XLSX with openpyxl (live formulas, no defined names), Markdown and text as they are.
The output is deterministic: fixed document dates, fixed zip entry times, fixed file
modification times, so two builds give byte-identical files.
"""

from __future__ import annotations

import importlib.util
import io
import os
import re
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

# First-column words that make a spreadsheet row bold, in both libraries.
HEADER_WORDS = frozenset({"Input", "Results", "Assumption", "Year", "Annual saving", "Summary",
                          "Capability", "SKU", "ID"})


def load_module(name: str, path: Path) -> ModuleType:
    """Import the Python file at ``path`` as a module called ``name``."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _when(asset: dict) -> datetime:
    return datetime.fromisoformat(asset["modified"]).replace(hour=12, tzinfo=UTC)


def _latin1(text: str) -> str:
    """fpdf2's core fonts are Latin-1; content.py is ASCII, this is a guard."""
    for fancy, plain in (("\u2014", " - "), ("\u2013", "-"), ("\u2019", "'"), ("\u2018", "'"),
                         ("\u201c", '"'), ("\u201d", '"'), ("\u2026", "...")):
        text = text.replace(fancy, plain)
    return text.encode("latin-1", "replace").decode("latin-1")


def _core_properties(props, asset: dict) -> None:
    when = _when(asset).replace(tzinfo=None)
    props.author = asset.get("author") or ""
    props.last_modified_by = asset.get("author") or ""
    props.created = when
    props.modified = when
    props.revision = 3
    props.comments = ""
    props.title = asset.get("title") or ""
    props.subject = asset.get("subject") or ""
    props.keywords = asset.get("keywords") or ""


def write_text(path: Path, asset: dict) -> None:
    text = asset["text"]
    newline = asset.get("newline", "\n")
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))


def _normalize_zip(path: Path, when: datetime) -> None:
    """Rewrite an OOXML zip with a fixed time on every entry, and a fixed modified date
    in docProps/core.xml (openpyxl writes the current time there on save)."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, data)
    path.write_bytes(buffer.getvalue())


# --- the body markup the held-out content modules are written in ----------------------

_NUMBERED = re.compile(r"^\d+\.\s+")


def blocks(body: str) -> list[tuple]:
    """Parse the body markup into ``(kind, value)`` blocks: h1, h2, p, quote, ul, ol,
    table (value: list of rows of cells) and page (no value)."""
    out: list[tuple] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(("p", " ".join(para)))
            para.clear()

    for raw in body.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
            continue
        if line == "[page]":
            flush()
            out.append(("page",))
        elif line.startswith("## "):
            flush()
            out.append(("h2", line[3:].strip()))
        elif line.startswith("# "):
            flush()
            out.append(("h1", line[2:].strip()))
        elif line.startswith("> "):
            flush()
            out.append(("quote", line[2:].strip()))
        elif line.startswith("- "):
            flush()
            if out and out[-1][0] == "ul" and not para:
                out[-1][1].append(line[2:].strip())
            else:
                out.append(("ul", [line[2:].strip()]))
        elif _NUMBERED.match(line):
            flush()
            item = _NUMBERED.sub("", line, count=1).strip()
            if out and out[-1][0] == "ol":
                out[-1][1].append(item)
            else:
                out.append(("ol", [item]))
        elif line.startswith("|"):
            flush()
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(("table", [cells]))
        else:
            para.append(line)
    flush()
    return out


def slide_lines(body: str) -> list[tuple[int, str]]:
    """Slide body lines as ``(level, text)``: ``- x`` is level 0, an indented ``- x`` is
    level 1, any other line is level 0."""
    lines: list[tuple[int, str]] = []
    for raw in body.strip("\n").split("\n"):
        if not raw.strip():
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        text = raw.strip()
        if text.startswith("- "):
            text = text[2:].strip()
        lines.append((1 if indent >= 2 else 0, text))
    return lines


class LibraryBuilder:
    """Writes the assets of one content module (its ``ASSETS``, parsed with its own
    ``blocks`` and ``slide_lines`` if it has them, else with the markup above);
    ``header_words`` are the first cells that make an XLSX row bold."""

    def __init__(self, content: ModuleType, header_words: frozenset[str]) -> None:
        self.content = content
        self.header_words = header_words
        self.blocks = getattr(content, "blocks", blocks)
        self.slide_lines = getattr(content, "slide_lines", slide_lines)
        self.writers = {".pdf": self.write_pdf, ".docx": self.write_docx,
                        ".pptx": self.write_pptx, ".xlsx": self.write_xlsx,
                        ".md": write_text, ".txt": write_text}

    # --- PDF ----------------------------------------------------------------------------

    def write_pdf(self, path: Path, asset: dict) -> None:
        from fpdf import FPDF

        pdf = FPDF(format="letter")
        pdf.set_margins(20, 18, 20)
        pdf.set_auto_page_break(True, margin=18)
        pdf.set_creation_date(_when(asset))
        title = asset.get("title")
        if title:
            pdf.set_title(_latin1(title))
            if title.startswith("Microsoft Word - "):
                pdf.set_creator("Microsoft Word")
            elif title == "Layout 1":
                pdf.set_creator("Adobe InDesign 19.2 (Macintosh)")
        for key, setter in (("author", pdf.set_author), ("subject", pdf.set_subject),
                            ("keywords", pdf.set_keywords)):
            if asset.get(key):
                setter(_latin1(asset[key]))
        pdf.add_page()

        def text_block(text: str, style: str = "", size: float = 10.5, height: float = 5.5,
                       indent: float = 0, after: float = 2.5) -> None:
            pdf.set_font("Helvetica", style, size)
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(pdf.epw - indent, height, _latin1(text), new_x="LMARGIN",
                           new_y="NEXT")
            pdf.ln(after)

        for block in self.blocks(asset["body"]):
            kind = block[0]
            if kind == "page":
                pdf.add_page()
            elif kind == "h1":
                text_block(block[1], "B", 17, 8, after=3)
            elif kind == "h2":
                pdf.ln(1.5)
                text_block(block[1], "B", 12.5, 6.5, after=1.5)
            elif kind == "p":
                text_block(block[1])
            elif kind == "quote":
                text_block(block[1], "I", 10.5, 5.5, indent=8)
            elif kind in ("ul", "ol"):
                for number, item in enumerate(block[1], 1):
                    marker = "-" if kind == "ul" else f"{number}."
                    pdf.set_font("Helvetica", "", 10.5)
                    pdf.set_x(pdf.l_margin + 3)
                    pdf.cell(6, 5.5, marker)
                    pdf.multi_cell(pdf.epw - 9, 5.5, _latin1(item), new_x="LMARGIN",
                                   new_y="NEXT")
                    pdf.ln(0.8)
                pdf.ln(1.7)
            elif kind == "table":
                pdf.set_font("Helvetica", "", 9)
                with pdf.table(text_align="LEFT", line_height=4.8,
                               first_row_as_headings=True) as table:
                    for cells in block[1]:
                        row = table.row()
                        for cell in cells:
                            row.cell(_latin1(cell))
                pdf.ln(3)
        path.write_bytes(bytes(pdf.output()))

    # --- DOCX ---------------------------------------------------------------------------

    def write_docx(self, path: Path, asset: dict) -> None:
        from docx import Document

        document = Document()
        _core_properties(document.core_properties, asset)
        for block in self.blocks(asset["body"]):
            kind = block[0]
            if kind == "page":
                document.add_page_break()
            elif kind == "h1":
                document.add_heading(block[1], level=1)
            elif kind == "h2":
                document.add_heading(block[1], level=2)
            elif kind == "p":
                document.add_paragraph(block[1])
            elif kind == "quote":
                document.add_paragraph(block[1], style="Quote")
            elif kind in ("ul", "ol"):
                style = "List Bullet" if kind == "ul" else "List Number"
                for item in block[1]:
                    document.add_paragraph(item, style=style)
            elif kind == "table":
                rows = block[1]
                grid = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
                grid.style = "Table Grid"
                for r, cells in enumerate(rows):
                    for c, value in enumerate(cells):
                        cell = grid.cell(r, c)
                        cell.text = value
                        if r == 0:
                            for run in cell.paragraphs[0].runs:
                                run.bold = True
                document.add_paragraph("")
        document.save(str(path))

    # --- PPTX ---------------------------------------------------------------------------

    def write_pptx(self, path: Path, asset: dict) -> None:
        from pptx import Presentation
        from pptx.util import Pt

        deck = Presentation()
        _core_properties(deck.core_properties, asset)
        for number, (title, body, notes) in enumerate(asset["slides"]):
            layout = deck.slide_layouts[0 if number == 0 else 1]
            slide = deck.slides.add_slide(layout)
            slide.shapes.title.text = title
            frame = slide.placeholders[1].text_frame
            bullets = self.slide_lines(body)
            size = Pt(20) if len(bullets) <= 4 else Pt(16)
            for index, (level, text) in enumerate(bullets):
                paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
                paragraph.text = text
                paragraph.level = level
                if number > 0:
                    for run in paragraph.runs:
                        run.font.size = size
            if notes:
                slide.notes_slide.notes_text_frame.text = notes
        deck.save(str(path))

    # --- XLSX ---------------------------------------------------------------------------

    def write_xlsx(self, path: Path, asset: dict) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font, PatternFill

        workbook = Workbook()
        workbook.remove(workbook.active)
        shade = PatternFill("solid", start_color="FFF2CC", end_color="FFF2CC")
        for name, rows in asset["sheets"]:
            sheet = workbook.create_sheet(name)
            for row in rows:
                sheet.append(list(row))
            for r, row in enumerate(rows, 1):
                if r == 1 or (row and row[0] in self.header_words):
                    for c in range(1, len(row) + 1):
                        sheet.cell(r, c).font = Font(bold=True)
            for column, width in asset.get("widths", {}).items():
                sheet.column_dimensions[column].width = width
            for r in range(1, sheet.max_row + 1):
                for c in range(1, sheet.max_column + 1):
                    cell = sheet.cell(r, c)
                    if isinstance(cell.value, str) and len(cell.value) > 40:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
            if name in asset.get("inputs", {}):
                for line in sheet[asset["inputs"][name]]:
                    for cell in line:
                        cell.fill = shade
            for ref in asset.get("percent", {}).get(name, []):
                sheet[ref].number_format = "0%"
        props = workbook.properties
        when = _when(asset).replace(tzinfo=None)
        props.title = asset.get("title")
        props.creator = asset.get("author") or None
        props.lastModifiedBy = asset.get("author") or None
        props.created = when
        props.modified = when
        workbook.save(str(path))

    # --- the whole library --------------------------------------------------------------

    def build(self, folder: Path) -> None:
        """Write every asset of the content's ASSETS into ``folder``, in its subfolder."""
        folder = Path(folder)
        for asset in self.content.ASSETS:
            path = folder / asset["path"]
            path.parent.mkdir(parents=True, exist_ok=True)
            self.writers[path.suffix.lower()](path, asset)
            when = _when(asset)
            if path.suffix.lower() in (".docx", ".pptx", ".xlsx"):
                _normalize_zip(path, when)
            stamp = when.timestamp()
            os.utime(path, (stamp, stamp))

    def main(self, argv: list[str]) -> int:
        if len(argv) != 2:
            print("usage: build.py OUTDIR", file=sys.stderr)
            return 2
        self.build(Path(argv[1]))
        print(f"wrote {len(self.content.ASSETS)} files to {argv[1]}")
        return 0
