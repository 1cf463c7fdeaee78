"""Relevance ranking from cached per-term score vectors.

Whoosh scores a query posting by posting in Python. When a query's words occur in most
documents (common sales words in a 10k library) that is ~100k postings, hundreds of
milliseconds, and block-max pruning cannot help because every block scores alike. Here
each (field, term) is scored once per index generation, with Whoosh's own BM25F scorer
(so the numbers are Whoosh's), and kept as two numpy arrays: document numbers and
scores. A query adds its terms' vectors, times their boosts, into one dense array and
takes the top ``limit`` with ``argpartition``: a few milliseconds at 10k documents.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
from whoosh import query
from whoosh.scoring import BM25F, BM25FScorer, WeightScorer
from whoosh.searching import Searcher

CACHE_BYTES = 96 * 1024 * 1024
_EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
# BM25's parameters where a field departs from Whoosh's defaults (K1 1.2, B 0.75): the
# body's term frequency saturates more slowly (a long abstract that keeps saying "boundary
# layer" is about boundary layers), and a title is normalised fully by its length (one
# word of three counts for more than one of twelve). Measured through the app
# (bench/bench_ir.py) with the question words unranked (index.coverage): Cranfield
# nDCG@10 0.386 -> 0.394, SciFact 0.6865 -> 0.691. Body K1 1.6 and 3.0, title B 0.3, title
# K1 0.5 and 3.0, body B 0.5 and 0.9 were no better on Cranfield.
FIELD_K1 = {"body": 2.0}
FIELD_B = {"title": 1.0}


class FieldBM25F(BM25F):
    """Whoosh's BM25F with K1 as well as B settable per field (Whoosh's own takes only B
    per field). The searcher's weighting, so Whoosh's matchers and the score vectors
    here (``TermScores._read``, which reads ``field_k1`` and ``_field_B``) score alike."""

    def __init__(self, field_k1: dict[str, float], field_b: dict[str, float]) -> None:
        super().__init__(**{f"{field}_B": b for field, b in field_b.items()})
        self.field_k1 = dict(field_k1)

    def scorer(self, searcher, fieldname, text, qf=1):  # noqa: ANN001, ANN201 - Whoosh's
        if not searcher.schema[fieldname].scorable:
            return WeightScorer.for_(searcher, fieldname, text)
        return BM25FScorer(searcher, fieldname, text, self._field_B.get(fieldname, self.B),
                           self.field_k1.get(fieldname, self.K1), qf=qf)


def weighting() -> FieldBM25F:
    """The weighting every ranked search uses (pass it to ``Index.searcher``)."""
    return FieldBM25F(FIELD_K1, FIELD_B)


def mask_to_bools(mask: int, size: int) -> np.ndarray:
    """An int bitmask (bit i = document i) as a boolean array of ``size``."""
    raw = mask.to_bytes((size >> 3) + 1, "little")
    return np.unpackbits(np.frombuffer(raw, dtype=np.uint8), bitorder="little")[:size] \
        .astype(bool)


def ids_to_mask(ids: np.ndarray, size: int) -> int:
    """Document numbers as an int bitmask (bit i = document i)."""
    bools = np.zeros(((size >> 3) + 1) * 8, dtype=bool)
    bools[ids] = True
    return int.from_bytes(np.packbits(bools, bitorder="little").tobytes(), "little")


class TermScores:
    """Score vectors of one searcher generation, least recently used evicted first."""

    def __init__(self, searcher: Searcher, size: int, budget: int = CACHE_BYTES) -> None:
        self.searcher = searcher
        self.size = size
        self.budget = budget
        self.used = 0
        self._vectors: OrderedDict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = \
            OrderedDict()
        self._lengths: dict[str, np.ndarray] = {}

    def vector(self, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        key = (field, text)
        found = self._vectors.get(key)
        if found is not None:
            self._vectors.move_to_end(key)
            return found
        found = self._read(field, text)
        self._vectors[key] = found
        self.used += found[0].nbytes + found[1].nbytes
        while self.used > self.budget and len(self._vectors) > 1:
            _key, (old_ids, old_scores) = self._vectors.popitem(last=False)
            self.used -= old_ids.nbytes + old_scores.nbytes
        return found

    def _read(self, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The term's BM25F vector. Whoosh's ``Searcher.postings`` makes a scorer per
        segment, each summing the term's frequency over every segment again (13
        segments: ~200 term-table lookups per term, most of a cold query); the numbers
        need one global scorer, and each segment's postings read without one."""
        searcher = self.searcher
        weighting = searcher.weighting
        if not isinstance(weighting, BM25F) or not searcher.schema[field].scorable:
            return _one_by_one(searcher.postings(field, text))
        try:
            matchers = self._segment_postings(field, text)
        except Exception:  # noqa: BLE001 - Whoosh raises TermNotFound and friends
            return _EMPTY
        if not matchers:
            return _EMPTY
        blocks = _leaf_blocks(matchers)
        if blocks is None:
            # Not a shape read a block at a time: Whoosh's own matcher, from the start.
            return _one_by_one(searcher.postings(field, text))
        ids, weights = blocks
        lengths = self.field_lengths(field)[ids]
        # Whoosh's BM25FScorer's statistics and bm25(), on whole arrays.
        idf = searcher.idf(field, text)
        avgfl = searcher.avg_field_length(field) or 1
        b = weighting._field_B.get(field, weighting.B)
        k1 = getattr(weighting, "field_k1", {}).get(field, weighting.K1)
        scores = idf * ((weights * (k1 + 1)) / (weights + k1 * ((1 - b) + b * lengths / avgfl)))
        return ids, scores.astype(np.float32)

    def _segment_postings(self, field: str, text: str) -> list[tuple[object, int]]:
        """(posting matcher, document offset) of each segment holding the term."""
        term = (field, text)
        found = []
        for leaf, offset in self.searcher.leaf_searchers():
            reader = leaf.reader()
            if term in reader:
                found.append((reader.postings(field, text), offset))
        return found

    def field_lengths(self, field: str) -> np.ndarray:
        """Each document's length of ``field`` as Whoosh's scorer sees it."""
        lengths = self._lengths.get(field)
        if lengths is None:
            lengths = _column_lengths(self.searcher, field, self.size)
            if lengths is None:
                reader = self.searcher.reader()
                lengths = np.fromiter((reader.doc_field_length(d, field, 1) or 1
                                       for d in range(self.size)), dtype=np.float32,
                                      count=self.size)
            self._lengths[field] = lengths
        return lengths

    def supports(self, node: query.Query) -> bool:
        if isinstance(node, query.Term):
            return True
        if isinstance(node, query.And | query.Or):
            return all(self.supports(child) for child in node.subqueries)
        return node is query.NullQuery

    def rank(self, node: query.Query, candidates: np.ndarray, limit: int,
             bonus: tuple[tuple[np.ndarray, float], ...] = (),
             factor: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The best ``limit`` (docnum, score) among ``candidates`` (a boolean array);
        each (documents, score) of ``bonus`` adds its score to its documents, and
        ``factor`` (one per document) multiplies the sums."""
        return self.top(self.totals(node, bonus), candidates, limit, factor)

    def totals(self, node: query.Query, bonus: tuple[tuple[np.ndarray, float], ...] = ()
               ) -> np.ndarray:
        """Each document's summed score of ``node``, plus ``bonus`` (see ``rank``)."""
        totals = np.zeros(self.size, dtype=np.float32)
        self._add(node, totals, 1.0)
        for docs, extra in bonus:
            totals[docs] += np.float32(extra)
        return totals

    def top(self, totals: np.ndarray, candidates: np.ndarray, limit: int,
            factor: np.ndarray | None = None) -> list[tuple[int, float]]:
        """``rank`` of scores already summed (``totals``, left as they are)."""
        totals = totals * factor if factor is not None else totals.copy()
        count = int(candidates.sum())
        if count == 0:
            return []
        totals[~candidates] = -np.inf
        limit = min(limit, count)
        top = np.argpartition(-totals, limit - 1)[:limit]
        # Best first; ties by document number, as Whoosh orders them.
        order = np.lexsort((top, -totals[top]))
        return [(int(top[i]), float(totals[top[i]])) for i in order]

    def _add(self, node: query.Query, totals: np.ndarray, boost: float) -> None:
        boost *= node.boost
        if isinstance(node, query.Term):
            text = node.text.decode("utf-8") if isinstance(node.text, bytes) else node.text
            ids, scores = self.vector(node.fieldname, text)
            if len(ids):
                totals[ids] += scores * boost
        elif isinstance(node, query.And | query.Or):
            for child in node.subqueries:
                self._add(child, totals, boost)


def _column_lengths(searcher: Searcher, field: str, size: int) -> np.ndarray | None:
    """Field lengths read a segment at a time from Whoosh's W3 length columns (one byte
    per document, decoded with Whoosh's own table): a read per segment instead of a
    read per document, 0.1 s per field at 10k documents on a cold searcher. Reads
    Whoosh internals, so None (the caller asks document by document) when they differ.
    """
    try:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
        from whoosh.util.numeric import byte_to_length
    except ImportError:
        return None
    table = np.array([byte_to_length(b) for b in range(256)], dtype=np.float32)
    table[0] = 1.0  # no length stored: Whoosh's scorer falls back to 1
    parts: list[np.ndarray] = []
    for leaf, _offset in searcher.leaf_searchers():
        reader = leaf.reader()
        count = reader.doc_count_all()
        perdoc = getattr(reader, "_perdoc", None)
        cached = getattr(perdoc, "_cached_reader", None)
        if cached is None:
            return None
        column = cached(_lenfield(field), LENGTHS_COLUMN)
        if column is None:
            parts.append(np.ones(count, dtype=np.float32))
            continue
        if not all(hasattr(column, n) for n in ("_dbfile", "_basepos", "_count", "_fixedlen")) \
                or column._fixedlen != 1:
            return None
        stored = min(column._count, count)
        raw = np.zeros(count, dtype=np.uint8)
        if stored:
            raw[:stored] = np.frombuffer(column._dbfile.get(column._basepos, stored),
                                         dtype=np.uint8)
        parts.append(table[raw])
    lengths = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
    return lengths if len(lengths) == size else None


def _one_by_one(matcher) -> tuple[np.ndarray, np.ndarray]:  # noqa: ANN001
    ids: list[int] = []
    scores: list[float] = []
    while matcher.is_active():
        ids.append(matcher.id())
        scores.append(matcher.score())
        matcher.next()
    return np.asarray(ids, dtype=np.int64), np.asarray(scores, dtype=np.float32)


_BLOCK_READER = ("_read_ids", "_read_weights", "_next_block", "_blocklength", "reset")


def _leaf_parts(pairs: list[tuple[object, int]]
                ) -> list[tuple[object, int, frozenset[int]]] | None:
    """Each segment's W3 posting reader, its document offset and its deleted documents.

    A segment with deletions wraps its reader in a ``FilterMatcher`` (exclude=True over
    the deleted set); it is unwrapped here and the deletions applied to whole blocks.
    Everything is checked before anything is read, so a shape this does not know (None)
    leaves the matcher untouched for the caller's posting-by-posting walk.
    """
    parts: list[tuple[object, int, frozenset[int]]] = []
    for leaf, offset in pairs:
        deleted: frozenset[int] = frozenset()
        if hasattr(leaf, "child") and hasattr(leaf, "_ids") and hasattr(leaf, "_exclude"):
            if not leaf._exclude:
                return None
            deleted, leaf = frozenset(leaf._ids), leaf.child
        if not all(hasattr(leaf, name) for name in _BLOCK_READER):
            return None
        parts.append((leaf, offset, deleted))
    return parts


def _leaf_blocks(pairs: list[tuple[object, int]]) -> tuple[np.ndarray, np.ndarray] | None:
    """Document numbers and term weights a block at a time from each segment's W3
    postings (with its document offset), deleted documents left out.

    This reads Whoosh internals (``_read_ids``/``_read_weights``/``_next_block``), so
    any other matcher returns None, unread, and the caller walks the postings one by one.
    """
    parts = _leaf_parts(pairs)
    if parts is None:
        return None
    ids: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    for leaf, offset, deleted in parts:
        gone = np.fromiter(deleted, dtype=np.int64, count=len(deleted))
        leaf.reset()  # a FilterMatcher has already stepped over the first deletions
        while leaf.is_active():
            leaf._read_ids()
            leaf._read_weights()
            block_ids = np.asarray(leaf._ids, dtype=np.int64)
            block_weights = np.asarray(leaf._weights, dtype=np.float32)
            if len(gone):
                keep = ~np.isin(block_ids, gone)
                block_ids, block_weights = block_ids[keep], block_weights[keep]
            ids.append(block_ids + offset)
            weights.append(block_weights)
            leaf._i = leaf._blocklength
            leaf._next_block()
    if not ids:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    return np.concatenate(ids), np.concatenate(weights)


def top_positions(positions: np.ndarray, candidates: np.ndarray, limit: int) -> list[int]:
    """The ``limit`` candidate documents (a boolean array) with the lowest positions,
    lowest first."""
    count = int(candidates.sum())
    if count == 0:
        return []
    keyed = np.where(candidates, positions, np.iinfo(np.int64).max)
    limit = min(limit, count)
    top = np.argpartition(keyed, limit - 1)[:limit]
    return [int(d) for d in top[np.argsort(keyed[top], kind="stable")]]
