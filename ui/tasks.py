"""The work the window sends to worker threads: plain functions over the core services.

Nothing here touches a widget, so each runs on any thread and can be tested alone.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from enablement.catalog import assets as catalog
from enablement.catalog.assets import AssetView, BulkEdit
from enablement.catalog.export import contained, safe_file_name
from enablement.catalog.taxonomy import Taxonomy
from enablement.feedback import ratings, usage
from enablement.feedback.ratings import RatingSummary
from enablement.library import Library
from enablement.search import search_log as searchlog
from enablement.search.preview import Preview, load_preview, stored_path
from enablement.search.recommend import CallContext, Recommendation, recommend
from enablement.search.service import AssetHit, SearchRequest, SearchResponse
from enablement.store.models import Asset
from ui.results import FORMAT_LABELS, ResultRow

TAG_LINE_FACETS = ("stage", "objection", "competitor", "industry")


@dataclass(frozen=True)
class LibraryFacts:
    taxonomy: Taxonomy
    asset_count: int
    pending_index: int


def library_facts(library: Library) -> LibraryFacts:
    library.taxonomy_changed()
    taxonomy = library.taxonomy()
    with library.sessions() as session:
        count = session.scalar(select(func.count()).select_from(Asset)) or 0
    return LibraryFacts(taxonomy, count, library.pending_index_count())


def _labels(taxonomy: Taxonomy, facet: str, keys: tuple[str, ...] | list[str]) -> list[str]:
    return [taxonomy.label(facet, key) for key in keys]


def tag_line(taxonomy: Taxonomy, tags: dict[str, tuple[str, ...]]) -> str:
    parts: list[str] = []
    for facet in TAG_LINE_FACETS:
        labels = _labels(taxonomy, facet, tags.get(facet, ()))
        if facet == "competitor":
            labels = [f"vs {label}" for label in labels]
        parts.extend(labels)
    return " · ".join(parts)


def meta_line(taxonomy: Taxonomy, kind: str | None, fmt: str, source_name: str) -> str:
    kind_label = taxonomy.label("kind", kind) if kind else "No kind"
    return f"{kind_label} · {FORMAT_LABELS.get(fmt, fmt.upper())} · {source_name}"


def rating_text(votes: int, mean: float | None) -> str:
    if not votes or mean is None:
        return ""
    return f"★ {mean:.1f} ({votes} rating{'s' if votes != 1 else ''})"


def hit_row(taxonomy: Taxonomy, hit: AssetHit) -> ResultRow:
    stars = rating_text(hit.rating.votes, hit.rating.mean)
    return ResultRow(
        asset_id=hit.asset_id, title=hit.title,
        meta=meta_line(taxonomy, hit.kind, hit.format, hit.source_name)
        + (f" · {stars}" if stars else ""),
        tags=tag_line(taxonomy, hit.tags), snippet_html=hit.snippet_html(),
    )


def search_rows(library: Library, response: SearchResponse) -> list[ResultRow]:
    taxonomy = library.taxonomy()
    return [hit_row(taxonomy, hit) for hit in response.hits]


def recommendation_rows(library: Library, context: CallContext,
                        limit: int = 50) -> list[ResultRow]:
    taxonomy = library.taxonomy()
    found: list[Recommendation] = recommend(library, context, limit)
    return [
        ResultRow(asset_id=r.asset_id, title=r.title,
                  meta=meta_line(taxonomy, r.kind, r.format, r.source_name),
                  tags="", snippet_html="", why=f"Why: {r.why()}")
        for r in found
    ]


@dataclass(frozen=True)
class Detail:
    view: AssetView
    preview: Preview
    fallback_text: str
    rating: RatingSummary
    my_stars: int | None
    usage: usage.UsageCounts


def load_detail(library: Library, asset_id: int, user_name: str = "") -> Detail:
    taxonomy = library.taxonomy()
    with library.sessions() as session:
        view = catalog.asset_view(session, taxonomy, asset_id)
        found, prior = ratings.summaries(session, [asset_id])
        rating = found.get(asset_id, ratings.unrated(prior))
        mine = ratings.my_rating(session, asset_id, user_name) if user_name else None
        used = usage.counts(session, asset_id)
    preview = load_preview(library, asset_id)
    fallback = ""
    if view.format == "pdf":
        with library.sessions() as session:
            asset = session.get(Asset, asset_id)
            fallback = asset.text.body if asset is not None and asset.text else ""
    return Detail(view, preview, fallback, rating, mine, used)


def record_usage(library: Library, asset_ids: list[int], user_name: str, action: str,
                 search_id: str | None = None) -> int:
    with library.sessions.begin() as session:
        return len(usage.record(session, asset_ids, user_name, action, search_id=search_id))


def record_search(library: Library, user_name: str, request: SearchRequest,
                  result_count: int) -> str:
    with library.sessions.begin() as session:
        filters = {facet: list(values) for facet, values in request.filters.items()}
        return searchlog.record(session, user_name, request.text, filters, request.sort,
                                result_count)


def asset_views(library: Library, asset_ids: list[int]) -> list[AssetView]:
    taxonomy = library.taxonomy()
    with library.sessions() as session:
        return [catalog.asset_view(session, taxonomy, asset_id) for asset_id in asset_ids]


def apply_tag_edit(library: Library, asset_ids: list[int], edit: BulkEdit) -> int:
    """Save the edit, then index it, so the next search already sees the new tags."""
    taxonomy = library.taxonomy()
    with library.sessions.begin() as session:
        views = catalog.bulk_edit_tags(session, taxonomy, asset_ids, edit)
    library.taxonomy_changed()
    library.drain_index()
    return len(views)


def confirm_tag(library: Library, asset_id: int, facet: str, key: str) -> AssetView:
    taxonomy = library.taxonomy()
    with library.sessions.begin() as session:
        view = catalog.confirm_tag(session, taxonomy, asset_id, facet, key)
    library.drain_index()
    return view


def open_copies_folder() -> Path:
    """This user's own folder for copies to open, in the temporary folder: created
    private (0700), and used only when it is a real folder this user owns, so another
    user of the machine cannot have made it first (or a link in its place)."""
    folder = Path(tempfile.gettempdir()) / f"enablement-open-{_user_key()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = os.lstat(folder)
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    if not stat.S_ISDIR(info.st_mode) or not mine:
        return Path(tempfile.mkdtemp(prefix="enablement-open-"))  # a fresh private one
    return folder


def _user_key() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return "".join(ch for ch in getpass.getuser() if ch.isalnum()) or "user"


def copy_for_opening(library: Library, asset_id: int) -> Path:
    """A copy under the original file name, so the system app shows a real name and an
    edit made there can never corrupt the library's content-addressed store.

    The name may have come from a hub: only a safe plain name ending in the stored
    file's own extension is used, and only inside the copy's own folder."""
    source = stored_path(library, asset_id)
    with library.sessions() as session:
        asset = session.get(Asset, asset_id)
        name = asset.source_name if asset is not None else source.name
    folder = open_copies_folder() / str(asset_id)
    folder.mkdir(exist_ok=True)
    safe = safe_file_name(name, source.suffix, f"asset {asset_id}{source.suffix}")
    target = contained(folder, safe)
    shutil.copyfile(source, target)
    return target
