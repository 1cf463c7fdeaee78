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

from enablement.catalog.document import Document, ngram_counts, phrase_tokens
from enablement.catalog.taxonomy import TaxonomyValue

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


def score_text(value: TaxonomyValue, text: str) -> float:
    """The value's phrases in one piece of text (a heading, a sentence), unweighted."""
    return score_counts(value_phrases(value), ngram_counts(text))


def strength(score: float, threshold: float) -> float:
    """Evidence as a number in 0..1: one half at the threshold, three quarters at twice it."""
    if score <= 0:
        return 0.0
    return 1.0 - 0.5 ** (score / threshold)
