"""Telling a full disk from other failures, so the person hears which disk to free.

The content store says so as OSError ENOSPC (or EDQUOT, a quota); SQLite as
SQLITE_FULL, "database or disk is full", wrapped by SQLAlchemy; Whoosh as the OSError
of the file it was writing. SQLite can also meet a full disk in its WAL index and say
only "disk I/O error": that counts when the disk holding the library has next to
nothing free.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from enablement.errors import UserError
from enablement.text import path_text

NEARLY_FULL_BYTES = 256 * 1024  # "disk I/O error" with less free than this: the disk is full


class DiskFull(UserError):
    """Nothing can be written: the disk holding the library is full."""


def is_disk_full(exc: BaseException, library_folder: Path | None = None) -> bool:
    """Whether ``exc``, or anything that led to it, says the disk is full."""
    for cause in causes(exc):
        if isinstance(cause, DiskFull):
            return True
        if isinstance(cause, OSError) and cause.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(cause, sqlite3.Error):
            code = (getattr(cause, "sqlite_errorcode", None) or 0) & 0xFF
            if code == sqlite3.SQLITE_FULL or "disk is full" in str(cause):
                return True
            io_error = code == sqlite3.SQLITE_IOERR or "disk I/O error" in str(cause)
            if io_error and library_folder is not None:
                return _free_bytes(library_folder) < NEARLY_FULL_BYTES
    return False


def full_disk_message(library_folder: Path) -> str:
    return (f"the disk holding the library ({path_text(library_folder)}) is full; free some "
            "space and try again")


def causes(exc: BaseException) -> Iterable[BaseException]:
    """``exc`` and what caused it: ``__cause__``, ``__context__``, a driver's ``orig``."""
    seen: set[int] = set()
    stack: list[object] = [exc]
    while stack:
        cause = stack.pop()
        if not isinstance(cause, BaseException) or id(cause) in seen:
            continue
        seen.add(id(cause))
        yield cause
        stack.extend((cause.__cause__, cause.__context__, getattr(cause, "orig", None)))


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 1 << 62  # unknown: do not guess that it is full
