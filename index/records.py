"""Plain data crossing the index boundary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# Keyword fields used for filters and facet counts, in display order.
FACET_FIELDS: tuple[str, ...] = (
    "kind", "stage", "objection", "competitor", "industry", "persona",
)


@dataclass(frozen=True)
class IndexRecord:
    """Everything the index needs to know about one asset."""

    asset_id: int
    title: str
    summary: str
    body: str
    source_name: str
    updated: datetime
    tags: dict[str, tuple[str, ...]] = field(default_factory=dict)  # facet -> value keys
    tag_words: str = ""  # tag labels, so "security" finds assets tagged with it


@dataclass(frozen=True)
class Concept:
    """Words of a query that name a tag ("rip and replace": the switching objection).
    Assets with one of ``values`` (facet, value key) match them as if they held the words,
    and rank as if the tags field said them."""

    text: str
    values: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    # facet -> accepted values: any value within a facet, every facet given.
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    limit: int = 20
    sort: str = "relevance"  # relevance | newest | title
    snippets: bool = True
    # Highlight matches in the first N hits only (0: all). Later hits may come with an
    # empty snippet: the caller shows the asset's summary. A window shows about ten
    # rows, and reading stored text is most of a query's cost.
    highlight_first: int = 0
    # Search as you type: the last word may be unfinished, so it also matches the
    # indexed words it begins ("secu" finds "security").
    prefix_last: bool = False
    # Parts of the query that name tags, taken out of ``text`` by the caller (which
    # knows the taxonomy); each is one more clause of the query.
    concepts: tuple[Concept, ...] = ()


# A snippet is a sequence of (text, is_match) pieces; faces render it as they like.
Snippet = tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class Hit:
    asset_id: int
    score: float
    snippet: Snippet
    partial: bool = False  # matches some of the query's words, not well enough to count


@dataclass(frozen=True)
class SearchResults:
    query: SearchQuery
    total: int
    hits: tuple[Hit, ...]
    # facet -> value -> count, counted with every filter but the facet's own, so the
    # counts show what picking another value would give.
    facets: dict[str, dict[str, int]]
    corrected: str | None = None  # "did you mean", when a word looks misspelt
    relaxed: bool = False  # no asset had every word; hits have some of them
    fuzzy: bool = False  # unknown words were matched to near spellings
    # No asset matches the query well (index.coverage): every hit is a near miss, and
    # the total counts them; nothing matched at all when the total is 0.
    partial: bool = False
    # The (field, indexed word) pairs a snippet marks: a caller that reorders the hits
    # asks ``IndexSearcher.highlight`` for the rows it shows.
    terms: tuple[tuple[str, str], ...] = ()
