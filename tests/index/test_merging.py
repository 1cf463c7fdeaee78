"""Segments stay few as an index is written batch by batch (index.merging)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from index import IndexSearcher, IndexStore, SearchQuery
from index.merging import BULK_FAN, FAN, LARGEST, tier, to_fold
from tests.index.test_index import record


@dataclass
class Segment:
    """A stand-in with a Whoosh segment's counts, for the policy alone."""

    total: int
    deleted: int = 0

    def doc_count_all(self) -> int:
        return self.total

    def deleted_count(self) -> int:
        return self.deleted

    def doc_count(self) -> int:
        return self.total - self.deleted


def written(batches: list[int]) -> tuple[list[Segment], int]:
    """The segments left after committing ``batches``, and the documents copied."""
    segments: list[Segment] = []
    copied = 0
    for size in batches:
        folded = to_fold(segments, size)
        copied += sum(s.doc_count() for s in folded)
        segments = [s for s in segments if s not in folded]
        segments.append(Segment(size + sum(s.doc_count() for s in folded)))
    return segments, copied


def test_segments_grow_with_the_logarithm_of_the_library() -> None:
    for batches in ([500] * 10, [500] * 200, [500] * 10 + [1] * 300):
        segments, copied = written(batches)
        total = sum(batches)
        assert sum(s.total for s in segments) == total
        small = [s for s in segments if s.total <= LARGEST]
        # At most FAN - 1 per tier: a handful, not one per batch.
        assert len(small) <= 2 * (FAN - 1) + 3, [s.total for s in segments]
        assert copied <= 4 * total  # each document copied about once per tier


def test_a_mostly_deleted_segment_is_folded_in() -> None:
    stale = Segment(4000, deleted=3000)
    kept = Segment(4000, deleted=10)
    assert to_fold([stale, kept], 5) == [stale]


def test_big_segments_are_left_alone() -> None:
    big = [Segment(LARGEST + 1), Segment(LARGEST + 2)]
    assert to_fold(big, LARGEST) == []


def test_a_real_index_written_in_many_batches_keeps_few_segments(tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    for batch in range(12):
        store.write([record(batch * 100 + n, f"Doc {batch} {n}", f"invoice approval {n}")
                     for n in range(100)])
    segments = list(store.open()._segments())
    assert len(segments) <= 4, [s.doc_count_all() for s in segments]  # Whoosh's own: 12
    store.write([record(5, "Doc edited", "invoice approval edited")])  # an update
    assert len(list(store.open()._segments())) <= 4
    searcher = IndexSearcher(store)
    try:
        assert searcher.search(SearchQuery(text="invoice", limit=5)).total == 1200
        assert searcher.search(SearchQuery(text="edited")).hits[0].asset_id == 5
    finally:
        searcher.close()
    assert store.document_ids() == {b * 100 + n for b in range(12) for n in range(100)}



def test_an_imports_commits_fold_loosely_and_stay_within_their_bound() -> None:
    tight, tight_copied = written([250] * 4)
    loose: list[Segment] = []
    loose_copied = 0
    for size in [250] * 40:
        folded = to_fold(loose, size, BULK_FAN)
        loose_copied += sum(s.doc_count() for s in folded)
        loose = [s for s in loose if s not in folded]
        loose.append(Segment(size + sum(s.doc_count() for s in folded)))
        if len(loose) == 4 and loose_copied == 0:
            assert tight_copied == 500 and len(tight) == 2  # the same four, folded tightly
    tiers = Counter(tier(s.total) for s in loose)
    assert max(tiers.values()) <= BULK_FAN - 1, [s.total for s in loose]
    assert loose_copied <= 3 * 40 * 250


def test_a_real_import_in_loose_commits_keeps_every_answer(tmp_path: Path) -> None:
    loose, tight = IndexStore(tmp_path / "loose"), IndexStore(tmp_path / "tight")
    for batch in range(5):
        records = [record(batch * 100 + n, f"Doc {batch} {n}", f"invoice approval {n}")
                   for n in range(100)]
        loose.write(records, bulk=True)
        tight.write(records)
        if batch == 3:  # four of one tier: loose keeps them, tight folded the third
            assert len(list(loose.open()._segments())) == 4
            assert len(list(tight.open()._segments())) == 2
    assert len(list(loose.open()._segments())) == 1  # the fifth filled the tier: folded
    query = SearchQuery(text="invoice approval 7", limit=500)
    found = [IndexSearcher(store).search(query) for store in (loose, tight)]
    ranked = [sorted((-round(h.score, 4), h.asset_id) for h in f.hits) for f in found]
    assert ranked[0] == ranked[1]  # the same scores (ties fall in segment order)
    assert found[0].total == found[1].total == 500
