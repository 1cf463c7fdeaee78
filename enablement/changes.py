"""What a write touched, so each face refreshes only that (Anki's ``OpChanges``).

Every write through the library's services returns a ``Changes``. The library itself
acts on it (the search index takes the changed assets, the taxonomy is read afresh); a
window repaints the parts that show what changed, and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    assets: frozenset[int] = frozenset()  # assets whose content, metadata or tags changed
    catalog: bool = False    # assets came, went or were retired: lists and counts change
    taxonomy: bool = False   # fields or values were added or renamed
    events: bool = False     # ratings, usage, searches, field notes, requests, ROI runs
    ratings: bool = False    # stars given: shown beside results, and part of the ranking
    deals: bool = False      # CRM deals were imported or updated
    # Saved, but the search index could not take it yet (a full disk): search shows it
    # once there is space again.
    search_behind: bool = False

    @classmethod
    def of_assets(cls, asset_ids: Iterable[int], **flags: bool) -> Changes:
        return cls(assets=frozenset(asset_ids), **flags)

    def __or__(self, other: Changes) -> Changes:
        return Changes(assets=self.assets | other.assets,
                       catalog=self.catalog or other.catalog,
                       taxonomy=self.taxonomy or other.taxonomy,
                       events=self.events or other.events,
                       ratings=self.ratings or other.ratings,
                       deals=self.deals or other.deals,
                       search_behind=self.search_behind or other.search_behind)

    @property
    def empty(self) -> bool:
        return not (self.assets or self.catalog or self.taxonomy or self.events
                    or self.ratings or self.deals)

    @property
    def searchable(self) -> bool:
        """Whether what a search finds, or shows, may differ now."""
        return bool(self.assets) or self.catalog or self.taxonomy


    @property
    def results(self) -> bool:
        """Whether the results on screen (their order, their ratings) may differ now."""
        return self.searchable or self.ratings


NOTHING = Changes()
IMPORTED = Changes(catalog=True, taxonomy=True)  # files imported (which ones: the report)
