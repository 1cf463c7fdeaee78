"""What the window shows, made from the core's results: result rows and the asset pane's
data. Plain functions over ``library.<service>`` calls, run on worker threads; nothing
here touches a widget or the database directly."""

from __future__ import annotations

from dataclasses import dataclass

from enablement.api import (
    AssetFeedback,
    AssetHit,
    AssetPreview,
    AssetView,
    CallContext,
    Library,
    SearchResponse,
    Taxonomy,
    format_label,
    opens_as_calculator,
)
from ui.results import ResultRow

TAG_LINE_FACETS = ("stage", "objection", "competitor", "industry")


def tag_line(taxonomy: Taxonomy, tags: dict[str, tuple[str, ...]]) -> str:
    parts: list[str] = []
    for facet in TAG_LINE_FACETS:
        labels = [taxonomy.label(facet, key) for key in tags.get(facet, ())]
        if facet == "competitor":
            labels = [f"vs {label}" for label in labels]
        parts.extend(labels)
    return " · ".join(parts)


def meta_line(taxonomy: Taxonomy, kind: str | None, fmt: str, source_name: str) -> str:
    kind_label = taxonomy.label("kind", kind) if kind else "No kind"
    return f"{kind_label} · {format_label(fmt)} · {source_name}"


def rating_text(votes: int, mean: float | None) -> str:
    if not votes or mean is None:
        return ""
    return f"★ {mean:.1f} ({votes} rating{'s' if votes != 1 else ''})"


def hit_row(taxonomy: Taxonomy, hit: AssetHit, mark_partial: bool = True) -> ResultRow:
    """``mark_partial``: say "Partial match" on a near miss (not when the whole list is
    near misses: the notice above it says so)."""
    stars = rating_text(hit.rating.votes, hit.rating.mean)
    return ResultRow(
        asset_id=hit.asset_id, title=hit.title,
        meta=("Partial match · " if hit.partial and mark_partial else "")
        + meta_line(taxonomy, hit.kind, hit.format, hit.source_name)
        + (f" · {stars}" if stars else ""), partial=hit.partial,
        tags=tag_line(taxonomy, hit.tags), snippet_html=hit.snippet_html(),
        calculator=opens_as_calculator(hit.format),
    )


def search_rows(library: Library, response: SearchResponse) -> list[ResultRow]:
    taxonomy = library.catalog.taxonomy()
    return [hit_row(taxonomy, hit, mark_partial=not response.partial) for hit in response.hits]


def recommendation_rows(library: Library, context: CallContext,
                        limit: int = 50) -> list[ResultRow]:
    taxonomy = library.catalog.taxonomy()
    return [
        ResultRow(asset_id=r.asset_id, title=r.title,
                  meta=meta_line(taxonomy, r.kind, r.format, r.source_name),
                  tags="", snippet_html="", why=f"Why: {r.why()}",
                  calculator=opens_as_calculator(r.format))
        for r in library.search.recommend(context, limit)
    ]


@dataclass(frozen=True)
class Detail:
    """Everything the asset pane shows of one asset."""

    view: AssetView
    preview: AssetPreview
    feedback: AssetFeedback


def load_detail(library: Library, asset_id: int, user_name: str = "") -> Detail:
    return Detail(library.catalog.asset(asset_id), library.search.preview(asset_id),
                  library.feedback.asset_feedback(asset_id, user_name))
