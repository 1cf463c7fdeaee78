"""The published files a pulled catalog chunk needs: sized, fetched and checked at the hub.

A file's byte count is checked before any byte is fetched; files come a bounded batch
at a time, so memory stays bounded; each one is stored only if its bytes match its
SHA-256, under a path the content store builds from that hash alone.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, func, select, type_coerce
from sqlalchemy.sql import ColumnElement
from sqlalchemy.types import NullType

from enablement.store.content import ContentStore
from enablement.sync import hub
from enablement.sync.validate_fields import Refused
from enablement.sync.validate_rows import HubAsset, file_size

FETCH_BYTES = 64 * 2**20  # hub files fetched per query, so memory stays bounded


def _check_bytes(data: object, sha: str) -> bytes:
    """The bytes of a hub file, if they are bytes, within the limit and match ``sha``."""
    if isinstance(data, memoryview):
        data = data.tobytes()
    if not isinstance(data, bytes):
        raise Refused("file", f"holds {type(data).__name__}, not bytes")
    file_size(len(data), len(data))
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
            sizes[sha] = file_size(*listed[sha])
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


def store_files(content: ContentStore, conn: Connection, rows: list[HubAsset]
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
