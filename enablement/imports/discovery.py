"""Turn the paths a user gave into the files an import will consider.

An import stays inside the folders the user chose: a link that points elsewhere (to
``/etc/passwd``, to another folder) is not followed unless the user asks for it with
``follow_links``, and each link left out gets its own row saying so. A link that stays
inside the chosen folder is followed, and its target comes once, under its own path.
Folders are remembered by device and inode, so a link loop ends instead of hanging.
A file or folder named explicitly is the user's choice, link or not.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from enablement import formats
from enablement.imports.manifests import is_metadata_file
from enablement.text import path_text

FOLLOW_HINT = "import with --follow-links to include it"


@dataclass(frozen=True)
class Found:
    path: Path
    problem: str | None = None  # why it will not be read ("skipped"), or None
    failed: bool = False  # it cannot be read at all, e.g. it does not exist ("failed")


def _hidden(path: Path) -> bool:
    return path.name.startswith(".")


def _ignored(path: Path) -> bool:
    name = path.name
    return (
        _hidden(path)
        or name.startswith("~$")  # Office lock files
        or is_metadata_file(path)
        or name in {"Thumbs.db", "desktop.ini"}
    )


def _unsupported_reason(path: Path) -> str | None:
    suffix = path.suffix.casefold()
    if formats.for_extension(suffix) is not None:
        return None
    newer = formats.replacement_for(suffix)
    if newer is not None:
        return f"old Office format {suffix}: save it as {newer} and import again"
    shown = path_text(suffix) if suffix else "(no extension)"
    return f"unsupported file type {shown}; supported: {formats.supported_list()}"


def cannot_open_reason(exc: OSError) -> str:
    if exc.errno == errno.ENAMETOOLONG:
        return f"cannot be opened ({exc.strerror}); move it to a folder with a shorter path"
    return f"cannot be opened ({exc.strerror})"


def _not_regular(path: Path) -> Found:
    return Found(path, "not a regular file (a pipe, socket or device); not read")


@dataclass(frozen=True)
class _Root:
    """A folder the user chose: as they named it, and where it really is."""

    shown: Path
    real: Path

    def contains(self, real: Path) -> bool:
        return real == self.real or real.is_relative_to(self.real)

    def shown_path(self, real: Path) -> Path:
        """``real`` (inside this folder) under the folder's name as the user gave it."""
        return self.shown / real.relative_to(self.real)


class _Walk:
    """One discovery: remembers the files and folders already seen across all paths."""

    def __init__(self, follow_links: bool) -> None:
        self.follow_links = follow_links
        self.files: set[Path] = set()  # real paths
        self.folders: set[tuple[int, int]] = set()  # (device, inode)

    def given(self, given: Path) -> Iterator[Found]:
        absolute = given.absolute()
        try:
            info = os.stat(absolute)  # follows a link: what the user named is their choice
        except OSError as exc:
            if exc.errno in (errno.ENOENT, errno.ENOTDIR):
                problem = ("a broken link (its target does not exist)"
                           if os.path.islink(absolute) else "no such file or folder")
                yield Found(absolute, problem, failed=True)
            else:
                yield Found(absolute, cannot_open_reason(exc), failed=True)
            return
        real = Path(os.path.realpath(absolute))
        if stat.S_ISDIR(info.st_mode):
            yield from self._folder(absolute, real, info, _Root(absolute, real))
        elif stat.S_ISREG(info.st_mode):
            if not is_metadata_file(absolute):
                yield from self._file(absolute, real)
        else:
            yield _not_regular(absolute)

    def _file(self, shown: Path, real: Path) -> Iterator[Found]:
        if real not in self.files:
            self.files.add(real)
            yield Found(shown, _unsupported_reason(shown))

    def _folder(self, shown: Path, real: Path, info: os.stat_result,
                root: _Root) -> Iterator[Found]:
        """Files under ``shown`` (sorted, depth first), whose real path is ``real``."""
        stack = [(shown, real, info)]
        while stack:
            folder, real_folder, folder_info = stack.pop()
            key = (folder_info.st_dev, folder_info.st_ino)
            if key in self.folders:
                continue
            self.folders.add(key)
            try:
                with os.scandir(folder) as listing:
                    entries = sorted(listing, key=lambda e: e.name)
            except OSError as exc:
                yield Found(folder, f"this folder {cannot_open_reason(exc)}", failed=True)
                continue
            subfolders: list[tuple[Path, Path, os.stat_result]] = []
            for entry in entries:
                yield from self._entry(entry, folder / entry.name, real_folder, root,
                                       subfolders)
            stack.extend(reversed(subfolders))

    def _entry(self, entry: os.DirEntry, path: Path, real_folder: Path, root: _Root,
               subfolders: list[tuple[Path, Path, os.stat_result]]) -> Iterator[Found]:
        """One entry of a folder: a file yielded, a folder queued, a link judged."""
        try:
            if entry.is_symlink():
                yield from self._link(path, root, subfolders)
            elif entry.is_dir(follow_symlinks=False):
                if not _hidden(path):
                    info = entry.stat(follow_symlinks=False)
                    subfolders.append((path, real_folder / entry.name, info))
            elif _ignored(path):
                return
            elif entry.is_file(follow_symlinks=False):
                yield from self._file(path, real_folder / entry.name)
            else:
                yield _not_regular(path)
        except OSError as exc:  # vanished meanwhile, or unreadable
            yield Found(path, cannot_open_reason(exc), failed=True)

    def _link(self, link: Path, root: _Root,
              subfolders: list[tuple[Path, Path, os.stat_result]]) -> Iterator[Found]:
        """A link met inside ``root``: followed (a file yielded, a folder queued in
        ``subfolders``) or reported as skipped, with the reason."""
        if _ignored(link):
            return
        target = Path(os.path.realpath(link))
        try:
            info = os.stat(link)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                yield Found(link, "a link that loops back on itself; not followed")
            elif exc.errno in (errno.ENOENT, errno.ENOTDIR):
                yield Found(link, f"a broken link (to {path_text(target)}, which does not "
                                  "exist)")
            else:
                yield Found(link, f"a link that {cannot_open_reason(exc)}")
            return
        is_folder = stat.S_ISDIR(info.st_mode)
        if not is_folder:
            unsupported = _unsupported_reason(link)
            if unsupported:
                yield Found(link, unsupported)
                return
        inside = root.contains(target)
        if not inside and not self.follow_links:
            what = f"a folder ({path_text(target)})" if is_folder else path_text(target)
            yield Found(link, f"a link to {what}, outside the folder you chose; {FOLLOW_HINT}")
            return
        shown = root.shown_path(target) if inside else link
        if is_folder:
            subfolders.append((shown, target, info))
        elif stat.S_ISREG(info.st_mode):
            yield from self._file(shown, target)
        else:
            yield _not_regular(link)


def discover(paths: Iterable[Path], follow_links: bool = False) -> Iterator[Found]:
    """Files under each path (recursively, sorted), hidden and metadata files left out.

    Each file comes once, however many links or given paths lead to it. Links out of the
    chosen folders are followed only with ``follow_links``.
    """
    walk = _Walk(follow_links)
    for given in paths:
        yield from walk.given(given.expanduser())
