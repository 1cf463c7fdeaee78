"""The library folder shared by several processes: nothing one opens undoes another's work."""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

import pytest

from enablement.library import Library


def test_opening_keeps_another_process_s_file_being_written(tmp_path: Path) -> None:
    """A second process opening the library must not delete an import's file in flight;
    only leftovers old enough to be a crash's are cleared."""
    folder = tmp_path / "library"
    Library.open(folder).close()
    shelf = folder / "files" / "ab"
    shelf.mkdir(parents=True)
    in_flight = shelf / "tmp1234.part"
    in_flight.write_bytes(b"half of a file")
    crashed = shelf / "tmp9999.part"
    crashed.write_bytes(b"left by a crash")
    two_hours_ago = time.time() - 7200
    os.utime(crashed, (two_hours_ago, two_hours_ago))

    Library.open(folder).close()

    assert in_flight.exists()
    assert not crashed.exists()


def test_the_taxonomy_read_while_another_thread_drops_it_is_still_returned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window read the library's facts on one thread while an import's write, on
    another, said the taxonomy changed: the reader got None and the window raised
    "'NoneType' object has no attribute 'facet'"."""
    with Library.open(tmp_path / "library") as library:
        sessions = library.sessions

        @contextlib.contextmanager
        def a_write_lands_as_the_read_ends():  # noqa: ANN202
            with sessions() as session:
                yield session
            library.taxonomy_changed()  # the other thread, just after the read

        monkeypatch.setattr(library, "sessions", a_write_lands_as_the_read_ends)
        taxonomy = library.taxonomy()
        monkeypatch.undo()
        assert taxonomy is not None and taxonomy.facet("stage") is not None
