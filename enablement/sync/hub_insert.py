"""An INSERT for the hub's own dialect, so push and publish can say ON CONFLICT.

"Insert unless present" (events) and "insert or update" (deals, assets, the taxonomy)
are how every write to the hub stays safe to repeat; SQLAlchemy spells ON CONFLICT per
dialect, and a hub is PostgreSQL or SQLite.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite


def hub_insert(conn: Connection, table: Table) -> postgresql.Insert | sqlite.Insert:
    """``INSERT INTO table`` with ``on_conflict_do_nothing``/``_do_update`` for ``conn``."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)
