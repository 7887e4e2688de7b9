# -*- coding: utf-8 -*-
"""Canonical texts of the blind6 articles: regional rail, bus and ferry transport in Ireland,
Australia, Canada and India, 22 April - 3 May 2025.

Every story, person, organisation, operator, figure and quote is invented (places are real).
Paragraphs use typographic quotes; each renderer re-typesets them as its format would.
Fields: title, outlet, date (ISO or None), authors (list), url (or None), paras (list).
"""
ART = {}


def art(aid, title, outlet, date, authors, url, paras, **kw):
    assert aid not in ART, aid
    ART[aid] = dict(title=title, outlet=outlet, date=date, authors=authors, url=url, paras=paras, **kw)


# ---------------------------------------------------------------- shared passages (hard negatives)
# ministerial statement quoted by an announcement and by its follow-up (Goldfields Gazette)
WHITBY_Q = ("“Regional Victorians deserve a train that turns up when they need it, not one they have to plan "
            "their day around,” Transport Minister Claire Whitby said in a statement. “These extra services are "
            "the first step toward a train every 20 minutes to Bendigo.”")
# union statement quoted by the live blog and by the next day's story (Brisbane Morning Wire)
GARLAND_Q = ("“Our members did not take this decision lightly. We will be back at the table the moment QRegional "
             "Rail puts a fair roster on it.”")
# background paragraph shared by two Deccan Courier stories
PNQ_BG = ("The 235-km double line, first approved in 2020, is designed for trains running at up to 200 km/h and "
          "would cut the journey between the two cities to under two hours, from about five by road. It is being "
          "built by the Sahyadri Rail Development Corporation (SRDC), a joint venture of the state government and "
          "the Railway Ministry.")
# service-alert template (Munster Echo)
ALERT_BIKES = ("Bicycles cannot be carried on replacement buses. Passengers with reduced mobility are asked to "
               "contact the assisted travel team at least 24 hours in advance on {phone}.")
# weekly ridership template (Abbotsford Weekly Record)
RIDE_NOTE = "Figures are compiled from farebox and automatic passenger counter data and may be revised."

# ================================================================ IRELAND
art("wcn-athenry-doubling", "Galway–Athenry double-tracking gets planning green light",
    "Western Corridor News", "2025-04-24", ["Siobhán Kearney"],
    "https://westerncorridornews.ie/2025/04/24/galway-athenry-double-tracking-planning/", [
        "The Planning Appeals Commission has approved plans to lay a second track on the 13-kilometre line between "
        "Galway Ceannt and Athenry, clearing the way for trains every 20 minutes at peak times by 2028.",
        "Irish Regional Rail, which applied for permission in 2023, said construction would begin early next year "
        "and take about 30 months. The project is costed at €212 million, most of it from the National "
        "Development Plan.",
        "The approval includes a new station at Oranmore East and a footbridge at Garraun, but the commission "
        "refused permission for a proposed car park of 400 spaces, saying it would encourage people to drive to "
        "the station from towns that have their own bus links.",
        "“This is the single biggest change to commuting in Galway since the line reopened,” said Irish Regional "
        "Rail’s western projects manager, Donal Fahy. “For the first time, a train will be a real alternative to "
        "the N6 at rush hour.”",
        "Residents of Frenchfort, where 14 homes back onto the line, had objected over noise during construction. "
        "The commission attached a condition limiting night works to 40 nights a year.",
        "Galway City Council said it would now finalise plans for a park-and-ride site at Parkmore to feed the "
        "new services.",
    ])

art("wcn-sligo-bus", "Sligo town bus network to add two routes from June",
    "Western Corridor News", "2025-04-28", ["Ciarán Moloney"],
    "https://westerncorridornews.ie/2025/04/28/sligo-town-bus-two-new-routes/", [
        "Sligo’s town bus network will grow from three routes to five on June 9, with new services to Strandhill "
        "and to the North West Institute campus at Ballinode.",
        "The Transport Commission of Ireland said the two routes would run every 30 minutes from 7am to 8pm on "
        "weekdays and hourly on Saturdays. Fares will be capped at €1.30 for adults and 65 cent for students.",
        "Route S4 to Strandhill will serve the airport road and Ransboro, which have had no bus since a private "
        "operator withdrew in 2019.",
        "“We counted nearly 900 people a day driving between Strandhill and the town who told us they would try "
        "a bus,” said the commission’s network planner, Gráinne Tully.",
        "Four new low-floor hybrid buses have been ordered for the routes. Until they arrive, two older diesel "
        "vehicles will be hired from a Donegal operator.",
    ], edited={2: "Route S4 to Strandhill will serve the airport road and Ransboro, which have been without a bus "
                  "since a private operator pulled out in 2019."})

art("me-limerick-alert-sat", "Service alert: Limerick–Ennis trains replaced by buses on Saturday",
    "Munster Echo", "2025-04-25", [],
    "https://www.munsterecho.ie/news/service-alert-limerick-ennis-trains-replaced-buses-saturday", [
        "Trains will not run between Limerick Colbert and Ennis on Saturday, 26 April, because of track renewal "
        "work at Sixmilebridge, Irish Regional Rail has said.",
        "Replacement buses will leave from the bus park beside Limerick Colbert station and will stop at "
        "Sixmilebridge and Ennis. Journey times will be up to 25 minutes longer than by train.",
        ALERT_BIKES.format(phone="061 555 0148"),
        "Normal services are expected to resume with the first train on Sunday morning. Tickets already bought "
        "for the affected trains will be accepted on the buses.",
    ])

art("me-cork-alert-sun", "Service alert: Cork–Mallow trains replaced by buses on Sunday",
    "Munster Echo", "2025-05-01", [], None, [
        "Trains will not run between Cork Kent and Mallow on Sunday, 4 May, because of bridge inspection work at "
        "Rathpeacon, Irish Regional Rail has said.",
        "Replacement buses will leave from the bus stop on Lower Glanmire Road outside Cork Kent station and will "
        "stop at Blarney and Mallow. Journey times will be up to 35 minutes longer than by train.",
        "Through services between Cork and Dublin will start and terminate at Mallow for the day.",
        ALERT_BIKES.format(phone="021 555 0163"),
        "Normal services are expected to resume with the first train on Monday morning. Tickets already bought "
        "for the affected trains will be accepted on the buses.",
    ])

art("lt-cork-commuter", "Midleton trains to run every 10 minutes under Cork commuter plan",
    "The Leeside Times", "2025-04-23", ["Declan Fitzgerald", "Orla Nagle"], None, [
        "Trains between Cork Kent and Midleton will run every 10 minutes at peak times from the end of 2026, "
        "double the current frequency, under the latest phase of the Cork area commuter rail programme.",
        "The upgrade depends on a new signalling system between Kent and Glounthaune, which Irish Regional Rail "
        "expects to commission in September next year, and on six new battery-electric trains due from a "
        "manufacturer in Spain.",
        "Passenger numbers on the Midleton line have climbed to about 7,400 a day, 31 per cent above their level "
        "before the pandemic, with the busiest trains now leaving people on the platform at Little Island.",
        "“Standing room only is a good problem to have, but it is still a problem,” said Cork Chamber’s transport "
        "spokeswoman, Helen Daly. “People will not give up the car for a train they cannot get on.”",
        "A new station at Tivoli, which would serve the docklands development, is still at design stage. Its "
        "planning application is expected in the autumn.",
        "Irish Regional Rail said a public information event would be held at Midleton library on May 8.",
    ])

art("dt-waterford-airport-bus", "Waterford airport bus link pilot scrapped after six months",
    "Déise Today", "2025-05-01", ["Aoife Power"], None, [
        "A pilot bus service linking Waterford city centre with the airport at Killowen will end on May 31 after "
        "carrying an average of 23 passengers a day, well short of the 150 its backers had hoped for.",
        "The hourly service, run by a local coach company with funding from the council and the airport, cost "
        "about €410,000 over its first six months.",
        "Airport chief executive Brendan Keogh said the figures reflected the lack of scheduled flights rather "
        "than the bus itself. “You cannot run a bus to an airport with two departures a day and expect it to be "
        "full,” he said.",
        "Councillor Mary Walsh-Hayes said the money would be better spent on the city’s own routes, two of which "
        "run only every 40 minutes.",
        "The council said it would revisit the idea if a new airline route announced for the summer of 2026 goes "
        "ahead.",
    ])

art("mo-fare-cap", "€2 regional fare cap to be extended to Athlone–Westport line",
    "Midlands Observer", "2025-04-30", ["Eimear Brophy"],
    "https://www.midlandsobserver.ie/news/fare-cap-athlone-westport-line", [
        "The €2 cap on single fares for journeys within the midlands will be extended to trains between Athlone "
        "and Westport from June 2, the Transport Commission of Ireland has confirmed.",
        "Until now, the cap has applied only to buses and to rail journeys on the Dublin–Athlone corridor. A "
        "single from Athlone to Castlebar currently costs €16.40 at the station.",
        "The commission said the cap would apply to journeys of up to 50 kilometres, which means a trip from "
        "Athlone to Roscommon or from Claremorris to Westport would cost €2, while longer trips will be charged at "
        "a reduced distance rate.",
        "“For a student in Ballyhaunis going to college in Castlebar, this takes the weekly cost from about €60 "
        "to €20,” said the commission’s chief executive, Oisín Madden.",
        "The extension is expected to cost €3.2 million a year, which the commission said would be covered by "
        "the Department of Transport’s rural mobility fund.",
    ])

art("ycp-sligo-rail-study", "Study backs reopening Sligo–Collooney line for commuter trains",
    "Yeats Country Post", "2025-04-22", ["Fergal Hennessy"], None, [
        "A feasibility study published by the Transport Commission of Ireland has found that commuter trains "
        "between Sligo and Collooney could attract about 1,800 passengers a day if the disused southern section "
        "of the line were reopened.",
        "The study estimates the cost of restoring the 11-kilometre stretch, including two new stations at "
        "Carraroe and Ballysadare, at between €140 million and €175 million.",
        "It warns that the benefits depend on housing planned for Carraroe actually being built, and that "
        "without it the line would carry fewer than 700 people a day.",
        "Local TD Pádraig Conlon said the report was “the most positive document this region has seen on rail in "
        "30 years” and called on the minister to fund a detailed design in next year’s budget.",
        "The commission said a public consultation on the study would run until June 20.",
    ])

art("bcc-ennis-bus-station", "Ennis bus station to be rebuilt with covered waiting hall",
    "Banner County Chronicle", "2025-04-26", ["Róisín McMahon"], None, [
        "Ennis bus station is to be demolished and rebuilt with a covered waiting hall, six sheltered bays and a "
        "taxi rank, under plans lodged with Clare County Council this week.",
        "The €9 million project, funded by the Transport Commission of Ireland, will also move the coach "
        "set-down area off Station Road, where buses now queue on the footpath at busy times.",
        "About 2,300 passengers use the station on a typical weekday, a figure expected to rise when hourly "
        "services to Shannon Airport begin in the autumn.",
        "“The current building was designed for a handful of buses a day,” said the commission’s regional "
        "manager, Keith Lynch. “It now handles more than 140 departures.”",
        "If permission is granted, work would start in early 2026 and take about 14 months. A temporary station "
        "would operate from the railway car park.",
    ], synd_title="New €9m bus hub planned for Ennis", synd_outlet="Shannon Region Weekly",
    synd_credit="This article first appeared in the Banner County Chronicle and is republished with permission.")

art("ttt-limerick-304", "Limerick’s 304 bus to run every 10 minutes as network redesign advances",
    "Treaty City Times", "2025-05-01", ["Shane Hartigan"],
    "https://www.treatycitytimes.ie/transport/limerick-304-every-10-minutes", [
        "The 304 bus between Raheen and the University of Limerick will run every 10 minutes from September, "
        "making it the first route in the city with a frequency that passengers will not need a timetable for.",
        "The change is the first step of the Limerick bus network redesign, which the Transport Commission of "
        "Ireland approved last week after two rounds of public consultation.",
        "New bus lanes on the Dock Road and O’Connell Avenue, due to be finished in August, are expected to cut "
        "journey times on the route by about six minutes.",
        "“The 304 carries more people than any other route outside Dublin, Cork and Galway,” said the council’s "
        "director of transport, Ann Moriarty. “It should have a service to match.”",
    ])

art("mo-athlone-station", "Athlone station accessibility works to start in September",
    "Midlands Observer", "2025-04-25", ["Eimear Brophy"], None, [
        "Work to install lifts and a new footbridge at Athlone railway station will start in September, ending a "
        "decade of complaints from passengers who cannot manage the station’s steep stairs.",
        "The €6.8 million project will also raise part of platform 2 so that wheelchair users can board trains "
        "without a ramp.",
        "Athlone is the busiest station between Dublin and Galway that still has no step-free route between its "
        "platforms. Passengers who need one are currently driven around by taxi at the rail operator’s expense.",
        "“My mother has not taken the train from Athlone since 2019 because she cannot face the bridge,” said "
        "local disability advocate Conor Dolan. “This should have been done years ago.”",
        "The station will remain open throughout the works, which are due to be completed by the end of 2026.",
    ])

# ================================================================ AUSTRALIA
art("gg-bendigo-timetable", "Bendigo line to get 40 extra weekly services from June",
    "Goldfields Gazette", "2025-04-22", ["Tom Castellano"],
    "https://www.goldfieldsgazette.com.au/news/bendigo-line-40-extra-services-june", [
        "Passengers on the Bendigo line will get 40 extra services a week from June 15, including the first "
        "trains every 20 minutes in the morning peak between Bendigo and Southern Cross.",
        "The new timetable adds seven weekday return services and extends half-hourly weekend trains to "
        "Eaglehawk, the state’s regional rail operator, VicRegional Rail, said on Tuesday.",
        WHITBY_Q,
        "The changes are possible because of the passing loop completed at Kyneton last year, which removed a "
        "single-track section that used to hold up trains in both directions.",
        "Commuter group Bendigo Rail Users welcomed the extra trains but said the line still needed more "
        "carriages. “Adding trains is great, but the 7.02am is already standing room from Castlemaine,” "
        "spokeswoman Leanne Hobbs said.",
        "The full timetable will be published on May 20.",
    ])

art("gg-bendigo-union", "Drivers’ union says Bendigo timetable boost needs 30 more crew",
    "Goldfields Gazette", "2025-04-23", ["Hayley Brennan"],
    "https://www.goldfieldsgazette.com.au/news/drivers-union-bendigo-timetable-crew", [
        "The union representing regional train drivers says VicRegional Rail will need at least 30 more drivers "
        "and conductors to run the extra Bendigo line services promised for June, and that it has not yet begun "
        "hiring them.",
        "The state government announced on Tuesday that 40 services a week would be added to the Bendigo "
        "timetable from June 15.",
        WHITBY_Q,
        "Regional Rail Workers Association secretary Dean Polites said drivers were already working overtime to "
        "cover vacancies. “The minister’s statement talks about trains turning up. Somebody has to drive them,” "
        "he said.",
        "VicRegional Rail said 22 trainee drivers would qualify by the end of May and that it was confident of "
        "staffing the new timetable.",
    ])

art("bmw-live-strike", "Queensland regional rail strike: Tilt Train and Westlander services cancelled — live updates",
    "Brisbane Morning Wire", "2025-05-01", ["Sam Nguyen", "Aisha Patel"],
    "https://www.brisbanemorningwire.com.au/news/live/queensland-regional-rail-strike-live-updates", [
        "That’s where we will leave our live coverage for today. Talks between the union and QRegional Rail are "
        "set to continue into the evening at the Industrial Relations Commission. Thanks for following along.",
        "The Queensland Rail Crews Union has just released a statement. Secretary Mick Garland says:",
        GARLAND_Q,
        "Commuters at Rockhampton station say they found out about the cancellations only when they arrived. "
        "Retiree Pam Sutherland, who was booked on the Tilt Train to Brisbane for a medical appointment, says she "
        "will now have to take a coach that takes three hours longer.",
        "QRegional Rail has confirmed that all Tilt Train services between Brisbane and Rockhampton and the "
        "Westlander to Charleville are cancelled today. Coaches are being arranged for passengers who have "
        "already bought tickets, but the operator says it cannot guarantee seats for everyone.",
        "Good morning and welcome to our live coverage of the 24-hour strike by regional train crews across "
        "Queensland. The strike began at midnight and is the first on the regional network since 2016.",
    ], og_title="LIVE: Queensland regional rail strike — Tilt Train, Westlander cancelled")

art("bmw-strike-deal", "Regional rail strike called off after overnight deal",
    "Brisbane Morning Wire", "2025-05-02", ["Aisha Patel"],
    "https://www.brisbanemorningwire.com.au/news/regional-rail-strike-called-off-overnight-deal", [
        "A second 24-hour strike by Queensland’s regional train crews planned for next Thursday has been called "
        "off after the union and QRegional Rail reached an in-principle agreement overnight.",
        "The deal, struck at the Industrial Relations Commission at about 2am, limits the number of consecutive "
        "night shifts crews can be rostered for and adds a fatigue allowance for drivers on the Westlander route.",
        "Before the talks, Queensland Rail Crews Union secretary Mick Garland had said: " + GARLAND_Q,
        "On Friday he said the new roster was “not everything we asked for, but enough to put to members”. A "
        "vote will be held over the next fortnight.",
        "QRegional Rail said all Tilt Train and Westlander services would run as normal. Passengers whose trips "
        "were cancelled on Thursday can apply for a full refund until May 31.",
    ])

art("tv-toowoomba-bus", "Toowoomba on-demand buses to expand to Highfields",
    "The Tablelands Voice", "2025-04-28", ["Grace Pelham"],
    "https://www.tablelandsvoice.com.au/news/toowoomba-on-demand-buses-highfields", [
        "Residents of Highfields, north of Toowoomba, will be able to book a bus through a phone app from July, "
        "when the city’s on-demand bus trial is expanded beyond the CBD.",
        "The trial, which began in October, lets passengers request a pick-up from any of 240 virtual stops and "
        "share a 12-seat minibus with others travelling in the same direction. Fares are the same as on regular "
        "buses.",
        "Toowoomba Regional Council said the service had carried 31,000 trips in its first six months, with an "
        "average wait of 11 minutes.",
        "“Highfields has grown faster than the bus network could keep up with,” said councillor Trent Muller, "
        "who chairs the transport committee. “A fixed route that comes once an hour was never going to work up "
        "there.”",
        "Passengers without a smartphone can book by phone. The Highfields zone will have four minibuses between "
        "6am and 9pm on weekdays.",
    ], synd_title="Highfields residents to get app-booked buses", synd_outlet="Darling Downs Weekly",
    synd_credit="This article was originally published by The Tablelands Voice.")

art("nhh-light-rail", "Light rail extension to Broadmeadow: business case due in June",
    "Newcastle Harbour Herald", "2025-04-24", ["Mitchell Crane"],
    "https://www.newcastleharbourherald.com.au/story/light-rail-broadmeadow-business-case", [
        "The final business case for extending Newcastle’s light rail to Broadmeadow will go to the NSW cabinet "
        "in June, two years later than the government first promised.",
        "The 3.6-kilometre extension would run from Newcastle Interchange along Hunter Street West and "
        "Broadmeadow Road to the planned sports and entertainment precinct, with four new stops.",
        "Transport for the Hunter, the agency preparing the case, put the cost at $480 million, up from $320 "
        "million in its 2022 estimate, mainly because of the price of relocating underground power cables.",
        "Newcastle lord mayor Ross Kendrick said the delay was frustrating but the route was right. “The "
        "precinct will bring 20,000 people to Broadmeadow on a big night, and we cannot move them all by car,” he "
        "said.",
        "If approved, construction could begin in 2027, with trams running by 2030.",
    ], edited={2: "Transport for the Hunter, the agency preparing the case, put the cost at $480 million, up from "
                  "$320 million three years ago, largely because of the price of relocating underground power "
                  "cables."})

art("icn-wollongong-shuttle", "Free Gong shuttle to run every seven minutes from July",
    "Illawarra Coastal News", "2025-04-29", ["Priya Raman"],
    "https://illawarracoastalnews.com.au/2025/04/29/gong-shuttle-every-seven-minutes/", [
        "Wollongong’s free shuttle bus will run every seven minutes during the day from July 1, up from every 10 "
        "minutes, after the state transport agency agreed to fund three extra buses.",
        "The shuttle, which loops between the university, the hospital, the city centre and North Wollongong "
        "beach, carries about 9,800 people on a typical weekday.",
        "Wollongong MP Jessica Farrow said the change would help students who had complained of being left at "
        "stops when buses arrived full.",
        "The evening service will remain every 20 minutes. The new buses will be electric.",
    ])

art("gpp-waurn-ponds", "Second track to Waurn Ponds opens, ending Geelong line bottleneck",
    "Geelong Pier Post", "2025-04-26", ["Lachlan Murray"], None, [
        "Trains on the Geelong line began using a second track between South Geelong and Waurn Ponds on "
        "Saturday, ending a single-track bottleneck that has delayed services for decades.",
        "The duplication, part of an $870 million upgrade, allows trains to run every 20 minutes to Waurn Ponds "
        "throughout the day, instead of every 40 minutes.",
        "A rebuilt Marshall station has a new car park of 350 spaces and a bus interchange, while a level "
        "crossing at Fyans Street has been removed.",
        "“We used to sit at Marshall waiting for the down train to clear every single morning,” said Grovedale "
        "commuter Renee Castro. “If that is gone, it will save me 10 minutes each way.”",
        "VicRegional Rail said the new timetable would bring 58 extra weekly services to Waurn Ponds.",
    ])

art("bbg-australind", "Australind train to be replaced by coaches for 18 months",
    "Bunbury Bay Gazette", "2025-04-30", ["Jack Pearce"],
    "https://www.bunburybaygazette.com.au/news/australind-train-replaced-coaches-18-months", [
        "The Australind passenger train between Perth and Bunbury will be replaced by coaches from August while "
        "its ageing railcars are retired and new trains are tested.",
        "The state’s regional transport operator, TransWest, said the coaches would run to the same timetable as "
        "the train, twice daily in each direction, and would take about 20 minutes longer.",
        "The new railcars, built in Bellevue, were due to enter service last year but have been held back by "
        "problems with their braking software.",
        "Bunbury MP Nadine Searle said the town had been promised a seamless switch. “Eighteen months on a coach "
        "is not seamless,” she said.",
    ])

art("gg-ballarat-parking", "Ballarat station car park to add 300 spaces",
    "Goldfields Gazette", "2025-04-25", ["Hayley Brennan"], None, [
        "A multi-storey car park with 300 spaces will be built beside Ballarat station, the state government has "
        "announced, after years of complaints from commuters who park in surrounding streets.",
        "The $38 million project on the old goods yard site in Nolan Street is due to open in late 2026. Parking "
        "will be free for anyone holding a valid train ticket.",
        "Residents in Soldiers Hill have lobbied for time-limited parking since 2021, saying cars are left in "
        "their streets for days.",
        "The Ballarat line carries about 19,000 passengers a day, more than any other regional line except "
        "Geelong.",
    ])

art("gse-albany-coach", "Albany coach service adds Friday return",
    "Great Southern Echo", None, [],
    "https://www.greatsouthernecho.com.au/local/albany-coach-friday-return", [
        "TransWest will add a Friday afternoon return coach between Albany and Perth from June, giving passengers "
        "a way to travel to the city for a weekend without taking a day off work.",
        "The new service will leave Albany at 2.30pm and arrive at East Perth at 8.45pm, calling at Mount Barker, "
        "Kojonup and Williams.",
        "The Albany route has carried 14 per cent more passengers this year than last, the operator said.",
    ])

art("dd-hobart-ferry", "Hobart ferry trial extended, Lindisfarne stop added",
    "Derwent Daily", "2025-04-30", ["Callum Fraser"],
    "https://derwentdaily.com.au/news/hobart-ferry-trial-extended-lindisfarne", [
        "The Derwent River ferry between Bellerive and Hobart’s Brooke Street Pier will keep running for at "
        "least another year, and will add a stop at Lindisfarne from September, the Tasmanian government says.",
        "The service has carried 210,000 passengers since it started as a trial, about three times the number "
        "forecast.",
        "A second vessel will be leased to run the Lindisfarne leg, with sailings every 30 minutes in the morning "
        "and evening peaks.",
        "Commuter Helen Vu, who uses the ferry from Bellerive every day, said it had cut her trip to the city to "
        "12 minutes. “On the bridge it was 40 on a bad day,” she said.",
    ])

art("gpp-geelong-bus-review", "Geelong bus network review: 11 routes to be merged",
    "Geelong Pier Post", "2025-05-02", ["Lachlan Murray"], None, [
        "Eleven of Geelong’s 27 bus routes would be merged into five more frequent ones under a network review "
        "released on Friday by the state’s Department of Transport.",
        "The proposed routes would run every 15 minutes on weekdays, compared with every 30 to 60 minutes on most "
        "routes now. In exchange, some streets in Newtown, Belmont and Corio would lose their bus altogether.",
        "“Most people would rather walk 400 metres to a bus that comes every 15 minutes than wait an hour for "
        "one outside their door,” the review says.",
        "Public consultation on the plan will be open until June 13. The department said changes would not take "
        "effect before 2026.",
    ])

# ================================================================ CANADA
art("fvh-valley-rail", "Valley rail study puts Chilliwack–Langley passenger service at $3.1B",
    "Fraser Valley Herald", "2025-04-25", ["Harpreet Dhillon", "Megan Olafson"],
    "https://www.fraservalleyherald.ca/news/2025/04/25/valley-rail-study-chilliwack-langley-3-1-billion/", [
        "Restoring passenger trains on the old interurban line between Chilliwack and Langley would cost about "
        "$3.1 billion and could carry 11,000 riders a day by 2040, according to a provincial study released "
        "Thursday.",
        "The study, commissioned by the provincial transport ministry in 2023, looked at three options: diesel "
        "trains on the existing track, battery-electric trains on an upgraded line, and express buses on "
        "Highway 1.",
        "It found the battery-electric option would attract the most riders, but at nearly twice the cost of "
        "the bus option, which it put at $1.6 billion.",
        "“For the first time we have numbers instead of wishful thinking,” said Abbotsford councillor Jasmin "
        "Grewal, who chairs the regional transit committee. “The numbers say rail works if the province is "
        "willing to pay for it.”",
        "The study warns that the line is owned by a freight railway and that any passenger service would need a "
        "long-term access agreement.",
        "The province said it would take the findings into account in its 30-year transportation plan, due in "
        "the fall.",
    ])

art("awr-ridership-w16", "Fraser Valley transit ridership: week of April 14",
    "Abbotsford Weekly Record", "2025-04-22", [],
    "https://www.abbotsfordweeklyrecord.ca/news/transit-ridership-week-of-april-14", [
        "Buses in the Central Fraser Valley carried 61,840 passengers in the week of April 14, up 4.2 per cent on "
        "the same week last year, according to figures published by the Valley Transit Authority.",
        "The busiest route was the 2 Bluejay/Huntingdon with 9,310 boardings, followed by the 12 McMillan with "
        "6,905. Ridership on the 66 Fraser Valley Express, which links Chilliwack with Carvolth Exchange, was "
        "4,120.",
        "On-time performance was 88.6 per cent. The authority attributed most delays to roadworks on South "
        "Fraser Way.",
        "The Easter long weekend reduced Friday ridership by about a third compared with a normal weekday.",
        RIDE_NOTE,
    ])

art("awr-ridership-w17", "Fraser Valley transit ridership: week of April 21",
    "Abbotsford Weekly Record", "2025-04-29", [],
    "https://www.abbotsfordweeklyrecord.ca/news/transit-ridership-week-of-april-21", [
        "Buses in the Central Fraser Valley carried 66,215 passengers in the week of April 21, up 5.9 per cent on "
        "the same week last year, according to figures published by the Valley Transit Authority.",
        "The busiest route was the 2 Bluejay/Huntingdon with 9,874 boardings, followed by the 12 McMillan with "
        "7,120. Ridership on the 66 Fraser Valley Express, which links Chilliwack with Carvolth Exchange, was "
        "4,388.",
        "On-time performance was 90.1 per cent. The authority said the roadworks on South Fraser Way were "
        "finished on Wednesday.",
        RIDE_NOTE,
    ])

art("grr-lrt-cambridge", "LRT extension to Cambridge gets provincial go-ahead",
    "Grand River Record", "2025-04-23", ["Nadia Kowalczyk"], None, [
        "Ontario has approved the environmental assessment for extending the region’s light rail line from "
        "Fairview Park to downtown Cambridge, the Region of Waterloo said on Wednesday.",
        "The 17.5-kilometre route would add 11 stops, crossing the Grand River on a new bridge at Preston and "
        "ending at a terminal near Ainslie Street.",
        "Regional staff estimate the cost at $2.4 billion. Neither the province nor Ottawa has committed money to "
        "build it.",
        "“An approved plan with no funding is a map on a wall,” said Cambridge councillor Deborah Kalsi, who has "
        "pushed for the extension since 2014.",
        "The region will now begin preliminary design, which it expects to take two years.",
    ])

art("spp-saskatoon-brt", "BRT construction to close 8th Street lanes for six weeks",
    "Saskatoon Prairie Post", "2025-04-28", ["Colton Brandt"],
    "https://www.saskatoonprairiepost.ca/news/local/brt-construction-8th-street-lane-closures", [
        "Two lanes of 8th Street East will close between Clarence Avenue and Preston Avenue from May 5 for six "
        "weeks while crews build bus rapid transit stations in the median.",
        "The work is part of the Red Line, one of three BRT routes Saskatoon plans to open by 2028. Buses will "
        "run in dedicated lanes in the centre of the road, with stations every 800 metres.",
        "The city expects traffic delays of up to 10 minutes at peak times and is advising drivers to use Taylor "
        "Street or College Drive.",
        "Businesses along the stretch have asked for better signs. “Last summer people thought we were closed "
        "because they could not see a way in,” said Joanne Fehr, who owns a bakery near Cumberland Avenue.",
        "Route 8 buses will be detoured to Taylor Street during the closure.",
    ])

art("hhg-halifax-sunday", "Halifax adds Sunday service on 12 bus routes",
    "Halifax Harbour Gazette", "2025-04-27", ["Renée LeBlanc"], None, [
        "Twelve Halifax bus routes that have never run on Sundays will get Sunday service from June 29, including "
        "routes to Cole Harbour, Spryfield and Bedford South.",
        "The change, approved by regional council in February, will cost about $2.7 million a year and requires "
        "19 more bus operators, 14 of whom have been hired.",
        "“If you work a Sunday shift at the hospital or a grocery store, you have had to find a ride or take a "
        "taxi,” said councillor Amara Dixon. “That ends this summer.”",
        "Sunday service will run from 8 a.m. to 10 p.m., with buses every 30 to 60 minutes depending on the "
        "route.",
    ])

art("tbns-northern-train", "Passenger train to return to Timmins–Cochrane route in one-year trial",
    "Thunder Bay Northern Star", "2025-04-30", ["Dale Whitecloud"], None, [
        "A passenger train will run between Timmins and Cochrane three times a week from September, the first "
        "regular service on the route since 1990, under a one-year trial announced Wednesday.",
        "The trial will use a refurbished two-car diesel train leased from a tourist railway in Quebec. The "
        "100-kilometre trip is scheduled to take an hour and 40 minutes.",
        "Northern Ontario Passenger Rail, the Crown agency running the trial, said fares would start at $25 one "
        "way, with discounts for seniors and students.",
        "“People here have been asking for this for a generation,” said Timmins mayor Luc Bisson. “Now we have "
        "12 months to show the ridership is there.”",
        "The agency said it would need an average of 60 passengers a trip to justify a permanent service.",
        "Connections with the Moosonee train will be available at Cochrane.",
    ])

art("sss-whistler-strike", "Whistler transit strike enters third week with no talks scheduled",
    "Sea to Sky Sentinel", "2025-04-24", ["Maya Tremblay"], None, [
        "Buses in Whistler have been off the road for 15 days, and neither the drivers’ union nor the contractor "
        "that operates the system has scheduled a return to bargaining.",
        "The 74 drivers and mechanics walked out on April 9 after rejecting an offer of 11 per cent over three "
        "years. The union is seeking 16 per cent, citing the resort’s housing costs.",
        "The municipality has extended free parking in day lots 4 and 5 and is running a volunteer shuttle for "
        "workers with early shifts.",
        "“We have staff sleeping in their cars in the village so they can get to work,” said restaurant owner "
        "Paolo Rinaldi.",
    ])

art("rrl-winnipeg-network", "Winnipeg’s new bus network: first-month ridership up 9 per cent",
    "Red River Ledger", "2025-04-27", ["Jordan Fehr"], None, [
        "Ridership on Winnipeg’s buses rose 9 per cent in the first month of the city’s redesigned network, "
        "according to figures presented to council’s public works committee on Friday.",
        "The new network, launched on March 23, replaced dozens of meandering routes with a grid of frequent "
        "lines. Buses on the busiest six lines now arrive every 10 minutes or better for most of the day.",
        "Complaints to the city’s 311 line spiked in the first week, mostly from riders in Tuxedo and North "
        "Kildonan whose routes had been moved to main streets, but fell by half by mid-April.",
        "“Change is hard, and we heard that loudly,” transit director Bjorn Halvorsen told the committee. “What "
        "we are now seeing is people riding more often because the bus is there when they need it.”",
        "The city will review 14 route segments with low ridership in June.",
    ])

art("bb-ottawa-line2", "Ottawa’s Line 2 trains to run until 1 a.m. on weekends",
    "Bytown Bulletin", "2025-04-22", ["Sophie Marchand"], None, [
        "Trains on Ottawa’s north-south light rail line will run until 1 a.m. on Fridays and Saturdays from May "
        "16, two hours later than now, the city’s transit commission decided on Monday.",
        "The extension responds to complaints from students at Carleton University and from restaurant workers "
        "in Little Italy, who said the last train left before their shifts ended.",
        "It will cost about $640,000 a year, mostly for additional security staff at stations.",
        "Commission chair Raymond Ouellet said ridership after 11 p.m. would be reviewed in the fall before the "
        "change is made permanent.",
    ])

# ================================================================ INDIA
art("dc-pune-nashik-land", "Pune–Nashik semi high-speed line: land acquisition 62% complete",
    "Deccan Courier", "2025-04-24", ["Ramesh Kulkarni"],
    "https://www.deccancourier.in/maharashtra/pune-nashik-semi-high-speed-land-acquisition-62-per-cent-1184421", [
        "Land acquisition for the Pune–Nashik semi high-speed rail line has reached 62 per cent, with the "
        "remaining parcels mostly in Sangamner and Sinnar talukas, officials said on Thursday.",
        PNQ_BG,
        "Of the 1,450 hectares needed, about 900 hectares have been acquired, at a cost of ₹3,100 crore. Farmers "
        "in 14 villages in Sangamner have refused the compensation offered and are seeking four times the ready "
        "reckoner rate.",
        "“We are not against the railway. We are against being paid less than our neighbours across the "
        "district line,” said farmer Dnyaneshwar Gunjal of Nimgaon.",
        "SRDC managing director Anil Khedkar said the corporation hoped to finish acquisition by December and "
        "start tendering civil works early next year.",
    ])

art("dc-pune-nashik-fares", "Pune–Nashik line fares to be pegged at AC chair car levels",
    "Deccan Courier", "2025-04-26", ["Sneha Patwardhan"],
    "https://www.deccancourier.in/maharashtra/pune-nashik-line-fares-ac-chair-car-1185067", [
        "Fares on the proposed Pune–Nashik semi high-speed line will be set close to those of AC chair car "
        "tickets on express trains, the project’s detailed report says, putting a one-way ticket at about ₹650.",
        PNQ_BG,
        "The report, presented to the state cabinet sub-committee on Friday, assumes 52,000 passengers a day by "
        "2035, most of them making daily or weekly business trips.",
        "Transport economists have questioned the estimate. “Ridership on intercity lines in India has tended "
        "to be well below forecasts where the fares are pitched at the AC market,” said Meera Joshi of the "
        "Institute for Mobility Studies in Pune.",
        "SRDC said it would also offer monthly passes for regular travellers.",
    ])

art("kt-kochi-ferries", "Kochi electric ferries add two routes to Fort Kochi",
    "Kerala Tidings", "2025-04-27", ["Anjali Menon"],
    "https://www.keralatidings.in/kochi/electric-ferries-two-new-routes-fort-kochi", [
        "Kochi’s electric ferry network will add two routes to Fort Kochi from May 10, linking the heritage area "
        "with Vypin and with the High Court terminal, the operator said on Sunday.",
        "The two routes will be served by four new 100-seat hybrid boats delivered from a Kochi shipyard last "
        "month. Boats will leave every 20 minutes from 7 am to 8 pm.",
        "Fort Kochi is the network’s most requested destination. About 6,500 people cross between Vypin and "
        "Fort Kochi daily on the old diesel ferries and by road over the Goshree bridges.",
        "“The old ferry is cheaper, but in the monsoon it is frightening,” said fish vendor Mary Thomas, who "
        "makes the crossing every morning.",
        "Fares will start at ₹20. Weekly and monthly passes will be valid on the new routes.",
    ])

art("bmm-suburban-corridor2", "Bengaluru suburban rail corridor 2 misses another deadline",
    "Bengaluru Metro Mirror", "2025-04-26", ["Kiran Rao", "Shweta Iyer"],
    "https://bengalurumetromirror.com/city/suburban-rail-corridor-2-misses-deadline", [
        "The second corridor of Bengaluru’s suburban rail project, between Baiyappanahalli and Chikkabanavara, "
        "will not open before the end of 2026, a year later than the latest target, the project’s implementing "
        "agency has told the state government.",
        "The agency blamed delays in handing over land near Hebbal and a court case over tree felling on the "
        "Yeshwantpur stretch. Of the 25-km corridor, 11 km of viaduct is complete.",
        "The corridor was originally scheduled to open in 2024. The total cost of the four-corridor project has "
        "risen to ₹18,600 crore.",
        "“Every missed deadline means another year of people spending two hours on the Outer Ring Road,” said "
        "Raghav Shetty of the Citizens’ Commute Forum.",
        "The agency said stations at Hebbal and Kodigehalli would be built first so that a partial service "
        "could start.",
    ])

art("ms-electric-bus", "Electric buses on Mysuru–Bengaluru route from May 15",
    "Mysuru Star", "2025-04-30", ["Manjunath Gowda"],
    "https://www.mysurustar.in/news/electric-buses-mysuru-bengaluru-may-15", [
        "The state road transport corporation will run 50 electric buses between Mysuru and Bengaluru from May "
        "15, replacing diesel coaches on about a third of the route’s daily trips.",
        "The buses, leased from a private operator under a per-kilometre contract, have a range of 250 km and "
        "will be charged at new depots in Mysuru and at the Satellite Bus Stand in Bengaluru.",
        "Fares will be the same as on existing express coaches, ₹210 one way.",
        "“Passengers asked for a quieter, cooler bus at the old price. That is what we are giving them,” the "
        "corporation’s managing director, M. R. Srinath, said.",
        "The corporation plans to add 100 more electric buses on routes to Mandya and Hassan by the end of the "
        "year.",
    ])

art("bh-guwahati-cng", "Guwahati to add 200 CNG buses to city fleet",
    "Brahmaputra Herald", "2025-04-25", ["Bikash Saikia"], None, [
        "The Assam government will add 200 CNG buses to Guwahati’s city fleet by October, raising the number of "
        "government buses in the city to about 560.",
        "The buses, costing Rs 96 crore, will run mainly on routes to the new satellite townships at Amingaon and "
        "Changsari across the Brahmaputra, where commuters rely on shared autos and private minibuses.",
        "“Changsari has grown to 80,000 people and has two bus routes,” said transport secretary Pranjal Baruah. "
        "“That will change this year.”",
        "The city will also build a depot with a CNG station at Jalukbari.",
    ])

art("kc-coimbatore-metro", "Coimbatore metro DPR revised to 34 km",
    "Kovai Chronicle", "2025-05-02", ["K. Senthil Kumar"],
    "https://kovaichronicle.in/city/coimbatore-metro-dpr-revised-34-km", [
        "The detailed project report for Coimbatore’s metro rail has been revised to cover 34 km in the first "
        "phase, down from 39 km, after the airport stretch was dropped, officials said on Friday.",
        "The first phase will have two lines: Ukkadam to Kaniyur along Avinashi Road, and Coimbatore Junction to "
        "Valiyampalayam along Sathyamangalam Road. The revised cost is ₹10,740 crore.",
        "Officials said the airport would instead be served by a feeder bus from the nearest station at "
        "Peelamedu.",
        "The revised report will be sent to the Union government for approval next month.",
    ])

art("iaws-sleeper-trial", "Sleeper train completes trial run on Konkan route",
    "Indo-Asian Wire Service", "2025-04-27", [], None, [
        "A new-generation sleeper train completed a trial run on the Konkan Railway route between Panvel and "
        "Madgaon on Saturday, reaching 130 km/h on the section near Ratnagiri, officials said.",
        "The 16-coach train, built at a coach factory in Chennai, is being tested for ride comfort and braking on "
        "the route’s steep gradients and long tunnels.",
        "Officials said regular services between Mumbai and Mangaluru could begin by August if the Commissioner "
        "of Railway Safety clears the train after the trials.",
        "The overnight journey is expected to take about 14 hours, three hours less than the fastest existing "
        "train.",
    ], synd_title="New sleeper train clears Ratnagiri trial; Mumbai–Mangaluru service by August",
    synd_outlet="Konkan Coast Times",
    synd_url="https://www.konkancoasttimes.in/news/sleeper-train-ratnagiri-trial-mumbai-mangaluru")

art("ccn-chennai-ac-fares", "AC suburban train fares cut by a third on Beach–Tambaram line",
    "Chennai Coastline News", "2025-04-23", ["Lakshmi Narayanan"],
    "https://chennaicoastlinenews.com/2025/04/23/ac-suburban-fares-cut-beach-tambaram/", [
        "Fares on air-conditioned suburban trains between Chennai Beach and Tambaram have been cut by about a "
        "third from Wednesday, after the first month of the service drew fewer passengers than expected.",
        "A single journey over the full 29-km route now costs ₹70, down from ₹105. Monthly season tickets have "
        "been reduced to ₹1,400.",
        "The AC trains, which run six times a day in each direction, carried an average of 640 passengers a "
        "trip in April, against a capacity of about 1,100.",
        "“At the old fare I could take a share auto and still save money,” said Guindy office worker S. Kavitha.",
    ])

art("nagpur-metro-phase2", "Nagpur metro phase 2 to reach Butibori by 2027",
    None, "2025-05-03", ["Nikhil Deshpande"], None, [
        "The second phase of Nagpur’s metro, extending the north–south line to the industrial area at Butibori, "
        "is on course to open by the end of 2027, the metro corporation said on Saturday.",
        "Of the 43.8 km planned in the second phase, viaduct work is complete on 19 km. The Butibori extension "
        "alone will add 18.5 km and 12 stations.",
        "Officials said the line would carry about 1.2 lakh passengers a day once complete, many of them workers "
        "at the MIDC industrial estate.",
        "The corporation has also proposed a feeder bus service from Hingna, where a depot is being built.",
    ])

art("kt-airport-shuttle", "Airport shuttle from Thampanoor to run every 30 minutes",
    "Kerala Tidings", "2025-05-02", ["Arun Pillai"], None, [
        "A shuttle bus between Thampanoor bus station and Thiruvananthapuram airport will run every 30 minutes "
        "round the clock from May 5, the state transport corporation said on Friday.",
        "The service, using four air-conditioned electric buses, will stop at East Fort and Chakka on the way to "
        "both the domestic and international terminals.",
        "The fare is ₹60. Passengers will be able to pay by card or UPI on board.",
        "Taxi drivers at the airport have objected, saying the corporation did not consult them.",
    ])
