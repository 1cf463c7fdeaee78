"""Pull: marketing's catalog, the team's deals and (for a marketer) everyone's events.

Conflict rules (tests in tests/enablement/test_sync.py):

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
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine, bindparam, delete, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session, sessionmaker

from enablement import indexer
from enablement.contentstore import ContentStore
from enablement.models import (
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
from enablement.sync import hub, state

CATALOG_CHUNK = 100
EVENTS_CHUNK = 5_000

Progress = Callable[[str, int], None]


def fingerprint(fields: dict) -> str:
    """What a published asset looks like, so an unchanged one is neither sent nor applied."""
    return hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()


def _drop_new_outbox(session: Session, before: int) -> None:
    """Rows pulled from the hub are not this laptop's to push back."""
    session.execute(delete(SyncOutbox).where(SyncOutbox.seq > before))


def _outbox_top(session: Session) -> int:
    return session.scalar(select(func.coalesce(func.max(SyncOutbox.seq), 0))) or 0


# -- taxonomy ------------------------------------------------------------------------------

def pull_taxonomy(sessions: sessionmaker[Session], engine: Engine) -> bool:
    """Add the hub taxonomy's values and phrases; returns True when anything changed."""
    with sessions() as session:
        have = state.get_int(session, state.CATALOG_VERSION + "_taxonomy")
    with engine.connect() as conn:
        row = conn.execute(hub.hub_taxonomy.select()
                           .where(hub.hub_taxonomy.c.version > have)).first()
    if row is None:
        return False
    document = json.loads(row.document)
    with sessions.begin() as session:
        merge_taxonomy(session, document)
        state.put(session, state.CATALOG_VERSION + "_taxonomy", row.version)
    return True


def merge_taxonomy(session: Session, document: dict) -> None:
    """Values by key as marketing named them; local additions are kept."""
    for facet_name, spec in document.items():
        if session.get(Facet, facet_name) is None:
            continue  # a field this version does not know
        existing = {v.key: v for v in session.scalars(
            select(FacetValue).where(FacetValue.facet == facet_name))}
        for position, value in enumerate(spec.get("values", [])):
            row = existing.get(value["key"])
            if row is None:
                row = FacetValue(facet=facet_name, key=value["key"], label=value["label"],
                                 position=len(existing) + position)
                session.add(row)
                session.flush()
            else:
                row.label = value["label"]
            have = {p.phrase.casefold() for p in row.phrases}
            for phrase, weight in (value.get("phrases") or {}).items():
                if phrase.casefold() not in have:
                    session.add(ValuePhrase(value_id=row.id, phrase=phrase, weight=weight))


# -- catalog -------------------------------------------------------------------------------

def _store_files(content: ContentStore, conn, rows: list) -> dict[str, int]:  # noqa: ANN001
    """Fetch the published files this laptop lacks, in one query; returns uuid -> size."""
    sizes: dict[str, int] = {}
    missing: dict[str, str] = {}
    for row in rows:
        path = content.path_for(row.sha256, row.extension)
        if path.is_file():
            sizes[row.uuid] = path.stat().st_size
        else:
            missing[row.sha256] = row.extension
    fetched: dict[str, int] = {}
    if missing:
        for sha, data in conn.execute(select(hub.hub_files.c.sha256, hub.hub_files.c.data)
                                      .where(hub.hub_files.c.sha256.in_(missing))):
            if hashlib.sha256(data).hexdigest() != sha:
                raise RuntimeError(f"the hub's file {sha[:12]}… does not match its hash; "
                                   "not stored. Ask marketing to publish again.")
            content.put_bytes(data, sha, missing[sha])
            fetched[sha] = len(data)
    for row in rows:
        if row.uuid not in sizes:
            if row.sha256 not in fetched:
                raise RuntimeError(f"the hub has no file for '{row.title}'; ask marketing "
                                   "to publish again")
            sizes[row.uuid] = fetched[row.sha256]
    return sizes


def _apply_assets(session: Session, rows: list, sizes: dict[str, int],
                  now: datetime) -> list[int]:
    """Write a chunk of published assets in a few bulk statements; returns their ids."""
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
        asset_id = by_uuid.get(row.uuid) or by_sha.get(row.sha256)
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
            for i, r in zip(ids, rows, strict=True) for facet, key in json.loads(r.tags)]
    if tags:
        session.execute(insert(AssetTag.__table__), tags)
    return ids


def pull_catalog(sessions: sessionmaker[Session], engine: Engine, content: ContentStore,
                 progress: Progress | None = None) -> int:
    """Apply every asset published after this laptop's catalog version; returns how many."""
    applied = 0
    while True:
        with sessions() as session:
            version = state.get_int(session, state.CATALOG_VERSION)
        with engine.connect() as conn:
            rows = list(conn.execute(hub.hub_assets.select()
                                     .where(hub.hub_assets.c.version > version)
                                     .order_by(hub.hub_assets.c.version, hub.hub_assets.c.uuid)
                                     .limit(CATALOG_CHUNK)))
            if not rows:
                return applied
            # A publish stamps all its assets with one version: take whole versions only.
            last = rows[-1].version
            if len(rows) == CATALOG_CHUNK and rows[0].version != last:
                rows = [r for r in rows if r.version != last]
                last = rows[-1].version
            elif len(rows) == CATALOG_CHUNK:
                rows = list(conn.execute(hub.hub_assets.select()
                                         .where(hub.hub_assets.c.version == last)))
            local = _local_fingerprints(sessions)
            rows = [row for row in rows if local.get(row.uuid) != row.fingerprint]
            sizes = _store_files(content, conn, rows)
        now = datetime.now()
        with sessions.begin() as session:
            ids = _apply_assets(session, rows, sizes, now) if rows else []
            indexer.queue_for_index(session, ids)
            state.put(session, state.CATALOG_VERSION, last)
        applied += len(ids)
        if progress is not None:
            progress("catalog", applied)


def _local_fingerprints(sessions: sessionmaker[Session]) -> dict[str, str]:
    from enablement.sync.publish import local_assets

    with sessions() as session:
        return {item["uuid"]: item["fingerprint"] for item in local_assets(session)}


# -- deals ---------------------------------------------------------------------------------

def pull_deals(sessions: sessionmaker[Session], engine: Engine) -> int:
    """Every hub deal newer than ours (a few thousand rows: read whole each time)."""
    with engine.connect() as conn:
        rows = list(conn.execute(hub.hub_deals.select()))
    changed = 0
    with sessions.begin() as session:
        before = _outbox_top(session)
        local = {(d.crm, d.external_id): d for d in session.scalars(select(Deal))}
        for row in rows:
            deal = local.get((row.crm, row.external_id))
            if deal is not None and deal.updated_at >= row.updated_at:
                continue
            if deal is None:
                deal = Deal(crm=row.crm, external_id=row.external_id, imported_at=row.updated_at)
                session.add(deal)
            for name in ("name", "account", "amount", "stage", "is_closed", "is_won",
                         "close_date", "kind", "updated_at"):
                setattr(deal, name, getattr(row, name))
            changed += 1
        session.flush()
        _drop_new_outbox(session, before)
    return changed


# -- events (a marketer's library) -----------------------------------------------------------

def pull_events(sessions: sessionmaker[Session], engine: Engine,
                progress: Progress | None = None) -> tuple[int, int]:
    """Everyone's events after this laptop's cursor; returns (added, kept at the hub)."""
    added = skipped = 0
    while True:
        with sessions() as session:
            cursor = state.get_int(session, state.EVENTS_SEQ)
        with engine.connect() as conn:
            rows = list(conn.execute(hub.hub_events.select()
                                     .where(hub.hub_events.c.seq > cursor)
                                     .order_by(hub.hub_events.c.seq).limit(EVENTS_CHUNK)))
        if not rows:
            return added, skipped
        with sessions.begin() as session:
            assets = dict(session.execute(select(Asset.uuid, Asset.id)).all())
            deals = {f"{crm}:{ext}": i for i, crm, ext in
                     session.execute(select(Deal.id, Deal.crm, Deal.external_id))}
            grouped = _local_rows(rows, assets, deals)
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
            state.put(session, state.EVENTS_SEQ, rows[-1].seq)
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


def _local_rows(rows: list, assets: dict[str, int], deals: dict[str, int]) -> dict:
    grouped: dict = {model: [] for model in _MODELS.values()}
    grouped["skipped"] = 0
    for row in rows:
        payload = json.loads(row.payload)
        common = {"id": row.id, "user_name": row.user_name, "created_at": row.created_at,
                  "device_id": row.device_id}
        deal_id = deals.get(row.deal_key) if row.deal_key else None
        if row.kind in ("rating", "usage", "roi_run"):
            asset_id = assets.get(row.asset_uuid or "")
            if asset_id is None:
                grouped["skipped"] += 1
                continue
            common.update(asset_id=asset_id, deal_id=deal_id)
        if row.kind == "rating":
            common.update(stars=payload["stars"], helped=payload.get("helped"),
                          deal_name=payload.get("deal_name", ""),
                          objections=json.dumps(payload.get("objections", [])),
                          comment=payload.get("comment", ""))
        elif row.kind == "usage":
            common.update(action=payload["action"], search_id=payload.get("search_id"))
        elif row.kind == "search":
            common.update(text=payload["text"], filters=json.dumps(payload.get("filters", {})),
                          sort=payload.get("sort", "relevance"),
                          result_count=payload["result_count"],
                          query_key=payload.get("query_key", ""))
        elif row.kind == "field_note":
            common.update(kind=payload["kind"], value_key=payload["value_key"],
                          stage=payload.get("stage", ""), deal_id=deal_id,
                          deal_name=payload.get("deal_name", ""), note=payload.get("note", ""))
        elif row.kind == "roi_run":
            del common["deal_id"]
            common.update(inputs=json.dumps(payload.get("inputs", {})),
                          results=json.dumps(payload.get("results", {})))
        elif row.kind == "request":
            common.update(need=payload["need"], query=payload.get("query", ""),
                          stage=payload.get("stage", ""),
                          objection=payload.get("objection", ""),
                          search_id=payload.get("search_id"))
        else:
            grouped["skipped"] += 1
            continue
        grouped[_MODELS[row.kind]].append(common)
    return grouped
