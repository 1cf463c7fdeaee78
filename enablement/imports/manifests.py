"""Metadata a marketer writes beside the files: a folder manifest or a per-file sidecar.

* ``manifest.csv`` in a folder, one row per file, header
  ``file,title,kind,stage,objections,competitor,industry,persona,summary,expires``;
  several values in one cell are separated by ``;``.
* ``<file name>.meta.json`` beside one file, an object with the same keys (lists allowed).

A sidecar is more specific than the manifest, so its fields win where both speak.
Problems are reported as warnings naming the file, line and field; they never stop an
import. A file whose name is too long to have a sidecar (the sidecar's name would pass
the file system's 255-byte limit) simply has none.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from enablement.text import clean_text, path_text

MANIFEST_NAME = "manifest.csv"
SIDECAR_SUFFIX = ".meta.json"
FIELD_TO_FACET = {
    "kind": "kind", "stage": "stage", "stages": "stage", "objection": "objection",
    "objections": "objection", "competitor": "competitor", "competitors": "competitor",
    "industry": "industry", "industries": "industry", "persona": "persona",
    "personas": "persona",
}
TEXT_FIELDS = ("title", "summary", "expires")
KNOWN_FIELDS = frozenset({"file", *FIELD_TO_FACET, *TEXT_FIELDS})
MAX_METADATA_BYTES = 5 * 1024 * 1024  # read in the importer itself: a bigger one is a mistake
NO_SUCH_FILE = (errno.ENOENT, errno.ENOTDIR, errno.ENAMETOOLONG)


@dataclass
class FileMetadata:
    """What a manifest row and/or sidecar says about one file."""

    origin: dict[str, str] = field(default_factory=dict)  # field -> "manifest" | "sidecar"
    title: str | None = None
    summary: str | None = None
    expires: date | None = None
    facets: dict[str, list[str]] = field(default_factory=dict)  # facet -> raw values
    warnings: list[str] = field(default_factory=list)
    stamp: str = ""  # changes whenever what is said about the file changes


def is_metadata_file(path: Path) -> bool:
    return path.name.casefold() == MANIFEST_NAME or path.name.casefold().endswith(SIDECAR_SUFFIX)


def _split(value: object) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(";")
    return [clean_text(str(item)).strip() for item in items if str(item).strip()]


def _apply(meta: FileMetadata, record: dict[str, object], origin: str, where: str) -> None:
    for name, raw in record.items():
        key = (name or "").strip().casefold()
        if key == "file" or raw in (None, "", []):
            continue
        if key not in KNOWN_FIELDS:
            meta.warnings.append(f"{where}: unknown field '{clean_text(str(name))}' ignored")
            continue
        if key in FIELD_TO_FACET:
            meta.facets[FIELD_TO_FACET[key]] = _split(raw)
            meta.origin[FIELD_TO_FACET[key]] = origin
        elif key == "expires":
            try:
                meta.expires = date.fromisoformat(str(raw).strip())
                meta.origin["expires"] = origin
            except ValueError:
                meta.warnings.append(
                    f"{where}: expires '{clean_text(str(raw))}' is not a date; write it as "
                    "YYYY-MM-DD"
                )
        else:  # JSON may spell a lone surrogate ("\\ud800"), which cannot be stored
            setattr(meta, key, clean_text(str(raw)).strip())
            meta.origin[key] = origin


def _read_small_text(path: Path) -> str | None:
    """The UTF-8 text of a metadata file, or None when there is no such file.

    Raises OSError or ValueError (with a reason to show) when it is there but unusable.
    A pipe or device under a metadata name would block the import forever, so only a
    regular file is read, and only up to ``MAX_METADATA_BYTES``.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno in NO_SUCH_FILE:
            return None
        raise
    if not stat.S_ISREG(info.st_mode):
        raise ValueError("not a regular file")
    if info.st_size > MAX_METADATA_BYTES:
        raise ValueError(f"larger than {MAX_METADATA_BYTES // (1024 * 1024)} MB")
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError("not UTF-8 text") from exc


class MetadataReader:
    """Reads manifests once per folder and sidecars per file during one import."""

    def __init__(self) -> None:
        self._manifests: dict[Path, tuple[dict[str, tuple[int, dict]], list[str], str]] = {}

    def _manifest(self, folder: Path) -> tuple[dict[str, tuple[int, dict]], list[str], str]:
        if folder not in self._manifests:
            self._manifests[folder] = _read_manifest(folder / MANIFEST_NAME)
        return self._manifests[folder]

    def for_file(self, path: Path) -> FileMetadata:
        meta = FileMetadata()
        rows, manifest_warnings, manifest_stamp = self._manifest(path.parent)
        stamp_parts: list[str] = []
        if manifest_warnings:
            meta.warnings.extend(manifest_warnings)
        row = rows.get(path.name.casefold())
        if row is not None:
            line, record = row
            _apply(meta, record, "manifest", f"{MANIFEST_NAME} line {line}")
            stamp_parts.append(json.dumps(record, sort_keys=True, default=str))
        elif manifest_stamp:
            stamp_parts.append("in-folder-manifest-without-row")
        record = _read_sidecar(path.with_name(path.name + SIDECAR_SUFFIX), meta)
        if record is not None:
            stamp_parts.append(json.dumps(record, sort_keys=True, default=str))
        if stamp_parts:
            meta.stamp = hashlib.sha256("\n".join(stamp_parts).encode()).hexdigest()[:16]
        return meta


def _read_sidecar(sidecar: Path, meta: FileMetadata) -> dict | None:
    """Apply ``sidecar`` to ``meta``; the record applied, or None (none, or unusable)."""
    shown = path_text(sidecar.name)
    try:
        text = _read_small_text(sidecar)
    except OSError as exc:
        meta.warnings.append(f"{shown}: cannot be read ({exc.strerror}); fix it and import "
                             "again")
        return None
    except ValueError as exc:
        meta.warnings.append(f"{shown}: cannot be read ({exc}); fix it and import again")
        return None
    if text is None:
        return None
    try:
        record = json.loads(text)
        if not isinstance(record, dict):
            raise ValueError("expected a JSON object")
    except ValueError as exc:
        meta.warnings.append(f"{shown}: not valid JSON ({exc}); fix it and import again")
        return None
    _apply(meta, record, "sidecar", shown)
    return record


def _read_manifest(path: Path) -> tuple[dict[str, tuple[int, dict]], list[str], str]:
    """Rows keyed by file name (case folded), warnings, and a stamp of the file."""
    try:
        text = _read_small_text(path)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        return {}, [f"{path_text(path)}: cannot be read as UTF-8 CSV ({reason}); save it as "
                    "CSV UTF-8"], ""
    if text is None:
        return {}, [], ""
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "file" not in [n.strip().casefold() for n in reader.fieldnames]:
        return {}, [f"{path_text(path)}: the first row must be a header with a 'file' column"], ""
    rows: dict[str, tuple[int, dict]] = {}
    warnings: list[str] = []
    for line_number, record in enumerate(reader, start=2):
        record = {(k or "").strip().casefold(): v for k, v in record.items()}
        name = (record.get("file") or "").strip()
        if not name:
            warnings.append(f"{path.name} line {line_number}: no file name; row ignored")
            continue
        rows[name.casefold()] = (line_number, record)
    stamp = hashlib.sha256(text.encode()).hexdigest()[:16]
    return rows, warnings, stamp
