"""The one CSV writer of the app, guarded against CSV (formula) injection.

A spreadsheet runs a cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return as a formula, so user text such as ``=cmd|' /C calc'!A0`` in a title, a
taxonomy label, a rep name or a search query could run code when marketing opens the file.
Following OWASP, every text cell that starts so is written with a leading apostrophe, which
Excel and LibreOffice show as text. The guard is applied here to *every* cell, whatever its
source, so no caller can forget it.

Numbers are told apart by type, never by look: ``int``, ``float`` and ``Decimal`` are
written as they are (``-50.00`` stays a number), while any ``str`` is text and guarded,
even one that reads like a number. Callers that want a fixed number of decimals pass a
``Decimal`` (see :func:`fixed`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | Decimal | date | datetime | bool | None
Written = str | int | float | Decimal


def guard(text: str) -> str:
    """``text`` with a leading apostrophe when a spreadsheet would run it as a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def fixed(value: float, places: int) -> Decimal:
    """``value`` rounded to ``places`` decimals, kept a number (written as ``0.5000``)."""
    return Decimal(f"{value:.{places}f}")


def guard_cell(value: Cell) -> Written:
    """What the writer writes for one cell: numbers as they are, ISO dates, true/false,
    an empty cell for None, and any other value as guarded text."""
    if value is None:
        return ""
    if isinstance(value, bool):  # before int: bool is an int
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, datetime):  # before date: datetime is a date
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return guard(str(value))


class GuardedWriter:
    """``csv.writer`` with every cell passed through :func:`guard_cell`."""

    def __init__(self, stream: io.TextIOBase | io.StringIO, lineterminator: str = "\r\n"
                 ) -> None:
        self._writer = csv.writer(stream, lineterminator=lineterminator)

    def writerow(self, row: Iterable[Cell]) -> None:
        self._writer.writerow([guard_cell(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[Cell]]) -> None:
        for row in rows:
            self.writerow(row)


def render_csv(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """A whole CSV table as text (CRLF line ends, as RFC 4180 and Excel expect)."""
    buffer = io.StringIO(newline="")
    writer = GuardedWriter(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()
