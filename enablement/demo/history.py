"""A generated history of team activity, so Insights means something on the demo's first run.

A fresh library has no ratings, usage or searches, so the Insights view would show no
lift, no gap and no stale content. :func:`generate` writes a few believable months of
them (about 20 Salesforce deals a month, eight reps) with a story planted in it:

- a few assets tagged for the decision stage or the security objection, and customer
  stories, are used more on won deals, so they show a positive lift;
- one or two assets are rated low (the oldest expired one first), and some are never
  used, or not for months, so they show up as stale;
- most usage and ratings naming a closed deal are dated on or before its close date (so
  they count as influence); a few onboarding uses after a win are not;
- a few searches recur and find nothing ("fedramp", "coupa") and lead to content
  requests; objections heard on expansions and renewals (contract terms, price) have no
  well-rated answer in the demo, so the coverage map shows gaps there.

It never touches the asset files, but it changes two asset columns the story needs:
``imported_at`` moves back to the first day of the period (the content must predate the
activity, and "unused for 90 days" counts only assets imported before then), and, only
when no asset has expired yet, the low-rated asset's ``expires_on`` is set to a past
date so "expired" shows up. Competitors met are taxonomy values (added when missing).

Deterministic for a seed and ``today`` (ids aside), one transaction, bulk inserts. A
library that already has a rating, a usage or a search event is left alone
(``skipped``), so running it twice never doubles history.
"""

from __future__ import annotations

import json
import math
import random
import string
import uuid
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from enablement.catalog.tagging import TagRow, effective_keys
from enablement.catalog.taxonomy import Taxonomy, ensure_value
from enablement.search.search_log import query_key
from enablement.store.models import (
    Asset,
    AssetTag,
    AssetText,
    ContentRequest,
    Deal,
    FacetValue,
    FieldNote,
    RatingEvent,
    SearchEvent,
    SyncOutbox,
    UsageEvent,
)
from index.schema import analyzer

if TYPE_CHECKING:
    from enablement.library import Library

T = TypeVar("T")
Row = dict[str, Any]


@dataclass(frozen=True)
class HistorySummary:
    """What :func:`generate` added; all zero with ``skipped`` when it added nothing."""

    reps: int = 0
    deals: int = 0
    ratings: int = 0
    usage_events: int = 0
    searches: int = 0
    field_notes: int = 0
    requests: int = 0
    skipped: bool = False


@dataclass(frozen=True)
class _Rep:
    name: str
    activity: float  # how much they use the library, relative to an average rep
    adoption: float  # share of their deals they use content on
    joined: float  # share of the period gone before they joined
    pipeline: float = 1.0  # share of the deals they own, relative


REPS: tuple[_Rep, ...] = (
    _Rep("Maya Chen", 1.4, 0.95, 0.0),
    _Rep("Jordan Alvarez", 1.0, 0.85, 0.0),
    _Rep("Priya Raman", 1.25, 0.9, 0.0),
    _Rep("Tom Becker", 0.3, 0.35, 0.0),  # the rep who never took to it
    _Rep("Aisha Okafor", 1.0, 0.8, 0.0),
    _Rep("Liam O'Connor", 0.8, 0.7, 0.0),
    _Rep("Sofia Rossi", 1.1, 0.9, 0.55, 0.8),  # joined late, ramping up
    _Rep("Daniel Kim", 0.65, 0.6, 0.0),
)

# Salesforce "Type", the word in the deal name, share of deals, base win rate, cycle days.
DEAL_TYPES: tuple[tuple[str, str, float, float, tuple[int, int]], ...] = (
    ("New Business", "New Business", 0.62, 0.30, (35, 120)),
    ("Upsell", "Expansion", 0.26, 0.42, (20, 60)),
    ("Renewal", "Renewal", 0.12, 0.60, (20, 50)),
)
AMOUNTS = {"New Business": (15_000, 250_000), "Upsell": (8_000, 80_000),
           "Renewal": (12_000, 120_000)}
OPEN_STAGES = ("Qualification", "Needs Analysis", "Proposal/Price Quote", "Negotiation/Review")
CLOSED_SHARE = 0.6
DEALS_PER_MONTH = 20

PLACES = (
    "Northfield", "Bluewater", "Summit Ridge", "Ironwood", "Harborview", "Pinecrest",
    "Redstone", "Silverline", "Granite Peak", "Clearwater", "Oakhaven", "Brookfield",
    "Cedar Hollow", "Lakeshore", "Westbrook", "Ashford", "Fairhaven", "Kingsley",
    "Maple Grove", "Riverbend", "Stonebridge", "Highland", "Meridian", "Evergreen",
    "Copperfield", "Beacon", "Crescent", "Foxglove", "Juniper", "Larkspur", "Marlow",
    "Orchard Park", "Pemberton", "Quarry Hill", "Rosewood", "Sterling", "Thornbury",
    "Union Bay", "Valemont", "Willow Creek", "Alder", "Birchwood", "Coldwater", "Dunmore",
    "Elmhurst", "Glenrock", "Hollis", "Sable Point", "Bramwell", "Calloway",
)
# Industry key, share of deals, account name patterns ("{}" is the place).
INDUSTRIES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("manufacturing", 0.16, ("{} Manufacturing", "{} Precision", "{} Industries",
                             "{} Components")),
    ("healthcare", 0.14, ("{} Health", "{} Medical Group", "{} Health System",
                          "{} Regional Hospital")),
    ("financial_services", 0.12, ("{} Credit Union", "{} Bancorp", "{} Mutual Insurance")),
    ("technology", 0.14, ("{} Software", "{} Labs", "{} Systems", "{} Analytics")),
    ("retail", 0.10, ("{} Outfitters", "{} Home Goods", "{} Retail Group", "{} Foods")),
    ("logistics", 0.10, ("{} Freight", "{} Logistics", "{} Distribution")),
    ("public_sector", 0.08, ("City of {}", "{} County", "{} Transit Authority")),
    ("education", 0.06, ("{} University", "{} College", "{} School District")),
    ("energy", 0.05, ("{} Energy", "{} Power Cooperative", "{} Utilities")),
    ("professional_services", 0.05, ("{} Partners", "{} Advisory", "{} Consulting")),
)
SECURITY_MINDED = ("healthcare", "financial_services", "public_sector", "education")

OBJECTION_WEIGHTS = {
    "price": 5, "roi": 4, "security": 4, "integration": 4, "implementation": 3,
    "switching": 2, "timing": 3, "incumbent": 2, "authority": 2.5, "scalability": 2,
    "support": 1.5, "contract": 2,
}
# Objections weigh differently once the buyer is a customer.
CUSTOMER_OBJECTIONS = {"price": 1.5, "contract": 3, "scalability": 2, "support": 2,
                       "security": 0.5, "incumbent": 0.1, "switching": 0.1}
DEMO_COMPETITORS = ("Invoxa", "PayRidge", "Clerkwise")
NEW_COMPETITOR = "Tallyfox"  # met on a few deals, no battlecard yet

# What reps type: text, how often, the objection and stage it is about (for filters).
QUERIES: tuple[tuple[str, float, str, str], ...] = (
    ("security questionnaire", 6, "security", "decision"),
    ("SOC 2", 7, "security", ""),
    ("soc 2 report", 3, "security", "decision"),
    ("data residency", 3, "security", ""),
    ("pen test", 2, "security", "decision"),
    ("security review", 4, "security", "decision"),
    ("SSO", 2, "security", "onboarding"),
    ("GDPR", 2, "security", ""),
    ("Invoxa", 6, "", ""),
    ("Invoxa battlecard", 4, "", "decision"),
    ("PayRidge", 4, "", ""),
    ("payridge implementation", 2, "implementation", ""),
    ("Clerkwise", 4, "incumbent", ""),
    ("clerkwise migration", 3, "switching", ""),
    ("roi calculator", 7, "roi", "decision"),
    ("business case", 5, "roi", "decision"),
    ("payback", 3, "roi", ""),
    ("cost per invoice", 2, "roi", "awareness"),
    ("NetSuite", 5, "integration", ""),
    ("SAP integration", 3, "integration", ""),
    ("erp integration", 4, "integration", "consideration"),
    ("Dynamics 365", 2, "integration", ""),
    ("Sage Intacct", 2, "integration", ""),
    ("case study", 6, "", "consideration"),
    ("healthcare case study", 3, "", "consideration"),
    ("credit union", 3, "", ""),
    ("manufacturing case study", 3, "", "consideration"),
    ("public sector", 3, "", ""),
    ("university", 2, "", ""),
    ("retail case study", 2, "", ""),
    ("pricing", 6, "price", "decision"),
    ("discount", 3, "price", "decision"),
    ("price increase", 2, "price", "expansion"),
    ("multi-entity", 3, "scalability", ""),
    ("virtual card", 2, "roi", "expansion"),
    ("implementation timeline", 4, "implementation", ""),
    ("onboarding kickoff", 3, "implementation", "onboarding"),
    ("mutual action plan", 3, "authority", "decision"),
    ("champion", 2, "authority", "decision"),
    ("QBR", 2, "", "expansion"),
    ("fraud", 2, "security", ""),
    ("three-way match", 2, "", ""),
    ("vendor onboarding", 2, "", ""),
    ("cold email", 2, "", "awareness"),
    ("benchmark", 3, "roi", "awareness"),
    ("objection handling", 3, "", ""),
    # Asked for again and again, found nowhere in the demo: content to make.
    ("FedRAMP", 4.5, "security", "decision"),
    ("Coupa", 3.5, "integration", ""),
    ("HITRUST", 3.0, "security", "decision"),
    ("Workday", 2.0, "integration", ""),
    ("Gartner", 1.5, "", ""),
)
# Searches with filters only (no words): filters, how often.
FILTER_SEARCHES: tuple[tuple[dict[str, tuple[str, ...]], float], ...] = (
    ({"stage": ("decision",), "objection": ("security",)}, 4),
    ({"stage": ("decision",), "objection": ("price",)}, 3),
    ({"stage": ("decision",), "objection": ("roi",)}, 2),
    ({"stage": ("consideration",), "objection": ("integration",)}, 2),
    ({"stage": ("consideration",), "objection": ("incumbent",)}, 1.5),
    ({"stage": ("expansion",), "objection": ("scalability",)}, 1.5),
    ({"stage": ("onboarding",), "objection": ("implementation",)}, 1),
    ({"stage": ("onboarding",), "objection": ("security",)}, 1),
    ({"kind": ("case_study",), "industry": ("healthcare",)}, 1.5),
    ({"kind": ("case_study",), "industry": ("financial_services",)}, 1),
)
# How likely each kind is to be the content nobody uses (a calculator rarely is).
FORGETTABLE = {"email_template": 3.0, "one_pager": 3.0, "whitepaper": 2.0, "deck": 1.5,
               "roi_calculator": 0.3, "case_study": 0.7}
SORTS = (("relevance", 0.85), ("rating", 0.1), ("newest", 0.05))

REQUESTS: tuple[tuple[str, str, str, str], ...] = (
    # need, the zero-result search it follows (or ""), stage, objection
    ("A FedRAMP / StateRAMP status statement for a county RFP", "fedramp", "decision",
     "security"),
    ("Coupa integration one-pager; procurement runs on Coupa", "coupa", "consideration",
     "integration"),
    ("HITRUST answer for a hospital's security review", "hitrust", "decision", "security"),
    ("Workday Financials integration guide", "workday", "consideration", "integration"),
    ("Analyst coverage (Gartner or similar) the CFO can show the board", "gartner",
     "decision", "authority"),
    ("Security checklist for IT at kickoff: SSO, SCIM, data retention", "", "onboarding",
     "security"),
    ("Renewal terms FAQ: price caps, auto-renewal, notice periods", "", "expansion",
     "contract"),
    ("A fresher manufacturing case study with hard numbers", "", "consideration", "roi"),
)

NOTES: dict[str, tuple[str, ...]] = {
    "price": ("Budget is capped at last year's spend.", "Asked for a multi-year discount.",
              "Finance is comparing us with a cheaper quote."),
    "roi": ("CFO wants payback in under 12 months.", "Needs hard savings, not productivity."),
    "security": ("InfoSec wants the SOC 2 report and a pen test summary before procurement.",
                 "Asked where invoice data is stored."),
    "integration": ("Runs NetSuite plus a home-grown PO system.",
                    "Worried about the SAP connector."),
    "switching": ("Five years of invoice history to migrate.",),
    "implementation": ("IT has no capacity until next quarter.",),
    "timing": ("Not a priority until the ERP project ends.",),
    "incumbent": ("Happy enough with their current OCR vendor.",),
    "authority": ("The CFO was not on the call; the controller cannot sign.",),
    "scalability": ("Invoice volume doubles after their acquisition.",),
    "support": ("Had a bad experience with offshore support.",),
    "contract": ("Legal wants no auto-renewal and a 60-day termination clause.",),
}
ONBOARDING_NOTES = {"security": "IT asked for SSO and SCIM set-up docs at kickoff.",
                    "implementation": "Kickoff: worried about the cut-over date."}
COMPETITOR_NOTES = (
    "{} came in about 20% cheaper on the first quote.",
    "{} is the incumbent; their contract renews in the spring.",
    "{} demoed last week; the controller liked their approval screens.",
    "Also talking to {}.",
    "",
)
LOW_COMMENTS: dict[str, tuple[str, ...]] = {
    "case_study": ("Numbers are from 2023; need a fresher customer.",
                   "Prospect said the customer is too small to compare with.",
                   "No quote from the CFO; finance wanted one."),
    "battlecard": ("Pricing on this is out of date; {competitor} changed its packaging.",
                   "The landmines did not land; the prospect had heard them all.",
                   "{competitor} answered most of these points last quarter."),
    "whitepaper": ("Too long; nobody on the buying committee read past page two.",
                   "Benchmarks feel dated; need this year's numbers."),
    "deck": ("Too many slides for a 30-minute call.", "Screenshots show the old UI."),
    "": ("Too generic for a CFO.", "Needed something shorter for a first call.",
         "Claims without proof; the prospect asked for a reference."),
}
HIGH_COMMENTS: dict[str, tuple[str, ...]] = {
    "security": ("Sent it before the security review; InfoSec signed off within a week.",),
    "roi": ("The CFO reused the payback numbers in the board deck.",),
    "price": ("Helped us hold the price in negotiation.",),
    "integration": ("Answered IT's integration questions in one go.",),
    "implementation": ("Took the implementation worry off the table.",),
    "switching": ("Made the migration look manageable.",),
    "authority": ("Champion forwarded it to the CFO as is.",),
    "contract": ("Legal came back with fewer redlines.",),
    "case_study": ("Prospect asked for an intro to this customer.",
                   "Same industry and size as my prospect; it landed."),
    "": ("Exactly what procurement asked for.", "Landed well on the call."),
}
MID_COMMENTS = ("Useful, but a one-page version would be better.", "Fine for first calls.",
                "Good; would love a version for {industry}.")


def generate(library: Library, *, today: date | None = None, months: int = 6,
             seed: int = 7) -> HistorySummary:
    """Add ``months`` of generated history ending the day before ``today``; skipped when
    the library already has ratings, usage or searches, or no assets."""
    if months < 1:
        raise ValueError(f"months must be at least 1, not {months}")
    today = today or date.today()
    taxonomy = library.taxonomy()
    with library.sessions.begin() as session:
        if _has_history(session):
            return HistorySummary(skipped=True)
        assets = _load_assets(session, taxonomy)
        if not assets:
            return HistorySummary(skipped=True)
        competitors = _competitors(session)
        taken = set(session.scalars(select(Deal.external_id).where(Deal.crm == "salesforce")))
        first_id = (session.scalar(select(Deal.id).order_by(Deal.id.desc()).limit(1)) or 0) + 1
        story = _Story(random.Random(seed), today, months, taxonomy, assets, competitors,
                       first_id, taken)
        story.tell()
        story.write(session)
    library.taxonomy_changed()
    return story.summary()


def _has_history(session: Session) -> bool:
    return any(session.scalar(select(model.id).limit(1)) is not None
               for model in (RatingEvent, UsageEvent, SearchEvent))


@dataclass(frozen=True)
class _Asset:
    id: int
    title: str
    kind: str
    stages: tuple[str, ...]
    objections: tuple[str, ...]
    competitors: tuple[str, ...]
    industries: tuple[str, ...]
    expires_on: date | None
    imported_at: datetime
    title_words: frozenset[str]
    words: frozenset[str]  # stemmed, as the index sees them (roughly)


def _load_assets(session: Session, taxonomy: Taxonomy) -> list[_Asset]:
    """Assets with their effective tags, in an order that does not depend on their ids
    (a parallel import numbers them differently each time), so a seed tells one story."""
    facets = ("kind", "stage", "objection", "competitor", "industry")
    known = {name: {v.key for v in taxonomy.facet(name).values} for name in facets
             if name in taxonomy.facet_names()}
    tags: dict[int, list[TagRow]] = {}
    for asset_id, facet, key, origin, score in session.execute(
            select(AssetTag.asset_id, AssetTag.facet, AssetTag.value_key, AssetTag.origin,
                   AssetTag.score).where(AssetTag.facet.in_(facets))):
        tags.setdefault(asset_id, []).append(TagRow(facet, key, origin, score))
    bodies = dict(session.execute(select(AssetText.asset_id, AssetText.body)).all())
    stem = analyzer()
    assets = []
    for asset_id, title, summary, source, expires_on, imported_at in session.execute(
            select(Asset.id, Asset.title, Asset.summary, Asset.source_name, Asset.expires_on,
                   Asset.imported_at).order_by(Asset.title, Asset.sha256, Asset.id)):
        keys = effective_keys(tags.get(asset_id, ()))

        def valid(facet: str, keys: dict[str, list[str]] = keys) -> tuple[str, ...]:
            return tuple(k for k in keys.get(facet, ()) if k in known.get(facet, ()))

        labels = " ".join(taxonomy.label(f, k) for f in facets for k in valid(f))
        text = " ".join((title, summary or "", source, labels, bodies.get(asset_id, "")))
        kinds = valid("kind")
        assets.append(_Asset(
            id=asset_id, title=title, kind=kinds[0] if kinds else "",
            stages=valid("stage"), objections=valid("objection"),
            competitors=valid("competitor"), industries=valid("industry"),
            expires_on=expires_on, imported_at=imported_at,
            title_words=frozenset(t.text for t in stem(title)),
            words=frozenset(t.text for t in stem(text))))
    return assets


def _competitors(session: Session) -> list[tuple[str, str, float]]:
    """(key, label, how often met): the library's competitors, plus one with no content."""
    found = list(session.execute(select(FacetValue.key, FacetValue.label).where(
        FacetValue.facet == "competitor").order_by(FacetValue.position, FacetValue.key)))
    if not found:
        found = [(ensure_value(session, "competitor", name), name) for name in DEMO_COMPETITORS]
    rows = [(key, label, 1.0) for key, label in found]
    if NEW_COMPETITOR.lower() not in {key for key, _label, _w in rows}:
        rows.append((ensure_value(session, "competitor", NEW_COMPETITOR), NEW_COMPETITOR,
                     0.25))
    return rows


@dataclass
class _Deal:
    id: int
    external_id: str
    name: str
    account: str
    kind: str
    industry: str
    amount: float
    owner: _Rep
    opened: date
    close: date
    closed: bool
    won: bool
    engaged: bool
    competitor: str | None
    objections: tuple[str, ...]

    def stage_name(self, today: date) -> str:
        if self.closed:
            return "Closed Won" if self.won else "Closed Lost"
        done = (today - self.opened).days / max(1, (self.close - self.opened).days)
        return OPEN_STAGES[min(len(OPEN_STAGES) - 1, int(done * len(OPEN_STAGES)))]


class _Story:
    """Builds every row in memory, in one deterministic order of random draws."""

    def __init__(self, rng: random.Random, today: date, months: int, taxonomy: Taxonomy,
                 assets: list[_Asset], competitors: list[tuple[str, str, float]],
                 first_deal_id: int, taken_ids: set[str]) -> None:
        self.rng = rng
        self.today = today
        self.start = _months_before(today, months)
        self.last = today - timedelta(days=1)  # nothing today: always in the past
        self.months = months
        self.taxonomy = taxonomy
        self.assets = assets
        self.by_id = {a.id: a for a in assets}
        self.order = {a.id: n for n, a in enumerate(assets)}
        self.competitors = competitors
        self.competitor_labels = {key: label for key, label, _often in competitors}
        self.next_deal_id = first_deal_id
        self.taken_ids = taken_ids
        self.stages = {v.key for v in taxonomy.facet("stage").values}
        self.objections = [v.key for v in taxonomy.facet("objection").values]
        self.workdays = [d for d in _days(self.start, self.last) if d.weekday() < 5] or [
            self.last]
        self.joined = {rep.name: self._fraction_day(rep.joined) for rep in REPS}
        self.deals: list[_Deal] = []
        self.rows: dict[type, list[Row]] = {m: [] for m in (
            SearchEvent, UsageEvent, RatingEvent, FieldNote, ContentRequest)}
        self.asset_updates: list[Row] = []
        self.zero_searches: dict[str, list[Row]] = {}
        self.stem = analyzer()
        self._results_memo: dict[tuple[str, str], list[int]] = {}

    # -- time ------------------------------------------------------------------------------

    def _fraction_day(self, fraction: float) -> date:
        return self.start + timedelta(days=round((self.last - self.start).days * fraction))

    def _ramp(self, day: date) -> float:
        """Adoption grows over the period, as the library catches on."""
        span = max(1, (self.last - self.start).days)
        return 0.7 + 0.3 * (day - self.start).days / span

    def _workday(self, lo: date, hi: date) -> date:
        """A working day of the period in [lo, hi], or else the last one before ``hi``
        (never later, so a day bounded by a close date stays on or before it)."""
        lo, hi = max(lo, self.start), min(hi, self.last)
        first, after = bisect_left(self.workdays, lo), bisect_right(self.workdays, hi)
        if first >= after:
            return self.workdays[max(0, after - 1)]
        return self.workdays[self.rng.randrange(first, after)]

    def _at(self, day: date) -> datetime:
        """A moment in working hours, busiest late morning."""
        seconds = int(self.rng.triangular(8 * 3600, 18 * 3600 + 1800, 11 * 3600))
        return datetime.combine(day, time()) + timedelta(seconds=seconds)

    def _after(self, moment: datetime, day: date, minutes: tuple[int, int]) -> datetime:
        """A moment on ``day`` at least a few ``minutes`` after ``moment``."""
        later = moment + timedelta(minutes=self.rng.randint(*minutes))
        chosen = self._at(day)
        if chosen <= later:
            chosen = later
        return min(chosen, datetime.combine(day, time(23, 59)))

    # -- the story -------------------------------------------------------------------------

    def tell(self) -> None:
        self._cast_assets()
        for _ in range(DEALS_PER_MONTH * self.months):
            self._deal()
        for deal in self.deals:
            self._work_deal(deal)
        self._browse()
        self._weak_ratings()
        self._requests()
        self._asset_columns()

    def _cast_assets(self) -> None:
        """Pick the assets that win deals, the weak ones and the forgotten ones."""
        rng, today = self.rng, self.today
        jitter = {a.id: rng.random() for a in self.assets}
        live = [a for a in self.assets if not _expired(a, today)]

        def promise(a: _Asset) -> float:
            return (2 * ("decision" in a.stages) + 2 * ("security" in a.objections)
                    + 1.5 * (a.kind == "case_study") + ("roi" in a.objections))

        ranked = sorted((a for a in live if promise(a) > 0),
                        key=lambda a: (-promise(a), jitter[a.id]))
        count = len(self.assets)
        self.champions = {a.id for a in ranked[:max(1, min(5, count // 8))]}
        expired = sorted((a for a in self.assets if _expired(a, today)),
                         key=lambda a: (a.expires_on, self.order[a.id]))
        others = [a for a in self.assets if a.id not in self.champions]
        weak: list[_Asset] = []
        if expired:
            weak.append(expired[0])
        elif others:
            weak.append(rng.choice([a for a in others if a.kind in ("battlecard", "one_pager")]
                                   or others))
        second = [a for a in others if a not in weak and not _expired(a, today)
                  and a.kind in ("case_study", "whitepaper", "deck")]
        if second and count >= 10:
            weak.append(rng.choice(second))
        self.weak = [a.id for a in weak]
        rest = [a for a in others if a.id not in self.weak]
        unused = _sample(rng, rest, [FORGETTABLE.get(a.kind, 1.0) for a in rest],
                         min(len(rest) // 3, max(1, count // 10)))
        rest = [a for a in rest if a not in unused]
        faded = rng.sample(rest, min(len(rest) // 3, max(1, count // 16)))
        self.unused = {a.id for a in unused}
        self.faded = {a.id: self.today - timedelta(days=rng.randint(100, 140)) for a in faded}
        self.quality = {a.id: rng.uniform(3.3, 4.4) for a in self.assets}
        self.quality.update(dict.fromkeys(self.champions, 4.5))
        for asset_id, quality in zip(self.weak, (0.6, 2.0), strict=False):
            self.quality[asset_id] = quality

    def _deal(self) -> None:
        rng = self.rng
        kind, word, _share, win_rate, cycle = _choice(rng, DEAL_TYPES, [t[2] for t in DEAL_TYPES])
        industry, _w, patterns = _choice(rng, INDUSTRIES, [i[1] for i in INDUSTRIES])
        span = (self.last - self.start).days
        closed = rng.random() < CLOSED_SHARE
        length = rng.randint(*cycle)
        if closed:
            close = self.start + timedelta(days=rng.randint(min(14, span), span))
            opened = max(self.start, close - timedelta(days=length))
        else:  # in the pipeline: opened some weeks ago, closing in the coming months
            opened = max(self.start, self.today - timedelta(days=rng.randint(10, length + 30)))
            close = self.today + timedelta(days=rng.randint(7, 120))
        eligible = [r for r in REPS if self.joined[r.name] <= opened] or list(REPS[:1])
        owner = _choice(rng, eligible, [r.pipeline for r in eligible])
        engaged = rng.random() < owner.adoption * self._ramp(opened)
        won = closed and rng.random() < win_rate * (1.12 if engaged else 0.7)
        low, high = AMOUNTS[kind]
        amount = round(math.exp(rng.uniform(math.log(low), math.log(high))) / 500) * 500
        account = self._account(patterns, word)
        competitor = None
        if rng.random() < {"New Business": 0.65, "Upsell": 0.1}.get(kind, 0.25):
            competitor = _choice(rng, self.competitors, [c[2] for c in self.competitors])[0]
        self.deals.append(_Deal(
            id=self.next_deal_id, external_id=self._external_id(), name=f"{account} – {word}",
            account=account, kind=kind, industry=industry, amount=float(amount), owner=owner,
            opened=opened, close=close, closed=closed, won=won, engaged=engaged,
            competitor=competitor, objections=self._deal_objections(kind, industry,
                                                                    competitor)))
        self.next_deal_id += 1

    def _account(self, patterns: Sequence[str], word: str) -> str:
        names = {d.name for d in self.deals}
        for _ in range(40):
            account = self.rng.choice(patterns).format(self.rng.choice(PLACES))
            if f"{account} – {word}" not in names:
                return account
        return f"{account} {len(self.deals)}"

    def _external_id(self) -> str:
        while True:
            found = ("0065g00000" + "".join(self.rng.choices(string.ascii_letters
                                                             + string.digits, k=5))
                     + "".join(self.rng.choices(string.ascii_uppercase, k=3)))
            if found not in self.taken_ids:
                self.taken_ids.add(found)
                return found

    def _deal_objections(self, kind: str, industry: str,
                         competitor: str | None) -> tuple[str, ...]:
        weights = []
        for key in self.objections:
            weight = OBJECTION_WEIGHTS.get(key, 1.0)
            if kind != "New Business":
                weight *= CUSTOMER_OBJECTIONS.get(key, 1.0)
            if key == "security" and industry in SECURITY_MINDED:
                weight *= 2.5
            if key in ("incumbent", "switching") and competitor:
                weight *= 2
            weights.append(weight)
        count = _choice(self.rng, (1, 2, 3), (0.35, 0.45, 0.2))
        return tuple(_sample(self.rng, self.objections, weights, count))

    # -- working a deal --------------------------------------------------------------------

    def _work_deal(self, deal: _Deal) -> None:
        rng, rep = self.rng, deal.owner
        end = min(deal.close, self.last)
        if deal.engaged:
            base = {"New Business": 5, "Upsell": 3}.get(deal.kind, 2)
            reach = min(1.0, 0.3 + (end - deal.opened).days / 45)
            touches = max(1, round((base + rng.randint(0, 4)) * (0.6 + 0.4 * rep.activity)
                                   * reach))
            for _ in range(touches):
                day = self._workday(deal.opened, end)
                asset = self._pick_for_deal(deal, day)
                if asset is not None:
                    self._touch(rep, asset, day, deal)
            self._planted(deal, end)
            if deal.won and deal.kind == "New Business" and deal.close < self.last:
                for _ in range(rng.choice((0, 1, 1, 2))):  # kickoff material, after the win
                    day = self._workday(deal.close + timedelta(days=1),
                                        deal.close + timedelta(days=21))
                    asset = self._pick(day, lambda a: 3.0 if "onboarding" in a.stages else 0.0)
                    if asset is not None and day > deal.close:
                        self._touch(rep, asset, day, deal, after_close=True)
        self._deal_notes(deal, end)

    def _planted(self, deal: _Deal, end: date) -> None:
        """The story: champions were on the calls of most won deals, weak assets on
        lost ones (when they fit the deal's competitor at all)."""
        late = deal.opened + timedelta(days=(end - deal.opened).days // 2)
        for asset_id in (*sorted(self.champions, key=lambda i: self.order[i]), *self.weak):
            asset = self.by_id[asset_id]
            if asset.competitors and deal.competitor not in asset.competitors:
                continue
            if asset_id in self.champions:
                chance = 0.45 if deal.won else 0.1 if deal.closed else 0.2
            else:
                chance = 0.3 if deal.closed and not deal.won else 0.04
            if self.rng.random() < chance:
                self._touch(deal.owner, asset, self._workday(late, end), deal, on_call=True)

    def _heard_at(self, deal: _Deal, day: date) -> str:
        """The stage an objection or competitor comes up at: evaluation or decision."""
        if deal.kind != "New Business":
            return "expansion"
        done = (day - deal.opened).days / max(1, (deal.close - deal.opened).days)
        return "consideration" if done < 0.55 else "decision"

    def _phase_stages(self, deal: _Deal, day: date) -> tuple[str, ...]:
        if deal.kind != "New Business":
            return ("expansion", "decision")
        done = (day - deal.opened).days / max(1, (deal.close - deal.opened).days)
        if done < 0.3:
            return ("awareness", "consideration")
        return ("consideration",) if done < 0.65 else ("decision", "consideration")

    def _pick_for_deal(self, deal: _Deal, day: date) -> _Asset | None:
        stages = self._phase_stages(deal, day)

        def weight(a: _Asset) -> float:
            w = 0.15 + (1.5 if set(a.stages) & set(stages) else 0.0)
            w += 0.8 * len(set(a.objections) & set(deal.objections))
            if a.competitors:
                w *= 4.0 if deal.competitor in a.competitors else 0.1
            if deal.industry in a.industries:
                w *= 2.5
            if a.id in self.champions:
                w *= 1.8 * (1.5 if deal.won else 0.8 if deal.closed else 1.0)
            elif a.id in self.weak:
                w *= 1.2 * (1.8 if deal.closed and not deal.won else 1.0)
            return w

        return self._pick(day, weight)

    def _pick(self, day: date, weight: Callable[[_Asset], float]) -> _Asset | None:
        """An asset by ``weight``, never an unused one nor a faded one after it faded."""
        choices, weights = [], []
        for asset in self.assets:
            if asset.id in self.unused or (asset.id in self.faded
                                           and day > self.faded[asset.id]):
                continue
            w = weight(asset)
            if _expired(asset, day):
                w *= 0.35
            if w > 0:
                choices.append(asset)
                weights.append(w)
        return _choice(self.rng, choices, weights) if choices else None

    def _touch(self, rep: _Rep, asset: _Asset, day: date, deal: _Deal, *,
               after_close: bool = False, on_call: bool = False) -> None:
        """A rep works with one asset for a deal: found (maybe by a search), previewed,
        opened, exported, used on a call (surely, with ``on_call``), perhaps rated."""
        rng = self.rng
        moment = self._at(day)
        search_id = None
        if rng.random() < 0.4:
            search_id = self._search_for(rep, asset,
                                         moment - timedelta(seconds=rng.randint(20, 240)))
        previewed = rng.random() < 0.9
        if previewed:
            self._use(rep, asset, "previewed", moment, None, search_id)
        later = moment + timedelta(minutes=rng.randint(1, 12))
        opened = not previewed or rng.random() < 0.55
        if opened:
            self._use(rep, asset, "opened", later, deal if rng.random() < 0.2 else None,
                      search_id)
        exported = rng.random() < 0.3
        if exported:
            self._use(rep, asset, "exported", later + timedelta(minutes=rng.randint(1, 15)),
                      deal if rng.random() < 0.6 else None, search_id)
        end = self.last if after_close else min(deal.close, self.last)
        talked = after_close or self._phase_stages(deal, day)[0] != "awareness"
        if on_call or (talked and rng.random() < 0.45):
            call = self._workday(day, min(end, day + timedelta(days=4)))
            self._use(rep, asset, "used_on_call", self._after(later, call, (20, 90)),
                      deal if on_call or rng.random() < 0.92 else None, None)
        if (opened or exported) and rng.random() < 0.4:
            self._rate(rep, asset, later, deal, after_close=after_close)

    def _use(self, rep: _Rep, asset: _Asset, action: str, when: datetime,
             deal: _Deal | None, search_id: str | None) -> None:
        self.rows[UsageEvent].append({
            "id": self._id(), "asset_id": asset.id, "user_name": rep.name, "action": action,
            "deal_id": deal.id if deal else None, "created_at": when,
            "search_id": search_id})

    # -- ratings ---------------------------------------------------------------------------

    def _rate(self, rep: _Rep, asset: _Asset, after: datetime, deal: _Deal | None, *,
              after_close: bool = False, stars: int | None = None) -> None:
        rng = self.rng
        day = after.date()
        if deal is not None and not after_close and deal.closed and rng.random() < 0.88:
            hi = min(deal.close, self.last)  # before it closed: it counts as influence
        else:
            hi = self.last
        when = self._after(after, self._workday(day, min(hi, day + timedelta(days=6))),
                           (10, 120))
        if stars is None:
            quality = self.quality[asset.id]
            if deal is not None and deal.closed:
                quality += 0.35 if deal.won else -0.2
            spread = 0.6 if asset.id in self.weak else 0.75
            stars = min(5, max(1, round(rng.gauss(quality, spread))))
        helped: bool | None
        if rng.random() < 0.2:
            helped = None
        elif stars >= 4:
            helped = rng.random() < (0.9 if deal is not None and deal.won else 0.7)
        else:
            helped = rng.random() < (0.08 if stars <= 2 else 0.4)
        deal_id, deal_name = None, ""
        if deal is not None and rng.random() < 0.9:
            deal_id, deal_name = deal.id, deal.name
        elif deal is not None and rng.random() < 0.5:
            deal_name = deal.account  # typed before the CRM export was imported
        answered = sorted(set(asset.objections) & set(deal.objections if deal else ()))
        if not answered and asset.objections and rng.random() < 0.6:
            answered = [rng.choice(asset.objections)]
        self.rows[RatingEvent].append({
            "id": self._id(), "asset_id": asset.id, "user_name": rep.name, "stars": stars,
            "created_at": when, "helped": helped, "deal_id": deal_id, "deal_name": deal_name,
            "objections": json.dumps(answered),
            "comment": self._comment(asset, stars, answered, deal)})

    def _comment(self, asset: _Asset, stars: int, answered: list[str],
                 deal: _Deal | None) -> str:
        rng = self.rng
        if rng.random() > (0.55 if stars <= 2 else 0.25):
            return ""
        if stars <= 2:
            pool = LOW_COMMENTS.get(asset.kind) or LOW_COMMENTS[""]
            if "{competitor}" in pool[0] and not asset.competitors:
                pool = LOW_COMMENTS[""]
        elif stars >= 4:
            pool = tuple(c for key in (*answered, asset.kind)
                         for c in HIGH_COMMENTS.get(key, ()))
            pool = pool or HIGH_COMMENTS[""]
        else:
            pool = MID_COMMENTS if deal is not None else MID_COMMENTS[:2]
        competitor = (self.competitor_labels.get(asset.competitors[0], asset.competitors[0])
                      if asset.competitors else "the competitor")
        industry = (self.taxonomy.label("industry", deal.industry).lower()
                    if deal is not None else "")
        return rng.choice(pool).format(competitor=competitor, industry=industry)

    def _weak_ratings(self) -> None:
        """Every rep has their say on the weak assets, so the low rating has the votes
        to count as one (insights.MIN_VOTES_LOW, and beyond the Bayesian prior)."""
        rated = {(r["asset_id"], r["user_name"]) for r in self.rows[RatingEvent]}
        for asset_id in self.weak:
            asset = self.by_id[asset_id]
            for rep in REPS:
                if (asset_id, rep.name) not in rated:
                    day = self._workday(self.joined[rep.name], self.last)
                    moment = self._at(day)
                    self._use(rep, asset, "previewed", moment, None, None)
                    self._rate(rep, asset, moment, None,
                               stars=_choice(self.rng, (1, 2), (0.7, 0.3)))

    # -- searches --------------------------------------------------------------------------

    def _results(self, text: str, filters: dict[str, tuple[str, ...]]) -> list[int]:
        """Roughly what the search would find: every known word of ``text`` (the index
        drops unknown ones; a text of only unknown words finds nothing), then filters."""
        key = (query_key(text), json.dumps(filters, sort_keys=True))
        found = self._results_memo.get(key)
        if found is None:
            words = [t.text for t in self.stem(text)]
            vocabulary = [w for w in words if any(w in a.words for a in self.assets)]
            found = [a.id for a in self.assets
                     if (not words or (vocabulary and all(w in a.words for w in vocabulary)))
                     and _passes(a, filters)]
            if words and vocabulary and not found and not filters:
                found = [a.id for a in self.assets if any(w in a.words for w in vocabulary)]
            self._results_memo[key] = found
        return found

    def _search(self, rep: _Rep, text: str, filters: dict[str, tuple[str, ...]],
                when: datetime) -> tuple[str, list[int]]:
        found = self._results(text, filters)
        sort = _choice(self.rng, [s for s, _w in SORTS], [w for _s, w in SORTS])
        if self.rng.random() < 0.4:
            text = text.lower()
        row = {"id": self._id(), "user_name": rep.name, "text": text,
               "filters": json.dumps({f: sorted(v) for f, v in filters.items() if v},
                                     sort_keys=True),
               "sort": sort, "result_count": len(found), "created_at": when,
               "opened": False, "query_key": query_key(text)}
        self.rows[SearchEvent].append(row)
        if not found and row["query_key"]:
            self.zero_searches.setdefault(row["query_key"], []).append(row)
        return row["id"], found

    def _search_for(self, rep: _Rep, asset: _Asset, when: datetime) -> str:
        """A search that would have shown ``asset``: words that find it, or its tags."""
        rng = self.rng
        hits = [q for q in QUERIES if asset.id in self._results(q[0], {})]
        filters: dict[str, tuple[str, ...]] = {}
        if hits and rng.random() < 0.7:
            text, _w, _objection, stage = _choice(rng, hits, [q[1] for q in hits])
            if stage in asset.stages and rng.random() < 0.3:
                filters["stage"] = (stage,)
            return self._search(rep, text, filters, when)[0]
        if asset.stages:
            filters["stage"] = (rng.choice(asset.stages),)
        if asset.objections and (rng.random() < 0.7 or not filters):
            filters["objection"] = (rng.choice(asset.objections),)
        if not filters and asset.kind:
            filters["kind"] = (asset.kind,)
        return self._search(rep, "", filters, when)[0]

    def _browse(self) -> None:
        """Searches with no deal in mind: looking around, preparing, finding nothing."""
        rng = self.rng
        filter_searches = [(f, w) for f, w in FILTER_SEARCHES if self._valid_filters(f)]
        for rep in REPS:
            for day in self.workdays:
                if day < self.joined[rep.name]:
                    continue
                rate = 0.6 * rep.activity * self._ramp(day)
                for _ in range(sum(rng.random() < rate / 2 for _ in range(2))):
                    self._browse_once(rep, day, filter_searches)

    def _browse_once(self, rep: _Rep, day: date,
                     filter_searches: list[tuple[dict[str, tuple[str, ...]], float]]) -> None:
        rng = self.rng
        when = self._at(day)
        if filter_searches and rng.random() < 0.12:
            filters = _choice(rng, [f for f, _w in filter_searches],
                              [w for _f, w in filter_searches])
            text = ""
        else:
            text, _w, objection, stage = _choice(rng, QUERIES, [q[1] for q in QUERIES])
            filters = {}
            if stage in self.stages and rng.random() < 0.2:
                filters["stage"] = (stage,)
            if objection in self.objections and rng.random() < 0.12:
                filters["objection"] = (objection,)
        search_id, found = self._search(rep, text, filters, when)
        if not found or rng.random() > 0.5:
            return
        terms = {t.text for t in self.stem(text)}
        ranked = sorted(found, key=lambda i: (-len(terms & self.by_id[i].title_words),
                                              -self.quality[i], self.order[i]))
        ranked = [i for i in ranked if i not in self.unused
                  and not (i in self.faded and day > self.faded[i])]
        if not ranked:
            return
        asset = self.by_id[ranked[min(int(rng.expovariate(0.8)), len(ranked) - 1)]]
        moment = when + timedelta(seconds=rng.randint(5, 90))
        self._use(rep, asset, "previewed", moment, None, search_id)
        if rng.random() < 0.4:
            later = moment + timedelta(minutes=rng.randint(1, 8))
            self._use(rep, asset, "opened", later, None, search_id)
            if rng.random() < 0.15:
                self._use(rep, asset, "exported", later + timedelta(minutes=2), None,
                          search_id)
            if rng.random() < 0.25:
                self._rate(rep, asset, later, None)

    def _valid_filters(self, filters: dict[str, tuple[str, ...]]) -> bool:
        names = self.taxonomy.facet_names()
        return all(facet in names and all(self.taxonomy.resolve(facet, v) == v for v in values)
                   for facet, values in filters.items())

    # -- field notes and requests ----------------------------------------------------------

    def _deal_notes(self, deal: _Deal, end: date) -> None:
        """Objections heard (at the stage the deal was in) and competitors met."""
        rng, rep = self.rng, deal.owner
        keen = 0.35 + 0.4 * rep.adoption
        for objection in deal.objections:
            if rng.random() < keen:
                day = self._workday(deal.opened, end)
                stage = "" if rng.random() < 0.12 else self._heard_at(deal, day)
                self._note(rep, "objection", objection, stage, deal, day,
                           rng.choice(NOTES.get(objection, ("",))))
        if deal.competitor and rng.random() < keen + 0.15:
            day = self._workday(deal.opened, end)
            stage = self._heard_at(deal, day)
            label = self.competitor_labels[deal.competitor]
            self._note(rep, "competitor", deal.competitor, stage, deal, day,
                       rng.choice(COMPETITOR_NOTES).format(label))
        if deal.won and deal.kind == "New Business" and deal.close < self.last:
            for objection, note in ONBOARDING_NOTES.items():
                if objection in self.objections and rng.random() < 0.4 * keen:
                    day = self._workday(deal.close + timedelta(days=1),
                                        deal.close + timedelta(days=30))
                    if day > deal.close:
                        self._note(rep, "objection", objection, "onboarding", deal, day, note)

    def _note(self, rep: _Rep, kind: str, value: str, stage: str, deal: _Deal | None,
              day: date, note: str) -> None:
        self.rows[FieldNote].append({
            "id": self._id(), "user_name": rep.name, "kind": kind, "value_key": value,
            "stage": stage if stage in self.stages else "",
            "deal_id": deal.id if deal else None, "deal_name": deal.name if deal else "",
            "note": note, "created_at": self._at(day)})

    def _requests(self) -> None:
        """"Needed X, found nothing": most a minute after a search that found nothing."""
        rng = self.rng
        for need, query, stage, objection in REQUESTS:
            if stage not in self.stages or objection not in self.objections:
                continue
            after = self.zero_searches.get(query) if query else None
            if after:
                search = rng.choice(after)
                user, when, search_id = (search["user_name"], search["created_at"]
                                         + timedelta(minutes=rng.randint(1, 4)), search["id"])
            elif query:
                continue  # the library has it: nobody would ask
            else:
                rep = rng.choice([r for r in REPS if r.activity >= 0.5])
                user, search_id = rep.name, None
                when = self._at(self._workday(self.joined[rep.name], self.last))
            self.rows[ContentRequest].append({
                "id": self._id(), "user_name": user, "need": need, "query": query,
                "stage": stage, "objection": objection, "search_id": search_id,
                "created_at": when})

    def _asset_columns(self) -> None:
        """The content predates the activity; something has expired (see the docstring)."""
        imported = datetime.combine(self.start, time(7, 30))
        expire = None
        if self.weak and not any(_expired(a, self.today) for a in self.assets):
            expire = self.weak[0]
        for asset in self.assets:
            values: Row = {}
            if asset.imported_at > imported:
                values["imported_at"] = imported
            if asset.id == expire:
                values["expires_on"] = self.today - timedelta(days=self.rng.randint(20, 60))
            if values:
                self.asset_updates.append({"id": asset.id, **values})

    # -- writing ---------------------------------------------------------------------------

    def _id(self) -> str:
        return str(uuid.uuid4())

    def _deal_rows(self) -> list[Row]:
        rows = []
        for deal in self.deals:
            synced = self.workdays[min(bisect_left(self.workdays, deal.opened),
                                       len(self.workdays) - 1)]
            imported = datetime.combine(synced, time(7, 0))  # the morning CRM sync
            changed = (self._workday(deal.close, deal.close + timedelta(days=5)) if deal.closed
                       else self._workday(self.last - timedelta(days=7), self.last))
            touched = self._at(changed)
            rows.append({
                "id": deal.id, "crm": "salesforce", "external_id": deal.external_id,
                "name": deal.name, "account": deal.account, "amount": deal.amount,
                "stage": deal.stage_name(self.today), "is_closed": deal.closed,
                "is_won": deal.won, "close_date": deal.close, "kind": deal.kind,
                "imported_at": imported, "updated_at": max(imported, touched)})
        return rows

    def write(self, session: Session) -> None:
        deal_rows = self._deal_rows()
        # Made-up activity must never reach a team hub: take it out of the sync outbox.
        before = session.scalar(select(func.coalesce(func.max(SyncOutbox.seq), 0)))
        for model, rows in ((Deal, deal_rows), *self.rows.items()):
            if rows:
                session.execute(insert(model), rows)
        session.execute(delete(SyncOutbox).where(SyncOutbox.seq > before))
        if self.asset_updates:
            session.execute(update(Asset), self.asset_updates)

    def summary(self) -> HistorySummary:
        people = {row["user_name"] for rows in self.rows.values() for row in rows}
        return HistorySummary(
            reps=len(people), deals=len(self.deals),
            ratings=len(self.rows[RatingEvent]), usage_events=len(self.rows[UsageEvent]),
            searches=len(self.rows[SearchEvent]), field_notes=len(self.rows[FieldNote]),
            requests=len(self.rows[ContentRequest]))


def _expired(asset: _Asset, day: date) -> bool:
    return asset.expires_on is not None and asset.expires_on < day


def _passes(asset: _Asset, filters: dict[str, tuple[str, ...]]) -> bool:
    tags = {"kind": (asset.kind,), "stage": asset.stages, "objection": asset.objections,
            "competitor": asset.competitors, "industry": asset.industries}
    return all(set(values) & set(tags.get(facet, ())) for facet, values in filters.items())


def _choice(rng: random.Random, items: Sequence[T], weights: Sequence[float]) -> T:
    return rng.choices(items, weights=weights)[0]


def _sample(rng: random.Random, items: Sequence[T], weights: Sequence[float],
            count: int) -> list[T]:
    """``count`` distinct items, each drawn by weight from those left."""
    pool, left = list(items), list(weights)
    chosen = []
    while pool and len(chosen) < count:
        index = rng.choices(range(len(pool)), weights=left)[0]
        chosen.append(pool.pop(index))
        left.pop(index)
    return chosen


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the month's last day if shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, min(day.day, (following - timedelta(days=1)).day))
