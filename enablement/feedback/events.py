"""The kinds of feedback and usage event, one registry entry each.

Every event is an append-only row with an id made on the laptop (ARCHITECTURE.md). What
sync does with a kind is said once, here: which columns of its table go into the hub's
JSON payload and how, which references it has (an asset, a deal, a search) and so how it
is keyed at the hub, the check its payload passes when pulled, and how a pulled event
becomes a local row. Push (sync/push.py) and pull (sync/pull_events.py) only follow
these entries, so a kind cannot be pushed but not pulled, or be silently left behind.

Adding a kind: its model (store/models.py), a migration creating its table and its
outbox trigger (``AFTER INSERT ... WHEN NEW.device_id = ''``, as in 0010), its payload
check (sync/validate_events.py) and an entry in ``KINDS``, plus a sample row in
tests/enablement/feedback/test_event_kinds.py, which fails until all of them agree.
Never rename a kind or a payload key: hubs and other laptops hold them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

from enablement.store.models import (
    Base,
    ContentRequest,
    FieldNote,
    RatingEvent,
    RoiRun,
    SearchEvent,
    UsageEvent,
)

if TYPE_CHECKING:
    from enablement.sync.validate_events import HubEvent, PayloadCheck

# Sync owns the checks of what a hub hands back (nothing from a hub is trusted); an entry
# names its check there, so this registry needs nothing of sync to be read.
CHECKS_MODULE = "enablement.sync.validate_events"

# Columns every event table has, carried in hub_events columns of the same names.
COMMON_COLUMNS = ("id", "user_name", "created_at", "device_id")


@dataclass(frozen=True)
class Carried:
    """A column of the local row that travels in the hub payload, under its own name."""

    column: str
    json_empty: str | None = None  # JSON text here, sent as its value; '' reads as this

    def payload_value(self, row: object) -> object:
        value = getattr(row, self.column)
        if self.json_empty is None:
            return value
        return json.loads(value or self.json_empty)


def carried(*columns: str) -> tuple[Carried, ...]:
    """Columns sent as they are."""
    return tuple(Carried(column) for column in columns)


@dataclass(frozen=True)
class EventKind:
    """One kind of event: its table and how sync moves it between a laptop and the hub."""

    name: str                     # sync_outbox.kind and hub_events.kind
    model: type[Base]             # the local table (append-only, id made on the laptop)
    payload: tuple[Carried, ...]  # hub_events.payload: these columns, in this order
    check: str                    # its check in CHECKS_MODULE: a pulled payload, checked
    about_asset: bool = False     # asset_id: the asset's uuid at the hub; an event about an
    #                               asset this library lacks stays at the hub ("kept")
    on_deal: bool = False         # deal_id: the deal's "crm:external id" at the hub; a deal
    #                               this library lacks leaves it unset
    from_search: bool = False     # search_id (in the payload) names a search event; one
    #                               this library lacks is cleared
    local_only: tuple[str, ...] = ()  # columns this library works out for itself

    def payload_check(self) -> PayloadCheck:
        return getattr(import_module(CHECKS_MODULE), self.check)

    @property
    def table(self) -> str:
        return self.model.__tablename__

    def reference_columns(self) -> tuple[str, ...]:
        """The local columns sent as the hub's keys (asset uuid, deal key), not as is."""
        return (("asset_id",) if self.about_asset else ()) + (
            ("deal_id",) if self.on_deal else ())

    def hub_payload(self, row: object) -> dict[str, Any]:
        """The JSON object pushed as ``hub_events.payload`` for one local row."""
        return {item.column: item.payload_value(row) for item in self.payload}

    def local_row(self, event: HubEvent, asset_id: int | None, deal_id: int | None
                  ) -> dict[str, Any]:
        """A checked hub event as a row of this kind's table, with its references already
        found here (``asset_id`` must be known for a kind about an asset)."""
        values: dict[str, Any] = {"id": event.id, "user_name": event.user_name,
                                  "created_at": event.created_at,
                                  "device_id": event.device_id, **event.fields}
        if self.about_asset:
            values["asset_id"] = asset_id
        if self.on_deal:
            values["deal_id"] = deal_id
        return values


# Searches first: a pull inserts kinds in this order, and the others point at searches.
KINDS: tuple[EventKind, ...] = (
    EventKind("search", SearchEvent,
              payload=(*carried("text"), Carried("filters", "{}"),
                       *carried("sort", "result_count", "query_key")),
              check="search_fields",
              local_only=("opened",)),  # set by the search_opened trigger (0007)
    EventKind("rating", RatingEvent,
              payload=(*carried("stars", "helped", "deal_name"), Carried("objections", "[]"),
                       *carried("comment")),
              check="rating_fields", about_asset=True, on_deal=True),
    EventKind("usage", UsageEvent,
              payload=carried("action", "search_id"),
              check="usage_fields", about_asset=True, on_deal=True,
              from_search=True),
    EventKind("field_note", FieldNote,
              payload=carried("kind", "value_key", "stage", "deal_name", "note"),
              check="field_note_fields", on_deal=True),
    EventKind("request", ContentRequest,
              payload=carried("need", "query", "stage", "objection", "search_id"),
              check="request_fields", from_search=True),
    EventKind("roi_run", RoiRun,
              payload=(Carried("inputs", "{}"), Carried("results", "{}")),
              check="roi_run_fields", about_asset=True),
)

BY_NAME: dict[str, EventKind] = {kind.name: kind for kind in KINDS}


def kind_named(name: object) -> EventKind | None:
    """The registered kind of that name; None for any other value (a newer app's kind,
    or junk from a hub)."""
    return BY_NAME.get(name) if isinstance(name, str) else None
