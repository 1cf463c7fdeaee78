"""A damaged search index mends itself: rebuilt from the database in the background.

The index is derived data, so whatever goes wrong inside it (a bug in a fast path, a
file cut short by a crash or a full disk) is repaired by rebuilding it from the
database, which is the source of truth. A search that fails says so in plain words,
the details are logged once, and searches are answered again when the rebuild is done,
instead of the same failure coming back on every keystroke.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from enablement.errors import UserError

log = logging.getLogger(__name__)

RETRY_AFTER_S = 60.0  # after a rebuild failed, the next failing search tries again


class IndexRepairing(UserError):
    """The search could not run: the index is being (or could not be) rebuilt."""


REPAIRING = ("The search index needed repair and is being rebuilt from the library; "
             "searches work again in a moment. Nothing in the library was lost.")


class IndexRepair:
    """One background rebuild at a time, for the searches that find the index broken."""

    def __init__(self, rebuild: Callable[[], int]) -> None:
        self._rebuild = rebuild
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._failed_at: float | None = None
        self.last_error = ""
        self.repairs = 0  # rebuilds finished, for tests and the log

    def active(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive()

    def busy(self) -> IndexRepairing:
        return IndexRepairing(REPAIRING)

    def trouble(self, exc: BaseException) -> IndexRepairing:
        """A search failed inside the index: log it once, start the rebuild, and return
        the error the search should raise."""
        with self._lock:
            if self.active():
                return self.busy()
            if self._failed_at is not None and \
                    time.monotonic() - self._failed_at < RETRY_AFTER_S:
                return IndexRepairing(
                    f"The search index is damaged and could not be rebuilt "
                    f"({self.last_error}). Free some disk space or run 'main.py reindex'; "
                    "the library itself is unharmed.")
            log.error("A search failed inside the index; rebuilding it from the database",
                      exc_info=exc)
            self._thread = threading.Thread(target=self._run, name="index-repair",
                                            daemon=True)
            self._thread.start()
        return self.busy()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for a repair under way; True when none is left running."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return not self.active()

    def _run(self) -> None:
        try:
            count = self._rebuild()
        except Exception as exc:  # noqa: BLE001 - said at the next search, and logged
            self._failed_at = time.monotonic()
            self.last_error = str(exc) or type(exc).__name__
            log.exception("Rebuilding the search index failed")
            return
        self._failed_at = None
        self.last_error = ""
        self.repairs += 1
        log.info("Search index rebuilt: %d assets", count)
