"""The demo's generated team history, as the window and the command line reach it:
``library.demo``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from enablement.changes import Changes

if TYPE_CHECKING:
    from enablement.demo.history import HistorySummary
    from enablement.library import Library

HISTORY = Changes(events=True, ratings=True, deals=True, taxonomy=True)


class DemoService:
    def __init__(self, library: Library) -> None:
        self._library = library

    def add_history(self, session_began: datetime | None = None
                    ) -> tuple[HistorySummary, Changes]:
        """Months of generated reps, deals, ratings, usage and searches, so Insights has
        something to say on the demo library (once; never over real history; searches
        since ``session_began``, the first run's own, do not count as history)."""
        from enablement.demo import history

        summary = history.generate(self._library, session_began=session_began)
        return summary, (self._library.changed(HISTORY) if not summary.skipped
                         else Changes())
