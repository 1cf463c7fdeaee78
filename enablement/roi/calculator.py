"""ROI calculators: a marketer's Excel workbook, computed by a real Excel formula engine.

The convention (documented in the README) that turns a workbook into a calculator:

1. **Defined names**: ``in_<name>`` for each input cell and ``out_<name>`` for each
   result. The label is the text in the cell to the left of the value, the unit the text
   to its right; an input's default is the value saved in the workbook.
2. Without such names, a sheet with a header row **Label | Value | Unit**: below it,
   rows whose value is a number are inputs, rows whose value is a formula are results.

Formulas are computed by the ``formulas`` package (an Excel engine: the workbook's own
formulas, never ``eval``), in a worker process of the calculator's own under a memory
and time limit (enablement.roi.worker): a workbook is a program, and the wrong numbers
can make it take gigabytes. A workbook the engine cannot compute is refused with the
reason in plain words (a function it lacks, a circular reference, a text default, a
missing name, a reference to another file), naming the cell (enablement.roi.workbook).
Percent inputs (unit ``%``) are stored as fractions, as Excel does; "12%" and "12 %" are
read as 0.12.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from enablement.errors import UserError
from enablement.roi.fields import (
    ERRORS,
    CalculatorError,
    ComputeLimits,
    Field,
    Result,
    looks_like_calculator,
)

if TYPE_CHECKING:
    from enablement.roi.worker import CalculatorProcess

class Calculator:
    """One workbook's inputs and results; the compiled formulas live in a worker process
    (one per calculator, started by ``load``, restarted by ``compute`` after an overrun).
    Thread-safe: computes are taken one at a time."""

    def __init__(self, path: Path, title: str, inputs: list[Field], outputs: list[Field],
                 limits: ComputeLimits | None = None,
                 worker: CalculatorProcess | None = None) -> None:
        self.path = path
        self.title = title
        self.inputs = inputs
        self.outputs = outputs
        self.limits = limits or ComputeLimits()
        self._worker = worker
        self._lock = threading.Lock()

    # -- loading --------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path, limits: ComputeLimits | None = None) -> Calculator:
        """Read the convention, check every formula and reference, compile, in a worker
        process under ``limits``. Slow (a fraction of a second; the first in a process
        about two, as the workers' forkserver imports the engine): do it once per
        workbook, off the GUI thread."""
        path = Path(path)
        limits = limits or ComputeLimits()
        worker = _start(path, limits)
        workbook = worker.load()
        return cls(path, workbook.title, workbook.inputs, workbook.outputs, limits, worker)

    def close(self) -> None:
        """Let the worker go (it may wait for the next workbook, see roi_worker); a later
        ``compute`` takes a worker again."""
        with self._lock:
            if self._worker is not None:
                self._worker.close()
                self._worker = None

    def __enter__(self) -> Calculator:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- computing ------------------------------------------------------------------------

    def defaults(self) -> dict[str, float]:
        return {f.name: f.default for f in self.inputs if f.default is not None}

    def field(self, name: str) -> Field:
        for field in (*self.inputs, *self.outputs):
            if field.name == name:
                return field
        known = ", ".join(f.name for f in self.inputs)
        raise UserError(f"'{name}' is not an input of {self.title}; the inputs are: {known}.")

    def compute(self, values: dict[str, float] | None = None) -> list[Result]:
        """The results for these inputs (the defaults for any not given). A compute past
        the limits raises CalculatorError saying so; the next one starts a fresh worker."""
        merged = self.defaults()
        for name, value in (values or {}).items():
            if self.field(name) not in self.inputs:
                raise UserError(f"'{name}' is a result of {self.title}, not an input.")
            merged[name] = value
        arguments = tuple(float(merged.get(f.name, 0.0)) for f in self.inputs)
        with self._lock:
            if self._worker is None or not self._worker.alive:
                self._worker = _start(self.path, self.limits)
                self._worker.load()
            raw = self._worker.compute(arguments)
        return [self._result(field, value) for field, value in zip(self.outputs, raw,
                                                                   strict=True)]

    def _result(self, field: Field, value: Any) -> Result:
        if isinstance(value, str) or value is None:
            text = str(value or "")
            if text.startswith("#"):
                meaning = ERRORS.get(text, "an error")
                return Result(field, None, f"{text} ({meaning}): check the inputs this "
                                           "result uses")
            return Result(field, None, f"not a number: {text!r}" if text else "empty")
        return Result(field, float(value))


def _start(path: Path, limits: ComputeLimits) -> CalculatorProcess:
    from enablement.roi.worker import CalculatorProcess

    return CalculatorProcess(path, limits)


def import_problems(path: Path, limits: ComputeLimits | None = None) -> list[str]:
    """The import's warnings for a workbook laid out as a calculator: loaded in a worker
    under the limits and computed once with its own numbers, so the marketer hears at
    import (not a rep in front of a prospect) that it cannot be computed, and why. Works
    in any process, the import's reader processes included."""
    if not looks_like_calculator(path):
        return []
    try:
        with Calculator.load(path, limits) as calc:
            calc.compute()
    except CalculatorError as exc:
        return [f"as an ROI calculator it cannot be computed: {exc}"]
    return []
