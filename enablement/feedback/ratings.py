"""Stars a rep gives an asset, and the rating the library ranks by.

A rating is an append-only event (see models.RatingEvent); a person's current rating of
an asset is their latest event, so changing one's mind never loses history and a sync
can merge events from many laptops.

The rating shown and sorted on is a Bayesian average: ``(C * m + sum) / (C + n)``, where
``n`` and ``sum`` are the count and total of the current ratings of the asset, ``m`` is the
mean of all current ratings in the library (3.0 before any) and ``C`` = PRIOR_WEIGHT. One
five-star vote therefore does not beat twenty votes averaging 4.6; an unrated asset sits
at the library mean.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from enablement.errors import UserError
from enablement.store.models import Asset, RatingEvent

PRIOR_WEIGHT = 5.0
NEUTRAL_MEAN = 3.0


@dataclass(frozen=True)
class RatingSummary:
    votes: int
    mean: float | None  # plain average of current ratings; None when unrated
    bayesian: float
    helped_yes: int = 0  # current ratings saying it helped move the deal
    helped_no: int = 0


def rate(session: Session, asset_id: int, user_name: str, stars: int,
         when: datetime | None = None, *, helped: bool | None = None,
         deal_id: int | None = None, deal_name: str = "",
         objections: Sequence[str] = (), comment: str = "") -> RatingEvent:
    """Record ``user_name``'s rating; a later call replaces it as their current one.

    The rest of the form is optional: whether it helped move the deal, the deal (an
    imported one by id, or just a typed name; see feedback.resolve_deal), the objection
    keys it answered, and a comment on where it fell short.
    """
    if not user_name.strip():
        raise UserError("Set your name in Settings before rating, so your rating is yours.")
    if not isinstance(stars, int) or not 1 <= stars <= 5:
        raise UserError(f"A rating is 1 to 5 stars, not {stars!r}.")
    if session.get(Asset, asset_id) is None:
        raise UserError(f"Asset {asset_id} is no longer in the library; search again.")
    event = RatingEvent(id=str(uuid.uuid4()), asset_id=asset_id, user_name=user_name.strip(),
                        stars=stars, created_at=when or datetime.now(), helped=helped,
                        deal_id=deal_id, deal_name=deal_name.strip(),
                        objections=json.dumps(sorted(set(objections))),
                        comment=comment.strip())
    session.add(event)
    session.flush()
    return event


def _current():  # noqa: ANN202 - a SQLAlchemy subquery
    """Each person's latest rating of each asset."""
    ranked = select(
        RatingEvent.asset_id, RatingEvent.user_name, RatingEvent.stars,
        func.row_number().over(
            partition_by=(RatingEvent.asset_id, RatingEvent.user_name),
            order_by=(RatingEvent.created_at.desc(), RatingEvent.id.desc()),
        ).label("newest"),
    ).subquery()
    return select(ranked.c.asset_id, ranked.c.user_name, ranked.c.stars).where(
        ranked.c.newest == 1).subquery()


def my_rating(session: Session, asset_id: int, user_name: str) -> int | None:
    current = _current()
    return session.scalar(select(current.c.stars).where(
        current.c.asset_id == asset_id, current.c.user_name == user_name.strip()))


@dataclass(frozen=True)
class MyRating:
    """A rep's current rating with the whole form, to fill the form when they change it."""

    stars: int
    helped: bool | None
    deal_id: int | None
    deal_name: str
    objections: tuple[str, ...]
    comment: str
    created_at: datetime


def my_full_rating(session: Session, asset_id: int, user_name: str) -> MyRating | None:
    event = session.scalars(
        select(RatingEvent).where(RatingEvent.asset_id == asset_id,
                                  RatingEvent.user_name == user_name.strip())
        .order_by(RatingEvent.created_at.desc(), RatingEvent.id.desc()).limit(1)).first()
    if event is None:
        return None
    return MyRating(event.stars, event.helped, event.deal_id, event.deal_name,
                    tuple(json.loads(event.objections or "[]")), event.comment,
                    event.created_at)


# Plain SQL: these run with every search (sort and the stars on each row), and a fixed
# text is prepared once where a freshly built ORM subquery is compiled every time.
_CURRENT = """
    SELECT asset_id, stars, helped FROM (
        SELECT asset_id, stars, helped, ROW_NUMBER() OVER (
            PARTITION BY asset_id, user_name ORDER BY created_at DESC, id DESC) AS newest
        FROM rating_events)
    WHERE newest = 1
"""
_MEAN = text(f"SELECT AVG(stars) FROM ({_CURRENT})")
_COLUMNS = ("asset_id, COUNT(*), SUM(stars), COALESCE(SUM(helped = 1), 0), "
            "COALESCE(SUM(helped = 0), 0)")
_BY_ASSET = text(f"SELECT {_COLUMNS} FROM ({_CURRENT}) "
                 "WHERE asset_id IN :ids GROUP BY asset_id"
                 ).bindparams(bindparam("ids", expanding=True))
_ALL_ASSETS = text(f"SELECT {_COLUMNS} FROM ({_CURRENT}) GROUP BY asset_id")


def library_mean(session: Session) -> float:
    mean = session.execute(_MEAN).scalar()
    return float(mean) if mean is not None else NEUTRAL_MEAN


def summaries(session: Session, asset_ids: Iterable[int] | None = None
              ) -> tuple[dict[int, RatingSummary], float]:
    """Rating of each rated asset (of ``asset_ids``, or all), and the library mean that
    every unrated asset gets."""
    prior = library_mean(session)
    if asset_ids is None:
        rows = session.execute(_ALL_ASSETS)
    else:
        wanted = list(asset_ids)
        if not wanted:
            return {}, prior
        rows = session.execute(_BY_ASSET, {"ids": wanted})
    found = {}
    for asset_id, votes, total, yes, no in rows:
        found[asset_id] = RatingSummary(
            votes=votes, mean=total / votes,
            bayesian=(PRIOR_WEIGHT * prior + total) / (PRIOR_WEIGHT + votes),
            helped_yes=yes, helped_no=no)
    return found, prior


def unrated(prior: float) -> RatingSummary:
    return RatingSummary(votes=0, mean=None, bayesian=prior)
