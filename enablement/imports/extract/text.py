"""Markdown and plain text: UTF-8 first, Windows-1252 as the fallback of old editors."""

from __future__ import annotations

import re

from enablement.imports.extract import ExtractionFailed, Parsed
from enablement.imports.titles import first_line_heading

HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)
FRONT_TITLE = re.compile(r"\A---\s*\n(?:.*\n){0,40}?title:\s*(.+?)\s*\n(?:.*\n){0,40}?---",
                         re.MULTILINE)


def parse_text(data: bytes, markdown: bool) -> Parsed:
    if b"\x00" in data[:65536]:
        raise ExtractionFailed("not a text file (it contains binary data)")
    warnings: tuple[str, ...] = ()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        warnings = ("not UTF-8; read as Windows-1252 text",)
    title = heading = None
    if markdown:
        match = HEADING.search(text)
        heading = match.group(1).strip() if match else first_line_heading(text)
        front = FRONT_TITLE.match(text)  # a static site's "title:" is the file's property
        title = front.group(1).strip("'\" ") if front else heading
    else:
        heading = first_line_heading(text)
    return Parsed(text=text, title=title, warnings=warnings, heading=heading)
