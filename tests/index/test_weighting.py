"""Ranking weights: per-field BM25, unranked question words, feedback on long queries."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from whoosh.scoring import BM25F

import index.feedback as feedback_module
from index import IndexRecord, IndexSearcher, IndexStore, SearchQuery
from index.scoring import FIELD_K1, TermScores, weighting


def record(asset_id: int, title: str, body: str, day: int = 1,
           **tags: tuple[str, ...]) -> IndexRecord:
    return IndexRecord(
        asset_id=asset_id, title=title, summary="", body=body,
        source_name=f"doc-{asset_id}.pdf", updated=datetime(2026, 1, day), tags=tags,
        tag_words=" ".join(v for values in tags.values() for v in values),
    )


CORPUS = [
    record(1, "Invoice approval workflow", "Approval routing sends each invoice to the "
           "controller; approval rules follow spend limits and the controller signs off.",
           kind=("deck",), objection=("implementation",)),
    record(2, "Approval rules for the controller", "Spend limits decide the approval "
           "routing, and the controller reviews every exception in the audit trail.",
           kind=("whitepaper",), objection=("security",)),
    record(3, "Audit trail and exceptions", "Every exception is logged in the audit trail "
           "with the controller who approved it and the spend limits applied.",
           kind=("one_pager",), objection=("security",)),
    record(4, "Payback in five months", "A credit union cut invoice costs and reached "
           "payback in five months after automating invoice capture.",
           kind=("case_study",), objection=("roi",)),
    record(5, "Invoxa battlecard", "Invoxa has no audit trail and weak approval routing; "
           "its pricing looks cheap but the total cost is higher.",
           kind=("battlecard",), competitor=("invoxa",)),
    record(6, "Supplier onboarding", "Suppliers upload tax forms and bank details in a "
           "portal; the controller approves new suppliers.", kind=("deck",)),
    record(7, "ERP connector", "The NetSuite connector syncs vendors, purchase orders and "
           "invoice status every five minutes.", kind=("one_pager",),
           objection=("integration",)),
    record(8, "Spend limits explained", "Spend limits per cost centre route an invoice to "
           "the right approver, with the audit trail kept for every step.",
           kind=("whitepaper",), objection=("implementation",)),
]
# Seven content words: expanded by the top hits' shared words.
LONG = "invoice approval routing controller spend limits exceptions"


@pytest.fixture()
def searcher(tmp_path: Path) -> IndexSearcher:
    store = IndexStore(tmp_path / "index")
    store.write(CORPUS)
    found = IndexSearcher(store)
    yield found
    found.close()


def content_words(searcher: IndexSearcher, text: str) -> int:
    _clauses, filler = searcher.whoosh_clauses_and_fillers(SearchQuery(text=text))
    return sum(not idle for idle in filler)


def without_feedback(searcher: IndexSearcher, request: SearchQuery,
                     monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    with monkeypatch.context() as patch:
        patch.setattr(feedback_module, "FEEDBACK_WORDS", 10 ** 6)
        return searcher.search(request)


SHORT = ["approval", "controller spend limits", "how does invoice approval work",
         "what is the audit trail for exceptions and who has it",
         "spend limits audit trail exceptions"]


@pytest.mark.parametrize("text", SHORT)
def test_short_queries_are_not_expanded(searcher: IndexSearcher, text: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    assert content_words(searcher, text) < feedback_module.FEEDBACK_WORDS
    request = SearchQuery(text=text, limit=20)
    plain = without_feedback(searcher, request, monkeypatch)

    def refuse(*_args: object) -> None:
        raise AssertionError("a short query was expanded")

    monkeypatch.setattr(IndexSearcher, "_feedback", refuse)
    assert searcher.search(request) == plain


def test_long_query_ranks_with_feedback_but_counts_its_own_words(
        searcher: IndexSearcher, monkeypatch: pytest.MonkeyPatch) -> None:
    assert content_words(searcher, LONG) >= feedback_module.FEEDBACK_WORDS
    request = SearchQuery(text=LONG, limit=100)
    plain = without_feedback(searcher, request, monkeypatch)
    expanded = searcher.search(request)
    # Feedback took place: the added words changed some scores ...
    assert [h.score for h in expanded.hits] != [h.score for h in plain.hits]
    # ... but what matched, the verdict, the counts and the highlights are the typed words'.
    assert {h.asset_id for h in expanded.hits} == {h.asset_id for h in plain.hits}
    assert expanded.total == plain.total
    assert expanded.facets == plain.facets
    assert (expanded.partial, expanded.relaxed, expanded.fuzzy) == \
        (plain.partial, plain.relaxed, plain.fuzzy)
    assert expanded.terms == plain.terms
    assert {h.asset_id: h.partial for h in expanded.hits} == \
        {h.asset_id: h.partial for h in plain.hits}


def test_question_words_do_not_rank(searcher: IndexSearcher) -> None:
    asked = searcher.search(SearchQuery(text="what has spend limits", limit=20))
    plain = searcher.search(SearchQuery(text="spend limits", limit=20))
    # Ranked as the other words alone; an asset with only "has" still matches, last.
    assert [(h.asset_id, h.score) for h in asked.hits[:len(plain.hits)]] == \
        [(h.asset_id, h.score) for h in plain.hits]
    assert all(h.score == 0.0 and h.partial for h in asked.hits[len(plain.hits):])


def test_score_vectors_use_each_fields_k1(tmp_path: Path) -> None:
    """The fast path's vectors give what Whoosh's own matcher gives under the same
    per-field weighting, and the body's K1 is not Whoosh's default."""
    assert FIELD_K1["body"] != BM25F().K1
    store = IndexStore(tmp_path / "index")
    store.write(CORPUS)
    with store.open().searcher(weighting=weighting()) as searcher:
        scores = TermScores(searcher, searcher.doc_count_all())
        for field, text in [("body", "invoic"), ("body", "control"), ("title", "approv"),
                            ("title", "spend")]:
            ids, got = scores.vector(field, text)
            matcher = searcher.postings(field, text)
            expected = {}
            while matcher.is_active():
                expected[matcher.id()] = matcher.score()
                matcher.next()
            assert sorted(expected) == sorted(ids.tolist())
            assert np.allclose([expected[i] for i in ids.tolist()], got, rtol=1e-5)
