"""Finding content from the command line: search, and prepare for a call."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from enablement.api import (
    AssetHit,
    CallContext,
    IndexRepairing,
    Library,
    SearchRequest,
    SearchResponse,
)
from enablement.cli import exit_codes
from enablement.cli.arguments import FILTER_OPTIONS


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser,
                 who: argparse.ArgumentParser) -> None:
    p = commands.add_parser("search", parents=[common], help="search the library")
    p.add_argument("query", nargs="*", help="words to search for (empty: browse by filters)")
    for name, metavar, text in FILTER_OPTIONS:
        p.add_argument(f"--{name}", nargs="+", action="extend", default=[], metavar=metavar,
                       help=text)
    p.add_argument("--limit", type=int, default=10, metavar="N")
    p.add_argument("--sort", choices=("relevance", "rating", "newest", "title"),
                   default="relevance")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_search)

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
    p.set_defaults(run=_prepare)


def _search(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    # Only a search reads the index: it first writes what is queued, unless another
    # process is writing the index (it answers from the index as it is, never waiting).
    library.search.catch_up()
    filters = {name: tuple(getattr(args, name)) for name, _m, _t in FILTER_OPTIONS}
    return search(library, " ".join(args.query), filters, args.limit, args.sort, args.json,
                  out)


def _prepare(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    context = CallContext(stage=args.stage, objections=tuple(args.objection),
                          competitor=args.competitor, industry=args.industry,
                          persona=args.persona)
    return prepare(library, context, args.limit, args.json, out)


def _bold(text: str, out: TextIO) -> str:
    return f"\x1b[1m{text}\x1b[0m" if out.isatty() else f"[{text}]"


def _tag_line(hit: AssetHit, library: Library) -> str:
    taxonomy = library.catalog.taxonomy()
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
        response = library.search.search(request)
    except IndexRepairing as exc:
        print(exc, file=sys.stderr)
        library.search.wait_for_repair()
        response = library.search.search(request)  # fails plainly if the repair did not
    text = response.request.text
    if text.strip() or any(filters.values()):
        _log_search(library, response)
    if as_json:
        print(json.dumps(response.to_json(), ensure_ascii=False, indent=2), file=out)
        return exit_codes.OK
    taxonomy = library.catalog.taxonomy()
    shown = f' for "{text}"' if text else ""
    if response.partial and response.total:
        print(f'No asset matches "{text}" well. Partial matches, with only some of the '
              f"words: {response.total}", file=out)
    else:
        print(f"{response.total} result{'s' if response.total != 1 else ''}{shown}", file=out)
    if response.notice:
        print(response.notice, file=out)
    if response.corrected:
        print(f'Did you mean: "{response.corrected}"?', file=out)
    if response.relaxed and not response.partial:
        print("No asset has all of those words; showing assets with some of them.", file=out)
    for rank, hit in enumerate(response.hits, 1):
        kind = taxonomy.label("kind", hit.kind) if hit.kind else "unsorted"
        # In a search that found what was asked, the near misses among it say so.
        near_miss = " [partial match]" if hit.partial and not response.partial else ""
        print(f"\n{rank:>2}. {hit.title}  ({kind}, {hit.source_name}){near_miss}", file=out)
        line = _tag_line(hit, library)
        if line:
            print(f"    {line}", file=out)
        snippet = "".join(_bold(t, out) if m else t for t, m in hit.snippet)
        if snippet:
            print(f"    {' '.join(snippet.split())}", file=out)
    if response.total == 0:
        print("Try fewer words, another spelling, or remove a filter.", file=out)
    if response.partial:
        print("Nothing covers this yet: ask marketing for it with "
              f'`enablement request "<what you needed>" --query "{text}"`.', file=out)
    print("\nRefine by:", file=out)
    for facet, counts in response.facets.items():
        if counts:
            values = ", ".join(f"{taxonomy.label(facet, v)} ({n})" for v, n in counts.items())
            print(f"  {taxonomy.facet(facet).label}: {values}", file=out)
    return exit_codes.OK


def _log_search(library: Library, response: SearchResponse) -> None:
    """The command line's searches count too (when they can be logged at all)."""
    library.search.log("", response.request, response.found, best_effort=True)


def prepare(library: Library, context: CallContext, limit: int, as_json: bool,
            out: TextIO) -> int:
    """Ranked assets for a call, each with the tags that put it there."""
    found = library.search.recommend(context, limit)
    if as_json:
        print(json.dumps([r.to_json() for r in found], ensure_ascii=False, indent=2), file=out)
        return exit_codes.OK
    if not found:
        print("No asset is tagged for this call yet. Pick fewer objections or another "
              "stage, or import content for it.", file=out)
        return exit_codes.OK
    for rank, item in enumerate(found, 1):
        kind = item.kind_label or "unsorted"
        print(f"{rank:>2}. {item.title}  ({kind}, {item.source_name})", file=out)
        print(f"    Why: {item.why()}", file=out)
    return exit_codes.OK
