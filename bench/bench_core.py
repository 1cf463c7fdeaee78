"""Benchmark of the core library: import, index build, search; Whoosh beside SQLite FTS5.

Generates N synthetic sales assets (text, Markdown, multi-page PDF and DOCX, with a
manifest per folder), imports them into a fresh library, rebuilds the index, re-imports
the unchanged folder, then times a mix of searches with filters, facet counts and
highlights through the same service the app uses. The same text goes into an SQLite
FTS5 table, queried with the same mix (bm25, snippet(), filters and facet counts), so
the two engines are compared in one run on one machine.

The text is drawn from a realistic vocabulary (``corpus_words``: the ~40,000 words of
the SciFact and Cranfield collections, Zipf-distributed, the sales words among the
common ones), and every round of queries adds searches with fresh typos, so the
spelling path (typo matching, "did you mean") is timed uncached, as a person's new typo
would be.

    python bench/bench_core.py                     # N = 1,000 and 10,000
    python bench/bench_core.py --sizes 1000        # just one size
    python bench/bench_core.py --sizes 10k 100k --text-only --no-rebuild   # large sizes
    python bench/bench_core.py --sizes 1000 --import-only --repeat 3 --work DIR  # import
"""

from __future__ import annotations

import argparse
import csv
import functools
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from enablement.imports.results import ImportOptions  # noqa: E402
from enablement.library import Library  # noqa: E402
from enablement.search.service import SearchRequest, run_search  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_words import ZipfWords, typo_queries, vocabulary  # noqa: E402

KINDS = ["case_study", "battlecard", "one_pager", "whitepaper", "email_template", "deck"]
STAGES = ["awareness", "consideration", "decision", "onboarding", "expansion"]
OBJECTIONS = ["price", "roi", "security", "integration", "switching", "implementation",
              "timing", "incumbent", "authority", "scalability", "support", "contract"]
INDUSTRIES = ["healthcare", "financial_services", "manufacturing", "retail", "logistics",
              "public_sector", "education", "technology"]
COMPETITORS = ["Invoxa", "PayRidge", "Clerkwise", ""]
SALES_WORDS = (  # noqa: SIM905 - prose is easier to edit than a list literal
    "invoice approval workflow payment vendor supplier finance controller close month "
    "audit compliance security encryption integration erp netsuite connector api "
    "migration rollout onboarding training savings payback budget pricing discount "
    "contract renewal support service uptime scale volume growth entity subsidiary "
    "dashboard report forecast cash visibility exception matching purchase order receipt "
    "team customer hospital bank retailer manufacturer distributor university city "
    "quarter week days hours cost risk fraud duplicate policy review stakeholder champion "
    "committee timeline priority incumbent legacy manual paper spreadsheet email portal"
).split()
IR = Path(__file__).resolve().parent.parent.parent / "shared" / "ir"
TYPO_QUERIES = 8  # fresh mistyped searches per round, on top of QUERIES
QUERIES = [
    ("security", {}), ("pricing", {}), ("invoice approval", {}), ("netsuite connector", {}),
    ("payback savings", {"stage": ("decision",)}), ("migration", {"objection": ("switching",)}),
    ("fraud duplicate payment", {}), ("secruity review", {}), ("invocie aproval", {}),
    ("netsuit conector", {"kind": ("case_study",)}), ("protien expresion", {}),
    ("turbulant boundry layer", {}),
    ("hospital", {"kind": ("case_study",)}),
    ("", {"objection": ("price", "roi"), "stage": ("decision",)}),
    ("contract renewal", {"industry": ("healthcare", "retail")}),
    ("onboarding training", {"stage": ("onboarding",)}), ("forecast cash visibility", {}),
    ("vendor portal", {"competitor": ("invoxa",)}), ("scale entity subsidiary", {}),
    ("budget", {"kind": ("battlecard",), "objection": ("price",)}),
]


@functools.cache
def words() -> ZipfWords:
    """The corpus vocabulary, read once from the public collections."""
    if not (IR / "scifact" / "corpus.jsonl").exists():
        sys.exit(f"The vocabulary comes from {IR} (SciFact, Cranfield): not found.")
    return ZipfWords(vocabulary(IR, SALES_WORDS))


def _body(rng: random.Random) -> str:
    remaining = rng.randint(300, 3000)
    sentences = []
    while remaining > 0:
        length = rng.randint(8, 20)
        sentences.append(" ".join(words().draw(rng, length)).capitalize() + ".")
        remaining -= length
    paragraphs = [" ".join(sentences[i:i + 6]) for i in range(0, len(sentences), 6)]
    return "\n\n".join(paragraphs)


def generate(folder: Path, count: int, seed: int = 7, text_only: bool = False
             ) -> dict[str, int]:
    """Write ``count`` assets into ``folder`` (100 per subfolder, each with a manifest);
    ``text_only``: only text and Markdown files (quick to write and extract at 100k)."""
    from docx import Document
    from fpdf import FPDF

    rng = random.Random(seed)
    formats = {"txt": 0, "md": 0, "pdf": 0, "docx": 0}
    for start in range(0, count, 100):
        sub = folder / f"batch-{start // 100:04d}"
        sub.mkdir(parents=True)
        rows = []
        for number in range(start, min(start + 100, count)):
            kind = rng.choice(KINDS)
            topic = f"{rng.choice(SALES_WORDS)} {words().draw(rng, 1)[0]}"
            title = f"{kind.replace('_', ' ').title()} {number}: {topic}"
            body = _body(rng)
            fmt = rng.choices(["txt", "md", "pdf", "docx"],
                              weights=[3, 2, 0, 0] if text_only else [3, 2, 3, 2])[0]
            name = f"asset-{number:05d}.{fmt}"
            path = sub / name
            if fmt in ("txt", "md"):
                prefix = f"# {title}\n\n" if fmt == "md" else ""
                path.write_text(prefix + body, encoding="utf-8")
            elif fmt == "pdf":
                pdf = FPDF()
                pdf.set_title(title)
                pdf.set_font("Helvetica", size=10)
                pdf.add_page()
                for paragraph in body.split("\n\n"):
                    pdf.multi_cell(0, 5, paragraph)
                    pdf.ln(2)
                pdf.output(str(path))
            else:
                document = Document()
                document.core_properties.title = title
                for paragraph in body.split("\n\n"):
                    document.add_paragraph(paragraph)
                document.save(str(path))
            formats[fmt] += 1
            rows.append({
                "file": name, "title": title, "kind": kind,
                "stage": rng.choice(STAGES),
                "objections": ";".join(rng.sample(OBJECTIONS, rng.randint(0, 3))),
                "competitor": rng.choice(COMPETITORS) if kind == "battlecard" else "",
                "industry": rng.choice(INDUSTRIES), "persona": "", "summary": "", "expires": "",
            })
        with (sub / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return formats


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def round_queries(round_number: int) -> list[tuple[str, dict]]:
    """QUERIES, then TYPO_QUERIES searches with typos no earlier round had."""
    rng = random.Random(1000 + round_number)
    return QUERIES + [(text, {}) for text in typo_queries(words().words, rng, TYPO_QUERIES)]


def time_queries(run, rounds: int, first_round: int = 0,  # noqa: ANN001
                 typo_ms: list[float] | None = None) -> list[float]:
    """Milliseconds per query over ``rounds`` rounds (round numbers from ``first_round``,
    so each call gets typos of its own); the fresh typo searches' times also go to
    ``typo_ms``."""
    timings = []
    for number in range(first_round, first_round + rounds):
        for index, (text, filters) in enumerate(round_queries(number)):
            started = time.perf_counter()
            run(text, filters)
            elapsed = (time.perf_counter() - started) * 1000
            timings.append(elapsed)
            if typo_ms is not None and index >= len(QUERIES):
                typo_ms.append(elapsed)
    return timings


def fts5_build(library: Library, path: Path) -> tuple[sqlite3.Connection, float]:
    """The same assets, text and effective tags in an FTS5 table, timed."""
    path.unlink(missing_ok=True)  # a run before in the same --work left its table
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("CREATE VIRTUAL TABLE docs USING fts5(title, summary, body, "
                 "tokenize='porter unicode61')")
    conn.execute("CREATE TABLE tags (asset_id INTEGER, facet TEXT, value TEXT)")
    conn.execute("CREATE INDEX tags_fv ON tags(facet, value, asset_id)")
    source = sqlite3.connect(library.db_path)
    conn.executemany(
        "INSERT INTO docs(rowid, title, summary, body) VALUES (?, ?, ?, ?)",
        source.execute("SELECT a.id, a.title, a.summary, t.body FROM assets a "
                       "JOIN asset_texts t ON t.asset_id = a.id"),
    )
    conn.executemany(
        "INSERT INTO tags VALUES (?, ?, ?)",
        source.execute("SELECT asset_id, facet, value_key FROM asset_tags "
                       "WHERE origin IN ('manifest', 'manual')"),
    )
    conn.commit()
    source.close()
    return conn, time.perf_counter() - started


def fts5_search(conn: sqlite3.Connection, text: str, filters: dict) -> None:  # noqa: ANN001
    where, params = [], []
    for facet, values in filters.items():
        marks = ",".join("?" * len(values))
        where.append(f"rowid IN (SELECT asset_id FROM tags WHERE facet=? AND value IN ({marks}))")
        params.extend([facet, *values])
    if text:
        match = " ".join(f'"{w}"' for w in text.split())
        where.insert(0, "docs MATCH ?")
        params.insert(0, match)
    clause = " AND ".join(where) or "1"
    conn.execute(
        f"SELECT rowid, title, snippet(docs, 2, '<b>', '</b>', '…', 24) FROM docs "
        f"WHERE {clause} ORDER BY {'bm25(docs, 3.0, 2.0, 1.0)' if text else 'rowid DESC'} "
        f"LIMIT 10", params,
    ).fetchall()
    conn.execute(
        f"SELECT facet, value, count(*) FROM tags WHERE asset_id IN "
        f"(SELECT rowid FROM docs WHERE {clause}) GROUP BY facet, value", params,
    ).fetchall()


def spelling_cost(library: Library) -> str:
    """What the spelling word arrays cost to make from scratch for this index (the
    first unknown word of a generation pays it; later generations reuse the arrays of
    the segments they keep) and what they hold."""
    from index import spellwords
    from index.schema import SPELLING_FIELDS

    ix, _generation = library.index_store.open_live()
    with ix.searcher() as searcher:
        fields = [searcher.schema[f].spelling_fieldname(f) for f in SPELLING_FIELDS]
        started = time.perf_counter()
        built = spellwords.SpellingWords(
            [spellwords.SegmentWords.build([spellwords.field_terms(leaf, f) for f in fields])
             for leaf in spellwords.leaf_readers(searcher.reader())], tuple(fields))
        took = (time.perf_counter() - started) * 1000
    return (f"spelling words: {len(built):,} in {len(built.segments)} segments, built in "
            f"{took:.0f} ms, {built.nbytes / 1e6:.1f} MB")


def summarize(name: str, timings: list[float]) -> str:
    return (f"{name} p50 {statistics.median(timings):.1f} ms "
            f"p95 {percentile(timings, 0.95):.1f} ms")


def bench_size(count: int, work: Path, rounds: int, text_only: bool = False,
               rebuild: bool = True, highlight_first: int = 0) -> dict[str, float]:
    corpus = corpus_for(count, work, text_only)
    lib_dir = work / f"library-{count}"
    shutil.rmtree(lib_dir, ignore_errors=True)
    library = Library.open(lib_dir)
    started = time.perf_counter()
    report = library.import_paths([corpus], ImportOptions())
    import_s = time.perf_counter() - started
    counts = report.counts()
    with sqlite3.connect(library.db_path) as conn:
        pages = conn.execute("SELECT coalesce(sum(pages), 0) FROM assets WHERE format='pdf'"
                             ).fetchone()[0]
    print(f"import: {import_s:.1f} s, {count / import_s:.0f} files/s, PDF pages "
          f"{pages / import_s:.0f}/s, statuses {counts}")

    started = time.perf_counter()
    again = library.import_paths([corpus], ImportOptions())
    reimport_s = time.perf_counter() - started
    print(f"re-import unchanged: {reimport_s:.2f} s ({again.counts()['unchanged']} unchanged)")

    index_1 = index_2 = float("nan")
    if rebuild:
        started = time.perf_counter()
        library.reindex(procs=1)
        index_1 = time.perf_counter() - started
        started = time.perf_counter()
        library.reindex(procs=2)
        index_2 = time.perf_counter() - started
        print(f"index build: {index_1:.1f} s one process, {index_2:.1f} s two processes")
    print(spelling_cost(library))

    def whoosh(text: str, filters: dict) -> None:  # noqa: ANN001
        run_search(library, SearchRequest(text=text, filters=filters, limit=10,
                                          highlight_first=highlight_first))

    time_queries(whoosh, 1)  # warm the searcher and its caches, as a running app would be
    typo_ms: list[float] = []
    whoosh_ms = time_queries(whoosh, rounds, first_round=1, typo_ms=typo_ms)
    conn, fts_build = fts5_build(library, work / f"fts-{count}.db")
    time_queries(lambda t, f: fts5_search(conn, t, f), 1)
    fts_ms = time_queries(lambda t, f: fts5_search(conn, t, f), rounds, first_round=1)
    conn.close()
    library.close()
    figures = {
        "import_s": import_s, "files_per_s": count / import_s, "pages_per_s": pages / import_s,
        "reimport_s": reimport_s, "index_1p_s": index_1, "index_2p_s": index_2,
        "whoosh_p50": statistics.median(whoosh_ms), "whoosh_p95": percentile(whoosh_ms, 0.95),
        "fts_build_s": fts_build, "fts_p50": statistics.median(fts_ms),
        "fts_p95": percentile(fts_ms, 0.95),
        "typo_p50": statistics.median(typo_ms), "typo_p95": percentile(typo_ms, 0.95),
    }
    print(f"search (filters + facets + highlights, {len(whoosh_ms)} queries): "
          f"Whoosh p50 {figures['whoosh_p50']:.1f} ms p95 {figures['whoosh_p95']:.1f} ms | "
          f"FTS5 p50 {figures['fts_p50']:.1f} ms p95 {figures['fts_p95']:.1f} ms "
          f"(FTS5 build {fts_build:.1f} s)")
    print(f"  of which fresh typos ({len(typo_ms)} queries): "
          f"{summarize('Whoosh', typo_ms)}")
    return figures


def corpus_for(count: int, work: Path, text_only: bool = False) -> Path:
    """The corpus of ``count`` files in ``work``: generated once, reused after."""
    corpus = work / f"corpus-{count}"
    if (corpus / ".complete").exists():
        print(f"\n== N = {count:,}: reusing the corpus in {corpus}")
    else:
        shutil.rmtree(corpus, ignore_errors=True)
        started = time.perf_counter()
        formats = generate(corpus, count, text_only=text_only)
        (corpus / ".complete").touch()
        print(f"\n== N = {count:,}: generated {formats} in {time.perf_counter() - started:.1f} s")
    return corpus


def import_only(count: int, work: Path, repeat: int, text_only: bool = False) -> list[float]:
    """Import the corpus into a fresh library ``repeat`` times: seconds per import (the
    main process's CPU time beside it; the readers' is their own)."""
    corpus = corpus_for(count, work, text_only)
    times = []
    for number in range(repeat):
        lib_dir = work / f"library-{count}-import"
        shutil.rmtree(lib_dir, ignore_errors=True)
        library = Library.open(lib_dir)
        started, cpu = time.perf_counter(), time.process_time()
        report = library.import_paths([corpus], ImportOptions())
        took, cpu = time.perf_counter() - started, time.process_time() - cpu
        library.close()
        times.append(took)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"import {number + 1}/{repeat}: {took:.1f} s (main process CPU {cpu:.1f} s, "
              f"load {load:.1f}), statuses {report.counts()}")
    print(f"import of {count:,}: median {statistics.median(times):.1f} s of {repeat} "
          f"(min {min(times):.1f}, max {max(times):.1f})")
    return times


def search_only(count: int, work: Path, rounds: int, read_ahead: bool = True,
                highlight_first: int = 0) -> None:
    """Query timings on a library a full run left in ``work`` (no import, no rebuild).

    Without ``read_ahead`` the protocol is the full run's: one warm-up round, then the
    timed rounds (for engines without ``IndexSearcher.warm``, and for comparisons).
    """
    library = Library.open(work / f"library-{count}")
    print(spelling_cost(library))

    def whoosh(text: str, filters: dict) -> None:  # noqa: ANN001
        run_search(library, SearchRequest(text=text, filters=filters, limit=10,
                                          highlight_first=highlight_first))

    started = time.perf_counter()
    first = time_queries(whoosh, 1)  # a cold searcher: the first queries after opening
    cold_s = time.perf_counter() - started
    started = time.perf_counter()
    words_read = library.searcher.warm() if read_ahead else 0
    warm_s = time.perf_counter() - started
    typo_ms: list[float] = []
    timings = time_queries(whoosh, rounds, first_round=1, typo_ms=typo_ms)
    library.close()
    print(f"N = {count:,}: first pass (cold) {cold_s:.2f} s, p95 {percentile(first, 0.95):.1f} "
          f"ms; read-ahead {words_read} words in {warm_s:.1f} s; then {len(timings)} queries: "
          f"p50 {statistics.median(timings):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms "
          "(target p95 <= 30 ms at 10k, <= 100 ms at 100k)")
    print(f"  of which fresh typos ({len(typo_ms)} queries): {summarize('Whoosh', typo_ms)}")


def size(text: str) -> int:
    """A corpus size: 10000, or 10k."""
    text = text.strip().lower()
    return int(float(text[:-1]) * 1000) if text.endswith("k") else int(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=size, nargs="+", default=[1000, 10000],
                        help="corpus sizes, e.g. 1000 10k 100k")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--work", type=Path, default=None,
                        help="working folder; a corpus generated there before is reused")
    parser.add_argument("--search-only", action="store_true",
                        help="only time queries, on libraries built in --work before")
    parser.add_argument("--no-read-ahead", action="store_true",
                        help="with --search-only: time after one warm-up round only, "
                             "without the start-up read-ahead")
    parser.add_argument("--text-only", action="store_true",
                        help="generate text and Markdown files only (quick at 100k)")
    parser.add_argument("--no-rebuild", action="store_true",
                        help="skip the two timed index rebuilds (the import builds the index)")
    parser.add_argument("--highlight-first", type=int, default=0,
                        help="highlight only the first N hits of the ranking pool, as the "
                             "window does (20); 0, the default: every hit of the pool")
    parser.add_argument("--import-only", action="store_true",
                        help="only time the import of each size into a fresh library, "
                             "--repeat times (the corpus is generated in --work once)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="with --import-only: how many imports to time (median shown)")
    args = parser.parse_args()
    if args.import_only:
        work = args.work or Path(tempfile.mkdtemp(prefix="enablement-bench-"))
        work.mkdir(parents=True, exist_ok=True)
        print(f"Working in {work} on {os.cpu_count()} cores")
        for count in args.sizes:
            import_only(count, work, args.repeat, text_only=args.text_only)
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
        return
    if args.search_only:
        if args.work is None:
            parser.error("--search-only needs --work with libraries built by a full run")
        for count in args.sizes:
            search_only(count, args.work, args.rounds, read_ahead=not args.no_read_ahead,
                        highlight_first=args.highlight_first)
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="enablement-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"Working in {work} on {os.cpu_count()} cores")
    results = {}
    try:
        for count in args.sizes:
            results[count] = bench_size(count, work, args.rounds, text_only=args.text_only,
                                        rebuild=not args.no_rebuild,
                                        highlight_first=args.highlight_first)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print("\n| N | import s | files/s | re-import s | index 1p / 2p s | Whoosh p50/p95 ms "
          "| of which fresh typos | FTS5 p50/p95 ms |")
    print("|---|---|---|---|---|---|---|---|")
    for count, f in results.items():
        print(f"| {count:,} | {f['import_s']:.1f} | {f['files_per_s']:.0f} | "
              f"{f['reimport_s']:.2f} | {f['index_1p_s']:.1f} / {f['index_2p_s']:.1f} | "
              f"{f['whoosh_p50']:.1f} / {f['whoosh_p95']:.1f} | {f['typo_p50']:.1f} / "
              f"{f['typo_p95']:.1f} | {f['fts_p50']:.1f} / {f['fts_p95']:.1f} |")
    print("Targets: query p95 <= 30 ms at 10k, <= 100 ms at 100k; import of 1,000 mixed <= 20 s; "
          "re-import of unchanged 10k <= 2 s.")


if __name__ == "__main__":
    main()
