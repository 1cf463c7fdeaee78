"""Benchmark of search at scale: the index alone, built straight from records, to 100k.

The full import path is too slow to make a 100,000-asset library in a session, so this
builds the index directly: N synthetic assets drawn exactly as ``bench_core.py``'s
text-only corpus is (same seed, same vocabulary, titles, bodies and manifest tags), each
made an ``index.IndexRecord``, written with ``IndexStore.rebuild(records, procs=2)``, or
with ``--batches`` in commits of 500 through ``IndexStore.write`` (the many-segment shape
an import leaves). Then one ``IndexSearcher`` is opened and read ahead (``warm``), and
``bench_core``'s queries, with fresh typos every round, are timed as the window asks
them (100 hits, the first 20 highlighted): a first round, then ``--rounds`` more; then
one round with filters and one typed as you go (the last word cut short,
``prefix_last``). Resident memory is printed after the read-ahead and after the queries;
the build runs in a child process, so the figures are the searching process's own.

Target (docs: PERFORMANCE.md): query p95 <= 30 ms at 10k, <= 100 ms at 100k.

    python bench/bench_index_scale.py                       # N = 10,000 and 100,000
    python bench/bench_index_scale.py --sizes 10k --rounds 5
    python bench/bench_index_scale.py --sizes 100k --work /tmp/bis   # later runs reuse it
    python bench/bench_index_scale.py --sizes 10k --batches       # commits of 500
    python bench/bench_index_scale.py --sizes 10k --rebuild       # build again anyway
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from enablement.catalog.taxonomy import slug  # noqa: E402
from enablement.catalog.taxonomy_defaults import DEFAULT_FACETS  # noqa: E402
from index import IndexRecord, IndexSearcher, IndexStore, SearchQuery  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_core import (  # noqa: E402
    COMPETITORS,
    INDUSTRIES,
    KINDS,
    OBJECTIONS,
    QUERIES,
    SALES_WORDS,
    STAGES,
    _body,
    percentile,
    round_queries,
    size,
    words,
)

SEED = 7  # bench_core.generate's: the same assets, number for number
BATCH = 500  # an import's drain batch (enablement.search.indexer.DRAIN_BATCH)
LIMIT = 100  # the ranking pool the window asks for
HIGHLIGHT_FIRST = 20
EPOCH = datetime(2024, 1, 1)
LABELS = {(facet.name, value.key): value.label
          for facet in DEFAULT_FACETS for value in facet.values}


def records(count: int, seed: int = SEED) -> Iterator[IndexRecord]:
    """``count`` assets as ``bench_core.generate(text_only=True)`` draws them (the same
    random draws in the same order), as the indexer would hand them to the index."""
    rng = random.Random(seed)
    for number in range(count):
        kind = rng.choice(KINDS)
        topic = f"{rng.choice(SALES_WORDS)} {words().draw(rng, 1)[0]}"
        title = f"{kind.replace('_', ' ').title()} {number}: {topic}"
        body = _body(rng)
        fmt = rng.choices(["txt", "md", "pdf", "docx"], weights=[3, 2, 0, 0])[0]
        manifest = {
            "kind": [kind],
            "stage": [rng.choice(STAGES)],
            "objection": rng.sample(OBJECTIONS, rng.randint(0, 3)),
            "competitor": [rng.choice(COMPETITORS)] if kind == "battlecard" else [],
            "industry": [rng.choice(INDUSTRIES)],
        }
        tags = {facet: tuple(slug(v) for v in values if v)
                for facet, values in manifest.items()}
        tags = {facet: keys for facet, keys in tags.items() if keys}
        labels = [LABELS.get((facet, key), key.replace("_", " "))
                  for facet, keys in tags.items() for key in keys]
        yield IndexRecord(
            asset_id=number + 1, title=title, summary="", body=body,
            source_name=f"asset-{number:05d}.{fmt}",
            updated=EPOCH + timedelta(minutes=number), tags=tags, tag_words=" ".join(labels),
        )


def build(count: int, path: Path, batch: int, reply) -> None:  # noqa: ANN001 - a Connection
    """Write the index (in a child process) and send back what it took."""
    store = IndexStore(path)
    started = time.perf_counter()
    if batch:
        if store.exists():
            store.rebuild([])  # start from an empty generation
        generated = records(count)
        while chunk := list(itertools.islice(generated, batch)):
            store.write(chunk)
    else:
        store.rebuild(records(count), procs=2)
    took = time.perf_counter() - started
    segments = [s.doc_count_all() for s in store.open()._segments()]
    reply.send({"count": count, "build_s": took, "segments": segments, "batch": batch})


def index_for(count: int, work: Path, batch: int, rebuild: bool) -> IndexStore:
    """The index of ``count`` assets in ``work``: one built there before, unless
    ``rebuild``; otherwise built now, in a child process, with its time printed."""
    name = f"index-{count}" + (f"-batches{batch}" if batch else "")
    path, marker = work / name, work / f"{name}.json"  # the store cleans its own folder
    store = IndexStore(path)
    if not rebuild and marker.exists() and store.exists() \
            and store.open().doc_count() == count:
        built = json.loads(marker.read_text("utf-8"))
        print(f"reusing the index in {path} (built in {built['build_s']:.1f} s)")
    else:
        marker.unlink(missing_ok=True)
        words()  # read the vocabulary once, here: the child inherits it
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=build, args=(count, path, batch, send))
        child.start()
        built = receive.recv()
        child.join()
        if child.exitcode != 0:
            sys.exit(f"building the index failed (exit code {child.exitcode})")
        marker.write_text(json.dumps(built), "utf-8")
        how = (f"{count // batch + (count % batch > 0)} commits of {batch} via write()"
               if batch else "rebuild(procs=2)")
        print(f"build: {built['build_s']:.1f} s, {how}, {count / built['build_s']:.0f} docs/s")
    segments = built["segments"]
    live = store.live_path()
    disk = sum(f.stat().st_size for f in live.iterdir() if f.is_file()) if live else 0
    print(f"segments: {len(segments)} (documents each: {segments}); "
          f"on disk {disk / 1e6:.0f} MB")
    return store


def memory() -> str:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        now = f", now {pages * os.sysconf('SC_PAGE_SIZE') / 2**20:.0f} MB"
    except (OSError, ValueError):
        now = ""
    return f"maxrss {peak:.0f} MB{now}"


def line(name: str, timings: list[float]) -> str:
    return (f"{name} ({len(timings)} queries): p50 {statistics.median(timings):.1f} ms, "
            f"p95 {percentile(timings, 0.95):.1f} ms, max {max(timings):.1f} ms")


def typed(text: str) -> str:
    """``text`` as a person is still typing it: the last word cut to about half."""
    *head, last = text.split()
    return " ".join([*head, last[:max(3, (len(last) + 1) // 2)]])


def run_round(searcher: IndexSearcher, number: int, mode: str = "text"
              ) -> tuple[list[float], list[float]]:
    """Milliseconds of each query of round ``number`` (fresh typos of its own), and of
    its typo queries alone. ``mode``: "text" (the words, no filters), "filters" (each
    query's own filters from ``bench_core``, or a kind when it has none), "prefix" (the
    words cut short, ``prefix_last``)."""
    timings, typos = [], []
    for position, (text, filters) in enumerate(round_queries(number)):
        if mode == "filters":
            filters = filters or {"kind": (KINDS[position % len(KINDS)],)}
        elif not text:
            continue
        else:
            filters = {}
        request = SearchQuery(
            text=typed(text) if mode == "prefix" else text, filters=filters, limit=LIMIT,
            highlight_first=HIGHLIGHT_FIRST, prefix_last=mode == "prefix")
        started = time.perf_counter()
        searcher.search(request)
        elapsed = (time.perf_counter() - started) * 1000
        timings.append(elapsed)
        if position >= len(QUERIES):
            typos.append(elapsed)
    return timings, typos


def bench_size(count: int, work: Path, rounds: int, batch: int, rebuild: bool) -> None:
    print(f"\n== N = {count:,}")
    store = index_for(count, work, batch, rebuild)
    words()
    print(f"before opening the searcher: {memory()}")
    searcher = IndexSearcher(store)
    started = time.perf_counter()
    warmed = searcher.warm()
    print(f"warm: {time.perf_counter() - started:.1f} s, {warmed} words read ahead; "
          f"{memory()}")

    first, first_typos = run_round(searcher, 0)
    print(line("round 0 (first after warm)", first))
    later, later_typos = [], []
    for number in range(1, rounds + 1):
        timings, typos = run_round(searcher, number)
        later += timings
        later_typos += typos
        print(line(f"round {number}", timings))
    if later:
        print(line(f"rounds 1-{rounds}", later))
    print(line("  fresh typos, round 0", first_typos))
    if later_typos:
        print(line(f"  fresh typos, rounds 1-{rounds}", later_typos))
    filtered, _ = run_round(searcher, rounds + 1, mode="filters")
    print(line("with filters (bench_core's, else one kind)", filtered))
    prefixed, _ = run_round(searcher, rounds + 2, mode="prefix")
    print(line("search as you type (last word cut, prefix_last)", prefixed))
    print(f"after the queries: {memory()}")
    everything = later or first
    print(f"target p95 <= {30 if count <= 10_000 else 100} ms: "
          f"p95 of rounds after the first {percentile(everything, 0.95):.1f} ms")
    searcher.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=size, nargs="+", default=[10_000, 100_000],
                        help="index sizes, e.g. 10k 100k")
    parser.add_argument("--rounds", type=int, default=3,
                        help="timed rounds after the first (each with fresh typos)")
    parser.add_argument("--work", type=Path,
                        default=Path(tempfile.gettempdir()) / "enablement-bench-index-scale",
                        help="working folder; an index built there before is reused")
    parser.add_argument("--rebuild", action="store_true",
                        help="build the index again even if --work holds one")
    parser.add_argument("--batches", type=int, nargs="?", const=BATCH, default=0,
                        metavar="SIZE",
                        help=f"write in commits of SIZE ({BATCH} if not given) through "
                             "IndexStore.write, as an import does, instead of one rebuild")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"Working in {args.work} on {os.cpu_count()} cores")
    for count in args.sizes:
        bench_size(count, args.work, args.rounds, args.batches, args.rebuild)


if __name__ == "__main__":
    main()
