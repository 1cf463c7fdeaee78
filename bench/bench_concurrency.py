"""Two-process benchmark: a 2,000-file import beside everything else using the library.

While ``main.py import`` reads 2,000 mixed files (text, Markdown, Word, PDF), other
processes run ``rate``, ``search``, ``tag`` and ``report`` in loops and the window is
open on the same library (offscreen), searching every 300 ms. Printed: files failed,
commands failed (per kind, with their median time), ratings stored against ratings
made, whether the index ends equal to the database, the window's searches, and the
import's time. The target (issue "Correct under every edit..."): 0 files failed, 0
commands failed, every rating stored, index equal to the database.

Usage: python bench/bench_concurrency.py [--files 2000] [--work DIR] [--no-window]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests import concurrent_use  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--no-window", action="store_true")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-concurrency-"))
    library = work / "library"
    shutil.rmtree(library, ignore_errors=True)
    corpus = work / f"corpus-{args.files}"
    if not corpus.exists():
        print(f"Writing {args.files} files to {corpus} …", flush=True)
        concurrent_use.make_corpus(corpus, args.files)
    targets = concurrent_use.prepare(library, work / "seed")
    print("Importing beside rate, search, tag and report loops"
          f"{'' if args.no_window else ' and the window'} …", flush=True)
    verdict = concurrent_use.run(library, corpus, targets, work / "run",
                                 with_window=not args.no_window)
    print(json.dumps(verdict.summary(), indent=2))
    for loop in verdict.loops.values():
        for failure in loop.failures[:3]:
            print(f"  {loop.name} failed: {failure}")
    for failure in verdict.failed_files[:5]:
        print(f"  file failed: {failure}")
    for problem in verdict.index_problems[:5]:
        print(f"  index: {problem}")
    ok = (not verdict.failed_files and not verdict.commands_failed
          and verdict.ratings_stored == verdict.ratings_expected and verdict.index_matches
          and not verdict.window.get("failed") and not verdict.window.get("errors"))
    print("Target met." if ok else "Target NOT met.")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
