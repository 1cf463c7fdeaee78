"""The library's taxonomy: facets, their values and suggestion phrases, stored in SQLite.

Code reads a :class:`Taxonomy` snapshot (plain data, cheap to pass around and to send to
other processes); edits go through the functions here and a new snapshot is taken.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, selectinload

from enablement.catalog import synonyms as synonym_store
from enablement.catalog.synonyms import Synonyms
from enablement.catalog.taxonomy_defaults import (
    DEFAULT_FACETS,
    RETIRED_PHRASES,
    FacetSpec,
    ValueSpec,
)
from enablement.errors import UserError
from enablement.store.models import Facet, FacetValue, TaxonomyVersion, ValuePhrase


@dataclass(frozen=True)
class TaxonomyValue:
    facet: str
    key: str
    label: str
    phrases: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class TaxonomyFacet:
    name: str
    label: str
    multi: bool
    open: bool
    values: tuple[TaxonomyValue, ...]


def normalise(text: str) -> str:
    """Fold case, separators and spacing so 'Price / budget', 'price' and 'PRICE' meet."""
    return re.sub(r"[\s_\-/]+", " ", text.strip().casefold()).strip()


def slug(text: str) -> str:
    return re.sub(r"[^\w]+", "_", text.strip().casefold()).strip("_") or "value"


@dataclass(frozen=True)
class Taxonomy:
    facets: tuple[TaxonomyFacet, ...]
    synonyms: tuple[Synonyms, ...] = ()  # the library's synonym list, for search

    def synonym_groups(self) -> tuple[tuple[str, ...], ...]:
        return tuple(group.entries for group in self.synonyms)

    def facet(self, name: str) -> TaxonomyFacet:
        for facet in self.facets:
            if facet.name == name:
                return facet
        known = ", ".join(f.name for f in self.facets)
        raise UserError(f"Unknown tag field '{name}'; the fields are: {known}.")

    def facet_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.facets)

    def label(self, facet: str, key: str) -> str:
        for value in self.facet(facet).values:
            if value.key == key:
                return value.label
        return key

    def resolve(self, facet: str, text: str) -> str | None:
        """The key of the value that ``text`` names (by key or label), or None."""
        wanted = normalise(text)
        if not wanted:
            return None
        for value in self.facet(facet).values:
            if wanted in (normalise(value.key), normalise(value.label)):
                return value.key
        return None

    def resolve_or_explain(self, facet: str, text: str) -> str:
        """Like :meth:`resolve`, but an unknown value of a closed facet is a UserError."""
        key = self.resolve(facet, text)
        if key is not None:
            return key
        spec = self.facet(facet)
        if spec.open:
            return slug(text)
        known = ", ".join(v.key for v in spec.values)
        raise UserError(f"'{text}' is not a known {spec.label.lower()}; use one of: {known}.")


def has_taxonomy(session: Session) -> bool:
    """Whether the library has a taxonomy at all (an older one, maybe)."""
    return session.scalar(select(Facet.name).limit(1)) is not None


def is_seeded(session: Session) -> bool:
    """True when the taxonomy holds every default facet, value and phrase and no retired
    default phrase: nothing for :func:`seed_defaults` to do. A read, so opening a library
    that is up to date takes no write lock."""
    if session.scalar(select(Facet.name).limit(1)) is None:
        return False
    return not _upgrade(session, write=False)


def seed_defaults(session: Session) -> None:
    """Write the default taxonomy into an empty library; bring an older one up to date.

    A library made by an older version gets the default facets, values and phrases it
    lacks (the CFO, controller and AP manager personas, say) and loses the retired
    default phrases it still holds exactly as seeded ("cfo" on Finance, now the CFO
    persona's). Nothing a person added or a hub sent is touched, and its tags stay: a
    "finance" persona tag is still a value of the taxonomy."""
    if session.scalar(select(Facet.name).limit(1)) is None:
        for position, spec in enumerate(DEFAULT_FACETS):
            session.add(_facet_from_spec(spec, position))
        return
    _upgrade(session, write=True)


def _upgrade(session: Session, write: bool) -> bool:
    """Whether the library lacks defaults or holds retired phrases; mends it if ``write``."""
    facets = {f.name: f for f in session.scalars(
        select(Facet).options(selectinload(Facet.values).selectinload(FacetValue.phrases)))}
    stale = False
    for position, spec in enumerate(DEFAULT_FACETS):
        facet = facets.get(spec.name)
        if facet is None:
            stale = True
            if write:
                session.add(_facet_from_spec(spec, len(facets) + position))
            continue
        values = {v.key: v for v in facet.values}
        for value_spec in spec.values:
            value = values.get(value_spec.key)
            if value is None:
                stale = True
                if write:
                    facet.values.append(_value_from_spec(value_spec, len(facet.values)))
                continue
            have = {p.phrase.casefold() for p in value.phrases}
            for phrase, weight in value_spec.phrases.items():
                if phrase.casefold() not in have:
                    stale = True
                    if write:
                        value.phrases.append(ValuePhrase(phrase=phrase, weight=weight))
    for facet_name, key, phrase, weight in RETIRED_PHRASES:
        facet = facets.get(facet_name)
        value = next((v for v in facet.values if v.key == key), None) if facet else None
        for row in list(value.phrases) if value is not None else ():
            if row.phrase.casefold() == phrase and row.weight == weight:
                stale = True
                if write:
                    value.phrases.remove(row)
    return stale


def _facet_from_spec(spec: FacetSpec, position: int) -> Facet:
    facet = Facet(
        name=spec.name, label=spec.label, multi=spec.multi, open=spec.open, position=position
    )
    for value_position, value in enumerate(spec.values):
        facet.values.append(_value_from_spec(value, value_position))
    return facet


def _value_from_spec(spec: ValueSpec, position: int) -> FacetValue:
    row = FacetValue(key=spec.key, label=spec.label, description=spec.description,
                     position=position)
    row.phrases = [ValuePhrase(phrase=p, weight=w) for p, w in spec.phrases.items()]
    return row


def version(session: Session) -> int:
    """The taxonomy's change count (triggers bump it on every taxonomy write); -1 for a
    library of an older schema read as it is (a full disk kept it from upgrading)."""
    try:
        return session.scalar(select(TaxonomyVersion.version)) or 0
    except OperationalError:
        return -1


def load(session: Session) -> Taxonomy:
    facets = session.scalars(
        select(Facet)
        .order_by(Facet.position)
        .options(selectinload(Facet.values).selectinload(FacetValue.phrases))
    ).all()
    return Taxonomy(tuple(
        TaxonomyFacet(
            name=f.name, label=f.label, multi=f.multi, open=f.open,
            values=tuple(
                TaxonomyValue(
                    facet=f.name, key=v.key, label=v.label,
                    phrases=tuple((p.phrase, p.weight) for p in v.phrases),
                )
                for v in f.values
            ),
        )
        for f in facets
    ), synonym_store.load(session))


def ensure_value(session: Session, facet: str, label: str) -> str:
    """The key for ``label`` in an open facet, adding the value when it is new."""
    wanted = normalise(label)
    for value in session.scalars(select(FacetValue).where(FacetValue.facet == facet)):
        if wanted in (normalise(value.key), normalise(value.label)):
            return value.key
    position = len(session.scalars(select(FacetValue.id).where(FacetValue.facet == facet)).all())
    key = slug(label)
    session.add(FacetValue(facet=facet, key=key, label=label.strip(), position=position))
    session.flush()
    return key


def add_value(
    session: Session, facet: str, label: str, phrases: dict[str, float] | None = None
) -> str:
    """Add a value (or more phrases to an existing one); works on closed facets too."""
    if session.get(Facet, facet) is None:
        raise UserError(f"Unknown tag field '{facet}'.")
    key = ensure_value(session, facet, label)
    value = session.scalars(
        select(FacetValue).where(FacetValue.facet == facet, FacetValue.key == key)
    ).one()
    have = {p.phrase.casefold() for p in value.phrases}
    for phrase, weight in (phrases or {}).items():
        if phrase.casefold() not in have:
            value.phrases.append(ValuePhrase(phrase=phrase, weight=weight))
    return key


def export_json(taxonomy: Taxonomy) -> str:
    return json.dumps(
        {
            f.name: {
                "label": f.label, "multi": f.multi, "open": f.open,
                "values": [
                    {"key": v.key, "label": v.label, "phrases": dict(v.phrases)}
                    for v in f.values
                ],
            }
            for f in taxonomy.facets
        },
        indent=2, ensure_ascii=False,
    )


def import_json(session: Session, path: Path) -> int:
    """Merge values and phrases from a JSON file shaped like :func:`export_json`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"{path}: not a readable taxonomy JSON file ({exc}).") from exc
    if not isinstance(data, dict):
        raise UserError(f"{path}: expected an object keyed by field name.")
    added = 0
    for facet, spec in data.items():
        for value in spec.get("values", []) if isinstance(spec, dict) else []:
            add_value(session, facet, value["label"], value.get("phrases") or {})
            added += 1
    return added
