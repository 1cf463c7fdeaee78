"""Typo matching and "did you mean" against Whoosh's own corrector, on a real index.

``index.spellwords`` reads each segment's spelling word list straight from its terms
file into arrays and finds near words with a histogram filter and a banded distance;
Whoosh's corrector (a Levenshtein automaton walked over the word graph) is the
reference. After every step of a random sequence of adds, deletions, unmerged commits,
optimisations and reopens of an index on disk, for random words and random typos of
indexed words, both must find the same words within the same typist's distance (a swap
of neighbours is one edit: Whoosh counts two, so it is asked twice as far and its
answer filtered by ``spelling.distance``), with the same document frequencies; and
typo matching, "did you mean", completions and highlight forms must be what those
words give.
"""

from __future__ import annotations

import gc
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from whoosh.analysis import StandardAnalyzer
from whoosh.reading import IndexReader
from whoosh.spelling import Corrector

from index import IndexRecord, IndexStore, spellwords
from index.generation import PREFIX_WORDS, SearcherState
from index.schema import SPELLING_FIELDS, spelling_field
from index.spelling import (
    CORRECTION_EDITS,
    NEAR_PER_FIELD,
    correction,
    distance,
    near_words,
    typo_edits,
)
from index.store import document_fields
from index.words import Stemmer
from tests.index.machines import TMP_ROOT, VOCABULARY, texts

pytestmark = pytest.mark.usefixtures("machine_root")
STEM = Stemmer().stem


def slips(draw: st.DrawFn, word: str) -> str:
    """``word`` with zero to three slips (dropped, doubled, swapped, wrong or extra
    letters; the first letter too now and then)."""
    for _ in range(draw(st.integers(0, 3))):
        if len(word) < 2:
            break
        spot = draw(st.integers(0 if draw(st.integers(0, 5)) == 0 else 1, len(word) - 1))
        kind = draw(st.sampled_from(("drop", "double", "swap", "wrong", "extra")))
        letter = draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz"))
        if kind == "drop":
            word = word[:spot] + word[spot + 1:]
        elif kind == "double":
            word = word[:spot] + word[spot] + word[spot:]
        elif kind == "swap" and spot < len(word) - 1:
            word = word[:spot] + word[spot + 1] + word[spot] + word[spot + 2:]
        elif kind == "wrong":
            word = word[:spot] + letter + word[spot + 1:]
        else:
            word = word[:spot] + letter + word[spot:]
    return word


def typed_word(draw: st.DrawFn, indexed: list[str]) -> str:
    """What someone might type: mostly a slip of a word the index has, sometimes of
    another real word, now and then a made-up string."""
    source = draw(st.integers(0, 9))
    if source == 0:
        return draw(st.text("abcdeilnorstuy0", min_size=1, max_size=12))
    if source <= 2 or not indexed:
        return slips(draw, draw(st.sampled_from(VOCABULARY)))
    return slips(draw, draw(st.sampled_from(indexed)))


def _record(asset_id: int, title: str, body: str) -> IndexRecord:
    return IndexRecord(asset_id=asset_id, title=title, summary="", body=body,
                       source_name=f"{asset_id}.txt", updated=datetime(2026, 1, 1), tags={},
                       tag_words="")


# -- the reference: Whoosh's corrector and word lists ------------------------------------

def _spell_field(reader: IndexReader, field: str) -> str:
    return spelling_field(field)


def _corrector(reader: IndexReader, field: str) -> Corrector:
    return reader.corrector(spelling_field(field))


def whoosh_within(reader: IndexReader, word: str, edits: int) -> dict[str, tuple[int, ...]]:
    """Words within ``edits`` typist's edits of ``word`` (same first letter) by Whoosh's
    corrector on each spelling field -> their doc frequency in each field."""
    found: dict[str, list[int]] = {}
    for column, field in enumerate(SPELLING_FIELDS):
        spell = _spell_field(reader, field)
        if spell not in reader.indexed_field_names():
            continue
        suggested = _corrector(reader, field).suggest(word, limit=10 ** 6, maxdist=2 * edits,
                                                    prefix=1)
        if word in {t.decode("utf-8") for t in reader.expand_prefix(spell, word)}:
            suggested.append(word)  # the corrector leaves out the word itself
        for candidate in suggested:
            if distance(word, candidate) <= edits:
                row = found.setdefault(candidate, [0] * len(SPELLING_FIELDS))
                row[column] = reader.doc_frequency(spell, candidate)
    return {w: tuple(row) for w, row in found.items()}


def corrector_near_words(reader: IndexReader, word: str) -> list[str]:
    """Typo matching as it was done with Whoosh's corrector (five suggestions per field
    asked one edit wider, then kept within the allowed distance)."""
    allowed = typo_edits(word)
    if not allowed:
        return []
    stems: list[str] = []
    for field in SPELLING_FIELDS:
        for candidate in _corrector(reader, field).suggest(word, limit=5, maxdist=allowed + 1,
                                                         prefix=1):
            if distance(word, candidate) <= allowed:
                candidate_stem = STEM(candidate)
                if candidate_stem and candidate_stem not in stems:
                    stems.append(candidate_stem)
    return stems


def corrector_likeliest(reader: IndexReader, word: str) -> str | None:
    """ "Did you mean" as it was picked from Whoosh's corrector's five per field."""
    best: tuple[int, int, str] | None = None
    for field in SPELLING_FIELDS:
        spell = _spell_field(reader, field)
        for candidate in _corrector(reader, field).suggest(word, limit=5, maxdist=3, prefix=1):
            if distance(word, candidate) <= 2:
                rank = (distance(word, candidate), -reader.doc_frequency(spell, candidate),
                        candidate)
                if best is None or rank < best:
                    best = rank
    return best[2] if best else None


def whoosh_prefix_counts(reader: IndexReader, prefix: str) -> dict[str, int]:
    counted: dict[str, int] = {}
    for field in SPELLING_FIELDS:
        spell = _spell_field(reader, field)
        if spell not in reader.indexed_field_names():
            continue
        for raw in reader.expand_prefix(spell, prefix):
            word = raw.decode("utf-8")
            counted[word] = counted.get(word, 0) + reader.doc_frequency(spell, raw)
    return counted


def check_word(state: SearcherState, word: str) -> None:
    """Every spelling answer for ``word`` against Whoosh's."""
    reader = state.searcher.reader()
    if len(word) > spellwords.MAX_QUERY_CHARS:
        assert state.spelling_words().within(word, spellwords.MAX_EDITS) == []
        return
    expected = whoosh_within(reader, word, spellwords.MAX_EDITS)
    state.within.clear()
    state.near.clear()
    state.likeliest.clear()
    state.spelled_words.clear()
    got = {n.word: n.doc_freqs for n in state.spelling_words().within(word,
                                                                        spellwords.MAX_EDITS)}
    assert got == expected, word
    event(f"segments: {min(len(state.spelling_words().segments), 3)}")
    event(f"words in reach: {min(len(expected), 6)}")

    # Typo matching: each field's closest, commonest NEAR_PER_FIELD words.
    allowed = typo_edits(word)
    stems: list[str] = []
    if allowed:
        for column in range(len(SPELLING_FIELDS)):
            in_field = sorted(
                ((distance(word, w), -df[column], w) for w, df in expected.items()
                 if df[column] and distance(word, w) <= allowed))
            for _d, _df, candidate in in_field[:NEAR_PER_FIELD]:
                if STEM(candidate) and STEM(candidate) not in stems:
                    stems.append(STEM(candidate))
    found = near_words(state, word, STEM)
    assert found == stems, word
    # ... a superset of the corrector's answer whenever no field has more words in reach
    # than it keeps, and never a word out of reach.
    reachable = {STEM(w) for w in expected if distance(word, w) <= allowed} - {""}
    before = corrector_near_words(reader, word)
    assert set(before) <= reachable, word
    crowded = any(sum(1 for w, df in expected.items()
                      if df[column] and distance(word, w) <= allowed) > NEAR_PER_FIELD
                  for column in range(len(SPELLING_FIELDS)))
    if not crowded:
        assert set(before) <= set(found), word
    event("typo matching: " + ("crowded" if crowded else "some" if found else "none")
          + (", differs from the corrector" if set(before) != set(found) else ""))

    # "Did you mean": the best-ranked word in reach, never ranked below the corrector's.
    spelled = word in expected
    assert state.spelled(word) == spelled
    ranks = sorted((distance(word, w), -max(df), w) for w, df in expected.items()
                   if distance(word, w) <= CORRECTION_EDITS)
    text = f"{word} zz"  # a second word keeps the text from being only digits
    corrected = correction(state, text)
    eligible = 3 <= len(word) <= 24 and not word.isdigit() and not spelled \
        and word not in _stop_words(state)
    if eligible and ranks:
        assert corrected is not None and corrected.split()[0] == ranks[0][2], word
        old = corrector_likeliest(reader, word)
        if old is not None:
            old_rank = (distance(word, old),
                        -max(expected[old]), old)
            assert ranks[0] <= old_rank
    else:
        assert corrected is None or corrected.split()[0] == word, word


def _stop_words(state: SearcherState) -> set[str]:
    stops: set[str] = set()
    for step in state.searcher.schema["body"].analyzer.items:
        stops.update(getattr(step, "stops", ()))
    return stops


def check_prefixes(state: SearcherState, word: str) -> None:
    """Completions and highlight forms, as Whoosh's word lists give them."""
    reader = state.searcher.reader()
    prefix = word[:3]
    counted = whoosh_prefix_counts(reader, prefix)
    assert state.spelling_words().prefixed(prefix) == counted
    state.prefixes.clear()
    ranked = sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))[:PREFIX_WORDS]
    assert state.prefix_words(prefix) == [w for w, _n in ranked]
    stem = STEM(word) or word
    forms = {stem} | {w for w in whoosh_prefix_counts(reader, stem[:4]) if STEM(w) == stem}
    state.surfaces.clear()
    assert state.surface_forms(stem, STEM) == forms


def check_word_lists(state: SearcherState) -> None:
    """The terms files read byte by byte give what Whoosh's term iterator gives."""
    for leaf in spellwords.leaf_readers(state.searcher.reader()):
        for field in state.spelling_fields():
            expected = ([(text, info.doc_frequency()) for text, info in leaf.iter_field(field)]
                        if field in leaf.indexed_field_names() else [])
            assert spellwords.field_terms(leaf, field) == expected


class SpellingUnderEdits(RuleBasedStateMachine):
    """A real index on disk, edited as a library edits it, asked for typos."""

    runs = 0

    def __init__(self) -> None:
        super().__init__()
        SpellingUnderEdits.runs += 1
        self.store = IndexStore(Path(TMP_ROOT[0]) / f"spell{SpellingUnderEdits.runs}")
        self.next_id = 1
        self.state: SearcherState | None = None
        self.live: dict[int, tuple[str, str]] = {}  # asset id -> (title, body) indexed

    def _state(self) -> SearcherState:
        if self.state is None:
            ix, generation = self.store.open_live()
            self.state = SearcherState(ix.searcher(), generation)
        return self.state

    def _changed(self) -> None:
        if self.state is not None:
            self.state.searcher.close()
        self.state = None

    def _records(self, items: list[tuple[str, str]]) -> list[IndexRecord]:
        records = []
        for title, body in items:
            records.append(_record(self.next_id, title, body))
            self.live[self.next_id] = (title, body)
            self.next_id += 1
        return records

    @initialize(batch=st.lists(st.tuples(texts(1, 5), texts(3, 50)), min_size=2, max_size=10))
    def import_a_folder(self, batch: list[tuple[str, str]]) -> None:
        self.store.write(self._records(batch))

    @rule(title=texts(1, 5), body=texts(3, 50))
    def import_one_file(self, title: str, body: str) -> None:
        self.store.write(self._records([(title, body)]))
        self._changed()

    @rule(title=texts(1, 5), body=texts(3, 50))
    def commit_without_merging(self, title: str, body: str) -> None:
        """A segment of its own: the word lists are then read from several segments."""
        record = self._records([(title, body)])[0]
        writer = self.store.open().writer()
        writer.add_document(**document_fields(record))
        writer.commit(merge=False)
        self._changed()

    @rule(which=st.integers(0, 10 ** 6))
    def retire(self, which: int) -> None:
        """A deletion: Whoosh keeps the deleted document's words until a merge."""
        ids = sorted(self.store.document_ids())
        if ids:
            gone = ids[which % len(ids)]
            self.store.write([], delete_ids=[gone])
            self.live.pop(gone, None)
            self._changed()

    @rule(which=st.integers(0, 10 ** 6), body=texts(3, 50))
    def edit(self, which: int, body: str) -> None:
        """A tag edit or re-import: the document is replaced (deleted, added anew)."""
        ids = sorted(self.store.document_ids())
        if ids:
            asset_id = ids[which % len(ids)]
            title = self.live[asset_id][0]
            self.store.write([_record(asset_id, title, body)])
            self.live[asset_id] = (title, body)
            self._changed()

    @rule()
    def optimize(self) -> None:
        self.store.open().optimize()
        self._changed()

    @rule(data=st.data())
    def typos(self, data: st.DataObject) -> None:
        state = self._state()
        indexed = sorted(state.spelling_words().prefixed(""))
        for _ in range(5):
            check_word(state, typed_word(data.draw, indexed))

    @rule(word=st.sampled_from(VOCABULARY))
    def completion_and_forms(self, word: str) -> None:
        check_prefixes(self._state(), word)

    @invariant()
    def word_lists_agree(self) -> None:
        check_word_lists(self._state())

    @invariant()
    def every_word_of_every_document_is_known(self) -> None:
        """What the documents kept say is spelled: a merge that drops a deleted
        document keeps the others' words (Whoosh's own spelling field lost them)."""
        state = self._state()
        for title, body in self.live.values():
            for word in _typed_words(f"{title} {body}"):
                assert state.spelled(word), word

    def teardown(self) -> None:
        self._changed()


SpellingUnderEdits.TestCase.settings = settings(
    max_examples=30, stateful_step_count=20, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
test_spelling_agrees_with_whoosh = SpellingUnderEdits.TestCase


@given(a=st.text("abcdé", max_size=12), b=st.text("abcdé", max_size=12))
@settings(max_examples=3000, deadline=None)
def test_bit_parallel_distance_is_the_typists_distance(a: str, b: str) -> None:
    assert spellwords.distance_from(a)(b) == distance(a, b)


# -- fixed cases ---------------------------------------------------------------------------

CORPUS = [
    _record(1, "Security whitepaper", "Encryption at rest, SSO and penetration testing for "
            "the security review."),
    _record(2, "Hospital case study", "The hospital network went live with the connector "
            "and the security team signed off."),
    _record(3, "Secure rollout", "Securing the rollout took a week; security questions "
            "came first."),
]


@pytest.fixture()
def state(tmp_path: Path) -> SearcherState:
    store = IndexStore(tmp_path / "index")
    store.write(CORPUS)
    ix, generation = store.open_live()
    found = SearcherState(ix.searcher(), generation)
    yield found
    found.searcher.close()


def test_a_swap_is_one_typo(state: SearcherState) -> None:
    assert near_words(state, "secuirty", STEM) == [STEM("security")]
    assert near_words(state, "hosptial", STEM) == [STEM("hospital")]


def test_did_you_mean_leaves_stop_words_alone(state: SearcherState) -> None:
    """ "and", "the" are in no word list (the analyzer drops them): they are not typos."""
    assert correction(state, "the securty and the hospitl") == "the security and the hospital"
    assert state.likeliest.keys() == {"securty", "hospitl"}


def test_did_you_mean_reads_the_word_lists_once_per_word(state: SearcherState,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    """A repeated search asks nothing again: not the word lists, nor the near words."""
    assert correction(state, "securty testng") == "security testing"
    monkeypatch.setattr(type(state.spelling_words()), "__contains__",
                        lambda *a: pytest.fail("the word list was asked again"))
    monkeypatch.setattr(type(state.spelling_words()), "within",
                        lambda *a: pytest.fail("the near words were searched again"))
    assert correction(state, "securty testng") == "security testing"
    assert near_words(state, "securty", STEM) == [STEM("security")]


def test_segments_are_read_once_and_dropped_when_unused(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    """After a commit only the new segment's words are read; a segment no open
    generation uses any more is let go."""
    store = IndexStore(tmp_path / "index")
    store.write(CORPUS)

    def open_state() -> SearcherState:
        ix, generation = store.open_live()
        return SearcherState(ix.searcher(), generation)

    def segment_ids(state: SearcherState) -> set[str]:
        return {leaf.segment().segment_id()
                for leaf in spellwords.leaf_readers(state.searcher.reader())}

    first = open_state()
    assert first.spelling_words().within("securty", 1)[0].word == "security"
    built: list[int] = []
    original = spellwords.SegmentWords.build.__func__
    monkeypatch.setattr(spellwords.SegmentWords, "build", classmethod(
        lambda cls, fields: built.append(1) or original(cls, fields)))
    writer = store.open().writer()
    writer.add_document(**document_fields(_record(4, "Pricing sheet", "Transparent pricing")))
    writer.commit(merge=False)
    second = open_state()
    assert len(second.spelling_words().segments) == 2
    assert built == [1]  # only the new segment
    assert second.spelling_words().within("pricng", 1)[0].word == "pricing"

    assert segment_ids(second) <= spellwords.cached_segments()

    store.open().optimize()
    before = segment_ids(first) | segment_ids(second)
    for old in (first, second):
        old.searcher.close()
    del first, second, old
    gc.collect()
    third = open_state()
    assert len(third.spelling_words().segments) == 1
    cached = spellwords.cached_segments()
    assert segment_ids(third) <= cached and not before & cached
    third.searcher.close()


def test_typo_matching_is_not_crowded_out_by_farther_common_words(tmp_path: Path) -> None:
    """Whoosh's corrector kept its five commonest suggestions two edits out, then the
    distance check dropped them all: a one-letter typo matched nothing, and "did you
    mean" offered a word two edits away. Every word in reach is ranked now."""
    common = " ".join(["core cure cord crux curt"] * 5)  # two edits from "carx"
    bodies = ["cart", "card", "care", "cars", "carp", "cart"]  # one edit from it
    store = IndexStore(tmp_path / "index")
    store.write([_record(n, "note", f"{common} {word}") for n, word in enumerate(bodies, 1)])
    ix, generation = store.open_live()
    state = SearcherState(ix.searcher(), generation)
    reader = state.searcher.reader()

    assert corrector_near_words(reader, "carx") == []
    assert near_words(state, "carx", STEM) == [STEM(w) for w in
                                              ("cart", "card", "care", "carp", "cars")]
    assert corrector_likeliest(reader, "carx") == "cord"
    assert correction(state, "carx") == "cart"
    state.searcher.close()


def _typed_words(text: str) -> set[str]:
    """The words of ``text`` as the spelling fields keep them (lower case, unstemmed)."""
    return {token.text for token in StandardAnalyzer(minsize=2)(text)}


def test_a_merge_after_an_edit_keeps_the_other_documents_spelling_words(
    tmp_path: Path,
) -> None:
    """The edited document was the segment's first: Whoosh's spelling field filed every
    word of the segment under it, so the merge that dropped its old version dropped
    "payback" too, and "paybak" was neither matched nor corrected."""
    store = IndexStore(tmp_path / "index")
    store.write([_record(1, "Invoxa battlecard", "How we win against Invoxa on residency"),
                 _record(2, "Northvale case study", "Payback in five months")])
    store.write([_record(1, "Invoxa battlecard", "How we win against Invoxa on SOC 2")])
    store.open().optimize()  # whatever the merge policy did, every segment is merged now
    ix, generation = store.open_live()
    state = SearcherState(ix.searcher(), generation)
    try:
        assert state.spelled("payback") and state.spelled("northvale")
        assert not state.spelled("residency")  # the old version's words went with it
        assert correction(state, "paybak") == "payback"
    finally:
        state.searcher.close()
