"""The window's widgets, actions, menus and toolbar, built and placed, with no behaviour.

``MainWindow`` subclasses this and wires it: which slot each action triggers, what each
signal does. Keeping the two apart means the layout can be read (and changed) as a
layout, and the behaviour without wading through widget construction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.detail import AssetDetail
from ui.facets import ActiveFilterBar, FacetSidebar
from ui.insights import InsightsView
from ui.plaintext import make_plain
from ui.prepare import PreparePanel
from ui.results import ResultDelegate, ResultModel
from ui.review_pane import ReviewPane

SORT_CHOICES = (("Relevance", "relevance"), ("Rating", "rating"), ("Newest", "newest"),
                ("Title", "title"))
SPLITTER_SIZES = (250, 540, 490)  # filters, results, the asset pane on a 1280 px window


class WindowLayout(QMainWindow):
    """Three pages (Library, Insights, Review), a menu bar, a toolbar and a status bar."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Enablement")
        self.setAcceptDrops(True)
        self._build_actions()
        self._build_menus()
        library_page = self._build_library_page()
        self.insights_view = InsightsView()
        self.pages = QTabWidget()
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(library_page, "Library")
        self.pages.addTab(self.insights_view, "Insights")
        self.review_pane = ReviewPane()
        self.pages.addTab(self.review_pane, "Review")
        self.setCentralWidget(self.pages)
        self._build_status_bar()
        self.resize(1280, 800)
        self.setMinimumSize(900, 560)

    # -- actions, menus, toolbar --------------------------------------------------------

    def _action(self, text: str, shortcut: str | None = None, tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(tip)
        return act

    def _build_actions(self) -> None:
        action = self._action
        self.import_files_action = action("Import files…", "Ctrl+O",
                                          "Import documents into the library")
        self.import_folder_action = action("Import folder…", "Ctrl+Shift+O",
                                           "Import a folder and its subfolders")
        self.edit_tags_action = action("Edit tags…", "Ctrl+T",
                                       "Edit the tags of the selected assets")
        self.synonyms_action = action("Search synonyms…", None,
                                      "Words and phrases a search treats as one")
        self.import_deals_action = action("Import deals…", None,
                                          "Import opportunities from a Salesforce or "
                                          "HubSpot CSV export")
        self.export_action = action("Export…", "Ctrl+E", "Copy the selected assets to a folder")
        self.open_action = action("Open", None, "Open in the system's application")
        self.prepare_action = action("Prepare for a call", "Ctrl+P",
                                     "Ranked assets for a stage, objections and competitor")
        self.rate_action = action("Rate after the call…", "Ctrl+R",
                                  "Stars, whether it helped, the deal and the objections "
                                  "it answered")
        self.used_action = action("Used on a call", None,
                                  "Record that the selected assets were used on a call")
        self.field_note_action = action("Log from the field…", "Ctrl+L",
                                        "An objection heard or a competitor met on a deal")
        self.request_action = action("Request content…", None,
                                     "Tell marketing what you needed and could not find")
        self.library_page_action = action("Library", "Ctrl+1", "Search and use the content")
        self.insights_action = action("Insights", "Ctrl+2",
                                      "Which content moves deals, what is missing, who "
                                      "uses what")
        self.review_action = action("Review suggestions", "Ctrl+3",
                                    "Accept or reject the tags imports suggested")
        self.calculator_action = action("ROI calculator…", "Ctrl+Shift+R",
                                        "Run the selected Excel ROI calculator with the "
                                        "prospect's numbers")
        self.sync_action = action("Sync", "Ctrl+Shift+S",
                                  "Push your feedback to the team hub and get new content")
        self.settings_action = action("Settings…", "Ctrl+,")
        self.quit_action = action("Quit", "Ctrl+Q")
        self.focus_search_action = action("Search", "Ctrl+K")
        self.focus_search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")])
        self.addAction(self.focus_search_action)

    def _build_menus(self) -> None:
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
                    self.synonyms_action, self.prepare_action, self.focus_search_action):
            asset_menu.addAction(act)
        feedback_menu = menu.addMenu("Fee&dback")
        for act in (self.rate_action, self.used_action, self.field_note_action,
                    self.request_action):
            feedback_menu.addAction(act)
        view_menu = menu.addMenu("&View")
        view_menu.addAction(self.library_page_action)
        view_menu.addAction(self.insights_action)
        view_menu.addAction(self.review_action)

        self.toolbar = QToolBar("Main")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)

    def arrange_toolbar(self, role: str) -> None:
        """The rep view keeps the toolbar to finding and using; curating stays in menus."""
        self.toolbar.clear()
        self.toolbar.addAction(self.prepare_action)
        self.toolbar.addAction(self.rate_action)
        self.toolbar.addAction(self.field_note_action)
        if role == "marketer":
            for act in (self.import_files_action, self.import_folder_action,
                        self.edit_tags_action):
                self.toolbar.addAction(act)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.sync_action)
        self.toolbar.addAction(self.settings_action)

    # -- the library page ---------------------------------------------------------------

    def _build_library_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(6, 6, 6, 0)
        outer.addLayout(self._build_search_row())
        self.did_you_mean = QLabel("")
        self.did_you_mean.setObjectName("didYouMean")
        self.did_you_mean.setTextFormat(Qt.TextFormat.RichText)  # a link; the word escaped
        self.did_you_mean.setVisible(False)
        outer.addWidget(self.did_you_mean)
        self.filter_bar = ActiveFilterBar()
        self.filter_bar.setVisible(False)
        outer.addWidget(self.filter_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.left_tabs = QTabWidget()
        self.left_tabs.setObjectName("leftTabs")
        self.facets = FacetSidebar()
        self.filter_bar.remove_requested.connect(self.facets.toggle)
        self.filter_bar.clear_requested.connect(lambda: self.facets.set_filters({}))
        self.prepare = PreparePanel()
        self.left_tabs.addTab(self.facets, "Filters")
        self.left_tabs.addTab(self.prepare, "Prepare for a call")
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(self._build_result_column())
        self.detail = AssetDetail()
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes(list(SPLITTER_SIZES))
        outer.addWidget(self.splitter, 1)
        return page

    def _build_search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText("Search titles, text and tags   (Ctrl+K)")
        self.search_box.setClearButtonEnabled(True)
        row.addWidget(self.search_box, 1)
        row.addWidget(QLabel("Sort"))
        self.sort_box = QComboBox()
        self.sort_box.setObjectName("sortBox")
        for label, key in SORT_CHOICES:
            self.sort_box.addItem(label, key)
        row.addWidget(self.sort_box)
        return row

    def _build_result_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        self.result_header = QLabel("")
        self.result_header.setObjectName("resultHeader")
        make_plain(self.result_header)  # quotes the search as typed
        self.result_header.setWordWrap(True)
        layout.addWidget(self.result_header)
        # Shown when no asset matches the search well: says so, heads the near misses
        # below it and offers to ask marketing for the content.
        self.partial_notice = QLabel("")
        self.partial_notice.setObjectName("partialNotice")
        self.partial_notice.setTextFormat(Qt.TextFormat.RichText)
        self.partial_notice.setWordWrap(True)
        self.partial_notice.setVisible(False)
        layout.addWidget(self.partial_notice)
        self.result_stack = QStackedWidget()
        self.model = ResultModel()
        self.results = QListView()
        self.results.setObjectName("results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty = QLabel("")
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.result_stack.addWidget(self.results)
        self.result_stack.addWidget(self.empty)
        layout.addWidget(self.result_stack, 1)
        return column

    # -- the status bar -----------------------------------------------------------------

    def _build_status_bar(self) -> None:
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
