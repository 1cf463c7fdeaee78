"""A one-page summary of an ROI calculation for the prospect, as PDF and as DOCX: the
asset's title, the inputs as entered and the results, nothing internal."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from enablement.errors import UserError
from enablement.roi.fields import Run, format_value

if TYPE_CHECKING:
    from enablement.roi.calculator import Calculator
from enablement.store.atomic import Writer, write_atomically

TEMP_PREFIX, TEMP_SUFFIX = ".enablement-summary-", ".partial"
FOOTER = ("Estimate based on the inputs above; actual results depend on your processes "
          "and adoption.")


def _rows(calc: Calculator, run: Run) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    inputs = [(f.label, format_value(run.inputs.get(f.name), f.unit)) for f in calc.inputs]
    results = [(r.field.label, r.text()) for r in run.results]
    return inputs, results


def _save(target: Path, write: Writer) -> Path:
    """Write the summary whole or not at all (``store.atomic``): a summary already sent
    stays as it was if this one fails, and the new file opens for colleagues too."""
    target = target.expanduser()
    if target.parent.exists() and not target.parent.is_dir():
        raise UserError(f"{target.parent} is a file; choose a folder for the summary.")
    target.parent.mkdir(parents=True, exist_ok=True)
    return write_atomically(target, write, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)


def write_pdf(calc: Calculator, run: Run, target: Path, prepared_for: str = "") -> Path:
    from fpdf import FPDF

    inputs, results = _rows(calc, run)

    def write(out: BinaryIO) -> None:
        pdf = FPDF(format="A4")
        pdf.set_auto_page_break(True, margin=15)
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        pdf.multi_cell(0, 8, _latin(calc.title), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        line = f"Prepared {date.today():%d %B %Y}" + (f" for {prepared_for}" if prepared_for
                                                       else "")
        pdf.cell(0, 7, _latin(line), new_x="LMARGIN", new_y="NEXT")
        for heading, rows in (("Your numbers", inputs), ("Results", results)):
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 12)
            pdf.cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10)
            for label, value in rows:
                pdf.cell(125, 6, _latin(label)[:90])
                bold = heading == "Results"
                pdf.set_font("Helvetica", "B" if bold else "", 10)
                pdf.cell(0, 6, _latin(value), align="R", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Helvetica", "", 10)
        pdf.ln(4)
        pdf.set_font("Helvetica", "I", 8)
        pdf.multi_cell(0, 4, FOOTER)
        out.write(pdf.output())

    return _save(target, write)


def write_docx(calc: Calculator, run: Run, target: Path, prepared_for: str = "") -> Path:
    from docx import Document

    inputs, results = _rows(calc, run)

    def write(out: BinaryIO) -> None:
        document = Document()
        document.add_heading(calc.title, level=1)
        document.add_paragraph(f"Prepared {date.today():%d %B %Y}"
                               + (f" for {prepared_for}" if prepared_for else ""))
        for heading, rows in (("Your numbers", inputs), ("Results", results)):
            document.add_heading(heading, level=2)
            table = document.add_table(rows=0, cols=2)
            table.style = "Light List"
            for label, value in rows:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = label, value
        document.add_paragraph(FOOTER).italic = True
        # In memory first: a full disk then fails our write, not the zip writer's, which
        # would be left holding a closed stream.
        rendered = io.BytesIO()
        document.save(rendered)
        out.write(rendered.getbuffer())

    return _save(target, write)


def _latin(text: str) -> str:
    """The PDF core fonts are Latin-1: keep what they can print."""
    return (text.replace("–", "-").replace("—", "-").replace("…", "...").replace("’", "'")
            .encode("latin-1", "replace").decode("latin-1"))
