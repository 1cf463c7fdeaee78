"""A library folder: the database, the content store and the index, opened together.

Layout (like a calibre library, self-contained and portable)::

    LIBRARY/
      library.db     SQLite, WAL: the source of truth
      files/         imported files, addressed by SHA-256
      index/         the Whoosh index: derived data, rebuilt with ``reindex``
      backups/       copies of library.db taken before each schema upgrade
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from enablement.catalog import taxonomy as taxonomy_store
from enablement.catalog.service import CatalogService
from enablement.catalog.taxonomy import Taxonomy
from enablement.changes import Changes
from enablement.demo.service import DemoService
from enablement.feedback.service import FeedbackService
from enablement.imports.results import (
    FileResult,
    ImportOptions,
    ImportProgress,
    ImportReport,
)
from enablement.imports.service import ImportService
from enablement.insights.service import InsightsService
from enablement.paths import ensure_folder
from enablement.roi.service import RoiService
from enablement.search import indexer
from enablement.search.repair import IndexRepair
from enablement.search.service import SearchService
from enablement.store import index_queue, migrate
from enablement.store.content import ContentStore
from enablement.store.database import make_engine, make_session_factory
from enablement.store.disk import DiskFull, full_disk_message, is_disk_full
from enablement.sync.service import SyncService
from index import IndexSearcher, IndexStore

log = logging.getLogger(__name__)

DB_NAME = "library.db"
DRAIN_WAIT_S = 10.0  # how long an edit waits for another process's index write


@dataclass(frozen=True)
class LibraryFacts:
    taxonomy: Taxonomy
    asset_count: int
    pending_index: int


class Library:
    """The one object every face (window, command line, tests) talks to."""

    def __init__(self, path: Path, read_only: DiskFull | None = None) -> None:
        self.path = path
        self.db_path = path / DB_NAME
        self.read_only = read_only  # why this library can only be read (a full disk)
        self.engine = make_engine(self.db_path, read_only=read_only is not None)
        self.sessions: sessionmaker[Session] = make_session_factory(self.engine, read_only)
        self.content = ContentStore(path / "files")
        self.index_store = IndexStore(path / "index")
        self.searcher = IndexSearcher(self.index_store)
        # One writer at a time in this process: an import, a reindex (other processes wait
        # on SQLite's lock and the index's file lock).
        self.write_lock = threading.Lock()
        self._taxonomy: tuple[int, Taxonomy] | None = None  # (its version, the taxonomy)
        self.repair = IndexRepair(self.reindex)
        # The services every face uses: each write returns a Changes and is followed up
        # here (``changed``), so no caller keeps the index or the taxonomy in step.
        self.catalog = CatalogService(self)
        self.imports = ImportService(self)
        self.search = SearchService(self)
        self.feedback = FeedbackService(self)
        self.insights = InsightsService(self)
        self.roi = RoiService(self)
        self.sync = SyncService(self)
        self.demo = DemoService(self)

    @classmethod
    def open(cls, path: Path) -> Library:
        """Open (creating or upgrading as needed) the library in folder ``path``."""
        path = ensure_folder(path, "library folder", "choose a folder")
        try:
            migrate.upgrade(path / DB_NAME)
            library = cls(path)
            with library.sessions() as session:
                seeded = taxonomy_store.is_seeded(session)
                older = not seeded and taxonomy_store.has_taxonomy(session)
        except Exception as exc:
            if not is_disk_full(exc, path) or not (path / DB_NAME).exists():
                raise
            # Reading a library needs a little room (SQLite's WAL index): with none, it
            # is opened as it is on disk, to search and read; writes say the disk is full.
            log.warning("The disk holding %s is full: opening the library read-only", path)
            return cls(path, read_only=DiskFull(f"Not saved: {full_disk_message(path)}."))
        if not seeded:  # (a read first: opening a library to read it takes no write lock)
            try:
                with library.sessions.begin() as session:
                    taxonomy_store.seed_defaults(session)
            except Exception as exc:
                if not older or not is_disk_full(exc, path):
                    raise
                # An older library's taxonomy is brought up to date when there is room;
                # until then it is read as it is.
                log.warning("The disk holding %s is full: opening the library read-only; "
                            "its taxonomy is brought up to date when there is room", path)
                library.close()
                return cls(path, read_only=DiskFull(f"Not saved: {full_disk_message(path)}."))
        library.content.remove_partials()
        library.index_store.clean()  # a rebuild cut short (unless one runs right now)
        if library.index_store.needs_rebuild():
            # Written by another version of the schema, or damaged: the index is derived
            # data, so it is rebuilt from the database rather than trusted.
            log.warning("Rebuilding the search index of %s", path)
            library.reindex()
        return library

    def close(self) -> None:
        # A rebuild still running is safe to abandon (the old index stays live until the
        # new one is complete), but give it a moment to finish on its own.
        self.repair.wait(timeout=10)
        self.searcher.close()
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- taxonomy -------------------------------------------------------------------------

    def taxonomy(self) -> Taxonomy:
        """The taxonomy, read once per change, by this process or another (a window
        left open while the command line or a sync edits it): one number is compared
        first, and a taxonomy read afresh hands the searcher its synonym list. Another
        thread may drop the cached one at any moment (``taxonomy_changed`` after its
        write), so the one read here is returned, never the attribute read again."""
        held = self._taxonomy
        with self.sessions() as session:
            version = taxonomy_store.version(session)
            if held is not None and held[0] == version:
                return held[1]
            taxonomy = taxonomy_store.load(session)
        self.searcher.use_synonyms(taxonomy.synonym_groups())
        self._taxonomy = (version, taxonomy)
        return taxonomy

    def taxonomy_changed(self) -> None:
        self._taxonomy = None

    # -- after every write ----------------------------------------------------------------

    def changed(self, changes: Changes) -> Changes:
        """Bring what derives from the database up to date with ``changes``: the taxonomy
        is read afresh, the search index takes the assets (on a full disk it catches up
        later, and the returned ``Changes`` says so)."""
        if changes.taxonomy:
            self.taxonomy_changed()
        if changes.searchable and not self.index_soon():
            return replace(changes, search_behind=True)
        return changes

    def facts(self) -> LibraryFacts:
        """What the window shows of the library as a whole."""
        self.taxonomy_changed()
        return LibraryFacts(self.taxonomy(), self.catalog.asset_count(),
                            self.pending_index_count())

    # -- writing --------------------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[Path],
        options: ImportOptions | None = None,
        cancel: threading.Event | None = None,
        on_result: Callable[[FileResult], None] | None = None,
        on_progress: Callable[[ImportProgress], None] | None = None,
    ) -> ImportReport:
        """``imports.run`` for scripts and tests that want only the report."""
        return self.imports.run(paths, options, cancel, on_result, on_progress)[0]

    def drain_index(self, wait: float = DRAIN_WAIT_S, bulk: bool = False) -> int:
        """Write whatever the index still lacks; cheap when nothing is queued. Waits up
        to ``wait`` seconds for another writer of the index (a rebuild, which then writes
        what is queued here, holds it longer). ``bulk``: an import's commit, which folds
        segments loosely (``index.merging.fold_bulk``)."""
        return indexer.drain(self.sessions, self.index_store, self.taxonomy(), wait=wait,
                             bulk=bulk)

    def index_soon(self, wait: float = DRAIN_WAIT_S) -> bool:
        """``drain_index``, except that a full disk leaves the edits queued (logged; the
        index takes them at the next write once there is space) instead of failing the
        command that made them. False when that happened."""
        try:
            self.drain_index(wait)
        except Exception as exc:
            if not is_disk_full(exc, self.path):
                raise
            log.warning("The search index of %s could not be written: the disk is full",
                        self.path)
            return False
        return True

    def pending_index_count(self) -> int:
        with self.sessions() as session:
            return index_queue.pending_count(session)

    def reindex(self, procs: int = 1) -> int:
        with self.write_lock:
            self.taxonomy_changed()
            return indexer.rebuild(self.sessions, self.index_store, self.taxonomy(), procs)
