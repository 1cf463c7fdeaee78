"""Previews of real files: PDF path, extracted text, workbook cells, and broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from enablement.catalog import assets as catalog
from enablement.catalog.assets import stored_path
from enablement.errors import UserError
from enablement.library import Library
from enablement.search.preview import (
    NoPreview,
    PdfPreview,
    SheetPreview,
    SheetView,
    TextPreview,
    load_preview,
)
from tests import filemakers as make


def _import(library: Library, *paths: Path) -> dict[str, int]:
    report = library.import_paths(list(paths))
    assert not report.any_failed, [r.reason for r in report.results]
    with library.sessions() as session:
        return {v.source_name: v.asset_id
                for v in catalog.list_assets(session, library.taxonomy())}


def test_pdf_gives_the_stored_file_and_its_pages(library: Library, tmp_path: Path) -> None:
    source = make.make_pdf(tmp_path / "Invoxa battlecard.pdf", ["Page one.", "Page two."])
    scan = make.make_scanned_pdf(tmp_path / "Signed order form.pdf")
    ids = _import(library, source, scan)
    preview = load_preview(library, ids["Invoxa battlecard.pdf"])
    assert isinstance(preview, PdfPreview) and preview.pages == 2
    assert preview.path == stored_path(library, ids["Invoxa battlecard.pdf"])
    assert preview.path.is_relative_to(library.path / "files")
    assert preview.path.read_bytes() == source.read_bytes()
    scanned = load_preview(library, ids["Signed order form.pdf"])
    assert isinstance(scanned, PdfPreview)  # no text layer, still rendered
    assert scanned.path.read_bytes() == scan.read_bytes()


def test_docx_pptx_markdown_and_text_show_their_text_with_breaks(
    library: Library, tmp_path: Path
) -> None:
    docx = make.make_docx(tmp_path / "Case study.docx",
                          ["Northvale Health went live in six weeks.",
                           "Payback came in five months."], heading="The results")
    pptx = make.make_pptx(tmp_path / "Discovery deck.pptx", [
        ("Your AP process", "Invoices per month", "Ask before showing"),
        ("Next steps", "A pilot in two weeks", ""),
    ])
    md = make.make_text(tmp_path / "Email.md", "# Follow-up\n\nThanks for your time.\n")
    txt = make.make_text(tmp_path / "Talk track.txt", "Open with the customer.\nThen listen.\n")
    ids = _import(library, docx, pptx, md, txt)

    document = load_preview(library, ids["Case study.docx"])
    assert document == TextPreview("The results\n\nNorthvale Health went live in six weeks."
                                   "\n\nPayback came in five months.", False)
    deck = load_preview(library, ids["Discovery deck.pptx"])
    assert isinstance(deck, TextPreview)
    assert deck.text == ("Your AP process\nInvoices per month\nAsk before showing\n\n"
                         "Next steps\nA pilot in two weeks")
    assert load_preview(library, ids["Email.md"]) == TextPreview(
        "# Follow-up\n\nThanks for your time.", False, markdown=True)  # the window renders it
    assert load_preview(library, ids["Talk track.txt"]) == TextPreview(
        "Open with the customer.\nThen listen.", False)


def test_long_text_is_cut_at_a_line_break(library: Library, tmp_path: Path) -> None:
    lines = [f"Line {n:03d} of the objection handling guide." for n in range(400)]
    ids = _import(library, make.make_text(tmp_path / "Guide.txt", "\n".join(lines)))
    preview = load_preview(library, ids["Guide.txt"], max_chars=1000)
    assert isinstance(preview, TextPreview) and preview.truncated
    assert len(preview.text) <= 1000
    assert preview.text.splitlines() == lines[: len(preview.text.splitlines())]
    assert not load_preview(library, ids["Guide.txt"]).truncated


def test_workbook_shows_formulas_where_no_value_was_saved(library: Library,
                                                          tmp_path: Path) -> None:
    book = make.make_xlsx(tmp_path / "ROI calculator.xlsx", {
        "Calculator": [["Input", "Value"], ["Invoices per month", 5000],
                       ["Cost per invoice", 9.4], ["Monthly cost", "=B2*B3"],
                       ["Live", True]],
        "Notes": [["Replace the inputs with the prospect's numbers."]],
    })
    ids = _import(library, book)
    preview = load_preview(library, ids["ROI calculator.xlsx"])
    assert preview == SheetPreview((
        SheetView("Calculator", (("Input", "Value"), ("Invoices per month", "5000"),
                                 ("Cost per invoice", "9.4"), ("Monthly cost", "=B2*B3"),
                                 ("Live", "TRUE")), False),
        SheetView("Notes", (("Replace the inputs with the prospect's numbers.",),), False),
    ))


def test_workbook_is_capped_and_says_so(library: Library, tmp_path: Path) -> None:
    rows = [[f"r{r}c{c}" for c in range(40)] for r in range(300)]
    ids = _import(library, make.make_xlsx(tmp_path / "Big.xlsx", {"Data": rows,
                                                                  "Small": [["a", "b"]]}))
    preview = load_preview(library, ids["Big.xlsx"], max_rows=50, max_cols=10)
    assert isinstance(preview, SheetPreview)
    data, small = preview.sheets
    assert data.truncated and len(data.rows) == 50 and {len(r) for r in data.rows} == {10}
    assert data.rows[49][9] == "r49c9"
    assert small == SheetView("Small", (("a", "b"),), False)
    wide_only = load_preview(library, ids["Big.xlsx"], max_rows=500, max_cols=10)
    assert isinstance(wide_only, SheetPreview) and wide_only.sheets[0].truncated
    assert len(wide_only.sheets[0].rows) == 300
    everything = load_preview(library, ids["Big.xlsx"], max_rows=300, max_cols=40)
    assert isinstance(everything, SheetPreview) and not everything.sheets[0].truncated


def test_demo_calculator_shows_inputs_and_formula_text(demo_library: Library) -> None:
    with demo_library.sessions() as session:
        asset = catalog.find_asset(session, "AP automation ROI calculator.xlsx")
    preview = load_preview(demo_library, asset.id)
    assert isinstance(preview, SheetPreview)
    assert [s.name for s in preview.sheets] == ["Calculator", "Assumptions"]
    cells = [cell for row in preview.sheets[0].rows for cell in row]
    assert "Invoices processed per month" in cells and "5000" in cells
    formulas = [cell for cell in cells if cell.startswith("=")]
    assert formulas and all(any(c.isalpha() for c in f) for f in formulas)


def test_broken_or_missing_files_give_a_reason_naming_the_file(library: Library,
                                                               tmp_path: Path) -> None:
    ids = _import(library,
                  make.make_xlsx(tmp_path / "Payback.xlsx", {"Sheet": [["a", 1]]}),
                  make.make_pdf(tmp_path / "Battlecard.pdf", ["Text."]),
                  make.make_text(tmp_path / "Empty note.txt", "   \n"))
    stored_path(library, ids["Payback.xlsx"]).write_bytes(b"PK\x03\x04 not a workbook")
    preview = load_preview(library, ids["Payback.xlsx"])
    assert isinstance(preview, NoPreview)
    assert preview.reason.startswith("Payback.xlsx could not be read as a workbook")

    pdf = stored_path(library, ids["Battlecard.pdf"])
    pdf.write_bytes(b"garbage")
    assert load_preview(library, ids["Battlecard.pdf"]) == NoPreview(
        "The stored copy of Battlecard.pdf is damaged (not a PDF); import the file again.")
    pdf.unlink()
    assert load_preview(library, ids["Battlecard.pdf"]) == NoPreview(
        "The stored copy of Battlecard.pdf is missing from the library folder; "
        "import the file again.")
    with pytest.raises(UserError, match="stored copy of Battlecard.pdf is missing"):
        stored_path(library, ids["Battlecard.pdf"])

    assert load_preview(library, ids["Empty note.txt"]) == NoPreview(
        "Empty note.txt has no text to show; open it to see it.")
    assert load_preview(library, 4242) == NoPreview(
        "Asset 4242 is no longer in the library; search again.")
    with pytest.raises(UserError, match="Asset 4242 is no longer in the library"):
        stored_path(library, 4242)
