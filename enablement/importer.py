"""Import files into a library: discover, read in parallel, write one batch at a time.

Each file ends with one :class:`Status` and a plain reason. Batches are committed in one
transaction each (a savepoint per file, so one bad row fails alone); an interrupted
import keeps every finished batch, and running it again skips what is already stored
with a stat() per file.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from enablement import taxonomy as taxonomy_store
from enablement.discover import discover
from enablement.errors import Cancelled, UserError
from enablement.extract import Extracted, Limits
from enablement.indexer import queue_for_index
from enablement.manifests import FileMetadata, MetadataReader
from enablement.models import Asset, AssetTag, AssetText, ImportSource, StoredFile
from enablement.pool import DEFAULT_TIME_LIMIT_S, ExtractionPool, Outcome
from enablement.suggest import suggest
from enablement.tagging import IMPORT_ORIGINS, TagRow, tags_from_properties
from enablement.taxonomy import Taxonomy
from enablement.taxonomy_defaults import KIND_STAGE_HINTS

if TYPE_CHECKING:
    from enablement.library import Library

log = logging.getLogger(__name__)

SUMMARY_CHARS = 280
FORMAT_KIND_HINTS = {"pptx": "deck", "xlsx": "roi_calculator"}
UNHELPFUL_TITLES = {"untitled", "title", "document", "presentation", "powerpoint presentation"}


class Status(StrEnum):
    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class FileResult:
    path: str
    status: Status
    asset_id: int | None = None
    reason: str = ""
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path, "status": str(self.status), "asset_id": self.asset_id,
            "reason": self.reason or None, "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class ImportProgress:
    done: int
    total: int
    current: str


@dataclass(frozen=True)
class ImportOptions:
    time_limit: float = DEFAULT_TIME_LIMIT_S
    limits: Limits = field(default_factory=Limits)
    workers: int | None = None
    batch_size: int = 64
    batch_seconds: float = 2.0


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    def counts(self) -> dict[str, int]:
        counts = {str(status): 0 for status in Status}
        for result in self.results:
            counts[str(result.status)] += 1
        return counts

    @property
    def any_failed(self) -> bool:
        return any(r.status is Status.FAILED for r in self.results)


@dataclass
class _Pending:
    outcome: Outcome
    metadata: FileMetadata
    stat: os.stat_result


def _clean_title(title: str | None, source: Path) -> str | None:
    if not title:
        return None
    title = " ".join(title.split())
    if title.casefold() in UNHELPFUL_TITLES or title.casefold().startswith("microsoft "):
        return None
    if title.casefold() == source.name.casefold():
        return None
    return title


def title_from_name(path: Path) -> str:
    return " ".join(path.stem.replace("_", " ").replace("-", " ").split()) or path.name


def _first_paragraph(text: str) -> str:
    for paragraph in text.split("\n\n"):
        words = " ".join(paragraph.split())
        if len(words) >= 40:
            if len(words) > SUMMARY_CHARS:
                words = words[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"
            return words
    return " ".join(text.split())[:SUMMARY_CHARS]


class Importer:
    """One import run; the library's single writer while it runs."""

    def __init__(
        self,
        library: Library,
        options: ImportOptions | None = None,
        cancel: threading.Event | None = None,
        on_result: Callable[[FileResult], None] | None = None,
        on_progress: Callable[[ImportProgress], None] | None = None,
    ) -> None:
        self.library = library
        self.options = options or ImportOptions()
        self.cancel = cancel or threading.Event()
        self.on_result = on_result
        self.on_progress = on_progress
        self.report = ImportReport()
        self._total = 0
        self._taxonomy: Taxonomy = library.taxonomy()

    # -- bookkeeping ----------------------------------------------------------------------

    def _emit(self, result: FileResult) -> None:
        self.report.results.append(result)
        if self.on_result is not None:
            self.on_result(result)
        if self.on_progress is not None:
            self.on_progress(ImportProgress(len(self.report.results), self._total, result.path))

    # -- the run --------------------------------------------------------------------------

    def run(self, paths: Iterable[Path]) -> ImportReport:
        found = list(discover(paths))
        self._total = len(found)
        with self.library.sessions() as session:
            known = {s.path: s for s in session.scalars(select(ImportSource))}
            live_assets = set(session.scalars(select(Asset.id)))
        metadata = MetadataReader()
        to_read: list[Path] = []
        waiting: dict[Path, tuple[FileMetadata, os.stat_result]] = {}
        for item in found:
            if item.missing:
                self._emit(FileResult(str(item.path), Status.FAILED, reason=item.problem or ""))
                continue
            if item.problem:
                self._emit(FileResult(str(item.path), Status.SKIPPED, reason=item.problem))
                continue
            try:
                stat = item.path.stat()
            except OSError as exc:
                self._emit(FileResult(str(item.path), Status.FAILED,
                                      reason=f"cannot be opened ({exc.strerror})"))
                continue
            meta = metadata.for_file(item.path)
            previous = known.get(str(item.path))
            if (
                previous is not None
                and previous.size == stat.st_size
                and previous.mtime_ns == stat.st_mtime_ns
                and previous.metadata_stamp == meta.stamp
                and previous.asset_id in live_assets
            ):
                status = Status.DUPLICATE if previous.status == "duplicate" else Status.UNCHANGED
                self._emit(FileResult(str(item.path), status, previous.asset_id))
                continue
            to_read.append(item.path)
            waiting[item.path] = (meta, stat)
        self._read_and_write(to_read, waiting)
        return self.report

    def _read_and_write(
        self, to_read: list[Path], waiting: dict[Path, tuple[FileMetadata, os.stat_result]]
    ) -> None:
        if not to_read:
            return
        pool = ExtractionPool(
            workers=min(self.options.workers or os.cpu_count() or 1, len(to_read)),
            time_limit=self.options.time_limit,
            limits=self.options.limits,
        )
        batch: list[_Pending] = []
        batch_started = time.monotonic()
        try:
            for outcome in pool.run(to_read, self.cancel):
                meta, stat = waiting[outcome.path]
                batch.append(_Pending(outcome, meta, stat))
                if (
                    len(batch) >= self.options.batch_size
                    or time.monotonic() - batch_started >= self.options.batch_seconds
                ):
                    self._write_batch(batch)
                    batch, batch_started = [], time.monotonic()
        except (Cancelled, KeyboardInterrupt):
            self.report.cancelled = True
        finally:
            # What was read is kept even when the user stopped the import.
            self._write_batch(batch)

    # -- the writer -----------------------------------------------------------------------

    def _write_batch(self, batch: list[_Pending]) -> None:
        if not batch:
            return
        results: list[FileResult] = []
        taxonomy_grew = False
        with self.library.sessions.begin() as session:
            for item in batch:
                if item.outcome.extracted is None:
                    results.append(FileResult(str(item.outcome.path), Status.FAILED,
                                              reason=item.outcome.reason or "could not be read"))
                    continue
                try:
                    with session.begin_nested():
                        result, grew = self._write_one(session, item, item.outcome.extracted)
                except UserError as exc:
                    result, grew = FileResult(str(item.outcome.path), Status.FAILED,
                                              reason=str(exc)), False
                except Exception as exc:
                    log.exception("Could not store %s", item.outcome.path)
                    result, grew = FileResult(
                        str(item.outcome.path), Status.FAILED,
                        reason=f"could not be stored in the library ({type(exc).__name__})",
                    ), False
                results.append(result)
                taxonomy_grew = taxonomy_grew or grew
        if taxonomy_grew:
            self._taxonomy = self.library.taxonomy()
        self.library.drain_index()
        for result in results:
            self._emit(result)

    def _write_one(
        self, session: Session, item: _Pending, extracted: Extracted
    ) -> tuple[FileResult, bool]:
        path = item.outcome.path
        source_path = str(path)
        asset = session.scalar(select(Asset).where(Asset.source_path == source_path))
        if asset is None:
            twin = session.scalar(select(Asset).where(Asset.sha256 == extracted.sha256).limit(1))
            if twin is not None:
                self._remember_source(session, item, extracted.sha256, twin.id, "duplicate")
                return FileResult(
                    source_path, Status.DUPLICATE, twin.id,
                    reason=f"same content as '{twin.title}' ({twin.source_name})",
                ), False
        extension = "." + extracted.format
        self.library.content.put(path, extracted.sha256, extension)
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
        warnings = [*item.metadata.warnings, *extracted.warnings]
        self._fill(asset, path, extracted, item.metadata, now)
        session.flush()
        rows, tag_warnings, grew = self._tag_rows(session, asset, extracted, item.metadata)
        warnings.extend(tag_warnings)
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
        return FileResult(source_path, status, asset.id, warnings=tuple(warnings)), grew

    def _fill(
        self, asset: Asset, path: Path, extracted: Extracted, meta: FileMetadata, now: datetime
    ) -> None:
        if asset.title_origin != "manual":
            property_title = _clean_title(extracted.title, path)
            if meta.title:
                asset.title, asset.title_origin = meta.title, meta.origin["title"]
            elif property_title:
                asset.title, asset.title_origin = property_title, "properties"
            else:
                asset.title, asset.title_origin = title_from_name(path), "file name"
        if asset.summary_origin != "manual":
            if meta.summary:
                asset.summary, asset.summary_origin = meta.summary, meta.origin["summary"]
            elif extracted.subject:
                asset.summary, asset.summary_origin = extracted.subject.strip(), "properties"
            else:
                asset.summary, asset.summary_origin = _first_paragraph(extracted.text), "extracted"
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
        self, session: Session, asset: Asset, extracted: Extracted, meta: FileMetadata
    ) -> tuple[list[TagRow], list[str], bool]:
        taxonomy = self._taxonomy
        rows = tags_from_properties(taxonomy, extracted.keywords, extracted.category)
        warnings: list[str] = []
        grew = False
        for facet, raw_values in meta.facets.items():
            origin = meta.origin[facet]
            spec = taxonomy.facet(facet)
            keys: list[str] = []
            for raw in raw_values:
                key = taxonomy.resolve(facet, raw)
                if key is None and spec.open:
                    key = taxonomy_store.ensure_value(session, facet, raw)
                    grew = True
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
        suggestions = suggest(taxonomy, asset.title, asset.summary, extracted.text)
        rows.extend(TagRow(s.facet, s.key, "suggestion", s.score) for s in suggestions)
        rows.extend(_fallback_hints(rows, extracted))
        return rows, warnings, grew

    def _remember_source(
        self, session: Session, item: _Pending, sha256: str, asset_id: int, status: str
    ) -> None:
        source = session.get(ImportSource, str(item.outcome.path))
        if source is None:
            source = ImportSource(path=str(item.outcome.path))
            session.add(source)
        source.size = item.stat.st_size
        source.mtime_ns = item.stat.st_mtime_ns
        source.sha256 = sha256
        source.asset_id = asset_id
        source.status = status
        source.metadata_stamp = item.metadata.stamp


def _fallback_hints(rows: list[TagRow], extracted: Extracted) -> list[TagRow]:
    """Weak kind and stage hints, so every asset lands somewhere sensible."""
    hints: list[TagRow] = []
    kinds = [r.key for r in rows if r.facet == "kind"]
    if not kinds:
        kind = FORMAT_KIND_HINTS.get(extracted.format, "other")
        hints.append(TagRow("kind", kind, "suggestion", 0.5))
        kinds = [kind]
    if not any(r.facet == "stage" for r in rows):
        for stage in KIND_STAGE_HINTS.get(kinds[0], ()):
            hints.append(TagRow("stage", stage, "suggestion", 0.5))
    return hints


def _naive_utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment
