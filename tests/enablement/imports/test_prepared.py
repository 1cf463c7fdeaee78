"""Titles, summaries and tag suggestions worked out in the readers are the writer's own.

The extraction workers prepare each file (``enablement.imports.prepared``) so the writer
only writes; these tests hold the result to what the writer computes itself from the
same file, taxonomy and learned model, and check the cases where the writer must work
it out (a title a person wrote) or the readers could not (a failure, a slow file).
"""

from __future__ import annotations

import csv
import errno
import importlib.util
import os
import shutil
import time
from pathlib import Path

import pytest

# Workers import this module for its prepare steps: keep what it imports at the top light.
from enablement.imports.extract import Extracted, extract_file
from enablement.imports.extraction_pool import ExtractionPool
from tests import filemakers as make
from tests.data.labelled import place

REPO = Path(__file__).resolve().parents[3]
EVAL = REPO / "tests" / "data" / "eval_library"


# -- prepare steps for the pool (module level, so a worker can be sent them) -------------

def failing_prepare(path: Path, extracted: Extracted, data: object) -> object:
    raise RuntimeError(f"a bug in preparing {path.name}")


def slow_prepare(path: Path, extracted: Extracted, data: object) -> object:
    if path.name.startswith("slow"):
        time.sleep(600)
    return (path.name, data)


def test_the_pool_hands_back_what_each_file_was_prepared_with(tmp_path: Path) -> None:
    files = [make.make_text(tmp_path / f"note {n}.txt", f"Note {n} about renewals.")
             for n in range(4)]
    pool = ExtractionPool(workers=2, time_limit=5.0, prepare=slow_prepare)
    outcomes = list(pool.run(files, data={path: f"row {path.stem}" for path in files}))
    assert sorted(o.prepared for o in outcomes) == sorted(
        (path.name, f"row {path.stem}") for path in files)
    assert all(o.extracted is not None and o.reason is None for o in outcomes)


def test_a_file_that_cannot_be_prepared_is_still_read(tmp_path: Path) -> None:
    """Preparing is an optimisation: a failure, or preparing longer than the time limit,
    leaves the work to the writer, and the file is not failed for it."""
    quick = make.make_text(tmp_path / "quick.txt", "A quick note about renewals.")
    slow = make.make_text(tmp_path / "slow.txt", "A note that takes long to prepare.")
    failing = ExtractionPool(workers=1, time_limit=5.0, prepare=failing_prepare)
    [outcome] = list(failing.run([quick]))
    assert outcome.reason is None and outcome.extracted is not None
    assert outcome.prepared is None
    timed = ExtractionPool(workers=1, time_limit=1.0, prepare=slow_prepare)
    outcomes = {o.path.name: o for o in timed.run([slow, quick])}
    assert outcomes["slow.txt"].reason is None and outcomes["slow.txt"].extracted is not None
    assert outcomes["slow.txt"].prepared is None
    assert outcomes["quick.txt"].prepared == ("quick.txt", None)  # a new worker took it


# -- the importer ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def corvane(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A library that learned from half the evaluation library (its labels as
    manifests, so the model is trained and merged in), and the other half as new files."""
    from enablement.library import Library

    work = tmp_path_factory.mktemp("corvane")
    spec = importlib.util.spec_from_file_location("eval_build", EVAL / "build.py")
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    builder.build(work / "files")
    with (EVAL / "labels.csv").open(encoding="utf-8") as handle:
        labels = sorted(csv.DictReader(handle), key=lambda row: row["path"])
    place(labels[0::2], work / "files", work / "train", manifests=True)
    place(labels[1::2], work / "files", work / "new", manifests=False)
    with Library.open(work / "template") as library:
        report = library.import_paths([work / "train"])
        assert not report.any_failed
    return work / "template", work / "new"


def _spy(monkeypatch: pytest.MonkeyPatch) -> tuple[dict, list]:
    """What the writer's tag rows were for each file (and what it was given), and the
    files it had to suggest for itself."""
    from enablement.imports import asset_record

    rows_by_path: dict[str, tuple[list, object]] = {}
    suggested_by_writer: list[str] = []
    tag_rows = asset_record.AssetRecord._tag_rows
    suggested = asset_record.suggested

    def spied_tag_rows(self, session, asset, extracted, meta, prepared=None):  # noqa: ANN001, ANN202
        rows, warnings = tag_rows(self, session, asset, extracted, meta, prepared)
        rows_by_path[asset.source_path] = (list(rows), prepared)
        return rows, warnings

    def spied_suggested(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        suggested_by_writer.append(args[-1])  # the source path
        return suggested(*args, **kwargs)

    monkeypatch.setattr(asset_record.AssetRecord, "_tag_rows", spied_tag_rows)
    monkeypatch.setattr(asset_record, "suggested", spied_suggested)
    return rows_by_path, suggested_by_writer


def _as_writer_alone(library, taxonomy, learned, source_path: str):  # noqa: ANN001, ANN202
    """The title, summary and tag rows the writer computes with nothing prepared, from
    the file read again here, on the asset as the import left it (rolled back)."""
    from sqlalchemy import select

    from enablement.imports.asset_record import AssetRecord
    from enablement.imports.manifests import MetadataReader
    from enablement.imports.prepared import summary_of, title_of
    from enablement.store.models import Asset

    path = Path(source_path)
    extracted = extract_file(path)
    meta = MetadataReader().for_file(path)
    record = AssetRecord(library.content, taxonomy, learned)
    with library.sessions() as session:
        asset = session.scalars(select(Asset).where(Asset.source_path == source_path)).one()
        title = title_of(meta, extracted, path) if asset.title_origin != "manual" else (
            asset.title, "manual")
        summary = summary_of(meta, extracted, asset.title) if (
            asset.summary_origin != "manual") else (asset.summary, "manual")
        stored = ((asset.title, asset.title_origin), (asset.summary, asset.summary_origin))
        rows, _warnings = record._tag_rows(session, asset, extracted, meta)
        session.rollback()
    return stored, (title, summary), rows


def test_suggestions_made_in_the_readers_are_the_writers(
    corvane: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every new Corvane file: the readers' title, summary and suggestions (rules and the
    learned model merged) are what the writer computes from the same file, taxonomy and
    model; the writer suggested for none of them itself."""
    from enablement.imports.prepared import suggested
    from enablement.library import Library

    template, new = corvane
    shutil.copytree(template, tmp_path / "library")
    with Library.open(tmp_path / "library") as library:
        taxonomy = library.taxonomy()  # as the import begins it
        learned = library.catalog.learned()  # trained now; the import reuses it
        assert learned is not None and learned.models
        rows_by_path, suggested_by_writer = _spy(monkeypatch)
        report = library.import_paths([new])
        assert report.counts()["imported"] == 26, report.counts()
        assert report.learning is not None and report.learning.facets
        assert suggested_by_writer == []
        assert len(rows_by_path) == 26
        learned_spoke = 0
        for source_path, (rows, prepared) in sorted(rows_by_path.items()):
            assert prepared is not None and prepared.suggestions is not None, source_path
            stored, computed, writer_rows = _as_writer_alone(library, taxonomy, learned,
                                                             source_path)
            assert stored == computed, source_path
            assert rows == writer_rows, source_path
            rules_alone = suggested(taxonomy, None, prepared.title, prepared.summary,
                                    extract_file(Path(source_path)), prepared.kind,
                                    source_path)
            learned_spoke += list(prepared.suggestions) != rules_alone
        assert learned_spoke  # the model was merged in the readers, not only the rules


def test_a_title_a_person_wrote_makes_the_writer_suggest_from_it(
    library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    """The readers prepare a file as if no person had edited it; a re-import of a file
    whose title was written in the app gets its summary and suggestions from that
    title, worked out by the writer."""
    folder = tmp_path / "content"
    folder.mkdir()
    note = make.make_text(folder / "renewal notes.txt",
                          "Renewal notes\n\nThe customer asked about contract terms and "
                          "the price of the second year before they sign the renewal.")
    untouched = make.make_text(folder / "security faq.txt",
                               "Security FAQ\n\nHow we encrypt invoices at rest and in "
                               "transit, and what our SOC 2 report covers.")
    first = library.import_paths([folder])
    asset_id = next(r.asset_id for r in first.results if r.path.endswith("renewal notes.txt"))
    library.catalog.edit_text(asset_id, title="Battlecard: Invoxa pricing and security")
    taxonomy, learned = library.taxonomy(), None
    note.write_text(note.read_text() + "\n\nThey compared us with Invoxa on price.")
    untouched.write_text(untouched.read_text() + "\n\nAsk for the pen test summary.")
    stamp = time.time() + 5
    os.utime(note, (stamp, stamp))
    os.utime(untouched, (stamp, stamp))
    rows_by_path, suggested_by_writer = _spy(monkeypatch)
    again = library.import_paths([folder])
    assert again.counts()["updated"] == 2
    assert [Path(p).name for p in suggested_by_writer] == ["renewal notes.txt"]
    for source_path, (rows, _prepared) in rows_by_path.items():
        stored, computed, writer_rows = _as_writer_alone(library, taxonomy, learned,
                                                         source_path)
        assert stored == computed and rows == writer_rows, source_path
    assert library.catalog.asset(asset_id).title == "Battlecard: Invoxa pricing and security"


def test_a_row_is_reported_once_its_file_is_searchable(library, tmp_path: Path) -> None:  # noqa: ANN001
    """The index takes several batches in one commit; a row comes once it has."""
    folder = tmp_path / "content"
    folder.mkdir()
    for number in range(7):
        make.make_text(folder / f"brief {number}.txt", f"Brief {number} about approvals.")
    from enablement.imports.results import ImportOptions

    searchable: list[bool] = []
    progress: list[int] = []
    report = library.import_paths(
        [folder], ImportOptions(batch_size=2, index_every=4),
        on_result=lambda r: searchable.append(r.asset_id in library.index_store.document_ids()),
        on_progress=lambda p: progress.append(p.done))
    assert report.counts()["imported"] == 7
    assert searchable == [True] * 7
    assert progress == sorted(progress) and progress[-1] == 7


def test_a_full_disk_at_the_index_marks_every_file_waiting_for_it(
    library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    """Files stored since the index last took any are not searchable yet, and say so."""
    from enablement.imports.results import ImportOptions, Status

    folder = tmp_path / "content"
    folder.mkdir()
    for number in range(5):
        make.make_text(folder / f"brief {number}.txt", f"Brief {number} about approvals.")

    def full(*_args, **_kwargs) -> int:  # noqa: ANN002, ANN003
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(library, "drain_index", full)
    report = library.import_paths([folder], ImportOptions(batch_size=2))
    assert [r.status for r in report.results] == [Status.IMPORTED] * 5
    assert all(any("not searchable yet" in w for w in r.warnings) for r in report.results)
    assert report.disk_full and "not searchable yet" in report.disk_full
