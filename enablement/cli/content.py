"""Commands over the catalog: import, demo, info, assets, tag, taxonomy, reindex, export.

Plain text for people, ``--json`` for scripts; every call goes through the library's door.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from pathlib import Path
from typing import TextIO

from enablement import paths
from enablement.api import FileResult, ImportOptions, ImportProgress, Library, Status, UserError
from enablement.cli import exit_codes
from enablement.cli.arguments import FILTER_OPTIONS
from enablement.cli.interrupts import signals_cancel
from enablement.cli.synonyms import synonyms

STATUS_WIDTH = 10


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser,
                 who: argparse.ArgumentParser) -> None:
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
    p.set_defaults(run=_import)

    p = commands.add_parser("demo", parents=[common],
                            help="import the bundled demo library into this library")
    p.add_argument("--no-history", action="store_true",
                   help="skip the generated history of reps, deals, ratings and searches")
    p.set_defaults(run=_demo)

    p = commands.add_parser("info", parents=[common],
                        help="where the library is and what is in it (no window)")
    p.set_defaults(run=_info)

    p = commands.add_parser("assets", parents=[common],
                            help="list the catalog with every tag and its origin")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_assets)

    p = commands.add_parser("tag", parents=[common], help="edit an asset's tags by hand")
    p.add_argument("asset", metavar="ASSET", help="asset id, file name or (part of) its title")
    for name, metavar, text in FILTER_OPTIONS:
        p.add_argument(f"--{name}", nargs="+", action="extend", default=None, metavar=metavar,
                       help=f"set {text}; 'none' clears it")
    p.add_argument("--title", default=None, help="set the title a list shows")
    p.add_argument("--summary", default=None,
                   help="set the summary (\"\" empties it); no re-import replaces it")
    p.add_argument("--reset", nargs="+", action="extend", default=[], metavar="FIELD",
                   help="drop manual tags of FIELD so file metadata and suggestions apply")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_tag)

    p = commands.add_parser("taxonomy", parents=[common], help="show or extend the taxonomy")
    p.add_argument("action", nargs="?",
                   choices=("show", "add", "export", "import", "synonyms"), default="show")
    p.add_argument("args", nargs="*", help="add: FIELD LABEL; export/import: FILE; "
                   "synonyms: [list] | add ENTRY ENTRY ... | remove N [ENTRY ...]")
    p.add_argument("--phrase", nargs="+", action="extend", default=[],
                   help="phrases that suggest the new value")
    p.add_argument("--to", type=int, default=None, metavar="N",
                   help="synonyms add: extend group N instead of making a new one")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_taxonomy)

    p = commands.add_parser("reindex", parents=[common],
                            help="rebuild the search index from the database")
    p.add_argument("--procs", type=int, default=1, metavar="N")
    p.set_defaults(run=_reindex)

    p = commands.add_parser("export", parents=[common],
                            help="copy assets to a folder under their own file names")
    p.add_argument("assets", nargs="+", metavar="ASSET",
                   help="asset id, file name or (part of) its title")
    p.add_argument("--to", type=Path, required=True, metavar="FOLDER",
                   help="folder to copy into (created if needed); nothing there is replaced")
    p.add_argument("--json", action="store_true",
                   help="a JSON list of {asset_id, target, error}")
    p.set_defaults(run=_export)


# -- handlers: (args, library, out) -> exit status ------------------------------------------

def _import(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    return import_files(library, args.paths, out, as_json=args.json, time_limit=args.time_limit,
                        workers=args.workers, follow_links=args.follow_links)


def _demo(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    status = import_files(library, [paths.demo_library_source()], out)
    if not args.no_history:
        demo_history(library, out)
    return status


def _info(_args: argparse.Namespace, library: Library, out: TextIO) -> int:
    return overview(library, out)


def _assets(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    return list_assets(library, args.json, out)


def _tag(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    values = {name: getattr(args, name) for name, _m, _t in FILTER_OPTIONS
              if getattr(args, name) is not None}
    return tag(library, args.asset, values, args.reset, args.title, args.json, out,
               summary=args.summary)


def _taxonomy(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    if args.action == "synonyms":
        return synonyms(library, args.args, args.to, args.json, out)
    return taxonomy(library, args.action, args.args, args.phrase, args.json, out)


def _reindex(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    count = library.search.reindex(procs=max(1, args.procs))
    print(f"Rebuilt the index: {count} assets.", file=out)
    return exit_codes.OK


def _export(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    return export(library, args.assets, args.to, args.json, out)


# -- what each prints ---------------------------------------------------------------------

def import_files(
    library: Library, sources: list[Path], out: TextIO, as_json: bool = False,
    time_limit: float = 30.0, workers: int | None = None, follow_links: bool = False,
) -> int:
    """Import ``sources``: a row per file on ``out``, then the summary; why the import
    stopped early (Ctrl-C, a full disk) goes to stderr, with what to do."""
    progress_line = sys.stderr.isatty() and not as_json

    def on_result(result: FileResult) -> None:
        if as_json:
            print(json.dumps(result.to_json(), ensure_ascii=False), file=out, flush=True)
        elif result.status is not Status.UNCHANGED:
            if progress_line:
                print("\r\x1b[K", end="", file=sys.stderr)
            reason = f"  ({result.reason})" if result.reason else ""
            print(f"{result.status:<{STATUS_WIDTH}} {result.path}{reason}", file=out)
            for warning in result.warnings:
                print(f"{'':<{STATUS_WIDTH}}   note: {warning}", file=out)

    def on_progress(progress: ImportProgress) -> None:
        if progress_line:
            print(f"\r\x1b[KImporting {progress.done}/{progress.total} …", end="",
                  file=sys.stderr, flush=True)

    options = ImportOptions(time_limit=time_limit, workers=workers, follow_links=follow_links)
    with signals_cancel(threading.Event()) as cancel:
        report, _changes = library.imports.run(sources, options, cancel, on_result,
                                               on_progress)
    if progress_line:
        print("\r\x1b[K", end="", file=sys.stderr)
    counts = report.counts()
    summary = ", ".join(f"{n} {status}" for status, n in counts.items() if n) or "no files"
    if as_json:
        print(json.dumps({"summary": counts, "interrupted": report.cancelled,
                          "disk_full": report.disk_full is not None}), file=sys.stderr)
    else:
        print(f"Done: {summary}.", file=out)
    if report.disk_full:
        print(report.disk_full, file=sys.stderr)
    if report.cancelled:
        print("Interrupted: finished files are saved; run the same command again to import "
              "the rest.", file=sys.stderr)
        return exit_codes.INTERRUPTED
    return exit_codes.FAILED_FILES if report.any_failed else exit_codes.OK


def list_assets(library: Library, as_json: bool, out: TextIO) -> int:
    views = library.catalog.list_assets()
    if as_json:
        print(json.dumps([v.to_json() for v in views], ensure_ascii=False, indent=2), file=out)
        return exit_codes.OK
    for view in views:
        scan = "  [no text: scanned?]" if not view.has_text else ""
        print(f"{view.asset_id:>4}  {view.title}  ({view.source_name}){scan}", file=out)
        print(f"      title from {view.title_origin}", file=out)
        for facet, tags in view.tags.items():
            values = ", ".join(f"{t.label} [{t.origin}]" for t in tags)
            print(f"      {facet}: {values}", file=out)
        for facet, tags in view.suggested.items():
            values = ", ".join(f"{t.label} [{t.origin}]" for t in tags)
            print(f"      {facet} (not applied): {values}", file=out)
    print(f"{len(views)} assets in {library.path}", file=out)
    return exit_codes.OK


def tag(
    library: Library, reference: str, values: dict[str, list[str]], reset: list[str],
    title: str | None, as_json: bool, out: TextIO, summary: str | None = None,
) -> int:
    if not values and not reset and title is None and summary is None:
        raise UserError("Say what to change, for example: tag ASSET --stage decision")
    view, changes = library.catalog.edit_tags(reference, values, reset, title, summary)
    if changes.search_behind:
        print("Saved; search shows it once the disk has space again.", file=sys.stderr)
    if as_json:
        print(json.dumps(view.to_json(), ensure_ascii=False, indent=2), file=out)
    else:
        print(f"{view.asset_id}  {view.title}", file=out)
        for facet, tags in view.tags.items():
            print(f"  {facet}: " + ", ".join(f"{t.label} [{t.origin}]" for t in tags), file=out)
    return exit_codes.OK


def taxonomy(
    library: Library, action: str, args: list[str], phrases: list[str], as_json: bool,
    out: TextIO,
) -> int:
    if action == "add":
        if len(args) != 2:
            raise UserError("Usage: taxonomy add FIELD LABEL [--phrase P ...]")
        key, _changes = library.catalog.add_value(args[0], args[1], phrases)
        print(f"{args[0]}: {key} ({args[1]})", file=out)
        return exit_codes.OK
    if action == "import":
        if len(args) != 1:
            raise UserError("Usage: taxonomy import FILE.json")
        added, _changes = library.catalog.import_taxonomy(Path(args[0]))
        print(f"Merged {added} values from {args[0]}.", file=out)
        return exit_codes.OK
    if action == "export":
        if len(args) != 1:
            raise UserError("Usage: taxonomy export FILE.json")
        library.catalog.export_taxonomy(Path(args[0]))
        print(f"Wrote {args[0]}.", file=out)
        return exit_codes.OK
    text = library.catalog.export_taxonomy()
    if as_json:
        print(text, file=out)
        return exit_codes.OK
    for facet in library.catalog.taxonomy().facets:
        print(f"{facet.label} ({facet.name}{', open' if facet.open else ''}):", file=out)
        for value in facet.values:
            print(f"  {value.key:<22} {value.label}", file=out)
    return exit_codes.OK


def overview(library: Library, out: TextIO) -> int:
    """The no-command entry: a first run imports the demo library, then says what to do."""
    if library.catalog.asset_count() == 0:
        print(f"First run: importing the demo library into {library.path} …", file=out)
        import_files(library, [paths.demo_library_source()], out)
    library.search.catch_up()
    print(f"\nLibrary {library.path}: {library.catalog.asset_count()} assets.", file=out)
    print("Try:  python main.py        (opens the window)\n"
          "      python main.py search \"security review\" --stage decision\n"
          "      python main.py prepare --stage decision --objection security "
          "--competitor Invoxa\n"
          "      python main.py assets\n"
          "      python main.py import ~/Documents/Sales\n"
          "      python main.py --help", file=out)
    return exit_codes.OK


def export(library: Library, references: list[str], folder: Path, as_json: bool,
           out: TextIO) -> int:
    """Copy assets to ``folder``; exit 1 when some could not be copied (the rest were)."""
    results = library.catalog.export_files(library.catalog.find_ids(references), folder)
    failed = sum(1 for r in results if r.error)
    if as_json:
        print(json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=2),
              file=out)
    else:
        for result in results:
            if result.error:
                print(f"failed    asset {result.asset_id}: {result.error}", file=out)
            else:
                print(f"exported  {result.target}", file=out)
        print(f"Done: {len(results) - failed} exported, {failed} failed.", file=out)
    return exit_codes.FAILED_FILES if failed else exit_codes.OK


def demo_history(library: Library, out: TextIO) -> None:
    """A few months of generated reps, deals, ratings, usage and searches, so Insights
    has something to show on the demo library (once; never over real history)."""
    summary, _changes = library.demo.add_history()
    if summary.skipped:
        print("The library already has history; no demo history was added.", file=out)
    else:
        print(f"Added a demo history: {summary.reps} reps, {summary.deals} deals, "
              f"{summary.ratings} ratings, {summary.usage_events} uses and views, "
              f"{summary.searches} searches, {summary.field_notes} field notes, "
              f"{summary.requests} content requests. (Skip it with --no-history.)", file=out)
