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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from enablement.errors import UserError

if TYPE_CHECKING:
    from enablement.roi.worker import CalculatorProcess

_HEADERS = ("label", "value", "unit")


class CalculatorError(UserError):
    """The workbook is not a calculator the app can compute; the message says why."""


@dataclass(frozen=True)
class Field:
    name: str            # in_invoices_per_month
    label: str
    unit: str
    sheet: str
    cell: str            # "B3"
    default: float | None = None   # inputs: the workbook's value
    cached: Any = None             # results: the value Excel saved (None if never saved)
    minimum: float | None = None   # inputs: the allowed range (see _ranges)
    maximum: float | None = None

    @property
    def is_percent(self) -> bool:
        return self.unit.strip() == "%"

    def where(self) -> str:
        return f"{self.sheet}!{self.cell}"


@dataclass(frozen=True)
class Result:
    field: Field
    value: float | None
    error: str = ""      # "#DIV/0!: ..." in plain words, when Excel would show an error

    def text(self) -> str:
        return self.error or format_value(self.value, self.field.unit)


def format_value(value: float | None, unit: str) -> str:
    """A result as a prospect reads it: "$384,000 per year", "1,007.3%", "1.3 months"."""
    if value is None:
        return "–"
    unit = unit.strip()
    if unit == "%":
        percent = value * 100
        return f"{percent:,.2f}%" if 0 < abs(percent) < 1 else f"{percent:,.1f}%"
    per = ""
    if "/" in unit:
        unit, per = (part.strip() for part in unit.split("/", 1))
        per = f" per {per}"
    if unit.upper() == "USD":
        money = f"${value:,.0f}" if abs(value) >= 100 else f"${value:,.2f}"
        return f"{'-' if value < 0 else ''}{money.replace('-', '')}{per}"
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return f"{number} {unit}{per}".strip()


_ERRORS = {"#DIV/0!": "division by zero", "#VALUE!": "a value of the wrong type",
           "#REF!": "a reference to a cell that does not exist", "#NAME?": "an unknown name",
           "#NUM!": "an impossible number", "#N/A": "a value not available",
           "#NULL!": "an empty intersection"}


def parse_number(field: Field, text: str) -> float:
    """What a person typed, as the number the workbook wants; a clear error otherwise."""
    raw = str(text).strip().replace(",", "").replace("$", "")
    percent = raw.endswith("%")
    raw = raw.rstrip("%").strip()
    try:
        value = float(raw)
    except ValueError:
        raise UserError(f"{field.label} ({field.name}): '{text}' is not a number.") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise UserError(f"{field.label} ({field.name}): '{text}' is not a number.")
    value = value / 100 if percent else value
    low, high = field.minimum, field.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        shown = " and ".join(format_value(v, field.unit) for v in (low, high) if v is not None)
        what = ("between " if low is not None and high is not None
                else "at least " if low is not None else "at most ") + shown
        raise UserError(f"{field.label} ({field.name}): {format_value(value, field.unit)} is "
                        f"out of range; it must be {what}.")
    return value


def looks_like_calculator(path: Path) -> bool:
    """Cheap: does the workbook follow one of the two conventions at all?"""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True)
    except Exception:  # noqa: BLE001 - not a workbook we can read: not a calculator
        return False
    try:
        if any(name.lower().startswith(("in_", "out_")) for name in book.defined_names):
            return True
        for sheet in book.worksheets:
            for row in sheet.iter_rows(max_row=20, max_col=10, values_only=True):
                texts = tuple(str(v).strip().lower() if v is not None else "" for v in row)
                if any(texts[i:i + 3] == _HEADERS for i in range(len(texts))):
                    return True
        return False
    finally:
        book.close()


@dataclass(frozen=True)
class ComputeLimits:
    """What one calculator may use: its worker's address space, and the time to open the
    workbook (read, check, compile) and to compute one set of inputs. Far above what a
    calculator for a sales call needs (about 0.5 GB, 0.2 s and 5 ms), far below what
    would slow the rep's laptop."""

    memory_mb: int = 1536
    compute_s: float = 10.0
    load_s: float = 30.0


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
                meaning = _ERRORS.get(text, "an error")
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
