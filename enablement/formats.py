"""The file formats the library reads: one table, and every list of formats derived from it.

Extraction, sniffing, discovery's messages, the importer's kind hints, previews, the
window's labels and the hub's checks all ask this module, so a new format is one entry
here plus the module that reads it (ARCHITECTURE.md: "a new format is one registry entry").

Nothing here imports a parser. Readers, checks and the modules to warm up are named by
dotted path and imported only by the extraction worker that reads such a file, so the
window, the command line and the hub checks that ask "is .docx supported?" stay light.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from enablement.imports.extract import Limits, Parsed

    Reader = Callable[[bytes, Limits], Parsed]

PreviewKind = Literal["pdf", "text", "markdown", "sheet"]  # what search.preview can show
Check = Callable[[Path], list[str]]


@dataclass(frozen=True)
class Format:
    """One format the library reads, and everything the rest of the app needs to know of it."""

    key: str                         # as stored in the database; ".key" names the stored copy
    extensions: tuple[str, ...]      # lower case, with the dot; the first is the usual one
    noun: str                        # in messages: "named .pptx but is really a Word file"
    label: str                       # the window's short label: "Word"
    listed_as: str                   # in "supported: PDF, DOCX, ..." messages
    invalid: str                     # the reason given when such a file cannot be read
    reader: str                      # "module:function", (data, limits) -> Parsed
    preview: PreviewKind             # what the preview pane shows of it
    warm_up: tuple[str, ...] = ()    # slow imports the reader needs, loaded before the clock
    kind_hint: str | None = None     # the asset kind guessed when nothing better is known
    magic: bytes | None = None       # bytes within the first KB that mark a file of it
    package_folder: str | None = None  # an Office Open XML zip: the folder that marks it
    replaces: tuple[str, ...] = ()   # older extensions to save as this one (".doc")
    no_text_warning: str | None = None  # said when a file of it holds no text at all
    check: str | None = None         # "module:function", path -> warnings, run after reading
    calculator: bool = False         # may open as an ROI calculator (enablement.roi)

    @property
    def extension(self) -> str:
        return self.extensions[0]

    @property
    def is_package(self) -> bool:
        """A zip package: zip and XML bomb guards run before its reader sees it."""
        return self.package_folder is not None

    @property
    def has_signature(self) -> bool:
        """Its files are recognisable from their bytes; one that is not is damaged."""
        return self.magic is not None or self.is_package

    @property
    def modules(self) -> tuple[str, ...]:
        """Every module reading a file of this format imports (see ``extract.warm_up``)."""
        named = [self.reader] + ([self.check] if self.check else [])
        return (*(path.partition(":")[0] for path in named), *self.warm_up)

    def load_reader(self) -> Reader:
        return _load(self.reader)

    def load_check(self) -> Check | None:
        return _load(self.check) if self.check else None


def _load(dotted: str) -> Callable:
    module, _, name = dotted.partition(":")
    return getattr(importlib.import_module(module), name)


FORMATS: tuple[Format, ...] = (
    Format(
        key="pdf", extensions=(".pdf",), noun="a PDF", label="PDF", listed_as="PDF",
        invalid="not a valid PDF (damaged or incomplete)",
        reader="enablement.imports.extract.readers:read_pdf", warm_up=("pypdf",),
        preview="pdf", magic=b"%PDF-",
        no_text_warning="no text found (a scanned PDF?); it is imported but only its title "
                        "and tags are searchable",
    ),
    Format(
        key="docx", extensions=(".docx",), noun="a Word file", label="Word", listed_as="DOCX",
        invalid="not a valid Word file (damaged, or not really a .docx)",
        reader="enablement.imports.extract.readers:read_docx", warm_up=("docx",),
        preview="text", package_folder="word/", replaces=(".doc", ".rtf"),
    ),
    Format(
        key="pptx", extensions=(".pptx",), noun="a PowerPoint file", label="PowerPoint",
        listed_as="PPTX", invalid="not a valid PowerPoint file (damaged, or not really a .pptx)",
        reader="enablement.imports.extract.readers:read_pptx", warm_up=("pptx",),
        preview="text", kind_hint="deck", package_folder="ppt/", replaces=(".ppt",),
    ),
    Format(
        key="xlsx", extensions=(".xlsx",), noun="an Excel file", label="Excel", listed_as="XLSX",
        invalid="not a valid Excel file (damaged, or not really a .xlsx)",
        reader="enablement.imports.extract.sheets:parse_xlsx", warm_up=("openpyxl",),
        preview="sheet", kind_hint="roi_calculator", package_folder="xl/", replaces=(".xls",),
        # A workbook laid out as an ROI calculator is compiled at import, so the marketer
        # hears now (not a rep in front of a prospect) that it cannot be computed, and why.
        check="enablement.roi.calculator:import_problems", calculator=True,
    ),
    Format(
        key="md", extensions=(".md", ".markdown"), noun="a text file", label="Markdown",
        listed_as="Markdown", invalid="not a readable text file",
        reader="enablement.imports.extract.readers:read_markdown", preview="markdown",
    ),
    Format(
        key="txt", extensions=(".txt",), noun="a text file", label="Text", listed_as="TXT",
        invalid="not a readable text file",
        reader="enablement.imports.extract.readers:read_text", preview="text",
    ),
)
TEXT_FALLBACK = "txt"  # what a file is read as when its bytes and name say nothing else

BY_KEY: dict[str, Format] = {fmt.key: fmt for fmt in FORMATS}
BY_EXTENSION: dict[str, Format] = {ext: fmt for fmt in FORMATS for ext in fmt.extensions}
EXTENSIONS: frozenset[str] = frozenset(BY_EXTENSION)
NOUNS: dict[str, str] = {fmt.key: fmt.noun for fmt in FORMATS}
PACKAGES: tuple[Format, ...] = tuple(fmt for fmt in FORMATS if fmt.is_package)
REPLACED: dict[str, Format] = {old: fmt for fmt in FORMATS for old in fmt.replaces}


def by_key(key: str) -> Format:
    """The format stored as ``key``; KeyError for one the library does not read."""
    return BY_KEY[key]


def for_extension(suffix: str) -> Format | None:
    """The format a file name ending in ``suffix`` (".DOCX" too) claims, if one we read."""
    return BY_EXTENSION.get(suffix.casefold())


def format_label(key: str) -> str:
    """The window's short name for a stored format ("Word"); an unknown one in capitals."""
    fmt = BY_KEY.get(key)
    return fmt.label if fmt is not None else key.upper()


def supported_list() -> str:
    """The formats as a person reads them in a message: "PDF, DOCX, ..., TXT"."""
    return ", ".join(fmt.listed_as for fmt in FORMATS)


def extension_globs() -> str:
    """Every readable extension as file-dialog patterns: "*.pdf *.docx ... *.txt"."""
    return " ".join(f"*{ext}" for fmt in FORMATS for ext in fmt.extensions)


def opens_as_calculator(key: str) -> bool:
    """Whether an asset of this format may be an ROI calculator (the result menu offers it)."""
    fmt = BY_KEY.get(key)
    return fmt is not None and fmt.calculator


def replacement_for(suffix: str) -> str | None:
    """The extension to save an older file as (".doc" -> ".docx"); None if not one."""
    fmt = REPLACED.get(suffix.casefold())
    return fmt.extension if fmt is not None else None


def office_package(named: str | None) -> Format:
    """The Office format a file most likely meant to be: the one its name says if that is
    a package, else the first package (Word), the commonest thing mailed around."""
    fmt = BY_KEY.get(named or "")
    return fmt if fmt is not None and fmt.is_package else PACKAGES[0]


def kind_hints() -> dict[str, str]:
    """Format key -> the asset kind to suggest when the file's own properties say none."""
    return {fmt.key: fmt.kind_hint for fmt in FORMATS if fmt.kind_hint is not None}


def preview_kind(key: str) -> PreviewKind | None:
    fmt = BY_KEY.get(key)
    return fmt.preview if fmt is not None else None
