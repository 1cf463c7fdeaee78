"""The demo's CRM deals: made up as a Salesforce export would hold them, about 20 a
month, each with its owner, its fate (open, won, lost), its competitor and objections.
"""

from __future__ import annotations

import math
import random
import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from enablement.demo.calendar import Calendar
from enablement.demo.cast import (
    AMOUNTS,
    CLOSED_SHARE,
    CUSTOMER_OBJECTIONS,
    DEAL_TYPES,
    INDUSTRIES,
    OBJECTION_WEIGHTS,
    OPEN_STAGES,
    PLACES,
    REPS,
    SECURITY_MINDED,
    Rep,
)
from enablement.demo.draws import choice, sample


@dataclass
class DemoDeal:
    """A made-up opportunity, with what the story needs beyond its CRM row."""

    id: int
    external_id: str
    name: str
    account: str
    kind: str
    industry: str
    amount: float
    owner: Rep
    opened: date
    close: date
    closed: bool
    won: bool
    engaged: bool  # its owner used content on it
    competitor: str | None
    objections: tuple[str, ...]

    def stage_name(self, today: date) -> str:
        if self.closed:
            return "Closed Won" if self.won else "Closed Lost"
        done = (today - self.opened).days / max(1, (self.close - self.opened).days)
        return OPEN_STAGES[min(len(OPEN_STAGES) - 1, int(done * len(OPEN_STAGES)))]

    def heard_at(self, day: date) -> str:
        """The stage an objection or competitor comes up at: evaluation or decision."""
        if self.kind != "New Business":
            return "expansion"
        done = (day - self.opened).days / max(1, (self.close - self.opened).days)
        return "consideration" if done < 0.55 else "decision"

    def phase_stages(self, day: date) -> tuple[str, ...]:
        """The buying stages content fits on ``day`` of the deal."""
        if self.kind != "New Business":
            return ("expansion", "decision")
        done = (day - self.opened).days / max(1, (self.close - self.opened).days)
        if done < 0.3:
            return ("awareness", "consideration")
        return ("consideration",) if done < 0.65 else ("decision", "consideration")


class DealMaker:
    """Makes the period's deals one at a time (``make``), then their CRM rows (``rows``)."""

    def __init__(self, rng: random.Random, calendar: Calendar,
                 competitors: list[tuple[str, str, float]], objections: list[str],
                 first_deal_id: int, taken_ids: set[str]) -> None:
        self.rng = rng
        self.calendar = calendar
        self.competitors = competitors
        self.objections = objections
        self.next_deal_id = first_deal_id
        self.taken_ids = taken_ids
        self.deals: list[DemoDeal] = []

    def make(self) -> None:
        rng, cal = self.rng, self.calendar
        kind, word, _share, win_rate, cycle = choice(rng, DEAL_TYPES, [t[2] for t in DEAL_TYPES])
        industry, _w, patterns = choice(rng, INDUSTRIES, [i[1] for i in INDUSTRIES])
        span = (cal.last - cal.start).days
        closed = rng.random() < CLOSED_SHARE
        length = rng.randint(*cycle)
        if closed:
            close = cal.start + timedelta(days=rng.randint(min(14, span), span))
            opened = max(cal.start, close - timedelta(days=length))
        else:  # in the pipeline: opened some weeks ago, closing in the coming months
            opened = max(cal.start, cal.today - timedelta(days=rng.randint(10, length + 30)))
            close = cal.today + timedelta(days=rng.randint(7, 120))
        eligible = [r for r in REPS if cal.joined[r.name] <= opened] or list(REPS[:1])
        owner = choice(rng, eligible, [r.pipeline for r in eligible])
        engaged = rng.random() < owner.adoption * cal.ramp(opened)
        won = closed and rng.random() < win_rate * (1.12 if engaged else 0.7)
        low, high = AMOUNTS[kind]
        amount = round(math.exp(rng.uniform(math.log(low), math.log(high))) / 500) * 500
        account = self._account(patterns, word)
        competitor = None
        if rng.random() < {"New Business": 0.65, "Upsell": 0.1}.get(kind, 0.25):
            competitor = choice(rng, self.competitors, [c[2] for c in self.competitors])[0]
        self.deals.append(DemoDeal(
            id=self.next_deal_id, external_id=self._external_id(), name=f"{account} – {word}",
            account=account, kind=kind, industry=industry, amount=float(amount), owner=owner,
            opened=opened, close=close, closed=closed, won=won, engaged=engaged,
            competitor=competitor, objections=self._objections(kind, industry, competitor)))
        self.next_deal_id += 1

    def _account(self, patterns: Sequence[str], word: str) -> str:
        names = {d.name for d in self.deals}
        for _ in range(40):
            account = self.rng.choice(patterns).format(self.rng.choice(PLACES))
            if f"{account} – {word}" not in names:
                return account
        return f"{account} {len(self.deals)}"

    def _external_id(self) -> str:
        while True:
            found = ("0065g00000" + "".join(self.rng.choices(string.ascii_letters
                                                             + string.digits, k=5))
                     + "".join(self.rng.choices(string.ascii_uppercase, k=3)))
            if found not in self.taken_ids:
                self.taken_ids.add(found)
                return found

    def _objections(self, kind: str, industry: str, competitor: str | None
                    ) -> tuple[str, ...]:
        weights = []
        for key in self.objections:
            weight = OBJECTION_WEIGHTS.get(key, 1.0)
            if kind != "New Business":
                weight *= CUSTOMER_OBJECTIONS.get(key, 1.0)
            if key == "security" and industry in SECURITY_MINDED:
                weight *= 2.5
            if key in ("incumbent", "switching") and competitor:
                weight *= 2
            weights.append(weight)
        count = choice(self.rng, (1, 2, 3), (0.35, 0.45, 0.2))
        return tuple(sample(self.rng, self.objections, weights, count))

    def rows(self) -> list[dict[str, Any]]:
        """The deals as rows of the deals table, as the morning CRM sync imported them."""
        cal = self.calendar
        rows = []
        for deal in self.deals:
            imported = datetime.combine(cal.synced_on_or_after(deal.opened), time(7, 0))
            changed = (cal.workday(deal.close, deal.close + timedelta(days=5)) if deal.closed
                       else cal.workday(cal.last - timedelta(days=7), cal.last))
            touched = cal.at(changed)
            rows.append({
                "id": deal.id, "crm": "salesforce", "external_id": deal.external_id,
                "name": deal.name, "account": deal.account, "amount": deal.amount,
                "stage": deal.stage_name(cal.today), "is_closed": deal.closed,
                "is_won": deal.won, "close_date": deal.close, "kind": deal.kind,
                "imported_at": imported, "updated_at": max(imported, touched)})
        return rows
