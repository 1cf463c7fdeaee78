"""Checks on everything a hub sends, before it touches the disk or the library.

A hub is a shared database: anyone with its address and password can write any row, in
any column type SQLite allows. So each row is read unconverted (``hub.raw_select``),
taken apart field by field here and rebuilt from checked values. A row that fails raises
``Refused`` naming the field and why; pull.py skips that row alone and the sync reports
it. The limits are the importer's own (its formats, its size and text limits), so a hub
can hold nothing a laptop could not have imported itself.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from enablement.feedback.deals import DealRow
from enablement.imports.extract import FORMAT_NAMES, SUPPORTED_EXTENSIONS, Limits
from enablement.search.service import SORTS
from enablement.store.content import SHA256_PATTERN
from enablement.store.models import FIELD_NOTE_KINDS, USAGE_ACTIONS

FORMATS = frozenset(f for f in FORMAT_NAMES if f".{f}" in SUPPORTED_EXTENSIONS)
MAX_FILE_BYTES = Limits().max_bytes        # the importer refuses larger files
MAX_BODY_CHARS = Limits().max_text_chars   # and cuts text at this length
MAX_TITLE_CHARS = 2_000
MAX_SUMMARY_CHARS = 20_000
MAX_NAME_BYTES = 255                       # a file name on every common file system
MAX_LABEL_CHARS = 300
MAX_TEXT_CHARS = 20_000                    # a comment, a note, a deal's name
MAX_TAGS = 500
MAX_PAGES = 1_000_000
MAX_PAYLOAD_CHARS = 1_000_000              # one event's JSON
MAX_DOCUMENT_CHARS = 10_000_000            # the taxonomy's JSON
MAX_AMOUNT = 1e15
KEY_PATTERN = re.compile(r"\w{1,120}")      # what taxonomy.slug makes
CRM_PATTERN = re.compile(r"\w{1,16}")
# Bidirectional controls make "txt.exe" read as "exe.txt"; never part of an honest name.
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc, exactly


class Refused(ValueError):
    """One field of a hub row that this laptop will not take; str() is "field: why"."""

    def __init__(self, field: str, why: str) -> None:
        super().__init__(f"{field}: {why}")
        self.field = field


@dataclass(frozen=True)
class Refusal:
    """A hub row skipped by a sync: what it was, which one, and why (fit to show)."""

    what: str    # "catalog row", "deal", "event", "taxonomy value" or "taxonomy"
    ref: str     # which one, as a person finds it: title and uuid, deal key, event id
    reason: str  # "field: why"

    def __str__(self) -> str:
        return f"{self.what} {self.ref}: {self.reason}"


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


def extension_and_format(extension: object, fmt: object) -> tuple[str, str]:
    """One of the importer's formats, and the extension the importer gives it."""
    if fmt not in FORMATS:
        raise Refused("format", f"{show(fmt)} is not one of the library's formats "
                                f"({', '.join(sorted(FORMATS))})")
    if extension != f".{fmt}":
        raise Refused("extension", f"{show(extension)} is not .{fmt}, the extension of the "
                                   f"format {fmt}")
    return f".{fmt}", str(fmt)


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


def tag_pairs(value: object, facets: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """The JSON list of [field, key] pairs marketing set, for fields this library has."""
    data = json_value(value, "tags", MAX_TAGS * 300)
    if not isinstance(data, list):
        raise Refused("tags", "not a JSON list of [field, key] pairs")
    if len(data) > MAX_TAGS:
        raise Refused("tags", f"{len(data):,} tags, more than {MAX_TAGS}")
    pairs: dict[tuple[str, str], None] = {}
    for item in data:
        if not (isinstance(item, list) and len(item) == 2):
            raise Refused("tags", f"{show(item)} is not a [field, key] pair")
        facet, value_key = item
        if facet not in facets:
            raise Refused("tags", f"unknown tag field {show(facet)} (this library has "
                                  f"{', '.join(sorted(facets))})")
        pairs[(facet, key(value_key, "tags"))] = None
    return tuple(pairs)


# -- catalog rows ----------------------------------------------------------------------------

@dataclass(frozen=True)
class HubAsset:
    """A published asset, every field checked (see ``asset``)."""

    uuid: str
    version: int
    fingerprint: str
    sha256: str
    extension: str
    title: str
    summary: str
    format: str
    source_name: str
    pages: int | None
    has_text: bool
    expires_on: date | None
    tags: tuple[tuple[str, str], ...]
    body: str
    retired: bool


def asset_ref(row: Mapping[str, Any]) -> str:
    """'Title' (uuid): how a refused catalog row is named in the report."""
    return f"'{plain(row.get('title'))}' ({plain(row.get('uuid'), 40)})"


def asset(row: Mapping[str, Any], facets: frozenset[str], top: int) -> HubAsset:
    """A hub_assets row as this laptop may store it, else ``Refused``."""
    extension, fmt = extension_and_format(row["extension"], row["format"])
    return HubAsset(
        uuid=uuid_text(row["uuid"], "uuid"),
        version=whole(row["version"], "version", 1, top),
        fingerprint=sha256(row["fingerprint"], "fingerprint"),
        sha256=sha256(row["sha256"]),
        extension=extension,
        title=text(row["title"], "title", MAX_TITLE_CHARS, required=True),
        summary=text(row["summary"], "summary", MAX_SUMMARY_CHARS),
        format=fmt,
        source_name=file_name(row["source_name"]),
        pages=whole(row["pages"], "pages", 0, MAX_PAGES, optional=True),
        has_text=bool(flag(row["has_text"], "has_text")),
        expires_on=day(row["expires_on"], "expires_on"),
        tags=tag_pairs(row["tags"], facets),
        body=text(row["body"], "body", MAX_BODY_CHARS),
        retired=bool(flag(row["retired"], "retired")),
    )


def file_size(size: object, length: object) -> int:
    """The byte count of a hub file, checked before its bytes are fetched."""
    held = whole(length, "file", 0, 2**62)
    if held > MAX_FILE_BYTES:
        raise Refused("file", f"{held:,} bytes, more than the {MAX_FILE_BYTES // 2**20} MB "
                              "the importer takes")
    if size != held:
        raise Refused("file", f"the hub says it has {show(size)} bytes but holds {held:,}")
    return held


# -- taxonomy ------------------------------------------------------------------------------

def taxonomy_value(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Refused("value", f"{show(value)} is not an object with a key and a label")
    phrases = value.get("phrases") or {}
    if not isinstance(phrases, dict) or len(phrases) > 500:
        raise Refused("phrases", "not an object of at most 500 phrase: weight pairs")
    return {
        "key": key(value.get("key"), "key"),
        "label": text(value.get("label"), "label", MAX_LABEL_CHARS, required=True,
                      one_line=True),
        "phrases": {text(phrase, "phrases", MAX_LABEL_CHARS, required=True, one_line=True):
                    number(weight, "phrases", 100.0) for phrase, weight in phrases.items()},
    }


def taxonomy_document(value: object) -> tuple[dict[str, dict], list[tuple[str, Refused]]]:
    """The checked fields and values of a hub taxonomy, and the values refused (by
    "field/key"); a document that is not an object of fields is refused whole."""
    data = json_value(value, "document", MAX_DOCUMENT_CHARS)
    if not isinstance(data, dict):
        raise Refused("document", "not a JSON object of tag fields")
    clean: dict[str, dict] = {}
    refused: list[tuple[str, Refused]] = []
    for name, spec in data.items():
        values = spec.get("values", []) if isinstance(spec, dict) else None
        if len(name) > 32 or not isinstance(values, list):
            refused.append((plain(name, 40), Refused("values", "the field is not an object "
                                                     "with a list of values")))
            continue
        kept = []
        for value in values[:5_000]:
            try:
                kept.append(taxonomy_value(value))
            except Refused as problem:
                which = value.get("key") if isinstance(value, dict) else value
                refused.append((f"{plain(name, 40)}/{plain(which, 40)}", problem))
        clean[name] = {"values": kept}
    return clean, refused


# -- deals ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class HubDeal(DealRow):
    """A CRM export's deal row as the hub holds it: which CRM, and when it was imported."""

    crm: str
    updated_at: datetime


def deal(row: Mapping[str, Any]) -> HubDeal:
    crm = text(row["crm"], "crm", 16, required=True)
    if not CRM_PATTERN.fullmatch(crm):
        raise Refused("crm", f"{show(crm)} is not a CRM name")
    return HubDeal(
        crm=crm,
        external_id=text(row["external_id"], "external_id", 200, required=True,
                         one_line=True),
        name=text(row["name"], "name", MAX_LABEL_CHARS * 4),
        account=text(row["account"], "account", MAX_LABEL_CHARS * 4),
        amount=number(row["amount"], "amount", optional=True),
        stage=text(row["stage"], "stage", MAX_LABEL_CHARS),
        is_closed=bool(flag(row["is_closed"], "is_closed")),
        is_won=bool(flag(row["is_won"], "is_won")),
        close_date=day(row["close_date"], "close_date"),
        kind=text(row["kind"], "kind", MAX_LABEL_CHARS),
        updated_at=moment(row["updated_at"], "updated_at"),
    )


# -- events --------------------------------------------------------------------------------

@dataclass(frozen=True)
class HubEvent:
    """An event with its common fields checked and its payload turned into the columns of
    its local table (``fields``)."""

    id: str
    kind: str
    device_id: str
    user_name: str
    asset_uuid: str | None
    deal_key: str | None
    created_at: datetime
    fields: dict[str, Any]


def _strings(value: object, field: str, most: int, limit: int = 120) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > most:
        raise Refused(field, f"not a list of at most {most} texts")
    return [text(item, field, limit) for item in value]


def _search_id(value: object) -> str | None:
    return None if value is None else text(value, "search_id", 36, one_line=True)


def _filters(value: object) -> str:
    if value is None:
        return "{}"
    if not isinstance(value, dict) or len(value) > 50:
        raise Refused("filters", "not an object of tag field: [keys]")
    return json.dumps({text(facet, "filters", 32): _strings(keys, "filters", 500)
                       for facet, keys in value.items()})


def _numbers(value: object, field: str, results: bool = False) -> str:
    """ROI inputs (name: number) or results (name: number, null or {"error": text})."""
    if value is None:
        value = {}
    if not isinstance(value, dict) or len(value) > 1_000:
        raise Refused(field, "not an object of name: number")
    checked: dict[str, object] = {}
    for name, item in value.items():
        text(name, field, 200)
        if results and (item is None or (isinstance(item, dict) and set(item) == {"error"})):
            checked[name] = item if item is None else {"error": text(item["error"], field,
                                                                     2_000)}
        else:
            number(item, f"{field} {plain(name, 40)}")
            checked[name] = item  # as entered: 12000 stays 12000
    return json.dumps(checked, sort_keys=True)


def _rating(p: dict[str, Any]) -> dict[str, Any]:
    return {"stars": whole(p.get("stars"), "stars", 1, 5),
            "helped": flag(p.get("helped"), "helped", optional=True),
            "deal_name": optional_text(p.get("deal_name"), "deal_name", MAX_LABEL_CHARS * 4),
            "objections": json.dumps(_strings(p.get("objections"), "objections", 100)),
            "comment": optional_text(p.get("comment"), "comment", MAX_TEXT_CHARS)}


def _usage(p: dict[str, Any]) -> dict[str, Any]:
    action = p.get("action")
    if action not in USAGE_ACTIONS:
        raise Refused("action", f"{show(action)} is not one of {', '.join(USAGE_ACTIONS)}")
    return {"action": action, "search_id": _search_id(p.get("search_id"))}


def _search(p: dict[str, Any]) -> dict[str, Any]:
    sort = p.get("sort", "relevance")
    if sort not in SORTS:
        raise Refused("sort", f"{show(sort)} is not one of {', '.join(SORTS)}")
    return {"text": text(p.get("text"), "text", MAX_LABEL_CHARS * 4),
            "filters": _filters(p.get("filters")), "sort": sort,
            "result_count": whole(p.get("result_count"), "result_count", 0, 10**9),
            "query_key": optional_text(p.get("query_key"), "query_key", MAX_LABEL_CHARS * 4)}


def _field_note(p: dict[str, Any]) -> dict[str, Any]:
    kind = p.get("kind")
    if kind not in FIELD_NOTE_KINDS:
        raise Refused("kind", f"{show(kind)} is not one of {', '.join(FIELD_NOTE_KINDS)}")
    return {"kind": kind, "value_key": text(p.get("value_key"), "value_key", 120,
                                            required=True),
            "stage": optional_text(p.get("stage"), "stage", 120),
            "deal_name": optional_text(p.get("deal_name"), "deal_name", MAX_LABEL_CHARS * 4),
            "note": optional_text(p.get("note"), "note", MAX_TEXT_CHARS)}


def _request(p: dict[str, Any]) -> dict[str, Any]:
    return {"need": text(p.get("need"), "need", MAX_TEXT_CHARS, required=True),
            "query": optional_text(p.get("query"), "query", MAX_LABEL_CHARS * 4),
            "stage": optional_text(p.get("stage"), "stage", 120),
            "objection": optional_text(p.get("objection"), "objection", 120),
            "search_id": _search_id(p.get("search_id"))}


def _roi_run(p: dict[str, Any]) -> dict[str, Any]:
    return {"inputs": _numbers(p.get("inputs"), "inputs"),
            "results": _numbers(p.get("results"), "results", results=True)}


PAYLOADS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "rating": _rating, "usage": _usage, "search": _search, "field_note": _field_note,
    "request": _request, "roi_run": _roi_run}


def event_ref(row: Mapping[str, Any]) -> str:
    return f"{plain(row.get('kind'), 20)} {plain(row.get('id'), 40)}"


def event(row: Mapping[str, Any]) -> HubEvent | None:
    """A hub_events row as this laptop may store it; None for a kind this version does
    not know (a newer app's: left at the hub, as before); else ``Refused``."""
    kind = row["kind"]
    if kind not in PAYLOADS:
        return None
    payload = json_value(row["payload"], "payload", MAX_PAYLOAD_CHARS)
    if not isinstance(payload, dict):
        raise Refused("payload", "not a JSON object")
    return HubEvent(
        id=uuid_text(row["id"], "id"),
        kind=kind,
        device_id=text(row["device_id"], "device_id", 36, one_line=True),
        user_name=text(row["user_name"], "user_name", 200, one_line=True),
        asset_uuid=None if row["asset_uuid"] is None else text(row["asset_uuid"],
                                                               "asset_uuid", 36),
        deal_key=None if row["deal_key"] is None else text(row["deal_key"], "deal_key", 300),
        created_at=moment(row["created_at"], "created_at"),
        fields=PAYLOADS[kind](payload),
    )


# -- the report ----------------------------------------------------------------------------

# Per kind: the words for one and many, and what a person can do about it.
NAMES = {
    "catalog row": ("catalog row", "catalog rows", "ask marketing to publish again; this "
                    "laptop tries again at every sync"),
    "taxonomy value": ("taxonomy value", "taxonomy values",
                       "ask marketing to fix the taxonomy and publish again"),
    "taxonomy": ("taxonomy document", "taxonomy documents",
                 "ask marketing to publish the taxonomy again"),
    "deal": ("deal", "deals", "damaged at the hub: ask whoever runs it"),
    "event": ("team event", "team events", "damaged at the hub: ask whoever runs it (events "
              "are not tried again)"),
}


def summary(refused: Iterable[Refusal], examples: int = 3) -> list[str]:
    """One line per kind: "2 catalog rows from the hub were refused: 'X' (…): why; …",
    then what to do; every one is in the log."""
    grouped: dict[str, list[Refusal]] = {}
    for refusal in refused:
        grouped.setdefault(refusal.what, []).append(refusal)
    lines = []
    for what, items in grouped.items():
        one, many, advice = NAMES.get(what, (what, what + "s", "ask whoever runs the hub"))
        count = len(items)
        shown = "; ".join(f"{r.ref}: {r.reason}" for r in items[:examples])
        more = f"; and {count - examples} more (all are in the log)" if count > examples else ""
        verb = "was" if count == 1 else "were"
        lines.append(f"{count} {one if count == 1 else many} from the hub {verb} refused: "
                     f"{shown}{more}. Skipped; {advice}.")
    return lines
