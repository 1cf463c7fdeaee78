"""What the window remembers between runs, over QSettings.

``ENABLEMENT_SETTINGS`` points at an INI file instead of the OS store, so tests and
benchmarks never read or overwrite a real user's settings.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ROLES = ("rep", "marketer")


def open_settings() -> QSettings:
    override = os.environ.get("ENABLEMENT_SETTINGS")
    if override:
        return QSettings(override, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     "Enablement", "Enablement")


class AppSettings:
    def __init__(self, store: QSettings) -> None:
        self.store = store

    # -- who and where ------------------------------------------------------------------

    @property
    def library_dir(self) -> Path | None:
        value = self.store.value("library/path", "", str)
        return Path(value) if value else None

    @library_dir.setter
    def library_dir(self, path: Path | None) -> None:
        self.store.setValue("library/path", str(path) if path else "")

    @property
    def user_name(self) -> str:
        return self.store.value("user/name", "", str)

    @user_name.setter
    def user_name(self, name: str) -> None:
        self.store.setValue("user/name", name.strip())

    @property
    def role(self) -> str:
        role = self.store.value("user/role", "rep", str)
        return role if role in ROLES else "rep"

    @role.setter
    def role(self, role: str) -> None:
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        self.store.setValue("user/role", role)

    # -- window state -------------------------------------------------------------------

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self.store.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes_value(self, key: str, value: QByteArray) -> None:
        self.store.setValue(f"window/{key}", value)

    @property
    def filters(self) -> dict[str, list[str]]:
        try:
            raw = json.loads(self.store.value("search/filters", "{}", str))
        except ValueError:
            return {}
        if not isinstance(raw, dict):
            return {}
        return {str(k): [str(v) for v in vs] for k, vs in raw.items() if isinstance(vs, list)}

    @filters.setter
    def filters(self, filters: dict[str, list[str]]) -> None:
        self.store.setValue("search/filters", json.dumps(filters, sort_keys=True))

    @property
    def sort(self) -> str:
        return self.store.value("search/sort", "relevance", str)

    @sort.setter
    def sort(self, sort: str) -> None:
        self.store.setValue("search/sort", sort)

    def sync(self) -> None:
        self.store.sync()
