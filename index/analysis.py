"""A text's index terms in one pass, exactly as Whoosh's own analyzers would give them.

An import spends a fifth of its writer's time in Whoosh's analysis: a chain of generator
filters per token (tokenizer, lowercase, stop words, stemming), run twice over each body
(the stemmed ``body`` field and its typed spelling words). Here one regular-expression
pass yields both fields' postings with the same terms, positions, characters, weights
and encoded values as Whoosh's ``StemmingAnalyzer(minsize=2)`` with its ``Characters``
format and ``StandardAnalyzer(minsize=2)`` with ``Existence`` (checked against them on
random text in ``tests/index/test_analysis.py``). A field whose analyzer is not that
chain keeps Whoosh's own path (``matches_chain``).

Running it in the reader processes instead was measured and left: the postings of 1,000
bodies pickle to 76 MB, and unpickling them costs the writer a third of what it saves.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pickle import dumps

from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer
from whoosh.analysis.filters import STOP_WORDS
from whoosh.analysis.tokenizers import default_pattern
from whoosh.lang.porter import stem
from whoosh.system import pack_uint

MIN_CHARS = 2

# (term bytes, frequency, weight, encoded value): what a Whoosh field's ``index`` yields.
Posting = tuple[bytes, int, float, bytes]

_stem = lru_cache(maxsize=200_000)(stem)
_TOKENS = default_pattern


def stemming_analyzer() -> StemmingAnalyzer:
    return StemmingAnalyzer(minsize=MIN_CHARS)


def typed_analyzer() -> StandardAnalyzer:
    return StandardAnalyzer(minsize=MIN_CHARS)


_REFERENCE = {"stemmed": stemming_analyzer(), "typed": typed_analyzer()}


def matches_chain(analyzer: object, which: str) -> bool:
    """Whether ``analyzer`` is the chain this module reproduces (``stemmed`` or
    ``typed``): an index written by another version may hold a different one."""
    return analyzer == _REFERENCE[which]


@dataclass(frozen=True, eq=False)
class Analysis:
    """A text's postings for a stemmed field and for its spelling words, at boost 1."""

    text: str
    stemmed: tuple[Posting, ...]
    typed: tuple[Posting, ...]


def _encode_characters(places: list[tuple[int, int, int]]) -> bytes:
    """Whoosh's ``formats.Characters.encode``: deltas of positions and characters."""
    deltas = []
    position_base = char_base = 0
    for position, start, end in places:
        deltas.append((position - position_base, start - char_base, end - start))
        position_base = position
        char_base = end
    return pack_uint(len(deltas)) + dumps(deltas, 2)


def analyse(text: str) -> Analysis:
    """The postings of ``text`` for a stemmed ``Characters`` field and a typed
    ``Existence`` field, both at boost 1 (what ``BodyText`` and ``SpellingWords`` use).

    Whoosh's stop filter numbers the first token it keeps by its place among all tokens,
    and each one after it by one more (``StopFilter(renumber=True)``).
    """
    stops = STOP_WORDS
    places: dict[str, list[tuple[int, int, int]]] = {}
    typed: set[str] = set()
    position = None
    for index, match in enumerate(_TOKENS.finditer(text)):
        word = match.group(0).lower()
        if len(word) < MIN_CHARS or word in stops:
            continue
        position = index if position is None else position + 1
        typed.add(word)
        term = _stem(word)
        found = places.get(term)
        if found is None:
            places[term] = [(position, match.start(), match.end())]
        else:
            found.append((position, match.start(), match.end()))
    stemmed = tuple(
        (term.encode("utf-8"), len(found), float(len(found)), _encode_characters(found))
        for term, found in places.items()
    )
    return Analysis(text, stemmed, tuple((w.encode("utf-8"), 1, 1.0, b"") for w in typed))
