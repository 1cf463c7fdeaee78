"""Schema migrations: a library made by the first schema upgrades in place, losing nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from enablement.errors import LibraryTooNew
from enablement.library import Library
from enablement.store import migrate
from enablement.store.models import Base


def _first_schema_library(folder: Path) -> Path:
    """A library as the first release wrote it, with one asset, its tags and text."""
    folder.mkdir()
    db = folder / "library.db"
    migrate.upgrade(db, "0001")
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO files VALUES ('ab'||substr(hex(randomblob(31)),1,62), 10, "
                     "'.txt', '2026-01-01 00:00:00')")
        sha = conn.execute("SELECT sha256 FROM files").fetchone()[0]
        conn.execute(
            "INSERT INTO assets (id, uuid, title, title_origin, summary, summary_origin, sha256,"
            " format, source_path, source_name, pages, has_text, imported_at, updated_at) "
            "VALUES (7, 'u-7', 'Old battlecard', 'manual', 'From 2025', 'extracted', ?, 'txt',"
            " '/old/battlecard.txt', 'battlecard.txt', NULL, 1, '2025-05-01 10:00:00',"
            " '2025-05-01 10:00:00')", (sha,))
        conn.execute("INSERT INTO asset_texts VALUES (7, 'Invoxa loses on SOC 2 evidence.')")
        conn.execute("INSERT INTO asset_tags VALUES (7, 'objection', 'security', 'manual', 1.0)")
        conn.execute("INSERT INTO index_queue VALUES (7, 'in_progress', '2025-05-01 10:00:00')")
    return db


def test_head_revision_matches_the_files_on_disk() -> None:
    files = migrate.migration_files()
    assert files[-1].name.startswith(migrate.HEAD_REVISION)
    assert len(files) == len(migrate.KNOWN_REVISIONS)


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_models_match_the_migrated_schema(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    migrate.upgrade(db)
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert differences == []
    # Alembic cannot compare indexes on expressions: check those by their SQL.
    with sqlite3.connect(db) as conn:
        found = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                  "AND sql LIKE '%substr(created_at, 1, 7)%'").fetchall())
    expected = {index.name for table in Base.metadata.tables.values()
                for index in table.indexes
                if any("substr" in str(e) for e in index.expressions)}
    assert set(found) == expected == {
        "ix_rating_events_user_month", "ix_usage_events_user_month",
        "ix_search_events_user_month"}


def _one_asset(conn: sqlite3.Connection) -> None:
    """Asset 1 with its stored file, as the schema since 0002 holds it."""
    conn.execute("INSERT INTO files VALUES ('f', 1, '.txt', '2026-01-01')")
    conn.execute(
        "INSERT INTO assets (id, uuid, title, title_origin, summary, summary_origin, sha256,"
        " format, source_path, source_name, pages, has_text, imported_at, updated_at, notes)"
        " VALUES (1, 'u', 't', 'manual', '', 'extracted', 'f', 'txt', NULL, 't.txt', 1, 1,"
        " '2026-01-01', '2026-01-01', '')")


def test_search_opened_is_kept_by_the_database(tmp_path: Path) -> None:
    """Usage naming a search marks it opened, whoever writes the usage (a sync too)."""
    db = tmp_path / "library.db"
    migrate.upgrade(db)
    with sqlite3.connect(db) as conn:
        _one_asset(conn)
        for sid in ("s1", "s2", "s3"):
            conn.execute("INSERT INTO search_events (id, user_name, text, filters, sort, "
                         "result_count, created_at) VALUES (?, 'Dana', 'x', '{}', "
                         "'relevance', 3, '2026-01-02')", (sid,))
        for uid, action, sid in (("u1", "previewed", "s1"), ("u2", "opened", "s1"),
                                 ("u3", "used_on_call", "s2"), ("u4", "opened", None)):
            conn.execute("INSERT INTO usage_events (id, asset_id, user_name, action, deal_id, "
                         "created_at, search_id) VALUES (?, 1, 'Dana', ?, NULL, "
                         "'2026-01-02', ?)", (uid, action, sid))
        opened = dict(conn.execute("SELECT id, opened FROM search_events").fetchall())
    # "Used on a call" is said later, not a click on the result.
    assert opened == {"s1": 1, "s2": 0, "s3": 0}


ACTIVITY = ("SELECT user_name, day, searches, zero_results, unclicked, views, uses, calls, "
            "ratings, stars, last_at FROM activity_days ORDER BY user_name, day")


def _insert_events(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    for table, values in rows:
        if table == "search":
            conn.execute("INSERT INTO search_events (id, user_name, text, filters, sort, "
                         "result_count, created_at, query_key) VALUES (?, ?, 'x', '{}', "
                         "'relevance', ?, ?, 'x')", values)
        elif table == "usage":
            conn.execute("INSERT INTO usage_events (id, asset_id, user_name, action, "
                         "created_at, search_id) VALUES (?, 1, ?, ?, ?, ?)", values)
        else:
            conn.execute("INSERT INTO rating_events (id, asset_id, user_name, stars, "
                         "created_at) VALUES (?, 1, ?, ?, ?)", values)


def test_daily_activity_is_backfilled_then_kept_by_the_database(tmp_path: Path) -> None:
    """Insights read activity_days instead of every event: it must always agree."""
    db = tmp_path / "library.db"
    migrate.upgrade(db, "0007")
    with sqlite3.connect(db) as conn:
        _one_asset(conn)
        _insert_events(conn, [
            ("search", ("s1", "Dana", 3, "2026-03-02 09:00:00")),
            ("search", ("s2", "Dana", 0, "2026-03-02 10:00:00")),
            ("usage", ("u1", "Dana", "opened", "2026-03-02 09:01:00", "s1")),
            ("rating", ("r1", "Dana", 4, "2026-03-02 11:00:00")),
            ("usage", ("u2", "Lee", "previewed", "2026-03-03 08:00:00", None)),
        ])
    migrate.upgrade(db)
    with sqlite3.connect(db) as conn:
        # s1 found something and was opened: not "unclicked"; s2 found nothing.
        assert conn.execute(ACTIVITY).fetchall() == [
            ("Dana", "2026-03-02", 2, 1, 0, 0, 1, 0, 1, 4, "2026-03-02 10:00:00"),
            ("Lee", "2026-03-03", 0, 0, 0, 1, 0, 0, 0, 0, "2026-03-03 08:00:00"),
        ]
        _insert_events(conn, [
            ("search", ("s3", "Lee", 5, "2026-03-03 09:00:00")),
            ("usage", ("u3", "Lee", "used_on_call", "2026-03-03 09:30:00", "s3")),
            ("rating", ("r2", "Lee", 2, "2026-03-03 10:00:00")),
        ])
        # s3 found 5 and only "used on a call" followed: still unclicked.
        assert conn.execute(ACTIVITY).fetchall()[1] == (
            "Lee", "2026-03-03", 1, 0, 1, 1, 1, 1, 1, 2, "2026-03-03 09:30:00")
        # An open from s3 (logged later, the trigger sets opened) takes it off unclicked.
        _insert_events(conn, [("usage", ("u4", "Lee", "opened", "2026-03-03 09:40:00", "s3"))])
        assert conn.execute(ACTIVITY).fetchall()[1][2:5] == (1, 0, 0)
        # Deleting events (an asset removed with its history) takes them out again; s3
        # itself stays opened, as search_events says.
        conn.execute("DELETE FROM rating_events WHERE id = 'r2'")
        conn.execute("DELETE FROM usage_events WHERE id IN ('u3', 'u4')")
        assert conn.execute(ACTIVITY).fetchall()[1][2:10] == (1, 0, 0, 1, 0, 0, 0, 0)
        assert conn.execute("SELECT opened FROM search_events WHERE id = 's3'").fetchone() \
            == (1,)


def test_first_schema_library_upgrades_and_loses_nothing(tmp_path: Path) -> None:
    db = _first_schema_library(tmp_path / "old")
    with Library.open(tmp_path / "old") as library:
        assert migrate.current_revision(db) == migrate.HEAD_REVISION
        with sqlite3.connect(db) as conn:
            row = conn.execute(
                "SELECT title, title_origin, summary, expires_on, notes FROM assets WHERE id=7"
            ).fetchone()
            assert row == ("Old battlecard", "manual", "From 2025", None, "")
            assert conn.execute("SELECT body FROM asset_texts").fetchone() == (
                "Invoxa loses on SOC 2 evidence.",)
            assert conn.execute("SELECT facet, value_key, origin FROM asset_tags").fetchall() == [
                ("objection", "security", "manual")]
        # The index entry left in progress by the old app is retried and the asset found.
        library.drain_index()
        hits = library.searcher.search(__import__("index").SearchQuery(text="SOC 2"))
        assert [h.asset_id for h in hits.hits] == [7]
    backups = list((tmp_path / "old" / "backups").glob("library-schema0001-*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT title FROM assets").fetchone() == ("Old battlecard",)


def test_a_newer_library_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    db = folder / "library.db"
    migrate.upgrade(db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    before = db.read_bytes()
    with pytest.raises(LibraryTooNew, match="newer version"):
        Library.open(folder)
    assert db.read_bytes() == before


def test_database_uses_wal(library: Library) -> None:
    with sqlite3.connect(library.db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
