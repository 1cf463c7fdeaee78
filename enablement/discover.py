"""Turn the paths a user gave into the files an import will consider."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from enablement.extract import SUPPORTED_EXTENSIONS
from enablement.manifests import is_metadata_file

OLD_OFFICE = {".doc": ".docx", ".ppt": ".pptx", ".xls": ".xlsx", ".rtf": ".docx"}


@dataclass(frozen=True)
class Found:
    path: Path
    problem: str | None = None  # why it will not be read ("skipped"), or None
    missing: bool = False  # the path given does not exist ("failed")


def _ignored(path: Path) -> bool:
    name = path.name
    return (
        name.startswith(".")
        or name.startswith("~$")  # Office lock files
        or is_metadata_file(path)
        or name in {"Thumbs.db", "desktop.ini"}
    )


def _unsupported_reason(path: Path) -> str | None:
    suffix = path.suffix.casefold()
    if suffix in SUPPORTED_EXTENSIONS:
        return None
    if suffix in OLD_OFFICE:
        return f"old Office format {suffix}: save it as {OLD_OFFICE[suffix]} and import again"
    kinds = "PDF, DOCX, PPTX, XLSX, Markdown, TXT"
    shown = suffix or "(no extension)"
    return f"unsupported file type {shown}; supported: {kinds}"


def discover(paths: Iterable[Path]) -> Iterator[Found]:
    """Files under each path (recursively, sorted), hidden and metadata files left out."""
    seen: set[Path] = set()
    for given in paths:
        given = given.expanduser()
        if given.is_dir():
            for folder, subfolders, names in os.walk(given):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                for name in sorted(names):
                    path = Path(folder, name).absolute()
                    if path not in seen and not _ignored(path):
                        seen.add(path)
                        yield Found(path, _unsupported_reason(path))
        elif given.is_file():
            path = given.absolute()
            if path not in seen and not is_metadata_file(path):
                seen.add(path)
                yield Found(path, _unsupported_reason(path))
        else:
            yield Found(given.absolute(), "no such file or folder", missing=True)
