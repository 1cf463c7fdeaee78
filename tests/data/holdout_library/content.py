# ruff: noqa: E501  (prose written as the vendor wrote it: long lines are the data)
"""Held-out evaluation library: Ambrel (commercial building energy and HVAC analytics).

Written as Ambrel's marketing, sales and customer-success teams would write their own files,
without reading the app's tagging rules, synonym lists, indexes or the other evaluation
libraries' content. All names, people, figures and addresses are fictional.

``ASSETS`` is a list of dicts:

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
    path="Marketing/Customer stories/St Brennan Medical Center - case study.pdf",
    modified="2025-09-18",
    title="Microsoft Word - StBrennan_CS_v4.docx",
    author="Dana Whitcomb",
    body="""
# St. Brennan Medical Center cuts HVAC energy 19% in a hospital that never closes

St. Brennan Medical Center is a 410-bed teaching hospital in Harbor Falls, Minnesota. Its
campus covers 1.2 million square feet: a nine-story patient tower, a cancer center, two
medical office buildings and a central utility plant with three chillers and four boilers.
Like every hospital, it runs around the clock, and a large part of its air is tightly
regulated: operating rooms, isolation rooms and the pharmacy clean room all have
pressure, temperature and air-change requirements that facilities cannot relax.

## At a glance

| Measure | Before Ambrel | After 12 months |
| HVAC electricity | 14.8 GWh a year | 12.0 GWh a year |
| Gas for heating and reheat | 1.9 million therms | 1.6 million therms |
| Open HVAC faults | 412 at first scan | 37 |
| Hot and cold calls per month | 260 | 118 |
| Annual energy cost avoided | - | $1.14 million |

## The challenge: 1,100 alarms a day

St. Brennan's building automation system is a Corrix system installed in 2009 and
expanded four times since. It controls everything, and it talks constantly: on a normal
day the front end raised about 1,100 alarms. "My engineers had learned to acknowledge and
move on," says Tom Aldana, Director of Facilities. "When everything is an alarm, nothing
is. We knew we were wasting energy. We just could not say where, and we could not say
which problem to fix first."

A 2023 retro-commissioning study found simultaneous heating and cooling on more than half
of the air handlers and a chilled-water plant that ran two chillers where one would do.
The report was good. By the time the team had worked through a third of it, new problems
had appeared in the parts they had already fixed.

## Keeping the controls they had

The first question from the engineering team was whether Ambrel meant replacing the
Corrix controllers. It did not. The capital budget was already committed to a new chiller,
and nobody wanted to reprogram 9,000 points in an occupied hospital.

An Ambrel Edge gateway in each building reads the points the Corrix supervisory
controllers already expose over BACnet/IP: supply and return temperatures, valve and
damper positions, fan speeds, static pressure, occupancy schedules. Nothing on the Corrix
side was changed, and the Corrix service agreement stayed in place. Where older field
panels spoke only BACnet MS/TP, the gateway read them through the existing routers. Point
mapping for the whole campus took four weeks, most of it done remotely by Ambrel's
engineering team from the point lists St. Brennan exported.

## Rolling out without touching patient care

A hospital cannot take an air handler offline to try something. The rollout was designed
around that:

- Read-only first. For the first 60 days Ambrel only watched. No setpoint or schedule
  was changed from the platform.
- Medical office buildings first, patient tower last. The team learned the tool on the
  buildings with ordinary office loads.
- Critical spaces excluded by default. Air handlers serving operating rooms, isolation
  rooms and the clean room were flagged "monitor only"; any change there needs a sign-off
  from infection prevention, recorded in the finding.
- One finding at a time, in cost order. Every Tune finding carries an estimated annual
  cost, so the engineers worked the list top down.

Full coverage took eleven weeks. No space went out of its pressure range during the
rollout, and the Joint Commission survey that spring had no environment-of-care findings
about HVAC.

## Results

- 19% less HVAC electricity and 16% less heating gas in the first year, weather-normalized
  against the two years before.
- 412 open faults found in the first scan; 375 of them closed in twelve months. The
  largest single finding, a chilled-water valve stuck at 40% open on a 60,000 cfm air
  handler, was costing an estimated $96,000 a year.
- Hot and cold calls down from 260 to 118 a month, because the root causes were fixed
  rather than overridden.
- The chiller plant now runs one chiller for most of the shoulder season.

> "Ambrel gave us a to-do list in dollars. My guys fix the $96,000 problem before the $900
> one, and they can see the result on the meter the next week." - Renee Kowalczyk, Lead
> Building Engineer

The hospital's CFO, Linda Osei, signed off on the second year, which adds Ambrel Flex for
the utility's summer demand-response program and Ambrel Report for the state's
benchmarking filing.

## About Ambrel

Ambrel helps owners and operators run commercial buildings on less energy, using the
controls they already have. Ambrel Insight, Tune, Flex and Report run on more than 340
million square feet of hospitals, schools, offices, warehouses, stores and plants.
ambrel.example.com | 612-555-0140
""",
)

_add(
    path="Sales/Battlecards/Copy of battlecard - Wattly (2).pdf",
    modified="2025-11-03",
    title="untitled",
    author="Marcus Lee",
    body="""
# Battlecard: Ambrel vs. Wattly

INTERNAL - do not share with prospects. Owner: competitive intelligence. Updated November 2025.

## Who they are

Wattly is a self-serve energy dashboard. It pulls utility bills (through a bill-pay
partner) and interval data from utility smart meters and shows usage by building, month
and weather. It is sold online and by inside sales, month-to-month, at roughly $0.01 per
square foot per year. About 4,000 customers, mostly small property managers, school
districts and multi-site retail.

## When you will meet them

- The energy manager already has Wattly and likes the charts.
- Procurement got a Wattly quote at a tenth of our number and wants to know why.
- The prospect used Wattly for benchmarking filings and thinks that is "energy analytics".

## Where they are strong

- Cheap and fast: a customer can be live in a day with bills only.
- Clean portfolio dashboard, good weather normalization, easy exports.
- Handles utility bill data well, including gas and water.

## Where they are weak

- No connection to the HVAC system. Wattly knows building 4 used 12% more energy in
  March. It cannot tell you that the cause is an economizer damper stuck closed.
- No fault detection, no prioritized work list, no engineer to look at the data.
- No demand management; it shows the peak after the bill arrives.
- Support is email only, with a two-business-day response target.

## Objection: "Wattly does this for a tenth of the price"

Do not argue the price per square foot; argue the price per result. Wattly reports the
symptom, and someone on the prospect's team still has to find the cause, which is the
expensive part. Ask how many of last year's Wattly alerts turned into a fix. Usually the
answer is none, because nobody knew where to start.

Then do the math with them: a 500,000 square foot portfolio pays about $5,000 a year for
Wattly and about $45,000 for Ambrel Complete. Our median customer avoids $0.38 per square
foot per year in energy and repair cost, about $190,000 on that portfolio. If Ambrel finds
one stuck valve, the difference in price is paid. Lakemont Unified paid its whole first
year from the savings on four buildings.

## Objection: "We just spent a year getting Wattly set up"

Switching is smaller than they think. Most of the Wattly year went into collecting bills
and meter numbers, and that work carries over:

1. Export the bill history and meter list from Wattly (CSV, Settings > Export). Ambrel
   imports it as is, so the baseline and the weather normalization are not lost.
2. Install an Ambrel Edge gateway per building for the HVAC data. This is the new part:
   about two weeks for a typical site.
3. Run both side by side for a month so the energy manager can check the numbers match.
4. Cancel Wattly; it is month-to-month, so there is no stranded contract.

Lakemont moved 22 schools in three weeks this way.

## Quick comparison

| | Ambrel | Wattly |
| Utility bills and meters | Yes | Yes |
| HVAC equipment data | Yes, from existing controls | No |
| Fault detection, ranked by cost | Yes | No |
| Demand response and peak shaving | Yes (Flex) | No |
| Remote engineering support | Yes, named engineer | Email support |
| Contract | 1 or 3 years | Month-to-month |

## Landmines to set

- "When your dashboard shows a building using more energy, what happens next?"
- "Who on your team has time to find the cause?"
- "How would you know if a chiller ran all weekend?"
""",
)

_add(
    path="Marketing/Whitepapers/Building performance standards 2026 - what owners need to know.pdf",
    modified="2026-01-12",
    title="Building Performance Standards in 2026: What Owners Need to Know",
    author="Priya Raman",
    subject="Whitepaper",
    body="""
# Building Performance Standards in 2026: What Owners Need to Know

A guide for owners, asset managers and sustainability leaders of commercial buildings.

## From disclosure to limits

For fifteen years, city and state energy rules for existing buildings mostly asked owners
to report. Benchmarking ordinances required a yearly filing of energy use, and the
numbers were published. Nothing happened if a building was inefficient, as long as the
filing was on time.

That has changed. Building performance standards (BPS) set a limit on how much energy a
building may use, or how much greenhouse gas it may emit, per square foot. Buildings over
the limit pay fines every year until they come under it. By the start of 2026, eleven US
cities and four states had adopted a standard, and more than twenty others had one in
draft. Most apply to buildings over 25,000 or 50,000 square feet, which covers most
offices, hospitals, universities, hotels, large apartment buildings and warehouses.

## How the standards work

The details differ by city, but most standards share four parts:

1. A metric: site energy use intensity (kBtu per square foot), or emissions intensity
   (kg of CO2-equivalent per square foot), sometimes both.
2. A limit for each building type that steps down over time, typically every five years,
   toward a 2040 or 2050 goal.
3. A compliance date for the first limit. For several large cities that date is the 2027
   reporting year, based on 2026 energy use.
4. Fines for each year a building is over. The common forms are a fixed amount per square
   foot, or an amount per metric ton of emissions over the limit.

## What the fines look like

For a 400,000 square foot office building that is 15% over its first limit, published
fine schedules work out between $90,000 and $310,000 a year. Across a portfolio of twenty
buildings, owners we work with have estimated exposures of $2 million to $6 million a year
by 2030 if nothing changes. Fines also affect value: lenders and buyers have started to
ask for a building's compliance outlook during due diligence.

## Where the reductions come from

Owners tend to think of compliance as capital projects: new chillers, heat pumps,
envelope upgrades. Those matter for the later, stricter limits. For the first limit, the
fastest and cheapest reductions are usually operational, because most buildings waste 15%
to 30% of their HVAC energy through problems nobody has noticed:

- Equipment running when the building is empty, because schedules were overridden and
  never put back.
- Simultaneous heating and cooling: reheat coils fighting cold supply air.
- Economizers that never bring in free cooling because a damper or sensor has failed.
- Chillers and boilers staged on when one would carry the load.

Fixing these costs little and shows up in the next year's energy use, which is the number
the standard measures.

## Why waiting costs more than it seems

The most common plan we hear is "we will deal with it when the first limit is closer".
There are three problems with that plan:

- The first compliance year is measured on energy use a year earlier. For a 2027 filing,
  the meter that counts is already running in 2026.
- Operational savings take a season to prove. Owners who start in spring have a full
  cooling season of verified results before the measured year ends; owners who start in
  the autumn do not.
- Capital projects that are needed for the later limits have lead times of 12 to 24 months
  for equipment and permits. A plan made late is a plan executed in a hurry and at a
  premium.

Every month of delay is a month of energy use that counts against the building and
cannot be taken back.

## A practical plan for 2026

1. Benchmark every covered building against its first limit and rank them by gap.
2. For buildings within 20% of the limit, start with operations: continuous fault detection,
   schedule clean-up, demand management.
3. For buildings far over, use the operational work to size the capital projects
   correctly, so that a smaller chiller or heat pump is bought for a building that no
   longer wastes.
4. Automate the filing, so that every number the city sees is the number you have checked.

## How Ambrel helps

Ambrel Report tracks each building against its standard and prepares the yearly filing.
Ambrel Tune finds and ranks the operational problems by cost. Ambrel Insight shows the
portfolio's progress month by month, weather-normalized, so the owner knows where each
building stands before the city does.

ambrel.example.com/bps
""",
)

_add(
    path="Sales/Security/Ambrel_Security_Overview_2026.pdf",
    modified="2026-02-02",
    title="Ambrel Security & Network Architecture Overview",
    author="Ambrel Security Team",
    body="""
# Security datasheet: Ambrel Edge and the Ambrel cloud

For IT, information security and OT network teams reviewing Ambrel.

## The short version

- The Ambrel Edge gateway makes outbound connections only, over TLS 1.3 on port 443.
  No inbound ports are opened, and no VPN into your building network is needed.
- Ambrel reads from your building controls by default. Writing a setpoint or schedule is
  switched off until you turn it on, per building, and every write is logged with the
  name of the person who approved it.
- Ambrel stores building telemetry, not personal data. We do not collect badge, camera or
  occupant information.
- SOC 2 Type II report (annual, latest period ending September 2025) available under NDA.

## How the gateway sits on your network

The Edge gateway is a fanless appliance (or a virtual machine for larger sites) placed on
the building automation network, ideally on its own VLAN. It speaks BACnet/IP, BACnet
MS/TP through an existing router, and Modbus TCP to read the points your controllers
already publish. It sends that data, compressed and encrypted, to the Ambrel cloud.

| Item | Detail |
| Direction | Outbound only, initiated by the gateway |
| Destination | edge.ambrel.example.com, port 443, TLS 1.3 |
| Authentication | Device certificate issued at enrollment, rotated every 90 days |
| Local protocols | BACnet/IP, BACnet MS/TP (via router), Modbus TCP |
| Updates | Signed images, applied in a maintenance window you set |
| Local storage | 14 days of buffered data, encrypted at rest |

If the internet connection drops, the gateway buffers data and sends it when the
connection returns. Your building controls keep running exactly as before: Ambrel is not
in the control loop.

## In the cloud

- Hosted in AWS, US regions (us-east-2 primary, us-west-2 recovery). No data leaves the
  United States.
- Data encrypted at rest (AES-256) and in transit (TLS 1.2 or higher).
- Each customer's data is logically separated and tagged by tenant at every layer.
- Single sign-on with SAML 2.0 or OpenID Connect; SCIM provisioning; role-based access per
  building.
- Full audit log of sign-ins, exports, setting changes and control writes, exportable to
  your SIEM.

## How we test and respond

- Independent penetration test of the platform and the gateway every year; summary letter
  available under NDA.
- Vulnerability scanning weekly; critical issues fixed within 7 days.
- Security incidents affecting customer data reported to you within 48 hours.
- Employees with production access use hardware keys and are reviewed quarterly.

## Documents we can share

SOC 2 Type II report, penetration test summary, completed SIG Lite and HECVAT
questionnaires, network diagram, data processing addendum. Ask your Ambrel account
executive, or write to security@ambrel.example.com.
""",
)

_add(
    path="Marketing/One pagers/Ambrel Tune datasheet.pdf",
    modified="2025-06-20",
    title="Datasheet_template_INDD",
    author="Creative Services",
    body="""
# Ambrel Tune

Automated fault detection and diagnostics for HVAC, ranked by what each problem costs.

Ambrel Tune watches every air handler, terminal unit, chiller, boiler and rooftop unit
your building automation system can see, around the clock. It finds the problems that
waste energy or wear out equipment, estimates what each one costs per year, and tells your
engineers what to check first.

## What it finds

- Simultaneous heating and cooling
- Leaking or stuck valves and dampers
- Economizers not economizing
- Schedules overridden and never restored
- Sensors drifting or failed
- Short cycling, excessive staging, low delta-T on chilled water
- Terminal units starved of air or stuck in reheat

## How it works

1. The Ambrel Edge gateway reads equipment data from your existing controls every five
   minutes.
2. More than 640 diagnostic rules run against the data, tuned to each piece of equipment.
3. Each finding lists the evidence, the likely cause, the annual cost and the suggested fix.
4. When a finding is fixed, Tune confirms it from the data and reports the saving.

## Specifications

| Item | Detail |
| Equipment covered | AHU, RTU, VAV, FCU, chiller, boiler, cooling tower, pumps, heat pumps |
| Data interval | 5 minutes (1 minute on request) |
| Rule library | 640+ rules, updated monthly |
| Data sources | BACnet/IP, BACnet MS/TP, Modbus TCP, CSV trend exports |
| Cost estimates | From local utility rates and measured runtimes |
| Work orders | Push findings to common CMMS tools by email or API |
| Access | Web and mobile, SSO |

## Typical results

Customers close 60% to 80% of the open faults found in the first scan within a year and
cut HVAC energy 10% to 20%.

Ambrel Tune is part of Ambrel Complete, or can be bought on its own. Contact
sales@ambrel.example.com.
""",
)

_add(
    path="Sales/Pricing/Ambrel pricing and packaging 2026 (external).pdf",
    modified="2026-01-05",
    title="Ambrel Pricing & Packaging 2026",
    author="Revenue Operations",
    body="""
# Ambrel pricing and packaging, 2026

List prices in US dollars, valid for orders signed from January 1 to December 31, 2026.

## Products

| Product | What it does | Price per sq ft per year |
| Ambrel Insight | Meter and bill analytics, benchmarking, portfolio dashboards | $0.02 |
| Ambrel Tune | HVAC fault detection and diagnostics, ranked by cost | $0.05 |
| Ambrel Flex | Peak demand management and utility demand-response events | $0.03 |
| Ambrel Report | Building performance standard tracking and filings | $0.01 |
| Ambrel Complete | All four, plus a named remote engineer | $0.09 |

Minimum order: 100,000 square feet. Square footage is gross floor area of the buildings
connected.

## One-time items

| Item | Price |
| Ambrel Edge gateway, per building | $1,200 |
| Onboarding, per building (point mapping, rule tuning, training) | $4,500 |
| Onboarding for portfolios over 25 buildings | Quoted |

## Terms

- Standard term is three years, billed annually in advance.
- One-year terms are available at list plus 15%.
- Buildings can be added at any time at the same rate, pro-rated to the term.
- If you sell a building, you can remove it at the next annual billing date.

## Why we price by square foot

We are often asked why Ambrel is priced by floor area and not by the number of devices or
data points. The reason is that points are a poor measure of value: an old building with a
few hundred points can waste more than a new one with ten thousand. Pricing by area keeps
your cost tied to the buildings you run, and it never goes up because your engineers
connected more equipment.

It also makes the comparison simple. Most buildings spend $2.00 to $3.50 per square foot
per year on energy. Ambrel Complete at $0.09 is about 3% of that, and our customers' median
saving is $0.38 per square foot per year, about four times the subscription. A single
avoided emergency repair on a chiller typically costs more than a year of Ambrel on a
200,000 square foot building.

## Public sector and cooperative purchasing

State and local government, school districts and universities can buy Ambrel through
cooperative purchasing contracts. Ask us which contracts are available in your state.

Questions: sales@ambrel.example.com | 612-555-0140
""",
)

_add(
    path="Marketing/Customer stories/coreway-cold-storage.pdf",
    modified="2025-07-29",
    title="",
    author="",
    body="""
# Customer story

Coreway Cold Storage operates six temperature-controlled warehouses in Minnesota,
Wisconsin and Iowa, 2.4 million square feet in all, storing frozen and chilled food for
grocers and food manufacturers. Refrigeration is its largest operating cost after labor,
and demand charges are a large share of that: on a summer bill, the charge for the
single highest 15 minutes of the month can be 40% of the total.

## The question from the CFO

When Coreway's energy manager, Luis Ferreira, first brought Ambrel Flex to the
leadership team, CFO Janet Holm had one condition: it had to pay back inside 18 months,
measured on actual bills, not on a model. "We had been shown plenty of savings
projections," she says. "I wanted to see it in the utility invoices."

The Ambrel team proposed a way to test that before Coreway committed the whole company.
Flex would run for one summer at the Eagan warehouse, the site with the worst demand
charges, and the savings would be measured against the same months of the previous two
years, adjusted for weather and throughput.

## How Flex works in a freezer

A frozen-food warehouse is a thermal battery. Product held at -10 F can drift a few degrees
without any risk to quality, and a building full of product changes temperature slowly.
Flex uses that:

- Before the utility's peak window, it pre-cools the freezers two to three degrees below
  setpoint, while power is cheaper and demand is lower.
- During the peak window, it staggers compressor stages and defrost cycles, so that the
  compressors never all run at once.
- It watches product and room temperatures every minute and hands control back to the
  plant's refrigeration controls the moment any zone reaches its limit.
- It also enrolls the site in the utility's demand-response program and responds to
  event calls automatically.

## Results at Eagan

| Measure | Summer before | Summer with Flex |
| Monthly peak demand | 4.1 MW | 3.2 MW |
| Demand charges, June to September | $412,000 | $289,000 |
| Demand-response payments | $0 | $38,000 |
| Product temperature excursions | 0 | 0 |

The Eagan pilot cost $61,000 for the year including the gateway and onboarding. It saved
$161,000 in its first summer: a payback of a little over seven months on the bills,
against the 18 months Holm had asked for.

> "The numbers came from our own invoices. After that, the decision on the other five
> sites took one meeting." - Janet Holm, CFO, Coreway Cold Storage

## Across the company

Coreway rolled Flex out to the other five warehouses the following spring and added
Ambrel Tune for the refrigeration plant and the office areas. The company now expects to
avoid about $640,000 a year in demand charges and to earn about $150,000 a year in
demand-response payments.

Ambrel | ambrel.example.com
""",
)
# =======================================================================================
# DOCX
# =======================================================================================

_add(
    path="Marketing/Customer stories/CS_Halvorsen_FINAL_v2.docx",
    modified="2025-10-21",
    title="Case Study Template",
    author="Dana Whitcomb",
    body="""
# Halvorsen Property Trust: out of a 15-year energy contract and 22% below its first building standard limit

Halvorsen Property Trust owns and manages 31 office buildings in Minneapolis, Chicago and
Denver, 6.8 million square feet of Class A and B space. In 2024 two of its cities
adopted building performance standards, and Halvorsen's sustainability team found that
nine of its buildings would be over their first limit.

## Nine years into a fifteen-year deal

Twelve of those buildings were already under an energy performance contract with
Helioform, signed in 2015. Helioform had replaced lighting and two chillers, and in return
Halvorsen paid a share of the guaranteed savings every year for fifteen years. On paper
the deal worked. In practice, says Vice President of Asset Management Greg Sandoval,
"every year we argued about the baseline. The savings were measured by the same company
that was paid from them, and the measurement model was theirs."

The contract gave Helioform the right to the controls sequences in the upgraded
buildings, so Halvorsen's engineers could not change a schedule without a change order.
And the guaranteed savings were set in 2015, well above what the new standards would
require by 2030.

## Negotiating the exit

Halvorsen's legal and asset teams went through the contract with Ambrel's help and found
a buyout clause: after year eight, the owner could end the contract by paying the
remaining value of the installed equipment, on a published schedule, and nothing for the
"future savings". The buyout for all twelve buildings came to $1.9 million, less than
Halvorsen was due to pay Helioform over the next two years alone.

Ambrel's own agreement was written for a portfolio that changes:

- A three-year term, with the price per square foot fixed for the term.
- Buildings can be removed at each anniversary if they are sold, and added at any time
  at the same rate.
- The savings are measured in Halvorsen's own Ambrel account, on Halvorsen's meters, with a
  method both sides agreed in writing before the start.
- Halvorsen owns its data and its control sequences. If it leaves, it takes both.

## Moving twelve buildings in ten weeks

The worry with any switch was the tenants: twelve occupied office buildings, several with
tenants on 24-hour floors. The equipment Helioform had installed stayed where it was; only
the supervision changed hands.

1. Weeks 1 to 2: Ambrel Edge gateways installed, reading the existing controls.
2. Weeks 3 to 6: point mapping, and a side-by-side period with the old reports running, so
   that the baseline carried over and nobody lost a year of history.
3. Week 7: Halvorsen's engineers took back the control sequences; Ambrel's remote
   engineers reviewed every schedule with them.
4. Weeks 8 to 10: Ambrel Tune findings worked in cost order.

Tenant comfort complaints did not rise during the transition, and fell by a third in the
six months after it.

## Results after the first year

| Measure | Result |
| Site energy, 12 former contract buildings | 17% lower, weather-normalized |
| Buildings over their first standard limit | 9 before, 1 after |
| Projected annual fines avoided by 2027 | $1.3 million |
| Annual contract payments no longer due | $820,000 |

The one building still over its limit needs a heat pump retrofit, which Halvorsen has now
sized using a year of Ambrel data: a smaller system than the original estimate, saving
$700,000 in capital.

> "We used to pay for savings we could not check. Now we see every building, every month,
> in our own account." - Greg Sandoval, VP Asset Management, Halvorsen Property Trust

CFO Amanda Price said the buyout and the new agreement were approved at the first board
meeting they were presented at.

Ambrel | ambrel.example.com
""",
)

_add(
    path="Sales/Battlecards/Battlecard - Ambrel vs Corrix.docx",
    modified="2025-12-08",
    title="Battlecard: Ambrel vs. Corrix",
    author="Marcus Lee",
    body="""
# Battlecard: Ambrel vs. Corrix

Internal use only. For account executives and sales engineers.

## The situation

Corrix is the building automation system in roughly a third of the buildings we sell to.
It is a controls manufacturer with a large branch and dealer network, and it usually has
a service agreement in place: quarterly maintenance visits, software updates and an
emergency response commitment. In the last two years Corrix has been selling an
analytics add-on called Corrix Connect to its installed base.

We are not trying to replace Corrix controllers. Our position is that Corrix runs the
building and Ambrel tells the team what the building is doing wrong. Say this early,
before the facilities director decides we are a threat to a relationship they rely on.

## Objection: "We already have Corrix. Connect does analytics."

Corrix Connect is real, so do not dismiss it. Ask what it has found. The honest answers
we hear are:

- Connect shows alarms and trends from Corrix controllers. It has a small rule set, about
  40 rules, mostly around alarms the BAS already raises.
- It does not put a cost on a finding, so it cannot rank the work.
- It only sees Corrix equipment. In a portfolio with other brands, or with older
  buildings on another system, Connect sees part of the picture.
- Findings go to the Corrix branch, which sends a technician on the service agreement. The
  analytics are, in part, a way to sell service hours.

Our answer: keep Corrix for control, add Ambrel for diagnosis. Offer a free two-week
building scan on one Corrix building and put the two finding lists side by side.

## Objection: "Will Ambrel work with our Corrix system?"

Yes, and without Corrix's help. The Ambrel Edge gateway reads points from Corrix
supervisory controllers over BACnet/IP, which every Corrix system sold since 2006 exposes.
Older Corrix N2-era field buses are read through the supervisory controller. We have
mapped more than 900 Corrix buildings; the point templates for common Corrix air handler
and VAV programs are already in our library, so mapping a Corrix building usually takes
days, not weeks.

We do not need Corrix to open ports or install software, and nothing changes on their
side. If the customer wants Ambrel to write setpoints back, that is a BACnet write to the
same points, which the customer can allow or block per point.

## Objection: "Our Corrix service agreement covers this"

The service agreement pays for visits. It does not pay for finding what to do on them. Look
at the agreement with the customer:

- Most Corrix agreements are five-year terms that renew automatically unless cancelled 90
  to 180 days before the end. Find the date early. A prospect who misses it is locked in
  for another five years.
- At renewal, the customer does not have to cancel. The best play is to reduce the scope:
  keep emergency response and software updates, drop the quarterly "inspection" visits
  that Ambrel's continuous monitoring replaces. That typically takes 25% to 40% off the
  annual fee, which pays for much of Ambrel.
- Use the 5-year cost comparison spreadsheet (Sales/ROI) to show the numbers.

## Proof points

- St. Brennan Medical Center: Corrix system since 2009, kept in place; 19% less HVAC
  electricity in year one.
- Halvorsen Property Trust: mixed Corrix and other systems across 31 buildings, one view.

## Do not

- Do not tell the customer their Corrix system is bad. Their engineers chose it and know
  it.
- Do not promise write-back on day one. Read-only first builds trust with the controls team.
""",
)

_add(
    path="Sales/Proposals/Proposal - County of Marlow - energy analytics (draft 3).docx",
    modified="2025-11-17",
    title="Proposal template v5",
    author="Kelsey Brandt",
    body="""
# Proposal: Energy analytics and fault detection for the County of Marlow

Prepared for: Facilities Management Division and Purchasing Department, County of Marlow
Prepared by: Kelsey Brandt, Account Executive, Ambrel, Inc.
Date: November 17, 2025. DRAFT 3 - pricing pending deal desk review.

## 1. Summary

The County of Marlow asked for a proposal to monitor and reduce energy use in eleven
county buildings, about 610,000 square feet, and to prepare for the state benchmarking
requirement that applies to public buildings from 2027. Ambrel proposes Ambrel Complete
(Insight, Tune, Flex and Report) for all eleven buildings, with a named remote engineer
assigned to the county.

## 2. Buildings in scope

| Building | Area (sq ft) | Controls |
| Marlow County Courthouse | 148,000 | Corrix, 2011 |
| Adult Detention Center | 162,000 | Corrix, 2016 |
| Government Services Center | 96,000 | Mixed, 1998 and 2014 |
| Public Works Garage | 54,000 | Local thermostats, RTUs |
| Main Library and two branches | 71,000 | Mixed |
| Sheriff's Office and Emergency Operations | 43,000 | Corrix, 2019 |
| Fire Stations 2 and 5 | 36,000 | Local thermostats |

## 3. Scope of work

- Supply and install an Ambrel Edge gateway in each building.
- Map the existing control points and configure Ambrel Tune's diagnostic rules.
- Connect utility accounts for electricity, gas and water.
- Configure Ambrel Report for the state benchmarking filing.
- Enroll eligible buildings in the utility's demand-response program through Ambrel Flex.
- Train facilities staff; monthly review meetings with the named remote engineer.

## 4. Schedule

| Phase | Weeks | Buildings |
| Gateways and utility data | 1 to 3 | All |
| Point mapping and first findings | 3 to 8 | Courthouse, Detention Center, Government Services Center |
| Remaining buildings | 8 to 12 | Library, garage, fire stations, Sheriff's Office |
| Demand response enrollment | Before June 1, 2026 | Eligible buildings |

## 5. Pricing

| Item | Quantity | Unit price | Annual / one-time |
| Ambrel Complete (per sq ft per year) | 610,000 | $0.081 | $49,410 per year |
| Ambrel Edge gateway | 11 | $1,200 | $13,200 one-time |
| Onboarding, per building | 11 | $4,050 | $44,550 one-time |

Prices reflect the cooperative contract discount of 10%.

## 6. Contract terms for a public agency

The county's purchasing department raised three concerns in our November 4 meeting. Our
answers:

- Procurement vehicle. The county does not need to run its own bid. Ambrel is an
  awarded vendor on the Midwest Public Buyers Alliance cooperative contract MPB-2291
  (building energy management software and services), which was competitively bid and
  which Marlow County is already a member of. The county can sign a participating
  agreement that refers to that contract.
- Multi-year commitment and appropriations. The three-year term includes a
  non-appropriation clause: if the County Board does not appropriate funds for a following
  fiscal year, the county may end the agreement at the end of the funded year without
  penalty. Annual invoices are timed to the county's July 1 fiscal year.
- Termination and data. The county may terminate for convenience on 90 days' notice after
  the first year. On termination, the county receives a full export of its data in open
  formats, and the gateways remain county property.

## 7. Expected results

Based on a desk review of the county's utility bills, we expect the county to avoid
$110,000 to $160,000 a year in energy cost, and to bring the Courthouse and Detention
Center under the first state benchmark limit.

## 8. Next steps

Purchasing to confirm the participating agreement route; Facilities to confirm the
building list; Ambrel to finalize pricing after deal desk review.
""",
)

_add(
    path="Customer Success/Onboarding/Onboarding guide - building engineers.docx",
    modified="2025-08-14",
    title="",
    author="Customer Success",
    body="""
# Getting started with Ambrel: a guide for building engineers

This guide is for the engineers and technicians who will use Ambrel every day. It takes
about fifteen minutes to read. Your Ambrel remote engineer will go through it with you in
the first training session.

## Your first two weeks

1. Gateway installation. Your IT team and our installer place an Ambrel Edge gateway on
   the building automation network. You will be asked to confirm which supervisory
   controllers it should read.
2. Point list review. We send you the list of points we mapped, grouped by equipment. Check
   the names and tell us about anything that looks wrong (a sensor you know is broken, an
   air handler that was removed).
3. First data. Within a few days of mapping, equipment trends appear in Ambrel Insight.
4. Sign in. Use your company single sign-on. If you cannot see your building, ask your
   site administrator to add you.

## Reading a Tune finding

Every finding in Ambrel Tune has the same parts:

- What: the problem, in plain words ("Heating valve leaking on AHU-3").
- Evidence: the trends that show it, with the time range.
- Cost: the estimated cost per year if it is not fixed, from your utility rates.
- Likely cause and suggested check: where to look first.
- Priority: findings are sorted by cost by default; comfort and equipment-risk findings
  are flagged separately.

## Closing a finding

When you fix something, mark the finding "fixed" and add a note. Tune keeps watching: if
the data confirms the fix within seven days, the finding moves to "verified" and its
saving is counted. If the problem comes back, the finding reopens automatically.

If a finding is wrong, mark it "not a fault" and tell us why. Your remote engineer will
adjust the rule for that equipment, so it does not come back.

## The weekly review

Most sites hold a 30-minute weekly review with their Ambrel remote engineer for the first
three months, then every two weeks. Bring the top ten open findings, the ones you fixed,
and anything you disagree with.

## Work orders

Findings can be sent to your maintenance system as work orders by email or through the
integration your site administrator has set up. The work order keeps a link back to the
finding.

## Who to call

- Remote engineering center: 612-555-0188, 6 a.m. to 10 p.m. Central, Monday to Friday,
  on call at weekends.
- Support email: support@ambrel.example.com
- Your site administrator: see Settings > Contacts.
""",
)

_add(
    path="Marketing/Whitepapers/Fault detection and diagnostics explained.docx",
    modified="2025-04-09",
    title="Fault Detection and Diagnostics, Explained",
    author="Priya Raman",
    subject="Whitepaper",
    keywords="FDD, HVAC, analytics, retro-commissioning",
    body="""
# Fault Detection and Diagnostics, Explained

What FDD is, what it finds, and how to tell a useful system from a noisy one.

## Buildings drift

A commercial building is commissioned once, when it opens, and then it starts to drift.
Sensors lose calibration. A technician overrides a schedule for a weekend event and
nobody puts it back. A valve actuator fails half open. None of these problems is loud: the
building stays comfortable enough, because the HVAC system works harder to make up for
the fault. The cost shows up in the energy bill and in equipment wearing out early.

Studies of existing buildings consistently find that 15% to 30% of HVAC energy is lost to
faults like these. Retro-commissioning finds them, but it is a snapshot: within two
years, most of the savings from a one-time study have drifted away again.

## What fault detection and diagnostics does

Fault detection and diagnostics (FDD) is software that does continuously what a
commissioning engineer does once. It reads the data the building automation system
already has - temperatures, pressures, valve and damper positions, fan and pump speeds,
schedules - and tests it against rules that describe how each piece of equipment should
behave.

- Detection answers "is something wrong?": the mixed-air temperature does not move when
  the outside-air damper opens, for example.
- Diagnosis answers "what is the likely cause?": the damper actuator has failed, or the
  mixed-air sensor is reading wrong.

## The faults that matter most

- Simultaneous heating and cooling, where reheat and cooling coils fight each other.
- Economizer faults: free cooling is available, but the outside-air damper stays at
  minimum.
- Leaking valves that heat or cool air all year.
- Overridden schedules and equipment running in empty buildings.
- Poor chilled-water delta-T, which makes chillers and pumps run more than they need to.
- Sensors that drift, which make every control decision based on them wrong.

## Why alarms are not FDD

Every building automation system has alarms, and most facilities teams are buried in
them. Alarms test one point against a limit: is the space too hot? They cannot see a fault
that the system is compensating for, which is most of the expensive ones. And because
they have no sense of cost, a failed $40 sensor and a $90,000-a-year stuck valve look the
same on the alarm screen.

## What to ask of an FDD system

1. Does it rank findings by cost? A list of 500 faults without a cost is another alarm
   screen.
2. Does it confirm fixes from the data? Without that, nobody knows what was saved.
3. Does it work with the controls you have, from any manufacturer?
4. Who tunes the rules? Out-of-the-box rules on real buildings produce false positives;
   someone has to adjust them to each site.
5. Does someone look at the results with your team? Software alone rarely changes how a
   facilities team works; a regular review does.

## Getting started

The usual first step is a short read-only scan of one or two buildings. It shows what the
building data can reveal, and gives the team a sense of the volume and value of findings
before any commitment.

Ambrel Tune is Ambrel's FDD product. Learn more at ambrel.example.com/tune.
""",
)

_add(
    path="Sales/Talk tracks/CFO conversation guide.docx",
    modified="2025-10-02",
    title="Microsoft Word - CFO_talk_track_v2.docx",
    author="Sales Enablement",
    body="""
# Talk track: getting the deal in front of the CFO

Most of our deals start with a facilities director or energy manager who wants Ambrel.
Most of the ones we lose are lost a level above them, when the request reaches the CFO,
the controller or a budget committee and nobody from our side is in the room. This guide
is how to prevent that.

## 1. "I need to take this to my boss"

Our champion usually cannot sign. Treat that as the start of the next conversation, not the
end of this one.

- Ask early, in discovery: "Who signs for a three-year software agreement of this size?
  What did the last one like it go through?"
- Offer to help the champion present: "Would it help if we built the case with you? Most
  directors we work with would rather not carry our numbers into that meeting alone."
- Ask for 20 minutes with the CFO or controller, with the champion present. Position it as
  answering their questions, not a sales pitch.
- If the CFO will not meet, write the one-page summary for the champion: cost, saving,
  payback, risk, in that order. Never send the product deck upward.

## 2. What the CFO wants to hear

CFOs do not buy energy analytics. They buy a number they believe. Keep to four points:

- The cost, all-in, for three years, including gateways and onboarding.
- The saving, from their own bills. Use the free two-week building scan to get real
  findings with a dollar value on each, and add them up. Do not lead with our averages.
- The payback. Most Ambrel customers pay back in 6 to 14 months. Quote the range; let the
  scan decide where they fall in it.
- What they can check. Every saving Ambrel counts is verified from their meters, and the
  controller can see it in the account at any time.

If the CFO doubts the savings, offer the Coreway approach: start with one site, agree the
measurement method in writing, and let the invoices decide. Coreway's CFO asked for 18
months and got seven.

## 3. "Not this year. Let's look at it in the next budget cycle."

This is the most common way a deal dies, and it usually means "this is capital and the
capital plan is closed". Three answers:

- It is operating cost, not capital. Ambrel is a subscription; it can come out of the
  utility budget it reduces. Several customers fund it from the energy line.
- Waiting has a cost you can name. Use the scan: "These findings cost you $31,000 a month.
  Waiting until July costs $186,000."
- Start smaller now. A three-building pilot this quarter, priced to fit an
  operating-expense limit that does not need a committee, with the rest of the portfolio
  priced in the same agreement.

## 4. Questions to expect from the controller

- How is it billed? Annually in advance; we can align to their fiscal year.
- Can we capitalize the onboarding? Usually not; treat it as operating cost.
- What happens if we sell a building? It comes off at the next anniversary.

## 5. After the meeting

Send the summary the same day, copy the champion, and put a date on the next step.
""",
)

_add(
    path="misc/Document (4).docx",
    modified="2025-05-27",
    title="",
    author="",
    body="""
# Ambrel Flex - frequently asked questions

Ambrel Flex lowers peak electricity demand and takes part in utility demand-response
programs on your behalf, using the HVAC equipment and controls you already have. These are
the questions facilities and energy teams ask us most.

## What does Flex actually do?

Two things. First, it keeps each building's monthly peak lower, which reduces the demand
charge on the electricity bill. Second, when your utility or grid operator calls a
demand-response event, Flex reduces load for the event hours and the program pays you for
it.

## How does it lower the peak?

By shifting and spreading load: pre-cooling spaces before the utility's peak window,
limiting how many chillers or compressor stages start at once, resetting supply-air and
chilled-water temperatures slightly during the peak, and staggering large fans. Each
building gets a plan based on its equipment and its utility tariff.

## Will occupants notice?

They should not. Every zone has comfort limits (for example, no more than two degrees
above the normal cooling setpoint), and Flex never goes outside them. If a zone reaches
its limit, Flex releases that zone immediately.

## Do we need new controls or a new building automation system?

No. Flex sends its instructions through the Ambrel Edge gateway to the controls you have,
as ordinary BACnet writes to setpoints and limits your engineers approve in advance. It
works with any system that accepts BACnet writes, and with most rooftop-unit controllers
through Modbus. Your BAS stays in charge: if the gateway goes offline, the controls fall
back to their normal schedules by themselves, because every Flex command has an expiry
time. Your engineers choose which points Flex may touch, and can exclude any space.

## Can we keep some spaces out?

Yes. Labs, data rooms, operating rooms and any other space you name are excluded, and
Flex will not write to equipment that serves them.

## What if we need to skip an event?

You can opt a building out of any event from the Flex screen, up to the start of the
event. Most programs allow a number of opt-outs each season without losing payments.

## How much can we expect?

It depends on the tariff and the building. Buildings with large cooling loads and high
demand charges typically see 10% to 25% lower peaks, and demand-response payments of $20
to $60 per kilowatt enrolled per year.

## Which utilities do you work with?

Flex supports the demand-response programs of most large US utilities and the major grid
operators. Your account team can check your tariffs before you buy.
""",
)

_add(
    path="Marketing/Customer stories/Lakemont USD customer story.docx",
    modified="2025-08-25",
    title="Lakemont Unified School District customer story",
    author="Dana Whitcomb",
    body="""
# Lakemont Unified School District pays for Ambrel from the energy it no longer buys

Lakemont Unified School District serves 14,500 students in 22 schools north of the Twin
Cities. Its buildings range from a 1958 elementary school to a high school that opened in
2021, 3.1 million square feet in all, run by a facilities team of 26.

## Seeing the problem, but not the cause

For two years Lakemont used Wattly to track energy bills across its schools. "It showed
us which schools were using too much," says Director of Facilities Mark Jansen. "Then my
team had to go and find out why, building by building, with the time we had left after
everything else. Mostly we didn't."

The district's energy bill had grown to $3.4 million a year, and the school board had
asked for a plan to cut it that did not take money from classrooms.

## The budget question

The obstacle was cost. A three-year Ambrel Complete agreement for all 22 schools was
priced at about $279,000 a year, and the district's operating budget had no room for a new
line of that size. The board's first answer was no.

Ambrel and the district's assistant superintendent for business services, Carla Reyes,
worked out a different approach:

- Start with four schools, the ones with the highest energy use per square foot, for one
  semester, at a cost the superintendent could approve without a board vote.
- Measure the savings on the actual utility bills against the same months of the previous
  year, adjusted for weather and school days.
- Bring the whole district to the board only if the four schools saved more than the
  district-wide subscription would cost.
- Fund the subscription from the energy budget, so no dollar came out of instruction.

The four schools saved $134,000 in one semester. Extended to the district, the projected
saving was more than $600,000 a year, over twice the cost of the subscription. The board
approved the full agreement in a unanimous vote. Lakemont also qualified for a state
energy-efficiency grant that covered the gateways and onboarding.

## What the team found

- Air handlers in nine schools running through the night and on weekends, because schedules
  had been overridden for events and never restored.
- Boilers at the 1958 building firing in September against open windows.
- A gymnasium rooftop unit with a failed economizer, cooling with compressors on mild days.
- 284 faults in the first scan; 231 fixed in the first year.

## Results after the first full year

| Measure | Result |
| District energy cost | Down $642,000 (19%) |
| Ambrel subscription | $279,000 |
| Net saving to the district | $363,000 |
| Classroom comfort work orders | Down 41% |

> "The board asked me where the money was coming from. I could point at the utility bill
> and show them." - Carla Reyes, Assistant Superintendent for Business Services

The switch from the old dashboards took three weeks; the bill history came across, so
the district's baseline was not lost.

Ambrel | ambrel.example.com
""",
)
# =======================================================================================
# PPTX
# =======================================================================================

_add(
    path="Sales/Decks/Ambrel corporate overview 2026.pptx",
    modified="2026-01-20",
    title="PowerPoint Presentation",
    author="Product Marketing",
    slides=[
        ("Ambrel", "Run your buildings on less energy, with the controls you already have\n"
         "Company overview, 2026", ""),
        ("Buildings waste a quarter of their energy", """
- Commercial buildings spend $2.00 to $3.50 per sq ft per year on energy
- 15% to 30% of HVAC energy is lost to faults nobody has noticed
- Facilities teams are smaller every year, and buried in alarms
- Building performance standards now put a price on waste
""", "Open with the waste number, then ask how they find problems today."),
        ("What Ambrel does", """
- Connects to the building automation system you already have
- Finds what is wasting energy, and puts a dollar value on it
- Lowers peak demand and earns demand-response payments
- Tracks every building against its energy standard
- A named remote engineer works the list with your team
""", ""),
        ("The Ambrel platform", """
- Ambrel Insight: meters, bills, benchmarking, portfolio view
- Ambrel Tune: HVAC fault detection and diagnostics, ranked by cost
- Ambrel Flex: peak demand management and demand response
- Ambrel Report: building performance standard tracking and filings
- Ambrel Edge: the gateway that reads your existing controls
""", ""),
        ("How it works", """
- Week 1: an Edge gateway goes on the building network
- Weeks 2 to 4: we map the points your controls already have
- Week 4 onward: ranked findings, every week
- Every fix verified from the data, every saving counted
""", "Keep this slide short. Sales engineers cover the detail in the technical deep dive."),
        ("Who we work with", """
- Hospitals and health systems
- School districts and universities
- Office owners and property managers
- Cold storage and distribution warehouses
- Grocery and retail chains
- Manufacturing plants
- State and local government
""", "Pick the two logos closest to the prospect. Do not read the list."),
        ("Results our customers report", """
- 340 million sq ft connected, in 1,900 buildings
- Median saving $0.38 per sq ft per year
- Payback typically 6 to 14 months
- 19% less HVAC energy at St. Brennan Medical Center
- $642,000 a year saved at Lakemont Unified School District
""", ""),
        ("Why Ambrel", """
- Works with any major building automation system
- Findings in dollars, not alarms
- Savings measured on your meters
- People, not just software
""", ""),
        ("Next step: a two-week building scan", """
- Read-only, one or two buildings, no cost
- You get a ranked list of findings with dollar values
- We review it with your team
""", "Ask for the scan before the end of the meeting."),
    ],
)

_add(
    path="Customer Success/Kickoff/2026-01 kickoff.pptx",
    modified="2026-01-14",
    title="",
    author="Jordan Okafor",
    slides=[
        ("Ridgeline Plastics + Ambrel", "Project kickoff\nJanuary 14, 2026 - Plymouth plant", ""),
        ("Today's agenda", """
- Who is who
- Goals and what success looks like
- The 12-week plan
- What we need from Ridgeline
- How we will work together
""", ""),
        ("Who is who", """
- Ridgeline: Dave Kurtz (plant manager), Angela Voss (plant engineering), Sam Ortiz (IT), Rita Moy (EHS)
- Ambrel: Jordan Okafor (customer success manager), Wen Li (remote engineer), Pete Harlan (installer)
""", ""),
        ("Goals we agreed", """
- Cut HVAC and make-up air energy at the Plymouth plant by 12% in year one
- Lower the summer demand peak by 1 MW
- Keep molding-hall temperature and humidity inside process limits, always
- One weekly list of fixes the plant team trusts
""", "Goals come from the signed order form. Confirm them again in the room."),
        ("The 12-week plan", """
- Weeks 1 to 2: Edge gateway installed, network approved by IT
- Weeks 3 to 5: point mapping for 14 air handlers, 6 make-up air units, chillers
- Week 6: first Tune findings, first weekly review
- Weeks 6 to 8: read-only; no writes to any controller
- Week 9: Flex plan for the summer peak, agreed with plant engineering
- Week 12: first results review with the plant manager
""", ""),
        ("What we need from Ridgeline", """
- IT: a port on the controls VLAN, outbound 443 to edge.ambrel.example.com
- Plant engineering: BACnet point list export, equipment schedules
- Utility: 24 months of electricity and gas bills, account numbers
- A weekly 30-minute slot for the review
""", "Sam has already seen the security datasheet. Gateway install is booked for Jan 20."),
        ("How we will work together", """
- Weekly review, Thursdays 10:00, Angela + Wen
- Monthly steering, Dave + Jordan
- Findings and fixes tracked in Ambrel; work orders to the plant's maintenance system
- Remote engineering center: 612-555-0188
""", ""),
        ("Success at week 12", """
- All equipment mapped and reporting
- Top 20 findings reviewed; at least 10 fixed and verified
- Flex ready for June 1
- Plant team using Ambrel without us in the room
""", ""),
    ],
)

_add(
    path="Sales/Decks/Healthcare pitch - hospitals & clinics.pptx",
    modified="2025-10-28",
    title="Ambrel for Hospitals and Health Systems",
    author="Product Marketing",
    slides=[
        ("Ambrel for Hospitals and Health Systems", "Less energy, fewer comfort calls, no risk to patient care", ""),
        ("Hospitals use more energy than any other building type", """
- About 2.5 times the energy per sq ft of an office building
- HVAC is 50% to 60% of it: 24/7 operation, high air-change rates, reheat
- Facilities teams are short-staffed and on call around the clock
- Survey readiness comes first, energy second
""", ""),
        ("Where the waste hides", """
- Reheat fighting cold supply air in patient wings
- Air-change rates held at surgery levels in empty ORs overnight
- Chillers and boilers staged on when one would carry the load
- Valves and dampers that failed years ago
""", ""),
        ("Rolling out without touching patient care", """
- Read-only for the first 60 days: Ambrel watches, nothing changes
- Office and clinic buildings first, inpatient areas last
- ORs, isolation rooms and pharmacy clean rooms are monitor-only by default
- Any change in a critical space needs infection prevention sign-off, recorded in the finding
- Full campus coverage in 8 to 12 weeks
""", "This is the slide that answers the facilities director's real worry. Slow down here."),
        ("What hospital IT will ask", """
- No inbound ports: the gateway connects outbound on 443 only
- Not in the control loop; the BAS keeps running if Ambrel is offline
- No patient data, no PHI: building telemetry only
- SOC 2 Type II, annual penetration test, HECVAT completed
- Gateway on its own VLAN; signed updates in your maintenance window
""", "Offer the security datasheet and a call with our security team. Hospital IT reviews take 4 to 8 weeks; start them in week one."),
        ("St. Brennan Medical Center", """
- 410 beds, 1.2 million sq ft, Corrix controls kept in place
- 19% less HVAC electricity in the first year
- Hot and cold calls down from 260 to 118 a month
- $1.14 million a year in energy cost avoided
""", ""),
        ("What it costs and what it returns", """
- Ambrel Complete: $0.09 per sq ft per year
- Typical hospital saving: $0.45 to $0.80 per sq ft per year
- Payback usually inside 12 months
""", ""),
        ("Next step", """
- A two-week read-only scan of one building on your campus
- Findings reviewed with your engineering team
""", ""),
    ],
)

_add(
    path="Customer Success/QBR/QBR - Lakemont USD - Q4.pptx",
    modified="2025-12-10",
    title="QBR template",
    author="Jordan Okafor",
    slides=[
        ("Lakemont Unified School District", "Quarterly business review - Q4 2025", ""),
        ("The quarter in numbers", """
- Energy cost down 21% against the same quarter two years ago, weather-normalized
- $171,000 avoided this quarter; $642,000 over the last 12 months
- 58 findings fixed and verified this quarter
- Classroom comfort work orders down 41% year over year
""", ""),
        ("What the team fixed", """
- Night and weekend schedules restored in 9 schools after fall events
- Heating valve leaks on 6 air handlers at Lakemont High
- Boiler staging at Northview Elementary
- Gym rooftop unit economizer repaired at Cedar Middle
""", ""),
        ("Still open", """
- 53 open findings, worth about $88,000 a year
- Top 3: chiller plant sequencing at the high school, VAV reheat at Pine Ridge, exhaust fans running 24/7 at the district office
""", "Ask Mark which of the top 3 his team can take on before break."),
        ("Opportunities for 2026", """
- Add Ambrel Flex for summer demand charges: estimated $95,000 a year across the 6 largest schools
- Utility summer demand-response program: enrollment closes April 15
- Connect the 4 schools opening or reopening after renovation in 2026
- Ambrel Report for the state benchmarking filing due June 1
""", "Flex estimate is from the Q3 interval data. Carla will want it written up as a one-page summary for the budget discussion in February."),
        ("Renewal timeline", """
- Current term ends August 31, 2026
- Proposal for renewal with Flex and the 4 new schools: by March 1
- Board agenda: April
""", ""),
        ("Next steps", """
- Mark: schedule chiller sequencing fix with the contractor
- Jordan: Flex estimate and renewal proposal to Carla by February 1
- Wen: review Pine Ridge VAV findings on site in January
""", ""),
    ],
)

_add(
    path="Sales/Decks/Technical deep dive - BACnet, gateway and integrations.pptx",
    modified="2025-09-30",
    title="Technical deep dive: gateway, BACnet and integrations",
    author="Sales Engineering",
    slides=[
        ("Technical deep dive", "Ambrel Edge, BACnet and integrations\nFor IT, OT and controls teams", ""),
        ("Architecture in one picture", """
- Your controls: supervisory controllers, field controllers, meters
- Ambrel Edge: reads points locally, buffers, encrypts
- Outbound TLS 1.3 on port 443 to the Ambrel cloud
- Ambrel cloud: analytics, rules, Insight / Tune / Flex / Report
- Your tools: SSO, CMMS work orders, SIEM audit feed, data exports
""", "Draw this on the whiteboard if you can. Most IT objections disappear once they see the arrow only points one way."),
        ("What the gateway reads", """
- BACnet/IP: discovery, COV subscriptions where supported, polling otherwise
- BACnet MS/TP: through existing BACnet routers
- Modbus TCP: meters, VFDs, rooftop-unit controllers
- Trend exports: CSV upload for systems we cannot reach
- Supported front ends include Corrix, and any system that exposes BACnet
""", ""),
        ("Mixed portfolios", """
- One Ambrel account across buildings on different control brands
- Point names normalized to one equipment model
- Corrix program templates already in the library: mapping in days
- Legacy systems without BACnet: gateway on the meter side, trend exports for HVAC
""", "If they run Corrix, mention St. Brennan. Never criticize their controls vendor."),
        ("Writing back, safely", """
- Off by default, enabled per building and per point
- Every write has an expiry; controls fall back on their own
- Every write logged with the approving user
- Priority array respected: operator overrides always win
""", ""),
        ("Network and security", """
- No inbound ports, no VPN, no remote desktop
- Device certificate per gateway, rotated every 90 days
- Own VLAN recommended; no route to the corporate network needed
- Signed firmware, updates in your maintenance window
- SOC 2 Type II; annual third-party penetration test
""", "Hand over the security datasheet here. For hospitals and government, offer the completed HECVAT or SIG Lite."),
        ("Integrations", """
- SSO: SAML 2.0, OpenID Connect; SCIM user provisioning
- Work orders: CMMS integration by API or email
- Data out: REST API, scheduled CSV and Parquet exports
- Audit log to your SIEM (syslog or HTTPS)
- Utility data: bill feeds and interval data
""", ""),
        ("What we need from you", """
- One network port and an IP address per building
- Outbound 443 to edge.ambrel.example.com
- A BACnet point list export, or read access for discovery
- A named contact in IT and one in controls
""", ""),
    ],
)
# =======================================================================================
# XLSX
# =======================================================================================

_add(
    path="Sales/ROI/Ambrel ROI calculator v3.xlsx",
    modified="2025-11-24",
    title="Ambrel ROI calculator",
    author="Revenue Operations",
    widths={"A": 58, "B": 16, "C": 16, "D": 16, "E": 44},
    inputs={"Inputs": "B5:B13"},
    percent={"Inputs": ["B10", "B17", "B18", "B19", "B20", "B13"], "Results": ["B14"]},
    sheets=[
        ("Inputs", [
            ["Ambrel savings and payback calculator"],
            ["Enter the prospect's figures in the yellow cells. Everything else calculates."],
            [],
            ["Input", "Value", "", "", "Where to find it"],
            ["Number of buildings", 12, "", "", "Building list"],
            ["Conditioned floor area (sq ft)", 1450000, "", "", "Building list or benchmarking filing"],
            ["Annual electricity spend (USD)", 2100000, "", "", "Last 12 months of utility bills"],
            ["Annual gas or steam spend (USD)", 640000, "", "", "Last 12 months of utility bills"],
            ["Annual demand charges (USD)", 380000, "", "", "Demand line on the electricity bills"],
            ["Share of electricity used by HVAC", 0.45, "", "", "40% to 55% for most offices and schools"],
            ["Unplanned HVAC repair calls per year", 140, "", "", "Maintenance system or contractor invoices"],
            ["Average cost of a repair call (USD)", 950, "", "", "Contractor invoices"],
            ["Expected energy price increase per year", 0.03, "", "", "Utility rate filings"],
            [],
            ["Assumption", "Value", "", "", "Source"],
            ["Ambrel Complete price per sq ft per year (USD)", 0.09, "", "", "2026 price list"],
            ["HVAC electricity saved (fault fixes, schedules)", 0.14, "", "", "Median of 46 customer sites, 2024-2025"],
            ["Gas or steam saved", 0.09, "", "", "Median of 46 customer sites, 2024-2025"],
            ["Demand charges saved with Flex", 0.18, "", "", "Median of 19 Flex sites, 2025"],
            ["Repair calls avoided", 0.25, "", "", "Customer survey, 2025"],
            ["Gateway per building (USD)", 1200, "", "", "2026 price list"],
            ["Onboarding per building (USD)", 4500, "", "", "2026 price list"],
        ]),
        ("Results", [
            ["Results", "Year 1", "Year 2", "Year 3", "Notes"],
            ["HVAC electricity saving",
             "=Inputs!B7*Inputs!B10*Inputs!B17", "=B2*(1+Inputs!$B$13)", "=C2*(1+Inputs!$B$13)", ""],
            ["Gas or steam saving", "=Inputs!B8*Inputs!B18", "=B3*(1+Inputs!$B$13)", "=C3*(1+Inputs!$B$13)", ""],
            ["Demand charge saving", "=Inputs!B9*Inputs!B19", "=B4*(1+Inputs!$B$13)", "=C4*(1+Inputs!$B$13)", ""],
            ["Repair calls avoided", "=Inputs!B11*Inputs!B12*Inputs!B20", "=B5", "=C5", ""],
            ["Annual saving", "=SUM(B2:B5)", "=SUM(C2:C5)", "=SUM(D2:D5)", ""],
            ["Subscription", "=Inputs!B6*Inputs!B16", "=B7", "=C7", "Price fixed for the three-year term"],
            ["Gateways and onboarding", "=Inputs!B5*(Inputs!B21+Inputs!B22)", 0, 0, "One-time, year 1"],
            ["Net benefit", "=B6-B7-B8", "=C6-C7-C8", "=D6-D7-D8", ""],
            ["Cumulative net benefit", "=B9", "=B10+C9", "=C10+D9", ""],
            [],
            ["Summary", "Value"],
            ["Payback on year-1 outlay (months)", "=ROUND((B7+B8)/(B6/12),1)"],
            ["Three-year return on investment", "=SUM(B9:D9)/SUM(B7:D8)"],
            ["Saving per sq ft per year, year 1 (USD)", "=ROUND(B6/Inputs!B6,3)"],
        ]),
        ("Read me", [
            ["How to use this calculator"],
            ["1. Fill the yellow cells on Inputs with the prospect's own figures, from their bills where possible."],
            ["2. Leave the assumptions alone unless sales engineering has agreed a site-specific value."],
            ["3. Results shows savings, costs and payback for three years. Copy the Summary block into the proposal."],
            ["If the CFO questions the assumptions, offer the two-week building scan: it replaces the medians with real findings."],
            ["Version 3, November 2025. Owner: Revenue Operations."],
        ]),
    ],
)

_add(
    path="Sales/ROI/5-year cost comparison - Corrix renewal vs Ambrel.xlsx",
    modified="2025-12-08",
    title=None,
    author="Marcus Lee",
    widths={"A": 52, "B": 14, "C": 14, "D": 14, "E": 14, "F": 14, "G": 16},
    inputs={"Inputs": "B4:B14"},
    percent={"Inputs": ["B8", "B10", "B11", "B12"]},
    sheets=[
        ("Inputs", [
            ["Five-year cost comparison: renew the Corrix service agreement as is, or reduce its scope and add Ambrel"],
            ["Yellow cells are inputs. Use the figures from the customer's current Corrix agreement."],
            ["Input", "Value"],
            ["Current Corrix service agreement, per year (USD)", 186000],
            ["Corrix Connect analytics license, per year (USD)", 28000],
            ["Emergency and out-of-scope call-outs, per year (USD)", 64000],
            ["Annual energy spend (USD)", 2400000],
            ["Annual increase in Corrix agreement price", 0.04],
            ["Floor area (sq ft)", 1100000],
            ["Scope taken out of the agreement at renewal (inspection visits)", 0.35],
            ["Energy saved with Ambrel", 0.11],
            ["Call-outs avoided with Ambrel", 0.3],
            ["Ambrel price per sq ft per year (USD)", 0.09],
            ["Buildings", 8],
        ]),
        ("Renew as is", [
            ["Year", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Five years"],
            ["Corrix service agreement", "=Inputs!B4", "=B2*(1+Inputs!$B$8)", "=C2*(1+Inputs!$B$8)",
             "=D2*(1+Inputs!$B$8)", "=E2*(1+Inputs!$B$8)", "=SUM(B2:F2)"],
            ["Corrix Connect license", "=Inputs!B5", "=B3", "=C3", "=D3", "=E3", "=SUM(B3:F3)"],
            ["Call-outs", "=Inputs!B6", "=B4", "=C4", "=D4", "=E4", "=SUM(B4:F4)"],
            ["Energy", "=Inputs!B7", "=B5", "=C5", "=D5", "=E5", "=SUM(B5:F5)"],
            ["Cost per year", "=SUM(B2:B5)", "=SUM(C2:C5)", "=SUM(D2:D5)", "=SUM(E2:E5)", "=SUM(F2:F5)",
             "=SUM(B6:F6)"],
        ]),
        ("Reduce scope + Ambrel", [
            ["Year", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Five years"],
            ["Corrix service agreement, reduced scope", "=Inputs!B4*(1-Inputs!B10)",
             "=B2*(1+Inputs!$B$8)", "=C2*(1+Inputs!$B$8)", "=D2*(1+Inputs!$B$8)",
             "=E2*(1+Inputs!$B$8)", "=SUM(B2:F2)"],
            ["Corrix Connect license (dropped)", 0, 0, 0, 0, 0, "=SUM(B3:F3)"],
            ["Call-outs", "=Inputs!B6*(1-Inputs!B12)", "=B4", "=C4", "=D4", "=E4", "=SUM(B4:F4)"],
            ["Energy", "=Inputs!B7*(1-Inputs!B11)", "=B5", "=C5", "=D5", "=E5", "=SUM(B5:F5)"],
            ["Ambrel subscription", "=Inputs!B9*Inputs!B13", "=B6", "=C6", "=D6", "=E6", "=SUM(B6:F6)"],
            ["Gateways and onboarding", "=Inputs!B14*(1200+4500)", 0, 0, 0, 0, "=SUM(B7:F7)"],
            ["Cost per year", "=SUM(B2:B7)", "=SUM(C2:C7)", "=SUM(D2:D7)", "=SUM(E2:E7)", "=SUM(F2:F7)",
             "=SUM(B8:F8)"],
        ]),
        ("Summary", [
            ["Summary", "Five years (USD)"],
            ["Renew the Corrix agreement as is", "='Renew as is'!G6"],
            ["Reduce scope and add Ambrel", "='Reduce scope + Ambrel'!G8"],
            ["Difference over five years", "=B2-B3"],
            ["Difference per year, average", "=B4/5"],
            [],
            ["Use when the customer says renewing Corrix as it is will be cheaper than changing anything."],
            ["Check the renewal notice date in the Corrix agreement: most need 90 to 180 days' notice to change scope."],
        ]),
    ],
)

_add(
    path="Sales/Pricing/Price list 2026 - USD (internal).xlsx",
    modified="2026-01-05",
    title="Book1",
    author="Revenue Operations",
    widths={"A": 14, "B": 46, "C": 18, "D": 16, "E": 40},
    sheets=[
        ("Price list", [
            ["SKU", "Item", "List price (USD)", "Unit", "Notes"],
            ["AMB-INS", "Ambrel Insight", 0.02, "sq ft / year", "Meters, bills, benchmarking"],
            ["AMB-TUN", "Ambrel Tune", 0.05, "sq ft / year", "Fault detection and diagnostics"],
            ["AMB-FLX", "Ambrel Flex", 0.03, "sq ft / year", "Requires Insight"],
            ["AMB-REP", "Ambrel Report", 0.01, "sq ft / year", "Requires Insight"],
            ["AMB-CMP", "Ambrel Complete", 0.09, "sq ft / year", "All four plus named remote engineer"],
            ["AMB-EDG", "Ambrel Edge gateway", 1200, "per building", "Virtual gateway same price"],
            ["AMB-ONB", "Onboarding", 4500, "per building", "Portfolios over 25 buildings: quote"],
            ["AMB-SCN", "Building scan (2 weeks, read-only)", 0, "per building", "Max 2 buildings per prospect"],
            ["AMB-1YR", "One-year term uplift", 0.15, "of subscription", "Standard term is 3 years"],
            ["AMB-RTU", "RTU controller kit (Modbus)", 380, "per unit", "For sites without BAS"],
        ]),
        ("Discount bands", [
            ["Floor area (sq ft)", "Maximum discount, AE", "Maximum discount, RVP", "Above that", ""],
            ["100,000 to 499,999", 0.05, 0.1, "Deal desk", ""],
            ["500,000 to 1,999,999", 0.1, 0.15, "Deal desk", ""],
            ["2,000,000 to 4,999,999", 0.15, 0.2, "Deal desk", ""],
            ["5,000,000 and above", 0.2, 0.25, "CRO", ""],
            ["Cooperative contracts", 0.1, 0.1, "Fixed by contract", ""],
        ]),
        ("Rules", [
            ["Rule"],
            ["Onboarding can be discounted up to 50% with RVP sign-off; never waived without deal desk."],
            ["Gateways are never discounted."],
            ["Multi-year prepay: additional 3% for paying the full three years up front."],
            ["Quotes are valid for 60 days."],
        ]),
    ],
)

_add(
    path="Sales/Battlecards/competitor comparison matrix.xlsx",
    modified="2025-12-15",
    title=None,
    author="Marcus Lee",
    widths={"A": 44, "B": 30, "C": 30, "D": 30, "E": 30},
    sheets=[
        ("Matrix", [
            ["Capability", "Ambrel", "Corrix (Corrix Connect)", "Wattly", "Helioform"],
            ["What it is", "Analytics and FDD on existing controls", "Controls maker's analytics add-on",
             "Energy bill and meter dashboard", "Energy services company (ESCO)"],
            ["Works with any controls brand", "Yes, BACnet and Modbus", "Corrix controllers only",
             "No HVAC connection", "Installs its own controls"],
            ["Utility bills and meters", "Yes", "Limited", "Yes", "Yes, for its M&V"],
            ["HVAC fault detection", "640+ rules", "About 40 rules", "No", "Periodic site visits"],
            ["Findings ranked by cost", "Yes", "No", "No", "No"],
            ["Fixes verified from data", "Yes", "No", "No", "Annual M&V report"],
            ["Peak demand and demand response", "Yes (Flex)", "No", "No", "Sometimes, as a project"],
            ["Building standard filings", "Yes (Report)", "No", "Benchmarking only", "No"],
            ["Remote engineering", "Named engineer", "Through the branch, billed", "Email support",
             "Account manager"],
            ["Typical contract", "3 years (1 year at +15%)", "5-year service agreement, auto-renew",
             "Month-to-month", "12 to 20 years"],
            ["Typical price", "$0.09 per sq ft per year", "$0.03 per sq ft plus service",
             "$0.01 per sq ft per year", "Share of guaranteed savings"],
            ["Who owns the data", "Customer", "Customer, in Corrix format", "Customer",
             "Helioform during the contract"],
        ]),
        ("Sources", [
            ["Source", "Date"],
            ["Corrix Connect product page and two customer demos", "2025-10"],
            ["Wattly public pricing page", "2025-11"],
            ["Helioform contract reviewed with Halvorsen Property Trust", "2025-06"],
        ]),
    ],
)
# =======================================================================================
# Markdown
# =======================================================================================

_add(
    path="Sales/Talk tracks/objection-handling-cheatsheet.md",
    modified="2025-11-12",
    text="""# Objection handling cheat sheet

For AEs and SDRs. Keep it open on calls. Three objections come up in almost every deal;
the answers below are the ones that have worked. Last updated by sales enablement, Nov 2025.

---

## "It's too expensive."

**What they usually mean:** the number is bigger than the line they have for it, or they
are comparing us with a dashboard that costs a tenth as much.

**Answer:**

- Put the price next to the energy bill, not next to another tool. At $0.09 per square
  foot, Ambrel Complete is around 3% of what a typical building spends on energy a year.
- Use their own numbers. The ROI calculator (Sales/ROI) takes five figures from their
  bills and shows payback in months; most land between 6 and 14.
- Offer the two-week building scan before talking discounts. A scan that finds $200,000 a
  year of waste does more for price than any discount we can give.
- If they are still stuck, change the shape, not the rate: fewer buildings first, Tune
  only, or a one-semester pilot (the Lakemont model).

> Don't discount in the first call. Ever. Deal desk will ask why.

## "Now's not a good time."

**What they usually mean:** budget season is over, they are short-staffed, or there is a
big project (a chiller replacement, a move) in the way.

**Answer:**

- Name the cost of waiting. "The scan found about $26,000 a month. Waiting six months is
  $156,000 you don't get back."
- If a building performance standard applies, remind them the compliance year is
  measured on energy used before the filing, so this year's meter reading already counts.
- Short-staffed is a reason to start, not to wait: our remote engineer does the analysis,
  their team does the fixes that matter most.
- A chiller replacement is a reason to start *before*: a year of Ambrel data often shows
  the new chiller can be smaller.

## "What happens when something goes wrong? You're a software company."

**What they usually mean:** they have been left alone by a vendor before, or their
current controls contractor has a truck and we don't.

**Answer:**

- Every Ambrel Complete customer has a named remote engineer who knows their buildings,
  not a ticket queue.
- Remote engineering center: 6 a.m. to 10 p.m. Central on weekdays, on call at weekends;
  critical issues answered within one hour.
- We are not in the control loop. If Ambrel is unavailable, the building keeps running on
  its own controls, so "something going wrong" with us never means a hot operating room.
- We don't replace their mechanical contractor. We tell the contractor exactly what to
  fix, which usually makes their visits shorter.

---

Other things that come up: for security questions send the security datasheet and loop in
sales engineering; for "does it work with our BAS" use the technical deep dive; for ESCO
deals see the ESCO battlecard.
""",
)

_add(
    path="Sales/Emails/email - follow up after energy audit.md",
    modified="2025-09-09",
    text="""# Email templates: follow-up after a building scan

Use after the two-week read-only scan, once the findings review meeting is booked or done.
Replace everything in [brackets]. Attach the scan summary PDF, never the raw findings
export.

---

## Version A - scan results, before the review meeting

**Subject:** [Building name]: what two weeks of data found

Hi [First name],

The scan of [building name] finished on [date]. In short:

- [N] findings, with an estimated [$X] a year in avoidable energy and repair cost
- The largest: [finding, e.g. "heating valve leaking on AHU-2, about $38,000 a year"]
- [N] findings your team could fix in a day

The summary is attached. I'd like to walk through the top ten with you and [engineer's
name] on [date/time]; it takes about 45 minutes. Does that still work?

Best,
[Your name]

---

## Version B - after the review meeting

**Subject:** Next steps for [building name] and the rest of [company]

Hi [First name],

Thanks for the time today, and to [engineer's name] for the questions about the chiller
data; the answer on the sensor offset is below.

What we agreed:

1. Your team fixes [finding 1] and [finding 2] this month; we confirm the saving from the data.
2. I send a proposal for [N] buildings by [date].
3. We meet again on [date] with [CFO / controller name] to go through the numbers.

[Answer to the open technical question.]

Best,
[Your name]

---

## Version C - no reply after the scan

**Subject:** [$X] a year at [building name]

Hi [First name],

I haven't been able to reach you since the scan finished. The short version: your
building is losing about [$X] a year to [N] problems, and the biggest three are cheap to
fix. The summary is attached, whether or not we work together.

If now isn't the right time, tell me and I'll check back in [month].

[Your name]
""",
)

_add(
    path="Marketing/Solution briefs/solution-brief-retail-grocery.md",
    modified="2025-06-03",
    text="""# Solution brief: Ambrel for grocery and multi-site retail

**Hundreds of stores, one list of what to fix first.**

## The problem

A grocery chain runs a small power plant in every store: refrigerated cases, walk-in
coolers and freezers, rooftop units, lighting, bakery ovens. Energy is often the second
largest cost after labor, and a large part of it is wasted in ways that nobody at store
level can see:

- Rooftop units heating and cooling the same sales floor, or running all night.
- Refrigeration case doors and anti-sweat heaters on when they don't need to be.
- Demand peaks set by a few minutes of every compressor and RTU starting at once after a
  power blip or a defrost cycle.
- Case temperatures creeping up hours before a food-safety alarm, with the stock at risk.

Store managers sell groceries; facilities teams cover dozens of stores each. Problems are
found when a customer complains or a case fails.

## What Ambrel does for retail

- **Every store on one screen.** Ambrel Insight ranks stores by energy use per square
  foot, weather-normalized, so the worst performers are obvious.
- **Refrigeration and RTU faults, ranked by cost.** Ambrel Tune watches case and walk-in
  temperatures, compressor cycling and defrost, and every rooftop unit, and sends the
  regional facilities manager a short weekly list.
- **Early warning on cases.** Temperature drift is flagged hours before it becomes a
  food-safety event, so stock is moved before it is lost.
- **Lower demand charges.** Ambrel Flex staggers RTU and compressor starts and trims peaks
  across the chain.
- **Works without a BAS.** Many stores have only RTU thermostats and a refrigeration
  controller. Ambrel's Modbus RTU kit and the refrigeration controller's own data are
  enough.

## Results

Fenwick Grocers (84 stores in four states) connected all its stores in five months and
cut energy 14% per store in the first year. Case-related stock losses fell by 38%.

## Next step

A two-week read-only scan of two stores: one of your best, one of your worst.
retail@ambrel.example.com
""",
)

_add(
    path="Customer Success/Expansion/flex-upsell-play.md",
    modified="2025-10-15",
    text="""# Play: adding Flex to a Tune customer

**For:** customer success managers and account managers
**When:** a customer has had Ambrel Tune or Insight for 6+ months, pays demand charges,
and has not bought Flex. Best timing is January to March, before summer
demand-response enrollment closes.

## Why it works

Tune customers have already seen their savings verified from their own meters, so the
trust problem is solved. Flex savings come from a different part of the bill (the demand
charge), so the two do not compete for the same dollars.

## Steps

1. **Pull the interval data.** In Insight, export the last 12 months of 15-minute demand
   for each building. Mark the monthly peaks.
2. **Find the tariff.** Demand charge per kW, ratchet clause if any, and the utility's
   demand-response programs. Sales engineering has a tariff sheet for most utilities.
3. **Build the estimate.** Use 15% peak reduction for office and schools, 20% for
   buildings with large chillers or cold storage, unless sales engineering says otherwise.
   Add demand-response payments only for programs the customer qualifies for.
4. **Present to the energy manager first,** then ask them to bring the CFO.
5. **Propose a co-term.** Flex is added to the existing agreement and ends on the same
   date.

## "We already got our savings from Tune"

This is the usual pushback from the CFO side, and it is the one to be ready for:

- Tune savings are energy (kWh) savings. Flex reduces the demand charge (kW), which Tune
  barely touches. Show the bill: on a summer bill the demand line is often 30% to 45%.
- Show the customer's own estimate, not a median: "Your peaks last summer cost $X. Flex
  would have taken about $Y off that, and the utility program would have paid $Z."
- Flex usually pays back in one summer. At Coreway Cold Storage, the pilot paid back in a
  little over seven months; Lakemont's estimate for six schools is $95,000 a year against
  about $38,000 of Flex subscription.

## What not to do

- Don't pitch Flex to buildings with flat load and low demand charges; it won't pay.
- Don't pitch Flex to hospitals' critical spaces. Exclude them and say so.
""",
)

_add(
    path="Sales/Battlecards/esco-battlecard.md",
    modified="2025-09-22",
    text="""# Battlecard: when the prospect is talking to an ESCO

*Internal. For AEs. Owner: competitive intelligence.*

## Who we are up against

Energy services companies (ESCOs) sell energy performance contracts: they install
equipment (lighting, chillers, controls) with no upfront cost to the owner, guarantee a
level of savings, and are paid from those savings over 12 to 20 years. The one we meet
most is **Helioform**, which is strong in public sector, universities and office
portfolios in the Midwest. Its pitch is "no capital, guaranteed savings".

ESCOs are a real option for owners who need new equipment and have no capital. Do not
pretend otherwise. The pitch below is for prospects who are being offered an ESCO deal
mainly to fix operations, or who are unhappy inside one.

## Objection: "Helioform will do it for nothing upfront"

"Nothing upfront" is financing. The cost of the equipment, the ESCO's margin and the
interest are all inside the share of savings the owner pays for the next 15 years. Ask
for the contract's price of the equipment and the implied interest rate; in the contracts
we have seen, the owner paid 1.6 to 2.2 times the equipment price over the term.

Ambrel has no financing in it. It costs $0.09 per square foot per year, and the operational
savings it finds are usually larger than the ones an ESCO guarantees for the same
buildings, because the ESCO sets the guarantee low enough to be safe.

## Objection: "But their savings are guaranteed"

Guaranteed against a baseline the ESCO models, measured by the ESCO, and usually set
conservatively. Ask three questions:

- Who does the measurement and verification, and can we check it?
- What happens to the guarantee if we change the building's use or occupancy?
- What is the guaranteed number as a share of what you spend now?

Ambrel measures savings on the owner's own meters, in the owner's account, and the owner
can see every finding and every fix.

## Contract length is the real difference

- ESCO: 12 to 20 years, with the ESCO controlling sequences and setpoints in upgraded
  buildings. Early exit usually means a buyout of the remaining equipment value.
- Ambrel: three years, buildings can be removed when sold, the owner keeps its data and
  its control sequences.

Halvorsen Property Trust bought out of a Helioform contract in year nine and moved twelve
buildings to Ambrel in ten weeks. Use the story (Marketing/Customer stories).

## Where an ESCO and Ambrel fit together

If the prospect needs a chiller replacement and has no capital, suggest they use an ESCO
or financing for the equipment only, and Ambrel to run it. Shorter contract, real savings
measured by someone other than the installer.
""",
)

_add(
    path="Marketing/Customer stories/fenwick-grocers-story.md",
    modified="2025-05-12",
    text="""# Fenwick Grocers: 84 stores, five months, 14% less energy per store

Fenwick Grocers is a family-owned supermarket chain with 84 stores in Minnesota, Iowa,
Wisconsin and South Dakota, from 18,000 square foot town stores to 65,000 square foot
superstores. A facilities team of eleven covers every store.

## The challenge

"Every store is a little different," says Fenwick's Vice President of Store Operations,
Beth Lindqvist. "Different ages, six brands of rooftop unit, three refrigeration
controllers, and in half the stores no building automation system at all. Every vendor we
talked to wanted to standardize the equipment first."

Fenwick's question for Ambrel was simple: could it work in all 84 stores as they are, and
could an eleven-person team keep up with it?

## One system for every kind of store

- Stores with a building automation system were connected through BACnet, like any other
  Ambrel building.
- Stores with only thermostats got Ambrel's Modbus kit on each rooftop unit: a
  30-minute install per unit, done by Fenwick's own HVAC contractor during normal service
  visits.
- Refrigeration data came from the existing case controllers in every store, through the
  same gateway.
- Point templates were built once per equipment type and reused: after the first ten
  stores, a new store took less than a day to map.

The chain went from the first store to the eighty-fourth in five months, about four stores
a week at the peak, without adding anyone to the facilities team. Ambrel Tune sends each
of the three regional facilities managers one weekly list, ranked by cost, instead of
alarms from 84 stores.

## Results in the first year

| Measure | Result |
|---|---|
| Energy per store | 14% lower, weather-normalized |
| Case-related stock losses | 38% lower |
| Emergency refrigeration calls | 27% fewer |
| Demand charges, chain-wide | 11% lower with Flex in 40 stores |

> "We thought the stores without a BAS would be the problem. They turned out to be where
> we saved the most." - Beth Lindqvist, VP Store Operations, Fenwick Grocers

## What's next

Fenwick is extending Flex to its remaining stores and will open its next three stores with
Ambrel from day one.
""",
)

# =======================================================================================
# Text
# =======================================================================================

_add(
    path="misc/call notes - Ridgeline Plastics 2025-12-04.txt",
    modified="2025-12-04",
    newline="\r\n",
    text="""Ridgeline Plastics - discovery call 12/4/2025
Attendees: Dave Kurtz (plant mgr), Angela Voss (plant eng), Rita Moy (EHS) / Kelsey B, Wen L (SE)

Background
- Injection molding, Plymouth MN plant, ~420k sq ft, 3 shifts 6 days
- Molding hall needs temp + humidity held tight, make-up air units run hard in winter
- Energy ~$3.1M/yr, electricity mostly, big summer demand charges (Dave: "the July bill is the one that hurts")
- BAS is old, two brands, one is a Corrix front end from 2012, plus standalone MAU controls
- Using Wattly for bills since 2023 (corporate bought it), Angela says nobody really looks at it

Pain
- Make-up air units fighting the chillers? Angela thinks so, can't prove it
- Comfort complaints in the warehouse and offices, molding hall ok
- Corporate ESG target: -20% energy by 2028, plant has no plan yet
- Angela is the only engineer, no time for analysis

Concerns raised (not answered yet, follow up)
- IT (Sam Ortiz, not on call) will want to review anything that touches the controls network
- Price - Dave asked for a ballpark, gave $0.09/sqft list, he didn't react much
- Will it mess with process cooling? need to exclude the process chillers
- Corporate has Wattly contract, may ask why two tools

Next steps
- Kelsey: send security datasheet to Sam, propose 2-week scan of molding hall + offices
- Wen: ask Angela for BACnet point export
- Dave to check if plant can sign or needs corporate (thinks under $50k he can)
- Follow-up call week of 12/15
""",
)

_add(
    path="Sales/Emails/cold email sequence - sustainability leads.txt",
    modified="2025-08-04",
    text="""COLD EMAIL SEQUENCE - SUSTAINABILITY / ESG LEADS (3 touches)
Audience: sustainability directors, ESG managers, VP asset management at owners with 10+ buildings in a city or state with a building performance standard.
Cadence: day 1, day 4, day 10. Personalize the first line. Do not attach anything on touch 1.

-----------------------------------------
TOUCH 1 - day 1
Subject: [City]'s building standard and [Company]'s [N] buildings

Hi [First name],

[City]'s building performance standard starts measuring in 2026, and from what's public, [N] of [Company]'s buildings are over the first limit.

We help owners like [similar customer] bring buildings under the limit mostly by fixing how they run, not by replacing equipment. Halvorsen Property Trust went from 9 buildings over the limit to 1 in a year.

Worth 20 minutes to see where your buildings stand?

[Your name]

-----------------------------------------
TOUCH 2 - day 4
Subject: Re: [City]'s building standard

Hi [First name],

One number that surprises most teams: fines under [City]'s standard for a 400,000 sq ft office 15% over its limit run from about $90,000 to $310,000 a year. Carbon and energy limits then step down every five years.

We put together a short guide on what owners need to do in 2026. Want me to send it?

[Your name]

-----------------------------------------
TOUCH 3 - day 10
Subject: Closing the loop

Hi [First name],

I'll stop here. If building performance standards land on your desk this year, we do a free two-week scan of one building that shows how far operational fixes alone would take it.

Either way, good luck with the [year] filing.

[Your name]
""",
)

_add(
    path="Sales/Emails/renewal reminder template.txt",
    modified="2025-07-01",
    text="""Renewal reminder - 120 days before term end
Send from: the customer success manager. Copy the account executive.

Subject: Your Ambrel agreement renews on [date] - a look back and a look ahead

Hi [First name],

Your Ambrel agreement for [N] buildings runs until [term end date]. Before we send renewal paperwork, I'd like to set up 30 minutes to look at the term together:

- What Ambrel has found and your team has fixed: [N] findings fixed and verified, about [$X] a year in energy and repair cost avoided
- What is still open and worth doing
- Any buildings you have bought, sold or renovated, so the renewal covers the right square footage
- Whether Flex or Report would be useful for next year (only if they would be)

Renewal paperwork will come from [AE name] about 90 days before the end date. If your purchasing team needs a quote earlier for the budget, just say so and we will send it this month.

Would [two date options] work?

Thanks,
[CSM name]
Customer Success Manager, Ambrel
""",
)

_add(
    path="Sales/Talk tracks/discovery call script - facilities.txt",
    modified="2025-03-18",
    text="""DISCOVERY CALL SCRIPT - FACILITIES DIRECTOR / CHIEF ENGINEER
30 minutes. Goal: understand how they find and fix HVAC problems today, and get agreement to a two-week building scan.

OPENING (2 min)
"Thanks for the time. I'd like to spend most of this understanding how your buildings run today and where the time goes. If it makes sense at the end, I'll suggest a next step; if not, I'll say so. Fair?"

THE PORTFOLIO (5 min)
- How many buildings do you look after, and roughly how many square feet?
- What kinds: offices, labs, clinics, warehouses, schools?
- What controls are in them? One system or several? How old?
- Who services the controls - your team, the controls contractor, or both?

HOW PROBLEMS GET FOUND TODAY (10 min)
- When a building uses more energy than it should, how do you find out? How long after?
- How many alarms does your BAS front end raise on a normal day? What happens to them?
- Walk me through the last hot or cold call that took more than one visit to fix.
- When did anyone last go through the schedules and overrides in every building?
- Have you done retro-commissioning? How long did the savings last?

PEOPLE AND TIME (5 min)
- How big is the team? How many buildings per engineer?
- What share of the week goes to planned work versus reacting?
- If you had one more engineer for a month, what would they fix first?

MONEY AND RULES (5 min)
- Roughly what do the buildings spend on energy a year? Does that land in your budget or someone else's?
- Do any of your buildings fall under a city or state building performance standard?
- Are there demand charges on the electricity bills? Any demand-response programs?

IF THEY MENTION...
- An energy performance contract (Helioform or another ESCO): ask how long it has left and who measures the savings. Note it for the AE; do not debate it on this call.
- Corrix or another controls vendor's analytics: ask what it found last month. Do not criticize the controls.

CLOSE (3 min)
"Based on what you've said, a two-week read-only scan of [building] would show you what your own data says, with a dollar value on each finding. There's no cost and nothing changes in the building. Could we pick the building now?"

AFTER THE CALL
Log in CRM within the hour: buildings, sq ft, controls brands, energy spend, standards, who signs, next step with a date.
""",
)
