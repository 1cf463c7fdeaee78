"""Refuse zip and XML bombs before any parser sees them."""

from __future__ import annotations

import io
import zipfile

from enablement.imports.extract import ExtractionFailed, Limits
from enablement.imports.extract.sniff import invalid_reason

BIG_MEMBER = 10 * 1024 * 1024
SCAN_BYTES = 64 * 1024


def check_zip(data: bytes, fmt: str, limits: Limits) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise ExtractionFailed(invalid_reason(fmt)) from exc
    total = sum(m.file_size for m in members)
    limit_mb = limits.max_unpacked_bytes // (1024 * 1024)
    bomb = f"unpacks to more than {limit_mb} MB (a zip bomb?); not opened"
    if total > limits.max_unpacked_bytes:
        raise ExtractionFailed(bomb)
    for member in members:
        ratio = member.file_size / max(1, member.compress_size)
        if member.file_size > BIG_MEMBER and ratio > limits.max_ratio:
            raise ExtractionFailed(bomb)
    for member in members:
        if not member.filename.endswith((".xml", ".rels")):
            continue
        try:
            with archive.open(member) as handle:
                head = handle.read(SCAN_BYTES)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise ExtractionFailed(invalid_reason(fmt)) from exc
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise ExtractionFailed("contains XML entity declarations (unsafe); not opened")
