"""The three Insights charts: monthly activity, top assets, adoption by rep.

Each chart keeps its two axes for its whole life and replaces only its series on every
``show``: ``QChart.removeAllSeries`` deletes the old ones, so refreshing a hundred times
leaves one set of series and two axes behind, not a hundred.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QCursor, QFont, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from enablement.api import AssetScore, MonthTrend, RepAdoption
from ui.plaintext import chart_label, tooltip

# Qt Charts gives each category label (plot height / (bars + 1)) less 8 px and elides what
# does not fit, so a 250 px chart has room for about six named bars.
TOP_ASSETS = 6
TOP_REPS = 6
LABEL_CHARS = 24
LABEL_POINTS = 7.5


def short_labels(names: Sequence[str], limit: int = LABEL_CHARS) -> list[str]:
    """Truncated names, made unique: a category axis silently drops a repeated label,
    which would shift every bar after it onto the wrong name."""
    labels: list[str] = []
    seen: set[str] = set()
    for name in names:
        label = name if len(name) <= limit else name[:limit - 1].rstrip() + "…"
        base, copy = label, 2
        while label in seen:
            label, copy = f"{base} ({copy})", copy + 1
        seen.add(label)
        labels.append(label)
    return labels


def chart_labels(names: Sequence[str]) -> list[str]:
    """Category labels for titles and names: shortened, then escaped, because Qt Charts
    renders axis labels as HTML (``month_label``'s ``<br>`` relies on it) and a title
    ``<h1>…`` would otherwise be drawn as a heading."""
    return [chart_label(label) for label in short_labels(names)]


def month_label(month: str, two_lines: bool) -> str:
    """"2026-09" as "Sep 26", the year under the month when labels stand upright."""
    year, number = month.split("-")
    return f"{calendar.month_abbr[int(number)]}{'<br>' if two_lines else ' '}{year[2:]}"


class InsightChart(QChartView):
    """A chart view with a category axis and a value axis that outlive its series."""

    def __init__(self, title: str, horizontal: bool, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.layout().setContentsMargins(0, 0, 0, 0)  # every pixel of height is a label
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(240, 200)
        self.base_title = title
        self.categories = QBarCategoryAxis()
        self.values = QValueAxis()
        self.values.setLabelFormat("%.0f")
        for axis in (self.categories, self.values):
            font = QFont(axis.labelsFont())
            font.setPointSizeF(LABEL_POINTS)
            axis.setLabelsFont(font)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        category_side, value_side = ((Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
                                     if horizontal else
                                     (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft))
        chart.addAxis(self.categories, category_side)
        chart.addAxis(self.values, value_side)
        chart.setTitle(title)

    def replace(self, series: Sequence[QAbstractSeries], categories: Sequence[str],
                top: float, title: str) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        self.categories.clear()
        self.categories.append(list(categories))
        self.categories.setVisible(bool(series))  # an empty chart is just its title
        self.values.setVisible(bool(series))
        if top <= 5:  # whole-number ticks: the counts are whole numbers
            self.values.setRange(0, max(math.ceil(top), 1))
            self.values.setTickCount(max(math.ceil(top), 1) + 1)
        else:
            self.values.setRange(0, top)
            self.values.applyNiceNumbers()
        for one in series:
            chart.addSeries(one)
            one.attachAxis(self.categories)
            one.attachAxis(self.values)
        chart.setTitle(title)


class TrendChart(InsightChart):
    """Searches, uses and ratings per month, oldest first."""

    LINES = (("Searches", "searches"), ("Uses", "uses"), ("Ratings", "ratings"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Activity by month", horizontal=False, parent=parent)

    def show_trends(self, trends: Sequence[MonthTrend]) -> None:
        if not trends:
            self.replace([], [], 0, "Activity by month: nothing in this period")
            return
        series: list[QAbstractSeries] = []
        for name, attribute in self.LINES:
            line = QLineSeries()
            line.setName(name)
            line.setPointsVisible(True)  # a single month is a point, not a line
            line.append([QPointF(x, getattr(t, attribute)) for x, t in enumerate(trends)])
            series.append(line)
        top = max(getattr(t, attribute) for t in trends for _, attribute in self.LINES)
        upright = len(trends) <= 12  # more would overlap: turn them on their side
        self.categories.setLabelsAngle(0 if upright else -90)
        self.replace(series, [month_label(t.month, upright) for t in trends], top,
                     self.base_title)


class TopAssetsChart(InsightChart):
    """The assets with the most attributed revenue, or the most uses when no deal was won
    with content in the period; double-clicking a bar activates its asset."""

    asset_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Top assets", horizontal=True, parent=parent)
        self.chart().legend().setVisible(False)  # one bar set; the title names it
        self.shown: list[AssetScore] = []   # top first
        self.measure = "attributed_revenue"

    def show_assets(self, scorecard: Sequence[AssetScore], limit: int = TOP_ASSETS) -> None:
        self.measure = ("attributed_revenue" if any(s.attributed_revenue > 0 for s in scorecard)
                       else "uses")
        ranked = sorted((s for s in scorecard if getattr(s, self.measure) > 0),
                        key=lambda s: -getattr(s, self.measure))
        self.shown = ranked[:limit]
        if not self.shown:
            self.replace([], [], 0, "Top assets: none used in this period")
            return
        label = "Attributed revenue" if self.measure == "attributed_revenue" else "Uses"
        bars = QBarSet(label)
        bottom_up = list(reversed(self.shown))  # a horizontal axis starts at the bottom
        bars.append([float(getattr(s, self.measure)) for s in bottom_up])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.hovered.connect(self._hovered)
        series.doubleClicked.connect(self._double_clicked)
        self.replace([series], chart_labels([s.title for s in bottom_up]),
                     getattr(self.shown[0], self.measure), f"Top assets by {label.lower()}")

    def _asset(self, bar: int) -> AssetScore | None:
        position = len(self.shown) - 1 - bar
        return self.shown[position] if 0 <= position < len(self.shown) else None

    def _hovered(self, status: bool, bar: int, _bars: QBarSet) -> None:
        asset = self._asset(bar)
        if status and asset is not None:  # the axis shows truncated titles
            QToolTip.showText(QCursor.pos(), tooltip(
                f"{asset.title}\n{getattr(asset, self.measure):,.0f}"), self)
        else:
            QToolTip.hideText()

    def _double_clicked(self, bar: int, _bars: QBarSet) -> None:
        asset = self._asset(bar)
        if asset is not None:
            self.asset_activated.emit(asset.asset_id)


class AdoptionChart(InsightChart):
    """Uses and uses on a call for the most active reps, most active on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Adoption by rep", horizontal=True, parent=parent)

    def show_adoption(self, adoption: Sequence[RepAdoption], limit: int = TOP_REPS) -> None:
        reps = list(reversed(adoption[:limit]))  # adoption is most active first
        if not reps:
            self.replace([], [], 0, "Adoption by rep: no activity in this period")
            return
        uses, calls = QBarSet("Uses"), QBarSet("Used on call")
        uses.append([float(r.uses) for r in reps])
        calls.append([float(r.used_on_call) for r in reps])
        series = QHorizontalBarSeries()
        series.append([uses, calls])
        title = self.base_title if len(adoption) <= limit else \
            f"Adoption: {limit} most active of {len(adoption)} reps"
        self.replace([series], chart_labels([r.user_name for r in reps]),
                     max(r.uses for r in reps), title)
