"""``index.analysis`` against Whoosh's own analysis: the same postings, byte for byte.

The body's postings come from one pass of ours (``BodyText``, ``SpellingWords`` given an
``Analysis``). Whoosh's ``TEXT`` and ``Existence`` fields with the same analyzers are the
reference: for random text (real words, stop words, short words, digits, dotted words,
asterisks, capitals, punctuation and non-ASCII letters), and through two real indexes on
disk built from the same records, one with each schema.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import formats, index
from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer
from whoosh.fields import TEXT, FieldType

from index import IndexRecord, IndexStore
from index.analysis import analyse
from index.schema import BodyText, SpellingWords, analyzer, build_schema, takes_analysis
from index.store import document_fields
from tests.index.machines import VOCABULARY

ODD_TOKENS = (
    "the", "a", "of", "to", "it", "I", "x", "is", "and", "USA", "U.S.", "e.g.", "v2.1",
    "3.5x", "*", "**", "pay*", "naïve", "İstanbul", "STRASSE", "straße", "Ⅻ", "ǅ", "100%",
    "20-22%", "re-engage", "O'Brien", "_init_", "...", "—", "\t", "\n\n", "東京", "ﬁnance",
)
pieces = st.one_of(
    st.sampled_from(VOCABULARY[:2000]),
    st.sampled_from(ODD_TOKENS),
    st.text(min_size=1, max_size=6),
)
bodies = st.lists(pieces, max_size=60).flatmap(
    lambda words: st.lists(st.sampled_from([" ", "  ", ", ", ". ", "\n", "-", "/", ""]),
                           min_size=len(words), max_size=len(words))
    .map(lambda gaps: "".join(w + g for w, g in zip(words, gaps, strict=True))))


def whoosh_body() -> TEXT:
    return TEXT(analyzer=analyzer(), chars=True, stored=True)


def whoosh_spelling() -> FieldType:
    return FieldType(formats.Existence(), StandardAnalyzer(minsize=2), scorable=False)


@settings(max_examples=400, deadline=None)
@given(bodies)
def test_postings_are_whooshs_own(text: str) -> None:
    analysis = analyse(text)
    assert sorted(BodyText(analyzer=analyzer(), chars=True).index(analysis)) == sorted(
        whoosh_body().index(text))
    assert sorted(BodyText(analyzer=analyzer(), chars=True).index(text)) == sorted(
        whoosh_body().index(text))
    assert sorted(SpellingWords().index(analysis)) == sorted(whoosh_spelling().index(text))


def test_a_field_of_another_analyzer_or_boost_takes_whooshs_path() -> None:
    text = "Running the pricing calculators, HR asked"
    analysis = analyse(text)
    other = BodyText(analyzer=StemmingAnalyzer(minsize=3), chars=True)
    reference = TEXT(analyzer=StemmingAnalyzer(minsize=3), chars=True)
    assert sorted(other.index(analysis)) == sorted(reference.index(text))
    boosted = BodyText(analyzer=analyzer(), chars=True, field_boost=2.0)
    assert sorted(boosted.index(analysis)) == sorted(
        TEXT(analyzer=analyzer(), chars=True, field_boost=2.0).index(text))
    # the one-pass postings keep "hr" (two letters); the other analyzer drops it
    assert b"hr" in {term for term, *_ in analysis.stemmed}
    assert b"hr" not in {term for term, *_ in other.index(analysis)}


def _whoosh_schema():  # noqa: ANN202 - a Whoosh Schema
    schema = build_schema()
    schema.remove("body")
    schema.add("body", whoosh_body())
    return schema


def _contents(path: Path) -> dict:
    """Every field's terms with their postings (document, weight, value), every
    document's stored fields and field lengths."""
    ix = index.open_dir(str(path))
    with ix.reader() as reader:
        postings = {}
        for field, term in reader.all_terms():
            postings[field, term] = _raw(reader, field, term)
        stored = [reader.stored_fields(n) for n in reader.all_doc_ids()]
        lengths = {(n, f): reader.doc_field_length(n, f) for n in reader.all_doc_ids()
                   for f in ("title", "body", "summary")}
    return {"postings": postings, "stored": stored, "lengths": lengths}


def _raw(reader, field: str, term: bytes) -> list:  # noqa: ANN001 - a Whoosh reader
    matcher = reader.postings(field, term)
    found = []
    while matcher.is_active():
        found.append((matcher.id(), matcher.weight(), matcher.value()))
        matcher.next()
    return found


@settings(max_examples=15, deadline=None)
@given(st.lists(bodies, min_size=1, max_size=12))
def test_an_index_on_disk_is_the_one_whoosh_writes(tmp_path_factory, texts) -> None:  # noqa: ANN001
    records = [IndexRecord(n + 1, f"Title {n}", "", text, f"file-{n}.txt",
                           datetime(2026, 1, 1 + n % 28), {"kind": ("deck",)})
               for n, text in enumerate(texts)]
    ours = tmp_path_factory.mktemp("ours")
    theirs = tmp_path_factory.mktemp("theirs")
    for folder, schema in ((ours, build_schema()), (theirs, _whoosh_schema())):
        ix = index.create_in(str(folder), schema)
        analysed = takes_analysis(ix.schema)
        assert analysed == (schema["body"].__class__ is BodyText)
        writer = ix.writer()
        for record in records:
            writer.add_document(**document_fields(record, analysed))
        writer.commit()
    assert _contents(ours) == _contents(theirs)


def test_the_store_writes_through_the_analysis(tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    record = IndexRecord(7, "Rollout plan", "", "Phased rollout: the pilot plant first",
                         "plan.txt", datetime(2026, 1, 1))
    store.write([record])
    ix = store.open()
    assert takes_analysis(ix.schema)
    with ix.reader() as reader:
        assert {t for f, t in reader.all_terms() if f == "body"} == {
            b"phase", b"rollout", b"pilot", b"plant", b"first"}
        assert {t for f, t in reader.all_terms() if f == "spell_body"} == {
            b"phased", b"rollout", b"pilot", b"plant", b"first"}
        assert reader.stored_fields(0)["body"] == "Phased rollout: the pilot plant first"
