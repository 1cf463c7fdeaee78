"""ROI calculators: every demo workbook computed by the formula engine, checked against
the numbers worked out by hand in its Assumptions sheet and against the values a
spreadsheet application (LibreOffice Calc, tests/data/roi-cached) saved in the same
workbook; inputs by hand; and the bad workbooks a marketer can make."""

from __future__ import annotations

import json
import re
import stat
from contextlib import nullcontext
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.defined_name import DefinedName
from sqlalchemy import select

from enablement.errors import UserError
from enablement.feedback import usage
from enablement.library import Library
from enablement.roi import service as roi_service
from enablement.roi.calculator import Calculator
from enablement.roi.fields import CalculatorError, format_value, parse_number
from enablement.store.models import RoiRun
from tests.commands import run_main
from tests.smalldisk import fill, small_disk

REPO = Path(__file__).resolve().parents[3]
DEMO = REPO / "assets" / "demo" / "roi-calculators"
CACHED = REPO / "tests" / "data" / "roi-cached"
WORKBOOKS = sorted(DEMO.glob("*.xlsx"))


@pytest.fixture(scope="module")
def calculators() -> dict[str, Calculator]:
    return {path.name: Calculator.load(path) for path in WORKBOOKS}


def test_every_demo_workbook_is_a_calculator(calculators: dict[str, Calculator]) -> None:
    assert len(calculators) == 4
    for calc in calculators.values():
        assert len(calc.inputs) >= 9 and len(calc.outputs) >= 8
        for field in calc.inputs:
            assert field.label and not field.label.startswith("in ")  # from the sheet
            assert field.default is not None
        assert all(field.unit for field in (*calc.inputs, *calc.outputs))


def hand_figures(path: Path) -> dict[str, float]:
    """'Processing cost savings per year: $384,000 per year' -> {label: 384000.0}."""
    sheet = openpyxl.load_workbook(path)["Assumptions"]
    figures = {}
    for (text,) in sheet.iter_rows(values_only=True, max_col=1):
        if not isinstance(text, str) or ": " not in text or text.startswith("•"):
            continue
        label, _sep, rest = text.partition(": ")
        match = re.search(r"-?\d[\d,]*(?:\.\d+)?", rest)
        if match:
            value = float(match.group().replace(",", ""))
            figures[label.strip()] = value / 100 if "%" in rest else value
    return figures


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.stem)
def test_defaults_give_the_figures_worked_out_by_hand(path: Path,
                                                      calculators: dict[str, Calculator]
                                                      ) -> None:
    figures = hand_figures(path)
    results = {r.field.label: r for r in calculators[path.name].compute()}
    checked = 0
    for label, expected in figures.items():
        if label in results:
            assert results[label].value == pytest.approx(expected, rel=1e-3, abs=0.051), label
            checked += 1
    assert checked == len(results), (set(results) - set(figures))


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.stem)
def test_results_equal_what_a_spreadsheet_application_cached(
        path: Path, calculators: dict[str, Calculator]) -> None:
    cached_book = openpyxl.load_workbook(CACHED / path.name, data_only=True)
    formulas_here = openpyxl.load_workbook(path)
    formulas_there = openpyxl.load_workbook(CACHED / path.name)
    for result in calculators[path.name].compute():
        field = result.field
        # The same workbook: the same formula in the same cell.
        assert (formulas_here[field.sheet][field.cell].value
                == formulas_there[field.sheet][field.cell].value)
        cached = cached_book[field.sheet][field.cell].value
        assert isinstance(cached, int | float), (field.name, cached)
        assert result.value == pytest.approx(cached, rel=1e-9, abs=1e-9), field.name


def test_changed_inputs_worked_by_hand(calculators: dict[str, Calculator]) -> None:
    calc = calculators["AP automation ROI calculator.xlsx"]
    results = {r.field.name: r.value for r in calc.compute({
        "in_invoices_per_month": 12_000, "in_duplicate_rate": 0.001})}
    assert results["out_annual_invoices"] == 144_000           # 12,000 x 12
    assert results["out_processing_savings"] == 921_600        # 144,000 x (9.40 - 3.00)
    assert results["out_duplicate_savings"] == 96_000          # 120M x 0.1% x 80%
    assert results["out_discount_gain"] == 79_200              # 120M x 8% x 1.5% x (75-20)%
    assert results["out_annual_savings"] == 1_096_800
    assert results["out_first_year_cost"] == 54_500            # 42,000 + 12,500
    assert results["out_net_benefit_year1"] == 1_042_300


def test_numbers_as_people_type_them(calculators: dict[str, Calculator]) -> None:
    calc = calculators["AP automation ROI calculator.xlsx"]
    rate = calc.field("in_duplicate_rate")
    assert rate.is_percent
    assert parse_number(rate, "12%") == pytest.approx(0.12)
    assert parse_number(rate, " 0.5 % ") == pytest.approx(0.005)
    assert parse_number(calc.field("in_annual_spend"), "$1,200,000") == 1_200_000
    with pytest.raises(UserError, match=r"Invoices processed per month .*'lots'"):
        parse_number(calc.field("in_invoices_per_month"), "lots")
    with pytest.raises(UserError, match="not an input"):
        calc.compute({"in_nothing": 1})
    with pytest.raises(UserError, match="a result"):
        calc.compute({"out_roi_pct": 1})
    assert format_value(384_000, "USD/year") == "$384,000 per year"
    assert format_value(10.073, "%") == "1,007.3%"


def workbook(path: Path, cells: dict[str, object], names: dict[str, str] | None = None,
             title: str = "Calc") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for ref, value in cells.items():
        sheet[ref] = value
    for name, ref in (names or {}).items():
        column, row = ref[0], ref[1:]
        book.defined_names[name] = DefinedName(name, attr_text=f"{title}!${column}${row}")
    book.save(path)
    return path


def test_a_circular_reference_is_named(tmp_path: Path) -> None:
    path = workbook(tmp_path / "loop.xlsx", {"A1": "Seats", "B1": 10, "B2": "=B3+B1",
                                             "B3": "=B2*2"}, {"in_seats": "B1",
                                                              "out_total": "B3"})
    with pytest.raises(CalculatorError, match=r"out_total \(Calc!B3\).*circular"):
        Calculator.load(path)


def test_a_function_the_engine_lacks_is_named_with_its_cell(tmp_path: Path) -> None:
    path = workbook(tmp_path / "web.xlsx", {"B1": 1, "B2": '=B1+WEBSERVICE("http://x")'},
                    {"in_x": "B1", "out_y": "B2"})
    with pytest.raises(CalculatorError) as caught:
        Calculator.load(path)
    assert "cell Calc!B2 uses a function the engine does not support: WEBSERVICE" in str(
        caught.value)


def test_text_where_a_number_belongs(tmp_path: Path) -> None:
    path = workbook(tmp_path / "text.xlsx", {"A1": "Seats", "B1": "ten", "B2": "=B1*2"},
                    {"in_seats": "B1", "out_y": "B2"})
    with pytest.raises(CalculatorError, match=r"in_seats \(Calc!B1\) holds 'ten', not a "
                                              "number"):
        Calculator.load(path)


def test_missing_names_say_how_to_make_a_calculator(tmp_path: Path) -> None:
    path = workbook(tmp_path / "plain.xlsx", {"A1": "Just a table", "B1": 3})
    with pytest.raises(CalculatorError, match="in_… and the result cells out_…"):
        Calculator.load(path)
    only_inputs = workbook(tmp_path / "inputs.xlsx", {"B1": 3}, {"in_x": "B1"})
    with pytest.raises(CalculatorError, match="no result cells"):
        Calculator.load(only_inputs)


def test_an_excel_error_is_a_result_in_plain_words(tmp_path: Path) -> None:
    path = workbook(tmp_path / "div.xlsx", {"A1": "Deals", "B1": 4, "A2": "Per deal",
                                            "B2": "=100/B1"}, {"in_deals": "B1",
                                                               "out_per_deal": "B2"})
    calc = Calculator.load(path)
    assert calc.compute()[0].value == 25
    result = calc.compute({"in_deals": 0})[0]
    assert result.value is None
    assert result.text().startswith("#DIV/0! (division by zero)")


def test_a_huge_sheet_is_refused(tmp_path: Path) -> None:
    cells: dict[str, object] = {"B1": 1}
    cells.update({f"C{row}": f"=B1+{row}" for row in range(1, 20_002)})
    path = workbook(tmp_path / "huge.xlsx", cells, {"in_x": "B1", "out_y": "C1"})
    with pytest.raises(CalculatorError, match="more than 20,000 formulas"):
        Calculator.load(path)


def test_a_label_value_unit_sheet_needs_no_names(tmp_path: Path) -> None:
    path = workbook(tmp_path / "table.xlsx", {
        "A1": "Seat calculator", "A2": "Label", "B2": "Value", "C2": "Unit",
        "A3": "Seats", "B3": 40, "C3": "seats",
        "A4": "Price per seat", "B4": 25, "C4": "USD/month",
        "A5": "Annual cost", "B5": "=B3*B4*12", "C5": "USD/year"})
    calc = Calculator.load(path)
    assert [f.name for f in calc.inputs] == ["in_seats", "in_price_per_seat"]
    assert calc.title == "Seat calculator"
    (annual,) = calc.compute({"in_seats": 10})
    assert (annual.field.label, annual.value, annual.text()) == (
        "Annual cost", 3_000, "$3,000 per year")


def test_runs_are_recorded_with_their_inputs(demo_library: Library) -> None:
    from enablement.catalog.assets import find_asset

    with demo_library.sessions() as session:
        asset_id = find_asset(session, "Virtual card rebate calculator.xlsx").id
    run = roi_service.run(demo_library, asset_id, {"in_annual_spend": 10_000_000}, "Dana")
    by_name = {r.field.name: r.value for r in run.results}
    assert by_name["out_card_spend"] == round(10_000_000 * 0.22 * 0.7)
    with demo_library.sessions() as session:
        (recorded,) = session.scalars(select(RoiRun))
    assert recorded.user_name == "Dana"
    assert json.loads(recorded.inputs)["in_annual_spend"] == 10_000_000
    assert json.loads(recorded.results)["out_card_spend"] == 1_540_000
    for spend in (20_000_000, 90_000_000):
        roi_service.run(demo_library, asset_id, {"in_annual_spend": spend}, "Lee")
    runs, spread = roi_service.input_spread(demo_library, asset_id)
    annual = next(s for s in spread if s.name == "in_annual_spend")
    assert (runs, annual.low, annual.median, annual.high) == (3, 10e6, 20e6, 90e6)
    assert annual.default == 60e6
    with demo_library.sessions() as session:  # each run is also a use of the asset
        assert usage.counts(session, asset_id).opened == 3


def test_the_command_line_computes_and_writes_the_summary(demo_library: Library,
                                                         tmp_path: Path) -> None:
    folder = demo_library.path
    demo_library.close()
    pdf, docx = tmp_path / "summary.pdf", tmp_path / "summary.docx"
    done = run_main("roi", "Multi-entity close", "--set", "in_entities=10", "--set",
                    "in_new_entities=0", "--as", "Lee", "--json", "--pdf", str(pdf), "--docx",
                    str(docx), library=folder, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["inputs"]["in_entities"]["value"] == 10
    assert report["results"]["out_total_entities"]["value"] == 10
    assert "it/s" not in done.stderr  # the engine's progress bars stay quiet
    import docx as python_docx
    import pypdf

    text = pypdf.PdfReader(pdf).pages[0].extract_text()
    assert "Multi-entity close" in text and "Results" in text
    document = python_docx.Document(docx)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "Legal entities today" in cells and "10 entities" in cells
    bad = run_main("roi", "Multi-entity close", "--set", "in_entities=many", library=folder,
                   timeout=120)
    assert bad.returncode == 2
    assert "Legal entities today (in_entities): 'many' is not a number." in bad.stderr


def test_import_tells_the_marketer_a_calculator_cannot_be_computed(library: Library,
                                                                    tmp_path: Path) -> None:
    folder = tmp_path / "calculators"
    folder.mkdir()
    workbook(folder / "Loop.xlsx", {"A1": "Seats", "B1": 10, "B2": "=B3+B1", "B3": "=B2*2"},
             {"in_seats": "B1", "out_total": "B3"})
    workbook(folder / "Fine.xlsx", {"A1": "Seats", "B1": 10, "B2": "=B1*2"},
             {"in_seats": "B1", "out_total": "B2"})
    report = library.import_paths([folder])
    warnings = {Path(r.path).name: r.warnings for r in report.results}
    assert report.counts()["imported"] == 2  # imported all the same: it is still content
    assert warnings["Fine.xlsx"] == ()
    (problem,) = warnings["Loop.xlsx"]
    assert "cannot be computed" in problem and "circular reference" in problem


def test_inputs_keep_to_their_range(calculators: dict[str, Calculator],
                                    tmp_path: Path) -> None:
    calc = calculators["AP automation ROI calculator.xlsx"]
    with pytest.raises(UserError, match=r"Invoices processed per month .*-5 invoices per "
                                        r"month is out of range; it must be at least 0"):
        parse_number(calc.field("in_invoices_per_month"), "-5")
    with pytest.raises(UserError, match=r"between 0\.0% and 100\.0%"):
        parse_number(calc.field("in_duplicate_prevented"), "120%")
    # The workbook's own data validation wins over the defaults.
    from openpyxl.worksheet.datavalidation import DataValidation

    path = workbook(tmp_path / "seats.xlsx", {"A1": "Seats", "B1": 10, "C1": "seats",
                                              "B2": "=B1*2"}, {"in_seats": "B1",
                                                               "out_y": "B2"})
    book = openpyxl.load_workbook(path)
    rule = DataValidation(type="whole", operator="between", formula1="5", formula2="500")
    rule.add("B1")
    book["Calc"].add_data_validation(rule)
    book.save(path)
    seats = Calculator.load(path).field("in_seats")
    assert (seats.minimum, seats.maximum) == (5, 500)
    assert parse_number(seats, "500") == 500
    with pytest.raises(UserError, match="between 5 seats and 500 seats"):
        parse_number(seats, "501")


# -- the summary file: the usual permissions, whole or not at all ------------------------



def demo_run(calc: Calculator) -> roi_service.Run:
    inputs = {**calc.defaults(), "in_invoices_per_month": 12_000}
    return roi_service.Run(inputs, calc.compute(inputs))


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_a_summary_has_the_mode_any_new_file_gets(calculators: dict[str, Calculator],
                                                  tmp_path: Path, umask: int,
                                                  kind: str) -> None:
    """Not mkstemp's 0600: a summary saved to a shared folder opens for a colleague."""
    from enablement.roi import summary

    calc = calculators["AP automation ROI calculator.xlsx"]
    write = summary.write_pdf if kind == "pdf" else summary.write_docx
    target = write(calc, demo_run(calc), tmp_path / "shared" / f"Acme ROI.{kind}", "Acme")
    assert target == tmp_path / "shared" / f"Acme ROI.{kind}"
    assert stat.S_IMODE(target.stat().st_mode) == umask
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    if kind == "pdf":
        import pypdf

        text = pypdf.PdfReader(target).pages[0].extract_text()
        assert "AP automation" in text and "for Acme" in text
    else:
        import docx as python_docx

        cells = [c.text for t in python_docx.Document(target).tables
                 for row in t.rows for c in row.cells]
        assert "Invoices processed per month" in cells


@pytest.mark.parametrize("error", [RuntimeError("render failed"), KeyboardInterrupt()],
                         ids=["exception", "ctrl-c"])
def test_a_summary_failing_halfway_keeps_the_old_one(calculators: dict[str, Calculator],
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     error: BaseException) -> None:
    import docx.document

    from enablement.roi import summary

    calc = calculators["AP automation ROI calculator.xlsx"]
    target = tmp_path / "Acme ROI.docx"
    target.write_bytes(b"the summary sent last week")

    def half(self: object, where: object) -> None:
        with (open(where, "wb") if isinstance(where, str | Path) else nullcontext(where)
              ) as out:
            out.write(b"PK\x03\x04 half a docx")
            out.flush()
        raise error

    monkeypatch.setattr(docx.document.Document, "save", half)
    with pytest.raises(type(error)):
        summary.write_docx(calc, demo_run(calc), target)
    assert target.read_bytes() == b"the summary sent last week"
    assert [p.name for p in tmp_path.iterdir()] == ["Acme ROI.docx"]


def test_a_summary_on_a_full_disk_keeps_the_old_one(calculators: dict[str, Calculator],
                                                    tmp_path: Path) -> None:
    from enablement.roi import summary

    calc = calculators["AP automation ROI calculator.xlsx"]
    with small_disk(tmp_path / "disk", 256) as disk:
        target = disk / "Acme ROI.docx"
        target.write_bytes(b"the summary sent last week")
        fill(disk, leave_bytes=4 * 1024)  # a DOCX is some 36 KB
        with pytest.raises(OSError, match="No space left"):
            summary.write_docx(calc, demo_run(calc), target)
        assert target.read_bytes() == b"the summary sent last week"
        assert sorted(p.name for p in disk.iterdir()) == ["Acme ROI.docx", "filler.bin"]
