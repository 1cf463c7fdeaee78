"""Typo tolerance: near spellings of words the index does not know, and "did you mean".

Spelling works on whole words (the index keeps an unstemmed word list for it): a typo's
stem is too far from the right word's stem for edit distance to help. The word list is
searched through ``index.spellwords`` (flat arrays per segment, built once, not a walk of
Whoosh's word graph per unknown word); one search per unknown word and generation, at
the widest distance either check allows, serves both typo matching and "did you mean".

Both checks keep the rules they had over Whoosh's corrector: the same first letter, the
typist's distance (a swap of neighbours is one edit), typo matching within one edit under
8 letters and two from 8, "did you mean" within two. What changed is that every word
within reach is considered, where the corrector kept five per field before the distance
check (the five Whoosh ranks first, which for words of equal frequency in the stemmed
field are the alphabetically last ones, some of them too far away to keep):

* typo matching keeps per spelling field the NEAR_PER_FIELD closest words (then the most
  frequent, then alphabetical); when a field has at most that many words within reach it
  keeps them all, a superset of what the corrector gave;
* "did you mean" picks the closest, most frequent word by the same rank as before, now
  over every word within reach: it ranks at least as well as the corrector's pick;
* "did you mean" leaves alone the words the index's analyzer drops ("and", "the"): they
  are in no word list, so they were "corrected" ("and" to "all") and used up the
  FUZZY_WORDS budget before the real typos.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from whoosh.fields import Schema

from index.generation import SearcherState
from index.schema import SPELLING_FIELDS
from index.spellwords import MAX_EDITS, Near
from index.words import WORD

# Typo matching is done for the first few unknown words of a search only, and never for a
# "word" no one would type: a pasted paragraph must not pay a search per word.
FUZZY_WORDS = 4
FUZZY_WORD_CHARS = 24
NEAR_PER_FIELD = 5  # near spellings kept per spelling field (the corrector's limit)
CORRECTION_EDITS = 2  # "did you mean" looks this far, whatever the word's length
WITHIN_CACHE_WORDS = 10_000  # unknown words remembered per generation before starting over


def near_words(state: SearcherState, word: str, stem: Callable[[str], str]) -> list[str]:
    """Stems of indexed words within a small edit distance of an unknown ``word``
    (asked once per word and index generation: each word is in five fields)."""
    found = state.near.get(word)
    if found is None:
        found = state.near[word] = _find_near_words(state, word, stem)
    return found


def typo_edits(word: str) -> int:
    """How many edits typo matching allows in ``word`` (0: none for such a word)."""
    if len(word) < 4 or len(word) > FUZZY_WORD_CHARS or word.isdigit():
        return 0
    return 1 if len(word) < 8 else 2


def _find_near_words(state: SearcherState, word: str, stem: Callable[[str], str]) -> list[str]:
    allowed = typo_edits(word)
    if not allowed:
        return []
    stems: list[str] = []
    for column in range(len(state.spelling_fields())):
        in_field = [n for n in _by_field(within(state, word), column) if n.distance <= allowed]
        for candidate in in_field[:NEAR_PER_FIELD]:
            candidate_stem = stem(candidate.word)
            if candidate_stem and candidate_stem not in stems:
                stems.append(candidate_stem)
    return stems


def _by_field(near: list[Near], column: int) -> list[Near]:
    """The words of one spelling field, closest first, then most frequent in it."""
    return sorted((n for n in near if n.doc_freqs[column]),
                  key=lambda n: (n.distance, -n.doc_freqs[column], n.word))


def within(state: SearcherState, word: str) -> list[Near]:
    """The spelling words within MAX_EDITS of ``word`` that either check can use (each
    field's NEAR_PER_FIELD closest, commonest: typo matching takes those within its
    distance, "did you mean" the first), closest then most frequent first; searched
    once per word and generation."""
    found = state.within.get(word)
    if found is None:
        if len(state.within) >= WITHIN_CACHE_WORDS:
            state.within.clear()
        near = state.spelling_words().within(word, MAX_EDITS)
        kept = {n.word for column in range(len(state.spelling_fields()))
                for n in _by_field(near, column)[:NEAR_PER_FIELD]}
        # The best word overall is the first of the field it is commonest in: kept.
        found = state.within[word] = [n for n in near if n.word in kept]
    return found


def correction(state: SearcherState, text: str, skip: set[str] | None = None) -> str | None:
    """The query with each unknown word replaced by the likeliest indexed word."""
    dropped = _dropped_words(state.searcher.schema)
    asked: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.casefold()
        if len(lower) < 3 or len(lower) > FUZZY_WORD_CHARS or lower.isdigit() \
                or lower in (skip or ()) or lower in dropped:
            return word
        if state.spelled(lower):
            return word
        if lower not in state.likeliest:
            if len(asked) >= FUZZY_WORDS:
                return word
            asked.add(lower)
            near = [n for n in within(state, lower) if n.distance <= CORRECTION_EDITS]
            state.likeliest[lower] = near[0].word if near else None
        return state.likeliest[lower] or word

    corrected = WORD.sub(replace, text)
    return corrected if corrected.casefold() != text.casefold() else None


def _dropped_words(schema: Schema) -> frozenset[str]:
    """The words the spelling fields' analyzers drop (stop words): never in a word list."""
    stops: set[str] = set()
    for field in SPELLING_FIELDS:
        if field in schema:
            for step in getattr(schema[field].analyzer, "items", ()):
                stops.update(getattr(step, "stops", ()))
    return frozenset(stops)


def distance(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbours as one edit (a typist's distance)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(
                rows[i - 1][j] + 1, row[j - 1] + 1,
                rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]),
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]

