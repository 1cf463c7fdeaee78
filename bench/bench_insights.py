"""Benchmark of Insights: 10k assets and 1M events, every figure computed in SQL.

Builds a library with N synthetic assets (rows and tags only: insights never read the
files or the index) and M events split like a busy team's year (usage 60 %, searches
20 %, ratings 15 %, field notes 3 %, requests 2 %) over a few thousand deals, then times
``insights.compute`` for the common filters: all time, the last 90 days, one rep, one
stage. Each is run ROUNDS times; the median and the worst are printed, after one first
report that also starts the helper processes (``enablement/insights/sql_worker.py``).

    python bench/bench_insights.py                       # 10,000 assets, 1,000,000 events
    python bench/bench_insights.py --assets 1000 --events 100000
    python bench/bench_insights.py --work /tmp/bi   # keep the library; later runs reuse it
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from enablement.insights import figures as insights
from enablement.insights.figures import InsightFilter  # noqa: E402
from enablement.library import Library  # noqa: E402

STAGES = ["awareness", "consideration", "decision", "onboarding", "expansion"]
OBJECTIONS = ["price", "roi", "security", "integration", "switching", "implementation",
              "timing", "incumbent", "authority", "scalability", "support", "contract"]
KINDS = ["case_study", "battlecard", "one_pager", "whitepaper", "email_template", "deck"]
QUERIES = ["security", "hipaa", "pricing", "roi calculator", "netsuite integration",
           "case study healthcare", "migration from clerkwise", "soc 2", "invoxa",
           "implementation timeline", "german pricing", "payback", "fraud", "scale"]
ACTIONS = ["previewed", "previewed", "opened", "exported", "used_on_call"]
TODAY = date(2026, 11, 23)
DAYS = 365


def stamp(rng: random.Random) -> str:
    moment = datetime(TODAY.year, TODAY.month, TODAY.day, 8) - timedelta(
        days=rng.randrange(DAYS), minutes=rng.randrange(600))
    return moment.isoformat(sep=" ", timespec="microseconds")


def populate(db: Path, assets: int, events: int, reps: int, deals: int, seed: int) -> None:
    rng = random.Random(seed)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA synchronous = OFF")
    now = datetime(2025, 11, 1).isoformat(sep=" ")
    conn.execute("INSERT INTO files VALUES ('0' , 1, '.txt', ?)", (now,))
    conn.executemany(
        "INSERT INTO assets (id, uuid, title, title_origin, summary, summary_origin, sha256,"
        " format, source_path, source_name, pages, has_text, imported_at, updated_at, notes)"
        " VALUES (?, ?, ?, 'manual', '', 'extracted', '0', 'txt', NULL, ?, 1, 1, ?, ?, '')",
        [(i, str(uuid.uuid4()), f"Asset {i}", f"a{i}.txt", now, now)
         for i in range(1, assets + 1)])
    tags = []
    for i in range(1, assets + 1):
        origin = rng.choice(["manifest", "suggestion", "properties"])
        tags.append((i, "kind", rng.choice(KINDS), origin))
        for stage in rng.sample(STAGES, rng.randint(1, 2)):
            tags.append((i, "stage", stage, origin))
        for objection in rng.sample(OBJECTIONS, rng.randint(1, 3)):
            tags.append((i, "objection", objection, origin))
    conn.executemany("INSERT INTO asset_tags VALUES (?, ?, ?, ?, 1.0)", tags)
    conn.executemany(
        "INSERT INTO deals (id, crm, external_id, name, account, amount, stage, is_closed,"
        " is_won, close_date, kind, imported_at, updated_at)"
        " VALUES (?, 'salesforce', ?, ?, '', ?, '', ?, ?, ?, '', ?, ?)",
        [(d, f"006{d:08d}", f"Deal {d}", rng.randrange(5, 250) * 1000.0,
          closed := rng.random() < 0.7, closed and rng.random() < 0.35,
          (TODAY - timedelta(days=rng.randrange(-60, DAYS))).isoformat(), now, now)
         for d in range(1, deals + 1)])
    names = [f"Rep {n:02d}" for n in range(reps)]
    counts = {"usage": 0.60, "search": 0.20, "rating": 0.15, "note": 0.03, "request": 0.02}
    searches = []
    for _ in range(int(events * counts["search"])):
        filters = {}
        if rng.random() < 0.2:
            filters = {"objection": [rng.choice(OBJECTIONS)], "stage": [rng.choice(STAGES)]}
        query = rng.choice(QUERIES)
        searches.append((str(uuid.uuid4()), rng.choice(names), query,
                         json.dumps(filters), "relevance",
                         0 if query in ("hipaa", "german pricing") else rng.randrange(1, 60),
                         stamp(rng)))
    conn.executemany("INSERT INTO search_events (id, user_name, text, filters, sort,"
                     " result_count, created_at, query_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [(*search, search[2].lower()) for search in searches])
    conn.executemany(
        "INSERT INTO usage_events (id, asset_id, user_name, action, deal_id, created_at,"
        " search_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(str(uuid.uuid4()), rng.randint(1, assets), rng.choice(names),
          action := rng.choice(ACTIONS),
          rng.randint(1, deals) if action == "used_on_call" and rng.random() < 0.7 else None,
          stamp(rng), rng.choice(searches)[0] if rng.random() < 0.3 else None)
         for _ in range(int(events * counts["usage"]))])
    conn.executemany(
        "INSERT INTO rating_events (id, asset_id, user_name, stars, created_at, helped,"
        " deal_id, deal_name, objections, comment) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, '')",
        [(str(uuid.uuid4()), rng.randint(1, assets), rng.choice(names), rng.randint(1, 5),
          stamp(rng), rng.choice([None, True, False]),
          rng.randint(1, deals) if rng.random() < 0.4 else None,
          json.dumps(rng.sample(OBJECTIONS, 1)))
         for _ in range(int(events * counts["rating"]))])
    conn.executemany(
        "INSERT INTO field_notes (id, user_name, kind, value_key, stage, deal_id, deal_name,"
        " note, created_at) VALUES (?, ?, ?, ?, ?, NULL, '', '', ?)",
        [(str(uuid.uuid4()), rng.choice(names), "objection", rng.choice(OBJECTIONS),
          rng.choice(STAGES + [""]), stamp(rng)) for _ in range(int(events * counts["note"]))])
    conn.executemany(
        "INSERT INTO content_requests (id, user_name, need, query, stage, objection,"
        " search_id, created_at) VALUES (?, ?, ?, ?, '', ?, NULL, ?)",
        [(str(uuid.uuid4()), rng.choice(names), "Need a case study", rng.choice(QUERIES),
          rng.choice(OBJECTIONS), stamp(rng)) for _ in range(int(events * counts["request"]))])
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assets", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=40)
    parser.add_argument("--deals", type=int, default=3_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--work", type=Path, default=None,
                        help="keep the generated library here and reuse it next time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-insights-") as tmp:
        folder = (args.work or Path(tmp)) / "library"
        if not (folder / "library.db").exists():
            Library.open(folder).close()
            started = time.perf_counter()
            populate(folder / "library.db", args.assets, args.events, args.reps,
                     args.deals, args.seed)
            print(f"Generated {args.assets:,} assets and {args.events:,} events "
                  f"({args.deals:,} deals, {args.reps} reps) in "
                  f"{time.perf_counter() - started:.1f} s")
        else:
            print(f"Reusing the library in {folder}")
        filters = {
            "all time": InsightFilter(),
            "last 90 days": InsightFilter(since=TODAY - timedelta(days=89), until=TODAY),
            "one rep, all time": InsightFilter(rep="Rep 07"),
            "decision stage, last 90 days": InsightFilter(
                since=TODAY - timedelta(days=89), until=TODAY, stage="decision"),
        }
        with Library.open(folder) as library:
            taxonomy = library.taxonomy()
            started = time.perf_counter()
            insights.compute(library.sessions, taxonomy, InsightFilter(), today=TODAY)
            print(f"{'first report (starts helpers)':30s} {time.perf_counter() - started:6.3f} s")
            for label, flt in filters.items():
                times = []
                for _ in range(args.rounds):
                    t0 = time.perf_counter()
                    result = insights.compute(library.sessions, taxonomy, flt, today=TODAY)
                    times.append(time.perf_counter() - t0)
                print(f"{label:30s} median {statistics.median(times):6.3f} s  "
                      f"worst {max(times):6.3f} s  ({result.assets:,} assets, "
                      f"{result.search_health.searches:,} searches, "
                      f"{len(result.adoption)} reps)")


if __name__ == "__main__":
    main()
