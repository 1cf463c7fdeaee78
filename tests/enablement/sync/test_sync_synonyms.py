"""Marketing's synonym list through the hub: sent by a publish, taken whole by a rep's
laptop (the laptop's own groups kept), and a hostile list refused group by group."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text

from enablement.api import Library, SearchRequest, UserError
from enablement.sync import hub, publish, run
from tests.enablement.sync.test_sync import content_folder


@pytest.fixture()
def marketer(tmp_path: Path, hub_url: str) -> Iterator[Library]:
    library = Library.open(tmp_path / "marketer")
    library.import_paths([content_folder(tmp_path / "content")])
    yield library
    library.close()


@pytest.fixture()
def rep(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "rep-laptop")
    yield library
    library.close()


def publish_now(library: Library, hub_url: str) -> publish.PublishReport:
    with hub.connected(hub_url) as engine:
        return publish.publish(library.sessions, engine, library.content, "Mara")


def hub_groups(library: Library) -> list[tuple[str, ...]]:
    return [g.entries for g in library.catalog.synonyms() if g.origin == "hub"]


def titles(library: Library, words: str) -> list[str]:
    return [hit.title for hit in library.search.search(SearchRequest(text=words)).hits]


def test_marketing_s_synonyms_reach_a_rep_and_leave_when_marketing_drops_them(
        marketer: Library, rep: Library, hub_url: str) -> None:
    publish_now(marketer, hub_url)
    group, _ = marketer.catalog.add_synonyms(["attestation", "SOC 2"])
    second = publish_now(marketer, hub_url)
    assert second.taxonomy and second.assets == 0
    assert publish_now(marketer, hub_url).taxonomy is False  # nothing new the second time
    own, _ = rep.catalog.add_synonyms(["hospital", "health system"])

    assert run.sync(rep, hub_url).taxonomy
    assert hub_groups(rep) == [("attestation", "soc 2")]
    assert len([g for g in rep.catalog.synonyms() if g.origin == "default"]) > 20
    assert any("Northvale" in title for title in titles(rep, "attestation"))
    hub_id = next(g.id for g in rep.catalog.synonyms() if g.origin == "hub")
    with pytest.raises(UserError, match="team hub"):
        rep.catalog.remove_synonyms(hub_id)

    marketer.catalog.remove_synonyms(group.id)
    assert publish_now(marketer, hub_url).taxonomy
    assert run.sync(rep, hub_url).taxonomy
    assert hub_groups(rep) == []
    assert not any("Northvale" in title for title in titles(rep, "attestation"))
    assert own.entries in [g.entries for g in rep.catalog.synonyms()]  # the rep's own stays


def test_a_hostile_synonym_list_keeps_its_good_groups_only(
        marketer: Library, rep: Library, hub_url: str) -> None:
    publish_now(marketer, hub_url)
    engine = create_engine(hub_url)
    hostile = [["attestation", "soc 2"], ["x" * 5_000, "y"], ["one"], "not a list",
               [1, 2], ["rfi", "re\u202equest"], ["a"] * 2 + [f"w{n}" for n in range(40)],
               ["sub", "subcontractor", "sub"]]

    def put(conn: Connection, version: int, document: str) -> None:
        conn.execute(text("DELETE FROM hub_taxonomy WHERE name = 'synonyms'"))
        conn.execute(text("INSERT INTO hub_taxonomy (name, version, fingerprint, document) "
                          "VALUES ('synonyms', :v, :f, :d)"),
                     {"v": version, "f": "0" * 64, "d": document})
        conn.execute(text("UPDATE hub_meta SET value = :v WHERE key = 'catalog_version'"),
                     {"v": str(version)})
        conn.commit()

    try:
        with engine.connect() as conn:
            put(conn, 2, json.dumps(hostile))
        report = run.sync(rep, hub_url)
        assert report.offline == ""
        assert hub_groups(rep) == [("attestation", "soc 2"), ("sub", "subcontractor")]
        refused = [r for r in report.refused if r.what == "synonym group"]
        assert len(refused) == 6
        # Not a list at all: refused whole, and the groups taken before stay.
        with engine.connect() as conn:
            put(conn, 3, json.dumps({"attestation": "soc 2"}))
        again = run.sync(rep, hub_url)
        assert [r.what for r in again.refused] == ["synonyms"]
        assert hub_groups(rep) == [("attestation", "soc 2"), ("sub", "subcontractor")]
        assert run.sync(rep, hub_url).refused == []
    finally:
        engine.dispose()
