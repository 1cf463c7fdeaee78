"""Sync from the window: set a hub in Settings, content arrives, feedback leaves, and
offline reads as a state in the status bar, never a dialog."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from enablement.library import Library
from enablement.sync import hub, publish
from tests.filemakers import make_text
from tests.ui.conftest import wait_results


def published_hub(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    hub.init_hub(url)
    content = tmp_path / "content"
    content.mkdir()
    make_text(content / "Tallyfox battlecard.md", "# Tallyfox battlecard\n\nWin on price.")
    make_text(content / "Security FAQ.txt", "SOC 2 answers for the security review.")
    with Library.open(tmp_path / "marketer") as marketer:
        marketer.import_paths([content])
        with hub.connected(url) as engine:
            publish.publish(marketer.sessions, engine, marketer.content, "Mara")
    return url


def hub_events(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT COUNT(*) FROM hub_events")).scalar_one()
    finally:
        engine.dispose()


def test_setting_a_hub_syncs_content_in_and_feedback_out(qtbot, make_window, tmp_path: Path,
                                                         settings):
    url = published_hub(tmp_path)
    settings.user_name = "Dana Reyes"
    window = make_window(tmp_path / "laptop")
    wait_results(qtbot, window)
    qtbot.waitUntil(lambda: window.sync.label.text() == "No team hub (Settings)",
                    timeout=15_000)  # the status is read on the sync lane
    window.sync.set_hub(url)
    qtbot.waitUntil(lambda: window.sync.label.text().startswith("Synced"), timeout=30_000)
    wait_results(qtbot, window, lambda: window.model.rowCount() == 2)
    assert "2 asset(s) new or changed" in window.statusBar().currentMessage()
    # A rating waits to be pushed, then Sync sends it.
    asset_id = window.model.asset_id(0)
    window.feedback.quick_rate(asset_id, 4)
    qtbot.waitUntil(lambda: "1 to push" in window.sync.label.text(), timeout=15_000)
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.label.text().startswith("Synced")
                    and "to push" not in window.sync.label.text(), timeout=30_000)
    assert hub_events(url) == 1


def test_an_unreachable_hub_reads_offline(qtbot, make_window, tmp_path: Path, settings):
    settings.user_name = "Dana Reyes"
    window = make_window(tmp_path / "laptop")
    wait_results(qtbot, window)
    qtbot.waitUntil(lambda: window.sync.last is not None, timeout=15_000)
    window.sync.set_hub(f"sqlite:///{tmp_path / 'gone' / 'hub.db'}")
    qtbot.waitUntil(lambda: window.sync.label.text().startswith("Offline"), timeout=30_000)
    assert not window.errors.showing  # a state in the status bar, not an error dialog
    assert window.model.rowCount() == 0  # and the library is as it was


def test_a_hub_newer_than_the_app_says_so_not_sync_failed(qtbot, make_window,
                                                         tmp_path: Path, settings):
    url = published_hub(tmp_path)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE hub_meta SET value = '7' WHERE key = 'schema'"))
    engine.dispose()
    settings.user_name = "Dana Reyes"
    window = make_window(tmp_path / "laptop")
    wait_results(qtbot, window)
    qtbot.waitUntil(lambda: window.sync.last is not None, timeout=15_000)
    window.sync.set_hub(url)
    qtbot.waitUntil(lambda: window.sync.label.text().startswith("Update Enablement"),
                    timeout=30_000)
    assert "Sync failed" not in window.statusBar().currentMessage()
    assert "newer Enablement (schema 7, this one knows 1)" in window.sync.label.toolTip()
    assert not window.errors.showing
    assert window.model.rowCount() == 0  # nothing was pulled


@pytest.mark.parametrize("name", ["../../../evil.txt", "/tmp/evil.txt", "..\\evil.txt",
                                  "evil.desktop", ".profile"])
def test_the_open_copy_of_a_rogue_name_stays_in_its_folder(library: Library, tmp_path: Path,
                                                           monkeypatch, name: str):
    """Defence in depth: a name from an older sync cannot place the Open copy elsewhere,
    nor make the system run it as something other than its own format."""
    from enablement.store.models import Asset
    from ui import tasks

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
    opened = tasks.copy_for_opening(library, asset_id)
    home = (tasks.open_copies_folder() / str(asset_id)).resolve()
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

    from ui import tasks

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    elsewhere = tmp_path / "someone-else"
    elsewhere.mkdir()
    planted = tmp_path / f"enablement-open-{tasks._user_key()}"
    planted.symlink_to(elsewhere, target_is_directory=True)
    folder = tasks.open_copies_folder()
    assert folder.resolve() != elsewhere.resolve() and not folder.is_symlink()
    assert folder.parent == tmp_path and (os.stat(folder).st_mode & 0o077) == 0
    planted.unlink()
    own = tasks.open_copies_folder()
    assert own == planted and (os.stat(own).st_mode & 0o077) == 0
