"""Enablement: an offline-first sales-enablement content library.

With no command, opens the window on the library (importing the bundled demo on first
run, with its generated team history unless ``--no-demo-history``); with a command
(import, search, prepare, export, assets, tag, reindex, taxonomy, demo, rate, log,
request, report, deals, hub, sync, publish, retire, roi, info), runs it headless. See
``python main.py --help``.
"""

import sys
from pathlib import Path

from enablement.cli.main import install_sigterm_handler, main


def platform_advice() -> str | None:
    """What the window lacks on this machine (system libraries of Qt's X11 plugin), in
    plain words with the command that installs them, or None. Asked before Qt starts:
    once a QApplication is made, Qt aborts the process naming no library."""
    try:
        from scripts.system_packages import desktop_advice
    except ImportError:  # installed without the source tree: Qt speaks for itself
        return None
    return desktop_advice()


def open_window(library: Path | None, log_path: Path | None) -> int:
    advice = platform_advice()
    if advice:
        print(advice, file=sys.stderr)
        return 1
    from ui.app import run_app

    return run_app(library, log_path)


if __name__ == "__main__":
    install_sigterm_handler()
    sys.exit(main(open_window=open_window))
