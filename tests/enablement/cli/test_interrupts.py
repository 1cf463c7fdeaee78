"""Ctrl-C during an import asks it to stop; a second Ctrl-C stops it at once."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from enablement.cli.interrupts import signals_cancel


def _signal_self(number: int) -> None:
    os.kill(os.getpid(), number)
    time.sleep(0.05)  # Python runs the handler between bytecodes: let it


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_the_first_signal_sets_the_event_and_raises_nothing(number: int) -> None:
    before = signal.getsignal(number)
    with signals_cancel(threading.Event()) as cancel:
        _signal_self(number)
        assert cancel.is_set()
        with pytest.raises(KeyboardInterrupt):
            _signal_self(number)
    assert signal.getsignal(number) is before


def test_off_the_main_thread_nothing_changes() -> None:
    seen: list[object] = []

    def run() -> None:
        with signals_cancel(threading.Event()):
            seen.append(signal.getsignal(signal.SIGINT))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert seen == [signal.getsignal(signal.SIGINT)]
