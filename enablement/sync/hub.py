"""The team hub: its schema, how to reach it, and where its password lives.

The hub is any database SQLAlchemy can reach: PostgreSQL for a team, a SQLite file for
one person or a test. It holds

* ``hub_events``: every rep's events, append-only, keyed by the id the laptop made, so
  "insert unless present" makes a retried push harmless. ``seq`` orders them for
  pulling: pushes take a lock (an advisory lock on PostgreSQL; SQLite has one writer),
  so a row with a lower ``seq`` is never committed after a puller saw a higher one.
* ``hub_deals``: CRM opportunities by (crm, external id); the newest import wins.
* the catalog, owned by marketing: ``hub_assets`` (metadata, effective tags, text,
  retirement) and ``hub_taxonomy`` (one JSON document) stamped with the catalog
  ``version`` of the publish that changed them, and ``hub_files`` (bytes by SHA-256,
  sent once).

A password never goes in a file: ``save_password`` moves it from the URL to the OS
keyring (the keyring package), and ``engine_for`` puts it back when connecting.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    inspect,
    text,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from enablement.errors import UserError

HUB_SCHEMA = "1"
HUB_URL_ENV = "ENABLEMENT_HUB_URL"
PASSWORD_ENV = "ENABLEMENT_HUB_PASSWORD"
KEYRING_SERVICE = "Enablement hub"
CONNECT_TIMEOUT_S = 5
PUSH_LOCK = 7_270_001  # pg_advisory_xact_lock key: one pusher at a time

metadata = MetaData()

hub_meta = Table(
    "hub_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

hub_events = Table(
    "hub_events", metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("user_name", Text, nullable=False),
    Column("asset_uuid", String(36)),
    Column("deal_key", Text),           # "crm:external id" of an imported deal
    Column("created_at", DateTime, nullable=False),
    Column("payload", Text, nullable=False),  # JSON: the kind's own fields
    Column("pushed_at", DateTime, nullable=False),
)

hub_deals = Table(
    "hub_deals", metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=True),
    Column("deal_key", Text, nullable=False, unique=True),
    Column("crm", String(16), nullable=False),
    Column("external_id", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("account", Text, nullable=False),
    Column("amount", Float),
    Column("stage", Text, nullable=False),
    Column("is_closed", Boolean, nullable=False),
    Column("is_won", Boolean, nullable=False),
    Column("close_date", Date),
    Column("kind", Text, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

hub_assets = Table(
    "hub_assets", metadata,
    Column("uuid", String(36), primary_key=True),
    Column("version", BigInteger, nullable=False, index=True),
    Column("fingerprint", String(64), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("extension", String(16), nullable=False),
    Column("title", Text, nullable=False),
    Column("summary", Text, nullable=False),
    Column("format", String(8), nullable=False),
    Column("source_name", Text, nullable=False),
    Column("pages", Integer),
    Column("has_text", Boolean, nullable=False),
    Column("expires_on", Date),
    Column("tags", Text, nullable=False),   # JSON: [[facet, key], ...] as marketing set them
    Column("body", Text, nullable=False),
    Column("retired", Boolean, nullable=False),
    Column("published_at", DateTime, nullable=False),
    Column("published_by", Text, nullable=False),
)

hub_files = Table(
    "hub_files", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("extension", String(16), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("data", LargeBinary, nullable=False),
)

hub_taxonomy = Table(
    "hub_taxonomy", metadata,
    Column("name", String(32), primary_key=True),  # one row, "taxonomy"
    Column("version", BigInteger, nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("document", Text, nullable=False),
)


class HubUnreachable(Exception):
    """The hub did not answer: the normal offline state, not a failure of the library."""


def resolve_url(url: str | None, saved: str | None = None) -> str:
    """The hub URL: given, else $ENABLEMENT_HUB_URL, else the one saved with the library."""
    chosen = url or os.environ.get(HUB_URL_ENV) or saved
    if not chosen:
        raise UserError(f"No hub set: pass --hub URL, set {HUB_URL_ENV}, or run "
                        "'main.py hub init URL' once.")
    return chosen


def parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise UserError(f"'{url}' is not a database URL; use e.g. "
                        "postgresql+psycopg://user@host/dbname or sqlite:///path/hub.db"
                        ) from exc


def public_url(url: str) -> str:
    """The URL as it may be shown and saved: never with a password."""
    parsed = parse_url(url)
    bare = URL.create(parsed.drivername, username=parsed.username, host=parsed.host,
                      port=parsed.port, database=parsed.database, query=parsed.query)
    return bare.render_as_string(hide_password=False)


def save_password(url: str) -> str:
    """Move a password from ``url`` into the OS keyring; returns the URL without it."""
    parsed = parse_url(url)
    if parsed.password is None:
        return url
    import keyring
    from keyring.errors import KeyringError

    bare = public_url(url)
    try:
        keyring.set_password(KEYRING_SERVICE, bare, parsed.password)
    except KeyringError as exc:
        raise UserError(f"No OS keyring to keep the hub password in ({exc}). Leave the "
                        f"password out of the URL and set {PASSWORD_ENV}, or use a "
                        "~/.pgpass file.") from exc
    return bare


def _password_for(bare: str) -> str | None:
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, bare)
    except Exception:  # noqa: BLE001 - no keyring backend: connect without a password
        return None


def engine_for(url: str) -> Engine:
    """An engine for the hub, with the keyring's password and a short connect timeout."""
    parsed = parse_url(url)
    if parsed.password is None and not parsed.get_backend_name().startswith("sqlite"):
        password = _password_for(public_url(url))
        if password:
            parsed = parsed.set(password=password)
    args: dict[str, object] = {}
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        args = {"connect_timeout": CONNECT_TIMEOUT_S}
    elif backend == "sqlite":
        args = {"timeout": 30}
    try:
        engine = create_engine(parsed, connect_args=args, pool_pre_ping=True)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise UserError(f"The hub URL names a database this app cannot reach ({exc}); use "
                        "postgresql+psycopg://... or sqlite:///...") from exc
    if backend == "sqlite":
        # Every transaction takes the write lock at BEGIN, so two laptops syncing with
        # one hub file wait for each other instead of failing on a lock upgrade.
        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API types
            dbapi_connection.isolation_level = None
            dbapi_connection.execute("PRAGMA journal_mode=WAL")
            dbapi_connection.execute("PRAGMA busy_timeout=30000")

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    return engine


@contextmanager
def connected(url: str) -> Iterator[Engine]:
    """An engine whose first connection worked; ``HubUnreachable`` when it did not."""
    engine = engine_for(url)
    try:
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except OperationalError as exc:
            raise HubUnreachable(_reason(exc)) from exc
        yield engine
    finally:
        engine.dispose()


def _reason(exc: OperationalError) -> str:
    first = str(exc.orig or exc).strip().splitlines()
    return first[0] if first else "no answer"


def init_hub(url: str) -> bool:
    """Create the hub's tables (or check an existing hub); True when they were created."""
    with connected(url) as engine:
        existed = inspect(engine).has_table("hub_meta")
        metadata.create_all(engine)
        with engine.begin() as conn:
            found = conn.execute(hub_meta.select().where(hub_meta.c.key == "schema")).first()
            if found is None:
                conn.execute(hub_meta.insert(), [{"key": "schema", "value": HUB_SCHEMA},
                                                 {"key": "catalog_version", "value": "0"}])
            elif found.value != HUB_SCHEMA:
                raise UserError(f"The hub at {public_url(url)} has schema {found.value}; "
                                f"this app knows {HUB_SCHEMA}. Update the app.")
        return not existed


def check_hub(conn: Connection) -> None:
    """A clear message when the URL reaches a database that is not (yet) a hub."""
    if not inspect(conn).has_table("hub_meta"):
        url = conn.engine.url.render_as_string(hide_password=True)
        raise UserError(f"{url} is not an Enablement hub yet: run 'main.py hub init {url}' "
                        "once (marketing does this when setting the hub up).")


def lock_for_push(conn: Connection) -> None:
    """Serialise pushers, so ``seq`` order is commit order (see the module docstring)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PUSH_LOCK})
    # SQLite: BEGIN IMMEDIATE (engine_for) already holds the one write lock.
