"""ROI calculator runs: what a rep entered and what the workbook answered.

Marketing wants to see what prospects' numbers look like, so each run keeps its inputs
and results (JSON), append-only with an id made here, and goes to the hub like every
other event (the outbox trigger below).
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "roi_runs",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("asset_id", sa.Integer, sa.ForeignKey("assets.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("user_name", sa.Text, nullable=False),
        sa.Column("inputs", sa.Text, nullable=False),    # JSON: name -> number
        sa.Column("results", sa.Text, nullable=False),   # JSON: name -> number or error
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False, server_default=""),
    )
    op.create_index("ix_roi_runs_asset_time", "roi_runs", ["asset_id", "created_at"])
    op.execute("""CREATE TRIGGER IF NOT EXISTS outbox_roi_run AFTER INSERT ON roi_runs
                  WHEN NEW.device_id = ''
                  BEGIN INSERT INTO sync_outbox (kind, ref) VALUES ('roi_run', NEW.id); END""")
