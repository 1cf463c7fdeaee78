"""A real, tiny file system for "the disk is full" tests: a tmpfs of a few hundred KB.

Mounting needs root (as in CI) or an unprivileged user namespace; without either the
test is skipped with a message saying so, unless ``ENABLEMENT_REQUIRE_SMALL_DISK`` is
set (CI sets it), which turns the skip into a failure.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("ENABLEMENT_REQUIRE_SMALL_DISK"):
        pytest.fail(reason)
    pytest.skip(reason)


@contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    """``folder`` as a fresh tmpfs of ``size_kb`` KB for the duration of the block."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        _skip_or_fail("a full-disk test needs root to mount a small tmpfs")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs",
                           str(folder)], capture_output=True, text=True)
    if done.returncode != 0:
        _skip_or_fail(f"could not mount a small tmpfs: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave_bytes: int = 0) -> None:
    """Take every free byte of ``folder``'s file system but ``leave_bytes``."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize - leave_bytes
    with open(folder / "filler.bin", "wb") as filler:
        block = b"\0" * 65536
        while free > 0:
            try:
                filler.write(block[:min(len(block), free)])
                filler.flush()
            except OSError:
                break
            free -= len(block)


def closed_cleanly(library: Path) -> None:
    """Leave ``library``'s database as a laptop leaves it when the app quits: everything
    in the main file, no WAL files (so even reading it needs room to make them again).
    A copy of a library in use may carry the WAL files along; its frames are moved
    into the main file first, so nothing is lost by removing them."""
    import sqlite3

    connection = sqlite3.connect(library / "library.db")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    for leftover in library.glob("library.db-*"):
        leftover.unlink()
