"""A search is a few words: a pasted email or a 1 MB paste is cut, and the person told."""

from __future__ import annotations

import random
import string

from enablement.library import Library
from enablement.search.service import MAX_QUERY_CHARS, MAX_QUERY_WORDS, SearchRequest, run_search


def test_a_thousand_unknown_words_are_cut_to_the_first_few_and_said(
        demo_library: Library) -> None:
    rng = random.Random(5)
    words = ["".join(rng.choice(string.ascii_lowercase) for _ in range(9))
             for _ in range(1000)]
    response = run_search(demo_library, SearchRequest(text="security " + " ".join(words)))
    kept = response.request.text.split()
    assert len(kept) == MAX_QUERY_WORDS and kept[0] == "security"
    assert response.notice == ("Searched for the first 32 of 1,001 words; a search works "
                               "best with a few words that matter.")
    assert response.total > 0  # "security" still finds what it finds alone


def test_a_megabyte_of_one_word_is_cut_too(demo_library: Library) -> None:
    response = run_search(demo_library, SearchRequest(text="x" * 1_000_000))
    assert len(response.request.text) == MAX_QUERY_CHARS
    assert response.notice.startswith("Searched for the first 400 of 1,000,000 characters")
    assert response.total == 0


def test_an_ordinary_search_is_left_as_typed(demo_library: Library) -> None:
    response = run_search(demo_library, SearchRequest(text="  security review  "))
    assert response.request.text == "  security review  " and response.notice == ""
