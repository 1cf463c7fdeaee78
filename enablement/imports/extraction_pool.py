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
Before calling a file too slow, the pool reads whatever its worker has sent meanwhile.

The workers are fed by a thread of the importer's process, not by the consumer: while
the importer writes a batch or fills the search index (seconds, at times), the thread
goes on collecting what the workers finished and handing them the next files, so they
do not stand idle. What was read waits in a bounded buffer (``BUFFER_FILES`` files,
``BUFFER_CHARS`` characters of text) until the consumer takes it; a full buffer pauses
the hand-out, never the clock of a file being read.

A pool may also be given a ``prepare`` step (the importer's :class:`Preparer`: title,
summary and tag suggestions), sent to each worker once, with a small piece of data per
file (its manifest row). A worker runs it on each file it has read, after telling the
pool it has read it: the time limit is for reading, so a file is never failed for its
preparation. Preparing is an optimisation only: when it fails, runs out of its own
time, or the worker dies meanwhile, the file's outcome comes without it and the
importer's writer does that work itself, as it would without a ``prepare``.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue as queues
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
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
BUFFER_FILES = 256  # files read and waiting for the consumer, at most ...
BUFFER_CHARS = 50_000_000  # ... and their text (a few huge files fill it sooner)

# Reads one file in a worker; a module-level function, so it can be sent to the worker.
Reader = Callable[[Path, Limits], Extracted]
# Works out more from a file read (and the file's data given to ``run``); picklable.
Prepare = Callable[[Path, Extracted, object], object]


@dataclass(frozen=True)
class Outcome:
    path: Path
    extracted: Extracted | None
    reason: str | None  # set when extraction failed
    prepared: object | None = None  # what ``prepare`` made of it, when it could


def _worker_main(conn: Connection, limits: Limits, memory_limit_mb: int,
                 reader: Reader, prepare: Prepare | None = None) -> None:
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
        name, data = task
        path = Path(name)
        warm_up(path)  # loading a parser module is not reading the file
        conn.send(("began", time.monotonic()))
        try:
            extracted = reader(path, limits)
        except ExtractionFailed as exc:
            conn.send(("failed", str(exc)))
            continue
        except MemoryError:
            conn.send(("failed", "needs too much memory to read"))
            continue
        except Exception as exc:  # a bug, not the user's file: say so plainly
            log.exception("Unexpected error reading %s", path_text(path))
            conn.send(("failed", f"could not be read ({type(exc).__name__})"))
            continue
        if prepare is None:
            conn.send(("ok", extracted))
            continue
        conn.send(("read", (extracted, time.monotonic())))
        conn.send(("prepared", _prepared(prepare, path, extracted, data)))


def _prepared(prepare: Prepare, path: Path, extracted: Extracted, data: object) -> object:
    """``prepare``'s result, or None when it failed: the writer does that work then."""
    try:
        return prepare(path, extracted, data)
    except Exception:  # MemoryError included: the writer has no memory cap
        log.debug("Could not prepare %s in the reader", path_text(path), exc_info=True)
        return None


class _Worker:
    """One reader process with up to ``PREFETCH`` files handed to it.

    Two files in flight let a worker start the next file while its last result is
    collected, instead of idling until the pool has read it. Only the head of
    ``inflight`` is being read; ``began`` is when the worker said it began it. Once the
    worker has read the head and prepares it, ``read`` holds what it read and
    ``read_at`` when.
    """

    def __init__(self, context: multiprocessing.context.BaseContext, limits: Limits,
                 memory_limit_mb: int, reader: Reader, prepare: Prepare | None) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main, args=(child, limits, memory_limit_mb, reader, prepare),
            daemon=True,
        )
        self.process.start()
        child.close()
        self.inflight: deque[Path] = deque()
        self.began: float | None = None
        self.head_since = time.monotonic()  # when the head became the next file to read
        self.read: Extracted | None = None
        self.read_at = 0.0

    def give(self, path: Path, data: object = None) -> None:
        if not self.inflight:
            self.began, self.head_since = None, time.monotonic()
        self.inflight.append(path)
        self.conn.send((str(path), data))

    def deadline(self, time_limit: float) -> float:
        if self.read is not None:  # preparing: as long again as reading may take
            return self.read_at + time_limit
        if self.began is not None:
            return self.began + time_limit
        return self.head_since + time_limit + START_GRACE_S

    def finished_head(self) -> Path:
        """The file at the head is done; the next one is timed once the worker begins it."""
        path = self.inflight.popleft()
        self.began, self.head_since = None, time.monotonic()
        self.read = None
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


_DONE = object()  # the feeding thread has finished


@dataclass(frozen=True)
class _Failed:
    """An error in the feeding thread, raised to the consumer."""

    error: BaseException


class _Buffer:
    """Outcomes waiting for the consumer, and how much text they hold."""

    def __init__(self) -> None:
        self._items: queues.Queue[object] = queues.Queue()
        self._lock = threading.Condition()
        self._files = 0
        self._chars = 0

    def put(self, item: object) -> None:
        if isinstance(item, Outcome):
            with self._lock:
                self._files += 1
                self._chars += _chars(item)
        self._items.put(item)

    def take(self, timeout: float) -> object:
        item = self._items.get(timeout=timeout)
        if isinstance(item, Outcome):
            with self._lock:
                self._files -= 1
                self._chars -= _chars(item)
                self._lock.notify_all()
        return item

    def has_room(self) -> bool:
        with self._lock:
            return self._files < BUFFER_FILES and self._chars < BUFFER_CHARS

    def wait_for_room(self, timeout: float) -> None:
        with self._lock:
            if self._files >= BUFFER_FILES or self._chars >= BUFFER_CHARS:
                self._lock.wait(timeout)


def _chars(outcome: Outcome) -> int:
    return len(outcome.extracted.text) if outcome.extracted is not None else 0


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # What every worker imports, loaded once: the readers, and what prepares a file.
        context.set_forkserver_preload(["enablement.imports.extract",
                                        "enablement.imports.prepared"])
        return context
    return multiprocessing.get_context("spawn")


class ExtractionPool:
    """Reads files in parallel; yields one :class:`Outcome` per file as each finishes.

    ``reader`` is what a worker runs on each file: :func:`extract_file`, or (in tests) a
    module-level function that behaves like a slow or stuck parser. ``prepare``, when
    given, runs on each file read, with the file's entry in ``run``'s ``data``; its
    result is the outcome's ``prepared`` (None when it could not be had).
    """

    def __init__(
        self,
        workers: int | None = None,
        time_limit: float = DEFAULT_TIME_LIMIT_S,
        limits: Limits | None = None,
        memory_limit_mb: int = DEFAULT_MEMORY_LIMIT_MB,
        reader: Reader = extract_file,
        prepare: Prepare | None = None,
    ) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.time_limit = time_limit
        self.limits = limits or Limits()
        self.memory_limit_mb = memory_limit_mb
        self.reader = reader
        self.prepare = prepare

    def run(
        self, paths: Iterable[Path], cancel: threading.Event | None = None,
        data: Mapping[Path, object] | None = None,
    ) -> Iterator[Outcome]:
        """Outcomes as the files finish; raises Cancelled once ``cancel`` is set. Closing
        the iterator stops the workers (what they were reading is dropped)."""
        todo = deque(paths)
        if not todo:
            return
        buffer = _Buffer()
        stop = threading.Event()
        feeder = threading.Thread(
            target=self._feed, args=(todo, data or {}, cancel, stop, buffer),
            name="extraction-pool", daemon=True)
        feeder.start()
        try:
            while True:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                try:
                    item = buffer.take(WAKE_S)
                except queues.Empty:
                    continue
                if item is _DONE:
                    if cancel is not None and cancel.is_set():
                        raise Cancelled()  # it stopped for the cancel, not at the end
                    return
                if isinstance(item, _Failed):
                    raise item.error
                yield item
        finally:
            stop.set()
            feeder.join()

    def _feed(self, todo: deque[Path], data: Mapping[Path, object],
              cancel: threading.Event | None, stop: threading.Event,
              buffer: _Buffer) -> None:
        """The feeding thread: hand out files while the buffer has room, collect the
        outcomes into it; ``_DONE`` (or the error) last."""
        context = _context()
        workers: list[_Worker] = []
        try:
            while todo or any(w.inflight for w in workers):
                if stop.is_set() or (cancel is not None and cancel.is_set()):
                    return
                if buffer.has_room():
                    self._hand_out(todo, workers, context, data)
                if not any(w.inflight for w in workers):
                    buffer.wait_for_room(WAKE_S)  # everything read waits for the consumer
                    continue
                for outcome in self._next_outcomes(todo, workers):
                    buffer.put(outcome)
        except BaseException as exc:  # noqa: BLE001 - the consumer raises it
            buffer.put(_Failed(exc))
        finally:
            for worker in workers:
                if worker.inflight:
                    worker.kill()
                else:
                    worker.stop()
            buffer.put(_DONE)

    def _hand_out(self, queue: deque[Path], workers: list[_Worker],
                  context: multiprocessing.context.BaseContext,
                  data: Mapping[Path, object]) -> None:
        while queue and len(workers) < self.workers:
            workers.append(_Worker(context, self.limits, self.memory_limit_mb, self.reader,
                                   self.prepare))
        for depth in range(1, PREFETCH + 1):
            for worker in workers:
                if queue and len(worker.inflight) < depth:
                    path = queue.popleft()
                    worker.give(path, data.get(path))

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
                read = worker.read
                path = worker.finished_head()
                if read is not None:  # it died preparing: the file was read all the same
                    outcomes.append(Outcome(path, read, None))
                else:
                    outcomes.append(Outcome(path, None, "the reader crashed on this file"))
                return False
            if status == "began":
                worker.began = payload
            elif status == "read":
                worker.read, worker.read_at = payload
            elif status == "prepared":
                read = worker.read
                outcomes.append(Outcome(worker.finished_head(), read, None, payload))
            elif status == "ok":
                outcomes.append(Outcome(worker.finished_head(), payload, None))
            else:
                outcomes.append(Outcome(worker.finished_head(), None, payload))
        return True

    def _too_slow(self, worker: _Worker) -> Outcome:
        if worker.read is not None:  # read in time; only preparing it took too long
            read = worker.read
            path = worker.finished_head()
            log.info("Preparing %s took too long in the reader; the writer does it",
                     path_text(path))
            return Outcome(path, read, None)
        started = worker.began is not None
        path = worker.finished_head()
        limit = f"{self.time_limit:g}"
        if not started:
            log.warning("The reader for %s did not start; stopped it", path_text(path))
            return Outcome(path, None, "the reader did not start; import it again")
        log.warning("Reading %s took longer than %s s; stopped it", path_text(path), limit)
        return Outcome(path, None, f"took longer than {limit} s to read")
