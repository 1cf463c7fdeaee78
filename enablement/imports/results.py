"""What an import reports: a status per file, progress, the options it ran with."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

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
    follow_links: bool = False  # read links that lead out of the chosen folders


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False
    disk_full: str | None = None  # when the disk filled up: what happened, what to do

    def counts(self) -> dict[str, int]:
        counts = {str(status): 0 for status in Status}
        for result in self.results:
            counts[str(result.status)] += 1
        return counts

    @property
    def any_failed(self) -> bool:
        return any(r.status is Status.FAILED for r in self.results)
