# -*- coding: utf-8 -*-
"""The article table of tests/blind20: canonical texts of every story (one beat, invented).

Beat: the Harlan Street Bridge (an invented 1926 Willamette River crossing in Portland, Oregon) is closed on
Monday 30 November 2026 after inspectors find a crack in a steel bearing on Pier 3; detours, freight, retail,
transit, a water-taxi idea, the weld finding, a legislative bridge fund (30 Nov - 4 Dec 2026).
Every story, person, outlet, agency and organisation is invented; places are real.
"""

ART = {}


def art(aid, titles, outlets, date, authors, paras, **kw):
    ART[aid] = dict(titles=titles, outlets=outlets, date=date, authors=authors, paras=paras, **kw)


# ---------------------------------------------------------------- shared passages (hard negatives)
Q_BRANDT = ("“We found a crack you could slide a credit card into,” said Hollis Brandt, the authority’s chief "
            "engineer. “Until we understand why it is there, nobody drives, rides or walks across that bridge.”")
BG_BRIDGE = ("The Harlan Street Bridge opened in 1926 and is one of the oldest of the Willamette crossings downtown. "
             "Before Monday it carried about 31,000 vehicles, two bus lines and roughly 2,800 bicycle trips on an "
             "average weekday.")
ST_WCA = ("In a statement, the authority said engineers would finish mapping the crack “within days” but warned "
          "that any repair requiring steel to be fabricated off-site “would be measured in months, not weeks.”")
Q_KITT = ("“Our members are not asking for miracles. They are asking for a date,” said Nora Kittredge, director of "
          "the Eastside Business Alliance. “You cannot plan payroll around the word ‘indefinitely.’”")
BG_DETOUR = ("The nearest alternatives, the Morrison and Hawthorne bridges, add between 1.5 and 3 miles to many "
             "crosstown trips, and the authority’s own detour estimates put the extra time at 10 to 25 minutes "
             "during peak hours.")

# ---------------------------------------------------------------- articles
art("kwlm-closure", ["Harlan Street Bridge closed Monday evening after inspectors spot crack"],
    ["KWLM 6 News", "kwlm6.com"], "2026-11-30", [["Bryce Tanaka"]], [
        "PORTLAND, Ore. — The Harlan Street Bridge was closed to all traffic shortly after 4 p.m. Monday after "
        "inspectors found what the Willamette Crossings Authority described as “a significant crack” in a steel "
        "support beneath the span.",
        "Police officers and authority crews placed barriers at both ends of the bridge as the evening commute "
        "began. Drivers heading east from downtown were sent to the Morrison Bridge, and several bus routes were "
        "cut short on the east side.",
        "Authority spokesperson Carmen Ostrowski said the crack was found during a scheduled inspection of the "
        "bridge’s river piers. She would not say how large it was or whether it had grown since the last "
        "inspection in 2024.",
        "“We are not going to speculate tonight,” Ostrowski said. “Our engineers will be back on the pier at "
        "first light, and we will tell the public what they find.”",
        "The authority did not give an estimate for when the bridge might reopen.",
    ], url="https://www.kwlm6.com/news/local/harlan-street-bridge-closed-crack-inspection/58213907")

art("pl-detours", ["Harlan Street Bridge detours: Morrison backups stretch to 40 minutes",
                   "Detours snarl crosstown commute on first full weekday without the Harlan"],
    ["The Portland Ledger", "Portland Ledger", "The Portland Ledger (Oregon)", "portlandledger.com"],
    "2026-12-02", [["Renee Oduya", "Tom Brashear"]], [
        "The first full weekday without the Harlan Street Bridge brought what commuters had feared: eastbound "
        "traffic on the Morrison Bridge backed up past Southwest Fourth Avenue by 7:30 a.m. Tuesday, and some "
        "drivers reported spending 40 minutes to cross the river.",
        "Rose City Transit moved its Line 14 and Line 19 buses to the Hawthorne Bridge and warned riders to "
        "expect delays of 15 to 20 minutes through at least the end of the week. At the stop at Southeast Grand "
        "Avenue and Harlan Street, a handwritten sign taped to the shelter read simply: “No bus. Bridge closed.”",
        "“I left at the same time I always do and I was late for the first time in six years,” said Derek Amsel, "
        "who drives from Laurelhurst to a dental office downtown. “Tomorrow I’m trying the bike, and it’s "
        "supposed to rain.”",
        BG_BRIDGE,
        "City traffic engineers adjusted signal timing at six intersections on the east side Tuesday afternoon "
        "and said more changes would follow. Police will staff the Morrison Bridge’s west ramp during the morning "
        "peak beginning Wednesday.",
        "The Willamette Crossings Authority has said it cannot yet estimate how long the bridge will remain closed.",
    ], url="https://www.portlandledger.com/news/2026/12/02/harlan-street-bridge-detours-morrison-backups/")

art("obd-costs", ["Harlan closure could cost eastside firms $2 million a week, business group estimates"],
    ["Oregon Business Daily"], "2026-12-03", [["Gwen Albers"]], [
        "Businesses in Portland’s Central Eastside could lose about $2 million in sales each week the Harlan "
        "Street Bridge stays closed, according to a quick survey released Wednesday by the Eastside Business "
        "Alliance.",
        "The alliance polled 212 of its members on Tuesday and Wednesday. Nearly two-thirds said customer visits "
        "had fallen since Monday, and 41 said they had already cut shifts or asked staff to stay home.",
        Q_KITT,
        "The estimate is rough. The alliance extrapolated from the losses reported by members who answered and "
        "did not adjust for businesses that may gain customers as traffic shifts to other corridors. An economist "
        "at the Cascade Institute for Regional Economics who reviewed the figures for Oregon Business Daily "
        "called them “plausible but uncertain.”",
        "Restaurants and breweries near the east end of the bridge reported the sharpest drops. Food-cart "
        "operators on Southeast Harlan Street said lunchtime trade had fallen by more than half.",
    ], url="https://oregonbusinessdaily.com/2026/12/03/harlan-closure-eastside-business-losses-survey/")

art("pcr-cyclists", ["Harlan closure takes away one of the city’s busiest bike crossings"],
    ["PDX Cycle Report"], "2026-12-02", [["Ana Kovac"]], [
        "For the roughly 2,800 people who pedal across the Harlan Street Bridge on a typical weekday, the closure "
        "that began Monday afternoon has meant a choice between a longer ride and a more crowded one.",
        "Most appear to have chosen the Hawthorne Bridge. Its automated counter logged 9,140 bike trips on "
        "Tuesday, about 2,300 more than on the same day last year, and riders described single-file queues on "
        "the narrow eastbound path at rush hour.",
        ST_WCA,
        "Advocates want the authority to let cyclists and pedestrians back on the bridge while the roadway stays "
        "closed, arguing that their weight is trivial compared with that of traffic. Hollis Brandt, the "
        "authority’s chief engineer, rejected the idea on Tuesday. “The problem is not how heavy you are,” he "
        "said. “The problem is that I can’t tell you the pier is safe.”",
        "The city has painted a temporary bike lane on Southeast Grand Avenue to guide riders toward the "
        "Hawthorne, and it plans to add flaggers at the bridge’s east end during the evening peak.",
    ], url="https://pdxcyclereport.com/2026/12/02/harlan-closure-bike-crossing-hawthorne/")

art("es-noticias", ["Comerciantes latinos del lado este temen meses sin clientes por el cierre del puente Harlan"],
    ["Noticias del Noroeste"], "2026-12-03", [["Mariela Quintero"]], [
        "Los dueños de pequeños negocios latinos en el lado este de Portland dicen que el cierre del puente de la "
        "calle Harlan ya les está costando clientes, apenas tres días después de que las autoridades lo "
        "clausuraran por una grieta en uno de sus pilares.",
        "«Los martes vendemos unas 150 tortas; ayer vendimos 60», dijo Rosalba Méndez, dueña de una panadería en "
        "la avenida Grand desde hace doce años. «La gente del centro ya no cruza. Dicen que el tráfico es "
        "imposible.»",
        "La Autoridad de Cruces del Willamette no ha dado una fecha de reapertura. Su portavoz, Carmen "
        "Ostrowski, dijo el martes que los ingenieros aún estudian el origen de la grieta.",
        "La Alianza Empresarial del Lado Este calcula que los negocios de la zona podrían perder unos dos "
        "millones de dólares por semana. Varias organizaciones comunitarias piden que la ciudad ofrezca ayudas "
        "de emergencia a los comercios más pequeños, muchos de los cuales no tienen reservas para aguantar un "
        "cierre largo.",
    ], url="https://noticiasdelnoroeste.com/portland/2026/12/03/comerciantes-latinos-cierre-puente-harlan/")

art("cns-closure", ["Portland shuts Harlan Street Bridge after crack found in river pier",
                    "Portland bridge closure could ripple down I-5, officials warn",
                    "Crack closes Portland bridge ‘indefinitely’"],
    ["Cascadia News Service", "Salem Herald-Record", "Salem Herald-Record (Oregon)", "Willamette Valley Courier"],
    "2026-12-01", [["Dana Whitcomb"], ["Dana Whitcomb", "Cascadia News Service"]], [
        "PORTLAND, Ore. (CNS) — One of Portland’s oldest Willamette River crossings will stay closed indefinitely "
        "after inspectors found a crack in a steel bearing assembly on one of its river piers, the agency that "
        "owns the bridge said Tuesday.",
        "The Harlan Street Bridge, which links downtown with the Central Eastside industrial district, was shut "
        "to cars, buses, bicycles and pedestrians late Monday afternoon. The Willamette Crossings Authority said "
        "the crack, on Pier 3, measured about 14 inches.",
        Q_BRANDT,
        "Brandt said engineers would use ultrasonic testing this week to determine how deep the crack runs and "
        "whether it had spread into the girder above. The bridge was last inspected in detail in 2024, when no "
        "cracking was recorded at that location.",
        "The 100-year-old bridge carries about 31,000 vehicles on a typical weekday. Traffic was diverted to the "
        "Morrison and Hawthorne bridges, and the city warned of heavy delays during Tuesday’s commute.",
        "The closure comes as Oregon lawmakers prepare for a short legislative session in which the condition of "
        "the state’s aging bridges is expected to be a central issue. A 2025 state report rated 14 Portland-area "
        "bridges in poor condition.",
    ],
    local_salem="In Salem, state transportation officials said they were watching for spillover traffic on "
                "Interstate 5 from freight operators avoiding central Portland, though no measurable change had "
                "been recorded by Tuesday afternoon.")

art("pcj-freight", ["Freight haulers brace for long detours as Harlan span stays shut"],
    ["Portland Commerce Journal"], "2026-12-02", [["Marcus Ilves"]], [
        "PORTLAND — Trucking companies and warehouse operators in Portland’s Central Eastside are rerouting "
        "deliveries and pushing shifts earlier as the closure of the Harlan Street Bridge stretched into a "
        "second day with no reopening date.",
        "The bridge was the most direct route between the district’s warehouses and the loading docks of the "
        "Pearl District and downtown. Dispatchers said Tuesday that trips that used to take 12 minutes were "
        "taking 35 to 50.",
        BG_DETOUR,
        "“Every truck I have is now doing three deliveries in the time it used to do five,” said Wes Dalgaard, "
        "president of the Oregon Trucking Council and owner of a 30-truck distribution firm on Southeast Water "
        "Avenue. “That cost doesn’t disappear. Somebody pays it, and eventually it’s the customer.”",
        "Several operators said they had asked the city to allow deliveries downtown before 6 a.m., when noise "
        "rules currently limit loading. A city spokesperson said the request was under review.",
        "The Willamette Crossings Authority, which owns the bridge, has not said when it expects to have an "
        "estimate for repairs.",
    ])

art("bsw-weld", ["Portland crack traced to 1958 weld repair, early findings suggest"],
    ["Bridge & Structures Weekly"], "2026-12-03", [["Priya Natarajan"]], [
        "Early ultrasonic testing of the cracked bearing assembly on Portland’s Harlan Street Bridge points to a "
        "weld repair made in 1958 as the likely origin of the flaw, according to two engineers familiar with the "
        "preliminary results.",
        "The 1926 bridge, owned by the Willamette Crossings Authority, was closed on Nov. 30 after a routine "
        "inspection found a crack about 14 inches long in a bearing plate on Pier 3. The authority has not "
        "released the test data.",
        "Weld repairs from that era were often made without preheating the base metal, said Imogen Hale, a "
        "principal at Hale Structural Partners in Seattle who is not involved in the Harlan work. “You can get "
        "hydrogen cracking that sits quietly for decades and then starts to grow once the detail sees enough load "
        "cycles,” she said.",
        "If the crack is confined to the bearing plate, the fix could involve jacking the span and replacing the "
        "plate, a job engineers estimate at eight to 14 weeks once steel is available. If it has reached the "
        "girder’s bottom flange, the work would be larger and slower.",
        "Authority chief engineer Hollis Brandt said Wednesday that the agency would publish its findings “as "
        "soon as they are verified” and that other welded details on the bridge were being re-examined.",
    ])

art("cns-transit", ["Portland reroutes buses, weighs water taxi as Harlan bridge closure drags on"],
    ["Cascadia News Service"], "2026-12-02", [[]], [
        "PORTLAND, Ore. (CNS) — Portland’s transit agency rerouted two bus lines and the city said it was "
        "studying a temporary water taxi across the Willamette River as the closure of the Harlan Street Bridge "
        "entered its third day Wednesday.",
        "Rose City Transit said Lines 14 and 19, which together carried about 9,000 riders a day across the "
        "bridge, would use the Hawthorne Bridge until further notice. Riders were told to allow 20 extra minutes.",
        ST_WCA,
        "A private operator, River City Water Taxi, has offered to run a boat between the Eastbank Esplanade and "
        "Tom McCall Waterfront Park every 15 minutes during peak hours. City Councilor Abdi Haroun said the idea "
        "deserved “a serious look,” though permits and dock access could take weeks to arrange.",
        "The bridge was closed Monday after inspectors found a crack in a steel bearing on one of its river piers.",
    ])

art("pl-closure", ["Harlan Street Bridge closed indefinitely after crack found in pier",
                   "Harlan Street Bridge closed indefinitely after inspectors find cracked pier"],
    ["The Portland Ledger", "Portland Ledger", "The Portland Ledger (Oregon)"], "2026-12-01",
    [["Renee Oduya"]], [
        "The Harlan Street Bridge will remain closed to all traffic for the foreseeable future after inspectors "
        "found a crack in a steel bearing on one of its river piers, the Willamette Crossings Authority said "
        "Monday night.",
        "Crews lowered gates on both approaches shortly after 4 p.m. Monday, minutes after an inspection team "
        "working from a barge below Pier 3 radioed what it had found. By the evening rush, eastbound drivers were "
        "backed up along Southwest Naito Parkway.",
        Q_BRANDT,
        "The authority’s executive director, Dwight Favreau, said at a news conference on the east bank that the "
        "agency would not guess at a reopening date. “If I gave you a date tonight, it would be a number I made "
        "up,” he said.",
        BG_BRIDGE,
        "The authority said its last detailed inspection of Pier 3, in 2024, found corrosion on some rivets but "
        "no cracking. A consultant’s report that year recommended replacing the bridge’s bearings within a "
        "decade, at an estimated cost of $38 million.",
        "Rose City Transit said buses on Lines 14 and 19 would be detoured to the Hawthorne Bridge starting "
        "Tuesday morning.",
    ], url="https://www.portlandledger.com/news/2026/12/01/harlan-street-bridge-closed-crack-pier/")

art("ccs-vancouver", ["Vancouver commuters told to expect I-5 slowdowns as Portland bridge stays shut"],
    ["Clark County Sentinel", "Clark County Sentinel (Vancouver, Washington)"], "2026-12-03",
    [["Cascadia News Service"]], [
        "VANCOUVER, Wash. (CNS) — Clark County commuters who work in Portland’s Central Eastside should plan on "
        "slower trips through at least mid-December, regional traffic managers said Wednesday, as the closure of "
        "Portland’s Harlan Street Bridge pushes more drivers onto Interstate 5 and the Morrison Bridge ramps.",
        "Traffic counts on northbound I-5 near the Rose Quarter rose about 6 percent on Tuesday compared with the "
        "previous Tuesday, and average speeds on the approach to the Interstate Bridge fell during the evening "
        "peak.",
        "“People are finding new routes, and some of those routes go through our corridor,” said Keiko Lindqvist, "
        "who manages operations for the Southwest Washington Regional Traffic Center. “We expect it to settle "
        "down once drivers learn the detours, but not to go away.”",
        "Clark Transit said its express buses to downtown Portland were running on time but that connections to "
        "the east side had become unreliable.",
        "Portland’s Willamette Crossings Authority closed the 1926 bridge on Monday after finding a crack in a "
        "bearing on one of its river piers. It has not said when the bridge might reopen.",
    ])

art("pl-editorial", ["Editorial: The Harlan crack was a warning we were given in 2024"],
    ["The Portland Ledger", "Portland Ledger", "The Portland Ledger (Oregon)"], "2026-12-03", [[]], [
        "A crack in a steel bearing is not a scandal. Old bridges crack; that is why we pay people to crawl over "
        "them with flashlights. What should trouble Portlanders about the closure of the Harlan Street Bridge is "
        "not that a flaw was found, but how long the region has known that this bridge was running on borrowed "
        "time.",
        "In 2024, consultants told the Willamette Crossings Authority that the Harlan’s bearings should be "
        "replaced within a decade and put the cost at $38 million. The authority accepted the report, thanked "
        "the consultants and put the project on a list of needs that has never had the money to match it.",
        "That is not only the authority’s failure. The Legislature has spent three sessions debating a bridge "
        "fund without passing one, and the city and county have treated the river crossings as someone else’s "
        "problem because someone else owns them.",
        "The immediate task is to get the bridge open safely and to help the eastside businesses and commuters "
        "who are paying for the delay. The next one is to stop pretending that a list of needs is a plan. "
        "Lawmakers returning to Salem in February should start there.",
    ])

art("cdp-legislature", ["Lawmakers eye emergency fund for aging bridges after Portland closure"],
    ["The Capitol Dispatch", "The Capitol Dispatch; Salem, Oreg."], "2026-12-03", [["Hannah Koenig-Reyes"]], [
        "SALEM — Two state senators said Wednesday they will propose a $40 million emergency fund for bridge "
        "repairs in the February legislative session, citing the indefinite closure of Portland’s Harlan Street "
        "Bridge as proof that the state’s backlog has become a safety problem.",
        "Sen. Paula Renteria, a Democrat from Portland, and Sen. Glen Harwick, a Republican from Pendleton, said "
        "the fund would let local bridge owners draw money for urgent structural work without waiting for the "
        "next transportation package. “A crack does not wait for a budget cycle,” Renteria said.",
        "The proposal would be paid for with a one-time transfer from the state’s general fund surplus. Harwick "
        "said rural counties, which own hundreds of small bridges, had been asking for such a fund for years. "
        "“Portland got a headline,” he said. “We’ve had closures nobody wrote about.”",
        "A 2025 report by the state’s bridge inventory office rated 14 Portland-area bridges and more than 300 "
        "statewide in poor condition. Transportation officials have estimated the statewide repair backlog at "
        "$2.3 billion.",
        "Leaders of both parties have said transportation funding will be a priority in the short session, but "
        "neither caucus has endorsed the emergency fund.",
    ])

art("pcj-retail", ["Eastside retailers see foot traffic fall by a third in Harlan closure’s first days"],
    ["Portland Commerce Journal"], "2026-12-04", [["Marcus Ilves"]], [
        "Foot traffic at shops and restaurants within half a mile of the east end of the Harlan Street Bridge "
        "fell by about a third in the first three days of the bridge’s closure, according to anonymized "
        "cellphone location data analyzed for the Portland Commerce Journal by Streetline Analytics.",
        "The drop was steepest at lunchtime, when office workers from downtown typically cross the river. Visits "
        "between 11 a.m. and 2 p.m. were down 44 percent from the same days a week earlier.",
        Q_KITT,
        BG_DETOUR,
        "Some businesses are trying to bring customers to them. A coalition of 18 restaurants on Southeast Grand "
        "Avenue began offering free delivery across the river on Thursday, and a brewery on Harlan Street said "
        "it would validate parking at a garage near the Morrison Bridge.",
    ])

art("cpr-watertaxi", ["Stopgap water taxi pitched for Harlan Street Bridge closure"],
    ["Columbia Public Radio"], "2026-12-02", [["Oksana Whitfield"]], [
        "A Portland boat operator says it could have a water taxi running across the Willamette River within two "
        "weeks to carry some of the commuters stranded by the closure of the Harlan Street Bridge.",
        "River City Water Taxi, which runs sightseeing cruises in the summer, proposed on Wednesday to shuttle "
        "passengers between a floating dock on the Eastbank Esplanade and Tom McCall Waterfront Park every 15 "
        "minutes during the morning and evening peaks. Each of its two boats holds 49 passengers.",
        "“It isn’t going to replace a bridge,” said Gus Amundsen, the company’s owner. “But if we can move 400 "
        "people an hour across the river, that’s 400 people who aren’t sitting on the Morrison.”",
        "The idea has support from City Councilor Abdi Haroun, who represents much of the east side. But it "
        "would need a city permit, an agreement with the parks bureau for dock space and a subsidy to keep fares "
        "near the price of a bus ticket. Amundsen estimated the cost at about $60,000 a month.",
        "The Willamette Crossings Authority, which owns the bridge, said Wednesday it hopes to have a repair "
        "estimate by the end of next week. Until then, officials say, nobody can say whether a stopgap would be "
        "needed for weeks or for months.",
    ], url="https://www.columbiapublicradio.org/news/2026/12/02/harlan-water-taxi")

art("tvw-commuters", ["Westside commuters feel the Harlan closure too"],
    ["Tualatin Valley Weekly"], "2026-12-02", [["Rosa Delgado"]], [
        "The Harlan Street Bridge is 10 miles from Beaverton, but westside commuters who work on Portland’s east "
        "side say its closure is adding half an hour or more to their days.",
        "“I used to come down the Sunset, cross the Harlan and be at my desk in 35 minutes,” said Marisol "
        "Ebbing, a nurse at a clinic on Southeast Morrison Street. “Now I plan for an hour and I’m still "
        "nervous.”",
        "Washington County’s commuter program said it had received dozens of calls since Monday from employers "
        "asking about carpool matching and flexible schedules. The program is promoting its ride-matching "
        "service and a guaranteed ride home for workers who carpool.",
        "Employers in Beaverton and Hillsboro with staff on the east side said they were allowing remote work "
        "where possible until the bridge reopens.",
    ])
