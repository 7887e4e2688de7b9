# -*- coding: utf-8 -*-
"""The canonical article table of blind25: press-clips packets and news digests from the Harrisburg region of
Pennsylvania, 30 November - 8 December 2026. A regional transit authority's fare overhaul and bus-driver shortage,
the state budget impasse, and unrelated local news. Every story, person, outlet, agency, union, company and
organisation is invented; places (and the state's legislature as an institution) are real.

Outlets (all invented):
  HL   Harrisburg Ledger (daily, harrisburgledger.com)
  CVC  Cumberland Valley Courier (Carlisle daily, cvcourier.com)
  LDR  Lebanon Daily Record (ldrecord.com)
  SPM  Susquehanna Public Media (public radio newsroom, susquehannapublicmedia.org)
  C21  CentralPA 21 News (TV station, centralpa21.com)
  CNS  Commonwealth News Service (nonprofit statehouse news service, commonwealthnews.org; syndicated)
  HC   The Hershey Chronicle (weekly, hersheychronicle.com)
  KBJ  Keystone Business Journal (weekly, keystonebizjournal.com)
  MTT  Metro Transit Today (national trade publication, metrotransittoday.com)
  KTOA Member Update (newsletter of the Keystone Transit Operators Association; its own items)

Each article: outlet, title, date (ISO), authors (persons only), paras (canonical text, curly quotes), url
(the article's own address where some copy states it) and optional variants used by the renderers.
"""

ART = {}


def art(aid, outlet, title, date, authors, paras, **kw):
    ART[aid] = dict(outlet=outlet, title=title, date=date, authors=authors, paras=paras, **kw)


HL, CVC, LDR, SPM = "Harrisburg Ledger", "Cumberland Valley Courier", "Lebanon Daily Record", "Susquehanna Public Media"
C21, CNS, HC, KBJ = "CentralPA 21 News", "Commonwealth News Service", "The Hershey Chronicle", "Keystone Business Journal"
MTT, KTOA = "Metro Transit Today", "KTOA Member Update"

# ------------------------------------------------------------------ text shared on purpose by distinct articles
# the Ledger's background paragraph on the shortage: in the 30 November warning and the 7 December follow-up
BG_SHORTAGE = ("SRTA budgets for 312 full-time bus operators but had 261 on its roster as of Nov. 20, according to "
               "figures the agency gave its board. Nearly a third of its operators are eligible to retire within five "
               "years, and the agency lost 37 drivers to retirement or resignation in the first 10 months of the year "
               "while hiring 22.")
# Okafor at the 3 December board meeting, as the Ledger and the Courier each heard her
Q_CAP_A = ("“We heard loud and clear that riders who can least afford it were paying the most, because they buy one "
           "ride at a time,”")
Q_CAP_B = ("“With capping, once you’ve paid for a day pass, the rest of your day is free. Nobody has to decide up "
           "front.”")
Q_NOT_INCREASE = ("“This is not a fare increase dressed up as reform,” Okafor said. “Three out of four of our riders "
                  "will pay the same or less.”")
# the 7 December Capitol press conference, as CNS and CentralPA 21 each reported it
Q_CASTELLANO = ("“Every week this budget sits in the Senate is another week that a bus driver in Lebanon or a rider in "
                "Altoona pays the price,” Castellano said.")
Q_OKAFOR_40 = ("“We have cut four routes because we cannot staff them. If the state money does not come, the next "
               "cuts will not be four routes. They will be 40 percent of our service,” Okafor said.")
Q_LINDQVIST = ("“The Senate will not rubber-stamp a spending plan that grows faster than taxpayers’ ability to pay "
               "for it,” said Kara Lindqvist, a spokeswoman for Senate Majority Leader Harold Vickery, R-Perry.")

# ================================================================== transit: the fare overhaul
T1_FARE_2014 = ("The $2 base fare is the agency’s first increase since 2014 and keeps SRTA below most Pennsylvania "
                "systems of its size, according to an agency comparison.")
T1_FARE_2017 = ("The $2 base fare is the agency’s first increase since 2017 and keeps SRTA below most Pennsylvania "
                "systems of its size, according to an agency comparison.")
art("ledger-fare-vote", HL, "SRTA board approves fare overhaul: $2 base fare, daily and monthly caps", "2026-12-03",
    ["Megan Stroud"], [
        "Bus riders in the Harrisburg region will pay more for a single trip but will never pay more than $5 a day "
        "or $60 a month under a fare overhaul the Susquehanna Regional Transit Authority board approved Thursday.",
        "The 7-2 vote raises the base fare from $1.75 to $2 on March 1, ends paper transfers and drops the 75-cent "
        "zone surcharge on express routes to Carlisle, Hershey and Lebanon. Riders who pay with the agency’s SusQ "
        "Card or its mobile app will have their fares “capped”: once they have spent the price of a day pass, the "
        "rest of the day’s rides are free, and the same applies over a calendar month.",
        T1_FARE_2014,
        Q_CAP_A + " chief executive Denise Okafor said after the vote. " + Q_CAP_B,
        "A new low-income fare, called Fair Fare, will let riders enrolled in SNAP or Medicaid ride for half price, "
        "with caps of $2.50 a day and $30 a month. SRTA estimates about 6,000 riders will qualify.",
        Q_NOT_INCREASE,
        "The two no votes came from board members representing Perry and Lebanon counties, who said riders there "
        "rely more on cash and would see little benefit. Cash paid on the bus will not count toward a cap unless "
        "riders first load it onto a SusQ Card at one of about 140 stores. “The people in my county who pay cash "
        "are not going to drive 20 minutes to load a card,” said board member Gerald Hostetter of Lebanon County.",
        "Helen Vasquez-Ruiz, a professor of urban planning at Swatara University who studies transit fares, said "
        "capping has worked in larger cities and is beginning to spread to smaller agencies. “The design question "
        "is always the unbanked rider,” she said. “If the card is easy to load with cash, capping helps the poorest "
        "riders most. If it isn’t, it can do the opposite.”",
        "The changes are expected to reduce fare revenue by about $1.1 million in the first year. SRTA plans to "
        "cover the gap with state operating aid that has been held up by the budget impasse in Harrisburg.",
    ],
    corrected={2: T1_FARE_2017},
    url="https://www.harrisburgledger.com/news/transit/2026/12/03/srta-board-approves-fare-overhaul-caps/")

art("cvc-carlisle-express", CVC, "Carlisle express riders to lose 75-cent surcharge under SRTA fare plan",
    "2026-12-03", ["Joel Fenstermacher"], [
        "Commuters who ride the Route 31 express between Carlisle and downtown Harrisburg will save $1.50 a day "
        "under a fare overhaul approved Thursday by the Susquehanna Regional Transit Authority’s board.",
        "The plan eliminates the 75-cent zone surcharge on the agency’s express routes, which Cumberland County "
        "riders have paid since 2009. Starting March 1, a one-way trip on Route 31 will cost $2, the same as a "
        "local bus, down from $2.50 today.",
        Q_CAP_A + " SRTA chief executive Denise Okafor told reporters after the meeting. " + Q_CAP_B,
        "Route 31 carried about 640 riders a weekday in October, many of them state workers. Its midday trips are "
        "among the service the agency has said it may suspend because of a shortage of drivers.",
        "Cumberland County’s representative on the SRTA board, Marian Keefer, voted for the plan. “For Carlisle "
        "riders this is a straight savings,” Keefer said. “My worry is not the fare. It’s whether the bus shows "
        "up.”",
        Q_NOT_INCREASE,
        "The authority will hold information sessions on the new fares in January, including one at Carlisle "
        "Borough Hall on Jan. 14. Riders can register a SusQ Card online or at the borough’s Hanover Street ticket "
        "outlet.",
    ],
    url="https://www.cvcourier.com/story/news/local/2026/12/03/carlisle-express-surcharge-srta-fare-plan/71843205007/")

art("spm-fare-explainer", SPM, "What SRTA’s new fare caps mean for your commute", "2026-12-04", ["Rachel Obuya"], [
    "The Susquehanna Regional Transit Authority’s board voted Thursday to change how riders pay, starting March 1. "
    "Here is what changes, and what doesn’t.",
    "The base fare goes up. A single ride will cost $2, up from $1.75. Riders 65 and older will continue to ride "
    "free on fixed routes under the state’s senior transit program.",
    "Fares will be capped. If you pay with a SusQ Card or the SusQ app, you will never pay more than $5 in a day or "
    "$60 in a calendar month. After you hit the cap, rides are free until the day or month ends. You do not need to "
    "buy a pass in advance.",
    "Paper transfers end. Transfers will be built into the card and app: a second ride within 90 minutes is free. "
    "Riders paying cash will pay for each bus they board.",
    "Express surcharges are gone. The 75-cent extra charge on express routes to Carlisle, Hershey and Lebanon is "
    "eliminated.",
    "Low-income riders can ride for half price. The new Fair Fare program offers 50% off to riders enrolled in SNAP "
    "or Medicaid, with caps of $2.50 a day and $30 a month. Sign-ups open Feb. 1.",
    "Will you pay more? Helen Vasquez-Ruiz, who teaches transportation planning at Swatara University, said riders "
    "who now buy a $55 monthly pass should do the math. “If you ride to work and back every workday, the cap will "
    "cost you $5 more a month than the old pass,” she said. “If you ride 12 days a month, you will save money.”",
    "What about cash? Cash riders can load money onto a SusQ Card at about 140 stores, including some pharmacies "
    "and convenience stores. Cash paid on the bus does not count toward a cap.",
],
    url="https://www.susquehannapublicmedia.org/transportation/2026-12-04/what-srtas-new-fare-caps-mean-for-your-commute")

art("mtt-fare-capping", MTT, "Fare capping moves from big cities to mid-size agencies", "2026-12-03",
    ["Priya Natarajan"], [
        "Fare capping, once limited to large systems with new account-based fare systems, is spreading to mid-size "
        "agencies. At least six U.S. systems with fewer than 20 million annual riders have adopted caps this year.",
        "The latest is Pennsylvania’s Susquehanna Regional Transit Authority, whose board on Thursday approved daily "
        "and monthly caps of $5 and $60 as part of a broader fare restructuring that also raises its base fare to "
        "$2 and ends paper transfers.",
        "Vendors say the shift has been driven by cheaper cloud-hosted fare systems. “Five years ago, capping meant "
        "a custom back office. Now it’s a setting,” said Arun Velamuri, a vice president at fare-payment firm "
        "Tapline Systems, which supplies SRTA’s card readers.",
        "Agencies report that capping increases ridership among lower-income riders but can reduce revenue in the "
        "first year, as riders who once overpaid with single fares stop doing so. An analysis of four agencies by "
        "the Center for Transit Equity found revenue declines of 2% to 5% in the first year, mostly recovered by "
        "the third.",
        "“The agencies that have struggled are the ones that didn’t solve cash,” said Malcolm Treadwell, executive "
        "director of the Keystone Transit Operators Association, a Pennsylvania trade group. “If your riders can’t "
        "get money onto the card, the cap is just a headline.”",
        "SRTA plans to let riders add cash at about 140 retail locations at launch and on board some buses by late "
        "2027, according to its board materials.",
        "Several agencies are pairing caps with discounted fares for low-income riders, which can be verified "
        "automatically through state benefit programs. SRTA’s version, called Fair Fare, will be open to riders "
        "enrolled in SNAP or Medicaid.",
        "Treadwell said at least three other KTOA members are studying caps for 2027 or 2028, but that most are "
        "waiting for the state budget before committing to new fare equipment.",
    ],
    keep_trim=4,
    url="https://www.metrotransittoday.com/fare-collection/article/55129871/fare-capping-moves-to-mid-size-agencies")

# ================================================================== transit: the driver shortage
art("ledger-route-cuts-warning", HL, "SRTA warns of route cuts as bus driver shortage deepens", "2026-11-30",
    ["Megan Stroud"], [
        "The Susquehanna Regional Transit Authority will suspend at least four bus routes next month unless it can "
        "hire and train more drivers, the agency’s chief executive told its board Monday.",
        "Denise Okafor said the agency has been covering open shifts with overtime since the summer and can no "
        "longer do so without putting drivers at risk. “We are asking people to work sixth and seventh days, week "
        "after week,” she said. “That is not sustainable, and it is not safe.”",
        BG_SHORTAGE,
        "The services under review are Route 9 between Uptown Harrisburg and Progress, the Route 14 Swatara "
        "Township circulator, Sunday trips on Route 22 to Lebanon and midday trips on the Route 31 Carlisle "
        "express. Together they carry about 1,900 riders on an average weekday, roughly 4% of the system’s "
        "ridership.",
        "Okafor said a final decision would be made by Friday and that any suspensions would take effect Sunday, "
        "Dec. 6.",
        "Carla Mendenhall, president of United Transit Operators Local 219, which represents SRTA’s drivers and "
        "mechanics, said the union had warned management for two years that pay was not keeping up with school bus "
        "contractors and warehouses. “Our starting rate is $21.40 an hour. The distribution centers down the road "
        "are paying more to load trucks,” she said.",
        "Board members asked whether temporary drivers could fill the gap. Okafor said every operator needs a "
        "commercial driver’s license with a passenger endorsement and seven weeks of agency training before "
        "carrying riders alone.",
        "The agency is also waiting on the state. With the budget five months late, SRTA has drawn $6 million of a "
        "$14 million line of credit to cover operating costs, finance director Curtis Albrecht told the board.",
    ],
    url="https://www.harrisburgledger.com/news/transit/2026/11/30/srta-warns-route-cuts-driver-shortage/")

art("ledger-cuts-take-effect", HL,
    "Four SRTA routes go dark as cuts take effect; union says overtime is burning out drivers", "2026-12-07",
    ["Megan Stroud"], [
        "Riders waiting for the Route 9 bus in Uptown Harrisburg on Sunday found a laminated notice zip-tied to the "
        "stop sign instead: service suspended until further notice.",
        "The Susquehanna Regional Transit Authority’s suspension of four services took effect Sunday, a week after "
        "chief executive Denise Okafor warned the board that the agency could no longer cover shifts with overtime. "
        "Route 9, the Route 14 circulator, Sunday service on Route 22 to Lebanon and midday trips on the Route 31 "
        "Carlisle express are affected.",
        BG_SHORTAGE,
        "Since that briefing, the agency says, four more operators have given notice.",
        "At the Market Street transfer center Sunday afternoon, Jasmine Oyelaran, 34, said she had added 40 minutes "
        "to her trip to a nursing-home job in Swatara Township. “I left the house at 5:15 this morning and walked "
        "the last mile,” she said.",
        "Carla Mendenhall, president of United Transit Operators Local 219, said the cuts were overdue relief for "
        "drivers who had been working mandatory overtime since summer. “Our people are nodding off at red lights,” "
        "she said. “Cutting routes is not a win for anybody, but it was this or somebody gets hurt.”",
        "SRTA spokesman Trevor Haldane said the agency will pay new operators a $4,000 signing bonus in installments "
        "over a year and is paying current drivers $500 for each referral who completes training. The first class "
        "of its training academy since the spring begins Jan. 11 with 14 trainees.",
        "Okafor has said the routes will return when staffing allows, and that restoring them will depend in part on "
        "the state budget, which the Senate has yet to take up.",
    ],
    url="https://www.harrisburgledger.com/news/transit/2026/12/07/srta-routes-suspended-driver-shortage-overtime/")

art("c21-signing-bonus", C21, "SRTA offering $4,000 signing bonus as it hunts for bus drivers", "2026-12-06",
    ["Tony Marchetti"], [
        "HARRISBURG, Pa. (CentralPA 21) — The region’s largest transit agency is hoping a $4,000 signing bonus will "
        "help fill dozens of empty driver’s seats.",
        "The Susquehanna Regional Transit Authority announced the bonus Saturday, one day before four of its "
        "services are suspended because of the driver shortage.",
        "New operators will receive $1,000 after finishing training, $1,500 after six months and $1,500 after a "
        "year on the job, SRTA spokesman Trevor Haldane said. Current drivers can earn $500 for each person they "
        "refer who completes training.",
        "“We pay you while you train, we pay for your CDL, and now we’ll pay you to stay,” Haldane said. “If you "
        "like driving and you like people, we want to talk to you.”",
        "SRTA says it needs about 50 more operators. Starting pay is $21.40 an hour, and drivers typically reach "
        "the top rate of $31.85 after four years.",
        "The agency’s next training class begins Jan. 11. Applications are being taken online and at a hiring event "
        "Saturday, Dec. 12, from 10 a.m. to 2 p.m. at the Market Street transfer center.",
        "The union that represents SRTA drivers, United Transit Operators Local 219, said the bonus is welcome but "
        "that pay for current drivers must also rise when its contract is renegotiated next year.",
    ],
    url="https://www.centralpa21.com/news/local/srta-offering-4000-signing-bonus-as-it-hunts-for-bus-drivers")

art("ldr-route22-sunday", LDR, "Lebanon commuters scramble after SRTA ends Sunday service on Route 22",
    "2026-12-07", ["Ashley Kreider"], [
        "For the first time in 11 years, no Susquehanna Regional Transit Authority bus left Lebanon for Harrisburg "
        "on a Sunday.",
        "Sunday service on Route 22, which runs along Route 422 through Annville, Palmyra and Hershey, was one of "
        "four services SRTA suspended this weekend because it does not have enough drivers. Weekday and Saturday "
        "trips continue.",
        "About 210 people rode Route 22 on a typical Sunday this fall, according to SRTA, many of them hospital and "
        "warehouse workers with weekend shifts.",
        "Marisol Figueroa of Lebanon works Sundays as a dietary aide at a Hershey hospital. She said a co-worker is "
        "driving her for now. “She can do it until January. After that, I don’t know,” Figueroa said.",
        "Lebanon County Commissioner Dale Brubaker said the county has asked SRTA to restore the route first once "
        "new drivers are hired. “Lebanon County pays its local share like everybody else,” he said. “We should not "
        "be the first ones cut and the last ones restored.”",
        "SRTA spokesman Trevor Haldane said the agency chose services where riders have other options or where "
        "ridership is lowest, and that Route 22’s weekday trips carry ten times as many people as its Sunday trips.",
        "State Rep. Curtis Yoder, R-Lebanon, said the suspension shows why he wants any new state transit money "
        "tied to performance measures. “We need to know the money goes to service on the street, not to overhead "
        "in Harrisburg,” he said.",
    ],
    url="https://www.ldrecord.com/news/local/lebanon-commuters-scramble-after-srta-ends-sunday-service-on-route-22/"
        "article_8c2f41d6-9a1e-5b7c-b3e0-4f6a2d9c1e75.html")

art("spm-union-grievance", SPM, "SRTA drivers’ union files grievance over mandatory overtime", "2026-12-07",
    ["Rachel Obuya"], [
        "The union representing bus drivers at the Susquehanna Regional Transit Authority filed a formal grievance "
        "Monday, saying the agency has violated its contract by scheduling operators for mandatory overtime on more "
        "than two consecutive rest days.",
        "United Transit Operators Local 219 says at least 41 drivers were ordered to work a sixth or seventh day in "
        "three or more weeks since September. The contract limits so-called forced overtime to two rest days in any "
        "four-week period except in emergencies.",
        "“A driver shortage that has lasted two years is not an emergency. It is a management decision,” Local 219 "
        "president Carla Mendenhall said in an interview.",
        "The grievance asks for double-time pay for every forced shift beyond the contract limit, which the union "
        "estimates would cost the agency about $380,000.",
        "SRTA spokesman Trevor Haldane said the agency had not yet reviewed the filing but that forced overtime had "
        "fallen since four services were suspended on Sunday. “Reducing the overtime burden was the whole point of "
        "the suspensions,” he said.",
        "The grievance goes first to SRTA’s director of operations, who has 10 days to respond. If it is not "
        "resolved, either side can take it to binding arbitration.",
        "The union’s contract expires June 30, 2027. Mendenhall said the grievance was not a bargaining tactic. “We "
        "would be filing this if the contract ran another ten years,” she said.",
    ],
    url="https://www.susquehannapublicmedia.org/transportation/2026-12-07/srta-drivers-union-files-grievance-over-mandatory-overtime")

art("cvc-carlisle-shuttle", CVC, "Carlisle council to study borough-run shuttle as SRTA trims express service",
    "2026-12-08", ["Joel Fenstermacher"], [
        "Carlisle Borough Council agreed Monday to study whether the borough should run its own midday shuttle after "
        "the Susquehanna Regional Transit Authority suspended midday trips on its Route 31 express.",
        "The 5-2 vote directs borough staff to report by February on the cost of a small-bus service linking "
        "downtown Carlisle, the county courthouse and shopping centers along the Ritner Highway, and on whether it "
        "could connect with SRTA buses.",
        "Council member Yvonne Bachman, who proposed the study, said older residents had called her office since "
        "the suspension took effect Sunday. “People are not asking for a luxury. They are asking how to get to the "
        "doctor,” she said.",
        "Borough Manager Russell Eberly said a two-vehicle service would cost roughly $420,000 a year to operate. "
        "He said the borough could apply for a state grant to cover part of it, but not until a state budget is "
        "passed.",
        "Council members Don Shearer and Patricia Lenz voted no. Shearer said the borough should not take on a job "
        "that SRTA is paid to do. “We send them a local match every year,” he said. “The answer is for them to "
        "restore the service, not for Carlisle taxpayers to pay twice.”",
        "SRTA has said the midday trips will return once it hires enough drivers. The agency’s next training class "
        "starts Jan. 11.",
    ],
    url="https://www.cvcourier.com/story/news/local/2026/12/08/carlisle-council-study-borough-shuttle-srta/71851190007/")

art("ledger-editorial-fares", HL, "Editorial: SRTA’s fare plan is sound. Now keep the buses running.", "2026-12-08",
    [], [
        "The Susquehanna Regional Transit Authority did something last week that public agencies rarely manage: it "
        "raised a price and made most of its customers better off.",
        "The fare plan approved Thursday lifts the base fare to $2, the first increase in nine years, but caps what "
        "any rider pays at $5 a day and $60 a month. Riders who cannot afford to buy a monthly pass up front, and "
        "who have long paid more than those who can, will now get the same deal by paying as they go. Half-price "
        "fares for riders on SNAP or Medicaid go further still.",
        "The board’s two dissenters raised a fair point about cash. A rider who pays coins on the bus will not be "
        "capped. SRTA should move faster than its late-2027 target to let riders add cash on board, and it should "
        "make sure the 140 stores that will load cards include places outside the city.",
        "But a good fare plan is worth little if the bus does not come. On Sunday, SRTA suspended four services "
        "because it does not have enough drivers. Riders in Uptown Harrisburg, Swatara Township, Lebanon and "
        "Carlisle are walking, paying for rides or staying home.",
        "The agency’s $4,000 signing bonus is a start. So is its training academy. But SRTA’s starting wage of "
        "$21.40 an hour trails what warehouses along Interstate 81 pay, and the drivers who remain are being "
        "worked to exhaustion. The contract talks that begin next year have to fix that.",
        "Lawmakers have a part to play, too. The state budget is more than five months late. Transit agencies "
        "across Pennsylvania are borrowing to meet payroll. The Senate returned to session Monday; its first job "
        "should be a budget that funds the buses people depend on.",
        "Riders were promised a fairer fare. They deserve a bus to pay it on.",
    ],
    url="https://www.harrisburgledger.com/opinion/editorials/2026/12/08/srta-fare-plan-sound-keep-buses-running/")

art("ledger-paratransit", HL, "Complaints about SRTA paratransit double as contractor misses pickups", "2026-12-02",
    ["Dana Whitcomb"], [
        "Complaints about the Susquehanna Regional Transit Authority’s paratransit service more than doubled this "
        "fall, as the private contractor that runs it struggled to keep drivers and missed hundreds of scheduled "
        "pickups.",
        "SRTA logged 412 complaints about its SusQ Access service in September and October, compared with 187 in "
        "the same months last year, according to records the Ledger obtained through a Right-to-Know request. "
        "Nearly half involved late or missed pickups.",
        "The service provides door-to-door rides for people whose disabilities prevent them from using fixed-route "
        "buses. It is run under a five-year, $38 million contract by Ridgeline Mobility Services, a company based "
        "in Ohio.",
        "Dolores Whitfield, 71, of Steelton, said she has missed two dialysis appointments since October because her "
        "ride did not arrive. “They tell you to be ready 30 minutes early, and then you sit there for two hours,” "
        "she said.",
        "Ridgeline regional manager Kyle Dunmore said the company has 58 drivers for 74 budgeted positions and is "
        "offering bonuses of its own. “We are not where we need to be, and we have told SRTA that,” he said.",
        "SRTA’s contract allows it to withhold up to 5% of monthly payments when on-time performance falls below "
        "92%. It withheld $61,000 in October, the first time it has used that clause, spokesman Trevor Haldane said.",
        "Federal law requires paratransit rides to be scheduled within an hour of the requested time. Advocates "
        "said the agency should consider taking the service back in house when the contract expires in 2028.",
    ],
    url="https://www.harrisburgledger.com/news/transit/2026/12/02/srta-paratransit-complaints-double/")

art("mtt-operator-shortage", MTT, "Operator shortage eases at big agencies, lingers at mid-size systems",
    "2026-12-01", ["Dominic Ferraro"], [
        "The nationwide shortage of bus operators that forced service cuts across the country has eased at most "
        "large agencies, but mid-size systems are still struggling to fill seats, according to a survey released "
        "Tuesday.",
        "The survey of 118 agencies by the National Council of Transit Employers found that agencies with more than "
        "1,000 operators had filled 96% of budgeted positions on average in October, up from 88% two years earlier. "
        "Agencies with 150 to 500 operators had filled 84%, almost unchanged.",
        "Mid-size agencies compete for the same commercial drivers as school bus contractors, trucking firms and "
        "warehouses, and often cannot match the wages offered by large urban systems, the council said.",
        "“Big agencies could throw money at the problem. The mid-size systems could not, and they are still paying "
        "for it in overtime,” said the council’s research director, Sandra Oduya.",
        "Overtime accounted for 14% of operator pay at mid-size agencies, compared with 8% at large ones. The "
        "survey linked high overtime to higher turnover, as exhausted drivers quit.",
        "Agencies that had narrowed the gap most often cited paid training, shorter probation periods and "
        "predictable schedules for new operators, rather than signing bonuses alone. Several said they had begun "
        "guaranteeing new drivers weekends off for their first year.",
        "The council recommended that states allow transit agencies to administer the commercial driver’s license "
        "skills test themselves, which it said would cut two to four weeks from training.",
    ],
    url="https://www.metrotransittoday.com/workforce/article/55129644/operator-shortage-eases-at-big-agencies")

art("ktoa-senate-letter", KTOA, "KTOA to Senate: pass transit funding before the holiday recess", "2026-12-08", [], [
    "KTOA sent a letter Friday to every member of the state Senate urging them to pass a budget with new transit "
    "operating funds before the chamber’s scheduled holiday recess on Dec. 18.",
    "The letter, signed by the chief executives of 31 of the association’s 37 member agencies, says transit "
    "systems have borrowed a combined $118 million since July to cover operating costs, and that at least five "
    "agencies will reach the limits of their credit lines by the end of January.",
    "“We are not asking the Senate to accept every line of the House bill,” the letter says. “We are asking it not "
    "to let the holidays pass without an agreement that keeps buses on the road.”",
    "The letter backs the House plan’s proposal to raise the share of the state sales tax that goes to the Public "
    "Transportation Trust Fund, but says KTOA members are willing to accept new performance reporting "
    "requirements, which Senate Republicans have said they want in exchange for more money.",
    "KTOA executive director Malcolm Treadwell and SRTA chief executive Denise Okafor are scheduled to meet with "
    "Senate Appropriations Committee staff on Thursday.",
    "Members who have not yet shared their credit-line figures for the association’s January update should send "
    "them to the KTOA office by Dec. 15.",
])

art("ktoa-member-survey", KTOA, "Member survey: 9 in 10 agencies report operator vacancies", "2026-12-08", [], [
    "Thirty-three of the 36 KTOA member agencies that answered the association’s fall workforce survey reported "
    "vacant bus operator positions as of Nov. 1, and 14 said vacancies had forced them to cut or suspend service "
    "in the past year.",
    "Across all responding agencies, 11.6% of budgeted operator positions were vacant, compared with 12.9% a year "
    "ago. Vacancy rates ranged from none at two small rural systems to 19% at one mid-size urban agency.",
    "Members named wages as the main obstacle to hiring, followed by the length of the commercial driver’s "
    "license process and competition from warehouses and school bus contractors. Twenty-two agencies now offer "
    "signing bonuses, ranging from $1,000 to $5,000.",
    "Mechanics are now as hard to hire as drivers. Nineteen agencies reported vacant maintenance positions, and "
    "nine said they had sent work to outside shops because they could not fill them.",
    "The full survey results, with figures for each agency size group, are available to members in the KTOA "
    "resource library. The workforce committee will discuss them at its Jan. 13 meeting in Harrisburg.",
])

# ================================================================== the state budget
art("cns-house-budget", CNS, "House passes $51.2 billion budget; transit, schools get boost as Senate balks",
    "2026-12-02", ["Ben Takahashi"], [
        "HARRISBURG — The state House on Wednesday approved a $51.2 billion budget for the fiscal year that began "
        "July 1, voting 104-99 along party lines to send the spending plan to a Senate that has shown little "
        "appetite for it.",
        "The bill would increase state spending by 4.6% over last year and includes $282 million in new money for "
        "public transit, paid for by raising the share of state sales tax revenue dedicated to the Public "
        "Transportation Trust Fund from 4.4% to 5.1%.",
        "It also adds $410 million for basic education and $95 million for county mental health services, and "
        "draws $1.9 billion from the state’s rainy day fund to close the gap between spending and projected "
        "revenue.",
        "“Five months late is five months too late,” said House Majority Leader Renee Castellano, D-Philadelphia. "
        "“We have sent the Senate a balanced budget, and it funds the things people actually use: schools, buses, "
        "nursing homes.”",
        "Republicans said the plan spends too much and leans on one-time money. “This budget writes checks the "
        "commonwealth cannot cash two years from now,” said Rep. Curtis Yoder, R-Lebanon, the ranking Republican "
        "on the House Transportation Committee.",
        "Senate Majority Leader Harold Vickery, R-Perry, said in a statement that the Senate would review the House "
        "bill but that its members “will not accept a spending increase of this size.”",
        "The impasse has forced counties, school districts and nonprofits that depend on state money to borrow or "
        "delay payments. Transit agencies, which get most of their operating money from the state, have drawn on "
        "reserves and credit lines since July.",
        "The Senate returns to session Monday, Dec. 7, and is scheduled to meet for eight days before its holiday "
        "recess.",
    ],
    synd_title="House OKs $51.2B budget with $282M more for transit", synd_outlet=HL,
    # the Ledger's edit of the CNS story: no dateline, one local sentence added after the Republicans' reaction
    synd_edit={0: "The state House on Wednesday approved a $51.2 billion budget for the fiscal year that began July 1, "
                  "voting 104-99 along party lines to send the spending plan to a Senate that has shown little "
                  "appetite for it."},
    synd_insert=(5, "Dauphin County’s two House Democrats, Reps. Tamika Burrell and Luis Ocasio, voted for the bill. "
                    "Rep. Sharon Gelnett, R-Dauphin, voted against it."),
    synd_url="https://www.harrisburgledger.com/news/state/2026/12/02/house-oks-budget-transit-boost/",
    cns_url="https://www.commonwealthnews.org/2026/12/02/house-passes-51-2-billion-budget/")

art("ledger-senate-gop", HL,
    "Senate GOP signals changes to House budget, eyes ‘accountability’ strings on transit money", "2026-12-08",
    ["Paul Reinholt"], [
        "Senate Republicans will not take up the House’s $51.2 billion budget as written and want new conditions "
        "attached to any increase in state money for public transit, Majority Leader Harold Vickery said Monday as "
        "the chamber returned to session.",
        "Vickery, R-Perry, told reporters that his caucus would draft its own plan, which he said would spend “well "
        "under $50.5 billion,” and that he expected to share it with House leaders and the governor’s office by "
        "the end of the week.",
        "On transit, Vickery said Republicans were open to more money but wanted agencies to meet new standards "
        "for on-time performance, administrative costs and fare recovery before they receive it. “We are not "
        "going to write a blank check to 37 agencies and hope the buses show up,” he said.",
        "Sen. Glen Mosser, R-Lancaster, the Appropriations Committee chairman, said one option would be to release "
        "new transit money in quarterly installments tied to reports filed with the Department of Transportation.",
        "Democrats said conditions were a way to delay. “Every month they spend designing report cards is a month "
        "of service cuts,” said Sen. Lorraine Achebe, D-Dauphin, whose district includes much of the Susquehanna "
        "Regional Transit Authority’s service area.",
        "The House plan would raise the share of the state sales tax that goes to transit, adding $282 million a "
        "year. Vickery did not say how much his caucus would support.",
        "Both chambers are scheduled to be in session for eight days before the holiday recess. Vickery said he "
        "would keep the Senate in Harrisburg past Dec. 18 “if that is what it takes,” but said an agreement before "
        "Christmas was “not likely.”",
    ],
    url="https://www.harrisburgledger.com/news/state/2026/12/08/senate-gop-signals-changes-house-budget-transit/")

art("spm-budget-explainer", SPM, "Pennsylvania’s budget is five months late. Here’s who is feeling it.",
    "2026-12-04", ["Hannah Scholl"], [
        "Pennsylvania’s state budget was due July 1. More than five months later, lawmakers have not agreed on one, "
        "and the money that usually flows from Harrisburg to counties, schools, transit agencies and nonprofits "
        "has slowed to a trickle.",
        "The House passed a $51.2 billion plan on Wednesday. The Senate, where Republicans hold the majority, has "
        "not voted on any budget and is not scheduled to return until Monday.",
        "School districts have been hit first. Districts that rely heavily on state aid, including Harrisburg and "
        "Steelton-Highspire, have borrowed against future payments, and at least a dozen statewide have delayed "
        "building projects.",
        "Counties run child welfare, mental health and drug treatment programs largely with state and federal money "
        "that passes through the budget. Dauphin County has fronted about $11 million to keep those programs "
        "running, its finance office said.",
        "Transit agencies depend on state operating aid for about half of their budgets. The Susquehanna Regional "
        "Transit Authority has drawn on a line of credit, and several smaller agencies have said they could run out "
        "of cash early next year.",
        "Nonprofits that provide services under state contracts are borrowing to make payroll. Some are paying "
        "interest on the loans that the state will not reimburse.",
        "Desmond Achterberg, an economist at Swatara University who studies state finances, said the real cost of "
        "a long impasse is hard to see. “Nothing shuts down on day one. It’s the interest payments, the projects "
        "that don’t start, the staff who leave for steadier jobs,” he said. “By the time people notice, the damage "
        "is done.”",
        "Pennsylvania’s longest budget impasse, in 2015 and 2016, lasted nine months.",
    ],
    url="https://www.susquehannapublicmedia.org/politics/2026-12-04/pennsylvania-budget-five-months-late-who-is-feeling-it")

art("cns-capitol-presser", CNS, "Transit chiefs join House Democrats to press Senate on budget", "2026-12-07",
    ["Ben Takahashi"], [
        "HARRISBURG — Leaders of four transit agencies joined House Democrats in the Capitol on Monday to urge the "
        "Senate to pass a budget with new money for buses and trains before the holidays, warning that deeper "
        "service cuts are weeks away.",
        "The news conference in the Main Rotunda, led by House Majority Leader Renee Castellano, D-Philadelphia, "
        "came hours before the Senate returned to session for the first time since the House passed its $51.2 "
        "billion plan on Dec. 2.",
        Q_CASTELLANO,
        "Denise Okafor, chief executive of the Susquehanna Regional Transit Authority, said the Harrisburg-area "
        "agency had suspended four services on Sunday because of a driver shortage, and that it could not hire its "
        "way out without predictable state funding.",
        Q_OKAFOR_40,
        "Leaders of transit agencies in Altoona, Williamsport and Erie described similar problems and said they "
        "had borrowed to make payroll.",
        Q_LINDQVIST,
        "Lindqvist said Senate Republicans would release their own budget proposal this week. The House plan would "
        "add $282 million a year for transit by raising the share of the state sales tax that goes to the Public "
        "Transportation Trust Fund.",
        "Transit agencies across the state have borrowed a combined $118 million since July, according to the "
        "Keystone Transit Operators Association.",
    ],
    synd_title="Transit agencies warn of deeper cuts as Senate returns without a budget deal", synd_outlet=HL,
    synd_keep=8,
    synd_url="https://www.harrisburgledger.com/news/state/2026/12/07/transit-agencies-warn-deeper-cuts-senate-returns/",
    cns_url="https://www.commonwealthnews.org/2026/12/07/transit-chiefs-press-senate-on-budget/")

art("c21-capitol-presser", C21, "‘40 percent of our service’: Transit leaders warn lawmakers at Capitol",
    "2026-12-07", ["Nicole Ferrante"], [
        "HARRISBURG, Pa. (CentralPA 21) — The head of the Harrisburg area’s bus system stood in the Capitol Rotunda "
        "on Monday and told lawmakers the worst is yet to come.",
        Q_OKAFOR_40,
        "Denise Okafor leads the Susquehanna Regional Transit Authority, which stopped running four services "
        "Sunday. She was joined by House Majority Leader Renee Castellano and transit leaders from around the state "
        "who want the Senate to pass a budget with more money for public transportation.",
        Q_CASTELLANO,
        "Riders came too. Terrence Booker of Harrisburg held a sign that read “My bus, my job.” He said he uses "
        "Route 9, one of the suspended routes, to get to work at a grocery warehouse. “Now it’s two buses and a "
        "walk,” Booker said.",
        "Senate Republicans say the House budget spends too much. A spokeswoman for Senate Majority Leader Harold "
        "Vickery said the Senate would release its own plan this week.",
        "The state budget was due July 1.",
    ],
    url="https://www.centralpa21.com/news/politics/40-percent-of-our-service-transit-leaders-warn-lawmakers-at-capitol")

art("ledger-corrections", HL, "Corrections and clarifications", "2026-12-05", [], [
    "A story on Page A1 Friday about the Susquehanna Regional Transit Authority’s fare overhaul incorrectly stated "
    "when the agency last raised its base fare. The story said the $2 base fare “is the agency’s first increase "
    "since 2014.” SRTA last raised its base fare in 2017, from $1.50 to $1.75.",
    "A photo caption on Page B3 Thursday misidentified a speaker at the Swatara Township commissioners’ meeting. "
    "She is Township Manager Elaine Moyer.",
    "A Nov. 28 listing of holiday events gave the wrong start time for the Harrisburg tree lighting at City "
    "Island. The event begins at 5:30 p.m. Saturday, Dec. 12.",
    "The Ledger corrects errors of fact. To report an error, email corrections@harrisburgledger.com or call "
    "717-255-8100.",
])

art("ldr-yoder-townhall", LDR, "Yoder tells town hall he won’t back budget without transit ‘guardrails’",
    "2026-12-08", ["Ashley Kreider"], [
        "State Rep. Curtis Yoder told about 80 people at a town hall in Palmyra on Monday night that he would not "
        "vote for a budget that increases transit funding without new rules on how the money is spent.",
        "Yoder, R-Lebanon, the ranking Republican on the House Transportation Committee, voted against the House "
        "budget last week. He said he supports public transit but that agencies have not shown they can control "
        "costs.",
        "“I want the bus back on Route 22 on Sundays as much as anybody in this room,” Yoder said. “But if we send "
        "more money without guardrails, we will be back here in two years having the same conversation.”",
        "Several people in the audience at Palmyra Borough Hall pushed back. Elaine Hartranft, a retired teacher "
        "from Annville, said her neighbor relies on the bus to get to dialysis. “Guardrails don’t drive buses,” "
        "she said, drawing applause.",
        "Yoder said he would support a plan that releases new money in stages as agencies report on-time "
        "performance and administrative costs, an idea Senate Republicans have also floated.",
        "He also fielded questions about school funding, a proposed warehouse on Route 322 and the state’s "
        "broadband program. He said he expected the budget to be finished in January.",
    ],
    url="https://www.ldrecord.com/news/politics/yoder-tells-town-hall-he-wont-back-budget-without-transit-guardrails/"
        "article_1b7e9c30-44d2-5f0a-9e61-c2d8a7f03b14.html")

art("kbj-nonprofits-borrow", KBJ, "Budget impasse pushes nonprofits to borrow for payroll", "2026-12-07",
    ["Kevin Marsh"], [
        "Central Pennsylvania nonprofits that deliver services under state contracts are taking out loans to make "
        "payroll as the state budget impasse enters its sixth month, and some are paying interest rates above 9%.",
        "At least 40 nonprofits in Dauphin, Cumberland, Lebanon and Perry counties have drawn on credit lines or "
        "taken short-term loans since July, according to the Capital Region Nonprofit Alliance, which surveyed its "
        "members in November.",
        "“We are a $6 million organization fronting $1.4 million for the state,” said Tameka Ruffin, chief "
        "executive of Harbor Path Family Services, which runs foster care and in-home support programs in three "
        "counties. “The interest alone is two caseworkers.”",
        "Harbor Path borrowed $900,000 from Riverbend Community Bank in September at 9.25% interest. Ruffin said "
        "the organization has frozen hiring and delayed raises.",
        "Bankers say demand for bridge loans has grown each month. Riverbend’s chief lending officer, Paul "
        "Gettle, said the bank had extended about $7 million to nonprofits since the summer. “These are good "
        "borrowers. The state always pays eventually. The question is how long they can carry it,” he said.",
        "The state does not reimburse interest that organizations pay while waiting for delayed budget payments. "
        "Bills introduced in both chambers after the 2015-16 impasse to change that never came to a vote.",
        "The alliance’s executive director, Marcy Delgado, said at least four of its members have laid off staff "
        "and two have closed programs. “Every week this goes on, some of these programs don’t come back,” she "
        "said.",
    ],
    url="https://www.keystonebizjournal.com/news/2026/12/07/budget-impasse-nonprofits-borrow-payroll.html")

art("c21-rider-rally", C21, "Bus riders rally at Capitol, urge Senate to fund transit", "2026-12-01",
    ["Tony Marchetti"], [
        "HARRISBURG, Pa. (CentralPA 21) — About 150 bus riders, drivers and advocates rallied on the Capitol steps "
        "Tuesday, urging the state Senate to approve more money for public transportation.",
        "Many carried signs with the numbers of routes they ride. Organizers from the Harrisburg Transit Riders "
        "Alliance read letters from riders who said they would lose jobs or medical care if service is cut.",
        "“I don’t have a car. I have a bus pass and a job, and if I lose one I lose the other,” said Monique "
        "Tran, who rides Route 7 from Harrisburg’s Allison Hill neighborhood to a job at a call center.",
        "The rally came a day after the Susquehanna Regional Transit Authority warned it would suspend four "
        "services because of a driver shortage, and a day before the House is expected to vote on a budget that "
        "includes $282 million more for transit.",
        "Carla Mendenhall, president of the union that represents SRTA drivers, told the crowd that drivers were "
        "working six- and seven-day weeks. “Fund the buses, and we will drive them,” she said.",
        "A spokeswoman for Senate Republicans said the caucus would review the House plan once it passes.",
    ],
    url="https://www.centralpa21.com/news/politics/bus-riders-rally-at-capitol-urge-senate-to-fund-transit")

# ================================================================== local news
art("cvc-warehouse-fire", CVC, "Fire destroys vacant warehouse in Carlisle; no injuries reported", "2026-12-05",
    ["Brianna Holtz"], [
        "A fire destroyed a vacant warehouse on Carlisle’s north side early Saturday, sending smoke across "
        "Interstate 81 and drawing crews from eight fire companies.",
        "Cumberland County 911 received the first call at 3:42 a.m. reporting flames at the former Keystone "
        "Fastener Co. building on North College Street. The fire went to a third alarm within 40 minutes, and "
        "crews were on the scene until early afternoon.",
        "No one was hurt. Carlisle Fire Chief Mark Dorsheimer said the 62,000-square-foot building had been "
        "empty since 2021 and had no working utilities. “With a building that size, once it gets into the roof "
        "you’re playing defense,” he said.",
        "Pennsylvania State Police traffic control slowed northbound I-81 near Exit 49 for about two hours "
        "because of the smoke.",
        "The cause is under investigation by a state police fire marshal, which is routine for a fire of that "
        "size, Dorsheimer said.",
        "The property was sold in August to Linglestown Road Partners LLC, which had applied to the borough to "
        "demolish the building and develop the site for flex industrial space. A representative of the company "
        "could not be reached Saturday.",
    ],
    url="https://www.cvcourier.com/story/news/local/2026/12/05/fire-destroys-vacant-warehouse-carlisle/71847330007/")

art("ledger-water-main", HL, "Water main break floods Midtown basements, detours buses on Third Street",
    "2026-12-06", ["Dana Whitcomb"], [
        "A 16-inch water main broke under North Third Street in Midtown Harrisburg early Saturday, flooding at least "
        "a dozen basements and forcing buses and cars onto side streets for most of the day.",
        "Capital Region Water said the break, near the intersection with Reily Street, was reported at 5:10 a.m. "
        "Crews shut off the line by 7 a.m., leaving about 300 customers without water for up to nine hours.",
        "Residents of the 1500 block said water came up through floor drains before dawn. “It sounded like "
        "somebody left a hose running in the basement,” said Greg Amundsen, who lost a furnace and a freezer.",
        "The main was installed in 1924, the utility said. It is on a list of pipes scheduled for replacement in "
        "2028.",
        "The Susquehanna Regional Transit Authority detoured Routes 4 and 7 onto Second Street until about 4 p.m.",
        "Capital Region Water spokeswoman Andrea Liu said customers whose property was damaged can file a claim "
        "with the utility, which will review each case. She said residents who notice discolored water should run "
        "their cold taps for several minutes.",
        "It was the third main break in Midtown since September.",
    ],
    url="https://www.harrisburgledger.com/news/local/2026/12/06/water-main-break-floods-midtown-basements/")

art("hc-later-start", HC, "Derry Township board approves later high school start for 2027-28", "2026-12-03",
    ["Lisa Gantz"], [
        "Hershey High School students will start class nearly an hour later beginning next fall after the Derry "
        "Township school board voted 6-3 on Tuesday to push back the first bell from 7:25 a.m. to 8:20 a.m.",
        "The change, which takes effect in the 2027-28 school year, also moves the middle school start to 8:05 "
        "a.m. Elementary schools will start 15 minutes earlier, at 8:40 a.m., so the district can use the same "
        "buses for all three tiers.",
        "Board president Gail Stoner said the board had been studying the idea for two years. “The research on "
        "teenagers and sleep is about as settled as research gets,” she said.",
        "Anjali Raman, a sleep researcher at Swatara University who presented to the board in October, said later "
        "start times have been linked to fewer car crashes involving teen drivers and better attendance. “A "
        "teenager’s body clock shifts later in puberty. An earlier bedtime doesn’t fix it,” Raman said.",
        "Opponents, including three board members, said later dismissal will cut into practices, part-time jobs "
        "and family schedules. Athletic director Tom Shirk said some away games would require early dismissal.",
        "The district expects the change to cost about $140,000 a year, mostly for additional bus driver hours. "
        "Superintendent Michael Rourke said the district’s bus contractor had warned it may have trouble finding "
        "drivers.",
    ],
    url="https://www.hersheychronicle.com/news/derry-township-board-approves-later-high-school-start/")

art("ledger-dauphin-budget", HL, "Dauphin County adopts $218 million budget with no tax increase", "2026-12-05",
    ["Dana Whitcomb"], [
        "Dauphin County commissioners on Friday adopted a $218 million budget for 2027 that holds the property tax "
        "rate steady for the 11th straight year but leans on reserves to cover rising costs at the county prison "
        "and nursing home.",
        "The 2-1 vote keeps the tax rate at 6.876 mills. The owner of a home assessed at $150,000 will continue to "
        "pay about $1,031 a year in county taxes.",
        "The budget draws $9.4 million from the county’s reserve fund, up from $6.1 million this year. "
        "Commissioner Lorraine Vukovich, who voted no, said the county cannot keep doing that. “We are spending "
        "our savings to avoid a conversation we are going to have to have next year anyway,” she said.",
        "Commissioners Frank Delmonte and Raymond Ochs said a tax increase would be unfair while the state budget "
        "impasse leaves the county fronting money for human services. The county has advanced about $11 million "
        "for state-funded programs since July.",
        "The spending plan includes 3% raises for most county employees and $2.6 million to hire 24 corrections "
        "officers at Dauphin County Prison, where overtime has exceeded $5 million this year.",
        "The county also set aside $750,000 as its local match for the Susquehanna Regional Transit Authority, "
        "unchanged from 2026.",
    ],
    url="https://www.harrisburgledger.com/news/local/2026/12/05/dauphin-county-adopts-218-million-budget/")

art("c21-deer-crashes", C21, "Deer crashes peak in December; troopers urge drivers to slow down", "2026-12-05", [], [
    "HARRISBURG, Pa. (CentralPA 21) — State troopers are asking drivers to slow down and watch the roadsides as "
    "deer-related crashes reach their yearly peak.",
    "Troop H, which covers Dauphin, Cumberland, Perry, Franklin and Adams counties, investigated 212 crashes "
    "involving deer in November, up from 168 in October, a spokesman said. Three people were seriously injured.",
    "Deer are most active at dawn and dusk, which in December overlap with the morning and evening commutes. "
    "The rut and the hunting season keep them moving.",
    "“If you see one deer, expect more behind it,” said Trooper Dana Kissinger. “Brake firmly, stay in your "
    "lane, and don’t swerve. Swerving is how a deer crash turns into a rollover.”",
    "Troopers said drivers who hit a deer should pull over, turn on their hazard lights and call 911 if anyone "
    "is hurt or the animal is blocking the road.",
    "Roads that run along wooded ridges, including Route 322 near Clarks Ferry and Interstate 81 near Grantham, "
    "have among the highest numbers of deer crashes in the region, according to the agency’s data.",
])

art("hc-library-grant", HC, "Spring Creek library expansion wins $750,000 state grant", "2026-12-04",
    ["Lisa Gantz"], [
        "The Spring Creek Community Library in Hershey will receive a $750,000 state grant toward a planned "
        "expansion that would add a children’s wing and a makerspace, library officials said Thursday.",
        "The grant, from the state’s public library facilities program, covers about a quarter of the project’s "
        "$3 million cost. The library has raised $1.4 million from private donors and the township.",
        "Executive director Renata Kuhn said the grant money was approved before the budget impasse and is not "
        "affected by it. “This is money that was already set aside. We were very relieved to hear that,” she said.",
        "The 4,800-square-foot addition would be built on the lawn behind the current building. Kuhn said "
        "children’s programs have outgrown the basement meeting room, where story time drew more than 60 children "
        "some weeks this fall.",
        "The library hopes to break ground in the summer of 2027 and open the wing in late 2028. It is still "
        "seeking about $850,000.",
    ],
    url="https://www.hersheychronicle.com/news/spring-creek-library-expansion-wins-state-grant/")

art("kbj-paxton-redevelopment", KBJ, "Developer pitches apartments, clinic for vacant Paxton Street retail site",
    "2026-12-07", ["Kevin Marsh"], [
        "A Lancaster developer wants to turn a vacant shopping center on Paxton Street in Swatara Township into "
        "320 apartments, a medical clinic and a small grocery store, according to plans filed with the township.",
        "Conestoga Ridge Development Co. has an agreement to buy the 19-acre Paxton Commons site, where the last "
        "anchor store closed in 2024. The sketch plan calls for four residential buildings of four stories each "
        "and about 45,000 square feet of commercial space along the street.",
        "“It’s a well-located piece of land that has been sitting empty. We think it can be a neighborhood again,” "
        "said Conestoga Ridge principal Anthony Reigle.",
        "The plan requires a zoning change from commercial to mixed use. The township planning commission is "
        "scheduled to review it Jan. 6.",
        "Township Manager Elaine Moyer said officials were encouraged but would look closely at traffic on Paxton "
        "Street and at the site’s stormwater system. The property sits near the Spring Creek floodplain.",
        "The developer said it had asked the Susquehanna Regional Transit Authority about adding a bus shelter at "
        "the site’s entrance. The Route 14 circulator, which served the shopping center, was suspended Sunday.",
        "Reigle said construction could begin in 2028 if approvals go smoothly.",
    ],
    url="https://www.keystonebizjournal.com/news/2026/12/07/paxton-commons-redevelopment-apartments-clinic.html")

art("ldr-stormwater-fee", LDR, "Lebanon council approves stormwater fee averaging $7 a month", "2026-12-08",
    ["Tom Reifsnyder"], [
        "Lebanon City Council voted 4-1 on Monday to create a stormwater fee that will cost the owner of a typical "
        "house about $84 a year, starting in July.",
        "The fee is based on the amount of hard surface on each property, such as roofs, driveways and parking lots. "
        "Owners of large commercial properties will pay the most. The city expects it to raise about $2.3 million a "
        "year.",
        "City engineer Marcus Feeser said the money is needed to meet federal and state requirements to reduce "
        "pollution running into Quittapahilla Creek and to repair storm pipes, some more than a century old.",
        "“We have been paying for this out of the general fund and it has not been enough,” Mayor Janice Rhoads said. "
        "“A fee is fairer than a tax because the properties that create the most runoff pay the most.”",
        "Council member Victor Ramos voted no, saying the city should have waited until the state budget is "
        "settled. Churches and nonprofits, which do not pay property tax, will pay the fee, but can reduce it by "
        "installing rain gardens or other improvements.",
        "The city will mail each property owner an estimate of the fee in the spring.",
    ],
    url="https://www.ldrecord.com/news/local/lebanon-council-approves-stormwater-fee/"
        "article_f2a09b47-6c31-5e8d-8d14-73b5e0c9a612.html")

# ================================================================== Swatara University
art("ledger-oped-capping", HL, "Fare capping is a good start. Now fix the schedules.", "2026-12-06",
    ["Helen Vasquez-Ruiz"], [
        "When the Susquehanna Regional Transit Authority board voted Thursday to cap fares, it joined a small but "
        "growing number of agencies that have stopped punishing riders for being poor.",
        "The old system was simple and unfair. A rider who could afford $55 up front for a monthly pass paid far "
        "less per trip than a rider who paid $1.75 at a time. Capping fixes that. Pay as you go, and once you have "
        "paid the price of a pass, you ride free.",
        "I have studied fare policy for 15 years, and I supported this plan. But riders should be clear about what "
        "it does not do. A fare cap does not make the bus come more often. It does not make it come on time. And "
        "on Sunday, for riders on four suspended services, it does not make it come at all.",
        "SRTA’s real problem is not price. It is time. Most of its routes run every 30 or 60 minutes. A rider "
        "who misses a transfer at Market Street can lose an hour. Surveys the agency commissioned last year found "
        "that riders ranked frequency and reliability well above fares when asked what would make them ride more.",
        "That means the agency’s next decisions matter more than this one. When drivers are hired and routes "
        "return, SRTA should not simply restore the old schedules. It should redesign its network around fewer, "
        "more frequent lines, as agencies in cities of similar size have done, and publish a plan riders can see.",
        "It also means the state budget matters. Frequency costs drivers, and drivers cost money. The House has "
        "passed a plan that would give transit agencies a stable source of funding. The Senate should not let it "
        "die over the holidays.",
        "Finally, SRTA should fix the weak point of its new fares: cash. A rider who pays coins on the bus will not "
        "be capped. Until riders can load cash on board, the agency should count cash fares toward the cap for "
        "anyone who registers a card.",
        "Capping is the right idea. Riders will judge it by whether the bus shows up.",
    ],
    bio="Helen Vasquez-Ruiz is a professor of urban planning at Swatara University and a member of SRTA’s citizens "
        "advisory committee. She rides Route 7.",
    url="https://www.harrisburgledger.com/opinion/columns/2026/12/06/fare-capping-good-start-fix-the-schedules/")

art("spm-swatara-grant", SPM, "Swatara University wins $3.1 million federal grant to study rural transit",
    "2026-12-02", ["Hannah Scholl"], [
        "Swatara University has received a $3.1 million federal grant to study how people in rural central "
        "Pennsylvania get to jobs, doctors and grocery stores when they do not have a car.",
        "The four-year project, funded by the U.S. Department of Transportation’s university transportation "
        "research program, will follow about 1,200 households in Perry, Juniata, Lebanon and Franklin counties, "
        "the university announced Wednesday.",
        "Researchers will ask participants to log their trips on a phone app and will test three kinds of service: "
        "on-demand vans, volunteer driver programs and subsidized rides with taxi and ride-hailing companies.",
        "“In a lot of rural places, the bus was never an option, and the nearest doctor is 25 miles away,” said "
        "Helen Vasquez-Ruiz, a professor of urban planning who will lead the project. “We know very little about "
        "what people actually do, and what it costs them.”",
        "The team includes researchers from the university’s nursing and economics departments and will work with "
        "two regional transit agencies, including the Susquehanna Regional Transit Authority.",
        "Swatara University, in Middletown, enrolls about 6,400 students. It is the university’s largest federal "
        "research award in transportation.",
    ],
    url="https://www.susquehannapublicmedia.org/education/2026-12-02/swatara-university-wins-3-1-million-grant-rural-transit")

art("ldr-swatara-nursing", LDR, "Swatara University to offer nursing degree at Lebanon campus", "2026-12-01",
    ["Ashley Kreider"], [
        "Swatara University will begin offering its four-year nursing degree at its Lebanon campus next fall, "
        "responding to a shortage of nurses at hospitals and nursing homes in Lebanon County.",
        "The program will admit 40 students a year, university officials said Monday. Students will take their "
        "clinical training at hospitals and long-term care centers in Lebanon and Hershey.",
        "“Students in Lebanon County have told us for years that driving to Middletown every day is the thing that "
        "stops them,” said Provost Carol Eshleman. “Now they won’t have to.”",
        "The university is converting the second floor of its Cumberland Street building into a simulation lab "
        "with six patient bays. The $2.2 million renovation is being paid for in part by a grant from the Lebanon "
        "Valley Health Foundation.",
        "Nursing homes in the county have struggled to keep staff. Gwen Heisey, administrator of Maple Terrace "
        "Nursing Center, said her facility has 11 open nursing positions. “If even a few of these graduates stay "
        "here, it makes a difference,” she said.",
        "Applications for fall 2027 open Jan. 15. The university said it would hold an information session at the "
        "campus on Jan. 28.",
    ],
    url="https://www.ldrecord.com/news/education/swatara-university-to-offer-nursing-degree-at-lebanon-campus/"
        "article_3d6e1a88-0b5f-5c44-a7d9-e1c4f0b27a53.html")
