"""The phrase table (one lookup per word that can start a phrase) against the plain way:
every value's phrases looked up in every run of one to five words of the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from enablement.catalog.document import ngram_counts
from enablement.catalog.phrases import PhraseTable, score_counts, value_phrases
from enablement.catalog.taxonomy import Taxonomy, TaxonomyFacet, TaxonomyValue
from enablement.catalog.taxonomy_defaults import DEFAULT_FACETS


def _taxonomy() -> Taxonomy:
    return Taxonomy(tuple(
        TaxonomyFacet(spec.name, spec.label, spec.multi, spec.open, tuple(
            TaxonomyValue(spec.name, value.key, value.label, tuple(value.phrases.items()))
            for value in spec.values))
        for spec in DEFAULT_FACETS))


TAXONOMY = _taxonomy()
PHRASE_WORDS = sorted({word for facet in TAXONOMY.facets for value in facet.values
                       for phrase, _weight in value.phrases for word in phrase.split()})
OTHER_WORDS = ["the", "team", "Integrations", "contracts", "go-live", "weeks", "SOC",
               "2", "price.", "“too", "expensive”", "—", "it's", "data", "migration?"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(PHRASE_WORDS + OTHER_WORDS), max_size=40),
       facet=st.sampled_from([facet.name for facet in TAXONOMY.facets]))
def test_the_table_scores_what_the_plain_lookup_scores(words: list[str], facet: str) -> None:
    text = " ".join(words)
    spec = TAXONOMY.facet(facet)
    plain = {value.key: points for value in spec.values
             if (points := score_counts(value_phrases(value), ngram_counts(text)))}
    fast = PhraseTable(spec).scores(text)
    assert fast.keys() == plain.keys()
    for key, points in plain.items():
        assert fast[key] == pytest.approx(points)


@settings(max_examples=150, deadline=None)
@given(title=st.lists(st.sampled_from(PHRASE_WORDS + OTHER_WORDS), max_size=8),
       body=st.lists(st.sampled_from(PHRASE_WORDS + OTHER_WORDS + ["\n", "\n\n"]),
                     max_size=300),
       facet=st.sampled_from([facet.name for facet in TAXONOMY.facets]))
def test_every_place_scores_what_each_value_scores(title: list[str], body: list[str],
                                                   facet: str) -> None:
    from enablement.catalog.document import Document, Source
    from enablement.catalog.phrases import facet_places, score_places

    document = Document(" ".join(title), "", " ".join(body),
                        Source("Price battlecard_FINAL.pdf", "Battlecards", "pdf"))
    weights = {"title": 3.0, "summary": 2.0, "name": 1.5, "folder": 1.0, "opening": 1.5,
               "rest": 1.0, "headings": 2.0}
    spec = TAXONOMY.facet(facet)
    fast = facet_places(spec, document, weights)
    for value in spec.values:
        assert fast[value.key] == pytest.approx(score_places(value, document, weights))
