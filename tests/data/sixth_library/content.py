# ruff: noqa: E501  (prose written as the vendor wrote it: long lines are the data)
"""Sixth (held-out) evaluation library: Kestrow (fleet telematics: GPS, cameras, ELD).

Written as Kestrow's marketing, competitive, sales, legal, revenue-operations and
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
    path="Marketing/Case Studies/Wendling Freight - cameras & claims case study_FINAL.pdf",
    modified="2025-10-07",
    title="Microsoft Word - Wendling_CS_v4.docx",
    author="Dale Whitcomb",
    body="""
# Wendling Freight Lines cut its crash costs by 41% in the first year on Kestrow

Wendling Freight Lines is a regional less-than-truckload carrier out of Fort Wayne, Indiana,
running 340 tractors and 610 trailers between eleven terminals in Indiana, Ohio, Michigan
and Illinois. For nine years its trucks ran Trakstone units for location and electronic logs,
with a separate camera system bolted on by a reseller. In 2024 two things happened in the
same quarter: the Trakstone contract came up for a five-year renewal, and a rear-end
collision on I-69 turned into a seven-figure claim, with no footage of what the other driver
did first.

## At a glance

| Measure | Before Kestrow | After 12 months |
| Preventable crashes per million miles | 1.9 | 1.1 |
| Total crash and claim cost | $2.64 million | $1.56 million |
| Claims closed with footage that cleared the driver | 3 | 27 |
| Auto liability renewal | +18% (prior year) | +2% |
| Hardware swapped, terminals | - | 340 trucks in 3 weekends |

## "We can't rip out nine years of hardware"

That was Ray Tillman's first answer when Kestrow called. Ray is Wendling's director of fleet,
and he had lived through the Trakstone install in 2015: six weeks, trucks pulled off routes,
and a backlog of logs nobody could reconcile. The Kestrow plan was different. Installers met
the trucks at the terminals on Friday nights, when most of the fleet is parked for the
weekend. Each install took 22 minutes: one gateway on the diagnostic port, one dual-facing
camera on the windshield. By the third Sunday all 340 trucks were live, and no load missed a
delivery window.

Nine years of Trakstone trip and log history did not have to be abandoned either. Kestrow's
onboarding team loaded the export into Kestrow, so the safety team could still pull a
driver's 2019 duty history while the old units went back in boxes. Drivers kept their
logins, their log history carried over, and the carrier's DOT auditor accepted the records
without a question.

## Paying for itself in claims

Carla Dominguez, Wendling's vice president of safety, had to take the numbers to the CFO
before the renewal. Her case was simple: at 1.9 preventable crashes per million miles and an
average cost of $61,000 per crash, the old program was costing more than the whole
subscription several times over. Twelve months in, the numbers went her way.

- Coaching from event clips (following distance, rolling stops, phone use) took the
  preventable crash rate from 1.9 to 1.1 per million miles.
- Twenty-seven claims were closed with footage that showed the other vehicle at fault. Two
  of them had already been filed as lawsuits.
- The underwriter saw the loss runs and the coaching records, and the auto liability renewal
  came in at 2% after an 18% increase the year before.

> "The renewal paid for the cameras. The exonerations paid for everything else." -- Carla
> Dominguez, VP Safety, Wendling Freight Lines

## What Wendling runs

Kestrow Gateway and Kestrow Vision dual-facing cameras on every tractor, Kestrow Comply for
electronic logs and inspections, Kestrow Safety for scorecards and coaching, and Kestrow Live
for dispatch. Trailers carry Kestrow asset tags so the terminals can find them in the yard.

Kestrow, Inc. | 400 N. High Street, Columbus, OH 43215 | kestrow.example.com | 614-555-0142
""",
)

_add(
    path="Sales/Battlecards/Copy of Trakstone battlecard (2).pdf",
    modified="2026-01-12",
    title="BC_Template_FY26",
    author="Jonah Feld",
    body="""
# Battlecard: Kestrow vs. Trakstone

INTERNAL ONLY - do not send to customers. Owner: Jonah Feld, competitive intelligence.
Updated January 2026.

## Who they are

Trakstone is the incumbent in most mid-size and enterprise fleets we meet. They sell
hardware (bought outright or leased) with a five-year service contract that renews on its
own unless the customer gives 90 days' written notice. Cameras come from a partner and show
up in a second portal. Their reporting is strong on paper and slow in practice: most
reports run overnight. The 3G sunset forced many Trakstone customers to buy replacement
units in 2022-2023, and the LTE units they sold then are now out of warranty.

## Where we win

- One gateway, one portal: location, cameras, logs, inspections and diagnostics together.
- Hardware is included in the subscription and replaced free if it fails.
- Event clips in under a minute, not the next morning.
- Monthly releases; Trakstone ships two a year.

## Objection: "We've already paid for the Trakstone hardware"

They have, and that money is gone either way. The question is what the next five years
cost. Trakstone's renewal usually carries a new hardware lease or a refresh fee, plus the
camera partner's per-camera charge. Run the 3-year TCO workbook with their renewal quote:
in most fleets over 150 vehicles, Kestrow with cameras costs less than Trakstone without
them. Offer to take the old units off their hands as part of the install (we recycle them).

## Objection: "We're locked in until the renewal"

Ask for the contract's renewal date and notice clause before anything else. Most Trakstone
contracts auto-renew for the full term if notice is missed, so our job is to make sure the
customer sends notice in time, even if they are not ready to choose. If they are mid-term:

- Deal desk can approve up to six free months to overlap the last Trakstone months.
- Early termination fees over $25,000: bring in deal desk and legal before quoting.
- Never tell a customer to breach their contract; tell them when their window opens.

## Objection: "Moving 300 trucks is a nightmare"

It was, the last time they did it. Our installs take about 20 minutes per vehicle and are
scheduled around the customer's yard hours, nights and weekends included. We import their
Trakstone trip and log history so nothing is lost for audits. Wendling Freight moved 340
trucks in three weekends without missing a delivery window: use the case study, and offer
a call with Ray Tillman (he has agreed to two a quarter).

## Landmines to set

- "How long does it take for a harsh braking clip to reach your safety manager?"
- "What happens to your pricing when the camera partner raises theirs?"
- "When does your contract renew, and who has the notice letter?"

## Pricing talk

Do not discount to match Trakstone's per-vehicle number; it excludes cameras and hardware.
Compare the whole bill.
""",
)

_add(
    path="Marketing/Whitepapers/The real cost of a crash - fleet safety guide 2026.pdf",
    modified="2026-02-03",
    title="The Real Cost of a Crash: A Fleet Safety Guide",
    author="Priya Ramaswamy",
    subject="Fleet safety whitepaper",
    body="""
# The Real Cost of a Crash

A practical guide for fleet and safety leaders, 2026 edition.

## Why the invoice is the smallest part

When a company vehicle is in a crash, the repair bill is what finance sees first. It is
rarely the biggest number. A study of 1,200 commercial vehicle crashes across our customer
base found that direct repair was, on average, 23% of the total cost. The rest came from
places that do not show up on the same ledger:

- injury and liability claims, including legal defense;
- the vehicle off the road, and the rental or spare that replaces it;
- missed deliveries, service calls or routes, and the customers who notice;
- the driver's time away from work, and sometimes the driver leaving;
- administration: reports, investigations, regulator correspondence.

## The five habits behind most preventable crashes

Across fleets of every kind, the same behaviors show up again and again in the minutes
before a preventable crash: following too closely, speed over the posted limit, phone use,
rolling through stop signs, and fatigue. None of them is new. What has changed is that they
can now be seen, counted and coached without a supervisor riding along.

## Building a program that drivers accept

1. Start with a clear policy: what is recorded, who can see it, how long it is kept.
2. Put drivers' good records on display before the bad ones. Recognition works.
3. Coach within a week of the event, privately, with the clip.
4. Let drivers see their own scores.
5. Measure the program by crash rate and claim cost, not by the number of alerts.

## Measuring what matters

Track preventable crashes per million miles, average claim cost and the share of claims
closed with evidence. Review them quarterly with operations and finance together.

## About Kestrow

Kestrow builds fleet telematics for companies and public agencies that run vehicles for a
living. Learn more at kestrow.example.com.
""",
)

_add(
    path="Sales/Security/Kestrow Trust & Security overview.pdf",
    modified="2025-12-01",
    title="Kestrow Trust & Security Overview",
    author="Keisha Otieno",
    body="""
# Kestrow Trust & Security Overview

For IT, security and procurement reviewers. Version 2025.4.

## The short answer

Kestrow is hosted in the United States on a major cloud provider, in two regions. Data is
encrypted in transit (TLS 1.2+) and at rest (AES-256). We hold a SOC 2 Type II report,
renewed each year, and complete the customer's security questionnaire (SIG Lite, CAIQ or
their own) within ten business days.

## What the vehicle gateway does and does not do

- The gateway only talks outbound, to Kestrow, over a private cellular APN. It opens no
  ports and has no inbound connection from the internet.
- Firmware is signed; the gateway refuses unsigned updates.
- The gateway reads the vehicle's diagnostic data; it does not write to the engine or
  control any vehicle function.

## Access to location and camera footage

Location and footage are sensitive, for the customer and for the drivers. Access is by
role: a dispatcher can see the live map but not footage; a safety manager can see footage
for their own groups; drivers can see their own clips and scores.

- Single sign-on with SAML 2.0 or OpenID Connect; SCIM provisioning.
- Every view and download of a clip is written to an audit log the customer can export.
- Privacy mode: driver-facing lenses can be set to record only on a safety event, and
  personal conveyance time can hide location.
- Retention is set by the customer (30 days to 7 years for clips; logs follow FMCSA rules).

## Compliance

| Area | Status |
| SOC 2 Type II | Annual, report under NDA |
| ISO 27001 | Certified, 2025 |
| FMCSA ELD registration | Kestrow Comply registered, self-certified |
| GDPR / CCPA | DPA available; US data residency |
| Penetration testing | Annual third party, summary under NDA |
| HIPAA | Business associate agreement for healthcare customers |

## Reviews we expect

Procurement and IT usually ask for the SOC 2 report, the DPA and a completed
questionnaire. Send the request to security@kestrow.example.com; our team joins a review
call when it helps.
""",
)

_add(
    path="Marketing/One pagers/Kestrow Vision product sheet v2 final.pdf",
    modified="2025-11-18",
    title="Layout 1",
    author="Priya Ramaswamy",
    body="""
# Kestrow Vision

AI cameras for every vehicle you run, in the same portal as everything else.

## See what happened, in under a minute

Kestrow Vision cameras record continuously and send a clip to the cloud the moment
something happens: a harsh brake, a collision, a rolling stop, a driver on the phone. Safety
managers see the clip, the speed, the location and the driver's duty status together, in
less than sixty seconds on a good connection.

## Two models

| | Road-facing | Dual-facing |
| Lenses | 1 (road) | 2 (road and cab) |
| Resolution | 1080p | 1080p road, 720p cab with infrared |
| Onboard storage | 100 hours | 60 hours |
| In-cab alerts | Following distance, stop signs | Adds phone, seatbelt, drowsiness |
| Privacy mode | - | Cab lens records on events only |

## What fleets use it for

- Clearing drivers: footage that shows the other vehicle caused it closes claims in days.
- Coaching: clips go straight into the driver's coaching queue in Kestrow Safety.
- Retrieving footage on request: pull any hour from the camera's storage for a customer
  complaint, a police report or a yard incident.
- Recognizing good drivers: clips of a crash avoided are shared, with permission.

## Built to be installed in twenty minutes

Each camera plugs into the Kestrow Gateway with one cable; there is no separate cellular
plan and no second portal. Installers mount the camera behind the mirror, and the unit
calibrates itself on the first drive.

## Pricing

Kestrow Vision is an add-on to any Kestrow plan, priced per camera per month, hardware
included. Ask your account executive for a quote.

kestrow.example.com | 614-555-0142
""",
)

_add(
    path="Sales/Pricing/Kestrow Pricing & Plans 2026.pdf",
    modified="2026-01-05",
    title="Kestrow Pricing & Plans 2026",
    author="Ruth Anselm",
    body="""
# Kestrow Pricing & Plans 2026

Priced per vehicle, per month, with the hardware included. List prices in US dollars.

## Plans

| Plan | Per vehicle / month | What is included |
| Essentials | $29 | Kestrow Gateway, Kestrow Live (live map, trips, geofences), basic reports |
| Pro | $39 | Essentials plus Kestrow Comply (ELD, HOS, DVIR, IFTA) and Kestrow Maintain |
| Enterprise | $47 | Pro plus Kestrow Safety, SSO, API limits raised, named CSM |

## Add-ons

| Add-on | Price |
| Kestrow Vision road-facing camera | $18 per camera / month |
| Kestrow Vision dual-facing camera | $26 per camera / month |
| Asset tag (trailers, equipment) | $6 per tag / month |
| Professional install | $65 per vehicle, one time (free on 3-year Enterprise) |

## Why the price includes the hardware

Some trackers look cheaper at $10 or $12 a month. Add up what is not in that number: the
device you buy up front, the replacement when it fails, the second system for cameras, the
paper logs still being filed because the tracker is not a registered ELD, and the hours
spent on a support line that answers by email. Our per-vehicle price is the whole bill.
Hardware fails? We ship a new unit the next business day, at no charge, for the life of the
subscription.

## Terms

- Standard term 36 months; 12-month terms at list plus 15%.
- Billed annually in advance; monthly billing available on Essentials.
- Renewal increases capped at 5% per year.
- Vehicles can be added at any time at the contracted rate; up to 10% of vehicles can be
  swapped between trucks each year at no cost.

## Public sector and education

Cooperative purchasing contract pricing is available to cities, counties, school districts
and state agencies. Ask your account executive.

Questions: sales@kestrow.example.com | 614-555-0142
""",
)

_add(
    path="Customer Success/Training/Driver quick start - DVIR and logs.pdf",
    modified="2025-08-22",
    title="Quick Start DRAFT",
    author="Hana Ishikawa",
    body="""
# Kestrow Driver App: Quick Start

For drivers. Keep this in the cab until you are comfortable with the app.

## 1. Sign in

Open the Kestrow Driver app on the tablet or your phone. Sign in with the username your
fleet office gave you. Pick your vehicle from the list, or scan the QR code on the dash
sticker. The app connects to the Kestrow Gateway in the truck on its own.

## 2. Start of day: the pre-trip inspection

1. Tap Inspections, then Pre-trip.
2. Walk the vehicle and check each item on the list: tires, lights, brakes, mirrors, horn,
   wipers, coupling devices, emergency equipment.
3. Tap any item with a problem and add a photo and a note.
4. Sign with your finger. If you found a defect that makes the vehicle unsafe, do not drive
   it: your office gets an alert as soon as you sign.

## 3. Your duty status

The app changes you to Driving when the vehicle moves faster than 5 mph. When you stop,
choose On Duty, Off Duty or Sleeper Berth. The clocks at the top show your drive time, your
14-hour window and your 70-hour cycle. The clock turns orange 30 minutes before a limit.

- Personal conveyance and yard moves: choose them from the status menu before you move.
- Forgot to log out last night? Edit your log and add a note; your office approves it.
- Unassigned driving on your truck: accept it if it was you, reject it with a note if not.

## 4. Roadside stops

If an officer asks for your logs, tap Roadside. Hand over the device, or send the logs by
the officer's web service code. The instructions card in the sleeve explains the transfer.

## 5. End of day: the post-trip inspection

Same as the pre-trip. Then log off duty.

## Help

Call driver support, 24/7: 614-555-0199. Your fleet office can also reset your password.
""",
)

_add(
    path="Sales/Proposals/City of Sudbrook - RFP 26-014 fleet AVL response (submitted).pdf",
    modified="2026-02-20",
    title="Kestrow Proposal - [Agency Name]",
    author="Marisol Vega",
    body="""
# Response to RFP 26-014: Automatic Vehicle Location and Fleet Telematics

Submitted to the City of Sudbrook, Department of Public Works, Fleet Services Division, by
Kestrow, Inc. Due date: February 20, 2026, 2:00 p.m. Contact: Marisol Vega, Account
Executive, Public Sector, mvega@kestrow.example.com, 614-555-0163.

## 1. Executive summary

The City operates 412 vehicles and pieces of equipment: 96 winter maintenance trucks with
spreaders, refuse and recycling trucks, sewer and water crews, parks, police support and
pool cars. The RFP asks for AVL on every unit, spreader and material data on the winter
fleet, a public storm map, engine diagnostics feeding the City's work order system, and
support through the winter season. Kestrow meets all 61 mandatory requirements (Appendix
A) and offers a fixed price for five years.

## 2. Scope

- Kestrow Gateway on all 412 units; Kestrow Live for dispatch and supervisors.
- Spreader controller input on the 96 winter trucks: material (salt, brine), rate, and
  blade up or down, recorded every 5 seconds with the location.
- Public storm map: treated streets shown by hour since last pass, embedded on the City's
  website, with no vehicle IDs shown to the public.
- Kestrow Maintain: diagnostic alerts and engine hours sent to the work order system.

## 3. Integration with City systems (requirements 4.1 to 4.9)

The City asked how Kestrow will work with its work order system and its GIS without a
custom project. Our answer:

- Work orders: Kestrow Maintain sends engine hours, odometer and diagnostic alerts to the
  work order system's import interface every night, and raises urgent alerts by email and
  by API within five minutes. No City staff retype meter readings.
- GIS: treated lane miles and vehicle paths are published as a feature service the City's
  GIS team can add to its own maps, updated every minute during a storm.
- Fuel: the City's fuel site data is matched to each vehicle by unit number.
- Single sign-on with the City's directory.

Kestrow has delivered the same integrations for three other municipal fleets; reference
contacts are in Appendix C.

## 4. Support during winter operations (requirements 6.1 to 6.6)

A storm is the wrong time to wait for a ticket. The City will have:

- 24/7 phone support with a named winter escalation engineer from November 1 to April 1;
- a pre-season check of every spreader input in October, on site;
- replacement gateways shipped next day, with six spare units held at the City's garage;
- response times: 30 minutes for a critical issue during a declared storm, 4 hours
  otherwise.

## 5. Implementation schedule

Installs begin within 30 days of award and finish before October 15, with the winter fleet
first.

## 6. Price

| Item | Units | Unit price | Annual |
| Kestrow Pro with Maintain | 412 | $34.00 / month | $168,096 |
| Spreader input kit | 96 | $210 one time | - |
| Storm map and GIS feature service | 1 | $9,000 / year | $9,000 |
| Installation | 412 | Included | - |

Prices are fixed for the five-year term. The City may add units at the same price.
""",
)

_add(
    path="Marketing/Case Studies/oakvale-usd-buses.pdf",
    modified="2025-09-30",
    title="",
    author="Dale Whitcomb",
    body="""
# Customer story

Oakvale Unified School District, Oakvale, California. 148 buses, 31 white fleet vehicles,
11,200 students riding every school day.

## The problem

Every morning in the first weeks of school, the transportation office at Oakvale Unified
took more than 200 calls from families asking where the bus was. Dispatchers answered them
by radioing drivers, who are not supposed to talk on the radio while moving students. Doreen
Pak, the district's director of transportation, wanted the calls gone, and she wanted to
know which buses were idling in the lot for forty minutes on cold mornings.

## "We can't install anything once school starts"

The district's buses run from 6:10 a.m. to 5:30 p.m. on school days, and the shop is full
of inspections in the evenings. Kestrow planned the whole install for the last three weeks
of July: two crews, 12 buses a day, with the white fleet done in a single Saturday. Every
bus was live and tested, with its routes loaded, a week before the first day of school. No
bus missed a route because of the project.

## Working with the routing software and the student system

Oakvale plans routes in its routing software and keeps student records in the student
information system. Neither had to be replaced. Kestrow imports the routes and stops from
the routing software every night, so the live map knows which stop a bus should reach next.
Families get a text when the bus is ten minutes out, using the contact details the student
system already holds, and nothing else about the student leaves the district.

## Results after one school year

| Measure | Before | After |
| Calls to transportation, first month | 4,300 | 610 |
| Idling over 10 minutes per bus per day | 38 minutes | 9 minutes |
| Diesel used | 296,000 gallons | 271,000 gallons |
| Late arrival reports to principals | 12 a week | 3 a week |

> "The phones stopped ringing. That is the whole story." -- Doreen Pak, Director of
> Transportation, Oakvale Unified School District

## What Oakvale runs

Kestrow Gateway (GPS and engine data) and Kestrow Live on every bus and white fleet vehicle, Kestrow Maintain for
the shop, and stop-arrival texts to families.
""",
)


# =======================================================================================
# DOCX
# =======================================================================================

_add(
    path="Marketing/Case Studies/CS_KorsholmPumps_fieldservice_v3 FINAL.docx",
    modified="2025-11-04",
    title="Case Study Template",
    author="Dale Whitcomb",
    body="""
# Korsholm Pumps keeps 210 service vans on schedule, and knows what each call costs

Korsholm Pumps designs and builds industrial pumps and packaged lift stations in Rockford,
Illinois, and services more than 19,000 installed units across the Midwest. Its field
service team runs 210 vans and 14 crane trucks out of nine branches.

## The starting point

Korsholm had put low-cost Routelyne trackers in half its vans in 2022. The map worked, most
days. What it could not do was tell the service business anything it needed: how long a
technician was actually on site, which vans were overdue for service, or why the branch in
Peoria used twice the fuel of the branch in Madison. Erik Lund, the service operations
manager, was spending Fridays building a spreadsheet by hand.

## "Will it talk to our field service system?"

Every service call at Korsholm lives in its field service system, and every invoice comes
out of the ERP. Erik's first question was whether Kestrow would be one more screen. It is
not. Kestrow's geofences around each customer site send arrival and departure times to the
field service system through its standard connector, so time on site is stamped on the work
order without the technician touching a button. Van service reminders from Kestrow Maintain
become work orders in the ERP's maintenance module. The IT team set up both in two days,
with Kestrow's solutions engineer on the call.

## Showing the controller the return

Amy Schaub, Korsholm's controller, asked the question every controller asks: what do we
get for $41 a van a month? The answer came from Korsholm's own numbers, in the first six
months:

| Measure | Before | After six months |
| Billable hours captured per technician per week | 29.5 | 32.1 |
| Disputed time-on-site invoices per month | 46 | 7 |
| Vans overdue for service | 31 | 2 |
| Fuel per van per month | 182 gallons | 161 gallons |

At Korsholm's billing rate, 2.6 more captured hours per technician per week is worth more
than $1.3 million a year across 210 technicians. The subscription is about $103,000.

> "We were giving away half an hour a day per tech and didn't know it." -- Erik Lund,
> Service Operations Manager, Korsholm Pumps

## What Korsholm runs

Kestrow Gateway and Kestrow Live in every van and crane truck, Kestrow Maintain, and
asset tags on the 60 loaner pumps that travel between branches.
""",
)

_add(
    path="Marketing/Case Studies/Brightwater Markets home delivery story.docx",
    modified="2026-01-27",
    title="Brightwater Markets: home delivery at holiday volume",
    author="Dale Whitcomb",
    body="""
# Brightwater Markets: home delivery at holiday volume

Brightwater Markets is a 64-store grocery chain in Oregon and Washington. Its home
delivery service runs 180 refrigerated vans from 22 stores, and in the six weeks before
Christmas it adds up to 90 rented vans and more than 150 seasonal drivers.

## The peak problem

In 2023 Brightwater's tracking system could not keep up with the holiday season. Rented
vans needed a tracker ordered, shipped and installed before they could be dispatched, and
the dispatch screen slowed to a crawl on the Saturday before Christmas, when 14,000 orders
went out in a single day. Nate Osei, Brightwater's director of home delivery, said the
system was built for the fleet they had in March, not the one they had in December.

## Built for the busiest day of the year

With Kestrow, a rented van gets a plug-in gateway at the store in under five minutes and
appears on the map before it leaves the lot. Seasonal drivers sign in on the driver app
with a temporary account that expires on January 2. On the Saturday before Christmas 2025,
Kestrow Live tracked 268 vans and 16,400 orders with live customer arrival times and no
slowdown; Kestrow runs the same platform for fleets of 20,000 vehicles.

## Rolling out without closing a store

Brightwater's stores deliver seven days a week, so the rollout had to fit around them.
Kestrow's installers worked in the store parking lots between the evening and morning
routes, two stores a night, and the whole permanent fleet was live in 11 nights. Drivers
learned the app in a 20-minute huddle at the start of a shift.

## Results, holiday season 2025

| Measure | 2024 | 2025 |
| Orders delivered in the promised window | 91.4% | 97.8% |
| Customer calls asking "where is my order" | 8,900 | 2,100 |
| Reefer temperature excursions reported | 37 | 4 |
| Time to add a rented van | 3 days | 5 minutes |

> "December used to be the month the system broke. This year it was just busy." -- Nate
> Osei, Director of Home Delivery, Brightwater Markets
""",
)

_add(
    path="Sales/Battlecards/Battlecard - Kestrow vs Vigilo.docx",
    modified="2025-12-15",
    title="Battlecard: Kestrow vs. Vigilo",
    author="Jonah Feld",
    body="""
# Battlecard: Kestrow vs. Vigilo

Internal. For AEs and SEs in deals where the prospect runs, or is looking at, Vigilo
cameras.

## Who they are

Vigilo sells AI cameras and only cameras. The video quality is good and their detection
models are strong, and safety managers like them. They have no electronic logs, no
inspections, no maintenance and no asset tracking; for those, customers keep a second
telematics vendor and a second portal, and Vigilo's integration with that vendor is a
nightly file.

## Objection: "We already have Vigilo, and our safety team likes it"

Do not attack the cameras. Ask what else the safety manager has to open to coach a driver:
the telematics portal for the speed and duty status, a spreadsheet for the scorecard, email
for the coaching record. With Kestrow, the clip, the speed, the duty status and the coaching
history are one screen. Offer a side-by-side on ten of their own trucks for 30 days; most
safety managers decide in the first two weeks.

- If their Vigilo contract has more than a year to run, sell Kestrow for telematics and
  logs now, and plan the cameras for the Vigilo renewal.
- The Vision upsell play (Customer Success/Expansion) has the full path.

## Objection: "Vigilo is cheaper per camera"

Sometimes, by a few dollars. Compare the whole stack: Vigilo's camera plus the telematics
vendor's gateway and logs, against Kestrow Pro plus a Vision camera. On a 100-truck fleet
that is usually $58 to $64 a truck against our $65, and then one portal, one contract, one
support number. Never discount the camera alone to match; bundle it.

## Where they win

- Very strong in-cab coaching voice alerts.
- A big brand with insurers.

## Questions to ask

- "How does the speed and location data get into Vigilo, and how old is it?"
- "Who owns the driver's coaching record, the camera system or the telematics system?"
""",
)

_add(
    path="Sales/Talk tracks/Driver-facing cameras talk track - the drivers wont accept it.docx",
    modified="2026-02-11",
    title="",
    author="Tom Brannigan",
    body="""
# Talk track: "Our drivers won't accept a camera pointed at them"

For AEs and SEs. This comes up in almost every deal with dual-facing cameras, usually from
the operations VP, sometimes from a union steward on the second call. Take it seriously: a
camera the drivers hate is a camera that gets a sock over it.

## First, agree

"You're right to raise it. If drivers see this as surveillance, it will fail, and we would
rather you hear that from us." Then ask what happened the last time they rolled out
something drivers disliked.

## Answer 1: how the rollout goes

Fleets that succeed do four things, and our onboarding team runs all four with them:

1. Drivers hear about the cameras from their own managers before the installers arrive,
   with a written policy (what is recorded, who sees it, how long it is kept).
2. The first month is coaching-free: cameras record, nobody is disciplined, and the team
   shares clips where a driver avoided a crash.
3. Exoneration comes first. When footage clears a driver of a claim, tell the whole
   terminal.
4. Drivers get the app and see their own scores and clips before their manager does.

Wendling Freight had 340 drivers, a vocal group of owner-operators and no grievances
filed.

## Answer 2: who can see what

- The cab lens can record only on a safety event (privacy mode). No continuous recording of
  the cab unless the customer turns it on.
- Footage access is by role. Dispatchers never see clips. Every view is in the audit log,
  and drivers can be shown that log.
- Personal conveyance hides location, and off-duty time is never recorded.
- Retention is set by the customer; most keep event clips 90 days.

## If there is a union

Offer to meet the steward with the customer. Bring the policy template (Legal has one)
and the audit log screen. Never promise what the contract says; promise what the product
does.

## What not to say

- "Drivers get used to it." They do, but it sounds like you don't care.
- "It's for their own good."
""",
)

_add(
    path="misc/Document (7).docx",
    modified="2025-10-20",
    title="",
    author="Keisha Otieno",
    body="""
# FAQ

## Does Kestrow have an open API?

Yes. The REST API covers vehicles, drivers, locations, trips, duty status, inspections,
diagnostics, fuel and camera events. Webhooks push events (geofence entry, harsh event,
diagnostic alert, inspection with a defect) within seconds. Limits are 1,000 requests a
minute on Pro and 5,000 on Enterprise. Documentation is public at
developers.kestrow.example.com.

## Which systems do you connect to out of the box?

- Payroll and time: ADP-style payroll exports, and driver hours by day as a CSV or through
  the API.
- ERP and field service: standard connectors that stamp arrival and departure on work
  orders, and send service reminders as maintenance work orders.
- Transportation management (TMS): location and ETA feeds for dispatch and customer
  tracking pages.
- Fuel cards: transactions matched to the vehicle and its location at the time of purchase,
  so card misuse shows up.
- Maintenance software: engine hours, odometer and diagnostic alerts, nightly or live.
- Identity: SAML 2.0 and OpenID Connect single sign-on; SCIM for users.

## Our ERP is heavily customized. Will that work?

Usually yes, because our connectors write to the ERP's own import interfaces rather than to
its tables. Where a customer's ERP has no import interface for a record, our solutions
engineers build the mapping with the customer's IT team on the API, typically in under a
week. We do not charge for that work on Enterprise.

## Can we get our raw data out?

Everything, at any time: a full export of trips, logs, inspections and events as CSV, or a
nightly delivery to the customer's own cloud storage. The data belongs to the customer.

## Does the gateway work with our existing trailers and equipment?

Yes. Asset tags report location for unpowered trailers and equipment. Powered equipment
with a J1939 or OBD-II port can take a gateway like any vehicle.

## Who do I call?

Integration questions before you buy: your solutions engineer. After go-live:
support@kestrow.example.com or 614-555-0199.
""",
)

_add(
    path="Customer Success/Onboarding/Install day checklist - gateways and cameras.docx",
    modified="2025-07-14",
    title="Checklist",
    author="Hana Ishikawa",
    body="""
# Install day checklist: gateways and cameras

For the customer's fleet contact and the Kestrow install lead. Print one per site.

## Two weeks before

- Vehicle list uploaded in the import template: unit number, VIN, plate, group, camera
  model.
- Install schedule agreed by site, with the hours vehicles will be parked.
- Parking for the installers' van and a covered space if it rains.
- A site contact with keys, on site for the whole window.
- Driver communication sent (the template is in the welcome kit).

## The day before

- Confirm the number of vehicles on site and any that are out of service.
- Make sure every vehicle has a working battery; the gateway needs the ignition on to
  register.
- Print the vehicle list with a column to tick.

## On the day

1. Installer checks in with the site contact and walks the yard.
2. Gateway installed on the diagnostic port (or J1939 cable on heavy trucks); the
   installer confirms a GPS fix and a live location in the portal before moving on.
3. Camera mounted behind the mirror, cable routed, lens cleaned, calibration drive
   scheduled.
4. Installer photographs each install and the VIN plate.
5. Any vehicle that cannot be installed gets a reason on the list.

## Before the installers leave

- Every installed vehicle shows online in the portal.
- Exceptions list sent to the customer's fleet contact and to the CSM.
- Spare gateways left on site if agreed.

## First week after

- Calibration drives done for every camera.
- Drivers signed in to the driver app at least once.
- First weekly review call with the CSM.
""",
)

_add(
    path="Marketing/Whitepapers/ELD mandate and beyond - a compliance primer for mixed fleets.docx",
    modified="2025-06-09",
    title="ELD Mandate and Beyond: A Compliance Primer for Mixed Fleets",
    author="Priya Ramaswamy",
    body="""
# ELD Mandate and Beyond: A Compliance Primer for Mixed Fleets

Most fleets are not just trucks. A utility, a distributor or a school district may run
heavy trucks that need electronic logs next to vans and pickups that do not. This primer
explains which rules apply to which vehicles, and how to keep a mixed fleet compliant
without treating every vehicle like a tractor-trailer.

## Who needs an ELD

The FMCSA's ELD rule applies to drivers of commercial motor vehicles who are required to
keep records of duty status. In practice, a vehicle over 10,001 pounds used in interstate
commerce, or one carrying placarded hazardous materials, brings its driver under the rule.
There are exemptions: the short-haul exemption (within 150 air miles, back within 14
hours), vehicles built before 2000, and drivers who keep logs 8 days or fewer in 30.

## Hours of service in one table

| Rule | Property-carrying drivers |
| Driving limit | 11 hours after 10 consecutive hours off duty |
| Duty window | 14 hours |
| Break | 30 minutes after 8 hours of driving |
| Weekly limit | 60 hours in 7 days or 70 in 8 |
| Restart | 34 consecutive hours off duty |

## Inspections

Drivers of commercial vehicles must complete a post-trip inspection report when they
find a defect, and most fleets require a pre-trip inspection every day. The report has to
be kept for three months.

## The light vehicles

Pickups and vans under 10,001 pounds usually need none of the above, but they still crash,
still idle and still need service. Track them and coach them; do not log them.

## Fuel reporting

Interstate carriers with qualified vehicles file a quarterly IFTA return showing miles and
fuel by jurisdiction. GPS mileage by state, taken from the same gateway as the logs, is
the simplest way to make the return match the audit.

## How to keep it manageable

1. Classify every vehicle once: ELD required, short-haul exempt, or light.
2. Set the rules by group in your telematics system, not by driver memory.
3. Audit unassigned driving weekly.
4. Keep logs, inspection reports and supporting documents for six months.
""",
)

_add(
    path="Sales/Proposals/Proposal_Quenby Home Health_draft2.docx",
    modified="2026-03-02",
    title="Proposal",
    author="Tom Brannigan",
    body="""
# Proposal: Kestrow for Quenby Home Health

Prepared for Lorraine Beck, Chief Operating Officer, Quenby Home Health. Draft 2, March 2,
2026. Prepared by Tom Brannigan, Regional Director, and Keisha Otieno, Solutions Engineer.

## 1. What Quenby asked for

Quenby's 520 visiting clinicians drive their own cars to about 3,900 patient homes a week
across eight counties, and 40 agency cars carry supplies and therapy equipment. Today
clinicians write their business miles on a paper form every two weeks, the office checks a
sample against the visit schedule, and Quenby repays them at the IRS rate. Quenby asked for
three things:

- business miles calculated from real trips between visits, not estimates;
- visit arrival and departure recorded for the state's visit verification rules;
- the agency cars tracked, with maintenance reminders.

## 2. The solution

- Clinicians: the Kestrow Driver app in shift mode on their phones. Location is recorded
  only while a clinician is clocked in; off shift, the app records nothing.
- Agency cars: Kestrow Gateway and Kestrow Maintain.
- Business miles per clinician per pay period, calculated from trips between the first and
  last visit of the day, sent to Quenby's expense system for approval and payment.
- Visit arrival and departure sent to the scheduling module of Quenby's clinical records
  system, matched to the scheduled visit.

## 3. Protecting patient information

A clinician's trip history is a list of patients' homes. We treat it that way:

- Kestrow signs Quenby's business associate agreement; trip data is treated as protected
  health information.
- Patient names never enter Kestrow: visits are matched by visit ID only.
- Access by role: branch managers see their own clinicians; payroll sees totals, not maps.
- Every map view and export is in the audit log; retention is set to Quenby's policy
  (default 7 years for visit records, 13 months for trip detail).
- SOC 2 Type II report and ISO 27001 certificate available under NDA.

## 4. Working with Quenby's systems

Quenby's IT team raised two concerns in the discovery call: the clinical records system is
hosted by its vendor, and the expense system is locked down. Neither needs custom work. The
records system's vendor accepts visit events through its published interface, which Kestrow
already supports for two other agencies. The expense system takes a nightly file of
business miles per employee, in the format Quenby's finance team already uses for the
paper forms.

## 5. Price

| Item | Quantity | Price |
| Driver app, shift mode | 520 clinicians | $9 per clinician / month |
| Kestrow Pro with Maintain | 40 cars | $39 per car / month |
| Setup and integration | One time | $7,500 |

Annual subscription: $74,880. Term: 36 months.

## 6. Next steps

Security review with Quenby IT (week of March 9), pilot with one branch (April), rollout by
branch (May to June).
""",
)

_add(
    path="Sales/Legal/MSA redline guide - what AEs can say yes to.docx",
    modified="2025-11-25",
    title="MSA redline guide",
    author="Gwen Strickland",
    body="""
# MSA redlines: what AEs can agree to, and what needs Legal

Internal. From Gwen Strickland, Commercial Counsel. Applies to the Kestrow Master
Subscription Agreement (MSA) and the Data Processing Addendum (DPA), 2025 versions.

Customers' procurement and legal teams redline our paper in most deals over 100 vehicles.
Most of their changes are reasonable and routine. This guide tells you which ones you can
accept without waiting for Legal, which ones need us, and how to answer the ones we will
not take.

## Green: accept without Legal

| Clause | What they ask | What you can agree |
| Payment terms | Net 45 or net 60 | Net 45; net 60 for public sector |
| Renewal notice | Longer notice before auto-renewal | Up to 90 days |
| Hardware replacement | Written commitment | Next business day, life of subscription |
| Data export | On termination | Full export at no charge for 60 days |
| Governing law | Their state | Any US state |

## Yellow: Legal must approve

- Liability cap above 12 months of fees. We can go to 24 months for data breach only.
- Service credits above 10% of the monthly fee.
- Termination for convenience. We can offer it after month 12 with 90 days' notice and
  payment of the hardware balance.
- Audit rights: once a year, on 30 days' notice, at the customer's cost; no on-site audits
  of our cloud provider.

## Red: we do not accept

- Unlimited liability for anything.
- Ownership of our software or the gateway firmware.
- Warranties that the customer will pass a DOT audit or avoid crashes. We warrant that the
  product works as documented; we cannot warrant how a fleet drives.

## How to answer "Your contract is one-sided"

Agree to look at every redline. Explain that most of the green list is already in our
paper, and that the auto-renewal and notice terms are shorter than most telematics vendors'.
Send the redlines to legal@kestrow.example.com with the deal size and the close date; we
turn standard redlines in three business days.

## DPA notes

The DPA covers location and camera data as personal data. Sub-processor list changes come
with 30 days' notice. Customers may ask for EU standard contractual clauses; we accept them
for EU-based drivers only.
""",
)


# =======================================================================================
# PPTX
# =======================================================================================

_add(
    path="Sales/Decks/Kestrow company overview 2026.pptx",
    modified="2026-01-09",
    title="Office Theme",
    author="Priya Ramaswamy",
    slides=[
        ("Kestrow", "Fleet telematics for organizations that run vehicles for a living\n2026 company overview", ""),
        ("Who we are", """
- Founded 2016 in Columbus, Ohio; 540 employees
- 6,100 customers, 410,000 vehicles and assets connected
- Trucking, delivery, field service, utilities, school districts, cities and home health
- SOC 2 Type II, ISO 27001, FMCSA-registered ELD
""", "Keep this short. Ask what they run before you show anything else."),
        ("One gateway, one portal", """
- Kestrow Gateway: GPS, cellular and engine data in one plug-in unit
- Kestrow Live: live map, trips, geofences, dispatch
- Kestrow Vision: AI cameras, road-facing and dual-facing
- Kestrow Safety: scorecards and coaching
- Kestrow Comply: ELD, HOS, DVIR, IFTA
- Kestrow Maintain: diagnostics and service schedules
""", ""),
        ("What customers measure", """
- 20-40% fewer preventable crashes in year one
- 10-25% less idling
- Hours of office time back from paper logs and timecards
- Claims closed with footage in days, not months
""", "Ranges from our 2025 customer benchmark. Use a case study for specific numbers."),
        ("How we work with you", """
- Priced per vehicle, hardware included
- Installs scheduled around your yard hours
- Named customer success manager from 100 vehicles
- Open API and standard connectors
""", ""),
        ("Next step", "A 30-minute discovery call with your fleet and safety leads", ""),
    ],
)

_add(
    path="Sales/Decks/Home delivery fleets - sales deck v2.pptx",
    modified="2025-10-28",
    title="Kestrow for Grocery and Retail Home Delivery",
    author="Tom Brannigan",
    slides=[
        ("Kestrow for Grocery and Retail Home Delivery", "Vans on time, food at temperature, customers in the loop", ""),
        ("Home delivery is a promise with a window", """
- Customers book a one-hour window and watch the clock
- Refrigerated vans have to stay at temperature door to door
- Peak weeks double the fleet with rented vans and seasonal drivers
""", ""),
        ("What Kestrow does for delivery fleets", """
- Live arrival times sent to your customer texts and app
- Reefer temperature alerts from the van, with the location
- Rented vans live in five minutes with a plug-in gateway
- Proof of delivery with photo and signature in the driver app
""", ""),
        ("\"Routelyne is $12 a van\"", """
- Routelyne is a tracker: location every two minutes, nothing else
- No reefer temperature, no arrival texts, no driver app for proof of delivery
- Support by email only, and no one to call on your busiest Saturday
- The missed windows cost more than the difference:
  - One missed window in 200 on 14,000 orders a day is 70 refunds
  - Brightwater went from 91.4% to 97.8% on time
""", "This is the slide for the buyer who already has a Routelyne quote. Do not trash them; show the math on missed windows with their own order volume."),
        ("Brightwater Markets", """
- 64 stores, 180 vans, up to 90 rented in December
- 97.8% of orders in the promised window, holiday 2025
- Reefer temperature excursions from 37 to 4
""", ""),
        ("Pricing", """
- Kestrow Pro from $39 per van per month, hardware included
- Seasonal vans on month-to-month terms
""", ""),
    ],
)

_add(
    path="Customer Success/Kickoff/Aldergrove kickoff 2026-03.pptx",
    modified="2026-03-10",
    title="",
    author="Benji Kowalczyk",
    slides=[
        ("Aldergrove Therapeutics + Kestrow", "Project kickoff, March 2026", ""),
        ("Who is here", """
- Aldergrove: Sandeep Rao (Director, Field Operations), Meg Costa (Procurement), Will Ocampo (IT), Dana Fiske (EHS)
- Kestrow: Benji Kowalczyk (CSM), Hana Ishikawa (Onboarding), Keisha Otieno (SE)
""", ""),
        ("What we are rolling out", """
- 460 company cars for the field force: territory managers, medical science liaisons, and the specialty pharmacy couriers
- Kestrow Gateway and Kestrow Live in every car
- Kestrow Safety scorecards and coaching for all drivers
- Business use and personal use separated by the driver app
""", ""),
        ("Goals for year one", """
- Preventable crash rate down 25% (EHS goal)
- Couriers' cold chain deliveries tracked door to door
- Replace the 120 Routelyne trackers the couriers use today
""", "Routelyne trackers stay on until each courier car is installed."),
        ("Timeline", """
- March: security review closed, SSO set up
- April: pilot with 40 cars in the Northeast region
- May to June: rollout by region
- July: first quarterly review
""", ""),
        ("Risks we are watching", """
- Works council questions from the two Canadian regions
- Cars are garaged at employees' homes: installs need appointments
- Personal use policy must be signed off by HR before go-live
""", ""),
        ("Next steps", "Vehicle list in the import template by March 20\nDriver communication draft by March 27", ""),
    ],
)

_add(
    path="Customer Success/QBR/QBR_Brightwater_Q1-2026.pptx",
    modified="2026-04-08",
    title="QBR template",
    author="Benji Kowalczyk",
    slides=[
        ("Brightwater Markets", "Quarterly business review, Q1 2026", ""),
        ("The quarter in numbers", """
- 180 vans online; 99.6% gateway uptime
- 97.1% of orders in the promised window (Q4: 97.8%)
- 3 reefer temperature excursions, all caught before delivery
- 14 support tickets, median resolution 3 hours
""", ""),
        ("What your team used most", """
- Live arrival texts: 1.1 million sent
- Reefer alerts: 212, all acknowledged inside 10 minutes
- Driver app proof of delivery on 100% of orders
""", ""),
        ("Opportunity: cameras on the vans", """
- 9 van collisions this quarter, 4 disputed by the other party
- Kestrow Vision road-facing cameras on all 180 vans
- Clips land in the same portal as today's alerts
""", "Nate asked for numbers on the disputed collisions. Bring the Wendling case study."),
        ("Opportunity: store-to-store transfers", """
- The 26 box trucks moving stock between stores and the distribution center are not on Kestrow
- Adding them gives one view of every vehicle Brightwater runs
""", ""),
        ("Renewal", """
- Current term ends October 31, 2026
- Proposal for a 3-year renewal with Vision and the box trucks by June 30
""", ""),
    ],
)

_add(
    path="Sales/Decks/Public sector fleets - pitch deck.pptx",
    modified="2025-09-12",
    title="Kestrow for Cities, Counties and School Districts",
    author="Marisol Vega",
    slides=[
        ("Kestrow for Cities, Counties and School Districts", "Every public vehicle, on one map", ""),
        ("What public fleets tell us", """
- Residents call asking when their street will be treated or their bin collected
- Fuel and idling are line items council members notice
- Maintenance runs on engine hours nobody records
""", ""),
        ("What Kestrow does", """
- AVL for every vehicle and piece of equipment
- Spreader and material data for winter maintenance
- Public service maps without exposing vehicle IDs
- Engine hours and diagnostics into your work order system
""", ""),
        ("\"Council has to approve anything this size\"", """
- Buy through the cooperative purchasing contract: no RFP of your own required
- Start with a department under the manager's signing authority, then expand
- We prepare the council memo with your numbers: fuel, idling, overtime
- Oakvale USD's board approved in one meeting with our memo
""", "The fleet manager is rarely the person who signs. Find out who does, and what they need to see, on the first call."),
        ("Results from public fleets", """
- Oakvale USD: calls about late buses down 86% in the first month
- Idling down from 38 to 9 minutes per bus per day
""", ""),
        ("Next step", "A 30-day pilot on 20 vehicles, no cost", ""),
    ],
)

_add(
    path="Sales/Decks/Safety program webinar - coaching that sticks.pptx",
    modified="2025-05-21",
    title="Coaching That Sticks: Building a Fleet Safety Program",
    author="Priya Ramaswamy",
    slides=[
        ("Coaching That Sticks", "Building a fleet safety program drivers believe in\nWebinar, May 2025", ""),
        ("Why programs fail", """
- Alerts nobody reviews
- Coaching months after the event
- Only bad news reaches drivers
""", "Poll: how many of you review every event within a week?"),
        ("The coaching loop", """
- Event: a harsh brake, a rolling stop, a phone in hand
- Review within 48 hours, with the clip
- Private conversation, one behavior at a time
- Follow-up in two weeks: did the behavior change?
""", ""),
        ("Recognition", """
- Share the clips where a driver avoided a crash
- Monthly safe driver awards by terminal
- Drivers see their own scores first
""", ""),
        ("Measuring the program", """
- Preventable crashes per million miles
- Claim cost per vehicle
- Share of events coached within a week
""", ""),
        ("Q&A", "Download the fleet safety guide at kestrow.example.com", ""),
    ],
)


# =======================================================================================
# XLSX
# =======================================================================================

_add(
    path="Sales/ROI/Kestrow ROI calculator - fleet v5.xlsx",
    modified="2025-12-04",
    title="Kestrow ROI Calculator - Fleet",
    author="Ruth Anselm",
    widths={"A": 52, "B": 16, "C": 70},
    inputs={"Inputs": "B2:B17"},
    percent={"Inputs": ["B8", "B9", "B12", "B15"]},
    sheets=[
        ("Read me", [
            ["Kestrow ROI calculator for fleets (v5)"],
            ["Fill in the yellow cells on the Inputs sheet with the prospect's own numbers. The Results sheet calculates the rest."],
            ["Use the prospect's numbers wherever you can get them: fuel spend from their fuel cards, crash costs from their risk manager, office hours from the person who files the logs."],
            ["Where they do not know, leave our defaults: they come from the 2025 customer benchmark and are deliberately conservative."],
            [""],
            ["When the CFO says the savings are made up"],
            ["Take the crash line out first. Show the payback without it (Results, row 11): on the defaults it is still under six months."],
            ["Then offer to measure it: a 60-day pilot on 20 vehicles, with idling and route miles reported before and after from their own trucks."],
            ["Never present the crash line as guaranteed. Say 'our customers see 20-40% fewer preventable crashes' and let the case studies carry it."],
            [""],
            ["Owner: Ruth Anselm, Revenue Operations. Questions: #deal-desk."],
        ]),
        ("Inputs", [
            ["Input", "Value", "Notes"],
            ["Vehicles", 180, "Powered vehicles to be installed"],
            ["Fuel price per gallon ($)", 3.85, "Diesel, prospect's average"],
            ["Average miles per vehicle per year", 42000, ""],
            ["Average miles per gallon", 7.2, "Class 8 default; use 14 for vans"],
            ["Idle hours per vehicle per week", 6.5, "From the prospect's engine data if they have it"],
            ["Gallons burned per idle hour", 0.8, "Heavy truck default"],
            ["Idle reduction expected", 0.35, "Benchmark: 10-40%"],
            ["Route miles saved", 0.03, "Better dispatch and fewer wrong turns"],
            ["Preventable crashes per year", 14, "From the risk manager"],
            ["Average cost per preventable crash ($)", 38000, "All-in: repair, claims, downtime"],
            ["Crash reduction expected", 0.25, "Benchmark: 20-40% in year one"],
            ["Office hours per week on paper logs, timecards and IFTA", 22, ""],
            ["Office cost per hour ($)", 34, "Loaded"],
            ["Share of office hours saved", 0.7, ""],
            ["Kestrow price per vehicle per month ($)", 42, "From the quote"],
            ["One-time install per vehicle ($)", 65, "Zero on 3-year Enterprise"],
        ]),
        ("Results", [
            ["Results", "Value", "How it is calculated"],
            ["Idle fuel saved", "=Inputs!B2*Inputs!B6*52*Inputs!B7*Inputs!B8*Inputs!B3", "Vehicles x idle hours x 52 x gallons per hour x reduction x fuel price"],
            ["Route fuel saved", "=Inputs!B2*Inputs!B4*Inputs!B9/Inputs!B5*Inputs!B3", "Miles saved / mpg x fuel price"],
            ["Crash cost avoided", "=Inputs!B10*Inputs!B11*Inputs!B12", "Crashes x cost x reduction"],
            ["Office time saved", "=Inputs!B13*52*Inputs!B14*Inputs!B15", "Hours x 52 x cost x share saved"],
            ["Annual saving", "=SUM(B2:B5)", ""],
            ["Annual Kestrow subscription", "=Inputs!B2*Inputs!B16*12", ""],
            ["One-time install", "=Inputs!B2*Inputs!B17", ""],
            ["Net annual saving", "=B6-B7", ""],
            ["Payback (months)", "=(B7+B8)/B6*12", "First year's cost over the annual saving"],
            ["Payback without the crash line (months)", "=(B7+B8)/(B6-B4)*12", "For the skeptical CFO"],
            ["Three-year net", "=3*B9-B8", ""],
        ]),
    ],
)

_add(
    path="Sales/ROI/3-year TCO - Trakstone renewal vs Kestrow.xlsx",
    modified="2026-01-19",
    title="",
    author="Ruth Anselm",
    widths={"A": 48, "B": 16, "C": 16, "D": 16, "E": 16, "F": 50},
    inputs={"Inputs": "B2:B14"},
    percent={"Inputs": ["B8", "B13"], "Comparison": ["E9"]},
    sheets=[
        ("Inputs", [
            ["Input", "Value", "Notes"],
            ["Vehicles", 240, ""],
            ["Cameras", 240, "One road-facing camera per vehicle"],
            ["Trakstone renewal, per vehicle per month ($)", 33, "From the customer's renewal quote"],
            ["Trakstone gateway refresh, per unit ($)", 189, "LTE units out of warranty"],
            ["Trakstone camera partner, per camera per month ($)", 24, ""],
            ["Trakstone camera hardware, per camera ($)", 249, ""],
            ["Trakstone yearly increase", 0.06, "Typical uplift in their renewals"],
            ["Trakstone renewal notice (days)", 90, "Notice must reach Trakstone 90 days before the renewal date"],
            ["Trakstone install, per unit ($)", 95, ""],
            ["Kestrow price, per vehicle per month ($)", 36, "Pro, 240-vehicle band"],
            ["Kestrow road-facing camera, per camera per month ($)", 18, ""],
            ["Kestrow yearly increase (cap)", 0.03, "Contract cap"],
            ["Kestrow install, per vehicle ($)", 0, "Included on 3-year terms"],
        ]),
        ("Comparison", [
            ["Cost line", "Year 1", "Year 2", "Year 3", "Total", "Notes"],
            ["Trakstone subscription and cameras", "=Inputs!B2*(Inputs!B4+Inputs!B6)*12", "=B2*(1+Inputs!B8)", "=C2*(1+Inputs!B8)", "=SUM(B2:D2)", ""],
            ["Trakstone hardware and install", "=Inputs!B2*(Inputs!B5+Inputs!B10)+Inputs!B3*Inputs!B7", 0, 0, "=SUM(B3:D3)", "Refresh and cameras in year 1"],
            ["Trakstone total", "=B2+B3", "=C2+C3", "=D2+D3", "=SUM(B4:D4)", ""],
            ["Kestrow subscription and cameras", "=(Inputs!B2*Inputs!B11+Inputs!B3*Inputs!B12)*12", "=B5*(1+Inputs!B13)", "=C5*(1+Inputs!B13)", "=SUM(B5:D5)", "Hardware included"],
            ["Kestrow hardware and install", "=Inputs!B2*Inputs!B14", 0, 0, "=SUM(B6:D6)", ""],
            ["Kestrow total", "=B5+B6", "=C5+C6", "=D5+D6", "=SUM(B7:D7)", ""],
            ["Difference (Trakstone minus Kestrow)", "=B4-B7", "=C4-C7", "=D4-D7", "=SUM(B8:D8)", ""],
            ["Difference (%)", "", "", "", "=E8/E4", "Share of the Trakstone cost saved"],
        ]),
    ],
)

_add(
    path="Sales/Pricing/Price book FY26 - INTERNAL.xlsx",
    modified="2026-01-05",
    title="Copy of Price book FY25",
    author="Ruth Anselm",
    widths={"A": 16, "B": 40, "C": 14, "D": 14, "E": 60},
    sheets=[
        ("SKUs", [
            ["SKU", "Product", "List ($/mo)", "Floor ($/mo)", "Notes"],
            ["KST-ESS", "Essentials, per vehicle", 29, 24, ""],
            ["KST-PRO", "Pro, per vehicle", 39, 32, "Most quoted plan"],
            ["KST-ENT", "Enterprise, per vehicle", 47, 39, "Includes SSO and named CSM"],
            ["KST-VIS-RF", "Vision road-facing camera", 18, 15, ""],
            ["KST-VIS-DF", "Vision dual-facing camera", 26, 22, ""],
            ["KST-TAG", "Asset tag", 6, 5, ""],
            ["KST-DRV", "Driver app, shift mode (no gateway)", 9, 7, "Personal vehicles only"],
            ["KST-INST", "Professional install, one time", 65, 0, "Free on 3-year Enterprise"],
            ["KST-SPRD", "Spreader input kit, one time", 210, 180, "Public sector winter fleets"],
        ]),
        ("Discount bands", [
            ["Band", "Vehicles", "Max discount AE", "Max discount RVP", "Notes"],
            ["A", "1-49", "0%", "5%", ""],
            ["B", "50-199", "5%", "10%", ""],
            ["C", "200-999", "10%", "18%", ""],
            ["D", "1,000+", "Deal desk", "Deal desk", ""],
        ]),
        ("Deal desk rules", [
            ["Rule", "When", "What", "", "Notes"],
            ["Routelyne displacement", "Prospect has a Routelyne quote or contract", "Essentials at band price, no further discount", "", "Sell Pro; do not race to $12"],
            ["Trakstone replacement", "Prospect is on Trakstone", "Up to 6 free months to overlap their term", "", "Needs the renewal date in the CRM"],
            ["Multi-year", "36-month term", "Install free on Enterprise", "", ""],
            ["Public sector", "Cooperative contract", "Contract price sheet applies", "", "See Marisol Vega"],
        ]),
    ],
)

_add(
    path="Sales/Battlecards/telematics comparison grid - trakstone vigilo routelyne.xlsx",
    modified="2026-02-02",
    title="",
    author="Jonah Feld",
    widths={"A": 36, "B": 26, "C": 26, "D": 26, "E": 26},
    sheets=[
        ("Comparison", [
            ["Capability", "Kestrow", "Trakstone", "Vigilo", "Routelyne"],
            ["Live GPS location", "Every second while moving", "Every 30 seconds", "From partner", "Every 2 minutes"],
            ["AI cameras", "Kestrow Vision, same portal", "Partner, second portal", "Yes (core product)", "No"],
            ["ELD / hours of service", "Yes, registered", "Yes, registered", "No", "No"],
            ["DVIR inspections", "Yes", "Yes", "No", "No"],
            ["IFTA mileage", "Yes", "Yes", "No", "Add-on report"],
            ["Engine diagnostics and DTCs", "Yes, with service schedules", "Yes", "No", "No"],
            ["Asset tags for trailers", "Yes", "Yes", "No", "Yes"],
            ["Open API and webhooks", "Yes", "API, no webhooks", "API", "CSV export"],
            ["Pricing basis", "Per vehicle, hardware included", "Hardware plus 5-year service", "Per camera", "Per device, month to month"],
            ["Contract", "36 months standard", "60 months, auto-renew", "36 months", "Monthly"],
            ["Support", "24/7 phone", "Business hours phone", "Business hours", "Email only"],
        ]),
        ("Sources", [
            ["Source", "Date", "Notes"],
            ["Trakstone renewal quotes seen in deals", "2025", "Six customers"],
            ["Vigilo public pricing page and two quotes", "2025-11", ""],
            ["Routelyne website", "2026-01", ""],
        ]),
    ],
)

_add(
    path="Customer Success/Onboarding/Vehicle import template + rollout plan.xlsx",
    modified="2025-07-14",
    title="Vehicle import template",
    author="Hana Ishikawa",
    widths={"A": 14, "B": 22, "C": 8, "D": 14, "E": 14, "F": 12, "G": 16, "H": 18, "I": 14},
    sheets=[
        ("Read me", [
            ["How to fill in this workbook"],
            ["Vehicles: one row per vehicle or piece of powered equipment. Unit number and VIN are required; everything else helps the installers."],
            ["Rollout plan: one row per site per install window. Your CSM fills in the installer column."],
            ["Send the workbook back to your onboarding lead at least two weeks before the first install."],
        ]),
        ("Vehicles", [
            ["Unit number", "VIN", "Year", "Make", "Model", "Plate", "Group", "Diagnostic port", "Camera"],
            ["T-101", "1XKYD49X0MJ000101", 2021, "Kenworth", "T680", "IN 4821KT", "Fort Wayne", "J1939 9-pin", "Dual-facing"],
            ["T-102", "1XKYD49X2MJ000102", 2021, "Kenworth", "T680", "IN 4822KT", "Fort Wayne", "J1939 9-pin", "Dual-facing"],
            ["V-210", "1FTBR1C80NKA00210", 2022, "Ford", "Transit", "OH 7730VN", "Columbus vans", "OBD-II", "Road-facing"],
            ["P-015", "1FTFW1E50PFA00015", 2023, "Ford", "F-150", "OH 7711PK", "Supervisors", "OBD-II", "None"],
        ]),
        ("Rollout plan", [
            ["Week", "Site", "Vehicles", "Window", "Installer", "Status", "Notes"],
            ["1", "Fort Wayne terminal", 120, "Fri 6pm - Sun 6pm", "Crew A", "Planned", "Keys with the night dispatcher"],
            ["2", "Columbus depot", 85, "Sat 7am - 5pm", "Crew A", "Planned", ""],
            ["3", "Satellite yards", 40, "Weeknights", "Crew B", "Planned", "Appointments by text"],
            ["Total", "", "=SUM(C2:C4)", "", "", "", ""],
        ]),
    ],
)


# =======================================================================================
# Markdown
# =======================================================================================

_add(
    path="Sales/Emails/post-demo follow ups.md",
    modified="2025-11-12",
    text="""# Follow-up emails after a demo

Three templates for the day after a demo. Replace everything in [brackets]. Send from your
own inbox, not the marketing tool.

## 1. Same-day recap (to the champion)

Subject: Kestrow recap and next steps

Hi [first name],

Thanks for the time today with [names]. A quick recap of what we covered:

- the live map and trip history on [number] of your vehicles' routes;
- how a camera event reaches your safety team, with the clip, speed and duty status;
- [logs and inspections / the maintenance alerts / the customer arrival texts].

As promised, attached are the security overview and the [case study name]. For the next
step we suggested [a 30-day pilot on 20 vehicles / a call with your IT team about the
integrations]. Does [date] work?

Best,
[AE name]

## 2. To the person who could not attend

Subject: What you missed: Kestrow demo for [company]

Hi [first name],

[Champion] asked me to send you the short version of today's session. In five minutes:

1. One gateway per vehicle for location, engine data and cameras.
2. Clips of harsh events and collisions in the portal in under a minute.
3. [Logs and DVIR in the driver app / work orders from engine alerts].

The recording is here: [link]. I'm happy to do a 20-minute version just for you.

[AE name]

## 3. When they are comparing vendors

Subject: Comparing telematics vendors

Hi [first name],

You mentioned you're also looking at [Trakstone's renewal / another vendor]. When teams
compare, three questions usually settle it: how long until a clip reaches the safety
manager, what the whole bill is with cameras and hardware, and when the contract lets you
leave. We're glad to answer all three in writing.

[AE name]
""",
)

_add(
    path="Customer Success/Expansion/Vision camera upsell play.md",
    modified="2026-02-24",
    text="""# Play: adding Kestrow Vision to a telematics customer

For CSMs. Use with customers on Essentials, Pro or Enterprise who have no cameras, or who
run cameras from another vendor.

## When to run it

- The customer had a collision in the last quarter where fault was disputed.
- Their safety manager asks for more than scorecards.
- A Vigilo (or other camera) contract is within nine months of renewal.
- The QBR is coming up and there is no expansion on the agenda.

## "We already have Vigilo cameras, and they work"

This is the answer you will hear most, and it is often true: Vigilo's cameras are good.
Don't argue about the cameras. Argue about the two screens.

1. Ask the safety manager to walk you through coaching one event today. Count the systems
   they open (usually three: Vigilo, Kestrow, a spreadsheet).
2. Show the same event in Kestrow Vision: clip, speed, duty status and coaching history
   on one page.
3. Offer ten Vision cameras for 30 days next to Vigilo, at no cost, on the trucks with the
   most events.
4. Time the proposal to the Vigilo renewal. Ask for the renewal date in the first
   conversation and put it in the CRM.

When to stop: if the customer has just signed a multi-year Vigilo renewal, park the play
and set a reminder for nine months before it ends.

## The offer

- Road-facing or dual-facing cameras at the contracted plan's band price.
- Installs at the customer's yards, no charge on 3-year terms.
- Coterminous with the current Kestrow term.

## Proof points

- Wendling Freight: 27 claims closed with footage in the first year.
- Brightwater Markets: disputed van collisions, the reason they asked for a proposal.
""",
)

_add(
    path="Sales/Battlecards/routelyne-battlecard.md",
    modified="2025-10-02",
    text="""# Battlecard: Kestrow vs. the $12 trackers

Internal. Owner: Jonah Feld. Last update October 2025.

Routelyne is the one we meet most: a GPS tracker at $12 a device a month, month to month,
sold online. Small fleets and cost-focused buyers love the price. It pings every two
minutes, has no cameras, no registered ELD and no engine diagnostics worth using, and
support is email only.

## "Routelyne is a third of your price"

Agree on the number and change the comparison.

- Routelyne's $12 is a tracker. Kestrow Essentials at $29 includes the gateway, replaced
  free if it fails, and engine data; Routelyne customers buy the device up front ($89) and
  again when it fails.
- Anyone running trucks that need logs is paying for a second system (or paper and an
  office clerk). Add it to the Routelyne number.
- Do the idling math on their own fleet: at 6 idle hours a week, a 25% reduction is worth
  more than the difference between the two prices on almost any truck.
- Never go below band price to match. Deal desk rule: Essentials at band, then sell Pro.

## "Routelyne support is fine for us"

Ask when they last called it. Routelyne has no phone line; tickets are answered in one to
two business days. Kestrow support is 24/7 by phone, answered by people in Columbus and
Phoenix, with next-day replacement hardware. For a fleet that runs on weekends, a tracker
that fails on Saturday is dark until Tuesday. Korsholm Pumps moved off Routelyne after a
branch's trackers were offline for a week with a ticket open.

## Where they win

- Very small fleets (under 10 vehicles) that only want a dot on a map.
- Buyers who will not sign anything longer than a month.

## Questions to ask

- "Who files your logs and inspections today?"
- "What happened the last time a tracker stopped reporting?"
""",
)

_add(
    path="Marketing/Product/Kestrow Maintain - product sheet.md",
    modified="2025-08-05",
    text="""# Kestrow Maintain

Keep every vehicle on the road, and know before it breaks.

Kestrow Maintain turns the engine data the Kestrow Gateway already reads into service
schedules and alerts your shop can act on.

## Diagnostics, as they happen

- DTCs from the engine, transmission, brakes and aftertreatment, read from the J1939 or
  OBD-II port, with a plain-language description and a severity.
- Check-engine lamp and DEF level alerts to the shop the moment they appear, with the
  vehicle's location and its next stop.
- Severity rules: "stop now" alerts by text, everything else in a daily digest.

## Service schedules on real usage

- Preventive maintenance by miles, engine hours or days, whichever comes first.
- Schedules set per vehicle group: tractors, vans, buses, equipment.
- Due and overdue lists for every shop, updated from live odometer and engine hours.

## Inspections to work orders

Defects from drivers' DVIRs arrive as work items. The mechanic marks the repair, the next
driver sees it was fixed, and the record is kept for audits.

## Works with your shop software

Kestrow Maintain sends readings, alerts and inspection defects to most shop and ERP
maintenance systems through standard connectors or the API.

## What customers see

- 90%+ of preventive maintenance done on time (Korsholm Pumps: overdue vans from 31 to 2)
- Fewer roadside breakdowns and tows
- Engine hours recorded for every public works truck (City customers)

Included in Kestrow Pro and Enterprise.
""",
)

_add(
    path="Marketing/Product/Comply one pager (ELD HOS DVIR IFTA).md",
    modified="2025-06-30",
    text="""# Kestrow Comply

ELD, hours of service, inspections and IFTA mileage, in the driver app your drivers already
use.

## For drivers

- One app for duty status, inspections and messages, on a tablet or their own phone.
- Clocks for drive time, the 14-hour window and the weekly cycle, with a warning before
  each limit.
- Roadside mode: transfer logs to an officer by web service or email in two taps.
- Pre-trip and post-trip inspections with photos of defects.

## For the safety and compliance team

- FMCSA-registered ELD, with automatic duty status from the Kestrow Gateway.
- Unassigned driving report, log edits with driver approval, and a full edit history.
- Violations and near-violations by driver, terminal and week.
- Exemptions handled by group: short-haul, personal conveyance, yard moves, agricultural.

## For the office

- IFTA miles by jurisdiction from GPS, ready for the quarterly return.
- Records of duty status and inspection reports kept for the required time, searchable.
- DOT audit pack: export six months of logs and supporting documents in one step.

## Proof

Wendling Freight's DOT auditor accepted its records without a question, after moving nine
years of history from the previous vendor.

Included in Kestrow Pro and Enterprise. kestrow.example.com/comply
""",
)


# =======================================================================================
# Text
# =======================================================================================

_add(
    path="misc/call notes - Aldergrove 2026-01-14.txt",
    modified="2026-01-14",
    newline="\r\n",
    text="""Aldergrove Therapeutics - discovery call 1/14/2026
Attendees: Sandeep Rao (Dir Field Ops), Meg Costa (Procurement), Dana Fiske (EHS); Tom B, Keisha O (Kestrow)

Background
- specialty biopharma, HQ Durham NC. ~460 company cars: territory managers, MSLs, plus ~120 courier cars for the specialty pharmacy (temp-controlled)
- couriers on Routelyne trackers since 2023, field force cars have nothing
- EHS goal for 2026: cut preventable crashes 25%. 11 crashes w/ injury last yr
- cars garaged at employees' homes, personal use allowed on weekends

What they want
- crash reduction program for the whole field force (scorecards + coaching, maybe cameras later)
- courier cars: location + temp for the cold chain deliveries, chain of custody for returns
- one vendor for both

Concerns (not answered today, follow up)
- privacy: personal use on weekends, HR + works council in Canada (2 regions)
- IT security review, they use SIG Lite, SSO is a must
- cost vs Routelyne ($12) for the couriers
- who signs: Sandeep owns budget under $250k, over that goes to the CFO
- install logistics, cars are at people's homes
- timing: want pilot before Q2 sales meeting (April)

Next steps
- Keisha: send security overview + SIG Lite answers
- Tom: pricing for 460 cars, driver app shift mode option for personal use
- Sandeep: vehicle list by region, HR policy contact
- next call 1/28
""",
)

_add(
    path="Sales/Emails/cold outreach - safety directors (4 touch).txt",
    modified="2025-09-08",
    text="""COLD OUTREACH SEQUENCE - SAFETY DIRECTORS (4 touches, 14 days)
Audience: directors and VPs of safety at trucking and field service fleets, 100+ vehicles
Owner: Priya R. Load into the sequencer, touches 2 and 4 are LinkedIn.

--- Touch 1 (day 1, email) ---
Subject: 1.9 to 1.1

Hi {first_name},

Wendling Freight's preventable crash rate went from 1.9 to 1.1 per million miles in a
year. Their VP of safety says the difference was coaching drivers from the clip within a
week, not a month.

Is that the kind of number {company} is working toward in 2026? If so, I'd like to show
you how they did it. 20 minutes?

{sender_name}
Kestrow | kestrow.example.com

--- Touch 2 (day 4, LinkedIn) ---
Connection note: Hi {first_name}, I work with safety leaders at fleets like Wendling
Freight and Korsholm Pumps on crash reduction. Would be glad to connect.

--- Touch 3 (day 8, email) ---
Subject: the 27 claims you did not have to pay

Hi {first_name},

Most fleets lose claims they could have won, because there is no footage or it takes a
week to find. Last year Wendling closed 27 claims with clips that showed the other driver
caused it.

Worth a look? Here is the 3-minute version: {video_link}

{sender_name}

--- Touch 4 (day 14, email) ---
Subject: closing the loop

Hi {first_name},

I'll stop here. If crash rates, claims or coaching come up on your plan this year, the
fleet safety guide is a good start: {guide_link}

{sender_name}
""",
)

_add(
    path="Sales/Emails/win-back - Trakstone contract renewal.txt",
    modified="2025-12-09",
    text="""WIN-BACK EMAILS: PROSPECTS ON TRAKSTONE, BEFORE THEIR RENEWAL
For prospects who told us "not now, we're under contract with Trakstone." Pull the renewal
date from the CRM. Start 9 months before it, send #2 at 6 months, #3 at 4 months.

=== #1 (9 months before renewal) ===
Subject: your Trakstone renewal on {renewal_date}

Hi {first_name},

When we spoke in {month} you said the timing wasn't right while the Trakstone contract
runs. Fair enough. One thing worth knowing now rather than later: most Trakstone
contracts renew for another full term unless written notice reaches them 90 days before
the renewal date. For you that is around {notice_date}.

You don't have to decide anything yet. Would it help if I sent a one-page timeline that
works back from that date?

{sender_name}

=== #2 (6 months before) ===
Subject: 3 months to the notice date

Hi {first_name},

A pilot, a security review and a decision usually take about ten weeks. Starting in the
next month leaves room before {notice_date} without anyone rushing. If your team wants a
number first, I can run the 3-year TCO against your renewal quote this week.

{sender_name}

=== #3 (4 months before) ===
Subject: notice letter

Hi {first_name},

Sending notice is not the same as leaving: it just keeps your options open. Many of our
customers sent it, ran a 30-day pilot, and then chose. If you do stay with Trakstone, you
will have negotiated the renewal instead of accepting it.

Happy to help either way.

{sender_name}
""",
)

_add(
    path="Customer Success/Help articles/IFTA quarterly return - step by step.txt",
    modified="2025-09-24",
    text="""HELP ARTICLE: Running your IFTA quarterly return in Kestrow
Applies to: Kestrow Pro and Enterprise (Comply)
Last reviewed: September 2025, Luis Ferreira, Support

Kestrow records miles by jurisdiction from each qualified vehicle's GPS, so the miles
side of the return is ready at the end of the quarter. You add the gallons purchased, check
the exceptions, and export.

BEFORE YOU START
- Make sure every qualified vehicle is in the "IFTA" group (Settings > Groups). Light
  vehicles under 26,000 lb that never cross a state line do not belong in it.
- Import purchase receipts for the quarter: upload the card provider's CSV under
  Comply > IFTA > Purchases, or enter receipts by hand for cash purchases.

STEP BY STEP
1. Go to Comply > IFTA > Returns and choose the quarter.
2. Review the Jurisdiction Miles table. Miles come from GPS trips; gaps longer than 50
   miles (a gateway unplugged, a dead zone) are flagged in orange.
3. Open each flagged gap. Kestrow suggests the likely route between the two points; accept
   it, or enter the miles from the driver's trip sheet.
4. Review the Purchases table. Receipts with no matching vehicle, or bought where the
   vehicle was not, are listed as exceptions.
5. When both tables are clean, click Export. You get the summary by jurisdiction (miles,
   taxable miles, gallons) in the layout most base jurisdictions accept, plus a detail file
   for your records.
6. File the return in your base jurisdiction's portal. Kestrow does not file for you.

KEEPING RECORDS
Keep the detail file and the receipts for four years. Kestrow keeps trip and purchase data
for the life of your subscription; the audit pack under Comply > Audit exports both.

COMMON QUESTIONS
Q: The miles don't match our old tracker's report.
A: Older trackers that ping every few minutes cut corners on curvy roads. GPS trips in
Kestrow are recorded every second while moving, so totals are usually slightly higher and
closer to the odometer.

Q: Can I run a return for a vehicle sold mid-quarter?
A: Yes. Its trips stay in the group until the end of the quarter.

Need help? support@kestrow.example.com or 614-555-0199.
""",
)
