"""A rotating log file in the user's log folder; set up once by main.py."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def setup_logging(folder: Path, verbose: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "enablement.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
