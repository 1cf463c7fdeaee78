"""Pull: marketing's catalog, the team's deals and (for a marketer) everyone's events.

Conflict rules (tests in tests/enablement/sync/test_sync.py):

* **The catalog is marketing's.** An asset published to the hub replaces its metadata,
  text and tags here; a rep's local tag edits on it last until marketing publishes it
  again. A local asset with the same bytes (SHA-256) as a published one becomes that
  asset (it takes the hub's id), so a demo or a file imported before joining is not
  doubled. Retiring takes the asset out of search; its feedback stays, here and at the
  hub, and events about it still push.
* **Events are their authors'.** They are only ever added, by id: pulling the same
  events twice, or events this laptop pushed itself, changes nothing. Events about an
  asset that is not in the catalog (a rep's own import) stay at the hub.
* **Deals:** the newest CRM import wins, by ``updated_at``.

Each step commits with its cursor in the same local transaction, a chunk at a time, so
a killed pull resumes where it stopped and never applies a chunk twice.

**Nothing from the hub is trusted.** Rows are read unconverted and checked field by
field (validate.py) before anything is written; a file is fetched only after its size
is checked, and stored only if its bytes match its SHA-256, under a path the content
store builds from that hash alone. A row that fails is skipped alone, logged and
reported (``refused``), and the rest of its chunk is applied. A refused catalog row is
remembered and tried again at the next sync, so a hub that is put right (a file
uploaded again) heals without a new catalog version; it is reported each time until
then, and never stops a sync.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    Engine,
    and_,
    bindparam,
    cast,
    delete,
    func,
    select,
    type_coerce,
)
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql import ColumnElement
from sqlalchemy.types import NullType

from enablement.errors import UserError
from enablement.search import indexer
from enablement.store.content import ContentStore
from enablement.store.models import (
    Asset,
    AssetTag,
    AssetText,
    ContentRequest,
    Deal,
    Facet,
    FacetValue,
    FieldNote,
    RatingEvent,
    RoiRun,
    SearchEvent,
    StoredFile,
    SyncOutbox,
    UsageEvent,
    ValuePhrase,
)
from enablement.sync import hub, state, validate
from enablement.sync.validate import HubAsset, Refusal, Refused

log = logging.getLogger(__name__)

CATALOG_CHUNK = 100
EVENTS_CHUNK = 5_000
RETRY_LIMIT = 1_000  # refused catalog rows remembered to try again; more are reported once
FETCH_BYTES = 64 * 2**20  # hub files fetched per query, so memory stays bounded
TAXONOMY_VERSION = state.CATALOG_VERSION + "_taxonomy"

Progress = Callable[[str, int], None]


def fingerprint(fields: dict) -> str:
    """What a published asset looks like, so an unchanged one is neither sent nor applied."""
    return hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()


def _drop_new_outbox(session: Session, before: int) -> None:
    """Rows pulled from the hub are not this laptop's to push back."""
    session.execute(delete(SyncOutbox).where(SyncOutbox.seq > before))


def _outbox_top(session: Session) -> int:
    return session.scalar(select(func.coalesce(func.max(SyncOutbox.seq), 0))) or 0


def _refuse(refused: list[Refusal], what: str, ref: str, problem: Refused) -> None:
    """Skip one hub row: a log line a person can act on, and a line in the sync report."""
    refusal = Refusal(what, ref, str(problem))
    log.warning("Refused from the hub: %s", refusal)
    refused.append(refusal)


def _versions(column: ColumnElement, above: int, top: int) -> ColumnElement[bool]:
    """Catalog versions after ``above`` up to the hub's own ``top``, whole numbers only
    (SQLite would sort a text "version" after every number, for ever)."""
    return and_(column > above, column <= top, cast(column, BigInteger) == column)


# -- taxonomy ------------------------------------------------------------------------------

def pull_taxonomy(sessions: sessionmaker[Session], engine: Engine,
                  refused: list[Refusal] | None = None) -> bool:
    """Add the hub taxonomy's values and phrases; returns True when anything changed."""
    sink = refused if refused is not None else []
    with sessions() as session:
        have = state.get_int(session, TAXONOMY_VERSION)
    table = hub.hub_taxonomy
    with engine.connect() as conn:
        top = hub.catalog_top(conn)
        row = conn.execute(hub.raw_select(table)
                           .where(table.c.name == "taxonomy", _versions(table.c.version, have, top))
                           .order_by(table.c.version.desc())).first()
    if row is None:
        return False
    try:
        document, bad_values = validate.taxonomy_document(row.document)
    except Refused as problem:
        document, bad_values = {}, []
        _refuse(sink, "taxonomy", f"version {row.version}", problem)
    for ref, problem in bad_values:
        _refuse(sink, "taxonomy value", ref, problem)
    with sessions.begin() as session:
        merge_taxonomy(session, document)
        state.put(session, TAXONOMY_VERSION, int(row.version))
    return bool(document)


def merge_taxonomy(session: Session, document: dict) -> None:
    """Values by key as marketing named them; local additions are kept.

    ``document`` is checked already (validate.taxonomy_document)."""
    for facet_name, spec in document.items():
        if session.get(Facet, facet_name) is None:
            continue  # a field this version does not know
        existing = {v.key: v for v in session.scalars(
            select(FacetValue).where(FacetValue.facet == facet_name))}
        base = len(existing)
        for position, value in enumerate(spec.get("values", [])):
            row = existing.get(value["key"])
            if row is None:
                row = FacetValue(facet=facet_name, key=value["key"], label=value["label"],
                                 position=base + position)
                session.add(row)
                session.flush()
                existing[value["key"]] = row  # a key twice in one document: one value
            else:
                row.label = value["label"]
            have = {p.phrase.casefold() for p in row.phrases}
            for phrase, weight in (value.get("phrases") or {}).items():
                if phrase.casefold() not in have:
                    session.add(ValuePhrase(value_id=row.id, phrase=phrase, weight=weight))
                    have.add(phrase.casefold())


# -- catalog -------------------------------------------------------------------------------

def _check_bytes(data: object, sha: str) -> bytes:
    """The bytes of a hub file, if they are bytes, within the limit and match ``sha``."""
    if isinstance(data, memoryview):
        data = data.tobytes()
    if not isinstance(data, bytes):
        raise Refused("file", f"holds {type(data).__name__}, not bytes")
    validate.file_size(len(data), len(data))
    if hashlib.sha256(data).hexdigest() != sha:
        raise Refused("file", f"its bytes do not match its SHA-256 {sha[:12]}…, so it was not "
                              "stored: the hub's copy is damaged. Ask whoever runs the hub to "
                              "delete it from hub_files, then marketing publishes again")
    return data


def _raw(column: ColumnElement) -> ColumnElement:
    """A hub column as it is held, unconverted (see hub.raw_select)."""
    return type_coerce(column, NullType())


def _sized(conn: Connection, wanted: set[str]) -> tuple[dict[str, int], dict[str, Refused]]:
    """The byte count of each wanted hub file, checked before any byte is fetched."""
    files = hub.hub_files
    listed = {sha: (size, length) for sha, size, length in conn.execute(
        select(_raw(files.c.sha256), _raw(files.c.size), func.length(files.c.data))
        .where(files.c.sha256.in_(wanted)))}
    sizes: dict[str, int] = {}
    refused: dict[str, Refused] = {}
    for sha in wanted:
        try:
            if sha not in listed:
                raise Refused("file", "the hub has no file for it; ask marketing to publish "
                                      "again")
            sizes[sha] = validate.file_size(*listed[sha])
        except Refused as problem:
            refused[sha] = problem
    return sizes, refused


def _batches(sizes: dict[str, int]) -> list[list[str]]:
    """Hub files in groups of at most FETCH_BYTES (one file may be larger, alone)."""
    batches: list[list[str]] = [[]]
    total = 0
    for sha, size in sorted(sizes.items()):
        if batches[-1] and total + size > FETCH_BYTES:
            batches.append([])
            total = 0
        batches[-1].append(sha)
        total += size
    return [batch for batch in batches if batch]


def _store_files(content: ContentStore, conn: Connection, rows: list[HubAsset]
                 ) -> tuple[dict[str, int], dict[str, Refused]]:
    """Fetch the published files this laptop lacks, a bounded batch at a time, each one
    checked alone; returns the size of each asset's file by uuid, and why an asset's file
    was refused."""
    sizes: dict[str, int] = {}
    wanted: dict[str, list[HubAsset]] = {}
    for row in rows:
        path = content.path_for(row.sha256, row.extension)
        if path.is_file():
            sizes[row.uuid] = path.stat().st_size
        else:
            wanted.setdefault(row.sha256, []).append(row)
    if not wanted:
        return sizes, {}
    lengths, unfit = _sized(conn, set(wanted))
    files = hub.hub_files
    for batch in _batches(lengths):
        held = dict(conn.execute(select(_raw(files.c.sha256), _raw(files.c.data))
                                 .where(files.c.sha256.in_(batch))).all())
        for sha in batch:
            try:
                data = _check_bytes(held.get(sha), sha)
            except Refused as problem:
                unfit[sha] = problem
                continue
            for extension in {row.extension for row in wanted[sha]}:
                content.put_bytes(data, sha, extension)
            sizes.update((row.uuid, len(data)) for row in wanted[sha])
        del held
    refused = {row.uuid: unfit[sha] for sha, needing in wanted.items() if sha in unfit
               for row in needing}
    return sizes, refused


def _apply_assets(session: Session, rows: list[HubAsset], sizes: dict[str, int],
                  now: datetime) -> list[int]:
    """Write a chunk of checked assets in a few bulk statements; returns their ids."""
    by_uuid = dict(session.execute(select(Asset.uuid, Asset.id)).all())
    by_sha: dict[str, int] = {}
    for sha, asset_id in session.execute(select(Asset.sha256, Asset.id).order_by(Asset.id)):
        by_sha.setdefault(sha, asset_id)
    have_files = set(session.scalars(select(StoredFile.sha256).where(
        StoredFile.sha256.in_({r.sha256 for r in rows}))))
    new_files = {r.sha256: {"sha256": r.sha256, "size": sizes[r.uuid],
                            "extension": r.extension, "added_at": now}
                 for r in rows if r.sha256 not in have_files}
    if new_files:
        session.execute(insert(StoredFile.__table__), list(new_files.values()))
    ids: list[int] = []
    updates: list[dict] = []
    for row in rows:
        fields = {"uuid": row.uuid, "title": row.title, "title_origin": "manual",
                  "summary": row.summary, "summary_origin": "manual", "sha256": row.sha256,
                  "format": row.format, "source_name": row.source_name, "pages": row.pages,
                  "has_text": row.has_text, "expires_on": row.expires_on, "updated_at": now,
                  "retired_at": now if row.retired else None}
        # The same bytes as a local asset: marketing's asset, not a copy (it takes the id).
        # Once only: a second published asset with those bytes is an asset of its own.
        asset_id = by_uuid.get(row.uuid) or by_sha.pop(row.sha256, None)
        if asset_id is None:
            asset_id = session.execute(insert(Asset.__table__).values(
                **fields, source_path=None, imported_at=now, notes="")).inserted_primary_key[0]
        else:
            updates.append({"b_id": asset_id, **fields})
        by_uuid[row.uuid] = asset_id
        ids.append(asset_id)
    if updates:
        table = Asset.__table__
        retired = dict(session.execute(select(Asset.id, Asset.retired_at).where(
            Asset.id.in_([u["b_id"] for u in updates]))).all())
        for update in updates:  # a retirement keeps its first date
            if update["retired_at"] is not None and retired.get(update["b_id"]) is not None:
                update["retired_at"] = retired[update["b_id"]]
        session.execute(table.update().where(table.c.id == bindparam("b_id"))
                        .values({k: bindparam(k) for k in updates[0] if k != "b_id"}),
                        updates)
    texts = insert(AssetText.__table__)
    session.execute(texts.on_conflict_do_update(index_elements=["asset_id"],
                                                set_={"body": texts.excluded.body}),
                    [{"asset_id": i, "body": r.body} for i, r in zip(ids, rows, strict=True)])
    session.execute(delete(AssetTag).where(AssetTag.asset_id.in_(ids)))
    tags = [{"asset_id": i, "facet": facet, "value_key": key, "origin": "manual",
             "score": 1.0}
            for i, r in zip(ids, rows, strict=True) for facet, key in r.tags]
    if tags:
        session.execute(insert(AssetTag.__table__), tags)
    return ids


def _catalog_chunk(conn: Connection, cursor: int, top: int) -> tuple[list, int]:
    """The next published rows after ``cursor``, whole versions only (a publish stamps all
    its assets with one version), and the version to record once they are applied."""
    table = hub.hub_assets
    version = table.c.version
    rows = list(conn.execute(hub.raw_select(table).where(_versions(version, cursor, top))
                             .order_by(version, table.c.uuid).limit(CATALOG_CHUNK)))
    if not rows:
        return [], cursor
    last = int(rows[-1].version)
    if len(rows) == CATALOG_CHUNK and rows[0].version != last:
        rows = [r for r in rows if r.version != last]
        last = int(rows[-1].version)
    elif len(rows) == CATALOG_CHUNK:
        rows = list(conn.execute(hub.raw_select(table)
                                 .where(_versions(version, last - 1, last))))
    return rows, last


class _Catalog:
    """One catalog pull: what it checks rows against, and what it refused."""

    def __init__(self, sessions: sessionmaker[Session], engine: Engine,
                 content: ContentStore, refused: list[Refusal]) -> None:
        self.sessions, self.engine, self.content, self.refused = (sessions, engine, content,
                                                                  refused)
        with sessions() as session:
            self.facets = frozenset(session.scalars(select(Facet.name)))

    def take(self, rows: list, top: int, cursor: int | None) -> int:
        """Check, fetch the files of and apply one chunk in one local transaction (with
        ``cursor``, the version to record; None for a retry); returns how many applied."""
        good: list[HubAsset] = []
        bad: set[str] = set()  # uuids of rows refused, to try again at the next sync
        for row in rows:
            try:
                good.append(validate.asset(row._mapping, self.facets, top))
            except Refused as problem:
                self._refuse_row(row._mapping, problem, bad)
        local = _local_fingerprints(self.sessions)
        fresh = [a for a in good if local.get(a.uuid) != a.fingerprint]
        with self.engine.connect() as conn:
            sizes, unfit = _store_files(self.content, conn, fresh)
        for item in fresh:
            if item.uuid in unfit:
                self._refuse_row({"title": item.title, "uuid": item.uuid}, unfit[item.uuid],
                                 bad)
        fresh = [a for a in fresh if a.uuid not in unfit]
        with self.sessions.begin() as session:
            ids = _apply_assets(session, fresh, sizes, datetime.now()) if fresh else []
            indexer.queue_for_index(session, ids)
            if cursor is not None:
                state.put(session, state.CATALOG_VERSION, cursor)
            _remember(session, {a.uuid for a in good} - bad, bad)
        return len(ids)

    def _refuse_row(self, row: Mapping[str, Any], problem: Refused, bad: set[str]) -> None:
        _refuse(self.refused, "catalog row", validate.asset_ref(row), problem)
        with contextlib.suppress(Refused):  # no id to find it by again: reported this once
            bad.add(validate.uuid_text(row.get("uuid"), "uuid"))

    def retry(self) -> int:
        """The rows refused before, as the hub holds them now: applied if put right."""
        with self.sessions() as session:
            wanted = state.get_list(session, state.REFUSED_ASSETS)
            cursor = state.get_int(session, state.CATALOG_VERSION)
        if not wanted:
            return 0
        table = hub.hub_assets
        with self.engine.connect() as conn:
            top = hub.catalog_top(conn)
            rows = list(conn.execute(hub.raw_select(table).where(
                table.c.uuid.in_(wanted), _versions(table.c.version, 0, min(cursor, top)))))
        found = {row.uuid for row in rows}
        with self.sessions.begin() as session:  # gone, or newer: the next chunks say
            _remember(session, set(wanted) - found, set())
        return self.take(rows, top, None) if rows else 0


def _remember(session: Session, fine: set[str], bad: set[str]) -> None:
    """Keep the uuids of refused rows (at most RETRY_LIMIT) to try them again."""
    kept = [u for u in state.get_list(session, state.REFUSED_ASSETS) if u not in fine]
    kept += sorted(bad - set(kept))
    state.put_list(session, state.REFUSED_ASSETS, kept[:RETRY_LIMIT])


def pull_catalog(sessions: sessionmaker[Session], engine: Engine, content: ContentStore,
                 progress: Progress | None = None, refused: list[Refusal] | None = None
                 ) -> int:
    """Apply every asset published after this laptop's catalog version (and any refused
    before that the hub has put right); returns how many."""
    catalog = _Catalog(sessions, engine, content, refused if refused is not None else [])
    applied = catalog.retry()
    while True:
        with sessions() as session:
            version = state.get_int(session, state.CATALOG_VERSION)
        with engine.connect() as conn:
            top = hub.catalog_top(conn)
            rows, last = _catalog_chunk(conn, version, top)
        if not rows:
            return applied
        applied += catalog.take(rows, top, last)
        if progress is not None:
            progress("catalog", applied)


def _local_fingerprints(sessions: sessionmaker[Session]) -> dict[str, str]:
    from enablement.sync.publish import local_assets

    with sessions() as session:
        return {item["uuid"]: item["fingerprint"] for item in local_assets(session)}


# -- deals ---------------------------------------------------------------------------------

DEAL_FIELDS = ("name", "account", "amount", "stage", "is_closed", "is_won", "close_date",
               "kind", "updated_at")


def pull_deals(sessions: sessionmaker[Session], engine: Engine,
               refused: list[Refusal] | None = None) -> int:
    """Every hub deal newer than ours (a few thousand rows: read whole each time, so a
    refused one is reported at every sync until the hub is put right)."""
    sink = refused if refused is not None else []
    with engine.connect() as conn:
        rows = list(conn.execute(hub.raw_select(hub.hub_deals)))
    changed = 0
    with sessions.begin() as session:
        before = _outbox_top(session)
        local = {(d.crm, d.external_id): d for d in session.scalars(select(Deal))}
        for row in rows:
            try:
                found = validate.deal(row._mapping)
            except Refused as problem:
                _refuse(sink, "deal", validate.plain(row.deal_key, 80), problem)
                continue
            deal = local.get((found.crm, found.external_id))
            if deal is not None and deal.updated_at >= found.updated_at:
                continue
            if deal is None:
                deal = Deal(crm=found.crm, external_id=found.external_id,
                            imported_at=found.updated_at)
                session.add(deal)
                local[(found.crm, found.external_id)] = deal
            for name in DEAL_FIELDS:
                setattr(deal, name, getattr(found, name))
            changed += 1
        session.flush()
        _drop_new_outbox(session, before)
    return changed


# -- events (a marketer's library) -----------------------------------------------------------

def pull_events(sessions: sessionmaker[Session], engine: Engine,
                progress: Progress | None = None, refused: list[Refusal] | None = None
                ) -> tuple[int, int]:
    """Everyone's events after this laptop's cursor; returns (added, kept at the hub).

    A refused event is reported once: the cursor moves past it with its chunk."""
    sink = refused if refused is not None else []
    added = skipped = 0
    table = hub.hub_events
    while True:
        with sessions() as session:
            cursor = state.get_int(session, state.EVENTS_SEQ)
        with engine.connect() as conn:
            rows = list(conn.execute(hub.raw_select(table).where(table.c.seq > cursor)
                                     .order_by(table.c.seq).limit(EVENTS_CHUNK)))
        if not rows:
            return added, skipped
        last = rows[-1].seq
        if isinstance(last, bool) or not isinstance(last, int):
            raise UserError(f"The hub's event number {validate.show(last)} is not a number, "
                            "so the hub is damaged: ask whoever set it up.")
        with sessions.begin() as session:
            assets = dict(session.execute(select(Asset.uuid, Asset.id)).all())
            deals = {f"{crm}:{ext}": i for i, crm, ext in
                     session.execute(select(Deal.id, Deal.crm, Deal.external_id))}
            grouped = _local_rows(rows, assets, deals, sink)
            skipped += grouped.pop("skipped")
            # Searches first: usage and requests point at them.
            for model in (SearchEvent, RatingEvent, UsageEvent, FieldNote, ContentRequest,
                          RoiRun):
                values = grouped[model]
                if model in (UsageEvent, ContentRequest):
                    _keep_known_searches(session, values)
                if values:
                    statement = insert(model.__table__).on_conflict_do_nothing()
                    result = session.execute(statement, values)
                    added += max(result.rowcount or 0, 0)
            state.put(session, state.EVENTS_SEQ, last)
        if progress is not None:
            progress("events", added)


def _keep_known_searches(session: Session, values: list[dict]) -> None:
    wanted = {v["search_id"] for v in values if v.get("search_id")}
    known = set(session.scalars(select(SearchEvent.id).where(SearchEvent.id.in_(wanted)))
                ) if wanted else set()
    for value in values:
        if value.get("search_id") not in known:
            value["search_id"] = None


_MODELS = {"rating": RatingEvent, "usage": UsageEvent, "search": SearchEvent,
           "field_note": FieldNote, "request": ContentRequest, "roi_run": RoiRun}
_ABOUT_AN_ASSET = ("rating", "usage", "roi_run")  # kept at the hub when the asset is not here
_WITH_A_DEAL = ("rating", "usage", "field_note")


def _local_rows(rows: list, assets: dict[str, int], deals: dict[str, int],
                refused: list[Refusal]) -> dict:
    """Checked hub events as rows of their local tables, grouped by model."""
    grouped: dict = {model: [] for model in _MODELS.values()}
    grouped["skipped"] = 0
    for row in rows:
        try:
            found = validate.event(row._mapping)
        except Refused as problem:
            _refuse(refused, "event", validate.event_ref(row._mapping), problem)
            continue
        if found is None:  # a kind this version does not know
            grouped["skipped"] += 1
            continue
        values = {"id": found.id, "user_name": found.user_name,
                  "created_at": found.created_at, "device_id": found.device_id,
                  **found.fields}
        if found.kind in _ABOUT_AN_ASSET:
            asset_id = assets.get(found.asset_uuid or "")
            if asset_id is None:
                grouped["skipped"] += 1
                continue
            values["asset_id"] = asset_id
        if found.kind in _WITH_A_DEAL:
            values["deal_id"] = deals.get(found.deal_key) if found.deal_key else None
        grouped[_MODELS[found.kind]].append(values)
    return grouped
