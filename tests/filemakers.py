"""Real files for tests: PDF, DOCX, PPTX, XLSX and text, plus hostile ones.

Every function writes the file at ``path`` and returns the path.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path


def _latin1(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


def make_pdf(
    path: Path, pages: list[str], title: str | None = None, subject: str | None = None,
    keywords: str | None = None, author: str | None = None,
    user_password: str | None = None, owner_password: str | None = None,
) -> Path:
    """A text PDF (fpdf2 core fonts: Latin-1 text), AES-encrypted when a password is given."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for meta, setter in ((title, pdf.set_title), (subject, pdf.set_subject),
                         (keywords, pdf.set_keywords), (author, pdf.set_author)):
        if meta:
            setter(_latin1(meta))
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, _latin1(text))
    data = bytes(pdf.output())
    if user_password is not None or owner_password is not None:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        writer.encrypt(user_password=user_password or "", owner_password=owner_password,
                       algorithm="AES-128")
        buffer = io.BytesIO()
        writer.write(buffer)
        data = buffer.getvalue()
    path.write_bytes(data)
    return path


def make_scanned_pdf(path: Path) -> Path:
    """A page with a drawing and no text, like a scan without OCR."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(90, 90, 90)
    pdf.rect(20, 20, 160, 220, style="F")
    pdf.output(str(path))
    return path


def make_docx(
    path: Path, paragraphs: list[str], title: str | None = None, subject: str | None = None,
    keywords: str | None = None, category: str | None = None, author: str | None = None,
    heading: str | None = None, table: list[list[str]] | None = None,
) -> Path:
    from docx import Document

    document = Document()
    props = document.core_properties
    for name, value in (("title", title), ("subject", subject), ("keywords", keywords),
                        ("category", category), ("author", author)):
        if value is not None:
            setattr(props, name, value)
    if heading:
        document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.save(str(path))
    return path


def make_pptx(
    path: Path, slides: list[tuple[str, str, str]], title: str | None = None,
    keywords: str | None = None,
) -> Path:
    """Slides of (title, body, speaker notes)."""
    from pptx import Presentation

    deck = Presentation()
    if title:
        deck.core_properties.title = title
    if keywords:
        deck.core_properties.keywords = keywords
    for slide_title, body, notes in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = slide_title
        slide.placeholders[1].text = body
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    deck.save(str(path))
    return path


def make_xlsx(
    path: Path, sheets: dict[str, list[list]], defined_names: dict[str, str] | None = None,
    title: str | None = None, keywords: str | None = None,
) -> Path:
    from openpyxl import Workbook
    from openpyxl.workbook.defined_name import DefinedName

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    for name, target in (defined_names or {}).items():
        workbook.defined_names[name] = DefinedName(name, attr_text=target)
    if title:
        workbook.properties.title = title
    if keywords:
        workbook.properties.keywords = keywords
    workbook.save(str(path))
    return path


def make_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def make_zip_bomb_docx(path: Path, unpacked_mb: int = 600) -> Path:
    """A zip named .docx whose one member unpacks to ``unpacked_mb`` MB of zeros.

    The member is written in chunks, so the test stays fast and the file ~1 MB.
    """
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(unpacked_mb):
                member.write(chunk)
    return path


def make_xml_bomb_docx(path: Path) -> Path:
    """A small docx whose document.xml is a billion-laughs entity bomb."""
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    ]
    xml = ('<?xml version="1.0"?><!DOCTYPE lolz [' + "".join(entities) + "]>"
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return path


def truncate(path: Path, keep_fraction: float) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: max(1, int(len(data) * keep_fraction))])
    return path


def make_pdf_with_lone_surrogate(path: Path, words: str) -> Path:
    """A one-page PDF whose font maps '~' to U+D800 (a lone surrogate), as damaged or
    carelessly made PDFs do; pypdf hands such text back as it is."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"1 beginbfchar <7E> <D800> endbfchar\n"
            b"1 beginbfrange <20> <7D> <0020> endbfrange\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end\n")
    line = _latin1(words).encode("latin-1")
    content = b"BT /F1 12 Tf 72 720 Td (" + line + b" ~ " + line + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"endstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    path.write_bytes(out.getvalue())
    return path


def make_text_at_bytes_path(folder: Path, name: bytes, text: str) -> Path:
    """A text file whose name is raw bytes (e.g. b'caf\\xe9.txt', not valid UTF-8), as
    copied from an old Latin-1 system; returns the path Python sees for it."""
    import os

    raw = os.path.join(os.fsencode(folder), name)
    with open(raw, "wb") as handle:
        handle.write(text.encode("utf-8"))
    return Path(os.fsdecode(raw))


def make_random_text(path: Path, size: int, seed: int = 0, prefix: str = "") -> Path:
    """``prefix`` and then about ``size`` bytes of words drawn at random from a fixed
    vocabulary of made-up words: the text barely compresses, so a stored copy takes its
    full size (for filling a small disk), while the search index stays small."""
    import random

    letters = "abcdefghijklmnopqrstuvwxyz"
    vocabulary_rng = random.Random(12345)
    vocabulary = ["".join(vocabulary_rng.choice(letters) for _ in range(vocabulary_rng.randint(
        3, 9))) for _ in range(2000)]
    rng = random.Random(seed)
    words: list[str] = [prefix] if prefix else []
    total = len(prefix)
    while total < size:
        word = rng.choice(vocabulary)
        words.append(word)
        total += len(word) + 1
    path.write_text(" ".join(words), encoding="utf-8")
    return path


def make_roomy_docx(path: Path, chars: int, seed: int = 0) -> Path:
    """A small .docx whose text is large (repeated sentences compress well in the zip,
    not in the database): the library's database grows faster than its files/."""
    sentence = f"Note {seed} about vendor approvals, budgets and the rollout plan. "
    paragraphs = [sentence * 20] * max(1, chars // (len(sentence) * 20))
    return make_docx(path, paragraphs)


def make_slow_pdf(path: Path, operations: int = 100_000) -> Path:
    """A small, valid one-page PDF whose page draws ``operations`` separately placed
    words: quick to write (well under a second), seconds for a text extractor to read,
    as a PDF exported from a drawing tool can be. Written by hand, not by fpdf2, so the
    content stream can be that long."""
    import zlib

    ops = b"BT /F1 9 Tf " + b"".join(b"1 0 0 1 %d %d Tm (w%d) Tj " % (i % 500, i % 700, i % 97)
                                     for i in range(operations)) + b"ET"
    stream = zlib.compress(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path
