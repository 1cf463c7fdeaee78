"""A second evaluation library: Corvane, a fictional fleet-telematics vendor.

Plain data for build.py. Written independently of the app's tagging rules: the text is
what a marketing team at another company would put in its files, in its own words.

Every asset is a dict with:

- ``path``: where build.py writes it, relative to the output folder (the extension
  decides the format);
- ``title``, ``author``, ``subject``, ``keywords``: document properties (``None``: not
  set; junk titles such as "Microsoft Word - Document1" are on purpose);
- ``modified``: an ISO date used for the properties and the file's modification time;
- one of ``body`` (PDF and DOCX: the light markup below), ``slides`` (PPTX: a list of
  ``(title, body, notes)``, see ``slide_lines``),
  ``sheets`` (XLSX: a list of ``(sheet name, rows)``, strings starting with ``=`` are
  formulas) or ``text`` (Markdown and plain text, written as they are; ``newline``
  "\\r\\n" for a file saved on Windows).

Body markup, one block per paragraph (blank line between blocks):
``# heading``, ``## subheading``, ``- bullet`` (continuation lines indented),
``1. numbered item``, ``| table | row |`` (consecutive lines form one table; a line
not starting with ``|`` continues the row before it),
``> quotation``, ``===`` (a page break); any other lines are one paragraph.
"""

from __future__ import annotations

import re

VENDOR = "Corvane"
COMPETITORS = ("Trakline", "Orbis Fleet", "Waybeam")


def flow(text: str) -> str:
    """Join wrapped lines: paragraphs separated by a blank line become lines of one string."""
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", text.strip())]
    return "\n".join(p for p in paragraphs if p)


def blocks(markup: str) -> list[tuple]:
    """The body markup as blocks: ("h1"|"h2"|"p"|"quote", text), ("ul"|"ol", [items]),
    ("table", [[cells]]) and ("page",)."""
    out: list[tuple] = []
    for chunk in re.split(r"\n\s*\n", markup.strip("\n")):
        lines = [line.rstrip() for line in chunk.strip("\n").splitlines()]
        lines = [line for line in lines if line.strip()]
        if not lines:
            continue
        first = lines[0].lstrip()
        if first == "===":
            out.append(("page",))
        elif first.startswith("## "):
            out.append(("h2", " ".join(" ".join(lines).split())[3:]))
        elif first.startswith("# "):
            out.append(("h1", " ".join(" ".join(lines).split())[2:]))
        elif first.startswith("|"):
            joined: list[str] = []
            for line in lines:
                if line.strip().startswith("|"):
                    joined.append(line.strip())
                else:
                    joined[-1] += " " + line.strip()
            rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in joined]
            out.append(("table", rows))
        elif first.startswith("- ") or re.match(r"\d+\. ", first):
            kind = "ul" if first.startswith("- ") else "ol"
            items: list[str] = []
            for line in lines:
                stripped = line.strip()
                if stripped.startswith("- ") or re.match(r"\d+\. ", stripped):
                    items.append(re.sub(r"^(- |\d+\. )", "", stripped))
                else:
                    items[-1] += " " + stripped
            out.append((kind, [" ".join(item.split()) for item in items]))
        elif first.startswith("> "):
            out.append(("quote", " ".join(" ".join(lines).split())[2:]))
        else:
            out.append(("p", " ".join(" ".join(lines).split())))
    return out


# ---------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------

PDF_ASSETS: list[dict] = [
    {
        "path": "Marketing/Case studies/Harlow Freight case study.pdf",
        "title": "Microsoft Word - Harlow_CS_v3.docx",
        "author": "jpalmer",
        "modified": "2024-10-02",
        "body": """
# Harlow Freight cuts preventable accidents 31% after moving 420 tractors from Orbis Fleet
to Corvane

Customer: Harlow Freight Lines. Segment: regional less-than-truckload (LTL) carrier.
Fleet: 420 tractors, 610 trailers, 14 terminals across Ohio, Indiana and Kentucky.
Products: Corvane Track, Corvane Safety, Corvane Comply.

## The challenge

Harlow Freight had run Orbis Fleet for nine years. The system did its job as a location
tracker, but the safety team could not run a real coaching program on it. Video was
available only by request through the Orbis portal, usually a day or two after an event,
and the hard-braking alerts fired so often that supervisors had stopped reading them.
When Orbis announced the end of support for its 3G-era in-cab units, Harlow had to buy
new hardware either way.

"We were paying for a safety program we couldn't actually run," said Dana Whitcomb,
Director of Safety. "By the time we saw the footage, the driver had forgotten the trip."

The bigger worry was the move itself. Harlow runs around the clock out of fourteen
terminals, and its maintenance team remembered the last big in-cab change, the move to
electronic logs in 2017, which dragged on for four months. "If a tractor sits for half a
day because of an install, that's a missed linehaul," said Ray Ochoa, VP of Maintenance.
Drivers' hours-of-service records also had to stay continuous through the cut-over,
because a roadside inspector can ask for the previous seven days and an auditor for six
months.

## How the switch was run

Corvane and its certified install partner built the plan around the trucks' schedules
instead of the other way round:

- Two pilot terminals first, with both systems live side by side for two weeks, so the
  safety team could compare events and the drivers could try the new tablet app.
- Installs done in the yard during each driver's 10-hour off-duty break, 38 minutes per
  tractor on average, with the old Orbis unit left powered until the new gateway had
  checked in.
- Six months of driver logs exported from Orbis and loaded into Corvane Comply, so every
  driver's record of duty status stayed unbroken.
- Twenty-minute driver sessions at shift start, run by Harlow's own driver trainers after
  a half-day train-the-trainer session.

All 420 tractors moved in 19 days. No load was delayed by an install, and no driver lost
an hour of drive time.

## Results after twelve months

| Measure | Before (Orbis Fleet) | After 12 months (Corvane) |
| Preventable accidents per million miles | 1.42 | 0.98 |
| Idle time as share of engine hours | 27% | 21% |
| Diesel saved from idling | - | about 96,000 gallons |
| DVIR completion | 91% | 99.2% |
| Time to review a safety event | 1-2 days | same shift |

The in-cab voice alerts did most of the work: following-distance alerts fell by more than
half in the first ten weeks, before a single coaching session had been held. Four times in
the first year, forward-facing video showed that the other driver had caused a collision.
One of those clips alone settled a claim that Harlow's insurer had reserved at $410,000.

At renewal, Harlow's insurer credited the camera program with an 8% premium reduction.
CFO Melissa Grant signed the three-year agreement after the pilot; the fuel savings alone
cover the subscription.

> "The coaching conversations changed. Drivers see the clip on their phone the same day,
and most of the time they fix it themselves before I ever call them." - Dana Whitcomb,
Director of Safety, Harlow Freight Lines

## What's next

Harlow is adding Corvane trailer tracking to its 610 trailers in 2025 and piloting
Corvane Maintain at its two largest shops.

About Corvane: Corvane builds connected-fleet software for trucking, utilities,
construction, public works and service fleets. Corvane Track, Safety, Maintain and Comply
run on one in-cab gateway and one dashboard. corvane.example.com
""",
    },
    {
        "path": "Marketing/Case studies/CS - City of Eastvale (public works).pdf",
        "title": "City of Eastvale Customer Story",
        "author": "Corvane Marketing",
        "modified": "2024-03-14",
        "body": """
# City of Eastvale: a live snowplow map, and 40% fewer resident calls

The City of Eastvale maintains 610 lane-miles of road with a public works fleet of 380
units: snowplows and salt trucks, street sweepers, parks and forestry trucks, water
department service vans and pool cars. Before Corvane, the fleet services division knew
where a vehicle was only when someone radioed in.

## Every storm brought the same phone calls

During a snow event, the city's call center would take up to 1,200 calls a day, most of
them a variation of "has my street been plowed?" Supervisors could not answer with any
confidence, and crews were pulled off routes to check on streets that had already been
done. After storms, the city also struggled to document where salt had gone, which
mattered both for the budget and for the city's stormwater permit.

"We had good crews and no way to prove it," said Luis Ferreira, Fleet Services Manager.
"Every complaint turned into a he-said, she-said."

## What Eastvale put in place

- Corvane Track gateways in 380 units, with plow-blade and spreader sensors on the 46
  snow and ice trucks.
- A public plow map on the city website, showing streets serviced in the last 2, 6 and
  12 hours, with vehicle positions delayed by ten minutes for crew safety.
- Route-completion reports for each storm, sent automatically to the Public Works
  Director and the city manager's office the morning after.
- Idle and after-hours alerts for take-home vehicles, in line with the city's vehicle-use
  policy.

The city bought Corvane through an existing cooperative purchasing agreement, and the
first snow trucks were live five weeks after the council vote.

## Results in the first winter

- Storm-related calls to the call center fell 40%, and the average call got shorter:
  agents could now see the street's service history on the map.
- Salt use per lane-mile dropped 11% once spreader rates were visible by route.
- Fuel use across the whole fleet fell 14%, mostly from idling in parks and water
  department vehicles.
- Two liability claims against the city were closed with GPS and blade-sensor history
  that showed the plow had passed at the time in question.

"The map did more for public trust than any press release we've ever put out," said
Angela Brooks, Public Works Director. "Residents can see the work for themselves."

## Looking ahead

Eastvale is extending Corvane to its refuse collection trucks next year and will use
engine-hour data to move its preventive maintenance schedule from calendar dates to
actual use.
""",
    },
    {
        "path": "Sales/Battlecards/battlecard-vs-trakline (1).pdf",
        "title": "Corvane vs Trakline",
        "author": "Product Marketing",
        "keywords": "competitive, internal",
        "modified": "2025-01-21",
        "body": """
# Battlecard: Corvane vs. Trakline

INTERNAL ONLY - do not send to customers. Updated January 2025.

## Quick take

Trakline sells low-cost GPS tracking to small and mid-size fleets, mostly online and on
price. It is easy to buy and easy to start. It is a tracker, not a platform: no engine
diagnostics on most plans, location pings every two minutes, cameras resold from a third
party, and support by email during business hours. We win when the buyer has a safety,
maintenance or compliance problem. We lose when the only requirement is "dots on a map"
for the lowest price.

## Where Trakline is strong

- List price from $19 per vehicle per month, month-to-month.
- Self-install plug-in devices, shipped in two days.
- Simple app that a small business owner can learn in an afternoon.

## Where we win

| Topic | Corvane | Trakline |
| Location updates | Every second while moving | Every 2 minutes (30 s on top plan) |
| Engine data and fault codes | Included on all plans | Top plan only, light-duty only |
| Dashcams | Own AI camera, in-cab alerts, one app | Resold camera, separate app and login |
| Hours of service / ELD | Corvane Comply, FMCSA-registered | Not offered |
| Support | 24/7 phone and chat, 4-minute median answer | Email, business hours, 2-day target |
| Hardware warranty | Lifetime of subscription | 12 months |

## Handling "Trakline is $12 a month cheaper"

Don't defend the list price; change the unit. On a 100-vehicle fleet the gap is about
$14,400 a year. Ask what one preventable crash costs them today: the average we see in
customer data is over $70,000 once vehicle repair, downtime and claims are counted. Walk
them through the ROI calculator with their own fuel price; idle reduction alone is
usually worth $20 to $35 per vehicle per month for heavy trucks. Then ask what they pay
separately for the camera, and for the time the office spends reconciling two apps.

## Handling "their support has been fine"

Ask when they last needed it at 2 a.m. Trakline's support is email-only outside business
hours, and a stolen trailer or a crash does not happen on a schedule. Our 24/7 line is
answered by our own staff in Columbus, and every customer with more than 50 vehicles gets
a named customer success manager.

## Handling "we don't want to be locked into a contract"

Trakline's month-to-month pricing is real, but their hardware is bought up front and
stops working if they leave. Our standard term is 36 months with hardware included and a
lifetime warranty; we also offer a 12-month term for fleets that need to see results
first. Offer the 60-day pilot rather than debating contract length.

## Landmines to lay early

- "How often does the map update while a vehicle is moving?"
- "Who do you call when the camera stops recording?"
- "What happens to your hardware if you cancel?"

## Proof points

Pinecrest Markets moved 140 tractors from Trakline to Corvane for temperature data and
cut late store deliveries by a third. Ask your manager before using the name outside a
reference call.
""",
    },
]
PDF_ASSETS += [
    {
        "path": "Marketing/Whitepapers/The hidden cost of idling - whitepaper.pdf",
        "title": "The Hidden Cost of Idling",
        "author": "Corvane Research",
        "subject": "What an hour of idle time really costs a commercial fleet",
        "modified": "2024-06-11",
        "body": """
# The Hidden Cost of Idling

What an hour of idle time really costs a commercial fleet, and how the best fleets bring
it down without fighting their drivers.

A Corvane research paper, June 2024.

## Executive summary

Most fleet leaders know idling wastes fuel. Few know how much. Across the 41,000 vehicles
in Corvane's anonymized benchmark, idle time averaged 24% of engine hours for heavy
trucks and 31% for light-duty service vans. At today's diesel prices, a single Class 8
tractor idling two hours a day burns roughly $2,900 of fuel a year doing nothing. Add
engine wear, extra maintenance and the risk of fines under local anti-idling rules, and
idling is one of the largest costs in a fleet budget that nobody has a line for.

The good news: idling responds quickly to measurement. Fleets that make idle time visible
to drivers and supervisors typically cut it by a fifth within three months, and by a third
within a year, without new equipment.

===

## 1. The fuel math

An idling heavy-duty diesel engine burns about 0.8 gallons per hour; a light-duty gasoline
van burns 0.3 to 0.5. That sounds small until it is multiplied out:

| Vehicle type | Fuel per idle hour | Idle hours per day | Working days | Gallons per year |
| Class 8 tractor | 0.8 gal | 2.0 | 250 | 400 |
| Class 6 box truck | 0.6 gal | 1.5 | 250 | 225 |
| Light-duty van | 0.4 gal | 1.2 | 250 | 120 |

For a mixed fleet of 200 vehicles, that is often 40,000 to 60,000 gallons a year. At
$3.90 a gallon the waste runs to six figures before anyone looks at maintenance.

## 2. The wear nobody counts

Engine manufacturers estimate that one hour of idling causes about as much engine wear as
25 to 33 miles of driving. Idling runs the engine below its ideal temperature, which
leaves unburned fuel in the cylinders, loads up the diesel particulate filter and brings
forward regeneration cycles. Fleets that measure idle hours often find that their oil
change and filter intervals, set by odometer miles, are running late for the vehicles
that idle the most.

## 3. The rules

Many states, counties and cities limit idling for commercial vehicles, commonly to three
or five minutes, with exemptions for traffic, power take-off work and extreme
temperatures. Fines per incident are usually modest, but enforcement has become more
active around schools, hospitals and residential delivery zones, and repeat citations
end up in front of customers and regulators.

===

## 4. Why drivers idle

Treating idling as a discipline problem rarely works, because most idling has a reason:

- Cab comfort: heat or air conditioning during breaks, deliveries and paperwork.
- Waiting: at docks, at job sites, in pick-up lines, for dispatch to send the next job.
- Equipment: some idle time is real work, such as running a lift, a pump or an aerial
  device through power take-off (PTO).
- Habit and myth: the belief that restarting a modern engine costs more fuel than idling
  for a few minutes. For most engines the break-even point is under a minute.

The first step is separating productive idle time (PTO) from waste. A utility bucket
truck that idles four hours a day while the crew works aloft is doing its job; a service
van that idles forty minutes at lunch is not.

## 5. What works

Across the benchmark, the fleets with the largest reductions did four things:

1. Measured idle time per vehicle and per driver, separating PTO hours, and shared the
   numbers weekly rather than monthly.
2. Set a simple policy with a threshold (for example five minutes), clear exemptions and
   a target, and explained the reason to drivers in terms of comfort alternatives, not
   blame.
3. Used real-time nudges: an in-cab tone or a text to the driver after the threshold,
   instead of a report that arrives a month later.
4. Invested where the data pointed: auxiliary power units or battery HVAC on the sleeper
   cabs that idle overnight, automatic engine shutdown on light-duty vans, and better
   scheduling at the sites where waiting is longest.

## 6. A worked example

A regional distribution fleet of 160 tractors measured 2.3 idle hours per tractor per day.
Within 90 days of sharing weekly idle scorecards and turning on in-cab alerts, the average
fell to 1.6 hours. That is 0.7 hours times 0.8 gallons times 250 days, or 140 gallons per
tractor a year: 22,400 gallons and about $87,000 at $3.90. The fleet's CFO asked for the
same scorecard to be added to the monthly operating review.

## 7. Questions to ask of any telematics system

- Does it separate PTO hours from idle hours automatically, or only by a manual flag?
- Can drivers see their own idle time, and can supervisors get alerts in real time?
- Does it report idle time by site as well as by driver, so waiting time shows up?
- Can the idle data feed maintenance intervals based on engine hours?

## 8. Building the internal case

Idle reduction is one of the easiest fleet projects to justify, because the savings show
up in the fuel bill within a quarter. When the fleet manager takes the numbers to the
CFO or COO, three things make the case stronger:

- Start from the fleet's own baseline. Two to four weeks of measured idle hours, by
  vehicle class, are worth more than any industry average, including ours.
- Count only the fuel at first. Engine wear, filter life and fines are real, but finance
  teams discount them. A case that works on fuel alone is hard to argue with.
- Agree how the savings will be measured before the program starts: idle hours per
  vehicle per day, fuel per mile, and fuel purchased per month, adjusted for miles driven
  and season.

Winter and summer matter. Idle time in a northern fleet can be 50% higher in January than
in May, and a program launched in autumn can look like a failure by December unless the
comparison is made against the same months of the previous year.

## 9. What supervisors and drivers will say

Expect pushback, and take it seriously; most of it points to a fixable cause.

- "I can't turn the engine off; the cab gets too cold." Look at the sites and routes where
  this is true, and invest there first: cab heaters, battery HVAC, or warmer waiting areas
  at the yard.
- "The customer makes us wait at the dock for an hour." This is a scheduling problem, not
  a driver problem. Idle time by site makes it visible, and some fleets now bill
  detention time to the customers where it is worst.
- "The lift won't run without the engine." That is PTO time and it should not count as
  idle. If the system cannot tell the difference, drivers will stop trusting the report.
- "It's only a few minutes." Show the driver their own weekly number in gallons and
  dollars. Most drivers have never seen it.

Recognition works better than penalties. Fleets that publish the most improved drivers
and sites each month, and share part of the fuel savings with teams, keep their gains
longer than fleets that rely on warnings.

## 10. A 90-day plan

1. Weeks 1 to 4: measure. Turn on idle reporting without alerts, and separate PTO hours.
   Find the ten vehicles and the three sites with the most idle time.
2. Weeks 5 to 8: explain and set the policy. Share the baseline with supervisors and
   drivers, agree the threshold and exemptions, and fix the obvious site problems.
3. Weeks 9 to 12: nudge. Turn on in-cab alerts, send weekly scorecards, and report the
   first results to the operating review.

## About this research

Figures come from Corvane's anonymized benchmark of 41,000 vehicles in 390 fleets, January
to December 2023, and from published manufacturer guidance. Your results depend on duty
cycle, climate and fuel price; the Corvane ROI calculator lets you use your own numbers.
""",
    },
    {
        "path": "Marketing/Whitepapers/Video telematics and driver privacy 2024.pdf",
        "title": "Layout 1",
        "author": "",
        "modified": "2024-08-27",
        "body": """
# Cameras in the Cab: A Practical Guide to Video Telematics and Driver Privacy

More fleets than ever are installing road-facing and driver-facing cameras. Done well, a
camera program lowers crash rates, protects drivers from false claims and lowers
insurance costs. Done badly, it becomes a source of grievances, turnover and legal risk.
This guide sets out how fleets can run video telematics in a way drivers accept and legal
and security teams can defend.

## Why fleets are adding cameras

Three forces are driving adoption. First, the size of jury awards in commercial vehicle
crashes has grown sharply, and video is often the only neutral witness. Second, insurers
increasingly expect a camera program at renewal. Third, AI in the camera now detects risky
behavior, such as phone use, following too closely or rolling through stop signs, and
alerts the driver in the moment, so fewer events need a manager at all.

## What drivers worry about

When we interview drivers before a rollout, the same concerns come up:

- "Someone will be watching me all day." Most drivers assume continuous live viewing.
- "It will be used to fire people over small things."
- "My personal time in the cab is not the company's business," especially for sleeper
  teams and for take-home vehicles.
- "Who else gets to see it?" Drivers ask about insurers, lawyers and the public.

These concerns are reasonable, and the policy should answer each one in writing before the
first camera goes in.

## Six principles for a program drivers accept

1. Event-based, not continuous viewing. Footage is uploaded when a trigger fires (a harsh
   maneuver, a collision, a detected behavior) or when a driver presses the button to save
   a clip. Nobody browses live video as a matter of routine.
2. Privacy when off duty. Driver-facing lenses should switch off automatically when the
   driver is off duty, in the sleeper berth, or the vehicle is parked with the engine off.
3. Coaching first. Publish how events are used: most are self-coached in the driver app;
   only repeated or severe events reach a manager, and discipline follows existing policy.
4. Exoneration is part of the deal. Tell drivers how often footage clears them. In fleets
   we work with, clips that show the driver was not at fault outnumber clips used in
   discipline.
5. Limits on retention. Keep footage only as long as it is needed: for example 30 days on
   the device and 90 days in the cloud, with longer holds only for collisions and claims.
6. Involve drivers and their representatives early. Where drivers are covered by a
   collective bargaining agreement, camera use is often a mandatory subject of bargaining.
   Bring union stewards into the pilot.

## The legal landscape, briefly

Rules vary by country and state, and this paper is not legal advice. Points to review
with counsel include notice and consent requirements for recording in the workplace,
audio recording (some jurisdictions require all-party consent, so many fleets leave audio
off), state laws on biometric data if any feature uses face recognition, and labor
agreements. Corvane's driver-facing AI detects behaviors such as phone use and drowsiness
without creating a faceprint or identifying the person.

## Security and access controls your IT team will ask about

Video is sensitive data, and your IT security lead will want to know how it is protected.
The questions to put to any vendor:

- Is footage encrypted on the device, in transit and at rest in the cloud? (Corvane: AES-256
  on the camera's storage and in the cloud, TLS 1.2 or higher in transit.)
- Can access be limited by role and by region, so a terminal manager sees only their
  drivers? Is every view and download logged?
- Can footage be shared with an insurer or attorney through an expiring link, rather than
  by downloading files to a laptop?
- Where is the data hosted, and is the vendor's security program audited (for example a
  SOC 2 Type II report)?
- Can retention periods be set by the customer and enforced automatically?

## A rollout checklist

- Write the camera policy and share it with drivers at least two weeks before install.
- Hold a driver meeting at each site; show the actual app and a sample event.
- Run a 30-day pilot with volunteer drivers, alerts on and manager reviews off.
- Share the first exoneration story widely.
- Review the program with drivers after 90 days and publish what changed.

Corvane Safety includes policy templates, a driver FAQ and rollout materials for customers.
""",
    },
    {
        "path": "Sales/Security/Corvane_Security_Overview_2025.pdf",
        "title": "Corvane Security Overview",
        "author": "Corvane Security Team",
        "modified": "2025-02-03",
        "body": """
# Corvane Security Overview

How Corvane protects your fleet data, from the vehicle to the cloud. For IT security,
risk and procurement teams. Version 2025.1.

## Certifications and audits

- SOC 2 Type II report, issued annually by an independent auditor; available under NDA.
- Annual third-party penetration test of the web application, mobile apps, API and
  in-vehicle hardware; executive summary available on request.
- Quarterly external vulnerability scans; critical findings fixed within 7 days.

## Data protection

- Encryption in transit with TLS 1.2 or higher, including between the vehicle gateway and
  the cloud.
- Encryption at rest with AES-256 for databases, object storage and backups.
- Customer data is logically separated by tenant; production access is limited to named
  engineers through single sign-on with hardware security keys, and every session is
  logged.
- Data hosted in the United States by default, with Canada and EU regions available.
- Retention is set by the customer; deleted data is purged from backups within 35 days.

## Identity and access

- Single sign-on with SAML 2.0 (Okta, Microsoft Entra ID and other identity providers).
- User provisioning and deprovisioning with SCIM 2.0.
- Role-based access control with custom roles, groups by region or depot, and
  field-level restrictions for driver personal data.
- Full audit log of logins, configuration changes, video views and exports.

## Hardware and firmware

- Gateways and cameras only run firmware signed by Corvane, verified at boot.
- Over-the-air updates are signed and staged; devices roll back automatically on failure.
- No inbound network ports are open on the devices; all connections start from the vehicle.
- The gateway reads the vehicle network in listen-only mode by default.

## Availability and resilience

- 99.95% monthly uptime commitment for the platform, with service credits.
- Multi-zone hosting, continuous database replication and daily encrypted backups.
- Devices buffer up to 30 days of data if a vehicle is out of coverage.

## Incident response and privacy

- A documented incident response plan, tested twice a year.
- Customers are notified of a security incident affecting their data within 72 hours.
- A data processing addendum and current subprocessor list are available to every
  customer.
- Responsible disclosure program: security@corvane.example.com.

Need the full vendor security questionnaire? Ask your Corvane account executive for our
completed standard questionnaire and the SOC 2 report.
""",
    },
]
PDF_ASSETS += [
    {
        "path": "Marketing/One-pagers/Corvane Maintain one pager.pdf",
        "title": "Corvane Maintain - Preventive maintenance that schedules itself",
        "author": "Corvane Marketing",
        "modified": "2024-05-06",
        "body": """
# Corvane Maintain

Preventive maintenance that schedules itself, from the data your vehicles already send.

Every unplanned roadside failure costs a fleet a tow, a missed delivery or job, overtime
for the shop, and often a rental. Most of them start as a warning the fleet already had:
an engine fault code nobody saw, a defect a driver wrote on a paper inspection form, an oil
change that slipped because the schedule lived in a spreadsheet.

Corvane Maintain turns the engine data from the Corvane gateway into a maintenance plan
your shop can run.

## What it does

- Schedules by real use: set service intervals by miles, engine hours, PTO hours or
  calendar days, and Maintain tracks every unit against them automatically.
- Fault codes with context: engine, transmission and brake fault codes arrive with a
  plain-language description, a severity and the recommended action, so the shop knows
  whether a truck can finish its route.
- Inspections that close the loop: defects reported in the driver's inspection in the
  Corvane Driver app become work orders, and the driver sees when they are repaired.
- Work orders and parts: assign jobs to technicians, record labor and parts, and keep a
  full service history per vehicle for audits and resale.
- Connects to the shop systems you use: send work orders to your existing shop management
  or ERP system, or use Maintain on its own.

## Results customers report

- 25% to 40% fewer roadside failures in the first year.
- PM compliance above 95%, from a typical 70% to 80% with spreadsheets.
- 10% to 15% lower maintenance spend per mile, mostly from catching small faults early.

## Who it's for

Maintenance managers and shop supervisors who want fewer surprises, and fleet managers who
want vehicle uptime and cost per mile they can report with confidence.

Corvane Maintain is available as an add-on to Corvane Track and is included in the
Enterprise plan. Ask for a 30-minute demo with your own fleet's fault code history.
""",
    },
    {
        "path": "Marketing/One-pagers/construction_onepager_final.pdf",
        "title": "untitled",
        "author": "kmorris",
        "modified": "2024-02-19",
        "body": """
# Corvane for Construction

Know where every truck, trailer and machine is, how hard it's working, and when it needs
service.

Construction companies run some of the most mixed fleets there are: pickups for
superintendents, dump trucks and lowboys, generators and light towers, and heavy equipment
from three or four manufacturers. Most contractors piece this together with a
manufacturer portal for each brand, a spreadsheet for the rest, and phone calls to the
field.

## One view of the whole fleet

- Powered vehicles and machines: the Corvane gateway reads location, engine hours, fuel
  and fault codes from trucks and equipment alike.
- Mixed-brand heavy equipment: Corvane pulls engine hours and location from the
  manufacturers' own telematics feeds (AEMP 2.0 / ISO 15143-3), so every machine shows up
  in the same list.
- Unpowered assets: battery-powered asset tags on trailers, attachments, compressors and
  tool boxes report their location daily for up to five years.

## What contractors use it for

- Utilization: find machines that sit idle on one site while another site rents the same
  thing. Customers typically cut outside rentals by 10% to 20%.
- Theft and after-hours use: get an alert when equipment moves outside working hours or
  leaves a geofenced job site, with location updates for recovery.
- Billing job costs: engine hours by job site feed equipment costs to the right job.
- Service by hours: schedule maintenance on real engine hours instead of guesses.
- Safer crews on the road: AI dashcams and driver scores for the trucks that carry crews
  and materials between sites.

## Built for the field

Rugged, sealed hardware rated for dust, vibration and pressure washing. Installs on
mixed equipment in under an hour per unit. Works across the United States and Canada.

"We found two idle excavators on a finished job in the first week. That paid for the
year." - Equipment Manager, regional civil contractor

Talk to us about a job-site pilot: corvane.example.com/construction
""",
    },
    {
        "path": "Sales/Pricing/Corvane Packaging & Pricing 2025 (external).pdf",
        "title": "Microsoft Word - Pricing_2025_external_FINAL.docx",
        "author": "deal desk",
        "modified": "2025-01-06",
        "body": """
# Corvane Plans and Pricing 2025

For customers and prospects. Prices in US dollars, per vehicle per month, billed annually.
Valid for orders signed between January 1 and December 31, 2025.

## Plans

| Plan | Price per vehicle per month | What's included |
| Essentials | $27 | GPS tracking, trip history, geofences, engine fault codes, driver app,
  standard reports |
| Professional | $39 | Everything in Essentials, plus hours of service (ELD), inspections, idle
  and fuel reports, alerts, API access |
| Enterprise | $52 | Everything in Professional, plus Corvane Maintain, custom roles, SSO, data
  residency options, named CSM |

## Add-ons

| Add-on | Price |
| Corvane Safety (AI dual-facing dashcam, coaching workflow) | $18 per camera per month |
| Corvane Maintain (on Essentials or Professional) | $8 per vehicle per month |
| Asset tags for trailers and equipment | $6 per tag per month |
| Corvane Dispatch (job scheduling for service fleets) | $15 per dispatcher seat per month |

## Hardware

On a 36-month term, the CV-3 gateway and the CM-2 camera are included at no extra cost
and covered by a warranty for the life of the subscription. On a 12-month term, hardware
is $149 per gateway and $249 per camera. Professional installation is available at $95
per vehicle, or $145 per vehicle with a camera.

## Terms

- Standard term: 36 months. A 12-month term is available at a 15% higher monthly price.
- Price protection: on renewal, list price increases are capped at 4% per year.
- Volume pricing applies from 250 vehicles; public sector pricing is available through
  cooperative purchasing agreements.
- Vehicles can be added at any time at the same price; up to 10% of vehicles can be
  moved between units each year at no cost.

## Why we ask for a 36-month term

A three-year term lets us include the hardware, cover it with a lifetime warranty and keep
your monthly price lower. Fleets that want to prove results before committing can start
with a 60-day paid pilot of up to 25 vehicles; the pilot fee is credited to the first year
if you go ahead. Customers on 36-month terms can also add vehicles part-way through, and
those vehicles co-term with the main agreement.

## What's not included

Vehicle wiring repairs, third-party fuel card fees and custom integrations built by
Corvane professional services (quoted separately).
""",
    },
    {
        "path": "Customer Success/Onboarding/Install guide - gateway CV3.pdf",
        "title": "CV-3 Gateway Installation Guide rev C",
        "author": "Corvane Hardware",
        "modified": "2024-07-30",
        "body": """
# CV-3 Gateway Installation Guide

Revision C. For installers and fleet technicians. Typical install time: 15 minutes for
light-duty vehicles, 25 minutes for heavy-duty trucks (gateway only).

## In the box

- CV-3 gateway with built-in LTE, GPS and Bluetooth
- One vehicle harness: OBD-II (light and medium duty), 9-pin J1939 (heavy duty) or
  universal 3-wire power harness (equipment and older vehicles)
- Adhesive mount, two zip ties, quick-start card with QR code

## Before you start

1. Confirm the vehicle is in the Corvane dashboard with the correct VIN. If not, the fleet
   administrator can add it under Vehicles > Add vehicle, or you can add it from the
   installer app.
2. Download the Corvane Installer app and sign in with the installer account your fleet
   administrator sent you.
3. Park with the engine off and the keys out of the ignition.

## Step 1: Connect the harness

- Light and medium duty: locate the OBD-II port under the dashboard on the driver's side.
  Plug in the Y-harness so the port stays available for shop tools.
- Heavy duty: locate the 9-pin diagnostic connector (green or black) under the dash. Plug
  the J1939 harness in line with the existing connector.
- Equipment: connect red to constant 12/24 V, white to ignition, black to ground. Fuse
  at 3 A.

## Step 2: Mount the gateway

Mount under the dash with the label facing up and a clear view of the sky through
non-metallic materials. Do not mount on metal surfaces or behind tinted windshields with
metallic film. Secure the cable with zip ties away from the pedals and steering column.

## Step 3: Power on and verify

Turn the ignition on (engine on for heavy duty). Watch the status lights:

| Light | Meaning | What to do |
| Solid green | Connected to cellular and GPS, reading vehicle data | Install complete |
| Blinking green | Connected, waiting for GPS fix | Wait up to 5 minutes outdoors |
| Blinking amber | No vehicle data | Check the harness and that the ignition is on |
| Solid red | No cellular connection | Move outdoors; call support if it persists |

In the Installer app, scan the QR code on the gateway and the VIN barcode on the door
jamb. The app confirms the serial number, the odometer reading and engine hours.

## Step 4: Take photos and sign off

Take a photo of the mounted gateway and of the harness connection; the app attaches them
to the vehicle record. Mark the install complete. The fleet administrator sees the
vehicle go live in the dashboard within two minutes.

## Troubleshooting

- Odometer shows zero: some light-duty vehicles do not broadcast odometer over OBD-II.
  Enter it manually in the app; Corvane keeps it current from GPS distance.
- Engine hours missing on equipment: ignition wire is probably on a switched accessory
  circuit. Move it to a true ignition source.
- Check-engine light after install: unplug, wait 30 seconds, reconnect, and clear the
  code with a scan tool. Contact support if the light returns.

## Support for installers

24/7 hardware support: 1-800-555-0142, option 2. Have the gateway serial number and VIN
ready.
""",
    },
]
PDF_ASSETS += [
    {
        "path": "Sales/Battlecards/Waybeam_compete_Q2.pdf",
        "title": "Microsoft Word - Waybeam_compete_Q2.docx",
        "author": "tnguyen",
        "modified": "2024-04-15",
        "body": """
# Competing with Waybeam (Q2 update)

For AEs and SEs. Internal.

## Who they are

Waybeam is a venture-funded dashcam company, founded 2019. Its AI dual-facing camera is
good, and its marketing is better: expect polished demos of distracted-driving detection
and a slick coaching inbox. Waybeam shows up mostly in safety-led deals, where the buyer is
a safety director or risk manager and the budget comes from insurance savings.

## What Waybeam does well

- Video quality and night performance are strong; do not argue this point.
- Coaching workflow is well designed and drivers like the app.
- Fast self-install of the camera on the windshield, power from the cigarette lighter
  or fuse box.

## Where Waybeam falls short

- Not a telematics platform. Location comes from the camera's GPS only. There is no engine
  data: no fault codes, no fuel use, no engine hours, no PTO. The customer still needs a
  second vendor for tracking, maintenance and compliance.
- No ELD. Fleets subject to hours-of-service rules need another device and app in the cab.
- Camera-only fleets miss events when the camera is unplugged; Waybeam cannot tell whether
  the vehicle was moving at the time, because it has no connection to the vehicle network.
- Integrations with telematics vendors are one-way feeds into Waybeam. Customers tell us
  the two systems disagree on trips and drivers, and someone in the office reconciles them.

## The integration conversation

When the buyer says "we already have GPS, we just want cameras," ask how many systems the
drivers log into today and who keeps driver assignments in sync between them. Corvane
Safety runs on the same gateway, app and driver identity as Corvane Track, so an event
comes with speed, engine state, seatbelt and hours-of-service context. Ask the safety
director what they do today when a video shows a hard stop but nothing tells them how fast
the truck was going.

If the customer is committed to another telematics vendor, be honest: Corvane Safety
works best with Corvane Track. Qualify out early rather than late.

## The price conversation

Waybeam lists at $35 per camera per month on a three-year term and often discounts to $29
to win. Corvane Safety is $18 per camera per month on top of a Corvane plan. For a fleet
that needs both tracking and cameras, compare the total of two vendors:

| 100 vehicles, 36 months | Waybeam + separate GPS vendor | Corvane Professional + Safety |
| Per vehicle per month | $29 + $25 = $54 | $39 + $18 = $57 |
| Included | Cameras; basic tracking; ELD costs extra | Tracking, ELD, inspections, alerts,
  cameras, API |
| Systems to manage | 2 | 1 |

The difference is a few dollars per vehicle, and it buys one system instead of two. Push
the ELD question; for most trucking prospects it closes the gap completely.

## Traps to avoid

- Do not get into a demo bake-off on video clips alone. Steer to the whole workflow:
  event, context, coaching, maintenance follow-up.
- Do not claim Waybeam "has no AI"; they do, and prospects will have seen it.

## Win stories to use

A 300-truck refrigerated carrier ran Waybeam alongside a legacy GPS system for a year,
then moved both to Corvane to get one driver scorecard.
""",
    },
    {
        "path": "Marketing/Case studies/meridian-home-health.pdf",
        "title": None,
        "author": "",
        "modified": "2024-11-19",
        "body": """
Meridian Home Health and Transport runs 190 agency cars for visiting nurses and therapists
and 70 wheelchair-accessible vans for non-emergency medical transport in three counties.
With Corvane Track, Corvane Dispatch and dashcams in the vans, it raised on-time patient
pickups from 84% to 96% in six months and cut mileage costs by 18%, without cancelling a
single patient visit during the changeover.

# On time for every patient

## About Meridian

Meridian is a nonprofit home health agency. Its clinicians make about 1,100 home visits a
day; its transport service takes patients to dialysis, chemotherapy and physical therapy
appointments. A late van means a patient misses treatment, and a clinic has to reschedule
a chair.

## The problem

Dispatchers worked from a whiteboard, a paper route sheet and phone calls to drivers.
When a patient called to ask where the van was, the answer was a guess. Mileage for the
agency cars was self-reported on paper logs and reimbursed monthly, and the finance team
suspected the numbers ran high but had no way to check them.

## "We can't take a single van off the road"

The director of transportation, Keisha Alvarez, had one condition for any new system: the
changeover could not cost a single patient ride. The vans run from 5 a.m. to 8 p.m., six
days a week, and the agency cars go home with clinicians every night.

Corvane planned the install around those hours:

- Vans were fitted overnight in Meridian's own lot by two Corvane technicians, ten vans a
  night over seven nights, and tested before the first morning pickup.
- Agency cars were fitted at clinicians' weekly team meetings, in the parking lot, 15
  minutes per car, while the meeting ran.
- Dispatchers used Corvane Dispatch side by side with the whiteboard for one week before
  switching over on a Monday.

The full fleet was live in nine working days. No ride was missed or late because of the
installation, and dispatchers needed two hours of training.

## Results

- On-time pickups rose from 84% to 96%. Dispatchers now see every van's live ETA and can
  reassign a ride when one runs late.
- Patients and clinics get a text with the van's arrival time; calls to dispatch asking
  "where is my ride" fell by 60%.
- Mileage reimbursed for agency cars fell 18% once trips were logged automatically from
  GPS, and the finance team now closes mileage in two days instead of ten.
- Dashcam footage resolved two passenger incident complaints in the first quarter, both in
  the driver's favor.

The CFO approved extending Corvane to the agency's new county service area in 2025.

> "The first week we went live, a dialysis center called to thank us. That had never
happened before." - Keisha Alvarez, Director of Transportation, Meridian Home Health and
Transport
""",
    },
]


# ---------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------

DOCX_ASSETS: list[dict] = [
    {
        "path": "Marketing/Case studies/CS_Pinecrest_FINAL_v2.docx",
        "title": "Customer Story Template - DO NOT EDIT",
        "author": "Corvane Marketing",
        "modified": "2024-09-09",
        "body": """
# Pinecrest Markets keeps 64 stores stocked, and every load cold

Pinecrest Markets is a family-owned grocery chain with 64 stores in Pennsylvania and
upstate New York. Its private fleet of 140 tractors and 190 refrigerated trailers runs
out of two distribution centers, delivering to every store at least once a day.

## Summary

- 33% fewer late store deliveries.
- Temperature records for every load, ready for food safety audits in minutes.
- $212,000 a year saved on fuel and reefer fuel.
- Zero rejected loads for temperature in the second half of 2024, down from 19 in the
  same period a year before.

## Why Pinecrest went looking

Pinecrest had used Trakline's basic GPS tracking for four years. It showed where a
tractor was, but nothing about what was happening in the trailer. Reefer temperatures
were downloaded by hand from each unit's controller when a trailer came back to the
distribution center, if someone remembered, and the printouts were filed in binders.

That became a problem in 2023. Two stores rejected loads of dairy for temperature, and
an auditor from one of Pinecrest's private-label suppliers asked for temperature records
for the previous quarter. Pulling them took a coordinator almost two weeks.

"We were running a cold chain on faith," said Tom Haverford, VP of Distribution. "The
drivers were doing it right, but we couldn't show it."

## What Pinecrest deployed

- Corvane Track gateways in all 140 tractors.
- Trailer telematics on 190 reefers, connected to the refrigeration unit controllers, with
  temperature, set point, door open and fuel level reported every five minutes.
- Alerts to the DC night supervisor when a reefer drifts more than three degrees from its
  set point, or a door opens away from a store or the DC.
- Store arrival windows shared with store managers, so receiving crews are ready.

## Results

Late deliveries fell by a third in six months. Most of the gain came from something
simple: store managers could see the truck coming and had the dock clear.

Temperature excursions are now caught in transit. In the first year the night supervisor
handled 41 reefer alerts; in most cases the driver adjusted the unit or fixed a door seal
before the load was at risk. Pinecrest has not rejected a load for temperature since
June 2024.

Audits changed completely. Temperature history for any trailer, load or date range now
comes out of Corvane as a report in minutes, and Pinecrest's food safety manager sends it
to suppliers and inspectors on request under the sanitary transportation rules.

Fuel savings came from two places: tractors idle 19% less, and reefer units now run in
cycle-sentry mode when the load allows it, which Pinecrest could not check before.

## The decision

The distribution team ran a 60-day pilot on 20 tractors and 30 trailers. The CFO signed
off on the full rollout after seeing the pilot's fuel numbers, and the move from Trakline
was finished in five weeks, one DC at a time.

> "Our store managers noticed before anyone else. The trucks just started showing up
when they said they would." - Tom Haverford, VP of Distribution, Pinecrest Markets
""",
    },
    {
        "path": "Sales/Battlecards/Battlecard - Corvane vs Orbis Fleet.docx",
        "title": "Battlecard: Corvane vs. Orbis Fleet",
        "author": "Product Marketing",
        "keywords": "competitive; Orbis",
        "modified": "2025-02-18",
        "body": """
# Battlecard: Corvane vs. Orbis Fleet

Internal use only. Owner: Product Marketing. Last reviewed February 2025.

## The one-line version

Orbis Fleet is the incumbent in most large fleets we sell to. They are not going away,
they have a big feature list, and the customer's team knows the system. We win on a modern
platform, in-cab video that actually drives coaching, open integrations, and a commercial
model that does not punish the customer for leaving.

## Know the competitor

- Founded in the early 2000s; strongest in national trucking, utilities and large
  government fleets.
- Sells 60-month agreements with automatic renewal and an early termination fee equal to
  a share of the remaining contract value.
- Hardware is older. Orbis is retiring its 3G-era units, and many customers face a
  forced hardware upgrade in the next 18 months, often at their own cost.
- Integrations are built by Orbis professional services at hourly rates; the public API
  is read-only and rate-limited.
- Video is available, through a partner camera, with footage retrieved on request.

## When we win, and when we lose

We win when the customer has a hardware refresh coming, when safety is leading the
project, when IT wants an open API, and when the renewal notice window is still open.

We lose when the customer's contract auto-renewed recently, when the main user is a
long-tenured dispatcher who has built years of custom reports, or when the decision is
made at a corporate level that has a master agreement with Orbis.

## Objection: "We've been with Orbis for twelve years. It works."

Agree. It probably does work, for what it was bought for. Then change the question from
"is Orbis broken?" to "what would you run if you were choosing today?"

- Ask what the safety team does with video today, and how long it takes to get a clip.
- Ask who is paying for the 3G hardware upgrade, and what it costs.
- Ask what the last integration request to Orbis cost and how long it took.
- Offer a side-by-side pilot at one terminal. Incumbents rarely win a pilot.

Do not attack Orbis or the people who picked it. The fleet manager who chose Orbis ten
years ago is often the person in the room.

## Objection: "Switching would be too disruptive."

This is the real objection in most Orbis deals. Our answer is a plan, not a promise:

- Installs happen in the yard during drivers' off-duty time; average 30 to 40 minutes per
  vehicle, with the Orbis unit left in place until the Corvane gateway checks in.
- Historical hours-of-service logs, vehicle lists, drivers, geofences and maintenance
  schedules are imported by our onboarding team at no charge.
- Parallel running at one or two sites for two to four weeks before the full cut-over.
- Reference: Harlow Freight moved 420 tractors from Orbis in 19 days without a delayed
  load. Use the case study.

## Objection: "We're locked into our Orbis contract."

Find out exactly what the agreement says, ideally by reading it with the customer's
procurement lead:

- Renewal date and notice window. Many Orbis agreements need notice 90 to 180 days before
  renewal; missing it means another term. Put the date in the opportunity.
- Early termination terms. For customers with more than 250 vehicles, the deal desk can
  approve a buyout credit of up to six months of Corvane subscription to cover an Orbis
  early termination fee.
- Staged start. We can start new business units or new vehicles on Corvane now and move
  the rest at the Orbis renewal date, on one co-termed agreement.

## Side by side

| Area | Corvane | Orbis Fleet |
| Contract | 36 months standard, 12-month option, renewal cap 4% | 60 months, auto-renews, early
  termination fee |
| Hardware | Included on 36-month term, lifetime warranty | Purchased or leased; 3G units being
  retired |
| Video | Own AI camera, events uploaded in seconds | Partner camera, footage on request |
| API | Full read/write REST API and webhooks, included | Read-only API; custom work billed hourly |
| User interface | Web and mobile, single sign-on | Desktop-first web app, mobile app for drivers |
| Support | 24/7 phone, named CSM over 50 vehicles | Business-hours phone, premium support extra |

## Questions to ask in discovery

1. When does your Orbis agreement renew, and what notice does it require?
2. What is your plan for the 3G hardware retirement?
3. How does your safety team use video today?
4. What have you asked Orbis to build for you in the last year?
5. Who besides you would need to agree to a change? (CFO, procurement, IT)
""",
    },
]
DOCX_ASSETS += [
    {
        "path": "Sales/Legal/MSA and DPA key terms - summary for legal reviewers.docx",
        "title": "Legal FAQ",
        "author": "Corvane Legal",
        "modified": "2024-12-02",
        "body": """
# Corvane Master Subscription Agreement and Data Processing Addendum: key terms

A plain-language summary for customer legal, procurement and privacy reviewers. The
signed agreement governs; this summary does not change it. Questions: legal@corvane.example.com.

## Term and renewal

- Initial term is stated on the order form, usually 36 months, sometimes 12.
- Renewal is for 12-month periods unless either party gives 60 days' notice. We send a
  reminder 90 days before the renewal date.
- Renewal price increases are capped at 4% per year over the prior year's fees.

## Termination

- Either party may terminate for material breach not cured within 30 days of notice.
- There is no termination for convenience during the initial term, because hardware is
  included in the subscription. Customers may instead buy out remaining hardware value,
  which we calculate on request.
- On termination, the customer has 90 days to export its data in standard formats (CSV,
  JSON, MP4 for video). We then delete it, and certify deletion on request.

## Data ownership and use

- The customer owns its data, including vehicle, driver and video data.
- Corvane may use de-identified, aggregated data to improve the service and publish
  benchmarks. It never sells customer data or shares identifiable data with insurers or
  other third parties without the customer's written instruction.

## Data processing addendum

- Corvane acts as a processor (or service provider) for personal data about drivers and
  other users; the customer is the controller.
- The DPA covers the standard contractual clauses for transfers out of the EU and UK, for
  customers who choose those regions.
- Subprocessors are listed on our trust page; we give 30 days' notice of new
  subprocessors, and customers may object.
- Security measures are described in an annex and audited annually in our SOC 2 Type II
  report.
- Breach notification: without undue delay and within 72 hours of confirming a security
  incident affecting customer personal data.

## Liability and indemnity

- Each party's liability is capped at the fees paid or payable in the 12 months before
  the claim, with a higher cap (two times annual fees) for breaches of data protection
  and confidentiality obligations.
- Corvane indemnifies the customer against third-party claims that the service infringes
  intellectual property rights.

## Service levels

- 99.95% monthly availability for the web platform and API, excluding scheduled
  maintenance announced at least 48 hours ahead.
- Service credits of 5% to 25% of monthly fees for missed availability, and the right to
  terminate after three missed months in any rolling six.

## Insurance

Corvane carries commercial general liability, technology errors and omissions, and cyber
liability insurance; certificates are available on request.

## Common redlines we can usually accept

- Governing law in the customer's state for public sector customers.
- Mutual limitation of liability (already mutual in our template).
- Longer data export window, up to 180 days.

## Redlines that need deal desk approval

- Termination for convenience during the initial term.
- Uncapped liability of any kind.
- Most-favored-customer pricing clauses.
""",
    },
    {
        "path": "Marketing/Case studies/Tidewater Electric Cooperative - customer story.docx",
        "title": "Tidewater Electric Cooperative",
        "author": "Corvane Marketing",
        "modified": "2024-12-10",
        "body": """
# Tidewater Electric Cooperative restores power faster with live crew locations in its
outage system

Tidewater Electric Cooperative serves 96,000 members across the coastal plain of Virginia
and North Carolina. Its fleet of 310 vehicles includes bucket trucks, digger derricks,
line trucks, and the pickups that storm assessors and servicemen drive.

## The challenge: storms and two disconnected screens

When a hurricane or a nor'easter comes through, Tidewater's control room works from its
outage management system (OMS) and its GIS map. Crew locations were a separate screen
from the old GPS vendor, and dispatchers re-typed truck numbers and positions into the
OMS by hand. During Hurricane Ian's remnants, with 70 mutual-aid crews from other
co-ops on the system, the control room lost track of which crews were where more than
once.

The cooperative's IT manager, Priya Raman, had been burned before. "Every vendor says
they integrate with our OMS. What they mean is they'll send us a CSV file once a night."
Her team also had to approve anything that touched the operational network.

## The integration that made the difference

Corvane's team worked with Tidewater's IT staff to connect Corvane to the OMS and GIS in
four weeks:

- Vehicle positions stream into the OMS every 30 seconds through Corvane's published
  connector, using the vendor's standard crew-location interface. No custom code was
  needed on Tidewater's side.
- Truck status (en route, on site, PTO engaged) shows on the GIS map, so a dispatcher can
  see that a bucket truck has its boom up at a given pole.
- Mutual-aid crews get temporary Corvane asset tags on arrival, so visiting trucks appear
  on the same map as Tidewater's own.
- The connection runs from Corvane's cloud to a gateway in Tidewater's DMZ over an
  encrypted, outbound-only link approved by the co-op's security team. Nothing on the
  control network is exposed.

Ms. Raman's team tested the link in a staging environment for two weeks before the
cut-over. "They sent engineers who had done this before, and the documentation matched
what actually happened," she said.

## Results

- Average restoration time after major storms fell 17% in the first full storm season,
  mostly from sending the closest qualified crew rather than the assigned one.
- Dispatchers stopped re-keying crew positions entirely, saving an estimated 300
  control-room hours during the 2024 season.
- PTO hours are now measured separately from idle hours, which moved bucket truck
  maintenance to an engine-hour schedule and cut idle fuel by 12%.
- Seatbelt alerts and speed coaching brought speeding events down by 46%; the
  cooperative's safety committee reviews the numbers monthly.

> "During the last storm, I could see every truck on our system, ours and the visiting
crews, on one map. That used to be three phone calls." - Darnell Hughes, VP of
Operations, Tidewater Electric Cooperative

## Next steps

Tidewater is adding Corvane Safety cameras to its line trucks and extending the OMS
connection to its vegetation management contractors.
""",
    },
    {
        "path": "Customer Success/Onboarding/Onboarding guide for admins.docx",
        "title": "Corvane Administrator Onboarding Guide",
        "author": "Customer Success",
        "modified": "2025-01-14",
        "body": """
# Corvane Administrator Onboarding Guide

Welcome to Corvane. This guide is for the people who will set up and run Corvane for your
organization: usually a fleet manager or operations lead, plus someone from IT for single
sign-on. Most customers finish these steps in four to six weeks, in parallel with
installation.

Your Corvane onboarding manager will walk you through each step in weekly calls. Keep
this guide open during those calls.

## Week 1: Set up your account

1. Sign in at app.corvane.example.com with the invitation email. The first user is the
   account owner.
2. Under Settings > Organization, set your time zone, units (miles or kilometers,
   gallons or liters) and fiscal year start.
3. Create groups that match how you manage the fleet: regions, depots, departments or
   business units. Groups control who sees which vehicles and drivers.
4. Invite two or three other administrators so you are never the only one who can make
   changes.

## Week 1-2: Connect single sign-on (optional, Enterprise plan)

Your IT team configures SAML 2.0 with your identity provider, using the metadata under
Settings > Security > Single sign-on. Test with one admin account before requiring SSO
for everyone. If you use SCIM provisioning, map your identity provider groups to Corvane
roles so new employees get the right access on day one.

## Week 2: Load vehicles and drivers

- Vehicles: download the vehicle template (Vehicles > Import), fill in unit number, VIN,
  make, model, year, fuel type and group, and upload it. Corvane decodes the VIN and
  fills in the rest.
- Drivers: import drivers with name, employee ID, license number and state, group and
  phone number. Drivers get a text with a link to the Corvane Driver app.
- Trailers and equipment: import them the same way if you have asset tags.

## Week 2-4: Installation

Your onboarding manager schedules installs with you, site by site. Before each install
day, check that every vehicle on the schedule is in Corvane with the right VIN, and that
the site contact knows where installers should park. Installers mark each vehicle live in
the installer app; you will see vehicles appear on the map as they go.

## Week 3: Configure alerts and rules

Start with a few alerts and add more later. Too many alerts on day one is the most common
reason teams stop reading them.

- Speeding: over the posted limit by 10 mph for more than 30 seconds.
- Idling: engine on, vehicle stopped, no PTO, for more than 5 minutes.
- After-hours use: any movement outside working hours for take-home vehicles.
- Geofences: arrival and departure at your yards and key customer sites.
- Maintenance: fault codes of high severity, sent to your shop lead.

## Week 3-4: Train your team

- Dispatchers and supervisors: 45-minute live session on the map, trips, messaging and
  daily reports. Recorded sessions are in the Corvane Academy.
- Drivers: the Driver app walks them through login, vehicle selection, inspections and
  (if you use Corvane Comply) hours of service. Use the driver rollout kit for the
  announcement.
- Shop staff: if you use Corvane Maintain, 30 minutes on work orders and fault codes.

## Week 4-6: Reports and the first review

Schedule the weekly fleet summary, the idle report and the safety scorecard to go to the
right managers by email. At week six, your onboarding manager holds a review with you:
what is working, what alerts to change, and what success measures you will track at
your first quarterly business review.

## Getting help

- In-app chat and help center, 24/7.
- Phone support: 1-800-555-0142.
- Your onboarding manager until go-live, then your customer success manager.
""",
    },
]
DOCX_ASSETS += [
    {
        "path": "Customer Success/Onboarding/Driver rollout communication kit.docx",
        "title": "",
        "author": "Customer Success",
        "modified": "2024-08-05",
        "body": """
# Driver rollout kit

Use this kit to tell your drivers about Corvane before the first vehicle is installed.
Drivers who hear about cameras and tracking from a rumor are much harder to win over than
drivers who hear it from their own manager, with the reasons, two weeks ahead.

## Timeline

- Two weeks before install: manager briefing and driver letter.
- One week before: site meetings, FAQ posted in break rooms.
- Install week: install schedule posted; Driver app download.
- Two weeks after: check-in with drivers; share the first good news story.

## Talking points for managers and supervisors

- Why we are doing this: safety first, then fewer calls and less paperwork for drivers,
  then fuel and maintenance.
- What changes for drivers: a new app for inspections and logs, in-cab alerts, and a
  scorecard they can see themselves.
- What does not change: our discipline policy. Alerts are for coaching, and the driver
  sees every event before a manager does.
- How video protects drivers: when someone else causes a crash, the footage shows it.
- Who can see what: name the roles. Say it plainly: nobody watches live video.

## Letter to drivers (edit and send from your operations leader)

Subject: New safety technology in our vehicles starting [date]

Dear [first name],

Starting [date], we are installing Corvane in every vehicle in our fleet. Corvane includes
a GPS tracker, a safety camera that faces the road and the cab, and an app that will
replace paper inspection forms and logs.

We are doing this because we want every one of you to get home safe, and because video
is the best protection a driver has when someone else causes an accident. The camera does
not stream live video to anyone. It saves short clips when it detects a hard stop, a
collision or a risky behavior such as phone use, and you will see those clips in your app
first. The driver-facing lens turns off when you are off duty.

Your supervisor will hold a short meeting at your site on [date] to show you the app and
answer questions. You can also reach [name, phone] any time.

Thank you for everything you do.

[Name, title]

## Driver FAQ

Is the camera recording me all the time?
It records to its own memory while the vehicle is on, overwriting itself every few days.
Clips are only saved and uploaded when an event happens or when you press the button.

Can my manager watch me live?
No. There is no live viewing of the driver-facing lens.

Will I get in trouble for every alert?
No. Most alerts are for you: the in-cab voice tells you, and you can correct it. Managers
look at repeated or serious events, and our existing policy applies.

What about my breaks and my personal time?
The driver-facing lens is off when you are off duty or the engine is off.

Can I use the footage if I am in an accident that is not my fault?
Yes. Press the event button after any incident, and tell your supervisor. We will use the
footage to defend you.

## Signs for break rooms

"Corvane is coming on [date]. Ask us anything at the site meeting on [date]."
""",
    },
    {
        "path": "Marketing/Whitepapers/ELD mandate and hours-of-service guide.docx",
        "title": "Hours of Service and ELD Compliance: A Plain-English Guide for Fleet Managers",
        "author": "Corvane Compliance Team",
        "subject": "Hours of service, ELDs and DVIRs explained",
        "modified": "2024-01-22",
        "body": """
# Hours of Service and ELD Compliance: A Plain-English Guide for Fleet Managers

The federal hours-of-service (HOS) rules and the electronic logging device (ELD) mandate
are not new, but they still cause more roadside violations, audit findings and driver
frustration than almost anything else in a carrier's safety program. This guide explains
the rules in plain English, shows where fleets most often go wrong, and lists what to look
for in an ELD. It covers property-carrying drivers in the United States. It is a summary,
not legal advice; the Federal Motor Carrier Safety Administration (FMCSA) regulations are
the authority.

## Who the rules cover

Hours-of-service rules apply to drivers of commercial motor vehicles in interstate
commerce: generally vehicles over 10,001 pounds, vehicles placarded for hazardous
materials, and vehicles that carry passengers above set limits. Many states apply similar
rules to intrastate drivers, sometimes with different limits.

## The core limits for property carriers

- 11-hour driving limit: up to 11 hours of driving after 10 consecutive hours off duty.
- 14-hour window: no driving beyond the 14th hour after coming on duty, following 10
  hours off. Breaks do not extend the window, except under the split sleeper rule.
- 30-minute break: required after 8 cumulative hours of driving without at least a
  30-minute interruption. On-duty, not-driving time counts as the interruption.
- 60/70-hour limit: no driving after 60 hours on duty in 7 consecutive days, or 70 hours
  in 8 days. A 34-hour restart resets the period.
- Sleeper berth: drivers can split their 10-hour off-duty period into two parts, one of
  at least 7 hours in the sleeper berth and one of at least 2 hours, in either order.

## Exceptions that fleets use most

- Short-haul exception: drivers who stay within a 150 air-mile radius and return to
  their work reporting location within 14 hours can use time records instead of an ELD
  and do not need the 30-minute break.
- Adverse driving conditions: up to 2 extra hours of driving and on-duty time when
  unexpected weather or traffic occurs.
- Personal conveyance and yard moves: special duty statuses with strict conditions, and a
  favorite target at roadside inspections when they are misused.

## The ELD mandate in one paragraph

Since December 2019, most drivers who must keep a record of duty status must use a
registered ELD that connects to the vehicle's engine, records driving time automatically,
and can transfer data to an officer at the roadside. Drivers of vehicles built before
2000, drivers who keep records of duty status eight days or fewer in any 30-day period,
and driveaway-towaway operations are exempt. Carriers must keep ELD records and
supporting documents for six months.

## Where fleets go wrong

1. Unassigned driving time. When a truck moves without a driver logged in, the ELD records
   unassigned time. Auditors look for it. Review and assign or annotate it every week.
2. Edits without explanations. Carriers can propose edits, but the driver must approve
   them, and every edit needs a reason. Unexplained edits look like falsification.
3. Misused personal conveyance. Driving to a customer to pick up a load is not personal
   conveyance, even when the trailer is empty.
4. Missing supporting documents. Fuel receipts, bills of lading and dispatch records must
   be kept to confirm the logs.
5. Malfunctions ignored. If an ELD malfunctions, drivers must note it, switch to paper
   records, and the carrier must fix or get the device repaired within eight days.

## Driver inspections (DVIRs)

Drivers must inspect the vehicle and prepare a written or electronic driver vehicle
inspection report at the end of each day's work, noting defects that would affect safety.
The carrier must repair defects, certify the repair, and keep reports for three months.
Electronic DVIRs in the same app as the ELD cut missed reports sharply and let the shop
see defects the same day.

## What to look for in an ELD

- Listed on the FMCSA register of self-certified devices, with a history of staying on it.
- A driver app that shows remaining hours clearly, with warnings before each limit.
- Reliable data transfer at the roadside, by web services and email, and a printable
  display for officers.
- Unassigned driving reports and edit workflows that make weekly review quick.
- Support for the exceptions you use: short-haul, split sleeper, personal conveyance and
  yard moves, with clear rules for each.
- Integration with dispatch, so planners see each driver's available hours before they
  assign a load.
- Electronic DVIR with defect photos and repair sign-off.

## Preparing for a compliance review

FMCSA investigators and state enforcement officers can review a carrier's records after a
crash, a complaint or a poor safety measurement score. Carriers that come through reviews
well tend to have a routine, not a scramble:

- A weekly log review by the safety team: unassigned driving, violations, unexplained
  edits and drivers close to their limits.
- A written policy for personal conveyance and yard moves, signed by every driver.
- A file for each driver with the documents auditors ask for first: qualification
  records, drug and alcohol testing, and training.
- Supporting documents matched to logs. A fuel receipt in one state at a time the driver
  was logged off duty in another is exactly what an investigator looks for.
- Records kept for the required periods and retrievable by driver and date range in
  minutes, not days.

## At the roadside

An inspection goes faster when the driver knows how to use the device. Make sure every
driver can show the current day and previous seven days on the screen, transfer the data
to the officer by web services or email, find the ELD instruction sheet and the
malfunction instruction sheet in the cab, and has blank paper logs for eight days in
case the device fails. A driver who fumbles the transfer invites a closer look at
everything else.

## Drivers and the 14-hour window

Most hours-of-service violations are not drivers trying to cheat. They are drivers who
were held at a shipper for three hours and ran out of window before they reached the
receiver. Dispatchers who can see each driver's remaining hours when they plan a load,
and customers who are told when their dock delays cost a delivery slot, prevent more
violations than any amount of discipline.

## How Corvane Comply helps

Corvane Comply is an FMCSA-registered ELD that runs on the Corvane gateway and the Corvane
Driver app. It adds a weekly compliance scorecard for safety managers, automatic alerts
for unassigned driving time, and audit-ready exports of logs, edits and inspections.
""",
    },
]
DOCX_ASSETS += [
    {
        "path": "Customer Success/QBR/QBR template - account review.docx",
        "title": "QBR Template",
        "author": "Customer Success",
        "modified": "2024-10-21",
        "body": """
# Quarterly Business Review: [Customer name]

Instructions for CSMs: copy this template for every QBR, fill in the bracketed fields
from the account's dashboard, and delete these instructions. Send the pre-read to the
customer three business days before the meeting. Invite the executive sponsor (usually
the COO, VP of Operations or Director of Fleet), the day-to-day admin, and, for accounts
over 250 vehicles, someone from finance.

## Agenda (60 minutes)

1. Goals we agreed last quarter, and where we are (10 min)
2. Adoption and usage (10 min)
3. Safety, fuel and maintenance results (15 min)
4. Support and open issues (5 min)
5. Roadmap and what's new (10 min)
6. Next quarter's plan and opportunities (10 min)

## 1. Executive summary

[Three sentences. What the customer got from Corvane this quarter, in their terms: dollars
saved, crashes avoided, hours given back to dispatch. One sentence on the biggest risk.]

## 2. Adoption

| Measure | Last quarter | This quarter | Target |
| Vehicles live / contracted | [ ] | [ ] | 100% |
| Weekly active admin and dispatcher users | [ ] | [ ] | [ ] |
| Drivers using the Driver app | [ ] | [ ] | 95% |
| Electronic inspections completed | [ ] | [ ] | 98% |
| Safety events reviewed within 7 days | [ ] | [ ] | 90% |

If adoption is below target, agree on one concrete action with the admin before the QBR,
and present it as a joint plan.

## 3. Results

- Safety: safety score trend, events per 1,000 miles by type, coaching completion,
  exonerations. Add one short story with a clip if the customer allows it.
- Fuel: idle hours per vehicle per day, fuel per mile, estimated savings against the
  baseline in the business case.
- Maintenance: PM compliance, roadside failures, fault codes closed within 48 hours.
- Value realized: compare against the ROI model from the sale. Use the same inputs and
  show the quarter's actual numbers beside the forecast.

## 4. Support

Tickets opened and closed, median time to resolve, anything escalated. Own the misses.

## 5. Roadmap

Pick two or three items that matter to this customer. Do not read the whole roadmap.

## 6. Opportunities

Only raise what the data supports. Common ones:

- Vehicles or sites not yet on Corvane (new acquisitions, seasonal units, rentals).
- Corvane Safety cameras for Track-only customers, especially after a serious crash or
  before the insurance renewal.
- Corvane Maintain for customers still running PM from spreadsheets.
- Trailer and equipment asset tags.
- Corvane Dispatch for service fleets still scheduling by phone.

## 7. Next quarter

Three goals, each with an owner on both sides and a measure. These become section 1 of
the next QBR.
""",
    },
    {
        "path": "Marketing/Case studies/Northfield USD - school bus case study.docx",
        "title": "",
        "author": "Corvane Marketing",
        "modified": "2023-11-08",
        "body": """
Northfield Unified School District transports 9,400 students a day on 128 buses. With
Corvane, parents see where the bus is, the transportation office answers fewer calls,
and buses idle 35% less outside schools.

# Northfield Unified School District

## Background

Northfield USD covers 210 square miles of suburbs and farmland. Its transportation
department runs 128 yellow buses, 22 special-needs vans and a small maintenance shop, with
a team of 160 drivers, many of them part-time. Like most districts, Northfield has more
routes than drivers, and substitutes often run routes they have never driven.

## What wasn't working

Every school morning, the transportation office fielded 150 to 300 calls from parents
asking where the bus was. On snow days the number doubled. Substitute drivers missed
stops they did not know. And the district had received complaints from neighbors about
buses idling outside two elementary schools, in a state with a five-minute idling limit
near schools.

"We had no answer except 'it should be there soon,'" said Carla Mendes, Director of
Transportation. "Parents deserve better than that."

## What the district deployed

- Corvane Track gateways on all 128 buses and 22 vans, installed over two weeks in July
  while buses were parked for the summer.
- A parent app showing the bus location and an arrival estimate for each stop, available
  only to families of students assigned to that route.
- Turn-by-turn route guidance on a tablet for substitute drivers, with every stop marked.
- Idle alerts near school zones, with a weekly report to each school's principal.
- Electronic pre-trip inspections, replacing paper forms that the state inspector used to
  review in binders.

## Results after one school year

- Calls to the transportation office fell 70% in the first month of the school year.
- Missed stops by substitute drivers fell from an average of 11 a week to fewer than 2.
- Idle time at schools fell 35%, and neighbor complaints stopped.
- The annual state bus inspection took one day instead of three, because every pre-trip
  inspection was on file and searchable.

The district paid for the system from its transportation budget, without adding staff.
The superintendent presented the results to the school board in March.

> "The parent app is the most popular thing we've done in transportation in years."
- Carla Mendes, Director of Transportation, Northfield USD
""",
    },
    {
        "path": "Sales/Battlecards/objection handling - switching from Trakline.docx",
        "title": None,
        "author": "mreyes",
        "modified": "2024-06-03",
        "body": """
# Prospects switching from Trakline: objection handling

For SDRs and AEs working small and mid-size fleets (20 to 300 vehicles) that run
Trakline today. Most of these buyers are owners, general managers or fleet managers who
bought Trakline online. They are price-sensitive, busy, and skeptical of long contracts.

## Why they start looking

- They need more than location: engine data, fault codes, hours of service or cameras.
- Location updates every two minutes make the map useless for dispatching.
- A crash, a lawsuit or an insurer asking about cameras.
- Email-only support that took days to answer.

## "We already paid for the Trakline devices."

What they mean: the money is spent, and moving feels like throwing it away.

- Acknowledge it. Then point out that Trakline devices only work with Trakline, so the
  money is spent either way; the question is what the next three years cost.
- On a 36-month Corvane term, our hardware is included, so there is no second hardware
  purchase.
- For fleets of 50 or more vehicles, the deal desk can approve a one-time switching credit
  of $40 per Trakline device returned to us for recycling.
- Installs take 15 to 25 minutes per vehicle, and we schedule them around the working day.
  Most Trakline customers switch in a week or two.

## "Corvane costs more per vehicle."

What they mean: the list price is higher, and that is what they compare.

- Agree on the numbers: Trakline from $19, Corvane Professional $39 per vehicle per month.
- Then compare what is in the box: Trakline's price does not include engine data on most
  plans, ELD, inspections, or a camera. Add their camera bill and any separate ELD
  subscription; the gap is usually under $10 and sometimes negative.
- Put one number in front of them: idling. A service van that idles 40 minutes a day at
  $3.50 a gallon costs about $20 a month in fuel. Our idle alerts typically cut that by a
  quarter within 90 days.
- If price is the only thing that matters and they need only dots on a map, Trakline is a
  fair choice. Say so and move on; it builds trust for the day they need more.

## "We don't want a long contract."

What they mean: they have been burned by a contract before, or they like being able to
walk away.

- Our 12-month term is available; it costs 15% more per month and hardware is purchased.
- The 60-day pilot of up to 25 vehicles lets them prove value before signing anything
  long.
- The 36-month term includes hardware, a lifetime warranty and a 4% cap on price
  increases at renewal, which most small fleets value once they see it side by side.

## Proof

- Pinecrest Markets (grocery, 140 tractors) moved from Trakline for temperature data.
- Brennan Mechanical (HVAC and plumbing, 180 vans) moved for Corvane Dispatch and cut
  drive time between jobs by 14%.
""",
    },
    {
        "path": "Sales/Templates/Mutual action plan template.docx",
        "title": "Mutual Action Plan - [Customer]",
        "author": "Sales Ops",
        "modified": "2024-09-30",
        "body": """
# Mutual Action Plan: [Customer] and Corvane

A shared plan, agreed with the customer, of every step between today and go-live. Build it
with your champion in the first or second meeting after the demo, keep it in a shared
document, and review it on every call.

## Goal

[Customer] will have Corvane live on [number] vehicles by [date], to achieve [business
outcome the customer named, e.g. "a safety program in place before our insurance renewal
on July 1"].

## People

| Role | Name | Title | Involved in |
| Champion | [ ] | [e.g. Fleet Manager] | Evaluation, pilot, rollout |
| Economic buyer | [ ] | [e.g. CFO or COO] | Business case, signature |
| IT security | [ ] | [e.g. IT Security Lead] | Security review, SSO |
| Procurement | [ ] | [ ] | Vendor onboarding, contract |
| Legal | [ ] | [ ] | MSA and DPA review |
| Corvane AE / SE / CSM | [ ] | | |

## Plan

| Step | Owner | Target date | Status |
| Discovery and demo with fleet and safety teams | Corvane AE | [ ] | |
| Pilot scope and success criteria agreed | Champion + AE | [ ] | |
| Pilot: 25 vehicles, 30-60 days | Champion + Corvane SE | [ ] | |
| Security questionnaire and SOC 2 review | IT security | [ ] | |
| Business case reviewed with finance | Champion + economic buyer | [ ] | |
| Vendor onboarding forms (W-9, insurance certificate) | Procurement | [ ] | |
| MSA and DPA redlines | Legal + Corvane Legal | [ ] | |
| Order form signed | Economic buyer | [ ] | |
| Kickoff and install schedule | Corvane onboarding | [ ] | |

## When your champion says "I'm not the one who signs"

Most champions are not the economic buyer, and that is fine. The risk is a plan that ends
with the champion "taking it upstairs" alone. Use these steps:

- Ask who signs orders of this size, and what they will want to see. Write the name in
  the People table.
- Ask how the last comparable purchase was approved: who was involved, how long it took,
  whether it went to a committee or a board.
- Offer to build the business case with the champion, in the format the CFO or COO
  expects, with the champion's numbers. A one-page summary beats a 20-slide deck.
- Ask for a 20-minute meeting with the economic buyer before the pilot ends, to agree
  what success looks like. Position it as protecting the champion's time, not going
  over their head.
- If you cannot get that meeting, treat the close date as unconfirmed.

## Dates that can move the plan

Budget cycle and fiscal year end, insurance renewal date, contract end date with the
current provider, board meetings, and seasonal peaks (storm season, holidays, school
start).
""",
    },
]
DOCX_ASSETS += [
    {
        "path": "Marketing/One-pagers/Corvane for insurers - partner brief.docx",
        "title": "Corvane for Commercial Auto Insurers",
        "author": "Partnerships",
        "modified": "2024-07-08",
        "body": """
# Corvane for Commercial Auto Insurers

Better risk data for underwriting and loss control, with the policyholder's consent.

Commercial auto has been one of the hardest lines in property and casualty insurance for
a decade: rising claim severity, large jury awards and repair costs that outpace premium.
Insurers and brokers want to know how a fleet actually drives, not just how many vehicles
it has and what its loss runs say.

## What the Corvane partner program offers

- Consent-based data sharing: fleets that use Corvane can choose to share a driving risk
  summary with their insurer or broker. The fleet decides what is shared and can stop at
  any time.
- A standard risk summary: miles driven by road type and time of day, speeding, harsh
  events per 1,000 miles, phone-use and following-distance events, seatbelt use, and
  camera coverage. Aggregated by fleet and by vehicle class, without driver names.
- Faster first notice of loss: with the fleet's permission, a collision detected by the
  gateway or camera can open a claim notice with location, speed and video attached,
  often before the driver has called in.
- Loss control support: underwriters and loss control consultants can see whether a
  fleet's safety program is working between renewals.

## How insurers use it

- Pricing and renewal: credit fleets with strong safety trends; some partners offer 5% to
  12% premium credits for fleets with cameras and active coaching.
- New business: get a verified driving profile for a prospective account after a 60-day
  trial, rather than relying on an application alone.
- Claims: video and vehicle data help establish fault quickly and defend against
  fraudulent or inflated claims.

## What the fleet gets

Lower premiums for good performance, faster claim resolution, and a loss control partner
who sees the same data their safety manager does.

## Privacy and data handling

Risk summaries are shared only under a written authorization from the fleet. Corvane does
not sell fleet data to insurers. Video is shared only for specific claims, by expiring
link, on the fleet's instruction.

## Getting started

Insurers, MGAs and brokers can join the partner program with a data-sharing agreement and
an API connection, or receive risk summaries by secure file transfer. Contact
partners@corvane.example.com.
""",
    },
    {
        "path": "misc/Document (3).docx",
        "title": None,
        "author": "Product Marketing",
        "modified": "2024-12-16",
        "body": """
FY25 messaging house, draft 3. Internal: for marketing, sales and customer success. Not
for customers. Comments to product marketing by Jan 10.

# Umbrella message

Corvane gives every fleet one connected view of its vehicles, drivers and equipment, so
operations leaders can run a safer, leaner fleet with fewer systems.

## Three pillars

1. Safer drivers. AI cameras that coach in the moment, scorecards drivers can see, and
   video that protects them when they are not at fault.
2. Lower cost to run. Less fuel, fewer roadside failures, less paperwork and fewer systems.
3. One platform. Tracking, safety, maintenance, compliance and dispatch on one gateway,
   one app and one login, with an open API.

## Messages by persona

- COO / VP of Operations: "Fewer surprises." On-time performance, uptime and cost per mile
  you can manage, across every site.
- Fleet manager: "Everything about every vehicle in one place." Location, condition,
  utilization, and who is driving.
- Safety manager: "A safety program that runs itself most days." In-cab coaching, events
  prioritized by risk, exoneration footage.
- CFO: "Payback inside a year." Fuel, insurance, maintenance and claims savings, with the
  numbers from your own fleet.
- IT security lead: "Secure by default." SOC 2 Type II, SSO, audited access, signed
  firmware.
- Dispatcher: "Know who is closest." Live location and ETAs, job assignment, messaging.

## Proof points to use

- 31% fewer preventable accidents (Harlow Freight, 420 tractors).
- 40% fewer storm calls (City of Eastvale).
- 96% on-time patient pickups (Meridian Home Health and Transport).
- 17% faster storm restoration (Tidewater Electric Cooperative).

## Words we use and words we avoid

Use: "coach", "protect", "connected fleet", "one platform". Avoid: "monitor your
drivers", "surveillance", "big brother", "track your employees". Never call drivers
"assets".

## Open questions

- Do we lead with safety or cost in construction? Sales says cost; the data says safety.
- Naming for the asset tag product still not final.
""",
    },
    {
        "path": "Customer Success/Expansion/Dashcam upsell play.docx",
        "title": "Expansion play: Corvane Safety cameras for Track-only customers",
        "author": "Customer Success",
        "modified": "2025-03-04",
        "body": """
# Expansion play: Corvane Safety cameras for Track-only customers

For CSMs and account managers. Target: customers on Corvane Track or Professional without
Corvane Safety, 25 vehicles or more, live for at least six months.

## Why now

About 60% of our customers run Corvane without cameras. Many of them are being asked
about video by their insurer, or are looking at standalone camera vendors such as Waybeam.
Every one of those accounts is both an expansion opportunity and a churn risk: a second
vendor in the cab is the first step to a second platform.

## Triggers to watch for

- A serious crash or a claim, especially one where fault was disputed.
- Insurance renewal in the next 120 days.
- A new safety director or risk manager.
- The customer mentions a camera vendor, a pilot or a quote.
- High harsh-event rates on the Track safety report.

## The conversation

Start with the customer's own data, not with the product. Pull the last 90 days of harsh
braking, harsh turning and speeding events from the account, and ask the safety manager:
"For how many of these would you like to know what actually happened?"

Then show what the same events look like with video and AI context, using a sample from a
customer in the same industry.

## Making the case: payback

Use the dashcam insurance savings estimator with the customer's numbers. The inputs that
matter most are annual premium, claims per year and average claim cost. For a typical
100-vehicle service fleet:

- Cameras: 100 x $18 x 12 = $21,600 a year.
- Claims: one avoided or exonerated claim a year at an average of $45,000 pays for the
  program twice.
- Premium: a 5% credit on a $400,000 premium is $20,000 a year.

Ask the CFO or controller to agree the inputs before the meeting; the result is then
their number, not ours.

## When they say "Waybeam quoted us less"

Usually they were quoted a discounted per-camera price. Compare like for like:

- Corvane Safety at $18 per camera per month runs on the gateway they already have, with
  no second app, login or contract.
- A standalone camera vendor needs its own hardware, its own driver identities and its
  own support, and its events carry none of the engine, speed or hours-of-service data.
- Offer a 30-day trial on 10 vehicles, with hardware shipped at no cost, rather than
  discounting.

## When they say "we can't afford it this year"

Offer a phased rollout: cameras on the highest-risk vehicles or routes first (often 20% of
the fleet produces half of the events), the rest at the next budget cycle on the same
agreement.

## Tracking

Log the play in the CRM as "Expansion - Safety" with the trigger. Tell product marketing
about any competitive quote.
""",
    },
]


# ---------------------------------------------------------------------------------------
# PPTX: slides are (title, body, speaker notes)
# ---------------------------------------------------------------------------------------

PPTX_ASSETS: list[dict] = [
    {
        "path": "Sales/Decks/Corvane corporate overview 2025.pptx",
        "title": "PowerPoint Presentation",
        "author": "Corvane Marketing",
        "modified": "2025-01-28",
        "slides": [
            ("Corvane", "The connected fleet platform\nCompany overview, 2025", ""),
            ("Who we are", """Founded 2014, headquartered in Columbus, Ohio
6,200 customers, 410,000 connected vehicles and machines
Customers in trucking, utilities, construction, public works, healthcare transport and \
food distribution
SOC 2 Type II, FMCSA-registered ELD""",
             flow("""Keep this short. The point is that we are big enough to be safe and small
             enough to care. If the audience is enterprise, mention the 410,000 number;
             for small fleets, mention the 24/7 support instead.""")),
            ("Fleets run on too many systems", """A GPS tracker, a camera vendor, an ELD, a \
maintenance spreadsheet and a dispatch board
Five logins, five bills, five versions of the truth
Nobody sees the whole picture until something goes wrong""",
             flow("""Ask the room how many systems their drivers log into today. The answer is
             usually three or more.""")),
            ("One platform", """Corvane Track: live location, trips, geofences, engine data
Corvane Safety: AI dashcams, in-cab coaching, exoneration video
Corvane Maintain: preventive maintenance, fault codes, work orders
Corvane Comply: hours of service, inspections, IFTA
Corvane Dispatch: job scheduling and ETAs for service fleets""", ""),
            ("One gateway, one app, one login", """CV-3 gateway: LTE, GPS, vehicle network, \
Bluetooth for sensors and cameras
Corvane Driver app for logs, inspections, messages and scorecards
Web dashboard and mobile app for managers
Open REST API and webhooks on every plan above Essentials""", ""),
            ("What customers achieve", """31% fewer preventable accidents
14-22% less fuel from idling
25-40% fewer roadside failures
40-70% fewer "where is it?" calls""",
             flow("""Each number is from a named customer story: Harlow Freight, City of
             Eastvale, Tidewater Electric, Northfield USD. Have the case studies ready.""")),
            ("Who we serve", """Trucking and logistics
Electric, gas and water utilities
Construction and heavy equipment
Cities, counties and school districts
Home health and medical transport
Grocery and food distribution
HVAC, plumbing and field service""", ""),
            ("Why Corvane", """Second-by-second data, not two-minute pings
Video, engine and compliance data on one timeline
24/7 support by our own team, named CSM from 50 vehicles
Hardware included and warrantied for the life of the subscription""", ""),
            ("Next steps", """Discovery session with your fleet, safety and IT leads
Tailored demo with your vehicle types
60-day pilot on up to 25 vehicles""", ""),
        ],
    },
    {
        "path": "Customer Success/QBR/2025-03 QBR deck.pptx",
        "title": "PowerPoint Presentation",
        "author": "sbaker",
        "modified": "2025-03-20",
        "slides": [
            ("Harlow Freight Lines + Corvane", "Quarterly Business Review, Q1 2025\nMarch 20,"
             " 2025", ""),
            ("Goals we set in December", """Keep preventable accident rate below 1.0 per \
million miles
Idle time under 20% of engine hours by end of Q1
Start trailer tracking pilot at Columbus and Louisville terminals
Close open issue on DVIR sync for Kentucky terminals""", ""),
            ("Adoption", """420 of 420 tractors live; 6 new units added in February
97% of drivers active in the Driver app weekly
Safety events reviewed within 7 days: 93% (target 90%)
Electronic inspections: 99.4%""", ""),
            ("Safety", """Preventable accidents: 0.94 per million miles (Q4: 0.98)
Following-distance events down 18% quarter over quarter
Phone-use events flat; top 10 drivers account for 41%
2 exonerations this quarter""",
             flow("""Dana asked for the phone-use list by terminal; share it after the meeting,
             not in the room.""")),
            ("Fuel and idle", """Idle time: 20.6% of engine hours (target 20%)
Winter effect: January idle time 24%, March 18%
Estimated fuel saved this quarter vs. 2023 baseline: 23,800 gallons""",
             flow("""We missed the idle target because of January. Recommend APU pilot on the
             40 sleeper cabs with the highest overnight idle.""")),
            ("Support", """31 tickets opened, 30 closed, median time to resolve 5.2 hours
DVIR sync issue in Kentucky fixed in firmware 4.12 (Feb 11)""", ""),
            ("What's new", """Trailer door and cargo sensors (general availability in April)
Driver app: one-tap event review with voice notes
Maintain: parts inventory by shop""", ""),
            ("Opportunities", """Trailer tracking for 610 trailers, after the pilot
Corvane Maintain at Columbus and Dayton shops
APU pilot on 40 sleeper cabs, using idle data""",
             flow("""Ray is the sponsor for Maintain; he has budget in Q3. Trailer pricing
             proposal to go to Melissa Grant (CFO) in April.""")),
            ("Goals for Q2", """Idle time under 19% of engine hours
Trailer pilot results reviewed in May
Maintain pilot scope agreed by June 1""", ""),
        ],
    },
    {
        "path": "Sales/Decks/Safety program pitch - video telematics.pptx",
        "title": "Building a safety program with video",
        "author": "Corvane Sales",
        "modified": "2024-09-16",
        "slides": [
            ("Building a safety program with video", "Corvane Safety\nFor safety, risk and"
             " operations leaders", ""),
            ("The cost of a crash has changed", """Average cost of a commercial vehicle crash \
with injury: over $200,000
Jury awards above $10 million are no longer rare
Commercial auto premiums have risen every year since 2011
Most crashes involve a behavior that could have been coached""",
             flow("""Don't overdo the fear. One number, then move to what the safety team can
             actually control.""")),
            ("What the camera sees", """Road-facing: following distance, stop signs, lane \
departures, collisions
Driver-facing: phone use, eating or smoking, drowsiness, no seatbelt
Vehicle data: speed, braking force, engine state on the same timeline""", ""),
            ("Coaching that scales", """In-cab voice alert at the moment of risk
Driver reviews the clip in the app the same day
Manager sees only repeated or severe events, ranked by risk
Coaching sessions logged for each driver""",
             flow("""This is the slide that matters for a safety manager with 300 drivers and
             no time. Most events never need a manager.""")),
            ("Video that protects your drivers", """Exonerate drivers in disputed collisions
Stop staged-accident fraud
Settle claims in weeks, not years""", ""),
            ("The business case", """Fewer crashes: 20-35% reduction in preventable \
collisions in year one
Claims: faster settlement, fewer disputed-fault payouts
Insurance: premium credits of 5-12% from many insurers
Example, 150 vehicles: $32,400 a year in cameras vs. $180,000 in avoided losses""",
             flow("""Run the dashcam insurance savings estimator live with their numbers if you
             can. Payback for most fleets is under six months.""")),
            ("Drivers on board", """Policy templates and a driver FAQ
No live viewing; driver-facing lens off when off duty
Share exoneration stories early""", ""),
            ("Why Corvane Safety", """One gateway, one app for tracking, ELD and video
No second vendor, login or contract
Standalone camera systems can't tell you how fast the truck was going""", ""),
            ("Next steps", "30-day camera pilot on 10 vehicles\nPolicy workshop with your"
             " safety team", ""),
        ],
    },
]
PPTX_ASSETS += [
    {
        "path": "Sales/Decks/Public sector deck (cooperative contract).pptx",
        "title": "Corvane for Government Fleets",
        "author": "Public Sector Team",
        "modified": "2024-10-07",
        "slides": [
            ("Corvane for Government Fleets", "Cities, counties, states, transit and school"
             " districts", ""),
            ("What public fleets tell us", """Residents expect to see the work: plowing, refuse,
street sweeping
Budgets are fixed for the year; fuel prices are not
Take-home vehicle policies are hard to enforce
Every department runs its own system, or none""", ""),
            ("What Corvane does for government", """Public-facing maps for plowing and sweeping,
with delayed positions for crew safety
Route completion reports for every storm and every refuse route
Idle, after-hours and take-home vehicle reports by department
Preventive maintenance on engine hours, not calendar dates""", ""),
            ("Buy without a new RFP", """Corvane is available on a national cooperative
purchasing contract, competitively solicited by a lead public agency
Any eligible city, county, state agency or school district can purchase from it
Pricing, terms and insurance are already set; no new solicitation needed
Typical time from approval to purchase order: 2-4 weeks""",
             flow("""Procurement officers will ask for the contract number and the lead
             agency's solicitation documents. Send the cooperative contract packet from the
             public sector folder. Confirm with the agency's procurement office that
             cooperative purchasing is allowed under their local rules; most states allow
             it, some need a council resolution.""")),
            ("Terms built for government", """Fiscal-year billing, with non-appropriation
clause
Governing law in your state
Fixed pricing for the contract term; no auto-renewal
Net-45 payment terms""",
             flow("""The non-appropriation clause lets an agency end the agreement if the
             council or legislature does not fund it. Finance directors ask for this every
             time; lead with it.""")),
            ("Data stays in the U.S.", """All government customer data hosted in U.S. regions
Public records requests: exports of trips and events by date range
Role-based access by department""", ""),
            ("City of Eastvale", """380 units: plows, sweepers, parks, water
40% fewer storm calls to the city call center
14% less fuel across the fleet
Live five weeks after council approval""", ""),
            ("Next steps", """Send cooperative contract packet to procurement
Demo for fleet, public works and IT
Pilot on snow or refuse routes""", ""),
        ],
    },
    {
        "path": "Sales/Decks/Technical deep dive - integrations & API.pptx",
        "title": "Corvane Platform - Technical Deep Dive",
        "author": "Solutions Engineering",
        "modified": "2024-11-12",
        "slides": [
            ("Technical deep dive", "Architecture, integrations, API and security\nFor IT,"
             " enterprise architecture and security teams", ""),
            ("Architecture at a glance", """CV-3 gateway and CM-2 camera in the vehicle
LTE to Corvane cloud over mutually authenticated TLS
Multi-tenant platform on a major public cloud, U.S., Canada and EU regions
Web app, mobile apps, REST API and webhooks on the same services""", ""),
            ("Data the platform collects", """Location every second while moving
Engine data: odometer, engine hours, fuel, fault codes, PTO, seatbelt
Driver identity, hours of service, inspections
Camera events with video clips and AI labels""", ""),
            ("REST API", """JSON over HTTPS, OAuth 2.0 client credentials
Read and write: vehicles, drivers, groups, geofences, jobs, work orders
Rate limit: 50 requests per second per customer, burst to 200
Sandbox tenant with sample data for every customer""",
             flow("""Developers like the sandbox. Offer a sandbox key at the end of the call;
             it is the fastest way to get IT on side.""")),
            ("Webhooks and streaming", """Webhooks for events: geofence, safety, fault code,
inspection defect, job status
Location stream: near real-time feed for control rooms and dispatch systems
Retries with back-off; signed payloads (HMAC-SHA256)""", ""),
            ("Prebuilt connectors", """ERP and finance: fuel, mileage and equipment costs to
the general ledger
HR and payroll: driver hours and timesheets
Fuel cards: transactions matched to vehicle location to flag suspect purchases
Maintenance and shop systems: work orders and fault codes
Field service and CRM: jobs, ETAs and proof of visit""",
             flow("""If the customer names a system we do not have a connector for, the
             answer is the API plus our integration partners. Do not promise custom work
             from professional services without the SE manager.""")),
            ("Identity and access", """SAML 2.0 single sign-on with any standard identity
provider
SCIM 2.0 provisioning and deprovisioning
Custom roles; access by group, region and data type
Audit log available in the app and by API""", ""),
            ("Built for the largest fleets", """Largest customer: 38,000 vehicles on one \
account
2.1 billion location and engine records a day across the platform
Map, reports and API response times the same at 50 vehicles and 50,000
Groups, roles and reports nest by region, division and depot""",
             flow("""Enterprise IT will ask whether a platform that sells to 20-truck fleets
             can handle theirs. Answer with the numbers, then offer a load-test sandbox
             with their vehicle count. We add capacity ahead of demand; customers never
             need to tell us before adding vehicles.""")),
            ("Security program", """SOC 2 Type II, annual penetration test
AES-256 at rest, TLS 1.2+ in transit
Signed firmware, secure boot, no inbound ports on devices
72-hour incident notification""", ""),
            ("Getting started", """Security questionnaire and SOC 2 report under NDA
Sandbox API key
Integration workshop with your architects""", ""),
        ],
    },
]
PPTX_ASSETS += [
    {
        "path": "Customer Success/Onboarding/Kickoff deck - implementation plan.pptx",
        "title": "Implementation Kickoff",
        "author": "Onboarding Team",
        "modified": "2025-02-10",
        "slides": [
            ("Implementation kickoff", "[Customer] and Corvane\nKickoff meeting", ""),
            ("Your Corvane team", """Onboarding manager: single point of contact until
go-live
Solutions engineer: SSO, integrations, data imports
Install coordinator: schedules and manages installers on site
Customer success manager: from go-live onwards""", ""),
            ("How long it takes", """Weeks 0-1: account setup, groups, vehicle and driver
import
Weeks 1-2: pilot site, 10-25 vehicles installed and live
Weeks 2-6: remaining sites, about 40-60 vehicles per installer per day
Weeks 4-8: alerts, reports, integrations, training
Week 8: go-live review and hand-off to customer success""",
             flow("""The most common question at kickoff is how long this will take. For a
             fleet of 300 vehicles at three sites, six to eight weeks is normal. The install
             itself is rarely the slow part; getting vehicle lists and site access right
             is.""")),
            ("Installs without downtime", """Installs scheduled around your shifts: yard,
nights or weekends
Light-duty vehicles 15 minutes, heavy trucks 25 minutes, with camera 45 minutes
Old tracking devices stay in until the Corvane gateway is live
Installer photos and sign-off for every vehicle""", ""),
            ("What we need from you", """Vehicle list with VINs and locations, by [date]
Driver list with employee IDs and phone numbers
A site contact for each install day
IT contact for single sign-on and integrations
Driver announcement two weeks before installs""",
             flow("""Be direct about this slide. Projects that slip almost always slip here,
             not on our side.""")),
            ("Training plan", """Admins: three live sessions during setup
Dispatchers and supervisors: 45-minute session per site
Drivers: in-app walkthrough plus 15-minute briefing at shift start
Shop staff: 30 minutes on Maintain, if in scope""", ""),
            ("Success criteria", """All contracted vehicles live by [date]
95% of drivers active in the Driver app by week 8
Alerts and weekly reports agreed and running
Baseline measures captured for the first QBR""", ""),
            ("Risks and how we handle them", """Vehicle list incomplete: weekly review with
onboarding manager
Seasonal peak during installs: pause and resume by site
Driver concerns about cameras: use the driver rollout kit; hold site meetings""", ""),
            ("Next steps", """Confirm pilot site and dates
Send vehicle and driver lists
Book SSO session with IT""", ""),
        ],
    },
    {
        "path": "Sales/Decks/exec briefing CFO.pptx",
        "title": "untitled",
        "author": "rlin",
        "modified": "2025-02-26",
        "slides": [
            ("Executive briefing", "Connected fleet investment proposal\nPrepared for the"
             " Office of the CFO", ""),
            ("The decision in front of you", """Approve Corvane for 250 vehicles on a 36-month
term
Annual subscription: $138,000 (Professional plan plus cameras)
Expected annual savings: $412,000 in year one, rising in years two and three
Payback: 4 months""",
             flow("""Open with the ask. CFOs want the number on the first slide, not the
             fifth.""")),
            ("What the fleet costs today", """Fuel: $2.9M a year, 24% of engine hours idle
Claims and insurance: $1.1M a year, 3 disputed-fault claims open
Maintenance: $1.4M a year, 61% PM compliance
Office time: 2.5 FTE reconciling mileage, logs and fuel card receipts""", ""),
            ("Where the savings come from", """Fuel from idle reduction: $168,000
Claims avoided or exonerated: $120,000
Insurance premium credit: $55,000
Maintenance and fewer roadside failures: $52,000
Admin time: $17,000""",
             flow("""All five lines come from their own data and the ROI calculator. The
             conservative case, with half the fuel savings and no insurance credit, still
             pays back inside seven months. Have that version ready.""")),
            ("Cost of the program", """Subscription: $57 per vehicle per month (Professional \
$39 + Safety $18)
Hardware: included on the 36-month term; lifetime warranty
Installation: $36,250 one time
No internal IT project: SaaS, SSO and API included""", ""),
            ("Managing the risk", """60-day pilot on 25 vehicles with agreed success criteria
Price increases capped at 4% a year at renewal
Vehicles can be added at the same price; 10% can be moved between units each year
Quarterly reviews of realized savings against this model""",
             flow("""If the CFO pushes on price, do not discount on the first ask. Offer the
             pilot, then talk about annual prepay.""")),
            ("Comparison of options", """Do nothing: costs continue, insurance renewal at risk
Low-cost GPS only: saves some fuel, no safety or maintenance data
Corvane: safety, fuel, maintenance and compliance on one platform""", ""),
            ("Recommendation and next steps", """Approve pilot now, full rollout after day 60
review
Finance to confirm the baseline numbers in this model
Target go-live before Q3 insurance renewal""", ""),
        ],
    },
    {
        "path": "Marketing/Webinars/Webinar - preventive maintenance 101 (slides).pptx",
        "title": "Preventive Maintenance 101",
        "author": "Corvane Webinars",
        "modified": "2024-04-25",
        "slides": [
            ("Preventive Maintenance 101", "Corvane webinar series\nFor maintenance managers"
             " and shop leads", ""),
            ("Why PM programs slip", """Schedules kept in spreadsheets or on a whiteboard
Odometer readings collected by hand, weeks late
Driver-reported defects lost on paper
The shop is always fighting today's emergency""",
             flow("""Poll the audience: how do you track PM due dates today? Expect most
             answers to be spreadsheet or the shop system with manual odometer entry.""")),
            ("The real cost of unplanned downtime", """Roadside repair costs 3-4x a planned
shop repair
Tow, rental and missed work on top
A vehicle down is a route, a job or a delivery that doesn't happen""", ""),
            ("Set intervals by actual use", """Miles for on-road trucks and vans
Engine hours for equipment and vehicles that idle or use PTO
Calendar for inspections required by law
Combine: whichever comes first""", ""),
            ("Fault codes: what to act on", """Severity matters: not every check-engine light
is urgent
Sort by system: engine, aftertreatment, brakes, transmission
Watch for repeat codes on the same unit
Set alerts only for high-severity codes to avoid noise""",
             flow("""Show the example of the aftertreatment code that, ignored for two weeks,
             turned into a derate on the highway.""")),
            ("Driver inspections close the loop", """Electronic inspections with photos
Defects become work orders automatically
Drivers see when repairs are done, and trust the process""", ""),
            ("Measuring your program", """PM compliance: share of services done on time
Roadside failures per 100,000 miles
Maintenance cost per mile
Average days out of service""", ""),
            ("Q&A", "Recording and slides will be emailed to all registrants\nTry Corvane"
             " Maintain: corvane.example.com/maintain", ""),
        ],
    },
]


# ---------------------------------------------------------------------------------------
# XLSX: sheets are (name, rows); strings starting with "=" are formulas. "inputs" names
# the cells a user is meant to change (build.py shades them), "percent" the cells shown
# as percentages, "widths" the column widths.
# ---------------------------------------------------------------------------------------


def _five_year_rows() -> list[list]:
    """Year rows of the 5-year cost comparison: subscription, cameras and ELD rising by
    the yearly increase, yearly services and admin time, one-time costs in year 1."""
    rows: list[list] = []
    for year in range(1, 6):
        cells: list = [f"Year {year}"]
        for col in ("B", "C"):
            a = "Assumptions!"
            formula = (f"=({a}{col}5+{a}{col}6+{a}{col}7)*{a}{col}4*12*(1+{a}{col}13)^"
                       f"{year - 1}+{a}{col}10+{a}{col}11*12*{a}{col}12")
            if year == 1:
                formula += f"+{a}{col}4*({a}{col}8+{a}{col}9)+{a}{col}15"
            cells.append(formula)
        cells.append(f"=B{year + 3}-C{year + 3}")
        rows.append(cells)
    return rows


XLSX_ASSETS: list[dict] = [
    {
        "path": "Sales/ROI/Corvane ROI calculator v7.xlsx",
        "title": "Corvane ROI Calculator",
        "author": "Solutions Engineering",
        "modified": "2025-01-09",
        "widths": {"A": 52, "B": 16, "C": 58},
        "inputs": {"Inputs": "B4:B21"},
        "percent": {"Inputs": ["B9", "B12", "B14", "B16", "B19"], "Summary": ["B7"]},
        "sheets": [
            ("Read me", [
                ["Corvane ROI calculator, version 7 (January 2025)"],
                [],
                ["1. Enter your fleet's numbers in the shaded cells on the Inputs sheet."],
                ["2. The Savings sheet shows each saving and how it is calculated."],
                ["3. The Summary sheet gives annual savings, payback and three-year ROI."],
                ["Defaults are medians from Corvane customers with 100-500 vehicles."],
                ["Use conservative inputs with finance teams; they will check them."],
            ]),
            ("Inputs", [
                ["Enter your numbers in the shaded cells"],
                [],
                ["Input", "Value", "Notes"],
                ["Number of vehicles", 150, "Vehicles you plan to connect"],
                ["Fuel price per gallon (USD)", 3.85, "Your average over the last 12 months"],
                ["Idle hours per vehicle per day", 1.8, "From your current system, or estimate"],
                ["Fuel burned per idle hour (gallons)", 0.6, "About 0.8 heavy truck, 0.4 van"],
                ["Working days per year", 250, ""],
                ["Expected idle reduction", 0.25, "Customer median: 22-30% in year one"],
                ["Preventable accidents per year", 6, "Last 3-year average"],
                ["Average cost per accident (USD)", 42000, "Repair, downtime, claims paid"],
                ["Expected accident reduction", 0.2, "Conservative; customers see 20-35%"],
                ["Annual commercial auto premium (USD)", 520000, "From your current policy"],
                ["Expected premium credit", 0.04, "Ask your broker; 0 if unsure"],
                ["Maintenance spend per vehicle per year (USD)", 4200, "Parts and labor"],
                ["Expected maintenance saving", 0.08, "From fault codes and PM on real use"],
                ["Admin hours per week on logs, mileage and fuel receipts", 30, "All staff"],
                ["Loaded hourly cost of admin staff (USD)", 32, "Salary plus benefits"],
                ["Expected admin time saved", 0.5, ""],
                ["Corvane price per vehicle per month (USD)", 57, "Professional $39 + Safety $18"],
                ["One-time installation per vehicle (USD)", 145, "With camera"],
            ]),
            ("Savings", [
                ["Annual saving", "Amount (USD)", "How it is calculated"],
                ["Fuel from idle reduction",
                 "=Inputs!B4*Inputs!B6*Inputs!B7*Inputs!B8*Inputs!B9*Inputs!B5",
                 "Vehicles x idle hours x gallons per hour x days x reduction x fuel price"],
                ["Accidents avoided", "=Inputs!B10*Inputs!B12*Inputs!B11",
                 "Accidents x reduction x cost per accident"],
                ["Insurance premium credit", "=Inputs!B13*Inputs!B14", "Premium x credit"],
                ["Maintenance", "=Inputs!B4*Inputs!B15*Inputs!B16",
                 "Vehicles x spend per vehicle x saving"],
                ["Admin time", "=Inputs!B17*52*Inputs!B18*Inputs!B19",
                 "Hours per week x 52 x hourly cost x share saved"],
                ["Annual savings", "=SUM(B2:B6)", ""],
            ]),
            ("Summary", [
                ["Summary", "USD"],
                ["Annual savings", "=Savings!B7"],
                ["Annual Corvane subscription", "=Inputs!B4*Inputs!B20*12"],
                ["One-time installation", "=Inputs!B4*Inputs!B21"],
                ["Net benefit, first year", "=B2-B3-B4"],
                ["Payback on installation (months)", "=IF(B2>B3,B4/((B2-B3)/12),\"n/a\")"],
                ["Three-year ROI", "=(B2*3-B3*3-B4)/(B3*3+B4)"],
                ["Savings per vehicle per month", "=B2/Inputs!B4/12"],
            ]),
        ],
    },
    {
        "path": "Sales/ROI/Fleet cost model - 5 yr (current vendor vs Corvane).xlsx",
        "title": None,
        "author": "deal desk",
        "modified": "2024-11-27",
        "widths": {"A": 50, "B": 18, "C": 18, "D": 60},
        "inputs": {"Assumptions": "B4:C15"},
        "percent": {"Assumptions": ["B13", "C13"], "5-year comparison": ["D11"]},
        "sheets": [
            ("Assumptions", [
                ["Five-year fleet technology cost model: current vendor vs. Corvane"],
                ["Fill in the current vendor column from the customer's invoices and contract."],
                ["Assumption", "Current vendor", "Corvane", "Notes"],
                ["Vehicles", 300, 300, "Same fleet in both columns"],
                ["Tracking subscription per vehicle per month", 34, 39, "Corvane Professional"],
                ["Camera per vehicle per month", 29, 18,
                 "Current: separate camera vendor; Corvane Safety"],
                ["ELD per vehicle per month", 12, 0, "Included in Corvane Professional"],
                ["Hardware per vehicle (one time)", 210, 0,
                 "Current: forced 3G hardware upgrade; Corvane: included on 36-month term"],
                ["Installation per vehicle (one time)", 95, 145,
                 "Current: installing upgraded units"],
                ["Integration and professional services per year", 18000, 0,
                 "Custom reports and integrations billed hourly; Corvane API included"],
                ["Admin hours per month keeping systems in sync", 40, 8,
                 "Driver assignments, trips, fuel and mileage"],
                ["Loaded hourly admin cost", 35, 35, ""],
                ["Yearly price increase", 0.06, 0.04, "Corvane renewal cap is 4%"],
                ["Contract term (months)", 60, 36, "For reference"],
                ["Cost to exit the current agreement early", 0, 0,
                 "Enter in the Corvane column if switching before the current term ends"],
            ]),
            ("5-year comparison", [
                ["Five-year cost: current vendor vs. Corvane (USD)"],
                [],
                ["Year", "Current vendor", "Corvane", "Difference (saving with Corvane)"],
                *_five_year_rows(),
                ["Five years", "=SUM(B4:B8)", "=SUM(C4:C8)", "=SUM(D4:D8)"],
                ["Per vehicle per month, five-year average", "=B9/Assumptions!B4/60",
                 "=C9/Assumptions!C4/60", "=B10-C10"],
                ["Saving as share of current vendor cost", "", "", "=D9/B9"],
            ]),
        ],
    },
    {
        "path": "Sales/Pricing/Price list 2025 - USD.xlsx",
        "title": "Price List 2025",
        "author": "deal desk",
        "modified": "2025-01-06",
        "widths": {"A": 12, "B": 46, "C": 26, "D": 16, "E": 12, "F": 48},
        "sheets": [
            ("USD 2025", [
                ["SKU", "Product", "Unit", "List price (USD)", "Term", "Notes"],
                ["CV-ESS", "Corvane Essentials", "per vehicle per month", 27, "36 mo", ""],
                ["CV-PRO", "Corvane Professional", "per vehicle per month", 39, "36 mo", ""],
                ["CV-ENT", "Corvane Enterprise", "per vehicle per month", 52, "36 mo",
                 "Includes Maintain, SSO, named CSM"],
                ["CV-ESS-12", "Corvane Essentials, 12-month term", "per vehicle per month",
                 31.05, "12 mo", "Hardware purchased separately"],
                ["CV-PRO-12", "Corvane Professional, 12-month term", "per vehicle per month",
                 44.85, "12 mo", "Hardware purchased separately"],
                ["CV-ENT-12", "Corvane Enterprise, 12-month term", "per vehicle per month",
                 59.8, "12 mo", "Hardware purchased separately"],
                ["CS-CAM", "Corvane Safety (CM-2 camera and AI coaching)", "per camera per month",
                 18, "36 mo", ""],
                ["CM-ADD", "Corvane Maintain add-on", "per vehicle per month", 8, "co-term",
                 "Not needed on Enterprise"],
                ["AT-TAG", "Asset tag subscription", "per tag per month", 6, "co-term", ""],
                ["CD-SEAT", "Corvane Dispatch", "per dispatcher seat per month", 15, "co-term",
                 ""],
                ["HW-CV3", "CV-3 gateway", "each", 149, "", "12-month terms only"],
                ["HW-CM2", "CM-2 dual-facing camera", "each", 249, "", "12-month terms only"],
                ["HW-TAG", "Asset tag, 5-year battery", "each", 39, "", ""],
                ["HW-HAR-J", "J1939 9-pin harness", "each", 0, "", "Included with gateway"],
                ["HW-HAR-U", "Universal 3-wire power harness", "each", 12, "", ""],
                ["SV-INST", "Professional installation, gateway", "per vehicle", 95, "", ""],
                ["SV-INSTC", "Professional installation, gateway and camera", "per vehicle", 145,
                 "", ""],
                ["SV-PS", "Professional services", "per hour", 185, "", "Custom integrations"],
                ["SV-PILOT", "60-day pilot, up to 25 vehicles", "flat fee", 2500, "",
                 "Credited to first year on signature"],
            ]),
            ("Notes", [
                ["Prices valid for orders signed January 1 - December 31, 2025."],
                ["Volume pricing from 250 vehicles: see the deal desk approval matrix."],
                ["Public sector: use the cooperative contract price file, not this list."],
                ["Canadian and EU price lists are maintained separately."],
            ]),
        ],
    },
]
XLSX_ASSETS += [
    {
        "path": "Sales/Battlecards/competitive matrix Q1.xlsx",
        "title": "Competitive matrix",
        "author": "Product Marketing",
        "modified": "2025-03-31",
        "widths": {"A": 40, "B": 30, "C": 30, "D": 30, "E": 30},
        "sheets": [
            ("Matrix", [
                ["Capability", "Corvane", "Trakline", "Orbis Fleet", "Waybeam"],
                ["GPS update rate while moving", "1 second", "2 minutes (30 s top plan)",
                 "30 seconds", "Camera GPS, 10 seconds"],
                ["Engine data and fault codes", "Yes, all plans", "Top plan, light duty only",
                 "Yes", "No"],
                ["PTO and equipment hours", "Yes", "No", "Yes", "No"],
                ["AI dashcam", "Own camera (CM-2)", "Resold third-party camera",
                 "Partner camera", "Own camera"],
                ["In-cab voice coaching", "Yes", "No", "Limited", "Yes"],
                ["Video upload after event", "Seconds", "Minutes, separate app",
                 "On request, hours", "Seconds"],
                ["ELD / hours of service", "Yes (FMCSA-registered)", "No", "Yes", "No"],
                ["Electronic inspections (DVIR)", "Yes", "No", "Yes", "No"],
                ["Preventive maintenance and work orders", "Yes (Maintain)", "No",
                 "Add-on module", "No"],
                ["Reefer temperature monitoring", "Yes", "No", "Yes", "No"],
                ["Asset tags for unpowered equipment", "Yes", "Yes", "Yes", "No"],
                ["Job dispatch for service fleets", "Yes (Dispatch)", "No", "Partner", "No"],
                ["Open API", "Read/write REST, webhooks", "Read-only", "Read-only, rate-limited",
                 "Read/write REST"],
                ["Single sign-on (SAML) and SCIM", "Yes (Enterprise)", "No", "SAML only", "Yes"],
                ["SOC 2 Type II", "Yes", "Not published", "Yes", "Yes"],
                ["Support hours", "24/7 phone and chat", "Email, business hours",
                 "Business hours; 24/7 extra", "24/7 chat"],
                ["Standard contract", "36 months (12 available)", "Month-to-month",
                 "60 months, auto-renew", "36 months"],
                ["Hardware", "Included on 36-month term", "Purchased up front",
                 "Purchased or leased", "Included"],
            ]),
            ("Pricing", [
                ["List price per vehicle per month (USD)", "Corvane", "Trakline", "Orbis Fleet",
                 "Waybeam"],
                ["Tracking only", 27, 19, 32, ""],
                ["Tracking and ELD", 39, "", 41, ""],
                ["Camera", 18, 22, 30, 35],
                ["Typical street price, tracking + ELD + camera", 57, "", 65, ""],
            ]),
            ("Sources", [
                ["Sources and dates"],
                ["Trakline: public website and pricing page, March 2025."],
                ["Orbis Fleet: customer contracts shared in three 2024 deals; analyst briefing."],
                ["Waybeam: public pricing page and two lost-deal reviews, February 2025."],
                ["Update quarterly. Send corrections to product marketing."],
            ]),
        ],
    },
    {
        "path": "Sales/ROI/Dashcam insurance savings estimator.xlsx",
        "title": "Dashcam insurance savings estimator",
        "author": "Solutions Engineering",
        "modified": "2024-09-16",
        "widths": {"A": 48, "B": 16, "C": 56},
        "inputs": {"Estimator": "B4:B12"},
        "percent": {"Estimator": ["B9", "B10", "B11", "B22"]},
        "sheets": [
            ("Estimator", [
                ["Dashcam insurance and claims savings estimator (Corvane Safety)"],
                ["Enter your numbers in the shaded cells. Results update automatically."],
                ["Input", "Value", "Notes"],
                ["Vehicles with cameras", 100, ""],
                ["Annual commercial auto premium (USD)", 400000, "From your current policy"],
                ["At-fault claims per year", 5, "Last 3-year average"],
                ["Average cost per claim (USD)", 38000, "Paid plus reserves"],
                ["Disputed-fault claims per year", 3, "Claims where fault was contested"],
                ["Share of disputed claims resolved by video", 0.5, "Customer median"],
                ["Expected reduction in at-fault claims", 0.25, "Customers see 20-35%"],
                ["Expected premium credit", 0.05, "Many insurers offer 5-12%"],
                ["Camera price per vehicle per month (USD)", 18, "Corvane Safety list price"],
                [],
                ["Results", "USD", "How it is calculated"],
                ["Claims avoided", "=B6*B10*B7", "Claims x reduction x cost per claim"],
                ["Disputed claims resolved in your favor", "=B8*B9*B7",
                 "Disputed claims x share resolved x cost per claim"],
                ["Premium credit", "=B5*B11", "Premium x credit"],
                ["Annual savings", "=SUM(B15:B17)", ""],
                ["Annual camera cost", "=B4*B12*12", "Vehicles x price x 12"],
                ["Net annual benefit", "=B18-B19", ""],
                ["Months to pay back", "=IF(B18>0,B19/(B18/12),\"n/a\")",
                 "Camera cost / monthly savings"],
                ["Return on camera spend", "=B20/B19", ""],
            ]),
        ],
    },
]

_SECURITY_ROWS: list[list] = [
    ["ID", "Domain", "Question", "Response", "Evidence / reference"],
    ["GOV-01", "Governance", "Do you have a documented information security program?",
     "Yes. Owned by the CISO, reviewed annually by the executive team.", "SOC 2 report, CC1"],
    ["GOV-02", "Governance", "Is your security program independently audited?",
     "Yes. SOC 2 Type II, annual, covering security, availability and confidentiality.",
     "SOC 2 report (NDA)"],
    ["GOV-03", "Governance", "Do employees receive security awareness training?",
     "Yes, at hire and annually, with quarterly phishing exercises.", "Training policy"],
    ["GOV-04", "Governance", "Are background checks performed on employees?",
     "Yes, for all employees where permitted by law.", "HR policy"],
    ["ACC-01", "Access control", "Do you support single sign-on?",
     "Yes. SAML 2.0 with any standard identity provider (Enterprise plan).", "Admin guide"],
    ["ACC-02", "Access control", "Do you support automated user provisioning?",
     "Yes. SCIM 2.0.", "Admin guide"],
    ["ACC-03", "Access control", "Is multi-factor authentication available?",
     "Yes, for all users; it can be enforced by the customer.", "Admin guide"],
    ["ACC-04", "Access control", "How is employee access to production data controlled?",
     "Least privilege, approved per request, SSO with hardware keys, sessions logged and "
     "reviewed quarterly.", "SOC 2 report, CC6"],
    ["ACC-05", "Access control", "Can customers restrict access by role and location?",
     "Yes. Custom roles, groups by region or depot, restrictions on video and driver data.",
     "Admin guide"],
    ["DAT-01", "Data protection", "Is customer data encrypted at rest?",
     "Yes. AES-256 for databases, object storage (including video) and backups.",
     "Security overview"],
    ["DAT-02", "Data protection", "Is customer data encrypted in transit?",
     "Yes. TLS 1.2 or higher for all connections, including vehicle to cloud.",
     "Security overview"],
    ["DAT-03", "Data protection", "Where is customer data hosted?",
     "United States by default; Canada and EU regions available.", "Order form"],
    ["DAT-04", "Data protection", "Can the customer set data retention periods?",
     "Yes, by data type. Defaults: location 3 years, video 90 days.", "Admin guide"],
    ["DAT-05", "Data protection", "How is data returned or deleted at contract end?",
     "Export in CSV, JSON and MP4 within 90 days; deletion certified on request.", "MSA 12.3"],
    ["DAT-06", "Data protection", "Is customer data used to train AI models?",
     "Only de-identified event data, to improve detection; never sold or shared.", "MSA 7.2"],
    ["APP-01", "Application security", "Do you follow a secure development lifecycle?",
     "Yes. Code review, static analysis and dependency scanning on every change.",
     "SOC 2 report, CC8"],
    ["APP-02", "Application security", "How often are penetration tests performed?",
     "Annually by an independent firm, covering web, mobile, API and hardware.",
     "Pen test summary"],
    ["APP-03", "Application security", "How quickly are vulnerabilities remediated?",
     "Critical 7 days, high 30 days, medium 90 days.", "Vulnerability management policy"],
    ["HW-01", "Devices", "Is device firmware signed and verified?",
     "Yes. Signed firmware, secure boot, signed over-the-air updates.", "Security overview"],
    ["HW-02", "Devices", "Do devices accept inbound connections?",
     "No. All connections are initiated by the device.", "Security overview"],
    ["HW-03", "Devices", "Can the device write to the vehicle network?",
     "Listen-only by default. Write functions are disabled unless enabled per customer.",
     "Hardware spec"],
    ["OPS-01", "Operations", "What is your availability commitment?",
     "99.95% monthly, with service credits.", "SLA"],
    ["OPS-02", "Operations", "Do you have a business continuity and disaster recovery plan?",
     "Yes, tested annually. RPO 1 hour, RTO 4 hours.", "BCP/DR summary"],
    ["OPS-03", "Operations", "Are backups encrypted and tested?",
     "Daily encrypted backups, restore tested quarterly.", "SOC 2 report, A1"],
    ["IR-01", "Incident response", "Do you have an incident response plan?",
     "Yes, tested twice a year.", "IR policy summary"],
    ["IR-02", "Incident response", "How quickly will you notify us of a breach?",
     "Within 72 hours of confirming an incident affecting customer data.", "DPA 8.1"],
    ["VEN-01", "Third parties", "Do you maintain a list of subprocessors?",
     "Yes, published on the trust page; 30 days' notice of changes.", "Trust page"],
    ["VEN-02", "Third parties", "Are subprocessors assessed for security?",
     "Yes, before onboarding and annually.", "Vendor management policy"],
    ["PRI-01", "Privacy", "Do you offer a data processing addendum?",
     "Yes, including standard contractual clauses where needed.", "DPA"],
    ["PRI-02", "Privacy", "Does the driver-facing camera use facial recognition?",
     "No. Behaviors are detected without identifying the person.", "Safety product guide"],
]

XLSX_ASSETS += [
    {
        "path": "Sales/Security/Vendor security questionnaire - Corvane answers.xlsx",
        "title": "Standard security questionnaire responses",
        "author": "Corvane Security Team",
        "modified": "2025-02-03",
        "widths": {"A": 10, "B": 22, "C": 60, "D": 70, "E": 28},
        "sheets": [
            ("Responses", _SECURITY_ROWS),
            ("About", [
                ["Corvane standard security questionnaire responses, version 2025.1"],
                ["For customer IT security and procurement teams."],
                ["Questions not covered here: security@corvane.example.com"],
                ["Answers apply to the Corvane platform as of February 2025."],
            ]),
        ],
    },
]


# ---------------------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------------------

MD_ASSETS: list[dict] = [
    {
        "path": "Sales/Talk tracks/discovery-call-talk-track.md",
        "modified": "2024-08-19",
        "text": """\
# Discovery call talk track

For first calls with fleet prospects, 30 minutes. Goal: understand the problem well
enough to know whether we should run a demo, and who else needs to be in it.

## Opening (2 minutes)

> "Thanks for the time. I'd like to spend most of this call understanding how your fleet
> runs today and what's driving the conversation. If it makes sense, we'll set up a demo
> with your vehicles and your team. Does that work?"

Confirm the time they have. Confirm their title and who they report to.

## Their fleet (5 minutes)

- How many vehicles, what types (light duty, heavy trucks, equipment, trailers)?
- How many sites or depots? Do vehicles go home at night?
- What do you use today for tracking, cameras, logs and maintenance?
- Who uses it day to day? Who looks at the reports?

## The problem (10 minutes)

Ask open questions and **let them talk**. Pick the questions for the person on the call:

**Fleet manager**

- What takes up most of your week that shouldn't?
- How do you know when a vehicle needs service?
- What happens when a vehicle is somewhere it shouldn't be?

**Safety manager**

- What does your safety program look like today? How do you find out about risky
  driving?
- What happened with your last serious crash or claim?
- What is your insurer asking for at renewal?

**Operations leader (COO, VP of Operations)**

- What are the two or three numbers you are measured on?
- Where do you lose the most time or money in the fleet?

**CFO or controller**

- What does the fleet cost you a year in fuel, maintenance and insurance?
- How do you approve technology spend of this size?

**Dispatcher**

- How do you decide who goes to the next job?
- How many calls a day are "where is the truck"?

## Impact (5 minutes)

Turn the problem into numbers. "You said idling is a problem; do you know roughly how
many hours a day? What's your fuel price?" Write the numbers down; they go into the ROI
calculator later.

## "This isn't a priority right now"

You will hear this on about a third of first calls. Don't push, and don't give up:

- Ask what **is** the priority this year. Often it is something we affect: a safety
  target, a cost reduction, a hardware upgrade forced by the 3G retirement.
- Ask what would have to happen for this to become a priority: a crash, an insurance
  renewal, a contract ending. Get the dates. Contract end dates and insurance renewals
  are the best timing signals we have.
- Offer something small and useful now: the idle benchmark for their industry, or a
  look at their fault codes. Put a follow-up in the calendar before the call ends.
- If the honest answer is "next fiscal year", ask when budgets are set. Planning starts
  months before the fiscal year, and being in the plan is how we win next year.

## Next steps (3 minutes)

- Who else should see a demo? (Safety, maintenance, IT, finance)
- What would a good outcome look like for you in six months?
- Book the demo on the call. Send the recap the same day with the numbers they gave you.
""",
    },
    {
        "path": "Sales/Talk tracks/objection-handling.md",
        "modified": "2025-01-30",
        "text": """\
# Objection handling: the big three

The three objections we hear most after a demo, with what they usually mean and how to
answer. Listen first; repeat the objection back before answering.

---

## 1. "It's too expensive."

**What it usually means:** they are comparing our price with a tracker-only product, or
they have not yet seen what they would save.

**How to answer:**

- Ask what they are comparing with. If it is a GPS-only product, compare what is included:
  engine data, ELD, inspections, cameras, maintenance, support.
- Build the savings case with *their* numbers: idle hours, fuel price, accidents and
  claims, premium, maintenance spend. The ROI calculator does this in 15 minutes.
- Show cost per vehicle per day rather than per year. $57 a month is about $1.90 a day per
  vehicle, less than 30 minutes of idling for a heavy truck.
- Don't discount on the first ask. If price is still the issue, offer a 60-day pilot, a
  smaller first phase, or annual prepay.

---

## 2. "We already have a system."

**What it usually means:** switching feels risky, the current vendor is "good enough",
or the person who chose it is in the room.

**How to answer:**

- Never criticize the current vendor or the person who chose it.
- Ask what they would change if they could. Ask what the current system does not do that
  they have had to work around.
- Ask about hardware age, the 3G retirement, contract end date, and what custom work
  costs them.
- Offer a side-by-side pilot at one site. Let the data make the argument.
- For Orbis Fleet or Trakline customers, use the competitor battlecards.

---

## 3. "We don't have the time or people to roll this out."

**What it usually means:** they remember a painful software project, or they are short of
staff and cannot take vehicles off the road.

**How to answer:**

- Be specific: installs take 15 to 45 minutes per vehicle and are scheduled around their
  shifts, in the yard, at night or at weekends. No vehicle misses a shift.
- We provide installers, an onboarding manager and the training. The customer's team
  spends about two to four hours a week during setup.
- A 300-vehicle fleet is typically live in six to eight weeks.
- Share the Meridian Home Health story: 260 vehicles, live in nine working days, no
  patient ride missed.
- Show the kickoff plan and the "what we need from you" list, so they can see the work.

---

### Other objections

See the talk tracks for timing ("call me next year"), security reviews and contracts.
""",
    },
    {
        "path": "Customer Success/FAQ/customer-faq.md",
        "modified": "2024-12-04",
        "text": """\
# Corvane customer FAQ

Answers to the questions new customers ask most in their first 90 days.

## Getting started

**How do I add a vehicle?**
Go to *Vehicles > Add vehicle*, enter the VIN and unit number, and assign a group. To add
many at once, use *Vehicles > Import* with the CSV template.

**How do drivers log in?**
Drivers download the Corvane Driver app and sign in with the phone number or employee ID
you entered for them. They choose their vehicle by scanning the QR code on the gateway,
or the app picks it up automatically by Bluetooth.

**Can someone have access to only one depot?**
Yes. Put the depot's vehicles and drivers in a group, and give the user a role limited
to that group.

## Using Corvane

**Why is a vehicle showing as offline?**
The most common reasons: the vehicle has not been driven, it is parked in a garage
without cellular coverage, or the gateway was unplugged. Data stored on the gateway is
uploaded as soon as it reconnects.

**How do I set up an alert?**
Go to *Alerts > New alert*, pick the type (speeding, idling, geofence, fault code, after
hours), choose the vehicles or groups and who should be notified.

**Can I export trip history?**
Yes. Every report has an export button (CSV or PDF), and the API returns the same data.

**How long is data kept?**
By default: location and trips 3 years, video 90 days, hours-of-service records 6 months
beyond the legal minimum. Administrators can change these under *Settings > Data
retention*.

## Drivers and cameras

**Does the camera record audio?**
Audio is off by default. Your administrator can turn it on if your policy allows it and
local law permits.

**A driver says an event was wrong. What do I do?**
Open the event, review the clip, and mark it as "not a risk" with a note. The driver's
score is recalculated, and the feedback helps our models.

## Billing

**When are we billed?**
Annually in advance, starting from the date the first vehicle goes live, unless your
order form says otherwise.

**How do I add more vehicles?**
Ask your customer success manager or add them in the app; they are billed at your
contract price and co-termed with your agreement.

## Getting help

- Help center and chat: in the app, 24/7.
- Phone: 1-800-555-0142.
- Your customer success manager: see *Settings > Account* for their name and email.
""",
    },
    {
        "path": "Sales/Battlecards/waybeam-vs-corvane-talk-track.md",
        "modified": "2025-02-12",
        "text": """\
# Talk track: moving a Waybeam + GPS fleet onto Corvane

For prospects who run Waybeam cameras **and** a separate GPS or ELD vendor (often
Trakline in smaller fleets). These deals are about consolidation: two vendors, two apps,
two contracts, into one.

## Set the scene

> "Most fleets we talk to that use Waybeam like the cameras. What they don't like is
> running two systems that disagree with each other. Is that what you're seeing?"

Let them describe the pain. Typical answers:

- Driver assignments out of sync: the camera says one driver, the ELD says another.
- Events without context: a hard-brake clip, but no speed or engine data beside it.
- Two bills, two renewal dates, two support lines.
- Drivers logging into two apps before every shift.

## The one-system argument

- Corvane Safety runs on the same gateway, driver identity and app as Corvane Track and
  Comply. One login for drivers, one scorecard, one timeline per trip.
- Every event carries speed, braking force, seatbelt, engine state and hours of service.
- One contract and one renewal date; one support number, 24/7.

## Answering "switching both at once sounds like a lot"

**Keep it concrete.**

- Install the gateway and camera in one visit: about 45 minutes per vehicle.
- We import drivers, vehicles, groups and geofences from the GPS vendor, and six months
  of hours-of-service logs if they use an ELD.
- Waybeam clips they need to keep (open claims, litigation holds) can be exported from
  Waybeam before the cameras come out. Make sure their legal team knows.
- Stagger by site if contract dates differ: start where the GPS contract ends first, and
  move cameras at the Waybeam renewal.

## Answering "can't you just integrate with Waybeam?"

We can ingest Waybeam events through their API, and for some large fleets that is the
right first step. But be clear about what they get: clips land in Corvane without the
shared driver identity and vehicle context, and the customer still manages two vendors.
Position it as a bridge to the renewal date, not the end state.

## Numbers to bring

Use the competitive matrix for features and list prices. A 120-vehicle fleet on Waybeam
plus a GPS vendor usually pays $50 to $60 per vehicle per month combined; Corvane
Professional plus Safety is $57, with ELD, inspections and API included.

## Don't

- Don't knock Waybeam's video quality. It's good.
- Don't promise the integration will be seamless; it's a bridge.
""",
    },
]
MD_ASSETS += [
    {
        "path": "Marketing/Email/nurture-sequence-fleet-safety.md",
        "modified": "2024-07-22",
        "text": """\
# Nurture sequence: fleet safety (4 emails)

Audience: safety managers, safety directors and risk managers at fleets with 50+
vehicles who downloaded the video telematics guide or attended a safety webinar.
Cadence: day 0, day 4, day 10, day 18. Stop the sequence when someone books a meeting.

Merge fields: `{first_name}`, `{company}`, `{fleet_size}`, `{rep_name}`.

---

## Email 1 (day 0): the guide

**Subject:** Your guide to cameras in the cab

Hi {first_name},

Thanks for downloading *Cameras in the Cab*. The short version: drivers accept video when
they understand it is event-based, coaches them first, and protects them when someone else
is at fault.

Page 3 has the six principles our most successful customers follow. If you only read one
page, read that one.

{rep_name}

---

## Email 2 (day 4): the numbers

**Subject:** What a 31% drop in preventable crashes looked like

Hi {first_name},

Harlow Freight runs 420 tractors out of 14 terminals. In their first year with in-cab
coaching, preventable accidents fell 31%, and four clips cleared their drivers of fault,
one of them in a claim reserved at $410,000.

The part their safety director talks about most isn't the video. It's that drivers
started correcting themselves before anyone called them.

[Read the Harlow Freight story]

---

## Email 3 (day 10): the driver question

**Subject:** "Will the drivers revolt?"

Hi {first_name},

It's the first question safety leaders ask us. Our answer: not if they hear about it from
you first, with the reasons, and see that the camera works for them too.

We put together a driver rollout kit: a letter to drivers, manager talking points and a
driver FAQ. It's yours to use, whether or not you ever buy from us.

[Get the driver rollout kit]

---

## Email 4 (day 18): the ask

**Subject:** 20 minutes on {company}'s safety program?

Hi {first_name},

If a camera program is on your list for this year, I'd like to show you what it would
look like for a fleet of {fleet_size}, including what your insurer is likely to credit.

Would 20 minutes next week work? Or reply with a better time.

{rep_name}
""",
    },
    {
        "path": "Sales/Talk tracks/energy-utilities-playbook.md",
        "modified": "2024-10-28",
        "text": """\
# Utilities playbook (electric, gas, water)

For AEs covering investor-owned utilities, cooperatives and municipal utilities.

## Who buys

| Role | What they care about |
| VP of Operations | Restoration times, crew productivity, storm response |
| Fleet Manager | Uptime of specialty trucks, PTO hours, maintenance costs |
| Safety Manager | Lineworker and driver safety, seatbelt use, speeding |
| IT / OT Security | Anything that touches the operational network |
| Procurement | Often a formal RFP; co-ops may use a cooperative contract |

Utilities buy slowly and carefully. Expect a 6 to 12 month cycle and a formal security
review. Orbis Fleet is the most common incumbent in large utilities; know the Orbis
battlecard before the first meeting.

## The pains we solve

- **Storm response.** Knowing where every crew is, including mutual-aid crews, and
  sending the closest qualified one.
- **PTO and idle.** Bucket trucks and digger derricks idle for hours while working. Most
  systems cannot tell productive PTO time from waste, so idle reports are ignored.
- **Maintenance on hours, not miles.** A bucket truck can run up engine hours with very
  few miles.
- **Integration with the outage management system (OMS) and GIS.** Crew location in the
  control room, not on a separate screen.

## The security conversation

Utility IT and OT security teams will ask hard questions, and they should. Get ahead of
them:

- Bring the security overview and the completed standard questionnaire to the first
  technical meeting. Offer the SOC 2 Type II report under NDA.
- Be clear about architecture. Corvane is a cloud service. The gateway in the truck
  connects only outbound over cellular, with no inbound ports, and reads the vehicle
  network in listen-only mode by default.
- The OMS connection runs from Corvane's cloud to a connector in the utility's DMZ, over
  an encrypted outbound link. Nothing on the control network is exposed. Tidewater
  Electric's security team approved this design after two weeks of testing in staging.
- Fleet telematics is usually outside the scope of critical infrastructure protection
  rules for the bulk electric system, but don't argue scope with the security team. Let
  them decide, and give them what they need to document it.
- Data residency: U.S. hosting by default. Role-based access can restrict crew location
  data to the control room and fleet teams.

## Proof points

- Tidewater Electric Cooperative: 310 vehicles, 17% faster restoration after major storms,
  live crew locations in the OMS.
- Idle fuel down 12% once PTO hours were separated from idle hours.

## Questions for discovery

1. How do you track crew locations during a major storm today?
2. How do mutual-aid crews show up in your systems?
3. How do you separate PTO time from idle time?
4. What does your security review process look like for a new cloud vendor?
5. When does your current fleet contract renew?
""",
    },
]


# ---------------------------------------------------------------------------------------
# Plain text
# ---------------------------------------------------------------------------------------

TXT_ASSETS: list[dict] = [
    {
        "path": "Sales/Email templates/follow up after demo.txt",
        "modified": "2024-05-14",
        "text": """\
Subject: Recap and next steps from today's Corvane demo

Hi [First name],

Thanks to you and [names] for the time today. A quick recap so we're all working from the
same page:

What you told us
- [Number] vehicles across [number] sites, on [current system] today.
- The priorities: [e.g. getting a camera program in place before the insurance renewal in
  [month], and cutting idle time at the [site] depot].
- Success in six months would look like: [their words].

What we showed
- Live map and trip history with your vehicle types.
- Safety events with video and in-cab coaching.
- Idle report with PTO hours separated out.
- [Anything else specific to the call.]

Next steps
1. I'll send the ROI model filled in with the numbers you gave us by [date]. Please
   correct anything that looks off.
2. [Name] from our team will send the security overview and questionnaire to [IT
   contact].
3. Let's hold [date/time] to agree the scope of a 60-day pilot.

Attached: the slides from today and the Harlow Freight case study you asked about.

Thanks again,
[Your name]
[Title] | Corvane
[Phone]
""",
    },
    {
        "path": "Sales/Email templates/breakup email.txt",
        "modified": "2024-03-02",
        "text": """\
Subject: Should I close your file?

Hi [First name],

I've reached out a few times about [company]'s fleet and haven't heard back, which
usually means one of three things:

1. The timing is wrong, and this isn't on your list this year.
2. Someone else at [company] owns fleet technology, and I should be talking to them.
3. You've been buried, and you'd like me to follow up in a month or two.

Any of those is fine. Just reply with 1, 2 or 3 and I'll take it from there. If I don't
hear back, I'll assume it's number 1 and stop filling your inbox.

In case it's useful either way, here's our guide to the hidden cost of idling. Most
fleets are surprised by the number on page 2.

Thanks,
[Your name]
Corvane
""",
    },
    {
        "path": "misc/call notes - Granite Valley Waste 2024-11-12.txt",
        "modified": "2024-11-12",
        "newline": "\r\n",
        "text": """\
Granite Valley Waste - discovery call - 11/12/24
Attendees: Mike Danforth (Ops Manager), Sheryl Ko (Fleet Manager), me, Jordan (SE)

Fleet
- 85 trucks: rear loaders, front loaders, roll-offs; 12 pickups for supervisors
- 2 yards, 1 transfer station. Shop in-house, 6 techs.
- On Orbis Fleet since 2018. Contract runs to June 30, 2025. Mike thinks there is a
  180-day notice window, not sure. Sheryl to check the contract.
- Cameras: none. Insurance broker asked about cameras at the last renewal (renewal is
  April).

Pain
- Missed pickups: customers call, drivers say they were there, nobody can prove it.
  Wants proof of service with a photo / GPS at each stop.
- Hydraulic and packer hours not tracked; PM on calendar only. 3 packer failures on route
  this year.
- Route sheets are printed every morning. Sheryl wants turn-by-turn for new drivers.
- Idling at the transfer station queue - they think 45+ min per truck per day.

Concerns they raised
- Early termination fee with Orbis if they move before June.
- Drivers are union (Local 4xx). Cameras will need to go through the union.
- CFO (Dana Pruitt) signs anything over $50k. Not on this call.

Next steps
- Send case study (Eastvale - refuse trucks mention) and the driver rollout kit.
- Jordan to scope PTO / packer hours on their trucks (mostly 2019-2022 chassis).
- Demo with Mike, Sheryl and the shop lead - week of 12/2.
- Ask for intro to Dana before the pilot conversation.
""",
    },
    {
        "path": "Sales/Email templates/renewal reminder 90 days.txt",
        "modified": "2024-06-17",
        "text": """\
Subject: Your Corvane renewal on [renewal date]: a quick review

Hi [First name],

Your Corvane agreement for [number] vehicles renews on [renewal date], 90 days from now.
Nothing needs to happen for the renewal to go ahead, but it's a good moment to make sure
the agreement still fits your fleet.

A few things worth checking together:

- Vehicle count. You have [number] vehicles live and [number] contracted. If you've added
  or retired units, we'll true up the agreement.
- Your results so far. Since go-live you've [e.g. cut idle time by X% and completed
  X,XXX electronic inspections]. I'll bring the full numbers to our review.
- What's new. Since you signed, we've added [e.g. trailer sensors, Maintain parts
  inventory]; some of it may be included in your plan already.
- Term. Renewing for 36 months keeps your current price with increases capped at 4% a
  year. A 12-month renewal is also available.

Could we find 30 minutes in the next few weeks? Here's my calendar: [link]. If
procurement or finance needs to be involved in the renewal, let me know who, and I'll
send them the renewal quote directly.

Thank you for being a Corvane customer.

[Your name]
Customer Success Manager | Corvane
""",
    },
    {
        "path": "Customer Success/FAQ/support-faq.txt",
        "modified": "2024-09-03",
        "text": """\
CORVANE SUPPORT - FREQUENTLY ASKED QUESTIONS

Q: When is support available?
A: 24 hours a day, 7 days a week, 365 days a year, by phone (1-800-555-0142) and by chat
in the app. Email (support@corvane.example.com) is answered within 4 business hours.

Q: Who answers the phone?
A: Corvane's own support team in Columbus, Ohio and Winnipeg, Manitoba. We do not
outsource support. Median time to answer a call in 2024 was under 4 minutes.

Q: What if my issue is urgent, for example a stolen vehicle or a crash?
A: Call the phone line and choose option 1. Urgent calls go to the front of the queue
and a supervisor is paged if we cannot resolve them in 15 minutes.

Q: How are issues prioritized?
A: Priority 1 (platform down or safety-critical): response within 15 minutes, updates
every hour. Priority 2 (a key feature not working for many users): response within 1
hour. Priority 3 (a single user or vehicle): response within 4 business hours. Priority 4
(questions and requests): within 1 business day.

Q: How do I escalate if I'm not happy with the answer?
A: Ask the agent for a supervisor, or contact your customer success manager. Every
account with more than 50 vehicles has a named CSM. Escalations to our Director of
Support are answered within one business day.

Q: A gateway or camera has failed. What happens?
A: Hardware is covered for the life of your subscription on 36-month terms. We ship a
replacement within one business day at no cost; if you use our install service, a
technician fits it.

Q: Is there training for new staff?
A: Yes. The Corvane Academy has free recorded courses for administrators, dispatchers,
safety managers and drivers, and we run live training webinars every week.

Q: Where can I see planned maintenance or outages?
A: status.corvane.example.com. Subscribe to get updates by email or text.
""",
    },
    {
        "path": "Sales/Email templates/cold outreach - construction.txt",
        "modified": "2024-02-26",
        "text": """\
Cold outreach - construction (3 versions, pick one per persona)

--- Version A: owner / president ---

Subject: Idle machines on finished jobs

Hi [First name],

Most contractors we talk to have at least one excavator or loader sitting on a finished
job while another crew rents the same machine across town. One regional civil contractor
found two in their first week with Corvane, which paid for the year.

Corvane puts every truck, trailer and machine, whatever the brand, on one map, with
engine hours by job. Worth 20 minutes to see it with your equipment list?

[Your name]

--- Version B: operations / VP of construction ---

Subject: Equipment hours by job, without the spreadsheet

Hi [First name],

How do your project managers find out how many hours a machine ran on their job? For
most contractors it's a timesheet and a guess. Corvane reads engine hours from your
equipment and your trucks, assigns them to job sites by location, and sends them to job
costing automatically.

Could I show you a 15-minute example with a fleet like yours?

[Your name]

--- Version C: equipment manager ---

Subject: One list for every machine

Hi [First name],

Three manufacturer portals, a spreadsheet and phone calls to the field: that's how most
equipment managers tell us they keep track. Corvane pulls location, engine hours and fault
codes from mixed-brand equipment into one list, and asset tags cover the trailers and
attachments with no power.

Open to a quick look?

[Your name]
""",
    },
]


ASSETS: list[dict] = PDF_ASSETS + DOCX_ASSETS + PPTX_ASSETS + XLSX_ASSETS + MD_ASSETS + TXT_ASSETS


def slide_lines(body: str) -> list[tuple[int, str]]:
    """A slide body as (level, text) bullets: lines indented by two spaces are level 1;
    a line that starts with a lower-case letter continues the bullet before it."""
    bullets: list[tuple[int, str]] = []
    for line in body.splitlines():
        if not line.strip():
            continue
        text = line.strip()
        if bullets and text[0].islower():
            level, previous = bullets[-1]
            bullets[-1] = (level, previous + " " + text)
        else:
            bullets.append((1 if line.startswith("  ") else 0, text))
    return bullets
