"""Command-line faces of sync: create a hub, sync, publish the catalog, retire an asset.

Exit status (see enablement/cli/main.py): 0 done (rows the hub holds that this laptop refused
are listed, and do not fail the sync); 2 a hub that answered and said no (login,
database, schema: ``hub.HubRefused``, a UserError) or another usage problem; 4 offline,
including a connection lost at any step.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from enablement.catalog import assets as catalog
from enablement.errors import UserError
from enablement.library import Library
from enablement.sync import hub, publish, run, state, validate

EXIT_OK = 0
EXIT_OFFLINE = 4   # the hub did not answer: normal for a laptop, worth knowing for a script
ROLE_ENV = "ENABLEMENT_ROLE"
ROLE_KEY = "role"


def role_for(library: Library, explicit: str | None) -> str:
    """``--role``, then $ENABLEMENT_ROLE, then the role this library last synced as."""
    with library.sessions() as session:
        saved = state.get(session, ROLE_KEY)
    role = (explicit or os.environ.get(ROLE_ENV) or saved or "rep").strip().lower()
    if role not in run.ROLES:
        raise UserError(f"Role '{role}' is not one of: {', '.join(run.ROLES)}.")
    with library.sessions.begin() as session:
        state.put(session, ROLE_KEY, role)
    return role


def hub_init(library: Library, url: str, out: TextIO) -> int:
    bare = hub.save_password(url)
    try:
        created = hub.init_hub(bare)
    except hub.HubUnreachable as exc:
        raise UserError(f"The hub at {hub.public_url(bare)} did not answer: {exc}.") from exc
    run.remember_url(library, bare)
    what = "created" if created else "already set up; checked"
    print(f"Hub {what}: {hub.public_url(bare)}. This library will sync with it.", file=out)
    if bare != url:
        print("The password is kept in the OS keyring, not in any file.", file=out)
    return EXIT_OK


def sync(library: Library, url: str | None, role: str | None, out: TextIO) -> int:
    chosen_role = role_for(library, role)
    if url:
        url = hub.save_password(url)

    def progress(step: str, done: int, total: int) -> None:
        if done and step in ("push", "events"):
            print(f"  {step}: {done:,}{f' of {total:,}' if total else ''}", file=out)

    report = run.sync(library, url, chosen_role, progress)
    if report.offline:
        print(f"Offline: the hub at {report.hub_url} did not answer ({report.offline}). "
              f"Everything is kept here; {report.pending:,} change(s) wait to be pushed.",
              file=out)
        return EXIT_OFFLINE
    parts = [f"pushed {report.pushed:,}", f"{report.catalog:,} asset(s) new or changed",
             f"{report.deals:,} deal(s) updated"]
    if chosen_role == "marketer":
        parts.append(f"{report.events_added:,} team event(s) pulled")
        if report.events_kept:
            parts.append(f"{report.events_kept:,} about assets not in the catalog left at "
                         "the hub")
    print(f"Synced with {report.hub_url} as {chosen_role}: {', '.join(parts)}.", file=out)
    _print_refused(report, out)
    return EXIT_OK


def _print_refused(report: run.SyncReport, out: TextIO) -> None:
    """What the hub sent that this laptop would not take: skipped, said, never fatal."""
    lines = validate.summary(report.refused)
    if not lines:
        return
    for line in lines:
        print(line, file=out)
    print("Everything else was applied; the log names each row refused.", file=out)


def status(library: Library, out: TextIO) -> int:
    with library.sessions() as session:
        current = state.status(session)
        device = state.device_id(session)
    print(f"Hub: {current.hub_url or 'none set (main.py hub init URL)'}", file=out)
    print(f"This laptop: {device}", file=out)
    synced = current.last_synced.strftime("%Y-%m-%d %H:%M") if current.last_synced else "never"
    print(f"Last synced: {synced}; waiting to push: {current.pending:,}", file=out)
    if current.last_error:
        print(f"Last attempt: {state.split_error(current.last_error)[1]}", file=out)
    elif current.refused:
        print(f"Refused at the last sync:\n{current.refused}", file=out)
    return EXIT_OK


def publish_catalog(library: Library, url: str | None, user: str, out: TextIO) -> int:
    chosen = hub.resolve_url(url and hub.save_password(url), run.saved_url(library))
    try:
        with hub.connected(chosen) as engine:
            report = publish.publish(library.sessions, engine, library.content, user)
    except hub.HubUnreachable as exc:
        print(f"Offline: the hub at {hub.public_url(chosen)} did not answer ({exc}). "
              "Publish again when online: a publish cut short leaves the hub as it was, "
              "and publishing sends only what the hub lacks.", file=out)
        return EXIT_OFFLINE
    if not report.assets and not report.taxonomy and not report.files:
        print(f"Nothing to publish: the hub has this catalog (version {report.version}).",
              file=out)
        return EXIT_OK
    if not report.assets and not report.taxonomy:
        print(f"Uploaded {report.files:,} file(s) the hub lacked "
              f"({report.file_bytes / 1e6:.1f} MB); the catalog is unchanged "
              f"(version {report.version}).", file=out)
        return EXIT_OK
    print(f"Published catalog version {report.version}: {report.assets:,} asset(s) "
          f"({report.retired:,} retired), {report.files:,} file(s) uploaded "
          f"({report.file_bytes / 1e6:.1f} MB)"
          f"{', the taxonomy' if report.taxonomy else ''}.", file=out)
    return EXIT_OK


def retire(library: Library, reference: str, out: TextIO) -> int:
    with library.sessions.begin() as session:
        asset = catalog.find_asset(session, reference)
        title = publish.retire(session, asset.id)
    if not library.index_soon():
        print("Saved; search leaves it out once the disk has space again.", file=sys.stderr)
    print(f"Retired \"{title}\": out of search here, and for everyone after the next "
          "publish. Its ratings and usage are kept.", file=out)
    return EXIT_OK
