"""The Insights view on hand-built Insights objects: filters, tables, coverage and charts.

No library or database: the view only turns filter changes into InsightFilter requests
and shows whatever Insights it is handed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt

from enablement.insights.figures import (
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
from ui.insights import InsightsView, months_back
from ui.insights_charts import TOP_ASSETS, short_labels
from ui.insights_models import ASSET_ID_ROLE, DIM, SORT_ROLE, STATUS_COLORS, STATUS_ROLE

TODAY = date(2026, 11, 23)
STAGES = [("awareness", "Awareness"), ("decision", "Decision")]
LIFT, ATTRIBUTED = 6, 8   # scorecard columns
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def score(asset_id: int, title: str = "", **changes: object) -> AssetScore:
    row = AssetScore(
        asset_id=asset_id, title=title or f"Asset {asset_id}", kind="Case study",
        stages=("Decision",), rating=3.5, votes=4, mean_stars=3.6, helped_yes=1, helped_no=0,
        views=3, uses=5, used_on_call=1, unique_reps=2, influenced_deals=12,
        influenced_closed=12, influenced_won=6, win_rate=0.5, lift_pp=0.0, small_sample=False,
        influenced_revenue=1000.0, attributed_revenue=500.0,
        last_used=datetime(2026, 11, 1, 9, 30), expires_on=None)
    return replace(row, **changes)


def cell(stage: str, objection: str, heard: int, searched: int, well_rated: int) -> CoverageCell:
    return CoverageCell(stage=stage, stage_label=stage.title() or "Stage not said",
                        objection=objection, objection_label=objection.title(), heard=heard,
                        searched=searched, well_rated_assets=well_rated, tagged_assets=well_rated)


def rep(name: str, uses: int, on_call: int = 0) -> RepAdoption:
    return RepAdoption(user_name=name, searches=4, zero_result_searches=1, views=2, uses=uses,
                       used_on_call=on_call, ratings=1, field_notes=0, requests=1,
                       last_active=datetime(2026, 11, 20))


def month(name: str, searches: int) -> MonthTrend:
    return MonthTrend(month=name, searches=searches, zero_result_searches=1, views=3, uses=2,
                      ratings=1, mean_stars=4.0, field_notes=0, requests=0)


def insights(scorecard: list[AssetScore] | None = None, **changes: object) -> Insights:
    scorecard = scorecard if scorecard is not None else [score(1), score(2), score(3)]
    query = QueryStat("pricing emea", 5, 5, 0, datetime(2026, 11, 2))
    full = Insights(
        filter=InsightFilter(since=date(2026, 8, 26), until=TODAY),
        generated_at=datetime(2026, 11, 23, 10, 0), period_start=date(2026, 8, 26),
        period_end=TODAY, library_mean=3.4, assets=len(scorecard), baseline=Baseline(20, 8),
        scorecard=scorecard, top=scorecard[:2], bottom=scorecard[-2:],
        coverage=[cell("decision", "security", 2, 3, 0), cell("decision", "price", 12, 10, 2),
                  cell("awareness", "security", 0, 0, 1), cell("awareness", "price", 1, 0, 0)],
        search_health=SearchHealth(40, 6, 3, [query], [query]),
        requests=[RequestRow(datetime(2026, 11, 3), "Dana", "EMEA pricing sheet",
                             "pricing emea", "Decision", "Price")],
        stale=[StaleAsset(77, "Old deck", ("expired 2026-01-31",), date(2026, 1, 31), None,
                          2.1, 4)],
        adoption=[rep("Dana", 9, 3), rep("Alex", 4, 1), rep("Sam", 1)],
        trends=[month("2026-09", 10), month("2026-10", 14), month("2026-11", 7)],
        reps=["Alex", "Dana", "Sam"])
    return replace(full, **changes)


def empty() -> Insights:
    return Insights(filter=InsightFilter(), generated_at=datetime(2026, 11, 23, 10, 0),
                    period_start=None, period_end=TODAY, library_mean=3.0, assets=0,
                    baseline=Baseline(0, 0), scorecard=[], top=[], bottom=[], coverage=[],
                    search_health=SearchHealth(0, 0, 0), requests=[], stale=[], adoption=[],
                    trends=[])


@pytest.fixture()
def view(qtbot) -> InsightsView:
    widget = InsightsView(today=lambda: TODAY)
    widget.set_stages(STAGES)
    qtbot.addWidget(widget)
    widget.resize(1366, 640)
    return widget


def emitted(qtbot, view: InsightsView, change, timeout: int = 2000) -> InsightFilter:
    with qtbot.waitSignal(view.refresh_requested, timeout=timeout) as blocker:
        change()
    return blocker.args[0]


def column_values(view: InsightsView, column: int) -> list[object]:
    proxy = view.scorecard.proxy
    return [proxy.index(row, column).data(SORT_ROLE) for row in range(proxy.rowCount())]


# -- filters ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("label", "since"), [
    ("Last 30 days", date(2026, 10, 25)),      # 30 days counting today
    ("Last 6 months", date(2026, 5, 24)),
    ("Last 12 months", date(2025, 11, 24)),
])
def test_preset_periods_end_today_and_count_it(qtbot, view: InsightsView, label: str,
                                               since: date):
    flt = emitted(qtbot, view, lambda: view.filter_bar.period.setCurrentText(label))
    assert flt == InsightFilter(since=since, until=TODAY)


def test_default_is_last_90_days_and_all_time_sets_no_dates(qtbot, view: InsightsView):
    assert view.current_filter() == InsightFilter(since=date(2026, 8, 26), until=TODAY)
    flt = emitted(qtbot, view, lambda: view.filter_bar.period.setCurrentText("All time"))
    assert flt == InsightFilter()


def test_months_back_clamps_to_the_end_of_a_short_month():
    assert months_back(date(2026, 8, 31), 6) == date(2026, 2, 28)
    assert months_back(date(2026, 3, 31), 13) == date(2025, 2, 28)


def test_rep_and_stage_choices_emit_their_keys(qtbot, view: InsightsView):
    view.show_insights(insights())
    flt = emitted(qtbot, view, lambda: view.filter_bar.rep.setCurrentText("Dana"))
    assert flt.rep == "Dana" and flt.stage is None
    flt = emitted(qtbot, view, lambda: view.filter_bar.stage.setCurrentText("Decision"))
    assert (flt.rep, flt.stage, flt.since, flt.until) == ("Dana", "decision",
                                                           date(2026, 8, 26), TODAY)
    flt = emitted(qtbot, view, lambda: view.filter_bar.rep.setCurrentText("All reps"))
    assert flt.rep is None and flt.stage == "decision"


def test_refilling_the_choices_asks_for_nothing(qtbot, view: InsightsView):
    view.filter_bar.stage.setCurrentText("Decision")
    with qtbot.assertNotEmitted(view.refresh_requested):
        view.show_insights(insights())
        view.set_stages([("decision", "Decision (bottom)"), ("onboarding", "Onboarding")])
    assert view.filter_bar.stage.currentData() == "decision"
    assert view.filter_bar.stage.currentText() == "Decision (bottom)"


def test_a_chosen_stage_that_disappears_asks_for_all_stages(qtbot, view: InsightsView):
    view.filter_bar.stage.setCurrentText("Decision")
    flt = emitted(qtbot, view, lambda: view.set_stages([("awareness", "Awareness")]))
    assert flt.stage is None and view.filter_bar.stage.currentText() == "All stages"


def test_custom_range_starts_from_the_last_preset_and_follows_the_dates(qtbot, view):
    bar = view.filter_bar
    bar.period.setCurrentText("Last 30 days")
    flt = emitted(qtbot, view, lambda: bar.period.setCurrentText("Custom…"))
    assert flt == InsightFilter(since=date(2026, 10, 25), until=TODAY)
    assert not bar.since_edit.isHidden() and not bar.until_edit.isHidden()
    flt = emitted(qtbot, view, lambda: bar.since_edit.setDate(QDate(2026, 9, 1)))
    assert flt == InsightFilter(since=date(2026, 9, 1), until=TODAY)
    # A reversed range is read the right way round rather than as an empty period.
    flt = emitted(qtbot, view, lambda: bar.until_edit.setDate(QDate(2026, 1, 15)))
    assert flt == InsightFilter(since=date(2026, 1, 15), until=date(2026, 9, 1))
    emitted(qtbot, view, lambda: bar.period.setCurrentText("Last 90 days"))
    assert bar.since_edit.isHidden()


def test_typing_a_date_asks_once(qtbot, view: InsightsView):
    view.filter_bar.period.setCurrentText("Custom…")
    calls: list[InsightFilter] = []
    view.refresh_requested.connect(calls.append)
    for day in (1, 2, 3):
        view.filter_bar.since_edit.setDate(QDate(2026, 9, day))
    qtbot.waitUntil(lambda: bool(calls), timeout=2000)
    qtbot.wait(600)
    assert [flt.since for flt in calls] == [date(2026, 9, 3)]


def test_rep_choice_survives_new_insights(qtbot, view: InsightsView):
    view.show_insights(insights())
    view.filter_bar.rep.setCurrentText("Dana")
    view.show_insights(insights(reps=["Alex", "Beth", "Dana", "Sam"]))
    assert view.filter_bar.rep.currentData() == "Dana"
    assert view.filter_bar.rep.findText("Beth") > 0
    # Still chosen when the new list lacks them (the figures are narrowed to them).
    view.show_insights(insights(reps=["Alex"]))
    assert view.filter_bar.rep.currentData() == "Dana"
    assert view.current_filter().rep == "Dana"


def test_refresh_and_export_carry_the_current_filter(qtbot, view: InsightsView):
    view.filter_bar.stage.setCurrentText("Awareness")
    with qtbot.waitSignal(view.refresh_requested) as refreshed:
        view.refresh_button.click()
    with qtbot.waitSignal(view.export_requested) as exported:
        view.export_button.click()
    expected = InsightFilter(since=date(2026, 8, 26), until=TODAY, stage="awareness")
    assert refreshed.args == [expected] and exported.args == [expected]


# -- showing ----------------------------------------------------------------------------------

def test_busy_then_error_then_results(qtbot, view: InsightsView):
    view.show()
    view.show_busy(True)
    assert view.busy.isVisible() and view.busy.text() == "Computing…"
    view.show_error("Could not read the library: disk I/O error.")
    assert not view.busy.isVisible()
    assert view.error.isVisible() and "disk I/O" in view.error.text()
    view.show_busy(True)
    view.show_insights(insights())
    assert not view.busy.isVisible() and not view.error.isVisible()


def test_headline_shows_the_baseline_and_counts(qtbot, view: InsightsView):
    view.show_insights(insights())
    headline = view.headline
    assert headline.baseline.value.text() == "40%"
    assert headline.baseline.caption.text() == "8 won of 20 closed"
    assert headline.searches.value.text() == "40"
    assert headline.searches.caption.text() == "15.0% found nothing"
    assert headline.gaps.value.text() == "1"         # decision × security: 5 asked, 0 assets
    assert headline.gaps.caption.text() == "1 thin"  # decision × price: 22 asked, 2 assets
    assert headline.requests.value.text() == "3"     # per-rep counts beat the single row
    assert headline.reps.value.text() == "3"
    assert headline.reps.caption.text() == "2 used content on a call"
    assert "2026-08-26 to 2026-11-23" in headline.period.text()


def test_empty_insights_show_without_a_baseline(qtbot, view: InsightsView):
    view.show()
    view.show_insights(insights())
    view.show_insights(empty())
    assert view.headline.baseline.value.text() == "No baseline"
    assert "no deal closed" in view.headline.baseline.caption.text()
    assert view.headline.searches.caption.text() == "none in this period"
    assert "the beginning" in view.headline.period.text()
    assert view.scorecard.proxy.rowCount() == 0
    assert view.coverage_model.rowCount() == 0
    for chart in (view.trend_chart, view.top_chart, view.adoption_chart):
        assert chart.chart().series() == []
        assert chart.categories.categories() == []
        assert not chart.values.isVisible()
    assert view.trend_chart.chart().title() == "Activity by month: nothing in this period"
    assert view.top_chart.chart().title() == "Top assets: none used in this period"


def test_scorecard_sorts_lift_numerically_with_none_last(qtbot, view: InsightsView):
    lifts = [None, 9.5, 100.0, -3.0, 12.0]  # as text, "+100.0" would sort before "+12.0"
    view.show_insights(insights([score(i, lift_pp=lift) for i, lift in enumerate(lifts)]))
    view.scorecard.sortByColumn(LIFT, ASC)
    assert column_values(view, LIFT) == [-3.0, 9.5, 12.0, 100.0, None]
    view.scorecard.sortByColumn(LIFT, DESC)
    assert column_values(view, LIFT) == [100.0, 12.0, 9.5, -3.0, None]
    proxy = view.scorecard.proxy
    assert [proxy.index(r, LIFT).data() for r in (0, 4)] == ["+100.0 pp", "–"]


def test_scorecard_sorts_revenue_and_last_used_as_numbers(qtbot, view: InsightsView):
    revenue = [950.0, 100000.0, 0.0, 12000.0]
    used = [None, datetime(2026, 3, 1), datetime(2026, 11, 2), None]
    view.show_insights(insights([score(i, attributed_revenue=r, last_used=u)
                                 for i, (r, u) in enumerate(zip(revenue, used, strict=True))]))
    view.scorecard.sortByColumn(ATTRIBUTED, DESC)
    assert column_values(view, ATTRIBUTED) == [100000.0, 12000.0, 950.0, 0.0]
    assert view.scorecard.proxy.index(0, ATTRIBUTED).data() == "100,000"
    view.scorecard.sortByColumn(ATTRIBUTED, ASC)
    assert column_values(view, ATTRIBUTED) == [0.0, 950.0, 12000.0, 100000.0]
    last_used = len(view.scorecard.source.columns) - 1
    for order in (ASC, DESC):
        view.scorecard.sortByColumn(last_used, order)
        texts = [view.scorecard.proxy.index(r, last_used).data() for r in range(4)]
        assert texts[2:] == ["never", "never"]
        assert texts[:2] == (["2026-03-01", "2026-11-02"] if order == ASC
                             else ["2026-11-02", "2026-03-01"])


def test_sort_order_survives_new_insights(qtbot, view: InsightsView):
    view.show_insights(insights([score(1, uses=3), score(2, uses=30)]))
    view.scorecard.sortByColumn(2, DESC)
    view.show_insights(insights([score(1, uses=3), score(2, uses=30), score(3, uses=12)]))
    assert column_values(view, 2) == [30, 12, 3]


def test_selection_follows_its_row_when_sorting(qtbot, view: InsightsView):
    view.show_insights(insights([score(1, uses=3), score(2, uses=30), score(3, uses=12)]))
    table = view.scorecard
    table.sortByColumn(2, ASC)
    table.selectRow(0)                       # asset 1, the fewest uses
    table.sortByColumn(2, DESC)
    selected = table.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [2]
    assert selected[0].data(ASSET_ID_ROLE) == 1


def test_small_sample_lift_is_marked_and_greyed(qtbot, view: InsightsView):
    view.show_insights(insights([score(1, lift_pp=25.0, small_sample=True, influenced_closed=3),
                                 score(2, lift_pp=5.0)]))
    view.scorecard.sortByColumn(LIFT, DESC)
    small, solid = (view.scorecard.proxy.index(r, LIFT) for r in (0, 1))
    assert small.data() == "≈ +25.0 pp" and solid.data() == "+5.0 pp"
    assert small.data(Qt.ItemDataRole.ForegroundRole) == DIM
    assert solid.data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Small sample: only 3" in small.data(Qt.ItemDataRole.ToolTipRole)
    rating = view.scorecard.proxy.index(0, 1)
    assert rating.data() == "3.5 (4)"


def test_scorecard_filter_narrows_by_title(qtbot, view: InsightsView):
    view.show_insights(insights([score(1, "Security questionnaire"), score(2, "ROI calculator"),
                                 score(3, "SOC 2 security summary")]))
    view.scorecard_filter.setText("security")
    assert view.scorecard.proxy.rowCount() == 2
    view.scorecard_filter.clear()
    assert view.scorecard.proxy.rowCount() == 3


def test_coverage_cells_read_demand_over_supply_and_colour_by_status(qtbot, view):
    view.show_insights(insights())
    model = view.coverage_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == \
        ["Decision", "Awareness"]
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == \
        ["Security", "Price"]
    gap, thin = model.index(0, 0), model.index(1, 0)
    assert gap.data() == "5 / 0"
    assert gap.data(STATUS_ROLE) == "gap"
    assert gap.data(Qt.ItemDataRole.BackgroundRole) == STATUS_COLORS["gap"]
    assert "Gap:" in gap.data(Qt.ItemDataRole.ToolTipRole)
    assert "heard 2×" in gap.data(Qt.ItemDataRole.ToolTipRole)
    assert thin.data() == "22 / 2"
    assert thin.data(Qt.ItemDataRole.BackgroundRole) == STATUS_COLORS["thin"]
    quiet, light = model.index(0, 1), model.index(1, 1)
    assert quiet.data(STATUS_ROLE) == "quiet"
    assert quiet.data(Qt.ItemDataRole.BackgroundRole) is None
    assert light.data(Qt.ItemDataRole.BackgroundRole) == STATUS_COLORS["ok"]
    assert "Too little demand" in light.data(Qt.ItemDataRole.ToolTipRole)
    assert view.tabs.tabText(1) == "Coverage (1 gaps)"


def test_charts_replace_their_series_on_every_show(qtbot, view: InsightsView):
    many = [score(i, attributed_revenue=float(i * 100)) for i in range(1, 11)]
    for _ in range(2):
        view.show_insights(insights(many))
        trend = view.trend_chart.chart()
        assert [s.name() for s in trend.series()] == ["Searches", "Uses", "Ratings"]
        assert [s.count() for s in trend.series()] == [3, 3, 3]
        assert view.trend_chart.categories.categories() == ["Sep<br>26", "Oct<br>26",
                                                             "Nov<br>26"]
        top = view.top_chart.chart()
        assert len(top.series()) == 1 and top.series()[0].count() == 1
        bars = top.series()[0].barSets()[0]
        assert bars.count() == TOP_ASSETS
        assert bars.at(TOP_ASSETS - 1) == 1000.0   # best at the top, axis starts at bottom
        assert view.top_chart.categories.categories()[-1] == "Asset 10"
        assert top.title() == "Top assets by attributed revenue"
        adoption = view.adoption_chart.chart()
        assert len(adoption.series()) == 1
        assert [b.label() for b in adoption.series()[0].barSets()] == ["Uses", "Used on call"]
        assert view.adoption_chart.categories.categories() == ["Sam", "Alex", "Dana"]
        for chart in (trend, top, adoption):
            assert len(chart.axes()) == 2


def test_small_counts_get_whole_number_ticks(qtbot, view: InsightsView):
    # Not 0, 0.2, 0.4 … printed as "0", "0", "0" by the whole-number label format.
    view.show_insights(insights(adoption=[rep("Dana", 3, 1), rep("Alex", 1)]))
    axis = view.adoption_chart.values
    assert (axis.min(), axis.max(), axis.tickCount()) == (0, 3, 4)
    view.show_insights(insights(adoption=[rep("Dana", 180, 1)]))
    assert axis.max() >= 180 and axis.tickCount() < 10


def test_top_assets_fall_back_to_uses_without_revenue(qtbot, view: InsightsView):
    view.show_insights(insights([score(1, attributed_revenue=0.0, uses=2),
                                 score(2, attributed_revenue=0.0, uses=0),
                                 score(3, attributed_revenue=0.0, uses=7)]))
    top = view.top_chart
    assert top.chart().title() == "Top assets by uses"
    assert top.categories.categories() == ["Asset 1", "Asset 3"]   # unused asset left out


def test_chart_labels_are_short_and_unique():
    labels = short_labels(["Security questionnaire: standard answers (2026)",
                           "Security questionnaire: standard answers (2025)", "ROI"], limit=20)
    assert labels == ["Security questionna…", "Security questionna… (2)", "ROI"]


def double_click(qtbot, table, row: int, column: int) -> None:
    """A press and release, then the press Qt reads as the second click."""
    point = table.visualRect(table.proxy.index(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_double_click_on_a_scorecard_or_stale_row_names_the_asset(qtbot, view: InsightsView):
    view.show()
    qtbot.waitExposed(view)
    view.show_insights(insights([score(11), score(42, "Battlecard vs Invoxa"), score(7)]))
    table = view.scorecard
    row = next(r for r in range(table.proxy.rowCount())
               if table.proxy.index(r, 0).data() == "Battlecard vs Invoxa")
    with qtbot.waitSignal(view.asset_activated) as blocker:
        double_click(qtbot, table, row, 3)
    assert blocker.args == [42]
    view.tabs.setCurrentWidget(view.stale)
    with qtbot.waitSignal(view.asset_activated) as blocker:
        double_click(qtbot, view.stale, 0, 0)
    assert blocker.args == [77]
    # Rows without an asset (a rep, a query) activate nothing.
    view.tabs.setCurrentWidget(view.adoption)
    with qtbot.assertNotEmitted(view.asset_activated):
        double_click(qtbot, view.adoption, 0, 0)
    # Enter on the current row does what a double-click does.
    view.tabs.setCurrentIndex(0)
    table.setFocus()
    table.setCurrentIndex(table.proxy.index(row, 0))
    with qtbot.waitSignal(view.asset_activated) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [42]


def test_other_tables_and_tab_titles(qtbot, view: InsightsView):
    view.show_insights(insights())
    assert view.top_queries.proxy.index(0, 0).data() == "pricing emea"
    assert view.requests.proxy.index(0, 2).data() == "EMEA pricing sheet"
    assert view.adoption.proxy.rowCount() == 3
    assert view.trends.proxy.index(2, 0).data() == "2026-11"
    assert "15.0% found nothing" in view.search_summary.text()
    assert view.tabs.tabText(0) == "Scorecard (3)"


def test_fits_a_laptop_screen(qtbot, view: InsightsView):
    view.show_insights(insights())
    hint = view.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 560  # room for menus and toolbars
