"""Ratings: append-only events, the current rating per person, the Bayesian average."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from enablement.errors import UserError
from enablement.feedback import ratings
from enablement.library import Library
from enablement.search.service import SearchRequest, run_search
from enablement.store.models import Asset, RatingEvent


def ids_by_title(library: Library) -> dict[str, int]:
    with library.sessions() as session:
        return {title: asset_id for asset_id, title in session.execute(
            select(Asset.id, Asset.title))}


def test_bayesian_average_worked_by_hand(demo_library: Library) -> None:
    ids = ids_by_title(demo_library)
    a = ids["Invoxa battlecard: win on scale, controls and total cost"]
    b = ids["Security questionnaire: standard answers"]
    with demo_library.sessions.begin() as session:
        ratings.rate(session, a, "Dana", 5, datetime(2026, 11, 1))
        ratings.rate(session, a, "Lee", 4, datetime(2026, 11, 2))
        ratings.rate(session, b, "Dana", 2, datetime(2026, 11, 3))
        # Lee changes their mind about A: only the latest counts, the history stays.
        ratings.rate(session, a, "Lee", 3, datetime(2026, 11, 4))
    with demo_library.sessions() as session:
        found, prior = ratings.summaries(session)
        assert session.scalar(select(func.count()).select_from(RatingEvent)) == 4
        assert ratings.my_rating(session, a, "Lee") == 3
        assert ratings.my_rating(session, a, "Sam") is None
    # Current ratings: A = 5 and 3, B = 2; library mean m = 10 / 3.
    assert prior == pytest.approx(10 / 3)
    assert found[a].votes == 2 and found[a].mean == pytest.approx(4.0)
    assert found[a].bayesian == pytest.approx((5 * 10 / 3 + 8) / 7)  # 3.5238
    assert found[b].bayesian == pytest.approx((5 * 10 / 3 + 2) / 6)  # 3.1111
    assert ratings.unrated(prior).bayesian == pytest.approx(10 / 3)


def test_bad_ratings_are_refused(demo_library: Library) -> None:
    with demo_library.sessions.begin() as session:
        with pytest.raises(UserError, match="1 to 5"):
            ratings.rate(session, 1, "Dana", 6)
        with pytest.raises(UserError, match="Settings"):
            ratings.rate(session, 1, "  ", 4)
        with pytest.raises(UserError, match="no longer in the library"):
            ratings.rate(session, 99_999, "Dana", 4)


def test_sort_by_rating(demo_library: Library) -> None:
    ids = ids_by_title(demo_library)
    liked = ids["Security questionnaire: standard answers"]
    disliked = ids["Brightledger security architecture and compliance whitepaper"]
    with demo_library.sessions.begin() as session:
        for person in ("Dana", "Lee", "Sam"):
            ratings.rate(session, liked, person, 5)
            ratings.rate(session, disliked, person, 1)
    by_relevance = run_search(demo_library, SearchRequest(text="security", limit=50))
    by_rating = run_search(demo_library, SearchRequest(text="security", limit=50,
                                                       sort="rating"))
    assert {h.asset_id for h in by_rating.hits} == {h.asset_id for h in by_relevance.hits}
    order = [h.asset_id for h in by_rating.hits]
    assert order[0] == liked and order[-1] == disliked
    assert by_rating.hits[0].rating.votes == 3 and by_rating.hits[0].rating.mean == 5
    # Unrated assets keep their relevance order between the two.
    middle = [h for h in by_relevance.hits if h.asset_id not in (liked, disliked)]
    assert [h.asset_id for h in by_rating.hits[1:-1]] == [h.asset_id for h in middle]
    assert by_rating.hits[0].to_json()["rating_votes"] == 3
