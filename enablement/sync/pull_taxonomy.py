"""Pull the taxonomy marketing published: its values and phrases are added here, and its
synonym groups take the place of the ones the hub sent before.

Values are matched by key and take marketing's label; values and phrases this library
added itself are kept, and so are its own synonym groups. A document, value or group
that fails its checks is refused and reported; the good ones of the same document still
arrive.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, Row, select
from sqlalchemy.orm import Session, sessionmaker

from enablement.catalog import synonyms
from enablement.store.models import Facet, FacetValue, ValuePhrase
from enablement.sync import hub, state, validate_rows
from enablement.sync.pull_catalog import versions_between
from enablement.sync.validate import Refusal, refuse
from enablement.sync.validate_fields import Refused

TAXONOMY_VERSION = state.CATALOG_VERSION + "_taxonomy"
SYNONYMS_VERSION = state.CATALOG_VERSION + "_synonyms"
TAXONOMY, SYNONYMS = "taxonomy", "synonyms"  # the hub_taxonomy rows: values, synonyms


def pull_taxonomy(sessions: sessionmaker[Session], engine: Engine,
                  refused: list[Refusal] | None = None) -> bool:
    """Add the hub taxonomy's values and phrases and take its synonym groups; returns
    True when anything changed."""
    sink = refused if refused is not None else []
    changed = _pull_values(sessions, engine, sink)
    return _pull_synonyms(sessions, engine, sink) or changed


def _newest(sessions: sessionmaker[Session], engine: Engine, name: str, cursor: str
            ) -> Row[Any] | None:
    """The hub's newest row ``name`` this laptop has not taken, if any."""
    with sessions() as session:
        have = state.get_int(session, cursor)
    table = hub.hub_taxonomy
    with engine.connect() as conn:
        top = hub.catalog_top(conn)
        return conn.execute(hub.raw_select(table)
                            .where(table.c.name == name,
                                   versions_between(table.c.version, have, top))
                            .order_by(table.c.version.desc())).first()


def _pull_synonyms(sessions: sessionmaker[Session], engine: Engine,
                   sink: list[Refusal]) -> bool:
    row = _newest(sessions, engine, SYNONYMS, SYNONYMS_VERSION)
    if row is None:
        return False
    try:
        groups, bad_groups = validate_rows.synonym_document(row.document)
    except Refused as problem:
        # Refused whole: the groups taken before stay, and the cursor moves on.
        refuse(sink, "synonyms", f"version {row.version}", problem)
        with sessions.begin() as session:
            state.put(session, SYNONYMS_VERSION, int(row.version))
        return False
    for ref, problem in bad_groups:
        refuse(sink, "synonym group", ref, problem)
    with sessions.begin() as session:
        synonyms.replace_hub_groups(session, groups)
        state.put(session, SYNONYMS_VERSION, int(row.version))
    return True


def _pull_values(sessions: sessionmaker[Session], engine: Engine,
                 sink: list[Refusal]) -> bool:
    row = _newest(sessions, engine, TAXONOMY, TAXONOMY_VERSION)
    if row is None:
        return False
    try:
        document, bad_values = validate_rows.taxonomy_document(row.document)
    except Refused as problem:
        document, bad_values = {}, []
        refuse(sink, "taxonomy", f"version {row.version}", problem)
    for ref, problem in bad_values:
        refuse(sink, "taxonomy value", ref, problem)
    with sessions.begin() as session:
        merge_taxonomy(session, document)
        state.put(session, TAXONOMY_VERSION, int(row.version))
    return bool(document)


def merge_taxonomy(session: Session, document: dict) -> None:
    """Values by key as marketing named them; local additions are kept.

    ``document`` is checked already (validate_rows.taxonomy_document)."""
    for facet_name, spec in document.items():
        if session.get(Facet, facet_name) is None:
            continue  # a field this version does not know
        existing = {v.key: v for v in session.scalars(
            select(FacetValue).where(FacetValue.facet == facet_name))}
        base = len(existing)
        for position, value in enumerate(spec.get("values", [])):
            row = existing.get(value["key"])
            if row is None:
                row = FacetValue(facet=facet_name, key=value["key"], label=value["label"],
                                 position=base + position)
                session.add(row)
                session.flush()
                existing[value["key"]] = row  # a key twice in one document: one value
            else:
                row.label = value["label"]
            have = {p.phrase.casefold() for p in row.phrases}
            for phrase, weight in (value.get("phrases") or {}).items():
                if phrase.casefold() not in have:
                    session.add(ValuePhrase(value_id=row.id, phrase=phrase, weight=weight))
                    have.add(phrase.casefold())
