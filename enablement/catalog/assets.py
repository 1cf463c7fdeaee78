"""The catalog: every asset with its tags and where each tag came from; manual edits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session, selectinload

from enablement.catalog.tagging import (
    CLEARED,
    ORIGIN_RANK,
    REJECTABLE,
    REJECTED,
    TagRow,
    effective,
    live,
)
from enablement.catalog.taxonomy import Taxonomy, ensure_value
from enablement.errors import UserError
from enablement.store.index_queue import queue_for_index
from enablement.store.models import Asset, AssetTag

if TYPE_CHECKING:
    from enablement.library import Library

NONE_WORDS = {"none", "-"}


@dataclass(frozen=True)
class TagView:
    key: str
    label: str
    origin: str


@dataclass(frozen=True)
class AssetView:
    asset_id: int
    uuid: str
    title: str
    title_origin: str
    summary: str
    summary_origin: str
    source_name: str
    source_path: str | None
    format: str
    pages: int | None
    has_text: bool
    imported_at: datetime
    updated_at: datetime
    expires_on: date | None
    notes: str
    tags: dict[str, tuple[TagView, ...]]  # effective, per facet
    suggested: dict[str, tuple[TagView, ...]]  # from lower origins, not in effect

    def to_json(self) -> dict[str, object]:
        def tags(views: dict[str, tuple[TagView, ...]]) -> dict[str, list[dict[str, str]]]:
            return {
                facet: [{"value": t.key, "label": t.label, "origin": t.origin} for t in items]
                for facet, items in views.items()
            }

        return {
            "asset_id": self.asset_id, "uuid": self.uuid, "title": self.title,
            "title_origin": self.title_origin, "summary": self.summary,
            "summary_origin": self.summary_origin,
            "source_name": self.source_name, "source_path": self.source_path,
            "format": self.format, "pages": self.pages, "has_text": self.has_text,
            "imported_at": self.imported_at.isoformat(timespec="seconds"),
            "updated_at": self.updated_at.isoformat(timespec="seconds"),
            "expires_on": self.expires_on.isoformat() if self.expires_on else None,
            "notes": [n for n in self.notes.splitlines() if n],
            "tags": tags(self.tags), "other_candidates": tags(self.suggested),
        }


def _view(asset: Asset, taxonomy: Taxonomy) -> AssetView:
    rows = live(TagRow(t.facet, t.value_key, t.origin, t.score) for t in asset.tags)
    chosen = effective(rows)
    in_effect = {(r.facet, r.key) for rs in chosen.values() for r in rs}
    order = {name: i for i, name in enumerate(taxonomy.facet_names())}

    def views(selected: list[TagRow]) -> dict[str, tuple[TagView, ...]]:
        grouped: dict[str, list[TagView]] = {}
        for row in selected:
            grouped.setdefault(row.facet, []).append(
                TagView(row.key, taxonomy.label(row.facet, row.key), row.origin)
            )
        return {f: tuple(v) for f, v in sorted(grouped.items(), key=lambda i: order.get(i[0], 99))}

    best_other: dict[tuple[str, str], TagRow] = {}
    for row in rows:
        if (row.facet, row.key) in in_effect or row.key == CLEARED:
            continue
        current = best_other.get((row.facet, row.key))
        if current is None or ORIGIN_RANK[row.origin] > ORIGIN_RANK[current.origin]:
            best_other[(row.facet, row.key)] = row
    return AssetView(
        asset_id=asset.id, uuid=asset.uuid, title=asset.title, title_origin=asset.title_origin,
        summary=asset.summary, summary_origin=asset.summary_origin,
        source_name=asset.source_name, source_path=asset.source_path,
        format=asset.format, pages=asset.pages, has_text=asset.has_text,
        imported_at=asset.imported_at, updated_at=asset.updated_at,
        expires_on=asset.expires_on, notes=asset.notes or "",
        tags=views([r for rs in chosen.values() for r in rs]),
        suggested=views(list(best_other.values())),
    )


def list_assets(session: Session, taxonomy: Taxonomy) -> list[AssetView]:
    assets = session.scalars(
        select(Asset).order_by(Asset.title).options(selectinload(Asset.tags))
    )
    return [_view(asset, taxonomy) for asset in assets]


def find_asset(session: Session, reference: str) -> Asset:
    """An asset by id, uuid, file name or title (a unique part of one will do)."""
    reference = reference.strip()
    if reference.isdigit():
        asset = session.get(Asset, int(reference))
        if asset is not None:
            return asset
    exact = session.scalars(select(Asset).where(or_(
        Asset.uuid == reference,
        Asset.source_name == reference,
        Asset.title == reference,
    ))).all()
    if len(exact) == 1:
        return exact[0]
    pattern = f"%{reference}%"
    partial = exact or session.scalars(select(Asset).where(or_(
        Asset.title.ilike(pattern), Asset.source_name.ilike(pattern)
    ))).all()
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise UserError(f"No asset matches '{reference}'; see the list with the 'assets' command.")
    names = "; ".join(f"{a.id}: {a.title}" for a in partial[:8])
    raise UserError(f"'{reference}' matches {len(partial)} assets ({names}); give its id.")


def set_manual_tags(
    session: Session,
    taxonomy: Taxonomy,
    asset: Asset,
    values: dict[str, list[str]],
    reset: list[str] | None = None,
    title: str | None = None,
    summary: str | None = None,
) -> AssetView:
    """Replace the manual tags of the given facets; 'none' clears a facet on purpose.

    ``reset`` drops the manual tags of a facet, so file metadata and suggestions show again.
    """
    for facet in reset or []:
        taxonomy.facet(facet)
        session.execute(delete(AssetTag).where(
            AssetTag.asset_id == asset.id, AssetTag.facet == facet, AssetTag.origin == "manual"
        ))
    for facet, raw_values in values.items():
        spec = taxonomy.facet(facet)
        if len([v for v in raw_values if v.casefold() not in NONE_WORDS]) > 1 and not spec.multi:
            raise UserError(f"An asset has one {spec.label.lower()}; give one value.")
        keys: list[str] = []
        for raw in raw_values:
            if raw.strip().casefold() in NONE_WORDS:
                continue
            key = taxonomy.resolve(facet, raw)
            if key is None:
                if not spec.open:
                    taxonomy.resolve_or_explain(facet, raw)  # raises the readable error
                key = ensure_value(session, facet, raw)
            if key not in keys:
                keys.append(key)
        session.execute(delete(AssetTag).where(
            AssetTag.asset_id == asset.id, AssetTag.facet == facet, AssetTag.origin == "manual"
        ))
        for key in keys or [CLEARED]:
            session.add(AssetTag(asset_id=asset.id, facet=facet, value_key=key,
                                 origin="manual", score=1.0))
    set_text(asset, title, summary)
    asset.updated_at = datetime.now()
    session.flush()
    session.expire(asset, ["tags"])
    queue_for_index(session, [asset.id])
    return _view(asset, taxonomy)


def set_text(asset: Asset, title: str | None = None, summary: str | None = None) -> None:
    """A title or summary a person wrote: "manual", so no re-import replaces it. None
    leaves one as it is; a summary may be emptied, a title may not (lists show it)."""
    if title is not None:
        if not title.strip():
            raise UserError("A title cannot be empty.")
        asset.title, asset.title_origin = " ".join(title.split()), "manual"
    if summary is not None:
        asset.summary, asset.summary_origin = summary.strip(), "manual"


def edit_text(session: Session, taxonomy: Taxonomy, asset_id: int, title: str | None = None,
              summary: str | None = None) -> AssetView:
    """The title and/or summary of one asset set by hand, and queued for the index."""
    asset = session.get(Asset, asset_id, options=[selectinload(Asset.tags)])
    if asset is None:
        raise UserError(f"Asset {asset_id} is no longer in the library; search again.")
    set_text(asset, title, summary)
    asset.updated_at = datetime.now()
    session.flush()
    queue_for_index(session, [asset.id])
    return _view(asset, taxonomy)


def asset_view(session: Session, taxonomy: Taxonomy, asset_id: int) -> AssetView:
    asset = session.get(Asset, asset_id, options=[selectinload(Asset.tags)])
    if asset is None:
        raise UserError(f"Asset {asset_id} is no longer in the library; search again.")
    return _view(asset, taxonomy)


def confirm_tag(
    session: Session, taxonomy: Taxonomy, asset_id: int, facet: str, key: str
) -> AssetView:
    """Make a suggested value a confirmed (manual) one, keeping what is already in effect.

    A single-valued facet (kind) takes the value instead of adding it.
    """
    asset = session.get(Asset, asset_id, options=[selectinload(Asset.tags)])
    if asset is None:
        raise UserError(f"Asset {asset_id} is no longer in the library; search again.")
    current = _view(asset, taxonomy).tags.get(facet, ())
    keys = [key] if not taxonomy.facet(facet).multi else [t.key for t in current] + [key]
    return set_manual_tags(session, taxonomy, asset, {facet: list(dict.fromkeys(keys))})


@dataclass(frozen=True)
class BulkEdit:
    """Per facet: values to add and values to take away, on every selected asset.

    For a single-valued facet, ``add`` holds the one value to set.
    """

    add: dict[str, tuple[str, ...]]
    remove: dict[str, tuple[str, ...]]

    def facets(self) -> list[str]:
        return list(dict.fromkeys([*self.add, *self.remove]))


def bulk_edit_tags(
    session: Session, taxonomy: Taxonomy, asset_ids: list[int], edit: BulkEdit
) -> list[AssetView]:
    """Apply ``edit`` to each asset as manual tags, starting from what is in effect now.

    Taking away a value that a guess (a suggestion, the file's properties) gave is also
    that guess rejected, as in the review queue: the learner counts it as a "no", and it
    does not come back when the manual tags of the facet are reset or on re-import."""
    views: list[AssetView] = []
    assets = session.scalars(
        select(Asset).where(Asset.id.in_(asset_ids)).options(selectinload(Asset.tags))
    ).all()
    for asset in assets:
        current = _view(asset, taxonomy).tags
        values: dict[str, list[str]] = {}
        for facet in edit.facets():
            added = [taxonomy.resolve(facet, v) or v for v in edit.add.get(facet, ())]
            removed = {taxonomy.resolve(facet, v) or v for v in edit.remove.get(facet, ())}
            if taxonomy.facet(facet).multi:
                keys = [t.key for t in current.get(facet, ())] + added
            else:
                keys = added[:1] or [t.key for t in current.get(facet, ())]
            kept = [k for k in dict.fromkeys(keys) if k not in removed]
            values[facet] = kept or ["none"]
            _reject_guesses(session, asset, facet, removed)
        views.append(set_manual_tags(session, taxonomy, asset, values))
    return views


def _reject_guesses(session: Session, asset: Asset, facet: str, removed: set[str]) -> None:
    """A rejection row for each of ``removed`` that a guess gave ``asset``."""
    guessed = {tag.value_key for tag in asset.tags
               if tag.facet == facet and tag.origin in REJECTABLE and tag.value_key in removed}
    already = {tag.value_key for tag in asset.tags
               if tag.facet == facet and tag.origin == REJECTED}
    for key in sorted(guessed - already):
        session.add(AssetTag(asset_id=asset.id, facet=facet, value_key=key,
                             origin=REJECTED, score=1.0))


def retire(session: Session, asset_id: int) -> str:
    """Take an asset out of search (and, once published, out of every rep's library);
    its ratings and usage stay."""
    asset = session.get(Asset, asset_id)
    if asset is None:
        raise UserError(f"No asset {asset_id}.")
    if asset.retired_at is None:
        asset.retired_at = datetime.now()
    queue_for_index(session, [asset_id])
    return asset.title


def stored_path(library: Library, asset_id: int) -> Path:
    """The asset's file in the content store (for previews and "open in system app").

    Raises UserError when the asset or its stored copy is gone. Callers that open the file
    in another application should open a copy: the store is addressed by content.
    """
    with library.sessions() as session:
        asset = session.get(Asset, asset_id)
        if asset is None:
            raise UserError(f"Asset {asset_id} is no longer in the library; search again.")
        path = library.content.path_for(asset.sha256, f".{asset.file.extension.lstrip('.')}")
        name = asset.source_name
    if not path.is_file():
        raise UserError(f"The stored copy of {name} is missing from the library folder; "
                        "import the file again.")
    return path
