"""The extraction pool's clock: a file is timed only while a worker really reads it.

Real worker processes; a "hang" is a reader that sleeps on files named so (passed to the
pool as its reader, the way a stuck parser would behave).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

# Workers import this module for its readers: keep what it imports at the top light.
from enablement.imports.extract import Extracted, Limits, extract_file
from enablement.imports.extraction_pool import ExtractionPool
from tests import filemakers as make

if TYPE_CHECKING:
    from enablement.library import Library


def hanging_reader(path: Path, limits: Limits) -> Extracted:
    """Reads like the real reader, except that a file named 'hang…' never finishes."""
    if path.name.startswith("hang"):
        time.sleep(600)
    return extract_file(path, limits)


def unhurried_reader(path: Path, limits: Limits) -> Extracted:
    """Reads like the real reader, a tenth of a second slower: well inside any limit here,
    but enough that two workers seldom finish at the same moment."""
    time.sleep(0.1)
    return extract_file(path, limits)


def tiny_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [make.make_text(folder / f"note {n:02d}.txt", f"Tiny note {n} about renewals.")
            for n in range(count)]


def test_a_slow_consumer_causes_no_timeouts(tmp_path: Path) -> None:
    """The importer pauses the pool while it writes a batch; that pause is not reading."""
    files = tiny_files(tmp_path / "tiny", 12)
    pool = ExtractionPool(workers=2, time_limit=0.5, reader=unhurried_reader)
    reasons = []
    for outcome in pool.run(files):
        reasons.append(outcome.reason)
        time.sleep(0.7)  # longer than the time limit, as a slow batch write is
    assert reasons == [None] * 12


def test_a_real_hang_is_still_stopped_at_its_limit(tmp_path: Path) -> None:
    files = tiny_files(tmp_path / "tiny", 6)
    hang = make.make_text(tmp_path / "tiny" / "hang.txt", "This one never finishes.")
    order = [*files[:3], hang, *files[3:]]
    pool = ExtractionPool(workers=2, time_limit=1.0, reader=hanging_reader)
    outcomes: dict[str, tuple[str | None, float]] = {}
    for outcome in pool.run(order):
        outcomes[outcome.path.name] = (outcome.reason, time.monotonic())
        time.sleep(0.3)  # a consumer that takes its time
    assert outcomes["hang.txt"][0] == "took longer than 1 s to read"
    # Begun about when the first result came: stopped at its limit (plus at most one
    # round of the consumer's pauses), not after every other file.
    first = min(t for _reason, t in outcomes.values())
    assert outcomes["hang.txt"][1] - first < 1.0 + 1.5
    assert [reason for name, (reason, _t) in outcomes.items() if name != "hang.txt"] == [
        None] * 6


def paced_reader(path: Path, limits: Limits) -> Extracted:
    """'hang…' never finishes, 'slow…' takes half a second, 'quick…' a fifth."""
    delay = {"hang": 600.0, "slow": 0.5, "quick": 0.2}.get(path.stem.split()[0], 0.0)
    time.sleep(delay)
    return extract_file(path, limits)


def test_a_prefetched_file_is_timed_from_when_its_worker_begins_it(tmp_path: Path) -> None:
    """Worker A holds [slow, hang], worker B [quick, other]. While the consumer holds B's
    first result for 2 s, A finishes 'slow' and begins 'hang' (at about 0.3 s after
    'quick' came). Timed from then, 'hang' is stopped as soon as the consumer is back,
    not a full time limit after A's 'slow' result is finally collected."""
    names = ["slow.txt", "quick.txt", "hang.txt", "other.txt"]
    files = [make.make_text(tmp_path / name, f"{name} text") for name in names]
    pool = ExtractionPool(workers=2, time_limit=1.0, reader=paced_reader)
    seen: dict[str, tuple[str | None, float]] = {}
    for outcome in pool.run(files):
        seen[outcome.path.name] = (outcome.reason, time.monotonic())
        if outcome.path.name == "quick.txt":
            time.sleep(2.0)
    assert {name: reason for name, (reason, _t) in seen.items()} == {
        "quick.txt": None, "slow.txt": None, "other.txt": None,
        "hang.txt": "took longer than 1 s to read"}
    assert seen["hang.txt"][1] - seen["quick.txt"][1] < 2.0 + 0.5


def test_an_import_with_slow_batch_writes_has_no_false_timeouts(
    library: Library, tmp_path: Path
) -> None:
    """Tiny files, and a writer slower per batch than the time limit (here the window's
    callback, which runs while the pool waits): every file imports."""
    from enablement.imports.results import ImportOptions, Status

    folder = tmp_path / "twenty"
    tiny_files(folder, 10)
    for number in range(10):  # PDFs take a little longer to read than text
        make.make_pdf(folder / f"brief {number}.pdf", [f"Brief {number} on approvals. " * 30] * 4)
    report = library.import_paths(
        [folder], ImportOptions(time_limit=0.5, workers=2, batch_size=2),
        on_result=lambda _result: time.sleep(0.3))
    assert [r.reason for r in report.results if r.status is Status.FAILED] == []
    assert report.counts()["imported"] == 20


def test_the_readers_go_on_while_the_consumer_is_busy(tmp_path: Path) -> None:
    """The importer writing a batch or filling the index does not stop the reading: a
    thread of its process keeps handing the workers files, so what they read meanwhile
    is waiting when it comes back."""
    files = tiny_files(tmp_path / "tiny", 12)
    pool = ExtractionPool(workers=2, time_limit=5.0, reader=unhurried_reader)
    outcomes = pool.run(files)
    first = next(outcomes)
    time.sleep(3.0)  # the other 11 take about 0.6 s to read on two workers
    started = time.monotonic()
    rest = list(outcomes)
    assert time.monotonic() - started < 0.5
    assert sorted(o.path.name for o in [first, *rest]) == sorted(f.name for f in files)
    assert all(o.reason is None for o in [first, *rest])


def test_a_cancel_stops_the_reading(tmp_path: Path) -> None:
    import threading

    from enablement.errors import Cancelled

    files = tiny_files(tmp_path / "tiny", 40)
    cancel = threading.Event()
    pool = ExtractionPool(workers=2, time_limit=5.0, reader=unhurried_reader)
    seen = []
    try:
        for outcome in pool.run(files, cancel):
            seen.append(outcome)
            cancel.set()
    except Cancelled:
        pass
    else:
        raise AssertionError("the pool did not say it was cancelled")
    assert len(seen) == 1
