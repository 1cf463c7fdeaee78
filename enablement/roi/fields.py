"""What a calculator is made of: its fields (inputs and results), their values as a
prospect reads them, the limits it computes under, and its error. Shared by the
calculator (this process) and its worker (another): neither imports the other for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from enablement.errors import UserError

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


ERRORS = {  # what Excel's error values mean, in plain words
    "#DIV/0!": "division by zero", "#VALUE!": "a value of the wrong type",
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



@dataclass(frozen=True)
class Run:
    inputs: dict[str, float]
    results: list[Result]
