"""The library's synonym list: groups of words and phrases search treats as one.

The built-in groups (``index.synonyms``) are written in as the list's first rows, so a
marketer can edit or drop them like the ones they add ("rfi" = "request for
information"); a team hub sends its own groups (origin 'hub'), replaced whole at each
pull.

``taxonomy_version`` counts changes to the taxonomy (fields, values, phrases, synonyms),
kept by triggers so that no writer can forget it: a process holding the taxonomy (a
window left open) compares one number before each use and reads it again when another
process (the command line, a sync) changed it.
"""

import json

import sqlalchemy as sa
from alembic import op

from index.synonyms import SYNONYM_GROUPS

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TAXONOMY_TABLES = ("facets", "facet_values", "value_phrases", "synonym_groups")


def upgrade() -> None:
    table = op.create_table(
        "synonym_groups",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entries", sa.Text, nullable=False),  # JSON list of words and phrases
        sa.Column("origin", sa.String(8), nullable=False),  # default, library or hub
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.bulk_insert(table, [
        {"entries": json.dumps(list(group)), "origin": "default", "position": position}
        for position, group in enumerate(SYNONYM_GROUPS)
    ])
    op.create_table(
        "taxonomy_version",
        sa.Column("id", sa.Integer, primary_key=True),  # one row, 1
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.execute("INSERT INTO taxonomy_version (id, version) VALUES (1, 1)")
    for table in TAXONOMY_TABLES:
        for event in ("INSERT", "UPDATE", "DELETE"):
            op.execute(f"""CREATE TRIGGER taxonomy_version_{table}_{event.lower()}
                           AFTER {event} ON {table}
                           BEGIN UPDATE taxonomy_version SET version = version + 1; END""")
