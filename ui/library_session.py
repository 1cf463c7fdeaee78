"""The open library's lifecycle: open it off the GUI thread, read its facts, read the
search index ahead, switch to another folder, and close it.

Opening can take a while (migrations, the index catching up with the database), so it
runs on the write lane and the window learns of it by ``opened`` or ``failed``. The
facts (asset count, taxonomy) are read again whenever a write changed the catalog.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from enablement.api import Library, LibraryFacts
from ui.runner import JobContext, Runner

log = logging.getLogger(__name__)


class LibrarySession(QObject):
    opened = Signal(object)  # LibraryFacts of the library now open
    failed = Signal(object)  # the exception that kept it from opening
    facts_reloaded = Signal(object)  # LibraryFacts after a write changed them

    def __init__(self, runner: Runner, library_dir: Path, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.library_dir = library_dir
        self.library: Library | None = None
        self.asset_count = 0
        self.search_warm = False  # the index has been read ahead: first searches are quick

    def open(self) -> None:
        path = self.library_dir

        def work(_ctx: JobContext) -> tuple[Library, LibraryFacts]:
            library = Library.open(path)
            try:
                library.search.catch_up()
                return library, library.facts()
            except BaseException:
                library.close()
                raise

        (self.runner.run(work, lane="write")
         .on_success(self._ready).on_failure(self.failed.emit).start())

    def _ready(self, opened: tuple[Library, LibraryFacts]) -> None:
        library, facts = opened
        self.library = library
        self.asset_count = facts.asset_count
        log.info("Library open: %s, %d assets", library.path, facts.asset_count)
        self.opened.emit(facts)
        self.runner.run(lambda ctx: library.search.read_ahead(stop=ctx.cancel.is_set),
                        lane="warm").on_success(self._warmed).start()

    def _warmed(self, words: int) -> None:
        log.info("Search index read ahead: %d words", words)
        self.search_warm = True

    def reload_facts(self) -> None:
        library = self.library
        if library is None:
            return
        (self.runner.run(lambda _ctx: library.facts(), lane="read")
         .on_success(self._facts_read).start())

    def _facts_read(self, facts: LibraryFacts) -> None:
        self.asset_count = facts.asset_count
        self.facts_reloaded.emit(facts)

    def change_folder(self, path: Path) -> None:
        """Let go of the open library (closed on the write lane, after its last write);
        ``open`` then opens the one at ``path``."""
        old, self.library = self.library, None
        self.library_dir = path
        if old is not None:
            self.runner.run(lambda _ctx: old.close(), lane="write").start()

    def close(self) -> None:
        """At shutdown, once the runner has stopped: nothing else uses the library now."""
        if self.library is not None:
            self.library.close()
            self.library = None
