"""Importing, as the window and the command line reach it: ``library.imports``."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from enablement.changes import Changes
from enablement.imports.results import (
    FileResult,
    ImportOptions,
    ImportProgress,
    ImportReport,
    Status,
)

if TYPE_CHECKING:
    from enablement.library import Library

STORED = (Status.IMPORTED, Status.UPDATED)


class ImportService:
    def __init__(self, library: Library) -> None:
        self._library = library

    def run(
        self,
        paths: Iterable[Path],
        options: ImportOptions | None = None,
        cancel: threading.Event | None = None,
        on_result: Callable[[FileResult], None] | None = None,
        on_progress: Callable[[ImportProgress], None] | None = None,
    ) -> tuple[ImportReport, Changes]:
        """Import files and folders (each file ends with its own row); the importer
        indexes each batch as it goes. A sidecar may have added taxonomy values."""
        report = self._library.import_paths(paths, options, cancel, on_result, on_progress)
        stored = [r.asset_id for r in report.results if r.status in STORED and r.asset_id]
        changes = Changes.of_assets(stored, catalog=bool(stored), taxonomy=bool(stored))
        return report, self._library.changed(changes)
