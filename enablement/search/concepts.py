"""Tags a query names: "rip and replace" asks for the switching objection, "healthcare
case study" for an industry and a kind.

The taxonomy's labels, keys and strong phrases (those that name the idea outright, weight
``STRONG_PHRASE`` or more) are looked up in the query, longest first. Each one found is
taken out of the query's text and sent to the index as a ``Concept``: assets tagged with
it match those words even when their text never says them, and an asset that says them
still matches. Weak phrases ("guide", "board") are left as plain words: they hint at a
tag in a document, but a rep typing them means the word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from enablement.catalog.taxonomy import Taxonomy
from index import Concept

STRONG_PHRASE = 2.5
MAX_PHRASE_TOKENS = 5
TOKEN = re.compile(r"[^\W_]+(?:['][^\W_]+)*")
# Values whose name is too general to be asked for: "other" is not a kind anyone wants.
UNASKABLE_KEYS = frozenset({"other"})


@dataclass(frozen=True)
class NamedTags:
    text: str  # the query without the words that named tags
    concepts: tuple[Concept, ...]


class ConceptFinder:
    """The taxonomy's phrase table, built once per taxonomy snapshot."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        table: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        for facet in taxonomy.facets:
            for value in facet.values:
                if value.key in UNASKABLE_KEYS:
                    continue
                names = [value.label, value.key.replace("_", " ")]
                names += [phrase for phrase, weight in value.phrases if weight >= STRONG_PHRASE]
                for name in names:
                    tokens = tuple(token.casefold() for token in TOKEN.findall(name))
                    # Two letters ("IT", "AP") fold into everyday words ("it", "ap").
                    if not tokens or len(tokens) > MAX_PHRASE_TOKENS or \
                            (len(tokens) == 1 and len(tokens[0]) <= 2):
                        continue
                    pairs = table.setdefault(tokens, [])
                    if (facet.name, value.key) not in pairs:
                        pairs.append((facet.name, value.key))
        self._table = table

    def find(self, text: str, keep_last: bool = False) -> NamedTags:
        """The tags ``text`` names, longest phrase first from the left. With
        ``keep_last`` (search as you type) the last word may be unfinished, so it never
        ends a phrase."""
        spans = [(m.start(), m.end(), m.group().casefold()) for m in TOKEN.finditer(text)]
        usable = len(spans) - 1 if keep_last else len(spans)
        concepts: list[Concept] = []
        cut: list[tuple[int, int]] = []
        at = 0
        while at < usable:
            for size in range(min(MAX_PHRASE_TOKENS, usable - at), 0, -1):
                tokens = tuple(word for _s, _e, word in spans[at:at + size])
                values = self._table.get(tokens)
                if values:
                    start, end = spans[at][0], spans[at + size - 1][1]
                    concepts.append(Concept(text[start:end], tuple(values)))
                    cut.append((start, end))
                    at += size
                    break
            else:
                at += 1
        if not concepts:
            return NamedTags(text, ())
        rest, last = [], 0
        for start, end in cut:
            rest.append(text[last:start])
            last = end
        rest.append(text[last:])
        return NamedTags(" ".join(" ".join(rest).split()), tuple(concepts))


_finders: dict[int, ConceptFinder] = {}


def named_tags(taxonomy: Taxonomy, text: str, keep_last: bool = False) -> NamedTags:
    """``ConceptFinder.find`` with the finder of this taxonomy snapshot (the library
    keeps one snapshot until the taxonomy changes)."""
    finder = _finders.get(id(taxonomy))
    if finder is None or finder.taxonomy is not taxonomy:
        _finders.clear()
        finder = _finders[id(taxonomy)] = ConceptFinder(taxonomy)
    return finder.find(text, keep_last)
