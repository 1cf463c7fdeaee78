"""Command-line faces of the feedback loop: rate, log what was heard, request content,
and the marketing report. The same services the window calls."""

from __future__ import annotations

import getpass
import json
import os
from datetime import date
from pathlib import Path
from typing import TextIO

from enablement.catalog import assets as catalog
from enablement.errors import UserError
from enablement.feedback import forms as feedback
from enablement.insights import figures as insights
from enablement.library import Library

EXIT_OK = 0


def who(explicit: str | None) -> str:
    """The rep's name: ``--as``, then $ENABLEMENT_USER, then the login name."""
    name = (explicit or os.environ.get("ENABLEMENT_USER") or "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        raise UserError("Say who you are with --as NAME (or set ENABLEMENT_USER).") from None


def parse_helped(text: str | None) -> bool | None:
    if text is None:
        return None
    value = text.strip().lower()
    if value in ("yes", "y", "true", "1"):
        return True
    if value in ("no", "n", "false", "0"):
        return False
    raise UserError(f"--helped is yes or no, not '{text}'.")


def parse_day(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"{option} is a date like 2026-09-01, not '{text}'.") from None


def rate(library: Library, reference: str, stars: int, user: str, helped: bool | None,
         deal: str | None, objections: list[str], comment: str, as_json: bool,
         out: TextIO) -> int:
    taxonomy = library.taxonomy()
    with library.sessions.begin() as session:
        asset = catalog.find_asset(session, reference)
        event = feedback.rate(session, taxonomy, asset.id, user, stars, helped=helped,
                              deal=deal, objections=objections, comment=comment)
        title, deal_name, deal_id = asset.title, event.deal_name, event.deal_id
        answered = json.loads(event.objections)
    if as_json:
        print(json.dumps({"asset_id": asset.id, "title": title, "user": user, "stars": stars,
                          "helped": helped, "deal_id": deal_id, "deal": deal_name,
                          "objections": answered, "comment": comment.strip()},
                         ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    extra = []
    if helped is not None:
        extra.append("helped move the deal" if helped else "did not help move the deal")
    if deal_name:
        extra.append(f"on {deal_name}" + ("" if deal_id else " (not an imported deal yet)"))
    if answered:
        extra.append("answered " + ", ".join(taxonomy.label("objection", k) for k in answered))
    more = f"; {'; '.join(extra)}" if extra else ""
    print(f"Rated \"{title}\" {stars}★ as {user}{more}.", file=out)
    return EXIT_OK


def log_note(library: Library, kind: str, value: str, user: str, stage: str, deal: str | None,
             note: str, out: TextIO) -> int:
    with library.sessions.begin() as session:
        taxonomy = library.taxonomy()
        row = feedback.log_field_note(session, taxonomy, user, kind, value, stage=stage,
                                      deal=deal, note=note)
        key, deal_name = row.value_key, row.deal_name
    library.taxonomy_changed()  # a new competitor may have been added
    taxonomy = library.taxonomy()
    where = f" at the {taxonomy.label('stage', stage)} stage" if stage else ""
    on = f" on {deal_name}" if deal_name else ""
    what = "Heard" if kind == "objection" else "Met"
    print(f"{what} {taxonomy.label(kind, key)}{where}{on}; logged for {user}.", file=out)
    return EXIT_OK


def request(library: Library, need: str, user: str, query: str, stage: str, objection: str,
            out: TextIO) -> int:
    with library.sessions.begin() as session:
        feedback.request_content(session, library.taxonomy(), user, need, query=query,
                                 stage=stage, objection=objection)
    print(f"Requested: {need.strip()} (from {user}). Marketing sees it under Insights.",
          file=out)
    return EXIT_OK


def report(library: Library, flt: insights.InsightFilter, fmt: str, target: Path,
           out: TextIO) -> int:
    from enablement.insights.reporting import write_report

    taxonomy = library.taxonomy()
    if flt.stage:
        flt = insights.InsightFilter(flt.since, flt.until, flt.rep,
                                     taxonomy.resolve_or_explain("stage", flt.stage))
    if flt.since and flt.until and flt.since > flt.until:
        raise UserError(f"--since {flt.since} is after --until {flt.until}.")
    result = insights.compute(library.sessions, taxonomy, flt)
    written = write_report(result, fmt, target)
    print(f"Report for {flt.describe()}: {result.assets} assets, "
          f"{result.search_health.searches} searches, {len(result.adoption)} reps.", file=out)
    for path in written:
        print(f"  wrote {path}", file=out)
    return EXIT_OK
