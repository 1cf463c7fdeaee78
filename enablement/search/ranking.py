"""How a rep's search ranks: text relevance first, nudged by proven effectiveness.

A search for words is ranked by the index's BM25F score, then the most relevant
BLEND_POOL matches are reordered by::

    blended = relevance × (1 + EFFECT_WEIGHT × effectiveness)

``effectiveness`` is in [-1, 1] and built from what reps said after using the asset:

* the Bayesian rating against the library mean, ``(bayesian − m) / 2`` (a full two stars
  above the mean is +1); the Bayesian average already shrinks few votes toward ``m``, so
  one enthusiastic vote moves an asset very little;
* "did it help move the deal?": ``(yes − no) / (yes + no + HELPED_PRIOR)``, again shrunk
  so two answers do not count like twenty.

The two are averaged. With EFFECT_WEIGHT = 0.3 the best-proven asset gains at most 30 %
of its relevance and the worst loses at most 30 %: enough to put a proven asset above a
slightly more wordy one, never enough to lift an asset about something else above the
ones that match the words. Browsing without words, and the other sorts, are unchanged.
Win rates and revenue are not used here: they are team-level and lagging, and they are
shown in Insights instead.
"""

from __future__ import annotations

from enablement.feedback.ratings import RatingSummary

BLEND_POOL = 100
EFFECT_WEIGHT = 0.3
HELPED_PRIOR = 5.0


def effectiveness(rating: RatingSummary, library_mean: float) -> float:
    stars = max(-1.0, min(1.0, (rating.bayesian - library_mean) / 2.0))
    answers = rating.helped_yes + rating.helped_no
    helped = (rating.helped_yes - rating.helped_no) / (answers + HELPED_PRIOR)
    return (stars + helped) / 2.0


def blended(relevance: float, rating: RatingSummary, library_mean: float) -> float:
    return relevance * (1.0 + EFFECT_WEIGHT * effectiveness(rating, library_mean))
