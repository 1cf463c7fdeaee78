"""Querying the index: ranked hits, highlights, facet counts, typo tolerance.

Whoosh is pure Python, so the work per query is kept small:

* one searcher stays open and is refreshed only when the index changed;
* each facet value's documents are read once per searcher into a set (for filters)
  and an integer bitmask (for counts: an AND and a popcount per value);
* filters are resolved once per filter state and cached;
* highlights come from stored character positions, for the top hits only;
* spelling work (fuzzy terms, "did you mean") happens only for words the index does
  not know.
"""

from __future__ import annotations

import itertools
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
from whoosh import collectors, highlight, query
from whoosh.qparser import AndGroup, MultifieldParser, OrGroup, plugins
from whoosh.searching import Results, Searcher

from index.records import FACET_FIELDS, Hit, SearchQuery, SearchResults, Snippet
from index.schema import SPELLING_FIELDS, TEXT_FIELDS, analyzer
from index.scoring import TermScores, ids_to_mask, mask_to_bools, top_positions
from index.store import IndexStore
from index.synonyms import build_map

log = logging.getLogger(__name__)

SYNONYM_BOOST = 0.6
PREFIX_BOOST = 0.9
SCAN_CHARS = 60_000  # snippets come from the first this-many characters of a body
SNIPPET_MATCHES = 40  # ... and from among the first this-many matches in it
WARM_TERMS = 200
WARM_CHUNK = 200  # documents read per hold of the lock
PREFIX_WORDS = 8  # an unfinished word stands for at most this many (the most common)
FILTER_CACHE_SIZE = 64
MARK_START, MARK_END = "\x02", "\x03"
SNIPPET_CHARS = 220
WORD = re.compile(r"\w+", re.UNICODE)
SPACES = re.compile(r"\s+")
STEM_MEMO_SIZE = 200_000
# Typo matching costs a walk of the word graph per unknown word: it is done for the first
# few unknown words of a search only, and never for a "word" no one would type.
FUZZY_WORDS = 4
FUZZY_WORD_CHARS = 24


class _MarkerFormatter(highlight.Formatter):
    """Wraps matches in control characters; turned into (text, is_match) pieces later."""

    between = " … "

    def format_token(self, text: str, token, replace: bool = False) -> str:  # noqa: ANN001
        return MARK_START + highlight.get_text(text, token, replace) + MARK_END


def _pieces(marked: str) -> Snippet:
    pieces: list[tuple[str, bool]] = []
    for part in re.split(f"({MARK_START}[^{MARK_END}]*{MARK_END})", marked):
        if not part:
            continue
        if part.startswith(MARK_START):
            pieces.append((part[1:-1], True))
        else:
            pieces.append((part, False))
    return tuple(pieces)


def _plain_snippet(text: str) -> Snippet:
    text = " ".join(text.split())
    if len(text) > SNIPPET_CHARS:
        text = text[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"
    return ((text, False),) if text else ()


def _mask(docnums: Iterable[int], size: int) -> int:
    buffer = bytearray((size >> 3) + 1)
    for docnum in docnums:
        buffer[docnum >> 3] |= 1 << (docnum & 7)
    return int.from_bytes(buffer, "little")


class _SearcherState:
    """Everything cached for one generation of the index."""

    def __init__(self, searcher: Searcher, generation: str) -> None:
        self.searcher = searcher
        self.generation = generation  # the index folder it reads (a rebuild swaps it)
        reader = searcher.reader()
        self.size = reader.doc_count_all()
        self.alive: frozenset[int] = frozenset(reader.all_doc_ids())
        self.alive_mask = _mask(self.alive, self.size)
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
        self.asset_ids: dict[int, int] = {}  # docnum -> asset id, filled as docs are read
        self.orders: dict[tuple[str, bool], np.ndarray] = {}

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
        """The indexed (unstemmed) words whose stem is ``stem``, for highlighting."""
        forms = self.surfaces.get(stem)
        if forms is None:
            reader = self.searcher.reader()
            found = {stem}
            for field in SPELLING_FIELDS:
                spelled = self.searcher.schema[field].spelling_fieldname(field)
                try:
                    words = list(reader.expand_prefix(spelled, stem[:4]))
                except Exception:  # noqa: BLE001 - an empty index has no word list
                    continue
                for raw in words:
                    word = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                    if stem_of(word) == stem:
                        found.add(word)
            forms = self.surfaces[stem] = frozenset(found)
        return forms

    def filter_mask(self, filters: dict[str, tuple[str, ...]]) -> int:
        mask = self.alive_mask
        for field, wanted in filters.items():
            masks = self.masks_of(field)
            either = 0
            for value in wanted:
                either |= masks.get(value, 0)
            mask &= either
        return mask

    def prefix_words(self, prefix: str) -> list[str]:
        """The most common indexed words that begin with ``prefix`` (unstemmed)."""
        words = self.prefixes.get(prefix)
        if words is None:
            reader = self.searcher.reader()
            counted: dict[str, int] = {}
            for field in SPELLING_FIELDS:
                spelled = self.searcher.schema[field].spelling_fieldname(field)
                try:
                    found = reader.expand_prefix(spelled, prefix)
                except Exception:  # noqa: BLE001 - no spelling words in an empty index
                    continue
                for raw in found:
                    word = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                    counted[word] = counted.get(word, 0) + reader.doc_frequency(spelled, raw)
            ranked = sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))
            words = [w for w, _n in ranked[:PREFIX_WORDS]]
            self.prefixes[prefix] = words
        return words

    def docs_of(self, field: str) -> dict[str, frozenset[int]]:
        if field not in self.value_docs:
            reader = self.searcher.reader()
            values: dict[str, frozenset[int]] = {}
            if field in reader.indexed_field_names():
                for term in reader.lexicon(field):
                    docs = set(reader.postings(field, term).all_ids()) & self.alive
                    if docs:
                        values[term.decode("utf-8")] = frozenset(docs)
            self.value_docs[field] = values
            self.value_masks[field] = {v: _mask(d, self.size) for v, d in values.items()}
        return self.value_docs[field]

    def masks_of(self, field: str) -> dict[str, int]:
        self.docs_of(field)
        return self.value_masks[field]

    def filter_docs(self, filters: dict[str, tuple[str, ...]]) -> frozenset[int] | None:
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


class IndexSearcher:
    """A long-lived searcher over one index; safe to share between threads."""

    def __init__(self, store: IndexStore) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._state: _SearcherState | None = None
        self._analyzer = analyzer()
        self._stems: dict[str, str] = {}
        self._synonyms = build_map(self._stem)
        self._parsers: dict[bool, MultifieldParser] = {}

    def _stem(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            if len(self._stems) > STEM_MEMO_SIZE:
                self._stems.clear()
            tokens = [t.text for t in self._analyzer(word)]
            stem = self._stems[word] = tokens[0] if tokens else ""
        return stem

    def close(self) -> None:
        with self._lock:
            if self._state is not None:
                self._state.searcher.close()
                self._state = None

    def _current(self) -> _SearcherState:
        state = self._state
        generation = self._store.generation()
        if state is not None and (state.generation != generation
                                  or not _up_to_date(state.searcher)):
            # Not Searcher.refresh(): it reuses segment readers and misses deletions
            # made since, so replaced documents would show twice.
            state.searcher.close()
            self._state = state = None  # if opening the new one fails, hold nothing closed
        if state is None:
            ix, generation = self._store.open_live()
            state = _SearcherState(ix.searcher(), generation)
        self._state = state
        return state

    def _parser(self, schema, all_words: bool) -> MultifieldParser:  # noqa: ANN001
        parser = self._parsers.get(all_words)
        if parser is None:
            group = AndGroup if all_words else OrGroup.factory(0.9)
            parser = MultifieldParser(list(TEXT_FIELDS), schema, group=group)
            parser.remove_plugin_class(plugins.FieldsPlugin)
            parser.remove_plugin_class(plugins.WildcardPlugin)
            parser.remove_plugin_class(plugins.PlusMinusPlugin)
            self._parsers[all_words] = parser
        return parser

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

    def _search(self, state: _SearcherState, request: SearchQuery) -> SearchResults:
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
                corrected = self._correction(state, text, skip)
        else:
            matched = state.alive_mask
            hits = self._in_order(state, allowed_mask, query.NullQuery, request)
        facets = self._facet_counts(state, matched, filters)
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

    def _query(self, state: _SearcherState, text: str, all_words: bool,
               partial: str | None) -> tuple[query.Query, bool]:
        parsed = self._parser(state.searcher.schema, all_words).parse(text)
        return self._prepare(state, parsed, text, partial)

    def _prepare(
        self, state: _SearcherState, parsed: query.Query, text: str, partial: str | None = None
    ) -> tuple[query.Query, bool]:
        """Add synonyms to known words; match unknown words to their near spellings.

        Spelling works on whole words (the index keeps an unstemmed word list for it):
        a typo's stem is too far from the right word's stem for edit distance to help.
        """
        reader = state.searcher.reader()
        used_fuzzy = False
        originals = {self._stem(word): word.casefold() for word in WORD.findall(text)}
        partial_stem = self._stem(partial) if partial else None
        completions = [self._stem(w) for w in state.prefix_words(partial)] if partial else []
        completions = [c for c in dict.fromkeys(completions) if c and c != partial_stem]

        def known(word: str) -> bool:
            found = state.known.get(word)
            if found is None:
                found = state.known[word] = any(reader.doc_frequency(f, word)
                                                for f in TEXT_FIELDS)
            return found

        fuzzed: set[str] = set()  # unknown words given near spellings (FUZZY_WORDS at most)

        def rewrite(node: query.Query) -> query.Query:
            nonlocal used_fuzzy
            if isinstance(node, query.Term) and node.fieldname in TEXT_FIELDS:
                word = node.text
                if completions and word == partial_stem:
                    # An unfinished last word: itself (if a word) or any word it begins.
                    return query.Or(
                        ([node] if known(word) else [])
                        + [query.Term(node.fieldname, c, boost=node.boost * PREFIX_BOOST)
                           for c in completions]
                    )
                synonyms = [w for w in self._synonyms.get(word, ()) if known(w)]
                if synonyms:
                    return query.Or(
                        [node]
                        + [query.Term(node.fieldname, w, boost=node.boost * SYNONYM_BOOST)
                           for w in synonyms]
                    )
                if known(word):
                    return node
                typed = originals.get(word, word)
                if typed not in fuzzed and len(fuzzed) >= FUZZY_WORDS:
                    return node
                fuzzed.add(typed)
                near = self._near_words(state, typed)
                if near:
                    used_fuzzy = True
                    return query.Or([
                        query.Term(node.fieldname, stem, boost=node.boost * 0.8)
                        for stem in near
                    ])
                return node
            if node.is_leaf():
                return node
            return node.apply(rewrite)

        return rewrite(parsed), used_fuzzy

    def _near_words(self, state: _SearcherState, word: str) -> list[str]:
        """Stems of indexed words within a small edit distance of an unknown ``word``
        (asked once per word and index generation: each word is in five fields)."""
        found = state.near.get(word)
        if found is None:
            found = state.near[word] = self._find_near_words(state, word)
        return found

    def _find_near_words(self, state: _SearcherState, word: str) -> list[str]:
        if len(word) < 4 or len(word) > FUZZY_WORD_CHARS or word.isdigit():
            return []
        allowed = 1 if len(word) < 8 else 2
        stems: list[str] = []
        for field in SPELLING_FIELDS:
            # Whoosh counts a swap of two letters as two edits; ask wider, then keep
            # the words within the allowed Damerau distance (a swap is one typo).
            for candidate in state.searcher.corrector(field).suggest(
                word, limit=5, maxdist=allowed + 1, prefix=1
            ):
                if _distance(word, candidate) > allowed:
                    continue
                stem = self._stem(candidate)
                if stem and stem not in stems:
                    stems.append(stem)
        return stems

    def _correction(self, state: _SearcherState, text: str,
                    skip: set[str] | None = None) -> str | None:
        """The query with each unknown word replaced by the likeliest indexed word."""
        searcher = state.searcher
        reader = searcher.reader()
        schema = searcher.schema
        correctors = [searcher.corrector(f) for f in SPELLING_FIELDS]
        spell_fields = [schema[f].spelling_fieldname(f) for f in SPELLING_FIELDS]

        asked: set[str] = set()

        def replace(match: re.Match[str]) -> str:
            word = match.group(0)
            lower = word.casefold()
            if len(lower) < 3 or len(lower) > FUZZY_WORD_CHARS or lower.isdigit() \
                    or lower in (skip or ()):
                return word
            if any(reader.doc_frequency(f, lower) for f in spell_fields):
                return word
            if lower not in state.likeliest:
                if len(asked) >= FUZZY_WORDS:
                    return word
                asked.add(lower)
                state.likeliest[lower] = likeliest(lower)
            return state.likeliest[lower] or word

        def likeliest(lower: str) -> str | None:
            best: tuple[int, int, str] | None = None
            for corrector, field in zip(correctors, spell_fields, strict=True):
                for candidate in corrector.suggest(lower, limit=5, maxdist=3, prefix=1):
                    if _distance(lower, candidate) > 2:
                        continue
                    rank = (
                        _distance(lower, candidate),
                        -reader.doc_frequency(field, candidate),
                        candidate,
                    )
                    if best is None or rank < best:
                        best = rank
            return best[2] if best else None

        corrected = WORD.sub(replace, text)
        return corrected if corrected.casefold() != text.casefold() else None

    def _facet_counts(
        self, state: _SearcherState, matched_mask: int, filters: dict[str, tuple[str, ...]]
    ) -> dict[str, dict[str, int]]:
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

    def _run(
        self, state: _SearcherState, parsed: query.Query, request: SearchQuery,
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
                matched = _mask(searcher.docs_for_query(parsed), state.size) & state.alive_mask
                return self._hits(self._sorted(state, parsed, request, allowed), request,
                                  has_text=True), matched
            return self._in_order(state, matched & allowed_mask, parsed, request), matched
        if matched is None:
            ranking = _RankAndRecord(max(1, request.limit), allowed)
            collector = collectors.TermsCollector(ranking)
            searcher.search_with_collector(parsed, collector)
            return self._hits(collector.results(), request, has_text=True), (
                _mask(ranking.matched, state.size) & state.alive_mask
            )
        if state.scores.supports(parsed):
            candidates = mask_to_bools(matched & allowed_mask, state.size)
            ranked = state.scores.rank(parsed, candidates, max(1, request.limit))
            return self._ranked_hits(state, ranked, parsed, request), matched
        options: dict[str, object] = {"limit": max(1, request.limit), "terms": True}
        if allowed is not None:
            options["filter"] = set(allowed)
        results = searcher.search(parsed, **options)
        return self._hits(results, request, has_text=True), matched

    def _matcher(self, state: _SearcherState, terms: frozenset[str]) -> re.Pattern[str] | None:
        """A regex for every indexed spelling of ``terms`` (stems): snippets then cost a
        C-speed scan of the stored text, not the analyzer chain (nor reading positions
        back from the posting lists)."""
        forms = sorted({form for term in terms for form in state.surface_forms(term, self._stem)},
                       key=len, reverse=True)
        if not forms:
            return None
        return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", re.IGNORECASE)

    def _ranked_hits(
        self, state: _SearcherState, ranked: list[tuple[int, float]], parsed: query.Query,
        request: SearchQuery,
    ) -> tuple[Hit, ...]:
        """Hits with snippets highlighting the query's words, for ranked docnums."""
        searcher = state.searcher
        terms: dict[str, frozenset[str]] = {}
        for field in ("body", "summary"):
            terms[field] = frozenset(
                text.decode("utf-8") if isinstance(text, bytes) else text
                for name, text in parsed.iter_all_terms() if name == field
            )
        shown = len(ranked[:request.highlight_first]) if request.highlight_first else len(ranked)
        patterns = {field: self._matcher(state, terms[field]) for field in terms}
        hits = []
        for rank, (docnum, score) in enumerate(ranked):
            if rank >= shown and docnum in state.asset_ids:
                # Below the highlighted rows no stored text is read: the face shows the
                # asset's summary from its own records (an empty snippet says so).
                hits.append(Hit(asset_id=state.asset_ids[docnum], score=score, snippet=()))
                continue
            stored = searcher.stored_fields(docnum)
            state.asset_ids[docnum] = int(stored["asset_id"])
            snippet: Snippet = ()
            if request.snippets and rank < shown:
                for field in ("body", "summary"):
                    text = stored.get(field) or ""
                    pattern = patterns[field]
                    spans = [(m.start(), m.end(), self._stem(m.group().lower()))
                             for m in itertools.islice(pattern.finditer(text, 0, SCAN_CHARS),
                                                       SNIPPET_MATCHES)] \
                        if text and pattern else []
                    if spans:
                        snippet = _window_snippet(text, spans)
                        break
            if request.snippets and not snippet:
                snippet = _plain_snippet(stored.get("summary") or stored.get("body") or "")
            hits.append(Hit(asset_id=int(stored["asset_id"]), score=score, snippet=snippet))
        return tuple(hits)

    def _in_order(
        self, state: _SearcherState, candidates: int, parsed: query.Query,
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
        return self._ranked_hits(state, [(docnum, 0.0) for docnum in chosen], parsed,
                                 request)

    def _sorted(
        self, state: _SearcherState, parsed: query.Query, request: SearchQuery,
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
        results.fragmenter = highlight.PinpointFragmenter(
            maxchars=SNIPPET_CHARS, surround=70, autotrim=True
        )
        results.formatter = _MarkerFormatter()
        hits = []
        for hit in results:
            snippet: Snippet = ()
            if request.snippets:
                marked = ""
                if has_text:
                    # The trailing space keeps autotrim from dropping the text's last word.
                    marked = hit.highlights("body", text=hit.get("body", "") + " ", top=2)
                    if not marked:
                        marked = hit.highlights("summary", top=1)
                snippet = _pieces(marked) if marked else _plain_snippet(
                    hit.get("summary") or hit.get("body") or ""
                )
            score = float(hit.score or 0.0) if has_text and request.sort == "relevance" else 0.0
            hits.append(Hit(asset_id=int(hit["asset_id"]), score=score, snippet=snippet))
        return tuple(hits)


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


def _window_snippet(text: str, matches: list[tuple[int, int, str]]) -> Snippet:
    """The stretch of ``text`` (about SNIPPET_CHARS long) holding the most different
    query words, then the most matches; matches marked. One pass over the matches, where
    Whoosh's fragmenter builds and scores a fragment per match."""
    spans = sorted(set(matches))
    if not spans:
        return ()
    best = (0, 0, 0, 0)  # distinct words, matches, first span, last span (exclusive)
    words: dict[str, int] = {}
    first = 0
    for last, (_start, end, word) in enumerate(spans):
        words[word] = words.get(word, 0) + 1
        while end - spans[first][0] > SNIPPET_CHARS - 40:
            left = spans[first][2]
            words[left] -= 1
            if not words[left]:
                del words[left]
            first += 1
        score = (len(words), last - first + 1)
        if score > best[:2]:
            best = (*score, first, last + 1)
    chosen = spans[best[2]:best[3]]
    begin = max(0, chosen[0][0] - 40)
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    stop = min(len(text), max(chosen[-1][1], begin + SNIPPET_CHARS))
    while stop < len(text) and not text[stop].isspace():
        stop += 1
    pieces: list[tuple[str, bool]] = [("… ", False)] if begin > 0 else []
    cursor = begin
    for start, end, _word in chosen:
        if start < cursor:
            continue
        if start > cursor:
            pieces.append((text[cursor:start], False))
        pieces.append((text[start:end], True))
        cursor = end
    tail = text[cursor:stop]
    if tail:
        pieces.append((tail, False))
    if stop < len(text):
        pieces.append((" …", False))
    return tuple((SPACES.sub(" ", piece), match) for piece, match in pieces)


def _up_to_date(searcher: Searcher) -> bool:
    try:
        return searcher.up_to_date()
    except Exception:  # the folder was swapped by a rebuild mid-check
        log.debug("Index changed under the searcher", exc_info=True)
        return False


def _distance(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbours as one edit (a typist's distance)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(
                rows[i - 1][j] + 1, row[j - 1] + 1,
                rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]),
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def open_searcher(path: Path) -> IndexSearcher:
    return IndexSearcher(IndexStore(path))
