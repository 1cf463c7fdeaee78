"""One library, many processes: an import beside reps rating, scripts searching, a
marketer tagging and reporting, and the window open, all at once.

Used by tests/enablement/test_concurrency.py (a few hundred files) and
bench/bench_concurrency.py (2,000). Every process is a real ``main.py`` (or the real
window, offscreen) on the same library folder; nothing is mocked. The verdict counts
files that failed, commands that failed, ratings not stored, and whether the index ends
equal to the database.

Run as ``python -m tests.concurrent_use window LIBRARY STOPFILE`` for the window probe.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.commands import REPO, main_env, run_main, start_main

SEARCH_WORDS = ("freight", "security review", "pricing", "audit", "carrier", "renewal",
                "onboarding", "savings", "controller", "dock")
INDUSTRIES = ("Manufacturing", "Healthcare", "Retail", "Logistics")


def vocabulary() -> list[str]:
    """The demo's own words: a real vocabulary, not a list made up for the test."""
    import re

    words: set[str] = set()
    for path in sorted((REPO / "assets").rglob("*")):
        if path.suffix in (".md", ".txt"):
            words.update(re.findall(r"[A-Za-z]{3,}", path.read_text("utf-8")))
    return sorted(words)


def make_corpus(folder: Path, count: int, seed: int = 7) -> Path:
    """``count`` sales files of mixed formats (text, Markdown, Word, PDF)."""
    from tests.filemakers import make_docx, make_pdf, make_text

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    words = vocabulary()
    for n in range(count):
        topic = SEARCH_WORDS[n % len(SEARCH_WORDS)]
        body = " ".join(rng.choice(words) for _ in range(rng.randint(80, 400)))
        text = f"{topic.title()} brief {n}. {body}. Every {topic} question answered."
        shelf = folder / f"shelf-{n % 20:02d}"
        shelf.mkdir(exist_ok=True)
        kind = n % 10
        if kind < 5:
            make_text(shelf / f"note-{n:05d}.txt", f"Field note {n}\n\n{text}\n")
        elif kind < 7:
            make_text(shelf / f"talk-track-{n:05d}.md", f"# Talk track {n}\n\n{text}\n")
        elif kind < 9:
            make_docx(shelf / f"brief-{n:05d}.docx", [text], title=f"{topic.title()} {n}")
        else:
            make_pdf(shelf / f"sheet-{n:05d}.pdf", [text], title=f"Datasheet {n}")
    return folder


@dataclass
class Loop:
    """One process type run again and again until the import ends."""

    name: str
    runs: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)


@dataclass
class Verdict:
    files: int
    failed_files: list[str]
    loops: dict[str, Loop]
    ratings_expected: int
    ratings_stored: int
    index_matches: bool
    index_problems: list[str]
    window: dict
    import_seconds: float

    @property
    def commands_failed(self) -> int:
        return sum(len(loop.failures) for loop in self.loops.values())

    def summary(self) -> dict:
        return {
            "files": self.files, "failed_files": len(self.failed_files),
            "import_seconds": round(self.import_seconds, 1),
            "commands": {n: loop.runs for n, loop in self.loops.items()},
            "commands_failed": self.commands_failed,
            "command_p50_s": {n: round(_median(loop.seconds), 2)
                              for n, loop in self.loops.items() if loop.seconds},
            "ratings_expected": self.ratings_expected,
            "ratings_stored": self.ratings_stored,
            "index_matches_database": self.index_matches,
            "window": self.window,
        }


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


UNBUFFERED = {"PYTHONUNBUFFERED": "1"}  # on top of os.environ, for every process started here


def _loop(library: Path, loop: Loop, stop: threading.Event, commands, work: Path) -> None:
    """Run ``commands(n)`` (an argument list) until ``stop``; record each outcome."""
    n = 0
    while not stop.is_set():
        args, user = commands(n, work)
        started = time.perf_counter()
        done = run_main(*args, library=library, user=user or None, env=UNBUFFERED,
                        timeout=300)
        loop.seconds.append(time.perf_counter() - started)
        loop.runs += 1
        if done.returncode != 0:
            loop.failures.append(f"{' '.join(args)} -> {done.returncode}: "
                                 f"{done.stderr.strip()[-300:]}")
        n += 1


def prepare(library: Path, seed_folder: Path) -> list[int]:
    """A library with a few assets to rate and tag before the big import starts."""
    make_corpus(seed_folder, 12, seed=1)
    done = run_main("import", str(seed_folder), library=library, env=UNBUFFERED, timeout=600)
    assert done.returncode == 0, done.stderr
    sys.path.insert(0, str(REPO))
    from enablement.library import Library
    from enablement.store.models import Asset

    with Library.open(library) as opened, opened.sessions() as session:
        from sqlalchemy import select

        return list(session.scalars(select(Asset.id).order_by(Asset.id)))


def run(library: Path, corpus: Path, targets: list[int], work: Path,
        with_window: bool = True, loops: tuple[str, ...] = ("rate", "search", "tag",
                                                           "report")) -> Verdict:
    work.mkdir(parents=True, exist_ok=True)

    def rate(n: int, _work: Path) -> tuple[list[str], str]:
        return ["rate", str(targets[n % len(targets)]), str(1 + n % 5),
                "--comment", f"run {n}"], f"Rep {n % 7}"

    def search(n: int, _work: Path) -> tuple[list[str], str]:
        return ["search", SEARCH_WORDS[n % len(SEARCH_WORDS)], "--limit", "5"], ""

    def tag(n: int, _work: Path) -> tuple[list[str], str]:
        return ["tag", str(targets[(n * 3) % len(targets)]), "--industry",
                INDUSTRIES[n % len(INDUSTRIES)]], ""

    def report(n: int, work_dir: Path) -> tuple[list[str], str]:
        return ["report", "--format", "csv", "--out", str(work_dir / f"report-{n}.csv")], ""

    makers = {"rate": rate, "search": search, "tag": tag, "report": report}
    stop = threading.Event()
    state = {name: Loop(name) for name in loops}
    window = None
    stop_file = work / "stop-window"
    stop_file.unlink(missing_ok=True)  # (left by an earlier run in the same folder)
    if with_window:
        window = subprocess.Popen(
            [sys.executable, "-m", "tests.concurrent_use", "window", str(library),
             str(stop_file)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env=main_env(env={**UNBUFFERED, "QT_QPA_PLATFORM": "offscreen"}))
        _wait_for(window, "READY", 180)  # the window has the library open before the import
    threads = [threading.Thread(target=_loop, args=(library, state[name], stop,
                                                     makers[name], work), daemon=True)
               for name in loops]
    started = time.perf_counter()
    importer = start_main("import", str(corpus), "--json", library=library, env=UNBUFFERED)
    for thread in threads:
        thread.start()
    out, err = importer.communicate(timeout=3600)
    import_seconds = time.perf_counter() - started
    stop.set()
    for thread in threads:
        thread.join(timeout=600)
    window_result: dict = {}
    if window is not None:
        stop_file.write_text("stop")
        w_out, w_err = window.communicate(timeout=300)
        lines = [line for line in w_out.splitlines() if line.startswith("{")]
        window_result = json.loads(lines[-1]) if lines else {"error": w_err[-2000:]}
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    failed = [f"{r['path']}: {r['reason']}" for r in rows if r["status"] == "failed"]
    if importer.returncode not in (0, 1):
        failed.append(f"import exited {importer.returncode}: {err.strip()[-500:]}")
    rating_runs = state["rate"].runs - len(state["rate"].failures) if "rate" in state else 0
    stored, matches, problems = _check(library, targets)
    return Verdict(files=len(rows), failed_files=failed, loops=state,
                   ratings_expected=rating_runs, ratings_stored=stored,
                   index_matches=matches, index_problems=problems, window=window_result,
                   import_seconds=import_seconds)


def _wait_for(process: subprocess.Popen, word: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.strip() == word:
            return
        if not line and process.poll() is not None:
            raise RuntimeError(f"the window exited early: {process.stderr.read()[-2000:]}")
    raise RuntimeError(f"the window did not say {word} within {timeout} s")


def _check(library: Path, targets: list[int]) -> tuple[int, bool, list[str]]:
    """Ratings stored, and whether the index holds exactly the database's assets with
    their current tags (after writing whatever is still queued)."""
    from sqlalchemy import func, select

    from enablement.library import Library
    from enablement.search.indexer import record_for
    from enablement.store.models import Asset, RatingEvent

    problems: list[str] = []
    with Library.open(library) as opened:
        opened.drain_index(wait=60)
        with opened.sessions() as session:
            ratings = session.scalar(select(func.count()).select_from(RatingEvent)) or 0
            live = {a.id: a for a in session.scalars(select(Asset).where(
                Asset.retired_at.is_(None)))}
            expected = {i: record_for(a, opened.taxonomy()).tags for i, a in live.items()}
        indexed: dict[int, dict[str, tuple[str, ...]]] = {}
        with opened.index_store.open().searcher() as searcher:
            for fields in searcher.all_stored_fields():
                tags = {f: tuple(v.split(",")) for f in ("kind", "stage", "objection",
                                                         "competitor", "industry",
                                                         "persona") if (v := fields.get(f))}
                indexed[int(fields["asset_id"])] = tags
        if set(indexed) != set(expected):
            problems.append(f"index has {len(indexed)} assets, database {len(expected)}")
        for asset_id in set(indexed) & set(expected):
            if indexed[asset_id] != expected[asset_id]:
                problems.append(f"asset {asset_id}: index {indexed[asset_id]} != "
                                f"database {expected[asset_id]}")
    return ratings, not problems, problems


# -- the window, as a separate process ---------------------------------------------------

def window_probe(library: Path, stop_file: Path) -> None:
    """The real window on the library, searching as a rep types every 300 ms, until
    ``stop_file`` appears; prints a JSON line with what happened."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from ui import errors as error_dialogs
    from ui.main_window import MainWindow
    from ui.settings import AppSettings

    app = QApplication([])
    errors: list[str] = []
    # Every error the window would show in a dialog is counted instead.
    error_dialogs.ErrorReporter.__call__ = \
        lambda _self, exc: errors.append(f"{type(exc).__name__}: {exc}")
    settings = AppSettings(QSettings(str(stop_file.with_suffix(".ini")),
                                     QSettings.Format.IniFormat))
    settings.user_name = "Window Rep"
    window = MainWindow(library, settings, demo_source=None, open_url=lambda _url: True)
    counts = {"searches": 0, "answered": 0, "failed": 0}
    latencies: list[float] = []
    waiting: dict[str, float] = {}  # the text typed, and when

    def answered(outcome) -> None:  # noqa: ANN001 - a SearchOutcome
        if "at" in waiting and outcome.request.text == waiting.get("text"):
            counts["answered"] += 1
            latencies.append(time.perf_counter() - waiting.pop("at"))
            waiting.clear()

    def failed(exc: BaseException) -> None:
        waiting.clear()
        counts["failed"] += 1
        errors.append(f"search: {type(exc).__name__}: {exc}")

    window.search_controller.finished.connect(answered)
    window.search_controller.failed.connect(failed)
    window.library_opened.connect(lambda: print("READY", flush=True))
    window.show()

    def tick() -> None:
        """A rep types a word, reads the results, then types the next one."""
        if stop_file.exists():
            timer.stop()
            window.close()
            app.quit()
            return
        if window.library is not None and "at" not in waiting:
            counts["searches"] += 1
            text = SEARCH_WORDS[counts["searches"] % len(SEARCH_WORDS)]
            waiting.update(text=text, at=time.perf_counter())
            window.search_box.setText(text)  # (setText is not an edit: search as typed)
            window.refresh_search()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(250)
    app.exec()
    ordered = sorted(latencies)
    counts["latency_p50_s"] = round(ordered[len(ordered) // 2], 3) if ordered else None
    counts["latency_p95_s"] = round(ordered[int(len(ordered) * 0.95)], 3) if ordered else None
    print(json.dumps({**counts, "errors": errors[:20]}), flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["window"]:
        window_probe(Path(sys.argv[2]), Path(sys.argv[3]))
