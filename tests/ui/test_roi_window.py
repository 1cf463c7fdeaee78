"""An ROI calculator from the window: inputs as a form, results as the rep types,
invalid input said next to the field, reset, the summary for the prospect, the run
recorded with its numbers."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from enablement.library import Library
from enablement.store.models import RoiRun
from tests.ui.conftest import search_and_select, wait_results

TITLE = "Brightledger AP automation ROI calculator"


def open_calculator(qtbot, window):
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    search_and_select(qtbot, window, "ROI calculator", TITLE)
    qtbot.waitUntil(lambda: window.detail.calculator_button.isVisible(), timeout=10_000)
    window.detail.calculator_button.click()
    qtbot.waitUntil(lambda: window.roi.dialog is not None and bool(window.roi.dialog.results),
                    timeout=30_000)
    return window.roi.dialog


def test_results_follow_the_inputs_and_the_summary_is_written(qtbot, make_window,
                                                              demo_dir: Path, settings,
                                                              tmp_path: Path, opened):
    settings.user_name = "Dana Reyes"
    window = make_window(demo_dir)
    dialog = open_calculator(qtbot, window)
    labels = dialog.result_labels
    assert labels["out_processing_savings"].text() == "$384,000 per year"
    # A percent input is typed as a percent.
    assert dialog.edits["in_duplicate_rate"].text() == "0.05"
    dialog.set_input("in_invoices_per_month", "12000")
    dialog.set_input("in_duplicate_rate", "0.1")
    qtbot.waitUntil(lambda: labels["out_duplicate_savings"].text() == "$96,000 per year",
                    timeout=10_000)
    assert labels["out_processing_savings"].text() == "$921,600 per year"
    # Text where a number belongs: said under the field, export held back.
    dialog.set_input("in_subscription", "forty two")
    assert dialog.problems["in_subscription"].isVisible()
    assert "'forty two' is not a number" in dialog.problems["in_subscription"].text()
    assert not dialog.pdf_button.isEnabled()
    dialog.set_input("in_subscription", "42000")
    assert dialog.pdf_button.isEnabled()
    target = tmp_path / "for-the-prospect.pdf"
    dialog.export_requested.emit("pdf", target, dict(dialog.values))
    qtbot.waitUntil(lambda: target in window.roi.written, timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF") and opened == [target]
    dialog.reset()
    qtbot.waitUntil(lambda: labels["out_processing_savings"].text() == "$384,000 per year",
                    timeout=10_000)
    assert dialog.edits["in_invoices_per_month"].text() == "5000"
    dialog.accept()
    with Library.open(demo_dir) as library, library.sessions() as session:
        qtbot.waitUntil(lambda: len(session.scalars(select(RoiRun)).all()) == 2,
                        timeout=10_000)  # the summary handed over, then the session
        runs = session.scalars(select(RoiRun).order_by(RoiRun.created_at)).all()
        assert json.loads(runs[0].inputs)["in_invoices_per_month"] == 12000
        assert runs[0].user_name == "Dana Reyes"
    # Next time, each input says what prospects entered so far.
    window.roi.dialog = None
    dialog = open_calculator(qtbot, window)
    assert ("Prospects' numbers in 2 recorded run(s): 5,000 invoices per month to 12,000 "
            "invoices per month") in dialog.edits["in_invoices_per_month"].toolTip()


def test_a_runaway_compute_is_said_plainly_and_the_window_stays_responsive(
        qtbot, tmp_path: Path) -> None:
    """10 GB of text with the rep's number: the worker is stopped, the window says why
    without ever blocking, shows no stale results, and the next number computes."""
    import time

    from enablement.roi.calculator import Calculator
    from tests.enablement.roi.test_roi_limits import rept_workbook
    from ui.roi_dialog import RoiDialog
    from ui.runner import Runner

    errors: list[BaseException] = []
    runner = Runner(errors.append)
    calc = Calculator.load(rept_workbook(tmp_path / "rept.xlsx"))
    dialog = RoiDialog(calc, runner, "Seats")
    qtbot.addWidget(dialog)
    label = dialog.result_labels["out_characters"]
    qtbot.waitUntil(lambda: label.text() == "1,000,000 characters", timeout=30_000)
    started = time.perf_counter()
    dialog.set_input("in_seats", "100")
    dialog.recompute()  # now, not after the typing pause
    assert time.perf_counter() - started < 0.3  # the GUI thread does not wait on it
    qtbot.waitUntil(lambda: "more memory than allowed" in dialog.status.text(),
                    timeout=15_000)
    assert "check the inputs or ask marketing to simplify the workbook" in \
        dialog.status.text()
    assert label.text() == "–" and not dialog.results
    assert not dialog.pdf_button.isEnabled()  # no summary of results not computed
    dialog.set_input("in_seats", "3")
    qtbot.waitUntil(lambda: label.text() == "9,000,000 characters", timeout=30_000)
    assert dialog.pdf_button.isEnabled() and errors == []
    dialog.accept()
    runner.shutdown()
    calc.close()


def test_workbook_labels_and_the_title_are_shown_as_text(qtbot, tmp_path: Path) -> None:
    """A marketer's workbook is user text: a label or unit that looks like HTML shows as
    typed, in the form, the results and the tooltips."""
    import openpyxl
    from openpyxl.workbook.defined_name import DefinedName

    from enablement.roi.calculator import Calculator
    from ui.roi_dialog import RoiDialog
    from ui.runner import Runner

    label, unit = "<h1>Seats</h1>", "<img src=x> & co"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Calc"
    sheet["A1"], sheet["B1"], sheet["C1"] = label, 4, unit
    sheet["A2"], sheet["B2"], sheet["C2"] = "<b>Total</b>", "=B1*2", unit
    for name, ref in (("in_seats", "$B$1"), ("out_total", "$B$2")):
        book.defined_names[name] = DefinedName(name, attr_text=f"Calc!{ref}")
    book.save(tmp_path / "hostile.xlsx")

    errors: list[BaseException] = []
    runner = Runner(errors.append)
    with Calculator.load(tmp_path / "hostile.xlsx") as calc:
        dialog = RoiDialog(calc, runner, "<i>Title</i> [*]")
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.result_labels["out_total"].text() != "…",
                        timeout=30_000)
        shown = {w.text(): w for w in dialog.findChildren(QLabel)}
        for text in (label, unit, "<b>Total</b>"):
            assert text in shown, text
            assert shown[text].textFormat() == Qt.TextFormat.PlainText
        document = QTextDocument()
        document.setHtml(shown[label].toolTip())
        assert label in document.toPlainText()
        assert dialog.windowTitle() == "ROI calculator: <i>Title</i> [*][*]"
        dialog.accept()
    runner.shutdown()
    assert errors == []
