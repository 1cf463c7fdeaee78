"""A generated history of team activity, so Insights means something on the demo's first run.

A fresh library has no ratings, usage or searches, so the Insights view would show no
lift, no gap and no stale content. :func:`generate` writes a few believable months of
them (about 20 Salesforce deals a month, eight reps) with a story planted in it:

- a few assets tagged for the decision stage or the security objection, and customer
  stories, are used more on won deals, so they show a positive lift;
- one or two assets are rated low (the oldest expired one first), and some are never
  used, or not for months, so they show up as stale;
- most usage and ratings naming a closed deal are dated on or before its close date (so
  they count as influence); a few onboarding uses after a win are not;
- a few searches recur and find nothing ("fedramp", "coupa") and lead to content
  requests; objections heard on expansions and renewals (contract terms, price) have no
  well-rated answer in the demo, so the coverage map shows gaps there.

It never touches the asset files, but it changes two asset columns the story needs:
``imported_at`` moves back to the first day of the period (the content must predate the
activity, and "unused for 90 days" counts only assets imported before then), and, only
when no asset has expired yet, the low-rated asset's ``expires_on`` is set to a past
date so "expired" shows up. Competitors met are taxonomy values (added when missing).

Deterministic for a seed and ``today`` (ids aside), one transaction, bulk inserts, and
never pushed to a team hub. A library that already has a rating, a usage or a search
event is left alone (``skipped``), so running it twice never doubles history.

The parts: cast.py (who and what: reps, deal kinds, queries, what reps say),
calendar.py (the period, working days and hours), content.py (the library's assets as
the story sees them), deals.py, searches.py, notes.py (field notes, requests), story.py
(the reps at work, in one order of random draws) and writing.py (the bulk inserts).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from enablement.changes import Changes
from enablement.demo.content import competitors, load_assets
from enablement.demo.story import Story
from enablement.demo.writing import write
from enablement.store.models import (
    Base,
    ContentRequest,
    Deal,
    FieldNote,
    RatingEvent,
    SearchEvent,
    UsageEvent,
)

if TYPE_CHECKING:
    from enablement.library import Library


@dataclass(frozen=True)
class HistorySummary:
    """What :func:`generate` added; all zero with ``skipped`` when it added nothing."""

    reps: int = 0
    deals: int = 0
    ratings: int = 0
    usage_events: int = 0
    searches: int = 0
    field_notes: int = 0
    requests: int = 0
    skipped: bool = False


def generate(library: Library, *, today: date | None = None, months: int = 6,
             seed: int = 7, session_began: datetime | None = None) -> HistorySummary:
    """Add ``months`` of generated history ending the day before ``today``; skipped when
    the library already has ratings, usage or searches, or no assets.

    ``session_began``: when the first run that asks for the history began. Searches
    since then are that person's, typed while the demo was importing: they are not
    history the demo would be laid over, so they do not stop it (a rating or a use
    does)."""
    if months < 1:
        raise ValueError(f"months must be at least 1, not {months}")
    today = today or date.today()
    taxonomy = library.taxonomy()
    with library.sessions.begin() as session:
        if _has_history(session, session_began):
            return HistorySummary(skipped=True)
        assets = load_assets(session, taxonomy)
        if not assets:
            return HistorySummary(skipped=True)
        met = competitors(session)
        taken = set(session.scalars(select(Deal.external_id).where(Deal.crm == "salesforce")))
        first_id = (session.scalar(select(Deal.id).order_by(Deal.id.desc()).limit(1)) or 0) + 1
        story = Story(random.Random(seed), today, months, taxonomy, assets, met, first_id,
                      taken)
        story.tell()
        tables = story.tables()
        write(session, tables, story.asset_updates)
    library.changed(Changes(taxonomy=True))  # competitors the reps met joined it
    return _summary(tables)


def _has_history(session: Session, session_began: datetime | None = None) -> bool:
    searches = select(SearchEvent.id).limit(1)
    if session_began is not None:
        searches = searches.where(SearchEvent.created_at < session_began)
    return session.scalar(searches) is not None or any(
        session.scalar(select(model.id).limit(1)) is not None
        for model in (RatingEvent, UsageEvent))


def _summary(tables: dict[type[Base], list[dict[str, Any]]]) -> HistorySummary:
    people = {row["user_name"] for model, rows in tables.items() if model is not Deal
              for row in rows}
    return HistorySummary(
        reps=len(people), deals=len(tables[Deal]),
        ratings=len(tables[RatingEvent]), usage_events=len(tables[UsageEvent]),
        searches=len(tables[SearchEvent]), field_notes=len(tables[FieldNote]),
        requests=len(tables[ContentRequest]))
