"""Copies of assets for the system's own application to open.

The copy carries the original file name, so the application shows a real name, and an
edit made there can never reach the library's content-addressed store. The name may have
come from a hub: only a safe plain name ending in the stored file's own extension is used,
in this user's own private folder.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from enablement.catalog.assets import stored_path
from enablement.catalog.export import contained, safe_file_name
from enablement.store.atomic import write_atomically
from enablement.store.models import Asset

if TYPE_CHECKING:
    from enablement.library import Library


def open_copies_folder() -> Path:
    """This user's own folder for copies to open, in the temporary folder: created
    private (0700), and used only when it is a real folder this user owns, so another
    user of the machine cannot have made it first (or a link in its place)."""
    folder = Path(tempfile.gettempdir()) / f"enablement-open-{_user_key()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = os.lstat(folder)
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    if not stat.S_ISDIR(info.st_mode) or not mine:
        return Path(tempfile.mkdtemp(prefix="enablement-open-"))  # a fresh private one
    return folder


def _user_key() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return "".join(ch for ch in getpass.getuser() if ch.isalnum()) or "user"


def copy_for_opening(library: Library, asset_id: int) -> Path:
    source = stored_path(library, asset_id)
    with library.sessions() as session:
        asset = session.get(Asset, asset_id)
        name = asset.source_name if asset is not None else source.name
    folder = open_copies_folder() / str(asset_id)
    folder.mkdir(exist_ok=True)
    safe = safe_file_name(name, source.suffix, f"asset {asset_id}{source.suffix}")
    target = contained(folder, safe)

    def copy(out: BinaryIO) -> None:
        with source.open("rb") as data:
            shutil.copyfileobj(data, out, 1024 * 1024)

    # Whole or not at all: an application may still have the last copy open.
    return write_atomically(target, copy)
