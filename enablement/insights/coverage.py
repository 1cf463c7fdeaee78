"""The coverage map: for each stage × objection, what reps meet against what the library
offers. The definition, as PRODUCT.md states it:

Coverage gap (stage × objection)
    Demand = times the objection was heard (field notes) plus searched (a search
    filtered on it, or whose words match the objection's label or phrases) at that
    stage; searches and notes that name no stage fall in the "stage not said" column.
    Supply = well-rated assets tagged with the objection and the stage (at least one
    vote and a Bayesian rating ≥ WELL_RATED). A cell is a *gap* when demand ≥
    GAP_MIN_DEMAND and supply is 0, and *thin* when there are more than THIN_RATIO
    demands per well-rated asset.

GAP_MIN_DEMAND and THIN_RATIO live in ``results``, beside ``CoverageCell.status`` which
applies them.
"""

from __future__ import annotations

import re

from sqlalchemy import Row

from enablement.catalog.taxonomy import Taxonomy
from enablement.insights.results import NO_STAGE, CoverageCell
from enablement.insights.scope import RowsFn, Scope
from enablement.insights.scorecard import AssetEvents, bayesian
from enablement.insights.search_health import Queries

WELL_RATED = 3.5         # Bayesian rating an asset needs to count as coverage

Demand = tuple[dict[tuple[str, str], int], dict[tuple[str, str], int]]  # heard, searched


def count_demand(rows: RowsFn, scope: Scope, taxonomy: Taxonomy, queries: Queries) -> Demand:
    """(stage, objection) -> times heard (field notes), and -> times searched."""
    heard: dict[tuple[str, str], int] = {}
    for stage, objection, count in rows(f"""
            SELECT stage, value_key, COUNT(*) FROM field_notes
            WHERE kind = 'objection' AND {scope.events()} GROUP BY stage, value_key"""):
        heard[(stage, objection)] = count
    searched = dict(queries.by_objection_filter)
    matcher = _ObjectionMatcher(taxonomy)
    for (query, stage), count in queries.typed_by_stage.items():
        for objection in matcher.objections(query):
            searched[(stage, objection)] = searched.get((stage, objection), 0) + count
    return heard, searched


def supply_rows(rows: RowsFn) -> list[Row]:
    """(asset, stage or '', objection) for each objection an asset answers, per stage."""
    return rows("""
        SELECT o.asset_id, COALESCE(s.value_key, ''), o.value_key
        FROM insight_tags o LEFT JOIN insight_tags s
             ON s.asset_id = o.asset_id AND s.facet = 'stage'
        WHERE o.facet = 'objection'""")


def coverage_cells(scope: Scope, taxonomy: Taxonomy, demand: Demand, supply: list[Row],
                   found: AssetEvents) -> list[CoverageCell]:
    """Every stage (the filter's, if any) plus "stage not said", × every objection."""
    heard, searched = demand
    tagged: dict[tuple[str, str], set[int]] = {}
    good: dict[tuple[str, str], set[int]] = {}
    well_rated = _well_rated_ids(found)
    for asset_id, stage, objection in supply:
        # The "stage not said" column counts each asset answering the objection once,
        # whatever stages it is tagged with.
        for column in (stage, NO_STAGE):
            tagged.setdefault((column, objection), set()).add(asset_id)
            if asset_id in well_rated:
                good.setdefault((column, objection), set()).add(asset_id)
    stages = [(v.key, v.label) for v in taxonomy.facet("stage").values
              if not scope.stage or v.key == scope.stage] + [(NO_STAGE, "Stage not said")]
    return [CoverageCell(
        stage=stage, stage_label=stage_label, objection=objection.key,
        objection_label=objection.label, heard=heard.get((stage, objection.key), 0),
        searched=searched.get((stage, objection.key), 0),
        well_rated_assets=len(good.get((stage, objection.key), ())),
        tagged_assets=len(tagged.get((stage, objection.key), ())))
        for stage, stage_label in stages for objection in taxonomy.facet("objection").values]


def _well_rated_ids(found: AssetEvents) -> set[int]:
    """Assets with at least one vote and a Bayesian rating of WELL_RATED or more."""
    return {asset_id for asset_id, (votes, total, _yes, _no) in found.ratings.items()
            if votes > 0 and bayesian(found.prior, votes, total) >= WELL_RATED}


class _ObjectionMatcher:
    """Which objections a typed query is about: the label's parts ("Price", "budget") and
    the taxonomy's strong phrases (weight ≥ 1.5), as whole words."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.patterns: list[tuple[str, re.Pattern[str]]] = []
        for value in taxonomy.facet("objection").values:
            words = {part.strip().lower() for part in value.label.split("/") if part.strip()}
            words |= {phrase.lower() for phrase, weight in value.phrases if weight >= 1.5}
            alternatives = "|".join(re.escape(word) for word in sorted(words, key=len,
                                                                        reverse=True))
            self.patterns.append((value.key, re.compile(rf"\b(?:{alternatives})\b")))

    def objections(self, query: str) -> list[str]:
        return [key for key, pattern in self.patterns if pattern.search(query)]
