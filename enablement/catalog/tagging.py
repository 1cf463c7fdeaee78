"""Which tags an asset has, and where each came from.

Origins rank, highest first: ``manual`` (edited in the app or with ``tag``), ``manifest``
or ``sidecar``, ``properties`` (the file's own keywords/category), ``suggestion`` (phrase
rules, or learned from the library's confirmed tags). Every origin's tags are stored; a
facet's effective values are those of the highest-ranking origin that has any, so a
re-import refreshes the lower origins and a person's edit always wins and survives.

A ``rejected`` row is a person's "no" to one suggested value: it is never a tag itself,
and it hides that value from the origins below a manifest (properties, suggestions) for
good. A re-import keeps it (it is not an import origin), so what was rejected stays gone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from enablement.catalog.taxonomy import Taxonomy, normalise

ORIGIN_RANK = {"manual": 4, "manifest": 3, "sidecar": 3, "properties": 2, "suggestion": 1}
IMPORT_ORIGINS = ("manifest", "sidecar", "properties", "suggestion")
# Said by a person or a file a person wrote: what suggestions are measured and trained on.
CONFIRMED_ORIGINS = ("manual", "manifest", "sidecar")
REJECTED = "rejected"
# What a rejection hides: the guesses, never what a person or a manifest said.
REJECTABLE = frozenset({"properties", "suggestion"})
# Manual "none": a person cleared the facet on purpose; hides every lower origin.
CLEARED = ""


@dataclass(frozen=True)
class TagRow:
    facet: str
    key: str
    origin: str
    score: float = 1.0


def live(rows: Iterable[TagRow]) -> list[TagRow]:
    """``rows`` less the rejection markers and the guesses they reject."""
    rows = list(rows)
    rejected = {(r.facet, r.key) for r in rows if r.origin == REJECTED}
    return [r for r in rows if r.origin != REJECTED
            and not (r.origin in REJECTABLE and (r.facet, r.key) in rejected)]


def effective(rows: Iterable[TagRow]) -> dict[str, list[TagRow]]:
    """Facet -> the rows that count, from the best origin present for that facet."""
    by_facet: dict[str, list[TagRow]] = {}
    for row in live(rows):
        by_facet.setdefault(row.facet, []).append(row)
    result: dict[str, list[TagRow]] = {}
    for facet, facet_rows in by_facet.items():
        best = max(ORIGIN_RANK.get(r.origin, 0) for r in facet_rows)
        winners = [r for r in facet_rows if ORIGIN_RANK.get(r.origin, 0) == best]
        winners = [r for r in winners if r.key != CLEARED]
        if winners:
            result[facet] = sorted(winners, key=lambda r: (-r.score, r.key))
    return result


def effective_keys(rows: Iterable[TagRow]) -> dict[str, list[str]]:
    return {facet: [r.key for r in rs] for facet, rs in effective(rows).items()}


def tags_from_properties(
    taxonomy: Taxonomy, keywords: Iterable[str], category: str | None
) -> list[TagRow]:
    """Keywords and category that name a taxonomy value exactly (by key or label).

    Only exact names count here: free words in keywords are left to the suggestion rules.
    Open facets match known values only, so a stray keyword never invents a competitor.
    """
    words = [w for w in [*keywords, category or ""] if w.strip()]
    rows: list[TagRow] = []
    seen: set[tuple[str, str]] = set()
    for word in words:
        wanted = normalise(word)
        for facet in taxonomy.facets:
            for value in facet.values:
                if wanted in (normalise(value.key), normalise(value.label)) and (
                    facet.name, value.key
                ) not in seen:
                    seen.add((facet.name, value.key))
                    rows.append(TagRow(facet.name, value.key, "properties"))
    kinds = [r for r in rows if r.facet == "kind"]
    return [r for r in rows if r.facet != "kind"] + kinds[:1]
