"""Importing, as the window and the command line reach it: ``library.imports``."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from enablement.catalog import competitors
from enablement.changes import Changes
from enablement.imports.importer import Importer
from enablement.imports.results import (
    FileResult,
    ImportOptions,
    ImportProgress,
    ImportReport,
    Status,
)
from enablement.store.disk import is_disk_full

if TYPE_CHECKING:
    from enablement.library import Library

log = logging.getLogger(__name__)

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
        indexes each batch as it goes. A sidecar may have added taxonomy values, and
        competitors found in the files join it."""
        library = self._library
        with library.write_lock:
            importer = Importer(library, options, cancel, on_result, on_progress)
            report = importer.run(paths)
            stored = [r.asset_id for r in report.results
                      if r.status in STORED and r.asset_id]
            if stored and not importer.stopped_by_full_disk:
                self._propose_competitors(stored)
        changes = Changes.of_assets(stored, catalog=bool(stored), taxonomy=bool(stored))
        return report, library.changed(changes)

    def _propose_competitors(self, asset_ids: list[int]) -> None:
        """Competitors are judged over the whole library, once an import's files are in;
        a suggestion that cannot be saved (a full disk) is not worth failing the import."""
        try:
            with self._library.sessions.begin() as session:
                competitors.propose(session, asset_ids)
        except Exception as exc:
            if not is_disk_full(exc, self._library.path):
                raise
            log.warning("Competitor suggestions skipped: the disk holding %s is full",
                        self._library.path)
