"""Insights in the window: computed off the GUI thread when the page opens, narrowed by
the filter bar, recomputed after the library changes, exported, and linked back to the
library."""

from __future__ import annotations

from pathlib import Path

from enablement.demo import history as demo_history
from enablement.insights import figures as insights
from enablement.insights.figures import InsightFilter
from enablement.library import Library
from ui.insights_controller import report_format
from ui.main_window import MainWindow

TODAY_HISTORY_SEED = 7


def with_history(library_dir: Path) -> None:
    with Library.open(library_dir) as library:
        summary = demo_history.generate(library, seed=TODAY_HISTORY_SEED)
        assert not summary.skipped and summary.ratings > 0


def expected(library_dir: Path, flt: InsightFilter) -> insights.Insights:
    with Library.open(library_dir) as library:
        return insights.compute(library.sessions, library.taxonomy(), flt)


def open_insights(qtbot, window: MainWindow) -> insights.Insights:
    view = window.insights_view
    assert view.insights is None  # nothing is computed until someone looks
    window.show_insights_page()
    qtbot.waitUntil(lambda: view.insights is not None and not view.busy.isVisible(),
                    timeout=30_000)
    return view.insights


def test_opening_insights_computes_the_library_figures(qtbot, make_window, demo_dir: Path):
    with_history(demo_dir)
    window = make_window(demo_dir)
    shown = open_insights(qtbot, window)
    view = window.insights_view
    assert shown.filter.since is not None  # the default period: the last 90 days
    want = expected(demo_dir, shown.filter)
    assert [(s.asset_id, s.votes, s.uses) for s in shown.scorecard] == \
        [(s.asset_id, s.votes, s.uses) for s in want.scorecard]
    assert shown.baseline == want.baseline
    assert view.scorecard.proxy.rowCount() == len(want.scorecard)
    # The stage choices came from the library's taxonomy, the reps from the figures.
    stages = [view.filter_bar.stage.itemData(i) for i in range(view.filter_bar.stage.count())]
    assert {"awareness", "decision"} <= set(stages)
    reps = [view.filter_bar.rep.itemData(i) for i in range(1, view.filter_bar.rep.count())]
    assert reps and set(reps) == set(want.reps)


def test_the_filter_bar_narrows_to_one_rep_and_stage(qtbot, make_window, demo_dir: Path):
    with_history(demo_dir)
    window = make_window(demo_dir)
    first = open_insights(qtbot, window)
    bar = window.insights_view.filter_bar
    rep = first.adoption[0].user_name
    bar.rep.setCurrentIndex(bar.rep.findData(rep))
    bar.stage.setCurrentIndex(bar.stage.findData("decision"))
    view = window.insights_view
    qtbot.waitUntil(lambda: view.insights.filter.rep == rep
                    and view.insights.filter.stage == "decision"
                    and not view.busy.isVisible(), timeout=30_000)
    narrowed = view.insights
    want = expected(demo_dir, narrowed.filter)
    assert [a.user_name for a in narrowed.adoption] == [rep]
    assert narrowed.assets == want.assets < first.assets
    assert [(s.asset_id, s.uses) for s in narrowed.scorecard] == \
        [(s.asset_id, s.uses) for s in want.scorecard]
    assert f"rep {rep}" in view.headline.period.text()


def test_a_rating_made_on_the_library_page_shows_in_insights(qtbot, make_window,
                                                             demo_dir: Path, settings):
    settings.user_name = "Robin Marketer"
    window = make_window(demo_dir)
    first = open_insights(qtbot, window)
    asset_id = first.scorecard[0].asset_id
    assert sum(s.votes for s in first.scorecard) == 0  # a library without history
    window.show_library_page()
    window.feedback.quick_rate(asset_id, 5)
    qtbot.waitUntil(lambda: "Rated 5 of 5" in window.statusBar().currentMessage(),
                    timeout=15_000)
    window.show_insights_page()  # stale since the rating: computed again on sight
    view = window.insights_view
    qtbot.waitUntil(lambda: not view.busy.isVisible() and any(
        s.votes for s in view.insights.scorecard), timeout=30_000)
    rated = next(s for s in view.insights.scorecard if s.asset_id == asset_id)
    assert (rated.votes, rated.mean_stars) == (1, 5.0)
    assert [a.user_name for a in view.insights.adoption] == ["Robin Marketer"]


def test_export_writes_the_report_and_opens_it(qtbot, make_window, demo_dir: Path,
                                               tmp_path: Path, opened):
    with_history(demo_dir)
    window = make_window(demo_dir)
    shown = open_insights(qtbot, window)
    controller = window.insights
    controller.export(shown.filter, tmp_path / "quarterly", "HTML report (*.html)")
    qtbot.waitUntil(lambda: bool(controller.exported), timeout=60_000)
    report = tmp_path / "quarterly.html"
    assert controller.exported == [report]
    text = report.read_text(encoding="utf-8")
    assert "<svg" in text and shown.scorecard[0].title.split(":")[0] in text
    assert opened == [report]
    assert "Report written" in window.statusBar().currentMessage()

    controller.exported = []
    controller.export(shown.filter, tmp_path / "tables.csv")
    qtbot.waitUntil(lambda: bool(controller.exported), timeout=60_000)
    names = {path.name for path in controller.exported}
    assert "tables.csv" in names and "tables-adoption.csv" in names
    assert opened == [report]  # tables are not opened for the person


def test_export_to_a_folder_that_cannot_be_written_says_so(qtbot, make_window,
                                                           demo_dir: Path, tmp_path: Path):
    window = make_window(demo_dir)
    shown = open_insights(qtbot, window)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    window.insights.export(shown.filter, blocker / "report.pdf")
    view = window.insights_view
    qtbot.waitUntil(view.error.isVisible, timeout=30_000)
    assert str(blocker / "report.pdf") in view.error.text()
    assert "export again" in view.error.text()


def test_double_clicked_asset_opens_in_the_library(qtbot, make_window, demo_dir: Path):
    with_history(demo_dir)
    window = make_window(demo_dir)
    shown = open_insights(qtbot, window)
    asset_id = shown.scorecard[-1].asset_id
    window.insights_view.asset_activated.emit(asset_id)
    assert window.pages.currentIndex() == 0
    qtbot.waitUntil(lambda: window.detail.view is not None
                    and window.detail.view.asset_id == asset_id, timeout=15_000)


def test_report_format_follows_the_suffix_or_the_chosen_filter():
    assert report_format(Path("/r/q3.HTML")) == ("html", Path("/r/q3.HTML"))
    assert report_format(Path("/r/q3"), "CSV tables (*.csv)") == ("csv", Path("/r/q3.csv"))
    assert report_format(Path("/r/q3.v2"), "") == ("pdf", Path("/r/q3.v2.pdf"))


def test_calculator_runs_show_prospects_typical_numbers(qtbot, make_window, demo_dir: Path):
    from enablement.catalog.assets import find_asset
    from enablement.roi import service as roi_service

    with Library.open(demo_dir) as library:
        with library.sessions() as session:
            calculator = find_asset(session, "AP automation ROI calculator.xlsx").id
        for invoices, rep in ((8_000, "Dana"), (12_000, "Lee"), (10_000, "Dana")):
            roi_service.run(library, calculator, {"in_invoices_per_month": invoices}, rep)
    window = make_window(demo_dir)
    open_insights(qtbot, window)
    table = window.insights_view.calculators
    qtbot.waitUntil(lambda: table.proxy.rowCount() == 1, timeout=30_000)
    use = table.source.rows[0]
    assert (use.asset_id, use.runs, use.reps) == (calculator, 3, 2)
    assert use.typical == ("Invoices processed per month: 10,000 invoices per month "
                           "(default 5,000 invoices per month)")
    tabs = window.insights_view.tabs
    assert tabs.tabText(tabs.indexOf(table)) == "Calculators (1)"
