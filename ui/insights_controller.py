"""The window's side of Insights: computing on the read lane when the view asks (or when
it comes into sight after the library changed), exporting the report to a file the
marketer picks, and taking a double-clicked asset back to the library."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from enablement.api import InsightFilter, Insights, Taxonomy
from ui.host import WindowHost
from ui.insights import InsightsView

REPORT_FILTERS = {"PDF report (*.pdf)": "pdf", "HTML report (*.html)": "html",
                  "CSV tables (*.csv)": "csv"}


def report_format(path: Path, chosen_filter: str = "") -> tuple[str, Path]:
    """The format by the file's suffix, else by the filter the person chose (adding its
    suffix), so "q3-report" saved as PDF becomes "q3-report.pdf"."""
    by_suffix = {".pdf": "pdf", ".html": "html", ".htm": "html", ".csv": "csv"}
    fmt = by_suffix.get(path.suffix.lower())
    if fmt is not None:
        return fmt, path
    fmt = REPORT_FILTERS.get(chosen_filter, "pdf")
    return fmt, path.with_name(f"{path.name}.{fmt}")


class InsightsController(QObject):
    def __init__(self, host: WindowHost, view: InsightsView,
                 show_asset: Callable[[int], None]) -> None:
        """``show_asset`` takes a double-clicked asset back to the library page."""
        super().__init__(host.parent)
        self.host = host
        self.view = view
        self.running = False      # one computation at a time ...
        self.pending: InsightFilter | None = None  # ... and only the latest request after it
        self.stale = True         # the library changed since the figures were computed
        self.exported: list[Path] = []
        view.refresh_requested.connect(self.compute)
        view.export_requested.connect(self.choose_export)
        view.asset_activated.connect(show_asset)

    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        self.view.set_stages([(v.key, v.label) for v in taxonomy.facet("stage").values])

    def library_changed(self) -> None:
        """Recompute now if the figures are on screen, else when they next are."""
        self.stale = True
        if self.view.isVisible():
            self.view.request_refresh()

    def shown(self) -> None:
        if self.stale:
            self.view.request_refresh()

    def compute(self, flt: InsightFilter) -> None:
        """Requests arriving while one runs collapse into one run of the latest, so a
        burst of library changes (an import) costs two computations, not one each."""
        library = self.host.library()
        if library is None:
            return
        self.stale = False
        self.view.show_busy(True)
        if self.running:
            self.pending = flt
            return
        self.running = True
        (self.host.runner.run(lambda _ctx: (library.insights.compute(flt),
                                            library.insights.calculator_uses(flt)),
                              lane="insights")
         .on_success(self._computed).on_failure(self._failed)
         .on_finished(self._next).start())

    def _computed(self, found: tuple[Insights, list]) -> None:
        if self.pending is None:
            insights, calculators = found
            self.view.show_insights(insights)
            self.view.show_calculators(calculators)

    def _failed(self, exc: BaseException) -> None:
        if self.pending is None:
            self.view.show_error(f"The insights could not be computed: {exc}")
            self.stale = True

    def _next(self) -> None:
        self.running = False
        flt, self.pending = self.pending, None
        if flt is not None:
            self.compute(flt)

    def choose_export(self, flt: InsightFilter) -> None:
        start = str(Path.home() / "enablement-report.pdf")
        path, chosen = QFileDialog.getSaveFileName(
            self.host.parent, "Export the insights report", start, ";;".join(REPORT_FILTERS))
        if path:
            self.export(flt, Path(path), chosen)

    def export(self, flt: InsightFilter, path: Path, chosen_filter: str = "") -> None:
        library = self.host.library()
        if library is None:
            return
        fmt, target = report_format(path, chosen_filter)
        self.host.show_status(f"Writing the report to {target}…", 0)
        (self.host.runner.run(
            lambda _ctx: library.insights.write_report(flt, fmt, target)[1], lane="insights")
         .on_success(self._exported)
         .on_failure(lambda exc: self._export_failed(target, exc)).start())

    def _export_failed(self, target: Path, exc: BaseException) -> None:
        message = (f"The report could not be written to {target}: {exc}. Choose another "
                   "folder or file name and export again.")
        self.host.show_status(message, 12_000)
        self.view.show_error(message)

    def _exported(self, files: list[Path]) -> None:
        self.exported = files
        if not files:
            return
        more = f" and {len(files) - 1} table file(s) beside it" if len(files) > 1 else ""
        self.host.show_status(f"Report written: {files[0]}{more}.", 12_000)
        if files[0].suffix.lower() in (".pdf", ".html"):
            self.host.open_file(files[0])
