"""Pull the taxonomy marketing published: its values and phrases are added here.

Values are matched by key and take marketing's label; values and phrases this library
added itself are kept. A document or value that fails its checks is refused and
reported; the good values of the same document still arrive.
"""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from enablement.store.models import Facet, FacetValue, ValuePhrase
from enablement.sync import hub, state, validate_rows
from enablement.sync.pull_catalog import versions_between
from enablement.sync.validate import Refusal, refuse
from enablement.sync.validate_fields import Refused

TAXONOMY_VERSION = state.CATALOG_VERSION + "_taxonomy"


def pull_taxonomy(sessions: sessionmaker[Session], engine: Engine,
                  refused: list[Refusal] | None = None) -> bool:
    """Add the hub taxonomy's values and phrases; returns True when anything changed."""
    sink = refused if refused is not None else []
    with sessions() as session:
        have = state.get_int(session, TAXONOMY_VERSION)
    table = hub.hub_taxonomy
    with engine.connect() as conn:
        top = hub.catalog_top(conn)
        row = conn.execute(hub.raw_select(table)
                           .where(table.c.name == "taxonomy",
                                  versions_between(table.c.version, have, top))
                           .order_by(table.c.version.desc())).first()
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
