"""Tell a file's real type from its first bytes, not from its name."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from enablement.imports.extract import ExtractionFailed

BY_SUFFIX = {".pdf": "pdf", ".docx": "docx", ".pptx": "pptx", ".xlsx": "xlsx",
             ".md": "md", ".markdown": "md", ".txt": "txt"}
INVALID = {
    "pdf": "not a valid PDF (damaged or incomplete)",
    "docx": "not a valid Word file (damaged, or not really a .docx)",
    "pptx": "not a valid PowerPoint file (damaged, or not really a .pptx)",
    "xlsx": "not a valid Excel file (damaged, or not really a .xlsx)",
    "md": "not a readable text file",
    "txt": "not a readable text file",
}
OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


def format_from_name(path: Path) -> str | None:
    return BY_SUFFIX.get(path.suffix.casefold())


def invalid_reason(fmt: str) -> str:
    return INVALID[fmt]


def format_from_bytes(data: bytes, named: str | None) -> str:
    head = data[:1024]
    if head.startswith(OLE2_MAGIC):
        wanted = {"docx": ".docx", "pptx": ".pptx", "xlsx": ".xlsx"}.get(named or "", ".docx")
        raise ExtractionFailed(
            f"a password-protected or old-format Office file: save it as {wanted} "
            "without a password"
        )
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile as exc:
            raise ExtractionFailed(INVALID.get(named or "docx", INVALID["docx"])) from exc
        for prefix, fmt in (("word/", "docx"), ("ppt/", "pptx"), ("xl/", "xlsx")):
            if any(name.startswith(prefix) for name in names):
                return fmt
        raise ExtractionFailed("a zip archive, not a Word, PowerPoint or Excel file")
    if named in ("pdf", "docx", "pptx", "xlsx"):
        raise ExtractionFailed(INVALID[named])
    return named or "txt"
