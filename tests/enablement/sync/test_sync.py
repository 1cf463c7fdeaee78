"""Sync through a hub, on a SQLite file and on a real PostgreSQL server: libraries in
temporary folders stand in for a marketer's laptop and reps' laptops."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, insert, select, text

from enablement.catalog.assets import find_asset, retire
from enablement.feedback import forms as feedback
from enablement.feedback import ratings, usage
from enablement.feedback.deals import import_deals
from enablement.insights import figures as insights
from enablement.library import Library
from enablement.search import search_log as searchlog
from enablement.search.service import SearchRequest, run_search
from enablement.store.models import Asset, AssetTag, Deal, RatingEvent, UsageEvent
from enablement.sync import hub, publish, run, state
from tests.commands import REPO, start_main
from tests.filemakers import make_pdf, make_text


def hub_count(url: str, table: str = "hub_events") -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()
    finally:
        engine.dispose()


def content_folder(folder: Path) -> Path:
    folder.mkdir()
    make_pdf(folder / "Northvale case study.pdf",
             ["Northvale Health passed its security review in 19 days with SOC 2 evidence."])
    make_text(folder / "Invoxa battlecard.md",
              "# Invoxa battlecard\n\nWin on total cost and price against Invoxa.")
    make_text(folder / "ROI one-pager.txt", "Payback in 7 months: the ROI of AP automation.")
    return folder


@pytest.fixture()
def marketer(tmp_path: Path, hub_url: str) -> Library:
    library = Library.open(tmp_path / "marketer")
    report = library.import_paths([content_folder(tmp_path / "content")])
    assert report.counts()["imported"] == 3
    with hub.connected(hub_url) as engine:
        published = publish.publish(library.sessions, engine, library.content, "Mara")
    assert (published.assets, published.files, published.taxonomy) == (3, 3, True)
    yield library
    library.close()


@pytest.fixture()
def laptops(tmp_path: Path, marketer: Library):  # noqa: ARG001 - the catalog must exist
    opened = [Library.open(tmp_path / name) for name in ("dana-laptop", "lee-laptop")]
    yield opened
    for library in opened:
        library.close()


def asset_id(library: Library, title_part: str) -> int:
    with library.sessions() as session:
        return find_asset(session, title_part).id


def titles_found(library: Library, words: str) -> list[str]:
    outcome = run_search(library, SearchRequest(text=words, limit=20))
    return [hit.title for hit in outcome.hits]


def test_two_laptops_exchange_feedback_and_content(hub_url: str, marketer: Library,
                                                   laptops: list[Library]) -> None:
    dana, lee = laptops
    for laptop in laptops:
        report = run.sync(laptop, hub_url)
        assert (report.offline, report.catalog, report.taxonomy) == ("", 3, True)
        assert "Northvale case study" in " ".join(titles_found(laptop, "security review"))
    # The same asset has one identity everywhere.
    uuids = set()
    for library in (marketer, dana, lee):
        with library.sessions() as session:
            uuids.add(session.scalar(select(Asset.uuid).where(Asset.title.like("Invoxa%"))))
    assert len(uuids) == 1
    taxonomy = dana.taxonomy()
    with dana.sessions.begin() as session:
        feedback.rate(session, taxonomy, asset_id(dana, "Invoxa"), "Dana", 5, helped=True,
                      objections=["price"], comment="Won the pricing call")
        feedback.log_field_note(session, taxonomy, "Dana", "objection", "security",
                                stage="decision")
    with lee.sessions.begin() as session:
        search = searchlog.record(session, "Lee", "payback", {}, "relevance", 1)
        usage.record(session, [asset_id(lee, "ROI")], "Lee", "opened", search_id=search)
        feedback.request_content(session, lee.taxonomy(), "Lee",
                                 "Coupa integration one-pager", query="coupa")
    assert [run.sync(laptop, hub_url).pushed for laptop in laptops] == [2, 3]
    assert hub_count(hub_url) == 5
    report = run.sync(marketer, hub_url, role="marketer")
    assert (report.events_added, report.events_kept) == (5, 0)
    seen = insights.compute(marketer.sessions, marketer.taxonomy())
    assert {a.user_name for a in seen.adoption} == {"Dana", "Lee"}
    invoxa = next(s for s in seen.scorecard if s.title.startswith("Invoxa"))
    assert (invoxa.votes, invoxa.helped_yes) == (1, 1)
    roi = next(s for s in seen.scorecard if s.title.startswith("ROI"))
    assert roi.uses == 1
    assert seen.search_health.searches == 1 and seen.search_health.without_click == 0
    assert [r.need for r in seen.requests] == ["Coupa integration one-pager"]
    # A rep pulls content, not the team's events.
    with dana.sessions() as session:
        assert session.scalar(select(func.count()).select_from(UsageEvent)) == 0


def test_the_same_sync_twice_changes_nothing(hub_url: str, marketer: Library,
                                             laptops: list[Library]) -> None:
    dana = laptops[0]
    run.sync(dana, hub_url)
    with dana.sessions.begin() as session:
        ratings.rate(session, asset_id(dana, "Northvale"), "Dana", 4)
    first = run.sync(dana, hub_url)
    again = run.sync(dana, hub_url)
    assert (first.pushed, again.pushed, again.catalog, again.deals) == (1, 0, 0, 0)
    assert hub_count(hub_url) == 1
    for _ in range(2):
        run.sync(marketer, hub_url, role="marketer")
    with marketer.sessions() as session:
        assert session.scalar(select(func.count()).select_from(RatingEvent)) == 1
    with hub.connected(hub_url) as engine:
        assert publish.publish(marketer.sessions, engine, marketer.content, "Mara").assets == 0


def test_offline_is_normal_and_nothing_is_lost(hub_url: str, laptops: list[Library],
                                               tmp_path: Path) -> None:
    dana = laptops[0]
    run.sync(dana, hub_url)
    with dana.sessions.begin() as session:
        ratings.rate(session, asset_id(dana, "Invoxa"), "Dana", 3)
    down = ("postgresql+psycopg://nobody@127.0.0.1:9/hub" if hub_url.startswith("postgres")
            else f"sqlite:///{tmp_path / 'no-such-folder' / 'hub.db'}")
    report = run.sync(dana, down)
    assert report.offline and report.pending == 1
    with dana.sessions() as session:
        current = state.status(session)
    assert current.last_error.startswith("offline:") and current.pending == 1
    report = run.sync(dana, hub_url)
    assert (report.offline, report.pushed, report.pending) == ("", 1, 0)
    with dana.sessions() as session:
        assert state.status(session).last_error == ""


def bulk_usage(library: Library, count: int, user: str) -> None:
    """``count`` real usage events, written as the app writes them (triggers included)."""
    with library.sessions.begin() as session:
        ids = list(session.scalars(select(Asset.id)))
        start = datetime(2026, 10, 1, 9)
        session.execute(insert(UsageEvent), [
            {"id": str(uuid.uuid4()), "asset_id": ids[i % len(ids)], "user_name": user,
             "action": ("previewed", "opened", "used_on_call")[i % 3],
             "created_at": start + timedelta(seconds=i)} for i in range(count)])


def test_two_laptops_pushing_at_once(hub_url: str, marketer: Library,
                                     laptops: list[Library]) -> None:
    for laptop, user in zip(laptops, ("Dana", "Lee"), strict=True):
        run.sync(laptop, hub_url)
        bulk_usage(laptop, 3_000, user)
    results: dict[str, run.SyncReport] = {}
    errors: list[BaseException] = []

    def sync(laptop: Library, user: str) -> None:
        try:
            results[user] = run.sync(laptop, hub_url)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=sync, args=(laptop, user))
               for laptop, user in zip(laptops, ("Dana", "Lee"), strict=True)]
    os.environ["ENABLEMENT_SYNC_BATCH"] = "500"  # interleave many small batches
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    finally:
        del os.environ["ENABLEMENT_SYNC_BATCH"]
    assert not errors, errors
    assert {user: r.pushed for user, r in results.items()} == {"Dana": 3_000, "Lee": 3_000}
    assert hub_count(hub_url) == 6_000
    report = run.sync(marketer, hub_url, role="marketer")
    assert report.events_added == 6_000
    seen = insights.compute(marketer.sessions, marketer.taxonomy())
    assert sorted((a.user_name, a.views + a.uses) for a in seen.adoption) == [
        ("Dana", 3_000), ("Lee", 3_000)]


def test_kill_9_in_the_middle_of_a_sync_then_resume(hub_url: str, laptops: list[Library],
                                                    tmp_path: Path) -> None:
    """A 10k-event backlog, the sync killed after some batches reached the hub."""
    dana = laptops[0]
    run.sync(dana, hub_url)
    bulk_usage(dana, 10_000, "Dana")
    folder = dana.path
    dana.close()
    env = {"ENABLEMENT_SYNC_BATCH": "250", "PYTHONPATH": str(REPO)}
    child = start_main("sync", "--hub", hub_url, library=folder, env=env,
                       stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    reached = 0
    while time.monotonic() < deadline and child.poll() is None:
        reached = hub_count(hub_url)
        if reached >= 1_000:
            break
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    reached = hub_count(hub_url)
    assert 0 < reached < 10_000, f"the kill came too late or too early ({reached})"
    with Library.open(folder) as again:
        with again.sessions() as session:
            assert 0 < state.pending(session) <= 10_000 - reached + 250
        report = run.sync(again, hub_url)
        assert report.pending == 0
        assert report.pushed <= 10_000 - reached + 250  # at most one batch sent again
    assert hub_count(hub_url) == 10_000  # nothing lost, nothing doubled


def test_a_retired_asset_keeps_its_feedback(hub_url: str, marketer: Library,
                                            laptops: list[Library]) -> None:
    dana = laptops[0]
    run.sync(dana, hub_url)
    invoxa = asset_id(dana, "Invoxa")
    with dana.sessions.begin() as session:
        ratings.rate(session, invoxa, "Dana", 2)
    with marketer.sessions.begin() as session:
        retire(session, asset_id(marketer, "Invoxa"))
    marketer.drain_index()
    with hub.connected(hub_url) as engine:
        report = publish.publish(marketer.sessions, engine, marketer.content, "Mara")
    assert (report.assets, report.retired, report.files) == (1, 1, 0)
    # Dana rated before she heard of the retirement: the rating still reaches the hub.
    synced = run.sync(dana, hub_url)
    assert (synced.pushed, synced.catalog) == (1, 1)
    assert not any(t.startswith("Invoxa") for t in titles_found(dana, "invoxa price"))
    with dana.sessions() as session:
        assert session.get(Asset, invoxa).retired_at is not None
        assert ratings.my_rating(session, invoxa, "Dana") == 2
    run.sync(marketer, hub_url, role="marketer")
    seen = insights.compute(marketer.sessions, marketer.taxonomy())
    assert next(s for s in seen.scorecard if s.title.startswith("Invoxa")).votes == 1


def test_marketing_owns_the_catalog_reps_own_their_events(hub_url: str, marketer: Library,
                                                          laptops: list[Library],
                                                          tmp_path: Path) -> None:
    dana = laptops[0]
    run.sync(dana, hub_url)
    northvale = asset_id(dana, "Northvale")
    with dana.sessions.begin() as session:  # a rep's own tag edit...
        session.add(AssetTag(asset_id=northvale, facet="stage", value_key="awareness",
                             origin="manual", score=1.0))
    with marketer.sessions.begin() as session:  # ...until marketing changes the asset
        asset = session.get(Asset, asset_id(marketer, "Northvale"))
        asset.title = "Northvale Health: security review in 19 days"
        asset.title_origin = "manual"
    with hub.connected(hub_url) as engine:
        assert publish.publish(marketer.sessions, engine, marketer.content, "Mara").assets == 1
    assert run.sync(dana, hub_url).catalog == 1
    with dana.sessions() as session:
        asset = session.get(Asset, northvale)
        assert asset.title == "Northvale Health: security review in 19 days"
        stages = {t.value_key for t in asset.tags if t.facet == "stage"}
    assert "awareness" not in stages
    # A rep's own import stays on the laptop; feedback about it waits at the hub.
    own = tmp_path / "own"
    own.mkdir()
    make_text(own / "My call notes.txt", "Notes from the Tidewater call about pricing.")
    dana.import_paths([own])
    with dana.sessions.begin() as session:
        ratings.rate(session, asset_id(dana, "call notes"), "Dana", 5)
    run.sync(dana, hub_url)
    report = run.sync(marketer, hub_url, role="marketer")
    assert (report.events_added, report.events_kept) == (0, 1)
    with marketer.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Asset)) == 3


def test_newest_deal_import_wins(hub_url: str, marketer: Library, laptops: list[Library],
                                 tmp_path: Path) -> None:
    dana = laptops[0]
    header = "Id,Name,Account Name,Amount,StageName,IsClosed,IsWon,CloseDate,Type\n"
    old = tmp_path / "old.csv"
    old.write_text(header + "006Z1,Northvale,Northvale Health,1000,Negotiation,false,false,"
                   "2026-12-01,New\n", encoding="utf-8")
    new = tmp_path / "new.csv"
    new.write_text(header + "006Z1,Northvale,Northvale Health,1200,Closed Won,true,true,"
                   "2026-11-20,New\n", encoding="utf-8")
    with marketer.sessions.begin() as session:
        import_deals(session, new)
    time.sleep(0.01)
    with dana.sessions.begin() as session:  # an older export, imported later on a laptop
        import_deals(session, old)
        session.execute(Deal.__table__.update().values(
            updated_at=datetime(2026, 11, 1)))
    run.sync(marketer, hub_url, role="marketer")
    run.sync(dana, hub_url)
    run.sync(marketer, hub_url, role="marketer")
    for library in (marketer, dana):
        with library.sessions() as session:
            deal = session.scalar(select(Deal))
            assert (deal.stage, deal.amount, deal.is_won) == ("Closed Won", 1200, True)
    assert hub_count(hub_url, "hub_deals") == 1


def test_a_url_that_is_not_a_hub_says_what_to_do(tmp_path: Path) -> None:
    from enablement.errors import UserError

    plain = f"sqlite:///{tmp_path / 'plain.db'}"
    with Library.open(tmp_path / "lib") as library, pytest.raises(UserError) as caught:
        with library.sessions.begin() as session:
            ratings.rate(session, *_any_asset(library, tmp_path), "Dana", 3)
        run.sync(library, plain)
    assert "hub init" in str(caught.value)


def _any_asset(library: Library, tmp_path: Path) -> tuple[int]:
    folder = tmp_path / "one"
    folder.mkdir()
    make_text(folder / "One.txt", "One asset.")
    library.import_paths([folder])
    return (asset_id(library, "One"),)


def test_a_laptop_with_the_same_files_gets_no_copies_and_no_downloads(
        hub_url: str, marketer: Library, tmp_path: Path) -> None:
    """Files go by SHA-256 and only when missing: a laptop that imported the same content
    before joining adopts marketing's assets without fetching a byte."""
    engine = create_engine(hub_url)
    try:
        with engine.begin() as conn:  # the hub could not send the files even if asked
            conn.execute(text("DELETE FROM hub_files"))
    finally:
        engine.dispose()
    with Library.open(tmp_path / "early-laptop") as early:
        early.import_paths([tmp_path / "content"])
        report = run.sync(early, hub_url)
        assert (report.offline, report.catalog) == ("", 3)
        with early.sessions() as session:
            mine = set(session.scalars(select(Asset.uuid)))
        with marketer.sessions() as session:
            assert mine == set(session.scalars(select(Asset.uuid)))
    with Library.open(tmp_path / "new-laptop") as new:
        # A laptop without the files needs them: each asset refused, said plainly, and
        # the sync goes on; publishing again uploads the files and the next sync heals.
        report = run.sync(new, hub_url)
        assert (report.offline, report.catalog) == ("", 0)
        assert [r.what for r in report.refused] == ["catalog row"] * 3
        assert all("publish again" in r.reason for r in report.refused)
        with hub.connected(hub_url) as engine:
            again = publish.publish(marketer.sessions, engine, marketer.content, "Mara")
        assert (again.assets, again.files) == (0, 3)
        healed = run.sync(new, hub_url)
        assert (healed.catalog, healed.refused) == (3, [])
        with new.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Asset)) == 3


def test_calculator_runs_reach_marketing(hub_url: str, marketer: Library,
                                         laptops: list[Library]) -> None:
    """What prospects' numbers look like travels like any other event."""
    from enablement.roi.service import record_run
    from enablement.store.models import RoiRun

    dana = laptops[0]
    run.sync(dana, hub_url)
    with dana.sessions.begin() as session:
        record_run(session, asset_id(dana, "ROI"), "Dana", {"in_invoices": 12_000.0}, [])
    assert run.sync(dana, hub_url).pushed == 2  # the run and its use of the asset
    assert run.sync(marketer, hub_url, role="marketer").events_added == 2
    with marketer.sessions() as session:
        (pulled,) = session.scalars(select(RoiRun))
        assert (pulled.user_name, pulled.inputs) == ("Dana", '{"in_invoices": 12000.0}')
        assert pulled.asset_id == asset_id(marketer, "ROI")


def test_a_catalog_pull_keeps_the_laptops_rejections(hub_url: str, marketer: Library,
                                                     tmp_path: Path) -> None:
    """Marketing's published tags replace an adopted asset's tags, but a "no" said on
    this laptop to a suggestion stays: the learner keeps it as a counter-example, and
    the guess does not come back."""
    from enablement.catalog.review import rejected_pairs

    with Library.open(tmp_path / "early-laptop") as early:
        early.import_paths([tmp_path / "content"])
        item = early.catalog.review_queue().items[0]
        early.catalog.reject([item.asset_id], item.facet, item.key)
        report = run.sync(early, hub_url)
        assert (report.offline, report.catalog) == ("", 3)
        with early.sessions() as session:
            assert rejected_pairs(session, item.asset_id) == {(item.facet, item.key)}
            origins = set(session.scalars(select(AssetTag.origin).where(
                AssetTag.asset_id == item.asset_id)))
        assert origins <= {"manual", "rejected"}  # marketing's tags, and the "no"
