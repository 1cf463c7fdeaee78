"""A taxonomy value's phrases, and how much a place in the document says for it.

Each value has phrases with weights (``taxonomy_defaults``); the label and the key count
too. A phrase found in a place counts its weight times the place's weight, with
diminishing returns for repeats (1 + log2(count)), so one long document that says "price"
forty times does not drown the signal.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from enablement.catalog.document import TOKEN, Document, fold, ngram_counts, phrase_tokens
from enablement.catalog.taxonomy import TaxonomyFacet, TaxonomyValue

Phrases = tuple[tuple[tuple[str, ...], float], ...]


# Values whose name is a common word and names nothing: only their phrases count.
UNNAMED = frozenset({"other"})


@lru_cache(maxsize=4096)
def value_phrases(value: TaxonomyValue) -> Phrases:
    """The value's phrases as token tuples with their weights, label and key included."""
    phrases = dict(value.phrases)
    named = value.key not in UNNAMED
    # A label or key of two letters ("IT") case-folds into a common word ("it").
    if named and len(value.label) > 2:
        phrases.setdefault(value.label.casefold(), 3.0)
    if named and "_" not in value.key and len(value.key) > 2:
        phrases.setdefault(value.key.casefold(), 2.0)
    # "landmine" and "landmines" are one phrase once plurals fold: the higher weight.
    folded: dict[tuple[str, ...], float] = {}
    for phrase, weight in phrases.items():
        tokens = phrase_tokens(phrase)
        if tokens:
            folded[tokens] = max(weight, folded.get(tokens, 0.0))
    return tuple(folded.items())


def score_counts(phrases: Phrases, counts: Counter[tuple[str, ...]]) -> float:
    """What one place (its n-gram counts) says for the phrases."""
    total = 0.0
    for tokens, weight in phrases:
        hits = counts.get(tokens, 0)
        if hits:
            total += weight * (1 + math.log2(hits))
    return total


def score_places(value: TaxonomyValue, document: Document,
                 weights: Mapping[str, float]) -> float:
    """The value's phrases over the document's places, each place by its weight."""
    phrases = value_phrases(value)
    return sum(weight * score_counts(phrases, document.counts[place])
               for place, weight in weights.items() if weight)


def facet_places(facet: TaxonomyFacet, document: Document,
                 weights: Mapping[str, float]) -> dict[str, float]:
    """``score_places`` of every value of ``facet`` (0 for those with no phrase found),
    each place read once with the facet's phrase table and kept on the document."""
    cache = document.place_points
    found: dict[str, float] = {value.key: 0.0 for value in facet.values}
    table = phrase_table(facet)
    for place, weight in weights.items():
        if not weight:
            continue
        points = cache.get((id(table), place))
        if points is None:
            points = cache[(id(table), place)] = table.scores(document.place_text(place))
        for key, value_points in points.items():
            if key in found:
                found[key] += weight * value_points
    return found


def score_text(value: TaxonomyValue, text: str) -> float:
    """The value's phrases in one piece of text (a heading, a sentence), unweighted."""
    return score_counts(value_phrases(value), ngram_counts(text))


class PhraseTable:
    """Every phrase of a facet's values, by its tokens, so a sentence is scored for all
    the values at once with a lookup per word that could start a phrase: the same sums as
    ``score_counts`` over ``ngram_counts`` per value (tests/enablement/catalog check it),
    without counting every run of one to five words of every sentence (an import of
    1,000 files spent most of its tagging time there)."""

    def __init__(self, facet: TaxonomyFacet) -> None:
        self.facet = facet
        table: dict[tuple[str, ...], list[tuple[str, float]]] = {}
        for value in facet.values:
            for tokens, weight in value_phrases(value):
                table.setdefault(tokens, []).append((value.key, weight))
        self._table = table
        sizes: dict[str, set[int]] = {}
        for tokens in table:
            sizes.setdefault(tokens[0], set()).add(len(tokens))
        self._sizes = {first: sorted(found) for first, found in sizes.items()}

    def scores(self, text: str) -> dict[str, float]:
        """Each value's points in ``text`` (values with none left out)."""
        tokens = [fold(token) for token in TOKEN.findall(text.casefold())]
        counts: Counter[tuple[str, ...]] = Counter()
        sizes = self._sizes
        for at, token in enumerate(tokens):
            for size in sizes.get(token, ()):
                gram = tuple(tokens[at:at + size])
                if len(gram) == size and gram in self._table:
                    counts[gram] += 1
        points: dict[str, float] = {}
        for gram, hits in counts.items():
            for key, weight in self._table[gram]:
                points[key] = points.get(key, 0.0) + weight * (1 + math.log2(hits))
        return points


_tables: dict[int, PhraseTable] = {}


def phrase_table(facet: TaxonomyFacet) -> PhraseTable:
    """The facet's table, built once per taxonomy snapshot."""
    table = _tables.get(id(facet))
    if table is None or table.facet is not facet:
        if len(_tables) > 64:
            _tables.clear()
        table = _tables[id(facet)] = PhraseTable(facet)
    return table


def strength(score: float, threshold: float) -> float:
    """Evidence as a number in 0..1: one half at the threshold, three quarters at twice it."""
    if score <= 0:
        return 0.0
    return 1.0 - 0.5 ** (score / threshold)
