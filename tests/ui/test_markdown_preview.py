"""Markdown assets preview rendered (headings, bold, lists); text files stay plain."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument

from enablement.library import Library
from tests import filemakers as make
from tests.ui.conftest import search_and_select, wait_results

PLAYBOOK = """# Utilities playbook

For AEs covering **investor-owned** utilities and [cooperatives](https://example.com).

## Who buys

- VP of Operations
- Fleet manager
"""


def _library_with(folder: Path, tmp_path: Path) -> Path:
    sources = tmp_path / "sources"
    sources.mkdir()
    make.make_text(sources / "energy-utilities-playbook.md", PLAYBOOK)
    make.make_text(sources / "raw notes.txt", "## Not a heading here\n\n**as typed**, kept.\n")
    with Library.open(folder) as library:
        report = library.import_paths([sources])
        assert not report.any_failed, report.results
    return folder


def _headings(document: QTextDocument) -> dict[str, int]:
    found: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            found[block.text()] = block.blockFormat().headingLevel()
        block = block.next()
    return found


def test_markdown_preview_is_rendered_and_text_stays_plain(qtbot, make_window,
                                                           tmp_path: Path) -> None:
    window = make_window(_library_with(tmp_path / "library", tmp_path))
    wait_results(qtbot, window, lambda: window.model.rowCount() == 2)

    search_and_select(qtbot, window, "playbook", "Utilities playbook")
    preview = window.detail.preview
    qtbot.waitUntil(lambda: preview.kind == "markdown", timeout=10_000)
    document = preview.markdown.document()
    shown = document.toPlainText()
    assert "#" not in shown and "**" not in shown and "](" not in shown
    assert "For AEs covering investor-owned utilities and cooperatives." in shown
    assert _headings(document) == {"Utilities playbook": 1, "Who buys": 2}
    bullets = [block.text() for block in _blocks(document) if block.textList() is not None]
    assert bullets == ["VP of Operations", "Fleet manager"]
    assert not preview.markdown.openLinks()  # a link in a file never navigates the pane

    search_and_select(qtbot, window, "typed", "Not a heading here")
    qtbot.waitUntil(lambda: preview.kind == "text", timeout=10_000)
    assert preview.text.toPlainText().startswith("## Not a heading here\n\n**as typed**")


def _blocks(document: QTextDocument) -> list:
    blocks, block = [], document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks
