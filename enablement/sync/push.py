"""Push: this laptop's events and deals to the hub, never doubled, never lost.

The outbox (filled by triggers) is read in order, a batch at a time. Each batch goes to
the hub in one transaction, every event "inserted unless present" by its id; only after
the hub committed does the local cursor move. A cut connection or a killed process
between the two leaves the cursor behind, and the next push sends the batch again,
which the hub ignores. Deals are upserted by (crm, external id), the newest
``updated_at`` winning, so an older export pushed late never undoes a newer one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import Engine, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from enablement.store.models import (
    Asset,
    ContentRequest,
    Deal,
    FieldNote,
    RatingEvent,
    RoiRun,
    SearchEvent,
    SyncOutbox,
    UsageEvent,
)
from enablement.sync import hub, state

BATCH = 5_000
BATCH_ENV = "ENABLEMENT_SYNC_BATCH"  # smaller batches: a test can stop a push half-way

Progress = Callable[[int, int], None]


def _insert(conn_dialect: str, table):  # noqa: ANN001, ANN202 - a Table, an Insert
    return (postgresql.insert(table) if conn_dialect == "postgresql"
            else sqlite.insert(table))


def deal_key(crm: str, external_id: str) -> str:
    return f"{crm}:{external_id}"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _event_rows(session: Session, refs: dict[str, list[str]], device: str,
                now: datetime) -> list[dict]:
    """The hub rows for the outbox's events, in one query per kind."""
    uuids = dict(session.execute(select(Asset.id, Asset.uuid)).all())
    deals = {d.id: deal_key(d.crm, d.external_id) for d in session.scalars(select(Deal))}
    rows: list[dict] = []

    def add(event, kind: str, payload: dict, asset_id: int | None = None,  # noqa: ANN001
            deal_id: int | None = None) -> None:
        rows.append({"id": event.id, "kind": kind, "device_id": event.device_id or device,
                     "user_name": event.user_name,
                     "asset_uuid": uuids.get(asset_id) if asset_id else None,
                     "deal_key": deals.get(deal_id) if deal_id else None,
                     "created_at": event.created_at, "payload": json.dumps(payload),
                     "pushed_at": now})

    if refs.get("rating"):
        for e in session.scalars(select(RatingEvent).where(RatingEvent.id.in_(refs["rating"]))):
            add(e, "rating", {"stars": e.stars, "helped": e.helped, "deal_name": e.deal_name,
                              "objections": json.loads(e.objections or "[]"),
                              "comment": e.comment}, e.asset_id, e.deal_id)
    if refs.get("usage"):
        for e in session.scalars(select(UsageEvent).where(UsageEvent.id.in_(refs["usage"]))):
            add(e, "usage", {"action": e.action, "search_id": e.search_id},
                e.asset_id, e.deal_id)
    if refs.get("search"):
        for e in session.scalars(select(SearchEvent).where(SearchEvent.id.in_(refs["search"]))):
            add(e, "search", {"text": e.text, "filters": json.loads(e.filters or "{}"),
                              "sort": e.sort, "result_count": e.result_count,
                              "query_key": e.query_key})
    if refs.get("field_note"):
        for e in session.scalars(select(FieldNote).where(FieldNote.id.in_(refs["field_note"]))):
            add(e, "field_note", {"kind": e.kind, "value_key": e.value_key, "stage": e.stage,
                                  "deal_name": e.deal_name, "note": e.note},
                deal_id=e.deal_id)
    if refs.get("request"):
        for e in session.scalars(
                select(ContentRequest).where(ContentRequest.id.in_(refs["request"]))):
            add(e, "request", {"need": e.need, "query": e.query, "stage": e.stage,
                               "objection": e.objection, "search_id": e.search_id})
    if refs.get("roi_run"):
        for e in session.scalars(select(RoiRun).where(RoiRun.id.in_(refs["roi_run"]))):
            add(e, "roi_run", {"inputs": json.loads(e.inputs),
                               "results": json.loads(e.results)}, e.asset_id)
    return rows


def _deal_rows(session: Session, ids: list[str]) -> list[dict]:
    wanted = {int(i) for i in ids}
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
            cursor = state.get_int(session, state.PUSHED_SEQ)
            batch = list(session.execute(
                select(SyncOutbox.seq, SyncOutbox.kind, SyncOutbox.ref)
                .where(SyncOutbox.seq > cursor).order_by(SyncOutbox.seq).limit(batch_size)))
            if not batch:
                return sent
            refs: dict[str, list[str]] = {}
            for _seq, kind, ref in batch:
                refs.setdefault(kind, []).append(ref)
            now = datetime.now()
            events = _event_rows(session, refs, state.device_id(session), now)
            deals = _deal_rows(session, refs.get("deal", []))
        with engine.begin() as conn:
            hub.check_hub(conn)
            hub.lock_for_push(conn)
            dialect = conn.dialect.name
            if deals:
                statement = _insert(dialect, hub.hub_deals)
                newer = statement.excluded.updated_at > hub.hub_deals.c.updated_at
                columns = {c: statement.excluded[c] for c in deals[0] if c != "deal_key"}
                conn.execute(statement.on_conflict_do_update(
                    index_elements=["deal_key"], set_=columns, where=newer), deals)
            if events:
                conn.execute(_insert(dialect, hub.hub_events)
                             .on_conflict_do_nothing(index_elements=["id"]), events)
        with sessions.begin() as session:
            # Only forward: a sync running beside this one may have moved it further.
            if state.get_int(session, state.PUSHED_SEQ) < batch[-1][0]:
                state.put(session, state.PUSHED_SEQ, batch[-1][0])
        sent += len(batch)
        if progress is not None:
            progress(sent, max(total, sent))
