"""What this laptop knows about syncing: its device id, the cursors, the last outcome.

Kept in the library's ``sync_meta`` table, so a library folder carried to another
machine keeps its place with the hub.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from enablement.store.models import SyncMeta, SyncOutbox

DEVICE_ID = "device_id"
HUB_URL = "hub_url"
PUSHED_SEQ = "pushed_seq"          # the last outbox row the hub has
CATALOG_VERSION = "catalog_version"
DEALS_SEQ = "deals_seq"
EVENTS_SEQ = "events_seq"
LAST_SYNCED = "last_synced_at"
LAST_ERROR = "last_error"          # "" after a sync that worked; "offline: ..." or "KIND: ..."
LAST_REFUSED = "last_refused"      # what the last sync refused from the hub, one line a kind
REFUSED_ASSETS = "refused_assets"  # JSON: uuids of catalog rows to try again next sync


def get(session: Session, key: str, default: str = "") -> str:
    value = session.get(SyncMeta, key)
    return value.value if value is not None else default


def get_int(session: Session, key: str) -> int:
    return int(get(session, key, "0") or 0)


def put(session: Session, key: str, value: object) -> None:
    statement = insert(SyncMeta).values(key=key, value=str(value))
    session.execute(statement.on_conflict_do_update(index_elements=["key"],
                                                    set_={"value": str(value)}))


def get_list(session: Session, key: str) -> list[str]:
    """A JSON list of texts kept under ``key`` (empty when unset or not a list)."""
    try:
        found = json.loads(get(session, key, "[]") or "[]")
    except ValueError:
        return []
    return [item for item in found if isinstance(item, str)] if isinstance(found, list) else []


def put_list(session: Session, key: str, values: list[str]) -> None:
    put(session, key, json.dumps(values))


def device_id(session: Session) -> str:
    return get(session, DEVICE_ID)


def pending(session: Session) -> int:
    """Outbox rows the hub does not have yet."""
    return session.scalar(select(func.count()).select_from(SyncOutbox)
                          .where(SyncOutbox.seq > get_int(session, PUSHED_SEQ))) or 0


OFFLINE = "offline"
KINDS = (OFFLINE, "login", "database", "schema")  # hub.LOGIN, DATABASE, SCHEMA


def split_error(recorded: str) -> tuple[str, str]:
    """A recorded LAST_ERROR as (kind, message); kind is "" for any other failure."""
    kind, _sep, message = recorded.partition(": ")
    return (kind, message) if kind in KINDS and message else ("", recorded)


@dataclass(frozen=True)
class SyncStatus:
    hub_url: str
    last_synced: datetime | None
    last_error: str
    pending: int
    refused: str = ""   # what the last sync that worked refused from the hub, if anything


def status(session: Session) -> SyncStatus:
    synced = get(session, LAST_SYNCED)
    return SyncStatus(get(session, HUB_URL), datetime.fromisoformat(synced) if synced else None,
                      get(session, LAST_ERROR), pending(session), get(session, LAST_REFUSED))
