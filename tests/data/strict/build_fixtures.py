"""Write the Strict OOXML fixtures, then let LibreOffice make their Transitional twins.

Run by hand (CI never runs it; the tests read the committed files):

    python tests/data/strict/build_fixtures.py

The Strict parts below are written directly in the ISO/IEC 29500-1 Strict vocabulary
(purl.oclc.org namespaces and relationship types, ``conformance="strict"``, Strict-only
values such as ``w:jc="start"``, ``w:w="100%"``, ``a:lumMod val="75%"`` and ISO dates in
cells). Nothing here converts a Transitional file, and nothing imports ``enablement``: the
reader under test must not be the maker of its own test data. LibreOffice, an independent
Strict reader, then opens each Strict file and saves it with its ordinary Word/PowerPoint/
Excel 2007-365 filters; those outputs are the Transitional twins.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
STAMP = (2024, 3, 11, 16, 40, 0)
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

S = "http://purl.oclc.org/ooxml"
W_NS = f"{S}/wordprocessingml/main"
P_NS = f"{S}/presentationml/main"
X_NS = f"{S}/spreadsheetml/main"
A_NS = f"{S}/drawingml/main"
R_NS = f"{S}/officeDocument/relationships"
APP_NS = f"{S}/officeDocument/extendedProperties"
VT_NS = f"{S}/officeDocument/docPropsVTypes"
TABLE_URI = f"{S}/drawingml/table"
# Package-level vocabularies (ISO/IEC 29500-2, OPC) are the same in both conformance classes.
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
CT = "application/vnd.openxmlformats-officedocument"

TWIN_FILTERS = {"docx": "docx:MS Word 2007 XML",
                "pptx": "pptx:Impress MS PowerPoint 2007 XML",
                "xlsx": "xlsx:Calc MS Excel 2007 XML"}


def write_package(path: Path, parts: dict[str, str]) -> None:
    """A zip with fixed timestamps, so rebuilding gives the same bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, XML_DECL + text)


def content_types(overrides: dict[str, str]) -> str:
    rows = "".join(f'<Override PartName="{name}" ContentType="{kind}"/>'
                   for name, kind in overrides.items())
    return (f'<Types xmlns="{CT_NS}">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f"{rows}</Types>")


def rels(*items: tuple[str, str, str]) -> str:
    """(Id, Strict relationship name or full type URI, target)."""
    rows = []
    for rid, kind, target in items:
        full = kind if kind.startswith("http") else f"{R_NS}/{kind}"
        mode = ' TargetMode="External"' if target.startswith("https:") else ""
        rows.append(f'<Relationship Id="{rid}" Type="{full}" Target="{target}"{mode}/>')
    return f'<Relationships xmlns="{PKG_REL_NS}">{"".join(rows)}</Relationships>'


def package_rels() -> str:
    return rels(("rId1", "officeDocument", "{main}"), ("rId2", CORE_REL, "docProps/core.xml"),
                ("rId3", "extendedProperties", "docProps/app.xml"))


def core(title: str, subject: str, keywords: str, author: str, category: str,
         description: str) -> str:
    return ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:subject>{escape(subject)}</dc:subject>"
            f"<dc:creator>{escape(author)}</dc:creator>"
            f"<cp:keywords>{escape(keywords)}</cp:keywords>"
            f"<dc:description>{escape(description)}</dc:description>"
            f"<cp:lastModifiedBy>{escape(author)}</cp:lastModifiedBy><cp:revision>3</cp:revision>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-04T09:15:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-11T16:40:00Z</dcterms:modified>'
            f"<cp:category>{escape(category)}</cp:category></cp:coreProperties>")


def app(application_extra: str = "") -> str:
    return (f'<Properties xmlns="{APP_NS}" xmlns:vt="{VT_NS}">'
            "<Application>Hand-written ISO/IEC 29500 Strict fixture</Application>"
            f"{application_extra}<DocSecurity>0</DocSecurity><Company>Acme Payables</Company>"
            "</Properties>")


# --- Word ---------------------------------------------------------------------------------

def w_run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def w_para(text: str, style: str | None = None, jc: str | None = None, extra: str = "") -> str:
    ppr = ""
    if style or jc:
        ppr = ("<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
               + (f'<w:jc w:val="{jc}"/>' if jc else "") + "</w:pPr>")
    return f"<w:p>{ppr}{w_run(text) if text else ''}{extra}</w:p>"


def w_table(rows: list[list[str]]) -> str:
    grid = "".join('<w:gridCol w:w="3120"/>' for _ in rows[0])
    body = []
    for r, row in enumerate(rows):
        cells = "".join(
            '<w:tc><w:tcPr><w:tcW w:w="3120" w:type="dxa"/></w:tcPr>'
            f"<w:p>{w_run(value, '<w:b/>' if r == 0 else '')}</w:p></w:tc>"
            for value in row)
        header = "<w:trPr><w:tblHeader/></w:trPr>" if r == 0 else ""
        body.append(f"<w:tr>{header}{cells}</w:tr>")
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="100%" w:type="pct"/>'
            '<w:tblLook w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(body)}</w:tbl>")


def w_style(kind: str, style_id: str, name: str, props: str = "", run: str = "",
            based_on: str | None = None, default: bool = False) -> str:
    flag = ' w:default="1"' if default else ""
    base = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    rpr = f"<w:rPr>{run}</w:rPr>" if run else ""
    return (f'<w:style w:type="{kind}"{flag} w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f'{base}<w:qFormat/>{ppr}{rpr}</w:style>')


DOCX_BODY = [
    ("Title", "center", "Northwind Logistics closes the books five days faster"),
    (None, "start", "Northwind Logistics moves freight for 1,200 retailers across the Midwest. "
                    "Its accounts payable team of nine keyed in 14,000 carrier invoices a month."),
    ("Heading1", None, "The challenge"),
    (None, "both", "Month-end close took eleven days because invoices waited in shared inboxes "
                   "for approval. Late-payment fees reached $38,000 in one quarter."),
    ("Heading1", None, "What changed with Acme Payables"),
    (None, "both", "Invoices are captured from email and EDI, matched to purchase orders and "
                   "routed to the right approver within minutes."),
    ("Heading1", None, "Results after six months"),
]
DOCX_TABLE = [["Metric", "Before", "After"],
              ["Cost per invoice", "$9.40", "$3.55"],
              ["Days to close", "11", "6"],
              ["Late-payment fees per quarter", "$38,000", "$2,100"]]
DOCX_QUOTE = ("\u201cWe stopped chasing paper and started managing cash,\u201d "
              "says Priya Raman, Controller.")


def docx_parts() -> dict[str, str]:
    ns = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
    body = "".join(w_para(text, style, jc) for style, jc, text in DOCX_BODY)
    link = ('<w:hyperlink r:id="rId9">'
            + w_run("acme-payables.example/northwind", '<w:rStyle w:val="Hyperlink"/>')
            + "</w:hyperlink>")
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId4"/>'
            '<w:footerReference w:type="default" r:id="rId5"/>'
            '<w:pgSz w:w="12240" w:h="15840"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" '
            'w:footer="720" w:gutter="0"/></w:sectPr>')
    document = (f'<w:document {ns} w:conformance="strict"><w:body>{body}{w_table(DOCX_TABLE)}'
                + w_para(DOCX_QUOTE, jc="start")
                + w_para("Read the full story at ", extra=link) + f"{sect}</w:body></w:document>")
    styles = (f'<w:styles {ns}><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
              '<w:sz w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/>'
              "</w:pPr></w:pPrDefault></w:docDefaults>"
              + w_style("paragraph", "Normal", "Normal", default=True)
              + w_style("paragraph", "Title", "Title", '<w:spacing w:after="240"/>',
                        '<w:b/><w:sz w:val="48"/>', based_on="Normal")
              + w_style("paragraph", "Heading1", "heading 1",
                        '<w:keepNext/><w:spacing w:before="240" w:after="80"/>'
                        '<w:outlineLvl w:val="0"/>', '<w:b/><w:color w:val="1F3864"/>'
                        '<w:sz w:val="32"/>', based_on="Normal")
              + w_style("paragraph", "Header", "header", based_on="Normal")
              + w_style("paragraph", "Footer", "footer", based_on="Normal")
              + w_style("character", "Hyperlink", "Hyperlink",
                        run='<w:color w:val="0563C1"/><w:u w:val="single"/>')
              + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
              "<w:tblPr><w:tblBorders>"
              + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                        for side in ("top", "start", "bottom", "end", "insideH", "insideV"))
              + "</w:tblBorders></w:tblPr></w:style></w:styles>")
    header = (f'<w:hdr {ns}>'
              + w_para("Acme Payables \u00b7 Customer story", "Header", "end") + "</w:hdr>")
    footer = (f'<w:ftr {ns}>'
              + w_para("Confidential: share with prospects under NDA", "Footer", "center")
              + "</w:ftr>")
    settings = (f'<w:settings {ns}><w:defaultTabStop w:val="720"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/></w:settings>')
    wml = f"{CT}.wordprocessingml"
    return {
        "[Content_Types].xml": content_types({
            "/word/document.xml": f"{wml}.document.main+xml",
            "/word/styles.xml": f"{wml}.styles+xml",
            "/word/settings.xml": f"{wml}.settings+xml",
            "/word/header1.xml": f"{wml}.header+xml",
            "/word/footer1.xml": f"{wml}.footer+xml",
            "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
            "/docProps/app.xml": f"{CT}.extended-properties+xml"}),
        "_rels/.rels": package_rels().replace("{main}", "word/document.xml"),
        "word/document.xml": document,
        "word/_rels/document.xml.rels": rels(
            ("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"),
            ("rId4", "header", "header1.xml"), ("rId5", "footer", "footer1.xml"),
            ("rId9", "hyperlink", "https://acme-payables.example/northwind")),
        "word/styles.xml": styles,
        "word/settings.xml": settings,
        "word/header1.xml": header,
        "word/footer1.xml": footer,
        "docProps/core.xml": core("Northwind Logistics case study",
                                  "AP automation for third-party logistics",
                                  "case_study; logistics; ROI", "Dana Whitfield",
                                  "Customer story", "Approved for external use."),
        "docProps/app.xml": app("<Pages>1</Pages>"),
    }


# --- PowerPoint ---------------------------------------------------------------------------

P_XMLNS = f'xmlns:a="{A_NS}" xmlns:r="{R_NS}" xmlns:p="{P_NS}"'
EMPTY_GROUP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
               '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
               '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')


def xfrm(x: int, y: int, cx: int, cy: int, tag: str = "a:xfrm") -> str:
    return f'<{tag}><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></{tag}>'


def a_paras(lines: list[str]) -> str:
    if not lines:
        return '<a:p><a:endParaRPr lang="en-US"/></a:p>'
    return "".join(f'<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>{escape(line)}</a:t></a:r></a:p>'
                   for line in lines)


def p_shape(shape_id: int, name: str, lines: list[str], ph: str = "",
            geometry: str = "", body: str = "<a:bodyPr/>") -> str:
    locks = '<a:spLocks noGrp="1"/>' if ph else ""
    nvpr = f"<p:nvPr>{ph}</p:nvPr>" if ph else "<p:nvPr/>"
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{escape(name)}"/>'
            f"<p:cNvSpPr>{locks}</p:cNvSpPr>{nvpr}</p:nvSpPr><p:spPr>{geometry}</p:spPr>"
            f"<p:txBody>{body}<a:lstStyle/>{a_paras(lines)}</p:txBody></p:sp>")


def box(x: int, y: int, cx: int, cy: int, fill: str) -> str:
    return (xfrm(x, y, cx, cy) + '<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>')


def p_table(rows: list[list[str]]) -> str:
    width = 3000000
    grid = "".join(f'<a:gridCol w="{width}"/>' for _ in rows[0])
    trs = "".join(
        '<a:tr h="457200">' + "".join(
            f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{a_paras([cell])}</a:txBody><a:tcPr/></a:tc>"
            for cell in row) + "</a:tr>"
        for row in rows)
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="3" name="Results table"/>'
            '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr>'
            "<p:nvPr/></p:nvGraphicFramePr>"
            + xfrm(1600200, 1905000, width * len(rows[0]), 457200 * len(rows), "p:xfrm")
            + f'<a:graphic><a:graphicData uri="{TABLE_URI}"><a:tbl>'
            '<a:tblPr firstRow="1" bandRow="1"/>'
            f"<a:tblGrid>{grid}</a:tblGrid>{trs}</a:tbl></a:graphicData></a:graphic>"
            "</p:graphicFrame>")


def p_group() -> str:
    return ('<p:grpSp><p:nvGrpSpPr><p:cNvPr id="4" name="Integration diagram"/>'
            "<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>"
            '<a:off x="1600200" y="2286000"/><a:ext cx="8991600" cy="1828800"/>'
            '<a:chOff x="1600200" y="2286000"/><a:chExt cx="8991600" cy="1828800"/>'
            "</a:xfrm></p:grpSpPr>"
            + p_shape(5, "ERP box", ["Your ERP: NetSuite, SAP or Dynamics"],
                      geometry=box(1600200, 2286000, 3657600, 1828800, "D9E2F3"))
            + p_shape(6, "Acme box", ["Acme Payables: capture, match, approve"],
                      geometry=box(6934200, 2286000, 3657600, 1828800, "FCE4D6"))
            + "</p:grpSp>")


TITLE_PH = '<p:ph type="title"/>'
DECK = [  # (layout, title, body lines or None, extra shapes, speaker notes)
    (1, "Acme Payables: close the books five days faster",
     ["Sales deck for finance leaders, spring 2024"], "",
     "Open with the CFO's month-end pain. Ask how many days their close takes today."),
    (2, "Why finance teams switch", ["Invoices captured from email and EDI",
                                     "Three-way match in minutes, not days",
                                     "Approvals from phone or Slack"], "",
     "Mention the Slack approvals: it lands well with distributed teams."),
    (3, "Results at Northwind Logistics", None,
     p_table([["Metric", "Before", "After"], ["Cost per invoice", "$9.40", "$3.55"],
              ["Days to close", "11", "6"]]),
     "Northwind signed off on these numbers; the case study has the details."),
    (3, "How it fits your stack", None, p_group(),
     "If they run SAP, offer the integration workshop with solutions engineering."),
]


def slide_xml(layout: int, title: str, body: list[str] | None, extra: str) -> str:
    if layout == 1:
        shapes = (p_shape(2, "Title 1", [title], '<p:ph type="ctrTitle"/>')
                  + p_shape(3, "Subtitle 2", body or [], '<p:ph type="subTitle" idx="1"/>'))
    else:
        shapes = p_shape(2, "Title 1", [title], TITLE_PH)
        if body is not None:
            shapes += p_shape(3, "Content 2", body, '<p:ph idx="1"/>')
    return (f"<p:sld {P_XMLNS}><p:cSld><p:spTree>{EMPTY_GROUP}{shapes}{extra}</p:spTree></p:cSld>"
            "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>")


def notes_xml(text: str) -> str:
    image = ('<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr>'
             '<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr>'
             '<p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>')
    return (f"<p:notes {P_XMLNS}><p:cSld><p:spTree>{EMPTY_GROUP}{image}"
            + p_shape(3, "Notes Placeholder 2", [text], '<p:ph type="body" idx="1"/>')
            + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>")


def theme_xml(name: str) -> str:
    accents = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"]
    colours = ('<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
               '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
               '<a:dk2><a:srgbClr val="1F2A44"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>'
               + "".join(f'<a:accent{i}><a:srgbClr val="{c}"/></a:accent{i}>'
                         for i, c in enumerate(accents, 1))
               + '<a:hlink><a:srgbClr val="0563C1"/></a:hlink>'
               '<a:folHlink><a:srgbClr val="954F72"/></a:folHlink>')
    font = '<a:latin typeface="{}"/><a:ea typeface=""/><a:cs typeface=""/>'
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    return (f'<a:theme xmlns:a="{A_NS}" name="{name}"><a:themeElements>'
            f'<a:clrScheme name="Acme">{colours}</a:clrScheme>'
            f'<a:fontScheme name="Acme"><a:majorFont>{font.format("Calibri Light")}</a:majorFont>'
            f"<a:minorFont>{font.format('Calibri')}</a:minorFont></a:fontScheme>"
            f'<a:fmtScheme name="Acme"><a:fillStyleLst>{fill * 3}</a:fillStyleLst>'
            "<a:lnStyleLst>" + f'<a:ln w="6350">{fill}</a:ln>' * 3 + "</a:lnStyleLst>"
            "<a:effectStyleLst>" + "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3
            + f"</a:effectStyleLst><a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme>"
            "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>")


CLR_MAP = ('bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
           'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" '
           'hlink="hlink" folHlink="folHlink"')
LAYOUTS = [("title", "Title Slide", '<p:ph type="ctrTitle"/>', '<p:ph type="subTitle" idx="1"/>'),
           ("obj", "Title and Content", TITLE_PH, '<p:ph idx="1"/>'),
           ("titleOnly", "Title Only", TITLE_PH, "")]


def master_xml() -> str:
    title = p_shape(2, "Title Placeholder 1", ["Click to edit the title"], TITLE_PH,
                    xfrm(838200, 365125, 10515600, 1325563))
    body = p_shape(3, "Text Placeholder 2", ["Click to edit the text"],
                   '<p:ph type="body" idx="1"/>', xfrm(838200, 1825625, 10515600, 4351338))
    ids = "".join(f'<p:sldLayoutId id="{2147483649 + i}" r:id="rId{i + 1}"/>'
                  for i in range(len(LAYOUTS)))
    return (f'<p:sldMaster {P_XMLNS}><p:cSld><p:bg><p:bgRef idx="1001">'
            '<a:schemeClr val="bg1"/></p:bgRef></p:bg>'
            f"<p:spTree>{EMPTY_GROUP}{title}{body}</p:spTree></p:cSld>"
            f"<p:clrMap {CLR_MAP}/><p:sldLayoutIdLst>{ids}</p:sldLayoutIdLst><p:txStyles>"
            '<p:titleStyle><a:lvl1pPr algn="l"><a:defRPr sz="4000"><a:solidFill>'
            '<a:schemeClr val="tx1"><a:lumMod val="75%"/><a:lumOff val="25%"/></a:schemeClr>'
            "</a:solidFill><a:latin typeface=\"+mj-lt\"/></a:defRPr></a:lvl1pPr></p:titleStyle>"
            '<p:bodyStyle><a:lvl1pPr marL="228600" indent="-228600"><a:buFont typeface="Arial"/>'
            '<a:buChar char="\u2022"/><a:defRPr sz="2400"/></a:lvl1pPr></p:bodyStyle>'
            '<p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"/></a:lvl1pPr></p:otherStyle>'
            "</p:txStyles></p:sldMaster>")


def layout_xml(kind: str, name: str, first: str, second: str) -> str:
    shapes = p_shape(2, "Title 1", [], first)
    if second:
        shapes += p_shape(3, "Placeholder 2", [], second)
    return (f'<p:sldLayout {P_XMLNS} type="{kind}" preserve="1"><p:cSld name="{name}">'
            f"<p:spTree>{EMPTY_GROUP}{shapes}</p:spTree></p:cSld>"
            "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>")


def notes_master_xml() -> str:
    image = ('<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr>'
             '<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr>'
             '<p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr>'
             + xfrm(685800, 1143000, 5486400, 3086100) + "</p:spPr></p:sp>")
    body = p_shape(3, "Notes Placeholder 2", ["Click to edit the notes"],
                   '<p:ph type="body" idx="1"/>', xfrm(685800, 4400550, 5486400, 3600450))
    return (f"<p:notesMaster {P_XMLNS}><p:cSld><p:spTree>{EMPTY_GROUP}{image}{body}"
            f"</p:spTree></p:cSld><p:clrMap {CLR_MAP}/></p:notesMaster>")


def pptx_parts() -> dict[str, str]:
    pml = f"{CT}.presentationml"
    overrides = {"/ppt/presentation.xml": f"{pml}.presentation.main+xml",
                 "/ppt/slideMasters/slideMaster1.xml": f"{pml}.slideMaster+xml",
                 "/ppt/notesMasters/notesMaster1.xml": f"{pml}.notesMaster+xml",
                 "/ppt/theme/theme1.xml": f"{CT}.theme+xml",
                 "/ppt/theme/theme2.xml": f"{CT}.theme+xml",
                 "/ppt/presProps.xml": f"{pml}.presProps+xml",
                 "/ppt/tableStyles.xml": f"{pml}.tableStyles+xml",
                 "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
                 "/docProps/app.xml": f"{CT}.extended-properties+xml"}
    parts: dict[str, str] = {}
    layout_rels = []
    for i, spec in enumerate(LAYOUTS, 1):
        parts[f"ppt/slideLayouts/slideLayout{i}.xml"] = layout_xml(*spec)
        parts[f"ppt/slideLayouts/_rels/slideLayout{i}.xml.rels"] = rels(
            ("rId1", "slideMaster", "../slideMasters/slideMaster1.xml"))
        overrides[f"/ppt/slideLayouts/slideLayout{i}.xml"] = f"{pml}.slideLayout+xml"
        layout_rels.append((f"rId{i}", "slideLayout", f"../slideLayouts/slideLayout{i}.xml"))
    parts["ppt/slideMasters/slideMaster1.xml"] = master_xml()
    parts["ppt/slideMasters/_rels/slideMaster1.xml.rels"] = rels(
        *layout_rels, (f"rId{len(LAYOUTS) + 1}", "theme", "../theme/theme1.xml"))
    parts["ppt/notesMasters/notesMaster1.xml"] = notes_master_xml()
    parts["ppt/notesMasters/_rels/notesMaster1.xml.rels"] = rels(
        ("rId1", "theme", "../theme/theme2.xml"))
    parts["ppt/theme/theme1.xml"] = theme_xml("Acme")
    parts["ppt/theme/theme2.xml"] = theme_xml("Acme notes")
    deck_rels = [("rId1", "slideMaster", "slideMasters/slideMaster1.xml"),
                 ("rId2", "notesMaster", "notesMasters/notesMaster1.xml"),
                 ("rId3", "theme", "theme/theme1.xml"),
                 ("rId4", "presProps", "presProps.xml"),
                 ("rId5", "tableStyles", "tableStyles.xml")]
    slide_ids = []
    for n, (layout, title, body, extra, notes) in enumerate(DECK, 1):
        parts[f"ppt/slides/slide{n}.xml"] = slide_xml(layout, title, body, extra)
        parts[f"ppt/slides/_rels/slide{n}.xml.rels"] = rels(
            ("rId1", "slideLayout", f"../slideLayouts/slideLayout{layout}.xml"),
            ("rId2", "notesSlide", f"../notesSlides/notesSlide{n}.xml"))
        parts[f"ppt/notesSlides/notesSlide{n}.xml"] = notes_xml(notes)
        parts[f"ppt/notesSlides/_rels/notesSlide{n}.xml.rels"] = rels(
            ("rId1", "notesMaster", "../notesMasters/notesMaster1.xml"),
            ("rId2", "slide", f"../slides/slide{n}.xml"))
        overrides[f"/ppt/slides/slide{n}.xml"] = f"{pml}.slide+xml"
        overrides[f"/ppt/notesSlides/notesSlide{n}.xml"] = f"{pml}.notesSlide+xml"
        deck_rels.append((f"rId{10 + n}", "slide", f"slides/slide{n}.xml"))
        slide_ids.append(f'<p:sldId id="{255 + n}" r:id="rId{10 + n}"/>')
    parts["ppt/presentation.xml"] = (
        f'<p:presentation {P_XMLNS} conformance="strict" saveSubsetFonts="1">'
        '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
        '<p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst>'
        f"<p:sldIdLst>{''.join(slide_ids)}</p:sldIdLst>"
        '<p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/>'
        "</p:presentation>")
    parts["ppt/_rels/presentation.xml.rels"] = rels(*deck_rels)
    parts["ppt/presProps.xml"] = f"<p:presentationPr {P_XMLNS}/>"
    parts["ppt/tableStyles.xml"] = (f'<a:tblStyleLst xmlns:a="{A_NS}" '
                                    'def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>')
    parts["docProps/core.xml"] = core("Acme Payables sales deck", "First meeting with finance",
                                      "deck; first_call; finance", "Marco Bellini",
                                      "Sales deck", "Use with the Northwind case study.")
    parts["docProps/app.xml"] = app(f"<Slides>{len(DECK)}</Slides>")
    parts["_rels/.rels"] = package_rels().replace("{main}", "ppt/presentation.xml")
    return {"[Content_Types].xml": content_types(overrides), **parts}


# --- Excel --------------------------------------------------------------------------------

PIPELINE = [["Account", "Stage", "Owner", "Amount", "Close date"],
            ["Northwind Logistics", "Closed won", "Dana Whitfield", 84000, "2024-03-29"],
            ["Contoso Freight", "Proposal", "Marco Bellini", 126000, "2024-06-30"],
            ["Fabrikam Foods", "Discovery", "Dana Whitfield", 45000, "2024-09-15"]]
ASSUMPTIONS = [["Assumption", "Value"], ["Win rate for proposals", 0.35],
               ["Average sales cycle (days)", 74]]


def x_cell(ref: str, value: object, strings: list[str]) -> str:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[:4].isdigit():
        return f'<c r="{ref}" s="1" t="d"><v>{value}T00:00:00</v></c>'  # Strict: ISO dates
    if isinstance(value, str):
        if value not in strings:
            strings.append(value)
        return f'<c r="{ref}" t="s"><v>{strings.index(value)}</v></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def x_sheet(rows: list[list[object]], strings: list[str], total: bool = False) -> str:
    out = []
    for r, row in enumerate(rows, 1):
        cells = "".join(x_cell(f"{'ABCDE'[c]}{r}", v, strings) for c, v in enumerate(row))
        out.append(f'<row r="{r}">{cells}</row>')
    last = len(rows)
    if total:
        strings.append("Total pipeline")
        out.append(f'<row r="{last + 1}"><c r="A{last + 1}" t="s"><v>{len(strings) - 1}</v></c>'
                   f'<c r="D{last + 1}"><f>SUM(D2:D{last})</f><v>255000</v></c></row>')
        last += 1
    width = "ABCDE"[len(rows[0]) - 1]
    return (f'<worksheet xmlns="{X_NS}" xmlns:r="{R_NS}"><dimension ref="A1:{width}{last}"/>'
            '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="5" width="26" '
            f'customWidth="1"/></cols><sheetData>{"".join(out)}</sheetData></worksheet>')


def xlsx_parts() -> dict[str, str]:
    strings: list[str] = []
    pipeline = x_sheet(PIPELINE, strings, total=True)
    assumptions = x_sheet(ASSUMPTIONS, strings)
    sst = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    sml = f"{CT}.spreadsheetml"
    styles = (f'<styleSheet xmlns="{X_NS}"><numFmts count="1">'
              '<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><start/><end/><top/><bottom/><diagonal/></border>'
              '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
              'borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" '
              'fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" '
              'borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
              "</cellStyles></styleSheet>")
    workbook = (f'<workbook xmlns="{X_NS}" xmlns:r="{R_NS}" conformance="strict">'
                '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>'
                '<sheet name="Pipeline" sheetId="1" r:id="rId1"/>'
                '<sheet name="Assumptions" sheetId="2" r:id="rId2"/></sheets><definedNames>'
                '<definedName name="pipeline_total">Pipeline!$D$5</definedName>'
                '<definedName name="win_rate">Assumptions!$B$2</definedName>'
                '</definedNames><calcPr calcId="191029"/></workbook>')
    return {
        "[Content_Types].xml": content_types({
            "/xl/workbook.xml": f"{sml}.sheet.main+xml",
            "/xl/worksheets/sheet1.xml": f"{sml}.worksheet+xml",
            "/xl/worksheets/sheet2.xml": f"{sml}.worksheet+xml",
            "/xl/sharedStrings.xml": f"{sml}.sharedStrings+xml",
            "/xl/styles.xml": f"{sml}.styles+xml",
            "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
            "/docProps/app.xml": f"{CT}.extended-properties+xml"}),
        "_rels/.rels": package_rels().replace("{main}", "xl/workbook.xml"),
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": rels(
            ("rId1", "worksheet", "worksheets/sheet1.xml"),
            ("rId2", "worksheet", "worksheets/sheet2.xml"),
            ("rId3", "sharedStrings", "sharedStrings.xml"), ("rId4", "styles", "styles.xml")),
        "xl/worksheets/sheet1.xml": pipeline,
        "xl/worksheets/sheet2.xml": assumptions,
        "xl/sharedStrings.xml": (f'<sst xmlns="{X_NS}" count="{len(strings)}" '
                                 f'uniqueCount="{len(strings)}">{sst}</sst>'),
        "xl/styles.xml": styles,
        "docProps/core.xml": core("Q2 pipeline review", "Open opportunities by stage",
                                  "pipeline; forecast", "Priya Raman", "Forecast",
                                  "Numbers as of March 2024."),
        "docProps/app.xml": app(),
    }


# --- LibreOffice twins --------------------------------------------------------------------

def transitional_twin(strict: Path, fmt: str) -> Path:
    """LibreOffice reads the Strict file and saves it with its Transitional filter."""
    soffice = shutil.which("soffice") or sys.exit("LibreOffice (soffice) is not installed")
    twin = strict.with_name(strict.name.replace(".strict.", ".transitional."))
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", TWIN_FILTERS[fmt], "--outdir", tmp, str(strict)],
                       check=True, capture_output=True)
        shutil.move(Path(tmp) / strict.with_suffix(f".{fmt}").name, twin)
    return twin


def main() -> None:
    for name, parts in (("case-study", docx_parts()), ("sales-deck", pptx_parts()),
                        ("pipeline", xlsx_parts())):
        fmt = {"case-study": "docx", "sales-deck": "pptx", "pipeline": "xlsx"}[name]
        strict = HERE / f"{name}.strict.{fmt}"
        write_package(strict, parts)
        twin = transitional_twin(strict, fmt)
        print(f"{strict.name} ({strict.stat().st_size} B) -> {twin.name} "
              f"({twin.stat().st_size} B)")


if __name__ == "__main__":
    main()
