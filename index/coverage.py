"""How much of a query a document answers, and so whether a search found what was asked.

Search ranks every document that matches any of the query's words (a ranked OR), so an
asset that lacks one word still ranks. That alone cannot tell "found it" from "found
something that shares a common word": a search about content the library does not hold
("kubernetes helm") would list whatever says "help". So each word of the query weighs its
inverse document frequency, a word the library never uses weighing most, and a document
covers the words it matches (with their synonyms, completions and near spellings). A
document matches well when it covers ``WELL_MATCHED`` of the query's weight; a search with
no such document is *partial*: the window says so and the search log counts it as one that
found nothing.

The share was set on the evaluation library's rep queries (tests/data/eval_library) and
checked on the held-out one: plain, misspelt and synonym queries keep their answers, and
queries about absent content come out partial.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from whoosh import query

from index.scoring import ids_to_mask, mask_to_bools

WELL_MATCHED = 0.7
# Ranking multiplies a document's BM25F score by its covered share to this power: a
# soft "coordination" that prefers the documents answering more of the query without
# letting a rare word's absence sink an otherwise strong match. Measured through the app
# (bench/bench_ir.py): SciFact nDCG@10 0.658 -> 0.686, Cranfield 0.372 -> 0.384 at 0.5;
# 0.3 and 0.7 gave 0.681 / 0.386 and 0.682 / 0.381; 1.0 gave 0.677 / 0.375.
COORDINATION = 0.5
# The words people put around what they want ("how long does implementation take",
# "need something for a CFO"): they still rank, but weigh nothing in the coverage, or a
# small library that never says "take" would call every such search partial.
_FILLER_TEXT = """
    about after again all also am any anyone anything around ask back be been before
    being best better between big both bring but buy can could did do does doing done
    each even every example few find first for get gets getting give go goes going good
    got great had has have having he help her here him his how however i i'm into is it
    its just keep kind know last least less let like long look looking lot made make
    makes making many me more most much must my need needed needs new next now off old
    one only other our out over own please put quick quickly really right same say see
    send should show so some someone something still such sure take takes taking tell
    than thanks that their them then there these they thing things think those through
    too try up use used using very want wants was way ways well were what when where
    which while who whom whose why work works would yes you
"""
FILLER_WORDS = frozenset(_FILLER_TEXT.split())
# The filler words that only ask ("what", "how", "has anyone"): they match almost
# anything, so they rank at weight 0 too (index.search) unless the query is nothing
# else. Measured through the app (bench/bench_ir.py): Cranfield nDCG@10 0.383 -> 0.386,
# SciFact 0.686 -> 0.6865; every filler word at weight 0 gave 0.386 / 0.685 ("more",
# "less", "between" matter in a claim).
_QUESTION_TEXT = """
    any anyone anything been being did do does had has how i me my someone something
    there what where which who whom whose why
"""
QUESTION_WORDS = frozenset(_QUESTION_TEXT.split())
assert QUESTION_WORDS <= FILLER_WORDS


@dataclass(frozen=True)
class Coverage:
    """The match sets one query gives, as document bitmasks."""

    matched: int  # any word
    good: int  # at least WELL_MATCHED of the query's weight
    every: int  # every word
    # Each document's ranking factor, its covered share ** COORDINATION (None: all 1).
    factor: np.ndarray | None = None

    def verdict(self, allowed: int) -> tuple[int, bool]:
        """The documents a search's total and facets count, and whether it is partial:
        the well-matched ones among ``allowed`` when there are any, else every match."""
        if self.good & allowed:
            return self.good, False
        return self.matched, True


def word_clauses(parsed: query.Query) -> list[query.Query]:
    """The query's words as the parser grouped them (a word over every field, or a
    quoted phrase), from the all-words form of the query."""
    if parsed is query.NullQuery:
        return []
    if isinstance(parsed, query.And):
        return [clause for clause in parsed.subqueries if clause is not query.NullQuery]
    return [parsed]


def any_of(clauses: list[query.Query]) -> query.Query:
    """The ranked OR of ``clauses``: what search scores."""
    if not clauses:
        return query.NullQuery
    return clauses[0] if len(clauses) == 1 else query.Or(clauses)


def weight(docs: int, size: int) -> float:
    """A word's weight from how many documents hold it: BM25's inverse document
    frequency, so a word in every document weighs about nothing and one in none the most."""
    return math.log(1.0 + (size - docs + 0.5) / (docs + 0.5))


def typed_stem(clause: query.Query) -> str | None:
    """The stemmed word a word clause was typed as: its first term (synonyms and
    completions come after it); None for a quoted phrase."""
    first = next(iter(clause.leaves()), clause)
    text = getattr(first, "text", None) if isinstance(first, query.Term) else None
    return text.decode("utf-8") if isinstance(text, bytes) else text


def is_filler(clause: query.Query, fillers: frozenset[str]) -> bool:
    """Whether a word clause is one of ``fillers`` (stemmed), as typed."""
    return typed_stem(clause) in fillers


def coverage(masks: list[int], size: int, alive: int,
             filler: list[bool] | None = None) -> Coverage:
    """``masks``: the documents each word clause matches (in the query's order);
    ``filler``: which of them are filler words, weighing nothing."""
    if not masks:
        return Coverage(0, 0, 0)
    live = alive.bit_count()
    weights = [0.0 if filler and filler[n] else weight(mask.bit_count(), live)
               for n, mask in enumerate(masks)]
    matched = 0
    every = alive
    for mask in masks:
        matched |= mask
        every &= mask
    total = sum(weights)
    if len(masks) == 1 or total <= 0.0:
        return Coverage(matched, matched, every)
    covered = np.zeros(size, dtype=np.float64)
    for mask, word_weight in zip(masks, weights, strict=True):
        if mask:
            covered += mask_to_bools(mask, size) * word_weight
    # A small tolerance: a document with every word covers exactly the whole weight.
    good_bools = covered >= WELL_MATCHED * total - 1e-9
    good = ids_to_mask(np.flatnonzero(good_bools), size)
    factor = np.minimum(covered / total, 1.0) ** COORDINATION
    return Coverage(matched, good & matched, every, factor.astype(np.float32))
