"""The search log: every settled search with its filters and result count, and which
usage came from it (so "was a result opened?" is a join, and the log stays append-only).
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_events",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("user_name", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("filters", sa.Text, nullable=False),
        sa.Column("sort", sa.String(16), nullable=False),
        sa.Column("result_count", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_search_events_time", "search_events", ["created_at"])
    with op.batch_alter_table("usage_events") as batch:
        batch.add_column(sa.Column("search_id", sa.String(36), nullable=True))
        batch.create_foreign_key("fk_usage_events_search", "search_events", ["search_id"],
                                 ["id"], ondelete="SET NULL")
