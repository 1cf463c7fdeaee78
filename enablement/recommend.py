""""Prepare for a call": rank assets by how well their tags fit the call, and say why.

Score = the sum of the weights of the requested values an asset carries (only its
*effective* tags count: manual > manifest = sidecar > properties > suggestion). An
objection answered weighs most, because that is what a rep needs in the room; a tag that
is only a suggestion from the text counts ``SUGGESTION_FACTOR`` of a confirmed one. Ties
go to the kinds that usually serve that stage (a battlecard at decision), then by title.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, tuple_
from sqlalchemy.orm import selectinload

from enablement.errors import UserError
from enablement.library import Library
from enablement.models import Asset, AssetTag
from enablement.tagging import TagRow, effective
from enablement.taxonomy_defaults import KIND_STAGE_HINTS

WEIGHTS = {"objection": 3.0, "competitor": 3.0, "stage": 2.0, "industry": 1.5, "persona": 1.0}
SUGGESTION_FACTOR = 0.7
KIND_HINT_BONUS = 0.25


@dataclass(frozen=True)
class CallContext:
    stage: str | None = None
    objections: tuple[str, ...] = ()
    competitor: str | None = None
    industry: str | None = None
    persona: str | None = None

    def wanted(self) -> list[tuple[str, str]]:
        pairs = [("stage", self.stage), *(("objection", o) for o in self.objections),
                 ("competitor", self.competitor), ("industry", self.industry),
                 ("persona", self.persona)]
        return [(facet, value) for facet, value in pairs if value and value.strip()]


@dataclass(frozen=True)
class Reason:
    facet: str
    key: str
    label: str
    origin: str


@dataclass(frozen=True)
class Recommendation:
    asset_id: int
    title: str
    kind: str | None
    kind_label: str | None
    source_name: str
    format: str
    score: float
    reasons: tuple[Reason, ...]

    def why(self) -> str:
        objections = [r.label for r in self.reasons if r.facet == "objection"]
        parts = []
        if objections:
            parts.append("answers " + " and ".join(objections))
        for reason in self.reasons:
            if reason.facet == "stage":
                parts.append(f"{reason.label} stage")
            elif reason.facet == "competitor":
                parts.append(f"vs {reason.label}")
            elif reason.facet in ("industry", "persona"):
                parts.append(f"for {reason.label}")
        unsure = any(r.origin == "suggestion" for r in self.reasons)
        if parts and parts[0].startswith("answers"):
            parts[0] = "A" + parts[0][1:]
        text = " · ".join(parts)
        return text + (" (some tags only suggested from the text)" if unsure else "")

    def to_json(self) -> dict[str, object]:
        return {
            "asset_id": self.asset_id, "title": self.title, "kind": self.kind,
            "source_name": self.source_name, "format": self.format,
            "score": round(self.score, 3), "why": self.why(),
            "matched": [{"facet": r.facet, "value": r.key, "label": r.label,
                         "origin": r.origin} for r in self.reasons],
        }


def recommend(library: Library, context: CallContext, limit: int = 20) -> list[Recommendation]:
    taxonomy = library.taxonomy()
    wanted = [(facet, taxonomy.resolve_or_explain(facet, value))
              for facet, value in context.wanted()]
    if not wanted:
        raise UserError("Pick at least a stage, an objection, a competitor or an industry.")
    if limit < 1:
        raise UserError("The limit must be 1 or more.")
    wanted_set = set(wanted)
    with library.sessions() as session:
        candidates = set(session.scalars(
            select(AssetTag.asset_id).where(
                tuple_(AssetTag.facet, AssetTag.value_key).in_(list(wanted_set)))
        ))
        if not candidates:
            return []
        assets = session.scalars(
            select(Asset).where(Asset.id.in_(candidates)).options(selectinload(Asset.tags))
        ).all()
        found: list[Recommendation] = []
        for asset in assets:
            chosen = effective(TagRow(t.facet, t.value_key, t.origin, t.score)
                               for t in asset.tags)
            reasons: list[Reason] = []
            score = 0.0
            for facet, rows in chosen.items():
                for row in rows:
                    if (facet, row.key) in wanted_set:
                        weight = WEIGHTS.get(facet, 1.0)
                        if row.origin == "suggestion":
                            weight *= SUGGESTION_FACTOR
                        score += weight
                        reasons.append(Reason(facet, row.key, taxonomy.label(facet, row.key),
                                              row.origin))
            if not reasons:
                continue
            kind = chosen["kind"][0].key if chosen.get("kind") else None
            if context.stage and kind and any(
                    taxonomy.resolve("stage", context.stage) == s
                    for s in KIND_STAGE_HINTS.get(kind, ())):
                score += KIND_HINT_BONUS
            order = list(WEIGHTS)
            reasons.sort(key=lambda r: order.index(r.facet) if r.facet in order else 99)
            found.append(Recommendation(
                asset_id=asset.id, title=asset.title, kind=kind,
                kind_label=taxonomy.label("kind", kind) if kind else None,
                source_name=asset.source_name, format=asset.format, score=score,
                reasons=tuple(reasons),
            ))
    found.sort(key=lambda r: (-r.score, r.title.casefold()))
    return found[:limit]
