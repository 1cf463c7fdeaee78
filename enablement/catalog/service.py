"""The catalog, as the window and the command line reach it: ``library.catalog``.

Each write owns its transaction and returns a ``Changes``; the library then brings the
search index and the taxonomy up to date, so no caller has to remember to.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from enablement.catalog import assets, review
from enablement.catalog import synonyms as synonym_store
from enablement.catalog import taxonomy as taxonomy_store
from enablement.catalog.assets import AssetView, BulkEdit
from enablement.catalog.learning import Learned, LearningCache, LearningSummary
from enablement.catalog.review import ReviewQueue
from enablement.catalog.synonyms import Synonyms
from enablement.catalog.taxonomy import Taxonomy
from enablement.changes import Changes
from enablement.errors import UserError
from enablement.store.atomic import write_atomically
from enablement.store.models import Asset

if TYPE_CHECKING:
    from enablement.catalog.export import ExportResult
    from enablement.library import Library


class CatalogService:
    def __init__(self, library: Library) -> None:
        self._library = library
        self._learning = LearningCache()

    # -- reading ------------------------------------------------------------------------

    def taxonomy(self) -> Taxonomy:
        return self._library.taxonomy()

    def asset_count(self) -> int:
        with self._library.sessions() as session:
            return session.scalar(select(func.count()).select_from(Asset)) or 0

    def list_assets(self) -> list[AssetView]:
        with self._library.sessions() as session:
            return assets.list_assets(session, self.taxonomy())

    def asset(self, asset_id: int) -> AssetView:
        with self._library.sessions() as session:
            return assets.asset_view(session, self.taxonomy(), asset_id)

    def assets(self, asset_ids: Iterable[int]) -> list[AssetView]:
        taxonomy = self.taxonomy()
        with self._library.sessions() as session:
            return [assets.asset_view(session, taxonomy, asset_id) for asset_id in asset_ids]

    def find(self, reference: str) -> AssetView:
        """An asset by id, uuid, file name or (a unique part of) its title."""
        with self._library.sessions() as session:
            found = assets.find_asset(session, reference)
            return assets.asset_view(session, self.taxonomy(), found.id)

    def find_ids(self, references: Iterable[str]) -> list[int]:
        with self._library.sessions() as session:
            return list(dict.fromkeys(assets.find_asset(session, ref).id
                                      for ref in references))

    # -- tags and the taxonomy ----------------------------------------------------------

    def edit_tags(self, reference: str, values: dict[str, list[str]],
                  reset: Sequence[str] = (), title: str | None = None,
                  summary: str | None = None) -> tuple[AssetView, Changes]:
        """Set manual tags (and the title or summary) of one asset; 'none' clears a
        field."""
        with self._library.sessions.begin() as session:
            asset = assets.find_asset(session, reference)
            view = assets.set_manual_tags(session, self.taxonomy(), asset, values,
                                          list(reset), title, summary)
        return view, self._library.changed(Changes.of_assets([view.asset_id],
                                                             taxonomy=True))

    def edit_text(self, asset_id: int, title: str | None = None,
                  summary: str | None = None) -> tuple[AssetView, Changes]:
        """Set the title and/or summary of one asset by hand (None leaves one as is);
        re-imports keep them."""
        with self._library.sessions.begin() as session:
            view = assets.edit_text(session, self.taxonomy(), asset_id, title, summary)
        return view, self._library.changed(Changes.of_assets([asset_id]))

    def bulk_edit(self, asset_ids: Sequence[int], edit: BulkEdit) -> Changes:
        with self._library.sessions.begin() as session:
            views = assets.bulk_edit_tags(session, self.taxonomy(), list(asset_ids), edit)
        return self._library.changed(Changes.of_assets([v.asset_id for v in views],
                                                       taxonomy=True))

    def confirm_tag(self, asset_id: int, facet: str, key: str) -> tuple[AssetView, Changes]:
        """Make a suggested tag a confirmed one."""
        with self._library.sessions.begin() as session:
            view = assets.confirm_tag(session, self.taxonomy(), asset_id, facet, key)
        return view, self._library.changed(Changes.of_assets([asset_id]))

    def add_value(self, facet: str, label: str, phrases: Iterable[str] = ()
                  ) -> tuple[str, Changes]:
        with self._library.sessions.begin() as session:
            key = taxonomy_store.add_value(session, facet, label, dict.fromkeys(phrases, 2.0))
        return key, self._library.changed(Changes(taxonomy=True))

    def synonyms(self) -> tuple[Synonyms, ...]:
        """The library's synonym list, as search uses it."""
        return self.taxonomy().synonyms

    def add_synonyms(self, entries: Sequence[str], to: int | None = None
                     ) -> tuple[Synonyms, Changes]:
        """A new synonym group, or more entries for group ``to``; searches use it at
        once (no re-index: synonyms apply to the query)."""
        with self._library.sessions.begin() as session:
            group = synonym_store.add(session, entries, to)
        return group, self._library.changed(Changes(taxonomy=True))

    def remove_synonyms(self, group_id: int, entries: Sequence[str] = ()
                        ) -> tuple[Synonyms | None, Changes]:
        """Drop entries from a group, or the whole group; the group as left, or None."""
        with self._library.sessions.begin() as session:
            group = synonym_store.remove(session, group_id, entries)
        return group, self._library.changed(Changes(taxonomy=True))

    def import_synonyms(self, path: Path) -> tuple[int, Changes]:
        """Add the groups of a synonym file ("a, b, c" per line); the number added. A
        file with a bad line adds nothing and says which line."""
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"{path}: not a readable synonym file ({exc}); save it as "
                            "UTF-8 text, one group per line.") from exc
        groups = synonym_store.parse_file(text, str(path))
        with self._library.sessions.begin() as session:
            added = synonym_store.add_many(session, groups)
        return added, self._library.changed(Changes(taxonomy=True))

    def restore_synonyms(self) -> tuple[int, Changes]:
        """Add back the built-in groups this library dropped; the number added."""
        with self._library.sessions.begin() as session:
            added = synonym_store.restore_built_in(session)
        return added, self._library.changed(Changes(taxonomy=True))

    def export_synonyms(self, target: Path) -> int:
        """Write the synonym list as a file ``import_synonyms`` (here or in another
        library) reads back; the number of groups written."""
        groups = self.synonyms()
        text = synonym_store.file_text(groups)
        try:
            write_atomically(target, lambda out: out.write(text.encode("utf-8")))
        except OSError as exc:
            raise UserError(f"{target}: could not write it ({exc.strerror or exc}); "
                            "choose another folder.") from exc
        return len(groups)

    def import_taxonomy(self, path: Path) -> tuple[int, Changes]:
        with self._library.sessions.begin() as session:
            added = taxonomy_store.import_json(session, path)
        return added, self._library.changed(Changes(taxonomy=True))

    def export_taxonomy(self, target: Path | None = None) -> str:
        """The taxonomy as JSON (for another library or the hub), written whole to
        ``target`` when given."""
        text = taxonomy_store.export_json(self.taxonomy())
        if target is not None:
            write_atomically(target, lambda out: out.write(text.encode("utf-8")))
        return text

    # -- reviewing suggestions ----------------------------------------------------------

    def review_queue(self, limit: int | None = None,
                     asset_ids: Sequence[int] | None = None) -> ReviewQueue:
        """Suggestions waiting for a yes or no (on ``asset_ids``, when given), with why
        each came; ``limit`` assets at most are listed (the count says how many wait)."""
        learned = self.learned()
        with self._library.sessions() as session:
            return review.queue(session, self.taxonomy(), learned, limit, asset_ids)

    def accept(self, asset_ids: Sequence[int], facet: str | None = None,
               key: str | None = None) -> Changes:
        """Waiting suggestions become confirmed (manual) tags: all of each asset's, a
        field's, or one value."""
        with self._library.sessions.begin() as session:
            changed = review.accept(session, self.taxonomy(), asset_ids, facet, key)
        return self._library.changed(Changes.of_assets(changed, taxonomy=bool(changed)))

    def reject(self, asset_ids: Sequence[int], facet: str | None = None,
               key: str | None = None) -> Changes:
        """Waiting suggestions leave the tags for good: no re-import or model brings
        them back."""
        with self._library.sessions.begin() as session:
            changed = review.reject(session, self.taxonomy(), asset_ids, facet, key)
        return self._library.changed(Changes.of_assets(changed))

    def learned(self) -> Learned | None:
        """The model learned from the library's confirmed and rejected tags (trained
        again only when they changed), or None while too few are confirmed."""
        return self._learning.get(self._library.sessions, self.taxonomy())

    def learning_summary(self) -> LearningSummary | None:
        """What the latest training learned and cost (None before the first)."""
        return self._learning.last_summary

    # -- the assets themselves ----------------------------------------------------------

    def retire(self, reference: str) -> tuple[str, Changes]:
        """Out of search here now, and for everyone after the next publish; ratings and
        usage stay."""
        with self._library.sessions.begin() as session:
            asset = assets.find_asset(session, reference)
            title, asset_id = assets.retire(session, asset.id), asset.id
        return title, self._library.changed(Changes.of_assets([asset_id], catalog=True))

    def export_files(self, asset_ids: Sequence[int], folder: Path,
                     cancel: threading.Event | None = None,
                     on_progress: Callable[[int, int], None] | None = None,
                     ) -> list[ExportResult]:
        """Copies under their own names; nothing in ``folder`` is replaced."""
        from enablement.catalog.export import export_assets

        return export_assets(self._library, asset_ids, folder, cancel, on_progress)

    def copy_for_opening(self, asset_id: int) -> Path:
        from enablement.catalog.open_copies import copy_for_opening

        return copy_for_opening(self._library, asset_id)
