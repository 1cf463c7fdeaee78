"""The headless command line: the same services the window uses, as subcommands.

Exit status: 0 success; 1 some files failed to import (the rest were imported);
2 a usage error, a problem with the library, or a hub that answered and said no (login
refused, no such database, a hub schema newer than this app); 3 an unexpected failure
(details in the log); 4 sync or publish found the hub offline (no answer, or the
connection was lost); 130 interrupted by Ctrl-C.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from enablement import paths
from enablement.errors import UserError

if TYPE_CHECKING:
    from enablement.library import Library

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED_FILES, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
FILTER_OPTIONS = (
    ("stage", "S", "funnel stage (awareness, consideration, decision, onboarding, expansion)"),
    ("objection", "O", "objection answered (price, roi, security, integration, ...)"),
    ("kind", "K", "asset kind (case_study, battlecard, roi_calculator, one_pager, ...)"),
    ("competitor", "C", "competitor named"),
    ("industry", "I", "industry"),
    ("persona", "P", "buyer persona"),
)


# Opens the window: given by main.py, so the core never imports the UI (None: headless).
WindowOpener = Callable[[Path | None, Path | None], int]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library", type=Path, default=argparse.SUPPRESS, metavar="DIR",
        help="library folder (default: $ENABLEMENT_LIBRARY or the user data folder)",
    )
    common.add_argument("--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="log debug detail to the log file")
    parser = argparse.ArgumentParser(
        prog="main.py", parents=[common],
        description="Enablement: an offline sales-enablement content library.",
        epilog="Run without a command to open the window (the demo is imported on first "
               "run); 'info' says the same without a window.",
    )
    parser.add_argument("--no-demo-history", action="store_true",
                        help="window, first run: import the demo without its generated "
                             "history of reps, deals, ratings and searches")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("import", parents=[common], help="import files and folders")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true", help="one JSON object per line per file")
    p.add_argument("--time-limit", type=float, default=30.0, metavar="S",
                   help="give up reading one file after S seconds (default 30)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="reader processes (default: one per core)")
    p.add_argument("--follow-links", action="store_true",
                   help="also read links that lead out of the folders given (by default "
                        "each is skipped with a note)")

    p = commands.add_parser("search", parents=[common], help="search the library")
    p.add_argument("query", nargs="*", help="words to search for (empty: browse by filters)")
    for name, metavar, text in FILTER_OPTIONS:
        p.add_argument(f"--{name}", nargs="+", action="extend", default=[], metavar=metavar,
                       help=text)
    p.add_argument("--limit", type=int, default=10, metavar="N")
    p.add_argument("--sort", choices=("relevance", "rating", "newest", "title"),
                   default="relevance")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("assets", parents=[common],
                            help="list the catalog with every tag and its origin")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("tag", parents=[common], help="edit an asset's tags by hand")
    p.add_argument("asset", metavar="ASSET", help="asset id, file name or (part of) its title")
    for name, metavar, text in FILTER_OPTIONS:
        p.add_argument(f"--{name}", nargs="+", action="extend", default=None, metavar=metavar,
                       help=f"set {text}; 'none' clears it")
    p.add_argument("--title", default=None)
    p.add_argument("--reset", nargs="+", action="extend", default=[], metavar="FIELD",
                   help="drop manual tags of FIELD so file metadata and suggestions apply")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("reindex", parents=[common],
                            help="rebuild the search index from the database")
    p.add_argument("--procs", type=int, default=1, metavar="N")

    p = commands.add_parser("taxonomy", parents=[common], help="show or extend the taxonomy")
    p.add_argument("action", nargs="?", choices=("show", "add", "export", "import"),
                   default="show")
    p.add_argument("args", nargs="*", help="add: FIELD LABEL; export/import: FILE")
    p.add_argument("--phrase", nargs="+", action="extend", default=[],
                   help="phrases that suggest the new value")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("demo", parents=[common],
                            help="import the bundled demo library into this library")
    p.add_argument("--no-history", action="store_true",
                   help="skip the generated history of reps, deals, ratings and searches")

    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--as", dest="user", metavar="NAME",
                     help="who you are (default: $ENABLEMENT_USER, then your login name)")

    p = commands.add_parser(
        "rate", parents=[common, who], help="rate an asset after a call",
        description="Rate an asset 1-5 stars; rating it again replaces your rating. Stored "
                    "locally at once; no network needed.")
    p.add_argument("asset", metavar="ASSET", help="asset id, file name or (part of) its title")
    p.add_argument("stars", type=int, choices=range(1, 6), metavar="STARS", help="1 to 5")
    p.add_argument("--helped", metavar="yes|no", help="did it help move the deal?")
    p.add_argument("--deal", metavar="DEAL",
                   help="the deal: CRM id, deal name or #id of an imported deal; any other "
                        "name is kept as typed")
    p.add_argument("--objection", nargs="+", action="extend", default=[], metavar="O",
                   help="objections it answered (keys or labels)")
    p.add_argument("--comment", default="", help="where it fell short")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser(
        "log", parents=[common, who], help="log an objection heard or a competitor met",
        description="Field intelligence, with no asset: what you heard on a deal. It feeds "
                    "the coverage map marketing sees.")
    p.add_argument("kind", choices=("objection", "competitor"))
    p.add_argument("value", metavar="VALUE", help="objection key or label, competitor name")
    p.add_argument("--stage", default="", metavar="S", help="funnel stage of the deal")
    p.add_argument("--deal", metavar="DEAL", help="the deal (as for rate)")
    p.add_argument("--note", default="", help="anything worth adding")

    p = commands.add_parser(
        "request", parents=[common, who], help="ask marketing for content you could not find",
        description='"Needed X for Y, found nothing": marketing sees requests in Insights.')
    p.add_argument("need", metavar="NEED", help="what you needed, in a sentence")
    p.add_argument("--query", default="", help="what you searched for")
    p.add_argument("--stage", default="", metavar="S", help="funnel stage")
    p.add_argument("--objection", default="", metavar="O", help="the objection it was for")

    p = commands.add_parser(
        "report", parents=[common], help="the marketing report: CSV, HTML or PDF",
        description="Scorecards, coverage, search health, requests, stale content, adoption "
                    "and trends for a period. Definitions are in the report itself.")
    p.add_argument("--since", metavar="DATE", help="first day (YYYY-MM-DD; default: all)")
    p.add_argument("--until", metavar="DATE", help="last day (default: today)")
    p.add_argument("--rep", metavar="NAME", help="only this rep's activity")
    p.add_argument("--stage", metavar="S", help="only assets of this funnel stage")
    p.add_argument("--format", required=True, choices=("csv", "html", "pdf"))
    p.add_argument("--out", type=Path, required=True, metavar="PATH",
                   help="file to write (CSV: a .csv file plus one file per table beside "
                        "it, or a folder)")

    p = commands.add_parser("deals", parents=[common],
                            help="import opportunities from a CRM export (CSV)")
    p.add_argument("action", choices=("import",))
    p.add_argument("file", type=Path, metavar="FILE.csv",
                   help="a Salesforce or HubSpot opportunity export; re-importing updates")
    p.add_argument("--json", action="store_true")

    commands.add_parser("info", parents=[common],
                        help="where the library is and what is in it (no window)")

    p = commands.add_parser(
        "hub", parents=[common], help="create (or check) the team hub at a database URL",
        description="URL: postgresql+psycopg://user[:password]@host/db for a team, or "
                    "sqlite:///path/hub.db for one person. A password in the URL goes to the "
                    "OS keyring, never to a file. The URL is remembered for 'sync'.")
    p.add_argument("action", choices=("init", "status"))
    p.add_argument("url", nargs="?", metavar="URL")

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

    p = commands.add_parser("publish", parents=[common],
                            help="send this library's catalog changes to the hub (marketing)")
    p.add_argument("--hub", metavar="URL", help="the hub's database URL")
    p.add_argument("--as", dest="user", metavar="NAME", help="who is publishing")

    p = commands.add_parser(
        "roi", parents=[common], help="run an ROI calculator from the library",
        description="Inputs and results come from the workbook's in_/out_ names (or a "
                    "Label | Value | Unit sheet); the workbook's own formulas are computed.")
    p.add_argument("asset", metavar="ASSET", help="asset id, file name or (part of) its title")
    p.add_argument("--set", dest="sets", action="append", default=[], metavar="NAME=VALUE",
                   help="an input, e.g. in_invoices_per_month=12000 or in_rate=12%% "
                        "(repeat for more)")
    p.add_argument("--as", dest="user", metavar="NAME", help="who ran it (recorded)")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="write a one-page summary (PDF)")
    p.add_argument("--docx", type=Path, metavar="FILE", help="write the summary as DOCX")
    p.add_argument("--runs", action="store_true",
                   help="for marketing: the numbers entered in every recorded run, per "
                        "input (low, median, high); computes nothing")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("retire", parents=[common],
                            help="take an asset out of search; 'publish' retires it for all")
    p.add_argument("asset", metavar="ASSET", help="asset id, file name or (part of) its title")

    p = commands.add_parser(
        "prepare", parents=[common],
        help="recommend assets for a call: stage, objections, competitor",
        description="Rank assets by how well their tags fit the call and say why. Values "
                    "are keys or labels ('security' or 'Security / compliance').",
    )
    p.add_argument("--stage", default=None, metavar="S", help=FILTER_OPTIONS[0][2])
    p.add_argument("--objection", nargs="+", action="extend", default=[], metavar="O",
                   help="objection you expect (repeat or list several)")
    p.add_argument("--competitor", default=None, metavar="C", help="competitor in the deal")
    p.add_argument("--industry", default=None, metavar="I", help="the prospect's industry")
    p.add_argument("--persona", default=None, metavar="P", help="who you are meeting")
    p.add_argument("--limit", type=int, default=10, metavar="N",
                   help="at most N assets (default 10)")
    p.add_argument("--json", action="store_true",
                   help="a JSON list with each asset's score, why and matched tags")

    p = commands.add_parser("export", parents=[common],
                            help="copy assets to a folder under their own file names")
    p.add_argument("assets", nargs="+", metavar="ASSET",
                   help="asset id, file name or (part of) its title")
    p.add_argument("--to", type=Path, required=True, metavar="FOLDER",
                   help="folder to copy into (created if needed); nothing there is replaced")
    p.add_argument("--json", action="store_true",
                   help="a JSON list of {asset_id, target, error}")
    return parser


def main(
    argv: Sequence[str] | None = None,
    out: TextIO | None = None,
    open_window: WindowOpener | None = None,
) -> int:
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    library_dir = getattr(args, "library", None) or paths.default_library_dir()
    from enablement.logs import setup_logging

    try:
        log_path = setup_logging(paths.log_dir(), getattr(args, "verbose", False))
    except OSError:
        log_path = None
    if args.command is None and open_window is not None:
        if args.no_demo_history:
            os.environ[paths.NO_DEMO_HISTORY_ENV] = "1"
        return open_window(getattr(args, "library", None), log_path)
    try:
        return _dispatch(args, library_dir, out)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("\nInterrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader (head, less) stopped reading: not a failure
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:
        from enablement.store.disk import full_disk_message, is_disk_full

        if is_disk_full(exc, library_dir):
            log.warning("Not saved: the disk is full (%s)", exc)
            print(f"error: not saved: {full_disk_message(library_dir)}.", file=sys.stderr)
            return EXIT_USAGE
        log.exception("Unexpected failure")
        where = f"; details are in {log_path}" if log_path else ""
        print(f"error: something went wrong inside Enablement{where}", file=sys.stderr)
        return 3


def _dispatch(args: argparse.Namespace, library_dir: Path, out: TextIO) -> int:
    from enablement.cli import library_commands as commands
    from enablement.library import Library

    with Library.open(library_dir) as library:
        if args.command in (None, "info"):
            return commands.overview(library, out)
        if args.command == "import":
            return commands.import_files(
                library, args.paths, out, as_json=args.json, time_limit=args.time_limit,
                workers=args.workers, follow_links=args.follow_links,
            )
        if args.command == "demo":
            status = commands.import_files(library, [paths.demo_library_source()], out)
            if not args.no_history:
                commands.demo_history(library, out)
            return status
        if args.command == "search":
            # Only a search reads the index: it first writes what is queued, unless
            # another process is writing the index (it answers from the index as it is,
            # never waiting). A rating or a report never touches the index.
            library.index_soon(wait=0)
            filters = {name: tuple(getattr(args, name)) for name, _m, _t in FILTER_OPTIONS}
            return commands.search(library, " ".join(args.query), filters, args.limit,
                                   args.sort, args.json, out)
        if args.command == "assets":
            return commands.list_assets(library, args.json, out)
        if args.command == "tag":
            values = {
                name: getattr(args, name) for name, _m, _t in FILTER_OPTIONS
                if getattr(args, name) is not None
            }
            return commands.tag(library, args.asset, values, args.reset, args.title,
                                args.json, out)
        if args.command == "reindex":
            count = library.reindex(procs=max(1, args.procs))
            print(f"Rebuilt the index: {count} assets.", file=out)
            return EXIT_OK
        if args.command == "prepare":
            from enablement.search.recommend import CallContext

            context = CallContext(stage=args.stage, objections=tuple(args.objection),
                                  competitor=args.competitor, industry=args.industry,
                                  persona=args.persona)
            return commands.prepare(library, context, args.limit, args.json, out)
        if args.command == "deals":
            return commands.import_deals(library, args.file, args.json, out)
        if args.command == "export":
            return commands.export(library, args.assets, args.to, args.json, out)
        if args.command in ("rate", "log", "request", "report"):
            return _feedback(args, library, out)
        if args.command in ("hub", "sync", "publish", "retire"):
            return _sync(args, library, out)
        if args.command == "roi":
            from enablement.cli.feedback_commands import who
            from enablement.cli.roi_commands import roi, runs

            if args.runs:
                return runs(library, args.asset, out)
            return roi(library, args.asset, args.sets, who(args.user), args.json, args.pdf,
                       args.docx, out)
        if args.command == "taxonomy":
            return commands.taxonomy(library, args.action, args.args, args.phrase, args.json, out)
    raise UserError(f"Unknown command {args.command}")


def _feedback(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    from enablement.cli import feedback_commands as fc
    from enablement.insights.figures import InsightFilter

    if args.command == "report":
        flt = InsightFilter(since=fc.parse_day(args.since, "--since"),
                            until=fc.parse_day(args.until, "--until"), rep=args.rep,
                            stage=args.stage)
        return fc.report(library, flt, args.format, args.out, out)
    user = fc.who(args.user)
    if args.command == "rate":
        return fc.rate(library, args.asset, args.stars, user, fc.parse_helped(args.helped),
                       args.deal, args.objection, args.comment, args.json, out)
    if args.command == "log":
        return fc.log_note(library, args.kind, args.value, user, args.stage, args.deal,
                           args.note, out)
    return fc.request(library, args.need, user, args.query, args.stage, args.objection, out)


def install_sigterm_handler() -> None:
    """Turn SIGTERM into KeyboardInterrupt so a killed import still commits its batch."""
    import signal

    if threading.current_thread() is threading.main_thread():
        def _raise(_signum: int, _frame: object) -> None:
            raise KeyboardInterrupt

        signal.signal(signal.SIGTERM, _raise)


__all__ = ["build_parser", "install_sigterm_handler", "main"]


def _sync(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    from enablement.cli import sync_commands as sc
    from enablement.cli.feedback_commands import who

    if args.command == "hub":
        if args.action == "status":
            return sc.status(library, out)
        if not args.url:
            raise UserError("Give the hub's URL: main.py hub init URL")
        return sc.hub_init(library, args.url, out)
    if args.command == "sync":
        return sc.sync(library, args.hub, args.role, out)
    if args.command == "publish":
        return sc.publish_catalog(library, args.hub, who(args.user), out)
    return sc.retire(library, args.asset, out)
