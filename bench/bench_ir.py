"""The public test collections through the app's own import and search: nDCG@10, recall@100.

Cranfield (1,400 aerodynamics abstracts, 225 queries) and SciFact (5,183 abstracts, the 300
BEIR test claims), from ``../shared/ir/`` (see its README). Each document becomes a text
file, its title given in a ``manifest.csv`` as a marketer would give one, and the folder is
imported into a fresh library by the real importer. Each query goes through the same
search service the window and ``search --json`` use (parsing, synonyms, typo handling,
the relaxation to OR), 100 hits deep. nDCG@10 is trec_eval's definition (gain = grade,
log2 discount, ideal ranking from the judgements); recall@100 counts judged-relevant
documents found in the first 100.

Two timings per query, each a median (p50) and p95 over the collection: first the search
a rep's window makes (the first 50 hits, the first 20 highlighted: ``ui/search_pane.py``),
run first so that no query finds its words already read; then the 100-hit search that
is scored, every hit highlighted.

    python bench/bench_ir.py                       # both collections
    python bench/bench_ir.py --collections scifact --work /tmp/irwork   # reuse the library

Published anchors (nDCG@10): SciFact BM25 (Anserini, flat) 0.679; plain Whoosh BM25F on
title + body 0.655 / Cranfield 0.380 (``../shared/ir/README.md``).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from enablement.api import Library, SearchRequest, Status  # noqa: E402

IR = REPO.parent / "shared" / "ir"
DEPTH = 100
WINDOW_LIMIT, WINDOW_HIGHLIGHTS = 50, 20  # what ui/search_pane.py asks for
ANCHORS = {"scifact": 0.679, "cranfield": 0.380}  # Anserini BM25; plain Whoosh BM25F


@dataclass(frozen=True)
class Collection:
    name: str
    documents: dict[str, tuple[str, str]]  # id -> (title, text)
    queries: dict[str, str]                # id -> text (only those with judgements)
    judgements: dict[str, dict[str, int]]  # query id -> document id -> grade (> 0)


def _smart_fields(path: Path) -> Iterator[dict[str, str]]:
    """Records of a SMART-format file (``.I id`` then ``.X`` fields)."""
    record: dict[str, str] = {}
    field = ""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(".I"):
            if record:
                yield record
            record, field = {"I": line[2:].strip()}, ""
        elif len(line) == 2 and line.startswith("."):
            field = line[1]
            record.setdefault(field, "")
        elif field:
            record[field] = f"{record[field]} {line.strip()}".strip()
    if record:
        yield record


def load_cranfield(folder: Path) -> Collection:
    documents = {r["I"]: (r.get("T", ""), r.get("W", "")) for r in
                 _smart_fields(folder / "cran.all.1400")}
    # The qrels number the queries 1..225 in file order, whatever the file says.
    queries = {str(n): r.get("W", "") for n, r in
               enumerate(_smart_fields(folder / "cran.qry"), start=1)}
    judgements: dict[str, dict[str, int]] = {}
    for line in (folder / "cranqrel").read_text().split("\n"):
        parts = line.split()
        if len(parts) >= 3 and 1 <= int(parts[2]) <= 4:
            judgements.setdefault(parts[0], {})[parts[1]] = 5 - int(parts[2])
    return Collection("cranfield", documents,
                      {q: t for q, t in queries.items() if q in judgements}, judgements)


def load_scifact(folder: Path) -> Collection:
    documents = {}
    with (folder / "corpus.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            documents[row["_id"]] = (row.get("title", ""), row.get("text", ""))
    judgements: dict[str, dict[str, int]] = {}
    with (folder / "qrels" / "test.tsv").open(encoding="utf-8") as rows:
        for row in list(csv.reader(rows, delimiter="\t"))[1:]:
            if int(row[2]) > 0:
                judgements.setdefault(row[0], {})[row[1]] = int(row[2])
    queries = {}
    with (folder / "queries.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["_id"] in judgements:
                queries[row["_id"]] = row["text"]
    return Collection("scifact", documents, queries, judgements)


LOADERS = {"cranfield": load_cranfield, "scifact": load_scifact}


def write_files(collection: Collection, folder: Path) -> None:
    """One text file per document, named by its id; titles in the folder's manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as manifest:
        writer = csv.writer(manifest)
        writer.writerow(["file", "title"])
        for doc_id, (title, text) in collection.documents.items():
            (folder / f"{doc_id}.txt").write_text(text or title, encoding="utf-8")
            writer.writerow([f"{doc_id}.txt", title.strip() or doc_id])


def ndcg_at(ranked: list[str], grades: dict[str, int], k: int = 10) -> float:
    gain = sum(grades.get(doc, 0) / math.log2(rank + 2) for rank, doc in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    best = sum(g / math.log2(rank + 2) for rank, g in enumerate(ideal))
    return gain / best if best else 0.0


def recall_at(ranked: list[str], grades: dict[str, int], k: int = DEPTH) -> float:
    return len(set(ranked[:k]) & set(grades)) / len(grades) if grades else 0.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(collection: Collection, work: Path) -> dict[str, float]:
    files, library_dir = work / f"{collection.name}-files", work / f"{collection.name}-library"
    fresh = not library_dir.exists()
    if fresh:
        write_files(collection, files)
    with Library.open(library_dir) as library:
        if fresh:
            started = time.perf_counter()
            report, _changes = library.imports.run([files])
            failed = sum(r.status is Status.FAILED for r in report.results)
            twins = sum(r.status is Status.DUPLICATE for r in report.results)
            print(f"{collection.name}: imported {len(report.results)} files in "
                  f"{time.perf_counter() - started:.1f} s ({failed} failed, {twins} kept "
                  "once as the same text as another)")
        library.search.read_ahead()
        window = []
        for text in collection.queries.values():
            started = time.perf_counter()
            library.search.search(SearchRequest(text=text, limit=WINDOW_LIMIT,
                                                highlight_first=WINDOW_HIGHLIGHTS))
            window.append((time.perf_counter() - started) * 1000)
        ndcgs, recalls, millis, zero = [], [], [], 0
        for query_id, text in collection.queries.items():
            started = time.perf_counter()
            response = library.search.search(SearchRequest(text=text, limit=DEPTH))
            millis.append((time.perf_counter() - started) * 1000)
            ranked = [Path(hit.source_name).stem for hit in response.hits]
            zero += not ranked
            grades = collection.judgements[query_id]
            ndcgs.append(ndcg_at(ranked, grades))
            recalls.append(recall_at(ranked, grades))
    return {"queries": len(ndcgs), "ndcg@10": statistics.fmean(ndcgs),
            "recall@100": statistics.fmean(recalls), "no results": zero,
            "p50 ms": percentile(millis, 0.5), "p95 ms": percentile(millis, 0.95),
            "window p50 ms": percentile(window, 0.5),
            "window p95 ms": percentile(window, 0.95)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--collections", nargs="+", choices=sorted(LOADERS),
                        default=["cranfield", "scifact"])
    parser.add_argument("--work", type=Path, default=None,
                        help="keep the files and libraries here and reuse them next time")
    parser.add_argument("--ir", type=Path, default=IR, help="the collections' folder")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-ir-"))
    print(f"Working in {work}")
    rows = []
    for name in args.collections:
        figures = measure(LOADERS[name](args.ir / name), work)
        rows.append((name, figures))
    print("\n| collection | queries | nDCG@10 | anchor | recall@100 | no results | "
          "window p50 / p95 ms | 100 deep p50 / p95 ms |")
    print("|---|---|---|---|---|---|---|---|")
    for name, f in rows:
        print(f"| {name} | {f['queries']} | {f['ndcg@10']:.3f} | {ANCHORS[name]:.3f} | "
              f"{f['recall@100']:.3f} | {f['no results']} | "
              f"{f['window p50 ms']:.0f} / {f['window p95 ms']:.0f} | "
              f"{f['p50 ms']:.0f} / {f['p95 ms']:.0f} |")


if __name__ == "__main__":
    main()
