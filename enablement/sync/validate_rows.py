"""Checks on whole hub rows of the catalog (assets, their files, the taxonomy) and of deals.

Each function takes a row as the hub holds it (read unconverted by ``hub.raw_select``)
and rebuilds it from checked fields (validate_fields.py), or raises ``Refused``. The
limits are the importer's own (its formats, its size and text limits), so a hub can hold
nothing a laptop could not have imported itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from enablement.catalog import synonyms
from enablement.errors import UserError
from enablement.feedback.deals import DealRow
from enablement.imports.extract import FORMAT_NAMES, SUPPORTED_EXTENSIONS, Limits
from enablement.sync.validate_fields import (
    MAX_LABEL_CHARS,
    Refused,
    day,
    file_name,
    flag,
    json_value,
    key,
    moment,
    number,
    plain,
    sha256,
    show,
    text,
    uuid_text,
    whole,
)

FORMATS = frozenset(f for f in FORMAT_NAMES if f".{f}" in SUPPORTED_EXTENSIONS)
MAX_FILE_BYTES = Limits().max_bytes        # the importer refuses larger files
MAX_BODY_CHARS = Limits().max_text_chars   # and cuts text at this length
MAX_TITLE_CHARS = 2_000
MAX_SUMMARY_CHARS = 20_000
MAX_TAGS = 500
MAX_PAGES = 1_000_000
MAX_DOCUMENT_CHARS = 10_000_000            # the taxonomy's JSON
CRM_PATTERN = re.compile(r"\w{1,16}")


def extension_and_format(extension: object, fmt: object) -> tuple[str, str]:
    """One of the importer's formats, and the extension the importer gives it."""
    if fmt not in FORMATS:
        raise Refused("format", f"{show(fmt)} is not one of the library's formats "
                                f"({', '.join(sorted(FORMATS))})")
    if extension != f".{fmt}":
        raise Refused("extension", f"{show(extension)} is not .{fmt}, the extension of the "
                                   f"format {fmt}")
    return f".{fmt}", str(fmt)


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


def synonym_document(value: object
                     ) -> tuple[list[tuple[str, ...]], list[tuple[str, Refused]]]:
    """The checked groups of a hub synonym list, and the groups refused (by number); a
    document that is not a list of groups is refused whole. An entry is checked as one
    typed here would be (``synonyms.normalise_entry``)."""
    data = json_value(value, "document", MAX_DOCUMENT_CHARS)
    if not isinstance(data, list):
        raise Refused("document", "not a JSON list of synonym groups")
    groups: list[tuple[str, ...]] = []
    refused: list[tuple[str, Refused]] = []
    for position, group in enumerate(data[:synonyms.MAX_GROUPS], 1):
        try:
            if not isinstance(group, list) or not all(isinstance(e, str) for e in group):
                raise Refused("entries", "not a list of words and phrases")
            try:
                entries = synonyms.normalise_entries(group)
            except UserError as problem:
                raise Refused("entries", plain(str(problem), 120)) from None
            if not 2 <= len(entries) <= synonyms.MAX_GROUP_ENTRIES:
                raise Refused("entries", f"{len(entries)} entries; a group holds 2 to "
                                         f"{synonyms.MAX_GROUP_ENTRIES}")
        except Refused as problem:
            refused.append((f"group {position}", problem))
            continue
        groups.append(entries)
    return groups, refused


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
