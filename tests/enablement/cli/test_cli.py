"""The command line as a user runs it: real processes, real exit codes, real output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import filemakers as make
from tests.commands import run_main, start_main

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    content.mkdir()
    make.make_pdf(content / "Invoxa battlecard.pdf",
                  ["How we win against Invoxa: SOC 2, data residency, and total cost."],
                  title="Invoxa battlecard", keywords="battlecard, decision")
    make.make_docx(content / "Northvale case study.docx",
                   ["Northvale Health went live in six weeks; payback in five months."],
                   title="Northvale Health case study")
    (content / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    (content / "image.png").write_bytes(b"\x89PNG")
    return content


def test_import_json_lines_and_exit_status(tmp_path: Path, folder: Path) -> None:
    library = tmp_path / "lib"
    result = run_main("import", str(folder), "--json", library=library, cwd=REPO, timeout=300)
    assert result.returncode == 1  # one file failed, the rest imported
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    by_name = {Path(line["path"]).name: line for line in lines}
    assert set(by_name) == {"Invoxa battlecard.pdf", "Northvale case study.docx", "broken.pdf",
                            "image.png"}
    assert all(set(line) >= {"path", "status", "asset_id", "reason"} for line in lines)
    assert by_name["broken.pdf"]["status"] == "failed"
    assert by_name["broken.pdf"]["reason"] == "not a valid PDF (damaged or incomplete)"
    assert by_name["image.png"]["status"] == "skipped"
    assert isinstance(by_name["Invoxa battlecard.pdf"]["asset_id"], int)
    (folder / "broken.pdf").unlink()
    (folder / "image.png").unlink()
    again = run_main("import", str(folder), library=library, cwd=REPO, timeout=300)
    assert again.returncode == 0
    assert "Done: 2 unchanged." in again.stdout


def test_search_text_and_json(tmp_path: Path, folder: Path) -> None:
    library = tmp_path / "lib"
    run_main("import", str(folder), library=library, cwd=REPO, timeout=300)
    text = run_main("search", "secruity", "residency", library=library, cwd=REPO, timeout=300)
    assert text.returncode == 0
    assert "Invoxa battlecard" in text.stdout
    response = json.loads(run_main("search", "payback", "--json", library=library, cwd=REPO,
                                   timeout=300).stdout)
    assert set(response) >= {"query", "total", "corrected", "hits", "facets"}
    assert response["total"] == 1
    hit = response["hits"][0]
    assert set(hit) >= {"asset_id", "title", "kind", "source_name", "score", "snippet",
                        "stage", "objections", "competitor", "industry"}
    assert hit["title"] == "Northvale Health case study"
    assert "<b>payback</b>" in hit["snippet"]
    assert response["facets"]["kind"] == {"case_study": 1}
    typo = json.loads(run_main("search", "paybak", "--json", library=library, cwd=REPO,
                               timeout=300).stdout)
    # Once seen failing (corrected: null) and never reproduced: a repeat says why.
    assert typo["corrected"] == "payback", (typo, sorted(
        str(f.relative_to(library)) for f in (library / "index").rglob("*") if f.is_file()))
    filtered = json.loads(run_main("search", "--stage", "Decision", "--json", library=library,
                                   cwd=REPO, timeout=300).stdout)
    assert [h["title"] for h in filtered["hits"]] == ["Invoxa battlecard"]


def test_usage_errors_exit_2_with_a_clear_message(tmp_path: Path) -> None:
    bad_value = run_main("search", "x", "--objection", "pricey", library=tmp_path / "lib",
                         cwd=REPO, timeout=300)
    assert bad_value.returncode == 2
    assert "'pricey' is not a known objection" in bad_value.stderr
    assert "Traceback" not in bad_value.stderr
    assert run_main("import", library=tmp_path / "lib", cwd=REPO, timeout=300).returncode == 2
    assert run_main("frobnicate", library=tmp_path / "lib", cwd=REPO, timeout=300).returncode == 2
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    result = run_main("assets", library=not_a_folder, cwd=REPO, timeout=300)
    assert result.returncode == 2 and "not a library folder" in result.stderr


def test_tag_assets_and_reindex(tmp_path: Path, folder: Path) -> None:
    library = tmp_path / "lib"
    run_main("import", str(folder), library=library, cwd=REPO, timeout=300)
    tagged = run_main("tag", "Northvale", "--stage", "onboarding", "--objection",
                      "implementation", "support", "--json", library=library, cwd=REPO,
                      timeout=300)
    assert tagged.returncode == 0, tagged.stderr
    view = json.loads(tagged.stdout)
    assert view["tags"]["stage"] == [{"value": "onboarding", "label": "Onboarding",
                                      "origin": "manual"}]
    listing = json.loads(run_main("assets", "--json", library=library, cwd=REPO,
                                  timeout=300).stdout)
    northvale = next(a for a in listing if a["title"] == "Northvale Health case study")
    assert [t["origin"] for t in northvale["tags"]["objection"]] == ["manual", "manual"]
    battlecard = next(a for a in listing if a["title"] == "Invoxa battlecard")
    assert battlecard["tags"]["kind"][0] == {"value": "battlecard", "label": "Battlecard",
                                             "origin": "properties"}
    reindexed = run_main("reindex", library=library, cwd=REPO, timeout=300)
    assert reindexed.returncode == 0 and "2 assets" in reindexed.stdout
    found = json.loads(run_main("search", "--stage", "onboarding", "--json", library=library,
                                cwd=REPO, timeout=300).stdout)
    assert [h["title"] for h in found["hits"]] == ["Northvale Health case study"]


def test_tag_sets_a_title_and_summary_that_a_reimport_keeps(tmp_path: Path,
                                                            folder: Path) -> None:
    library = tmp_path / "lib"
    run_main("import", str(folder), library=library, cwd=REPO, timeout=300)
    edited = run_main("tag", "Northvale", "--title", "Northvale Health: SOC 2 in 19 days",
                      "--summary", "How a hospital network passed security review fast.",
                      "--json", library=library, cwd=REPO, timeout=300)
    assert edited.returncode == 0, edited.stderr
    view = json.loads(edited.stdout)
    assert (view["summary"], view["summary_origin"]) == (
        "How a hospital network passed security review fast.", "manual")
    run_main("import", str(folder), library=library, cwd=REPO, timeout=300)
    listing = json.loads(run_main("assets", "--json", library=library, cwd=REPO,
                                  timeout=300).stdout)
    northvale = next(a for a in listing if a["title"].startswith("Northvale Health:"))
    assert northvale["summary"] == "How a hospital network passed security review fast."
    found = json.loads(run_main("search", "hospital network", "--json", library=library,
                                cwd=REPO, timeout=300).stdout)
    assert found["hits"][0]["title"] == "Northvale Health: SOC 2 in 19 days"


def test_default_library_comes_from_the_environment(tmp_path: Path, folder: Path) -> None:
    home = tmp_path / "default"
    result = run_main("import", str(folder / "Invoxa battlecard.pdf"),
                      env={"ENABLEMENT_LIBRARY": str(home)}, cwd=REPO, timeout=300)
    assert result.returncode == 0
    assert (home / "library.db").is_file()


def test_platformdirs_default_when_nothing_is_set(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "ENABLEMENT_LIBRARY"}
    env["HOME"] = str(tmp_path)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    code = "from enablement.paths import default_library_dir; print(default_library_dir())"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == str(tmp_path / "data" / "Enablement" / "Library")


def test_prepare_and_export(tmp_path: Path, folder: Path) -> None:
    library = tmp_path / "lib"
    imported = run_main("import", str(folder), library=library, cwd=REPO, timeout=300)
    assert imported.returncode == 1  # broken.pdf
    result = run_main("prepare", "--stage", "Decision", "--objection", "security", "--json",
                      library=library, cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert [f["title"] for f in found] == ["Invoxa battlecard"]
    assert found[0]["matched"] == [
        {"facet": "objection", "value": "security", "label": "Security / compliance",
         "origin": "suggestion"},
        {"facet": "stage", "value": "decision", "label": "Decision", "origin": "properties"},
    ]
    assert found[0]["why"] == ("Answers Security / compliance · Decision stage "
                               "(some tags only suggested from the text)")

    bad = run_main("prepare", "--stage", "closing", library=library, cwd=REPO, timeout=300)
    assert bad.returncode == 2 and "not a known funnel stage" in bad.stderr
    empty = run_main("prepare", library=library, cwd=REPO, timeout=300)
    assert empty.returncode == 2 and "Pick at least" in empty.stderr

    out = tmp_path / "out"
    first = run_main("export", "Invoxa", "Northvale", "--to", str(out), library=library,
                     cwd=REPO, timeout=300)
    assert first.returncode == 0, first.stderr
    again = run_main("export", "Invoxa", "--to", str(out), "--json", library=library,
                     cwd=REPO, timeout=300)
    assert json.loads(again.stdout)[0]["target"] == str(out / "Invoxa battlecard (2).pdf")
    assert sorted(p.name for p in out.iterdir()) == [
        "Invoxa battlecard (2).pdf", "Invoxa battlecard.pdf", "Northvale case study.docx"]
    assert (out / "Invoxa battlecard.pdf").read_bytes() == \
        (folder / "Invoxa battlecard.pdf").read_bytes()


@pytest.mark.slow
def test_no_command_opens_the_window_and_imports_the_demo(tmp_path: Path) -> None:
    """What a new user does: `python main.py` on an empty default library."""
    library, logs = tmp_path / "lib", tmp_path / "logs"
    env = {"ENABLEMENT_LIBRARY": str(library), "ENABLEMENT_LOG_DIR": str(logs),
           "ENABLEMENT_SETTINGS": str(tmp_path / "settings.ini"),
           "QT_QPA_PLATFORM": os.environ["QT_QPA_PLATFORM"]}
    proc = start_main(env=env, cwd=REPO)
    log = logs / "enablement.log"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if log.exists() and "Demo library imported" in log.read_text():
            break
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=60)
    text = log.read_text()
    assert "Window open on " + str(library) in text
    assert "Demo library imported: {'imported': 51" in text, text[-2000:]
    assert proc.returncode == 0, err
    assert (tmp_path / "settings.ini").read_text().count("geometry") == 1  # state saved


def test_help_lists_the_commands_in_the_order_users_have_always_seen() -> None:
    """The groups (content, finding, feedback, roi, sync, review) add their commands in
    their own order; --help and "invalid choice" keep the order the command line had
    before them, with newer commands (review) after."""
    historic = ["import", "search", "assets", "tag", "reindex", "taxonomy", "demo", "rate",
                "log", "request", "report", "deals", "info", "hub", "sync", "publish", "roi",
                "retire", "prepare", "export", "review"]
    shown = run_main("--help", cwd=REPO)
    listed = [line.split()[0] for line in shown.stdout.splitlines()
              if line.startswith("    ") and not line.startswith("     ")]
    assert listed == historic
    wrong = run_main("nosuchcommand", cwd=REPO)
    assert wrong.returncode == 2
    assert "(choose from " + ", ".join(f"'{name}'" for name in historic) + ")" in wrong.stderr
