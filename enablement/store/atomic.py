"""Write a file so that its name only ever shows a whole file: the old one or the new one.

The bytes go to a hidden temporary file in the target's own folder (one file system, so
the rename is atomic), which then takes the target's name. Any failure on the way, a full
disk or Ctrl+C included, removes the temporary file and leaves the target as it was.

The temporary file is created as ``open(path, "w")`` creates any file: 0666 less the
umask. Not ``tempfile.mkstemp``, whose 0600 would make a summary saved to a shared folder
unreadable to a colleague. It is created exclusively, so a name already there (a link
planted to lead elsewhere included) is skipped, never written through.

No fsync: every caller can write its file again (the content store documents why).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_PREFIX, TEMP_SUFFIX = ".enablement-", ".part"
NAME_ATTEMPTS = 100  # random names tried before giving up; one is all it ever takes

Writer = Callable[[BinaryIO], object]


class StagedFile:
    """A finished temporary file waiting for its name; ``staged`` removes it if it gets none."""

    def __init__(self, temporary: Path) -> None:
        self.temporary = temporary
        self.named = False

    def replace(self, target: Path) -> Path:
        """Rename it to ``target``, replacing whatever file is there."""
        os.replace(self.temporary, target)
        self.named = True
        return target

    def place(self, target: Path) -> Path:
        """Give it ``target`` only if no file has that name, else ``FileExistsError``.

        A hard link fails if the name exists, so a file created there meanwhile is safe;
        folders that cannot hold links (FAT USB sticks, some shares) fall back to
        check-then-rename.
        """
        try:
            os.link(self.temporary, target)
        except FileExistsError:
            raise
        except OSError:
            if os.path.lexists(target):
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST),
                                      str(target)) from None
            return self.replace(target)
        self.named = True
        self.discard()
        return target

    def discard(self) -> None:
        """Remove the temporary file (it is not needed once linked to its name)."""
        with contextlib.suppress(OSError):
            self.temporary.unlink(missing_ok=True)


@contextlib.contextmanager
def staged(folder: Path, write: Writer, *, prefix: str = TEMP_PREFIX,
           suffix: str = TEMP_SUFFIX) -> Iterator[StagedFile]:
    """A temporary file in ``folder`` holding what ``write`` wrote, to be named inside the
    block (``replace`` or ``place``); removed on leaving the block if it was not.

    For callers that write several files before naming any (a report's CSV tables), or
    that choose the name only once the bytes are safe (an export's free name).
    """
    temporary, stream = _create(Path(folder), prefix, suffix)
    finished = StagedFile(temporary)
    try:
        with stream:
            write(stream)
        yield finished
    finally:
        if not finished.named:
            finished.discard()


def write_atomically(target: Path, write: Writer, replace: bool = True, *,
                     prefix: str = TEMP_PREFIX, suffix: str = TEMP_SUFFIX) -> Path:
    """Write ``target`` whole or not at all: ``write`` fills a temporary file beside it.

    ``replace=False`` never overwrites: ``FileExistsError`` if ``target`` exists, which
    then stays as it was. The folder must exist. Returns ``target``.
    """
    target = Path(target)
    with staged(target.parent, write, prefix=prefix, suffix=suffix) as finished:
        return finished.replace(target) if replace else finished.place(target)


def _create(folder: Path, prefix: str, suffix: str) -> tuple[Path, BinaryIO]:
    """A new file under a random name, open for writing, with the mode any new file gets."""
    for _attempt in range(NAME_ATTEMPTS):
        temporary = folder / f"{prefix}{secrets.token_hex(8)}{suffix}"
        try:
            return temporary, temporary.open("xb")
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, f"No free temporary name after {NAME_ATTEMPTS} tries",
                          str(folder))
