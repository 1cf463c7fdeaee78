"""What the window shows as a preview of an asset, decided and read off the GUI thread.

PDFs are rendered by the window from the stored file; Word, PowerPoint, Markdown and text
show the text extracted at import; workbooks show their cells (the cached value when
Excel saved one, else the formula), capped so a huge sheet never floods the window.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from enablement.errors import UserError
from enablement.library import Library
from enablement.models import Asset

log = logging.getLogger(__name__)

TEXT_FORMATS = {"docx", "pptx", "md", "txt"}


@dataclass(frozen=True)
class PdfPreview:
    path: Path
    pages: int | None


@dataclass(frozen=True)
class TextPreview:
    text: str
    truncated: bool


@dataclass(frozen=True)
class SheetView:
    name: str
    rows: tuple[tuple[str, ...], ...]
    truncated: bool


@dataclass(frozen=True)
class SheetPreview:
    sheets: tuple[SheetView, ...]


@dataclass(frozen=True)
class NoPreview:
    reason: str


Preview = PdfPreview | TextPreview | SheetPreview | NoPreview


def stored_path(library: Library, asset_id: int) -> Path:
    """The asset's file in the content store (for previews and "open")."""
    with library.sessions() as session:
        asset = session.get(Asset, asset_id)
        if asset is None:
            raise UserError(f"Asset {asset_id} is no longer in the library; search again.")
        path = library.content.path_for(asset.sha256, f".{asset.file.extension.lstrip('.')}")
        name = asset.source_name
    if not path.exists():
        raise UserError(f"The stored copy of {name} is missing from the library folder; "
                        "import the file again.")
    return path


def load_preview(library: Library, asset_id: int, max_chars: int = 200_000,
                 max_rows: int = 200, max_cols: int = 30) -> Preview:
    with library.sessions() as session:
        asset = session.get(Asset, asset_id)
        if asset is None:
            return NoPreview(f"Asset {asset_id} is no longer in the library.")
        fmt, name, pages = asset.format, asset.source_name, asset.pages
        body = asset.text.body if asset.text is not None else ""
    if fmt in TEXT_FORMATS:
        return TextPreview(body[:max_chars], len(body) > max_chars)
    try:
        path = stored_path(library, asset_id)
    except UserError as exc:
        return NoPreview(str(exc))
    if fmt == "pdf":
        return PdfPreview(path, pages)
    if fmt == "xlsx":
        return _sheets(path, name, max_rows, max_cols)
    return NoPreview(f"{name}: no preview for this kind of file; use Open.")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:,.0f}"
    return str(value)


def _sheets(path: Path, name: str, max_rows: int, max_cols: int) -> Preview:
    import openpyxl

    try:
        formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
        values = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any unreadable workbook gets a plain message
        log.info("No sheet preview for %s: %s", name, exc)
        return NoPreview(f"{name} could not be read as a workbook ({type(exc).__name__}).")
    sheets: list[SheetView] = []
    try:
        for sheet in formulas.worksheets:
            cached = values[sheet.title]
            rows: list[tuple[str, ...]] = []
            truncated = (sheet.max_row or 0) > max_rows or (sheet.max_column or 0) > max_cols
            cached_rows = cached.iter_rows(max_row=max_rows, max_col=max_cols, values_only=True)
            for formula_row, value_row in zip(
                sheet.iter_rows(max_row=max_rows, max_col=max_cols, values_only=True),
                cached_rows, strict=False,
            ):
                cells = []
                for formula, value in zip(formula_row, value_row, strict=False):
                    shown = value if value is not None else formula
                    cells.append(_cell_text(shown))
                rows.append(tuple(cells))
            while rows and not any(rows[-1]):
                rows.pop()
            sheets.append(SheetView(sheet.title, tuple(rows), truncated))
    finally:
        formulas.close()
        values.close()
    return SheetPreview(tuple(sheets))
