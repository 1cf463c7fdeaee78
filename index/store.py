"""Writing the index: one writer at a time, a commit per batch, rebuild then swap.

The index is a cache of the database, so every operation here is idempotent: writing
an asset twice leaves one document, deleting a missing one is a no-op.

On disk the index is a folder of generations and a pointer to the live one::

    index/
      CURRENT       the name of the live generation, replaced atomically
      g000007/      a complete Whoosh index
      write.lock    held by whoever writes the index, in any process

A rebuild writes a new generation beside the live one, syncs it to disk, then points
``CURRENT`` at it with one atomic rename: a crash at any moment leaves either the old or
the new index in use, never none. Searchers notice the new pointer and reopen.

Every writer (an incremental write or a rebuild) holds ``write.lock``, a lock on a file
that covers threads and processes alike, so two processes using one library never
interleave index writes, and clean-up never removes a generation someone is building.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from filelock import FileLock, Timeout
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex

from index.analysis import analyse
from index.columns import remember_columns
from index.merging import fold_bulk, fold_tiers
from index.records import FACET_FIELDS, IndexRecord
from index.schema import (
    SCHEMA_VERSION,
    SPELLING_FIELDS,
    build_schema,
    spelling_field,
    takes_analysis,
)

log = logging.getLogger(__name__)

WRITER_TIMEOUT_S = 30.0  # Whoosh's default gives up at once when another writer holds it
POINTER = "CURRENT"
LOCK = "write.lock"
GENERATION = re.compile(r"g(\d{6})")
LEGACY_LEFTOVERS = (".rebuild", ".old")  # siblings an older version's rebuild left

remember_columns()


def document_fields(record: IndexRecord, analysed: bool = False) -> dict[str, object]:
    """``record``'s fields for Whoosh; ``analysed``: the index's schema takes the body
    as an ``Analysis`` (``schema.takes_analysis``), made once for both of its fields."""
    doc: dict[str, object] = {
        "asset_id": str(record.asset_id),
        "asset_num": record.asset_id,
        "title": record.title,
        "summary": record.summary,
        "body": record.body,
        "tags": record.tag_words,
        "source": re.sub(r"[_\-.]+", " ", record.source_name),
        "updated": record.updated,
        "sort_title": record.title.casefold()[:200],
        "schema_version": SCHEMA_VERSION,
    }
    for name in SPELLING_FIELDS:  # the words as typed, for typo matching
        doc[spelling_field(name)] = doc[name]
    if analysed:
        doc["body"] = doc[spelling_field("body")] = analyse(record.body)
        doc["_stored_body"] = record.body
    for name in FACET_FIELDS:
        values = record.tags.get(name, ())
        if values:
            doc[name] = ",".join(values)
    return doc


class IndexStore:
    """The on-disk Whoosh index of one library."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._thread_lock = threading.RLock()
        self._file_lock: FileLock | None = None

    # -- the live generation ------------------------------------------------------------

    def generation(self) -> str:
        """The live generation's name; "" when there is none yet (or it is unreadable)."""
        try:
            name = (self.path / POINTER).read_text("ascii").strip()
        except (OSError, UnicodeDecodeError):
            return ""
        return name if GENERATION.fullmatch(name) and (self.path / name).is_dir() else ""

    def live_path(self) -> Path | None:
        name = self.generation()
        return self.path / name if name else None

    def exists(self) -> bool:
        live = self.live_path()
        return live is not None and whoosh_index.exists_in(str(live))

    def open(self) -> FileIndex:
        """The live generation, created (empty) the first time."""
        return self.open_live()[0]

    def open_live(self) -> tuple[FileIndex, str]:
        """The live generation and its name (to tell later whether it is still live)."""
        live = self.live_path()
        if live is None or not whoosh_index.exists_in(str(live)):
            with self.exclusive(WRITER_TIMEOUT_S) as held:
                if not held:
                    raise TimeoutError(f"the index at {self.path} is busy")
                live = self.live_path()
                if live is None or not whoosh_index.exists_in(str(live)):
                    live = self._new_generation()
                    whoosh_index.create_in(str(live), build_schema())
                    self._point_to(live)
        # Without mmap: with it, Whoosh wraps each segment part in a BytesIO, which
        # copies the whole posting file into memory (about 400 MB at 10k assets).
        # Reading through the file instead keeps a 10k library near 30 MB.
        return FileStorage(str(live), supports_mmap=False).open_index(), live.name

    def needs_rebuild(self) -> bool:
        """True when the index must be rebuilt from the database with ``rebuild``: the
        live generation is missing or unreadable, was written with another schema (its
        field names differ, or its documents carry another ``SCHEMA_VERSION``), or is in
        the layout of an older version (no generations). A library with no index at all
        needs none: it is created, or filled, as records are written."""
        if self.exists():
            return self._stale()
        return self._legacy() or (self.path / POINTER).exists()

    def _stale(self) -> bool:
        try:
            ix = self.open()
            if set(ix.schema.names()) != set(build_schema().names()):
                return True
            with ix.searcher() as searcher:
                for leaf, _offset in searcher.leaf_searchers():
                    reader = leaf.reader()
                    for docnum in reader.all_doc_ids():
                        stored = reader.stored_fields(docnum)
                        if stored.get("schema_version") != SCHEMA_VERSION:
                            return True
                        break  # one document per segment tells its version
        except Exception:  # noqa: BLE001 - an unreadable index is rebuilt too
            log.warning("The index at %s cannot be read; it needs a rebuild", self.path,
                        exc_info=True)
            return True
        return False

    def _legacy(self) -> bool:
        return self.path.is_dir() and whoosh_index.exists_in(str(self.path))

    # -- the writer lock ----------------------------------------------------------------

    @contextlib.contextmanager
    def exclusive(self, timeout: float) -> Iterator[bool]:
        """Hold the index's writer lock, shared by every thread and process that writes
        this index; yields False when it was not had within ``timeout`` seconds (0: try
        once). Re-entrant within one thread."""
        had = (self._thread_lock.acquire(timeout=timeout) if timeout > 0
               else self._thread_lock.acquire(blocking=False))
        if not had:
            yield False
            return
        try:
            if self._file_lock is None:
                self.path.mkdir(parents=True, exist_ok=True)
                self._file_lock = FileLock(str(self.path / LOCK), thread_local=False)
            try:
                self._file_lock.acquire(timeout=timeout if timeout > 0 else 0)
            except Timeout:
                yield False
                return
            try:
                yield True
            finally:
                self._file_lock.release()
        finally:
            self._thread_lock.release()

    # -- writing ------------------------------------------------------------------------

    def write(
        self, records: Iterable[IndexRecord], delete_ids: Iterable[int] = (),
        bulk: bool = False,
    ) -> int:
        """Add or replace ``records`` and drop ``delete_ids``, committed together.
        ``bulk``: one of an import's commits, which fold segments loosely
        (``merging.fold_bulk``)."""
        with self.exclusive(WRITER_TIMEOUT_S) as held:
            if not held:
                raise TimeoutError(f"another process kept the index at {self.path} busy")
            ix = self.open()
            writer = ix.writer(timeout=WRITER_TIMEOUT_S, limitmb=256)
            analysed = takes_analysis(ix.schema)
            count = 0
            try:
                for asset_id in delete_ids:
                    writer.delete_by_term("asset_id", str(asset_id))
                for record in records:
                    writer.update_document(**document_fields(record, analysed))
                    count += 1
                writer.commit(mergetype=fold_bulk if bulk else fold_tiers)
            except BaseException:
                with contextlib.suppress(Exception):
                    writer.cancel()
                _clean_unreferenced(ix)  # a commit cut short (a full disk) leaves parts
                raise
            return count

    def rebuild(self, records: Iterable[IndexRecord], procs: int = 1) -> int:
        """Build a complete new generation beside the live one, then swap it in.

        Holds the writer lock throughout, so no incremental write lands in the old
        generation meanwhile (it waits, or leaves its rows queued for the next drain).
        """
        with self.exclusive(WRITER_TIMEOUT_S) as held:
            if not held:
                raise TimeoutError(f"another process kept the index at {self.path} busy")
            self.clean()
            fresh = self._new_generation()
            try:
                ix = whoosh_index.create_in(str(fresh), build_schema())
                options: dict[str, object] = {"limitmb": 256}
                if procs > 1:
                    options.update(procs=procs, multisegment=True)
                writer = ix.writer(**options)
                analysed = takes_analysis(ix.schema)
                count = 0
                try:
                    for record in records:
                        writer.add_document(**document_fields(record, analysed))
                        count += 1
                except BaseException:
                    writer.cancel()
                    raise
                writer.commit()
                _sync_folder(fresh)
                self._point_to(fresh)
            except BaseException:
                shutil.rmtree(fresh, ignore_errors=True)
                raise
            self.clean()
            log.info("Rebuilt the index at %s with %d documents", fresh, count)
            return count

    def clean(self) -> int:
        """Remove every generation but the live one, and what older versions left;
        returns how many were removed. Only while holding the writer lock: a folder not
        yet pointed to may be a rebuild under way."""
        removed = 0
        with self.exclusive(0) as held:
            if not held or not self.path.is_dir():
                return 0
            live = self.generation()
            for entry in self.path.iterdir():
                if entry.is_dir() and GENERATION.fullmatch(entry.name) and entry.name != live:
                    shutil.rmtree(entry, ignore_errors=True)  # (Windows: open files stay)
                    removed += not entry.exists()
                elif live and entry.is_file() and entry.name not in (POINTER, LOCK) \
                        and not entry.name.startswith(POINTER):
                    entry.unlink(missing_ok=True)  # the old single-folder layout's files
            for suffix in LEGACY_LEFTOVERS:
                leftover = self.path.with_name(self.path.name + suffix)
                if leftover.is_dir():
                    shutil.rmtree(leftover, ignore_errors=True)
                    removed += 1
        return removed

    def _new_generation(self) -> Path:
        self.path.mkdir(parents=True, exist_ok=True)
        numbers = [int(m.group(1)) for entry in self.path.iterdir()
                   if (m := GENERATION.fullmatch(entry.name))]
        fresh = self.path / f"g{max(numbers, default=0) + 1:06d}"
        fresh.mkdir()
        return fresh

    def _point_to(self, generation: Path) -> None:
        """Make ``generation`` the live one in one atomic step."""
        temporary = self.path / f"{POINTER}.{os.getpid()}.tmp"
        with open(temporary, "w", encoding="ascii") as handle:
            handle.write(generation.name + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path / POINTER)
        _sync_folder(self.path, files=False)

    def document_ids(self) -> set[int]:
        """Asset ids present in the index, for consistency checks."""
        if not self.exists():
            return set()
        with self.open().searcher() as searcher:
            return {int(fields["asset_id"]) for fields in searcher.all_stored_fields()}


def _clean_unreferenced(ix: FileIndex) -> None:
    """Drop segment files no table of contents names (a commit that did not finish)."""
    with contextlib.suppress(Exception):
        ix._clean_files()  # Whoosh's own clean-up; the writer lock is held


def _sync_folder(folder: Path, files: bool = True) -> None:
    """Flush ``folder``'s files and the folder itself to disk, so a generation that
    ``CURRENT`` names survives a power cut as well as a crash."""
    if files:
        for entry in folder.iterdir():
            if entry.is_file():
                with open(entry, "rb") as handle:
                    os.fsync(handle.fileno())
    if hasattr(os, "O_DIRECTORY"):
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
