"""Where libraries and logs live. Resolved when main.py starts, never at import time."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Enablement"
LIBRARY_ENV = "ENABLEMENT_LIBRARY"
LOG_DIR_ENV = "ENABLEMENT_LOG_DIR"


def default_library_dir() -> Path:
    """``$ENABLEMENT_LIBRARY``, else a ``Library`` folder in the user's data folder."""
    override = os.environ.get(LIBRARY_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "Library"


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def demo_library_source() -> Path:
    """The bundled demo content shipped in the repository's ``assets/demo``."""
    return Path(__file__).resolve().parent.parent / "assets" / "demo"
