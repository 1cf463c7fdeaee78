"""ISO/IEC 29500 Strict Word, PowerPoint and Excel files, read as Transitional ones.

python-docx, python-pptx and openpyxl know only the Transitional vocabulary. A Strict
package says the same things under other namespace and relationship-type URIs
(``http://purl.oclc.org/ooxml/...``), so those readers call it damaged (or, openpyxl, find
no cells). Renaming just those URIs, in memory, lets the same readers and the same guards
handle both flavours: no second parser, and nothing here parses XML at all (the bytes are
only searched), so no XML bomb can go off in this module.

Callers run :func:`enablement.imports.extract.guards.check_zip` first (``extract_file`` does): it
bounds what reading every member here may unpack.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from typing import AnyStr

STRICT = "http://purl.oclc.org/ooxml/"
TRANSITIONAL = "http://schemas.openxmlformats.org/"
# The vocabularies ISO/IEC 29500-1 renamed; "package" is not one, but some writers use it.
AREAS = frozenset({"wordprocessingml", "presentationml", "spreadsheetml", "drawingml",
                   "officeDocument", "schemaLibrary", "package"})
# The only names whose spelling differs, not just their prefix (Strict camelCase; the
# hyphenated Strict spelling some writers use passes through unchanged).
RENAMED = {"extendedProperties": "extended-properties", "customProperties": "custom-properties"}
XML_SUFFIXES = (".xml", ".rels", ".vml")
HEAD_BYTES = 16 * 1024  # enough for any root element's namespace declarations
MARKERS = tuple(STRICT[7:].encode(codec) for codec in ("ascii", "utf-16-le", "utf-16-be"))
_VALUE = r"""(=[ \t\r\n]*)(["'])(http://purl\.oclc\.org/ooxml/[A-Za-z0-9._/-]+)\2"""
VALUE_BYTES = re.compile(_VALUE.encode("ascii"))
VALUE_TEXT = re.compile(_VALUE)


def transitional_uri(uri: str) -> str | None:
    """The Transitional twin of a Strict namespace or relationship type; None if not one."""
    if not uri.startswith(STRICT):
        return None
    area, _, rest = uri[len(STRICT):].partition("/")
    if area not in AREAS or not rest:
        return None
    folder, _, name = rest.rpartition("/")
    rest = f"{folder}/{RENAMED.get(name, name)}" if folder else RENAMED.get(name, name)
    if area == "officeDocument" and rest.startswith("relationships/metadata/"):
        area = "package"  # core properties and thumbnails are OPC relationships
    return f"{TRANSITIONAL}{area}/2006/{rest}"


def as_transitional(data: bytes) -> bytes:
    """``data`` itself when it is not a Strict package, else a copy with Transitional URIs.

    A file that is not a zip at all is returned as it is, for the reader to reject with
    its usual "damaged" reason.
    """
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return data
    with source:
        if not is_strict(source):
            return data
        return _rewritten(source)


def is_strict(archive: zipfile.ZipFile) -> bool:
    """Whether any XML part declares or names a Strict URI near its start."""
    for member in archive.infolist():
        if not member.filename.lower().endswith(XML_SUFFIXES):
            continue
        with archive.open(member) as handle:
            head = handle.read(HEAD_BYTES)
        if any(marker in head for marker in MARKERS):
            return True
    return False


def _rewritten(source: zipfile.ZipFile) -> bytes:
    """The package again with its XML parts renamed; images and media are copied as they
    are, stored rather than compressed again (they rarely shrink, and it saves the time)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for member in source.infolist():
            payload = source.read(member)
            info = zipfile.ZipInfo(member.filename, date_time=member.date_time)
            if member.filename.lower().endswith(XML_SUFFIXES):
                info.compress_type = zipfile.ZIP_DEFLATED
                target.writestr(info, rewrite_part(payload), compresslevel=1)
            else:
                info.compress_type = zipfile.ZIP_STORED
                target.writestr(info, payload)
    return buffer.getvalue()


def rewrite_part(xml: bytes) -> bytes:
    """One XML part with every Strict URI in an attribute value (namespace declarations,
    relationship types, graphic-data URIs) renamed; text the reader sees is never touched."""
    if xml.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _rewrite(xml.decode("utf-16"), VALUE_TEXT).encode("utf-16")
    return _rewrite(xml, VALUE_BYTES)


def _rewrite(xml: AnyStr, pattern: re.Pattern[AnyStr]) -> AnyStr:
    lt, gt = ("<", ">") if isinstance(xml, str) else (b"<", b">")
    seen = {"upto": 0, "in_tag": False}  # scanned so far, so the whole pass stays linear

    def swap(match: re.Match[AnyStr]) -> AnyStr:
        start = match.start()
        last_lt, last_gt = xml.rfind(lt, seen["upto"], start), xml.rfind(gt, seen["upto"], start)
        if last_lt != last_gt:  # both are -1 when neither bracket came since the last match
            seen["in_tag"] = last_lt > last_gt
        seen["upto"] = match.end()
        uri = match.group(3)
        new = transitional_uri(uri if isinstance(uri, str) else uri.decode("ascii"))
        if not seen["in_tag"] or new is None:
            return match.group(0)  # between tags it is the document's own words: kept
        renamed = new if isinstance(uri, str) else new.encode("ascii")
        return match.group(1) + match.group(2) + renamed + match.group(2)

    return pattern.sub(swap, xml)
