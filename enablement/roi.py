"""ROI calculators: a marketer's Excel workbook, computed by a real Excel formula engine.

The convention (documented in the README) that turns a workbook into a calculator:

1. **Defined names**: ``in_<name>`` for each input cell and ``out_<name>`` for each
   result. The label is the text in the cell to the left of the value, the unit the text
   to its right; an input's default is the value saved in the workbook.
2. Without such names, a sheet with a header row **Label | Value | Unit**: below it,
   rows whose value is a number are inputs, rows whose value is a formula are results.

Formulas are computed by the ``formulas`` package (an Excel engine: the workbook's own
formulas, never ``eval``). A workbook the engine cannot compute is refused with the
reason in plain words (a function it lacks, a circular reference, a text default, a
missing name), naming the cell. Percent inputs (unit ``%``) are stored as fractions, as
Excel does; "12%" and "12 %" are read as 0.12.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from enablement.errors import UserError

log = logging.getLogger(__name__)

MAX_FORMULA_CELLS = 20_000     # a calculator, not a data model: beyond this, refuse
MAX_FILE_BYTES = 20 * 1024 * 1024
_FUNCTION = re.compile(r"(?<![A-Za-z0-9_.\"])((?:_xlfn\.|_xlws\.)?[A-Z][A-Z0-9.]*)\s*\(")
_STRINGS = re.compile(r'"[^"]*"')
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


class Calculator:
    """One workbook's inputs and results, and a compiled function from one to the other."""

    def __init__(self, path: Path, title: str, inputs: list[Field], outputs: list[Field],
                 function: Callable[..., Any]) -> None:
        self.path = path
        self.title = title
        self.inputs = inputs
        self.outputs = outputs
        self._function = function

    # -- loading --------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> Calculator:
        """Read the convention, check every formula, compile. Slow (about a second): do it
        once per workbook, off the GUI thread."""
        path = Path(path)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise CalculatorError(f"{path.name}: cannot be read ({exc}).") from exc
        if size > MAX_FILE_BYTES:
            raise CalculatorError(f"{path.name}: {size / 1e6:.0f} MB is too big for a "
                                  "calculator; keep the model on a few small sheets.")
        import openpyxl

        try:
            book = openpyxl.load_workbook(path)
            saved = openpyxl.load_workbook(path, data_only=True)
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds
            raise CalculatorError(f"{path.name}: not a readable Excel workbook ({exc}).") \
                from exc
        inputs, outputs = _fields(book, saved, path.name, _read_validations(book))
        _check_formulas(book, path.name)
        title = _title(book, path)
        function = _compile(path, inputs, outputs)
        return cls(path, title, inputs, outputs, function)

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
        """The results for these inputs (the defaults for any not given)."""
        merged = self.defaults()
        for name, value in (values or {}).items():
            if self.field(name) not in self.inputs:
                raise UserError(f"'{name}' is a result of {self.title}, not an input.")
            merged[name] = value
        raw = self._function(*(merged[f.name] for f in self.inputs))
        if len(self.outputs) == 1:
            raw = (raw,)
        return [self._result(field, value) for field, value in zip(self.outputs, raw,
                                                                   strict=True)]

    def _result(self, field: Field, raw: Any) -> Result:
        value = _scalar(raw)
        if isinstance(value, str) or value is None:
            text = str(value or "")
            if text.startswith("#"):
                meaning = _ERRORS.get(text, "an error")
                return Result(field, None, f"{text} ({meaning}): check the inputs this "
                                           "result uses")
            return Result(field, None, f"not a number: {text!r}" if text else "empty")
        return Result(field, float(value))


def _scalar(raw: Any) -> Any:
    """The engine's result (a range, an array, a numpy scalar) as one Python value."""
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
        return str(value)
    return value


# -- reading the convention ------------------------------------------------------------------

Ranges = dict[tuple[str, str], tuple[float | None, float | None]]


def _fields(book, saved, name: str, ranges: Ranges  # noqa: ANN001
            ) -> tuple[list[Field], list[Field]]:
    named = _from_names(book, saved, name, ranges)
    if named is None:
        named = _from_table(book, saved, name, ranges)
    if named is None:
        raise CalculatorError(
            f"{name}: no calculator found. Name the input cells in_… and the result cells "
            "out_… (Formulas ▸ Define Name), or lay a sheet out as Label | Value | Unit.")
    inputs, outputs = named
    if not inputs:
        raise CalculatorError(f"{name}: no input cells (names starting with in_).")
    if not outputs:
        raise CalculatorError(f"{name}: no result cells (names starting with out_).")
    return inputs, outputs


def _from_names(book, saved, name: str, ranges: Ranges  # noqa: ANN001
                ) -> tuple[list[Field], list[Field]] | None:
    inputs: list[Field] = []
    outputs: list[Field] = []
    for defined, target in book.defined_names.items():
        lowered = defined.lower()
        if not lowered.startswith(("in_", "out_")):
            continue
        destinations = list(target.destinations)
        if len(destinations) != 1 or ":" in destinations[0][1]:
            raise CalculatorError(f"{name}: the name {defined} must point at one cell "
                                  f"(it points at {target.attr_text}).")
        sheet, ref = destinations[0]
        if sheet not in book.sheetnames:
            raise CalculatorError(f"{name}: the name {defined} points at a sheet that does "
                                  f"not exist ({sheet}).")
        cell = ref.replace("$", "")
        field = _field(book[sheet], saved[sheet], defined, cell)
        if lowered.startswith("in_"):
            inputs.append(_as_input(field, book[sheet][cell].value, name, ranges))
        else:
            outputs.append(field)
    if not inputs and not outputs:
        return None
    order = {f: i for i, f in enumerate(book.sheetnames)}
    key = (lambda f: (order[f.sheet], _row(f.cell), f.cell))  # noqa: E731
    return sorted(inputs, key=key), sorted(outputs, key=key)


def _row(cell: str) -> int:
    return int(re.sub(r"[A-Z]+", "", cell))


def _field(sheet, saved_sheet, name: str, cell: str) -> Field:  # noqa: ANN001
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    column, row = coordinate_from_string(cell)
    index = column_index_from_string(column)
    left = sheet.cell(row=row, column=index - 1).value if index > 1 else None
    right = sheet.cell(row=row, column=index + 1).value
    label = left.strip() if isinstance(left, str) and left.strip() else \
        name.split("_", 1)[1].replace("_", " ").capitalize()
    unit = right.strip() if isinstance(right, str) else ""
    return Field(name, label, unit, sheet.title, cell, cached=saved_sheet[cell].value)


def _as_input(field: Field, value: Any, name: str, ranges: Ranges) -> Field:
    if isinstance(value, str) and value.startswith("="):
        raise CalculatorError(f"{name}: input {field.name} ({field.where()}) holds a formula; "
                              "an input must be a number the rep can change.")
    if isinstance(value, bool) or not isinstance(value, int | float | type(None)):
        raise CalculatorError(f"{name}: input {field.name} ({field.where()}) holds "
                              f"{value!r}, not a number; put a number there as the default.")
    default = float(value) if value is not None else 0.0
    low, high = _ranges(field, default, ranges)
    return Field(field.name, field.label, field.unit, field.sheet, field.cell,
                 default=default, minimum=low, maximum=high)


def _ranges(field: Field, default: float, ranges: Ranges) -> tuple[float | None, float | None]:
    """The range an input accepts: the workbook's own data validation for the cell when
    it has one (Data ▸ Validation: whole or decimal, between / ≥ / ≤); otherwise no
    negative numbers when the default is not negative, and a percent at most 100 %."""
    found = ranges.get((field.sheet, field.cell))
    if found is not None:
        return found
    low = 0.0 if default >= 0 else None
    high = 1.0 if field.is_percent and default <= 1 else None
    return low, high


def _read_validations(book) -> Ranges:  # noqa: ANN001
    """Numeric data validation rules of every sheet, by cell (for _ranges)."""
    found: Ranges = {}
    for sheet in book.worksheets:
        for rule in sheet.data_validations.dataValidation:
            if rule.type not in ("whole", "decimal"):
                continue
            first, second = _number(rule.formula1), _number(rule.formula2)
            operator = rule.operator or "between"
            bounds = {"between": (first, second), "greaterThanOrEqual": (first, None),
                      "greaterThan": (first, None), "lessThanOrEqual": (None, first),
                      "lessThan": (None, first)}.get(operator)
            if bounds is None:
                continue
            for cells in rule.sqref.ranges:
                for row in sheet[cells.coord] if ":" in cells.coord else ((sheet[cells.coord],),):
                    for cell in row:
                        found[(sheet.title, cell.coordinate)] = bounds
    return found


def _number(text: Any) -> float | None:
    try:
        return float(str(text).lstrip("="))
    except (TypeError, ValueError):
        return None


def _from_table(book, saved, name: str, ranges: Ranges  # noqa: ANN001
                ) -> tuple[list[Field], list[Field]] | None:
    for sheet in book.worksheets:
        for row in sheet.iter_rows(max_row=min(sheet.max_row, 20)):
            texts = [str(c.value).strip().lower() if c.value is not None else "" for c in row]
            for start in range(len(texts) - 2):
                if tuple(texts[start:start + 3]) != _HEADERS:
                    continue
                return _table_fields(sheet, saved[sheet.title], row[start].row, start + 1,
                                     name, ranges)
    return None


def _table_fields(sheet, saved_sheet, header_row: int, label_col: int,  # noqa: ANN001
                  name: str, ranges: Ranges) -> tuple[list[Field], list[Field]]:
    from openpyxl.utils import get_column_letter

    inputs: list[Field] = []
    outputs: list[Field] = []
    used: set[str] = set()
    for row in range(header_row + 1, sheet.max_row + 1):
        label = sheet.cell(row=row, column=label_col).value
        value = sheet.cell(row=row, column=label_col + 1).value
        if not isinstance(label, str) or not label.strip() or value is None:
            continue
        slug = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:40] or f"row_{row}"
        while slug in used:
            slug += "_2"
        used.add(slug)
        cell = f"{get_column_letter(label_col + 1)}{row}"
        is_formula = isinstance(value, str) and value.startswith("=")
        field = _field(sheet, saved_sheet, ("out_" if is_formula else "in_") + slug, cell)
        if is_formula:
            outputs.append(field)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            inputs.append(_as_input(field, value, name, ranges))
    return inputs, outputs


def _title(book, path: Path) -> str:  # noqa: ANN001
    first = book.worksheets[0]["A1"].value
    return first.strip() if isinstance(first, str) and first.strip() else path.stem


def _check_formulas(book, name: str) -> None:  # noqa: ANN001
    import formulas

    supported = set(formulas.get_functions())
    count = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if not (isinstance(value, str) and value.startswith("=")):
                    continue
                count += 1
                if count > MAX_FORMULA_CELLS:
                    raise CalculatorError(
                        f"{name}: more than {MAX_FORMULA_CELLS:,} formulas; a calculator for "
                        "a call should be a few sheets. Move the data model elsewhere.")
                for function in _FUNCTION.findall(_STRINGS.sub('""', value)):
                    bare = function.split(".", 1)[1] if function.startswith("_xl") else function
                    if bare not in supported and function not in supported:
                        raise CalculatorError(
                            f"{name}: cell {sheet.title}!{cell.coordinate} uses a function "
                            f"the engine does not support: {bare}. Rewrite it with "
                            "functions it knows (SUM, IF, ROUND, INDEX, MATCH, …).")


def _ref(path: Path, field: Field) -> str:
    return f"'[{path.name}]{field.sheet.upper()}'!{field.cell}"


def _compile(path: Path, inputs: list[Field], outputs: list[Field]) -> Callable[..., Any]:
    os.environ.setdefault("TQDM_DISABLE", "1")  # the engine draws progress bars on stderr
    import formulas

    started = time.perf_counter()
    try:
        model = formulas.ExcelModel().loads(str(path)).finish()
        function = model.compile(inputs=[_ref(path, f) for f in inputs],
                                 outputs=[_ref(path, f) for f in outputs])
    except ValueError as exc:
        if "Unreachable output" in str(exc):
            unreachable = [f for f in outputs if _ref(path, f) in str(exc)]
            cells = ", ".join(f"{f.name} ({f.where()})" for f in unreachable) or "a result"
            raise CalculatorError(
                f"{path.name}: {cells} cannot be computed from the inputs: its formulas "
                "refer back to themselves (a circular reference). Break the loop.") from exc
        raise CalculatorError(f"{path.name}: the formula engine could not read the "
                              f"workbook ({exc}).") from exc
    except Exception as exc:  # noqa: BLE001 - the engine raises many kinds
        raise CalculatorError(f"{path.name}: the formula engine could not read the "
                              f"workbook ({type(exc).__name__}: {exc}).") from exc
    log.info("Compiled %s in %.2f s", path.name, time.perf_counter() - started)
    return function
