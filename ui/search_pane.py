"""Finding assets: the search box, sort and facets in, the result list and its header out.

Searching as the rep types (through the ``SearchController``), "Prepare for a call"
recommendations in the same list, the empty state that says what to try, the wait for a
damaged index to be rebuilt, the keyboard in the search box, and the search log (a
search is written once it has settled, or at once when a result is used from it).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListView, QStackedWidget

from enablement.api import CallContext, Changes, IndexRepairing, Library, SearchRequest
from ui import rows
from ui.facets import ActiveFilterBar, FacetSidebar
from ui.host import WindowHost
from ui.results import ResultModel, ResultRow
from ui.runner import JobContext
from ui.search_controller import SearchController, SearchOutcome

RESULT_LIMIT = 50
HIGHLIGHTED_ROWS = 20  # about two screens; rows below show the asset's summary
SEARCH_SETTLES_AFTER_MS = 1500  # typing on is not a search of each prefix
SEARCH_DEBOUNCE_MS = 40

SearchKey = tuple[str, tuple, str]  # what makes two logged searches the same one


@dataclass(frozen=True)
class SearchWidgets:
    """The widgets this pane reads and paints; all built by ``WindowLayout``."""

    search_box: QLineEdit
    sort_box: QComboBox
    facets: FacetSidebar
    filter_bar: ActiveFilterBar
    did_you_mean: QLabel
    header: QLabel
    stack: QStackedWidget  # the result list, or the empty state
    results: QListView
    model: ResultModel
    empty: QLabel
    partial_notice: QLabel  # "no asset matches well": heads the near misses


class SearchPane(QObject):
    def __init__(
        self,
        host: WindowHost,
        widgets: SearchWidgets,
        asset_count: Callable[[], int],
        importing: Callable[[], bool],
        shown_asset: Callable[[], int | None],
        open_asset: Callable[[int], None],
        on_shown: Callable[[int], None],
    ) -> None:
        """``asset_count`` and ``importing`` choose the empty state's advice;
        ``shown_asset`` (the asset pane's) stays selected when the list is repainted;
        ``open_asset`` is Enter in the search box; ``on_shown`` gets the rows painted."""
        super().__init__(host.parent)
        self.host = host
        self.widgets = widgets
        self.asset_count = asset_count
        self.importing = importing
        self.shown_asset = shown_asset
        self.open_asset = open_asset
        self.on_shown = on_shown
        self.mode = "search"  # or "prepare": the list shows recommendations for a call
        self._awaiting_repair = False  # a job waits for the index to be rebuilt
        # The search log: the search on screen, and the last one written to the log.
        self._shown_search: tuple[SearchRequest, int] | None = None
        self._logged_search: tuple[SearchKey, str] | None = None  # (key, search id)
        self.controller = SearchController(host.runner, self._search_unavailable,
                                           self._rows_for, debounce_ms=SEARCH_DEBOUNCE_MS)
        self.controller.finished.connect(self._show_search)
        self.controller.failed.connect(self._search_failed)
        self._log_timer = QTimer(self)
        self._log_timer.setSingleShot(True)
        self._log_timer.setInterval(SEARCH_SETTLES_AFTER_MS)
        self._log_timer.timeout.connect(self.log_search)
        widgets.search_box.textEdited.connect(lambda _text: self.refresh())
        widgets.search_box.returnPressed.connect(self._enter_in_search)
        widgets.search_box.installEventFilter(self)
        widgets.results.installEventFilter(self)
        widgets.sort_box.currentIndexChanged.connect(lambda _i: self.refresh())
        widgets.did_you_mean.linkActivated.connect(self._accept_correction)

    @property
    def searching(self) -> bool:
        """The list shows a search (not recommendations)."""
        return self.mode == "search"

    def use_library(self, library: Library | None) -> None:
        """Search another library (or none); results of the old one are dropped."""
        self.controller.set_search(library.search.search if library else
                                   self._search_unavailable)
        if library is None:
            self.widgets.model.set_rows([])

    def _search_unavailable(self, _request: SearchRequest):  # noqa: ANN202 - never returns
        raise RuntimeError("the library is not open yet")

    def _rows_for(self, response):  # noqa: ANN001, ANN202 - runs on the worker
        library = self.host.library()
        return rows.search_rows(library, response) if library else []

    # -- searching ----------------------------------------------------------------------

    def current_request(self) -> SearchRequest:
        typed = self.widgets.search_box.text()
        text = typed.strip()
        sort = self.widgets.sort_box.currentData() or "relevance"
        if not text and sort == "relevance":
            sort = "newest"
        filters = {facet: tuple(keys)
                   for facet, keys in self.widgets.facets.filters.items() if keys}
        # While the caret sits right after a word, that word may be unfinished.
        unfinished = bool(text) and not typed[-1:].isspace()
        return SearchRequest(text=text, filters=filters, limit=RESULT_LIMIT, sort=sort,
                             prefix_last=unfinished, highlight_first=HIGHLIGHTED_ROWS)

    def refresh(self) -> None:
        if self.host.library() is None:
            return
        self.mode = "search"
        self.controller.submit(self.current_request())

    def filters_changed(self, filters: dict[str, list[str]]) -> None:
        self.widgets.filter_bar.show_filters(filters, self.widgets.facets)
        self.refresh()

    def _accept_correction(self, corrected: str) -> None:
        self.widgets.search_box.setText(corrected)
        self.refresh()

    def _show_search(self, outcome: SearchOutcome) -> None:
        if self.mode != "search":
            return
        widgets, response, found = self.widgets, outcome.response, outcome.payload
        # A partial search is logged as one that found nothing: marketing's gap figure.
        self._shown_search = (outcome.request, response.found)
        self._log_timer.start()
        self.set_rows(found)
        widgets.facets.show_counts(response.facets)
        widgets.filter_bar.show_filters(widgets.facets.filters, widgets.facets)
        if response.corrected:
            link = html.escape(response.corrected)
            widgets.did_you_mean.setText(f"Did you mean <a href=\"{link}\">{link}</a>?")
            widgets.did_you_mean.setVisible(True)
        else:
            widgets.did_you_mean.setVisible(False)
        text = outcome.request.text
        widgets.partial_notice.setVisible(bool(response.partial and response.total))
        if response.partial and response.total:
            shown = len(found)
            header = f"No asset matches “{text}” well"
            if response.notice:
                header += f" · {response.notice}"
            widgets.header.setText(header)
            widgets.partial_notice.setText(self._partial_advice(response.total, shown))
        elif response.total:
            shown = len(found)
            what = f"{response.total} assets" if response.total != 1 else "1 asset"
            header = f"{what} match “{text}”" if text else f"{what} in the library"
            if shown < response.total:
                header += f" (showing the first {shown})"
            near_misses = sum(1 for row in found if row.partial)
            if near_misses:
                header += (f" · {near_misses} shown "
                           f"{'are partial matches' if near_misses != 1 else 'is a partial match'}"
                           ", with only some of the words")
            elif response.relaxed:
                header += " · no asset has every word; showing those with some of them"
            elif response.fuzzy:
                header += " · including near spellings"
            if response.notice:
                header += f" · {response.notice}"
            widgets.header.setText(header)
        else:
            widgets.header.setText("")
            self.show_empty(self._empty_advice(text, response.corrected))
        self.on_shown(len(found))

    @staticmethod
    def _partial_advice(total: int, shown: int) -> str:
        count = f"{total} asset{'s' if total != 1 else ''}"
        more = f" (the first {shown} shown)" if shown < total else ""
        return (f"<b>Partial matches</b>: {count} with only some of the words{more}. "
                "Nothing in the library covers this yet: "
                '<a href="request">Request this content from marketing…</a>')

    def _empty_advice(self, text: str, corrected: str | None) -> str:
        if self.asset_count() == 0 and not self.importing():
            return ("<b>Your library is empty.</b><br>Import files with File ▸ Import, "
                    "or drag files and folders onto this window.")
        if self.asset_count() == 0:
            return "Importing… results appear as they are indexed."
        tips = []
        if corrected:
            tips.append(f"check the spelling (did you mean “{html.escape(corrected)}”?)")
        if text and len(text.split()) > 1:
            tips.append("use fewer words")
        if self.widgets.facets.filters:
            tips.append("remove a filter above, or Clear filters")
        tips.append("try a broader word such as “security”, “ROI” or a competitor's name")
        tips.append("or use Prepare for a call to pick by stage and objection")
        what = f"“{html.escape(text)}”" if text else "these filters"
        return (f"<b>No assets match {what}.</b><br>Try to " + ";<br>".join(tips) + "."
                "<br><br>Still nothing? <a href=\"request\">Request this content from "
                "marketing…</a>")

    def _search_failed(self, exc: BaseException) -> None:
        self.widgets.header.setText("")  # the last results' count no longer holds
        self.widgets.partial_notice.setVisible(False)
        if isinstance(exc, IndexRepairing):
            # Logged once by the core, which is rebuilding the index: no dialog, and no
            # traceback per keystroke; the search runs again when the index is back.
            self.show_empty(f"<b>Repairing the search index…</b><br>{html.escape(str(exc))}")
            self._search_after_repair()
            return
        self.show_empty(f"<b>The search did not run.</b><br>{html.escape(str(exc))}")
        if not isinstance(exc, RuntimeError):
            self.host.runner.report_error(exc)

    def _search_after_repair(self) -> None:
        library = self.host.library()
        if library is None or self._awaiting_repair:
            return
        self._awaiting_repair = True

        def wait(ctx: JobContext) -> None:
            while not library.search.wait_for_repair(timeout=0.2):
                if ctx.cancel.is_set():
                    return

        def done(_result: object = None) -> None:
            self._awaiting_repair = False
            if self.host.library() is library:
                self.refresh()

        (self.host.runner.run(wait, lane="repair").on_success(done).on_failure(done).start())

    def set_rows(self, found: list[ResultRow]) -> None:
        """Paint the rows; the asset in the asset pane stays selected if it is among them."""
        widgets, selected = self.widgets, self.shown_asset()
        widgets.model.set_rows(found)
        widgets.stack.setCurrentWidget(widgets.results)
        row = next((i for i, r in enumerate(found) if r.asset_id == selected), None)
        if row is not None:
            widgets.results.selectionModel().blockSignals(True)
            widgets.results.setCurrentIndex(widgets.model.index(row))
            widgets.results.selectionModel().blockSignals(False)

    def show_empty(self, message: str) -> None:
        self.widgets.empty.setText(message)
        self.widgets.stack.setCurrentWidget(self.widgets.empty)

    # -- prepare for a call -------------------------------------------------------------

    def recommend(self, context: CallContext) -> None:
        library = self.host.library()
        if library is None:
            return
        self.mode = "prepare"
        (self.host.runner.run(lambda _ctx: rows.recommendation_rows(library, context),
                              lane="read")
         .on_success(lambda found: self._show_recommendations(context, found))
         .on_failure(self._recommend_failed).start())

    def _show_recommendations(self, context: CallContext, found: list[ResultRow]) -> None:
        if self.mode != "prepare":
            return
        self.widgets.did_you_mean.setVisible(False)
        self.widgets.partial_notice.setVisible(False)
        self.set_rows(found)
        asked = [v for v in (context.stage, *context.objections, context.competitor,
                             context.industry, context.persona) if v]
        if found:
            self.widgets.header.setText(
                f"{len(found)} assets recommended for this call, best first "
                f"({len(asked)} things asked for). Type in the search box to go back.")
        else:
            self.widgets.header.setText("")
            self.show_empty("<b>No asset is tagged for this call yet.</b><br>Pick fewer "
                            "objections or another stage, or ask marketing for content "
                            "(File ▸ Import adds your own).")
        self.on_shown(len(found))

    def _recommend_failed(self, exc: BaseException) -> None:
        self.widgets.header.setText("")
        self.show_empty(f"<b>{html.escape(str(exc))}</b>")

    # -- the search log -----------------------------------------------------------------

    @staticmethod
    def _search_key(request: SearchRequest) -> SearchKey:
        return (request.text.casefold(), tuple(sorted(request.filters.items())), request.sort)

    def log_search(self) -> None:
        """Write the search on screen to the log, once (browsing everything is not a
        search). Returns at once; the write runs on the write lane."""
        self._pending_search_log()  # written by itself when nothing else follows

    def log_search_then(self, then: Callable[[str | None], object]) -> None:
        """Log the search on screen now (if it is one) and pass its id on."""
        self._log_timer.stop()
        self._pending_search_log(then)

    def _pending_search_log(self, then: Callable[[str | None], object] | None = None) -> None:
        library, user, shown = self.host.library(), self.host.user_name(), self._shown_search
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

        def logged(saved: tuple[str, Changes]) -> None:
            search_id, _changes = saved  # (a logged search repaints nothing)
            self._logged_search = (key, search_id)
            if then:
                then(search_id)

        (self.host.runner.run(lambda _ctx: library.search.log(user, request, total),
                              lane="write").on_success(logged).start())

    # -- the keyboard -------------------------------------------------------------------

    def focus_search(self) -> None:
        self.widgets.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.widgets.search_box.selectAll()

    def clear_search(self) -> None:
        """Esc: first the text, then (a second Esc) the filters."""
        widgets = self.widgets
        if widgets.search_box.text():
            widgets.search_box.clear()
            self.refresh()
        elif widgets.facets.filters:
            widgets.facets.set_filters({})
        else:
            self.refresh()

    def _enter_in_search(self) -> None:
        model, results = self.widgets.model, self.widgets.results
        if model.rowCount() == 0:
            return
        index = results.currentIndex()
        if not index.isValid():
            index = model.index(0)
            results.setCurrentIndex(index)
        asset_id = model.asset_id(index.row())
        if asset_id is not None:
            self.open_asset(asset_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        """Up and Down in the search box move the selection while typing goes on; Esc
        clears (from the list it goes back to the search box first)."""
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key, model, results = event.key(), self.widgets.model, self.widgets.results
        if watched is self.widgets.search_box:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and model.rowCount():
                row = results.currentIndex().row()
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(0, row + step), model.rowCount() - 1)
                results.setCurrentIndex(model.index(row))
                return True
            if key == Qt.Key.Key_Escape:
                self.clear_search()
                return True
        elif watched is results and key == Qt.Key.Key_Escape:
            self.focus_search()
            self.clear_search()
            return True
        return super().eventFilter(watched, event)
