"""Sync from the window: set a hub in Settings, content arrives, feedback leaves, and
offline reads as a state in the status bar, never a dialog."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

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
