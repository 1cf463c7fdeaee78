"""Competitors found in the content: named the way sales files name them, proposed as new
taxonomy values, never the library's own vendor or a product's ordinary word."""

from __future__ import annotations

from pathlib import Path

import pytest

from enablement.api import SearchRequest
from enablement.catalog.competitors import cues
from enablement.library import Library

OWN = "Fennick"  # the library's own vendor in these tests


@pytest.mark.parametrize(("title", "source", "body", "expected"), [
    ("Battlecard: Fennick vs. Quarrystone", "bc.docx", "", ["Quarrystone"]),
    ("", "bc.pdf", "Teams switching from Orbis Fleet save money. Orbis Fleet charges more.",
     ["Orbis Fleet"]),
    ("Halcyra battlecard", "h.pdf", "", ["Halcyra"]),
    # A file name is lower case; the body says how the name is written.
    ("Notes", "battlecard-vs-quarrystone (1).pdf", "Quarrystone wins on price.",
     ["Quarrystone"]),
    # Said once, in passing, in the body: not argued.
    ("Notes", "n.txt", "A prospect compared us with Halcyra last year.", []),
    ("", "n.txt", "Spreadsheets vs. paper: why manual work costs you. Our way vs. Manual.", []),
])
def test_names_set_against_the_product(title: str, source: str, body: str,
                                       expected: list[str]) -> None:
    assert [name for name, _strong in cues(title, source, body) if name != OWN] == expected


@pytest.mark.parametrize(("title", "source", "body", "expected"), [
    # A file named for its competitor: "planhatch-battlecard.md", "battlecard_halcyra".
    ("Battlecard: the viewer apps", "planhatch-battlecard.md",
     "Crews like PlanHatch. Fennick vs. PlanHatch on markups.", [("PlanHatch", True)]),
    ("Notes", "Battlecard_Halcyra_2026.docx", "Halcyra is cheaper per seat.",
     [("Halcyra", True)]),
    # A battlecard's body setting a name against the product argues it: strong.
    ("Battlecard: drawing viewers", "viewers.md",
     "Fennick vs. PlanHatch: PlanHatch is per user.", [("PlanHatch", True)]),
    # The same words outside a battlecard stay a weak cue.
    ("Field guide", "guide.md", "Fennick vs. PlanHatch: PlanHatch is per user.",
     [("PlanHatch", False)]),
    # A comparison named in the file: every name after "vs" the body writes as a name.
    ("Feature matrix", "feature matrix vs corbelt planhatch ledgerline.xlsx",
     "Feature\tFennick\tCorbelt\tPlanHatch\tLedgerline\nMarkups\tyes\tyes\tyes\tno",
     [("Corbelt", True), ("PlanHatch", True), ("Ledgerline", True)]),
])
def test_battlecards_and_comparisons_name_their_competitors(
        title: str, source: str, body: str, expected: list[tuple[str, bool]]) -> None:
    assert [(name, strong) for name, strong in cues(title, source, body)
            if name != OWN] == expected


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_an_import_proposes_them_and_not_the_vendor_or_its_products(
        library: Library, tmp_path: Path) -> None:
    files = tmp_path / "shared drive"
    pitch = (f"{OWN} Route plans the day. With {OWN} Route, crews finish sooner; the route "
             f"is planned before dawn and {OWN} keeps it current.")
    _write(files / "battlecards", "battlecard-vs-quarrystone.md",
           f"# {OWN} vs Quarrystone\n\nQuarrystone locks fleets into five-year terms. "
           f"{OWN} does not. {pitch}")
    _write(files / "case studies", "harbor.txt",
           f"Harbor Logistics moved off Quarrystone last spring. {pitch}")
    _write(files / "misc", "overview.txt", f"About {OWN}. {pitch}")
    _write(files / "misc", "faq.txt", f"Questions reps hear about {OWN}. {pitch}")
    library.imports.run([files])
    tagged = {view.source_name: [t.label for t in view.tags.get("competitor", ())]
              for view in library.catalog.list_assets()}
    assert tagged == {"battlecard-vs-quarrystone.md": ["Quarrystone"],
                      "harbor.txt": ["Quarrystone"],  # named in passing, once known
                      "overview.txt": [], "faq.txt": []}
    listed = library.catalog.taxonomy().facet("competitor").values
    assert [value.label for value in listed] == ["Quarrystone"]
    found = library.search.search(SearchRequest(filters={"competitor": ("Quarrystone",)}))
    assert {hit.source_name for hit in found.hits} == {"battlecard-vs-quarrystone.md",
                                                       "harbor.txt"}


def test_prose_that_compares_things_does_not_tag_the_library(library: Library,
                                                             tmp_path: Path) -> None:
    """Seen on SciFact: titles like "RNA vs. placebo" once tagged 377 of 5,183 abstracts
    with a competitor "RNA", because every abstract naming RNA got it too."""
    files = tmp_path / "abstracts"
    _write(files, "a.txt", "Outcomes in Medicare-only vs. insured patients. Medicare-only "
                           "patients were older.")
    for n in range(4):
        _write(files, f"b{n}.txt", f"Study {n}: RNA levels rose in treated cells. RNA was "
                                   "measured daily.")
    with (files / "manifest.csv").open("w", encoding="utf-8") as manifest:
        manifest.write("file,title\nb0.txt,Silencing RNA vs. Placebo in Cell Lines\n")
    library.imports.run([files])
    tagged = {view.source_name: [t.label for t in view.tags.get("competitor", ())]
              for view in library.catalog.list_assets()}
    assert tagged["b0.txt"]  # a title set it against something: that file, at least
    assert {name: tags for name, tags in tagged.items() if name != "b0.txt"} == {
        "a.txt": [], "b1.txt": [], "b2.txt": [], "b3.txt": []}
