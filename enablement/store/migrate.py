"""Bring a library database to the current schema, safely.

Each step runs in its own transaction; the file is copied aside before any step runs;
a database written by a newer version of the app is refused rather than damaged.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from filelock import FileLock

from enablement.errors import LibraryTooNew

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# The newest step this code knows; keep in step with migrations/versions/.
HEAD_REVISION = "0011"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007",
                   "0008", "0009", "0010", "0011")


def current_revision(db_path: Path) -> str | None:
    """The schema revision stored in the file, or None for a new or empty file."""
    if not db_path.exists():
        return None
    with sqlite3.connect(db_path) as conn:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def upgrade(db_path: Path, target: str = "head") -> bool:
    """Migrate ``db_path`` up to ``target``; returns True when any step ran.

    Alembic is imported only when a step is due, so an up-to-date library opens fast.
    """
    revision = current_revision(db_path)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise LibraryTooNew(
            f"The library at {db_path.parent} was written by a newer version of Enablement "
            f"(schema {revision}); update the app to open it."
        )
    wanted = HEAD_REVISION if target == "head" else target
    if revision == wanted:
        return False
    # Two processes opening an old library at once: one migrates, the other waits and
    # then finds nothing left to do.
    with FileLock(str(db_path.with_name(db_path.name + ".migrate.lock"))):
        revision = current_revision(db_path)
        if revision == wanted:
            return False
        _migrate(db_path, revision, target, wanted)
    return True


def _migrate(db_path: Path, revision: str | None, target: str, wanted: str) -> None:
    if revision is not None:
        _back_up(db_path, revision)

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    finally:
        engine.dispose()
    log.info("Library schema at %s upgraded from %s to %s", db_path, revision, wanted)


def _back_up(db_path: Path, revision: str) -> Path:
    """Copy the database aside with SQLite's online backup (safe with WAL)."""
    backups = db_path.parent / "backups"
    backups.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"{db_path.stem}-schema{revision}-{stamp}.db"
    # Into a temporary name first: a backup cut short never looks like a whole one.
    partial = target.with_name(f".{target.name}.part")
    with closing(sqlite3.connect(db_path)) as source, \
            closing(sqlite3.connect(partial)) as copy:
        source.backup(copy)
    os.replace(partial, target)
    log.info("Backed up %s to %s before migrating", db_path, target)
    return target


def migration_files() -> list[Path]:
    """The step files on disk, for a test that HEAD_REVISION matches them."""
    return sorted((MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


__all__ = ["HEAD_REVISION", "current_revision", "migration_files", "upgrade"]
