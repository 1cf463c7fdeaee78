"""The window's side of the synonym list: the dialog's edits run on the write lane, and
the list they leave comes back with them, so the dialog shows what searches now use.

A ``UserError`` (a one-word group, an entry too long, a bad line in a file) is the
person's to fix, so it is said in the dialog; anything else goes to the error dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from enablement.api import Changes, Library, Synonyms, UserError
from ui.host import WindowHost
from ui.runner import JobContext
from ui.synonyms_dialog import SynonymsDialog, group_text

# What a write job hands back: a line for the person, the group to select, what changed
# and the list as the write left it.
Saved = tuple[str, Synonyms | None, Changes, tuple[Synonyms, ...]]


class SynonymsController(QObject):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.parent)
        self.host = host
        self.dialog: SynonymsDialog | None = None  # one at a time; kept for tests
        self.loading = False
        self.saving = False

    @property
    def busy(self) -> bool:
        return self.loading or self.saving

    def open(self) -> None:
        """Show the dialog (raised if open already) and read the list off the GUI thread."""
        library = self.host.library()
        if library is None:
            self.host.show_status("No library is open.", 4000)
            return
        if self.dialog is None:
            dialog = SynonymsDialog(self.host.parent)
            dialog.add_requested.connect(self.add)
            dialog.extend_requested.connect(self.extend)
            dialog.remove_requested.connect(self.remove)
            dialog.import_requested.connect(self.import_file)
            dialog.export_requested.connect(self.export_file)
            dialog.restore_requested.connect(self.restore)
            dialog.finished.connect(self._closed)
            self.dialog = dialog
        self.dialog.set_busy(self.saving)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.load()

    def load(self) -> None:
        library = self.host.library()
        if library is None:
            return
        self.loading = True
        (self.host.runner.run(lambda _ctx: library.catalog.synonyms(), lane="read")
         .on_success(self._loaded)
         .on_failure(self._failed)
         .on_finished(lambda: setattr(self, "loading", False)).start())

    def _loaded(self, groups: tuple[Synonyms, ...]) -> None:
        if self.dialog is not None:
            self.dialog.set_groups(groups)

    # -- edits ----------------------------------------------------------------------------

    def add(self, entries: Sequence[str]) -> None:
        def work(library: Library) -> tuple[str, Synonyms | None, Changes]:
            group, changes = library.catalog.add_synonyms(list(entries))
            return f"Added “{group_text(group)}”. Searches use it now.", group, changes

        self._save(work)

    def extend(self, group_id: int, entries: Sequence[str]) -> None:
        def work(library: Library) -> tuple[str, Synonyms | None, Changes]:
            group, changes = library.catalog.add_synonyms(list(entries), to=group_id)
            return f"The group is now “{group_text(group)}”.", group, changes

        self._save(work)

    def remove(self, group_id: int, entries: Sequence[str]) -> None:
        def work(library: Library) -> tuple[str, Synonyms | None, Changes]:
            group, changes = library.catalog.remove_synonyms(group_id, list(entries))
            if group is None:
                return "Removed the group.", None, changes
            return f"The group is now “{group_text(group)}”.", group, changes

        self._save(work)

    def import_file(self, path: Path) -> None:
        def work(library: Library) -> tuple[str, Synonyms | None, Changes]:
            added, changes = library.catalog.import_synonyms(path)
            held = "" if added else " (the library holds its groups already)"
            return f"Added {added} group(s) from {path.name}{held}.", None, changes

        self._save(work)

    def restore(self) -> None:
        def work(library: Library) -> tuple[str, Synonyms | None, Changes]:
            added, changes = library.catalog.restore_synonyms()
            if not added:
                return "The library holds every built-in group already.", None, changes
            return f"Restored {added} built-in group(s).", None, changes

        self._save(work)

    def export_file(self, path: Path) -> None:
        """Writing a file changes nothing in the library, so it runs on the read lane."""
        library, dialog = self.host.library(), self.dialog
        if library is None or dialog is None:
            return
        (self.host.runner.run(lambda _ctx: library.catalog.export_synonyms(path),
                              lane="read")
         .on_success(lambda written: self._say(f"Wrote {written} group(s) to "
                                               f"{path.name}."))
         .on_failure(self._failed).start())

    def _say(self, message: str) -> None:
        if self.dialog is not None:
            self.dialog.show_message(message)

    def _save(self, write: Callable[[Library], tuple[str, Synonyms | None, Changes]]
              ) -> None:
        library, dialog = self.host.library(), self.dialog
        if library is None or dialog is None or self.saving:
            return

        def work(_ctx: JobContext) -> Saved:
            message, group, changes = write(library)
            return message, group, changes, library.catalog.synonyms()

        self.saving = True
        dialog.set_busy(True)
        dialog.show_message("Saving…")
        (self.host.runner.run(work, lane="write")
         .on_success(self._saved)
         .on_failure(self._failed)
         .on_finished(self._done).start())

    def _saved(self, saved: Saved) -> None:
        message, group, changes, groups = saved
        self.host.apply_changes(changes)
        if self.dialog is not None:
            self.dialog.set_groups(groups)
            self.dialog.show_saved(message, group)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError) and self.dialog is not None:
            self.dialog.show_problem(str(exc))
        else:
            self.host.runner.report_error(exc)

    def _done(self) -> None:
        self.saving = False
        if self.dialog is not None:
            self.dialog.set_busy(False)

    def close(self) -> None:
        """Another library is opening: a list left open would edit the old one's."""
        if self.dialog is not None:
            self.dialog.reject()

    def _closed(self, _result: int) -> None:
        """A closed dialog is dropped: the next opening reads the list afresh."""
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
