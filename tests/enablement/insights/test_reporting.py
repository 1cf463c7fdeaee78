"""The marketing report: CSV, HTML and PDF from a hand-built Insights with known numbers.

The Insights are made by hand (not computed) so these tests pin the renderers alone: what
each format says for given numbers, that user text is escaped, and that a failed write
leaves nothing behind.
"""

from __future__ import annotations

import csv
import html
import io
import os
import stat
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest

from enablement.errors import UserError
from enablement.insights.figures import (
    NO_STAGE,
    AssetScore,
    Baseline,
    CoverageCell,
    InsightFilter,
    Insights,
    MonthTrend,
    QueryStat,
    RepAdoption,
    RequestRow,
    SearchHealth,
    StaleAsset,
)
from enablement.insights.reporting import TEMP_PREFIX, write_report
from enablement.insights.reporting.charts import BarChart, LineChart, Series, build_charts, to_svg
from enablement.insights.reporting.pdf import latin1
from enablement.insights.reporting.reading import reading
from tests.smalldisk import fill, small_disk

REPO = Path(__file__).resolve().parents[3]
EVIL = 'Pricing <script>alert("x")</script> & terms'
ACME = "Acme case study"
BASELINE = "Baseline win rate was 31% (42 of 135 closed deals)."
LIFT = "Deals that used 'Acme case study' won 58% of the time (+27 points) over 12 closed deals."
SEARCH = ("18% of searches found nothing (12 of 67); the most common was 'hipaa' (6 times).")
COVERAGE = ("1 of 2 objections has no well-rated content at the Decision stage: "
            "Security / compliance (heard or searched 9 times).")
ADOPTION = ("Adoption: 1 of 3 active reps used content on a call (2 used it in some way); "
            "the most active was dana with 23 uses.")


def score(asset_id: int, title: str, **values: object) -> AssetScore:
    base: dict[str, object] = dict(
        asset_id=asset_id, title=title, kind="Case study", stages=("Decision",), rating=3.0,
        votes=0, mean_stars=None, helped_yes=0, helped_no=0, views=0, uses=0,
        used_on_call=0, unique_reps=0, influenced_deals=0, influenced_closed=0,
        influenced_won=0, win_rate=None, lift_pp=None, small_sample=True,
        influenced_revenue=0.0, attributed_revenue=0.0, last_used=None, expires_on=None)
    base.update(values)
    return AssetScore(**base)  # type: ignore[arg-type]


def cell(stage: str, label: str, objection: str, heard: int, searched: int,
         well: int, tagged: int) -> CoverageCell:
    labels = {"security": "Security / compliance", "price": "Price / budget"}
    return CoverageCell(stage, label, objection, labels[objection], heard, searched, well,
                        tagged)


def sample() -> Insights:
    acme = score(1, ACME, rating=4.4, votes=12, mean_stars=4.5, helped_yes=9, helped_no=1,
                 views=40, uses=31, used_on_call=6, unique_reps=2, influenced_deals=15,
                 influenced_closed=12, influenced_won=7, win_rate=7 / 12,
                 lift_pp=(7 / 12 - 42 / 135) * 100, small_sample=False,
                 influenced_revenue=250000.75, attributed_revenue=120000.0,
                 last_used=datetime(2026, 10, 28, 16, 5))
    evil = score(2, EVIL, kind="One-pager", stages=(), rating=2.1, votes=4, mean_stars=1.5,
                 uses=3, influenced_deals=3, influenced_closed=3, influenced_won=1,
                 win_rate=1 / 3, lift_pp=(1 / 3 - 42 / 135) * 100)
    paper = score(3, "Security whitepaper", kind="Whitepaper", expires_on=date(2026, 9, 30))
    when = datetime(2026, 10, 21, 11, 0)
    return Insights(
        filter=InsightFilter(since=date(2026, 10, 1), until=date(2026, 10, 31)),
        generated_at=datetime(2026, 11, 2, 9, 30), period_start=date(2026, 10, 1),
        period_end=date(2026, 10, 31), library_mean=3.4, assets=3,
        baseline=Baseline(closed=135, won=42), scorecard=[acme, paper, evil],
        top=[acme, evil], bottom=[evil, acme],
        coverage=[cell("decision", "Decision", "security", 6, 3, 0, 1),
                  cell("decision", "Decision", "price", 1, 0, 1, 1),
                  cell(NO_STAGE, "Stage not said", "security", 0, 0, 0, 1),
                  cell(NO_STAGE, "Stage not said", "price", 0, 25, 2, 2)],
        search_health=SearchHealth(
            searches=67, zero_results=12, without_click=5,
            top_queries=[QueryStat("pricing", 20, 0, 15, when),
                         QueryStat("hipaa", 6, 6, 0, when)],
            zero_result_queries=[QueryStat("hipaa", 6, 6, 0, when),
                                 QueryStat("=cmd|' /C calc'!A0", 1, 1, 0, when)]),
        requests=[RequestRow(datetime(2026, 10, 20, 10, 0), "dana",
                             "HIPAA one-pager for hospital buyers", "hipaa", "Decision",
                             "Security / compliance"),
                  RequestRow(datetime(2026, 10, 3, 9, 0), "lee", "ROI model & <b>calc</b>",
                             "", "", "")],
        stale=[StaleAsset(3, "Security whitepaper", ("expired 2026-09-30",
                                                     "unused for 90+ days"),
                          date(2026, 9, 30), None, 3.0, 0)],
        adoption=[RepAdoption("dana", searches=30, zero_result_searches=4, views=12,
                              uses=23, used_on_call=5, ratings=6, field_notes=2, requests=1,
                              last_active=datetime(2026, 10, 28, 16, 5)),
                  RepAdoption("lee", searches=10, zero_result_searches=2, views=3, uses=4,
                              used_on_call=0, ratings=1, field_notes=0, requests=1,
                              last_active=datetime(2026, 10, 3, 9)),
                  RepAdoption("sam", searches=3, zero_result_searches=1, views=0, uses=0,
                              used_on_call=0, ratings=0, field_notes=0, requests=0,
                              last_active=datetime(2026, 10, 9, 8))],
        trends=[MonthTrend("2026-09", 20, 3, 10, 8, 2, 4.0, 1, 0),
                MonthTrend("2026-10", 47, 9, 30, 27, 9, 3.6667, 2, 2)],
        reps=["dana", "lee", "sam"])


def empty() -> Insights:
    return Insights(
        filter=InsightFilter(), generated_at=datetime(2026, 11, 2, 9, 30), period_start=None,
        period_end=date(2026, 11, 2), library_mean=3.0, assets=0,
        baseline=Baseline(0, 0), scorecard=[], top=[], bottom=[], coverage=[],
        search_health=SearchHealth(0, 0, 0), requests=[], stale=[], adoption=[], trends=[])


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


# -- reading ---------------------------------------------------------------------------------

def test_reading_says_the_numbers_in_words() -> None:
    sentences = reading(sample())
    assert 4 <= len(sentences) <= 8
    for expected in (BASELINE, LIFT, SEARCH, COVERAGE, ADOPTION):
        assert expected in sentences
    assert ("'Acme case study' has the most attributed revenue: 120,000 from 7 won deals "
            "(100% of all revenue attributed to content).") in sentences
    assert ("2 content requests were made in this period, 1 about Security / compliance; "
            "the latest asks for 'HIPAA one-pager for hospital buyers'.") in sentences
    assert "1 asset looks stale (1 expired); see Stale content." in sentences


def test_reading_calls_small_samples_small() -> None:
    data = sample()
    few = replace(data, baseline=Baseline(closed=4, won=2),
                  scorecard=[s for s in data.scorecard if s.small_sample])
    sentences = reading(few)
    assert ("Baseline win rate was 50% (2 of 4 closed deals); only 4 closed deals — too few "
            "to trust.") in sentences
    assert any(s.startswith(f"Deals that used '{EVIL}' won 33% of the time")
               and s.endswith("but over only 3 closed deals — too few to trust.")
               for s in sentences)


def test_reading_of_an_empty_period_says_so() -> None:
    sentences = reading(empty())
    assert 4 <= len(sentences) <= 8
    assert sentences[0] == "No deals closed in this period, so there is no baseline yet."
    assert "No searches were logged in this period." in sentences
    assert "No rep activity was recorded in this period." in sentences
    assert not any("%" in s for s in sentences)


def test_reading_names_thin_coverage_when_nothing_is_a_gap() -> None:
    data = sample()
    no_gap = replace(data, coverage=[c for c in data.coverage if c.status != "gap"])
    assert ("No objection is left without well-rated content, but 1 stage and objection "
            "pair is thin (more than 10 asks per well-rated asset), most of all Price / "
            "budget with no stage named (25 asks, 2 well-rated assets).") in reading(no_gap)


# -- CSV -------------------------------------------------------------------------------------

def test_csv_beside_a_named_file_has_every_table(tmp_path: Path) -> None:
    out = tmp_path / "reports" / "q4.csv"
    written = write_report(sample(), "csv", out)
    assert {p.name for p in written} == {
        "q4.csv", "q4-summary.csv", "q4-coverage.csv", "q4-search-queries.csv",
        "q4-zero-result-queries.csv", "q4-requests.csv", "q4-stale.csv", "q4-adoption.csv",
        "q4-trends.csv"}
    assert all(p.parent == out.parent and p.is_file() for p in written)
    rows = read_csv(out)
    assert [r["title"] for r in rows] == [ACME, "Security whitepaper", EVIL]
    acme = rows[0]
    assert acme["asset_id"] == "1"
    assert acme["rating"] == "4.4000"
    assert acme["win_rate"] == "0.5833"
    assert acme["lift_points"] == "27.22"
    assert acme["small_sample"] == "false"
    assert acme["influenced_revenue"] == "250000.75"
    assert acme["attributed_revenue"] == "120000.00"
    assert acme["last_used"] == "2026-10-28T16:05:00"
    assert acme["stages"] == "Decision"
    assert rows[1]["win_rate"] == "" and rows[1]["expires_on"] == "2026-09-30"
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")   # no BOM


def test_csv_tables_hold_the_raw_numbers(tmp_path: Path) -> None:
    out = tmp_path / "q4.csv"
    write_report(sample(), "csv", out)
    coverage = read_csv(tmp_path / "q4-coverage.csv")
    gap = next(r for r in coverage if r["status"] == "gap")
    assert gap == {"stage": "decision", "stage_label": "Decision", "objection": "security",
                   "objection_label": "Security / compliance", "heard": "6", "searched": "3",
                   "demand": "9", "well_rated_assets": "0", "tagged_assets": "1",
                   "status": "gap"}
    summary = {r["metric"]: r["value"] for r in read_csv(tmp_path / "q4-summary.csv")}
    assert summary["baseline_win_rate"] == "0.3111"
    assert summary["zero_result_rate"] == "0.1791"
    assert summary["period_start"] == "2026-10-01"
    zero = read_csv(tmp_path / "q4-zero-result-queries.csv")
    assert [r["query"] for r in zero] == ["hipaa", "'=cmd|' /C calc'!A0"]  # no formulas
    assert read_csv(tmp_path / "q4-requests.csv")[1]["need"] == "ROI model & <b>calc</b>"
    trends = read_csv(tmp_path / "q4-trends.csv")
    assert trends[1] == {"month": "2026-10", "searches": "47", "zero_result_searches": "9",
                         "views": "30", "uses": "27", "ratings": "9", "mean_stars": "3.6667",
                         "field_notes": "2", "requests": "2"}
    adoption = read_csv(tmp_path / "q4-adoption.csv")
    assert [(r["rep"], r["uses"], r["used_on_call"]) for r in adoption] == [
        ("dana", "23", "5"), ("lee", "4", "0"), ("sam", "0", "0")]
    assert read_csv(tmp_path / "q4-stale.csv")[0]["reasons"] == (
        "expired 2026-09-30; unused for 90+ days")


def test_csv_into_a_folder_creates_it(tmp_path: Path) -> None:
    out = tmp_path / "new" / "october"
    written = write_report(empty(), "CSV", out)
    assert out.is_dir()
    assert {p.name for p in written} >= {"scorecard.csv", "coverage.csv", "trends.csv"}
    assert all(p.parent == out for p in written)
    header = (out / "scorecard.csv").read_text(encoding="utf-8").splitlines()
    assert len(header) == 1 and header[0].startswith("asset_id,title,kind,stages,rating")
    assert read_csv(out / "adoption.csv") == []


# -- HTML ------------------------------------------------------------------------------------

def test_html_escapes_user_text_and_shows_everything(tmp_path: Path) -> None:
    [path] = write_report(sample(), "html", tmp_path / "report")
    assert path.name == "report.html"
    page = path.read_text(encoding="utf-8")
    assert html.escape(EVIL) in page
    assert EVIL not in page and "<script" not in page.lower()
    assert "ROI model &amp; &lt;b&gt;calc&lt;/b&gt;" in page
    assert "<svg" in page and "Win rate with content vs baseline" in page
    for sentence in (BASELINE, LIFT, SEARCH, COVERAGE, ADOPTION):
        assert html.escape(sentence) in page
    assert '<td class="cell gap"' in page and "<b>9</b> asked<br>0 well rated" in page
    assert '<td class="cell thin"' in page
    assert "2026-10-01 to 2026-10-31" in page and "Generated 2026-11-02 09:30" in page
    assert "How these numbers are computed" in page
    assert "hipaa" in page and "HIPAA one-pager for hospital buyers" in page
    fetched = page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert not any(marker in fetched for marker in ("http:", "https:", "src=", "<link"))


def test_html_scorecard_is_cut_to_the_top_rows(tmp_path: Path) -> None:
    data = sample()
    many = [score(i, f"Asset {i:05d}", rating=5 - i / 20000, votes=1) for i in range(10_000)]
    big = replace(data, scorecard=many, assets=len(many), top=many[:10], bottom=many[-10:])
    started = time.perf_counter()
    [page_path] = write_report(big, "html", tmp_path / "big.html")
    [pdf_path] = write_report(big, "pdf", tmp_path / "big.pdf")
    written = write_report(big, "csv", tmp_path / "big.csv")
    assert time.perf_counter() - started < 10    # ~0.5 s in all; generous for slow CI
    page = page_path.read_text(encoding="utf-8")
    assert "Asset 00049" in page and "Asset 00050" not in page
    assert "Showing 50 of 10,000 assets" in page
    assert pdf_path.read_bytes().startswith(b"%PDF")
    assert len(read_csv(written[0])) == 10_000


def test_charts_are_well_formed_svg() -> None:
    data = sample()
    for chart in build_charts(data) + build_charts(empty()):
        ET.fromstring(to_svg(chart))      # parses: escaped, closed, self-contained
    lift = build_charts(data)[2]
    assert isinstance(lift, BarChart)
    assert lift.labels == (ACME, EVIL) and lift.reference == pytest.approx(31.11, abs=0.01)
    assert lift.value_texts() == ["58%  (12 deals)", "33%  (3 deals*)"]
    signed = BarChart("Lift", ("up", "down"), (12.0, -7.5), "{:+.1f}", "points")
    svg = to_svg(signed)
    assert ">+12.0<" in svg and ">-7.5<" in svg
    single = LineChart("One month", ("2026-10",), (Series("Uses", (4.0,)),), "Uses", "Month")
    assert "<circle" in to_svg(single)


# -- PDF -------------------------------------------------------------------------------------

def test_pdf_has_titles_and_reading(tmp_path: Path) -> None:
    [path] = write_report(sample(), "pdf", tmp_path / "q4.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    text = pdf_text(path)
    assert ACME in text and "Security whitepaper" in text
    assert "Pricing <script>" in text
    assert BASELINE in text
    assert "How these numbers are computed" in text


def test_pdf_survives_characters_the_core_font_lacks(tmp_path: Path) -> None:
    assert latin1("Win – 5★ “ok” ≥ 3 × 2 … Łódź 😀") == 'Win - 5* "ok" >= 3 x 2 ... Lódz ?'
    data = sample()
    odd = replace(data, scorecard=[replace(s, title=f"“{s.title}” – ★ ≥ 😀")
                                   for s in data.scorecard])
    [path] = write_report(odd, "pdf", tmp_path / "odd.pdf")
    assert '"Acme case study" - * >= ?' in pdf_text(path)


# -- every format, and failures --------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["csv", "html", "pdf"])
def test_empty_insights_render(tmp_path: Path, fmt: str) -> None:
    written = write_report(empty(), fmt, tmp_path / "empty")
    assert written and all(p.is_file() and p.stat().st_size > 0 for p in written)


def test_html_or_pdf_into_an_existing_folder(tmp_path: Path) -> None:
    [path] = write_report(empty(), "pdf", tmp_path)
    assert path == tmp_path / "content-insights.pdf"


def test_bad_format_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Unknown report format 'docx'; choose one of csv, "
                                        "html, pdf"):
        write_report(sample(), "docx", tmp_path / "x.docx")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["csv", "html", "pdf"])
def test_parent_that_is_a_file_is_a_user_error(tmp_path: Path, fmt: str) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("keep me")
    with pytest.raises(UserError, match="blocker is a file, not a folder"):
        write_report(sample(), fmt, blocker / "sub" / f"report.{fmt}")
    assert list(tmp_path.iterdir()) == [blocker]
    assert blocker.read_text() == "keep me"


def test_failed_write_leaves_the_old_report_and_no_temporary_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report.html"
    out.write_text("old report")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(UserError, match=r"Cannot write the report .*report\.html: "
                                        "Permission denied"):
        write_report(sample(), "html", out)
    assert out.read_text() == "old report"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_reporting_never_imports_qt() -> None:
    code = ("import sys, enablement.insights.reporting, enablement.insights.reporting.html, "
            "enablement.insights.reporting.pdf, enablement.insights.reporting.csvout\n"
            "print(any(m.split('.')[0] == 'PySide6' for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "False"


def test_csv_text_is_plain_utf8(tmp_path: Path) -> None:
    data = sample()
    named = replace(data, scorecard=[replace(data.scorecard[0], title="Étude – Zürich ★")])
    [path, *_] = write_report(named, "csv", tmp_path / "u.csv")
    assert list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))[1][1] == (
        "Étude – Zürich ★")


def test_reading_of_a_single_request_and_equal_adoption() -> None:
    data = sample()
    one = replace(data, requests=data.requests[:1], adoption=data.adoption[:1])
    sentences = reading(one)
    assert ("1 content request was made in this period, about Security / compliance; the "
            "latest asks for 'HIPAA one-pager for hospital buyers'.") in sentences
    assert ("Adoption: 1 of 1 active rep used content on a call; the most active was dana "
            "with 23 uses.") in sentences


# -- permissions and a full disk ------------------------------------------------------------



@pytest.mark.parametrize("fmt", ["csv", "html", "pdf"])
def test_a_report_has_the_mode_any_new_file_gets(tmp_path: Path, umask: int,
                                                 fmt: str) -> None:
    written = write_report(sample(), fmt, tmp_path / "shared" / f"q4.{fmt}")
    assert written and all(stat.S_IMODE(p.stat().st_mode) == umask for p in written)
    assert sorted(p.name for p in (tmp_path / "shared").iterdir()) == sorted(
        p.name for p in written)


def test_a_report_on_a_full_disk_keeps_every_old_table(tmp_path: Path) -> None:
    """CSV tables are all written before any replaces its old one: a disk filling up
    halfway through leaves the old set whole, not half old and half new."""
    with small_disk(tmp_path / "disk", 256) as disk:
        written = write_report(empty(), "csv", disk / "q4.csv")
        before = {p.name: p.read_bytes() for p in disk.iterdir()}
        fill(disk, leave_bytes=1024)
        with pytest.raises(UserError, match=r"Cannot write the report .*: No space left on "
                                            "device; choose a folder you can write to"):
            write_report(replace(sample(), scorecard=sample().scorecard * 40), "csv",
                         disk / "q4.csv")
        assert {p.name: p.read_bytes() for p in disk.iterdir() if p.name != "filler.bin"
                } == before
        assert len(before) == len(written)
