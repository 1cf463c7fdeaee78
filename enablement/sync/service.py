"""Sync with a team hub, as the window and the command line reach it: ``library.sync``.

The hub's machinery (enablement/sync/hub.py, push, pull, publish, state) is imported
only when a sync-related call is made: most commands never touch the network.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from enablement.changes import Changes
from enablement.errors import UserError

if TYPE_CHECKING:
    from enablement.library import Library
    from enablement.sync.publish import PublishReport
    from enablement.sync.run import SyncReport
    from enablement.sync.state import SyncStatus

ROLES = ("rep", "marketer")
ROLE_ENV = "ENABLEMENT_ROLE"
ROLE_KEY = "role"
# How a recorded failure reads (SyncStatus.last_error): "" for any other failure.
OFFLINE, LOGIN, DATABASE, SCHEMA = "offline", "login", "database", "schema"

Progress = Callable[[str, int, int], None]  # step, done, total (0: unknown)


@dataclass(frozen=True)
class HubSetUp:
    url: str            # without its password
    created: bool       # False: it was set up already, and checked
    password_kept: bool  # a password in the URL went to the OS keyring


@dataclass(frozen=True)
class Published:
    hub_url: str
    report: PublishReport | None  # None when the hub did not answer
    offline: str = ""             # why not, then


class SyncService:
    def __init__(self, library: Library) -> None:
        self._library = library

    # -- who and where ------------------------------------------------------------------

    def role(self, explicit: str | None = None) -> str:
        """``explicit``, then $ENABLEMENT_ROLE, then the role this library last synced as
        (remembered for next time)."""
        from enablement.sync import state

        with self._library.sessions() as session:
            saved = state.get(session, ROLE_KEY)
        role = (explicit or os.environ.get(ROLE_ENV) or saved or "rep").strip().lower()
        if role not in ROLES:
            raise UserError(f"Role '{role}' is not one of: {', '.join(ROLES)}.")
        with self._library.sessions.begin() as session:
            state.put(session, ROLE_KEY, role)
        return role

    def init_hub(self, url: str) -> HubSetUp:
        """Create (or check) the hub at ``url`` and sync with it from now on."""
        from enablement.sync import hub, run

        bare = hub.save_password(url)
        try:
            created = hub.init_hub(bare)
        except hub.HubUnreachable as exc:
            raise UserError(f"The hub at {hub.public_url(bare)} did not answer: {exc}.") \
                from exc
        run.remember_url(self._library, bare)
        return HubSetUp(hub.public_url(bare), created, bare != url)

    def set_hub(self, url: str) -> str:
        """Remember the hub (its password goes to the keyring), or forget it (""); the
        URL as shown."""
        from enablement.sync import hub, run, state

        if not url:
            with self._library.sessions.begin() as session:
                state.put(session, state.HUB_URL, "")
            return ""
        run.remember_url(self._library, hub.save_password(url))
        return hub.public_url(url)

    # -- syncing ------------------------------------------------------------------------

    def sync(self, url: str | None = None, role: str = "rep",
             progress: Progress | None = None) -> tuple[SyncReport, Changes]:
        """Push this laptop's events, pull the catalog, taxonomy and deals (and, for a
        marketer, the team's events). Offline is a normal outcome, said in the report."""
        from enablement.sync import hub, run

        report = run.sync(self._library, url and hub.save_password(url), role, progress)
        changes = Changes(catalog=bool(report.catalog), taxonomy=report.taxonomy,
                          deals=bool(report.deals), events=bool(report.events_added),
                          ratings=bool(report.events_added))
        return report, self._library.changed(changes)

    def publish(self, url: str | None, user_name: str) -> Published:
        """Send this library's catalog changes (and the files the hub lacks)."""
        from enablement.sync import hub, publish, run

        chosen = hub.resolve_url(url and hub.save_password(url), run.saved_url(self._library))
        try:
            with hub.connected(chosen) as engine:
                report = publish.publish(self._library.sessions, engine,
                                         self._library.content, user_name)
        except hub.HubUnreachable as exc:
            return Published(hub.public_url(chosen), None, str(exc))
        return Published(hub.public_url(chosen), report)

    # -- status -------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        from enablement.sync import state

        with self._library.sessions() as session:
            return state.status(session)

    def device_id(self) -> str:
        from enablement.sync import state

        with self._library.sessions() as session:
            return state.device_id(session)

    @staticmethod
    def failure(status: SyncStatus) -> tuple[str, str]:
        """The last attempt's failure as (kind, message): kind is OFFLINE, LOGIN,
        DATABASE, SCHEMA, or "" for any other failure."""
        from enablement.sync import state

        return state.split_error(status.last_error)

    @staticmethod
    def refused_lines(report: SyncReport) -> list[str]:
        """What the hub sent that this laptop would not take, a line per kind of row."""
        from enablement.sync import validate

        return validate.summary(report.refused)
