# -*- coding: utf-8 -*-
"""Canonical texts of the blind10 articles: coastal erosion, flooding and sea defences in the UK, the Netherlands,
Bangladesh, the US Gulf Coast, Pacific islands, Ghana and New Zealand, October - December 2026.

Every story, person, organisation, figure and quote is invented (places are real).
Paragraphs use typographic quotes; renderers re-typeset them as their format would.
Fields: title, outlet (None = no outlet anywhere), date (ISO or None), authors (list), url (or None), paras.
Optional: edited {index: paragraph}, synd_title / synd_outlet / synd_credit / synd_url, alt_authors, extra_titles.
"""
ART = {}


def art(aid, title, outlet, date, authors, url, paras, **kw):
    assert aid not in ART, aid
    ART[aid] = dict(title=title, outlet=outlet, date=date, authors=authors, url=url, paras=paras, **kw)


# ---------------------------------------------------------------- shared passages (hard negatives)
# the Delta Commissioner's statement, quoted by the Lowlands Ledger and by Tidewater News Service
HENDRIKS_Q = ("“The Delta Programme was designed for a sea that rises by up to one metre this century. The new "
              "figures tell us we must be ready for two metres by 2150, and perhaps sooner. That does not mean the "
              "Netherlands will give up land. It means every dike we rebuild from now on must be built wider, so it "
              "can be raised again without starting over, and every town that grows must grow where the water will "
              "not follow,” Delta Commissioner Marloes Hendriks said in a statement on Tuesday.")
# background paragraph of both North Sea Courier Happisburgh stories (same reporter, five days apart)
HAPPIS_BG = ("Happisburgh has lost more than 250 metres of land since the wooden revetments that once protected the "
             "village were abandoned in the 1990s. The shoreline management plan for the area sets a policy of "
             "“no active intervention”, meaning the cliffs will not be defended.")
# Pacific Tides Herald monthly tide-gauge report (template)
TG_DATUM = ("Readings are taken by the Suva harbour gauge operated by the Fiji Meteorological Service and are given "
            "relative to chart datum. Predicted values come from the harmonic tide tables published each January.")
TG_TREND = ("Mean sea level at Suva has risen by about 6 millimetres a year since 1993, roughly twice the global "
            "average, partly because the land around the harbour is slowly sinking.")
TG_SCHED = ("The Herald publishes this report in the first week of every month. Residents of low-lying "
            "settlements can sign up for king tide text alerts with the Ministry of Rural and Maritime Development.")

# ================================================================ UNITED KINGDOM
art("nsc-happisburgh-rollback", "Three more Happisburgh homes to be demolished as cliff edge closes in",
    "North Sea Courier", "2026-10-14", ["Eleanor Pryce"],
    "https://www.northseacourier.co.uk/news/happisburgh-homes-demolished-cliff-edge", [
        "Three more homes on Beach Road in Happisburgh will be demolished before Christmas after the cliff edge "
        "moved to within eight metres of their back walls, North Norfolk District Council said on Tuesday.",
        "The council served notices on the owners after surveyors measured a loss of 11 metres at the foot of "
        "the road during the September storms, the largest single retreat recorded there since 2013.",
        HAPPIS_BG,
        "“You watch the fence posts go one at a time and you know your turn is coming,” said Margaret Tilney, "
        "81, who has lived in one of the bungalows since 1974. “I just hoped it would be after me.”",
        "The council said it would pay demolition costs and help the three households find rented homes inland "
        "while their compensation claims are assessed.",
    ])

art("nsc-happisburgh-fund", "Rollback fund opens for Norfolk cliff-top owners",
    "North Sea Courier", "2026-10-19", ["Eleanor Pryce"],
    "https://www.northseacourier.co.uk/news/rollback-fund-norfolk-cliff-top-owners", [
        "Owners of homes threatened by coastal erosion in north Norfolk can apply from Monday for grants of up to "
        "£150,000 to buy land further inland and rebuild, under a £9 million scheme funded by the Environment "
        "Agency.",
        "The “rollback” fund is the first in England to pay for replacement homes rather than only demolition "
        "and removal. It covers Happisburgh, Bacton, Mundesley and Trimingham, where about 90 properties are "
        "expected to be lost within 20 years.",
        HAPPIS_BG,
        "Council cabinet member Harriet Oakes said planning rules had been relaxed so that rollback homes could be "
        "built on farmland outside settlement boundaries. “People should not have to leave the village they grew "
        "up in because the sea took their house,” she said.",
        "Applications close on 31 March. Owners must have lived in the property for at least five years.",
    ])

art("nsc-walcott-defences", "Walcott sea wall repairs brought forward after storm damage",
    "North Sea Courier", "2026-12-03", ["Owen Griffiths"],
    "https://www.northseacourier.co.uk/news/walcott-sea-wall-repairs-brought-forward", [
        "Emergency repairs to the sea wall at Walcott will begin next week, six months earlier than planned, "
        "after Storm Corin scoured away the beach in front of it and exposed the foundations along a 200-metre "
        "stretch.",
        "The Environment Agency said contractors would place 4,000 tonnes of rock armour at the toe of the wall "
        "and fill voids behind it with concrete. The coast road through the village will be reduced to one lane "
        "with temporary traffic lights until mid-January.",
        "“When the beach drops like that, the wall is standing on nothing,” said area flood risk manager Craig "
        "Munday. “We would rather spend £1.8 million now than lose the road and the homes behind it.”",
        "Residents said they had warned for years that the wall was being undermined. The parish council has "
        "asked for a longer-term plan that includes replenishing the beach with sand.",
    ])

art("hg-skipsea-caravans", "Skipsea holiday park moves 40 caravans back from crumbling cliff",
    "Holderness Gazette", "2026-10-22", ["Rachel Denby"],
    "https://www.holdernessgazette.co.uk/news/skipsea-caravans-moved-back-cliff", [
        "A holiday park at Skipsea has moved 40 static caravans inland after losing almost six metres of "
        "clifftop during a single high tide last week, its owners said.",
        "The Holderness coast is one of the fastest-eroding in Europe, retreating by an average of two metres a "
        "year. Its soft boulder clay slumps when saturated by rain and is then carried away by waves at the foot "
        "of the cliff.",
        "“We’ve rolled back four times since 2010, and each time there is less field left to roll into,” said "
        "park manager Gary Wilkinson. He said the site would lose a fifth of its pitches next season.",
        "East Riding of Yorkshire Council said 12 homes on nearby Green Lane were now within 20 metres of the "
        "edge and their owners had been offered help through its relocation scheme.",
    ])

art("hg-spurn-breach", "Spurn road cut again as tide breaches Kilnsea narrows",
    "Holderness Gazette", "2026-11-24", ["Rachel Denby"],
    "https://www.holdernessgazette.co.uk/news/spurn-road-cut-kilnsea-narrows", [
        "The only road to the Spurn peninsula was cut on Sunday night when a surge tide washed over the Kilnsea "
        "narrows, leaving the lifeboat crew and two Humber pilots reliant on a tracked vehicle.",
        "Yorkshire Wildlife Trust, which manages the peninsula, said about 80 metres of the track had been buried "
        "under sand and shingle. It expects to clear it within a week if the weather allows.",
        "The narrows were first breached in the December 2013 surge and have been overtopped at least once every "
        "winter since. The trust does not plan to rebuild defences there, saying the spit must be allowed to move.",
        "Visitors have been asked not to attempt the walk to the point until the track reopens.",
    ])

art("bnc-hemsby-storm", "Storm Corin: Hemsby loses three more homes to the sea",
    "BNC News", "2026-11-03", ["Tom Ashdown"],
    "https://www.bnc.co.uk/news/uk-england-norfolk-70412288", [
        "Three more homes in Hemsby have been demolished after Storm Corin tore away up to seven metres of dune "
        "overnight on Monday.",
        "Great Yarmouth Borough Council said the properties on The Marrams had become unsafe when waves and "
        "northerly winds of up to 60mph undercut the soft sand they stood on. Their occupants were moved out on "
        "Sunday evening as the storm approached.",
        "It brings to 12 the number of homes lost on the road since 2018.",
        "“We’ve been asking for proper defences for a decade. Every winter we get sympathy and every winter we "
        "lose more houses,” said Keith Fenn, of the Save Hemsby Coastline group.",
        "The council said a £15m rock berm approved in the spring would not be built until 2028 because of a "
        "funding gap of about £4m.",
        "The Environment Agency said the storm had also caused minor flooding in Walcott and at Sea Palling.",
    ])

art("bnc-thames-barrier", "Thames Barrier closed for record ninth time this season",
    "BNC News", "2026-12-02", [],
    "https://www.bnc.co.uk/news/uk-england-london-70455102", [
        "The Thames Barrier has been closed for the ninth time since October, the highest number of closures this "
        "early in any season since it opened in 1982.",
        "The Environment Agency said the latest closure, on Tuesday morning, was made because a tidal surge in "
        "the North Sea coincided with high river flows after heavy rain in the Thames valley.",
        "The barrier’s ten steel gates are designed to protect 1.4 million people and £320bn of property from "
        "tidal flooding. It was built to be closed two or three times a year.",
        "Engineers say it can safely operate until about 2070. The agency is due to decide by the end of the "
        "decade whether to replace it or build a new barrier further downstream.",
    ])

# ================================================================ NETHERLANDS
art("ll-delta-plan", "Delta Commissioner: plan for two metres of sea-level rise",
    "Lowlands Ledger", "2026-11-17", ["Pieter van Dam"],
    "https://www.lowlandsledger.nl/news/delta-commissioner-two-metres-sea-level-rise", [
        "The Netherlands must prepare its dikes and cities for a sea-level rise of two metres by 2150, the Delta "
        "Commissioner said on Tuesday, doubling the figure the country’s flood defences have been planned around.",
        HENDRIKS_Q,
        "The advice follows new projections from the Royal Netherlands Meteorological Institute, KNMI, which "
        "found that faster melting of the Antarctic ice sheet could push sea levels along the Dutch coast up "
        "sooner than expected.",
        "Opposition parties in The Hague said the cabinet should now stop plans for 100,000 new homes in the "
        "low-lying polders of the Zuidplaspolder, which lies nearly seven metres below sea level.",
    ])

art("tns-dutch-dikes", "Dutch told to build wider dikes as sea-level outlook worsens",
    "Tidewater News Service", "2026-11-17", ["Hannah Kroes"], None, [
        "AMSTERDAM, Nov. 17 (TNS) — The Netherlands will rebuild its dikes wider and steer new housing away from "
        "its deepest polders after its top flood official warned on Tuesday that the sea may rise two metres by "
        "2150.",
        HENDRIKS_Q,
        "About a quarter of the country lies below sea level, protected by 3,700 kilometres of primary dikes, "
        "dunes and barriers. The government spends about 1.5 billion euros a year on flood protection.",
        "Water boards said wider dikes would need more land, much of it farmland, and that compensation rules "
        "would have to change. Farmers’ groups have already objected to land being taken for river widening.",
    ])

art("ll-zandmotor", "Sand Motor’s successor approved for Hondsbossche coast",
    "Lowlands Ledger", "2026-10-08", ["Pieter van Dam"],
    "https://www.lowlandsledger.nl/news/sand-motor-successor-hondsbossche", [
        "Rijkswaterstaat will dump 25 million cubic metres of sand off the North Holland coast from 2027 in a "
        "successor to the Sand Motor, the hook-shaped peninsula built near The Hague in 2011.",
        "The new nourishment off the Hondsbossche dunes will be spread by waves and currents along about 15 "
        "kilometres of coastline over two decades, rather than topped up every few years.",
        "“The Sand Motor taught us that if you give the sea enough sand in one place, it will do the work of "
        "distributing it for you,” said project director Ingrid Smeets. “It is cheaper, and nature gets time to "
        "settle.”",
        "The project will cost about 140 million euros. Fishermen have asked for guarantees that the work will "
        "not be carried out during the spring shrimp season.",
    ])

art("ll-maeslant", "Maeslant barrier closes as storm drives surge up the Nieuwe Waterweg",
    "Lowlands Ledger", "2026-12-04", [],
    "https://www.lowlandsledger.nl/news/maeslant-barrier-closes-storm", [
        "The Maeslant storm surge barrier near Rotterdam closed on Thursday night for only the second time since "
        "it was completed in 1997, as a north-westerly storm pushed water levels at Hook of Holland towards three "
        "metres above normal.",
        "Its two floating gates, each as long as the Eiffel Tower is tall, swung shut at 23:10 and stayed closed "
        "for about nine hours. Shipping to the port of Rotterdam was halted during that time.",
        "Rijkswaterstaat said the barrier closes automatically when a water level of three metres is forecast "
        "for Rotterdam. The previous closure was in December 2023.",
        "No flooding was reported behind the barrier. Several beach pavilions in Scheveningen and Katwijk were "
        "damaged.",
    ])

# ================================================================ BANGLADESH
art("bc-bhola-embankment", "Embankment breach floods 12 villages on Bhola island",
    "The Bay Chronicle", "2026-10-27", ["Farzana Akter"],
    "https://www.baychronicle.com.bd/country/bhola-embankment-breach-floods-villages", [
        "A 300-metre section of embankment gave way on Bhola island on Monday during a spring tide, flooding 12 "
        "villages in Char Fasson upazila and leaving about 18,000 people stranded.",
        "Residents said the embankment, built in the 1960s, had been weakened by river erosion for months and that "
        "repeated requests to the Water Development Board for repairs had gone unanswered.",
        "“The water came in at night while we were sleeping. We carried the children to the school on the road,” "
        "said Rahima Begum, a farmer from Aslampur.",
        "Board executive engineer Mizanur Rahman said geobags would be placed to close the breach within ten days. "
        "Aman rice on about 2,000 hectares has been submerged, local agriculture officials said.",
    ])

art("bc-cyclone-shelters", "Cyclone Jhilik: 1.2 million moved to shelters along the coast",
    "The Bay Chronicle", "2026-11-09", ["Rezaul Karim"],
    "https://www.baychronicle.com.bd/national/cyclone-jhilik-shelters", [
        "About 1.2 million people were moved to cyclone shelters in 14 coastal districts on Monday as Cyclone "
        "Jhilik approached the Bangladesh coast with winds of up to 110 kilometres an hour.",
        "The Meteorological Department raised danger signal number 9 for the ports of Mongla and Payra and warned "
        "of a storm surge of up to 2.5 metres above normal tide in Khulna, Satkhira, Barguna and Patuakhali.",
        "Disaster management officials said 8,100 shelters had been opened and 76,000 volunteers of the Cyclone "
        "Preparedness Programme had gone door to door with megaphones since Sunday.",
        "“Thirty years ago a storm like this would have killed thousands. Now our fear is the embankments, not "
        "the wind,” said volunteer team leader Abdul Halim in Shyamnagar.",
        "Fishing boats were ordered to return to shore and all river ferries were suspended.",
    ])

art("bc-saline-farms", "Salinity creeps inland as Khulna farmers turn from rice to crabs",
    "The Bay Chronicle", "2026-12-01", ["Farzana Akter"],
    "https://www.baychronicle.com.bd/feature/khulna-salinity-rice-crabs", [
        "In Koyra upazila, paddy fields that fed families for generations now hold crab ponds. Farmers say the "
        "soil has become too salty for rice since tidal surges broke through embankments in 2020 and 2021.",
        "The Soil Resource Development Institute says the area of farmland affected by salinity in the south-west "
        "has grown by about a quarter since 2000, as sea levels rise and less fresh water flows down the rivers "
        "in the dry season.",
        "“Rice gave us food. Crabs give us money, but only if the export buyers come,” said farmer Nirmal Mondal, "
        "who switched his two bighas in 2022.",
        "Researchers at Khulna University are testing salt-tolerant rice varieties, but say they can only help "
        "where salinity stays moderate.",
    ])

# ================================================================ US GULF COAST
art("bb-grand-isle-levee", "Grand Isle ‘burrito’ levee breached in overnight surge",
    "Bayou Bulletin", "2026-10-30", ["Jolie Thibodeaux"],
    "https://www.bayoubulletin.com/news/grand-isle-burrito-levee-breached", [
        "A section of the sand-filled “burrito” levee that protects Grand Isle’s Gulf side gave way early "
        "Thursday as a late-season tropical storm pushed a four-foot surge onto the island.",
        "Jefferson Parish officials said water flowed across Louisiana 1 near the state park for about three "
        "hours, stranding vehicles and flooding at least 20 camps. No injuries were reported.",
        "“That levee was built as a stopgap after Ida and it has been a stopgap for five years,” Mayor Lionel "
        "Cheramie said. “We need the permanent fix the Corps promised us.”",
        "The U.S. Army Corps of Engineers said crews would fill the 150-foot gap with sandbags and geotextile "
        "tubes by the weekend. The highway reopened Thursday afternoon.",
    ])

art("bb-lafourche-pumps", "Lafourche pump stations get backup generators before winter storms",
    "Bayou Bulletin", "2026-12-04", ["Jolie Thibodeaux"],
    "https://www.bayoubulletin.com/news/lafourche-pump-stations-generators", [
        "Lafourche Parish will install backup generators at 11 drainage pump stations by February, after power "
        "failures during Hurricane Francine left several stations idle while neighbourhoods flooded.",
        "The $6.2 million project is paid for mostly by a federal hazard mitigation grant. The generators will be "
        "mounted on raised platforms so they stay above floodwater.",
        "Parish President Archie Chaisson said the stations could move 3 million gallons a minute between them "
        "when all pumps were running. “A pump without power is just a pipe,” he said.",
        "The parish council also approved a study of how rising water in Lake Salvador affects drainage in Raceland "
        "and Des Allemands.",
    ])

art("gcr-barataria", "Barataria sediment diversion passes its first high-water test",
    "Gulf Coast Record", "2026-11-12", ["Marcus Leblanc", "Dana Okafor"],
    "https://www.gulfcoastrecord.com/environment/barataria-sediment-diversion-first-test", [
        "Louisiana’s $3 billion Mid-Barataria sediment diversion opened its gates for the first time this week, "
        "sending Mississippi River water and sand into the eroding marshes of Barataria Bay.",
        "The structure near Ironton, in Plaquemines Parish, can carry up to 75,000 cubic feet of water a second "
        "when the river is high. State officials say it could build or sustain about 21 square miles of wetland "
        "over 50 years.",
        "“For a century we walled the river off from the land it built. This is the first time we are letting "
        "it do its job again,” said Coastal Protection and Restoration Authority chairman Gordon Dove.",
        "Oyster harvesters and shrimpers oppose the project, saying fresh water will drive the catch out of the "
        "bay. A $376 million mitigation fund has been set aside for affected fishing communities.",
    ])

art("gcr-insurance", "Flood insurance premiums jump 31% in Terrebonne Parish",
    "Gulf Coast Record", "2026-11-20", ["Dana Okafor"],
    "https://www.gulfcoastrecord.com/business/terrebonne-flood-insurance-premiums", [
        "Homeowners in Terrebonne Parish will pay on average 31% more for federal flood insurance next year, "
        "according to figures released Thursday by FEMA, the steepest rise of any parish in Louisiana.",
        "The increase reflects the agency’s Risk Rating 2.0 system, which prices policies by the risk to each "
        "house rather than by flood zone. Annual rises are capped at 18% per policy, so some owners face years of "
        "increases.",
        "“People here are not leaving because of hurricanes. They are leaving because of the bill,” said Houma "
        "real estate agent Connie Pellegrin.",
        "About 40% of homes in the parish carry flood insurance, FEMA said. Those with federally backed mortgages "
        "in high-risk areas are required to buy it.",
    ])

art("tns-galveston-dunes", "Galveston races to rebuild dunes before next hurricane season",
    "Tidewater News Service", "2026-10-21", ["Luis Ortega"], None, [
        "GALVESTON, Texas, Oct. 21 (TNS) — Work crews on Galveston Island’s west end are trucking in 600,000 "
        "cubic yards of sand to rebuild dunes flattened by two hurricanes in as many years, racing to finish "
        "before the next season begins on June 1.",
        "The $48 million project, paid for by the Texas General Land Office, will raise the dunes to 12 feet and "
        "plant them with sea oats and bitter panicum to trap wind-blown sand.",
        "“A healthy dune is the cheapest seawall you will ever build,” said Galveston Park Board coastal "
        "engineer Reuben Castillo. “But it only works if it is there when the storm arrives.”",
        "The west end has no seawall. Beach houses there stand on pilings, and many lost their front steps and "
        "septic systems when the dunes washed away in July.",
    ],
    synd_title="Galveston’s dune rebuild is a race against the storm clock", synd_outlet="Coastal Bend Times",
    synd_credit="This story was originally published by Tidewater News Service and is republished here with "
                "permission.",
    synd_url="https://www.coastalbendtimes.com/news/galveston-dune-rebuild-race-storm-clock")

# ================================================================ PACIFIC
art("pth-funafuti-reclamation", "Funafuti’s new land rises above the king tides",
    "Pacific Tides Herald", "2026-10-12", ["Sione Vakalahi"],
    "https://www.pacifictidesherald.com.fj/regional/funafuti-reclamation-king-tides", [
        "Tuvalu has finished the first stage of a raised platform of reclaimed land on Funafuti lagoon that will "
        "stay dry through king tides beyond 2100, the government said on Monday.",
        "The 7.8-hectare platform, built with sand dredged from the lagoon, stands about two metres above the "
        "highest recorded tide. It is meant to hold new homes, a school and government offices as older land on "
        "the narrow atoll floods more often.",
        "“This is not retreat. This is Tuvalu choosing to stay,” said Climate Minister Taukiei Moala at a "
        "ceremony on the site.",
        "The project is funded by the Green Climate Fund and Australia. A second stage, doubling the area, "
        "depends on new funding expected to be discussed at the COP31 talks in Antalya.",
    ])

art("pth-tide-oct", "Tide gauge report: Suva, October 2026",
    "Pacific Tides Herald", "2026-11-03", [],
    "https://www.pacifictidesherald.com.fj/weather/tide-gauge-report-suva-october-2026", [
        "The highest tide recorded at Suva in October was 2.31 metres on the 18th, 14 centimetres above the "
        "predicted level, as a king tide coincided with strong south-easterly trade winds.",
        "Sea water flowed over the foreshore at Vunidogoloa and parts of Nasese for about an hour. Monthly mean "
        "sea level was 9 centimetres above the 1993–2012 average.",
        TG_DATUM, TG_TREND, TG_SCHED,
    ])

art("pth-tide-nov", "Tide gauge report: Suva, November 2026",
    "Pacific Tides Herald", "2026-12-02", [],
    "https://www.pacifictidesherald.com.fj/weather/tide-gauge-report-suva-november-2026", [
        "The highest tide recorded at Suva in November was 2.38 metres on the 16th, 19 centimetres above the "
        "predicted level and the highest reading since records began, during the month’s second king tide.",
        "Flooding was reported in Veivatuloa, Lami and low-lying streets near the Suva market. Monthly mean sea "
        "level was 12 centimetres above the 1993–2012 average.",
        TG_DATUM, TG_TREND, TG_SCHED,
    ])

art("pth-kiribati-seawall", "Kiribati village builds its own sea wall from coral and cement",
    "Pacific Tides Herald", "2026-11-25", ["Mere Tuilagi"],
    "https://www.pacifictidesherald.com.fj/regional/kiribati-village-sea-wall", [
        "Residents of Eita village on South Tarawa have finished a 400-metre sea wall built largely by hand, "
        "after waiting six years for a government project that never arrived.",
        "Families contributed two days of labour a week, mixing cement donated by a church group with coral "
        "rubble and filling woven sacks to form the face of the wall.",
        "“We could not wait for engineers while the sea came into our kitchens,” said village elder Teuea Kaiea.",
        "Engineers warn that home-built walls can make erosion worse at their ends and may fail in big swells. "
        "The Ministry of Infrastructure said it would inspect the wall next month and offered to help the "
        "village add drainage.",
    ],
    edited={2: "“We could not wait for engineers while the sea was coming into our kitchens every month,” said "
               "village elder Teuea Kaiea."})

art("tns-pacific-finance", "Pacific states press for direct access to adaptation funds",
    "Tidewater News Service", "2026-11-26", ["Luis Ortega"], None, [
        "ANTALYA, Turkey, Nov. 26 (TNS) — Pacific island governments on Thursday demanded that money for "
        "sea walls and relocation be paid directly to them rather than through development banks, saying "
        "projects take up to seven years to reach the ground.",
        "Speaking for the Alliance of Small Island States, Tuvalu’s Climate Minister Taukiei Moala said small "
        "countries spent more on consultants and paperwork than some of the projects cost.",
        "Adaptation finance for developing countries was about $28 billion in 2024, according to the U.N., far "
        "below the $215 billion to $387 billion a year it estimates is needed.",
        "Negotiators from the European Union said they supported simpler access but warned against weakening "
        "safeguards on how the money is spent.",
    ])

# ================================================================ GHANA
art("vcm-keta-seawall", "Keta sea defence phase two stalls as waves return",
    "Volta Coast Mirror", "2026-11-05", ["Kwame Asante-Mensah"],
    "https://www.voltacoastmirror.com.gh/news/keta-sea-defence-phase-two-stalls", [
        "Work on the second phase of the Keta sea defence project has stopped for four months, and residents of "
        "Dzelukope and Vodza say the waves are again reaching their homes.",
        "The contractor, Coastline Engineering Ltd, withdrew its equipment in July over unpaid certificates worth "
        "about GH¢96 million, according to a letter seen by the Mirror. The Ministry of Works and Housing "
        "said payments were being processed.",
        "“When the groynes were built the beach came back. Now the sea is eating it again,” said fish smoker "
        "Abla Ametor, whose kitchen was washed away in September.",
        "The first phase, completed in 2004, reclaimed land and protected Keta town. Engineers say the unfinished "
        "stretch to the east is now eroding faster because sand is trapped by the groynes further west.",
    ],
    edited={2: "“When the groynes were built the beach came back. Now the sea is eating it again, every spring "
               "tide,” said fish smoker Abla Ametor, whose kitchen was washed away in September."})

art("vcm-fuvemeh", "Fuvemeh: the village the sea is swallowing",
    "Volta Coast Mirror", "2026-10-16", ["Akosua Agbeko"],
    "https://www.voltacoastmirror.com.gh/features/fuvemeh-village-sea-swallowing", [
        "Fuvemeh once stretched for almost a kilometre between the Atlantic and the Volta estuary near Ada. "
        "Today the church, the school and more than 100 houses are under water, and the village is a strip of "
        "sand a few dozen metres wide.",
        "Residents date the worst of the erosion to the construction of sea defences further along the coast, "
        "which they say starved their beach of sand.",
        "“My father’s house is out there, where the boats are,” said fisherman Emmanuel Tetteh, pointing at the "
        "breaking waves. “We moved three times. There is nowhere left to move.”",
        "The Ada East District Assembly says a sea defence for Fuvemeh has been on its list since 2017. "
        "Many families have already left for Accra and Tema.",
    ])

art("vcm-ada-foah", "Ada Foah hotels count losses after tidal wave season",
    "Volta Coast Mirror", "2026-12-03", ["Akosua Agbeko"],
    "https://www.voltacoastmirror.com.gh/business/ada-foah-hotels-tidal-losses", [
        "Hotel owners on the Ada Foah estuary say tidal waves since August have destroyed beach chalets and "
        "restaurants worth more than GH¢4 million and driven away holiday bookings.",
        "At least five resorts have lost their beachfront, and two have closed for the season, the Ada Tourism "
        "Association said on Wednesday.",
        "“Tourists come for the place where the river meets the sea. Now the sea is meeting our reception,” said "
        "resort manager Selasi Kumah.",
        "The association has asked the government to extend the sea defence planned for Ada to the estuary "
        "mouth. It says more than 300 local people, many of them young, work in the resorts during the high "
        "season.",
    ])

# ================================================================ NEW ZEALAND
art("kcl-managed-retreat", "Council maps where Kāpiti homes may have to retreat from the sea",
    "Kapiti Coast Leader", "2026-10-28", ["Ellie Brandt"],
    "https://www.kapiticoastleader.co.nz/news/council-maps-managed-retreat-kapiti", [
        "Kāpiti Coast District Council has published maps showing about 1,800 homes where it may eventually "
        "stop maintaining roads, pipes and sea walls as the sea rises, in the first step towards a managed "
        "retreat plan.",
        "The maps are based on a projection of one metre of sea-level rise, including land subsidence, by about "
        "2120. They cover parts of Paekākāriki, Raumati, Paraparaumu Beach and Ōtaki Beach.",
        "Mayor Janet Holborow said nobody would be forced to move. “These maps are about giving people time. The "
        "worst outcome would be to say nothing and let the insurers decide,” she said.",
        "Residents’ group Coastal Ratepayers United said the maps would hit property values overnight and called "
        "for an independent review of the science.",
        "Public drop-in sessions start on 9 November at the Paraparaumu library.",
    ])

art("kcl-paekakariki", "Paekākāriki seawall rebuild to start after decade of delays",
    "Kapiti Coast Leader", "2026-11-18", ["Rangi Parata"],
    "https://www.kapiticoastleader.co.nz/news/paekakariki-seawall-rebuild-start", [
        "Construction of a new 3.5-kilometre seawall along The Parade in Paekākāriki will begin in February, "
        "after more than ten years of design changes, consultation and funding disputes.",
        "The $38 million wall will replace a timber structure built in the 1980s that has been patched after "
        "almost every major storm. It will be built from concrete steps that people can sit on and walk down to "
        "the beach.",
        "“This wall holds up the road, the water main and the only way in and out for half the village,” said "
        "council infrastructure manager Sean Mallon.",
        "Work will be done in stages over four years. Parts of The Parade will be closed to traffic on weekdays.",
    ])

art("kcl-otaki-gravel", "Ōtaki Beach residents push for gravel ‘nourishment’ trial",
    "Kapiti Coast Leader", None, ["Ellie Brandt"], None, [
        "A group of Ōtaki Beach residents wants the council to trial dumping river gravel on the beach to slow "
        "erosion, instead of building a rock wall that would cost about $12 million.",
        "The group says gravel from the Ōtaki River, which is already dredged for flood control, could be "
        "trucked two kilometres to the beach at a fraction of the cost of rock.",
        "“The river has been feeding this beach for thousands of years. We have just stopped it getting there,” "
        "said group spokesperson Hemi Rāwiri.",
        "Council staff said a trial would need resource consent and at least two years of monitoring before its "
        "effect could be judged.",
    ])

# ================================================================ additions
art("tns-lome-pact", "West African states sign pact to fight coastal erosion together",
    "Tidewater News Service", "2026-11-11", ["Ama Owusu"], None, [
        "LOME, Togo, Nov. 11 (TNS) — Ghana, Togo, Benin and Nigeria on Wednesday signed an agreement to plan "
        "sea defences together, after years in which walls and groynes built in one country sped up erosion in "
        "the next.",
        "Sand moves eastward along the Gulf of Guinea coast, so structures that trap it in one place can starve "
        "beaches further down the shore. Togo has blamed a deep-water port and sea walls in Ghana for losses "
        "around Aného.",
        "“The sea does not stop at our borders, and neither can our engineers,” said Togo’s environment minister, "
        "Komlan Agbéviadé, at the signing.",
        "The pact creates a joint technical committee and a shared monitoring system for the shoreline from Keta "
        "to Lagos. The World Bank has offered $120 million towards the first projects.",
    ],
    synd_title="Lomé pact promises joint front against the sea", synd_outlet="Accra Evening Star",
    synd_credit="This article was first published by Tidewater News Service.",
    synd_url="https://www.accraeveningstar.com/news/lome-pact-joint-front-against-sea")

art("bc-kutubdia", "Jhilik’s surge breaches Kutubdia embankment, thousands stranded",
    "The Bay Chronicle", "2026-11-10", ["Rezaul Karim"],
    "https://www.baychronicle.com.bd/national/kutubdia-embankment-breached-jhilik", [
        "The storm surge driven by Cyclone Jhilik broke through the embankment on Kutubdia island in at least "
        "four places on Monday night, flooding homes and salt fields and leaving about 9,000 people stranded.",
        "Most residents had already moved to shelters, local officials said, and no deaths were reported on the "
        "island. But many returned on Tuesday to find their houses filled with mud and sea water.",
        "“We saved our lives, but the salt we harvested this season is gone,” said salt farmer Jamal Uddin.",
        "The Water Development Board said temporary repairs would start once the tide fell. Islanders have asked "
        "for years for a higher embankment with concrete blocks.",
    ])

art("gcr-chandeleur", "Chandeleur Islands have lost a third of their land since 2020, survey finds",
    "Gulf Coast Record", "2026-10-09", ["Marcus Leblanc"],
    "https://www.gulfcoastrecord.com/environment/chandeleur-islands-land-loss-survey", [
        "The Chandeleur Islands, a chain of barrier islands off Louisiana’s east coast, have lost about a third "
        "of their land area since 2020, according to a survey published Thursday by the U.S. Geological Survey.",
        "Researchers compared aerial images and found that several of the islands had split into smaller pieces "
        "after hurricanes Ida and Francine.",
        "“These islands are the first thing a storm hits on its way to New Orleans. When they go, the waves "
        "reach the marsh with more energy,” said USGS geologist Carla Benoit.",
        "The islands are part of the Breton National Wildlife Refuge and are important nesting grounds for brown "
        "pelicans and terns.",
    ])

art("ll-harlingen", "Storm surge floods Harlingen quay and halts Wadden ferries",
    "Lowlands Ledger", "2026-10-23", [],
    "https://www.lowlandsledger.nl/news/harlingen-quay-flooded-wadden-ferries", [
        "Ferries to Vlieland and Terschelling were cancelled on Friday after an autumn storm pushed sea water over "
        "the quay at Harlingen, flooding car parks outside the dike.",
        "The water level reached 2.9 metres above Amsterdam Ordnance Datum, the highest at Harlingen in October "
        "since 2006, Rijkswaterstaat said.",
        "Hundreds of islanders and tourists spent the night on the mainland. Doeksen, which operates the ferries, "
        "said services would resume on Saturday morning if the wind dropped.",
        "The Wadden Sea dikes themselves were not at risk, the water board Wetterskip Fryslân said. Harlingen’s "
        "new flood wall along the old harbour, finished in 2025, held back the water from the town centre.",
    ])
