"""The SQLite engine of a library: WAL, foreign keys, a generous busy timeout, and
writers that take the write lock when they begin.

Several processes use one library at once (the window, an import from the command
line, a script searching). SQLite's busy timeout makes a writer wait for another's
lock, but not a transaction that began as a reader and then tries to write: its
snapshot may be stale, so SQLite fails it at once with "database is locked". So every
``sessions.begin()`` (the form every write uses) starts with ``BEGIN IMMEDIATE`` and
waits its turn up front, while plain ``sessions()`` (reads) start deferred and never
block anyone, WAL letting them read beside a writer.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_S = 60  # the longest another process's write (an import batch) holds the lock
BEGIN_OPTION = "enablement_begin"


def make_engine(db_path: Path, read_only: bool = False) -> Engine:
    """The library's engine; ``read_only`` opens the file as it is on disk, for a disk
    too full for SQLite's WAL index (opening a WAL database for reading creates one)."""
    if read_only:
        uri = f"{db_path.resolve().as_uri()}?mode=ro&immutable=1"
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(
            uri, uri=True, check_same_thread=False))
        event.listen(engine, "connect", lambda connection, _record: setattr(
            connection, "isolation_level", None))
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        return engine
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API types
        # pysqlite would emit its own deferred BEGIN before the first write; the
        # "begin" hook below says which BEGIN instead (SQLAlchemy's documented recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.execute("PRAGMA mmap_size=268435456")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


class LibrarySessions(sessionmaker[Session]):
    """``sessions()`` for reading; ``sessions.begin()`` for a unit of work that writes."""

    def __init__(self, engine: Engine, refuse_writes: Exception | None = None) -> None:
        super().__init__(engine, expire_on_commit=False)
        self.writer_engine = engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
        self.refuse_writes = refuse_writes  # why nothing can be written, when so

    def begin(self) -> contextlib.AbstractContextManager[Session]:
        if self.refuse_writes is not None:
            raise self.refuse_writes
        return self(bind=self.writer_engine)._maker_context_manager()


def make_session_factory(engine: Engine, refuse_writes: Exception | None = None
                         ) -> LibrarySessions:
    return LibrarySessions(engine, refuse_writes)
