# ruff: noqa: E501  (prose written as the vendor wrote it: long lines are the data)
"""Fifth (held-out) evaluation library: Assaya (laboratory informatics: LIMS, QC, ELN).

Written as Assaya's marketing, competitive, sales, legal, revenue-operations and
customer-success people would write their own files, without reading the app's tagging
rules, synonym lists, indexes or the other evaluation libraries' content. All names,
people, figures and addresses are fictional.

``ASSETS`` is a list of dicts, in the same shape as the other held-out libraries':

* ``path``: where ``build.py`` writes the file (relative), with the extension deciding the
  format (.pdf .docx .pptx .xlsx .md .txt);
* ``modified``: ISO date used for document dates, zip entry times and the file time;
* ``title``, ``author``, ``subject``, ``keywords``: document properties (PDF/DOCX/PPTX/XLSX);
* ``body``: for PDF and DOCX, light markup parsed by ``library_builder.blocks``;
* ``slides``: for PPTX, ``(title, body, notes)`` with the body parsed by ``library_builder.slide_lines``;
* ``sheets``: for XLSX, ``(name, rows)``; plus ``widths``, ``inputs`` (shaded ranges) and
  ``percent`` (cells shown as percentages);
* ``text`` and ``newline``: for Markdown and text files, written as they are.

Body markup, one construct per line: ``# `` heading 1, ``## `` heading 2, ``> `` quote,
``- `` bullet, ``1. `` numbered item, ``| a | b |`` table row (first row is the header),
``[page]`` page break; other non-blank lines are paragraph text (consecutive lines join).
"""

from __future__ import annotations

ASSETS: list[dict] = []


def _add(**asset) -> None:
    ASSETS.append(asset)


# =======================================================================================
# PDF
# =======================================================================================

_add(
    path="Marketing/Case Studies/Tolliver Foods - EM program case study_FINAL.pdf",
    modified="2025-09-16",
    title="Microsoft Word - Tolliver_CS_v5.docx",
    author="Nadia Castellanos",
    body="""
# Tolliver Foods runs one environmental monitoring program across four plants

Tolliver Foods makes refrigerated dips, spreads and ready-to-eat salads for grocery private
label and for its own Tolliver's Kitchen brand, from four plants in Ohio, Indiana and
Kentucky. Each plant had its own QC lab and its own way of running environmental
monitoring: one on a Meridex instance a former lab manager had set up, two on
spreadsheets, and one on a laminated site map with colored pins.

## At a glance

| Measure | Before Assaya | With Assaya |
| EM sites under one program | None (four separate programs) | 1,140 across four plants |
| Positive result to corrective action opened | 2 to 5 days | Same shift |
| Lots released on a verbal OK | "More than we'd like" | None since go-live |
| Lots shipped with a CoA attached | 71% | 100% |

## The problem

In 2024 a Listeria spp. positive on a zone 2 drain at the Florence plant took four days to
reach the corporate quality team, because the plant lab keyed results into its spreadsheet
on Fridays. No product was affected. But the customer audit that followed asked a question
nobody could answer quickly: show us every zone 1 and zone 2 result for this line for the
last twelve months, and what you did about each positive.

"We had the data. It was in four formats in four buildings," said Dana Marchetti, Tolliver's
director of food safety and quality.

## What Tolliver did

Tolliver chose Assaya LIMS with Assaya QC for environmental monitoring, finished-product
specifications and lot release. Each plant's site map became a set of EM sites by zone,
with a rotating schedule so every zone 1 site is sampled at least weekly and zone 3 and 4
sites monthly. Technicians collect sponge samples with a handheld scanner, scan the site
label, and the sample is logged with the time, the collector and whether the line was
running or in sanitation. Results from the plant labs and from Tolliver's outside pathogen
lab land on the same record.

A positive result opens a corrective action automatically with the vector sampling plan
attached, and puts every lot made on that line since the last negative on hold.

## "We can't stop a plant to do this"

The plants run six days a week and the labs were never going to get a quiet month. Assaya
and Tolliver rolled out one plant at a time, about nine weeks each, with each cutover on a
Sunday. Assaya's onboarding team built the site maps and schedules from the plants'
existing spreadsheets, so plant technicians spent their time on two half-day training
sessions rather than on data entry. Each plant ran the old and new process side by side
for two weeks before the old one was retired.

## Holds that shipping respects

QA's biggest worry was that a hold in the LIMS would be ignored on the dock. Assaya sends
hold and release status to Tolliver's ERP through its standard ERP interface, so a lot on
hold cannot be picked. When the lab releases a lot, the certificate of analysis is
generated from the results and attached to the shipment for the customer.

## Results

- One EM program, one set of trend charts, across all four plants
- Corrective actions opened within the same shift as the positive result
- Zero lots released without a documented release decision since go-live
- Two customer audits and one state inspection since go-live, with no lab findings

> "The first audit after go-live took forty minutes. The auditor asked for zone 1 trends
> on line 3, and I turned the screen around." - Dana Marchetti, Director of Food Safety
> and Quality, Tolliver Foods

## Tolliver's setup

- Assaya LIMS and Assaya QC in four plant labs, 62 users
- 1,140 EM sites, 14 sampling schedules
- ERP interface for holds and releases
- Plants live between January and August 2025
""",
)

_add(
    path="Sales/Battlecards/Copy of Stratalab battlecard (3).pdf",
    modified="2026-01-08",
    title="BC_TEMPLATE_v2",
    author="Tom Rutledge",
    body="""
# Battlecard: Assaya vs. Stratalab

Internal only. Do not forward to prospects. Updated January 2026. Owner: Tom Rutledge,
competitive intelligence.

## Who they are

Stratalab is the LIMS most large QC and research labs installed between 2005 and 2018.
It runs on premises (their "hosted" option is the same software on a dedicated server),
sold as a perpetual license plus annual maintenance of 20 to 22% of list, and configured
by Stratalab professional services or a certified partner. The current release is 11.4;
many customers are two or three releases behind, because every upgrade has to be
revalidated.

## Where we win

- Labs on an old release facing an upgrade they would have to revalidate anyway
- QC labs where quality wants stability, specifications and OOS in the same system as results
- Multi-site groups that want one configuration instead of one per site
- Teams that cannot get Stratalab consultants scheduled for months

## Where we lose

- Very large research organizations with deep custom code and an in-house Stratalab team
- Buyers who require on-premises software by policy (we are cloud only)

## Objection: "We've already paid for Stratalab."

The license is paid for. The maintenance, the servers, the upgrade projects and the
consultants are not. Ask what they spent last year on maintenance and services combined:
mid-size labs we have seen are between $180,000 and $400,000 a year, before their own IT
time. Fill in the 5-year TCO workbook with their numbers, not ours. Do not argue that
Stratalab is bad software. Argue that they are paying a lot to keep it standing still.

## Objection: "Every LIMS project takes eighteen months."

Stratalab projects take eighteen months because each workflow is configured from a blank
screen. Assaya starts from lab templates (QC release, stability, EM, contract testing,
biorepository) and Assaya Validate ships the IQ/OQ/PQ scripts. Vantrell Biologics went live
in QC in 14 weeks, validated. Offer the sanitized Vantrell project plan and the validation
package summary, and put our implementation lead on the second call.

## Objection: "We can't move fifteen years of data."

They do not have to move all of it to go live. We migrate active specifications, open
stability studies and the last three years of results; older records stay in Stratalab in
read-only mode or go out as a validated export. Migration runs are verified against source
row counts and checksums, and the verification report goes into their validation file.
The Stratalab license they own covers read-only use, so there is no new cost to keep it.

## Landmines to set early

- "How many people on your team can change a workflow today without calling services?"
- "When is your next Stratalab upgrade, and what will validating it cost?"
- "How long does it take to put a new test method into production?"

## Proof points

- Vantrell Biologics: off Stratalab 10.2, validated go-live in 14 weeks
- Tolliver Foods: four plant labs on one configuration (they were not a Stratalab shop, but
  the multi-site story lands)

## Don't

- Don't promise a migration date before our team has seen a database export.
- Don't discount to "match" their maintenance bill. The TCO makes the case.
""",
)

_add(
    path="Marketing/Whitepapers/Data integrity in the QC lab - ALCOA+ guide 2026.pdf",
    modified="2026-02-03",
    title="Data Integrity in the QC Lab: A Practical ALCOA+ Guide",
    author="Nadia Castellanos",
    subject="Whitepaper",
    body="""
# Data Integrity in the QC Lab: A Practical ALCOA+ Guide

Data integrity findings are still among the most common observations in inspections of
quality control laboratories. Most of them are not about fraud. They are about ordinary
habits: a result written on a glove and copied later, a shared login on an instrument PC,
a reprocessed chromatogram with no reason recorded, a spreadsheet that calculates a result
nobody can trace back to the raw data.

This guide walks through ALCOA+ as a lab manager or QA lead would apply it on a Tuesday
morning, not as a slogan on a training slide.

## What ALCOA+ asks of a record

| Principle | The question an inspector asks |
| Attributable | Who did this, and when? Can you prove it was them? |
| Legible | Can it be read, now and in ten years? |
| Contemporaneous | Was it recorded when it happened, or later from memory? |
| Original | Is this the first record, or a copy of a copy? |
| Accurate | Does it match what actually happened, including errors and corrections? |
| Complete | Is everything there, including the runs you did not use? |
| Consistent | Are the dates, times and sequence in order? |
| Enduring and available | Will it survive a server change, and can you produce it on request? |

## Five habits that cause most findings

1. Transcription. Every time a value is copied from an instrument display, a printout or a
notebook into another system, it can be mistyped, and the original may not be kept.
2. Shared accounts. Instrument PCs with one "lab" login make every action anonymous.
3. Unrecorded reprocessing. Integrating a peak again is sometimes right. Doing it without a
reason, a second review and the first result kept is not.
4. Uncontrolled spreadsheets. A calculation in an unlocked workbook is a computerized
system nobody validated.
5. Review by signature only. A reviewer who signs a summary without seeing the audit trail
has reviewed the summary, not the data.

## Practical steps, in order

- Map every place a result is written down before it reaches its final record. You will
find more than you expect.
- Remove transcription where you can: capture values directly from balances, titrators and
chromatography software.
- Give every person their own login on every system, including instruments.
- Make audit trail review part of result review, with a defined scope, not an annual event.
- Replace calculation spreadsheets with validated calculations in your system of record,
or lock and validate the few that remain.
- Keep the original record and every correction, with the reason, who made it and when.

## A note on electronic records rules

In the United States, 21 CFR Part 11 sets expectations for electronic records and
signatures; EU GMP Annex 11 does the same in Europe. Neither requires a particular product.
Both require that you can show your system does what you say, that records cannot be
altered without a trace, and that signatures are tied to a person and a meaning.

## Where software helps, and where it does not

A LIMS can capture data directly, enforce unique logins, require reasons for changes and
put the audit trail in front of the reviewer. It cannot fix a culture where people are
afraid to report an out-of-specification result. Start with the habits; choose tools that
make the right habit the easy one.

Assaya builds laboratory software for QC, research and testing labs. Learn more at
assaya.example.com.
""",
)

_add(
    path="Sales/Security/Assaya security and compliance overview.pdf",
    modified="2025-11-20",
    title="Assaya Security & Compliance Overview",
    author="Colette Delacroix",
    body="""
# Assaya Security & Compliance Overview

For IT, information security and quality teams reviewing Assaya LIMS, Assaya QC, Assaya
ELN, Assaya Instruments and Assaya Portal. Version 2025.4.

## Hosting and architecture

Assaya is a multi-tenant cloud service on a major public cloud, in US (Virginia, Oregon)
and EU (Frankfurt, Dublin) regions. Customer data stays in the region chosen at contract.
Each customer's data is logically separated and encrypted with a customer-specific key.
Production runs across two availability zones with continuous replication; backups are
taken every hour and kept for 35 days, with quarterly restore tests.

## Certifications and reports

- SOC 2 Type II, covering security, availability and confidentiality (report under NDA)
- ISO/IEC 27001:2022 certificate
- Annual third-party penetration test; executive summary available under NDA
- HIPAA: we sign a business associate agreement for biorepository and clinical research customers

## Access and identity

- Single sign-on with SAML 2.0 or OpenID Connect; SCIM provisioning
- Multi-factor authentication enforced for every account that does not use SSO
- Role-based permissions down to the test, specification and site level
- Assaya staff access to customer data only through a logged, time-limited support
  session the customer approves

## Encryption

TLS 1.2 or higher in transit. AES-256 at rest, including backups. Keys are managed in the
cloud provider's key service and rotated annually.

## Regulated use: 21 CFR Part 11 and Annex 11

Every create, change and delete is written to an audit trail that cannot be edited or
switched off, with the old value, new value, user, time and reason. Electronic signatures
require re-entry of credentials and record the meaning of the signature. Assaya Validate
provides the vendor documentation, a traceability matrix and executable IQ/OQ/PQ scripts;
each release comes with release notes and a risk assessment so customers can decide what to
retest.

## Incident response

A documented incident response plan, tested twice a year. Customers are notified of a
confirmed incident affecting their data within 48 hours.

## Your security review

We complete standard questionnaires (SIG Lite, CAIQ) and your own, usually within ten
business days. Contact security@assaya.example.com.
""",
)

_add(
    path="Marketing/One pagers/Assaya QC - stability & OOS product sheet_v3 final.pdf",
    modified="2025-08-28",
    title="Layout 1",
    author="Nadia Castellanos",
    body="""
# Assaya QC

Stability studies, specifications and out-of-specification investigations in the same
system as your results.

## Stability studies without the spreadsheet

Build a protocol once: storage conditions, pull points, tests at each pull and the
acceptance criteria. Assaya QC schedules every pull, reserves chamber space, creates the
samples on the day and assigns the tests. Results land against the study as they are
approved, so trend plots and regression for expiry dating are always current. Chamber
excursions recorded in Assaya Instruments are linked to the studies stored in that
chamber.

## Specifications that version themselves

Specifications are controlled records with versions, effective dates and approvals. A
result is always judged against the version in force when the sample was taken, and a
new version never changes the verdict on old results.

## OOS and OOT, handled the same way every time

A result outside its limits opens an investigation on the spot, with the Phase I
laboratory checklist, the retest and resample rules from your SOP, and the link to any
CAPA. Out-of-trend results on stability are flagged against the study's own history.
Every investigation has an owner, a due date and a trail.

## Release with a CoA

When every test on a lot is complete and reviewed, the release decision is recorded with an
electronic signature and the certificate of analysis is generated from the approved
results, in your template.

## Specifications

| Item | Detail |
| Modules | Stability, specifications, OOS/OOT investigations, CAPA links, lot release, CoA |
| Compliance | 21 CFR Part 11, EU Annex 11 audit trail and e-signatures; validation package with Assaya Validate |
| Instrument data | Direct capture through Assaya Instruments (balances, titrators, CDS) |
| ERP | Hold and release status to common ERPs through the standard interface |
| Deployment | Cloud, US or EU region |
| Pricing | Included in Assaya LIMS QC edition |

Assaya, Inc. - Madison, Wisconsin - assaya.example.com - (608) 555-0142
""",
)

_add(
    path="Sales/Pricing/Assaya Pricing 2026.pdf",
    modified="2025-12-02",
    title="Assaya Pricing & Packaging 2026",
    author="Mei Nakamura",
    body="""
# Assaya Pricing & Packaging 2026

Effective January 1, 2026. Prices in US dollars, billed annually in advance.

## How we price: per lab, not per login

Assaya is priced per lab site, by the number of samples the lab logs in a year, with
unlimited named users. Labs told us the same thing over and over: per-seat pricing makes
them ration logins, so the night-shift technician borrows a colleague's account and the
audit trail stops meaning anything. With per-lab pricing, every analyst, reviewer, QA
approver and auditor gets their own login, at no extra cost. Your price changes only when
your sample volume moves to a new band, never because you hired people.

## Editions

| Edition | For | Annual price per lab site |
| Research | Academic cores, R&D and biorepository labs, up to 25,000 samples a year | From $38,000 |
| QC | Manufacturing QC and release labs, up to 60,000 samples a year | From $72,000 |
| Testing | Contract and public health labs with outside clients, up to 150,000 samples a year | From $96,000 |

Higher volumes are quoted per band. Every edition includes Assaya LIMS, standard reports,
the audit trail and e-signatures, SSO, and the standard ERP interface.

## Add-ons

| Add-on | Annual price |
| Assaya QC (stability, OOS, CAPA links), for Research edition | $18,000 per site |
| Assaya ELN | $9,000 per site, unlimited users |
| Assaya Instruments | $6,000 per site, plus $400 per instrument over 20 |
| Assaya Portal (client and supplier portal) | $12,000 per site |
| Assaya Validate (validation package and release assessments) | $15,000 per year |

## Services

- Implementation and data migration: fixed fee, quoted from a scoping call; typically $35,000
  to $120,000 per site
- Premium support (24x7, named support engineer): 15% of subscription

## Terms

- Annual or multi-year subscriptions; renewals capped at a 5% increase
- 30-day written notice for non-renewal
- Academic and public-sector pricing available on request
- Prices exclude applicable taxes

Questions: dealdesk@assaya.example.com
""",
)

_add(
    path="Marketing/Case Studies/vantrell-biologics.pdf",
    modified="2025-06-12",
    title="",
    author="Nadia Castellanos",
    body="""
# Customer story

Vantrell Biologics develops and manufactures monoclonal antibodies for two commercial
products and a pipeline of five clinical programs, at its plant in Research Triangle Park,
North Carolina. Its QC lab tests raw materials, in-process samples, bulk and final lots,
and runs 240 active stability studies.

## Fourteen weeks from Stratalab to a validated go-live

For eleven years the lab ran on Stratalab. By 2024 it was three releases behind, the next
upgrade was quoted at nine months of consultant time plus a full revalidation, and the
stability program lived in spreadsheets anyway because the Stratalab stability module had
never been configured.

"We were going to spend a year and a lot of money validating an upgrade that would leave
stability in Excel," said Dr. Anika Brandauer, head of quality control. "At that point
moving was the cheaper project."

## What worried them about moving

Three things, according to Brandauer: eleven years of results, the validation effort, and
keeping release testing running while the lab switched.

On the data, Vantrell and Assaya agreed not to move everything. Active specifications, all
240 open stability studies with their full history, and three years of release results
were migrated. Older records stayed in Stratalab in read-only mode on one server, which
Vantrell's license already allowed. Every migration run was reconciled against the source
row counts and checksums, and the reconciliation reports went into the validation file.

On validation, Vantrell used Assaya Validate. The vendor documentation, the requirements
traceability and the IQ/OQ scripts came ready to execute; Vantrell's validation team wrote
the PQ around its own workflows and ran it in three weeks. The QA director signed the
validation summary report in week 13.

On continuity, release testing moved in one weekend, on a date chosen after a lot release,
with stability studies moved a week earlier so pulls would not be missed.

## Results after one year

| Measure | Stratalab and spreadsheets | Assaya |
| Stability pull schedule | Spreadsheet, checked weekly | Scheduled, no missed pulls in 12 months |
| OOS investigation cycle time | 31 days median | 17 days median |
| Lot release review | 3 to 4 days | 1 day |
| Annual spend on maintenance, hosting and services | $310,000 | $164,000 subscription |

> "The inspector asked for the audit trail on a reprocessed result. It took us two minutes,
> and she moved on." - Dr. Anika Brandauer, Head of Quality Control, Vantrell Biologics

## Vantrell's setup

- Assaya LIMS QC edition, Assaya QC, Assaya Instruments (HPLC and CE through the CDS,
  balances, pH meters), Assaya Validate
- 85 users across QC, QA and manufacturing
- Validated go-live: 14 weeks from kickoff
""",
)

_add(
    path="Customer Success/Training/Analyst quick guide - sample login and results entry.pdf",
    modified="2025-10-30",
    title="Quick Ref Guide DRAFT",
    author="Sam Hedlund",
    body="""
# Assaya quick guide for analysts

Sample login, results entry and review. Keep this next to the bench PC for your first
month. Your lab's SOPs always win if they say something different.

## 1. Logging samples in

- Scan the sample label, or choose New sample and pick the sample type. If the label will
  not scan, type the ID printed under the barcode; never make up a new one.
- Check the lot, the sampling point and the collected date and time against the paperwork
  that came with the sample. Fix mistakes now: after receipt, changes need a reason.
- Record the condition on arrival (temperature, container intact). A sample that arrives
  outside its conditions can be logged, but flag it and tell your supervisor.
- Save. Assaya assigns the tests from the sample type and specification. Print labels for
  any aliquots.

## 2. Your worklist

Open My work to see the tests assigned to you, sorted by due date. Red means overdue;
amber means due today. Start tests from the worklist so the instrument and reagent records
attach to the right test.

## 3. Entering results

- Results from connected instruments (balances, pH meters, titrators, HPLC through the
  CDS) arrive by themselves. Don't retype them.
- For manual results, enter the value exactly as read, with its units. Assaya checks it
  against the limits and shows a flag if it is out.
- If a result is out of limits, do not repeat the test on your own. Save the result; the
  investigation opens and your supervisor is notified.
- To correct a value, choose Edit, give the reason and save. The original value stays in
  the audit trail.

## 4. Submitting for review

When all tests on a sample are done, choose Submit for review. You cannot review your own
work. Reviewers see the results, the raw data links and the audit trail on one screen.

## 5. Signing

Your electronic signature is your password entered again, plus the meaning (performed,
reviewed, approved). Never let someone else sign with your account.

## Shortcuts

| Key | Does |
| Ctrl+K | Find a sample by ID |
| Ctrl+Enter | Save and go to the next result |
| F9 | Refresh instrument values |

Questions: your lab's Assaya super-user, or support@assaya.example.com.
""",
)

_add(
    path="Sales/Proposals/Tremont State PHL - RFP 2025-LAB-044 response (submitted).pdf",
    modified="2025-11-04",
    title="Assaya Proposal - [Agency Name]",
    author="Jonah Pruett",
    body="""
# Response to RFP 2025-LAB-044

Laboratory information management system for the Tremont State Public Health Laboratory.
Submitted by Assaya, Inc., 410 East Gorham Street, Madison, WI 53703. Contact: Jonah
Pruett, account executive, jpruett@assaya.example.com, (608) 555-0187.

## 1. Summary

The Tremont State Public Health Laboratory (PHL) tests drinking water, newborn screening
cards, foodborne outbreak samples and infectious disease samples for 62 counties, with 140
staff in two buildings. Its current system is a set of in-house databases built between
2003 and 2012. Assaya proposes Assaya LIMS, Testing edition, with Assaya Portal for
submitters, Assaya Instruments and Assaya Validate, live in three phases over eleven
months.

## 2. Understanding of requirements

We read the RFP's weighted requirements as three priorities: handling a surge without
failing (section 3.2, 25 points), keeping the lab supported after go-live (section 3.6, 20
points), and electronic reporting to submitters and to the state's epidemiology team
(section 3.4, 15 points).

## 3. Surge capacity (RFP 3.2)

In the last outbreak the PHL went from about 3,000 samples a week to 38,000 in six weeks,
and the current databases had to be split in two to keep running. Assaya runs on cloud
infrastructure that scales with load; our largest public health customer logged 61,000
samples in its peak week with no change in response times. Capacity is not a license
question either: the Testing edition is priced by sample band, and surge weeks under a
declared emergency do not move the lab to a higher band. Batch login from a submitter's
manifest, plate maps for high-throughput runs and bulk result import from instruments mean
the surge is handled by the same staff with the same screens.

## 4. Support after go-live (RFP 3.6)

- A named customer success manager and a named support engineer for the term
- Support 24x7 for severity 1 issues, with a 30-minute response target; business hours for
  others
- Two on-site visits a year, and a week of on-site support at each phase go-live
- Quarterly service reviews with the PHL director; monthly support reports
- Release notes and a validation impact assessment with every release

## 5. Reporting to submitters and the state (RFP 3.4)

Submitters (clinics, water systems, county health departments) see their samples and
reports in Assaya Portal. Results for reportable conditions are sent to the state
epidemiology system through the interface described in Appendix C.

## 6. Schedule

| Phase | Scope | Go-live |
| 1 | Environmental and drinking water | Month 4 |
| 2 | Infectious disease and outbreak testing | Month 8 |
| 3 | Newborn screening | Month 11 |

## 7. Price

| Item | Year 1 | Years 2 to 5 (each) |
| Assaya LIMS Testing edition, two sites | $192,000 | $192,000 |
| Assaya Portal, Instruments, Validate | $45,000 | $45,000 |
| Implementation, migration and validation support (fixed) | $210,000 | - |
| Total | $447,000 | $237,000 |

Public-sector pricing applied. Renewal increases capped at 3% a year for the term.
""",
)

# =======================================================================================
# DOCX
# =======================================================================================

_add(
    path="Marketing/Case Studies/CS_BrennickUniv_cores_v2 FINAL.docx",
    modified="2025-07-22",
    title="Case Study Template",
    author="Nadia Castellanos",
    body="""
# Brennick University puts four research cores on one system, and gets its recharges back

Brennick University's Office of Research runs four shared core facilities on its
Hartwell campus: genomics, proteomics and mass spectrometry, flow cytometry, and
histology. Together they serve about 600 principal investigators from the university and
from two affiliated hospitals, and they are expected to cover their operating costs
through recharges to the labs that use them.

## The problem: work done, never charged

Each core had its own request form, its own spreadsheet of samples, and its own way of
turning finished work into recharges at the end of the month. The genomics core's manager
estimated that one run in eight was never charged at all, because the request and the
run were recorded in different places. Recharges to grants were posted weeks late, and
research finance spent the first days of every quarter chasing corrections.

"We knew we were leaking money. We just could not see where," said Dr. Marcus Baptiste,
director of research cores.

## "Will it pay for itself?"

The university's research finance team asked that question before anything else, and
Baptiste answered it with the cores' own numbers. Assaya's team took six months of
request forms and run logs from the genomics core and matched them: 11% of completed runs
had no recharge. At the core's rates that was about $190,000 a year, against a first-year
cost for Assaya across all four cores of $96,000 including implementation. Finance
approved the project on that one-page comparison.

## What Brennick set up

Investigators submit requests in Assaya Portal with the grant account number, which is
validated against the university's financial system before the request is accepted.
Samples are logged in against the request, run, and the results released to the
investigator in the portal. The recharge is created when results are released, at the
rate for the service and the customer type (university, affiliated hospital, outside), and
posted to the grant account in a nightly file to the financial system. Nothing is keyed
twice.

## Keeping the notebooks the scientists already use

The cores' users keep their own lab notebooks, most of them in Notegrid, and nobody was
going to ask 600 investigators to change. They did not have to. Assaya Portal sends each
released result with a link and a PDF that investigators can attach to a Notegrid entry,
and the request ID ties the two together if a question comes up later.

## Results in the first year

| Measure | Before | After one year |
| Completed runs with no recharge | About 11% | Under 0.5% |
| Days from run to posted recharge | 34 on average | 1 (nightly) |
| Corrections requested by research finance per quarter | 120 to 150 | 9 |
| Cores on one system | 0 of 4 | 4 of 4 |

> "The system paid for itself in the first five months, and that was just genomics." -
> Dr. Marcus Baptiste, Director of Research Cores, Brennick University

## Brennick's setup

- Assaya LIMS Research edition and Assaya Portal for four cores, 41 core staff
- About 600 investigator accounts in the portal
- Nightly recharge file to the university's financial system
- Live: February 2025
""",
)

_add(
    path="Sales/Battlecards/Battlecard - Assaya vs Notegrid.docx",
    modified="2025-12-15",
    title="Battlecard: Assaya vs. Notegrid",
    author="Tom Rutledge",
    body="""
# Battlecard: Assaya vs. Notegrid

Internal. Updated December 2025.

## What Notegrid is

Notegrid is a cloud electronic lab notebook, popular with research scientists for its
editor, templates and sharing. It is sold per seat (list $39 per user per month, heavy
discounts for academia) and often bought by a single research group on a credit card
before IT hears about it. It has a basic "inventory" feature but no sample lifecycle, no
specifications, no stability and no result review. Notegrid has started marketing itself
to QC and contract labs with a "Notegrid Lab" bundle.

## When you meet them

Usually in R&D and academic cores, where the scientists love Notegrid and the lab manager
wants sample tracking. Sometimes in small QC labs that tried to run release testing from
Notegrid templates and hit the wall at their first audit.

## Objection: "Our scientists already live in Notegrid. We don't want another system."

Don't attack the notebook. The scientists are right that it is a good notebook. Position
Assaya for what Notegrid does not do: samples with a chain of custody, tests assigned and
reviewed, results checked against specifications, instrument data captured without
retyping, and an audit trail an inspector will accept. Scientists keep writing in
Notegrid; Assaya sends released results back as a link and a PDF they can attach to their
entry. Brennick University runs exactly this way with about 600 investigators.

Questions that help:

- "When a sample is in two places at once, which record wins?"
- "Who reviews a result before it leaves the lab, and where is that recorded?"
- "How did your last audit go for anything that lived in a notebook template?"

## Objection: "Notegrid costs a fraction of what you charge."

Per seat, for a ten-person group, it does. Do the math for the whole lab: a QC lab of 40
people with reviewers, QA approvers and shift technicians is 40 seats, about $18,700 a
year at list, before the Notegrid Lab bundle and before the validation work they would
have to do themselves. Assaya's QC edition has unlimited users and comes with the
validation package option. The comparison that matters is the cost of the outcome: a
released lot with a reviewed result and a CoA, not a page in a notebook.

## Where we lose

- Pure discovery research groups with no samples to manage and no regulated work
- Groups that want a notebook only, and have no budget owner above the PI

## Traps to avoid

- Don't say Notegrid is "not compliant". Say it does not do the controlled workflows the
  lab is being inspected on, and let them draw the conclusion.
- Don't sell Assaya ELN as a replacement on the first call. If they love Notegrid, the
  integration story wins the deal; ELN can come later.

## Proof point

Brennick University: four research cores on Assaya, investigators on Notegrid, results
flowing between the two.
""",
)

_add(
    path="Sales/Talk tracks/Validation talk track - we cant revalidate now.docx",
    modified="2025-10-09",
    title="",
    author="Priscilla Adeyemi",
    body="""
# Talk track: "We can't take on a validation project right now"

You will hear this from QA directors in GMP labs, usually in the first meeting and
usually for a good reason. They have lived through a validation project that took a year
and ate their team. Don't argue with the memory. Change the picture of what the project
is.

## Step 1: Agree, and ask what the last one looked like

"That's fair. Most of the QA leaders we talk to have a story like that. What did the last
one involve?" Let them tell you: who wrote the scripts, how many, how long the execution
took, what went wrong. Write it down; you will use it in step 3.

## Step 2: Separate what they have to do from what we do

Most of the effort in a LIMS validation is documentation the vendor should have written.
With Assaya Validate:

- The vendor documentation, the supplier assessment package and the requirements
  traceability matrix are ready on day one.
- The IQ and OQ scripts come written and executable, with expected results. Their team
  reviews and executes; they do not author.
- The PQ is theirs, because it is about their workflows, but our implementation team
  drafts it from the configuration they approved.
- Every release arrives with a risk assessment that says what changed and what to retest,
  so they are not revalidating the whole system twice a year.

## Step 3: Compare to their story

"Your last project had your team writing 300 scripts. With Validate, they review ours and
write the PQ, which at Vantrell was 41 scripts, executed in three weeks." Vantrell went from
kickoff to a signed validation summary in 14 weeks.

## Step 4: If the objection is really about timing

Sometimes "right now" means something specific: an inspection in the spring, a product
launch, a site transfer. Ask. Then work backwards with them:

- Inspection in four months? Don't go live before it. Sign now, configure and run the IQ/OQ
  in the sandbox during the quiet weeks, and go live the month after the inspection with
  the work already done.
- Product launch? Put release testing for the launch product in phase 2.
- Budget year? Offer a start date in the new fiscal year with the configuration work
  beginning on a paid pilot this year.

Waiting does not make the project smaller. Every month on the old system is another month
of spreadsheets for stability and retyped results, and the next inspection is coming
either way.

## What to send after the call

- The Assaya Validate summary (two pages)
- The Vantrell case study
- A draft timeline built around the date they gave you
""",
)

_add(
    path="misc/Document (4).docx",
    modified="2025-09-03",
    title="",
    author="Colette Delacroix",
    body="""
# FAQ

## What is Assaya Instruments?

Assaya Instruments is the part of Assaya that captures data directly from laboratory
instruments and software, so values are not retyped from a display or a printout. It
covers balances, pH and conductivity meters, titrators, moisture analyzers, plate readers,
chamber and freezer monitoring, and chromatography data systems.

## How does it work?

A small agent runs on a Windows PC in the lab, or on a network gateway, and reads from the
instruments over serial, USB or the network. The agent sends readings to Assaya over an
encrypted outbound link; nothing inbound needs to be opened in your firewall. For
chromatography, Assaya integrates with the CDS rather than with each HPLC: the analyst
starts the sequence from the Assaya worklist, and the processed results and the report
come back when the run is signed in the CDS.

## Which instruments are supported?

More than 300 models from the common balance, meter and titrator makers, plus the three
most widely used chromatography data systems. The current list is on the customer portal.
If yours is not on it, we can usually add a driver in two to four weeks from a sample
output file.

## Does it work with our ERP?

That is a different interface. Assaya sends hold and release status and CoA data to common
ERPs through its standard ERP interface, and receives material and lot master data. It is
included in every edition.

## What about our notebook?

Released results can be sent to electronic notebooks as a link and a PDF. Customers use
this with Notegrid and with Assaya ELN.

## Is instrument data Part 11 compliant?

The raw reading, the time, the instrument ID, its calibration status and the user are
recorded together, and any change after capture needs a reason and appears in the audit
trail. An instrument that is out of calibration is blocked from use until it is
recalibrated.

## Do we need to validate each instrument interface?

The drivers are validated by Assaya and covered by the Assaya Validate documentation. You
verify each instrument at installation with a short script (typically 15 minutes per
instrument), as part of your IQ.

## How long does setup take?

Plan a day per lab for the agent and the first ten instruments, and about an hour per
additional instrument. The CDS interface takes one to two weeks including testing.

## What does it cost?

$6,000 a year per site, including 20 instruments; $400 a year for each additional one.
""",
)

_add(
    path="Customer Success/Onboarding/Go-live readiness checklist - new labs.docx",
    modified="2026-01-14",
    title="Checklist",
    author="Lars Ebbesen",
    body="""
# Go-live readiness checklist for new Assaya labs

For the customer's lab manager and Assaya project lead, to be reviewed together at the
readiness meeting two weeks before go-live. Anything not done by then needs an owner and a
date, or the go-live moves.

## People

- Super-users named for every shift, trained, and signed off on the super-user course
- All analysts trained on their workflows in the sandbox, with training records in the LMS
- Reviewers and QA approvers trained on review and e-signatures
- A named person on the customer side for each of: instruments, ERP, reports, SSO

## Configuration

- Sample types, tests and specifications approved by QA in the sandbox
- Workflows walked through end to end with real (anonymized) examples
- Label templates printed and scanned on the lab's own printers and scanners
- CoA and report templates approved
- Roles and permissions reviewed against the lab's SOPs

## Data

- Migration rehearsal run in the sandbox and reconciled
- Open samples and open stability studies listed, with the cutover plan for each
- Reference data (materials, suppliers, clients, sites) loaded and reviewed

## Integrations

- SSO tested with real accounts, including a leaver
- Assaya Instruments agent installed; every instrument verified against its IQ script
- ERP interface tested for holds, releases and CoA data in the ERP test system

## Validation

- IQ and OQ executed and deviations closed
- PQ executed, or a risk-based decision recorded for what runs after go-live
- SOPs updated and approved for the new system

## Cutover

- Date and time agreed, with the last sample logged in the old system written down
- Who does what on the day, with phone numbers
- Hypercare: Assaya team on site or on call for the first two weeks
- Decision point and rollback plan agreed

## Sign-off

| Role | Name | Date |
| Lab manager | | |
| QA | | |
| IT | | |
| Assaya project lead | | |
""",
)

_add(
    path="Marketing/Whitepapers/Replacing a legacy LIMS - planning guide.docx",
    modified="2025-05-19",
    title="Replacing a Legacy LIMS: A Planning Guide for Lab Leaders",
    author="Nadia Castellanos",
    body="""
# Replacing a Legacy LIMS: A Planning Guide for Lab Leaders

Many laboratories are running a LIMS that was chosen when their lab looked very different.
It works, more or less. It is also expensive to keep, hard to change, and usually one
upgrade behind. This guide is for lab directors, QA leaders and IT partners who are
deciding whether to replace it, and how to plan the project if they do.

## Signs it is time

- Your next upgrade has to be revalidated, and the estimate is measured in quarters.
- Changing a workflow means a services request and a change control that takes months.
- Parts of the lab's work (stability, EM, client reporting) run in spreadsheets because the
  system never handled them.
- The people who understood the configuration have left.
- Maintenance, hosting and services cost more each year than a subscription would.

## Decide what you are actually replacing

Before you look at products, write down what the current system really does for you, and
what the lab does around it. Walk three samples through the lab from receipt to report and
record every place data is written down. The second list is usually longer than the first,
and it is the real scope of the project.

## Plan the data, not the migration

Teams often assume every record ever created must move. It rarely needs to. Decide:

1. What must be live on day one (open samples, active specifications, open studies)
2. What must be searchable but not live (recent history, often three to five years)
3. What must be retained but can stay where it is, read-only, or in a validated export

Each answer is cheaper than the one before it.

## Plan validation early

For regulated labs, validation drives the timeline. Ask each vendor what documentation they
provide, whether their test scripts are executable as delivered, and how they tell you what
changed in each release. Budget for your team's review and execution time, and for writing
the performance qualification around your own processes.

## Phase the go-live

Big-bang cutovers are rarely necessary. Common phasings:

- By lab or site, starting with the one with the most capacity to absorb change
- By workflow, starting with stability or EM if they are the most painful today
- By client group, for testing labs with outside submitters

## Build the business case on your own numbers

A credible case compares five years of the current system's real costs (maintenance,
infrastructure, services, upgrades and internal IT time) with the new system's
subscription, implementation and your own effort. Add the value of time saved only where
you can measure it today.

## Questions to ask every vendor

- What does a typical implementation look like for a lab our size, and can we call one?
- What do you migrate, how do you verify it, and who writes the verification report?
- What happens on your next release: what do we retest, and how do we find out?
- What does support look like the week after go-live, and a year after?

Assaya helps labs move off legacy systems. Talk to us at assaya.example.com.
""",
)

_add(
    path="Marketing/Case Studies/Norrland Cold Chain biorepository story.docx",
    modified="2025-08-05",
    title="Norrland Cold Chain case study: 2.3 million stored samples, one chain of custody",
    author="Nadia Castellanos",
    body="""
# Norrland Cold Chain: 2.3 million stored samples, one chain of custody

Norrland Cold Chain stores and ships biological samples for clinical research sponsors,
hospital biobanks and diagnostic developers. It runs four biorepository sites, in Memphis,
Reno, Newark and Rotterdam, with 410 ultra-low freezers, liquid nitrogen storage and a
courier network that moves about 9,000 shipments a year at controlled temperatures.

## The problem: growth the old system could not follow

Norrland grew from one site to four in six years. Its inventory system, built for the
first site, held freezer positions but not the history of a sample: who received it, what
condition it arrived in, when it was thawed, which aliquots were made and where they went.
That history lived in courier paperwork, shipping spreadsheets and email. Sponsors' auditors
asked for it more and more often.

"An auditor would pick twenty sample IDs and ask for the full chain of custody for each
one. It took two people two days," said Ingrid Halvard, Norrland's vice president of
operations.

## One record for every sample, from the dock to the last aliquot

With Assaya LIMS Research edition, a sample gets its record when the shipment is received
and accessioned at the dock: the sponsor's manifest is loaded, each tube is scanned,
matched to the manifest and given its freezer position, and discrepancies (a missing tube,
a thawed box, a label that does not match) are recorded on the spot. Every later event,
from freezer moves and thaws to aliquots and outbound shipments, is added to the same
record with the person, the time and the temperature data.

## Built for the size Norrland is becoming

The old system slowed down past about 400,000 samples, and Norrland expected to pass three
million by 2027. Assaya was load-tested with Norrland's own data at five million samples
and 40 concurrent receiving stations before the contract was signed, and all four sites
run on one configuration, so a sample moved from Reno to Rotterdam keeps its history.

## Sponsors' audits, and their questions about access

Sponsors send security questionnaires as often as auditors. Each sponsor's samples and
data are separated by permission, so a sponsor's auditor can be given read-only access to
that sponsor's records and nothing else, with SSO, and every view is logged. Assaya's SOC 2
Type II report and ISO 27001 certificate answered most of the questionnaires without a
meeting.

## Results

| Measure | Before | With Assaya |
| Time to produce chain of custody for 20 samples | Two people, two days | 15 minutes |
| Receiving discrepancies recorded at the dock | About 40% | 100% |
| Samples under management | 1.6 million | 2.3 million, four sites |
| Sponsor audit findings on sample records (12 months) | 7 | 0 |

> "We now say yes to sponsors who want to audit us, and we mean it." - Ingrid Halvard, VP
> Operations, Norrland Cold Chain

## Norrland's setup

- Assaya LIMS Research edition, four sites, 120 users
- Assaya Instruments for freezer and chamber temperature monitoring
- Assaya Portal for sponsors: inventory, requests for outbound shipments, audit access
""",
)

_add(
    path="Sales/Proposals/Proposal_Marrick Health biobank_draft3.docx",
    modified="2026-02-17",
    title="Proposal",
    author="Jonah Pruett",
    body="""
# Proposal: Assaya LIMS for the Marrick Health Biobank

Draft 3, for review by Dr. Helen Caskey, Director, Marrick Health Biobank. Prepared by
Jonah Pruett and Colette Delacroix, Assaya. February 2026. Confidential.

## 1. Where the biobank is today

The Marrick Health Biobank collects tissue, serum and DNA from consenting patients at
Marrick's five hospitals, and releases samples and data to approved research projects. It
holds about 310,000 samples in two freezer farms. Sample records are kept in a research
database maintained by one developer, with consent status checked by hand against the
research office's consent system before every release.

## 2. What we propose

Assaya LIMS Research edition for both freezer farms, with Assaya Portal for investigators'
sample requests and Assaya Instruments for freezer monitoring. Go-live in two phases:
collection and storage (month 4), then requests and release (month 6).

## 3. Protecting patient information

This is the biobank's first requirement, and Marrick's information security office will
review it in detail, so we address it directly.

- Assaya signs Marrick's business associate agreement. Data is hosted in our US region
  only, encrypted in transit and at rest.
- Identifiable patient information (name, medical record number, date of birth) is held in
  a restricted set of fields visible only to the biobank's honest-broker role. Everyone
  else, including investigators in the portal, sees coded sample IDs.
- Releases to investigators are de-identified by default; any release with identifiers
  requires the IRB approval number and a second approval, both recorded.
- Access is through Marrick's SSO, with role-based permissions and an audit trail of every
  view of an identifiable field.
- Our SOC 2 Type II report, ISO 27001 certificate and penetration test summary will be
  provided to the security office under NDA. We will complete Marrick's vendor assessment
  within ten business days.

## 4. Consent, checked by the system

Rather than checking consent by hand, Assaya will receive consent status nightly from the
research office's consent system through a file interface (or its API, if the research
office prefers). A sample whose donor has withdrawn consent is blocked from release
automatically, and the biobank is alerted. The current research database will be migrated
in full, reconciled record by record, and retired after phase 2.

## 5. Investment

| Item | Year 1 | Year 2 | Year 3 |
| Assaya LIMS Research edition, two sites | $76,000 | $76,000 | $76,000 |
| Assaya Portal and Assaya Instruments | $36,000 | $36,000 | $36,000 |
| Implementation, migration, consent interface (fixed) | $68,000 | - | - |
| Total | $180,000 | $112,000 | $112,000 |

## 6. Next steps

1. Security office review (March)
2. Reference call with Norrland Cold Chain
3. Final proposal and order form
""",
)

_add(
    path="Sales/Legal/MSA & DPA - redline playbook for AEs.docx",
    modified="2025-11-11",
    title="MSA & DPA redline playbook",
    author="Evan Gorski",
    body="""
# MSA and DPA redlines: what AEs can agree to, and what needs legal

From Evan Gorski, legal. Our paper is the Assaya Master Subscription Agreement (MSA) and
Data Processing Agreement (DPA). Customers will redline both. Most redlines are routine and
you can accept them with deal desk; some change our risk and come to legal. This is the
list. When in doubt, send it to legal@assaya.example.com with the customer's markup.

## You can agree (with deal desk)

| Customer asks for | What you can give |
| Renewal price cap | Up to a 5% cap; 3% for public sector and academic customers |
| Longer non-renewal notice | Up to 90 days (standard is 30) |
| Payment terms | Net 45; net 60 for public sector |
| Governing law | Their state, if in the US |
| Their own security questionnaire | Yes, always |

## Needs legal

### Liability cap

Our cap is the fees paid in the prior 12 months. Customers, especially in pharma and
biobanking, ask for uncapped liability for data breaches. We will not agree to uncapped.
Legal can offer a separate, higher cap for data breach (up to three times annual fees),
which is what most customers accept when they understand the insurance behind it.

### Validation and regulatory claims

Some GMP customers ask us to warrant that Assaya is "Part 11 compliant" or "validated".
Compliance is a property of the customer's use of the system, not of the software alone.
Legal will offer instead: a warranty that the software conforms to its documentation, that
the audit trail and e-signature functions work as described, and that we support their
validation with Assaya Validate and their regulatory inspections at no extra charge.

### Termination for convenience

We do not give it in the first term. Public-sector customers often need it by statute;
legal will accept termination for non-appropriation of funds with 90 days' notice.

### Data return and deletion

Standard: on termination the customer can export all data in open formats for 60 days,
after which we delete it and certify deletion. Regulated customers often need records kept
for years. Legal can agree a paid read-only extension, or a complete validated export with
a signed reconciliation, but not an open-ended promise to keep their data.

### DPA: subprocessors and transfers

Customers may object to a new subprocessor with 30 days' notice; we will not give a veto.
EU customers get the standard contractual clauses. Data stays in the contracted region.

### Audit rights

Customers can audit us once a year, remotely first, on 30 days' notice. Sponsor and GMP
customers may ask for on-site audits; legal will agree one on-site audit a year at the
customer's cost.

## Never agree

- Source code escrow without legal (we have a standard escrow offer; use it)
- Most-favored-customer pricing
- Unlimited indemnity of any kind
""",
)

# =======================================================================================
# PPTX
# =======================================================================================

_add(
    path="Sales/Decks/Assaya corporate overview 2026.pptx",
    modified="2026-01-20",
    title="Office Theme",
    author="Nadia Castellanos",
    slides=[
        ("Assaya", """
Laboratory software for labs that get inspected
Corporate overview, 2026
""", "Opening slide. Keep it to one sentence: we build software for labs whose results have to stand up to an auditor."),
        ("Who we are", """
- Founded 2016 in Madison, Wisconsin; 240 employees
- 410 labs in 19 countries
- Cloud only, US and EU regions
- SOC 2 Type II, ISO 27001; built for 21 CFR Part 11 and Annex 11
""", ""),
        ("Who we serve", """
- QC and release labs in food, chemicals, materials and biologics manufacturing
- Contract testing labs
- Public health and government labs
- University research cores
- Biorepositories and sample logistics providers
- Hospital biobanks
""", "Pick the two that match the room and give one customer name for each."),
        ("The problem we solve", """
- Results retyped from instruments into spreadsheets, then into the LIMS
- Stability, EM and client reporting living outside the system of record
- Legacy systems that take a year and a consultant team to change or upgrade
- Audits answered by people digging, not by the system
""", ""),
        ("The Assaya platform", """
- Assaya LIMS: samples, tests, results, review, chain of custody
- Assaya QC: stability, specifications, OOS, lot release, CoA
- Assaya ELN: notebooks tied to samples and results
- Assaya Instruments: direct capture from balances, meters, CDS, freezers
- Assaya Portal: clients, suppliers and investigators submit and see results
- Assaya Validate: IQ/OQ/PQ scripts and release assessments
""", "Don't read the list. Point at the one module the customer's problem lands on."),
        ("How customers buy", """
- Priced per lab site by annual sample volume, unlimited users
- Fixed-fee implementation, typically live in 10 to 20 weeks
- Named customer success manager for every customer
""", "If asked about price, give the edition starting points from the pricing sheet and move on."),
        ("Customers", """
- Tolliver Foods: one EM program across four plants
- Vantrell Biologics: off a legacy LIMS, validated in 14 weeks
- Brennick University: four research cores, recharges recovered
- Norrland Cold Chain: 2.3 million samples, one chain of custody
""", ""),
        ("Next steps", """
- A working session on two of your workflows, with your samples
- A look at your current costs, if a replacement is on the table
""", ""),
    ],
)

_add(
    path="Sales/Decks/Biologics QC labs - sales deck v3.pptx",
    modified="2025-10-21",
    title="Assaya for Biologics QC",
    author="Priscilla Adeyemi",
    slides=[
        ("Assaya for biologics QC", """
Release, stability and investigations on one validated system
""", "Use for QC and QA leaders at biotech and biologics manufacturers, including CDMOs."),
        ("What biologics QC is dealing with", """
- More assays per lot: potency, purity, identity, glycan, host cell protein
- Hundreds of stability studies per product family, each with its own pull schedule
- Inspectors reading audit trails, not summaries
- Legacy LIMS upgrades that take a year to revalidate
""", ""),
        ("Stability that runs itself", """
- Protocols with conditions, pull points and tests, built once
- Pulls scheduled, samples created, tests assigned on the day
- Trending and expiry regression always current
- Chamber excursions linked to the studies inside
""", "Vantrell had 240 open studies moved with full history."),
        ("Release without the chase", """
- Every test on a lot visible in one place
- Review with raw data and audit trail on one screen
- Release decision with e-signature; CoA generated from approved results
- Hold and release status sent to the ERP
""", ""),
        ("Validation: the part that scares everyone", """
- Assaya Validate: vendor documentation and traceability matrix on day one
- IQ/OQ scripts written and executable as delivered
- PQ drafted by our team from your approved configuration
- Every release arrives with a risk assessment: what changed, what to retest
""", "This slide answers 'we can't take on a validation project'. Use the Vantrell numbers: PQ of 41 scripts, executed in three weeks, signed summary in week 13."),
        ("Moving off Stratalab", """
- Migrate what must be live: open studies, active specifications, recent results
- Older records stay read-only in Stratalab, covered by the license you own
- Every migration run reconciled by row counts and checksums
- Release testing moves in one weekend, after a lot release
""", "Most biologics QC prospects are on Stratalab. If they're not, skip this slide."),
        ("Vantrell Biologics", """
- Monoclonal antibodies, two commercial products, five clinical programs
- Off Stratalab 10.2, validated go-live in 14 weeks
- OOS cycle time 31 days to 17 days
- Lot release review 3 to 4 days to 1 day
""", ""),
        ("Next step", """
- A working session with your QA lead: one stability protocol and one release workflow, configured live
""", ""),
    ],
)

_add(
    path="Customer Success/Kickoff/Ostby kickoff 2026-04.pptx",
    modified="2026-04-06",
    title="",
    author="Lars Ebbesen",
    slides=[
        ("Ostby Polymers + Assaya", """
Project kickoff
QC labs at Racine and Gastonia
April 2026
""", ""),
        ("Why we're here", """
- Replace Stratalab 9.8 in both QC labs before its maintenance renewal in March 2027
- Bring raw material testing and finished-goods release into one configuration
- Capture viscosity, melt flow and moisture results directly from the instruments
- CoAs generated from approved results, sent with every shipment
""", "Greta Ansel (QC manager, Racine) is the customer project lead."),
        ("Scope", """
- Assaya LIMS QC edition, two sites, about 55 users
- Assaya QC: specifications, OOS, lot release, CoA
- Assaya Instruments: 38 instruments across both labs
- ERP interface: material master in, holds and releases out
- Out of scope for phase 1: Assaya ELN (R&D lab keeps Notegrid for now)
""", ""),
        ("Team", """
- Ostby: Greta Ansel (project lead), QC supervisors at both sites, IT (ERP and SSO), QA approver
- Assaya: Sam Hedlund (customer success), implementation lead, instruments engineer
- Steering group every four weeks: Ostby VP quality, Assaya CS director
""", ""),
        ("Plan", """
- Weeks 1 to 3: workflow workshops at Racine, then Gastonia
- Weeks 4 to 9: configuration in the sandbox; instrument agents installed
- Weeks 10 to 12: data migration rehearsal; training
- Weeks 13 to 14: validation (IQ/OQ from Assaya Validate, Ostby's PQ)
- Week 15: Racine go-live; Gastonia four weeks later
""", "Gastonia has the smaller team, so it goes second."),
        ("What we need from you in the first two weeks", """
- Current test methods and specifications (export from Stratalab)
- Instrument list with models and locations
- CoA templates for the top ten customers
- ERP test environment access for our integration engineer
- Names of super-users for each shift
""", ""),
        ("Risks we already see", """
- Stratalab export: field mapping for legacy test codes
- Gastonia's moisture analyzers are an older model; driver to be confirmed
- Shift coverage for training at Racine during the May production peak
""", ""),
        ("Next steps", """
- Workshop invitations out this week
- Sandbox access for the project team by Friday
""", ""),
    ],
)

_add(
    path="Customer Success/QBR/QBR_Hartigan_Q4-2025.pptx",
    modified="2026-01-09",
    title="QBR template",
    author="Sam Hedlund",
    slides=[
        ("Hartigan Grocers", """
Quarterly business review
Q4 2025
""", ""),
        ("Where we are", """
- Live since March 2025: private-label quality lab, Columbus
- 34 users; 11,800 samples logged in Q4 (up 18% on Q3)
- Supplier CoAs reviewed in Assaya: 2,140 in Q4
- Renewal date: March 1, 2026
""", ""),
        ("What went well", """
- Holiday season: 40% more private-label lots tested with no extra lab staff
- Supplier CoA review time down from 3 days to same day
- Recall mock exercise in November: full lot history produced in 25 minutes
""", "Luis Vasquez mentioned the mock recall in the last steering meeting. Let him tell that story."),
        ("What needs work", """
- Suppliers still email 30% of CoAs as PDFs; they are entered by hand
- Second lab (Louisville distribution center) still on spreadsheets
- Two open support tickets on label printing, both with fixes scheduled
""", ""),
        ("Proposal for 2026", """
- Assaya Portal for suppliers: CoAs submitted as data, checked against specs on arrival
- Add the Louisville lab on the same configuration
- Move the renewal to a two-year term
""", "The portal pays for itself in hand entry alone; lead with the 30% number. Pricing for the add-ons is in the renewal quote."),
        ("Renewal timeline", """
- January 20: proposal and renewal quote to Luis Vasquez and procurement
- February 10: decision on the portal and the Louisville lab
- March 1: renewal, two-year term
""", ""),
        ("Next steps", """
- Supplier portal demo for the supplier quality team
- Louisville site visit in February
""", ""),
    ],
)

_add(
    path="Sales/Decks/Contract testing labs - pitch deck.pptx",
    modified="2025-09-25",
    title="Assaya for Contract Testing Labs",
    author="Priscilla Adeyemi",
    slides=[
        ("Assaya for contract testing labs", """
Faster turnaround, fewer client calls, a LIMS that grows with you
""", "For independent food, water, environmental and materials testing labs with outside clients."),
        ("What contract labs tell us", """
- Clients call to ask where their results are
- Turnaround time is the number you win and lose work on
- Quotes, sample receipt and invoicing live in three places
- Accreditation audits (ISO/IEC 17025) eat a week every year
""", ""),
        ("How Assaya helps", """
- Assaya Portal: clients submit samples, track status and download reports themselves
- Turnaround time tracked per client and per test, with alerts before a promise is missed
- Quotes turn into sample login; completed work turns into invoice lines
- Method validation, uncertainty and proficiency testing records for 17025
""", ""),
        ("\"Meridex is cheaper\"", """
- Meridex starts lower for a single small lab
- Per-user pricing: every new analyst and client-service rep adds cost
- Second site, stability or QC work: a separate product or a services project
- Assaya Testing edition: unlimited users, priced by sample band
""", "Meridex usually wins on the first quote. Show the three-year number for their growth plan: with eight hires and a second site, Meridex overtakes us in year two. Use the price book's displacement rule if needed."),
        ("Turnaround you can show clients", """
- Median turnaround by client, by test, by week
- Late work flagged before it is late
- Reports released to the portal the moment they are approved
""", ""),
        ("Customers", """
- Contract labs in food, water and materials testing across 11 states
- Largest: 150,000 samples a year, four sites
""", "Ask the customer marketing team for a reference call; contract labs rarely agree to be named in writing."),
        ("Next step", """
- Send us a week of your sample log; we'll show you your turnaround by client
""", ""),
    ],
)

# =======================================================================================
# XLSX
# =======================================================================================

_add(
    path="Sales/ROI/Assaya ROI calculator - QC lab v4.xlsx",
    modified="2025-11-26",
    title="Assaya ROI calculator - QC lab (v4)",
    author="Mei Nakamura",
    widths={"A": 52, "B": 16, "C": 70},
    inputs={"Inputs": "B2:B13"},
    percent={"Inputs": ["B6", "B11"]},
    sheets=[
        ("Read me", [
            ("Assaya ROI calculator for QC labs (v4)",),
            ("Fill in the yellow cells on the Inputs sheet with the customer's own numbers, in the meeting if you can. The Results sheet calculates itself.",),
            ("The defaults are a mid-size QC lab (48,000 samples a year, 14 analysts). Never send the defaults to a customer as if they were theirs.",),
            ("If the CFO says the savings are made up: agree that the transcription line is the big one, and offer a one-week time study at the bench (we supply the sheet). The payback without that line is shown separately, so nobody has to take it on faith.",),
            ("Only hours are counted, at the loaded rate. We do not count avoided recalls, warning letters or audit findings, because nobody can prove them in advance. Say so; it makes the rest believable.",),
            ("Owner: Mei Nakamura, revenue operations. Questions to dealdesk@assaya.example.com.",),
        ]),
        ("Inputs", [
            ("Input", "Value", "Where it comes from"),
            ("Samples logged per year", 48000, "LIMS or logbook count for the last 12 months"),
            ("Analysts", 14, "Headcount at the bench, all shifts"),
            ("Loaded cost per analyst hour ($)", 62, "Salary plus benefits and overhead; ask finance"),
            ("Minutes of transcription and second-person checking per sample today", 9, "Time study; 6 to 12 is typical where results are retyped"),
            ("Share of that time removed by direct capture and on-screen review", 0.6, "60% is our median across QC customers"),
            ("OOS and deviation investigations per year", 40, "QA's log"),
            ("Hours per investigation today", 22, "QA's estimate"),
            ("Hours saved per investigation", 8, "Data gathering and trail reconstruction"),
            ("Audit and inspection preparation hours per year", 600, "All audits: regulators, customers, certification"),
            ("Share of preparation time saved", 0.5, "Records produced from the system instead of assembled"),
            ("Assaya annual subscription ($)", 96000, "From the quote"),
            ("One-time implementation and validation ($)", 45000, "From the quote"),
        ]),
        ("Results", [
            ("Results", "Value", "How it is calculated"),
            ("Transcription and checking hours saved per year", "=Inputs!B2*Inputs!B5/60*Inputs!B6", "Samples x minutes / 60 x share removed"),
            ("Value of transcription and checking time ($)", "=B2*Inputs!B4", "Hours x loaded rate"),
            ("Investigation hours saved per year", "=Inputs!B7*Inputs!B9", "Investigations x hours saved"),
            ("Value of investigation time ($)", "=B4*Inputs!B4", "Hours x loaded rate"),
            ("Audit preparation hours saved per year", "=Inputs!B10*Inputs!B11", "Hours x share saved"),
            ("Value of audit preparation time ($)", "=B6*Inputs!B4", "Hours x loaded rate"),
            ("Annual saving ($)", "=B3+B5+B7", "Sum of the three lines"),
            ("First-year cost ($)", "=Inputs!B12+Inputs!B13", "Subscription plus implementation"),
            ("Payback (months)", "=B9/(B8/12)", "First-year cost / monthly saving"),
            ("Payback without the transcription line (months)", "=B9/((B5+B7)/12)", "For the skeptical CFO"),
            ("Three-year net saving ($)", "=3*B8-(3*Inputs!B12+Inputs!B13)", "Three years of savings less three years of cost"),
            ("Analyst time freed (FTE at 1,800 hours)", "=(B2+B4+B6)/1800", "Hours / 1,800"),
        ]),
    ],
)

_add(
    path="Sales/ROI/5-year TCO - Stratalab maintenance vs Assaya subscription.xlsx",
    modified="2025-12-09",
    title="",
    author="Tom Rutledge",
    widths={"A": 50, "B": 18, "C": 18, "D": 18},
    inputs={"Inputs": "B2:C10"},
    percent={"Inputs": ["B10", "C10"], "5-year TCO": ["D8"]},
    sheets=[
        ("Inputs", [
            ("Input", "Stratalab (today)", "Assaya"),
            ("Annual maintenance, year 1 ($)", 148000, 0),
            ("Hosting, servers and backups per year ($)", 36000, 0),
            ("Professional services per year ($)", 40000, 0),
            ("Upgrade and revalidation project in year 3 ($)", 190000, 0),
            ("Internal IT effort (FTE)", 0.5, 0.1),
            ("Cost per IT FTE ($)", 135000, 135000),
            ("Annual subscription, year 1 ($)", 0, 138000),
            ("Implementation, migration and validation, year 1 ($)", 0, 95000),
            ("Annual increase", 0.04, 0.05),
        ]),
        ("5-year TCO", [
            ("Year", "Stratalab", "Assaya", "Difference"),
            (1, "=Inputs!$B$2*(1+Inputs!$B$10)^(A2-1)+Inputs!$B$3+Inputs!$B$4+Inputs!$B$6*Inputs!$B$7+IF(A2=3,Inputs!$B$5,0)", "=Inputs!$C$8*(1+Inputs!$C$10)^(A2-1)+Inputs!$C$6*Inputs!$C$7+IF(A2=1,Inputs!$C$9,0)", "=B2-C2"),
            (2, "=Inputs!$B$2*(1+Inputs!$B$10)^(A3-1)+Inputs!$B$3+Inputs!$B$4+Inputs!$B$6*Inputs!$B$7+IF(A3=3,Inputs!$B$5,0)", "=Inputs!$C$8*(1+Inputs!$C$10)^(A3-1)+Inputs!$C$6*Inputs!$C$7+IF(A3=1,Inputs!$C$9,0)", "=B3-C3"),
            (3, "=Inputs!$B$2*(1+Inputs!$B$10)^(A4-1)+Inputs!$B$3+Inputs!$B$4+Inputs!$B$6*Inputs!$B$7+IF(A4=3,Inputs!$B$5,0)", "=Inputs!$C$8*(1+Inputs!$C$10)^(A4-1)+Inputs!$C$6*Inputs!$C$7+IF(A4=1,Inputs!$C$9,0)", "=B4-C4"),
            (4, "=Inputs!$B$2*(1+Inputs!$B$10)^(A5-1)+Inputs!$B$3+Inputs!$B$4+Inputs!$B$6*Inputs!$B$7+IF(A5=3,Inputs!$B$5,0)", "=Inputs!$C$8*(1+Inputs!$C$10)^(A5-1)+Inputs!$C$6*Inputs!$C$7+IF(A5=1,Inputs!$C$9,0)", "=B5-C5"),
            (5, "=Inputs!$B$2*(1+Inputs!$B$10)^(A6-1)+Inputs!$B$3+Inputs!$B$4+Inputs!$B$6*Inputs!$B$7+IF(A6=3,Inputs!$B$5,0)", "=Inputs!$C$8*(1+Inputs!$C$10)^(A6-1)+Inputs!$C$6*Inputs!$C$7+IF(A6=1,Inputs!$C$9,0)", "=B6-C6"),
            ("Total", "=SUM(B2:B6)", "=SUM(C2:C6)", "=B7-C7"),
            ("Difference as a share of Stratalab", "", "", "=D7/B7"),
            ("",),
            ("Notes",),
            ("Stratalab maintenance is usually 20 to 22% of the original license list price and rises every year; check the customer's last invoice, not our estimate.",),
            ("Year 3 carries one upgrade and revalidation project. If the customer is more than two releases behind, it may come sooner.",),
            ("Read-only Stratalab use after migration is covered by the perpetual license; no Stratalab cost is counted for it here, but maintenance stops only if they give notice before the renewal date.",),
            ("Assaya's annual increase is the 5% renewal cap, the worst case.",),
            ("Enter the customer's own figures in the yellow cells on the Inputs sheet; the defaults are a single QC lab of about 40 people.",),
        ]),
    ],
)

_add(
    path="Sales/Pricing/Price book FY26 (internal only).xlsx",
    modified="2025-12-03",
    title="Copy of Price book FY25",
    author="Mei Nakamura",
    widths={"A": 16, "B": 46, "C": 26, "D": 18, "E": 60},
    sheets=[
        ("Price list", [
            ("SKU", "Product", "Unit", "List (USD per year)", "Notes"),
            ("ASY-LIMS-RES", "Assaya LIMS, Research edition", "per lab site, to 25,000 samples", 38000, "Each further 10,000 samples: $9,000"),
            ("ASY-LIMS-QC", "Assaya LIMS, QC edition (includes Assaya QC)", "per lab site, to 60,000 samples", 72000, "Each further 20,000 samples: $16,000"),
            ("ASY-LIMS-TST", "Assaya LIMS, Testing edition", "per lab site, to 150,000 samples", 96000, "Each further 50,000 samples: $24,000"),
            ("ASY-QC-ADD", "Assaya QC for Research edition", "per lab site", 18000, ""),
            ("ASY-ELN", "Assaya ELN", "per lab site", 9000, "Unlimited users"),
            ("ASY-INST", "Assaya Instruments", "per lab site, 20 instruments", 6000, "$400 per additional instrument"),
            ("ASY-PORT", "Assaya Portal", "per lab site", 12000, ""),
            ("ASY-VAL", "Assaya Validate", "per customer", 15000, "Required for GMP customers who want Part 11 support"),
            ("ASY-PREM", "Premium support", "15% of subscription", "", ""),
            ("ASY-IMPL", "Implementation (fixed fee)", "per project", "", "Quoted from scoping; floor $35,000 per site"),
        ]),
        ("Discounts", [
            ("Term", "AE may give", "With sales VP", "With CFO"),
            ("1 year", "0%", "5%", "10%"),
            ("2 years", "5%", "10%", "15%"),
            ("3 years", "10%", "15%", "20%"),
            ("Academic / public sector (on top)", "10%", "15%", "15%"),
        ]),
        ("Deal desk rules", [
            ("ID", "Rule"),
            ("R1", "No discount on Assaya Validate or on implementation."),
            ("R2", "Multi-site deals: the second and later sites of the same edition get 10% off list before term discounts."),
            ("R3", "Meridex displacement: if the customer shows a current Meridex invoice, year 1 may be priced at the Meridex amount up to 30% below our list, stepping to the normal price in year 2. Needs the invoice in the deal record."),
            ("R4", "Stratalab replacement: implementation may be split over 12 months; the price does not change."),
            ("R5", "Renewal cap is 5% (3% for academic and public sector). Never write a cap below 3%."),
            ("R6", "Quotes are valid for 60 days. Price book FY26 applies to quotes from January 1, 2026."),
        ]),
    ],
)

_add(
    path="Sales/Battlecards/LIMS comparison grid - stratalab meridex notegrid.xlsx",
    modified="2025-12-18",
    title="",
    author="Tom Rutledge",
    widths={"A": 40, "B": 30, "C": 30, "D": 30, "E": 30},
    sheets=[
        ("Comparison", [
            ("Capability", "Assaya", "Stratalab", "Meridex", "Notegrid (Notegrid Lab)"),
            ("Deployment", "Cloud (US, EU)", "On premises or dedicated hosting", "Cloud", "Cloud"),
            ("Pricing basis", "Per lab site by sample band, unlimited users", "Perpetual license + 20-22% maintenance", "Per user per month", "Per user per month"),
            ("Sample login and chain of custody", "Yes", "Yes", "Yes", "Basic inventory only"),
            ("Specifications with versions", "Yes", "Yes", "Limited", "No"),
            ("Stability studies", "Yes (Assaya QC)", "Optional module, services to configure", "No", "No"),
            ("OOS / OOT investigations", "Yes", "Via add-on or QMS", "No", "No"),
            ("Environmental monitoring", "Yes", "Services project", "Yes", "No"),
            ("Client / supplier portal", "Yes (Assaya Portal)", "Third-party", "Yes", "No"),
            ("Instrument integration", "Yes (Assaya Instruments), 300+ models, CDS", "Yes, per-interface services", "Balances and meters only", "File upload"),
            ("Electronic lab notebook", "Yes (Assaya ELN), or results sent to Notegrid", "No", "No", "Yes (core product)"),
            ("Part 11 audit trail and e-signatures", "Yes", "Yes", "Audit trail; e-signatures on reports only", "E-signatures on entries"),
            ("Validation package", "Assaya Validate (IQ/OQ/PQ scripts)", "Documents; scripts by services", "None", "None"),
            ("Typical time to go live", "10 to 20 weeks", "9 to 18 months", "6 to 10 weeks", "Days (notebook only)"),
            ("Multi-site on one configuration", "Yes", "One instance per site is common", "No", "Yes"),
        ]),
        ("Sources", [
            ("Source", "Date"),
            ("Stratalab 11.4 release notes and customer interviews (Vantrell, two lost deals)", "2025-11"),
            ("Meridex public pricing page and two customer demos", "2025-10"),
            ("Notegrid Lab product page and trial account", "2025-12"),
        ]),
    ],
)

# =======================================================================================
# Markdown
# =======================================================================================

_add(
    path="Sales/Emails/follow-up emails after the demo.md",
    modified="2025-10-14",
    text="""# Follow-up emails after a working session

Three templates for the day after a working session with a prospect's lab team. Change
everything in [brackets]. Send within 24 hours, from your own mailbox, not a sequence tool.

## 1. The lab manager who ran the session with you

Subject: Your [stability / release / EM] workflow in Assaya

Hi [first name],

Thanks for the time yesterday, and for bringing real samples. For the record, here is what
we configured together:

- [Sample type and tests, e.g. "finished-goods release for line 4 products, five tests"]
- [The specification and what happened when we entered an out-of-limit result]
- [The report or CoA we generated at the end]

The sandbox stays open for your team for the next 30 days. [Name of their super-user
candidate] already has a login; add anyone else from Settings > Users.

You asked about [their question, e.g. "how instrument data from the Karl Fischer titrators
comes in"]. The short answer is [one sentence]; the longer one is in the attached FAQ.

Could we put 30 minutes on the calendar next week to go through what your team tried?

[Your name]

## 2. The QA director who joined for the last half hour

Subject: Audit trail and validation, as promised

Hi [first name],

You asked two things at the end of yesterday's session: what an inspector would see if they
asked for the history of a changed result, and what validation would involve on your side.

- On the first, the attached screenshot shows the audit trail for the result we changed in
  the session, with the old value, new value, reason and signature.
- On the second, I've attached the Assaya Validate summary. Our team is happy to walk your
  validation lead through it.

[If they run Stratalab today: "I've also attached a blank five-year cost comparison, in case
it is useful when the next Stratalab renewal comes around."]

[Your name]

## 3. The IT contact

Subject: Assaya security and integration documents

Hi [first name],

As promised, attached are our security and compliance overview and the SOC 2 report request
form. For the instruments and the ERP, the FAQ attached covers what runs in your network
and what does not. When you're ready, our solutions engineer can take your team through SSO
setup in about an hour.

[Your name]
""",
)

_add(
    path="Customer Success/Expansion/ELN add-on expansion play.md",
    modified="2026-02-05",
    text="""# Play: adding Assaya ELN to a LIMS customer

Owner: Lars Ebbesen, customer success. For CSMs with accounts live on Assaya LIMS for at
least six months whose R&D, method development or tech transfer teams still keep their
notebooks on paper or in a separate notebook tool.

## Who is a fit

- The customer's QC or testing lab is live and stable on Assaya LIMS
- An R&D or method development group sits next to the lab and sends it samples
- Those scientists write on paper, in Word files, or in Notegrid
- Methods move from development into QC by email and a signed PDF

## The conversation

Open with the handoff, not with the notebook. Ask the QC lab manager: "When a new method
comes over from development, how does it get into Assaya?" The answer is usually a PDF,
a meeting and somebody rebuilding the test by hand.

Then ask the development lead what happens to the samples they send to QC, and where their
results come back to.

## "Our scientists already use Notegrid, and they like it"

You will hear this in about half of these accounts. Don't fight the notebook. Ask three
questions:

1. Who pays for Notegrid, and is it one group's credit card or an IT contract?
2. When development sends samples to QC, are those samples in Notegrid at all?
3. When an auditor asks for the development history of a method now in QC, where do they
   look?

If Notegrid is one group's tool and the answers to 2 and 3 are "no" and "nobody knows",
Assaya ELN is the better fit: notebook entries that link to real samples, tests and results
in the LIMS, with the same audit trail and signatures, and a method that moves from an ELN
entry to a QC test without being rebuilt. It is $9,000 a year per site with unlimited
users, usually less than the Notegrid seats they are paying for.

If Notegrid is an enterprise standard with an IT owner, stop. Offer the results link
(released results sent back to Notegrid as a link and a PDF) and move on. Keeping the
customer happy is worth more than the add-on.

## Offer

- A 60-day ELN pilot for one development group, free, on their production tenant
- A template for their top two method development workflows, built by our team
- A review at day 45 with the development lead and the QC lab manager

## Forecast

Log it in the CRM as an expansion opportunity, stage "Pilot", with the pilot end date as
the close date.
""",
)

_add(
    path="Sales/Battlecards/meridex-battlecard.md",
    modified="2025-11-03",
    text="""# Battlecard: Assaya vs. the contract-lab LIMS tools

Internal. Updated November 2025. Owner: Tom Rutledge.

## The competitor

Meridex is the one we meet most in independent food, water and environmental testing labs.
Cloud, quick to set up, with a good client portal and a price that looks small on the first
quote. Priced per user per month, with the portal included. Strong in single-site labs of 5
to 30 people. Weak once a lab adds a second site, QC or stability work, or instrument data
beyond balances and meters.

## Objection: "Meridex is half your price."

For a 12-person lab on year one, it can be. Ask about the plan, not the quote:

- How many people will you hire in the next three years? Every analyst, sample receiver and
  client-service rep is another Meridex seat. Assaya Testing edition has unlimited users.
- A second site? Meridex quotes each site as its own account. We price the second site at
  10% off.
- Any stability or product testing for manufacturers? That is a separate Meridex product or
  a services project; it is in our QC module.

Build the three-year number with their growth plan, on one page. Most labs planning to grow
see Meridex overtake us in year two. If the customer shows a current Meridex invoice, the
price book's displacement rule lets you meet it in year one.

## Objection: "Meridex support answers in minutes."

Their chat support is fast and friendly for how-to questions. Ask what happened the last
time something broke on a Saturday with a client's samples due Monday. Meridex has
business-hours support only, and no named contact. Assaya gives every Testing customer a
named customer success manager, 24x7 coverage for severity 1 issues with a 30-minute
response target, and an on-site week at go-live. For a contract lab, an outage is missed
turnaround and a client on the phone; support is part of the product.

## Where we lose

- Very small labs (under ten people) with no growth plans
- Labs that only want a portal and a report generator

## Landmines

- "What happens to your price when you hire your next five analysts?"
- "Who do you call at 7 a.m. on a Saturday?"
- "How do results from your ICP-MS get into the report today?"

## Proof

Our largest contract testing customer (150,000 samples a year, four sites) moved from
Meridex in 2024. It will take a reference call; it will not be named in writing.
""",
)

_add(
    path="Marketing/Solution briefs/solution brief - grocery private label quality.md",
    modified="2025-09-09",
    text="""# Solution brief: Assaya for grocery private-label quality teams

Private-label products carry the retailer's name. When a supplier's lot fails, the recall
notice carries it too. Quality teams at grocery chains are responsible for hundreds of
suppliers and thousands of products, usually with a small in-house lab, a lot of contract
lab reports and an inbox full of supplier CoAs.

## What gets in the way

- Supplier certificates of analysis arrive as PDFs, in every format, and are checked by eye
- In-house testing, contract lab results and supplier data live in different places
- A mock recall means an afternoon of searching spreadsheets and email
- Specifications for a private-label product are in a document the supplier may never have
  seen in its latest version

## How Assaya helps

- **One specification per product**, versioned, shared with the supplier through Assaya
  Portal, so everyone tests against the same limits
- **Supplier CoAs as data**: suppliers submit results in the portal (or upload a file we
  read), and each value is checked against the specification on arrival
- **In-house and contract lab results on the same lot record**, with the supplier's data
- **Lot history in minutes**: every test, every CoA, every hold and release for a lot, for a
  mock recall or a real one
- **Holds** that stop a lot in the distribution center's warehouse system until quality
  releases it

## Proof point

Hartigan Grocers' private-label quality lab went live in March 2025. In its first holiday
season it tested 40% more lots with the same staff, reviewed supplier CoAs the same day
instead of in three days, and produced a full lot history in a November mock recall in 25
minutes.

## What you get

| Component | Role |
| Assaya LIMS (Research or QC edition) | In-house lab testing, specifications, lot records |
| Assaya Portal | Supplier submissions and shared specifications |
| Assaya QC | Holds, releases and trending by supplier |

Talk to us: assaya.example.com/retail
""",
)

# =======================================================================================
# Text
# =======================================================================================

_add(
    path="misc/call notes - Ostby Polymers 2026-01-22.txt",
    modified="2026-01-22",
    newline="\r\n",
    text="""Ostby Polymers - discovery call - 2026-01-22
Jonah Pruett (AE), Colette Delacroix (SE)
Ostby: Greta Ansel (QC manager, Racine), Paul Rennick (IT, ERP), Dev (QC supervisor, Gastonia, joined late)

Background
- Engineering plastics compounder, two plants (Racine WI, Gastonia NC), ~600 employees
- QC labs at both plants, 25 + 18 people, about 70k samples/yr combined
- Stratalab 9.8 on a server in Racine, installed 2014; Gastonia connects over VPN and it is slow
- Stratalab maintenance renewal March 2027; they got a quote for the upgrade to 11.x and "fell off the chair"
- R&D (Racine) uses Notegrid, 12 seats on a group card. Not part of this, Greta says "maybe later"
- ERP: runs their MRP; CoAs are typed into the ERP from Stratalab printouts (!)

Pain
- CoAs typed by hand, 300+ a week, errors found by customers twice last year (one auto OEM customer escalated)
- Melt flow and viscosity results written on paper and keyed in
- No stability needs; specs per customer grade are a mess (1,400 grade/customer combos)
- Gastonia lab wants its own changes, every change is a Stratalab services ticket

Concerns they raised (did not get to most of them)
- Security review: IT wants SOC 2 before anything else
- ERP integration: Paul does not want "another interface to babysit"
- Cost vs. keeping Stratalab and just paying maintenance
- Timing: May is their peak, nobody in QC has time then
- Data: ten years of results in Stratalab, Greta not sure what they need to keep for customers
- Whether the plant managers will sign off; budget sits with the VP quality, not Greta

Next steps
- Send SOC 2 request form + security overview to Paul
- Greta to send a sample CoA and a spec sheet for their top grade
- Working session in 2 weeks, Racine, with real samples (melt flow + CoA)
- Book the VP quality for the follow-up if the session goes well
""",
)

_add(
    path="Sales/Emails/cold outreach - QA directors (5 touch).txt",
    modified="2025-08-19",
    text="""Cold outreach sequence: QA and QC directors in regulated manufacturing
5 touches over 3 weeks. Personalize the first line of every email. Reply-to: your own mailbox.

--- Touch 1 (day 1) ---
Subject: Retyped results

Hi {first_name},

Most QC labs we talk to still have someone copying results from an instrument screen into
a spreadsheet, then into the LIMS, then into a CoA. Every copy is a chance to get it wrong,
and an auditor's favorite question.

Tolliver Foods took that out of four plant labs last year and now ships every lot with a
CoA generated from reviewed results. Worth 20 minutes to see how?

{sender_name}

--- Touch 2 (day 4) ---
Subject: Re: Retyped results

{first_name}, one number from Tolliver: the time from a positive environmental result to a
corrective action went from up to five days to the same shift. Happy to share the story.

--- Touch 3 (day 8) ---
Subject: Your next LIMS upgrade

Hi {first_name},

If your lab runs an older LIMS, there is probably an upgrade on the horizon that has to be
revalidated. Vantrell Biologics faced the same choice and found that moving was cheaper than
upgrading; they were live and validated in 14 weeks.

The planning guide we wrote from projects like theirs is here: assaya.example.com/legacy-guide

--- Touch 4 (day 13) ---
Subject: ALCOA+ in practice

{first_name}, our data integrity guide has a one-page checklist that QA teams use before
inspections. No form to fill in: assaya.example.com/alcoa

--- Touch 5 (day 20) ---
Subject: Close the loop?

Hi {first_name},

I have written a few times about retyped results and legacy upgrades. If neither is on your
list this year, tell me and I'll stop. If one is, reply with a good week and I'll send
a time.

{sender_name}
""",
)

_add(
    path="Sales/Emails/re-engage - Stratalab maintenance renewal.txt",
    modified="2025-12-11",
    text="""Re-engagement emails: prospects on Stratalab, before their maintenance renewal
For prospects who said "not this year" and whose Stratalab maintenance renews in the next
6 to 9 months. Check the renewal date in the CRM before sending.

--- Email 1: about six months before the renewal ---
Subject: Before your Stratalab renewal

Hi {first_name},

When we spoke in {month}, replacing Stratalab was a "not this year". Fair enough. I'm
writing now because your maintenance renews in {renewal_month}, and the timing matters
more than it looks:

- Stratalab maintenance renews for a full year, and the notice date is usually 90 days
  before. Miss it and you have paid for another year whether you move or not.
- A validated go-live with Assaya takes 10 to 20 weeks. Starting in the next two months
  means you can be live before the notice date and give notice with confidence.
- Starting after the renewal means running both systems for most of a year, or waiting
  another twelve months.

If it helps, I can send a five-year cost comparison with your numbers in it, including the
upgrade you mentioned.

{sender_name}

--- Email 2: about four months before the renewal ---
Subject: Re: Before your Stratalab renewal

{first_name}, Vantrell Biologics made the same call with their renewal five months out.
They signed, ran the project in 14 weeks, and gave notice on time. Their QC head is happy to
take a call.

--- Email 3: after the notice date has passed ---
Subject: Next year's renewal

Hi {first_name},

Your notice date has passed, so this year's renewal is done. If the project is still on the
list for next year, the best time to start is about nine months before the next renewal,
so validation is not squeezed into the final weeks. Shall I put a note in for {month}?

{sender_name}
""",
)
