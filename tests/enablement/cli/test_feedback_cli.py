"""Rating, logging, requesting and reporting from the command line, as a rep and a
marketer would, on a copy of the demo library (real processes, real files)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from enablement.library import Library
from enablement.store.models import ContentRequest, FieldNote, RatingEvent
from tests.commands import REPO, run_main

USER = "Dana Reyes"
DEALS = """Deal ID,Deal Name,Amount,Deal Stage,Close Date,Pipeline
9001,Eastmere renewal,30000,closedwon,2026-01-20,Sales Pipeline
"""


@pytest.fixture()
def library_dir(demo_library: Library) -> Path:
    path = demo_library.path
    demo_library.close()
    return path


def test_rate_with_the_whole_form(library_dir: Path, tmp_path: Path) -> None:
    deals = tmp_path / "deals.csv"
    deals.write_text(DEALS, encoding="utf-8")
    assert run_main("deals", "import", str(deals), library=library_dir, user=USER, cwd=REPO,
                    timeout=300).returncode == 0
    result = run_main("rate", "Security questionnaire", "4", "--helped", "yes", "--deal", "9001",
                      "--objection", "security", "Contract terms", "--comment", "Needs HIPAA",
                      "--json", library=library_dir, user=USER, cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert (shown["title"], shown["stars"], shown["helped"], shown["deal"]) == (
        "Security questionnaire: standard answers", 4, True, "Eastmere renewal")
    assert shown["objections"] == ["contract", "security"]
    # Rated again under another name, offline, on a deal not in the CRM export yet.
    result = run_main("rate", "Security questionnaire", "2", "--as", "Lee Park", "--deal",
                      "Globex pilot", library=library_dir, user=USER, cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "(not an imported deal yet)" in result.stdout
    with Library.open(library_dir) as library, library.sessions() as session:
        events = {e.user_name: e for e in session.scalars(select(RatingEvent))}
    assert (events["Dana Reyes"].deal_id is not None, events["Dana Reyes"].comment) == (
        True, "Needs HIPAA")
    assert (events["Lee Park"].deal_id, events["Lee Park"].deal_name) == (None, "Globex pilot")


def test_bad_input_names_the_field(library_dir: Path) -> None:
    result = run_main("rate", "Security questionnaire", "4", "--helped", "maybe",
                      library=library_dir, user=USER, cwd=REPO, timeout=300)
    assert result.returncode == 2 and "--helped is yes or no" in result.stderr
    result = run_main("rate", "Security questionnaire", "4", "--objection", "weather",
                      library=library_dir, user=USER, cwd=REPO, timeout=300)
    assert result.returncode == 2 and "'weather' is not a known objection" in result.stderr
    result = run_main("rate", "no such asset at all", "4", library=library_dir, user=USER, cwd=REPO,
                      timeout=300)
    assert result.returncode == 2 and "No asset matches" in result.stderr
    result = run_main("report", "--since", "last week", "--format", "csv", "--out", "x.csv",
                      library=library_dir, user=USER, cwd=REPO, timeout=300)
    assert result.returncode == 2 and "--since is a date like" in result.stderr
    with Library.open(library_dir) as library, library.sessions() as session:
        assert session.scalars(select(RatingEvent)).all() == []  # nothing half-written


def test_log_and_request(library_dir: Path) -> None:
    result = run_main("log", "objection", "Security / compliance", "--stage", "decision", "--deal",
                      "Globex pilot", "--note", "Wants SOC 2 type II", library=library_dir,
                      user=USER, cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("Heard Security / compliance at the Decision stage on "
                                     "Globex pilot; logged for Dana Reyes.")
    assert run_main("log", "competitor", "Invoxa", library=library_dir, user=USER, cwd=REPO,
                    timeout=300).returncode == 0
    result = run_main("request", "HIPAA case study for hospitals", "--query", "hipaa",
                      "--objection", "security", library=library_dir, user=USER, cwd=REPO,
                      timeout=300)
    assert result.returncode == 0, result.stderr
    with Library.open(library_dir) as library, library.sessions() as session:
        notes = sorted((n.kind, n.value_key, n.stage) for n in session.scalars(select(FieldNote)))
        requests = [(r.need, r.query, r.objection, r.user_name)
                    for r in session.scalars(select(ContentRequest))]
    assert notes == [("competitor", "invoxa", ""), ("objection", "security", "decision")]
    assert requests == [("HIPAA case study for hospitals", "hipaa", "security", "Dana Reyes")]


def test_report_in_three_formats(library_dir: Path, tmp_path: Path) -> None:
    assert run_main("rate", "Security questionnaire", "5", library=library_dir, user=USER, cwd=REPO,
                    timeout=300).returncode == 0
    assert run_main("search", "hipaa", library=library_dir, user=USER, cwd=REPO,
                    timeout=300).returncode == 0  # a zero-result search
    result = run_main("report", "--format", "csv", "--out", str(tmp_path / "r.csv"),
                      library=library_dir, user=USER, cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    with (tmp_path / "r.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rated = {r["title"]: r for r in rows}["Security questionnaire: standard answers"]
    assert (rated["votes"], rated["rating"], rated["mean_stars"]) == ("1", "5.0000", "5.0000")
    assert len(rows) == 51  # every asset, rated or not
    assert (tmp_path / "r-coverage.csv").exists()
    html = tmp_path / "report.html"
    assert run_main("report", "--format", "html", "--out", str(html), library=library_dir,
                    user=USER, cwd=REPO, timeout=300).returncode == 0
    text = html.read_text(encoding="utf-8")
    assert "<svg" in text and "Security questionnaire: standard answers" in text
    assert "hipaa" in text
    pdf = tmp_path / "report.pdf"
    result = run_main("report", "--since", "2020-01-01", "--format", "pdf", "--out", str(pdf),
                      library=library_dir, user=USER, cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    pages = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Security questionnaire" in pages
