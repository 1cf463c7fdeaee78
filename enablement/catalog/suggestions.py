"""Rule-based tag suggestions from a document's words.

Each taxonomy value has phrases with weights. A phrase found in the title counts three
times, in the summary or subject twice, in the opening of the body one and a half
times, and elsewhere in the body once, with diminishing returns for repeats
(1 + log2(count)), so one long document that says "price" forty times does not drown the
signal. A value is suggested when its score reaches the facet's threshold; single-valued
facets keep only their best value.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from enablement.catalog.taxonomy import Taxonomy, TaxonomyValue

TITLE_WEIGHT = 3.0
SUMMARY_WEIGHT = 2.0
OPENING_WEIGHT = 1.5
OPENING_CHARS = 600
THRESHOLDS = {"kind": 3.0, "stage": 3.0, "objection": 3.0}
DEFAULT_THRESHOLD = 3.0
MAX_PER_FACET = {"objection": 5, "stage": 2, "industry": 2, "persona": 3, "competitor": 3}


@dataclass(frozen=True)
class Suggestion:
    facet: str
    key: str
    score: float


TOKEN = re.compile(r"[^\W_]+(?:[/'][^\W_]+)*|[{}\[\]]")
MAX_PHRASE_WORDS = 5


@lru_cache(maxsize=8192)
def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase as the tokens the text is cut into ("go-live" -> ("go", "live"))."""
    return tuple(TOKEN.findall(phrase.casefold()))


def ngram_counts(text: str) -> Counter[tuple[str, ...]]:
    """Every run of 1..5 tokens in ``text``, counted: one pass, then phrases are lookups."""
    tokens = TOKEN.findall(text)
    counts: Counter[tuple[str, ...]] = Counter()
    for size in range(1, MAX_PHRASE_WORDS + 1):
        counts.update(zip(*(tokens[i:] for i in range(size)), strict=False))
    return counts


def _value_phrases(value: TaxonomyValue) -> list[tuple[tuple[str, ...], float]]:
    phrases = dict(value.phrases)
    # A label or key of two letters ("IT") case-folds into a common word ("it").
    if len(value.label) > 2:
        phrases.setdefault(value.label.casefold(), 3.0)
    if "_" not in value.key and len(value.key) > 2:
        phrases.setdefault(value.key.casefold(), 2.0)
    return [(tokens, weight) for phrase, weight in phrases.items()
            if (tokens := phrase_tokens(phrase))]


def score_value(
    value: TaxonomyValue, places: list[tuple[Counter[tuple[str, ...]], float]]
) -> float:
    total = 0.0
    for tokens, weight in _value_phrases(value):
        for counts, place_weight in places:
            hits = counts.get(tokens, 0)
            if hits:
                total += weight * place_weight * (1 + math.log2(hits))
    return total


def suggest(taxonomy: Taxonomy, title: str, summary: str, body: str) -> list[Suggestion]:
    """Suggested values for every facet, best first within a facet."""
    body = body.casefold()
    places = [
        (ngram_counts(title.casefold()), TITLE_WEIGHT),
        (ngram_counts(summary.casefold()), SUMMARY_WEIGHT),
        (ngram_counts(body[:OPENING_CHARS]), OPENING_WEIGHT),
        (ngram_counts(body[OPENING_CHARS:]), 1.0),
    ]
    found: list[Suggestion] = []
    for facet in taxonomy.facets:
        threshold = THRESHOLDS.get(facet.name, DEFAULT_THRESHOLD)
        scored = sorted(
            (
                Suggestion(facet.name, value.key, round(score, 2))
                for value in facet.values
                if (score := score_value(value, places)) >= threshold
            ),
            key=lambda s: -s.score,
        )
        limit = 1 if not facet.multi else MAX_PER_FACET.get(facet.name, 3)
        found.extend(scored[:limit])
    return found
