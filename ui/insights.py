"""The marketer's Insights view: filters, a headline strip, three charts and the tables.

The view never touches the database. Changing a filter emits ``refresh_requested`` with
an ``InsightFilter``; the host computes ``enablement.insights.figures.compute`` on a worker (see
``ui/runner.py``) and hands the result to ``show_insights``. Filling the models and the
charts is all the GUI thread does.

Preset periods end today and count today in: "Last 30 days" on 2026-11-23 is 2026-10-25
to 2026-11-23 (``since = today - 29 days``), so the period holds exactly 30 days; "Last
6 months" starts the day after the same date six months back (2026-05-24). "All time"
sets neither end.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from enablement.api import InsightFilter, Insights
from ui.insights_charts import AdoptionChart, TopAssetsChart, TrendChart
from ui.insights_models import (
    ADOPTION_COLUMNS,
    CALCULATOR_COLUMNS,
    QUERY_COLUMNS,
    REQUEST_COLUMNS,
    SCORECARD_COLUMNS,
    STALE_COLUMNS,
    TREND_COLUMNS,
    CoverageModel,
    InsightTable,
    count,
    percent,
)
from ui.plaintext import make_plain

ALL_REPS = "All reps"
ALL_STAGES = "All stages"
CUSTOM = "Custom…"
DATE_SETTLE_MS = 400   # typing a date emits one request, not one per keystroke


@dataclass(frozen=True)
class Period:
    """A preset period ending today: the last ``days`` days or ``months`` months."""

    label: str
    days: int | None = None
    months: int | None = None

    def since(self, today: date) -> date | None:
        if self.days is not None:
            return today - timedelta(days=self.days - 1)
        if self.months is not None:
            return months_back(today, self.months) + timedelta(days=1)
        return None


PERIODS = (Period("Last 30 days", days=30), Period("Last 90 days", days=90),
           Period("Last 6 months", months=6), Period("Last 12 months", months=12),
           Period("All time"))
DEFAULT_PERIOD = "Last 90 days"


def months_back(today: date, months: int) -> date:
    """The same day ``months`` calendar months earlier, or that month's last day."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(today.day, last))


class FilterBar(QWidget):
    """Period, rep and stage; ``changed`` fires when the person changes one of them, never
    when the view refills the choices."""

    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.period = QComboBox()
        self.period.setObjectName("insightsPeriod")
        for period in PERIODS:
            self.period.addItem(period.label, period)
        self.period.addItem(CUSTOM, None)
        self.period.setCurrentText(DEFAULT_PERIOD)
        self._period_index = self.period.currentIndex()
        self.since_edit, self.until_edit = self._date_edit("since"), self._date_edit("until")
        self.rep = self._combo("insightsRep", ALL_REPS)
        self.stage = self._combo("insightsStage", ALL_STAGES)
        for label, widget in (("Period", self.period), (None, self.since_edit),
                              (None, self.until_edit), ("Rep", self.rep),
                              ("Stage", self.stage)):
            if label:
                layout.addWidget(QLabel(label))
            layout.addWidget(widget)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(DATE_SETTLE_MS)
        self._settle.timeout.connect(self.changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.rep.currentIndexChanged.connect(self.changed)
        self.stage.currentIndexChanged.connect(self.changed)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(f"insights{name.title()}")
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setToolTip(f"First day counted ({name})" if name == "since"
                        else f"Last day counted ({name})")
        edit.setVisible(False)
        edit.dateChanged.connect(lambda _date: self._settle.start())
        return edit

    @staticmethod
    def _combo(name: str, everything: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(14)
        box.addItem(everything, None)
        return box

    def _period_changed(self, index: int) -> None:
        previous: Period | None = self.period.itemData(self._period_index)
        self._period_index = index
        custom = self.period.currentData() is None
        if custom and previous is not None:
            # Start the custom range from the preset shown until now.
            today = self.today()
            since = previous.since(today) or today - timedelta(days=89)
            for edit, value in ((self.since_edit, since), (self.until_edit, today)):
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)
        self.since_edit.setVisible(custom)
        self.until_edit.setVisible(custom)
        self._settle.stop()
        self.changed.emit()

    def current_filter(self) -> InsightFilter:
        period: Period | None = self.period.currentData()
        since: date | None
        until: date | None
        if period is None:
            first = self.since_edit.date().toPython()
            last = self.until_edit.date().toPython()
            since, until = min(first, last), max(first, last)  # a reversed range still means it
        else:
            until = self.today()
            since = period.since(until)
            if since is None:
                until = None  # all time: neither end
        return InsightFilter(since=since, until=until, rep=self.rep.currentData(),
                             stage=self.stage.currentData())

    def set_reps(self, names: Sequence[str]) -> None:
        """Refill the rep choices, keeping the chosen rep even if the new list lacks them."""
        chosen = self.rep.currentData()
        names = list(names)
        if chosen and chosen not in names:
            names.append(chosen)
        self._refill(self.rep, [(name, name) for name in names], chosen)

    def set_stages(self, stages: Sequence[tuple[str, str]]) -> None:
        """Refill the stage choices; if the chosen stage is gone, ask again for all stages
        so the figures never claim a filter the bar no longer shows."""
        chosen = self.stage.currentData()
        self._refill(self.stage, stages, chosen)
        if chosen and self.stage.currentData() != chosen:
            self.changed.emit()

    @staticmethod
    def _refill(box: QComboBox, choices: Sequence[tuple[str, str]], chosen: str | None) -> None:
        box.blockSignals(True)
        try:
            while box.count() > 1:
                box.removeItem(1)
            for key, label in choices:
                box.addItem(label, key)
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen else 0)
        finally:
            box.blockSignals(False)


class Tile(QFrame):
    """One headline number, what it is, and a line of context under it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.setSpacing(0)
        top = QHBoxLayout()
        top.setSpacing(6)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.value.setFont(font)
        self.title = QLabel(title)
        top.addWidget(self.value)
        top.addWidget(self.title, 1)
        self.caption = QLabel("")
        self.caption.setEnabled(False)  # the palette's quieter text colour
        layout.addLayout(top)
        layout.addWidget(self.caption)

    def set(self, value: str, caption: str, tooltip: str = "") -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setToolTip(tooltip)


class Headline(QWidget):
    """Baseline win rate, searches, coverage gaps, requests and active reps, at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.period = QLabel("")
        self.period.setObjectName("insightsPeriodShown")
        make_plain(self.period)  # names the rep filtered on
        layout.addWidget(self.period)
        tiles = QHBoxLayout()
        self.baseline, self.searches, self.gaps, self.requests, self.reps = (
            Tile(title) for title in ("Baseline win rate", "Searches", "Coverage gaps",
                                      "Content requests", "Active reps"))
        for tile in (self.baseline, self.searches, self.gaps, self.requests, self.reps):
            tiles.addWidget(tile)
        layout.addLayout(tiles)

    def show_insights(self, insights: Insights, scope: str = "") -> None:
        """``scope``: the rep and stage the figures are narrowed to, as a person reads them."""
        start = insights.period_start.isoformat() if insights.period_start else "the beginning"
        parts = [f"{start} to {insights.period_end.isoformat()}", scope,
                 f"{count(insights.assets)} assets", f"computed {insights.generated_at:%H:%M}"]
        self.period.setText(" · ".join(part for part in parts if part))
        base = insights.baseline
        if base.win_rate is None:
            self.baseline.set("No baseline", "no deal closed in this period",
                              "Import CRM deals, or widen the period, to compare win rates.")
        else:
            self.baseline.set(percent(base.win_rate), f"{base.won} won of {base.closed} closed",
                              "Won ÷ closed among all deals closed in the period; each "
                              "asset's lift is measured against it.")
        health = insights.search_health
        self.searches.set(count(health.searches),
                          f"{percent(health.zero_result_rate, 1)} found nothing"
                          if health.searches else "none in this period",
                          f"{count(health.without_click)} found something but led to no "
                          "preview, open or export.")
        statuses = [cell.status for cell in insights.coverage]
        self.gaps.set(count(statuses.count("gap")), f"{statuses.count('thin')} thin",
                      "Stage × objection cells with demand and no well-rated asset.")
        # The request list is capped, the per-rep counts are not.
        asked = max(len(insights.requests), sum(a.requests for a in insights.adoption))
        self.requests.set(count(asked), "asked for content", "See the Requests tab.")
        on_call = sum(1 for a in insights.adoption if a.used_on_call)
        self.reps.set(count(len(insights.adoption)), f"{on_call} used content on a call",
                      "People with any search, use, rating, note or request.")


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(title))
    layout.addWidget(widget)
    return box


class InsightsView(QWidget):
    """Filters, headline, charts above, tables below; see the module docstring."""

    refresh_requested = Signal(object)  # InsightFilter
    export_requested = Signal(object)   # InsightFilter
    asset_activated = Signal(int)       # asset id

    def __init__(self, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("insightsView")
        self.insights: Insights | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row(today))
        self.error = QLabel("")
        self.error.setObjectName("insightsError")
        make_plain(self.error)  # errors quote paths and titles
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.headline = Headline()
        layout.addWidget(self.headline)
        self.trend_chart, self.top_chart = TrendChart(), TopAssetsChart()
        self.adoption_chart = AdoptionChart()
        self.top_chart.asset_activated.connect(self.asset_activated)
        charts = QSplitter(Qt.Orientation.Horizontal)
        for chart in (self.trend_chart, self.top_chart, self.adoption_chart):
            charts.addWidget(chart)
        charts.setSizes([1000, 1000, 1000])  # equal thirds, whatever their size hints
        self.tabs = self._tables()
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("insightsSplit")
        split.addWidget(charts)
        split.addWidget(self.tabs)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([250, 330])
        self.split = split
        layout.addWidget(split, 1)

    def _top_row(self, today: Callable[[], date]) -> QHBoxLayout:
        row = QHBoxLayout()
        self.filter_bar = FilterBar(today)
        self.filter_bar.changed.connect(self.request_refresh)
        row.addWidget(self.filter_bar)
        row.addStretch(1)
        self.busy = QLabel("Computing…")
        self.busy.setObjectName("insightsBusy")
        self.busy.setVisible(False)
        row.addWidget(self.busy)
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.setObjectName("insightsRefresh")
        self.refresh_button.clicked.connect(self.request_refresh)
        self.export_button = QPushButton("Export report…")
        self.export_button.setObjectName("insightsExport")
        self.export_button.clicked.connect(
            lambda: self.export_requested.emit(self.current_filter()))
        row.addWidget(self.refresh_button)
        row.addWidget(self.export_button)
        return row

    def _tables(self) -> QTabWidget:
        tabs = QTabWidget()
        tabs.setObjectName("insightsTabs")
        self.scorecard = InsightTable(SCORECARD_COLUMNS, sort=(1, Qt.SortOrder.DescendingOrder))
        self.scorecard_filter = QLineEdit()
        self.scorecard_filter.setPlaceholderText("Filter assets by title…")
        self.scorecard_filter.setClearButtonEnabled(True)
        self.scorecard_filter.textChanged.connect(self.scorecard.proxy.setFilterFixedString)
        scorecard = QWidget()
        box = QVBoxLayout(scorecard)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.scorecard_filter)
        box.addWidget(self.scorecard)
        self.coverage_model = CoverageModel(self)
        self.coverage = QTableView()
        self.coverage.setModel(self.coverage_model)
        self.coverage.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.coverage.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        coverage = _titled("Each cell: demand (heard in field notes + searched) / well-rated "
                           "assets. Red: gap · amber: thin · green: covered · plain: quiet. "
                           "Hover a cell for details.", self.coverage)
        self.top_queries = InsightTable(QUERY_COLUMNS)
        self.zero_queries = InsightTable(QUERY_COLUMNS)
        self.search_summary = QLabel("")
        queries = QSplitter(Qt.Orientation.Horizontal)
        queries.addWidget(_titled("Top queries", self.top_queries))
        queries.addWidget(_titled("Queries that found nothing", self.zero_queries))
        search = QWidget()
        box = QVBoxLayout(search)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.search_summary)
        box.addWidget(queries, 1)
        self.requests = InsightTable(REQUEST_COLUMNS, stretch=2)
        self.stale = InsightTable(STALE_COLUMNS)
        self.adoption = InsightTable(ADOPTION_COLUMNS)
        self.trends = InsightTable(TREND_COLUMNS)
        self.calculators = InsightTable(CALCULATOR_COLUMNS, stretch=4)
        for table in (self.scorecard, self.stale, self.calculators):
            table.asset_activated.connect(self.asset_activated)
        for widget, title in ((scorecard, "Scorecard"), (coverage, "Coverage"),
                              (search, "Search health"), (self.requests, "Requests"),
                              (self.stale, "Stale"), (self.adoption, "Adoption"),
                              (self.trends, "Trends"), (self.calculators, "Calculators")):
            tabs.addTab(widget, title)
        return tabs

    # -- filters ------------------------------------------------------------------------

    def current_filter(self) -> InsightFilter:
        return self.filter_bar.current_filter()

    def request_refresh(self) -> None:
        """Ask the host to compute for the current filter (also used when the view opens)."""
        self.refresh_requested.emit(self.current_filter())

    def set_stages(self, stages: Sequence[tuple[str, str]]) -> None:
        """The stage choices as (key, label), e.g. from the taxonomy's "stage" facet."""
        self.filter_bar.set_stages(stages)

    # -- showing ------------------------------------------------------------------------

    def _scope(self, flt: InsightFilter) -> str:
        stage = self.filter_bar.stage
        position = stage.findData(flt.stage) if flt.stage else -1
        parts = [f"rep {flt.rep}" if flt.rep else "",
                 f"stage {stage.itemText(position) if position >= 0 else flt.stage}"
                 if flt.stage else ""]
        return ", ".join(part for part in parts if part)

    def show_calculators(self, uses: Sequence[object]) -> None:
        """ROI calculator runs in the same period (roi_service.calculator_uses)."""
        self.calculators.set_rows(uses)
        self.tabs.setTabText(self.tabs.indexOf(self.calculators),
                             f"Calculators ({count(len(uses))})")

    def show_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.error.setVisible(False)

    def show_error(self, message: str) -> None:
        self.busy.setVisible(False)
        self.error.setText(message)
        self.error.setVisible(True)

    def show_insights(self, insights: Insights) -> None:
        self.insights = insights
        self.show_busy(False)
        self.error.setVisible(False)
        self.filter_bar.set_reps(insights.reps)
        self.headline.show_insights(insights, self._scope(insights.filter))
        self.trend_chart.show_trends(insights.trends)
        self.top_chart.show_assets(insights.scorecard)
        self.adoption_chart.show_adoption(insights.adoption)
        self.scorecard.set_rows(insights.scorecard)
        self.coverage_model.set_cells(insights.coverage)
        self.coverage.resizeRowsToContents()
        health = insights.search_health
        self.search_summary.setText(
            f"{count(health.searches)} searches · {percent(health.zero_result_rate, 1)} found "
            f"nothing · {count(health.without_click)} found something but nothing was opened")
        self.top_queries.set_rows(health.top_queries)
        self.zero_queries.set_rows(health.zero_result_queries)
        self.requests.set_rows(insights.requests)
        self.stale.set_rows(insights.stale)
        self.adoption.set_rows(insights.adoption)
        self.trends.set_rows(insights.trends)
        gaps = sum(1 for cell in insights.coverage if cell.status == "gap")
        for position, title in enumerate((
                f"Scorecard ({count(len(insights.scorecard))})", f"Coverage ({gaps} gaps)",
                "Search health", f"Requests ({count(len(insights.requests))})",
                f"Stale ({count(len(insights.stale))})", "Adoption", "Trends")):
            self.tabs.setTabText(position, title)
