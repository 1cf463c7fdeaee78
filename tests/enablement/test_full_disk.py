"""A full disk under the library: reading goes on, writing says so plainly, nothing is
lost or left behind. (The import's own full-disk rows are in test_import_hostile.py.)"""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from enablement.library import Library
from enablement.store.index_queue import queue_for_index
from enablement.store.models import RatingEvent
from tests.commands import run_main
from tests.smalldisk import closed_cleanly, fill, small_disk

USER = "Dana Reyes"


def index_files(library: Path) -> set[str]:
    return {p.name for p in (library / "index").rglob("*") if p.is_file()}


def test_reading_works_and_writing_says_the_disk_is_full(demo_template: Path,
                                                         tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 24 * 1024) as disk:
        library = disk / "lib"
        shutil.copytree(demo_template, library)
        with Library.open(library) as opened, opened.sessions.begin() as session:
            queue_for_index(session, [1, 2, 3])  # edits the index has yet to take
        # Closed as a laptop leaves it: SQLite's WAL files gone, so even reading the
        # library would need room to make its WAL index again.
        closed_cleanly(library)
        before = index_files(library)
        fill(disk)

        info = run_main("info", library=library, user=USER)
        assert info.returncode == 0, info.stderr
        found = run_main("search", "security", library=library, user=USER)
        assert found.returncode == 0, found.stderr
        assert " results for " in found.stdout.splitlines()[0]

        rated = run_main("rate", "Invoxa battlecard", "4", library=library, user=USER)
        assert rated.returncode == 2, (rated.returncode, rated.stderr)
        assert f"the disk holding the library ({library}) is full" in rated.stderr
        assert "something went wrong" not in rated.stderr + found.stderr + info.stderr
        tagged = run_main("tag", "Invoxa battlecard", "--industry", "Retail", library=library,
                          user=USER)
        assert tagged.returncode == 2 and "is full" in tagged.stderr, tagged.stderr
        # Index writes that failed left no stray segment files behind.
        assert index_files(library) - before <= {"MAIN_WRITELOCK"}

        (disk / "filler.bin").unlink()
        rated = run_main("rate", "Invoxa battlecard", "4", library=library, user=USER)
        assert rated.returncode == 0, rated.stderr
        stored = sorted(p.name for p in library.glob("library.db*"))
        with Library.open(library) as opened:
            assert opened.sessions.refuse_writes is None, stored  # room again: writable
            with opened.sessions() as session:
                count = session.scalar(select(func.count()).select_from(RatingEvent))
            assert count == 1, (stored, rated.stdout, rated.stderr)
            assert opened.drain_index() >= 3  # the queued edits reach the index now


def test_an_older_library_opens_to_read_on_a_full_disk(demo_template: Path,
                                                        tmp_path: Path) -> None:
    """Opening a library made by an older version writes the taxonomy's new defaults;
    on a full disk that waits, and the library is still searched."""
    from enablement.store.models import FacetValue

    with small_disk(tmp_path / "disk", 24 * 1024) as disk:
        library = disk / "lib"
        shutil.copytree(demo_template, library)
        with Library.open(library) as opened, opened.sessions.begin() as session:
            # As an older version left it: without the CFO persona.
            value = session.scalar(select(FacetValue).where(
                FacetValue.facet == "persona", FacetValue.key == "cfo"))
            assert value is not None
            session.delete(value)  # its phrases with it
        # Another process has the library open (so its WAL files are there and reading
        # needs no room); the disk then fills.
        import sqlite3

        holder = sqlite3.connect(library / "library.db")
        holder.execute("SELECT count(*) FROM assets").fetchone()
        try:
            fill(disk)
            found = run_main("search", "security", library=library, user=USER)
            assert found.returncode == 0, found.stderr
            assert " results for " in found.stdout.splitlines()[0]
        finally:
            holder.close()
        (disk / "filler.bin").unlink()
        with Library.open(library) as opened:  # room again: brought up to date
            assert opened.sessions.refuse_writes is None
            assert "cfo" in {v.key for v in opened.taxonomy().facet("persona").values}
