"""Ctrl-C (or SIGTERM) during a long command asks it to stop instead of raising in it.

Python raises ``KeyboardInterrupt`` wherever the main thread happens to be: inside a
Whoosh commit, a lock held with another thread (the extraction pool's feeder), a SQLite
transaction. The import can stop cleanly at the next file instead: the first signal
sets its cancel event (it keeps what it finished and exits 130), a second one raises
``KeyboardInterrupt`` for someone who does not want to wait.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def signals_cancel(cancel: threading.Event) -> Iterator[threading.Event]:
    """While inside, the first Ctrl-C or SIGTERM sets ``cancel``; the next one raises
    KeyboardInterrupt. Off the main thread (signals cannot be caught there) nothing
    changes."""
    if threading.current_thread() is not threading.main_thread():
        yield cancel
        return

    def stop(_signum: int, _frame: FrameType | None) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()

    before = {number: signal.signal(number, stop) for number in SIGNALS}
    try:
        yield cancel
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)
