"""Pseudo-relevance feedback for long queries: the words a query's first hits share.

A question of many words (a Cranfield query, a pasted claim) says more than its best hits
share with it, and a long query's first hits are reliable enough to borrow words from.
A rep's one to four words are left as typed: nothing here runs below ``FEEDBACK_WORDS``
content words. The added words only reorder what the typed words matched; coverage,
the facets and "partial" stay the typed words' (``index.search``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from whoosh import query

from index.generation import SearcherState
from index.words import WORD

# Measured through the app (bench/bench_ir.py), after the per-field BM25 of index.scoring:
# Cranfield nDCG@10 0.394 -> 0.402 (recall@100 0.746 -> 0.763), SciFact 0.691 -> 0.692.
# Words from any one top hit (not two), at weight 0.3, gave 0.400 / 0.679 with 10 hits and
# 0.402 / 0.679 with 5: a claim has one or two relevant abstracts, and one hit's own words
# drift from it. Neighbours (4-7 hits, 10-15 words, weight 0.2-0.25) gave 0.401-0.404 /
# 0.687-0.693; weight 0.15 0.397 / 0.693; the added words searched in the body only 0.400 /
# 0.693; expanding queries of 4 words or more 0.404 / 0.689. Costs ~1-2 ms a long query
# (reading five hits' text, the added words' score vectors).
FEEDBACK_WORDS = 6  # content words (filler left out) a query needs to be expanded
FEEDBACK_DOCS = 5  # top hits the expansion words are taken from
FEEDBACK_TERMS = 10  # expansion words added
FEEDBACK_WEIGHT = 0.2  # their share of the expanded query's weight
FEEDBACK_FIELDS = ("title", "body")  # read from the hits, and searched
FEEDBACK_MIN_DOCS = 2  # of the top hits an expansion word must occur in


def expansion(state: SearcherState, parsed: query.Query, first: list[tuple[int, float]],
              stem_of: Callable[[str], str], fillers: frozenset[str]) -> query.Query:
    """The words ``parsed``'s first hits (``first``: docnum, score) share, to rank
    by with it (RM3-style pseudo-relevance feedback): each word of a hit's title and
    body weighs its share of the hit's words times the hit's share of their scores;
    the heaviest ``FEEDBACK_TERMS`` words that are not the query's own nor filler,
    and occur in at least ``FEEDBACK_MIN_DOCS`` of the hits, are searched in the
    title and body, taking ``FEEDBACK_WEIGHT`` of the query's weight between them.
    The caller ranks only what the typed words matched, and their coverage decides
    the facets and "partial": an added word only reorders those documents."""
    total = sum(max(score, 0.0) for _doc, score in first)
    if total <= 0.0:
        return query.NullQuery
    reader = state.searcher
    hits: list[tuple[float, dict[str, int], int]] = []
    seen: Counter[str] = Counter()
    for docnum, score in first:
        stored = reader.stored_fields(docnum)
        text = " ".join(str(stored.get(field) or "") for field in FEEDBACK_FIELDS)
        counts: dict[str, int] = {}
        for word, n in Counter(WORD.findall(text.lower())).items():
            stem = stem_of(word)
            if stem:
                counts[stem] = counts.get(stem, 0) + n
        hits.append((max(score, 0.0) / total, counts, sum(counts.values()) or 1))
        seen.update(counts.keys())
    asked = {text for _field, text in parsed.iter_all_terms()}
    weights = sorted(
        ((sum(share * counts.get(stem, 0) / length for share, counts, length in hits),
          stem) for stem, docs in seen.items()
         if docs >= FEEDBACK_MIN_DOCS and stem not in asked
         and stem not in fillers and not stem.isdigit() and len(stem) > 2),
        reverse=True)[:FEEDBACK_TERMS]
    if not weights:
        return query.NullQuery
    words = sum(1 for clause in _subqueries(parsed) if clause.boost > 0) or 1
    scale = FEEDBACK_WEIGHT / (1.0 - FEEDBACK_WEIGHT) * words / sum(w for w, _s in weights)
    return query.Or([query.Term(field, stem, boost=w * scale)
                     for w, stem in weights for field in FEEDBACK_FIELDS])



def _subqueries(node: query.Query) -> list[query.Query]:
    return list(node.subqueries) if isinstance(node, query.Or) else [node]
