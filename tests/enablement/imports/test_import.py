"""Importing real files: every status, bad input, re-import, interruption."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from enablement.imports.results import ImportOptions, Status
from enablement.library import Library
from enablement.search.service import SearchRequest, run_search
from tests import filemakers as make
from tests.commands import REPO, start_main


def statuses(report) -> dict[str, tuple[Status, str]]:  # noqa: ANN001
    return {Path(r.path).name: (r.status, r.reason) for r in report.results}


def search_ids(library: Library, text: str, **filters: tuple[str, ...]) -> list[int]:
    response = run_search(library, SearchRequest(text=text, filters=filters))
    return [hit.asset_id for hit in response.hits]


@pytest.fixture()
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    (folder / "deep" / "deeper").mkdir(parents=True)
    make.make_pdf(folder / "Invoxa battlecard.pdf", [
        "When they say Invoxa is cheaper, ask for their SOC 2 report.",
        "Data residency: Invoxa stores invoices in one region only.",
    ], title="Invoxa battlecard", keywords="battlecard, decision")
    make.make_docx(folder / "deep" / "Café Rosé case study.docx", [
        "Café Rosé Group runs 40 restaurants and processed 9,000 invoices a month.",
        "They went live in six weeks and the payback came in five months.",
    ], title="Café Rosé Group case study")
    make.make_pptx(folder / "deep" / "deeper" / "Q3 deck.pptx", [
        ("Why Brightledger", "Approvals in one place", "Say: ask about their close calendar."),
        ("Integrations", "NetSuite and SAP connectors", "Mention the API for custom ERPs."),
    ])
    make.make_xlsx(folder / "ROI calculator.xlsx", {
        "Calculator": [["Invoices per month", 12000], ["Annual savings", "=B1*12"]],
    }, defined_names={"in_invoices": "Calculator!$B$1"})
    make.make_text(folder / "cold email.md", "# Cold email\n\nSubject: not a priority?\n\n"
                   "Hi {first_name}, the cost of waiting is real.")
    make.make_text(folder / "notes.txt", "Plain notes about a security questionnaire.")
    return folder


def test_every_format_imports_and_is_searchable(library: Library, content: Path) -> None:
    report = library.import_paths([content])
    assert {s for s, _ in statuses(report).values()} == {Status.IMPORTED}
    assert len(report.results) == 6
    assert search_ids(library, "SOC 2")  # PDF body
    assert search_ids(library, "restaurants")  # DOCX in a sub-sub-folder
    assert search_ids(library, "close calendar")  # PPTX speaker notes
    assert search_ids(library, "invoices per month")  # XLSX label
    assert search_ids(library, "questionnaire")  # TXT
    # Stored in the content store, addressed by hash.
    with library.sessions() as session:
        from enablement.store.models import Asset

        for asset in session.query(Asset):
            assert library.content.path_for(asset.sha256, "." + asset.format).is_file()


def test_reimport_unchanged_updated_and_duplicate(library: Library, content: Path) -> None:
    library.import_paths([content])
    again = library.import_paths([content])
    assert {s for s, _ in statuses(again).values()} == {Status.UNCHANGED}

    note = content / "notes.txt"
    make.make_text(note, "Plain notes, now about penetration testing.")
    os.utime(note, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    copy = content / "copy of notes.txt"
    make.make_text(copy, (content / "cold email.md").read_text(encoding="utf-8"))
    third = statuses(library.import_paths([content]))
    assert third["notes.txt"][0] is Status.UPDATED
    assert third["copy of notes.txt"][0] is Status.DUPLICATE
    assert "same content as 'Cold email'" in third["copy of notes.txt"][1]
    assert search_ids(library, "penetration") and not search_ids(library, "questionnaire")
    with sqlite3.connect(library.db_path) as conn:
        assert conn.execute("SELECT count(*) FROM assets").fetchone()[0] == 6


def test_bad_files_fail_alone_with_plain_reasons(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    make.make_pdf(folder / "good.pdf", ["A perfectly fine one-pager about budgets."])
    make.make_pdf(folder / "locked.pdf", ["Secret pricing"], user_password="s3cret",
                  owner_password="owner")
    make.make_pdf(folder / "open-locked.pdf", ["Readable with an empty password"],
                  user_password="", owner_password="owner")
    make.make_pdf(folder / "broken.pdf", ["This file will be cut in half. " * 40])
    make.truncate(folder / "broken.pdf", 0.4)
    (folder / "zero.docx").write_bytes(b"")
    make.make_pdf(folder / "really a pdf.docx", ["Named like Word, made as PDF."])
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n")
    (folder / "legacy.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "junk.txt").write_bytes(b"\x00\x01binary\x00")
    make.make_zip_bomb_docx(folder / "bomb.docx")
    make.make_xml_bomb_docx(folder / "laughs.docx")
    make.make_scanned_pdf(folder / "scan.pdf")
    report = library.import_paths([folder])
    got = statuses(report)
    assert got["good.pdf"][0] is Status.IMPORTED
    assert got["open-locked.pdf"][0] is Status.IMPORTED
    assert got["locked.pdf"] == (Status.FAILED, "encrypted PDF: needs a password")
    assert got["broken.pdf"][0] in (Status.FAILED, Status.IMPORTED)
    assert got["zero.docx"] == (Status.FAILED, "the file is empty (0 bytes)")
    assert got["really a pdf.docx"][0] is Status.IMPORTED
    assert got["picture.png"][0] is Status.SKIPPED and "unsupported file type .png" in got[
        "picture.png"][1]
    assert got["legacy.doc"] == (Status.SKIPPED,
                                 "old Office format .doc: save it as .docx and import again")
    assert got["junk.txt"] == (Status.FAILED, "not a text file (it contains binary data)")
    assert got["bomb.docx"][0] is Status.FAILED and "zip bomb" in got["bomb.docx"][1]
    assert got["laughs.docx"][0] is Status.FAILED and "XML entity" in got["laughs.docx"][1]
    assert got["scan.pdf"][0] is Status.IMPORTED
    scan = next(r for r in report.results if r.path.endswith("scan.pdf"))
    assert any("no text found" in w for w in scan.warnings)
    wrong = next(r for r in report.results if r.path.endswith("really a pdf.docx"))
    assert any("really a PDF" in w for w in wrong.warnings)
    assert report.any_failed
    # Nothing half-written: every asset row has its text, file and index document.
    with sqlite3.connect(library.db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assets = conn.execute("SELECT count(*) FROM assets").fetchone()[0]
        texts = conn.execute("SELECT count(*) FROM asset_texts").fetchone()[0]
    assert assets == texts == len(library.index_store.document_ids())


def test_huge_file_and_slow_file_fail_alone(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "limits"
    folder.mkdir()
    huge = folder / "huge.txt"
    with huge.open("wb") as handle:  # sparse: 250 MB on paper, nothing on disk
        handle.truncate(250 * 1024 * 1024)
    make.make_slow_pdf(folder / "long.pdf")  # about 6 s of reading on this machine
    make.make_text(folder / "fine.txt", "A fine note about budget approvals.")
    report = library.import_paths([folder], ImportOptions(time_limit=1.0, workers=2))
    got = statuses(report)
    assert got["huge.txt"] == (Status.FAILED, "larger than the 200 MB limit")
    assert got["long.pdf"] == (Status.FAILED, "took longer than 1 s to read")
    assert got["fine.txt"][0] is Status.IMPORTED


def test_manual_tags_win_and_survive_reimport(library: Library, content: Path) -> None:
    from enablement.catalog import assets as catalog

    library.import_paths([content])
    with library.sessions.begin() as session:
        asset = catalog.find_asset(session, "cold email")
        view = catalog.set_manual_tags(session, library.taxonomy(), asset,
                                       {"stage": ["Decision"], "objection": ["contract"]})
    library.drain_index()
    assert [t.origin for t in view.tags["stage"]] == ["manual"]
    note = content / "cold email.md"
    make.make_text(note, note.read_text(encoding="utf-8") + "\nNew line about pricing.")
    os.utime(note, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    assert statuses(library.import_paths([content]))["cold email.md"][0] is Status.UPDATED
    with library.sessions() as session:
        views = {v.title: v for v in catalog.list_assets(session, library.taxonomy())}
    cold = views["Cold email"]
    assert [(t.key, t.origin) for t in cold.tags["stage"]] == [("decision", "manual")]
    assert [(t.key, t.origin) for t in cold.tags["objection"]] == [("contract", "manual")]
    assert cold.asset_id in search_ids(library, "", objection=("contract",))


def test_manifest_and_sidecar_tags_and_precedence(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "tagged"
    folder.mkdir()
    make.make_docx(folder / "a.docx", ["Our SOC 2 report and pen test results."],
                   keywords="whitepaper, awareness")
    make.make_docx(folder / "b.docx", ["Pricing and budget talk track."])
    (folder / "manifest.csv").write_text(
        "file,title,kind,stage,objections,competitor,industry,persona,summary,expires\n"
        "a.docx,Security brief,one_pager,decision,security;pricey,Invoxa,,,,2027-01-31\n",
        encoding="utf-8")
    (folder / "b.docx.meta.json").write_text(json.dumps({"kind": "battlecard",
                                                         "competitor": ["PayRidge"]}))
    report = library.import_paths([folder])
    a = next(r for r in report.results if r.path.endswith("a.docx"))
    assert any("'pricey' is not in the taxonomy" in w for w in a.warnings)
    from enablement.catalog import assets as catalog

    with library.sessions() as session:
        views = {v.source_name: v for v in catalog.list_assets(session, library.taxonomy())}
    tags_a = {f: [(t.key, t.origin) for t in ts] for f, ts in views["a.docx"].tags.items()}
    assert views["a.docx"].title == "Security brief"
    assert tags_a["kind"] == [("one_pager", "manifest")]  # manifest beats file keywords
    assert tags_a["stage"] == [("decision", "manifest")]
    assert tags_a["objection"] == [("security", "manifest")]
    assert tags_a["competitor"] == [("invoxa", "manifest")]
    assert str(views["a.docx"].expires_on) == "2027-01-31"
    tags_b = {f: [(t.key, t.origin) for t in ts] for f, ts in views["b.docx"].tags.items()}
    assert tags_b["kind"] == [("battlecard", "sidecar")]
    assert ("price", "suggestion") in tags_b["objection"]
    assert search_ids(library, "", competitor=("payridge",)) == [views["b.docx"].asset_id]


def test_a_folder_of_thousands_of_files(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    for number in range(2000):
        sub = folder / f"group-{number // 250}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"note {number}.txt").write_text(
            f"Note {number} about invoice approvals and vendor {number % 17}.", encoding="utf-8")
    report = library.import_paths([folder])
    assert report.counts()["imported"] == 2000
    assert run_search(library, SearchRequest(text="invoice")).total == 2000
    assert [r.status for r in library.import_paths([folder]).results].count(
        Status.UNCHANGED) == 2000


def _wait_for_assets(db: Path, at_least: int, timeout: float = 60.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    count = conn.execute("SELECT count(*) FROM assets").fetchone()[0]
                if count >= at_least:
                    return count
            except sqlite3.OperationalError:
                pass
        time.sleep(0.05)
    raise AssertionError(f"no {at_least} assets within {timeout} s")


# Several full batches (64 files each): a batch is one transaction, committed whole, so
# the kill below lands while later batches are still being read. Reading runs ahead of
# the writer (a thread feeds the readers while it writes), so 150 files were at times
# all read and written, on a loaded machine, before the signal came.
SLOW_COUNT = 400


@pytest.fixture(scope="module")
def slow_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("slow")
    for number in range(SLOW_COUNT):
        make.make_pdf(folder / f"brief {number:03d}.pdf",
                      [f"Brief {number} on vendor payments and approvals. " * 40] * 6)
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("how", ["kill", "ctrl-c"])
def test_interrupted_import_keeps_what_it_stored_and_resumes(
    tmp_path: Path, slow_folder: Path, how: str
) -> None:
    library_dir = tmp_path / "lib"
    process = start_main("import", str(slow_folder), "--json", "--workers", "1",
                         library=library_dir, cwd=REPO)
    _wait_for_assets(library_dir / "library.db", at_least=1)
    process.send_signal(signal.SIGKILL if how == "kill" else signal.SIGINT)
    process.wait(timeout=60)
    if how == "ctrl-c":
        assert process.returncode == 130
    with Library.open(library_dir) as library:
        with sqlite3.connect(library.db_path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = conn.execute("SELECT count(*) FROM assets").fetchone()[0]
        assert 1 <= stored < SLOW_COUNT
        library.drain_index()  # index work left in progress by the kill is finished
        assert len(library.index_store.document_ids()) == stored
        report = library.import_paths([slow_folder])
        counts = report.counts()
        assert counts["unchanged"] == stored
        assert counts["imported"] == SLOW_COUNT - stored
        assert run_search(library, SearchRequest(text="vendor payments")).total == SLOW_COUNT


def test_a_damaged_index_is_rebuilt_when_the_library_opens(demo_library) -> None:  # noqa: ANN001
    from enablement.library import Library
    from enablement.search.service import SearchRequest, run_search

    folder = demo_library.path
    demo_library.close()
    for segment in (folder / "index").glob("*.seg"):
        segment.write_bytes(b"not a whoosh segment")
    with Library.open(folder) as library:
        found = run_search(library, SearchRequest(text="security questionnaire"))
    assert "Security questionnaire: standard answers" in [h.title for h in found.hits]
