"""``taxonomy synonyms``: the library's synonym list, shown and edited.

    taxonomy synonyms                         list the groups with their numbers
    taxonomy synonyms add rfi "request for information" [--to N]
    taxonomy synonyms remove N [ENTRY ...]    a group, or some of its entries
    taxonomy synonyms import FILE             "a, b, c" per line
    taxonomy synonyms export FILE             the same format, for another library
    taxonomy synonyms restore                 the built-in groups removed, back
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from enablement.api import Library, Synonyms, UserError
from enablement.cli import exit_codes

USAGE = ("Usage: taxonomy synonyms [list] | taxonomy synonyms add ENTRY ENTRY ... [--to N]"
         " | taxonomy synonyms remove N [ENTRY ...] | taxonomy synonyms import|export FILE"
         " | taxonomy synonyms restore")


def synonyms(library: Library, args: list[str], to: int | None, as_json: bool,
             out: TextIO) -> int:
    action, rest = (args[0], args[1:]) if args else ("list", [])
    if action == "add":
        if not rest:
            raise UserError(USAGE)
        group, _changes = library.catalog.add_synonyms(rest, to=to)
        print(("Extended" if to is not None else "Added") + " " + _line(group), file=out)
        return exit_codes.OK
    if action == "remove":
        if not rest:
            raise UserError(USAGE)
        group_id = _group_number(rest[0])
        left, _changes = library.catalog.remove_synonyms(group_id, rest[1:])
        print(f"Removed synonym group {group_id}." if left is None
              else "Now " + _line(left), file=out)
        return exit_codes.OK
    if action == "import":
        if len(rest) != 1:
            raise UserError(USAGE)
        added, _changes = library.catalog.import_synonyms(Path(rest[0]))
        print(f"Added {added} synonym groups from {rest[0]}.", file=out)
        return exit_codes.OK
    if action == "export":
        if len(rest) != 1:
            raise UserError(USAGE)
        written = library.catalog.export_synonyms(Path(rest[0]))
        print(f"Wrote {written} synonym groups to {rest[0]}.", file=out)
        return exit_codes.OK
    if action == "restore" and not rest:
        added, _changes = library.catalog.restore_synonyms()
        print(f"Restored {added} built-in synonym groups.", file=out)
        return exit_codes.OK
    if action != "list" or rest:
        raise UserError(USAGE)
    groups = library.catalog.synonyms()
    if as_json:
        print(json.dumps([{"id": g.id, "entries": list(g.entries), "origin": g.origin}
                          for g in groups], indent=2, ensure_ascii=False), file=out)
        return exit_codes.OK
    for group in groups:
        print(_line(group), file=out)
    print(f"{len(groups)} groups. Searches for any entry of a group also find the "
          "others.", file=out)
    return exit_codes.OK


def _line(group: Synonyms) -> str:
    origin = "" if group.origin == "library" else f"  [{group.origin}]"
    return f"{group.id:>4}  " + " = ".join(group.entries) + origin


def _group_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise UserError(f"'{text}' is not a group number; 'taxonomy synonyms' lists "
                        "them.") from None
