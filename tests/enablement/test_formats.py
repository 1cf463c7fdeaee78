"""The format registry: every entry complete, and the only place the formats are listed."""

from __future__ import annotations

import ast
import importlib
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import get_args

import pytest

from enablement import formats
from enablement.catalog import assets as catalog
from enablement.catalog.taxonomy_defaults import KINDS
from enablement.formats import FORMATS, Format
from enablement.imports.extract import (
    FORMAT_NAMES,
    SUPPORTED_EXTENSIONS,
    Limits,
    Parsed,
    extract_file,
)
from enablement.library import Library
from enablement.search import preview
from tests import filemakers as make

REPO = Path(__file__).resolve().parents[2]
PHRASE = "Northvale Health closed its books in four days"

# One real small file per format, made with tests/filemakers.py. Its text names the file,
# so two samples never have the same bytes (the library would keep one asset).
SAMPLES: dict[str, Callable[[Path], Path]] = {
    "pdf": lambda path: make.make_pdf(path, [f"{PHRASE} ({path.name})."]),
    "docx": lambda path: make.make_docx(path, [f"{PHRASE} ({path.name})."]),
    "pptx": lambda path: make.make_pptx(path, [("Results", f"{PHRASE} ({path.name}).", "")]),
    "xlsx": lambda path: make.make_xlsx(path, {"Inputs": [[f"{PHRASE} ({path.name})", 1]]}),
    "md": lambda path: make.make_text(path, f"# Results\n\n{PHRASE} ({path.name}).\n"),
    "txt": lambda path: make.make_text(path, f"{PHRASE} ({path.name}).\n"),
}
BY_KEY = {fmt.key: fmt for fmt in FORMATS}
EXTENSIONS = [(fmt, ext) for fmt in FORMATS for ext in fmt.extensions]


def test_every_format_has_a_sample_file_here() -> None:
    assert set(SAMPLES) == set(BY_KEY)


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda fmt: fmt.key)
def test_entry_is_complete(fmt: Format) -> None:
    assert re.fullmatch(r"[a-z0-9]+", fmt.key)
    assert fmt.extensions and all(re.fullmatch(r"\.[a-z0-9]+", ext) for ext in fmt.extensions)
    # The stored copy is named "<sha256>.<key>" and the content store checks that suffix.
    assert f".{fmt.key}" in fmt.extensions
    for text in (fmt.noun, fmt.label, fmt.listed_as, fmt.invalid):
        assert text.strip() == text and text
    assert fmt.preview in preview.PREVIEW_KINDS
    assert fmt.kind_hint is None or fmt.kind_hint in {value.key for value in KINDS.values}
    assert all(re.fullmatch(r"\.[a-z0-9]+", old) for old in fmt.replaces)
    assert callable(fmt.load_reader())
    assert fmt.check is None or callable(fmt.load_check())
    for module in fmt.modules:
        importlib.import_module(module)


def test_keys_extensions_and_labels_are_unique() -> None:
    keys = [fmt.key for fmt in FORMATS]
    extensions = [ext for fmt in FORMATS for ext in fmt.extensions]
    replaced = [old for fmt in FORMATS for old in fmt.replaces]
    labels = [fmt.label for fmt in FORMATS]
    assert len(set(keys)) == len(keys)
    assert len(set(extensions)) == len(extensions)
    assert len(set(replaced)) == len(replaced) and not set(replaced) & set(extensions)
    assert len(set(labels)) == len(labels)
    assert formats.TEXT_FALLBACK in keys and not BY_KEY[formats.TEXT_FALLBACK].has_signature
    assert formats.PACKAGES


def test_preview_knows_exactly_the_registry_preview_kinds() -> None:
    assert set(get_args(formats.PreviewKind)) == preview.PREVIEW_KINDS


def test_old_names_are_derived_from_the_registry() -> None:
    assert frozenset(ext for fmt in FORMATS for ext in fmt.extensions) == SUPPORTED_EXTENSIONS
    assert {fmt.key: fmt.noun for fmt in FORMATS} == FORMAT_NAMES
    assert formats.format_label("docx") == "Word" and formats.format_label("odt") == "ODT"
    assert formats.supported_list() == "PDF, DOCX, PPTX, XLSX, Markdown, TXT"
    assert formats.extension_globs() == "*.pdf *.docx *.pptx *.xlsx *.md *.markdown *.txt"
    assert formats.replacement_for(".DOC") == ".docx" and formats.replacement_for(".odt") is None
    assert formats.kind_hints() == {"pptx": "deck", "xlsx": "roi_calculator"}


@pytest.mark.parametrize(("fmt", "extension"), EXTENSIONS, ids=[ext for _, ext in EXTENSIONS])
def test_reader_reads_a_real_file_of_the_format(fmt: Format, extension: str,
                                                tmp_path: Path) -> None:
    path = SAMPLES[fmt.key](tmp_path / f"sample{extension}")
    parsed = fmt.load_reader()(path.read_bytes(), Limits())
    assert isinstance(parsed, Parsed) and PHRASE in parsed.text
    got = extract_file(path)
    assert got.format == fmt.key and PHRASE in got.text


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f.has_signature], ids=lambda f: f.key)
def test_a_format_with_a_signature_is_known_by_its_bytes(fmt: Format, tmp_path: Path) -> None:
    other = next(f for f in FORMATS if f.key != fmt.key and f.has_signature)
    path = SAMPLES[fmt.key](tmp_path / f"misnamed{other.extension}")
    got = extract_file(path)
    assert got.format == fmt.key
    assert f"named {other.extension} but is really {fmt.noun}" in got.warnings[0]


def test_every_format_gets_a_preview(library: Library, tmp_path: Path) -> None:
    paths = [SAMPLES[fmt.key](tmp_path / f"sample{ext}") for fmt, ext in EXTENSIONS]
    report = library.import_paths(paths)
    assert not report.any_failed, [r.reason for r in report.results]
    with library.sessions() as session:
        ids = [view.asset_id for view in catalog.list_assets(session, library.taxonomy())]
    assert len(ids) == len(paths)
    for asset_id in ids:
        shown = preview.load_preview(library, asset_id)
        assert not isinstance(shown, preview.NoPreview), shown


def test_only_workbooks_open_as_calculators() -> None:
    assert [fmt.key for fmt in FORMATS if formats.opens_as_calculator(fmt.key)] == ["xlsx"]
    assert not formats.opens_as_calculator("no-such-format")


def test_the_registry_imports_no_parser() -> None:
    """Discovery, the window and hub checks ask the registry; none of them pays for pypdf."""
    code = ("import sys, enablement.formats, enablement.imports.extract\n"
            "print('\\n'.join(sys.modules))")
    loaded = set(subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                                text=True, check=True).stdout.split())
    heavy = {"pypdf", "docx", "pptx", "openpyxl", "PySide6", "formulas"}
    assert not {name.split(".")[0] for name in loaded} & heavy


# ---- Nobody else spells the list --------------------------------------------------------

# Uses of these literals that are not the library's list of formats: each names another
# thing that happens to share a suffix or a key.
UNRELATED = {
    # Insights reports are written as PDF, HTML or CSV: an output format, not an import one.
    ("ui/insights_controller.py", "'.pdf'"),
    ("ui/insights_controller.py", "'*.pdf'"),
    # The ROI summary is written as PDF or Word: output formats of the calculator.
    ("ui/roi_dialog.py", "'*.pdf'"),
    ("ui/roi_dialog.py", "'*.docx'"),
    ("ui/roi_dialog.py", "keys ['docx', 'pdf']"),
    # A synonym list is read as plain text, one group per line: not a content format.
    ("ui/synonyms_dialog.py", "'*.txt'"),
}
# Places that still spell the list while their owners switch them to the registry. Add
# none: the test fails while an entry here no longer matches anything.
PENDING: set[tuple[str, str]] = set()
REGISTRY = "enablement/formats.py"


def _spelled(tree: ast.AST) -> Iterator[str]:
    """Extension literals (".docx", "*.docx" in a dialog filter) and collections of two or
    more format keys ({"pdf": ..., "docx": ...}), as stable descriptions."""
    extensions = {*formats.EXTENSIONS, *formats.REPLACED}
    glob = re.compile(r"\*(\.[A-Za-z0-9]+)\b")
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value.casefold() in extensions:
                yield repr(node.value.casefold())
            for found in glob.findall(node.value):
                if found.casefold() in extensions:
                    yield repr(f"*{found.casefold()}")
        elements = (node.keys if isinstance(node, ast.Dict)
                    else node.elts if isinstance(node, ast.Set | ast.List | ast.Tuple) else [])
        keys = sorted({element.value for element in elements
                       if isinstance(element, ast.Constant) and element.value in BY_KEY})
        if len(keys) >= 2:
            yield f"keys {keys}"


def _findings() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for folder in ("enablement", "ui"):
        for path in sorted((REPO / folder).rglob("*.py")):
            relative = path.relative_to(REPO).as_posix()
            if relative == REGISTRY:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), relative)
            found.update((relative, what) for what in _spelled(tree))
    return found


def test_only_the_registry_spells_out_the_formats() -> None:
    found = _findings()
    assert found - UNRELATED - PENDING == set(), "use enablement.formats instead"
    assert PENDING - found == set(), "switched to the registry: remove it from PENDING"


def test_the_scan_sees_the_registry_itself() -> None:
    """The scan would catch a second table: it finds every entry of the first one."""
    tree = ast.parse((REPO / REGISTRY).read_text(encoding="utf-8"))
    found = set(_spelled(tree))
    assert {repr(ext) for ext in formats.EXTENSIONS} <= found
