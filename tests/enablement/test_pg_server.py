"""The PostgreSQL the hub tests use is a real server, on loopback, one database per test."""

from __future__ import annotations

from sqlalchemy import create_engine, text


def test_a_real_postgresql_on_loopback_with_a_database_per_test(pg_url: str,
                                                                pg_server_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            assert "PostgreSQL" in conn.execute(text("SELECT version()")).scalar_one()
            assert conn.execute(text("SHOW listen_addresses")).scalar_one() == "127.0.0.1"
            conn.execute(text("CREATE TABLE t (id TEXT PRIMARY KEY)"))
            for _ in range(2):
                conn.execute(text("INSERT INTO t VALUES ('a') ON CONFLICT DO NOTHING"))
            assert conn.execute(text("SELECT COUNT(*) FROM t")).scalar_one() == 1
    finally:
        engine.dispose()
    other = create_engine(pg_server_url)
    try:
        with other.connect() as conn:
            assert conn.execute(text("SELECT to_regclass('t')")).scalar_one() is None
    finally:
        other.dispose()
