"""When the hub goes away or says no, on a real PostgreSQL server (and a SQLite hub).

* A connection lost at any step (push, pull, publish) is offline: exit 4, the README's
  "Offline: ... N change(s) wait to be pushed", and the next sync sends exactly the rest.
* A refused login, a missing database or a hub set up by a newer Enablement is said
  plainly, exits 2, and changes nothing in the library.
"""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from enablement.catalog.assets import retire
from enablement.errors import UserError
from enablement.feedback import ratings
from enablement.library import Library
from enablement.store.models import Asset, SyncMeta
from enablement.sync import hub, publish, run, state
from tests.commands import REPO, start_main
from tests.enablement.sync.test_sync import bulk_usage, content_folder, hub_count
from tests.pg_server import PgServer, _connect_to, find_bin_dir, fresh_database

APP_ENV = {"PYTHONPATH": str(REPO)}  # on top of os.environ, for every main.py started here
EXIT_USAGE, EXIT_OFFLINE = 2, 4
PASSWORD = "right-pw-7"


def finish(child: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = child.communicate(timeout=120)
    return child.returncode, out, err


def wait_for(check, what: str, seconds: float = 60):  # noqa: ANN001, ANN201
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.02)
    raise AssertionError(f"gave up waiting for {what}")


def waiting_backend(admin, wait_event: str) -> int | None:  # noqa: ANN001 - psycopg
    """The pid of a session of this database blocked on a lock of kind ``wait_event``."""
    row = admin.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                        " AND wait_event_type = 'Lock' AND wait_event = %s "
                        "AND pid <> pg_backend_pid()", (wait_event,)).fetchone()
    return row[0] if row else None


def laptop_with_backlog(tmp_path: Path, count: int = 10_000) -> Path:
    """A rep's library with its own content and ``count`` usage events to push."""
    with Library.open(tmp_path / "dana") as laptop:
        laptop.import_paths([content_folder(tmp_path / "own")])
        bulk_usage(laptop, count, "Dana")
        return laptop.path


# -- a connection lost half-way ------------------------------------------------------------

def test_a_connection_cut_mid_push_is_offline_and_nothing_is_doubled_or_lost(
        pg_url: str, tmp_path: Path) -> None:
    hub.init_hub(pg_url)
    folder = laptop_with_backlog(tmp_path)
    child = start_main("sync", "--hub", pg_url, library=folder,
                       env={**APP_ENV, "ENABLEMENT_SYNC_BATCH": "250"})
    with _connect_to(pg_url, autocommit=True) as admin:
        wait_for(lambda: hub_count(pg_url) >= 1_000 or child.poll() is not None,
                 "the first batches")
        admin.execute("SELECT pg_advisory_lock(%s)", (hub.PUSH_LOCK,))  # the next batch waits
        pid = wait_for(lambda: waiting_backend(admin, "advisory") or child.poll() is not None,
                       "the push to wait for its lock")
        assert child.poll() is None, "the push finished before it could be cut"
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        code, out, err = finish(child)
        admin.execute("SELECT pg_advisory_unlock(%s)", (hub.PUSH_LOCK,))
    reached = hub_count(pg_url)
    assert code == EXIT_OFFLINE, (out, err)
    assert 0 < reached < 10_000
    assert last_line(out).startswith("Offline: "), out
    assert f"{10_000 - reached:,} change(s) wait to be pushed" in last_line(out)
    with Library.open(folder) as laptop:
        with laptop.sessions() as session:
            assert state.status(session).last_error.startswith("offline:")
        report = run.sync(laptop, pg_url)
    assert (report.offline, report.pushed, report.pending) == ("", 10_000 - reached, 0)
    assert hub_count(pg_url) == 10_000


def test_a_connection_cut_mid_pull_is_offline_and_the_next_sync_completes(
        pg_url: str, tmp_path: Path) -> None:
    hub.init_hub(pg_url)
    with Library.open(tmp_path / "marketer") as marketer, hub.connected(pg_url) as engine:
        marketer.import_paths([content_folder(tmp_path / "content")])
        assert publish.publish(marketer.sessions, engine, marketer.content, "Mara").assets == 3
    Library.open(tmp_path / "dana").close()
    with _connect_to(pg_url) as admin:
        admin.execute("LOCK TABLE hub_files IN ACCESS EXCLUSIVE MODE")  # files: wait here
        child = start_main("sync", "--hub", pg_url, library=tmp_path / "dana", env=APP_ENV)
        watcher = _connect_to(pg_url, autocommit=True)
        try:
            pid = wait_for(lambda: waiting_backend(watcher, "relation")
                           or child.poll() is not None, "the pull to wait for the files")
            assert child.poll() is None, finish(child)
            watcher.execute("SELECT pg_terminate_backend(%s)", (pid,))
        finally:
            watcher.close()
        code, out, err = finish(child)
        admin.rollback()
    assert code == EXIT_OFFLINE, (out, err)
    assert last_line(out).startswith("Offline: "), out
    assert last_line(out).endswith(" 0 change(s) wait to be pushed."), out
    with Library.open(tmp_path / "dana") as laptop:
        with laptop.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Asset)) == 0
        report = run.sync(laptop, pg_url)
        assert (report.offline, report.catalog) == ("", 3)
        with laptop.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Asset)) == 3


def test_a_connection_cut_mid_publish_is_offline_and_publishes_nothing(
        pg_url: str, tmp_path: Path) -> None:
    hub.init_hub(pg_url)
    with Library.open(tmp_path / "marketer") as marketer:
        marketer.import_paths([content_folder(tmp_path / "content")])
    with _connect_to(pg_url, autocommit=True) as admin:
        admin.execute("SELECT pg_advisory_lock(%s)", (hub.PUSH_LOCK,))
        child = start_main("publish", "--hub", pg_url, "--as", "Mara",
                           library=tmp_path / "marketer", env=APP_ENV)
        pid = wait_for(lambda: waiting_backend(admin, "advisory") or child.poll() is not None,
                       "the publish to wait for its lock")
        assert child.poll() is None, finish(child)
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        code, out, err = finish(child)
        admin.execute("SELECT pg_advisory_unlock(%s)", (hub.PUSH_LOCK,))
    assert code == EXIT_OFFLINE, (out, err)
    assert last_line(out).startswith("Offline: "), out
    assert hub_count(pg_url, "hub_assets") == hub_count(pg_url, "hub_files") == 0
    with Library.open(tmp_path / "marketer") as marketer, hub.connected(pg_url) as engine:
        assert publish.publish(marketer.sessions, engine, marketer.content, "Mara").assets == 3


# -- a server of our own: stopped, and with password logins --------------------------------

@pytest.fixture(scope="module")
def own_server() -> Iterator[PgServer]:
    """A PostgreSQL server this module may stop and reconfigure (not the shared one)."""
    if os.environ.get("ENABLEMENT_TEST_PG_URL") or find_bin_dir() is None:
        pytest.skip("needs a PostgreSQL installation to start a server of its own")
    server = PgServer().start()
    try:
        server.require_passwords()
        server.execute(f"CREATE ROLE dana LOGIN CREATEDB PASSWORD '{PASSWORD}'")
        yield server
    finally:
        server.stop()


def dana_url(server: PgServer, database: str, password: str = "") -> str:
    login = f"dana:{password}" if password else "dana"
    return f"postgresql+psycopg://{login}@127.0.0.1:{server.port}/{database}"


def last_line(out: str) -> str:
    """The outcome, after any progress lines."""
    return out.strip().splitlines()[-1] if out.strip() else ""


def test_the_server_going_down_mid_push_is_offline(own_server: PgServer,
                                                   tmp_path: Path) -> None:
    url = fresh_database(own_server.url, f"outage_{uuid.uuid4().hex[:6]}")
    hub.init_hub(url)
    folder = laptop_with_backlog(tmp_path)
    child = start_main("sync", "--hub", url, library=folder,
                       env={**APP_ENV, "ENABLEMENT_SYNC_BATCH": "250"})
    try:
        wait_for(lambda: hub_count(url) >= 1_000 or child.poll() is not None,
                 "the first batches")
        assert child.poll() is None, finish(child)
        own_server.pause()
        code, out, err = finish(child)
    finally:
        own_server.resume()
    reached = hub_count(url)
    assert code == EXIT_OFFLINE, (out, err)
    assert last_line(out).startswith("Offline: "), out
    assert f"{10_000 - reached:,} change(s) wait to be pushed" in last_line(out)
    with Library.open(folder) as laptop:
        with laptop.sessions() as session:
            assert state.pending(session) == 10_000 - reached
        assert run.sync(laptop, url).pending == 0
    assert hub_count(url) == 10_000


def test_a_wrong_password_is_said_not_called_offline(own_server: PgServer,
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"team_{uuid.uuid4().hex[:6]}"
    own_server.execute(f"CREATE DATABASE {name} OWNER dana")
    url = dana_url(own_server, name)
    monkeypatch.setenv(hub.PASSWORD_ENV, PASSWORD)
    assert hub.init_hub(url)
    folder = laptop_with_backlog(tmp_path, 3)
    monkeypatch.delenv(hub.PASSWORD_ENV)
    code, out, err = finish(start_main("sync", "--hub", url, library=folder,
                                       env={**APP_ENV, "ENABLEMENT_HUB_PASSWORD": "not-it"}))
    assert code == EXIT_USAGE, (out, err)
    assert "the hub refused the login for dana (wrong password?)" in err, err
    assert "ffline" not in out + err
    with Library.open(folder) as laptop, laptop.sessions() as session:
        current = state.status(session)
        assert current.pending == 3 and current.last_synced is None
        assert current.last_error.startswith(f"{hub.LOGIN}: ")
    code, out, err = finish(start_main("sync", "--hub", url, library=folder,
                                       env={**APP_ENV, "ENABLEMENT_HUB_PASSWORD": ""}))
    assert code == EXIT_USAGE and "asked for dana's password" in err, (out, err)
    code, out, err = finish(start_main("sync", "--hub", url, library=folder,
                                       env={**APP_ENV, "ENABLEMENT_HUB_PASSWORD": PASSWORD}))
    assert code == 0 and hub_count(dana_url(own_server, name, PASSWORD)) == 3, (out, err)


def test_a_missing_database_is_said_and_hub_init_creates_it(own_server: PgServer,
                                                             tmp_path: Path) -> None:
    url = dana_url(own_server, "enablement")
    folder = laptop_with_backlog(tmp_path, 2)
    login = {"ENABLEMENT_HUB_PASSWORD": PASSWORD}
    code, out, err = finish(start_main("sync", "--hub", url, library=folder,
                                       env={**APP_ENV, **login}))
    assert code == EXIT_USAGE, (out, err)
    assert "the hub has no database 'enablement' (run main.py hub init URL" in err, err
    code, out, err = finish(start_main("hub", "init", url, library=folder,
                                       env={**APP_ENV, **login}))
    assert code == 0 and out.startswith("Hub created"), (out, err)
    code, out, err = finish(start_main("sync", library=folder, env={**APP_ENV, **login}))
    assert code == 0, (out, err)
    assert hub_count(dana_url(own_server, "enablement", PASSWORD)) == 2


# -- a hub newer than this app ---------------------------------------------------------------

def snapshot(library: Library) -> tuple[object, ...]:
    """What a sync could change here, but the record of its last attempt."""
    with library.sessions() as session:
        meta = {m.key: m.value for m in session.scalars(select(SyncMeta))
                if m.key != state.LAST_ERROR}
        assets = sorted(session.execute(select(Asset.uuid, Asset.title, Asset.retired_at)))
        return meta, assets, state.pending(session)


def test_a_hub_set_up_by_a_newer_app_is_refused_and_nothing_changes(
        hub_url: str, tmp_path: Path) -> None:
    with Library.open(tmp_path / "marketer") as marketer, hub.connected(hub_url) as engine:
        marketer.import_paths([content_folder(tmp_path / "content")])
        publish.publish(marketer.sessions, engine, marketer.content, "Mara")
        with marketer.sessions.begin() as session:
            retire(session, session.scalar(select(Asset.id).limit(1)))
    with Library.open(tmp_path / "dana") as dana:
        run.sync(dana, hub_url)
        with dana.sessions.begin() as session:
            ratings.rate(session, session.scalar(select(Asset.id).limit(1)), "Dana", 4)
        engine = create_engine(hub_url)
        with engine.begin() as conn:
            conn.execute(text("UPDATE hub_meta SET value = '2' WHERE key = 'schema'"))
            before_hub = conn.execute(text("SELECT uuid, fingerprint FROM hub_assets "
                                           "ORDER BY uuid")).all()
        before = snapshot(dana)
        with pytest.raises(UserError) as caught:
            run.sync(dana, hub_url)
        assert snapshot(dana) == before
    message = ("was set up by a newer Enablement (schema 2, this one knows 1): "
               "update this app")
    assert message in str(caught.value)
    code, out, err = finish(start_main("sync", "--hub", hub_url, library=tmp_path / "dana",
                                       env=APP_ENV))
    assert (code, message in err) == (EXIT_USAGE, True), (out, err)
    code, out, err = finish(start_main("publish", "--hub", hub_url, "--as", "Mara",
                                       library=tmp_path / "marketer", env=APP_ENV))
    assert (code, message in err) == (EXIT_USAGE, True), (out, err)
    code, out, err = finish(start_main("hub", "init", hub_url, library=tmp_path / "marketer",
                                       env=APP_ENV))
    assert (code, message in err) == (EXIT_USAGE, True), (out, err)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT uuid, fingerprint FROM hub_assets "
                                 "ORDER BY uuid")).all() == before_hub
        assert hub_count(hub_url) == 0
    engine.dispose()


def test_a_socket_lost_inside_a_pipelined_insert_reads_as_offline() -> None:
    """A paused server cut the socket under an executemany: psycopg raised "cannot exit
    pipeline mode while busy", the lost socket only its context, and the sync ended in
    'something went wrong' instead of offline (a CI run at 91dd988). The chain is read."""
    import psycopg

    url = hub.parse_url("postgresql+psycopg://dana@hub.example.com/team")
    try:
        try:
            raise psycopg.OperationalError("connection socket closed")
        except psycopg.OperationalError:
            raise psycopg.OperationalError("cannot exit pipeline mode while busy")  # noqa: B904
    except psycopg.OperationalError as error:
        pipelined = error
    said = hub.explain(pipelined, "hub.example.com/team", url)
    assert isinstance(said, hub.HubUnreachable)
    assert "the connection was lost" in str(said)
    # A real failure on a live connection stays a failure, said as one.
    assert hub.explain(psycopg.OperationalError("division by zero"),
                       "hub.example.com/team", url) is None
