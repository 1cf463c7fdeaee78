"""A hub is not trusted: rows written straight into it by raw SQL (anyone with its address
and password can) must never reach outside the library folder, and a bad row is refused
alone, reported, and does not stop the rest of the sync. Real PostgreSQL and SQLite hubs.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, func, select, text

from enablement.catalog.export import export_assets
from enablement.cli import sync as sync_commands
from enablement.errors import UserError
from enablement.imports.extract import Limits
from enablement.library import Library
from enablement.store.content import ContentStore
from enablement.store.models import Asset, Deal, FacetValue, RatingEvent
from enablement.sync import hub, publish, run
from tests.enablement.sync.test_sync import content_folder

NOW = datetime(2026, 11, 2, 10, 30)


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME in a temporary folder: where an autostart file would land."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


@pytest.fixture()
def marketer(tmp_path: Path, hub_url: str) -> Iterator[Library]:
    library = Library.open(tmp_path / "marketer")
    library.import_paths([content_folder(tmp_path / "content")])
    with hub.connected(hub_url) as engine:
        assert publish.publish(library.sessions, engine, library.content, "Mara").assets == 3
    yield library
    library.close()


@pytest.fixture()
def dana(tmp_path: Path, hub_url: str, marketer: Library) -> Iterator[Library]:  # noqa: ARG001
    """A rep's laptop that already has the honest catalog."""
    library = Library.open(tmp_path / "dana-laptop")
    assert run.sync(library, hub_url).catalog == 3
    yield library
    library.close()


@pytest.fixture()
def raw(hub_url: str) -> Iterator[Connection]:
    """A plain connection to the hub, as an attacker with its password would have."""
    engine = create_engine(hub_url)
    with engine.connect() as conn:  # the test commits what it wrote
        yield conn
    engine.dispose()


def is_postgres(url: str) -> bool:
    return url.startswith("postgresql")


def put_file(conn: Connection, data: bytes, sha: str | None = None,
             extension: str = ".txt") -> str:
    sha = sha or hashlib.sha256(data).hexdigest()
    conn.execute(text("INSERT INTO hub_files (sha256, extension, size, data) "
                      "VALUES (:sha, :ext, :size, :data)"),
                 {"sha": sha, "ext": extension, "size": len(data), "data": data})
    return sha


def put_asset(conn: Connection, title: str, sha: str, version: int = 2, **fields: object
              ) -> str:
    """One hub_assets row by raw SQL; ``fields`` override the honest-looking defaults."""
    row: dict[str, object] = {
        "uuid": str(uuid.uuid4()), "version": version, "fingerprint": uuid.uuid4().hex * 2,
        "sha256": sha, "extension": ".txt", "title": title, "summary": "", "format": "txt",
        "source_name": f"{title}.txt", "pages": None, "has_text": True, "expires_on": None,
        "tags": "[]", "body": f"{title} body text", "retired": False, "published_at": NOW,
        "published_by": "Mallory", **fields}
    columns = ", ".join(row)
    conn.execute(text(f"INSERT INTO hub_assets ({columns}) VALUES "
                      f"({', '.join(':' + c for c in row)})"), row)
    return str(row["uuid"])


def set_catalog_version(conn: Connection, version: int) -> None:
    conn.execute(text("UPDATE hub_meta SET value = :v WHERE key = 'catalog_version'"),
                 {"v": str(version)})


def listing(folder: Path) -> dict[str, bytes | None]:
    """Every path under ``folder`` (relative) with the bytes of files, to compare."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.rglob("*"))}


def outside(tmp_path: Path, library: Library) -> dict[str, bytes | None]:
    """What is outside the library folder: the test's folder but the library itself."""
    return {name: data for name, data in listing(tmp_path).items()
            if not name.startswith(library.path.name + os.sep) and name != library.path.name
            and not name.startswith("hub.db")}


def stored_layout_ok(library: Library) -> list[str]:
    """Files in the content store not at files/<2 hex>/<sha256><extension>."""
    bad = []
    for path in (library.path / "files").rglob("*"):
        if path.is_file() and not (path.parent.parent == library.path / "files"
                                   and path.name.startswith(path.parent.name)
                                   and len(path.name.split(".")[0]) == 64):
            bad.append(str(path))
    return bad


def refused_text(report: run.SyncReport) -> str:
    return "\n".join(str(r) for r in report.refused)


def test_rogue_catalog_rows_are_refused_alone_and_nothing_escapes(
        hub_url: str, dana: Library, raw: Connection, tmp_path: Path, home: Path) -> None:
    sentinel = tmp_path / "sentinel.txt"
    sentinel.write_text("keep me", encoding="utf-8")
    desktop = b"[Desktop Entry]\nType=Application\nExec=sh -c 'echo owned'\n"
    data_sha = put_file(raw, desktop)
    good_sha = put_file(raw, b"Coupa integration: set up in one afternoon, no code.")
    other = b"An honest file whose row lies about something else."
    other_sha = put_file(raw, other)
    wrong_sha = put_file(raw, b"these bytes are not what the hash says",
                         sha=hashlib.sha256(b"something else").hexdigest())
    put_file(raw, desktop, sha="../../../../evil")
    good = put_asset(raw, "Good one", good_sha)
    nul = "a\x00b.txt" if not is_postgres(hub_url) else "a\x01b.txt"  # PostgreSQL: no NUL
    bad = {
        put_asset(raw, "Beside the library", data_sha, extension="/../../../../e.t"):
            "extension",
        put_asset(raw, "Inside the library root", data_sha, extension="/../../../e.txt"):
            "extension",
        put_asset(raw, "Sha traversal", "../../../../evil"): "sha256",
        put_asset(raw, "Upper-case sha", other_sha.upper()): "sha256",
        put_asset(raw, "Up and out", other_sha, source_name="../../x.txt"): "source_name",
        put_asset(raw, "Absolute", other_sha, source_name=str(tmp_path / "abs.txt")):
            "source_name",
        put_asset(raw, "Backslashes", other_sha, source_name="..\\x.txt"): "source_name",
        put_asset(raw, "Control character", other_sha, source_name=nul): "source_name",
        put_asset(raw, "Wrong bytes", wrong_sha): "do not match its SHA-256",
        put_asset(raw, "Bad tags JSON", other_sha, tags="[[not json"): "tags",
        put_asset(raw, "Tags of the wrong shape", other_sha, tags='{"kind": "x"}'): "tags",
        put_asset(raw, "Unknown facet", other_sha, tags='[["flavour", "vanilla"]]'): "tags",
        put_asset(raw, "Executable", other_sha, extension=".exe", format="exe"): "format",
        put_asset(raw, "Format disagrees", other_sha, extension=".txt", format="pdf"):
            "format",
        put_asset(raw, "Negative pages", other_sha, pages=-5): "pages",
        put_asset(raw, "Huge title " + "x" * 100_000, other_sha): "title",
    }
    if not is_postgres(hub_url):  # varchar(16) keeps this one out of PostgreSQL
        evil = "/../../../../home/.config/autostart/evil.desktop"
        bad[put_asset(raw, "Autostart", data_sha, extension=evil)] = "extension"
    set_catalog_version(raw, 2)
    raw.commit()
    before_outside = outside(tmp_path, dana)
    before_root = {p.name for p in dana.path.iterdir()}
    before_assets = _assets(dana)

    report = run.sync(dana, hub_url)

    assert not (home / ".config").exists()
    assert sentinel.read_text(encoding="utf-8") == "keep me"
    assert outside(tmp_path, dana) == before_outside
    added = {p.name for p in dana.path.iterdir()} - before_root
    assert added <= {"library.db-wal", "library.db-shm"}  # nothing beside files/
    assert stored_layout_ok(dana) == []
    # The good row of the same chunk arrived; nothing local was lost.
    after = _assets(dana)
    assert after == {**before_assets, good: "Good one"}
    assert report.offline == "" and report.catalog == 1
    assert {r.ref.split("(")[-1].rstrip(")") for r in report.refused} >= set(bad)
    assert len(report.refused) == len(bad)
    for refusal in report.refused:
        uuid_part = next(u for u in bad if u in refusal.ref)
        assert bad[uuid_part] in str(refusal), str(refusal)
    # The command line says so plainly; a second sync ends, refuses the same rows again
    # and changes nothing.
    out = io.StringIO()
    started = time.monotonic()
    assert sync_commands.sync(dana, hub_url, None, out) == sync_commands.EXIT_OK
    assert time.monotonic() - started < 60
    said = out.getvalue()
    assert f"{len(bad)} catalog rows from the hub were refused" in said, said
    assert "ask marketing to publish again" in said
    assert _assets(dana) == after
    assert outside(tmp_path, dana) == before_outside


def _assets(library: Library) -> dict[str, str]:
    with library.sessions() as session:
        return dict(session.execute(select(Asset.uuid, Asset.title)).all())


@pytest.mark.slow
def test_a_file_larger_than_the_import_limit_is_refused(
        hub_url: str, dana: Library, raw: Connection) -> None:
    """The hub's bytes are counted before they are fetched; the right hash is not enough."""
    limit = Limits().max_bytes
    digest = hashlib.sha256()
    if is_postgres(hub_url):
        block = b"x" * (1024 * 1024)
        for _ in range(limit // len(block)):
            digest.update(block)
        digest.update(b"x" * (limit % len(block) + 1))
        data_sql = "convert_to(repeat('x', :n), 'SQL_ASCII')"
    else:
        block = bytes(1024 * 1024)
        for _ in range(limit // len(block)):
            digest.update(block)
        digest.update(bytes(limit % len(block) + 1))
        data_sql = "zeroblob(:n)"
    huge_sha = digest.hexdigest()
    raw.execute(text(f"INSERT INTO hub_files (sha256, extension, size, data) "
                     f"VALUES (:sha, '.txt', :n, {data_sql})"), {"sha": huge_sha, "n": limit + 1})
    good_sha = put_file(raw, b"A small honest file next to a huge one.")
    huge = put_asset(raw, "Huge", huge_sha)
    good = put_asset(raw, "Small", good_sha)
    set_catalog_version(raw, 2)
    raw.commit()

    report = run.sync(dana, hub_url)

    stored = sum(p.stat().st_size for p in (dana.path / "files").rglob("*") if p.is_file())
    assert stored < 10 * 1024 * 1024
    assert good in _assets(dana) and huge not in _assets(dana)
    assert [r.ref for r in report.refused] == [f"'Huge' ({huge})"]
    assert "MB" in report.refused[0].reason


def test_rogue_deals_and_events_are_refused_alone(hub_url: str, marketer: Library,
                                                  raw: Connection) -> None:
    """A marketer pulls the team's events and deals: the good ones arrive, the bad ones
    are named, and the next sync neither loops nor applies them."""
    with marketer.sessions() as session:
        asset_uuid = session.scalar(select(Asset.uuid).where(Asset.title.like("Invoxa%")))
    deal_sql = text("INSERT INTO hub_deals (deal_key, crm, external_id, name, account, amount,"
                    " stage, is_closed, is_won, close_date, kind, updated_at) VALUES "
                    "(:key, :crm, :ext, :name, 'Acme', :amount, 'Negotiation', :closed, false,"
                    " :close, 'New', :updated)")
    good_deal = {"key": "salesforce:006G", "crm": "salesforce", "ext": "006G",
                 "name": "Good deal", "amount": 1200.0, "closed": False, "close": None,
                 "updated": NOW}
    bad_deals: list[dict[str, object]] = [
        {"ext": "006A", "amount": float("inf")},
        {"ext": "006B", "name": "N" * 100_000},
        {"ext": "", "name": "No id"},
    ]
    if not is_postgres(hub_url):  # PostgreSQL's types keep these out
        bad_deals += [{"ext": "006C", "amount": "lots"}, {"ext": "006D", "close": "junk"},
                      {"ext": "006E", "closed": "yes"}, {"ext": "006F", "updated": "13:99"}]
    raw.execute(deal_sql, good_deal)
    for number, bad in enumerate(bad_deals):
        raw.execute(deal_sql, {**good_deal, "key": f"salesforce:bad{number}", **bad})
    event_sql = text("INSERT INTO hub_events (id, kind, device_id, user_name, asset_uuid, "
                     "deal_key, created_at, payload, pushed_at) VALUES (:id, :kind, 'dev', "
                     ":user, :asset, NULL, :created, :payload, :created)")

    def event(kind: str, payload: object, **fields: object) -> dict[str, object]:
        return {"id": str(uuid.uuid4()), "kind": kind, "user": "Dana", "asset": asset_uuid,
                "created": NOW, "payload": payload if isinstance(payload, str)
                else json.dumps(payload), **fields}

    good_event = event("rating", {"stars": 4, "helped": True, "comment": "Good call"})
    bad_events = [
        event("rating", "not json"),
        event("rating", {"stars": "five"}),
        event("rating", {"stars": 9}),
        event("rating", ["a", "list"]),
        event("usage", {"action": "rm -rf"}),
        event("search", {"text": "x", "filters": ["a"], "result_count": 1}),
        event("roi_run", {"inputs": {"in_x": "lots"}, "results": {}}),
        event("rating", {"stars": 3}, id="../../x"),
        event("rating", {"stars": 3}, user="U" * 100_000),
    ]
    if not is_postgres(hub_url):
        bad_events.append(event("rating", {"stars": 3}, created="last tuesday"))
    for row in [bad_events[0], good_event, *bad_events[1:]]:
        raw.execute(event_sql, row)
    raw.commit()

    report = run.sync(marketer, hub_url, role="marketer")

    assert report.offline == ""
    with marketer.sessions() as session:
        deals = {d.external_id: d.name for d in session.scalars(select(Deal))}
        ratings = list(session.scalars(select(RatingEvent)))
    assert deals == {"006G": "Good deal"}
    assert [(r.id, r.stars, r.comment) for r in ratings] == [(good_event["id"], 4,
                                                              "Good call")]
    assert report.events_added == 1
    kinds = [r.what for r in report.refused]
    assert (kinds.count("deal"), kinds.count("event")) == (len(bad_deals), len(bad_events))
    for row in bad_events:
        assert any(str(row["id"])[:36] in r.ref for r in report.refused if r.what == "event")
    out = io.StringIO()
    started = time.monotonic()
    assert sync_commands.sync(marketer, hub_url, "marketer", out) == sync_commands.EXIT_OK
    assert time.monotonic() - started < 60
    said = out.getvalue()
    assert f"{len(bad_deals)} deals from the hub were refused" in said, said
    assert "events from the hub were refused" not in said  # behind the cursor now
    with marketer.sessions() as session:
        assert session.scalar(select(func.count()).select_from(RatingEvent)) == 1
        assert session.scalar(select(func.count()).select_from(Deal)) == 1


def test_a_rogue_taxonomy_keeps_its_good_values_only(hub_url: str, dana: Library,
                                                     raw: Connection) -> None:
    document = json.loads(raw.execute(text("SELECT document FROM hub_taxonomy "
                                               "WHERE name = 'taxonomy'")).scalar_one())
    document["competitor"]["values"] += [
        {"key": "coupa", "label": "Coupa", "phrases": {"coupa": 3}},
        {"key": "../../x", "label": "Traversal"},
        {"key": "long", "label": "L" * 100_000},
        {"key": "heavy", "label": "Heavy", "phrases": {"heavy": "very"}},
        "not an object",
    ]
    document["kind"] = ["not", "an", "object"]
    document["no_such_field"] = {"values": [{"key": "x", "label": "X"}]}
    raw.execute(text("UPDATE hub_taxonomy SET version = 2, fingerprint = :f, document = :d "
                     "WHERE name = 'taxonomy'"),
                {"f": "0" * 64, "d": json.dumps(document)})
    set_catalog_version(raw, 2)
    raw.commit()

    report = run.sync(dana, hub_url)

    assert report.offline == "" and report.taxonomy
    with dana.sessions() as session:
        keys = set(session.scalars(select(FacetValue.key)
                                   .where(FacetValue.facet == "competitor")))
        kinds = set(session.scalars(select(FacetValue.key).where(FacetValue.facet == "kind")))
    assert "coupa" in keys and not keys & {"../../x", "long", "heavy"}
    assert "case_study" in kinds  # the field that came as junk kept its values
    assert len([r for r in report.refused if r.what == "taxonomy value"]) == 5
    # A document that is not JSON at all: refused whole, the sync goes on.
    raw.execute(text("UPDATE hub_taxonomy SET version = 3, document = '{{{' "
                     "WHERE name = 'taxonomy'"))
    set_catalog_version(raw, 3)
    raw.commit()
    again = run.sync(dana, hub_url)
    assert again.offline == "" and [r.what for r in again.refused] == ["taxonomy"]
    assert run.sync(dana, hub_url).refused == []


def test_the_store_builds_paths_only_from_a_hash_and_a_known_extension(
        tmp_path: Path) -> None:
    store = ContentStore(tmp_path / "files")
    sha = hashlib.sha256(b"x").hexdigest()
    assert store.path_for(sha, ".pdf") == tmp_path / "files" / sha[:2] / f"{sha}.pdf"
    for bad_sha, extension in [("../../../../evil", ".pdf"), (sha.upper(), ".pdf"),
                               (sha[:63], ".pdf"), (sha + "\n", ".pdf"),
                               (sha, "/../../../e.t"), (sha, ".exe"), (sha, ""),
                               (sha, ".pdf/../x")]:
        with pytest.raises(UserError, match="not"):
            store.path_for(bad_sha, extension)
        with pytest.raises(UserError):
            store.put_bytes(b"x", bad_sha, extension)
    assert not (tmp_path / "files").exists() or list((tmp_path / "files").rglob("*")) == []


@pytest.mark.parametrize("name", ["../../evil.txt", "/tmp/evil.txt", "..\\..\\evil.txt",
                                  "a\x00b.txt", "..", ".bashrc", "evil.desktop",
                                  "CON.txt", "inv\u202eoice.txt"])
def test_an_export_under_a_rogue_name_stays_in_its_folder(library: Library, tmp_path: Path,
                                                          name: str) -> None:
    """Defence in depth: a library synced by an older version may hold any name."""
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "Plain.txt").write_text("Plain text to export, long enough to import.",
                                      encoding="utf-8")
    library.import_paths([folder])
    with library.sessions.begin() as session:
        asset = session.scalars(select(Asset)).one()
        asset.source_name = name
        asset_id = asset.id
    target = tmp_path / "out" / "inner"
    sentinel = tmp_path / "out" / "evil.txt"
    target.parent.mkdir()
    sentinel.write_text("keep", encoding="utf-8")
    (result,) = export_assets(library, [asset_id], target)
    assert result.error == "" and result.target is not None
    assert result.target.parent == target
    assert [p.name for p in target.iterdir()] == [result.target.name]
    assert result.target.suffix == ".txt" and not result.target.name.startswith(".")
    assert "\x00" not in result.target.name and "\u202e" not in result.target.name
    assert result.target.stem.upper() != "CON"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["evil.txt", "inner"]
    assert sentinel.read_text(encoding="utf-8") == "keep"
