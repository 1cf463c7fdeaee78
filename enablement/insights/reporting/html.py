"""The report as one self-contained HTML file: inline CSS and SVG, no scripts, fonts or
links to fetch, so it opens offline, survives being mailed and prints cleanly.

Every piece of text goes through ``_e``: asset titles, searches and requests are typed
by users and must never become markup.
"""

from __future__ import annotations

from html import escape

from enablement.insights.figures import CoverageCell, Insights
from enablement.insights.reporting import charts, fmt, tables
from enablement.insights.reporting.definitions import definitions
from enablement.insights.reporting.reading import reading

TITLE = "Content insights"

CSS = """
body { font: 14px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #222;
       margin: 0; background: #fafafa; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 60px; background: #fff; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 34px 0 10px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
.meta { color: #555; margin: 2px 0; }
nav { margin: 14px 0; font-size: 13px; }
nav a { margin-right: 12px; color: #2f6db5; text-decoration: none; }
.reading li { margin: 4px 0; }
figure { margin: 14px 0 22px; }
figure svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: 6px 0; font-size: 13px; }
th, td { padding: 4px 8px; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
th { background: #f0f3f7; text-align: left; font-weight: 600; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.t { max-width: 420px; overflow-wrap: break-word; }
td.t:first-child { min-width: 14em; }
.wide { overflow-x: auto; }
.note, .empty { color: #666; font-size: 13px; margin: 4px 0; }
.pair { display: flex; gap: 28px; flex-wrap: wrap; }
.grid td.cell { text-align: center; min-width: 84px; }
.grid th.row { background: #fff; }
.cell.quiet { color: #888; }
.legend span { display: inline-block; padding: 2px 8px; margin-right: 6px; font-size: 12px; }
dt { font-weight: 600; margin-top: 10px; } dd { margin: 2px 0 0 0; }
@page { size: A4 landscape; margin: 12mm; }
@media print { body { background: #fff; } main { padding: 0; } nav { display: none; }
               .wide { overflow: visible; } table { font-size: 10.5px; }
               th, td { padding: 3px 5px; } section { break-inside: avoid-page; } }
"""

CSS += "".join(f".cell.{status} {{ background: {color}; }}\n"
               for status, color in tables.STATUS_COLORS.items())

SECTIONS = (("reading", "Reading"), ("charts", "Charts"), ("scorecard", "Scorecard"),
            ("top-bottom", "Top and bottom"), ("coverage", "Coverage"),
            ("search", "Search health"), ("requests", "Requests"), ("stale", "Stale content"),
            ("adoption", "Adoption"), ("trends", "Trends"),
            ("definitions", "How these numbers are computed"))


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def render_html(insights: Insights) -> str:
    found = tables.all_tables(insights)
    body = [_header(insights),
            _section("reading", "Reading", "<ul class=\"reading\">" + "".join(
                f"<li>{_e(s)}</li>" for s in reading(insights)) + "</ul>"),
            _section("charts", "Charts", "".join(
                f"<figure>{charts.to_svg(c)}</figure>" for c in charts.build_charts(insights))),
            _section("scorecard", found["scorecard"].title,
                     _table(found["scorecard"], heading=False)),
            _section("top-bottom", "Top and bottom", '<div class="pair">'
                     f'<div>{_table(found["top"])}</div><div>{_table(found["bottom"])}</div>'
                     "</div>"),
            _section("coverage", "Coverage map: objections by stage", _coverage(insights)),
            _section("search", "Search health",
                     f'<p>{_e(tables.search_summary(insights))}</p>'
                     + _table(found["search-queries"]) + _table(found["zero-result-queries"])),
            _section("requests", "Content requests", _table(found["requests"], heading=False)),
            _section("stale", "Stale content", _table(found["stale"], heading=False)),
            _section("adoption", "Adoption by rep", _table(found["adoption"], heading=False)),
            _section("trends", "Monthly trends", _table(found["trends"], heading=False)),
            _section("definitions", "How these numbers are computed", "<dl>" + "".join(
                f"<dt>{_e(term)}</dt><dd>{_e(text)}</dd>" for term, text in definitions())
                + "</dl>")]
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(TITLE)}: {_e(insights.filter.describe())}</title>\n"
            f"<style>{CSS}</style>\n</head>\n<body>\n<main>\n" + "\n".join(body)
            + "\n</main>\n</body>\n</html>\n")


def _header(insights: Insights) -> str:
    start = fmt.day(insights.period_start) if insights.period_start else "the first event"
    links = "".join(f'<a href="#{key}">{_e(name)}</a>' for key, name in SECTIONS)
    return (f"<header><h1>{_e(TITLE)}</h1>"
            f'<p class="meta">Period and filters: {_e(insights.filter.describe())}</p>'
            f'<p class="meta">Days counted: {_e(start)} to {_e(fmt.day(insights.period_end))}'
            f" · {_e(fmt.plural(insights.assets, 'asset'))} in scope"
            f" · library mean rating {_e(fmt.stars(insights.library_mean))}</p>"
            f'<p class="meta">Generated {_e(fmt.moment(insights.generated_at))}</p>'
            f"</header><nav>{links}</nav>")


def _section(key: str, title: str, content: str) -> str:
    return f'<section id="{key}"><h2>{_e(title)}</h2>{content}</section>'


def _table(table: tables.Table, heading: bool = True) -> str:
    title = f"<h3>{_e(table.title)}</h3>" if heading else ""
    if not table.rows:
        return f'{title}<p class="empty">{_e(table.empty)}</p>'
    head = "".join(f'<th class="{"n" if c.numeric else "t"}">{_e(c.header)}</th>'
                   for c in table.columns)
    classes = ["n" if c.numeric else "t" for c in table.columns]
    body = "".join("<tr>" + "".join(f'<td class="{k}">{_e(v)}</td>'
                                    for k, v in zip(classes, row, strict=True)) + "</tr>"
                   for row in table.rows)
    note = f'<p class="note">{_e(table.note)}</p>' if table.note else ""
    return (f'{title}<div class="wide"><table id="table-{table.key}"><thead><tr>{head}</tr>'
            f"</thead><tbody>{body}</tbody></table></div>{note}")


def _coverage(insights: Insights) -> str:
    grid = tables.coverage_grid(insights)
    if not grid.rows:
        return '<p class="empty">No objections in the taxonomy.</p>'
    legend = "".join(f'<span class="cell {status}">{_e(text)}</span>'
                     for status, text in tables.COVERAGE_LEGEND)
    head = "<th>Objection</th>" + "".join(f"<th>{_e(s)}</th>" for s in grid.stages)
    rows = "".join(f'<tr><th class="row">{_e(label)}</th>'
                   + "".join(_cell(c) for c in cells) + "</tr>" for label, cells in grid.rows)
    return (f'<p class="legend">{legend}</p><p class="note">Each cell: times the objection was'
            " heard or searched for at that stage, and the well-rated content answering it (blank:"
            " neither; hover for details)."
            f'</p><table class="grid"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>'
            "</table>")


def _cell(cell: CoverageCell | None) -> str:
    if cell is None:
        return '<td class="cell quiet"></td>'
    detail = (f"{cell.objection_label} at {cell.stage_label}: heard {cell.heard}, searched "
              f"{cell.searched}; {cell.well_rated_assets} well rated of "
              f"{cell.tagged_assets} tagged ({cell.status})")
    if not (cell.demand or cell.well_rated_assets):  # blank, so the map's news stands out
        return f'<td class="cell quiet" title="{_e(detail)}"></td>'
    return (f'<td class="cell {cell.status}" title="{_e(detail)}">'
            f"<b>{cell.demand:,}</b> asked<br>{cell.well_rated_assets:,} well rated</td>")
