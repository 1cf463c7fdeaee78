"""Table models for the Insights view: one generic row model described by columns, the
table view over it, and the stage × objection coverage grid.

Each column gives the text a person reads and, separately, the raw value a sort uses
(numbers, timestamps, or ``None`` for "no value"), so "12" sorts after "9" and an asset
without a win rate sorts after every asset that has one, whichever the direction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from enablement.api import GAP_MIN_DEMAND, MIN_SAMPLE, THIN_RATIO, AssetScore, CoverageCell
from ui.plaintext import tooltip

SORT_ROLE = Qt.ItemDataRole.UserRole + 40      # raw value: int, float, str or None
ASSET_ID_ROLE = Qt.ItemDataRole.UserRole + 41  # the row's asset id, where it has one
STATUS_ROLE = Qt.ItemDataRole.UserRole + 42    # coverage: "gap", "thin", "ok", "quiet"
DIM = QColor("#8a8a8a")                        # readable on light and dark palettes
STATUS_COLORS = {"gap": QColor("#f2b8b5"), "thin": QColor("#f9dc8c"),
                 "ok": QColor("#c8e6c9")}      # "quiet" keeps the view's own background
INK = QColor("#202020")                        # text on a coloured cell
NONE = "–"

Cell = QModelIndex | QPersistentModelIndex


# -- formatting -----------------------------------------------------------------------------

def count(value: int) -> str:
    return f"{value:,}"


def percent(value: float | None, digits: int = 0) -> str:
    return NONE if value is None else f"{value * 100:.{digits}f}%"


def money(value: float) -> str:
    """Amounts as the CRM export gave them; the currency is not recorded, so none is shown."""
    return f"{value:,.0f}"


def day(value: datetime | date | None, missing: str = NONE) -> str:
    if value is None:
        return missing
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def stamp(value: datetime | date | None) -> float | None:
    """A sortable number for a date or time (``None`` stays ``None``)."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    return value.timestamp()


# -- the generic row model ------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    """How one column shows a row: ``text`` for the eye, ``key`` for sorting (defaults to
    the case-folded text), and optional tooltip and grey-text rules."""

    header: str
    text: Callable[[Any], str]
    key: Callable[[Any], object] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    dim: Callable[[Any], bool] | None = None
    numeric: bool = False

    def sort_key(self, row: Any) -> object:
        return self.key(row) if self.key is not None else self.text(row).casefold()


class RowTableModel(QAbstractTableModel):
    """Rows of one dataclass, shown through ``columns``; sorts itself in Python.

    Sorting here rather than in QSortFilterProxyModel: Qt's proxy calls back into Python
    ``data()`` twice per comparison, about half a second for a 10k-asset scorecard, while
    one ``sorted()`` over precomputed keys takes milliseconds.
    """

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._given: list[Any] = []   # in the order compute() chose
        self._order: list[int] = []   # positions in _given, as shown
        self.rows: list[Any] = []     # as shown
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._arrange(*self._sort)
        self.endResetModel()

    def rowCount(self, parent: Cell = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Cell = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section].header
        return super().headerData(section, orientation, role)

    def data(self, index: Cell, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort_key(row)
        if role == Qt.ItemDataRole.ToolTipRole:  # titles, needs, labels: shown as typed
            return tooltip(column.tooltip(row)) if column.tooltip else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return DIM if column.dim and column.dim(row) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == ASSET_ID_ROLE:
            return getattr(row, "asset_id", None)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self._order
        self._arrange(column, order)
        place = {given: shown for shown, given in enumerate(self._order)}
        moved_from = self.persistentIndexList()  # keeps the selection on the same rows
        moved_to = [self.index(place[before[old.row()]], old.column()) for old in moved_from]
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def _arrange(self, column: int, order: Qt.SortOrder) -> None:
        """Stable sort from the given order; rows without a value go last either way."""
        self._sort = (column, order)
        if 0 <= column < len(self.columns):
            spec = self.columns[column]
            keys = [spec.sort_key(row) for row in self._given]
            present = sorted((i for i, key in enumerate(keys) if key is not None),
                             key=lambda i: keys[i],  # type: ignore[arg-type, return-value]
                             reverse=order == Qt.SortOrder.DescendingOrder)
            self._order = present + [i for i, key in enumerate(keys) if key is None]
        else:
            self._order = list(range(len(self._given)))
        self.rows = [self._given[i] for i in self._order]


class TableProxy(QSortFilterProxyModel):
    """Filters rows by the text of the first column; sorting goes to the source model."""

    def __init__(self, source: RowTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        assert isinstance(source, RowTableModel)
        source.sort(column, order)


class InsightTable(QTableView):
    """A sortable table over a ``RowTableModel``; activating a row that names an asset
    (double-click or Enter, like the result list) emits its id."""

    asset_activated = Signal(int)

    def __init__(self, columns: Sequence[Column], stretch: int = 0,
                 sort: tuple[int, Qt.SortOrder] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = RowTableModel(columns, self)
        self.proxy = TableProxy(self.source, self)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(100)  # widths from a sample, not 10k rows
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(*(sort or (-1, Qt.SortOrder.AscendingOrder)))
        self.setSortingEnabled(True)
        self.resizeColumnsToContents()  # to the headers until rows come
        self._sized = False
        self.activated.connect(self._activated)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.source.set_rows(rows)
        if rows and not self._sized:  # once, so the person's own widths stay
            self._sized = True
            self.resizeColumnsToContents()

    def _activated(self, index: QModelIndex) -> None:
        asset_id = index.data(ASSET_ID_ROLE)
        if asset_id is not None:
            self.asset_activated.emit(int(asset_id))


# -- columns of each table ------------------------------------------------------------------

def _lift_text(score: AssetScore) -> str:
    if score.lift_pp is None:
        return NONE
    return f"{'≈ ' if score.small_sample else ''}{score.lift_pp:+.1f} pp"


def _lift_tip(score: AssetScore) -> str | None:
    if score.lift_pp is None:
        return "No influenced deal closed in this period, so no win rate to compare."
    if score.small_sample:
        return (f"Small sample: only {score.influenced_closed} influenced deals closed "
                f"(fewer than {MIN_SAMPLE}); read this lift as a hint, not a finding.")
    return f"Win rate of influenced deals minus the baseline, over {score.influenced_closed} deals."


SCORECARD_COLUMNS = [
    Column("Asset", lambda s: s.title,
           tooltip=lambda s: " · ".join(p for p in (s.title, s.kind, ", ".join(s.stages)) if p)),
    Column("Rating", lambda s: f"{s.rating:.1f} ({s.votes})", key=lambda s: s.rating,
           tooltip=lambda s: f"Bayesian rating from {s.votes} votes "
                             f"(plain mean {s.mean_stars:.2f})" if s.votes else
                             "No votes yet: this is the library mean.",
           dim=lambda s: s.votes == 0, numeric=True),
    Column("Uses", lambda s: count(s.uses), key=lambda s: s.uses, numeric=True,
           tooltip=lambda s: f"{s.uses} uses ({s.used_on_call} on a call), {s.views} views"),
    Column("Reps", lambda s: count(s.unique_reps), key=lambda s: s.unique_reps, numeric=True),
    Column("Influenced deals", lambda s: count(s.influenced_deals),
           key=lambda s: s.influenced_deals, numeric=True,
           tooltip=lambda s: f"{s.influenced_closed} closed, {s.influenced_won} won"),
    Column("Win rate", lambda s: NONE if s.win_rate is None else
           f"{percent(s.win_rate)} ({s.influenced_won}/{s.influenced_closed})",
           key=lambda s: s.win_rate, dim=lambda s: s.small_sample, numeric=True),
    Column("Lift", _lift_text, key=lambda s: s.lift_pp, tooltip=_lift_tip,
           dim=lambda s: s.small_sample, numeric=True),
    Column("Influenced revenue", lambda s: money(s.influenced_revenue),
           key=lambda s: s.influenced_revenue, numeric=True),
    Column("Attributed revenue", lambda s: money(s.attributed_revenue),
           key=lambda s: s.attributed_revenue, numeric=True,
           tooltip=lambda s: "Each won deal's amount split evenly among the assets used on it"),
    Column("Last used", lambda s: day(s.last_used, "never"), key=lambda s: stamp(s.last_used),
           numeric=True),
]

QUERY_COLUMNS = [
    Column("Query", lambda q: q.text),
    Column("Searches", lambda q: count(q.searches), key=lambda q: q.searches, numeric=True),
    Column("Found nothing", lambda q: count(q.zero_results), key=lambda q: q.zero_results,
           numeric=True),
    Column("Clicked", lambda q: count(q.clicked), key=lambda q: q.clicked, numeric=True),
    Column("Last searched", lambda q: day(q.last_searched), key=lambda q: stamp(q.last_searched),
           numeric=True),
]

REQUEST_COLUMNS = [
    Column("When", lambda r: day(r.created_at), key=lambda r: stamp(r.created_at)),
    Column("Rep", lambda r: r.user_name),
    Column("Need", lambda r: r.need, tooltip=lambda r: r.need),
    Column("Query", lambda r: r.query),
    Column("Stage", lambda r: r.stage),
    Column("Objection", lambda r: r.objection),
]

STALE_COLUMNS = [
    Column("Asset", lambda a: a.title, tooltip=lambda a: a.title),
    Column("Why", lambda a: "; ".join(a.reasons)),
    Column("Expires", lambda a: day(a.expires_on), key=lambda a: stamp(a.expires_on)),
    Column("Last used", lambda a: day(a.last_used, "never"), key=lambda a: stamp(a.last_used)),
    Column("Rating", lambda a: f"{a.rating:.1f} ({a.votes})", key=lambda a: a.rating,
           numeric=True),
]

def _counts(*pairs: tuple[str, str]) -> list[Column]:
    """Plain count columns: (header, attribute name)."""
    return [Column(header, lambda row, name=name: count(getattr(row, name)),
                   key=lambda row, name=name: getattr(row, name), numeric=True)
            for header, name in pairs]


ADOPTION_COLUMNS = [
    Column("Rep", lambda a: a.user_name),
    *_counts(("Searches", "searches"), ("Found nothing", "zero_result_searches"),
             ("Views", "views"), ("Uses", "uses"), ("Used on call", "used_on_call"),
             ("Ratings", "ratings"), ("Field notes", "field_notes"), ("Requests", "requests")),
    Column("Last active", lambda a: day(a.last_active), key=lambda a: stamp(a.last_active)),
]

CALCULATOR_COLUMNS = [
    Column("Calculator", lambda c: c.title),
    Column("Runs", lambda c: count(c.runs), key=lambda c: c.runs, numeric=True),
    Column("Reps", lambda c: count(c.reps), key=lambda c: c.reps, numeric=True),
    Column("Last run", lambda c: day(c.last_run), key=lambda c: stamp(c.last_run)),
    Column("Prospects' typical numbers (median)", lambda c: c.typical,
           tooltip=lambda c: c.typical.replace("; ", "\n")),
]

TREND_COLUMNS = [
    Column("Month", lambda t: t.month),
    *_counts(("Searches", "searches"), ("Found nothing", "zero_result_searches"),
             ("Views", "views"), ("Uses", "uses"), ("Ratings", "ratings")),
    Column("Mean stars", lambda t: NONE if t.mean_stars is None else f"{t.mean_stars:.2f}",
           key=lambda t: t.mean_stars, numeric=True),
    *_counts(("Field notes", "field_notes"), ("Requests", "requests")),
]


# -- the coverage grid ----------------------------------------------------------------------

def coverage_tip(cell: CoverageCell) -> str:
    """What the two numbers in a cell mean and why it has its colour."""
    verdict = {
        "gap": "Gap: asked for, and no well-rated asset answers it.",
        "thin": f"Thin: more than {THIN_RATIO:g} demands per well-rated asset.",
        "quiet": "Quiet: nobody heard or searched this here in the period.",
    }.get(cell.status)
    if verdict is None:
        verdict = ("Covered." if cell.well_rated_assets or cell.demand >= GAP_MIN_DEMAND else
                   f"Too little demand to call a gap (fewer than {GAP_MIN_DEMAND}).")
    return (f"{cell.objection_label} at {cell.stage_label}\n"
            f"Demand {cell.demand}: heard {cell.heard}× in field notes, "
            f"searched {cell.searched}×.\n"
            f"Supply {cell.well_rated_assets}: well-rated assets "
            f"({cell.tagged_assets} tagged in all).\n{verdict}")


class CoverageModel(QAbstractTableModel):
    """Objections down, stages across (the order the taxonomy gives); each cell reads
    "demand / supply" and is coloured by its status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.stages: list[tuple[str, str]] = []       # (key, label)
        self.objections: list[tuple[str, str]] = []
        self._cells: dict[tuple[str, str], CoverageCell] = {}  # (objection, stage)

    def set_cells(self, cells: Sequence[CoverageCell]) -> None:
        self.beginResetModel()
        self.stages = list(dict.fromkeys((c.stage, c.stage_label) for c in cells))
        self.objections = list(dict.fromkeys((c.objection, c.objection_label) for c in cells))
        self._cells = {(c.objection, c.stage): c for c in cells}
        self.endResetModel()

    def cell(self, row: int, column: int) -> CoverageCell | None:
        if not (0 <= row < len(self.objections) and 0 <= column < len(self.stages)):
            return None
        return self._cells.get((self.objections[row][0], self.stages[column][0]))

    def rowCount(self, parent: Cell = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.objections)

    def columnCount(self, parent: Cell = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.stages)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return super().headerData(section, orientation, role)
        names = self.stages if orientation == Qt.Orientation.Horizontal else self.objections
        return names[section][1] if 0 <= section < len(names) else None

    def data(self, index: Cell, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        cell = self.cell(index.row(), index.column()) if index.isValid() else None
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{cell.demand} / {cell.well_rated_assets}"
        if role == STATUS_ROLE:
            return cell.status
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATUS_COLORS.get(cell.status)
        if role == Qt.ItemDataRole.ForegroundRole:
            return INK if cell.status in STATUS_COLORS else DIM
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(coverage_tip(cell))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None
