"""Copy selected assets out of the library under their own names, e.g. to attach to mail.

Each file is copied to a hidden temporary name in the target folder and only then given
its real name (``store.atomic``), so a half-copied file never appears under a name a
person would open, and the copy has the mode any new file gets (colleagues can open it
in a shared folder). A name already taken gets " (2)", " (3)", ...: nothing in the
folder is ever overwritten.
One asset failing (stored copy missing, no permission, disk full) is reported in its
result and the others go on. Cancelling stops between files and keeps those finished.

A file's original name may have come from a hub, so it is never trusted as a path:
``safe_file_name`` keeps only a plain name that every system accepts and that ends in the
stored file's own extension, and ``contained`` checks the resolved result is in the
target folder. The window's Open copy uses both too.
"""

from __future__ import annotations

import logging
import re
import shutil
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import select

from enablement import formats
from enablement.errors import Cancelled, UserError
from enablement.paths import ensure_folder
from enablement.store.atomic import staged
from enablement.store.models import Asset, StoredFile

if TYPE_CHECKING:
    from enablement.library import Library

log = logging.getLogger(__name__)

TEMP_PREFIX, TEMP_SUFFIX = ".enablement-export-", ".partial"
COPY_CHUNK = 1024 * 1024
# Characters and names Windows will not create (a copy may be mailed to one), and
# direction controls that make "txt.exe" read as "exe.txt".
NOT_IN_NAMES = re.compile(r'[<>:"|?*]')
DIRECTION_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                               "\u2066\u2067\u2068\u2069")
RESERVED_NAMES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                            *(f"LPT{n}" for n in range(1, 10))})


@dataclass(frozen=True)
class ExportResult:
    """Where one asset went (``target``), or why it did not (``error``, fit to show)."""

    asset_id: int
    target: Path | None
    error: str = ""

    def to_json(self) -> dict[str, object]:
        return {"asset_id": self.asset_id, "target": str(self.target) if self.target else None,
                "error": self.error or None}


@dataclass(frozen=True)
class _Source:
    path: Path
    name: str


def free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2).ext``, ``name (3).ext``, ... if that is taken."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while target.exists() or target.is_symlink():
        target = folder / f"{stem} ({number}){suffix}"
        number += 1
    return target


def safe_file_name(source_name: str, extension: str, fallback: str) -> str:
    """A name to create a user-visible copy under, from an untrusted original name.

    Only its last part (no folders; '..' and '.' are no names), without control or
    direction characters, without a leading dot (hidden, or a shell's start-up file),
    with none of the characters or device names Windows refuses, and ending in the
    stored file's ``extension``, so the system opens the copy as what it is ("x.desktop"
    becomes "x.desktop.pdf"). Length is left to the file system, which says so.
    """
    name = str(source_name).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch) != "Cc"
                   and ch not in DIRECTION_CONTROLS)
    name = NOT_IN_NAMES.sub("_", name).strip().lstrip(".").rstrip(". ").strip()
    if not name:
        return fallback
    if name.split(".")[0].strip().upper() in RESERVED_NAMES:
        name = f"_{name}"
    named = formats.for_extension(Path(name).suffix)
    if named is None or named.key != extension.lstrip(".").lower():
        name += extension
    return name


def contained(folder: Path, name: str) -> Path:
    """``folder / name``, checked to be a file directly in ``folder`` once resolved (no
    folders in ``name``, no link at that name leading elsewhere)."""
    target = folder / name
    if Path(name).name != name or target.resolve().parent != folder.resolve():
        raise UserError(f"Refused to write {name!r}: it would not land in {folder}.")
    return target


def _export_name(source_name: str, asset_id: int, extension: str) -> str:
    """The original file name, made safe (``safe_file_name``)."""
    return safe_file_name(source_name, extension, f"asset {asset_id}{extension}")


def _sources(library: Library, asset_ids: Sequence[int]) -> dict[int, _Source]:
    with library.sessions() as session:
        rows = session.execute(
            select(Asset.id, Asset.sha256, Asset.source_name, StoredFile.extension)
            .join(StoredFile, StoredFile.sha256 == Asset.sha256)
            .where(Asset.id.in_(set(asset_ids)))
        ).all()
    sources: dict[int, _Source] = {}
    for asset_id, sha256, source_name, extension in rows:
        extension = "." + extension.lstrip(".")
        sources[asset_id] = _Source(library.content.path_for(sha256, extension),
                                    _export_name(source_name, asset_id, extension))
    return sources


def _copy(source: _Source, folder: Path) -> Path:
    """Copy ``source`` into ``folder`` under a free name (``free_name``), never replacing a
    file that is there, not even one created while the copy was being written."""
    def copy(out: BinaryIO) -> None:
        with source.path.open("rb") as src:
            shutil.copyfileobj(src, out, COPY_CHUNK)

    with staged(folder, copy, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX) as copied:
        while True:
            target = contained(folder, free_name(folder, source.name).name)
            try:
                return copied.place(target)
            except FileExistsError:  # taken since free_name looked: try the next number
                continue


def export_assets(
    library: Library,
    asset_ids: Sequence[int],
    folder: Path,
    cancel: threading.Event | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[ExportResult]:
    """Copy each asset's stored file into ``folder`` (created if needed), in the given order.

    Raises UserError when the folder cannot be used at all, Cancelled when ``cancel`` is
    set (between files; finished copies stay). ``on_progress(done, total)`` after each.
    """
    folder = ensure_folder(folder, "folder", "choose a folder to export to")
    sources = _sources(library, asset_ids)
    results: list[ExportResult] = []
    total = len(asset_ids)
    for done, asset_id in enumerate(asset_ids, 1):
        if cancel is not None and cancel.is_set():
            raise Cancelled
        results.append(_export_one(asset_id, sources.get(asset_id), folder))
        if on_progress is not None:
            on_progress(done, total)
    return results


def _export_one(asset_id: int, source: _Source | None, folder: Path) -> ExportResult:
    if source is None:
        return ExportResult(asset_id, None,
                            f"Asset {asset_id} is no longer in the library; search again.")
    if not source.path.is_file():
        return ExportResult(asset_id, None,
                            f"The stored copy of {source.name} is missing from the library "
                            "folder; import the file again.")
    try:
        return ExportResult(asset_id, _copy(source, folder))
    except UserError as exc:  # a name that would land elsewhere: this one fails alone
        return ExportResult(asset_id, None, str(exc))
    except OSError as exc:
        log.warning("Export of asset %s to %s failed: %s", asset_id, folder, exc)
        return ExportResult(asset_id, None, f"{source.name} could not be copied to {folder}: "
                                            f"{exc.strerror or exc}.")
