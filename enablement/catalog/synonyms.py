"""The library's synonym list: words and phrases a search treats as one.

A customer's content has its own vocabulary ("rfi" and "request for information", "punch
list" and "snag list") that no built-in list knows. The list starts as the built-in
groups (``index.synonyms``); a marketer adds, extends and drops groups; a team hub sends
marketing's groups, which a laptop reads but does not edit (the next pull would undo it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from enablement.errors import UserError
from enablement.store.models import SynonymGroup
from index.synonyms import SYNONYM_GROUPS

DEFAULT, LIBRARY, HUB = "default", "library", "hub"
MAX_ENTRY_CHARS = 60
MAX_ENTRY_WORDS = 6
MAX_GROUP_ENTRIES = 30
MAX_GROUPS = 2000
_WORD = re.compile(r"\w", re.UNICODE)
# Control characters and the bidi overrides that make text read other than it is.
_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Synonyms:
    """One group as a face shows it: ``id`` names it to the commands that edit it."""

    id: int
    entries: tuple[str, ...]
    origin: str  # default, library or hub

    @property
    def editable(self) -> bool:
        return self.origin != HUB


def normalise_entry(text: str) -> str:
    """An entry as stored and compared: case folded, spacing collapsed. A UserError
    names an entry that cannot be one (empty, no letter or digit, too long)."""
    entry = " ".join(str(text).casefold().split())
    if _HIDDEN.search(entry):
        raise UserError(f"{entry[:40]!r} holds control characters; type it as plain text.")
    if not _WORD.search(entry):
        raise UserError(f"'{text}' is not a synonym: give a word or a phrase.")
    if "," in entry:
        raise UserError(f"'{entry[:40]}' holds a comma, which separates synonyms; give "
                        "each word or phrase on its own.")
    if len(entry) > MAX_ENTRY_CHARS or len(entry.split()) > MAX_ENTRY_WORDS:
        raise UserError(f"'{entry[:40]}…' is too long for a synonym: at most "
                        f"{MAX_ENTRY_WORDS} words and {MAX_ENTRY_CHARS} characters.")
    return entry


def normalise_entries(texts: Iterable[str]) -> tuple[str, ...]:
    """Each entry normalised, repeats dropped, in the order given."""
    return tuple(dict.fromkeys(normalise_entry(text) for text in texts))


def load(session: Session) -> tuple[Synonyms, ...]:
    try:
        rows = session.scalars(select(SynonymGroup).order_by(SynonymGroup.position,
                                                             SynonymGroup.id)).all()
    except OperationalError:
        # A library of an older schema, read as it is (a full disk kept it from
        # upgrading): the built-in list, as its version searched with.
        return tuple(Synonyms(-number, tuple(group), DEFAULT)
                     for number, group in enumerate(SYNONYM_GROUPS, 1))
    return tuple(Synonyms(row.id, tuple(json.loads(row.entries)), row.origin)
                 for row in rows)


def add(session: Session, entries: Sequence[str], to: int | None = None) -> Synonyms:
    """A new group of ``entries`` (two at least), or ``entries`` added to group ``to``."""
    wanted = normalise_entries(entries)
    if to is not None:
        row = _editable(session, to)
        merged = tuple(dict.fromkeys((*json.loads(row.entries), *wanted)))
        _check_size(merged)
        row.entries = json.dumps(list(merged))
        return Synonyms(row.id, merged, row.origin)
    if len(wanted) < 2:
        raise UserError("A synonym group needs two different words or phrases, e.g. "
                        "'rfi' 'request for information'.")
    _check_size(wanted)
    _check_room(session, 1)
    row = SynonymGroup(entries=json.dumps(list(wanted)), origin=LIBRARY,
                       position=_last_position(session) + 1)
    session.add(row)
    session.flush()
    return Synonyms(row.id, wanted, row.origin)


def remove(session: Session, group_id: int, entries: Sequence[str] = ()) -> Synonyms | None:
    """Drop ``entries`` from group ``group_id`` (the whole group when none are named, or
    when fewer than two would be left); the group as it is left, or None."""
    row = _editable(session, group_id)
    have = tuple(json.loads(row.entries))
    if not entries:
        session.delete(row)
        return None
    unwanted = normalise_entries(entries)
    missing = [entry for entry in unwanted if entry not in have]
    if missing:
        raise UserError(f"Synonym group {group_id} has no '{missing[0]}'; it holds: "
                        + ", ".join(have) + ".")
    left = tuple(entry for entry in have if entry not in unwanted)
    if len(left) < 2:
        session.delete(row)
        return None
    row.entries = json.dumps(list(left))
    return Synonyms(row.id, left, row.origin)


def replace_hub_groups(session: Session, groups: Sequence[Sequence[str]]) -> int:
    """The hub's groups in place of the ones it sent before; a group this library holds
    already (the same entries) is not added twice. ``groups`` are checked already. The
    number of groups now from the hub."""
    session.execute(delete(SynonymGroup).where(SynonymGroup.origin == HUB))
    return _add_missing(session, groups, HUB)


def parse_file(text: str, source: str) -> list[tuple[str, ...]]:
    """A synonym file's groups: one per line, entries separated by commas (the common
    "a, b, c" synonym format), ``#`` comments and blank lines skipped. A UserError names
    the first bad line; nothing is taken from a file with one."""
    groups: list[tuple[str, ...]] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if "=>" in line:
            raise UserError(f"{source}, line {number}: one-way rules ('a => b') are not "
                            "supported; list the group as 'a, b'.")
        try:
            entries = normalise_entries(part for part in line.split(",") if part.strip())
            _check_size(entries)
        except UserError as problem:
            raise UserError(f"{source}, line {number}: {problem}") from None
        if len(entries) < 2:
            raise UserError(f"{source}, line {number}: a group needs two entries or more, "
                            "separated by commas.")
        groups.append(entries)
    return groups


def file_text(groups: Iterable[Synonyms]) -> str:
    """The list in the file format ``parse_file`` reads: one group per line."""
    return "".join(", ".join(group.entries) + "\n" for group in groups)


def add_many(session: Session, groups: Sequence[Sequence[str]]) -> int:
    """Add each group (checked already, ``parse_file``) this library does not hold
    already; the number added."""
    return _add_missing(session, groups, LIBRARY)


def restore_built_in(session: Session) -> int:
    """Add back the built-in groups the library dropped; the number added."""
    return _add_missing(session, SYNONYM_GROUPS, DEFAULT)


def _add_missing(session: Session, groups: Sequence[Sequence[str]], origin: str) -> int:
    """Append the groups the library does not hold (the same entries, in any order and
    from any origin, count as held), as ``origin``'s; the number added."""
    have = {frozenset(group.entries) for group in load(session)}
    new: list[Sequence[str]] = []
    for group in groups:
        if frozenset(group) not in have:
            have.add(frozenset(group))
            new.append(group)
    if origin != HUB:  # (the hub's list has a limit of its own: synonym_document)
        _check_room(session, len(new))
    position = _last_position(session)
    for offset, group in enumerate(new, 1):
        session.add(SynonymGroup(entries=json.dumps(list(group)), origin=origin,
                                 position=position + offset))
    return len(new)


def _last_position(session: Session) -> int:
    return session.scalar(select(func.max(SynonymGroup.position))) or 0


def _check_room(session: Session, adding: int) -> None:
    """The library keeps at most MAX_GROUPS groups of its own (the hub's not counted)."""
    count = session.scalar(select(func.count()).select_from(SynonymGroup)
                           .where(SynonymGroup.origin != HUB)) or 0
    if count + adding > MAX_GROUPS:
        raise UserError(f"The library holds {count} synonym groups of its own, the most "
                        f"it keeps is {MAX_GROUPS}; remove some first.")


def document(groups: Iterable[Synonyms]) -> list[list[str]]:
    """What a marketer's library publishes to the hub: its own groups, not the hub's."""
    return [list(group.entries) for group in groups if group.origin != HUB]


def _editable(session: Session, group_id: int) -> SynonymGroup:
    row = session.get(SynonymGroup, group_id)
    if row is None:
        raise UserError(f"There is no synonym group {group_id}; 'taxonomy synonyms' "
                        "lists them with their numbers.")
    if row.origin == HUB:
        raise UserError(f"Synonym group {group_id} comes from the team hub; marketing "
                        "changes it there (a change here would be undone at the next "
                        "sync).")
    return row


def _check_size(entries: Sequence[str]) -> None:
    if len(entries) > MAX_GROUP_ENTRIES:
        raise UserError(f"A synonym group holds at most {MAX_GROUP_ENTRIES} entries; "
                        "split this one.")
