"""Titles and summaries from the customer's own content, not from junk properties or
file-name noise (issue 14)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from enablement.api import SearchRequest
from enablement.imports.titles import (
    SUMMARY_CHARS,
    first_line_heading,
    first_paragraph,
    property_title,
    title_from_name,
)
from enablement.library import Library
from tests import filemakers as make

JUNK_TITLES = [
    "Microsoft Word - Harlow_CS_v3.docx", "Microsoft PowerPoint - Q3 deck.pptx",
    "PowerPoint Presentation", "untitled", "Untitled", "Document (3)", "Document1",
    "Layout 1", "Slide 1", "Presentation1", "Customer Story Template - DO NOT EDIT",
    "python-pptx", "generated using python-pptx", "Acrobat PDFMaker 23 for Word",
    "LibreOffice", "Adobe InDesign 19.2 (Macintosh)", "Harlow_CS_v3", "notes.docx",
    "Q3 deck", "q3_deck", "x", "2025", "12345", "Customer story", "White paper",
]


@pytest.mark.parametrize("title", JUNK_TITLES)
def test_junk_title_properties_are_refused(title: str) -> None:
    assert property_title(title, Path("Q3 deck.pptx")) is None


@pytest.mark.parametrize(("title", "source"), [
    ("Battlecard: Corvane vs. Orbis Fleet", "Battlecard - Corvane vs Orbis Fleet.docx"),
    ("QBR Template", "QBR template - account review.docx"),  # it is the template
    ("Microsoft Teams rollout guide", "teams.docx"),
    ("Word of mouth referral playbook", "referrals.docx"),
    ("CV-3 Gateway Installation Guide rev C", "Install guide - gateway CV3.pdf"),
])
def test_real_title_properties_are_kept(title: str, source: str) -> None:
    assert property_title(f"  {title} ", Path(source)) == title


@pytest.mark.parametrize(("name", "title"), [
    ("CS_Pinecrest_FINAL_v2.docx", "CS Pinecrest"),
    ("battlecard-vs-trakline (1).pdf", "Battlecard vs trakline"),
    ("construction_onepager_final.pdf", "Construction onepager"),
    ("Harlow case study - FINAL.docx", "Harlow case study"),
    ("LumenLoom Home Goods Case Study FINAL.docx", "LumenLoom Home Goods Case Study"),
    ("Copy of Pricing sheet v3.xlsx", "Pricing sheet"),
    ("Pricing sheet - Copy.xlsx", "Pricing sheet"),
    ("Pricing sheet draft2 (2).xlsx", "Pricing sheet"),
    ("QBR notes 20250312.docx", "QBR notes"),
    ("QBR notes_20250312_1405.docx", "QBR notes"),
    ("customer-faq.md", "Customer faq"),
    ("Corvane_Security_Overview_2025.pdf", "Corvane Security Overview 2025"),
    ("PRICING_SHEET_FINAL.xlsx", "Pricing Sheet"),
    # Kept: readable dates say which deck or call it is; hyphens in a spaced name.
    ("2025-03 QBR deck.pptx", "2025-03 QBR deck"),
    ("call notes - Granite Valley Waste 2024-11-12.txt",
     "Call notes - Granite Valley Waste 2024-11-12"),
    ("notes_2024_11_12.txt", "Notes 2024-11-12"),
    ("Re-engage - not a priority this year.txt", "Re-engage - not a priority this year"),
    ("iPhone field guide.pdf", "iPhone field guide"),
    ("FINAL_v2.docx", "FINAL v2"),  # nothing but noise: the name stays recognisable
])
def test_file_name_noise_is_cleaned(name: str, title: str) -> None:
    assert title_from_name(Path("/drive") / name) == title


def test_first_line_headings_of_text() -> None:
    assert first_line_heading("Champion kit: for your CFO\n======\n\nBody.") == \
        "Champion kit: for your CFO"
    assert first_line_heading("CORVANE SUPPORT - FAQ\n\nQ: When?") == "CORVANE SUPPORT - FAQ"
    assert first_line_heading("Subject: Recap and next steps\n\nHi Sam,") is None
    assert first_line_heading("We have reached out a few times about your fleet.") is None
    wrapped = ("LumenLoom Home Goods shipped 41,000 orders in its peak season without a\n"
               "single temporary hire, thanks to routes planned the night before the run.")
    assert first_line_heading(wrapped) is None  # prose wrapped mid-sentence


def test_summary_skips_headings_boilerplate_greetings_and_strips_markdown() -> None:
    text = ("---\ntitle: Welcome\n---\n# Welcome email\n\nConfidential\n\n"
            "Generated using python-pptx for the team\n\n**Hi {first_name},**\n\n"
            "Contents\nSetting up ........ 3\n\n## What happens next\n\n"
            "- Thanks for joining [Brightledger](https://example.com). Here is **what "
            "happens next** in your _first_ week, and `who` to call.\n")
    summary = first_paragraph(text, ("Welcome email",), markdown=True)
    assert summary == ("Thanks for joining Brightledger. Here is what happens next in your "
                       "first week, and who to call.")


def test_summary_drops_a_heading_run_into_the_text_and_is_cut_at_a_word() -> None:
    heading = "Harlow Freight cuts preventable accidents 31% after moving 420 tractors"
    body = "Customer: Harlow Freight Lines, a regional carrier with 420 tractors. " * 8
    text = "Harlow Freight cuts preventable accidents 31% after moving\n420 tractors\n" + body
    summary = first_paragraph(text, (heading,))
    assert summary.startswith("Customer: Harlow Freight Lines")
    assert len(summary) <= SUMMARY_CHARS and summary.endswith(" …")
    assert body.startswith(summary.removesuffix(" …"))


def test_markdown_front_matter_title_and_heading(tmp_path: Path) -> None:
    from enablement.imports.extract import extract_file

    got = extract_file(make.make_text(tmp_path / "post.md", "---\ntitle: \"Fleet safety 101\"\n"
                                      "date: 2025-03-01\n---\n\n## Why it matters\n\nText.\n"))
    assert (got.title, got.heading) == ("Fleet safety 101", "Why it matters")
    plain = extract_file(make.make_text(tmp_path / "notes.txt",
                                        "CORVANE SUPPORT - FAQ\n\nQ: Hours?"))
    assert plain.title is None and plain.heading == "CORVANE SUPPORT - FAQ"


# -- through the real importer ----------------------------------------------------------

def _pdf_with_heading(path: Path, heading: str, body: list[str], title: str) -> Path:
    """A PDF laid out as Word prints one: a large bold heading, then body text."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 9, heading, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    for paragraph in body:
        pdf.multi_cell(0, 5.5, paragraph, new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))
    return path


def _imported(library: Library, folder: Path) -> dict[str, object]:
    report = library.import_paths([folder])
    assert not report.any_failed, report.results
    return {view.source_name: view for view in library.catalog.list_assets()}


def test_titles_and_summaries_come_from_the_content(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "drive"
    folder.mkdir()
    heading = ("Harlow Freight cuts preventable accidents 31% after moving 420 tractors "
               "from Orbis Fleet to Corvane")
    _pdf_with_heading(folder / "Harlow_CS_FINAL_v3.pdf", heading, [
        "INTERNAL ONLY - do not send to customers.",
        "Harlow Freight Lines runs 420 tractors out of 14 terminals and moved every one of "
        "them to Corvane in a single quarter.",
    ], title="Microsoft Word - Harlow_CS_v3.docx")
    make.make_docx(folder / "CS_Pinecrest_FINAL_v2.docx", [
        "Pinecrest Markets is a family-owned grocery chain with 64 stores and 140 tractors.",
    ], title="Customer Story Template - DO NOT EDIT", heading="Pinecrest keeps every load cold")
    make.make_pptx(folder / "deck.pptx", [  # python-pptx's own comment: "generated using"
        ("Building a safety program with video", "For safety and risk leaders", ""),
        ("The cost of a crash", "Nuclear verdicts have made every serious crash a risk to "
                                "the whole company, not only to the driver.", ""),
    ])
    make.make_pdf(folder / "CS_LumenLoom_Home_Goods_peak_season_FINAL.pdf", [
        "LumenLoom Home Goods shipped 41,000 orders in its peak season without a single "
        "temporary hire, thanks to routes planned the night before.",
    ])
    make.make_text(folder / "welcome-email.md", "# Welcome email\n\n**Hi {first_name},**\n\n"
                   "Thanks for joining [Corvane](https://example.com): here is **what "
                   "happens** in your first week.\n")
    views = _imported(library, folder)

    harlow = views["Harlow_CS_FINAL_v3.pdf"]
    assert (harlow.title, harlow.title_origin) == (heading, "heading")
    assert harlow.summary.startswith("Harlow Freight Lines runs 420 tractors")
    pinecrest = views["CS_Pinecrest_FINAL_v2.docx"]
    assert (pinecrest.title, pinecrest.title_origin) == ("Pinecrest keeps every load cold",
                                                         "heading")
    assert pinecrest.summary.startswith("Pinecrest Markets is a family-owned grocery chain")
    deck = views["deck.pptx"]
    assert deck.title == "Building a safety program with video"
    assert deck.summary == "For safety and risk leaders."  # not "generated using python-pptx"
    lumen = views["CS_LumenLoom_Home_Goods_peak_season_FINAL.pdf"]
    assert (lumen.title, lumen.title_origin) == ("CS LumenLoom Home Goods peak season",
                                                 "file name")
    welcome = views["welcome-email.md"]
    assert welcome.title == "Welcome email"
    assert welcome.summary == ("Thanks for joining Corvane: here is what happens in your "
                               "first week.")


def test_edited_title_and_summary_are_manual_and_survive_reimport(
        library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "drive"
    folder.mkdir()
    note = make.make_text(folder / "call notes.txt", "Call notes\n\nThe customer asked about "
                          "pricing for 400 vehicles and a pilot in May.\n")
    asset_id = _imported(library, folder)["call notes.txt"].asset_id
    view, changes = library.catalog.edit_text(asset_id, title=" Acme discovery call ",
                                              summary="What Acme asked on the first call.")
    assert asset_id in changes.assets
    assert (view.title, view.title_origin) == ("Acme discovery call", "manual")
    assert view.summary == "What Acme asked on the first call."
    hits = library.search.search(SearchRequest(text="Acme discovery")).hits
    assert asset_id in [hit.asset_id for hit in hits]  # the index has the new title
    make.make_text(note, note.read_text(encoding="utf-8") + "\nAnd about support hours.\n")
    os.utime(note, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    again = _imported(library, folder)["call notes.txt"]
    assert (again.title, again.title_origin) == ("Acme discovery call", "manual")
    assert again.summary == "What Acme asked on the first call."
    with pytest.raises(Exception, match="cannot be empty"):
        library.catalog.edit_text(asset_id, title="  ")
