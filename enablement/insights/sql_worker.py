"""Read-only SQL in helper processes, so a report can use the second core.

Threads do not help here: two sqlite3 connections in one process contend with each
other (measured on this 2-core machine: two heavy GROUP BY queries take 0.63 s on two
threads against 0.50 s one after the other, and 0.26 s in two processes). So the
per-asset aggregates of Insights run in a small pool of processes, started once and
kept for the next report, each opening its own connection to the library file. Only
the SQL text, its parameters and the (aggregated, small) result rows cross over.

If a process cannot be started or dies, the queries run in the caller instead: slower,
never wrong.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import sqlite3
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

WORKERS = 2
MMAP_BYTES = 256 * 1024 * 1024  # read pages straight from the OS cache

Query = tuple[str, dict[str, Any]]
Rows = list[tuple[Any, ...]]

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None


def run(db_path: str, queries: list[Query]) -> list[Rows]:
    """Run ``queries`` on a fresh connection; this is what the helper processes do."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        conn.execute("PRAGMA temp_store=MEMORY")
        return [conn.execute(sql, params).fetchall() for sql, params in queries]
    finally:
        conn.close()


def _executor() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods else "spawn")
            _pool = ProcessPoolExecutor(max_workers=WORKERS, mp_context=context)
        return _pool


def _discard(pool: ProcessPoolExecutor) -> None:
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


class Pending:
    """Rows on their way from a helper process; ``result`` re-runs the queries here if
    the helper broke (killed, out of memory)."""

    def __init__(self, db_path: str, queries: list[Query], pool: ProcessPoolExecutor | None,
                 future: Future[list[Rows]] | None) -> None:
        self.db_path, self.queries, self.pool, self.future = db_path, queries, pool, future

    def result(self) -> list[Rows]:
        if self.future is not None and self.pool is not None:
            try:
                return self.future.result()
            except BrokenProcessPool as exc:
                log.warning("The SQL helper process died (%s); running here", exc)
                _discard(self.pool)
        return run(self.db_path, self.queries)


def submit(db_path: Path | str, queries: list[Query]) -> Pending:
    """Start ``queries`` in a helper process and return at once."""
    pool = None
    try:
        pool = _executor()
        return Pending(str(db_path), queries, pool, pool.submit(run, str(db_path), queries))
    except (OSError, RuntimeError, BrokenProcessPool) as exc:
        # BrokenProcessPool is a RuntimeError: a helper died; the next call starts anew.
        log.warning("No helper process for SQL (%s); running in this one", exc)
        if pool is not None:
            _discard(pool)
        return Pending(str(db_path), queries, None, None)


def shutdown() -> None:
    """Stop the helpers (also done at exit)."""
    with _lock:
        pool = _pool
    if pool is not None:
        _discard(pool)


atexit.register(shutdown)
