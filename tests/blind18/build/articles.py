# -*- coding: utf-8 -*-
"""The one article table of blind18: canonical texts of every article (curly quotes, as the wire sends them).

Beat: Kestrel Lithium Recovery Corp. (invented, Nasdaq: KLRC) commissions a battery-recycling plant in
Hamburg-Moorburg (2 Dec 2026), signs an offtake deal with Vossberg Automotive (3 Dec), a fire pauses the plant
(5-7 Dec), the shares fall, law firms advertise "investigations" (8-9 Dec), the company gives preliminary findings
(10 Dec). Every company, person, outlet, service and law firm is invented; places are real.
"""

ART = {}


def art(aid, title, outlets, date, authors, paras, **kw):
    ART[aid] = dict(title=title, outlets=outlets, date=date, authors=authors, paras=paras, **kw)


CO = "Kestrel Lithium Recovery Corp."
SVC = "CastellanWire"

# ------------------------------------------------------------------ company boilerplate (repeats in every release)
ABOUT_K_HEAD = "About Kestrel Lithium Recovery Corp."
ABOUT_K = ("Kestrel Lithium Recovery Corp. (Nasdaq: KLRC) develops and operates facilities that recover lithium, "
           "nickel, cobalt and manganese from spent lithium-ion batteries and battery manufacturing scrap. "
           "Headquartered in Boston, Massachusetts, the Company operates a demonstration plant in Lowell, "
           "Massachusetts, and a commercial plant in Hamburg, Germany. For more information, visit "
           "www.kestrelrecovery.com.")
FLS_HEAD = "Forward-Looking Statements"


def fls(about_what):
    return ("This press release contains forward-looking statements within the meaning of Section 27A of the "
            "Securities Act of 1933, as amended, and Section 21E of the Securities Exchange Act of 1934, as amended, "
            f"including statements regarding {about_what}. Words such as “anticipate,” “believe,” “expect,” "
            "“intend,” “plan,” “will” and similar expressions are intended to identify forward-looking statements. "
            "These statements are based on current expectations and are subject to risks and uncertainties that "
            "could cause actual results to differ materially, including the risks described under “Risk Factors” "
            "in the Company’s Annual Report on Form 10-K for the year ended December 31, 2025 and its subsequent "
            "filings with the Securities and Exchange Commission. Kestrel undertakes no obligation to update any "
            "forward-looking statement, except as required by law.")


FLS_FIXED = [  # sentences identical in every Kestrel safe-harbor block
    "This press release contains forward-looking statements within the meaning of Section 27A of the Securities "
    "Act of 1933",
    "are intended to identify forward-looking statements",
    "Kestrel undertakes no obligation to update any forward-looking statement, except as required by law.",
]
K_CONTACT = [("Media Contact:", ["Clara Voss-Hartley", CO, "+49 40 5550 1172", "press@kestrelrecovery.com"]),
             ("Investor Relations:", ["Owen Tallis", "+1 617 555 0148", "ir@kestrelrecovery.com"])]
K_CONTACT_MN = ["Media Contact:", "Investor Relations:", "Clara Voss-Hartley", "+49 40 5550 1172",
                "press@kestrelrecovery.com", "+1 617 555 0148", "ir@kestrelrecovery.com", "Owen Tallis"]

# ------------------------------------------------------------------ releases
Q_HAMBURG = ("“Hamburg gives us a port, a rail hub and half of Europe’s battery makers within a day’s drive,” said "
             "Dana Whitcombe, Chief Executive Officer of Kestrel. “Today we move from pilot scale to industrial "
             "scale, and we do it in the market that needs recycled metal most.”")
art("kl-hamburg-plant", "Kestrel Lithium Recovery Commissions 40,000-Tonne Battery Recycling Plant in Hamburg",
    [SVC, "CastellanWire Europe", CO, "Ledgerline Markets"], "2026-12-02", [[]], [
        "HAMBURG, Germany, Dec. 2, 2026 /CastellanWire/ -- Kestrel Lithium Recovery Corp. (Nasdaq: KLRC) "
        "(“Kestrel” or the “Company”), a developer of hydrometallurgical battery recycling technology, today "
        "announced the commissioning of its battery recycling plant in Hamburg-Moorburg, Germany. The facility is "
        "designed to process up to 40,000 tonnes of end-of-life lithium-ion batteries and manufacturing scrap per "
        "year once fully ramped.",
        "The first production line, covering mechanical pre-treatment and the production of black mass, began "
        "receiving material on November 30, 2026. A second, hydrometallurgical line that refines black mass into "
        "lithium carbonate, nickel sulphate and cobalt sulphate is scheduled to start in the second quarter of "
        "2027.",
        Q_HAMBURG,
        "The plant represents an investment of approximately €310 million and is expected to employ about 260 "
        "people at full capacity. Kestrel expects recovery rates of more than 95 percent for nickel and cobalt and "
        "more than 90 percent for lithium, above the material-recovery targets set by the EU Battery Regulation "
        "for 2031.",
        "Construction was financed in part through a €120 million loan from a consortium led by Nordhafen "
        "Kreditbank and a €45 million grant under Germany’s battery-industry support programme.",
        "The Company will host a plant tour for analysts and investors on December 15, 2026. Details are "
        "available on the Investors section of the Company’s website.",
    ],
    subhead="Moorburg facility is the Company’s first in Europe and will turn end-of-life electric-vehicle "
            "batteries and gigafactory scrap into battery-grade lithium, nickel and cobalt",
    fls=fls("the expected capacity, ramp-up, recovery rates, employment and timing of the Hamburg facility"),
    url="https://www.castellanwire.com/news-releases/kestrel-lithium-recovery-commissions-40-000-tonne-battery-"
        "recycling-plant-in-hamburg-302611842.html",
    newsroom_url="https://www.kestrelrecovery.com/newsroom/2026-12-02-kestrel-commissions-hamburg-plant")

Q_LOOP = ("“Closing the loop with a carmaker of Vossberg’s size is exactly why we built in Hamburg,” said Dana "
          "Whitcombe, Chief Executive Officer of Kestrel. “Every battery Vossberg puts on the road can come back to "
          "us and go into the next one.”")
art("kl-vossberg-offtake", "Kestrel Lithium Recovery Signs Seven-Year Offtake Agreement with Vossberg Automotive "
    "for Recycled Nickel and Lithium", [SVC, CO], "2026-12-03", [[]], [
        "BOSTON and HAMBURG, Germany, Dec. 3, 2026 /CastellanWire/ -- Kestrel Lithium Recovery Corp. (Nasdaq: "
        "KLRC) (“Kestrel”) today announced a seven-year offtake agreement under which Vossberg Automotive AG will "
        "purchase nickel sulphate and lithium carbonate produced at Kestrel’s Hamburg plant, beginning in 2027.",
        "Under the agreement, Vossberg will take up to 60 percent of the plant’s planned nickel output and up to "
        "50 percent of its lithium output at prices linked to published market benchmarks. The agreement also "
        "provides for Vossberg to supply production scrap and end-of-life batteries from its German assembly "
        "plants to the Hamburg facility.",
        Q_LOOP,
        "Kestrel estimates the total value of the agreement at approximately €480 million over its term, "
        "depending on metal prices. The agreement is subject to customary conditions, including the "
        "qualification of Kestrel’s materials in Vossberg’s cell supply chain, which is expected to be completed "
        "by mid-2027.",
    ],
    fls=fls("the expected volumes, value, conditions and timing of the agreement with Vossberg Automotive AG"),
    url="https://www.castellanwire.com/news-releases/kestrel-lithium-recovery-signs-seven-year-offtake-agreement-"
        "with-vossberg-automotive-302614077.html",
    newsroom_url="https://www.kestrelrecovery.com/newsroom/2026-12-03-vossberg-offtake-agreement")

Q_SAALFELD = ("“Recycled material from Hamburg travels less than 700 kilometres to our cell partners, compared with "
              "tens of thousands of kilometres for mined material,” said Henrike Saalfeld, member of the Board of "
              "Management of Vossberg Automotive responsible for procurement. “That shortens our supply chain and "
              "cuts the carbon footprint of every battery pack.”")
art("vb-recycled-metals", "Vossberg Automotive Secures Recycled Battery Metals from Hamburg in Long-Term Agreement "
    "with Kestrel", [SVC], "2026-12-03", [[]], [
        "STUTTGART, Germany, Dec. 3, 2026 /CastellanWire/ -- Vossberg Automotive AG today announced that it has "
        "signed a long-term supply agreement with Kestrel Lithium Recovery Corp. for recycled nickel and lithium "
        "from Kestrel’s new plant in Hamburg. The agreement is part of Vossberg’s plan to use at least 25 percent "
        "recycled metals in the batteries of its electric vehicles by 2030.",
        Q_SAALFELD,
        Q_LOOP,
        "Vossberg will also return production scrap from its plants in Heilbronn and Zwickau, and battery packs "
        "collected through its dealer network, to Kestrel for recycling. Financial terms were not disclosed.",
    ],
    url="https://www.castellanwire.com/news-releases/vossberg-automotive-secures-recycled-battery-metals-from-"
        "hamburg-in-long-term-agreement-with-kestrel-302614102.html")
ABOUT_V_HEAD = "About Vossberg Automotive AG"
ABOUT_V = ("Vossberg Automotive AG, based in Stuttgart, develops and builds premium electric and hybrid vehicles and "
           "employs about 48,000 people worldwide. In 2025 the company delivered 612,000 vehicles.")
V_CONTACT_MN = ["Press contact:", "Jörg Wendland", "+49 711 5550 2290", "presse@vossberg-automotive.de"]

art("nv-lulea-refinery", "Norrvik Minerals Breaks Ground on Black Mass Refinery in Luleå", [SVC], "2026-12-03",
    [[]], [
        "LULEÅ, Sweden, Dec. 3, 2026 /CastellanWire/ -- Norrvik Minerals AB (Nasdaq Stockholm: NRVK) today broke "
        "ground on a refinery in Luleå that will turn black mass from European battery recyclers into "
        "battery-grade nickel and cobalt sulphates and lithium hydroxide.",
        "The refinery will have an initial capacity of 25,000 tonnes of black mass per year and will run on "
        "hydropower from the Lule River. Start of production is planned for the first half of 2028.",
        "“Europe is building shredders much faster than refineries, and black mass is piling up or leaving for "
        "Asia,” said Annika Strömholm, Chief Executive Officer of Norrvik Minerals. “We want those metals to stay "
        "in Europe.”",
        "Norrvik has signed letters of intent for about half of the planned feed with three recyclers in Germany, "
        "Poland and Finland.",
    ],
    url="https://www.castellanwire.com/news-releases/norrvik-minerals-breaks-ground-on-black-mass-refinery-in-"
        "lulea-302614350.html")
ABOUT_N_HEAD = "About Norrvik Minerals AB"
ABOUT_N = ("Norrvik Minerals AB is a Swedish metals refiner focused on battery materials. Its shares are listed on "
           "Nasdaq Stockholm.")

BG_PLANT = ("The Hamburg plant, the Company’s first commercial facility in Europe, was commissioned on December 2, "
            "2026 and is designed to process up to 40,000 tonnes of end-of-life lithium-ion batteries and "
            "manufacturing scrap per year.")
Q_SAFETY = ("“The safety of our people and our neighbours comes first,” said Dana Whitcombe, Chief Executive "
            "Officer of Kestrel. “We will restart only when we understand exactly what happened and have fixed it.”")
art("kl-fire-pause", "Kestrel Lithium Recovery Provides Update on Hamburg Plant Commissioning", [CO, SVC],
    "2026-12-07", [[]], [
        "HAMBURG, Germany, Dec. 7, 2026 /CastellanWire/ -- Kestrel Lithium Recovery Corp. (Nasdaq: KLRC) today "
        "announced that it has temporarily paused commissioning of the pre-treatment line at its Hamburg-Moorburg "
        "plant after a fire in the battery storage hall on the evening of December 5, 2026. No one was injured. "
        "The fire was contained within the hall by the plant’s suppression system and the Hamburg fire brigade.",
        BG_PLANT,
        "The Company is working with the Hamburg Authority for Environment and Energy and with its insurers to "
        "determine the cause of the fire. Kestrel no longer expects the first line to reach its planned "
        "throughput in the first quarter of 2027 and is withdrawing its previously issued guidance for 2027 "
        "revenue. An updated timeline will be provided once the investigation is complete.",
        Q_SAFETY,
    ],
    fls=fls("the cause of the fire, the restart and ramp-up of the Hamburg facility and the Company’s 2027 "
            "revenue"),
    url="https://ir.kestrelrecovery.com/news-releases/news-release-details/kestrel-lithium-recovery-provides-"
        "update-hamburg-plant-commissioning")

art("kl-fire-findings", "Kestrel Lithium Recovery Announces Preliminary Findings on Hamburg Fire and Expects "
    "Restart in February 2027", [CO, SVC], "2026-12-10", [[]], [
        "HAMBURG, Germany, Dec. 10, 2026 /CastellanWire/ -- Kestrel Lithium Recovery Corp. (Nasdaq: KLRC) today "
        "announced the preliminary findings of the investigation into the December 5 fire at its Hamburg-Moorburg "
        "plant. The investigation indicates that the fire started in a pallet of damaged electric-vehicle battery "
        "modules that had been delivered for discharge and was stored in a quarantine area pending inspection.",
        BG_PLANT,
        "Kestrel has suspended the acceptance of damaged and defective batteries at Hamburg and will install "
        "additional thermal cameras and automatic deluge systems in the storage hall. The Company now expects to "
        "restart the pre-treatment line in February 2027, subject to approval by the authorities. The "
        "hydrometallurgical line remains on schedule for the second quarter of 2027.",
        "The Company estimates the cost of repairs and additional safety equipment at €6 million to €9 million, a "
        "substantial part of which it expects to be covered by insurance.",
    ],
    fls=fls("the findings of the investigation, the restart of the Hamburg facility, its costs and insurance "
            "recoveries"),
    url="https://ir.kestrelrecovery.com/news-releases/news-release-details/kestrel-lithium-recovery-announces-"
        "preliminary-findings-hamburg-fire")

art("kl-investor-day", "Kestrel Lithium Recovery to Host Investor Day and Hamburg Plant Tour on December 15, 2026",
    [CO], "2026-11-24", [[]], [
        "BOSTON, Nov. 24, 2026 – Kestrel Lithium Recovery Corp. (Nasdaq: KLRC) today announced that it will host "
        "an investor day and a tour of its new battery recycling plant in Hamburg-Moorburg, Germany, on Tuesday, "
        "December 15, 2026.",
        "Members of the management team, including Chief Executive Officer Dana Whitcombe and Chief Financial "
        "Officer Rolf Antholz, will present the Company’s European strategy, the ramp-up plan for the Hamburg "
        "facility and its capital allocation priorities. Presentations will begin at 10:00 a.m. CET and will be "
        "followed by a guided tour of the pre-treatment line.",
        "A live webcast of the presentations and a replay will be available on the Investors section of the "
        "Company’s website. Analysts and institutional investors who wish to attend in person should register "
        "by December 4, 2026.",
    ],
    fls=fls("the timing and content of the investor day"),
    url="https://www.kestrelrecovery.com/newsroom/2026-11-24-investor-day-hamburg")

# ------------------------------------------------------------------ law-firm "investigation" releases
ON_THIS_NEWS = ("On this news, Kestrel’s stock price fell $4.61 per share, or 31.1%, to close at $10.21 per share "
                "on December 7, 2026.")
art("bw-klrc-investigation", "KLRC INVESTOR ALERT: Brannock & Weil LLP Investigates Kestrel Lithium Recovery "
    "Corp. on Behalf of Investors", [SVC, "Brannock & Weil LLP"], "2026-12-08", [[]], [
        "NEW YORK, Dec. 8, 2026 /CastellanWire/ -- Brannock & Weil LLP announces that it is investigating "
        "potential securities claims on behalf of shareholders of Kestrel Lithium Recovery Corp. (“Kestrel” or "
        "the “Company”) (NASDAQ: KLRC) resulting from allegations that Kestrel may have issued materially "
        "misleading business information to the investing public.",
        "The Investigation: On December 7, 2026, Kestrel announced that it had paused commissioning of its "
        "Hamburg, Germany battery recycling plant following a fire on December 5, 2026, and withdrew its "
        "guidance for 2027 revenue. " + ON_THIS_NEWS,
        "Brannock & Weil LLP is investigating whether Kestrel and certain of its officers and directors violated "
        "federal securities laws by making statements about the readiness and safety of the Hamburg facility "
        "that lacked a reasonable basis.",
    ],
    url="https://www.brannockweil.com/news/klrc-investor-alert-brannock-weil-investigates-kestrel-lithium-"
        "recovery")
BW_SOLICIT = ("Next Steps: If you purchased or otherwise acquired Kestrel securities and suffered a loss, you may "
              "be entitled to participate in the investigation at no cost to you. To learn more, contact Marcus "
              "Feld, Esq. at investigations@brannockweil.com or (212) 555-0193, or visit "
              "www.brannockweil.com/cases/klrc.")
BW_ABOUT = ("About Brannock & Weil LLP: Brannock & Weil LLP is a shareholder rights law firm with offices in New "
            "York and Philadelphia. Since its founding in 1998, the firm has recovered more than $1.2 billion for "
            "investors in securities class actions and derivative suits.")
BW_ADV = "Attorney Advertising. Prior results do not guarantee a similar outcome."

art("dp-klrc-investigation", "Delacroix Pruitt LLP Announces Investigation of Kestrel Lithium Recovery Corp. "
    "(KLRC) and Encourages Investors with Losses to Contact the Firm", ["ClearPath Newswire"], "2026-12-09", [[]], [
        "SAN FRANCISCO, Dec. 9, 2026 (ClearPath Newswire) -- Delacroix Pruitt LLP, a national shareholder "
        "litigation firm, is investigating Kestrel Lithium Recovery Corp. (NASDAQ: KLRC) for possible violations "
        "of the federal securities laws on behalf of investors who purchased Kestrel shares before December 7, "
        "2026.",
        "The investigation concerns whether Kestrel overstated the progress of commissioning at its new battery "
        "recycling plant in Hamburg, Germany. On December 7, 2026, before the market opened, Kestrel disclosed "
        "that a fire had forced it to pause the plant and that it was withdrawing its 2027 revenue guidance. "
        + ON_THIS_NEWS,
        "The firm is also examining trading in Kestrel shares by company insiders in the weeks before the "
        "disclosure.",
    ])
DP_BOILER = [
    "If you are a Kestrel shareholder and would like to learn more about this investigation or your rights, please "
    "contact Delacroix Pruitt LLP’s Investor Relations Manager, Renata Osei, toll-free at (888) 555-0172, or by "
    "email at klrc@delacroixpruitt.com.",
    "No class has yet been certified in the above action. Until a class is certified, you are not represented by "
    "counsel unless you retain one. You may retain counsel of your choice. You may also remain an absent class "
    "member and do nothing at this point. An investor’s ability to share in any potential future recovery is not "
    "dependent upon serving as lead plaintiff.",
    "Delacroix Pruitt LLP represents investors nationwide in securities class actions, derivative litigation and "
    "corporate governance matters. The firm has offices in San Francisco, Chicago and Miami.",
    "This press release may be considered Attorney Advertising in some jurisdictions under the applicable law and "
    "ethical rules. Prior results do not guarantee a similar outcome.",
]

# ------------------------------------------------------------------ Circular Metals Review (trade newsletter)
BG_FEED = ("Europe’s fleet of end-of-life electric-vehicle batteries remains small. Most of the material now "
           "reaching recyclers is gigafactory scrap, and a growing share of that is processed by recycling units "
           "that the cell makers own themselves.")
art("cmr-kestrel-startup", "Kestrel starts up Hamburg plant, but the refinery is still six months away",
    ["Circular Metals Review"], "2026-12-02", [["Nadia Ferreira"]], [
        "US-listed Kestrel Lithium Recovery has started feeding batteries into the first line of its "
        "Hamburg-Moorburg plant, one of the largest recycling sites to enter operation in Germany this year.",
        "The pre-treatment line shreds packs and modules into black mass. The hydrometallurgical refinery that "
        "turns black mass into battery-grade salts is not due until the second quarter of 2027, so until then "
        "Kestrel will have to sell black mass into a market where payables for nickel-cobalt material have "
        "slipped to around 70% of contained metal value, according to three traders CMR spoke to.",
        "“Hamburg gives us a port, a rail hub and half of Europe’s battery makers within a day’s drive,” chief "
        "executive Dana Whitcombe said in a statement on Wednesday.",
        BG_FEED,
        "“The plants that win will be the ones with contracts, not the ones with capacity,” said Marta "
        "Lindqvist, a battery-materials analyst at Fjordline Research in Oslo.",
        "Kestrel put the cost of the plant at about €310 million. It expects to employ some 260 people there at "
        "full capacity.",
    ], url="https://www.circularmetalsreview.com/news/kestrel-starts-up-hamburg-plant-refinery-six-months-away")
art("cmr-vossberg-deal", "Vossberg signs up for Kestrel's recycled nickel and lithium",
    ["Circular Metals Review"], "2026-12-03", [["Jonas Ekwall"]], [
        "German carmaker Vossberg Automotive has agreed to buy up to 60% of the nickel and half of the lithium "
        "that Kestrel Lithium Recovery plans to refine in Hamburg, giving the US company an anchor customer a day "
        "after it started up the plant.",
        "Kestrel valued the seven-year deal at about €480 million, a figure that depends heavily on metal prices. "
        "Vossberg did not disclose terms.",
        "“Closing the loop with a carmaker of Vossberg’s size is exactly why we built in Hamburg,” Kestrel chief "
        "executive Dana Whitcombe said.",
        "For Vossberg the deal is mostly about compliance. The EU Battery Regulation will require new EV "
        "batteries to contain at least 16% recycled cobalt, 6% recycled lithium and 6% recycled nickel from "
        "2031, and carmakers are racing to lock in supply.",
        "The qualification of Kestrel’s material with Vossberg’s cell suppliers is expected to take until the "
        "middle of 2027.",
    ], url="https://www.circularmetalsreview.com/news/vossberg-signs-up-for-kestrel-recycled-nickel-lithium")
art("cmr-black-mass-prices", "Black mass payables slide as European shredding outruns refining",
    ["Circular Metals Review"], "2026-12-04", [["Nadia Ferreira"]], [
        "Payables for nickel-cobalt-manganese black mass delivered in Europe fell for a fourth consecutive week, "
        "with traders quoting 68-72% of contained nickel and cobalt value, down from 78-80% in September.",
        "Shredding capacity in Europe has roughly doubled in two years, while only a handful of hydrometallurgical "
        "refineries are running. Sellers say Asian buyers are again the main outlet, despite the cost of shipping "
        "material classified as hazardous waste.",
        BG_FEED,
        "“Everyone built the easy half of the plant first,” said a trader in Rotterdam who asked not to be named. "
        "“Now they are all trying to sell the same powder.”",
        "Lithium iron phosphate black mass continued to trade at a discount, with some recyclers charging a fee "
        "to take it.",
    ], url="https://www.circularmetalsreview.com/news/black-mass-payables-slide-european-shredding-outruns-refining")
art("cmr-kestrel-fire", "Fire halts Kestrel's Hamburg line days after start-up", ["Circular Metals Review"],
    "2026-12-08", [["Jonas Ekwall"]], [
        "A fire in the storage hall of Kestrel Lithium Recovery’s new plant in Hamburg has stopped the "
        "pre-treatment line less than a week after it was commissioned.",
        "The fire broke out on the evening of December 5 and was put out by the plant’s suppression system and "
        "the Hamburg fire brigade. Nobody was hurt. Kestrel said on Monday it had withdrawn its 2027 revenue "
        "guidance, and its shares lost almost a third of their value.",
        "“The safety of our people and our neighbours comes first,” Whitcombe said.",
        "Storage fires are the industry’s most persistent risk. Damaged modules can go into thermal runaway days "
        "after delivery, and several European recyclers have had fires in their intake areas over the past three "
        "years.",
        "Vossberg Automotive, which agreed last week to buy much of the plant’s future nickel and lithium output, "
        "said it did not expect the delay to affect its plans.",
    ], url="https://www.circularmetalsreview.com/news/fire-halts-kestrel-hamburg-line-days-after-start-up")

# ------------------------------------------------------------------ Baltic Business Daily (in the Nexis export)
art("bbd-vossberg-anchor", "Vossberg deal gives Kestrel's Hamburg plant an anchor customer",
    ["Baltic Business Daily"], "2026-12-04", [["Ansgar Holm"]], [
        "Kestrel Lithium Recovery’s new battery recycling plant in Hamburg-Moorburg has found its first large "
        "customer before producing a single tonne of refined metal.",
        "Stuttgart-based Vossberg Automotive said on Thursday it would buy recycled nickel and lithium from the "
        "plant for seven years. “Recycled material from Hamburg travels less than 700 kilometres to our cell "
        "partners, compared with tens of thousands of kilometres for mined material,” said Henrike Saalfeld, the "
        "carmaker’s procurement chief.",
        "For Hamburg’s port, the plant is a test of whether the city can attract the industries that are meant "
        "to replace the coal-fired power station that used to stand on the Moorburg site. The Senate has "
        "promised faster permits for circular-economy projects in the port area.",
        "Kestrel shares rose 6% in New York on Thursday.",
    ])
art("bbd-kestrel-shares", "Kestrel shares plunge 31% after fire halts Hamburg recycling plant",
    ["Baltic Business Daily"], "2026-12-08", [["Ansgar Holm"]], [
        "Shares of Kestrel Lithium Recovery fell 31% in New York on Monday after the company said a fire had "
        "halted its new battery recycling plant in Hamburg and withdrew its revenue forecast for next year.",
        "The fire broke out on Saturday evening in a hall where incoming batteries are stored. A spokesman for "
        "the Hamburg fire brigade said about 60 firefighters were deployed and residents of Moorburg and "
        "Francop were told to keep windows closed for several hours.",
        "“The safety of our people and our neighbours comes first,” chief executive Dana Whitcombe said in a "
        "statement.",
        "“The market is punishing the guidance withdrawal more than the fire itself,” said Felix Brandauer, an "
        "analyst at Elbtor Capital in Hamburg. “Investors were paying for a smooth ramp-up in 2027, and that is "
        "gone.”",
        "At least two US law firms have announced they are examining possible claims on behalf of shareholders.",
    ])

# ------------------------------------------------------------------ Ledgerline Markets staff article
art("ll-why-klrc-sinking", "Why Kestrel Lithium Recovery Stock Is Sinking Today", ["Ledgerline Markets"],
    "2026-12-07", [["Evan Ridley"]], [
        "Shares of battery recycler Kestrel Lithium Recovery (NASDAQ: KLRC) plunged on Monday. As of 2:15 p.m. "
        "ET, the stock was down 29.6%.",
        "Before the market opened, Kestrel said a weekend fire in the storage hall of its brand-new plant in "
        "Hamburg, Germany, had forced it to pause commissioning. More importantly for investors, the company "
        "said it “no longer expects the first line to reach its planned throughput in the first quarter of 2027” "
        "and withdrew its 2027 revenue guidance.",
        "Kestrel had started the Hamburg plant only last Wednesday and signed a seven-year supply deal with "
        "Vossberg Automotive a day later. Those announcements had lifted the stock more than 10% last week.",
        "The company hasn’t said how long the pause will last. Until it does, the stock is likely to trade on "
        "headlines rather than fundamentals, and investors who buy now are betting that the damage is limited "
        "and insured.",
    ], url="https://www.ledgerlinemarkets.com/investing/2026/12/07/why-kestrel-lithium-recovery-stock-is-sinking-today/")
