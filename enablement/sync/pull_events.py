"""Pull everyone's events into a marketer's library, so Insights covers the whole team.

**Events are their authors'.** They are only ever added, by id: pulling the same events
twice, or events this laptop pushed itself, changes nothing. What each kind's payload
must hold and how it becomes a local row is the event-kind registry's
(enablement/feedback/events.py). An event about an asset that is not in this library (a
rep's own import) stays at the hub ("kept"); an event of a kind this version does not
know (a newer app's) is reported, never counted as kept; a damaged one is refused. The
cursor moves past all of them with their chunk, so each is reported once.

Each chunk is applied with the cursor in one local transaction, so a killed pull
resumes where it stopped and never applies a chunk twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, Row, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session, sessionmaker

from enablement.errors import UserError
from enablement.feedback import events
from enablement.feedback.events import EventKind
from enablement.store.models import Asset, Deal, SearchEvent
from enablement.store.outbox import never_pushed
from enablement.sync import hub, state, validate_events
from enablement.sync.push import deal_key
from enablement.sync.validate import UNKNOWN_EVENT, Refusal, refuse
from enablement.sync.validate_fields import Refused, show

EVENTS_CHUNK = 5_000

Progress = Callable[[str, int], None]


@dataclass
class _Chunk:
    """A chunk of hub events as rows of their local tables, by kind."""

    rows: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {kind.name: [] for kind in events.KINDS})
    kept: int = 0  # about an asset this library does not have: left at the hub


def pull_events(sessions: sessionmaker[Session], engine: Engine,
                progress: Progress | None = None, refused: list[Refusal] | None = None
                ) -> tuple[int, int]:
    """Everyone's events after this laptop's cursor; returns (added, kept at the hub)."""
    sink = refused if refused is not None else []
    added = kept = 0
    table = hub.hub_events
    while True:
        with sessions() as session:
            cursor = state.get_int(session, state.EVENTS_SEQ)
        with engine.connect() as conn:
            rows = list(conn.execute(hub.raw_select(table).where(table.c.seq > cursor)
                                     .order_by(table.c.seq).limit(EVENTS_CHUNK)))
        if not rows:
            return added, kept
        last = rows[-1].seq
        if isinstance(last, bool) or not isinstance(last, int):
            raise UserError(f"The hub's event number {show(last)} is not a number, "
                            "so the hub is damaged: ask whoever set it up.")
        with sessions.begin() as session, never_pushed(session):
            chunk = _local_rows(session, rows, sink)
            kept += chunk.kept
            for kind in events.KINDS:  # in registry order: searches first
                values = chunk.rows[kind.name]
                if kind.from_search:
                    _keep_known_searches(session, values)
                if values:
                    statement = insert(kind.model.__table__).on_conflict_do_nothing()
                    result = session.execute(statement, values)
                    added += max(result.rowcount or 0, 0)
            state.put(session, state.EVENTS_SEQ, last)
        if progress is not None:
            progress("events", added)


def _local_rows(session: Session, rows: list[Row], refused: list[Refusal]) -> _Chunk:
    """Checked hub events as rows of their local tables, with their references found."""
    assets = dict(session.execute(select(Asset.uuid, Asset.id)).all())
    deals = {deal_key(crm, external_id): deal_id for deal_id, crm, external_id in
             session.execute(select(Deal.id, Deal.crm, Deal.external_id))}
    chunk = _Chunk()
    for row in rows:
        kind = events.kind_named(row.kind)
        if kind is None:
            refuse(refused, UNKNOWN_EVENT, validate_events.event_ref(row._mapping),
                   Refused("kind", f"{show(row.kind, 30)} is not a kind of event this "
                                   "version of Enablement knows"))
            continue
        try:
            found = validate_events.event(row._mapping, kind.payload_check())
        except Refused as problem:
            refuse(refused, "event", validate_events.event_ref(row._mapping), problem)
            continue
        values = _as_local(kind, found, assets, deals)
        if values is None:
            chunk.kept += 1
        else:
            chunk.rows[kind.name].append(values)
    return chunk


def _as_local(kind: EventKind, found: validate_events.HubEvent, assets: dict[str, int],
              deals: dict[str, int]) -> dict[str, Any] | None:
    """The local row for a checked event; None when it is about an asset not here."""
    asset_id = None
    if kind.about_asset:
        asset_id = assets.get(found.asset_uuid or "")
        if asset_id is None:
            return None
    deal_id = deals.get(found.deal_key) if kind.on_deal and found.deal_key else None
    return kind.local_row(found, asset_id, deal_id)


def _keep_known_searches(session: Session, values: list[dict[str, Any]]) -> None:
    """A search this library does not have (not pulled, or refused) is no search."""
    wanted = {v["search_id"] for v in values if v.get("search_id")}
    known = set(session.scalars(select(SearchEvent.id).where(SearchEvent.id.in_(wanted)))
                ) if wanted else set()
    for value in values:
        if value.get("search_id") not in known:
            value["search_id"] = None
