"""Text that can be stored, printed and logged: what every reader and every name passes
through before SQLite, JSON output or a log file sees it."""

from __future__ import annotations

import os
from pathlib import Path


def clean_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD.

    Damaged PDFs (a font mapping a glyph to half a UTF-16 pair) and names decoded with
    ``surrogateescape`` hand Python strings that SQLite, JSON output and log files refuse
    to encode. Every format passes through here, so no reader has to remember. A pair
    split into two code points is joined back into its character.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def path_text(path: Path | str) -> str:
    """A path as text that can be stored, printed and logged, the same on every import.

    On Linux a name is bytes; bytes that are not UTF-8 (a file copied from an old Latin-1
    system) reach Python as lone surrogates. They are written as ``\\xNN`` instead, so
    the name reads sensibly ("caf\\xe9.txt") and re-importing the file finds it again.
    """
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:  # a surrogate that no file system name produced
        return clean_text(os.fspath(path))
    return raw.decode("utf-8", "backslashreplace")
