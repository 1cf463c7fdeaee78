"""The feedback loop from the command line: rate, log what was heard, request content,
import CRM deals, and marketing's report."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from enablement.api import (
    FieldNoteForm,
    InsightFilter,
    Library,
    RatingForm,
    RequestForm,
)
from enablement.cli import exit_codes
from enablement.cli.arguments import parse_day, parse_helped, who


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser,
                 who: argparse.ArgumentParser) -> None:
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
    p.set_defaults(run=_rate)

    p = commands.add_parser(
        "log", parents=[common, who], help="log an objection heard or a competitor met",
        description="Field intelligence, with no asset: what you heard on a deal. It feeds "
                    "the coverage map marketing sees.")
    p.add_argument("kind", choices=("objection", "competitor"))
    p.add_argument("value", metavar="VALUE", help="objection key or label, competitor name")
    p.add_argument("--stage", default="", metavar="S", help="funnel stage of the deal")
    p.add_argument("--deal", metavar="DEAL", help="the deal (as for rate)")
    p.add_argument("--note", default="", help="anything worth adding")
    p.set_defaults(run=_log)

    p = commands.add_parser(
        "request", parents=[common, who], help="ask marketing for content you could not find",
        description='"Needed X for Y, found nothing": marketing sees requests in Insights.')
    p.add_argument("need", metavar="NEED", help="what you needed, in a sentence")
    p.add_argument("--query", default="", help="what you searched for")
    p.add_argument("--stage", default="", metavar="S", help="funnel stage")
    p.add_argument("--objection", default="", metavar="O", help="the objection it was for")
    p.set_defaults(run=_request)

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
    p.set_defaults(run=_report)

    p = commands.add_parser("deals", parents=[common],
                            help="import opportunities from a CRM export (CSV)")
    p.add_argument("action", choices=("import",))
    p.add_argument("file", type=Path, metavar="FILE.csv",
                   help="a Salesforce or HubSpot opportunity export; re-importing updates")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_deals)


def _rate(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    return rate(library, args.asset, args.stars, who(args.user), parse_helped(args.helped),
                args.deal, args.objection, args.comment, args.json, out)


def _log(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    return log_note(library, args.kind, args.value, who(args.user), args.stage, args.deal,
                    args.note, out)


def _request(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    return request(library, args.need, who(args.user), args.query, args.stage,
                   args.objection, out)


def _report(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    flt = InsightFilter(since=parse_day(args.since, "--since"),
                        until=parse_day(args.until, "--until"), rep=args.rep, stage=args.stage)
    return report(library, flt, args.format, args.out, out)


def _deals(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    return import_deals(library, args.file, args.json, out)


def rate(library: Library, reference: str, stars: int, user: str, helped: bool | None,
         deal: str | None, objections: list[str], comment: str, as_json: bool,
         out: TextIO) -> int:
    form = RatingForm(stars, helped, deal or "", tuple(objections), comment)
    saved, _changes = library.feedback.rate(reference, user, form)
    if as_json:
        print(json.dumps({"asset_id": saved.asset_id, "title": saved.title, "user": user,
                          "stars": stars, "helped": helped, "deal_id": saved.deal_id,
                          "deal": saved.deal_name, "objections": list(saved.objections),
                          "comment": comment.strip()},
                         ensure_ascii=False, indent=2), file=out)
        return exit_codes.OK
    taxonomy = library.catalog.taxonomy()
    extra = []
    if helped is not None:
        extra.append("helped move the deal" if helped else "did not help move the deal")
    if saved.deal_name:
        extra.append(f"on {saved.deal_name}"
                     + ("" if saved.deal_id else " (not an imported deal yet)"))
    if saved.objections:
        extra.append("answered " + ", ".join(taxonomy.label("objection", k)
                                             for k in saved.objections))
    more = f"; {'; '.join(extra)}" if extra else ""
    print(f"Rated \"{saved.title}\" {stars}★ as {user}{more}.", file=out)
    return exit_codes.OK


def log_note(library: Library, kind: str, value: str, user: str, stage: str, deal: str | None,
             note: str, out: TextIO) -> int:
    saved, _changes = library.feedback.log_field_note(
        user, FieldNoteForm(kind, value, stage, deal or "", note))
    taxonomy = library.catalog.taxonomy()
    where = f" at the {taxonomy.label('stage', stage)} stage" if stage else ""
    on = f" on {saved.deal_name}" if saved.deal_name else ""
    what = "Heard" if kind == "objection" else "Met"
    print(f"{what} {saved.label}{where}{on}; logged for {user}.", file=out)
    return exit_codes.OK


def request(library: Library, need: str, user: str, query: str, stage: str, objection: str,
            out: TextIO) -> int:
    library.feedback.request_content(user, RequestForm(need, query, stage, objection))
    print(f"Requested: {need.strip()} (from {user}). Marketing sees it under Insights.",
          file=out)
    return exit_codes.OK


def report(library: Library, flt: InsightFilter, fmt: str, target: Path, out: TextIO) -> int:
    flt = library.insights.checked(flt)
    result, written = library.insights.write_report(flt, fmt, target)
    print(f"Report for {flt.describe()}: {result.assets} assets, "
          f"{result.search_health.searches} searches, {len(result.adoption)} reps.", file=out)
    for path in written:
        print(f"  wrote {path}", file=out)
    return exit_codes.OK


def import_deals(library: Library, path: Path, as_json: bool, out: TextIO) -> int:
    """Exit 1 when some rows were refused (the others were imported)."""
    report, _changes = library.feedback.import_deals(path)
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
    return exit_codes.FAILED_FILES if report.errors else exit_codes.OK
