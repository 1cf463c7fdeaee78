"""Imported files kept inside the library, addressed by SHA-256.

The library is then self-contained offline, and the same bytes are stored once.
Writes go to a temporary name and are renamed into place (``store.atomic``), so a crash
never leaves a half-written file under a real address; a copy gets the mode any new file
gets (0666 less the umask). No fsync per file: it cost more than the rest of storing a
small file, and a file lost to a power cut is restored by importing again (its source
row is written in the same batch).

A path is only ever built from a SHA-256 (64 lowercase hex digits) and one of the
importer's own extensions, whatever asks: a name that came from elsewhere (a hub) can
never point outside ``root``.
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from enablement.errors import UserError
from enablement.formats import EXTENSIONS as SUPPORTED_EXTENSIONS
from enablement.store.atomic import write_atomically

PARTIAL_AGE_S = 3600.0  # a .part file this old is a crash's leftover, not a write under way
PARTIAL_PREFIX, PARTIAL_SUFFIX = ".", ".part"  # what remove_partials looks for


SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")


class BadAddress(UserError):
    """Not a content-store address: the record naming the file is damaged (or hostile)."""


def check_address(sha256: object, extension: object) -> None:
    """Raise ``BadAddress`` unless ``sha256`` and ``extension`` make a safe file name."""
    if not isinstance(sha256, str) or not SHA256_PATTERN.fullmatch(sha256):
        raise BadAddress(f"{str(sha256)[:80]!r} is not a SHA-256 (64 lowercase hex digits); "
                         "the library's record of this file is damaged: import it again.")
    if extension not in SUPPORTED_EXTENSIONS:
        raise BadAddress(f"{str(extension)[:80]!r} is not one of the library's file "
                         f"extensions ({', '.join(sorted(SUPPORTED_EXTENSIONS))}); the "
                         "library's record of this file is damaged: import it again.")


class ContentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str, extension: str) -> Path:
        """Where the file with these bytes lives; ``BadAddress`` for anything else."""
        check_address(sha256, extension)
        return self.root / sha256[:2] / f"{sha256}{extension}"

    def has(self, sha256: str, extension: str) -> bool:
        return self.path_for(sha256, extension).is_file()

    def put(self, source: Path, sha256: str, extension: str) -> Path:
        def copy(out: BinaryIO) -> None:
            with source.open("rb") as src:
                shutil.copyfileobj(src, out, 1024 * 1024)

        return self._store(sha256, extension, copy)

    def put_bytes(self, data: bytes, sha256: str, extension: str) -> Path:
        """Store bytes received from elsewhere (a hub), under the same rules as ``put``."""
        return self._store(sha256, extension, lambda out: out.write(data))

    def _store(self, sha256: str, extension: str, write: Callable[[BinaryIO], object]) -> Path:
        target = self.path_for(sha256, extension)
        if target.is_file():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        return write_atomically(target, write, prefix=PARTIAL_PREFIX, suffix=PARTIAL_SUFFIX)

    def remove_partials(self, older_than_s: float = PARTIAL_AGE_S) -> int:
        """Delete temporary files a crash left behind; returns how many.

        Only old ones: a ``.part`` file written in the last hour may belong to another
        process importing into the same library right now.
        """
        count = 0
        cutoff = time.time() - older_than_s
        for leftover in self.root.glob(f"*/*{PARTIAL_SUFFIX}"):
            try:
                if leftover.stat().st_mtime < cutoff:
                    leftover.unlink(missing_ok=True)
                    count += 1
            except OSError:  # removed meanwhile by whoever wrote it
                continue
        return count
