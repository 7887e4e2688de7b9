# -*- coding: utf-8 -*-
"""The canonical article table of blind24: the English-language press of South Asia, Africa, South-East Asia and
the Caribbean, 28 November - 8 December 2026. Every story, person, outlet, news agency, company and most
organisations are invented; places are real.

Outlets (all invented):
  DL  Deccan Ledger (Hyderabad daily, deccanledger.in)         DT  Dalal Times (Mumbai business daily, dalaltimes.com)
  DM  The Dhaka Monitor (dhakamonitor.com.bd)                   IH  The Indus Herald (Karachi, indusherald.com.pk)
  DC  Daily Clarion (Lagos/Abuja, dailyclarion.ng)              SP  The Savannah Post (Nairobi, savannahpost.co.ke)
  PH  Pilipinas Herald (Manila, pilipinasherald.ph)             JB  The Jamaica Beacon (Kingston, jamaicabeacon.com)
Agencies (all invented): PAI Press Agency of India, NNP National News of Pakistan, NNS Nigerian News Service,
  PIN Philippine Information Network.

Each article: outlet, title, date (ISO, or None), authors (persons only; desks and agencies are not authors),
paras (the canonical text, curly quotes), and optional variants used by the renderers.
"""

ART = {}


def art(aid, outlet, title, date, authors, paras, **kw):
    ART[aid] = dict(outlet=outlet, title=title, date=date, authors=authors, paras=paras, **kw)


DL, DT, DM, IH = "Deccan Ledger", "Dalal Times", "The Dhaka Monitor", "The Indus Herald"
DC, SP, PH, JB = "Daily Clarion", "The Savannah Post", "Pilipinas Herald", "The Jamaica Beacon"

# ------------------------------------------------------------------ text shared on purpose by distinct articles
# PAI's standard background paragraph, in the morning preview and the evening story (hard negative)
BG_PAI = ("Bangladesh currently imports about 2,650 MW from India through the Bheramara-Baharampur and "
          "Tripura-Comilla links and from private plants in Jharkhand, making India its largest source of imported "
          "electricity.")
# the SBP governor's sentence, in the Herald's staff story and the NNP agency story (hard negative)
Q_SBP = ("“The committee noted that inflation has remained within the target range, but the risks from food prices "
         "and the external account have not gone away,” Governor Jamil Ahmad Qureshi told a post-meeting press "
         "conference.")
# the oil company's statement, in the NNS agency story and the Clarion's own story (hard negative)
Q_NPC = ("“The adjustment reflects the current landing cost of petrol and the relative stability of the naira in "
         "recent weeks,” the company’s Chief Corporate Communications Officer, Mr Olufemi Adebanjo, said in a "
         "statement on Sunday.")
# the Savannah Post's background paragraph on the teachers' dispute (morning and evening stories, hard negative)
BG_KSTU = ("The Kenya Secondary Teachers’ Union (KSTU), which has about 118,000 members, issued a strike notice on "
           "November 23, accusing the Teachers Service Board of failing to implement the second phase of the "
           "2025-2029 collective bargaining agreement.")

# ================================================================== PAI (Press Agency of India) -- syndicated
art("pai-pact-evening", "PAI",
    "India, Bangladesh sign pact for cross-border power trade; 1,600 MW line by 2029", "2026-12-07", [], [
        "New Delhi, Dec 7 (PAI) India and Bangladesh on Monday signed an agreement for two-way trade in "
        "electricity, under which a new 765-kV transmission line between Katihar in Bihar and Parbatipur in "
        "northern Bangladesh will carry up to 1,600 MW by 2029, officials said.",
        "The pact was signed by Union Power Secretary Alok Ranjan Mishra and Bangladesh's Power Division Secretary "
        "Md. Habibur Rahman Talukder in the presence of ministers from both sides.",
        "The line, estimated to cost ₹4,800 crore, will be built in two phases. The Indian portion of about 180 km "
        "will be executed by a state-run transmission utility, while Bangladesh will fund its 140-km stretch with a "
        "concessional loan of USD 350 million, according to a joint statement.",
        BG_PAI,
        "“This is not a one-way street. In the winter months, when Bangladesh has spare capacity, power can flow "
        "west into our eastern grid,” Mishra told reporters after the signing.",
        "Officials said the tariff for the first 500 MW would be ₹5.12 per unit, fixed for five years, with the "
        "rest to be traded on Indian power exchanges under rules to be notified by the Central Electricity "
        "Regulatory Commission.",
        "The two sides also agreed to set up a joint working group to draft grid-security protocols within six "
        "months. The agreement will be reviewed every three years.",
        "Shares of Eastern Grid Transmission Corporation rose 2.3 per cent on the BSE on Monday ahead of the "
        "signing.",
    ],
    dl_title="Centre inks power trade pact with Dhaka, eyes ₹4,800-crore transmission link",
    dm_title="Dhaka, Delhi sign deal to trade up to 1,600MW power",
    # Deccan Ledger's light edit: dateline dropped from the lead, two sentences reworded, the market line cut
    dl_edit={
        0: "India and Bangladesh on Monday signed an agreement for two-way trade in electricity, under which a new "
           "765-kV transmission line between Katihar in Bihar and Parbatipur in northern Bangladesh will carry up to "
           "1,600 MW by 2029, officials said.",
        5: "The tariff for the first 500 MW has been fixed at ₹5.12 a unit for five years; the rest will be traded "
           "on Indian power exchanges under rules the Central Electricity Regulatory Commission is yet to notify, "
           "officials said.",
    },
    dl_drop=[7],
    dm_keep=5,
)
art("pai-pact-morning", "PAI",
    "India, Bangladesh to sign power trade pact today; tariff still under negotiation", "2026-12-07", [], [
        "New Delhi, Dec 7 (PAI) India and Bangladesh are set to sign an agreement on cross-border electricity "
        "trade here on Monday, though officials said the two sides were still negotiating the price at which Dhaka "
        "will buy power from Indian generators.",
        "A senior Power Ministry official said the draft provided for a new high-capacity line from Bihar to "
        "northern Bangladesh, but declined to give its route or cost before the signing.",
        BG_PAI,
        "“We are down to the last decimal point on the tariff. Both teams have been at it since Saturday,” the "
        "official, who did not wish to be named, said.",
        "Bangladesh's Power Division Secretary Md. Habibur Rahman Talukder arrived in the capital on Sunday evening "
        "with a 14-member delegation, according to the Bangladesh High Commission.",
        "Power demand in Bangladesh falls sharply in winter, and officials in Dhaka have pushed for an arrangement "
        "under which surplus electricity could be sold back to India during the cooler months.",
    ])

# ================================================================== Deccan Ledger (Hyderabad)
art("dl-gig-bill", DL, "Govt to table bill on gig workers’ welfare board in Assembly session", "2026-12-08",
    ["M. Rajeshwar Rao"], [
        "HYDERABAD: The Telangana government will table a bill to set up a welfare board for platform-based gig "
        "workers in the winter session of the Legislative Assembly beginning December 14, Labour Minister G. Venkat "
        "Swamy said on Monday.",
        "The draft Telangana Platform-Based Gig Workers (Registration, Social Security and Welfare) Bill, 2026, "
        "proposes a cess of 1% to 2% on every payout made by aggregators such as food delivery and ride-hailing "
        "companies, which will go into a dedicated welfare fund.",
        "Officials estimate that there are about 4.2 lakh gig workers in the State, nearly three-fourths of them in "
        "the Hyderabad metropolitan region. The fund is expected to collect ₹180 crore to ₹220 crore a year once "
        "all aggregators are registered.",
        "“A delivery partner who meets with an accident on the Outer Ring Road today has nowhere to go. The board "
        "will change that,” Mr. Venkat Swamy told reporters after a meeting with representatives of workers’ "
        "unions at the Secretariat.",
        "Under the draft, every aggregator will have to register with the board within 60 days and share data on "
        "the number of workers engaged and the payouts made. Companies that fail to comply face a penalty of up to "
        "₹50 lakh.",
        "The Telangana Gig and Platform Workers’ Forum welcomed the move but demanded that the board include "
        "elected worker representatives. Its president, Mohammed Arif Quadri, said the forum would submit its "
        "suggestions before the session.",
    ],
    print_title="GIG WORKERS’ BILL LIKELY IN WINTER SESSION",
    print_deck="Welfare board to get cess of 1% to 2% on aggregator payouts",
    web_deck="Draft proposes cess on aggregators’ payouts; about 4.2 lakh workers in the State",
    print_lead="The Telangana government will table a bill to set up a welfare board for platform-based gig "
               "workers in the winter session of the Legislative Assembly beginning December 14, Labour Minister G. "
               "Venkat Swamy said on Monday.",
    slug="telangana/govt-to-table-bill-on-gig-workers-welfare-board-in-assembly-session/article70412386.ece")
art("dl-metro", DL, "CENTRE CLEARS METRO PHASE II", "2026-12-08", [], [
    "The Union Cabinet on Monday approved the second phase of the Hyderabad Metro Rail project, clearing the way "
    "for five new corridors totalling 76.4 km at an estimated cost of ₹24,269 crore.",
    "The project will be executed as a 50:50 joint venture of the Centre and the State government, with about 48% "
    "of the cost to be raised as loans from multilateral lenders, officials said.",
    "A statement from the Chief Minister’s Office said work on the Airport corridor would begin by April 2027 and "
    "that the State would release its first instalment of ₹2,100 crore in the coming Budget.",
    # ---- continued on page 7
    "The five corridors are Nagole to Shamshabad Airport, Raidurg to Kokapet, MGBS to Chandrayangutta, Miyapur to "
    "Patancheru and L.B. Nagar to Hayathnagar. Together they are expected to carry about 8 lakh passengers a day "
    "by 2031.",
    "Officials said land acquisition for about 32 acres along the Chandrayangutta stretch was still pending, and "
    "that ₹1,150 crore had been set aside for compensation and road widening in the Old City.",
    "Urban transport experts welcomed the approval but cautioned that the first phase, which carries about 5.1 "
    "lakh passengers a day, was still running below its projected ridership.",
], jump_after=3, print_deck="₹24,269-crore project to add 76.4 km across five corridors")
art("dl-water", DL, "1.2 LAKH NEW WATER CONNECTIONS BY MARCH", "2026-12-08", [], [
    "The Hyderabad Water Board will give 1.2 lakh new drinking water connections in the peripheral municipalities "
    "by the end of March under a special drive launched on Monday, Managing Director K. Ashok Reddy said.",
    "Households in Boduppal, Peerzadiguda, Jawaharnagar and Nizampet, many of which depend on private tankers in "
    "summer, will be covered first. Connections for families below the poverty line will cost ₹1, while others "
    "will pay a one-time fee of ₹6,000 that can be paid in instalments.",
    "Mr. Ashok Reddy said the Board had laid 1,340 km of new pipeline in the area since 2024 and that about 40% of "
    "the homes along those lines had still not applied for a connection. Camps will be held in every ward on "
    "Saturdays and Sundays till the end of January.",
], print_deck="Drive to cover households in peripheral municipalities first")
art("dl-fraud", DL, "Retired banker loses ₹1.86 crore in ‘digital arrest’ scam", "2026-12-08",
    ["Syeda Farheen"], [
        "A 71-year-old retired bank manager from Kondapur lost ₹1.86 crore to cyber fraudsters who posed as "
        "officers of a central investigating agency and kept him under a so-called ‘digital arrest’ for nine days, "
        "the Cyberabad police said on Monday.",
        "The fraudsters first called him claiming that a parcel containing drugs had been booked in his name, and "
        "later joined him on video calls dressed in uniform. They told him not to speak to anyone about the ‘case’ "
        "and made him transfer his savings and the proceeds of two fixed deposits to seven accounts for "
        "‘verification’.",
        "The victim approached the police only after his son, who lives in Pune, noticed the withdrawals. A case "
        "was registered under the Information Technology Act and the Bharatiya Nyaya Sanhita, and ₹23 lakh has been "
        "frozen in two of the accounts, officials said.",
        "“No government agency arrests anyone over a video call. The moment someone says ‘digital arrest’, hang "
        "up,” said Deputy Commissioner of Police (Cyber Crimes) N. Sai Kiran.",
        "Citizens who receive such calls can dial the national cyber crime helpline 1930 or report the number on "
        "the Centre’s cyber crime portal, the police said.",
    ],
    web_title="Retired banker loses ₹1.86 crore in ‘digital arrest’ scam in Kondapur",
    print_keep=4)
art("dl-editorial", DL, "Power across the border", "2026-12-08", [], [
    "The electricity trade agreement that India and Bangladesh signed on Monday is a sensible piece of "
    "neighbourhood policy, and it deserves more attention than the usual round of handshakes.",
    "For years, power has flowed in one direction, from Indian plants to a Bangladesh short of generation. A line "
    "that can carry electricity both ways turns a sale into a partnership: Bangladesh’s spare winter capacity can "
    "ease the evening peaks in West Bengal and Bihar, and India earns a steady customer for the rest of the year.",
    "Two cautions are in order. The tariff for most of the traded power is still to be set by rules that have not "
    "been written, and the history of cross-border projects in the region is one of delays over land and "
    "clearances. The Centre would do well to publish a timeline, and stick to it.",
], print_label="Page 8 | Editorial")

# ================================================================== Dalal Times (Mumbai)
art("dt-sensex", DT, "Sensex climbs 412 pts as banks, IT lead; FPIs turn net buyers", "2026-12-07", [], [
    "Benchmark indices rose for a second straight session on Monday as banking and information technology stocks "
    "led gains, with foreign portfolio investors turning net buyers after four weeks of selling.",
    "The 30-share BSE Sensex ended 412.36 points, or 0.48 per cent, higher at 86,214.70, while the NSE Nifty rose "
    "118.25 points to 26,301.10. The market capitalisation of BSE-listed companies rose by about ₹2.4 lakh crore "
    "during the day.",
    "Provisional exchange data showed foreign portfolio investors bought equities worth ₹2,317 crore on Monday, "
    "while domestic institutional investors sold shares worth ₹1,045 crore.",
    "“The rate-cut hopes are back on the table after last week’s inflation print, and banks are the first to "
    "benefit,” said Kavita Deshpande, head of research at a Mumbai brokerage.",
    "Power transmission stocks were also in focus ahead of the India-Bangladesh electricity trade agreement, "
    "which was signed later in the day.",
])
art("dt-gst", DT, "GST mop-up rises 9.1% to ₹1.97 lakh crore in November", "2026-12-01",
    ["Rohan Mehta", "Priya Iyer"], [
        "Gross goods and services tax (GST) collections rose 9.1 per cent year-on-year to ₹1.97 lakh crore in "
        "November, helped by festive-season spending and higher collections on imports, data released by the "
        "finance ministry on Tuesday showed.",
        "Revenue from domestic transactions grew 8.2 per cent to ₹1.45 lakh crore, while GST on imports rose 11.6 "
        "per cent to ₹52,310 crore. Refunds amounted to ₹21,870 crore, taking net collections to ₹1.75 lakh crore.",
        "Maharashtra remained the largest contributor with ₹31,420 crore, followed by Karnataka and Gujarat. "
        "Collections in the north-eastern states grew the fastest, though from a small base.",
        "Tax experts said the numbers were encouraging but warned that the rate rationalisation that took effect in "
        "October would show its full impact on revenue only in the final quarter of the financial year.",
    ])

# ================================================================== The Dhaka Monitor
art("dm-rmg", DM, "RMG exporters seek Tk 5,000 crore stimulus as orders slow", "2026-12-07",
    ["A.K.M. Shahidul Haque"], [
        "Garment exporters have asked the government for a stimulus package of Tk 5,000 crore in low-cost loans to "
        "pay wages and clear utility bills, saying that orders from European buyers for the coming spring season "
        "are down by nearly a fifth.",
        "In a letter to the finance adviser on Sunday, the Bangladesh Apparel Makers and Exporters Forum said at "
        "least 240 factories employing about 3.1 lakh workers had received fewer than half their usual orders.",
        "“We are not asking for a handout. We are asking for time, at an interest rate a factory can actually "
        "pay,” said the forum’s president, Tanvir Hossain Chowdhury.",
        "Export earnings from readymade garments stood at $3.62 billion in November, 6.4 percent lower than a year "
        "earlier, according to provisional figures. Economists said higher gas prices and a stronger taka against "
        "the euro had also eroded margins.",
    ])
art("dm-dengue", DM, "Dengue deaths cross 400 as December cases defy trend", "2026-12-07", [], [
    "Dengue has killed 403 people in Bangladesh so far this year, with 11 deaths and 1,284 new hospitalisations "
    "reported in the 24 hours to 8:00am yesterday, according to the Directorate General of Health Services.",
    "Cases usually fall sharply by December as temperatures drop, but health officials said intermittent rain in "
    "late November had created fresh breeding grounds for Aedes mosquitoes in Dhaka and in Barishal and Chattogram "
    "divisions.",
    "Of the patients admitted yesterday, 512 were in Dhaka city. Entomologist Prof Nazmul Hasan said construction "
    "sites and abandoned tyres in the capital's eastern wards remained the main breeding spots.",
    "“The city corporations cannot stop spraying just because the calendar says winter,” he said.",
])
art("dm-power-reaction", DM, "Power deal: experts want tariff terms made public", "2026-12-08", [], [
    "Energy experts yesterday welcomed the electricity trade agreement signed with India in New Delhi on Monday "
    "but urged the government to publish its tariff terms, saying earlier import deals had locked Bangladesh into "
    "prices above the regional average.",
    "“A two-way line is good engineering. But the public is paying for these contracts, and the public should see "
    "them,” said Prof Ashraful Karim of the Bangladesh Institute of Energy Studies at a discussion in the capital.",
    "Officials of the Power Division said the line would let the country sell surplus electricity in winter, "
    "when demand falls and several gas-fired plants run well below capacity. The first 500MW would be priced at a "
    "fixed rate for five years, they said, without disclosing the rate.",
    "The Consumers Association of Bangladesh said it would seek a hearing before the energy regulator.",
])

# ================================================================== The Indus Herald (Karachi)
art("ih-sbp-staff", IH, "SBP keeps policy rate unchanged at 11pc", "2026-12-07", [], [
    "KARACHI: The State Bank of Pakistan (SBP) on Monday kept its key policy rate unchanged at 11 per cent for the "
    "third consecutive meeting, saying that a recent rise in food prices and the outlook for global oil prices "
    "warranted caution.",
    Q_SBP,
    "Headline inflation stood at 6.8pc in November, up from 5.9pc in October, driven largely by prices of "
    "vegetables, wheat flour and sugar. The central bank expects inflation to average between 6pc and 8pc in the "
    "current fiscal year.",
    "The SBP's foreign exchange reserves rose to $14.6 billion last week, the highest level in more than four "
    "years, while the rupee closed at Rs281.40 to the dollar in the interbank market on Monday.",
    "Analysts had been divided ahead of the meeting, with a majority expecting a cut of 50 basis points. The "
    "benchmark KSE-100 index fell 612 points after the announcement.",
])
art("ih-sbp-nnp", IH, "SBP holds rate at 11pc, flags food price risks", "2026-12-07", [], [
    "ISLAMABAD, Dec 7 (NNP): The State Bank of Pakistan has decided to keep the policy rate at 11 percent, the "
    "central bank announced on Monday after a meeting of its Monetary Policy Committee.",
    Q_SBP,
    "The business community reacted with disappointment. The Federation of Pakistan Chambers of Commerce and "
    "Industry said a cut of at least 200 basis points was needed to revive industrial borrowing, which fell by "
    "Rs112 billion in the first five months of the fiscal year.",
    "The committee's next meeting is scheduled for January 26, 2027, the SBP said in a statement.",
])
art("ih-bus", IH, "Sindh cabinet approves Rs18bn for 500 electric buses", "2026-12-05", ["Imran Ali Shah"], [
    "KARACHI: The Sindh cabinet on Saturday approved Rs18 billion for the purchase of 500 electric buses for "
    "Karachi, Hyderabad and Sukkur, in what officials described as the largest single investment in public "
    "transport in the province.",
    "Provincial Transport Minister Syed Faraz Hussain told the meeting that the first 120 buses would arrive by "
    "June and would run on nine new routes in Karachi, including Orangi Town to Saddar and Malir to Clifton.",
    "The buses will be owned by the provincial government and run by private operators under a fee-per-kilometre "
    "contract. Fares will be capped at Rs50 for the first year, the minister said.",
    "The cabinet also approved the construction of two depots with charging stations at Surjani Town and Korangi "
    "at a cost of Rs2.3bn.",
])

# ================================================================== Daily Clarion (Nigeria)
art("dc-electricity", DC, "Senate moves to amend Electricity Act as DisCos’ debt hits N1.2trn", "2026-12-07",
    ["Tunde Adeyemi"], [
        "The Senate has begun moves to amend the Electricity Act, 2023, to give the regulator powers to revoke the "
        "licences of distribution companies that fail to settle their debts to the market within 90 days.",
        "The amendment bill, sponsored by the Chairman, Senate Committee on Power, Sen. Abubakar Danladi "
        "(Bauchi South), passed first reading on Thursday and is expected to be debated when the chamber resumes "
        "on Tuesday.",
        "Figures from the Nigerian Bulk Electricity Market Operator show that the 11 distribution companies owed "
        "generation companies and the market operator about N1.2trn as of the end of October, up from N870bn a "
        "year earlier.",
        "“The days when a DisCo collects money from Nigerians and refuses to pay for the power it sold are over,” "
        "Danladi told journalists in Abuja on Sunday.",
        "But the Association of Power Distributors, through its Executive Director, Barr. Chioma Okafor-Eze, said "
        "the debts were caused by tariffs that did not reflect costs and by N410bn in unpaid bills owed by "
        "government ministries, departments and agencies.",
        "The Minister of Power, Engr. Suleiman Garba, has said the government would unveil a plan to clear the "
        "debts by the first quarter of 2027.",
    ], digest_keep=5)
art("dc-petrol-nns", DC, "NPC cuts petrol pump price to N865 per litre", "2026-12-07", [], [
    "The Nigeria Petroleum Corporation (NPC) Ltd. has reduced the pump price of petrol at its retail outlets in "
    "Lagos from N910 to N865 per litre, the second cut in a month.",
    "A survey of NPC outlets in Abuja showed that the product now sells for N878 per litre, down from N925, while "
    "prices in the North-East ranged between N900 and N940.",
    Q_NPC,
    "The cut comes a week after a major private refinery reduced its ex-depot price by N35 per litre, putting "
    "pressure on importers and other marketers to follow.",
])
art("dc-petrol-marketers", DC, "Marketers say N865 price cut won’t reach the North", "2026-12-07",
    ["Emeka Nwachukwu"], [
        "Independent petroleum marketers have said that the latest reduction in the pump price of petrol by the "
        "Nigeria Petroleum Corporation Ltd. will not be felt by motorists in most northern states for weeks.",
        Q_NPC,
        "But the National Vice President of the Independent Oil Marketers Association, Alhaji Sani Dankano, said "
        "his members were still selling stock bought at the old ex-depot price and could not sell at a loss.",
        "“If you bought a truck at N880, you cannot sell at N865 because someone in Lagos said so. Give us two to "
        "three weeks,” he said in Kano.",
        "He added that the cost of moving a 45,000-litre truck from Lagos to Maiduguri had risen to about N3.1m "
        "because of bad roads and insecurity.",
    ])
art("dc-apapa", DC, "Apapa gridlock: NPMA gives truckers 14-day ultimatum", "2026-12-07",
    ["Bolaji Ogunleye"], [
        "The Nigerian Ports Management Authority (NPMA) has given truck owners 14 days to remove trucks parked on "
        "the bridges and access roads to the Apapa and Tin Can Island ports or have them towed and impounded.",
        "The Managing Director of the authority, Engr. Adebayo Ogunsanya, said on Saturday that trucks going into "
        "the ports would henceforth be called up only through the electronic call-up system, and that any truck "
        "without a valid ticket would be turned back at Ijora.",
        "A member of the House of Representatives representing Apapa Federal Constituency, Hon. Kehinde Balogun, "
        "said residents had lived with the gridlock for too long and urged the police to arrest extortionists who "
        "collect up to N150,000 to move trucks up the queue.",
        "The Chairman of the Association of Maritime Truck Owners, Chief Remi Adesanya, said the union would comply "
        "but asked the authority to open two more holding bays at Orile and Lilypond.",
    ])

# ================================================================== The Savannah Post (Nairobi)
art("sp-teachers-deal", SP, "Teachers call off strike after TSB agrees to Sh8.6bn pay deal", "2026-12-07",
    ["Wanjiru Kamau"], [
        "Secondary school teachers have called off a strike that was set to begin on Wednesday after the Teachers "
        "Service Board agreed to release Sh8.6 billion to implement the second phase of their pay deal.",
        "The agreement was signed on Monday afternoon at the Ministry of Labour after a 10-hour meeting chaired by "
        "Labour Cabinet Secretary Rose Chebet.",
        BG_KSTU,
        "“Our members will report to school as usual. We have a signed document and a timeline, and that is what we "
        "were asking for,” KSTU Secretary-General Evans Mutua told journalists.",
        "Under the deal, 61,400 teachers in job groups C4 and C5 will receive salary increases of between Sh2,300 "
        "and Sh5,100 a month backdated to July, to be paid in the January payroll.",
        "Ms Chebet said the Treasury had agreed to fund the arrears through a supplementary budget to be tabled in "
        "Parliament in February.",
    ], wa_keep=5,
    url="https://www.savannahpost.co.ke/education/article/2001537846/teachers-call-off-strike-after-tsb-agrees-to-sh8-6bn-pay-deal")
art("sp-teachers-talks", SP, "Strike looms as teachers, TSB talks collapse", "2026-12-07", ["Wanjiru Kamau"], [
    "Learning in more than 9,000 public secondary schools could be paralysed from Wednesday after talks between "
    "the Teachers Service Board and the teachers’ union collapsed on Sunday night.",
    BG_KSTU,
    "The union walked out of the meeting after the board offered to pay the arrears in four instalments spread "
    "over two financial years, a proposal KSTU Secretary-General Evans Mutua called “an insult to teachers who "
    "have waited since July”.",
    "The board’s chief executive, Dr Grace Wambui, said the commission had no money for a lump sum payment without "
    "a supplementary budget. Labour Cabinet Secretary Rose Chebet has invited both sides to a meeting on Monday.",
], url="https://www.savannahpost.co.ke/education/article/2001537790/strike-looms-as-teachers-tsb-talks-collapse")
art("sp-expressway", SP, "Nairobi Expressway toll rates to rise by up to Sh100 from January", "2026-12-06",
    ["Brian Otieno"], [
        "Motorists using the Nairobi Expressway will pay up to Sh100 more per trip from January 1 after the Kenya "
        "Roads Authority approved a review of toll charges sought by the operator.",
        "A trip from Mlolongo to James Gichuru Road for a private car will cost Sh460, up from Sh360, while the "
        "shortest trips within the city centre will go up by Sh20. Charges for buses and trucks will rise by "
        "between 12 and 18 per cent.",
        "The operator said the increase was needed to cover higher maintenance costs and the depreciation of the "
        "shilling against the dollar, in which its loans are denominated.",
        "Matatu owners said the increase would be passed on to commuters. “We cannot absorb another Sh100 per trip "
        "on top of fuel,” said Simon Kariuki, chairman of a matatu owners’ association in Machakos.",
    ], url="https://www.savannahpost.co.ke/business/article/2001537702/nairobi-expressway-toll-rates-to-rise-by-up-to-sh100-from-january")
art("sp-maize", SP, "NGB raises maize buying price to Sh4,000 per bag", "2026-11-28", [], [
    "ELDORET: The National Grain Board will buy maize from farmers at Sh4,000 per 90-kilogramme bag this season, "
    "up from Sh3,500 last year, the board said on Saturday.",
    "The board plans to buy two million bags for the strategic food reserve through its depots in Eldoret, "
    "Kitale, Nakuru and Bungoma. Farmers will be paid within 14 days of delivery, it said.",
    "Farmers in Uasin Gishu and Trans Nzoia said the new price was still below the cost of production, which they "
    "put at about Sh4,300 a bag after this year’s rise in fertiliser prices.",
], url="https://www.savannahpost.co.ke/counties/article/2001535118/ngb-raises-maize-buying-price-to-sh4-000-per-bag")

# ================================================================== Pilipinas Herald (Manila)
art("ph-bridge", PH, "DPWH targets 2028 opening of Cebu-Bohol bridge", "2026-12-07", ["Maria Luz Santos"], [
    "CEBU CITY—The Department of Public Works and Highways (DPWH) expects to open the 28-kilometer bridge linking "
    "Cebu and Bohol to traffic by the end of 2028, a year later than first announced, officials said on Sunday.",
    "Engr. Ma. Cristina Bautista, director of the DPWH Central Visayas regional office, said piling works for the "
    "main navigation span off Cordova town were 62 percent complete, but that rough seas during the southwest "
    "monsoon had cost the contractor nearly three months.",
    "The P182.5-billion project is funded largely by a loan from a Japanese development bank. Once finished, it "
    "will cut the travel time between Cebu City and Tagbilaran from two hours by fast craft to about 40 minutes by "
    "car.",
    "Cordova Mayor Arnel “Boy” Sanchez said fisherfolk displaced by the works had received P35,000 each in "
    "assistance, but that about 80 families were still waiting for relocation sites promised last year.",
], url="https://newsinfo.pilipinasherald.ph/2087341/dpwh-targets-2028-opening-of-cebu-bohol-bridge")
art("ph-ferry", PH, "Pasig River ferry fares to go up by P5 in January", "2026-12-06", [], [
    "MANILA—Fares on the Pasig River Ferry Service will go up by P5 starting Jan. 4, 2027, the Metropolitan Manila "
    "Development Authority (MMDA) said on Saturday.",
    "The minimum fare will rise from P25 to P30, while the end-to-end trip from Pinagbuhatan in Pasig to Escolta "
    "in Manila will cost P100. Students, senior citizens and persons with disabilities will continue to get a 20 "
    "percent discount.",
    "MMDA general manager Atty. Rodel Villaruz said the increase would help pay for four new 60-seat boats that "
    "will cut waiting times during rush hours to about 15 minutes. The ferry carried about 1.3 million passengers "
    "this year.",
])
art("ph-budget", PH, "Senate OKs P6.4-trillion 2027 budget on final reading", "2026-12-04",
    ["Jose Emmanuel L. Castillo"], [
        "The Senate on Friday approved on third and final reading the proposed P6.4-trillion national budget for "
        "2027, with 19 senators voting in favor, two against and one abstaining.",
        "The chamber’s version raises the allocation for state universities and colleges by P11.2 billion and cuts "
        "P8.5 billion in unprogrammed appropriations, according to Senate finance committee chair Sen. Lorna "
        "Macaraeg.",
        "A bicameral conference committee will meet next week to reconcile the Senate and House versions. "
        "Macaraeg said she expected the budget to be ratified before Congress adjourns for the holidays on Dec. 18.",
        "Opposition senators said too much money remained in lump-sum items that the executive could release "
        "without further approval from Congress.",
    ])

# ================================================================== The Jamaica Beacon (Kingston)
art("jb-rains", JB, "St Thomas farmers count $120m in losses after week of heavy rain", "2026-12-07",
    ["Kimberley Hylton"], [
        "Farmers in St Thomas say they have lost more than $120 million in crops and livestock after a week of heavy "
        "rain flooded fields in the Plantain Garden River valley and cut off several farming communities.",
        "Banana and plantain farmers in Golden Grove and Bath were among the hardest hit, with some reporting that "
        "entire plots had been under water for four days.",
        "“I planted two acres of sweet pepper in October. Everything gone. I have to start over with nothing,” said "
        "Desmond Clarke, a farmer from Bath.",
        "Agriculture Minister Neville Barrett, who toured the area on Saturday, said the ministry had set aside $40 "
        "million for seeds, fertiliser and feed for affected farmers, and that officers from the Rural Agricultural "
        "Development Authority would begin assessments this week.",
        "The Met Service has forecast more showers for eastern parishes until Wednesday.",
    ], url="https://jamaicabeacon.com/news/20261207/st-thomas-farmers-count-120m-losses-after-week-heavy-rain")
art("jb-smartmeters", JB, "JPL to install 150,000 smart meters by 2028", "2026-12-05", [], [
    "The Jamaica Power and Light Company (JPL) says it will replace 150,000 analogue electricity meters with smart "
    "meters by 2028 in a US$42-million programme aimed at cutting electricity theft and estimated bills.",
    "Customers in St Catherine and Clarendon, where the company says losses from illegal connections are highest, "
    "will be the first to get the new meters, starting in February.",
    "The company's chief operating officer, Marcia Thompson-Reid, said the meters would allow customers to "
    "track their usage daily on their phones and would end the practice of estimating bills when meter readers "
    "cannot get access to premises.",
    "The Office of Utilities Regulation said it would monitor the roll-out to ensure that customers are not "
    "charged for the new meters.",
], url="https://jamaicabeacon.com/news/20261205/jpl-install-150000-smart-meters-2028")
art("jb-nurses", JB, "Why our schools need nurses", "2026-11-30", ["Carlton Whyte"], [
    "Every school day, thousands of Jamaican children with asthma, diabetes and sickle cell disease sit in "
    "classrooms where no one has the training to help them if something goes wrong.",
    "Fewer than one in 10 of our public high schools has a full-time nurse. In most, a teacher or a guidance "
    "counsellor with a first-aid certificate is expected to manage everything from a fainting spell to a seizure.",
    "A school nurse programme would cost the country about $1.8 billion a year. That is less than we spend treating "
    "complications of conditions that could have been caught early by someone who sees our children every day.",
    "The Ministry of Education should begin with the 60 largest high schools in the next school year and expand "
    "from there. Our children cannot wait for another study.",
], byline_title="Dr.")
art("jb-databill", JB, "Gov’t to table Data Protection amendments before Christmas", None, ["Jovan Campbell"], [
    "The Government is to table amendments to the Data Protection Act in the House of Representatives before "
    "the Christmas break, Information Minister Dale Morrison has said.",
    "The amendments would require companies to report serious data breaches to the Information Commissioner "
    "within 72 hours and would raise the maximum fine for breaches from four per cent to six per cent of a "
    "company's annual turnover in Jamaica.",
    "Morrison said the changes followed consultations with banks, telecommunications providers and "
    "civil-society groups, and would bring local law closer to the standards of the country's main trading "
    "partners.",
])
