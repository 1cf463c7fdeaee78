"""The "Search synonyms" dialog on a real library: it lists the groups, and what a person
types or clicks in it changes what searches find, at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from enablement.api import Library, SearchRequest
from enablement.catalog.synonyms import replace_hub_groups
from tests import filemakers as make
from ui.synonyms_dialog import SynonymsDialog

RFI = ("rfi", "request for information")
DOC = "tender questions.txt"


def _library(folder: Path, tmp_path: Path) -> Path:
    sources = tmp_path / "sources"
    sources.mkdir()
    make.make_text(sources / DOC, "Answers for the request for information from "
                   "Harbor County: fleet size, cold-chain records and references.\n")
    with Library.open(folder) as library:
        assert not library.import_paths([sources]).any_failed
    return folder


def _open(qtbot, window) -> SynonymsDialog:  # noqa: ANN001
    window.synonyms_action.trigger()
    qtbot.waitUntil(lambda: window.synonyms.dialog is not None
                    and window.synonyms.dialog.isVisible()
                    and not window.synonyms.busy
                    and window.synonyms.dialog.table.rowCount() > 0, timeout=15_000)
    return window.synonyms.dialog


def _rows(dialog: SynonymsDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(row, 0).text(), table.item(row, 1).text())
            for row in range(table.rowCount())]


def _row_of(dialog: SynonymsDialog, text: str) -> int:
    return [entries for entries, _origin in _rows(dialog)].index(text)


def _type_and_enter(qtbot, window, dialog: SynonymsDialog, text: str) -> None:  # noqa: ANN001
    dialog.entry_edit.clear()
    qtbot.keyClicks(dialog.entry_edit, text)
    qtbot.keyClick(dialog.entry_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.synonyms.busy and not dialog.busy, timeout=15_000)


def _finds_doc(library: Library, text: str) -> bool:
    response = library.search.search(SearchRequest(text=text))
    return not response.partial and DOC in [hit.source_name for hit in response.hits]


def _stored(library: Library) -> list[tuple[tuple[str, ...], str]]:
    return [(group.entries, group.origin) for group in library.catalog.synonyms()]


def test_the_dialog_lists_the_built_in_groups(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window(_library(tmp_path / "library", tmp_path))
    dialog = _open(qtbot, window)
    assert dialog.windowTitle() == "Search synonyms"
    rows = _rows(dialog)
    assert ("rfp = request for proposal = rfq", "built-in") in rows
    assert len(rows) == len(window.library.catalog.synonyms())
    assert {origin for _entries, origin in rows} == {"built-in"}
    assert dialog.entry_edit.hasFocus()  # the person can type a group at once
    # A built-in group can be edited: its buttons are on once it is selected.
    dialog.table.selectRow(_row_of(dialog, "rfp = request for proposal = rfq"))
    assert dialog.remove_group_button.isEnabled()
    assert dialog.remove_entries_button.isEnabled()


def test_a_typed_group_is_stored_and_searched_then_removed(qtbot, make_window,
                                                             tmp_path: Path) -> None:
    window = make_window(_library(tmp_path / "library", tmp_path))
    library = window.library
    assert not _finds_doc(library, "rfi")
    dialog = _open(qtbot, window)

    _type_and_enter(qtbot, window, dialog, "rfi, Request for  Information")
    assert (RFI, "library") in _stored(library)
    assert _finds_doc(library, "rfi")  # at once: no re-index
    assert dialog.entry_edit.text() == ""
    assert "Added “rfi = request for information”" in dialog.message.text()
    row = _row_of(dialog, "rfi = request for information")
    assert _rows(dialog)[row][1] == "yours"
    assert dialog.selected_group().entries == RFI  # the new group is selected

    # More entries for the selected group, with the button.
    qtbot.keyClicks(dialog.entry_edit, "rfis")
    assert dialog.extend_button.isEnabled()
    qtbot.mouseClick(dialog.extend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.synonyms.busy, timeout=15_000)
    assert ((*RFI, "rfis"), "library") in _stored(library)
    assert _finds_doc(library, "rfis")

    # Remove group asks first; answering "Remove group" removes it.
    qtbot.mouseClick(dialog.remove_group_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirm is not None and dialog.confirm.isVisible(),
                    timeout=5_000)
    remove = next(button for button in dialog.confirm.findChildren(QPushButton)
                  if button.text() == "Remove group")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.synonyms.busy
                    and "rfi = request for information = rfis"
                    not in [entries for entries, _o in _rows(dialog)], timeout=15_000)
    assert all("rfi" not in entries for entries, _origin in _stored(library))
    assert not _finds_doc(library, "rfi")
    assert dialog.message.text() == "Removed the group."


def test_a_single_entry_is_refused_in_the_dialog(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window(_library(tmp_path / "library", tmp_path))
    library = window.library
    before = _stored(library)
    dialog = _open(qtbot, window)
    rows = _rows(dialog)
    _type_and_enter(qtbot, window, dialog, "rfi")
    assert "needs two different words or phrases" in dialog.message.text()
    assert dialog.isVisible() and dialog.entry_edit.text() == "rfi"  # to correct it
    assert _stored(library) == before and _rows(dialog) == rows
    # An empty box is answered by the dialog itself, without a write.
    _type_and_enter(qtbot, window, dialog, " , ")
    assert "separated by commas" in dialog.message.text()
    assert _stored(library) == before


def test_a_hub_group_is_shown_read_only(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window(_library(tmp_path / "library", tmp_path))
    library = window.library
    with library.sessions.begin() as session:
        replace_hub_groups(session, [("gc", "general contractor")])
    library.taxonomy_changed()
    dialog = _open(qtbot, window)
    row = _row_of(dialog, "gc = general contractor")
    assert _rows(dialog)[row][1] == "team hub"
    dialog.table.selectRow(row)
    assert dialog.selected_group().origin == "hub"
    qtbot.keyClicks(dialog.entry_edit, "gcs")
    for button in (dialog.remove_group_button, dialog.remove_entries_button,
                   dialog.extend_button):
        assert not button.isEnabled()
        assert "team hub" in button.toolTip()
    assert "team hub" in dialog.table.item(row, 0).toolTip()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # the shortcut is off for it too
    assert dialog.confirm is None
    # Another row makes the buttons usable again.
    dialog.table.selectRow(_row_of(dialog, "rfp = request for proposal = rfq"))
    assert dialog.remove_group_button.isEnabled() and dialog.extend_button.isEnabled()
    assert (("gc", "general contractor"), "hub") in _stored(library)


def test_entries_removed_by_ticking_and_a_file_imported(qtbot, make_window, tmp_path: Path,
                                                        monkeypatch) -> None:
    window = make_window(_library(tmp_path / "library", tmp_path))
    library = window.library
    synonym_file = make.make_text(tmp_path / "jargon.txt", "# the trade's words\n"
                                  "rfi, request for information, rfis\n"
                                  "gc, general contractor\n")
    monkeypatch.setattr("ui.synonyms_dialog.QFileDialog.getOpenFileName",
                        lambda *_args: (str(synonym_file), ""))
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.synonyms.busy
                    and "Added 2 group(s) from jargon.txt" in dialog.message.text(),
                    timeout=15_000)
    assert ((*RFI, "rfis"), "library") in _stored(library)
    assert _finds_doc(library, "rfi")

    dialog.table.selectRow(_row_of(dialog, "rfi = request for information = rfis"))
    qtbot.mouseClick(dialog.remove_entries_button, Qt.MouseButton.LeftButton)
    picker = dialog.picker
    qtbot.waitUntil(lambda: picker is not None and picker.isVisible(), timeout=5_000)
    assert not picker.remove_button.isEnabled()  # nothing ticked yet
    picker.entries.item(0).setCheckState(Qt.CheckState.Checked)  # "rfi"
    qtbot.mouseClick(picker.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.synonyms.busy
                    and "request for information = rfis"
                    in [entries for entries, _o in _rows(dialog)], timeout=15_000)
    assert (("request for information", "rfis"), "library") in _stored(library)
    assert _finds_doc(library, "rfis")


def test_opening_another_library_closes_the_list(qtbot, make_window, tmp_path: Path) -> None:
    """Left open, the list would go on editing the library that is no longer shown."""
    window = make_window(_library(tmp_path / "library", tmp_path))
    dialog = _open(qtbot, window)
    other = tmp_path / "other"
    Library.open(other).close()
    window.switch_library(other)
    qtbot.waitUntil(lambda: window.synonyms.dialog is None, timeout=15_000)
    assert not dialog.isVisible()


def test_a_long_list_is_found_in_restored_and_exported(qtbot, make_window, tmp_path: Path,
                                                       monkeypatch) -> None:
    window = make_window(_library(tmp_path / "library", tmp_path))
    library = window.library
    dialog = _open(qtbot, window)
    # Find: only the groups holding the typed text stay shown.
    qtbot.keyClicks(dialog.filter_edit, "PROPOSAL")
    shown = [entries for row, (entries, _origin) in enumerate(_rows(dialog))
             if not dialog.table.isRowHidden(row)]
    assert shown == ["rfp = request for proposal = rfq"]
    dialog.filter_edit.clear()
    assert not any(dialog.table.isRowHidden(row) for row in range(dialog.table.rowCount()))
    # A built-in group removed, then restored with its button.
    sso = next(g for g in library.catalog.synonyms() if "saml" in g.entries)
    library.catalog.remove_synonyms(sso.id)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.synonyms.busy
                    and "Restored 1 built-in group(s)." in dialog.message.text(),
                    timeout=15_000)
    assert (sso.entries, "default") in _stored(library)
    assert "sso = single sign-on = saml" in [entries for entries, _o in _rows(dialog)]
    # Exported to a file another library imports.
    target = tmp_path / "out" / "synonyms.txt"
    target.parent.mkdir()
    monkeypatch.setattr("ui.synonyms_dialog.QFileDialog.getSaveFileName",
                        lambda *_args: (str(target), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote" in dialog.message.text(), timeout=15_000)
    assert dialog.message.text() == (f"Wrote {len(library.catalog.synonyms())} group(s) "
                                     "to synonyms.txt.")
    assert "sso, single sign-on, saml\n" in target.read_text(encoding="utf-8")
