# -*- coding: utf-8 -*-
"""The article table of tests/blind19 (every story, person, outlet and organisation invented; places real).

Beat: Skerrylink Airways, an Inverness-based regional airline flying lifeline routes to Orkney, Shetland and the
Western Isles, enters administration on Friday 27 November 2026.
"""

ART = {}


def art(aid, title, outlets, date, authors, paras, url=None, **kw):
    ART[aid] = dict(title=title, outlets=outlets, date=date, authors=authors, paras=paras, url=url, **kw)


HEP_BG = ("Founded in 1998 with a single Twin Otter, Skerrylink grew to 14 aircraft, 31 routes and 420 staff, most of "
          "them based at Inverness, Kirkwall and Sumburgh. It reported a loss of £11.4 million in its last published "
          "accounts, blaming fuel costs and a shortage of engineers.")
ALB_BG = ("Skerrylink operated 31 routes from bases in Inverness, Kirkwall and Sumburgh, six of them under public "
          "service contracts funded by the Scottish Government. The airline carried about 610,000 passengers last "
          "year.")
OGILVIE = ("“Our immediate priority is to get stranded passengers home and to keep essential services running while "
           "we explore a sale,”")
EIKREM = "“Island flying is what we do, and we have done it in worse weather than Orkney,”"

art("hep-administration", "Skerrylink collapses into administration, stranding 2,300 passengers",
    ["Highland Evening Post"], "2026-11-27", [["Fiona Urquhart"]], [
        "Skerrylink Airways, the Inverness-based carrier that flies lifeline routes to Orkney, Shetland and the "
        "Western Isles, entered administration on Friday morning, grounding its fleet and leaving about 2,300 "
        "passengers with tickets for the coming week stranded or without flights.",
        "Kerrigan Moffat, the restructuring firm appointed by the Court of Session shortly after 7am, said all "
        "scheduled services had been cancelled with immediate effect. " + OGILVIE + " said Neil Ogilvie, one of "
        "the joint administrators.",
        HEP_BG,
        "Passengers were told not to travel to airports. At Inverness, departure boards showed every Skerrylink "
        "flight as cancelled by 8am, and staff at the check-in desks said they had learned of the administration "
        "from the news.",
        "Derek Flett, of the Aircrew and Engineers Union, said members had not been paid since October. “People "
        "turned up for a 5am shift and were sent home with nothing,” he said. “They deserve answers today, not "
        "next week.”",
    ], url="https://www.highlandeveningpost.co.uk/news/transport/skerrylink-enters-administration-2300-passengers-stranded-4471902")

art("runway-notes-essay", "Skerrylink didn’t run out of money on Friday", ["Runway Notes"], "2026-11-29",
    [["Morag Lindqvist"]], [
        "On Friday morning, a little after seven, Skerrylink Airways stopped being an airline. By the time most of "
        "Orkney was awake the aircraft were parked, the website was a single grey page, and the administrators had "
        "issued the sentence that every collapsed airline issues: " + OGILVIE.replace(",”", ".”"),
        "It is tempting to say that Skerrylink ran out of money last week. It did not. It ran out of money some "
        "time in 2023, and spent the following three years borrowing against the one asset it had left, which was "
        "the fact that nobody in Edinburgh could afford to let it fail.",
        "I have flown Skerrylink’s Kirkwall to Inverness route perhaps two hundred times. For most of that time it "
        "was a good small airline: late in the way small airlines are late, because of fog and crosswinds, rather "
        "than because nobody had ordered the part. That changed around the time the engineering base at Sumburgh "
        "lost half its licensed staff to the offshore helicopter operators, who pay a third more.",
        "What followed was predictable. Aircraft sat waiting for checks. Cancellations rose, and with them the "
        "compensation bills. The carrier raised fares on the routes where it had no competitor, which were most of "
        "them, and cut frequencies on the ones where it did.",
        "None of this was secret. The accounts were filed on time. The island councils knew, because they were the "
        "ones fielding complaints from patients who had missed hospital appointments in Aberdeen. The government "
        "knew, because it paid a subsidy on six of the routes and received a quarterly report on each.",
        "The question now is not whether someone will fly to Stornoway and Kirkwall again. Someone will; the routes "
        "are too important and, with a subsidy attached, too attractive. The question is whether whoever takes them "
        "over will be held to a standard, or simply handed the same contract and the same hope.",
        "I would like to think we have learned something. I am not confident we have.",
    ], url="https://runwaynotes.substack.com/p/skerrylink-didnt-run-out-of-money",
    subtitle="The collapse was years in the making, and the islands paid for it")

art("albion-stranded", "Islanders stranded as Skerrylink collapse cuts lifeline flights",
    ["Northern Isles Chronicle"], "2026-11-28", [["Albion Newswire"]], [
        "KIRKWALL, Orkney (Albion) - Hundreds of island residents were stranded on the Scottish mainland on Friday "
        "night after the collapse of Skerrylink Airways cut the only scheduled air links to several communities in "
        "Orkney, Shetland and the Western Isles.",
        "At Inverness Airport, about 60 passengers booked on the evening flight to Kirkwall were told to find hotel "
        "rooms. “I came down for a scan and now I don’t know how I get home,” said Margaret Rendall, 71, from "
        "Stronsay. “Nobody from the airline has spoken to us at all.”",
        "Ferry operators said they would try to take extra foot passengers, but the Pentland Firth crossings are "
        "heavily booked in the run-up to Christmas and several sailings have already been disrupted by weather this "
        "week.",
        ALB_BG,
        "The administrators, Kerrigan Moffat, said they were working with other airlines to find seats for stranded "
        "customers but could not promise that tickets would be honoured.",
    ], url="https://www.northernisleschronicle.co.uk/news/islanders-stranded-as-skerrylink-collapse-cuts-lifeline-flights",
    alt_title="Stornoway travellers stuck as Skerrylink grounds fleet", alt_outlet="Hebridean Record",
    local=("In Stornoway, the Western Isles Council opened its customer service centre on Saturday morning to help "
           "residents who had been due to fly to Glasgow and Inverness for medical appointments over the coming "
           "week."))

art("nic-ferries", "Stroma Line adds Pentland Firth sailings as flights halt", ["Northern Isles Chronicle"],
    "2026-11-28", [["Ingrid Flett"]], [
        "Stroma Line will add two extra return sailings a day between St Margaret’s Hope and Gills Bay from Monday "
        "to help travellers left without flights by the collapse of Skerrylink Airways.",
        "The company’s operations manager, Alan Linklater, said the additional crossings would run until at least "
        "13 December. “We can’t replace an airline, but we can make sure nobody is stuck in Caithness for a week,” "
        "he said.",
        "Foot passengers will be carried free of charge on the extra sailings on production of a cancelled "
        "Skerrylink booking. Vehicle space will be allocated on a first-come, first-served basis.",
        "The council has asked Dunnet Coaches to run connecting buses from Gills Bay to Inverness railway station.",
    ], url="https://www.northernisleschronicle.co.uk/news/stroma-line-adds-pentland-firth-sailings")

art("nic-patients", "140 hospital appointments rebooked after airline failure", ["Northern Isles Chronicle"],
    "2026-11-28", [["Ingrid Flett"]], [
        "The Northern Isles Health Partnership has rebooked 140 outpatient appointments in Aberdeen and Inverness "
        "after Skerrylink’s collapse left patients with no way to travel.",
        "Dr Catriona Spence, the partnership’s medical director, said urgent cases would be flown on chartered "
        "aircraft or the air ambulance where clinically necessary. “Nobody who needs treatment next week will go "
        "without it because an airline has failed,” she said.",
        "Patients whose appointments have not yet been moved are asked to call the patient travel office rather "
        "than travel to the airport. Video consultations will be offered for follow-up appointments wherever "
        "possible.",
    ], url="https://www.northernisleschronicle.co.uk/news/140-hospital-appointments-rebooked-after-airline-failure")

art("ai-inverness", "Inverness loses a third of its flights overnight", ["Airport Insider"], "2026-12-01",
    [["Priya Raman"]], [
        "Inverness Airport lost almost a third of its scheduled movements overnight when Skerrylink Airways entered "
        "administration on Friday, according to figures compiled by Airport Insider from published schedules.",
        "Skerrylink accounted for 38 of the airport’s 121 weekly departures in the winter timetable, most of them "
        "to Kirkwall, Sumburgh, Stornoway and Benbecula. Only the Stornoway route is also served by another "
        "airline.",
        "Highland Airports Group, which operates Inverness and six island airfields, said it expected to lose "
        "around £90,000 a week in landing and passenger charges until the routes resume. Its chief executive, "
        "Ruaridh Grant, said the group would waive charges for any carrier that stepped in at short notice.",
        "Ground-handling staff employed by the airline’s handling subsidiary at Kirkwall and Sumburgh have been "
        "told their contracts will continue for at least a month.",
    ], url="https://airportinsider.news/2026/12/01/inverness-loses-a-third-of-its-flights-overnight")

art("ai-lessors", "Lessors move to recover Skerrylink’s ATR fleet", ["Airport Insider"], "2026-12-01",
    [["Tom Aske"]], [
        "Two aircraft lessors have begun moves to recover ATR 72 turboprops operated by Skerrylink Airways, in a "
        "sign that any buyer of the failed carrier’s routes may have to source its own fleet.",
        "Nordkapp Aviation Leasing, which owns five of the airline’s seven ATRs, has written to the administrators "
        "giving notice that the leases are terminated. A second lessor, Corran Aircraft Finance, is understood to "
        "have sent a similar notice for the other two.",
        "The Twin Otters used on the Barra, Tiree and Papa Westray services are owned outright by the airline and "
        "are expected to be included in any sale.",
        "Industry sources said the ATRs could be flown out of Inverness as early as next week once maintenance "
        "records have been handed over.",
    ], url="https://airportinsider.news/2026/12/01/lessors-move-to-recover-skerrylink-atrs")

art("sbd-fjordwing", "Norwegian carrier Fjordwing eyes Skerrylink routes", ["Scottish Business Daily"],
    "2026-11-29", [["Callum Reid"]], [
        "Fjordwing, the Bergen-based regional airline, has approached the administrators of Skerrylink Airways "
        "about taking over some of the collapsed carrier’s Scottish routes, Scottish Business Daily understands.",
        "The Norwegian operator, which flies 22 turboprops on coastal routes between Stavanger and Tromsø, is "
        "understood to be interested primarily in the subsidised services to Kirkwall, Sumburgh and Stornoway.",
        EIKREM + " Fjordwing’s chief executive, Lars Eikrem, told SBD. “If there is a sensible deal to be done, "
        "we will look at it seriously.”",
        "Kerrigan Moffat declined to comment on individual bidders but said it had received ‘a number of "
        "expressions of interest’ since Friday.",
    ], url="https://www.scottishbusinessdaily.co.uk/transport/fjordwing-eyes-skerrylink-routes-20261129")

art("hr-barra", "Barra asks for air ambulance guarantee as beach flights stop", ["Hebridean Record"], "2026-11-28",
    [["Seonaid MacNeil"]], [
        "Barra’s community council has asked the Scottish Government to guarantee air ambulance cover for the "
        "island after the collapse of Skerrylink Airways ended the scheduled beach-landing service to Glasgow.",
        "The Twin Otter flights from Traigh Mhòr are the only scheduled air link to Barra and were used by about "
        "40 patients a month travelling for hospital treatment. The ferry to Oban takes almost five hours.",
        "“We are not asking for favours, we are asking for the same access to a hospital as anyone in Glasgow,” "
        "said the council’s chair, Flora MacKinnon. “Every day without a plane is a day someone has to choose "
        "between their health and their job.”",
        "The government said the air ambulance service was unaffected by the airline’s failure.",
    ], url="https://www.hebrideanrecord.co.uk/news/barra-asks-for-air-ambulance-guarantee")

art("albion-minister", "Minister promises emergency contracts to keep island routes flying", ["The Caithness Leader"],
    "2026-11-29", [["Albion Newswire"]], [
        "EDINBURGH (Albion) - The Scottish Government will sign emergency contracts with other airlines to restore "
        "the most important island routes within a fortnight, Transport Minister Shona Dewar said on Sunday.",
        "Speaking after a meeting with council leaders from Orkney, Shetland and the Western Isles, Dewar said "
        "officials had already spoken to three operators. “These are lifeline services, and we will treat them as "
        "such,” she said. “I will not let the islands be cut off over Christmas.”",
        ALB_BG,
        "Opposition transport spokesman Kenneth Baird said ministers had been warned about the airline’s finances "
        "for more than a year and should have had a contingency plan ready.",
    ], url="https://www.caithnessleader.co.uk/news/minister-promises-emergency-contracts-island-routes")

art("cl-wick", "Wick airport staff told jobs are safe until March", ["The Caithness Leader"], "2026-12-01",
    [["Gordon Sinclair"]], [
        "Staff at Wick John O’Groats Airport have been told their jobs are safe until at least the end of March, "
        "despite the loss of the airport’s only scheduled passenger service.",
        "Skerrylink Airways flew twice daily between Wick and Aberdeen and once a day to Kirkwall. Since Friday "
        "the airport has handled only a handful of private and oil-industry charter flights.",
        "In a letter to the 23 staff, Highland Airports Group said it would keep the terminal open and the fire "
        "cover in place while it sought a new operator. Councillor Morag Shearer said the assurance was welcome "
        "but ‘only buys a few months’.",
        "Business leaders in Caithness have called for the Wick route to be included in any emergency contracts "
        "announced by the government.",
    ])

art("al-winter", "Why small airlines die in winter", ["Airline Ledger"], "2026-11-30", [["Hannah Brodie"]], [
        "Regional airlines rarely fail in summer. They fail in the dark months, when load factors fall, de-icing "
        "bills arrive and the cash taken for summer bookings has already been spent. Skerrylink Airways, which "
        "entered administration on 27 November, is the third small European carrier to collapse in a November in "
        "five years.",
        "The pattern is consistent. Advance bookings for the spring are thin, lessors and fuel suppliers tighten "
        "payment terms, and a single large bill – an engine overhaul, a pension deficit payment, a tax demand – "
        "pushes the balance sheet over the edge.",
        "Analysts at Halyard Aviation Consulting estimate that a turboprop operator of Skerrylink’s size needs cash "
        "reserves of about £6 million to survive a typical winter. Skerrylink’s last accounts showed £1.9 million.",
        "Subsidised routes offer some protection, but not much. Contracts are usually paid quarterly in arrears, "
        "and a carrier in difficulty can find itself flying the routes for three months before the money arrives.",
    ])

art("hep-wages", "Skerrylink staff to get November pay after government steps in", ["Highland Evening Post"],
    "2026-12-02", [["Fiona Urquhart"]], [
        "Former Skerrylink Airways staff will be paid their November wages in full, the airline’s administrators "
        "confirmed on Wednesday, after the Scottish Government agreed to underwrite the cost.",
        "About 420 employees had gone unpaid since the carrier entered administration on Friday. Neil Ogilvie of "
        "Kerrigan Moffat said the payments would be made by the end of the week, funded by a short-term loan "
        "secured against the airline’s aircraft.",
        HEP_BG,
        "The Aircrew and Engineers Union said the decision was a relief but that staff still had no certainty "
        "about their jobs. Around 150 engineers and pilots have been told they are likely to be made redundant if "
        "no buyer is found by mid-December.",
    ], url="https://www.highlandeveningpost.co.uk/news/transport/skerrylink-staff-november-pay-government-4473318")

art("albion-bid", "Fjordwing confirms bid for five Skerrylink routes", ["Scottish Business Daily"], "2026-12-02",
    [["Albion Newswire"]], [
        "EDINBURGH (Albion) - Fjordwing confirmed on Wednesday that it had submitted a bid for five of Skerrylink "
        "Airways’ routes, including the subsidised services from Inverness to Kirkwall and Stornoway.",
        "The Norwegian airline said it would lease three aircraft to restart flights within six weeks if its offer "
        "was accepted, and would offer jobs to at least 80 former Skerrylink staff in Inverness and Kirkwall.",
        "Chief executive Lars Eikrem repeated comments he made at the weekend: " + EIKREM.replace(",”", ".”") +
        " He added that the company wanted an assurance from the Scottish Government that the route subsidies "
        "would continue.",
        "A spokesperson for the administrators said bids would be considered by Friday and that two other parties "
        "remained in talks.",
    ], url="https://www.scottishbusinessdaily.co.uk/transport/fjordwing-confirms-bid-five-skerrylink-routes-20261202")

art("hr-hotel", "Stranded travellers fill Stornoway hotel", ["Hebridean Record"], None, [["Seonaid MacNeil"]], [
        "Stornoway’s largest hotel has been almost fully booked by stranded travellers since Friday, with the "
        "council paying for rooms for residents who cannot get home from the mainland – and for visitors stuck on "
        "the island.",
        "The Harbourview Hotel said 52 of its 60 rooms were occupied by people whose Skerrylink flights had been "
        "cancelled. Its manager, Donnie Morrison, said staff had been asked to work extra shifts over the weekend.",
        "“We’ve had a nurse from Benbecula, two engineers from Aberdeen and a wedding party from Glasgow all at "
        "breakfast together,” he said. “Everyone is being very patient, but they all want to know when they’ll get "
        "home.”",
        "The Western Isles Council said it would meet accommodation costs for residents until Wednesday.",
    ], outlet_null_ok=True)

art("cl-thurso", "Coach firm lays on free Wick–Inverness shuttle for stranded flyers", ["The Caithness Leader"],
    "2026-11-30", [["Gordon Sinclair"]], [
        "A Thurso coach company is running a free daily shuttle between Wick, Thurso and Inverness for passengers "
        "left without flights by the collapse of Skerrylink Airways.",
        "Dunnet Coaches said its 49-seat coach would leave Wick at 7am and return from Inverness Airport at 4pm "
        "every day until 11 December, with a stop at Raigmore Hospital.",
        "Owner Iain Swanson said the company had decided to act after hearing about an elderly couple who had paid "
        "£240 for a taxi to make a hospital appointment. “It’s the least we can do,” he said.",
    ])
