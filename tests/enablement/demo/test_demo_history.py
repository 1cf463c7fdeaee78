"""The generated demo history: counted right, deterministic, added once, inside its
period, consistent with the taxonomy, and enough for Insights to tell a story."""

from __future__ import annotations

import json
import shutil
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from enablement.demo import history as demo_history
from enablement.demo.calendar import months_before
from enablement.demo.history import HistorySummary
from enablement.insights import figures as insights
from enablement.library import Library
from enablement.search import search_log as searchlog
from enablement.store.models import (
    Asset,
    ContentRequest,
    Deal,
    FacetValue,
    FieldNote,
    RatingEvent,
    SearchEvent,
    UsageEvent,
)

# A fixed day keeps the story the same whenever the tests run (demo assets expire as real
# time passes); test_the_default_day_is_today checks the real clock.
TODAY = date(2026, 11, 23)
START = date(2026, 5, 23)
EVENTS = (RatingEvent, UsageEvent, SearchEvent, FieldNote, ContentRequest)


def _copy(template: Path, folder: Path) -> Library:
    shutil.copytree(template, folder)
    return Library.open(folder)


@pytest.fixture(scope="module")
def history(demo_template: Path, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[tuple[Library, HistorySummary, float]]:
    """One demo library with the default history (six months to today), and how long
    generating it took."""
    library = _copy(demo_template, tmp_path_factory.mktemp("history") / "library")
    started = time.perf_counter()
    summary = demo_history.generate(library, today=TODAY)
    elapsed = time.perf_counter() - started
    yield library, summary, elapsed
    library.close()


def _count(library: Library, model: type) -> int:
    with library.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_summary_counts_the_rows_written(history: tuple[Library, HistorySummary, float]
                                         ) -> None:
    library, summary, _elapsed = history
    assert not summary.skipped
    assert summary.reps == 8
    counts = {"deals": Deal, "ratings": RatingEvent, "usage_events": UsageEvent,
              "searches": SearchEvent, "field_notes": FieldNote, "requests": ContentRequest}
    for name, model in counts.items():
        assert getattr(summary, name) > 0, name
        assert getattr(summary, name) == _count(library, model), name
    assert 100 <= summary.deals <= 140
    assert summary.usage_events > 5 * summary.deals
    with library.sessions() as session:
        people = set(session.scalars(select(UsageEvent.user_name).distinct()))
    assert len(people) == summary.reps and "Maya Chen" in people


def test_it_is_fast_on_the_demo(history: tuple[Library, HistorySummary, float]) -> None:
    assert history[2] < 2.0


def test_deals_look_like_a_salesforce_export(history: tuple[Library, HistorySummary, float]
                                             ) -> None:
    library, _summary, _elapsed = history
    with library.sessions() as session:
        deals = session.scalars(select(Deal)).all()
    assert {d.crm for d in deals} == {"salesforce"}
    assert all(d.external_id.startswith("006") and len(d.external_id) == 18 for d in deals)
    assert len({d.external_id for d in deals}) == len(deals)
    assert all(f"{d.account} – " in d.name for d in deals)
    assert all(8_000 <= d.amount <= 250_000 for d in deals)
    closed = [d for d in deals if d.is_closed]
    won = [d for d in closed if d.is_won]
    assert 0.45 <= len(closed) / len(deals) <= 0.75
    assert 0.2 <= len(won) / len(closed) <= 0.5
    assert not any(d.is_won and not d.is_closed for d in deals)
    assert all(START <= d.close_date < TODAY for d in closed)
    assert all(d.close_date > TODAY for d in deals if not d.is_closed)
    assert {d.stage for d in closed} == {"Closed Won", "Closed Lost"}
    months = {d.close_date.strftime("%Y-%m") for d in closed}
    assert len(months) >= 5  # spread over the period


def test_a_second_run_adds_nothing(history: tuple[Library, HistorySummary, float]) -> None:
    library, summary, _elapsed = history
    before = {model: _count(library, model) for model in (Deal, *EVENTS)}
    again = demo_history.generate(library, today=TODAY)
    assert again == HistorySummary(skipped=True)
    assert {model: _count(library, model) for model in (Deal, *EVENTS)} == before


def test_any_real_history_is_left_alone(demo_library: Library) -> None:
    with demo_library.sessions.begin() as session:
        searchlog.record(session, "Dana", "pricing", {}, "relevance", 3)
    assert demo_history.generate(demo_library).skipped
    assert _count(demo_library, Deal) == 0
    assert _count(demo_library, SearchEvent) == 1


def _sorted(rows: Iterable[tuple]) -> list[tuple]:
    return sorted(rows, key=repr)  # None and str side by side


def _snapshot(library: Library) -> dict[str, list[tuple]]:
    """Everything generated, with the random uuids replaced by what they point at."""
    with library.sessions() as session:
        deal_ids = dict(session.execute(select(Deal.id, Deal.external_id)).all())
        search_text = dict(session.execute(select(SearchEvent.id, SearchEvent.text)
                                           ).all())
        return {
            "deals": _sorted(session.execute(select(
                Deal.external_id, Deal.name, Deal.account, Deal.amount, Deal.stage,
                Deal.is_closed, Deal.is_won, Deal.close_date, Deal.kind, Deal.imported_at,
                Deal.updated_at)).all()),
            "ratings": _sorted((r.asset_id, r.user_name, r.stars, r.created_at, r.helped,
                               deal_ids.get(r.deal_id), r.deal_name, r.objections, r.comment)
                              for r in session.scalars(select(RatingEvent))),
            "usage": _sorted((u.asset_id, u.user_name, u.action, deal_ids.get(u.deal_id),
                             u.created_at, search_text.get(u.search_id))
                            for u in session.scalars(select(UsageEvent))),
            "searches": _sorted((s.user_name, s.text, s.filters, s.sort, s.result_count,
                                s.opened, s.created_at)
                               for s in session.scalars(select(SearchEvent))),
            "notes": _sorted((n.user_name, n.kind, n.value_key, n.stage,
                             deal_ids.get(n.deal_id), n.note, n.created_at)
                            for n in session.scalars(select(FieldNote))),
            "requests": _sorted((r.user_name, r.need, r.created_at, search_text.get(r.search_id))
                               for r in session.scalars(select(ContentRequest))),
            "assets": _sorted(session.execute(select(Asset.id, Asset.imported_at,
                                                    Asset.expires_on)).all()),
        }


def test_same_seed_and_day_give_the_same_history(demo_template: Path, tmp_path: Path
                                                 ) -> None:
    day = date(2026, 11, 23)
    snapshots = []
    for name, seed in (("one", 11), ("two", 11), ("three", 12)):
        with _copy(demo_template, tmp_path / name) as library:
            demo_history.generate(library, today=day, seed=seed)
            snapshots.append(_snapshot(library))
    same, also_same, other_seed = snapshots
    assert same == also_same
    assert other_seed["ratings"] != same["ratings"]
    assert other_seed["deals"] != same["deals"]


def test_deal_records_mostly_precede_the_close_so_they_count(
        history: tuple[Library, HistorySummary, float]) -> None:
    library, _summary, _elapsed = history
    with library.sessions() as session:
        closes = dict(session.execute(select(Deal.id, Deal.close_date)
                                      .where(Deal.is_closed)).all())
        records = [*session.execute(select(UsageEvent.deal_id, UsageEvent.created_at)
                                    .where(UsageEvent.deal_id.is_not(None))).all(),
                   *session.execute(select(RatingEvent.deal_id, RatingEvent.created_at)
                                    .where(RatingEvent.deal_id.is_not(None))).all()]
    on_closed = [(deal, when) for deal, when in records if deal in closes]
    before = [(deal, when) for deal, when in on_closed if when.date() <= closes[deal]]
    assert len(on_closed) > 100
    assert len(before) / len(on_closed) >= 0.85
    assert len(before) < len(on_closed)  # a few onboarding uses after the win
    influenced = {deal for deal, _when in before}
    assert len(influenced) >= len(closes) / 2


def test_every_timestamp_is_inside_the_period_in_working_hours(
        history: tuple[Library, HistorySummary, float]) -> None:
    library, _summary, _elapsed = history
    first = datetime.combine(START, datetime.min.time())
    end = min(datetime.combine(TODAY, datetime.min.time()), datetime.now())
    with library.sessions() as session:
        stamps = [when for model in EVENTS
                  for when in session.scalars(select(model.created_at))]
        stamps += [when for pair in session.execute(select(Deal.imported_at, Deal.updated_at))
                   for when in pair]
    assert stamps
    assert all(first <= when < end for when in stamps)
    assert all(7 <= when.hour <= 20 for when in stamps)
    weekdays = Counter(when.weekday() < 5 for when in stamps)
    assert weekdays[False] == 0


def test_searches_find_nothing_again_and_again_and_lead_somewhere(
        history: tuple[Library, HistorySummary, float]) -> None:
    library, _summary, _elapsed = history
    with library.sessions() as session:
        searches = session.scalars(select(SearchEvent)).all()
        clicked = set(session.scalars(select(UsageEvent.search_id)
                                      .where(UsageEvent.search_id.is_not(None))))
        requested = set(session.scalars(select(ContentRequest.search_id)
                                        .where(ContentRequest.search_id.is_not(None))))
    zero = Counter(s.query_key for s in searches if s.result_count == 0 and s.query_key)
    assert sum(1 for count in zero.values() if count >= 3) >= 2, zero
    assert "fedramp" in zero
    filters = [json.loads(s.filters) for s in searches]
    assert any(set(f) == {"stage", "objection"} for f in filters)
    assert all(isinstance(v, list) for f in filters for v in f.values())
    assert len(clicked) > 50
    by_id = {s.id: s for s in searches}
    assert all(by_id[i].opened and by_id[i].result_count > 0 for i in clicked)
    assert requested and all(by_id[i].result_count == 0 for i in requested)


def test_keys_exist_in_the_taxonomy(history: tuple[Library, HistorySummary, float]) -> None:
    library, _summary, _elapsed = history
    with library.sessions() as session:
        known = {(facet, key) for facet, key in session.execute(
            select(FacetValue.facet, FacetValue.key))}
        answered = [key for text in session.scalars(select(RatingEvent.objections))
                    for key in json.loads(text)]
        notes = session.execute(select(FieldNote.kind, FieldNote.value_key, FieldNote.stage)
                                ).all()
        requests = session.execute(select(ContentRequest.stage, ContentRequest.objection)
                                   ).all()
    assert answered and all(("objection", key) in known for key in answered)
    assert {kind for kind, _key, _stage in notes} == {"objection", "competitor"}
    assert all((kind, key) in known for kind, key, _stage in notes)
    assert all(("stage", stage) in known for _kind, _key, stage in notes if stage)
    assert all(("stage", stage) in known and ("objection", objection) in known
               for stage, objection in requests)


def test_insights_have_a_story_to_tell(history: tuple[Library, HistorySummary, float]
                                       ) -> None:
    library, _summary, _elapsed = history
    found = insights.compute(library.sessions, library.taxonomy(), today=TODAY)
    winners = [s for s in found.scorecard
               if not s.small_sample and s.lift_pp is not None and s.lift_pp >= 15]
    assert len(winners) >= 2
    reasons = " ".join(r for stale in found.stale for r in stale.reasons)
    assert "expired" in reasons and "unused" in reasons and "low rated" in reasons
    assert any(s.votes >= 3 and s.rating < 3.0 for s in found.bottom)
    assert found.search_health.zero_results > 0
    assert found.search_health.zero_result_queries
    assert any(cell.status == "gap" for cell in found.coverage)
    assert len(found.adoption) == 8
    assert len(found.trends) >= 6
    assert found.requests


def test_the_default_day_is_today(demo_library: Library) -> None:
    summary = demo_history.generate(demo_library, months=1, seed=3)
    assert summary.deals == 20
    first = datetime.combine(months_before(date.today(), 1), datetime.min.time())
    with demo_library.sessions() as session:
        stamps = [when for model in EVENTS for when in session.scalars(select(model.created_at))]
    assert len(stamps) == sum((summary.ratings, summary.usage_events, summary.searches,
                               summary.field_notes, summary.requests))
    assert all(first <= when < datetime.now() for when in stamps)
    assert max(stamps).date() < date.today()


def test_a_short_period_before_anything_expired(demo_template: Path, tmp_path: Path) -> None:
    """Two months to 1 March 2025: no demo asset has expired yet, so one is made to."""
    day = date(2025, 3, 1)
    with _copy(demo_template, tmp_path / "early") as library:
        summary = demo_history.generate(library, today=day, months=2)
        with library.sessions() as session:
            expired = session.scalars(select(Asset.expires_on)
                                      .where(Asset.expires_on < day)).all()
            stamps = [when for model in EVENTS
                      for when in session.scalars(select(model.created_at))]
            imported = set(session.scalars(select(Asset.imported_at)))
    assert 30 <= summary.deals <= 50
    assert len(expired) == 1
    first = datetime.combine(date(2025, 1, 1), datetime.min.time())
    assert all(first <= when < datetime.combine(day, datetime.min.time()) for when in stamps)
    assert max(imported) <= min(stamps)
    assert min(stamps) - first < timedelta(days=7)


def test_searches_typed_while_the_demo_imports_do_not_stop_its_history(
    demo_library: Library,
) -> None:
    """First run: a rep who searches while the demo imports still gets the demo's
    history; a search from before that first run is real history and stops it."""
    began = datetime.now()
    with demo_library.sessions.begin() as session:
        searchlog.record(session, "(no name set)", "x", {}, "relevance", 0)
    summary = demo_history.generate(demo_library, session_began=began)
    assert not summary.skipped and summary.ratings > 0
    assert _count(demo_library, SearchEvent) == summary.searches + 1


def test_a_search_from_before_the_first_run_is_history(demo_library: Library) -> None:
    with demo_library.sessions.begin() as session:
        searchlog.record(session, "Dana", "pricing", {}, "relevance", 3,
                         when=datetime.now() - timedelta(days=2))
    assert demo_history.generate(demo_library, session_began=datetime.now()).skipped
    assert _count(demo_library, Deal) == 0
