"""What an import reports: a status per file, progress, the options it ran with."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from enablement.catalog.learning import LearningSummary
from enablement.imports.extract import Limits
from enablement.imports.extraction_pool import DEFAULT_TIME_LIMIT_S


class Status(StrEnum):
    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class FileTag:
    """One tag a file ended with, and whether a person or a guess gave it."""

    facet: str
    key: str
    label: str
    origin: str          # "suggestion" (waiting for review), "manifest", "manual", ...
    confidence: float

    @property
    def suggested(self) -> bool:
        return self.origin == "suggestion"


@dataclass(frozen=True)
class FileResult:
    path: str
    status: Status
    asset_id: int | None = None
    reason: str = ""
    warnings: tuple[str, ...] = ()
    # The asset's kind, stages and objections once stored (empty for a file not stored).
    tags: tuple[FileTag, ...] = ()

    def tags_of(self, facet: str) -> tuple[FileTag, ...]:
        return tuple(t for t in self.tags if t.facet == facet)

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path, "status": str(self.status), "asset_id": self.asset_id,
            "reason": self.reason or None, "warnings": list(self.warnings),
            "tags": [{"field": t.facet, "value": t.key, "label": t.label,
                      "origin": t.origin, "confidence": t.confidence} for t in self.tags],
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
    follow_links: bool = False  # read links that lead out of the chosen folders
    learn: bool = True  # merge what the library's confirmed tags teach into suggestions
    # The search index takes the stored files once this many wait for it, or the first
    # has waited this long, and at the end. Each index commit writes a segment and folds
    # others in: 1,000 files cost 11 s in 16 commits (one per batch), 9 s in 4, 7 s in 1.
    # A file's row is reported once it is searchable; the progress moves as it is stored.
    index_every: int = 256
    index_seconds: float = 10.0


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False
    disk_full: str | None = None  # when the disk filled up: what happened, what to do
    learning: LearningSummary | None = None  # what the suggestions learned, and its cost

    def counts(self) -> dict[str, int]:
        counts = {str(status): 0 for status in Status}
        for result in self.results:
            counts[str(result.status)] += 1
        return counts

    @property
    def any_failed(self) -> bool:
        return any(r.status is Status.FAILED for r in self.results)
