"""User text is shown as text: a title, tag label, file name or rep name that looks like
HTML is displayed literally everywhere in the window, never rendered.

The library is real (a file with a sidecar, taxonomy values added by hand, a rating, a use
and a request by a rep whose name is markup). Each place is checked the way Qt decides:
a QLabel holding user text has ``textFormat() == PlainText``; a label, tooltip or chart
label that is HTML on purpose renders (``QTextDocument.setHtml(...).toPlainText()``) to
the literal text.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox

from enablement.catalog import taxonomy
from enablement.errors import UserError
from enablement.feedback import forms as feedback
from enablement.feedback import usage
from enablement.insights.figures import RepAdoption
from enablement.library import Library
from enablement.search.preview import SheetPreview, SheetView
from tests.ui.conftest import wait_results
from ui.errors import ErrorDialog
from ui.insights_charts import AdoptionChart, short_labels
from ui.preview import PreviewPane

TITLE = '<h1>Big</h1><img src="x">'
SUMMARY = "<b>Bold</b> summary & <i>more</i>"
FILE_NAME = "<img src=x><b>deck & notes.txt"   # no "/": it is a file name
TAG = "<u>Tag</u> & <b>co</b>"            # a confirmed objection (from the sidecar)
SUGGESTED = "<s>Suggested</s> &amp; more"  # suggested from the text's words
REP = "<h2>Rep</h2> [*]"
WORD = "zorbix"


def rendered(markup: str) -> str:
    """What a person reads when Qt renders ``markup`` as HTML."""
    document = QTextDocument()
    document.setHtml(markup)
    return document.toPlainText()


def plain(label: QLabel) -> bool:
    return label.textFormat() == Qt.TextFormat.PlainText


def shows(label: QLabel, text: str) -> bool:
    """The label displays ``text`` literally, whichever way it is set up."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return text in label.text()
    return (label.textFormat() == Qt.TextFormat.RichText
            and text in rendered(label.text()))


@pytest.fixture(scope="module")
def hostile_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("hostile-ui")
    content = base / "content"
    content.mkdir()
    (content / FILE_NAME).write_text(
        f"Notes for the call: {WORD} integration, pricing and security answers.",
        encoding="utf-8")
    (content / f"{FILE_NAME}.meta.json").write_text(json.dumps(
        {"title": TITLE, "summary": SUMMARY, "objections": [TAG]}), encoding="utf-8")
    folder = base / "library"
    with Library.open(folder) as library:
        with library.sessions.begin() as session:
            taxonomy.add_value(session, "objection", TAG)
            taxonomy.add_value(session, "persona", SUGGESTED, {WORD: 3.0})
        library.taxonomy_changed()
        report = library.import_paths([content])
        assert not report.any_failed
        [asset_id] = [r.asset_id for r in report.results if r.asset_id]
        with library.sessions.begin() as session:
            feedback.rate(session, library.taxonomy(), asset_id, REP, 4, helped=True)
            usage.record(session, [asset_id], REP, "used_on_call")
        library.drain_index()
    return folder


@pytest.fixture()
def hostile_dir(hostile_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    shutil.copytree(hostile_template, folder)
    return folder


def open_asset(qtbot, window) -> None:
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, WORD)
    wait_results(qtbot, window, lambda: TITLE in [r.title for r in window.model.rows])
    window.results.setCurrentIndex(window.model.index(0))
    qtbot.waitUntil(lambda: window.detail.view is not None
                    and window.detail.view.title == TITLE, timeout=10_000)


def test_result_list_and_asset_pane_show_the_literal_text(qtbot, make_window, settings,
                                                          hostile_dir: Path):
    settings.user_name = REP
    window = make_window(hostile_dir)
    open_asset(qtbot, window)
    # The result list: the delegate draws the title as plain text; the tooltip is HTML.
    index = window.model.index(0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == TITLE
    assert FILE_NAME in rendered(index.data(Qt.ItemDataRole.ToolTipRole))
    assert plain(window.result_header) and f"“{WORD}”" in window.result_header.text()
    # The asset pane.
    detail = window.detail
    assert plain(detail.title) and detail.title.text() == TITLE
    assert shows(detail.facts, FILE_NAME) and shows(detail.facts, SUMMARY)
    tag_rows = detail.tag_texts()
    assert any(TAG in line for line in tag_rows), tag_rows
    values = [detail.tags.itemAtPosition(r, 1).widget() for r in range(detail.tags.rowCount())
              if detail.tags.itemAtPosition(r, 1)]
    assert values and all(plain(label) for label in values)
    suggestion_labels = [w for w in detail.findChildren(QLabel) if "Suggested" in w.text()
                         and w is not detail.suggested_title]
    assert suggestion_labels and all(shows(w, SUGGESTED) for w in suggestion_labels)
    tips = [rendered(b.toolTip()) for b in detail.confirm_buttons]
    assert f"Make “{SUGGESTED}” a confirmed persona tag" in tips, tips
    # The window title shows the rep's name as typed, placeholder and all.
    assert REP in window.windowHandle().title()
    assert all(plain(label) for label in (window.library_label, window.task_label))


def test_rate_dialog_and_tag_editor_show_the_literal_title(qtbot, make_window, settings,
                                                           hostile_dir: Path):
    settings.user_name = REP
    window = make_window(hostile_dir)
    open_asset(qtbot, window)
    window.detail.rate_form_button.click()
    qtbot.waitUntil(lambda: window.feedback.dialog is not None
                    and window.feedback.dialog.isVisible(), timeout=10_000)
    dialog = window.feedback.dialog
    headings = [w for w in dialog.findChildren(QLabel) if "Big" in w.text()]
    assert headings and all(shows(w, TITLE) for w in headings)
    assert any(TAG in dialog.objections.item(i).text()
               for i in range(dialog.objections.count()))
    dialog.reject()
    window.edit_tags()
    qtbot.waitUntil(lambda: getattr(window, "tag_editor", None) is not None
                    and window.tag_editor.isVisible(), timeout=10_000)
    intros = [w for w in window.tag_editor.findChildren(QLabel) if "Big" in w.text()]
    assert intros and all(shows(w, TITLE) for w in intros)
    window.tag_editor.reject()


def test_insights_page_shows_the_literal_title_and_rep(qtbot, make_window, settings,
                                                       hostile_dir: Path):
    settings.user_name = REP
    window = make_window(hostile_dir)
    view = window.insights_view
    window.show_insights_page()
    qtbot.waitUntil(lambda: view.insights is not None and not view.busy.isVisible(),
                    timeout=30_000)
    source = view.scorecard.source
    [row] = [r for r in range(source.rowCount()) if source.rows[r].title == TITLE]
    assert source.index(row, 0).data(Qt.ItemDataRole.DisplayRole) == TITLE
    assert TITLE in rendered(source.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    adoption = view.adoption.source
    assert REP in [adoption.index(r, 0).data() for r in range(adoption.rowCount())]
    # Qt Charts renders axis labels as HTML (month labels use <br> on purpose).
    assert [rendered(label) for label in view.top_chart.categories.categories()] == \
        short_labels([TITLE])
    assert rendered(view.adoption_chart.categories.categories()[-1]) == REP
    coverage = view.coverage_model
    tips = [rendered(coverage.index(r, c).data(Qt.ItemDataRole.ToolTipRole))
            for r in range(coverage.rowCount()) for c in range(coverage.columnCount())]
    assert any(tip.startswith(f"{TAG} at ") for tip in tips)
    # Narrowed to the rep: the period line names them as typed.
    view.filter_bar.rep.setCurrentIndex(view.filter_bar.rep.findData(REP))
    qtbot.waitUntil(lambda: view.insights is not None and view.insights.filter.rep == REP
                    and not view.busy.isVisible(), timeout=30_000)
    assert plain(view.headline.period) and REP in view.headline.period.text()
    view.show_error(f"Could not read {TITLE}")
    assert plain(view.error)


def test_message_boxes_and_dialogs_show_the_literal_text(qtbot, make_window,
                                                         hostile_dir: Path, tmp_path: Path):
    window = make_window(hostile_dir)
    deals = tmp_path / "<b>deals<i>.csv"
    deals.write_text("Id,Name,Account Name,Amount,StageName,IsClosed,IsWon,CloseDate,Type\n"
                     "006X1,<h1>Deal</h1>,<b>Acme,100,Closed Won,true,true,2026-01-01,New\n",
                     encoding="utf-8")
    window.import_deals_file(deals)
    qtbot.waitUntil(lambda: getattr(window, "deals_report", None) is not None, timeout=10_000)
    box: QMessageBox = window.deals_report
    assert box.textFormat() == Qt.TextFormat.PlainText and deals.name in box.text()
    box.close()
    error = ErrorDialog(str(UserError(f"No asset matches '{TITLE}'")), "")
    qtbot.addWidget(error)
    assert plain(error.headline) and TITLE in error.headline.text()
    # The import dialog: the file being read and each file's tooltip.
    more = tmp_path / "more"
    more.mkdir()
    (more / FILE_NAME).write_text("Another note about pricing.", encoding="utf-8")
    dialog = window.import_paths([more])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert plain(dialog.status) and plain(dialog.summary)
    assert rendered(dialog.table.item(0, 0).toolTip()) == str(more / FILE_NAME)


def test_chips_tabs_and_chart_labels_keep_ampersands_and_markup(qtbot):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.show_preview(SheetPreview((SheetView("P&L <b>2026</b>", (("1",),), False),)))
    tab = pane.sheets.tabText(0)
    assert QKeySequence.mnemonic(tab).isEmpty() and tab.replace("&&", "&") == "P&L <b>2026</b>"
    chart = AdoptionChart()
    qtbot.addWidget(chart)
    chart.show_adoption([RepAdoption(REP, 1, 0, 1, 3, 1, 0, 0, 0, None)])
    assert [rendered(label) for label in chart.categories.categories()] == [REP]


def test_facet_chip_keeps_an_ampersand(qtbot, make_window, hostile_dir: Path):
    window = make_window(hostile_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    key = next(v.key for v in window.facets._taxonomy.facet("objection").values
               if v.label == TAG)
    window.facets.set_filters({"objection": [key]})
    wait_results(qtbot, window, lambda: bool(window.filter_bar.chips))
    [chip] = window.filter_bar.chips
    assert QKeySequence.mnemonic(chip.text()).isEmpty()
    assert window.filter_bar.chip_texts() == [f"Objection: {TAG}"]
