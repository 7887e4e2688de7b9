# -*- coding: utf-8 -*-
"""Canonical texts of the blind11 articles: ski resorts and mountain tourism in the Alps, the Pyrenees, the
Rockies, the Canadian Rockies, British Columbia, Hokkaido and New Zealand, October - November 2026.

Every story, person, organisation, figure and quote is invented (places are real).
Paragraphs use typographic quotes; renderers re-typeset them as their format would.
Fields: title, outlet (None = no outlet anywhere), date (ISO or None), authors (list), url (or None), paras.
Optional: edited {index: paragraph}, synd_title / synd_outlet / synd_credit / synd_url, extra_titles,
alt_authors, title_may_be_null.
"""
ART = {}


def art(aid, title, outlet, date, authors, url, paras, **kw):
    assert aid not in ART, aid
    ART[aid] = dict(title=title, outlet=outlet, date=date, authors=authors, url=url, paras=paras, **kw)


# ---------------------------------------------------------------- shared passages (hard negatives)
# background paragraph of both Alpine Courier stories by Lea Imboden
VALAIS_BG = ("Valais has lost about a third of its glacier volume since 2000, according to the cantonal glacier "
             "inventory, and the zero-degree line in autumn now sits on average 300 metres higher than it did in "
             "the 1980s.")
# the Rocky Mountain Ledger's paragraph that The Lift Line quotes in full
VAIL_Q = ("“We are not selling a ticket any more, we are selling a date,” said Rhett Calloway, chief commercial "
          "officer of Summit Range Resorts. “If you want a Saturday in February, you are competing with everyone "
          "else who wants that Saturday, and the price reflects that.”")
# background paragraph of both Hokkaido English Press stories
NISEKO_BG = ("Kutchan, the town that covers most of the Niseko resort area, has seen its foreign resident "
             "population triple since 2015, and the number of hotel beds in the Hirafu village has almost doubled "
             "in the same period.")
# closing paragraph of both Snowpack Notes posts (same blog template)
SN_CLOSE = ("As always, these notes are one forecaster’s reading of the snowpack and not an official bulletin. "
            "Check the regional avalanche forecast before you go, carry a transceiver, shovel and probe, and never "
            "travel alone.")

# ================================================================ ALPENWIRE (wire)
art("aw-verbier-lift", "Forty skiers lowered by rope after Verbier chairlift stalls",
    "Alpenwire", "2026-11-27", ["Noemi Keller"], None, [
        "VERBIER, Switzerland, Nov 27 (Alpenwire) - Rescue teams lowered 41 skiers on ropes from a stalled "
        "chairlift above Verbier on Friday after a drive fault stopped the lift for more than three hours in "
        "temperatures of minus 12 degrees.",
        "No one was injured, although two people were treated for mild hypothermia at the resort’s medical "
        "centre, the operator Remontées de Verbier SA said. The four-seat Chassoure lift had opened for the "
        "season only the previous weekend.",
        "“The gearbox sent a fault signal and the system did exactly what it is built to do, which is stop,” "
        "said operations director Sandrine Fellay. “What took time was the evacuation, because every chair "
        "has to be reached from below.”",
        "The cantonal lift inspectorate said it would examine the drive before the lift reopens.",
        "(This story has been corrected to show that 41 skiers, not 40, were lowered from the lift.)",
    ],
    synd_title="Skiers stranded for three hours in Verbier lift breakdown",
    synd_outlet="Geneva Evening Post",
    synd_credit="This report was first published by Alpenwire and is reproduced under licence.")

art("aw-pass-prices", "Austrian ski areas raise day-pass prices by up to 9 percent",
    "Alpenwire", "2026-11-20", ["Matthias Berger"], None, [
        "INNSBRUCK, Austria, Nov 20 (Alpenwire) - Austria’s largest ski areas will charge up to 9 percent "
        "more for a day pass this winter, an industry survey showed on Friday, with a peak-season ticket at "
        "several Tyrolean resorts now costing more than 80 euros.",
        "Operators blamed electricity for snowmaking and lift drives, which they said had risen by a quarter "
        "in two years, as well as wage settlements for seasonal staff.",
        "“Every metre of piste we make is now more expensive than the one before,” said Katharina Pfeifer of "
        "the Tyrol cable car association. “We have held prices as long as we could.”",
        "Consumer groups said families would be pushed towards smaller areas, where passes still cost about "
        "half as much.",
    ],
    synd_title="Winter sports get dearer: Tyrol passes top 80 euros",
    synd_outlet="Tyrol Times",
    synd_credit="This article was supplied by the Alpenwire news agency.")

art("aw-glacier-study", "Alpine glaciers lost 4 percent of their ice this year, monitors say",
    "Alpenwire", "2026-11-05", ["Chiara Santini"], None, [
        "ZURICH, Nov 5 (Alpenwire) - Glaciers across the Alps lost about 4 percent of their remaining ice "
        "volume in 2026, the third-largest annual loss on record, a consortium of monitoring networks said "
        "on Thursday.",
        "A dry winter followed by two long summer heatwaves left snow cover on many glaciers gone by early "
        "July, exposing bare ice to the sun for almost three months.",
        "“We measured melt at 3,500 metres that we used to see only at 2,500,” said glaciologist Reto "
        "Andermatt, who led the Swiss part of the survey. “Summer skiing on glaciers is, in most places, "
        "already a thing of the past.”",
        "The consortium said several smaller glaciers in the eastern Alps had stopped flowing and should now "
        "be considered dead ice.",
    ],
    synd_title="Melt season: the Alps lost one twenty-fifth of their glacier ice in 2026",
    synd_outlet="Dolomiti Herald",
    synd_credit="Source: Alpenwire.")

art("aw-heliski-ban", "Italian valley votes to ban heliskiing from next winter",
    "Alpenwire", "2026-11-26", ["Chiara Santini"], None, [
        "AOSTA, Italy, Nov 26 (Alpenwire) - Councillors in Valgrisenche voted on Thursday to ban helicopter "
        "drops for skiers in the valley from the 2027-28 season, the first municipality in the Aosta Valley "
        "to do so.",
        "Supporters of the ban said the flights disturbed ibex and chamois in winter, when the animals have "
        "the least energy to spare. Two mountain guide companies that sell heliskiing said they would appeal "
        "to the regional administrative court.",
        "“The mountain is not a car park for helicopters,” said mayor Renzo Vuillermoz. “People can still "
        "ski every one of these slopes. They will simply have to climb them.”",
        "About 600 heliskiing descents were flown in the valley last winter, according to the council.",
    ])

# ================================================================ ALPINE COURIER (Switzerland)
art("ac-glacier-closure", "Saas-Fee ends summer skiing on the Allalin glacier",
    "Alpine Courier", "2026-11-03", ["Lea Imboden"],
    "https://www.alpinecourier.ch/valais/saas-fee-ends-summer-skiing-allalin", [
        "Saas-Fee will not open its summer ski area on the Allalin glacier again, the resort’s lift company "
        "said on Tuesday, ending more than 50 years of July and August skiing high above the village.",
        "The company said the glacier surface had become too broken and too thin to prepare safe pistes, "
        "and that ski teams who trained there in summer had already moved to the southern hemisphere.",
        VALAIS_BG,
        "“We kept it going longer than the ice really allowed,” said lift company director Beat Zurbriggen. "
        "“Now we will put the money into hiking and the ice pavilion instead.”",
        "The two summer lifts on the glacier will be dismantled next year.",
    ])

art("ac-snowmaking-water", "Valais caps snowmaking water as reservoirs run low",
    "Alpine Courier", "2026-11-10", ["Lea Imboden"],
    "https://www.alpinecourier.ch/valais/snowmaking-water-cap-reservoirs", [
        "The canton of Valais will limit how much water ski resorts may draw for snowmaking until the end of "
        "December, after an autumn without rain left several mountain reservoirs at half their usual level.",
        "Under the order, resorts may take no more than 60 percent of the volume in their permits, and must "
        "give priority to drinking water for villages that share the same sources.",
        VALAIS_BG,
        "Resorts said the cap would delay the opening of some lower runs. “We can make snow on the main "
        "pistes, but the runs down to the village will have to wait for the sky,” said Nadine Kalbermatten "
        "of the Valais cable car association.",
    ])

art("ac-apres-ski-noise", "Zermatt orders après-ski bars to turn down the music at 7pm",
    "Alpine Courier", "2026-11-18", ["Yannick Perren"],
    "https://www.alpinecourier.ch/valais/zermatt-apres-ski-music-curfew", [
        "Zermatt’s municipal council has ordered bars at the bottom of the ski runs to lower amplified music "
        "to background level from 7pm this winter, after residents complained about noise late into the "
        "evening.",
        "The rule applies to eight bars along the lower pistes, which until now have been allowed to play "
        "loud music until 9pm. Bars that break it face fines of up to 5,000 francs.",
        "“Après-ski is part of Zermatt, but so are the people who live here,” said council member Ursula "
        "Julen. “We are asking for two hours, not for silence.”",
        "The bar owners’ association said the rule would cost jobs and that guests would move to private "
        "chalet parties, which are harder to control.",
    ],
    edited={2: "“Après-ski belongs to Zermatt, but so do the people who live here,” said council member Ursula "
               "Julen. “We are asking for two hours, not for silence.”"})

# ================================================================ ENGADIN TODAY (Switzerland, Joomla)
art("ep-staff-housing", "St. Moritz buys hotel to house seasonal workers",
    "Engadin Today", "2026-11-12", ["Gian Andri Caduff"],
    "https://www.engadintoday.ch/en/st-moritz-buys-hotel-seasonal-workers", [
        "The municipality of St. Moritz has bought the former Hotel Chesa Alva annex for 14 million francs "
        "and will turn it into 90 rooms for seasonal workers, the council announced on Wednesday.",
        "Hotels and lift companies in the Upper Engadine say they cannot fill hundreds of winter jobs "
        "because staff cannot find anywhere to live. Rents for a studio flat in the village have passed "
        "2,000 francs a month.",
        "“We have a housing problem that is also a tourism problem,” said municipal president Corina "
        "Testa. “If the cooks and the lift operators cannot live here, the guests will not come.”",
        "The first 40 rooms are due to open in December, with rents capped at 650 francs a month.",
    ])

art("ep-instructors", "Engadine ski schools short of 120 instructors",
    "Engadin Today", None, ["Sina Pedrun"], None, [
        "Ski schools in the Engadine are short of about 120 instructors for the Christmas weeks, the regional "
        "association of ski schools has warned, and some are turning away bookings for private lessons.",
        "The association said many young instructors from Germany and the Netherlands, who once made up a "
        "third of the winter staff, now take seasons in Austria, where accommodation is easier to find.",
        "“We could sell every hour twice over,” said association president Flurin Bezzola. “The demand is "
        "there. The people are not.”",
        "Schools are offering retired instructors short contracts for the holiday weeks and have asked the "
        "canton to speed up work permits for instructors from outside the EU.",
    ])

# ================================================================ TYROL TIMES (Austria)
art("tt-kitzbuehel", "Kitzbühel stockpiles snow for January’s World Cup races",
    "Tyrol Times", "2026-11-24", ["Florian Gruber"], None, [
        "Organisers of the Hahnenkamm races in Kitzbühel have started covering a 30,000 cubic metre pile of "
        "snow with sawdust and fleece, so that the downhill course can be built in January whatever the "
        "weather does.",
        "The snow was made last March and kept through the summer in a shaded hollow near the finish area. "
        "About 20 percent of it melted, less than organisers had feared.",
        "“We do not want to be the race that is cancelled for lack of snow,” said race director Herbert "
        "Wallner. “With this pile we can guarantee the Streif even in a green winter.”",
        "Environmental groups said the storage was a sensible use of snow that had already been made.",
    ])

art("tt-no-snow", "Resorts brace for a winter without natural snow",
    "Tyrol Times", "2026-11-06", ["Magdalena Hofer"], None, [
        "Ski areas below 1,500 metres in Tyrol are preparing to open this winter on artificial snow alone, "
        "after forecasters said a mild December was more likely than not.",
        "The provincial weather service gives a 65 percent chance of above-average temperatures for the "
        "month, which would make it the fifth warm December in a row.",
        "“Our snowmakers start the moment it drops below minus three, day or night,” said Josef Schwaiger, "
        "who runs the lifts in Kirchberg. “We do not wait for the forecast any more.”",
        "Tourism offices are promoting winter hiking, toboggan runs and spa weeks for guests who arrive to "
        "find green meadows below the pistes.",
    ])

art("tt-ischgl-gondola", "Ischgl opens ten-seat gondola to Idalp",
    "Tyrol Times", "2026-11-25", ["Florian Gruber"], None, [
        "A new ten-seat gondola from Ischgl to the Idalp plateau opens on Thursday, replacing two older "
        "lifts and cutting the ride from the village to the ski area to seven minutes.",
        "The lift can carry 3,600 people an hour, a third more than the two lifts it replaces, and its "
        "cabins have heated seats and space for two wheelchairs.",
        "“The morning queue at the valley station was the first thing guests complained about,” said "
        "Idalp lift company director Martin Zangerl. “This winter it should be gone.”",
        "The project cost 48 million euros and was built over two summers. The old valley station will become a "
        "ski depot where guests can leave their equipment overnight.",
    ])

# ================================================================ PYRENEES POST (Andorra / France)
art("pp-no-snow", "Resorts brace for a winter without natural snow",
    "Pyrenees Post", "2026-11-24", ["Laure Cazenave"],
    "https://www.pyreneespost.com/news/resorts-brace-winter-without-natural-snow", [
        "Ski stations on both sides of the Pyrenees have delayed their opening dates by up to two weeks "
        "after the driest November since records began in Andorra.",
        "Andorra’s largest ski area said it would open only 40 kilometres of its slopes on "
        "5 December, all of them on machine-made snow, and smaller French stations have not set a date at "
        "all.",
        "“The cold has arrived, the water has not,” said Jordi Casals, director of the Andorran ski "
        "association. “You cannot make snow from dry air.”",
        "Hotels in Pas de la Casa reported a wave of cancellations for the first two weekends of December.",
    ])

art("pp-font-romeu", "Small Pyrenean station will not reopen, owners confirm",
    "Pyrenees Post", "2026-11-11", ["Laure Cazenave"],
    "https://www.pyreneespost.com/news/small-pyrenean-station-will-not-reopen", [
        "The family-owned ski station of Puigmal 2900 above the Cerdagne will not reopen this winter or any "
        "other, its owners confirmed on Wednesday, after four seasons in which it opened for fewer than 30 "
        "days.",
        "The station’s three drag lifts and small cafe will be offered to the commune of Err, which plans to "
        "turn the site into a starting point for snowshoe and hiking trails.",
        "“My grandfather built the first lift with his own hands,” said co-owner Marthe Sabatier. “It is "
        "hard to say it, but the snow does not come down to us any more.”",
        "The closure leaves 22 seasonal workers without jobs.",
    ])

# ================================================================ DOLOMITI HERALD (Italy)
art("dh-fassa", "Val di Fassa cable car to run on solar power",
    "Dolomiti Herald", "2026-11-17", ["Giulia Rossi"],
    None, [
        "The cable car from Campitello to the Col Rodella will run on electricity from its own solar panels "
        "for most of the year, after the lift company covered the roofs of both stations with 2,800 square "
        "metres of panels.",
        "The panels are expected to produce about 560,000 kilowatt hours a year, enough for the lift’s needs "
        "from March to November and about half of its winter consumption.",
        "“Mountain people have always known where the sun is,” said lift company president Elisa Dellantonio. "
        "“We just put the panels there.”",
        "Three other lifts in the valley are planning similar installations, and the province has offered to pay a "
        "fifth of the cost of panels on lift stations above 2,000 metres.",
    ])

# ================================================================ ROCKY MOUNTAIN LEDGER (Colorado)
art("rml-dynamic-pricing", "Colorado ski passes go fully dynamic as walk-up tickets top $300",
    "Rocky Mountain Ledger", "2026-11-16", ["Kayla Morgan", "Derek Shaw", "Lupe Ortiz"],
    "https://www.rmledger.com/business/colorado-ski-dynamic-pricing-300", [
        "The walk-up price of a one-day lift ticket at three of Colorado’s largest ski areas will exceed "
        "$300 on peak days this winter, as the companies that own them move every ticket to prices that "
        "change by the day.",
        "Summit Range Resorts, which owns the three areas, said skiers who buy seven days ahead will still "
        "pay about half the window price, and that season passes are not affected.",
        VAIL_Q,
        "Consumer advocates said the system punished families who could not plan trips weeks in advance, and "
        "several county commissioners asked the company to set aside cheaper tickets for local residents.",
    ])

art("rml-i70-tolls", "I-70 mountain corridor to test weekend ski tolls",
    "Rocky Mountain Ledger", "2026-11-23", ["Derek Shaw"],
    "https://www.rmledger.com/news/i70-weekend-ski-tolls", [
        "The Colorado Department of Transportation will test a weekend toll on the westbound lanes of "
        "Interstate 70 between Idaho Springs and the Eisenhower Tunnel from January, in an effort to spread "
        "ski traffic across the day.",
        "Drivers who pass the toll point between 6am and 9am on Saturdays and Sundays will pay $12, while "
        "the road will remain free at other hours. Buses and vans with seven or more people will not be "
        "charged.",
        "“Everyone leaves Denver at the same time and everyone sits in the same queue,” said transportation "
        "planner Gloria Vasquez. “We are trying to move some of those cars to 10 o’clock.”",
        "The trial will run for two winters before the state decides whether to keep it.",
        "Correction: An earlier version of this story said the toll would apply in both directions. It "
        "applies to westbound lanes only.",
    ])

art("rml-rescue-fees", "County weighs charging rescued backcountry skiers",
    "Rocky Mountain Ledger", "2026-11-30", ["Lupe Ortiz"],
    "https://www.rmledger.com/news/county-rescue-fees-backcountry", [
        "Summit County commissioners will consider a proposal to bill backcountry skiers for part of the "
        "cost of their rescue if they ignored avalanche warnings or closures, a break with Colorado’s "
        "tradition of free search and rescue.",
        "The volunteer rescue team carried out 74 missions last winter, nearly twice as many as five years "
        "ago, and most involved skiers who had left a resort boundary.",
        "“Our volunteers will always come,” said rescue group president Marcus Dahl. “But they are giving up "
        "their nights and weekends for people who chose to ignore a sign.”",
        "Rescue groups elsewhere in the state warned that fees could make people wait too long before "
        "calling for help.",
    ])

# ================================================================ SKI BUSINESS REPORT (trade)
art("sbr-survey", "Lift ticket revenue up, skier visits flat, operators’ survey finds",
    "Ski Business Report", "2026-11-02", ["Howard Kline"], None, [
        "North American ski areas took in 6 percent more from lift tickets and passes last season than the "
        "year before, even though the number of skier visits was almost unchanged, according to the annual "
        "operators’ survey.",
        "The survey, answered by 212 ski areas, found that the average revenue per visit rose to $118, "
        "driven by higher day-ticket prices and a shift of pass holders to more expensive products.",
        "“The industry is making more money from the same people,” said survey author Denise Prowse. “That "
        "works until the same people get older.”",
        "Smaller areas reported a rise in first-time visitors, which the survey linked to beginner packages.",
    ])

art("sbr-energy", "Snowmaking now a third of energy bills at mid-size areas",
    "Ski Business Report", "2026-11-09", ["Howard Kline"], None, [
        "Snowmaking accounted for about a third of the electricity bill at mid-size ski areas last winter, "
        "up from a fifth a decade ago, a study by an engineering firm for the trade association found.",
        "The study found that areas which had replaced older snow guns with automated fan guns cut energy "
        "use per cubic metre of snow by up to 40 percent, but that most areas still run a mix of both.",
        "“The cheapest snow is the snow you make in the two coldest nights of November,” said engineer Paul "
        "Ferreira, who wrote the study. “Timing is now worth more than equipment.”",
        "The association plans to offer members a shared weather and power-price dashboard.",
    ])

# ================================================================ HOKKAIDO ENGLISH PRESS (Japan)
art("hep-lodging-tax", "Niseko town to double lodging tax for peak season",
    "Hokkaido English Press", "2026-11-19", ["Aiko Tanaka", "Ben Crowther"],
    "https://www.hokkaidoenglishpress.jp/news/niseko-lodging-tax-double", [
        "Kutchan will double its lodging tax for stays between late December and February, charging guests "
        "up to 4,000 yen per person per night at the most expensive hotels from next winter.",
        "The town said the extra money would pay for snow clearing, a new bus loop and more staff at the "
        "local clinic, which treats hundreds of injured skiers each month in the peak season.",
        NISEKO_BG,
        "“The visitors come for the snow, and the snow has to be moved by someone,” said mayor Hiroshi "
        "Sugawara. “It is fair that the cost is shared.”",
    ])

art("hep-land-prices", "Hirafu land prices rise for ninth straight year",
    "Hokkaido English Press", "2026-11-04", ["Ben Crowther"],
    None, [
        "Commercial land in the Hirafu ski village rose in value by 11 percent over the past year, the ninth "
        "annual increase in a row, according to a survey by the prefectural government.",
        "Hirafu again recorded the highest rate of increase of any commercial district in Hokkaido, ahead "
        "of central Sapporo.",
        NISEKO_BG,
        "Local businesses said rising prices made it hard for Japanese-owned shops and restaurants to stay. "
        "“The bakery where I bought bread as a child is now a ski rental shop,” said resident Emi Nakagawa.",
        "Developers said demand from overseas buyers showed no sign of slowing.",
    ])

# ================================================================ SOUTHERN ALPS HERALD (New Zealand)
art("sah-mt-hutt", "Mt Hutt posts record season despite a late start",
    "Southern Alps Herald", "2026-11-05", ["Tama Rewiri"],
    "https://www.southernalpsherald.co.nz/canterbury/mt-hutt-record-season", [
        "Mt Hutt had its busiest season on record this year despite opening three weeks late, its operator "
        "said on Thursday, with more than 280,000 skier days by the time the lifts closed in October.",
        "A run of heavy snowfalls in July and August and a strong school holiday period made up for the late "
        "start, and the field stayed open 12 days longer than planned.",
        "“We went from worrying whether we would open at all to turning cars away from the access road,” "
        "said ski area manager Hannah Guthrie.",
        "The operator said it would spend $6 million over the summer on a new snowmaking pond.",
    ])

art("sah-cardrona-water", "Cardrona’s snowmaking plan draws objections from farmers",
    "Southern Alps Herald", "2026-10-28", ["Tama Rewiri"],
    None, [
        "A plan to take more water from the Cardrona River for snowmaking at the Cardrona ski field has drawn "
        "43 objections, most of them from farmers who irrigate from the same river.",
        "The ski field wants to double its permitted take in June and July, when river flows are low but "
        "farmers use little water, and store it in a new reservoir below the base building.",
        "“Winter water is not spare water,” said farmer Jock McAlister. “It is what keeps the river alive "
        "until the spring melt.”",
        "The regional council will hold a hearing in February. The ski field says it will accept a condition that "
        "stops the take whenever the river falls below a minimum flow.",
    ])

# ================================================================ BOW VALLEY SENTINEL (Alberta)
art("bvs-lake-louise-shuttle", "Lake Louise ski shuttle to run from Calgary every morning",
    "Bow Valley Sentinel", "2026-11-18", ["Tessa Whitford"],
    "https://www.bowvalleysentinel.ca/news/lake-louise-ski-shuttle-calgary", [
        "A daily ski shuttle from Calgary to Lake Louise will run every morning from December 12, in a "
        "pilot funded by the province and Parks Canada to cut traffic and parking pressure in Banff National "
        "Park.",
        "Buses will leave downtown Calgary at 6:30am and return at 5pm, with a fare of $25 each way. Riders "
        "who show a shuttle ticket will get $20 off a lift ticket.",
        "“The parking lots were full by 9am on most Saturdays last winter,” said Parks Canada visitor "
        "manager Ruth Okafor. “We would rather move skiers by the busload than by the car.”",
        "The pilot will run until the end of March.",
    ])

art("bvs-sunshine", "Sunshine Village expansion plan goes to public comment",
    "Bow Valley Sentinel", "2026-11-26", ["Tessa Whitford"],
    None, [
        "Parks Canada has opened a 60-day public comment period on Sunshine Village’s plan to add two lifts "
        "and 120 hectares of terrain on the slopes of Goat’s Eye Mountain.",
        "The resort says the expansion would spread skiers over more terrain without raising its overall "
        "capacity, which is capped by its site guidelines.",
        "Conservation groups said the area is used by grizzly bears in spring and autumn, and that any new "
        "lifts would bring summer visitors as well.",
        "“We will read every comment, and the plan can still change,” said Parks Canada planner Daniel "
        "Whitehorse. A decision is not expected before the autumn of 2027, and any construction would need a "
        "separate environmental assessment.",
    ])

# ================================================================ SEA TO SKY WEEKLY (BC, Wix)
art("stsw-worker-bus", "Squamish workers get their own bus to Whistler",
    "Sea to Sky Weekly", "2026-11-09", ["Carly Dunn"],
    "https://www.seatoskyweekly.com/post/squamish-workers-bus-whistler", [
        "Resort workers who live in Squamish will have a dedicated early bus to Whistler this winter, after "
        "the two municipalities and the largest employers agreed to share the cost of four extra runs a day.",
        "The buses will leave Squamish at 5:15am and 6:15am and return in the evening, timed around lift and "
        "restaurant shifts. Employers will pay for monthly passes for their staff.",
        "“Half my kitchen lives in Squamish because that is where they can afford to live,” said chef "
        "Morgan Lacroix. “For them, the first bus used to be too late.”",
        "The service is funded for one season.",
    ])

# ================================================================ THE LIFT LINE (Substack) and SNOWPACK NOTES (blog)
art("ll-toll-road", "The chairlift is the new toll road",
    "The Lift Line", "2026-11-22", ["Maren Holt"],
    "https://theliftline.substack.com/p/the-chairlift-is-the-new-toll-road", [
        "A week ago the Rocky Mountain Ledger ran a story that should have made more noise than it did. The "
        "walk-up price of a Saturday ticket at three big Colorado resorts will pass $300 this winter. This "
        "was the paragraph that stuck with me:",
        VAIL_Q,
        "A date, not a ticket. That is the language of airlines and toll roads, and it tells you who the "
        "product is for. The skier who can book in September gets the mountain at half price. The family "
        "that waits for snow pays double.",
        "I do not think the resorts are villains. Lifts, snowmaking and staff cost more every year. But we "
        "should stop pretending that skiing is a sport anyone can drive up and try.",
    ])

art("sn-early-season", "Early-season snowpack: thin, weak and waiting",
    "Snowpack Notes", "2026-11-14", ["Ivo Brandl"],
    "https://snowpacknotes.net/2026/11/14/early-season-snowpack-thin-weak-waiting/", [
        "The first real snow of the season fell on north-facing slopes above 2,200 metres last weekend, and "
        "what it landed on worries me more than the snow itself.",
        "Three weeks of clear, cold nights in October turned the old snow on shady slopes into loose, "
        "sugary crystals. When the next storm loads that layer, it is likely to fail.",
        "In practical terms: be very careful on steep north-facing terrain above treeline once the next "
        "storm arrives. South-facing slopes, where the old snow melted away, are a safer bet for now.",
        SN_CLOSE,
    ])

art("sn-weak-layer", "Update: the November weak layer is reacting",
    "Snowpack Notes", "2026-11-21", ["Ivo Brandl"],
    "https://snowpacknotes.net/2026/11/21/update-november-weak-layer-reacting/", [
        "The storm I wrote about last week arrived on Wednesday with 50 centimetres of new snow and strong "
        "westerly winds, and the weak layer underneath is now doing what I feared.",
        "Two skier-triggered slides were reported on Thursday on steep north-east slopes at about 2,400 "
        "metres, both running on the faceted October snow. Nobody was caught.",
        "In practical terms: stay off steep shady slopes above treeline until this layer has had time to "
        "heal, which may take weeks, not days. Stick to lower-angle terrain.",
        SN_CLOSE,
    ])

# ================================================================ CHAMONIX (title only in the e-mail subject)
art("cham-parking", "Chamonix to charge for all resort car parks from December",
    "Chamonix Valley Echo", "2026-11-24", [], None, [
        "Every public car park at the foot of Chamonix’s ski lifts will charge drivers from 15 December, the "
        "commune said on Monday, including the lots at Les Houches and Argentière that have always been "
        "free.",
        "A day’s parking will cost 12 euros. Drivers who show a valid bus or train ticket for the same day "
        "will be refunded, and residents of the valley will get a free permit.",
        "“We want the car to become the second choice, not the first,” said deputy mayor Hélène Ravanel. "
        "“The buses are free and the train is almost free. The car parks were the last thing that was free "
        "too.”",
        "Shop owners in Argentière said the charges would drive day visitors to Swiss resorts.",
    ],
    title_may_be_null=True)
