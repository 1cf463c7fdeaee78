"""The window's side of sync: a Sync action, a sync every few minutes when a hub is set,
and a status-bar label that says when it last worked and what waits to be pushed.

Sync runs on its own lane, so searching, previews and saving feedback never wait on the
network; offline is shown as a plain state, not an error dialog. A hub that said no (a
wrong password, no such database, a newer schema) gets its own words in the label and
the core's full message in the tooltip and status message, not "Sync failed".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from enablement.api import DATABASE, LOGIN, OFFLINE, SCHEMA, Changes, SyncService, UserError
from ui.host import WindowHost
from ui.plaintext import plain_label
from ui.plaintext import tooltip as plain_tooltip

if TYPE_CHECKING:
    from enablement.sync.run import SyncReport
    from enablement.sync.state import SyncStatus

AUTO_SYNC_MS = 5 * 60 * 1000
# Status-bar words for each kind of recorded outcome (SyncService.failure).
KIND_WORDS = {OFFLINE: "Offline", LOGIN: "Hub refused the login",
              DATABASE: "No such hub database", SCHEMA: "Update Enablement for this hub"}


def describe(current: SyncStatus, running: str = "") -> str:
    """The status-bar words for a sync state."""
    if running:
        return running
    if not current.hub_url:
        return "No team hub (Settings)" if not current.pending else \
            f"No team hub · {current.pending:,} to push"
    waiting = f" · {current.pending:,} to push" if current.pending else ""
    if current.last_error:
        kind, _message = SyncService.failure(current)
        return f"{KIND_WORDS.get(kind, 'Sync failed')}{waiting}"
    if current.last_synced is None:
        return f"Not synced yet{waiting}"
    refused = " · some hub rows refused" if current.refused else ""
    return f"Synced {current.last_synced:%H:%M}{waiting}{refused}"


def tooltip(current: SyncStatus) -> str:
    """The whole story behind the label: the hub's refusal or error, or what was refused."""
    if current.last_error:
        return SyncService.failure(current)[1]
    if current.refused:
        return current.refused
    return f"Hub: {current.hub_url}" if current.hub_url else ""


class SyncController(QObject):
    synced = Signal(object)   # a SyncReport

    def __init__(self, host: WindowHost) -> None:
        """The window places ``label`` (the sync state) in its status bar."""
        super().__init__(host.parent)
        self.host = host
        self.running = False
        self.hub_url = ""
        self.last: SyncStatus | None = None
        self._asked = 0  # status requests: only the latest answer is shown
        self.label = plain_label("")
        self.label.setObjectName("syncLabel")
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_SYNC_MS)
        self.timer.timeout.connect(lambda: self.sync_now(quiet=True))

    # -- status ---------------------------------------------------------------------------

    def refresh_status(self) -> None:
        library = self.host.library()
        if library is None:
            return

        def work(_ctx: object) -> SyncStatus:
            return library.sync.status()

        self._asked += 1
        asked = self._asked
        (self.host.runner.run(work, lane="sync")
         .on_success(lambda current: self._show_status(current, asked)).start())

    def _show_status(self, current: SyncStatus, asked: int) -> None:
        if asked != self._asked:
            return  # a newer question (or a new hub) is on its way
        self.last = current
        self.hub_url = current.hub_url
        self.label.setText(describe(current))
        self.label.setToolTip(plain_tooltip(tooltip(current)))  # hub text, shown as typed
        if current.hub_url and not self.timer.isActive():
            self.timer.start()
            self.sync_now(quiet=True)  # a hub is set: sync once the library is open

    # -- syncing --------------------------------------------------------------------------

    def sync_now(self, quiet: bool = False) -> None:
        library = self.host.library()
        if library is None or self.running:
            return
        if not self.hub_url:
            if not quiet:
                self.host.show_status("Set the team hub's address in Settings to sync.", 6000)
                self.host.ask_for_settings()
            return
        self.running = True
        self.label.setText("Syncing…")
        role = self.host.role()

        def work(ctx) -> tuple[SyncReport, Changes]:  # noqa: ANN001 - a JobContext
            return library.sync.sync(None, role,
                                     lambda step, done, total: ctx.progress((step, done, total)))

        (self.host.runner.run(work, lane="sync")
         .with_progress(self._progress)
         .on_success(lambda done: self._done(*done, quiet))
         .on_failure(self._failed)
         .on_finished(self._finished).start())

    def _progress(self, value: tuple[str, int, int]) -> None:
        step, done, total = value
        words = {"push": "pushing", "catalog": "new content", "deals": "deals",
                 "events": "team feedback", "index": "indexing"}.get(step, step)
        count = f" {done:,}" + (f" of {total:,}" if total else "") if done else ""
        self.label.setText(f"Syncing: {words}{count}…")

    def _done(self, report: SyncReport, changes: Changes, quiet: bool) -> None:
        self.synced.emit(report)
        if report.offline:
            if not quiet:
                self.host.show_status(
                    f"Offline: the hub did not answer. Everything is kept on this laptop; "
                    f"{report.pending:,} change(s) wait to be pushed.", 8000)
            return
        parts = [f"{report.pushed:,} pushed"]
        if report.catalog:
            parts.append(f"{report.catalog:,} asset(s) new or changed")
        if report.events_added:
            parts.append(f"{report.events_added:,} team event(s)")
        if report.refused:
            parts.append(f"{len(report.refused):,} hub row(s) refused (see the sync status)")
        if not quiet or report.catalog or report.events_added or report.refused:
            self.host.show_status(f"Synced: {', '.join(parts)}.", 8000)
        self.host.apply_changes(changes)

    def _failed(self, exc: BaseException) -> None:
        # A UserError (a hub that said no, a URL that is no hub) is already plain words.
        words = str(exc) if isinstance(exc, UserError) else f"Sync failed: {exc}"
        self.host.show_status(words, 12_000)

    def _finished(self) -> None:
        self.running = False
        self.refresh_status()

    def set_hub(self, url: str) -> None:
        """From Settings: remember the hub (its password goes to the keyring), then sync."""
        library = self.host.library()
        if library is None or url == self.hub_url:
            return
        self._asked += 1  # a status read before this change must not undo it

        (self.host.runner.run(lambda _ctx: library.sync.set_hub(url), lane="sync")
         .on_success(self._hub_set).start())

    def _hub_set(self, url: str) -> None:
        self.hub_url = url
        if url and not self.timer.isActive():
            self.timer.start()
        if url:
            self.sync_now(quiet=False)
        else:
            self.timer.stop()
            self.refresh_status()

