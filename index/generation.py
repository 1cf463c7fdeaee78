"""What one generation of the index caches, so repeated searches cost little.

A generation is one index folder as one searcher sees it; it is thrown away whole when the
index changes (see ``IndexSearcher._current``). Within it:

* each facet value's documents are read once into a set (for filters) and an integer
  bitmask (for counts: an AND and a popcount per value);
* filters are resolved once per filter state and cached;
* each (field, word)'s documents are read once into a bitmask, so the full match set of
  a plain query is a few ORs and ANDs;
* sort positions, completions of unfinished words, indexed spellings of a stem and the
  answers of the spelling checks are kept for the next search;
* the spelling word lists are read into searchable arrays on the first unknown word
  (``index.spellwords``, which keeps each segment's arrays while a generation uses it).
"""

from __future__ import annotations

import heapq
import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable

import numpy as np
from whoosh import query
from whoosh.searching import Searcher

from index.schema import SPELLING_FIELDS, spelling_field
from index.scoring import TermScores, ids_to_mask
from index.spellwords import Near, SpellingWords, spelling_words

log = logging.getLogger(__name__)

PREFIX_WORDS = 8  # an unfinished word stands for at most this many (the most common)
FILTER_CACHE_SIZE = 64


def docs_mask(docnums: Iterable[int], size: int) -> int:
    """Document numbers as an int bitmask (bit i = document i), from any iterable."""
    buffer = bytearray((size >> 3) + 1)
    for docnum in docnums:
        buffer[docnum >> 3] |= 1 << (docnum & 7)
    return int.from_bytes(buffer, "little")


def up_to_date(searcher: Searcher) -> bool:
    """Whether ``searcher`` still sees the latest commit (False if it cannot tell)."""
    try:
        return searcher.up_to_date()
    except Exception:  # the folder was swapped by a rebuild mid-check
        log.debug("Index changed under the searcher", exc_info=True)
        return False


class SearcherState:
    """Everything cached for one generation of the index."""

    def __init__(self, searcher: Searcher, generation: str) -> None:
        self.searcher = searcher
        self.generation = generation  # the index folder it reads (a rebuild swaps it)
        reader = searcher.reader()
        self.size = reader.doc_count_all()
        self.alive: frozenset[int] = frozenset(reader.all_doc_ids())
        self.alive_mask = docs_mask(self.alive, self.size)
        self.value_docs: dict[str, dict[str, frozenset[int]]] = {}
        self.value_masks: dict[str, dict[str, int]] = {}
        self.filters: OrderedDict[tuple, frozenset[int]] = OrderedDict()
        self.term_masks: dict[tuple[str, str], int] = {}
        self.scores = TermScores(searcher, self.size)
        self.prefixes: dict[str, list[str]] = {}
        self.surfaces: dict[str, frozenset[str]] = {}
        self.known: dict[str, bool] = {}  # is a (stemmed) word in any text field
        self.near: dict[str, list[str]] = {}  # unknown word -> stems of near spellings
        self.likeliest: dict[str, str | None] = {}  # unknown word -> "did you mean" word
        self.within: dict[str, list[Near]] = {}  # unknown word -> spelling words in reach
        self.spelled_words: dict[str, bool] = {}  # is a word in a spelling word list
        self._spelling: SpellingWords | None = None
        self.asset_ids: dict[int, int] = {}  # docnum -> asset id, filled as docs are read
        self.docnums: dict[int, int] = {}  # and back
        self.orders: dict[tuple[str, bool], np.ndarray] = {}

    def remember(self, docnum: int, asset_id: int) -> None:
        """Note a document's asset id, read from its stored fields."""
        self.asset_ids[docnum] = asset_id
        self.docnums[asset_id] = docnum

    def docnum_of(self, asset_id: int) -> int | None:
        """The live document of ``asset_id``, if it is indexed."""
        docnum = self.docnums.get(asset_id)
        if docnum is None:
            docnum = self.searcher.document_number(asset_id=str(asset_id))
            if docnum is not None:
                self.remember(docnum, asset_id)
        return docnum

    def spelling_fields(self) -> list[str]:
        """The fields holding the unstemmed word lists of SPELLING_FIELDS."""
        schema = self.searcher.schema
        return [spelling_field(f) for f in SPELLING_FIELDS if spelling_field(f) in schema]

    def spelling_words(self) -> SpellingWords:
        """The spelling word lists, searchable by edit distance; made on first use."""
        if self._spelling is None:
            self._spelling = spelling_words(self.searcher.reader(), self.spelling_fields(),
                                            owner=self)
        return self._spelling

    def spelled(self, word: str) -> bool:
        """Whether ``word`` is in a spelling word list (some document has it)."""
        found = self.spelled_words.get(word)
        if found is None:
            found = self.spelled_words[word] = word in self.spelling_words()
        return found

    def sort_positions(self, field: str, reverse: bool) -> np.ndarray:
        """Each document's place in Whoosh's ``sortedby=field`` order, read once.

        Whoosh sorts (column sort key, docnum) pairs, reversed as a whole when
        ``reverse``; the same pairs give the same order, ties included.
        """
        positions = self.orders.get((field, reverse))
        if positions is None:
            keys: list[object] = []
            for leaf, _offset in self.searcher.leaf_searchers():
                reader = leaf.reader()
                count = reader.doc_count_all()
                if reader.has_column(field):
                    column = reader.column_reader(field, translate=False)
                    keys.extend(column.sort_key(d) for d in range(count))
                else:
                    keys.extend([self.searcher.schema[field].column_type.default_value()]
                                * count)
            order = sorted(range(len(keys)), key=lambda d: (keys[d], d), reverse=reverse)
            positions = np.empty(len(keys), dtype=np.int64)
            positions[order] = np.arange(len(keys), dtype=np.int64)
            self.orders[(field, reverse)] = positions
        return positions

    def term_mask(self, field: str, text: str) -> int:
        """Live documents holding ``text`` in ``field``, as a bitmask; read once."""
        key = (field, text)
        mask = self.term_masks.get(key)
        if mask is None:
            ids, _scores = self.scores.vector(field, text)  # one read serves both
            mask = ids_to_mask(ids, self.size) & self.alive_mask
            self.term_masks[key] = mask
        return mask

    def match_mask(self, node: query.Query) -> int | None:
        """Every document ``node`` matches, from cached term masks (None: not a shape
        this handles, e.g. a phrase; the caller asks Whoosh instead)."""
        if isinstance(node, query.Term):
            text = node.text.decode("utf-8") if isinstance(node.text, bytes) else node.text
            return self.term_mask(node.fieldname, text)
        if isinstance(node, query.Or):
            result = 0
            for child in node.subqueries:
                mask = self.match_mask(child)
                if mask is None:
                    return None
                result |= mask
            return result
        if isinstance(node, query.And):
            result = self.alive_mask
            for child in node.subqueries:
                mask = self.match_mask(child)
                if mask is None:
                    return None
                result &= mask
            return result
        if node is query.NullQuery:
            return 0
        return None

    def surface_forms(self, stem: str, stem_of: Callable[[str], str]) -> frozenset[str]:
        """The indexed (unstemmed) words whose stem is ``stem``, for highlighting: the
        spelling words that begin as it does, from the arrays typo matching reads."""
        forms = self.surfaces.get(stem)
        if forms is None:
            found = {stem}
            for word in self.spelling_words().prefixed(stem[:4]):
                if stem_of(word) == stem:
                    found.add(word)
            forms = self.surfaces[stem] = frozenset(found)
        return forms

    def filter_mask(self, filters: dict[str, tuple[str, ...]]) -> int:
        """Live documents passing ``filters`` (any value within a facet, every facet)."""
        mask = self.alive_mask
        for field, wanted in filters.items():
            masks = self.masks_of(field)
            either = 0
            for value in wanted:
                either |= masks.get(value, 0)
            mask &= either
        return mask

    def prefix_words(self, prefix: str) -> list[str]:
        """The most common indexed words that begin with ``prefix`` (unstemmed), by
        their doc frequency summed over the spelling fields."""
        words = self.prefixes.get(prefix)
        if words is None:
            counted = self.spelling_words().prefixed(prefix)
            ranked = heapq.nsmallest(PREFIX_WORDS, counted.items(),
                                     key=lambda kv: (-kv[1], kv[0]))
            words = [w for w, _n in ranked]
            self.prefixes[prefix] = words
        return words

    def docs_of(self, field: str) -> dict[str, frozenset[int]]:
        """Each value of facet ``field`` -> its live documents; read once, with the masks."""
        if field not in self.value_docs:
            reader = self.searcher.reader()
            values: dict[str, frozenset[int]] = {}
            if field in reader.indexed_field_names():
                for term in reader.lexicon(field):
                    docs = set(reader.postings(field, term).all_ids()) & self.alive
                    if docs:
                        values[term.decode("utf-8")] = frozenset(docs)
            self.value_docs[field] = values
            self.value_masks[field] = {v: docs_mask(d, self.size) for v, d in values.items()}
        return self.value_docs[field]

    def masks_of(self, field: str) -> dict[str, int]:
        """Each value of facet ``field`` -> its live documents as a bitmask."""
        self.docs_of(field)
        return self.value_masks[field]

    def filter_docs(self, filters: dict[str, tuple[str, ...]]) -> frozenset[int] | None:
        """The documents ``filters`` allow (None: no filter), for Whoosh's ``filter=``;
        the last FILTER_CACHE_SIZE filter states are kept."""
        if not filters:
            return None
        key = tuple(sorted((f, tuple(sorted(v))) for f, v in filters.items()))
        cached = self.filters.get(key)
        if cached is None:
            allowed: set[int] | None = None
            for field, wanted in filters.items():
                docs = self.docs_of(field)
                either = set().union(*(docs.get(v, frozenset()) for v in wanted))
                allowed = either if allowed is None else allowed & either
            cached = frozenset(allowed or ())
            self.filters[key] = cached
            if len(self.filters) > FILTER_CACHE_SIZE:
                self.filters.popitem(last=False)
        else:
            self.filters.move_to_end(key)
        return cached
