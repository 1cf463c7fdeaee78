"""The review queue: what waits, why it was suggested, and a person's yes or no, which
the index shows at once and no re-import undoes."""

from __future__ import annotations

from pathlib import Path

import pytest

from enablement.api import SearchRequest
from enablement.catalog.review import pending
from enablement.catalog.tagging import CLEARED, TagRow, effective
from enablement.library import Library

PRICING = ("Pricing objections: when the prospect says we are too expensive\n\n"
           "Budget pressure is the usual reason a deal stalls. When the buyer says the "
           "price is too high, show the total cost of ownership and the payback period. "
           "Discounts are the last resort; the price conversation is about value.\n")
SECURITY = ("Security questionnaire answers for IT reviewers\n\n"
            "Encryption at rest and in transit, single sign-on, SOC 2 Type II, data "
            "residency and penetration tests: what the security team asks and our answers."
            "\n")


def _import(library: Library, folder: Path, files: dict[str, str]) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    report, _changes = library.imports.run([folder])
    assert not report.any_failed
    return {Path(r.path).name: r.asset_id for r in report.results if r.asset_id}


def _items(library: Library, asset_id: int) -> dict[tuple[str, str], object]:
    return {(i.facet, i.key): i for i in library.catalog.review_queue().items
            if i.asset_id == asset_id}


def _tags(library: Library, asset_id: int) -> dict[str, dict[str, str]]:
    view = library.catalog.asset(asset_id)
    return {facet: {t.key: t.origin for t in tags} for facet, tags in view.tags.items()}


def test_the_queue_lists_each_suggestion_with_the_phrases_that_argued_it(
        library: Library, tmp_path: Path) -> None:
    ids = _import(library, tmp_path / "files", {"pricing.txt": PRICING})
    items = _items(library, ids["pricing.txt"])
    suggested = {facet: set(keys) for facet, keys in _suggested(library, ids["pricing.txt"])}
    # Every suggestion in effect waits, and nothing else does.
    assert {pair for pair in items} == {(f, k) for f, keys in suggested.items() for k in keys}
    assert ("objection", "price") in items
    price = items[("objection", "price")]
    assert price.label == library.taxonomy().label("objection", "price")
    assert price.facet_label == "Objection" and price.in_effect
    assert 0 < price.confidence <= 1
    assert price.reasons, "the phrases that argued it"
    text = PRICING.casefold()
    assert all(reason.text in text for reason in price.reasons if reason.where != "learned")
    assert "in the title" in price.why or "in the opening" in price.why
    assert price.to_json()["why"] == price.why


def _suggested(library: Library, asset_id: int) -> list[tuple[str, list[str]]]:
    view = library.catalog.asset(asset_id)
    return [(facet, [t.key for t in tags if t.origin == "suggestion"])
            for facet, tags in view.tags.items() if any(t.origin == "suggestion" for t in tags)]


def test_accepting_makes_a_confirmed_tag_that_search_shows(library: Library,
                                                           tmp_path: Path) -> None:
    ids = _import(library, tmp_path / "files", {"pricing.txt": PRICING})
    asset_id = ids["pricing.txt"]
    changes = library.catalog.accept([asset_id], "objection", "price")
    assert changes.assets == {asset_id} and not changes.search_behind
    assert _tags(library, asset_id)["objection"] == {"price": "manual"}
    assert ("objection", "price") not in _items(library, asset_id)
    found = library.search.search(SearchRequest(filters={"objection": ("price",)}))
    assert [hit.asset_id for hit in found.hits] == [asset_id]


def test_rejecting_takes_the_value_away_and_no_reimport_brings_it_back(
        library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "files"
    ids = _import(library, folder, {"pricing.txt": PRICING})
    asset_id = ids["pricing.txt"]
    changes = library.catalog.reject([asset_id], "objection", "price")
    assert changes.assets == {asset_id}
    assert "price" not in _tags(library, asset_id).get("objection", {})
    view = library.catalog.asset(asset_id)
    assert "price" not in [t.key for t in view.suggested.get("objection", ())]  # not a candidate
    assert ("objection", "price") not in _items(library, asset_id)
    assert not library.search.search(SearchRequest(filters={"objection": ("price",)})).hits
    # The file is edited and imported again: the rules suggest price again; not here.
    (folder / "pricing.txt").write_text(PRICING + "\nThe price is right.\n", encoding="utf-8")
    report, _changes = library.imports.run([folder])
    assert [str(r.status) for r in report.results] == ["updated"]
    assert "price" not in _tags(library, asset_id).get("objection", {})
    assert ("objection", "price") not in _items(library, asset_id)
    # A person may still set it by hand: a rejection only hides the guesses.
    library.catalog.edit_tags(str(asset_id), {"objection": ["price"]})
    assert _tags(library, asset_id)["objection"] == {"price": "manual"}


def test_a_whole_selection_at_once(library: Library, tmp_path: Path) -> None:
    ids = _import(library, tmp_path / "files", {"pricing.txt": PRICING,
                                                "security.txt": SECURITY})
    both = [ids["pricing.txt"], ids["security.txt"]]
    waiting = [i for i in library.catalog.review_queue().items if i.asset_id in both]
    assert {i.asset_id for i in waiting} == set(both)
    changes = library.catalog.accept(both)
    assert changes.assets == set(both)
    assert not [i for i in library.catalog.review_queue().items if i.asset_id in both]
    for item in waiting:
        assert _tags(library, item.asset_id)[item.facet][item.key] == "manual"


def test_reject_a_field_keeps_the_others_waiting(library: Library, tmp_path: Path) -> None:
    ids = _import(library, tmp_path / "files", {"pricing.txt": PRICING})
    asset_id = ids["pricing.txt"]
    before = _items(library, asset_id)
    library.catalog.reject([asset_id], "objection")
    after = _items(library, asset_id)
    assert set(after) == {pair for pair in before if pair[0] != "objection"}
    assert "objection" not in _tags(library, asset_id)


def test_a_manifest_settles_its_fields(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "manifest.csv").write_text("file,kind,objections\npricing.txt,battlecard,roi\n",
                                         encoding="utf-8")
    ids = _import(library, folder, {"pricing.txt": PRICING})
    facets = {facet for facet, _key in _items(library, ids["pricing.txt"])}
    assert "kind" not in facets and "objection" not in facets


def test_nothing_to_decide_changes_nothing(library: Library, tmp_path: Path) -> None:
    ids = _import(library, tmp_path / "files", {"pricing.txt": PRICING})
    assert library.catalog.accept([ids["pricing.txt"]], "objection", "security").empty
    with pytest.raises(Exception, match="Unknown tag field"):
        library.catalog.reject([ids["pricing.txt"]], "colour")


def test_a_rejected_competitor_is_not_proposed_again(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "files"
    body = ("# Battlecard: us vs Quarrystone\n\nQuarrystone locks fleets into five-year "
            "terms. Teams switching from Quarrystone save money.\n")
    ids = _import(library, folder, {"battlecard-vs-quarrystone.md": body})
    asset_id = ids["battlecard-vs-quarrystone.md"]
    key = next(k for f, k in _items(library, asset_id) if f == "competitor")
    library.catalog.reject([asset_id], "competitor", key)
    (folder / "battlecard-vs-quarrystone.md").write_text(body + "\nStill true.\n",
                                                         encoding="utf-8")
    library.imports.run([folder])
    assert "competitor" not in _tags(library, asset_id)


# -- which suggestions wait: the rule, on tag rows --------------------------------------

def _rows(*specs: tuple[str, str, str]) -> list[TagRow]:
    return [TagRow(facet, key, origin, 0.7) for facet, key, origin in specs]


def test_waiting_suggestions(library: Library) -> None:
    taxonomy = library.taxonomy()
    rows = _rows(("objection", "price", "suggestion"), ("objection", "roi", "suggestion"),
                 ("kind", "battlecard", "suggestion"))
    assert {f: [r.key for r in rs] for f, rs in pending(rows, taxonomy).items()} == {
        "objection": ["price", "roi"], "kind": ["battlecard"]}
    # One accepted: the other waits (though it is no longer in effect).
    accepted = [*rows, TagRow("objection", "price", "manual")]
    assert [r.key for r in pending(accepted, taxonomy)["objection"]] == ["roi"]
    assert [r.key for r in effective(accepted)["objection"]] == ["price"]
    # A value typed by hand, a cleared field, a manifest: the field is decided.
    for settled in (("objection", "security", "manual"), ("objection", CLEARED, "manual"),
                    ("objection", "price", "manifest")):
        assert "objection" not in pending([*rows, TagRow(*settled)], taxonomy)
    # One kind: accepted, nothing else waits.
    assert "kind" not in pending([*rows, TagRow("kind", "deck", "manual"),
                                  TagRow("kind", "deck", "suggestion")], taxonomy)


def test_a_rejection_is_never_a_tag() -> None:
    rows = _rows(("objection", "price", "suggestion"), ("objection", "price", "rejected"),
                 ("objection", "roi", "rejected"), ("stage", "decision", "rejected"))
    assert effective(rows) == {}
    # ... but it hides no person's or manifest's word.
    assert [r.key for r in effective([*rows, TagRow("objection", "price", "manifest")])[
        "objection"]] == ["price"]


def test_the_import_report_gives_each_files_kind_stages_and_objections(
        library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "pricing.txt").write_text(PRICING, encoding="utf-8")
    (folder / "manifest.csv").write_text("file,kind\npricing.txt,battlecard\n",
                                         encoding="utf-8")
    report, _changes = library.imports.run([folder])
    result = report.results[0]
    view = library.catalog.asset(result.asset_id)
    for facet in ("kind", "stage", "objection"):
        assert [(t.key, t.origin) for t in result.tags_of(facet)] == [
            (t.key, t.origin) for t in view.tags.get(facet, ())]
    assert [(t.key, t.origin, t.suggested) for t in result.tags_of("kind")] == [
        ("battlecard", "manifest", False)]
    assert result.to_json()["tags"][0] == {"field": "kind", "value": "battlecard",
                                           "label": "Battlecard", "origin": "manifest",
                                           "confidence": 1.0}
    # Imported again unchanged, it still says what the asset has.
    again, _changes = library.imports.run([folder])
    assert [str(r.status) for r in again.results] == ["unchanged"]
    assert again.results[0].tags == result.tags


def test_taking_a_guess_away_in_the_bulk_editor_rejects_it(library: Library,
                                                           tmp_path: Path) -> None:
    """Removing a suggested value from a selection is a "no" to that guess, as in the
    review queue: resetting the facet's manual tags does not bring it back."""
    from enablement.catalog.assets import BulkEdit

    ids = _import(library, tmp_path / "files", {"pricing.txt": PRICING})
    asset_id = ids["pricing.txt"]
    assert _tags(library, asset_id)["objection"].get("price") == "suggestion"
    library.catalog.bulk_edit([asset_id], BulkEdit(add={}, remove={"objection": ("price",)}))
    assert "price" not in _tags(library, asset_id).get("objection", {})
    library.catalog.edit_tags(str(asset_id), {}, reset=["objection"])
    assert "price" not in _tags(library, asset_id).get("objection", {})
    assert ("objection", "price") not in _items(library, asset_id)
    # A value a person set by hand and takes away again is no rejection of a guess.
    library.catalog.bulk_edit([asset_id], BulkEdit(add={"objection": ("roi",)}, remove={}))
    library.catalog.bulk_edit([asset_id], BulkEdit(add={}, remove={"objection": ("roi",)}))
    with library.sessions() as session:
        from enablement.catalog.review import rejected_pairs

        assert rejected_pairs(session, asset_id) == {("objection", "price")}


def test_a_kind_argued_by_the_files_structure_says_so(library: Library,
                                                      tmp_path: Path) -> None:
    """No phrase names these kinds; their structure does, and "why" says which."""
    email = ("Hi {{first_name}},\n\nThanks for the time on the demo today. Attached is the "
             "recap and the next steps we agreed.\n\nBest,\nSam\n")
    faq = "\n".join(f"Q: How do I reset item {n}?\nA: Open settings and choose reset {n}."
                    for n in range(4)) + "\n"
    ids = _import(library, tmp_path / "files", {"follow up.txt": email, "help.txt": faq})
    kinds = {i.asset_id: i for i in library.catalog.review_queue().items if i.facet == "kind"}
    assert kinds[ids["follow up.txt"]].key == "email_template"
    assert "greeting like an email" in kinds[ids["follow up.txt"]].why
    assert kinds[ids["help.txt"]].key == "other"
    assert "question-and-answer pairs" in kinds[ids["help.txt"]].why
    assert "question-and-answer" in kinds[ids["help.txt"]].to_json()["why"]
