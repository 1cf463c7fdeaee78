"""Writing a told demo history: bulk inserts in one transaction, never pushed to a hub.

Made-up activity must never reach a team hub, so everything is written inside
``outbox.never_pushed``: the triggers that keep the sync outbox (and the daily activity
Insights reads) fire as for any write, and the outbox rows are dropped again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from enablement.store.models import Asset, Base
from enablement.store.outbox import never_pushed


def write(session: Session, tables: Mapping[type[Base], list[dict[str, Any]]],
          asset_updates: list[dict[str, Any]]) -> None:
    """Insert ``tables`` in their order (one statement a table) and apply the changes
    to asset columns the story needs."""
    with never_pushed(session):
        for model, rows in tables.items():
            if rows:
                session.execute(insert(model), rows)
    if asset_updates:
        session.execute(update(Asset), asset_updates)
