"""Querying the index: ranked hits, highlights, facet counts, typo tolerance.

Whoosh is pure Python, so the work per query is kept small. ``IndexSearcher`` keeps one
searcher open and refreshed only when the index changed, and runs the pipeline: rewrite
the words (``index.rewrite``: synonyms, completions, near spellings from
``index.spelling``), find every match from cached term bitmasks and rank the allowed ones
(``index.scoring``; a long query's ranking also weighs words its first hits share,
``index.feedback``), highlight the top hits (``index.snippets``), count facets,
and offer "did you mean" when words were unknown. What is cached, and for how long, is in
``index.generation``.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
from whoosh import query
from whoosh.fields import Schema
from whoosh.qparser import MultifieldParser
from whoosh.searching import Results

from index import feedback
from index.coverage import (
    FILLER_WORDS,
    QUESTION_WORDS,
    Coverage,
    any_of,
    coverage,
    is_filler,
    typed_stem,
    weight,
    word_clauses,
)
from index.generation import SearcherState, docs_mask, up_to_date
from index.records import FACET_FIELDS, Concept, Hit, SearchQuery, SearchResults, Snippet
from index.rewrite import SYNONYM_BOOST, QueryRewriter
from index.schema import TEXT_FIELDS
from index.scoring import mask_to_bools, top_positions, weighting
from index.snippets import Highlighter, highlight_terms, ranked_hits, whoosh_hits
from index.spelling import FUZZY_WORDS, correction
from index.store import IndexStore
from index.synonyms import SYNONYM_GROUPS, Groups, as_groups, build_phrases
from index.words import WORD, Stemmer

__all__ = ["FUZZY_WORDS", "WORD", "IndexSearcher", "open_searcher"]

WARM_TERMS = 200
# A tag a query names scores like a strong match of its word: BM25's inverse document
# frequency of the tag, times this.
CONCEPT_BOOST = 1.5
WARM_CHUNK = 200  # documents read per hold of the lock


class IndexSearcher:
    """A long-lived searcher over one index; safe to share between threads."""

    def __init__(self, store: IndexStore) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._state: SearcherState | None = None
        # One stem memo for rewriting, spelling and highlights, used under the lock.
        self._stem = Stemmer().stem
        self._fillers = frozenset(self._stem(word) for word in FILLER_WORDS)
        self._unranked = frozenset(self._stem(word) for word in QUESTION_WORDS)
        self._synonym_groups: tuple[tuple[str, ...], ...] = SYNONYM_GROUPS
        self._rewriter = QueryRewriter(self._stem, self._fillers)
        self._phrase_synonyms = build_phrases(self._stem)
        self._phrase_lengths = _phrase_lengths(self._phrase_synonyms)

    def use_synonyms(self, groups: Groups) -> bool:
        """Search with the library's synonym groups from now on (the built-in ones until
        this is called); cheap when they are the ones in use. True when they changed."""
        wanted = as_groups(groups)
        if wanted == self._synonym_groups:
            return False
        with self._lock:  # (the stem memo is used under the lock)
            rewriter = QueryRewriter(self._stem, self._fillers, wanted)
            phrases = build_phrases(self._stem, wanted)
            self._rewriter, self._phrase_synonyms = rewriter, phrases
            self._phrase_lengths = _phrase_lengths(phrases)
            self._synonym_groups = wanted
        return True

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
            state = SearcherState(ix.searcher(weighting=weighting()), generation)
        self._state = state
        return state

    def _parser(self, schema: Schema, all_words: bool) -> MultifieldParser:
        return self._rewriter.parser(schema, all_words)

    def search(self, request: SearchQuery) -> SearchResults:
        with self._lock:
            state = self._current()
            return self._search(state, request)

    def highlight(self, terms: tuple[tuple[str, str], ...], asset_ids: list[int]
                  ) -> dict[int, Snippet]:
        """Snippets marking ``terms`` (``SearchResults.terms``) in the given assets, for
        a caller that reorders a search's hits and shows only some: highlighting a whole
        pool of 100 cost more than the search. Assets no longer indexed are left out."""
        with self._lock:
            state = self._current()
            highlighter = Highlighter(state, terms, self._stem)
            searcher = state.searcher
            snippets: dict[int, Snippet] = {}
            for asset_id in asset_ids:
                docnum = state.docnum_of(asset_id)
                if docnum is not None:
                    snippets[asset_id] = highlighter.snippet(searcher.stored_fields(docnum))
            return snippets

    def warm(self, terms_per_field: int = WARM_TERMS, stop: Callable[[], bool] | None = None
             ) -> int:
        """Read ahead what the first searches would otherwise pay for: facet value sets,
        the spelling word list, field lengths, the score vectors of each field's most
        frequent words (the long posting lists are the slow ones to read), then each
        document's asset id. Takes the lock a word or a few hundred documents at a time,
        so a search never waits long. Returns the number of words read."""
        with self._lock:
            state = self._current()
            for field in FACET_FIELDS:
                state.masks_of(field)
            state.spelling_words()  # the word list a misspelt word is looked up in
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
                        state.remember(docnum, int(reader.stored_fields(docnum)["asset_id"]))
        return done

    # -- the query pipeline -------------------------------------------------------------

    def _search(self, state: SearcherState, request: SearchQuery) -> SearchResults:
        filters = {f: v for f, v in request.filters.items() if v}
        allowed = state.filter_docs(filters)
        text = request.text.strip()
        corrected: str | None = None
        relaxed = fuzzy = partial_verdict = False
        words = WORD.findall(text)
        partial = words[-1].casefold() if request.prefix_last and words else None
        allowed_mask = state.alive_mask if allowed is None else state.filter_mask(filters)
        if text or request.concepts:
            clauses, fuzzy, filler = self._clauses_and_fillers(state, text, partial) \
                if text else ([], False, [])
            named = [self._concept(state, concept) for concept in request.concepts]
            extra = [mask for _clause, mask, _bonus in named]
            found = self._coverage(state, clauses, filler, extra)
            counted, partial_verdict = found.verdict(allowed_mask)
            ranking = any_of(clauses + [clause for clause, _mask, _bonus in named
                                        if clause is not query.NullQuery])
            bonus = tuple(pair for _clause, _mask, pair in named if pair[1] > 0)
            expand = sum(not idle for idle in filler) >= feedback.FEEDBACK_WORDS
            hits = self._run(state, ranking, request, allowed, allowed_mask, found, counted,
                             bonus, expand)
            relaxed = bool(found.matched & allowed_mask) and not found.every & allowed_mask
            if fuzzy or partial_verdict:
                skip = {partial} if partial and state.prefix_words(partial) else set()
                corrected = self._better_spelling(state, text, skip, partial, found,
                                                  allowed_mask, fuzzy, extra)
            terms = highlight_terms(ranking)
        else:
            counted = state.alive_mask
            hits = self._in_order(state, allowed_mask, query.NullQuery, request)
            terms = ()
        facets = _facet_counts(state, counted, filters)
        total = (counted & allowed_mask).bit_count()
        return SearchResults(
            query=request, total=total, hits=hits, facets=facets, corrected=corrected,
            relaxed=relaxed, fuzzy=fuzzy,
            partial=partial_verdict and bool(text or request.concepts), terms=terms,
        )

    def _clauses(self, state: SearcherState, text: str, partial: str | None
                 ) -> tuple[list[query.Query], bool]:
        """The query's word clauses, rewritten (synonyms, completions, near spellings),
        and whether near spellings were used."""
        clauses, fuzzy, _filler = self._clauses_and_fillers(state, text, partial)
        return clauses, fuzzy

    def _clauses_and_fillers(self, state: SearcherState, text: str, partial: str | None
                             ) -> tuple[list[query.Query], bool, list[bool]]:
        """``_clauses``, and which of them are filler words as typed (a typo's near
        spelling may be one: "drone" is one edit from "done"). A question word ("what",
        "how", "has") is kept but ranks at weight 0 when the query has other words."""
        parsed = self._parser(state.searcher.schema, True).parse(text)
        typed = word_clauses(parsed)
        rewritten, fuzzy = self._prepare(state, parsed, text, partial)
        clauses = word_clauses(rewritten)
        if len(clauses) != len(typed):  # not the shape expected: nothing is filler
            return clauses, fuzzy, [False] * len(clauses)
        filler = [is_filler(clause, self._fillers) for clause in typed]
        clauses = self._phrases(typed, clauses)
        unranked = [is_filler(clause, self._unranked) for clause in typed]
        if not all(unranked):
            clauses = [clause.with_boost(0.0) if idle else clause
                       for clause, idle in zip(clauses, unranked, strict=True)]
        return clauses, fuzzy, filler

    def _phrases(self, typed: list[query.Query], clauses: list[query.Query]
                 ) -> list[query.Query]:
        """Words in a row that make a synonym of several words ("break even") also
        match the group's other entries ("payback"): each word's clause takes them as
        alternatives, searched in the fields the word was, boosted as a synonym shared
        out over the words. So an asset saying "payback" covers "break even" as if it
        had both words, and an asset with only some of the words ranks as before."""
        stems = [typed_stem(clause) for clause in typed]
        clauses = list(clauses)
        n = 0
        while n < len(clauses):
            for length in self._phrase_lengths:
                run = tuple(stems[n:n + length])
                others = self._phrase_synonyms.get(run) if len(run) == length else None
                if others:
                    for k in range(n, n + length):
                        clauses[k] = query.Or([clauses[k], *(
                            _in_fields_of(typed[k], words, SYNONYM_BOOST / length)
                            for words in others)])
                    n += length
                    break
            else:
                n += 1
        return clauses

    def _concept(self, state: SearcherState, concept: Concept
                 ) -> tuple[query.Query, int, tuple[np.ndarray, float]]:
        """A concept's ranking clause (its words, any of them), its match set (assets
        with all its words or one of its tags) and the score its tags add: what a match
        of the word in the tags field would give, from how rare the tags are."""
        words, _fuzzy = self._clauses(state, concept.text, None)
        tagged = 0
        for facet, value in concept.values:
            tagged |= state.masks_of(facet).get(value, 0)
        tagged &= state.alive_mask
        every = state.alive_mask if words else 0
        for mask in self._masks(state, words):
            every &= mask
        bonus = weight(tagged.bit_count(), state.alive_mask.bit_count()) * CONCEPT_BOOST \
            if tagged else 0.0
        return any_of(words), every | tagged, (mask_to_bools(tagged, state.size), bonus)

    def _masks(self, state: SearcherState, clauses: list[query.Query]) -> list[int]:
        masks = []
        for clause in clauses:
            mask = state.match_mask(clause)
            if mask is None:  # a phrase: Whoosh's own matcher
                mask = docs_mask(state.searcher.docs_for_query(clause), state.size) \
                    & state.alive_mask
            masks.append(mask)
        return masks

    def _coverage(self, state: SearcherState, clauses: list[query.Query],
                  filler: list[bool], extra: list[int]) -> Coverage:
        return coverage(self._masks(state, clauses) + extra, state.size, state.alive_mask,
                        filler + [False] * len(extra))

    def _better_spelling(
        self, state: SearcherState, text: str, skip: set[str], partial: str | None,
        found: Coverage, allowed_mask: int, fuzzy: bool, extra: list[int],
    ) -> str | None:
        """ "Did you mean": the likeliest indexed spelling of the unknown words, offered
        only when it finds more well-matched assets than the search did, or, when the
        search already used near spellings, as many (so the person sees which word was
        meant). A correction that leaves the search partial is no help."""
        # A word of three letters is as likely an abbreviation the library lacks ("tco")
        # as a typo: "did you mean two?" helps no one.
        skip = skip | {word.casefold() for word in WORD.findall(text) if len(word) < 4}
        corrected = correction(state, text, skip)
        if corrected is None:
            return None
        changed = {new.casefold() for old, new in
                   zip(WORD.findall(text), WORD.findall(corrected), strict=False)
                   if old.casefold() != new.casefold()}
        if any(self._stem(word) in self._fillers for word in changed):
            return None  # "drone" -> "done": a word that says nothing is no correction
        clauses, _fuzzy, filler = self._clauses_and_fillers(state, corrected, partial)
        better = (self._coverage(state, clauses, filler, extra).good & allowed_mask
                  ).bit_count()
        before = (found.good & allowed_mask).bit_count()
        if better > before or (fuzzy and better and better >= before):
            return corrected
        return None

    def whoosh_clauses(self, request: SearchQuery) -> list[query.Query]:
        """The Whoosh queries ``request``'s words become, one per word or quoted phrase
        (synonyms, completions and near spellings added): search ranks their OR and
        weighs each to judge coverage, so a test can ask Whoosh's own searcher what the
        fast paths must answer."""
        return self.whoosh_clauses_and_fillers(request)[0]

    def whoosh_clauses_and_fillers(self, request: SearchQuery
                                   ) -> tuple[list[query.Query], list[bool]]:
        """``whoosh_clauses``, and which of them are filler words (weighing nothing)."""
        text = request.text.strip()
        words = WORD.findall(text)
        partial = words[-1].casefold() if request.prefix_last and words else None
        with self._lock:
            clauses, _fuzzy, filler = self._clauses_and_fillers(self._current(), text,
                                                                partial)
            return clauses, filler

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
        allowed: frozenset[int] | None, allowed_mask: int, found: Coverage, counted: int,
        bonus: tuple[tuple[np.ndarray, float], ...] = (), expand: bool = False,
    ) -> tuple[Hit, ...]:
        """Top hits among the allowed documents by relevance (BM25F times the share of
        the query covered), the near misses marked partial. Sorted by title or date,
        only the documents the search counts (``counted``) are listed.

        With ``expand`` (a long query) the scores are those of the query with its top
        hits' shared words added (``_feedback``), on the score-vector path only; a query
        Whoosh ranks itself (a phrase) is ranked as typed.

        The match sets come from cached per-term bitmasks (``found``), so ranking is
        free to skip: Whoosh's block-max pruning scores only the blocks that can still
        reach the top ``limit``.
        """
        searcher = state.searcher
        if not found.matched & allowed_mask:
            return ()
        limit = max(1, request.limit)
        if request.sort != "relevance":
            if not state.scores.supports(parsed):
                return self._hits(self._sorted(state, parsed, request, allowed), request,
                                  has_text=True)
            return self._in_order(state, counted & allowed_mask, parsed, request)
        if state.scores.supports(parsed):
            candidates = mask_to_bools(found.matched & allowed_mask, state.size)
            if expand:
                totals = state.scores.totals(parsed, bonus)
                first = state.scores.top(totals, candidates, feedback.FEEDBACK_DOCS,
                                         found.factor)
                extra = self._feedback(state, parsed, first)
                if extra is not query.NullQuery:
                    totals = totals + state.scores.totals(extra)
                ranked = state.scores.top(totals, candidates, limit, found.factor)
            else:
                ranked = state.scores.rank(parsed, candidates, limit, bonus, found.factor)
            hits = ranked_hits(state, ranked, parsed, request, self._stem)
        else:
            options: dict[str, object] = {"limit": limit, "terms": True}
            if allowed is not None:
                options["filter"] = set(allowed)
            results = searcher.search(parsed, **options)
            ranked = [(hit.docnum, hit.score) for hit in results]
            hits = self._hits(results, request, has_text=True)
        return tuple(
            hit if found.good >> docnum & 1 else replace(hit, partial=True)
            for hit, (docnum, _score) in zip(hits, ranked, strict=True)
        )

    def _feedback(self, state: SearcherState, parsed: query.Query,
                  first: list[tuple[int, float]]) -> query.Query:
        """The words ``parsed``'s first hits share, to rank by with it (``index.feedback``)."""
        return feedback.expansion(state, parsed, first, self._stem, self._fillers)

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


def _phrase_lengths(phrases: dict[tuple[str, ...], object]) -> tuple[int, ...]:
    """The lengths of the synonyms of several words, longest first."""
    return tuple(sorted({len(words) for words in phrases}, reverse=True))


def _in_fields_of(clause: query.Query, words: tuple[str, ...], boost: float) -> query.Query:
    """``words`` (stems, all required) searched in the fields ``clause``'s word was,
    with the same field boosts, times ``boost``."""
    fields = [(leaf.fieldname, leaf.boost) for leaf in clause.leaves()
              if isinstance(leaf, query.Term)]
    per_word = [query.Or([query.Term(field, word, boost=field_boost * boost)
                          for field, field_boost in fields]) for word in words]
    return per_word[0] if len(per_word) == 1 else query.And(per_word)


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


def open_searcher(path: Path) -> IndexSearcher:
    return IndexSearcher(IndexStore(path))
