"""Search as a service: taxonomy-checked filters in, hits with their tags out."""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from sqlalchemy import select

from enablement.catalog.tagging import TagRow, effective_keys
from enablement.catalog.taxonomy import Taxonomy
from enablement.changes import Changes
from enablement.errors import UserError
from enablement.feedback.ratings import NEUTRAL_MEAN, RatingSummary, summaries, unrated
from enablement.search.concepts import named_tags
from enablement.search.ranking import BLEND_POOL, blended
from enablement.store.models import Asset, AssetTag
from index import FACET_FIELDS, SearchQuery
from index.records import Snippet
from index.words import WORD

if TYPE_CHECKING:
    from collections.abc import Callable

    from enablement.library import Library
    from enablement.search.preview import Preview
    from enablement.search.recommend import CallContext, Recommendation

log = logging.getLogger(__name__)

SORTS = ("relevance", "rating", "newest", "title")
# A search is a few words a rep types. Longer text (a pasted email, a 1 MB file) is cut
# to its first words, and the response says so: the spelling path costs tens of
# milliseconds per unknown word, so a thousand of them took 43 s.
MAX_QUERY_WORDS = 32
MAX_QUERY_CHARS = 400
QUERY_WORD = re.compile(r"\S+")
# Sorting by rating reorders this many of the most relevant matches (all of them when
# fewer match): a five-star asset about something else should not top a search.
RATING_POOL = 500


@dataclass(frozen=True)
class SearchRequest:
    text: str = ""
    # facet -> values as a person typed them (key or label); checked against the taxonomy.
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    limit: int = 20
    sort: str = "relevance"
    prefix_last: bool = False  # as you type: the last word may be unfinished
    highlight_first: int = 0  # highlight matches in the first N hits only (0: all)


@dataclass(frozen=True)
class AssetHit:
    asset_id: int
    title: str
    kind: str | None
    source_name: str
    format: str
    score: float
    snippet: Snippet
    tags: dict[str, tuple[str, ...]]
    rating: RatingSummary = field(default_factory=lambda: unrated(NEUTRAL_MEAN))
    partial: bool = False  # a near miss: some of the words, not enough to count

    def snippet_html(self) -> str:
        return "".join(
            f"<b>{html.escape(text)}</b>" if match else html.escape(text)
            for text, match in self.snippet
        )

    def to_json(self) -> dict[str, object]:
        return {
            "asset_id": self.asset_id,
            "title": self.title,
            "kind": self.kind,
            "source_name": self.source_name,
            "format": self.format,
            "score": round(self.score, 4),
            "rating": round(self.rating.bayesian, 2),
            "rating_votes": self.rating.votes,
            "snippet": self.snippet_html(),
            "stage": list(self.tags.get("stage", ())),
            "objections": list(self.tags.get("objection", ())),
            "competitor": list(self.tags.get("competitor", ())),
            "industry": list(self.tags.get("industry", ())),
            "persona": list(self.tags.get("persona", ())),
            "partial": self.partial,
        }


@dataclass(frozen=True)
class SearchResponse:
    request: SearchRequest
    total: int
    hits: tuple[AssetHit, ...]
    facets: dict[str, dict[str, int]]
    corrected: str | None
    relaxed: bool
    fuzzy: bool
    notice: str = ""  # something the person should know about how the search ran
    # No asset matches the words well (index.coverage): the hits are near misses, and
    # the search counts as one that found nothing (``found``).
    partial: bool = False

    @property
    def found(self) -> int:
        """What the search log records as the number found: 0 for a partial search."""
        return 0 if self.partial else self.total

    def to_json(self) -> dict[str, object]:
        return {
            "query": self.request.text,
            "total": self.total,
            "partial": self.partial,
            "corrected": self.corrected,
            "relaxed": self.relaxed,
            "notice": self.notice or None,
            "hits": [hit.to_json() for hit in self.hits],
            "facets": self.facets,
        }


def summary_snippet(summary: str, limit: int = 220) -> Snippet:
    """A plain snippet from the summary, for hits the index did not highlight."""
    text = " ".join((summary or "").split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    return ((text, False),) if text else ()


def resolve_filters(
    taxonomy: Taxonomy, filters: dict[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """Map what a person typed to value keys; unknown values of closed facets are errors."""
    resolved: dict[str, tuple[str, ...]] = {}
    for facet, values in filters.items():
        if facet not in FACET_FIELDS:
            taxonomy.facet(facet)  # raises with the list of fields
        keys = tuple(dict.fromkeys(taxonomy.resolve_or_explain(facet, v) for v in values))
        if keys:
            resolved[facet] = keys
    return resolved


def capped_text(text: str) -> tuple[str, str]:
    """The words of ``text`` a search uses, and a notice when some were left out."""
    words = QUERY_WORD.findall(text)
    kept = " ".join(words[:MAX_QUERY_WORDS])
    if len(kept) > MAX_QUERY_CHARS:
        kept = kept[:MAX_QUERY_CHARS].rsplit(" ", 1)[0] or kept[:MAX_QUERY_CHARS]
    if len(kept) >= len(" ".join(words)):
        return text, ""
    used = len(QUERY_WORD.findall(kept))
    if used < len(words):
        cut = f"the first {used} of {len(words):,} words"
    else:
        cut = f"the first {len(kept)} of {len(' '.join(words)):,} characters"
    return kept, f"Searched for {cut}; a search works best with a few words that matter."


def run_search(library: Library, request: SearchRequest) -> SearchResponse:
    """Run ``request`` against ``library``'s index and describe each hit from the database.

    A failure inside the index (not the request's fault) raises ``IndexRepairing`` with
    a plain message, and the library rebuilds its index in the background."""
    if request.sort not in SORTS:
        raise UserError(f"Unknown sort '{request.sort}'; use one of: {', '.join(SORTS)}.")
    if request.limit < 1:
        raise UserError("The limit must be 1 or more.")
    text, notice = capped_text(request.text)
    if notice:
        request = replace(request, text=text)
    response = _run(library, request)
    return replace(response, notice=notice) if notice else response


def _run(library: Library, request: SearchRequest) -> SearchResponse:
    taxonomy = library.taxonomy()
    by_rating = request.sort == "rating"
    blending = request.sort == "relevance" and bool(request.text.strip())
    pool = (max(request.limit, RATING_POOL) if by_rating
            else max(request.limit, BLEND_POOL) if blending else request.limit)
    named = named_tags(taxonomy, request.text, keep_last=request.prefix_last)
    index_query = SearchQuery(
        text=named.text, concepts=named.concepts,
        filters=resolve_filters(taxonomy, request.filters),
        limit=pool,
        sort=("relevance" if request.text.strip() else "newest") if by_rating
        else request.sort,
        prefix_last=request.prefix_last,
        highlight_first=request.highlight_first,
        # A pool reordered here is highlighted once its shown rows are known (below);
        # sorted by rating, rows show their summaries.
        snippets=not (by_rating or blending),
    )
    if library.repair.active():
        raise library.repair.busy()
    try:
        results = library.searcher.search(index_query)
    except Exception as exc:
        raise library.repair.trouble(exc) from exc
    with library.sessions() as session:
        ratings, prior = summaries(session, [hit.asset_id for hit in results.hits])
    ranked = list(results.hits)
    if by_rating:
        # Best rated first; among equals (the unrated ones), the index's own order.
        order = {hit.asset_id: n for n, hit in enumerate(ranked)}
        ranked.sort(key=lambda hit: (-ratings.get(hit.asset_id, unrated(prior)).bayesian,
                                     order[hit.asset_id]))
        ranked = ranked[:request.limit]
    elif blending and ratings:
        # Relevance nudged by proven effectiveness (see enablement.search.ranking).
        scores = {hit.asset_id: blended(hit.score, ratings.get(hit.asset_id, unrated(prior)),
                                        prior) for hit in ranked}
        ranked.sort(key=lambda hit: -scores[hit.asset_id])
        ranked = ranked[:request.limit]
    else:
        ranked = ranked[:request.limit]
    ids = [hit.asset_id for hit in ranked]
    if blending:
        marked = ids[:request.highlight_first] if request.highlight_first else ids
        try:
            highlights = library.searcher.highlight(results.terms, marked)
        except Exception as exc:
            raise library.repair.trouble(exc) from exc
        ranked = [replace(hit, snippet=highlights.get(hit.asset_id, ())) for hit in ranked]
    # Plain rows, not ORM objects: this runs on every keystroke, and building ~800
    # tracked instances per page of results cost more than the search itself.
    with library.sessions() as session:
        facts = {row.id: row for row in session.execute(
            select(Asset.id, Asset.title, Asset.source_name, Asset.format, Asset.summary)
            .where(Asset.id.in_(ids)))}
        tag_rows: dict[int, list[TagRow]] = {}
        for row in session.execute(
            select(AssetTag.asset_id, AssetTag.facet, AssetTag.value_key, AssetTag.origin,
                   AssetTag.score).where(AssetTag.asset_id.in_(ids))
        ):
            tag_rows.setdefault(row.asset_id, []).append(
                TagRow(row.facet, row.value_key, row.origin, row.score))
    hits = []
    for hit in ranked:
        asset = facts.get(hit.asset_id)
        if asset is None:  # removed since the index was written
            continue
        tags = effective_keys(tag_rows.get(hit.asset_id, []))
        hits.append(AssetHit(
            asset_id=asset.id, title=asset.title,
            kind=(tags.get("kind") or [None])[0], source_name=asset.source_name,
            format=asset.format, score=hit.score,
            snippet=hit.snippet or summary_snippet(asset.summary),
            tags={facet: tuple(keys) for facet, keys in tags.items()},
            rating=ratings.get(hit.asset_id, unrated(prior)), partial=hit.partial,
        ))
    corrected = results.corrected
    if corrected is not None and named.concepts:
        corrected = _respelled(request.text, named.text, corrected)
    return SearchResponse(
        request=request, total=results.total, hits=tuple(hits), facets=results.facets,
        corrected=corrected, relaxed=results.relaxed, fuzzy=results.fuzzy,
        partial=results.partial,
    )


def _respelled(typed: str, searched: str, corrected: str) -> str:
    """The whole query as typed with the index's corrections of the words it searched
    (the words that named tags were not sent, and are known words anyway)."""
    fixes = {old.casefold(): new for old, new in
             zip(WORD.findall(searched), WORD.findall(corrected), strict=False)
             if old.casefold() != new.casefold()}
    return WORD.sub(lambda m: fixes.get(m.group().casefold(), m.group()), typed)


@dataclass(frozen=True)
class AssetPreview:
    preview: Preview
    text: str  # the extracted text, for a PDF the window cannot render


class SearchService:
    """Search, recommendations, previews and the search log: ``library.search``."""

    def __init__(self, library: Library) -> None:
        self._library = library

    def search(self, request: SearchRequest) -> SearchResponse:
        return run_search(self._library, request)

    def recommend(self, context: CallContext, limit: int = 20) -> list[Recommendation]:
        from enablement.search.recommend import recommend

        return recommend(self._library, context, limit)

    def preview(self, asset_id: int) -> AssetPreview:
        from enablement.search.preview import load_preview

        preview = load_preview(self._library, asset_id)
        with self._library.sessions() as session:
            asset = session.get(Asset, asset_id)
            pdf = asset is not None and asset.format == "pdf"
            # A PDF's text too, for when its pages will not render.
            text = asset.text.body if pdf and asset.text else ""
        return AssetPreview(preview, text)

    def log(self, user_name: str, request: SearchRequest, result_count: int,
            best_effort: bool = False) -> tuple[str | None, Changes]:
        """Keep a settled search for marketing's search health; returns its id. With
        ``best_effort``, a search that cannot be logged (a full disk, a read-only
        library) gives None and is still the person's answer."""
        from sqlalchemy.exc import SQLAlchemyError

        from enablement.search import search_log
        from enablement.store.disk import DiskFull

        filters = {facet: list(values) for facet, values in request.filters.items()}
        try:
            with self._library.sessions.begin() as session:
                search_id = search_log.record(session, user_name, request.text, filters,
                                              request.sort, result_count)
        except (SQLAlchemyError, DiskFull) as exc:
            if not best_effort:
                raise
            log.warning("The search was not logged: %s", exc)
            return None, Changes()
        return search_id, self._library.changed(Changes(events=True))

    def catch_up(self) -> bool:
        """Write what the index still lacks (edits a crash left queued), never waiting
        for another process writing it; False on a full disk."""
        return self._library.index_soon(wait=0)

    def reindex(self, procs: int = 1) -> int:
        return self._library.reindex(procs)

    def read_ahead(self, stop: Callable[[], bool] | None = None) -> int:
        """Read what the first searches would pay for (see IndexSearcher.warm)."""
        return self._library.searcher.warm(stop=stop)

    def wait_for_repair(self, timeout: float | None = None) -> bool:
        """Wait for a rebuild of a damaged index; True when none is left running."""
        return self._library.repair.wait(timeout)
