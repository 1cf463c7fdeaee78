"""Numbers for marketing: which content moves deals, what is missing, who uses it.

Every figure is aggregated in SQL (indexed range scans, GROUP BY), never by looping over
events in Python, so a library with 10k assets and 1M events reports in about a second
(``bench/bench_insights.py``). The definitions, as PRODUCT.md states them:

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
Coverage gap (stage × objection)
    Demand = times the objection was heard (field notes) plus searched (a search
    filtered on it, or whose words match the objection's label or phrases) at that
    stage; searches and notes that name no stage fall in the "stage not said" column.
    Supply = well-rated assets tagged with the objection and the stage (at least one
    vote and a Bayesian rating ≥ WELL_RATED). A cell is a *gap* when demand ≥
    GAP_MIN_DEMAND and supply is 0, and *thin* when there are more than THIN_RATIO
    demands per well-rated asset.
Search health
    Zero-result rate = searches that found nothing / all searches; "without a click" =
    searches that found something but led to no preview, open or export.
Stale content
    Expired (expiry date passed), unused for ``unused_days`` (no usage since, and
    imported before then), or low rated (≥ MIN_VOTES_LOW votes, Bayesian < LOW_RATED).

Filters: the period (``since``/``until``, inclusive dates) applies to every event; the
rep narrows events to that person's; the stage narrows assets to those tagged with it
(scorecard, top and bottom, stale, coverage columns, and the usage and ratings counted
in trends and adoption), and requests and searches to those naming that stage.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Connection, Row, text
from sqlalchemy.orm import Session

from enablement.catalog.taxonomy import Taxonomy
from enablement.feedback import ratings
from enablement.insights import sql_worker

MIN_SAMPLE = 10          # influenced closed deals below which a lift is flagged
WELL_RATED = 3.5         # Bayesian rating an asset needs to count as coverage
GAP_MIN_DEMAND = 3       # demand that makes an empty cell a gap rather than noise
THIN_RATIO = 10.0        # demands per well-rated asset above which coverage is thin
LOW_RATED = 2.5
MIN_VOTES_LOW = 3
UNUSED_DAYS = 90
TOP_N = 10
NO_STAGE = ""            # the coverage column for demand that named no stage


@dataclass(frozen=True)
class InsightFilter:
    since: date | None = None   # inclusive; None = from the first event
    until: date | None = None   # inclusive; None = today
    rep: str | None = None      # a user name as recorded
    stage: str | None = None    # a funnel-stage key

    def describe(self) -> str:
        if self.since is None:
            period = f"everything up to {self.until.isoformat()}" if self.until else "all time"
        else:
            end = self.until.isoformat() if self.until else "today"
            period = f"{self.since.isoformat()} to {end}"
        parts = [period]
        if self.rep:
            parts.append(f"rep {self.rep}")
        if self.stage:
            parts.append(f"stage {self.stage}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Baseline:
    closed: int
    won: int

    @property
    def win_rate(self) -> float | None:
        return self.won / self.closed if self.closed else None


@dataclass(frozen=True)
class AssetScore:
    asset_id: int
    title: str
    kind: str                   # label, e.g. "Case study"
    stages: tuple[str, ...]     # labels
    rating: float               # Bayesian
    votes: int
    mean_stars: float | None    # plain mean of current ratings
    helped_yes: int
    helped_no: int
    views: int
    uses: int
    used_on_call: int
    unique_reps: int
    influenced_deals: int
    influenced_closed: int
    influenced_won: int
    win_rate: float | None      # 0..1
    lift_pp: float | None       # percentage points vs Baseline.win_rate
    small_sample: bool
    influenced_revenue: float
    attributed_revenue: float
    last_used: datetime | None
    expires_on: date | None


@dataclass(frozen=True)
class CoverageCell:
    stage: str                  # key, or NO_STAGE
    stage_label: str
    objection: str              # key
    objection_label: str
    heard: int
    searched: int
    well_rated_assets: int
    tagged_assets: int

    @property
    def demand(self) -> int:
        return self.heard + self.searched

    @property
    def status(self) -> str:
        """'gap', 'thin', 'ok', or 'quiet' (no demand)."""
        if self.demand == 0:
            return "quiet"
        if self.well_rated_assets == 0:
            return "gap" if self.demand >= GAP_MIN_DEMAND else "ok"
        return "thin" if self.demand / self.well_rated_assets > THIN_RATIO else "ok"


@dataclass(frozen=True)
class QueryStat:
    text: str                   # normalised (lower case, single spaces)
    searches: int
    zero_results: int
    clicked: int
    last_searched: datetime


@dataclass(frozen=True)
class SearchHealth:
    searches: int
    zero_results: int
    without_click: int          # found something, nothing previewed/opened/exported
    top_queries: list[QueryStat] = field(default_factory=list)
    zero_result_queries: list[QueryStat] = field(default_factory=list)

    @property
    def zero_result_rate(self) -> float | None:
        return self.zero_results / self.searches if self.searches else None


@dataclass(frozen=True)
class RequestRow:
    created_at: datetime
    user_name: str
    need: str
    query: str
    stage: str                  # label or ""
    objection: str              # label or ""


@dataclass(frozen=True)
class StaleAsset:
    asset_id: int
    title: str
    reasons: tuple[str, ...]    # "expired 2026-01-31", "unused for 90+ days", "low rated"
    expires_on: date | None
    last_used: datetime | None
    rating: float
    votes: int


@dataclass(frozen=True)
class RepAdoption:
    user_name: str
    searches: int
    zero_result_searches: int
    views: int
    uses: int
    used_on_call: int
    ratings: int
    field_notes: int
    requests: int
    last_active: datetime | None


@dataclass(frozen=True)
class MonthTrend:
    month: str                  # "2026-09"
    searches: int
    zero_result_searches: int
    views: int
    uses: int
    ratings: int
    mean_stars: float | None
    field_notes: int
    requests: int


@dataclass(frozen=True)
class Insights:
    filter: InsightFilter
    generated_at: datetime
    period_start: date | None   # first day counted (the filter's, or the first event's)
    period_end: date            # last day counted
    library_mean: float         # the Bayesian prior m
    assets: int                 # assets in scope (after the stage filter)
    baseline: Baseline
    scorecard: list[AssetScore]         # every asset in scope, best rated first
    top: list[AssetScore]
    bottom: list[AssetScore]
    coverage: list[CoverageCell]
    search_health: SearchHealth
    requests: list[RequestRow]
    stale: list[StaleAsset]
    adoption: list[RepAdoption]         # most active first
    trends: list[MonthTrend]            # oldest month first
    reps: list[str] = field(default_factory=list)  # everyone seen, for the rep filter


# -- computing ------------------------------------------------------------------------------
# Each query is plain SQL over indexed columns; Python only joins the few aggregated rows
# (per asset, per rep, per month) the queries return.

_RANK = ("CASE origin WHEN 'manual' THEN 4 WHEN 'manifest' THEN 3 WHEN 'sidecar' THEN 3 "
         "WHEN 'properties' THEN 2 ELSE 1 END")
# An asset's effective tags for a few facets (tagging.effective, in SQL): the rows of the
# best-ranked origin per facet, a manual empty value meaning "cleared". Written once per
# compute into a temporary table, as the scorecard, the stage filter and the coverage map
# all read it.
_EFFECTIVE = f"""
    CREATE TEMP TABLE insight_tags AS
    WITH ranked AS (SELECT asset_id, facet, value_key, {_RANK} AS r FROM asset_tags
                    WHERE facet IN ('kind', 'stage', 'objection')),
         best AS (SELECT asset_id, facet, MAX(r) AS r FROM ranked GROUP BY asset_id, facet)
    SELECT ranked.asset_id, ranked.facet, ranked.value_key FROM ranked
    JOIN best USING (asset_id, facet, r) WHERE ranked.value_key != ''
"""
_USES = "('opened', 'exported', 'used_on_call')"


@dataclass(frozen=True)
class _Window:
    """The bind parameters and WHERE fragments every query shares."""

    params: dict[str, object]
    stage: str | None
    rep: str | None

    def events(self, alias: str = "", scoped: bool = False) -> str:
        """Period and rep conditions for an event table (``scoped``: asset in scope)."""
        p = f"{alias}." if alias else ""
        parts = [f"{p}created_at >= :lo", f"{p}created_at < :hi"]
        if self.rep:
            parts.append(f"{p}user_name = :rep")
        if scoped and self.stage:
            parts.append(f"{p}asset_id IN (SELECT asset_id FROM insight_tags "
                         "WHERE facet = 'stage' AND value_key = :stage)")
        return " AND ".join(parts)

    def search_stage(self, alias: str = "s") -> str:
        if not self.stage:
            return ""
        return (f" AND EXISTS (SELECT 1 FROM json_each({alias}.filters, '$.stage') "
                "WHERE json_each.value = :stage)")


def _window(flt: InsightFilter, today: date) -> _Window:
    until = flt.until or today
    params: dict[str, object] = {
        "lo": flt.since.isoformat() if flt.since else "0000-01-01",
        "hi": date.fromordinal(until.toordinal() + 1).isoformat(),
        "lo_day": flt.since.isoformat() if flt.since else "0000-01-01",
        "hi_day": until.isoformat(),
        "rep": flt.rep, "stage": flt.stage,
    }
    return _Window(params, flt.stage, flt.rep)


def _dt(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value  # type: ignore[return-value]
    return datetime.fromisoformat(str(value))


def _day(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value  # type: ignore[return-value]
    return date.fromisoformat(str(value)[:10])


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
    w = _window(flt, today)
    with sessions() as session:
        db_path = session.get_bind().url.database
        assert db_path, "insights need a library file"
        batches = [sql_worker.submit(db_path, batch) for batch in _per_asset_queries(w)]
        return _compute(session.connection(), w, flt, taxonomy, today, unused_days,
                        batches)


def _reader(conn: Connection, w: _Window) -> RowsFn:
    def rows(sql: str, extra: dict[str, object] | None = None) -> list[Row]:
        return list(conn.execute(text(sql), {**w.params, **(extra or {})}))
    return rows


def _compute(conn: Connection, w: _Window, flt: InsightFilter, taxonomy: Taxonomy,
             today: date, unused_days: int, batches: list[sql_worker.Pending]) -> Insights:
    rows = _reader(conn, w)
    conn.execute(text("DROP TABLE IF EXISTS temp.insight_tags"))
    conn.execute(text(_EFFECTIVE))
    try:
        assets = _assets_in_scope(rows, w)
        activity = _Activity.collect(rows, w)
        queries = _queries(rows, w)
        demand = _demand(rows, w, taxonomy, queries)
        supply = _supply_rows(rows)
        unused = _unused(rows, today, unused_days)
        requests = _requests(rows, w, taxonomy)
        baseline_row = rows("""SELECT COUNT(*), COALESCE(SUM(is_won), 0) FROM deals
            WHERE is_closed AND close_date >= :lo_day AND close_date <= :hi_day""")[0]
        reps = _all_reps(rows) if flt.rep else None
    finally:
        conn.execute(text("DROP TABLE IF EXISTS temp.insight_tags"))
    baseline = Baseline(closed=baseline_row[0], won=baseline_row[1])
    (rating_rows, usage_rows), (influence_rows,) = (batch.result() for batch in batches)
    found = _asset_events(rating_rows, usage_rows, influence_rows)
    scorecard = _scorecard(assets, found, taxonomy, baseline)
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
        coverage=_coverage(w, taxonomy, demand, supply, found),
        search_health=_search_health(activity, queries), requests=requests,
        stale=_stale(scorecard, unused, today, unused_days), adoption=adoption,
        trends=trends,
        reps=reps if reps is not None else sorted({a.user_name for a in adoption},
                                                  key=str.lower),
    )


RowsFn = Callable[..., list[Row]]


@dataclass(frozen=True)
class _AssetEvents:
    prior: float                                         # the Bayesian prior m
    ratings: dict[int, tuple[int, int, int, int]]        # votes, sum of stars, helped y/n
    usage: dict[int, tuple[int, int, int, int, object]]  # views, uses, calls, reps, last
    influence: dict[int, tuple[int, int, int, float, float]]

    def well_rated_ids(self) -> set[int]:
        return {asset_id for asset_id, (votes, total, _yes, _no) in self.ratings.items()
                if votes > 0 and _bayesian(self.prior, votes, total) >= WELL_RATED}


def _per_asset_queries(w: _Window) -> list[list[tuple[str, dict[str, object]]]]:
    """The per-asset aggregates, as two batches for two helper processes: ratings and
    usage; influenced deals."""

    def q(sql: str) -> tuple[str, dict[str, object]]:
        return sql, dict(w.params)

    # Current ratings: each rep's latest in the period. SQLite returns the bare columns
    # of the row holding MAX(created_at), streamed through the index.
    ratings_sql = q(f"""
        SELECT asset_id, COUNT(*), SUM(stars), COALESCE(SUM(helped = 1), 0),
               COALESCE(SUM(helped = 0), 0)
        FROM (SELECT asset_id, stars, helped, MAX(created_at)
              FROM rating_events INDEXED BY ix_rating_events_current
              WHERE {w.events()} GROUP BY asset_id, user_name)
        GROUP BY asset_id""")
    usage_sql = q(f"""
        SELECT asset_id, SUM(action = 'previewed'), SUM(action IN {_USES}),
               SUM(action = 'used_on_call'), COUNT(DISTINCT user_name), MAX(created_at)
        FROM usage_events INDEXED BY ix_usage_events_asset
        WHERE {w.events()} GROUP BY asset_id""")
    # ``pairs`` holds each (deal, asset) with a qualifying link at any time, flagged when
    # one of them falls in the period (and is the rep's): the flagged pairs are the
    # influenced deals, and all pairs of a deal share its attributed revenue.
    influence_sql = q(f"""WITH {_LINKS},
        pairs AS MATERIALIZED (
            SELECT l.deal_id, l.asset_id, MAX({w.events('l')}) AS in_period
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


def _asset_events(rating_rows: list[Row], usage_rows: list[Row],
                  influence_rows: list[Row]) -> _AssetEvents:
    by_asset = {r[0]: (r[1], r[2], r[3], r[4]) for r in rating_rows}
    votes = sum(v[0] for v in by_asset.values())
    prior = (sum(v[1] for v in by_asset.values()) / votes if votes
             else ratings.NEUTRAL_MEAN)
    return _AssetEvents(prior, by_asset, {r[0]: tuple(r[1:]) for r in usage_rows},
                        {r[0]: tuple(r[1:]) for r in influence_rows})


def _bayesian(prior: float, votes: int, total: int) -> float:
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


def _assets_in_scope(rows: RowsFn, w: _Window) -> list[Row]:
    scope_filter = ("WHERE a.id IN (SELECT asset_id FROM insight_tags WHERE facet = 'stage' "
                    "AND value_key = :stage)" if w.stage else "")
    return rows(f"""
        SELECT a.id, a.title, a.expires_on, k.keys, s.keys FROM assets a
        LEFT JOIN (SELECT asset_id, group_concat(value_key, '|') AS keys FROM insight_tags
                   WHERE facet = 'kind' GROUP BY asset_id) k ON k.asset_id = a.id
        LEFT JOIN (SELECT asset_id, group_concat(value_key, '|') AS keys FROM insight_tags
                   WHERE facet = 'stage' GROUP BY asset_id) s ON s.asset_id = a.id
        {scope_filter}""")


def _scorecard(assets: list[Row], found: _AssetEvents, taxonomy: Taxonomy,
               baseline: Baseline) -> list[AssetScore]:
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
            rating=_bayesian(found.prior, votes, total), votes=votes,
            mean_stars=total / votes if votes else None, helped_yes=yes, helped_no=no,
            views=views, uses=uses, used_on_call=calls, unique_reps=reps,
            influenced_deals=deals, influenced_closed=closed, influenced_won=won,
            win_rate=win_rate, lift_pp=lift, small_sample=closed < MIN_SAMPLE,
            influenced_revenue=float(revenue), attributed_revenue=float(attributed),
            last_used=_dt(last), expires_on=_day(expires_on)))
    return scores


def _stage_order(taxonomy: Taxonomy, joined: str | None) -> list[str]:
    keys = set((joined or "").split("|")) - {""}
    return [v.key for v in taxonomy.facet("stage").values if v.key in keys]


def _unused(rows: RowsFn, today: date, unused_days: int) -> dict[int, datetime | None]:
    """Assets imported before the cutoff and not used since: id -> last use (or None)."""
    cutoff = date.fromordinal(today.toordinal() - unused_days).isoformat()
    return {r[0]: _dt(r[1]) for r in rows(f"""
        SELECT a.id, (SELECT MAX(created_at) FROM usage_events u WHERE u.asset_id = a.id
                      AND u.action IN {_USES}) AS last
        FROM assets a WHERE a.imported_at < :cutoff AND NOT EXISTS (
            SELECT 1 FROM usage_events u WHERE u.asset_id = a.id AND u.action IN {_USES}
            AND u.created_at >= :cutoff)""", {"cutoff": cutoff})}


def _stale(scorecard: list[AssetScore], unused: dict[int, datetime | None], today: date,
           unused_days: int) -> list[StaleAsset]:
    """Stale is about now, not the period: expiry before today, no use in the last
    ``unused_days`` days (by anyone), or a low rating with enough votes to mean it."""
    found = []
    for score in scorecard:
        reasons = []
        if score.expires_on is not None and score.expires_on < today:
            reasons.append(f"expired {score.expires_on.isoformat()}")
        if score.asset_id in unused:
            reasons.append(f"unused for {unused_days}+ days")
        if score.votes >= MIN_VOTES_LOW and score.rating < LOW_RATED:
            reasons.append(f"low rated ({score.rating:.1f} from {score.votes} votes)")
        if reasons:
            found.append(StaleAsset(score.asset_id, score.title, tuple(reasons),
                                    score.expires_on, unused.get(score.asset_id),
                                    score.rating, score.votes))
    return sorted(found, key=lambda s: (-len(s.reasons), s.title.lower()))


def _demand(rows: RowsFn, w: _Window, taxonomy: Taxonomy, queries: _Queries
            ) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], int]]:
    """(stage, objection) -> times heard (field notes), and -> times searched."""
    heard: dict[tuple[str, str], int] = {}
    for stage, objection, count in rows(f"""
            SELECT stage, value_key, COUNT(*) FROM field_notes
            WHERE kind = 'objection' AND {w.events()} GROUP BY stage, value_key"""):
        heard[(stage, objection)] = count
    searched = dict(queries.by_objection_filter)
    matcher = _ObjectionMatcher(taxonomy)
    for (query, stage), count in queries.typed_by_stage.items():
        for objection in matcher.objections(query):
            searched[(stage, objection)] = searched.get((stage, objection), 0) + count
    return heard, searched


def _supply_rows(rows: RowsFn) -> list[Row]:
    """(asset, stage or '', objection) for each objection an asset answers, per stage."""
    return rows("""
        SELECT o.asset_id, COALESCE(s.value_key, ''), o.value_key
        FROM insight_tags o LEFT JOIN insight_tags s
             ON s.asset_id = o.asset_id AND s.facet = 'stage'
        WHERE o.facet = 'objection'""")


def _coverage(w: _Window, taxonomy: Taxonomy,
              demand: tuple[dict[tuple[str, str], int], dict[tuple[str, str], int]],
              supply: list[Row], found: _AssetEvents) -> list[CoverageCell]:
    heard, searched = demand
    tagged: dict[tuple[str, str], set[int]] = {}
    good: dict[tuple[str, str], set[int]] = {}
    well_rated = found.well_rated_ids()
    for asset_id, stage, objection in supply:
        # The "stage not said" column counts each asset answering the objection once,
        # whatever stages it is tagged with.
        for column in (stage, NO_STAGE):
            tagged.setdefault((column, objection), set()).add(asset_id)
            if asset_id in well_rated:
                good.setdefault((column, objection), set()).add(asset_id)
    stages = [(v.key, v.label) for v in taxonomy.facet("stage").values
              if not w.stage or v.key == w.stage] + [(NO_STAGE, "Stage not said")]
    return [CoverageCell(
        stage=stage, stage_label=stage_label, objection=objection.key,
        objection_label=objection.label, heard=heard.get((stage, objection.key), 0),
        searched=searched.get((stage, objection.key), 0),
        well_rated_assets=len(good.get((stage, objection.key), ())),
        tagged_assets=len(tagged.get((stage, objection.key), ())))
        for stage, stage_label in stages for objection in taxonomy.facet("objection").values]


class _ObjectionMatcher:
    """Which objections a typed query is about: the label's parts ("Price", "budget") and
    the taxonomy's strong phrases (weight ≥ 1.5), as whole words."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.patterns: list[tuple[str, re.Pattern[str]]] = []
        for value in taxonomy.facet("objection").values:
            words = {part.strip().lower() for part in value.label.split("/") if part.strip()}
            words |= {phrase.lower() for phrase, weight in value.phrases if weight >= 1.5}
            alternatives = "|".join(re.escape(word) for word in sorted(words, key=len,
                                                                        reverse=True))
            self.patterns.append((value.key, re.compile(rf"\b(?:{alternatives})\b")))

    def objections(self, query: str) -> list[str]:
        return [key for key, pattern in self.patterns if pattern.search(query)]


@dataclass
class _Queries:
    """Searches grouped by what was typed, from one pass each over the query index and
    over the (few) searches that carried filters."""

    stats: list[QueryStat]
    by_objection_filter: dict[tuple[str, str], int]   # (stage, objection) -> searches
    typed_by_stage: dict[tuple[str, str], int]        # (query, stage) -> searches


def _queries(rows: RowsFn, w: _Window) -> _Queries:
    stage = w.search_stage("s")
    stats = {q: [n, zero, clicks, last] for q, n, zero, clicks, last in rows(f"""
        SELECT s.query_key, COUNT(*), SUM(s.result_count = 0), SUM(s.opened),
               MAX(s.created_at)
        FROM search_events s INDEXED BY ix_search_events_query
        WHERE {w.events('s')}{stage} GROUP BY s.query_key""")}
    by_filter: dict[tuple[str, str], int] = {}
    typed: dict[tuple[str, str], int] = {
        (q, NO_STAGE): v[0] for q, v in stats.items() if q}
    for query, filters, count in rows(f"""
            SELECT s.query_key, s.filters, COUNT(*) FROM search_events s
            WHERE {w.events('s')}{stage} AND s.filters != '{{}}' GROUP BY 1, 2"""):
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
    return _Queries(
        stats=[QueryStat(q, n, zero, clicks, _dt(last))
               for q, (n, zero, clicks, last) in stats.items() if q],
        by_objection_filter=by_filter,
        typed_by_stage={key: n for key, n in typed.items() if n})


def _search_health(activity: _Activity, queries: _Queries, limit: int = 20) -> SearchHealth:
    top = sorted(queries.stats, key=lambda q: (-q.searches, q.text))[:limit]
    zeros = sorted((q for q in queries.stats if q.zero_results),
                   key=lambda q: (-q.zero_results, q.text))[:limit]
    return SearchHealth(searches=activity.total("searches"),
                        zero_results=activity.total("zero"),
                        without_click=activity.total("unclicked"),
                        top_queries=top, zero_result_queries=zeros)


def _requests(rows: RowsFn, w: _Window, taxonomy: Taxonomy) -> list[RequestRow]:
    stage = " AND stage = :stage" if w.stage else ""
    return [RequestRow(_dt(created), user, need, query,
                       taxonomy.label("stage", st) if st else "",
                       taxonomy.label("objection", ob) if ob else "")
            for created, user, need, query, st, ob in rows(f"""
                SELECT created_at, user_name, need, query, stage, objection
                FROM content_requests WHERE {w.events()}{stage}
                ORDER BY created_at DESC LIMIT 500""")]


_COUNTS = ("searches", "zero", "unclicked", "views", "uses", "calls", "ratings", "stars",
           "notes", "requests")


@dataclass
class _Activity:
    """Counts per (rep, month), from the daily rollup ``activity_days`` (a few thousand
    rows, kept by triggers) or, with a stage filter, from one streaming pass per event
    table over its (user_name, month) index; adoption sums them by rep and trends by
    month."""

    cells: dict[tuple[str, str], dict[str, int]]
    last: dict[str, str]

    @classmethod
    def collect(cls, rows: RowsFn, w: _Window) -> _Activity:
        cells: dict[tuple[str, str], dict[str, int]] = {}
        last: dict[str, str] = {}

        def add(user: str, month: str, latest: object, **values: int) -> None:
            cell = cells.setdefault((user, month), dict.fromkeys(_COUNTS, 0))
            for name, value in values.items():
                cell[name] += value or 0
            if latest is not None and str(latest) > last.get(user, ""):
                last[user] = str(latest)

        if w.stage:
            cls._from_events(rows, w, add)
        else:
            rep = " AND user_name = :rep" if w.rep else ""
            for (user, m, searches, zero, unclicked, views, uses, calls, n, stars,
                 latest) in rows(f"""
                    SELECT user_name, substr(day, 1, 7), SUM(searches), SUM(zero_results),
                           SUM(unclicked), SUM(views), SUM(uses), SUM(calls), SUM(ratings),
                           SUM(stars), MAX(last_at)
                    FROM activity_days WHERE day >= :lo_day AND day <= :hi_day{rep}
                    GROUP BY user_name, substr(day, 1, 7)
                    HAVING SUM(searches) + SUM(views) + SUM(uses) + SUM(ratings) > 0"""):
                add(user, m, latest, searches=searches, zero=zero, unclicked=unclicked,
                    views=views, uses=uses, calls=calls, ratings=n, stars=stars)
        stage = " AND stage = :stage" if w.stage else ""
        month = "substr(created_at, 1, 7)"
        for table, name in (("field_notes", "notes"), ("content_requests", "requests")):
            for user, m, n, latest in rows(f"""
                    SELECT user_name, {month}, COUNT(*), MAX(created_at) FROM {table}
                    WHERE {w.events()}{stage} GROUP BY user_name, {month}"""):
                add(user, m, latest, **{name: n})
        return cls(cells, last)

    @staticmethod
    def _from_events(rows: RowsFn, w: _Window, add: Callable[..., None]) -> None:
        """With a stage filter the daily rollup cannot say which asset or search had
        which stage, so count from the events, through their (user, month) indexes."""
        month = "substr(created_at, 1, 7)"
        for user, m, n, zero, unclicked, latest in rows(f"""
                SELECT user_name, {month}, COUNT(*), SUM(result_count = 0),
                       SUM(result_count > 0 AND NOT opened), MAX(created_at)
                FROM search_events s INDEXED BY ix_search_events_user_month
                WHERE {w.events('s')}{w.search_stage('s')} GROUP BY user_name, {month}"""):
            add(user, m, latest, searches=n, zero=zero, unclicked=unclicked)
        for user, m, views, uses, calls, latest in rows(f"""
                SELECT user_name, {month}, SUM(action = 'previewed'), SUM(action IN {_USES}),
                       SUM(action = 'used_on_call'), MAX(created_at)
                FROM usage_events INDEXED BY ix_usage_events_user_month
                WHERE {w.events(scoped=True)} GROUP BY user_name, {month}"""):
            add(user, m, latest, views=views, uses=uses, calls=calls)
        for user, m, n, stars in rows(f"""
                SELECT user_name, {month}, COUNT(*), SUM(stars)
                FROM rating_events INDEXED BY ix_rating_events_user_month
                WHERE {w.events(scoped=True)} GROUP BY user_name, {month}"""):
            add(user, m, None, ratings=n, stars=stars)

    def total(self, name: str) -> int:
        return sum(cell[name] for cell in self.cells.values())

    def _summed(self, position: int) -> dict[str, dict[str, int]]:
        sums: dict[str, dict[str, int]] = {}
        for key, cell in self.cells.items():
            into = sums.setdefault(key[position], dict.fromkeys(_COUNTS, 0))
            for name, value in cell.items():
                into[name] += value
        return sums

    def adoption(self) -> list[RepAdoption]:
        found = [RepAdoption(
            user_name=user, searches=v["searches"], zero_result_searches=v["zero"],
            views=v["views"], uses=v["uses"], used_on_call=v["calls"], ratings=v["ratings"],
            field_notes=v["notes"], requests=v["requests"],
            last_active=_dt(self.last.get(user))) for user, v in self._summed(0).items()]
        return sorted(found, key=lambda a: (-(a.uses + a.ratings + a.searches), a.user_name))

    def trends(self) -> list[MonthTrend]:
        return [MonthTrend(
            month=month, searches=v["searches"], zero_result_searches=v["zero"],
            views=v["views"], uses=v["uses"], ratings=v["ratings"],
            mean_stars=v["stars"] / v["ratings"] if v["ratings"] else None,
            field_notes=v["notes"], requests=v["requests"])
            for month, v in sorted(self._summed(1).items())]


def _all_reps(rows: RowsFn) -> list[str]:
    names = {r[0] for r in rows("""
        SELECT DISTINCT user_name FROM activity_days UNION
        SELECT DISTINCT user_name FROM field_notes UNION
        SELECT DISTINCT user_name FROM content_requests""")}
    return sorted(names, key=str.lower)
