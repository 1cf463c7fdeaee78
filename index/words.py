"""Words as the index sees them: how a query's text splits into words, and their stems.

Every step of a search (rewriting, spelling, highlighting) compares a typed word with the
index's stems, so one memoised stemmer serves them all.
"""

from __future__ import annotations

import re

from index.schema import analyzer

WORD = re.compile(r"\w+", re.UNICODE)
STEM_MEMO_SIZE = 200_000


class Stemmer:
    """The index's analyzer applied to one word, remembered (analysing is the slow part).

    Not locked: its one owner, ``IndexSearcher``, calls it under its own lock.
    """

    def __init__(self) -> None:
        self._analyzer = analyzer()
        self._stems: dict[str, str] = {}

    def stem(self, word: str) -> str:
        """The indexed form of ``word`` ("" for a word the analyzer drops)."""
        stem = self._stems.get(word)
        if stem is None:
            if len(self._stems) > STEM_MEMO_SIZE:
                self._stems.clear()
            tokens = [t.text for t in self._analyzer(word)]
            stem = self._stems[word] = tokens[0] if tokens else ""
        return stem
