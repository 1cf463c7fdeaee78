"""A library made before the finance persona was split gets the new values on open, keeps
its "finance" tags, and loses only the retired default phrases still as seeded."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, select

from enablement.catalog import taxonomy as taxonomy_store
from enablement.library import Library
from enablement.store.models import FacetValue, ValuePhrase
from tests import filemakers as make

NEW_PERSONAS = ("cfo", "controller", "ap_manager")


def _make_it_old(library: Library) -> None:
    """The taxonomy as an older version seeded it: finance held the CFO's phrases, the
    split values did not exist, and a marketer had added a phrase of their own."""
    with library.sessions.begin() as session:
        session.execute(delete(ValuePhrase).where(ValuePhrase.value_id.in_(
            select(FacetValue.id).where(FacetValue.facet == "persona",
                                        FacetValue.key.in_(NEW_PERSONAS)))))
        session.execute(delete(FacetValue).where(FacetValue.facet == "persona",
                                                 FacetValue.key.in_(NEW_PERSONAS)))
        finance = session.scalars(select(FacetValue).where(
            FacetValue.facet == "persona", FacetValue.key == "finance")).one()
        finance.phrases.append(ValuePhrase(phrase="cfo", weight=3.0))  # as seeded
        finance.phrases.append(ValuePhrase(phrase="controller", weight=5.0))  # a person's
        assert not taxonomy_store.is_seeded(session)


def _phrases(library: Library, key: str) -> dict[str, float]:
    return dict(next(v for v in library.taxonomy().facet("persona").values
                     if v.key == key).phrases)


def test_a_new_library_is_up_to_date(library: Library) -> None:
    with library.sessions() as session:
        assert taxonomy_store.is_seeded(session)  # opening it again writes nothing
    keys = [v.key for v in library.taxonomy().facet("persona").values]
    assert {"finance", *NEW_PERSONAS, "it", "security", "procurement"} <= set(keys)


def test_an_older_library_gets_the_new_values_on_open_and_keeps_its_tags(
        library: Library, tmp_path: Path) -> None:
    make.make_text(tmp_path / "brief.txt", "Budget brief\n\nNotes for the budget meeting.\n")
    library.imports.run([tmp_path / "brief.txt"])
    asset = library.catalog.list_assets()[0]
    library.catalog.edit_tags(str(asset.asset_id), {"persona": ["finance"]})
    _make_it_old(library)
    path = library.path
    library.close()

    with Library.open(path) as reopened:
        keys = [v.key for v in reopened.taxonomy().facet("persona").values]
        assert set(NEW_PERSONAS) <= set(keys)
        finance = _phrases(reopened, "finance")
        assert "cfo" not in finance  # the retired default, exactly as seeded
        assert finance["controller"] == 5.0  # the marketer's own weight: kept
        assert _phrases(reopened, "cfo")["cfo"] == 3.0
        view = reopened.catalog.list_assets()[0]
        assert [(t.key, t.label) for t in view.tags["persona"]] == [("finance", "Finance")]
        with reopened.sessions() as session:
            assert taxonomy_store.is_seeded(session)


def test_an_older_library_loses_the_price_objection_s_cost(library: Library) -> None:
    """"cost" was seeded on the price objection until it proved to be the cost of a
    problem as often as a price; a library seeded with it loses it on open."""
    with library.sessions.begin() as session:
        price = session.scalars(select(FacetValue).where(
            FacetValue.facet == "objection", FacetValue.key == "price")).one()
        price.phrases.append(ValuePhrase(phrase="cost", weight=1.0))  # as it was seeded
        assert not taxonomy_store.is_seeded(session)
    path = library.path
    library.close()
    with Library.open(path) as reopened:
        phrases = dict(next(v for v in reopened.taxonomy().facet("objection").values
                            if v.key == "price").phrases)
        assert "cost" not in phrases and phrases["pricing"] == 1.5
