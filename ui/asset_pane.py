"""The asset pane: what the selected result is, its preview, ratings and usage.

The detail is loaded on the preview lane whenever the current result changes; an answer
for an asset the rep has already moved past is dropped. A preview counts as used only
once it has stayed on screen for a moment, so arrowing down the list records nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QListView

from enablement.api import Taxonomy
from ui import rows
from ui.detail import AssetDetail
from ui.host import WindowHost
from ui.results import ResultModel

PREVIEW_COUNTS_AFTER_MS = 1500  # arrowing past an asset is not a preview


class AssetPane(QObject):
    def __init__(self, host: WindowHost, detail: AssetDetail, results: QListView,
                 model: ResultModel, on_previewed: Callable[[int], None]) -> None:
        """``on_previewed`` records that an asset's preview was looked at."""
        super().__init__(host.parent)
        self.host = host
        self.detail = detail
        self.results = results
        self.model = model
        self.on_previewed = on_previewed
        self.shown_id: int | None = None  # the asset shown (or on its way to the pane)
        self._counted_preview: int | None = None
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_COUNTS_AFTER_MS)
        self._preview_timer.timeout.connect(self._count_preview)
        results.selectionModel().currentChanged.connect(self._current_changed)

    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        self.detail.facet_labels = {f.name: f.label for f in taxonomy.facets}

    def selected_ids(self) -> list[int]:
        """The selected results, top first; else the current one; else none."""
        selection = self.results.selectionModel()
        ids = [self.model.asset_id(row)
               for row in sorted(index.row() for index in selection.selectedRows())]
        if not ids and self.results.currentIndex().isValid():
            ids = [self.model.asset_id(self.results.currentIndex().row())]
        return [i for i in ids if i is not None]

    def shown_title(self) -> str | None:
        return self.detail.view.title if self.detail.view else None

    def select(self, asset_id: int) -> None:
        """Select the asset if it is in the list; else show it with nothing selected."""
        row = next((r for r in range(self.model.rowCount())
                    if self.model.asset_id(r) == asset_id), None)
        if row is not None:
            self.results.setCurrentIndex(self.model.index(row, 0))
        else:
            self.results.clearSelection()
            self.load(asset_id)

    def clear(self) -> None:
        self.detail.show_view(None)
        self.shown_id = None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        asset_id = self.model.asset_id(current.row()) if current.isValid() else None
        if asset_id is not None and asset_id != self.shown_id:
            self.load(asset_id)

    def load(self, asset_id: int) -> None:
        library = self.host.library()
        if library is None:
            return
        self.shown_id = asset_id
        self.detail.preview.show_message("Loading the preview…")
        user = self.host.user_name()
        (self.host.runner.run(lambda _ctx: rows.load_detail(library, asset_id, user),
                              lane="preview")
         .on_success(lambda detail: self._show(asset_id, detail)).start())

    def refresh(self) -> None:
        """Load the shown asset again (its ratings or usage changed)."""
        if self.shown_id is not None:
            self.load(self.shown_id)

    def _show(self, asset_id: int, detail: rows.Detail) -> None:
        if asset_id != self.shown_id:
            return  # the person moved on; a newer detail is on its way
        self.detail.show_view(detail.view)
        rating = detail.feedback.rating
        self.detail.show_rating(rating.votes, rating.mean, detail.feedback.my_stars)
        used = detail.feedback.usage
        self.detail.show_usage(used.previewed, used.opened, used.exported, used.used_on_call,
                               used.last_used)
        if self._counted_preview != asset_id:
            self._preview_timer.start()  # a preview counts once it stays on screen
        self.detail.preview.show_preview(detail.preview.preview, detail.preview.text)

    def _count_preview(self) -> None:
        asset_id = self.shown_id
        listed = {row.asset_id for row in self.model.rows}
        # Counted only while it is still one of the results it was found among, so a
        # preview is linked to the search (or recommendation) that showed it.
        if asset_id is not None and self._counted_preview != asset_id and asset_id in listed:
            self._counted_preview = asset_id
            self.on_previewed(asset_id)
