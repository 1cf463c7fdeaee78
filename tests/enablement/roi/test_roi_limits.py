"""ROI calculators are self-contained and computed under limits.

A workbook that refers to another file is refused (at load, and as a warning at import)
without the other file ever being opened; a workbook whose formulas blow up with the
rep's numbers is stopped in its worker process, not in the caller, and the next compute
works again. Real workbooks written by openpyxl, real processes, the real engine."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import threading
import time
from pathlib import Path

import openpyxl
import pytest
from openpyxl.packaging.relationship import Relationship
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.external_link.external import ExternalBook, ExternalLink

from enablement.library import Library
from enablement.roi import service as roi_service
from enablement.roi.calculator import Calculator
from enablement.roi.fields import CalculatorError, ComputeLimits
from tests.commands import run_main

SECRET_VALUE = 4242.5           # what the other file holds: must never show up
SECRET_SHOWN = ("4242", "4,242", "4252", "4,252")


def write_secret(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    book = openpyxl.Workbook()
    book.active.title = "Sheet1"
    book.active["A1"] = SECRET_VALUE
    book.save(path)
    return path


class Tripwire:
    """A named pipe where the other file would be: whoever opens it to read is recorded
    (the writer's open returns only when a reader opens the pipe), root or not."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(path)
        self.path = path
        self.opened = threading.Event()
        self._closing = False
        self._thread = threading.Thread(target=self._wait, daemon=True)
        self._thread.start()

    def _wait(self) -> None:
        with contextlib.suppress(OSError), open(self.path, "wb") as pipe:  # noqa: PTH123
            if not self._closing:  # the open returned: a reader opened the pipe
                self.opened.set()
            pipe.write(b"PK\x03\x04 the secret workbook")

    def close(self) -> bool:
        """True if something opened the file."""
        self._thread.join(0.5)
        self._closing = True
        if self._thread.is_alive():
            reader = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
            self._thread.join(5)
            os.close(reader)
        return self.opened.is_set()


def external_workbook(path: Path, kind: str, secret: Path) -> Path:
    """A calculator whose result adds a value from ``secret`` (another file), referred to
    the three ways Excel can: a path in the formula, an external link part
    (xl/externalLinks, ``[1]Sheet1!A1``), or a defined name pointing at the other file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Calc"
    sheet["A1"], sheet["B1"], sheet["C1"] = "Seats", 10, "seats"
    sheet["A4"], sheet["A5"], sheet["B5"] = "Rate", "Total", "=B4+B1"
    relative = os.path.relpath(secret.parent, path.parent).replace(os.sep, "/")
    if kind == "path":
        sheet["B4"] = f"='{relative}/[{secret.name}]Sheet1'!A1"
    elif kind == "absolute":
        sheet["B4"] = f"='{secret.parent.as_posix()}/[{secret.name}]Sheet1'!A1"
    elif kind == "link":
        sheet["B4"] = "=[1]Sheet1!A1"
        link = ExternalLink(externalBook=ExternalBook(id="rId1"))
        link.file_link = Relationship(type="externalLinkPath", Id="rId1",
                                      Target=f"{relative}/{secret.name}",
                                      TargetMode="External")
        book._external_links.append(link)
    elif kind == "name":
        sheet["B4"] = "=rate"
        book.defined_names["rate"] = DefinedName(
            "rate", attr_text=f"'{relative}/[{secret.name}]Sheet1'!$A$1")
    for name, ref in (("in_seats", "$B$1"), ("out_total", "$B$5")):
        book.defined_names[name] = DefinedName(name, attr_text=f"Calc!{ref}")
    book.save(path)
    return path


KINDS = ("path", "absolute", "link", "name")


@pytest.mark.parametrize("kind", KINDS)
def test_an_external_reference_is_refused_without_reading_the_other_file(
        kind: str, tmp_path: Path) -> None:
    tripwire = Tripwire(tmp_path / "secret" / "secret.xlsx")
    path = external_workbook(tmp_path / "a" / "b" / "calc.xlsx", kind, tripwire.path)
    try:
        with pytest.raises(CalculatorError) as caught:
            Calculator.load(path)
    finally:
        opened = tripwire.close()
    message = str(caught.value)
    where = "the name rate" if kind == "name" else "cell Calc!B4"
    assert f"calc.xlsx: {where} refers to another file (secret.xlsx)" in message
    assert "calculators must be self-contained: copy the value in" in message
    assert not opened, "the formula engine opened the other file"


@pytest.mark.parametrize("kind", KINDS)
def test_the_other_files_content_never_shows(kind: str, tmp_path: Path) -> None:
    secret = write_secret(tmp_path / "secret" / "secret.xlsx")
    path = external_workbook(tmp_path / "a" / "b" / "calc.xlsx", kind, secret)
    shown: list[str] = []
    try:
        calc = Calculator.load(path)
    except CalculatorError as exc:
        shown.append(str(exc))
    else:  # before the fix: computed from the other file
        shown.extend(r.text() for r in calc.compute())
    assert not any(value in text for text in shown for value in SECRET_SHOWN), shown
    assert "refers to another file" in shown[0]


def test_import_warns_of_an_external_reference_and_keeps_the_asset(tmp_path: Path) -> None:
    folder = tmp_path / "calculators"
    secret = write_secret(tmp_path / "secret" / "secret.xlsx")
    external_workbook(folder / "Linked.xlsx", "path", secret)
    external_workbook(folder / "Absolute.xlsx", "absolute", secret)
    with Library.open(tmp_path / "library") as library:
        report = library.import_paths([folder])
        assert report.counts()["imported"] == 2  # still content, just not a calculator
        for result in report.results:
            (warning,) = result.warnings
            assert "cell Calc!B4 refers to another file (secret.xlsx); calculators must be "\
                   "self-contained: copy the value in" in warning, warning
            with pytest.raises(CalculatorError, match="refers to another file"):
                roi_service.calculator(library, result.asset_id)


def rept_workbook(path: Path) -> Path:
    """Harmless with the saved 1 seat; with 100 seats the text is 10 GB."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Calc"
    sheet["A1"], sheet["B1"], sheet["C1"] = "Seats", 1, "seats"
    sheet["B2"] = '=REPT("x", B1*100000)'
    sheet["B3"] = "=REPT(B2, B1*10)"
    sheet["A4"], sheet["B4"], sheet["C4"] = "Characters", "=LEN(B3)", "characters"
    for name, ref in (("in_seats", "$B$1"), ("out_characters", "$B$4")):
        book.defined_names[name] = DefinedName(name, attr_text=f"Calc!{ref}")
    book.save(path)
    return path


def slow_workbook(path: Path) -> Path:
    """Small in memory, but each seat adds about 0.3 s of text work."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Calc"
    sheet["A1"], sheet["B1"] = "Seats", 0
    sheet["B2"] = '=REPT("x", B1*100000)'
    for row in range(3, 203):
        earlier = f"+B{row - 1}" if row > 3 else ""
        sheet[f"B{row}"] = f'=LEN(SUBSTITUTE(B2,"x","yy")){earlier}'
    sheet["A203"], sheet["B203"] = "Total", "=B202"
    for name, ref in (("in_seats", "$B$1"), ("out_total", "$B$203")):
        book.defined_names[name] = DefinedName(name, attr_text=f"Calc!{ref}")
    book.save(path)
    return path


def own_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_a_compute_that_needs_too_much_memory_is_stopped_in_the_worker(
        tmp_path: Path) -> None:
    with Calculator.load(rept_workbook(tmp_path / "rept.xlsx")) as calc:
        assert calc.compute()[0].value == 1_000_000
        before = own_peak_mb()
        with pytest.raises(CalculatorError) as caught:
            calc.compute({"in_seats": 100})
        assert own_peak_mb() - before < 100  # the worker hit the limit, not this process
        assert str(caught.value) == (
            "rept.xlsx: this calculator needs more memory than allowed (1.5 GB) to compute "
            "with these numbers; check the inputs or ask marketing to simplify the workbook.")
        # A fresh worker takes the next compute.
        assert calc.compute({"in_seats": 2})[0].value == 4_000_000


def test_a_compute_that_takes_too_long_is_stopped_and_the_next_one_works(
        tmp_path: Path) -> None:
    limits = ComputeLimits(compute_s=0.5)
    with Calculator.load(slow_workbook(tmp_path / "slow.xlsx"), limits) as calc:
        assert calc.compute()[0].value == 0
        started = time.monotonic()
        with pytest.raises(CalculatorError) as caught:
            calc.compute({"in_seats": 10})
        # Stopped at its limit, well before the 3 s or more the compute itself takes.
        assert time.monotonic() - started < 2.5
        assert str(caught.value) == (
            "slow.xlsx: this calculator needs more than 0.5 s to compute with these numbers; "
            "check the inputs or ask marketing to simplify the workbook.")
        assert calc.compute({"in_seats": 0})[0].value == 0


def test_the_command_line_stops_a_runaway_calculator(tmp_path: Path) -> None:
    folder = tmp_path / "calculators"
    folder.mkdir()
    rept_workbook(folder / "Seats.xlsx")
    with Library.open(tmp_path / "library") as library:
        report = library.import_paths([folder])
        assert report.results[0].warnings == ()  # fine with its own numbers
    done = run_main("roi", "Seats.xlsx", "--set", "in_seats=100", "--json",
                    library=tmp_path / "library", timeout=60,
                    prefix=("/usr/bin/time", "-f", "peak %M KB"))
    assert done.returncode == 2, done.stderr
    assert "needs more memory than allowed (1.5 GB)" in done.stderr
    peak_kb = int(done.stderr.rsplit("peak ", 1)[1].split()[0])
    assert peak_kb < 400_000  # the command itself stays small
    with Library.open(tmp_path / "library") as library:
        (asset_id,) = (r.asset_id for r in report.results)
        runs, _spread = roi_service.input_spread(library, asset_id)
        assert runs == 0  # nothing recorded for a compute that did not finish
        good = roi_service.run(library, asset_id, {"in_seats": 3}, "Lee")
        assert json.loads(json.dumps(good.inputs)) == {"in_seats": 3}
        assert good.results[0].value == 9_000_000


def test_the_engine_itself_opens_no_other_file(tmp_path: Path) -> None:
    """Beneath the checks: compiled as is, a reference to another file is refused by the
    engine model the worker uses, before the file is opened."""
    from enablement.roi import engine as roi_engine
    from enablement.roi.fields import Field

    tripwire = Tripwire(tmp_path / "secret" / "secret.xlsx")
    path = external_workbook(tmp_path / "a" / "b" / "calc.xlsx", "path", tripwire.path)
    seats = Field("in_seats", "Seats", "seats", "Calc", "B1", default=10)
    total = Field("out_total", "Total", "", "Calc", "B5")
    try:
        with pytest.raises(CalculatorError, match=r"calc.xlsx: a formula refers to another "
                                                  r"file \(secret.xlsx\)"):
            roi_engine.compile_formulas(path, [seats], [total])
    finally:
        assert not tripwire.close(), "the formula engine opened the other file"


def test_the_import_check_opens_and_computes_under_the_limits(tmp_path: Path) -> None:
    """enablement.roi.calculator.import_problems, for the import's per-file warnings: a workbook
    that blows up with its own saved numbers is found at import, in plain words."""
    from enablement.roi.calculator import import_problems

    fine = rept_workbook(tmp_path / "fine.xlsx")
    assert import_problems(fine) == []
    book = openpyxl.load_workbook(fine)
    book["Calc"]["B1"] = 100  # saved with 100 seats: 10 GB of text at the first compute
    book.save(tmp_path / "bomb.xlsx")
    (problem,) = import_problems(tmp_path / "bomb.xlsx")
    assert problem.startswith("as an ROI calculator it cannot be computed: bomb.xlsx: this "
                              "calculator needs more memory than allowed (1.5 GB)")
    secret = write_secret(tmp_path / "secret" / "secret.xlsx")
    (problem,) = import_problems(external_workbook(tmp_path / "x.xlsx", "link", secret))
    assert "cell Calc!B4 refers to another file (secret.xlsx)" in problem
    assert import_problems(write_secret(tmp_path / "plain.xlsx")) == []  # no calculator
