"""Using an asset: detail and preview, open, export, tag editing, prepare for a call."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from enablement.catalog import assets as catalog
from enablement.library import Library
from tests.ui.conftest import search_and_select, wait_results

DEMO = Path(__file__).resolve().parents[2] / "assets" / "demo"


def test_pdf_preview_renders_pages(qtbot, make_window, demo_dir: Path):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    search_and_select(qtbot, window, "security architecture",
                      "Brightledger security architecture and compliance whitepaper")
    qtbot.waitUntil(lambda: window.detail.preview.kind == "pdf", timeout=10_000)
    assert window.detail.preview.pdf_page_count() >= 2
    facts = window.detail.facts.text()
    assert "Whitepaper" in facts and "PDF" in facts
    assert "Security architecture whitepaper.pdf" in facts
    assert "Imported" in facts
    # Tags come with where they came from: this one has a .meta.json sidecar.
    assert any("from .meta.json" in line for line in window.detail.tag_texts())


def test_text_preview_for_docx_and_sheet_view_for_xlsx(qtbot, make_window, demo_dir: Path):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    search_and_select(qtbot, window, "questionnaire", "Security questionnaire: standard answers")
    qtbot.waitUntil(lambda: window.detail.preview.kind == "text", timeout=10_000)
    assert "SOC 2" in window.detail.preview.text.toPlainText()

    search_and_select(qtbot, window, "ROI calculator", "Brightledger AP automation ROI calculator")
    qtbot.waitUntil(lambda: window.detail.preview.kind == "sheets", timeout=10_000)
    sheets = window.detail.preview.sheets
    assert sheets.count() >= 1
    table = sheets.widget(0)
    cells = [table.item(r, c).text() for r in range(table.rowCount())
             for c in range(table.columnCount()) if table.item(r, c)]
    assert any(cell.startswith("=") for cell in cells)  # formulas shown, no cached values


def test_enter_opens_a_named_copy_in_the_system_app(qtbot, make_window, demo_dir: Path, opened):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    qtbot.keyClicks(window.search_box, "Invoxa battlecard")
    wait_results(qtbot, window, lambda: header_titles(window)[:1] ==
                 ["Invoxa battlecard: win on scale, controls and total cost"])
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    assert opened[0].name == "Invoxa battlecard.pdf"
    assert opened[0].read_bytes() == (DEMO / "battlecards" / "Invoxa battlecard.pdf").read_bytes()


def header_titles(window) -> list[str]:
    return [r.title for r in window.model.rows]


def test_export_selected_assets_to_a_folder(qtbot, make_window, demo_dir: Path, tmp_path: Path):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    qtbot.keyClicks(window.search_box, "battlecard")
    wait_results(qtbot, window, lambda: "battlecard" in window.result_header.text())
    window.results.selectAll()
    ids = window.selected_ids()
    assert len(ids) >= 3
    target = tmp_path / "for the call"
    window.export_to(ids, target)
    qtbot.waitUntil(lambda: len(list(target.glob("*"))) == len(ids), timeout=10_000)
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=10_000)
    assert "Invoxa battlecard.pdf" in {p.name for p in target.iterdir()}


def test_bulk_tag_edit_on_several_assets(qtbot, make_window, demo_dir: Path):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    qtbot.keyClicks(window.search_box, "case study")
    wait_results(qtbot, window, lambda: "case study" in window.result_header.text())
    for row in range(3):
        window.results.selectionModel().select(
            window.model.index(row),
            window.results.selectionModel().SelectionFlag.Select)
    ids = window.selected_ids()
    assert len(ids) == 3
    window.edit_tags()
    qtbot.waitUntil(lambda: getattr(window, "tag_editor", None) is not None
                    and window.tag_editor.isVisible(), timeout=10_000)
    editor = window.tag_editor
    assert editor.windowTitle() == "Edit tags of 3 assets"
    editor.set_checked("objection", "Contract terms", True)
    editor.set_checked("competitor", "Clerkwise", True)
    editor.accept()
    qtbot.waitUntil(lambda: "Saved tags on 3" in window.statusBar().currentMessage(),
                    timeout=10_000)
    # The facet sidebar now counts them (the search re-ran against the new index).
    wait_results(qtbot, window, lambda: window.facets.value_item("objection", "contract")
                 is not None)
    with Library.open(demo_dir) as library, library.sessions() as session:
        for asset_id in ids:
            view = catalog.asset_view(session, library.taxonomy(), asset_id)
            objections = {t.key: t.origin for t in view.tags["objection"]}
            assert objections["contract"] == "manual"
            assert "clerkwise" in {t.key for t in view.tags["competitor"]}


def test_confirm_a_suggested_tag_with_one_click(qtbot, make_window, demo_dir: Path):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    # This email template has no metadata at all: every tag is a suggestion.
    search_and_select(qtbot, window, "not a priority",
                      'Re-engagement email when AP automation is "not a priority"')
    qtbot.waitUntil(lambda: bool(window.detail.confirm_buttons), timeout=10_000)
    button = window.detail.confirm_buttons[0]
    _, facet, key = button.objectName().split(":")
    before = len(window.detail.confirm_buttons)
    button.click()
    qtbot.waitUntil(lambda: len(window.detail.confirm_buttons) < before, timeout=10_000)
    assert any("set by hand" in line for line in window.detail.tag_texts())
    with Library.open(demo_dir) as library, library.sessions() as session:
        view = catalog.asset_view(session, library.taxonomy(), window.detail.view.asset_id)
        assert (key, "manual") in {(t.key, t.origin) for t in view.tags[facet]}


def test_prepare_for_a_call_ranks_and_explains(qtbot, make_window, demo_dir: Path):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    window.show_prepare()
    panel = window.prepare
    panel.choose(panel.stage, "Decision")
    panel.tick_objection("Security / compliance")
    panel.choose(panel.competitor, "Invoxa")
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "recommended for this call" in window.result_header.text(),
                    timeout=10_000)
    rows = window.model.rows
    assert rows and all(row.why.startswith("Why:") for row in rows)
    assert "Security" in rows[0].why
    top_titles = [r.title for r in rows[:6]]
    assert any("Security" in t or "Invoxa" in t for t in top_titles)
    # Typing goes back to searching.
    qtbot.keyClicks(window.search_box, "pricing")
    wait_results(qtbot, window, lambda: "match “pricing”" in window.result_header.text())


def test_rate_an_asset_and_sort_by_rating(qtbot, make_window, demo_dir: Path, settings):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    title = "Security questionnaire: standard answers"
    search_and_select(qtbot, window, "security", title)
    qtbot.waitUntil(lambda: window.detail.rating_label.text().startswith("Not rated"),
                    timeout=10_000)
    # Without a name there is nobody to own the rating: the window asks for one.
    window.detail.star_buttons[3].click()
    qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None
                    and window.settings_dialog.isVisible(), timeout=10_000)
    assert "Set your name in Settings" in window.statusBar().currentMessage()
    window.settings_dialog.reject()
    settings.user_name = "Dana Reyes"
    window.detail.star_buttons[4].click()
    qtbot.waitUntil(lambda: window.detail.rating_label.text().startswith("★ 5.0 from 1 "),
                    timeout=10_000)
    assert window.detail.my_stars() == 5
    other = "Security review kickoff email"
    search_and_select(qtbot, window, "security", other)
    window.detail.star_buttons[1].click()
    qtbot.waitUntil(lambda: window.detail.my_stars() == 2, timeout=10_000)
    # Library mean 3.5: the questionnaire (5) rises above the unrated, the email (2) sinks.
    window.sort_box.setCurrentIndex(window.sort_box.findData("rating"))
    wait_results(qtbot, window, lambda: window.model.rows[0].title == title)
    assert "★ 5.0 (1 rating)" in window.model.rows[0].meta
    assert window.model.rows[-1].title == other


def test_usage_is_recorded_as_reps_work(qtbot, make_window, demo_dir: Path, settings, opened):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    title = "Invoxa battlecard: win on scale, controls and total cost"
    search_and_select(qtbot, window, "Invoxa battlecard", title)
    # Shown for more than a moment: a preview.
    qtbot.waitUntil(lambda: window.detail.usage_label.text().startswith("Previewed 0×"),
                    timeout=10_000)
    qtbot.wait(2_000)  # it counts once it has stayed on screen for 1.5 s
    window.load_detail(window.detail.view.asset_id)  # what the pane shows next time
    qtbot.waitUntil(lambda: window.detail.usage_label.text().startswith("Previewed 1×"),
                    timeout=10_000)
    window.detail.open_button.click()
    qtbot.waitUntil(lambda: "opened 1×" in window.detail.usage_label.text(), timeout=10_000)
    assert opened and opened[0].name == "Invoxa battlecard.pdf"
    window.detail.used_button.click()  # no name yet: the window says what to do
    qtbot.waitUntil(lambda: window.errors.last is not None
                    and window.errors.last.isVisible(), timeout=10_000)
    assert "Settings" in window.errors.last.headline.text()
    window.errors.last.close()
    settings.user_name = "Dana Reyes"
    window.detail.used_button.click()
    qtbot.waitUntil(lambda: "used on 1 call" in window.detail.usage_label.text(),
                    timeout=10_000)
