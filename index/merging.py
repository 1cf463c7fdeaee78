"""When the index folds its segments together: a few, so a query's words are looked up
in a few places.

Each write commits a new segment. Whoosh's default policy (``MERGE_SMALL``) folds only
segments of a few dozen documents, so an import in batches of 500 left a 5,000-document
library in 13 segments. Each term a query touches is then looked up 13 times, for its
postings and again for its document frequency, and on SciFact the first use of a word
cost twice what it costs in one segment (p50 38 against 22 ms). This policy keeps
segments in size tiers, each ``FAN`` times the one below, and folds a tier into the new
segment once it holds ``FAN - 1`` others (and any tier smaller than the new segment):
at most ``FAN - 1`` segments per tier, so the count grows with the logarithm of the
library; segments past ``LARGEST`` documents are left alone, one fold of them would take
minutes. Each document is copied about once per tier (postings are copied, not
re-analysed). A segment whose documents are mostly deleted (tag edits rewrite a
document) is folded in too, so deletions do not pile up.

Copying a document costs more than indexing it afresh (the postings are read back, sorted
and written again: folding 1,000 documents took 21 s, importing them 28), so an import's
commits fold loosely (``fold_bulk``: up to ``BULK_FAN - 1`` segments a tier, where the
import of 1,000 in four commits copied 500 documents in its third). A later import's
commit folds a tier once it fills up; a search looks a word up in a few more places.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

FAN = 3
BULK_FAN = 5  # an import's commits: up to four segments a tier
SMALLEST = 64  # documents: segments up to this size share the lowest tier
LARGEST = 25_000  # documents: bigger segments are left alone (one fold would take minutes)
MOSTLY_DELETED = 0.5


def tier(documents: int) -> int:
    """The size tier of a segment of ``documents`` (live or not)."""
    return 0 if documents <= SMALLEST else 1 + int(math.log(documents / SMALLEST, FAN))


def to_fold(segments: Sequence, new_documents: int, fan: int = FAN) -> list:  # noqa: ANN001
    """The segments to fold into the one being written (``new_documents`` so far):
    the mostly deleted ones, every smaller tier than the result's, and the result's own
    tier when it would reach ``fan`` segments; then again one tier up, as a counter
    carries."""
    chosen = [s for s in segments
              if s.doc_count_all() and s.deleted_count() / s.doc_count_all() >= MOSTLY_DELETED]
    carry = new_documents + sum(s.doc_count() for s in chosen)
    tiers: dict[int, list] = defaultdict(list)
    for segment in segments:
        if segment not in chosen and segment.doc_count_all() <= LARGEST:
            tiers[tier(segment.doc_count_all())].append(segment)
    for level in sorted(tiers):
        group = tiers[level]
        below = level < tier(carry)
        if not below and (level > tier(carry) or len(group) + 1 < fan):
            break
        chosen.extend(group)
        carry += sum(s.doc_count() for s in group)
    return chosen


def _folding(fan: int):  # noqa: ANN202 - a Whoosh mergetype
    def fold(writer: SegmentWriter, segments: list) -> list:  # noqa: ANN001
        """A Whoosh ``mergetype``: add the readers of ``to_fold``'s segments to the
        segment being written, and return the segments that stay as they are."""
        chosen = to_fold(segments, writer.doc_count(), fan)
        for segment in chosen:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
        return [s for s in segments if s not in chosen]
    return fold


fold_tiers = _folding(FAN)
fold_bulk = _folding(BULK_FAN)
