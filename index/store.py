"""Writing the index: one writer at a time, a commit per batch, rebuild then swap.

The index is a cache of the database, so every operation here is idempotent: writing
an asset twice leaves one document, deleting a missing one is a no-op, and a rebuild
goes into a fresh folder that replaces the old one only once it is complete.
"""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Iterable
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex

from index.records import FACET_FIELDS, IndexRecord
from index.schema import SCHEMA_VERSION, build_schema

log = logging.getLogger(__name__)

WRITER_TIMEOUT_S = 30.0  # the default gives up at once when another writer holds the lock


def document_fields(record: IndexRecord) -> dict[str, object]:
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
    for name in FACET_FIELDS:
        values = record.tags.get(name, ())
        if values:
            doc[name] = ",".join(values)
    return doc


class IndexStore:
    """The on-disk Whoosh index of one library."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def exists(self) -> bool:
        return self.path.is_dir() and whoosh_index.exists_in(str(self.path))

    def open(self) -> FileIndex:
        if not self.exists():
            self.path.mkdir(parents=True, exist_ok=True)
            return whoosh_index.create_in(str(self.path), build_schema())
        # Without mmap: with it, Whoosh wraps each segment part in a BytesIO, which
        # copies the whole posting file into memory (about 400 MB at 10k assets).
        # Reading through the file instead keeps a 10k library near 30 MB.
        return FileStorage(str(self.path), supports_mmap=False).open_index()

    def needs_rebuild(self) -> bool:
        """True when the index on disk was written with another schema (its field names
        differ, or its documents carry another ``SCHEMA_VERSION``), so it must be
        rebuilt from the database with ``rebuild``. A missing or empty index needs no
        rebuild: it is created, or filled, as records are written."""
        if not self.exists():
            return False
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

    def write(
        self, records: Iterable[IndexRecord], delete_ids: Iterable[int] = ()
    ) -> int:
        """Add or replace ``records`` and drop ``delete_ids``, committed together."""
        ix = self.open()
        writer = ix.writer(timeout=WRITER_TIMEOUT_S, limitmb=128)
        count = 0
        try:
            for asset_id in delete_ids:
                writer.delete_by_term("asset_id", str(asset_id))
            for record in records:
                writer.update_document(**document_fields(record))
                count += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        return count

    def rebuild(self, records: Iterable[IndexRecord], procs: int = 1) -> int:
        """Build a complete new index beside the old one, then swap it in.

        A crash before the swap leaves the old index as it was; the half-built folder
        is cleared by the next rebuild.
        """
        fresh = self.path.with_name(self.path.name + ".rebuild")
        old = self.path.with_name(self.path.name + ".old")
        for leftover in (fresh, old):
            shutil.rmtree(leftover, ignore_errors=True)
        fresh.mkdir(parents=True)
        ix = whoosh_index.create_in(str(fresh), build_schema())
        options: dict[str, object] = {"limitmb": 256}
        if procs > 1:
            options.update(procs=procs, multisegment=True)
        writer = ix.writer(**options)
        count = 0
        try:
            for record in records:
                writer.add_document(**document_fields(record))
                count += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        if self.path.exists():
            self.path.rename(old)
        fresh.rename(self.path)
        shutil.rmtree(old, ignore_errors=True)
        log.info("Rebuilt the index at %s with %d documents", self.path, count)
        return count

    def document_ids(self) -> set[int]:
        """Asset ids present in the index, for consistency checks."""
        if not self.exists():
            return set()
        with self.open().searcher() as searcher:
            return {int(fields["asset_id"]) for fields in searcher.all_stored_fields()}
