"""Segments stay few as an index is written batch by batch (index.merging)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from index import IndexSearcher, IndexStore, SearchQuery
from index.merging import FAN, LARGEST, to_fold
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
