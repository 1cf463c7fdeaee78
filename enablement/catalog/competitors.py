"""Competitors found in the content itself, proposed as new taxonomy values.

A new library lists no competitors, so phrase rules cannot find one. The content names
them the way sales material does: "Battlecard: Us vs. Trakline", "switching from Orbis
Fleet", "Waybeam battlecard", a file called ``battlecard-vs-trakline.pdf``. Each such
name becomes a suggested competitor tag (a value added to the open competitor facet).

A capitalised word the library also writes in lower case is a product's or a feature's
word ("Brightledger Capture"), not a name. The library's own vendor is named the same way
("Corvane vs Orbis Fleet", and a file ``waybeam-vs-corvane.md``), so a name that most of
the library's assets mention is taken to be the vendor's own, not a competitor: judged
over the whole library once an import has stored its files, not file by file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from enablement.catalog.taxonomy import ensure_value
from enablement.store.index_queue import queue_for_index
from enablement.store.models import Asset, AssetTag, AssetText, FacetValue

FACET = "competitor"
ORIGIN = "suggestion"
SCORE = 0.8  # a confidence, as every suggestion's score is: named against the product
MAX_PER_ASSET = 3
OWN_NAME_SHARE = 0.5  # a name in more than this share of the library's assets is "us"
MIN_LIBRARY_FOR_OWN_NAME = 4
MIN_BODY_MENTIONS = 2  # a name the body argues about is named more than once
MAX_NEW_NAMES = 12  # a sales library faces a handful of competitors, not a hundred

# One or two capitalised words: "Trakline", "Orbis Fleet".
_WORD = r"[A-Z][A-Za-z0-9&'-]*[A-Za-z0-9]"
NAME = rf"{_WORD}(?: +{_WORD})?"  # (a tab parts a table's cells, not a name's words)
_CUES = (
    rf"\b(?:vs\.?|versus)[ \t]+({NAME})",
    rf"({NAME})[ \t]+(?:vs\.?|versus)\b",  # either side may be the other product
    rf"\b(?:switch(?:ing|ed)?|migrat(?:e|ing|ed)|mov(?:e|ing|ed))[ \t]+(?:away[ \t]+)?"
    rf"from[ \t]+({NAME})",
    rf"({NAME})[ \t]+battle[ \t]?card\b",
    rf"\bbattle[ \t]?card[ \t]*[:\-–—][ \t]*({NAME})\b(?![ \t]+vs\b)",
)
CUES = tuple(re.compile(cue) for cue in _CUES)
# "battlecard-vs-trakline", "waybeam_vs_corvane": the words after "vs" ("feature matrix
# vs corbelt planhatch ledgerline" compares three), and the one before; "planhatch-
# battlecard", "Battlecard_Halcyra_2026": the file is its competitor's card.
_SEP = r"[\s_\-.]"
_CARD = rf"battle{_SEP}?card"
FILE_CUES = (re.compile(rf"(?:^|[\s_\-.(])vs{_SEP}+([a-z0-9]+(?:{_SEP}+[a-z0-9]+)*)",
                        re.IGNORECASE),
             re.compile(rf"([a-z0-9]+){_SEP}+vs(?=$|{_SEP})", re.IGNORECASE),
             re.compile(rf"([a-z0-9]+){_SEP}+{_CARD}", re.IGNORECASE),
             re.compile(rf"{_CARD}{_SEP}+(?!vs(?:$|{_SEP}))([a-z0-9]+)", re.IGNORECASE))
BATTLECARD = re.compile(_CARD, re.IGNORECASE)
# Capitalised words that follow "vs." or "from" without being anyone's product.
NOT_NAMES = frozenset({
    "a", "an", "the", "our", "us", "we", "you", "your", "their", "them", "it", "this",
    "that", "these", "those", "manual", "spreadsheets", "spreadsheet", "excel", "paper",
    "status", "doing", "legacy", "in-house", "homegrown", "day", "month", "year", "q1",
    "q2", "q3", "q4", "last", "next", "other", "others", "competitor", "competitors",
    # what a sales file calls itself: "battlecard-vs-x.pdf", "Comparison: us vs X"
    "battlecard", "battlecards", "battle", "card", "compete", "competitive", "comparison",
    "matrix", "talk", "track", "deck", "one-pager", "faq", "guide", "sheet", "overview",
    # what a file name adds to itself: "battlecard_template_2024", "copy of x battlecard"
    "template", "final", "draft", "copy", "internal", "external", "update", "updated",
    "new", "old", "of", "vs",
})


def cues(title: str, source_name: str, body: str) -> list[tuple[str, bool]]:
    """Names the asset itself sets against another product, strongest cue first, each with
    whether the cue was strong: the title, the file name or a battlecard's heading. Only a
    strong one makes a name a competitor wherever it is named; prose ("results vs. RNA
    levels") sets many things against each other."""
    found: dict[str, bool] = {}

    def add(name: str, strong: bool) -> None:
        words = name.split()
        while words and words[-1].casefold() in NOT_NAMES:
            words.pop()
        if not words or words[0].casefold() in NOT_NAMES:
            return
        name = " ".join(words)
        if not strong and not any(c.islower() for c in name):
            return  # an acronym in prose ("WT vs. KO"): a term, not a vendor
        if any(part.isalpha() and part.islower() for part in name.split("-")[1:]):
            return  # "Medicare-only", "CD28-mediated": a description, not a name
        found[name] = found.get(name, False) or strong

    for cue in CUES:
        for match in cue.finditer(title):
            add(match.group(1), True)
    stem = source_name.rsplit(".", 1)[0]
    for match in (m for cue in FILE_CUES for m in cue.finditer(stem)):
        # A file name is lower case: the body says how each name is written; the words
        # after "vs" are names as long as the body writes them as names.
        for word in re.split(rf"{_SEP}+", match.group(1)):
            if word.casefold() in NOT_NAMES:
                continue
            written = re.search(rf"\b({re.escape(word)}(?:[ ]+{_WORD})?)\b", body,
                                re.IGNORECASE)
            if not written or not written.group(1)[:1].isupper():
                break
            add(_as_written(written.group(1), body), True)
    # A battlecard is about its competitor: what its body sets against the product is
    # argued, not prose comparing things.
    battlecard = bool(BATTLECARD.search(title) or BATTLECARD.search(stem))
    for cue in CUES:
        for match in cue.finditer(body):
            name = " ".join(match.group(1).split())
            if body.count(name.split()[0]) >= MIN_BODY_MENTIONS:
                add(name, battlecard or "battle" in cue.pattern)
    return list(found.items())


def _as_written(name: str, body: str) -> str:
    """``name`` as the body spells it most often (one word, or two when the second is
    always there: "Orbis Fleet")."""
    first = name.split()[0]
    two = re.findall(rf"\b{re.escape(first)} +({_WORD})", body)
    if two and len(set(two)) == 1 and len(two) == body.count(first):
        return f"{first} {two[0]}"
    return first


def propose(session: Session, asset_ids: Iterable[int]) -> list[int]:
    """Suggest competitor tags on ``asset_ids`` from their content; returns the assets
    that got one (queued for the index).

    A name set against the product anywhere ("vs. X") is a competitor everywhere: an asset
    that names it, even in passing (a case study's "moved off Orbis Fleet"), gets it too,
    as does one naming a competitor the taxonomy already lists."""
    asset_ids = list(asset_ids)
    if not asset_ids:
        return []
    rows = session.execute(
        select(Asset.id, Asset.title, Asset.source_name, AssetText.body)
        .join(AssetText, AssetText.asset_id == Asset.id, isouter=True)
        .where(Asset.id.in_(asset_ids))
    ).all()
    listed = set(session.scalars(select(FacetValue.label).where(FacetValue.facet == FACET)))
    # "Clerkwise Capture" is Clerkwise's product: the competitor the taxonomy already has.
    found = {row.id: [(_as_listed(name, listed), strong) for name, strong in
                      cues(row.title or "", row.source_name or "", row.body or "")]
             for row in rows}
    cued = {asset: [name for name, _strong in pairs] for asset, pairs in found.items()}
    names = {name for names in cued.values() for name in names}
    own = _own_names(session, names) | _common_words(session, names)
    # An acronym ("RNA", "SAP") is a competitor where a title sets it against the product,
    # but too often a plain term to be one wherever it is written.
    strong = Counter(name for pairs in found.values() for name, is_strong in pairs
                     if is_strong and name not in own and any(c.islower() for c in name))
    # Named anywhere: the few names strongly set against the product, and those listed.
    known = {name for name, _count in strong.most_common(MAX_NEW_NAMES)} | listed
    tagged: list[int] = []
    for row in rows:
        text = f"{row.title or ''}\n{row.body or ''}"
        named = [name for name in (*cued[row.id], *sorted(known))
                 if name not in own and re.search(rf"\b{re.escape(name)}\b", text)]
        competitors = _longest(named)[:MAX_PER_ASSET]
        for name in competitors:
            key = ensure_value(session, FACET, name)
            if session.get(AssetTag, (row.id, FACET, key, ORIGIN)) is None:
                session.add(AssetTag(asset_id=row.id, facet=FACET, value_key=key,
                                     origin=ORIGIN, score=SCORE))
        if competitors:
            tagged.append(row.id)
    session.flush()
    queue_for_index(session, tagged)
    return tagged


def _as_listed(name: str, listed: set[str]) -> str:
    return next((label for label in listed if name.startswith(label + " ")), name)


def _longest(names: list[str]) -> list[str]:
    """``names`` without one that is the start of another ("Orbis" beside "Orbis Fleet")."""
    kept: list[str] = []
    for name in names:
        if any(other != name and other.startswith(name + " ") for other in names):
            continue
        if name not in kept:
            kept.append(name)
    return kept


def _common_words(session: Session, names: set[str]) -> set[str]:
    """Names whose first word the library also writes in lower case ("Capture", from
    "Brightledger Capture"): a product's or a feature's word, not another vendor's name."""
    common = set()
    for name in names:
        word = name.split()[0].casefold()
        if word != name.split()[0] and session.scalar(
                select(AssetText.asset_id).where(or_(
                    *(func.instr(AssetText.body, f" {word}{end}") > 0
                      for end in (" ", ".", ",", ";", ":", ")", "\n")))).limit(1)):
            common.add(name)
    return common


def _own_names(session: Session, names: set[str]) -> set[str]:
    """The names most of the library's assets mention: the vendor's own products."""
    total = session.scalar(select(func.count()).select_from(Asset)
                           .where(Asset.retired_at.is_(None))) or 0
    if total < MIN_LIBRARY_FOR_OWN_NAME:
        return set()
    own = set()
    for name in names:
        mentions = session.scalar(
            select(func.count()).select_from(Asset)
            .join(AssetText, AssetText.asset_id == Asset.id)
            .where(Asset.retired_at.is_(None), func.instr(AssetText.body, name) > 0))
        if (mentions or 0) > OWN_NAME_SHARE * total:
            own.add(name)
    return own
