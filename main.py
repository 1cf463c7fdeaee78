"""Enablement: an offline-first sales-enablement content library.

With no command, opens the window on the library (importing the bundled demo on first
run, with its generated team history unless ``--no-demo-history``); with a command
(import, search, prepare, export, assets, tag, reindex, taxonomy, demo, rate, log,
request, report, deals, hub, sync, publish, retire, roi, info), runs it headless. See
``python main.py --help``.
"""

import sys
from pathlib import Path

from enablement.cli import install_sigterm_handler, main


def open_window(library: Path | None, log_path: Path | None) -> int:
    from ui.app import run_app

    return run_app(library, log_path)


if __name__ == "__main__":
    install_sigterm_handler()
    sys.exit(main(open_window=open_window))
