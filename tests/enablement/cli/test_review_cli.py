"""``review`` on the command line, as a marketer runs it (a real process, real files):
list what waits and why, accept or reject per tag, per field or for several assets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from enablement.library import Library
from tests.commands import REPO, run_main
from tests.review_files import library_with_suggestions


@pytest.fixture()
def library_dir(tmp_path: Path) -> Path:
    return library_with_suggestions(tmp_path / "library", tmp_path / "files")


def _queue(library_dir: Path) -> dict:
    result = run_main("review", "--json", library=library_dir, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _asset_id(queue: dict, name: str) -> int:
    return next(i["asset_id"] for i in queue["items"] if i["source_name"] == name)


def test_review_lists_what_waits_and_why(library_dir: Path) -> None:
    result = run_main("review", library=library_dir, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "wait for review" in result.stdout
    assert "pricing.txt" in result.stdout and "security.txt" in result.stdout
    assert "“price" in result.stdout or "“budget" in result.stdout  # a phrase that argued
    queue = _queue(library_dir)
    assert queue["assets"] == 2
    price = next(i for i in queue["items"] if (i["field"], i["value"]) == ("objection", "price"))
    assert price["source_name"] == "pricing.txt" and price["why"] and price["reasons"]


def test_accept_one_tag_then_reject_a_field(library_dir: Path) -> None:
    queue = _queue(library_dir)
    pricing = _asset_id(queue, "pricing.txt")
    result = run_main("review", "--accept", str(pricing), "objection", "price",
                      library=library_dir, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"accepted  {pricing:>5}  objection:" in result.stdout
    assert "Done: 1 suggestions accepted on 1 assets." in result.stdout
    with Library.open(library_dir) as library:
        objections = library.catalog.asset(pricing).tags["objection"]
        assert [(t.key, t.origin) for t in objections] == [("price", "manual")]
        kinds = {i.facet for i in library.catalog.review_queue(asset_ids=[pricing]).items}
    result = run_main("review", "--reject", "pricing.txt", "kind", "--json",
                      library=library_dir, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["assets"] == [pricing]
    assert {i["field"] for i in shown["rejected"]} == ({"kind"} if "kind" in kinds else set())
    with Library.open(library_dir) as library:
        assert "kind" not in library.catalog.asset(pricing).tags


def test_accept_several_assets_at_once(library_dir: Path) -> None:
    queue = _queue(library_dir)
    ids = f"{_asset_id(queue, 'pricing.txt')},{_asset_id(queue, 'security.txt')}"
    result = run_main("review", "--accept", ids, library=library_dir, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"Done: {len(queue['items'])} suggestions accepted on 2 assets." in result.stdout
    assert _queue(library_dir) == {"assets": 0, "items": []}
    result = run_main("review", library=library_dir, cwd=REPO, timeout=120)
    assert "Nothing to review" in result.stdout


def test_nothing_to_decide_is_a_usage_error(library_dir: Path) -> None:
    pricing = _asset_id(_queue(library_dir), "pricing.txt")
    result = run_main("review", "--reject", str(pricing), "objection", "security",
                      library=library_dir, cwd=REPO, timeout=120)
    assert result.returncode == 2
    assert "Nothing waits for review" in result.stderr
    result = run_main("review", "--accept", str(pricing), "colour", library=library_dir,
                      cwd=REPO, timeout=120)
    assert result.returncode == 2 and "Unknown tag field 'colour'" in result.stderr
    result = run_main("review", "--accept", "1", "a", "b", "c", library=library_dir,
                      cwd=REPO, timeout=120)
    assert result.returncode == 2 and "Usage: review --accept" in result.stderr
