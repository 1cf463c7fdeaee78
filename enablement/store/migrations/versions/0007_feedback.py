"""The full rating form, field intelligence and content requests.

Ratings gain "did it help move the deal?", the deal (an imported one, or a name typed
by the rep), the objections the asset answered (JSON list of keys) and a comment.
Field notes are objections heard and competitors met on a deal, without an asset.
Content requests are "needed X for Y, found nothing", often straight from a search
that found nothing. All three are append-only with ids made on this machine.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SEARCH_OPENED_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS search_opened AFTER INSERT ON usage_events
WHEN NEW.search_id IS NOT NULL AND NEW.action != 'used_on_call'
BEGIN
    UPDATE search_events SET opened = 1 WHERE id = NEW.search_id AND opened = 0;
END
"""


def upgrade() -> None:
    with op.batch_alter_table("rating_events") as batch:
        batch.add_column(sa.Column("helped", sa.Boolean, nullable=True))
        batch.add_column(sa.Column("deal_id", sa.Integer, nullable=True))
        batch.add_column(sa.Column("deal_name", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("objections", sa.Text, nullable=False,
                                   server_default="[]"))
        batch.add_column(sa.Column("comment", sa.Text, nullable=False, server_default=""))
        batch.create_foreign_key("fk_rating_events_deal", "deals", ["deal_id"], ["id"],
                                 ondelete="SET NULL")
    # Insights read 1M events in about a second only if each aggregate streams through
    # an index in the order it groups by, without touching the table (see insights.py).
    op.drop_index("ix_rating_events_asset_user_time", "rating_events")
    op.create_index("ix_rating_events_current", "rating_events",
                    ["asset_id", "user_name", "created_at", "id", "stars", "helped"])
    op.create_index("ix_rating_events_deal", "rating_events",
                    ["deal_id", "asset_id", "created_at", "user_name"])
    op.create_index("ix_rating_events_user_month", "rating_events",
                    ["user_name", sa.text("substr(created_at, 1, 7)"), "stars", "created_at"])
    op.drop_index("ix_usage_events_asset_time", "usage_events")
    op.create_index("ix_usage_events_asset", "usage_events",
                    ["asset_id", "created_at", "action", "user_name"])
    op.create_index("ix_usage_events_user_month", "usage_events",
                    ["user_name", sa.text("substr(created_at, 1, 7)"), "action", "created_at"])
    op.create_index("ix_usage_events_deal", "usage_events",
                    ["deal_id", "asset_id", "created_at", "user_name"])
    op.create_index("ix_usage_events_search", "usage_events", ["search_id"])
    op.create_index("ix_deals_close", "deals", ["close_date"])
    # Whether a search led to a preview, open or export: kept by a trigger, so usage from
    # any source (the window, a sync) sets it, and setting it twice changes nothing.
    with op.batch_alter_table("search_events") as batch:
        batch.add_column(sa.Column("opened", sa.Boolean, nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("query_key", sa.Text, nullable=False, server_default=""))
    op.execute("UPDATE search_events SET query_key = lower(trim(text))")
    op.execute("UPDATE search_events SET opened = 1 WHERE id IN "
               "(SELECT search_id FROM usage_events WHERE search_id IS NOT NULL)")
    op.execute(SEARCH_OPENED_TRIGGER)
    op.create_index("ix_search_events_user_month", "search_events",
                    ["user_name", sa.text("substr(created_at, 1, 7)"), "result_count",
                     "opened", "created_at"])
    op.create_index("ix_search_events_filtered", "search_events",
                    ["created_at", "query_key", "filters"],
                    sqlite_where=sa.text("filters != '{}'"))
    op.create_index("ix_search_events_query", "search_events",
                    ["query_key", "created_at", "result_count", "opened", "user_name"])
    op.create_table(
        "field_notes",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("user_name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("value_key", sa.Text, nullable=False),
        sa.Column("stage", sa.Text, nullable=False, server_default=""),
        sa.Column("deal_id", sa.Integer,
                  sa.ForeignKey("deals.id", ondelete="SET NULL"), nullable=True),
        sa.Column("deal_name", sa.Text, nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.CheckConstraint("kind IN ('objection', 'competitor')", name="field_note_kind"),
    )
    op.create_index("ix_field_notes_kind_time", "field_notes", ["kind", "created_at"])
    op.create_table(
        "content_requests",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("user_name", sa.Text, nullable=False),
        sa.Column("need", sa.Text, nullable=False),
        sa.Column("query", sa.Text, nullable=False, server_default=""),
        sa.Column("stage", sa.Text, nullable=False, server_default=""),
        sa.Column("objection", sa.Text, nullable=False, server_default=""),
        sa.Column("search_id", sa.String(36),
                  sa.ForeignKey("search_events.id", ondelete="SET NULL"), nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_content_requests_time", "content_requests", ["created_at"])

