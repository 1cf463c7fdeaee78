"""Search through the app on files written like a customer's: every asset with some of the
words ranks, an asset lacking a common word still matches well, a search about content
the library does not hold is "partial" (and logged as finding nothing), taxonomy phrases
and abbreviations reach assets that never use the typed words."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from enablement.library import Library
from enablement.search.service import SearchRequest
from tests.commands import run_main

FILES = {
    "onboarding-plan.txt": (
        "Onboarding plan for new customers\n\n"
        "Implementation runs in three phases over six weeks: discovery, configuration and "
        "go-live. Most teams are live within a month, and the project manager keeps a "
        "weekly plan."),
    "legacy-exit.txt": (
        "Leaving the legacy system\n\n"
        "Moving off the old platform worries every operations team. We move the history, "
        "run both systems side by side for a fortnight, and cut over on a weekend."),
    "cost-model.txt": (
        "What it really costs\n\n"
        "The total cost of ownership over five years includes licences, hardware, "
        "training and the hours the team spends on manual work today."),
    "clinic-story.txt": (
        "Lakeside Clinics: paperless in ninety days\n\n"
        "A network of clinics replaced paper forms with our mobile app. Nurses save an "
        "hour a shift and the billing office closes the month two days sooner."),
    "release-notes.txt": (
        "Release notes, spring\n\n"
        "This release adds a help centre, faster exports and a dark theme. It also fixes "
        "the weekly digest email and helps admins manage users in bulk."),
}


@pytest.fixture()
def library_of_files(library: Library, tmp_path: Path) -> Library:
    folder = tmp_path / "files"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    # A marketer's manifest: the tags a person gave, so the phrases the taxonomy has
    # for them can be asked for by name.
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as manifest:
        csv.writer(manifest).writerows([
            ["file", "kind", "objections", "industry"],
            ["legacy-exit.txt", "one_pager", "switching", ""],
            ["clinic-story.txt", "case_study", "", "healthcare"],
            ["onboarding-plan.txt", "one_pager", "implementation", ""],
        ])
    library.imports.run([folder])
    return library


def names(response) -> list[str]:  # noqa: ANN001
    return [hit.source_name for hit in response.hits]


def test_an_asset_lacking_one_word_still_ranks_first(library_of_files: Library) -> None:
    """'take' is in no file: every-word matching found nothing, then any-word matching
    ranked all five files alike."""
    response = library_of_files.search.search(
        SearchRequest(text="how long does implementation take"))
    assert names(response)[0] == "onboarding-plan.txt"
    assert not response.partial and not response.hits[0].partial


def test_a_search_about_absent_content_is_partial(library_of_files: Library) -> None:
    response = library_of_files.search.search(SearchRequest(text="kubernetes release"))
    assert response.partial and response.hits
    assert all(hit.partial for hit in response.hits)
    assert response.found == 0
    assert response.corrected is None
    # "helm" is one letter from "help", a word that says nothing: no near miss, no
    # "did you mean kubernetes help chart?"
    helm = library_of_files.search.search(SearchRequest(text="kubernetes helm chart"))
    assert helm.total == 0 and helm.partial and helm.corrected is None
    nothing = library_of_files.search.search(SearchRequest(text="zyzzyva quorble"))
    assert nothing.total == 0 and nothing.partial and nothing.hits == ()


def test_a_taxonomy_phrase_reaches_tagged_assets(library_of_files: Library) -> None:
    """No file says "rip and replace": the switching objection's phrase finds the asset
    tagged with it, and the search is not partial."""
    response = library_of_files.search.search(SearchRequest(text="rip and replace"))
    assert names(response)[0] == "legacy-exit.txt"
    assert not response.partial
    both = library_of_files.search.search(SearchRequest(text="healthcare case study"))
    assert names(both)[0] == "clinic-story.txt" and not both.partial


def test_an_abbreviation_reaches_its_words(library_of_files: Library) -> None:
    response = library_of_files.search.search(SearchRequest(text="tco"))
    assert names(response) == ["cost-model.txt"] and not response.partial


def test_a_correction_keeps_the_words_that_named_tags(library_of_files: Library) -> None:
    response = library_of_files.search.search(SearchRequest(text="case study paperles"))
    assert response.corrected == "case study paperless"


def test_json_says_partial_and_the_log_counts_it_as_found_nothing(
        library_of_files: Library) -> None:
    folder = library_of_files.path

    def search(*words: str) -> dict:
        done = run_main("search", "--json", *words, library=folder)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    answer = search("kubernetes", "release")
    assert answer["partial"] is True and answer["total"] == len(answer["hits"]) > 0
    assert all(hit["partial"] for hit in answer["hits"])
    nothing = search("zyzzyva")
    assert nothing["total"] == 0 and nothing["partial"] is True
    assert search("implementation", "plan")["partial"] is False
    text = run_main("search", "kubernetes release", library=folder).stdout
    assert "No asset matches" in text and "enablement request" in text
    with library_of_files.sessions() as session:
        from enablement.search.search_log import recent

        logged = {entry.text: entry.result_count for entry in recent(session)}
    assert logged["kubernetes release"] == 0
    assert logged["zyzzyva"] == 0
    assert logged["implementation plan"] > 0
