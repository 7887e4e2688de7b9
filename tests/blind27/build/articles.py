# -*- coding: utf-8 -*-
"""The canonical article table of blind27: news saved in read-later, feed-reader and research tools.

Beat: a strike by the crews of Aalto Line (an invented Finnish-Estonian ferry operator) on the Gulf of Finland,
27 November - 7 December 2026, and a strike at Sound Link Ferries (an invented private operator of the Bremerton and
Kingston passenger-only fast ferries on Puget Sound), 18 November - 8 December 2026, plus unrelated saved reads.
Every story, person, outlet, news agency, company and union is invented; places (and a few public offices) are real.

Outlets (all invented):
  BC  The Baltic Courier (Tallinn, balticcourier.ee)        HO  Helsinki Observer (helsinkiobserver.fi)
  FFW Ferry & Freight Weekly (London trade weekly)           KT  Kitsap Tidings (Bremerton, kitsaptidings.com)
  HD  Seattle Harbor Dispatch (harbordispatch.org)           NT  Northwest Table (food magazine, Seattle)
  CS  Coldwater Science (coldwaterscience.org)               GL  Gadget Ledger (gadgetledger.co.uk)
  LS  The Long Sound (magazine, thelongsound.se)
Agency (invented): NPA, the Nordic Press Agency.

Each article: outlet, title, date (ISO, the outlet's local date, or None), authors (persons only; desks, agencies
and editorial boards are not authors), paras (the canonical text, curly quotes), and variants used by the renderers.
"""

ART = {}


def art(aid, outlet, title, date, authors, paras, **kw):
    ART[aid] = dict(outlet=outlet, title=title, date=date, authors=authors, paras=paras, **kw)


BC, HO, FFW, KT, HD = "The Baltic Courier", "Helsinki Observer", "Ferry & Freight Weekly", "Kitsap Tidings", \
    "Seattle Harbor Dispatch"
NT, CS, GL, LS = "Northwest Table", "Coldwater Science", "Gadget Ledger", "The Long Sound"

# ------------------------------------------------------------------ text shared on purpose by distinct articles
# The Baltic Courier's standard background paragraph (strike called / first day / deal: hard negatives)
BG_AALTO = ("Aalto Line runs four ro-pax ships between Helsinki and Tallinn and two overnight ships between Helsinki "
            "and Stockholm, and carried about 3.9 million passengers last year. Its crews are represented by the "
            "Baltic Crews’ Union (BCU) and, on the Estonian-flagged ships, by the Estonian Maritime Workers’ Union "
            "(EMTU).")
# the union chair's sentence, quoted in the strike-called and first-day stories
Q_PAJARI = ("“We have given the company every chance. Our members are not asking for anything more than what the "
            "crews on the Swedish-flagged ships already get,” said Sanna Pajari, chair of the Baltic Crews’ Union.")
# the Finnish minister's statement, in The Baltic Courier's and the Helsinki Observer's deal stories
Q_MINISTER = ("“This is a reasonable outcome, and it was reached without anyone having to intervene in the "
              "negotiations,” Finland’s Minister of Transport and Communications, Mikko Rantanen, said in a statement "
              "early on Thursday.")
# Ferry & Freight Weekly's monthly-figures template: methodology paragraph (October and November stories)
FFW_METHOD = ("The Baltic Ro-Pax Monitor covers 31 routes operated by 11 companies. Freight is measured in lane metres; "
              "figures for the latest month are provisional and may be revised.")
# Seattle Harbor Dispatch's background paragraph (strike vote / strike begins / tentative deal)
BG_SOUNDLINK = ("Sound Link Ferries, a private company based in Bremerton, runs the passenger-only fast ferries between "
                "Bremerton, Kingston and downtown Seattle under a contract with the West Sound Transit Authority that "
                "runs through 2029. About 2,400 riders use the Bremerton route on an average weekday.")
Q_CARRANZA = ("“Nobody on these boats wanted to be here. But you cannot run a 35-knot ferry in the dark in December "
              "with two people short on every shift,” said Luis Carranza, business agent for Local 14 of the Puget "
              "Sound Marine Workers.")

# ================================================================== the Aalto Line strike (Gulf of Finland)
art("bc-strike-called", BC, "Aalto Line crews to strike from Monday as pay talks collapse", "2026-11-27",
    ["Kadri Lepp"], [
        "TALLINN – Crews on Aalto Line’s Helsinki–Tallinn and Helsinki–Stockholm ferries will walk out at 6 a.m. on "
        "Monday after talks on a new collective agreement broke down on Friday afternoon, the two unions representing "
        "them said.",
        "The strike notice, delivered to the company and to the National Conciliator’s office in Helsinki, covers about "
        "1,150 deck, engine and catering staff on all six of the company’s ships. The unions said the stoppage would "
        "continue “until further notice”.",
        Q_PAJARI,
        "The unions are seeking a 6.5 per cent pay rise over two years and an end to the practice of hiring galley "
        "staff through a Latvian manning agency. Aalto Line has offered 3.8 per cent and says the agency contracts "
        "are needed to keep the Stockholm route profitable.",
        "“A strike in the run-up to Christmas helps nobody, least of all the passengers who have already booked,” "
        "Aalto Line chief executive Henrik Sjöblom said in a statement. “Our offer remains on the table.”",
        BG_AALTO,
        "The company said it would contact passengers booked on sailings from Monday onward and offer refunds or "
        "rebooking with other operators where capacity allowed. Freight customers have been told to expect delays at "
        "the Vuosaari and Muuga cargo harbours.",
        "National Conciliator Leena Hyvärinen said she had invited both sides to meet in Helsinki on Sunday.",
    ],
    url="https://www.balticcourier.ee/business/2026/11/27/aalto-line-crews-to-strike-from-monday-as-pay-talks-collapse/",
    instapaper_keep=4,          # the metered paywall let the reader app see the first four paragraphs
    omnivore_join=(3, 4),       # Omnivore's parser joined paragraphs 4 and 5 (0-based 3, 4) into one
)

art("bc-strike-day1", BC, "Strike halts Helsinki–Tallinn sailings, leaving thousands stranded", "2026-11-30",
    ["Kadri Lepp", "Mart Kask"], [
        "TALLINN – No Aalto Line ship left Tallinn’s Old City Harbour on Monday morning as crews began an open-ended "
        "strike, leaving an estimated 14,000 passengers to find other ways across the Gulf of Finland in the first two "
        "days of the walkout.",
        "The 7.30 departure to Helsinki, normally one of the busiest of the week, was cancelled shortly after 6 a.m., "
        "when pickets formed at the gangways of the Aalto Star and the Aalto Wind.",
        "Other operators on the route added capacity where they could. A spokesperson for one competitor said its "
        "Monday sailings had been fully booked by 9 a.m. and that it had put on an extra evening departure from "
        "Helsinki’s West Harbour.",
        "Talks chaired by National Conciliator Leena Hyvärinen ended without agreement late on Sunday. Both sides "
        "said they were ready to return to the table, but no new meeting had been scheduled by Monday afternoon.",
        Q_PAJARI,
        "Estonia’s Ministry of Economic Affairs said it was monitoring the supply of goods to shops but saw no "
        "immediate risk, as most freight to the islands and the mainland arrived by other routes.",
        BG_AALTO,
        "Passengers with bookings have been offered a full refund. The company said it would update its website twice "
        "a day while the strike lasts.",
    ],
    url="https://www.balticcourier.ee/news/2026/11/30/strike-halts-helsinki-tallinn-sailings-leaving-thousands-stranded/",
)

# the live-updated story: the Zotero snapshot holds the 09:20 version, the Wallabag entry the 18:35 version
art("ho-strike-live", HO, "Ferry strike: talks resume, Aalto Line cancels Stockholm sailings until Thursday",
    "2026-12-01", ["Aino Virtanen"], [
        "Talks between Aalto Line and the unions representing its crews were still going on at the National "
        "Conciliator’s office on Tuesday evening, more than eight hours after they began, as the strike that has "
        "halted the company’s ships entered its second day.",
        "Aalto Line has cancelled all of its overnight sailings between Helsinki and Stockholm until at least "
        "Thursday, the company said on Tuesday morning.",
        "The meeting, which began at 10 a.m., is the first since negotiations broke down on Sunday night. Neither side "
        "would comment on its progress.",
        "“We go into the meeting with an open mind, but the gap is still large,” Aalto Line’s head of communications, "
        "Petra Lindholm, told Helsinki Observer before the talks.",
        "About 2,300 passengers were booked on the company’s two Stockholm ships this week, according to the company. "
        "Many of them are Swedish pensioners’ groups on pre-Christmas shopping trips, and travel agents said most had "
        "chosen refunds rather than rebooking.",
        "At Helsinki’s West Harbour on Tuesday morning, the departure boards showed the Aalto Line sailings as "
        "cancelled for the second day running. A handful of passengers who had not received the company’s text "
        "message were turned away at the terminal doors.",
        "Hauliers say the strike is already being felt at Vuosaari harbour, where lorries bound for Estonia and the "
        "Baltic states have been rerouted to other lines.",
        "National Conciliator Leena Hyvärinen said in the evening that she would not make a statement before the "
        "talks ended.",
    ],
    url="https://www.helsinkiobserver.fi/news/a/ho-20261201-0012/ferry-strike-talks-resume-aalto-line-cancels-stockholm-sailings",
    # the morning version (09:20) saved by Zotero
    v1_title="Ferry strike: talks resume as Aalto Line cancels Stockholm sailings",
    v1_paras=[
        "Aalto Line has cancelled all of its overnight sailings between Helsinki and Stockholm until at least "
        "Thursday, the company said on Tuesday morning, as a strike by its crews entered its second day.",
        "The company and the two unions representing its seafarers are due to meet again at the National "
        "Conciliator’s office at 10 a.m. on Tuesday, the first talks since negotiations broke down on Sunday night.",
        "“We go into the meeting with an open mind, but the gap is still large,” Aalto Line’s head of communications, "
        "Petra Lindholm, told Helsinki Observer.",
        "About 2,300 passengers were booked on the company’s two Stockholm ships this week, according to the company. "
        "Many of them are Swedish pensioners’ groups on pre-Christmas shopping trips, and travel agents said most had "
        "chosen refunds rather than rebooking.",
        "At Helsinki’s West Harbour on Tuesday morning, the departure boards showed the Aalto Line sailings as "
        "cancelled for the second day running. A handful of passengers who had not received the company’s text "
        "message were turned away at the terminal doors.",
        "Hauliers say the strike is already being felt at Vuosaari harbour, where lorries bound for Estonia and the "
        "Baltic states have been rerouted to other lines.",
    ],
)

# an NPA agency story, syndicated by The Baltic Courier (feed) and the Helsinki Observer (clipped to Joplin)
art("npa-freight", "NPA", "Freight backs up at Vuosaari and Muuga as ferry strike bites", "2026-12-01", [], [
        "HELSINKI (NPA) – Queues of lorries stretched for more than a kilometre outside Helsinki’s Vuosaari harbour on "
        "Tuesday as hauliers scrambled for space on the ferries still running to Estonia, on the second day of a "
        "strike at Aalto Line.",
        "The Finnish Hauliers’ Federation said about 600 trailers a day normally cross the Gulf of Finland on Aalto "
        "Line’s ships, and that other operators could absorb only part of them.",
        "“Drivers are sleeping in their cabs at Vuosaari, and some of them have been waiting since Monday morning,” "
        "said the federation’s chief executive, Jari Kotilainen. “Perishable goods are the first problem. By the "
        "weekend it will be everything.”",
        "At Tallinn’s Muuga cargo harbour, the port company said traffic was about a third below normal for a "
        "Tuesday.",
        "Grocery wholesalers in Estonia said deliveries of fresh produce from Finland had been delayed by up to a day, "
        "but that stores were not short of goods.",
        "Aalto Line carries about a fifth of the freight crossing the Gulf of Finland by sea, according to port "
        "statistics.",
        "The strike, over pay and the use of agency staff in the ships’ galleys, began on Monday morning. Talks "
        "between the company and the unions resumed on Tuesday.",
    ],
    ho_title="Lorry queues lengthen at Vuosaari as strike hits ferry freight",
    # the Helsinki Observer's edit: dateline dropped, one sentence reworded, the last paragraph cut
    ho_edit={
        0: "Queues of lorries stretched for more than a kilometre outside Helsinki’s Vuosaari harbour on Tuesday as "
           "hauliers scrambled for space on the ferries still running to Estonia, on the second day of a strike at "
           "Aalto Line.",
        5: "Aalto Line normally carries about a fifth of the sea freight across the Gulf of Finland, port statistics "
           "show.",
    },
    ho_drop=[6],
)

art("bc-deal", BC, "Aalto Line and unions strike deal; sailings to resume Friday", "2026-12-03", ["Mart Kask"], [
        "TALLINN – Aalto Line and the unions representing its crews reached agreement shortly before midnight on "
        "Wednesday, ending a three-day strike that halted the company’s ferries between Helsinki, Tallinn and "
        "Stockholm.",
        "Under the deal, brokered by National Conciliator Leena Hyvärinen, crew pay will rise by 5.2 per cent over two "
        "years. Galley staff now employed through a manning agency will be offered direct contracts with Aalto Line "
        "from April.",
        Q_MINISTER,
        "The first sailings from Tallinn and Helsinki will leave on Friday morning, the company said, while the "
        "Stockholm route will restart on Saturday evening once the two ships have been restocked.",
        "“Our members have shown what they can do when they stand together,” said Sanna Pajari, chair of the Baltic "
        "Crews’ Union.",
        BG_AALTO,
        "The company has not said how much the strike cost it. Analysts at one Helsinki brokerage put the lost revenue "
        "at about €2.5 million a day.",
    ],
    url="https://www.balticcourier.ee/business/2026/12/03/aalto-line-and-unions-strike-deal-sailings-to-resume-friday/",
)

art("ho-deal", HO, "Deal ends Aalto Line strike; ferries back on Friday", "2026-12-03", ["Juho Lampinen"], [
        "The three-day strike at Aalto Line is over after the company and its crews’ unions accepted a settlement "
        "proposal from the National Conciliator late on Wednesday night, ending a walkout that had kept six ships "
        "in port and left tens of thousands of passengers looking for other ways across the gulf.",
        Q_MINISTER,
        "The agreement still has to be ratified by union members, which the Baltic Crews’ Union said it expected to "
        "happen by the end of next week. The Estonian Maritime Workers’ Union will put the deal to its members at a "
        "meeting in Tallinn on Monday.",
    ],
    url="https://www.helsinkiobserver.fi/news/a/ho-20261203-0004/deal-ends-aalto-line-strike-ferries-back-on-friday",
)

art("ffw-analysis", FFW, "Why the Aalto Line strike is a stress test for Baltic ferry economics", "2026-12-02",
    ["Mikael Strand", "Liis Tamm"], [
        "The strike at Aalto Line is, on its face, a dispute about 2.7 percentage points of pay and a few dozen galley "
        "jobs. Underneath it is a question the whole Gulf of Finland market has avoided for a decade: how many "
        "ro-pax ships can a 90-kilometre crossing support once the shopping trips stop growing?",
        "Passenger numbers between Helsinki and Tallinn peaked in 2017 and have not recovered to that level since. "
        "Freight, by contrast, has grown by roughly 3% a year, and it is trailers, not tourists, that now pay for most "
        "of the crossings. That shift has squeezed the margins of operators whose ships were designed around bars, "
        "shops and restaurants.",
        "Aalto Line’s answer has been to cut hotel-side costs, including by hiring catering crews through a manning "
        "agency in Riga. The unions’ demand that those workers be brought onto direct contracts goes to the heart of "
        "that model.",
        "“The galley is where the ferry companies found their savings, and now the savings are on the negotiating "
        "table,” said Anneli Koskinen, a partner at the shipping consultancy NordMar Analytics.",
        "The operator’s competitors have so far been the winners. With about a fifth of the corridor’s freight "
        "capacity tied up at the quay, rival lines have filled their trailer decks and raised spot rates by as much as "
        "40%, according to two forwarders who spoke to Ferry & Freight Weekly.",
        "Whatever the settlement, the strike has shown hauliers how exposed they are to a single operator. Several "
        "said they would spread their bookings more widely in 2027, which would make any return to full utilisation "
        "slower for Aalto Line than the end of the dispute itself.",
        "For the Stockholm route, the stakes are higher still. Two overnight ships with a combined 4,700 berths are a "
        "large fixed cost in a market that the airlines have been steadily eroding, and the company has said little "
        "about its plans for them beyond next summer.",
    ],
    url="https://www.ferryfreightweekly.com/analysis/why-the-aalto-line-strike-is-a-stress-test-for-baltic-ferry-economics",
)

art("ho-editorial", HO, "The Gulf of Finland cannot run on goodwill", "2026-12-02", [], [
        "Few journeys matter as much to as many people in this country as the two hours between Helsinki and "
        "Tallinn. Commuters, families, hauliers and day-trippers all treat the crossing as something close to a "
        "public service. It is not one, and this week has shown what that means.",
        "The strike at Aalto Line is a legitimate dispute between a private company and its employees, and it is not "
        "for the government to settle it. The unions have a case: the practice of hiring galley staff through an "
        "agency abroad has allowed the company to pay people doing the same work on the same ship very different "
        "wages.",
        "The company has a case too. The economics of the route have changed, and an operator that cannot make the "
        "Stockholm ships pay will eventually stop running them.",
        "What neither side has acknowledged is how much of the cost of their dispute is being carried by others: the "
        "lorry drivers sleeping in their cabs at Vuosaari, the small exporters whose goods are sitting in yards, the "
        "Estonian workers who commute to building sites in Helsinki.",
        "Finland and Estonia have spent years talking about a rail tunnel under the gulf. A more modest ambition would "
        "serve better for now: a standing arrangement between the two governments on how much ferry capacity the "
        "crossing needs in winter, and what happens when one operator stops sailing.",
        "Until then, the most important link between the two capitals will keep running on goodwill. This week it "
        "ran out.",
    ],
    url="https://www.helsinkiobserver.fi/opinion/editorial/a/ho-20261202-0001/the-gulf-of-finland-cannot-run-on-goodwill",
)

art("bc-hotels", BC, "Tallinn hoteliers count cost as ferry strike keeps Finnish visitors away", "2026-12-02",
    ["Triin Saar"], [
        "TALLINN – Hotels and restaurants in Tallinn’s Old Town say the strike at Aalto Line has cost them hundreds of "
        "bookings in what is usually one of the busiest fortnights of the year.",
        "The Estonian Hotel and Restaurant Association said on Wednesday that its members in the capital had reported "
        "cancellations for about 3,100 room nights since Monday, most of them from Finnish guests who had planned to "
        "travel on the company’s ships.",
        "“December is when we earn the money that carries us through January and February,” said Marju Tamm, who runs "
        "a 40-room hotel near Viru Gate. “We have had groups cancel for this weekend and the next, and some of them "
        "will not come back this year.”",
        "The Christmas market on Town Hall Square opened as planned on Friday, but stallholders said footfall on "
        "Monday and Tuesday was noticeably lower than last year.",
        "Tallinn’s deputy mayor for enterprise, Rasmus Kivi, said the city had asked the government to consider "
        "short-term relief for businesses if the strike continued into next week.",
        "Other ferry operators on the route have added sailings, but most were fully booked by Monday afternoon.",
    ],
    url="https://www.balticcourier.ee/news/2026/12/02/tallinn-hoteliers-count-cost-as-ferry-strike-keeps-finnish-visitors-away/",
)

art("ffw-november", FFW, "Baltic ro-pax freight fell 6% in November as hauliers braced for Aalto strike",
    "2026-12-07", ["Mikael Strand"], [
        "Freight volumes on Baltic ro-pax routes fell 6.1% year on year in November to 412,000 lane metres, according "
        "to the monthly Baltic Ro-Pax Monitor compiled by Ferry & Freight Weekly from operator and port data.",
        "The Gulf of Finland corridor accounted for most of the decline, with volumes down 14.3%, as hauliers moved "
        "bookings away from Aalto Line in the last two weeks of the month ahead of the strike that began on "
        "November 30.",
        "Volumes on the Sweden–Finland routes were down 2.8%, while the southern Baltic routes between Germany, Poland "
        "and Sweden were up 1.9%.",
        "Passenger numbers across the monitored routes fell 3.4% to 1.21 million, the lowest November figure since "
        "2022.",
        "“November is always a soft month, but the strike took the edge off what little pre-Christmas demand there "
        "was,” said Anneli Koskinen of the shipping consultancy NordMar Analytics.",
        FFW_METHOD,
    ],
    url="https://www.ferryfreightweekly.com/news/baltic-ro-pax-freight-fell-6-in-november-as-hauliers-braced-for-aalto-strike",
)

art("ffw-october", FFW, "Baltic ro-pax freight edged up 2% in October", "2026-11-06", ["Mikael Strand"], [
        "Freight volumes on Baltic ro-pax routes rose 2.2% year on year in October to 447,000 lane metres, according "
        "to the monthly Baltic Ro-Pax Monitor compiled by Ferry & Freight Weekly from operator and port data.",
        "The Gulf of Finland corridor led the increase, with volumes up 4.0%, helped by additional trailer capacity on "
        "the early-morning departures from Vuosaari.",
        "Volumes on the Sweden–Finland routes were up 1.1%, while the southern Baltic routes between Germany, Poland "
        "and Sweden were flat.",
        "Passenger numbers across the monitored routes rose 0.8% to 1.46 million.",
        "“October held up better than expected, but the pay talks at Aalto Line are a cloud over the winter,” said "
        "Anneli Koskinen of the shipping consultancy NordMar Analytics.",
        FFW_METHOD,
    ],
    url="https://www.ferryfreightweekly.com/news/baltic-ro-pax-freight-edged-up-2-in-october",
)

art("npa-port-forecast", BC, "Port of Tallinn trims passenger forecast as winter bookings soften", "2026-11-24", [], [
        "TALLINN (NPA) – The state-owned Port of Tallinn on Tuesday lowered its forecast for passenger traffic this "
        "year to 8.4 million, from 8.7 million, citing weaker winter bookings on the Helsinki route and the "
        "uncertainty created by pay talks at one of the main ferry operators.",
        "The port company said cargo volumes were expected to be broadly in line with last year, at about 13 million "
        "tonnes, helped by higher traffic at the Muuga harbour.",
        "Passenger numbers at the Old City Harbour were 3% lower in October than a year earlier.",
        "“Ferry travellers are booking later and spending less on board. That is a trend we see across the region,” "
        "the port’s chief executive, Kaarel Mänd, told reporters.",
        "The company will publish its full-year results in February.",
    ],
    url="https://www.balticcourier.ee/business/2026/11/24/port-of-tallinn-trims-passenger-forecast-as-winter-bookings-soften/",
)

# ================================================================== the Sound Link strike (Puget Sound)
art("kt-cuts", KT, "Sound Link to trim Bremerton fast-ferry sailings through winter", "2026-11-18",
    ["Dana Whitcomb"], [
        "BREMERTON — Sound Link Ferries will cut four daily round trips from its Bremerton–Seattle fast-ferry schedule "
        "from Dec. 14 through the end of February, the company told West Sound Transit Authority board members "
        "Tuesday, blaming a shortage of licensed deckhands.",
        "The reductions will remove the 10:20 a.m. and 2:45 p.m. departures from Bremerton and their return trips "
        "from Seattle, leaving midday riders with gaps of up to three hours between boats.",
        "“We would rather run a reliable schedule with fewer sailings than cancel boats at the dock with 20 minutes’ "
        "notice,” said Sound Link general manager Craig Halvorsen, who told the board the company was 11 deckhands "
        "short of a full roster.",
        "Board member and Port Orchard City Council member Deb Simmons said the cuts would fall hardest on shipyard "
        "workers and medical patients who travel to Seattle for appointments.",
        "The authority pays Sound Link about $14 million a year to operate the routes. Under the contract, the company "
        "must seek the board’s approval for service changes lasting longer than 30 days; the board is expected to vote "
        "on Dec. 2.",
        "The deckhands’ union, which has been negotiating with Sound Link since August, said staffing would improve if "
        "wages were competitive with the state ferry system.",
    ],
    url="https://www.kitsaptidings.com/news/transportation/sound-link-to-trim-bremerton-fast-ferry-sailings-through-winter/article_5c1e9a44.html",
)

art("hd-strike-vote", HD, "Sound Link deckhands vote to authorize strike", "2026-12-01", [], [
        "Deckhands and engineers on the Bremerton and Kingston fast ferries voted overwhelmingly to authorize a strike, "
        "their union said Tuesday, raising the prospect of a shutdown of the two routes before Christmas.",
        "Of the 58 members of Local 14 of the Puget Sound Marine Workers employed by Sound Link Ferries, 54 voted, and "
        "51 backed a strike, the union said. It has not set a date but must give the company 72 hours’ notice.",
        BG_SOUNDLINK,
        "The two sides have been negotiating since August. The union is asking for a 14% raise over three years and "
        "a minimum crew of four on every sailing; the company has offered 9% and says crew levels should follow "
        "Coast Guard minimums.",
        "“We have been at the table for four months. This vote tells the company our members are done waiting,” "
        "said Luis Carranza, the local’s business agent.",
        "Sound Link general manager Craig Halvorsen said in an email that the company was “committed to reaching a "
        "fair agreement” and that sailings would run as scheduled this week.",
        "Riders on the Bremerton route already face schedule cuts starting Dec. 14 because of the staffing shortage.",
    ],
    url="https://www.harbordispatch.org/transportation/2026/12/01/sound-link-deckhands-vote-to-authorize-strike/",
)

art("hd-strike-begins", HD, "Sound Link strike leaves Bremerton commuters scrambling", "2026-12-04",
    ["Marisol Ortega"], [
        "BREMERTON — The 6:05 a.m. fast ferry to Seattle did not sail Friday. Neither did any of the 17 others that "
        "Sound Link Ferries normally runs on a weekday between Bremerton, Kingston and Colman Dock, after deckhands "
        "and engineers walked off the job at midnight.",
        "At the Bremerton terminal, a handful of riders who had missed the news stood under the awning in the rain "
        "while pickets handed out leaflets. Most of the route’s regular commuters had switched to the car ferry, "
        "which takes an hour, or stayed home.",
        "“I left the house at 5:15 and I will get to my desk at 8 if I’m lucky,” said Teresa Lund, a paralegal who "
        "has ridden the fast ferry for six years. “Everybody on the boat is doing the math on how long this can "
        "last.”",
        BG_SOUNDLINK,
        Q_CARRANZA,
        "Sound Link said in a statement that it was “disappointed” by the walkout and had offered a 10% raise over "
        "three years, up from 9%. The company said it could not agree to a fixed crew size that was higher than the "
        "Coast Guard requires.",
        "The West Sound Transit Authority said it would add express bus trips between Bremerton and the Seattle-bound "
        "car ferry and was talking to private operators about a temporary water shuttle.",
        "No new talks had been scheduled by Friday afternoon.",
    ],
    url="https://www.harbordispatch.org/transportation/2026/12/04/sound-link-strike-leaves-bremerton-commuters-scrambling/",
)

art("kt-stopgaps", KT, "Water shuttle, extra buses fill gaps as Sound Link strike drags on", "2026-12-05",
    ["Dana Whitcomb"], [
        "BREMERTON — A chartered 149-passenger water shuttle will begin running between Bremerton and downtown "
        "Seattle on Monday, the West Sound Transit Authority said Saturday, as the strike that has halted Sound Link’s "
        "fast ferries entered its second day.",
        "The shuttle, operated by Tacoma-based Narrows Marine Charters, will make three round trips each weekday, two "
        "in the morning and one in the evening. It takes about 75 minutes each way, compared with 30 minutes on the "
        "fast ferry.",
        "“It is not a replacement, and we are not pretending it is,” said authority executive director Angela Ruiz. "
        "“It is a way to get the people who most need to be in Seattle there on time.”",
        "The authority has also added six express bus trips linking Bremerton neighborhoods with the car ferry "
        "terminal, and said fares on the shuttle and the buses would be waived while the strike lasts.",
        "On Kitsap’s north end, Kingston riders have been told to use the Kingston–Edmonds car ferry and connecting "
        "buses.",
        "Ruiz said the shuttle charter would cost about $38,000 a week, which the authority intends to recover from "
        "Sound Link under the performance terms of its contract. The company declined to comment on that claim.",
    ],
    url="https://www.kitsaptidings.com/news/transportation/water-shuttle-extra-buses-fill-gaps-as-sound-link-strike-drags-on/article_7d20b1f3.html",
    hd_title="Kitsap agencies patch together stopgaps for stranded ferry riders",
    hd_drop=[4],                # the Seattle republication cuts the Kingston paragraph
)

art("hd-deal", HD, "Sound Link, union reach tentative deal; fast ferries to resume Wednesday", "2026-12-08",
    ["Marisol Ortega", "Ray Tanaka"], [
        "Sound Link Ferries and the union representing its deckhands and engineers reached a tentative agreement late "
        "Monday, ending a five-day strike that shut down the passenger-only fast ferries between Bremerton, Kingston "
        "and Seattle.",
        "Sailings will resume with the 6:05 a.m. departure from Bremerton on Wednesday, the company said. The water "
        "shuttle chartered by the West Sound Transit Authority will make its last runs on Tuesday.",
        "The three-year agreement raises wages by 12% and requires a crew of four on every sailing between November "
        "and February, the union said. Members are expected to vote on it next week.",
        "“This contract puts a fourth person on the boat in the darkest months of the year. That is what this was "
        "about,” said Luis Carranza, business agent for Local 14 of the Puget Sound Marine Workers.",
        BG_SOUNDLINK,
        "The schedule cuts announced in November, which remove four daily round trips on the Bremerton route from "
        "Dec. 14, remain in place, the company said.",
    ],
    url="https://www.harbordispatch.org/transportation/2026/12/08/sound-link-union-reach-tentative-deal-fast-ferries-to-resume-wednesday/",
)

art("kt-opinion", KT, "The fast ferry is Bremerton’s lifeline, not a perk", "2026-12-06", ["Gwen Harlow"], [
        "For 19 years I rode the fast ferry to a job at Harborview. I have been retired for three, but I still know "
        "the 6:05 by heart: the same faces, the same seats, the same view of the shipyard cranes going dark behind "
        "us as the sun comes up over Rich Passage.",
        "This week that boat did not sail, and it is worth saying plainly what that means. It is not a "
        "lifestyle problem. It is a nurse getting to a 7 a.m. shift, a veteran getting to an appointment at the VA, "
        "a shipyard welder’s kid getting to a college class.",
        "I do not know who is right in the dispute between Sound Link and its crews. I suspect both sides have "
        "reasons. But I know that the people who run this service have been treating it for years as something that "
        "can be trimmed when the money is tight, and the crews as a cost to be managed.",
        "The schedule cuts that start on Dec. 14 are the clearest sign of that. Four round trips a day will "
        "disappear, and the people who ride them will not.",
        "The West Sound Transit Authority should stop treating this contract as a private arrangement. When the "
        "public pays $14 million a year for a service, the public is entitled to know what it is getting, what it "
        "costs to crew the boats safely, and why a company could not find 11 deckhands in a region full of maritime "
        "workers.",
        "Bremerton was built on the water. It should not be cut off from the rest of the Sound by a labor dispute "
        "and a spreadsheet.",
    ],
    url="https://www.kitsaptidings.com/opinion/columnists/the-fast-ferry-is-bremertons-lifeline-not-a-perk/article_9ab4e112.html",
)

# ================================================================== unrelated saved reads
art("nt-bakery", NT, "The Ballard bakery that still proofs its dough overnight", "2026-11-22", ["Hannah Lindqvist"], [
        "At 9 p.m., when most of Ballard Avenue is winding down, Signe Aalberg is just starting. The doors of "
        "Fjordkorn Bakery are locked, the radio is on, and 40 kilograms of rye dough are resting in wooden troughs "
        "that her grandfather brought from Bergen in 1962.",
        "The dough will rise slowly in the cool back room until about 3 a.m., when Aalberg and her one employee "
        "start shaping loaves. By the time the first customers arrive at 7, the shelves hold dark rye, seeded "
        "spelt, cardamom braids and the dense, sour bread that regulars call simply “the brick.”",
        "Overnight proofing is not efficient, and Aalberg knows it. Most commercial bakeries use faster yeasts and "
        "warm proofing cabinets that turn flour into bread in a few hours. “I could do that,” she said. “Then it "
        "would taste like everybody else’s.”",
        "The bakery has survived two recessions, a pandemic and a rent increase that nearly closed it in 2019, when "
        "a crowdfunding campaign raised $62,000 in nine days. Aalberg still keeps a printed list of the donors "
        "taped inside the flour cupboard.",
        "She is 61 now and has no obvious successor. Her daughter is a nurse in Tacoma. Asked what will happen to "
        "the troughs, Aalberg laughed and pointed at the clock. “Ask me at 3 a.m.,” she said. “I have bread to "
        "make.”",
    ],
    url="https://www.northwesttable.com/features/the-ballard-bakery-that-still-proofs-its-dough-overnight",
)

art("cs-ice-algae", CS, "Algae under Baltic sea ice are blooming weeks earlier, buoy data show", "2026-11-25",
    ["Peter Holm"], [
        "Microscopic algae that grow on the underside of sea ice in the Gulf of Bothnia are reaching their spring "
        "peak about three weeks earlier than they did in the early 2000s, according to a study of 22 years of "
        "measurements from moored buoys.",
        "The algae, mostly diatoms, are a first meal of the year for the small crustaceans that in turn feed young "
        "herring. If the bloom arrives before the animals that graze on it, much of it may sink to the sea floor "
        "uneaten.",
        "“The timing has shifted steadily, and it has shifted faster than the timing of the animals that depend on "
        "it,” said Maria Sandberg, a marine ecologist at Umeå University and the study’s lead author.",
        "The researchers used light and chlorophyll sensors mounted beneath the ice on four buoys off the Swedish and "
        "Finnish coasts. They found that thinner, earlier-melting ice lets more light through in March, which allows "
        "the algae to start growing sooner.",
        "The study does not show whether herring populations have been affected. Sandberg said that would require "
        "longer records of the grazers, which are sampled far less often than the algae.",
        "The work was published this week in the journal Limnology and Oceanography Letters.",
    ],
    url="https://www.coldwaterscience.org/news/2026/11/algae-under-baltic-sea-ice-are-blooming-weeks-earlier",
)

art("gl-ereaders", GL, "Five e-readers, one Nordic winter: which screen holds up?", "2026-11-28", ["Sam Okafor"], [
        "There is no better laboratory for an e-reader than a Finnish December, when the sun rises at 9.20 and sets "
        "before 3.30. We took five current models to Oulu for two weeks and read on them in daylight, under street "
        "lamps, on a night train and in a sauna changing room.",
        "The most important finding is the least exciting: front lights matter more than screen resolution. All five "
        "devices have sharp 300 ppi screens, but only two could be dimmed low enough to read in a dark bedroom "
        "without lighting up the room.",
        "Colour screens remain a compromise. The two colour models we tested made book covers and comics more "
        "pleasant, but their black text looked grey next to the monochrome readers, and their batteries lasted about "
        "half as long in the cold.",
        "Cold itself was less of a problem than we expected. None of the devices failed at minus 18 degrees, though "
        "page turns slowed noticeably on three of them until they had warmed up in a pocket.",
        "Our pick for most readers is the cheapest monochrome model with physical page-turn buttons, which were far "
        "easier to use in gloves than any touchscreen.",
    ],
    url="https://www.gadgetledger.co.uk/reviews/e-readers-nordic-winter-test",
)

art("ls-lighthouse", LS, "The last lighthouse keepers of the Kvarken", None, ["Elin Nyberg"], [
        "The lighthouse on Valsörarna has not needed a keeper since 1987, when its lamp was automated and the last "
        "family moved back to the mainland. But every summer, Göran and Britt Sjöholm row out from Replot to spend "
        "six weeks in the keeper’s cottage, painting window frames and logging the birds.",
        "They are volunteers, and they are 78 and 74. When they first came in 1992, there were a dozen couples on the "
        "rota for the lighthouses of the Kvarken, the narrow strait between Finland and Sweden. This year there "
        "were four.",
        "The Kvarken is one of the fastest-rising coastlines in the world. The land, still rebounding from the weight "
        "of the last ice age, rises almost a centimetre a year, and islands that were skerries when the lighthouse "
        "was built in 1886 are now covered in birch.",
        "“When Göran’s grandfather kept this light, the boat landing was down there,” Britt said, pointing at a line "
        "of rusted iron rings set into a rock 30 metres from the water. “Now you need a wheelbarrow to reach the "
        "sea.”",
        "The Finnish maritime authority says it has no plans to remove the Valsörarna light, which is still used by "
        "pleasure boats and the occasional fishing vessel. But the cottages are a different matter. The association "
        "that maintains them has asked for volunteers for three years running and received almost no replies from "
        "anyone under 60.",
        "Göran does not seem worried. “Somebody will come,” he said, and went back to scraping paint.",
    ],
    url="https://www.thelongsound.se/stories/the-last-lighthouse-keepers-of-the-kvarken",
)

art("hd-compost", HD, "Seattle council weighs bigger fee for curbside compost", "2026-12-02", ["Ray Tanaka"], [
        "Seattle households would pay about $4.60 more a month for curbside food and yard waste collection under a "
        "proposal the City Council’s utilities committee took up Wednesday.",
        "Seattle Public Utilities says the increase, which would take effect in April, is needed to cover the rising "
        "cost of hauling compost to processing sites in Snohomish and Pierce counties and to pay for a new "
        "transfer station in the city’s south end.",
        "“The cheapest ton of waste is the one that never goes to the landfill, but composting is not free,” said "
        "the utility’s solid waste director, Lorraine Baptiste.",
        "Council member Andre Whitfield said he would ask the utility to offer a discount for households that use "
        "the smallest bins, arguing the flat increase would hit renters and older residents hardest.",
        "The committee is expected to vote on the proposal in January.",
    ],
    url="https://www.harbordispatch.org/city-hall/2026/12/02/seattle-council-weighs-bigger-fee-for-curbside-compost/",
)

art("bc-tram", BC, "Tallinn’s new tram line to the port opens a month late", "2026-11-26", [], [
        "TALLINN – The tram line linking Tallinn’s city centre with the Old City Harbour passenger terminals opened on "
        "Thursday, a month later than planned, after delays in delivering the overhead power equipment.",
        "The 1.8-kilometre extension of route 2 has four new stops and is expected to carry about 9,000 passengers a "
        "day, many of them ferry travellers with luggage.",
        "The city said the project cost €38 million, about €4 million more than budgeted, with most of the money "
        "coming from European Union funds.",
        "Trams will run every six minutes at peak times. Passengers arriving on the morning ferries from Helsinki "
        "can now reach the central bus station in 11 minutes.",
    ],
    url="https://www.balticcourier.ee/news/2026/11/26/tallinns-new-tram-line-to-the-port-opens-a-month-late/",
)

art("ho-review", HO, "A quiet novel about a noisy harbour", None, ["Juho Lampinen"], [
        "Almost nothing happens in Kirsi Valo’s third novel, and it happens in the loudest place in Helsinki. "
        "Satama (Harbour) follows a crane operator at Vuosaari through a single week in February, from the dark "
        "drive to the morning shift to the evening she finally tells her brother she is leaving the city.",
        "Valo is interested in the noise: the beeping of reversing straddle carriers, the ship horns, the radio "
        "chatter in the cab. Her prose is built out of short, hard sentences that work like the machinery they "
        "describe, and the effect, for the first hundred pages, is hypnotic.",
        "The weakness is the brother, who exists mainly to be told things. Their long conversation in the last "
        "chapter is the only place where the book explains itself, and it is the only place where it goes slack.",
        "But this is a fine, unusual novel about work, which is rarer in Finnish fiction than it should be. Valo "
        "knows what it feels like to be good at a job that nobody sees, and she makes the reader feel it too.",
        "Satama is published by Otava. An English translation is planned for 2028.",
    ],
    url="https://www.helsinkiobserver.fi/culture/books/a/ho-20261129-0031/a-quiet-novel-about-a-noisy-harbour",
)

art("nt-salmon", NT, "Why smoked salmon costs more this winter", "2026-11-29", ["Hannah Lindqvist"], [
        "If the smoked salmon on your holiday table looks more expensive this year, it is not your imagination. "
        "Wholesale prices for cold-smoked sockeye in the Pacific Northwest are up about 20% on last December, "
        "according to three Seattle distributors.",
        "The main reason is a poor sockeye run in Bristol Bay, Alaska, which supplies most of the fish smoked in the "
        "region. The summer catch was about a third below its ten-year average, and processors paid more for what "
        "there was.",
        "Smokehouses are also paying more for alder wood and for labor. “Everything that touches the fish costs more "
        "than it did two years ago,” said Tom Rask, who runs a family smokehouse in Everett.",
        "Farmed Atlantic salmon, which is cheaper and more widely available, has risen less, by about 6%. Rask said "
        "he expected some customers to switch, but that most of his regulars would not. “People who buy sockeye for "
        "Christmas are buying a tradition,” he said.",
    ],
    url="https://www.northwesttable.com/news/why-smoked-salmon-costs-more-this-winter",
)

art("cs-herring", CS, "Baltic herring quota cut 18% for 2027", "2026-12-01", [], [
        "Fishing ministers from the European Union’s Baltic member states agreed on Monday to cut next year’s quota "
        "for herring in the central Baltic Sea by 18%, following scientific advice that the stock remains below safe "
        "levels.",
        "The cut is smaller than the 26% reduction proposed by the European Commission. Finland and Sweden, whose "
        "fleets land most of the catch, had argued for a smaller cut to protect coastal fishing communities.",
        "The quota for the Gulf of Bothnia stock, which scientists consider healthier, was left unchanged.",
        "Environmental groups said the decision again put short-term catches ahead of the recovery of the stock. The "
        "International Council for the Exploration of the Sea has advised cuts for the central Baltic herring for "
        "five of the last six years.",
    ],
    url="https://www.coldwaterscience.org/news/2026/12/baltic-herring-quota-cut-18-for-2027",
)

art("gl-heatpumps", GL, "Heat pumps in a cold snap: what our testers found", "2026-12-03",
    ["Sam Okafor", "Priya Nandakumar"], [
        "When the temperature in our test house outside Jyväskylä fell to minus 24 last week, all three air-source "
        "heat pumps we are testing kept the house warm. Two of them did it without switching on their backup "
        "electric heaters.",
        "Efficiency fell sharply, as expected. At minus 24 the best of the three was producing about 1.9 units of "
        "heat for every unit of electricity, compared with 4.1 at plus 5 degrees.",
        "The most common complaint from our testers was noise. The outdoor units ran at full speed for most of the "
        "cold spell, and the loudest was clearly audible in the bedroom with the windows closed.",
        "Defrost cycles were the other surprise. The units paused to melt ice off their outdoor coils as often as "
        "every 40 minutes in humid weather just below freezing, which was harder on efficiency than the deep cold.",
        "We will publish full results, including running costs, in January.",
    ],
    url="https://www.gadgetledger.co.uk/reviews/heat-pumps-cold-snap-test",
)

art("nt-cardamom", NT, "Cardamom buns, ranked: a Nordic baker’s guide", "2026-11-30", ["Oskar Berg"], [
        "Every Scandinavian bakery in Seattle now sells a cardamom bun, and they are not all equal. Over three "
        "weekends we ate our way through nine of them, from Ballard to Bainbridge Island.",
        "The best buns share a few things: freshly ground cardamom rather than the pre-ground kind, a dough that is "
        "enriched but not cakey, and a glaze that is there for shine rather than sweetness.",
        "Our favourite was a knotted bun from a tiny counter in Fremont that sells out most days by 10 a.m. The "
        "dough was tender and slightly chewy, and the cardamom came through clearly without turning medicinal.",
        "The biggest disappointment was a bun the size of a fist that tasted mostly of sugar. Bigger, in this case, "
        "was not better.",
        "A note on price: the buns we tried ranged from $3.75 to $6.50, and there was no connection at all between "
        "what they cost and how good they were.",
    ],
    url="https://www.northwesttable.com/food/cardamom-buns-ranked",
)

art("cs-eelgrass", CS, "Eelgrass replanting in Hood Canal shows first gains", "2026-11-24", ["Peter Holm"], [
        "Eelgrass replanted in three bays of Hood Canal in 2023 has spread to cover about 40% more seabed than was "
        "planted, according to the first survey of the project by the Washington Department of Natural Resources.",
        "Eelgrass meadows shelter young salmon and crabs and help to stabilise sediment, but they have declined in "
        "parts of Puget Sound for decades because of shoreline development and murky water.",
        "Volunteers and divers planted about 30,000 shoots at the three sites. Survival was highest in the bay with "
        "the clearest water and lowest in a site near a marina, where boat traffic stirred up the bottom.",
        "“Two years is early, and eelgrass has fooled us before,” said the project’s lead scientist, Renee Ostrander. "
        "“But these are the numbers we were hoping for.”",
    ],
    url="https://www.coldwaterscience.org/news/2026/11/eelgrass-replanting-in-hood-canal-shows-first-gains",
)
