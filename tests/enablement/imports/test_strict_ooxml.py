"""ISO/IEC 29500 Strict Word, PowerPoint and Excel files read like their Transitional twins.

The fixtures in tests/data/strict/ were not made by the code under test: see its README.
"""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from enablement.imports.extract import Extracted, ExtractionFailed, Limits, extract_file
from tests import filemakers as make

DATA = Path(__file__).resolve().parents[2] / "data" / "strict"
MAIN_PART = {"docx": "word/document.xml", "pptx": "ppt/presentation.xml",
             "xlsx": "xl/workbook.xml"}
NAMES = {"docx": "case-study", "pptx": "sales-deck", "xlsx": "pipeline"}
DAMAGED = {"docx": "not a valid Word file (damaged, or not really a .docx)",
           "pptx": "not a valid PowerPoint file (damaged, or not really a .pptx)",
           "xlsx": "not a valid Excel file (damaged, or not really a .xlsx)"}
FORMATS = ("docx", "pptx", "xlsx")


def strict(fmt: str) -> Path:
    return DATA / f"{NAMES[fmt]}.strict.{fmt}"


def twin(fmt: str) -> Path:
    return DATA / f"{NAMES[fmt]}.transitional.{fmt}"


def repack(source: Path, target: Path, replace: dict[str, bytes] | None = None,
           add: dict[str, bytes] | None = None) -> Path:
    """A copy of a package with some members' bytes replaced or added (no renaming)."""
    replace = replace or {}
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                          zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, replace.get(info.filename, old.read(info)))
        for name, payload in (add or {}).items():
            new.writestr(name, payload)
    return target


@pytest.mark.parametrize("fmt", FORMATS)
def test_fixtures_really_are_strict(fmt: str) -> None:
    with zipfile.ZipFile(strict(fmt)) as archive:
        main = archive.read(MAIN_PART[fmt])
        root_rels = archive.read("_rels/.rels")
    assert b'conformance="strict"' in main and b"http://purl.oclc.org/ooxml/" in main
    assert b"schemas.openxmlformats.org" not in main
    assert b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" in root_rels
    with zipfile.ZipFile(twin(fmt)) as archive:
        assert b"purl.oclc.org" not in archive.read(MAIN_PART[fmt])


def test_strict_word_case_study() -> None:
    got = extract_file(strict("docx"))
    assert got.format == "docx" and got.has_text and got.warnings == ()
    assert got.title == "Northwind Logistics case study"
    assert got.subject == "AP automation for third-party logistics"
    assert got.keywords == ("case_study", "logistics", "ROI")
    assert (got.author, got.category) == ("Dana Whitfield", "Customer story")
    assert got.created == datetime(2024, 3, 4, 9, 15, tzinfo=UTC)
    assert got.modified == datetime(2024, 3, 11, 16, 40, tzinfo=UTC)
    for words in ("Northwind Logistics closes the books five days faster", "The challenge",
                  "Late-payment fees reached $38,000", "Cost per invoice | $9.40 | $3.55",
                  "Days to close | 11 | 6", "Read the full story at acme-payables.example",
                  "Acme Payables \u00b7 Customer story",
                  "Confidential: share with prospects under NDA"):
        assert words in got.text


def test_strict_powerpoint_deck_with_notes_table_and_group() -> None:
    got = extract_file(strict("pptx"))
    assert got.format == "pptx" and got.pages == 4 and got.warnings == ()
    assert got.title == "Acme Payables sales deck"
    assert got.keywords == ("deck", "first_call", "finance") and got.author == "Marco Bellini"
    slides = got.text.split("\n\n")
    assert slides[0].startswith("Acme Payables: close the books five days faster")
    assert "Open with the CFO's month-end pain." in slides[0]  # speaker notes
    assert "Three-way match in minutes, not days" in slides[1]
    assert "Days to close | 11 | 6" in slides[2]  # a table
    assert "Your ERP: NetSuite, SAP or Dynamics" in slides[3]  # inside a group
    assert "Acme Payables: capture, match, approve" in slides[3]
    assert "integration workshop" in slides[3]


def test_strict_excel_labels_sheets_and_names() -> None:
    got = extract_file(strict("xlsx"))
    assert got.format == "xlsx" and got.pages == 2 and got.warnings == ()
    assert got.title == "Q2 pipeline review" and got.author == "Priya Raman"
    for words in ("Pipeline", "Northwind Logistics", "Closed won", "Total pipeline",
                  "Assumptions", "Win rate for proposals", "win_rate", "pipeline_total"):
        assert words in got.text
    assert "126000" not in got.text and "SUM(" not in got.text


def _same_fields(got: Extracted) -> tuple:
    # LibreOffice re-joins keywords with spaces when it saves, so compare the words.
    keywords = sorted(" ".join(got.keywords).split())
    return (got.format, got.text, got.title, got.subject, keywords, got.category, got.author,
            got.created, got.modified, got.pages, got.has_text, got.warnings)


@pytest.mark.parametrize("fmt", FORMATS)
def test_strict_and_transitional_twins_read_the_same(fmt: str) -> None:
    assert _same_fields(extract_file(strict(fmt))) == _same_fields(extract_file(twin(fmt)))


@pytest.mark.parametrize("fmt", FORMATS)
def test_truncated_strict_file_is_damaged(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"cut.{fmt}"
    path.write_bytes(strict(fmt).read_bytes())
    make.truncate(path, 0.6)
    with pytest.raises(ExtractionFailed) as failure:
        extract_file(path)
    assert str(failure.value) == DAMAGED[fmt]


@pytest.mark.parametrize("fmt", FORMATS)
def test_strict_file_with_garbage_main_part_is_damaged(tmp_path: Path, fmt: str) -> None:
    path = repack(strict(fmt), tmp_path / f"junk.{fmt}",
                  replace={MAIN_PART[fmt]: b"\x00\x9c<<garbage, not XML" * 40})
    with pytest.raises(ExtractionFailed) as failure:
        extract_file(path)
    assert str(failure.value) == DAMAGED[fmt]


def test_strict_word_file_with_cut_body_is_damaged(tmp_path: Path) -> None:
    with zipfile.ZipFile(strict("docx")) as archive:
        body = archive.read("word/document.xml")
    path = repack(strict("docx"), tmp_path / "half.docx",
                  replace={"word/document.xml": body[: len(body) // 2]})
    with pytest.raises(ExtractionFailed, match=r"^not a valid Word file \(damaged"):
        extract_file(path)


@pytest.mark.parametrize("fmt", FORMATS)
def test_strict_zip_bombs_are_still_refused(tmp_path: Path, fmt: str) -> None:
    huge = tmp_path / f"huge.{fmt}"  # one 20 MB part of zeros: a thousandfold ratio
    repack(strict(fmt), huge, add={"docProps/thumbnail.xml": bytes(20 * 1024 * 1024)})
    with pytest.raises(ExtractionFailed, match=r"\(a zip bomb\?\); not opened$"):
        extract_file(huge)
    with pytest.raises(ExtractionFailed, match=r"^unpacks to more than 0 MB \(a zip bomb\?\)"):
        extract_file(strict(fmt), Limits(max_unpacked_bytes=1_000))


def test_strict_xml_entity_bomb_is_still_refused(tmp_path: Path) -> None:
    with zipfile.ZipFile(strict("docx")) as archive:
        body = archive.read("word/document.xml").decode()
    lol = body.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
                       '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol">'
                       '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>', 1)
    path = repack(strict("docx"), tmp_path / "lol.docx",
                  replace={"word/document.xml": lol.replace("The challenge", "&lol2;").encode()})
    with pytest.raises(ExtractionFailed,
                       match="^contains XML entity declarations \\(unsafe\\); not opened$"):
        extract_file(path)


def test_transitional_files_pass_through_untouched() -> None:
    from enablement.imports.extract.strict import as_transitional

    data = twin("docx").read_bytes()
    assert as_transitional(data) is data
    assert as_transitional(b"not a zip") == b"not a zip"


@pytest.mark.parametrize(("strict_uri", "transitional"), [
    ("http://purl.oclc.org/ooxml/wordprocessingml/main",
     "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    ("http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
     "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"),
    ("http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
     "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"),
    ("http://purl.oclc.org/ooxml/officeDocument/customProperties",
     "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"),
    ("http://purl.oclc.org/ooxml/officeDocument/extended-properties",
     "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
    ("http://purl.oclc.org/ooxml/officeDocument/relationships/metadata/core-properties",
     "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
    ("http://purl.oclc.org/ooxml/drawingml/table",
     "http://schemas.openxmlformats.org/drawingml/2006/table"),
    ("http://purl.oclc.org/ooxml/unknownml/main", None),
    ("http://purl.org/dc/elements/1.1/", None),
])
def test_strict_uris_and_their_transitional_names(strict_uri: str,
                                                  transitional: str | None) -> None:
    from enablement.imports.extract.strict import transitional_uri

    assert transitional_uri(strict_uri) == transitional


def test_rewrite_keeps_the_documents_own_words() -> None:
    from enablement.imports.extract.strict import rewrite_part

    uri = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    part = (f"<w:document xmlns:w='{uri}'><w:t>Strict means xmlns:w=\"{uri}\" and "
            f"uri=\"{uri}\"</w:t></w:document>")
    done = rewrite_part(part.encode()).decode()
    assert done.startswith("<w:document xmlns:w='http://schemas.openxmlformats.org/")
    assert done.endswith(f'uri="{uri}"</w:t></w:document>')
    utf16 = rewrite_part(part.encode("utf-16"))
    assert utf16.decode("utf-16") == done
