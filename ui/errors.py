"""Errors in a dialog a person can read, with details they can copy into a bug report."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enablement.errors import UserError

log = logging.getLogger(__name__)


def describe(exc: BaseException, log_path: Path | None = None) -> tuple[str, str]:
    """A headline for a person and the technical details for the log or a report."""
    if isinstance(exc, UserError):
        return str(exc), ""
    if isinstance(exc, OSError) and exc.filename:
        headline = f"Could not use {exc.filename}: {exc.strerror or exc}."
    else:
        headline = "Something went wrong inside Enablement. Your library is safe; " \
                   "the last action did not finish."
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if log_path is not None:
        details += f"\nThe log file is {log_path}"
    return headline, details


class ErrorDialog(QDialog):
    def __init__(self, headline: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Enablement: a problem")
        self.setObjectName("errorDialog")
        layout = QVBoxLayout(self)
        self.headline = QLabel(headline)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)  # messages quote user text
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.headline)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(bool(details))
        self.details.setMinimumHeight(160)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("Copy details")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setVisible(bool(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360 if details else 140)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.headline.text()}\n\n{self.details.toPlainText()}")


class ErrorReporter:
    """Shows errors one at a time (a burst of failures gives one dialog, not fifty)."""

    def __init__(self, parent: QWidget | None = None, log_path: Path | None = None) -> None:
        self.parent = parent
        self.log_path = log_path
        self.showing = False
        self.last: ErrorDialog | None = None

    def __call__(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            log.error("Error shown to the user", exc_info=exc)
        if self.showing:
            return
        headline, details = describe(exc, self.log_path)
        dialog = ErrorDialog(headline, details, self.parent)
        self.last = dialog
        self.showing = True
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self) -> None:
        self.showing = False

    def install_excepthook(self) -> None:
        """Unhandled exceptions in slots end up here instead of killing the app silently."""

        def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
            if issubclass(kind, KeyboardInterrupt):
                sys.__excepthook__(kind, exc, tb)
                return
            exc.__traceback__ = tb
            self(exc)

        sys.excepthook = hook
