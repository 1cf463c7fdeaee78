"""Atomic file writes: a name shows the old file or the whole new one, never a part, and a
new file gets the permissions any new file gets (0666 less the umask), not mkstemp's 0600."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

import pytest

from enablement.store import atomic
from enablement.store.atomic import staged, write_atomically
from enablement.store.content import ContentStore
from tests.smalldisk import fill, small_disk


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())  # hidden ones too


def writes(data: bytes):  # noqa: ANN201 - a write callback
    return lambda out: out.write(data)


class Boom(Exception):
    pass


def half_then(error: BaseException):  # noqa: ANN201 - a write callback
    def write(out: BinaryIO) -> None:
        out.write(b"half of the new ")
        out.flush()
        raise error

    return write


def test_a_new_file_has_the_mode_open_would_give(tmp_path: Path, umask: int) -> None:
    target = write_atomically(tmp_path / "report.html", writes(b"<p>hello</p>"))
    assert target == tmp_path / "report.html"
    assert target.read_bytes() == b"<p>hello</p>"
    assert mode(target) == umask
    assert names(tmp_path) == ["report.html"]


def test_replacing_gives_the_whole_new_file(tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"old")
    write_atomically(target, writes(b"new and longer"))
    assert target.read_bytes() == b"new and longer"
    assert names(tmp_path) == ["summary.pdf"]


def test_without_replace_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"mine, keep me")
    with pytest.raises(FileExistsError):
        write_atomically(target, writes(b"theirs"), replace=False)
    assert target.read_bytes() == b"mine, keep me"
    assert names(tmp_path) == ["deck.pptx"]
    fresh = write_atomically(tmp_path / "deck (2).pptx", writes(b"theirs"), replace=False)
    assert fresh.read_bytes() == b"theirs"
    assert names(tmp_path) == ["deck (2).pptx", "deck.pptx"]


def test_without_hard_links_placing_still_never_overwrites(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask: int) -> None:
    """FAT sticks and some shares refuse hard links: check, then rename."""
    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted", str(dst))

    monkeypatch.setattr(os, "link", no_links)
    taken = tmp_path / "deck.pptx"
    taken.write_bytes(b"mine, keep me")
    with pytest.raises(FileExistsError):
        write_atomically(taken, writes(b"theirs"), replace=False)
    placed = write_atomically(tmp_path / "deck (2).pptx", writes(b"theirs"), replace=False)
    assert placed.read_bytes() == b"theirs" and mode(placed) == umask
    assert taken.read_bytes() == b"mine, keep me"
    assert names(tmp_path) == ["deck (2).pptx", "deck.pptx"]


@pytest.mark.parametrize("error", [Boom("render failed"), KeyboardInterrupt()],
                         ids=["exception", "ctrl-c"])
@pytest.mark.parametrize("replace", [True, False], ids=["replace", "no-overwrite"])
def test_a_write_failing_halfway_leaves_the_target_and_no_temporary_file(
        tmp_path: Path, error: BaseException, replace: bool) -> None:
    target = tmp_path / "summary.docx"
    target.write_bytes(b"the old summary")
    with pytest.raises(type(error)):
        write_atomically(target, half_then(error), replace=replace)
    assert target.read_bytes() == b"the old summary"
    assert names(tmp_path) == ["summary.docx"]
    with pytest.raises(type(error)):
        write_atomically(tmp_path / "new.docx", half_then(error), replace=replace)
    assert names(tmp_path) == ["summary.docx"]


def test_a_failure_between_writing_and_naming_removes_the_temporary_file(
        tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt), staged(tmp_path, writes(b"new")) as finished:
        assert finished.temporary.parent == tmp_path
        assert finished.temporary.read_bytes() == b"new"
        raise KeyboardInterrupt
    assert names(tmp_path) == ["report.csv"]
    assert target.read_bytes() == b"old"


def test_a_full_disk_leaves_the_target_and_no_temporary_file(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 256) as disk:
        target = disk / "summary.pdf"
        target.write_bytes(b"the old summary")
        fill(disk, leave_bytes=16 * 1024)
        for replace in (True, False):
            with pytest.raises(OSError) as caught:
                write_atomically(target, writes(b"x" * 512 * 1024), replace=replace)
            assert caught.value.errno == errno.ENOSPC
            assert target.read_bytes() == b"the old summary"
            assert names(disk) == ["filler.bin", "summary.pdf"]
        with pytest.raises(OSError, match="No space left"):
            write_atomically(disk / "new.pdf", writes(b"x" * 512 * 1024))
        assert names(disk) == ["filler.bin", "summary.pdf"]


def test_the_temporary_file_is_hidden_beside_the_target(tmp_path: Path) -> None:
    seen: list[Path] = []

    def write(out: BinaryIO) -> None:
        seen.extend(p for p in tmp_path.iterdir())
        out.write(b"x")

    write_atomically(tmp_path / "a.pdf", write, prefix=".report-", suffix=".partial")
    (temporary,) = seen
    assert temporary.name.startswith(".report-") and temporary.name.endswith(".partial")
    assert atomic.TEMP_PREFIX.startswith(".")


def test_a_link_at_the_temporary_name_is_never_followed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The temporary file is created exclusively: a name already taken (here by a link
    planted to lead elsewhere) is skipped, not written through."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"not yours")
    folder = tmp_path / "out"
    folder.mkdir()
    tokens = iter(["planted", "fresh"])
    monkeypatch.setattr(atomic.secrets, "token_hex", lambda _n: next(tokens))
    (folder / f"{atomic.TEMP_PREFIX}planted{atomic.TEMP_SUFFIX}").symlink_to(elsewhere)
    write_atomically(folder / "a.pdf", writes(b"new"))
    assert elsewhere.read_bytes() == b"not yours"
    assert (folder / "a.pdf").read_bytes() == b"new"


# -- the content store's copies: library files, with the usual mode too --------------


def test_the_content_store_keeps_whole_files_with_the_usual_mode(tmp_path: Path,
                                                                 umask: int) -> None:
    store = ContentStore(tmp_path / "files")
    data = b"%PDF-1.4 a battlecard"
    sha = hashlib.sha256(data).hexdigest()
    path = store.put_bytes(data, sha, ".pdf")
    assert path.read_bytes() == data
    assert mode(path) == umask
    assert names(path.parent) == [path.name]


def test_a_content_store_write_failing_halfway_leaves_nothing(tmp_path: Path) -> None:
    store = ContentStore(tmp_path / "files")
    source = tmp_path / "source.pdf"
    source.write_bytes(b"%PDF-1.4")
    sha = "ab" * 32

    class Unreadable(type(source)):
        def open(self, *args: object, **kwargs: object) -> BinaryIO:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.put(Unreadable(source), sha, ".pdf")
    assert list(store.root.rglob("*")) == [store.root / "ab"]
