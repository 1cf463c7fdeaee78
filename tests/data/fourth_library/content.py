# ruff: noqa: E501  (prose written as the vendor wrote it: long lines are the data)
"""Fourth (held-out) evaluation library: Spanwise (construction project-management software).

Written as Spanwise's marketing, sales, legal and customer-success teams would write their
own files, without reading the app's tagging rules, synonym lists, indexes or the other
evaluation libraries' content. All names, people, figures and addresses are fictional.

``ASSETS`` is a list of dicts, in the same shape as the Ambrel held-out library's:

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
    path="Marketing/Case Studies/Ostrander Health - patient tower case study.pdf",
    modified="2025-10-07",
    title="Microsoft Word - Ostrander_CS_FINAL.docx",
    author="Priya Raman",
    body="""
# Ostrander Health keeps a $410 million patient tower on budget from the owner's side

Ostrander Health System runs three hospitals and 40 outpatient sites across northern Ohio.
In 2023 it broke ground on the North Tower at its Calder Falls flagship: eleven stories, 280
private inpatient rooms, a new emergency department and two floors of shell space for
future operating rooms. The construction budget was $410 million, with a 6% owner
contingency, and the general contractor was Brannock-Hale Construction under a guaranteed
maximum price contract.

## At a glance

| Measure | Before Spanwise | With Spanwise Owner |
| Change order review cycle | 19 days on average | 6 days |
| Owner contingency reporting | Monthly, from the GC's PDF | Weekly, live |
| Potential change orders tracked | Not visible until priced | 312, from the day raised |
| Final cost against GMP | - | 1.8% under |

## The problem: finding out a month late

"We were the ones paying for the building, and we were the last to know anything," says
Carla Mendes, Vice President of Facilities Planning and Construction. Brannock-Hale ran the
job on Corbelt, and it ran it well. But Ostrander's team saw the project through a monthly
owner's report, a 90-page PDF assembled by the GC's project engineers. By the time a
potential change order appeared in that report, the work was often already in place.

Ostrander's owner's representative, Greg Tully, kept his own spreadsheet of open issues,
RFIs that touched the owner's scope, and pending changes. "I had three versions of the
truth: theirs, mine, and the one finance was using."

## Working alongside the GC's system, not replacing it

The first question from Brannock-Hale's project executive was whether his team would have
to move the job off Corbelt. They did not. Spanwise Owner reads the GC's project record
through Corbelt's standard export and API: RFIs, submittals, potential change orders,
commitments and pay applications flow into Ostrander's view every night. The GC's people
kept working in the tool they knew; nobody on site was asked to enter anything twice.

Where the owner's own consultants (the medical equipment planner, the commissioning agent
and the IT low-voltage designer) were not on Corbelt at all, they were invited straight
into Spanwise as guests at no cost.

## Starting at 40% complete

The tower was already past the structural frame when Ostrander signed. The rollout was
planned so the job would not feel it:

- Weeks 1 and 2: connect to the GC's record, read only. Ostrander's team checks that the
  numbers match the last owner's report to the dollar.
- Weeks 3 and 4: owner's reviewers move change order approvals into Spanwise, one
  approval path, with the health system's signing limits built in.
- Month 2: the monthly owner's report is replaced by a live dashboard for the capital
  committee. The GC stops building the PDF, which saves them about 30 hours a month.
- Month 3: the commissioning agent and the facilities team start using Spanwise for
  turnover.

Nothing about the GC's contract, schedule or site process changed.

## Results

- Change order reviews went from 19 days to 6, because the owner's team saw each potential
  change order when it was raised, not when it was priced.
- Contingency drawdown was reported weekly; the system CFO gets a one-page contingency
  summary every month and has not asked for the long report since.
- The tower reached substantial completion on schedule and closed 1.8% under the GMP.

## Turnover on day one

The part the facilities team talks about most is turnover. Instead of a room full of
binders six months after move-in, the O&M manuals, warranties, as-built drawings, attic
stock list and equipment data arrived in Spanwise indexed by floor, room and system, and
were checked against the commissioning punch list before the keys changed hands. The
maintenance team loaded all 4,100 assets into its work-order system in the first week.

> "For the first time, the people who maintain the building got the information when they
> got the building." - Greg Tully, Owner's Representative, Ostrander Health System

Ostrander is now using Spanwise Owner across its 2026 capital plan, including a new
ambulatory surgery center and the fit-out of the North Tower shell floors.
""",
)

_add(
    path="Sales/Battlecards/Copy of Corbelt battlecard (2).pdf",
    modified="2025-11-19",
    title="Battlecard_TEMPLATE_2024",
    author="Marcus Feld",
    body="""
# Battlecard: Spanwise vs. Corbelt

Internal only. Do not send to customers or forward outside Spanwise. Owner: competitive
intelligence (Marcus Feld). Updated November 2025.

## Who they are

Corbelt is the largest construction management platform in North America. If a general
contractor over $200M in annual volume has a project management system, odds are it is
Corbelt. Strong brand, big partner marketplace, good document control, a mobile app the
field tolerates. Corbelt prices on annual construction volume (ACV): the customer's fee is
a percentage of the dollar value of work they put through the platform, with a true-up
every year.

## Where they win

- The buyer already uses it at a previous company and is comfortable with it.
- Large GCs that want one vendor for everything, including prequalification and bidding.
- Deals where the owner or the architect insists the job runs on Corbelt.

## Where we win

- Growing GCs whose Corbelt fee jumped at the last true-up.
- Cost control: change events, commitments and pay applications in one place, tied to
  the budget. Corbelt's financials are an add-on and most customers still export to Excel.
- Field adoption: our daily log and punch workflows take fewer taps and work offline.
- Specialty contractors and subs: unlimited free collaborators on every project.

## Objections and how to answer them

### "Corbelt is cheaper for us."

It may be today. Ask what their volume was three years ago and what it will be next year.
Corbelt's fee rises with the backlog, whether or not they add a single user or feature.
Spanwise is priced per active project, so the fee follows the work they actually run, not
the contract value of it. A $40M hospital job and a $4M tenant fit-out cost the same to run
on Spanwise. Run the three-year comparison workbook with their real numbers; at $300M ACV
and 15% growth the gap is usually 30% to 45% by year three.

### "We have 40 live jobs on Corbelt. We cannot move in the middle of them."

Nobody asks them to. The standard path: every new project starts on Spanwise from the
first day; live jobs stay where they are unless they have more than nine months to run;
those move in waves, with our migration team carrying over drawings, RFIs, submittals,
the change order log and the commitment ledger. Closed jobs are archived read-only. Tamsin
Builders moved 38 live jobs this way in five months without stopping a single pay
application.

### "We are in year one of a three-year Corbelt agreement."

Find the true-up date and the renewal notice clause first: Corbelt's agreements usually
auto-renew unless notice is given 90 days before the anniversary. We can start with new
projects now on a ramped contract whose first year is priced for the number of projects
actually on Spanwise, so they are not paying twice for the same work. Co-terminate with
the Corbelt end date when it helps the customer.

## Landmines to lay

- "How did your fee change at your last true-up?"
- "Who exports cost data to Excel every month, and how long does it take?"
- "What do your subs pay to see the drawings?"

## Proof points

Tamsin Builders (Greenbriar, NC): $650M GC, moved off Corbelt in 2025, fees down 38%,
same-day pay applications.
""",
)

_add(
    path="Marketing/Whitepapers/The real cost of rework - 2026 field report.pdf",
    modified="2026-01-27",
    title="The Real Cost of Rework: 2026 Field Report",
    author="Spanwise Research",
    body="""
# The Real Cost of Rework: 2026 Field Report

What 412 general and specialty contractors told us about doing work twice, and where it
comes from.

## Summary

Rework is the most expensive line that never appears in a budget. In our 2025 survey of
412 contractors across the United States and Canada, respondents estimated that rework
cost them between 4% and 9% of total project cost, with a median of 5.7%. On a $50 million
project, that is $2.85 million of labor and material spent putting something in a second
time. Almost none of it is recovered from owners or designers.

## Where rework comes from

Respondents could pick up to three causes. The top five:

| Cause | Share of respondents |
| Building from a superseded drawing or specification | 52% |
| Slow or unclear answers to RFIs | 47% |
| Scope changes agreed verbally, not written down | 41% |
| Coordination between trades discovered in the field | 38% |
| Office and field working from different information | 33% |

The common thread is information arriving late, or arriving in one place and not the
other. Only 22% of respondents said their foremen always have the current drawing set on
the device they carry.

## The RFI clock

The median RFI in our sample took 9.4 days to answer. Crews rarely wait that long. They
make a reasonable assumption and keep working, and roughly one RFI in six ends with the
work being torn out. Projects where the median answer came back in under four days
reported half as much rework as projects where it took more than ten.

## Verbal changes

Forty-one percent of contractors said a change agreed in a site meeting or on the phone
had led to rework on at least one project in the last year. When the change is not
recorded, the crew that was not in the meeting builds to the old plan, and the contractor
who did the extra work struggles to be paid for it.

[page]

## What the best performers do differently

The contractors reporting rework under 3% of cost had four habits in common:

1. One current drawing set, pushed to every device in the field, with superseded sheets
   removed rather than marked.
2. RFIs with a due date and an owner, reviewed in the weekly OAC meeting, and answers
   linked to the sheets they affect.
3. Every scope change written down as a change event the same day, even before it is
   priced.
4. Foremen who record the day's work, photos and issues in the same system the project
   manager uses, so problems surface while they are still cheap.

## Why more meetings do not fix it

Most contractors respond to rework with more coordination meetings. Our respondents
already spend a median of 6.5 hours a week per project manager in meetings. The
contractors with the least rework did not meet more; they put the current information
where the work is done.

## About the survey

Spanwise Research surveyed 412 contractors between August and October 2025: 58% general
contractors, 42% specialty contractors, with annual revenue from $10 million to over $2
billion. Figures are self-reported estimates.
""",
)

_add(
    path="Sales/Security/Spanwise security & data handling overview.pdf",
    modified="2025-12-02",
    title="Spanwise Security and Data Handling Overview",
    author="Security team",
    body="""
# Spanwise Security and Data Handling Overview

For IT, information security and procurement reviewers. This overview answers the
questions most reviews ask; our full SIG Lite and CAIQ answers, the SOC 2 Type II report
and the most recent penetration test summary are available under NDA from your account
executive.

## Hosting and architecture

- Hosted on Amazon Web Services in two US regions (us-east-2 primary, us-west-2 for
  disaster recovery). Canadian customers can choose ca-central-1.
- Multi-tenant application with logical separation by customer; every record carries a
  tenant key enforced in the data layer.
- Recovery point objective 1 hour, recovery time objective 8 hours. Recovery is tested twice
  a year.

## Certifications and audits

| Standard | Status |
| SOC 2 Type II | Annual, covering security, availability and confidentiality |
| ISO/IEC 27001 | Certified since 2023 |
| Penetration test | Annual, by an independent firm, plus continuous bug bounty |
| Accessibility | WCAG 2.1 AA for the web application |

## Data protection

- Encryption in transit with TLS 1.2 or higher; encryption at rest with AES-256, keys
  managed in AWS KMS and rotated yearly.
- Drawings, photos and files are stored in encrypted object storage with versioning.
- Customer data is never used to train models or shared with third parties.
- Backups every hour, kept for 35 days, encrypted and stored in a separate account.

## Identity and access

- Single sign-on with SAML 2.0 or OpenID Connect (Okta, Microsoft Entra ID, Google).
- SCIM provisioning and deprovisioning for company users.
- Role-based permissions set per project: a subcontractor sees only the drawings, RFIs
  and punch items shared with its company.
- Multi-factor authentication enforced for every user who does not sign in through SSO.
- A full audit log of every view, download, change and approval, exportable as CSV.

[page]

## Mobile devices on the jobsite

- The field app caches the current drawing set for offline use; the cache is encrypted
  and removed when the user signs out or is removed from the project.
- Administrators can revoke a device remotely.
- No customer data is stored in photo galleries on the device.

## Data ownership, retention and exit

The customer owns its project data. Closed projects stay available read-only for the life
of the subscription. At the end of the contract the customer can export every project as
PDF and native files with a CSV index, and we delete the data within 60 days after
confirming the export, with a certificate of deletion on request.

## Incidents and people

- 24x7 monitoring and on-call security engineering.
- Customers are notified of a confirmed security incident affecting their data within 72
  hours.
- Every employee passes a background check and completes security training when hired and
  every year after.

## How a review usually goes

Most IT reviews of Spanwise take two to three weeks. Send us your own forms early; we
answer most of them in three business days, and our security engineer will join a call
with your team.
""",
)

_add(
    path="Marketing/One pagers/Spanwise Cost - product sheet_final_v3.pdf",
    modified="2025-09-09",
    title="Layout 1",
    author="",
    body="""
# Spanwise Cost

Every dollar on the job, from budget to final payment, in one place.

Spanwise Cost gives project managers and project accountants one record of the budget,
every commitment, every change and every pay application on a project, tied together so
the forecast is always current. No more exporting five spreadsheets on the 25th of the
month to find out where the job stands.

## Change management, start to finish

- Log a change event the day it happens, from the office or the field, with photos and
  the RFI or field direction that caused it.
- Price it as a potential change order (PCO) to the owner and as change requests to the
  subcontractors affected, from the same event.
- Track every PCO through pricing, submission, negotiation and approval, with the days
  open shown on the log.
- Approved change orders update the contract value, the budget and the commitments
  automatically.

## Pay applications without the scramble

- Build the owner pay application from the schedule of values, in the G702/G703 format
  owners and lenders expect.
- Subcontractors submit their own pay applications in Spanwise against their commitment;
  the project manager reviews percent complete line by line.
- Retainage is tracked per line and per subcontractor, with release at substantial
  completion and final completion.
- Conditional and unconditional lien waivers are collected before a payment is released.

## Forecasting

- Cost to complete and projected over/under by cost code, updated as commitments and
  changes are entered.
- Monthly cost reports locked as snapshots for the executive review.

## Specifications

| Item | Detail |
| Accounting sync | Ledgerline Job Cost, Ledgerline Cloud, or CSV to any system |
| Pay application formats | G702/G703 style, owner custom templates |
| Currencies | USD, CAD |
| Approvals | Configurable by amount and role |
| Mobile | Change events and approvals on iOS and Android |

Part of the Spanwise platform with Field, Docs, Schedule and Owner. Ask your account
executive for a 30-minute walkthrough with your own budget.
""",
)

_add(
    path="Sales/Pricing/Spanwise Pricing 2026 - external.pdf",
    modified="2026-01-08",
    title="Spanwise Pricing & Packaging 2026",
    author="Revenue Operations",
    body="""
# Spanwise Pricing & Packaging 2026

For customers and prospects. Prices in US dollars, valid for orders signed from January 1
to December 31, 2026.

## How we price: per active project

Spanwise is priced by the number of projects you run on it at the same time, not by the
dollar value of your work and not by the number of people who use it. A project counts as
active from the day it is created to the day it is closed out; closed projects stay
available read-only at no cost.

We chose this because construction volume is a poor measure of what a contractor uses.
A $60 million hospital and a $3 million tenant improvement need the same software. Pricing
on volume means your software bill rises every time you win a bigger job, even when
nothing else changes. Pricing per project means the fee follows the work you are actually
running, and it is easy to forecast from your backlog.

Every plan includes unlimited users: your own staff, subcontractors, designers, owners
and consultants.

## Plans

| Plan | Includes | Per active project, per year |
| Field | Daily logs, punch, inspections, safety observations, photos | $1,900 |
| Docs | Drawings, specifications, RFIs, submittals, meetings | $2,400 |
| Cost | Budgets, commitments, changes, pay applications, forecasting | $2,900 |
| Platform | Field, Docs, Cost and Schedule | $5,800 |
| Owner | Portfolio view, approvals, contingency, turnover (for owners) | $3,200 |

Minimum subscription: 10 active projects. Companies running more than 60 active projects
at once receive volume pricing from their account executive.

## One-time services

| Service | Price |
| Onboarding and configuration | $8,500 per company |
| Migration of live projects from another system | $1,200 per project |
| Accounting integration setup (Spanwise Connect) | $6,000 |
| On-site field training day | $2,500 per day |

## Terms

- Annual subscription, invoiced yearly in advance; multi-year terms available.
- Add projects at any time, prorated to the end of the term.
- Price increases at renewal are capped at 5% a year on multi-year terms.
- Public agencies may purchase through the cooperative purchasing contract listed on
  our website.
""",
)

_add(
    path="Marketing/Case Studies/drummond-mechanical.pdf",
    modified="2025-08-21",
    title="",
    author="Priya Raman",
    body="""
# Customer spotlight

Drummond Mechanical is a mechanical and plumbing contractor in Port Iselin, Washington,
with 140 people in the field, 35 in the office and about 60 projects a year, from
hospital mechanical rooms to school HVAC replacements. Three years ago it ran its jobs on
PlanHatch for drawings, a shared drive for everything else, and a spreadsheet for every
pay application.

## Three days a month on pay apps

Each project manager spent the last three days of every month on pay applications: pulling
quantities from the foremen, updating the schedule of values, chasing the general
contractor's format, and re-keying the result into accounting. Retainage was tracked in a
separate workbook that only the controller understood. When Drummond's controller, Nadia
Flores, went through it in 2023, she found $1.1 million of retainage on finished projects
that nobody had asked for.

"We were financing our customers, and we did not even know it," she says.

## "My foremen won't type"

The objection inside Drummond came from operations. Vice President of Field Operations
Luis Arroyo had watched two earlier apps die on the jobsite. "My foremen are great at
running crews. They are not going to sit in the truck filling in forms."

The rollout was built around the field, not the office:

- Two foremen, not managers, picked the first three jobs and set up the daily log
  template themselves: crew size, hours by cost code, photos, issues. Nothing else.
- Daily logs can be dictated. Most Drummond foremen speak their log on the drive home and
  fix the spelling on Friday.
- Training was twenty minutes in the job trailer, one crew at a time, with the foremen
  who already used it doing the teaching.
- The app works offline in basements and mechanical rooms and syncs when it finds a
  signal.

Within four months all 22 active jobs were on Spanwise, and daily log completion across
the company has stayed above 92%.

## What changed

- Pay applications now take about four hours per project a month. Quantities come from
  the foremen's logs, and the G702/G703 forms are generated from the schedule of values.
- Retainage is tracked per job and per line. Drummond collected $780,000 of the old
  retainage within six months, and now asks for release on the day of substantial
  completion.
- RFIs are raised from the field with a photo and a pin on the sheet. The median answer
  time from the GCs Drummond works with fell from 11 days to 5.

> "The office used to chase the field for information. Now the field sends it before we
> ask." - Nadia Flores, Controller, Drummond Mechanical

Drummond runs Spanwise Field, Docs and Cost, and invites the GC's project team onto its
own projects as guests when the GC does not use Spanwise.
""",
)

_add(
    path="Customer Success/Training/Superintendent field guide - daily logs and punch.pdf",
    modified="2025-07-15",
    title="Field Guide v2",
    author="Customer Education",
    body="""
# Spanwise in the field: a guide for superintendents and foremen

Everything a superintendent needs on day one, on one phone. Keep this guide in the job
trailer. Questions: tap Help in the app, or call the field support line at 555-0142 (5 am
to 8 pm Mountain, Monday to Saturday).

## Before you start

- Install Spanwise from the App Store or Google Play and sign in with your company email.
- Open your project once while you have a signal. The current drawing set downloads to
  the phone and stays there for offline use.
- Check the project calendar: work days, holidays and the inspection schedule are set by
  your project engineer.

## The daily log, in five minutes

1. Tap Daily Log, then Today. Weather fills in from the nearest station; correct it if
   the site is different.
2. Manpower: pick each company on site and enter the headcount and hours. Yesterday's list
   is copied for you.
3. Work performed: a sentence or two per area. You can dictate.
4. Photos: add them from the camera roll or take them in the app; they are stamped with
   the time and location.
5. Delays, visitors, deliveries and safety notes, if any. Then Submit.

A log can be edited until midnight the next day. After that, changes are shown as
amendments so the record stays clean if there is ever a claim.

## Punch lists

[page]

- Walk the area with the sheet open. Tap the spot on the drawing to drop a pin.
- Take a photo, write what is wrong in plain words, and assign the item to the company
  responsible. Set a due date.
- The subcontractor gets a notification with the pin, the photo and the due date, and
  marks the item ready for review when it is fixed.
- You verify and close it, or send it back with a comment.
- Filter by area, by company or by status to run the walk with the architect; export the
  open items as a PDF for the owner.

## Inspections and safety observations

- Start an inspection from a template (pre-pour, above-ceiling, fire stopping, weekly
  safety walk). Failed items become punch items automatically.
- Safety observations can be anonymous. Positive observations count too.

## Tips from superintendents who use it every day

- Do the daily log before you leave the site, not at home. It takes half the time.
- Use voice for long notes; fix the spelling later.
- When in doubt, take a photo. Photos settle arguments.
- If the drawing on your phone does not match the one on the wall, trust the phone and
  tell your project engineer: the wall set is probably old.
""",
)

_add(
    path="Sales/Proposals/City of Wexmoor - RFP 25-117 response (submitted).pdf",
    modified="2025-10-30",
    title="Spanwise Proposal - [Customer Name]",
    author="Leah Brandt",
    body="""
# Response to RFP 25-117: Construction Management Software for the Capital Improvement Program

Submitted to: City of Wexmoor, Department of Public Works, Purchasing Division.
Submitted by: Spanwise, Inc., 1600 Larimer Street, Suite 900, Denver, CO 80202.
Contact: Leah Brandt, Public Sector Account Executive, leah.brandt@spanwise.example.com,
555-0187. Date: October 30, 2025.

## 1. Executive summary

The City's five-year capital improvement program includes 48 projects with a combined
budget of $220 million: road reconstruction, two fire stations, a water treatment plant
upgrade, park improvements and ADA work across city buildings. Today each project manager
keeps project records in a different mix of spreadsheets, email and shared folders, and
the Finance Department re-enters contract and payment data into the City's Ledgerline
Financials system by hand.

Spanwise proposes its Owner and Cost modules for every CIP project, with Spanwise Connect
integration to Ledgerline Financials, onboarding for 35 City staff and unlimited access
for contractors and design consultants at no cost to them.

## 2. Understanding of the requirements

We have read the scope in Section 3 of the RFP and the addenda 1 and 2. Our response to
each numbered requirement is in Attachment B (compliance matrix). The sections below
address the requirements the evaluation committee marked as weighted.

## 3. Requirement 4.3: integration with the City's financial system

The RFP states that the new system must not require double entry of contracts, purchase
orders or payments. Spanwise Connect meets this requirement as follows:

- Purchase orders and encumbrances created in Ledgerline Financials appear in Spanwise as
  commitments on the right project and account string, every night.
- Contractor pay applications approved in Spanwise are sent to Ledgerline as vouchers for
  payment, with the approval trail attached; nothing is keyed twice.
- Payments made in Ledgerline flow back to Spanwise so project managers see what has been
  paid without calling Finance.
- Account strings, fund codes and vendor numbers are read from Ledgerline; Spanwise never
  creates a vendor.

The integration is already in production at two other municipalities that use Ledgerline
Financials. Setup is done by our integration team with the City's Ledgerline
administrator and takes four to six weeks, in parallel with onboarding.

## 4. Requirement 6: support and service levels

The City asked how it will be supported after go-live, given the experience with its
previous permitting system. Our commitments:

- A named customer success manager for the life of the contract, with a quarterly review
  with the Public Works director.
- On-site support during the first two weeks of go-live, and an on-site training day each
  year at no additional cost.
- Support by phone, chat and email from 6 am to 8 pm Pacific on business days, with a
  4-hour response target for urgent issues and 1 business day for everything else.
- 99.9% monthly uptime, with service credits if we miss it, written into the agreement.

## 5. Pricing

| Item | Quantity | Year 1 |
| Spanwise Owner + Cost, per active project | 30 | $183,000 |
| Spanwise Connect integration setup | 1 | $6,000 |
| Onboarding and configuration | 1 | $8,500 |
| Total, year 1 | | $197,500 |

Years 2 to 5 are priced at the same rate per active project, with any increase capped at
3% a year.

## 6. Implementation schedule

Contract award in January 2026, integration and configuration in February and March,
first ten projects live in April, remaining projects by July 2026.
""",
)

# =======================================================================================
# DOCX
# =======================================================================================

_add(
    path="Marketing/Case Studies/CS_TamsinBuilders_v4 FINAL.docx",
    modified="2025-12-11",
    title="Case Study Template",
    author="Priya Raman",
    body="""
# Tamsin Builders: 38 live jobs moved in five months, and a software bill that stopped growing faster than the business

Tamsin Builders is a general contractor in Greenbriar, North Carolina, with $650 million
in annual volume across healthcare, K-12, higher education and multifamily work. It has
420 employees and runs 55 to 70 projects at a time.

## Growing into a bigger fee

Tamsin had run its projects on Corbelt for six years and had no complaints about the
software itself. The problem was the invoice. Corbelt's fee is a percentage of annual
construction volume, trued up every year. Between 2021 and 2024 Tamsin's volume grew from
$410 million to $640 million, and its Corbelt fee grew 41%, while the number of people
using it barely changed.

"We won a $180 million hospital, and the first thing that happened was our software bill
went up," says Joanna Whitfield, Tamsin's CFO. "Same users, same features, same
projects-per-PM. It was a tax on winning work."

Tamsin looked at what it actually used: documents, RFIs, submittals, daily logs,
punch, and a financial module its project managers exported to Excel every month anyway.
Priced per active project, the same scope on Spanwise came to 38% less in the first year,
and the gap widened with every point of growth in the backlog plan.

## Moving without stopping the jobs

The CFO was convinced. The Chief Operating Officer, Ray Castellano, was not: "I had 38
jobs in the ground. I was not going to have a superintendent lose a drawing set in the
middle of a pour."

The move was planned with Spanwise's migration team around the jobs, not the software
calendar:

1. Every project awarded after March 1 started on Spanwise. No migration needed.
2. Live jobs with less than nine months left stayed on Corbelt to the end and closed out
   there, then were archived.
3. The other 38 moved in three waves of twelve to fourteen jobs, each over a weekend.
   Spanwise carried over the current drawing set with revision history, all open and closed
   RFIs and submittals, the change order log and the commitment ledger with
   pay-to-date by subcontractor.
4. Each wave's project teams got a half-day session the week before, and a Spanwise field
   specialist was on the three largest sites the Monday after.

No pay application was late during the move. The last wave went live in August, five
months after the first.

## Results after the first year

- Software cost for project management down 38% in year one, with a fee that now grows
  with the number of live projects, not their value.
- Month-end cost reports produced in Spanwise Cost instead of Excel; project accountants
  estimate two days a month saved per person.
- Subcontractors work in Spanwise for free. Tamsin's prequalified subs have 600 users on
  its projects.

> "The move was the thing I worried about, and it was the thing that went best." - Ray
> Castellano, COO, Tamsin Builders

Tamsin's executive team approved Spanwise Schedule for 2026 and is rolling it out on its
healthcare projects first.
""",
)

_add(
    path="Sales/Battlecards/Battlecard - Spanwise vs Ledgerline.docx",
    modified="2025-10-14",
    title="Battlecard: Spanwise vs. Ledgerline",
    author="Marcus Feld",
    body="""
# Battlecard: Spanwise vs. Ledgerline

Internal. For account executives and sales engineers. Updated October 2025.

## Who they are

Ledgerline is a construction accounting and ERP suite: job cost, AP, service management
modules and equipment. Many mid-size contractors have run their books on it for fifteen
years. Ledgerline sells a project management module, Ledgerline Project Manager, bundled
into its enterprise tier. It is a desktop-first application with a web portal added in
2022 and a basic mobile app.

## When you will meet them

Almost always as the incumbent, not as a competing bid. The controller or CFO owns the
Ledgerline relationship and will ask why the company should pay for project management
when it "already has it."

## "We already have project management in Ledgerline."

Many customers own it; few use it beyond the office. Ask who on their team opens the
Ledgerline module every day. The usual answer is the project accountants, not project
managers, and never superintendents. Then make the case on three points:

- The field: Ledgerline Project Manager has no offline drawing set, no punch workflow and
  no daily log on the phone. Superintendents keep paper and the PM re-types it.
- Collaboration: subcontractors, architects and owners cannot work in Ledgerline. Every
  RFI and submittal goes out by email and comes back as an attachment.
- Cost of "free": the module is in their tier, but the hours spent re-entering field
  information are not. Use the ROI calculator's RFI and change order lines.

Position Spanwise as the project system that feeds Ledgerline, not as a replacement for
it. We do not want their general ledger.

## "Will Spanwise talk to Ledgerline?"

Yes, and this is where we win the controller. Spanwise Connect has a certified two-way
integration with Ledgerline Job Cost and Ledgerline Cloud:

- Jobs, cost codes, cost types and vendors come from Ledgerline, so the structure is set
  in one place.
- Commitments (subcontracts and POs) and approved change orders go to Ledgerline.
- Subcontractor pay applications approved in Spanwise create AP invoices in Ledgerline
  with retainage split out.
- Actual costs and payments come back to Spanwise every night for the forecast.

Offer the Connect FAQ and a 30-minute session with our integration lead and their
Ledgerline administrator. Do not promise anything about custom Ledgerline fields without
checking with sales engineering.

## Landmines

- "How do your superintendents get information into Ledgerline today?"
- "When a sub's pay app comes in, how many times is it keyed?"
- "What does your Ledgerline renewal cost if you drop the enterprise tier?"

## Watch out

- Ledgerline discounts Project Manager heavily when it hears of a competing evaluation.
- Some controllers worry about two systems of record. Be clear: Ledgerline stays the
  system of record for money; Spanwise is the system of record for the project.
""",
)

_add(
    path="Sales/Talk tracks/Field adoption talk track (supers).docx",
    modified="2025-09-30",
    title="",
    author="Sam Oduya",
    body="""
# Talk track: "My superintendents won't use another app"

The objection usually comes from the VP of operations or a senior superintendent, often
late in the cycle, after the office has already decided it likes Spanwise. Take it
seriously: they have seen tools fail on site before, and they are the ones who will live
with it. Do not argue; ask, then answer with how the rollout actually works.

## Ask first

- "What happened the last time you rolled out a tool to the field?"
- "What do your supers do today for daily logs and punch? Paper, Excel, texts?"
- "Who on your field team would others follow?"

## The answer: the rollout is built around the field

- Start small, with the people they trust. We ask for two or three respected
  superintendents or foremen to set up the daily log and punch templates for the company.
  They decide what is asked for; the office does not.
- Twenty minutes, in the trailer. Field training is done on site, one crew at a time, by
  our field specialists or by the first supers who use it, not in a classroom.
- Fewer taps than paper. Yesterday's manpower list is copied, weather fills itself in,
  and the log can be dictated.
- Works with no signal. The drawing set and the punch list are on the phone; everything
  syncs later.
- First jobs first. New projects start on Spanwise; nobody is asked to move a job that is
  about to finish.

Proof: Drummond Mechanical's VP of field operations said the same thing. Four months
later all 22 of its jobs were on Spanwise with daily log completion above 92%.

## "Who do they call at six in the morning?"

Superintendents start early and do not wait for the office to open. Tell them exactly what
they get:

- Field support line from 5 am to 8 pm Mountain, Monday to Saturday, answered by people
  who have worked on jobsites.
- In-app chat with a median first response under four minutes during those hours.
- A named customer success manager for the company, and a field specialist on site for
  the first week of each of the first three projects.

## Close

Offer a field pilot: two superintendents, one live project each, 30 days. Agree up front
what success looks like (daily log completion, punch items closed) and let the supers
report it at the end.
""",
)

_add(
    path="misc/Document (7).docx",
    modified="2025-11-04",
    title="",
    author="Wen Li",
    body="""
# FAQ

Questions we hear from controllers, project accountants and IT about Spanwise Connect, the
integration between Spanwise and accounting or ERP systems.

## Which accounting systems does Spanwise Connect work with?

Certified two-way integrations with Ledgerline Job Cost (version 11 and later) and
Ledgerline Cloud. For other ERP systems, Connect exchanges scheduled CSV or JSON files
through SFTP or our REST API; most customers on other systems use this, and we provide the
file layouts.

## What moves between the systems?

| Data | Direction | When |
| Jobs, cost codes, cost types | ERP to Spanwise | Every night, or on demand |
| Vendors and subcontractors | ERP to Spanwise | Every night |
| Commitments and approved change orders | Spanwise to ERP | On approval |
| Subcontractor pay applications (with retainage) | Spanwise to ERP | On approval |
| Actual costs and payments | ERP to Spanwise | Every night |

## Do we have to change our chart of accounts or job structure?

No. Spanwise uses the job, cost code and cost type structure from your ERP. If your
project teams want more detail than accounting does, they can add sub-codes in Spanwise
that roll up to your ERP codes.

## Is it really two-way? What stops the two systems disagreeing?

Each kind of record has one owner. Money that has been paid is owned by the ERP; project
records such as commitments and changes are owned by Spanwise until approved, then posted.
If someone edits a posted record in the ERP, Connect flags it on the Spanwise side instead
of overwriting it.

## Do we need to install anything?

For Ledgerline Cloud and the file or API options, no. For Ledgerline Job Cost on your own
servers, a small connector service runs on a Windows server that can reach the Ledgerline
database; it makes outbound connections only.

## How long does setup take?

Usually three to five weeks: a mapping workshop, a test company, a parallel month-end,
then go-live. Your Ledgerline administrator spends about a day a week on it during that
time.

## What happens when a sync fails?

Failures show on the Connect dashboard with the record and the reason, and the project
accountant gets an email. Nothing is posted twice: a record is either posted or queued.

## What does it cost?

Setup is a one-time fee; see the current price list. There is no annual charge for
Connect.
""",
)

_add(
    path="Customer Success/Onboarding/Project setup checklist - new accounts.docx",
    modified="2025-06-23",
    title="Onboarding Checklist",
    author="Customer Success",
    body="""
# New account setup checklist: the first 30 days

For the customer's Spanwise administrator and project engineers, working with their
Spanwise customer success manager. Tick each item as it is done; the CSM reviews this
list with you every week until go-live.

## Week 1: company settings

- Company profile, logo and office addresses entered.
- Single sign-on connected (or multi-factor authentication switched on).
- Permission templates reviewed: project manager, project engineer, superintendent,
  foreman, accounting, executive, subcontractor, owner, designer.
- Company cost code list imported (from your accounting system, or from the standard
  list).
- Company directory imported: employees, and the subcontractors and suppliers you work
  with most.

## Week 2: templates

- Project template created with your folder structure for drawings, specifications and
  files.
- Daily log template agreed with two superintendents.
- Punch and inspection templates (at least pre-drywall and final).
- RFI and submittal numbering and default reviewers.
- Change order approval limits by role.

## Week 3: first projects

- First two projects created from the template.
- Current drawing set uploaded and sheets named and numbered automatically; check the
  results.
- Specification book uploaded and split into sections.
- Project directory built; subcontractors invited.
- Budget and commitments loaded, if you have Spanwise Cost.

## Week 4: go-live

- Field training for each site team (twenty minutes in the trailer).
- Office training for project managers and project engineers (two hours, remote).
- First daily logs submitted and reviewed.
- First RFI sent and answered in Spanwise.
- Go-live review with the CSM: what is working, what to change, and which projects come
  next.

## Who to call

Your CSM, or the support line at 555-0142. Administrators can also open a ticket from the
Help menu.
""",
)

_add(
    path="Marketing/Whitepapers/Owner's guide to capital program controls.docx",
    modified="2025-05-12",
    title="An Owner's Guide to Capital Program Controls",
    author="Spanwise Research",
    body="""
# An Owner's Guide to Capital Program Controls

How hospitals, universities, school districts and cities keep a portfolio of construction
projects on budget, and what to ask of the contractors who build them.

## Why owners lose control of cost

An owner with one project can follow it closely. An owner with twenty cannot. Capital
programs are usually run by a small team of owner's representatives and project managers
who depend on reports from general contractors and construction managers, each in its own
format and on its own schedule. By the time the information reaches the capital committee,
it is a month old and has been summarized twice.

The biggest cost overruns we see in owner programs come from three places:

1. Changes approved in the field and priced later, so the owner learns the cost after the
   work is in place.
2. Contingency used without a clear record of what it was used for.
3. Pay applications reviewed quickly under deadline, with no easy way to compare percent
   complete with what is on site.

## Six controls every program should have

## 1. One approval path for changes

Every potential change order, on every project, goes through the same approval path with
the same signing limits. The owner sees a change when it is raised, not when it is priced.

## 2. Contingency as a ledger, not a number

Track owner contingency and construction contingency as ledgers: every draw has a reason,
an approver and a link to the change that used it.

## 3. Pay application review with evidence

Compare the contractor's percent complete with daily logs, photos and inspection records
before approving.

## 4. A common monthly picture

Ask every contractor for the same monthly data, in the same structure, or better, for
access to the project record itself.

## 5. Closeout planned from the start

Decide at the beginning of the project what the facilities team needs at the end (O&M
manuals, warranties, as-built drawings, equipment data) and collect it as the work is
done, not in the last month.

## 6. Portfolio reporting for the board

The board or capital committee should see every project on one page: budget, committed,
spent, contingency left, forecast at completion and schedule status.

## What to ask your contractors

- Will you give us read access to the project record in your system?
- How quickly are potential change orders logged after the field direction is given?
- Can we see daily logs and photos alongside pay applications?
- What will we receive at closeout, in what format, and when?

## About Spanwise Owner

Spanwise Owner gives owners a portfolio view of every project, whether the contractor
works in Spanwise or in another system, with one approval path for changes and pay
applications.
""",
)

_add(
    path="Marketing/Case Studies/Pellham County Schools bond program story.docx",
    modified="2025-11-25",
    title="Pellham County Public Schools: running a $480 million bond program in the open",
    author="Priya Raman",
    body="""
# Pellham County Public Schools: running a $480 million bond program in the open

In 2022 voters in Pellham County, Georgia approved a $480 million school construction
bond: four new schools, eleven major renovations and roof and HVAC replacements at
twenty more. The district's construction department has nine people. The bond came with a
promise written into the campaign: every dollar would be reported to the public.

## Nine people, 35 projects, one promise

Director of Construction Services Marcus Odom inherited a spreadsheet per project and a
quarterly report to the Bond Oversight Committee that took his team two weeks to
assemble. "The committee asked good questions, and half the time the honest answer was
'we'll get back to you.'"

## Getting the board to say yes

Odom knew what he wanted within a month of seeing Spanwise Owner. The harder part was that
he could not buy it. Any contract over $100,000 needed the superintendent's recommendation
and a vote of the Board of Education, and the board had just been criticized in the local
paper for consultant spending.

So he did not start with a contract. He started with evidence:

- A 60-day pilot on one project, the Cedar Run Elementary replacement, with the GC's
  consent and at no cost to the district.
- A ten-minute demonstration at the Bond Oversight Committee's September meeting, with
  the pilot project's budget, contingency and change orders live on screen instead of in
  a binder.
- A one-page memo for the superintendent comparing the software cost with the staff time
  spent on the quarterly report and with the audit findings on change order approvals from
  the previous bond.
- The oversight committee chair, a retired CPA, asked to speak in support at the board
  meeting.

The board approved a five-year contract 7-0, and the item was on the consent agenda.

## What the public sees now

- A public bond dashboard, updated weekly from Spanwise, shows every project's budget,
  committed cost, spent to date and schedule.
- The oversight committee reviews change orders over $50,000 in Spanwise before each
  meeting; the two-week quarterly report no longer exists.
- Contractors submit pay applications in Spanwise, and the district pays in 21 days
  instead of 38, which contractors noticed in their bids for the later projects.

> "We promised the voters they could see where the money went. Now they can, every week."
> - Marcus Odom, Director of Construction Services

Three of the four new schools opened on time for the 2025 school year. The program is 62%
complete and forecast at 1.4% under budget.
""",
)

_add(
    path="Sales/Proposals/Proposal_Ferrow Logistics_DC program_draft2.docx",
    modified="2026-02-03",
    title="Proposal",
    author="Ethan Cole",
    body="""
# Proposal: Spanwise Owner for the Ferrow Logistics distribution center program

Prepared for: Dana Whitaker, Vice President of Real Estate and Construction, Ferrow
Logistics. Prepared by: Ethan Cole, Spanwise. Draft 2, February 3, 2026. Confidential.

## 1. Your program

Ferrow Logistics will build twelve distribution and cross-dock centers in five states
between spring 2026 and late 2028, from a 180,000 sq ft cross-dock in Reno to a 1.1
million sq ft regional center outside Columbus. Total program budget is $1.3 billion.
Ferrow has selected nine general contractors so far and expects to add two more. Ferrow's
construction team is seven people.

## 2. What you asked us to show

In our December workshop, your team's main question was whether one small owner's team
could keep twelve simultaneous projects, nine contractors and five states under control
in one system without each project becoming its own island. This section answers that.

## 3. Built for a program, not a project

- Program templates. Every project is created from one Ferrow template: the same budget
  structure, the same change order approval path, the same closeout requirements and the
  same reporting. A project in Nevada and one in Ohio read the same way.
- Contractors in their own systems. Four of your nine GCs already use Spanwise; two use other
  construction platforms with standard exports; three work from spreadsheets and will
  work in Spanwise as guests at no cost. The owner's view is the same whichever they use.
- Portfolio roll-up. Budget, committed, spent, contingency and forecast at completion
  roll up from every project to the program, by region and by year, for your monthly
  investment committee.
- Approvals that scale. Change orders route by amount: the project manager, then your VP,
  then the CFO above $500,000. Each approver sees only what needs them.
- Load. Spanwise customers run portfolios of more than 400 active projects; your peak of
  twelve large projects and about 2,500 guest users is well inside what the platform runs
  today.

Two of our customers run national warehouse programs of a similar size; we can arrange
calls with both.

## 4. Scope and price

| Item | Quantity | Annual |
| Spanwise Owner, per active project | 12 | $38,400 |
| Program template design and onboarding | 1 | $8,500 (one time) |
| Executive reporting package | 1 | Included |

Three-year term. Projects can be added during the term at the same price.

## 5. Next steps

1. Ferrow review of this draft (week of February 9).
2. Reference calls with two warehouse program customers.
3. Contract review with Ferrow procurement.
4. Template workshop, then the first two projects live by April.
""",
)

_add(
    path="Sales/Legal/MSA redline guidance for reps.docx",
    modified="2025-08-18",
    title="MSA redlines - what reps can agree to",
    author="Legal / Deal Desk",
    body="""
# MSA redlines: what reps can agree to, and what needs legal

Internal. For account executives, sales managers and the deal desk. Updated August 2025.
Our standard Master Subscription Agreement is the starting point for every deal. Customers,
especially large GCs and public owners, will send redlines. Most of them are the same
dozen changes. This guide says which ones you can accept, which ones need the deal desk,
and which ones need legal, and what to say to the customer in each case.

## You can accept without approval

- Payment terms from net 30 to net 45.
- Governing law in the customer's state for customers in the United States.
- Mutual confidentiality, if the customer asks for the NDA language to be mutual.
- Removing our right to use the customer's name as a reference; offer a separate
  reference agreement later instead.

## Needs the deal desk

- Payment terms of net 60. Common with public owners; accept if the deal is annual
  prepay.
- A renewal price cap below 5% a year. We can go to 3% on a three-year term.
- Removing auto-renewal. Offer instead: auto-renewal stays, but we send written notice
  120 days before the renewal date and the customer can cancel without reason up to 60
  days before.

## Needs legal, and what to tell the customer

### Limitation of liability

Customers often ask for unlimited liability, or for a cap of several times the contract
value. Our standard cap is the fees paid in the previous twelve months, with a higher cap
(two times annual fees) for data breaches caused by us. Tell the customer: the higher
cap for data breaches exists so that the real concern, their project data, is covered;
uncapped liability is not something any software company of our size can insure.

### Termination for convenience

Public owners often require it. Legal will accept termination for convenience with 90
days' notice for public agencies, with no refund of prepaid fees for the current term
unless the reason is non-appropriation of funds.

### Data return and deletion

We always agree to return data. The standard clause gives 60 days after termination to
export; legal can extend it to 90. Do not agree to deliver data in a specific third-party
format.

### Indemnities

Our IP indemnity is standard. Do not accept indemnities for the customer's use of the
software on its projects (for example, claims arising from construction defects).

## How to send redlines to legal

Attach the customer's redlined document to the opportunity, fill in the deal desk form,
and say which changes the customer has called must-haves. Legal turns around most
redlines within three business days.
""",
)

# =======================================================================================
# PPTX
# =======================================================================================

_add(
    path="Sales/Decks/Spanwise company overview 2026.pptx",
    modified="2026-01-13",
    title="Office Theme",
    author="Product Marketing",
    slides=[
        ("Spanwise", "One record for every project, from the office to the jobsite\n"
         "Company overview, 2026", ""),
        ("Construction still runs on email and spreadsheets", """
- Rework costs contractors a median 5.7% of project cost
- The median RFI takes more than nine days to answer
- Project managers spend 6.5 hours a week per project in meetings
- Owners hear about changes a month after the work is in place
""", "Start with the rework number from the 2026 field report. Ask how they track RFIs today."),
        ("What Spanwise does", """
- Puts the current drawings, RFIs and submittals on every phone on site
- Records the day's work, photos and punch items where the work happens
- Ties every change and pay application to the budget
- Gives owners a live view of every project in their program
""", ""),
        ("The Spanwise platform", """
- Spanwise Field: daily logs, punch, inspections, safety
- Spanwise Docs: drawings, specifications, RFIs, submittals, meetings
- Spanwise Cost: budgets, commitments, changes, pay applications
- Spanwise Schedule: lookahead and pull planning
- Spanwise Owner: portfolio view, approvals, contingency, turnover
- Spanwise Connect: integration with accounting and ERP
""", ""),
        ("Who we work with", """
- General contractors and construction managers
- Mechanical, electrical and specialty contractors
- Health systems and hospitals
- School districts and universities
- Cities, counties and public works departments
- Retail, logistics and industrial owners
""", "Pick the two customer stories closest to the prospect; do not read the list."),
        ("Customers", """
- 2,300 companies, 61,000 active projects
- Tamsin Builders: 38 live jobs moved in five months
- Ostrander Health: $410M patient tower closed under its GMP
- Pellham County Public Schools: a $480M bond program reported weekly
- Drummond Mechanical: pay apps from three days to four hours
""", ""),
        ("Why Spanwise", """
- Priced per active project, with unlimited users
- Built for the field first, works offline
- Cost control in the same system as the project record
- Customer success people who have worked in construction
""", ""),
        ("Next step", """
- A 45-minute walkthrough with one of your live projects
- A field pilot: two superintendents, 30 days
""", "Ask for the pilot before the end of the call."),
    ],
)

_add(
    path="Sales/Decks/Owner pitch - healthcare capital projects.pptx",
    modified="2025-11-06",
    title="Spanwise for Health System Capital Projects",
    author="Leah Brandt",
    slides=[
        ("Spanwise for health system capital projects", "Owner's view of every project, every contractor\n"
         "For facilities planning and construction leaders", ""),
        ("Hospital construction is different", """
- Projects inside occupied, regulated buildings
- Infection control risk assessments on every phase
- Medical equipment planning that changes late
- A capital committee that wants answers this week, not next month
""", ""),
        ("What you see with Spanwise Owner", """
- Every potential change order the day it is raised
- Contingency as a ledger, with the reason for every draw
- Pay applications next to the daily logs and photos
- Turnover records indexed by floor, room and system
""", ""),
        ("Your contractors keep their tools", """
- GCs on Spanwise: live, nothing to set up
- GCs on Corbelt or other systems: read through their standard export
- Consultants and designers: invited as guests, no cost
""", "This is where the health system usually relaxes. The GC does not have to change anything."),
        ("Ostrander Health: North Tower", """
- $410M, 11 stories, 280 beds
- Change order reviews from 19 days to 6
- Closed 1.8% under the guaranteed maximum price
- 4,100 assets loaded into maintenance in the first week
""", ""),
        ("What your IT and security team will ask", """
- SOC 2 Type II and ISO 27001, reports under NDA
- Single sign-on with your identity provider, SCIM provisioning
- Project data only; no patient information is stored or needed
- US hosting, encryption in transit and at rest, full audit log
""", "Offer the security overview PDF and a call with our security engineer before IT asks. Health system reviews go faster when we start them."),
        ("\"We're already halfway through the tower\"", """
- Ostrander started at 40% complete
- Two weeks read-only, reconcile to the last owner's report
- No change to the GC's contract, schedule or site process
- Start now and the shell fit-out and next projects start clean
""", "Waiting for the next project means another year of monthly PDFs. Starting mid-project is normal for us."),
        ("Next step", """
- A 30-day look at one live project, read-only
- Your capital committee report, built from it
""", ""),
    ],
)

_add(
    path="Customer Success/Kickoff/Kessling kickoff 03-2026.pptx",
    modified="2026-03-04",
    title="",
    author="Jordan Price",
    slides=[
        ("Kessling Precision Components + Spanwise", "Kickoff: Building 4 expansion\nMarch 4, 2026 - Haverford plant", ""),
        ("Today", """
- Introductions and roles
- The project and what Kessling needs from Spanwise
- Setup plan and dates
- Ledgerline connection
- What good looks like in 90 days
""", ""),
        ("The team", """
- Kessling: Tom Reyes (plant manager), Anita Sorensen (engineering and facilities manager, project owner), Craig Holm (controller), Priya Nand (IT)
- Rourke Industrial Builders (GC): project manager and superintendent
- Spanwise: Jordan Price (customer success), Wen Li (integration), field specialist TBD
""", ""),
        ("The project", """
- 180,000 sq ft production and warehouse addition, connected to the running plant
- $62M budget, GMP contract with Rourke
- Ground-breaking April 2026, substantial completion June 2027
- Process utilities tie-ins during two planned plant shutdowns
""", "The shutdown windows are fixed. Anything that affects them gets flagged to Anita the same day."),
        ("What Kessling will use", """
- Spanwise Owner: budget, contingency, change approvals, pay application review
- Docs: drawings and RFIs shared with Rourke and the design team
- Turnover: equipment data for the maintenance team from day one
""", ""),
        ("Setup plan", """
- Week of March 9: company settings, SSO with Priya
- Week of March 16: budget structure and approval limits with Craig and Anita
- Week of March 23: Rourke's team invited, drawings loaded
- March 30: first weekly owner review in Spanwise
""", ""),
        ("Ledgerline connection", """
- Kessling's ERP is Ledgerline Cloud
- Project budget and POs read from Ledgerline every night
- Approved pay applications sent to Ledgerline as AP invoices
- Mapping workshop with Craig on March 12
""", "Wen leads. Craig has confirmed the project will be its own job in Ledgerline."),
        ("90-day success criteria", """
- Every change order approved in Spanwise, none by email
- First two pay applications reviewed and approved in Spanwise
- Monthly report to the Kessling board built from the dashboard
""", ""),
    ],
)

_add(
    path="Customer Success/QBR/QBR_Brightwell_Q1.pptx",
    modified="2026-04-16",
    title="QBR template",
    author="Maya Chen",
    slides=[
        ("Brightwell Markets + Spanwise", "Quarterly business review, Q1 2026", ""),
        ("Where we are", """
- 140 stores, 6 states
- 2026 plan: 38 remodels, 4 new stores, 60 refrigeration and roof projects
- 61 projects active in Spanwise Owner today
- Contract renews September 30, 2026
""", ""),
        ("Q1 results", """
- Remodels finished in an average of 11.2 weeks (plan 12)
- Punch items closed before reopening: 96% (2025: 81%)
- Change orders approved in 4 days on average
- Store managers' punch walk now done on a phone, not a clipboard
""", ""),
        ("What the team told us", """
- Regional construction managers want a lookahead view across stores
- Store openings are planned in a separate spreadsheet
- The two new regions (Tennessee, Kentucky) start in Q3
""", ""),
        ("Recommendation: Spanwise Schedule", """
- Lookahead for every remodel, rolled up by region and opening date
- Replaces the store opening spreadsheet
- Pilot on the Q3 Tennessee remodels
""", "Pricing for Schedule was shared with Rebecca in March. Bring the per-project figure, not the bundle."),
        ("Renewal", """
- Term ends September 30, 2026
- Proposal: two-year renewal with the new regions and Schedule included
- Renewal paperwork to Brightwell procurement by July 1
""", ""),
        ("Next quarter", """
- Schedule pilot plan agreed by May 15
- New region project template by June 1
- Next QBR in July
""", ""),
    ],
)

_add(
    path="Sales/Decks/Specialty contractors - sales deck v2.pptx",
    modified="2025-10-02",
    title="Spanwise for specialty contractors",
    author="Sam Oduya",
    slides=[
        ("Spanwise for specialty contractors", "Mechanical, electrical, plumbing, fire protection, drywall, concrete", ""),
        ("You carry the risk and wait for the money", """
- Your crews build from the drawings you were given, whether or not they are current
- Changes get agreed in the field and argued about later
- Pay apps take days, and retainage sits with the GC for months
""", ""),
        ("What Spanwise does for a subcontractor", """
- Current drawings on every foreman's phone, offline
- Daily logs with crew hours by cost code
- Change events written down the day they happen, with photos
- Pay applications generated from your schedule of values
- Retainage tracked per job, per line
""", ""),
        ("Drummond Mechanical", """
- 140 field staff, 60 jobs a year
- Pay apps from three days to four hours per project
- $780,000 of old retainage collected in six months
- Daily log completion above 92%
""", ""),
        ("\"The drawing apps are cheaper\"", """
- PlanHatch and similar apps: about $29 per user per month, drawings and markups only
- Spanwise: priced per active project, every user on the job included
- A 30-person crew on PlanHatch costs more than a project on Spanwise
- And the drawing app does not do pay apps, retainage or change events
""", "Do the crew math with their numbers. Most subs count only office users when they compare."),
        ("When the GC uses Spanwise", """
- You work on the GC's project for free
- Your own projects on Spanwise keep your cost codes and logs
""", ""),
        ("Pricing for specialty contractors", """
- Field + Docs from $4,300 per active project per year
- Add Cost for pay apps and retainage
- Minimum 10 active projects; smaller firms ask about the starter plan
""", ""),
        ("Next step", """
- Bring one live job; we set it up with you in 45 minutes
""", ""),
    ],
)

# =======================================================================================
# XLSX
# =======================================================================================

_add(
    path="Sales/ROI/Spanwise ROI calculator - GC v2.xlsx",
    modified="2025-10-21",
    title="Spanwise ROI calculator",
    author="Revenue Operations",
    widths={"A": 60, "B": 16, "C": 16, "D": 16, "E": 46},
    inputs={"Inputs": "B5:B13"},
    percent={"Inputs": ["B11", "B12", "B17", "B18", "B19", "B20"], "Results": ["B14"]},
    sheets=[
        ("Inputs", [
            ["Spanwise savings and payback calculator - general contractors"],
            ["Enter the customer's own figures in the yellow cells. Everything else calculates."],
            [],
            ["Input", "Value", "", "", "Where to find it"],
            ["Annual construction volume (USD)", 300000000, "", "", "Annual report or CFO"],
            ["Active projects at any one time", 40, "", "", "Project list"],
            ["Project managers and project engineers", 60, "", "", "Org chart"],
            ["RFIs per project per year", 120, "", "", "RFI logs from two recent projects"],
            ["PM or PE hours spent per RFI (chasing, logging, distributing)", 3.5, "", "", "Ask two project engineers"],
            ["Loaded hourly cost of a PM or PE (USD)", 85, "", "", "Controller"],
            ["Rework as a share of construction volume", 0.04, "", "", "Industry median 5.7% (2026 field report); use the customer's figure if known"],
            ["Approved changes never billed to the owner, as a share of volume", 0.006, "", "", "Closeout reviews; 0.5% to 1% is typical"],
            ["Hours per PM per month on month-end cost reports and pay apps", 16, "", "", "Ask the project managers"],
            [],
            ["Assumption", "Value", "", "", "Source"],
            ["Spanwise Platform price per active project per year (USD)", 5800, "", "", "2026 price list"],
            ["RFI handling time saved", 0.3, "", "", "Customer time studies, 2024-2025"],
            ["Rework avoided", 0.05, "", "", "Conservative; field report best performers did far better"],
            ["Unbilled changes recovered", 0.2, "", "", "Median of 14 customers' closeouts"],
            ["Month-end reporting time saved", 0.4, "", "", "Customer survey, 2025"],
            ["Onboarding and configuration, one time (USD)", 8500, "", "", "2026 price list"],
            ["Migration per live project, one time (USD)", 1200, "", "", "2026 price list"],
            ["Live projects to migrate", 20, "", "", "Projects with more than nine months left"],
        ]),
        ("Results", [
            ["Results", "Year 1", "Year 2", "Year 3", "Notes"],
            ["RFI handling time saved",
             "=Inputs!B6*Inputs!B8*Inputs!B9*Inputs!B10*Inputs!B17", "=B2", "=C2", "PM and PE hours at loaded cost"],
            ["Rework avoided", "=Inputs!B5*Inputs!B11*Inputs!B18", "=B3", "=C3", ""],
            ["Unbilled changes recovered", "=Inputs!B5*Inputs!B12*Inputs!B19", "=B4", "=C4", ""],
            ["Month-end reporting time saved", "=Inputs!B7*Inputs!B13*12*Inputs!B10*Inputs!B20", "=B5", "=C5", ""],
            ["Annual saving", "=SUM(B2:B5)", "=SUM(C2:C5)", "=SUM(D2:D5)", ""],
            ["Subscription", "=Inputs!B6*Inputs!B16", "=B7", "=C7", "Per active project, unlimited users"],
            ["Onboarding and migration", "=Inputs!B21+Inputs!B22*Inputs!B23", 0, 0, "One time, year 1"],
            ["Net benefit", "=B6-B7-B8", "=C6-C7-C8", "=D6-D7-D8", ""],
            ["Cumulative net benefit", "=B9", "=B10+C9", "=C10+D9", ""],
            [],
            ["Summary", "Value"],
            ["Payback on year-1 cost (months)", "=ROUND((B7+B8)/(B6/12),1)"],
            ["Three-year return on investment", "=SUM(B9:D9)/SUM(B7:D8)"],
            ["Payback with no rework saving at all (months)", "=ROUND((B7+B8)/((B6-B3)/12),1)"],
        ]),
        ("Read me", [
            ["How to use this calculator"],
            ["1. Fill the yellow cells with the customer's figures. Get the RFI and change numbers from their own logs if you can."],
            ["2. Do not change the assumptions without sales engineering. They are deliberately conservative."],
            ["3. Copy the Summary block into the business case or the proposal."],
            ["When the CFO says the savings are made up: rework is the biggest line and the hardest to prove, so show the last Summary row, which leaves rework out entirely. The payback still comes in well under a year on RFI time, month-end time and unbilled changes alone, all of which the customer can check against its own records."],
            ["Version 2, October 2025. Owner: Revenue Operations."],
        ]),
    ],
)

_add(
    path="Sales/ROI/3-year cost comparison - Corbelt volume pricing vs Spanwise.xlsx",
    modified="2025-11-17",
    title=None,
    author="Marcus Feld",
    widths={"A": 58, "B": 16, "C": 16, "D": 16, "E": 18},
    inputs={"Inputs": "B5:B13"},
    percent={"Inputs": ["B6"], "Summary": ["B5"]},
    sheets=[
        ("Inputs", [
            ["Three-year comparison: stay on Corbelt's volume-based fee, or move to Spanwise per-project pricing"],
            ["Yellow cells are inputs. Take the Corbelt figures from the customer's last true-up invoice."],
            [],
            ["Input", "Value"],
            ["Annual construction volume this year (USD)", 300000000],
            ["Expected growth in construction volume per year", 0.15],
            ["Corbelt fee per $1 million of annual volume (USD)", 1100],
            ["Corbelt financials add-on, per year (USD)", 45000],
            ["Average contract value per active project (USD)", 7500000],
            ["Spanwise Platform price per active project per year (USD)", 5800],
            ["Live projects to migrate in year 1", 20],
            ["Migration per project (USD)", 1200],
            ["Onboarding and configuration (USD)", 8500],
        ]),
        ("Corbelt", [
            ["Year", "Year 1", "Year 2", "Year 3", "Three years"],
            ["Construction volume", "=Inputs!B5", "=B2*(1+Inputs!$B$6)", "=C2*(1+Inputs!$B$6)", ""],
            ["Volume-based fee", "=B2/1000000*Inputs!$B$7", "=C2/1000000*Inputs!$B$7",
             "=D2/1000000*Inputs!$B$7", "=SUM(B3:D3)"],
            ["Financials add-on", "=Inputs!$B$8", "=Inputs!$B$8", "=Inputs!$B$8", "=SUM(B4:D4)"],
            ["Cost per year", "=B3+B4", "=C3+C4", "=D3+D4", "=SUM(B5:D5)"],
        ]),
        ("Spanwise", [
            ["Year", "Year 1", "Year 2", "Year 3", "Three years"],
            ["Active projects", "=ROUND(Corbelt!B2/Inputs!$B$9,0)", "=ROUND(Corbelt!C2/Inputs!$B$9,0)",
             "=ROUND(Corbelt!D2/Inputs!$B$9,0)", ""],
            ["Subscription", "=B2*Inputs!$B$10", "=C2*Inputs!$B$10", "=D2*Inputs!$B$10", "=SUM(B3:D3)"],
            ["Migration and onboarding", "=Inputs!B11*Inputs!B12+Inputs!B13", 0, 0, "=SUM(B4:D4)"],
            ["Cost per year", "=B3+B4", "=C3+C4", "=D3+D4", "=SUM(B5:D5)"],
        ]),
        ("Summary", [
            ["Summary", "Three years (USD)"],
            ["Stay on Corbelt", "=Corbelt!E5"],
            ["Move to Spanwise", "=Spanwise!E5"],
            ["Difference over three years", "=B2-B3"],
            ["Difference as a share of the Corbelt figure", "=B4/B2"],
            [],
            ["Use when the customer says Corbelt costs less. Their fee follows their volume; ours follows the number of jobs they run, which grows more slowly than contract values."],
            ["Before you send it: check the customer's true-up date and renewal notice period in the Corbelt order form."],
        ]),
    ],
)

_add(
    path="Sales/Pricing/Price book 2026 (internal) - DO NOT SEND.xlsx",
    modified="2026-01-06",
    title="Copy of Price book 2025",
    author="Revenue Operations",
    widths={"A": 14, "B": 50, "C": 18, "D": 22, "E": 44},
    sheets=[
        ("Price book", [
            ["SKU", "Item", "List price (USD)", "Unit", "Notes"],
            ["SPW-FLD", "Spanwise Field", 1900, "active project / year", "Daily logs, punch, inspections"],
            ["SPW-DOC", "Spanwise Docs", 2400, "active project / year", "Drawings, RFIs, submittals"],
            ["SPW-CST", "Spanwise Cost", 2900, "active project / year", "Requires Docs or Field"],
            ["SPW-SCH", "Spanwise Schedule", 1100, "active project / year", "Included in Platform"],
            ["SPW-PLT", "Spanwise Platform", 5800, "active project / year", "Field + Docs + Cost + Schedule"],
            ["SPW-OWN", "Spanwise Owner", 3200, "active project / year", "Owners only"],
            ["SPW-CON", "Spanwise Connect setup", 6000, "one time", "No annual fee"],
            ["SPW-ONB", "Onboarding and configuration", 8500, "one time", "Over 100 active projects: quote"],
            ["SPW-MIG", "Live project migration", 1200, "per project", "Closed projects archived free"],
            ["SPW-TRN", "On-site field training", 2500, "per day", "Plus travel"],
            ["SPW-STR", "Starter plan (up to 5 projects)", 14000, "per year", "Specialty contractors under $20M revenue only"],
        ]),
        ("Discounts", [
            ["Active projects", "Max discount, AE", "Max discount, RVP", "Above that", ""],
            ["10 to 24", 0.05, 0.1, "Deal desk", ""],
            ["25 to 59", 0.1, 0.15, "Deal desk", ""],
            ["60 to 149", 0.15, 0.22, "Deal desk", ""],
            ["150 and above", 0.2, 0.28, "CRO", ""],
            ["Public agencies (cooperative contract)", 0.1, 0.1, "Fixed by contract", ""],
        ]),
        ("Rules", [
            ["Rule"],
            ["Minimum 10 active projects, except the starter plan."],
            ["Onboarding can be discounted up to 50% with RVP approval, never waived without deal desk."],
            ["Migration is free for up to 10 live projects when the customer is leaving Corbelt before its renewal date (competitive program, 2026)."],
            ["Multi-year: three-year terms get an extra 4% if paid annually in advance."],
            ["Quotes valid for 45 days."],
        ]),
    ],
)

_add(
    path="Sales/Battlecards/feature matrix vs corbelt planhatch ledgerline.xlsx",
    modified="2025-12-09",
    title=None,
    author="Marcus Feld",
    widths={"A": 44, "B": 30, "C": 30, "D": 30, "E": 30},
    sheets=[
        ("Matrix", [
            ["Capability", "Spanwise", "Corbelt", "PlanHatch", "Ledgerline Project Manager"],
            ["What it is", "Construction project platform, field to cost", "Construction management platform",
             "Drawing viewer and markup app", "PM module of a construction ERP"],
            ["Pricing basis", "Per active project, unlimited users", "Share of annual construction volume",
             "Per user per month", "Bundled in enterprise tier"],
            ["Drawings offline on mobile", "Yes", "Yes", "Yes", "No"],
            ["RFIs and submittals", "Yes", "Yes", "No", "Yes, desktop"],
            ["Daily logs and punch", "Yes, with voice", "Yes", "Punch only", "No"],
            ["Change events to PCOs to change orders", "Yes", "Add-on", "No", "Change orders only"],
            ["Pay applications and retainage", "Yes", "Add-on", "No", "Yes, in accounting"],
            ["Owner portfolio view", "Yes (Owner)", "Limited", "No", "No"],
            ["Subcontractor access", "Free, unlimited", "Free, limited permissions", "Paid seats", "No"],
            ["Accounting integration", "Ledgerline certified, API, files", "Marketplace connectors",
             "None", "Native"],
            ["Typical contract", "1 or 3 years", "3 years with annual true-up", "Monthly or annual",
             "Part of ERP agreement"],
        ]),
        ("Sources", [
            ["Source", "Date"],
            ["Corbelt order form shared by Tamsin Builders", "2025-03"],
            ["PlanHatch public pricing page", "2025-11"],
            ["Ledgerline Project Manager demo at a prospect", "2025-09"],
        ]),
    ],
)

# =======================================================================================
# Markdown
# =======================================================================================

_add(
    path="Sales/Emails/email templates - post-demo follow ups.md",
    modified="2025-09-16",
    text="""# Follow-up emails after a product walkthrough

Three templates for the days after a walkthrough with a contractor's team. Replace the
[brackets]. Send the first one the same day. Keep them short: superintendents and PMs
read email on a phone in a truck.

---

## 1. Same day: recap

**Subject:** Your [project name] walkthrough - what we covered

Hi [first name],

Thanks to you and [names] for the time today. What we looked at, using [project name]:

- The current drawing set on the phone, offline, with the two RFIs pinned on sheet [A-201]
- A daily log done in under five minutes, by voice
- A change event turned into a PCO to [owner] and change requests to two subs
- The pay application built from the schedule of values

You asked about [question]. [Answer, or: I will have the answer from our product team by
Thursday.]

Next step we agreed: [a 30-day field pilot with [super 1] and [super 2] / a session with
your controller on the Ledgerline connection / pricing for [n] active projects].

[Your name]

---

## 2. Day 2: for IT and the controller

**Subject:** Security and accounting details for [company]

Hi [first name],

Two things your colleagues usually ask for after a walkthrough, so you have them ready:

- Our security and data handling overview (attached). Our security engineer is happy to
  join a call with [IT contact].
- The Spanwise Connect FAQ for [controller name], on how jobs, cost codes, commitments and
  pay apps move between Spanwise and your accounting system.

[Your name]

---

## 3. Day 7: nudge

**Subject:** [project name] pilot?

Hi [first name],

Checking in on the pilot. If it helps, I can set up [project name] with [super 1] on site
next week; it takes about 45 minutes, and we bring the drawings in for you.

Is [day] good?

[Your name]
""",
)

_add(
    path="Customer Success/Expansion/cost-module-upsell-play.md",
    modified="2025-12-01",
    text="""# Play: adding Spanwise Cost to a Field + Docs customer

**Owner:** Customer Success. **When:** customers on Field and Docs for 6+ months, with
Connect not set up, who still run change orders and pay apps in spreadsheets.

## Signals

- The PMs export RFIs and change events from Spanwise into Excel every month.
- The customer asked support how to attach a pay app PDF to a project.
- A new controller or CFO has started.
- Closeout disputes over unbilled changes on a recent job.

## Who to talk to

The controller or CFO, with the operations VP in the room. The project managers like the
idea; finance decides.

## The pushback: "Our spreadsheets work fine, it's not worth it"

They usually do work, for the project the spreadsheet was built for. The question is what
they leak. Use the customer's own Spanwise data, not our medians:

1. Pull the change events logged in Spanwise Docs over the last twelve months on two
   closed projects.
2. Ask the controller which of them ended up on an approved owner change order.
3. The gap is money the contractor spent and never recovered. On the last five customers
   we ran this with, it was between 0.4% and 1.1% of contract value.
4. Add the month-end time: hours per PM per month to build the cost report and the pay
   app, times the number of PMs, times their loaded rate.

Then show what Cost adds for $2,900 per active project per year: change events that become
PCOs and change orders without re-keying, pay apps from the schedule of values, retainage
per sub, and the forecast. On a customer with 30 projects that is $87,000 a year against
a leak usually well above that.

## Offer

- Cost on two live projects for 60 days at no charge, with the customer's controller.
- Connect setup discounted 50% if they sign before the pilot ends.

## After the pilot

Review the recovered-change list and the month-end hours with the controller. If the
numbers hold, the expansion quote goes to the CFO with those two lines on the first page.
""",
)

_add(
    path="Sales/Battlecards/planhatch-battlecard.md",
    modified="2025-10-28",
    text="""# Battlecard: the drawing-viewer apps

*Internal. Competitive team, October 2025.*

Most specialty contractors and many small GCs we meet already have a drawing app on their
foremen's tablets. By far the most common one is **PlanHatch**. It is good at what it
does: fast sheet viewing, markups, hyperlinks between sheets, and a simple punch list. It
is cheap, it is easy, and the field likes it.

## Where PlanHatch wins

- A crew that only needs the drawings on site.
- Very small contractors with fewer than five jobs a year.
- Quick, bottom-up purchases by a superintendent on a credit card.

## "PlanHatch is a fraction of your price"

Per seat, it is: about $29 per user per month. But a contractor pays PlanHatch for every
foreman, every apprentice with a tablet and every office user, and then pays again for
the spreadsheets and people that do everything PlanHatch does not.

Do the math with them:

| | PlanHatch | Spanwise |
|---|---|---|
| 45 users, 12 active jobs | 45 x $29 x 12 = $15,660 / year | 12 x $4,300 = $51,600 / year |
| Pay apps and retainage | Spreadsheet, PM time | Included with Cost |
| Change events and PCOs | Email | Included |
| Daily logs | Paper or a separate app | Included |

On drawings alone PlanHatch is cheaper. Once the customer adds the PM hours for pay apps
and the changes that are never billed, it usually is not. Drummond Mechanical paid for
Spanwise with the retainage it collected in the first six months.

## "It works fine for us"

It works fine for one job. Ask what happens at fifty:

- No project-level permissions: every user sees every job, or the admin maintains
  separate accounts.
- No company view: you cannot see open punch items, RFIs or changes across all jobs.
- No cost: nothing connects the field to the budget.
- Sheet sets over about 2,000 sheets get slow on older tablets, by PlanHatch's own support
  notes.

Spanwise customers run hundreds of active jobs with thousands of users in one company,
with permissions per project and one view across all of them.

## Don't

- Don't attack the app. The field likes it and will defend it.
- Don't compare on drawing features. Compare on the job, not the sheet.

## Proof

Drummond Mechanical (Port Iselin, WA): moved from PlanHatch and spreadsheets to Spanwise
Field, Docs and Cost; pay apps from three days to four hours.
""",
)

_add(
    path="Marketing/Solution briefs/solution brief - retail store rollouts.md",
    modified="2025-08-12",
    text="""# Solution brief: Spanwise Owner for retail store programs

For construction and facilities leaders at grocery, restaurant and specialty retail
chains running remodels, new stores and maintenance projects across many locations.

## The challenge

A retail construction team might run 50 to 200 projects a year, most of them short,
many of them in stores that stay open during the work. Every week a store is under
construction costs sales. Every punch item still open on reopening day is a customer
complaint. And the information is spread across a dozen general contractors, each with
its own reports.

## What Spanwise Owner does for store programs

- **One template for every store.** Remodels, new stores, refrigeration replacements and
  roofs each start from a standard project template with the same budget lines, milestones
  and closeout requirements.
- **Every contractor, one view.** GCs work in Spanwise for free, or connect from their own
  systems. The owner sees every project the same way.
- **Punch walks on a phone.** Store managers and regional construction managers walk the
  store with the drawings on a phone, pin items and assign them before reopening.
- **Opening dates you can trust.** Milestones roll up by region, so a slipped permit in
  one store shows up before it moves an opening.
- **Change orders in days.** Changes route by amount to the right approver, from the
  regional manager to the VP of construction.

## Results at Brightwell Markets

Brightwell Markets, a 140-store grocery chain, runs every remodel, new store and
refrigeration project in Spanwise Owner.

- Remodels finished in 11.2 weeks on average, against a 12-week plan.
- 96% of punch items closed before reopening, up from 81%.
- Change orders approved in 4 days on average.

## Getting started

Most retail programs start with one region's remodels for a quarter, then roll out to
the rest. Ask us about the 30-day read-only start on your live projects.
""",
)

# =======================================================================================
# Text
# =======================================================================================

_add(
    path="misc/call notes - Kessling Precision 2026-02-11.txt",
    modified="2026-02-11",
    newline="\r\n",
    text="""Kessling Precision Components - disco call 2/11/26
Attendees: Tom Reyes (plant mgr), Anita Sorensen (eng/facilities mgr), Craig Holm (controller) / Ethan C, Wen L (SE)

Background
- Precision machined parts for aerospace + medical, Haverford plant, ~300 employees
- Building 4 expansion: ~180k sq ft production + warehouse, ~$62M, GMP w/ Rourke Industrial Builders
- Anita is owner's PM on top of her day job, 1 facilities coordinator helps
- Groundbreaking April, two plant shutdowns for utility tie-ins (July, Dec)
- ERP is Ledgerline Cloud, Craig runs it

How they track the project today
- Rourke sends monthly report PDF + pay app by email
- Rourke uses PlanHatch for drawings on site, own spreadsheets for everything else
- Anita has a change log in Excel, Craig has a separate one for the bank draw
- Board wants monthly update on budget + schedule, Anita spends ~2 days on it

Pain
- Last expansion (2019) went 11% over, mostly changes approved on site by the old plant eng
- Craig: "I find out about changes when the pay app shows up"
- Lender needs pay app backup for each draw, takes a week to assemble

Concerns raised (not answered yet, follow up)
- Priya in IT will want a security review, they had a supplier audit issue last year
- Craig wants to know if it ties into Ledgerline or is another thing to re-key
- Tom asked what it costs for one project, gave Owner list per project, no reaction
- Will Rourke push back on using it? Anita thinks their PM will be fine, super maybe not
- Is it overkill for one project?

Next steps
- Ethan: send security overview to Priya + Connect FAQ to Craig
- Wen: demo of pay app review + Ledgerline sync w/ Craig, week of 2/23
- Anita to ask Rourke PM to join next call
- Tom says he can sign under $75k, above that CFO at HQ
""",
)

_add(
    path="Sales/Emails/cold outreach - owners reps (4 touch).txt",
    modified="2025-07-22",
    text="""COLD OUTREACH - OWNER'S REPS AND CAPITAL PROGRAM LEADERS (4 touches)
Audience: directors of facilities planning, design & construction, capital programs at
health systems, universities, school districts, cities. Send from the AE, not marketing.

--- Touch 1 (day 1) ---
Subject: the monthly report problem

Hi {first_name},

Most owners we talk to find out about a change order about a month after the work is in
place, in the GC's monthly report.

Ostrander Health saw every potential change order on its $410M tower the day it was
raised, and cut change order reviews from 19 days to 6, without asking its GC to change
systems.

Worth 20 minutes to see how?

{sender}

--- Touch 2 (day 4) ---
Subject: re: the monthly report problem

{first_name}, one more thing: the capital committee at Ostrander now gets a one-page
contingency summary every month instead of a 90-page PDF. Happy to show you what it looks
like with one of your live projects.

--- Touch 3 (day 9) ---
Subject: for your board / oversight committee

Hi {first_name},

Pellham County Public Schools reports its $480M bond program to the public every week,
from the same system its nine-person team uses to run the projects. Their oversight
committee reviews change orders before the meeting, not during it.

Short guide for owners, if useful: "An Owner's Guide to Capital Program Controls" (link).

{sender}

--- Touch 4 (day 16) ---
Subject: close the loop?

{first_name}, I will stop here. If capital project reporting becomes a priority this
year, reply with "later" and I will check back next quarter.

{sender}
""",
)

_add(
    path="Sales/Emails/re-engage - Corbelt renewal window.txt",
    modified="2026-02-17",
    text="""RE-ENGAGE: PROSPECTS ON CORBELT, AHEAD OF THEIR RENEWAL
For prospects who evaluated Spanwise in the last 18 months and told us "not now" because
they were mid-term on Corbelt. Check the renewal date in the CRM (field: Competitor
renewal) and send the first email 150 days before it.

--- Email 1 (150 days before their Corbelt renewal) ---
Subject: your Corbelt true-up in {month}

Hi {first_name},

When we spoke in {last_contact_month}, the timing was not right: you were early in a
Corbelt term and did not want to run two systems. That made sense.

Your renewal is in {month}. Corbelt's agreements usually need notice 90 days before the
anniversary, which means the decision window is the next two months, not the week before
the true-up invoice arrives. If you wait for the invoice, you are signed up for another
year at the new volume.

Three things have changed since we last talked:
- New projects can start on Spanwise now, on a ramped first year, so you are not paying
  twice while Corbelt runs out.
- Migration is free for up to 10 live projects if you move before your renewal date.
- Tamsin Builders moved 38 live jobs in five months without a late pay app.

Would 30 minutes in the next two weeks work to rerun the cost comparison with this year's
volume?

{sender}

--- Email 2 (7 days later) ---
Subject: re: your Corbelt true-up in {month}

{first_name}, if it helps, I can send the three-year comparison filled in with the
figures you gave us last time, updated for your growth. You can check it against the
true-up invoice when it arrives.

{sender}

--- Email 3 (120 days before renewal) ---
Subject: 30 days left to decide before your notice date

Hi {first_name}, a last note from me on this. The notice date on most Corbelt agreements is
about 30 days away for you. If moving is on the table at all this year, now is the time
to look; after that it is next year's conversation.

{sender}
""",
)
