"""The window's side of the review queue: loading it on the read lane when the Review
page is on screen (or comes into sight after the library changed), and each accept or
reject on the write lane, so the GUI thread never waits on the database.

A decision takes its rows off the list at once; the queue is loaded again once the last
decision in flight is saved (not in between, which would show rows about to go).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from PySide6.QtCore import QObject

from enablement.api import NOTHING, Changes, ReviewItem, ReviewQueue
from ui.host import WindowHost
from ui.review_pane import ReviewPane

LISTED_ASSETS = 300  # the newest assets listed at once; the header says how many wait


class ReviewController(QObject):
    def __init__(self, host: WindowHost, pane: ReviewPane,
                 show_asset: Callable[[int], None],
                 on_count: Callable[[int | None], None] = lambda _n: None) -> None:
        """``show_asset`` takes an asset to the library page; ``on_count`` hears how many
        suggestions wait (None: not known yet), for the page's tab."""
        super().__init__(host.parent)
        self.host = host
        self.pane = pane
        self.on_count = on_count
        self.stale = True          # the library changed since the queue was loaded
        self.loading = 0           # a generation: only the latest load is shown
        self.saving = 0            # decisions in flight
        self.queue: ReviewQueue | None = None
        pane.accept_requested.connect(lambda items: self.decide(items, accept=True))
        pane.reject_requested.connect(lambda items: self.decide(items, accept=False))
        pane.open_requested.connect(show_asset)

    # -- loading ------------------------------------------------------------------------

    def library_changed(self, changes: Changes) -> None:
        """Load again now if the page is on screen, else when it next is."""
        if not (changes.assets or changes.catalog or changes.taxonomy):
            return
        self.stale = True
        if self.pane.isVisible():
            self.refresh()

    def shown(self) -> None:
        if self.stale:
            self.refresh()

    def clear(self) -> None:
        """Another library: nothing of the old one's queue stays."""
        self.loading += 1
        self.queue, self.stale = None, True
        self.pane.show_message("Opening the library…")
        self.on_count(None)

    def refresh(self) -> None:
        library = self.host.library()
        if library is None or self.saving:
            return  # after the decisions in flight, a load follows anyway
        self.stale = False
        self.loading += 1
        generation = self.loading
        if self.queue is None:
            self.pane.show_message("Looking for suggestions to review…")
        (self.host.runner.run(lambda _ctx: library.catalog.review_queue(limit=LISTED_ASSETS),
                              lane="read")
         .on_success(lambda queue: self._loaded(generation, queue))
         .on_failure(lambda exc: self._failed(generation, exc)).start())

    def _loaded(self, generation: int, queue: ReviewQueue) -> None:
        if generation != self.loading or self.saving:
            return
        self.queue = queue
        self.pane.show_queue(queue)
        self.on_count(len(queue.items))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self.loading:
            self.stale = True
            self.pane.show_message(f"The review queue could not be loaded: {exc}")

    # -- deciding -----------------------------------------------------------------------

    def decide(self, items: list[ReviewItem], accept: bool) -> None:
        """Accept or reject ``items``: one call per field and value, for every asset
        that has it, all in one job."""
        library = self.host.library()
        if library is None or not items:
            return
        groups: dict[tuple[str, str], list[int]] = defaultdict(list)
        for item in items:
            groups[(item.facet, item.key)].append(item.asset_id)
        action = library.catalog.accept if accept else library.catalog.reject
        self.pane.take(items)
        self.saving += 1

        def work(_ctx: object) -> Changes:
            changes = NOTHING
            for (facet, key), asset_ids in groups.items():
                changes = changes | action(asset_ids, facet, key)
            return changes

        verb = "Accepted" if accept else "Rejected"
        (self.host.runner.run(work, lane="write")
         .on_success(lambda changes: self._saved(verb, len(items), changes))
         .on_finished(self._settled).start())

    def _saved(self, verb: str, count: int, changes: Changes) -> None:
        self.host.show_status(f"{verb} {count} suggestion{'s' if count != 1 else ''}.", 5000)
        self.host.apply_changes(changes)

    def _settled(self) -> None:
        """A decision is saved (or failed, and the error was shown): once none is in
        flight, the queue is read again, so what is listed is what is stored."""
        self.saving -= 1
        if not self.saving:
            self.stale = True
            self.refresh()
