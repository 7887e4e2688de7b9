# -*- coding: utf-8 -*-
"""The canonical article table of blind23: five invented outlets of New Brunswick (Canada), November 2026, plus one
invented daily of March 2009, as web-archive tools captured them. Every story, person, outlet and organisation is
invented; places (towns, rivers, streets, bridges) are real.

FT  = The Fundy Telegraph (Saint John digital daily)       KCC = Kent Coast Courier (weekly, Bouctouche)
CD  = Codiac Dispatch (member-funded Moncton news site)    CL  = The Capital Ledger (nonprofit politics site)
CG  = The Chaleur Gazette (Bathurst daily, 2009)           ANS = Atlantic News Service (wire, republished by three)
"""

ART = {}

FT = "The Fundy Telegraph"
KCC = "Kent Coast Courier"
CD = "Codiac Dispatch"
CL = "The Capital Ledger"
CG = "The Chaleur Gazette"
ANS = "Atlantic News Service"


def art(aid, outlet, title, date, authors, paras, **kw):
    ART[aid] = dict(outlet=outlet, title=title, date=date, authors=authors, paras=paras, **kw)


# ------------------------------------------------------------------ text that repeats on purpose (must be KEPT)
# the health minister's line, quoted in five stories of four outlets (hard negatives)
MIN_LINE = ("No one is closing a hospital. We are matching overnight staffing to overnight demand, and we will do it "
            "in the open.")
# the Telegraph's background paragraph, in its first story and its follow-up
MIN_LINE_ATTRIB = MIN_LINE[:-1] + ","     # the same line followed by its attribution
BG_ER = ("The four emergency departments together saw an average of 11 patients a night last year, according to the "
         "department’s own figures. Each needs at least one doctor and two nurses on shift to stay open.")
# the Gazette's sentence about the mill's taxes, in two 2009 stories
BG_MILL_TAX = ("Nepisiguit Paper's municipal tax bill, about $2.1 million a year, is the largest single source of "
               "property tax revenue in the city.")

# ================================================================== The Fundy Telegraph (Heritrix crawl, 16-18 Nov)
art("ft-er-plan", FT, "Province to end overnight ER service at four rural hospitals", "2026-11-16",
    ["Meredith Cyr"], [
        "The provincial Health Department will end overnight emergency service at four rural hospitals early next "
        "year, sending patients who fall ill between 8 p.m. and 8 a.m. to regional hospitals as much as an hour’s "
        "drive away.",
        "The change takes effect Jan. 1 at Kent Coast Community Hospital in Sainte-Anne-de-Kent, Tantramar Memorial "
        "Hospital in Sackville, Kings Valley Health Centre in Sussex and the Fundy Isles Health Centre on Grand "
        "Manan, according to a staffing plan released Sunday.",
        BG_ER,
        f"“{MIN_LINE_ATTRIB}” Health Minister Colette Arsenault said in a statement.",
        "The department said ambulances would be repositioned at night so that no community is more than 45 minutes "
        "from a crew, and that the four sites would keep their daytime emergency hours, laboratory services and "
        "long-term care beds.",
        "Grand Manan’s situation is different, critics say: the island has no bridge, and the last ferry leaves "
        "North Head at 5:30 p.m. in winter. The department said overnight patients there would be flown out by air "
        "ambulance when the weather allows.",
        "Mayor Théo Cormier of Sainte-Anne-de-Kent called the plan “a decision made in Fredericton by people who "
        "have never driven Route 134 in February.”",
    ],
    section="Health", slug="news/2026/11/16/province-to-end-overnight-er-service-at-four-rural-hospitals",
    dek=("Emergency departments in Sainte-Anne-de-Kent, Sackville, Sussex and Grand Manan would close from 8 p.m. to "
         "8 a.m. under a plan the Health Department released Sunday."),
    # the version the crawler found on day 3: paragraph 2 corrected, paragraph 5 re-edited, a correction appended
    updated={1: "The change takes effect Feb. 1 at Kent Coast Community Hospital in Sainte-Anne-de-Kent, Tantramar "
                "Memorial Hospital in Sackville, Kings Valley Health Centre in Sussex and the Fundy Isles Health "
                "Centre on Grand Manan, according to a staffing plan released Sunday.",
             4: "The department said ambulances would be repositioned at night so that no community is more than 45 "
                "minutes from a crew. A spokesperson said Tuesday that two additional crews would be based in "
                "Sackville and Sainte-Anne-de-Kent, and that the four sites would keep their daytime emergency "
                "hours, laboratory services and long-term care beds."},
    correction=("Correction: An earlier version of this story said the overnight closures would begin Jan. 1. They "
                "are scheduled to begin Feb. 1."))

art("ft-cranes", FT, "Port Saint John’s new cranes arrive after 24-day Atlantic crossing", "2026-11-15",
    ["Owen Mackay"], [
        "SAINT JOHN — Two ship-to-shore container cranes, each taller than any building in uptown Saint John, "
        "sailed into the harbour on Saturday morning aboard a heavy-lift ship from Shanghai after a 24-day crossing.",
        "The cranes are the last major piece of a $205-million modernization of the West Side container terminal, "
        "which the port says will let it handle ships carrying up to 9,000 containers by next summer.",
        "“This is the moment the project stops being a drawing,” said Adèle Mourant, vice-president of operations "
        "at the port. “By spring, we will be unloading ships we used to turn away.”",
        "Each crane weighs about 1,500 tonnes and will be rolled off the vessel on rails over the next week, weather "
        "permitting. Crews from the manufacturer will spend about four months commissioning them.",
        "The terminal’s operator has hired 38 new longshore workers to run the larger equipment, the longshore "
        "workers’ union local said.",
    ],
    section="Business", slug="business/2026/11/15/port-saint-john-new-cranes-arrive",
    dek="The last pieces of the West Side terminal’s $205-million upgrade will take four months to commission.")

art("ft-rents", FT, "Uptown Saint John rents up 14 per cent in a year as vacancy falls below 1 per cent",
    "2026-11-14", ["Priya Raman"], [
        "Average rent for a two-bedroom apartment in uptown Saint John rose 14 per cent in the past year, to $1,640 "
        "a month, according to a survey of 2,100 units released Friday by a regional landlords’ association.",
        "The vacancy rate on the uptown peninsula fell to 0.9 per cent, down from 2.7 per cent a year earlier. "
        "Across the city, vacancy stood at 1.6 per cent.",
        "“We are seeing people sign leases on units they have only seen in photos,” said Kofi Mensah, who manages "
        "140 apartments on Germain and Princess streets. “Three years ago I could not give those units away.”",
        "Tenant advocates say the numbers understate the problem because the survey counts only buildings with six "
        "or more units, leaving out the flats in older row houses where many lower-income tenants live.",
        "“The rent cap ended in 2024 and nothing replaced it,” said Jeanne Ouellet of the Saint John Tenants’ "
        "Network. “Every lease renewal is now a negotiation people lose.”",
        "The city’s housing strategy, adopted last spring, aims to approve 1,200 new units a year until 2030. Staff "
        "told council this month that 780 units were approved in the first 10 months of 2026.",
    ],
    section="Business", slug="business/2026/11/14/uptown-saint-john-rents-up-14-per-cent",
    dek="A landlords’ survey of 2,100 units puts the average two-bedroom at $1,640 a month.")

art("ft-falls-bridge", FT, "Reversing Falls bridge to close for six weeks of deck repairs", "2026-11-16",
    ["Owen Mackay"], [
        "SAINT JOHN — The Reversing Falls bridge will close to all traffic for six weeks starting Jan. 11 while "
        "crews replace sections of its corroded steel deck, the province’s Transportation Department said Monday.",
        "About 19,000 vehicles cross the bridge on an average weekday. Detours will send traffic over the Harbour "
        "Bridge and along Route 1, adding 10 to 15 minutes to trips between the west side and uptown at rush hour.",
        "Pedestrians and cyclists will be able to use a temporary walkway on the bridge’s downstream side for most "
        "of the closure, except for about five days when cranes are working overhead.",
        "“We looked at doing this one lane at a time over two construction seasons,” said project engineer Hélène "
        "Savoie. “Six weeks in winter is painful, but it is shorter and cheaper than two summers of single-lane "
        "traffic.”",
        "The work is expected to cost $8.4 million. Saint John Transit said it would publish revised schedules for "
        "routes 1 and 3 before Christmas.",
    ],
    section="Saint John", slug="news/2026/11/16/reversing-falls-bridge-to-close-six-weeks",
    dek="Detours over the Harbour Bridge will add up to 15 minutes at rush hour from Jan. 11.")

art("ft-er-nurses", FT, "Nurses warn overnight ER closures will drive staff out of rural hospitals", "2026-11-17",
    ["Meredith Cyr"], [
        "The union representing the province’s hospital nurses says a plan to close four rural emergency "
        "departments overnight will push experienced nurses to quit rather than accept transfers to Moncton and "
        "Saint John.",
        "“Nobody went into rural nursing to be told to commute 70 kilometres for a night shift,” said Paula "
        "Gallant, president of the Provincial Nurses’ Federation, which represents about 6,800 nurses. “You will "
        "lose them to Nova Scotia, to agency work, or to retirement.”",
        BG_ER,
        "Under the plan released Sunday, nurses who now work nights at the four sites would be offered day shifts "
        "at the same hospital or night shifts at a regional hospital. Gallant said about 40 of her members are "
        "affected.",
        f"“{MIN_LINE_ATTRIB}” Arsenault said Sunday.",
        "The federation has asked for a meeting with the minister before the end of the month. Arsenault’s office "
        "said Monday she would meet union leaders “in the coming weeks.”",
    ],
    section="Health", slug="news/2026/11/17/nurses-warn-overnight-er-closures-will-drive-staff-out",
    dek="The nurses’ federation says about 40 of its members work nights at the four affected sites.")

art("ft-gondola-ferry", FT, "Gondola Point ferry back in service after cable failure stranded 11 vehicles",
    "2026-11-18", ["Lise Gautreau"], [
        "ROTHESAY — The Gondola Point ferry returned to service Wednesday morning, four days after a guide cable "
        "snapped mid-crossing and left 11 vehicles stuck on the Kennebecasis River for nearly two hours.",
        "Nobody was hurt Saturday evening when the cable parted about 80 metres from the Gondola Point landing. A "
        "department workboat towed the ferry back to shore, and drivers were sent around by way of Route 1 and the "
        "Hampton detour.",
        "Transportation Department spokesperson Marc-André Robichaud said divers and a cable contractor replaced "
        "the full length of the 640-metre guide cable and inspected the second ferry on the crossing, which was "
        "not affected.",
        "“We run these crossings 24 hours a day, 365 days a year, and the cables are inspected monthly,” Robichaud "
        "said. “We want to understand why this one failed between inspections.”",
        "Residents of the Kingston Peninsula, who rely on the free ferries to reach jobs and schools in Rothesay and "
        "Saint John, say they waited in lines of up to 45 minutes while only one boat was running.",
    ],
    section="Saint John", slug="news/2026/11/18/gondola-point-ferry-back-in-service",
    dek="The 640-metre guide cable has been replaced; the department wants to know why it failed.")

art("ft-city-market", FT, "City Market vendors push back on plan to open Sundays year-round", "2026-11-18",
    ["Priya Raman"], [
        "A proposal to open the Saint John City Market on Sundays year-round is running into resistance from the "
        "vendors it is meant to help, several of whom told council’s finance committee Tuesday that they cannot "
        "staff a seventh day.",
        "The market, a national historic site in uptown Saint John, now opens Sundays only between May and October, "
        "when cruise ships are in port. City staff say a year-round Sunday opening would bring in about $180,000 in "
        "extra rent and parking revenue.",
        "“I am one person and a part-time helper. If I open Sunday, I close Monday, and Monday is when I do my "
        "baking,” said Miriam Okoro, who runs a bakery stall.",
        "Staff recommended a one-year trial starting in January, with vendors allowed to opt out for the first six "
        "months. Coun. Ben Lutz asked staff to survey all 52 vendors before the committee votes on Dec. 8.",
    ],
    section="Business", slug="business/2026/11/18/city-market-vendors-push-back-sunday-hours",
    dek="Staff propose a one-year trial; vendors say they cannot staff a seventh day.")

# the wire story, republished by the Telegraph, the Dispatch and the Courier under three headlines
art("ans-premiers", FT, "Atlantic premiers to meet in Halifax on health-care staffing", "2026-11-17",
    ["Claire Hebb"], [
        "HALIFAX — The four Atlantic premiers will meet in Halifax next week to discuss a shared plan for "
        "recruiting nurses and doctors, after a year in which the provinces competed openly for the same health-care "
        "workers.",
        "Nova Scotia’s premier, who is hosting the Nov. 26 meeting, said Tuesday that the provinces had spent “tens "
        "of millions of dollars outbidding each other” with signing bonuses and relocation grants.",
        "“A nurse who moves from Moncton to Amherst has not been recruited. She has been moved 70 kilometres, and we "
        "have all paid for it,” the premier told reporters.",
        "Officials are expected to discuss a common licence that would let nurses work in any of the four "
        "provinces, and a joint recruitment office overseas. New Brunswick’s Health Department confirmed the "
        "minister would attend alongside the premier.",
        "The meeting comes as New Brunswick faces criticism over a plan to close four rural emergency departments "
        "overnight, and Prince Edward Island reports more than 200 vacant nursing positions.",
    ],
    section="Canada", slug="news/2026/11/17/atlantic-premiers-to-meet-in-halifax-on-health-care-staffing",
    dek="The Nov. 26 meeting will look at a common nursing licence and a joint recruitment office.",
    cd_title="Premiers to talk nurse recruitment at Halifax meeting",
    kcc_title="Atlantic premiers set health staffing meeting")

# ================================================================== Kent Coast Courier (wget mirror, 20 Nov)
art("kcc-wharf", KCC, "Cocagne wharf repairs pushed back another year", "2026-11-11", ["Rachel Thériault"], [
    "COCAGNE — Fishermen who tie up at the Cocagne wharf will spend another season working around the cracked "
    "concrete and the section of decking that has been fenced off since the spring, after federal officials told "
    "the harbour authority that repair money will not come before 2028.",
    "“We were told 2025, then 2026, then 2027. Now it’s 2028,” said René Bourgeois, who chairs the Cocagne Harbour "
    "Authority. “The wharf doesn’t know what year it is. It just keeps falling apart.”",
    "About 30 lobster and herring boats use the wharf, along with a growing number of oyster growers who land gear "
    "there. The harbour authority estimates repairs at $3.2 million.",
    "A spokesperson for Fisheries and Oceans Canada said the Cocagne project remains on the department’s list of "
    "priority sites, but that money for small craft harbours in the Gulf region has been committed to storm repairs "
    "elsewhere.",
    "Bourgeois said the authority would ask the local MP to raise the wharf in the House of Commons this winter. "
    "“Somebody is going to get hurt down there,” he said. “I’d like it not to be one of ours.”",
])

art("kcc-hospital", KCC, "Sainte-Anne hospital supporters fill parish hall to fight ER closure", "2026-11-18",
    ["Gilles Léger"], [
        "SAINTE-ANNE-DE-KENT — More than 400 people crowded into the parish hall Monday evening, some standing in the "
        "doorway and the parking lot, to hear what the province’s plan to close the Kent Coast Community Hospital’s "
        "emergency department overnight will mean for them.",
        "Many had driven in from Saint-Édouard, Sainte-Marie and the shore road. Several held signs reading “8 p.m. "
        "is not closing time for heart attacks.”",
        "“My husband had his stroke at 2 in the morning. If we had driven to Moncton, I would be a widow,” said "
        "Yvette Maillet, 71, drawing the longest applause of the night.",
        "Dr. Étienne Gaudet, who has worked in the hospital’s emergency department for 19 years, told the crowd the "
        "department saw 1,104 overnight visits last year, more than any of the other three sites on the list.",
        "Health Minister Colette Arsenault was invited but did not attend. Her office sent a statement repeating "
        f"what she said when the plan was released: “{MIN_LINE}”",
        "Organizers collected about 2,700 signatures on a petition that Kent North MLA Daniel Comeau said he would "
        "table when the legislature sits next week.",
    ],
    cd_title="Hundreds pack Sainte-Anne-de-Kent parish hall to fight overnight ER closure")

art("kcc-oysters", KCC, "Bouctouche Bay oyster growers count losses from September storm surge", "2026-11-18",
    ["Rachel Thériault"], [
        "BOUCTOUCHE — Oyster growers on Bouctouche Bay say they lost between a quarter and a third of their floating "
        "stock when a storm surge tore through the bay on Sept. 22, and many are only now finishing their counts as "
        "they sink their cages for the winter.",
        "“You pull up a line of bags and half of them are empty or buried in mud,” said Luc Vautour, who farms 40 "
        "acres near the mouth of the Little Bouctouche River. “It will take us three years to get back to where we "
        "were.”",
        "The New Brunswick Oyster Growers’ Co-operative estimates the surge cost its 62 members about $4.5 million in "
        "lost stock and gear. The co-op has asked the province to extend its disaster financial assistance program "
        "to aquaculture leases, which it does not currently cover.",
        "A spokesperson for the provincial aquaculture department said the request was “under review.”",
        "Growers say the storm came at the worst time, a few weeks before the fall harvest, when most of the "
        "oysters had reached market size.",
    ])

art("kcc-breakfast", KCC, "Richibucto students raise $12,600 for school breakfast program", "2026-11-18", [], [
    "RICHIBUCTO — Students at Richibucto’s high school raised $12,600 in a month-long drive for the school’s "
    "breakfast program, enough to keep it running until June, organizers said last week.",
    "The program serves about 140 students a morning. Its budget ran short in October after food costs rose and a "
    "regular corporate donation ended.",
    "Grade 11 student Chloé Babineau, who led the student council’s drive, said the class held a bottle drive, a bake "
    "sale and a 12-hour volleyball marathon. “People in Richibucto will give you their last loonie if it’s for "
    "kids,” she said.",
    "The school’s principal said the money would be kept in a separate account and that any surplus would roll "
    "over to next year.",
], staff_credit="Courier Staff")

art("kcc-church", KCC, "Sainte-Famille church in Bouctouche to become community arts centre", "2026-11-18",
    ["Gilles Léger"], [
        "BOUCTOUCHE — The former Sainte-Famille church on Main Street, closed for worship since 2023, will become a "
        "community arts centre after the town agreed Monday to buy it from the diocese for $1.",
        "Council voted 6–1 to take over the building, which needs an estimated $900,000 in repairs to its roof, "
        "heating and accessibility. A volunteer group, Les Amis de Sainte-Famille, has raised $310,000 toward the "
        "work.",
        "“This is where my parents were married and where we said goodbye to them,” said Monique Richard, who chairs "
        "the group. “It should be full of people again, even if they come for a concert instead of a Mass.”",
        "Councillor Paul LeBlanc, who voted against, said he supported the project but feared the town would be "
        "left with the repair bills if fundraising stalls.",
        "The group hopes to open the nave for concerts in summer 2027 and to add studios for artists in the former "
        "rectory later.",
    ])

art("kcc-petition", KCC, "Kent North MLA tables 2,714-name petition against overnight ER closure", "2026-11-25",
    ["Gilles Léger"], [
        "FREDERICTON — A petition signed by 2,714 Kent County residents opposing the overnight closure of the Kent "
        "Coast Community Hospital’s emergency department was tabled in the legislature Tuesday by Kent North MLA "
        "Daniel Comeau.",
        "Comeau, the Opposition health critic, told the house that the petition had been collected in five days, "
        "mostly at the door of the Sainte-Anne-de-Kent parish hall and at two grocery stores in Bouctouche.",
        "Health Minister Colette Arsenault replied that the plan was “matching overnight staffing to overnight "
        "demand” and that the hospital would keep its daytime emergency department, laboratory and long-term care "
        "beds.",
        "Outside the chamber, Comeau said he would push the government to support his private member’s bill "
        "requiring a vote in the legislature before any emergency department reduces its hours.",
        "The bill passed first reading last week. The government house leader has not said whether it will be "
        "called for debate before the Christmas break.",
    ])

# ================================================================== Codiac Dispatch (Browsertrix WACZ, 19 Nov)
art("cd-tower", CD, "Dieppe council approves 14-storey tower near Champlain Place", "2026-11-18", ["Noah Bourque"], [
    "DIEPPE — Dieppe city council has approved a 14-storey apartment tower on a vacant lot beside Champlain Place, "
    "the tallest building the city has allowed and the first to be approved under its new downtown height rules.",
    "Council voted 7–2 on Tuesday night to rezone the 1.2-hectare lot on Paul Street for the 212-unit building, "
    "after a two-hour public hearing in which neighbours raised concerns about traffic, shadows and snow clearing.",
    "“We have spent years saying we need housing. This is what housing looks like when you actually approve it,” "
    "said Coun. Yvon Richard, who voted in favour.",
    "Residents of the neighbouring Acadie Avenue townhouses asked council to cap the building at eight storeys. "
    "Several said the lot floods each spring and questioned whether the developer’s drainage plan would hold.",
    "Under the approval, 22 of the units must be rented at 80 per cent of market rent for at least 20 years. "
    "Construction could start next fall.",
],
    slug="2026/11/18/dieppe-council-approves-14-storey-tower", tag="City Hall",
    excerpt="The 212-unit building on Paul Street is the first approved under the city’s new height rules.",
    # the version SingleFile saved on 24 Nov: the site updated the story on 20 Nov
    updated={4: "Under the approval, 22 of the units must be rented at 80 per cent of market rent for at least 20 "
                "years. Construction could start as early as next fall."},
    update_add=("The developer, Petitcodiac Living Inc., said in a statement Thursday that it expects to apply for a "
                "building permit in the spring and has hired a second engineering firm to review the drainage "
                "design."))

art("cd-transit", CD, "Tri-City Transit to add Sunday service on three routes in January", "2026-11-17",
    ["Amélie Doucet"], [
        "MONCTON — Buses will run on Sundays on three of Greater Moncton’s busiest routes starting Jan. 10, the first "
        "regular Sunday service in the transit system’s history, Tri-City Transit announced Monday.",
        "Routes 51 (Main Street), 60 (Mountain Road) and 80 (Dieppe–Champlain) will run every 40 minutes from 9 a.m. "
        "to 6 p.m. The trial is funded for one year at a cost of about $640,000, split among Moncton, Dieppe and "
        "Riverview.",
        "“Half the people who work Sundays in this city are the people who can least afford a taxi,” said Moncton "
        "Coun. Sarah Kinney, who chairs the transit committee. “Retail, health care, cleaning — that’s who we built "
        "this for.”",
        "Tri-City Transit will count riders on each route and report to the three councils in the fall. Routes that "
        "average fewer than 12 riders an hour could be cut when the trial ends.",
    ],
    slug="2026/11/17/tri-city-transit-sunday-service", tag="Transit",
    excerpt="A one-year trial on routes 51, 60 and 80 will cost the three municipalities about $640,000.")

art("cd-er-overflow", CD, "Moncton ERs brace for overflow if rural hospitals close overnight", "2026-11-19",
    ["Amélie Doucet", "Noah Bourque"], [
        "MONCTON — Emergency physicians at Moncton’s two hospitals say they have not been told how many extra "
        "patients to expect when four rural emergency departments stop taking patients overnight, and that their "
        "own waiting rooms are already full most nights.",
        "“On a bad night we have 30 people waiting and 12 admitted patients in the hallway. I don’t know where the "
        "Sackville patients go,” said Dr. Nadia Haddad, an emergency physician in Moncton for 14 years.",
        f"Health Minister Colette Arsenault has defended the plan, saying in a statement Sunday: “{MIN_LINE}”",
        "The Health Department estimates that about 11 patients a night would be redirected from the four rural "
        "sites, most of them to Moncton. It says some of the nurses now working nights at those sites would be "
        "offered shifts in Moncton.",
        "Paramedics’ representatives say the bigger risk is on the road. An ambulance that drives a patient from "
        "Sainte-Anne-de-Kent to Moncton is out of its area for at least three hours, said Marc Boudreau, who speaks "
        "for the paramedics’ union local.",
    ],
    slug="2026/11/19/moncton-ers-brace-for-overflow", tag="Health",
    excerpt="Emergency doctors say nobody has told them how many patients to expect from Sackville and Kent County.")

art("cd-market", CD, "Riverfront Market moves indoors for its first winter season", "2026-11-16", ["Noah Bourque"], [
    "MONCTON — The Riverfront Market, which has run outdoors beside the Petitcodiac River every Saturday since May, "
    "will spend the winter in a former furniture warehouse on Assumption Boulevard, its organizers said Sunday.",
    "About 45 of the summer market’s 70 vendors have signed up for the indoor season, which begins Dec. 5 and runs "
    "until April. The building’s owner is charging rent of $1 a month for the first year.",
    "“We kept hearing the same thing at the end of the season: ‘Where do we find you in January?’” said market "
    "manager Jocelyne Thibodeau. “Now there’s an answer.”",
    "The market will open from 9 a.m. to 2 p.m. on Saturdays. Organizers are still looking for a permanent "
    "year-round site and have asked the city to consider space in its planned downtown plaza.",
],
    slug="2026/11/16/riverfront-market-moves-indoors", tag="Community",
    excerpt="About 45 vendors will set up in a former furniture warehouse from Dec. 5.")

art("cd-firefighters", CD, "Riverview to hire six firefighters as calls nearly double", "2026-11-16",
    ["Amélie Doucet"], [
        "RIVERVIEW — The Town of Riverview will hire six full-time firefighters next year, its first new positions "
        "in the fire department since 2011, after calls for service nearly doubled over the last decade.",
        "Council approved the hires at a special budget meeting Saturday as part of a 2027 budget that raises the "
        "property tax rate by two cents per $100 of assessment. The new positions will cost about $620,000 a year "
        "once salaries and equipment are included.",
        "Fire Chief Kevin MacNeil told council the department answered 1,940 calls last year, compared with 1,010 in "
        "2015, largely because of medical calls and the town’s growth along Coverdale Road.",
        "“We are still staffing a 2026 town with a 2011 roster,” MacNeil said. “This gets us a second crew on days, "
        "which is when most of our calls come in.”",
        "The town will also spend $1.1 million to replace a 1998 pumper truck.",
    ],
    slug="2026/11/16/riverview-to-hire-six-firefighters", tag="City Hall",
    excerpt="The 2027 budget adds a second day crew and a new pumper truck.")

# ================================================================== The Capital Ledger (Wayback, Common Crawl)
art("cl-er-bill", CL, "Opposition bill would force legislature vote before any ER cuts its hours", "2026-11-20",
    ["Jonah Whitcomb"], [
        "FREDERICTON — The Opposition has introduced a bill that would require a vote in the legislature before any "
        "hospital emergency department in New Brunswick reduces its hours, a direct challenge to the government’s "
        "plan to close four rural ERs overnight.",
        "The Emergency Services Protection Act, tabled Thursday by Kent North MLA Daniel Comeau, would also require "
        "the Health Department to publish response-time data for every affected community at least 90 days before "
        "a change takes effect.",
        "“If the minister is confident in this plan, she should have no trouble defending it in this chamber,” "
        "Comeau told reporters.",
        "Health Minister Colette Arsenault said the bill would “paralyze” health-care management. She repeated the "
        f"line she has used since the plan was announced: “{MIN_LINE}”",
        "The governing party holds 27 of the legislature’s 49 seats, and private members’ bills rarely reach a final "
        "vote. But two government backbenchers whose ridings include affected hospitals have declined to say how "
        "they would vote.",
    ],
    slug="2026/11/20/opposition-bill-legislature-vote-er-hours", cat="Legislature",
    dek="The Emergency Services Protection Act would also force the Health Department to publish response times.")

art("cl-ethics", CL, "All-party panel will pick New Brunswick’s next conflict-of-interest commissioner",
    "2026-11-23", ["Mei Lin Foster"], [
        "FREDERICTON — An all-party committee of the legislature will choose New Brunswick’s next conflict-of-interest "
        "commissioner, the government said Monday, after the previous appointment process was criticized for giving "
        "cabinet the final say.",
        "The committee will include two members from the governing party and one from each of the other parties "
        "with seats. It will interview candidates in January and must agree unanimously on a name before it goes to "
        "the full legislature.",
        "“It’s a small change, but it means the commissioner won’t owe the job to the people they investigate,” said "
        "Opposition house leader Nathalie Poirier.",
        "The commissioner’s post has been filled on an interim basis since the last commissioner retired in June. The "
        "office oversees MLAs’ financial disclosures and investigates complaints about conflicts of interest.",
    ],
    slug="2026/11/23/all-party-panel-conflict-of-interest-commissioner", cat="Legislature",
    dek="Cabinet will no longer have the final say over the watchdog who investigates its members.")

# ================================================================== The Chaleur Gazette (ARC, March 2009)
art("cg-mill", CG, "Nepisiguit Paper to lay off 140 at Bathurst mill", "2009-03-16", ["Roger Haché"], [
    "Nepisiguit Paper will lay off 140 workers at its Bathurst mill starting in May, the company announced Friday, "
    "blaming a collapse in newsprint orders from U.S. publishers.",
    "The layoffs will take the mill's work force from about 410 to 270. The company said one of the mill's two paper "
    "machines would be idled \"until market conditions improve.\"",
    "Union local president Gérald Boudreau said members were told at a meeting Friday afternoon. \"People knew "
    "orders were down, but nobody expected 140,\" he said. \"That's one family in ten on some of these streets.\"",
    "The mill, which opened in 1966, is the city's largest private employer. Mayor Louise Landry said the city "
    "would ask the province for help to retrain laid-off workers.",
    BG_MILL_TAX,
], cg_id=2231)

art("cg-smelt", CG, "Smelt fishermen pull shacks early as harbour ice thins", "2009-03-13", ["Sylvie Roy"], [
    "Smelt fishermen on Bathurst Harbour are hauling their shacks off the ice a week or two earlier than usual after "
    "a run of mild days left open water near the mouth of the Tetagouche River.",
    "“I’ve fished here 31 years and I’ve never pulled my shack before the middle of March,” said Léonard Frenette, "
    "who had about a dozen shacks’ worth of gear loaded on trailers at the Youghall beach landing Thursday.",
    "The Department of Natural Resources had not issued a formal warning, but a conservation officer said the ice "
    "was “rotten” in several spots and urged people to stay off it with vehicles.",
    "Fishermen said the catch had been good before the thaw. Frenette said he sold about 300 pounds of smelt this "
    "winter to a buyer in Caraquet at 60 cents a pound.",
    "Environment Canada is calling for temperatures near freezing through the weekend.",
], cg_id=2229)

art("cg-budget", CG, "Council freezes tax rate, dips into reserve", "2009-03-17", ["Roger Haché"], [
    "Bathurst city council voted last night to hold the residential tax rate at $1.4789 per $100 of assessment for "
    "2009, drawing $600,000 from its reserve fund to balance the budget.",
    "Councillors said they did not want to raise taxes in a week when 140 mill workers learned they will lose their "
    "jobs.",
    BG_MILL_TAX,
    "Treasurer Michel Doiron warned that the reserve would fall to about $1.3 million after this year's withdrawal. "
    "\"We can do this once, maybe twice,\" he said. \"We can't do it every year.\"",
    "The budget includes $450,000 for street repairs and delays the replacement of the Youth Centre roof until 2010.",
], cg_id=2233)

art("cg-radiothon", CG, "Radiothon raises $212,450 for hospital CT scanner", "2009-03-17", ["Sylvie Roy"], [
    "The Bay Health Foundation's annual radiothon raised $212,450 on Sunday, the most in its 12-year history, "
    "bringing the campaign for a new CT scanner within $300,000 of its goal.",
    "Volunteers answered phones for 14 hours at the Knights of Columbus hall on King Avenue while local musicians "
    "played requests for donors.",
    "Foundation chair Anne-Marie Savoie said the total was a surprise given the mill layoff announcement days "
    "earlier. \"People gave anyway. Some of them told us on the phone they had just lost their job and wanted to give "
    "$20 anyway,\" she said.",
    "The foundation hopes to have the scanner installed by the end of the year.",
], cg_id=2232)

art("cg-snowmobile", CG, "Snowmobile club closes river trail after rider breaks through ice", "2009-03-12",
    ["Roger Haché"], [
        "The Bathurst Snowmobile Club has closed its trail along the Nepisiguit River after a rider broke through the "
        "ice near Pabineau Falls on Tuesday afternoon.",
        "The 34-year-old man was able to pull himself out and walk to a nearby camp, where friends took him to "
        "hospital. He was treated for hypothermia and released.",
        "Club president Denis Hachey said the river section would stay closed for the rest of the season. \"With the "
        "mild weather we're having, there's no river ice I'd trust right now,\" he said.",
        "The club's other trails remain open, but Hachey urged riders to check conditions on the club's telephone "
        "line before heading out.",
    ], cg_id=2226)
