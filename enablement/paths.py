"""Where libraries and logs live. Resolved when main.py starts, never at import time."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Enablement"
LIBRARY_ENV = "ENABLEMENT_LIBRARY"
LOG_DIR_ENV = "ENABLEMENT_LOG_DIR"
# Set (to anything) to import the demo without its generated history of team activity.
NO_DEMO_HISTORY_ENV = "ENABLEMENT_NO_DEMO_HISTORY"


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


def ensure_folder(path: Path, noun: str, advice: str) -> Path:
    """``path`` as an existing folder, created if needed, or a UserError saying why not:
    "{path} is a file, not a {noun}; {advice}."."""
    from enablement.errors import UserError

    path = path.expanduser()
    if path.exists() and not path.is_dir():
        raise UserError(f"{path} is a file, not a {noun}; {advice}.")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot create the {noun} {path}: {exc.strerror or exc}; "
                        f"{advice}.") from exc
    return path
