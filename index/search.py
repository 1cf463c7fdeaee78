"""Querying the index: ranked hits, highlights, facet counts, typo tolerance.

Whoosh is pure Python, so the work per query is kept small. ``IndexSearcher`` keeps one
searcher open and refreshed only when the index changed, and runs the pipeline: rewrite
the words (``index.rewrite``: synonyms, completions, near spellings from
``index.spelling``), find every match from cached term bitmasks and rank the allowed ones
(``index.scoring``), highlight the top hits (``index.snippets``), count facets, and offer
"did you mean" when words were unknown. What is cached, and for how long, is in
``index.generation``.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from pathlib import Path

from whoosh import collectors, query
from whoosh.fields import Schema
from whoosh.qparser import MultifieldParser
from whoosh.searching import Results

from index.generation import SearcherState, docs_mask, up_to_date
from index.records import FACET_FIELDS, Hit, SearchQuery, SearchResults
from index.rewrite import QueryRewriter
from index.schema import TEXT_FIELDS
from index.scoring import mask_to_bools, top_positions
from index.snippets import ranked_hits, whoosh_hits
from index.spelling import FUZZY_WORDS, correction
from index.store import IndexStore
from index.words import WORD, Stemmer

__all__ = ["FUZZY_WORDS", "WORD", "IndexSearcher", "open_searcher"]

WARM_TERMS = 200
WARM_CHUNK = 200  # documents read per hold of the lock


class IndexSearcher:
    """A long-lived searcher over one index; safe to share between threads."""

    def __init__(self, store: IndexStore) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._state: SearcherState | None = None
        # One stem memo for rewriting, spelling and highlights, used under the lock.
        self._stem = Stemmer().stem
        self._rewriter = QueryRewriter(self._stem)

    def close(self) -> None:
        with self._lock:
            if self._state is not None:
                self._state.searcher.close()
                self._state = None

    def _current(self) -> SearcherState:
        state = self._state
        generation = self._store.generation()
        if state is not None and (state.generation != generation
                                  or not up_to_date(state.searcher)):
            # Not Searcher.refresh(): it reuses segment readers and misses deletions
            # made since, so replaced documents would show twice.
            state.searcher.close()
            self._state = state = None  # if opening the new one fails, hold nothing closed
        if state is None:
            ix, generation = self._store.open_live()
            state = SearcherState(ix.searcher(), generation)
        self._state = state
        return state

    def _parser(self, schema: Schema, all_words: bool) -> MultifieldParser:
        return self._rewriter.parser(schema, all_words)

    def search(self, request: SearchQuery) -> SearchResults:
        with self._lock:
            state = self._current()
            return self._search(state, request)

    def warm(self, terms_per_field: int = WARM_TERMS, stop: Callable[[], bool] | None = None
             ) -> int:
        """Read ahead what the first searches would otherwise pay for: facet value sets,
        field lengths, the score vectors of each field's most frequent words (the long
        posting lists are the slow ones to read), then each document's asset id. Takes
        the lock a word or a few hundred documents at a time, so a search never waits
        long. Returns the number of words read."""
        with self._lock:
            state = self._current()
            for field in FACET_FIELDS:
                state.masks_of(field)
            reader = state.searcher.reader()
            fields = [f for f in TEXT_FIELDS if f in reader.indexed_field_names()]
            per_field = [[(field, term) for _freq, term in
                          reader.most_frequent_terms(field, terms_per_field)]
                         for field in fields]
            # Most frequent first across fields: the longest (slowest) lists come first.
            wanted = [pair for rank in itertools.zip_longest(*per_field) for pair in rank
                      if pair is not None]
        done = 0
        for field, term in wanted:
            if stop is not None and stop():
                return done
            with self._lock:
                if self._state is not state:
                    return done  # the index changed; the next search starts afresh
                text = term.decode("utf-8") if isinstance(term, bytes) else term
                state.term_mask(field, text)
            done += 1
        docnums = sorted(state.alive)
        for first in range(0, len(docnums), WARM_CHUNK):
            if stop is not None and stop():
                return done
            with self._lock:
                if self._state is not state:
                    return done
                reader = state.searcher.reader()
                for docnum in docnums[first:first + WARM_CHUNK]:
                    if docnum not in state.asset_ids:
                        state.asset_ids[docnum] = int(reader.stored_fields(docnum)["asset_id"])
        return done

    # -- the query pipeline -------------------------------------------------------------

    def _search(self, state: SearcherState, request: SearchQuery) -> SearchResults:
        filters = {f: v for f, v in request.filters.items() if v}
        allowed = state.filter_docs(filters)
        text = request.text.strip()
        corrected: str | None = None
        relaxed = fuzzy = False
        words = WORD.findall(text)
        partial = words[-1].casefold() if request.prefix_last and words else None
        allowed_mask = state.alive_mask if allowed is None else state.filter_mask(filters)
        if text:
            parsed, fuzzy = self._query(state, text, True, partial)
            hits, matched = self._run(state, parsed, request, allowed, allowed_mask)
            if not matched and len(words) > 1:
                parsed, fuzzy = self._query(state, text, False, partial)
                hits, matched = self._run(state, parsed, request, allowed, allowed_mask)
                relaxed = bool(matched)
            if fuzzy or not matched:
                skip = {partial} if partial and state.prefix_words(partial) else set()
                corrected = correction(state, text, skip)
        else:
            matched = state.alive_mask
            hits = self._in_order(state, allowed_mask, query.NullQuery, request)
        facets = _facet_counts(state, matched, filters)
        return SearchResults(
            query=request, total=(matched & allowed_mask).bit_count(), hits=hits,
            facets=facets, corrected=corrected, relaxed=relaxed, fuzzy=fuzzy,
        )

    def whoosh_query(self, request: SearchQuery, all_words: bool = True) -> query.Query:
        """The Whoosh query ``request``'s words become (synonyms, completions and near
        spellings added), every word required or, when ``all_words`` is False, any: so
        a test can ask Whoosh's own searcher what the fast paths must answer."""
        text = request.text.strip()
        words = WORD.findall(text)
        partial = words[-1].casefold() if request.prefix_last and words else None
        with self._lock:
            return self._query(self._current(), text, all_words, partial)[0]

    # _parser, _prepare, _sorted and _hits are also how tests/index build Whoosh's own
    # answer to compare the fast paths with.

    def _query(self, state: SearcherState, text: str, all_words: bool,
               partial: str | None) -> tuple[query.Query, bool]:
        return self._rewriter.query(state, text, all_words, partial)

    def _prepare(
        self, state: SearcherState, parsed: query.Query, text: str, partial: str | None = None
    ) -> tuple[query.Query, bool]:
        return self._rewriter.prepare(state, parsed, text, partial)

    def _run(
        self, state: SearcherState, parsed: query.Query, request: SearchQuery,
        allowed: frozenset[int] | None, allowed_mask: int,
    ) -> tuple[tuple[Hit, ...], int]:
        """Top hits among the allowed documents, and every document the words match.

        The match set (for totals and facet counts) comes from cached per-term bitmasks,
        so ranking is free to skip: Whoosh's block-max pruning scores only the blocks
        that can still reach the top ``limit``.
        """
        searcher = state.searcher
        matched = state.match_mask(parsed)
        if matched is not None and not matched:
            return (), 0
        if request.sort != "relevance":
            if matched is None:
                matched = docs_mask(searcher.docs_for_query(parsed), state.size) & state.alive_mask
                return self._hits(self._sorted(state, parsed, request, allowed), request,
                                  has_text=True), matched
            return self._in_order(state, matched & allowed_mask, parsed, request), matched
        if matched is None:
            ranking = _RankAndRecord(max(1, request.limit), allowed)
            collector = collectors.TermsCollector(ranking)
            searcher.search_with_collector(parsed, collector)
            return self._hits(collector.results(), request, has_text=True), (
                docs_mask(ranking.matched, state.size) & state.alive_mask
            )
        if state.scores.supports(parsed):
            candidates = mask_to_bools(matched & allowed_mask, state.size)
            ranked = state.scores.rank(parsed, candidates, max(1, request.limit))
            return ranked_hits(state, ranked, parsed, request, self._stem), matched
        options: dict[str, object] = {"limit": max(1, request.limit), "terms": True}
        if allowed is not None:
            options["filter"] = set(allowed)
        results = searcher.search(parsed, **options)
        return self._hits(results, request, has_text=True), matched

    def _in_order(
        self, state: SearcherState, candidates: int, parsed: query.Query,
        request: SearchQuery,
    ) -> tuple[Hit, ...]:
        """The first ``limit`` of ``candidates`` (a bitmask) by title or newest first
        (browsing without words is newest first), in Whoosh's order: a cached position
        per document and a partial sort, not a sorted search over every match."""
        if request.sort == "title":
            positions = state.sort_positions("sort_title", reverse=False)
        else:
            positions = state.sort_positions("updated", reverse=True)
        chosen = top_positions(positions, mask_to_bools(candidates, state.size),
                               max(1, request.limit))
        return ranked_hits(state, [(docnum, 0.0) for docnum in chosen], parsed, request,
                           self._stem)

    def _sorted(
        self, state: SearcherState, parsed: query.Query, request: SearchQuery,
        allowed: frozenset[int] | None,
    ) -> Results:
        options: dict[str, object] = {"limit": max(1, request.limit), "terms": True}
        if allowed is not None:
            options["filter"] = set(allowed)
        if request.sort == "title":
            options.update(sortedby="sort_title")
        else:
            options.update(sortedby="updated", reverse=True)
        return state.searcher.search(parsed, **options)

    def _hits(self, results: Results, request: SearchQuery, has_text: bool) -> tuple[Hit, ...]:
        return whoosh_hits(results, request, has_text)


def _facet_counts(
    state: SearcherState, matched_mask: int, filters: dict[str, tuple[str, ...]]
) -> dict[str, dict[str, int]]:
    """Each facet's value counts among the matches, with every filter but the facet's own
    (so a count says what picking that value would give), most common first."""
    filter_masks: dict[str, int] = {}
    for field, wanted in filters.items():
        masks = state.masks_of(field)
        either = 0
        for value in wanted:
            either |= masks.get(value, 0)
        filter_masks[field] = either
    counts: dict[str, dict[str, int]] = {}
    for field in FACET_FIELDS:
        base = matched_mask
        for other, mask in filter_masks.items():
            if other != field:
                base &= mask
        field_counts = {
            value: n
            for value, mask in state.masks_of(field).items()
            if (n := (base & mask).bit_count())
        }
        counts[field] = dict(sorted(field_counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return counts


class _RankAndRecord(collectors.TopCollector):
    """Keeps the best hits among ``allowed`` and records every matching document.

    One pass gives both the ranked page and the full match set the facet counts need
    (a second matching pass cost about 40% of a query). Block-quality skipping is off,
    since it would skip documents the counts must see.
    """

    def __init__(self, limit: int, allowed: frozenset[int] | None) -> None:
        super().__init__(limit=limit, usequality=False)
        self.allowed = allowed
        self.matched: set[int] = set()

    def collect(self, sub_docnum: int):  # noqa: ANN201 - Whoosh's sort key
        docnum = self.offset + sub_docnum
        self.matched.add(docnum)
        if self.allowed is None or docnum in self.allowed:
            return super().collect(sub_docnum)
        return None


def open_searcher(path: Path) -> IndexSearcher:
    return IndexSearcher(IndexStore(path))
