"""The main window: search box, facets, results and the asset pane, over one library.

Every slow step (opening the library, searching, loading a preview, importing, saving
tags, exporting) goes through the ``Runner``; the GUI thread only paints results.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from enablement.catalog.export import export_assets
from enablement.catalog.taxonomy import Taxonomy
from enablement.feedback.deals import DealImportReport, import_deals
from enablement.imports.importer import ImportOptions, ImportReport
from enablement.library import Library
from enablement.search.recommend import CallContext
from enablement.search.repair import IndexRepairing
from enablement.search.service import SearchRequest, run_search
from ui import tasks
from ui.detail import AssetDetail
from ui.errors import ErrorReporter
from ui.facets import ActiveFilterBar, FacetSidebar
from ui.feedback_controller import FeedbackController
from ui.import_dialog import ImportDialog, start_import
from ui.insights import InsightsView
from ui.insights_controller import InsightsController
from ui.plaintext import make_plain, window_title
from ui.prepare import PreparePanel
from ui.results import ResultDelegate, ResultModel
from ui.roi_controller import RoiController
from ui.runner import JobContext, Runner
from ui.search_controller import SearchController, SearchOutcome
from ui.settings import AppSettings
from ui.settings_dialog import SettingsChoice, SettingsDialog
from ui.sync_controller import SyncController
from ui.tag_editor import TagEditor

log = logging.getLogger(__name__)

RESULT_LIMIT = 50
HIGHLIGHTED_ROWS = 20  # about two screens; rows below show the asset's summary
PREVIEW_COUNTS_AFTER_MS = 1500  # arrowing past an asset is not a preview
SEARCH_SETTLES_AFTER_MS = 1500  # typing on is not a search of each prefix
SORT_CHOICES = (("Relevance", "relevance"), ("Rating", "rating"), ("Newest", "newest"),
                ("Title", "title"))
IMPORT_FILTER = "Sales content (*.pdf *.docx *.pptx *.xlsx *.md *.markdown *.txt);;All files (*)"


class MainWindow(QMainWindow):
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
        self.setObjectName("mainWindow")
        self.setWindowTitle("Enablement")
        self.setAcceptDrops(True)
        self.settings = settings
        self.library_dir = library_dir
        self.demo_source = demo_source
        self.demo_history = demo_history  # generate reps' history after the demo import
        self.open_url = open_url
        self.library: Library | None = None
        self.errors = ErrorReporter(self, log_path)
        self.runner = Runner(self.errors)
        self.search_controller = SearchController(
            self.runner, self._search_unavailable, self._rows_for, debounce_ms=40)
        self.search_controller.finished.connect(self._show_search)
        self.search_controller.failed.connect(self._search_failed)
        self.mode = "search"
        self.search_warm = False
        self._awaiting_repair = False  # a job waits for the index to be rebuilt
        self.asset_count = 0
        self.background_import = None
        self.import_dialogs: list[ImportDialog] = []
        self._detail_for: int | None = None
        self._counted_preview: int | None = None
        # The search log: the search on screen, and the last one written to the log.
        self._shown_search: tuple[SearchRequest, int] | None = None
        self._logged_search: tuple[tuple, str] | None = None  # (key, search id)
        self.feedback = FeedbackController(self)
        self.roi = RoiController(self)
        self._build()
        self._restore_state()
        self.show_empty("Opening the library…")
        QTimer.singleShot(0, self.open_library)

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self._build_actions()
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 0)
        top = QHBoxLayout()
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText("Search titles, text and tags   (Ctrl+K)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textEdited.connect(self._text_edited)
        self.search_box.returnPressed.connect(self._enter_in_search)
        self.search_box.installEventFilter(self)
        top.addWidget(self.search_box, 1)
        top.addWidget(QLabel("Sort"))
        self.sort_box = QComboBox()
        self.sort_box.setObjectName("sortBox")
        for label, key in SORT_CHOICES:
            self.sort_box.addItem(label, key)
        self.sort_box.currentIndexChanged.connect(lambda _i: self.refresh_search())
        top.addWidget(self.sort_box)
        outer.addLayout(top)

        self.did_you_mean = QLabel("")
        self.did_you_mean.setObjectName("didYouMean")
        self.did_you_mean.setTextFormat(Qt.TextFormat.RichText)  # a link; the word escaped
        self.did_you_mean.setVisible(False)
        self.did_you_mean.linkActivated.connect(self._accept_correction)
        outer.addWidget(self.did_you_mean)
        self.filter_bar = ActiveFilterBar()
        self.filter_bar.setVisible(False)
        outer.addWidget(self.filter_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.left_tabs = QTabWidget()
        self.left_tabs.setObjectName("leftTabs")
        self.facets = FacetSidebar()
        self.facets.filters_changed.connect(self._filters_changed)
        self.filter_bar.remove_requested.connect(self.facets.toggle)
        self.filter_bar.clear_requested.connect(lambda: self.facets.set_filters({}))
        self.prepare = PreparePanel()
        self.prepare.recommend_requested.connect(self.recommend)
        self.left_tabs.addTab(self.facets, "Filters")
        self.left_tabs.addTab(self.prepare, "Prepare for a call")
        self.splitter.addWidget(self.left_tabs)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        self.result_header = QLabel("")
        self.result_header.setObjectName("resultHeader")
        make_plain(self.result_header)  # quotes the search as typed
        self.result_header.setWordWrap(True)
        middle_layout.addWidget(self.result_header)
        self.result_stack = QStackedWidget()
        self.model = ResultModel()
        self.results = QListView()
        self.results.setObjectName("results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.results.activated.connect(self._activated)
        self.results.installEventFilter(self)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results.customContextMenuRequested.connect(self._result_menu)
        self.empty = QLabel("")
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.linkActivated.connect(self._empty_link)
        self.result_stack.addWidget(self.results)
        self.result_stack.addWidget(self.empty)
        middle_layout.addWidget(self.result_stack, 1)
        self.splitter.addWidget(middle)

        self.detail = AssetDetail()
        self.detail.open_requested.connect(self.open_asset)
        self.detail.export_requested.connect(self.export_selected)
        self.detail.edit_requested.connect(self.edit_tags)
        self.detail.confirm_requested.connect(self.confirm_tag)
        self.detail.rate_requested.connect(self.feedback.quick_rate)
        self.detail.rate_form_requested.connect(self.feedback.rate_with_form)
        self.detail.calculator_requested.connect(self.roi.open)
        self.detail.used_requested.connect(
            lambda asset_id: self.record_usage([asset_id], "used_on_call"))
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_COUNTS_AFTER_MS)
        self._preview_timer.timeout.connect(self._count_preview)
        self._search_log_timer = QTimer(self)
        self._search_log_timer.setSingleShot(True)
        self._search_log_timer.setInterval(SEARCH_SETTLES_AFTER_MS)
        self._search_log_timer.timeout.connect(lambda: self.log_search())
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([250, 540, 490])
        outer.addWidget(self.splitter, 1)
        self.insights_view = InsightsView()
        self.insights = InsightsController(self, self.insights_view)
        self.pages = QTabWidget()
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(central, "Library")
        self.pages.addTab(self.insights_view, "Insights")
        self.pages.currentChanged.connect(self._page_changed)
        self.setCentralWidget(self.pages)

        status = self.statusBar()
        self.library_label = QLabel("")
        self.library_label.setObjectName("libraryLabel")
        status.addWidget(self.library_label, 1)
        self.task_label = QLabel("")
        self.task_label.setObjectName("taskLabel")
        make_plain(self.library_label, self.task_label)  # paths and file names
        self.task_progress = QProgressBar()
        self.task_progress.setObjectName("taskProgress")
        self.task_progress.setMaximumWidth(220)
        self.task_cancel = QPushButton("Cancel")
        self.task_cancel.setObjectName("taskCancel")
        for widget in (self.task_label, self.task_progress, self.task_cancel):
            widget.setVisible(False)
            status.addPermanentWidget(widget)
        self.sync = SyncController(self)
        self.resize(1280, 800)
        self.setMinimumSize(900, 560)

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], shortcut: str | None = None,
                   tip: str = "") -> QAction:
            act = QAction(text, self)
            act.triggered.connect(lambda _checked=False: slot())
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            if tip:
                act.setStatusTip(tip)
                act.setToolTip(tip)
            return act

        self.import_files_action = action("Import files…", self.choose_files, "Ctrl+O",
                                          "Import documents into the library")
        self.import_folder_action = action("Import folder…", self.choose_folder,
                                           "Ctrl+Shift+O", "Import a folder and its subfolders")
        self.edit_tags_action = action("Edit tags…", self.edit_tags, "Ctrl+T",
                                       "Edit the tags of the selected assets")
        self.import_deals_action = action("Import deals…", self.choose_deals_file, None,
                                          "Import opportunities from a Salesforce or "
                                          "HubSpot CSV export")
        self.export_action = action("Export…", self.export_selected, "Ctrl+E",
                                    "Copy the selected assets to a folder")
        self.open_action = action("Open", self.open_current, None,
                                  "Open in the system's application")
        self.prepare_action = action("Prepare for a call", self.show_prepare, "Ctrl+P",
                                     "Ranked assets for a stage, objections and competitor")
        self.rate_action = action("Rate after the call…", self.rate_current, "Ctrl+R",
                                  "Stars, whether it helped, the deal and the objections "
                                  "it answered")
        self.used_action = action("Used on a call", self.used_current, None,
                                  "Record that the selected assets were used on a call")
        self.field_note_action = action("Log from the field…", self.feedback.log_field_note,
                                        "Ctrl+L", "An objection heard or a competitor met "
                                        "on a deal")
        self.request_action = action("Request content…", self.request_content, None,
                                     "Tell marketing what you needed and could not find")
        self.library_page_action = action("Library", self.show_library_page, "Ctrl+1",
                                          "Search and use the content")
        self.insights_action = action("Insights", self.show_insights_page, "Ctrl+2",
                                      "Which content moves deals, what is missing, who "
                                      "uses what")
        self.calculator_action = action("ROI calculator…", self.roi.open_current,
                                        "Ctrl+Shift+R", "Run the selected Excel ROI "
                                        "calculator with the prospect's numbers")
        self.sync_action = action("Sync", lambda: self.sync.sync_now(), "Ctrl+Shift+S",
                                  "Push your feedback to the team hub and get new content")
        self.settings_action = action("Settings…", self.edit_settings, "Ctrl+,")
        self.quit_action = action("Quit", self.close, "Ctrl+Q")
        self.focus_search_action = action("Search", self.focus_search, "Ctrl+K")
        self.focus_search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")])
        self.addAction(self.focus_search_action)

        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        for act in (self.import_files_action, self.import_folder_action,
                    self.import_deals_action, self.export_action):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.sync_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        asset_menu = menu.addMenu("&Asset")
        for act in (self.open_action, self.calculator_action, self.edit_tags_action,
                    self.prepare_action, self.focus_search_action):
            asset_menu.addAction(act)
        feedback_menu = menu.addMenu("Fee&dback")
        for act in (self.rate_action, self.used_action, self.field_note_action,
                    self.request_action):
            feedback_menu.addAction(act)
        view_menu = menu.addMenu("&View")
        view_menu.addAction(self.library_page_action)
        view_menu.addAction(self.insights_action)

        self.toolbar = QToolBar("Main")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)

    # -- the library --------------------------------------------------------------------

    def open_library(self) -> None:
        path = self.library_dir
        self.library_label.setText(f"Opening {path}…")

        def work(_ctx: JobContext) -> tuple[Library, tasks.LibraryFacts]:
            library = Library.open(path)
            try:
                library.index_soon(wait=0)  # (its own edits wait; opening does not)
                return library, tasks.library_facts(library)
            except BaseException:
                library.close()
                raise

        (self.runner.run(work, lane="write")
         .on_success(self._library_ready).on_failure(self._library_failed).start())

    def _library_ready(self, opened: tuple[Library, tasks.LibraryFacts]) -> None:
        library, facts = opened
        self.library = library
        log.info("Library open: %s, %d assets", library.path, facts.asset_count)
        self.search_controller.set_search(lambda request: run_search(library, request))
        self._apply_facts(facts)
        self.library_opened.emit()
        first_run = facts.asset_count == 0 and self.demo_source is not None
        if first_run:
            self.show_empty("Importing the demo library… results appear as they are indexed.")
            self.import_demo()
        self.refresh_search()
        self.search_box.setFocus()
        self.sync.refresh_status()
        self.runner.run(lambda ctx: library.searcher.warm(stop=ctx.cancel.is_set),
                        lane="warm").on_success(self._warmed).start()

    def _warmed(self, words: int) -> None:
        log.info("Search index read ahead: %d words", words)
        self.search_warm = True

    def _library_failed(self, exc: BaseException) -> None:
        self.library_label.setText(f"No library open ({self.library_dir})")
        self.show_empty(f"<b>The library at {html.escape(str(self.library_dir))} could not "
                        f"be opened.</b><br>{html.escape(str(exc))}<br>Choose another "
                        "folder in File ▸ Settings.")
        self.errors(exc)

    def _apply_facts(self, facts: tasks.LibraryFacts) -> None:
        self.asset_count = facts.asset_count
        self.facets.set_taxonomy(facts.taxonomy)
        self.insights.set_taxonomy(facts.taxonomy)
        self.detail.facet_labels = {f.name: f.label for f in facts.taxonomy.facets}
        self.prepare.set_taxonomy(facts.taxonomy)
        self.facets.set_filters(self.settings.filters, emit=False)
        self.library_label.setText(f"{self.library_dir}  ·  {facts.asset_count} assets")

    def reload_facts(self) -> None:
        library = self.library
        if library is None:
            return
        (self.runner.run(lambda _ctx: tasks.library_facts(library), lane="read")
         .on_success(self._facts_reloaded).start())

    def _facts_reloaded(self, facts: tasks.LibraryFacts) -> None:
        self.asset_count = facts.asset_count
        self.facets.set_taxonomy(facts.taxonomy)
        self.insights.set_taxonomy(facts.taxonomy)
        self.prepare.set_taxonomy(facts.taxonomy)
        self.library_label.setText(f"{self.library_dir}  ·  {facts.asset_count} assets")

    def library_changed(self) -> None:
        """Assets or tags changed: repaint what is on screen from the library."""
        self.reload_facts()
        if self.mode == "search":
            self.refresh_search()
        else:
            self.recommend(self.prepare.context())
        if self._detail_for is not None:
            self.load_detail(self._detail_for)
        self.insights.library_changed()
        if not self.sync.running:
            self.sync.refresh_status()  # new feedback waits to be pushed

    # -- searching ----------------------------------------------------------------------

    def _search_unavailable(self, _request: SearchRequest):  # noqa: ANN202 - never returns
        raise RuntimeError("the library is not open yet")

    def _rows_for(self, response):  # noqa: ANN001, ANN202 - runs on the worker
        return tasks.search_rows(self.library, response) if self.library else []

    def current_request(self) -> SearchRequest:
        typed = self.search_box.text()
        text = typed.strip()
        sort = self.sort_box.currentData() or "relevance"
        if not text and sort == "relevance":
            sort = "newest"
        filters = {facet: tuple(keys) for facet, keys in self.facets.filters.items() if keys}
        # While the caret sits right after a word, that word may be unfinished.
        unfinished = bool(text) and not typed[-1:].isspace()
        return SearchRequest(text=text, filters=filters, limit=RESULT_LIMIT, sort=sort,
                             prefix_last=unfinished, highlight_first=HIGHLIGHTED_ROWS)

    def refresh_search(self) -> None:
        if self.library is None:
            return
        self.mode = "search"
        self.search_controller.submit(self.current_request())

    def _text_edited(self, _text: str) -> None:
        self.refresh_search()

    def _filters_changed(self, filters: dict[str, list[str]]) -> None:
        self.settings.filters = filters
        self.filter_bar.show_filters(filters, self.facets)
        self.refresh_search()

    def _accept_correction(self, corrected: str) -> None:
        self.search_box.setText(corrected)
        self.refresh_search()

    def _show_search(self, outcome: SearchOutcome) -> None:
        if self.mode != "search":
            return
        response, rows = outcome.response, outcome.payload
        self._shown_search = (outcome.request, response.total)
        self._search_log_timer.start()
        self._set_rows(rows)
        self.facets.show_counts(response.facets)
        self.filter_bar.show_filters(self.facets.filters, self.facets)
        if response.corrected:
            link = html.escape(response.corrected)
            self.did_you_mean.setText(f"Did you mean <a href=\"{link}\">{link}</a>?")
            self.did_you_mean.setVisible(True)
        else:
            self.did_you_mean.setVisible(False)
        text = outcome.request.text
        if response.total:
            shown = len(rows)
            what = f"{response.total} assets" if response.total != 1 else "1 asset"
            header = f"{what} match “{text}”" if text else f"{what} in the library"
            if shown < response.total:
                header += f" (showing the first {shown})"
            if response.relaxed:
                header += " · no asset has every word; showing those with some of them"
            elif response.fuzzy:
                header += " · including near spellings"
            if response.notice:
                header += f" · {response.notice}"
            self.result_header.setText(header)
        else:
            self.result_header.setText("")
            self.show_empty(self._empty_advice(text, response.corrected))
        self.results_shown.emit(len(rows))

    def _empty_advice(self, text: str, corrected: str | None) -> str:
        if self.asset_count == 0 and self.background_import is None:
            return ("<b>Your library is empty.</b><br>Import files with File ▸ Import, "
                    "or drag files and folders onto this window.")
        if self.asset_count == 0:
            return "Importing… results appear as they are indexed."
        tips = []
        if corrected:
            tips.append(f"check the spelling (did you mean “{html.escape(corrected)}”?)")
        if text and len(text.split()) > 1:
            tips.append("use fewer words")
        if self.facets.filters:
            tips.append("remove a filter above, or Clear filters")
        tips.append("try a broader word such as “security”, “ROI” or a competitor's name")
        tips.append("or use Prepare for a call to pick by stage and objection")
        what = f"“{html.escape(text)}”" if text else "these filters"
        return (f"<b>No assets match {what}.</b><br>Try to " + ";<br>".join(tips) + "."
                "<br><br>Still nothing? <a href=\"request\">Request this content from "
                "marketing…</a>")

    def _search_failed(self, exc: BaseException) -> None:
        self.result_header.setText("")  # the last results' count no longer holds
        if isinstance(exc, IndexRepairing):
            # Logged once by the core, which is rebuilding the index: no dialog, and no
            # traceback per keystroke; the search runs again when the index is back.
            self.show_empty(f"<b>Repairing the search index…</b><br>{html.escape(str(exc))}")
            self._search_after_repair()
            return
        self.show_empty(f"<b>The search did not run.</b><br>{html.escape(str(exc))}")
        if not isinstance(exc, RuntimeError):
            self.errors(exc)

    def _search_after_repair(self) -> None:
        library = self.library
        if library is None or self._awaiting_repair:
            return
        self._awaiting_repair = True

        def wait(ctx: JobContext) -> None:
            while not library.repair.wait(timeout=0.2):
                if ctx.cancel.is_set():
                    return

        def done(_result: object = None) -> None:
            self._awaiting_repair = False
            if self.library is library:
                self.refresh_search()

        (self.runner.run(wait, lane="repair").on_success(done).on_failure(done).start())

    def _set_rows(self, rows: list) -> None:
        selected = self._detail_for
        self.model.set_rows(rows)
        self.result_stack.setCurrentWidget(self.results)
        if rows:
            row = next((i for i, r in enumerate(rows) if r.asset_id == selected), None)
            if row is not None:
                self.results.selectionModel().blockSignals(True)
                self.results.setCurrentIndex(self.model.index(row))
                self.results.selectionModel().blockSignals(False)

    def show_empty(self, message: str) -> None:
        self.empty.setText(message)
        self.result_stack.setCurrentWidget(self.empty)

    # -- prepare for a call -------------------------------------------------------------

    def show_prepare(self) -> None:
        self.left_tabs.setCurrentWidget(self.prepare)
        self.prepare.stage.setFocus()

    def recommend(self, context: CallContext) -> None:
        library = self.library
        if library is None:
            return
        self.mode = "prepare"
        (self.runner.run(lambda _ctx: tasks.recommendation_rows(library, context), lane="read")
         .on_success(lambda rows: self._show_recommendations(context, rows))
         .on_failure(self._recommend_failed).start())

    def _show_recommendations(self, context: CallContext, rows: list) -> None:
        if self.mode != "prepare":
            return
        self.did_you_mean.setVisible(False)
        self._set_rows(rows)
        asked = [v for v in (context.stage, *context.objections, context.competitor,
                             context.industry, context.persona) if v]
        if rows:
            self.result_header.setText(
                f"{len(rows)} assets recommended for this call, best first "
                f"({len(asked)} things asked for). Type in the search box to go back.")
        else:
            self.result_header.setText("")
            self.show_empty("<b>No asset is tagged for this call yet.</b><br>Pick fewer "
                            "objections or another stage, or ask marketing for content "
                            "(File ▸ Import adds your own).")
        self.results_shown.emit(len(rows))

    def _recommend_failed(self, exc: BaseException) -> None:
        self.result_header.setText("")
        self.show_empty(f"<b>{html.escape(str(exc))}</b>")

    # -- the selected asset -------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.results.selectionModel().selectedRows())
        ids = [self.model.asset_id(row) for row in rows]
        if not ids and self.results.currentIndex().isValid():
            ids = [self.model.asset_id(self.results.currentIndex().row())]
        return [i for i in ids if i is not None]

    def show_asset(self, asset_id: int) -> None:
        """From Insights: the asset in the library page, selected if it is in the list."""
        self.show_library_page()
        row = next((r for r in range(self.model.rowCount())
                    if self.model.asset_id(r) == asset_id), None)
        if row is not None:
            self.results.setCurrentIndex(self.model.index(row, 0))
        else:
            self.results.clearSelection()
            self.load_detail(asset_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        asset_id = self.model.asset_id(current.row()) if current.isValid() else None
        if asset_id is not None and asset_id != self._detail_for:
            self.load_detail(asset_id)

    def load_detail(self, asset_id: int) -> None:
        library = self.library
        if library is None:
            return
        self._detail_for = asset_id
        self.detail.preview.show_message("Loading the preview…")
        user = self.settings.user_name
        (self.runner.run(lambda _ctx: tasks.load_detail(library, asset_id, user), lane="preview")
         .on_success(lambda detail: self._show_detail(asset_id, detail)).start())

    def _show_detail(self, asset_id: int, detail: tasks.Detail) -> None:
        if asset_id != self._detail_for:
            return  # the person moved on; a newer detail is on its way
        self.detail.show_view(detail.view)
        self.detail.show_rating(detail.rating.votes, detail.rating.mean, detail.my_stars)
        used = detail.usage
        self.detail.show_usage(used.previewed, used.opened, used.exported, used.used_on_call,
                               used.last_used)
        if self._counted_preview != asset_id:
            self._preview_timer.start()  # a preview counts once it stays on screen
        self.detail.preview.show_preview(detail.preview, detail.fallback_text)

    def _count_preview(self) -> None:
        asset_id = self._detail_for
        listed = {row.asset_id for row in self.model.rows}
        # Counted only while it is still one of the results it was found among, so a
        # preview is linked to the search (or recommendation) that showed it.
        if asset_id is not None and self._counted_preview != asset_id and asset_id in listed:
            self._counted_preview = asset_id
            self.record_usage([asset_id], "previewed", refresh=False)

    @staticmethod
    def _search_key(request: SearchRequest) -> tuple:
        return (request.text.casefold(), tuple(sorted(request.filters.items())), request.sort)

    def log_search(self) -> None:
        """Write the search on screen to the log, once (browsing everything is not a
        search). Returns at once; the write runs on the write lane."""
        self._pending_search_log()  # written by itself when nothing else follows

    def _pending_search_log(self, then: Callable[[str | None], object] | None = None) -> None:
        library, user, shown = self.library, self.settings.user_name, self._shown_search
        if library is None or shown is None or self.mode != "search":
            if then:
                then(None)
            return
        request, total = shown
        key = self._search_key(request)
        if not request.text and not request.filters:
            if then:
                then(None)
            return
        if self._logged_search is not None and self._logged_search[0] == key:
            if then:
                then(self._logged_search[1])
            return

        def logged(search_id: str) -> None:
            self._logged_search = (key, search_id)
            if then:
                then(search_id)

        (self.runner.run(lambda _ctx: tasks.record_search(library, user, request, total),
                         lane="write").on_success(logged).start())

    def record_usage(self, asset_ids: list[int], action: str, refresh: bool = True) -> None:
        if self.library is None or not asset_ids:
            return
        if self.mode == "search" and action in ("previewed", "opened"):
            # A result used straight from a search: log the search first, then link to it.
            self._search_log_timer.stop()
            self._pending_search_log(
                lambda search_id: self._record_usage(asset_ids, action, refresh, search_id))
        else:
            self._record_usage(asset_ids, action, refresh, None)

    def _record_usage(self, asset_ids: list[int], action: str, refresh: bool,
                      search_id: str | None) -> None:
        library, user = self.library, self.settings.user_name
        if library is None:
            return
        job = self.runner.run(
            lambda _ctx: tasks.record_usage(library, asset_ids, user, action, search_id),
            lane="write")
        if action == "used_on_call":
            job.on_success(lambda _n: self.statusBar().showMessage(
                "Recorded: used on a call. Rate it too, so others know how it went.", 6000))
        if refresh:
            job.on_finished(self._refresh_detail)
        job.start()

    def _refresh_detail(self) -> None:
        if self._detail_for is not None:
            self.load_detail(self._detail_for)

    def _activated(self, index: QModelIndex) -> None:
        asset_id = self.model.asset_id(index.row())
        if asset_id is not None:
            self.open_asset(asset_id)

    def open_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_asset(ids[0])

    def open_asset(self, asset_id: int) -> None:
        library = self.library
        if library is None:
            return
        (self.runner.run(lambda _ctx: tasks.copy_for_opening(library, asset_id), lane="preview")
         .on_success(lambda path: self._open_path(asset_id, path)).start())

    def _open_path(self, asset_id: int, path: Path) -> None:
        self.record_usage([asset_id], "opened")
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self.errors(OSError(0, "no application is set up to open this kind of file",
                                str(path)))

    # -- tags ---------------------------------------------------------------------------

    def edit_tags(self) -> None:
        library, ids = self.library, self.selected_ids()
        if library is None or not ids:
            self.statusBar().showMessage("Select one or more assets first.", 4000)
            return
        # The taxonomy comes with the views: loading it may read the database, which the
        # GUI thread never does.
        (self.runner.run(lambda _ctx: (tasks.asset_views(library, ids), library.taxonomy()),
                         lane="read")
         .on_success(lambda loaded: self._open_tag_editor(ids, *loaded)).start())

    def _open_tag_editor(self, ids: list[int], views: list, taxonomy: Taxonomy) -> None:
        if self.library is None:
            return
        editor = TagEditor(views, taxonomy, self)
        self.tag_editor = editor
        editor.accepted.connect(lambda: self.save_tags(ids, editor.edit()))
        editor.open()

    def save_tags(self, ids: list[int], edit) -> None:  # noqa: ANN001 - catalog.BulkEdit
        library = self.library
        if library is None or not (edit.add or edit.remove):
            return
        (self.runner.run(lambda _ctx: tasks.apply_tag_edit(library, ids, edit), lane="write")
         .on_success(self._tags_saved).start())

    def _tags_saved(self, count: int) -> None:
        self.statusBar().showMessage(f"Saved tags on {count} asset(s).", 5000)
        self.library_changed()

    def confirm_tag(self, asset_id: int, facet: str, key: str) -> None:
        library = self.library
        if library is None:
            return
        (self.runner.run(lambda _ctx: tasks.confirm_tag(library, asset_id, facet, key),
                         lane="write")
         .on_success(lambda _view: self.library_changed()).start())

    # -- pages --------------------------------------------------------------------------

    def show_library_page(self) -> None:
        self.pages.setCurrentIndex(0)

    def show_insights_page(self) -> None:
        self.pages.setCurrentWidget(self.insights_view)

    def _page_changed(self, _index: int) -> None:
        if self.pages.currentWidget() is self.insights_view:
            self.insights.shown()

    # -- feedback -------------------------------------------------------------------------

    def rate_current(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.statusBar().showMessage("Select the asset you used first.", 4000)
            return
        self.feedback.rate_with_form(ids[0])

    def used_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.record_usage(ids, "used_on_call")

    def request_content(self) -> None:
        """Prefilled from the search on screen: its words, and its stage and objection."""
        request = self.current_request()
        stage = (request.filters.get("stage") or ("",))[0]
        objection = (request.filters.get("objection") or ("",))[0]
        self.feedback.request_content(request.text, stage, objection)

    def _empty_link(self, link: str) -> None:
        if link == "request":
            self.request_content()

    def log_search_then(self, then: Callable[[str | None], object]) -> None:
        """Log the search on screen now (if it is one) and pass its id on."""
        self._search_log_timer.stop()
        self._pending_search_log(then)

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
        if self.model.rows[index.row()].meta.lower().endswith(".xlsx"):
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

    # -- import and export --------------------------------------------------------------

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Import files", str(Path.home()),
                                                IMPORT_FILTER)
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder", str(Path.home()))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: Sequence[Path],
                     options: ImportOptions | None = None) -> ImportDialog | None:
        if self.library is None:
            self.statusBar().showMessage("The library is not open yet.", 4000)
            return None
        dialog = ImportDialog(self)
        job, state = start_import(self.runner, self.library, list(paths), options)
        dialog.changed.connect(self.library_changed)
        dialog.finished.connect(lambda _r: self.import_dialogs.remove(dialog))
        self.import_dialogs.append(dialog)
        dialog.show()
        dialog.run(job, state)
        return dialog

    def import_demo(self) -> None:
        """First run: the bundled demo, in the status bar so the window stays usable."""
        if self.library is None or self.demo_source is None:
            return
        options = ImportOptions(batch_size=8, batch_seconds=0.5)
        job, state = start_import(self.runner, self.library, [self.demo_source], options)
        self.background_import = job
        self.task_label.setText("Importing the demo library…")
        self.task_progress.setRange(0, 0)
        for widget in (self.task_label, self.task_progress, self.task_cancel):
            widget.setVisible(True)
        self.task_cancel.setEnabled(True)
        self.task_cancel.clicked.connect(job.cancel)
        shown = [0]

        def paint(_value: object) -> None:
            new, progress = state.take(shown[0])
            shown[0] += len(new)
            if progress is not None:
                self.task_progress.setRange(0, max(1, progress.total))
                self.task_progress.setValue(progress.done)
                self.task_label.setText(
                    f"Importing the demo library: {progress.done} of {progress.total}")
            if any(r.status in ("imported", "updated") for r in new):
                self.library_changed()

        def done(report: ImportReport | None = None) -> None:
            self.background_import = None
            for widget in (self.task_label, self.task_progress, self.task_cancel):
                widget.setVisible(False)
            if report is not None:
                counts = report.counts()
                log.info("Demo library imported: %s", counts)
                self.statusBar().showMessage(
                    f"Demo library imported: {counts['imported']} assets.", 8000)
                if self.demo_history and counts["imported"]:
                    self.add_demo_history()
            self.library_changed()

        job.with_progress(paint).on_success(done).on_cancel(done).start()

    def add_demo_history(self) -> None:
        """Months of generated team activity, so Insights means something on first run."""
        library = self.library
        if library is None:
            return
        from enablement.demo import history as demo_history

        def added(summary: demo_history.HistorySummary) -> None:
            if not summary.skipped:
                self.statusBar().showMessage(
                    f"Demo history added: {summary.reps} reps, {summary.deals} deals, "
                    f"{summary.ratings} ratings. See Insights.", 8000)
            self.history_added.emit()
            self.library_changed()

        (self.runner.run(lambda _ctx: demo_history.generate(library), lane="write")
         .on_success(added).start())

    def choose_deals_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import deals from a CRM export",
                                              str(Path.home()), "CSV files (*.csv)")
        if path:
            self.import_deals_file(Path(path))

    def import_deals_file(self, path: Path) -> None:
        library = self.library
        if library is None:
            return

        def work(_ctx: JobContext) -> DealImportReport:
            with library.sessions.begin() as session:
                return import_deals(session, path)

        (self.runner.run(work, lane="write")
         .on_success(lambda report: self._deals_imported(path, report)).start())

    def _deals_imported(self, path: Path, report: DealImportReport) -> None:
        crm = "Salesforce" if report.crm == "salesforce" else "HubSpot"
        summary = (f"{crm} export {path.name}: {report.created} new, {report.updated} "
                   f"updated, {report.unchanged} unchanged, {len(report.errors)} refused.")
        self.statusBar().showMessage(summary, 10_000)
        box = QMessageBox(QMessageBox.Icon.Warning if report.errors
                          else QMessageBox.Icon.Information, "Deals imported", summary,
                          QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the file's name, as it is
        if report.errors:
            box.setInformativeText("Fix the refused rows and import the file again: deals "
                                   "already imported are matched, not doubled.")
            box.setDetailedText("\n".join(str(error) for error in report.errors))
        self.deals_report = box
        box.open()

    def export_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.statusBar().showMessage("Select one or more assets to export.", 4000)
            return
        folder = QFileDialog.getExistingDirectory(self, "Export to a folder", str(Path.home()))
        if folder:
            self.export_to(ids, Path(folder))

    def export_to(self, ids: list[int], folder: Path) -> None:
        library = self.library
        if library is None:
            return

        def work(ctx: JobContext) -> list:
            return export_assets(library, ids, folder, ctx.cancel,
                                 lambda done, total: ctx.progress((done, total)))

        (self.runner.run(work, lane="write")
         .on_success(lambda results: self._exported(folder, results)).start())

    def _exported(self, folder: Path, results: list) -> None:
        failed = [r for r in results if r.error]
        done = len(results) - len(failed)
        self.record_usage([r.asset_id for r in results if not r.error], "exported")
        self.statusBar().showMessage(f"Exported {done} asset(s) to {folder}.", 8000)
        if failed:
            box = QMessageBox(QMessageBox.Icon.Warning, "Some assets were not exported",
                              "\n".join(f"Asset {r.asset_id}: {r.error}" for r in failed),
                              QMessageBox.StandardButton.Close, self)
            box.setTextFormat(Qt.TextFormat.PlainText)  # errors name files and titles
            self.export_report = box
            box.open()
        self.last_export = results

    # -- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

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
        """The rep view keeps the toolbar to finding and using; curating stays in menus."""
        self.toolbar.clear()
        curating = (self.import_files_action, self.import_folder_action, self.edit_tags_action)
        self.toolbar.addAction(self.prepare_action)
        self.toolbar.addAction(self.rate_action)
        self.toolbar.addAction(self.field_note_action)
        if role == "marketer":
            for act in curating:
                self.toolbar.addAction(act)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.sync_action)
        self.toolbar.addAction(self.settings_action)
        name = self.settings.user_name
        who = f" — {name} ({role})" if name else f" — {role} view"
        self.setWindowTitle(window_title(f"Enablement{who}"))  # the name as typed

    def switch_library(self, path: Path) -> None:
        old = self.library
        self.library = None
        self.search_controller.set_search(self._search_unavailable)
        self.model.set_rows([])
        self.detail.show_view(None)
        self._detail_for = None
        self.library_dir = path
        if old is not None:
            self.runner.run(lambda _ctx: old.close(), lane="write").start()
        self.open_library()

    # -- keyboard -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _enter_in_search(self) -> None:
        if self.model.rowCount() == 0:
            return
        index = self.results.currentIndex()
        if not index.isValid():
            index = self.model.index(0)
            self.results.setCurrentIndex(index)
        self.open_asset(self.model.asset_id(index.row()))

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_box:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = self.results.currentIndex().row()
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(0, row + step), self.model.rowCount() - 1)
                self.results.setCurrentIndex(self.model.index(row))
                return True
            if key == Qt.Key.Key_Escape:
                self.clear_search()
                return True
        elif watched is self.results and key == Qt.Key.Key_Escape:
            self.focus_search()
            self.clear_search()
            return True
        return super().eventFilter(watched, event)

    def clear_search(self) -> None:
        """Esc: first the text, then (a second Esc) the filters."""
        if self.search_box.text():
            self.search_box.clear()
            self.refresh_search()
        elif self.facets.filters:
            self.facets.set_filters({})
        else:
            self.refresh_search()

    # -- state --------------------------------------------------------------------------

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
        if self.library is not None:
            self.library.close()
            self.library = None
        event.accept()
