# -*- coding: utf-8 -*-
"""The canonical article table of blind22: a nor'easter on the Gulf of Maine coast, 14-16 January 2027, as five
invented news organisations publish it on the web. Every story, person, outlet, company and organisation is
invented; places are real.

CC* = Casco Courant (Portland, Maine; a Next.js site)         BM* = The Boston Meridian (an Arc XP Fusion site + AMP)
PH* = Penobscot Herald (Bangor, Maine; metered paywall + AMP)  NS* = Northshore Public Media (Beverly, Mass.; Nuxt 2)
SNS* = Seaboard News Service (a regional wire agency, carried by the others)

A paragraph is a string; ("h", text) is a subheading inside the article (kept in the body). Times are local
(Eastern Standard Time, UTC-5).
"""

ART = {}

CC = "Casco Courant"
BM = "The Boston Meridian"
PH = "Penobscot Herald"
NS = "Northshore Public Media"
SNS = "Seaboard News Service"


def art(aid, outlet, title, date, time, authors, paras, **kw):
    ART[aid] = dict(outlet=outlet, title=title, date=date, time=time, authors=authors, paras=paras, **kw)


# ------------------------------------------------------------------ sentences that repeat on purpose (KEPT)
# the governor's sentence, in the Meridian's outage story (BM1) and in a post of its live blog (BM2)
Q_MALLOY = "“If you know someone who lives alone, knock on their door today,” Malloy said."
# the seawall's history, in both Northshore seawall stories (NS1, NS2)
BG_WALL = "The seawall, built in the 1920s, was last repaired in 2011."
# the grounded ferry, in both Courant ferry stories (CC3, CC4)
BG_FERRY = "The Islander IV, a 65-foot ferry that carries up to 250 passengers,"

# ================================================================== Casco Courant (Next.js)
art("cc-surge", CC, "Storm surge swamps Portland’s waterfront as nor’easter peaks at high tide", "2027-01-14", "22:12",
    ["Hallie Brandt", "Theo Marchetti"], [
        "Seawater poured over the wharves and into Commercial Street on Thursday night as the nor’easter’s surge "
        "arrived with the evening high tide, flooding the ground floors of restaurants and fish dealers along "
        "Portland’s waterfront and leaving parked cars in water up to their door handles.",
        "The tide gauge at the Portland Fish Pier read 14.6 feet just after 9:30 p.m., according to the National "
        "Weather Service office in Gray, within inches of the record and high enough to send water into streets "
        "that stayed dry through last winter’s storms.",
        "City crews closed Commercial Street from Franklin Street to the Casco Bay Bridge at about 8 p.m. Police "
        "went door to door in the Old Port, telling people in first-floor apartments to move to higher floors or to "
        "the shelter the city opened at the Expo building.",
        ("h", "‘Never seen it this high’"),
        "“Nobody on this street has ever seen the water come up this far,” said Ruth Ellery, who has run a "
        "chandlery on Custom House Wharf for 31 years. She spent the evening carrying boxes of rope and flares up a "
        "ladder to her loft. “The pumps can’t keep up. We’re just moving things and waiting.”",
        "At least a dozen businesses reported water inside, and the city’s harbor master said two floats at the "
        "Maine State Pier broke loose and were caught by a tug before they could drift into the channel.",
        "Forecasters warned that Friday morning’s high tide, at 10:41 a.m., could run another half-foot higher if "
        "onshore winds keep blowing at 40 to 50 mph. The weather service extended its coastal flood warning "
        "through Friday afternoon.",
        ("h", "Power out across the peninsula"),
        "Pine State Power reported more than 38,000 customers without electricity in Cumberland County by 10 p.m., "
        "most of them on the peninsula and in South Portland, where salt spray shorted lines along the shore.",
        "Mayor Anita Brask asked residents to stay off the roads overnight. “If you don’t have to be downtown, "
        "don’t be downtown,” she said at a briefing at City Hall. “This water is cold, it’s moving, and it is full "
        "of things you can’t see.”",
    ],
    dek="Water topped the wharves on Commercial Street, and forecasters say Friday morning’s tide could run higher.",
    # the "(1)" save was made after the 11:40 p.m. update, which appended this paragraph
    update=("The water began to recede from Commercial Street shortly after 11 p.m., city officials said, but the "
            "street will stay closed overnight while crews check the pavement and the storm drains for damage."),
    pull=(4, "Nobody on this street has ever seen the water come up this far.", "Ruth Ellery, Custom House Wharf"),
    slug="news/storm-surge-swamps-portland-waterfront-high-tide-20270114",
    lp_title="Storm surge swamps Portland's waterfront as nor'easter peaks at high tide")

art("cc-ferries", CC, "Harborline suspends island ferries through Saturday", "2027-01-15", "07:40",
    ["Theo Marchetti"], [
        "Harborline Ferries will not run any scheduled trips to the Casco Bay islands on Friday or Saturday, the "
        "company said early Friday, after the storm damaged the ramp at its Portland terminal and left swells too "
        "high for its boats to land safely at Peaks, Long and Chebeague islands.",
        "General manager Corinne Tully said the company hoped to restore a limited schedule on Sunday morning, "
        "starting with the Peaks Island run, if engineers clear the terminal ramp.",
        "“We know what this means for people on the islands. Some of them have jobs on the mainland, some of them "
        "have appointments, and some of them just need groceries,” Tully said. “But I am not putting a boat against "
        "that ramp until someone tells me it will hold.”",
        "Residents who need to reach a hospital or a pharmacy should call the ferry office, Tully said. The Portland "
        "Fire Department’s fireboat and two licensed water taxis will carry urgent trips when the sea allows.",
        "About 1,200 people live year-round on the islands Harborline serves. Island stores said Thursday they had "
        "stocked up ahead of the storm, but milk and fuel normally arrive on the freight boat, which is also "
        "suspended.",
    ],
    dek="Islanders who need medical care should call the ferry office, which is arranging urgent trips.",
    slug="news/harborline-suspends-island-ferries-through-saturday-20270115",
    hw_title="Maine island ferries halted through Saturday as storm damages Portland terminal")

art("cc-grounding", CC, "Empty ferry breaks from its mooring and runs aground off Peaks Island", "2027-01-15", "13:25",
    ["Hallie Brandt"], [
        "A Harborline Ferries passenger boat broke free of its mooring in Portland Harbor early Friday and drifted "
        "more than a mile before grounding on the ledges off the western shore of Peaks Island, the company and the "
        "Coast Guard said. No one was aboard.",
        BG_FERRY + " had been moved off the terminal float Thursday afternoon to keep it from pounding against the "
        "damaged ramp, general manager Corinne Tully said. One of its two mooring lines parted at about 4:30 a.m.",
        "A Coast Guard crew checked the vessel from the shore at first light and saw no fuel sheen on the water. The "
        "ferry carries about 1,800 gallons of diesel.",
        "“She’s sitting upright and she’s not taking on water as far as we can tell, which is the best news we "
        "could have today,” Tully said.",
        "Residents on Seashore Avenue said they heard the hull grinding on the rocks before dawn. “It sounded like "
        "somebody dragging a dumpster down the street,” said Walt Pinkham, who lives above the shore.",
        "The company said it would not try to move the boat until the swells ease, probably not before Saturday.",
    ],
    dek="The Islander IV drifted more than a mile across the harbor before dawn. No one was aboard.",
    slug="news/empty-ferry-runs-aground-off-peaks-island-20270115")

art("sns-maine-outages", SNS, "Maine utilities report 180,000 customers without power as winds ease", "2027-01-15",
    "16:10", ["Marguerite Lavoie"], [
        "AUGUSTA, Maine (SNS) — About 180,000 homes and businesses in Maine were without electricity Friday "
        "afternoon, the state’s utilities reported, as the nor’easter’s winds eased and line crews from as far away "
        "as Ohio began working through downed trees and snapped poles.",
        "Pine State Power, the state’s largest utility, said about 142,000 of its customers had no power at 3 p.m., "
        "most of them in Cumberland, York and Knox counties. Downeast Electric Cooperative reported about 38,000 "
        "outages in Hancock and Washington counties.",
        "Pine State spokesperson Lena Haskell said the company had 1,150 line and tree workers in the field, "
        "including crews from utilities in five states, and expected to restore power to most customers by late "
        "Sunday.",
        "“Some of the damage we are seeing along the coast is the worst we’ve had since the 2017 windstorm,” "
        "Haskell said. “We are going to have customers, especially on the peninsulas and islands, who are out into "
        "next week.”",
        "Gov. Daniel Ouellette said the state emergency operations center would stay open through the weekend. He "
        "urged residents running generators to keep them outside and away from windows after two people were "
        "treated for carbon monoxide poisoning in Lewiston on Thursday night.",
        "The National Weather Service said winds would continue to drop overnight but warned of temperatures in the "
        "single digits by Saturday night, raising concern for people in homes without heat.",
        "Warming centers were open in Portland, Augusta, Bangor and Rockland, state emergency officials said.",
    ],
    slug="news/maine-utilities-report-180000-without-power-20270115",
    ph_title="Storm leaves 180,000 Mainers in the dark; utilities warn some outages will last into next week",
    lp_title="Storm leaves 180,000 Mainers in the dark; utilities warn some outages will last into next week")

art("cc-refloat", CC, "Salvage crews plan to refloat grounded ferry on Sunday’s high tide", "2027-01-16", "12:05",
    ["Hallie Brandt"], [
        "A salvage company hired by Harborline Ferries plans to pull the grounded Islander IV off the ledges at Peaks "
        "Island on Sunday’s midday high tide, after divers found a 3-foot gash in the hull but no damage to its fuel "
        "tanks.",
        BG_FERRY + " broke from its mooring in Portland Harbor early Friday and grounded off the island’s western "
        "shore. No one was aboard.",
        "Divers from Gulf of Maine Marine Salvage spent about two hours under the boat on Saturday morning. The "
        "company’s owner, Dale Fortier, said the hole is above the tanks and can be patched with a steel plate "
        "before the tow.",
        "“She’ll float. The question is whether she floats straight,” Fortier said. Two tugs will pull the ferry "
        "stern-first into deeper water, where pumps will keep it afloat for the trip to a shipyard in South "
        "Portland.",
        "The Coast Guard has set a 500-yard safety zone around the ferry and asked boaters and sightseers on the "
        "shore to keep their distance. Dozens of people walked out onto the rocks on Saturday to photograph the "
        "stranded boat.",
        "Harborline general manager Corinne Tully said the company would lease a boat from a Boothbay operator to "
        "restore service to Peaks Island on Monday.",
    ],
    dek="Divers found a 3-foot gash in the Islander IV’s hull, but the fuel tanks are intact.",
    slug="news/salvage-crews-plan-to-refloat-grounded-ferry-20270116")

art("cc-warming", CC, "Portland opens warming centers as outages linger", "2027-01-15", "19:55",
    ["Nadia Fairweather"], [
        "Portland opened two overnight warming centers on Friday evening as thousands of homes on the peninsula "
        "remained without power and forecasters predicted temperatures near zero by Saturday night.",
        "The centers, at the Expo building on Park Avenue and the Riverton Community Center, have cots, blankets, "
        "hot meals and outlets for charging phones, said Dana Whitcomb, the city’s health and human services "
        "director. Pets are allowed at the Expo.",
        "“We’d rather have 200 people sleeping on cots than one person trying to heat an apartment with a camp "
        "stove,” Whitcomb said.",
        "By 7 p.m., 46 people had checked in at the Expo, many of them older residents of apartment buildings on "
        "Munjoy Hill, where elevators have been out since Thursday night.",
        "City buses will carry people to either center free of charge through Sunday, and volunteers from "
        "neighborhood associations were knocking on doors to check on people living alone.",
    ],
    dek="Two shelters with cots and hot meals open as temperatures head toward zero.",
    slug="news/portland-opens-warming-centers-as-outages-linger-20270115")

art("cc-lobster", CC, "Lobstermen haul traps early as storm bears down", "2027-01-14", "06:30",
    ["Casco Courant staff"], [
        "Lobstermen from Cape Elizabeth to Harpswell spent Wednesday hauling gear out of the water, racing to get "
        "thousands of traps ashore before the nor’easter’s swells could tangle the lines and smash them against the "
        "ledges.",
        "“You can lose a whole season’s worth of gear in one night if you leave it out there,” said Jared Coombs, "
        "who fishes 800 traps out of Bailey Island. He and his sternman brought in about half of them on Wednesday "
        "and stacked the rest on a friend’s wharf.",
        "The Casco Bay Fishermen’s Cooperative said its members had moved an estimated 20,000 traps ashore since "
        "Monday. Many fishermen were also pulling their boats or doubling up their moorings.",
        "Winter fishing is already slow, Coombs said, and the price at the dock has been near $7 a pound. “It’s not "
        "the money you lose this week,” he said. “It’s the traps you have to buy back in April.”",
    ],
    dek="Fishermen moved an estimated 20,000 traps ashore ahead of the swells.",
    slug="news/lobstermen-haul-traps-early-as-storm-bears-down-20270114",
    staff_credit="Casco Courant staff")

# ================================================================== The Boston Meridian (Arc XP Fusion)
art("bm-outages", BM, "Crews race to restore power as outages top 400,000 in Massachusetts", "2027-01-15", "09:30",
    ["Priya Natarajan", "Colm Devereux"], [
        "More than 400,000 homes and businesses in Massachusetts were without power Friday morning after the "
        "nor’easter brought gusts of up to 87 mph to Cape Ann and heavy, wet snow inland, knocking down trees and "
        "wires across the eastern half of the state.",
        "Bay Colony Electric, which serves most of the affected customers, said it had 2,400 line and tree crews at "
        "work, including 900 brought in from the Midwest and Canada, and expected to have power back for 90 percent "
        "of its customers by late Sunday.",
        "“We will be working around the clock until the last customer is back, and for some of them, I want to be "
        "honest, that is going to be Monday or Tuesday,” Bay Colony president Sharon Whitlow said at a briefing in "
        "Westborough.",
        "The worst damage was north of Boston. In Gloucester, Rockport and Essex, more than 80 percent of customers "
        "had no power at midday, and the company said some neighborhoods there needed poles and transformers "
        "replaced, not just wires reconnected.",
        ("h", "Warming centers open"),
        "Gov. Teresa Malloy activated 300 members of the National Guard to help clear roads and check on older "
        "residents. " + Q_MALLOY + " More than 60 cities and towns opened warming centers, according to the state "
        "emergency management agency.",
        "Utility officials urged residents to stay away from downed lines and to report them by phone rather than on "
        "social media. Two utility workers were treated for minor injuries in Beverly on Thursday night when a tree "
        "fell on their truck, the company said.",
        "Schools in more than 100 districts were closed Friday, and commuter rail service north of Boston was "
        "suspended for most of the day while crews cleared trees from the tracks.",
        "Bay Colony said customers can check estimated restoration times for their street on its outage map, which "
        "it will update every four hours through the weekend.",
    ],
    dek="Bay Colony Electric says most customers will have power by Sunday night, but parts of Cape Ann could wait "
        "longer.",
    pull=(2, "We will be working around the clock until the last customer is back.",
          "Sharon Whitlow, president of Bay Colony Electric"),
    slug="news/2027/01/15/crews-race-restore-power-outages-top-400000-massachusetts/",
    hw_title="Massachusetts outages top 400,000; utility warns some could wait until Tuesday")

art("bm-live", BM, "Live updates: Nor’easter batters New England coast", "2027-01-15", "06:02",
    ["Dana Okafor", "Luis Barreto"], [],  # body built from POSTS below
    slug="news/live-updates/2027/01/15/noreaster-new-england-coast-live-updates/")

# live blog posts in PAGE order: the pinned post first, then newest first. (time, author, headline, [paragraphs])
POSTS = [
    ("06:02", "Dana Okafor", "What we know", [
        "The nor’easter brought hurricane-force gusts to Cape Ann overnight and a storm surge within inches of the "
        "record to Portland, Maine. More than 400,000 customers in Massachusetts lost power. Roads north of Boston "
        "are blocked by fallen trees, and commuter rail north of the city is suspended.",
        "Follow along here for updates through the day from Meridian reporters across the region.",
    ], True),
    ("22:48", "Luis Barreto", "Outages drop below 250,000", [
        "Bay Colony Electric says the number of customers without power in Massachusetts has fallen below 250,000, "
        "down from a peak of about 412,000 this morning. The company says its crews will work through the night.",
    ], False),
    ("21:15", "Dana Okafor", "Commuter rail to run a Saturday schedule", [
        "Commuter rail lines north of Boston will run a reduced Saturday schedule tomorrow after crews cleared the "
        "last fallen trees from the tracks near Beverly Farms, officials said.",
    ], False),
    ("19:30", "Luis Barreto", "Gloucester asks residents to avoid Stacy Boulevard", [
        "Gloucester police have closed Stacy Boulevard and part of Western Avenue after waves broke through a section "
        "of the seawall this morning. Mayor Frank Ruggiero asked people to stay away from the waterfront tonight; "
        "the evening high tide is at 10:55 p.m.",
    ], False),
    ("16:05", "Dana Okafor", "Governor: ‘Knock on their door today’", [
        "At a briefing in Framingham, Gov. Teresa Malloy repeated her call for residents to check on neighbors. "
        + Q_MALLOY,
        "Malloy said the state had opened a hotline for people who need help finding a warming center or a ride to "
        "one.",
    ], False),
    ("13:20", "Luis Barreto", "Logan reopens one runway", [
        "Logan Airport reopened one of its runways shortly after 1 p.m. More than 1,100 flights were canceled "
        "Thursday night and Friday, according to a flight-tracking site.",
    ], False),
    ("11:02", "Dana Okafor", "Where to get warm", [
        "Boston has opened warming centers at three community centers, in Dorchester, East Boston and Charlestown. "
        "All three will stay open overnight, the city said.",
    ], False),
    ("08:40", "Luis Barreto", "Trees down across Route 128", [
        "State police say fallen trees have closed parts of Route 128 in Beverly and Danvers. Drivers are asked to "
        "avoid the area until at least midday.",
    ], False),
]

art("bm-restored", BM, "Most Massachusetts customers have power back, but Cape Ann waits", "2027-01-16", "17:15",
    ["Colm Devereux"], [
        "Power was back on for most of Massachusetts by Saturday afternoon, but about 61,000 customers were still in "
        "the dark, nearly half of them on Cape Ann, where Bay Colony Electric said crews were rebuilding whole "
        "stretches of line.",
        "The nor’easter brought gusts of up to 87 mph to Cape Ann on Thursday night and left more than 400,000 homes "
        "and businesses in the state without power at its peak on Friday morning.",
        "In Rockport, where about 70 percent of customers had no electricity at noon Saturday, the company said it "
        "had replaced 140 poles since Friday. Bay Colony president Sharon Whitlow said the last customers there "
        "might not be reconnected until Tuesday.",
        "“People on Cape Ann have been incredibly patient, and they’re going to need to be patient for a couple "
        "more days,” Whitlow said.",
        "Rockport town administrator Paul Gennaro said the warming center at the high school had about 90 people on "
        "Friday night and would stay open until power is restored. The town is also handing out bottled water to "
        "homes on private wells, whose pumps do not run without electricity.",
        "State Sen. Maria Costa, whose district includes Cape Ann, said she would ask utility regulators to review "
        "why the area’s lines failed so widely. “This happens every time,” she said. “We need to know why.”",
    ],
    dek="About 61,000 customers were still without electricity Saturday, nearly half of them in Gloucester, "
        "Rockport and Essex.",
    slug="news/2027/01/16/most-massachusetts-customers-power-back-cape-ann-waits/")

art("bm-logan", BM, "Logan reopens runways after nearly 1,200 flight cancellations", "2027-01-15", "21:30",
    ["Dana Okafor"], [
        "Flights began leaving Logan International Airport again on Friday evening after the nor’easter’s winds shut "
        "it down for most of the day, canceling nearly 1,200 departures and arrivals since Thursday night.",
        "Airport officials reopened one runway at about 1 p.m. and a second at 6 p.m. Airlines said they expected to "
        "run close to full schedules on Saturday, though many travelers will not find seats on a flight until "
        "Sunday or Monday.",
        "At Terminal B, hundreds of passengers spent Thursday night on the floor. “They handed out blankets and "
        "little bags of pretzels, and that was it,” said Lorraine Dubois of Montreal, who was trying to get home "
        "from a conference in Boston.",
        "Train service between Boston and New York resumed in the afternoon with long delays, and bus companies "
        "added departures to Portland, Maine, and New York.",
    ],
    dek="Travelers stranded since Thursday may not find seats until Sunday or Monday.",
    slug="news/2027/01/15/logan-reopens-runways-flight-cancellations/")

art("sns-rescue", SNS, "Coast Guard rescues four from sinking scallop boat off Cape Ann", "2027-01-15", "11:50",
    ["Seaboard News Service"], [
        "GLOUCESTER, Mass. (SNS) — A Coast Guard helicopter crew pulled four fishermen from a life raft about 22 miles "
        "east of Cape Ann early Friday after their boat took on water in 25-foot seas, the Coast Guard said.",
        "The crew of the 72-foot scallop boat Margaret Rose called for help at about 2:15 a.m., reporting that a "
        "hatch had failed and their pumps could not keep up. The four men put on survival suits and climbed into "
        "the raft before the boat sank.",
        "A helicopter from Air Station Cape Cod reached them about an hour later. Winds at the scene were gusting "
        "above 60 mph, the Coast Guard said.",
        "“The conditions were about as bad as you can train for,” said Lt. Erin Castellano, the helicopter’s pilot. "
        "“Those guys did everything right. They got their suits on, they got in the raft and they turned on their "
        "beacon.”",
        "The fishermen, from Gloucester and New Bedford, were flown to a hospital in Boston with mild hypothermia "
        "and were released later Friday. The boat’s owner could not be reached for comment.",
        "It was the second rescue off the New England coast during the storm. On Thursday evening, a Coast Guard boat "
        "crew towed a disabled sailboat into Portsmouth Harbor.",
    ],
    slug="news/2027/01/15/coast-guard-rescues-four-scallop-boat-cape-ann/",
    agency_credit=True)

art("bm-gridbill", BM, "After third major outage in two winters, lawmakers push grid-hardening bill", "2027-01-16",
    "08:00", ["Priya Natarajan"], [
        "For the third time in two winters, a coastal storm has cut power to hundreds of thousands of Massachusetts "
        "homes, and some lawmakers say the state can no longer wait for utilities to decide on their own how much "
        "to spend on stronger lines.",
        "A bill filed this week by Rep. Dominic Ferreira of Gloucester and Sen. Maria Costa of Rockport would "
        "require Bay Colony Electric and the state’s other utilities to bury or replace the most storm-prone lines "
        "in coastal towns over 10 years, with the cost spread across customers’ bills.",
        "“We keep rebuilding the same poles on the same streets after every storm,” Ferreira said Friday. “At some "
        "point rebuilding is more expensive than doing it right.”",
        "Bay Colony has said burying lines can cost ten times as much as stringing them on poles. Sharon Whitlow, "
        "the utility’s president, said Friday that the company would “work with the Legislature,” but warned that "
        "an aggressive mandate could add $8 to $12 a month to a typical bill.",
        "The bill faces a hearing before the Legislature’s energy committee in March.",
    ],
    dek="A Cape Ann bill would make utilities bury or replace the most storm-prone coastal lines within 10 years.",
    slug="news/2027/01/16/third-major-outage-lawmakers-grid-hardening-bill/")

art("bm-schools", BM, "Boston and dozens of districts cancel Friday classes ahead of nor’easter", "2027-01-14",
    "15:20", ["Luis Barreto"], [
        "Boston’s public schools and more than 80 other districts in eastern Massachusetts canceled Friday classes on "
        "Thursday afternoon, as forecasters warned the nor’easter would bring damaging winds overnight and heavy, "
        "wet snow west of Interstate 95.",
        "Boston schools superintendent Renata Villalobos said the decision was made early so families could arrange "
        "child care. School buildings will stay closed, though meal sites at four schools will open from 10 a.m. to "
        "noon.",
        "The National Weather Service issued a high wind warning for the coast from Cape Ann to Plymouth, with gusts "
        "of 60 to 75 mph expected after midnight, and a coastal flood warning for Thursday night’s and Friday "
        "morning’s high tides.",
        "Colleges followed. Several universities in Boston and Cambridge said they would cancel Friday classes or "
        "move them online.",
    ],
    dek="Forecasters expect gusts of 60 to 75 mph on the coast after midnight.",
    slug="news/2027/01/14/boston-districts-cancel-friday-classes-noreaster/")

art("bm-snow", BM, "How much snow fell? Worcester hills top 19 inches", "2027-01-15", "18:10",
    ["Luis Barreto"], [
        "While the coast took the wind and the water, central Massachusetts got the snow: the nor’easter dropped 19.5 "
        "inches on Princeton and more than a foot on much of the Worcester hills, according to preliminary totals "
        "from the National Weather Service.",
        "Worcester itself recorded 14.2 inches, and Fitchburg 16. Boston’s official total at Logan was 3.1 inches, "
        "most of it washed away by the rain that followed on Thursday night.",
        "Meteorologist Kara Olsen of the weather service’s Norton office said the snow was unusually heavy and wet, "
        "with about twice the water content of a typical Massachusetts snowfall. “That’s what takes trees down,” "
        "she said. “It’s like shoveling wet cement.”",
        "Plows were still working secondary roads in Worcester County on Friday evening, and state officials asked "
        "drivers to stay home overnight as the slush refreezes.",
    ],
    slug="news/2027/01/15/noreaster-snow-totals-worcester-hills/")

# ================================================================== Penobscot Herald (metered paywall)
art("ph-islands", PH, "Penobscot Bay islands cut off as ferries idle and fuel runs low", "2027-01-16", "11:45",
    ["Wren Caldwell"], [
        "For a third day, no ferry has reached Vinalhaven or North Haven, and island stores were rationing gasoline "
        "and heating oil on Saturday as the state ferry service waited for the seas in Penobscot Bay to calm.",
        "On Vinalhaven, the island’s only fuel dealer said it had about 2,000 gallons of heating oil left and was "
        "limiting deliveries to 50 gallons a household. “We can get through the weekend. After that, we need a "
        "boat,” said Nora Ames, who manages Island Fuel & Supply.",
        "The ferry service said its boats would try a crossing from Rockland on Sunday morning if wave heights in "
        "the bay fall below 6 feet, as forecasters expect. On Saturday the swells were running 9 to 12 feet at the "
        "mouth of the bay.",
        "Both islands lost electricity on Thursday night, and the islands’ electric cooperative has been running its "
        "diesel generators since. The cooperative said it had enough fuel for the generators for about six days.",
        "The Vinalhaven school is serving as a warming center, and volunteers are delivering meals to older "
        "residents. The island’s health center said a patient who needed dialysis was flown to Rockland by medical "
        "helicopter on Friday.",
        "North Haven select board chair Tom Grindle said islanders are used to storms, but three days without a boat "
        "in January is hard on the elderly and on families with small children. “People here are tough, but tough "
        "doesn’t heat a house,” he said.",
        "Lobstermen on both islands said at least a dozen boats had broken loose from their moorings during the "
        "storm, and several had sunk in Carver’s Harbor.",
    ],
    dek="Vinalhaven’s fuel dealer is limiting heating oil to 50 gallons a household until a boat gets through.",
    slug="2027/01/16/penobscot-bay/islands-cut-off-ferries-idle-fuel-runs-low/")

art("ph-belfast", PH, "Belfast’s waterfront piers heavily damaged, harbor master says", "2027-01-15", "15:30",
    ["Jasper Bell"], [
        "The nor’easter tore decking off two of Belfast’s public piers and sank at least three boats in the inner "
        "harbor, harbor master Kevin Lunt said Friday, calling it the worst damage to the city’s waterfront he has "
        "seen in 22 years on the job.",
        "The storm surge lifted sections of the floating docks off their pilings overnight, and waves pushed them "
        "against the footbridge. Lunt said the footbridge itself appeared sound but would stay closed until an "
        "engineer inspects it.",
        "“Everything that floats is somewhere it shouldn’t be,” Lunt said. “We’ve got a dock section up on the "
        "boat ramp and a skiff in the parking lot.”",
        "City manager Erin Hatch said Belfast would ask the state for help with repairs, which she estimated "
        "preliminarily at more than $1 million. Volunteers with the harbor committee spent Friday afternoon hauling "
        "debris out of the water at low tide.",
    ],
    slug="2027/01/15/belfast/belfast-waterfront-piers-heavily-damaged/")

art("ph-river", PH, "Storm surge pushes Penobscot River over its banks in Bangor and Brewer", "2027-01-15", "10:20",
    ["Abby Thibodeau"], [
        "The Penobscot River rose over its banks in Bangor and Brewer on Friday morning as the nor’easter’s surge "
        "pushed up the river on the high tide, flooding the waterfront parking lots and closing part of Front "
        "Street.",
        "The river peaked at 16.2 feet at the Bangor gauge just before 8 a.m., the highest reading there since "
        "1998, the National Weather Service said. Flood stage is 13 feet.",
        "Bangor police blocked Front Street and the ramp to the waterfront at dawn. In Brewer, water covered "
        "the riverside walking path and reached the back doors of several businesses on South Main Street.",
        "“The river was moving upstream, which is a strange thing to watch,” said Brewer resident Colleen Marsh, "
        "who walked down to the bank with her two children. “You could see ice chunks going the wrong way.”",
        "The weather service said the river would fall through the afternoon but could rise again with Friday "
        "night’s high tide, though not as high.",
    ],
    slug="2027/01/15/bangor/penobscot-river-over-banks-bangor-brewer/",
    lp_title="Storm surge pushes Penobscot River over its banks in Bangor and Brewer")

art("ph-stonington", PH, "Stonington fishermen count their losses after boats sink at moorings", "2027-01-16",
    "09:10", ["Wren Caldwell"], [
        "Seven lobster boats sank at their moorings in Stonington harbor during the nor’easter, and fishermen spent "
        "Saturday morning trying to raise them before salt water ruined the engines, harbor officials said.",
        "The boats were swamped by waves that came over the breakwater late Thursday, when the surge and the wind "
        "peaked together. Several others dragged their moorings and ended up on the rocks below the town landing.",
        "“You do everything right, double your lines, and it doesn’t matter,” said Caleb Haskins, whose 38-foot "
        "boat was among those that went down. “The ocean picks.”",
        "Fishermen from Deer Isle and Stonington lent pumps and air bags, and by noon three of the boats had been "
        "brought to the surface. Haskins said he expected his insurance to cover part of the loss but not the weeks "
        "he will spend off the water.",
    ],
    slug="2027/01/16/deer-isle/stonington-fishermen-boats-sink-at-moorings/")

art("ph-shelters", PH, "Midcoast towns open shelters as nor’easter approaches", "2027-01-14", "17:00",
    ["Jasper Bell"], [
        "Towns from Rockland to Bucksport opened emergency shelters on Thursday afternoon as the nor’easter closed in "
        "on the Midcoast, with forecasters calling for gusts of up to 70 mph along Penobscot Bay overnight.",
        "The Red Cross and local volunteers opened shelters at schools in Rockland, Belfast and Bucksport. Camden "
        "opened its public library as a warming center.",
        "Knox County’s emergency management director, Lisa Forbes, urged residents of low-lying streets near the "
        "harbors to leave before the evening high tide. “If the water has ever come into your yard, plan to be "
        "somewhere else tonight,” Forbes said.",
        "Schools across Knox and Waldo counties will be closed Friday.",
    ],
    slug="2027/01/14/midcoast/midcoast-towns-open-shelters-noreaster/")

art("ph-route1", PH, "Downed trees close Route 1 in Searsport, adding an hour to detours", "2027-01-15", "20:40",
    ["Abby Thibodeau"], [
        "A long stretch of Route 1 in Searsport was closed Friday evening after dozens of trees fell across the "
        "highway and took down power lines with them, the state transportation department said.",
        "Drivers were being sent inland on Route 141 and Route 3, a detour that adds about an hour to the trip "
        "between Belfast and Bucksport. State crews expected to reopen one lane by midday Saturday, after line "
        "crews make the wires safe.",
        "Searsport fire chief Mark Desjardins said his department had answered more than 40 calls since Thursday "
        "night, most of them for trees on wires. “We haven’t had a break since the wind started,” he said.",
    ],
    slug="2027/01/15/searsport/downed-trees-close-route-1-searsport/")

art("ph-store", PH, "In Brooksville, the general store becomes the town’s lifeline", None, None,
    ["Abby Thibodeau"], [
        "When the power went out across Brooksville on Thursday night, the lights stayed on at Buck’s Harbor "
        "Market, the village store that has a generator, a woodstove and, by Friday afternoon, a line out the door.",
        "Owner Janine Cole has been brewing coffee for anyone who walks in, letting people charge phones at a "
        "power strip by the register and keeping a list of neighbors who need a ride or a hot meal.",
        "“It’s a store, but in a week like this it’s the town hall,” Cole said. “Somebody comes in for milk and "
        "stays an hour because it’s warm.”",
        "About 900 people live in Brooksville year-round. Downeast Electric Cooperative said most of the town could "
        "be without power until Monday.",
    ],
    slug="2027/01/16/brooksville/general-store-becomes-towns-lifeline/",
    lp_title="In Brooksville, the general store becomes the town's lifeline")

# ================================================================== Northshore Public Media (Nuxt 2)
art("ns-seawall", NS, "Waves break through Gloucester seawall, flooding homes near Stacy Boulevard", "2027-01-15",
    "11:05", ["Josie Amaral", "Ben Whitlock"], [
        "Waves driven by the nor’easter broke through a 40-foot section of the seawall along Gloucester’s Stacy "
        "Boulevard early Friday, sending seawater into the basements of dozens of homes on nearby streets and "
        "leaving chunks of granite scattered across the road.",
        "Police closed the boulevard and part of Western Avenue before dawn. Firefighters helped about 30 residents "
        "leave homes on Hough Avenue and Mansfield Street as the water rose to the tops of car tires.",
        "“It came over the wall like a wave at the beach, and then the wall just wasn’t there anymore,” said Lucia "
        "Ferrante, who has lived across from the boulevard for 40 years. She watched from an upstairs window as "
        "water filled her driveway.",
        "Mayor Frank Ruggiero said no one was hurt. The city’s engineers will inspect the rest of the wall once the "
        "tide goes out, he said, and the boulevard will stay closed at least through the weekend.",
        BG_WALL + " Ruggiero said the city applied last year for federal money to rebuild sections of it.",
        "“We knew it was vulnerable,” he said. “We didn’t think it would go this week.”",
    ],
    dek="About 30 residents were helped from their homes as water rose on nearby streets.",
    slug="news/2027-01-15/waves-break-through-gloucester-seawall")

art("ns-wallcost", NS, "Gloucester seawall repair could top $14 million, city says", "2027-01-16", "14:30",
    ["Ben Whitlock"], [
        "Rebuilding the section of Gloucester’s seawall that collapsed during Friday’s nor’easter, and shoring up "
        "the stretches on either side of it, could cost more than $14 million, city officials said Saturday after "
        "engineers finished a first inspection.",
        "Waves broke through about 40 feet of the wall along Stacy Boulevard early Friday, flooding homes on nearby "
        "streets. The city’s engineering consultant found cracks and undermining along another 300 feet, public "
        "works director Alan Pizzotti said.",
        "“The part that fell is the part you can see. What worries me is the part that’s still standing,” "
        "Pizzotti said.",
        "Mayor Frank Ruggiero said the city would put up a temporary barrier of stone-filled bags within two weeks "
        "and would ask the state for emergency money. A $6 million federal grant application the city filed last "
        "year is still pending.",
        BG_WALL,
        "Stacy Boulevard will stay closed to cars until the temporary barrier is in place, though the city reopened "
        "Western Avenue on Saturday morning.",
    ],
    dek="Engineers found cracks along another 300 feet of the wall.",
    slug="news/2027-01-16/gloucester-seawall-repair-cost")

art("ns-plum", NS, "Plum Island homeowners find dunes washed away", "2027-01-16", "10:00",
    ["Josie Amaral"], [
        "Homeowners on Plum Island returned Saturday to find that the nor’easter had carved away as much as 30 feet "
        "of dune in front of some houses, leaving decks and stairways hanging over the beach.",
        "Newbury building inspector Carl Amesbury said two houses on the island’s northern end were unsafe to enter "
        "and that several others would need engineers to check their foundations before anyone moves back in.",
        "“Last night I had a front yard. This morning I have a cliff,” said Diane Roukas, who has owned a cottage "
        "on the island since 1994.",
        "The island has lost dunes in most major storms of the past 15 years, and town officials have argued for "
        "years over who should pay to replace the sand.",
    ],
    slug="news/2027-01-16/plum-island-dunes-washed-away")

art("ns-willows", NS, "Salem Willows pier loses decking as waves pound the North Shore", "2027-01-15", "17:40",
    ["Marisol Quintero"], [
        "Waves tore away about a third of the decking on the public pier at Salem Willows on Friday, and the city "
        "closed the park’s waterfront until the structure can be inspected.",
        "Salem’s harbor master, Gil Santos, said the pier’s pilings appeared intact, which he called a hopeful sign. "
        "Boards from the pier washed up along the shore as far as Winter Island.",
        "Mayor Yvonne Carrier said the city would clean up the debris over the weekend and ask residents not to "
        "walk on the damaged pier or the rocks beside it.",
    ],
    slug="news/2027-01-15/salem-willows-pier-loses-decking")

art("ns-hospital", NS, "Beverly hospital ran on generators for 14 hours during storm", "2027-01-16", "12:20",
    ["Ben Whitlock"], [
        "Bass River Medical Center in Beverly ran on backup generators for 14 hours after the nor’easter cut power "
        "to the hospital late Thursday, and staff postponed all planned surgeries on Friday to save fuel, a hospital "
        "spokesperson said.",
        "Spokesperson Andrea Koval said the generators kept the emergency department, the intensive care unit and "
        "the operating rooms running without interruption. Power from the grid returned at about 1 p.m. Friday.",
        "The hospital asked a fuel supplier for an emergency delivery on Friday morning when the generators’ tanks "
        "dropped below half, Koval said. Planned surgeries will resume Monday.",
    ],
    slug="news/2027-01-16/beverly-hospital-generators-14-hours")

art("ns-pantries", NS, "North Shore food pantries replace food lost in outages", "2027-01-16", "16:45",
    ["Marisol Quintero"], [
        "Food pantries in Lynn, Salem and Peabody stayed open late on Saturday to help families replace groceries "
        "that spoiled when the power went out, and several said they were running short of milk, eggs and meat.",
        "“People lost everything in the fridge, and for a lot of families that’s the whole week’s food,” said "
        "Teresa Pham, who runs the Lynn Community Pantry. The pantry served 340 households on Saturday, about "
        "twice its usual number.",
        "The pantries are asking for donations of cash rather than food, which lets them buy fresh groceries in bulk. "
        "Several supermarkets in the region also said they would donate perishables this week.",
    ],
    slug="news/2027-01-16/north-shore-food-pantries-outages")

art("ns-marblehead", NS, "Marblehead Neck cut off for hours as causeway floods", "2027-01-16", "09:30",
    ["Josie Amaral"], [
        "Residents of Marblehead Neck were cut off from the rest of town for about six hours on Friday after the "
        "nor’easter’s surge flooded the causeway, the only road to the peninsula.",
        "Police closed the causeway at about 7 a.m., when water covered both lanes, and reopened it in the early "
        "afternoon. The fire department kept an engine and an ambulance on the Neck during the closure.",
        "“We planned for it, so nobody was stranded without help,” said fire chief Robert Dacey. The town has asked "
        "the state for years to raise the road, which floods in most big storms.",
    ],
    slug="news/2027-01-16/marblehead-neck-causeway-floods")
