"""Copies for the system's application to open: inside this user's own private folder,
under a safe name, whatever name a file or a hub gave the asset."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from sqlalchemy import select

from enablement.catalog import open_copies
from enablement.library import Library
from tests.filemakers import make_text


@pytest.mark.parametrize("name", ["../../../evil.txt", "/tmp/evil.txt", "..\\evil.txt",
                                  "evil.desktop", ".profile"])
def test_the_open_copy_of_a_rogue_name_stays_in_its_folder(library: Library, tmp_path: Path,
                                                           monkeypatch, name: str):
    """Defence in depth: a name from an older sync cannot place the Open copy elsewhere,
    nor make the system run it as something other than its own format."""
    from enablement.store.models import Asset

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    folder = tmp_path / "content"
    folder.mkdir()
    make_text(folder / "Plain.txt", "Plain text to open, long enough to be imported.")
    library.import_paths([folder])
    with library.sessions.begin() as session:
        asset = session.scalars(select(Asset)).one()
        asset.source_name = name
        asset_id = asset.id
    opened = library.catalog.copy_for_opening(asset_id)
    home = (open_copies.open_copies_folder() / str(asset_id)).resolve()
    assert opened.resolve().parent == home
    assert home.parent.parent == (tmp_path / "tmp").resolve()
    assert opened.suffix == ".txt" and not opened.name.startswith(".")
    assert opened.read_text(encoding="utf-8").startswith("Plain text")
    made = [p.name for p in (tmp_path / "tmp").iterdir() if not p.name.startswith("pymp-")]
    assert made == [home.parent.name]  # (pymp-*: multiprocessing's own)
    assert not (tmp_path / "evil.txt").exists()


def test_open_copies_never_go_into_a_folder_someone_else_planted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a shared machine another user can make the folder first, or a link in its
    place: the copy then goes into a fresh private folder instead."""
    import os
    import tempfile


    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    elsewhere = tmp_path / "someone-else"
    elsewhere.mkdir()
    planted = tmp_path / f"enablement-open-{open_copies._user_key()}"
    planted.symlink_to(elsewhere, target_is_directory=True)
    folder = open_copies.open_copies_folder()
    assert folder.resolve() != elsewhere.resolve() and not folder.is_symlink()
    assert folder.parent == tmp_path and (os.stat(folder).st_mode & 0o077) == 0
    planted.unlink()
    own = open_copies.open_copies_folder()
    assert own == planted and (os.stat(own).st_mode & 0o077) == 0
