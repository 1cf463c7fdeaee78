"""The numbers read aloud: a few sentences a marketer can paste into an email.

Always five to eight sentences (baseline, coverage, search, requests and adoption, plus
the best lift, the top earner and stale content when there is something to say). Small
samples are called small, and empty periods say so instead of printing zeros.
"""

from __future__ import annotations

from collections import Counter

from enablement.insights.figures import MIN_SAMPLE, NO_STAGE, THIN_RATIO, CoverageCell, Insights
from enablement.insights.reporting import fmt

GAPS_NAMED = 3


def reading(insights: Insights) -> list[str]:
    sentences = [_baseline(insights), _lift(insights), _revenue(insights),
                 _coverage(insights), _search(insights), _requests(insights),
                 _adoption(insights), _stale(insights)]
    return [s for s in sentences if s]


def _few(n: int, noun: str = "closed deal") -> str:
    return f"only {fmt.plural(n, noun)} — too few to trust"


def _baseline(insights: Insights) -> str:
    base = insights.baseline
    if not base.closed:
        return "No deals closed in this period, so there is no baseline yet."
    sentence = (f"Baseline win rate was {fmt.pct(base.win_rate)} ({fmt.count(base.won)} of "
                f"{fmt.plural(base.closed, 'closed deal')})")
    return sentence + (f"; {_few(base.closed)}." if base.closed < MIN_SAMPLE else ".")


def _lift(insights: Insights) -> str:
    """The content with the best lift on enough deals, else the best-evidenced one."""
    if insights.baseline.win_rate is None:
        return ""
    linked = [s for s in insights.scorecard if s.influenced_closed and s.lift_pp is not None]
    if not linked:
        return ("No closed deal in this period is linked to content yet; reps link one by "
                "naming the deal when they use or rate content.")
    trusted = [s for s in linked if not s.small_sample]
    best = (max(trusted, key=lambda s: (s.lift_pp, s.influenced_closed)) if trusted
            else max(linked, key=lambda s: (s.influenced_closed, s.lift_pp)))
    said = (f"Deals that used '{best.title}' won {fmt.pct(best.win_rate)} of the time "
            f"({fmt.points(best.lift_pp)})")
    if best.small_sample:
        return f"{said}, but over {_few(best.influenced_closed)}."
    return f"{said} over {fmt.plural(best.influenced_closed, 'closed deal')}."


def _revenue(insights: Insights) -> str:
    earning = [s for s in insights.scorecard if s.attributed_revenue > 0]
    if not earning:
        return ""
    best = max(earning, key=lambda s: (s.attributed_revenue, s.influenced_won))
    share = best.attributed_revenue / sum(s.attributed_revenue for s in earning)
    return (f"'{best.title}' has the most attributed revenue: "
            f"{fmt.money(best.attributed_revenue)} from "
            f"{fmt.plural(best.influenced_won, 'won deal')} ({fmt.pct(share)} of all revenue "
            "attributed to content).")


def _where(cell: CoverageCell) -> str:
    return "with no stage named" if cell.stage == NO_STAGE else f"at {cell.stage_label}"


def _coverage(insights: Insights) -> str:
    cells = insights.coverage
    objections = {c.objection for c in cells}
    gaps = sorted((c for c in cells if c.status == "gap"),
                  key=lambda c: (-c.demand, c.objection_label, c.stage_label))
    if gaps:
        gapped = {c.objection for c in gaps}
        stages = {c.stage for c in gaps}
        named = ", ".join(
            f"{c.objection_label}{'' if len(stages) == 1 else ' ' + _where(c)} (heard or "
            f"searched {fmt.plural(c.demand, 'time')})" for c in gaps[:GAPS_NAMED])
        if len(stages) > 1:
            where = "where reps needed it"
        elif gaps[0].stage == NO_STAGE:
            where = _where(gaps[0])
        else:
            where = f"at the {gaps[0].stage_label} stage"
        more = f" and {len(gaps) - GAPS_NAMED} more" if len(gaps) > GAPS_NAMED else ""
        return (f"{len(gapped)} of {fmt.plural(len(objections), 'objection')} "
                f"{'has' if len(gapped) == 1 else 'have'} no well-rated content {where}: "
                f"{named}{more}.")
    thin = sorted((c for c in cells if c.status == "thin"), key=lambda c: -c.demand)
    if thin:
        c = thin[0]
        return (f"No objection is left without well-rated content, but "
                f"{fmt.plural(len(thin), 'stage and objection pair')} "
                f"{'is' if len(thin) == 1 else 'are'} thin (more than {THIN_RATIO:g} asks per "
                f"well-rated asset), most of all {c.objection_label} {_where(c)} "
                f"({fmt.plural(c.demand, 'ask')}, "
                f"{fmt.plural(c.well_rated_assets, 'well-rated asset')}).")
    if any(c.demand for c in cells):
        return "Every objection reps heard or searched for has well-rated content."
    return "No objections were heard or searched for in this period, so coverage is unknown."


def _search(insights: Insights) -> str:
    health = insights.search_health
    if not health.searches:
        return "No searches were logged in this period."
    if not health.zero_results:
        return (f"All {fmt.plural(health.searches, 'search', 'searches')} found something; "
                f"{fmt.count(health.without_click)} led to no preview, open or export.")
    said = (f"{fmt.pct(health.zero_result_rate)} of searches found nothing "
            f"({fmt.count(health.zero_results)} of {fmt.count(health.searches)})")
    if health.zero_result_queries:
        worst = health.zero_result_queries[0]
        said += (f"; the most common was '{worst.text}' "
                 f"({fmt.plural(worst.zero_results, 'time')})")
    return said + "."


def _requests(insights: Insights) -> str:
    requests = insights.requests
    if not requests:
        return "No content requests were made in this period."
    verb = "was" if len(requests) == 1 else "were"
    said = f"{fmt.plural(len(requests), 'content request')} {verb} made in this period"
    topics = Counter(r.objection for r in requests if r.objection)
    if topics:
        topic, n = topics.most_common(1)[0]
        share = "" if len(requests) == 1 else "all " if n == len(requests) else f"{n:,} "
        said += f", {share}about {topic}"
    latest = max(requests, key=lambda r: r.created_at)
    return f"{said}; the latest asks for '{_clip(latest.need or latest.query)}'."


def _clip(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _adoption(insights: Insights) -> str:
    reps = insights.adoption
    if not reps:
        return "No rep activity was recorded in this period."
    on_call = sum(1 for a in reps if a.used_on_call)
    using = sum(1 for a in reps if a.uses)
    said = (f"Adoption: {fmt.count(on_call)} of {fmt.plural(len(reps), 'active rep')} used "
            "content on a call")
    if using > on_call:
        said += f" ({fmt.count(using)} used it in some way)"
    top = max(reps, key=lambda a: (a.uses, a.used_on_call))
    if top.uses:
        said += f"; the most active was {top.user_name} with {fmt.plural(top.uses, 'use')}"
    return said + "."


def _stale(insights: Insights) -> str:
    if not insights.stale:
        return ""
    expired = sum(1 for s in insights.stale if any(r.startswith("expired") for r in s.reasons))
    n = len(insights.stale)
    return (f"{fmt.plural(n, 'asset')} {'looks' if n == 1 else 'look'} stale "
            f"({fmt.count(expired)} expired); see Stale content.")
