"""Helper processes for read-only SQL: same rows as in-process, and a killed helper
costs time, never an answer."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

import pytest

from enablement.insights import sql_worker

QUERIES = [("SELECT kind, COUNT(*), SUM(n) FROM t WHERE n >= :lo GROUP BY kind ORDER BY kind",
            {"lo": 2}),
           ("SELECT MAX(n) FROM t", {})]
EXPECTED = [[("a", 2, 5), ("b", 1, 4)], [(4,)]]


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "t.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE t (kind TEXT, n INTEGER)")
        conn.executemany("INSERT INTO t VALUES (?, ?)",
                         [("a", 1), ("a", 2), ("a", 3), ("b", 4)])
    return path


def test_rows_from_a_helper_equal_rows_read_here(db: Path) -> None:
    pending = sql_worker.submit(db, QUERIES)
    assert pending.future is not None  # it really went to a helper
    assert pending.result() == EXPECTED == sql_worker.run(str(db), QUERIES)
    helpers = sql_worker._executor()._processes  # noqa: SLF001 - the pool's own record
    assert helpers and os.getpid() not in helpers


def test_a_killed_helper_costs_time_not_the_answer(db: Path) -> None:
    assert sql_worker.submit(db, QUERIES).result() == EXPECTED
    pool = sql_worker._executor()
    for pid in list(pool._processes):  # noqa: SLF001
        os.kill(pid, signal.SIGKILL)
    answers = [sql_worker.submit(db, QUERIES).result() for _ in range(3)]
    assert answers == [EXPECTED] * 3
    assert sql_worker._executor() is not pool  # a fresh pool took over
    assert sql_worker.submit(db, QUERIES).future is not None
