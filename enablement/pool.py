"""Text extraction in worker processes, each file under a hard time limit.

A parser stuck on a hostile file cannot be interrupted from inside Python, so each
file is read in a worker process that the importer kills when its deadline passes; a
new worker takes its place and the rest of the batch goes on. Workers are forked from
a clean ``forkserver`` process (cheap to start, and never a fork of a process running
Qt threads), cap their own memory, and ignore Ctrl-C so the importer decides what a
Ctrl-C means.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from enablement.errors import Cancelled
from enablement.extract import Extracted, ExtractionFailed, Limits, extract_file

log = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT_S = 30.0
DEFAULT_MEMORY_LIMIT_MB = 3072


@dataclass(frozen=True)
class Outcome:
    path: Path
    extracted: Extracted | None
    reason: str | None  # set when extraction failed


def _worker_main(conn: Connection, limits: Limits, memory_limit_mb: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import resource

        cap = memory_limit_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, ValueError, OSError):
        pass
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        path = Path(task)
        try:
            conn.send(("ok", extract_file(path, limits)))
        except ExtractionFailed as exc:
            conn.send(("failed", str(exc)))
        except MemoryError:
            conn.send(("failed", "needs too much memory to read"))
        except Exception as exc:  # a bug, not the user's file: say so plainly
            log.exception("Unexpected error reading %s", path)
            conn.send(("failed", f"could not be read ({type(exc).__name__})"))


class _Worker:
    """One reader process with up to ``PREFETCH`` files handed to it.

    Two files in flight let a worker start the next file while the importer is busy
    writing, instead of idling until its last result is collected.
    """

    def __init__(self, context: multiprocessing.context.BaseContext, limits: Limits,
                 memory_limit_mb: int) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main, args=(child, limits, memory_limit_mb), daemon=True
        )
        self.process.start()
        child.close()
        self.inflight: deque[Path] = deque()
        self.deadline = 0.0

    def give(self, path: Path, time_limit: float) -> None:
        if not self.inflight:
            self.deadline = time.monotonic() + time_limit
        self.inflight.append(path)
        self.conn.send(str(path))

    def finished_head(self, time_limit: float) -> Path:
        """The file at the head is done; the next one's clock starts now."""
        path = self.inflight.popleft()
        self.deadline = time.monotonic() + time_limit
        return path

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(timeout=1)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.conn.close()


PREFETCH = 2


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["enablement.extract"])
        return context
    return multiprocessing.get_context("spawn")


class ExtractionPool:
    """Reads files in parallel; yields one :class:`Outcome` per file as each finishes."""

    def __init__(
        self,
        workers: int | None = None,
        time_limit: float = DEFAULT_TIME_LIMIT_S,
        limits: Limits | None = None,
        memory_limit_mb: int = DEFAULT_MEMORY_LIMIT_MB,
    ) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.time_limit = time_limit
        self.limits = limits or Limits()
        self.memory_limit_mb = memory_limit_mb

    def run(
        self, paths: Iterable[Path], cancel: threading.Event | None = None
    ) -> Iterator[Outcome]:
        queue = deque(paths)
        if not queue:
            return
        context = _context()
        workers: list[_Worker] = []
        try:
            while queue or any(w.inflight for w in workers):
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                self._hand_out(queue, workers, context)
                busy = [w for w in workers if w.inflight]
                now = time.monotonic()
                timeout = max(0.0, min(min(w.deadline for w in busy) - now, 0.25))
                ready = set(wait([w.conn for w in busy], timeout=timeout))
                for worker in busy:
                    outcome, healthy = self._collect(worker, ready)
                    if outcome is None:
                        continue
                    if not healthy:
                        # Files queued behind the one that failed go back to the front.
                        queue.extendleft(reversed(worker.inflight))
                        worker.inflight.clear()
                        worker.kill()
                        workers.remove(worker)
                    yield outcome
        finally:
            for worker in workers:
                if worker.inflight:
                    worker.kill()
                else:
                    worker.stop()

    def _hand_out(self, queue: deque[Path], workers: list[_Worker],
                  context: multiprocessing.context.BaseContext) -> None:
        while queue and len(workers) < self.workers:
            workers.append(_Worker(context, self.limits, self.memory_limit_mb))
        for depth in range(1, PREFETCH + 1):
            for worker in workers:
                if queue and len(worker.inflight) < depth:
                    worker.give(queue.popleft(), self.time_limit)

    def _collect(self, worker: _Worker, ready: set) -> tuple[Outcome | None, bool]:
        """The worker's next outcome if it has one (or ran out of time), and if it lives on."""
        if worker.conn in ready:
            try:
                status, payload = worker.conn.recv()
            except (EOFError, OSError):
                path = worker.finished_head(self.time_limit)
                return Outcome(path, None, "the reader crashed on this file"), False
            path = worker.finished_head(self.time_limit)
            if status == "ok":
                return Outcome(path, payload, None), True
            return Outcome(path, None, payload), True
        if time.monotonic() >= worker.deadline:
            path = worker.finished_head(self.time_limit)
            limit = f"{self.time_limit:g}"
            log.warning("Reading %s took longer than %s s; stopped it", path, limit)
            return Outcome(path, None, f"took longer than {limit} s to read"), False
        return None, True
