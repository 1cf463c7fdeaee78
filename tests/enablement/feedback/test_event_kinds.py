"""The event-kind registry is complete: every event table of a migrated library has its
outbox trigger and a registry entry with push and pull mappings, every kind survives the
trip through a real hub unchanged, and a hub event of a kind nobody registered is
reported as unknown, never counted as kept at the hub."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, insert, select, text

from enablement.feedback import events
from enablement.feedback.deals import import_deals
from enablement.library import Library
from enablement.store import migrate, outbox
from enablement.store.models import Asset, Deal, SyncOutbox
from enablement.sync import hub, publish, push, run, state, validate
from tests.filemakers import make_text

WRITES_OUTBOX = re.compile(r"INSERT\s+INTO\s+sync_outbox\s*\(kind,\s*ref\)\s*VALUES\s*\('(\w+)'",
                           re.IGNORECASE)
OWN_EVENTS_ONLY = "WHEN NEW.device_id = ''"  # events pulled from the hub stay put


@pytest.fixture()
def migrated(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """A fresh library database at the newest schema."""
    db = tmp_path / "library.db"
    migrate.upgrade(db)
    with sqlite3.connect(db) as conn:
        yield conn


def outbox_triggers(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """{table: {outbox kind: trigger SQL}} for every trigger that fills the sync outbox."""
    found: dict[str, dict[str, str]] = {}
    for table, sql in conn.execute("SELECT tbl_name, sql FROM sqlite_master "
                                   "WHERE type = 'trigger'"):
        for kind in WRITES_OUTBOX.findall(sql):
            found.setdefault(table, {})[kind] = sql
    return found


def event_tables(conn: sqlite3.Connection) -> set[str]:
    """The tables whose rows are pushed as events: those the outbox is filled from, and
    those with an author's ``device_id`` (migration 0009), deals aside (hub_deals)."""
    with_device = {name for (name,) in conn.execute(
        "SELECT m.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c "
        "WHERE m.type = 'table' AND c.name = 'device_id'")}
    return (set(outbox_triggers(conn)) | with_device) - {"deals"}


def unregistered(conn: sqlite3.Connection) -> set[str]:
    """Event tables no registry entry names: their events would never reach the hub."""
    return event_tables(conn) - {kind.table for kind in events.KINDS}


# -- complete ------------------------------------------------------------------------------

def test_every_event_table_has_its_trigger_and_a_registry_entry(
        migrated: sqlite3.Connection) -> None:
    triggers = outbox_triggers(migrated)
    assert unregistered(migrated) == set()
    assert event_tables(migrated) == {kind.table for kind in events.KINDS}
    for kind in events.KINDS:
        assert set(triggers[kind.table]) == {kind.name}, kind.name
        assert OWN_EVENTS_ONLY in triggers[kind.table][kind.name], kind.name
    # Every kind the outbox can hold is pushed: a registered event, or a deal.
    kinds_in_outbox = {name for found in triggers.values() for name in found}
    assert kinds_in_outbox == set(events.BY_NAME) | {outbox.DEAL}
    assert set(triggers["deals"]) == {outbox.DEAL}


def test_a_new_event_table_without_a_registry_entry_is_caught(
        migrated: sqlite3.Connection) -> None:
    """What the check above stands on: a table given an outbox trigger, as a migration
    for a new kind would, fails it until the kind is registered."""
    before = unregistered(migrated)
    migrated.executescript("""
        CREATE TABLE call_notes (id VARCHAR(36) PRIMARY KEY, user_name TEXT NOT NULL,
                                 created_at DATETIME NOT NULL, note TEXT NOT NULL,
                                 device_id VARCHAR(36) NOT NULL DEFAULT '');
        CREATE TRIGGER outbox_call_note AFTER INSERT ON call_notes WHEN NEW.device_id = ''
        BEGIN INSERT INTO sync_outbox (kind, ref) VALUES ('call_note', NEW.id); END;
        CREATE TABLE call_scores (id VARCHAR(36) PRIMARY KEY, score INTEGER,
                                  device_id VARCHAR(36) NOT NULL DEFAULT '');
    """)
    assert unregistered(migrated) - before == {"call_notes", "call_scores"}
    assert "call_note" in outbox_triggers(migrated)["call_notes"]


def test_every_entry_maps_every_column_both_ways() -> None:
    names = [kind.name for kind in events.KINDS]
    assert len(names) == len(set(names)) and all(len(name) <= 16 for name in names)
    assert outbox.DEAL not in names
    searches_at = next(n for n, kind in enumerate(events.KINDS) if kind.name == "search")
    for position, kind in enumerate(events.KINDS):
        columns = set(kind.model.__table__.columns.keys())
        carried = [item.column for item in kind.payload]
        assert len(carried) == len(set(carried)), kind.name
        sent = set(events.COMMON_COLUMNS) | set(carried) | set(kind.reference_columns())
        # A column added to an event table must be carried, or said to be local.
        assert sent | set(kind.local_only) == columns, (kind.name, columns ^ sent)
        assert not set(carried) & (set(events.COMMON_COLUMNS) | set(kind.reference_columns()))
        assert callable(kind.payload_check())
        if kind.from_search:
            assert "search_id" in carried and position > searches_at, kind.name


# -- round trip ----------------------------------------------------------------------------

WHEN = datetime(2026, 11, 2, 10, 30, 15, 123456)
Refs = dict[str, Any]  # asset_id, deal_id, search_id of the library writing the sample

# One realistic row per kind, every column set to something other than its default.
SAMPLES: dict[str, Callable[[Refs], dict[str, Any]]] = {
    "search": lambda refs: {
        "id": refs["search_id"], "user_name": "Dana", "text": "SOC 2 report",
        "filters": json.dumps({"objection": ["security"], "stage": ["decision"]},
                              sort_keys=True),
        "sort": "rating", "result_count": 3, "query_key": "soc 2 report",
        "created_at": WHEN},
    "rating": lambda refs: {
        "asset_id": refs["asset_id"], "user_name": "Dana", "stars": 4, "helped": False,
        "deal_id": refs["deal_id"], "deal_name": "Northvale – New Business",
        "objections": json.dumps(["price", "security"]), "comment": "Held the price.",
        "created_at": WHEN},
    "usage": lambda refs: {
        "asset_id": refs["asset_id"], "user_name": "Dana", "action": "exported",
        "deal_id": refs["deal_id"], "search_id": refs["search_id"], "created_at": WHEN},
    "field_note": lambda refs: {
        "user_name": "Dana", "kind": "competitor", "value_key": "invoxa",
        "stage": "decision", "deal_id": refs["deal_id"],
        "deal_name": "Northvale – New Business", "note": "Invoxa came in 20% cheaper.",
        "created_at": WHEN},
    "request": lambda refs: {
        "user_name": "Dana", "need": "A FedRAMP statement", "query": "fedramp",
        "stage": "decision", "objection": "security", "search_id": refs["search_id"],
        "created_at": WHEN},
    "roi_run": lambda refs: {
        "asset_id": refs["asset_id"], "user_name": "Dana",
        "inputs": json.dumps({"in_invoices": 12000.0, "in_rate": 0.5}, sort_keys=True),
        "results": json.dumps({"out_payback": {"error": "#DIV/0!"}, "out_saved": 5400.25,
                               "out_unknown": None}, sort_keys=True),
        "created_at": WHEN},
}

DEALS_CSV = ("Id,Name,Account Name,Amount,StageName,IsClosed,IsWon,CloseDate,Type\n"
             "006Z1,Northvale – New Business,Northvale Health,1200,Closed Won,true,true,"
             "2026-11-20,New Business\n")


def test_there_is_a_sample_for_every_kind() -> None:
    assert set(SAMPLES) == set(events.BY_NAME), "add a sample row for each new kind here"


def _comparable(library: Library, kind: events.EventKind) -> list[dict[str, Any]]:
    """The kind's rows with the references as the hub names them, device ids aside."""
    with library.sessions() as session:
        uuids = dict(session.execute(select(Asset.id, Asset.uuid)).all())
        deals = {d.id: push.deal_key(d.crm, d.external_id) for d in session.scalars(select(Deal))}
        found = []
        for row in session.execute(select(kind.model.__table__)).mappings():
            values = {key: value for key, value in row.items() if key != "device_id"}
            if kind.about_asset:
                values["asset_id"] = uuids[values["asset_id"]]
            if kind.on_deal:
                values["deal_id"] = deals[values["deal_id"]]
            found.append(values)
    return found


def test_every_kind_round_trips_through_a_hub(hub_url: str, tmp_path: Path) -> None:
    """A row of each kind pushed by one library and pulled by another is the same row."""
    content = tmp_path / "content"
    content.mkdir()
    make_text(content / "ROI calculator notes.txt", "Payback in 7 months on 12,000 invoices.")
    with Library.open(tmp_path / "dana") as dana, Library.open(tmp_path / "mara") as mara:
        dana.import_paths([content])
        (tmp_path / "deals.csv").write_text(DEALS_CSV, encoding="utf-8")
        with dana.sessions.begin() as session:
            import_deals(session, tmp_path / "deals.csv")
        with hub.connected(hub_url) as engine:
            publish.publish(dana.sessions, engine, dana.content, "Dana")
        assert run.sync(mara, hub_url).catalog == 1
        with dana.sessions.begin() as session:
            refs = {"asset_id": session.scalar(select(Asset.id)),
                    "deal_id": session.scalar(select(Deal.id)), "search_id": str(uuid.uuid4())}
            for kind in events.KINDS:  # searches first: the others point at them
                session.execute(insert(kind.model), [{"id": str(uuid.uuid4()),
                                                      **SAMPLES[kind.name](refs)}])
            device = state.device_id(session)
        assert run.sync(dana, hub_url).pushed == len(events.KINDS) + 1  # and the deal
        report = run.sync(mara, hub_url, role="marketer")
        assert (report.events_added, report.events_kept, report.refused) == (
            len(events.KINDS), 0, [])
        for kind in events.KINDS:
            pushed = _comparable(dana, kind)
            assert len(pushed) == 1, kind.name
            assert _comparable(mara, kind) == pushed, kind.name
            with mara.sessions() as session:
                pulled_device = session.scalar(select(kind.model.device_id))
            assert pulled_device == device, kind.name
        with mara.sessions() as session:  # pulled, so not Mara's to push
            assert session.scalar(select(func.count()).select_from(SyncOutbox)) == 0


# -- unknown kinds -------------------------------------------------------------------------

def _put_hub_event(url: str, kind: str) -> str:
    event_id = str(uuid.uuid4())
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO hub_events (id, kind, device_id, user_name, asset_uuid, deal_key,"
                " created_at, payload, pushed_at) VALUES (:id, :kind, 'other-laptop', 'Lee',"
                " NULL, NULL, :when, '{\"seconds\": 300}', :when)"),
                {"id": event_id, "kind": kind, "when": WHEN})
    finally:
        engine.dispose()
    return event_id


def test_a_hub_event_of_an_unknown_kind_is_reported_not_kept(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    hub.init_hub(url)
    event_id = _put_hub_event(url, "call_recording")
    with Library.open(tmp_path / "mara") as mara:
        report = run.sync(mara, url, role="marketer")
        assert (report.offline, report.events_added, report.events_kept) == ("", 0, 0)
        assert [(r.what, r.ref) for r in report.refused] == [
            (validate.UNKNOWN_EVENT, f"call_recording {event_id}")]
        assert "not a kind of event this version" in report.refused[0].reason
        (line,) = validate.summary(report.refused)
        assert line.startswith("1 team event of a kind this version does not know from the "
                               "hub was refused") and "update this app" in line
        with mara.sessions() as session:
            assert state.get(session, state.LAST_REFUSED) == line
        assert run.sync(mara, url, role="marketer").refused == []  # reported once


def test_an_outbox_kind_without_an_entry_stops_the_push_and_loses_nothing(
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    hub.init_hub(url)
    with Library.open(tmp_path / "dana") as dana:
        with dana.sessions.begin() as session:
            session.add(SyncOutbox(kind="call_note", ref=str(uuid.uuid4())))
        with pytest.raises(push.UnknownOutboxKind, match="call_note"):
            run.sync(dana, url)
        with dana.sessions() as session:
            assert state.pending(session) == 1
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM hub_events")).scalar_one() == 0
    finally:
        engine.dispose()
