"""An asset's kind from what it calls itself and from its shape, through a real import:
the words a file uses in passing do not make it a calculator or a case study."""

from __future__ import annotations

from pathlib import Path

from enablement.catalog.assets import AssetView
from enablement.imports.extract import extract_file
from enablement.library import Library
from tests import filemakers as make


def _import(library: Library, folder: Path) -> dict[str, AssetView]:
    report, _changes = library.imports.run([folder])
    assert not report.any_failed
    return {view.source_name: view for view in library.catalog.list_assets()}


def _kind(views: dict[str, AssetView], name: str) -> str:
    tags = views[name].tags["kind"]
    assert len(tags) == 1 and tags[0].origin == "suggestion"
    return tags[0].key


def test_reading_counts_slides_sheets_formulas_and_numbers(tmp_path: Path) -> None:
    deck = make.make_pptx(tmp_path / "pitch.pptx", [("One", "a", ""), ("Two", "b", "")])
    book = make.make_xlsx(tmp_path / "model.xlsx", {
        "Inputs": [["Vehicles", 120], ["Fuel price", 3.9]],
        "Summary": [["Annual savings", "=Inputs!B1*Inputs!B2*12"], ["Payback", "=B1/2"]],
    })
    read_deck, read_book = extract_file(deck), extract_file(book)
    assert (read_deck.slides, read_deck.formulas) == (2, 0)
    assert (read_book.sheets, read_book.formulas, read_book.numbers) == (2, 2, 2)
    assert read_book.slides is None


def test_a_deck_that_mentions_the_calculator_is_a_deck(library: Library,
                                                        tmp_path: Path) -> None:
    files = tmp_path / "drive"
    files.mkdir()
    make.make_pptx(files / "exec briefing.pptx", [
        ("Executive briefing", "The decision in front of you", "Open with the ask."),
        ("Where the savings come from", "Every line comes from the ROI calculator",
         "Walk them through the calculator: payback in four months, annual savings."),
        ("Next steps", "Approve the pilot", ""),
    ])
    make.make_text(files / "customer faq.txt", (
        "Customer questions\n\nQ: How do I add a vehicle?\nA: Use the import screen.\n\n"
        "Q: Where is the ROI calculator?\nA: Ask your account manager for the calculator.\n\n"
        "Q: What is the payback?\nA: Most customers see payback within a year.\n\n"
        "Q: Who do I call?\nA: Support, any time.\n"))
    views = _import(library, files)
    assert _kind(views, "exec briefing.pptx") == "deck"
    assert _kind(views, "customer faq.txt") == "other"


def test_a_workbook_that_computes_is_a_calculator_a_price_list_is_not(
        library: Library, tmp_path: Path) -> None:
    files = tmp_path / "drive"
    files.mkdir()
    make.make_xlsx(files / "fleet numbers.xlsx", {
        "Inputs": [["Enter your numbers", None], ["Vehicles", 120], ["Fuel price", 3.9],
                   ["Idle hours per day", 1.5]],
        "Savings": [["Fuel saved", "=Inputs!B2*Inputs!B3*Inputs!B4*250"],
                    ["Annual savings", "=B1*0.8"], ["Payback (months)", "=12*40000/B2"]],
    })
    make.make_xlsx(files / "list 2025.xlsx", {
        "USD": [["SKU", "Product", "List price", "Term"], ["ESS", "Essentials", 27, "36 mo"],
                ["PRO", "Professional", 39, "36 mo"], ["ENT", "Enterprise", 52, "36 mo"]],
    })
    views = _import(library, files)
    assert _kind(views, "fleet numbers.xlsx") == "roi_calculator"
    assert _kind(views, "list 2025.xlsx") == "other"


def test_an_email_is_known_by_its_subject_line_and_greeting(library: Library,
                                                            tmp_path: Path) -> None:
    files = tmp_path / "drive"
    files.mkdir()
    make.make_text(files / "after the demo.txt", (
        "Subject: Recap and next steps\n\nHi [First name],\n\nThanks for the time today. "
        "Here is what we heard, and what happens next.\n\n- A pilot at one site\n"
        "- A call with your IT lead\n\nBest regards,\n[Your name]\n"))
    views = _import(library, files)
    assert _kind(views, "after the demo.txt") == "email_template"


def test_a_talk_track_against_a_named_rival_is_a_battlecard(library: Library,
                                                            tmp_path: Path) -> None:
    files = tmp_path / "drive"
    files.mkdir()
    track = ("Open with their current setup. Ask what the drivers log into today. "
             "Listen before you answer, then show the one-app workflow.")
    make.make_text(files / "quarrystone-vs-fennick-talk-track.md",
                   f"# Talk track: moving a Quarrystone fleet\n\nQuarrystone sells cameras "
                   f"only. {track}\n\n## When they say \"we like Quarrystone\"\n\n{track}\n")
    make.make_text(files / "discovery-talk-track.md",
                   f"# Discovery call talk track\n\n{track}\n\n## Questions\n\n{track}\n")
    views = _import(library, files)
    assert _kind(views, "quarrystone-vs-fennick-talk-track.md") == "battlecard"
    assert _kind(views, "discovery-talk-track.md") == "other"


def test_the_file_name_and_its_folder_name_the_kind(library: Library, tmp_path: Path) -> None:
    story = ("Harbor Home Health runs 190 cars for visiting nurses. Dispatchers worked from a "
             "whiteboard. With the new system on-time pickups rose from 84% to 96%.")
    folder = tmp_path / "drive" / "Case studies"
    folder.mkdir(parents=True)
    make.make_pdf(folder / "harbor-home-health.pdf", [story])
    make.make_pdf(tmp_path / "drive" / "CS - Eastvale customer story.pdf",
                  [story.replace("Harbor Home Health", "Eastvale Transit")])
    views = _import(library, tmp_path / "drive")
    assert _kind(views, "harbor-home-health.pdf") == "case_study"
    assert _kind(views, "CS - Eastvale customer story.pdf") == "case_study"
