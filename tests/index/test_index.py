"""The full-text index on disk: ranking, filters, facets, highlights, typos, rebuild."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from whoosh import query

from index import IndexRecord, IndexSearcher, IndexStore, SearchQuery


def record(asset_id: int, title: str, body: str, summary: str = "", day: int = 1,
           **tags: tuple[str, ...]) -> IndexRecord:
    return IndexRecord(
        asset_id=asset_id, title=title, summary=summary, body=body,
        source_name=f"{title.lower().replace(' ', '-')}.pdf",
        updated=datetime(2026, 1, day), tags=tags,
        tag_words=" ".join(v for values in tags.values() for v in values),
    )


CORPUS = [
    record(1, "Invoxa battlecard", "Invoxa has no SOC 2 report and weak data residency. "
           "Their pricing looks cheap but the total cost is higher.", day=3,
           kind=("battlecard",), stage=("decision",), objection=("price", "security"),
           competitor=("invoxa",)),
    record(2, "Credit union case study", "Northbank Credit Union processes 12,000 invoices a "
           "month. Budget was tight, and payback came in five months.", day=2,
           kind=("case_study",), stage=("consideration",), objection=("roi",),
           industry=("financial_services",)),
    record(3, "Hospital network case study", "Valley Health went live in six weeks with the "
           "NetSuite connector and cut invoice costs by 60 percent.", day=5,
           kind=("case_study",), stage=("consideration", "decision"),
           objection=("implementation", "integration"), industry=("healthcare",)),
    record(4, "Security whitepaper", "Encryption at rest, SSO, penetration testing and an "
           "audit trail for every approval.", summary="How we keep payables data safe", day=4,
           kind=("whitepaper",), stage=("awareness",), objection=("security",)),
]


@pytest.fixture()
def searcher(tmp_path: Path) -> IndexSearcher:
    store = IndexStore(tmp_path / "index")
    store.write(CORPUS)
    found = IndexSearcher(store)
    yield found
    found.close()


def ids(results) -> list[int]:  # noqa: ANN001
    return [hit.asset_id for hit in results.hits]


def test_title_matches_rank_above_body_matches(searcher: IndexSearcher) -> None:
    results = searcher.search(SearchQuery(text="security"))
    assert ids(results)[0] == 4  # "Security" in the title beats a body mention
    assert set(ids(results)) == {1, 4}


def test_stemming_matches_other_word_forms(searcher: IndexSearcher) -> None:
    assert ids(searcher.search(SearchQuery(text="invoicing"))) != []
    assert 2 in ids(searcher.search(SearchQuery(text="processed invoice")))


def test_synonyms_reach_documents_that_use_another_word(searcher: IndexSearcher) -> None:
    # Neither document says "pricing"; one says "budget", the other "cost".
    results = searcher.search(SearchQuery(text="pricing"))
    assert {1, 2, 3} <= set(ids(results))
    assert ids(searcher.search(SearchQuery(text="infosec"))) != []


def test_filters_and_within_facet_or_across_facet_and(searcher: IndexSearcher) -> None:
    either = searcher.search(SearchQuery(filters={"objection": ("roi", "implementation")}))
    assert set(ids(either)) == {2, 3}
    both = searcher.search(SearchQuery(filters={"objection": ("security",),
                                               "stage": ("decision",)}))
    assert ids(both) == [1]
    assert both.total == 1


def test_facet_counts_ignore_their_own_filter(searcher: IndexSearcher) -> None:
    results = searcher.search(SearchQuery(filters={"kind": ("case_study",)}))
    assert results.total == 2
    # The kind facet still shows the other kinds, so a rep can switch.
    assert results.facets["kind"] == {"case_study": 2, "battlecard": 1, "whitepaper": 1}
    # Other facets count only within the filter.
    assert results.facets["industry"] == {"financial_services": 1, "healthcare": 1}
    assert results.facets["stage"] == {"consideration": 2, "decision": 1}


def test_facet_counts_follow_the_text_query(searcher: IndexSearcher) -> None:
    results = searcher.search(SearchQuery(text="case study"))
    assert results.facets["kind"] == {"case_study": 2}


def test_highlights_mark_the_matched_words(searcher: IndexSearcher) -> None:
    hit = searcher.search(SearchQuery(text="payback")).hits[0]
    assert hit.asset_id == 2
    marked = [text for text, match in hit.snippet if match]
    assert [m.lower() for m in marked] == ["payback"]
    assert "came in five months" in "".join(text for text, _ in hit.snippet)


def test_typo_finds_the_word_and_offers_a_correction(searcher: IndexSearcher) -> None:
    results = searcher.search(SearchQuery(text="secruity"))
    assert results.corrected == "security"
    assert results.fuzzy
    assert 4 in ids(results)
    assert searcher.search(SearchQuery(text="nrothbank")).corrected == "northbank"


def test_correct_words_get_no_correction(searcher: IndexSearcher) -> None:
    results = searcher.search(SearchQuery(text="payback"))
    assert results.corrected is None and not results.fuzzy


def test_no_document_with_all_words_relaxes_to_any_word(searcher: IndexSearcher) -> None:
    results = searcher.search(SearchQuery(text="payback encryption"))
    assert results.relaxed
    assert set(ids(results)) == {2, 4}
    # Each covers half the query, so neither matches well: the search says so.
    assert results.partial and all(hit.partial for hit in results.hits)


def test_a_query_about_something_absent_is_partial(searcher: IndexSearcher) -> None:
    """A word the library never uses weighs most: sharing a common word with the query
    is not an answer to it."""
    results = searcher.search(SearchQuery(text="kubernetes invoice"))
    assert results.partial and results.hits and all(hit.partial for hit in results.hits)
    assert results.total == len({2, 3})  # the near misses are counted, and shown
    assert results.corrected is None
    nothing = searcher.search(SearchQuery(text="kubernetes helmchart"))
    assert nothing.total == 0 and nothing.hits == () and nothing.partial


def test_a_missing_common_word_does_not_make_a_search_partial(
        searcher: IndexSearcher) -> None:
    """An asset lacking one query word still ranks, and one lacking only a common word
    still matches well: "how long does implementation take" never says "take"."""
    results = searcher.search(SearchQuery(text="hospital network went live connector budget"))
    assert not results.partial
    assert ids(results)[0] == 3 and not results.hits[0].partial


def test_nonsense_finds_nothing(searcher: IndexSearcher) -> None:
    results = searcher.search(SearchQuery(text="xylophone"))
    assert results.total == 0 and results.hits == ()


def test_sort_newest(searcher: IndexSearcher) -> None:
    results = searcher.search(SearchQuery(text="case study", sort="newest"))
    assert ids(results) == [3, 2]


def test_updates_replace_and_deletes_remove(searcher: IndexSearcher, tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    assert searcher.search(SearchQuery()).total == 4
    store.write([record(2, "Credit union story", "Rewritten body about treasury.")],
                delete_ids=[4])
    results = searcher.search(SearchQuery())
    assert results.total == 3  # replaced, not doubled; 4 gone
    assert ids(searcher.search(SearchQuery(text="treasury"))) == [2]
    assert ids(searcher.search(SearchQuery(text="northbank"))) == []
    assert ids(searcher.search(SearchQuery(text="encryption"))) == []


def test_rebuild_swaps_in_a_complete_index(searcher: IndexSearcher, tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    (tmp_path / "index.rebuild").mkdir()  # a leftover of a crashed rebuild
    assert store.rebuild(CORPUS[:2]) == 2
    assert searcher.search(SearchQuery()).total == 2
    assert not (tmp_path / "index.rebuild").exists()
    assert store.document_ids() == {1, 2}


# -- as-you-type search and the fast paths ------------------------------------------------

def test_unfinished_last_word_matches_the_words_it_begins(searcher: IndexSearcher) -> None:
    typing = searcher.search(SearchQuery(text="encryp", prefix_last=True))
    assert ids(typing) == [4] and typing.corrected is None
    assert searcher.search(SearchQuery(text="encryp")).total == 0  # taken as a whole word
    both = searcher.search(SearchQuery(text="invoice budg", prefix_last=True))
    # "invoice" whole, "budg" begins "budget": the one asset with both matches well;
    # those with only "invoice" follow as near misses.
    assert [hit.asset_id for hit in both.hits if not hit.partial] == [2]
    assert both.total == 1 and ids(both)[0] == 2
    marked = [text.lower() for text, match in both.hits[0].snippet if match]
    assert "budget" in marked


def test_highlight_only_the_first_hits(searcher: IndexSearcher) -> None:
    results = searcher.search(SearchQuery(text="invoice", highlight_first=1))
    assert len(results.hits) == 2
    assert any(match for _text, match in results.hits[0].snippet)
    assert not any(match for _text, match in results.hits[1].snippet)
    searcher.warm()  # once every document's asset id is known, no stored text is read
    again = searcher.search(SearchQuery(text="invoice", highlight_first=1))
    assert again.hits[1].snippet == ()  # the caller shows its own summary


def test_fast_paths_agree_with_whoosh(searcher: IndexSearcher) -> None:
    """Totals from term bitmasks equal Whoosh's own matching; ranking from cached score
    vectors puts hits in the order of Whoosh's scores of the words' OR times the share of
    the query each covers."""
    from tests.index.test_fast_paths import _well_matched

    for text in ("invoice", "case study", "invoice costs", "cost", "netsuite connector",
                 "payback encryption"):
        ours = searcher.search(SearchQuery(text=text, limit=10))
        clauses, filler = searcher.whoosh_clauses_and_fillers(SearchQuery(text=text))
        state = searcher._current()
        matched, good, factor = _well_matched(state.searcher, clauses, filler)
        theirs = sorted(((hit.score * factor.get(hit.docnum, 1.0), int(hit["asset_id"]))
                         for hit in state.searcher.search(query.Or(clauses), limit=None)),
                        key=lambda pair: (-round(pair[0], 6), pair[1]))[:10]
        assert ours.total == len(good or matched), text
        assert ours.partial == (not good), text
        assert [round(h.score, 4) for h in ours.hits] == \
            [round(score, 4) for score, _id in theirs], text
        assert sorted(ids(ours)) == sorted(asset_id for _score, asset_id in theirs), text


def test_warm_reads_ahead_without_changing_results(searcher: IndexSearcher) -> None:
    cold = searcher.search(SearchQuery(text="invoice costs", filters={"kind": ("case_study",)}))
    searcher.close()
    assert searcher.warm() > 0
    warm = searcher.search(SearchQuery(text="invoice costs", filters={"kind": ("case_study",)}))
    assert (ids(warm), warm.total, warm.facets) == (ids(cold), cold.total, cold.facets)
    assert searcher.warm(stop=lambda: True) == 0


def test_sorted_orders_agree_with_whoosh(tmp_path: Path) -> None:
    """Newest-first and by-title orders come from cached sort positions; they must give
    Whoosh's sorted search's hits in its order, ties and deletions included."""
    store = IndexStore(tmp_path / "index")
    store.write(CORPUS)
    twins = [record(10 + n, "Invoice case study" if n % 2 else "Budget deck",
                    "Invoice budget cost payback.", day=2 + n % 2,
                    kind=("case_study",) if n % 3 else ("deck",))
             for n in range(8)]
    store.write(twins[:5])  # a second segment, same days and titles as the first
    store.write(twins[5:], delete_ids=[11, 3])
    found = IndexSearcher(store)
    try:
        for text in ("", "invoice", "budget", "case study"):
            for filters in ({}, {"kind": ("case_study",)}):
                for sort in ("newest", "title"):
                    for limit in (1, 3, 20):
                        request = SearchQuery(text=text, filters=filters, sort=sort,
                                              limit=limit)
                        ours = found.search(request)
                        state = found._current()
                        parsed = found._prepare(
                            state, found._parser(state.searcher.schema, True).parse(text),
                            text)[0] if text else query.Every()
                        theirs = found._hits(
                            found._sorted(state, parsed, request, state.filter_docs(filters)),
                            request, has_text=bool(text))
                        assert ids(ours) == [h.asset_id for h in theirs], (text, filters, sort)
                        assert all(h.score == 0.0 for h in ours.hits)
        assert 11 not in ids(found.search(SearchQuery(sort="title", limit=50)))
    finally:
        found.close()


def test_browsing_snippets_are_the_summary_or_the_start_of_the_body(
        searcher: IndexSearcher) -> None:
    hits = {hit.asset_id: hit for hit in searcher.search(SearchQuery()).hits}
    assert hits[4].snippet == (("How we keep payables data safe", False),)
    assert hits[2].snippet[0][0].startswith("Northbank Credit Union")


def test_an_index_of_another_schema_version_needs_a_rebuild(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import index.store as store_module

    store = IndexStore(tmp_path / "index")
    assert not store.needs_rebuild()  # nothing yet: created as records are written
    store.write(CORPUS)
    assert not store.needs_rebuild()
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", store_module.SCHEMA_VERSION - 1)
    store.write(CORPUS[:1])  # replaced, in a new segment, by an "older" app
    monkeypatch.undo()
    assert store.needs_rebuild()
    store.rebuild(CORPUS)
    assert not store.needs_rebuild()

    other = IndexStore(tmp_path / "other")
    (tmp_path / "other").mkdir()
    from whoosh import index as whoosh_index
    from whoosh.fields import ID, Schema
    whoosh_index.create_in(str(other.path), Schema(asset_id=ID(stored=True)))
    assert other.needs_rebuild()  # fields differ


def test_only_the_first_few_unknown_words_get_typo_matching(searcher: IndexSearcher) -> None:
    """Typo matching walks the word list per unknown word: a pasted paragraph must not
    pay it for every word (1,000 unknown words took 43 s)."""
    from index.search import FUZZY_WORDS

    typos = ["securty", "encrption", "hospitl", "residncy", "penetraton", "netsute"]
    assert FUZZY_WORDS == 4
    request = SearchQuery(text=" ".join(typos))
    clauses = searcher.whoosh_clauses(request)
    terms = [{text for _field, text in clause.iter_all_terms()} for clause in clauses]
    # The first four words are matched to their near spellings ("secur", "encryption",
    # "hospit", "resid"); the fifth and sixth are left as typed, one term each, though
    # the index holds "penetration" and "netsuite".
    assert all(len(found) == 1 and found != {typo}
               for found, typo in zip(terms[:4], typos[:4], strict=True))
    assert [len(found) for found in terms[4:]] == [1, 1]
    assert not {"penetr", "netsuit"} & (terms[4] | terms[5])
    results = searcher.search(request)
    assert results.fuzzy and results.total > 0
    # Two words the library does not know weigh most, so no asset matches well, and a
    # correction that would leave them unknown is not offered.
    assert results.partial and results.corrected is None
    assert searcher.search(SearchQuery(text="securty encrption")).corrected == \
        "security encryption"


def test_highlight_later_marks_what_the_search_would_have(searcher: IndexSearcher) -> None:
    """A caller that reorders hits asks for the shown rows' snippets afterwards; they
    equal the search's own, and an asset no longer indexed is left out."""
    marked = searcher.search(SearchQuery(text="invoice costs"))
    bare = searcher.search(SearchQuery(text="invoice costs", snippets=False))
    assert all(hit.snippet == () for hit in bare.hits)
    wanted = [hit.asset_id for hit in bare.hits][::-1]
    later = searcher.highlight(bare.terms, [*wanted, 999])
    assert later == {hit.asset_id: hit.snippet for hit in marked.hits}
    assert any(match for _text, match in later[3])


def test_a_synonym_of_several_words_typed_finds_the_others(tmp_path: Path) -> None:
    """ "break even" is an entry of several words in the group of "payback": typed in a
    row, an asset that says "payback" covers them, and one with both words still ranks
    first."""
    store = IndexStore(tmp_path / "index")
    store.write([
        record(1, "ROI calculator", "Annual savings and payback in months for your fleet."),
        record(2, "Idling whitepaper", "Idling past the break even point burns fuel."),
        record(3, "Driver kit", "Post the schedule in break rooms before install week."),
    ])
    searcher = IndexSearcher(store)
    try:
        results = searcher.search(SearchQuery(text="break even"))
        assert ids(results)[:2] == [2, 1]
        assert not results.partial and not results.hits[1].partial
        # Not typed in a row, the words are only themselves.
        apart = searcher.search(SearchQuery(text="even break"))
        assert 1 not in ids(apart)
    finally:
        searcher.close()


def test_a_library_s_own_synonyms_replace_the_built_in_ones(tmp_path: Path) -> None:
    """A construction firm's "rfi" group, given to the searcher, finds the asset that
    spells it out; a long entry (four words, one a stop word) works typed in a row; the
    built-in groups go when the library's list leaves them out."""
    store = IndexStore(tmp_path / "index")
    store.write([
        record(1, "Site queries log", "Track every request for information from the "
               "subcontractor until the architect answers."),
        record(2, "Change order guide", "Price every variation before the crew starts."),
        record(3, "Budget primer", "Plan the budget for a mid-rise fit-out."),
        record(4, "Punch list app", "Snag list walkthroughs with photos per room."),
    ])
    searcher = IndexSearcher(store)
    try:
        assert ids(searcher.search(SearchQuery(text="rfi"))) == []
        assert 3 in ids(searcher.search(SearchQuery(text="pricing")))  # built-in group
        groups = [("rfi", "request for information", "site query"),
                  ("punch list", "snag list", "deficiency list"),
                  ("pricing", "price")]
        assert searcher.use_synonyms(groups) is True
        assert searcher.use_synonyms([list(g) for g in groups]) is False  # same list
        assert ids(searcher.search(SearchQuery(text="rfi")))[0] == 1
        assert ids(searcher.search(SearchQuery(text="deficiency list")))[0] == 4
        pricing = ids(searcher.search(SearchQuery(text="pricing")))
        assert 2 in pricing and 3 not in pricing  # "budget" was only a built-in synonym
        searcher.use_synonyms([])
        assert ids(searcher.search(SearchQuery(text="rfi"))) == []
    finally:
        searcher.close()
