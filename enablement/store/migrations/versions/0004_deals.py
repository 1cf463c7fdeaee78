"""Deals: opportunities imported from a CRM export, so feedback can name real deals.

A deal is identified by its CRM and its id there, so importing a newer export updates
stage, amount and outcome in place instead of adding a second copy.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("crm", sa.String(16), nullable=False),
        sa.Column("external_id", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("account", sa.Text, nullable=False, server_default=""),
        sa.Column("amount", sa.Float, nullable=True),
        sa.Column("stage", sa.Text, nullable=False, server_default=""),
        sa.Column("is_closed", sa.Boolean, nullable=False),
        sa.Column("is_won", sa.Boolean, nullable=False),
        sa.Column("close_date", sa.Date, nullable=True),
        sa.Column("kind", sa.Text, nullable=False, server_default=""),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("crm", "external_id", name="uq_deals_crm_external_id"),
    )
