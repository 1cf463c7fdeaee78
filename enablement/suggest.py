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
from dataclasses import dataclass
from functools import lru_cache

from enablement.taxonomy import Taxonomy, TaxonomyValue

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


@lru_cache(maxsize=4096)
def _pattern(phrase: str) -> re.Pattern[str]:
    escaped = re.escape(phrase.casefold()).replace(r"\ ", r"[\s\-]+")
    return re.compile(rf"(?<![\w]){escaped}(?![\w])")


def _count(phrase: str, text: str) -> int:
    return len(_pattern(phrase).findall(text))


def _value_phrases(value: TaxonomyValue) -> list[tuple[str, float]]:
    phrases = dict(value.phrases)
    phrases.setdefault(value.label.casefold(), 3.0)
    if "_" not in value.key:
        phrases.setdefault(value.key.casefold(), 2.0)
    return list(phrases.items())


def score_value(value: TaxonomyValue, title: str, summary: str, body: str) -> float:
    opening, rest = body[:OPENING_CHARS], body[OPENING_CHARS:]
    total = 0.0
    for phrase, weight in _value_phrases(value):
        for text, place_weight in (
            (title, TITLE_WEIGHT), (summary, SUMMARY_WEIGHT),
            (opening, OPENING_WEIGHT), (rest, 1.0),
        ):
            hits = _count(phrase, text)
            if hits:
                total += weight * place_weight * (1 + math.log2(hits))
    return total


def suggest(taxonomy: Taxonomy, title: str, summary: str, body: str) -> list[Suggestion]:
    """Suggested values for every facet, best first within a facet."""
    title_l, summary_l, body_l = title.casefold(), summary.casefold(), body.casefold()
    found: list[Suggestion] = []
    for facet in taxonomy.facets:
        threshold = THRESHOLDS.get(facet.name, DEFAULT_THRESHOLD)
        scored = sorted(
            (
                Suggestion(facet.name, value.key, round(score, 2))
                for value in facet.values
                if (score := score_value(value, title_l, summary_l, body_l)) >= threshold
            ),
            key=lambda s: -s.score,
        )
        limit = 1 if not facet.multi else MAX_PER_FACET.get(facet.name, 3)
        found.extend(scored[:limit])
    return found
