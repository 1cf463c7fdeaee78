"""A calculator's worker process: the workbook compiled once, computed under limits.

A marketer's workbook is a program: ``=REPT("x", in_seats*100000)`` chained, or a huge
array formula, takes gigabytes and many seconds with the wrong numbers, and a formula
engine cannot be interrupted from inside Python. So, as for text extraction
(enablement.imports.extraction_pool), the engine runs in a worker process that caps its own memory
(RLIMIT_AS) and is killed when a compute passes its deadline; the caller gets a
CalculatorError in plain words and the next compute starts a fresh worker. One worker
per open calculator, loading the workbook once and answering each compute over a pipe,
keeps a recompute in milliseconds; a healthy worker whose calculator is closed waits
for the next workbook instead of ending.

Workers are forked from a clean ``forkserver`` process with the engine preloaded (cheap
to start, never a fork of a process running Qt threads). A process that may not have
children of its own (the import's reader processes are daemons) starts its worker as a
fresh interpreter instead. Either way the worker ignores Ctrl-C and, should its parent
be gone, ends itself: an alarm it cannot catch fires shortly after each deadline.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import threading
import weakref
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Protocol

from enablement.roi.fields import CalculatorError, ComputeLimits

log = logging.getLogger(__name__)

_ROOT = Path(__file__).resolve().parent.parent
_GRACE_S = 2.0          # the worker's own alarm, after the caller's deadline
_ADVICE = "check the inputs or ask marketing to simplify the workbook."


# -- in the worker -------------------------------------------------------------------------

def _serve(conn: Connection, memory_mb: int) -> None:
    """Answer ("load", path, seconds), then ("compute", values, seconds) until told to
    stop (None) or the caller is gone. A reply is (status, payload)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _cap_memory(memory_mb)
    logging.getLogger().addHandler(logging.NullHandler())  # the caller logs what matters
    compiled = None
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        kind, payload, seconds = request
        signal.setitimer(signal.ITIMER_REAL, seconds + _GRACE_S)  # SIGALRM ends the process
        try:
            compiled, reply, last = _answer(compiled, kind, payload)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        try:
            conn.send(reply)
        except OSError:
            return
        if last:
            return


def _answer(compiled: Any, kind: str, payload: Any) -> tuple[Any, tuple[str, Any], bool]:
    """(the compiled workbook, the reply, whether this worker is done for: after running
    out of memory or a bug, a fresh worker is the only sound state)."""
    try:
        from enablement.roi import engine as roi_engine
    except MemoryError:
        return compiled, ("memory", None), True
    try:
        if kind == "load":
            compiled = roi_engine.load(Path(payload))
            return compiled, ("ok", compiled.workbook), False
        return compiled, ("ok", compiled.compute(payload)), False
    except CalculatorError as exc:  # not a calculator: the worker can take the next one
        return None, ("refused", str(exc)), False
    except (MemoryError, roi_engine.OutOfMemory):
        return compiled, ("memory", None), True
    except Exception as exc:  # noqa: BLE001 - a bug, not the marketer's workbook: say so
        return compiled, ("failed", f"{type(exc).__name__}: {exc}"), True


def _cap_memory(memory_mb: int) -> None:
    try:
        import resource

        cap = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, ValueError, OSError):
        log.warning("The calculator's memory cannot be capped on this system")


def exec_main() -> None:
    """Entry point of a worker started as a fresh interpreter: argv is the socket's file
    descriptor and the memory cap in MB."""
    fd, memory_mb = int(sys.argv[1]), int(sys.argv[2])
    _serve(Connection(fd), memory_mb)


# -- in the caller -------------------------------------------------------------------------

class _Child(Protocol):
    def kill(self) -> None: ...
    def wait(self, timeout: float) -> int | None: ...


class _Forked:
    def __init__(self, process: multiprocessing.process.BaseProcess) -> None:
        self.process = process

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()

    def wait(self, timeout: float) -> int | None:
        self.process.join(timeout)
        return self.process.exitcode


class _Executed:
    def __init__(self, popen: subprocess.Popen) -> None:
        self.popen = popen

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.popen.kill()

    def wait(self, timeout: float) -> int | None:
        try:
            return self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            return None


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["enablement.roi.engine"])
        return context
    return multiprocessing.get_context("spawn")


def _start(memory_mb: int) -> tuple[Connection, _Child]:
    if not multiprocessing.current_process().daemon:
        context = _context()
        mine, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs, memory_mb), daemon=True,
                                  name="roi-calculator")
        process.start()
        theirs.close()
        return mine, _Forked(process)
    mine_socket, their_socket = socket.socketpair()
    paths = [str(_ROOT), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    with their_socket:
        popen = subprocess.Popen(
            [sys.executable, "-c", "from enablement.roi.worker import exec_main; exec_main()",
             str(their_socket.fileno()), str(memory_mb)],
            pass_fds=(their_socket.fileno(),), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": os.pathsep.join(paths)})
    return Connection(mine_socket.detach()), _Executed(popen)


def _stop(conn: Connection, child: _Child) -> int | None:
    """Kill the worker (it holds nothing worth saving) and say how it ended."""
    child.kill()
    code = child.wait(2.0)
    with contextlib.suppress(OSError):
        conn.close()
    return code


# A worker whose calculator was closed waits here for the next workbook, so that opening
# one calculator after another (the import's check, above all: a fresh interpreter
# there imports the engine for about two seconds) does not start a worker each time.
_IDLE_MAX = 1
_idle: list[tuple[int, Connection, _Child]] = []
_idle_lock = threading.Lock()


def _take(memory_mb: int) -> tuple[Connection, _Child]:
    while True:
        with _idle_lock:
            found = next((w for w in _idle if w[0] == memory_mb), None)
            if found is not None:
                _idle.remove(found)
        if found is None:
            return _start(memory_mb)
        _mb, conn, child = found
        if child.wait(0) is None:
            return conn, child
        _stop(conn, child)


def _release(memory_mb: int, conn: Connection, child: _Child, state: dict[str, bool]
             ) -> int | None:
    """Park a healthy worker for the next calculator; stop any other (and return how it
    ended)."""
    if state["healthy"]:
        with _idle_lock:
            if len(_idle) < _IDLE_MAX:
                _idle.append((memory_mb, conn, child))
                return None
    return _stop(conn, child)


@atexit.register
def _stop_idle() -> None:
    with _idle_lock:
        parked, _idle[:] = list(_idle), []
    for _mb, conn, child in parked:
        _stop(conn, child)


class CalculatorProcess:
    """A worker holding one compiled workbook. Not thread-safe: one caller at a time
    (enablement.roi.calculator.Calculator holds a lock). After a compute past the limits, or a
    crash, the worker is gone; a new CalculatorProcess takes its place."""

    def __init__(self, path: Path, limits: ComputeLimits) -> None:
        self.path = path
        self.limits = limits
        self._conn, child = _take(limits.memory_mb)
        self._state = {"healthy": True}
        self._loaded = False
        self._closed = weakref.finalize(self, _release, limits.memory_mb, self._conn, child,
                                        self._state)

    @property
    def alive(self) -> bool:
        return self._closed.alive

    def load(self) -> Any:
        """The workbook's title and fields (an enablement.roi.workbook.Workbook)."""
        workbook = self._ask("load", str(self.path), self.limits.load_s)
        self._loaded = True
        return workbook

    def compute(self, values: tuple[float, ...]) -> tuple[Any, ...]:
        """The results as plain values, in the order of the workbook's outputs."""
        if not self._loaded:  # a parked worker still holds the previous workbook
            raise CalculatorError(f"{self.path.name}: the calculator is not open.")
        return self._ask("compute", values, self.limits.compute_s)

    def close(self) -> None:
        self._closed()

    def _ask(self, kind: str, payload: Any, seconds: float) -> Any:
        if not self.alive:
            raise CalculatorError(f"{self.path.name}: the calculator was closed.")
        try:
            self._conn.send((kind, payload, seconds))
            answered = self._conn.poll(seconds)
            reply = self._conn.recv() if answered else None
        except (EOFError, OSError):
            answered, reply = True, None
        if reply is not None and reply[0] in ("ok", "refused"):
            if reply[0] == "ok":
                return reply[1]
            raise CalculatorError(reply[1])  # not a calculator; the worker is fine
        self._state["healthy"] = False
        code = self._closed()
        if not answered or code == -signal.SIGALRM:
            raise CalculatorError(self._too_slow(kind, seconds))
        if reply is None:
            log.warning("The calculator for %s stopped (exit code %s)", self.path.name, code)
            doing, advice = (("opening the workbook", "ask marketing to simplify the "
                              "workbook.") if kind == "load" else
                             ("computing with these numbers", _ADVICE))
            raise CalculatorError(f"{self.path.name}: the calculator stopped while {doing} "
                                  f"(it may need more memory than allowed); {advice}")
        status, detail = reply
        if status == "memory":
            raise CalculatorError(self._too_big(kind))
        log.error("The calculator for %s failed: %s", self.path.name, detail)
        raise CalculatorError(f"{self.path.name}: the calculator failed ({detail}); "
                              f"{_ADVICE}")

    def _too_slow(self, kind: str, seconds: float) -> str:
        if kind == "load":
            return (f"{self.path.name}: this workbook needs more than {seconds:g} s to open "
                    "as a calculator; ask marketing to simplify the workbook.")
        return (f"{self.path.name}: this calculator needs more than {seconds:g} s to compute "
                f"with these numbers; {_ADVICE}")

    def _too_big(self, kind: str) -> str:
        allowed = f"{self.limits.memory_mb / 1024:g} GB"
        if kind == "load":
            return (f"{self.path.name}: this workbook needs more memory than allowed "
                    f"({allowed}) to open as a calculator; ask marketing to simplify the "
                    "workbook.")
        return (f"{self.path.name}: this calculator needs more memory than allowed "
                f"({allowed}) to compute with these numbers; {_ADVICE}")
