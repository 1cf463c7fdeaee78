"""The story of a demo history: the reps at work over the period, in one deterministic
order of random draws (see history.py for what the story plants).

Which assets matter is decided first (champions on won deals, weak ones rated low,
forgotten ones never used); then each deal is worked (content found, often by a search,
previewed, opened, exported, used on calls, rated; objections and competitors noted),
reps browse on days without a deal in mind, everyone has their say on the weak assets,
and requests follow the searches that found nothing. Every row is built in memory;
writing.py stores them.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from enablement.catalog.taxonomy import Taxonomy
from enablement.demo.calendar import Calendar
from enablement.demo.cast import (
    DEALS_PER_MONTH,
    FILTER_SEARCHES,
    FORGETTABLE,
    HIGH_COMMENTS,
    LOW_COMMENTS,
    MID_COMMENTS,
    QUERIES,
    REPS,
    Rep,
)
from enablement.demo.content import DemoAsset, expired
from enablement.demo.deals import DealMaker, DemoDeal
from enablement.demo.draws import choice, new_id, sample
from enablement.demo.notes import Notebook
from enablement.demo.searches import SearchLog
from enablement.store.models import (
    Base,
    ContentRequest,
    Deal,
    FieldNote,
    RatingEvent,
    SearchEvent,
    UsageEvent,
)

Row = dict[str, Any]


class Story:
    """Builds every row in memory, in one deterministic order of random draws."""

    def __init__(self, rng: random.Random, today: date, months: int, taxonomy: Taxonomy,
                 assets: list[DemoAsset], competitors: list[tuple[str, str, float]],
                 first_deal_id: int, taken_ids: set[str]) -> None:
        self.rng = rng
        self.today = today
        self.calendar = Calendar(rng, today, months)
        self.taxonomy = taxonomy
        self.assets = assets
        self.by_id = {a.id: a for a in assets}
        self.order = {a.id: n for n, a in enumerate(assets)}
        self.competitor_labels = {key: label for key, label, _often in competitors}
        self.stages = {v.key for v in taxonomy.facet("stage").values}
        self.objections = [v.key for v in taxonomy.facet("objection").values]
        self.deal_maker = DealMaker(rng, self.calendar, competitors, self.objections,
                                    first_deal_id, taken_ids)
        self.searches = SearchLog(rng, assets, taxonomy)
        self.notebook = Notebook(rng, self.calendar, self.stages, self.objections,
                                 self.competitor_labels)
        # Who plays which part, decided by _cast_assets before any deal is worked.
        self.champions: set[int] = set()
        self.weak: list[int] = []
        self.unused: set[int] = set()
        self.faded: dict[int, date] = {}  # asset id: the day it stopped being used
        self.quality: dict[int, float] = {}  # asset id: the stars it tends to get
        self.usage: list[Row] = []
        self.ratings: list[Row] = []
        self.asset_updates: list[Row] = []
        self.deal_rows: list[Row] = []

    def tell(self) -> None:
        self._cast_assets()
        for _ in range(DEALS_PER_MONTH * self.calendar.months):
            self.deal_maker.make()
        deals = self.deal_maker.deals
        for deal in deals:
            self._work_deal(deal)
        self._browse()
        self._weak_ratings()
        self.notebook.requests(self.searches.zero_searches)
        self._asset_columns()
        self.deal_rows = self.deal_maker.rows()  # last: it draws the CRM's times

    def tables(self) -> dict[type[Base], list[Row]]:
        """Every row told, by table, in the order they can be inserted (deals first,
        searches before the usage and requests that point at them)."""
        return {Deal: self.deal_rows, SearchEvent: self.searches.rows, UsageEvent: self.usage,
                RatingEvent: self.ratings, FieldNote: self.notebook.notes,
                ContentRequest: self.notebook.requested}

    # -- which assets matter -------------------------------------------------------------------

    def _cast_assets(self) -> None:
        """Pick the assets that win deals, the weak ones and the forgotten ones."""
        rng, today = self.rng, self.today
        jitter = {a.id: rng.random() for a in self.assets}
        live = [a for a in self.assets if not expired(a, today)]

        def promise(a: DemoAsset) -> float:
            return (2 * ("decision" in a.stages) + 2 * ("security" in a.objections)
                    + 1.5 * (a.kind == "case_study") + ("roi" in a.objections))

        ranked = sorted((a for a in live if promise(a) > 0),
                        key=lambda a: (-promise(a), jitter[a.id]))
        count = len(self.assets)
        self.champions = {a.id for a in ranked[:max(1, min(5, count // 8))]}
        lapsed = sorted((a for a in self.assets if expired(a, today)),
                        key=lambda a: (a.expires_on, self.order[a.id]))
        others = [a for a in self.assets if a.id not in self.champions]
        weak: list[DemoAsset] = []
        if lapsed:
            weak.append(lapsed[0])
        elif others:
            weak.append(rng.choice([a for a in others if a.kind in ("battlecard", "one_pager")]
                                   or others))
        second = [a for a in others if a not in weak and not expired(a, today)
                  and a.kind in ("case_study", "whitepaper", "deck")]
        if second and count >= 10:
            weak.append(rng.choice(second))
        self.weak = [a.id for a in weak]
        rest = [a for a in others if a.id not in self.weak]
        unused = sample(rng, rest, [FORGETTABLE.get(a.kind, 1.0) for a in rest],
                        min(len(rest) // 3, max(1, count // 10)))
        rest = [a for a in rest if a not in unused]
        faded = rng.sample(rest, min(len(rest) // 3, max(1, count // 16)))
        self.unused = {a.id for a in unused}
        self.faded = {a.id: self.today - timedelta(days=rng.randint(100, 140)) for a in faded}
        self.quality = {a.id: rng.uniform(3.3, 4.4) for a in self.assets}
        self.quality.update(dict.fromkeys(self.champions, 4.5))
        for asset_id, quality in zip(self.weak, (0.6, 2.0), strict=False):
            self.quality[asset_id] = quality

    # -- working a deal ----------------------------------------------------------------------

    def _work_deal(self, deal: DemoDeal) -> None:
        rng, rep, cal = self.rng, deal.owner, self.calendar
        end = min(deal.close, cal.last)
        if deal.engaged:
            base = {"New Business": 5, "Upsell": 3}.get(deal.kind, 2)
            reach = min(1.0, 0.3 + (end - deal.opened).days / 45)
            touches = max(1, round((base + rng.randint(0, 4)) * (0.6 + 0.4 * rep.activity)
                                   * reach))
            for _ in range(touches):
                day = cal.workday(deal.opened, end)
                asset = self._pick_for_deal(deal, day)
                if asset is not None:
                    self._touch(rep, asset, day, deal)
            self._planted(deal, end)
            if deal.won and deal.kind == "New Business" and deal.close < cal.last:
                for _ in range(rng.choice((0, 1, 1, 2))):  # kickoff material, after the win
                    day = cal.workday(deal.close + timedelta(days=1),
                                      deal.close + timedelta(days=21))
                    asset = self._pick(day, lambda a: 3.0 if "onboarding" in a.stages else 0.0)
                    if asset is not None and day > deal.close:
                        self._touch(rep, asset, day, deal, after_close=True)
        self.notebook.deal_notes(deal, end)

    def _planted(self, deal: DemoDeal, end: date) -> None:
        """The story: champions were on the calls of most won deals, weak assets on
        lost ones (when they fit the deal's competitor at all)."""
        cal = self.calendar
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
                self._touch(deal.owner, asset, cal.workday(late, end), deal, on_call=True)

    def _pick_for_deal(self, deal: DemoDeal, day: date) -> DemoAsset | None:
        stages = deal.phase_stages(day)

        def weight(a: DemoAsset) -> float:
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

    def _pick(self, day: date, weight: Callable[[DemoAsset], float]) -> DemoAsset | None:
        """An asset by ``weight``, never an unused one nor a faded one after it faded."""
        choices, weights = [], []
        for asset in self.assets:
            if asset.id in self.unused or (asset.id in self.faded
                                           and day > self.faded[asset.id]):
                continue
            w = weight(asset)
            if expired(asset, day):
                w *= 0.35
            if w > 0:
                choices.append(asset)
                weights.append(w)
        return choice(self.rng, choices, weights) if choices else None

    def _touch(self, rep: Rep, asset: DemoAsset, day: date, deal: DemoDeal, *,
               after_close: bool = False, on_call: bool = False) -> None:
        """A rep works with one asset for a deal: found (maybe by a search), previewed,
        opened, exported, used on a call (surely, with ``on_call``), perhaps rated."""
        rng, cal = self.rng, self.calendar
        moment = cal.at(day)
        search_id = None
        if rng.random() < 0.4:
            search_id = self.searches.search_for(
                rep, asset, moment - timedelta(seconds=rng.randint(20, 240)))
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
        end = cal.last if after_close else min(deal.close, cal.last)
        talked = after_close or deal.phase_stages(day)[0] != "awareness"
        if on_call or (talked and rng.random() < 0.45):
            call = cal.workday(day, min(end, day + timedelta(days=4)))
            self._use(rep, asset, "used_on_call", cal.after(later, call, (20, 90)),
                      deal if on_call or rng.random() < 0.92 else None, None)
        if (opened or exported) and rng.random() < 0.4:
            self._rate(rep, asset, later, deal, after_close=after_close)

    def _use(self, rep: Rep, asset: DemoAsset, action: str, when: datetime,
             deal: DemoDeal | None, search_id: str | None) -> None:
        self.usage.append({
            "id": new_id(), "asset_id": asset.id, "user_name": rep.name, "action": action,
            "deal_id": deal.id if deal else None, "created_at": when,
            "search_id": search_id})

    # -- ratings -----------------------------------------------------------------------------

    def _rate(self, rep: Rep, asset: DemoAsset, after: datetime, deal: DemoDeal | None, *,
              after_close: bool = False, stars: int | None = None) -> None:
        rng, cal = self.rng, self.calendar
        day = after.date()
        if deal is not None and not after_close and deal.closed and rng.random() < 0.88:
            hi = min(deal.close, cal.last)  # before it closed: it counts as influence
        else:
            hi = cal.last
        when = cal.after(after, cal.workday(day, min(hi, day + timedelta(days=6))),
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
        self.ratings.append({
            "id": new_id(), "asset_id": asset.id, "user_name": rep.name, "stars": stars,
            "created_at": when, "helped": helped, "deal_id": deal_id, "deal_name": deal_name,
            "objections": json.dumps(answered),
            "comment": self._comment(asset, stars, answered, deal)})

    def _comment(self, asset: DemoAsset, stars: int, answered: list[str],
                 deal: DemoDeal | None) -> str:
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
        cal = self.calendar
        rated = {(r["asset_id"], r["user_name"]) for r in self.ratings}
        for asset_id in self.weak:
            asset = self.by_id[asset_id]
            for rep in REPS:
                if (asset_id, rep.name) not in rated:
                    day = cal.workday(cal.joined[rep.name], cal.last)
                    moment = cal.at(day)
                    self._use(rep, asset, "previewed", moment, None, None)
                    self._rate(rep, asset, moment, None,
                               stars=choice(self.rng, (1, 2), (0.7, 0.3)))

    # -- browsing ----------------------------------------------------------------------------

    def _browse(self) -> None:
        """Searches with no deal in mind: looking around, preparing, finding nothing."""
        rng, cal = self.rng, self.calendar
        filter_searches = [(f, w) for f, w in FILTER_SEARCHES if self.searches.valid_filters(f)]
        for rep in REPS:
            for day in cal.workdays:
                if day < cal.joined[rep.name]:
                    continue
                rate = 0.6 * rep.activity * cal.ramp(day)
                for _ in range(sum(rng.random() < rate / 2 for _ in range(2))):
                    self._browse_once(rep, day, filter_searches)

    def _browse_once(self, rep: Rep, day: date,
                     filter_searches: list[tuple[dict[str, tuple[str, ...]], float]]) -> None:
        rng, cal = self.rng, self.calendar
        when = cal.at(day)
        if filter_searches and rng.random() < 0.12:
            filters = choice(rng, [f for f, _w in filter_searches],
                             [w for _f, w in filter_searches])
            text = ""
        else:
            text, _w, objection, stage = choice(rng, QUERIES, [q[1] for q in QUERIES])
            filters = {}
            if stage in self.stages and rng.random() < 0.2:
                filters["stage"] = (stage,)
            if objection in self.objections and rng.random() < 0.12:
                filters["objection"] = (objection,)
        search_id, found = self.searches.search(rep, text, filters, when)
        if not found or rng.random() > 0.5:
            return
        terms = {t.text for t in self.searches.stem(text)}
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

    # -- the assets --------------------------------------------------------------------------

    def _asset_columns(self) -> None:
        """The content predates the activity; something has expired (see the docstring)."""
        cal = self.calendar
        imported = datetime.combine(cal.start, time(7, 30))
        expire = None
        if self.weak and not any(expired(a, self.today) for a in self.assets):
            expire = self.weak[0]
        for asset in self.assets:
            values: Row = {}
            if asset.imported_at > imported:
                values["imported_at"] = imported
            if asset.id == expire:
                values["expires_on"] = self.today - timedelta(days=self.rng.randint(20, 60))
            if values:
                self.asset_updates.append({"id": asset.id, **values})
