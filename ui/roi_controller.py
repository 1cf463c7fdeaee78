"""The window's side of ROI calculators: load the selected workbook off the GUI thread,
open the calculator, write the prospect's summary, and record each run's numbers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl

from enablement.roi import service as roi_service
from enablement.roi import summary as roi_summary
from enablement.roi.calculator import Calculator
from enablement.roi.service import Run
from ui.roi_dialog import RoiDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class RoiController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: RoiDialog | None = None
        self.asset_id: int | None = None
        self.written: list[Path] = []

    def open_current(self) -> None:
        ids = self.window.selected_ids()
        if ids:
            self.open(ids[0])
        else:
            self.window.statusBar().showMessage("Select an ROI calculator first.", 4000)

    def open(self, asset_id: int) -> None:
        library = self.window.library
        if library is None:
            return
        self.window.statusBar().showMessage("Opening the calculator…")
        def work(_ctx: object) -> tuple[Calculator, dict]:
            calc = roi_service.calculator(library, asset_id)
            _runs, spread = roi_service.input_spread(library, asset_id)
            return calc, {item.name: item for item in spread}

        (self.window.runner.run(work, lane="roi")
         .on_success(lambda found: self._show(asset_id, *found))
         .on_failure(lambda exc: self.window.statusBar().showMessage(
             f"This workbook cannot be used as a calculator: {exc}", 15_000)).start())

    def _show(self, asset_id: int, calc: Calculator, spread: dict) -> None:
        self.window.statusBar().clearMessage()
        self.asset_id = asset_id
        title = self.window.detail.view.title if self.window.detail.view else calc.title
        dialog = RoiDialog(calc, self.window.runner, title, self.window, spread)
        dialog.export_requested.connect(self.export)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: RoiDialog) -> None:
        """One recorded run per session with the rep's own numbers (not per keystroke)."""
        if dialog.runs and dialog.results and self.asset_id is not None:
            self._record(dialog.calc, dict(dialog.values), dialog.results)

    def _record(self, calc: Calculator, values: dict[str, float], results: list) -> None:
        library, asset_id = self.window.library, self.asset_id
        user = self.window.settings.user_name
        if library is None or asset_id is None:
            return

        def work(_ctx: object) -> str:
            with library.sessions.begin() as session:
                return roi_service.record_run(session, asset_id, user, values, results)

        self.window.runner.run(work, lane="write").on_success(
            lambda _id: self.window.library_changed()).start()

    def export(self, kind: str, target: Path, values: dict[str, float]) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        calc, results = dialog.calc, dialog.results
        writer = roi_summary.write_pdf if kind == "pdf" else roi_summary.write_docx

        def work(_ctx: object) -> Path:
            return writer(calc, Run(values, results), target)

        def done(path: Path) -> None:
            self.written.append(path)
            self._record(calc, values, results)  # a summary handed over is a run
            dialog.exported(path, lambda p: self.window.open_url(QUrl.fromLocalFile(str(p))))

        (self.window.runner.run(work, lane="roi").on_success(done)
         .on_failure(lambda exc: dialog.status.setText(
             f"The summary could not be written to {target}: {exc}")).start())
