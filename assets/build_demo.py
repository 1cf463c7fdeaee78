"""Build the bundled Brightledger demo library into ``assets/demo/``.

Run from the repository root (or anywhere):

    python assets/build_demo.py

Every asset is written from a source file under ``assets/source/<folder>/``: a small
front-matter block (tags, output file name, metadata route) followed by the body in a
deliberately tiny Markdown dialect (see ``assets/README.md``). The script

* wipes and recreates ``assets/demo/``;
* renders each source to its output format (PDF, DOCX, PPTX, XLSX, .md or .txt);
* writes the metadata the importer reads: ``manifest.csv`` per manifest folder,
  ``<file>.meta.json`` sidecars, or document properties, depending on ``route``;
* writes ``assets/demo_catalog.json`` (the intended tags of every asset);
* checks the coverage requirements and raises if one is not met.

The output is deterministic: fixed dates in document properties and in zip entries, so
rebuilding without editing a source gives byte-identical files.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sys
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE_DIR = HERE / "source"
DEMO_DIR = HERE / "demo"
CATALOG_PATH = HERE / "demo_catalog.json"

AUTHOR = "Brightledger Product Marketing"
COMPANY_LINE = "Brightledger, Inc.  |  1550 Wynkoop Street, Denver, CO 80202"

# ---------------------------------------------------------------------------------------
# Taxonomy keys the demo uses (mirrors the app's default taxonomy)
# ---------------------------------------------------------------------------------------
KINDS = ("case_study", "battlecard", "roi_calculator", "one_pager", "deck", "whitepaper",
         "email_template", "other")
STAGES = ("awareness", "consideration", "decision", "onboarding", "expansion")
OBJECTIONS = ("price", "roi", "security", "integration", "switching", "implementation",
              "timing", "incumbent", "authority", "scalability", "support", "contract")
INDUSTRIES = ("healthcare", "financial_services", "manufacturing", "retail", "logistics",
              "public_sector", "education", "technology", "energy", "professional_services")
PERSONAS = ("executive", "finance", "it", "security", "operations", "procurement")
COMPETITORS = ("Invoxa", "PayRidge", "Clerkwise")
ROUTES = ("manifest", "sidecar", "properties", "none")
LIST_FIELDS = ("stage", "objections", "competitor", "industry", "persona")
FORMATS = ("pdf", "docx", "pptx", "xlsx", "md", "txt")

KIND_LABELS = {
    "case_study": "CUSTOMER STORY", "battlecard": "COMPETITIVE BATTLECARD",
    "roi_calculator": "ROI CALCULATOR", "one_pager": "SOLUTION BRIEF", "deck": "PRESENTATION",
    "whitepaper": "WHITEPAPER", "email_template": "EMAIL TEMPLATE", "other": "SALES RESOURCE",
}

# Requirements checked at the end of every build.
MIN_PER_KIND = {"case_study": 9, "battlecard": 6, "roi_calculator": 3, "one_pager": 6,
                "deck": 5, "whitepaper": 4, "email_template": 6, "other": 2}
MIN_ASSETS = 44
MIN_PER_FORMAT = 3
MIN_PER_STAGE = 3
MIN_PER_OBJECTION = 2
MIN_BATTLECARDS_PER_COMPETITOR = 2
MIN_UNTAGGED = 8
MIN_WORDS, MAX_WORDS = 150, 900
MIN_LONG_WHITEPAPERS, LONG_WHITEPAPER_WORDS = 3, 1500
MAX_FILE_BYTES = 300 * 1024

NAVY = (17, 42, 77)
TEAL = (0, 128, 128)
GREY = (90, 98, 110)
LIGHT = (234, 242, 244)


# ---------------------------------------------------------------------------------------
# Source parsing
# ---------------------------------------------------------------------------------------
@dataclass
class Asset:
    source: Path
    folder: str
    file: str
    title: str
    kind: str
    route: str
    day: date
    summary: str = ""
    expires: str = ""
    tags: dict[str, list[str]] = field(default_factory=dict)
    body: str = ""

    @property
    def fmt(self) -> str:
        return self.file.rsplit(".", 1)[-1].lower()

    @property
    def rel(self) -> str:
        return f"{self.folder}/{self.file}"

    @property
    def stamp(self) -> datetime:
        return datetime(self.day.year, self.day.month, self.day.day, 9, 0, 0,
                        tzinfo=UTC)

    def keywords(self) -> list[str]:
        words = [self.kind]
        for name in LIST_FIELDS:
            words.extend(self.tags.get(name, []))
        return words


def parse_source(path: Path) -> Asset:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n(.*)\Z", text, re.S)
    if not match:
        raise SystemExit(f"{path}: missing front matter between --- lines")
    meta: dict[str, str] = {}
    for number, line in enumerate(match.group(1).splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise SystemExit(f"{path} line {number}: expected 'key: value'")
        meta[key.strip()] = value.strip()
    tags = {name: [v.strip() for v in meta.get(name, "").split(",") if v.strip()]
            for name in LIST_FIELDS}
    asset = Asset(
        source=path, folder=path.parent.name, file=unicodedata.normalize("NFC", meta["file"]),
        title=meta["title"], kind=meta["kind"], route=meta["route"],
        day=date.fromisoformat(meta.get("date", "2025-09-01")),
        summary=meta.get("summary", ""), expires=meta.get("expires", ""), tags=tags,
        body=match.group(2).strip() + "\n",
    )
    validate(asset)
    return asset


def validate(a: Asset) -> None:
    problems = []
    if a.kind not in KINDS:
        problems.append(f"unknown kind {a.kind!r}")
    if a.route not in ROUTES:
        problems.append(f"unknown route {a.route!r}")
    if a.fmt not in FORMATS:
        problems.append(f"unknown format {a.fmt!r}")
    allowed = {"stage": STAGES, "objections": OBJECTIONS, "competitor": COMPETITORS,
               "industry": INDUSTRIES, "persona": PERSONAS}
    for name, values in allowed.items():
        for value in a.tags[name]:
            if value not in values:
                problems.append(f"{name}: unknown value {value!r}")
    if not a.tags["stage"]:
        problems.append("no stage")
    if a.expires:
        date.fromisoformat(a.expires)
    if problems:
        raise SystemExit(f"{a.source}: " + "; ".join(problems))


def load_assets() -> list[Asset]:
    assets = [parse_source(p) for p in sorted(SOURCE_DIR.glob("*/*.md"))]
    seen: set[str] = set()
    for a in assets:
        if a.rel.casefold() in seen:
            raise SystemExit(f"two sources write {a.rel}")
        seen.add(a.rel.casefold())
    return assets


# ---------------------------------------------------------------------------------------
# Body model: a tiny Markdown dialect
# ---------------------------------------------------------------------------------------
# Blocks: ("h2", text) ("h3", text) ("p", text) ("ul", [items]) ("ol", [items])
#         ("quote", text, attribution) ("table", [rows]) ("metrics", [(value, label)])
def parse_blocks(body: str) -> list[tuple]:
    blocks: list[tuple] = []
    lines = body.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.strip():
            i += 1
            continue
        if line.startswith("### "):
            blocks.append(("h3", line[4:].strip()))
            i += 1
        elif line.startswith("## "):
            blocks.append(("h2", line[3:].strip()))
            i += 1
        elif line.strip() == "[metrics]":
            items = []
            i += 1
            while i < len(lines) and lines[i].strip():
                value, _, label = lines[i].partition("|")
                items.append((value.strip(), label.strip()))
                i += 1
            blocks.append(("metrics", items))
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                    rows.append(cells)
                i += 1
            blocks.append(("table", rows))
        elif line.startswith("> "):
            text_lines, attribution = [], ""
            while i < len(lines) and lines[i].startswith(">"):
                part = lines[i][1:].strip()
                if part.startswith("— "):
                    attribution = part[2:].strip()
                elif part:
                    text_lines.append(part)
                i += 1
            blocks.append(("quote", " ".join(text_lines), attribution))
        elif re.match(r"(- |\d+\. )", line):
            ordered = not line.startswith("- ")
            items: list[str] = []
            while i < len(lines) and lines[i].strip():
                current = lines[i]
                if re.match(r"(- |\d+\. )", current):
                    items.append(re.sub(r"^(- |\d+\. )", "", current).strip())
                else:
                    items[-1] += " " + current.strip()
                i += 1
            blocks.append(("ol" if ordered else "ul", items))
        else:
            para = []
            while i < len(lines) and lines[i].strip() and not re.match(
                    r"(#{2,3} |- |\d+\. |> |\||\[metrics\])", lines[i]):
                para.append(lines[i].strip())
                i += 1
            blocks.append(("p", "\n".join(para)))  # line breaks inside are kept
    return blocks


def plain(text: str) -> str:
    return text.replace("**", "")


def bold_runs(text: str) -> list[tuple[str, bool]]:
    parts = text.split("**")
    return [(part, n % 2 == 1) for n, part in enumerate(parts) if part]


@dataclass
class Slide:
    title: str
    blocks: list[tuple]
    notes: str


def parse_slides(body: str) -> list[Slide]:
    slides: list[Slide] = []
    for chunk in re.split(r"^## ", body, flags=re.M)[1:]:
        title, _, rest = chunk.partition("\n")
        content, _, notes = rest.partition("\nNotes:")
        notes_text = "\n".join(line.strip() for line in notes.strip().splitlines())
        slides.append(Slide(title.strip(), parse_blocks(content), notes_text.strip()))
    return slides


def word_count(asset: Asset) -> int:
    text = asset.body
    if asset.fmt == "xlsx":
        text = re.sub(r"=[^|]*", " ", text)  # formulas are not words
    text = re.sub(r"[|#>*\[\]]", " ", text)
    return len(re.findall(r"[\w][\w'’.%$,/-]*", text))


# ---------------------------------------------------------------------------------------
# Text for PDF core fonts (Latin-1 only)
# ---------------------------------------------------------------------------------------
LATIN1_REPLACEMENTS = {
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
    "\u2014": " - ", "\u2026": "...", "\u2022": "-", "\u2192": "->", "\u2265": ">=",
    "\u2264": "<=", "\u20ac": "EUR ", "\u2122": "(TM)", "\u2011": "-", "\u00a0": " ",
    "\u2248": "~", "\u2212": "-", "\u2713": "Yes", "\u2717": "No",
}


def latin1(text: str) -> str:
    for char, repl in LATIN1_REPLACEMENTS.items():
        text = text.replace(char, repl)
    text = re.sub(r" {2,}", " ", text)
    bad = sorted({c for c in text if ord(c) > 255})
    if bad:
        raise SystemExit(f"PDF text has characters outside Latin-1: {bad!r}")
    if "--" in text or "__" in text:
        raise SystemExit(f"PDF text must not contain '--' or '__' (markdown markers): {text!r}")
    return text


# ---------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------
def build_pdf(asset: Asset, out: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
    from fpdf.fonts import FontFace

    kind_label = KIND_LABELS[asset.kind]
    confidential = asset.kind in ("battlecard", "other")

    class BrandPDF(FPDF):
        def header(self) -> None:
            self.set_fill_color(*NAVY)
            self.rect(0, 0, self.w, 13, "F")
            self.set_fill_color(*TEAL)
            self.rect(0, 13, self.w, 1.2, "F")
            self.set_xy(18, 4)
            self.set_font("Helvetica", "B", 11)
            self.set_text_color(255, 255, 255)
            self.cell(80, 5, "BRIGHTLEDGER")
            self.set_xy(self.w - 98, 4)
            self.set_font("Helvetica", "", 8.5)
            self.cell(80, 5, kind_label, align="R")
            self.set_text_color(30, 30, 30)
            self.set_y(24)

        def footer(self) -> None:
            self.set_y(-13)
            self.set_font("Helvetica", "", 7.5)
            self.set_text_color(*GREY)
            note = ("Confidential - for Brightledger employees and partners only"
                    if confidential else COMPANY_LINE)
            self.cell(0, 4, latin1(note), align="L")
            self.set_x(-40)
            self.cell(22, 4, f"Page {self.page_no()} of {{nb}}", align="R")

    pdf = BrandPDF(format="letter", unit="mm")
    pdf.set_margins(18, 22, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(asset.stamp)
    pdf.set_author(AUTHOR)
    pdf.set_creator("Brightledger demo builder")
    pdf.set_lang("en-US")
    if asset.route != "none":
        pdf.set_title(latin1(asset.title))
    if asset.route == "properties":
        pdf.set_subject(latin1(asset.summary))
        pdf.set_keywords(", ".join(asset.keywords()))
    pdf.add_page()
    epw = pdf.epw
    nl = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}

    pdf.set_font("Helvetica", "B", 20)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(0, 9, latin1(asset.title), align="L", **nl)
    if asset.summary:
        pdf.ln(1.5)
        pdf.set_font("Helvetica", "", 11)
        pdf.set_text_color(*GREY)
        pdf.multi_cell(0, 5.6, latin1(asset.summary), align="L", **nl)
    pdf.ln(2)
    pdf.set_draw_color(*TEAL)
    pdf.set_line_width(0.5)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 40, pdf.get_y())
    pdf.ln(5)

    def body_font(style: str = "") -> None:
        pdf.set_font("Helvetica", style, 10)
        pdf.set_text_color(35, 35, 35)

    def need(height: float) -> None:
        if pdf.get_y() + height > pdf.page_break_trigger:
            pdf.add_page()

    for block in parse_blocks(asset.body):
        kind = block[0]
        if kind == "h2":
            need(22)
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 13)
            pdf.set_text_color(*NAVY)
            pdf.multi_cell(0, 6.5, latin1(block[1]), align="L", **nl)
            pdf.ln(1.5)
        elif kind == "h3":
            need(16)
            pdf.ln(1)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.set_text_color(*TEAL)
            pdf.multi_cell(0, 5.5, latin1(block[1]), align="L", **nl)
            pdf.ln(0.5)
        elif kind == "p":
            body_font()
            pdf.multi_cell(0, 5.1, latin1(block[1]), markdown=True, align="L", **nl)
            pdf.ln(2.2)
        elif kind in ("ul", "ol"):
            body_font()
            for n, item in enumerate(block[1], start=1):
                need(8)
                y = pdf.get_y()
                if kind == "ul":
                    pdf.set_fill_color(*TEAL)
                    pdf.rect(pdf.l_margin + 1.5, y + 1.9, 1.4, 1.4, "F")
                else:
                    pdf.set_xy(pdf.l_margin, y)
                    pdf.cell(6, 5.1, f"{n}.")
                pdf.set_xy(pdf.l_margin + 6, y)
                pdf.multi_cell(0, 5.1, latin1(item), markdown=True, align="L", **nl)
                pdf.ln(0.8)
            pdf.ln(1.4)
        elif kind == "quote":
            need(20)
            pdf.ln(1)
            y0 = pdf.get_y()
            pdf.set_xy(pdf.l_margin + 6, y0)
            pdf.set_font("Helvetica", "I", 10.5)
            pdf.set_text_color(*NAVY)
            pdf.multi_cell(0, 5.4, latin1(f'"{block[1]}"'), align="L", **nl)
            if block[2]:
                pdf.set_x(pdf.l_margin + 6)
                pdf.set_font("Helvetica", "B", 9)
                pdf.set_text_color(*GREY)
                pdf.multi_cell(0, 5, latin1(block[2]), align="L", **nl)
            y1 = pdf.get_y()
            if y1 > y0:
                pdf.set_fill_color(*TEAL)
                pdf.rect(pdf.l_margin, y0, 1.6, y1 - y0, "F")
            pdf.ln(3)
        elif kind == "table":
            rows = block[1]
            need(10 + 6 * min(len(rows), 4))
            pdf.set_font("Helvetica", "", 9)
            pdf.set_text_color(35, 35, 35)
            pdf.set_draw_color(190, 200, 205)
            pdf.set_line_width(0.2)
            pdf.set_fill_color(255, 255, 255)
            heading = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY)
            with pdf.table(first_row_as_headings=True, headings_style=heading,
                           line_height=4.8, text_align="LEFT", markdown=True,
                           cell_fill_color=LIGHT, cell_fill_mode="ROWS",
                           padding=1.6) as table:
                for row in rows:
                    table_row = table.row()
                    for cell in row:
                        table_row.cell(latin1(cell))
            pdf.ln(4)
        elif kind == "metrics":
            items = block[1]
            per_row = min(4, len(items))
            gap = 4
            width = (epw - gap * (per_row - 1)) / per_row
            for start in range(0, len(items), per_row):
                need(28)
                y = pdf.get_y()
                for col, (value, label) in enumerate(items[start:start + per_row]):
                    x = pdf.l_margin + col * (width + gap)
                    pdf.set_fill_color(*LIGHT)
                    pdf.rect(x, y, width, 24, "F")
                    pdf.set_xy(x + 3, y + 3)
                    pdf.set_font("Helvetica", "B", 17)
                    pdf.set_text_color(*TEAL)
                    pdf.cell(width - 6, 8, latin1(value))
                    pdf.set_xy(x + 3, y + 12)
                    pdf.set_font("Helvetica", "", 8.3)
                    pdf.set_text_color(*NAVY)
                    pdf.multi_cell(width - 6, 3.8, latin1(label), align="L")
                pdf.set_xy(pdf.l_margin, y + 28)
            pdf.ln(1)
    pdf.output(str(out))


# ---------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------
def set_office_properties(props, asset: Asset) -> None:
    """Core properties shared by DOCX and PPTX (python-docx / python-pptx objects)."""
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.created = asset.stamp.replace(tzinfo=None)
    props.modified = asset.stamp.replace(tzinfo=None)
    props.last_printed = asset.stamp.replace(tzinfo=None)
    props.revision = 1
    props.comments = ""
    props.title = asset.title if asset.route != "none" else ""
    props.subject = asset.summary if asset.route == "properties" else ""
    props.keywords = ", ".join(asset.keywords()) if asset.route == "properties" else ""
    props.category = asset.kind if asset.route == "properties" else ""
    props.content_status = "Final"
    props.language = "en-US"
    props.identifier = ""
    props.version = ""


def build_docx(asset: Asset, out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Inches, Pt, RGBColor

    doc = Document()
    set_office_properties(doc.core_properties, asset)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    for name, size in (("Title", 24), ("Heading 1", 15), ("Heading 2", 12)):
        doc.styles[name].font.color.rgb = RGBColor(*NAVY)
        doc.styles[name].font.size = Pt(size)

    section = doc.sections[0]
    header = section.header.paragraphs[0]
    run = header.add_run("BRIGHTLEDGER")
    run.bold = True
    run.font.color.rgb = RGBColor(*NAVY)
    header.add_run(f"    {KIND_LABELS[asset.kind].title()}").font.color.rgb = RGBColor(*GREY)
    footer = section.footer.paragraphs[0]
    note = ("Confidential — for Brightledger employees and partners only"
            if asset.kind in ("battlecard", "other") else
            f"© {asset.day.year} Brightledger, Inc. All rights reserved.")
    footer_run = footer.add_run(note)
    footer_run.font.size = Pt(8)
    footer_run.font.color.rgb = RGBColor(*GREY)

    doc.add_heading(asset.title, level=0)
    if asset.summary:
        doc.add_paragraph(asset.summary, style="Subtitle")

    def add_runs(paragraph, text: str) -> None:
        for part, is_bold in bold_runs(text):
            paragraph.add_run(part).bold = is_bold or None

    for block in parse_blocks(asset.body):
        kind = block[0]
        if kind == "h2":
            doc.add_heading(block[1], level=1)
        elif kind == "h3":
            doc.add_heading(block[1], level=2)
        elif kind == "p":
            add_runs(doc.add_paragraph(), block[1])
        elif kind == "ul":
            for item in block[1]:
                add_runs(doc.add_paragraph(style="List Bullet"), item)
        elif kind == "ol":
            for n, item in enumerate(block[1], start=1):
                paragraph = doc.add_paragraph(style="List Paragraph")
                add_runs(paragraph, f"{n}. {item}")
        elif kind == "quote":
            paragraph = doc.add_paragraph(style="Intense Quote")
            paragraph.add_run(f"“{block[1]}”")
            if block[2]:
                attribution = doc.add_paragraph()
                attribution.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                who = attribution.add_run(f"— {block[2]}")
                who.italic = True
                who.font.color.rgb = RGBColor(*GREY)
        elif kind == "table":
            rows = block[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = doc.styles["Light Grid Accent 1"]
            table.autofit = False
            longest = [max(min(len(plain(row[c])), 40) for row in rows) + 3
                       for c in range(len(rows[0]))]
            widths = [Inches(6.5 * n / sum(longest)) for n in longest]
            for r, row in enumerate(rows):
                for c, cell_text in enumerate(row):
                    cell = table.cell(r, c)
                    cell.width = widths[c]
                    cell.text = ""
                    add_runs(cell.paragraphs[0], cell_text)
            doc.add_paragraph()
        elif kind == "metrics":
            items = block[1]
            table = doc.add_table(rows=2, cols=len(items))
            table.style = doc.styles["Medium Shading 1 Accent 1"]
            for c, (value, label) in enumerate(items):
                top = table.cell(0, c).paragraphs[0]
                top.alignment = WD_ALIGN_PARAGRAPH.CENTER
                big = top.add_run(value)
                big.bold = True
                big.font.size = Pt(18)
                bottom = table.cell(1, c).paragraphs[0]
                bottom.alignment = WD_ALIGN_PARAGRAPH.CENTER
                bottom.add_run(label).font.size = Pt(9)
            doc.add_paragraph()
    doc.save(str(out))


# ---------------------------------------------------------------------------------------
# PPTX
# ---------------------------------------------------------------------------------------
def build_pptx(asset: Asset, out: Path) -> None:
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Inches, Pt

    prs = Presentation()
    set_office_properties(prs.core_properties, asset)
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    slides = parse_slides(asset.body)
    total = len(slides)

    def to_back(slide, shape) -> None:
        tree = slide.shapes._spTree
        tree.remove(shape._element)
        tree.insert(2, shape._element)

    def rect(slide, left, top, width, height, colour):
        shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, left, top, width, height)
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor(*colour)
        shape.line.fill.background()
        return shape

    def style_text(frame, size: int, colour, bold: bool = False) -> None:
        for paragraph in frame.paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(size)
                run.font.color.rgb = RGBColor(*colour)
                run.font.bold = bold

    for number, spec in enumerate(slides, start=1):
        if number == 1:
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            to_back(slide, rect(slide, 0, 0, prs.slide_width, prs.slide_height, NAVY))
            rect(slide, Inches(0.8), Inches(4.15), Inches(1.6), Inches(0.08), TEAL)
            title, subtitle = slide.placeholders[0], slide.placeholders[1]
            title.left, title.top, title.width, title.height = (
                Inches(0.8), Inches(1.6), Inches(11.5), Inches(2.4))
            title.text = spec.title
            title.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
            style_text(title.text_frame, 46, (255, 255, 255), bold=True)
            subtitle.left, subtitle.top, subtitle.width, subtitle.height = (
                Inches(0.8), Inches(4.45), Inches(11.5), Inches(1.6))
            lines = [plain(b[1]) if b[0] == "p" else "\n".join(map(plain, b[1]))
                     for b in spec.blocks if b[0] in ("p", "ul")]
            subtitle.text = "\n".join(lines)
            for paragraph in subtitle.text_frame.paragraphs:
                paragraph.alignment = PP_ALIGN.LEFT
            style_text(subtitle.text_frame, 22, (200, 225, 230))
        else:
            slide = prs.slides.add_slide(prs.slide_layouts[1])
            rect(slide, 0, 0, prs.slide_width, Inches(0.18), NAVY)
            rect(slide, 0, Inches(0.18), prs.slide_width, Inches(0.04), TEAL)
            title, body = slide.placeholders[0], slide.placeholders[1]
            title.left, title.top, title.width, title.height = (
                Inches(0.6), Inches(0.4), Inches(12.1), Inches(1.0))
            title.text = spec.title
            title.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
            style_text(title.text_frame, 34, NAVY, bold=True)
            bullets = []
            for block in spec.blocks:
                if block[0] in ("ul", "ol"):
                    bullets.extend(block[1])
                elif block[0] == "p":
                    bullets.append(block[1])
            extras = [b for b in spec.blocks if b[0] in ("table", "metrics")]
            top = Inches(1.55)
            for block in extras:
                if block[0] == "metrics":
                    items = block[1]
                    width = (Inches(12.1) - Inches(0.3) * (len(items) - 1)) / len(items)
                    for col, (value, label) in enumerate(items):
                        left = Inches(0.6) + col * (width + Inches(0.3))
                        box = rect(slide, int(left), top, int(width), Inches(2.1), LIGHT)
                        frame = box.text_frame
                        frame.word_wrap = True
                        frame.text = value
                        frame.paragraphs[0].runs[0].font.size = Pt(36)
                        frame.paragraphs[0].runs[0].font.bold = True
                        frame.paragraphs[0].runs[0].font.color.rgb = RGBColor(*TEAL)
                        para = frame.add_paragraph()
                        para.text = label
                        para.runs[0].font.size = Pt(17)
                        para.runs[0].font.color.rgb = RGBColor(*NAVY)
                    top += Inches(2.4)
                else:
                    rows = block[1]
                    height = Inches(0.6) * len(rows)
                    shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.6), top,
                                                   Inches(12.1), height)
                    for r, row in enumerate(rows):
                        for c, cell_text in enumerate(row):
                            cell = shape.table.cell(r, c)
                            cell.text = plain(cell_text)
                            for paragraph in cell.text_frame.paragraphs:
                                for run in paragraph.runs:
                                    run.font.size = Pt(18)
                                    run.font.bold = r == 0
                    top += height + Inches(0.25)
            if bullets:
                body.left, body.top, body.width = Inches(0.6), top, Inches(12.1)
                body.height = Inches(6.7) - top
                frame = body.text_frame
                frame.word_wrap = True
                if extras:
                    size = 18
                else:
                    size = 26 if len(bullets) <= 4 else 24 if len(bullets) <= 6 else 20
                for n, item in enumerate(bullets):
                    paragraph = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
                    for part, is_bold in bold_runs(item):
                        run = paragraph.add_run()
                        run.text = part
                        run.font.size = Pt(size)
                        run.font.bold = is_bold
                        run.font.color.rgb = RGBColor(40, 40, 40)
                    paragraph.space_after = Pt(12)
            else:
                body._element.getparent().remove(body._element)
            footer = slide.shapes.add_textbox(Inches(0.6), Inches(6.95), Inches(12.1),
                                              Inches(0.35))
            footer.text_frame.word_wrap = True
            footer.text_frame.text = f"Brightledger  |  {asset.title}  |  {number}/{total}"
            footer.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
            style_text(footer.text_frame, 11, GREY)
        if spec.notes:
            slide.notes_slide.notes_text_frame.text = spec.notes
    prs.save(str(out))


# ---------------------------------------------------------------------------------------
# XLSX calculators
# ---------------------------------------------------------------------------------------
NUMBER_FORMATS = {"USD": '"$"#,##0.00', "USD/year": '"$"#,##0', "%": "0.0#%",
                  "months": "0.0", "minutes": "0.0", "hours": "0.0", "days": "0.0",
                  "x": "0.0"}  # any other unit: "#,##0"


def parse_calculator(asset: Asset) -> tuple[list[dict], list[dict], list[tuple]]:
    inputs: list[dict] = []
    outputs: list[dict] = []
    notes: list[tuple] = []
    section = None
    chunks = re.split(r"^## ", asset.body, flags=re.M)
    for chunk in chunks[1:]:
        heading, _, rest = chunk.partition("\n")
        section = heading.strip().lower()
        if section in ("inputs", "outputs"):
            table = next(b for b in parse_blocks(rest) if b[0] == "table")[1]
            header = [h.lower() for h in table[0]]
            rows = [dict(zip(header, row, strict=True)) for row in table[1:]]
            (inputs if section == "inputs" else outputs).extend(rows)
        else:
            notes.append(("h2", heading.strip()))
            notes.extend(parse_blocks(rest))
    for row in inputs:
        if not row["name"].startswith("in_"):
            raise SystemExit(f"{asset.source}: input names start with in_: {row['name']}")
    for row in outputs:
        if not row["name"].startswith("out_"):
            raise SystemExit(f"{asset.source}: output names start with out_: {row['name']}")
    return inputs, outputs, notes


ALLOWED_FUNCTIONS = {"SUM", "ROUND", "IF", "MAX", "MIN"}


def evaluate_calculator(inputs: list[dict], outputs: list[dict]) -> dict[str, float]:
    """Evaluate the formulas in Python with the default inputs (a sanity check)."""
    values: dict[str, float] = {row["name"]: float(row["value"]) for row in inputs}
    env = {"SUM": lambda *a: sum(a), "ROUND": lambda x, n: round(x, int(n)),
           "IF": lambda c, a, b: a if c else b, "MAX": max, "MIN": min}
    for row in outputs:
        formula = row["formula"]
        for fn in re.findall(r"([A-Z]+)\(", formula):
            if fn not in ALLOWED_FUNCTIONS:
                raise SystemExit(f"formula uses {fn}: only {sorted(ALLOWED_FUNCTIONS)}")
        expr = re.sub(r"\{(\w+)\}", lambda m: repr(values[m.group(1)]), formula.lstrip("="))
        expr = expr.replace("<>", "!=").replace("^", "**")
        expr = re.sub(r"(?<![<>!=])=(?!=)", "==", expr)
        values[row["name"]] = float(eval(expr, {"__builtins__": {}}, env))  # noqa: S307
    return values


def build_xlsx(asset: Asset, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.workbook.defined_name import DefinedName

    inputs, outputs, notes = parse_calculator(asset)
    results = evaluate_calculator(inputs, outputs)

    wb = Workbook()
    ws = wb.active
    ws.title = "Calculator"
    ws["A1"] = asset.title
    ws["A1"].font = Font(bold=True, size=14, color="112A4D")
    for col, text in zip("ABC", ("Label", "Value", "Unit"), strict=True):
        cell = ws[f"{col}2"]
        cell.value = text
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="112A4D")
    input_fill = PatternFill("solid", fgColor="FFF4C2")
    output_fill = PatternFill("solid", fgColor="DDF0EC")
    thin = Side(style="thin", color="B8C4C8")
    cells: dict[str, str] = {}
    row_number = 3
    for row in inputs + outputs:
        cells[row["name"]] = f"B{row_number}"
        row_number += 1
    row_number = 3
    for row in inputs + outputs:
        is_input = row["name"].startswith("in_")
        ws.cell(row=row_number, column=1, value=row["label"])
        if is_input:
            raw = row["value"]
            value = float(raw) if "." in raw else int(raw)
        else:
            value = re.sub(r"\{(\w+)\}", lambda m: cells[m.group(1)], row["formula"])
        value_cell = ws.cell(row=row_number, column=2, value=value)
        ws.cell(row=row_number, column=3, value=row["unit"])
        value_cell.number_format = NUMBER_FORMATS.get(row["unit"], "#,##0")
        for col in (1, 2, 3):
            cell = ws.cell(row=row_number, column=col)
            cell.fill = input_fill if is_input else output_fill
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if not is_input:
                cell.font = Font(bold=True)
        ref = cells[row["name"]]
        wb.defined_names[row["name"]] = DefinedName(
            row["name"], attr_text=f"Calculator!${ref[0]}${ref[1:]}")
        row_number += 1
    ws.column_dimensions["A"].width = 58
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 16
    ws.freeze_panes = "A3"
    legend = ws.cell(row=row_number + 1, column=1,
                     value="Yellow rows are inputs: replace them with the prospect's numbers. "
                           "Green rows are calculated.")
    legend.font = Font(italic=True, color="5A626E")

    sheet = wb.create_sheet("Assumptions")
    sheet.column_dimensions["A"].width = 110
    sheet["A1"] = f"{asset.title} - assumptions and notes"
    sheet["A1"].font = Font(bold=True, size=13, color="112A4D")
    r = 3
    for block in notes:
        if block[0] == "h2":
            r += 1 if r > 3 else 0
            sheet.cell(row=r, column=1, value=block[1]).font = Font(bold=True, color="008080")
            r += 1
        elif block[0] in ("ul", "ol"):
            for item in block[1]:
                cell = sheet.cell(row=r, column=1, value=f"• {plain(item)}")
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
        else:
            cell = sheet.cell(row=r, column=1, value=plain(block[1]))
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
    r += 1
    sheet.cell(row=r, column=1, value="Results with the default inputs").font = Font(bold=True)
    r += 1
    for row in outputs:
        value, unit = results[row["name"]], row["unit"]
        if unit == "%":
            shown = f"{value:.1%}"
        elif unit.startswith("USD"):
            shown = f"${value:,.0f}" + (" per year" if unit == "USD/year" else "")
        elif unit == "x":
            shown = f"{value:.1f}x"
        else:
            shown = f"{value:,.1f} {unit}" if value % 1 else f"{value:,.0f} {unit}"
        sheet.cell(row=r, column=1, value=f"{row['label']}: {shown}")
        r += 1

    wb.properties.title = asset.title
    wb.properties.subject = asset.summary
    wb.properties.keywords = ", ".join(asset.keywords())
    wb.properties.category = asset.kind
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.created = asset.stamp.replace(tzinfo=None)
    wb.properties.modified = asset.stamp.replace(tzinfo=None)
    wb.calculation.fullCalcOnLoad = True
    wb.save(str(out))


# ---------------------------------------------------------------------------------------
# Markdown and plain text
# ---------------------------------------------------------------------------------------
def build_md(asset: Asset, out: Path) -> None:
    lines = [f"# {asset.title}", ""]
    if asset.summary and asset.kind != "email_template":
        lines += [f"*{asset.summary}*", ""]
    for block in parse_blocks(asset.body):
        kind = block[0]
        if kind == "h2":
            lines += [f"## {block[1]}", ""]
        elif kind == "h3":
            lines += [f"### {block[1]}", ""]
        elif kind == "p":
            lines += [block[1].replace("\n", "  \n"), ""]
        elif kind == "ul":
            lines += [f"- {item}" for item in block[1]] + [""]
        elif kind == "ol":
            lines += [f"{n}. {item}" for n, item in enumerate(block[1], 1)] + [""]
        elif kind == "quote":
            lines += [f"> {block[1]}"] + ([">", f"> — {block[2]}"] if block[2] else []) + [""]
        elif kind == "table":
            rows = block[1]
            lines.append("| " + " | ".join(rows[0]) + " |")
            lines.append("|" + "|".join("---" for _ in rows[0]) + "|")
            lines += ["| " + " | ".join(row) + " |" for row in rows[1:]] + [""]
        elif kind == "metrics":
            lines += [f"- **{value}** {label}" for value, label in block[1]] + [""]
    out.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


def wrap(text: str, width: int = 88, indent: str = "", first: str = "") -> list[str]:
    words, lines, current = text.split(), [], first
    for word in words:
        if len(current) + len(word) + 1 > width and current.strip():
            lines.append(current.rstrip())
            current = indent
        current += word + " "
    if current.strip():
        lines.append(current.rstrip())
    return lines


def build_txt(asset: Asset, out: Path) -> None:
    lines = [asset.title, "=" * len(asset.title), ""]
    for block in parse_blocks(asset.body):
        kind = block[0]
        if kind == "h2":
            text = plain(block[1])
            lines += [text, "-" * len(text), ""]
        elif kind == "h3":
            lines += [plain(block[1]).upper(), ""]
        elif kind == "p":
            for text in plain(block[1]).split("\n"):
                lines += wrap(text) if len(text) > 88 else [text]
            lines.append("")
        elif kind == "ul":
            for item in block[1]:
                lines += wrap(plain(item), indent="  ", first="- ")
            lines.append("")
        elif kind == "ol":
            for n, item in enumerate(block[1], 1):
                lines += wrap(plain(item), indent="   ", first=f"{n}. ")
            lines.append("")
        elif kind == "quote":
            lines += wrap(f'"{plain(block[1])}"', indent="  ", first="  ")
            lines += ([f"  — {block[2]}"] if block[2] else []) + [""]
        elif kind == "table":
            rows = [[plain(c) for c in row] for row in block[1]]
            widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
            for r, row in enumerate(rows):
                lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths,
                                                                         strict=True)).rstrip())
                if r == 0:
                    lines.append("  ".join("-" * w for w in widths))
            lines.append("")
        elif kind == "metrics":
            lines += [f"* {value} {label}" for value, label in block[1]] + [""]
    out.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


BUILDERS = {"pdf": build_pdf, "docx": build_docx, "pptx": build_pptx, "xlsx": build_xlsx,
            "md": build_md, "txt": build_txt}


# ---------------------------------------------------------------------------------------
# Metadata routes
# ---------------------------------------------------------------------------------------
MANIFEST_HEADER = ["file", "title", "kind", "stage", "objections", "competitor", "industry",
                   "persona", "summary", "expires"]


def write_manifests(assets: list[Asset]) -> None:
    by_folder: dict[str, list[Asset]] = {}
    for a in assets:
        if a.route == "manifest":
            by_folder.setdefault(a.folder, []).append(a)
    for folder, rows in by_folder.items():
        others = [a.file for a in assets if a.folder == folder and a.route != "manifest"]
        if others:
            raise SystemExit(f"{folder}: a manifest folder must list every file: {others}")
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(MANIFEST_HEADER)
        for a in sorted(rows, key=lambda x: x.file.casefold()):
            writer.writerow([a.file, a.title, a.kind, *(";".join(a.tags[n]) for n in (
                "stage", "objections", "competitor", "industry", "persona")),
                a.summary, a.expires])
        (DEMO_DIR / folder / "manifest.csv").write_text(buffer.getvalue(), encoding="utf-8")


def write_sidecar(asset: Asset) -> None:
    record: dict[str, object] = {"title": asset.title, "kind": asset.kind}
    for name in LIST_FIELDS:
        if asset.tags[name]:
            record[name] = asset.tags[name]
    if asset.summary:
        record["summary"] = asset.summary
    if asset.expires:
        record["expires"] = asset.expires
    path = DEMO_DIR / asset.folder / f"{asset.file}.meta.json"
    path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def normalise_zip(path: Path, stamp: datetime) -> None:
    """Rewrite an Office file with fixed entry times and core-property dates."""
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)",
                              rb"\g<1>" + iso + rb"\g<3>", data)
            info = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, data, compresslevel=9)
    path.write_bytes(buffer.getvalue())


# ---------------------------------------------------------------------------------------
# Catalog and checks
# ---------------------------------------------------------------------------------------
def catalog_entry(asset: Asset) -> dict[str, object]:
    return {"title": asset.title, "format": asset.fmt, "route": asset.route,
            "kind": asset.kind, "stage": asset.tags["stage"],
            "objections": asset.tags["objections"], "competitor": asset.tags["competitor"],
            "industry": asset.tags["industry"], "persona": asset.tags["persona"],
            "expires": asset.expires or None, "words": word_count(asset)}


def check(catalog: dict[str, dict]) -> list[str]:
    problems: list[str] = []
    entries = list(catalog.values())
    if len(entries) < MIN_ASSETS:
        problems.append(f"{len(entries)} assets, need at least {MIN_ASSETS}")
    kinds = Counter(e["kind"] for e in entries)
    for kind, minimum in MIN_PER_KIND.items():
        if kinds[kind] < minimum:
            problems.append(f"kind {kind}: {kinds[kind]} assets, need {minimum}")
    formats = Counter(e["format"] for e in entries)
    for fmt in FORMATS:
        if formats[fmt] < MIN_PER_FORMAT:
            problems.append(f"format {fmt}: {formats[fmt]} files, need {MIN_PER_FORMAT}")
    stages = Counter(s for e in entries for s in e["stage"])
    for stage in STAGES:
        if stages[stage] < MIN_PER_STAGE:
            problems.append(f"stage {stage}: {stages[stage]} assets, need {MIN_PER_STAGE}")
    objections = Counter(o for e in entries for o in e["objections"])
    for objection in OBJECTIONS:
        if objections[objection] < MIN_PER_OBJECTION:
            problems.append(f"objection {objection}: {objections[objection]} assets, "
                            f"need {MIN_PER_OBJECTION}")
    cards = Counter(c for e in entries if e["kind"] == "battlecard" for c in e["competitor"])
    for competitor in COMPETITORS:
        if cards[competitor] < MIN_BATTLECARDS_PER_COMPETITOR:
            problems.append(f"battlecards for {competitor}: {cards[competitor]}")
    industries = {i for e in entries for i in e["industry"]}
    problems += [f"industry {i} not covered" for i in INDUSTRIES if i not in industries]
    personas = {p for e in entries for p in e["persona"]}
    problems += [f"persona {p} not covered" for p in PERSONAS if p not in personas]
    routes = Counter(e["route"] for e in entries)
    problems += [f"route {r} unused" for r in ROUTES if not routes[r]]
    if routes["none"] < MIN_UNTAGGED:
        problems.append(f"only {routes['none']} files without metadata, need {MIN_UNTAGGED}")
    for rel, e in catalog.items():
        if e["words"] < MIN_WORDS:
            problems.append(f"{rel}: {e['words']} words, need {MIN_WORDS}")
        if e["words"] > MAX_WORDS and e["kind"] != "whitepaper":
            problems.append(f"{rel}: {e['words']} words, at most {MAX_WORDS}")
    long_papers = [e for e in entries
                   if e["kind"] == "whitepaper" and e["words"] >= LONG_WHITEPAPER_WORDS]
    if len(long_papers) < MIN_LONG_WHITEPAPERS:
        problems.append(f"{len(long_papers)} whitepapers of {LONG_WHITEPAPER_WORDS}+ words")
    names = list(catalog)
    if not any(" " in n.rsplit("/", 1)[-1] for n in names):
        problems.append("no file name with spaces")
    if not any(any(ord(c) > 127 for c in n) for n in names):
        problems.append("no file name with a non-ASCII character")
    for rel in names:
        path = DEMO_DIR / rel
        if not path.is_file():
            problems.append(f"{rel}: not written")
        elif path.stat().st_size > MAX_FILE_BYTES:
            problems.append(f"{rel}: {path.stat().st_size} bytes, limit {MAX_FILE_BYTES}")
    return problems


def read_back(asset: Asset) -> tuple[str, dict[str, str]]:
    """Open a generated file with the reader the app uses; return its text and properties."""
    path = DEMO_DIR / asset.folder / asset.file
    if asset.fmt == "pdf":
        from pypdf import PdfReader

        reader = PdfReader(path)
        meta = reader.metadata or {}
        props = {"title": meta.get("/Title", ""), "keywords": meta.get("/Keywords", "")}
        return "\n".join(page.extract_text() for page in reader.pages), props
    if asset.fmt in ("docx", "pptx"):
        if asset.fmt == "docx":
            from docx import Document

            doc = Document(str(path))
            parts = [p.text for p in doc.paragraphs]
            parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
            core = doc.core_properties
        else:
            from pptx import Presentation

            prs = Presentation(str(path))
            parts = []
            for number, slide in enumerate(prs.slides, start=1):
                parts += [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]
                notes = (slide.notes_slide.notes_text_frame.text
                         if slide.has_notes_slide else "")
                if not notes.strip():
                    raise SystemExit(f"{asset.rel}: slide {number} has no speaker notes")
                parts.append(notes)
            core = prs.core_properties
        return "\n".join(parts), {"title": core.title or "", "keywords": core.keywords or ""}
    if asset.fmt == "xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path)
        if wb.sheetnames != ["Calculator", "Assumptions"]:
            raise SystemExit(f"{asset.rel}: sheets are {wb.sheetnames}")
        ws = wb["Calculator"]
        if [ws[f"{c}2"].value for c in "ABC"] != ["Label", "Value", "Unit"]:
            raise SystemExit(f"{asset.rel}: row 2 is not Label | Value | Unit")
        inputs, outputs, _ = parse_calculator(asset)
        for row in inputs + outputs:
            name = row["name"]
            if name not in wb.defined_names:
                raise SystemExit(f"{asset.rel}: defined name {name} missing")
            ((sheet, ref),) = list(wb.defined_names[name].destinations)
            cell = wb[sheet][ref.replace("$", "")]
            is_formula = isinstance(cell.value, str) and cell.value.startswith("=")
            if is_formula != name.startswith("out_"):
                raise SystemExit(f"{asset.rel}: {name} at {ref} holds {cell.value!r}")
        text = "\n".join(str(v) for sheet in wb for row in sheet.iter_rows(values_only=True)
                         for v in row if v is not None)
        props = {"title": wb.properties.title or "", "keywords": wb.properties.keywords or ""}
        return text, props
    return path.read_text(encoding="utf-8"), {"title": "", "keywords": ""}


def verify_outputs(assets: list[Asset]) -> list[str]:
    """Every file opens with its reader, has text, and carries the metadata of its route."""
    problems: list[str] = []
    for asset in assets:
        text, props = read_back(asset)
        words = len(text.split())
        if words < MIN_WORDS:
            problems.append(f"{asset.rel}: only {words} words could be read back")
        keywords = props["keywords"]
        if asset.route == "properties" or asset.fmt == "xlsx":
            if asset.kind not in [k.strip() for k in keywords.split(",")]:
                problems.append(f"{asset.rel}: keywords {keywords!r} do not name its kind")
        elif keywords:
            problems.append(f"{asset.rel}: route {asset.route} but keywords {keywords!r}")
        if asset.route == "none" and asset.fmt != "xlsx" and props["title"]:
            problems.append(f"{asset.rel}: route none but has a title property")
        sidecar = DEMO_DIR / asset.folder / f"{asset.file}.meta.json"
        if sidecar.exists() != (asset.route == "sidecar"):
            problems.append(f"{asset.rel}: sidecar presence does not match route")
        elif asset.route == "sidecar":
            record = json.loads(sidecar.read_text(encoding="utf-8"))
            if record.get("kind") != asset.kind:
                problems.append(f"{sidecar.name}: kind {record.get('kind')!r}")
        manifest = DEMO_DIR / asset.folder / "manifest.csv"
        if manifest.exists():
            with manifest.open(encoding="utf-8", newline="") as handle:
                rows = {row["file"]: row for row in csv.DictReader(handle)}
            if asset.file not in rows or rows[asset.file]["kind"] != asset.kind:
                problems.append(f"{asset.rel}: no matching row in {asset.folder}/manifest.csv")
    return problems


def main() -> int:
    assets = load_assets()
    if DEMO_DIR.exists():
        shutil.rmtree(DEMO_DIR)
    DEMO_DIR.mkdir()
    for asset in assets:
        out = DEMO_DIR / asset.folder / asset.file
        out.parent.mkdir(parents=True, exist_ok=True)
        BUILDERS[asset.fmt](asset, out)
        if asset.fmt in ("docx", "pptx", "xlsx"):
            normalise_zip(out, asset.stamp)
        if asset.route == "sidecar":
            write_sidecar(asset)
    write_manifests(assets)
    catalog = {a.rel: catalog_entry(a) for a in sorted(assets, key=lambda x: x.rel)}
    CATALOG_PATH.write_text(json.dumps(catalog, indent=2, ensure_ascii=False) + "\n",
                            encoding="utf-8")
    problems = check(catalog) + verify_outputs(assets)
    if problems:
        raise SystemExit("Demo library does not meet its requirements:\n  - "
                         + "\n  - ".join(problems))
    kinds = Counter(a.kind for a in assets)
    print(f"Wrote {len(assets)} assets to {DEMO_DIR.relative_to(HERE.parent)}: "
          + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
