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

What the hub's driver reports is sorted once, at the engine (``_explain``): a connection
that could not be made or was lost at any step is ``HubUnreachable`` (offline, a normal
state); a hub that answered and said no (login, database, schema) is ``HubRefused``, a
configuration problem to fix. Errors of the laptop's own library are never mistaken for
either, since only the hub engine is watched.
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
    select,
    text,
    type_coerce,
)
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import (
    ArgumentError,
    NoSuchModuleError,
    OperationalError,
    ProgrammingError,
)
from sqlalchemy.sql import Select
from sqlalchemy.types import NullType

from enablement.errors import UserError

HUB_SCHEMA = "1"
HUB_URL_ENV = "ENABLEMENT_HUB_URL"
PASSWORD_ENV = "ENABLEMENT_HUB_PASSWORD"
KEYRING_SERVICE = "Enablement hub"
CONNECT_TIMEOUT_S = 5
PUSH_LOCK = 7_270_001  # pg_advisory_xact_lock key: one pusher at a time

# What kind of "no" a hub said (HubRefused.kind); the window words each differently.
LOGIN, DATABASE, SCHEMA = "login", "database", "schema"
# SQLSTATEs of a connection ended by the server (shutdown, crash, restart, terminated).
GONE_STATES = frozenset({"57P01", "57P02", "57P03"})
# What psycopg says when the socket went away under a statement; in pipeline mode (an
# executemany) the error raised is "cannot exit pipeline mode while busy", with one of
# these as its context.
SOCKET_GONE = ("connection socket closed", "server closed the connection",
               "consuming input failed", "connection is lost", "connection is closed")
# SQLite hubs live in a file, often on a share: these mean the file cannot be reached now.
SQLITE_GONE = ("unable to open database file", "database is locked", "disk i/o error")

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
    Column("name", String(32), primary_key=True),  # "taxonomy" and "synonyms"
    Column("version", BigInteger, nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("document", Text, nullable=False),
)


class HubUnreachable(Exception):
    """The hub did not answer, or the connection was lost: the normal offline state, not a
    failure of the library. Every step is safe to stop at any point (push.py, pull.py)."""


class HubRefused(UserError):
    """The hub answered and will not let this app in (``kind``: LOGIN, DATABASE or SCHEMA):
    not offline, since waiting will not help; the message says what to change."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


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


def engine_for(url: str, database: str | None = None) -> Engine:
    """An engine for the hub, with the keyring's password and a short connect timeout.

    ``database``: another database on the same server with the same login (``hub init``
    connects to ``postgres`` to create a missing hub database).
    """
    parsed = parse_url(url)
    shown = public_url(url)
    if parsed.password is None and not parsed.get_backend_name().startswith("sqlite"):
        password = _password_for(shown)
        if password:
            parsed = parsed.set(password=password)
    if database is not None:
        parsed = parsed.set(database=database)
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

    @event.listens_for(engine, "handle_error")
    def _explain_error(context: ExceptionContext) -> None:
        if context.is_pre_ping:
            return  # the pool reconnects; a failure to reconnect comes here again
        problem = explain(context.original_exception, shown, parsed,
                          connecting=context.connection is None,
                          disconnected=context.is_disconnect)
        if problem is not None:
            raise problem

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


def _reason(exc: BaseException) -> str:
    first = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return first[0] if first else "no answer"


def explain(error: BaseException, shown: str, url: URL, connecting: bool = False,
            disconnected: bool = False) -> Exception | None:
    """What a driver error from the hub means: ``HubRefused`` (login, database),
    ``HubUnreachable`` (no answer, connection lost), or None (a real failure)."""
    if type(error).__module__.startswith("sqlite3"):
        if any(words in str(error).casefold() for words in SQLITE_GONE):
            return HubUnreachable(_reason(error))
        return None
    # The whole text: for "localhost" the driver tries ::1 and 127.0.0.1, a line each.
    refused = _refused_login(str(error), shown, url) if connecting else None
    if refused is not None:
        return refused
    state = getattr(error, "sqlstate", None) or ""
    if (connecting or disconnected or state.startswith("08") or state in GONE_STATES
            or _socket_gone(error)):
        lost = "" if connecting else "the connection was lost: "
        return HubUnreachable(lost + _reason(error))
    return None


def _socket_gone(error: BaseException) -> bool:
    """Whether ``error``, or an error it was raised while handling, says the socket to
    the server went away (a server paused or killed mid-push)."""
    seen: BaseException | None = error
    for _depth in range(6):
        if seen is None:
            return False
        if type(seen).__module__.startswith("psycopg") and any(
                words in str(seen).casefold() for words in SOCKET_GONE):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _refused_login(reason: str, shown: str, url: URL) -> HubRefused | None:
    """The server's words for a login or database it will not accept, as advice.

    PostgreSQL says these in English unless the server is set to another language; then
    they read as offline, with the server's own words shown, as before."""
    user = url.username or "this user"
    where = f"{shown}: the hub"
    keep = ("Put the right password in the URL once with 'main.py hub init URL' (it goes "
            f"to the OS keyring), or set {PASSWORD_ENV}.")
    if "authentication failed for user" in reason:
        return HubRefused(LOGIN, f"{where} refused the login for {user} (wrong password?). "
                                 + keep)
    if "no password supplied" in reason:
        return HubRefused(LOGIN, f"{where} asked for {user}'s password and none is set. "
                                 + keep.replace("the right password", "it"))
    if "no pg_hba.conf entry" in reason:
        return HubRefused(LOGIN, f"{where} does not accept {user} from this computer (no "
                                 "pg_hba.conf entry): ask whoever runs the hub's server.")
    if f'role "{user}" does not exist' in reason:
        return HubRefused(LOGIN, f"{where} has no login named {user}: check the user name "
                                 "in the URL.")
    if "does not exist" in reason and f'database "{url.database}"' in reason:
        return HubRefused(DATABASE, f"{where} has no database '{url.database}' (run main.py "
                                    "hub init URL to create it, or check the database name "
                                    "in the URL).")
    return None


def init_hub(url: str) -> bool:
    """Create the hub's tables (or check an existing hub); True when they were created.

    A PostgreSQL server without the hub's database gets it, when the login may create
    databases (the message for a missing database says to run this)."""
    try:
        with connected(url) as engine:
            return _create_tables(engine)
    except HubRefused as exc:
        if exc.kind != DATABASE:
            raise
    create_database(url)
    with connected(url) as engine:
        return _create_tables(engine)


def _create_tables(engine: Engine) -> bool:
    """The hub's tables, unless the hub is of another schema (then nothing is touched)."""
    existed = inspect(engine).has_table("hub_meta")
    if existed:
        with engine.connect() as conn:
            found = conn.execute(select(type_coerce(hub_meta.c.value, NullType()))
                                 .where(hub_meta.c.key == "schema")).first()
            if found is not None:
                check_schema(found[0], _shown(conn))
    metadata.create_all(engine)
    with engine.begin() as conn:
        found = conn.execute(select(hub_meta.c.value).where(hub_meta.c.key == "schema")).first()
        if found is None:
            conn.execute(hub_meta.insert(), [{"key": "schema", "value": HUB_SCHEMA},
                                             {"key": "catalog_version", "value": "0"}])
    return not existed


def create_database(url: str) -> None:
    """CREATE DATABASE for the URL's database, from the server's ``postgres`` database."""
    parsed = parse_url(url)
    name, user = parsed.database or "", parsed.username or "this user"
    engine = engine_for(url, database="postgres")
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            quoted = conn.dialect.identifier_preparer.quote(name)
            conn.exec_driver_sql(f"CREATE DATABASE {quoted}")
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", "") == "42P04":  # made meanwhile: fine
            return
        raise HubRefused(DATABASE, f"{public_url(url)}: the hub has no database '{name}', "
                                   f"and {user} may not create one ({_reason(exc)}). Ask "
                                   "whoever runs the server to run CREATE DATABASE "
                                   f"{name} OWNER {user}; then run main.py hub init URL "
                                   "again.") from exc
    finally:
        engine.dispose()


def _shown(conn: Connection) -> str:
    return public_url(conn.engine.url.render_as_string(hide_password=False))


def check_schema(found: object, shown: str) -> None:
    """Refuse a hub whose tables this version does not know (``HubRefused``, SCHEMA)."""
    value = str(found)
    if value == HUB_SCHEMA:
        return
    if value.isdigit() and len(value) < 10 and int(value) > int(HUB_SCHEMA):
        raise HubRefused(SCHEMA, f"{shown}: the hub was set up by a newer Enablement "
                                 f"(schema {int(value)}, this one knows {HUB_SCHEMA}): "
                                 "update this app. Nothing was changed here.")
    raise HubRefused(SCHEMA, f"{shown}: the hub's schema is {value[:40]!r}, which this app "
                             f"(schema {HUB_SCHEMA}) does not know. Nothing was changed here; "
                             "ask whoever set the hub up.")


def check_hub(conn: Connection) -> None:
    """A clear message when the URL reaches a database that is not (yet) a hub, or a hub
    of a schema this version does not know; checked before anything is read or sent."""
    if not inspect(conn).has_table("hub_meta"):
        url = conn.engine.url.render_as_string(hide_password=True)
        raise UserError(f"{url} is not an Enablement hub yet: run 'main.py hub init {url}' "
                        "once (marketing does this when setting the hub up).")
    found = conn.execute(select(type_coerce(hub_meta.c.value, NullType()))
                         .where(hub_meta.c.key == "schema")).scalar()
    check_schema(found, _shown(conn))


def catalog_top(conn: Connection) -> int:
    """The hub's catalog version: every published row has a version up to this one."""
    found = conn.execute(select(type_coerce(hub_meta.c.value, NullType()))
                         .where(hub_meta.c.key == "catalog_version")).scalar()
    value = str(found if found is not None else "0")
    if not value.isdigit() or len(value) > 15:
        raise UserError(f"{_shown(conn)}: the hub's catalog version {value[:40]!r} is not a "
                        "number, so the hub is damaged. Nothing was changed here; ask whoever "
                        "set the hub up.")
    return int(value)


def raw_select(table: Table) -> Select:
    """SELECT every column as the hub holds it, unconverted: a hub row is checked by
    enablement.sync.validate, not trusted to fit its declared type (SQLite holds any
    value in any column, and a date that does not parse would fail the whole query)."""
    return select(*(type_coerce(column, NullType()).label(column.name)
                    for column in table.c))


def lock_for_push(conn: Connection) -> None:
    """Serialise pushers, so ``seq`` order is commit order (see the module docstring)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PUSH_LOCK})
    # SQLite: BEGIN IMMEDIATE (engine_for) already holds the one write lock.
