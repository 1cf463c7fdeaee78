"""Ratings: a rep's stars for an asset, as append-only events.

Each change of mind is a new row with an id made on this machine, so a later sync can
send events "insert unless present" without ever doubling or losing one; a person's
current rating of an asset is their latest event. The index on (asset, user, time)
serves that "latest" lookup.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rating_events",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("asset_id", sa.Integer,
                  sa.ForeignKey("assets.id", ondelete="CASCADE"), nullable=False),
        sa.Column("user_name", sa.Text, nullable=False),
        sa.Column("stars", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.CheckConstraint("stars BETWEEN 1 AND 5", name="stars_1_to_5"),
    )
    op.create_index("ix_rating_events_asset_user_time", "rating_events",
                    ["asset_id", "user_name", "created_at"])
