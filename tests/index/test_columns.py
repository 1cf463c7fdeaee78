"""Writing and merging segments asks the disk about each column once per reader, not
once per posting (index.columns), and the index written is the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage

from index import IndexSearcher, IndexStore, SearchQuery
from tests.index.test_index import record

WORDS = ["renewal", "pricing", "security", "residency", "payback", "rollout", "connector",
         "approvals", "invoices", "audit", "encryption", "onboarding", "discount",
         "procurement", "forecast"]


def _records(first: int, count: int) -> list:
    return [record(n, f"Brief {n}", " ".join(WORDS[(n + k) % len(WORDS)] for k in range(40)),
                   kind=("brief",), stage=("decision",))
            for n in range(first, first + count)]


def test_a_merge_asks_the_disk_once_per_column_not_per_posting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = IndexStore(tmp_path / "index")
    for batch in range(3):  # three segments the next commit folds into one
        store.write(_records(batch * 40 + 1, 40))
    asked: list[str] = []
    exists = FileStorage.file_exists

    def counted(self: FileStorage, name: str) -> bool:
        asked.append(name)
        return exists(self, name)

    monkeypatch.setattr(FileStorage, "file_exists", counted)
    store.write(_records(121, 40))
    monkeypatch.undo()
    # 160 documents of about 15 words in title, body and two facets: thousands of
    # postings, each asked its field's length column when every answer went to the disk.
    assert len(asked) < 200, len(asked)
    searcher = IndexSearcher(store)
    try:
        results = searcher.search(SearchQuery(text="payback residency", limit=200))
        assert results.total == 160
        assert len(store.document_ids()) == 160
    finally:
        searcher.close()
