"""Windows on real libraries in temporary folders, with settings in a temporary INI file."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl

from ui.main_window import MainWindow
from ui.settings import AppSettings


@pytest.fixture()
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture()
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "demo-library"
    shutil.copytree(demo_template, folder)
    return folder


class OpenedUrls(list):
    def __call__(self, url: QUrl) -> bool:
        self.append(Path(url.toLocalFile()))
        return True


@pytest.fixture()
def opened() -> OpenedUrls:
    return OpenedUrls()


@pytest.fixture()
def make_window(qtbot, settings: AppSettings, opened: OpenedUrls
                ) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(library_dir: Path, demo_source: Path | None = None,
             app_settings: AppSettings | None = None) -> MainWindow:
        window = MainWindow(library_dir, app_settings or settings, demo_source=demo_source,
                            open_url=opened)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.library_opened, timeout=30_000):
            window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.library is not None:
            window.close()


def wait_results(qtbot, window: MainWindow, check: Callable[[], bool] | None = None,
                 timeout: int = 15_000) -> None:
    """Wait until the controller is idle and ``check`` holds."""
    qtbot.waitUntil(lambda: not window.search_controller.busy
                    and (check is None or check()), timeout=timeout)


def search_and_select(qtbot, window: MainWindow, query: str, title: str) -> None:
    """Search for ``query`` and select the result titled ``title``, once its detail shows."""
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, query)
    wait_results(qtbot, window, lambda: title in [r.title for r in window.model.rows])
    row = [r.title for r in window.model.rows].index(title)
    window.results.setCurrentIndex(window.model.index(row))
    qtbot.waitUntil(lambda: window.detail.title.text() == title, timeout=10_000)
