"""The review queue on the command line: what the import suggested and why, and the
marketer's yes or no, per tag, per field or for whole assets.

    main.py review                          # what waits, newest imports first
    main.py review --accept 12              # every suggestion on asset 12
    main.py review --reject 12,14 objection # the objections suggested on 12 and 14
    main.py review --accept 12 stage decision
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from enablement.api import Changes, Library, ReviewItem, UserError
from enablement.cli import exit_codes

DEFAULT_LIMIT = 50  # assets listed; --limit 0 lists them all


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser,
                 _who: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "review", parents=[common],
        help="suggested tags waiting for review: list them, accept or reject them")
    decide = p.add_mutually_exclusive_group()
    decide.add_argument("--accept", nargs="+", metavar="ASSET [FIELD [VALUE]]",
                        help="make suggestions confirmed tags: every one on ASSET (ids or "
                             "names, comma-separated for several), or a FIELD's, or one VALUE")
    decide.add_argument("--reject", nargs="+", metavar="ASSET [FIELD [VALUE]]",
                        help="drop suggestions for good (no re-import brings them back)")
    p.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                   help=f"list at most N assets (default {DEFAULT_LIMIT}; 0: all)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_review)


def _review(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    if args.accept or args.reject:
        verb = "accept" if args.accept else "reject"
        return decide(library, verb, args.accept or args.reject, args.json, out)
    return show(library, args.limit or None, args.json, out)


def show(library: Library, limit: int | None, as_json: bool, out: TextIO) -> int:
    queue = library.catalog.review_queue(limit=limit)
    if as_json:
        print(json.dumps({"assets": queue.assets,
                          "items": [item.to_json() for item in queue.items]},
                         ensure_ascii=False, indent=2), file=out)
        return exit_codes.OK
    if not queue.items:
        print("Nothing to review: every suggestion has been accepted or rejected.", file=out)
        return exit_codes.OK
    more = (f", the {queue.shown_assets} newest listed" if queue.shown_assets < queue.assets
            else "")
    print(f"{len(queue.items)} suggestions on {queue.assets} assets wait for review{more}:",
          file=out)
    _print_items(queue.items, out)
    print("\nAccept with: review --accept ASSET [FIELD [VALUE]]; reject with --reject "
          "(ASSET may be several ids, comma-separated).", file=out)
    return exit_codes.OK


def _print_items(items: tuple[ReviewItem, ...], out: TextIO) -> None:
    current = None
    for item in items:
        if item.asset_id != current:
            current = item.asset_id
            print(f"\n{item.asset_id:>5}  {item.title}  ({item.source_name})", file=out)
        waiting = "" if item.in_effect else "  (not in effect: another value was accepted)"
        print(f"       {item.facet:<11} {item.label:<24} {item.confidence:4.2f}  "
              f"{item.why}{waiting}", file=out)


def decide(library: Library, verb: str, words: list[str], as_json: bool,
           out: TextIO) -> int:
    if len(words) > 3:
        raise UserError(f"Usage: review --{verb} ASSET [FIELD [VALUE]]")
    references = [part for part in words[0].split(",") if part.strip()]
    ids = library.catalog.find_ids(references)
    facet = words[1] if len(words) > 1 else None
    key = words[2] if len(words) > 2 else None
    before = library.catalog.review_queue(asset_ids=ids)
    action = library.catalog.accept if verb == "accept" else library.catalog.reject
    changes: Changes = action(ids, facet, key)
    after = library.catalog.review_queue(asset_ids=ids)
    still = {(i.asset_id, i.facet, i.key) for i in after.items}
    decided = [i for i in before.items if (i.asset_id, i.facet, i.key) not in still
               and facet in (None, i.facet) and (key is None or key in (i.key, i.label))]
    if not changes.assets:
        where = f" in {facet}" if facet else ""
        value = f" for '{key}'" if key else ""
        raise UserError(f"Nothing waits for review on {', '.join(map(str, ids))}{where}"
                        f"{value}; list the queue with: review")
    if changes.search_behind:
        print("Saved; search shows it once the disk has space again.", file=sys.stderr)
    done = "accepted" if verb == "accept" else "rejected"
    if as_json:
        print(json.dumps({done: [i.to_json() for i in decided],
                          "assets": sorted(changes.assets)}, ensure_ascii=False, indent=2),
              file=out)
        return exit_codes.OK
    for item in decided:
        print(f"{done:<9} {item.asset_id:>5}  {item.facet}: {item.label}", file=out)
    print(f"Done: {len(decided)} suggestions {done} on {len(changes.assets)} assets.",
          file=out)
    return exit_codes.OK
