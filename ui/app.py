"""Start the window: the Qt application, settings, logging and the exception hook."""

from __future__ import annotations

import logging
import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from enablement import paths
from ui.main_window import MainWindow
from ui.settings import AppSettings, open_settings

log = logging.getLogger(__name__)


def choose_library_dir(explicit: Path | None, settings: AppSettings) -> Path:
    """``--library`` wins, then ``$ENABLEMENT_LIBRARY``, then Settings, then the default."""
    if explicit is not None:
        return explicit
    if os.environ.get(paths.LIBRARY_ENV):
        return paths.default_library_dir()
    return settings.library_dir or paths.default_library_dir()


def build_window(explicit_library: Path | None = None,
                 log_path: Path | None = None) -> MainWindow:
    settings = AppSettings(open_settings())
    library_dir = choose_library_dir(explicit_library, settings)
    window = MainWindow(library_dir, settings, demo_source=paths.demo_library_source(),
                        log_path=log_path,
                        demo_history=not os.environ.get(paths.NO_DEMO_HISTORY_ENV))
    window.errors.install_excepthook()
    return window


def close_on_signals(window: MainWindow) -> QTimer:
    """Ctrl-C or SIGTERM in the terminal closes the window the normal way (state saved,
    running jobs cancelled). The timer lets Python run its signal handlers while Qt waits.
    """
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda _n, _f: window.close())
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def run_app(explicit_library: Path | None = None, log_path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Enablement")
    app.setOrganizationName("Enablement")
    window = build_window(explicit_library, log_path)
    close_on_signals(window)
    window.show()
    log.info("Window open on %s", window.library_dir)
    status = app.exec()
    # Tear the widgets down while Python is still fully alive: letting interpreter
    # shutdown collect them in arbitrary order crashes inside PySide6.
    window.deleteLater()
    app.sendPostedEvents(None, 0)
    del window
    return status
