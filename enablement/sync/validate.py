"""Checks on everything a hub sends, before it touches the disk or the library; and the
report of what a sync refused.

A hub is a shared database: anyone with its address and password can write any row, in
any column type SQLite allows. So each row is read unconverted (``hub.raw_select``),
taken apart field by field and rebuilt from checked values:

* validate_fields.py: single fields (text, numbers, dates, ids, file names, JSON);
* validate_rows.py: catalog rows, their files, the taxonomy, deals;
* validate_events.py: events, with each kind's payload check (named by the event-kind
  registry, enablement/feedback/events.py).

A row that fails raises ``Refused`` naming the field and why; the pull skips that row
alone, ``refuse`` logs it and adds a ``Refusal`` to the sync's report, and ``summary``
says what was refused in a few lines a person can act on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from enablement.sync.validate_fields import Refused

log = logging.getLogger(__name__)

UNKNOWN_EVENT = "unknown event"  # a hub event of a kind no registry entry names


@dataclass(frozen=True)
class Refusal:
    """A hub row skipped by a sync: what it was, which one, and why (fit to show)."""

    what: str    # "catalog row", "deal", "event", UNKNOWN_EVENT, "taxonomy value", "taxonomy"
    ref: str     # which one, as a person finds it: title and uuid, deal key, event id
    reason: str  # "field: why"

    def __str__(self) -> str:
        return f"{self.what} {self.ref}: {self.reason}"


def refuse(refused: list[Refusal], what: str, ref: str, problem: Refused) -> None:
    """Skip one hub row: a log line a person can act on, and a line in the sync report."""
    refusal = Refusal(what, ref, str(problem))
    log.warning("Refused from the hub: %s", refusal)
    refused.append(refusal)


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
    UNKNOWN_EVENT: ("team event of a kind this version does not know",
                    "team events of kinds this version does not know",
                    "a newer Enablement made them: update this app (events are not tried "
                    "again; they stay at the hub)"),
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
