"""Enablement: an offline-first sales-enablement content library.

With no command, opens the library (importing the bundled demo on first run); with a
command (import, search, assets, tag, reindex, taxonomy, demo), runs it headless.
See ``python main.py --help``.
"""

import sys

from enablement.cli import install_sigterm_handler, main

if __name__ == "__main__":
    install_sigterm_handler()
    sys.exit(main())
