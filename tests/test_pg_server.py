"""The PostgreSQL the hub tests use is a real server, on loopback, one database per test."""

from __future__ import annotations

import os
import socket
import uuid

import pytest
from sqlalchemy import create_engine, text

from tests.pg_server import URL_ENV, PgServer, drop_database, fresh_database

OWN_SERVER = pytest.mark.skipif(bool(os.environ.get(URL_ENV)),
                                reason=f"{URL_ENV} points at a server we did not start")


def scalar(url: str, sql: str):
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar_one()
    finally:
        engine.dispose()


def test_it_is_a_real_postgresql(pg_url: str) -> None:
    assert "PostgreSQL" in scalar(pg_url, "SELECT version()")
    assert scalar(pg_url, "SELECT current_database()") == pg_url.rsplit("/", 1)[1]


def test_insert_on_conflict_do_nothing_twice_leaves_one_row(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER)"))
        for n in (1, 2):
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO t VALUES ('a', :n) ON CONFLICT DO NOTHING"),
                             {"n": n})
        with engine.connect() as conn:
            assert conn.execute(text("SELECT id, n FROM t")).all() == [("a", 1)]
    finally:
        engine.dispose()


def test_each_database_starts_empty_and_apart(pg_url: str, pg_server_url: str) -> None:
    name = f"hub_{uuid.uuid4().hex[:10]}"
    other = fresh_database(pg_server_url, name)
    try:
        assert other != pg_url
        engine = create_engine(pg_url)
        try:
            with engine.begin() as conn:
                conn.execute(text("CREATE TABLE only_here (id INTEGER)"))
        finally:
            engine.dispose()
        assert scalar(pg_url, "SELECT to_regclass('only_here') IS NOT NULL") is True
        assert scalar(other, "SELECT to_regclass('only_here') IS NULL") is True
        assert scalar(other, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'") == 0
    finally:
        drop_database(pg_server_url, name)


@OWN_SERVER
def test_our_server_listens_on_loopback_only_without_durability(pg_url: str) -> None:
    assert scalar(pg_url, "SHOW listen_addresses") == "127.0.0.1"
    assert pg_url.startswith("postgresql+psycopg://")
    assert "@127.0.0.1:" in pg_url
    for setting in ("fsync", "synchronous_commit", "full_page_writes"):
        assert scalar(pg_url, f"SHOW {setting}") == "off"


@OWN_SERVER
def test_a_server_stops_cleanly_and_stopping_twice_is_harmless(pg_server_url: str) -> None:
    with PgServer() as server:
        folder, port = server.folder, server.port
        assert folder is not None and folder.is_dir()
        assert scalar(server.url, "SELECT 1") == 1
        server.stop()
        assert not folder.exists()
        with socket.socket() as probe:
            assert probe.connect_ex(("127.0.0.1", port)) != 0  # nobody listens any more
    server.stop()  # and again, as atexit would
