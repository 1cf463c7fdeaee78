"""The queue of assets whose search-index document is out of date.

Every write that changes what search shows queues its assets here, in the same
transaction as the change, so a crash can never leave the database ahead of the index
without the queue saying so. ``enablement.search.indexer`` empties it into the index.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from enablement.store.models import IndexQueueItem


def queue_for_index(session: Session, asset_ids: list[int]) -> None:
    """Mark assets as needing their index document (re)written."""
    if not asset_ids:
        return
    now = datetime.now()
    statement = insert(IndexQueueItem).values(
        [{"asset_id": i, "state": "pending", "queued_at": now} for i in asset_ids]
    )
    session.execute(statement.on_conflict_do_update(
        index_elements=["asset_id"], set_={"state": "pending", "queued_at": now}
    ))


def pending_count(session: Session) -> int:
    return len(session.scalars(select(IndexQueueItem.asset_id)).all())
