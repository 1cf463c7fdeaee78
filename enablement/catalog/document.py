"""A document as the suggestion rules read it: its places, its outline and its shape.

Where a phrase occurs says more than how often: in the title or the file name it names
what the file is; in a heading it names what a section argues; deep in a paragraph it may
be a passing mention. So the text is cut once into places (title, summary, file name,
folder, opening, the rest), headings (a slide's title, a Markdown ``#`` line, a short line
standing alone) and sentences, and every rule asks this one object.

:class:`Source` is what the importer knows besides the words: the file's name and folder,
its format and its shape (a deck's slides, a workbook's formulas and numbers).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import PurePath
from typing import Protocol

from enablement import formats

TOKEN = re.compile(r"[^\W_]+(?:[/'][^\W_]+)*|[{}\[\]]")
MAX_PHRASE_WORDS = 5
OPENING_CHARS = 600
HEADING_WORDS = 10
LEAD_IN_WORDS = 4
BULLET = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s+")
MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+(.+?)\s*#*\s*$")
BOLD_LINE = re.compile(r"^\s*\*\*(.+?)\*\*\s*$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“(A-Z0-9])|\n")
# Layouts whose every line is short (a slide's bullets, a sheet's cells): only the first
# line of a block (the slide's title, the sheet's name) is a heading there.
BLOCK_TITLED = frozenset({"slides", "sheets"})


class Shape(Protocol):
    """A read file's format and shape (``imports.extract.Extracted`` is one)."""

    format: str
    pages: int | None
    slides: int | None
    sheets: int
    formulas: int
    numbers: int


MAX_FOLDERS = 8


@dataclass(frozen=True)
class Source:
    """What the importer knows of a file besides its words."""

    name: str = ""  # the file name, "battlecard-vs-trakline (1).pdf"
    folder: str = ""  # the folder holding it, "Battlecards"
    format: str = ""  # the format key, "pdf"
    pages: int | None = None
    slides: int | None = None
    sheets: int = 0
    formulas: int = 0
    numbers: int = 0
    # The folders above it, nearest first ("Battlecards", "Sales", ...): a shared drive's
    # team folders say which side of the sale a file serves.
    folders: tuple[str, ...] = ()

    @property
    def layout(self) -> str:
        """How the format lays text out, from the format registry: "slides", "sheets",
        "pages" (a PDF), "document" (a word processor's) or "text"."""
        return layout_of(self.format)

    @classmethod
    def of(cls, path: str, shape: Shape | None) -> Source:
        """The source at ``path`` (as stored, "/drive/Sales/Battlecards/x.pdf")."""
        where = PurePath(path) if path else PurePath()
        folder = where.parent.name if path else ""
        folders = tuple(reversed(where.parent.parts[1 if where.is_absolute() else 0:]))
        folders = folders[:MAX_FOLDERS] if path else ()
        if shape is None:
            return cls(where.name, folder, folders=folders)
        return cls(where.name, folder, shape.format, shape.pages, shape.slides,
                   shape.sheets, shape.formulas, shape.numbers, folders)


def layout_of(key: str) -> str:
    """A format's layout, read off its registry entry, so a new format needs no rule here:
    a deck's format hints the deck kind, a sheet previews as a sheet, a PDF as pages."""
    fmt = formats.BY_KEY.get(key)
    if fmt is None:
        return "text"
    if fmt.preview == "sheet":
        return "sheets"
    if fmt.kind_hint == "deck":
        return "slides"
    if fmt.preview == "pdf":
        return "pages"
    return "document" if fmt.is_package else "text"


@dataclass(frozen=True)
class Part:
    """A section: its heading ('' before the first one) and its sentences."""

    heading: str
    sentences: tuple[str, ...]


@lru_cache(maxsize=8192)
def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase as the tokens the text is cut into ("go-live" -> ("go", "live"))."""
    return tuple(fold(token) for token in TOKEN.findall(phrase.casefold()))


@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """A word without its plural ending, so "integrations" meets "integration" and
    "contracts" meets "contract"; short words ("sso", "its", "sla") stay as they are."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 4 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def ngram_counts(text: str) -> Counter[tuple[str, ...]]:
    """Every run of 1..5 tokens in ``text``, counted: one pass, then phrases are lookups."""
    tokens = [fold(token) for token in TOKEN.findall(text.casefold())]
    counts: Counter[tuple[str, ...]] = Counter()
    for size in range(1, MAX_PHRASE_WORDS + 1):
        counts.update(zip(*(tokens[i:] for i in range(size)), strict=False))
    return counts


def name_words(name: str) -> str:
    """A file or folder name as words: "CS_Pinecrest_FINAL-v2.docx" -> "CS Pinecrest FINAL v2"."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name)
    return " ".join(re.sub(r"[_\-.()\[\]]+", " ", stem).split())


@dataclass
class Document:
    """One file's text, cut once into the places and parts the rules look at."""

    title: str
    summary: str
    body: str
    source: Source = field(default_factory=Source)
    # (phrase table, place) -> value points, filled by ``phrases.facet_places``.
    place_points: dict[tuple[int, str], dict[str, float]] = field(
        default_factory=dict, repr=False, compare=False)

    def place_text(self, place: str) -> str:
        """The text of one of the places ``counts`` counts."""
        body = self.body
        texts = {"title": lambda: self.title, "summary": lambda: self.summary,
                 "name": lambda: self.name, "folder": lambda: self.folder,
                 "opening": lambda: body[:OPENING_CHARS],
                 "rest": lambda: body[OPENING_CHARS:],
                 "headings": lambda: "\n".join(self.headings)}
        return texts[place]()

    @cached_property
    def lines(self) -> list[str]:
        return [line.strip() for line in self.body.replace("\r\n", "\n").split("\n")]

    @cached_property
    def headings(self) -> list[str]:
        """Lines that head a section: what the file says each part is about."""
        return [line for line, heading in self._outline if heading]

    @cached_property
    def _outline(self) -> list[tuple[str, bool]]:
        """Every non-empty line with whether it is a heading."""
        out: list[tuple[str, bool]] = []
        lines = self.lines
        block_titled = self.source.layout in BLOCK_TITLED
        following = [""] * len(lines)  # the next non-empty line after each line
        for number in range(len(lines) - 2, -1, -1):
            following[number] = lines[number + 1] or following[number + 1]
        for number, line in enumerate(lines):
            if not line:
                continue
            before = lines[number - 1] if number else ""
            after = following[number]
            out.append((_heading_text(line), _is_heading(line, before, after, block_titled)))
        return out

    @cached_property
    def sections(self) -> list[tuple[str, str]]:
        """(heading, the text under it) in order; text before any heading has heading ''."""
        sections: list[tuple[str, list[str]]] = [("", [])]
        for line, heading in self._outline:
            if heading:
                sections.append((line, []))
            else:
                sections[-1][1].append(line)
        return [(head, "\n".join(text)) for head, text in sections if head or text]

    @cached_property
    def parts(self) -> list[Part]:
        """Each section as its heading and sentences (a wrapped line joins its sentence;
        a bullet, a cell or a line ending in a colon stands alone)."""
        parts = []
        for head, text in self.sections:
            joined = re.sub(r"(?<![.!?:\"”])\n(?!\s*(?:[-*•–]|\d+[.)])\s)", " ", text)
            parts.append(Part(head, tuple(
                s.strip() for s in SENTENCE_END.split(joined) if s.strip())))
        return parts

    @cached_property
    def name(self) -> str:
        return name_words(self.source.name)

    @cached_property
    def folder(self) -> str:
        """The folder's name ("Case studies" names a case study: plurals fold)."""
        return name_words(self.source.folder)

    @cached_property
    def counts(self) -> dict[str, Counter[tuple[str, ...]]]:
        """Token n-gram counts per place."""
        body = self.body
        return {
            "title": ngram_counts(self.title), "summary": ngram_counts(self.summary),
            "name": ngram_counts(self.name), "folder": ngram_counts(self.folder),
            "opening": ngram_counts(body[:OPENING_CHARS]),
            "rest": ngram_counts(body[OPENING_CHARS:]),
            "headings": ngram_counts("\n".join(self.headings)),
        }


def _heading_text(line: str) -> str:
    for pattern in (MARKDOWN_HEADING, BOLD_LINE):
        match = pattern.match(line)
        if match:
            return match.group(1).strip()
    return line


def _is_heading(line: str, before: str, after: str, block_titled: bool) -> bool:
    """A short line standing alone that is not a bullet, a cell or a sentence's tail."""
    if MARKDOWN_HEADING.match(line):
        return True
    if block_titled:
        return not before
    if BOLD_LINE.match(line):
        return True
    if BULLET.match(line) or line.startswith((">", "|")) or not after:
        return False
    words = line.split()
    if len(words) > HEADING_WORDS or line[-1] in ".,;" or "|" in line:
        return False
    if line.endswith(":") and len(words) > LEAD_IN_WORDS:
        return False  # "Corvane planned the install around those hours:" leads into a list
    # A wrapped paragraph's last line ends its sentence; a heading starts a new thought.
    return line[0].isupper() or line[0] in "\"“'" or line[0].isdigit()
