"""Folder manifests and per-file sidecars."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from enablement.imports.manifests import MetadataReader


def _manifest(folder: Path, rows: list[str]) -> None:
    header = "file,title,kind,stage,objections,competitor,industry,persona,summary,expires"
    (folder / "manifest.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")


def test_manifest_row_gives_fields_and_multi_values(tmp_path: Path) -> None:
    _manifest(tmp_path, ['deck.pptx,Q3 Deck,deck,consideration;decision,price; roi,,,,'
                         '"Short, sharp",2027-03-31'])
    meta = MetadataReader().for_file(tmp_path / "deck.pptx")
    assert meta.title == "Q3 Deck"
    assert meta.summary == "Short, sharp"
    assert meta.expires == date(2027, 3, 31)
    assert meta.facets == {"kind": ["deck"], "stage": ["consideration", "decision"],
                           "objection": ["price", "roi"]}
    assert meta.origin["objection"] == "manifest"
    assert meta.stamp


def test_file_names_match_case_insensitively_and_missing_rows_give_nothing(
    tmp_path: Path,
) -> None:
    _manifest(tmp_path, ["Deck.PPTX,Title,deck,,,,,,,"])
    reader = MetadataReader()
    assert reader.for_file(tmp_path / "deck.pptx").title == "Title"
    other = reader.for_file(tmp_path / "other.pdf")
    assert other.title is None and other.facets == {}


def test_sidecar_wins_over_manifest_field_by_field(tmp_path: Path) -> None:
    _manifest(tmp_path, ["a.pdf,Manifest title,battlecard,decision,price,Invoxa,,,,"])
    (tmp_path / "a.pdf.meta.json").write_text(
        json.dumps({"objections": ["security", "contract"], "title": "Sidecar title"}),
        encoding="utf-8")
    meta = MetadataReader().for_file(tmp_path / "a.pdf")
    assert meta.title == "Sidecar title" and meta.origin["title"] == "sidecar"
    assert meta.facets["objection"] == ["security", "contract"]
    assert meta.origin["objection"] == "sidecar"
    assert meta.facets["competitor"] == ["Invoxa"] and meta.origin["competitor"] == "manifest"


def test_bad_metadata_is_reported_with_file_and_line(tmp_path: Path) -> None:
    _manifest(tmp_path, ["a.pdf,T,deck,,,,,,,31/12/2026", ",no file,,,,,,,,"])
    (tmp_path / "b.pdf.meta.json").write_text("{not json", encoding="utf-8")
    reader = MetadataReader()
    a = reader.for_file(tmp_path / "a.pdf")
    assert any("manifest.csv line 2" in w and "YYYY-MM-DD" in w for w in a.warnings)
    assert any("line 3" in w and "no file name" in w for w in a.warnings)
    b = reader.for_file(tmp_path / "b.pdf")
    assert any("b.pdf.meta.json" in w and "not valid JSON" in w for w in b.warnings)


def test_stamp_changes_when_the_row_changes(tmp_path: Path) -> None:
    _manifest(tmp_path, ["a.pdf,One,deck,,,,,,,"])
    first = MetadataReader().for_file(tmp_path / "a.pdf").stamp
    _manifest(tmp_path, ["a.pdf,Two,deck,,,,,,,"])
    assert MetadataReader().for_file(tmp_path / "a.pdf").stamp != first
