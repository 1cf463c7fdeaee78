"""Benchmark of sync against a real PostgreSQL server on this machine.

Starts a throwaway PostgreSQL (tests/pg_server.py; or uses --url), then times:

* publish: a marketer's library of N assets (small text files, imported) to the hub;
* pull: a rep's empty library getting that catalog (files, text, tags), then the
  time to index it;
* push: E events from the rep's laptop (usage, ratings, searches);
* the marketer pulling those E events.

Each timed step runs ROUNDS times on fresh hub databases and laptops; medians printed.

    python bench/bench_sync.py                      # 1,000 assets, 10,000 events
    python bench/bench_sync.py --assets 200 --events 2000 --rounds 1
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import insert, select  # noqa: E402

from enablement.library import Library  # noqa: E402
from enablement.store.models import Asset, RatingEvent, SearchEvent, UsageEvent  # noqa: E402
from enablement.sync import hub, publish, pull, push  # noqa: E402

WORDS = [
    "invoice", "approval", "security", "review", "payback", "integration", "netsuite",
    "pricing", "budget", "migration", "onboarding", "rollout", "controls", "audit", "vendor",
    "fraud", "card", "rebate", "entity", "close", "workflow", "exception", "matching",
    "compliance", "soc", "hipaa", "ledger",
]


def make_content(folder: Path, count: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    for i in range(count):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(150, 600)))
        (folder / f"asset-{i:05d}.txt").write_text(f"Asset {i}\n\n{body}\n", encoding="utf-8")


def add_events(library: Library, count: int, user: str, seed: int = 9) -> None:
    """60 % usage, 25 % searches, 15 % ratings, written as the app writes them."""
    rng = random.Random(seed)
    start = datetime(2026, 6, 1, 9)
    with library.sessions.begin() as session:
        ids = list(session.scalars(select(Asset.id)))
        usage, searches, ratings = [], [], []
        for i in range(count):
            when = start + timedelta(minutes=i)
            roll = rng.random()
            if roll < 0.6:
                usage.append({"id": str(uuid.uuid4()), "asset_id": rng.choice(ids),
                              "user_name": user, "created_at": when,
                              "action": rng.choice(("previewed", "opened", "used_on_call"))})
            elif roll < 0.85:
                searches.append({"id": str(uuid.uuid4()), "user_name": user,
                                 "text": rng.choice(WORDS), "query_key": rng.choice(WORDS),
                                 "filters": "{}", "sort": "relevance",
                                 "result_count": rng.randint(0, 30), "created_at": when})
            else:
                ratings.append({"id": str(uuid.uuid4()), "asset_id": rng.choice(ids),
                                "user_name": user, "stars": rng.randint(1, 5),
                                "created_at": when})
        for model, rows in ((UsageEvent, usage), (SearchEvent, searches),
                            (RatingEvent, ratings)):
            session.execute(insert(model), rows)


def timed(fn) -> tuple[float, object]:  # noqa: ANN001
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assets", type=int, default=1_000)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--url", help="an existing PostgreSQL URL (databases are created)")
    args = parser.parse_args()

    from tests.pg_server import PgServer, fresh_database

    server = None
    base = args.url
    if base is None:
        server = PgServer()
        started = time.perf_counter()
        server.start()
        base = server.url
        print(f"PostgreSQL started in {time.perf_counter() - started:.1f} s: {base}")
    figures: dict[str, list[float]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
            work = Path(tmp)
            make_content(work / "content", args.assets)
            marketer = Library.open(work / "marketer")
            seconds, report = timed(lambda: marketer.import_paths([work / "content"]))
            print(f"Imported {report.counts()['imported']:,} assets in {seconds:.1f} s "
                  "(setup, not timed below)")
            for round_no in range(args.rounds):
                url = fresh_database(base, f"bench_{uuid.uuid4().hex[:8]}")
                hub.init_hub(url)
                with hub.connected(url) as engine:
                    seconds, published = timed(lambda engine=engine: publish.publish(
                        marketer.sessions, engine, marketer.content, "Mara"))
                    figures.setdefault("publish catalog", []).append(seconds)
                    rep = Library.open(work / f"rep-{round_no}")
                    seconds, _ = timed(lambda engine=engine, rep=rep: (
                        pull.pull_taxonomy(rep.sessions, engine),
                        pull.pull_catalog(rep.sessions, engine, rep.content)))
                    figures.setdefault("pull catalog", []).append(seconds)
                    seconds, _ = timed(rep.drain_index)
                    figures.setdefault("  then index it (Whoosh)", []).append(seconds)
                    add_events(rep, args.events, "Dana")
                    seconds, sent = timed(lambda engine=engine, rep=rep: push.push(
                        rep.sessions, engine))
                    figures.setdefault("push events", []).append(seconds)
                    assert sent == args.events, (sent, args.events)
                    watcher = Library.open(work / f"watcher-{round_no}")
                    pull.pull_catalog(watcher.sessions, engine, watcher.content)
                    seconds, (added, _kept) = timed(
                        lambda engine=engine, watcher=watcher: pull.pull_events(
                            watcher.sessions, engine))
                    figures.setdefault("pull events (marketer)", []).append(seconds)
                    assert added == args.events, (added, args.events)
                    rep.close()
                    watcher.close()
                print(f"round {round_no + 1}: published {published.assets:,} assets, "
                      f"{published.file_bytes / 1e6:.1f} MB")
            marketer.close()
    finally:
        if server is not None:
            server.stop()
    print(f"\n{args.assets:,} assets, {args.events:,} events, {args.rounds} round(s), "
          "PostgreSQL on 127.0.0.1:")
    for label, values in figures.items():
        print(f"  {label:30s} median {statistics.median(values):6.2f} s   "
              f"min {min(values):6.2f}  max {max(values):6.2f}")


if __name__ == "__main__":
    main()
