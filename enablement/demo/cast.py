"""Who and what the demo history is about: the reps, the kinds of deal and their
accounts, the objections and competitors met, what reps search for and what they say.

Plain data, read by the story (story.py and its parts); changing any of it changes the
history a seed tells.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rep:
    """A rep of the made-up team, and how they take to the library."""

    name: str
    activity: float  # how much they use the library, relative to an average rep
    adoption: float  # share of their deals they use content on
    joined: float  # share of the period gone before they joined
    pipeline: float = 1.0  # share of the deals they own, relative


REPS: tuple[Rep, ...] = (
    Rep("Maya Chen", 1.4, 0.95, 0.0),
    Rep("Jordan Alvarez", 1.0, 0.85, 0.0),
    Rep("Priya Raman", 1.25, 0.9, 0.0),
    Rep("Tom Becker", 0.3, 0.35, 0.0),  # the rep who never took to it
    Rep("Aisha Okafor", 1.0, 0.8, 0.0),
    Rep("Liam O'Connor", 0.8, 0.7, 0.0),
    Rep("Sofia Rossi", 1.1, 0.9, 0.55, 0.8),  # joined late, ramping up
    Rep("Daniel Kim", 0.65, 0.6, 0.0),
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
