"""Shared test set-up: offscreen Qt, logs in a temporary folder, fresh libraries."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Offscreen Qt on a 1366x768 "laptop" screen, the smallest the window must be usable on.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = (
        f"offscreen:configfile={Path(__file__).with_name('offscreen-1366x768.json')}")

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "assets" / "demo"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    logs = tmp_path_factory.mktemp("logs")
    monkeypatch.setenv("ENABLEMENT_LOG_DIR", str(logs))
    monkeypatch.setenv("ENABLEMENT_LIBRARY", str(tmp_path_factory.mktemp("default-lib")))


@pytest.fixture()
def library(tmp_path: Path):
    from enablement.library import Library

    lib = Library.open(tmp_path / "library")
    yield lib
    lib.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo library imported once per test session; tests get copies of it."""
    from enablement.library import Library

    folder = tmp_path_factory.mktemp("demo-template") / "library"
    with Library.open(folder) as lib:
        report = lib.import_paths([DEMO])
        assert not report.any_failed, [r for r in report.results if r.status == "failed"]
    return folder


@pytest.fixture()
def demo_library(demo_template: Path, tmp_path: Path):
    from enablement.library import Library

    folder = tmp_path / "demo-library"
    shutil.copytree(demo_template, folder)
    lib = Library.open(folder)
    yield lib
    lib.close()


@pytest.fixture(scope="session")
def pg_server_url():
    """A real PostgreSQL server for the whole run (tests/pg_server.py), or the one
    ENABLEMENT_TEST_PG_URL names. No PostgreSQL: skip, or fail when ENABLEMENT_REQUIRE_PG=1."""
    from tests.pg_server import URL_ENV, PgServer, find_bin_dir

    if os.environ.get(URL_ENV):
        yield os.environ[URL_ENV]
        return
    if find_bin_dir() is None:
        message = ("PostgreSQL is not installed: install the Debian package postgresql "
                   "(apt-get install postgresql) or set ENABLEMENT_TEST_PG_URL=postgresql+"
                   "psycopg://user@host/db to run the hub tests against a real server; "
                   "CI runs them")
        if os.environ.get("ENABLEMENT_REQUIRE_PG") == "1":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    server = PgServer().start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture()
def pg_url(pg_server_url: str):
    """An empty database of its own on that server, for one test; dropped afterwards."""
    import uuid
    import warnings

    from tests.pg_server import drop_database, fresh_database

    name = f"hub_{uuid.uuid4().hex[:10]}"
    yield fresh_database(pg_server_url, name)
    try:
        drop_database(pg_server_url, name)
    except Exception as error:  # never fail a test over tidying up
        warnings.warn(f"could not drop test database {name}: {error}", stacklevel=1)


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh hub, once as a SQLite file and once on the real PostgreSQL server."""
    from enablement.sync import hub

    url = (f"sqlite:///{tmp_path / 'hub.db'}" if request.param == "sqlite"
           else request.getfixturevalue("pg_url"))
    assert hub.init_hub(url)
    return url


@pytest.fixture(params=[(0o022, 0o644), (0o077, 0o600)], ids=["umask022", "umask077"])
def umask(request: pytest.FixtureRequest):  # noqa: ANN201 - yields the expected mode
    """Run the test under a umask; yields the mode a new file should then have."""
    mask, expected = request.param
    previous = os.umask(mask)
    try:
        yield expected
    finally:
        os.umask(previous)
