"""Typo tolerance: near spellings of words the index does not know, and "did you mean".

Spelling works on whole words (the index keeps an unstemmed word list for it): a typo's
stem is too far from the right word's stem for edit distance to help. Every answer is
kept on the index generation, and the work happens only for words the index does not
know.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.generation import SearcherState
from index.schema import SPELLING_FIELDS
from index.words import WORD

# Typo matching costs a walk of the word graph per unknown word: it is done for the first
# few unknown words of a search only, and never for a "word" no one would type.
FUZZY_WORDS = 4
FUZZY_WORD_CHARS = 24


def near_words(state: SearcherState, word: str, stem: Callable[[str], str]) -> list[str]:
    """Stems of indexed words within a small edit distance of an unknown ``word``
    (asked once per word and index generation: each word is in five fields)."""
    found = state.near.get(word)
    if found is None:
        found = state.near[word] = _find_near_words(state, word, stem)
    return found


def _find_near_words(state: SearcherState, word: str, stem: Callable[[str], str]) -> list[str]:
    if len(word) < 4 or len(word) > FUZZY_WORD_CHARS or word.isdigit():
        return []
    allowed = 1 if len(word) < 8 else 2
    stems: list[str] = []
    for field in SPELLING_FIELDS:
        # Whoosh counts a swap of two letters as two edits; ask wider, then keep
        # the words within the allowed Damerau distance (a swap is one typo).
        for candidate in state.searcher.corrector(field).suggest(
            word, limit=5, maxdist=allowed + 1, prefix=1
        ):
            if distance(word, candidate) > allowed:
                continue
            candidate_stem = stem(candidate)
            if candidate_stem and candidate_stem not in stems:
                stems.append(candidate_stem)
    return stems


def correction(state: SearcherState, text: str, skip: set[str] | None = None) -> str | None:
    """The query with each unknown word replaced by the likeliest indexed word."""
    searcher = state.searcher
    reader = searcher.reader()
    schema = searcher.schema
    correctors = [searcher.corrector(f) for f in SPELLING_FIELDS]
    spell_fields = [schema[f].spelling_fieldname(f) for f in SPELLING_FIELDS]

    asked: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.casefold()
        if len(lower) < 3 or len(lower) > FUZZY_WORD_CHARS or lower.isdigit() \
                or lower in (skip or ()):
            return word
        if any(reader.doc_frequency(f, lower) for f in spell_fields):
            return word
        if lower not in state.likeliest:
            if len(asked) >= FUZZY_WORDS:
                return word
            asked.add(lower)
            state.likeliest[lower] = likeliest(lower)
        return state.likeliest[lower] or word

    def likeliest(lower: str) -> str | None:
        best: tuple[int, int, str] | None = None
        for corrector, field in zip(correctors, spell_fields, strict=True):
            for candidate in corrector.suggest(lower, limit=5, maxdist=3, prefix=1):
                if distance(lower, candidate) > 2:
                    continue
                rank = (
                    distance(lower, candidate),
                    -reader.doc_frequency(field, candidate),
                    candidate,
                )
                if best is None or rank < best:
                    best = rank
        return best[2] if best else None

    corrected = WORD.sub(replace, text)
    return corrected if corrected.casefold() != text.casefold() else None


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
