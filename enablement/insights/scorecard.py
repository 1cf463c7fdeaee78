"""The scorecard: each asset's rating, usage and the deals it influenced.

The per-asset aggregates run as SQL in helper processes (``per_asset_queries``, see
``sql_worker``); ``score_assets`` joins their few rows per asset. The definitions, as
PRODUCT.md states them:

Rating
    Bayesian average of each rep's current (latest) rating in the period:
    ``(C·m + Σstars) / (C + n)`` with ``C`` = ratings.PRIOR_WEIGHT (5) and ``m`` the mean
    of all current ratings in the period (3.0 when there are none). Always shown with
    the vote count ``n``.
Uses, views, unique reps
    Views are previews; uses are opens, exports and "used on a call". Unique reps are
    the distinct people with any usage event on the asset. All within the period.
Influenced deal
    An imported deal on which the asset was recorded as used (a usage event naming the
    deal, or a rating naming it) on or before the deal's close date (any date if it is
    still open), the record falling in the period. Typed deal names have no outcome and
    are not counted.
Win rate, baseline, lift
    Win rate = won / closed among the asset's influenced deals that closed in the period.
    Baseline = won / closed among *all* deals that closed in the period. Lift = win rate −
    baseline, in percentage points; ``small_sample`` is set when fewer than
    MIN_SAMPLE influenced deals closed, and the reports say so.
Influenced and attributed revenue
    Influenced revenue = sum of the amounts of the asset's influenced deals won in the
    period. Attributed revenue = the same with each deal's amount split evenly among all
    assets that influenced that deal (by anyone, at any time before it closed).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Row

from enablement.catalog.taxonomy import Taxonomy
from enablement.feedback import ratings
from enablement.insights.results import AssetScore, Baseline
from enablement.insights.scope import USES, RowsFn, Scope, as_date, as_datetime

MIN_SAMPLE = 10          # influenced closed deals below which a lift is flagged


@dataclass(frozen=True)
class AssetEvents:
    """The per-asset aggregates the helper processes return, by asset id."""

    prior: float                                         # the Bayesian prior m
    ratings: dict[int, tuple[int, int, int, int]]        # votes, sum of stars, helped y/n
    usage: dict[int, tuple[int, int, int, int, object]]  # views, uses, calls, reps, last
    influence: dict[int, tuple[int, int, int, float, float]]


def per_asset_queries(scope: Scope) -> list[list[tuple[str, dict[str, object]]]]:
    """The per-asset aggregates, as two batches for two helper processes: ratings and
    usage; influenced deals."""

    def q(sql: str) -> tuple[str, dict[str, object]]:
        return sql, dict(scope.params)

    # Current ratings: each rep's latest in the period. SQLite returns the bare columns
    # of the row holding MAX(created_at), streamed through the index.
    ratings_sql = q(f"""
        SELECT asset_id, COUNT(*), SUM(stars), COALESCE(SUM(helped = 1), 0),
               COALESCE(SUM(helped = 0), 0)
        FROM (SELECT asset_id, stars, helped, MAX(created_at)
              FROM rating_events INDEXED BY ix_rating_events_current
              WHERE {scope.events()} GROUP BY asset_id, user_name)
        GROUP BY asset_id""")
    usage_sql = q(f"""
        SELECT asset_id, SUM(action = 'previewed'), SUM(action IN {USES}),
               SUM(action = 'used_on_call'), COUNT(DISTINCT user_name), MAX(created_at)
        FROM usage_events INDEXED BY ix_usage_events_asset
        WHERE {scope.events()} GROUP BY asset_id""")
    # ``pairs`` holds each (deal, asset) with a qualifying link at any time, flagged when
    # one of them falls in the period (and is the rep's): the flagged pairs are the
    # influenced deals, and all pairs of a deal share its attributed revenue.
    influence_sql = q(f"""WITH {_LINKS},
        pairs AS MATERIALIZED (
            SELECT l.deal_id, l.asset_id, MAX({scope.events('l')}) AS in_period
            FROM links l JOIN deals d ON d.id = l.deal_id
            WHERE NOT d.is_closed OR d.close_date IS NULL
                  OR substr(l.created_at, 1, 10) <= d.close_date
            GROUP BY l.deal_id, l.asset_id),
        shares AS (SELECT deal_id, COUNT(*) AS assets FROM pairs GROUP BY deal_id)
        SELECT p.asset_id, COUNT(*),
               SUM(d.is_closed AND d.close_date BETWEEN :lo_day AND :hi_day),
               SUM(d.is_won AND d.close_date BETWEEN :lo_day AND :hi_day),
               SUM(CASE WHEN d.is_won AND d.close_date BETWEEN :lo_day AND :hi_day
                        THEN COALESCE(d.amount, 0) ELSE 0 END),
               SUM(CASE WHEN d.is_won AND d.close_date BETWEEN :lo_day AND :hi_day
                        THEN COALESCE(d.amount, 0) / shares.assets ELSE 0 END)
        FROM pairs p JOIN deals d ON d.id = p.deal_id
        JOIN shares ON shares.deal_id = p.deal_id
        WHERE p.in_period GROUP BY p.asset_id""")
    return [[ratings_sql, usage_sql], [influence_sql]]


def asset_events(rating_rows: list[Row], usage_rows: list[Row],
                 influence_rows: list[Row]) -> AssetEvents:
    """The helpers' rows by asset id, with the prior: the mean of every current rating."""
    by_asset = {r[0]: (r[1], r[2], r[3], r[4]) for r in rating_rows}
    votes = sum(v[0] for v in by_asset.values())
    prior = (sum(v[1] for v in by_asset.values()) / votes if votes
             else ratings.NEUTRAL_MEAN)
    return AssetEvents(prior, by_asset, {r[0]: tuple(r[1:]) for r in usage_rows},
                       {r[0]: tuple(r[1:]) for r in influence_rows})


def bayesian(prior: float, votes: int, total: int) -> float:
    """The rating of ``votes`` current ratings summing to ``total`` stars."""
    return (ratings.PRIOR_WEIGHT * prior + total) / (ratings.PRIOR_WEIGHT + votes)


# A usage or rating that names an imported deal (qualifying: on or before it closed).
_LINKS = """
    links AS (
        SELECT asset_id, deal_id, user_name, created_at FROM usage_events
        WHERE deal_id IS NOT NULL
        UNION ALL
        SELECT asset_id, deal_id, user_name, created_at FROM rating_events
        WHERE deal_id IS NOT NULL)
"""


def assets_in_scope(rows: RowsFn, scope: Scope) -> list[Row]:
    """(id, title, expires_on, kind keys, stage keys) of each asset the stage allows."""
    scope_filter = ("WHERE a.id IN (SELECT asset_id FROM insight_tags WHERE facet = 'stage' "
                    "AND value_key = :stage)" if scope.stage else "")
    return rows(f"""
        SELECT a.id, a.title, a.expires_on, k.keys, s.keys FROM assets a
        LEFT JOIN (SELECT asset_id, group_concat(value_key, '|') AS keys FROM insight_tags
                   WHERE facet = 'kind' GROUP BY asset_id) k ON k.asset_id = a.id
        LEFT JOIN (SELECT asset_id, group_concat(value_key, '|') AS keys FROM insight_tags
                   WHERE facet = 'stage' GROUP BY asset_id) s ON s.asset_id = a.id
        {scope_filter}""")


def deal_baseline(rows: RowsFn) -> Baseline:
    """Won / closed among all deals closed in the period."""
    closed, won = rows("""SELECT COUNT(*), COALESCE(SUM(is_won), 0) FROM deals
        WHERE is_closed AND close_date >= :lo_day AND close_date <= :hi_day""")[0]
    return Baseline(closed=closed, won=won)


def score_assets(assets: list[Row], found: AssetEvents, taxonomy: Taxonomy,
                 baseline: Baseline) -> list[AssetScore]:
    """A scorecard row per asset, in the order of ``assets``."""
    base_rate = baseline.win_rate
    kind_labels: dict[str | None, str] = {}
    stage_labels: dict[str | None, tuple[str, ...]] = {}
    scores = []
    for asset_id, title, expires_on, kinds, stages in assets:
        if kinds not in kind_labels:
            kind_labels[kinds] = ", ".join(
                taxonomy.label("kind", k) for k in (kinds or "").split("|") if k)
        if stages not in stage_labels:
            stage_labels[stages] = tuple(
                taxonomy.label("stage", s) for s in _stage_order(taxonomy, stages))
        votes, total, yes, no = found.ratings.get(asset_id, (0, 0, 0, 0))
        views, uses, calls, reps, last = found.usage.get(asset_id, (0, 0, 0, 0, None))
        deals, closed, won, revenue, attributed = found.influence.get(
            asset_id, (0, 0, 0, 0.0, 0.0))
        win_rate = won / closed if closed else None
        lift = ((win_rate - base_rate) * 100
                if win_rate is not None and base_rate is not None else None)
        scores.append(AssetScore(
            asset_id=asset_id, title=title,
            kind=kind_labels[kinds], stages=stage_labels[stages],
            rating=bayesian(found.prior, votes, total), votes=votes,
            mean_stars=total / votes if votes else None, helped_yes=yes, helped_no=no,
            views=views, uses=uses, used_on_call=calls, unique_reps=reps,
            influenced_deals=deals, influenced_closed=closed, influenced_won=won,
            win_rate=win_rate, lift_pp=lift, small_sample=closed < MIN_SAMPLE,
            influenced_revenue=float(revenue), attributed_revenue=float(attributed),
            last_used=as_datetime(last), expires_on=as_date(expires_on)))
    return scores


def _stage_order(taxonomy: Taxonomy, joined: str | None) -> list[str]:
    keys = set((joined or "").split("|")) - {""}
    return [v.key for v in taxonomy.facet("stage").values if v.key in keys]
