"""What reps looked for: search health, the queries typed, and the content they asked for.

The queries grouped here also feed the coverage map's demand (``coverage``). The
definition, as PRODUCT.md states it:

Search health
    Zero-result rate = searches that found nothing / all searches; "without a click" =
    searches that found something but led to no preview, open or export.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from enablement.catalog.taxonomy import Taxonomy
from enablement.insights.adoption import Activity
from enablement.insights.results import NO_STAGE, QueryStat, RequestRow, SearchHealth
from enablement.insights.scope import RowsFn, Scope, as_datetime


@dataclass
class Queries:
    """Searches grouped by what was typed, from one pass each over the query index and
    over the (few) searches that carried filters."""

    stats: list[QueryStat]
    by_objection_filter: dict[tuple[str, str], int]   # (stage, objection) -> searches
    typed_by_stage: dict[tuple[str, str], int]        # (query, stage) -> searches


def group_queries(rows: RowsFn, scope: Scope) -> Queries:
    """Per typed query its counts; per (stage, objection) the searches filtered on it;
    per (query, stage) the typed searches without an objection filter."""
    stage = scope.search_stage("s")
    stats = {q: [n, zero, clicks, last] for q, n, zero, clicks, last in rows(f"""
        SELECT s.query_key, COUNT(*), SUM(s.result_count = 0), SUM(s.opened),
               MAX(s.created_at)
        FROM search_events s INDEXED BY ix_search_events_query
        WHERE {scope.events('s')}{stage} GROUP BY s.query_key""")}
    by_filter: dict[tuple[str, str], int] = {}
    typed: dict[tuple[str, str], int] = {
        (q, NO_STAGE): v[0] for q, v in stats.items() if q}
    for query, filters, count in rows(f"""
            SELECT s.query_key, s.filters, COUNT(*) FROM search_events s
            WHERE {scope.events('s')}{stage} AND s.filters != '{{}}' GROUP BY 1, 2"""):
        parsed = json.loads(filters)
        stages = parsed.get("stage") or [NO_STAGE]
        if query:  # filtered searches are not "stage not said" ones
            typed[(query, NO_STAGE)] -= count
        for objection in parsed.get("objection", []):
            for st in stages:
                by_filter[(st, objection)] = by_filter.get((st, objection), 0) + count
        if query and not parsed.get("objection"):
            for st in stages:
                typed[(query, st)] = typed.get((query, st), 0) + count
    return Queries(
        stats=[QueryStat(q, n, zero, clicks, as_datetime(last))
               for q, (n, zero, clicks, last) in stats.items() if q],
        by_objection_filter=by_filter,
        typed_by_stage={key: n for key, n in typed.items() if n})


def summarise_searches(activity: Activity, queries: Queries, limit: int = 20) -> SearchHealth:
    """Totals from the activity counts; the ``limit`` most searched and most often
    fruitless queries."""
    top = sorted(queries.stats, key=lambda q: (-q.searches, q.text))[:limit]
    zeros = sorted((q for q in queries.stats if q.zero_results),
                   key=lambda q: (-q.zero_results, q.text))[:limit]
    return SearchHealth(searches=activity.total("searches"),
                        zero_results=activity.total("zero"),
                        without_click=activity.total("unclicked"),
                        top_queries=top, zero_result_queries=zeros)


def recent_requests(rows: RowsFn, scope: Scope, taxonomy: Taxonomy) -> list[RequestRow]:
    """The latest 500 content requests in scope, newest first."""
    stage = " AND stage = :stage" if scope.stage else ""
    return [RequestRow(as_datetime(created), user, need, query,
                       taxonomy.label("stage", st) if st else "",
                       taxonomy.label("objection", ob) if ob else "")
            for created, user, need, query, st, ob in rows(f"""
                SELECT created_at, user_name, need, query, stage, objection
                FROM content_requests WHERE {scope.events()}{stage}
                ORDER BY created_at DESC LIMIT 500""")]
