"""Prepare for a call: ranking on effective tags, the reasons given, and the command."""

from __future__ import annotations

import json
import random
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import insert

from enablement.catalog import assets as catalog
from enablement.catalog.taxonomy import ensure_value
from enablement.catalog.taxonomy_defaults import KIND_STAGE_HINTS
from enablement.errors import UserError
from enablement.library import Library
from enablement.search.recommend import (
    CHUNK,
    SUGGESTION_FACTOR,
    WEIGHTS,
    CallContext,
    Reason,
    Recommendation,
    recommend,
)
from enablement.store.models import Asset, AssetTag, StoredFile
from tests import filemakers as make
from tests.commands import run_main

REPO = Path(__file__).resolve().parents[3]
SECURITY_TEXT = "Our SOC 2 report and data residency options answer every security review."


def _import(library: Library, folder: Path) -> None:
    report = library.import_paths([folder])
    assert not report.any_failed


def _tag(library: Library, reference: str, **values: list[str]) -> None:
    with library.sessions.begin() as session:
        asset = catalog.find_asset(session, reference)
        catalog.set_manual_tags(session, library.taxonomy(), asset, values)
    library.taxonomy_changed()


def test_demo_security_at_decision_puts_security_assets_first(demo_library: Library) -> None:
    found = recommend(demo_library, CallContext(stage="decision", objections=("security",)))
    assert len(found) == 20
    answers = [any(r.facet == "objection" and r.key == "security" for r in item.reasons)
               for item in found]
    assert answers[0] and "Security / compliance" in found[0].why()
    assert "Decision stage" in found[0].why()
    # Every asset that answers the objection ranks above every one that only fits the stage.
    assert answers == sorted(answers, reverse=True)
    assert [item.score for item in found] == sorted((item.score for item in found),
                                                    reverse=True)
    invoxa = next(item for item in found if item.source_name == "Invoxa battlecard.pdf")
    assert invoxa.reasons == (
        Reason("objection", "security", "Security / compliance", "manifest"),
        Reason("stage", "decision", "Decision", "manifest"),
    )
    assert invoxa.score == WEIGHTS["objection"] + WEIGHTS["stage"]
    assert invoxa.kind == "battlecard" and invoxa.kind_label == "Battlecard"


def test_labels_work_like_keys_and_blanks_are_ignored(demo_library: Library) -> None:
    by_key = recommend(demo_library, CallContext(stage="decision", objections=("price",),
                                                 competitor="invoxa"))
    by_label = recommend(demo_library, CallContext(
        stage="Decision", objections=("Price / budget", "  ", "price"), competitor="INVOXA",
        industry=" "))
    assert by_label == by_key
    top = by_key[0]
    assert top.source_name in {"Invoxa battlecard.pdf", "Invoxa pricing flash card - H1 2025.md"}
    assert top.why().startswith("Answers Price / budget · vs Invoxa · Decision stage")


def test_only_assets_with_a_matching_tag_are_returned(demo_library: Library) -> None:
    found = recommend(demo_library, CallContext(competitor="Clerkwise"), limit=100)
    assert found and all(
        [(r.facet, r.key) for r in item.reasons] == [("competitor", "clerkwise")]
        for item in found
    )
    assert all(item.why().startswith("vs Clerkwise") for item in found)


@pytest.mark.parametrize(("context", "message"), [
    (CallContext(stage="closing"), "'closing' is not a known funnel stage; use one of: "),
    (CallContext(objections=("pricey",)), "'pricey' is not a known objection"),
    (CallContext(competitor="Nobody Inc"), "'Nobody Inc' is not a known competitor in this "
                                            "library; use one of: Clerkwise, Invoxa, PayRidge"),
    (CallContext(persona="wizard"), "'wizard' is not a known persona"),
    (CallContext(), "Pick at least a stage, an objection, a competitor or an industry."),
    (CallContext(stage=" ", objections=("",)), "Pick at least"),
])
def test_unknown_or_missing_values_name_the_field(
    demo_library: Library, context: CallContext, message: str
) -> None:
    with pytest.raises(UserError, match="^" + message.replace("(", r"\(").replace(".", r"\.")):
        recommend(demo_library, context)


def test_limit_must_be_positive(demo_library: Library) -> None:
    with pytest.raises(UserError, match="limit"):
        recommend(demo_library, CallContext(stage="decision"), limit=0)


def test_a_manual_tag_beats_a_suggestion(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    make.make_text(folder / "Alpha note.txt", f"Alpha note\n\n{SECURITY_TEXT}\n")
    make.make_text(folder / "Beta note.md", f"# Beta note\n\n{SECURITY_TEXT}\n")
    _import(library, folder)
    context = CallContext(objections=("security",))

    before = recommend(library, context)
    assert [item.source_name for item in before] == ["Alpha note.txt", "Beta note.md"]
    assert all(item.reasons[0].origin == "suggestion" for item in before)
    assert before[0].score == pytest.approx(WEIGHTS["objection"] * SUGGESTION_FACTOR)
    assert before[0].why().endswith("(some tags only suggested from the text)")

    _tag(library, "Beta note.md", objection=["security"])
    after = recommend(library, context)
    assert [item.source_name for item in after] == ["Beta note.md", "Alpha note.txt"]
    assert after[0].reasons == (Reason("objection", "security", "Security / compliance",
                                       "manual"),)
    assert after[0].score == WEIGHTS["objection"] > after[1].score
    assert after[0].why() == "Answers Security / compliance"

    # A person's edit hides the suggestion: Alpha no longer claims to answer security.
    _tag(library, "Alpha note.txt", objection=["price"])
    assert [item.source_name for item in recommend(library, context)] == ["Beta note.md"]
    assert [item.source_name for item in recommend(library, CallContext(
        objections=("price",)))] == ["Alpha note.txt"]
    _tag(library, "Beta note.md", objection=["none"])
    assert recommend(library, context) == []


def test_ties_go_to_the_kind_that_serves_the_stage_then_to_the_title(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    for name in ("Alpha paper.txt", "Zulu card.txt", "Mike story.txt"):
        make.make_text(folder / name, f"{name} for the buying committee.\n")
    _import(library, folder)
    _tag(library, "Alpha paper.txt", kind=["whitepaper"], stage=["decision"],
         competitor=["Invoxa"])
    _tag(library, "Zulu card.txt", kind=["battlecard"], stage=["decision"],
         competitor=["Invoxa"])
    _tag(library, "Mike story.txt", kind=["case_study"], stage=["decision"],
         competitor=["Invoxa"])

    at_decision = recommend(library, CallContext(stage="decision"))
    assert [r.source_name for r in at_decision] == ["Zulu card.txt", "Alpha paper.txt",
                                                    "Mike story.txt"]
    assert len({r.score for r in at_decision}) == 1
    no_stage = recommend(library, CallContext(competitor="Invoxa"))
    assert [r.source_name for r in no_stage] == ["Alpha paper.txt", "Mike story.txt",
                                                 "Zulu card.txt"]


def test_why_and_json_name_every_match_in_order(library: Library, tmp_path: Path) -> None:
    make.make_text(tmp_path / "Playbook.txt", "Playbook\n\nHow to run the deal.\n")
    _import(library, tmp_path / "Playbook.txt")
    _tag(library, "Playbook", kind=["battlecard"], stage=["decision"],
         objection=["integration", "price", "security"], competitor=["Invoxa"],
         industry=["healthcare"], persona=["it"])
    item = recommend(library, CallContext(
        stage="decision", objections=("security", "implementation", "integration"),
        competitor="invoxa", industry="Healthcare", persona="IT"))[0]
    assert item.why() == ("Answers Security / compliance and Integration with existing tools"
                          " · vs Invoxa · Decision stage · for Healthcare · for IT")
    assert [r.key for r in item.reasons] == ["security", "integration", "invoxa", "decision",
                                             "healthcare", "it"]
    assert item.score == 3 + 3 + 3 + 2 + 1.5 + 1
    data = item.to_json()
    assert json.loads(json.dumps(data)) == data
    assert data["matched"][0] == {"facet": "objection", "value": "security",
                                  "label": "Security / compliance", "origin": "manual"}
    assert {k: data[k] for k in ("title", "kind", "kind_label", "source_name", "format",
                                 "score")} == {
        "title": "Playbook", "kind": "battlecard", "kind_label": "Battlecard",
        "source_name": "Playbook.txt", "format": "txt", "score": 13.5}
    three = Recommendation(1, "t", None, None, "t.txt", "txt", 9.0, tuple(
        Reason("objection", k, k.title(), "manual") for k in ("a", "b", "c")))
    assert three.why() == "Answers A, B and C"


# -- many assets: the bounded search gives exactly what scoring everything would --------


def _insert(library: Library, assets: dict[str, set[tuple[str, str, str]]]) -> None:
    """Assets by title with (facet, key, origin) tags, written straight to the tables (no
    files: ranking reads only the database)."""
    now = datetime(2025, 1, 1)
    files, rows, tags = [], [], []
    for number, (title, asset_tags) in enumerate(assets.items(), 1):
        sha = f"{number:064x}"
        files.append({"sha256": sha, "size": 1, "extension": ".txt", "added_at": now})
        rows.append({"id": number, "uuid": f"uuid-{number}", "title": title,
                     "title_origin": "file name", "summary": "", "summary_origin": "x",
                     "sha256": sha, "format": "txt", "source_path": f"/src/{number}.txt",
                     "source_name": f"{number}.txt", "has_text": True, "imported_at": now,
                     "updated_at": now, "notes": ""})
        tags.extend({"asset_id": number, "facet": f, "value_key": k, "origin": o,
                     "score": 1.0} for f, k, o in asset_tags)
    with library.sessions.begin() as session:
        session.execute(insert(StoredFile), files)
        session.execute(insert(Asset), rows)
        session.execute(insert(AssetTag), tags)


def _fill(library: Library, count: int, seed: int) -> None:
    """``count`` assets with random tags at random origins, some facets cleared by hand."""
    taxonomy = library.taxonomy()
    with library.sessions.begin() as session:
        competitors = [ensure_value(session, "competitor", c) for c in ("Invoxa", "PayRidge")]
    library.taxonomy_changed()
    values = {f.name: [v.key for v in f.values] for f in taxonomy.facets}
    values["competitor"] = competitors
    rnd = random.Random(seed)
    assets: dict[str, set[tuple[str, str, str]]] = {}
    for number in range(1, count + 1):
        rows = assets.setdefault(f"Asset {number:05d}", set())
        for origin in rnd.sample(["manual", "manifest", "properties", "suggestion"],
                                 rnd.randint(1, 3)):
            for facet, most in (("kind", 1), ("stage", 2), ("objection", 3),
                                ("competitor", 1), ("industry", 1), ("persona", 2)):
                if rnd.random() < 0.6:
                    for key in rnd.sample(values[facet], rnd.randint(1, most)):
                        rows.add((facet, key, origin))
                elif origin == "manual" and rnd.random() < 0.2:
                    rows.add((facet, "", origin))  # cleared on purpose
    _insert(library, assets)


def test_the_search_stops_only_when_no_asset_left_can_win(library: Library) -> None:
    """Hundreds of confirmed stage-only matches; the one suggested objection match must
    still come first, and a match a person overrode must not count."""
    # With the decoy, two full chunks of stage-only assets: the needle is scored last,
    # and only if its bound is right.
    many = 2 * CHUNK - 1
    assets = {f"Stage only {n:03d}": {("stage", "decision", "manual")} for n in range(many)}
    assets["Needle"] = {("objection", "security", "suggestion")}
    assets["Decoy"] = {("objection", "security", "manifest"), ("objection", "price", "manual"),
                       ("stage", "decision", "suggestion")}
    _insert(library, assets)
    context = CallContext(stage="decision", objections=("security",))
    top = recommend(library, context, limit=1)
    assert [(r.title, r.score) for r in top] == [("Needle", 2.1)]
    found = recommend(library, context, limit=1000)
    assert len(found) == many + 2
    assert found[-1].title == "Decoy" and found[-1].reasons == (
        Reason("stage", "decision", "Decision", "suggestion"),)


def _score_everything(library: Library, context: CallContext) -> list[tuple[float, str]]:
    """The reference, best first: every asset's effective tags as the catalog shows them,
    scored one by one, ties to the kind that serves the stage and then to the title."""
    taxonomy = library.taxonomy()
    wanted = {(f, taxonomy.resolve(f, v)) for f, v in context.wanted()}
    # A persona's family (finance: its CFO, controller and AP manager) serves it too,
    # counted once.
    roles = {"finance", "cfo", "controller", "ap_manager"}
    if wanted & {("persona", role) for role in roles}:
        wanted |= {("persona", role) for role in roles}
    serving = {kind for kind, stages in KIND_STAGE_HINTS.items() if context.stage in stages}
    with library.sessions() as session:
        views = catalog.list_assets(session, taxonomy)
    scored = []
    for view in views:
        points = [(facet, WEIGHTS[facet] * (SUGGESTION_FACTOR if t.origin == "suggestion" else 1))
                  for facet, tags in view.tags.items() for t in tags
                  if (facet, t.key) in wanted]
        persona = [p for facet, p in points if facet == "persona"]
        score = sum(p for facet, p in points if facet != "persona") + max(persona, default=0)
        kind = view.tags["kind"][0].key if "kind" in view.tags else None
        if score:
            scored.append((-round(score, 6), kind not in serving, view.title))
    return [(-score, title) for score, _hint, title in sorted(scored)]


@pytest.mark.parametrize("context", [
    CallContext(stage="decision", objections=("security", "price"), competitor="Invoxa",
                industry="healthcare", persona="finance"),
    CallContext(objections=("security",)),
    CallContext(stage="awareness", persona="it"),
])
def test_bounded_search_matches_scoring_every_asset(library: Library,
                                                    context: CallContext) -> None:
    _fill(library, 900, seed=7)
    everything = recommend(library, context, limit=10_000)
    assert [(r.score, r.title) for r in everything] == _score_everything(library, context)
    for limit in (1, 7, 20, 300):
        assert recommend(library, context, limit) == everything[:limit]


# -- the command ----------------------------------------------------------------------


def test_prepare_command_text_json_and_errors(demo_library: Library) -> None:
    where = demo_library.path
    text = run_main("prepare", "--stage", "decision", "--objection", "security", "--objection",
                    "price", "--competitor", "Invoxa", "--limit", "3", library=where, cwd=REPO,
                    timeout=120)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].startswith(" 1. Invoxa battlecard")
    assert lines[1] == ("    Why: Answers Security / compliance and Price / budget · "
                        "vs Invoxa · Decision stage")
    assert sum(line.startswith("    Why: ") for line in lines) == 3

    as_json = run_main("prepare", "--stage", "Decision", "--objection", "security", "price",
                       "--json", library=where, cwd=REPO, timeout=120)
    assert as_json.returncode == 0
    items = json.loads(as_json.stdout)
    assert len(items) == 10
    assert all(set(item) == {"asset_id", "title", "kind", "kind_label", "source_name",
                             "format", "score", "why", "matched"} for item in items)
    assert all(set(m) == {"facet", "value", "label", "origin"}
               for item in items for m in item["matched"])
    expected = recommend(demo_library, CallContext(stage="decision",
                                                   objections=("security", "price")), 10)
    assert [item["asset_id"] for item in items] == [r.asset_id for r in expected]

    unknown = run_main("prepare", "--objection", "pricey", library=where, cwd=REPO, timeout=120)
    assert unknown.returncode == 2
    assert "'pricey' is not a known objection" in unknown.stderr
    assert "Traceback" not in unknown.stderr
    assert run_main("prepare", library=where, cwd=REPO, timeout=120).returncode == 2
    one = run_main("prepare", "--competitor", "PayRidge", "--industry", "energy", "--persona",
                   "procurement", "--limit", "1", "--json", library=where, cwd=REPO, timeout=120)
    assert one.returncode == 0 and len(json.loads(one.stdout)) == 1


def test_a_role_and_its_finance_family_serve_each_other(library: Library,
                                                        tmp_path: Path) -> None:
    """Content for a finance team serves a call with the CFO, and the CFO's content a
    call with "finance"; an asset tagged both counts its persona once."""
    import csv

    from enablement.search.recommend import CallContext

    folder = tmp_path / "files"
    folder.mkdir()
    for name in ("team.txt", "cfo.txt", "both.txt", "it.txt"):
        (folder / name).write_text(f"Notes for {name}.", encoding="utf-8")
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as manifest:
        csv.writer(manifest).writerows([
            ["file", "persona"], ["team.txt", "finance"], ["cfo.txt", "cfo"],
            ["both.txt", "finance;cfo"], ["it.txt", "it"]])
    library.imports.run([folder])
    for asked, exact in (("cfo", "cfo.txt"), ("finance", "team.txt")):
        found = library.search.recommend(CallContext(persona=asked))
        names = {item.source_name: item for item in found}
        assert set(names) == {"team.txt", "cfo.txt", "both.txt"}, asked
        assert names[exact].score == names["both.txt"].score == names["team.txt"].score
        assert "for Finance" in names["team.txt"].why()
