"""The sync outbox: what this laptop has to push, in the order it happened.

Triggers (migrations 0009 and 0010) add a row for each event made here (``device_id``
'') and each deal imported or updated, so nothing any part of the app writes can be
forgotten; push.py reads the rows after its cursor. Rows that are written here but are
not this laptop's to share (pulled from the hub, or the demo's made-up history) are
written inside ``never_pushed``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from enablement.store.models import SyncOutbox

DEAL = "deal"  # the outbox kind of a deal (to hub_deals); every other kind is an event's


class OutboxRow(NamedTuple):
    seq: int
    kind: str  # DEAL or an event kind (enablement.feedback.events)
    ref: str   # the event's id, or the deal's id


def last_seq(session: Session) -> int:
    return session.scalar(select(func.coalesce(func.max(SyncOutbox.seq), 0))) or 0


def rows_after(session: Session, cursor: int, limit: int) -> list[OutboxRow]:
    """The next ``limit`` rows to push after ``cursor``, oldest first."""
    return [OutboxRow(*row) for row in session.execute(
        select(SyncOutbox.seq, SyncOutbox.kind, SyncOutbox.ref)
        .where(SyncOutbox.seq > cursor).order_by(SyncOutbox.seq).limit(limit))]


@contextmanager
def never_pushed(session: Session) -> Iterator[None]:
    """Whatever the block writes in ``session`` never goes to the hub: the outbox rows its
    writes made are dropped as it ends. ``session`` is a ``sessions.begin()`` one, which
    holds the library's write lock from its start, so no other writer's rows are among
    them."""
    before = last_seq(session)
    yield
    session.flush()
    session.execute(delete(SyncOutbox).where(SyncOutbox.seq > before))
