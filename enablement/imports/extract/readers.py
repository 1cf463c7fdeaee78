"""The older readers under the one signature the format registry calls: (data, limits).

``enablement.formats`` names one reader per format; these adapt the readers that
predate it (they take no limits, or a Markdown flag). A new format's reader takes
``(data, limits)`` itself and needs nothing here. The parser libraries stay unimported
until a reader runs (each reader module imports its library inside the function).
"""

from __future__ import annotations

from enablement.imports.extract import Limits, Parsed
from enablement.imports.extract.office import parse_docx, parse_pptx
from enablement.imports.extract.pdf import parse_pdf
from enablement.imports.extract.text import parse_text


def read_pdf(data: bytes, limits: Limits) -> Parsed:
    return parse_pdf(data)


def read_docx(data: bytes, limits: Limits) -> Parsed:
    return parse_docx(data)


def read_pptx(data: bytes, limits: Limits) -> Parsed:
    return parse_pptx(data)


def read_markdown(data: bytes, limits: Limits) -> Parsed:
    return parse_text(data, markdown=True)


def read_text(data: bytes, limits: Limits) -> Parsed:
    return parse_text(data, markdown=False)
