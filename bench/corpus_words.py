"""A realistic vocabulary for the synthetic benchmark corpus, and real-looking typos.

A corpus drawn from 90 words hides what a real vocabulary costs (the spelling checks
search the word list; a 90-word list answers at once). The words here are every word of
the public SciFact and Cranfield collections (``../shared/ir/``: biomedical and
aerodynamics abstracts, about 40,000 distinct words with their numbers, gene names and
units; those a PDF's core fonts cannot show left out), ranked by how often those texts
use them, with the sales words the benchmark's queries ask for among the common ones.
Text is drawn from that ranking with a Zipf law (word ``r`` about ``1 / r`` as likely),
so a few words are in every document and most are rare, as in real content.

Typos are the kinds people make (a swap of neighbours, a letter left out, doubled,
or a neighbouring key hit instead), never on the first letter (typo matching, like
Whoosh's corrector, keeps the first letter), each in a word long enough to be matched.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from pathlib import Path

ZIPF_EXPONENT = 1.0
SALES_FIRST_RANK = 12  # the sales words take every SALES_EVERY-th rank from here
SALES_EVERY = 3
TOKEN = re.compile(r"[^\W_]+")
KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def _neighbours() -> dict[str, str]:
    """Each letter's neighbours on a QWERTY keyboard (same row and the rows beside)."""
    places = {c: (r, i) for r, row in enumerate(KEYBOARD) for i, c in enumerate(row)}
    near: dict[str, str] = {}
    for letter, (row, col) in places.items():
        near[letter] = "".join(
            other for other, (orow, ocol) in places.items()
            if other != letter and abs(orow - row) <= 1 and abs(ocol - col) <= 1
        )
    return near


NEIGHBOURS = _neighbours()


def _count_scifact(folder: Path, counts: dict[str, int]) -> None:
    with (folder / "corpus.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            for text in (row.get("title", ""), row.get("text", "")):
                for word in TOKEN.findall(text.lower()):
                    counts[word] = counts.get(word, 0) + 1


def _count_cranfield(folder: Path, counts: dict[str, int]) -> None:
    text = (folder / "cran.all.1400").read_text(encoding="utf-8", errors="replace")
    for line in text.splitlines():
        if not line.startswith("."):
            for word in TOKEN.findall(line.lower()):
                counts[word] = counts.get(word, 0) + 1


def _latin1(word: str) -> bool:
    """Whether the PDF writer's core fonts can show ``word``, capitalised too (Greek
    letters they cannot, and "µ" capitalises to a Greek "Μ")."""
    try:
        word.encode("latin-1")
        word.upper().encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def vocabulary(ir_folder: Path, sales_words: list[str]) -> list[str]:
    """The collections' words, most used first, with ``sales_words`` among the common."""
    counts: dict[str, int] = {}
    _count_scifact(ir_folder / "scifact", counts)
    _count_cranfield(ir_folder / "cranfield", counts)
    ranked = [w for w, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
              if w not in sales_words and _latin1(w)]
    words = ranked[:SALES_FIRST_RANK]
    rest = iter(ranked[SALES_FIRST_RANK:])
    for sales in sales_words:
        words.append(sales)
        words.extend(itertools.islice(rest, SALES_EVERY - 1))
    words.extend(rest)
    return words


class ZipfWords:
    """Draws words from a ranked vocabulary, word ``r`` with weight ``1 / r**s``."""

    def __init__(self, words: list[str], exponent: float = ZIPF_EXPONENT) -> None:
        self.words = words
        self._cumulative = list(itertools.accumulate(
            1.0 / (rank ** exponent) for rank in range(1, len(words) + 1)))

    def draw(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self._cumulative, k=count)


def typo(word: str, rng: random.Random) -> str:
    """``word`` with one typist's slip, after its first letter."""
    spot = rng.randrange(1, len(word))
    kind = rng.choices(["swap", "drop", "double", "neighbour"], weights=[3, 3, 2, 3])[0]
    if kind == "swap" and spot < len(word) - 1 and word[spot] != word[spot + 1]:
        return word[:spot] + word[spot + 1] + word[spot] + word[spot + 2:]
    if kind == "drop":
        return word[:spot] + word[spot + 1:]
    if kind == "double":
        return word[:spot] + word[spot] + word[spot:]
    near = NEIGHBOURS.get(word[spot], "")
    if near:
        return word[:spot] + rng.choice(near) + word[spot + 1:]
    return word[:spot] + word[spot + 1:]


def typo_queries(words: list[str], rng: random.Random, count: int) -> list[str]:
    """``count`` searches of one to three content words (ranked 100 to 20,000: neither
    the commonest nor the rarest), one or two of them mistyped."""
    pool = [w for w in words[100:20_000] if w.isalpha() and 5 <= len(w) <= 14]
    queries = []
    for _ in range(count):
        chosen = rng.sample(pool, rng.randint(1, 3))
        for position in rng.sample(range(len(chosen)), rng.randint(1, min(2, len(chosen)))):
            chosen[position] = typo(chosen[position], rng)
        queries.append(" ".join(chosen))
    return queries
