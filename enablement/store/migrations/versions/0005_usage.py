"""Usage: what reps did with an asset (previewed, opened, exported, used on a call).

Append-only events with ids made on this machine, like ratings, so a sync can merge
them from many laptops without doubles. ``deal_id`` is set when the rep said which
deal the asset was used on.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "usage_events",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("asset_id", sa.Integer,
                  sa.ForeignKey("assets.id", ondelete="CASCADE"), nullable=False),
        sa.Column("user_name", sa.Text, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("deal_id", sa.Integer,
                  sa.ForeignKey("deals.id", ondelete="SET NULL"), nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.CheckConstraint(
            "action IN ('previewed', 'opened', 'exported', 'used_on_call')",
            name="usage_action"),
    )
    op.create_index("ix_usage_events_asset_time", "usage_events", ["asset_id", "created_at"])
