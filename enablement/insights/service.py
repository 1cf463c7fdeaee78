"""Marketing's figures, as the window and the command line reach them: ``library.insights``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from enablement.errors import UserError
from enablement.insights.figures import InsightFilter, Insights, compute

if TYPE_CHECKING:
    from enablement.library import Library
    from enablement.roi.service import CalculatorUse


class InsightsService:
    def __init__(self, library: Library) -> None:
        self._library = library

    def checked(self, flt: InsightFilter) -> InsightFilter:
        """The filter with its stage as a key, refused when its period is backwards."""
        if flt.stage:
            flt = replace(flt, stage=self._library.taxonomy().resolve_or_explain(
                "stage", flt.stage))
        if flt.since and flt.until and flt.since > flt.until:
            raise UserError(f"--since {flt.since} is after --until {flt.until}.")
        return flt

    def compute(self, flt: InsightFilter) -> Insights:
        return compute(self._library.sessions, self._library.taxonomy(), self.checked(flt))

    def calculator_uses(self, flt: InsightFilter) -> list[CalculatorUse]:
        return self._library.roi.uses(flt.since, flt.until, flt.rep)

    def write_report(self, flt: InsightFilter, fmt: str, target: Path
                     ) -> tuple[Insights, list[Path]]:
        """Compute and write the report (csv, html or pdf); the figures and the files."""
        from enablement.insights.reporting import write_report

        result = self.compute(flt)
        return result, write_report(result, fmt, target)
