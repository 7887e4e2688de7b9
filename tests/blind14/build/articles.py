# -*- coding: utf-8 -*-
"""Canonical texts of the blind14 articles: one beat over a month — fisheries (quotas, fleets, fish markets,
landings and export statistics, crews, aquaculture) in Scotland, Ireland, Cornwall, Norway, Iceland,
Newfoundland, Maine, Peru, Ghana and New Zealand, 5 October - 4 November 2026.

Every story, person, organisation, company, vessel, figure and quote is invented (places are real).
Paragraphs use typographic quotes; renderers re-typeset them where their format would.
Fields: title, outlet, date (ISO or None), authors (list), url (or None), paras.
Optional: synd {key: {outlet, title, drop[], top, url}} (syndicated copies), edited {idx: para}.
"""
ART = {}


def art(aid, title, outlet, date, authors, url, paras, **kw):
    assert aid not in ART, aid
    ART[aid] = dict(title=title, outlet=outlet, date=date, authors=authors, url=url, paras=paras, **kw)


CPA = "Coastline Press Agency"

# ---------------------------------------------------------------- shared paragraphs (hard negatives)
COD_BG1 = ("The advice covers the stock fished by Norwegian, Russian, Faroese and Icelandic vessels in the "
           "Barents Sea and along the Norwegian coast, which supplies much of the cod sold in British fish "
           "and chip shops.")
COD_BG2 = ("Scientists blame two weak spawning years in a row and say the number of young fish entering the "
           "fishery is the lowest since the late 1990s.")
TIEUP_BG1 = ("The 23-strong refrigerated seawater fleet lands most of Ireland’s mackerel, horse mackerel and "
             "blue whiting, and supports about 2,000 jobs in processing plants around Killybegs.")
TIEUP_BG2 = ("Ireland’s mackerel quota for 2027 is due to fall by 19 per cent under the annual EU "
             "negotiations, after scientists warned that the stock had been overfished for a decade.")
VISA_Q1 = ("“We have boats that have not left the quay in weeks because there is nobody to crew them,” said "
           "Alasdair Buchan, the association’s chief executive. “This is not a shortage of fish. It is a "
           "shortage of people.”")
VISA_Q2 = ("“A skilled deckhand from Ghana or the Philippines is worth every penny of a proper visa, and the "
           "current rules treat him as if he were a seasonal fruit picker,” Mr Buchan added.")
SHRIMP_BG = ("Northern shrimp landings in Newfoundland and Labrador have fallen by more than two thirds in a "
             "decade, and plants in Port au Choix and Harbour Breton now run for only a few weeks each year.")
LOBSTER_Q = ("“Every lobsterman on this coast wants the whales to live. What we want is rules based on where "
             "the whales actually are,” said Wendell Pray of the Downeast Lobstering Guild.")

# ================================================================ COASTLINE PRESS AGENCY (wire)
art("cpa-cod-advice", "Scientists urge 28% cut in northern cod catch", CPA, "2026-10-06", ["Marit Solheim"],
    "https://www.coastlinepress.com/news/2026/10/06/scientists-urge-28-cut-in-northern-cod-catch", [
        "Fisheries scientists have recommended that next year’s catch of northeast Arctic cod be cut by 28 per "
        "cent, to 221,000 tonnes, the deepest reduction in the stock’s modern history.",
        COD_BG1,
        COD_BG2,
        "“This is advice nobody wanted to give,” said Dr Hanne Røstad, who chairs the joint working group. "
        "“But a smaller catch now is the price of having a fishery at all in five years.”",
        "Norway and Russia will set the final quota at their annual fisheries commission in late October.",
    ],
    synd={
        "st": dict(outlet="Shetland Tide", title="Cod cut of 28% recommended as Barents stock falters",
                   top="Shetland’s whitefish processors, who buy frozen Barents Sea cod to keep their lines "
                       "running in winter, are bracing for higher prices after the advice was published.",
                   drop=[4], url="https://www.shetlandtide.co.uk/news/cod-cut-recommended-barents"),
        "bh": dict(outlet="Buchan Herald", title="Fish supper prices set to rise as cod advice bites",
                   drop=[3, 4], url=None),
        "dct": dict(outlet="Donegal Coast Times", title="Arctic cod faces record 28pc cut", drop=[], url=None),
    })

art("cpa-cod-split", "Fishing nations split over cod advice ahead of Barents talks", CPA, "2026-10-07",
    ["Marit Solheim"], None, [
        "Russia’s fisheries agency has rejected scientists’ call for a 28 per cent cut in northeast Arctic cod, "
        "setting up a difficult round of talks with Norway later this month.",
        COD_BG1,
        COD_BG2,
        "In a statement on Wednesday, the agency said the survey behind the advice had covered too little of "
        "the Russian zone and proposed a cut of no more than 10 per cent.",
        "Norwegian officials declined to comment before the negotiations, which open in Tromsø on 26 October.",
    ])

art("cpa-mackerel", "Coastal states strike mackerel sharing deal after four years", CPA, "2026-10-22",
    ["Anders Vik"], None, [
        "Norway, the European Union, Britain, Iceland and the Faroe Islands have agreed how to share the north-east "
        "Atlantic mackerel catch for the first time since 2022, ending years of unilateral quotas.",
        "Under the deal reached in London late on Wednesday, the five parties will keep their combined catch "
        "within scientific advice, which for 2027 is 576,000 tonnes.",
        "Norway receives the largest share, 27.3 per cent, while Iceland’s rises to 10.1 per cent in return "
        "for access to Norwegian waters.",
        "“For the first time in years the mackerel will be managed as one stock, which is what it is,” said "
        "Astrid Halvorsen, Norway’s chief negotiator.",
        "Retailers had threatened to drop the fish from their shelves if no agreement was reached.",
    ],
    synd={
        "ftg": dict(outlet="Fish Trade Gazette", title="Mackerel peace deal restores retail confidence",
                    drop=[], top=None, url=None),
        "nsr": dict(outlet="Nordic Seafood Report", title="Norway wins largest share in five-way mackerel pact",
                    drop=[4], top=None, url="https://www.nordicseafoodreport.no/en/mackerel-pact-norway-share"),
        "dct": dict(outlet="Donegal Coast Times", title="Killybegs welcomes end to mackerel free-for-all",
                    top="Pelagic skippers in Killybegs said the agreement came too late for this year’s fleet, "
                        "which has been tied up since early October.",
                    drop=[4], url=None),
    })

art("cpa-anchovy", "Peru suspends second anchovy season after surge in juvenile fish", CPA, "2026-10-29",
    ["Lucía Paredes"], None, [
        "Peru has suspended the second anchovy fishing season of the year after surveys found that most of the "
        "fish off its northern coast were too small to catch.",
        "The production ministry said juveniles made up 71 per cent of the anchoveta sampled between Chimbote "
        "and Paita, well above the 30 per cent limit that triggers a closure.",
        "The decision is expected to push up the price of fishmeal, which feeds farmed salmon and shrimp from "
        "Norway to Vietnam.",
        "Industry group Pesca Sostenible Perú said 40,000 fishermen and plant workers would lose income.",
    ],
    synd={
        "ftg": dict(outlet="Fish Trade Gazette", title="Fishmeal set to climb as Peru halts anchovy fishing",
                    drop=[3], top=None, url=None),
        "nsr": dict(outlet="Nordic Seafood Report", title="Salmon feed costs at risk after Peru closure",
                    top="Norwegian feed makers, who buy about a quarter of Peru’s fishmeal exports, said they "
                        "had stocks to last until February.",
                    drop=[], url="https://www.nordicseafoodreport.no/en/peru-closure-feed-costs"),
    })

art("cpa-ghana", "Ghana brings forward closed season for canoe fleet", CPA, "2026-10-13", ["Kwame Boadu"], None, [
    "Ghana will close its inshore waters to canoes and inshore vessels from 1 December, four months earlier than "
    "usual, in an attempt to rebuild stocks of sardinella.",
    "The fisheries ministry said catches of the small fish, a staple for millions of Ghanaians, had fallen by "
    "80 per cent since 1993.",
    "“The sea is telling us something and we must listen,” said deputy minister Esi Arthur-Mensah. Canoe owners "
    "will receive a premix fuel allowance and food parcels during the closure.",
    "Fishermen’s leaders in Elmina and Winneba said they had not been consulted.",
])

# ================================================================ BUCHAN HERALD (Peterhead)
art("bh-landings-sep", "Peterhead landings up 8% in September as haddock prices hold", "Buchan Herald",
    "2026-10-05", ["Iain Cruickshank"], None, [
        "Fish landed at Peterhead in September was worth £17.4 million, up 8 per cent on the same month last "
        "year, according to figures published by the harbour board.",
        "A total of 11,820 boxes of whitefish went through the market in the four weeks, with haddock averaging "
        "£2.61 a kilo and monkfish £4.92.",
        "Harbour master Graeme Ritchie said settled weather had allowed the fleet to make longer trips. "
        "“September was as good a month as we have had this year,” he said.",
        "Pelagic landings, which are reported separately, totalled 14,300 tonnes.",
    ])

art("bh-landings-oct", "Peterhead landings fall 5% in October as storms keep boats in", "Buchan Herald",
    "2026-11-04", ["Iain Cruickshank"], None, [
        "Fish landed at Peterhead in October was worth £15.9 million, down 5 per cent on the same month last "
        "year, according to figures published by the harbour board.",
        "A total of 10,240 boxes of whitefish went through the market in the four weeks, with haddock averaging "
        "£2.74 a kilo and monkfish £5.08.",
        "Harbour master Graeme Ritchie said three named storms had kept much of the fleet in port. "
        "“Prices held up well, but you cannot sell fish you have not caught,” he said.",
        "Pelagic landings, which are reported separately, totalled 9,850 tonnes.",
    ],
    edited={2: "Harbour master Graeme Ritchie said three named storms had kept much of the fleet tied up in "
               "port. “Prices held up well, but you cannot sell fish you have not caught,” he said."})

art("bh-dredging", "Harbour board approves £14m dredging of Peterhead south bay", "Buchan Herald", "2026-10-21",
    ["Iain Cruickshank"], None, [
        "Peterhead Port Authority has approved a £14 million scheme to deepen the south bay so that the largest "
        "pelagic trawlers can berth at any state of the tide.",
        "The work, due to start in March, will remove about 380,000 cubic metres of sand and rock and take two "
        "summers to complete.",
        "Chief executive Moira Slessor said three Norwegian-built vessels had been forced to wait offshore for "
        "high water this year. “Every hour a boat sits outside is fish losing value,” she said.",
        "Dredged material will be taken to a licensed site eight miles offshore.",
    ])

art("bh-auction", "Peterhead fish market to switch to online-only bidding", "Buchan Herald", "2026-10-21",
    ["Iain Cruickshank"], None, [
        "Buyers at Peterhead fish market will no longer gather on the market floor from January, when the early "
        "morning auction moves entirely online.",
        "The port authority said about 70 per cent of boxes were already sold through the remote bidding system "
        "introduced during the pandemic.",
        "Some older buyers said the change would end a tradition going back more than a century. “You learn "
        "more from looking a skipper in the eye than from a screen,” said merchant Bill Gordon, 71.",
        "The market floor will remain open for inspection of fish from 4am.",
    ])

art("bh-visa", "Whitefish skippers demand visa route for foreign deckhands", "Buchan Herald", "2026-10-15",
    ["Kirsty Mair"], None, [
        "North-east skippers have called on the UK government to create a dedicated visa for fishing crews, "
        "saying a shortage of deckhands is keeping boats in harbour.",
        VISA_Q1,
        "The Scottish Whitefish Producers’ Association said a survey of its members found 41 vessels short of at "
        "least one crew member, and 9 unable to sail at all.",
        VISA_Q2,
        "The Home Office said fishing crews could already apply under the skilled worker route.",
    ])

art("bh-rescue", "Fraserburgh trawler crew rescued after boat takes on water", "Buchan Herald", "2026-10-24",
    ["Kirsty Mair"], None, [
        "Five fishermen were lifted to safety by coastguard helicopter after their trawler began taking on water "
        "40 miles north-east of Fraserburgh on Friday night.",
        "The Fraserburgh-registered Morning Harvest issued a mayday shortly before 10pm. The crew were flown to "
        "Aberdeen Royal Infirmary and later released.",
        "The vessel’s owner, Neil Duthie, thanked the helicopter crew. “They came out in a force eight and got "
        "every one of the lads home,” he said.",
        "The Marine Accident Investigation Branch has been informed.",
        "It is the second time this year that a Fraserburgh boat has been lost in the same area; all four crew of the Silver Fern were rescued in March.",
    ])

# ================================================================ PRESS RELEASE (rewritten by two papers)
art("pr-visa", "SWPA calls for dedicated visa route for fishing crews",
    "Scottish Whitefish Producers’ Association", "2026-10-14", [], None, [
        "The Scottish Whitefish Producers’ Association (SWPA) today called on the UK Government to introduce a "
        "dedicated visa route for experienced fishing crew from outside the UK.",
        "A survey of SWPA members carried out in September found 41 vessels short of at least one crew member "
        "and 9 vessels unable to put to sea.",
        VISA_Q1,
        VISA_Q2,
        "The SWPA represents 112 whitefish vessels operating from ports between Eyemouth and Scrabster.",
    ])

# ================================================================ SHETLAND TIDE (Lerwick)
art("st-visa", "Shetland skippers back call for deckhand visa scheme", "Shetland Tide", "2026-10-15",
    ["Magnus Isbister"], None, [
        "Shetland fishing skippers have thrown their weight behind a national campaign for a visa route for "
        "foreign deckhands.",
        "Lerwick skipper Ronnie Jamieson said his boat, the Serene Dawn, had lost ten days at sea since August "
        "because two crew members from the Philippines were unable to renew their permits.",
        VISA_Q1,
        "Shetland Islands Council’s harbour board said it would write to the Home Office in support.",
    ])

art("st-salmon", "Salmon farm plan for Bluemull Sound refused", "Shetland Tide", "2026-10-19", ["Ingrid Leask"], None, [
    "Councillors have refused planning permission for a 12-pen salmon farm in Bluemull Sound between Yell and "
    "Unst, against the advice of their own officials.",
    "Opponents, including creel fishermen from Cullivoe, said the site sat on prime lobster ground and that "
    "sea lice from the pens could harm wild sea trout.",
    "The developer, Nordvik Salmon Shetland, said it was “deeply disappointed” and would consider an appeal "
    "to the Scottish ministers.",
])

art("st-launch", "New Whalsay trawler named after lost skipper", "Shetland Tide", "2026-10-30", ["Magnus Isbister"], None, [
    "A new 27-metre whitefish trawler has arrived in Whalsay bearing the name of a skipper who was lost at sea "
    "off the island two years ago.",
    "The Jeannie Irvine, built in Denmark at a cost of £6.8 million, was greeted at Symbister by about 300 "
    "islanders on Thursday afternoon.",
    "“My father would have been out on the pier picking faults with the winches,” said skipper Lowrie Irvine. "
    "“This boat is for him.”",
    "The vessel will fish from Lerwick and land mainly at the Shetland fish market.",
])

# ================================================================ DONEGAL COAST TIMES (Killybegs)
art("dct-tieup", "Killybegs pelagic fleet ties up in protest at quota cut", "Donegal Coast Times", "2026-10-08",
    ["Siobhán Gallagher"], None, [
        "Ireland’s biggest fishing boats stayed in harbour in Killybegs on Thursday as skippers began an "
        "indefinite tie-up in protest at next year’s mackerel quota.",
        TIEUP_BG1,
        TIEUP_BG2,
        "“We are being asked to carry the cut for countries that have fished without limits for years,” said "
        "Seán O’Donnell, skipper of the Atlantic Star.",
        "Processors said they had enough frozen fish to keep working until the end of the month.",
        "Shetland already produces about a fifth of Scotland’s farmed salmon, and the council has approved four smaller sites in the north isles since 2023.",
    ])

art("dct-tieup2", "Killybegs skippers to meet minister as tie-up enters second day", "Donegal Coast Times",
    "2026-10-09", ["Siobhán Gallagher"], None, [
        "The Minister for the Marine has agreed to meet pelagic skippers in Killybegs next week, as the fleet’s "
        "protest tie-up entered its second day.",
        "A spokeswoman said the minister would travel to Donegal on Tuesday and hear the industry’s case for "
        "a share of the new mackerel deal’s reserve.",
        TIEUP_BG1,
        TIEUP_BG2,
        "Several skippers said the boats would stay in port at least until the meeting.",
    ])

art("dct-ice", "Greencastle co-op wins grant for new ice plant", "Donegal Coast Times", "2026-10-27",
    ["Declan McBride"], None, [
        "Greencastle Fishermen’s Co-operative has been awarded €1.2 million towards a new ice plant, ending "
        "years in which boats have had to buy ice from Northern Ireland.",
        "The plant, to be built beside the co-op’s auction hall, will produce 40 tonnes of flake ice a day.",
        "Co-op manager Bríd Doherty said the grant was “the best news this harbour has had in a decade”.",
        "The plant is expected to open next summer and will also supply ice to boats landing at Burtonport and Downings.",
    ])

# ================================================================ ATLANTIC FISHERMAN (St. John's)
art("af-shrimp", "Price panel sets northern shrimp at $1.24 a pound", "The Atlantic Fisherman", "2026-10-16",
    ["Dana Kearley"], None, [
        "The province’s standing fish price-setting panel has set the fall price for northern shrimp at $1.24 "
        "a pound, siding with processors in a dispute that had kept boats at the wharf for a week.",
        "The union had asked for $1.55, arguing that fuel and insurance costs had risen sharply since the spring.",
        SHRIMP_BG,
        "“Harvesters will fish because they have no choice, but nobody is making money at this price,” said "
        "union president Gail Penney.",
    ])

art("af-shrimp-corr", "CORRECTED: Price panel sets northern shrimp at $1.42 a pound", "The Atlantic Fisherman",
    "2026-10-17", ["Dana Kearley"], None, [
        "Correction: An earlier version of this story, published on Oct. 16, gave the wrong price. The panel "
        "set the fall price at $1.42 a pound, not $1.24. The story has been corrected and updated.",
        "The province’s standing fish price-setting panel has set the fall price for northern shrimp at $1.42 "
        "a pound, close to the union’s position in a dispute that had kept boats at the wharf for a week.",
        "The union had asked for $1.55, arguing that fuel and insurance costs had risen sharply since the spring.",
        SHRIMP_BG,
        "“It is not what we asked for, but it is a price harvesters can fish at,” said union president Gail "
        "Penney on Friday.",
    ])

art("af-capelin", "Capelin survey finds fewest fish in a decade", "The Atlantic Fisherman", "2026-10-26",
    ["Rowan Hickey"], None, [
        "An acoustic survey of capelin off Newfoundland’s northeast coast has found the lowest numbers of the "
        "small forage fish since 2016.",
        "Researchers aboard the vessel Cape Harrison counted roughly 40 per cent fewer fish than last year, and "
        "most were a year younger than usual.",
        "Capelin are the main food of cod, seabirds and whales. “When the capelin go, everything that eats them "
        "feels it,” said biologist Dr Marianne Whelan.",
        "The results will feed into next spring’s stock assessment, and harvesters who fish capelin for roe in June fear a reduced quota or a closure.",
    ])

# ================================================================ NORDIC SEAFOOD REPORT (Bergen)
art("nsr-exports-sep", "Norwegian seafood exports reach NOK 15.8bn in September", "Nordic Seafood Report",
    "2026-10-05", ["Eirik Haugland"], "https://www.nordicseafoodreport.no/en/exports-september-2026", [
        "Norway exported seafood worth NOK 15.8 billion in September, an increase of 6 per cent on the same "
        "month last year, according to figures from the national seafood council.",
        "Salmon accounted for NOK 10.9 billion of the total, while exports of fresh cod fell 14 per cent in "
        "volume.",
        "Poland remained the largest market, followed by Denmark and the United States.",
        "“A weaker krone continues to flatter the value figures,” said council analyst Kari Myklebust.",
        "Exports of herring and mackerel together rose to NOK 1.2 billion as the pelagic season got under way.",
    ])

art("nsr-exports-oct", "Norwegian seafood exports reach NOK 17.1bn in October", "Nordic Seafood Report",
    "2026-11-04", ["Eirik Haugland"], "https://www.nordicseafoodreport.no/en/exports-october-2026", [
        "Norway exported seafood worth NOK 17.1 billion in October, an increase of 3 per cent on the same "
        "month last year, according to figures from the national seafood council.",
        "Salmon accounted for NOK 11.6 billion of the total, while exports of fresh cod fell 21 per cent in "
        "volume.",
        "Poland remained the largest market, followed by Denmark and France.",
        "“Lower salmon prices in the second half of the month held back growth,” said council analyst Kari "
        "Myklebust.",
        "Exports of herring and mackerel together rose to NOK 1.9 billion as the pelagic season reached its peak.",
    ])

art("nsr-trawlers", "Icelandic group buys two Faroese trawlers", "Nordic Seafood Report", "2026-10-20",
    ["Sigrún Jónsdóttir"], None, [
        "Reykjavík-based Hafbrún hf has agreed to buy two factory trawlers from a Faroese owner for a combined "
        "DKK 410 million, adding 9,000 tonnes of redfish and Greenland halibut quota to its books.",
        "The vessels, built in 2017 and 2019, will keep their Faroese crews for at least a year.",
        "Chief executive Þórhildur Magnúsdóttir said the deal would let the company keep its filleting plant in "
        "Grindavík busy through the winter.",
        "The deal still needs the approval of Iceland’s competition authority, which last year blocked a smaller purchase by a rival group in Vestmannaeyjar.",
    ])

art("nsr-tax", "Salmon farmers cut investment after resource rent ruling", "Nordic Seafood Report", "2026-10-27",
    ["Eirik Haugland", "Lene Aasheim"], None, [
        "Three of Norway’s largest salmon farmers have shelved NOK 2.3 billion of planned investment after a "
        "court upheld the way the resource rent tax is calculated.",
        "The appeal court in Bergen ruled that the tax office had been entitled to use a standard price for "
        "harvested fish rather than the companies’ actual sales prices.",
        "The companies said hatcheries in Nordland and Troms would be delayed by at least two years.",
        "The industry association said it would ask the Supreme Court to hear the case, while the finance ministry said the ruling confirmed that the tax was working as parliament intended.",
    ])

# ================================================================ MAINE HARBOR JOURNAL (Portland)
art("mhj-rope", "Lobstermen challenge new rope rules in federal court", "Maine Harbor Journal", "2026-10-14",
    ["Caleb Thornquist"], "https://www.maineharborjournal.com/2026/10/14/lobstermen-challenge-rope-rules", [
        "A group of Maine lobstermen has asked a federal judge to block new rules that would require weak links "
        "and seasonal closures to protect North Atlantic right whales.",
        "The rules, due to take effect in May, would close about 1,000 square miles of offshore water between "
        "February and April.",
        LOBSTER_Q,
        "Federal regulators say fewer than 370 right whales remain and entanglement is a leading cause of death.",
    ],
    edited={3: "Federal regulators say fewer than 370 right whales survive and that entanglement in fishing gear "
               "is a leading cause of death."})

art("mhj-bait", "Herring bait shortage pushes lobstermen toward pogies", "Maine Harbor Journal", "2026-10-28",
    ["Abby Merrill"], None, [
        "A sharp cut in the Atlantic herring quota has left bait dealers from Stonington to Kittery scrambling, "
        "and many lobstermen are switching to menhaden, known locally as pogies.",
        "Bait prices have reached $60 a bushel at some wharves, nearly double last fall’s level.",
        LOBSTER_Q,
        "Dealers expect the shortage to last until the spring herring run.",
    ])

# ================================================================ CORNISH QUAY (Newlyn)
art("cq-pilchards", "Newlyn market records best pilchard week since 2019", "Cornish Quay", "2026-10-12",
    ["Tamsin Hocking"], None, [
        "Ring-netters landed 640 tonnes of Cornish sardines at Newlyn last week, the best seven days for the "
        "fishery since the autumn of 2019.",
        "Prices held at about 95p a kilo despite the glut, as canneries in Portugal and Spain bought much of the "
        "catch.",
        "“The fish are big and they are close in, which means the small boats can have a share too,” said "
        "skipper Jago Penrose.",
        "The fleet of 14 ring-netters has held Marine Stewardship Council certification since 2010, and merchants said demand from British supermarkets had also grown this year.",
    ])

art("cq-bass", "Anglers and netters clash over Cornwall bass limits", "Cornish Quay", "2026-11-02",
    ["Tamsin Hocking"], None, [
        "Recreational anglers and commercial netters traded accusations at a packed meeting in Penzance over "
        "proposals to tighten the rules on catching sea bass.",
        "The regulator has suggested cutting the anglers’ bag limit to one fish a day and banning fixed nets "
        "within two miles of the shore for four months.",
        "Netsman Kevin Trewhella said the plan would end his business. Angling guide Lowenna Carne said the "
        "nets were “hoovering up spawning fish”.",
        "The regulator will publish a revised proposal in January after considering more than 1,400 written responses.",
    ])

# ================================================================ FISH TRADE GAZETTE (London)
art("ftg-haddock", "Supermarket drops Barents haddock after sourcing audit", "Fish Trade Gazette", "2026-10-23",
    ["Helen Ashworth"], None, [
        "Grocery chain Hartwell’s has removed Barents Sea haddock from its fresh fish counters after an audit "
        "could not trace part of its supply back to the vessels that caught it.",
        "The company said about 8 per cent of the fish bought through a Dutch trader in the summer had "
        "incomplete catch certificates.",
        "Haddock fillets from Iceland and the North Sea will replace the line in its 340 stores.",
        "The trader, which was not named, said it had supplied the correct paperwork and was “surprised and disappointed” by the decision. Hartwell’s said it would review the supplier’s status in the new year.",
    ])

# ================================================================ SOUTHLAND FISHING NEWS (New Zealand)
art("sfn-roughy", "Orange roughy catch limit trimmed on Chatham Rise", "Southland Fishing News", "2026-10-07",
    ["Aroha Tane"], None, [
        "The total allowable catch for orange roughy on the Chatham Rise will be cut by 12 per cent from 1 "
        "December, the Oceans and Fisheries Minister has announced.",
        "Deepwater companies had argued for no change, while environmental groups wanted the fishery closed.",
        "The minister said the cut was “a middle path that keeps the stock above its target level”.",
        "Orange roughy can live for more than 100 years and grows slowly, which scientists say makes deepwater stocks especially vulnerable to overfishing. The Chatham Rise fishery is worth about $40 million a year in exports.",
    ])

# ================================================================ GHANA COAST MIRROR (Tema)
art("gcm-premix", "Tema fish traders protest premix fuel shortage", "Ghana Coast Mirror", "2026-10-19",
    ["Abena Owusu"], None, [
        "Hundreds of fish traders and canoe owners marched through Tema on Monday to protest a shortage of "
        "premix fuel that has kept many canoes on the beach for three weeks.",
        "The subsidised outboard fuel is supposed to be sold through landing-beach committees, but traders said "
        "much of it was being diverted to the black market.",
        "“Our children cannot eat promises,” said fish processor Auntie Comfort Tetteh, who led the march.",
        "The Ministry of Fisheries and Aquaculture said a delivery of 1.8 million litres had been released from storage and would reach landing beaches in Greater Accra by the end of the week.",
    ])

# ================================================================ TRAWLERMAN'S LOG (blog, no date)
art("blog-swaps", "Why quota swaps are the fleet’s hidden lifeline", "The Trawlerman’s Log", None,
    ["Robbie Strachan"], None, [
        "Every December I get asked the same question in the pub: if we have so little quota, how do we keep "
        "fishing all year? The answer is swaps.",
        "Producer organisations trade species between them all year round. We give away some of our hake and get "
        "back saithe or megrim, and another group does the opposite.",
        "It is messy, it is not very transparent, and without it half the boats in Fraserburgh would be tied up "
        "by September.",
        "So next time someone tells you the quota system is simple, ask them how many tonnes of megrim their PO swapped last year. Nobody ever knows.",
    ])

# ================================================================ later additions
art("dct-minister", "Minister promises review of Killybegs quota share", "Donegal Coast Times", "2026-10-14",
    ["Siobhán Gallagher"], None, [
        "The Minister for the Marine has promised a review of how Ireland’s pelagic quota is divided between "
        "large and small boats, after a two-hour meeting with skippers in Killybegs on Tuesday.",
        TIEUP_BG2,
        "Skippers agreed to end their tie-up from midnight. “We have a commitment in writing, and we will hold "
        "him to it,” said Seán O’Donnell.",
    ])

art("cq-landings-sep", "Newlyn landings worth £3.1m in September", "Cornish Quay", "2026-10-06",
    ["Tamsin Hocking"], None, [
        "Fish and shellfish worth £3.1 million were landed at Newlyn in September, up 11 per cent on a year "
        "earlier, the harbour commissioners said.",
        "Sardines made up the largest share by weight, at 1,420 tonnes, while monkfish and hake brought in the "
        "most money.",
        "The number of vessels landing at the port rose to 164 from 151.",
        "Harbour master Keith Rowe said work to replace the ice plant on the north pier would be finished before the new year.",
    ])

art("cq-landings-oct", "Newlyn landings worth £2.7m in October", "Cornish Quay", "2026-11-03",
    ["Tamsin Hocking"], None, [
        "Fish and shellfish worth £2.7 million were landed at Newlyn in October, down 4 per cent on a year "
        "earlier, the harbour commissioners said.",
        "Sardines made up the largest share by weight, at 1,980 tonnes, while hake and crab brought in the "
        "most money.",
        "The number of vessels landing at the port fell to 139 from 147.",
        "Harbour master Keith Rowe said the ice plant on the north pier would be finished in December, a month later than planned.",
    ])

art("che-trawler", "Spanish trawler detained off Cork over undersized mesh", "Cork Harbour Echo", "2026-10-30",
    ["Fergal Hurley"], None, [
        "A Spanish-registered trawler was detained about 60 nautical miles south of Mizen Head on Wednesday after "
        "inspectors found nets with a mesh smaller than the legal minimum.",
        "The Naval Service escorted the vessel, the Nuevo Aurora, into Castletownbere, where the skipper is due "
        "to appear before a special sitting of the District Court.",
        "It is the fourth detention of a foreign vessel in Irish waters this year.",
        "The Sea-Fisheries Protection Authority said the nets had been seized as evidence. If convicted, the skipper faces a fine of up to €100,000 and the forfeiture of the catch and gear.",
    ])
