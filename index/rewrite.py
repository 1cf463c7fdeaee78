"""From typed text to the Whoosh query that is run: parsing, then rewriting each word.

A known word also matches its synonyms (boosted less); the unfinished last word of a
search-as-you-type query also matches the most common indexed words it begins; an
unknown word matches its near spellings instead (``index.spelling``).
"""

from __future__ import annotations

from collections.abc import Callable

from whoosh import query
from whoosh.fields import Schema
from whoosh.qparser import AndGroup, MultifieldParser, OrGroup, plugins

from index.generation import SearcherState
from index.schema import TEXT_FIELDS
from index.spelling import FUZZY_WORDS, near_words
from index.synonyms import SYNONYM_GROUPS, Groups, build_map
from index.words import WORD

SYNONYM_BOOST = 0.6
PREFIX_BOOST = 0.9
NEAR_BOOST = 0.8


class QueryRewriter:
    """Parsers and the synonym map, made once; not locked (``IndexSearcher`` holds its
    lock around every call)."""

    def __init__(self, stem: Callable[[str], str],
                 not_meant: frozenset[str] = frozenset(),
                 synonyms: Groups = SYNONYM_GROUPS) -> None:
        """``not_meant``: stems a typo is never taken for (the filler words of
        ``index.coverage``: "drone" is one edit from "done", which weighs nothing)."""
        self._stem = stem
        self._not_meant = not_meant
        self._synonyms = build_map(stem, synonyms)
        self._parsers: dict[bool, MultifieldParser] = {}

    def parser(self, schema: Schema, all_words: bool) -> MultifieldParser:
        """Words over every text field, all required (``all_words``) or any; no field
        names, wildcards or +/- operators, which sales people type by accident."""
        parser = self._parsers.get(all_words)
        if parser is None:
            group = AndGroup if all_words else OrGroup.factory(0.9)
            parser = MultifieldParser(list(TEXT_FIELDS), schema, group=group)
            parser.remove_plugin_class(plugins.FieldsPlugin)
            parser.remove_plugin_class(plugins.WildcardPlugin)
            parser.remove_plugin_class(plugins.PlusMinusPlugin)
            self._parsers[all_words] = parser
        return parser

    @staticmethod
    def _alternative(node: query.Term, words: tuple[str, ...]) -> query.Query:
        """A synonym of ``node``'s word in its field, boosted less; one of several
        words ("total cost of ownership") needs them all."""
        terms = [query.Term(node.fieldname, w, boost=node.boost * SYNONYM_BOOST)
                 for w in words]
        return terms[0] if len(terms) == 1 else query.And(terms)

    def query(self, state: SearcherState, text: str, all_words: bool,
              partial: str | None) -> tuple[query.Query, bool]:
        """``text`` parsed and rewritten, and whether near spellings were used."""
        parsed = self.parser(state.searcher.schema, all_words).parse(text)
        return self.prepare(state, parsed, text, partial)

    def prepare(
        self, state: SearcherState, parsed: query.Query, text: str, partial: str | None = None
    ) -> tuple[query.Query, bool]:
        """Add synonyms to known words and completions to the unfinished word
        ``partial``; match unknown words to their near spellings (the first FUZZY_WORDS
        of them: each costs a walk of the word graph)."""
        reader = state.searcher.reader()
        used_fuzzy = False
        originals = {self._stem(word): word.casefold() for word in WORD.findall(text)}
        partial_stem = self._stem(partial) if partial else None
        completions = [self._stem(w) for w in state.prefix_words(partial)] if partial else []
        completions = [c for c in dict.fromkeys(completions) if c and c != partial_stem]

        def known(word: str) -> bool:
            found = state.known.get(word)
            if found is None:
                found = state.known[word] = any(reader.doc_frequency(f, word)
                                                for f in TEXT_FIELDS)
            return found

        fuzzed: set[str] = set()  # unknown words given near spellings (FUZZY_WORDS at most)

        def rewrite(node: query.Query) -> query.Query:
            nonlocal used_fuzzy
            if isinstance(node, query.Term) and node.fieldname in TEXT_FIELDS:
                word = node.text
                if completions and word == partial_stem:
                    # An unfinished last word: itself (if a word) or any word it begins.
                    return query.Or(
                        ([node] if known(word) else [])
                        + [query.Term(node.fieldname, c, boost=node.boost * PREFIX_BOOST)
                           for c in completions]
                    )
                synonyms = [words for words in self._synonyms.get(word, ())
                            if all(known(w) for w in words)]
                if synonyms:
                    return query.Or([node] + [
                        self._alternative(node, words) for words in synonyms])
                if known(word):
                    return node
                typed = originals.get(word, word)
                if typed not in fuzzed and len(fuzzed) >= FUZZY_WORDS:
                    return node
                fuzzed.add(typed)
                near = [stem for stem in near_words(state, typed, self._stem)
                        if stem not in self._not_meant]
                if near:
                    used_fuzzy = True
                    return query.Or([
                        query.Term(node.fieldname, stem, boost=node.boost * NEAR_BOOST)
                        for stem in near
                    ])
                return node
            if node.is_leaf():
                return node
            return node.apply(rewrite)

        return rewrite(parsed), used_fuzzy
