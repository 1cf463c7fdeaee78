"""The funnel stage: one primary stage, and a second only when the file argues it too.

A stage's phrases count most where the file names itself (title, file name, folder) and
in its headings. The kind is a prior (``KIND_STAGE_HINTS``: a battlecard serves a
decision, a whitepaper awareness), so a file whose words say little about the funnel
still lands where its kind usually sits, while one that says "onboarding" or "renewal"
in its title goes there whatever its kind.

A shared drive's team folders say which side of the sale a file serves: under "Sales" or
"Marketing" a proposal's "implementation plan" or a brief's "store rollouts" do not make
it onboarding; under "Customer Success" a kickoff deck's "evaluation" does not make it
consideration. The nearest team folder halves the other side's evidence; expansion
(renewals, upsells) belongs to both.
"""

from __future__ import annotations

from enablement.catalog.document import Document, name_words
from enablement.catalog.phrases import facet_places, strength
from enablement.catalog.taxonomy import TaxonomyFacet
from enablement.catalog.taxonomy_defaults import KIND_STAGE_HINTS

# The body's words weigh little: a battlecard that tells reps about the rival's renewal
# dates is not about expansion.
PLACES = {"title": 3.0, "name": 2.5, "folder": 2.0, "summary": 2.0, "headings": 1.25,
          "opening": 1.0, "rest": 0.35}
THRESHOLD = 3.0
KIND_PRIOR = 4.0  # the kind's usual stage: more than one clear phrase in the title
# Kinds used all along the funnel that still lean somewhere: half a prior.
LEANINGS = {"deck": "consideration"}
WEAKEST = 1.0  # below this, no stage is suggested at all
SECOND_SHARE = 0.8  # a second stage needs this share of the first's evidence...
SECOND_MIN = 2.0 * THRESHOLD  # ...and this much evidence of its own


PRE_SALE, POST_SALE = "pre-sale", "post-sale"
TEAM_FOLDERS = {
    **dict.fromkeys(("sales", "marketing", "product marketing", "sales enablement",
                     "demand gen", "demand generation", "field marketing", "presales",
                     "pre sales", "bizdev", "business development"), PRE_SALE),
    **dict.fromkeys(("customer success", "cs", "support", "customer support", "services",
                     "professional services", "onboarding", "implementation",
                     "implementations", "training", "customer education"), POST_SALE),
}
SIDE_STAGES = {PRE_SALE: ("awareness", "consideration", "decision"),
               POST_SALE: ("onboarding",)}
OTHER_SIDE = 0.5  # what the other side's evidence keeps


def team_side(folders: tuple[str, ...]) -> str | None:
    """The side of the sale of the nearest team folder above a file, if any."""
    for folder in folders:
        side = TEAM_FOLDERS.get(" ".join(name_words(folder).casefold().split()))
        if side is not None:
            return side
    return None


def stage_scores(facet: TaxonomyFacet, document: Document, kind: str | None) -> dict[str, float]:
    scores = facet_places(facet, document, PLACES)
    side = team_side(document.source.folders)
    if side is not None:
        other = POST_SALE if side == PRE_SALE else PRE_SALE
        for stage in SIDE_STAGES[other]:
            if stage in scores:
                scores[stage] *= OTHER_SIDE
    for rank, stage in enumerate(KIND_STAGE_HINTS.get(kind or "", ())):
        if stage in scores:
            scores[stage] += KIND_PRIOR / (rank + 1)
    leaning = LEANINGS.get(kind or "")
    if leaning in scores:
        scores[leaning] += KIND_PRIOR / 2
    return scores


def choose_stages(facet: TaxonomyFacet, document: Document,
                  kind: str | None) -> list[tuple[str, float, float]]:
    """[(stage, evidence, confidence)], the primary first; at most two."""
    ranked = sorted(stage_scores(facet, document, kind).items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < WEAKEST:
        return []
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    margin = (score - runner_up) / score
    confidence = round(strength(score, THRESHOLD) * (0.5 + 0.5 * margin), 2)
    chosen = [(best, score, confidence)]
    if len(ranked) > 1 and runner_up >= max(SECOND_MIN, SECOND_SHARE * score):
        second = round(min(confidence - 0.01, strength(runner_up, THRESHOLD) / 2), 2)
        chosen.append((ranked[1][0], runner_up, max(second, 0.01)))
    return chosen
