"""The rep's feedback from the window: the full rating form, a quick rating from the
result list, field notes, and a content request from a search that found nothing."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from enablement.feedback.deals import import_deals
from enablement.library import Library
from enablement.store.models import ContentRequest, FieldNote, RatingEvent, SearchEvent
from tests.ui.conftest import search_and_select, wait_results

DEALS = """Id,Name,Account Name,Amount,StageName,IsClosed,IsWon,CloseDate,Type
006X1,Northvale rollout,Northvale Health,84000,Negotiation,false,false,2026-12-31,New
"""


def rows_of(library_dir: Path, model: type) -> list:
    with Library.open(library_dir) as library, library.sessions() as session:
        rows = list(session.scalars(select(model)))
        session.expunge_all()
        return rows


def test_full_rating_form_then_a_quick_rating_keeps_it(qtbot, make_window, demo_dir: Path,
                                                       settings, tmp_path: Path):
    csv_path = tmp_path / "deals.csv"
    csv_path.write_text(DEALS, encoding="utf-8")
    with Library.open(demo_dir) as library, library.sessions.begin() as session:
        import_deals(session, csv_path)
    settings.user_name = "Dana Reyes"
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    title = "Security questionnaire: standard answers"
    search_and_select(qtbot, window, "security", title)
    window.detail.rate_form_button.click()
    qtbot.waitUntil(lambda: window.feedback.dialog is not None
                    and window.feedback.dialog.isVisible(), timeout=10_000)
    dialog = window.feedback.dialog
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # no stars yet
    # The asset's own objections come first, untagged ones are marked as such.
    first = dialog.objections.item(0)
    assert "(not tagged)" not in first.text()
    assert "(not tagged)" in dialog.objections.item(dialog.objections.count() - 1).text()
    dialog.star_buttons[3].click()
    assert save.isEnabled()
    dialog.helped_yes.setChecked(True)
    index = dialog.deal_box.findText("Northvale Health – Northvale rollout",
                                     Qt.MatchFlag.MatchStartsWith)
    assert index > 0
    dialog.deal_box.setCurrentIndex(index)
    for row in range(dialog.objections.count()):
        item = dialog.objections.item(row)
        if item.text().startswith("Security / compliance"):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.comment.setPlainText("Answers were great; needs a HIPAA section.")
    save.click()
    qtbot.waitUntil(lambda: window.detail.rating_label.text().startswith("★ 4.0 from 1 "),
                    timeout=10_000)
    # A quick rating from the result list's menu changes the stars and keeps the rest.
    window._result_menu(window.results.visualRect(window.results.currentIndex()).center())
    rate_menu = next(a.menu() for a in window.result_menu.actions() if a.text() == "Rate")
    five = next(a for a in rate_menu.actions() if a.text() == "★★★★★")
    five.trigger()
    qtbot.waitUntil(lambda: window.detail.rating_label.text().startswith("★ 5.0 from 1 "),
                    timeout=10_000)
    events = sorted(rows_of(demo_dir, RatingEvent), key=lambda e: e.created_at)
    assert [e.stars for e in events] == [4, 5]
    for event in events:
        assert (event.user_name, event.helped, event.deal_name) == (
            "Dana Reyes", True, "Northvale rollout")
        assert event.deal_id is not None
        assert json.loads(event.objections) == ["security"]
        assert event.comment == "Answers were great; needs a HIPAA section."
    # Opening the form again shows the rep's current rating to change.
    window.rate_current()
    qtbot.waitUntil(lambda: window.feedback.dialog is not dialog
                    and window.feedback.dialog.isVisible(), timeout=10_000)
    again = window.feedback.dialog
    assert again.stars == 5 and again.helped_yes.isChecked()
    assert again.deal_box.currentText().startswith("Northvale Health – Northvale rollout")
    again.reject()


def test_log_an_objection_and_a_new_competitor(qtbot, make_window, demo_dir: Path, settings):
    settings.user_name = "Lee Park"
    window = make_window(demo_dir)
    for kind, value in (("objection", "Switching cost / migration"), ("competitor", "Acme AP")):
        window.field_note_action.trigger()
        qtbot.waitUntil(lambda: window.feedback.dialog is not None
                        and window.feedback.dialog.isVisible(), timeout=10_000)
        dialog = window.feedback.dialog
        if kind == "competitor":
            dialog.competitor_kind.setChecked(True)
            dialog.value_box.setEditText(value)
        else:
            dialog.value_box.setCurrentIndex(dialog.value_box.findText(value))
        dialog.stage_box.setCurrentIndex(dialog.stage_box.findData("decision"))
        dialog.deal_box.setEditText("Globex renewal")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(lambda: "Logged" in window.statusBar().currentMessage(),
                        timeout=10_000)
        window.statusBar().clearMessage()
        window.feedback.dialog = None
    notes = sorted(rows_of(demo_dir, FieldNote), key=lambda n: n.created_at)
    assert [(n.kind, n.value_key, n.stage, n.deal_name, n.deal_id) for n in notes] == [
        ("objection", "switching", "decision", "Globex renewal", None),
        ("competitor", "acme_ap", "decision", "Globex renewal", None)]


def test_request_content_from_a_search_that_found_nothing(qtbot, make_window, demo_dir: Path,
                                                           settings):
    settings.user_name = "Maya Chen"
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    qtbot.keyClicks(window.search_box, "zqxwv")
    qtbot.waitUntil(lambda: window.result_stack.currentWidget() is window.empty,
                    timeout=10_000)
    assert "Request this content" in window.empty.text()
    window.empty.linkActivated.emit("request")
    qtbot.waitUntil(lambda: window.feedback.dialog is not None
                    and window.feedback.dialog.isVisible(), timeout=10_000)
    dialog = window.feedback.dialog
    assert dialog.query.text() == "zqxwv"
    dialog.need.setPlainText("A one-pager on zqxwv for CFOs")
    dialog.objection_box.setCurrentIndex(dialog.objection_box.findData("roi"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "Request sent" in window.statusBar().currentMessage(),
                    timeout=10_000)
    requests = rows_of(demo_dir, ContentRequest)
    searches = {s.id: s for s in rows_of(demo_dir, SearchEvent)}
    assert [(r.user_name, r.need, r.query, r.objection) for r in requests] == [
        ("Maya Chen", "A one-pager on zqxwv for CFOs", "zqxwv", "roi")]
    logged = searches[requests[0].search_id]  # tied to the search that found nothing
    assert (logged.text, logged.result_count) == ("zqxwv", 0)
