"""Importing, as the window and the command line reach it: ``library.imports``.

Before the writer starts, the library's confirmed and rejected tags train the learned
suggestions once (``catalog.learning``); every stored file's result then says which kind,
stages and objections it ended with, so the import's table shows what to review.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from enablement.catalog import competitors, review
from enablement.catalog.tagging import TagRow, effective
from enablement.changes import Changes
from enablement.imports.importer import Importer
from enablement.imports.results import (
    FileResult,
    FileTag,
    ImportOptions,
    ImportProgress,
    ImportReport,
    Status,
)
from enablement.store.disk import is_disk_full
from enablement.store.models import AssetTag

if TYPE_CHECKING:
    from enablement.library import Library

log = logging.getLogger(__name__)

STORED = (Status.IMPORTED, Status.UPDATED)
IN_LIBRARY = (*STORED, Status.UNCHANGED, Status.DUPLICATE)
SHOWN_FACETS = ("kind", "stage", "objection")  # what the import's table shows of each file


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
        options = options or ImportOptions()
        tagged: list[FileResult] = []

        def with_tags(result: FileResult) -> None:
            result = self._with_tags(result)
            tagged.append(result)
            if on_result is not None:
                on_result(result)

        with library.write_lock:
            learned = library.catalog.learned() if options.learn else None
            learning = library.catalog.learning_summary() if options.learn else None
            importer = Importer(library, options, cancel, with_tags, on_progress, learned)
            report = importer.run(paths)
            if len(tagged) == len(report.results):
                report.results = tagged
            report.learning = learning
            stored = [r.asset_id for r in report.results
                      if r.status in STORED and r.asset_id]
            if stored and not importer.stopped_by_full_disk:
                self._propose_competitors(stored)
        changes = Changes.of_assets(stored, catalog=bool(stored), taxonomy=bool(stored))
        return report, library.changed(changes)

    def _with_tags(self, result: FileResult) -> FileResult:
        """``result`` with the kind, stages and objections its asset now has."""
        if result.asset_id is None or result.status not in IN_LIBRARY:
            return result
        taxonomy = self._library.taxonomy()
        with self._library.sessions() as session:
            rows = [TagRow(*row) for row in session.execute(
                select(AssetTag.facet, AssetTag.value_key, AssetTag.origin, AssetTag.score)
                .where(AssetTag.asset_id == result.asset_id,
                       AssetTag.facet.in_(SHOWN_FACETS)))]
        chosen = effective(rows)
        tags = tuple(FileTag(facet, row.key, taxonomy.label(facet, row.key), row.origin,
                             round(row.score, 2))
                     for facet in SHOWN_FACETS for row in chosen.get(facet, ()))
        return replace(result, tags=tags)

    def _propose_competitors(self, asset_ids: list[int]) -> None:
        """Competitors are judged over the whole library, once an import's files are in
        (a value rejected on an asset is not proposed to it again); a suggestion that
        cannot be saved (a full disk) is not worth failing the import."""
        try:
            with self._library.sessions.begin() as session:
                competitors.propose(session, asset_ids)
                review.drop_rejected(session, asset_ids)
        except Exception as exc:
            if not is_disk_full(exc, self._library.path):
                raise
            log.warning("Competitor suggestions skipped: the disk holding %s is full",
                        self._library.path)
