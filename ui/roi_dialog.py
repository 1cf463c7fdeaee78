"""An ROI calculator in front of a prospect: the workbook's inputs as a form, results
updating as the rep types, reset to the workbook's defaults, and a one-page summary for
the prospect as PDF or DOCX.

Loading the workbook (compiling its formulas, about a second) and every recompute run on
the runner's "roi" lane, each a round trip to the calculator's worker process (see
enablement.roi.worker); the dialog only reads the fields and paints the results, so a
compute stopped at the calculator's limits never holds up the window. A percent input
is typed as a percent ("12" or "12%" is 12 %).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from enablement.api import Calculator, Field, Result, format_value, parse_number
from enablement.errors import UserError
from ui.plaintext import escape, plain_label, rich_label, tooltip, window_title
from ui.runner import Runner

RECOMPUTE_AFTER_MS = 60   # typing on folds into one recompute
INVALID = "QLineEdit { border: 2px solid #c62828; }"


def shown_value(field: Field, value: float) -> str:
    """How an input is shown for editing: percents as percents, no thousands commas."""
    if field.is_percent:
        value *= 100
    text = f"{value:.10g}"
    return text


def typed_value(field: Field, text: str) -> float:
    if field.is_percent:
        text = text.strip().rstrip("%").strip() + "%"
    return parse_number(field, text)


def _tip(field: Field, seen) -> str:  # noqa: ANN001 - an InputSpread or None
    """The cell behind the field and, for marketing, what prospects entered so far."""
    tip = f"{field.name} · {field.where()}"
    if seen is not None:
        tip += (f"\nProspects' numbers in {seen.runs} recorded run(s): "
                f"{format_value(seen.low, field.unit)} to {format_value(seen.high, field.unit)}"
                f", median {format_value(seen.median, field.unit)}")
    return tip


class RoiDialog(QDialog):
    computed = Signal(object)        # list[Result], after each recompute
    export_requested = Signal(str, object, object)  # "pdf"|"docx", target Path, inputs

    def __init__(self, calc: Calculator, runner: Runner, asset_title: str,
                 parent: QWidget | None = None, spread: dict | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roiDialog")
        self.calc = calc
        self.runner = runner
        self.values: dict[str, float] = calc.defaults()
        self.results: list[Result] = []
        self.runs = 0                  # recomputes with the rep's own numbers
        self.changed = False
        self.setWindowTitle(window_title(f"ROI calculator: {asset_title}"))
        self.resize(1240, 620)
        outer = QVBoxLayout(self)
        title = rich_label(f"<b>{escape(calc.title)}</b>")
        title.setWordWrap(True)
        outer.addWidget(title)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        form_box = QWidget()
        self.form = QFormLayout(form_box)
        self.edits: dict[str, QLineEdit] = {}
        self.problems: dict[str, QLabel] = {}
        for field in calc.inputs:
            edit = QLineEdit(shown_value(field, field.default or 0.0))
            edit.setObjectName(field.name)
            edit.setToolTip(tooltip(_tip(field, (spread or {}).get(field.name))))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("000,000,000,000"))
            edit.textEdited.connect(lambda _text, f=field: self._edited(f))
            unit = plain_label(field.unit)
            unit.setMinimumWidth(unit.fontMetrics().horizontalAdvance("invoices/month "))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(unit)
            problem = plain_label("")
            problem.setStyleSheet("color: #c62828;")
            problem.setVisible(False)
            holder = QVBoxLayout()
            holder.setSpacing(0)
            holder.addLayout(row)
            holder.addWidget(problem)
            label = plain_label(field.label)
            label.setToolTip(tooltip(field.label))
            self.form.addRow(label, holder)
            self.edits[field.name] = edit
            self.problems[field.name] = problem
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_box)
        columns.addWidget(scroll, 3)

        results_box = QWidget()
        self.results_form = QFormLayout(results_box)
        self.result_labels: dict[str, QLabel] = {}
        for field in calc.outputs:
            value = QLabel("…")
            value.setObjectName(field.name)
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("$0,000,000,000 per year"))
            name = plain_label(field.label)
            name.setToolTip(tooltip(field.label))
            self.results_form.addRow(name, value)
            self.result_labels[field.name] = value
        columns.addWidget(results_box, 3)

        self.status = plain_label("")
        self.status.setObjectName("roiStatus")
        outer.addWidget(self.status)
        buttons = QHBoxLayout()
        self.reset_button = QPushButton("Reset to defaults")
        self.reset_button.clicked.connect(self.reset)
        self.pdf_button = QPushButton("Summary as PDF…")
        self.pdf_button.clicked.connect(lambda: self._choose_export("pdf"))
        self.docx_button = QPushButton("Summary as DOCX…")
        self.docx_button.clicked.connect(lambda: self._choose_export("docx"))
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        for button in (self.pdf_button, self.docx_button, close):
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_AFTER_MS)
        self._timer.timeout.connect(self.recompute)
        self.recompute()

    # -- inputs ---------------------------------------------------------------------------

    def _edited(self, field: Field) -> None:
        edit, problem = self.edits[field.name], self.problems[field.name]
        try:
            self.values[field.name] = typed_value(field, edit.text())
        except UserError as exc:
            edit.setStyleSheet(INVALID)
            problem.setText(str(exc).split(": ", 1)[-1])
            problem.setVisible(True)
            self._set_valid(False)
            return
        edit.setStyleSheet("")
        problem.setVisible(False)
        self.changed = True
        self._set_valid(not any(p.isVisible() for p in self.problems.values()))
        self._timer.start()

    def _set_valid(self, valid: bool) -> None:
        for button in (self.pdf_button, self.docx_button):
            button.setEnabled(valid and bool(self.results))  # a summary needs results
        if not valid:
            self.status.setText("Fix the highlighted input; results show the last valid "
                                "numbers.")

    def reset(self) -> None:
        self.values = self.calc.defaults()
        for field in self.calc.inputs:
            self.edits[field.name].setText(shown_value(field, field.default or 0.0))
            self.edits[field.name].setStyleSheet("")
            self.problems[field.name].setVisible(False)
        self.changed = False
        self._set_valid(True)
        self.recompute()

    def set_input(self, name: str, text: str) -> None:
        """As if typed (for tests and keyboard-free use)."""
        self.edits[name].setText(text)
        self._edited(self.calc.field(name))

    # -- results --------------------------------------------------------------------------

    def recompute(self) -> None:
        values = dict(self.values)
        calc = self.calc
        (self.runner.run(lambda _ctx: calc.compute(values), lane="roi")
         .on_success(lambda results: self._show(values, results))
         .on_failure(lambda exc: self._failed(values, exc)).start())

    def _failed(self, values: dict[str, float], exc: BaseException) -> None:
        """No results rather than stale ones beside the new numbers (a compute past the
        calculator's limits says so in plain words); no summary of them either."""
        if values != self.values:
            return  # typed on since; a newer recompute is coming
        self.results = []
        for label in self.result_labels.values():
            label.setText("–")
            label.setToolTip("")
            label.setStyleSheet("")
        self._set_valid(False)
        self.status.setText(f"Could not compute: {exc}")

    def _show(self, values: dict[str, float], results: list[Result]) -> None:
        if values != self.values:
            return  # typed on since; a newer recompute is coming
        self.results = results
        errors = 0
        for result in results:
            label = self.result_labels[result.field.name]
            label.setText(result.text())
            label.setToolTip(tooltip(result.error))
            label.setStyleSheet("color: #c62828;" if result.error else "")
            errors += bool(result.error)
        if self.changed:
            self.runs += 1
        if not any(p.isVisible() for p in self.problems.values()):
            self._set_valid(True)
            self.status.setText(f"{errors} result(s) cannot be computed with these inputs."
                                if errors else "Results follow your numbers as you type.")
        self.computed.emit(results)

    # -- export ---------------------------------------------------------------------------

    def _choose_export(self, kind: str) -> None:
        suffix = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)"}[kind]
        start = str(Path.home() / f"{self.calc.title}.{kind}")
        path, _ = QFileDialog.getSaveFileName(self, "Save the summary", start, suffix)
        if path:
            target = Path(path)
            if target.suffix.lower() != f".{kind}":
                target = target.with_name(f"{target.name}.{kind}")
            self.export_requested.emit(kind, target, dict(self.values))

    def exported(self, path: Path, open_file: Callable[[Path], object]) -> None:
        self.status.setText(f"Summary written: {path}")
        open_file(path)
