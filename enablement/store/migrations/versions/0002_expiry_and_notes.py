"""Assets get an expiry date (from a manifest's ``expires`` column) and import notes.

Expiry feeds the stale-content report; notes keep the plain-language warnings an
import raised about the file (for example "no text found (a scanned PDF?)").
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assets") as batch:
        batch.add_column(sa.Column("expires_on", sa.Date, nullable=True))
        batch.add_column(sa.Column("notes", sa.Text, nullable=False, server_default=""))
