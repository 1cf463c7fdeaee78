"""The index's spelling words, searchable by edit distance without walking Whoosh's graph.

Whoosh's corrector builds a Levenshtein automaton per unknown word and walks the word
list with it (on SciFact's vocabulary 50-100 ms a word, and "did you mean" asked it for
three edits). Here each segment's spelling words are read once, straight from its terms
file, into flat arrays: alphabetical (for completions and highlight forms) and sorted by
(first letter, length) with a letter histogram per word. A search for the words within
``d`` edits of ``q`` looks only at words of ``q``'s first letter whose length is within
``d`` of it, drops with one numpy pass those whose histogram differs from ``q``'s by more
than ``2 * d`` letters (an edit changes at most two counts, a swap none), and measures
the rest exactly with a bit-parallel distance: about a millisecond a word.

Segments never change once written (a deletion leaves the word list and its counts as
they are), so a segment's arrays are kept while any open generation uses that segment:
after a commit only the new, small segment is read.
"""

from __future__ import annotations

import os
import struct
import threading
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
from whoosh.filedb.filestore import OverlayStorage
from whoosh.filedb.filetables import OrderedHashReader
from whoosh.reading import IndexReader

MAX_QUERY_CHARS = 24  # longer "words" get no typo matching (spelling.FUZZY_WORD_CHARS)
MAX_EDITS = 2  # the most edits any spelling check allows
MAX_WORD_CHARS = MAX_QUERY_CHARS + MAX_EDITS  # a longer word is never near a query word
BINS = 32  # letters a-z, five shared bins for digits, one for everything else
LENGTH_BITS = 5  # a key is (first character << 5) | length; lengths stay below 32

_LENGTHS = struct.Struct("!ii")  # a record of Whoosh's hash file: key length, value length
_FIELD = struct.Struct("!H")  # a terms key starts with its field's number
_DOC_FREQ = struct.Struct("!I")  # a W3TermInfo: flags (B), weight (f), doc frequency (I)
_DOC_FREQ_AT = 5


def _bin_table() -> np.ndarray:
    table = np.full(128, BINS - 1, dtype=np.uint8)
    for offset in range(26):
        table[ord("a") + offset] = offset
    for digit in range(10):
        table[ord("0") + digit] = 26 + digit % 5
    return table


_ASCII_BINS = _bin_table()


def histograms(words: list[str]) -> np.ndarray:
    """Each word's letter counts in BINS bins (any mapping of characters to bins keeps
    the histogram distance a lower bound of the edit distance)."""
    if not words:
        return np.zeros((0, BINS), dtype=np.uint8)
    codes = np.array(words, dtype=f"U{max(len(w) for w in words)}")
    codes = codes.view(np.uint32).reshape(len(words), -1)
    bins = np.where(codes < 128, _ASCII_BINS[np.minimum(codes, 127)], BINS - 1)
    bins = np.where(codes == 0, BINS, bins)  # the padding of shorter words: dropped below
    rows = np.repeat(np.arange(len(words), dtype=np.int64), codes.shape[1])
    counts = np.bincount(rows * (BINS + 1) + bins.ravel(), minlength=len(words) * (BINS + 1))
    return counts.reshape(len(words), BINS + 1)[:, :BINS].astype(np.uint8)


def word_key(first: str, length: int) -> int:
    return (ord(first) << LENGTH_BITS) | length


def distance_from(word: str) -> Callable[[str], int]:
    """The typist's distance of ``spelling.distance`` (a swap of neighbours is one edit)
    from ``word`` to any string, computed a column at a time on bit vectors (Hyyrö's
    bit-parallel optimal-alignment distance): a few integer operations per letter of the
    other string, where the table of ``spelling.distance`` costs one cell per pair."""
    length = len(word)
    if length == 0:
        return len
    full = (1 << length) - 1
    top = 1 << (length - 1)
    positions: dict[str, int] = {}
    for index, char in enumerate(word):
        positions[char] = positions.get(char, 0) | (1 << index)

    def measure(other: str) -> int:
        plus, minus, score, diagonal, before = full, 0, length, 0, 0
        for char in other:
            here = positions.get(char, 0)
            swap = (((~diagonal) & here) << 1) & before
            diagonal = ((((here & plus) + plus) ^ plus) | here | minus | swap) & full
            right_up = (minus | ~(diagonal | plus)) & full
            right_down = plus & diagonal
            if right_up & top:
                score += 1
            elif right_down & top:
                score -= 1
            shifted = ((right_up << 1) | 1) & full
            minus = shifted & diagonal
            plus = ((right_down << 1) | ~(shifted | diagonal)) & full
            before = here
        return score

    return measure


@dataclass(frozen=True)
class SegmentWords:
    """One segment's spelling words, in two orders: alphabetical (as the lexicon has
    them, for prefixes) and by key (first letter, length), with a histogram per word,
    for edit distance."""

    blob: bytes  # the words in alphabetical (byte) order, UTF-8, end to end
    offsets: np.ndarray  # int64, words + 1: word i is blob[offsets[i]:offsets[i + 1]]
    doc_freqs: np.ndarray  # (words, fields) uint32, alphabetical: 0 = not in that field
    keys: np.ndarray  # uint32, ascending: the words by key
    histograms: np.ndarray  # (words, BINS) uint8, in key order
    alphabetical: np.ndarray  # int32, in key order: the word's alphabetical position

    @classmethod
    def build(cls, fields: list[list[tuple[bytes, int]]]) -> SegmentWords:
        """From each spelling field's (word bytes, doc frequency) pairs."""
        freqs: dict[bytes, list[int]] = {}
        for column, pairs in enumerate(fields):
            for raw, doc_freq in pairs:
                row = freqs.get(raw)
                if row is None:
                    row = freqs[raw] = [0] * len(fields)
                row[column] = doc_freq
        raws = sorted(raw for raw in freqs if raw)
        words = [raw.decode("utf-8") for raw in raws]
        lengths = np.fromiter((len(raw) for raw in raws), dtype=np.int64, count=len(raws))
        offsets = np.zeros(len(raws) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        doc_freqs = np.array([freqs[raw] for raw in raws], dtype=np.uint32).reshape(
            len(raws), len(fields))
        # A word longer than MAX_WORD_CHARS is never near a query word: its key's length
        # is capped and its histogram left empty (it is only ever read for prefixes).
        keys = np.fromiter(
            (word_key(w[0], min(len(w), (1 << LENGTH_BITS) - 1)) for w in words),
            dtype=np.uint32, count=len(words))
        order = np.argsort(keys, kind="stable").astype(np.int32)
        short = [at for at, i in enumerate(order.tolist()) if len(words[i]) <= MAX_WORD_CHARS]
        counts = np.zeros((len(words), BINS), dtype=np.uint8)
        counts[short] = histograms([words[order[at]] for at in short])
        return cls(blob=b"".join(raws), offsets=offsets, doc_freqs=doc_freqs,
                   keys=keys[order], histograms=counts, alphabetical=order)

    @property
    def nbytes(self) -> int:
        return (len(self.blob) + self.offsets.nbytes + self.doc_freqs.nbytes
                + self.keys.nbytes + self.histograms.nbytes + self.alphabetical.nbytes)

    def __len__(self) -> int:
        return len(self.keys)

    def raw(self, index: int) -> bytes:
        """The word at alphabetical position ``index``, as the lexicon stores it."""
        return self.blob[self.offsets[index]:self.offsets[index + 1]]

    def candidates(self, word: str, histogram: np.ndarray, edits: int) -> list[int]:
        """Alphabetical positions of the words that may be within ``edits`` of ``word``:
        the same first letter, a length within ``edits``, a histogram within
        ``2 * edits``."""
        low = int(np.searchsorted(self.keys, word_key(word[0], max(1, len(word) - edits))))
        high = int(np.searchsorted(self.keys, word_key(word[0], len(word) + edits), "right"))
        if low >= high:
            return []
        gaps = np.abs(self.histograms[low:high].astype(np.int16) - histogram).sum(axis=1)
        return self.alphabetical[low:high][gaps <= 2 * edits].tolist()

    def prefixed(self, prefix: bytes) -> range:
        """Alphabetical positions of the words that begin with ``prefix``."""
        low, high = 0, len(self.keys)
        while low < high:  # the first word not below the prefix
            middle = (low + high) // 2
            if self.raw(middle) < prefix:
                low = middle + 1
            else:
                high = middle
        end, high = low, len(self.keys)
        while end < high:  # the first word past the prefix's words
            middle = (end + high) // 2
            if self.raw(middle).startswith(prefix):
                end = middle + 1
            else:
                high = middle
        return range(low, end)


@dataclass(frozen=True)
class Near:
    """An indexed word within reach of a typed one."""

    distance: int
    word: str
    doc_freqs: tuple[int, ...]  # per spelling field, summed over segments


class SpellingWords:
    """The spelling words of one generation: its segments' words, searched together."""

    def __init__(self, segments: list[SegmentWords], fields: tuple[str, ...]) -> None:
        self.segments = segments
        self.fields = fields

    @property
    def nbytes(self) -> int:
        return sum(segment.nbytes for segment in self.segments)

    def __len__(self) -> int:
        return sum(len(segment) for segment in self.segments)

    def within(self, word: str, edits: int) -> list[Near]:
        """Every spelling word (a word of at least one document's spelling field, as
        Whoosh's word list has it) sharing ``word``'s first letter and within ``edits``
        typist's edits of it, closest first, then most frequent, then alphabetical."""
        if not word or len(word) > MAX_QUERY_CHARS:
            return []
        histogram = histograms([word])[0].astype(np.int16)
        places: dict[bytes, list[tuple[SegmentWords, int]]] = {}
        for segment in self.segments:
            for position in segment.candidates(word, histogram, edits):
                places.setdefault(segment.raw(position), []).append((segment, position))
        measure = distance_from(word)
        near = []
        for raw, found in places.items():
            found_word = raw.decode("utf-8")
            gap = measure(found_word)
            if gap <= edits:
                freqs = [0] * len(self.fields)
                for segment, position in found:
                    for column, count in enumerate(segment.doc_freqs[position].tolist()):
                        freqs[column] += count
                near.append(Near(gap, found_word, tuple(freqs)))
        near.sort(key=lambda n: (n.distance, -max(n.doc_freqs), n.word))
        return near

    def __contains__(self, word: str) -> bool:
        """Whether some segment's spelling word list has ``word``."""
        wanted = word.encode("utf-8")
        for segment in self.segments:
            span = segment.prefixed(wanted)
            if span and segment.raw(span.start) == wanted:
                return True
        return False

    def prefixed(self, prefix: str) -> dict[str, int]:
        """Every spelling word that begins with ``prefix`` -> its doc frequency summed
        over the spelling fields and segments (what ``reader.doc_frequency`` gives)."""
        wanted = prefix.encode("utf-8")
        counted: dict[bytes, int] = {}
        for segment in self.segments:
            span = segment.prefixed(wanted)
            if not span:
                continue
            totals = segment.doc_freqs[span.start:span.stop].sum(axis=1).tolist()
            for index, total in zip(span, totals, strict=True):
                raw = segment.raw(index)
                counted[raw] = counted.get(raw, 0) + total
        return {raw.decode("utf-8"): total for raw, total in counted.items()}


# -- reading the word lists -----------------------------------------------------------------


def field_terms(reader: IndexReader, fieldname: str) -> list[tuple[bytes, int]]:
    """One segment's (term bytes, doc frequency) pairs of ``fieldname``, in order.

    Read straight from the segment's terms file (Whoosh's ordered hash file: records
    of key length, value length, key = field number + term, value = a W3TermInfo
    whose doc frequency sits at byte 5): ten times faster than Whoosh's term iterator.
    Any other kind of reader goes through ``iter_field``.
    """
    raw = _raw_field_terms(reader, fieldname)
    if raw is not None:
        return raw
    if fieldname not in reader.indexed_field_names():
        return []
    return [(text, info.doc_frequency()) for text, info in reader.iter_field(fieldname)]


def _raw_field_terms(reader: IndexReader, fieldname: str) -> list[tuple[bytes, int]] | None:
    terms = getattr(reader, "_terms", None)
    table = getattr(terms, "_tindex", None)
    fieldmap = getattr(terms, "_fieldmap", None)
    if type(table) is not OrderedHashReader or not isinstance(fieldmap, dict):
        return None
    number = fieldmap.get(fieldname)
    if number is None:
        return []
    prefix = _FIELD.pack(number)
    start = table.closest_key_pos(prefix)
    if start is None:
        return []
    end = table.closest_key_pos(_FIELD.pack(number + 1)) if number < 0xFFFF else None
    end = table.endofdata if end is None else end
    data = table.dbfile.get(start, end - start)
    found: list[tuple[bytes, int]] = []
    unpack, doc_freq = _LENGTHS.unpack_from, _DOC_FREQ.unpack_from
    at, stop = 0, len(data)
    while at < stop:
        key_length, value_length = unpack(data, at)
        key_at = at + _LENGTHS.size
        if data[key_at:key_at + _FIELD.size] != prefix:
            break
        value_at = key_at + key_length
        found.append((data[key_at + _FIELD.size:value_at],
                      doc_freq(data, value_at + _DOC_FREQ_AT)[0]))
        at = value_at + value_length
    return found


def leaf_readers(reader: IndexReader) -> list[IndexReader]:
    return [leaf for leaf, _offset in reader.leaf_readers()]


# -- segments kept across generations -------------------------------------------------------

_lock = threading.Lock()
_segments: dict[tuple[str, int, tuple[str, ...]], SegmentWords] = {}
_users: weakref.WeakKeyDictionary[object, frozenset[tuple]] = weakref.WeakKeyDictionary()


def _segment_key(leaf: IndexReader, fields: tuple[str, ...]) -> tuple | None:
    """What names one segment's words: its index folder and segment id (Whoosh gives
    every new segment a fresh random id and never reuses a name within a folder), and
    its document count. None (not kept) for a segment not in a folder on disk."""
    segment = leaf.segment() if hasattr(leaf, "segment") else None
    storage = getattr(leaf, "_storage", None)
    if isinstance(storage, OverlayStorage):  # a compound segment over its folder
        storage = storage.b
    folder = getattr(storage, "folder", None)
    if segment is None or not isinstance(folder, str):
        return None
    return (segment.segment_id(), os.path.abspath(folder), leaf.doc_count_all(), fields)


def spelling_words(reader: IndexReader, spell_fields: Iterable[str],
                   owner: object) -> SpellingWords:
    """The spelling words ``reader`` sees in ``spell_fields`` (the fields Whoosh's
    correctors read), made from each segment's cached arrays, reading only segments
    not seen before. ``owner`` (the generation's state) keeps its segments cached for
    as long as it lives; a segment no living owner uses is dropped."""
    fields = tuple(spell_fields)
    segments: list[SegmentWords] = []
    used: set[tuple] = set()
    for leaf in leaf_readers(reader):
        key = _segment_key(leaf, fields)
        with _lock:
            cached = _segments.get(key) if key is not None else None
        if cached is None:
            cached = SegmentWords.build([field_terms(leaf, f) for f in fields])
        segments.append(cached)
        if key is not None:
            used.add(key)
            with _lock:
                _segments[key] = cached
    with _lock:
        _users[owner] = frozenset(used)
        alive = set().union(*_users.values())
        for key in [k for k in _segments if k not in alive]:
            del _segments[key]
    return SpellingWords(segments, fields)


def cached_segments() -> frozenset[str]:
    """The ids of the segments whose words are kept (for tests of the cache's bound)."""
    with _lock:
        return frozenset(key[0] for key in _segments)
