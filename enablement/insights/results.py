"""What Insights hands to its faces: the filter asked for, and the figures as plain data.

The window, the report and the command line read these types only; how each figure is
computed (and defined) is in the module that computes it (see ``figures``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

GAP_MIN_DEMAND = 3       # demand that makes an empty cell a gap rather than noise
THIN_RATIO = 10.0        # demands per well-rated asset above which coverage is thin
NO_STAGE = ""            # the coverage column for demand that named no stage


@dataclass(frozen=True)
class InsightFilter:
    """What to count: a period, one rep, one stage (how each applies: ``scope``)."""

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
    """All deals closed in the period: what an asset's win rate is compared with."""

    closed: int
    won: int

    @property
    def win_rate(self) -> float | None:
        return self.won / self.closed if self.closed else None


@dataclass(frozen=True)
class AssetScore:
    """One asset's row of the scorecard (definitions: ``scorecard``)."""

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
    """One stage × objection cell of the coverage map (definitions: ``coverage``)."""

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
    """One typed query's searches in the period."""

    text: str                   # normalised (lower case, single spaces)
    searches: int
    zero_results: int
    clicked: int
    last_searched: datetime


@dataclass(frozen=True)
class SearchHealth:
    """How searching went in the period (definitions: ``search_health``)."""

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
    """One content request, labels in place of taxonomy keys."""

    created_at: datetime
    user_name: str
    need: str
    query: str
    stage: str                  # label or ""
    objection: str              # label or ""


@dataclass(frozen=True)
class StaleAsset:
    """An asset to review, with every reason it is stale (definitions: ``stale``)."""

    asset_id: int
    title: str
    reasons: tuple[str, ...]    # "expired 2026-01-31", "unused for 90+ days", "low rated"
    expires_on: date | None
    last_used: datetime | None
    rating: float
    votes: int


@dataclass(frozen=True)
class RepAdoption:
    """One rep's activity in the period."""

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
    """The whole team's activity in one month of the period."""

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
    """Every figure for one filter, as the Insights view and the report show them."""

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
