"""The report's tables as display text, shared by the HTML and the PDF so both show the
same rows and columns. Long lists are cut to their top rows here (with a note saying so):
a page a person reads needs no more, and a 10k-asset library still renders in well under
a second. The CSV report has every row, raw (see ``csvout``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from enablement.insights.figures import (
    GAP_MIN_DEMAND,
    MIN_SAMPLE,
    NO_STAGE,
    AssetScore,
    CoverageCell,
    Insights,
    QueryStat,
)
from enablement.insights.reporting import fmt

SCORECARD_ROWS = 50
LONG_ROWS = 100     # requests, stale content
REP_ROWS = 200


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 0            # text: its relative share of the PDF page's spare width
    numeric: bool = True        # right-aligned, and in the PDF as wide as its widest value


@dataclass(frozen=True)
class Table:
    key: str                    # an id for links and tests
    title: str
    columns: tuple[Column, ...]
    rows: list[tuple[str, ...]]
    note: str = ""
    empty: str = "Nothing in this period."


@dataclass(frozen=True)
class Grid:
    """The coverage map: one row per objection, one column per stage."""

    stages: list[str]
    rows: list[tuple[str, list[CoverageCell | None]]] = field(default_factory=list)


def _text(header: str, width: float) -> Column:
    return Column(header, width, numeric=False)


def _cut(total: int, shown: int, noun: str) -> str:
    return f"Showing {shown:,} of {total:,} {noun}; the CSV report has them all." if (
        total > shown) else ""


def _lift(score: AssetScore) -> str:
    if score.lift_pp is None:
        return fmt.DASH
    return f"{score.lift_pp:+.0f}{'*' if score.small_sample else ''}"


SMALL = f"* fewer than {MIN_SAMPLE} closed deals: too few to trust."


def scorecard(insights: Insights) -> Table:
    shown = insights.scorecard[:SCORECARD_ROWS]
    columns = (_text("Content", 60), _text("Kind", 22), _text("Stages", 30), Column("Rating"),
               Column("Votes"), Column("Helped y/n"), Column("Views"),
               Column("Uses"), Column("On call"), Column("Reps"),
               Column("Won/closed"), Column("Win rate"), Column("Lift (pts)"),
               Column("Attributed"), Column("Last used"))
    rows = [(s.title, s.kind, ", ".join(s.stages), fmt.stars(s.rating), fmt.count(s.votes),
             f"{s.helped_yes}/{s.helped_no}", fmt.count(s.views), fmt.count(s.uses),
             fmt.count(s.used_on_call), fmt.count(s.unique_reps),
             f"{s.influenced_won}/{s.influenced_closed}", fmt.pct(s.win_rate), _lift(s),
             fmt.money(s.attributed_revenue), fmt.day(s.last_used)) for s in shown]
    note = " ".join(n for n in (
        _cut(len(insights.scorecard), len(shown), "assets, best rated first"),
        SMALL if any(s.small_sample and s.lift_pp is not None for s in shown) else "") if n)
    return Table("scorecard", f"Scorecard ({fmt.plural(insights.assets, 'asset')} in scope)",
                 columns, rows, note, "No content in scope.")


def ranked(insights: Insights, best: bool) -> Table:
    scores = insights.top if best else insights.bottom
    columns = (_text("Content", 70), _text("Kind", 24), Column("Rating"),
               Column("Votes"), Column("Uses"), Column("Win rate"))
    rows = [(s.title, s.kind, fmt.stars(s.rating), fmt.count(s.votes), fmt.count(s.uses),
             fmt.pct(s.win_rate)) for s in scores]
    return Table("top" if best else "bottom", "Top rated" if best else "Lowest rated",
                 columns, rows, empty="No content was rated in this period.")


def queries(key: str, title: str, stats: list[QueryStat], empty: str) -> Table:
    columns = (_text("Search", 80), Column("Searches"), Column("Found nothing"),
               Column("Clicked"), Column("Last searched"))
    rows = [(q.text, fmt.count(q.searches), fmt.count(q.zero_results), fmt.count(q.clicked),
             fmt.moment(q.last_searched)) for q in stats]
    return Table(key, title, columns, rows, empty=empty)


def search_summary(insights: Insights) -> str:
    health = insights.search_health
    if not health.searches:
        return "No searches were logged in this period."
    return (f"{fmt.plural(health.searches, 'search', 'searches')}; "
            f"{fmt.pct(health.zero_result_rate)} found nothing "
            f"({fmt.count(health.zero_results)}); {fmt.count(health.without_click)} found "
            "something but led to no preview, open or export.")


def requests(insights: Insights) -> Table:
    shown = insights.requests[:LONG_ROWS]
    columns = (_text("Date", 16), _text("Rep", 22), _text("Needed", 80), _text("Search", 40),
               _text("Stage", 22), _text("Objection", 28))
    rows = [(fmt.day(r.created_at), r.user_name, r.need, r.query, r.stage or fmt.DASH,
             r.objection or fmt.DASH) for r in shown]
    return Table("requests", "Content requests", columns, rows,
                 _cut(len(insights.requests), len(shown), "requests, newest first"),
                 "No content requests in this period.")


def stale(insights: Insights) -> Table:
    shown = insights.stale[:LONG_ROWS]
    columns = (_text("Content", 80), _text("Why", 70), _text("Expires", 18),
               _text("Last used", 18), Column("Rating"), Column("Votes"))
    rows = [(s.title, "; ".join(s.reasons), fmt.day(s.expires_on), fmt.day(s.last_used),
             fmt.stars(s.rating), fmt.count(s.votes)) for s in shown]
    return Table("stale", "Stale content", columns, rows,
                 _cut(len(insights.stale), len(shown), "stale assets"), "Nothing is stale.")


def adoption(insights: Insights) -> Table:
    shown = insights.adoption[:REP_ROWS]
    columns = (_text("Rep", 34), Column("Searches"), Column("Found nothing"),
               Column("Views"), Column("Uses"), Column("On a call"),
               Column("Ratings"), Column("Field notes"), Column("Requests"),
               _text("Last active", 24))
    rows = [(a.user_name, fmt.count(a.searches), fmt.count(a.zero_result_searches),
             fmt.count(a.views), fmt.count(a.uses), fmt.count(a.used_on_call),
             fmt.count(a.ratings), fmt.count(a.field_notes), fmt.count(a.requests),
             fmt.moment(a.last_active)) for a in shown]
    return Table("adoption", "Adoption by rep", columns, rows,
                 _cut(len(insights.adoption), len(shown), "reps"),
                 "No rep activity in this period.")


def trends(insights: Insights) -> Table:
    columns = (_text("Month", 16), Column("Searches"), Column("Found nothing"),
               Column("Views"), Column("Uses"), Column("Ratings"),
               Column("Mean stars"), Column("Field notes"), Column("Requests"))
    rows = [(m.month, fmt.count(m.searches), fmt.count(m.zero_result_searches),
             fmt.count(m.views), fmt.count(m.uses), fmt.count(m.ratings),
             fmt.stars(m.mean_stars), fmt.count(m.field_notes), fmt.count(m.requests))
            for m in insights.trends]
    return Table("trends", "Monthly trends", columns, rows,
                 empty="No activity in this period.")


def all_tables(insights: Insights) -> dict[str, Table]:
    """Every table but the coverage grid, by key."""
    health = insights.search_health
    found = [scorecard(insights), ranked(insights, True), ranked(insights, False),
             queries("search-queries", "Top searches", health.top_queries,
                     "No searches in this period."),
             queries("zero-result-queries", "Searches that found nothing",
                     health.zero_result_queries, "Every search found something."),
             requests(insights), stale(insights), adoption(insights), trends(insights)]
    return {t.key: t for t in found}


def coverage_grid(insights: Insights) -> Grid:
    stages: dict[str, str] = {}
    objections: dict[str, str] = {}
    cells: dict[tuple[str, str], CoverageCell] = {}
    for cell in insights.coverage:
        stages.setdefault(cell.stage, cell.stage_label)
        objections.setdefault(cell.objection, cell.objection_label)
        cells[(cell.stage, cell.objection)] = cell
    order = [s for s in stages if s != NO_STAGE] + ([NO_STAGE] if NO_STAGE in stages else [])
    return Grid([stages[s] for s in order],
                [(label, [cells.get((s, key)) for s in order])
                 for key, label in objections.items()])


COVERAGE_LEGEND = (
    ("gap", "gap: asked about, nothing well rated"),
    ("thin", "thin: many asks per well-rated asset"),
    ("ok", f"ok: covered, or under {GAP_MIN_DEMAND} asks"),
    ("quiet", "quiet: nobody asked"),
)
STATUS_COLORS = {"gap": "#f4b6b0", "thin": "#fbe3a6", "ok": "#cfe8cf", "quiet": "#f2f2f2"}
