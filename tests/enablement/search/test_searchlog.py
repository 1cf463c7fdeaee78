"""The search log: searches with filters and counts, and whether a result was opened."""

from __future__ import annotations

from datetime import datetime

from enablement.feedback import usage
from enablement.library import Library
from enablement.search import search_log as searchlog
from tests.commands import run_main


def test_log_and_opened_flag(demo_library: Library) -> None:
    with demo_library.sessions.begin() as session:
        first = searchlog.record(session, "Dana", " pricing ", {"stage": ["decision"]},
                                 "relevance", 7, when=datetime(2026, 11, 1, 9))
        searchlog.record(session, "", "soc 3 report", {}, "relevance", 0,
                         when=datetime(2026, 11, 1, 10))
        usage.record(session, [1], "Dana", "opened", search_id=first)
    with demo_library.sessions() as session:
        newest, oldest = searchlog.recent(session)
    assert (newest.text, newest.result_count, newest.opened, newest.user_name) == (
        "soc 3 report", 0, False, usage.ANONYMOUS)
    assert (oldest.text, oldest.filters, oldest.result_count, oldest.opened) == (
        "pricing", {"stage": ["decision"]}, 7, True)


def test_command_line_searches_are_logged(tmp_path) -> None:  # noqa: ANN001
    lib = tmp_path / "lib"
    run = run_main("search", "anything", "--stage", "decision", library=lib, timeout=120)
    assert run.returncode == 0, run.stderr
    with Library.open(lib) as library, library.sessions() as session:
        (entry,) = searchlog.recent(session)
    assert (entry.text, entry.filters, entry.result_count) == (
        "anything", {"stage": ["decision"]}, 0)
