"""Window benchmarks: cold start to a usable window, and keystroke-to-painted latency.

Cold start is timed from spawning a fresh ``python`` to the moment the window is usable
(search box focused and taking input, first results painted), for four children in one
run, several rounds each, interleaved so machine noise hits them alike:

* ``bare``       a QMainWindow with a line edit and a list, nothing else imported;
* ``bare+deps``  the same window after importing every third-party module the app has
                 loaded when it is usable (the list is taken from the app itself);
* ``app-demo``   the real window on the demo library;
* ``app-10k``    the real window on a 10,000-asset library.

Latency: the real window on the 10k library; words are typed one key at a time (120 ms
apart, a fast typist), twice: as soon as the first results show, and again once the
window's start-up read-ahead of the index is done. Each key is timed from the press to the
first paint of the result list (or of the "no match" message) showing the results for
the text now in the box.

Usage: python bench/bench_ui.py [--rounds 5] [--work /tmp/benchwork] [--keys 120]
The 10k library is reused from ``--work`` (bench_core.py builds it) or built there.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

READY = "READY"
TYPED_WORDS = ["security review", "invoice approval", "netsuite connector", "pricing",
               "migration rollout", "hospital savings", "fraud duplicate", "vendor portal",
               "contract renewal", "forecast cash"]


# -- children ---------------------------------------------------------------------------

def child_bare(with_deps: list[str]) -> None:
    import importlib

    for name in with_deps:
        # Skip the internal names some extensions register (cython_runtime).
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import (
        QApplication,
        QLineEdit,
        QListWidget,
        QMainWindow,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    body = QWidget()
    layout = QVBoxLayout(body)
    box = QLineEdit()
    listing = QListWidget()
    listing.addItems([f"row {i}" for i in range(50)])
    layout.addWidget(box)
    layout.addWidget(listing)
    window.setCentralWidget(body)
    window.resize(1280, 800)
    window.show()
    box.setFocus()

    def ready() -> None:
        print(READY, flush=True)
        app.quit()

    QTimer.singleShot(0, ready)  # after the first paint has been queued and done
    app.exec()


def child_app(library: str, report_modules: bool) -> None:
    os.environ["ENABLEMENT_SETTINGS"] = str(Path(tempfile.mkdtemp()) / "settings.ini")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import build_window

    app = QApplication(sys.argv[:1])
    window = build_window(Path(library))
    state = {"rows": 0}

    class PaintWatch(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if (event.type() == QEvent.Type.Paint and state["rows"] > 0
                    and window.search_box.hasFocus()):
                QTimer.singleShot(0, finish)
                state["rows"] = -1
            return False

    def finish() -> None:
        if report_modules:
            print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
        print(READY, flush=True)
        window.close()
        app.quit()

    watch = PaintWatch()
    window.results.viewport().installEventFilter(watch)
    window.results_shown.connect(lambda rows: state.__setitem__("rows", rows)
                                 if state["rows"] >= 0 else None)
    window.show()
    app.exec()


def third_party(names: list[str]) -> list[str]:
    """Every loaded module (submodules too) not from the standard library nor ours."""
    ours = {"enablement", "index", "ui", "bench_ui", "bench_core", "__main__"}
    std = set(sys.stdlib_module_names) | set(sys.builtin_module_names)
    return [n for n in names if (root := n.split(".")[0]) not in ours and root not in std
            and not root.startswith("_")]


# -- parent -----------------------------------------------------------------------------

def spawn(args: list[str]) -> tuple[float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE,
                            text=True, env=env, cwd=REPO)
    output = []
    elapsed = float("nan")
    assert proc.stdout is not None
    for line in proc.stdout:
        output.append(line)
        if line.strip() == READY:
            elapsed = time.perf_counter() - started
    proc.wait(timeout=120)
    if proc.returncode != 0:
        raise SystemExit(f"child {args} failed with {proc.returncode}")
    return elapsed, "".join(output)


def ensure_10k(work: Path) -> Path:
    library = work / "library-10000"
    if (library / "library.db").exists():
        return library
    from bench_core import generate

    from enablement.imports.results import ImportOptions
    from enablement.library import Library

    corpus = work / "corpus-10000"
    if not (corpus / ".complete").exists():
        shutil.rmtree(corpus, ignore_errors=True)
        generate(corpus, 10_000)
        (corpus / ".complete").touch()
    print("building the 10k library (a few minutes, once)…", flush=True)
    with Library.open(library) as lib:
        lib.import_paths([corpus], ImportOptions())
    return library


def prepared_demo(work: Path) -> Path:
    library = work / "library-demo"
    if not (library / "library.db").exists():
        from enablement.library import Library
        from enablement.paths import demo_library_source

        with Library.open(library) as lib:
            lib.import_paths([demo_library_source()])
    return library


def cold_start(work: Path, rounds: int) -> dict[str, list[float]]:
    demo = prepared_demo(work)
    big = ensure_10k(work)
    # Warm the OS file cache once per child kind; then measure.
    spawn(["--child", "app", "--library", str(demo)])  # upgrades the library if needed
    spawn(["--child", "app", "--library", str(big)])
    _t, out = spawn(["--child", "app", "--library", str(demo), "--modules"])
    modules = third_party(json.loads(out.split("MODULES ", 1)[1].splitlines()[0]))
    roots = sorted({m.split(".")[0] for m in modules})
    print(f"third-party modules loaded by the usable app: {len(modules)} "
          f"(from {', '.join(roots)})")
    kinds = {
        "bare": ["--child", "bare"],
        "bare+deps": ["--child", "bare", "--deps", ",".join(modules)],
        "app-demo": ["--child", "app", "--library", str(demo)],
        "app-10k": ["--child", "app", "--library", str(big)],
    }
    for args in kinds.values():
        spawn(args)
    times: dict[str, list[float]] = {name: [] for name in kinds}
    for _round in range(rounds):
        for name, args in kinds.items():
            times[name].append(spawn(args)[0])
    return times


def keystroke_latency(work: Path, key_count: int, warm: bool) -> list[float]:
    os.environ["ENABLEMENT_SETTINGS"] = str(Path(tempfile.mkdtemp()) / "settings.ini")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.app import build_window

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    window = build_window(ensure_10k(work))
    window.show()
    shown: dict[str, object] = {"text": None, "painted_at": None}

    def on_shown(_rows: int) -> None:
        shown["text"] = window.search_box.text()
        shown["painted_at"] = None

    class PaintWatch(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and shown["painted_at"] is None \
                    and shown["text"] is not None:
                shown["painted_at"] = time.perf_counter()
            return False

    watch = PaintWatch()
    window.results.viewport().installEventFilter(watch)
    window.empty.installEventFilter(watch)  # "no assets match" is a result too
    window.results_shown.connect(on_shown)

    # Wait like the real event loop does: blocked in Qt (the GIL released) until an event
    # comes, with a 2 ms tick to re-check; a Python busy-loop here would hold the GIL and
    # slow the search thread it is measuring.
    loop = QEventLoop()
    tick = QTimer()
    tick.start(2)

    def pump_until(check, limit_s: float = 30.0) -> None:  # noqa: ANN001
        deadline = time.perf_counter() + limit_s
        while not check():
            loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if time.perf_counter() > deadline:
                raise SystemExit(f"timed out waiting for the window ({shown}, "
                                 f"{window.result_header.text()!r})")

    pump_until(lambda: window.library is not None and shown["painted_at"] is not None)
    if warm:
        pump_until(lambda: window.search_warm, limit_s=120)
    latencies: list[float] = []
    keys = 0
    while keys < key_count:
        for word in TYPED_WORDS:
            window.search_box.clear()
            window.refresh_search()
            pump_until(lambda: not window.search_controller.busy
                       and shown["painted_at"] is not None)
            for char in word:
                pressed = time.perf_counter()
                QTest.keyClick(window.search_box, char, Qt.KeyboardModifier.NoModifier)
                text = window.search_box.text()
                pump_until(lambda t=text: shown["text"] == t and shown["painted_at"] is not None
                           and not window.search_controller.busy)
                latencies.append(shown["painted_at"] - pressed)
                keys += 1
                pause = 0.12 - (time.perf_counter() - pressed)
                if pause > 0:
                    end = time.perf_counter() + pause
                    pump_until(lambda e=end: time.perf_counter() >= e)
    window.close()
    return latencies


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keys", type=int, default=120)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "benchwork")
    parser.add_argument("--skip-cold", action="store_true")
    parser.add_argument("--skip-keys", action="store_true")
    parser.add_argument("--child", choices=["bare", "app"])
    parser.add_argument("--deps", default="")
    parser.add_argument("--library", default="")
    parser.add_argument("--modules", action="store_true")
    args = parser.parse_args()
    if args.child == "bare":
        child_bare([d for d in args.deps.split(",") if d])
        return
    if args.child == "app":
        child_app(args.library, args.modules)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    if not args.skip_cold:
        times = cold_start(args.work, args.rounds)
        print(f"\nCold start to a usable window ({args.rounds} rounds, seconds)")
        print(f"{'child':<11} {'median':>7} {'min':>7} {'max':>7}")
        for name, values in times.items():
            print(f"{name:<11} {statistics.median(values):7.3f} {min(values):7.3f} "
                  f"{max(values):7.3f}")
        base = statistics.median(times["bare+deps"])
        for name in ("app-demo", "app-10k"):
            ratio = statistics.median(times[name]) / base
            verdict = "met" if ratio <= 2 else "NOT met"
            print(f"{name}: {ratio:.2f}× bare+deps (target ≤ 2×: {verdict})")
    if not args.skip_keys:
        for warm in (False, True):
            latencies = [v * 1000 for v in keystroke_latency(args.work, args.keys, warm)]
            p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
            verdict = "met" if p95 <= 50 else "NOT met"
            when = ("after the start-up read-ahead" if warm
                    else "typing as soon as the first results show")
            print(f"\nKeystroke to painted results at 10k, {when}: {len(latencies)} keys, "
                  f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(latencies):.1f} ms "
                  f"(target p95 ≤ 50 ms: {verdict})")


if __name__ == "__main__":
    main()
