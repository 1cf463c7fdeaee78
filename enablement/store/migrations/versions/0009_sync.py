"""Sync with a team hub: this laptop's identity, an outbox of what to push, retirements.

* ``sync_meta`` keeps the device id (made here, once), the hub cursors and the last
  sync's outcome.
* Every event table gains ``device_id``: '' for events made on this laptop (all events
  written before this step, and every event the app writes), the author's device for
  events pulled from the hub. Only '' events go to the outbox.
* ``sync_outbox`` lists what to push, in the order it happened: triggers add each new
  local event and each deal imported or updated, so nothing written by any part of the
  app (window, command line) can be forgotten. A push sends outbox rows after the
  pushed cursor and moves the cursor only after the hub committed them.
* ``assets.retired_at``: marketing retired the asset; it leaves search, its feedback
  stays.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

EVENT_TABLES = {"rating_events": "rating", "usage_events": "usage",
                "search_events": "search", "field_notes": "field_note",
                "content_requests": "request"}


def upgrade() -> None:
    op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.execute(sa.text("INSERT INTO sync_meta (key, value) VALUES ('device_id', :device)")
               .bindparams(device=str(uuid.uuid4())))
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("ref", sa.Text, nullable=False),  # the event's id, or the deal's id
        sqlite_autoincrement=True,
    )
    for table, kind in EVENT_TABLES.items():
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("device_id", sa.String(36), nullable=False,
                                       server_default=""))
        op.execute(f"INSERT INTO sync_outbox (kind, ref) SELECT '{kind}', id FROM {table} "
                   "ORDER BY created_at")
        op.execute(f"""CREATE TRIGGER IF NOT EXISTS outbox_{kind} AFTER INSERT ON {table}
                       WHEN NEW.device_id = ''
                       BEGIN INSERT INTO sync_outbox (kind, ref) VALUES ('{kind}', NEW.id);
                       END""")
    op.execute("INSERT INTO sync_outbox (kind, ref) SELECT 'deal', id FROM deals ORDER BY id")
    for when in ("INSERT", "UPDATE"):
        op.execute(f"""CREATE TRIGGER IF NOT EXISTS outbox_deal_{when.lower()}
                       AFTER {when} ON deals
                       BEGIN INSERT INTO sync_outbox (kind, ref) VALUES ('deal', NEW.id); END""")
    with op.batch_alter_table("assets") as batch:
        batch.add_column(sa.Column("retired_at", sa.DateTime, nullable=True))
