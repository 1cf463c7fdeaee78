"""The index's fast paths against Whoosh's own searcher, over random sequences of edits.

``index/`` answers searches from structures it reads out of Whoosh's files (term
bitmasks, cached BM25F score vectors, field-length columns, sort positions, facet
masks). Whoosh's own searcher is the reference: after every step of a random sequence
of adds, re-imports, tag edits, deletions, retirements, merges, optimisations and
reopens of a real index on disk, both must agree on the hits, their order and scores,
the totals, the facet counts and the sorted views, for random queries.

The words come from the bundled demo's own text (a few thousand real words), drawn
with a skew so that some are in most documents and most in few, as in real content.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    rule,
)
from whoosh import query
from whoosh.searching import Searcher

from index import FACET_FIELDS, IndexRecord, IndexSearcher, IndexStore, SearchQuery
from index.coverage import COORDINATION, WELL_MATCHED
from index.scoring import weighting
from index.store import document_fields
from tests.index.machines import TMP_ROOT, VOCABULARY, texts

pytestmark = pytest.mark.usefixtures("machine_root")
FACET_VALUES = {
    "kind": ("battlecard", "case_study", "deck", "whitepaper", "one_pager"),
    "stage": ("awareness", "consideration", "decision", "onboarding"),
    "objection": ("price", "security", "integration", "roi", "timing"),
    "competitor": ("invoxa", "clerkwise", "tallyfox"),
    "industry": ("healthcare", "retail", "manufacturing"),
    "persona": ("cfo", "controller", "it"),
}
TOLERANCE = 1e-4  # our score vectors are float32 sums; Whoosh adds float64s


tags_strategy = st.fixed_dictionaries({
    facet: st.lists(st.sampled_from(values), max_size=2, unique=True).map(tuple)
    for facet, values in FACET_VALUES.items()
})


def _record(asset_id: int, title: str, body: str, tags: dict, day: int) -> IndexRecord:
    tags = {facet: values for facet, values in tags.items() if values}
    return IndexRecord(
        asset_id=asset_id, title=title, summary=body[:60], body=body,
        source_name=f"{title[:20].replace(' ', '_')}.pdf",
        updated=datetime(2026, 1, 1) + timedelta(days=day), tags=tags,
        tag_words=" ".join(v for values in tags.values() for v in values),
    )


# -- the reference: Whoosh's own searcher ------------------------------------------------

def _filter_query(filters: dict[str, tuple[str, ...]]) -> query.Query | None:
    parts = [query.Or([query.Term(f, v) for v in values]) for f, values in filters.items()]
    return query.And(parts) if parts else None


def _matching(searcher: Searcher, node: query.Query) -> set[int]:
    return set(searcher.docs_for_query(node))


def _expected_facets(searcher: Searcher, matched: set[int],
                     filters: dict[str, tuple[str, ...]]) -> dict[str, dict[str, int]]:
    """Counts per facet value among the matches, with every filter but the facet's own."""
    counts: dict[str, dict[str, int]] = {}
    for field in FACET_FIELDS:
        others = {f: v for f, v in filters.items() if f != field}
        narrowing = _filter_query(others)
        docs = matched & _matching(searcher, narrowing) if narrowing else matched
        field_counts: dict[str, int] = {}
        for docnum in docs:
            raw = searcher.stored_fields(docnum).get(field) or ""
            for value in filter(None, raw.split(",")):
                field_counts[value] = field_counts.get(value, 0) + 1
        counts[field] = dict(sorted(field_counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return counts


def _well_matched(searcher: Searcher, clauses: list[query.Query], filler: list[bool]
                  ) -> tuple[set[int], set[int], dict[int, float]]:
    """Every document any word matches, those covering WELL_MATCHED of the query's IDF
    weight (filler words weighing nothing), and each match's ranking factor (its share
    ** COORDINATION): from Whoosh's own document sets and ``math``, not our masks."""
    live = set(searcher.reader().all_doc_ids())
    sets = [_matching(searcher, clause) & live for clause in clauses]
    matched = set().union(*sets) if sets else set()
    weights = [0.0 if idle else math.log(1 + (len(live) - len(docs) + 0.5) / (len(docs) + 0.5))
               for docs, idle in zip(sets, filler, strict=True)]
    total = sum(weights)
    if len(sets) <= 1 or total <= 0:
        return matched, matched, {}
    share = {doc: sum(w for docs, w in zip(sets, weights, strict=True) if doc in docs) / total
             for doc in matched}
    good = {doc for doc, part in share.items() if part * total >= WELL_MATCHED * total - 1e-9}
    return matched, good, {doc: min(part, 1.0) ** COORDINATION for doc, part in share.items()}


def _check_against_whoosh(ours: IndexSearcher, store: IndexStore, request: SearchQuery
                          ) -> None:
    results = ours.search(request)
    with store.open().searcher(weighting=weighting()) as searcher:
        filters = {f: v for f, v in request.filters.items() if v}
        narrowing = _filter_query(filters)
        allowed = _matching(searcher, narrowing) if narrowing else None
        good: set[int] = set()
        factor: dict[int, float] = {}
        if request.text.strip():
            clauses, filler = ours.whoosh_clauses_and_fillers(request)
            node = query.Or(clauses) if clauses else query.NullQuery
            matched, good, factor = _well_matched(searcher, clauses, filler)
            allowed_good = good if allowed is None else good & allowed
            counted = good if allowed_good else matched
            assert results.partial == (not allowed_good), request
        else:
            node, matched = query.Every(), set(searcher.reader().all_doc_ids())
            counted = matched
        shown = counted if allowed is None else counted & allowed
        assert results.total == len(shown), (request, results.total, len(shown))
        assert results.facets == _expected_facets(searcher, counted, filters), request

        options: dict[str, object] = {"limit": None}
        if narrowing is not None:
            options["filter"] = narrowing
        if request.sort == "title":
            options.update(sortedby="sort_title")
        elif not request.text.strip() or request.sort == "newest":
            options.update(sortedby="updated", reverse=True)
        reference = searcher.search(node, **options)
        got = [(hit.asset_id, hit.score) for hit in results.hits]
        if "sortedby" in options:  # (a sorted hit's "score" is its sort key)
            in_order = [int(hit["asset_id"]) for hit in reference
                        if not request.text.strip() or hit.docnum in counted]
            assert [a for a, _s in got] == in_order[:request.limit], request
            return
        # Whoosh's score times the share of the query covered, best first.
        ordered = sorted(((float(hit.score) * factor.get(hit.docnum, 1.0), hit)
                          for hit in reference), key=lambda pair: -pair[0])
        expected = [(int(hit["asset_id"]), score) for score, hit in ordered]
        tier = {int(hit["asset_id"]): hit.docnum not in good for _score, hit in ordered}
        assert len(got) == min(request.limit, len(expected)), request
        score_of = dict(expected)
        for rank, (asset_id, score) in enumerate(got):
            assert results.hits[rank].partial == tier[asset_id], (request, rank)
            # Same score as Whoosh gives that asset, and the score Whoosh has at this
            # rank: so the same hits in the same order, ties aside.
            assert score == pytest.approx(score_of[asset_id], rel=TOLERANCE), (request, rank)
            assert score == pytest.approx(expected[rank][1], rel=TOLERANCE), (request, rank)
            if asset_id != expected[rank][0]:
                assert expected[rank][1] == pytest.approx(score_of[asset_id], rel=TOLERANCE)


@st.composite
def requests(draw: st.DrawFn) -> SearchQuery:
    rare = st.lists(st.sampled_from(VOCABULARY), min_size=2, max_size=3).map(" ".join)
    # Rare pairs seldom share a document: the search then relaxes to any of the words.
    text = draw(st.one_of(st.just(""), texts(1, 3), rare,
                          texts(1, 2).map(lambda w: f'"{w}"')))
    if text and draw(st.booleans()):
        # A typo: one letter dropped from a word, as someone typing fast does.
        spot = draw(st.integers(0, max(0, len(text) - 2)))
        if text[spot].isalpha():
            text = text[:spot] + text[spot + 1:]
    filters = draw(st.dictionaries(st.sampled_from(FACET_FIELDS),
                                   st.lists(st.sampled_from(("price", "decision", "deck",
                                                             "invoxa", "retail", "cfo",
                                                             "security", "case_study")),
                                            min_size=1, max_size=2, unique=True).map(tuple),
                                   max_size=2))
    return SearchQuery(
        text=text, filters=filters, limit=draw(st.sampled_from((3, 20, 1000))),
        sort=draw(st.sampled_from(("relevance", "relevance", "newest", "title"))),
        prefix_last=draw(st.booleans()), highlight_first=draw(st.sampled_from((0, 2))),
    )


class IndexUnderEdits(RuleBasedStateMachine):
    """A real index on disk, edited the ways a library edits it."""

    assets = Bundle("assets")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(TMP_ROOT[0]) / f"ix{id(self)}-{IndexUnderEdits.runs}"
        IndexUnderEdits.runs += 1
        self.store = IndexStore(self.folder)
        self.searcher = IndexSearcher(self.store)
        self.next_id = 1
        self.day = 0
        self.records: dict[int, IndexRecord] = {}

    runs = 0

    def _new(self, title: str, body: str, tags: dict) -> IndexRecord:
        self.day += 1
        record = _record(self.next_id, title, body, tags, self.day % 40)
        self.next_id += 1
        return record

    @initialize(target=assets, batch=st.lists(st.tuples(texts(1, 6), texts(5, 60),
                                                        tags_strategy),
                                              min_size=3, max_size=12))
    def import_a_folder(self, batch: list) -> object:
        records = [self._new(*item) for item in batch]
        self.store.write(records)
        self.records.update({r.asset_id: r for r in records})
        from hypothesis.stateful import multiple
        return multiple(*(r.asset_id for r in records))

    @rule(target=assets, title=texts(1, 6), body=texts(5, 60), tags=tags_strategy)
    def import_one_file(self, title: str, body: str, tags: dict) -> int:
        record = self._new(title, body, tags)
        self.store.write([record])
        self.records[record.asset_id] = record
        return record.asset_id

    @rule(asset=assets, body=texts(5, 60))
    def reimport_changed_file(self, asset: int, body: str) -> None:
        if asset in self.records:
            old = self.records[asset]
            self.records[asset] = _record(asset, old.title, body, dict(old.tags), self.day)
            self.store.write([self.records[asset]])

    @rule(asset=assets, tags=tags_strategy)
    def edit_tags(self, asset: int, tags: dict) -> None:
        if asset in self.records:
            old = self.records[asset]
            self.records[asset] = _record(asset, old.title, old.body, tags,
                                          (old.updated - datetime(2026, 1, 1)).days)
            self.store.write([self.records[asset]])

    @rule(asset=consumes(assets))
    def retire(self, asset: int) -> None:
        self.records.pop(asset, None)
        self.store.write([], delete_ids=[asset])

    @rule(asset=consumes(assets), title=texts(1, 6))
    def delete_and_add_in_one_commit(self, asset: int, title: str) -> None:
        self.records.pop(asset, None)
        record = self._new(title, title + " " + title, {})
        self.records[record.asset_id] = record
        self.store.write([record], delete_ids=[asset])

    @rule()
    def commit_without_merging(self) -> None:
        """An edit left in a segment of its own (Whoosh merges only when it pays)."""
        if self.records:
            record = self.records[max(self.records)]
            writer = self.store.open().writer()
            writer.update_document(**document_fields(record))
            writer.commit(merge=False)

    @rule()
    def optimize(self) -> None:
        self.store.open().optimize()

    @rule()
    def reopen(self) -> None:
        self.searcher.close()
        self.searcher = IndexSearcher(self.store)

    @rule()
    def read_ahead(self) -> None:
        self.searcher.warm(terms_per_field=20)

    @rule(request=requests())
    def search(self, request: SearchQuery) -> None:
        _check_against_whoosh(self.searcher, self.store, request)

    @invariant()
    def browsing_and_a_common_word_agree(self) -> None:
        _check_against_whoosh(self.searcher, self.store, SearchQuery(limit=1000))
        _check_against_whoosh(self.searcher, self.store,
                              SearchQuery(text=VOCABULARY[0], limit=1000))
        assert self.store.document_ids() == set(self.records)

    def teardown(self) -> None:
        self.searcher.close()


IndexUnderEdits.TestCase.settings = settings(
    max_examples=40, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
test_fast_paths_agree_with_whoosh = IndexUnderEdits.TestCase
