""""Prepare for a call": rank assets by how well their tags fit the call, and say why.

Score = the sum of the weights of the requested values an asset carries. Only its
*effective* tags count (manual > manifest = sidecar > properties > suggestion), so a value
a person removed by hand never brings an asset back. An objection answered weighs most,
because that is what a rep needs in the room; a competitor named is as telling; stage,
industry and persona narrow less. A tag that is only suggested from the text counts
``SUGGESTION_FACTOR`` of a confirmed one. Ties go to the kinds that usually serve the
chosen stage (a battlecard at decision, see ``KIND_STAGE_HINTS``), then to the title.

Quick on a 10k library: SQL picks the candidates (assets with a requested value at any
origin) with an upper bound of each one's score, then the best-bounded are scored exactly
from their effective tags, a chunk at a time, until no bound left can reach the list.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Row, case, func, select, tuple_
from sqlalchemy.orm import Session

from enablement.catalog.tagging import TagRow, effective
from enablement.catalog.taxonomy import Taxonomy
from enablement.catalog.taxonomy_defaults import KIND_STAGE_HINTS
from enablement.errors import UserError
from enablement.store.models import Asset, AssetTag

if TYPE_CHECKING:
    from enablement.library import Library

WEIGHTS = {"objection": 3.0, "competitor": 3.0, "stage": 2.0, "industry": 1.5, "persona": 1.0}
SUGGESTION_FACTOR = 0.7
# How reasons are listed (and said in ``why``): what the asset answers first.
REASON_ORDER = ("objection", "competitor", "stage", "industry", "persona")
# Roles within a broader persona: a call with the CFO is served by content for a finance
# team, and a call with "finance" by content for its CFO, controller or AP manager. The
# persona counts once however many of the family an asset carries.
PERSONA_FAMILIES = {"finance": ("cfo", "controller", "ap_manager")}
# Assets scored exactly per round trip (well under SQLite's limit on bound parameters).
CHUNK = 256


@dataclass(frozen=True)
class CallContext:
    """The call as a person described it: values are keys or labels, as typed."""

    stage: str | None = None
    objections: tuple[str, ...] = ()
    competitor: str | None = None
    industry: str | None = None
    persona: str | None = None

    def wanted(self) -> list[tuple[str, str]]:
        """(facet, raw value) pairs, blanks left out, in the order they were given."""
        pairs = [("stage", self.stage), *(("objection", o) for o in self.objections),
                 ("competitor", self.competitor), ("industry", self.industry),
                 ("persona", self.persona)]
        return [(facet, value.strip()) for facet, value in pairs if value and value.strip()]


@dataclass(frozen=True)
class Reason:
    """One requested value the asset carries, and where that tag came from."""

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
        """The reasons in plain words: "Answers Price / budget · vs Invoxa · Decision stage"."""
        parts: list[str] = []
        objections = [r.label for r in self.reasons if r.facet == "objection"]
        if objections:
            parts.append("Answers " + _and(objections))
        for reason in self.reasons:
            if reason.facet == "competitor":
                parts.append(f"vs {reason.label}")
            elif reason.facet == "stage":
                parts.append(f"{reason.label} stage")
            elif reason.facet in ("industry", "persona"):
                parts.append(f"for {reason.label}")
        text = " · ".join(parts)
        if any(r.origin == "suggestion" for r in self.reasons):
            text += " (some tags only suggested from the text)"
        return text

    def to_json(self) -> dict[str, object]:
        return {
            "asset_id": self.asset_id, "title": self.title, "kind": self.kind,
            "kind_label": self.kind_label, "source_name": self.source_name,
            "format": self.format, "score": round(self.score, 3), "why": self.why(),
            "matched": [{"facet": r.facet, "value": r.key, "label": r.label,
                         "origin": r.origin} for r in self.reasons],
        }


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _resolve(taxonomy: Taxonomy, facet: str, text: str) -> str:
    """The key ``text`` names; an unknown value is a UserError naming the field.

    Open fields (competitor, industry, persona) would accept any new value when tagging,
    but for a call a value no asset can carry is a typo worth saying.
    """
    key = taxonomy.resolve(facet, text)
    if key is not None:
        return key
    spec = taxonomy.facet(facet)
    if not spec.open:
        return taxonomy.resolve_or_explain(facet, text)  # raises the readable error
    known = ", ".join(v.label for v in spec.values)
    choices = f"use one of: {known}" if known else f"no asset has a {spec.label.lower()} yet"
    raise UserError(f"'{text}' is not a known {spec.label.lower()} in this library; {choices}.")


def recommend(library: Library, context: CallContext, limit: int = 20) -> list[Recommendation]:
    """The assets that best fit the call, best first; assets matching nothing are left out."""
    taxonomy = library.taxonomy()
    wanted = list(dict.fromkeys(
        (facet, _resolve(taxonomy, facet, value)) for facet, value in context.wanted()
    ))
    if not wanted:
        raise UserError("Pick at least a stage, an objection, a competitor or an industry.")
    wanted += _persona_family(taxonomy, wanted)
    if limit < 1:
        raise UserError("The limit must be 1 or more.")
    scorer = _Scorer(taxonomy, wanted)
    found: list[_Ranked] = []
    with library.sessions() as session:
        bounds = _upper_bounds(session, wanted)
        for start in range(0, len(bounds), CHUNK):
            if len(found) >= limit:
                found.sort(key=_rank)
                if bounds[start][1] < found[limit - 1][0]:
                    break  # no asset left can reach the list
                del found[limit:]
            chunk = [asset_id for asset_id, _bound in bounds[start:start + CHUNK]]
            found.extend(scorer.score(session, chunk))
    found.sort(key=_rank)
    return [item for *_key, item in found[:limit]]


# (score, 0 if the kind serves the stage else 1, folded title, the recommendation)
_Ranked = tuple[float, int, str, Recommendation]


def _persona_family(taxonomy: Taxonomy, wanted: list[tuple[str, str]]
                    ) -> list[tuple[str, str]]:
    """The persona's family members (or the family a role belongs to) in this taxonomy."""
    asked = [key for facet, key in wanted if facet == "persona"]
    known = {value.key for value in taxonomy.facet("persona").values} \
        if "persona" in taxonomy.facet_names() else set()
    extra: list[str] = []
    for key in asked:
        for family, roles in PERSONA_FAMILIES.items():
            if key == family:
                extra.extend(roles)
            elif key in roles:
                extra.append(family)
    return [("persona", key) for key in dict.fromkeys(extra)
            if key in known and ("persona", key) not in wanted]


def _rank(entry: _Ranked) -> tuple[float, int, str]:
    score, hint, title, _item = entry
    return -score, hint, title


def _upper_bounds(session: Session, wanted: list[tuple[str, str]]) -> list[tuple[int, float]]:
    """Per candidate asset, the score it would have if every match it has at any origin
    were in effect, at its best origin; best first. An asset's real score is never higher
    (a match in effect comes from one of those origins), so it can stop the search."""
    factor = case((AssetTag.origin == "suggestion", SUGGESTION_FACTOR), else_=1.0)
    pairs = (
        select(AssetTag.asset_id, AssetTag.facet, func.max(factor).label("factor"))
        .where(tuple_(AssetTag.facet, AssetTag.value_key).in_(wanted))
        .group_by(AssetTag.asset_id, AssetTag.facet, AssetTag.value_key)
        .subquery()
    )
    weight = case(WEIGHTS, value=pairs.c.facet, else_=0.0) * pairs.c.factor
    rows = session.execute(
        select(pairs.c.asset_id, func.sum(weight)).group_by(pairs.c.asset_id)
    ).all()
    return sorted(((asset_id, round(bound, 6)) for asset_id, bound in rows),
                  key=lambda row: -row[1])


class _Scorer:
    """Exact scores from the effective tags of a few assets at a time."""

    def __init__(self, taxonomy: Taxonomy, wanted: list[tuple[str, str]]) -> None:
        self.taxonomy = taxonomy
        self.position = {pair: i for i, pair in enumerate(wanted)}
        self.stage = next((key for facet, key in wanted if facet == "stage"), None)
        self.facets = sorted({facet for facet, _key in wanted} | {"kind"})

    def score(self, session: Session, asset_ids: list[int]) -> list[_Ranked]:
        tags: dict[int, list[TagRow]] = defaultdict(list)
        for asset_id, facet, key, origin, score in session.execute(
            select(AssetTag.asset_id, AssetTag.facet, AssetTag.value_key, AssetTag.origin,
                   AssetTag.score)
            .where(AssetTag.asset_id.in_(asset_ids), AssetTag.facet.in_(self.facets))
        ):
            tags[asset_id].append(TagRow(facet, key, origin, score))
        details = session.execute(
            select(Asset.id, Asset.title, Asset.source_name, Asset.format)
            .where(Asset.id.in_(asset_ids))
        ).all()
        ranked: list[_Ranked] = []
        for detail in details:
            item = self._recommendation(detail, effective(tags.get(detail.id, ())))
            if item is not None:
                serves = self.stage is not None and self.stage in KIND_STAGE_HINTS.get(
                    item.kind or "", ())
                ranked.append((item.score, 0 if serves else 1, item.title.casefold(), item))
        return ranked

    def _recommendation(self, detail: Row, chosen: dict[str, list[TagRow]]) -> (
            Recommendation | None):
        matched = [row for facet, rows in chosen.items() for row in rows
                   if (facet, row.key) in self.position]
        if not matched:
            return None
        matched.sort(key=lambda r: (REASON_ORDER.index(r.facet), self.position[(r.facet, r.key)]))
        best: dict[tuple[str, str], float] = {}
        for r in matched:
            # Every value of a facet counts, but a persona's family once (its best).
            slot = (r.facet, "" if r.facet == "persona" else r.key)
            points = WEIGHTS[r.facet] * (SUGGESTION_FACTOR if r.origin == "suggestion" else 1.0)
            best[slot] = max(best.get(slot, 0.0), points)
        score = sum(best.values())
        kind = chosen["kind"][0].key if chosen.get("kind") else None
        label = self.taxonomy.label
        return Recommendation(
            asset_id=detail.id, title=detail.title, kind=kind,
            kind_label=label("kind", kind) if kind else None,
            source_name=detail.source_name, format=detail.format, score=round(score, 6),
            reasons=tuple(Reason(r.facet, r.key, label(r.facet, r.key), r.origin)
                          for r in matched),
        )
