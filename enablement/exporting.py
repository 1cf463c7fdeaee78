"""Copy selected assets out of the library under their own names, e.g. to attach to mail.

Each file is written under a temporary name and renamed, so a half-copied file never
appears; a name already taken gets " (2)"; one asset failing never stops the others.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from enablement.errors import Cancelled, UserError
from enablement.library import Library
from enablement.preview import stored_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportResult:
    asset_id: int
    target: Path | None
    error: str = ""

    def to_json(self) -> dict[str, object]:
        return {"asset_id": self.asset_id, "target": str(self.target) if self.target else None,
                "error": self.error or None}


def free_name(folder: Path, name: str) -> Path:
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while target.exists():
        target = folder / f"{stem} ({number}){suffix}"
        number += 1
    return target


def export_assets(
    library: Library,
    asset_ids: Sequence[int],
    folder: Path,
    cancel: threading.Event | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[ExportResult]:
    from enablement.models import Asset

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot create the folder {folder}: {exc.strerror}.") from exc
    results: list[ExportResult] = []
    for done, asset_id in enumerate(asset_ids):
        if cancel is not None and cancel.is_set():
            raise Cancelled
        try:
            source = stored_path(library, asset_id)
            with library.sessions() as session:
                asset = session.get(Asset, asset_id)
                name = asset.source_name if asset is not None else source.name
            target = free_name(folder, name)
            partial = target.with_name(f".{target.name}.partial")
            shutil.copyfile(source, partial)
            os.replace(partial, target)
            results.append(ExportResult(asset_id, target))
        except UserError as exc:
            results.append(ExportResult(asset_id, None, str(exc)))
        except OSError as exc:
            log.warning("Export of asset %s failed: %s", asset_id, exc)
            results.append(ExportResult(asset_id, None, f"could not be copied to {folder} "
                                                        f"({exc.strerror or exc})"))
        if on_progress is not None:
            on_progress(done + 1, len(asset_ids))
    return results
