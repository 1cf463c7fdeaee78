"""Usage events: recorded by the window as reps preview, open and export assets, and
when a rep says an asset was used on a call (optionally naming the deal)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from enablement.errors import UserError
from enablement.store.models import USAGE_ACTIONS, Asset, Deal, UsageEvent

ANONYMOUS = "(no name set)"


def record(session: Session, asset_ids: Sequence[int], user_name: str, action: str,
           deal_id: int | None = None, when: datetime | None = None,
           search_id: str | None = None) -> list[str]:
    """One event per asset; returns their ids. A missing name is recorded as such (usage
    still counts); saying "used on a call" needs a name, as it is the rep's own claim."""
    if action not in USAGE_ACTIONS:
        raise UserError(f"Unknown action '{action}'; use one of: {', '.join(USAGE_ACTIONS)}.")
    user = user_name.strip()
    if not user and action == "used_on_call":
        raise UserError("Set your name in Settings before saying you used an asset on a call.")
    if deal_id is not None and session.get(Deal, deal_id) is None:
        raise UserError(f"Deal {deal_id} is not in the library; import deals first.")
    known = set(session.scalars(select(Asset.id).where(Asset.id.in_(list(asset_ids)))))
    ids = []
    for asset_id in asset_ids:
        if asset_id not in known:
            continue  # removed meanwhile: nothing to count
        event = UsageEvent(id=str(uuid.uuid4()), asset_id=asset_id, user_name=user or ANONYMOUS,
                           action=action, deal_id=deal_id, created_at=when or datetime.now(),
                           search_id=search_id)
        session.add(event)
        ids.append(event.id)
    session.flush()
    return ids


@dataclass(frozen=True)
class UsageCounts:
    previewed: int = 0
    opened: int = 0
    exported: int = 0
    used_on_call: int = 0
    last_used: datetime | None = None


def counts(session: Session, asset_id: int) -> UsageCounts:
    rows = dict(session.execute(
        select(UsageEvent.action, func.count()).where(UsageEvent.asset_id == asset_id)
        .group_by(UsageEvent.action)).all())
    last = session.scalar(select(func.max(UsageEvent.created_at)).where(
        UsageEvent.asset_id == asset_id))
    return UsageCounts(**{action: rows.get(action, 0) for action in USAGE_ACTIONS},
                       last_used=last)
