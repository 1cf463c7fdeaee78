"""The bundled demo library imports cleanly and covers what the product promises."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from enablement.catalog import assets as catalog
from enablement.library import Library
from enablement.search.service import SearchRequest, run_search
from tests.commands import run_main

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "assets" / "demo"
INTENDED = json.loads((REPO / "assets" / "demo_catalog.json").read_text(encoding="utf-8"))
STAGES = {"awareness", "consideration", "decision", "onboarding", "expansion"}
OBJECTIONS = {"price", "roi", "security", "integration", "switching", "implementation",
              "timing", "incumbent", "authority", "scalability", "support", "contract"}
KINDS = {"case_study", "battlecard", "roi_calculator", "one_pager", "deck", "whitepaper",
         "email_template", "other"}


def _views(library: Library) -> dict[str, catalog.AssetView]:
    with library.sessions() as session:
        return {
            Path(view.source_path).relative_to(DEMO).as_posix(): view
            for view in catalog.list_assets(session, library.taxonomy())
        }


def test_demo_imports_every_file_with_nothing_failed(demo_library: Library) -> None:
    views = _views(demo_library)
    assert len(views) >= 40
    assert set(views) == set(INTENDED)


def test_demo_covers_every_kind_format_stage_and_objection(demo_library: Library) -> None:
    views = _views(demo_library)
    kinds = Counter(v.tags["kind"][0].key for v in views.values())
    assert set(kinds) == KINDS
    assert {v.format for v in views.values()} == {"pdf", "docx", "pptx", "xlsx", "md", "txt"}
    stages = Counter(t.key for v in views.values() for t in v.tags.get("stage", ()))
    objections = Counter(t.key for v in views.values() for t in v.tags.get("objection", ()))
    assert set(stages) == STAGES and min(stages.values()) >= 3
    assert set(objections) == OBJECTIONS and min(objections.values()) >= 2
    origins = {t.origin for v in views.values() for ts in v.tags.values() for t in ts}
    assert {"manifest", "sidecar", "properties", "suggestion"} <= origins


def test_metadata_routes_match_what_the_demo_intends(demo_library: Library) -> None:
    views = _views(demo_library)
    for path, intended in INTENDED.items():
        kind = views[path].tags["kind"][0]
        if intended["route"] in ("manifest", "sidecar"):
            assert (kind.key, kind.origin) == (intended["kind"], intended["route"]), path


def test_suggestions_recover_most_objections_of_untagged_files(demo_library: Library) -> None:
    """Files with no manifest, sidecar or keywords are tagged from their text alone."""
    views = _views(demo_library)
    wanted = found = 0
    kinds_right = 0
    untagged = [p for p, i in INTENDED.items() if i["route"] == "none"]
    for path in untagged:
        tags = views[path].tags
        got = {t.key for t in tags.get("objection", ())}
        wanted += len(INTENDED[path]["objections"])
        found += len(got & set(INTENDED[path]["objections"]))
        kinds_right += tags["kind"][0].key == INTENDED[path]["kind"]
    assert found / wanted >= 0.6, (found, wanted)
    assert kinds_right / len(untagged) >= 0.7, (kinds_right, len(untagged))


def test_a_rep_preparing_for_a_call_finds_the_right_assets(demo_library: Library) -> None:
    response = run_search(demo_library, SearchRequest(
        text="", filters={"competitor": ("Invoxa",), "kind": ("battlecard",)}))
    assert response.total >= 2
    assert all("invoxa" in hit.tags.get("competitor", ()) for hit in response.hits)
    security = run_search(demo_library, SearchRequest(text="SOC 2 data residency"))
    assert security.total >= 3
    assert "security" in security.hits[0].tags.get("objection", ())


def test_first_run_headless_info_imports_the_demo(tmp_path: Path) -> None:
    """`info` is the window's first run without a window (the window: test_cli.py)."""
    result = run_main("info", env={"ENABLEMENT_LIBRARY": str(tmp_path / "first-run")}, cwd=REPO,
                      timeout=300)
    assert result.returncode == 0, result.stderr
    assert "First run: importing the demo library" in result.stdout
    assert f"{len(INTENDED)} assets" in result.stdout
