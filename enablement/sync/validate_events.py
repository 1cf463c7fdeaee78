"""Checks on hub events: the columns every event has, and each kind's payload.

A hub event is a ``hub_events`` row: common columns (id, author, device, time, the asset
and deal it is about) and a JSON ``payload`` of the kind's own fields. ``event`` checks
the common part and hands the payload to the kind's check, one of the ``*_fields``
functions below, which the event-kind registry (enablement/feedback/events.py) names for
each kind. Each check returns the kind's local columns, rebuilt from checked values.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from enablement.search.service import SORTS
from enablement.store.models import FIELD_NOTE_KINDS, USAGE_ACTIONS
from enablement.sync.validate_fields import (
    MAX_LABEL_CHARS,
    MAX_TEXT_CHARS,
    Refused,
    flag,
    json_value,
    moment,
    number,
    optional_text,
    plain,
    show,
    text,
    uuid_text,
    whole,
)

MAX_PAYLOAD_CHARS = 1_000_000              # one event's JSON

PayloadCheck = Callable[[dict[str, Any]], dict[str, Any]]
"""A kind's payload, checked, as the columns of its local table (``Refused`` if not)."""


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


def event_ref(row: Mapping[str, Any]) -> str:
    """Kind and id: how a refused event is named in the report."""
    return f"{plain(row.get('kind'), 20)} {plain(row.get('id'), 40)}"


def event(row: Mapping[str, Any], check: PayloadCheck) -> HubEvent:
    """A hub_events row of a known kind, with ``check`` its kind's payload check, as this
    laptop may store it; else ``Refused``."""
    payload = json_value(row["payload"], "payload", MAX_PAYLOAD_CHARS)
    if not isinstance(payload, dict):
        raise Refused("payload", "not a JSON object")
    return HubEvent(
        id=uuid_text(row["id"], "id"),
        kind=row["kind"],
        device_id=text(row["device_id"], "device_id", 36, one_line=True),
        user_name=text(row["user_name"], "user_name", 200, one_line=True),
        asset_uuid=None if row["asset_uuid"] is None else text(row["asset_uuid"],
                                                               "asset_uuid", 36),
        deal_key=None if row["deal_key"] is None else text(row["deal_key"], "deal_key", 300),
        created_at=moment(row["created_at"], "created_at"),
        fields=check(payload),
    )


# -- parts of payloads ---------------------------------------------------------------------

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


# -- each kind's payload -------------------------------------------------------------------

def rating_fields(p: dict[str, Any]) -> dict[str, Any]:
    return {"stars": whole(p.get("stars"), "stars", 1, 5),
            "helped": flag(p.get("helped"), "helped", optional=True),
            "deal_name": optional_text(p.get("deal_name"), "deal_name", MAX_LABEL_CHARS * 4),
            "objections": json.dumps(_strings(p.get("objections"), "objections", 100)),
            "comment": optional_text(p.get("comment"), "comment", MAX_TEXT_CHARS)}


def usage_fields(p: dict[str, Any]) -> dict[str, Any]:
    action = p.get("action")
    if action not in USAGE_ACTIONS:
        raise Refused("action", f"{show(action)} is not one of {', '.join(USAGE_ACTIONS)}")
    return {"action": action, "search_id": _search_id(p.get("search_id"))}


def search_fields(p: dict[str, Any]) -> dict[str, Any]:
    sort = p.get("sort", "relevance")
    if sort not in SORTS:
        raise Refused("sort", f"{show(sort)} is not one of {', '.join(SORTS)}")
    return {"text": text(p.get("text"), "text", MAX_LABEL_CHARS * 4),
            "filters": _filters(p.get("filters")), "sort": sort,
            "result_count": whole(p.get("result_count"), "result_count", 0, 10**9),
            "query_key": optional_text(p.get("query_key"), "query_key", MAX_LABEL_CHARS * 4)}


def field_note_fields(p: dict[str, Any]) -> dict[str, Any]:
    kind = p.get("kind")
    if kind not in FIELD_NOTE_KINDS:
        raise Refused("kind", f"{show(kind)} is not one of {', '.join(FIELD_NOTE_KINDS)}")
    return {"kind": kind, "value_key": text(p.get("value_key"), "value_key", 120,
                                            required=True),
            "stage": optional_text(p.get("stage"), "stage", 120),
            "deal_name": optional_text(p.get("deal_name"), "deal_name", MAX_LABEL_CHARS * 4),
            "note": optional_text(p.get("note"), "note", MAX_TEXT_CHARS)}


def request_fields(p: dict[str, Any]) -> dict[str, Any]:
    return {"need": text(p.get("need"), "need", MAX_TEXT_CHARS, required=True),
            "query": optional_text(p.get("query"), "query", MAX_LABEL_CHARS * 4),
            "stage": optional_text(p.get("stage"), "stage", 120),
            "objection": optional_text(p.get("objection"), "objection", 120),
            "search_id": _search_id(p.get("search_id"))}


def roi_run_fields(p: dict[str, Any]) -> dict[str, Any]:
    return {"inputs": _numbers(p.get("inputs"), "inputs"),
            "results": _numbers(p.get("results"), "results", results=True)}
