"""What the demo history reads from the library: its assets, their tags, its competitors.

Assets come in an order that does not depend on their ids, so a seed tells one story
whatever order an import numbered them in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from enablement.catalog.tagging import TagRow, effective_keys
from enablement.catalog.taxonomy import Taxonomy, ensure_value
from enablement.demo.cast import DEMO_COMPETITORS, NEW_COMPETITOR
from enablement.store.models import Asset, AssetTag, AssetText, FacetValue
from index.schema import analyzer


@dataclass(frozen=True)
class DemoAsset:
    """An asset as the story sees it: its effective tags and the words that find it."""

    id: int
    title: str
    kind: str
    stages: tuple[str, ...]
    objections: tuple[str, ...]
    competitors: tuple[str, ...]
    industries: tuple[str, ...]
    expires_on: date | None
    imported_at: datetime
    title_words: frozenset[str]
    words: frozenset[str]  # stemmed, as the index sees them (roughly)


def load_assets(session: Session, taxonomy: Taxonomy) -> list[DemoAsset]:
    """Assets with their effective tags, in an order that does not depend on their ids
    (a parallel import numbers them differently each time), so a seed tells one story."""
    facets = ("kind", "stage", "objection", "competitor", "industry")
    known = {name: {v.key for v in taxonomy.facet(name).values} for name in facets
             if name in taxonomy.facet_names()}
    tags: dict[int, list[TagRow]] = {}
    for asset_id, facet, key, origin, score in session.execute(
            select(AssetTag.asset_id, AssetTag.facet, AssetTag.value_key, AssetTag.origin,
                   AssetTag.score).where(AssetTag.facet.in_(facets))):
        tags.setdefault(asset_id, []).append(TagRow(facet, key, origin, score))
    bodies = dict(session.execute(select(AssetText.asset_id, AssetText.body)).all())
    stem = analyzer()
    assets = []
    for asset_id, title, summary, source, expires_on, imported_at in session.execute(
            select(Asset.id, Asset.title, Asset.summary, Asset.source_name, Asset.expires_on,
                   Asset.imported_at).order_by(Asset.title, Asset.sha256, Asset.id)):
        keys = effective_keys(tags.get(asset_id, ()))

        def valid(facet: str, keys: dict[str, list[str]] = keys) -> tuple[str, ...]:
            return tuple(k for k in keys.get(facet, ()) if k in known.get(facet, ()))

        labels = " ".join(taxonomy.label(f, k) for f in facets for k in valid(f))
        text = " ".join((title, summary or "", source, labels, bodies.get(asset_id, "")))
        kinds = valid("kind")
        assets.append(DemoAsset(
            id=asset_id, title=title, kind=kinds[0] if kinds else "",
            stages=valid("stage"), objections=valid("objection"),
            competitors=valid("competitor"), industries=valid("industry"),
            expires_on=expires_on, imported_at=imported_at,
            title_words=frozenset(t.text for t in stem(title)),
            words=frozenset(t.text for t in stem(text))))
    return assets


def competitors(session: Session) -> list[tuple[str, str, float]]:
    """(key, label, how often met): the library's competitors, plus one with no content."""
    found = list(session.execute(select(FacetValue.key, FacetValue.label).where(
        FacetValue.facet == "competitor").order_by(FacetValue.position, FacetValue.key)))
    if not found:
        found = [(ensure_value(session, "competitor", name), name) for name in DEMO_COMPETITORS]
    rows = [(key, label, 1.0) for key, label in found]
    if NEW_COMPETITOR.lower() not in {key for key, _label, _w in rows}:
        rows.append((ensure_value(session, "competitor", NEW_COMPETITOR), NEW_COMPETITOR,
                     0.25))
    return rows


def expired(asset: DemoAsset, day: date) -> bool:
    """Past its expiry date on ``day``."""
    return asset.expires_on is not None and asset.expires_on < day


def passes(asset: DemoAsset, filters: dict[str, tuple[str, ...]]) -> bool:
    """Whether search ``filters`` (field: values) would keep ``asset``."""
    tags = {"kind": (asset.kind,), "stage": asset.stages, "objection": asset.objections,
            "competitor": asset.competitors, "industry": asset.industries}
    return all(set(values) & set(tags.get(facet, ())) for facet, values in filters.items())
