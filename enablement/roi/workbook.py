"""Reading a workbook as a calculator: the convention (README "ROI calculators") that names
its inputs and results, and the checks that refuse what the engine must not compute.

Runs in the calculator's worker process (enablement.roi.worker), never in the window:
reading a hostile workbook takes the worker's memory and time, not the app's. Refused,
with the cell named: a workbook that is not a calculator, too many formulas, a function
the engine lacks, and any reference to another file (a path in a formula, an external
link ``[1]Sheet1!A1`` stored in xl/externalLinks, or a defined name pointing elsewhere):
the engine would read that file from disk, so a calculator must be self-contained.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from enablement.roi.fields import CalculatorError, Field

MAX_FORMULA_CELLS = 20_000     # a calculator, not a data model: beyond this, refuse
MAX_FILE_BYTES = 20 * 1024 * 1024
_FUNCTION = re.compile(r"(?<![A-Za-z0-9_.\"])((?:_xlfn\.|_xlws\.)?[A-Z][A-Z0-9.]*)\s*\(")
_STRINGS = re.compile(r'"[^"]*"')
_HEADERS = ("label", "value", "unit")
SELF_CONTAINED = "calculators must be self-contained: copy the value in"


@dataclass(frozen=True)
class Workbook:
    """What the worker tells the app about a calculator: everything but the formulas."""

    title: str
    inputs: list[Field]
    outputs: list[Field]


def read(path: Path) -> Workbook:
    """The workbook's calculator, checked; CalculatorError naming the cell otherwise."""
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
    check_self_contained(book, path.name)
    inputs, outputs = _fields(book, saved, path.name, _read_validations(book))
    _check_formulas(book, path.name)
    return Workbook(_title(book, path), inputs, outputs)


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


# -- what the engine must not compute -------------------------------------------------------

def formula_cells(book) -> Iterator[tuple[str, str, str]]:  # noqa: ANN001 - a Workbook
    """(sheet, cell, formula text) for every formula, array formulas included."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str):
                    if value.startswith("="):
                        yield sheet.title, cell.coordinate, value
                elif isinstance(getattr(value, "text", None), str):  # an array formula
                    yield sheet.title, cell.coordinate, value.text


def _check_formulas(book, name: str) -> None:  # noqa: ANN001
    import formulas

    supported = set(formulas.get_functions())
    for count, (sheet, cell, text) in enumerate(formula_cells(book), start=1):
        if count > MAX_FORMULA_CELLS:
            raise CalculatorError(
                f"{name}: more than {MAX_FORMULA_CELLS:,} formulas; a calculator for "
                "a call should be a few sheets. Move the data model elsewhere.")
        for function in _FUNCTION.findall(_STRINGS.sub('""', text)):
            bare = function.split(".", 1)[1] if function.startswith("_xl") else function
            if bare not in supported and function not in supported:
                raise CalculatorError(
                    f"{name}: cell {sheet}!{cell} uses a function "
                    f"the engine does not support: {bare}. Rewrite it with "
                    "functions it knows (SUM, IF, ROUND, INDEX, MATCH, …).")


def check_self_contained(book, name: str) -> None:  # noqa: ANN001 - a Workbook
    """Refuse any reference to another file before the engine sees the workbook: the
    engine resolves such a reference by opening that file, wherever it is."""
    links = [_file_name(getattr(link.file_link, "Target", "") or "")
             for link in getattr(book, "_external_links", [])]
    for sheet, cell, text in formula_cells(book):
        other = other_file(text, links)
        if other is not None:
            raise CalculatorError(f"{name}: cell {sheet}!{cell} refers to another file "
                                  f"({other}); {SELF_CONTAINED}.")
    scopes = [("", book.defined_names)] + [(f" (on sheet {s.title})", s.defined_names)
                                           for s in book.worksheets]
    for scope, names in scopes:
        for defined, target in names.items():
            other = other_file(f"={target.attr_text or ''}", links)
            if other is not None:
                raise CalculatorError(
                    f"{name}: the name {defined}{scope} refers to another file ({other}); "
                    "calculators must be self-contained: copy the value into a cell of this "
                    "workbook and point the name at it.")


def other_file(formula: str, links: list[str]) -> str | None:
    """The other workbook a formula reads, as the engine itself parses it (a path and
    [file] before a sheet, an external link [1], INDIRECT of such a literal); None if
    it reads only this one. Every such reference has a "[", so others are not parsed."""
    if "[" not in formula:
        return None
    import formulas
    from formulas.tokens.operand import Range

    try:
        tokens = formulas.Parser().ast(formula)[0]
    except Exception:  # noqa: BLE001 - the engine cannot read it either; compiling says so
        return None
    for token in tokens:
        if not isinstance(token, Range):
            continue
        excel_id, filename = token.attr.get("excel_id"), token.attr.get("filename")
        if excel_id and excel_id != "0":
            index = int(excel_id) - 1
            return links[index] if 0 <= index < len(links) and links[index] else \
                f"external link [{excel_id}]"
        if filename:
            return _file_name(filename)
    return None


def _file_name(target: str) -> str:
    return PurePosixPath(target.replace("\\", "/")).name or target
