"""The window's side of ROI calculators: load the selected workbook off the GUI thread,
open the calculator, write the prospect's summary, and record each run's numbers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from enablement.api import Calculator, Changes, Run
from ui.host import WindowHost
from ui.roi_dialog import RoiDialog


class RoiController(QObject):
    def __init__(self, host: WindowHost, selected_ids: Callable[[], list[int]],
                 shown_title: Callable[[], str | None]) -> None:
        """``selected_ids``: the assets selected in the results; ``shown_title``: the
        title in the asset pane (the calculator's own title when the pane is empty)."""
        super().__init__(host.parent)
        self.host = host
        self.selected_ids = selected_ids
        self.shown_title = shown_title
        self.dialog: RoiDialog | None = None
        self.asset_id: int | None = None
        self.written: list[Path] = []

    def open_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open(ids[0])
        else:
            self.host.show_status("Select an ROI calculator first.", 4000)

    def open(self, asset_id: int) -> None:
        library = self.host.library()
        if library is None:
            return
        self.host.show_status("Opening the calculator…", 0)

        def work(_ctx: object) -> tuple[Calculator, dict]:
            calc = library.roi.calculator(asset_id)
            _runs, spread = library.roi.input_spread(asset_id)
            return calc, {item.name: item for item in spread}

        (self.host.runner.run(work, lane="roi")
         .on_success(lambda found: self._show(asset_id, *found))
         .on_failure(lambda exc: self.host.show_status(
             f"This workbook cannot be used as a calculator: {exc}", 15_000)).start())

    def _show(self, asset_id: int, calc: Calculator, spread: dict) -> None:
        self.host.clear_status()
        self.asset_id = asset_id
        shown = self.shown_title()
        title = shown if shown is not None else calc.title
        dialog = RoiDialog(calc, self.host.runner, title, self.host.parent, spread)
        dialog.export_requested.connect(self.export)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: RoiDialog) -> None:
        """One recorded run per session with the rep's own numbers (not per keystroke)."""
        if dialog.runs and dialog.results and self.asset_id is not None:
            self._record(dialog.calc, dict(dialog.values), dialog.results)

    def _record(self, calc: Calculator, values: dict[str, float], results: list) -> None:
        library, asset_id = self.host.library(), self.asset_id
        user = self.host.user_name()
        if library is None or asset_id is None:
            return

        def work(_ctx: object) -> Changes:
            return library.roi.record(asset_id, user, values, results)

        self.host.runner.run(work, lane="write").on_success(self.host.apply_changes).start()

    def export(self, kind: str, target: Path, values: dict[str, float]) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        calc, results = dialog.calc, dialog.results
        library = self.host.library()
        if library is None:
            return

        def work(_ctx: object) -> Path:
            return library.roi.write_summary(kind, calc, Run(values, results), target)

        def done(path: Path) -> None:
            self.written.append(path)
            self._record(calc, values, results)  # a summary handed over is a run
            dialog.exported(path, self.host.open_file)

        (self.host.runner.run(work, lane="roi").on_success(done)
         .on_failure(lambda exc: dialog.status.setText(
             f"The summary could not be written to {target}: {exc}")).start())
