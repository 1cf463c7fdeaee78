"""The layering rules of ARCHITECTURE.md, checked in a clean interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _modules_after_import(code: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
        cwd=REPO, capture_output=True, text=True, check=True,
    )
    return set(result.stdout.split())


def test_core_and_index_import_without_qt() -> None:
    loaded = _modules_after_import(
        "import enablement.library, enablement.cli.main, enablement.cli.library_commands, index"
    )
    assert "enablement.library" in loaded
    assert not any(name.split(".")[0] == "PySide6" for name in loaded)


def test_index_does_not_import_the_rest_of_the_app() -> None:
    loaded = _modules_after_import("import index")
    assert "index.search" in loaded
    assert not any(name.split(".")[0] in {"enablement", "ui", "sqlalchemy"} for name in loaded)
