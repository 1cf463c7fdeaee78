"""Fixtures of the index's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.index.machines import TMP_ROOT


@pytest.fixture()
def machine_root(tmp_path: Path) -> None:
    """Give the state machines of tests.index.machines this test's temporary folder."""
    TMP_ROOT[:] = [str(tmp_path)]
