"""Each person's activity per day, kept by triggers, for Insights.

Adoption by rep, trends by month and the search totals used to scan every search,
usage and rating event (a million on a busy team's library). One row per person and
day holds the same counts: a year of 40 reps is 15k rows. Triggers keep it in step with
every insert, the ``opened`` flag of a search and any delete, whoever writes (the
window, the command line, a sync), so it can never disagree with the events.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_USES = "('opened', 'exported', 'used_on_call')"


def _bump(values: str, updates: str) -> str:
    """An upsert of one (user, day) row: ``values`` for a new row, ``updates`` added."""
    return f"""
    INSERT INTO activity_days (user_name, day, searches, zero_results, unclicked, views,
                               uses, calls, ratings, stars, last_at)
    VALUES ({values})
    ON CONFLICT (user_name, day) DO UPDATE SET {updates};"""


_ADD = ("searches = searches + excluded.searches, "
        "zero_results = zero_results + excluded.zero_results, "
        "unclicked = unclicked + excluded.unclicked, views = views + excluded.views, "
        "uses = uses + excluded.uses, calls = calls + excluded.calls, "
        "ratings = ratings + excluded.ratings, stars = stars + excluded.stars, "
        "last_at = CASE WHEN last_at IS NULL OR excluded.last_at > last_at "
        "THEN excluded.last_at ELSE last_at END")


def _search(row: str, sign: int) -> str:
    last = f"{row}.created_at" if sign > 0 else "NULL"
    return (f"{row}.user_name, substr({row}.created_at, 1, 10), {sign}, "
            f"{sign} * ({row}.result_count = 0), "
            f"{sign} * ({row}.result_count > 0 AND NOT {row}.opened), 0, 0, 0, 0, 0, {last}")


def _usage(row: str, sign: int) -> str:
    last = f"{row}.created_at" if sign > 0 else "NULL"
    return (f"{row}.user_name, substr({row}.created_at, 1, 10), 0, 0, 0, "
            f"{sign} * ({row}.action = 'previewed'), {sign} * ({row}.action IN {_USES}), "
            f"{sign} * ({row}.action = 'used_on_call'), 0, 0, {last}")


def _rating(row: str, sign: int) -> str:
    return (f"{row}.user_name, substr({row}.created_at, 1, 10), 0, 0, 0, 0, 0, 0, "
            f"{sign}, {sign} * {row}.stars, NULL")


TRIGGERS = {
    "activity_search_added": f"AFTER INSERT ON search_events BEGIN "
                             f"{_bump(_search('NEW', 1), _ADD)} END",
    "activity_search_removed": f"AFTER DELETE ON search_events BEGIN "
                               f"{_bump(_search('OLD', -1), _ADD)} END",
    # A search becomes "opened" after it is logged (the search_opened trigger).
    "activity_search_changed": f"""AFTER UPDATE OF opened, result_count ON search_events
        BEGIN {_bump(_search('OLD', -1), _ADD)} {_bump(_search('NEW', 1), _ADD)} END""",
    "activity_usage_added": f"AFTER INSERT ON usage_events BEGIN "
                            f"{_bump(_usage('NEW', 1), _ADD)} END",
    "activity_usage_removed": f"AFTER DELETE ON usage_events BEGIN "
                              f"{_bump(_usage('OLD', -1), _ADD)} END",
    "activity_rating_added": f"AFTER INSERT ON rating_events BEGIN "
                             f"{_bump(_rating('NEW', 1), _ADD)} END",
    "activity_rating_removed": f"AFTER DELETE ON rating_events BEGIN "
                               f"{_bump(_rating('OLD', -1), _ADD)} END",
}

BACKFILL = f"""
INSERT INTO activity_days (user_name, day, searches, zero_results, unclicked, views, uses,
                           calls, ratings, stars, last_at)
SELECT user_name, day, SUM(searches), SUM(zero_results), SUM(unclicked), SUM(views),
       SUM(uses), SUM(calls), SUM(ratings), SUM(stars), MAX(last_at)
FROM (
    SELECT user_name, substr(created_at, 1, 10) AS day, 1 AS searches,
           result_count = 0 AS zero_results, result_count > 0 AND NOT opened AS unclicked,
           0 AS views, 0 AS uses, 0 AS calls, 0 AS ratings, 0 AS stars, created_at AS last_at
    FROM search_events
    UNION ALL
    SELECT user_name, substr(created_at, 1, 10), 0, 0, 0, action = 'previewed',
           action IN {_USES}, action = 'used_on_call', 0, 0, created_at FROM usage_events
    UNION ALL
    SELECT user_name, substr(created_at, 1, 10), 0, 0, 0, 0, 0, 0, 1, stars, NULL
    FROM rating_events)
GROUP BY user_name, day
"""


def upgrade() -> None:
    counts = [sa.Column(name, sa.Integer, nullable=False, server_default="0")
              for name in ("searches", "zero_results", "unclicked", "views", "uses",
                           "calls", "ratings", "stars")]
    op.create_table(
        "activity_days",
        sa.Column("user_name", sa.Text, primary_key=True),
        sa.Column("day", sa.String(10), primary_key=True),
        *counts,
        sa.Column("last_at", sa.Text, nullable=True),
        sqlite_with_rowid=False,
    )
    op.execute(BACKFILL)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")

