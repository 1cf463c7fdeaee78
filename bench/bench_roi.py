"""Benchmark of the ROI calculators: recompute after one input change.

For each demo calculator: loading and compiling the workbook once (what the window
does when a calculator opens, off the GUI thread), then ROUNDS recomputes, each after
changing one input (a different one each time, as a rep typing would), timed alone.

    python bench/bench_roi.py [--rounds 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from enablement.roi import Calculator  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    print(f"{'calculator':45s} {'load s':>7s} {'p50 ms':>7s} {'p95 ms':>7s} {'max ms':>7s}")
    for path in sorted((REPO / "assets" / "demo" / "roi-calculators").glob("*.xlsx")):
        started = time.perf_counter()
        calc = Calculator.load(path)
        loaded = time.perf_counter() - started
        values = calc.defaults()
        times = []
        for i in range(args.rounds):
            field = calc.inputs[i % len(calc.inputs)]
            values[field.name] = (field.default or 1) * (1 + (i % 7) / 10)
            t0 = time.perf_counter()
            calc.compute(values)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        print(f"{calc.title[:45]:45s} {loaded:7.2f} {statistics.median(times):7.2f} "
              f"{times[int(len(times) * 0.95) - 1]:7.2f} {times[-1]:7.2f}")


if __name__ == "__main__":
    main()
