"""What a file's rows need besides its bytes: title, summary and suggested tags.

These are pure functions of what was read, the file's manifest or sidecar, the taxonomy
as the import began and the model learned then. The importer's one writer would spend
most of its time on them, so the extraction workers work them out as they finish
reading a file (:class:`Preparer`, sent to each worker once), and the writer takes the
result (:class:`Prepared`) when it was worked out from the same inputs it has: a title
or summary a person wrote in the app, or a kind that only the database can resolve (a
new value of an open facet), make the writer work them out itself, with the same
functions. Either way the rows are the same; only who computes them differs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from enablement.catalog.learning import Learned
from enablement.catalog.suggestions import Suggestion, suggest
from enablement.catalog.tagging import tags_from_properties
from enablement.catalog.taxonomy import Taxonomy
from enablement.imports.extract import Extracted
from enablement.imports.manifests import FileMetadata
from enablement.imports.titles import choose_summary, choose_title
from enablement.text import path_text


def title_of(meta: FileMetadata, extracted: Extracted, shown: Path) -> tuple[str, str]:
    """The title and its origin, unless a person wrote one: the manifest's or sidecar's,
    else the one the file's properties, heading or name give. ``shown``: the source
    path as stored (``path_text``)."""
    if meta.title:
        return meta.title, meta.origin["title"]
    return choose_title(extracted.title, extracted.heading, shown)


def summary_of(meta: FileMetadata, extracted: Extracted, title: str) -> tuple[str, str]:
    """The summary and its origin, unless a person wrote one; ``title`` is the asset's."""
    if meta.summary:
        return meta.summary, meta.origin["summary"]
    return choose_summary(extracted.subject, extracted.text, title, extracted.heading,
                          extracted.format)


def suggested(taxonomy: Taxonomy, learned: Learned | None, title: str, summary: str,
              extracted: Extracted, kind: str | None, source_path: str) -> list[Suggestion]:
    """Rule suggestions with what the library taught merged in; rejections are the
    writer's to drop (they are in the database)."""
    suggestions = suggest(taxonomy, title, summary, extracted.text, kind=kind,
                          path=source_path, shape=extracted)
    if learned is not None:
        suggestions = learned.merge(taxonomy, suggestions, title, summary, extracted.text)
    return suggestions


_UNKNOWN = object()  # a kind that only the database can resolve


def known_kind(taxonomy: Taxonomy, extracted: Extracted, meta: FileMetadata
               ) -> str | None | object:
    """The kind the file's properties or its manifest or sidecar name, as the writer's
    tag rows will have it (the first kind row: properties first, then the metadata's
    first value the taxonomy knows), or ``_UNKNOWN`` when that takes the database (a
    new value of an open facet)."""
    rows = tags_from_properties(taxonomy, extracted.keywords, extracted.category)
    kind = next((r.key for r in rows if r.facet == "kind"), None)
    if kind is not None or "kind" not in meta.facets:
        return kind
    spec = taxonomy.facet("kind")
    for raw in meta.facets["kind"]:
        key = taxonomy.resolve("kind", raw)
        if key is not None:
            return key
        if spec.open:
            return _UNKNOWN
    return None


@dataclass(frozen=True)
class Prepared:
    """A file's title, summary and suggestions, and the inputs they were made from."""

    title: str
    title_origin: str
    summary: str
    summary_origin: str
    kind: str | None  # the known kind the suggestions leaned on
    source_path: str
    suggestions: tuple[Suggestion, ...] | None  # None: the writer suggests

    def suggestions_for(self, title: str, summary: str, kind: str | None,
                        source_path: str) -> list[Suggestion] | None:
        """The suggestions when they were made from these inputs, else None."""
        if self.suggestions is None or (self.title, self.summary, self.kind,
                                        self.source_path) != (title, summary, kind,
                                                              source_path):
            return None
        return list(self.suggestions)


@dataclass(frozen=True)
class Preparer:
    """Works out a read file's :class:`Prepared` in an extraction worker: what the
    writer would, for an asset whose title and summary no person has edited. Sent to
    each worker once (the taxonomy and the model are plain, picklable data)."""

    taxonomy: Taxonomy
    learned: Learned | None = None

    def __call__(self, path: Path, extracted: Extracted, meta: FileMetadata) -> Prepared:
        source_path = path_text(path)
        title, title_origin = title_of(meta, extracted, Path(source_path))
        summary, summary_origin = summary_of(meta, extracted, title)
        kind = known_kind(self.taxonomy, extracted, meta)
        suggestions = None
        if kind is not _UNKNOWN:
            suggestions = tuple(suggested(self.taxonomy, self.learned, title, summary,
                                          extracted, kind, source_path))
        return Prepared(title, title_origin, summary, summary_origin,
                        None if kind is _UNKNOWN else kind, source_path, suggestions)
