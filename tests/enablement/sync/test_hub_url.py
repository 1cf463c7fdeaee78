"""The hub's URL: where it comes from, and a password that never lands in a file."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from enablement.errors import UserError
from enablement.library import Library
from enablement.sync import hub, run


class MemoryKeyring(KeyringBackend):
    """Stands in for the OS keyring, which a CI machine does not have."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture()
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_a_password_goes_to_the_keyring_and_nowhere_else(memory_keyring: MemoryKeyring,
                                                         tmp_path: Path) -> None:
    url = "postgresql+psycopg://dana:s3cr3t-pw@127.0.0.1:9/enablement"
    bare = hub.save_password(url)
    assert bare == "postgresql+psycopg://dana@127.0.0.1:9/enablement"
    assert memory_keyring.secrets == {(hub.KEYRING_SERVICE, bare): "s3cr3t-pw"}
    with Library.open(tmp_path / "lib") as library:
        run.remember_url(library, bare)
        report = run.sync(library)  # the remembered URL; nothing listens on port 9
        assert report.offline and report.hub_url == bare
    written = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert b"s3cr3t-pw" not in written
    # Connecting puts it back for the driver only.
    engine = hub.engine_for(bare)
    try:
        assert engine.url.password == "s3cr3t-pw"
    finally:
        engine.dispose()


def test_without_a_keyring_the_password_is_refused_with_a_way_out(monkeypatch) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(UserError) as caught:
            hub.save_password("postgresql+psycopg://dana:pw@hub.example.com/enablement")
    finally:
        keyring.set_keyring(previous)
    assert hub.PASSWORD_ENV in str(caught.value)


def test_the_url_comes_from_the_flag_then_the_environment_then_the_library(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(hub.HUB_URL_ENV, "sqlite:///env.db")
    assert hub.resolve_url("sqlite:///flag.db", "sqlite:///saved.db") == "sqlite:///flag.db"
    assert hub.resolve_url(None, "sqlite:///saved.db") == "sqlite:///env.db"
    monkeypatch.delenv(hub.HUB_URL_ENV)
    assert hub.resolve_url(None, "sqlite:///saved.db") == "sqlite:///saved.db"
    with pytest.raises(UserError, match="hub init"):
        hub.resolve_url(None, "")
    with pytest.raises(UserError, match="not a database URL"):
        hub.parse_url("hub.example.com")
