"""Publish: a marketer sends the catalog changes of their library to the hub.

Every asset (and the taxonomy) has a fingerprint of what a rep would receive: metadata,
effective tags, text, retirement. Only assets whose fingerprint differs from the hub's
are sent, all stamped with one new catalog version in one hub transaction, and a file
goes up only when the hub lacks its SHA-256. Publishing twice sends nothing the second
time (fingerprints.py). Two marketers publishing the same asset: the later publish wins,
whole.

A file the hub lacks goes up for any asset, changed or not: a laptop that refused an
asset because the hub had no (or damaged, then deleted) bytes for it tries that asset
again at each sync, so publishing again heals it without a new catalog version.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from enablement.catalog import synonyms as synonym_store
from enablement.catalog import taxonomy as taxonomy_store
from enablement.errors import UserError
from enablement.store.content import ContentStore
from enablement.sync import hub
from enablement.sync.fingerprints import fingerprint, local_assets
from enablement.sync.hub_insert import hub_insert
from enablement.sync.pull_taxonomy import SYNONYMS, TAXONOMY

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class PublishReport:
    version: int            # the hub's catalog version after this publish
    assets: int             # assets sent (new, changed or retired)
    retired: int
    files: int              # files uploaded (the hub lacked them)
    file_bytes: int
    taxonomy: bool          # the taxonomy (or its synonym list) changed and was sent


def publish(session_factory: Callable[[], Session], engine: Engine, content: ContentStore,
            user_name: str, progress: Progress | None = None) -> PublishReport:
    with session_factory() as session:
        assets = local_assets(session)
        taxonomy = taxonomy_store.load(session)
        document = json.loads(taxonomy_store.export_json(taxonomy))
        synonyms = synonym_store.document(taxonomy.synonyms)
    taxonomy_print = fingerprint(document)
    synonyms_print = fingerprint(synonyms)
    now = datetime.now()
    with engine.begin() as conn:
        hub.check_hub(conn)
        hub.lock_for_push(conn)
        published = dict(conn.execute(select(hub.hub_assets.c.uuid,
                                             hub.hub_assets.c.fingerprint)).all())
        changed = [a for a in assets if published.get(a["uuid"]) != a["fingerprint"]]
        prints = dict(conn.execute(select(hub.hub_taxonomy.c.name,
                                          hub.hub_taxonomy.c.fingerprint)).all())
        sent = {TAXONOMY: (taxonomy_print, document), SYNONYMS: (synonyms_print, synonyms)}
        due = {name: pair for name, pair in sent.items() if prints.get(name) != pair[0]}
        taxonomy_changed = bool(due)
        version = hub.catalog_top(conn)
        have_files = set(conn.execute(select(hub.hub_files.c.sha256)).scalars())
        lacking = [a for a in assets if a["sha256"] not in have_files]
        if not changed and not taxonomy_changed and not lacking:
            return PublishReport(version, 0, 0, 0, 0, False)
        if changed or taxonomy_changed:
            version += 1
            conn.execute(hub.hub_meta.update().where(hub.hub_meta.c.key == "catalog_version")
                         .values(value=str(version)))
        for name, (print_, sent_document) in due.items():
            statement = hub_insert(conn, hub.hub_taxonomy)
            values = {"version": version, "fingerprint": print_,
                      "document": json.dumps(sent_document)}
            conn.execute(statement.values(name=name, **values)
                         .on_conflict_do_update(index_elements=["name"], set_=values))
        files = file_bytes = 0
        for item in lacking:
            if item["sha256"] in have_files:
                continue
            path = content.path_for(item["sha256"], item["extension"])
            if not path.is_file():
                raise UserError(f"'{item['title']}': its stored file {path} is missing; "
                                "import the file again, then publish.")
            data = path.read_bytes()
            conn.execute(hub.hub_files.insert().values(
                sha256=item["sha256"], extension=item["extension"], size=len(data), data=data))
            have_files.add(item["sha256"])
            files, file_bytes = files + 1, file_bytes + len(data)
            if progress is not None:
                progress("files", files)
        rows = [{**item, "version": version, "published_at": now, "published_by": user_name}
                for item in changed]
        if rows:
            statement = hub_insert(conn, hub.hub_assets)
            columns = {c: statement.excluded[c] for c in rows[0] if c != "uuid"}
            conn.execute(statement.on_conflict_do_update(index_elements=["uuid"],
                                                         set_=columns), rows)
    return PublishReport(version, len(changed), sum(1 for a in changed if a["retired"]),
                         files, file_bytes, taxonomy_changed)


__all__ = ["PublishReport", "local_assets", "publish"]
