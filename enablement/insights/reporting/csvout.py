"""The report as CSV tables, for spreadsheets and BI tools: every row (the scorecard has
every asset in scope), raw numbers (rates 0..1 to 4 decimals, money to 2), ISO dates.

Every cell goes through ``enablement.insights.reporting.csvsafe``: text that a spreadsheet
would run as a formula (starting with = + - @, a tab or a carriage return), whoever typed it, gets a
leading apostrophe; numbers are passed as numbers (``Decimal`` for fixed decimals) so a
negative lift stays a number.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from enablement.insights.figures import Insights, QueryStat
from enablement.insights.reporting.csvsafe import Cell, fixed, render_csv

TABLES = ("scorecard", "summary", "coverage", "search-queries", "zero-result-queries",
          "requests", "stale", "adoption", "trends")


def csv_paths(out: Path) -> dict[str, Path]:
    """Where each table goes: ``out`` itself for the scorecard and ``<stem>-<table>.csv``
    beside it when ``out`` names a .csv file, else ``<table>.csv`` in the folder ``out``."""
    if out.suffix.lower() == ".csv":
        return {name: out if name == "scorecard" else out.with_name(f"{out.stem}-{name}.csv")
                for name in TABLES}
    return {name: out / f"{name}.csv" for name in TABLES}


def rate(value: float | None) -> Decimal | None:
    """A rate 0..1 to 4 decimals, or an empty cell."""
    return None if value is None else fixed(value, 4)


def money(value: float) -> Decimal:
    return fixed(value, 2)


def _scorecard(ins: Insights) -> str:
    return render_csv(
        ("asset_id", "title", "kind", "stages", "rating", "votes", "mean_stars", "helped_yes",
         "helped_no", "views", "uses", "used_on_call", "unique_reps", "influenced_deals",
         "influenced_closed", "influenced_won", "win_rate", "lift_points", "small_sample",
         "influenced_revenue", "attributed_revenue", "last_used", "expires_on"),
        ((s.asset_id, s.title, s.kind, "; ".join(s.stages), rate(s.rating), s.votes,
          rate(s.mean_stars), s.helped_yes, s.helped_no, s.views, s.uses,
          s.used_on_call, s.unique_reps, s.influenced_deals, s.influenced_closed,
          s.influenced_won, rate(s.win_rate),
          None if s.lift_pp is None else fixed(s.lift_pp, 2), s.small_sample,
          money(s.influenced_revenue), money(s.attributed_revenue), s.last_used, s.expires_on)
         for s in ins.scorecard))


def _summary(ins: Insights) -> str:
    health = ins.search_health
    facts: list[tuple[str, Cell]] = [
        ("filter", ins.filter.describe()), ("period_start", ins.period_start),
        ("period_end", ins.period_end), ("generated_at", ins.generated_at),
        ("assets", ins.assets), ("library_mean_rating", rate(ins.library_mean)),
        ("baseline_closed", ins.baseline.closed), ("baseline_won", ins.baseline.won),
        ("baseline_win_rate", rate(ins.baseline.win_rate)), ("searches", health.searches),
        ("zero_result_searches", health.zero_results),
        ("zero_result_rate", rate(health.zero_result_rate)),
        ("searches_without_click", health.without_click)]
    return render_csv(("metric", "value"), facts)


def _coverage(ins: Insights) -> str:
    return render_csv(
        ("stage", "stage_label", "objection", "objection_label", "heard", "searched",
         "demand", "well_rated_assets", "tagged_assets", "status"),
        ((c.stage, c.stage_label, c.objection, c.objection_label, c.heard, c.searched,
          c.demand, c.well_rated_assets, c.tagged_assets, c.status) for c in ins.coverage))


def _queries(stats: list[QueryStat]) -> str:
    return render_csv(("query", "searches", "zero_results", "clicked", "last_searched"),
                      ((q.text, q.searches, q.zero_results, q.clicked, q.last_searched)
                       for q in stats))


def _requests(ins: Insights) -> str:
    return render_csv(("created_at", "rep", "need", "query", "stage", "objection"),
                      ((r.created_at, r.user_name, r.need, r.query, r.stage, r.objection)
                       for r in ins.requests))


def _stale(ins: Insights) -> str:
    return render_csv(("asset_id", "title", "reasons", "expires_on", "last_used", "rating",
                       "votes"),
                      ((s.asset_id, s.title, "; ".join(s.reasons), s.expires_on,
                        s.last_used, rate(s.rating), s.votes) for s in ins.stale))


def _adoption(ins: Insights) -> str:
    return render_csv(
        ("rep", "searches", "zero_result_searches", "views", "uses", "used_on_call",
         "ratings", "field_notes", "requests", "last_active"),
        ((a.user_name, a.searches, a.zero_result_searches, a.views, a.uses,
          a.used_on_call, a.ratings, a.field_notes, a.requests, a.last_active)
         for a in ins.adoption))


def _trends(ins: Insights) -> str:
    return render_csv(
        ("month", "searches", "zero_result_searches", "views", "uses", "ratings",
         "mean_stars", "field_notes", "requests"),
        ((m.month, m.searches, m.zero_result_searches, m.views, m.uses, m.ratings,
          rate(m.mean_stars), m.field_notes, m.requests) for m in ins.trends))


RENDERERS: dict[str, Callable[[Insights], str]] = {
    "scorecard": _scorecard, "summary": _summary, "coverage": _coverage,
    "search-queries": lambda ins: _queries(ins.search_health.top_queries),
    "zero-result-queries": lambda ins: _queries(ins.search_health.zero_result_queries),
    "requests": _requests, "stale": _stale, "adoption": _adoption, "trends": _trends,
}


def render_tables(insights: Insights) -> dict[str, str]:
    """Each table's CSV text, by table name (the keys of ``csv_paths``)."""
    return {name: RENDERERS[name](insights) for name in TABLES}
