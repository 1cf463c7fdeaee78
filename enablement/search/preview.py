"""What the window shows as a preview of an asset, decided and read off the GUI thread.

PDFs are rendered by the window from the stored file (a scan with no text too). Word,
PowerPoint, Markdown and text show the text extracted at import, with its paragraph and
slide breaks; Markdown is handed over as its source, for the window to render (headings
as headings, not "##"). Workbooks show their cells: the value Excel saved, else the formula (files
written by scripts, like the demo calculators, have formulas and no saved values), capped
so a huge sheet never floods the window. A missing or broken file is a ``NoPreview`` that
names it; loading a preview never raises.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from enablement.catalog.assets import stored_path
from enablement.errors import UserError
from enablement.formats import preview_kind
from enablement.store.models import Asset

if TYPE_CHECKING:
    from enablement.library import Library

log = logging.getLogger(__name__)

# The preview kinds (``Format.preview`` in the format registry) that load_preview shows.
PREVIEW_KINDS = frozenset({"pdf", "text", "markdown", "sheet"})


@dataclass(frozen=True)
class PdfPreview:
    path: Path
    pages: int | None


@dataclass(frozen=True)
class TextPreview:
    text: str
    truncated: bool
    markdown: bool = False  # Markdown source: the window renders it


@dataclass(frozen=True)
class SheetView:
    name: str
    rows: tuple[tuple[str, ...], ...]
    truncated: bool  # more rows or columns than shown


@dataclass(frozen=True)
class SheetPreview:
    sheets: tuple[SheetView, ...]


@dataclass(frozen=True)
class NoPreview:
    reason: str


Preview = PdfPreview | TextPreview | SheetPreview | NoPreview


def load_preview(library: Library, asset_id: int, max_chars: int = 200_000,
                 max_rows: int = 200, max_cols: int = 30) -> Preview:
    with library.sessions() as session:
        asset = session.get(Asset, asset_id)
        if asset is None:
            return NoPreview(f"Asset {asset_id} is no longer in the library; search again.")
        fmt, name, pages = asset.format, asset.source_name, asset.pages
        body = asset.text.body if asset.text is not None else ""
    kind = preview_kind(fmt)
    if kind in ("text", "markdown"):
        if not body.strip():
            return NoPreview(f"{name} has no text to show; open it to see it.")
        return _text(body, max_chars, markdown=kind == "markdown")
    try:
        path = stored_path(library, asset_id)
    except UserError as exc:
        return NoPreview(str(exc))
    if kind == "pdf":
        if not _looks_like_pdf(path):
            return NoPreview(f"The stored copy of {name} is damaged (not a PDF); "
                             "import the file again.")
        return PdfPreview(path, pages)
    if kind == "sheet":
        return _sheets(path, name, max_rows, max_cols)
    return NoPreview(f"{name}: no preview for this kind of file; open it instead.")


def _text(body: str, max_chars: int, markdown: bool = False) -> TextPreview:
    """The text, cut at a line break near ``max_chars`` when it is longer."""
    if len(body) <= max_chars:
        return TextPreview(body, False, markdown)
    cut = body.rfind("\n", 0, max_chars)
    return TextPreview(body[: cut if cut > max_chars // 2 else max_chars].rstrip(), True,
                       markdown)


def _looks_like_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return b"%PDF" in handle.read(1024)
    except OSError:
        return False


def _cell_text(value: object) -> str:
    """A cell as a person reads it: 1234.5, 2025-06-30, TRUE, or the formula text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        if value.is_integer():
            return str(int(value))
        return f"{value:.6f}".rstrip("0").rstrip(".")
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    formula = getattr(value, "text", None)  # ArrayFormula and the like
    return formula if isinstance(formula, str) else str(value)


def _sheets(path: Path, name: str, max_rows: int, max_cols: int) -> Preview:
    """Cells of every worksheet; any failure to read becomes a NoPreview naming the file."""
    import openpyxl

    books: list = []
    try:
        formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
        books.append(formulas)
        values = openpyxl.load_workbook(path, read_only=True, data_only=True)
        books.append(values)
        sheets = tuple(
            _sheet(sheet, values[sheet.title], max_rows, max_cols)
            for sheet in formulas.worksheets
        )
    except Exception as exc:  # noqa: BLE001 - any unreadable workbook gets a plain message
        log.info("No sheet preview for %s: %r", name, exc)
        return NoPreview(f"{name} could not be read as a workbook (damaged, or not really "
                         "an .xlsx); open it in a spreadsheet application.")
    finally:
        for book in books:
            book.close()
    if not sheets:
        return NoPreview(f"{name} has no worksheets to show.")
    return SheetPreview(sheets)


def _sheet(formulas, values, max_rows: int, max_cols: int) -> SheetView:  # noqa: ANN001
    """Up to ``max_rows`` x ``max_cols`` cells: the saved value, else the formula.

    One row and column more than shown are read, so ``truncated`` is known even when the
    file does not declare its size.
    """
    rows: list[list[str]] = []
    more_rows = more_cols = False
    pairs = zip(
        formulas.iter_rows(max_row=max_rows + 1, max_col=max_cols + 1, values_only=True),
        values.iter_rows(max_row=max_rows + 1, max_col=max_cols + 1, values_only=True),
        strict=False,
    )
    for number, (formula_row, value_row) in enumerate(pairs, 1):
        cells = [_cell_text(value if value is not None else formula)
                 for formula, value in zip(formula_row, value_row, strict=False)]
        if number > max_rows:
            more_rows = more_rows or any(cells)
            break
        more_cols = more_cols or any(cells[max_cols:])
        rows.append(cells[:max_cols])
    declared_rows, declared_cols = formulas.max_row or 0, formulas.max_column or 0
    more_rows = more_rows or declared_rows > max_rows
    more_cols = more_cols or declared_cols > max_cols
    while rows and not any(rows[-1]):
        rows.pop()
    width = max((i + 1 for row in rows for i, cell in enumerate(row) if cell), default=0)
    shown = tuple(tuple(row[:width]) + ("",) * (width - len(row[:width])) for row in rows)
    return SheetView(formulas.title, shown, more_rows or more_cols)
