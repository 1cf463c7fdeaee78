"""Worker-thread functions for the feedback loop: the choices a form needs, saving a
rating, a field note or a request, and computing or exporting insights. No widgets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from enablement.catalog import assets as catalog
from enablement.feedback import forms as feedback
from enablement.feedback import ratings
from enablement.feedback.forms import DealChoice
from enablement.feedback.ratings import MyRating
from enablement.insights import figures as insights
from enablement.insights.figures import InsightFilter, Insights
from enablement.library import Library
from enablement.store.models import Asset


@dataclass(frozen=True)
class RatingForm:
    stars: int
    helped: bool | None = None
    deal: str = ""                      # "#<id>" for an imported deal, else a typed name
    objections: tuple[str, ...] = ()    # keys
    comment: str = ""


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


def form_choices(library: Library, asset_id: int | None = None,
                 user_name: str = "") -> FormChoices:
    taxonomy = library.taxonomy()

    def pairs(facet: str) -> list[tuple[str, str]]:
        return [(v.key, v.label) for v in taxonomy.facet(facet).values]

    with library.sessions() as session:
        deals = feedback.deal_choices(session, limit=500)
        title, own, previous, previous_deal = "", (), None, ""
        if asset_id is not None:
            title = session.scalar(select(Asset.title).where(Asset.id == asset_id)) or ""
            view = catalog.asset_view(session, taxonomy, asset_id)
            own = tuple(t.key for t in view.tags.get("objection", ()))
            if user_name.strip():
                previous = ratings.my_full_rating(session, asset_id, user_name)
            if previous is not None:
                known = {d.deal_id: d.label for d in deals}
                previous_deal = (known.get(previous.deal_id, previous.deal_name)
                                 if previous.deal_id else previous.deal_name)
    return FormChoices(deals, pairs("objection"), pairs("stage"), pairs("competitor"),
                       title, own, previous, previous_deal)


def save_rating(library: Library, asset_id: int, user_name: str, form: RatingForm) -> int:
    with library.sessions.begin() as session:
        feedback.rate(session, library.taxonomy(), asset_id, user_name, form.stars,
                      helped=form.helped, deal=form.deal or None,
                      objections=form.objections, comment=form.comment)
    return form.stars


def quick_rate(library: Library, asset_id: int, user_name: str, stars: int) -> int:
    """New stars, keeping the rest of the rep's last form (deal, helped, objections)."""
    with library.sessions() as session:
        previous = ratings.my_full_rating(session, asset_id, user_name)
    if previous is None:
        return save_rating(library, asset_id, user_name, RatingForm(stars))
    with library.sessions.begin() as session:
        ratings.rate(session, asset_id, user_name, stars, helped=previous.helped,
                     deal_id=previous.deal_id, deal_name=previous.deal_name,
                     objections=previous.objections, comment=previous.comment)
    return stars


@dataclass(frozen=True)
class FieldNoteForm:
    kind: str           # objection | competitor
    value: str          # key or label (a new competitor by name)
    stage: str = ""
    deal: str = ""
    note: str = ""


def save_field_note(library: Library, user_name: str, form: FieldNoteForm) -> str:
    with library.sessions.begin() as session:
        row = feedback.log_field_note(session, library.taxonomy(), user_name, form.kind,
                                      form.value, stage=form.stage, deal=form.deal or None,
                                      note=form.note)
        label_key = row.value_key
    library.taxonomy_changed()
    return library.taxonomy().label(form.kind, label_key)


@dataclass(frozen=True)
class RequestForm:
    need: str
    query: str = ""
    stage: str = ""
    objection: str = ""


def save_request(library: Library, user_name: str, form: RequestForm,
                 search_id: str | None) -> str:
    with library.sessions.begin() as session:
        feedback.request_content(session, library.taxonomy(), user_name, form.need,
                                 query=form.query, stage=form.stage,
                                 objection=form.objection, search_id=search_id)
    return form.need


def compute_insights(library: Library, flt: InsightFilter) -> Insights:
    return insights.compute(library.sessions, library.taxonomy(), flt)


def calculator_uses(library: Library, flt: InsightFilter) -> list:
    from enablement.roi import service as roi_service

    return roi_service.calculator_uses(library, flt.since, flt.until, flt.rep)


def export_report(library: Library, flt: InsightFilter, fmt: str, target: Path) -> list[Path]:
    from enablement.insights.reporting import write_report

    return write_report(compute_insights(library, flt), fmt, target)
