"""The full-text index: Whoosh schema, writing, querying, facets, highlights.

Knows Whoosh and nothing else of the app: plain records go in, plain hits come out.
"""

from index.records import FACET_FIELDS, Concept, Hit, IndexRecord, SearchQuery, SearchResults
from index.search import IndexSearcher
from index.store import IndexStore

__all__ = [
    "FACET_FIELDS", "Concept", "Hit", "IndexRecord", "IndexSearcher", "IndexStore", "SearchQuery",
    "SearchResults",
]
