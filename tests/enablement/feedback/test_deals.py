"""CRM deals: both CSV dialects, updates without doubles, bad rows by line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from enablement.errors import UserError
from enablement.feedback.deals import import_deals
from enablement.library import Library
from enablement.store.models import Deal
from tests.commands import run_main

SALESFORCE = """\ufeffId,Name,Account Name,Amount,StageName,IsClosed,IsWon,CloseDate,Type
006A1,Northvale rollout,Northvale Health,"$84,000.00",Closed Won,true,true,2026-03-31,New Business
006A2,Tidewater expansion,Tidewater Freight,42000,Negotiation,false,false,4/15/2026,Upsell
006A3,Lumora entities,Lumora,"12,500",Closed Lost,TRUE,FALSE,2026-02-01,New Business
006A4,Broken amount,Acme,twelve,Prospecting,false,false,2026-05-01,New Business
,No id,Acme,100,Prospecting,false,false,2026-05-01,New Business
006A5,Bad date,Acme,100,Prospecting,false,false,31 May,New Business
006A6,Won but open,Acme,100,Closed Won,false,true,2026-05-01,New Business
"""

HUBSPOT = """Deal ID,Deal Name,Amount,Deal Stage,Close Date,Pipeline,Associated Company
9001,Eastmere renewal,30000,closedwon,2026-01-20 00:00:00,Sales Pipeline,Eastmere University
9002,Port Calder pilot,15000,Closed Lost,2026-02-10,Sales Pipeline,City of Port Calder
9003,Keystone security review,,appointmentscheduled,,Sales Pipeline,Keystone Peaks
9002,Port Calder again,1,closedwon,2026-02-10,Sales Pipeline,City of Port Calder
"""


def deals_by_id(library: Library) -> dict[str, Deal]:
    with library.sessions() as session:
        return {d.external_id: d for d in session.scalars(select(Deal))}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_salesforce_export_with_bad_rows(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path, "opps.csv", SALESFORCE)
    with library.sessions.begin() as session:
        report = import_deals(session, path)
    assert (report.crm, report.created, report.updated) == ("salesforce", 3, 0)
    assert [(e.line, e.field) for e in report.errors] == [
        (5, "Amount"), (6, "Id"), (7, "CloseDate"), (8, "IsWon")]
    assert "twelve" in report.errors[0].message
    found = deals_by_id(library)
    won = found["006A1"]
    assert (won.amount, won.is_closed, won.is_won, won.close_date, won.account) == (
        84000.0, True, True, date(2026, 3, 31), "Northvale Health")
    assert found["006A2"].close_date == date(2026, 4, 15) and not found["006A2"].is_closed
    assert found["006A3"].is_closed and not found["006A3"].is_won


def test_reimport_updates_outcomes_without_doubling(library: Library, tmp_path: Path) -> None:
    first = write(tmp_path, "opps.csv", SALESFORCE)
    with library.sessions.begin() as session:
        import_deals(session, first)
    later = write(tmp_path, "opps-later.csv", SALESFORCE.replace(
        "42000,Negotiation,false,false", "45000,Closed Won,true,true"))
    with library.sessions.begin() as session:
        report = import_deals(session, later)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 2)
    found = deals_by_id(library)
    assert len(found) == 3
    assert (found["006A2"].amount, found["006A2"].is_won) == (45000.0, True)


def test_hubspot_export(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path, "hubspot.csv", HUBSPOT)
    with library.sessions.begin() as session:
        report = import_deals(session, path)
    assert (report.crm, report.created) == ("hubspot", 3)
    assert [(e.line, e.field) for e in report.errors] == [(5, "Deal ID")]  # a repeated id
    found = deals_by_id(library)
    assert (found["9001"].is_closed, found["9001"].is_won) == (True, True)
    assert found["9001"].close_date == date(2026, 1, 20)
    assert (found["9002"].is_closed, found["9002"].is_won) == (True, False)
    assert (found["9003"].is_closed, found["9003"].amount, found["9003"].close_date) == (
        False, None, None)
    assert found["9002"].account == "City of Port Calder"


def test_a_file_that_is_not_a_deal_export(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path, "contacts.csv", "First Name,Last Name,Email\nAna,Li,a@b.c\n")
    with library.sessions.begin() as session, pytest.raises(UserError, match="lacks"):
        import_deals(session, path)
    with library.sessions.begin() as session, pytest.raises(UserError, match="empty"):
        import_deals(session, write(tmp_path, "empty.csv", ""))


def test_deals_import_command(tmp_path: Path) -> None:
    path = write(tmp_path, "opps.csv", SALESFORCE)
    run = run_main("deals", "import", str(path), "--json", library=tmp_path / "lib", timeout=120)
    assert run.returncode == 1, run.stderr  # some rows refused, the rest imported
    report = json.loads(run.stdout)
    assert (report["created"], len(report["errors"])) == (3, 4)
    assert report["errors"][0] == {"line": 5, "field": "Amount",
                                   "message": report["errors"][0]["message"]}
    hubspot = write(tmp_path, "hub.csv", HUBSPOT.replace("9002,Port Calder again,1,closedwon,"
                                                         "2026-02-10,Sales Pipeline,City of "
                                                         "Port Calder\n", ""))
    again = run_main("deals", "import", str(hubspot), library=tmp_path / "lib", timeout=120)
    assert again.returncode == 0, again.stderr
    assert "HubSpot export hub.csv: 3 new, 0 updated, 0 unchanged, 0 refused." in again.stdout
