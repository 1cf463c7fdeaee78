"""The demo's field notes and content requests: what reps heard and what they asked for.

Objections are heard at the stage a deal was in, competitors met on the deals that had
one, and a few onboarding worries after a win; requests mostly follow a search that
found nothing, a minute or so later.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from enablement.demo.calendar import Calendar
from enablement.demo.cast import COMPETITOR_NOTES, NOTES, ONBOARDING_NOTES, REPS, REQUESTS, Rep
from enablement.demo.deals import DemoDeal
from enablement.demo.draws import new_id

Row = dict[str, Any]


class Notebook:
    """The story's field notes and content requests, as rows of their tables."""

    def __init__(self, rng: random.Random, calendar: Calendar, stages: set[str],
                 objections: list[str], competitor_labels: dict[str, str]) -> None:
        self.rng = rng
        self.calendar = calendar
        self.stages = stages
        self.objections = objections
        self.competitor_labels = competitor_labels
        self.notes: list[Row] = []
        self.requested: list[Row] = []

    def deal_notes(self, deal: DemoDeal, end: date) -> None:
        """Objections heard (at the stage the deal was in) and competitors met."""
        rng, rep, cal = self.rng, deal.owner, self.calendar
        keen = 0.35 + 0.4 * rep.adoption
        for objection in deal.objections:
            if rng.random() < keen:
                day = cal.workday(deal.opened, end)
                stage = "" if rng.random() < 0.12 else deal.heard_at(day)
                self._note(rep, "objection", objection, stage, deal, day,
                           rng.choice(NOTES.get(objection, ("",))))
        if deal.competitor and rng.random() < keen + 0.15:
            day = cal.workday(deal.opened, end)
            stage = deal.heard_at(day)
            label = self.competitor_labels[deal.competitor]
            self._note(rep, "competitor", deal.competitor, stage, deal, day,
                       rng.choice(COMPETITOR_NOTES).format(label))
        if deal.won and deal.kind == "New Business" and deal.close < cal.last:
            for objection, note in ONBOARDING_NOTES.items():
                if objection in self.objections and rng.random() < 0.4 * keen:
                    day = cal.workday(deal.close + timedelta(days=1),
                                      deal.close + timedelta(days=30))
                    if day > deal.close:
                        self._note(rep, "objection", objection, "onboarding", deal, day, note)

    def _note(self, rep: Rep, kind: str, value: str, stage: str, deal: DemoDeal | None,
              day: date, note: str) -> None:
        self.notes.append({
            "id": new_id(), "user_name": rep.name, "kind": kind, "value_key": value,
            "stage": stage if stage in self.stages else "",
            "deal_id": deal.id if deal else None, "deal_name": deal.name if deal else "",
            "note": note, "created_at": self.calendar.at(day)})

    def requests(self, zero_searches: dict[str, list[Row]]) -> None:
        """"Needed X, found nothing": most a minute after a search that found nothing."""
        rng, cal = self.rng, self.calendar
        for need, query, stage, objection in REQUESTS:
            if stage not in self.stages or objection not in self.objections:
                continue
            after = zero_searches.get(query) if query else None
            if after:
                search = rng.choice(after)
                user, when, search_id = (search["user_name"], search["created_at"]
                                         + timedelta(minutes=rng.randint(1, 4)), search["id"])
            elif query:
                continue  # the library has it: nobody would ask
            else:
                rep = rng.choice([r for r in REPS if r.activity >= 0.5])
                user, search_id = rep.name, None
                when = cal.at(cal.workday(cal.joined[rep.name], cal.last))
            self.requested.append({
                "id": new_id(), "user_name": user, "need": need, "query": query,
                "stage": stage, "objection": objection, "search_id": search_id,
                "created_at": when})
