"""Deals from a CRM export (CSV as Salesforce or HubSpot write it).

The dialect is told by the header row. Each row is checked alone: a bad one is reported
with its line number, the field and what to fix, and the others import. Importing a
newer export of the same CRM updates each deal in place (its stage, amount, outcome),
matched on the CRM's own id, so nothing is doubled.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from enablement.errors import UserError
from enablement.store.models import Deal

SALESFORCE = ("Id", "Name", "Account Name", "Amount", "StageName", "IsClosed", "IsWon",
              "CloseDate", "Type")
HUBSPOT = ("Deal ID", "Deal Name", "Amount", "Deal Stage", "Close Date", "Pipeline")
TRUE_WORDS = {"true", "1", "yes", "y"}
FALSE_WORDS = {"false", "0", "no", "n", ""}
AMOUNT_JUNK = re.compile(r"[\s$€£,]|USD|EUR|GBP", re.IGNORECASE)
DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%d.%m.%Y", "%Y/%m/%d", "%Y-%m-%d %H:%M:%S",
                "%Y-%m-%dT%H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M %p")


@dataclass(frozen=True)
class RowError:
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.message}"


@dataclass
class DealImportReport:
    crm: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"crm": self.crm, "created": self.created, "updated": self.updated,
                "unchanged": self.unchanged,
                "errors": [{"line": e.line, "field": e.field, "message": e.message}
                           for e in self.errors]}


@dataclass(frozen=True)
class DealRow:
    external_id: str
    name: str
    account: str
    amount: float | None
    stage: str
    is_closed: bool
    is_won: bool
    close_date: date | None
    kind: str


class BadValue(ValueError):
    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field_name = field_name


def parse_amount(raw: str, column: str = "Amount") -> float | None:
    text = AMOUNT_JUNK.sub("", raw or "")
    if not text:
        return None
    negative = text.startswith("(") and text.endswith(")")
    try:
        value = float(text.strip("()"))
    except ValueError:
        raise BadValue(column, f"'{raw}' is not an amount; use digits like 12000 or "
                               "12,000.00") from None
    return -value if negative else value


def parse_date(raw: str, column: str) -> date | None:
    text = (raw or "").strip()
    if not text:
        return None
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise BadValue(column, f"'{raw}' is not a date; use 2026-03-31 or 3/31/2026")


def parse_bool(raw: str, column: str) -> bool:
    text = (raw or "").strip().casefold()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise BadValue(column, f"'{raw}' is not true or false")


def _required(row: dict[str, str], column: str) -> str:
    value = (row.get(column) or "").strip()
    if not value:
        raise BadValue(column, "is empty; every deal needs one")
    return value


def salesforce_row(row: dict[str, str]) -> DealRow:
    is_closed = parse_bool(row.get("IsClosed", ""), "IsClosed")
    is_won = parse_bool(row.get("IsWon", ""), "IsWon")
    if is_won and not is_closed:
        raise BadValue("IsWon", "a deal cannot be won while IsClosed is false")
    return DealRow(
        external_id=_required(row, "Id"), name=_required(row, "Name"),
        account=(row.get("Account Name") or "").strip(),
        amount=parse_amount(row.get("Amount", "")), stage=(row.get("StageName") or "").strip(),
        is_closed=is_closed, is_won=is_won,
        close_date=parse_date(row.get("CloseDate", ""), "CloseDate"),
        kind=(row.get("Type") or "").strip(),
    )


def hubspot_outcome(stage: str) -> tuple[bool, bool]:
    """HubSpot marks outcome in the stage: "closedwon"/"Closed Won", "closedlost"/"Closed
    Lost" (default pipeline ids and labels both). Any other stage is open."""
    key = re.sub(r"[\s_-]", "", stage).casefold()
    if key == "closedwon":
        return True, True
    if key == "closedlost":
        return True, False
    return False, False


def hubspot_row(row: dict[str, str]) -> DealRow:
    stage = (row.get("Deal Stage") or "").strip()
    is_closed, is_won = hubspot_outcome(stage)
    return DealRow(
        external_id=_required(row, "Deal ID"), name=_required(row, "Deal Name"),
        account=(row.get("Associated Company") or row.get("Company Name") or "").strip(),
        amount=parse_amount(row.get("Amount", "")), stage=stage,
        is_closed=is_closed, is_won=is_won,
        close_date=parse_date(row.get("Close Date", ""), "Close Date"),
        kind=(row.get("Pipeline") or "").strip(),
    )


def detect(headers: list[str], path: Path) -> str:
    present = {h.strip() for h in headers}
    for crm, wanted in (("salesforce", SALESFORCE), ("hubspot", HUBSPOT)):
        if set(wanted) <= present:
            return crm
    best = max((SALESFORCE, HUBSPOT), key=lambda wanted: len(set(wanted) & present))
    missing = [h for h in best if h not in present]
    raise UserError(
        f"{path.name} is not a Salesforce or HubSpot opportunity export: the header row "
        f"lacks {', '.join(missing)}. Export with the standard columns (Salesforce: "
        f"{', '.join(SALESFORCE)}; HubSpot: {', '.join(HUBSPOT)}).")


def read_rows(path: Path) -> tuple[str, list[tuple[int, DealRow | BadValue]]]:
    """The dialect and each data row (by its line in the file) parsed or failed."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            headers = [h.strip() for h in (reader.fieldnames or [])]
            if not headers:
                raise UserError(f"{path.name} is empty; export the deals with a header row.")
            reader.fieldnames = headers
            crm = detect(headers, path)
            parse = salesforce_row if crm == "salesforce" else hubspot_row
            rows: list[tuple[int, DealRow | BadValue]] = []
            for row in reader:
                line = reader.line_num
                if not any((value or "").strip() for value in row.values()
                           if isinstance(value, str)):
                    continue
                try:
                    rows.append((line, parse(row)))
                except BadValue as problem:
                    rows.append((line, problem))
            return crm, rows
    except FileNotFoundError:
        raise UserError(f"{path} does not exist.") from None
    except UnicodeDecodeError:
        raise UserError(f"{path.name} is not UTF-8 text; export it as CSV (UTF-8).") from None
    except csv.Error as exc:
        raise UserError(f"{path.name} is not valid CSV ({exc}).") from None


def import_deals(session: Session, path: Path, now: datetime | None = None
                 ) -> DealImportReport:
    """Create or update each good row's deal; report each bad row. One transaction."""
    crm, rows = read_rows(path)
    report = DealImportReport(crm=crm)
    now = now or datetime.now()
    good = [(line, row) for line, row in rows if isinstance(row, DealRow)]
    for line, row in rows:
        if isinstance(row, BadValue):
            report.errors.append(RowError(line, row.field_name, str(row)))
    known = {d.external_id: d for d in session.scalars(
        select(Deal).where(Deal.crm == crm,
                           Deal.external_id.in_([row.external_id for _l, row in good])))}
    seen: dict[str, int] = {}
    for line, row in good:
        if row.external_id in seen:
            report.errors.append(RowError(
                line, "Id" if crm == "salesforce" else "Deal ID",
                f"'{row.external_id}' is already on line {seen[row.external_id]}; the first "
                "row was kept"))
            continue
        seen[row.external_id] = line
        values = {"name": row.name, "account": row.account, "amount": row.amount,
                  "stage": row.stage, "is_closed": row.is_closed, "is_won": row.is_won,
                  "close_date": row.close_date, "kind": row.kind}
        deal = known.get(row.external_id)
        if deal is None:
            session.add(Deal(crm=crm, external_id=row.external_id, imported_at=now,
                             updated_at=now, **values))
            report.created += 1
        elif any(getattr(deal, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(deal, name, value)
            deal.updated_at = now
            report.updated += 1
        else:
            report.unchanged += 1
    session.flush()
    return report
