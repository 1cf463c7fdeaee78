"""Checks on single fields of a hub row: each takes a value as the hub holds it and gives
it back checked and typed, or raises ``Refused`` naming the field and why.

A hub column may hold any value (SQLite keeps any type in any column), so nothing here
trusts a declared type: every check starts from ``object``. The rows built from these
fields are in validate_rows.py (catalog, taxonomy, deals) and validate_events.py.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from datetime import date, datetime
from typing import Any

from enablement.store.content import SHA256_PATTERN

MAX_NAME_BYTES = 255                       # a file name on every common file system
MAX_LABEL_CHARS = 300
MAX_TEXT_CHARS = 20_000                    # a comment, a note, a deal's name
MAX_AMOUNT = 1e15
KEY_PATTERN = re.compile(r"\w{1,120}")      # what taxonomy.slug makes
# Bidirectional controls make "txt.exe" read as "exe.txt"; never part of an honest name.
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc, exactly


class Refused(ValueError):
    """One field of a hub row that this laptop will not take; str() is "field: why"."""

    def __init__(self, field: str, why: str) -> None:
        super().__init__(f"{field}: {why}")
        self.field = field


def show(value: object, limit: int = 60) -> str:
    """A value from the hub as it may be logged or shown: quoted, one line, short."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def plain(value: object, limit: int = 60) -> str:
    """A hub string for a message (a title, a key), without its control characters."""
    if not isinstance(value, str):
        return show(value, limit)
    text = "".join(ch for ch in CONTROL.sub("", value) if ch not in BIDI_CONTROLS)
    return text if len(text) <= limit else text[:limit] + "…"


# -- single fields -------------------------------------------------------------------------

def text(value: object, field: str, limit: int, required: bool = False,
         one_line: bool = False) -> str:
    if not isinstance(value, str):
        raise Refused(field, f"is {type(value).__name__}, not text")
    if len(value) > limit:
        raise Refused(field, f"{len(value):,} characters, more than {limit:,}")
    if "\x00" in value:
        raise Refused(field, "contains a NUL character")
    if one_line and CONTROL.search(value):
        raise Refused(field, f"{show(value)} contains control characters")
    if required and not value.strip():
        raise Refused(field, "is empty")
    return value


def optional_text(value: object, field: str, limit: int) -> str:
    """A text field an older or newer app may leave out: missing is empty."""
    return "" if value is None else text(value, field, limit)


def whole(value: object, field: str, low: int, high: int, optional: bool = False
          ) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise Refused(field, f"{show(value)} is not a whole number")
    if not low <= value <= high:
        raise Refused(field, f"{value} is out of range ({low:,} to {high:,})")
    return value


def number(value: object, field: str, limit: float = MAX_AMOUNT, optional: bool = False
           ) -> float | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Refused(field, f"{show(value)} is not a number")
    if not math.isfinite(value) or abs(value) > limit:
        raise Refused(field, f"{show(value)} is out of range (at most {limit:,.0f})")
    return float(value)


def flag(value: object, field: str, optional: bool = False) -> bool | None:
    """True or false (SQLite keeps them as 1 and 0)."""
    if value is None and optional:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise Refused(field, f"{show(value)} is not true or false")


def day(value: object, field: str) -> date | None:
    """A date or nothing (SQLite keeps dates as YYYY-MM-DD text)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        raise Refused(field, f"{show(value)} is a time, not a date")
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) <= 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise Refused(field, f"{show(value)} is not a date (YYYY-MM-DD)")


def moment(value: object, field: str) -> datetime:
    """A local time without a zone, as every laptop and the hub keep them."""
    found: datetime | None = value if isinstance(value, datetime) else None
    if isinstance(value, str) and len(value) <= 32:
        try:
            found = datetime.fromisoformat(value)
        except ValueError:
            found = None
    if found is None:
        raise Refused(field, f"{show(value)} is not a date and time")
    if found.tzinfo is not None:
        raise Refused(field, f"{show(value)} has a time zone; the hub keeps local times")
    return found


def sha256(value: object, field: str = "sha256") -> str:
    if not isinstance(value, str) or not SHA256_PATTERN.fullmatch(value):
        raise Refused(field, f"{show(value)} is not a SHA-256 (64 lowercase hex digits)")
    return value


def uuid_text(value: object, field: str) -> str:
    """An id as this app makes them (str(uuid.uuid4())): nothing else gets stored."""
    try:
        if isinstance(value, str) and len(value) == 36 and str(uuid.UUID(value)) == value:
            return value
    except ValueError:
        pass
    raise Refused(field, f"{show(value)} is not an id (a lowercase UUID)")


def file_name(value: object, field: str = "source_name") -> str:
    """A bare file name: no folders, no '..', no control characters, at most 255 bytes."""
    name = text(value, field, MAX_NAME_BYTES, required=True)
    if "/" in name or "\\" in name:
        raise Refused(field, f"{show(name)} has a folder in it; a file name has none")
    if name.strip() in (".", ".."):
        raise Refused(field, f"{show(name)} is not a file name")
    if CONTROL.search(name) or not BIDI_CONTROLS.isdisjoint(name):
        raise Refused(field, f"{show(name)} contains control characters")
    if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        raise Refused(field, f"longer than {MAX_NAME_BYTES} bytes")
    return name


def key(value: object, field: str) -> str:
    if not isinstance(value, str) or not KEY_PATTERN.fullmatch(value):
        raise Refused(field, f"{show(value)} is not a tag key (letters, digits and _, "
                             "at most 120)")
    return value


def json_value(value: object, field: str, limit: int) -> Any:
    raw = text(value, field, limit)
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise Refused(field, f"not JSON ({str(exc)[:60]})") from exc
