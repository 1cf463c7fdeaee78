"""The search index is derived data: whatever breaks it, the library mends it.

A search that fails inside the index says so plainly and the index is rebuilt in the
background; ``reindex`` swaps the new index in so a crash at any moment leaves a working
one; a command that does not read the index never waits on it.
"""

from __future__ import annotations

import logging
import subprocess
import time
from pathlib import Path

import pytest

from enablement.library import Library
from enablement.search.repair import IndexRepairing
from enablement.search.service import SearchRequest, run_search
from enablement.store.index_queue import queue_for_index
from index import IndexStore
from tests.commands import run_main, start_main
from tests.filemakers import make_docx, make_text

USER = "Dana Reyes"


def other_vendors_files(folder: Path, count: int = 50) -> Path:
    """Sales files from a vendor nobody wrote the demo for, in three formats."""
    folder.mkdir(parents=True, exist_ok=True)
    topics = ["payroll", "onboarding", "security review", "pricing", "renewal", "audit"]
    for n in range(count):
        topic = topics[n % len(topics)]
        body = (f"Northwind Logistics cut freight audit time by {n + 3} days. The {topic} "
                f"questions a controller asks first, with answers from {n + 2} customers.")
        if n % 3 == 0:
            make_docx(folder / f"northwind-{n}.docx", [body, f"Next steps for {topic}."],
                      title=f"Northwind {topic} brief {n}")
        elif n % 3 == 1:
            make_text(folder / f"talk-track-{n}.md", f"# {topic.title()} talk track {n}\n\n"
                      f"{body}\n")
        else:
            make_text(folder / f"faq-{n}.txt", f"{topic} FAQ {n}\n\n{body}\n")
    return folder


def test_a_tag_edit_after_an_import_keeps_search_working(demo_template: Path,
                                                         tmp_path: Path) -> None:
    """The reported sequence: the demo, 50 other files, one tag edit, then a search.
    Before the fix the search exited 3 (IndexError in the score vectors) until reindex."""
    library = tmp_path / "library"
    import shutil

    shutil.copytree(demo_template, library)
    imported = run_main("import", str(other_vendors_files(tmp_path / "northwind")),
                        library=library, user=USER, timeout=120)
    assert imported.returncode == 0, imported.stderr
    tagged = run_main("tag", "Northwind pricing brief 3", "--kind", "deck", library=library,
                      user=USER, timeout=120)
    assert tagged.returncode == 0, tagged.stderr
    for words in ("deck", "security review", "pricing"):
        found = run_main("search", words, library=library, user=USER, timeout=120)
        assert found.returncode == 0, found.stderr
        assert "something went wrong" not in found.stderr
        assert " results for " in found.stdout.splitlines()[0], found.stdout
    deck = run_main("search", "--kind", "deck", "--limit", "100", "--json", library=library,
                    user=USER, timeout=120)
    assert "Northwind pricing brief 3" in deck.stdout


def _damage(library: Library) -> None:
    """Zero the live index's posting files, as a failing disk would."""
    live = library.index_store.live_path()
    assert live is not None
    damaged = 0
    for part in live.iterdir():
        if part.suffix == ".seg":  # Whoosh's compound segment files
            size = part.stat().st_size
            with open(part, "r+b") as handle:
                handle.seek(size // 8)
                handle.write(b"\0" * (size - size // 4))
            damaged += 1
    assert damaged


def test_a_search_on_a_damaged_index_says_so_and_the_index_mends_itself(
        demo_library: Library, caplog: pytest.LogCaptureFixture) -> None:
    request = SearchRequest(text="security review")
    before = run_search(demo_library, request).total
    demo_library.searcher.close()  # as at the next start: the damage is read from disk
    _damage(demo_library)
    caplog.set_level(logging.ERROR)
    with pytest.raises(IndexRepairing) as failed:
        run_search(demo_library, request)
    assert "being rebuilt from the library" in str(failed.value)
    # Searches while the rebuild runs fail at once with the same plain words ...
    for _ in range(5):
        try:
            run_search(demo_library, request)
        except IndexRepairing as again:
            assert "being rebuilt" in str(again)
    assert demo_library.repair.wait(timeout=120)
    # ... the details were logged once, and the index answers again.
    logged = [r for r in caplog.records if r.name == "enablement.search.repair"
              and r.levelno >= logging.ERROR]
    assert len(logged) == 1 and logged[0].exc_info is not None
    assert run_search(demo_library, request).total == before
    assert demo_library.repair.repairs == 1


def test_the_search_command_repairs_a_damaged_index_and_answers(demo_template: Path,
                                                               tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "library"
    shutil.copytree(demo_template, folder)
    with Library.open(folder) as library:
        _damage(library)
    found = run_main("search", "security", library=folder, user=USER, timeout=120)
    assert found.returncode == 0, found.stderr
    assert " results for " in found.stdout.splitlines()[0]
    # Damage seen at start-up is mended before anything runs; either way nothing is lost.
    assert "something went wrong" not in found.stderr


def _library_of(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "library"
    source = tmp_path / "source"
    source.mkdir()
    for n in range(count):
        make_text(source / f"note-{n}.txt", f"Quarterly freight note {n}\n\nEvery lane "
                  f"reviewed: carrier {n % 17}, dock {n % 5}, audit findings and savings.")
    with Library.open(folder) as library:
        report = library.import_paths([source])
        assert not report.any_failed
    return folder


@pytest.mark.slow
def test_a_reindex_killed_at_any_moment_leaves_an_index_that_answers(tmp_path: Path) -> None:
    """kill -9 at moments spread over a whole reindex: every time the library answers
    with every asset (the old index or the new), and nothing half-built stays behind."""
    folder = _library_of(tmp_path, 600)
    with Library.open(folder) as library:
        expected = run_search(library, SearchRequest(text="freight")).total
    assert expected == 600
    started = time.perf_counter()
    assert run_main("reindex", library=folder, user=USER, timeout=120).returncode == 0
    whole = time.perf_counter() - started
    for fraction in (0.15, 0.3, 0.45, 0.6, 0.7, 0.8, 0.9, 0.97):
        process = start_main("reindex", library=folder, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        time.sleep(whole * fraction)
        process.kill()
        process.wait()
        with Library.open(folder) as library:
            assert run_search(library, SearchRequest(text="freight")).total == expected
    with Library.open(folder) as library:
        live = library.index_store.generation()
    leftovers = sorted(p.name for p in (folder / "index").iterdir() if p.is_dir())
    assert leftovers == [live]
    assert not (folder / "index.rebuild").exists() and not (folder / "index.old").exists()


def test_a_rebuild_that_fails_before_the_swap_keeps_the_old_index(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The moment the old two-rename swap lost everything: between the renames."""
    folder = _library_of(tmp_path, 30)
    from index import store as store_module

    def power_cut(*_args: object) -> None:
        raise OSError("simulated crash at the swap")

    monkeypatch.setattr(store_module.IndexStore, "_point_to", power_cut)
    with Library.open(folder) as library:
        with pytest.raises(OSError):
            library.reindex()
        monkeypatch.undo()
        assert run_search(library, SearchRequest(text="freight")).total == 30
        assert [p.name for p in (folder / "index").iterdir() if p.is_dir()] == \
            [library.index_store.generation()]


def test_an_index_from_the_old_layout_is_rebuilt_once(tmp_path: Path) -> None:
    """Libraries written before generations (Whoosh files straight in index/) upgrade."""
    folder = _library_of(tmp_path, 12)
    index = folder / "index"
    live = IndexStore(index).live_path()
    for part in live.iterdir():
        part.rename(index / part.name)
    live.rmdir()
    (index / "CURRENT").unlink()
    with Library.open(folder) as library:
        assert run_search(library, SearchRequest(text="freight")).total == 12
        assert library.index_store.generation()
    assert sorted(p.name for p in index.iterdir() if p.is_file()) == ["CURRENT", "write.lock"]


def _hold_the_index(folder: Path) -> tuple[IndexStore, object]:
    """Another process busy writing the index: its lock, and Whoosh's own writer lock."""
    store = IndexStore(folder / "index")
    holder = store.exclusive(0)
    assert holder.__enter__()
    writer = store.open().writer()
    return store, (holder, writer)


def test_commands_do_not_wait_on_another_process_writing_the_index(demo_template: Path,
                                                                  tmp_path: Path) -> None:
    """A rating never touches the index; a search answers from the index as it is while
    another process writes it (which then writes what this one queued)."""
    import shutil

    folder = tmp_path / "library"
    shutil.copytree(demo_template, folder)
    with Library.open(folder) as library, library.sessions.begin() as session:
        queue_for_index(session, [1, 2, 3])  # edits not yet in the index
    store, (holder, writer) = _hold_the_index(folder)
    try:
        for args in (("rate", "Invoxa battlecard", "4"), ("search", "security"),
                     ("report", "--format", "csv", "--out", str(tmp_path / "r.csv"))):
            started = time.perf_counter()
            done = run_main(*args, library=folder, user=USER, timeout=60)
            assert done.returncode == 0, (args, done.stderr)
            assert time.perf_counter() - started < 20, args  # not the 30 s writer wait
    finally:
        writer.cancel()
        holder.__exit__(None, None, None)
