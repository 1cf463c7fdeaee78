"""The main window: search box, facets, results and the asset pane, over one library.

The window is the conductor, not the orchestra. ``WindowLayout`` builds the widgets; the
parts do the work, each given a ``WindowHost`` rather than the window: ``LibrarySession``
(opening and the facts), ``SearchPane`` (searching, recommendations, the search log),
``AssetPane`` (the selected asset), ``AssetActions`` (open, export, tags, usage),
``ImportController`` and the feedback, Insights, review, ROI, sync and synonym controllers.
What is left here is wiring them together, the pages, Settings and the window's own state.
Every slow step still goes through the ``Runner``; the GUI thread only paints results.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMenu, QMessageBox

from enablement.api import (
    CallContext,
    Changes,
    ImportOptions,
    Library,
    LibraryFacts,
    extension_globs,
)
from ui.asset_actions import AssetActions
from ui.asset_pane import AssetPane
from ui.errors import ErrorReporter
from ui.feedback_controller import FeedbackController
from ui.host import WindowHost
from ui.import_controller import ImportController, dropped_paths
from ui.import_dialog import ImportDialog
from ui.insights_controller import InsightsController
from ui.library_session import LibrarySession
from ui.plaintext import window_title
from ui.review_controller import ReviewController
from ui.roi_controller import RoiController
from ui.runner import Runner
from ui.search_controller import SearchController
from ui.search_pane import SearchPane, SearchWidgets
from ui.settings import AppSettings
from ui.settings_dialog import SettingsChoice, SettingsDialog
from ui.sync_controller import SyncController
from ui.synonyms_controller import SynonymsController
from ui.tag_editor import TagEditor
from ui.window_layout import WindowLayout

IMPORT_FILTER = f"Sales content ({extension_globs()});;All files (*)"


class MainWindow(WindowLayout):
    library_opened = Signal()
    results_shown = Signal(int)  # number of rows now in the list
    history_added = Signal()  # the demo's generated history is in (first run)

    def __init__(
        self,
        library_dir: Path,
        settings: AppSettings,
        demo_source: Path | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        log_path: Path | None = None,
        demo_history: bool = True,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.open_url = open_url
        self.errors = ErrorReporter(self, log_path)
        self.runner = Runner(self.errors)
        self.session = LibrarySession(self.runner, library_dir, self)
        self.host = WindowHost(
            library=lambda: self.session.library, runner=self.runner, parent=self,
            show_status=self.statusBar().showMessage,
            apply_changes=lambda changes: self.apply_changes(changes),
            user_name=lambda: self.settings.user_name, role=lambda: self.settings.role,
            ask_for_settings=lambda: self.edit_settings(),
            open_url=lambda url: self.open_url(url))
        self.asset_pane = AssetPane(
            self.host, self.detail, self.results, self.model,
            on_previewed=lambda asset_id: self.asset_actions.record_usage(
                [asset_id], "previewed", refresh=False))
        self.search_pane = SearchPane(
            self.host,
            SearchWidgets(self.search_box, self.sort_box, self.facets, self.filter_bar,
                          self.did_you_mean, self.result_header, self.result_stack,
                          self.results, self.model, self.empty, self.partial_notice),
            asset_count=lambda: self.session.asset_count,
            importing=lambda: self.imports.background_import is not None,
            shown_asset=lambda: self.asset_pane.shown_id,
            open_asset=lambda asset_id: self.asset_actions.open_asset(asset_id),
            on_shown=self.results_shown.emit)
        self.asset_actions = AssetActions(
            self.host, self.asset_pane.selected_ids,
            searching=lambda: self.search_pane.searching,
            log_search_then=self.search_pane.log_search_then,
            refresh_detail=self.asset_pane.refresh)
        self.imports = ImportController(
            self.host, self.task_label, self.task_progress, self.task_cancel, IMPORT_FILTER,
            demo_source, demo_history, on_history_added=self.history_added.emit,
            on_review=self.show_review_page)
        self.feedback = FeedbackController(self.host, self.search_pane.log_search_then)
        self.roi = RoiController(self.host, self.asset_pane.selected_ids,
                                 self.asset_pane.shown_title)
        self.insights = InsightsController(self.host, self.insights_view, self.show_asset)
        self.review = ReviewController(self.host, self.review_pane, self.show_asset,
                                       on_count=self._review_count)
        self.sync = SyncController(self.host)
        self.synonyms = SynonymsController(self.host)
        self.statusBar().addPermanentWidget(self.sync.label)
        self._connect()
        self._restore_state()
        self.show_empty("Opening the library…")
        QTimer.singleShot(0, self.open_library)

    def _connect(self) -> None:
        """What each action and widget signal does."""
        triggered: list[tuple[object, Callable[[], object]]] = [
            (self.import_files_action, self.imports.choose_files),
            (self.import_folder_action, self.imports.choose_folder),
            (self.edit_tags_action, self.edit_tags),
            (self.synonyms_action, self.synonyms.open),
            (self.import_deals_action, self.imports.choose_deals_file),
            (self.export_action, self.asset_actions.export_selected),
            (self.open_action, self.asset_actions.open_current),
            (self.prepare_action, self.show_prepare),
            (self.rate_action, self.rate_current),
            (self.used_action, self.asset_actions.used_current),
            (self.field_note_action, self.feedback.log_field_note),
            (self.request_action, self.request_content),
            (self.library_page_action, self.show_library_page),
            (self.insights_action, self.show_insights_page),
            (self.review_action, self.show_review_page),
            (self.calculator_action, self.roi.open_current),
            (self.sync_action, self.sync.sync_now),
            (self.settings_action, self.edit_settings),
            (self.quit_action, self.close),
            (self.focus_search_action, self.focus_search),
        ]
        for action, slot in triggered:
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        self.facets.filters_changed.connect(self._filters_changed)
        self.prepare.recommend_requested.connect(self.recommend)
        self.results.activated.connect(self._activated)
        self.results.customContextMenuRequested.connect(self._result_menu)
        self.empty.linkActivated.connect(self._empty_link)
        self.partial_notice.linkActivated.connect(self._empty_link)
        detail, actions = self.detail, self.asset_actions
        detail.open_requested.connect(actions.open_asset)
        detail.export_requested.connect(actions.export_selected)
        detail.edit_requested.connect(self.edit_tags)
        detail.confirm_requested.connect(actions.confirm_tag)
        detail.rate_requested.connect(self.feedback.quick_rate)
        detail.rate_form_requested.connect(self.feedback.rate_with_form)
        detail.calculator_requested.connect(self.roi.open)
        detail.used_requested.connect(
            lambda asset_id: actions.record_usage([asset_id], "used_on_call"))
        self.pages.currentChanged.connect(self._page_changed)
        self.session.opened.connect(self._library_ready)
        self.session.failed.connect(self._library_failed)
        self.session.facts_reloaded.connect(lambda facts: self._show_facts(facts, False))

    # -- what the parts hold, as the window's (tests and tools read these) ---------------

    @property
    def library(self) -> Library | None:
        return self.session.library

    @property
    def library_dir(self) -> Path:
        return self.session.library_dir

    @property
    def search_warm(self) -> bool:
        return self.session.search_warm

    @property
    def search_controller(self) -> SearchController:
        return self.search_pane.controller

    @property
    def mode(self) -> str:
        return self.search_pane.mode

    @property
    def import_dialogs(self) -> list[ImportDialog]:
        return self.imports.dialogs

    @property
    def deals_report(self) -> QMessageBox | None:
        return self.imports.deals_report

    @property
    def tag_editor(self) -> TagEditor | None:
        return self.asset_actions.tag_editor

    # -- the library --------------------------------------------------------------------

    def open_library(self) -> None:
        self.library_label.setText(f"Opening {self.library_dir}…")
        self.session.open()

    def _library_ready(self, facts: LibraryFacts) -> None:
        self.search_pane.use_library(self.library)
        self._show_facts(facts, True)
        self.library_opened.emit()
        if facts.asset_count == 0 and self.imports.demo_source is not None:  # first run
            self.show_empty("Importing the demo library… results appear as they are indexed.")
            self.imports.import_demo()
        self.refresh_search()
        self.search_box.setFocus()
        self.sync.refresh_status()

    def _library_failed(self, exc: BaseException) -> None:
        self.library_label.setText(f"No library open ({self.library_dir})")
        self.show_empty(f"<b>The library at {html.escape(str(self.library_dir))} could not "
                        f"be opened.</b><br>{html.escape(str(exc))}<br>Choose another "
                        "folder in File ▸ Settings.")
        self.errors(exc)

    def _show_facts(self, facts: LibraryFacts, opened: bool) -> None:
        """Paint the library's taxonomy and size; on opening, restore the last filters."""
        self.facets.set_taxonomy(facts.taxonomy)
        self.insights.set_taxonomy(facts.taxonomy)
        self.asset_pane.set_taxonomy(facts.taxonomy)
        self.prepare.set_taxonomy(facts.taxonomy)
        if opened:
            self.facets.set_filters(self.settings.filters, emit=False)
        self.library_label.setText(f"{self.library_dir}  ·  {facts.asset_count} assets")

    def reload_facts(self) -> None:
        self.session.reload_facts()

    def apply_changes(self, changes: Changes) -> None:
        """A write finished: repaint only what it touched."""
        if changes.catalog or changes.taxonomy:
            self.reload_facts()
        if changes.results:
            if self.search_pane.searching:
                self.refresh_search()
            else:
                self.recommend(self.prepare.context())
        shown = self.asset_pane.shown_id
        if shown is not None and (shown in changes.assets or changes.catalog
                                  or changes.events or changes.taxonomy):
            self.load_detail(shown)
        if changes.events or changes.deals or changes.searchable:
            self.insights.library_changed()
        self.review.library_changed(changes)
        if (changes.events or changes.deals) and not self.sync.running:
            self.sync.refresh_status()  # new feedback waits to be pushed
        if changes.search_behind:
            self.statusBar().showMessage(
                "Saved. Search shows it once the disk holding the library has space again.",
                10_000)

    def switch_library(self, path: Path) -> None:
        self.session.change_folder(path)
        self.synonyms.close()
        self.search_pane.use_library(None)
        self.asset_pane.clear()
        self.review.clear()
        self.open_library()

    # -- searching and the selected asset (the panes' work) -----------------------------

    def refresh_search(self) -> None:
        self.search_pane.refresh()

    def recommend(self, context: CallContext) -> None:
        self.search_pane.recommend(context)

    def show_empty(self, message: str) -> None:
        self.search_pane.show_empty(message)

    def focus_search(self) -> None:
        self.search_pane.focus_search()

    def _filters_changed(self, filters: dict[str, list[str]]) -> None:
        self.settings.filters = filters
        self.search_pane.filters_changed(filters)

    def show_prepare(self) -> None:
        self.left_tabs.setCurrentWidget(self.prepare)
        self.prepare.stage.setFocus()

    def selected_ids(self) -> list[int]:
        return self.asset_pane.selected_ids()

    def load_detail(self, asset_id: int) -> None:
        self.asset_pane.load(asset_id)

    def show_asset(self, asset_id: int) -> None:
        """From Insights: the asset in the library page, selected if it is in the list."""
        self.show_library_page()
        self.asset_pane.select(asset_id)

    def _activated(self, index: QModelIndex) -> None:
        asset_id = self.model.asset_id(index.row())
        if asset_id is not None:
            self.asset_actions.open_asset(asset_id)

    # -- using assets (AssetActions and the controllers do the work) --------------------

    def edit_tags(self) -> None:
        self.asset_actions.edit_tags()

    def export_to(self, ids: list[int], folder: Path) -> None:
        self.asset_actions.export_to(ids, folder)

    def rate_current(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.statusBar().showMessage("Select the asset you used first.", 4000)
            return
        self.feedback.rate_with_form(ids[0])

    def request_content(self) -> None:
        """Prefilled from the search on screen: its words, and its stage and objection."""
        request = self.search_pane.current_request()
        stage = (request.filters.get("stage") or ("",))[0]
        objection = (request.filters.get("objection") or ("",))[0]
        self.feedback.request_content(request.text, stage, objection)

    def _empty_link(self, link: str) -> None:
        if link == "request":
            self.request_content()

    def _result_menu(self, position: QPoint) -> None:
        index = self.results.indexAt(position)
        asset_id = self.model.asset_id(index.row()) if index.isValid() else None
        if asset_id is None:
            return
        if asset_id not in self.selected_ids():
            self.results.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setObjectName("resultMenu")
        menu.addAction(self.open_action)
        if self.model.rows[index.row()].calculator:
            menu.addAction(self.calculator_action)
        menu.addAction(self.used_action)
        rate = menu.addMenu("Rate")
        for stars in range(5, 0, -1):
            act = rate.addAction("★" * stars + "☆" * (5 - stars))
            act.triggered.connect(
                lambda _checked=False, n=stars: self.feedback.quick_rate(asset_id, n))
        menu.addAction(self.rate_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.edit_tags_action)
        self.result_menu = menu
        menu.popup(self.results.viewport().mapToGlobal(position))

    # -- imports (the ImportController's work) -------------------------------------------

    def import_paths(self, paths: Sequence[Path],
                     options: ImportOptions | None = None) -> ImportDialog | None:
        return self.imports.import_paths(paths, options)

    def import_deals_file(self, path: Path) -> None:
        self.imports.import_deals_file(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- pages --------------------------------------------------------------------------

    def show_library_page(self) -> None:
        self.pages.setCurrentIndex(0)

    def show_insights_page(self) -> None:
        self.pages.setCurrentWidget(self.insights_view)

    def show_review_page(self) -> None:
        self.pages.setCurrentWidget(self.review_pane)
        self.review_pane.table.setFocus()

    def _review_count(self, waiting: int | None) -> None:
        index = self.pages.indexOf(self.review_pane)
        self.pages.setTabText(index, "Review" if not waiting else f"Review ({waiting})")

    def _page_changed(self, _index: int) -> None:
        if self.pages.currentWidget() is self.insights_view:
            self.insights.shown()
        elif self.pages.currentWidget() is self.review_pane:
            self.review.shown()

    # -- settings -----------------------------------------------------------------------

    def edit_settings(self) -> None:
        current = SettingsChoice(self.library_dir, self.settings.user_name, self.settings.role,
                                 self.sync.hub_url)
        dialog = SettingsDialog(current, self)
        self.settings_dialog = dialog
        dialog.accepted.connect(lambda: self.apply_settings(dialog.choice()))
        dialog.open()

    def apply_settings(self, choice: SettingsChoice) -> None:
        self.settings.user_name = choice.user_name
        self.settings.role = choice.role
        self.apply_role(choice.role)
        if choice.library_dir != self.library_dir:
            self.settings.library_dir = choice.library_dir
            self.switch_library(choice.library_dir)
        elif choice.hub_url != self.sync.hub_url:
            self.sync.set_hub(choice.hub_url)
        self.settings.sync()

    def apply_role(self, role: str) -> None:
        self.arrange_toolbar(role)
        name = self.settings.user_name
        who = f" — {name} ({role})" if name else f" — {role} view"
        self.setWindowTitle(window_title(f"Enablement{who}"))  # the name as typed

    # -- the window's own state ---------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.bytes_value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for key, splitter in (("mainSplitter", self.splitter),
                              ("detailSplitter", self.detail.splitter)):
            state = self.settings.bytes_value(key)
            if state is not None:
                splitter.restoreState(state)
        index = self.sort_box.findData(self.settings.sort)
        if index >= 0:
            self.sort_box.blockSignals(True)
            self.sort_box.setCurrentIndex(index)
            self.sort_box.blockSignals(False)
        self.sort_box.currentIndexChanged.connect(
            lambda _i: setattr(self.settings, "sort", self.sort_box.currentData()))
        self.apply_role(self.settings.role)

    def save_state(self) -> None:
        self.settings.set_bytes_value("geometry", self.saveGeometry())
        self.settings.set_bytes_value("mainSplitter", self.splitter.saveState())
        self.settings.set_bytes_value("detailSplitter", self.detail.splitter.saveState())
        self.settings.filters = self.facets.filters
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_state()
        self.runner.shutdown()
        self.detail.preview.close_document()
        self.session.close()
        event.accept()
