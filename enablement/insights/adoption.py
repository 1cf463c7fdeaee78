"""Adoption and trends: who uses the library, and how use changes month by month.

Both come from one set of counts per (rep, month) (``Activity``): adoption sums them by
rep (most active first), trends by month (oldest first). A stage filter counts only the
usage and ratings of assets tagged with it, and the searches, notes and requests naming
it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from enablement.insights.results import MonthTrend, RepAdoption
from enablement.insights.scope import USES, RowsFn, Scope, as_datetime

_COUNTS = ("searches", "zero", "unclicked", "views", "uses", "calls", "ratings", "stars",
           "notes", "requests")


@dataclass
class Activity:
    """Counts per (rep, month), from the daily rollup ``activity_days`` (a few thousand
    rows, kept by triggers) or, with a stage filter, from one streaming pass per event
    table over its (user_name, month) index; adoption sums them by rep and trends by
    month."""

    cells: dict[tuple[str, str], dict[str, int]]
    last: dict[str, str]

    @classmethod
    def collect(cls, rows: RowsFn, scope: Scope) -> Activity:
        """Every count in scope; ``last`` is each rep's latest activity."""
        cells: dict[tuple[str, str], dict[str, int]] = {}
        last: dict[str, str] = {}

        def add(user: str, month: str, latest: object, **values: int) -> None:
            cell = cells.setdefault((user, month), dict.fromkeys(_COUNTS, 0))
            for name, value in values.items():
                cell[name] += value or 0
            if latest is not None and str(latest) > last.get(user, ""):
                last[user] = str(latest)

        if scope.stage:
            cls._from_events(rows, scope, add)
        else:
            rep = " AND user_name = :rep" if scope.rep else ""
            for (user, m, searches, zero, unclicked, views, uses, calls, n, stars,
                 latest) in rows(f"""
                    SELECT user_name, substr(day, 1, 7), SUM(searches), SUM(zero_results),
                           SUM(unclicked), SUM(views), SUM(uses), SUM(calls), SUM(ratings),
                           SUM(stars), MAX(last_at)
                    FROM activity_days WHERE day >= :lo_day AND day <= :hi_day{rep}
                    GROUP BY user_name, substr(day, 1, 7)
                    HAVING SUM(searches) + SUM(views) + SUM(uses) + SUM(ratings) > 0"""):
                add(user, m, latest, searches=searches, zero=zero, unclicked=unclicked,
                    views=views, uses=uses, calls=calls, ratings=n, stars=stars)
        stage = " AND stage = :stage" if scope.stage else ""
        month = "substr(created_at, 1, 7)"
        for table, name in (("field_notes", "notes"), ("content_requests", "requests")):
            for user, m, n, latest in rows(f"""
                    SELECT user_name, {month}, COUNT(*), MAX(created_at) FROM {table}
                    WHERE {scope.events()}{stage} GROUP BY user_name, {month}"""):
                add(user, m, latest, **{name: n})
        return cls(cells, last)

    @staticmethod
    def _from_events(rows: RowsFn, scope: Scope, add: Callable[..., None]) -> None:
        """With a stage filter the daily rollup cannot say which asset or search had
        which stage, so count from the events, through their (user, month) indexes."""
        month = "substr(created_at, 1, 7)"
        for user, m, n, zero, unclicked, latest in rows(f"""
                SELECT user_name, {month}, COUNT(*), SUM(result_count = 0),
                       SUM(result_count > 0 AND NOT opened), MAX(created_at)
                FROM search_events s INDEXED BY ix_search_events_user_month
                WHERE {scope.events('s')}{scope.search_stage('s')} GROUP BY user_name, {month}"""):
            add(user, m, latest, searches=n, zero=zero, unclicked=unclicked)
        for user, m, views, uses, calls, latest in rows(f"""
                SELECT user_name, {month}, SUM(action = 'previewed'), SUM(action IN {USES}),
                       SUM(action = 'used_on_call'), MAX(created_at)
                FROM usage_events INDEXED BY ix_usage_events_user_month
                WHERE {scope.events(scoped=True)} GROUP BY user_name, {month}"""):
            add(user, m, latest, views=views, uses=uses, calls=calls)
        for user, m, n, stars in rows(f"""
                SELECT user_name, {month}, COUNT(*), SUM(stars)
                FROM rating_events INDEXED BY ix_rating_events_user_month
                WHERE {scope.events(scoped=True)} GROUP BY user_name, {month}"""):
            add(user, m, None, ratings=n, stars=stars)

    def total(self, name: str) -> int:
        return sum(cell[name] for cell in self.cells.values())

    def _summed(self, position: int) -> dict[str, dict[str, int]]:
        sums: dict[str, dict[str, int]] = {}
        for key, cell in self.cells.items():
            into = sums.setdefault(key[position], dict.fromkeys(_COUNTS, 0))
            for name, value in cell.items():
                into[name] += value
        return sums

    def adoption(self) -> list[RepAdoption]:
        found = [RepAdoption(
            user_name=user, searches=v["searches"], zero_result_searches=v["zero"],
            views=v["views"], uses=v["uses"], used_on_call=v["calls"], ratings=v["ratings"],
            field_notes=v["notes"], requests=v["requests"],
            last_active=as_datetime(self.last.get(user))) for user, v in self._summed(0).items()]
        return sorted(found, key=lambda a: (-(a.uses + a.ratings + a.searches), a.user_name))

    def trends(self) -> list[MonthTrend]:
        return [MonthTrend(
            month=month, searches=v["searches"], zero_result_searches=v["zero"],
            views=v["views"], uses=v["uses"], ratings=v["ratings"],
            mean_stars=v["stars"] / v["ratings"] if v["ratings"] else None,
            field_notes=v["notes"], requests=v["requests"])
            for month, v in sorted(self._summed(1).items())]


def all_reps(rows: RowsFn) -> list[str]:
    """Everyone who did anything, at any time: the rep filter's choices."""
    names = {r[0] for r in rows("""
        SELECT DISTINCT user_name FROM activity_days UNION
        SELECT DISTINCT user_name FROM field_notes UNION
        SELECT DISTINCT user_name FROM content_requests""")}
    return sorted(names, key=str.lower)
