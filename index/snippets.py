"""Hits with their snippets: the stretch of text where the query's words are, marked.

Ranked hits (the fast paths) are highlighted from the stored text with one regex of every
indexed spelling of the query's stems, a C-speed scan, for the top hits only; hits from a
Whoosh search (phrases, sorted searches) use Whoosh's own highlighter. Either way a
snippet is a sequence of (text, is_match) pieces, and a hit without a match shows the
start of its summary or body.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from whoosh import highlight, query
from whoosh.searching import Results

from index.generation import SearcherState
from index.records import Hit, SearchQuery, Snippet

SCAN_CHARS = 60_000  # snippets come from the first this-many characters of a body
SNIPPET_MATCHES = 40  # ... and from among the first this-many matches in it
MARK_START, MARK_END = "\x02", "\x03"
SNIPPET_CHARS = 220
SPACES = re.compile(r"\s+")


class MarkerFormatter(highlight.Formatter):
    """Wraps matches in control characters; turned into (text, is_match) pieces later."""

    between = " … "

    def format_token(self, text: str, token, replace: bool = False) -> str:  # noqa: ANN001
        return MARK_START + highlight.get_text(text, token, replace) + MARK_END


def marked_pieces(marked: str) -> Snippet:
    """Text marked by ``MarkerFormatter`` as (text, is_match) pieces."""
    pieces: list[tuple[str, bool]] = []
    for part in re.split(f"({MARK_START}[^{MARK_END}]*{MARK_END})", marked):
        if not part:
            continue
        if part.startswith(MARK_START):
            pieces.append((part[1:-1], True))
        else:
            pieces.append((part, False))
    return tuple(pieces)


def plain_snippet(text: str) -> Snippet:
    """The start of ``text``, unmarked, for a hit whose words are not in it."""
    text = " ".join(text.split())
    if len(text) > SNIPPET_CHARS:
        text = text[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"
    return ((text, False),) if text else ()


def matcher(state: SearcherState, terms: frozenset[str],
            stem: Callable[[str], str]) -> re.Pattern[str] | None:
    """A regex for every indexed spelling of ``terms`` (stems): snippets then cost a
    C-speed scan of the stored text, not the analyzer chain (nor reading positions
    back from the posting lists)."""
    forms = sorted({form for term in terms for form in state.surface_forms(term, stem)},
                   key=len, reverse=True)
    if not forms:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", re.IGNORECASE)


HIGHLIGHTED = ("body", "summary")  # the stored fields a snippet is cut from, in turn


def highlight_terms(parsed: query.Query) -> tuple[tuple[str, str], ...]:
    """The (field, indexed word) pairs of ``parsed`` a snippet marks."""
    return tuple(dict.fromkeys(
        (name, text.decode("utf-8") if isinstance(text, bytes) else text)
        for name, text in parsed.iter_all_terms() if name in HIGHLIGHTED))


class Highlighter:
    """Snippets of stored documents for one query's words (see ``matcher``)."""

    def __init__(self, state: SearcherState, terms: tuple[tuple[str, str], ...],
                 stem: Callable[[str], str]) -> None:
        self._stem = stem
        self._patterns = {
            field: matcher(state, frozenset(t for f, t in terms if f == field), stem)
            for field in HIGHLIGHTED}

    def snippet(self, stored: dict[str, object]) -> Snippet:
        for field in HIGHLIGHTED:
            text = stored.get(field) or ""
            pattern = self._patterns[field]
            if not (text and pattern):
                continue
            spans = [(m.start(), m.end(), self._stem(m.group().lower()))
                     for m in itertools.islice(pattern.finditer(text, 0, SCAN_CHARS),
                                               SNIPPET_MATCHES)]
            if spans:
                return window_snippet(text, spans)
        return plain_snippet(stored.get("summary") or stored.get("body") or "")


def ranked_hits(
    state: SearcherState, ranked: list[tuple[int, float]], parsed: query.Query,
    request: SearchQuery, stem: Callable[[str], str],
) -> tuple[Hit, ...]:
    """Hits with snippets highlighting the query's words, for ranked docnums; below
    ``request.highlight_first`` (or with no snippets asked for) a hit whose asset id is
    known reads no stored text."""
    searcher = state.searcher
    shown = len(ranked[:request.highlight_first]) if request.highlight_first else len(ranked)
    if not request.snippets:
        shown = 0
    highlighter = Highlighter(state, highlight_terms(parsed), stem) if shown else None
    hits = []
    for rank, (docnum, score) in enumerate(ranked):
        if rank >= shown and docnum in state.asset_ids:
            # Below the highlighted rows no stored text is read: the face shows the
            # asset's summary from its own records (an empty snippet says so).
            hits.append(Hit(asset_id=state.asset_ids[docnum], score=score, snippet=()))
            continue
        stored = searcher.stored_fields(docnum)
        state.remember(docnum, int(stored["asset_id"]))
        snippet: Snippet = ()
        if highlighter is not None and rank < shown:
            snippet = highlighter.snippet(stored)
        hits.append(Hit(asset_id=int(stored["asset_id"]), score=score, snippet=snippet))
    return tuple(hits)


def whoosh_hits(results: Results, request: SearchQuery, has_text: bool) -> tuple[Hit, ...]:
    """Hits of a Whoosh search, highlighted by Whoosh (scores only for a relevance sort)."""
    results.fragmenter = highlight.PinpointFragmenter(
        maxchars=SNIPPET_CHARS, surround=70, autotrim=True
    )
    results.formatter = MarkerFormatter()
    hits = []
    for hit in results:
        snippet: Snippet = ()
        if request.snippets:
            marked = ""
            if has_text:
                # The trailing space keeps autotrim from dropping the text's last word.
                marked = hit.highlights("body", text=hit.get("body", "") + " ", top=2)
                if not marked:
                    marked = hit.highlights("summary", top=1)
            snippet = marked_pieces(marked) if marked else plain_snippet(
                hit.get("summary") or hit.get("body") or ""
            )
        score = float(hit.score or 0.0) if has_text and request.sort == "relevance" else 0.0
        hits.append(Hit(asset_id=int(hit["asset_id"]), score=score, snippet=snippet))
    return tuple(hits)


def window_snippet(text: str, matches: list[tuple[int, int, str]]) -> Snippet:
    """The stretch of ``text`` (about SNIPPET_CHARS long) holding the most different
    query words, then the most matches; matches marked. One pass over the matches, where
    Whoosh's fragmenter builds and scores a fragment per match."""
    spans = sorted(set(matches))
    if not spans:
        return ()
    best = (0, 0, 0, 0)  # distinct words, matches, first span, last span (exclusive)
    words: dict[str, int] = {}
    first = 0
    for last, (_start, end, word) in enumerate(spans):
        words[word] = words.get(word, 0) + 1
        while end - spans[first][0] > SNIPPET_CHARS - 40:
            left = spans[first][2]
            words[left] -= 1
            if not words[left]:
                del words[left]
            first += 1
        score = (len(words), last - first + 1)
        if score > best[:2]:
            best = (*score, first, last + 1)
    chosen = spans[best[2]:best[3]]
    begin = max(0, chosen[0][0] - 40)
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    stop = min(len(text), max(chosen[-1][1], begin + SNIPPET_CHARS))
    while stop < len(text) and not text[stop].isspace():
        stop += 1
    pieces: list[tuple[str, bool]] = [("… ", False)] if begin > 0 else []
    cursor = begin
    for start, end, _word in chosen:
        if start < cursor:
            continue
        if start > cursor:
            pieces.append((text[cursor:start], False))
        pieces.append((text[start:end], True))
        cursor = end
    tail = text[cursor:stop]
    if tail:
        pieces.append((tail, False))
    if stop < len(text):
        pieces.append((" …", False))
    return tuple((SPACES.sub(" ", piece), match) for piece, match in pieces)
