# -*- coding: utf-8 -*-
"""Canonical texts of the blind3 articles (all stories, people, companies and quotes invented).

Paragraphs are written with typographic quotes and dashes; each renderer re-typesets them the
way its format would. build_set.py turns these into the dumps and into gold.json.
"""

ART = {}


def art(aid, **kw):
    ART[aid] = kw
    return kw


FELDHAUS = ("“We are not asking for the moon. We are asking to see our families more than one weekend in four, "
            "and to be paid enough that young people still want this job,” GVL regional secretary Markus Feldhaus "
            "told reporters outside the Ruhrort depot. “If the companies cannot offer that, they will have no drivers "
            "left to strike.”")

TERHORST = ("“Customers have been asking us for a reliable rail alternative to the Brenner road corridor for years,”")

FELIX_BACKGROUND = ("The Felixstowe branch carries around 30 freight trains a day in each direction, most of them heading "
                    "for the Midlands and the North. Rail planners have said the long-awaited doubling of the single-track "
                    "section near Trimley will be completed by 2026, which would allow up to 47 trains a day.")

# ---------------------------------------------------------------- Freight Ledger (HTML, Nexis, mbox)
art("fl-shore-power",
    title="Barge operators plug in as Rotterdam opens shore power berths",
    seo_title="Rotterdam opens shore power berths for inland barges",
    standfirst="Twelve new connection points at the Maasvlakte and Waalhaven let inland vessels switch off their "
               "generators while they wait for a terminal slot.",
    paras=[
        "ROTTERDAM — Inland barges waiting for a container slot in Rotterdam can now switch off their diesel generators "
        "and draw electricity from the quay, after the port’s first cluster of public shore power berths for inland "
        "shipping went live on Tuesday.",
        "The twelve connection points, split between the Maasvlakte barge hub and the Waalhaven, were commissioned by "
        "the Rotterdam Barge Energy Cooperative, a group of nine operators and two utilities formed in 2020. Skippers "
        "book a connection through the same app they use to reserve a waiting berth and pay per kilowatt-hour.",
        "“A loaded container barge can easily sit here for twenty or thirty hours before it is handled,” said Annelies "
        "de Groot, the cooperative’s chair. “For all that time the generator was running to keep the lights, the galley "
        "and the cooling on. That is noise and exhaust right next to the city, and it is money.”",
        "CAPTION",
        "The cooperative estimates that a typical 110-metre container barge burns between 15 and 25 litres of gasoil an "
        "hour on auxiliary power while moored. Across the roughly 200 barges that call at the two hubs each week, it "
        "expects the berths to save around 1,900 tonnes of CO2 a year once all twelve are fully booked.",
        "Operators have long complained that waiting times at Rotterdam’s deep-sea terminals have made barge schedules "
        "unpredictable. Average waiting time for inland vessels at the Maasvlakte reached 41 hours in March, according "
        "to figures from the cooperative, up from 28 hours a year earlier.",
        "Shore power does nothing about those delays, De Groot acknowledged. “We are not pretending this fixes "
        "congestion. But if barges have to wait, they should at least wait quietly.”",
        "The connections deliver up to 63 amperes at 400 volts, enough for most container and tanker barges but not for "
        "the largest push convoys, which will have to keep their generators running for now. A second phase, planned "
        "for 2023, would add higher-capacity cabinets at the Alexanderhaven.",
        "Tanker operators have been more cautious. Vessels carrying flammable cargoes need separate approval before "
        "connecting to shore power, and only two of the twelve berths are currently certified for them.",
        "The city’s inland shipping coordinator, Sander Wijnberg, said residents of Katendrecht and Charlois had complained about generator noise from moored barges for years. “When the wind is from the south you can hear them all night,” he said. “This is one of the few measures that people living by the water will notice immediately.”",
        "Skippers who tried the system on its first day were broadly positive, though several said the booking app "
        "still showed berths as free when they were already occupied. The cooperative said a software update would "
        "fix the problem within a fortnight.",
        "The project cost €3.4 million, of which €1.1 million came from a national subsidy scheme for cleaner inland "
        "shipping. The cooperative said the tariff, currently 29 cents per kilowatt-hour, would be reviewed after six "
        "months.",
        "Other ports are watching closely. Duisburg and Antwerp are both planning public shore power for barges, and Rhine navigation authorities are working on a common connector standard so that vessels can use the same cable in every country along the river.",
    ],
    caption="An inland container vessel connected to one of the new shore power cabinets in the Waalhaven on Tuesday. "
            "(Photo: Joost Verbeek / Freight Ledger)",
)

art("fl-hamburg-barge",
    title="Hamburg barge terminal switches to round-the-clock operation",
    synd_title="Hamburg inland terminal goes 24/7",
    paras=[
        "HAMBURG — The barge terminal at Hamburg’s Kuhwerder harbour will operate around the clock from 16 May, its "
        "operator said, in an effort to cut waiting times for inland vessels serving the port’s container terminals.",
        "The terminal, which handles barges from the Elbe and the Elbe-Lübeck Canal as well as feeder traffic, currently "
        "works two shifts on weekdays. Moving to 24-hour operation will require 18 additional staff, most of whom have "
        "already been recruited.",
        "“Barge operators tell us they can plan better if they know we are open at night,” a spokesman said. “It is also "
        "a chance to shift some traffic away from peak hours at the big terminals.”",
        "Inland waterway transport accounts for only around 2% of Hamburg’s hinterland container traffic, far less than "
        "in Rotterdam or Antwerp.",
    ],
)

# ---------------------------------------------------------------- East Anglian Tribune (HTML, clipping, Nexis)
art("eat-felixstowe",
    title="Felixstowe rail terminal expansion approved despite residents’ objections",
    short_title="Felixstowe rail terminal expansion approved",
    print_title="Green light for £48m rail terminal",
    standfirst="Planners back a third rail terminal at the port, promising fewer lorries on the A14 — but villagers in "
               "Trimley fear night-time noise.",
    paras=[
        "Plans for a £48 million rail freight terminal at Felixstowe have been approved by councillors, despite more than "
        "300 objections from residents living alongside the branch line.",
        "The district council’s planning committee voted seven to three on Wednesday evening in favour of the scheme, put "
        "forward by Orwell Intermodal, which will add four 775-metre sidings and two electric gantry cranes on former "
        "storage land north of the docks.",
        FELIX_BACKGROUND,
        "CAPTION",
        "Orwell Intermodal says the new terminal could handle 120,000 containers a year and take up to 200 lorries a day "
        "off the A14. “Every train we run is roughly 60 lorries that are not queuing at the Copdock interchange,” said "
        "managing director Gareth Penrose. “This is the most practical thing anyone can do for that road.”",
        "But residents in Trimley St Martin and Trimley St Mary told the committee that longer trains and night-time "
        "shunting would bring noise and vibration closer to their homes.",
        "“We are not against trains,” said Linda Okafor, who lives 40 metres from the line and spoke on behalf of the "
        "Trimley Rail Action Group. “We are against being woken at three in the morning by wagons being coupled outside "
        "our bedroom windows. Nobody has told us how that will be controlled.”",
        "Councillors attached 23 conditions to the permission, including an acoustic barrier along the northern boundary "
        "and a ban on shunting in the new sidings between 11pm and 6am for the first two years of operation.",
        "Committee chair Cllr Moira Bennington said the decision had been “finely balanced”. “The economic case is strong "
        "and the environmental case for moving freight by rail is stronger still. But the applicant has to earn the trust "
        "of the people who will live next to this.”",
                "The scheme also includes a new footbridge over the line at Gun Lane, replacing a level crossing that residents have campaigned to close since a near miss in 2019.",
        "Business groups welcomed the decision. “Felixstowe handles a huge share of the country’s containers, and far too many of them leave on the back of a lorry,” said Andrew Mayhew of the regional chamber of commerce. “Anything that gets more boxes onto trains is good for the A14 and good for the county.”",
"Construction is expected to begin in the autumn, with the first trains using the terminal in early 2024. Orwell "
        "Intermodal said it would hold a drop-in session for residents at Trimley village hall before work starts.",
        "Correction, 5 May 2022: An earlier version of this article said the terminal would handle 1.2 million containers "
        "a year. The expected capacity is 120,000 containers a year.",
    ],
    caption="The branch line at Trimley St Martin, where residents say longer trains will bring more noise. "
            "Picture: Sarah Lund",
)

art("eat-lorry-curfew",
    title="Residents call for lorry curfew as Felixstowe terminal plans advance",
    print_title="Villagers demand night curfew on lorries",
    paras=[
        "Villagers in Trimley St Martin have asked for a night-time curfew on lorries using the road to Felixstowe’s rail "
        "terminals, a week after councillors approved a £48 million expansion of rail freight facilities at the port.",
        "The Trimley Rail Action Group has written to the county council asking for a weight limit on Station Road between "
        "10pm and 6am, saying the terminals already generate heavy traffic through the village at night.",
        FELIX_BACKGROUND,
        "Linda Okafor, who speaks for the group, said residents had been told the new terminal would take lorries off the "
        "roads. “That may be true for the A14,” she said. “It is not true for Station Road. Containers still have to get "
        "to the sidings, and at the moment they come past our houses at two in the morning.”",
        "Orwell Intermodal, which will build and run the new terminal, said most of its traffic would use the port’s "
        "internal road network and would not pass through the village. A spokesman said the company was “happy to sit "
        "down with residents and the highways authority to look at the evidence”.",
        "County councillor Neil Ashworth said a curfew would need a traffic survey first. “I understand the frustration, "
        "but we can’t introduce a restriction on the strength of a letter. We need numbers, and we will get them.”",
                "The group says it counted 46 heavy goods vehicles passing the village primary school between 10pm and 6am on a single night in April. It has also asked for a 20mph limit outside the school.",
"A six-week count of vehicle movements on Station Road is due to start at the end of May. The group has asked for "
        "the results to be published in full.",
    ],
)

art("eat-ipswich-grain",
    title="Ipswich grain exports hit five-year high",
    paras=[
        "Grain exports through the port of Ipswich reached their highest level for five years in the twelve months to "
        "April, as strong demand from North Africa and Spain drew wheat and barley from farms across East Anglia.",
        "More than 610,000 tonnes of grain were shipped from the port’s quays during the season, up from 480,000 tonnes "
        "the previous year, according to figures released by the port’s main grain terminal.",
        "Merchants said high world prices had encouraged farmers to sell earlier than usual. “We were loading ships in "
        "August that we would normally see in November,” said terminal manager Chris Dowding.",
                "The busy season also brought complaints from residents near the docks about dust and lorry traffic, and the port said it had installed new dust suppression equipment on its conveyors.",
"The terminal has applied for permission to build two additional storage sheds ahead of the next harvest.",
    ],
)

# ---------------------------------------------------------------- The Ouse Navigator (HTML, bulletin)
art("ouse-goole-lock",
    title="Goole lock gates to be replaced next spring",
    paras=[
        "The outer gates of Ocean Lock in Goole will be replaced next spring in a £2.7 million project that will close "
        "the lock to commercial traffic for up to five weeks, the canal operator has confirmed.",
        "The timber-and-steel gates, installed in 1988, have been patched repeatedly since divers found cracking in two "
        "of the heel posts in 2019. Engineers say the gates are safe but are reaching the end of their working life.",
        "During the closure, vessels will be able to use the smaller Victoria Lock, which can take craft up to 65 metres "
        "long. Larger ships will be diverted to other Humber ports.",
        "Harbour master Steve Ridley said the timing had been chosen to avoid the autumn grain season. “March and April "
        "are our quietest weeks,” he said. “We have talked to every regular operator and most of them can plan around it.”",
                "The closure will also affect pleasure craft heading to and from the Aire and Calder Navigation, which will have to use Victoria Lock at set times. Boaters are being advised to check the operator’s notices before setting out.",
"The new gates are being fabricated in Hull and will be floated up the Ouse on a pontoon. Work is expected to "
        "begin in the second week of March 2023.",
    ],
)

art("ouse-barge-museum",
    title="Barge museum reopens after flood repairs",
    paras=[
        "The Humber keel museum ship Amity reopened to visitors on Wednesday, eighteen months after floodwater swept "
        "through her hold and damaged most of the exhibits on board.",
        "Volunteers have spent more than 4,000 hours restoring the 1920s sailing barge, which is moored in the South Dock. "
        "New displays tell the story of the families who lived and worked aboard keels on the Ouse and the Trent.",
        "“Some of the photographs we lost can never be replaced,” said museum trustee Derek Hollis. “But people brought in "
        "their own pictures and we have been able to copy them. In a way the collection is richer than it was.”",
        "The museum is open on Saturdays and Sundays from 10am to 4pm until the end of September. Entry is free, but "
        "donations are welcome.",
    ],
)

# ---------------------------------------------------------------- Continental Press Agency (Factiva, JSONL)
art("cpa-duisburg-strike",
    title="Rail freight drivers at Duisburg hub stage 24-hour walkout",
    synd_title="Duisburg freight hub hit by drivers’ strike",
    paras=[
        "DUISBURG, Germany, May 3 (CPA) — Train drivers at one of Europe’s busiest inland rail freight hubs walked out for "
        "24 hours on Tuesday, halting most container departures from Duisburg and leaving freight stranded at terminals "
        "along the Rhine.",
        "The strike, called by the drivers’ union GVL at three private freight operators, began at 2 a.m. and is due to end "
        "at 2 a.m. on Wednesday. The union is demanding a 7.5% pay rise and limits on the number of consecutive night "
        "shifts.",
        "Terminal operators said around 60 of the roughly 80 trains scheduled to leave Duisburg on Tuesday had been "
        "cancelled. Services to Rotterdam, Antwerp and northern Italy were the worst affected.",
        FELDHAUS,
        "The three operators, which together run about a third of the rail freight leaving the hub, said in a joint "
        "statement that the union’s demands would add 11% to their labour costs and that talks would resume on Friday.",
        "Shippers warned that the walkout came at a difficult time. Low water on the Rhine last summer pushed more cargo "
        "onto rail, and several forwarders said they had no spare capacity to absorb cancellations. “A day we can handle. "
        "A week would be a serious problem,” said a spokeswoman for a Duisburg-based forwarder, who asked not to be named.",
        "Germany’s rail freight sector has been short of drivers for years. Industry groups estimate that about 1,500 "
        "positions are currently unfilled, and roughly a third of active drivers are expected to retire within the next "
        "decade.",
        "The GVL said it would consider further action, including a 48-hour strike, if Friday’s talks failed. The operators said they had offered a 4.5% rise and a new shift-planning system that would give drivers their rosters four weeks in advance.",
        "Passenger services were not affected by Tuesday’s walkout, which the union described as a “warning strike”.",
        "(Reporting by Katrin Vogel; Additional reporting by Lukas Brenner in Berlin; Editing by Hugh Barrow)",
    ],
)

MARKET_NOTE = ("NOTE: The CPA Rhine Barge Index is calculated from spot quotes submitted by 14 barge operators and "
               "forwarders. Index base: January 2019 = 400.")

art("cpa-market-0509",
    title="ROTTERDAM FREIGHT MARKET: Barge rates ease as Rhine levels recover",
    paras=[
        "ROTTERDAM, May 9 (CPA) — Spot container barge rates on the Rotterdam-Duisburg corridor eased on Monday as water "
        "levels on the middle Rhine recovered after last week’s rain, allowing vessels to load closer to full draught.",
        "The CPA Rhine Barge Index for a 40-foot container from Rotterdam to Duisburg fell 3.1% to 412 points. The "
        "Rotterdam-Basel index slipped 1.8% to 655 points.",
        "The gauge at Kaub, the key shallow point for cargo heading upstream, stood at 142 cm at 0600 GMT, up from 118 cm "
        "on Friday. Barges can generally load around 70% of capacity at that level.",
        "Rail slot availability on the Rotterdam-Duisburg route was described by brokers as normal, with spot slots "
        "trading at 1,020 euros per 40-foot container, unchanged from Friday.",
        "Waiting times for barges at the Maasvlakte deep-sea terminals averaged 38 hours, down from 41 hours last week, "
        "according to operator data compiled by CPA.",
        "Market participants expect rates to remain under pressure this week if water levels hold, but warned that "
        "forecasts showed a drier second half of May.",
        MARKET_NOTE,
    ],
)

art("cpa-market-0510",
    title="ROTTERDAM FREIGHT MARKET: Barge rates steady, rail slots tighten",
    paras=[
        "ROTTERDAM, May 10 (CPA) — Spot container barge rates on the Rotterdam-Duisburg corridor were steady on Tuesday, "
        "while rail slots tightened as the backlog from last week’s strike reached the hub terminals.",
        "The CPA Rhine Barge Index for a 40-foot container from Rotterdam to Duisburg was unchanged at 412 points. The "
        "Rotterdam-Basel index rose 0.6% to 659 points.",
        "The gauge at Kaub, the key shallow point for cargo heading upstream, stood at 131 cm at 0600 GMT, down from 142 cm "
        "on Monday. Barges can generally load around 65% of capacity at that level.",
        "Rail slot availability on the Rotterdam-Duisburg route was described by brokers as tight, with spot slots "
        "trading at 1,085 euros per 40-foot container, up 6.4% from Monday.",
        "Waiting times for barges at the Maasvlakte deep-sea terminals averaged 36 hours, down from 38 hours on Monday, "
        "according to operator data compiled by CPA.",
        "Brokers said rail capacity was likely to remain tight until the end of the week as operators cleared trains "
        "delayed by the Duisburg walkout.",
        MARKET_NOTE,
    ],
)

# ---------------------------------------------------------------- Benelux Business Daily (Factiva, mbox)
art("bbd-meridian-milan",
    title="Meridian Rail Freight bets on Alpine route with Duisburg–Milan shuttle",
    paras=[
        "Meridian Rail Freight, the Rotterdam-based intermodal operator, will start a daily container shuttle between "
        "Duisburg and Milan next month, its most ambitious move yet beyond the Benelux–Ruhr corridor where it has made "
        "most of its money.",
        "The service, running via the Gotthard base tunnel, will use trains of up to 740 metres and is scheduled to take "
        "22 hours terminal to terminal. Meridian said it had secured paths for six departures a week in each direction "
        "from 13 June, rising to seven from September.",
        TERHORST + " chief executive Wilma Terhorst said in a statement on Monday. “With this shuttle we can offer them one.”",
        "The move puts Meridian in direct competition with larger operators that already run between the Ruhr and "
        "northern Italy, and comes at a difficult moment for the sector. A 24-hour strike by train drivers at Duisburg last "
        "week cancelled most departures from the hub, and operators across Europe are struggling to recruit staff.",
        "Analysts said the shuttle made commercial sense if Meridian could fill it. “Milan is the obvious next market, and "
        "the Gotthard gives them a competitive transit time,” said Koen Vermeulen, a transport analyst at the Ghent "
        "consultancy Maritiem Inzicht. “The risk is utilisation. A daily train is an expensive thing to run half-empty.”",
        "Meridian did not disclose how much it was investing in the service. The company, which is privately owned, "
        "reported revenue of €214 million in 2021 and employs about 640 people, including 180 train drivers.",
        "Rail already carries most of the freight crossing the Swiss Alps, but on the Brenner route between Austria and Italy most goods still travel by road. Restrictions on lorry traffic in Tyrol, including night-time bans and limits on the number of trucks, have pushed some shippers to look for alternatives.",
        "Terhorst told BBD that about 60% of the first month’s capacity had been booked, mainly by two chemical producers "
        "and a consumer goods company she declined to name. She said the company was hiring 25 additional drivers for the "
        "service, some of whom would be trained in-house.",
        "The Milan terminal, at Segrate, is operated by a third party. Meridian said it was in talks about a second Italian "
        "destination but gave no details.",
        "Meridian’s last major expansion, a Rotterdam–Basel service launched in 2019, took almost two years to reach the utilisation it had planned, according to people familiar with the company.",
    ],
)

art("bbd-lanaye-lock",
    title="Lanaye lock closure extended to June as barge operators warn of detours",
    online_title="Lanaye lock to stay shut until June",
    bulletin_title="LANAYE LOCK CLOSURE EXTENDED TO JUNE",
    paras=[
        "The main chamber of the Lanaye lock on the Albert Canal will remain closed until at least 10 June, a month longer "
        "than planned, after engineers found further damage to the upstream gate during repairs, the regional waterways "
        "authority said on Tuesday.",
        "The lock, which links the Albert Canal with the Meuse near Visé, is a key passage for barges travelling between "
        "Liège and the Netherlands. Since the closure began on 11 April, traffic has been limited to the smaller chamber, "
        "which can handle vessels of up to 110 metres but only one at a time.",
        "Operators said waiting times at the lock had reached 14 hours at peak periods and that some skippers were choosing "
        "to detour via the Juliana Canal, adding up to a day to the journey.",
        "“Every extra week costs our members money,” said Marc Delvaux of the barge operators’ federation. “We understand "
        "that safety comes first, but we were told five weeks. Now it is nine, and we have no guarantee it will not be "
        "twelve.”",
        "The authority said a replacement part for the gate had been ordered from a manufacturer in Germany and was due to "
        "be delivered in late May. It said it would extend the opening hours of the smaller chamber to 24 hours a day from "
        "Friday to reduce queues.",
        "Skippers said the longer closure would also hit the region’s steel and aggregates trade, which relies on push convoys too large for the smaller chamber. At least two convoy operators have begun splitting their barges at Visé and taking them through the lock one by one.",
        "Around 12 million tonnes of cargo pass through the Lanaye locks each year, mainly building materials, grain and "
        "steel products.",
    ],
)

art("bbd-antwerp-shunting",
    title="Antwerp shunting yard to close for four weeks of track renewal",
    paras=[
        "A major rail shunting yard on the right bank of the port of Antwerp will close for four weeks in July for track "
        "renewal, forcing freight operators to reroute around 60 trains a week, the rail infrastructure manager said on "
        "Wednesday.",
        "The work will replace 14 kilometres of track and 38 sets of points, some of which date from the 1970s. Trains will "
        "be diverted to other yards in the port and to the Zeebrugge area, and some services will be combined.",
        "Operators said they understood the need for the work but criticised the timing. “July is when everyone is short of "
        "drivers because of holidays, and now we have to run longer routes with the same people,” said one planning manager.",
        "The infrastructure manager said July had been chosen because freight volumes were typically lower during the summer "
        "industrial holidays.",
        "Rail freight in the port has grown steadily in recent years, and operators have warned that yard capacity is already tight on weekdays. The infrastructure manager said the renewed yard would be able to handle trains of up to 740 metres.",
    ],
)

# ---------------------------------------------------------------- press release (mbox, base64 HTML)
art("mrf-press-release",
    title="Meridian Rail Freight launches daily Duisburg–Milan intermodal shuttle",
    subtitle="New Gotthard service offers shippers a rail alternative to the Brenner road corridor from 13 June",
    paras=[
        "Rotterdam/Duisburg, 9 May 2022 – Meridian Rail Freight today announced the launch of a daily intermodal shuttle "
        "between Duisburg and Milan Segrate, starting on 13 June 2022.",
        "The new service will operate six round trips per week at launch, increasing to seven from September 2022. Trains "
        "of up to 740 metres will run via the Gotthard base tunnel with a scheduled transit time of 22 hours terminal to "
        "terminal. The shuttle accepts 20-, 30- and 40-foot containers, swap bodies and craneable semi-trailers, including "
        "dangerous goods.",
        TERHORST + " said Wilma Terhorst, CEO of Meridian Rail Freight. “With this shuttle we can offer them one.”",
        "“The Duisburg–Milan shuttle is a logical next step in our network strategy,” added Chief Commercial Officer Ruben "
        "Achterberg. “It connects our existing Rotterdam and Antwerp services in Duisburg with one of the strongest "
        "industrial regions in Europe, and every train replaces up to 40 trucks on the Alpine crossings.”",
        "The service will be operated with Meridian’s own multi-system locomotives, allowing a single locomotive to haul each train through Germany, Switzerland and Italy without a change at the borders.",
        "Meridian Rail Freight offers door-to-door solutions including first and last mile trucking in Germany and Italy. "
        "Bookings can be made through the Meridian customer portal or via the company’s sales offices in Rotterdam, "
        "Duisburg and Milan.",
    ],
)

# ---------------------------------------------------------------- Flanders Shipping Journal (Factiva, digest)
art("fsj-hydrogen-tugs",
    title="Scheldt Towage orders four hydrogen-ready tugs for Antwerp",
    paras=[
        "ANTWERP — Scheldt Towage Company has ordered four harbour tugs designed to run on a blend of hydrogen and diesel, "
        "in what it says is the largest order of its kind for a European port.",
        "The 30-metre tugs, to be built by a Turkish yard, will be delivered between late 2023 and mid-2024. Each will have "
        "a bollard pull of 70 tonnes and dual-fuel engines able to burn up to 40% hydrogen, with the option to convert to "
        "higher blends as the technology matures.",
        "“We don’t know yet which fuel will win, and nobody does,” said fleet director Veerle Wouters. “What we do know is "
        "that a tug we buy today will still be working in 2050. It has to be able to change with the port.”",
        "The company declined to give the price, but industry sources put the cost of a comparable conventional tug at "
        "around €9 million, with a premium of 20 to 30% for the hydrogen-ready design.",
        "Hydrogen will be delivered by truck from a production site in the port area until a bunkering point is built. "
        "Scheldt Towage said it expected the tugs to run mostly on diesel for their first two years, until supply and "
        "safety procedures were established.",
        "The order follows the port’s decision last year to offer reduced towage-related dues for vessels served by "
        "low-emission tugs. Scheldt Towage operates 22 tugs in Antwerp and Zeebrugge and employs around 310 people.",
        "The tugs will also carry battery packs that allow them to sail to and from a job on electric power alone, using the engines only when towing. Scheldt Towage said that mode alone would cut fuel use by around 15%.",
        "Crew training for hydrogen operations will begin next year at the company’s base on the left bank of the Scheldt, in cooperation with a maritime college in Antwerp.",
    ],
)

# ---------------------------------------------------------------- Central European Transport Monitor (Factiva)
art("cetm-gdansk-corridor",
    title="Baltic Rail Link opens night corridor between Gdańsk and Łódź",
    paras=[
        "WARSAW, May 5 — Baltic Rail Link, a private Polish freight operator, has begun running night container trains "
        "between the port of Gdańsk and the inland terminal at Łódź, aiming to cut transit times for imports arriving on "
        "deep-sea vessels.",
        "The company said the trains would leave Gdańsk at 22:00 and arrive in Łódź before 07:00, allowing containers to be "
        "delivered to customers in central Poland on the morning after discharge. It plans five departures a week "
        "initially.",
        "Night paths on the line have become available since the completion of track upgrades between Gdańsk and Warsaw "
        "last year, which allowed passenger and freight traffic to be separated for longer periods.",
        "“For a shipper in Łódź, the difference between a container arriving at lunchtime and one arriving at breakfast is "
        "a whole working day,” said Baltic Rail Link’s commercial director, Tomasz Wróbel.",
                "The service will use electric locomotives for the whole route and trains of up to 640 metres, the maximum currently allowed on the line. Baltic Rail Link said it had leased 32 additional container wagons for the service.",
        "Container volumes at Gdańsk have grown strongly in recent years, and terminal operators have been pressing for better rail links to central Poland, where many importers have their distribution centres.",
"The operator said it was also considering a second night service to Poznań later this year, subject to demand.",
    ],
)

# ---------------------------------------------------------------- Humber Daily Post (Nexis, clipping)
art("hdp-immingham-rail",
    title="Immingham rail link reopens after bridge repairs",
    print_title="BACK ON TRACK",
    paras=[
        "Freight trains returned to the Immingham branch on Monday after a seven-week closure for repairs to a railway "
        "bridge damaged by a lorry strike in March.",
        "The bridge over Kiln Lane was struck by a curtain-sided lorry on 17 March, shifting one of its steel beams by "
        "several centimetres. Engineers closed the line the same evening, forcing coal, biomass and steel traffic from the "
        "port onto road or diverted routes.",
        "Around 25 freight trains a day normally use the branch. During the closure, some customers switched to road "
        "haulage, adding an estimated 1,100 lorry journeys a week to local roads, according to port users.",
        "“It has been a long seven weeks,” said Carl Westgate, operations manager at one of the port’s bulk terminals. “We "
        "kept everything moving, but it cost us, and the people living along the A180 will be glad to see the back of the "
        "extra lorries.”",
        "The repair involved lifting and realigning the damaged beam and replacing several bearings. New height warning "
        "signs and a camera system have been installed on both approaches to the bridge.",
        "Engineers said the damage had been more serious than first thought. The beam had cracked at one of its supports, and a replacement section had to be fabricated in Scunthorpe before the line could reopen.",
        "Police said the driver of the lorry had been interviewed and that a file had been passed to prosecutors.",
        "Port users have called for the bridge to be raised or replaced. It has been struck by vehicles four times since 2015, according to figures from the rail infrastructure owner.",
    ],
)

art("hdp-grimsby-fish",
    title="Fish merchants test overnight rail link to the Midlands",
    paras=[
        "Grimsby fish merchants have begun testing an overnight rail service to the Midlands, in a trial that could take "
        "dozens of refrigerated lorries off the roads each week.",
        "Chilled containers are loaded at a temporary siding near the docks in the early evening and arrive at a "
        "distribution centre near Daventry before 5am, in time for the morning deliveries to restaurants and supermarkets.",
        "“Fish is the ultimate time-sensitive cargo,” said Paul Gorringe, chairman of a local merchants’ group. “If the "
        "train is late, the product is worth half as much. So far it has not been late once.”",
        "The six-week trial is being run with a rail freight operator and a logistics company using temperature-controlled "
        "containers. If it succeeds, the merchants hope to run three trains a week from the autumn.",
                "The merchants say the trial has not been without problems. On two nights the train was held outside the distribution centre because of engineering work, and one container’s cooling unit had to be restarted by hand.",
"Most fish landed in or imported through Grimsby currently leaves the town by road, much of it overnight along the "
        "A180 and M180.",
    ],
)

art("hdp-column",
    title="Modal shift will not happen by press release",
    paras=[
        "Every few months another announcement lands on my desk promising to move freight “from road to rail”. New "
        "terminals, new shuttles, new targets. I have been reading these announcements for 25 years, and I have learned to "
        "look for one thing first: who is paying for the sidings?",
        "The truth is that rail freight in this country works brilliantly in a few places and hardly at all in most. It "
        "works at the big container ports, where thousands of boxes arrive in one place and need to go to a handful of "
        "inland terminals. It works for aggregates, steel and biomass, where one customer fills a whole train. It struggles "
        "almost everywhere else.",
        "The reason is not a lack of enthusiasm. It is the last mile. A lorry can collect a pallet from a factory gate and "
        "deliver it to a supermarket depot without anyone else being involved. A train needs a terminal at each end, a "
        "crane or a reach stacker, a lorry to get to the terminal and another lorry at the other end. Every handover costs "
        "money and time.",
        "Look at the Humber. We have one of the busiest port complexes in the country, rail lines running into the docks "
        "and plenty of land. Yet the reopening of the Immingham branch this week was news mainly because of how much "
        "traffic had moved onto the roads while it was shut — and how little of it anyone expects to come back quickly.",
        "If governments are serious about modal shift, they need to fund the unglamorous parts: sidings into industrial "
        "estates, small terminals in market towns, and help for firms that want to buy their first swap bodies. Those are "
        "not projects that get ministers on the evening news. They are the ones that would actually change something.",
        "There is a model for this. In the 1990s, small freight grants paid for sidings at dozens of factories and warehouses. Many of them are overgrown now, but for a decade they kept real traffic on the railway — paper, timber, bagged cement — that would otherwise have gone by road. The money was small by the standards of a motorway junction.",
        "And the operators need to be honest too. Rail freight companies are very good at running long, heavy trains between big terminals. They have been less keen on the fiddly, low-margin work of collecting a few wagons from a small customer. If that does not change, no amount of public money will fill the sidings.",
        "Until then, we will keep reading press releases about record volumes on a few busy routes, and the lorries will "
        "keep rolling down the A180.",
    ],
)

# ---------------------------------------------------------------- Kent Business Courier (Nexis)
art("kbc-tunnel-volumes",
    title="Cross-Channel rail freight volumes rise 9% in April",
    paras=[
        "Rail freight traffic through the Channel Tunnel rose by 9% in April compared with the same month last year, "
        "according to figures compiled by operators, as manufacturers continued to shift shipments away from congested "
        "ferry routes.",
        "A total of 1,910 freight trains used the tunnel in April, the highest monthly figure since 2019, operators said. "
        "Intermodal services carrying containers and swap bodies accounted for most of the growth, with steel and "
        "automotive traffic broadly flat.",
        "Kent logistics firms said the figures reflected frustration with delays at Dover, where new border paperwork has "
        "added to queues at peak times. “Customers who would never have looked at rail three years ago are now asking for "
        "quotes,” said Jasmine Cole, commercial manager at an Ashford-based freight forwarder.",
                "Several Kent firms said they were also using rail to avoid paying drivers to wait in queues. “A driver sitting at Dover for six hours is six hours of wages and nothing moving,” Cole said. “On the train the box just goes.”",
"Rail still carries a small share of cross-Channel freight. Around 1.5 million lorries a year travel through the "
        "tunnel on shuttle trains, compared with fewer than 25,000 through freight trains.",
        "Operators said growth was being held back by a shortage of terminal capacity in the south-east and by the cost of "
        "tunnel access charges, which they want reduced for freight trains running at night.",
        "A new intermodal terminal near Folkestone has been proposed but has not yet secured planning permission.",
        "Operators said they expected growth to continue through the summer, when ferry capacity is squeezed by holiday traffic.",
    ],
)

# ---------------------------------------------------------------- Inland Waterways Weekly (WARC, mbox)
art("iww-kaub",
    title="Shippers brace for early low-water season as Kaub gauge slides",
    standfirst="Forecasts point to a dry second half of May. Forwarders are already booking extra barges and rail slots.",
    paras=[
        "Shippers on the Rhine are preparing for an early low-water season after the gauge at Kaub fell below 120 "
        "centimetres this week, a level normally not seen until July.",
        "Kaub, on the middle Rhine between Mainz and Koblenz, is the shallowest point for barges heading upstream to "
        "Mannheim, Karlsruhe and Basel. At current levels, a large motor cargo vessel can load only around 60% of its "
        "capacity, and operators have started adding low-water surcharges to their rates.",
        "From mid-May, several forwarders said they would route more containers from Rotterdam and Antwerp to southern "
        "Germany by rail, even though rail capacity is itself under pressure after last week’s driver strike in Duisburg.",
        "“Last year taught everyone a lesson,” said Elke Brandt, head of inland logistics at a chemicals producer in "
        "Ludwigshafen. “We booked extra barges in April, we have more stock at the plant, and we have agreed rail slots we "
        "can call on. We will not be caught out again.”",
        "Hydrologists at the federal waterways institute said rainfall in the Alpine catchment had been well below average "
        "since February, and snowmelt would provide less support than usual. Their longer-range forecast, published on "
        "Tuesday, gave a 70% chance that Kaub would fall below 100 centimetres before the end of June.",
        "Below about 80 centimetres, many operators stop sailing to the upper Rhine altogether, and the cost of moving a "
        "container to Basel can double.",
        "Barge owners say they are better prepared than in previous years. Several have taken delivery of shallow-draught "
        "vessels designed to carry more cargo at low water, and a pilot scheme allows some vessels to share real-time depth "
        "measurements so that skippers can load more precisely.",
        "The waterways administration has also brought forward dredging on two shallow stretches near Bingen and Oestrich, where sediment left by last winter’s high water has reduced the fairway depth by up to 20 centimetres. Work is due to finish by the end of May.",
        "For barge operators, an early low-water season is a mixed blessing. Surcharges lift revenue per voyage, but many will carry less cargo overall, and some have already had to turn away customers who need full loads.",
    ],
)

art("iww-mosel",
    title="Mosel locks suspend night passages for maintenance",
    paras=[
        "Night-time passages through four locks on the German Mosel will be suspended for three weeks from 23 May while "
        "maintenance crews replace control systems, the waterways administration in Trier has announced.",
        "The locks at Trier, Detzem, Wintrich and Zeltingen will operate between 6am and 10pm only. Vessels arriving "
        "outside those hours will have to wait at designated berths.",
        "Operators said the restrictions would add up to a day to round trips between the Rhine and the steel plants in "
        "Lorraine and the Saar. “It is manageable if people plan ahead,” said one Koblenz-based skipper. “The problem is "
        "when it overlaps with low water.”",
        "The administration said the work could not be postponed because spare parts for the old control systems were no "
        "longer available.",
    ],
)

art("iww-pensions",
    title="Skippers’ pension fund to lower retirement age for long-haul crews",
    digest_title="Barge crews could retire at 63 under pension fund plan",
    paras=[
        "The pension fund for Dutch and Belgian inland shipping crews has proposed lowering the standard retirement age "
        "for long-haul skippers and deckhands from 67 to 63, citing the physical demands of the job and the difficulty of "
        "recruiting younger crew.",
        "Under the plan, members who have worked at least 25 years on vessels operating more than 14 hours a day would be "
        "able to retire with a full pension four years early. The fund said around 2,300 current members would qualify.",
        "The change would be paid for by an increase in contributions of 1.2 percentage points, split between employers and "
        "employees, from January 2023.",
        "“A skipper who has spent 30 years on a continuous-operation vessel has worked the equivalent of 40 years ashore,” "
        "said fund chairman Joost van Leeuwen. “The rules should reflect that.”",
        "Employers’ groups said they supported the principle but were concerned about the cost for small family-owned "
        "businesses, which make up most of the Rhine fleet. Members will vote on the proposal at the fund’s annual meeting "
        "in June.",
        "Crew unions welcomed the proposal but said it did not go far enough. They want the earlier retirement age to apply to all crew who have worked continuous-operation schedules, regardless of the number of years.",
        "If approved, the change would make the fund one of the few in the transport sector to offer a lower retirement age for a specific group of workers.",
    ],
)

art("iww-waal",
    title="Dredging contract awarded for Waal fairway near Nijmegen",
    paras=[
        "A joint venture of two Dutch dredging firms has won a €38 million contract to deepen and widen the Waal fairway "
        "between Nijmegen and Tiel, the Dutch waterways agency said this week.",
        "The work, due to start in September, will remove around 1.4 million cubic metres of sediment over three years. The "
        "aim is to guarantee a navigable depth of 2.8 metres at low water on Europe’s busiest inland waterway, up from 2.5 "
        "metres today.",
        "Barge operators have long argued that a deeper Waal would reduce the impact of dry summers on traffic to Germany. "
        "Environmental groups have raised concerns about the effect on riverside nature areas, and the agency said "
        "monitoring would be carried out throughout the project.",
    ],
)

# ---------------------------------------------------------------- Rail Freight Review (WARC)
art("rfr-driver-shortage",
    title="Europe’s rail freight boom is running out of drivers",
    standfirst="Operators want to move more goods by train. The people who drive those trains are getting older, and too "
               "few are replacing them.",
    paras=[
        "When train drivers at three freight operators in Duisburg walked out for 24 hours last week, the immediate cause "
        "was pay. But the strike also exposed a problem that the whole sector has been circling for years: there are not "
        "enough people to drive the trains that Europe’s climate plans depend on.",
        FELDHAUS,
        "The numbers back him up. Across Germany, France, Italy and the Benelux countries, industry associations estimate "
        "that at least 6,000 freight driver posts are vacant. In Germany alone, the average age of a freight train driver "
        "is now 49.",
        "Training is slow and expensive. A new driver needs between nine and twelve months of instruction and route "
        "knowledge before working alone, at a cost that operators put at €80,000 to €100,000. Smaller operators say they "
        "are reluctant to pay for training only to see drivers poached by larger rivals.",
        "“We train them, and two years later they leave for another company that offers a signing bonus,” said Giulia "
        "Marchetti, head of operations at a mid-sized Italian intermodal operator. “Everybody is fishing in the same small "
        "pond.”",
        "Cross-border traffic adds another layer. Drivers must speak the operating language of each network they run on, "
        "and a driver working between Germany and Italy needs certified German and Italian. Several operators have asked "
        "the European Commission to allow English as a common operating language on main freight corridors, as in "
        "aviation.",
        "Unions are sceptical. They argue that a common language would make it easier to replace experienced local drivers "
        "with cheaper staff from elsewhere, and that the real problem is working conditions.",
        "There is little sign of a quick fix. Several operators are experimenting with recruitment campaigns aimed at "
        "women, who make up fewer than 5% of freight drivers, and at former lorry drivers. Others are lobbying for "
        "state-funded training places, as already exist in Austria and Switzerland.",
        "Some operators are looking further afield. A Polish freight company has recruited drivers from Romania and Bulgaria and put them through German language courses, while a Dutch operator has introduced a roster of four long shifts followed by four days off, which it says has halved staff turnover.",
        "For shippers, the practical effect is already visible: more cancelled paths, longer lead times for new services "
        "and, increasingly, a premium for guaranteed capacity. “Rail is still cheaper than road on most of our lanes,” said "
        "one Rotterdam forwarder. “But it is no longer the reliable option it used to be.”",
    ],
)

# ---------------------------------------------------------------- North Sea Port News (WARC, JSONL, digest)
art("nspn-ghent-silo",
    title="Ghent grain terminal doubles silo capacity",
    standfirst="New silos add 120,000 tonnes of storage as exporters prepare for a large harvest.",
    paras=[
        "A grain terminal in the port of Ghent has doubled its storage capacity with the completion of 24 new silos, "
        "allowing it to handle larger shipments from barges and coasters during the harvest season.",
        "The silos add 120,000 tonnes of storage, bringing the terminal’s total to 240,000 tonnes. The project, which also "
        "included a new barge unloader capable of handling 800 tonnes an hour, cost €31 million.",
        "“Farmers and traders across northern France and Wallonia are expecting a good harvest,” said commercial director "
        "Fien Vandamme. “Last year we had barges waiting three days to unload in August. This year we want that to be "
        "hours, not days.”",
        "About 60% of the grain arriving at the terminal comes by inland waterway, mainly via the Ghent–Terneuzen canal and "
        "the Lys. The rest arrives by truck or on short-sea vessels.",
        "The terminal said it was also studying a link to the rail network, which would allow it to receive grain trains "
        "from eastern Belgium.",
        "The new silos are built from steel rather than concrete, which the terminal said had cut construction time to fourteen months and would allow the site to be extended if demand keeps growing.",
        "Ghent is one of the busiest grain ports in north-west Europe, supplying mills and animal feed producers across Belgium, the Netherlands and northern France.",
    ],
)

art("nspn-zeebrugge-gate",
    title="Zeebrugge ro-ro terminal trials automated gate for unaccompanied trailers",
    paras=[
        "A ro-ro terminal in Zeebrugge has begun trials of an automated gate that checks unaccompanied trailers in under a "
        "minute, using cameras to read registration plates and inspect seals and tyres as the trailers are driven through.",
        "The system, developed by the Leuven start-up Scan & Seal, photographs each trailer from eleven angles and compares "
        "the images with data sent in advance by the shipping line. Trailers that pass are released to the quay without a "
        "manual check; those that fail are sent to an inspection lane.",
        "“At peak times we have 400 trailers arriving in three hours,” said terminal manager Bart Goossens. “Manual checks "
        "take three or four minutes each. You can do the arithmetic.”",
        "The trial runs until the end of July and covers the terminal’s services to Purfleet and Killingholme. If it "
        "succeeds, the operator plans to extend it to all ro-ro traffic by early 2023.",
        "Drivers’ representatives welcomed shorter queues but said they wanted assurances that damage recorded by the "
        "cameras would not be used unfairly against hauliers. The terminal said images would be shared with haulage "
        "companies on request.",
        "The start-up says the system could also be used at inland terminals and distribution centres, where trailers are often inspected by hand at the gate. It is in talks with two logistics parks in Flanders.",
    ],
)

art("nspn-inland-fund",
    title="Dutch inland shipping fund opens second subsidy round",
    paras=[
        "A Dutch fund for cleaner inland shipping opened its second subsidy round on Tuesday, with €45 million available "
        "for vessel owners who install electric drives, hydrogen systems or exhaust after-treatment.",
        "Owners can apply for up to 40% of the cost of qualifying equipment, with a maximum of €2.5 million per vessel. "
        "Family-owned businesses with a single vessel are eligible for a higher rate of 50%.",
        "The first round, which closed in December, was oversubscribed within three weeks. The fund’s manager said the "
        "application process had been simplified after complaints from skippers about the amount of paperwork.",
        "Applications can be submitted until 30 September or until the budget is exhausted.",
    ],
)

# ---------------------------------------------------------------- Rhine Ruhr Courier (JSONL)
KAUB_TAIL = "Water levels are updated daily on our website. The figures are provided without guarantee."

art("rrc-kaub-0510",
    title="Rhine water levels: Kaub gauge at 126 cm on Tuesday",
    paras=[
        "The water level at the Kaub gauge on the middle Rhine stood at 126 centimetres at 8am on Tuesday, 9 centimetres "
        "lower than on Monday, according to readings published by the waterways administration.",
        "Further downstream, the gauge at Duisburg-Ruhrort read 312 centimetres (Monday: 318) and the gauge at Emmerich 184 "
        "centimetres (Monday: 189).",
        "The forecast published on Tuesday expects Kaub to fall to between 112 and 120 centimetres by Friday. No significant "
        "rainfall is expected in the catchment area over the next five days.",
        "At a Kaub reading of around 125 centimetres, large motor cargo vessels can typically load about 60 to 65 per cent "
        "of their capacity. Shipping is not restricted at current levels.",
    ],
)

art("rrc-kaub-0511",
    title="Rhine water levels: Kaub gauge at 117 cm on Wednesday",
    paras=[
        "The water level at the Kaub gauge on the middle Rhine stood at 117 centimetres at 8am on Wednesday, 9 centimetres "
        "lower than on Tuesday, according to readings published by the waterways administration.",
        "Further downstream, the gauge at Duisburg-Ruhrort read 305 centimetres (Tuesday: 312) and the gauge at Emmerich "
        "178 centimetres (Tuesday: 184).",
        "The forecast published on Wednesday expects Kaub to fall to between 105 and 112 centimetres by Saturday. Isolated "
        "showers are possible in the Black Forest on Friday but are not expected to affect levels significantly.",
        "At a Kaub reading of around 115 centimetres, large motor cargo vessels can typically load about 55 to 60 per cent "
        "of their capacity. Shipping is not restricted at current levels.",
    ],
)

art("rrc-skipper-course",
    title="Colleges launch fast-track course as barge skipper shortage bites",
    paras=[
        "Two inland shipping colleges in Duisburg and Rotterdam have launched a joint fast-track course to train career "
        "changers as barge skippers in 18 months, half the usual time.",
        "The course is aimed at people with experience in related jobs, such as lorry drivers, seafarers and crane "
        "operators. Students spend alternate months in the classroom and on board working vessels, and the colleges say "
        "most of them will be paid a trainee wage by their host companies.",
        "“The average skipper on the Rhine is in his mid-fifties,” said course director Ingrid Lammers. “If we only train "
        "16-year-olds, we will not close the gap in time. We need people who already know what a night shift is.”",
                "Shipping companies say the shortage of qualified skippers has already forced some operators to tie up vessels. A survey by an operators’ association last year found that one in five companies had turned down work because they could not find crew.",
"The first intake of 32 students started in April. The colleges hope to run two courses a year from 2023.",
    ],
)

art("rrc-emmerich-md",
    title="Emmerich container terminal names new managing director",
    paras=[
        "The container terminal in Emmerich am Rhein has appointed Daniel Oosterbeek as managing director with effect from "
        "1 July, the company said on Wednesday.",
        "Oosterbeek, 46, joins from a barge operator in Nijmegen, where he has been chief operating officer since 2018. He "
        "succeeds Ulrike Brandes, who is retiring after 14 years at the terminal.",
        "The terminal, close to the Dutch border, handles around 180,000 containers a year, most of them shuttled by barge "
        "to and from Rotterdam. It has been expanding its rail connections and last year opened a second train loading "
        "track.",
                "Brandes oversaw the terminal’s expansion from a single barge berth to three, as well as the opening of its rail connection in 2014. She will remain an adviser to the company until the end of the year.",
"“Emmerich has grown from a local transhipment point into a real hub for the Lower Rhine,” Oosterbeek said in a "
        "statement. “I want to continue that growth while keeping the terminal as reliable as it is today.”",
    ],
)

art("rrc-krefeld-shunters",
    title="Krefeld port railway orders two hybrid shunting locomotives",
    paras=[
        "The railway company serving the Rhine port of Krefeld has ordered two hybrid shunting locomotives, which will "
        "replace three diesel engines built in the 1970s.",
        "The new locomotives can run on battery power inside the port area and switch to a diesel generator for longer "
        "trips on the main line. Delivery is expected in the spring of 2023.",
        "The company moves around 1.2 million tonnes a year between the port, nearby chemical plants and the national rail "
        "network. It said the new engines would cut its diesel consumption by about 40% and reduce noise for residents in "
        "the neighbouring Linn district.",
                "The old diesel engines will be sold. The company said it had received interest from a heritage railway and from a scrap dealer, and would decide in the autumn.",
"The purchase is supported by a federal programme for low-emission shunting.",
    ],
)

art("rrc-dortmund-ems",
    title="Bridge raising on Dortmund-Ems Canal falls behind schedule",
    paras=[
        "A programme to raise bridges on the southern section of the Dortmund-Ems Canal is running at least a year behind "
        "schedule, the federal waterways administration has told shipping associations.",
        "Raising the bridges is needed to allow barges to carry containers stacked three high between the Rhine and the "
        "port of Dortmund. Of the 17 bridges that need to be raised or replaced, six have been completed.",
        "Officials blamed delays in approving road diversions and a shortage of steel fabrication capacity. Shipping groups "
        "said the slow progress was undermining efforts to move more container traffic off the roads in the Ruhr.",
                "The association said the delays were particularly frustrating because the canal’s locks had already been enlarged for longer vessels, leaving the bridges as the only obstacle to three-layer container traffic.",
"“We have the ships, we have the terminals, and we have the customers,” said a spokesman for one association. “What "
        "we do not have is the headroom.”",
    ],
)

# ---------------------------------------------------------------- Waterways Bulletin (own items + sourced items)
art("wb-corridor",
    title="ASSOCIATION RESPONDS TO EU CORRIDOR CONSULTATION",
    paras=[
        "The Association has submitted its response to the European Commission's consultation on the revision of the "
        "trans-European transport network guidelines. Our submission focuses on three points raised by members at the "
        "spring meeting in Liege.",
        "First, we ask that minimum depth standards for core network waterways be defined for low-water conditions and not "
        "only for average water levels. A standard that is met only in a wet year is not a standard.",
        "Second, we support the proposal to require a minimum number of public berths with shore power at core network "
        "ports, but we ask for a realistic timetable and for funding to follow the obligation.",
        "Third, we ask that lock availability be reported in the same way as rail and road infrastructure availability, so "
        "that planned and unplanned closures can be compared across modes and across countries.",
        "The full text of the submission is available to members on request from the secretariat.",
    ],
)

art("dsg-danube",
    title="LOW WATER RESTRICTIONS LIKELY ON UPPER DANUBE",
    paras=[
        "Shipping on the Danube between Regensburg and Vilshofen may face draught restrictions from the end of May if dry "
        "weather continues, according to forecasts from the German waterways administration.",
        "The stretch, which is not yet fully regulated, already limits barges to a draught of around 2.0 metres at average "
        "water levels. At low water, vessels can sometimes load only a third of their capacity.",
        "Operators serving the steel and agricultural trades on the Danube said they were preparing contingency plans, "
        "including transhipment to rail at Regensburg.",
    ],
)

art("wb-co-alert",
    title="SAFETY: CARBON MONOXIDE WARNING AFTER CABIN INCIDENT",
    paras=[
        "Members are reminded to check carbon monoxide detectors in crew accommodation after two crew members on a Belgian "
        "push boat were treated in hospital last month following a leak from a cabin heater.",
        "Both crew members have since recovered. The investigation found that the heater's exhaust pipe had become partly "
        "blocked and that the cabin detector had been fitted without batteries.",
        "The Association's safety committee recommends that detectors be tested weekly and that heaters be serviced at "
        "least once a year by a qualified engineer. A printable checklist is available from the secretariat.",
    ],
)

art("wb-fees",
    title="MEMBERSHIP FEES 2023: BOARD PROPOSES FREEZE",
    paras=[
        "The Board will propose to the annual general meeting on 23 June that membership fees for 2023 remain at 2022 "
        "levels, despite higher costs for the secretariat.",
        "The Treasurer said the Association's reserves were sufficient to absorb a small deficit next year, and that the "
        "Board did not want to add to members' costs at a time of high fuel prices and low water surcharges.",
        "Members who wish to comment on the proposal before the meeting should contact the secretariat by 10 June.",
    ],
)

# ---------------------------------------------------------------- press digest singles
art("emn-harwich",
    title="Harwich ferry freight slips as new border checks bite",
    paras=[
        "Freight traffic on ferry routes from Harwich fell by 6% in April compared with a year earlier, as hauliers adjusted "
        "to new paperwork requirements for goods moving to and from the continent.",
        "Ferry operators said unaccompanied trailer volumes had held up better than driver-accompanied lorries, continuing a "
        "shift that began in 2021. Unaccompanied trailers now make up almost three-quarters of freight units on the port’s "
        "routes to the Netherlands.",
        "“The drivers just don’t want the hassle of sitting in a queue at both ends,” said Colin Reeve, who manages a "
        "trailer park near the port. “Send the box, keep the driver at home — that’s how most of our customers work now.”",
                "The port’s trailer parks, where unaccompanied units wait for collection, are also busier than ever. Reeve said his site was running at more than 90% capacity on most weekdays.",
"Port officials said the decline was partly offset by an increase in roll-on project cargo, including wind turbine "
        "components.",
    ],
)

art("tgc-tilbury",
    title="Tilbury dock workers to vote on two-year pay offer",
    paras=[
        "Dock workers at a Tilbury container terminal will vote next week on a two-year pay offer, their union said, after "
        "talks at the conciliation service ended without agreement on shift allowances.",
        "The offer includes a 5% rise this year and 4% next year, along with a one-off payment of £750. The union said "
        "members were unhappy that the offer did not include an increase in the allowance for weekend night shifts.",
        "A spokesman for the terminal operator said the offer was “fair and affordable” and reflected “the real pressures "
        "on the business”. The ballot closes on 20 May.",
        "The union said it had not ruled out industrial action if members rejected the offer. A previous pay dispute at the terminal, in 2019, was settled shortly before a planned strike.",
    ],
)

art("swr-kent-hauliers",
    title="Hauliers welcome rail growth but say Dover queues are the real problem",
    paras=[
        "Kent hauliers have given a cautious welcome to the rise in rail freight through the Channel Tunnel, but say it "
        "will do little to ease the queues that build up on the approach to Dover on busy days.",
        "“Rail is great for a container going from a port to a warehouse. It is no use for a groupage load going to fifteen "
        "drops in the Midlands,” said Martin Fagg, who runs a 40-truck haulage business in Whitfield. “Most of what comes "
        "through Dover is never going to go on a train.”",
        "Hauliers said a new online pre-check for export paperwork, promised for the summer, would make a bigger difference "
        "than any shift to rail. Drivers currently spend an average of 45 minutes at document checks during peak periods, "
        "according to a survey by a regional trade group.",
        "The group also called for more lorry parking near the port. There are currently around 1,200 spaces within ten "
        "miles of Dover, which members say is not enough on a normal weekday, let alone during holiday peaks.",
    ],
)

# ---------------------------------------------------------------- European Freight Press Review (translations)
art("rhz-walsum",
    title="Trimodal terminal in Walsum starts operations",
    orig_title="Trimodales Terminal in Walsum nimmt Betrieb auf",
    paras=[
        "Duisburg, 3. Mai 2022 — A new trimodal terminal in the Duisburg district of Walsum handled its first barge on "
        "Monday, almost two years after construction began on the site of a former coal harbour.",
        "The terminal has a 400-metre quay for barges, three rail tracks of 650 metres and storage space for around 3,000 "
        "containers. Its operator, a joint venture of a local logistics group and a Dutch barge company, expects to handle "
        "90,000 containers in the first full year.",
        "“Walsum was a coal port for a hundred years. Now it is a container port,” said managing director Sabine Köhler at "
        "the opening. “The jobs are different, but they are jobs, and they are staying here.”",
                "Local residents had raised concerns about traffic during the planning stage. The operator said around two thirds of containers would arrive or leave by barge or rail, and that lorries would be routed directly to the motorway rather than through Walsum’s residential streets.",
"The site is connected to the A59 motorway and to the main rail line along the right bank of the Rhine. The operator "
        "said the first regular rail service, to Rotterdam, would start in June.",
    ],
)

art("vdd-calais",
    title="Cross-Channel freight: hauliers dread the summer",
    orig_title="Fret transmanche : les transporteurs redoutent l’été",
    paras=[
        "Calais, le 5 mai 2022 – Road hauliers working the Calais–Dover route are bracing for long queues this summer, when "
        "holiday traffic and new border procedures are expected to coincide.",
        "Local transport companies say waiting times at the port’s freight check-in have already lengthened on busy days "
        "this spring. Several have asked their drivers to arrive earlier, which means longer shifts for staff who are "
        "already hard to find.",
        "“In July and August, one bad day in Calais means a whole week of disrupted planning,” said Thierry Vasseur, who "
        "manages a fleet of 60 lorries in Coquelles. “We are asking for dedicated freight lanes on the peak weekends, as "
        "they did in 2019.”",
                "Hauliers also complain about the lack of secure parking in the area. Drivers waiting for a crossing often park on the hard shoulder of the A16 or in industrial zones, where thefts from trailers have risen in recent months.",
"The port authority said it had added staff at the freight check-in and was working with ferry operators on a plan "
        "for the summer peak.",
    ],
)

art("hkr-pilots",
    title="Pilots warn of staff shortage",
    orig_title="Loodsen waarschuwen voor personeelstekort",
    paras=[
        "Rotterdam, 4 mei 2022 – Maritime pilots in Rotterdam have warned that a growing staff shortage could lead to delays "
        "for large ships entering the port during the summer holidays.",
        "The pilots’ organisation says it currently has around 20 fewer pilots than it needs for the Rotterdam region, and "
        "that training a new pilot takes up to three years. Several experienced pilots are due to retire this year.",
        "“We will always guide ships in safely. That is not in question,” said spokesman Gert-Jan Hoogland. “But if we are "
        "short-staffed in July, some ships may have to wait longer for a pilot than they are used to.”",
                "Shipping lines have already been told that boarding times for pilots on the largest container ships may be less flexible during the summer. The port authority said it was monitoring the situation and was in contact with the pilots’ organisation.",
"The organisation said it had increased its intake of trainees and was recruiting more captains from the merchant "
        "navy.",
    ],
)

art("cdt-segrate",
    title="Segrate prepares for new shuttles from Germany",
    orig_title="Segrate si prepara ai nuovi shuttle dalla Germania",
    paras=[
        "Milano, 9 maggio 2022 – The intermodal terminal at Segrate, east of Milan, is preparing to receive a new daily "
        "train from Duisburg from June, adding to a busy timetable of services from Germany and the Benelux countries.",
        "The terminal’s management said it had added a fourth reach stacker and extended opening hours on Saturdays to "
        "handle the extra traffic. Around 25 trains a day already use the terminal.",
        "“Northern Italian industry needs reliable links to the North Sea ports, and the road over the Brenner is not "
        "reliable any more,” said terminal director Alessandra Conti. “Every new train is good news for us and for the "
        "region.”",
                "The terminal is also planning a longer-term expansion onto a neighbouring site, which would add two 750-metre tracks. The project is awaiting approval from the regional authorities.",
"Logistics companies in Lombardy said rail capacity through Switzerland was still tight, and that more paths would "
        "be needed if demand continued to grow.",
    ],
)

art("gp-vistula",
    title="Container barge pilot on the Vistula",
    orig_title="Pilotażowy rejs kontenerowy na Wiśle",
    paras=[
        "Gdańsk, 6 maja 2022 r. – A pilot project to carry containers by barge between the port of Gdańsk and a logistics "
        "centre near Tczew made its first voyage this week, carrying 24 empty containers up the Vistula.",
        "The organisers, a group of logistics firms and the regional government, want to test whether the lower Vistula can "
        "support regular container traffic. Water depths on the river are often too low for fully loaded barges in summer.",
        "“This is a small start, but the river was a transport route for centuries before the railways,” said project "
        "coordinator Agnieszka Nowak. “We want to know what it can do today.”",
                "Poland’s inland waterways carry only a tiny share of the country’s freight, and successive governments have promised to improve navigation on the Oder and the Vistula. Progress has been slow, partly because of concerns about the impact of river works on protected wetlands.",
"Further voyages are planned in June and September, when the organisers will test loaded containers.",
    ],
)

# ---------------------------------------------------------------- longer features (Factiva, JSONL)
art("bbd-locks-feature",
    title="Europe’s ageing locks are the bottleneck nobody budgeted for",
    paras=[
        "When the main chamber of the Lanaye lock failed its inspection in April, barge operators on the Albert Canal lost "
        "more than a month of normal service almost overnight. For the engineers who look after Europe’s waterways, the "
        "surprise was not that it happened but that it does not happen more often.",
        "Across Belgium, the Netherlands, Germany and France, hundreds of locks built in the 1950s and 1960s are approaching "
        "the end of their design lives at the same time. Gates, valves and control systems installed when barges carried "
        "coal and grain are now handling container vessels that sail around the clock.",
        "“We are running a 21st-century traffic on 20th-century hardware,” said Ingrid Vaes, a hydraulic engineer who "
        "advises several waterway authorities. “Most of these structures were designed for a few thousand lockages a year. "
        "Some now do that in a month.”",
        "Repairs are expensive and slow. Lock gates are usually made to measure, and the number of workshops able to "
        "fabricate them has shrunk. Replacement parts for electrical control systems from the 1980s are often no longer "
        "made, forcing authorities to redesign whole installations rather than swap a component.",
        "Budgets have not kept pace. Waterway authorities in the region spend most of their maintenance money on emergency "
        "repairs rather than planned renewal, according to estimates by operators’ associations, and several governments "
        "have postponed major lock projects to pay for road and rail schemes.",
        "The effect is felt most by operators who depend on a single route. A closure that adds a day to a journey between "
        "Liège and Rotterdam can make the difference between a barge service that works and one that loses its customers "
        "to road haulage.",
        "There are signs of change. Several authorities now publish lock availability data, making it easier for shippers "
        "to plan around closures, and some have started to keep spare gates in stock for the most critical structures. The "
        "European Union’s revised transport network rules are expected to include availability targets for waterways for "
        "the first time.",
        "Operators say that is overdue. “Nobody would accept a motorway that closed for nine weeks without warning,” said "
        "one Antwerp barge owner. “For some reason we are expected to accept it on the water.”",
        "Vaes said the challenge was as much about planning as money. “If you know a gate has ten years left, you can "
        "schedule its replacement for a quiet month and have a temporary solution ready,” she said. “What costs a fortune "
        "is finding out on a Tuesday morning.”",
    ],
)

art("rrc-barge-week",
    title="“We sail when the river lets us”: a week aboard a Rhine container barge",
    paras=[
        "The alarm on the Maria-Theresia goes off at 4.30am, but Jan-Willem Kuiper is already in the wheelhouse. The "
        "135-metre container barge is moored at Duisburg, half loaded, and the next terminal slot in Rotterdam is at two in "
        "the afternoon. Miss it, and the next one could be a day later.",
        "Kuiper, 52, has worked on the Rhine since he was sixteen, like his father and grandfather before him. He owns the "
        "vessel together with his wife, Ria, and employs three crew: a helmsman from Romania and two deckhands from the "
        "Philippines. The boat runs a continuous schedule, sailing day and night, with the crew working in shifts.",
        "“People think we drift down the river and look at the castles,” he says. “Most of my day is spent on the phone and "
        "on the computer, trying to get slots at terminals that don’t talk to each other.”",
        "The week I spend on board is a lesson in how much of the job depends on things the skipper cannot control. In "
        "Duisburg, the drivers’ strike earlier in the month has left containers piled up on the quay, and the terminal loads "
        "the Maria-Theresia three hours late. On the Waal, a dredger narrows the fairway near Nijmegen. In Rotterdam, the "
        "barge waits eleven hours at the Maasvlakte for a crane.",
        "And always there is the water. Kuiper checks the gauges several times a day on his phone, not for this trip but "
        "for the next. At Kaub, the level is falling. “If it keeps going like this, in three weeks I will be loading sixty "
        "per cent,” he says. “Same costs, same crew, less money.”",
        "Ria Kuiper does the accounts from the living quarters at the stern, a neat flat with a kitchen, a sitting room and "
        "a small garden of potted herbs on the roof. She worries about the future of family-owned barges, which still make "
        "up most of the Rhine fleet but are increasingly squeezed by larger operators with dozens of vessels.",
        "“Our children do not want to do this,” she says. “I understand them. It is a beautiful life, but it is a hard one, "
        "and you can’t make plans. We sail when the river lets us.”",
        "On the last night, the Maria-Theresia passes Emmerich on her way back upstream, loaded with empty containers for a "
        "chemical plant near Cologne. Kuiper is at the wheel again. He has slept four hours. “Tomorrow,” he says, “we do it "
        "all again.”",
    ],
)
