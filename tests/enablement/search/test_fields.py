"""Which words count where: the app's own summary (the body's first paragraph) is not
scored a second time, while a summary a person wrote is searched like any field."""

from __future__ import annotations

import csv
from pathlib import Path

from enablement.library import Library
from enablement.search.indexer import record_for
from enablement.search.service import SearchRequest
from enablement.store.models import Asset

FILLER = ("Teams compare options, ask colleagues and read the fine print before they sign "
          "anything at all. ")


def _write(folder: Path, name: str, paragraphs: list[str]) -> None:
    (folder / name).write_text("\n\n".join(paragraphs), encoding="utf-8")


def test_a_word_in_the_first_paragraph_counts_once(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    # Same length, the word once each: first thing said in one, last in the other.
    said = ("The quarterly ledger now closes itself, and everyone in finance sees the same "
            "numbers the moment the month ends.")
    other = ("Nothing else needs adding here today, and the rest of this note is about how "
             "people choose what they buy.")
    _write(folder, "early.txt", [said, FILLER * 6, other])
    _write(folder, "late.txt", [other, FILLER * 6, said])
    library.imports.run([folder])
    response = library.search.search(SearchRequest(text="ledger"))
    scores = {hit.source_name: hit.score for hit in response.hits}
    assert set(scores) == {"early.txt", "late.txt"}
    assert abs(scores["early.txt"] - scores["late.txt"]) < 1e-6 * scores["late.txt"]


def test_a_summary_a_person_wrote_is_searched(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    _write(folder, "brief.txt", ["A short brief about closing the books.", FILLER])
    _write(folder, "other.txt", ["Another document about closing the books.", FILLER])
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as manifest:
        csv.writer(manifest).writerows([["file", "summary"],
                                        ["brief.txt", "Send this when heliotrope comes up."]])
    library.imports.run([folder])
    found = library.search.search(SearchRequest(text="heliotrope"))
    assert [hit.source_name for hit in found.hits] == ["brief.txt"]
    taxonomy = library.catalog.taxonomy()
    with library.sessions() as session:
        assets = {a.source_name: a for a in session.query(Asset)}
        brief, other = (record_for(assets[name], taxonomy) for name in ("brief.txt",
                                                                        "other.txt"))
        assert assets["other.txt"].summary  # the app made one, from the first paragraph
    assert brief.summary == "Send this when heliotrope comes up."
    assert other.summary == ""  # ... which the body already holds
