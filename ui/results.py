"""The result list: a model over search hits and a delegate that paints them like cards."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.plaintext import tooltip

ROW_HEIGHT = 78
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
META_ROLE = Qt.ItemDataRole.UserRole + 2
TAGS_ROLE = Qt.ItemDataRole.UserRole + 3
ASSET_ID_ROLE = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True)
class ResultRow:
    """One painted row, with every label already resolved (the delegate never queries)."""

    asset_id: int
    title: str
    meta: str       # "Case study · PDF · acme-case.pdf"
    tags: str       # "Decision · Security review · vs Invoxa"
    snippet_html: str
    why: str = ""   # for recommendations: which tags matched
    calculator: bool = False  # a workbook: the result menu offers it as a calculator
    partial: bool = False  # a near miss of the search: some of the words only


class ResultModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ResultRow] = []

    def set_rows(self, rows: list[ResultRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(row.why or row.meta)  # file names and tag labels, as typed
        if role == SNIPPET_ROLE:
            return row.snippet_html
        if role == META_ROLE:
            return row.meta
        if role == TAGS_ROLE:
            return row.why or row.tags
        if role == ASSET_ID_ROLE:
            return row.asset_id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title}. {row.meta}. {row.why or row.tags}"
        return None

    def asset_id(self, row: int) -> int | None:
        return self.rows[row].asset_id if 0 <= row < len(self.rows) else None


class ResultDelegate(QStyledItemDelegate):
    """Title, a grey line of facts, the tags (or why it is suggested) and the snippet."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument()
        self._doc.setDocumentMargin(0)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        style = option.widget.style() if option.widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_color = palette.highlightedText().color() if selected else palette.text().color()
        dim_color = text_color if selected else palette.placeholderText().color()
        rect: QRect = option.rect.adjusted(10, 6, -10, -4)

        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_color)
        metrics = QFontMetrics(title_font)
        title = metrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "",
                                   Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.left(), rect.top() + metrics.ascent(), title)
        y = rect.top() + metrics.height()

        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        painter.setPen(dim_color)
        line = f"{index.data(META_ROLE)}   {index.data(TAGS_ROLE)}"
        painter.drawText(rect.left(), y + small_metrics.ascent(),
                         small_metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width()))
        y += small_metrics.height() + 2

        snippet = index.data(SNIPPET_ROLE) or ""
        if snippet:
            self._doc.setDefaultFont(small)
            self._doc.setTextWidth(rect.width())
            self._doc.setHtml(f"<span>{snippet}</span>")
            painter.translate(rect.left(), y)
            clip = QRect(0, 0, rect.width(), rect.bottom() - y)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, text_color)
            context.clip = clip
            self._doc.documentLayout().draw(painter, context)
        painter.restore()
