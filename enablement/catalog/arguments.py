"""Objections a file argues, not every one it mentions.

A battlecard's "The price conversation", a talk track's ``## "It's too expensive."``, a
case study's "How the switch was run": a file that argues an objection gives it a heading
or dwells on it (several sentences of one section, or most of a short one), often in the
words of objection handling (a quoted concern, a question, "when they say", "handling").
A case study whose CFO "signed the agreement", or call notes that list a worry, mention
it once and move on.

So a phrase counts by where it stands: in the title, the file name or a heading fully
(twice when the heading quotes the buyer or speaks of handling an objection); in a
section that returns to it, fully; alone in a section, a quarter, more when its
sentence speaks of a concern (quotes it, asks, handles it). Few survive: those above a
threshold (lower for a short file, which has no room for headings) and near the best
one, at most three.

A price list (a price book, a rate card) states prices and terms and argues nothing:
three libraries' marketers, labelling apart, tagged none of theirs with any objection,
while its price words suggested price and its terms (renewal, migration fees) others.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from enablement.catalog.document import Document
from enablement.catalog.phrases import facet_places, phrase_table, strength
from enablement.catalog.taxonomy import TaxonomyFacet

TITLE_PLACES = {"title": 2.0, "name": 1.5, "summary": 1.0}
HEADING_WEIGHT = 3.0
ARGUED_HEADING = 2.0  # a heading that quotes the buyer or names the objection
DWELL_WEIGHT = 1.0  # a section that returns to the objection in two or more sentences
LONE_WEIGHT = 0.25  # one sentence of a section, in passing
ANSWERED_WEIGHT = 0.6  # one sentence that speaks of a concern (quotes it, asks)
THRESHOLD = 8.0  # for a file of REFERENCE_SENTENCES or more
REFERENCE_SENTENCES = 30
MIN_THRESHOLD = 3.0
DWELL_SHARE = 0.5  # a lone sentence that is half its section is what the section is about
SHARE_OF_BEST = 0.35
MOST = 3
MAX_SENTENCES = 4000  # a book's opening chapters are enough to tell what it argues

PRICE_LIST = re.compile(r"\bprice[ _-]?(?:list|book|sheet)s?\b|\brate[ _-]?cards?\b",
                        re.IGNORECASE)

ARGUING = re.compile(
    r"[\"“”]|\?|\bobjection|\bconcern|\bworr(?:y|ied|ies)\b|\bafraid\b|\bpush(?:es)? back|"
    r"\bpushback\b|\bhandl(?:e|ing)\b|\banswer|\brespon(?:d|se)\b|\bwhen (?:they|the \w+) say|"
    r"\bif (?:they|the \w+) says?\b|\bconversation\b|\bskeptic|\bhesita|\bdoubt",
    re.IGNORECASE)


@dataclass
class Evidence:
    """Where one objection's phrases stand in a file."""

    named: float = 0.0  # title, file name, summary
    headings: float = 0.0
    dwelt: float = 0.0  # sections that return to it
    passing: float = 0.0  # lone sentences

    @property
    def score(self) -> float:
        return self.named + self.headings + self.dwelt + self.passing


def objection_evidence(facet: TaxonomyFacet, document: Document) -> dict[str, Evidence]:
    table = phrase_table(facet)
    named = facet_places(facet, document, TITLE_PLACES)
    found = {value.key: Evidence(named=named[value.key]) for value in facet.values}
    seen = 0
    for part in document.parts:
        heading = table.scores(part.heading) if part.heading else {}
        heading_factor = HEADING_WEIGHT * (ARGUED_HEADING if ARGUING.search(part.heading)
                                           else 1.0)
        hits: dict[str, list[tuple[float, bool]]] = {}
        for sentence in part.sentences[:max(0, MAX_SENTENCES - seen)]:
            scored = table.scores(sentence)
            if not scored:
                continue
            arguing = bool(ARGUING.search(sentence))
            for key, points in scored.items():
                hits.setdefault(key, []).append((points, arguing))
        seen += len(part.sentences)
        for key in hits.keys() | heading.keys():
            evidence = found.get(key)
            if evidence is None:
                continue
            in_heading = heading.get(key, 0.0)
            evidence.headings += in_heading * heading_factor
            _add_body(evidence, hits.get(key, []), bool(in_heading), len(part.sentences))
    return found


def _add_body(evidence: Evidence, hits: list[tuple[float, bool]], headed: bool,
              sentences: int) -> None:
    """A section's sentences about one objection: dwelt on (two or more of them, or half
    of a short section, or under its heading), or in passing."""
    if not hits:
        return
    points = max(p for p, _ in hits) * (1 + math.log2(len(hits)))
    if len(hits) >= 2 or headed or len(hits) >= DWELL_SHARE * sentences:
        evidence.dwelt += points * DWELL_WEIGHT
    else:
        evidence.passing += points * (ANSWERED_WEIGHT if hits[0][1] else LONE_WEIGHT)


def choose_objections(facet: TaxonomyFacet,
                      document: Document) -> list[tuple[str, float, float]]:
    """[(objection, evidence, confidence)], best first: the few the file argues."""
    if PRICE_LIST.search(document.title) or PRICE_LIST.search(document.name):
        return []
    evidence = objection_evidence(facet, document)
    scored = sorted(((key, e.score) for key, e in evidence.items()),
                    key=lambda item: -item[1])
    threshold = threshold_for(document)
    if not scored or scored[0][1] < threshold:
        return []
    best = scored[0][1]
    chosen = []
    for key, score in scored[:MOST]:
        if score < threshold or score < SHARE_OF_BEST * best:
            break
        share = score / best
        chosen.append((key, score, round(strength(score, threshold) * (0.6 + 0.4 * share), 2)))
    return chosen


def threshold_for(document: Document) -> float:
    """The evidence an argued objection needs: a long file has room for headings and
    sections that return to it, a two-line note does not, so short files need less."""
    sentences = sum(len(part.sentences) + bool(part.heading) for part in document.parts)
    scaled = THRESHOLD * math.sqrt(max(sentences, 1) / REFERENCE_SENTENCES)
    return max(MIN_THRESHOLD, min(THRESHOLD, scaled))

