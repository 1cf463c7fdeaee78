"""Finding assets in the window: typing, facets, sort, empty state, keyboard, memory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from enablement.api import SearchRequest
from tests.ui.conftest import wait_results
from ui.facets import KEY_ROLE


def header(window) -> str:
    return window.result_header.text()


def titles(window) -> list[str]:
    return [row.title for row in window.model.rows]


def test_opens_on_library_with_results_and_focused_search(qtbot, make_window, demo_dir: Path):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    assert header(window).startswith("51 assets in the library")
    assert window.model.rowCount() == 50  # the first page
    qtbot.waitUntil(window.search_box.hasFocus)
    assert "51 assets" in window.library_label.text()


def test_typing_searches_and_highlights(qtbot, make_window, demo_dir: Path):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    qtbot.keyClicks(window.search_box, "security questionnaire")
    wait_results(qtbot, window, lambda: "security questionnaire" in header(window))
    assert "Security questionnaire: standard answers" in titles(window)[:3]
    snippet = window.model.rows[0].snippet_html
    assert "<b>" in snippet.lower()
    assert window.result_stack.currentWidget() is window.results


def test_did_you_mean_link_corrects_the_query(qtbot, make_window, demo_dir: Path):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    qtbot.keyClicks(window.search_box, "invoca")
    wait_results(qtbot, window, lambda: window.did_you_mean.isVisible())
    assert "invoxa" in window.did_you_mean.text()
    window.did_you_mean.linkActivated.emit("invoxa")
    wait_results(qtbot, window, lambda: "match “invoxa”" in header(window))
    assert window.search_box.text() == "invoxa"
    assert any("Invoxa" in t for t in titles(window))


def test_facet_click_filters_and_shows_the_active_filter(qtbot, make_window, demo_dir: Path):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    item = window.facets.value_item("kind", "battlecard")
    count = int(item.text(0).rsplit("(", 1)[1].rstrip(")"))
    assert count >= 3
    item.setCheckState(0, Qt.CheckState.Checked)
    wait_results(qtbot, window, lambda: header(window).startswith(f"{count} asset"))
    assert window.model.rowCount() == count
    assert all(row.meta.startswith("Battlecard") for row in window.model.rows)
    assert window.filter_bar.chip_texts() == ["Kind: Battlecard"]
    # Disjunctive counts: other kinds still show what they would add.
    assert window.facets.value_item("kind", "case_study") is not None
    window.filter_bar.chips[0].click()
    wait_results(qtbot, window, lambda: header(window).startswith("51 assets"))
    assert not window.filter_bar.isVisible()


def test_sort_by_title(qtbot, make_window, demo_dir: Path):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    window.sort_box.setCurrentIndex(window.sort_box.findData("title"))
    wait_results(qtbot, window, lambda: titles(window) == sorted(titles(window), key=str.casefold))
    assert window.settings.sort == "title"


def test_empty_state_says_what_to_try(qtbot, make_window, demo_dir: Path):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    qtbot.keyClicks(window.search_box, "zyxwvut qqqq")
    wait_results(qtbot, window, lambda: window.result_stack.currentWidget() is window.empty)
    text = window.empty.text()
    assert "No assets match" in text and "fewer words" in text
    assert "Prepare for a call" in text


def test_empty_library_explains_how_to_import(qtbot, make_window, tmp_path: Path):
    window = make_window(tmp_path / "empty")
    wait_results(qtbot, window, lambda: window.result_stack.currentWidget() is window.empty
                 and "empty" in window.empty.text())
    assert "Import" in window.empty.text() and "drag" in window.empty.text()


def test_keyboard_search_move_and_clear(qtbot, make_window, demo_dir: Path):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    window.results.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "pricing")
    wait_results(qtbot, window, lambda: "pricing" in header(window))
    start = window.results.currentIndex().row()  # -1 when nothing is selected yet
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.results.currentIndex().row() == start + 1
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.results.currentIndex().row() == start + 2
    qtbot.keyClick(window.search_box, Qt.Key.Key_Up)
    assert window.results.currentIndex().row() == start + 1
    assert window.search_box.hasFocus()  # arrows move the selection, typing goes on
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    wait_results(qtbot, window, lambda: header(window).startswith("51 assets"))
    window.results.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()


def test_filters_sort_and_layout_are_remembered(qtbot, make_window, demo_dir: Path, settings):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    window.facets.value_item("stage", "decision").setCheckState(0, Qt.CheckState.Checked)
    window.sort_box.setCurrentIndex(window.sort_box.findData("title"))
    window.resize(1100, 700)
    window.splitter.setSizes([300, 400, 400])
    wait_results(qtbot, window)
    sizes = window.splitter.sizes()
    window.close()

    again = make_window(demo_dir, app_settings=settings)
    wait_results(qtbot, again, lambda: again.model.rowCount() > 0)
    assert again.filter_bar.chip_texts() == ["Funnel stage: Decision"]
    assert again.sort_box.currentData() == "title"
    assert again.size().width() == 1100
    assert again.splitter.sizes() == sizes
    checked = again.facets.value_item("stage", "decision")
    assert checked.checkState(0) == Qt.CheckState.Checked
    assert checked.data(0, KEY_ROLE) == "decision"


def test_fits_a_1366_by_768_laptop_screen(qtbot, make_window, demo_dir: Path):
    window = make_window(demo_dir)
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1366 and hint.height() <= 768 - 40  # a taskbar
    window.resize(1366, 728)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    assert window.search_box.isVisible() and window.results.isVisible()
    assert window.detail.isVisible() and window.facets.isVisible()
    assert window.results.width() >= 300 and window.detail.width() >= 300


def test_results_follow_a_half_typed_word(qtbot, make_window, demo_dir: Path):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    qtbot.keyClicks(window.search_box, "questionn")
    wait_results(qtbot, window, lambda: "questionn" in header(window))
    assert "Security questionnaire: standard answers" in titles(window)[:3]
    assert not window.did_you_mean.isVisible()
    prefix_total = int(header(window).split()[0])
    qtbot.keyClicks(window.search_box, " ")  # the word is finished: no longer a prefix
    wait_results(qtbot, window, lambda: "near spellings" in header(window))
    assert int(header(window).split()[0]) != prefix_total


def test_settled_searches_are_logged_with_what_was_opened(qtbot, make_window, demo_dir: Path):
    from enablement.library import Library
    from enablement.search import search_log as searchlog

    def logged():
        with Library.open(demo_dir) as library, library.sessions() as session:
            return searchlog.recent(session)

    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    qtbot.keyClicks(window.search_box, "pricing")
    wait_results(qtbot, window, lambda: "pricing" in header(window))
    total = int(header(window).split()[0])
    qtbot.waitUntil(lambda: len(logged()) == 1, timeout=10_000)  # once, not per keystroke
    window.results.setCurrentIndex(window.model.index(0))
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # open the first result
    qtbot.waitUntil(lambda: logged()[0].opened, timeout=10_000)
    entry = logged()[0]
    assert (entry.text, entry.result_count) == ("pricing", total)
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, "zyxwvut")
    qtbot.waitUntil(lambda: len(logged()) == 2, timeout=10_000)
    assert (logged()[0].text, logged()[0].result_count, logged()[0].opened) == (
        "zyxwvut", 0, False)


def test_a_damaged_index_is_said_plainly_and_results_come_back(qtbot, make_window,
                                                              demo_dir: Path, monkeypatch):
    """A search that fails inside the index: no traceback dialog, no failure on every
    keystroke; the window says the index is being repaired, then shows the results."""
    from tests.enablement.search.test_index_repair import _damage

    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    shown: list[str] = []
    original = window.search_pane.show_empty  # the search pane says what it shows
    window.search_pane.show_empty = lambda message: (shown.append(message), original(message))
    dialogs: list[BaseException] = []
    monkeypatch.setattr(type(window.errors), "__call__",
                        lambda _self, exc: dialogs.append(exc))
    library = window.library
    qtbot.waitUntil(lambda: window.search_warm, timeout=30_000)
    library.searcher.close()
    _damage(library)
    qtbot.keyClicks(window.search_box, "security")
    qtbot.waitUntil(lambda: library.repair.repairs == 1, timeout=60_000)
    wait_results(qtbot, window, lambda: "security" in header(window)
                 and window.model.rowCount() > 0, timeout=30_000)
    assert any("Repairing the search index" in message for message in shown)
    assert dialogs == []


def test_the_window_opens_and_searches_on_a_full_disk(qtbot, make_window, demo_template: Path,
                                                      tmp_path: Path):
    """No room left even for SQLite's WAL index: the library opens read-only, and a rep
    can still find and read content before a call."""
    import shutil

    from tests.smalldisk import closed_cleanly, fill, small_disk

    with small_disk(tmp_path / "disk", 24 * 1024) as disk:
        library = disk / "lib"
        shutil.copytree(demo_template, library)
        closed_cleanly(library)
        fill(disk)
        window = make_window(library)
        wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
        qtbot.keyClicks(window.search_box, "security")
        wait_results(qtbot, window, lambda: "security" in header(window)
                     and window.model.rowCount() > 0)
        assert window.library.read_only is not None
        window.close()


def test_result_rows_know_a_workbook_from_its_format_not_its_name(demo_library) -> None:
    """The result menu offers "Calculator…" for workbooks: the registry says which, whatever
    the file was called."""
    from ui.main_window import IMPORT_FILTER
    from ui.rows import search_rows

    response = demo_library.search.search(SearchRequest(limit=200))
    rows = {row.asset_id: row for row in search_rows(demo_library, response)}
    formats = {hit.asset_id: hit.format for hit in response.hits}
    assert {asset for asset, row in rows.items() if row.calculator} == {
        asset for asset, fmt in formats.items() if fmt == "xlsx"} != set()
    for extension in (".pdf", ".docx", ".pptx", ".xlsx", ".md", ".markdown", ".txt"):
        assert f"*{extension}" in IMPORT_FILTER


def test_a_partial_search_says_so_offers_a_request_and_logs_nothing_found(
        qtbot, make_window, demo_dir: Path):
    """The demo holds nothing about Kubernetes: its invoice assets are near misses, shown
    under a plain notice with the request link, and the search counts as finding
    nothing for marketing."""
    from enablement.library import Library
    from enablement.search import search_log as searchlog

    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    assert not window.partial_notice.isVisible()
    qtbot.keyClicks(window.search_box, "kubernetes invoice")
    wait_results(qtbot, window, lambda: "well" in header(window))
    assert header(window).startswith("No asset matches “kubernetes invoice” well")
    assert window.partial_notice.isVisible()
    assert "Partial matches" in window.partial_notice.text()
    assert 'href="request"' in window.partial_notice.text()
    assert window.model.rowCount() > 0 and all(row.partial for row in window.model.rows)
    # The notice heads them all, so the rows need not say it each.
    assert not window.model.rows[0].meta.startswith("Partial match")

    def logged():
        with Library.open(demo_dir) as library, library.sessions() as session:
            return searchlog.recent(session)

    qtbot.waitUntil(lambda: len(logged()) == 1, timeout=10_000)
    assert (logged()[0].text, logged()[0].result_count) == ("kubernetes invoice", 0)
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, "invoice")
    wait_results(qtbot, window, lambda: "match “invoice”" in header(window))
    assert not window.partial_notice.isVisible()
