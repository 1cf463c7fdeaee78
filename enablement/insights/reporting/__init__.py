"""Marketing's report of the Insights, as CSV tables, one HTML file or a PDF.

Core code: no Qt, so the command line, the window and tests share it. Every report is
rendered in memory first and then written atomically (a temporary file in the target
folder, then ``os.replace``): a failure (disk full, no permission, a file open in Excel)
leaves the previous report or nothing, never half a file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from enablement.errors import UserError
from enablement.insights.figures import Insights
from enablement.paths import ensure_folder

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
    """Write every file atomically; on any failure remove the temporary files and raise a
    UserError naming the path (files already replaced stay whole)."""
    pending: list[tuple[Path, Path]] = []
    target = next(iter(files), Path())
    try:
        for target, data in files.items():
            _folder(target.parent)
            if target.is_dir():
                raise UserError(f"{target} is a folder; choose a file name for the report.")
            # Not mkstemp: its 0600 would make the report unreadable to others; open()
            # gives the usual permissions (0666 less the umask).
            temp = target.parent / f"{TEMP_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}"
            with temp.open("xb") as stream:
                pending.append((temp, target))
                stream.write(data)
        for temp, target in pending:
            os.replace(temp, target)
    except OSError as exc:
        raise UserError(f"Cannot write the report {target}: {exc.strerror or exc}; {ADVICE}, "
                        "or close the file if another program has it open.") from exc
    finally:
        for temp, _target in pending:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
    return list(files)
