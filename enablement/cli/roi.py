"""``main.py roi ASSET --set in_x=12000 ... [--json] [--pdf F] [--docx F]``, and
``--runs`` for marketing: the numbers prospects entered, per input."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from enablement.api import Calculator, Library, UserError, format_value, parse_number
from enablement.cli import exit_codes
from enablement.cli.arguments import who


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser,
                 who: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "roi", parents=[common], help="run an ROI calculator from the library",
        description="Inputs and results come from the workbook's in_/out_ names (or a "
                    "Label | Value | Unit sheet); the workbook's own formulas are computed.")
    p.add_argument("asset", metavar="ASSET", help="asset id, file name or (part of) its title")
    p.add_argument("--set", dest="sets", action="append", default=[], metavar="NAME=VALUE",
                   help="an input, e.g. in_invoices_per_month=12000 or in_rate=12%% "
                        "(repeat for more)")
    p.add_argument("--as", dest="user", metavar="NAME", help="who ran it (recorded)")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="write a one-page summary (PDF)")
    p.add_argument("--docx", type=Path, metavar="FILE", help="write the summary as DOCX")
    p.add_argument("--runs", action="store_true",
                   help="for marketing: the numbers entered in every recorded run, per "
                        "input (low, median, high); computes nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_roi)


def _roi(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    if args.runs:
        return runs(library, args.asset, out)
    return roi(library, args.asset, args.sets, who(args.user), args.json, args.pdf, args.docx,
               out)


def parse_sets(calc: Calculator, pairs: list[str]) -> dict[str, float]:
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
    asset_id = library.catalog.find(reference).asset_id
    calc = library.roi.calculator(asset_id)
    values = parse_sets(calc, pairs)
    run, _changes = library.roi.run(asset_id, values, user)
    written = [library.roi.write_summary(kind, calc, run, path)
               for kind, path in (("pdf", pdf), ("docx", docx)) if path]
    if as_json:
        print(json.dumps({
            "asset_id": asset_id, "title": calc.title,
            "inputs": {f.name: {"label": f.label, "unit": f.unit, "value": run.inputs[f.name]}
                       for f in calc.inputs},
            "results": {r.field.name: {"label": r.field.label, "unit": r.field.unit,
                                       "value": r.value, "error": r.error or None,
                                       "text": r.text()} for r in run.results},
            "written": [str(p) for p in written]}, indent=2), file=out)
        return exit_codes.OK
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
    return exit_codes.OK


def runs(library: Library, reference: str, out: TextIO) -> int:
    """For marketing: the numbers reps entered, per input, over every recorded run."""
    asset_id = library.catalog.find(reference).asset_id
    count, spread = library.roi.input_spread(asset_id)
    calc = library.roi.calculator(asset_id)
    print(f"{calc.title}: {count} recorded run(s)", file=out)
    for item in spread:
        print(f"  {item.label[:50]:50s} low {format_value(item.low, item.unit):>18s}  "
              f"median {format_value(item.median, item.unit):>18s}  "
              f"high {format_value(item.high, item.unit):>18s}  "
              f"(default {format_value(item.default, item.unit)})", file=out)
    return exit_codes.OK
