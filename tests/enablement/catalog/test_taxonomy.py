"""The taxonomy stored in the library, and rule-based suggestions from it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from enablement.catalog import taxonomy as taxonomy_store
from enablement.catalog.suggestions import suggest
from enablement.errors import UserError
from enablement.library import Library

OBJECTIONS = {
    "price", "roi", "security", "integration", "switching", "implementation", "timing",
    "incumbent", "authority", "scalability", "support", "contract",
}


def test_default_taxonomy_is_stored_in_the_library(library: Library) -> None:
    taxonomy = library.taxonomy()
    assert {v.key for v in taxonomy.facet("objection").values} == OBJECTIONS
    assert [v.key for v in taxonomy.facet("stage").values] == [
        "awareness", "consideration", "decision", "onboarding", "expansion"]
    assert {"kind", "stage", "objection", "competitor", "industry", "persona"} <= set(
        taxonomy.facet_names())


def test_values_resolve_by_key_or_label(library: Library) -> None:
    taxonomy = library.taxonomy()
    assert taxonomy.resolve("objection", "Price / budget") == "price"
    assert taxonomy.resolve("objection", "SECURITY") == "security"
    assert taxonomy.resolve("kind", "case study") == "case_study"
    assert taxonomy.resolve("objection", "pricey") is None
    with pytest.raises(UserError, match="not a known objection"):
        taxonomy.resolve_or_explain("objection", "pricey")


def test_marketer_can_add_values_and_phrases(library: Library) -> None:
    with library.sessions.begin() as session:
        key = taxonomy_store.add_value(session, "competitor", "Invoxa", {"invoxa ap": 3.0})
    library.taxonomy_changed()
    assert key == "invoxa"
    assert library.taxonomy().resolve("competitor", "invoxa") == "invoxa"
    # Stored: a fresh open of the library still has it.
    reopened = Library.open(library.path)
    assert reopened.taxonomy().resolve("competitor", "Invoxa") == "invoxa"
    reopened.close()


def test_taxonomy_round_trips_through_json(library: Library, tmp_path: Path) -> None:
    exported = json.loads(taxonomy_store.export_json(library.taxonomy()))
    exported["competitor"]["values"] = [{"key": "payridge", "label": "PayRidge",
                                         "phrases": {"payridge suite": 3}}]
    path = tmp_path / "taxonomy.json"
    path.write_text(json.dumps({"competitor": exported["competitor"]}), encoding="utf-8")
    with library.sessions.begin() as session:
        assert taxonomy_store.import_json(session, path) == 1
    library.taxonomy_changed()
    assert library.taxonomy().resolve("competitor", "PayRidge") == "payridge"


def _suggested(library: Library, title: str, body: str, summary: str = "") -> dict[str, list]:
    found: dict[str, list[str]] = {}
    for item in suggest(library.taxonomy(), title.casefold(), summary.casefold(), body):
        found.setdefault(item.facet, []).append(item.key)
    return found


def test_phrases_that_never_say_the_label_suggest_it(library: Library) -> None:
    found = _suggested(library, "Passing the vendor review",
                       "Our SOC 2 Type II report and data residency in the EU satisfy most "
                       "reviewers. Most customers are live in six weeks.")
    assert "security" in found["objection"]
    assert "implementation" in found["objection"]


def test_title_weighs_more_than_a_passing_mention(library: Library) -> None:
    body = "A long note about many things. " * 30 + "We also offer 24/7 help."
    in_body = _suggested(library, "Quarterly notes", body)
    in_title = _suggested(library, "SOC 2 and GDPR readiness", body)
    assert "security" not in in_body.get("objection", [])
    assert in_title["objection"][0] == "security"


def test_single_valued_kind_gets_one_suggestion(library: Library) -> None:
    found = _suggested(library, "Customer story: Valley Health",
                       "This case study shows the challenge, the solution and the results. "
                       "A battlecard is attached.")
    assert found["kind"] == ["case_study"]


def test_unrelated_text_suggests_no_objection(library: Library) -> None:
    found = _suggested(library, "Team offsite agenda", "Lunch at noon, then a walk by the lake.")
    assert "objection" not in found


def test_a_two_letter_label_is_not_matched_as_a_common_word(library: Library) -> None:
    found = _suggested(library, "Notes", "It is what it is, and it works. It really does.")
    assert "it" not in found.get("persona", [])
    assert "it" in _suggested(library, "For the IT team", "The IT director and CIO sign off."
                              )["persona"]
