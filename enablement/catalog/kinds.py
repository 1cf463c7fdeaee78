"""What kind of asset a file is: from what it calls itself, and from its shape.

Words alone mislead: a deck that mentions "the ROI calculator" is not one, and a talk
track that says "case study" is not one either. So a kind's phrases count most where the
file names itself (its title, file name and folder), little in the body, and the file's
shape weighs in:

* its layout, read off the format registry: slides are a deck unless the file names
  itself otherwise; an ROI calculator is a workbook that computes (formulas from
  numbers), never a PDF about one; an email template is text, never a spreadsheet;
* its length: a one-pager is short, a whitepaper is long;
* its structure: a text that opens with a subject line or a greeting is an email, one
  made of question-and-answer pairs is an FAQ (kind "other"), a file that sets the
  product against a named rival in its title or name is a battlecard, a customer quoted
  by name and title beside results is a case study.
"""

from __future__ import annotations

import re

from enablement.catalog.competitors import cues as competitor_cues
from enablement.catalog.document import Document
from enablement.catalog.phrases import facet_places, strength
from enablement.catalog.taxonomy import TaxonomyFacet

# A kind is what the file calls itself: title, file name and folder weigh most.
PLACES = {"title": 3.0, "name": 3.0, "folder": 2.0, "summary": 2.0, "headings": 0.75,
          "opening": 1.0, "rest": 0.35}
THRESHOLD = 3.0
OTHER = "other"
# How plausible each kind is in each layout (``document.layout_of``; a missing pair is 1):
# a prior, not a rule. An ROI calculator is a workbook; an email is text.
LAYOUT_FIT: dict[str, dict[str, float]] = {
    "roi_calculator": {"sheets": 1.0, "pages": 0.1, "document": 0.1, "slides": 0.1,
                       "text": 0.1},
    "deck": {"slides": 1.0, "pages": 0.6, "document": 0.25, "text": 0.2, "sheets": 0.1},
    "whitepaper": {"text": 0.4, "slides": 0.3, "sheets": 0.05},
    "one_pager": {"text": 0.5, "slides": 0.4, "sheets": 0.1},
    "case_study": {"slides": 0.6, "text": 0.5, "sheets": 0.05},
    "email_template": {"pages": 0.3, "document": 0.8, "slides": 0.1, "sheets": 0.1},
}
DECK_SHAPE = 6.0  # a slide file is a deck unless its title or name says otherwise
CALCULATOR_SHAPE = 6.0
MIN_FORMULAS = 3
EMAIL_SHAPE = 6.0
FAQ_SHAPE = 5.0
RIVAL_SHAPE = 6.0
RIVAL_SHARE = 0.6
RIVAL_BODY_CHARS = 20_000
QUOTE_SHAPE = 2.0
SUBJECT = re.compile(r"^\s*subject\s*:", re.IGNORECASE)
GREETING = re.compile(r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon))\b[^.!?\n]{0,40},\s*$",
                      re.IGNORECASE)
QUESTION = re.compile(r"^\s*(?:\*\*)?\s*(?:q\s*[:.]|question\s*:)?.{6,160}\?\s*(?:\*\*)?\s*$",
                      re.IGNORECASE)
ANSWER = re.compile(r"^\s*a\s*[:.]\s+\S", re.IGNORECASE)
# A customer quoted by name: '" - Dana Whitcomb, Director' or 'said Ray Ochoa, VP'.
ATTRIBUTION = re.compile(r"[\"”]\s*[-–—]\s*[A-Z][a-z]+ [A-Z][a-z]+,|"
                         r"\bsaid [A-Z][a-z]+ [A-Z][a-z]+\b|[A-Z][a-z]+ [A-Z][a-z]+ said\b")
RESULT_HEADINGS = ("result", "the challenge", "the problem", "the solution", "about ")


def kind_scores(facet: TaxonomyFacet, document: Document) -> dict[str, float]:
    """Evidence for each kind: its phrases where the file names itself, fitted to the
    format and length, plus what the file's shape says."""
    layout = document.source.layout
    words = len(document.body.split())
    scores: dict[str, float] = {}
    placed = facet_places(facet, document, PLACES)
    for value in facet.values:
        score = placed[value.key]
        scores[value.key] = score * LAYOUT_FIT.get(value.key, {}).get(layout, 1.0) * _length_fit(
            value.key, layout, words, document.source.pages)
    rival = _names_rival(document)
    for key, points in _shape(document, rival).items():
        if key in scores:
            scores[key] += points
    if rival and "battlecard" in scores and OTHER in scores:
        # A talk track, a playbook or objection handling aimed at a named rival is what
        # sales calls a battlecard.
        scores["battlecard"] += RIVAL_SHARE * scores[OTHER]
        scores[OTHER] *= 1 - RIVAL_SHARE
    return scores


def choose_kind(facet: TaxonomyFacet, document: Document) -> tuple[str, float, float] | None:
    """(kind, evidence, confidence 0..1): the best kind, "other" when none is argued.

    Confidence is the evidence's strength scaled by its margin over the runner-up, so a
    close call between a battlecard and a case study says so."""
    scores = kind_scores(facet, document)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if score < THRESHOLD:
        if OTHER not in scores:
            return None
        # Nothing names a kind: "other", said softly (a marketer should look).
        return OTHER, score, round(0.25 + 0.25 * (1 - strength(score, THRESHOLD)), 2)
    margin = (score - runner_up) / score
    return best, score, round(strength(score, THRESHOLD) * (0.5 + 0.5 * margin), 2)


def _length_fit(kind: str, layout: str, words: int, pages: int | None) -> float:
    """A one-pager is short and a whitepaper long; a PDF's pages say it best."""
    if kind == "one_pager":
        if layout == "pages" and pages:
            return 1.0 if pages <= 2 else 0.5 if pages <= 4 else 0.25
        return 1.0 if words <= 800 else 0.6 if words <= 1200 else 0.3
    if kind == "whitepaper":
        if layout == "pages" and pages:
            return 1.0 if pages >= 3 else 0.8 if pages == 2 else 0.5
        return 1.0 if words >= 900 else 0.8 if words >= 500 else 0.5
    return 1.0


def _shape(document: Document, rival: bool) -> dict[str, float]:
    """Evidence from the file's layout and structure, by kind."""
    return {key: points for key, (points, _why) in shape_evidence(document, rival).items()}


def shape_evidence(document: Document, rival: bool | None = None
                   ) -> dict[str, tuple[float, str]]:
    """Kind -> (points, what a marketer reads as the reason) from the file's layout and
    structure; ``rival`` as ``_names_rival`` says (worked out when None)."""
    if rival is None:
        rival = _names_rival(document)
    source = document.source
    found: dict[str, tuple[float, str]] = {}
    if source.layout == "slides" or source.slides:
        slides = f" ({source.slides} slides)" if source.slides else ""
        found["deck"] = (DECK_SHAPE, f"a slide file{slides}")
    if source.layout == "sheets" and source.formulas >= MIN_FORMULAS and source.numbers:
        # It computes from numbers someone types in: a calculator, if the words agree.
        found["roi_calculator"] = (CALCULATOR_SHAPE / 2,
                                   f"a workbook that computes ({source.formulas} formulas)")
    emails = _email_shape(document)
    if emails:
        found["email_template"] = (emails, "a subject line or a greeting like an email's")
    if _is_faq(document):
        found[OTHER] = (FAQ_SHAPE, "question-and-answer pairs (an FAQ)")
    if rival:
        found["battlecard"] = (RIVAL_SHAPE,
                               "sets the product against a named rival in its title or name")
    quotes = len(ATTRIBUTION.findall(document.body))
    if quotes and any(h.casefold().startswith(RESULT_HEADINGS) for h in document.headings):
        found["case_study"] = (QUOTE_SHAPE * min(quotes, 2),
                               "a customer quoted by name beside results")
    return found


def _email_shape(document: Document) -> float:
    """An email opens with its subject line or greeting; a sequence has several."""
    lines = [line for line in document.lines if line]
    subjects = sum(1 for line in lines if SUBJECT.match(line))
    greetings = sum(1 for line in lines if GREETING.match(line))
    opening = lines[:4]
    if any(SUBJECT.match(line) or GREETING.match(line) for line in opening):
        return EMAIL_SHAPE
    if subjects >= 2 or (subjects and greetings >= 2):
        return EMAIL_SHAPE * 0.85  # a sequence of emails under a heading
    if subjects or greetings:
        return EMAIL_SHAPE * 0.25  # a kit or guide that contains a letter
    return 0.0


def _is_faq(document: Document) -> bool:
    """Question-and-answer pairs make up the file: "Q: … / A: …", or question headings."""
    lines = [line for line in document.lines if line]
    answers = sum(1 for line in lines if ANSWER.match(line))
    questions = sum(1 for line in lines if QUESTION.match(line))
    return answers >= 3 or (questions >= 5 and questions >= len(lines) / 12)


def _names_rival(document: Document) -> bool:
    """The title or file name sets the product against another by name ("vs. X",
    "switching from X"): what a battlecard is for."""
    # The body only says how a file name's word is written ("trakline" -> "Trakline");
    # its opening is enough for that.
    opening = document.body[:RIVAL_BODY_CHARS]
    return any(strong for _name, strong in
               competitor_cues(document.title, document.source.name, opening))
