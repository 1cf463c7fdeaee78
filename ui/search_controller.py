"""Search as you type without freezing: leading-edge debounce, latest request wins.

A keystroke after a quiet moment searches at once (no fixed delay to sit through); keys
typed faster than ``debounce_ms`` apart, or while a search is still running, collapse
into a single trailing search for the latest text. Stale results are never painted.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from enablement.api import SearchRequest, SearchResponse
from ui.runner import JobContext, Runner

DEBOUNCE_MS = 40


@dataclass(frozen=True)
class SearchOutcome:
    request: SearchRequest
    response: SearchResponse
    payload: object       # whatever ``prepare`` built on the worker (labelled rows)
    seconds: float


class SearchController(QObject):
    finished = Signal(object)   # SearchOutcome
    failed = Signal(object)     # exception
    busy_changed = Signal(bool)

    def __init__(
        self,
        runner: Runner,
        search: Callable[[SearchRequest], SearchResponse],
        prepare: Callable[[SearchResponse], object],
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__()
        self._runner = runner
        self._search = search
        self._prepare = prepare
        self.debounce_ms = debounce_ms
        self._pending: SearchRequest | None = None
        self._in_flight = False
        self._last_start = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start_pending)
        self.generation = 0

    @property
    def busy(self) -> bool:
        return self._in_flight or self._pending is not None

    def set_search(self, search: Callable[[SearchRequest], SearchResponse]) -> None:
        """Point at another library; results of the old one are dropped."""
        self._search = search
        self.generation += 1

    def submit(self, request: SearchRequest) -> None:
        self._pending = request
        if self._in_flight:
            return
        wait_ms = self.debounce_ms - (time.perf_counter() - self._last_start) * 1000
        if wait_ms <= 0:
            self._timer.stop()
            self._start_pending()
        elif not self._timer.isActive():
            self._timer.start(int(wait_ms) + 1)

    def _start_pending(self) -> None:
        if self._pending is None or self._in_flight:
            return
        request, self._pending = self._pending, None
        generation = self.generation
        search, prepare = self._search, self._prepare
        self._in_flight = True
        self._last_start = time.perf_counter()
        self.busy_changed.emit(True)

        def work(_ctx: JobContext) -> SearchOutcome:
            started = time.perf_counter()
            response = search(request)
            payload = prepare(response)
            return SearchOutcome(request, response, payload, time.perf_counter() - started)

        def done(outcome: SearchOutcome) -> None:
            if generation == self.generation and self._pending is None:
                self.finished.emit(outcome)

        def failed(exc: BaseException) -> None:
            if generation == self.generation and self._pending is None:
                self.failed.emit(exc)

        (self._runner.run(work, lane="read")
         .on_success(done).on_failure(failed).on_finished(self._settled).start())

    def _settled(self) -> None:
        self._in_flight = False
        if self._pending is not None:
            self.submit(self._pending)
        else:
            self.busy_changed.emit(False)
