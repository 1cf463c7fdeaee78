"""Tell a file's real type from its first bytes, not from its name.

The signatures come from the format registry (``enablement.formats``): a format's
magic bytes, or the folder that marks its Office Open XML package.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from enablement import formats
from enablement.imports.extract import ExtractionFailed

OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # .doc/.xls/.ppt, and password-protected files
ZIP_MAGIC = b"PK\x03\x04"
HEAD_BYTES = 1024


def format_from_name(path: Path) -> str | None:
    fmt = formats.for_extension(path.suffix)
    return fmt.key if fmt is not None else None


def invalid_reason(fmt: str) -> str:
    return formats.by_key(fmt).invalid


def _package_labels() -> str:
    """Every package format as a person reads them: "Word, PowerPoint or Excel"."""
    labels = [fmt.label for fmt in formats.PACKAGES]
    return " or ".join(filter(None, (", ".join(labels[:-1]), labels[-1])))


def format_from_bytes(data: bytes, named: str | None) -> str:
    head = data[:HEAD_BYTES]
    if head.startswith(OLE2_MAGIC):
        wanted = formats.office_package(named).extension
        raise ExtractionFailed(
            f"a password-protected or old-format Office file: save it as {wanted} "
            "without a password"
        )
    for fmt in formats.FORMATS:
        if fmt.magic is not None and fmt.magic in head:
            return fmt.key
    if head.startswith(ZIP_MAGIC):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile as exc:
            raise ExtractionFailed(invalid_reason(named or formats.office_package(None).key)) \
                from exc
        for fmt in formats.PACKAGES:
            if any(name.startswith(fmt.package_folder or "") for name in names):
                return fmt.key
        raise ExtractionFailed(f"a zip archive, not a {_package_labels()} file")
    if named is not None and formats.by_key(named).has_signature:
        raise ExtractionFailed(invalid_reason(named))
    return named or formats.TEXT_FALLBACK
