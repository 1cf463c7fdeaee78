"""The Review page: suggested tags waiting for a marketer's yes or no, worked by keyboard.

One row per suggestion (asset, field, value, confidence, why). Up and Down move, Shift
and Ctrl select several, A accepts and R rejects what is selected, Enter opens the asset
in the library. The rows acted on leave at once and the row that takes their place is
selected, so a run of A and R goes down the list without the mouse. This widget only
shows and asks (signals); ``ReviewController`` talks to the library.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from enablement.api import ReviewItem, ReviewQueue
from ui.plaintext import make_plain, tooltip

COLUMNS = ("Asset", "Field", "Suggestion", "Confidence", "Why")
ASSET, FIELD, VALUE, CONFIDENCE, WHY = range(len(COLUMNS))
WAITING_COLOUR = "#5f6368"  # a value not in effect: another one of the field was accepted
Index = QModelIndex | QPersistentModelIndex


def item_key(item: ReviewItem) -> tuple[int, str, str]:
    return item.asset_id, item.facet, item.key


class ReviewModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.items: list[ReviewItem] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.title, item.facet_label, item.label, f"{item.confidence:.0%}",
                    item.why)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ASSET:
                return tooltip(f"{item.title}\n{item.source_name}")
            if column == WHY:
                return tooltip(item.why)
            if not item.in_effect:
                return "Not in effect: another value of this field was accepted"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CONFIDENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not item.in_effect:
            return QColor(WAITING_COLOUR)
        return None

    def set_items(self, items: list[ReviewItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def remove(self, keys: set[tuple[int, str, str]]) -> None:
        self.set_items([i for i in self.items if item_key(i) not in keys])


class ReviewPane(QWidget):
    accept_requested = Signal(list)  # [ReviewItem]
    reject_requested = Signal(list)
    open_requested = Signal(int)     # asset id: show it in the library

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPane")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.header = QLabel("")
        self.header.setObjectName("reviewHeader")
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.stack = QStackedWidget()
        self.model = ReviewModel()
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ASSET, 300), (FIELD, 90), (VALUE, 170), (CONFIDENCE, 84)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.empty = QLabel("")
        self.empty.setObjectName("reviewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.why = QLabel("")
        self.why.setObjectName("reviewWhy")
        self.why.setWordWrap(True)
        self.why.setMinimumHeight(44)
        self.why.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        make_plain(self.header, self.why, self.empty)  # titles and phrases, as written
        layout.addWidget(self.why)
        layout.addLayout(self._build_buttons())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_why())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.table.activated.connect(self._open)
        self.show_message("Open the Review page to see the suggestions waiting for you.")

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        hint = QLabel("↑ ↓ move · Shift/Ctrl select · A accept · R reject · Enter opens the "
                      "asset · Ctrl+A selects all")
        hint.setObjectName("reviewHint")
        row.addWidget(hint, 1)
        self.accept_action = QAction("Accept", self)
        self.reject_action = QAction("Reject", self)
        self.accept_button = QPushButton("Accept (A)")
        self.accept_button.setObjectName("reviewAccept")
        self.reject_button = QPushButton("Reject (R)")
        self.reject_button.setObjectName("reviewReject")
        for action, key, button, signal in (
                (self.accept_action, "A", self.accept_button, self.accept_requested),
                (self.reject_action, "R", self.reject_button, self.reject_requested)):
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, s=signal: self._decide(s))
            button.clicked.connect(lambda _c=False, s=signal: self._decide(s))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus stays in the list
            self.addAction(action)
            row.addWidget(button)
        self._enable()
        return row

    # -- showing ------------------------------------------------------------------------

    def show_message(self, message: str) -> None:
        self.model.set_items([])
        self.header.setText("")
        self.empty.setText(message)
        self.stack.setCurrentWidget(self.empty)
        self._show_why()
        self._enable()

    def show_queue(self, queue: ReviewQueue) -> None:
        """The queue as loaded; the same suggestion stays selected when it is still
        there, else the row that took its place."""
        current = self.current_item()
        row = max(self.table.currentIndex().row(), 0)
        if not queue.items:
            self.show_message("Nothing to review: every suggestion has been accepted or "
                              "rejected. New imports bring new ones.")
            return
        more = (f" (the {queue.shown_assets} newest listed)"
                if queue.shown_assets < queue.assets else "")
        self.header.setText(f"{len(queue.items)} suggestions on {queue.assets} assets wait "
                            f"for review{more}. Accepting makes a tag confirmed; a rejected "
                            "one never comes back.")
        had_focus = self.table.hasFocus()
        self.model.set_items(list(queue.items))
        self.stack.setCurrentWidget(self.table)
        keys = [item_key(i) for i in queue.items]
        if current is not None and item_key(current) in keys:
            row = keys.index(item_key(current))
        self.select_row(row)
        if had_focus or self.isVisible():
            self.table.setFocus()

    def take(self, items: list[ReviewItem]) -> None:
        """Rows acted on leave at once; the next one down is selected."""
        rows = [self.model.items.index(i) for i in items if i in self.model.items]
        self.model.remove({item_key(i) for i in items})
        if not self.model.items:
            self.show_message("Saving…")
            return
        self.select_row(min(rows) if rows else 0)

    def select_row(self, row: int) -> None:
        if not self.model.items:
            return
        row = min(max(row, 0), len(self.model.items) - 1)
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)  # selects the row, as a click would
        self.table.scrollTo(index)
        self._show_why()
        self._enable()

    # -- asking -------------------------------------------------------------------------

    def current_item(self) -> ReviewItem | None:
        row = self.table.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def selected_items(self) -> list[ReviewItem]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.items[row] for row in rows if row < len(self.model.items)]

    def _decide(self, signal: Signal) -> None:
        items = self.selected_items()
        if items:
            signal.emit(items)  # type: ignore[attr-defined]

    def _open(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.model.items):
            self.open_requested.emit(self.model.items[index.row()].asset_id)

    def _show_why(self) -> None:
        item = self.current_item()
        self.why.setText("" if item is None else
                         f"{item.title} ({item.source_name}) — {item.facet_label}: "
                         f"{item.label}, {item.confidence:.0%} sure. Why: {item.why}.")

    def _enable(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows()) if self.model.items else False
        for widget in (self.accept_button, self.reject_button, self.accept_action,
                       self.reject_action):
            widget.setEnabled(chosen)
