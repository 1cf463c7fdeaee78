"""The app's command line (``main.py``) in a real subprocess, the one way every test starts it.

Tests that check exit codes, output and what a second process sees run ``main.py`` itself,
not a function of it. Starting it one way everywhere keeps them from drifting apart: this
Python, ``--library`` first, and ``os.environ`` with only the differences a test asks for
(a user, variables set or removed), so a test says what is special about its run and no more.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MAIN = REPO / "main.py"

Env = Mapping[str, str | None]  # variables to set, or (None) to remove


def main_command(*args: str, library: Path | None = None,
                 prefix: Sequence[str] = ()) -> list[str]:
    """``prefix`` (a command to run it under), this Python, main.py, ``--library LIBRARY``
    when a library is given, then ``args``."""
    command = [*prefix, sys.executable, str(MAIN)]
    if library is not None:
        command += ["--library", str(library)]
    return [*command, *args]


def main_env(user: str | None = None, env: Env | None = None) -> dict[str, str]:
    """The current ``os.environ``, ``ENABLEMENT_USER=user`` when a user is given, then the
    ``env`` overrides, where a value of None removes the variable."""
    merged: dict[str, str | None] = {**os.environ}
    if user is not None:
        merged["ENABLEMENT_USER"] = user
    merged.update(env or {})
    return {name: value for name, value in merged.items() if value is not None}


def run_main(*args: str, library: Path | None = None, user: str | None = None,
             env: Env | None = None, timeout: float = 180, input: str | None = None,
             cwd: Path | None = None,
             prefix: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
    """Run ``main.py args`` to the end and capture its output as text (never raises on a
    non-zero exit; ``cwd`` None: this process's own directory)."""
    return subprocess.run(main_command(*args, library=library, prefix=prefix), cwd=cwd,
                          env=main_env(user, env), input=input, capture_output=True,
                          text=True, timeout=timeout, check=False)


def start_main(*args: str, library: Path | None = None, user: str | None = None,
               env: Env | None = None, cwd: Path | None = None,
               stdout: int | None = subprocess.PIPE,
               stderr: int | None = subprocess.PIPE) -> subprocess.Popen[str]:
    """Start ``main.py args`` and return at once (text pipes unless ``stdout``/``stderr``
    say otherwise, e.g. ``subprocess.DEVNULL``); the caller waits for it or kills it."""
    return subprocess.Popen(main_command(*args, library=library), cwd=cwd,
                            env=main_env(user, env), stdout=stdout, stderr=stderr, text=True)
