"""The tag editor edits the title and summary of one selected asset (they stay "manual"
through re-imports); with several selected it offers tags only."""

from __future__ import annotations

from pathlib import Path

from enablement.library import Library
from tests import filemakers as make
from tests.ui.conftest import wait_results


def _library(folder: Path, tmp_path: Path) -> Path:
    sources = tmp_path / "sources"
    sources.mkdir()
    make.make_docx(sources / "CS_Pinecrest_FINAL_v2.docx",
                   ["Pinecrest Markets runs 140 tractors and 190 refrigerated trailers."],
                   title="Customer Story Template - DO NOT EDIT",
                   heading="Pinecrest keeps every load cold")
    make.make_text(sources / "breakup email.txt", "Subject: Should I close your file?\n\n"
                   "Hi [First name],\n\nI have reached out a few times about your fleet.\n")
    with Library.open(folder) as library:
        assert not library.import_paths([sources]).any_failed
    return folder


def _open_editor(qtbot, window):  # noqa: ANN001, ANN202
    window.edit_tags()
    qtbot.waitUntil(lambda: window.tag_editor is not None and window.tag_editor.isVisible(),
                    timeout=10_000)
    return window.tag_editor


def test_title_and_summary_edited_for_one_asset(qtbot, make_window, tmp_path: Path) -> None:
    folder = _library(tmp_path / "library", tmp_path)
    window = make_window(folder)
    wait_results(qtbot, window, lambda: window.model.rowCount() == 2)
    titles = [row.title for row in window.model.rows]
    row = titles.index("Pinecrest keeps every load cold")
    window.results.setCurrentIndex(window.model.index(row))
    qtbot.waitUntil(lambda: window.selected_ids() and window.detail.view is not None
                    and window.detail.view.title == titles[row], timeout=10_000)
    asset_id = window.selected_ids()[0]

    editor = _open_editor(qtbot, window)
    assert editor.windowTitle() == "Edit title, summary and tags"
    assert editor.title_edit.text() == "Pinecrest keeps every load cold"
    assert editor.summary_edit.toPlainText().startswith("Pinecrest Markets runs 140 tractors")
    editor.title_edit.clear()
    assert not editor.save_button.isEnabled()  # a title cannot be empty
    qtbot.keyClicks(editor.title_edit, "Pinecrest Markets case study")
    assert editor.save_button.isEnabled()
    editor.summary_edit.setPlainText("Cold-chain records for every load, 64 stores.")
    editor.accept()
    qtbot.waitUntil(lambda: "Saved the title and summary" in window.statusBar().currentMessage(),
                    timeout=10_000)
    wait_results(qtbot, window, lambda: "Pinecrest Markets case study"
                 in [r.title for r in window.model.rows])

    with Library.open(folder) as library:
        view = library.catalog.asset(asset_id)
        assert (view.title, view.title_origin) == ("Pinecrest Markets case study", "manual")
        assert view.summary == "Cold-chain records for every load, 64 stores."


def test_several_assets_get_no_title_or_summary_fields(qtbot, make_window,
                                                       tmp_path: Path) -> None:
    window = make_window(_library(tmp_path / "library", tmp_path))
    wait_results(qtbot, window, lambda: window.model.rowCount() == 2)
    window.results.selectAll()
    editor = _open_editor(qtbot, window)
    assert editor.windowTitle() == "Edit tags of 2 assets"
    assert editor.title_edit is None and editor.text_edit() == (None, None)
    editor.reject()
