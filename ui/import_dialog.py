"""Import in the background: progress, Cancel, and what happened to every file: its
status, the kind, stages and objections it ended with (suggestions in italics, to be
confirmed in Review), and the reason or warnings."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enablement.api import (
    FileResult,
    FileTag,
    ImportOptions,
    ImportProgress,
    ImportReport,
    Library,
    Status,
)
from ui.plaintext import make_plain, tooltip
from ui.runner import Job, JobContext, Runner

STATUS_COLOURS = {Status.FAILED: "#b3261e", Status.SKIPPED: "#8a6d00",
                  Status.DUPLICATE: "#5f6368", Status.UNCHANGED: "#5f6368"}
CHANGING = {Status.IMPORTED, Status.UPDATED}
COLUMNS = ("File", "Result", "Kind", "Stage", "Objections", "Reason")
FILE, RESULT, KIND, STAGE, OBJECTIONS, REASON = range(len(COLUMNS))
TAG_COLUMNS = {KIND: "kind", STAGE: "stage", OBJECTIONS: "objection"}
ORIGIN_WORDS = {"manual": "set by hand", "manifest": "from the manifest",
                "sidecar": "from the sidecar", "properties": "from the file's properties"}


def tag_cell(tags: Sequence[FileTag]) -> QTableWidgetItem:
    """One facet's values; suggestions (not confirmed yet) in italics, each explained."""
    item = QTableWidgetItem(", ".join(t.label for t in tags))
    if any(t.suggested for t in tags):
        font = QFont(item.font())
        font.setItalic(True)
        item.setFont(font)
    item.setToolTip(tooltip("\n".join(
        f"{t.label}: suggested, {t.confidence:.0%} sure; confirm or reject it in Review"
        if t.suggested else f"{t.label}: {ORIGIN_WORDS.get(t.origin, t.origin)}"
        for t in tags)))
    return item


@dataclass
class ImportState:
    """What the worker has done so far; read by the GUI timer under the lock."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    results: list[FileResult] = field(default_factory=list)
    progress: ImportProgress | None = None

    def take(self, start: int) -> tuple[list[FileResult], ImportProgress | None]:
        with self.lock:
            return self.results[start:], self.progress


def start_import(
    runner: Runner, library: Library, paths: Sequence[Path], options: ImportOptions | None = None
) -> tuple[Job[ImportReport], ImportState]:
    """Run an import on the write lane; the returned state fills as files finish."""
    state = ImportState()

    def work(ctx: JobContext) -> ImportReport:
        def on_result(result: FileResult) -> None:
            with state.lock:
                state.results.append(result)
            ctx.progress(len(state.results))

        def on_progress(progress: ImportProgress) -> None:
            with state.lock:
                state.progress = progress
            ctx.progress(progress.done)

        return library.imports.run(paths, options, ctx.cancel, on_result, on_progress)[0]

    return runner.run(work, lane="write"), state


class ImportDialog(QDialog):
    """Shows one import. ``changed`` fires (throttled) whenever assets were added or updated."""

    changed = Signal()
    completed = Signal(object)  # ImportReport
    review_requested = Signal()  # "Review suggestions": the queue, with this import's

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle("Import")
        self.resize(980, 480)
        layout = QVBoxLayout(self)
        self.status = QLabel("Looking for files…")
        self.status.setObjectName("importStatus")
        make_plain(self.status)  # names the file being read
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("importResults")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (FILE, KIND, STAGE, OBJECTIONS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        for column, width in ((FILE, 240), (KIND, 110), (STAGE, 130), (OBJECTIONS, 150)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.summary = QLabel("")
        self.summary.setObjectName("importSummary")
        make_plain(self.summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop after the files being read now; "
                                      "what was imported so far is kept")
        self.close_button = QPushButton("Close")
        self.close_button.setEnabled(False)
        self.review_button = QPushButton("Review suggestions")
        self.review_button.setObjectName("importReview")
        self.review_button.setToolTip("Accept or reject the tags suggested for these files")
        self.review_button.setVisible(False)
        self.buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.review_button.clicked.connect(self._review)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(self.buttons)
        self.job: Job[ImportReport] | None = None
        self.state: ImportState | None = None
        self.report: ImportReport | None = None
        self._shown = 0

    def run(self, job: Job[ImportReport], state: ImportState,
            on_done: Callable[[ImportReport], None] | None = None) -> None:
        self.job, self.state = job, state
        job.with_progress(lambda _value: self._paint()).on_success(self._finished)
        job.on_cancel(self._cancelled).on_failure(self._failed)
        if on_done is not None:
            self.completed.connect(on_done)
        job.start()

    def cancel(self) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText("Stopping after the files being read now…")
        else:
            self.reject()

    def reject(self) -> None:
        """Esc or closing the window while running means Cancel, not "hide and forget"."""
        if self.job is not None and not self.job.done:
            self.cancel()
            return
        super().reject()

    def row_texts(self) -> list[tuple[str, str, str]]:
        """(file, result, reason) per row."""
        return [tuple(self.table.item(r, c).text()  # type: ignore[misc]
                      for c in (FILE, RESULT, REASON))
                for r in range(self.table.rowCount())]

    def tag_texts(self) -> list[tuple[str, str, str]]:
        """(kind, stages, objections) per row, as shown."""
        return [tuple(self.table.item(r, c).text()  # type: ignore[misc]
                      for c in (KIND, STAGE, OBJECTIONS))
                for r in range(self.table.rowCount())]

    def _paint(self) -> None:
        if self.state is None:
            return
        new, progress = self.state.take(self._shown)
        if progress is not None:
            self.progress.setRange(0, max(1, progress.total))
            self.progress.setValue(progress.done)
            self.status.setText(f"Imported {progress.done} of {progress.total} files… "
                                f"{Path(progress.current).name}")
        self._append(new)
        if any(r.status in CHANGING for r in new):
            self.changed.emit()

    def _append(self, results: list[FileResult]) -> None:
        if not results:
            return
        self.table.setUpdatesEnabled(False)
        for result in results:
            row = self.table.rowCount()
            self.table.insertRow(row)
            name = QTableWidgetItem(Path(result.path).name)
            name.setToolTip(tooltip(result.path))
            status = QTableWidgetItem(str(result.status))
            colour = STATUS_COLOURS.get(result.status)
            if colour:
                status.setForeground(QColor(colour))
            reason = result.reason or "; ".join(result.warnings)
            reason_item = QTableWidgetItem(reason)
            reason_item.setToolTip(tooltip(reason))
            cells = {FILE: name, RESULT: status, REASON: reason_item}
            cells |= {column: tag_cell(result.tags_of(facet))
                      for column, facet in TAG_COLUMNS.items()}
            for column, item in cells.items():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self._shown += len(results)
        self.table.setUpdatesEnabled(True)
        self.table.scrollToBottom()

    def _review(self) -> None:
        self.review_requested.emit()
        self.accept()

    def _finished(self, report: ImportReport) -> None:
        self.report = report
        self._paint()
        waiting = sum(1 for r in report.results if r.status in CHANGING
                      and any(t.suggested for t in r.tags))
        self.review_button.setVisible(bool(waiting))
        if waiting:
            self.review_button.setText(f"Review suggestions ({waiting} files)")
        counts = {k: v for k, v in report.counts().items() if v}
        words = ", ".join(f"{n} {k}" for k, n in counts.items()) or "no files found"
        verb = "Import stopped" if report.cancelled else "Import finished"
        self.status.setText(f"{verb}: {words}.")
        self.summary.setText("Failed files were left out; fix them and import again — "
                             "files already imported are recognised and skipped."
                             if report.any_failed else "")
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._settle()
        self.changed.emit()
        self.completed.emit(report)

    def _cancelled(self) -> None:
        self.status.setText("Import cancelled; the files finished so far are kept.")
        self._settle()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(f"The import stopped: {exc}")
        self._settle()
        self.changed.emit()
        if self.job is not None:
            self.job.runner.report_error(exc)

    def _settle(self) -> None:
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.close_button.setDefault(True)
