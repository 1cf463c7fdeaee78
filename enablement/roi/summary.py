"""A one-page summary of an ROI calculation for the prospect, as PDF and as DOCX: the
asset's title, the inputs as entered and the results, nothing internal."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from enablement.errors import UserError
from enablement.roi.calculator import Calculator, format_value
from enablement.roi.service import Run

FOOTER = ("Estimate based on the inputs above; actual results depend on your processes "
          "and adoption.")


def _rows(calc: Calculator, run: Run) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    inputs = [(f.label, format_value(run.inputs.get(f.name), f.unit)) for f in calc.inputs]
    results = [(r.field.label, r.text()) for r in run.results]
    return inputs, results


def _atomic(target: Path, write) -> Path:  # noqa: ANN001 - a callable taking a path
    target = target.expanduser()
    if target.parent.exists() and not target.parent.is_dir():
        raise UserError(f"{target.parent} is a file; choose a folder for the summary.")
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def write_pdf(calc: Calculator, run: Run, target: Path, prepared_for: str = "") -> Path:
    from fpdf import FPDF

    inputs, results = _rows(calc, run)

    def write(path: Path) -> None:
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
        pdf.output(str(path))

    return _atomic(target, write)


def write_docx(calc: Calculator, run: Run, target: Path, prepared_for: str = "") -> Path:
    from docx import Document

    inputs, results = _rows(calc, run)

    def write(path: Path) -> None:
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
        document.save(str(path))

    return _atomic(target, write)


def _latin(text: str) -> str:
    """The PDF core fonts are Latin-1: keep what they can print."""
    return (text.replace("–", "-").replace("—", "-").replace("…", "...").replace("’", "'")
            .encode("latin-1", "replace").decode("latin-1"))
