"""The library folder shared by several processes: nothing one opens undoes another's work."""

from __future__ import annotations

import os
import time
from pathlib import Path

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
