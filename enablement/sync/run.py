"""One sync: push what this laptop made, then pull what the team and marketing made.

Offline is a normal state: when the hub does not answer, or the connection is lost at
any step, the report says so, the library records it for the status bar, and nothing
else happens. Every step is safe to stop at any point and to run again (see push.py and
pull.py). A hub that answers and says no (a wrong password, no such database, a schema
newer than this app) raises ``hub.HubRefused``, recorded as "KIND: message" so the window
can say which. Rows the hub holds that this laptop will not take are skipped one by one
and listed in ``SyncReport.refused``; the rest of the sync goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from enablement.changes import Changes
from enablement.sync import hub, pull, push, state, validate
from enablement.sync.validate import Refusal

if TYPE_CHECKING:
    from enablement.library import Library

log = logging.getLogger(__name__)

ROLES = ("rep", "marketer")

Progress = Callable[[str, int, int], None]  # step, done, total (0: unknown)


@dataclass
class SyncReport:
    hub_url: str
    offline: str = ""                  # why the hub did not answer; "" when it did
    pushed: int = 0
    catalog: int = 0                   # assets new, changed or retired here
    taxonomy: bool = False
    deals: int = 0
    events_added: int = 0              # a marketer's: the team's events now here
    events_kept: int = 0               # events about assets not in the catalog
    pending: int = 0                   # still to push (0 after a full sync)
    finished_at: datetime | None = None
    steps: list[str] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)  # hub rows skipped, and why


def saved_url(library: Library) -> str:
    with library.sessions() as session:
        return state.get(session, state.HUB_URL)


def remember_url(library: Library, url: str) -> None:
    with library.sessions.begin() as session:
        state.put(session, state.HUB_URL, hub.public_url(url))


def sync(library: Library, url: str | None = None, role: str = "rep",
         progress: Progress | None = None) -> SyncReport:
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    chosen = hub.resolve_url(url, saved_url(library))
    report = SyncReport(hub.public_url(chosen))

    def step(name: str, done: int = 0, total: int = 0) -> None:
        if progress is not None:
            progress(name, done, total)

    try:
        with hub.connected(chosen) as engine:
            with engine.connect() as conn:
                hub.check_hub(conn)
            step("push")
            report.pushed = push.push(library.sessions, engine,
                                      lambda done, total: step("push", done, total))
            step("catalog")
            report.taxonomy = pull.pull_taxonomy(library.sessions, engine, report.refused)
            if report.taxonomy:
                library.changed(Changes(taxonomy=True))
            report.catalog = pull.pull_catalog(
                library.sessions, engine, library.content,
                lambda _name, done: step("catalog", done), report.refused)
            step("deals")
            report.deals = pull.pull_deals(library.sessions, engine, report.refused)
            if role == "marketer":
                step("events")
                report.events_added, report.events_kept = pull.pull_events(
                    library.sessions, engine, lambda _name, done: step("events", done),
                    report.refused)
    except hub.HubUnreachable as exc:
        report.offline = str(exc)
        with library.sessions.begin() as session:
            state.put(session, state.LAST_ERROR, f"offline: {exc}")
            report.pending = state.pending(session)
        log.info("Hub %s not reachable: %s", report.hub_url, exc)
        return report
    except hub.HubRefused as exc:
        _record_failure(library, f"{exc.kind}: {exc}")
        log.warning("Hub %s refused this laptop: %s", report.hub_url, exc)
        raise
    except Exception as exc:
        _record_failure(library, str(exc))
        raise
    if report.catalog:
        step("index")
        library.changed(Changes(catalog=True))  # the search index takes what came
    report.finished_at = datetime.now()
    with library.sessions.begin() as session:
        state.put(session, state.HUB_URL, report.hub_url)
        state.put(session, state.LAST_SYNCED, report.finished_at.isoformat())
        state.put(session, state.LAST_ERROR, "")
        state.put(session, state.LAST_REFUSED, "\n".join(validate.summary(report.refused)))
        report.pending = state.pending(session)
    return report


def _record_failure(library: Library, what: str) -> None:
    """For the status bar and 'hub status'; only the record changes, nothing else."""
    with library.sessions.begin() as session:
        state.put(session, state.LAST_ERROR, what)
