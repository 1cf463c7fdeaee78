"""``main.py roi ASSET --set in_x=12000 ... [--json] [--pdf F] [--docx F]``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from enablement.catalog import assets as catalog
from enablement.errors import UserError
from enablement.library import Library
from enablement.roi import service as roi_service
from enablement.roi import summary as roi_summary
from enablement.roi.calculator import format_value, parse_number


def parse_sets(calc, pairs: list[str]) -> dict[str, float]:  # noqa: ANN001 - a Calculator
    values: dict[str, float] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep:
            raise UserError(f"--set {pair}: write it as NAME=VALUE, e.g. "
                            f"{calc.inputs[0].name}=12000.")
        field = calc.field(name.strip())
        if field not in calc.inputs:
            raise UserError(f"--set {name}: that is a result; set the inputs "
                            f"({', '.join(f.name for f in calc.inputs)}).")
        values[field.name] = parse_number(field, text)
    return values


def roi(library: Library, reference: str, pairs: list[str], user: str, as_json: bool,
        pdf: Path | None, docx: Path | None, out: TextIO) -> int:
    with library.sessions() as session:
        asset = catalog.find_asset(session, reference)
        asset_id = asset.id
    calc = roi_service.calculator(library, asset_id)
    values = parse_sets(calc, pairs)
    run = roi_service.run(library, asset_id, values, user)
    written = [write(calc, run, path) for write, path in
               ((roi_summary.write_pdf, pdf), (roi_summary.write_docx, docx)) if path]
    if as_json:
        print(json.dumps({
            "asset_id": asset_id, "title": calc.title,
            "inputs": {f.name: {"label": f.label, "unit": f.unit, "value": run.inputs[f.name]}
                       for f in calc.inputs},
            "results": {r.field.name: {"label": r.field.label, "unit": r.field.unit,
                                       "value": r.value, "error": r.error or None,
                                       "text": r.text()} for r in run.results},
            "written": [str(p) for p in written]}, indent=2), file=out)
        return 0
    print(calc.title, file=out)
    print("\nInputs", file=out)
    for field in calc.inputs:
        mark = " *" if field.name in values else ""
        print(f"  {field.label:60.60s} {format_value(run.inputs[field.name], field.unit):>20s}"
              f"{mark}   ({field.name})", file=out)
    print("\nResults", file=out)
    for result in run.results:
        print(f"  {result.field.label:60.60s} {result.text():>20s}", file=out)
    if values:
        print("\n* your numbers; the others are the workbook's defaults.", file=out)
    for path in written:
        print(f"Wrote {path}", file=out)
    return 0


def runs(library: Library, reference: str, out: TextIO) -> int:
    """For marketing: the numbers reps entered, per input, over every recorded run."""
    with library.sessions() as session:
        asset_id = catalog.find_asset(session, reference).id
    count, spread = roi_service.input_spread(library, asset_id)
    calc = roi_service.calculator(library, asset_id)
    print(f"{calc.title}: {count} recorded run(s)", file=out)
    for item in spread:
        print(f"  {item.label[:50]:50s} low {format_value(item.low, item.unit):>18s}  "
              f"median {format_value(item.median, item.unit):>18s}  "
              f"high {format_value(item.high, item.unit):>18s}  "
              f"(default {format_value(item.default, item.unit)})", file=out)
    return 0
