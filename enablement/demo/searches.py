"""The demo's searches: what reps typed or filtered on, and what the library found.

What a search finds is worked out roughly as the index would (the stemmed words of each
asset), so zero-result searches are the ones the real library would answer with
nothing; they are kept by query (``zero_searches``) for the content requests that follow.
"""

from __future__ import annotations

import json
import random
from datetime import datetime
from typing import Any

from enablement.catalog.taxonomy import Taxonomy
from enablement.demo.cast import QUERIES, SORTS, Rep
from enablement.demo.content import DemoAsset, passes
from enablement.demo.draws import choice, new_id
from enablement.search.search_log import query_key
from index.schema import analyzer

Row = dict[str, Any]


class SearchLog:
    """The searches of the story, as rows of search_events, in the order they happened."""

    def __init__(self, rng: random.Random, assets: list[DemoAsset], taxonomy: Taxonomy
                 ) -> None:
        self.rng = rng
        self.assets = assets
        self.taxonomy = taxonomy
        self.stem = analyzer()
        self.rows: list[Row] = []
        self.zero_searches: dict[str, list[Row]] = {}
        self._memo: dict[tuple[str, str], list[int]] = {}

    def results(self, text: str, filters: dict[str, tuple[str, ...]]) -> list[int]:
        """Roughly what the search would find: every known word of ``text`` (the index
        drops unknown ones; a text of only unknown words finds nothing), then filters."""
        key = (query_key(text), json.dumps(filters, sort_keys=True))
        found = self._memo.get(key)
        if found is None:
            words = [t.text for t in self.stem(text)]
            vocabulary = [w for w in words if any(w in a.words for a in self.assets)]
            found = [a.id for a in self.assets
                     if (not words or (vocabulary and all(w in a.words for w in vocabulary)))
                     and passes(a, filters)]
            if words and vocabulary and not found and not filters:
                found = [a.id for a in self.assets if any(w in a.words for w in vocabulary)]
            self._memo[key] = found
        return found

    def search(self, rep: Rep, text: str, filters: dict[str, tuple[str, ...]],
               when: datetime) -> tuple[str, list[int]]:
        """Log one search; returns its id and the assets it found."""
        found = self.results(text, filters)
        sort = choice(self.rng, [s for s, _w in SORTS], [w for _s, w in SORTS])
        if self.rng.random() < 0.4:
            text = text.lower()
        row = {"id": new_id(), "user_name": rep.name, "text": text,
               "filters": json.dumps({f: sorted(v) for f, v in filters.items() if v},
                                     sort_keys=True),
               "sort": sort, "result_count": len(found), "created_at": when,
               "opened": False, "query_key": query_key(text)}
        self.rows.append(row)
        if not found and row["query_key"]:
            self.zero_searches.setdefault(row["query_key"], []).append(row)
        return row["id"], found

    def search_for(self, rep: Rep, asset: DemoAsset, when: datetime) -> str:
        """A search that would have shown ``asset``: words that find it, or its tags."""
        rng = self.rng
        hits = [q for q in QUERIES if asset.id in self.results(q[0], {})]
        filters: dict[str, tuple[str, ...]] = {}
        if hits and rng.random() < 0.7:
            text, _w, _objection, stage = choice(rng, hits, [q[1] for q in hits])
            if stage in asset.stages and rng.random() < 0.3:
                filters["stage"] = (stage,)
            return self.search(rep, text, filters, when)[0]
        if asset.stages:
            filters["stage"] = (rng.choice(asset.stages),)
        if asset.objections and (rng.random() < 0.7 or not filters):
            filters["objection"] = (rng.choice(asset.objections),)
        if not filters and asset.kind:
            filters["kind"] = (asset.kind,)
        return self.search(rep, "", filters, when)[0]

    def valid_filters(self, filters: dict[str, tuple[str, ...]]) -> bool:
        """Whether this library's taxonomy has every field and value of ``filters``."""
        names = self.taxonomy.facet_names()
        return all(facet in names and all(self.taxonomy.resolve(facet, v) == v for v in values)
                   for facet, values in filters.items())
