"""Numbers for marketing: which content moves deals, what is missing, who uses it.

Every figure is aggregated in SQL (indexed range scans, GROUP BY), never by looping over
events in Python, so a library with 10k assets and 1M events reports in about a second
(``bench/bench_insights.py``). This module assembles them (``compute``) and is where the
window, the report and the command line import them from. Each figure's definition, as
PRODUCT.md states it, is the docstring of the module that computes it:

Rating; uses, views, unique reps; influenced deal; win rate, baseline, lift; influenced
and attributed revenue
    ``enablement.insights.scorecard``
Coverage gap (stage × objection)
    ``enablement.insights.coverage``
Search health (and content requests)
    ``enablement.insights.search_health``
Stale content
    ``enablement.insights.stale``
Adoption and trends
    ``enablement.insights.adoption``
Filters (period, rep, stage)
    ``enablement.insights.scope``

The filter and result types, and the thresholds ``CoverageCell.status`` applies, are in
``enablement.insights.results``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from enablement.catalog.taxonomy import Taxonomy
from enablement.insights import sql_worker
from enablement.insights.adoption import Activity, all_reps
from enablement.insights.coverage import WELL_RATED, count_demand, coverage_cells, supply_rows
from enablement.insights.results import (
    GAP_MIN_DEMAND,
    NO_STAGE,
    THIN_RATIO,
    AssetScore,
    Baseline,
    CoverageCell,
    InsightFilter,
    Insights,
    MonthTrend,
    QueryStat,
    RepAdoption,
    RequestRow,
    SearchHealth,
    StaleAsset,
)
from enablement.insights.scope import EFFECTIVE_TAGS, Scope, row_reader, scope_of
from enablement.insights.scorecard import (
    MIN_SAMPLE,
    asset_events,
    assets_in_scope,
    deal_baseline,
    per_asset_queries,
    score_assets,
)
from enablement.insights.search_health import group_queries, recent_requests, summarise_searches
from enablement.insights.stale import (
    LOW_RATED,
    MIN_VOTES_LOW,
    UNUSED_DAYS,
    stale_assets,
    unused_assets,
)

__all__ = [
    "GAP_MIN_DEMAND", "LOW_RATED", "MIN_SAMPLE", "MIN_VOTES_LOW", "NO_STAGE", "THIN_RATIO",
    "TOP_N", "UNUSED_DAYS", "WELL_RATED", "AssetScore", "Baseline", "CoverageCell",
    "InsightFilter", "Insights", "MonthTrend", "QueryStat", "RepAdoption", "RequestRow",
    "SearchHealth", "StaleAsset", "compute",
]

TOP_N = 10


def compute(sessions: Callable[[], Session], taxonomy: Taxonomy,
            flt: InsightFilter | None = None, today: date | None = None,
            unused_days: int = UNUSED_DAYS) -> Insights:
    """Everything the Insights view and the report show, for one filter.

    ``sessions`` makes sessions (``library.sessions``). The per-asset aggregates
    (ratings and usage; influenced deals) run in two helper processes
    (``sql_worker``: threads would contend inside SQLite) while this connection counts
    activity, searches and coverage; SQLite in WAL mode serves the readers at once.
    Each part reads the committed state as of its start; an event written between two
    starts can be in one part only.
    """
    flt = flt or InsightFilter()
    today = today or date.today()
    scope = scope_of(flt, today)
    with sessions() as session:
        db_path = session.get_bind().url.database
        assert db_path, "insights need a library file"
        batches = [sql_worker.submit(db_path, batch) for batch in per_asset_queries(scope)]
        return _compute(session.connection(), scope, flt, taxonomy, today, unused_days,
                        batches)


def _compute(conn: Connection, scope: Scope, flt: InsightFilter, taxonomy: Taxonomy,
             today: date, unused_days: int, batches: list[sql_worker.Pending]) -> Insights:
    # Each query is plain SQL over indexed columns; Python only joins the few aggregated
    # rows (per asset, per rep, per month) the queries return.
    rows = row_reader(conn, scope)
    conn.execute(text("DROP TABLE IF EXISTS temp.insight_tags"))
    conn.execute(text(EFFECTIVE_TAGS))
    try:
        assets = assets_in_scope(rows, scope)
        activity = Activity.collect(rows, scope)
        queries = group_queries(rows, scope)
        demand = count_demand(rows, scope, taxonomy, queries)
        supply = supply_rows(rows)
        unused = unused_assets(rows, today, unused_days)
        requests = recent_requests(rows, scope, taxonomy)
        baseline = deal_baseline(rows)
        reps = all_reps(rows) if flt.rep else None
    finally:
        conn.execute(text("DROP TABLE IF EXISTS temp.insight_tags"))
    (rating_rows, usage_rows), (influence_rows,) = (batch.result() for batch in batches)
    found = asset_events(rating_rows, usage_rows, influence_rows)
    scorecard = score_assets(assets, found, taxonomy, baseline)
    scored = sorted(scorecard, key=lambda s: (-s.rating, -s.votes, -s.uses, s.title))
    rated = [s for s in scored if s.votes]
    adoption = activity.adoption()
    trends = activity.trends()
    first_month = date.fromisoformat(f"{trends[0].month}-01") if trends else None
    return Insights(
        filter=flt, generated_at=datetime.now(), period_start=flt.since or first_month,
        period_end=flt.until or today, library_mean=found.prior, assets=len(scorecard),
        baseline=baseline, scorecard=scored, top=rated[:TOP_N],
        bottom=sorted(rated, key=lambda s: (s.rating, -s.votes, s.title))[:TOP_N],
        coverage=coverage_cells(scope, taxonomy, demand, supply, found),
        search_health=summarise_searches(activity, queries), requests=requests,
        stale=stale_assets(scorecard, unused, today, unused_days), adoption=adoption,
        trends=trends,
        reps=reps if reps is not None else sorted({a.user_name for a in adoption},
                                                  key=str.lower),
    )
