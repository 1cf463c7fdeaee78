"""Pull the catalog: every asset marketing published since this laptop's catalog version.

**The catalog is marketing's.** An asset published to the hub replaces its metadata,
text and tags here; a rep's local tag edits on it last until marketing publishes it
again. A local asset with the same bytes (SHA-256) as a published one becomes that asset
(it takes the hub's id), so a demo or a file imported before joining is not doubled.
Retiring takes the asset out of search; its feedback stays.

Rows come a chunk of whole catalog versions at a time, each applied with the cursor in
one local transaction, so a killed pull resumes where it stopped. Each row is checked
(validate_rows.asset) and its file fetched and checked (pull_files.py) before anything
is written; a refused row is skipped alone, reported, and remembered to be tried again
at the next sync, so a hub that is put right heals without a new catalog version.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Connection, Engine, and_, bindparam, cast, delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql import ColumnElement

from enablement.catalog.tagging import REJECTED
from enablement.store.content import ContentStore
from enablement.store.index_queue import queue_for_index
from enablement.store.models import Asset, AssetTag, AssetText, Facet, StoredFile
from enablement.sync import hub, state, validate_rows
from enablement.sync.fingerprints import local_fingerprints
from enablement.sync.pull_files import store_files
from enablement.sync.validate import Refusal, refuse
from enablement.sync.validate_fields import Refused, uuid_text
from enablement.sync.validate_rows import HubAsset

CATALOG_CHUNK = 100
RETRY_LIMIT = 1_000  # refused catalog rows remembered to try again; more are reported once

Progress = Callable[[str, int], None]


def versions_between(column: ColumnElement, above: int, top: int) -> ColumnElement[bool]:
    """Catalog versions after ``above`` up to the hub's own ``top``, whole numbers only
    (SQLite would sort a text "version" after every number, for ever)."""
    return and_(column > above, column <= top, cast(column, BigInteger) == column)


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
    # A rejection said on this laptop stays (see tagging): it hides only guesses.
    session.execute(delete(AssetTag).where(AssetTag.asset_id.in_(ids),
                                           AssetTag.origin != REJECTED))
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
    rows = list(conn.execute(hub.raw_select(table).where(versions_between(version, cursor, top))
                             .order_by(version, table.c.uuid).limit(CATALOG_CHUNK)))
    if not rows:
        return [], cursor
    last = int(rows[-1].version)
    if len(rows) == CATALOG_CHUNK and rows[0].version != last:
        rows = [r for r in rows if r.version != last]
        last = int(rows[-1].version)
    elif len(rows) == CATALOG_CHUNK:
        rows = list(conn.execute(hub.raw_select(table)
                                 .where(versions_between(version, last - 1, last))))
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
                good.append(validate_rows.asset(row._mapping, self.facets, top))
            except Refused as problem:
                self._refuse_row(row._mapping, problem, bad)
        with self.sessions() as session:
            local = local_fingerprints(session)
        fresh = [a for a in good if local.get(a.uuid) != a.fingerprint]
        with self.engine.connect() as conn:
            sizes, unfit = store_files(self.content, conn, fresh)
        for item in fresh:
            if item.uuid in unfit:
                self._refuse_row({"title": item.title, "uuid": item.uuid}, unfit[item.uuid],
                                 bad)
        fresh = [a for a in fresh if a.uuid not in unfit]
        with self.sessions.begin() as session:
            ids = _apply_assets(session, fresh, sizes, datetime.now()) if fresh else []
            queue_for_index(session, ids)
            if cursor is not None:
                state.put(session, state.CATALOG_VERSION, cursor)
            _remember(session, {a.uuid for a in good} - bad, bad)
        return len(ids)

    def _refuse_row(self, row: Mapping[str, Any], problem: Refused, bad: set[str]) -> None:
        refuse(self.refused, "catalog row", validate_rows.asset_ref(row), problem)
        with contextlib.suppress(Refused):  # no id to find it by again: reported this once
            bad.add(uuid_text(row.get("uuid"), "uuid"))

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
                table.c.uuid.in_(wanted), versions_between(table.c.version, 0, min(cursor, top)))))
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
