"""Few suggestions, each with a confidence: objections only where the file argues them,
one primary stage, and personas that tell finance roles apart. Real files, real imports."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from enablement.catalog.assets import AssetView
from enablement.library import Library
from enablement.store.models import Asset, AssetTag
from tests import filemakers as make

FILLER = ("Fleets run long days. Dispatchers plan routes before dawn, and drivers start "
          "from three yards. The team reviews the week every Friday.")


def _import(library: Library, folder: Path) -> dict[str, AssetView]:
    report, _changes = library.imports.run([folder])
    assert not report.any_failed
    return {view.source_name: view for view in library.catalog.list_assets()}


def _keys(view: AssetView, facet: str) -> list[str]:
    return [t.key for t in view.tags.get(facet, ())]


def _scores(library: Library, name: str, facet: str) -> list[tuple[str, float]]:
    with library.sessions() as session:
        rows = session.execute(
            select(AssetTag.value_key, AssetTag.score).join(Asset)
            .where(Asset.source_name == name, AssetTag.facet == facet,
                   AssetTag.origin == "suggestion")).all()
    return sorted(((key, score) for key, score in rows), key=lambda item: -item[1])


def test_an_argued_objection_is_suggested_a_passing_mention_is_not(
        library: Library, tmp_path: Path) -> None:
    files = tmp_path / "drive"
    files.mkdir()
    make.make_docx(files / "objection handling.docx", heading="Objection handling", paragraphs=[
        FILLER,
        'When they say "it\'s too expensive"',
        "Do not defend the list price. Compare the total cost with what they pay today, "
        "and show the savings per vehicle per day. Offer a pilot before any discount.",
        FILLER,
    ])
    make.make_docx(files / "harbor story.docx", heading="Harbor Freight customer story",
                   paragraphs=[FILLER * 3, "The CFO signed the agreement after the pilot.",
                               FILLER * 3])
    make.make_text(files / "call notes.txt", (
        "Call notes, Granite Valley\n\n" + FILLER + "\n\nConcerns they raised: the price, an "
        "integration with their ERP, and who signs off above $50k.\n\n" + FILLER + "\n"))
    views = _import(library, files)
    assert _keys(views["objection handling.docx"], "objection") == ["price"]
    assert _keys(views["harbor story.docx"], "objection") == []  # a CFO is no objection
    assert _keys(views["call notes.txt"], "objection") == []  # listed, never answered


def test_at_most_three_objections_surest_first_with_a_confidence(
        library: Library, tmp_path: Path) -> None:
    answers = {
        "The price conversation": "Our price is higher than a tracker's; the budget case "
                                  "rests on savings. Show the price per day, not per year.",
        "The integration conversation": "Our API and connectors integrate with the ERP; "
                                        "the integration takes a day.",
        "The security conversation": "We hold a SOC 2 Type II report; data is encrypted and "
                                     "SSO is included. Security reviews take a week.",
        "The contract conversation": "Our contract is 36 months; the contract terms allow "
                                     "a termination for cause.",
        "The support conversation": "Support answers 24/7 and every customer gets a customer "
                                    "success manager; support is in-house.",
    }
    text = "# Battlecard: handling objections\n\n" + "\n\n".join(
        f"## {head}\n\n{body} {body}" for head, body in answers.items())
    files = tmp_path / "drive"
    files.mkdir()
    make.make_text(files / "five objections.md", text)
    views = _import(library, files)
    shown = _keys(views["five objections.md"], "objection")
    stored = _scores(library, "five objections.md", "objection")
    assert len(shown) == 3 and [key for key, _ in stored] == shown
    assert all(0 < score <= 1 for _, score in stored)
    assert [score for _, score in stored] == sorted((s for _, s in stored), reverse=True)


def test_one_primary_stage_from_the_kind_unless_the_title_names_one(
        library: Library, tmp_path: Path) -> None:
    files = tmp_path / "drive"
    files.mkdir()
    make.make_docx(files / "Battlecard - Fennick vs Quarrystone.docx",
                   heading="Battlecard: Fennick vs. Quarrystone",
                   paragraphs=[FILLER, "Where we win", "Quarrystone has no engine data. " * 3])
    make.make_pptx(files / "kickoff.pptx", [
        ("Onboarding kickoff", "Welcome to Fennick", ""),
        ("Your first 30 days", "Install, training and go-live", ""),
        ("Who does what", "Our onboarding manager and your fleet lead", ""),
    ])
    views = _import(library, files)
    battlecard = _scores(library, "Battlecard - Fennick vs Quarrystone.docx", "stage")
    assert [key for key, _ in battlecard] == ["decision"]
    assert 0 < battlecard[0][1] <= 1
    assert _keys(views["kickoff.pptx"], "stage")[0] == "onboarding"
    assert _keys(views["kickoff.pptx"], "kind") == ["deck"]


def test_personas_tell_finance_roles_it_security_and_procurement_apart(
        library: Library, tmp_path: Path) -> None:
    files = tmp_path / "drive"
    files.mkdir()
    audiences = {
        "for the cfo.txt": "A brief for the CFO. The CFO approves the spend; the CFO wants "
                           "payback in a year.",
        "for controllers.txt": "For the controller who runs the month-end close. Every "
                               "controller we meet closes the books in five days.",
        "for ap.txt": "For the AP manager and the accounts payable team. The AP manager "
                      "approves every invoice run.",
        "for security.txt": "For the IT security team and the CISO: how data is kept.",
        "for procurement.txt": "For the procurement team: how purchasing and sourcing "
                               "review a new vendor.",
    }
    for name, text in audiences.items():
        make.make_text(files / name, f"{text}\n\n{FILLER}\n")
    views = _import(library, files)
    assert _keys(views["for the cfo.txt"], "persona") == ["cfo"]
    assert _keys(views["for controllers.txt"], "persona") == ["controller"]
    assert _keys(views["for ap.txt"], "persona") == ["ap_manager"]
    assert _keys(views["for security.txt"], "persona") == ["security"]
    assert _keys(views["for procurement.txt"], "persona") == ["procurement"]


def test_a_price_list_states_prices_and_argues_nothing(library: Library,
                                                       tmp_path: Path) -> None:
    """Three libraries' marketers, labelling apart, tagged no price list with an
    objection; the same words in a pricing FAQ that argues them still count."""
    files = tmp_path / "drive"
    files.mkdir()
    rows = ("Pricing\n\nList price per vehicle per month: $32. Discount for 500 vehicles "
            "or more: 12%. Migration fee waived on a three-year term. Budget approvals "
            "over $50,000 go to the pricing desk.\n\n")
    make.make_text(files / "Price list 2026 - USD.txt", rows * 3)
    make.make_text(files / "Pricing questions.txt",
                   "## \"It's too expensive.\"\n\n" + rows * 3)
    views = _import(library, files)
    assert _keys(views["Price list 2026 - USD.txt"], "objection") == []
    assert "price" in _keys(views["Pricing questions.txt"], "objection")


def test_the_cost_of_a_problem_is_not_the_price_objection(library: Library,
                                                          tmp_path: Path) -> None:
    """"The hidden cost of rework" is what the problem costs, not what we charge."""
    files = tmp_path / "drive"
    files.mkdir()
    make.make_text(files / "The hidden cost of rework.txt",
                   "# The hidden cost of rework\n\n## What rework costs\n\nRework costs "
                   "contractors 5% of project cost. The cost of a late RFI is a week. "
                   "Each cost overrun starts in the field.\n")
    views = _import(library, files)
    assert "price" not in _keys(views["The hidden cost of rework.txt"], "objection")
