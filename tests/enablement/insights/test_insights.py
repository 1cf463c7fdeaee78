"""Insights on a small history whose right answers are worked out by hand below.

Period: October 2026. Deals (Salesforce export):
    D1 won 100,000 closed 10-10    D2 won 50,000 closed 10-20   D3 lost 80,000 closed 10-15
    D4 lost 20,000 closed 10-25    D5 open 30,000 (12-01)       D6 won 40,000 closed 09-05
Baseline: closed in October D1..D4, won D1, D2 -> 2 / 4 = 50 %.

Assets: A = "Security questionnaire: standard answers" (security, decision),
B = "Keystone Peaks ..." (security, consideration + decision), C = "Invoxa pricing
flash card" (price, decision).
    A used on a call on D1 (10-05 Dana), D3 (10-12 Lee), D2 (10-21 Dana: after D2 closed,
      so not influence), D6 (09-01 Dana: before the period); previewed 10-02 by Sam;
      rated 5 by Dana on 10-19 naming D2 (influence: before D2 closed).
    B used on a call on D1 (10-06 Lee); opened 10-07 by Lee from the "security" search;
      rated 4 by Sam on 09-15 (before the period).
    C rated 2 by Lee on 10-03, "did not help".
A influenced D1, D3, D2: 3 closed, 2 won -> 66.7 %, lift +16.7 points, small sample.
    Influenced revenue 150,000; attributed: D1 is shared with B (50,000) + D2 alone
    (50,000) = 100,000.
B influenced D1: 1 of 1 won, lift +50; revenue 100,000, attributed 50,000.
Ratings in October: A 5 (Dana), C 2 (Lee) -> m = 3.5; A (5·3.5+5)/6 = 3.75,
    C (5·3.5+2)/6 = 3.25, B unrated = 3.5.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from enablement.catalog.tagging import TagRow, effective
from enablement.errors import UserError
from enablement.feedback import forms as feedback
from enablement.feedback import usage
from enablement.feedback.deals import import_deals
from enablement.insights import figures as insights
from enablement.insights.figures import InsightFilter
from enablement.library import Library
from enablement.search.search_log import record as log_search
from enablement.store.models import Asset, AssetTag, Deal

A = "Security questionnaire: standard answers"
B = "Keystone Peaks Credit Union passes a 19-day security review and closes four days faster"
C = "Invoxa pricing flash card (H1 2025)"
OCTOBER = InsightFilter(since=date(2026, 10, 1), until=date(2026, 10, 31))
TODAY = date(2026, 11, 23)

DEALS = """Id,Name,Account Name,Amount,StageName,IsClosed,IsWon,CloseDate,Type
D1,Acme rollout,Acme,100000,Closed Won,true,true,2026-10-10,New Business
D2,Birch upsell,Birch,50000,Closed Won,true,true,2026-10-20,Upsell
D3,Cobalt pilot,Cobalt,80000,Closed Lost,true,false,2026-10-15,New Business
D4,Delta renewal,Delta,20000,Closed Lost,true,false,2026-10-25,Renewal
D5,Ember expansion,Ember,30000,Negotiation,false,false,2026-12-01,Upsell
D6,Fjord deal,Fjord,40000,Closed Won,true,true,2026-09-05,New Business
"""


def at(day: int, month: int = 10, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour)


@pytest.fixture()
def history(demo_library: Library, tmp_path: Path) -> Library:
    path = tmp_path / "opportunities.csv"
    path.write_text(DEALS, encoding="utf-8")
    taxonomy = demo_library.taxonomy()
    with demo_library.sessions.begin() as s:
        report = import_deals(s, path)
        assert report.created == 6 and not report.errors
        deal = {d.external_id: d.id for d in s.scalars(select(Deal))}
        ids = {t: i for i, t in s.execute(select(Asset.id, Asset.title))}
        a, b, c = ids[A], ids[B], ids[C]
        usage.record(s, [a], "Dana", "used_on_call", deal["D1"], at(5))
        usage.record(s, [a], "Lee", "used_on_call", deal["D3"], at(12))
        usage.record(s, [a], "Dana", "used_on_call", deal["D2"], at(21))
        usage.record(s, [a], "Dana", "used_on_call", deal["D6"], at(1, 9))
        usage.record(s, [a], "Sam", "previewed", None, at(2))
        usage.record(s, [b], "Lee", "used_on_call", deal["D1"], at(6))
        feedback.rate(s, taxonomy, a, "Dana", 5, helped=True, deal="D2",
                      objections=["Security / compliance"], when=at(19))
        feedback.rate(s, taxonomy, b, "Sam", 4, when=at(15, 9))
        feedback.rate(s, taxonomy, c, "Lee", 2, helped=False, comment="Prices are old",
                      when=at(3))
        hipaa = log_search(s, "Dana", "hipaa", {}, "relevance", 0, at(3))
        log_search(s, "Lee", "HIPAA ", {}, "relevance", 0, at(4))
        found = log_search(s, "Lee", "security", {}, "relevance", 5, at(7))
        usage.record(s, [b], "Lee", "opened", None, at(7, hour=11), search_id=found)
        log_search(s, "Dana", "pricing", {}, "relevance", 3, at(8))
        log_search(s, "Sam", "", {"objection": ["security"], "stage": ["decision"]},
                   "relevance", 2, at(9))
        log_search(s, "Sam", "late", {}, "relevance", 0, at(2, 11))  # November
        for day in (13, 14):
            feedback.log_field_note(s, taxonomy, "Dana", "objection", "security",
                                    stage="decision", deal="D3", when=at(day))
        for day in (16, 17, 18):
            feedback.log_field_note(s, taxonomy, "Lee", "objection", "Switching cost / migration",
                                    stage="Decision", when=at(day))
        feedback.log_field_note(s, taxonomy, "Dana", "objection", "price", when=at(20))
        feedback.log_field_note(s, taxonomy, "Dana", "competitor", "Invoxa", deal="D1",
                                when=at(20))
        feedback.request_content(s, taxonomy, "Dana", "HIPAA case study for a hospital",
                                 query="hipaa", objection="security", search_id=hipaa,
                                 when=at(3, hour=12))
    demo_library.taxonomy_changed()
    return demo_library


def compute(library: Library, flt: InsightFilter = OCTOBER) -> insights.Insights:
    return insights.compute(library.sessions, library.taxonomy(), flt, today=TODAY)


def by_title(result: insights.Insights) -> dict[str, insights.AssetScore]:
    return {s.title: s for s in result.scorecard}


def test_scorecard_worked_by_hand(history: Library) -> None:
    result = compute(history)
    assert (result.baseline.closed, result.baseline.won) == (4, 2)
    assert result.library_mean == pytest.approx(3.5)
    cards = by_title(result)
    a, b, c = cards[A], cards[B], cards[C]
    assert (a.votes, a.rating, a.mean_stars) == (1, pytest.approx(3.75), 5.0)
    assert (a.helped_yes, a.helped_no) == (1, 0)
    assert (a.views, a.uses, a.used_on_call, a.unique_reps) == (1, 3, 3, 3)
    assert a.last_used == at(21)
    assert (a.influenced_deals, a.influenced_closed, a.influenced_won) == (3, 3, 2)
    assert a.win_rate == pytest.approx(2 / 3)
    assert a.lift_pp == pytest.approx(100 * (2 / 3 - 0.5))
    assert a.small_sample is True
    assert a.influenced_revenue == pytest.approx(150_000)
    assert a.attributed_revenue == pytest.approx(100_000)
    assert (b.votes, b.rating) == (0, pytest.approx(3.5))  # the September vote is outside
    assert (b.uses, b.used_on_call, b.unique_reps) == (2, 1, 1)
    assert (b.influenced_deals, b.win_rate, b.lift_pp) == (1, 1.0, pytest.approx(50.0))
    assert (b.influenced_revenue, b.attributed_revenue) == (100_000, 50_000)
    assert (c.rating, c.helped_no, c.influenced_deals, c.win_rate, c.lift_pp) == (
        pytest.approx(3.25), 1, 0, None, None)
    assert [s.title for s in result.top] == [A, C]
    assert [s.title for s in result.bottom] == [C, A]
    assert result.scorecard[0].title == A


def test_without_a_period_everything_counts(history: Library) -> None:
    cards = by_title(compute(history, InsightFilter()))
    # Baseline: all 5 closed deals, 3 won. A also influenced D6 (won, 40,000, alone).
    a = cards[A]
    assert (a.influenced_deals, a.influenced_closed, a.influenced_won) == (4, 4, 3)
    assert a.lift_pp == pytest.approx(100 * (3 / 4 - 3 / 5))
    assert a.attributed_revenue == pytest.approx(140_000)
    assert cards[B].votes == 1  # Sam's September rating now counts


def test_rep_filter_counts_only_their_events(history: Library) -> None:
    result = compute(history, InsightFilter(OCTOBER.since, OCTOBER.until, rep="Lee"))
    cards = by_title(result)
    # Lee: A on D3 (lost) only; rated C 2, so the prior is 2.0.
    assert (cards[A].influenced_deals, cards[A].win_rate, cards[A].lift_pp) == (
        1, 0.0, pytest.approx(-50.0))
    assert cards[A].attributed_revenue == 0
    assert result.library_mean == pytest.approx(2.0)
    assert cards[C].rating == pytest.approx(2.0)
    assert result.search_health.searches == 2
    assert [r.user_name for r in result.adoption] == ["Lee"]
    assert result.reps == ["Dana", "Lee", "Sam"]


def test_stage_filter_narrows_assets(history: Library) -> None:
    result = compute(history, InsightFilter(OCTOBER.since, OCTOBER.until, stage="consideration"))
    titles = {s.title for s in result.scorecard}
    assert B in titles and A not in titles and C not in titles
    assert {c.stage for c in result.coverage} == {"consideration", insights.NO_STAGE}
    # Only the filtered search named the decision stage; no search named consideration.
    assert result.search_health.searches == 0


def test_search_health_and_requests(history: Library) -> None:
    health = compute(history).search_health
    assert (health.searches, health.zero_results, health.without_click) == (5, 2, 2)
    assert health.zero_result_rate == pytest.approx(0.4)
    assert [(q.text, q.searches, q.zero_results, q.clicked) for q in health.top_queries] == [
        ("hipaa", 2, 2, 0), ("pricing", 1, 0, 0), ("security", 1, 0, 1)]
    assert [(q.text, q.zero_results) for q in health.zero_result_queries] == [("hipaa", 2)]
    requests = compute(history).requests
    assert [(r.user_name, r.need, r.query, r.objection) for r in requests] == [
        ("Dana", "HIPAA case study for a hospital", "hipaa", "Security / compliance")]


def test_coverage_map_worked_by_hand(history: Library) -> None:
    cells = {(c.stage, c.objection): c for c in compute(history).coverage}
    security_decision = cells[("decision", "security")]
    # Heard twice at the decision stage; searched once with both filters.
    assert (security_decision.heard, security_decision.searched) == (2, 1)
    assert security_decision.well_rated_assets == 1  # A only: 3.75 >= 3.5 with a vote
    assert security_decision.status == "ok"
    # "hipaa" (twice) and "security" match the objection's phrases; no stage named.
    unstaged = cells[(insights.NO_STAGE, "security")]
    assert (unstaged.heard, unstaged.searched, unstaged.well_rated_assets) == (0, 3, 1)
    switching = cells[("decision", "switching")]
    assert (switching.heard, switching.well_rated_assets, switching.status) == (3, 0, "gap")
    price = cells[(insights.NO_STAGE, "price")]
    assert (price.heard, price.searched, price.well_rated_assets) == (1, 1, 0)
    assert price.status == "ok"  # demand 2 is below GAP_MIN_DEMAND
    assert cells[("awareness", "contract")].status == "quiet"
    # Supply counts effective tags (tagging.effective), checked independently here.
    with history.sessions() as session:
        rows: dict[int, list[TagRow]] = {}
        for tag in session.scalars(select(AssetTag)):
            rows.setdefault(tag.asset_id, []).append(TagRow(tag.facet, tag.value_key,
                                                            tag.origin))
    expected = sum(
        1 for tags in rows.values()
        if "decision" in [t.key for t in effective(tags).get("stage", [])]
        and "security" in [t.key for t in effective(tags).get("objection", [])])
    assert security_decision.tagged_assets == expected > 1


def test_adoption_and_trends(history: Library) -> None:
    result = compute(history, InsightFilter(since=date(2026, 9, 1), until=date(2026, 11, 30)))
    people = {a.user_name: a for a in result.adoption}
    dana = people["Dana"]
    assert (dana.searches, dana.zero_result_searches, dana.uses, dana.used_on_call,
            dana.ratings, dana.field_notes, dana.requests) == (
        2, 1, 3, 3, 1, 4, 1)
    assert dana.last_active == at(21)
    lee = people["Lee"]
    assert (lee.searches, lee.uses, lee.used_on_call, lee.field_notes) == (
        2, 3, 2, 3)
    months = {m.month: m for m in result.trends}
    assert list(months) == ["2026-09", "2026-10", "2026-11"]
    october = months["2026-10"]
    assert (october.searches, october.zero_result_searches, october.views, october.uses,
            october.ratings, october.field_notes, october.requests) == (5, 2, 1, 5, 2, 7, 1)
    assert october.mean_stars == pytest.approx(3.5)
    assert (months["2026-09"].uses, months["2026-09"].ratings) == (1, 1)
    assert months["2026-11"].searches == 1


def test_stale_content(history: Library) -> None:
    with history.sessions.begin() as s:
        s.execute(update(Asset).where(Asset.title == C).values(expires_on=date(2026, 11, 1)))
        s.execute(update(Asset).values(imported_at=datetime(2026, 1, 1)))
    result = insights.compute(history.sessions, history.taxonomy(), InsightFilter(),
                              today=TODAY, unused_days=30)
    stale = {s.title: s for s in result.stale}
    # Cutoff 2026-10-24: A was last used 10-21, B 10-07, so both are unused for 30 days.
    assert stale[C].reasons == ("expired 2026-11-01", "unused for 30+ days")
    assert stale[A].reasons == ("unused for 30+ days",)
    assert stale[A].last_used == at(21)
    assert len(result.stale) == result.assets  # nothing was used in the last 30 days
    fresh = insights.compute(history.sessions, history.taxonomy(), InsightFilter(),
                             today=date(2026, 10, 30), unused_days=30)
    assert A not in {s.title for s in fresh.stale}


def test_low_rated_needs_enough_votes(history: Library) -> None:
    taxonomy = history.taxonomy()
    with history.sessions.begin() as s:
        c = s.scalar(select(Asset.id).where(Asset.title == C))
        for name in ("Ann", "Bo", "Cy", "Di", "Ed", "Fay"):
            feedback.rate(s, taxonomy, c, name, 1, when=at(22))
    stale = {s.title: s for s in compute(history).stale}
    # Current ratings: A 5, C 2,1,1,1,1,1,1 -> m = 13/8; C = (5·1.625+8)/12 = 1.3438.
    assert "low rated (1.3 from 7 votes)" in stale[C].reasons


def test_offline_ratings_need_no_imported_deal(history: Library) -> None:
    taxonomy = history.taxonomy()
    with history.sessions.begin() as s:
        c = s.scalar(select(Asset.id).where(Asset.title == C))
        event = feedback.rate(s, taxonomy, c, "Lee", 4, deal="Globex (not in CRM yet)",
                              when=at(30))
        assert (event.deal_id, event.deal_name) == (None, "Globex (not in CRM yet)")
    card = by_title(compute(history))[C]
    assert (card.votes, card.mean_stars, card.influenced_deals) == (1, 4.0, 0)


def test_feedback_is_validated(history: Library) -> None:
    taxonomy = history.taxonomy()
    with history.sessions.begin() as s:
        with pytest.raises(UserError, match="not a known objection"):
            feedback.log_field_note(s, taxonomy, "Dana", "objection", "weather")
        with pytest.raises(UserError, match="objection' or a 'competitor"):
            feedback.log_field_note(s, taxonomy, "Dana", "rumour", "x")
        with pytest.raises(UserError, match="Settings"):
            feedback.request_content(s, taxonomy, " ", "anything")
        with pytest.raises(UserError, match="Say what you needed"):
            feedback.request_content(s, taxonomy, "Dana", "  ")
        with pytest.raises(UserError, match="no imported deal #999"):
            feedback.resolve_deal(s, "#999")
        with pytest.raises(UserError, match="not a known objection"):
            feedback.rate(s, taxonomy, 1, "Dana", 4, objections=["weather"])
        deal = feedback.resolve_deal(s, "acme rollout")
        assert deal.is_known and deal.name == "Acme rollout"
        assert [c.label for c in feedback.deal_choices(s, "birch")] == [
            "Birch upsell (won, 2026-10-20)"]


def test_csv_export_of_the_scorecard_reads_back(history: Library, tmp_path: Path) -> None:
    """The numbers survive the trip to a spreadsheet (the report module writes them)."""
    from enablement.insights.reporting import write_report

    written = write_report(compute(history), "csv", tmp_path / "report.csv")
    assert tmp_path / "report.csv" in written
    with (tmp_path / "report.csv").open(encoding="utf-8", newline="") as handle:
        rows = {row[next(iter(row))]: row for row in csv.DictReader(handle)}
    assert any(A in key for key in rows) or any(A in str(r.values()) for r in rows.values())
