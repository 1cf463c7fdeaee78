"""What each subcommand prints: plain text for people, ``--json`` for scripts."""

from __future__ import annotations

import json
import logging
import sys
import threading
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from enablement import paths
from enablement.catalog import assets as catalog
from enablement.catalog import taxonomy as taxonomy_store
from enablement.catalog.export import export_assets
from enablement.errors import UserError
from enablement.feedback import deals
from enablement.imports.importer import FileResult, ImportOptions, ImportProgress, Status
from enablement.library import Library
from enablement.search import search_log as searchlog
from enablement.search.recommend import CallContext, recommend
from enablement.search.repair import IndexRepairing
from enablement.search.service import AssetHit, SearchRequest, run_search
from enablement.store.disk import DiskFull

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED_FILES, EXIT_INTERRUPTED = 0, 1, 130
STATUS_WIDTH = 10


def _bold(text: str, out: TextIO) -> str:
    return f"\x1b[1m{text}\x1b[0m" if out.isatty() else f"[{text}]"


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
    report = library.import_paths(sources, options, threading.Event(), on_result, on_progress)
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
        return EXIT_INTERRUPTED
    return EXIT_FAILED_FILES if report.any_failed else EXIT_OK


def _tag_line(hit: AssetHit, library: Library) -> str:
    taxonomy = library.taxonomy()
    parts = []
    for facet, label in (("stage", "Stage"), ("objection", "Objections"),
                         ("competitor", "Competitor"), ("industry", "Industry")):
        keys = hit.tags.get(facet, ())
        if keys:
            parts.append(f"{label}: " + ", ".join(taxonomy.label(facet, k) for k in keys))
    return "   ".join(parts)


def search(
    library: Library, text: str, filters: dict[str, tuple[str, ...]], limit: int, sort: str,
    as_json: bool, out: TextIO,
) -> int:
    request = SearchRequest(text=text, filters={f: v for f, v in filters.items() if v},
                            limit=limit, sort=sort)
    try:
        response = run_search(library, request)
    except IndexRepairing as exc:
        print(exc, file=sys.stderr)
        library.repair.wait()
        response = run_search(library, request)  # fails plainly if the repair did not help
    text = response.request.text
    if text.strip() or any(filters.values()):
        _log_search(library, text, filters, sort, response.total)
    if as_json:
        print(json.dumps(response.to_json(), ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    taxonomy = library.taxonomy()
    shown = f' for "{text}"' if text else ""
    print(f"{response.total} result{'s' if response.total != 1 else ''}{shown}", file=out)
    if response.notice:
        print(response.notice, file=out)
    if response.corrected:
        print(f'Did you mean: "{response.corrected}"?', file=out)
    if response.relaxed:
        print("No asset has all of those words; showing assets with some of them.", file=out)
    for rank, hit in enumerate(response.hits, 1):
        kind = taxonomy.label("kind", hit.kind) if hit.kind else "unsorted"
        print(f"\n{rank:>2}. {hit.title}  ({kind}, {hit.source_name})", file=out)
        line = _tag_line(hit, library)
        if line:
            print(f"    {line}", file=out)
        snippet = "".join(_bold(t, out) if m else t for t, m in hit.snippet)
        if snippet:
            print(f"    {' '.join(snippet.split())}", file=out)
    if response.total == 0:
        print("Try fewer words, another spelling, or remove a filter.", file=out)
    print("\nRefine by:", file=out)
    for facet, counts in response.facets.items():
        if counts:
            values = ", ".join(f"{taxonomy.label(facet, v)} ({n})" for v, n in counts.items())
            print(f"  {taxonomy.facet(facet).label}: {values}", file=out)
    return EXIT_OK


def _log_search(library: Library, text: str, filters: dict[str, tuple[str, ...]], sort: str,
                total: int) -> None:
    """The command line's searches count too; but a search that cannot be logged (a full
    disk, a library on read-only media) is still answered."""
    try:
        with library.sessions.begin() as session:
            searchlog.record(session, "", text, {f: list(v) for f, v in filters.items()},
                             sort, total)
    except (SQLAlchemyError, DiskFull) as exc:
        log.warning("The search was not logged: %s", exc)


def list_assets(library: Library, as_json: bool, out: TextIO) -> int:
    with library.sessions() as session:
        views = catalog.list_assets(session, library.taxonomy())
    if as_json:
        print(json.dumps([v.to_json() for v in views], ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
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
    return EXIT_OK


def tag(
    library: Library, reference: str, values: dict[str, list[str]], reset: list[str],
    title: str | None, as_json: bool, out: TextIO,
) -> int:
    if not values and not reset and title is None:
        raise UserError("Say what to change, for example: tag ASSET --stage decision")
    with library.sessions.begin() as session:
        asset = catalog.find_asset(session, reference)
        view = catalog.set_manual_tags(session, library.taxonomy(), asset, values, reset, title)
    library.taxonomy_changed()
    if not library.index_soon():
        print("Saved; search shows it once the disk has space again.", file=sys.stderr)
    if as_json:
        print(json.dumps(view.to_json(), ensure_ascii=False, indent=2), file=out)
    else:
        print(f"{view.asset_id}  {view.title}", file=out)
        for facet, tags in view.tags.items():
            print(f"  {facet}: " + ", ".join(f"{t.label} [{t.origin}]" for t in tags), file=out)
    return EXIT_OK


def taxonomy(
    library: Library, action: str, args: list[str], phrases: list[str], as_json: bool,
    out: TextIO,
) -> int:
    if action == "add":
        if len(args) != 2:
            raise UserError("Usage: taxonomy add FIELD LABEL [--phrase P ...]")
        with library.sessions.begin() as session:
            key = taxonomy_store.add_value(session, args[0], args[1], dict.fromkeys(phrases, 2.0))
        library.taxonomy_changed()
        print(f"{args[0]}: {key} ({args[1]})", file=out)
        return EXIT_OK
    if action == "import":
        if len(args) != 1:
            raise UserError("Usage: taxonomy import FILE.json")
        with library.sessions.begin() as session:
            added = taxonomy_store.import_json(session, Path(args[0]))
        library.taxonomy_changed()
        print(f"Merged {added} values from {args[0]}.", file=out)
        return EXIT_OK
    text = taxonomy_store.export_json(library.taxonomy())
    if action == "export":
        if len(args) != 1:
            raise UserError("Usage: taxonomy export FILE.json")
        Path(args[0]).write_text(text, encoding="utf-8")
        print(f"Wrote {args[0]}.", file=out)
        return EXIT_OK
    if as_json:
        print(text, file=out)
        return EXIT_OK
    for facet in library.taxonomy().facets:
        print(f"{facet.label} ({facet.name}{', open' if facet.open else ''}):", file=out)
        for value in facet.values:
            print(f"  {value.key:<22} {value.label}", file=out)
    return EXIT_OK


def overview(library: Library, out: TextIO) -> int:
    """The no-command entry: a first run imports the demo library, then says what to do."""
    with library.sessions() as session:
        count = len(catalog.list_assets(session, library.taxonomy()))
    if count == 0:
        print(f"First run: importing the demo library into {library.path} …", file=out)
        import_files(library, [paths.demo_library_source()], out)
    library.index_soon(wait=0)
    with library.sessions() as session:
        count = len(catalog.list_assets(session, library.taxonomy()))
    print(f"\nLibrary {library.path}: {count} assets.", file=out)
    print("Try:  python main.py        (opens the window)\n"
          "      python main.py search \"security review\" --stage decision\n"
          "      python main.py prepare --stage decision --objection security "
          "--competitor Invoxa\n"
          "      python main.py assets\n"
          "      python main.py import ~/Documents/Sales\n"
          "      python main.py --help", file=out)
    return EXIT_OK


def prepare(library: Library, context: CallContext, limit: int, as_json: bool,
            out: TextIO) -> int:
    """Ranked assets for a call, each with the tags that put it there."""
    found = recommend(library, context, limit)
    if as_json:
        print(json.dumps([r.to_json() for r in found], ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    if not found:
        print("No asset is tagged for this call yet. Pick fewer objections or another "
              "stage, or import content for it.", file=out)
        return EXIT_OK
    for rank, item in enumerate(found, 1):
        kind = item.kind_label or "unsorted"
        print(f"{rank:>2}. {item.title}  ({kind}, {item.source_name})", file=out)
        print(f"    Why: {item.why()}", file=out)
    return EXIT_OK


def export(library: Library, references: list[str], folder: Path, as_json: bool,
           out: TextIO) -> int:
    """Copy assets to ``folder``; exit 1 when some could not be copied (the rest were)."""
    with library.sessions() as session:
        ids = list(dict.fromkeys(catalog.find_asset(session, ref).id for ref in references))
    results = export_assets(library, ids, folder)
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
    return EXIT_FAILED_FILES if failed else EXIT_OK


def import_deals(library: Library, path: Path, as_json: bool, out: TextIO) -> int:
    """Exit 1 when some rows were refused (the others were imported)."""
    with library.sessions.begin() as session:
        report = deals.import_deals(session, path)
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2), file=out)
    else:
        crm = "Salesforce" if report.crm == "salesforce" else "HubSpot"
        print(f"{crm} export {path.name}: {report.created} new, {report.updated} updated, "
              f"{report.unchanged} unchanged, {len(report.errors)} refused.", file=out)
        for error in report.errors:
            print(f"  {error}", file=out)
        if report.errors:
            print("Fix those rows and import the file again: the deals already imported "
                  "are matched, not doubled.", file=out)
    return EXIT_FAILED_FILES if report.errors else EXIT_OK


def demo_history(library: Library, out: TextIO) -> None:
    """A few months of generated reps, deals, ratings, usage and searches, so Insights
    has something to show on the demo library (once; never over real history)."""
    from enablement.demo import history as demo_history

    summary = demo_history.generate(library)
    if summary.skipped:
        print("The library already has history; no demo history was added.", file=out)
    else:
        print(f"Added a demo history: {summary.reps} reps, {summary.deals} deals, "
              f"{summary.ratings} ratings, {summary.usage_events} uses and views, "
              f"{summary.searches} searches, {summary.field_notes} field notes, "
              f"{summary.requests} content requests. (Skip it with --no-history.)", file=out)
