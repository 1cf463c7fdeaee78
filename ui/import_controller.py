"""Bringing content in from the window: files and folders (chosen or dropped), the demo
library on first run with its generated history, and deals from a CRM export.

A chosen import gets its own dialog with every file's result; the first-run demo runs in
the status bar instead, so the window stays usable while results appear as they are
indexed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressBar, QPushButton

from enablement.api import (
    IMPORTED,
    Changes,
    DealImportReport,
    HistorySummary,
    ImportOptions,
    ImportReport,
)
from ui.host import WindowHost
from ui.import_dialog import CHANGING, ImportDialog, start_import
from ui.runner import Job

log = logging.getLogger(__name__)

DEMO_OPTIONS = ImportOptions(batch_size=8, batch_seconds=0.5)  # small batches: seen sooner


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders in a drag; anything else (web links) is left out."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] \
        if mime.hasUrls() else []


class ImportController(QObject):
    def __init__(
        self,
        host: WindowHost,
        task_label: QLabel,
        task_progress: QProgressBar,
        task_cancel: QPushButton,
        file_filter: str,
        demo_source: Path | None,
        demo_history: bool,
        on_history_added: Callable[[], None],
        on_review: Callable[[], None] = lambda: None,
    ) -> None:
        """The ``task_*`` widgets show the demo import in the status bar; ``file_filter``
        is the file dialog's; ``demo_history`` adds reps' history after the demo import,
        then calls ``on_history_added``; ``on_review`` opens the review queue (an import
        dialog's "Review suggestions")."""
        super().__init__(host.parent)
        self.host = host
        self.task_label = task_label
        self.task_progress = task_progress
        self.task_cancel = task_cancel
        self.file_filter = file_filter
        self.demo_source = demo_source
        self.demo_history = demo_history
        self.on_history_added = on_history_added
        self.on_review = on_review
        self.background_import: Job[ImportReport] | None = None  # the demo, while it runs
        self._demo_began: datetime | None = None  # when the first-run demo import began
        self.dialogs: list[ImportDialog] = []  # open import dialogs, kept alive
        self.deals_report: QMessageBox | None = None
        task_cancel.clicked.connect(self._cancel_background)

    # -- files and folders --------------------------------------------------------------

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self.host.parent, "Import files",
                                                str(Path.home()), self.file_filter)
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.host.parent, "Import a folder",
                                                  str(Path.home()))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: Sequence[Path],
                     options: ImportOptions | None = None) -> ImportDialog | None:
        library = self.host.library()
        if library is None:
            self.host.show_status("The library is not open yet.", 4000)
            return None
        dialog = ImportDialog(self.host.parent)
        job, state = start_import(self.host.runner, library, list(paths), options)
        dialog.changed.connect(lambda: self.host.apply_changes(IMPORTED))
        dialog.review_requested.connect(self.on_review)
        dialog.finished.connect(lambda _result: self.dialogs.remove(dialog))
        self.dialogs.append(dialog)
        dialog.show()
        dialog.run(job, state)
        return dialog

    # -- the first-run demo -------------------------------------------------------------

    def import_demo(self) -> None:
        """First run: the bundled demo, in the status bar so the window stays usable."""
        library = self.host.library()
        if library is None or self.demo_source is None:
            return
        job, state = start_import(self.host.runner, library, [self.demo_source], DEMO_OPTIONS)
        self.background_import = job
        self._demo_began = datetime.now()  # searches from now on are this person's
        self.task_label.setText("Importing the demo library…")
        self.task_progress.setRange(0, 0)
        self._show_task(True)
        self.task_cancel.setEnabled(True)
        shown = [0]

        def paint(_value: object) -> None:
            new, progress = state.take(shown[0])
            shown[0] += len(new)
            if progress is not None:
                self.task_progress.setRange(0, max(1, progress.total))
                self.task_progress.setValue(progress.done)
                self.task_label.setText(
                    f"Importing the demo library: {progress.done} of {progress.total}")
            if any(r.status in CHANGING for r in new):
                self.host.apply_changes(IMPORTED)

        def done(report: ImportReport | None = None) -> None:
            self.background_import = None
            self._show_task(False)
            if report is not None:
                counts = report.counts()
                log.info("Demo library imported: %s", counts)
                self.host.show_status(
                    f"Demo library imported: {counts['imported']} assets.", 8000)
                if self.demo_history and counts["imported"]:
                    self.add_demo_history()
            self.host.apply_changes(IMPORTED)

        job.with_progress(paint).on_success(done).on_cancel(done).start()

    def _show_task(self, visible: bool) -> None:
        for widget in (self.task_label, self.task_progress, self.task_cancel):
            widget.setVisible(visible)

    def _cancel_background(self) -> None:
        if self.background_import is not None:
            self.background_import.cancel()

    def add_demo_history(self) -> None:
        """Months of generated team activity, so Insights means something on first run."""
        library = self.host.library()
        if library is None:
            return

        def added(done: tuple[HistorySummary, Changes]) -> None:
            summary, changes = done
            if not summary.skipped:
                self.host.show_status(
                    f"Demo history added: {summary.reps} reps, {summary.deals} deals, "
                    f"{summary.ratings} ratings. See Insights.", 8000)
            self.on_history_added()
            self.host.apply_changes(changes)

        began = self._demo_began
        (self.host.runner.run(lambda _ctx: library.demo.add_history(began), lane="write")
         .on_success(added).start())

    # -- deals from a CRM ---------------------------------------------------------------

    def choose_deals_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.host.parent, "Import deals from a CRM export",
                                              str(Path.home()), "CSV files (*.csv)")
        if path:
            self.import_deals_file(Path(path))

    def import_deals_file(self, path: Path) -> None:
        library = self.host.library()
        if library is None:
            return
        (self.host.runner.run(lambda _ctx: library.feedback.import_deals(path), lane="write")
         .on_success(lambda done: self._deals_imported(path, *done)).start())

    def _deals_imported(self, path: Path, report: DealImportReport, changes: Changes) -> None:
        self.host.apply_changes(changes)
        crm = "Salesforce" if report.crm == "salesforce" else "HubSpot"
        summary = (f"{crm} export {path.name}: {report.created} new, {report.updated} "
                   f"updated, {report.unchanged} unchanged, {len(report.errors)} refused.")
        self.host.show_status(summary, 10_000)
        box = QMessageBox(QMessageBox.Icon.Warning if report.errors
                          else QMessageBox.Icon.Information, "Deals imported", summary,
                          QMessageBox.StandardButton.Close, self.host.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the file's name, as it is
        if report.errors:
            box.setInformativeText("Fix the refused rows and import the file again: deals "
                                   "already imported are matched, not doubled.")
            box.setDetailedText("\n".join(str(error) for error in report.errors))
        self.deals_report = box
        box.open()
