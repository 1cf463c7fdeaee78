"""What each report chart shows, decided once from the Insights and drawn by both the HTML
(``to_svg``) and the PDF (``draw`` → shapes), so the two reports never disagree."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from enablement.insights.figures import MIN_SAMPLE, NO_STAGE, Insights
from enablement.insights.reporting import fmt, layout

BARS = 10       # rows in an asset or coverage chart
REPS = 15       # rows in the adoption chart


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars; each value is written as ``value_format.format(v)`` plus its
    annotation, if any."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    value_format: str = "{:,.0f}"
    axis_label: str = ""
    annotations: tuple[str, ...] = ()
    note: str = ""
    reference: float | None = None     # a dashed line, e.g. the baseline
    reference_label: str = ""
    empty: str = "No data for this period."

    def value_texts(self) -> list[str]:
        notes = self.annotations or ("",) * len(self.values)
        return [f"{self.value_format.format(v)}  ({n})" if n else self.value_format.format(v)
                for v, n in zip(self.values, notes, strict=True)]


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class LineChart:
    title: str
    x_labels: tuple[str, ...]
    series: tuple[Series, ...]
    y_label: str = ""
    x_label: str = ""
    empty: str = "No data for this period."


Chart = BarChart | LineChart


def build_charts(insights: Insights) -> list[Chart]:
    """The report's charts, in reading order."""
    return [trends_chart(insights), top_assets_chart(insights), lift_chart(insights),
            coverage_chart(insights), adoption_chart(insights)]


def trends_chart(insights: Insights) -> LineChart:
    months = insights.trends
    return LineChart(
        "Activity by month", tuple(m.month for m in months),
        (Series("Searches", tuple(m.searches for m in months)),
         Series("Uses", tuple(m.uses for m in months)),
         Series("Ratings", tuple(m.ratings for m in months))),
        y_label="Events per month", x_label="Month",
        empty="No searches, uses or ratings in this period.")


def top_assets_chart(insights: Insights) -> BarChart:
    """By attributed revenue when deals say anything, else by rating."""
    earning = sorted((s for s in insights.scorecard if s.attributed_revenue > 0),
                     key=lambda s: (-s.attributed_revenue, s.title))[:BARS]
    if earning:
        return BarChart(
            "Top content by attributed revenue", tuple(s.title for s in earning),
            tuple(s.attributed_revenue for s in earning), "{:,.0f}",
            "Attributed revenue (each won deal's amount split among the content it used)",
            tuple(fmt.plural(s.influenced_won, "won deal") for s in earning))
    rated = insights.top[:BARS]
    return BarChart(
        "Top content by rating", tuple(s.title for s in rated),
        tuple(s.rating for s in rated), "{:.1f}", "Rating (Bayesian average, 1 to 5 stars)",
        tuple(fmt.plural(s.votes, "vote") for s in rated),
        empty="No content was rated in this period.")


def lift_chart(insights: Insights) -> BarChart:
    """Win rates of the content with the most closed deals behind it, against the
    baseline; thin evidence is starred, not hidden."""
    base = insights.baseline.win_rate
    title = "Win rate with content vs baseline"
    if base is None:
        return BarChart(title, (), (), empty="No deals closed in this period, so there is "
                        "no baseline yet.")
    linked = sorted((s for s in insights.scorecard if s.influenced_closed and s.win_rate
                     is not None), key=lambda s: (-s.influenced_closed, -s.win_rate, s.title))
    shown = sorted(linked[:BARS], key=lambda s: (-(s.win_rate or 0), s.title))
    small = any(s.small_sample for s in shown)
    return BarChart(
        title, tuple(s.title for s in shown),
        tuple((s.win_rate or 0) * 100 for s in shown), "{:.0f}%",
        "Win rate of closed deals that used the content",
        tuple(f"{fmt.plural(s.influenced_closed, 'deal')}{'*' if s.small_sample else ''}"
              for s in shown),
        note=f"* fewer than {MIN_SAMPLE} closed deals: too few to trust" if small else "",
        reference=base * 100, reference_label=f"Baseline {fmt.pct(base)}",
        empty="No closed deal in this period is linked to content yet.")


def coverage_chart(insights: Insights) -> BarChart:
    if not insights.coverage:
        empty = "No objections in the taxonomy."
    elif not any(c.demand for c in insights.coverage):
        empty = "No objections were heard or searched for in this period."
    else:
        empty = "No gaps: everything reps asked about has well-rated content."
    needy = sorted((c for c in insights.coverage if c.status in ("gap", "thin")),
                   key=lambda c: (c.status != "gap", -c.demand, c.objection_label))[:BARS]
    return BarChart(
        "Biggest coverage gaps",
        tuple(f"{c.objection_label} @ "
              f"{'no stage' if c.stage == NO_STAGE else c.stage_label}" for c in needy),
        tuple(c.demand for c in needy), "{:,.0f}", "Demand (times heard or searched)",
        tuple("gap: nothing well rated" if c.status == "gap" else
              f"thin: {fmt.plural(c.well_rated_assets, 'well-rated asset')}" for c in needy),
        empty=empty)


def adoption_chart(insights: Insights) -> BarChart:
    using = sorted((a for a in insights.adoption if a.uses),
                   key=lambda a: (-a.uses, a.user_name))[:REPS]
    return BarChart(
        "Content uses by rep", tuple(a.user_name for a in using),
        tuple(a.uses for a in using), "{:,.0f}",
        "Uses (opens, exports and uses on a call)",
        tuple(f"{fmt.count(a.used_on_call)} on a call" for a in using),
        empty="No rep used content in this period.")


def draw(chart: Chart) -> layout.Drawing:
    """The chart as shapes on a pixel canvas (see ``layout``)."""
    if isinstance(chart, BarChart):
        return layout.bars(chart.title, chart.labels, chart.values, chart.value_texts(),
                           chart.axis_label, chart.note, chart.reference,
                           chart.reference_label, chart.empty)
    return layout.lines(chart.title, chart.x_labels,
                        [(s.name, s.values) for s in chart.series], chart.y_label,
                        chart.x_label, chart.empty)


def to_svg(chart: Chart) -> str:
    """Self-contained inline SVG: no fonts, scripts or links to fetch."""
    drawing = draw(chart)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {drawing.width:.0f} '
             f'{drawing.height:.0f}" width="{drawing.width:.0f}" height="{drawing.height:.0f}"'
             f' role="img" aria-label="{escape(drawing.description)}" '
             'font-family="Helvetica, Arial, sans-serif">',
             f"<title>{escape(drawing.description)}</title>"]
    parts += [_svg_shape(shape) for shape in drawing.shapes]
    parts.append("</svg>")
    return "\n".join(parts)


def _svg_shape(shape: layout.Shape) -> str:
    if isinstance(shape, layout.Box):
        return (f'<rect x="{shape.x:.1f}" y="{shape.y:.1f}" width="{shape.w:.1f}" '
                f'height="{shape.h:.1f}" fill="{shape.fill}"/>')
    if isinstance(shape, layout.Line):
        dash = ' stroke-dasharray="5 4"' if shape.dashed else ""
        return (f'<line x1="{shape.x1:.1f}" y1="{shape.y1:.1f}" x2="{shape.x2:.1f}" '
                f'y2="{shape.y2:.1f}" stroke="{shape.color}" '
                f'stroke-width="{shape.width:g}"{dash}/>')
    if isinstance(shape, layout.Dot):
        return (f'<circle cx="{shape.cx:.1f}" cy="{shape.cy:.1f}" r="{shape.r:g}" '
                f'fill="{shape.fill}"/>')
    weight = ' font-weight="bold"' if shape.bold else ""
    return (f'<text x="{shape.x:.1f}" y="{shape.y:.1f}" font-size="{shape.size:g}" '
            f'text-anchor="{shape.anchor}" fill="{shape.color}"{weight}>'
            f"{escape(shape.text, quote=False)}</text>")
