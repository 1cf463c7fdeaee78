"""Marketing's report of the Insights, as CSV tables, one HTML file or a PDF.

Core code: no Qt, so the command line, the window and tests share it. Every report is
rendered in memory first and then written atomically (``store.atomic``: a temporary file
in the target folder, then ``os.replace``): a failure (disk full, no permission, a file
open in Excel) leaves the previous report or nothing, never half a file. New files get
the mode any new file gets (0666 less the umask), so colleagues can open them.
"""

from __future__ import annotations

import contextlib
from functools import partial
from pathlib import Path
from typing import BinaryIO

from enablement.errors import UserError
from enablement.insights.figures import Insights
from enablement.paths import ensure_folder
from enablement.store.atomic import StagedFile, staged

FORMATS = ("csv", "html", "pdf")
DEFAULT_NAME = "content-insights"
TEMP_PREFIX, TEMP_SUFFIX = ".enablement-report-", ".partial"
ADVICE = "choose a folder you can write to"


def write_report(insights: Insights, fmt: str, out: Path) -> list[Path]:
    """Write the report and return the files written.

    ``csv``: ``out`` ending in .csv gets the scorecard and siblings ``<stem>-<table>.csv``
    the other tables; any other ``out`` is a folder (created) of ``<table>.csv`` files.
    ``html``/``pdf``: ``out`` is the file (``.html``/``.pdf`` added when it has no
    suffix), or, when it is an existing folder, ``content-insights.<fmt>`` in it.
    """
    fmt = (fmt or "").strip().lower().lstrip(".")
    if fmt not in FORMATS:
        raise UserError(f"Unknown report format '{fmt}'; choose one of "
                        f"{', '.join(FORMATS)}.")
    out = Path(out).expanduser()
    # Renderers are imported on demand: fpdf2 (with Pillow and fontTools) is slow to import
    # and only the PDF needs it.
    if fmt == "csv":
        from enablement.insights.reporting import csvout

        paths = csvout.csv_paths(out)
        texts = csvout.render_tables(insights)
        files = {paths[name]: texts[name].encode("utf-8") for name in csvout.TABLES}
    else:
        target = out / f"{DEFAULT_NAME}.{fmt}" if out.is_dir() else (
            out if out.suffix else out.with_suffix(f".{fmt}"))
        if fmt == "html":
            from enablement.insights.reporting.html import render_html

            files = {target: render_html(insights).encode("utf-8")}
        else:
            from enablement.insights.reporting.pdf import render_pdf

            files = {target: render_pdf(insights)}
    return write_files(files)


def _folder(folder: Path) -> None:
    """``folder`` made to exist, or a UserError naming what stands in the way."""
    for parent in (folder, *folder.parents):
        if parent.exists():
            if not parent.is_dir():
                raise UserError(f"{parent} is a file, not a folder, so the report cannot go "
                                f"in {folder}; {ADVICE}.")
            break
    ensure_folder(folder, "folder", ADVICE)


def write_files(files: dict[Path, bytes]) -> list[Path]:
    """Write every file atomically (``store.atomic``), all before naming any, so a failure
    halfway (a disk filling up) leaves the whole old set; on any failure remove the
    temporary files and raise a UserError naming the path (files already replaced stay
    whole)."""
    target = next(iter(files), Path())
    try:
        with contextlib.ExitStack() as temporaries:
            pending: list[tuple[StagedFile, Path]] = []
            for target, data in files.items():
                _folder(target.parent)
                if target.is_dir():
                    raise UserError(f"{target} is a folder; choose a file name for the report.")
                written = temporaries.enter_context(staged(
                    target.parent, partial(_write_bytes, data), prefix=TEMP_PREFIX,
                    suffix=TEMP_SUFFIX))
                pending.append((written, target))
            for written, target in pending:
                written.replace(target)
    except OSError as exc:
        raise UserError(f"Cannot write the report {target}: {exc.strerror or exc}; {ADVICE}, "
                        "or close the file if another program has it open.") from exc
    return list(files)


def _write_bytes(data: bytes, out: BinaryIO) -> None:
    out.write(data)
