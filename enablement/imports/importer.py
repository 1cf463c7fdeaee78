"""Import files into a library: discover, read in parallel, write one batch at a time.

Each file ends with one :class:`Status` and a plain reason, whatever goes wrong with it
or with the disk. Batches are committed in one write transaction each (a savepoint per
file, so one bad row fails alone), and the batch's copies go into ``files/`` while that
transaction holds the library's write lock, so a copy that no row came to reference can
be removed safely. An interrupted import keeps every finished batch, and running it
again skips what is already stored with a stat() per file.

The readers also work out each file's title, summary and suggested tags
(:mod:`enablement.imports.prepared`), so the writer mostly writes. The search index
takes the stored files every few batches (``ImportOptions.index_every``), not after
each one: fewer, larger index commits cost less. A file's row is reported once the
index has it (its progress as soon as it is stored), so a row that says "imported"
means searchable, as before.

A full disk stops the import: nothing half-written is committed, every file still gets
a row (those not reached say so), and the message says which disk to free.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from enablement.errors import Cancelled, UserError
from enablement.imports.asset_record import AssetRecord, PendingFile
from enablement.imports.discovery import Found, cannot_open_reason, discover
from enablement.imports.extraction_pool import ExtractionPool
from enablement.imports.manifests import FileMetadata, MetadataReader
from enablement.imports.prepared import Preparer
from enablement.imports.results import (
    FileResult,
    ImportOptions,
    ImportProgress,
    ImportReport,
    Status,
)
from enablement.store.disk import causes, is_disk_full
from enablement.store.models import Asset, ImportSource, StoredFile
from enablement.text import path_text

if TYPE_CHECKING:
    from enablement.catalog.learning import Learned
    from enablement.library import Library

log = logging.getLogger(__name__)



class Importer:
    """One import run; the library's single writer while it runs."""

    def __init__(
        self,
        library: Library,
        options: ImportOptions | None = None,
        cancel: threading.Event | None = None,
        on_result: Callable[[FileResult], None] | None = None,
        on_progress: Callable[[ImportProgress], None] | None = None,
        learned: Learned | None = None,
    ) -> None:
        """``learned``: what the library's own tags taught (see ImportService), merged
        into every file's rule suggestions."""
        self.library = library
        self.options = options or ImportOptions()
        self.cancel = cancel or threading.Event()
        self.on_result = on_result
        self.on_progress = on_progress
        self.report = ImportReport()
        self._total = 0
        # Suggestions use the taxonomy as it was when the import began (see AssetRecord);
        # the readers work them out with it, and the writer when they could not.
        self._preparer = Preparer(library.taxonomy(), learned)
        self._record = AssetRecord(library.content, self._preparer.taxonomy, learned)
        self._disk_full = False
        # Rows of files written, waiting for the search index before they are reported.
        self._held: list[FileResult] = []
        self._held_since = 0.0

    # -- bookkeeping ----------------------------------------------------------------------

    def _emit(self, result: FileResult, announced: bool = False) -> None:
        """Report ``result``; ``announced``: its progress was reported when it was held."""
        self.report.results.append(result)
        if self.on_result is not None:
            self.on_result(result)
        if not announced:
            self._progress(result.path)

    def _progress(self, current: str) -> None:
        if self.on_progress is not None:
            done = len(self.report.results) + len(self._held)
            self.on_progress(ImportProgress(done, self._total, current))

    def _hold(self, results: list[FileResult]) -> None:
        """Results of a batch written, reported once the index has taken them."""
        if results and not self._held:
            self._held_since = time.monotonic()
        for result in results:
            self._held.append(result)
            self._progress(result.path)

    def _index_due(self) -> bool:
        return bool(self._held) and (
            len(self._held) >= self.options.index_every
            or time.monotonic() - self._held_since >= self.options.index_seconds)

    def _index_held(self) -> None:
        """Index what the batches written since the last time stored; report their rows
        (a full disk: those stored say they are not searchable yet)."""
        if not self._held:
            return
        if not self._drain_index():
            note = f"stored, but not searchable yet: {self._full_disk()}"
            self._held = [replace(r, warnings=(*r.warnings, note))
                          if r.status in (Status.IMPORTED, Status.UPDATED) else r
                          for r in self._held]
        results, self._held = self._held, []
        for result in results:
            self._emit(result, announced=True)

    def _full_disk(self) -> str:
        return (f"the disk holding the library ({path_text(self.library.path)}) is full; "
                "free some space and import again")

    def _failed(self, path: Path, reason: str) -> FileResult:
        return FileResult(path_text(path), Status.FAILED, reason=reason)

    def _not_reached(self, item: PendingFile) -> FileResult:
        """The row of a file read but not stored because the disk filled up first."""
        if item.outcome.extracted is None:  # it could not have been stored anyway
            return self._failed(item.outcome.path, item.outcome.reason or "could not be read")
        return self._failed(item.outcome.path, f"not imported: {self._full_disk()}")

    @property
    def stopped_by_full_disk(self) -> bool:
        return self._disk_full

    def _is_disk_full(self, exc: BaseException) -> bool:
        return is_disk_full(exc, self.library.path)

    # -- the run --------------------------------------------------------------------------

    def run(self, paths: Iterable[Path]) -> ImportReport:
        found = list(discover(paths, follow_links=self.options.follow_links))
        self._total = len(found)
        with self.library.sessions() as session:
            known = {s.path: s for s in session.scalars(select(ImportSource))}
            live_assets = set(session.scalars(select(Asset.id)))
        metadata = MetadataReader()
        to_read: list[Path] = []
        waiting: dict[Path, tuple[FileMetadata, os.stat_result]] = {}
        for item in found:
            pending = self._scan(item, metadata, known, live_assets)
            if pending is not None:
                to_read.append(item.path)
                waiting[item.path] = pending
        self._read_and_write(to_read, waiting)
        if self._disk_full:
            self.report.disk_full = self._disk_full_summary()
        return self.report

    def _disk_full_summary(self) -> str:
        where = f"The disk holding the library ({path_text(self.library.path)}) is full"
        if any(r.status is Status.FAILED and r.reason.endswith(self._full_disk())
               for r in self.report.results):
            return (f"{where}: free some space and import again for the files it could not "
                    "store; the files it stored are kept.")
        return (f"{where}: every file was stored, but some are not searchable yet; free some "
                "space and they will be.")

    def _scan(
        self, item: Found, metadata: MetadataReader, known: dict[str, ImportSource],
        live_assets: set[int],
    ) -> tuple[FileMetadata, os.stat_result] | None:
        """What reading ``item`` needs, or None when its row is already given (skipped,
        failed or unchanged). Whatever goes wrong here, this file fails alone."""
        if item.failed:
            self._emit(self._failed(item.path, item.problem or "cannot be opened"))
            return None
        if item.problem:
            self._emit(FileResult(path_text(item.path), Status.SKIPPED, reason=item.problem))
            return None
        try:
            stat = item.path.stat()
            meta = metadata.for_file(item.path)
        except OSError as exc:
            self._emit(self._failed(item.path, cannot_open_reason(exc)))
            return None
        except Exception as exc:  # a bug, not the user's file: say so plainly
            log.exception("Could not prepare %s", path_text(item.path))
            self._emit(self._failed(item.path, f"could not be read ({type(exc).__name__}); "
                                               "the log has the details"))
            return None
        previous = known.get(path_text(item.path))
        if (
            previous is not None
            and previous.size == stat.st_size
            and previous.mtime_ns == stat.st_mtime_ns
            and previous.metadata_stamp == meta.stamp
            and previous.asset_id in live_assets
        ):
            status = Status.DUPLICATE if previous.status == "duplicate" else Status.UNCHANGED
            self._emit(FileResult(path_text(item.path), status, previous.asset_id))
            return None
        return meta, stat

    def _read_and_write(
        self, to_read: list[Path], waiting: dict[Path, tuple[FileMetadata, os.stat_result]]
    ) -> None:
        if not to_read:
            return
        pool = ExtractionPool(
            workers=min(self.options.workers or os.cpu_count() or 1, len(to_read)),
            time_limit=self.options.time_limit,
            limits=self.options.limits,
            prepare=self._preparer,
        )
        batch: list[PendingFile] = []
        reached: set[Path] = set()
        batch_started = time.monotonic()
        outcomes = pool.run(to_read, self.cancel,
                            data={path: meta for path, (meta, _stat) in waiting.items()})
        try:
            for outcome in outcomes:
                reached.add(outcome.path)
                meta, stat = waiting[outcome.path]
                batch.append(PendingFile(outcome, meta, stat))
                if (
                    len(batch) >= self.options.batch_size
                    or time.monotonic() - batch_started >= self.options.batch_seconds
                ):
                    self._write_batch(batch)
                    batch, batch_started = [], time.monotonic()
                if self._disk_full:
                    break  # nothing more can be stored: stop reading
        except (Cancelled, KeyboardInterrupt):
            self.report.cancelled = True
        finally:
            outcomes.close()  # the readers stop now, not whenever this is garbage collected
            # What was read is kept even when the user stopped the import.
            self._write_batch(batch, last=True)
            if self._disk_full:
                for path in to_read:
                    if path not in reached:
                        self._emit(self._failed(path, f"not imported: {self._full_disk()}"))

    # -- the writer -----------------------------------------------------------------------

    def _write_batch(self, batch: list[PendingFile], last: bool = False) -> None:
        """Write ``batch`` in one transaction; index what is held when it is time (and
        when this is the ``last`` batch, or the disk is full: the import stops)."""
        if self._disk_full:
            self._index_held()
            for item in batch:
                self._emit(self._not_reached(item))
            return
        if not batch:
            if last:
                self._index_held()
            return
        created: list[tuple[str, str]] = []  # copies this batch put into files/
        results: list[FileResult] = []
        try:
            with self.library.sessions.begin() as session:
                for item in batch:
                    results.append(self._write_guarded(session, item, created))
        except Exception as exc:  # the batch's transaction failed: none of it is stored
            results = self._batch_lost(batch, results, exc)
        finally:
            if created and (len(results) < len(batch)
                            or any(r.status is Status.FAILED for r in results)):
                self._remove_unreferenced(created)
        self._hold(results)
        if last or self._disk_full or self._index_due():
            self._index_held()

    def _write_guarded(
        self, session: Session, item: PendingFile, created: list[tuple[str, str]]
    ) -> FileResult:
        """Store one file in its own savepoint; its row.

        Any failure is this file's alone, except a full disk seen by SQLite, which may
        have rolled back the whole transaction: that is raised, and the batch given up.
        """
        path = item.outcome.path
        if item.outcome.extracted is None:
            return self._failed(path, item.outcome.reason or "could not be read")
        if self._disk_full:
            return self._not_reached(item)
        try:
            with session.begin_nested():
                return self._record.write(session, item, item.outcome.extracted, created)
        except UserError as exc:
            return self._failed(path, str(exc))
        except Exception as exc:
            if self._is_disk_full(exc):
                if _from_database(exc):
                    raise
                self._disk_full = True
                return self._failed(path, f"could not be stored: {self._full_disk()}")
            log.exception("Could not store %s", path_text(path))
            return self._failed(path, _storing_failed(exc))

    def _batch_lost(
        self, batch: list[PendingFile], results: list[FileResult], exc: Exception
    ) -> list[FileResult]:
        """The rows of a batch whose transaction failed: nothing of it was stored."""
        if self._is_disk_full(exc):
            self._disk_full = True
            reason = f"could not be stored: {self._full_disk()}"
        else:
            log.error("Could not store a batch of %d files", len(batch), exc_info=exc)
            reason = _storing_failed(exc)
        lost: list[FileResult] = []
        for index, item in enumerate(batch):
            earlier = results[index] if index < len(results) else None
            if earlier is not None and earlier.status is Status.FAILED:
                lost.append(earlier)  # its own reason still holds
            elif item.outcome.extracted is None:
                lost.append(self._failed(item.outcome.path,
                                         item.outcome.reason or "could not be read"))
            else:
                lost.append(self._failed(item.outcome.path, reason))
        return lost

    def _remove_unreferenced(self, created: list[tuple[str, str]]) -> None:
        """Delete the copies this batch put into files/ that no committed row references.

        Checked under the write lock: any other import stores its copies inside its own
        write transaction, so it cannot be between storing the same bytes and committing
        the row that references them.
        """
        try:
            with self.library.sessions.begin() as session:
                kept = set(session.execute(
                    select(StoredFile.sha256, StoredFile.extension)
                    .where(StoredFile.sha256.in_(sorted({sha for sha, _ in created})))
                ))
                for sha, extension in created:
                    if (sha, extension) not in kept:
                        self.library.content.path_for(sha, extension).unlink(missing_ok=True)
        except Exception:  # tidying up must not fail the import; the copy is only waste
            log.warning("Could not remove the unused copies of a failed batch", exc_info=True)

    def _drain_index(self) -> bool:
        """Index what the batches stored; False when the disk is full. That stops the import
        (the next batch could not be stored either); what was stored stays queued for the
        index, which catches up once there is space. Any other failure is raised."""
        try:
            self.library.drain_index(bulk=True)
        except Exception as exc:
            if not self._is_disk_full(exc):
                raise
            self._disk_full = True
            log.warning("The search index of %s could not be written: the disk is full",
                        path_text(self.library.path))
            return False
        return True

def _from_database(exc: BaseException) -> bool:
    return any(isinstance(c, (sqlite3.Error, DBAPIError)) for c in causes(exc))


def _storing_failed(exc: BaseException) -> str:
    """The reason shown when storing failed for a reason that is not the user's file."""
    if any(isinstance(c, sqlite3.OperationalError) and "locked" in str(c)
           for c in causes(exc)):
        return ("could not be stored: another program kept the library busy; close it and "
                "import again")
    return f"could not be stored in the library ({type(exc).__name__}); the log has the details"
