"""What the window lends the parts it is built from: a host, instead of the whole window.

The controllers and panes of ``ui/`` used to take the ``MainWindow`` and reach into its
widgets and status bar, so any one of them could depend on any corner of the window. They
get this instead: how to read the open library, the runner that keeps the GUI thread free,
where to say things, how to apply what a write changed, who the person is, and the few
window actions they are allowed to ask for. A test can build one from plain lambdas.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from enablement.api import Changes, Library
from ui.runner import Runner


@dataclass(frozen=True)
class WindowHost:
    """The window's services for its parts; every field is read when used, not copied,
    so a library switched in Settings or a name typed a moment ago is what they see."""

    library: Callable[[], Library | None]  # the open library, or None while none is
    runner: Runner  # every core call goes through it, off the GUI thread
    parent: QWidget  # parent of the dialogs the parts open
    show_status: Callable[[str, int], None]  # (message, milliseconds; 0 = until replaced)
    apply_changes: Callable[[Changes], None]  # a write finished: repaint what it touched
    user_name: Callable[[], str]  # the person, as typed in Settings ("" until set)
    role: Callable[[], str]  # "rep" or "marketer"
    ask_for_settings: Callable[[], None]  # open Settings (a name or a hub is missing)
    open_url: Callable[[QUrl], bool]  # hand a file to the system's application

    def open_file(self, path: Path) -> bool:
        return self.open_url(QUrl.fromLocalFile(str(path)))

    def clear_status(self) -> None:
        self.show_status("", 0)
