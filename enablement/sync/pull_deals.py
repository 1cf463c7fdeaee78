"""Pull the team's deals: the newest CRM import of each deal wins, by ``updated_at``.

A few thousand rows at most, read whole at each sync, so a refused deal is reported at
every sync until the hub is put right. Deals pulled here are not this laptop's to push
back (``outbox.never_pushed``).
"""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from enablement.store.models import Deal
from enablement.store.outbox import never_pushed
from enablement.sync import hub, validate_rows
from enablement.sync.validate import Refusal, refuse
from enablement.sync.validate_fields import Refused, plain

DEAL_FIELDS = ("name", "account", "amount", "stage", "is_closed", "is_won", "close_date",
               "kind", "updated_at")


def pull_deals(sessions: sessionmaker[Session], engine: Engine,
               refused: list[Refusal] | None = None) -> int:
    """Every hub deal newer than ours; returns how many changed here."""
    sink = refused if refused is not None else []
    with engine.connect() as conn:
        rows = list(conn.execute(hub.raw_select(hub.hub_deals)))
    changed = 0
    with sessions.begin() as session, never_pushed(session):
        local = {(d.crm, d.external_id): d for d in session.scalars(select(Deal))}
        for row in rows:
            try:
                found = validate_rows.deal(row._mapping)
            except Refused as problem:
                refuse(sink, "deal", plain(row.deal_key, 80), problem)
                continue
            deal = local.get((found.crm, found.external_id))
            if deal is not None and deal.updated_at >= found.updated_at:
                continue
            if deal is None:
                deal = Deal(crm=found.crm, external_id=found.external_id,
                            imported_at=found.updated_at)
                session.add(deal)
                local[(found.crm, found.external_id)] = deal
            for name in DEAL_FIELDS:
                setattr(deal, name, getattr(found, name))
            changed += 1
    return changed
