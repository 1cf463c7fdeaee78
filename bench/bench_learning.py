"""What learning from the library adds to tag suggestions, and what training costs.

Cross-validation on the evaluation library (``tests/data/eval_library``: 52 files with a
careful marketer's labels). The files are split in two folds; for each, a fresh library
imports one fold *with its labels as manifests* (what a team that tagged half its content
has), then imports the other fold as new, unlabelled content, once with the rule
suggestions alone and once with what the library learned merged in. The new fold's tags
are scored against ``labels.csv``; both folds are added up, so every file is scored once
per mode.

    python bench/bench_learning.py                 # the two modes, both folds
    python bench/bench_learning.py --synthetic 1000 # also the training cost at 1,000 assets
    python bench/bench_learning.py --library tests/data/fifth_library --folds 4  # held out

The training cost is what an import pays before its writer starts (reading the labelled
assets and fitting), as the import report gives it.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import random
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from enablement.api import ImportOptions, Library  # noqa: E402
from tests.data.labelled import place, split_cell  # noqa: E402

EVAL = REPO / "tests" / "data" / "eval_library"
SCORED = (("stage", "stages"), ("objection", "objections"), ("persona", "personas"),
          ("industry", "industries"))


def build(folder: Path, library_dir: Path = EVAL) -> None:
    spec = importlib.util.spec_from_file_location("eval_build", library_dir / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(folder)


@dataclass
class Score:
    files: int = 0
    kind: int = 0
    stage_first: int = 0
    counts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))

    def add(self, row: dict[str, str], tags: dict[str, list[str]]) -> None:
        self.files += 1
        self.kind += (tags.get("kind") or [None])[0] == row["kind"]
        stages = tags.get("stage", [])
        self.stage_first += bool(stages) and stages[0] == row["primary_stage"]
        for facet, column in SCORED:
            truth, given = set(split_cell(row[column])), set(tags.get(facet, []))
            tally = self.counts[facet]
            tally[0] += len(truth & given)
            tally[1] += len(given - truth)
            tally[2] += len(truth - given)

    def line(self) -> str:
        parts = [f"kind {self.kind}/{self.files}",
                 f"primary stage first {self.stage_first}/{self.files}"]
        for facet, _column in SCORED:
            tp, fp, fn = self.counts[facet]
            precision = tp / (tp + fp) if tp + fp else 0.0
            recall = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            parts.append(f"{facet} P {precision:.2f} R {recall:.2f} F1 {f1:.2f}")
        return ", ".join(parts)


def run_fold(work: Path, files: Path, train: list[dict[str, str]],
             test: list[dict[str, str]], learn: bool, score: Score) -> str:
    name = f"{len(list(work.iterdir()))}-{'learn' if learn else 'rules'}"
    place(train, files, work / name / "train", manifests=True)
    place(test, files, work / name / "test", manifests=False)
    with Library.open(work / name / "library") as library:
        library.imports.run([work / name / "train"])
        report, _changes = library.imports.run([work / name / "test"],
                                               ImportOptions(learn=learn))
        views = {v.source_path.replace("\\", "/"): v for v in library.catalog.list_assets()
                 if v.source_path}
        for row in test:
            view = next((v for path, v in views.items()
                         if path.endswith("test/" + row["path"])), None)
            if view is None:  # it failed to import: scored as untagged, and said
                print(f"  not imported: {row['path']}")
            score.add(row, {facet: [t.key for t in tags]
                            for facet, tags in (view.tags.items() if view else ())})
    return report.learning.describe() if report.learning else "learning off"


def cross_validate(folds: int, library_dir: Path = EVAL) -> None:
    started = time.perf_counter()
    import sklearn.linear_model  # noqa: F401 - timed: the first training in a process pays it

    print(f"importing scikit-learn: {(time.perf_counter() - started) * 1000:.0f} ms (once per "
          "process, on the import's worker thread)")
    work = Path(tempfile.mkdtemp(prefix="bench-learning-"))
    files = work / "files"
    build(files, library_dir)
    with (library_dir / "labels.csv").open(encoding="utf-8") as handle:
        labels = sorted(csv.DictReader(handle), key=lambda row: row["path"])
    runs = work / "runs"
    runs.mkdir()
    scores = {False: Score(), True: Score()}
    for fold in range(folds):
        test = [row for i, row in enumerate(labels) if i % folds == fold]
        train = [row for i, row in enumerate(labels) if i % folds != fold]
        for learn in (False, True):
            said = run_fold(runs, files, train, test, learn, scores[learn])
            if learn:
                print(f"fold {fold + 1}: {len(train)} labelled, {len(test)} new; {said}")
    print(f"rules only     : {scores[False].line()}")
    print(f"with learning  : {scores[True].line()}")
    shutil.rmtree(work, ignore_errors=True)


# -- the cost at scale --------------------------------------------------------------------

WORDS = {
    "kind": {"case_study": "customer results story interview saved", "battlecard":
             "versus competitor compare weakness landmine", "whitepaper": "research trends "
             "industry guide analysis", "deck": "slides agenda overview presentation",
             "one_pager": "overview features summary sheet"},
    "stage": {"awareness": "trends why problem cost", "consideration": "evaluate compare "
              "features proof", "decision": "pricing contract terms approval"},
    "persona": {"cfo": "budget payback finance", "fleet_manager": "vehicles routes fuel",
                "it_security": "encryption access audit", "driver": "cab coaching app"},
}
FILLER = ["the", "team", "said", "it", "works", "well", "across", "every", "site", "and",
          "rollout", "went", "as", "planned", "with", "weekly", "reviews", "clear", "owner"]


def synthetic(count: int) -> None:
    """``count`` labelled text files (a manifest for all but a tenth): import, then time
    training the way an import does, and listing the review queue."""
    work = Path(tempfile.mkdtemp(prefix="bench-learning-synthetic-"))
    folder = work / "files"
    folder.mkdir()
    rng = random.Random(14)
    rows = []
    for number in range(count):
        labels = {facet: rng.choice(sorted(values)) for facet, values in WORDS.items()}
        words = [w for facet, key in labels.items() for w in WORDS[facet][key].split()]
        body = " ".join(rng.choice(words + FILLER) for _ in range(rng.randint(150, 600)))
        name = f"asset-{number:05d}.txt"
        (folder / name).write_text(f"Asset {number}\n\n{body}\n", encoding="utf-8")
        if number % 10:
            rows.append([name, labels["kind"], labels["stage"], labels["persona"]])
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "kind", "stage", "persona"])
        writer.writerows(rows)
    with Library.open(work / "library") as library:
        started = time.perf_counter()
        library.imports.run([folder], ImportOptions(learn=False))
        print(f"synthetic: imported {count} files in {time.perf_counter() - started:.1f} s")
        library.catalog.learned()
        summary = library.catalog.learning_summary()
        print(f"synthetic: {summary.describe() if summary else 'nothing'}")
        started = time.perf_counter()
        queue = library.catalog.review_queue(limit=300)
        print(f"synthetic: review queue of {queue.assets} assets, {len(queue.items)} items "
              f"listed for {queue.shown_assets}, in {(time.perf_counter() - started) * 1000:.0f}"
              " ms (the model cached)")
    shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=2)
    parser.add_argument("--library", type=Path, default=EVAL, metavar="DIR",
                        help="evaluation library folder with build.py and labels.csv "
                             "(default tests/data/eval_library; also "
                             "tests/data/holdout_library, tests/data/fourth_library and "
                             "the held-out tests/data/fifth_library)")
    parser.add_argument("--synthetic", type=int, default=0, metavar="N",
                        help="also time training on N generated labelled assets")
    args = parser.parse_args()
    cross_validate(args.folds, args.library)
    if args.synthetic:
        synthetic(args.synthetic)


if __name__ == "__main__":
    main()
