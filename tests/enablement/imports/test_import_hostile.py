"""Hostile folders and disks: links out of the folder, impossible names, bad text, and a
disk that fills up during an import. Real files, real libraries, real worker processes."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from pathlib import Path

import pytest

from enablement.imports.results import ImportOptions, Status
from enablement.library import Library
from enablement.search.service import SearchRequest, run_search
from tests import filemakers as make
from tests.commands import REPO, run_main
from tests.smalldisk import fill, small_disk

FOLLOW_HINT = "import with --follow-links to include it"


def rows(report) -> dict[str, list[tuple[Status, str]]]:  # noqa: ANN001
    """Results by file name; a list, so a file reported twice shows up."""
    found: dict[str, list[tuple[Status, str]]] = {}
    for result in report.results:
        found.setdefault(Path(result.path).name, []).append((result.status, result.reason))
    return found


def search_ids(library: Library, text: str) -> list[int]:
    return [hit.asset_id for hit in run_search(library, SearchRequest(text=text)).hits]


def json_rows(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def assert_store_matches_database(library_dir: Path) -> None:
    """Every copy in files/ has its row in the files table and the reverse; no temporary files;
    every asset has its text."""
    files = library_dir / "files"
    on_disk = {p.name for p in files.glob("*/*")} if files.exists() else set()
    assert not [name for name in on_disk if name.endswith(".part")]
    with sqlite3.connect(library_dir / "library.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {sha + ext for sha, ext in conn.execute(
            "SELECT sha256, extension FROM files")}
        assets = conn.execute("SELECT count(*) FROM assets").fetchone()[0]
        texts = conn.execute("SELECT count(*) FROM asset_texts").fetchone()[0]
    assert on_disk == stored
    assert assets == texts


# -- links ------------------------------------------------------------------------------


@pytest.fixture()
def linked(tmp_path: Path) -> Path:
    """A folder with links out of it (to a file, to a folder, to /etc/passwd), links that
    stay inside it, a loop and a broken link."""
    outside = tmp_path / "outside"
    (outside / "more").mkdir(parents=True)
    make.make_text(outside / "secret.txt", "Zebracorn salary bands for every rep.")
    make.make_text(outside / "more" / "plan.txt", "Quokkafield territory plan for next year.")
    folder = tmp_path / "content"
    (folder / "sub").mkdir(parents=True)
    make.make_text(folder / "top.txt", "A fine note about approvals and budgets.")
    make.make_text(folder / "sub" / "real.txt", "Wombatique pricing notes for the CFO.")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "secret.txt").symlink_to(outside / "secret.txt")
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)
    (folder / "alias.txt").symlink_to(folder / "sub" / "real.txt")  # inside: no second row
    (folder / "shortcut").symlink_to("sub", target_is_directory=True)  # inside, relative
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)  # inside, a loop
    (folder / "gone.txt").symlink_to(tmp_path / "nothing here.txt")
    (outside / "back").symlink_to(folder, target_is_directory=True)  # a loop via outside
    return folder


def test_links_out_of_the_folder_are_skipped_each_with_its_reason(
    library: Library, linked: Path
) -> None:
    report = library.import_paths([linked])
    got = rows(report)
    assert got["passwd.txt"] == [(
        Status.SKIPPED,
        f"a link to /etc/passwd, outside the folder you chose; {FOLLOW_HINT}",
    )]
    outside = linked.parent / "outside"
    assert got["secret.txt"] == [(
        Status.SKIPPED,
        f"a link to {outside / 'secret.txt'}, outside the folder you chose; {FOLLOW_HINT}",
    )]
    assert got["elsewhere"] == [(
        Status.SKIPPED,
        f"a link to a folder ({outside}), outside the folder you chose; {FOLLOW_HINT}",
    )]
    [(status, reason)] = got["gone.txt"]
    assert status is Status.SKIPPED and reason.startswith("a broken link")
    # Links that stay inside are followed, and their targets come once, as themselves.
    assert got["real.txt"] == [(Status.IMPORTED, "")]
    assert got["top.txt"] == [(Status.IMPORTED, "")]
    assert set(got) == {"passwd.txt", "secret.txt", "elsewhere", "gone.txt", "real.txt",
                        "top.txt"}
    real = next(r for r in report.results if r.path.endswith("real.txt"))
    assert real.path == str(linked / "sub" / "real.txt")
    assert search_ids(library, "Zebracorn") == []
    assert search_ids(library, "root") == []
    assert search_ids(library, "Quokkafield") == []
    assert search_ids(library, "Wombatique")


def test_follow_links_reads_outside_once_and_a_loop_does_not_hang(
    library: Library, linked: Path
) -> None:
    report = library.import_paths([linked], ImportOptions(follow_links=True))
    got = rows(report)
    assert got["secret.txt"] == [(Status.IMPORTED, "")]  # not again as elsewhere/secret.txt
    assert got["plan.txt"] == [(Status.IMPORTED, "")]
    assert got["passwd.txt"][0][0] is Status.IMPORTED
    assert got["real.txt"] == [(Status.IMPORTED, "")]
    assert [s for s, _ in got["gone.txt"]] == [Status.SKIPPED]
    assert len(report.results) == 6
    assert search_ids(library, "Zebracorn") and search_ids(library, "Quokkafield")


def test_follow_links_from_the_command_line(tmp_path: Path, linked: Path) -> None:
    library = tmp_path / "lib"
    safe = run_main("import", str(linked), "--json", library=library, cwd=REPO, timeout=120)
    assert safe.returncode == 0, safe.stderr
    by_name = {Path(r["path"]).name: r for r in json_rows(safe.stdout)}
    assert by_name["secret.txt"]["status"] == "skipped"
    assert FOLLOW_HINT in by_name["secret.txt"]["reason"]
    followed = run_main("import", str(linked), "--json", "--follow-links", library=library,
                        cwd=REPO, timeout=60)
    assert followed.returncode == 0, followed.stderr
    by_name = {Path(r["path"]).name: r for r in json_rows(followed.stdout)}
    assert by_name["secret.txt"]["status"] == "imported"
    assert by_name["plan.txt"]["status"] == "imported"
    assert by_name["real.txt"]["status"] == "unchanged"


def test_a_link_given_by_name_is_the_users_choice(library: Library, linked: Path) -> None:
    report = library.import_paths([linked / "secret.txt"])
    assert [(Path(r.path).name, r.status) for r in report.results] == [
        ("secret.txt", Status.IMPORTED)]
    assert search_ids(library, "Zebracorn")


# -- names ------------------------------------------------------------------------------


def test_a_name_too_long_for_a_sidecar_imports_alone(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "long"
    folder.mkdir()
    ascii_name = "L" * 250 + ".txt"  # 254 bytes, legal; plus ".meta.json" it is not
    accented = "é" * 125 + ".txt"  # 254 bytes in UTF-8 too
    assert len(os.fsencode(ascii_name)) == len(os.fsencode(accented)) == 254
    make.make_text(folder / ascii_name, "Quarterly pricing review notes with a long name.")
    make.make_text(folder / accented, "Accented renewal checklist with a long name.")
    make.make_text(folder / "short.txt", "A short-named note about approvals.")
    got = rows(library.import_paths([folder]))
    assert got[ascii_name] == [(Status.IMPORTED, "")]
    assert got[accented] == [(Status.IMPORTED, "")]
    assert got["short.txt"] == [(Status.IMPORTED, "")]
    assert {s for [(s, _)] in rows(library.import_paths([folder])).values()} == {
        Status.UNCHANGED}
    cli = run_main("import", str(folder), library=library.path, cwd=REPO, timeout=120)
    assert cli.returncode == 0, cli.stderr
    assert "Done: 3 unchanged." in cli.stdout


def test_a_path_too_long_to_open_fails_alone(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "deep"
    folder.mkdir()
    make.make_text(folder / "fine.txt", "A fine note about renewals.")
    fd = os.open(folder, os.O_RDONLY)
    try:  # build a path over PATH_MAX (4096 bytes) one folder at a time
        for _ in range(20):
            os.mkdir("d" * 250, dir_fd=fd)
            inner = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        note = os.open("deep note.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(note, b"Buried very deep.")
        os.close(note)
    finally:
        os.close(fd)
    report = library.import_paths([folder])
    got = rows(report)
    assert got["fine.txt"] == [(Status.IMPORTED, "")]
    failed = [r for r in report.results if r.status is Status.FAILED]
    assert len(failed) == 1 and "name too long" in failed[0].reason.casefold(), failed


def test_a_name_that_is_not_utf8_is_stored_readably_and_found_again(
    library: Library, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "latin1"
    folder.mkdir()
    make.make_text_at_bytes_path(folder, b"caf\xe9 notes.txt", "Notes from the cafe on budgets.")
    make.make_text(folder / "plain.txt", "A plain note about approvals.")
    with caplog.at_level(logging.WARNING):
        report = library.import_paths([folder])
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    got = rows(report)
    assert got["caf\\xe9 notes.txt"] == [(Status.IMPORTED, "")]
    assert got["plain.txt"] == [(Status.IMPORTED, "")]
    with sqlite3.connect(library.db_path) as conn:
        title, name = conn.execute(
            "SELECT title, source_name FROM assets WHERE source_name LIKE 'caf%'").fetchone()
    assert (title, name) == ("caf\\xe9 notes", "caf\\xe9 notes.txt")
    assert search_ids(library, "cafe budgets")
    again = rows(library.import_paths([folder]))
    assert again["caf\\xe9 notes.txt"] == [(Status.UNCHANGED, "")]
    assert_store_matches_database(library.path)
    cli = run_main("import", str(folder), "--json", library=library.path, cwd=REPO, timeout=120)
    assert cli.returncode == 0, cli.stderr
    assert "Traceback" not in cli.stderr and "Logging error" not in cli.stderr
    assert {r["status"] for r in json_rows(cli.stdout)} == {"unchanged"}


# -- text -------------------------------------------------------------------------------


def test_lone_surrogates_in_extracted_text_are_replaced(
    library: Library, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    make.make_pdf_with_lone_surrogate(folder / "odd font.pdf",
                                      "Pricing guide for the quarterly budget review")
    with caplog.at_level(logging.WARNING):
        report = library.import_paths([folder])
    assert rows(report)["odd font.pdf"] == [(Status.IMPORTED, "")]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    with sqlite3.connect(library.db_path) as conn:
        body = conn.execute("SELECT body FROM asset_texts").fetchone()[0]
    assert "\ufffd" in body and "quarterly budget review" in body
    assert search_ids(library, "quarterly budget")
    assert_store_matches_database(library.path)


def test_a_file_the_database_refuses_fails_alone_and_leaves_no_copy(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "refused"
    folder.mkdir()
    make.make_text(folder / "a.txt", "First note about approvals.")
    refused = make.make_text(folder / "refused.txt", "A note the database will refuse.")
    make.make_text(folder / "c.txt", "Third note about renewals.")
    with sqlite3.connect(library.db_path) as conn:  # a real failure after the copy is stored
        conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON assets "
                     "WHEN NEW.source_name = 'refused.txt' "
                     "BEGIN SELECT RAISE(ABORT, 'refused by this test'); END")
    report = library.import_paths([folder])
    got = rows(report)
    assert got["a.txt"] == [(Status.IMPORTED, "")]
    assert got["c.txt"] == [(Status.IMPORTED, "")]
    [(status, reason)] = got["refused.txt"]
    assert status is Status.FAILED
    assert reason.startswith("could not be stored in the library"), reason
    sha = hashlib.sha256(refused.read_bytes()).hexdigest()
    assert not library.content.has(sha, ".txt")
    assert_store_matches_database(library.path)


# -- a full disk ------------------------------------------------------------------------

DISK_KB = 16000


def disk_full_reasons(library_dir: Path) -> tuple[str, str]:
    where = f"the disk holding the library ({library_dir}) is full"
    return (f"could not be stored: {where}; free some space and import again",
            f"not imported: {where}; free some space and import again")


def sources(folder: Path, count: int = 30, size: int = 40_000) -> Path:
    folder.mkdir(parents=True)
    for number in range(count):
        make.make_random_text(folder / f"note {number:02d}.txt", size, seed=number,
                              prefix=f"budgetline note {number}")
    return folder


def check_full_disk_rows(results: list[dict], library_dir: Path, count: int) -> None:
    """One row per file; only imported or disk-full rows; once full, nothing else is read."""
    assert len(results) == count, results
    assert len({r["path"] for r in results}) == count
    stored, not_reached = disk_full_reasons(library_dir)
    failed = [r for r in results if r["status"] == "failed"]
    assert failed, "the disk never filled: make the test's disk smaller"
    assert {r["reason"] for r in failed} <= {stored, not_reached}, failed
    assert {r["status"] for r in results} <= {"imported", "failed"}


def test_a_full_disk_from_the_command_line(tmp_path: Path) -> None:
    folder = sources(tmp_path / "sources")
    with small_disk(tmp_path / "disk", DISK_KB) as disk:
        library_dir = disk / "lib"
        Library.open(library_dir).close()
        fill(disk, leave_bytes=600_000)
        done = run_main("import", str(folder), "--json", "--workers", "1", library=library_dir,
                        cwd=REPO, timeout=120)
        assert "something went wrong" not in done.stderr, done.stderr
        assert "Traceback" not in done.stderr, done.stderr
        assert done.returncode == 1, done.stderr
        results = json_rows(done.stdout)
        check_full_disk_rows(results, library_dir, 30)
        assert f"disk holding the library ({library_dir}) is full" in done.stderr
        assert_store_matches_database(library_dir)
        # Space freed, the same command imports the rest.
        (disk / "filler.bin").unlink()
        again = run_main("import", str(folder), "--json", library=library_dir, cwd=REPO,
                         timeout=120)
        assert again.returncode == 0, again.stderr
        assert {r["status"] for r in json_rows(again.stdout)} <= {"imported", "unchanged"}
        assert_store_matches_database(library_dir)
        with Library.open(library_dir) as library:
            assert run_search(library, SearchRequest(text="budgetline")).total == 30


@pytest.mark.parametrize("what", ["stored copy", "database rows", "search index"])
def test_a_full_disk_stops_the_import_and_keeps_a_row_per_file(
    tmp_path: Path, what: str
) -> None:
    """Whichever write meets the full disk first: the copy into files/ (a file bigger
    than the space left), the database (small .docx files with a lot of text; the index
    takes them only at the end) or the search index (written after each batch is
    committed: ``index_every=1``)."""
    folder = tmp_path / "sources"
    if what == "stored copy":
        sources(folder, count=20, size=800_000)
    elif what == "database rows":
        folder.mkdir()
        for number in range(20):
            make.make_roomy_docx(folder / f"roomy {number:02d}.docx", 120_000, seed=number)
    else:
        sources(folder, count=20)
    index_cadence = {"index_every": 1} if what == "search index" else {
        "index_every": 1000, "index_seconds": 3600.0}
    with small_disk(tmp_path / "disk", DISK_KB) as disk:
        library_dir = disk / "lib"
        with Library.open(library_dir) as library:
            fill(disk, leave_bytes=500_000)
            seen: list[str] = []
            report = library.import_paths(
                [folder], ImportOptions(workers=1, batch_size=1, **index_cadence),
                on_result=lambda r: seen.append(r.reason))
            results = [r.to_json() for r in report.results]
        check_full_disk_rows(results, library_dir, 20)
        stored, not_reached = disk_full_reasons(library_dir)
        first = next(i for i, reason in enumerate(seen) if reason in (stored, not_reached))
        assert set(seen[first + 1:]) <= {not_reached}, seen  # nothing read after it
        if what == "search index":  # stored, and says it is not searchable yet
            assert any("not searchable yet" in w for r in results for w in r["warnings"])
        else:
            assert stored in seen
        assert report.any_failed and not report.cancelled
        assert report.disk_full and str(library_dir) in report.disk_full
        assert_store_matches_database(library_dir)
