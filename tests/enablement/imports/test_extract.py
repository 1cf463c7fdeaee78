"""Extraction of text and properties from each format, and the guards."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from enablement.imports.extract import ExtractionFailed, Limits, extract_file
from tests import filemakers as make


def test_pdf_text_properties_and_hash(tmp_path: Path) -> None:
    path = make.make_pdf(tmp_path / "a.pdf", ["First page on budgets.", "Second on SOC 2."],
                         title="Budget brief", subject="For CFOs", keywords="one_pager; decision",
                         author="Dana")
    got = extract_file(path)
    assert got.format == "pdf" and got.pages == 2 and got.has_text
    assert "First page on budgets." in got.text and "Second on SOC 2." in got.text
    assert (got.title, got.subject, got.author) == ("Budget brief", "For CFOs", "Dana")
    assert got.keywords == ("one_pager", "decision")
    assert got.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert got.created is not None and got.created.tzinfo is not None


def test_docx_paragraphs_tables_and_heading_title(tmp_path: Path) -> None:
    path = make.make_docx(tmp_path / "a.docx", ["Body text here."], heading="Case study",
                          table=[["Metric", "Before"], ["Cost per invoice", "$9"]],
                          keywords="case_study", category="Customer story")
    got = extract_file(path)
    assert got.title == "Case study"
    assert "Body text here." in got.text and "Cost per invoice | $9" in got.text
    assert got.keywords == ("case_study",) and got.category == "Customer story"


def test_pptx_slides_and_speaker_notes(tmp_path: Path) -> None:
    path = make.make_pptx(tmp_path / "a.pptx", [("Why us", "Fast close", "Ask about Q4"),
                                                ("Proof", "Three customers", "")])
    got = extract_file(path)
    assert got.pages == 2 and got.title == "Why us"
    assert "Fast close" in got.text and "Ask about Q4" in got.text


def test_xlsx_labels_sheet_and_defined_names_not_numbers(tmp_path: Path) -> None:
    path = make.make_xlsx(tmp_path / "a.xlsx", {"Calculator": [["Invoices per month", 12000],
                                                               ["Savings", "=B1*2"]]},
                          defined_names={"in_invoices": "Calculator!$B$1"}, title="ROI")
    got = extract_file(path)
    assert got.title == "ROI" and got.pages == 1
    assert "Calculator" in got.text and "Invoices per month" in got.text
    assert "in_invoices" in got.text
    assert "12000" not in got.text and "B1*2" not in got.text


def test_xlsx_cell_limit(tmp_path: Path) -> None:
    rows = [[f"label {n}"] for n in range(50)]
    got = extract_file(make.make_xlsx(tmp_path / "a.xlsx", {"S": rows}), Limits(max_cells=10))
    assert "label 5" in got.text and "label 40" not in got.text
    assert any("first 10 cells" in w for w in got.warnings)


def test_markdown_title_and_cp1252_text(tmp_path: Path) -> None:
    got = extract_file(make.make_text(tmp_path / "a.md", "# Héllo\n\nbody"))
    assert got.title == "Héllo" and got.format == "md"
    old = extract_file(make.make_text(tmp_path / "b.txt", "Caf\u00e9 prices", encoding="cp1252"))
    assert old.text == "Café prices" and any("Windows-1252" in w for w in old.warnings)


def test_text_cut_at_the_limit(tmp_path: Path) -> None:
    got = extract_file(make.make_text(tmp_path / "a.txt", "word " * 100), Limits(max_text_chars=50))
    assert len(got.text) == 50 and any("cut at 50" in w for w in got.warnings)


def test_encrypted_pdfs(tmp_path: Path) -> None:
    opened = extract_file(make.make_pdf(tmp_path / "a.pdf", ["Readable"], user_password="",
                                        owner_password="o"))
    assert "Readable" in opened.text
    with pytest.raises(ExtractionFailed, match="^encrypted PDF: needs a password$"):
        extract_file(make.make_pdf(tmp_path / "b.pdf", ["x"], user_password="u",
                                   owner_password="o"))


def test_scan_is_flagged_not_failed(tmp_path: Path) -> None:
    got = extract_file(make.make_scanned_pdf(tmp_path / "scan.pdf"))
    assert not got.has_text and any("no text found" in w for w in got.warnings)


@pytest.mark.parametrize(("name", "build", "reason"), [
    ("zero.pdf", lambda p: p.write_bytes(b""), "the file is empty (0 bytes)"),
    ("cut.docx", lambda p: make.truncate(make.make_docx(p, ["x" * 500]), 0.5),
     "not a valid Word file (damaged, or not really a .docx)"),
    ("old.xlsx", lambda p: p.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 100),
     "a password-protected or old-format Office file: save it as .xlsx without a password"),
    ("junk.txt", lambda p: p.write_bytes(b"ab\x00cd"), "not a text file (it contains binary data)"),
    ("text.pdf", lambda p: p.write_text("just words"), "not a valid PDF (damaged or incomplete)"),
    ("bomb.docx", make.make_zip_bomb_docx, "unpacks to more than 512 MB (a zip bomb?); not opened"),
    ("lol.docx", make.make_xml_bomb_docx, "contains XML entity declarations (unsafe); not opened"),
])
def test_bad_files_fail_with_plain_reasons(tmp_path: Path, name: str, build, reason: str) -> None:  # noqa: ANN001
    path = tmp_path / name
    build(path)
    with pytest.raises(ExtractionFailed) as failure:
        extract_file(path)
    assert str(failure.value) == reason


def test_size_limit(tmp_path: Path) -> None:
    path = make.make_text(tmp_path / "a.txt", "x" * 3000)
    with pytest.raises(ExtractionFailed, match="larger than the 0 MB limit"):
        extract_file(path, Limits(max_bytes=1000))


def test_wrong_extension_is_read_as_what_it_is(tmp_path: Path) -> None:
    path = make.make_docx(tmp_path / "deck.pptx", ["Really a Word file."])
    got = extract_file(path)
    assert got.format == "docx" and "Really a Word file." in got.text
    assert got.warnings == ("named .pptx but is really a Word file; read it as DOCX",)


def test_non_ascii_names_with_spaces(tmp_path: Path) -> None:
    got = extract_file(make.make_text(tmp_path / "Café Rosé notes.txt", "Crème brûlée ROI."))
    assert got.text == "Crème brûlée ROI."
