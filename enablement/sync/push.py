"""Push: this laptop's events and deals to the hub, never doubled, never lost.

The outbox (filled by triggers, see outbox.py) is read in order, a batch at a time. Each
batch goes to the hub in one transaction, every event "inserted unless present" by its
id; only after the hub committed does the local cursor move. A cut connection or a
killed process between the two leaves the cursor behind, and the next push sends the
batch again, which the hub ignores. Deals are upserted by (crm, external id), the newest
``updated_at`` winning, so an older export pushed late never undoes a newer one.

How each kind of event becomes a hub row is the event-kind registry's
(enablement/feedback/events.py); events go to the hub in the order they were made.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from enablement.feedback import events
from enablement.store import outbox
from enablement.store.models import Asset, Deal
from enablement.store.outbox import OutboxRow
from enablement.sync import hub, state
from enablement.sync.hub_insert import hub_insert

BATCH = 5_000
BATCH_ENV = "ENABLEMENT_SYNC_BATCH"  # smaller batches: a test can stop a push half-way

Progress = Callable[[int, int], None]


class UnknownOutboxKind(LookupError):
    """The outbox names a kind no registry entry pushes: a programming error, said
    before anything is sent (rather than dropping those events and moving on)."""


def deal_key(crm: str, external_id: str) -> str:
    """How the hub knows a deal (hub_deals.deal_key, hub_events.deal_key)."""
    return f"{crm}:{external_id}"


def _event_rows(session: Session, batch: list[OutboxRow], device: str,
                now: datetime) -> list[dict[str, Any]]:
    """The hub rows for the batch's events, in outbox order, read in one query per kind.
    An event gone since (an asset removed with its history) is not sent."""
    wanted: dict[str, list[str]] = {}
    for row in batch:
        if row.kind != outbox.DEAL:
            wanted.setdefault(row.kind, []).append(row.ref)
    if not wanted:
        return []
    found: dict[tuple[str, str], Any] = {}
    for name, ids in wanted.items():
        kind = events.kind_named(name)
        if kind is None:
            raise UnknownOutboxKind(
                f"The sync outbox holds '{name}' events and no event kind of that name is "
                "registered (enablement/feedback/events.py): nothing was pushed.")
        for event in session.scalars(select(kind.model).where(kind.model.id.in_(ids))):
            found[(name, event.id)] = event
    uuids = dict(session.execute(select(Asset.id, Asset.uuid)).all())
    deals = {d.id: deal_key(d.crm, d.external_id) for d in session.scalars(select(Deal))}
    rows: list[dict[str, Any]] = []
    for row in batch:
        event = found.pop((row.kind, row.ref), None)  # popped: each event once
        if event is None:
            continue
        kind = events.BY_NAME[row.kind]
        asset_id = event.asset_id if kind.about_asset else None
        deal_id = event.deal_id if kind.on_deal else None
        rows.append({"id": event.id, "kind": kind.name,
                     "device_id": event.device_id or device, "user_name": event.user_name,
                     "asset_uuid": uuids.get(asset_id) if asset_id else None,
                     "deal_key": deals.get(deal_id) if deal_id else None,
                     "created_at": event.created_at,
                     "payload": json.dumps(kind.hub_payload(event)), "pushed_at": now})
    return rows


def _deal_rows(session: Session, batch: list[OutboxRow]) -> list[dict[str, Any]]:
    wanted = {int(row.ref) for row in batch if row.kind == outbox.DEAL}
    if not wanted:
        return []
    return [{"deal_key": deal_key(d.crm, d.external_id), "crm": d.crm,
             "external_id": d.external_id, "name": d.name, "account": d.account,
             "amount": d.amount, "stage": d.stage, "is_closed": d.is_closed,
             "is_won": d.is_won, "close_date": d.close_date, "kind": d.kind,
             "updated_at": d.updated_at}
            for d in session.scalars(select(Deal).where(Deal.id.in_(wanted)))]


def push(sessions: sessionmaker[Session], engine: Engine,
         progress: Progress | None = None) -> int:
    """Send everything after the pushed cursor; returns how many outbox rows went."""
    sent = 0
    batch_size = int(os.environ.get(BATCH_ENV) or BATCH)
    with sessions() as session:
        total = state.pending(session)
    while True:
        with sessions() as session:
            batch = outbox.rows_after(session, state.get_int(session, state.PUSHED_SEQ),
                                      batch_size)
            if not batch:
                return sent
            now = datetime.now()
            event_rows = _event_rows(session, batch, state.device_id(session), now)
            deal_rows = _deal_rows(session, batch)
        with engine.begin() as conn:
            hub.check_hub(conn)
            hub.lock_for_push(conn)
            if deal_rows:
                statement = hub_insert(conn, hub.hub_deals)
                newer = statement.excluded.updated_at > hub.hub_deals.c.updated_at
                columns = {c: statement.excluded[c] for c in deal_rows[0] if c != "deal_key"}
                conn.execute(statement.on_conflict_do_update(
                    index_elements=["deal_key"], set_=columns, where=newer), deal_rows)
            if event_rows:
                conn.execute(hub_insert(conn, hub.hub_events)
                             .on_conflict_do_nothing(index_elements=["id"]), event_rows)
        with sessions.begin() as session:
            # Only forward: a sync running beside this one may have moved it further.
            if state.get_int(session, state.PUSHED_SEQ) < batch[-1].seq:
                state.put(session, state.PUSHED_SEQ, batch[-1].seq)
        sent += len(batch)
        if progress is not None:
            progress(sent, max(total, sent))
