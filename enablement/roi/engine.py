"""The formula engine (the ``formulas`` package) behind a calculator, as the worker runs it.

Only the calculator's worker process (enablement.roi.worker) imports this module: it
compiles the workbook once and computes it for each set of inputs. Two guards on the
engine itself, beneath the checks of enablement.roi.workbook:

* The engine opens another workbook whenever a formula refers to one. The model used
  here opens only the calculator's own file and refuses every other, so no reference
  the checks missed can read a file from disk.
* The engine turns any exception inside an Excel function into ``#VALUE!``, a
  MemoryError included: under the worker's memory limit, a rep would see "#VALUE!"
  where the truth is "these numbers need more memory than allowed". Functions are
  wrapped so that running out of memory ends the compute as :class:`OutOfMemory`.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import logging
import os
import os.path as osp
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("TQDM_DISABLE", "1")  # the engine draws progress bars on stderr

import formulas  # noqa: E402 - after quieting its progress bars
import formulas.functions  # noqa: E402
import openpyxl  # noqa: E402, F401 - imported once in the forkserver, not in each worker
import tqdm  # noqa: E402

# Each (silent) progress bar takes tqdm's lock, by default a multiprocessing semaphore
# that a killed worker would leave behind; the worker has one thread: a thread lock.
tqdm.tqdm.set_lock(threading.RLock())

from enablement.roi.fields import CalculatorError, Field  # noqa: E402
from enablement.roi.workbook import Workbook, read  # noqa: E402

log = logging.getLogger(__name__)

MAX_TEXT_RESULT = 200   # a text result crosses the pipe cut to this (it is an error anyway)


class OutOfMemory(BaseException):  # noqa: N818 - not an Exception: the engine catches those
    """A formula ran out of memory; raised through the engine's ``except Exception``."""


def _memory_errors_escape() -> None:
    """Make every Excel function raise OutOfMemory instead of returning #VALUE! when it
    runs out of memory. The engine wraps its functions when their modules are imported,
    so the wrapper is replaced first and modules imported earlier are imported again."""
    functions = formulas.functions
    original = functions.wrap_func
    if getattr(original, "memory_errors_escape", False):
        return

    def wrap_func(func: Callable[..., Any], ranges: bool = False) -> Callable[..., Any]:
        def guarded(*args: Any, **kwargs: Any) -> Any:
            try:
                return func(*args, **kwargs)
            except MemoryError as exc:
                raise OutOfMemory() from exc

        return original(functools.update_wrapper(guarded, func), ranges=ranges)

    wrap_func.memory_errors_escape = True  # type: ignore[attr-defined]
    functions.wrap_func = wrap_func
    for name in (*functions.SUBMODULES, ".operators"):
        module = sys.modules.get(importlib.util.resolve_name(name, functions.__name__))
        if module is not None:
            importlib.reload(module)
    functions.get_functions.cache_clear()


_memory_errors_escape()
# Importing every Excel function takes about a second: done here, once, in the process
# that workers are forked from (the forkserver preloads this module), not per worker.
formulas.get_functions()


class _SelfContainedModel(formulas.ExcelModel):
    """An ExcelModel that opens the calculator's workbook and no other file."""

    def __init__(self, own: Path) -> None:
        super().__init__()
        self.own = osp.realpath(own)
        self.refused: list[str] = []

    def add_book(self, book: Any = None, context: Any = None, data_only: bool = False) -> Any:
        if isinstance(book, str):
            where = book if self.basedir is None else osp.join(self.basedir,
                                                               book.replace("/", osp.sep))
            if osp.realpath(where) != self.own:
                self.refused.append(osp.basename(book.replace("\\", "/")) or book)
                raise CalculatorError(f"refused to open another file ({book})")
        return super().add_book(book, context, data_only)


class Compiled:
    """A workbook compiled once; ``compute`` takes the inputs in the order of
    ``workbook.inputs`` and gives plain Python values in the order of its outputs."""

    def __init__(self, workbook: Workbook, function: Callable[..., Any]) -> None:
        self.workbook = workbook
        self._function = function

    def compute(self, values: tuple[float, ...]) -> tuple[Any, ...]:
        raw = self._function(*values)
        if len(self.workbook.outputs) == 1:
            raw = (raw,)
        return tuple(_plain(value) for value in raw)


def load(path: Path) -> Compiled:
    """Read the convention, check every formula and reference, compile."""
    workbook = read(path)
    return Compiled(workbook, compile_formulas(path, workbook.inputs, workbook.outputs))


def _ref(path: Path, field: Field) -> str:
    return f"'[{path.name}]{field.sheet.upper()}'!{field.cell}"


def compile_formulas(path: Path, inputs: list[Field], outputs: list[Field]
                     ) -> Callable[..., Any]:
    """The engine's function from the inputs' cells to the results' cells; the engine
    computes every formula that does not depend on an input here, once."""
    started = time.perf_counter()
    model = _SelfContainedModel(path)
    try:
        model.loads(str(path)).finish()
        if model.refused:
            raise CalculatorError(
                f"{path.name}: a formula refers to another file ({model.refused[0]}); "
                "calculators must be self-contained: copy the value in.")
        function = model.compile(inputs=[_ref(path, f) for f in inputs],
                                 outputs=[_ref(path, f) for f in outputs])
    except CalculatorError:
        raise
    except ValueError as exc:
        if "Unreachable output" in str(exc):
            unreachable = [f for f in outputs if _ref(path, f) in str(exc)]
            cells = ", ".join(f"{f.name} ({f.where()})" for f in unreachable) or "a result"
            raise CalculatorError(
                f"{path.name}: {cells} cannot be computed from the inputs: its formulas "
                "refer back to themselves (a circular reference). Break the loop.") from exc
        raise CalculatorError(f"{path.name}: the formula engine could not read the "
                              f"workbook ({exc}).") from exc
    except MemoryError as exc:
        raise OutOfMemory() from exc
    except Exception as exc:  # noqa: BLE001 - the engine raises many kinds
        raise CalculatorError(f"{path.name}: the formula engine could not read the "
                              f"workbook ({type(exc).__name__}: {exc}).") from exc
    log.info("Compiled %s in %.2f s", path.name, time.perf_counter() - started)
    return function


def _plain(raw: Any) -> Any:
    """The engine's result (a range, an array, a numpy scalar) as one small Python value,
    fit to send to the app: a number, None, or text (cut: a long text is no result)."""
    value = getattr(raw, "value", raw)
    if hasattr(value, "shape"):
        if getattr(value, "size", 1) == 0:
            return None
        value = value.item() if value.shape == () else value.flat[0]
    while isinstance(value, list | tuple):
        if not value:
            return None
        value = value[0]
    if hasattr(value, "item"):
        value = value.item()
    if value is not None and not isinstance(value, bool | int | float):
        text = str(value)
        return text if len(text) <= MAX_TEXT_RESULT else text[:MAX_TEXT_RESULT] + "…"
    return value
