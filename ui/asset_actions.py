"""What a rep does with the selected assets: open, export, edit or confirm tags, and the
usage each of those leaves behind (opened, exported, used on a call, previewed).

A result opened straight from a search is linked to that search: the search is written
to the log first, then the usage with its id, so Insights can tell which searches work.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from enablement.api import NOTHING, BulkEdit, Changes, ExportResult, Taxonomy
from ui.host import WindowHost
from ui.runner import JobContext
from ui.tag_editor import TagEditor

SEARCH_LINKED = ("previewed", "opened")  # usage that says which search found the asset


class AssetActions(QObject):
    def __init__(
        self,
        host: WindowHost,
        selected_ids: Callable[[], list[int]],
        searching: Callable[[], bool],
        log_search_then: Callable[[Callable[[str | None], object]], None],
        refresh_detail: Callable[[], None],
    ) -> None:
        """``searching``: the list shows a search (not recommendations), whose id
        ``log_search_then`` hands on once it is logged; ``refresh_detail`` repaints the
        asset pane after usage was recorded."""
        super().__init__(host.parent)
        self.host = host
        self.selected_ids = selected_ids
        self.searching = searching
        self.log_search_then = log_search_then
        self.refresh_detail = refresh_detail
        # The dialogs opened last, kept alive (and for tests).
        self.tag_editor: TagEditor | None = None
        self.export_report: QMessageBox | None = None
        self.last_export: list[ExportResult] = []

    # -- usage --------------------------------------------------------------------------

    def record_usage(self, asset_ids: list[int], action: str, refresh: bool = True) -> None:
        if self.host.library() is None or not asset_ids:
            return
        if self.searching() and action in SEARCH_LINKED:
            # A result used straight from a search: log the search first, then link to it.
            self.log_search_then(
                lambda search_id: self._record_usage(asset_ids, action, refresh, search_id))
        else:
            self._record_usage(asset_ids, action, refresh, None)

    def _record_usage(self, asset_ids: list[int], action: str, refresh: bool,
                      search_id: str | None) -> None:
        library, user = self.host.library(), self.host.user_name()
        if library is None:
            return
        job = self.host.runner.run(
            lambda _ctx: library.feedback.record_usage(asset_ids, user, action, search_id),
            lane="write")
        if action == "used_on_call":
            job.on_success(lambda _changes: self.host.show_status(
                "Recorded: used on a call. Rate it too, so others know how it went.", 6000))
        if refresh:
            job.on_finished(self.refresh_detail)
        job.start()

    def used_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.record_usage(ids, "used_on_call")

    # -- opening ------------------------------------------------------------------------

    def open_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_asset(ids[0])

    def open_asset(self, asset_id: int) -> None:
        """A copy named after the asset goes to the system's application."""
        library = self.host.library()
        if library is None:
            return
        (self.host.runner.run(lambda _ctx: library.catalog.copy_for_opening(asset_id),
                              lane="preview")
         .on_success(lambda path: self._open_path(asset_id, path)).start())

    def _open_path(self, asset_id: int, path: Path) -> None:
        self.record_usage([asset_id], "opened")
        if not self.host.open_file(path):
            self.host.runner.report_error(
                OSError(0, "no application is set up to open this kind of file", str(path)))

    # -- tags ---------------------------------------------------------------------------

    def edit_tags(self) -> None:
        library, ids = self.host.library(), self.selected_ids()
        if library is None or not ids:
            self.host.show_status("Select one or more assets first.", 4000)
            return
        # The taxonomy comes with the views: loading it may read the database, which the
        # GUI thread never does.
        (self.host.runner.run(
            lambda _ctx: (library.catalog.assets(ids), library.catalog.taxonomy()),
            lane="read")
         .on_success(lambda loaded: self._open_tag_editor(ids, *loaded)).start())

    def _open_tag_editor(self, ids: list[int], views: list, taxonomy: Taxonomy) -> None:
        if self.host.library() is None:
            return
        editor = TagEditor(views, taxonomy, self.host.parent)
        self.tag_editor = editor
        editor.accepted.connect(lambda: self.save_tags(ids, editor.edit(), editor.text_edit()))
        editor.open()

    def save_tags(self, ids: list[int], edit: BulkEdit,
                  text: tuple[str | None, str | None] = (None, None)) -> None:
        """Tags on ``ids``; ``text``: the (title, summary) of the one asset, None where
        unchanged. One write job, so the index takes both at once."""
        library = self.host.library()
        title, summary = text
        tags = bool(edit.add or edit.remove)
        if library is None or not (tags or title is not None or summary is not None):
            return

        def work(_ctx: JobContext) -> Changes:
            changes = library.catalog.bulk_edit(ids, edit) if tags else NOTHING
            if title is not None or summary is not None:
                changes |= library.catalog.edit_text(ids[0], title, summary)[1]
            return changes

        (self.host.runner.run(work, lane="write")
         .on_success(lambda changes: self._tags_saved(changes, tags)).start())

    def _tags_saved(self, changes: Changes, tags: bool = True) -> None:
        saved = (f"Saved tags on {len(changes.assets)} asset(s)." if tags
                 else "Saved the title and summary.")
        self.host.show_status(saved, 5000)
        self.host.apply_changes(changes)

    def confirm_tag(self, asset_id: int, facet: str, key: str) -> None:
        """One click on a suggested tag makes it a tag set by hand."""
        library = self.host.library()
        if library is None:
            return
        (self.host.runner.run(lambda _ctx: library.catalog.confirm_tag(asset_id, facet, key),
                              lane="write")
         .on_success(lambda saved: self.host.apply_changes(saved[1])).start())

    # -- export -------------------------------------------------------------------------

    def export_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.host.show_status("Select one or more assets to export.", 4000)
            return
        folder = QFileDialog.getExistingDirectory(self.host.parent, "Export to a folder",
                                                  str(Path.home()))
        if folder:
            self.export_to(ids, Path(folder))

    def export_to(self, ids: list[int], folder: Path) -> None:
        library = self.host.library()
        if library is None:
            return

        def work(ctx: JobContext) -> list[ExportResult]:
            return library.catalog.export_files(ids, folder, ctx.cancel,
                                                lambda done, total: ctx.progress((done, total)))

        (self.host.runner.run(work, lane="write")
         .on_success(lambda results: self._exported(folder, results)).start())

    def _exported(self, folder: Path, results: list[ExportResult]) -> None:
        failed = [r for r in results if r.error]
        done = len(results) - len(failed)
        self.record_usage([r.asset_id for r in results if not r.error], "exported")
        self.host.show_status(f"Exported {done} asset(s) to {folder}.", 8000)
        if failed:
            box = QMessageBox(QMessageBox.Icon.Warning, "Some assets were not exported",
                              "\n".join(f"Asset {r.asset_id}: {r.error}" for r in failed),
                              QMessageBox.StandardButton.Close, self.host.parent)
            box.setTextFormat(Qt.TextFormat.PlainText)  # errors name files and titles
            self.export_report = box
            box.open()
        self.last_export = results
