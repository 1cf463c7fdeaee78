""""How these numbers are computed", for readers of the report.

The same definitions as the ``enablement.insights.figures`` docstring, in a marketer's words and
with the thresholds filled in from the constants the computation uses, so the report can
never quote a threshold the numbers were not computed with.
"""

from __future__ import annotations

from enablement.feedback import ratings
from enablement.insights import figures as insights


def definitions() -> list[tuple[str, str]]:
    """(term, explanation) pairs, in the order the report shows them."""
    weight = f"{ratings.PRIOR_WEIGHT:g}"
    return [
        ("Period and filters",
         "The period (inclusive dates) applies to every event. A rep filter keeps only that "
         "person's events; a stage filter keeps content tagged with that stage, and requests "
         "and searches that name it."),
        ("Rating",
         "A Bayesian average of each rep's latest rating in the period: (C × m + sum of "
         f"stars) / (C + votes), with C = {weight} and m the mean of all current ratings in "
         "the period (3.0 when there are none). A single five-star vote therefore cannot "
         "beat many good ones. Always shown with its vote count."),
        ("Views, uses, reps",
         "Views are previews; uses are opens, exports and \"used on a call\". Reps are the "
         "distinct people who viewed or used the content in the period."),
        ("Influenced deal",
         "An imported CRM deal on which the content was recorded as used (a use or a rating "
         "naming the deal) on or before the day it closed. Deal names typed without a CRM "
         "import have no outcome and are not counted."),
        ("Win rate, baseline, lift",
         "Win rate = won / closed among the content's influenced deals that closed in the "
         "period. Baseline = won / closed among all deals that closed in the period. Lift = "
         "win rate − baseline, in percentage points. Fewer than "
         f"{insights.MIN_SAMPLE} closed deals is flagged as too few to trust. Lift shows "
         "association, not cause: strong reps may simply use more content."),
        ("Influenced and attributed revenue",
         "Influenced revenue = the amounts of the content's influenced deals won in the "
         "period. Attributed revenue splits each won deal's amount evenly among all the "
         "content that influenced it, so across all content it adds up to the revenue of the "
         "won deals that used content."),
        ("Coverage gap",
         "Demand = times an objection was heard (field notes) plus searched for, at a stage "
         "(\"no stage\" when the rep named none). Supply = well-rated content tagged with the "
         f"objection and the stage: at least one vote and a rating ≥ {insights.WELL_RATED:g}. "
         f"A gap is demand ≥ {insights.GAP_MIN_DEMAND} with no supply; thin is more than "
         f"{insights.THIN_RATIO:g} asks per well-rated asset; quiet is no demand."),
        ("Search health",
         "Zero-result rate = searches that found nothing / all searches. \"Without a click\" "
         "= searches that found something but led to no preview, open or export."),
        ("Stale content",
         "Expired (its expiry date has passed), unused for a long while (no use since the "
         f"date in its reason; {insights.UNUSED_DAYS} days by default), or low rated "
         f"(at least {insights.MIN_VOTES_LOW} votes and a rating below "
         f"{insights.LOW_RATED:g})."),
    ]
