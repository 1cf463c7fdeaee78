"""Importing from the window: first run, menu/drag-and-drop, progress, Cancel, results."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from enablement.imports.results import ImportOptions
from enablement.library import Library
from tests.filemakers import make_docx, make_pdf, make_text, truncate
from tests.ui.conftest import wait_results

DEMO = Path(__file__).resolve().parents[2] / "assets" / "demo"


def test_first_run_imports_the_demo_in_the_background(qtbot, make_window, tmp_path: Path):
    window = make_window(tmp_path / "fresh", demo_source=DEMO)
    seen: list[tuple[bool, int]] = []
    window.results_shown.connect(
        lambda rows: seen.append((window.task_progress.isVisible(), rows)))
    history: list[bool] = []
    window.history_added.connect(lambda: history.append(True))
    assert window.task_progress.isVisible()
    assert "demo library" in window.task_label.text()
    qtbot.waitUntil(window.search_box.hasFocus)
    # The window answers while the import runs: typing searches what is indexed so far.
    qtbot.keyClicks(window.search_box, "x")
    window.search_box.clear()
    qtbot.waitUntil(lambda: not window.task_progress.isVisible(), timeout=120_000)
    wait_results(qtbot, window, lambda: window.result_header.text().startswith("51 assets"))
    assert any(importing and rows > 0 for importing, rows in seen), seen
    assert "Demo library imported: 51 assets" in window.statusBar().currentMessage()
    assert "51 assets" in window.library_label.text()
    # Then months of generated team activity, so Insights means something at once.
    qtbot.waitUntil(lambda: bool(history), timeout=60_000)
    window.show_insights_page()
    view = window.insights_view
    qtbot.waitUntil(lambda: view.insights is not None, timeout=60_000)
    assert len(view.insights.adoption) >= 5
    assert view.insights.baseline.closed > 0
    assert sum(score.votes for score in view.insights.scorecard) > 50


def make_messy_folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    make_pdf(folder / "Acme case study.pdf", ["Acme cut invoice costs by half."])
    make_docx(folder / "Rollout plan.docx", ["Implementation in six weeks."])
    make_text(folder / "notes.txt", "Security review answers for the CFO.")
    make_text(folder / "data.bin", "not a document")
    truncate(make_pdf(folder / "broken.pdf", ["x" * 2000]), 0.3)
    return folder


def test_import_from_the_window_shows_every_file(qtbot, make_window, demo_dir: Path,
                                                   tmp_path: Path):
    window = make_window(demo_dir)
    wait_results(qtbot, window, lambda: window.model.rowCount() > 0)
    folder = make_messy_folder(tmp_path / "incoming")
    dialog = window.import_paths([folder])
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled(), timeout=60_000)
    rows = {Path(name).name: (status, reason) for name, status, reason in dialog.row_texts()}
    assert rows["Acme case study.pdf"][0] == "imported"
    assert rows["Rollout plan.docx"][0] == "imported"
    assert rows["notes.txt"][0] == "imported"
    assert rows["data.bin"][0] == "skipped" and rows["data.bin"][1]
    assert rows["broken.pdf"][0] == "failed" and rows["broken.pdf"][1]
    assert "Import finished: 3 imported, 1 skipped, 1 failed" in dialog.status.text()
    wait_results(qtbot, window, lambda: window.result_header.text().startswith("54 assets"))
    # Re-importing the same folder recognises every file.
    dialog.accept()
    again = window.import_paths([folder])
    qtbot.waitUntil(lambda: again.close_button.isEnabled(), timeout=60_000)
    assert {s for _n, s, _r in again.row_texts()} == {"unchanged", "skipped", "failed"}


def test_cancel_keeps_what_was_imported(qtbot, make_window, tmp_path: Path):
    window = make_window(tmp_path / "lib")
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(400):
        make_text(folder / f"note {number:03}.txt", f"Objection notes number {number} " * 30)
    dialog = window.import_paths([folder], ImportOptions(batch_size=10, batch_seconds=0.2))
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 10, timeout=60_000)
    assert dialog.progress.maximum() == 400
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled(), timeout=60_000)
    assert "Import stopped" in dialog.status.text()
    imported = dialog.table.rowCount()
    assert 10 <= imported < 400
    window.close()
    with Library.open(tmp_path / "lib") as library:
        with library.sessions() as session:
            from sqlalchemy import func, select

            from enablement.store.models import Asset
            assert session.scalar(select(func.count()).select_from(Asset)) == imported
        assert library.pending_index_count() == 0


def test_drag_and_drop_imports(qtbot, make_window, tmp_path: Path):
    window = make_window(tmp_path / "lib")
    file = make_docx(tmp_path / "Dropped battlecard.docx", ["Invoxa pricing traps."])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(file))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    dialog = window.import_dialogs[-1]
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled(), timeout=60_000)
    assert dialog.row_texts()[0][:2] == ("Dropped battlecard.docx", "imported")
    wait_results(qtbot, window, lambda: "Dropped battlecard" in
                 [r.title for r in window.model.rows])


def test_import_deals_from_the_window(qtbot, make_window, tmp_path: Path):
    from tests.enablement.feedback.test_deals import SALESFORCE

    window = make_window(tmp_path / "lib")
    path = tmp_path / "opportunities.csv"
    path.write_text(SALESFORCE, encoding="utf-8")
    assert window.import_deals_action in window.menuBar().actions()[0].menu().actions()
    window.import_deals_file(path)
    qtbot.waitUntil(lambda: getattr(window, "deals_report", None) is not None
                    and window.deals_report.isVisible(), timeout=10_000)
    box = window.deals_report
    assert box.text() == ("Salesforce export opportunities.csv: 3 new, 0 updated, "
                          "0 unchanged, 4 refused.")
    assert box.detailedText().splitlines()[0].startswith("line 5: Amount: 'twelve'")
    box.close()
