"""The review queue: suggested tags waiting for a person's yes or no, and why each came.

An asset is in the queue while some facet of it holds suggestions nobody decided on: its
effective tags there come only from the suggestions, or a person accepted some of them
and the rest wait. A facet a person set by hand with other values, cleared, or that a
manifest, sidecar or the file's own properties name, is decided and left out.

Accepting makes the value a manual tag (the other confirmed values of the facet stay).
Rejecting stores a ``rejected`` row (see ``tagging``): the value leaves the effective
tags, the learner takes it as a counter-example, and no re-import or model brings it
back. "Why" is worked out when asked, from the asset's stored text: the taxonomy phrases
that matched and where, or the words a learned model weighed most.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import delete, select, tuple_
from sqlalchemy.orm import Session, selectinload

from enablement.catalog.assets import set_manual_tags
from enablement.catalog.document import Document, Source, layout_of
from enablement.catalog.kinds import shape_evidence
from enablement.catalog.learning import THRESHOLD, Learned
from enablement.catalog.suggestions import (
    OPENING_CHARS,
    OPENING_WEIGHT,
    SUMMARY_WEIGHT,
    TITLE_WEIGHT,
    Suggestion,
    _value_phrases,
    ngram_counts,
)
from enablement.catalog.tagging import CLEARED, REJECTED, TagRow, effective, live
from enablement.catalog.taxonomy import Taxonomy
from enablement.catalog.taxonomy_defaults import KIND_STAGE_HINTS
from enablement.errors import UserError
from enablement.formats import format_label
from enablement.store.index_queue import queue_for_index
from enablement.store.models import Asset, AssetTag

SETTLED_BY = ("manifest", "sidecar", "properties")  # a file says it: nothing to review
PLACES = (("title", TITLE_WEIGHT), ("summary", SUMMARY_WEIGHT), ("opening", OPENING_WEIGHT),
          ("text", 1.0))
MAX_REASONS = 4


@dataclass(frozen=True)
class Reason:
    """A phrase or word that argued for a suggestion."""

    text: str
    where: str    # "title", "summary", "opening", "text"; "learned" for a model's word
    count: int    # times found (0 for a learned word)
    weight: float

    def describe(self) -> str:
        if self.where == "learned":
            return self.text
        times = f" ×{self.count}" if self.count > 1 else ""
        place = {"opening": "the opening", "text": "the text"}.get(self.where, f"the {self.where}")
        return f"“{self.text}”{times} in {place}"


@dataclass(frozen=True)
class ReviewItem:
    asset_id: int
    title: str
    source_name: str
    facet: str
    facet_label: str
    key: str
    label: str
    confidence: float
    in_effect: bool            # False: another value of the facet was accepted meanwhile
    reasons: tuple[Reason, ...]
    note: str = ""             # why, when no phrase or word argued it (a format's guess)
    shape: str = ""            # what the file's layout or structure said ("a slide file")

    @property
    def why(self) -> str:
        phrases = [r.describe() for r in self.reasons if r.where != "learned"]
        words = [r.describe() for r in self.reasons if r.where == "learned"]
        parts = ["; ".join(phrases)] if phrases else []
        if self.shape:
            parts.append(self.shape)
        if words:
            parts.append("learned from tagged assets: " + ", ".join(words))
        return "; ".join(parts) or self.note or "no phrase found"

    def to_json(self) -> dict[str, object]:
        return {
            "asset_id": self.asset_id, "title": self.title, "source_name": self.source_name,
            "field": self.facet, "value": self.key, "label": self.label,
            "confidence": self.confidence, "in_effect": self.in_effect, "why": self.why,
            "reasons": [{"text": r.text, "where": r.where, "count": r.count,
                         "weight": r.weight} for r in self.reasons],
        }


@dataclass(frozen=True)
class ReviewQueue:
    items: tuple[ReviewItem, ...]
    assets: int   # assets waiting for review, all of them (``items`` may list fewer)

    @property
    def shown_assets(self) -> int:
        return len({item.asset_id for item in self.items})


# -- what waits ---------------------------------------------------------------------------

def pending(rows: Iterable[TagRow], taxonomy: Taxonomy) -> dict[str, list[TagRow]]:
    """Facet -> the suggestion rows waiting for a decision, best first."""
    by_facet: dict[str, list[TagRow]] = defaultdict(list)
    for row in live(rows):
        by_facet[row.facet].append(row)
    multi = {f.name: f.multi for f in taxonomy.facets}
    waiting: dict[str, list[TagRow]] = {}
    for facet, facet_rows in by_facet.items():
        if facet not in multi or any(r.origin in SETTLED_BY for r in facet_rows):
            continue
        suggested = {r.key: r for r in facet_rows if r.origin == "suggestion"}
        manual = {r.key for r in facet_rows if r.origin == "manual"}
        # Accepted values only (each was suggested), on a multi-valued facet: the rest wait.
        if manual and (not multi[facet] or CLEARED in manual or not manual <= set(suggested)):
            continue
        rows_left = [r for key, r in suggested.items() if key not in manual]
        if rows_left:
            waiting[facet] = sorted(rows_left, key=lambda r: (-r.score, r.key))
    return waiting


def _tag_rows(asset: Asset) -> list[TagRow]:
    return [TagRow(t.facet, t.value_key, t.origin, t.score) for t in asset.tags]


def queue(session: Session, taxonomy: Taxonomy, learned: Learned | None = None,
          limit: int | None = None, asset_ids: Sequence[int] | None = None) -> ReviewQueue:
    """Every suggestion waiting for review (on ``asset_ids`` only, when given), newest
    imports first; ``limit`` assets at most get their items (and reasons, which read the
    text) listed."""
    rows: dict[int, list[TagRow]] = defaultdict(list)
    query = (select(AssetTag.asset_id, AssetTag.facet, AssetTag.value_key, AssetTag.origin,
                    AssetTag.score)
             .join(Asset, Asset.id == AssetTag.asset_id).where(Asset.retired_at.is_(None)))
    if asset_ids is not None:
        query = query.where(AssetTag.asset_id.in_(list(asset_ids)))
    for asset_id, facet, key, origin, score in session.execute(query):
        rows[asset_id].append(TagRow(facet, key, origin, score))
    waiting = {asset_id: found for asset_id, asset_rows in rows.items()
               if (found := pending(asset_rows, taxonomy))}
    if not waiting:
        return ReviewQueue((), 0)
    ids = list(session.scalars(
        select(Asset.id).where(Asset.id.in_(list(waiting)))
        .order_by(Asset.imported_at.desc(), Asset.title, Asset.id)))
    shown = ids if limit is None else ids[:limit]
    order = {name: i for i, name in enumerate(taxonomy.facet_names())}
    items: list[ReviewItem] = []
    for start in range(0, len(shown), 200):
        assets = session.scalars(select(Asset).where(Asset.id.in_(shown[start:start + 200]))
                                 .options(selectinload(Asset.text), selectinload(Asset.tags)))
        by_id = {asset.id: asset for asset in assets}
        for asset_id in shown[start:start + 200]:
            asset = by_id[asset_id]
            in_effect = {(r.facet, r.key) for rs in effective(_tag_rows(asset)).values()
                         for r in rs}
            reasons = Reasons(asset, learned)
            for facet in sorted(waiting[asset_id], key=lambda f: order.get(f, 99)):
                for row in waiting[asset_id][facet]:
                    items.append(ReviewItem(
                        asset_id=asset.id, title=asset.title, source_name=asset.source_name,
                        facet=facet, facet_label=taxonomy.facet(facet).label, key=row.key,
                        label=taxonomy.label(facet, row.key),
                        confidence=round(min(row.score, 1.0), 2),  # (competitors say 3)
                        in_effect=(facet, row.key) in in_effect,
                        reasons=reasons.why(taxonomy, facet, row.key),
                        note=reasons.note(taxonomy, facet, row.key),
                        shape=reasons.shape(facet, row.key)))
    return ReviewQueue(tuple(items), len(ids))


# -- why ----------------------------------------------------------------------------------

class Reasons:
    """The phrases (and learned words) that argue for values on one asset; its text is
    cut into phrases once, however many of its suggestions are explained."""

    def __init__(self, asset: Asset, learned: Learned | None) -> None:
        self._asset = asset
        self._learned = learned
        self._places: list[tuple[str, object, float]] | None = None
        self._body = asset.text.body if asset.text is not None else ""
        self._likely: set[tuple[str, str]] | None = None
        self._shapes: dict[str, str] | None = None

    def _argued_by_model(self, facet: str, key: str) -> bool:
        """Whether the model is sure enough of this value to have suggested it."""
        if self._learned is None:
            return False
        if self._likely is None:
            found = self._learned.probabilities(self._asset.title, self._asset.summary or "",
                                                self._body)
            self._likely = {(name, value) for name, pairs in found.items()
                            for value, p in pairs if p >= THRESHOLD}
        return (facet, key) in self._likely

    def _counted(self) -> list[tuple[str, object, float]]:
        if self._places is None:
            body = self._body.casefold()
            texts = (self._asset.title.casefold(), (self._asset.summary or "").casefold(),
                     body[:OPENING_CHARS], body[OPENING_CHARS:])
            self._places = [(name, ngram_counts(text), weight)
                            for (name, weight), text in zip(PLACES, texts, strict=True)]
        return self._places

    def why(self, taxonomy: Taxonomy, facet: str, key: str) -> tuple[Reason, ...]:
        value = next((v for v in taxonomy.facet(facet).values if v.key == key), None)
        found: list[Reason] = []
        if value is not None:
            for tokens, weight in _value_phrases(value):
                for name, counts, place_weight in self._counted():
                    hits = counts.get(tokens, 0)  # type: ignore[attr-defined]
                    if hits:
                        found.append(Reason(" ".join(tokens), name, hits, round(
                            weight * place_weight * (1 + math.log2(hits)), 2)))
        found.sort(key=lambda r: -r.weight)
        phrases = _one_per_phrase(found)[:MAX_REASONS]
        words: list[Reason] = []
        if self._learned is not None and self._argued_by_model(facet, key):
            words = [Reason(word, "learned", 0, weight) for word, weight in self._learned.words(
                facet, key, self._asset.title, self._asset.summary or "", self._body)]
        return tuple(phrases + words)

    def shape(self, facet: str, key: str) -> str:
        """What the file's layout or structure says for a kind ("a slide file (12
        slides)", "a subject line or a greeting like an email's"), from what is stored."""
        if facet != "kind":
            return ""
        if self._shapes is None:
            asset = self._asset
            slides = asset.pages if layout_of(asset.format) == "slides" else None
            source = replace(Source.of(asset.source_path or asset.source_name, None),
                             format=asset.format, pages=asset.pages, slides=slides)
            document = Document(asset.title, asset.summary or "", self._body, source)
            self._shapes = {kind: why for kind, (_points, why)
                            in shape_evidence(document).items()}
        return self._shapes.get(key, "")

    def note(self, taxonomy: Taxonomy, facet: str, key: str) -> str:
        """What stands in for reasons when no phrase argued: the import's weak hints."""
        if facet == "kind":
            return f"a guess from the file's format ({format_label(self._asset.format)})"
        kinds = [t.value_key for t in self._asset.tags if t.facet == "kind"]
        for kind in kinds:
            if key in KIND_STAGE_HINTS.get(kind, ()):
                return f"the usual stage for a {taxonomy.label('kind', kind).lower()}"
        return ""


def _one_per_phrase(reasons: list[Reason]) -> list[Reason]:
    """A phrase found in the title and the text is named once, where it weighs most."""
    seen: set[str] = set()
    kept: list[Reason] = []
    for reason in reasons:
        if reason.text not in seen:
            seen.add(reason.text)
            kept.append(reason)
    return kept


# -- deciding -----------------------------------------------------------------------------

def _chosen(taxonomy: Taxonomy, asset: Asset, facet: str | None, key: str | None
            ) -> dict[str, list[TagRow]]:
    """The waiting suggestions of ``asset`` that ``facet`` and ``key`` pick."""
    waiting = pending(_tag_rows(asset), taxonomy)
    if facet is not None:
        waiting = {facet: waiting[facet]} if facet in waiting else {}
    if key is not None:
        waiting = {f: [r for r in rs if r.key == key] for f, rs in waiting.items()}
    return {f: rs for f, rs in waiting.items() if rs}


def _resolve(taxonomy: Taxonomy, facet: str | None, key: str | None
             ) -> tuple[str | None, str | None]:
    if facet is None:
        if key is not None:
            raise UserError("Name the field of the value too, for example: objection price.")
        return None, None
    taxonomy.facet(facet)  # an unknown field is the user's mistake: say which exist
    return facet, (taxonomy.resolve(facet, key) or key) if key is not None else None


def _assets(session: Session, asset_ids: Sequence[int]) -> list[Asset]:
    found = session.scalars(select(Asset).where(Asset.id.in_(list(asset_ids)))
                            .options(selectinload(Asset.tags))).all()
    missing = set(asset_ids) - {a.id for a in found}
    if missing:
        raise UserError(f"Asset {min(missing)} is no longer in the library; list the queue "
                        "again.")
    return list(found)


def accept(session: Session, taxonomy: Taxonomy, asset_ids: Sequence[int],
           facet: str | None = None, key: str | None = None) -> list[int]:
    """Make the chosen waiting suggestions manual tags; the assets that changed."""
    facet, key = _resolve(taxonomy, facet, key)
    changed: list[int] = []
    for asset in _assets(session, asset_ids):
        chosen = _chosen(taxonomy, asset, facet, key)
        if not chosen:
            continue
        values: dict[str, list[str]] = {}
        for name, rows in chosen.items():
            manual = [t.value_key for t in asset.tags
                      if t.facet == name and t.origin == "manual" and t.value_key != CLEARED]
            if taxonomy.facet(name).multi:
                values[name] = list(dict.fromkeys([*manual, *(r.key for r in rows)]))
            else:
                values[name] = [rows[0].key]  # one value: the likeliest of those chosen
        session.execute(delete(AssetTag).where(
            AssetTag.asset_id == asset.id, AssetTag.origin == REJECTED,
            tuple_(AssetTag.facet, AssetTag.value_key).in_(
                [(f, k) for f, keys in values.items() for k in keys])))
        set_manual_tags(session, taxonomy, asset, values)
        changed.append(asset.id)
    return changed


def reject(session: Session, taxonomy: Taxonomy, asset_ids: Sequence[int],
           facet: str | None = None, key: str | None = None) -> list[int]:
    """Store a rejection for each chosen waiting suggestion; the assets that changed."""
    facet, key = _resolve(taxonomy, facet, key)
    changed: list[int] = []
    now = datetime.now()
    for asset in _assets(session, asset_ids):
        chosen = _chosen(taxonomy, asset, facet, key)
        if not chosen:
            continue
        pairs = [(name, row.key) for name, rows in chosen.items() for row in rows]
        session.execute(delete(AssetTag).where(
            AssetTag.asset_id == asset.id, AssetTag.origin.in_(("suggestion", REJECTED)),
            tuple_(AssetTag.facet, AssetTag.value_key).in_(pairs)))
        session.add_all(AssetTag(asset_id=asset.id, facet=name, value_key=value,
                                 origin=REJECTED, score=1.0) for name, value in pairs)
        asset.updated_at = now
        changed.append(asset.id)
    session.flush()
    queue_for_index(session, changed)
    return changed


# -- keeping rejections rejected ----------------------------------------------------------

def rejected_pairs(session: Session, asset_id: int) -> set[tuple[str, str]]:
    return {(facet, key) for facet, key in session.execute(
        select(AssetTag.facet, AssetTag.value_key)
        .where(AssetTag.asset_id == asset_id, AssetTag.origin == REJECTED))}


def without_rejected(session: Session, asset_id: int | None,
                     suggestions: Sequence[Suggestion]) -> list[Suggestion]:
    """``suggestions`` less what a person rejected on this asset."""
    if asset_id is None or not suggestions:
        return list(suggestions)
    rejected = rejected_pairs(session, asset_id)
    return [s for s in suggestions if (s.facet, s.key) not in rejected]


def drop_rejected(session: Session, asset_ids: Sequence[int]) -> list[int]:
    """Delete suggestions made again of values rejected on these assets (a competitor
    found anew, a format's guess); the assets whose rows changed, queued for the index."""
    changed: set[int] = set()
    for start in range(0, len(asset_ids), 500):
        chunk = list(asset_ids[start:start + 500])
        rejected = [tuple(row) for row in session.execute(
            select(AssetTag.asset_id, AssetTag.facet, AssetTag.value_key)
            .where(AssetTag.asset_id.in_(chunk), AssetTag.origin == REJECTED))]
        if not rejected:
            continue
        again = [tuple(row) for row in session.execute(
            select(AssetTag.asset_id, AssetTag.facet, AssetTag.value_key)
            .where(AssetTag.origin == "suggestion",
                   tuple_(AssetTag.asset_id, AssetTag.facet, AssetTag.value_key)
                   .in_(rejected)))]
        if again:
            session.execute(delete(AssetTag).where(
                AssetTag.origin == "suggestion",
                tuple_(AssetTag.asset_id, AssetTag.facet, AssetTag.value_key).in_(again)))
            changed.update(asset_id for asset_id, _f, _k in again)
    queue_for_index(session, sorted(changed))
    return sorted(changed)
