"""The generic runner, the error dialog and the settings dialog."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from enablement.errors import Cancelled, UserError
from tests.ui.conftest import wait_results
from ui.errors import ErrorReporter
from ui.runner import JobContext, Runner


def test_runner_delivers_results_and_throttles_progress(qtbot):
    errors: list[BaseException] = []
    runner = Runner(errors.append)
    painted: list[int] = []
    results: list[int] = []

    def work(ctx: JobContext) -> int:
        for step in range(200_000):
            ctx.progress(step)
        time.sleep(0.4)
        return 42

    job = runner.run(work).with_progress(painted.append).on_success(results.append).start()
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert results == [42]
    assert painted and painted[-1] == 199_999
    assert len(painted) <= 10  # 200k reports, a handful of paints
    assert errors == []


def test_runner_cancel_and_failure(qtbot):
    errors: list[BaseException] = []
    runner = Runner(errors.append)
    cancelled: list[bool] = []
    started = threading.Event()

    def slow(ctx: JobContext) -> None:
        started.set()
        while True:
            ctx.check()
            time.sleep(0.01)

    job = runner.run(slow).on_cancel(lambda: cancelled.append(True)).start()
    started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: job.done, timeout=5_000)
    assert cancelled == [True] and errors == []

    def broken(_ctx: JobContext) -> None:
        raise ValueError("disk on fire")

    failing = runner.run(broken).start()
    qtbot.waitUntil(lambda: failing.done, timeout=5_000)
    assert [str(e) for e in errors] == ["disk on fire"]

    def quiet(_ctx: JobContext) -> None:
        raise Cancelled

    runner.run(quiet).start()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5_000)
    assert len(errors) == 1


def test_nothing_is_delivered_once_the_runner_stopped(qtbot):
    """A window closing stops its runner; a job that ends after that (a sync status read
    from the hub) must not paint into the widgets the window deleted."""
    errors: list[BaseException] = []
    runner = Runner(errors.append)
    delivered: list[str] = []
    started = threading.Event()

    def slow(_ctx: JobContext) -> str:
        started.set()
        time.sleep(0.3)
        return "status"

    def broken(_ctx: JobContext) -> None:
        started.wait(5)
        time.sleep(0.3)
        raise ValueError("hub gone")

    job = (runner.run(slow, lane="sync").on_success(delivered.append)
           .on_finished(lambda: delivered.append("finished")).start())
    failing = runner.run(broken).start()
    started.wait(5)
    runner.shutdown()  # the worker is still sleeping: it ends during the wait
    qtbot.wait(200)  # the queued results reach the GUI thread now
    assert delivered == [] and errors == []
    assert not runner.busy() and job.done and failing.done


def test_error_dialog_has_copyable_details(qtbot, tmp_path: Path):
    reporter = ErrorReporter(None, tmp_path / "enablement.log")
    try:
        raise RuntimeError("index writer exploded")
    except RuntimeError as exc:
        reporter(exc)
    dialog = reporter.last
    qtbot.addWidget(dialog)
    assert "Something went wrong" in dialog.headline.text()
    assert "index writer exploded" in dialog.details.toPlainText()
    assert "enablement.log" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert "index writer exploded" in QGuiApplication.clipboard().text()
    dialog.close()

    reporter(UserError("The file x.csv has no header row; add one."))
    plain = reporter.last
    qtbot.addWidget(plain)
    assert plain.headline.text() == "The file x.csv has no header row; add one."
    assert not plain.copy_button.isVisible()


def test_settings_change_name_role_and_library(qtbot, make_window, demo_dir: Path,
                                               tmp_path: Path, settings):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    assert window.import_files_action not in window.toolbar.actions()  # rep view
    assert window.import_files_action in window.menuBar().actions()[0].menu().actions()
    window.edit_settings()
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.name.setText("Dana Reyes")
    dialog.role.setCurrentIndex(dialog.role.findData("marketer"))
    other = tmp_path / "other-library"
    dialog.library.setText(str(other))
    with qtbot.waitSignal(window.library_opened, timeout=30_000):
        dialog.accept()
    assert settings.user_name == "Dana Reyes" and settings.role == "marketer"
    assert settings.library_dir == other
    assert "Dana Reyes" in window.windowTitle()
    assert window.import_files_action in window.toolbar.actions()
    wait_results(qtbot, window, lambda: "empty" in window.empty.text())
    assert str(other) in window.library_label.text()
    assert (other / "library.db").exists()
