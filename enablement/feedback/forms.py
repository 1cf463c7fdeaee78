"""What reps tell marketing besides stars: which deal, field intelligence, requests.

- A **deal** is named the way a rep remembers it: an imported deal's CRM id, its name, or
  ``#<id>``; anything else is kept as a typed name (the rep may rate before the CRM
  export is imported, or offline) and still counts as "used on a deal" in reports.
- **Field notes** are objections heard and competitors met on a deal, with no asset; the
  coverage map weighs the library against them.
- **Content requests** are "needed X for Y, found nothing", usually one click from a
  search that found nothing (``search_id`` ties them together).

All are append-only rows with ids made on this machine, stored at once, so nothing
depends on a network.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from enablement.catalog.taxonomy import Taxonomy, ensure_value
from enablement.errors import UserError
from enablement.feedback import ratings
from enablement.store.models import ContentRequest, Deal, FieldNote, RatingEvent

MAX_TEXT = 2000


@dataclass(frozen=True)
class DealRef:
    """The deal a piece of feedback is about: an imported deal, or just a name."""

    deal_id: int | None
    name: str

    @property
    def is_known(self) -> bool:
        return self.deal_id is not None


NO_DEAL = DealRef(None, "")


@dataclass(frozen=True)
class DealChoice:
    deal_id: int
    label: str  # "Acme – Renewal (Closed Won, 2026-09-30)"
    is_closed: bool


def resolve_deal(session: Session, text: str | None) -> DealRef:
    """Find the imported deal ``text`` names, or keep it as a typed deal name."""
    wanted = (text or "").strip()
    if not wanted:
        return NO_DEAL
    if len(wanted) > 200:
        raise UserError("A deal name is at most 200 characters; use the CRM id or its name.")
    if wanted.startswith("#") and wanted[1:].isdigit():
        deal = session.get(Deal, int(wanted[1:]))
        if deal is None:
            raise UserError(f"There is no imported deal {wanted}; import deals first or "
                            "type the deal's name.")
        return DealRef(deal.id, deal.name)
    found = session.scalars(select(Deal).where(or_(
        Deal.external_id == wanted, func.lower(Deal.name) == wanted.lower()))
        .order_by(Deal.is_closed, Deal.id)).first()
    if found is not None:
        return DealRef(found.id, found.name)
    return DealRef(None, wanted)


def deal_choices(session: Session, typed: str = "", limit: int = 50) -> list[DealChoice]:
    """Imported deals for a picker: open ones first, then the most recently closed."""
    query = select(Deal)
    if typed.strip():
        like = f"%{typed.strip().lower()}%"
        query = query.where(or_(func.lower(Deal.name).like(like),
                                func.lower(Deal.account).like(like),
                                Deal.external_id == typed.strip()))
    query = query.order_by(Deal.is_closed, Deal.close_date.desc(), Deal.name).limit(limit)
    return [DealChoice(deal.id, _deal_label(deal), deal.is_closed)
            for deal in session.scalars(query)]


def _deal_label(deal: Deal) -> str:
    outcome = "open" if not deal.is_closed else ("won" if deal.is_won else "lost")
    when = f", {deal.close_date.isoformat()}" if deal.close_date else ""
    account = f"{deal.account} – " if deal.account and deal.account not in deal.name else ""
    return f"{account}{deal.name} ({outcome}{when})"


def _objection_keys(taxonomy: Taxonomy, objections: Sequence[str]) -> list[str]:
    return [taxonomy.resolve_or_explain("objection", text) for text in objections if text.strip()]


def _text(value: str, field: str) -> str:
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise UserError(f"The {field} is {len(value)} characters; keep it under {MAX_TEXT}.")
    return value


def rate(session: Session, taxonomy: Taxonomy, asset_id: int, user_name: str, stars: int, *,
         helped: bool | None = None, deal: str | DealRef | None = None,
         objections: Sequence[str] = (), comment: str = "",
         when: datetime | None = None) -> RatingEvent:
    """The whole rating form, validated; objections by key or label."""
    ref = deal if isinstance(deal, DealRef) else resolve_deal(session, deal)
    return ratings.rate(session, asset_id, user_name, stars, when, helped=helped,
                        deal_id=ref.deal_id, deal_name=ref.name,
                        objections=_objection_keys(taxonomy, objections),
                        comment=_text(comment, "comment"))


def log_field_note(session: Session, taxonomy: Taxonomy, user_name: str, kind: str,
                   value: str, *, stage: str = "", deal: str | DealRef | None = None,
                   note: str = "", when: datetime | None = None) -> FieldNote:
    """An objection heard (a taxonomy key or label) or a competitor met (a new one is
    added to the taxonomy, as competitors are an open list)."""
    user = user_name.strip()
    if not user:
        raise UserError("Set your name in Settings before logging what you heard.")
    if kind == "objection":
        key = taxonomy.resolve_or_explain("objection", value)
    elif kind == "competitor":
        if not value.strip():
            raise UserError("Name the competitor you met.")
        key = taxonomy.resolve("competitor", value) or ensure_value(
            session, "competitor", value.strip())
    else:
        raise UserError(f"Log an 'objection' or a 'competitor', not '{kind}'.")
    stage_key = taxonomy.resolve_or_explain("stage", stage) if stage.strip() else ""
    ref = deal if isinstance(deal, DealRef) else resolve_deal(session, deal)
    row = FieldNote(id=str(uuid.uuid4()), user_name=user, kind=kind, value_key=key,
                    stage=stage_key, deal_id=ref.deal_id, deal_name=ref.name,
                    note=_text(note, "note"), created_at=when or datetime.now())
    session.add(row)
    session.flush()
    return row


def request_content(session: Session, taxonomy: Taxonomy, user_name: str, need: str, *,
                    query: str = "", stage: str = "", objection: str = "",
                    search_id: str | None = None,
                    when: datetime | None = None) -> ContentRequest:
    user = user_name.strip()
    if not user:
        raise UserError("Set your name in Settings before requesting content, so "
                        "marketing can ask you about it.")
    need = _text(need, "request")
    if not need:
        raise UserError("Say what you needed, for example 'a case study for a bank "
                        "worried about migration'.")
    row = ContentRequest(
        id=str(uuid.uuid4()), user_name=user, need=need, query=query.strip(),
        stage=taxonomy.resolve_or_explain("stage", stage) if stage.strip() else "",
        objection=(taxonomy.resolve_or_explain("objection", objection)
                   if objection.strip() else ""),
        search_id=search_id, created_at=when or datetime.now())
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True)
class FieldNoteRow:
    kind: str
    value: str  # label
    stage: str  # label or ""
    deal: str
    note: str
    user_name: str
    created_at: datetime


def recent_field_notes(session: Session, taxonomy: Taxonomy, user_name: str | None = None,
                       limit: int = 50) -> list[FieldNoteRow]:
    query = select(FieldNote).order_by(FieldNote.created_at.desc()).limit(limit)
    if user_name:
        query = query.where(FieldNote.user_name == user_name.strip())
    return [FieldNoteRow(n.kind, taxonomy.label(n.kind, n.value_key),
                         taxonomy.label("stage", n.stage) if n.stage else "", n.deal_name,
                         n.note, n.user_name, n.created_at)
            for n in session.scalars(query)]
