"""The feedback loop, as the window and the command line reach it: ``library.feedback``.

Ratings, usage, field notes, content requests and CRM deals. The forms are plain values
a face fills in; each write owns its transaction and returns what it changed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from enablement.catalog import assets
from enablement.changes import Changes
from enablement.feedback import forms, ratings, usage
from enablement.feedback.deals import DealImportReport, import_deals
from enablement.feedback.forms import DealChoice
from enablement.feedback.ratings import MyRating, RatingSummary
from enablement.feedback.usage import UsageCounts
from enablement.store.models import Asset

if TYPE_CHECKING:
    from enablement.library import Library

RATED = Changes(events=True, ratings=True)


@dataclass(frozen=True)
class RatingForm:
    stars: int
    helped: bool | None = None
    deal: str = ""                      # "#<id>" for an imported deal, a CRM id, or a name
    objections: tuple[str, ...] = ()    # keys or labels
    comment: str = ""


@dataclass(frozen=True)
class SavedRating:
    asset_id: int
    title: str
    stars: int
    deal_id: int | None
    deal_name: str
    objections: tuple[str, ...]  # keys


@dataclass(frozen=True)
class FieldNoteForm:
    kind: str           # objection | competitor
    value: str          # key or label (a new competitor by name)
    stage: str = ""
    deal: str = ""
    note: str = ""


@dataclass(frozen=True)
class SavedNote:
    kind: str
    key: str
    label: str
    stage: str
    deal_name: str


@dataclass(frozen=True)
class RequestForm:
    need: str
    query: str = ""
    stage: str = ""
    objection: str = ""


@dataclass(frozen=True)
class FormChoices:
    """Everything a feedback dialog offers, loaded off the GUI thread."""

    deals: list[DealChoice]
    objections: list[tuple[str, str]]   # (key, label)
    stages: list[tuple[str, str]]
    competitors: list[tuple[str, str]]
    asset_title: str = ""
    asset_objections: tuple[str, ...] = ()  # the asset's own objection tags
    previous: MyRating | None = None
    previous_deal: str = ""                 # the previous rating's deal, as the form shows it


@dataclass(frozen=True)
class AssetFeedback:
    """What the asset pane shows of the team's feedback on one asset."""

    rating: RatingSummary
    my_stars: int | None
    usage: UsageCounts


class FeedbackService:
    def __init__(self, library: Library) -> None:
        self._library = library

    # -- reading ------------------------------------------------------------------------

    def form_choices(self, asset_id: int | None = None, user_name: str = "") -> FormChoices:
        taxonomy = self._library.taxonomy()

        def pairs(facet: str) -> list[tuple[str, str]]:
            return [(v.key, v.label) for v in taxonomy.facet(facet).values]

        with self._library.sessions() as session:
            deals = forms.deal_choices(session, limit=500)
            title, own, previous, previous_deal = "", (), None, ""
            if asset_id is not None:
                title = session.scalar(select(Asset.title).where(Asset.id == asset_id)) or ""
                view = assets.asset_view(session, taxonomy, asset_id)
                own = tuple(t.key for t in view.tags.get("objection", ()))
                if user_name.strip():
                    previous = ratings.my_full_rating(session, asset_id, user_name)
                if previous is not None:
                    known = {d.deal_id: d.label for d in deals}
                    previous_deal = (known.get(previous.deal_id, previous.deal_name)
                                     if previous.deal_id else previous.deal_name)
        return FormChoices(deals, pairs("objection"), pairs("stage"), pairs("competitor"),
                           title, own, previous, previous_deal)

    def asset_feedback(self, asset_id: int, user_name: str = "") -> AssetFeedback:
        with self._library.sessions() as session:
            found, prior = ratings.summaries(session, [asset_id])
            mine = ratings.my_rating(session, asset_id, user_name) if user_name else None
            return AssetFeedback(found.get(asset_id, ratings.unrated(prior)), mine,
                                 usage.counts(session, asset_id))

    def deal_choices(self, typed: str = "", limit: int = 50) -> list[DealChoice]:
        with self._library.sessions() as session:
            return forms.deal_choices(session, typed, limit)

    # -- writing ------------------------------------------------------------------------

    def rate(self, asset: int | str, user_name: str, form: RatingForm
             ) -> tuple[SavedRating, Changes]:
        """Stars and the rest of the form for an asset (an id, or a reference the
        command line takes: a file name or part of a title). Rating again replaces."""
        with self._library.sessions.begin() as session:
            found = assets.find_asset(session, str(asset))
            event = forms.rate(session, self._library.taxonomy(), found.id, user_name,
                               form.stars, helped=form.helped, deal=form.deal or None,
                               objections=form.objections, comment=form.comment)
            saved = SavedRating(found.id, found.title, form.stars, event.deal_id,
                                event.deal_name, tuple(json.loads(event.objections)))
        return saved, self._library.changed(RATED)

    def quick_rate(self, asset_id: int, user_name: str, stars: int) -> Changes:
        """New stars, keeping the rest of the rep's last form (deal, helped, objections)."""
        with self._library.sessions() as session:
            previous = ratings.my_full_rating(session, asset_id, user_name)
        if previous is None:
            return self.rate(asset_id, user_name, RatingForm(stars))[1]
        with self._library.sessions.begin() as session:
            ratings.rate(session, asset_id, user_name, stars, helped=previous.helped,
                         deal_id=previous.deal_id, deal_name=previous.deal_name,
                         objections=previous.objections, comment=previous.comment)
        return self._library.changed(RATED)

    def log_field_note(self, user_name: str, form: FieldNoteForm
                       ) -> tuple[SavedNote, Changes]:
        """An objection heard or a competitor met (a new competitor joins the taxonomy)."""
        with self._library.sessions.begin() as session:
            row = forms.log_field_note(session, self._library.taxonomy(), user_name,
                                       form.kind, form.value, stage=form.stage,
                                       deal=form.deal or None, note=form.note)
            key, stage, deal_name = row.value_key, row.stage, row.deal_name
        changes = self._library.changed(Changes(events=True, taxonomy=True))
        label = self._library.taxonomy().label(form.kind, key)
        return SavedNote(form.kind, key, label, stage, deal_name), changes

    def request_content(self, user_name: str, form: RequestForm,
                        search_id: str | None = None) -> Changes:
        with self._library.sessions.begin() as session:
            forms.request_content(session, self._library.taxonomy(), user_name, form.need,
                                  query=form.query, stage=form.stage,
                                  objection=form.objection, search_id=search_id)
        return self._library.changed(Changes(events=True))

    def record_usage(self, asset_ids: Sequence[int], user_name: str, action: str,
                     search_id: str | None = None) -> Changes:
        with self._library.sessions.begin() as session:
            usage.record(session, list(asset_ids), user_name, action, search_id=search_id)
        return self._library.changed(Changes(events=True))

    def import_deals(self, path: Path) -> tuple[DealImportReport, Changes]:
        """Opportunities from a Salesforce or HubSpot CSV; a re-import updates in place."""
        with self._library.sessions.begin() as session:
            report = import_deals(session, path)
        return report, self._library.changed(Changes(deals=True))
