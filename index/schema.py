"""The Whoosh schema: weighted text fields for ranking, keyword fields for facets.

The body stores character positions (``chars=True``) so highlights are cut straight from
the stored text without re-analysing it: measured 4x faster at 10k assets.
"""

from __future__ import annotations

from whoosh import formats
from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, FieldType, Schema

from index.analysis import Analysis, analyse, matches_chain, stemming_analyzer, typed_analyzer
from index.records import FACET_FIELDS

# The fields a query searches. The summary holds only words a person gave (a manifest, a
# document property, an edit): the app's own summary is the body's first lines again, and
# scoring those twice favoured whatever a document says first (the indexer leaves it out).
# Measured through the app on the public collections (bench/bench_ir.py): with the
# extracted summary searched and the title at 3x, SciFact nDCG@10 0.606 and Cranfield
# 0.358; without it and the title at 1x, 0.657 and 0.373.
TEXT_FIELDS: tuple[str, ...] = ("title", "summary", "body", "tags", "source")
SPELLING_FIELDS: tuple[str, ...] = ("title", "body")
# 2: title boost 1 (was 3), summary 1 (was 2); 3: spelling words in fields of their own
# (SpellingWords). An index of another version is rebuilt once.
SCHEMA_VERSION = 3
SPELLING_PREFIX = "spell_"


def analyzer() -> StemmingAnalyzer:
    return stemming_analyzer()


def _one_pass(field: FieldType, fmt: type, chain: str, kwargs: dict) -> bool:
    """Whether ``field`` may take ``index.analysis``'s postings: its format is ``fmt`` at
    boost 1, its analyzer the ``chain`` that module reproduces, and nothing else asked."""
    return (not kwargs and type(field.format) is fmt and field.format.field_boost == 1.0
            and matches_chain(field.analyzer, chain))


class BodyText(TEXT):
    """The body: Whoosh's TEXT, its postings made by ``index.analysis`` in one pass that
    also gives its spelling words (the ``Analysis`` that ``store.document_fields`` makes
    once for both). A field whose analyzer or format differs takes Whoosh's own path.
    An index written before this class existed keeps plain TEXT (and Whoosh's path)
    until it is rebuilt."""

    def index(self, value, **kwargs):  # noqa: ANN001, ANN201 - Whoosh's signature
        fast = _one_pass(self, formats.Characters, "stemmed", kwargs)
        if isinstance(value, Analysis):
            return value.stemmed if fast else super().index(value.text, **kwargs)
        return analyse(value).stemmed if fast and isinstance(value, str) else super().index(
            value, **kwargs)


def spelling_field(field: str) -> str:
    """The field holding ``field``'s spelling words."""
    return SPELLING_PREFIX + field


class SpellingWords(FieldType):
    """A field's words as typed (not stemmed), one posting per document that has each.

    Whoosh's own ``spelling=True`` files every spelling word of a segment under its
    first document: a merge that drops that document (deleted by a tag edit) dropped
    every other document's spelling words with it, and typo matching and "did you
    mean" stopped knowing them. Here each word's postings are the documents that say
    it, so deletions and merges keep exactly the words of the documents kept. The
    analyzer is ``analyzer()`` without its stemming step (Whoosh's ``no_morph``).
    """

    def __init__(self) -> None:
        super().__init__(formats.Existence(), typed_analyzer(), scorable=False)

    def index(self, value, **kwargs):  # noqa: ANN001, ANN201 - Whoosh's signature
        """The words of an ``Analysis`` as it found them (see ``BodyText``)."""
        if isinstance(value, Analysis):
            if _one_pass(self, formats.Existence, "typed", kwargs):
                return value.typed
            value = value.text
        return super().index(value, **kwargs)


def takes_analysis(schema: Schema) -> bool:
    """Whether ``schema``'s body and its spelling words accept an ``Analysis`` (an index
    written before ``BodyText`` holds plain TEXT, which takes only the text)."""
    return isinstance(schema["body"], BodyText) and isinstance(
        schema[spelling_field("body")], SpellingWords)


def build_schema() -> Schema:
    words = analyzer()
    fields = {
        "asset_id": ID(stored=True, unique=True),
        "asset_num": NUMERIC(int, bits=64, stored=True),
        "title": TEXT(analyzer=words, field_boost=1.0, stored=True),
        "summary": TEXT(analyzer=words, stored=True),
        "body": BodyText(analyzer=words, chars=True, stored=True),
        "tags": TEXT(analyzer=words, field_boost=1.5),
        "source": TEXT(analyzer=words, field_boost=1.2),
        "updated": DATETIME(sortable=True, stored=True),
        "sort_title": ID(sortable=True),
        "schema_version": STORED(),
    }
    for name in SPELLING_FIELDS:
        fields[spelling_field(name)] = SpellingWords()
    for name in FACET_FIELDS:
        fields[name] = KEYWORD(stored=True, commas=True, scorable=False)
    return Schema(**fields)
