"""The one way the window runs slow work: a plain function on a worker thread.

A job is ``fn(ctx) -> result`` where ``ctx`` carries a cancel flag and a ``progress``
callback. The worker only *records* its latest progress; a timer on the GUI thread paints
it every ~120 ms, so a job reporting 10,000 times a second costs the window nothing.
Results and failures arrive on the GUI thread through queued signals. A ``Cancelled``
raised by the job is swallowed quietly; any other exception goes to ``on_failure`` or, if
none is given, to the runner's error handler (the error dialog).

Lanes keep writes one at a time: each lane is a QThreadPool, so the "write" lane with
one thread serialises imports and tag edits while the "read" lane serves searches.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

from enablement.errors import Cancelled

log = logging.getLogger(__name__)

T = TypeVar("T")
PROGRESS_PAINT_MS = 120


@dataclass
class JobContext:
    """What a job sees: a cancel flag to check and a cheap progress callback."""

    cancel: threading.Event = field(default_factory=threading.Event)
    _latest: Any = None
    _stamp: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def progress(self, value: Any) -> None:
        with self._lock:
            self._latest = value
            self._stamp += 1

    def check(self) -> None:
        if self.cancel.is_set():
            raise Cancelled

    def latest(self) -> tuple[int, Any]:
        with self._lock:
            return self._stamp, self._latest


class _Carrier(QObject):
    """Carries a job's outcome from the worker to the GUI thread.

    It is parented to an object on the GUI thread and deleted there with deleteLater(),
    so the worker dropping its reference can never destroy it on the wrong thread; its
    own slots receive the signals, so delivery is always queued to the GUI thread.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, job: Job[Any], parent: QObject) -> None:
        super().__init__(parent)
        self.job: Job[Any] | None = job
        queued = Qt.ConnectionType.QueuedConnection
        self.succeeded.connect(self._succeeded, queued)
        self.failed.connect(self._failed, queued)
        self.cancelled.connect(self._cancelled, queued)
        self.finished.connect(self._finished, queued)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        if self.job is not None:
            self.job._succeeded(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        if self.job is not None:
            self.job._failed(exc)

    @Slot()
    def _cancelled(self) -> None:
        if self.job is not None:
            self.job._cancelled()

    @Slot()
    def _finished(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job._finished()
        self.deleteLater()


class _Task(QRunnable):
    def __init__(self, fn: Callable[[JobContext], Any], ctx: JobContext, carrier: _Carrier):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._ctx, self._carrier = fn, ctx, carrier

    def run(self) -> None:  # on the worker thread
        try:
            result = self._fn(self._ctx)
        except (Cancelled, KeyboardInterrupt):
            self._carrier.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI
            log.exception("Background job failed")
            self._carrier.failed.emit(exc)
        else:
            self._carrier.succeeded.emit(result)
        finally:
            self._carrier.finished.emit()


class Job(Generic[T]):
    """A submitted job; chain handlers before the event loop runs again."""

    def __init__(self, runner: Runner, fn: Callable[[JobContext], T], lane: str) -> None:
        self.runner = runner
        self.ctx = JobContext()
        self.lane = lane
        self._fn = fn
        self._carrier = _Carrier(self, runner.owner)
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._on_progress: Callable[[Any], None] | None = None
        self._on_finished: list[Callable[[], None]] = []
        self._timer: QTimer | None = None
        self._painted_stamp = 0
        self.started_at = time.perf_counter()
        self.done = False

    # -- chaining -----------------------------------------------------------------------

    def on_success(self, handler: Callable[[T], None]) -> Job[T]:
        self._on_success = handler
        return self

    def on_failure(self, handler: Callable[[BaseException], None]) -> Job[T]:
        self._on_failure = handler
        return self

    def on_cancel(self, handler: Callable[[], None]) -> Job[T]:
        self._on_cancel = handler
        return self

    def on_finished(self, handler: Callable[[], None]) -> Job[T]:
        self._on_finished.append(handler)
        return self

    def with_progress(self, handler: Callable[[Any], None]) -> Job[T]:
        """``handler`` gets the latest progress value at most every ~120 ms."""
        self._on_progress = handler
        return self

    def cancel(self) -> None:
        self.ctx.cancel.set()

    # -- running ------------------------------------------------------------------------

    def start(self) -> Job[T]:
        carrier = self._carrier
        if self._on_progress is not None:
            self._timer = QTimer(carrier)
            self._timer.setInterval(PROGRESS_PAINT_MS)
            self._timer.timeout.connect(self._paint_progress)
            self._timer.start()
        self.runner.track(self)
        self.runner.pool(self.lane).start(_Task(self._fn, self.ctx, carrier))
        return self

    def _paint_progress(self) -> None:
        stamp, value = self.ctx.latest()
        if stamp != self._painted_stamp and self._on_progress is not None:
            self._painted_stamp = stamp
            self._on_progress(value)

    def _succeeded(self, result: T) -> None:
        if self.runner.stopped:
            return  # the window closed: its widgets are gone
        self._paint_progress()
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        if self.runner.stopped:
            return
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            self.runner.report_error(exc)

    def _cancelled(self) -> None:
        if self._on_cancel is not None and not self.runner.stopped:
            self._on_cancel()

    def _finished(self) -> None:
        self.done = True
        if self._timer is not None:
            self._timer.stop()
        for handler in () if self.runner.stopped else self._on_finished:
            handler()
        self.runner.untrack(self)


class Runner:
    """Owns the worker lanes; every background job in the window goes through ``run``."""

    # "warm" reads the index ahead at start-up; it yields the index between words.
    # "insights" keeps a second-long aggregation from holding up a search.
    # "sync" talks to the hub: the network never holds up anything else.
    # "roi" compiles and recomputes calculators while the rep types.
    # "repair" waits for a damaged search index to be rebuilt, then searches again.
    LANES = {"read": 1, "write": 1, "preview": 1, "warm": 1, "insights": 1, "sync": 1,
             "roi": 1, "repair": 1}

    def __init__(self, on_error: Callable[[BaseException], None]) -> None:
        self.owner = QObject()  # parent of every carrier; lives on the GUI thread
        self._pools: dict[str, QThreadPool] = {}
        for name, threads in self.LANES.items():
            pool = QThreadPool()
            pool.setMaxThreadCount(threads)
            self._pools[name] = pool
        self._on_error = on_error
        self._jobs: set[Job[Any]] = set()
        # Set by shutdown: results still queued for the GUI thread are dropped, since the
        # window that asked has deleted the widgets they would paint.
        self.stopped = False

    def run(self, fn: Callable[[JobContext], T], lane: str = "read") -> Job[T]:
        """Prepare ``fn``; call ``.start()`` after chaining the handlers."""
        if lane not in self._pools:
            raise ValueError(f"unknown lane {lane}")
        return Job(self, fn, lane)

    def pool(self, lane: str) -> QThreadPool:
        return self._pools[lane]

    def track(self, job: Job[Any]) -> None:
        self._jobs.add(job)  # keep the carrier alive until its signals are delivered

    def untrack(self, job: Job[Any]) -> None:
        self._jobs.discard(job)

    def busy(self) -> bool:
        return bool(self._jobs)

    def report_error(self, exc: BaseException) -> None:
        self._on_error(exc)

    def shutdown(self, wait_ms: int = 30_000) -> None:
        """Cancel everything and wait, so no worker touches a closed library; nothing
        is delivered to the window after this."""
        self.stopped = True
        for job in list(self._jobs):
            job.cancel()
        for pool in self._pools.values():
            pool.clear()
            pool.waitForDone(wait_ms)
