"""Relevance blended with proven effectiveness (enablement.search.ranking), by hand and live."""

from __future__ import annotations

from datetime import datetime

import pytest

from enablement.feedback import ratings
from enablement.feedback.ratings import RatingSummary
from enablement.library import Library
from enablement.search.ranking import EFFECT_WEIGHT, blended, effectiveness
from enablement.search.service import SearchRequest, run_search


def test_effectiveness_worked_by_hand() -> None:
    # Bayesian 4.5 against a mean of 3.5: (4.5 - 3.5) / 2 = 0.5; helped 3 yes, 1 no:
    # (3 - 1) / (4 + 5) = 0.2222; effectiveness is their mean, 0.3611.
    summary = RatingSummary(votes=4, mean=4.8, bayesian=4.5, helped_yes=3, helped_no=1)
    assert effectiveness(summary, 3.5) == pytest.approx((0.5 + 2 / 9) / 2)
    assert blended(10.0, summary, 3.5) == pytest.approx(10 * (1 + EFFECT_WEIGHT * 0.361111))
    # Unrated sits at the mean: no change. The bounds are ±EFFECT_WEIGHT.
    assert blended(7.0, ratings.unrated(3.5), 3.5) == 7.0
    best = RatingSummary(votes=10_000, mean=5.0, bayesian=5.0, helped_yes=10_000)
    worst = RatingSummary(votes=10_000, mean=1.0, bayesian=1.0, helped_no=10_000)
    assert blended(1.0, best, 1.0) == pytest.approx(1.3, abs=1e-3)
    assert blended(1.0, worst, 5.0) == pytest.approx(0.7, abs=1e-3)


def test_proven_assets_rise_among_relevant_ones(demo_library: Library) -> None:
    def ranked() -> list[tuple[int, float]]:
        response = run_search(demo_library, SearchRequest(text="security review", limit=30))
        return [(hit.asset_id, hit.score) for hit in response.hits]

    before = ranked()
    # Two neighbours whose relevance differs by less than the blend can make up.
    pairs = [(a, b) for a, b in zip(before, before[1:], strict=False) if b[1] / a[1] > 0.75]
    (upper, _), (lower, _) = pairs[0]
    with demo_library.sessions.begin() as session:
        for n, name in enumerate(("Ann", "Bo", "Cy", "Di", "Ed", "Fay")):
            when = datetime(2026, 11, 1, 9, n)
            ratings.rate(session, lower, name, 5, when, helped=True)
            ratings.rate(session, upper, name, 1, when, helped=False)
    after = [asset_id for asset_id, _ in ranked()]
    assert after.index(lower) < after.index(upper)
    # Only the order changed: the same assets match, and no other pair swapped.
    assert set(after) == {asset_id for asset_id, _ in before}
    rest = [a for a, _ in before if a not in (upper, lower)]
    assert [a for a in after if a in rest] == rest


def test_the_rows_shown_after_blending_are_the_ones_highlighted(demo_library: Library) -> None:
    """The index ranks a pool; ratings reorder it; the first ``highlight_first`` rows of
    the final order carry highlights (not the first rows of the index's own order)."""
    def search(first: int) -> list:
        return list(run_search(demo_library, SearchRequest(
            text="security review", limit=10, highlight_first=first)).hits)

    before = search(0)
    assert len(before) == 10
    # Below the first two rows, near enough that the blend (±30%) lifts it over them.
    climber = next(hit.asset_id for hit in before[2:] if hit.score > 0.6 * before[0].score)
    with demo_library.sessions.begin() as session:
        for n, name in enumerate(("Ann", "Bo", "Cy", "Di", "Ed", "Fay", "Gil", "Hu")):
            ratings.rate(session, climber, name, 5, datetime(2026, 11, 1, 9, n), helped=True)
        for hit in (h for h in before if h.asset_id != climber):
            for n, name in enumerate(("Ann", "Bo", "Cy", "Di", "Ed", "Fay", "Gil", "Hu")):
                ratings.rate(session, hit.asset_id, name, 1, datetime(2026, 11, 1, 9, n),
                             helped=False)
    after = search(2)
    assert climber in [hit.asset_id for hit in after[:2]]
    for hit in after[:2]:
        assert any(match for _text, match in hit.snippet), hit.title
    everything = {hit.asset_id: hit.snippet for hit in search(0)}
    assert [hit.snippet for hit in after[:2]] == [everything[h.asset_id] for h in after[:2]]
    # Below them, the asset's own summary, unmarked.
    assert all(not any(match for _text, match in hit.snippet) for hit in after[2:])
