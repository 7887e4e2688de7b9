# -*- coding: utf-8 -*-
"""The canonical article table of blind21: four invented outlets of north-east Washington / the Inland Northwest,
late November - early December 2026. Every story, person, outlet and organisation is invented; places are real.

S* = The Kettle Valley Sentinel (regional daily, Colville)      K* = KLBR News (public radio newsroom, Spokane)
T* = The Tamarack Report (nonprofit investigative newsroom)     N* = Northwest Water & Power Weekly (trade weekly)
"""

ART = {}


def art(aid, outlet, title, date, authors, paras, **kw):
    ART[aid] = dict(outlet=outlet, title=title, date=date, authors=authors, paras=paras, **kw)


# ------------------------------------------------------------------ text that repeats on purpose (must be KEPT)
# (b) the Sentinel's standard background paragraph of its "Below the Dam" series (S1, S3, S4)
BG_DAM = ("Corbin Creek Dam, an earthen dam finished in 1958, holds back about 41,000 acre-feet of water in Corbin "
          "Lake, nine miles upstream of Addy. About 1,300 people live in the inundation zone mapped by the state "
          "Department of Ecology, most of them in Addy and along Highway 395.")
# (b) the Tamarack Report's standard background paragraph of its "Paper Water" series (T1, T2, T3)
BG_DISTRICT = ("The Lower Kettle Irrigation District delivers water to about 640 farms and 9,000 acres between "
               "Kettle Falls and Marcus. It is governed by a five-member elected board and collects about $4.2 "
               "million a year in assessments, which landowners pay with their property taxes.")
# (a) the same official says the same sentence in two Sentinel stories (S1, S4) and to KLBR (K1)
Q_OSEI = ("“Nobody below that dam needs to pack a bag tonight, but nobody should tune this out, either,” said Rita "
          "Osei, Stevens County’s emergency management director.")
Q_OSEI_SHORT = "“Nobody below that dam needs to pack a bag tonight, but nobody should tune this out, either,” Osei said."
# the state engineer's sentence, in the Sentinel (S3) and the trade weekly (N3)
Q_ENG = ("“The spillway is doing its job today. What we don’t know is whether it can do its job during a 100-year "
         "flood,” said Marcus Hale, a dam safety engineer with the state Department of Ecology.")
# the district manager's statement, in the Tamarack Report (T3) and on KLBR (K8)
Q_HARSTAD = ("“We have nothing to hide, and we will hand the auditor every page,” district manager Glen Harstad said "
             "in a statement.")

# ================================================================== The Kettle Valley Sentinel
SEN = "The Kettle Valley Sentinel"
art("sen-dam-crack", SEN, "Inspectors find crack in Corbin Creek Dam spillway", "2026-11-24", ["Dana Whitfield"], [
    "ADDY — State inspectors have found a crack running nearly the full width of the concrete spillway at Corbin "
    "Creek Dam, and the irrigation district that owns the dam has been told to keep the reservoir below its normal "
    "winter level until engineers know how deep the crack goes.",
    "The crack, about 38 feet long and up to an inch wide in places, was spotted during a routine inspection Nov. "
    "19, according to a letter the Department of Ecology sent to the Lower Kettle Irrigation District.",
    BG_DAM,
    Q_OSEI,
    "Osei said the county would mail a notice this week to every address in the inundation zone explaining how "
    "residents would be warned if conditions change. District manager Glen Harstad did not return calls Monday.",
], series=1)
art("sen-levy", SEN, "Colville schools levy passes by 212 votes after final count", "2026-11-25", ["Luz Carrillo"], [
    "COLVILLE — The Colville School District’s replacement levy has passed, according to the final count "
    "certified Tuesday by the Stevens County auditor, ending three weeks of uncertainty for a district that had "
    "already drafted a list of cuts.",
    "The four-year levy won 50.9% of the vote, a margin of 212 ballots out of roughly 4,600 cast. Election night "
    "returns had it failing by 61 votes; late-arriving ballots from Arden and the north end of the district "
    "reversed the result.",
    "“I have never refreshed a web page so many times in my life,” said Superintendent Harold Vance. “We can stop "
    "planning to cut sports and music, and start planning to fix the roof at Fort Colville Elementary.”",
    "The levy will collect about $1.71 per $1,000 of assessed value, slightly less than the measure it replaces. "
    "Opponents had argued the district should have waited until property values were reassessed next year.",
])
art("sen-dam-drawdown", SEN, "District starts lowering Corbin Lake as engineers study spillway crack", "2026-11-30",
    ["Dana Whitfield"], [
        "ADDY — The Lower Kettle Irrigation District began releasing water from Corbin Lake on Monday morning, "
        "starting a drawdown that will lower the reservoir by about 12 feet before the end of December.",
        "The district opened the dam’s low-level outlet at 8 a.m., sending roughly 140 cubic feet per second down "
        "Corbin Creek. Residents along Marble Valley Road were told to expect the creek to run higher than usual "
        "but well within its banks.",
        BG_DAM,
        Q_ENG,
        "Engineers from a Spokane consulting firm will drill cores from the spillway next week. The district’s "
        "board is scheduled to see their first findings Dec. 15.",
    ], series=2)
art("sen-tree-permits", SEN, "Christmas tree permits on sale for Colville National Forest", "2026-11-30", [], [
    "Permits to cut a Christmas tree on the Colville National Forest are on sale now for $10 each, limit three per "
    "household, the Forest Service said.",
    "Permits are sold at the Colville, Kettle Falls and Republic ranger district offices and online. Fourth-graders "
    "with a valid parks pass can get one free.",
    "Trees must be cut at least 200 feet from highways and campgrounds and may be no taller than 12 feet. Forest "
    "officials asked cutters to leave stumps no higher than 6 inches and to carry chains; several forest roads are "
    "not plowed.",
])
art("sen-plow-overtime", SEN, "County road crews burn through half their overtime budget in one storm", "2026-12-01",
    ["Tom Brekke"], [
        "COLVILLE — Stevens County’s road crews used about half of this winter’s overtime budget during the storm "
        "that dropped up to 20 inches of snow on the county over Thanksgiving weekend, Public Works Director Anne "
        "Kowalczyk told commissioners Monday.",
        "Plow drivers logged 1,940 overtime hours between Wednesday night and Sunday, at a cost of roughly "
        "$118,000. The county budgeted $240,000 for winter overtime for the full season.",
        "“We don’t get to choose when it snows,” Kowalczyk said. “If we run out, I’ll be back in this room asking "
        "for more, and I’d rather tell you now.”",
        "Commissioner Wes Dahlgren asked whether the county could hire seasonal drivers instead. Kowalczyk said the "
        "department had advertised three seasonal positions in October and received one application.",
    ])
art("sen-dam-townhall", SEN, "At packed Addy meeting, residents ask who pays if the dam fails", "2026-12-02",
    ["Dana Whitfield"], [
        "ADDY — More than 200 people filled the Addy Grange hall Tuesday night, many of them standing along the "
        "walls, to question county and irrigation district officials about the cracked spillway at Corbin Creek "
        "Dam.",
        "The questions returned again and again to money: who would pay to repair the spillway, who would pay if it "
        "failed, and whether homeowners below the dam could even buy flood insurance at this point.",
        BG_DAM,
        Q_OSEI,
        "Glen Harstad, the district’s manager, told the crowd the repair could cost between $3 million and $9 "
        "million and that the district would seek state and federal grants before raising assessments. “I’m not "
        "going to stand here and promise you a number I don’t have,” he said.",
        "Addy resident Carol Feeney, whose house sits 200 yards from the creek, said she left with more questions "
        "than she came with. “They keep saying the odds are small,” she said. “Small isn’t zero.”",
    ], series=3)
art("sen-clinic", SEN, "Chewelah clinic to reopen weekend urgent care", "2026-12-02", ["Luz Carrillo"], [
    "CHEWELAH — The Chewelah Valley Clinic will reopen its weekend urgent care in January, nearly two years after "
    "staffing shortages forced it to close on Saturdays and Sundays.",
    "Clinic director Dr. Imani Brooks said the clinic had hired two physician assistants and a nurse practitioner "
    "this fall. Weekend hours will run from 9 a.m. to 5 p.m., starting Jan. 9.",
    "Since the weekend closure, patients have driven to Colville or Spokane or waited until Monday. “We heard about "
    "a lot of broken wrists that waited two days,” Brooks said.",
    "The clinic said it would not charge more for weekend visits than for weekday appointments.",
])
MILL_P2_WRONG = ("The mill now employs 221 people on two day shifts. Plant manager Deb Larkin said a backlog of "
                 "orders for studs from builders in the Spokane area made a third shift worthwhile for the first "
                 "time since 2019.")
art("sen-mill-shift", SEN, "Kettle Falls sawmill adds a night shift, hiring 40", "2026-12-03", ["Tom Brekke"], [
    "KETTLE FALLS — Northport Timber Co. will add a night shift at its Kettle Falls sawmill in January, hiring "
    "about 40 people, the company said Wednesday.",
    MILL_P2_WRONG,
    "“We’ve been turning down orders,” Larkin said. “That’s not a problem a sawmill in this county has had in a "
    "long time.”",
    "Starting pay for the night shift will be $24.50 an hour, with a $2 shift differential. The company will hold "
    "a hiring fair Dec. 12 at the Kettle Falls Community Center.",
],
    corrected_p2=MILL_P2_WRONG.replace("221", "212"),
    correction="Correction: An earlier version of this story misstated the number of people the mill employs. It "
               "employs 212 people, not 221.")
art("sen-northport-bridge", SEN, "Northport bridge to close overnight for deck repairs", "2026-12-04", ["Tom Brekke"], [
    "NORTHPORT — The Columbia River bridge at Northport will close to traffic overnight for three weeks starting "
    "Dec. 7 while crews patch its deck, the state Department of Transportation said Thursday.",
    "The closures will run from 9 p.m. to 5 a.m., Sunday night through Thursday night. Drivers will be detoured "
    "through Kettle Falls, a trip of about 35 miles. Emergency vehicles will be let through with a 15-minute wait.",
    "“We picked the hours with the fewest crossings, but we know that’s cold comfort if you work nights,” said "
    "agency spokesperson Hollis Grant.",
    "The bridge, built in 1951, carries about 1,100 vehicles a day. A full replacement is listed in the state’s "
    "long-range plan but is not funded.",
])

# ================================================================== The Tamarack Report
TAM = "The Tamarack Report"
art("tam-travel", TAM, "Irrigation board members billed ratepayers $61,000 for conference travel", "2026-11-23",
    ["Mara Lindqvist"], [
        "Board members of the Lower Kettle Irrigation District charged the district more than $61,000 for travel to "
        "conferences over the past three years, including trips to Palm Springs, Honolulu and Scottsdale, according "
        "to expense records obtained by The Tamarack Report.",
        BG_DISTRICT,
        "The records, released under the state Public Records Act after a four-month wait, show that two of the "
        "five board members, chair Lyle Bratton and Dorothy Quist, accounted for nearly three-quarters of the "
        "spending. Bratton attended nine conferences in three years; the district’s own policy allows two a year.",
        "“It’s a learning opportunity. Water law changes every year, and these meetings are where we hear about it "
        "first,” Bratton said in an interview. He said he had repaid the district for a spouse’s airfare on one "
        "trip after an auditor questioned it in 2024.",
        "Ratepayers who reviewed the records for this story were less forgiving. “I pay $38 an acre and I’ve never "
        "been to Hawaii,” said Arnie Voss, who farms 60 acres of hay near Marcus.",
    ], series=1, dek="Two of five board members accounted for most of the spending; district policy allows two "
                     "trips a year.",
    klbr_title="Irrigation board members spent $61,000 on conference travel, records show")
art("tam-nobid", TAM, "Lower Kettle irrigation district steered $1.3 million to board chair’s brother-in-law",
    "2026-11-30", ["Mara Lindqvist", "Caleb Ortiz"], [
        "The Lower Kettle Irrigation District paid $1.3 million over five years to an excavation company owned by "
        "the brother-in-law of its board chair, and never once put the work out to bid, district records show.",
        BG_DISTRICT,
        "State law requires irrigation districts to seek competitive bids on public works projects over $75,000 "
        "or, for smaller jobs, to rotate work among contractors on a published roster. The Tamarack Report found 23 "
        "payments to Bratton Ridge Excavating between 2021 and 2026, including three canal-lining jobs that each "
        "exceeded $100,000.",
        "Bratton Ridge is owned by Kent Amdahl, who is married to the sister of board chair Lyle Bratton. Bratton "
        "voted to approve each of the three large contracts. He said in an interview that he did not consider "
        "Amdahl a relative “in the legal sense” and that no other local firm had the equipment for the jobs.",
        "Two other excavation contractors in Stevens County told The Tamarack Report they had never been asked to "
        "bid on district work and would have done so.",
        "“The rules exist exactly so that nobody has to take a board member’s word for it,” said Priya Dunleavy, a "
        "former assistant state auditor who now advises small local governments.",
    ], series=2, dek="Twenty-three payments, no bids, and a board chair who voted yes on the biggest jobs.",
    sen_title="Irrigation district gave $1.3 million in no-bid work to board chair’s relative",
    sen_local=("In Stevens County, the district’s assessment appears on about 1,100 property tax statements. The "
               "county treasurer’s office said it has taken calls from landowners asking whether they can withhold "
               "the assessment; they cannot without risking a lien."),
    sen_local_after=3)
art("tam-auditor", TAM, "State auditor opens review of Lower Kettle irrigation district spending", "2026-12-04",
    ["Caleb Ortiz"], [
        "The Washington State Auditor’s Office has opened a special review of the Lower Kettle Irrigation "
        "District’s contracting and travel spending, an office spokesperson confirmed Thursday, following two "
        "investigations by The Tamarack Report.",
        BG_DISTRICT,
        "Special reviews are less common than the routine audits the office conducts every two years. The office "
        "typically opens one when it receives credible complaints about misuse of public money; the spokesperson, "
        "Janelle Ruiz, would not say how many complaints it had received about the district.",
        Q_HARSTAD,
        "Board chair Lyle Bratton did not respond to messages. The board’s next meeting is Dec. 15, the same night "
        "engineers are scheduled to present findings on the cracked spillway at the district’s Corbin Creek Dam.",
    ], series=3, dek="The review follows two Tamarack Report investigations into travel and no-bid contracts.")
art("tam-jail-medical", TAM, "County jail’s medical contractor missed staffing requirements 14 months in a row",
    "2026-11-25", ["Caleb Ortiz"], [
        "The private company that provides medical care in the Pend Oreille County jail fell short of the nurse "
        "staffing its contract requires in each of the past 14 months, yet the county paid the full monthly fee "
        "every time, according to invoices and staffing logs reviewed by The Tamarack Report.",
        "The contract with Summit Correctional Health requires a registered nurse on site 16 hours a day. Logs show "
        "the jail averaged fewer than nine hours of nurse coverage a day in 2026, and on 41 days no nurse came in "
        "at all.",
        "The contract allows the county to deduct $85 for every unstaffed hour. Had it done so, the county would "
        "have withheld about $290,000. Sheriff Neil Ambrose said his office had raised the gaps with the company "
        "“many times” but that the deduction clause was “a last resort.”",
        "Summit said in a statement that a regional nursing shortage had affected all of its clients and that it "
        "had used telehealth to cover gaps.",
    ], dek="The county could have withheld about $290,000. It paid in full every month.")
art("tam-hospital-levy", TAM, "Hospital district raised its tax levy without the hearing the law requires",
    "2026-12-01", ["Mara Lindqvist"], [
        "Ferry County Public Hospital District No. 2 increased its property tax levy by 6% this year without "
        "holding the public hearing state law requires before such an increase, meeting minutes and county "
        "assessor records show.",
        "Taxing districts in Washington can raise their regular levy by up to 1% a year on their own; larger "
        "increases require banked capacity and a hearing. The district had unused capacity from earlier years, but "
        "minutes from its September and October meetings show no hearing was held.",
        "Superintendent Roger Thiel said the omission was an oversight by a former administrator and that the "
        "district would hold a hearing in January. “The money went to keep the emergency room open. I’d make the "
        "same decision again, but we should have done it in public,” he said.",
        "The levy increase adds about $23 a year to the tax bill on a $250,000 home.",
    ])
art("tam-sheriff-ot", TAM, "Three deputies earned more in overtime than in base pay", "2026-12-02", ["Caleb Ortiz"], [
    "Three Stevens County sheriff’s deputies each earned more in overtime last year than in base salary, and one "
    "was paid for 22-hour days on eleven occasions, according to payroll records obtained by The Tamarack Report.",
    "The highest earner, a patrol sergeant, was paid $104,000 in overtime on top of a base salary of $88,000. Two "
    "deputies earned $91,000 and $86,500 in overtime.",
    "Sheriff’s office spokesperson Lt. Dawn Keller said the department had eight vacant positions for most of the "
    "year and that overtime was cheaper than hiring. “Somebody has to answer the call at 3 a.m.,” she said. Keller "
    "said the office had no policy limiting consecutive hours on duty.",
    "Researchers who study police work say fatigue from long shifts raises the risk of crashes and of poor "
    "decisions in the field.",
    "Correction, Dec. 3, 2026: An earlier version of this story misstated the base salary of the highest-paid "
    "sergeant. It is $88,000, not $78,000.",
], dek="One sergeant was paid for 22-hour days on eleven occasions.")
art("tam-community-fund", TAM, "County’s new ‘community fund’ has no public board and no published grants",
    "2026-12-03", ["Mara Lindqvist"], [
        "A fund Stevens County created in June to hand out $2 million in federal recovery money has awarded at "
        "least $640,000 in grants without publishing who received them, and its advisory board has never held a "
        "public meeting.",
        "County commissioners set up the Stevens County Community Resilience Fund to help small businesses and "
        "nonprofits hurt by the 2025 wildfires. A resolution names a five-member advisory board but does not say "
        "how members are chosen.",
        "In response to a records request, the county released a list of 19 grants. Four went to organizations "
        "whose directors also sit on the advisory board. Commissioner Wes Dahlgren said the board members had "
        "recused themselves from those votes, but the county could provide no minutes showing it.",
        "“Recusal you can’t document isn’t recusal,” said Rachel Obi of the Inland Open Records Project.",
    ])
art("tam-housing", TAM, "Housing authority left 31 units empty while its waitlist grew", "2026-11-27",
    ["Caleb Ortiz"], [
        "The Tri-County Housing Authority kept 31 of its apartments empty for more than six months this year while "
        "more than 400 families sat on its waiting list, according to vacancy reports obtained by The Tamarack "
        "Report.",
        "Most of the units needed repairs the authority said it could not afford. Federal rules allow housing "
        "authorities to leave units offline for modernization, but they must report the reason; eleven of the 31 "
        "units were listed with no reason at all.",
        "Executive director Paula Riggs said the authority had lost three of its five maintenance workers and could "
        "not fill the jobs at the wages it pays. “Every one of those units is a family I can picture,” she said.",
        "The authority received $1.1 million in federal capital funds in 2025. Records show it spent about "
        "$280,000 of it.",
    ], dek="More than 400 families waited. Eleven of the empty units were listed with no reason at all.")

# ================================================================== KLBR News
KLBR = "KLBR News"
art("klbr-drawdown", KLBR, "Corbin Lake drawdown begins as state studies cracked spillway", "2026-11-30",
    ["Ana Morales"], [
        "Water started pouring out of the bottom of Corbin Creek Dam on Monday, as the irrigation district that "
        "owns it began lowering the lake behind it by about 12 feet.",
        "State inspectors found a long crack in the dam’s concrete spillway earlier this month. Nobody is saying "
        "the dam is about to fail. But the state wants less water pushing against it while engineers figure out "
        "how bad the crack is.",
        "In Addy, about nine miles downstream, Stevens County emergency manager Rita Osei has been going door to "
        "door with printed evacuation maps.",
        Q_OSEI_SHORT,
        "The drawdown is expected to take most of December. Engineers plan to drill into the spillway next week.",
    ], signoff="Colville", time="17:42", teaser="The lake behind Corbin Creek Dam will drop about 12 feet this month.")
art("klbr-trout", KLBR, "Spokane River redband trout count is the best in a decade", "2026-11-26", ["Owen Fitch"], [
    "Biologists counting redband trout on the upper Spokane River found more fish this fall than in any survey "
    "since 2015, a result they credit to two cool, wet summers and changes in how water is released from upstream "
    "dams.",
    "The annual survey, done from a boat with a mild electric current that briefly stuns fish, counted about 1,850 "
    "trout per mile in the stretch below Nine Mile Falls. Three years ago the count was under 900.",
    "“It’s one good year. I’d want three before I call it a trend,” said state fish biologist Karen Lindahl. She "
    "said the river still gets too warm in August for the fish to thrive.",
    "The catch-and-release rule on the upper river will stay in place for at least two more years.",
], signoff="Spokane", time="07:10", teaser="Biologists credit cool summers and changes at upstream dams.")
art("klbr-fire-grants", KLBR, "Wildfire survivors can apply for rebuilding grants starting next week", "2026-11-24",
    ["Priya Natarajan"], [
        "People who lost homes in the 2025 Hunters Ridge fire can begin applying Dec. 1 for state grants of up to "
        "$50,000 to help rebuild, the state Department of Commerce said Tuesday.",
        "The fire burned 142 homes in Stevens and Ferry counties. About a third of owners had no insurance or were "
        "badly underinsured, according to a survey by the Long-Term Recovery Group of Northeast Washington.",
        "Applicants will need proof of ownership and a damage assessment. Volunteers will help with paperwork at "
        "the Hunters community center on Tuesdays and Thursdays in December.",
        "“A lot of people out here don’t trust a government form,” said Loretta Haines, who coordinates the "
        "volunteers. “So we sit with them and fill it out together.”",
    ], signoff="Hunters", time="15:20", teaser="Grants of up to $50,000 for people who lost homes in the Hunters Ridge fire.")
art("klbr-avalanche", KLBR, "Backcountry avalanche forecasts return for the Selkirks", "2026-12-01", ["Owen Fitch"], [
    "Skiers and snowmobilers heading into the Selkirk Mountains have daily avalanche forecasts again, after the "
    "Inland Northwest Avalanche Center started its season Tuesday.",
    "The center issues danger ratings for five zones between the Canadian border and Lookout Pass. Forecaster "
    "Brendan Kovacs said the Thanksgiving storm landed on a weak, sugary layer of old snow in many north-facing "
    "areas.",
    "“That’s the setup that catches people who’ve been skiing for twenty years,” Kovacs said. “The slope looks "
    "fine, and it is fine, until it isn’t.”",
    "The center runs on grants and donations. It will offer free avalanche awareness classes in Sandpoint on Dec. "
    "10 and in Spokane on Dec. 17.",
], signoff="Sandpoint", time="11:05", teaser="A weak layer under the Thanksgiving snow has forecasters worried.")
art("klbr-broadband", KLBR, "Federal broadband money finally reaches the north end of Stevens County", "2026-12-02",
    ["Priya Natarajan"], [
        "Construction crews began stringing fiber-optic cable along Highway 25 north of Kettle Falls this week, the "
        "first visible sign of a $14 million broadband project announced more than two years ago.",
        "The Northeast Washington Telecommunications Cooperative says about 2,300 homes between Kettle Falls and "
        "Northport will be able to sign up for service by next fall. Many of them now rely on satellite or on "
        "cellphone hotspots that drop out in the canyons.",
        "“I’ve driven to the library parking lot to file my taxes,” said Marcy Oduya, who runs a bookkeeping "
        "business from her home near Marcus. “I’ll believe it when the light on the box turns green.”",
        "The project was delayed by a dispute over permits to hang cable on utility poles, which the co-op says is "
        "now settled.",
    ], signoff="Kettle Falls", time="08:30", teaser="About 2,300 homes could be connected by next fall.")
art("klbr-farmworker-housing", KLBR, "Orchard towns short on winter housing for farmworkers who stay year-round",
    "2026-12-03", ["Ana Morales"], [
        "More farmworkers are staying in north-central Washington through the winter, and the towns they work in "
        "don’t have the housing for them, according to a report released Thursday by an Okanogan-based advocacy "
        "group.",
        "The Orchard Workers Housing Alliance counted about 1,200 workers who stayed in Okanogan County after last "
        "year’s harvest, up from about 700 five years ago. Many work in packing houses or prune trees through the "
        "winter.",
        "Seasonal farmworker housing in the county is built for summer. Of 14 employer-run housing sites, only "
        "three are heated and open past October, the report found.",
        "“People are living four to a room in motel units at weekly rates,” said the group’s director, Teodoro "
        "Salas. He said the state should let growers convert seasonal housing to year-round use without a full new "
        "permit.",
        "A spokesperson for the Okanogan Horticultural Association said growers would support faster permitting "
        "but that most could not afford to insulate and heat older cabins.",
    ], signoff="Omak", time="06:45", teaser="Only three of 14 employer-run housing sites stay open past October.")
art("klbr-warming-centers", KLBR, "Spokane opens warming centers early as cold snap arrives", "2026-12-04",
    ["Owen Fitch"], [
        "The City of Spokane opened three overnight warming centers Thursday, about two weeks earlier than last "
        "year, as forecasters called for lows near zero this weekend.",
        "The centers, at a downtown church, a former bank building on East Sprague Avenue and a community center in "
        "Hillyard, can hold about 260 people together. City officials said outreach teams would drive people who "
        "are sleeping outside to the centers at night.",
        "“The first hard cold of the year is when we lose people,” said Mikaela Dorsey, who directs the city’s "
        "homeless services. “People haven’t adjusted yet, and they don’t always know where to go.”",
        "The centers will stay open whenever the overnight low is forecast below 20 degrees.",
    ], signoff="Spokane", time="07:55", teaser="Three centers can hold about 260 people a night.")
art("klbr-district-audit", KLBR, "State auditor to examine irrigation district after news investigations",
    "2026-12-04", ["Ana Morales"], [
        "The state auditor’s office will take a closer look at the finances of the Lower Kettle Irrigation "
        "District, the small district north of Kettle Falls that owns the cracked Corbin Creek Dam.",
        "The review follows reporting by The Tamarack Report, a nonprofit newsroom, which found the district paid "
        "more than a million dollars to a company owned by a board member’s relative without taking bids, and that "
        "board members spent $61,000 on conference travel.",
        Q_HARSTAD,
        "Landowners in the district say they want to know whether money that went to travel and contracts could "
        "have gone to the dam instead. The district’s board meets Dec. 15.",
    ], signoff="Kettle Falls", time="16:10", teaser="The review follows reporting on travel and no-bid contracts.")
art("klbr-ferry", KLBR, "Lake Roosevelt ferry back in service after three-week repair", "2026-11-27",
    ["Priya Natarajan"], [
        "The free ferry that carries cars across Lake Roosevelt near Rice is running again after three weeks out of "
        "service for engine repairs, just in time for holiday traffic.",
        "The ferry makes about 30 crossings a day and saves drivers on the west side of the lake a detour of more "
        "than an hour to reach Colville. During the outage, some workers slept in their cars on the east shore "
        "rather than make the drive twice a day.",
        "“We had two mechanics and a part that had to come from Louisiana,” said Ray Tillman, who manages the ferry "
        "for the county. He said the county would seek money for a backup engine in next year’s budget.",
    ], signoff="Rice", time="09:15", teaser="Some workers slept in their cars during the outage.")

# ================================================================== Northwest Water & Power Weekly
NW = "Northwest Water & Power Weekly"
art("nwpw-rate-case", NW, "CBPA proposes 7.5% wholesale rate increase for public utilities", "2026-11-30",
    ["Helen Sato"], [
        "The Columbia Basin Power Administration proposed Monday to raise its wholesale power rates an average of "
        "7.5% for the two-year period starting Oct. 1, 2027, citing higher costs for fish mitigation, transmission "
        "upgrades and debt service.",
        "The proposal, published as the opening of a formal rate case, would add about $3.40 a month to the "
        "average residential bill for customers of public utilities that buy most of their power from the agency, "
        "according to the Northwest Public Utility Council, a trade group.",
        "“Our members understand costs go up. What they can’t accept is a number that moves every time we ask a "
        "question,” said council executive director Martin Ebersole. The council has asked for workshops on the "
        "agency’s debt assumptions.",
        "Hearings begin in February. A final decision is expected in July.",
    ], section="RATES & FINANCE", slug="rates-finance")
art("nwpw-coop-merger", NW, "Two Palouse electric co-ops move toward merger vote", "2026-12-01", ["Helen Sato"], [
    "The boards of Palouse Country Electric and Snake Breaks Rural Electric voted to put a merger to their members "
    "next spring, the co-ops said Tuesday.",
    "Together they serve about 14,800 meters in southeastern Washington and the Idaho panhandle. Executives said a "
    "combined co-op could share a single control room, billing system and line crews, saving about $2.1 million a "
    "year.",
    "Merger votes have failed at other Northwest co-ops when members worried about losing local offices. Both "
    "co-ops pledged to keep all five existing district offices open for at least ten years.",
    "Ballots will go out in April.",
], section="CO-OPS", slug="co-ops")
art("nwpw-pump-rebates", NW, "Utilities expand rebates for variable-speed irrigation pumps", "2026-12-01",
    ["Gary Lund"], [
        "Six rural electric cooperatives in eastern Washington and northern Idaho will double their rebates for "
        "variable-speed drives on irrigation pumps next season, to $120 per horsepower, under a program announced "
        "last week.",
        "Variable-speed drives let a pump slow down when a pivot needs less water instead of running at full speed "
        "and throttling the flow. Utility studies put the energy savings at 20% to 40% per pump.",
        "Program manager Lisa Yamada of the Inland Rural Electric Association said growers’ main objection is "
        "upfront cost. A drive for a 100-horsepower pump can cost $18,000 installed.",
        "Applications open Jan. 15. Growers must have an energy audit before installation.",
    ], section="IRRIGATION", slug="irrigation")
art("nwpw-spillway-bid", NW, "Corbin Creek Dam spillway repair heads for emergency procurement", "2026-12-02",
    ["Gary Lund"], [
        "The Lower Kettle Irrigation District in Stevens County, Wash., will use the state’s emergency procurement "
        "rules to hire a contractor for repairs to the cracked spillway at Corbin Creek Dam, district manager Glen "
        "Harstad said.",
        "Emergency procurement lets a public owner skip the usual advertised bid if delay would threaten public "
        "safety. The district expects to name a contractor by mid-January, with work to begin when the reservoir "
        "reaches its target level.",
        Q_ENG,
        "Consulting engineers put the repair at $3 million to $9 million, depending on whether the spillway chute "
        "can be patched or must be replaced. The district has applied for money from the state’s dam safety grant "
        "program, which had about $6 million available this biennium.",
        "Contractors interested in being considered should contact the district directly, Harstad said.",
    ], section="DAM SAFETY", slug="dam-safety")
art("nwpw-hydro-license", NW, "Small Idaho hydro project wins 40-year license renewal", "2026-12-03", ["Helen Sato"], [
    "Federal regulators have renewed the license for the 4.2-megawatt Pack Creek hydroelectric project near "
    "Sandpoint, Idaho, for 40 years, ending a relicensing process that began in 2019.",
    "The renewal requires the owner, Selkirk Power & Light, to release a minimum flow of 35 cubic feet per second "
    "into the bypassed reach year-round and to fund a bull trout monitoring program.",
    "The utility had argued for a lower summer minimum. “The flow requirement costs us about 8% of annual "
    "generation, but we can live with it,” said Selkirk general manager Tom Varga.",
    "Relicensing for small projects in the region has averaged more than six years, according to the Northwest "
    "Hydroelectric Owners Forum.",
], section="HYDRO", slug="hydro",
    edited={2: "The utility had argued for a lower summer minimum. “The flow requirement costs us roughly 8% of "
               "annual generation, but we can live with that,” Selkirk general manager Tom Varga said Thursday.",
            3: "Relicensing for small hydro projects in the Northwest has averaged more than six years, according to "
               "the Northwest Hydroelectric Owners Forum."})
art("nwpw-adjudication", NW, "Court sets schedule for Colville River water rights adjudication", "2026-12-04",
    ["Ray Okafor"], [
        "A Stevens County Superior Court judge has set a schedule for the long-delayed adjudication of water rights "
        "in the Colville River basin, giving claimants until Sept. 30, 2027, to file.",
        "The adjudication will determine the validity, priority and quantity of every water right in the basin, "
        "including about 4,000 claims filed under a 1967 state registration law that have never been examined. The "
        "Department of Ecology estimates the case will take at least ten years.",
        "Irrigators have mixed feelings. “It’s expensive and it’s slow, but at the end everybody knows where they "
        "stand,” said Jan Pettersen of the Colville Valley Water Users Association.",
        "Ecology will hold claimant workshops in Colville and Chewelah in the spring.",
    ], section="WATER RIGHTS", slug="water-rights")
art("nwpw-canal-lining", NW, "State awards $11 million to line leaky canals in drought areas", "2026-12-04",
    ["Helen Sato"], [
        "The Washington Department of Ecology awarded $11 million in grants to 17 irrigation districts to line or "
        "pipe open canals, part of a drought-resilience program the Legislature funded this year.",
        "The largest award, $2.4 million, went to the Okanogan Valley Irrigation District for 3.1 miles of pipe. "
        "Ecology estimates the projects together will save about 9,600 acre-feet of water a year, most of which "
        "will stay in streams.",
        "The Lower Kettle Irrigation District applied for $900,000 to line its main canal but was not funded. "
        "Ecology spokesperson Dale Morrow said the agency does not comment on applications that were not selected.",
        "A second round of grants will open in March.",
    ], section="IRRIGATION", slug="irrigation")
art("nwpw-transformers", NW, "Co-ops still waiting up to 90 weeks for some transformers", "2026-11-27", ["Helen Sato"], [
    "Rural utilities in the Northwest are still waiting as long as 90 weeks for some distribution transformers, "
    "according to a survey of 41 utilities released by the Northwest Public Utility Council.",
    "Lead times have eased for the most common sizes, to about 30 weeks, but remain long for single-phase units "
    "above 50 kVA and for the pad-mount units used in new subdivisions. Eleven utilities said they had delayed new "
    "service connections because of shortages.",
    "Several co-ops have begun repairing and reusing transformers they would once have scrapped. Stevens Valley "
    "Electric Cooperative now refurbishes about 15 units a month in its own shop, operations manager Curt Saether "
    "said.",
    "The council plans to ask the region’s congressional delegation to support federal loan programs for domestic "
    "transformer manufacturing.",
], section="GRID", slug="grid")
art("nwpw-wildfire-plans", NW, "Utilities’ wildfire plans get first review under new state law", "2026-12-02",
    ["Ray Okafor"], [
        "Washington’s utility wildfire plans got their first review this fall under a 2025 law, and regulators say "
        "most plans from small utilities are too thin to judge.",
        "The state’s Wildfire Mitigation Advisory Board reviewed 38 plans. It flagged 22, most from utilities with "
        "fewer than 20,000 customers, for lacking maps of high-risk areas or clear rules for shutting off power in "
        "dangerous weather.",
        "“A lot of these are five-page documents written by a general manager on a weekend. That’s not a criticism "
        "of the manager,” said board chair Ingrid Halvorsen. The board will publish a template plan in February.",
        "Utilities must submit revised plans by Dec. 31, 2027.",
    ], section="GRID", slug="grid")
