"""The evaluation library's labels laid out as a team that tagged its files would have
them: the files copied into a folder, with a ``manifest.csv`` per folder holding the
labels (or without, for files the library must tag itself). Shared by
``bench/bench_learning.py`` and the tests of learned suggestions."""

from __future__ import annotations

import csv
import shutil
from collections import defaultdict
from pathlib import Path

MANIFEST_COLUMNS = ("kind", "stages", "objections", "competitors", "industries", "personas")


def split_cell(cell: str) -> list[str]:
    """The values of a ``labels.csv`` cell ("a; b")."""
    return [part.strip() for part in (cell or "").split(";") if part.strip()]


def place(rows: list[dict[str, str]], files: Path, target: Path, manifests: bool) -> None:
    """Copy the labelled files ``rows`` name from ``files`` into ``target`` (same
    relative paths); with ``manifests``, their labels beside them, the primary stage
    first."""
    by_folder: dict[Path, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        destination = target / row["path"]
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(files / row["path"], destination)
        by_folder[destination.parent].append(row)
    if not manifests:
        return
    for folder, folder_rows in by_folder.items():
        with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["file", *MANIFEST_COLUMNS])
            for row in folder_rows:
                stages = [row["primary_stage"], *(s for s in split_cell(row["stages"])
                                                  if s != row["primary_stage"])]
                cells = {**row, "stages": ";".join(stages)}
                writer.writerow([Path(row["path"]).name,
                                 *(cells[column] for column in MANIFEST_COLUMNS)])
