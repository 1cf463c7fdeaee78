"""What every Insights query shares: the filter as SQL, and the assets' effective tags.

Filters: the period (``since``/``until``, inclusive dates) applies to every event; the
rep narrows events to that person's; the stage narrows assets to those tagged with it
(scorecard, top and bottom, stale, coverage columns, and the usage and ratings counted
in trends and adoption), and requests and searches to those naming that stage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, Row, text

from enablement.insights.results import InsightFilter

RowsFn = Callable[..., list[Row]]  # (sql, extra params) -> rows, with the scope's params

_RANK = ("CASE origin WHEN 'manual' THEN 4 WHEN 'manifest' THEN 3 WHEN 'sidecar' THEN 3 "
         "WHEN 'properties' THEN 2 ELSE 1 END")
# An asset's effective tags for a few facets (tagging.effective, in SQL): the rows of the
# best-ranked origin per facet, a manual empty value meaning "cleared". Written once per
# compute into a temporary table, as the scorecard, the stage filter and the coverage map
# all read it.
EFFECTIVE_TAGS = f"""
    CREATE TEMP TABLE insight_tags AS
    WITH ranked AS (SELECT asset_id, facet, value_key, {_RANK} AS r FROM asset_tags
                    WHERE facet IN ('kind', 'stage', 'objection')),
         best AS (SELECT asset_id, facet, MAX(r) AS r FROM ranked GROUP BY asset_id, facet)
    SELECT ranked.asset_id, ranked.facet, ranked.value_key FROM ranked
    JOIN best USING (asset_id, facet, r) WHERE ranked.value_key != ''
"""
USES = "('opened', 'exported', 'used_on_call')"  # the actions counted as uses


@dataclass(frozen=True)
class Scope:
    """The bind parameters and WHERE fragments every query shares."""

    params: dict[str, object]
    stage: str | None
    rep: str | None

    def events(self, alias: str = "", scoped: bool = False) -> str:
        """Period and rep conditions for an event table (``scoped``: asset in scope)."""
        p = f"{alias}." if alias else ""
        parts = [f"{p}created_at >= :lo", f"{p}created_at < :hi"]
        if self.rep:
            parts.append(f"{p}user_name = :rep")
        if scoped and self.stage:
            parts.append(f"{p}asset_id IN (SELECT asset_id FROM insight_tags "
                         "WHERE facet = 'stage' AND value_key = :stage)")
        return " AND ".join(parts)

    def search_stage(self, alias: str = "s") -> str:
        """With a stage filter, the condition that a search was filtered on it."""
        if not self.stage:
            return ""
        return (f" AND EXISTS (SELECT 1 FROM json_each({alias}.filters, '$.stage') "
                "WHERE json_each.value = :stage)")


def scope_of(flt: InsightFilter, today: date) -> Scope:
    """``flt`` as bind parameters: timestamps from ``lo`` up to (not including) ``hi``,
    the day after the last; dates from ``lo_day`` to ``hi_day`` inclusive."""
    until = flt.until or today
    params: dict[str, object] = {
        "lo": flt.since.isoformat() if flt.since else "0000-01-01",
        "hi": date.fromordinal(until.toordinal() + 1).isoformat(),
        "lo_day": flt.since.isoformat() if flt.since else "0000-01-01",
        "hi_day": until.isoformat(),
        "rep": flt.rep, "stage": flt.stage,
    }
    return Scope(params, flt.stage, flt.rep)


def as_datetime(value: object) -> datetime | None:
    """A timestamp as SQLite returns it (text, or already a datetime), or None."""
    if value is None or isinstance(value, datetime):
        return value  # type: ignore[return-value]
    return datetime.fromisoformat(str(value))


def as_date(value: object) -> date | None:
    """A date as SQLite returns it (text, or already a date), or None."""
    if value is None or isinstance(value, date):
        return value  # type: ignore[return-value]
    return date.fromisoformat(str(value)[:10])


def row_reader(conn: Connection, scope: Scope) -> RowsFn:
    """Run SQL on ``conn`` with the scope's bind parameters (and any ``extra``)."""

    def rows(sql: str, extra: dict[str, object] | None = None) -> list[Row]:
        return list(conn.execute(text(sql), {**scope.params, **(extra or {})}))
    return rows
