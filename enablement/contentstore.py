"""Imported files kept inside the library, addressed by SHA-256.

The library is then self-contained offline, and the same bytes are stored once.
Writes go to a temporary name and are renamed into place, so a crash never leaves a
half-written file under a real address. No fsync per file: it cost more than the rest
of storing a small file, and a file lost to a power cut is restored by importing again
(its source row is written in the same batch).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


class ContentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str, extension: str) -> Path:
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
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                write(out)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return target

    def remove_partials(self) -> int:
        """Delete temporary files left by a crash; returns how many."""
        count = 0
        for leftover in self.root.glob("*/*.part"):
            leftover.unlink(missing_ok=True)
            count += 1
        return count
