"""The library's own synonym list: stored in the library, edited by a marketer, used by
every search at once (here and in another process), a bad entry or file refused whole."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from enablement.api import Library, SearchRequest, UserError
from index.synonyms import SYNONYM_GROUPS
from tests.commands import run_main

REPO = Path(__file__).resolve().parents[3]


def write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture()
def site_library(tmp_path: Path) -> Library:
    """A construction firm's files: none says "rfi" or "snag list"."""
    content = tmp_path / "content"
    write(content, "Submittal log.txt", "Every request for information is answered by the "
          "architect within five days; the log tracks each one.")
    write(content, "Closeout guide.md", "# Closeout guide\n\nWalk the punch list with the "
          "owner before turnover.")
    write(content, "Safety talk.txt", "Toolbox talks every Monday on the site.")
    library = Library.open(tmp_path / "library")
    assert library.import_paths([content]).counts()["imported"] == 3
    yield library
    library.close()


def titles(library: Library, words: str) -> list[str]:
    """The assets a search finds (near misses, which hold only some words, left out)."""
    return [hit.title for hit in library.search.search(SearchRequest(text=words)).hits
            if not hit.partial]


def test_a_new_library_holds_the_built_in_groups(library: Library) -> None:
    groups = library.catalog.synonyms()
    assert [g.entries for g in groups] == [tuple(g) for g in SYNONYM_GROUPS]
    assert {g.origin for g in groups} == {"default"} and all(g.editable for g in groups)


def test_a_marketer_s_synonyms_apply_to_the_next_search(site_library: Library) -> None:
    assert titles(site_library, "rfi") == []
    group, changes = site_library.catalog.add_synonyms(["RFI", "request  for information"])
    assert changes.taxonomy and group.entries == ("rfi", "request for information")
    assert titles(site_library, "rfi") == ["Submittal log"]
    # Extended with a phrase; a phrase typed finds the assets that say another entry.
    assert titles(site_library, "snag list") == []
    punch, _ = site_library.catalog.add_synonyms(["punch list", "snag list"])
    assert titles(site_library, "snag list") == ["Closeout guide"]
    extended, _ = site_library.catalog.add_synonyms(["Deficiency list"], to=punch.id)
    assert extended.entries == ("punch list", "snag list", "deficiency list")
    assert titles(site_library, "deficiency list") == ["Closeout guide"]
    # Entries dropped, then the group: searches stop finding through it.
    left, _ = site_library.catalog.remove_synonyms(punch.id, ["snag list"])
    assert left is not None and left.entries == ("punch list", "deficiency list")
    assert titles(site_library, "snag list") == []
    gone, _ = site_library.catalog.remove_synonyms(group.id)
    assert gone is None and titles(site_library, "rfi") == []
    # A built-in group can go too (a library whose "case" is a court case), and come back.
    case = next(g for g in site_library.catalog.synonyms() if "story" in g.entries
                and "case" in g.entries and len(g.entries) == 2)
    site_library.catalog.remove_synonyms(case.id)
    assert case.entries not in [g.entries for g in site_library.catalog.synonyms()]
    assert site_library.catalog.restore_synonyms()[0] == 1
    back = [g for g in site_library.catalog.synonyms() if g.entries == case.entries]
    assert [g.origin for g in back] == ["default"]
    assert site_library.catalog.restore_synonyms()[0] == 0


def test_another_process_sees_the_list(site_library: Library, tmp_path: Path) -> None:
    site_library.catalog.add_synonyms(["rfi", "request for information"])
    result = run_main("search", "rfi", "--json", library=tmp_path / "library", cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert [hit["title"] for hit in json.loads(result.stdout)["hits"]] == ["Submittal log"]


@pytest.mark.parametrize(("entries", "message"), [
    (["rfi"], "two different"),
    (["rfi", "RFI "], "two different"),
    (["rfi", ""], "not a synonym"),
    (["rfi", "--"], "not a synonym"),
    (["rfi", "x" * 61], "too long"),
    (["rfi", "a b c d e f g"], "too long"),
    (["rfi", "req\u202euest"], "control characters"),
    (["rfi", "request, information"], "comma"),
    ([f"w{n}" for n in range(31)], "at most 30"),
])
def test_a_bad_group_is_refused_and_nothing_is_stored(
        library: Library, entries: list[str], message: str) -> None:
    before = library.catalog.synonyms()
    with pytest.raises(UserError, match=message):
        library.catalog.add_synonyms(entries)
    assert library.catalog.synonyms() == before


def test_editing_a_group_that_is_not_there_says_how_to_find_it(library: Library) -> None:
    with pytest.raises(UserError, match="lists them"):
        library.catalog.remove_synonyms(99_999)
    first = library.catalog.synonyms()[0]
    with pytest.raises(UserError, match="has no 'tariff'"):
        library.catalog.remove_synonyms(first.id, ["tariff"])


def test_a_synonym_file_is_added_once_and_a_bad_line_adds_nothing(
        site_library: Library, tmp_path: Path) -> None:
    good = tmp_path / "synonyms.txt"
    good.write_text("# the field's words\nrfi, request for information\n\n"
                    "punch list, snag list  # the UK word\n", encoding="utf-8")
    assert site_library.catalog.import_synonyms(good)[0] == 2
    assert site_library.catalog.import_synonyms(good)[0] == 0  # held already
    assert titles(site_library, "snag list") == ["Closeout guide"]
    before = site_library.catalog.synonyms()
    bad = tmp_path / "bad.txt"
    bad.write_text("gc, general contractor\nsub => subcontractor\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"bad.txt, line 2: one-way"):
        site_library.catalog.import_synonyms(bad)
    bad.write_text("gc, general contractor\nlonely\n", encoding="utf-8")
    with pytest.raises(UserError, match="line 2: a group needs two"):
        site_library.catalog.import_synonyms(bad)
    bad.write_text("gc, general contractor\n" + ", ".join(f"w{n}" for n in range(50_000)),
                   encoding="utf-8")
    with pytest.raises(UserError, match="line 2: A synonym group holds at most 30"):
        site_library.catalog.import_synonyms(bad)
    bad.write_bytes(b"\xff\xfe\x00gc")
    with pytest.raises(UserError, match="UTF-8"):
        site_library.catalog.import_synonyms(bad)
    assert site_library.catalog.synonyms() == before
    # Exported, the list comes back whole in another library.
    assert site_library.catalog.export_synonyms(tmp_path / "out.txt") == len(before)
    with Library.open(tmp_path / "other") as other:
        for group in other.catalog.synonyms():
            other.catalog.remove_synonyms(group.id)
        assert other.catalog.import_synonyms(tmp_path / "out.txt")[0] == len(before)
        assert [g.entries for g in other.catalog.synonyms()] == [g.entries for g in before]


def test_an_older_library_gets_the_built_in_groups_once(tmp_path: Path) -> None:
    from enablement.store import migrate

    db = tmp_path / "old" / "library.db"
    db.parent.mkdir()
    migrate.upgrade(db, "0010")
    with Library.open(tmp_path / "old") as library:
        assert len(library.catalog.synonyms()) == len(SYNONYM_GROUPS)
        library.catalog.remove_synonyms(library.catalog.synonyms()[0].id)
    with Library.open(tmp_path / "old") as library:  # opening again adds nothing back
        assert len(library.catalog.synonyms()) == len(SYNONYM_GROUPS) - 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM synonym_groups WHERE origin = 'default'"
                            ).fetchone() == (len(SYNONYM_GROUPS) - 1,)


def test_the_command_line_lists_adds_imports_and_removes(site_library: Library,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "library"
    site_library.close()
    added = run_main("taxonomy", "synonyms", "add", "RFI", "request for information",
                     library=path, cwd=REPO)
    assert added.returncode == 0, added.stderr
    assert "rfi = request for information" in added.stdout
    number = added.stdout.split()[1]
    extended = run_main("taxonomy", "synonyms", "add", "site query", "--to", number,
                        library=path, cwd=REPO)
    assert "rfi = request for information = site query" in extended.stdout
    listed = run_main("taxonomy", "synonyms", "--json", library=path, cwd=REPO)
    groups = json.loads(listed.stdout)
    assert {"id": int(number), "entries": ["rfi", "request for information", "site query"],
            "origin": "library"} in groups
    assert sum(g["origin"] == "default" for g in groups) == len(SYNONYM_GROUPS)
    found = json.loads(run_main("search", "site query", "--json", library=path,
                                cwd=REPO).stdout)
    assert not found["partial"] and found["hits"][0]["title"] == "Submittal log"
    lonely = run_main("taxonomy", "synonyms", "add", "rfi", library=path, cwd=REPO)
    assert lonely.returncode != 0 and "two different" in lonely.stderr
    (tmp_path / "list.txt").write_text("gc, general contractor\n", encoding="utf-8")
    imported = run_main("taxonomy", "synonyms", "import", str(tmp_path / "list.txt"),
                        library=path, cwd=REPO)
    assert "Added 1 synonym groups" in imported.stdout
    first = str(json.loads(listed.stdout)[0]["id"])
    run_main("taxonomy", "synonyms", "remove", first, library=path, cwd=REPO)
    restored = run_main("taxonomy", "synonyms", "restore", library=path, cwd=REPO)
    assert "Restored 1 built-in synonym groups." in restored.stdout
    unwritable = run_main("taxonomy", "synonyms", "export", str(tmp_path / "no" / "x.txt"),
                          library=path, cwd=REPO)
    assert unwritable.returncode != 0 and "could not write it" in unwritable.stderr
    removed = run_main("taxonomy", "synonyms", "remove", number, library=path, cwd=REPO)
    assert f"Removed synonym group {number}." in removed.stdout
    plain = run_main("taxonomy", "synonyms", library=path, cwd=REPO)
    assert "gc = general contractor" in plain.stdout and "site query" not in plain.stdout
    assert "[default]" in plain.stdout


def test_a_library_left_open_sees_what_another_process_changed(site_library: Library,
                                                               tmp_path: Path) -> None:
    """A window left open while the command line (or a sync) edits the list: its next
    search uses the new list, and a new tag value shows, without reopening."""
    assert titles(site_library, "rfi") == []  # the taxonomy is read and kept
    added = run_main("taxonomy", "synonyms", "add", "rfi", "request for information",
                     library=tmp_path / "library", cwd=REPO)
    assert added.returncode == 0, added.stderr
    assert titles(site_library, "rfi") == ["Submittal log"]
    run_main("taxonomy", "add", "competitor", "Corbelt", library=tmp_path / "library",
             cwd=REPO)
    assert "corbelt" in {v.key for v in site_library.taxonomy().facet("competitor").values}


def test_the_list_has_a_limit_and_the_hub_s_groups_do_not_use_it(library: Library) -> None:
    from enablement.catalog import synonyms as synonym_store

    own = len(library.catalog.synonyms())
    with library.sessions.begin() as session:
        synonym_store.add_many(session, [(f"w{n}", f"v{n}")
                                         for n in range(synonym_store.MAX_GROUPS - own)])
        synonym_store.replace_hub_groups(session, [(f"h{n}", f"g{n}") for n in range(50)])
    library.taxonomy_changed()
    with pytest.raises(UserError, match="of its own, the most it keeps"):
        library.catalog.add_synonyms(["one more", "and another"])
    first = next(g for g in library.catalog.synonyms() if g.origin == "library")
    library.catalog.remove_synonyms(first.id)
    group, _ = library.catalog.add_synonyms(["one more", "and another"])
    assert group.entries == ("one more", "and another")
    assert len(library.catalog.synonyms()) == synonym_store.MAX_GROUPS + 50


def test_a_library_from_before_the_list_is_read_as_it_is_on_a_full_disk(
        tmp_path: Path) -> None:
    """A full disk opens an older library read-only, unmigrated: its searches use the
    built-in list, and the next opening with room adds the list."""
    from enablement.store.disk import DiskFull

    content = tmp_path / "content"
    write(content, "Budget primer.txt", "Plan the budget for a mid-rise fit-out.")
    with Library.open(tmp_path / "library") as library:
        library.import_paths([content])
    with sqlite3.connect(tmp_path / "library" / "library.db") as conn:  # as 0010 left it
        for (trigger,) in conn.execute("SELECT name FROM sqlite_master WHERE type = "
                                       "'trigger' AND name LIKE 'taxonomy_version_%'"
                                       ).fetchall():
            conn.execute(f"DROP TRIGGER {trigger}")
        conn.execute("DROP TABLE synonym_groups")
        conn.execute("DROP TABLE taxonomy_version")
        conn.execute("UPDATE alembic_version SET version_num = '0010'")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # read-only opens see the file
    read_only = Library(tmp_path / "library", read_only=DiskFull("Not saved: full."))
    try:
        assert [g.entries for g in read_only.catalog.synonyms()] == [
            tuple(g) for g in SYNONYM_GROUPS]
        assert titles(read_only, "pricing") == ["Budget primer"]  # "budget": built in
        with pytest.raises(UserError, match="full"):
            read_only.catalog.add_synonyms(["rfi", "request for information"])
    finally:
        read_only.close()
    with Library.open(tmp_path / "library") as library:  # room again: migrated
        assert len(library.catalog.synonyms()) == len(SYNONYM_GROUPS)
        library.catalog.add_synonyms(["rfi", "request for information"])
