"""Keep the full-text index in step with the database, driven by the index queue.

The database says what the index should hold; ``index_queue`` says which assets the
index still lacks. Draining is idempotent, so a crash at any point is mended by
draining again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from enablement.catalog.tagging import TagRow, effective_keys
from enablement.catalog.taxonomy import Taxonomy
from enablement.store.models import Asset, IndexQueueItem
from index import IndexRecord, IndexStore

log = logging.getLogger(__name__)

DRAIN_BATCH = 500
WRITER_WAIT_S = 120.0  # a rebuild waits this long for another process's index write


EXTRACTED = "extracted"  # Asset.summary_origin of a summary cut from the body


def record_for(asset: Asset, taxonomy: Taxonomy) -> IndexRecord:
    tags = effective_keys(TagRow(t.facet, t.value_key, t.origin, t.score) for t in asset.tags)
    words = " ".join(taxonomy.label(facet, key) for facet, keys in tags.items() for key in keys)
    return IndexRecord(
        asset_id=asset.id,
        title=asset.title,
        # The body again when the app made it (its first paragraph): searched once, there.
        summary="" if asset.summary_origin == EXTRACTED else asset.summary,
        body=asset.text.body if asset.text is not None else "",
        source_name=asset.source_name,
        updated=asset.updated_at,
        tags={facet: tuple(keys) for facet, keys in tags.items()},
        tag_words=words,
    )


def _load(session: Session, asset_ids: list[int]) -> list[Asset]:
    """The assets to index; a retired asset is not loaded, so draining deletes it."""
    return list(session.scalars(
        select(Asset).where(Asset.id.in_(asset_ids), Asset.retired_at.is_(None))
        .options(selectinload(Asset.tags), selectinload(Asset.text))
    ))


def drain(
    sessions: sessionmaker[Session], store: IndexStore, taxonomy: Taxonomy,
    batch_size: int = DRAIN_BATCH, wait: float = 0.0, bulk: bool = False,
) -> int:
    """Write every asset queued so far to the index; returns how many documents were
    written.

    One thread or process writes the index at a time (the index's writer lock). Whoever
    queued an edit drains with a ``wait`` and so writes its own rows; a search drains
    with none, to take what is cheap to take. When the lock is not had in time (another
    process is rebuilding the index, which writes everything queued once it swaps), this
    returns 0 and the rows wait for the next drain. Only rows queued before the drain
    began are taken, so a drain ends even while an import keeps queuing beside it.
    """
    started = datetime.now()
    with store.exclusive(wait) as held:
        if not held:
            return 0
        return _drain_held(sessions, store, taxonomy, batch_size, started, bulk)


def _drain_held(sessions: sessionmaker[Session], store: IndexStore, taxonomy: Taxonomy,
                batch_size: int, started: datetime, bulk: bool = False) -> int:
    """Drain with the writer lock held: rows another drain left "in progress" (it died)
    are taken too, since nobody else can be writing them."""
    written = 0
    while True:
        with sessions.begin() as session:
            ids = list(session.scalars(
                select(IndexQueueItem.asset_id).where(IndexQueueItem.queued_at <= started)
                .limit(batch_size)))
            if not ids:
                return written
            session.execute(
                update(IndexQueueItem).where(IndexQueueItem.asset_id.in_(ids))
                .values(state="in_progress")
            )
        with sessions() as session:
            assets = _load(session, ids)
            records = [record_for(asset, taxonomy) for asset in assets]
        gone = set(ids) - {a.id for a in assets}
        written += store.write(records, delete_ids=sorted(gone), bulk=bulk)
        with sessions.begin() as session:
            # A row queued again while it was written went back to "pending" with a new
            # time: it stays, for whoever queued it.
            session.execute(delete(IndexQueueItem).where(
                IndexQueueItem.asset_id.in_(ids), IndexQueueItem.state == "in_progress"
            ))


def all_records(
    sessions: sessionmaker[Session], taxonomy: Taxonomy, chunk: int = 500
) -> Iterator[IndexRecord]:
    """Every asset's index record, read in chunks so memory stays flat."""
    last_id = 0
    while True:
        with sessions() as session:
            ids = list(session.scalars(
                select(Asset.id).where(Asset.id > last_id, Asset.retired_at.is_(None))
                .order_by(Asset.id).limit(chunk)
            ))
            if not ids:
                return
            for asset in sorted(_load(session, ids), key=lambda a: a.id):
                yield record_for(asset, taxonomy)
        last_id = ids[-1]


def rebuild(
    sessions: sessionmaker[Session], store: IndexStore, taxonomy: Taxonomy, procs: int = 1
) -> int:
    """Build the whole index anew from the database, then swap it in.

    The writer lock is held from start to finish: edits made meanwhile stay queued, and
    are written into the new index right after the swap, before anyone else writes.
    """
    with store.exclusive(WRITER_WAIT_S) as held:
        if not held:
            raise TimeoutError("another process kept the search index busy; try again")
        started = datetime.now()
        count = store.rebuild(all_records(sessions, taxonomy), procs=procs)
        with sessions.begin() as session:
            session.execute(delete(IndexQueueItem).where(IndexQueueItem.queued_at <= started))
        _drain_held(sessions, store, taxonomy, DRAIN_BATCH, datetime.now())
    log.info("Reindexed %d assets", count)
    return count
