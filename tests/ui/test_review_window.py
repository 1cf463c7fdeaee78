"""Reviewing suggestions in the window, by keyboard, and the import table's tag columns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from enablement.library import Library
from tests.filemakers import make_pdf, make_text
from tests.review_files import PRICING, library_with_suggestions


def _open_review(qtbot, window):
    window.show_review_page()
    pane = window.review_pane
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0, timeout=30_000)
    return pane


def _stored(folder: Path) -> dict[tuple[str, str, str], str]:
    with Library.open(folder) as library:
        return {(view.source_name, facet, tag.key): tag.origin
                for view in library.catalog.list_assets()
                for facet, tags in view.tags.items() for tag in tags}


def test_the_review_page_lists_each_suggestion_and_why(qtbot, make_window, tmp_path: Path):
    folder = library_with_suggestions(tmp_path / "lib", tmp_path / "files")
    window = make_window(folder)
    pane = _open_review(qtbot, window)
    rows = [(i.source_name, i.facet, i.key) for i in pane.model.items]
    assert ("pricing.txt", "objection", "price") in rows
    assert {name for name, _f, _k in rows} == {"pricing.txt", "security.txt"}
    assert "wait for review" in pane.header.text()
    tab = window.pages.tabText(window.pages.indexOf(pane))
    assert tab == f"Review ({len(rows)})"
    price = rows.index(("pricing.txt", "objection", "price"))
    model = pane.model
    texts = [model.index(price, column).data() for column in range(model.columnCount())]
    assert texts[1:3] == ["Objection", model.items[price].label]
    assert texts[3].endswith("%") and texts[4] == model.items[price].why
    assert "“" in texts[4]  # a phrase, quoted, and where it was found
    assert pane.table.hasFocus()
    pane.select_row(price)
    assert "Why: " in pane.why.text() and "pricing.txt" in pane.why.text()


def test_accept_and_reject_by_keyboard(qtbot, make_window, tmp_path: Path):
    folder = library_with_suggestions(tmp_path / "lib", tmp_path / "files")
    window = make_window(folder)
    pane = _open_review(qtbot, window)
    items = list(pane.model.items)
    # The first row: A accepts it, and the next row is selected at once.
    pane.select_row(0)
    first, second = items[0], items[1]
    qtbot.keyClick(pane.table, Qt.Key.Key_A)
    assert pane.current_item() == second and first not in pane.model.items
    qtbot.waitUntil(lambda: "Accepted 1 suggestion" in window.statusBar().currentMessage(),
                    timeout=30_000)
    qtbot.waitUntil(lambda: not window.review.saving and pane.model.rowCount()
                    == len(items) - 1, timeout=30_000)
    assert pane.current_item() == second and pane.table.hasFocus()
    # Shift+Down selects two rows; R rejects both.
    qtbot.keyClick(pane.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = pane.selected_items()
    assert len(chosen) == 2
    qtbot.keyClick(pane.table, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: not window.review.saving and pane.model.rowCount()
                    == len(items) - 3, timeout=30_000)
    window.close()
    stored = _stored(folder)
    assert stored[(first.source_name, first.facet, first.key)] == "manual"
    for item in chosen:
        assert (item.source_name, item.facet, item.key) not in stored


def test_accept_everything_selected(qtbot, make_window, tmp_path: Path):
    folder = library_with_suggestions(tmp_path / "lib", tmp_path / "files")
    window = make_window(folder)
    pane = _open_review(qtbot, window)
    items = list(pane.model.items)
    pane.table.selectAll()
    qtbot.mouseClick(pane.accept_button, Qt.MouseButton.LeftButton)
    assert pane.stack.currentWidget() is pane.empty  # the rows left at once
    qtbot.waitUntil(lambda: "Nothing to review" in pane.empty.text(), timeout=30_000)
    assert window.pages.tabText(window.pages.indexOf(pane)) == "Review"
    window.close()
    stored = _stored(folder)
    assert all(stored[(i.source_name, i.facet, i.key)] == "manual" for i in items)


def test_the_import_table_shows_each_files_kind_stage_and_objections(
        qtbot, make_window, tmp_path: Path):
    window = make_window(tmp_path / "lib")
    folder = tmp_path / "incoming"
    folder.mkdir()
    make_text(folder / "pricing.txt", PRICING)
    make_pdf(folder / "Acme case study.pdf",
             ["Acme case study: how Acme cut invoice costs by half after switching."])
    (folder / "manifest.csv").write_text("file,kind,objections\npricing.txt,battlecard,roi\n",
                                         encoding="utf-8")
    dialog = window.import_paths([folder])
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled(), timeout=60_000)
    names = [Path(name).name for name, _s, _r in dialog.row_texts()]
    tags = dict(zip(names, dialog.tag_texts(), strict=True))
    assert tags["pricing.txt"][0] == "Battlecard"  # from the manifest
    assert tags["pricing.txt"][2] == window.library.taxonomy().label("objection", "roi")
    result = next(r for r in dialog.report.results if r.path.endswith("case study.pdf"))
    assert tags["Acme case study.pdf"] == tuple(", ".join(t.label for t in result.tags_of(f))
                                                for f in ("kind", "stage", "objection"))
    assert tags["Acme case study.pdf"][0], "a kind is always suggested"
    row = names.index("Acme case study.pdf")
    kind_cell = dialog.table.item(row, 2)
    assert kind_cell.font().italic() and "confirm or reject it in Review" in kind_cell.toolTip()
    assert not dialog.table.item(names.index("pricing.txt"), 2).font().italic()
    # Its "Review suggestions" button takes the marketer to the queue.
    assert dialog.review_button.isVisible()
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.review_pane
    qtbot.waitUntil(lambda: window.review_pane.model.rowCount() > 0, timeout=30_000)
