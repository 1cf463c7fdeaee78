"""Export: real copies under the original names, nothing overwritten, failures alone."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import threading
from pathlib import Path
from typing import BinaryIO

import pytest

from enablement.catalog import assets as catalog
from enablement.catalog.assets import stored_path
from enablement.catalog.export import ExportResult, export_assets
from enablement.errors import Cancelled, UserError
from enablement.library import Library
from tests import filemakers as make
from tests.commands import run_main
from tests.smalldisk import fill, small_disk

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture()
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    make.make_pdf(folder / "Invoxa battlecard.pdf", ["How we win against Invoxa."],
                  title="Invoxa battlecard")
    make.make_docx(folder / "Northvale case study.docx", ["Northvale went live in six weeks."])
    make.make_text(folder / "Follow-up email.md", "# Follow-up\n\nThanks for your time.\n")
    return folder


def _ids(library: Library, sources: Path) -> dict[str, int]:
    report = library.import_paths([sources])
    assert not report.any_failed
    with library.sessions() as session:
        return {v.source_name: v.asset_id
                for v in catalog.list_assets(session, library.taxonomy())}


def _visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_copies_each_asset_under_its_own_name(library: Library, sources: Path,
                                              tmp_path: Path) -> None:
    ids = _ids(library, sources)
    target = tmp_path / "out" / "for the call"  # created, parents too
    progress: list[tuple[int, int]] = []
    results = export_assets(library, list(ids.values()), target,
                            on_progress=lambda done, total: progress.append((done, total)))
    assert [r.error for r in results] == ["", "", ""]
    assert _visible(target) == sorted(ids)
    for name in ids:
        assert (target / name).read_bytes() == (sources / name).read_bytes()
    assert {r.asset_id: r.target for r in results} == {
        asset_id: target / name for name, asset_id in ids.items()}
    assert progress == [(1, 3), (2, 3), (3, 3)]


def test_a_taken_name_gets_a_number_and_nothing_is_overwritten(
    library: Library, sources: Path, tmp_path: Path
) -> None:
    ids = _ids(library, sources)
    target = tmp_path / "out"
    target.mkdir()
    (target / "Invoxa battlecard.pdf").write_text("mine, keep me")
    battlecard = ids["Invoxa battlecard.pdf"]
    results = export_assets(library, [battlecard, battlecard], target)
    assert [r.target for r in results] == [target / "Invoxa battlecard (2).pdf",
                                           target / "Invoxa battlecard (3).pdf"]
    assert (target / "Invoxa battlecard.pdf").read_text() == "mine, keep me"
    assert (target / "Invoxa battlecard (3).pdf").read_bytes() == \
        (sources / "Invoxa battlecard.pdf").read_bytes()
    assert _visible(target) == ["Invoxa battlecard (2).pdf", "Invoxa battlecard (3).pdf",
                                "Invoxa battlecard.pdf"]


def test_a_missing_stored_file_fails_alone(library: Library, sources: Path,
                                           tmp_path: Path) -> None:
    ids = _ids(library, sources)
    stored_path(library, ids["Northvale case study.docx"]).unlink()
    target = tmp_path / "out"
    order = [ids["Invoxa battlecard.pdf"], ids["Northvale case study.docx"], 999,
             ids["Follow-up email.md"]]
    results = export_assets(library, order, target)
    assert [r.asset_id for r in results] == order
    assert results[1] == ExportResult(
        ids["Northvale case study.docx"], None,
        "The stored copy of Northvale case study.docx is missing from the library folder; "
        "import the file again.")
    assert results[2] == ExportResult(999, None,
                                      "Asset 999 is no longer in the library; search again.")
    assert results[0].target == target / "Invoxa battlecard.pdf"
    assert results[3].target == target / "Follow-up email.md"
    assert _visible(target) == ["Follow-up email.md", "Invoxa battlecard.pdf"]  # no leftovers


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="permissions do not stop root")
def test_a_folder_that_cannot_be_written_gives_a_readable_error_per_asset(
    library: Library, sources: Path, tmp_path: Path
) -> None:
    ids = _ids(library, sources)
    target = tmp_path / "locked"
    target.mkdir()
    target.chmod(0o500)
    try:
        results = export_assets(library, [ids["Invoxa battlecard.pdf"]], target)
    finally:
        target.chmod(0o700)
    assert results[0].target is None
    assert results[0].error.startswith(f"Invoxa battlecard.pdf could not be copied to {target}: "
                                       "Permission denied")
    assert _visible(target) == []


def test_a_name_the_folder_cannot_hold_fails_alone_and_leaves_no_partial(
    library: Library, sources: Path, tmp_path: Path
) -> None:
    """Works as root too: a 300-character name is refused by the file system itself."""
    from enablement.store.models import Asset

    ids = _ids(library, sources)
    with library.sessions.begin() as session:
        session.get(Asset, ids["Northvale case study.docx"]).source_name = "N" * 300 + ".docx"
    target = tmp_path / "out"
    results = export_assets(library, [ids["Northvale case study.docx"],
                                      ids["Follow-up email.md"]], target)
    assert results[0].target is None
    assert results[0].error.startswith("N" * 300 + ".docx could not be copied to ")
    assert results[0].error.endswith(": File name too long.")
    assert results[1].target == target / "Follow-up email.md"
    assert [p.name for p in target.iterdir()] == ["Follow-up email.md"]  # hidden ones too


def test_a_file_where_the_folder_should_be_is_a_user_error(library: Library, sources: Path,
                                                           tmp_path: Path) -> None:
    ids = _ids(library, sources)
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x")
    with pytest.raises(UserError, match="is a file, not a folder; choose a folder"):
        export_assets(library, list(ids.values()), blocker)
    with pytest.raises(UserError, match="Cannot create the folder"):
        export_assets(library, list(ids.values()), blocker / "inside")


def test_cancel_stops_between_files_and_keeps_the_finished_ones(
    library: Library, sources: Path, tmp_path: Path
) -> None:
    ids = _ids(library, sources)
    cancel = threading.Event()
    target = tmp_path / "out"

    def on_progress(done: int, _total: int) -> None:
        if done == 1:
            cancel.set()

    with pytest.raises(Cancelled):
        export_assets(library, [ids["Follow-up email.md"], ids["Invoxa battlecard.pdf"]],
                      target, cancel, on_progress)
    assert _visible(target) == ["Follow-up email.md"]
    with pytest.raises(Cancelled):
        export_assets(library, [ids["Invoxa battlecard.pdf"]], tmp_path / "other", cancel)
    assert _visible(tmp_path / "other") == []


def test_demo_export_of_a_workbook_and_a_deck(demo_library: Library, tmp_path: Path) -> None:
    with demo_library.sessions() as session:
        wanted = [catalog.find_asset(session, name).id
                  for name in ("AP automation ROI calculator.xlsx", "Discovery call deck.pptx")]
    results = export_assets(demo_library, wanted, tmp_path / "out")
    assert [r.target.name for r in results if r.target] == [
        "AP automation ROI calculator.xlsx", "Discovery call deck.pptx"]
    demo = REPO / "assets" / "demo"
    assert (tmp_path / "out" / "Discovery call deck.pptx").read_bytes() == \
        (demo / "decks" / "Discovery call deck.pptx").read_bytes()


# -- the command ----------------------------------------------------------------------


def test_export_command_exit_codes_and_json(library: Library, sources: Path,
                                            tmp_path: Path) -> None:
    ids = _ids(library, sources)
    where, out = library.path, tmp_path / "out"
    text = run_main("export", "Invoxa", str(ids["Follow-up email.md"]), "--to", str(out),
                    library=where, cwd=REPO, timeout=120)
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines() == [
        f"exported  {out / 'Invoxa battlecard.pdf'}", f"exported  {out / 'Follow-up email.md'}",
        "Done: 2 exported, 0 failed."]

    stored_path(library, ids["Northvale case study.docx"]).unlink()
    partly = run_main("export", "Northvale case study.docx", "Invoxa", "--to", str(out),
                      "--json", library=where, cwd=REPO, timeout=120)
    assert partly.returncode == 1
    assert json.loads(partly.stdout) == [
        {"asset_id": ids["Northvale case study.docx"], "target": None,
         "error": "The stored copy of Northvale case study.docx is missing from the library "
                  "folder; import the file again."},
        {"asset_id": ids["Invoxa battlecard.pdf"],
         "target": str(out / "Invoxa battlecard (2).pdf"), "error": None},
    ]

    unknown = run_main("export", "no such thing", "--to", str(out), library=where, cwd=REPO,
                       timeout=120)
    assert unknown.returncode == 2
    assert "No asset matches 'no such thing'" in unknown.stderr
    no_to = run_main("export", "Invoxa", library=where, cwd=REPO, timeout=120)
    assert no_to.returncode == 2  # --to is required
    assert _visible(out) == ["Follow-up email.md", "Invoxa battlecard (2).pdf",
                             "Invoxa battlecard.pdf"]


# -- permissions and failures halfway ---------------------------------------------------



def test_a_copy_has_the_mode_any_new_file_gets(library: Library, sources: Path,
                                               tmp_path: Path, umask: int) -> None:
    """Not mkstemp's 0600: a copy exported to a shared folder opens for a colleague."""
    ids = _ids(library, sources)
    target = tmp_path / "shared"
    target.mkdir()
    (target / "Invoxa battlecard.pdf").write_text("mine, keep me")
    results = export_assets(library, [ids["Invoxa battlecard.pdf"], ids["Follow-up email.md"]],
                            target)
    assert [r.target for r in results] == [target / "Invoxa battlecard (2).pdf",
                                           target / "Follow-up email.md"]
    for result in results:
        assert stat.S_IMODE(result.target.stat().st_mode) == umask, result.target


def test_without_hard_links_a_taken_name_still_gets_a_number(
        library: Library, sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT USB sticks and some shares cannot hold hard links: still nothing overwritten."""
    ids = _ids(library, sources)
    target = tmp_path / "stick"
    target.mkdir()
    (target / "Invoxa battlecard.pdf").write_text("mine, keep me")

    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted", str(dst))

    monkeypatch.setattr(os, "link", no_links)
    results = export_assets(library, [ids["Invoxa battlecard.pdf"]], target)
    assert results[0].target == target / "Invoxa battlecard (2).pdf"
    assert (target / "Invoxa battlecard.pdf").read_text() == "mine, keep me"
    assert _visible(target) == ["Invoxa battlecard (2).pdf", "Invoxa battlecard.pdf"]


@pytest.mark.parametrize("error", [OSError(errno.EIO, "Input/output error"),
                                   KeyboardInterrupt()], ids=["io-error", "ctrl-c"])
def test_a_copy_failing_halfway_leaves_no_temporary_file(
        library: Library, sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        error: BaseException) -> None:
    ids = _ids(library, sources)
    target = tmp_path / "out"
    target.mkdir()
    (target / "Invoxa battlecard.pdf").write_text("mine, keep me")

    def half(src: BinaryIO, out: BinaryIO, length: int = 0) -> None:
        out.write(src.read(100))
        out.flush()
        raise error

    monkeypatch.setattr(shutil, "copyfileobj", half)
    if isinstance(error, OSError):
        results = export_assets(library, [ids["Invoxa battlecard.pdf"]], target)
        assert results[0].target is None
        assert results[0].error == (f"Invoxa battlecard.pdf could not be copied to {target}: "
                                    "Input/output error.")
    else:
        with pytest.raises(KeyboardInterrupt):
            export_assets(library, [ids["Invoxa battlecard.pdf"]], target)
    assert _visible(target) == ["Invoxa battlecard.pdf"]
    assert (target / "Invoxa battlecard.pdf").read_text() == "mine, keep me"


def test_a_full_disk_fails_that_copy_alone_and_leaves_no_temporary_file(
        library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    make.make_text(folder / "Big notes.md", "# Notes\n\n" + "Pricing and terms. " * 20_000)
    make.make_text(folder / "Small note.md", "# Note\n\nShort.\n")
    ids = _ids(library, folder)
    with small_disk(tmp_path / "stick", 256) as stick:
        fill(stick, leave_bytes=64 * 1024)
        results = export_assets(library, [ids["Big notes.md"], ids["Small note.md"]], stick)
        assert results[0].target is None
        assert results[0].error == (f"Big notes.md could not be copied to {stick}: "
                                    "No space left on device.")
        assert results[1].target == stick / "Small note.md"
        assert _visible(stick) == ["Small note.md", "filler.bin"]
