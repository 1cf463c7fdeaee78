"""Stale content: what marketing should review, retire or rewrite.

Stale is about now, not the period. The definition, as PRODUCT.md states it:

Stale content
    Expired (expiry date passed), unused for ``unused_days`` (no usage since, and
    imported before then), or low rated (≥ MIN_VOTES_LOW votes, Bayesian < LOW_RATED).
"""

from __future__ import annotations

from datetime import date, datetime

from enablement.insights.results import AssetScore, StaleAsset
from enablement.insights.scope import USES, RowsFn, as_datetime

LOW_RATED = 2.5
MIN_VOTES_LOW = 3
UNUSED_DAYS = 90


def unused_assets(rows: RowsFn, today: date, unused_days: int) -> dict[int, datetime | None]:
    """Assets imported before the cutoff and not used since: id -> last use (or None)."""
    cutoff = date.fromordinal(today.toordinal() - unused_days).isoformat()
    return {r[0]: as_datetime(r[1]) for r in rows(f"""
        SELECT a.id, (SELECT MAX(created_at) FROM usage_events u WHERE u.asset_id = a.id
                      AND u.action IN {USES}) AS last
        FROM assets a WHERE a.imported_at < :cutoff AND NOT EXISTS (
            SELECT 1 FROM usage_events u WHERE u.asset_id = a.id AND u.action IN {USES}
            AND u.created_at >= :cutoff)""", {"cutoff": cutoff})}


def stale_assets(scorecard: list[AssetScore], unused: dict[int, datetime | None],
                 today: date, unused_days: int) -> list[StaleAsset]:
    """Stale is about now, not the period: expiry before today, no use in the last
    ``unused_days`` days (by anyone), or a low rating with enough votes to mean it."""
    found = []
    for score in scorecard:
        reasons = []
        if score.expires_on is not None and score.expires_on < today:
            reasons.append(f"expired {score.expires_on.isoformat()}")
        if score.asset_id in unused:
            reasons.append(f"unused for {unused_days}+ days")
        if score.votes >= MIN_VOTES_LOW and score.rating < LOW_RATED:
            reasons.append(f"low rated ({score.rating:.1f} from {score.votes} votes)")
        if reasons:
            found.append(StaleAsset(score.asset_id, score.title, tuple(reasons),
                                    score.expires_on, unused.get(score.asset_id),
                                    score.rating, score.votes))
    return sorted(found, key=lambda s: (-len(s.reasons), s.title.lower()))
