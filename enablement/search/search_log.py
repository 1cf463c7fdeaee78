"""The search log: what reps look for, how much they find, and whether they opened it.

Marketing reads it for zero-result searches (content to make) and searches nobody
opened a result of (content that is there but does not convince).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from enablement.feedback.usage import ANONYMOUS
from enablement.store.models import SearchEvent, UsageEvent


def query_key(text: str) -> str:
    """How reports group searches: "HIPAA  audit " and "hipaa audit" are one query."""
    return " ".join(text.lower().split())


def record(session: Session, user_name: str, text: str, filters: dict[str, list[str]],
           sort: str, result_count: int, when: datetime | None = None) -> str:
    event = SearchEvent(
        id=str(uuid.uuid4()), user_name=user_name.strip() or ANONYMOUS, text=text.strip(),
        query_key=query_key(text),
        filters=json.dumps({f: sorted(v) for f, v in filters.items() if v}, sort_keys=True),
        sort=sort, result_count=result_count, created_at=when or datetime.now())
    session.add(event)
    session.flush()
    return event.id


@dataclass(frozen=True)
class LoggedSearch:
    text: str
    filters: dict[str, list[str]]
    result_count: int
    opened: bool
    user_name: str
    created_at: datetime


def recent(session: Session, limit: int = 100) -> list[LoggedSearch]:
    """Newest first, each with whether any result was opened or previewed from it."""
    opened = exists().where(UsageEvent.search_id == SearchEvent.id)
    rows = session.execute(
        select(SearchEvent, opened.label("opened"))
        .order_by(SearchEvent.created_at.desc()).limit(limit))
    return [LoggedSearch(event.text, json.loads(event.filters), event.result_count,
                         bool(was_opened), event.user_name, event.created_at)
            for event, was_opened in rows]
