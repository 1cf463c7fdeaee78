"""The report as a PDF (fpdf2), landscape A4 so the wide tables fit.

Charts are drawn with rectangles, lines and text from the same shapes as the SVG (no
image conversion, nothing to install). The text uses the core Helvetica font, which knows
only latin-1: every string is made latin-1 safe on its way in (``latin1``), so a title
with a curly quote or an emoji costs a character, never the report.
"""

from __future__ import annotations

import unicodedata

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from enablement.insights.figures import CoverageCell, Insights
from enablement.insights.reporting import charts, fmt, layout, tables
from enablement.insights.reporting.definitions import definitions
from enablement.insights.reporting.reading import reading

FONT = "Helvetica"
CHART_MM = 200          # width of a chart on the page
ROW_MM = 5.2
MM_PER_PT = 0.3528

ASCII = {
    "–": "-", "—": "-", "―": "-", "−": "-", "‐": "-", "‑": "-", "×": "x", "÷": "/",
    "≥": ">=", "≤": "<=", "≠": "!=", "≈": "~", "★": "*", "☆": "*", "•": "-", "·": "-",
    "…": "...", "‘": "'", "’": "'", "‚": ",", "‛": "'", "“": '"', "”": '"', "„": '"',
    "′": "'", "″": '"', "→": "->", "←": "<-", "€": "EUR", "£": "GBP", "™": "(TM)",
    "\u00a0": " ", "\u2009": " ", "\u200b": "", "\ufeff": "", "\t": " ",
    # letters Unicode does not decompose into a base letter and a mark
    "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Œ": "OE", "œ": "oe", "ı": "i", "ŋ": "n",
}


def latin1(text: str) -> str:
    """``text`` with what latin-1 cannot hold replaced: typographic marks by their ASCII
    look-alikes, accented letters by their base letter (ł → l), anything else by '?'."""
    out = []
    for ch in str(text):
        if ch in ASCII:
            out.append(ASCII[ch])
        elif ord(ch) < 256:
            out.append(ch)
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if ord(c) < 128)
            out.append(base or "?")
    return "".join(out)


def _rgb(color: str) -> tuple[int, int, int]:
    color = color.lstrip("#")
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)


class _Report(FPDF):
    def normalize_text(self, text: str) -> str:
        return super().normalize_text(latin1(text))

    def footer(self) -> None:
        self.set_y(-10)
        self.set_font(FONT, "", 7)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, f"Content insights - page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def render_pdf(insights: Insights) -> bytes:
    pdf = _Report(orientation="L", unit="mm", format="A4")
    pdf.set_title("Content insights")
    pdf.set_creator("Enablement")
    pdf.set_auto_page_break(True, margin=14)
    pdf.set_margins(12, 12, 12)
    pdf.add_page()
    _cover(pdf, insights)
    for chart in charts.build_charts(insights):
        _chart(pdf, charts.draw(chart))
    found = tables.all_tables(insights)
    _heading(pdf, found["scorecard"].title)
    _table(pdf, found["scorecard"], title=False)
    _heading(pdf, "Top and bottom")
    _table(pdf, found["top"])
    _table(pdf, found["bottom"])
    _heading(pdf, "Coverage map: objections by stage")
    _coverage(pdf, insights)
    _heading(pdf, "Search health")
    _paragraph(pdf, tables.search_summary(insights))
    _table(pdf, found["search-queries"])
    _table(pdf, found["zero-result-queries"])
    for key in ("requests", "stale", "adoption", "trends"):
        _heading(pdf, found[key].title)
        _table(pdf, found[key], title=False)
    _heading(pdf, "How these numbers are computed")
    for term, text in definitions():
        if pdf.get_y() > pdf.page_break_trigger - 15:   # keep a term with its text
            pdf.add_page()
        pdf.set_font(FONT, "B", 9)
        pdf.cell(0, 5, term, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        _paragraph(pdf, text)
    return bytes(pdf.output())


def _cover(pdf: FPDF, insights: Insights) -> None:
    pdf.set_font(FONT, "B", 20)
    pdf.cell(0, 10, "Content insights", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    start = fmt.day(insights.period_start) if insights.period_start else "the first event"
    pdf.set_font(FONT, "", 9)
    pdf.set_text_color(85, 85, 85)
    for line in (f"Period and filters: {insights.filter.describe()}",
                 f"Days counted: {start} to {fmt.day(insights.period_end)} - "
                 f"{fmt.plural(insights.assets, 'asset')} in scope - library mean rating "
                 f"{fmt.stars(insights.library_mean)}",
                 f"Generated {fmt.moment(insights.generated_at)}"):
        pdf.cell(0, 5, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    _heading(pdf, "Reading")
    for sentence in reading(insights):
        pdf.set_font(FONT, "", 10)
        pdf.set_x(pdf.l_margin)
        pdf.cell(5, 5.5, "-")
        pdf.multi_cell(0, 5.5, sentence, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _heading(pdf: FPDF, title: str) -> None:
    if pdf.get_y() > pdf.page_break_trigger - 30:
        pdf.add_page()
    pdf.ln(4)
    pdf.set_font(FONT, "B", 13)
    pdf.cell(0, 8, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(200, 200, 200)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(2)


def _paragraph(pdf: FPDF, text: str) -> None:
    pdf.set_font(FONT, "", 9)
    pdf.multi_cell(0, 4.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)


def _chart(pdf: FPDF, drawing: layout.Drawing) -> None:
    """Draw the chart's shapes at CHART_MM wide, on a new page if it does not fit."""
    scale = CHART_MM / drawing.width
    if pdf.get_y() + drawing.height * scale > pdf.page_break_trigger:
        pdf.add_page()
    x0, y0 = pdf.l_margin, pdf.get_y() + 2
    for shape in drawing.shapes:
        if isinstance(shape, layout.Box):
            pdf.set_fill_color(*_rgb(shape.fill))
            pdf.rect(x0 + shape.x * scale, y0 + shape.y * scale, shape.w * scale,
                     shape.h * scale, style="F")
        elif isinstance(shape, layout.Line):
            pdf.set_draw_color(*_rgb(shape.color))
            pdf.set_line_width(shape.width * scale)
            if shape.dashed:
                pdf.set_dash_pattern(dash=1.4, gap=1.1)
            pdf.line(x0 + shape.x1 * scale, y0 + shape.y1 * scale, x0 + shape.x2 * scale,
                     y0 + shape.y2 * scale)
            pdf.set_dash_pattern()
        elif isinstance(shape, layout.Dot):
            pdf.set_fill_color(*_rgb(shape.fill))
            r = shape.r * scale
            pdf.ellipse(x0 + shape.cx * scale - r, y0 + shape.cy * scale - r, 2 * r, 2 * r,
                        style="F")
        else:
            pdf.set_font(FONT, "B" if shape.bold else "", shape.size * scale / MM_PER_PT)
            pdf.set_text_color(*_rgb(shape.color))
            width = pdf.get_string_width(shape.text)
            shift = {"start": 0.0, "middle": width / 2, "end": width}[shape.anchor]
            pdf.text(x0 + shape.x * scale - shift, y0 + shape.y * scale, shape.text)
    pdf.set_text_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.set_y(y0 + drawing.height * scale + 4)


def _fit(pdf: FPDF, text: str, width: float) -> str:
    """``text`` cut with '...' to fit ``width`` mm in the current font."""
    text = " ".join(str(text).split())
    if pdf.get_string_width(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if pdf.get_string_width(text[:mid].rstrip() + "...") <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "..."


def _row(pdf: FPDF, cells: list[tuple[str, float, str]], bold: bool = False,
         fills: list[tuple[int, int, int] | None] | None = None) -> None:
    pdf.set_font(FONT, "B" if bold else "", 7.5)
    for i, (text, width, align) in enumerate(cells):
        fill = fills[i] if fills else None
        if fill:
            pdf.set_fill_color(*fill)
        pdf.cell(width, ROW_MM, _fit(pdf, text, width - 2), border="B", align=align,
                 fill=fill is not None)
    pdf.ln(ROW_MM)


def _widths(pdf: FPDF, table: tables.Table) -> list[float]:
    """Column widths in mm. Each column's natural width is its widest header or value;
    when they all fit the table is that wide (plus some air), else number columns keep
    theirs and text columns split the rest of the page by their relative widths (and long
    text is cut)."""
    pdf.set_font(FONT, "B", 7.5)
    heads = [pdf.get_string_width(c.header) + 3 for c in table.columns]
    pdf.set_font(FONT, "", 7.5)
    natural = [max(heads[i], *(pdf.get_string_width(row[i]) + 3 for row in table.rows))
               for i in range(len(table.columns))]
    if sum(natural) <= pdf.epw:  # sized to the content, like the HTML tables
        padded = [w + 5 for w in natural]
        return padded if sum(padded) <= pdf.epw else [w * pdf.epw / sum(natural)
                                                      for w in natural]
    widths = natural[:]
    cut = [i for i, c in enumerate(table.columns) if not c.numeric]
    while cut:  # text columns narrower than their share keep their width; others split
        spare = pdf.epw - sum(w for i, w in enumerate(widths) if i not in cut)
        weight = sum(table.columns[i].width for i in cut)
        fair = {i: table.columns[i].width / weight * spare for i in cut}
        fitting = [i for i in cut if natural[i] <= fair[i]]
        if not fitting:
            for i in cut:
                widths[i] = max(heads[i], fair[i])
            break
        cut = [i for i in cut if i not in fitting]
    return widths


def _table(pdf: FPDF, table: tables.Table, title: bool = True) -> None:
    if title:
        if pdf.get_y() > pdf.page_break_trigger - 20:
            pdf.add_page()
        pdf.set_font(FONT, "B", 10)
        pdf.cell(0, 7, table.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if not table.rows:
        _paragraph(pdf, table.empty)
        return
    widths = _widths(pdf, table)
    aligns = ["R" if c.numeric else "L" for c in table.columns]
    header = [(c.header, w, a) for c, w, a in zip(table.columns, widths, aligns, strict=True)]
    pdf.set_draw_color(220, 220, 220)
    shade = [(240, 243, 247)] * len(header)
    _row(pdf, header, bold=True, fills=shade)
    for values in table.rows:
        if pdf.get_y() + ROW_MM > pdf.page_break_trigger:
            pdf.add_page()
            _row(pdf, header, bold=True, fills=shade)
        _row(pdf, list(zip(values, widths, aligns, strict=True)))
    if table.note:
        pdf.set_text_color(100, 100, 100)
        _paragraph(pdf, table.note)
        pdf.set_text_color(0, 0, 0)
    pdf.ln(2)


def _coverage(pdf: FPDF, insights: Insights) -> None:
    grid = tables.coverage_grid(insights)
    if not grid.rows:
        _paragraph(pdf, "No objections in the taxonomy.")
        return
    _paragraph(pdf, "Each cell: times the objection was heard or searched for at that stage "
                    "/ well-rated content answering it (blank: neither).")
    pdf.set_font(FONT, "", 7.5)
    pdf.set_draw_color(255, 255, 255)
    _row(pdf, [(text, pdf.get_string_width(text) + 6, "C")
               for _, text in tables.COVERAGE_LEGEND],
         fills=[_rgb(tables.STATUS_COLORS[status]) for status, _ in tables.COVERAGE_LEGEND])
    pdf.ln(2)
    first = 55.0
    width = min(32.0, (pdf.epw - first) / max(len(grid.stages), 1))
    header = [("Objection", first, "L")] + [(s, width, "C") for s in grid.stages]
    shade = [(240, 243, 247)] * len(header)
    _row(pdf, header, bold=True, fills=shade)
    for label, cells in grid.rows:
        if pdf.get_y() + ROW_MM > pdf.page_break_trigger:
            pdf.add_page()
            _row(pdf, header, bold=True, fills=shade)
        _row(pdf, [(label, first, "L")] + [(_cell_text(c), width, "C") for c in cells],
             fills=[None] + [_rgb(tables.STATUS_COLORS[c.status if c else "quiet"])
                             for c in cells])
    pdf.ln(2)


def _cell_text(cell: CoverageCell | None) -> str:
    if cell is None or not (cell.demand or cell.well_rated_assets):
        return ""
    return f"{cell.demand:,} / {cell.well_rated_assets:,}"
