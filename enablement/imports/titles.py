"""An imported asset's title and summary, taken from the content before the file name.

Shared drives are full of junk properties ("Microsoft Word - Harlow_CS_v3.docx",
"PowerPoint Presentation", the name of the template a file was made from) and file names
that say "FINAL_v2". A rep reads the title in every list, so it comes, in this order, from:

1. the manifest or sidecar (decided by the caller, not here);
2. the document's title property, unless it is junk (:func:`property_title`);
3. its first heading: a Markdown ``#`` or underlined line, a Word Title/Heading paragraph,
   the first slide's title, a PDF's first large-type line, a text file's first line that
   reads as a heading; unless it is junk or says less than the file name does;
4. the file name with its noise taken out (:func:`title_from_name`).

File-name noise is what a person adds to tell copies apart, not what the file is about:
FINAL, draft, WIP, latest, v2, rev3, "(1)", "Copy of", "- Copy", and machine date stamps
such as 20250312. Readable dates (2025-03, 2024-11-12) stay: in "2025-03 QBR deck" or
"call notes 2024-11-12" the date says which deck or which call it is, so dropping it would
make two files read the same. Underscores become spaces, and so do the hyphens of a
slug ("customer-faq"); hyphens in a name with spaces ("CV-3", "Re-engage - ...") stay.
Nothing is expanded ("CS" stays "CS").

The summary is the property subject when it reads as a sentence, else the first meaningful
paragraph: headings, boilerplate ("Confidential", "generated using ..."), tables, tables
of contents, greetings and the title itself are skipped, Markdown is stripped, and it is
cut at a word to at most :data:`SUMMARY_CHARS` characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

SUMMARY_CHARS = 280
MIN_PARAGRAPH_CHARS = 40
MAX_TITLE_CHARS = 200
HEADING_CHARS = 70  # a line longer than this is prose, not a heading
LOOK_CHARS = 100_000  # how far into a long text to look for a heading or a summary

# Names that programs give a document, or that say nothing: "Document (3)", "Layout 1".
_GENERIC = re.compile(
    r"^(untitled|title|document|doc|presentation|powerpoint presentation|slide|layout|"
    r"book|workbook|sheet|page|file|new document|new microsoft \w+ document|"
    r"click to add title|template|draft|copy|agenda|contents|table of contents|"
    r"introduction|overview|summary|executive summary|abstract|"
    # a kind of document, not which one: the kind is a tag already
    r"case study|customer story|success story|white ?paper|data ?sheet|one[ -]?pager|"
    r"battle ?card|brochure|fact ?sheet|solution brief|press release|newsletter|report|"
    r"proposal|memo|notes|faq|playbook)[\s_-]*\(?\d*\)?$",
    re.IGNORECASE)
_OFFICE_PRINT = re.compile(
    r"^microsoft\s+(office\s+)?(word|powerpoint|excel|publisher|visio)(\s*-|$)",
    re.IGNORECASE)
_TOOLS = re.compile(
    r"\b(python-pptx|python-docx|openpyxl|xlsxwriter|reportlab|fpdf2?|pdfmaker|acrobat|"
    r"distiller|libreoffice|openoffice|indesign|quarkxpress|wkhtmltopdf|ghostscript|"
    r"pdftex|latex|pandoc|aspose|itext|tcpdf|dompdf|google docs|google slides|canva|"
    r"quartz pdfcontext|adobe|microsoft|word|powerpoint|excel|writer|impress)\b",
    re.IGNORECASE)
_TOOL_FILLER = re.compile(
    r"\b(generated|created|made|produced|converted|exported|printed|saved|using|with|by|"
    r"from|in|for|the|a|version|v|pdf|office|mac|macintosh|windows|ocr|\d+(\.\d+)*)\b|"
    r"[^\w\s]", re.IGNORECASE)
_MADE_WITH = re.compile(
    r"^(generated|created|made|produced|converted|exported|printed)\s+(using|with|by|from|in)\b",
    re.IGNORECASE)
_DO_NOT_EDIT = re.compile(r"\bdo\s+not\s+(edit|use|modify|delete|change)\b", re.IGNORECASE)
_FILE_LIKE = re.compile(
    r"\.(docx?|pptx?|xlsx?|pdf|md|txt|rtf|odt|odp|ods|key|pages|indd)$", re.IGNORECASE)

# File-name noise (see the module docstring).
_NAME_COPY = re.compile(r"^copy\s+of\s+|[\s-]+copy$|\((\d+|copy|final|draft)\)|\[\d+\]",
                        re.IGNORECASE)
_NAME_NOISE = re.compile(
    r"\b(final\d*|draft\d*|wip|latest|v\d+(\.\d+)*|ver\d+|rev\d+|"
    r"(19|20)\d\d(0[1-9]|1[0-2])([0-2]\d|3[01])([_ -]?\d{4,6})?)\b", re.IGNORECASE)
_READABLE_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[_-](0[1-9]|1[0-2])(?:[_-]([0-2]\d|3[01]))?(?!\d)")
_SMALL_WORDS = {"a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "vs", "with",
                "at", "by", "from"}

# Summary boilerplate: the start of a paragraph that says nothing about the content.
_BOILERPLATE = re.compile(
    r"^(strictly\s+)?(confidential|proprietary)\b|^internal(\s+use)?(\s+only)?\s*([.:,;!-]|$)|"
    r"^(for\s+)?internal\s+(use|only)\b|^draft\s*([.:,;\d-]|$)|"
    r"^do\s+not\s+(distribute|send|share|forward|copy)\b|^not\s+for\s+(distribution|external)|"
    r"^copyright\b|^©|^\(c\)\s*\d|^all\s+rights\s+reserved|^(table\s+of\s+)?contents\s*$|"
    r"^(generated|created|made|produced|converted)\s+(using|with|by)\b|^page\s+\d+(\s+of\s+\d+)?$|"
    r"^(owner|author|prepared\s+by|last\s+(updated|reviewed|revised)|updated|revised|version|"
    r"revision|classification|attendees)\b[^.!?]{0,60}([.!?]|$)",
    re.IGNORECASE)
_GREETING = re.compile(
    r"^(hi|hello|hey|dear|greetings|good\s+(morning|afternoon|evening))\b[^,.!?\n]{0,40}[,!]\s*",
    re.IGNORECASE)
_TOC_LINE = re.compile(r"(\.\s?){4,}\s*\d+\s*$")
_RULE = re.compile(r"^([=\-*_~])(\s*\1){2,}\s*$")
_MD_HEADING = re.compile(r"^#{1,6}(\s+|$)")
_BULLET = re.compile(r"^([-*+•·▪‣]|\d{1,2}[.)])\s+")
_FENCE = re.compile(r"^(```|~~~)")


# -- titles ------------------------------------------------------------------------------

def choose_title(title: str | None, heading: str | None, source: Path) -> tuple[str, str]:
    """The title and where it came from: "properties", "heading" or "file name".

    ``title`` is what the reader calls the document's title (its property, or its heading
    when the property is empty); ``heading`` is its first heading."""
    from_heading = bool(heading) and _words(title or "") == _words(heading or "")
    if not from_heading and (good := property_title(title, source)):
        return good, "properties"
    name = title_from_name(source)
    good = heading_title(heading)
    if good and not _says_less(good, name):
        return good, "heading"
    return name, "file name"


def _says_less(heading: str, name: str) -> bool:
    """A one-word heading that the file name holds and adds to: a title slide's "Corvane"
    in "Corvane corporate overview 2025.pptx"."""
    return len(heading.split()) == 1 and _words(heading) < _words(name)


def property_title(title: str | None, source: Path) -> str | None:
    """``title`` cleaned, or None when it is junk: an Office print title, a program's name,
    a template's name, the file's own name, "Untitled", "Document (3)", a digit."""
    if not title:
        return None
    title = " ".join(title.split())
    if _is_junk(title) or title.casefold() in (source.name.casefold(), source.stem.casefold()):
        return None  # a converter's copy of the file name: the heading may say more
    template = "template" in title.casefold() and "template" not in source.stem.casefold()
    if _DO_NOT_EDIT.search(title) or template:
        return None
    if "_" in title and " " not in title:  # "Harlow_CS_v3": a file name, not a title
        return None
    return title


def heading_title(heading: str | None) -> str | None:
    """A first heading as a title: Markdown emphasis and links stripped, shouting calmed,
    a trailing colon dropped; None when it is junk."""
    if not heading:
        return None
    text = strip_inline_markdown(" ".join(heading.split())).strip(" #:")
    text = _calm_caps(text)
    return None if _is_junk(text) or _DO_NOT_EDIT.search(text) else text


def title_from_name(path: Path) -> str:
    """The file name as a title, without the noise of copies and versions."""
    stem = path.stem.strip()
    text = _READABLE_DATE.sub(lambda m: "-".join(g for g in m.groups() if g), stem)
    text = text.replace("_", " ")
    text = _NAME_COPY.sub(" ", text)
    text = _NAME_NOISE.sub(" ", text)
    text = " ".join(text.split())
    if " " not in text:  # a slug: "battlecard-vs-trakline", but not a date
        text = re.sub(r"(?<=[^\W\d])-|-(?=[^\W\d])", " ", text)
    text = re.sub(r"(\s*[-–—,+&(]\s*)+$|^(\s*[-–—,+&)]\s*)+", "", text)
    text = re.sub(r"\(\s*\)", "", " ".join(text.split())).strip()
    if not re.search(r"[^\W\d_]", text):  # only noise was left: keep the name as written
        text = " ".join(stem.replace("_", " ").split())
    first = text.split(" ", 1)[0]
    if first.isalpha() and first == first.lower():  # "call notes", but not "iPhone"
        text = text[0].upper() + text[1:]
    return _calm_caps(text) or path.name


def first_line_heading(text: str) -> str | None:
    """The first line when it reads as a heading: underlined with === or ---, marked with
    ``#``, or short, standing alone and without closing punctuation. An email's "Subject:"
    line is the email's, not the file's title. (The PDF and text readers use this.)"""
    lines = [line.strip() for line in text[:LOOK_CHARS].replace("\r\n", "\n").split("\n")]
    start = _front_matter_end(lines)
    number = next((n for n in range(start, len(lines)) if lines[n]), None)
    if number is None or _RULE.match(lines[number]):
        return None
    line = lines[number]
    following = lines[number + 1] if number + 1 < len(lines) else ""
    if following and _RULE.match(following) and following[0] in "=-":
        return line
    if _MD_HEADING.match(line):
        return line.strip("# ") or None
    if line.casefold().startswith("subject:"):
        return None
    short = len(line) <= 100 and len(line.split()) <= 14
    # A heading stands alone; a first line as long as the next is prose wrapped mid-sentence.
    alone = not following or len(line) < 0.7 * len(following)
    ends = line.endswith((".", ",", ";", ":", "!", "?"))
    return line if short and alone and not ends else None


def _is_junk(title: str) -> bool:
    if len(title) > MAX_TITLE_CHARS or len(title.strip()) <= 1:
        return True
    if not re.search(r"[^\W\d_]", title):  # all digits or punctuation
        return True
    if _GENERIC.match(title) or _OFFICE_PRINT.match(title) or _MADE_WITH.match(title):
        return True
    if _TOOLS.search(title) and not _TOOL_FILLER.sub(" ", _TOOLS.sub(" ", title)).strip():
        return True  # "Acrobat PDFMaker 23 for Word", "LibreOffice"
    return bool(_FILE_LIKE.search(title))


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[^\W_]+", text.casefold()))


def _calm_caps(text: str) -> str:
    """ "CORVANE SUPPORT - FAQ" -> "Corvane Support - FAQ"; short words stay (acronyms)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 8 or any(c.islower() for c in letters):
        return text
    words = text.split(" ")
    calmed = []
    for number, word in enumerate(words):
        if word.casefold() in _SMALL_WORDS and number:
            calmed.append(word.lower())
        elif len(word) > 3 and word.isalpha():
            calmed.append(word.capitalize())
        else:
            calmed.append(word)
    return " ".join(calmed)


# -- summaries ---------------------------------------------------------------------------

def choose_summary(subject: str | None, text: str, title: str, heading: str | None,
                   fmt: str) -> tuple[str, str]:
    """The summary and where it came from: "properties" or "extracted".

    A deck's summary is its title slide's subtitle lines ("Connected fleet investment
    proposal. Prepared for the Office of the CFO"): its other slides are bullets and
    speaker notes, which say how to present it, not what it is."""
    if subject:
        subject = " ".join(subject.split())
        readable = len(subject) >= 20 and len(subject.split()) >= 4
        if readable and not _BOILERPLATE.search(subject) and not _MADE_WITH.match(subject) \
                and _words(subject) != _words(title):
            return shorten(subject), "properties"
    skip = (title, heading or "")
    if fmt == "pptx" and len(subtitle := _title_slide(text, skip)) >= 20:
        return shorten(subtitle), "extracted"
    return first_paragraph(text, skip, markdown=fmt == "md"), "extracted"


def first_paragraph(text: str, skip: tuple[str, ...] = (), markdown: bool = False) -> str:
    """The first paragraph that says what the document is, Markdown stripped, shortened.

    ``skip``: the title and heading, which a paragraph only repeats."""
    skipped = {_words(s) for s in skip if s}
    fallback: list[str] = []
    for lines in _paragraphs(text, markdown):
        paragraph = " ".join(_drop_lines(lines, skip))
        paragraph = _without_boilerplate(_GREETING.sub("", paragraph).strip())
        if not paragraph or _words(paragraph) in skipped:
            continue
        if len(paragraph) >= MIN_PARAGRAPH_CHARS:
            return shorten(paragraph)
        fallback.append(paragraph)
    return shorten(" ".join(fallback))


def shorten(text: str, limit: int = SUMMARY_CHARS) -> str:
    """``text`` on one line, cut at a word with " …" to at most ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-–—")
    return cut + " …"


def strip_inline_markdown(text: str) -> str:
    """Images out, links to their text, emphasis and code marks off, tags away."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    text = re.sub(r"</?[a-zA-Z][^>]*>", "", text)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])", r"\2", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    return re.sub(r"\\([\\`*_#\[\]()!.+-])", r"\1", text)  # "\*" as written: "*"


def _title_slide(text: str, skip: tuple[str, ...]) -> str:
    """The first slide's lines but its title, as sentences."""
    lines = [line.strip() for line in text.split("\n\n", 1)[0].split("\n") if line.strip()]
    lines = [line for line in _drop_lines(lines, skip) if not _BOILERPLATE.search(line)]
    return " ".join(line if re.search(r"[.!?:]$", line) else line + "." for line in lines)


def _paragraphs(text: str, markdown: bool) -> Iterator[list[str]]:
    """Paragraphs of prose: blank lines, rules, headings and tables end one.

    A short line without closing punctuation that starts a paragraph is a heading (PDF and
    slide text keep no blank line after one); a short line inside a paragraph is part of
    it (a PDF wraps long lines)."""
    lines = text[:LOOK_CHARS].replace("\r\n", "\n").split("\n")
    current: list[str] = []
    fenced = False
    start = _front_matter_end(lines) if markdown else 0
    for number in range(start, len(lines)):
        line = lines[number].strip()
        following = lines[number + 1].strip() if number + 1 < len(lines) else ""
        if _FENCE.match(line):
            fenced = not fenced
            line = ""
        if fenced or not line or _RULE.match(line) or _MD_HEADING.match(line) \
                or _is_table(line) or _TOC_LINE.search(line) or (
                following and _RULE.match(following) and following[0] in "=-"):
            if current:
                yield current
            current = []
            continue
        line = _BULLET.sub("", line.lstrip("> ").strip())
        if markdown:
            line = strip_inline_markdown(line)
        heading = len(line) <= HEADING_CHARS and not re.search(r"[.!?,;]['\")\]]*$", line)
        if heading and (not current or re.search(r"[.!?:]['\")\]]*$", current[-1])):
            if current:
                yield current
            current = []
            continue
        current.append(line)
    if current:
        yield current


def _without_boilerplate(paragraph: str) -> str:
    """``paragraph`` less its leading boilerplate sentences ("Internal use only. Owner:
    Product Marketing."): a PDF keeps no blank line between them and the text."""
    while paragraph and _BOILERPLATE.search(paragraph):
        end = re.search(r"[.!?](\s+|$)", paragraph)
        paragraph = paragraph[end.end():].strip() if end else ""
    return paragraph


def _is_table(line: str) -> bool:
    return line.startswith("|") or line.count(" | ") >= 1


def _front_matter_end(lines: list[str]) -> int:
    """The line after a leading YAML front matter block (``---`` ... ``---``), else 0."""
    if not lines or lines[0].strip() != "---":
        return 0
    for number in range(1, min(len(lines), 60)):
        if lines[number].strip() in ("---", "..."):
            return number + 1
    return 0


def _drop_lines(lines: list[str], skip: tuple[str, ...]) -> list[str]:
    """``lines`` without the leading lines that spell a title or heading in ``skip`` (a
    PDF or a slide runs its heading into the text, over one line or more). A sentence that
    only starts with the title ("Tidewater Electric Cooperative serves ...") stays."""
    for known in (_words(s) for s in skip if s):
        seen: set[str] = set()
        for count, line in enumerate(lines[:4], 1):
            seen |= _words(line)
            if seen == known:
                return lines[count:]
            if not seen <= known:
                break
    return lines
