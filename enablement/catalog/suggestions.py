"""Tag suggestions a marketer can trust: few, each with a confidence.

Every suggestion carries a confidence from 0 to 1 (``Suggestion.score``, stored as the
tag's score, so the catalog lists a facet's surest value first): how strong the evidence
is, and by how much it beats the runner-up. The facets are judged differently because
they are different questions:

* kind (:mod:`kinds`): what the file calls itself and its shape (a deck's slides, a
  workbook's formulas, an email's greeting); always one, "other" said softly when
  nothing names a kind;
* stage (:mod:`stages`): one primary stage, the kind's usual stage as a prior, a second
  only when strongly argued;
* objection (:mod:`arguments`): only those the file argues, at most three;
* the open facets (competitor, industry, persona): their phrases, where they stand, each
  facet's few best.
"""

from __future__ import annotations

from dataclasses import dataclass

from enablement.catalog.arguments import MOST as MOST_OBJECTIONS
from enablement.catalog.arguments import choose_objections
from enablement.catalog.document import OPENING_CHARS, Document, Shape, Source, ngram_counts
from enablement.catalog.kinds import choose_kind
from enablement.catalog.phrases import facet_places, strength, value_phrases
from enablement.catalog.stages import choose_stages
from enablement.catalog.taxonomy import Taxonomy, TaxonomyFacet, TaxonomyValue

# Where a phrase stands, for the facets judged by their phrases alone.
TITLE_WEIGHT = 3.0
SUMMARY_WEIGHT = 2.0
OPENING_WEIGHT = 1.5
PLACES = {"title": TITLE_WEIGHT, "name": 1.5, "summary": SUMMARY_WEIGHT,
          "opening": OPENING_WEIGHT, "rest": 1.0}
DEFAULT_THRESHOLD = 3.0
THRESHOLDS = {"persona": 4.0, "industry": 4.0}
# The most suggestions a multi-valued facet gets (a single-valued one gets one).
MAX_PER_FACET = {"objection": MOST_OBJECTIONS, "stage": 2, "industry": 2, "persona": 3,
                 "competitor": 3}
SHARE_OF_BEST = 0.3  # an open facet's value far behind its best is noise


@dataclass(frozen=True)
class Suggestion:
    """A suggested tag. ``score`` is the confidence (0..1) that is stored with the tag;
    ``evidence`` the points behind it, for explaining a choice."""

    facet: str
    key: str
    score: float
    evidence: float = 0.0

    @property
    def confidence(self) -> float:
        return self.score


def suggest(taxonomy: Taxonomy, title: str, summary: str, body: str,
            source: Source | None = None, kind: str | None = None, *, path: str = "",
            shape: Shape | None = None) -> list[Suggestion]:
    """Suggested values for every facet, surest first within a facet.

    ``source`` is what the importer knows besides the words (file name, folder, format,
    shape), or give the stored ``path`` and the read file as ``shape``; ``kind`` is a kind
    already known (a manifest's), which sets the stage prior."""
    if source is None:
        source = Source.of(path, shape) if path or shape is not None else Source()
    document = Document(title, summary, body, source)
    found: list[Suggestion] = []
    chosen_kind = kind
    for facet in taxonomy.facets:
        if facet.name == "kind":
            picked = choose_kind(facet, document)
            if picked is not None:
                found.append(Suggestion("kind", *_ordered(picked)))
                chosen_kind = chosen_kind or picked[0]
    for facet in taxonomy.facets:
        if facet.name == "stage":
            found.extend(Suggestion("stage", *_ordered(item))
                         for item in choose_stages(facet, document, chosen_kind))
        elif facet.name == "objection":
            found.extend(Suggestion("objection", *_ordered(item))
                         for item in choose_objections(facet, document))
        elif facet.name != "kind":
            found.extend(_by_phrases(facet, document))
    return found


def _value_phrases(value: TaxonomyValue) -> list[tuple[tuple[str, ...], float]]:
    """A value's phrases as (tokens, weight); kept for the review queue's "why"."""
    return list(value_phrases(value))


__all__ = ["OPENING_CHARS", "MAX_PER_FACET", "Source", "Suggestion", "ngram_counts", "suggest"]


def _ordered(item: tuple[str, float, float]) -> tuple[str, float, float]:
    """(key, evidence, confidence) as Suggestion's (key, score=confidence, evidence)."""
    key, evidence, confidence = item
    return key, confidence, round(evidence, 2)


def _by_phrases(facet: TaxonomyFacet, document: Document) -> list[Suggestion]:
    threshold = THRESHOLDS.get(facet.name, DEFAULT_THRESHOLD)
    placed = facet_places(facet, document, PLACES)
    scored = sorted(((value.key, score) for value in facet.values
                     if (score := placed[value.key]) >= threshold),
                    key=lambda item: -item[1])
    if not scored:
        return []
    best = scored[0][1]
    limit = 1 if not facet.multi else MAX_PER_FACET.get(facet.name, 3)
    return [Suggestion(facet.name, key, round(strength(score, threshold)
                                              * (0.6 + 0.4 * score / best), 2), round(score, 2))
            for key, score in scored[:limit] if score >= SHARE_OF_BEST * best]
