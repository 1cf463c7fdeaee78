"""What an imported file becomes in the library: its asset row, text, stored copy, tags
and source record. Written inside the batch's transaction by the importer."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from enablement.catalog import taxonomy as taxonomy_store
from enablement.catalog.learning import Learned
from enablement.catalog.review import without_rejected
from enablement.catalog.tagging import IMPORT_ORIGINS, TagRow, tags_from_properties
from enablement.catalog.taxonomy import Taxonomy
from enablement.catalog.taxonomy_defaults import KIND_STAGE_HINTS
from enablement.formats import kind_hints
from enablement.imports.extract import Extracted
from enablement.imports.extraction_pool import Outcome
from enablement.imports.manifests import FileMetadata
from enablement.imports.prepared import Prepared, suggested, summary_of, title_of
from enablement.imports.results import FileResult, Status
from enablement.store.content import ContentStore
from enablement.store.index_queue import queue_for_index
from enablement.store.models import Asset, AssetTag, AssetText, ImportSource, StoredFile
from enablement.text import clean_text, path_text

FORMAT_KIND_HINTS = kind_hints()


@dataclass
class PendingFile:
    """A file read, waiting for its batch to be written."""

    outcome: Outcome
    metadata: FileMetadata
    stat: os.stat_result




class AssetRecord:
    """Turns a read file into its rows. The taxonomy is the one the import began with:
    an asset's suggested tags do not depend on the order files finished reading in (a
    competitor a sidecar adds mid-import is suggested from the next import on)."""

    def __init__(self, content: ContentStore, taxonomy: Taxonomy,
                 learned: Learned | None = None) -> None:
        self._content = content
        self._taxonomy = taxonomy
        # What the library taught (trained once when the import began; see
        # ImportService): merged into the rule suggestions, rejections dropped after.
        self.learned = learned

    def write(
        self, session: Session, item: PendingFile, extracted: Extracted,
        created: list[tuple[str, str]],
    ) -> FileResult:
        path = item.outcome.path
        source_path = path_text(path)
        shown = Path(source_path)  # the name as stored and shown: readable, never undecodable
        asset = session.scalar(select(Asset).where(Asset.source_path == source_path))
        if asset is None:
            twin = session.scalar(select(Asset).where(Asset.sha256 == extracted.sha256).limit(1))
            if twin is not None:
                self._remember_source(session, item, extracted.sha256, twin.id, "duplicate")
                return FileResult(
                    source_path, Status.DUPLICATE, twin.id,
                    reason=f"same content as '{twin.title}' ({twin.source_name})",
                )
        extension = "." + extracted.format
        if not self._content.has(extracted.sha256, extension):
            created.append((extracted.sha256, extension))
        self._content.put(path, extracted.sha256, extension)
        if session.get(StoredFile, extracted.sha256) is None:
            session.add(StoredFile(
                sha256=extracted.sha256, size=extracted.size, extension=extension,
                added_at=datetime.now(),
            ))
        now = datetime.now()
        status = Status.UPDATED
        if asset is None:
            status = Status.IMPORTED
            asset = Asset(uuid=str(uuid.uuid4()), source_path=source_path, imported_at=now,
                          title_origin="file name", summary_origin="extracted")
            session.add(asset)
        warnings = [clean_text(w) for w in (*item.metadata.warnings, *extracted.warnings)]
        prepared = item.outcome.prepared
        if not isinstance(prepared, Prepared):
            prepared = None
        self._fill(asset, shown, extracted, item.metadata, now, prepared)
        session.flush()
        rows, tag_warnings = self._tag_rows(session, asset, extracted, item.metadata,
                                            prepared)
        warnings.extend(clean_text(w) for w in tag_warnings)
        session.execute(delete(AssetTag).where(
            AssetTag.asset_id == asset.id, AssetTag.origin.in_(IMPORT_ORIGINS)
        ))
        session.add_all(
            AssetTag(asset_id=asset.id, facet=r.facet, value_key=r.key, origin=r.origin,
                     score=r.score)
            for r in rows
        )
        asset.notes = "\n".join(warnings)
        queue_for_index(session, [asset.id])
        self._remember_source(session, item, extracted.sha256, asset.id, "imported")
        return FileResult(source_path, status, asset.id, warnings=tuple(warnings))

    def _fill(
        self, asset: Asset, path: Path, extracted: Extracted, meta: FileMetadata,
        now: datetime, prepared: Prepared | None = None,
    ) -> None:
        """Fill ``asset`` from what was read; ``path`` is the source as stored (text).
        ``prepared``: the title and summary a reader worked out the same way, for an
        asset without a person's title (a summary also depends on the title)."""
        if asset.title_origin != "manual":
            if prepared is not None:
                asset.title, asset.title_origin = prepared.title, prepared.title_origin
            else:
                asset.title, asset.title_origin = title_of(meta, extracted, path)
        if asset.summary_origin != "manual":
            if prepared is not None and prepared.title == asset.title:
                asset.summary, asset.summary_origin = (prepared.summary,
                                                       prepared.summary_origin)
            else:
                asset.summary, asset.summary_origin = summary_of(meta, extracted,
                                                                 asset.title)
        asset.sha256 = extracted.sha256
        asset.format = extracted.format
        asset.source_name = path.name
        asset.pages = extracted.pages
        asset.has_text = extracted.has_text
        asset.author = extracted.author
        asset.doc_created = _naive_utc(extracted.created)
        asset.doc_modified = _naive_utc(extracted.modified)
        asset.expires_on = meta.expires
        asset.updated_at = now
        if asset.text is None:
            asset.text = AssetText(body=extracted.text)
        else:
            asset.text.body = extracted.text

    def _tag_rows(
        self, session: Session, asset: Asset, extracted: Extracted, meta: FileMetadata,
        prepared: Prepared | None = None,
    ) -> tuple[list[TagRow], list[str]]:
        """Tags from the file's properties, its manifest or sidecar, and suggestions.

        Suggestions use the taxonomy as it was when the import began, so an asset's tags
        do not depend on the order its files finished reading in (a competitor a sidecar
        adds mid-import is suggested from the next import on). Those a reader made
        (``prepared``) are taken when made from this asset's title, summary and kind."""
        taxonomy = self._taxonomy
        rows = tags_from_properties(taxonomy, extracted.keywords, extracted.category)
        warnings: list[str] = []
        for facet, raw_values in meta.facets.items():
            origin = meta.origin[facet]
            spec = taxonomy.facet(facet)
            keys: list[str] = []
            for raw in raw_values:
                key = taxonomy.resolve(facet, raw)
                if key is None and spec.open:
                    key = taxonomy_store.ensure_value(session, facet, raw)
                if key is None:
                    known = ", ".join(v.key for v in spec.values)
                    warnings.append(
                        f"{origin}: {facet} '{raw}' is not in the taxonomy, so it was left "
                        f"out; use one of: {known}"
                    )
                elif key not in keys:
                    keys.append(key)
            if not spec.multi:
                keys = keys[:1]
            rows.extend(TagRow(facet, key, origin) for key in keys)
        # The file's name, folder and shape weigh in; a kind the file's metadata names
        # sets the stage the suggestions lean to.
        known_kind = next((r.key for r in rows if r.facet == "kind"), None)
        suggestions = None
        if prepared is not None:
            suggestions = prepared.suggestions_for(asset.title, asset.summary, known_kind,
                                                   asset.source_path)
        if suggestions is None:
            suggestions = suggested(taxonomy, self.learned, asset.title, asset.summary,
                                    extracted, known_kind, asset.source_path)
        suggestions = without_rejected(session, asset.id, suggestions)
        rows.extend(TagRow(s.facet, s.key, "suggestion", s.score) for s in suggestions)
        rows.extend(_fallback_hints(rows, extracted))
        return rows, warnings

    def _remember_source(
        self, session: Session, item: PendingFile, sha256: str, asset_id: int, status: str
    ) -> None:
        source = session.get(ImportSource, path_text(item.outcome.path))
        if source is None:
            source = ImportSource(path=path_text(item.outcome.path))
            session.add(source)
        source.size = item.stat.st_size
        source.mtime_ns = item.stat.st_mtime_ns
        source.sha256 = sha256
        source.asset_id = asset_id
        source.status = status
        source.metadata_stamp = item.metadata.stamp


def _fallback_hints(rows: list[TagRow], extracted: Extracted) -> list[TagRow]:
    """Weak kind and stage hints, so every asset lands somewhere sensible.

    The suggestions name a kind for almost every file (from its shape when its words say
    nothing); this covers the rest (a suggested kind a person rejected, a taxonomy with
    no "other"). The confidence is low, below any argued suggestion's: a guess."""
    guess = 0.2  # the confidence of a guess: below any argued suggestion's
    hints: list[TagRow] = []
    kinds = [r.key for r in rows if r.facet == "kind"]
    if not kinds:
        kind = FORMAT_KIND_HINTS.get(extracted.format, "other")
        if kind == "roi_calculator" and not extracted.formulas:
            kind = "other"  # a workbook that computes nothing is no calculator
        hints.append(TagRow("kind", kind, "suggestion", guess))
        kinds = [kind]
    if not any(r.facet == "stage" for r in rows):
        for stage in KIND_STAGE_HINTS.get(kinds[0], ())[:1]:
            hints.append(TagRow("stage", stage, "suggestion", guess))
    return hints


def _naive_utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment
