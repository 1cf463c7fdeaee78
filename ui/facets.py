"""The facet sidebar (values with counts, click to filter) and the bar of active filters."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from enablement.api import Taxonomy
from ui.plaintext import button_text

SIDEBAR_FACETS = ("kind", "stage", "objection", "competitor", "industry", "persona")
FACET_ROLE = Qt.ItemDataRole.UserRole + 10
KEY_ROLE = Qt.ItemDataRole.UserRole + 11

Filters = dict[str, list[str]]


class FacetSidebar(QTreeWidget):
    """Each facet lists the values that occur in the current results, with their count.

    Counts are disjunctive (a facet's own filter does not shrink its counts), so ticking
    "Decision" still shows how many assets "Evaluation" would add.
    """

    filters_changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetSidebar")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setMinimumWidth(180)
        self.filters: Filters = {}
        self._taxonomy: Taxonomy | None = None
        self._populating = False
        self._collapsed: set[str] = set()
        self.itemChanged.connect(self._item_changed)
        self.itemCollapsed.connect(lambda item: self._collapsed.add(item.data(0, FACET_ROLE)))
        self.itemExpanded.connect(lambda item: self._collapsed.discard(item.data(0, FACET_ROLE)))

    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        self._taxonomy = taxonomy

    def label(self, facet: str, key: str) -> str:
        return self._taxonomy.label(facet, key) if self._taxonomy else key

    def facet_label(self, facet: str) -> str:
        if self._taxonomy is None:
            return facet
        try:
            return self._taxonomy.facet(facet).label
        except Exception:  # noqa: BLE001 - a facet removed from the taxonomy keeps its name
            return facet

    def show_counts(self, counts: dict[str, dict[str, int]]) -> None:
        self._populating = True
        self.setUpdatesEnabled(False)
        try:
            self.clear()
            for facet in SIDEBAR_FACETS:
                values = dict(counts.get(facet, {}))
                for active in self.filters.get(facet, []):
                    values.setdefault(active, 0)
                group = QTreeWidgetItem([self.facet_label(facet)])
                group.setData(0, FACET_ROLE, facet)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.addTopLevelItem(group)
                ordered = sorted(values.items(), key=lambda kv: (-kv[1], self.label(facet, kv[0])))
                for key, count in ordered:
                    item = QTreeWidgetItem([f"{self.label(facet, key)}  ({count})"])
                    item.setData(0, FACET_ROLE, facet)
                    item.setData(0, KEY_ROLE, key)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    active = key in self.filters.get(facet, [])
                    item.setCheckState(0, Qt.CheckState.Checked if active
                                       else Qt.CheckState.Unchecked)
                    group.addChild(item)
                if not values:
                    empty = QTreeWidgetItem(["(none in these results)"])
                    empty.setFlags(Qt.ItemFlag.NoItemFlags)
                    group.addChild(empty)
                group.setExpanded(facet not in self._collapsed)
        finally:
            self.setUpdatesEnabled(True)
            self._populating = False

    def set_filters(self, filters: Filters, emit: bool = True) -> None:
        self.filters = {f: list(v) for f, v in filters.items() if v}
        self._sync_checks()
        if emit:
            self.filters_changed.emit(self.filters)

    def toggle(self, facet: str, key: str) -> None:
        values = self.filters.setdefault(facet, [])
        if key in values:
            values.remove(key)
        else:
            values.append(key)
        if not values:
            del self.filters[facet]
        self._sync_checks()
        self.filters_changed.emit(self.filters)

    def value_item(self, facet: str, key: str) -> QTreeWidgetItem | None:
        for group_row in range(self.topLevelItemCount()):
            group = self.topLevelItem(group_row)
            for row in range(group.childCount()):
                item = group.child(row)
                if item.data(0, FACET_ROLE) == facet and item.data(0, KEY_ROLE) == key:
                    return item
        return None

    def _sync_checks(self) -> None:
        self._populating = True
        try:
            for group_row in range(self.topLevelItemCount()):
                group = self.topLevelItem(group_row)
                for row in range(group.childCount()):
                    item = group.child(row)
                    key = item.data(0, KEY_ROLE)
                    if key is None:
                        continue
                    active = key in self.filters.get(item.data(0, FACET_ROLE), [])
                    item.setCheckState(0, Qt.CheckState.Checked if active
                                       else Qt.CheckState.Unchecked)
        finally:
            self._populating = False

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._populating or item.data(0, KEY_ROLE) is None:
            return
        facet, key = item.data(0, FACET_ROLE), item.data(0, KEY_ROLE)
        wanted = item.checkState(0) == Qt.CheckState.Checked
        if wanted != (key in self.filters.get(facet, [])):
            self.toggle(facet, key)


class ActiveFilterBar(QWidget):
    """One removable chip per active filter, and "Clear filters"."""

    remove_requested = Signal(str, str)
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activeFilters")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.chips: list[QToolButton] = []

    def show_filters(self, filters: Filters, sidebar: FacetSidebar) -> None:
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.chips = []
        if not filters:
            self.setVisible(False)
            return
        self._layout.addWidget(QLabel("Filtered by:"))
        for facet, keys in filters.items():
            for key in keys:
                chip = QToolButton()
                label = f"{sidebar.facet_label(facet)}: {sidebar.label(facet, key)}"
                chip.setText(button_text(label) + "  ✕")  # "R&D" is not a shortcut
                chip.setToolTip("Remove this filter")
                chip.setAutoRaise(True)
                chip.clicked.connect(
                    lambda _=False, f=facet, k=key: self.remove_requested.emit(f, k))
                self._layout.addWidget(chip)
                self.chips.append(chip)
        clear = QToolButton()
        clear.setText("Clear filters")
        clear.setAutoRaise(True)
        clear.clicked.connect(self.clear_requested.emit)
        self._layout.addWidget(clear)
        self._layout.addStretch(1)
        self.setVisible(True)

    def chip_texts(self) -> list[str]:
        """What each chip reads, as a person sees it."""
        return [chip.text().removesuffix("  ✕").replace("&&", "&") for chip in self.chips]
