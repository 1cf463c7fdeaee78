"""The default taxonomy every new library starts with (PRODUCT.md); marketers may edit it.

Each value lists phrases that suggest it. Phrases are matched as whole words, case
insensitive, and carry a weight: a phrase that names the idea outright ("SOC 2") weighs
more than one that merely hints at it ("audit"). The label and key always count too.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ValueSpec:
    key: str
    label: str
    phrases: dict[str, float] = field(default_factory=dict)
    description: str = ""


@dataclass(frozen=True)
class FacetSpec:
    name: str
    label: str
    multi: bool
    open: bool  # open facets accept new values from manifests, sidecars and edits
    values: tuple[ValueSpec, ...]


KINDS = FacetSpec("kind", "Kind", multi=False, open=False, values=(
    ValueSpec("case_study", "Case study", {
        "case study": 3, "customer story": 3, "success story": 3, "the results": 1,
        "the challenge": 1.5, "the solution": 1, "about the customer": 2,
        "testimonial": 2.5, "customer spotlight": 3}),
    ValueSpec("battlecard", "Battlecard", {
        "battlecard": 4, "battle card": 4, "landmine": 2, "landmines": 2, "competitive": 1.5,
        "how we win": 2.5, "their weaknesses": 2, "trap-setting": 2, "win themes": 2,
        "when they say": 1.5, "compete": 2.5, "competing with": 3, "competitive matrix": 3,
        "comparison matrix": 3, "where we win": 2.5}),
    ValueSpec("roi_calculator", "ROI calculator", {
        "roi calculator": 4, "calculator": 2, "payback": 1, "annual savings": 1,
        "estimator": 3, "savings calculator": 4, "tco calculator": 4, "cost model": 2.5,
        "cost comparison": 2, "roi": 1.5, "savings": 1}),
    ValueSpec("one_pager", "One-pager", {
        "one-pager": 4, "one pager": 4, "onepager": 4, "datasheet": 3, "data sheet": 3,
        "solution brief": 3, "product brief": 3, "brief": 2, "fact sheet": 3,
        "at a glance": 2, "overview": 1}),
    ValueSpec("deck", "Deck", {
        "deck": 2, "presentation": 2, "slide": 1, "slides": 1.5, "agenda": 1, "pitch": 1.5,
        "webinar": 1}),
    ValueSpec("whitepaper", "Whitepaper", {
        "whitepaper": 4, "white paper": 4, "executive summary": 1.5, "research": 1,
        "methodology": 1.5, "guide": 1, "report": 0.5, "research paper": 3, "ebook": 3,
        "e-book": 3, "practical guide": 2}),
    ValueSpec("email_template", "Email template", {
        "subject:": 3, "subject line": 3, "email template": 4, "hi {first_name}": 3,
        "hi [first name]": 3, "best regards": 1.5, "talk soon": 1, "email": 2, "emails": 2,
        "nurture": 2, "outreach": 1.5, "sequence": 1}),
    # What the other kinds are not: guides, FAQs, talk tracks, templates, notes, price
    # lists. Only these phrases count for it, never the word "other".
    ValueSpec("other", "Other", {
        "faq": 3, "frequently asked questions": 3, "talk track": 3, "call script": 3,
        "script": 1.5, "discovery questions": 2.5, "playbook": 2.5, "sales play": 2.5,
        "play": 1.5,
        "installation guide": 4, "install guide": 4, "user guide": 4, "admin guide": 4,
        "onboarding guide": 4, "setup guide": 4, "quick start": 3, "administrator": 1.5,
        "template": 1.5, "call notes": 4, "meeting notes": 4, "notes": 1.5,
        "questionnaire": 3, "price list": 4, "pricing": 1.5, "plans and pricing": 3,
        "rate card": 3, "kit": 1.5, "checklist": 2.5, "mutual action plan": 4,
        "action plan": 2, "key terms": 2, "objection handling": 1.5}),
))

STAGES = FacetSpec("stage", "Funnel stage", multi=True, open=False, values=(
    ValueSpec("awareness", "Awareness", {
        "awareness": 2, "trends": 1, "industry report": 2, "benchmark": 1, "why now": 1.5,
        "introduction": 1, "cold outreach": 2, "first touch": 2, "top of funnel": 3,
        "nurture": 2, "webinar": 2, "guide": 1, "outreach": 1.5,
        "thought leadership": 3, "ebook": 2, "research": 1, "company overview": 2.5,
        "corporate overview": 2.5, "who we are": 2},
        "Top of funnel: the buyer is learning about the problem."),
    ValueSpec("consideration", "Consideration", {
        "consideration": 2, "evaluation": 1.5, "compare": 1, "comparison": 1.5,
        "how it works": 1.5, "demo": 1, "discovery call": 1.5, "shortlist": 2,
        "discovery": 1.5, "case study": 1.5, "customer story": 1.5, "pilot": 1,
        "deep dive": 1.5, "feature matrix": 2.5, "competitive matrix": 2.5,
        "comparison matrix": 2.5,
        "middle of funnel": 3},
        "Middle of funnel: the buyer compares approaches and vendors."),
    ValueSpec("decision", "Decision", {
        "decision": 1.5, "business case": 2, "proposal": 1.5, "pricing": 1.5, "negotiation": 2,
        "price list": 2.5, "plans and pricing": 2.5, "msa": 2, "key terms": 1.5,
        "master subscription agreement": 2.5, "legal review": 2, "redlines": 2,
        "security questionnaire": 2.5, "questionnaire": 1.5, "security review": 2,
        "mutual action plan": 3, "approve": 1, "approval": 1, "objection handling": 1.5,
        "final round": 2, "procurement review": 2, "sign the contract": 2,
        "bottom of funnel": 3, "head-to-head": 1.5, "security overview": 2.5,
        "data handling": 1.5, "trust center": 2, "rfp response": 2.5,
        "request for proposal": 2, "price book": 2.5},
        "Bottom of funnel: the buyer is choosing and justifying the purchase."),
    ValueSpec("onboarding", "Onboarding", {
        "onboarding": 2.5, "kickoff": 2, "kick-off": 2, "go-live": 1.5, "training": 1.5,
        "welcome to": 2, "first 30 days": 2.5, "implementation plan": 2, "install": 1.5,
        "installation": 2, "installer": 2, "rollout": 1.5, "roll out": 1.5,
        "administrator": 1.5, "getting started": 2.5, "setup": 1.5, "new customers": 2,
        "first 90 days": 2.5},
        "Post-sale: getting a new customer live."),
    ValueSpec("expansion", "Expansion", {
        "expansion": 2.5, "upsell": 3, "cross-sell": 3, "renewal": 2, "add-on": 2,
        "additional entities": 2, "quarterly business review": 2.5, "qbr": 2.5,
        "existing customers": 2, "account review": 2.5},
        "Post-sale: growing an existing account."),
))

OBJECTIONS = FacetSpec("objection", "Objection", multi=True, open=False, values=(
    ValueSpec("price", "Price / budget", {
        "price": 1.5, "pricing": 1.5, "too expensive": 3, "expensive": 2, "budget": 2,
        "discount": 1.5, "cheaper": 2, "list price": 2, "total cost of ownership": 2,
        "tco": 2, "afford": 2}),
    ValueSpec("roi", "ROI not proven", {
        "roi": 2, "return on investment": 3, "payback": 2.5, "business case": 2,
        "prove the value": 3, "hard savings": 2.5, "cost per invoice": 1.5,
        "measurable": 1.5, "savings": 1, "pays back": 2.5, "pay back": 2.5,
        "pays for itself": 3}),
    ValueSpec("security", "Security / compliance", {
        "security": 1.5, "compliance": 1.5, "soc 2": 3, "soc2": 3, "iso 27001": 3,
        "gdpr": 3, "hipaa": 3, "data residency": 3, "encryption": 2.5, "encrypted": 2,
        "sso": 2, "single sign-on": 2.5, "penetration test": 3, "pen test": 3, "audit trail": 2,
        "infosec": 3, "security questionnaire": 3, "segregation of duties": 2.5}),
    ValueSpec("integration", "Integration with existing tools", {
        "integration": 2, "integrate": 2, "integrates": 2, "api": 2, "connector": 2.5,
        "connectors": 2.5, "erp": 1.5, "netsuite": 2, "sap": 1.5, "sync": 1, "webhook": 2,
        "existing tools": 2.5, "tech stack": 2}),
    ValueSpec("switching", "Switching cost / migration", {
        "switching cost": 3, "switching costs": 3, "migration": 2.5, "migrate": 2.5,
        "data migration": 3, "rip and replace": 3, "historical data": 2, "cut over": 2,
        "cutover": 2, "parallel run": 2.5, "exit fee": 2.5, "switch": 1.5, "the switch": 2,
        "move off": 2, "moving off": 2}),
    ValueSpec("implementation", "Implementation effort", {
        "implementation": 2, "implement": 1.5, "go-live": 2, "go live": 2,
        "live in six weeks": 4, "weeks to go live": 3, "it resources": 2.5,
        "time to value": 2.5, "setup": 1, "onboarding effort": 3, "project plan": 1.5,
        "no consultants": 2.5, "configuration": 1, "rollout": 1.5, "roll out": 1.5,
        "downtime": 1.5, "disruption": 1.5}),
    ValueSpec("timing", "Timing / not a priority", {
        "not a priority": 4, "next fiscal year": 3.5, "next year": 2, "bad timing": 3,
        "timing": 2, "cost of waiting": 3, "cost of delay": 3, "why now": 2.5,
        "revisit": 1.5, "other priorities": 3, "wait until": 2, "isn't a priority": 4,
        "not the right time": 3.5, "bad time": 2.5, "on hold": 2, "budget cycle": 2.5}),
    ValueSpec("incumbent", "Happy with current vendor", {
        "current vendor": 3, "incumbent": 3, "happy with": 2.5, "already use": 2,
        "already have": 1.5, "existing provider": 2.5, "works well enough": 3,
        "status quo": 2.5, "good enough": 2, "current system": 2, "current provider": 2.5,
        "existing system": 2}),
    ValueSpec("authority", "Stakeholder / authority", {
        "buying committee": 3.5, "stakeholder": 2.5, "stakeholders": 2.5, "sign-off": 2.5,
        "sign off": 2, "champion": 2, "decision maker": 3, "economic buyer": 3,
        "approval from": 2, "executive sponsor": 3, "who signs": 2.5, "signs off": 2,
        "budget holder": 3, "board approval": 2.5}),
    ValueSpec("scalability", "Scalability", {
        "scalability": 3, "scale": 2, "scales": 2, "volume": 1.5, "growth": 1,
        "multi-entity": 3, "multi-subsidiary": 3, "peak": 1.5, "high volume": 2.5,
        "millions of": 1.5, "throughput": 2}),
    ValueSpec("support", "Support / service", {
        "support": 1.5, "service level": 2.5, "sla": 2.5, "24/7": 3,
        "customer success": 2.5, "customer success manager": 3, "response time": 2.5,
        "dedicated": 1, "help desk": 2, "uptime": 2}),
    ValueSpec("contract", "Contract terms", {
        "contract": 1.5, "contract terms": 3, "multi-year": 2.5, "termination": 2.5,
        "auto-renewal": 3, "auto renewal": 3, "msa": 3, "master services agreement": 3,
        "liability": 2.5, "indemnification": 3, "opt-out": 2, "notice period": 2.5,
        "legal review": 2, "redlines": 3, "locked in": 2.5, "lock-in": 2.5,
        "month-to-month": 2, "cancellation": 2, "early termination": 3}),
))

INDUSTRIES = FacetSpec("industry", "Industry", multi=True, open=True, values=(
    ValueSpec("healthcare", "Healthcare", {
        "healthcare": 3, "hospital": 3, "health system": 3, "clinic": 2, "patient": 1.5,
        "hipaa": 2}),
    ValueSpec("financial_services", "Financial services", {
        "financial services": 3, "bank": 2, "banking": 2.5, "credit union": 3,
        "insurance": 2, "insurer": 2.5, "lender": 2}),
    ValueSpec("manufacturing", "Manufacturing", {
        "manufacturing": 3, "manufacturer": 3, "factory": 2.5, "plant": 1, "supplier": 1,
        "bill of materials": 2.5}),
    ValueSpec("retail", "Retail", {
        "retail": 3, "retailer": 3, "stores": 1.5, "e-commerce": 2, "merchandise": 2}),
    ValueSpec("logistics", "Logistics", {
        "logistics": 3, "freight": 3, "carrier": 2, "warehouse": 2, "distribution": 1.5,
        "distributor": 2, "shipping": 1.5, "3pl": 3}),
    ValueSpec("public_sector", "Public sector", {
        "public sector": 3, "government": 3, "city of": 2.5, "county": 2.5, "municipal": 3,
        "agency": 1.5, "procurement rules": 2}),
    ValueSpec("education", "Education", {
        "education": 2.5, "university": 3, "college": 2.5, "school district": 3,
        "campus": 2}),
    ValueSpec("technology", "Technology", {
        "saas": 2.5, "software company": 3, "technology company": 3, "startup": 2,
        "tech company": 3}),
    ValueSpec("energy", "Energy", {
        "energy": 2.5, "utility": 2, "utilities": 2, "co-op": 2, "cooperative": 2,
        "power": 1, "oil and gas": 3}),
    ValueSpec("professional_services", "Professional services", {
        "professional services": 3, "consulting firm": 3, "law firm": 3,
        "agency": 1, "accounting firm": 3}),
))

PERSONAS = FacetSpec("persona", "Persona", multi=True, open=True, values=(
    ValueSpec("executive", "Executive", {
        "ceo": 2.5, "coo": 2.5, "executive": 1.5, "c-suite": 3, "leadership team": 2}),
    # Finance when no one role is named; libraries made before the split keep their
    # "finance" tags under it (see RETIRED_PHRASES).
    ValueSpec("finance", "Finance", {
        "finance team": 2.5, "finance leader": 3, "vp finance": 3, "vp of finance": 3,
        "head of finance": 3, "finance department": 2.5, "finance director": 3}),
    ValueSpec("cfo", "CFO", {
        "cfo": 3, "chief financial officer": 3, "office of the cfo": 3}),
    ValueSpec("controller", "Controller", {
        "controller": 3, "financial controller": 3, "corporate controller": 3,
        "comptroller": 3, "month-end close": 2, "close the books": 2}),
    ValueSpec("ap_manager", "AP manager", {
        "accounts payable manager": 3, "ap manager": 3, "accounts payable": 2,
        "ap team": 2.5, "ap clerk": 2.5, "ap clerks": 2.5, "payables team": 2.5,
        "ap specialist": 2.5}),
    ValueSpec("it", "IT", {
        "cio": 3, "it team": 3, "it director": 3, "it leader": 3, "architecture": 1.5,
        "erp administrator": 3, "it manager": 3, "it admin": 3, "it administrator": 3,
        "it department": 3, "enterprise architecture": 2.5}),
    ValueSpec("security", "Security", {
        "ciso": 3, "security team": 3, "security officer": 3, "infosec team": 3,
        "it security": 3, "information security": 2.5, "security teams": 3,
        "security reviewer": 3, "security leader": 3}),
    ValueSpec("operations", "Operations", {
        "operations": 1.5, "coo": 1.5, "ops team": 2.5, "shared services": 2.5}),
    ValueSpec("procurement", "Procurement", {
        "procurement": 2.5, "purchasing": 2, "sourcing": 2, "vendor management": 2.5,
        "procurement team": 3, "purchasing manager": 3, "purchasing department": 3,
        "procurement officer": 3}),
))

COMPETITORS = FacetSpec("competitor", "Competitor", multi=True, open=True, values=())

DEFAULT_FACETS: tuple[FacetSpec, ...] = (
    KINDS, STAGES, OBJECTIONS, COMPETITORS, INDUSTRIES, PERSONAS,
)

# Default phrases an older version seeded that now belong to another value: taken off
# a library's value on open, but only while they are exactly as seeded (a marketer's own
# phrase stays). "CFO" on Finance now suggests the CFO persona; "cost" suggests nothing.
RETIRED_PHRASES: tuple[tuple[str, str, str, float], ...] = (
    ("persona", "finance", "cfo", 3.0), ("persona", "finance", "controller", 3.0),
    ("persona", "finance", "accounts payable", 2.0), ("persona", "finance", "ap team", 2.5),
    ("objection", "authority", "cfo", 1.5), ("objection", "authority", "board", 1.0),
    # "cost" is the cost of a problem (rework, idling, a project's) as often as a price:
    # dropped, objection micro-F1 went 0.49 -> 0.56 on Spanwise, 0.58 -> 0.58 on
    # Ambrel, 0.79 -> 0.77 on Corvane (docs/benchmarks.md).
    ("objection", "price", "cost", 1.0),
)

# Where a kind usually sits in the funnel: a weak stage hint when nothing better is known.
KIND_STAGE_HINTS: dict[str, tuple[str, ...]] = {
    "case_study": ("consideration",),
    "battlecard": ("decision",),
    "roi_calculator": ("decision",),
    "one_pager": ("consideration",),
    "whitepaper": ("awareness",),
    "email_template": ("awareness",),
}
