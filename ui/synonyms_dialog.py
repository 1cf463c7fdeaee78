"""The library's synonym list on screen: see the groups, add, extend and drop them.

The dialog only shows and asks: each edit is a signal, and ``SynonymsController`` runs it
on the write lane and hands the new list back (``set_groups``), so the dialog never waits
on the core. Groups from the team hub are shown but cannot be edited here: the next sync
would undo the change, so the buttons say where to change them instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enablement.api import Synonyms
from ui.plaintext import make_plain, plain_label, tooltip

EXPLANATION = ("A search for any entry of a group also finds the others. Add your own "
               "words: acronyms, product names, the trade's jargon.")
ORIGIN_LABELS = {"default": "built-in", "library": "yours", "hub": "team hub"}
HUB_TIP = ("This group comes from the team hub: marketing changes it there (a change "
           "here would be undone at the next sync).")
ENTRY_SPLIT = re.compile(r"[,=]")  # "a, b" as typed; "a = b" as the list shows groups
IMPORT_FILTER = "Synonym lists (*.txt);;All files (*)"
ERROR_COLOUR = "#b3261e"


def split_entries(text: str) -> list[str]:
    """The entries typed in the box: separated by commas (or "=", as the list shows)."""
    return [part.strip() for part in ENTRY_SPLIT.split(text) if part.strip()]


def group_text(group: Synonyms) -> str:
    return " = ".join(group.entries)


class SynonymsDialog(QDialog):
    """Modeless, so a person can try a new group in the search box at once."""

    add_requested = Signal(list)  # entries of a new group
    extend_requested = Signal(int, list)  # group id, entries to add to it
    remove_requested = Signal(int, list)  # group id, entries to drop (none: the group)
    import_requested = Signal(Path)  # a synonym file, one group per line
    export_requested = Signal(Path)  # where to write the list, in the same format
    restore_requested = Signal()  # the built-in groups the library dropped, back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("synonymsDialog")
        self.setWindowTitle("Search synonyms")
        self.resize(760, 540)
        self.groups: list[Synonyms] = []
        self.busy = False
        self.confirm: QMessageBox | None = None  # the open "remove group?" question
        self.picker: EntryPicker | None = None  # the open "remove entries" chooser
        outer = QVBoxLayout(self)
        intro = plain_label(EXPLANATION)
        intro.setWordWrap(True)
        outer.addWidget(intro)
        outer.addLayout(self._build_filter_row())
        outer.addWidget(self._build_table(), 1)
        outer.addLayout(self._build_group_buttons())
        outer.addLayout(self._build_entry_row())
        self.message = QLabel("")
        self.message.setObjectName("synonymsMessage")
        make_plain(self.message)  # quotes what was typed
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.message)
        bottom = QHBoxLayout()
        self.import_button = self._button("&Import file…", "Add the groups of a text file: "
                                          "one group per line, entries separated by commas")
        self.import_button.clicked.connect(self.choose_file)
        bottom.addWidget(self.import_button)
        self.export_button = self._button("E&xport file…", "Write the list as a text file "
                                          "another library can import")
        self.export_button.clicked.connect(self.choose_export)
        bottom.addWidget(self.export_button)
        self.restore_button = self._button("Restore &built-in", "Add back the built-in "
                                           "groups removed from this library")
        self.restore_button.clicked.connect(self.restore_requested.emit)
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        self.close_button = self._button("&Close")
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_group,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.set_groups([])
        self.show_message("Loading the synonym list…")
        self.entry_edit.setFocus()

    # -- building -----------------------------------------------------------------------

    def _button(self, text: str, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter belongs to the entry box, not to a button
        button.setToolTip(tip)
        return button

    def _build_table(self) -> QTableWidget:
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("synonymsTable")
        self.table.setHorizontalHeaderLabels(["Searches treat as one", "From"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)  # a long group wraps rather than hides its end
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(self.fontMetrics().height() + 8)  # room to read
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("team hub") + 32)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        return self.table

    def _build_filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel("&Find:")
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("synonymsFilter")
        self.filter_edit.setPlaceholderText("a word in any group")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda _text: self._apply_filter())
        label.setBuddy(self.filter_edit)
        row.addWidget(label)
        row.addWidget(self.filter_edit, 1)
        return row

    def _apply_filter(self) -> None:
        """Only the groups holding the typed text (a list can have hundreds)."""
        wanted = " ".join(self.filter_edit.text().casefold().split())
        for row, group in enumerate(self.groups):
            shown = not wanted or any(wanted in entry for entry in group.entries)
            self.table.setRowHidden(row, not shown)

    def _build_group_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.remove_entries_button = self._button("Remove &entries…")
        self.remove_entries_button.clicked.connect(self.choose_entries_to_remove)
        self.remove_group_button = self._button("&Remove group")
        self.remove_group_button.clicked.connect(self.remove_group)
        # Said on screen, not only in a tooltip: why the buttons are off for this group.
        self.hub_note = plain_label("From the team hub: marketing changes it there.")
        self.hub_note.setObjectName("synonymsHubNote")
        self.hub_note.setVisible(False)
        row.addWidget(self.remove_entries_button)
        row.addWidget(self.remove_group_button)
        row.addWidget(self.hub_note)
        row.addStretch(1)
        return row

    def _build_entry_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel("&New entries:")
        self.entry_edit = QLineEdit()
        self.entry_edit.setObjectName("synonymEntries")
        self.entry_edit.setPlaceholderText("e.g. rfi, request for information")
        self.entry_edit.setClearButtonEnabled(True)
        self.entry_edit.returnPressed.connect(self.add_group)
        self.entry_edit.textChanged.connect(lambda _text: self._update_buttons())
        label.setBuddy(self.entry_edit)
        self.add_button = self._button("&Add group", "A new group of the typed entries "
                                       "(Enter)")
        self.add_button.clicked.connect(self.add_group)
        self.extend_button = self._button("Add to &selected")
        self.extend_button.clicked.connect(self.extend_group)
        row.addWidget(label)
        row.addWidget(self.entry_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.extend_button)
        return row

    # -- what the controller tells it ---------------------------------------------------

    def set_groups(self, groups: Sequence[Synonyms], select: int | None = None) -> None:
        """Show ``groups``; keep the selected group selected, or select group ``select``."""
        keep = select if select is not None else self.selected_id()
        self.groups = list(groups)
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(self.groups))
        muted = self.palette().color(QPalette.ColorGroup.Disabled,
                                     QPalette.ColorRole.Text)
        for row, group in enumerate(self.groups):
            entries = QTableWidgetItem(group_text(group))
            origin = QTableWidgetItem(ORIGIN_LABELS.get(group.origin, group.origin))
            entries.setData(Qt.ItemDataRole.UserRole, group.id)
            for column, item in enumerate((entries, origin)):
                if not group.editable:
                    item.setForeground(muted)
                    item.setToolTip(tooltip(HUB_TIP))
                table.setItem(row, column, item)
        table.blockSignals(False)
        self._apply_filter()
        table.clearSelection()
        rows = [row for row, group in enumerate(self.groups) if group.id == keep]
        if rows:
            table.selectRow(rows[0])
            table.scrollToItem(table.item(rows[0], 0))
        self.show_message("")
        self._update_buttons()

    def set_busy(self, busy: bool) -> None:
        """While a change is saved, edits wait: the next one needs the list it leaves."""
        self.busy = busy
        self._update_buttons()

    def show_message(self, text: str, problem: bool = False) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR}" if problem else "")
        self.message.setText(text)

    def show_problem(self, text: str) -> None:
        self.show_message(text, problem=True)

    def show_saved(self, text: str, group: Synonyms | None) -> None:
        """A change was saved: the typed entries are done with, the group shown."""
        self.entry_edit.clear()
        self.show_message(text)
        if group is not None:
            self.select_group(group.id)

    # -- the selection ------------------------------------------------------------------

    def selected_group(self) -> Synonyms | None:
        rows = self.table.selectionModel().selectedRows()
        return self.groups[rows[0].row()] if rows else None

    def selected_id(self) -> int | None:
        group = self.selected_group()
        return group.id if group is not None else None

    def select_group(self, group_id: int) -> None:
        for row, group in enumerate(self.groups):
            if group.id == group_id:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                return

    def _selection_changed(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        group = self.selected_group()
        chosen = group is not None and not self.busy
        editable = chosen and group.editable
        typed = bool(split_entries(self.entry_edit.text()))
        self.add_button.setEnabled(not self.busy)
        self.import_button.setEnabled(not self.busy)
        self.restore_button.setEnabled(not self.busy)
        self.extend_button.setEnabled(editable and typed)
        self.remove_entries_button.setEnabled(editable)
        self.remove_group_button.setEnabled(editable)
        hub = group is not None and not group.editable
        self.hub_note.setVisible(hub)
        self.extend_button.setToolTip(HUB_TIP if hub else "Add the typed entries to the "
                                      "selected group")
        self.remove_entries_button.setToolTip(HUB_TIP if hub else "Choose entries to drop "
                                              "from the selected group")
        self.remove_group_button.setToolTip(HUB_TIP if hub else "Searches stop treating "
                                            "the selected group's entries as one (Delete)")

    # -- the person's edits -------------------------------------------------------------

    def add_group(self) -> None:
        if self.busy:
            return
        entries = split_entries(self.entry_edit.text())
        if not entries:
            self.show_problem("Type the entries of the group, separated by commas: "
                              "rfi, request for information.")
            self.entry_edit.setFocus()
            return
        self.add_requested.emit(entries)

    def extend_group(self) -> None:
        group, entries = self.selected_group(), split_entries(self.entry_edit.text())
        if self.busy or group is None or not group.editable or not entries:
            return
        self.extend_requested.emit(group.id, entries)

    def remove_group(self) -> None:
        group = self.selected_group()
        if self.busy or group is None or not group.editable:
            return
        box = QMessageBox(QMessageBox.Icon.Question, "Remove synonym group",
                          f"Remove the group “{group_text(group)}”?\n\nSearches stop "
                          "treating these entries as one.",
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        remove = box.addButton("Remove group", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(clicked: object) -> None:
            if clicked is remove:
                self.remove_requested.emit(group.id, [])

        box.buttonClicked.connect(answered)
        self.confirm = box
        box.open()

    def choose_entries_to_remove(self) -> None:
        group = self.selected_group()
        if self.busy or group is None or not group.editable:
            return
        picker = EntryPicker(group, self)
        picker.accepted.connect(
            lambda: self.remove_requested.emit(group.id, picker.chosen()))
        self.picker = picker
        picker.open()

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export synonyms",
                                              str(Path.home() / "synonyms.txt"),
                                              IMPORT_FILTER)
        if path:
            self.export_requested.emit(Path(path))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import synonyms", str(Path.home()),
                                              IMPORT_FILTER)
        if path:
            self.import_requested.emit(Path(path))


class EntryPicker(QDialog):
    """Tick the entries to drop from one group."""

    def __init__(self, group: Synonyms, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("synonymEntryPicker")
        self.setWindowTitle("Remove entries")
        layout = QVBoxLayout(self)
        note = plain_label("Tick the entries to remove. A group left with fewer than two "
                           "entries is removed.")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.entries = QListWidget()
        self.entries.setSpacing(2)
        for entry in group.entries:
            item = QListWidgetItem(entry)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.entries.addItem(item)
        self.entries.setCurrentRow(0)
        self.entries.itemChanged.connect(lambda _item: self._update())
        layout.addWidget(self.entries, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.remove_button = QPushButton("Remove")
        self.remove_button.clicked.connect(self.accept)
        cancel = QPushButton("Cancel")
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.resize(380, 360)
        self._update()

    def chosen(self) -> list[str]:
        return [self.entries.item(row).text() for row in range(self.entries.count())
                if self.entries.item(row).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        self.remove_button.setEnabled(bool(self.chosen()))
