"""Sync from the command line: create a hub, sync, publish the catalog, retire an asset.

Exit status (enablement/cli/exit_codes.py): 0 done (rows the hub holds that this laptop
refused are listed, and do not fail the sync); 2 a hub that answered and said no (login,
database, schema: ``hub.HubRefused``, a UserError) or another usage problem; 4 offline,
including a connection lost at any step.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from enablement.api import Library, UserError
from enablement.cli import exit_codes
from enablement.cli.arguments import who

EXIT_OK = exit_codes.OK
EXIT_OFFLINE = exit_codes.OFFLINE   # the hub did not answer: normal for a laptop


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser,
                 who: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "hub", parents=[common], help="create (or check) the team hub at a database URL",
        description="URL: postgresql+psycopg://user[:password]@host/db for a team, or "
                    "sqlite:///path/hub.db for one person. A password in the URL goes to the "
                    "OS keyring, never to a file. The URL is remembered for 'sync'.")
    p.add_argument("action", choices=("init", "status"))
    p.add_argument("url", nargs="?", metavar="URL")
    p.set_defaults(run=_hub)

    p = commands.add_parser(
        "sync", parents=[common], help="push your feedback, pull content (and, for "
                                       "marketers, everyone's feedback) from the hub",
        description="Offline is normal: with no hub in reach, or a connection lost on the "
                    "way, nothing is lost and the exit status is 4. A refused login, a "
                    "missing database or a hub newer than this app exits 2. The hub comes "
                    "from --hub, $ENABLEMENT_HUB_URL or the last 'hub init'.")
    p.add_argument("--hub", metavar="URL", help="the hub's database URL")
    p.add_argument("--role", choices=("rep", "marketer"),
                   help="marketers also pull the team's events (default: $ENABLEMENT_ROLE, "
                        "then the last role used, then rep)")
    p.set_defaults(run=_sync)

    p = commands.add_parser("publish", parents=[common],
                            help="send this library's catalog changes to the hub (marketing)")
    p.add_argument("--hub", metavar="URL", help="the hub's database URL")
    p.add_argument("--as", dest="user", metavar="NAME", help="who is publishing")
    p.set_defaults(run=_publish)

    p = commands.add_parser("retire", parents=[common],
                            help="take an asset out of search; 'publish' retires it for all")
    p.add_argument("asset", metavar="ASSET", help="asset id, file name or (part of) its title")
    p.set_defaults(run=_retire)


def _hub(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    if args.action == "status":
        return status(library, out)
    if not args.url:
        raise UserError("Give the hub's URL: main.py hub init URL")
    return hub_init(library, args.url, out)


def _sync(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    return sync(library, args.hub, args.role, out)


def _publish(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    return publish_catalog(library, args.hub, who(args.user), out)


def _retire(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    return retire(library, args.asset, out)


def hub_init(library: Library, url: str, out: TextIO) -> int:
    done = library.sync.init_hub(url)
    what = "created" if done.created else "already set up; checked"
    print(f"Hub {what}: {done.url}. This library will sync with it.", file=out)
    if done.password_kept:
        print("The password is kept in the OS keyring, not in any file.", file=out)
    return EXIT_OK


def sync(library: Library, url: str | None, role: str | None, out: TextIO) -> int:
    chosen_role = library.sync.role(role)

    def progress(step: str, done: int, total: int) -> None:
        if done and step in ("push", "events"):
            print(f"  {step}: {done:,}{f' of {total:,}' if total else ''}", file=out)

    report, _changes = library.sync.sync(url, chosen_role, progress)
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
    lines = library.sync.refused_lines(report)
    if lines:  # what the hub sent that this laptop would not take: said, never fatal
        for line in lines:
            print(line, file=out)
        print("Everything else was applied; the log names each row refused.", file=out)
    return EXIT_OK


def status(library: Library, out: TextIO) -> int:
    current = library.sync.status()
    print(f"Hub: {current.hub_url or 'none set (main.py hub init URL)'}", file=out)
    print(f"This laptop: {library.sync.device_id()}", file=out)
    synced = current.last_synced.strftime("%Y-%m-%d %H:%M") if current.last_synced else "never"
    print(f"Last synced: {synced}; waiting to push: {current.pending:,}", file=out)
    if current.last_error:
        print(f"Last attempt: {library.sync.failure(current)[1]}", file=out)
    elif current.refused:
        print(f"Refused at the last sync:\n{current.refused}", file=out)
    return EXIT_OK


def publish_catalog(library: Library, url: str | None, user: str, out: TextIO) -> int:
    done = library.sync.publish(url, user)
    report = done.report
    if report is None:
        print(f"Offline: the hub at {done.hub_url} did not answer ({done.offline}). "
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
    title, changes = library.catalog.retire(reference)
    if changes.search_behind:
        print("Saved; search leaves it out once the disk has space again.", file=sys.stderr)
    print(f"Retired \"{title}\": out of search here, and for everyone after the next "
          "publish. Its ratings and usage are kept.", file=out)
    return EXIT_OK
