# -*- coding: utf-8 -*-
"""Canonical texts of the blind9 articles: wildfire, forestry and smoke / air quality in Canada, Portugal, Greece,
Chile, Australia, California and South Africa, June - September 2026.

Every story, person, organisation, figure and quote is invented (places are real).
Paragraphs use typographic quotes; each renderer re-typesets them as its format would.
Fields: title, outlet (None = no outlet anywhere), date (ISO or None), authors (list), url (or None), paras.
Optional: edited {index: paragraph} (a lightly edited copy), synd_title / synd_outlet / synd_credit / synd_url
(a syndicated copy), extra_outlets (spellings that are also accepted), alt_authors (another accepted spelling),
extra_titles (other accepted headlines).
"""
ART = {}


def art(aid, title, outlet, date, authors, url, paras, **kw):
    assert aid not in ART, aid
    ART[aid] = dict(title=title, outlet=outlet, date=date, authors=authors, url=url, paras=paras, **kw)


# ---------------------------------------------------------------- shared passages (hard negatives)
# Okanagan Valley Courier weekly smoke and air quality outlook (template)
AQ_SCALE = ("The AQHI is a scale from 1 to 10+ that combines ozone, fine particulate matter and nitrogen dioxide. "
            "Readings of 7 to 10 are considered high risk; anything above 10 is very high risk.")
AQ_ADVICE = ("People with heart or lung conditions, older adults, pregnant people and young children should reduce "
             "strenuous outdoor activity when readings are high. A portable air cleaner with a HEPA filter, run in "
             "one room with the windows closed, can cut indoor particulate levels by more than half.")
AQ_SCHED = ("The Courier publishes this outlook every Wednesday until the end of the fire season. Current readings "
            "are posted hourly by the provincial air quality network.")
# Correio do Sul weekly fire-danger bulletin (template)
FD_RULES = ("During the critical period, which runs from 1 July to 30 September, burning agricultural waste, "
            "releasing sky lanterns and setting off fireworks are banned in rural areas. Chainsaws, brush cutters "
            "and other machinery may not be used in forest areas on days of very high or maximum risk.")
FD_FINES = ("Fines for individuals range from €280 to €10,000, and for companies from €3,000 to €120,000. "
            "Anyone who sees smoke or flames should call 112.")
FD_SCHED = ("This bulletin is based on forecasts from the national meteorological institute, IPMA, and is updated "
            "every Monday during the critical period.")
# the Greek minister's televised statement, quoted by the Aegean Post and by Pan-Pacific Newswire
VRETTOS_Q = ("“We are facing a combination of heat, drought and wind that no firefighting force in Europe could "
             "contain everywhere at once. Our priority is human life: we will evacuate early, we will evacuate "
             "often, and we ask citizens to follow the 112 messages without hesitation. Property can be rebuilt; "
             "lives cannot. Every available aircraft and every available firefighter is in the field tonight,” "
             "Civil Protection Minister Kostas Vrettos said in a televised statement.")
# background paragraph of both Sierra Foothills Sentinel Cedar Ridge Fire stories
CEDAR_BG = ("The Cedar Ridge Fire started on the afternoon of Aug. 16 near the intersection of Rough and Ready "
            "Highway and Cedar Ridge Road, west of Grass Valley. Its cause is under investigation. Cal Fire said "
            "dry grass and steep, brush-covered canyons along the South Yuba River allowed it to spread quickly.")

# ================================================================ CANADA
art("ovc-bear-creek-evac", "Evacuation orders widen as Bear Creek fire jumps Westside Road",
    "Okanagan Valley Courier", "2026-07-22", ["Marnie Lechner"],
    "https://www.okanagancourier.ca/news/bear-creek-fire-evacuation-orders-widen", [
        "The Central Okanagan Regional District expanded evacuation orders to 1,140 properties on Tuesday night "
        "after the Bear Creek wildfire crossed Westside Road and began burning downslope toward Traders Cove.",
        "The fire, first reported on Sunday afternoon, was estimated at 2,350 hectares by Tuesday evening, "
        "more than triple its size 24 hours earlier. The BC Wildfire Service said gusts of up to 50 kilometres "
        "an hour had pushed the flank east through dense Douglas fir and ponderosa pine.",
        "“We had crews and heavy equipment on that road all afternoon, but the fire was spotting half a "
        "kilometre ahead of itself,” said fire information officer Jolene Tremblay. “At that point you pull "
        "people back. Nobody is going to hold a line in those conditions.”",
        "Residents of Traders Cove, Wilson’s Landing and the Lake Okanagan Resort area were told to leave "
        "immediately and register at the reception centre at Kelowna’s Parkinson Recreation Centre. Westside "
        "Road is closed between Bear Creek Road and Fintry.",
        "Regional district chair Sheila Fortin said about 60 people had refused to leave. “We cannot force "
        "anyone out, but we will not send firefighters in after them either,” he said.",
        "The wildfire service has 118 firefighters, six helicopters and 22 pieces of heavy equipment assigned to "
        "the fire. Cooler weather is forecast for Thursday.",
    ])

art("ovc-smoke-taint", "Smoke taint worries grow for Okanagan wineries",
    "Okanagan Valley Courier", "2026-07-22", ["Graeme Sutter"],
    "https://www.okanagancourier.ca/business/smoke-taint-worries-okanagan-wineries", [
        "Okanagan grape growers are bracing for a third smoke-affected vintage in six years as the Bear Creek "
        "fire and blazes in Washington state send haze over vineyards just weeks before veraison.",
        "Smoke compounds called volatile phenols can be absorbed through grape skins and leave wine with an ashy, "
        "medicinal taste. The risk is highest once berries begin to soften and change colour, usually in early "
        "August in the valley.",
        "“A week of heavy smoke at the wrong time can cost a small winery its whole red program,” said Harjit "
        "Sandhu, who grows pinot noir and merlot near Summerland. He lost about 40 per cent of his crop to taint "
        "in 2023.",
        "The Okanagan Wine Growers Alliance said it would again fund micro-ferment testing for members, allowing "
        "growers to find out before harvest whether fruit is affected. Results take about 10 days.",
        "Federal crop insurance covers smoke taint only if a buyer rejects the grapes in writing, a rule the "
        "association has asked Ottawa to change.",
    ])

art("ovc-lake-country-firesmart", "Lake Country council backs FireSmart rebate for rural homes",
    "Okanagan Valley Courier", "2026-07-22", [], None, [
        "Lake Country council voted unanimously on Tuesday to offer homeowners rebates of up to $1,500 for "
        "clearing flammable vegetation and replacing cedar shake roofs within the district’s wildland interface.",
        "The program, paid for with a $250,000 provincial grant, will cover half the cost of approved work such "
        "as removing juniper hedges within 10 metres of a house, installing ember-resistant vents and moving "
        "firewood piles away from walls.",
        "Fire chief Darren Kowalchuk told council that a FireSmart assessment of 400 homes in the Okanagan Centre "
        "and Carr’s Landing areas last summer found three in four had at least one high-risk feature.",
        "Applications open on Aug. 1. Homeowners must book a free assessment before starting any work.",
    ])

art("ovc-aq-w29", "Smoke and air quality outlook: week of July 13",
    "Okanagan Valley Courier", "2026-07-15", [],
    "https://www.okanagancourier.ca/news/smoke-air-quality-outlook-july-13", [
        "Light smoke from fires in northern Washington is expected to drift into the Central Okanagan midweek, "
        "but the Air Quality Health Index in Kelowna is forecast to stay at 3 (low risk) for most of the week.",
        "A cold front on Friday should clear the haze by the weekend. Penticton and Osoyoos may briefly reach "
        "moderate risk on Wednesday afternoon.",
        AQ_SCALE, AQ_ADVICE, AQ_SCHED,
    ])

art("ovc-aq-w30", "Smoke and air quality outlook: week of July 20",
    "Okanagan Valley Courier", "2026-07-22", [],
    "https://www.okanagancourier.ca/news/smoke-air-quality-outlook-july-20", [
        "Smoke from the Bear Creek fire is expected to settle over the Central Okanagan for much of the week, "
        "with the Air Quality Health Index in Kelowna forecast to reach 9 (high risk) by Thursday morning.",
        "Environment Canada has issued a special air quality statement for the Okanagan, Shuswap and Similkameen. "
        "Overnight inversions will trap smoke in the valley bottom until late morning.",
        AQ_SCALE, AQ_ADVICE, AQ_SCHED,
    ])

art("ovc-aq-w31", "Smoke and air quality outlook: week of July 27",
    "Okanagan Valley Courier", "2026-07-29", [],
    "https://www.okanagancourier.ca/news/smoke-air-quality-outlook-july-27", [
        "Air quality in the Central Okanagan is expected to improve this week as westerly winds push smoke from "
        "the Bear Creek fire toward the Monashees, with the Air Quality Health Index in Kelowna forecast to fall "
        "to 4 (moderate risk) by Friday.",
        "Vernon and Salmon Arm may see heavier smoke on Wednesday and Thursday. The special air quality statement "
        "for the Okanagan remains in effect.",
        AQ_SCALE, AQ_ADVICE, AQ_SCHED,
    ])

art("ar-whitecourt-mill", "Forestry firm idles Whitecourt sawmill as fires cut off timber supply",
    "Athabasca Record", "2026-08-05", ["Priya Lalonde"],
    "https://www.athabascarecord.ca/business/whitecourt-sawmill-idled-fires", [
        "Northern Spruce Forest Products will idle its Whitecourt sawmill for at least three weeks after "
        "wildfires closed the logging roads that supply it, putting about 210 workers on temporary layoff.",
        "The company said the Chickadee Creek and Two Lakes fires had burned through parts of its forest "
        "management area and forced crews out of cutblocks north of the town. Log inventory at the mill would "
        "run out by Friday.",
        "“We have lost access to roughly 60 per cent of the wood we planned to harvest this summer,” said "
        "Northern Spruce vice-president Colin Sayer. “Some of it we will be able to salvage once it is safe. Some "
        "of it is gone.”",
        "The Alberta Timber Producers Council said seven mills in the province had cut shifts since July. "
        "Salvage logging of burned timber has to start within 18 months, before insects and stain lower its "
        "value.",
        "Workers will receive their regular pay for the first week of the shutdown under the collective "
        "agreement, said union local president Dale Whitford.",
    ])

art("nl-yellowknife-smoke", "Smoke keeps Yellowknife’s air at ‘very high risk’ for fifth day",
    "Northern Ledger", "2026-08-11", ["Tobias Kakfwi"],
    "https://www.northernledger.ca/news/yellowknife-smoke-fifth-day", [
        "Yellowknife recorded a fifth straight day of very high risk air quality on Tuesday, with fine "
        "particulate readings peaking above 300 micrograms per cubic metre overnight, about 20 times the level "
        "considered safe for long-term exposure.",
        "The smoke is coming mostly from the Behchokǫ̀ and Hay River fires, which together have burned more than "
        "410,000 hectares this season. Neither threatens the city, the territorial fire service said.",
        "The city has opened the Multiplex and the library as clean-air shelters with filtered ventilation. Day "
        "camps have moved indoors, and the Folk on the Rocks organizers postponed two outdoor concerts.",
        "“People assume smoke is a nuisance until you’re at the health centre with a kid who can’t breathe,” "
        "said Dr. Amara Lennie, the territory’s deputy chief public health officer. She urged residents to keep "
        "windows closed and check on elderly neighbours.",
        "Environment Canada expects a shift to northerly winds on Thursday.",
    ])

art("nl-mine-flyout", "Mine flies out 300 workers as fire approaches winter road camp",
    "Northern Ledger", "2026-08-13", ["Tobias Kakfwi"],
    "https://www.northernledger.ca/news/mine-flies-out-workers-fire", [
        "The operator of the Lac de Gras diamond mine flew 300 workers to Yellowknife on Wednesday and Thursday "
        "as a wildfire burned to within 12 kilometres of a camp on the Tibbitt to Contwoyto winter road.",
        "Arctic Crown Diamonds said a core crew of 140 would remain on site to keep essential systems running "
        "and that the mine itself, 300 kilometres northeast of the city, was not at risk. Production has been "
        "paused.",
        "The territorial fire service said the fire had grown to 36,000 hectares and was burning in "
        "black spruce and peat that can smoulder for weeks.",
        "“This is the first time in the mine’s history we have had to do this,” company spokesperson Renée "
        "Gagnon said. Flights were being coordinated with the airport, which is already handling evacuation "
        "and firefighting traffic.",
        "The N.W.T. has declared 2026 its second-worst fire season on record.",
    ])

art("ppn-quebec-fire-ban", "Quebec extends open-fire ban across Abitibi",
    "Pan-Pacific Newswire", "2026-06-18", ["Julien Bergeron"], None, [
        "MONTREAL, June 18 (PPN) — Quebec extended a ban on open fires to all of Abitibi-Témiscamingue and the "
        "Nord-du-Québec region on Thursday as 47 wildfires burned in the province’s north, 19 of them out of "
        "control.",
        "The provincial forest fire protection agency, SOPFEU, said the ban covers campfires, brush burning and "
        "fireworks and will remain in place until further notice. Fines start at C$1,200.",
        "“We have more fires on the ground this week than we had at the same point in 2023, and that was our "
        "worst season in living memory,” SOPFEU spokesperson Isabelle Gendron said.",
        "The agency said it had requested 200 firefighters from other provinces through the national sharing "
        "centre in Winnipeg. Two water bombers were on loan from New Brunswick.",
        "Smoke from the fires reached Montreal and Ottawa on Wednesday, prompting air quality warnings.",
    ], synd_title="Abitibi under fire ban as crews stretched thin", synd_outlet="Laurentian Review",
    synd_credit="This story was originally published by Pan-Pacific Newswire.",
    synd_url="https://www.laurentianreview.ca/news/abitibi-fire-ban-crews-stretched")

art("pc-asthma-study", "Smoke days linked to spike in children’s asthma visits, study finds",
    "The Prairie Chronicle", "2026-07-09", ["Helena Marchand"],
    "https://www.prairiechronicle.ca/health/smoke-days-childrens-asthma-study", [
        "Emergency department visits for asthma among Saskatchewan children rose by 31 per cent on days when "
        "wildfire smoke pushed fine particulate levels above the national standard, according to a study "
        "published on Wednesday.",
        "Researchers at the University of Saskatchewan matched hospital records from 2018 to 2024 with hourly "
        "air monitoring data for Saskatoon, Regina and Prince Albert. The effect was strongest among children "
        "under five and lasted up to three days after the smoke cleared.",
        "“Parents tend to think the danger is over when they can see the sky again. Our data say otherwise,” "
        "said Dr. Noor Haddad, a respirologist and the study’s lead author.",
        "The study found no comparable rise among adults, which the authors suggest may reflect children "
        "breathing faster and spending more time outdoors in summer.",
        "The researchers recommend that schools and day cares receive the same smoke alerts as hospitals and "
        "that the province subsidize portable air cleaners for families of children with asthma.",
    ])

art("kdr-crew-funding", "B.C. pledges $90 million for year-round wildfire crews",
    "Kamloops Daily Register", "2026-06-24", ["Aaron Whitford"], None, [
        "British Columbia will spend $90 million over three years to turn 400 seasonal wildfire jobs into "
        "year-round positions, Forests Minister Nadia Kerr announced in Kamloops on Wednesday.",
        "The crews will spend the winter on fuel reduction, prescribed burning and training, work that now falls "
        "to contractors or is not done at all. About a third of the new positions will be based in the Kamloops "
        "and Cariboo fire centres.",
        "“Our firefighters have told us for years that they cannot build a life on a six-month contract,” "
        "Kerr said. “If we want them to come back next season, and the season after that, we have to pay them "
        "all year.”",
        "The BC General Employees’ Union, which represents wildfire service staff, welcomed the announcement but "
        "said wages still lag those in Alberta and Ontario.",
        "The first year-round crews are expected to start in October.",
    ])

# ================================================================ PORTUGAL
art("cds-monchique-evac", "Monchique villages evacuated as fire crosses into Silves",
    "Correio do Sul", "2026-08-14", ["Inês Carvalho"],
    "https://www.correiodosul.pt/en/region/monchique-villages-evacuated-fire-silves", [
        "Civil protection authorities evacuated eleven villages in the Monchique hills on Friday afternoon as a "
        "fire that started near Alferce on Thursday crossed into the municipality of Silves, driven by winds of "
        "up to 60 kilometres an hour.",
        "More than 900 firefighters, supported by 270 vehicles and 14 aircraft, were fighting the blaze by "
        "early evening. Two firefighters were treated for burns and one resident for smoke inhalation.",
        "“The wind changed direction three times in the space of an hour. We are not fighting one fire front, "
        "we are fighting four,” said regional civil protection commander Vítor Cândido at a briefing in "
        "Monchique.",
        "The N267 between Monchique and Alferce and several municipal roads were closed. Residents were taken to "
        "a sports hall in Portimão, where the Red Cross set up beds for 300 people.",
        "The fire is burning through eucalyptus plantations and cork oak on the same slopes devastated in 2018, "
        "when flames consumed 27,000 hectares over a week.",
    ])

art("cds-danger-w33", "Fire danger bulletin: maximum risk in 38 Algarve and Alentejo municipalities",
    "Correio do Sul", "2026-08-10", [],
    "https://www.correiodosul.pt/en/region/fire-danger-bulletin-week-33", [
        "Thirty-eight municipalities in the Algarve and Alentejo are at maximum risk of rural fire from Tuesday "
        "to Thursday, with temperatures forecast to reach 43°C inland and relative humidity falling below 15 "
        "per cent in the afternoons.",
        "Monchique, Silves, Loulé and São Brás de Alportel are among the Algarve councils at the top level. "
        "Coastal areas are at very high risk.",
        FD_RULES, FD_FINES, FD_SCHED,
    ])

art("cds-danger-w34", "Fire danger bulletin: risk eases in the south, rises in the north-east",
    "Correio do Sul", "2026-08-17", [],
    "https://www.correiodosul.pt/en/region/fire-danger-bulletin-week-34", [
        "Rural fire risk falls to moderate across most of the Algarve this week after the weekend’s rain, but "
        "twenty-two municipalities in Bragança, Vila Real and Guarda districts are at very high or maximum risk "
        "from Wednesday.",
        "In the Algarve, only Alcoutim and Castro Marim remain at high risk. The Monchique fire was declared "
        "under control on Sunday.",
        FD_RULES, FD_FINES, FD_SCHED,
    ])

art("lb-clearing-fines", "Forest owners balk at fines for uncleared land",
    "Lisbon Bulletin", "2026-06-29", ["Rui Macedo"],
    "https://www.lisbonbulletin.pt/news/forest-owners-clearing-fines", [
        "Associations representing small forest owners in central Portugal have asked the government to suspend "
        "fines for land that was not cleared by the 15 June deadline, saying many owners are elderly, live abroad "
        "or cannot find contractors.",
        "Under rules tightened after the 2017 fires, owners must clear vegetation within 50 metres of houses and "
        "100 metres of villages. Those who fail to do so face fines of up to €5,000, and town halls may do the "
        "work and send them the bill.",
        "“In my parish, half the plots belong to people who emigrated to France fifty years ago. Nobody even "
        "knows who the heirs are,” said Manuel Baptista, president of a forest owners’ association in Pampilhosa "
        "da Serra.",
        "The National Republican Guard said it had recorded 11,200 plots as uncleared by the end of June, "
        "slightly fewer than last year.",
        "The environment ministry said fines were a last resort and that owners could request a payment plan.",
    ])

art("lb-firefighter-allowances", "Volunteer firefighters threaten to stand down over unpaid allowances",
    "Lisbon Bulletin", "2026-07-20", ["Rui Macedo"], None, [
        "The Portuguese Volunteer Firefighters Federation warned on Monday that some volunteer corporations could withdraw "
        "teams from the special fire-fighting deployment if the state does not pay allowances owed since May.",
        "Volunteers who join the summer deployment receive a daily allowance of €64. The federation said 83 of the "
        "country’s 434 corporations had not been paid for June and that several were paying crews out of their "
        "own reserves.",
        "“We cannot ask people to leave their jobs and their families to stand in front of a fire and then tell "
        "them the money will come in September,” federation president Rui Lopes Ferreira said.",
        "The National Emergency and Civil Protection Authority said the delay was caused by a change in the "
        "payment platform and that all arrears would be settled by the end of the month.",
    ])

art("lb-ozone-smoke", "Canadian smoke helped push ozone to record levels over Portugal, researchers say",
    "Lisbon Bulletin", "2026-08-28", ["Rui Macedo"],
    "https://www.lisbonbulletin.pt/science/canadian-smoke-ozone-portugal", [
        "Smoke from Canadian wildfires that crossed the Atlantic in mid-August contributed to the highest "
        "ground-level ozone readings ever recorded in Portugal, scientists at the University of Aveiro said on "
        "Friday.",
        "Monitoring stations in Évora and Castelo Branco recorded hourly ozone concentrations above 240 "
        "micrograms per cubic metre on 19 August, the threshold at which the public must be warned.",
        "The researchers traced the air mass back to fires in Quebec and the Northwest Territories using "
        "satellite data and found that smoke particles had carried ozone-forming chemicals thousands of "
        "kilometres.",
        "“We tend to treat wildfire smoke as a local problem. This summer showed it is a hemispheric one,” said "
        "atmospheric chemist Sofia Rebelo, who led the analysis.",
    ])

# ================================================================ GREECE
art("ap-evia-replanting", "Five years after the Evia fires, replanting lags behind pledges",
    "Aegean Post", "2026-08-03", ["Eleni Markou"],
    "https://www.aegeanpost.gr/environment/evia-replanting-lags-pledges", [
        "Five years after fires burned 51,000 hectares of pine forest in northern Evia, fewer than a quarter of "
        "the seedlings promised under the government’s reconstruction plan have been planted, according to a "
        "report by the island’s forestry cooperatives.",
        "The plan, announced in 2021, pledged 8 million trees by 2026. The cooperatives counted 1.9 million, "
        "most of them on land near villages rather than on the steep slopes where erosion is worst.",
        "“The forest is coming back on its own in some places, faster than people expected. But where the soil "
        "has washed away, nothing comes back without help,” said forester Dimitris Kallergis of the "
        "Istiaia cooperative.",
        "Resin tappers, who once made a living from the Aleppo pines, say most have left the area. Of about 600 "
        "families who tapped resin before the fires, around 90 still do.",
        "The environment ministry said planting had been delayed by tender disputes and that 2.5 million "
        "seedlings would be planted this winter.",
    ])

art("ap-attica-blaze", "Attica blaze forces evacuation of Varnavas and Marathon",
    "Aegean Post", "2026-07-27", ["Yannis Doukas"],
    "https://www.aegeanpost.gr/greece/attica-blaze-varnavas-marathon-evacuation", [
        "Residents of Varnavas, Grammatiko and parts of Marathon were ordered to evacuate on Monday as a "
        "fire that broke out in dry scrubland north of Athens spread toward the coast on strong northerly "
        "winds.",
        "The fire service said 420 firefighters, 110 engines and 16 aircraft were deployed. Smoke from the fire "
        "drifted over the northern suburbs of Athens, and the Marathon Avenue was closed in both directions.",
        VRETTOS_Q,
        "Several homes were damaged on the outskirts of Varnavas, according to the local mayor, Giorgos "
        "Paparrigas, who said volunteers had used garden hoses to protect the village church.",
        "The meteorological service has forecast temperatures above 41°C in Attica until Wednesday.",
    ])

art("ppn-greece-army", "Greece deploys army as heatwave fans 40 fires",
    "Pan-Pacific Newswire", "2026-07-27", ["Stavros Kalogeropoulos"],
    "https://www.ppnwire.com/world/europe/greece-army-heatwave-fires", [
        "ATHENS, July 27 (PPN) — Greece deployed army units to help firefighters on Monday as a heatwave fanned "
        "more than 40 wildfires across the country, including blazes north of Athens and on the islands of Evia "
        "and Chios.",
        "The government activated the European Union’s civil protection mechanism, and Italy and Croatia said "
        "they would send water-bombing aircraft.",
        VRETTOS_Q,
        "Temperatures reached 42°C in parts of central Greece. The Acropolis closed to visitors between noon and "
        "5 p.m. for a third day.",
        "The fire brigade said it had arrested four people on suspicion of starting fires through negligence, "
        "including a farmer burning stubble in Boeotia.",
    ])

art("ap-rhodes-bookings", "Rhodes hoteliers report steady bookings despite fire fears",
    "Aegean Post", "2026-07-08", ["Yannis Doukas"],
    "https://www.aegeanpost.gr/business/rhodes-hoteliers-steady-bookings", [
        "Hotel occupancy on Rhodes reached 91 per cent in the first week of July, in line with last year, the "
        "island’s hoteliers’ association said on Wednesday, easing concerns that memories of the 2023 "
        "evacuations would keep visitors away.",
        "Association president Manolis Tsambikos said tour operators had asked for detailed evacuation plans "
        "for every hotel in the south of the island, where thousands of tourists were moved by boat and bus "
        "three years ago.",
        "“Visitors want to know what happens if there is a fire. We have answers now that we did not have then,” "
        "he said.",
        "The regional authority has cleared firebreaks along 140 kilometres of forest roads and stationed two "
        "helicopters on the island for the summer.",
    ])

art("ap-water-bombers", "Greece takes delivery of first two new water bombers",
    "Aegean Post", None, ["Eleni Markou"],
    "https://www.aegeanpost.gr/greece/first-new-water-bombers-delivered", [
        "The first two of seven new amphibious water-bombing aircraft ordered by Greece landed at Elefsina air "
        "base on Monday, replacing planes that in some cases have been flying for more than 50 years.",
        "The aircraft, paid for largely through the European Union’s rescEU program, can scoop 7,000 litres of "
        "water from the sea in about 12 seconds. Five more are due by 2028.",
        "Air force officers said the new planes would go into service after crews complete training in August, "
        "too late for the peak of this year’s fire season.",
        "The existing fleet has been grounded repeatedly for maintenance in recent summers, forcing the "
        "government to lease aircraft from abroad.",
    ])

# ================================================================ CHILE
art("sl-vina-housing", "Viña del Mar fire survivors still waiting for permanent homes",
    "Santiago Ledger", "2026-06-11", ["Camila Fuentes"],
    "https://www.santiagoledger.cl/news/vina-del-mar-fire-survivors-housing", [
        "More than two years after the fires that killed 137 people in and around Viña del Mar, about 4,300 "
        "families are still living in emergency housing, according to figures released on Thursday by the "
        "housing ministry.",
        "The government has completed 1,850 of the 6,100 permanent homes it promised for the hillside "
        "neighbourhoods of El Olivar, Villa Independencia and Achupallas. Officials blamed land title disputes "
        "and a shortage of construction firms willing to work on steep terrain.",
        "“My children have spent two winters in a wooden box with a plastic roof,” said Marisol Contreras, who "
        "lives with her three children in a transitional house in El Olivar. “Every time it rains we move the "
        "beds.”",
        "Housing Minister Rodrigo Salas said 2,400 homes would be finished by the end of the year and promised "
        "quarterly progress reports.",
    ])

art("ppn-chile-firebreak", "Chilean forestry groups pledge firebreak corridor around Concepción",
    "Pan-Pacific Newswire", "2026-07-02", ["Tomás Irarrázaval"], None, [
        "SANTIAGO, July 2 (PPN) — Chile’s two largest forestry companies said on Thursday they would jointly "
        "build a 180-kilometre network of firebreaks around Concepción and the Biobío valley, removing pine and "
        "eucalyptus from strips up to 100 metres wide near towns.",
        "The plan follows criticism that plantations running right up to the edges of communities helped fires "
        "spread in 2023 and 2024. The companies said they would replant the strips with native species that "
        "burn less readily.",
        "“We accept that the old model of planting to the last metre is over,” said Ricardo Vial, president of "
        "the Chilean Plantation Forestry Council, which represents the industry.",
        "Environmental groups welcomed the pledge but said it covered only a fraction of the 2.3 million "
        "hectares of plantations in south-central Chile.",
    ], alt_authors=["Tomas Irarrazaval"])

art("x-conaf-brigades", "CONAF hires 1,200 brigadistas two months early",
    None, "2026-09-08", ["Camila Fuentes"], None, [
        "Chile’s national forestry corporation, CONAF, has begun hiring 1,200 seasonal firefighters two months "
        "earlier than usual after a dry winter left vegetation in the central regions at record flammability.",
        "The brigadistas will start training in September rather than November and will be deployed from mid-"
        "October in Valparaíso, O’Higgins, Maule and Biobío, CONAF said on Tuesday.",
        "Rainfall in Santiago between May and August was 62 per cent below the long-term average, according to "
        "the meteorological office.",
        "“The fire season no longer waits for summer,” CONAF director Andrea Sotomayor said. “Last year we had "
        "large fires in October. We cannot be hiring people in December.”",
    ])

art("sl-arson-law", "Senate approves tougher sentences for forest arson",
    "Santiago Ledger", "2026-07-21", ["Javier Montt"],
    "https://www.santiagoledger.cl/news/senate-tougher-sentences-forest-arson", [
        "Chile’s Senate approved a bill on Tuesday that raises the maximum sentence for deliberately starting a "
        "forest fire to 20 years when lives are lost, and creates a new offence of causing a fire through "
        "gross negligence.",
        "The bill, which now returns to the Chamber of Deputies for a final vote, also allows courts to order "
        "people convicted of arson to pay for reforestation.",
        "Prosecutors say arson is behind a significant share of the fires around Valparaíso and Concepción, "
        "though convictions are rare. Of 312 arson cases opened in 2024, 19 ended in a conviction.",
        "Senator Paula Ossandón, who sponsored the bill, said tougher penalties alone would not prevent fires "
        "but would “end the impunity that communities have lived with for years.”",
    ])

# ================================================================ AUSTRALIA
art("bme-hazard-smoke", "Hazard-reduction burns blanket Sydney in smoke as window narrows",
    "Blue Mountains Echo", "2026-08-20", ["Lachlan Petrie"],
    "https://www.bluemountainsecho.com.au/news/hazard-reduction-burns-sydney-smoke", [
        "Smoke from hazard-reduction burns in the Blue Mountains and the Hawkesbury settled over Sydney on "
        "Thursday morning, pushing air quality in western suburbs to “poor” and prompting health warnings for "
        "people with asthma.",
        "The Rural Fire Service said crews had burned about 4,800 hectares over the past week, taking advantage "
        "of mild, still conditions before the statutory bushfire danger period begins in October.",
        "“Every year the window for safe burning gets shorter. When we get good days, we have to use them,” said "
        "RFS Blue Mountains district officer Karen Lowe. “The trade-off is a few days of smoke.”",
        "NSW Health advised people with heart or lung conditions to keep reliever medication close and stay "
        "indoors in affected areas. Readings at Richmond and St Marys were the worst in the state.",
        "More burns are planned near Katoomba and Winmalee over the weekend if conditions allow.",
    ])

art("rs-rfs-volunteers", "Inquiry finds RFS volunteer numbers fell 18 per cent in five years",
    "Riverina Standard", "2026-07-16", ["Sophie Tran", "Ben Okafor"], None, [
        "The number of active Rural Fire Service volunteers in NSW has fallen 18 per cent in five years, with the "
        "steepest drops in the Riverina and the state’s far west, a parliamentary inquiry has found.",
        "The inquiry’s report, tabled on Thursday, said the service had about 61,000 active members, down from "
        "74,000 in 2021. Half of all brigades in the Riverina had fewer than ten members able to fight fires.",
        "Volunteers told the inquiry that training requirements, paperwork and time away from farms and jobs "
        "were driving people out. Several said the 2019-20 fires had left them exhausted.",
        "“We used to have three generations on the truck. Now we have one, and it’s the oldest one,” the captain "
        "of the Ganmain brigade, Pete Harlow, told a hearing in Wagga Wagga.",
        "The committee made 27 recommendations, including paid leave for volunteers on deployment and "
        "simpler online training.",
        "Emergency Services Minister Claire Dunstan said the government would respond within six months.",
    ])

art("ppn-qld-early-season", "Queensland declares early fire season in 14 council areas",
    "Pan-Pacific Newswire", "2026-09-01", ["Callum Reid"], None, [
        "BRISBANE, Sept 1 (PPN) — Queensland declared the start of the bushfire season in 14 local government "
        "areas on Tuesday, a month earlier than usual, after the driest winter in the state’s southeast in two "
        "decades.",
        "The declaration bans open fires without a permit in areas including the Darling Downs, the Scenic Rim "
        "and the Sunshine Coast hinterland.",
        "“The grass has cured early, the soil moisture is gone and we are already seeing fires run in "
        "conditions that should be benign for another month,” Queensland Fire Department acting commissioner "
        "Shane Muller said.",
        "More than 260 fires were burning across the state on Monday, most of them small. Landholders were urged "
        "to check permits before any burning.",
    ], synd_title="Early start to fire season for Downs as permits system kicks in",
    synd_outlet="Darling Downs Gazette",
    synd_credit="Republished with permission from Pan-Pacific Newswire.",
    synd_url="https://www.downsgazette.com.au/news/early-fire-season-downs-permits")

art("tet-kakadu-burning", "Cultural burning program doubles across Kakadu",
    "Top End Times", "2026-06-30", ["Rhiannon Cole"],
    "https://www.topendtimes.com.au/news/kakadu-cultural-burning-doubles", [
        "Traditional owners and rangers in Kakadu National Park have doubled the area covered by early dry "
        "season cultural burning this year, lighting small, cool fires across about 410,000 hectares since April.",
        "The burns create a patchwork of cleared ground that slows the hot, late-season fires that sweep across "
        "the Top End in September and October. They also reduce greenhouse gas emissions, earning carbon credits "
        "that help pay for ranger jobs.",
        "“We burn the way the old people showed us: a little at a time, when the grass is still green at the "
        "bottom,” said senior ranger Maria Cooper.",
        "Parks Australia said the program employed 46 Aboriginal rangers this year, up from 28 in 2024.",
    ])

# ================================================================ CALIFORNIA
art("sfs-cedar-evac", "Cedar Ridge Fire forces evacuations west of Grass Valley",
    "Sierra Foothills Sentinel", "2026-08-17", ["Dana Whitcomb"],
    "https://www.sierrasentinel.com/news/cedar-ridge-fire-evacuations-grass-valley", [
        "About 6,200 residents west of Grass Valley were under evacuation orders Monday as the Cedar Ridge Fire "
        "grew to 3,900 acres overnight and destroyed at least 14 homes along Rough and Ready Highway.",
        CEDAR_BG,
        "“It came over the ridge like a wave,” said Tom Barrientos, who left his home on Cedar Ridge Road with "
        "his dog and a box of photographs. “I looked back and the whole hillside was orange.”",
        "Nevada County opened an evacuation center at the fairgrounds. Rough and Ready Highway and parts of "
        "Highway 20 were closed, and Pacific Sierra Power cut electricity to about 9,000 customers.",
        "The fire was 5 percent contained Monday evening, with 1,100 firefighters assigned.",
    ])

art("sfs-cedar-contained", "Cedar Ridge Fire 60 percent contained as evacuees return",
    "Sierra Foothills Sentinel", "2026-08-20", ["Dana Whitcomb"],
    "https://www.sierrasentinel.com/news/cedar-ridge-fire-contained-evacuees-return", [
        "Most residents evacuated from the Cedar Ridge Fire were allowed to return home Thursday as firefighters "
        "reported 60 percent containment and cooler, more humid weather slowed the blaze.",
        CEDAR_BG,
        "The fire has burned 5,480 acres and destroyed 31 homes and 22 outbuildings, Cal Fire said. Damage "
        "inspection teams have finished surveying about two-thirds of the burn area.",
        "“Some folks are going home to nothing, and we need to be there for them,” Nevada County Supervisor "
        "Heidi Lange said at a community meeting in Rough and Ready, where residents lined up to ask about "
        "debris removal and insurance.",
        "Evacuation orders remain in place for about 300 residents along Bitney Springs Road.",
    ])

art("svt-power-shutoff", "Utility to cut power to 30,000 customers as winds return",
    "Sacramento Valley Tribune", "2026-09-09", ["Marcus Oyelaran"],
    "https://www.sactribune.com/news/pacific-sierra-power-shutoff-winds", [
        "Pacific Sierra Power said Wednesday it would cut electricity to about 30,000 customers in parts of nine "
        "Northern California counties starting Thursday night, as forecasters warned of dry northeasterly winds "
        "gusting to 55 mph.",
        "The shutoffs would affect parts of Butte, Nevada, Placer, El Dorado, Yuba, Shasta, Tehama, Lake and "
        "Napa counties. The utility said power could be out for up to 48 hours after the winds ease while crews "
        "inspect lines.",
        "“Nobody likes turning the lights off, and we know what it means for people on medical devices,” said "
        "company spokesperson Leah Moreno. “But the conditions we’re seeing are the conditions that have started "
        "catastrophic fires in the past.”",
        "The utility will open 28 community resource centers with charging stations, water and air conditioning.",
        "The National Weather Service has issued red flag warnings for the Sacramento Valley and Sierra foothills "
        "through Saturday.",
    ], edited={0: "Pacific Sierra Power said Wednesday it would shut off electricity to nearly 30,000 customers in "
                  "parts of nine Northern California counties beginning Thursday night, as forecasters warned of "
                  "dry northeasterly winds gusting to 55 mph."})

art("svt-prescribed-burns", "Air district eases rules for prescribed burns",
    "Sacramento Valley Tribune", "2026-06-24", ["Marcus Oyelaran"],
    "https://www.sactribune.com/news/air-district-eases-prescribed-burn-rules", [
        "The Sacramento Metropolitan Air Quality Management District voted Wednesday to let land managers carry "
        "out prescribed burns on more days of the year, a change fire scientists have sought for a decade.",
        "Under the new rules, burns of up to 250 acres can go ahead on “marginal” air quality days if the "
        "smoke is forecast to move away from populated areas. Previously, burns were allowed only on days the "
        "district declared permissive.",
        "“Smoke from a planned fire in spring is a fraction of the smoke from an uncontrolled fire in August,” "
        "said Dr. Ellen Fairbanks, a fire ecologist at UC Davis who spoke in favor of the change.",
        "Some residents opposed the measure, citing the health effects of smoke on children and older people. "
        "The district said it would post burn notices online 48 hours in advance.",
    ])

art("pct-bay-area-aqi", "Smoke from Oregon fires pushes Bay Area air into unhealthy range",
    "Peninsula Courier-Times", "2026-09-03", ["Rosa Delgado-Finch", "Owen Park"],
    "https://www.peninsulacouriertimes.com/news/oregon-smoke-bay-area-air-quality", [
        "Smoke from wildfires in southern Oregon drifted into the Bay Area on Thursday, pushing the air quality "
        "index above 150 in San Mateo, Redwood City and parts of the East Bay, a level considered unhealthy for "
        "everyone.",
        "The Bay Area Air Quality Management District issued a Spare the Air alert through Saturday and banned "
        "wood burning. A layer of smoke high in the atmosphere turned the morning sky orange in places.",
        "“The smoke arrived faster and lower than our models predicted,” said district meteorologist Jim Ostrowski. "
        "“We expect some improvement Friday afternoon as the sea breeze strengthens.”",
        "Health officials advised people to limit outdoor exercise and to set car ventilation to recirculate. "
        "Several youth soccer leagues cancelled Thursday evening practices.",
    ], edited={2: "“The smoke came in faster and lower than our models predicted,” said district meteorologist Jim "
                  "Ostrowski. “We expect some improvement Friday afternoon as the sea breeze strengthens.”"})

art("pct-school-closures", "Smoke keeps Peninsula students indoors for recess",
    "Peninsula Courier-Times", "2026-09-04", ["Rosa Delgado-Finch"],
    "https://www.peninsulacouriertimes.com/news/smoke-students-indoor-recess", [
        "More than 40 public schools on the Peninsula kept students indoors during recess and lunch on Friday as "
        "wildfire smoke from Oregon lingered over the Bay Area for a second day.",
        "The San Mateo County Office of Education said it had advised districts to cancel outdoor physical "
        "education and after-school sports when the air quality index was above 150. Readings in Redwood City "
        "peaked at 171 on Friday morning.",
        "“Keeping 600 kids inside all day is hard, but it’s the right call,” said Lisa Huang, principal of an "
        "elementary school in San Carlos, where teachers set up board games and dance videos in classrooms.",
        "Several districts said they had bought portable air cleaners for every classroom after the 2020 fire "
        "season and that those were running on Friday.",
    ])

# ================================================================ SOUTH AFRICA
art("lp-sabie-plantation", "Plantation fire near Sabie destroys 3,000 hectares of pine",
    "Lowveld Post", "2026-07-30", ["Thandeka Mokoena", "Sipho Ndlovu"],
    "https://lowveldpost.co.za/2026/07/30/sabie-plantation-fire-3000-hectares/", [
        "A fire that started on Wednesday afternoon in the hills west of Sabie has destroyed about 3,000 "
        "hectares of commercial pine plantation, forestry company Escarpment Timber said on Thursday.",
        "The fire was driven by strong westerly berg winds and jumped the R37 twice before firefighters "
        "contained it overnight. No injuries were reported, but two forestry workers’ houses were destroyed.",
        "“Those trees were fifteen years old, five years from harvest. That is a loss we will feel until the "
        "next rotation,” said Escarpment Timber operations manager Pieter Swanepoel.",
        "The Lowveld and Escarpment Fire Protection Association said winter fires in Mpumalanga’s plantations "
        "had burned more than 11,000 hectares since June, almost twice the total for the whole of last season.",
        "The cause of the fire is being investigated.",
    ])

art("lp-kruger-burns", "Kruger rangers finish winter block burns early",
    "Lowveld Post", "2026-08-06", ["Sipho Ndlovu"],
    "https://lowveldpost.co.za/2026/08/06/kruger-block-burns-finished-early/", [
        "Section rangers in the Kruger National Park have completed this year’s programme of controlled block "
        "burns three weeks ahead of schedule, burning about 290,000 hectares between May and early August.",
        "The park burns grassland in a patchwork of management blocks to keep fuel loads down and to create "
        "grazing for animals after the first rains. This year’s burns were concentrated in the south, where "
        "above-average summer rain produced a heavy grass crop.",
        "“A big grass year is a big fire year. We would rather it burns in July on our terms than in September "
        "on the wind’s,” said regional ranger Johan van Heerden.",
        "Visitors may see smoke near Skukuza and Lower Sabie, but no roads will be closed, SANParks said.",
    ])

art("lp-insurance-gap", "Fire associations warn of insurance gap for small growers",
    "Lowveld Post", "2026-08-26", ["Thandeka Mokoena"],
    "https://lowveldpost.co.za/2026/08/26/fire-associations-insurance-gap-small-growers/", [
        "Fire protection associations in Mpumalanga and KwaZulu-Natal have warned that most small timber "
        "growers have no insurance against fire, leaving them to absorb losses that can wipe out a decade of "
        "income.",
        "Of an estimated 20,000 small growers in the two provinces, fewer than one in ten has cover, according "
        "to a survey by the Timber Growers Council’s small-grower programme. Premiums for plantation cover have "
        "roughly doubled since 2021.",
        "“If a big company loses a compartment, it is a line in the annual report. If a small grower loses ten "
        "hectares, it is his children’s school fees for the next eight years,” said Nomvula Khoza, who grows "
        "gum trees near Mkhondo.",
        "The associations have asked the Department of Forestry, Fisheries and the Environment to consider a "
        "subsidised group scheme.",
    ])

art("lp-mbombela-haze", "Smoke haze over Mbombela prompts clinic warning",
    "Lowveld Post", "2026-07-31", ["Sipho Ndlovu"],
    "https://lowveldpost.co.za/2026/07/31/smoke-haze-mbombela-clinic-warning/", [
        "Health officials in Mbombela have asked residents with asthma and other chronic lung conditions to "
        "collect extra medication after smoke from the Sabie plantation fire and burning sugar cane fields "
        "settled over the city on Friday.",
        "The provincial health department said clinics in Kanyamazane and KaNyamazane Extension had seen more "
        "patients with breathing problems since Wednesday. The city has only one air quality monitor, which "
        "has been out of service since May.",
        "“We are flying blind on air quality, and that is not acceptable in a province that burns this much "
        "every winter,” said Dr. Lerato Mahlangu, a pulmonologist at Rob Ferreira Hospital.",
        "The municipality said the monitor would be repaired by the end of August.",
    ])

art("ppn-sa-forestry-cost", "South Africa’s forestry sector counts cost of worst winter fire season in a decade",
    "Pan-Pacific Newswire", "2026-09-10", ["Naledi Khumalo"], None, [
        "JOHANNESBURG, Sept 10 (PPN) — Wildfires have destroyed about 38,000 hectares of commercial plantations "
        "in South Africa since June, the worst winter fire season in a decade, industry body the South African "
        "Timber Growers Council said on Thursday.",
        "The losses, concentrated in Mpumalanga and KwaZulu-Natal, amount to roughly 2 per cent of the country’s "
        "plantation area and could cost growers and sawmills more than 1.4 billion rand, the group said.",
        "“The fires this year ran through plantations that had already been thinned and pruned, which is when "
        "the trees are most valuable,” said Timber Growers Council executive director Mzwandile Dube.",
        "Sawmills in Sabie and Graskop have begun processing salvage timber, which must be milled within months "
        "before it deteriorates. The group said timber prices were likely to rise next year.",
    ], synd_title="Winter fires cost timber industry R1.4bn, says growers’ council",
    synd_outlet="Lowveld Post",
    synd_credit="This article first appeared on Pan-Pacific Newswire and is republished under a content-sharing "
                "agreement.",
    synd_url="https://lowveldpost.co.za/2026/09/11/winter-fires-cost-timber-industry/")

art("ppn-eucalyptus-freeze", "Portugal weighs eucalyptus planting freeze after record burn",
    "Pan-Pacific Newswire", "2026-09-02", ["Ana Sofia Pires"],
    "https://www.ppnwire.com/world/europe/portugal-eucalyptus-planting-freeze", [
        "LISBON, Sept 2 (PPN) — Portugal’s government is considering a five-year freeze on new eucalyptus "
        "plantations after fires this summer burned more than 160,000 hectares, the largest area since 2017, "
        "Agriculture Minister Helena Trigo said on Wednesday.",
        "Eucalyptus covers about a quarter of Portugal’s forest and supplies its pulp and paper industry, one "
        "of the country’s biggest exporters. Critics say the fast-growing, oil-rich trees help fires spread.",
        "“We are not at war with a tree. We are at war with abandoned land and continuous fuel,” Trigo told "
        "reporters, adding that no decision would be taken before consulting the industry.",
        "The pulp industry association said a freeze would cost jobs in rural areas and that well-managed "
        "plantations burned less than abandoned scrubland.",
    ])

art("ppn-madeira-laurisilva", "Madeira fire reaches edge of UNESCO-listed laurel forest",
    "Pan-Pacific Newswire", "2026-08-22", ["Ana Sofia Pires"],
    "https://www.ppnwire.com/world/europe/madeira-fire-laurel-forest", [
        "FUNCHAL, Portugal, Aug 22 (PPN) — A wildfire on the Portuguese island of Madeira reached the edge of "
        "its UNESCO-listed laurel forest on Saturday, regional authorities said, as firefighters struggled to "
        "reach flames on steep, roadless slopes.",
        "The fire, which began on Wednesday near Serra de Água, has burned about 4,600 hectares. Around 200 "
        "residents were evacuated from villages above Ribeira Brava.",
        "The laurisilva, a relic of forests that covered southern Europe millions of years ago, is rarely "
        "threatened by fire because of its humidity. Regional civil protection president Paulo "
        "Freitas said the forest was “suffering from a drought it has never known.”",
        "A Canadair water bomber sent from the mainland began operating on Saturday afternoon.",
    ])

art("ppn-canada-smoke-europe", "Canadian wildfire smoke drifts across Atlantic to Iberia",
    "Pan-Pacific Newswire", "2026-08-18", ["Julien Bergeron"], None, [
        "LISBON, Aug 18 (PPN) — Smoke from wildfires in Canada has crossed the Atlantic and reached Portugal "
        "and Spain, giving skies a milky haze and producing vivid red sunsets, Europe’s Copernicus atmosphere "
        "monitoring service said on Tuesday.",
        "The smoke was travelling at altitudes of 6 to 10 kilometres and was not expected to affect air "
        "quality at ground level, Copernicus senior scientist Hélène Vasseur said.",
        "Canada has had more than 4,100 wildfires this year, burning about 5.2 million hectares, according to "
        "the Canadian Interagency Forest Fire Centre.",
        "It is the third year in a row that Canadian smoke has reached Europe.",
    ])
