"""Two (and more) processes on one library lose nothing.

An import runs from the command line while other processes rate, search, tag and
report in loops and the window is open on the same folder, searching as a rep types.
Before writers took SQLite's write lock up front and commands stopped draining the
index, the same mix lost a third of the files ("could not be stored", "database is
locked") and failed searches; bench/bench_concurrency.py runs it at 2,000 files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import concurrent_use


@pytest.mark.slow
def test_an_import_beside_every_other_kind_of_use_loses_nothing(tmp_path: Path) -> None:
    library = tmp_path / "library"
    targets = concurrent_use.prepare(library, tmp_path / "seed")
    corpus = concurrent_use.make_corpus(tmp_path / "corpus", 240)
    verdict = concurrent_use.run(library, corpus, targets, tmp_path / "work")

    assert verdict.files == 240
    assert verdict.failed_files == []
    for loop in verdict.loops.values():
        assert loop.runs >= 2, loop.name  # each really ran beside the import
        assert loop.failures == [], loop.failures
    assert verdict.ratings_stored == verdict.ratings_expected
    assert verdict.index_matches, verdict.index_problems[:5]
    window = verdict.window
    assert window.get("failed") == 0 and window.get("errors") == [], window
    assert window["answered"] >= 3, window
