"""Edit the tags of one asset or of many at once, with the taxonomy's values; and the
title and summary of one asset.

With several assets, a value some of them have shows half-ticked; leaving it so changes
nothing, ticking it adds it to all, unticking it takes it from all. A title and summary
belong to one asset, so they are offered only when one is selected.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from enablement.api import AssetView, BulkEdit, Taxonomy
from ui.plaintext import button_text, escape, rich_label

EDITABLE_FACETS = ("kind", "stage", "objection", "competitor", "industry", "persona")
LEAVE = "(leave as is)"
KEY_ROLE = Qt.ItemDataRole.UserRole + 20


class TagEditor(QDialog):
    def __init__(self, views: list[AssetView], taxonomy: Taxonomy,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagEditor")
        self.views = views
        self.taxonomy = taxonomy
        count = len(views)
        self.setWindowTitle("Edit title, summary and tags" if count == 1
                            else f"Edit tags of {count} assets")
        self.resize(720, 560)
        outer = QVBoxLayout(self)
        heading = views[0].title if count == 1 else f"{count} assets selected"
        intro = rich_label(f"<b>{escape(heading)}</b><br>Your choices become confirmed "
                           + ("title, summary and tags" if count == 1 else "tags")
                           + " that re-imports never overwrite."
                           + ("" if count == 1 else " Half-ticked values are on some of the "
                              "assets; leave them so to keep them as they are."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        # Plain text fields: a title like "<h1>Big</h1>" is edited as the text it is.
        self.title_edit: QLineEdit | None = None
        self.summary_edit: QPlainTextEdit | None = None
        if count == 1:
            outer.addWidget(self._text_fields(views[0]))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.lists: dict[str, QListWidget] = {}
        self.initial: dict[str, dict[str, Qt.CheckState]] = {}
        self.new_values: dict[str, QLineEdit] = {}
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kindBox")
        self._initial_kind = ""
        for position, facet in enumerate(EDITABLE_FACETS):
            spec = taxonomy.facet(facet)
            group = QGroupBox(button_text(spec.label))
            layout = QVBoxLayout(group)
            if not spec.multi:
                self._fill_kind(facet, spec.values)
                layout.addWidget(self.kind_box)
            else:
                values = self._values_for(facet)
                widget = QListWidget()
                widget.setObjectName(f"tags:{facet}")
                widget.setMinimumHeight(120)
                states: dict[str, Qt.CheckState] = {}
                for key, label in values:
                    item = QListWidgetItem(label)
                    item.setData(KEY_ROLE, key)
                    state = self._state(facet, key)
                    states[key] = state
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                    if state == Qt.CheckState.PartiallyChecked:
                        flags |= Qt.ItemFlag.ItemIsUserTristate
                    item.setFlags(flags)
                    item.setCheckState(state)
                    widget.addItem(item)
                self.lists[facet] = widget
                self.initial[facet] = states
                layout.addWidget(widget)
                if spec.open:
                    line = QLineEdit()
                    line.setPlaceholderText(f"Add a new {spec.label.lower()}…")
                    line.returnPressed.connect(lambda f=facet: self._add_new(f))
                    self.new_values[facet] = line
                    layout.addWidget(line)
            grid.addWidget(group, position // 2, position % 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        if self.title_edit is not None:  # a title cannot be empty: lists show it
            self.title_edit.textChanged.connect(
                lambda text: self.save_button.setEnabled(bool(text.strip())))

    def _text_fields(self, view: AssetView) -> QGroupBox:
        group = QGroupBox("Title and summary")
        layout = QVBoxLayout(group)
        self.title_edit = QLineEdit(view.title)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText("What a rep sees in every list")
        self.summary_edit = QPlainTextEdit(view.summary)
        self.summary_edit.setObjectName("summaryEdit")
        self.summary_edit.setPlaceholderText("A sentence or two on what it is and when to use it")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(90)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.summary_edit)
        return group

    def text_edit(self) -> tuple[str | None, str | None]:
        """The title and summary typed, each None when left as it was."""
        if self.title_edit is None or self.summary_edit is None:
            return None, None
        view = self.views[0]
        title = " ".join(self.title_edit.text().split())
        summary = self.summary_edit.toPlainText().strip()
        return (title if title != view.title else None,
                summary if summary != (view.summary or "").strip() else None)

    def _values_for(self, facet: str) -> list[tuple[str, str]]:
        """The taxonomy's values plus any the assets carry that it no longer lists."""
        values = [(v.key, v.label) for v in self.taxonomy.facet(facet).values]
        known = {key for key, _ in values}
        for view in self.views:
            for tag in view.tags.get(facet, ()):
                if tag.key not in known:
                    values.append((tag.key, tag.label))
                    known.add(tag.key)
        return values

    def _state(self, facet: str, key: str) -> Qt.CheckState:
        having = sum(1 for v in self.views if key in {t.key for t in v.tags.get(facet, ())})
        if having == 0:
            return Qt.CheckState.Unchecked
        if having == len(self.views):
            return Qt.CheckState.Checked
        return Qt.CheckState.PartiallyChecked

    def _fill_kind(self, facet: str, values: tuple) -> None:
        current = {(v.tags.get(facet) or [None])[0] and v.tags[facet][0].key for v in self.views}
        self.kind_box.addItem(LEAVE, "")
        for value in values:
            self.kind_box.addItem(value.label, value.key)
        if len(current) == 1 and None not in current:
            key = next(iter(current))
            index = self.kind_box.findData(key)
            if index >= 0:
                self.kind_box.setCurrentIndex(index)
                self._initial_kind = key

    def _add_new(self, facet: str) -> None:
        line = self.new_values[facet]
        label = line.text().strip()
        if not label:
            return
        widget = self.lists[facet]
        for row in range(widget.count()):
            if widget.item(row).text().casefold() == label.casefold():
                widget.item(row).setCheckState(Qt.CheckState.Checked)
                line.clear()
                return
        item = QListWidgetItem(label)
        item.setData(KEY_ROLE, label)  # resolved (or created) by the core on save
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        widget.addItem(item)
        self.initial[facet][label] = Qt.CheckState.Unchecked
        line.clear()

    def set_checked(self, facet: str, label: str, checked: bool) -> None:
        """Tick or untick a value by its label (what a person sees)."""
        widget = self.lists[facet]
        for row in range(widget.count()):
            item = widget.item(row)
            if item.text() == label:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(f"{facet} has no value labelled {label}")

    def edit(self) -> BulkEdit:
        add: dict[str, tuple[str, ...]] = {}
        remove: dict[str, tuple[str, ...]] = {}
        kind = self.kind_box.currentData()
        if kind and kind != self._initial_kind:
            add["kind"] = (kind,)
        for facet, widget in self.lists.items():
            added, removed = [], []
            for row in range(widget.count()):
                item = widget.item(row)
                key = item.data(KEY_ROLE)
                before = self.initial[facet].get(key, Qt.CheckState.Unchecked)
                after = item.checkState()
                if after == before:
                    continue
                if after == Qt.CheckState.Checked:
                    added.append(key)
                elif after == Qt.CheckState.Unchecked:
                    removed.append(key)
            if added:
                add[facet] = tuple(added)
            if removed:
                remove[facet] = tuple(removed)
        return BulkEdit(add=add, remove=remove)
