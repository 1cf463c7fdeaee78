"""ROI calculators in the library: which assets are calculators, loading them (cached by
file, as compiling takes about a second), and recording each run for marketing.

Each loaded calculator has a worker process (enablement.roi.worker); only the
MAX_RUNNING most recently used keep theirs running, the others are closed and start a
worker again on their next compute, so a session that opens many calculators does not
keep a process for each."""

from __future__ import annotations

import json
import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from enablement.changes import Changes
from enablement.errors import UserError
from enablement.roi.calculator import Calculator
from enablement.roi.fields import Result, Run, format_value
from enablement.store.models import Asset, RoiRun, StoredFile

MAX_RUNNING = 4
_cache: OrderedDict[Path, Calculator] = OrderedDict()  # least recently used first
_lock = threading.Lock()


def workbook_path(library, asset_id: int) -> Path:  # noqa: ANN001 - a Library
    with library.sessions() as session:
        row = session.execute(select(Asset.title, Asset.format, Asset.sha256,
                                     StoredFile.extension)
                              .join(StoredFile, StoredFile.sha256 == Asset.sha256)
                              .where(Asset.id == asset_id)).first()
    if row is None:
        raise UserError(f"No asset {asset_id}.")
    if row.format != "xlsx":
        raise UserError(f"'{row.title}' is a {row.format.upper()} file, not an Excel "
                        "calculator.")
    return library.content.path_for(row.sha256, row.extension)


def calculator(library, asset_id: int) -> Calculator:  # noqa: ANN001 - a Library
    """The asset's calculator, compiled once per file (the file is content-addressed)."""
    path = workbook_path(library, asset_id)
    with _lock:
        found = _cache.get(path)
        if found is not None:
            _cache.move_to_end(path)
    if found is not None:
        return found
    loaded = Calculator.load(path)
    with _lock:
        found = _cache.setdefault(path, loaded)  # another thread may have loaded it too
        _cache.move_to_end(path)
        resting = list(_cache.values())[:-MAX_RUNNING]
    if found is not loaded:
        loaded.close()
    for calc in resting:
        calc.close()  # its next compute starts a worker again
    return found


def run(library, asset_id: int, values: dict[str, float], user_name: str,  # noqa: ANN001
        record: bool = True) -> Run:
    calc = calculator(library, asset_id)
    merged = {**calc.defaults(), **values}
    results = calc.compute(merged)
    if record:
        with library.sessions.begin() as session:
            record_run(session, asset_id, user_name, merged, results)
    return Run(merged, results)


def record_run(session: Session, asset_id: int, user_name: str, inputs: dict[str, float],
               results: list[Result], when: datetime | None = None) -> str:
    """The run with its numbers, and a use of the asset (so it counts in the scorecard)."""
    from enablement.feedback import usage

    usage.record(session, [asset_id], user_name, "opened", when=when)
    run_id = str(uuid.uuid4())
    session.add(RoiRun(
        id=run_id, asset_id=asset_id, user_name=user_name.strip() or "unknown",
        inputs=json.dumps(inputs, sort_keys=True),
        results=json.dumps({r.field.name: (r.value if not r.error else {"error": r.error})
                            for r in results}, sort_keys=True),
        created_at=when or datetime.now()))
    return run_id


@dataclass(frozen=True)
class InputSpread:
    """What prospects' numbers look like for one input, over the recorded runs."""

    name: str
    label: str
    unit: str
    default: float | None
    runs: int
    low: float
    median: float
    high: float


def input_spread(library, asset_id: int) -> tuple[int, list[InputSpread]]:  # noqa: ANN001
    """(runs, per-input low/median/high) for marketing; defaults left out of nothing."""
    import statistics

    calc = calculator(library, asset_id)
    with library.sessions() as session:
        recorded = [json.loads(r) for r in session.scalars(
            select(RoiRun.inputs).where(RoiRun.asset_id == asset_id))]
    spread = []
    for field in calc.inputs:
        values = sorted(float(r[field.name]) for r in recorded if field.name in r)
        if values:
            spread.append(InputSpread(field.name, field.label, field.unit, field.default,
                                      len(values), values[0], statistics.median(values),
                                      values[-1]))
    return len(recorded), spread


@dataclass(frozen=True)
class CalculatorUse:
    """One calculator's runs in a period, for the marketer: how often, by how many reps,
    and the prospects' typical numbers where they differ from the workbook's."""

    asset_id: int
    title: str
    runs: int
    reps: int
    last_run: datetime
    typical: str        # "Invoices processed per month: 10,000 (default 5,000); ..."


def calculator_uses(library, since=None, until=None,  # noqa: ANN001 - Library, dates
                    rep: str | None = None) -> list[CalculatorUse]:
    import statistics
    from datetime import timedelta

    query = select(RoiRun.asset_id, RoiRun.user_name, RoiRun.inputs, RoiRun.created_at,
                   Asset.title).join(Asset, Asset.id == RoiRun.asset_id)
    if since is not None:
        query = query.where(RoiRun.created_at >= datetime(since.year, since.month, since.day))
    if until is not None:
        end = datetime(until.year, until.month, until.day) + timedelta(days=1)
        query = query.where(RoiRun.created_at < end)
    if rep:
        query = query.where(RoiRun.user_name == rep)
    with library.sessions() as session:
        rows = session.execute(query).all()
    by_asset: dict[int, list] = {}
    for row in rows:
        by_asset.setdefault(row.asset_id, []).append(row)
    found = []
    for asset_id, runs in by_asset.items():
        try:
            fields = calculator(library, asset_id).inputs
        except UserError:
            fields = []  # the workbook no longer computes: counts without the numbers
        typical = []
        for field in fields:
            values = [float(v) for r in runs
                      if (v := json.loads(r.inputs).get(field.name)) is not None]
            if not values:
                continue
            median = statistics.median(values)
            if field.default is None or abs(median - field.default) > 1e-9:
                typical.append(f"{field.label}: {format_value(median, field.unit)} "
                               f"(default {format_value(field.default, field.unit)})")
        found.append(CalculatorUse(asset_id, runs[0].title, len(runs),
                                   len({r.user_name for r in runs}),
                                   max(r.created_at for r in runs),
                                   "; ".join(typical) or "the workbook's defaults"))
    return sorted(found, key=lambda use: (-use.runs, use.title))


class RoiService:
    """ROI calculators, as the window and the command line reach them: ``library.roi``."""

    def __init__(self, library) -> None:  # noqa: ANN001 - a Library (no import cycle)
        self._library = library

    def calculator(self, asset_id: int) -> Calculator:
        return calculator(self._library, asset_id)

    def input_spread(self, asset_id: int) -> tuple[int, list[InputSpread]]:
        return input_spread(self._library, asset_id)

    def run(self, asset_id: int, values: dict[str, float], user_name: str
            ) -> tuple[Run, Changes]:
        """Compute with the prospect's numbers and record the run (and a use)."""
        found = run(self._library, asset_id, values, user_name)
        return found, self._library.changed(Changes(events=True))

    def record(self, asset_id: int, user_name: str, values: dict[str, float],
               results: list[Result]) -> Changes:
        """Record a run computed elsewhere (the window computes as the rep types)."""
        with self._library.sessions.begin() as session:
            record_run(session, asset_id, user_name, values, results)
        return self._library.changed(Changes(events=True))

    def write_summary(self, kind: str, calc: Calculator, found: Run, target: Path) -> Path:
        """The one-page summary for the prospect, as "pdf" or "docx"."""
        from enablement.roi import summary

        writer = summary.write_pdf if kind == "pdf" else summary.write_docx
        return writer(calc, found, target)

    def uses(self, since=None, until=None,  # noqa: ANN001 - dates
             rep: str | None = None) -> list[CalculatorUse]:
        return calculator_uses(self._library, since, until, rep)
