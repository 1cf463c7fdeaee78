"""Text extraction in worker processes, each file under a hard time limit.

A parser stuck on a hostile file cannot be interrupted from inside Python, so each
file is read in a worker process that the importer kills when its deadline passes; a
new worker takes its place and the rest of the batch goes on. Workers are forked from
a clean ``forkserver`` process (cheap to start, and never a fork of a process running
Qt threads), cap their own memory, and ignore Ctrl-C so the importer decides what a
Ctrl-C means.

A file is timed only while a worker really reads it. The worker says when it begins
each file (``time.monotonic()`` reads CLOCK_MONOTONIC, one clock for every process on
the machine), so a file handed out ahead of time is not timed while it waits its turn.
And the pool makes no decision on what it saw before it last yielded: the consumer (the
importer writing a batch) may keep it waiting for longer than any time limit, during
which the workers go on finishing files. Before calling a file too slow, the pool reads
whatever its worker has sent meanwhile.
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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from enablement.errors import Cancelled
from enablement.imports.extract import (
    Extracted,
    ExtractionFailed,
    Limits,
    extract_file,
    path_text,
    warm_up,
)

log = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT_S = 30.0
DEFAULT_MEMORY_LIMIT_MB = 3072
START_GRACE_S = 10.0  # how long a new worker may take to begin its first file
PREFETCH = 2
WAKE_S = 0.25  # check for Ctrl-C (the cancel event) at least this often

# Reads one file in a worker; a module-level function, so it can be sent to the worker.
Reader = Callable[[Path, Limits], Extracted]


@dataclass(frozen=True)
class Outcome:
    path: Path
    extracted: Extracted | None
    reason: str | None  # set when extraction failed


def _worker_main(conn: Connection, limits: Limits, memory_limit_mb: int,
                 reader: Reader) -> None:
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
        warm_up(path)  # loading a parser module is not reading the file
        conn.send(("began", time.monotonic()))
        try:
            conn.send(("ok", reader(path, limits)))
        except ExtractionFailed as exc:
            conn.send(("failed", str(exc)))
        except MemoryError:
            conn.send(("failed", "needs too much memory to read"))
        except Exception as exc:  # a bug, not the user's file: say so plainly
            log.exception("Unexpected error reading %s", path_text(path))
            conn.send(("failed", f"could not be read ({type(exc).__name__})"))


class _Worker:
    """One reader process with up to ``PREFETCH`` files handed to it.

    Two files in flight let a worker start the next file while the importer is busy
    writing, instead of idling until its last result is collected. Only the head of
    ``inflight`` is being read; ``began`` is when the worker said it began it.
    """

    def __init__(self, context: multiprocessing.context.BaseContext, limits: Limits,
                 memory_limit_mb: int, reader: Reader) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main, args=(child, limits, memory_limit_mb, reader), daemon=True
        )
        self.process.start()
        child.close()
        self.inflight: deque[Path] = deque()
        self.began: float | None = None
        self.head_since = time.monotonic()  # when the head became the next file to read

    def give(self, path: Path) -> None:
        if not self.inflight:
            self.began, self.head_since = None, time.monotonic()
        self.inflight.append(path)
        self.conn.send(str(path))

    def deadline(self, time_limit: float) -> float:
        if self.began is not None:
            return self.began + time_limit
        return self.head_since + time_limit + START_GRACE_S

    def finished_head(self) -> Path:
        """The file at the head is done; the next one is timed once the worker begins it."""
        path = self.inflight.popleft()
        self.began, self.head_since = None, time.monotonic()
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


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["enablement.imports.extract"])
        return context
    return multiprocessing.get_context("spawn")


class ExtractionPool:
    """Reads files in parallel; yields one :class:`Outcome` per file as each finishes.

    ``reader`` is what a worker runs on each file: :func:`extract_file`, or (in tests) a
    module-level function that behaves like a slow or stuck parser.
    """

    def __init__(
        self,
        workers: int | None = None,
        time_limit: float = DEFAULT_TIME_LIMIT_S,
        limits: Limits | None = None,
        memory_limit_mb: int = DEFAULT_MEMORY_LIMIT_MB,
        reader: Reader = extract_file,
    ) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.time_limit = time_limit
        self.limits = limits or Limits()
        self.memory_limit_mb = memory_limit_mb
        self.reader = reader

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
                # Decided on fresh readings only; yielding may pause us for a long time.
                yield from self._next_outcomes(queue, workers)
        finally:
            for worker in workers:
                if worker.inflight:
                    worker.kill()
                else:
                    worker.stop()

    def _hand_out(self, queue: deque[Path], workers: list[_Worker],
                  context: multiprocessing.context.BaseContext) -> None:
        while queue and len(workers) < self.workers:
            workers.append(_Worker(context, self.limits, self.memory_limit_mb, self.reader))
        for depth in range(1, PREFETCH + 1):
            for worker in workers:
                if queue and len(worker.inflight) < depth:
                    worker.give(queue.popleft())

    def _next_outcomes(self, queue: deque[Path], workers: list[_Worker]) -> list[Outcome]:
        """Wait a little for any worker, then everything the workers have finished, and
        the files that ran out of time; a failed worker is replaced on the next round."""
        busy = [w for w in workers if w.inflight]
        now = time.monotonic()
        nearest = min(w.deadline(self.time_limit) for w in busy)
        wait([w.conn for w in busy], timeout=max(0.0, min(nearest - now, WAKE_S)))
        outcomes: list[Outcome] = []
        for worker in busy:
            healthy = self._drain(worker, outcomes)
            if healthy and worker.inflight and time.monotonic() >= worker.deadline(
                    self.time_limit):
                outcomes.append(self._too_slow(worker))
                healthy = False
            if not healthy:
                # Files queued behind the one that failed go back to the front.
                queue.extendleft(reversed(worker.inflight))
                worker.inflight.clear()
                worker.kill()
                workers.remove(worker)
        return outcomes

    def _drain(self, worker: _Worker, outcomes: list[Outcome]) -> bool:
        """Read every message the worker has sent; False if it died on its head file."""
        while worker.inflight and worker.conn.poll():
            try:
                status, payload = worker.conn.recv()
            except (EOFError, OSError):
                path = worker.finished_head()
                outcomes.append(Outcome(path, None, "the reader crashed on this file"))
                return False
            if status == "began":
                worker.began = payload
            elif status == "ok":
                outcomes.append(Outcome(worker.finished_head(), payload, None))
            else:
                outcomes.append(Outcome(worker.finished_head(), None, payload))
        return True

    def _too_slow(self, worker: _Worker) -> Outcome:
        started = worker.began is not None
        path = worker.finished_head()
        limit = f"{self.time_limit:g}"
        if not started:
            log.warning("The reader for %s did not start; stopped it", path_text(path))
            return Outcome(path, None, "the reader did not start; import it again")
        log.warning("Reading %s took longer than %s s; stopped it", path_text(path), limit)
        return Outcome(path, None, f"took longer than {limit} s to read")
