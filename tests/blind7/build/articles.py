# -*- coding: utf-8 -*-
"""Canonical texts of the blind7 articles: food-safety recalls and agricultural trade in the United States,
the United Kingdom, New Zealand, South Africa, Nigeria and the Philippines, 29 October - 12 November 2024.

Every story, person, organisation, company, figure and quote is invented (places are real).
Paragraphs use typographic quotes; each renderer re-typesets them as its format would.
Fields: title, outlet (None = no outlet anywhere), date (ISO or None), authors (list), url (or None), paras.
Optional: edited {index: paragraph} (a lightly edited copy), synd_title / synd_outlet / synd_credit
(a syndicated copy), alt_title (another headline of the same outlet), extra_outlets (edition spellings).
"""
ART = {}


def art(aid, title, outlet, date, authors, url, paras, **kw):
    assert aid not in ART, aid
    ART[aid] = dict(title=title, outlet=outlet, date=date, authors=authors, url=url, paras=paras, **kw)


# ---------------------------------------------------------------- shared passages (hard negatives)
# minister's statement quoted by the Lagos Ledger's announcement and by Northern Harvest Daily's follow-up
DANLADI_Q = ("“The release is not charity and it is not politics. It is a price intervention. Every bag that "
             "leaves the reserve will be sold at a fixed price through registered traders, and any trader caught "
             "reselling above that price will lose their licence and their allocation.”")
# background paragraph of both Capitol Food Wire Listeria stories
LISTERIA_BG = ("Listeria infections are most dangerous for older adults, pregnant women, newborns and people with "
               "weakened immune systems. Symptoms can appear up to 10 weeks after eating contaminated food, which "
               "makes outbreaks hard to trace.")
# Grocer's Gazette weekly recall round-up template
GG_RETAIL = ("Retailers are reminded that recalled products must be removed from sale immediately and that "
             "point-of-sale notices should stay up for at least 14 days after a recall is issued.")
GG_ALLERGY = ("Anyone with an allergy to the ingredients concerned should not eat the products and can return them "
              "to the store where they were bought for a full refund.")
# Top of the South Tribune shellfish warning template
TST_COVER = ("The warning covers mussels, oysters, pipi, tuatua, cockles, scallops and catseye, and applies to {x}. "
             "Cooking shellfish does not destroy the toxins.")
TST_SYMPT = ("Symptoms of paralytic shellfish poisoning usually appear between 10 minutes and 12 hours after eating "
             "and can include numbness and tingling around the mouth, difficulty swallowing or breathing, and "
             "dizziness. Anyone who becomes ill after eating shellfish should call the health advice line or see "
             "a doctor.")
TST_COMM = ("Commercially harvested shellfish sold in shops and restaurants is tested before sale and is not "
            "affected by the warning.")
TST_SIGNS = "Warning signs have been put up at popular gathering spots and will stay in place until further notice."

# ================================================================ UNITED STATES
art("pl-soy-china", "Soybean shipments to China slow as buyers turn to Brazil",
    "Prairie Ledger", "2024-11-04", ["Dana Whitcomb"],
    "https://www.prairieledger.com/markets/2024/11/04/soybean-shipments-china-slow", [
        "U.S. soybean export inspections for China fell to their lowest level for early November in six years "
        "last week, as Chinese crushers filled their books with cheaper beans from a record Brazilian harvest.",
        "Inspections bound for China totaled 1.18 million metric tons in the week to Oct. 31, down from 1.6 "
        "million a year earlier, according to figures compiled by the Heartland Grain Exchange.",
        "“The buyers are there, but they are buying Brazil first and us second,” said Ron Kessler, who markets "
        "grain for a cooperative of 340 farms around Sioux Center, Iowa. “Every week that goes by without a big "
        "China sale is a week of storage costs for our members.”",
        "Brazilian soybeans were offered at Paranaguá for about 35 cents a bushel below Gulf Coast prices in late "
        "October, traders said, a gap that has widened since the summer.",
        "Some Midwest farmers have held back sales in the hope of a rally. About 38% of Iowa’s harvested crop "
        "remained unpriced at the end of October, a survey by the Iowa Soy Growers Council found, compared with "
        "27% a year ago.",
        "Analysts said a softer dollar or a pickup in Chinese hog feed demand could revive purchases before the "
        "Brazilian crop arrives in February.",
    ])

art("cfw-listeria-deli", "Deli meat maker recalls 3.2 million pounds over Listeria concerns",
    "Capitol Food Wire", "2024-10-30", ["Marcus Bell"], None, [
        "WASHINGTON — A Virginia meat processor is recalling about 3.2 million pounds of ready-to-eat deli meats "
        "after routine testing found Listeria monocytogenes on equipment at its plant in Harrisonburg, federal "
        "inspectors said Wednesday.",
        "Shenandoah Provisions Co. said the recall covers sliced turkey, ham and roast beef sold under its own "
        "name and under store brands at grocery chains in 19 states between Aug. 12 and Oct. 25. The products "
        "carry the establishment number EST. 48213 inside the federal inspection mark.",
        LISTERIA_BG,
        "No illnesses had been confirmed as of Wednesday. “We are acting out of an abundance of caution, and we "
        "have stopped production on the affected lines until we are satisfied they are clean,” the company’s chief "
        "executive, Paul Renner, said in a statement.",
        "Consumers were told to throw the products away or return them to the store for a refund. Retailers were "
        "asked to check their deli cases and freezers.",
    ], synd_title="Deli meat recall reaches Mississippi grocery shelves", synd_outlet="Delta Farm Register",
    synd_credit="Distributed by Capitol Food Wire.",
    synd_url="https://www.deltafarmregister.com/2024/10/30/deli-meat-recall-mississippi-shelves")

art("cfw-listeria-followup", "Two deaths linked to Listeria in recalled deli meats as recall is expanded",
    "Capitol Food Wire", "2024-11-07", ["Marcus Bell"], None, [
        "WASHINGTON — Two people have died and nine others have been admitted to hospital in an outbreak of "
        "Listeria infections linked to deli meats made by Shenandoah Provisions Co., federal health officials said "
        "Thursday, as the company widened its recall to include products made since June.",
        "The deaths were reported in Maryland and North Carolina. Genetic testing matched samples from all 11 "
        "patients to the strain found on equipment at the company’s Harrisonburg, Virginia, plant last month, the "
        "Federal Foodborne Illness Office said.",
        "The expanded recall adds about 1.9 million pounds of sliced meats and deli salads to the 3.2 million "
        "pounds recalled on Oct. 30, bringing the total to more than 5 million pounds.",
        LISTERIA_BG,
        "“We are heartbroken for the families who have lost someone,” the company’s chief executive, Paul Renner, "
        "said. He said the plant would stay closed while outside experts dismantled and sanitized the slicing "
        "lines.",
        "Health officials urged people who had eaten the products and developed a fever or muscle aches to "
        "contact a doctor.",
    ])

art("cvc-walnut-ecoli", "Walnut packer halts shipments after E. coli finding",
    "Central Valley Courier", "2024-11-05", ["Rosa Delgado", "Kevin Tran"],
    "https://www.cvcourier.com/news/2024/11/05/walnut-packer-halts-shipments-e-coli/", [
        "A Tulare County walnut packer has stopped all shipments of shelled walnuts after a state laboratory found "
        "E. coli O157:H7 in a retail sample taken in Oregon, the company confirmed Monday.",
        "Sierra Orchard Packing, which employs about 220 people at its plant near Visalia, said it had "
        "voluntarily recalled 1,400 cases of bulk walnut halves and pieces sold to food co-ops and natural food "
        "stores in California, Oregon and Washington between Sept. 16 and Oct. 18.",
        "“Nobody here has ever had a finding like this, and we are treating it like it is the worst case,” said "
        "operations manager Luis Arreola. He said the packer had hired an outside laboratory to test every lot in "
        "its warehouse.",
        "The Oregon Department of Agriculture said six people in Portland and Eugene had fallen ill with the same "
        "strain since early October. Two were treated in hospital.",
        "Walnut growers in the valley are in the middle of harvest, and several said they were worried about the "
        "effect on prices, which have only just recovered from three years of losses. “One plant’s problem becomes "
        "everybody’s problem with buyers,” said Carla Ruiz, who farms 180 acres outside Exeter.",
    ])

art("dfr-rice-philippines", "Mississippi rice growers eye Philippine market after tariff cut",
    "Delta Farm Register", "2024-11-01", ["Wade Hollis"],
    "https://www.deltafarmregister.com/2024/11/01/rice-growers-philippine-market", [
        "Rice farmers in the Mississippi Delta are hoping that a sharp cut in the Philippines’ import tariff will "
        "open a market that has long been dominated by Vietnam and Thailand.",
        "Manila lowered its tariff on imported rice from 35% to 15% this summer in an effort to bring down retail "
        "prices. U.S. long-grain milled rice still costs more landed in Manila than Vietnamese rice, but the gap "
        "has narrowed to about $40 a ton, according to the Delta Rice Export Council.",
        "“Five years ago we would not even have been in the conversation,” said Jim Tolliver, who grows 2,600 "
        "acres of rice near Cleveland, Miss. “Now we have a trade mission going to Manila in January and "
        "importers asking for samples.”",
        "A delegation of Philippine millers visited mills in Greenville and Stuttgart, Ark., last week. Growers "
        "said the buyers were most interested in well-milled long grain for restaurants and food service.",
        "Freight remains the main obstacle. Shipping rates from New Orleans to Manila have risen by about a "
        "quarter since the spring.",
    ])

art("gcpj-cantaloupe", "Texas cantaloupe grower linked to Salmonella cluster",
    "Gulf Coast Produce Journal", "2024-10-29", ["Lupe Garza"],
    "https://gulfcoastproducejournal.com/food-safety/texas-cantaloupe-salmonella-cluster", [
        "A cantaloupe farm in the Rio Grande Valley has been linked to a cluster of 14 Salmonella infections in "
        "Texas and Oklahoma, state health officials said Tuesday, and the grower has stopped harvesting while "
        "investigators test its packing shed.",
        "The Texas Department of State Health Services said the illnesses began between Oct. 2 and Oct. 19. Four "
        "people were taken to hospital. No deaths have been reported.",
        "Investigators traced the melons to Rancho Los Ébanos near Edinburg through receipts and shopper card "
        "records. The farm sold whole cantaloupes to a regional grocery chain and to two wholesalers in San "
        "Antonio.",
        "“We have opened our books and our fields to the inspectors, and we will do whatever they tell us,” said "
        "Héctor Villarreal, whose family has grown melons on the farm for three generations.",
        "Cantaloupes are particularly prone to Salmonella because bacteria can hide in the netted rind and be "
        "carried into the flesh when the fruit is cut. Health officials advised consumers to discard any whole or "
        "cut cantaloupe bought since late September if they were unsure where it came from.",
    ])

art("pl-pork-philippines", "Pork exports to Philippines hit record as swine fever curbs local supply",
    "Prairie Ledger", "2024-11-08", ["Dana Whitcomb", "Eric Stroud"],
    "https://www.prairieledger.com/livestock/2024/11/08/pork-exports-philippines-record", [
        "U.S. pork exports to the Philippines reached a monthly record in September as African swine fever "
        "continued to cut hog numbers on the islands, according to data released Thursday by the U.S. Meat Trade "
        "Council.",
        "Shipments totaled 21,400 metric tons, up 46% from a year earlier and worth $58 million. The Philippines "
        "is now the fourth-largest market for U.S. pork by volume, behind Mexico, China and Japan.",
        "Most of the trade is in frozen bellies, shoulders and offal sold to processors who make tocino, "
        "longganisa and other cured products, exporters said.",
        "“Filipino processors need a steady supply and they need it priced in a way their customers can afford,” "
        "said the council’s Southeast Asia director, Marisol Ocampo. “Right now the United States is the one "
        "supplier that can give them both.”",
        "Iowa and Minnesota packers have benefited most. Lean hog futures in Chicago rose 2% on the news.",
    ])

art("hfh-eggs-birdflu", "Egg prices climb again as bird flu hits Iowa layer farm",
    "Hawkeye Farm & Home", "2024-11-11", [],
    "https://www.hawkeyefarmandhome.com/news/egg-prices-bird-flu-iowa-layer-farm", [
        "Wholesale egg prices rose for a third straight week after highly pathogenic avian influenza was "
        "confirmed at a commercial laying farm in Sioux County, state officials said Monday.",
        "The Iowa Livestock Health Bureau said about 1.1 million hens would be culled at the farm, the state’s "
        "first large layer outbreak since the spring. A 10-kilometer control zone has been set up around the "
        "site, and poultry farms inside it will be tested for the next 30 days.",
        "Benchmark prices for large white eggs in the Midwest reached $3.42 a dozen on Friday, up from $2.15 at "
        "the start of October, according to the Midwest Egg Price Report.",
        "“Every time we get close to rebuilding the flock, the virus comes back with the fall migration,” said "
        "Dale Vermeer, who manages two layer barns near Hull. “The ducks and geese do not care about our "
        "biosecurity plans.”",
        "State veterinarian Dr. Karen Lund said the risk to the public remained low and that eggs and poultry "
        "were safe to eat when properly cooked.",
    ])

art("cfw-traceability", "Regulators hold to 2026 deadline for food traceability rule",
    "Capitol Food Wire", "2024-11-06", ["Janelle Ortiz"],
    "https://www.capitolfoodwire.com/policy/2024/11/06/traceability-rule-deadline", [
        "WASHINGTON — Federal food regulators said Wednesday they would not delay a rule requiring farms, "
        "processors and retailers to keep detailed records of where high-risk foods came from, despite pressure "
        "from grocery chains for more time.",
        "The traceability rule, which takes effect in January 2026, covers foods such as leafy greens, fresh-cut "
        "fruit, soft cheeses, shell eggs and finfish. Businesses that handle them must be able to give inspectors "
        "an electronic spreadsheet tracing a product’s path within 24 hours of a request.",
        "“Every outbreak investigation we run loses days because records are on paper, in different formats, or "
        "missing,” said Deborah Kline, who directs the agency’s food traceability program. “Those days are when "
        "people get sick.”",
        "The National Grocers Alliance had asked for a two-year delay, saying that many suppliers, particularly "
        "small farms, were not ready. The agency said it would instead publish a simplified template and run "
        "training sessions for small businesses in the spring.",
        "Consumer groups welcomed the decision. “The technology exists and the deadline has been known since "
        "2022,” said Ana Whitfield of the Safe Plates Coalition.",
    ])

art("dfr-catfish-imports", "Catfish farmers press for tougher checks on imported fillets",
    "Delta Farm Register", "2024-11-12", ["Wade Hollis"], None, [
        "Catfish farmers in Mississippi and Alabama are urging federal inspectors to increase testing of imported "
        "fillets after three shipments from Asia were found this year to contain residues of banned antibiotics.",
        "The Catfish Farmers of the Delta association said in a letter to the inspection service that only about "
        "one in 50 imported shipments was sampled, and that test results often arrived after the fish had already "
        "been sold.",
        "“Our farmers follow the strictest rules in the world, and they are competing with product that nobody has "
        "checked,” said the association’s president, Bobby Ray Dunaway, who farms 600 acres of ponds near Belzoni.",
        "U.S. catfish production has fallen by about a third over the past decade, while imports of pangasius and "
        "other catfish-like species have grown. Farmers also blame higher feed and electricity costs.",
        "The inspection service said it would review the letter and that all imported catfish must meet the same "
        "standards as domestic fish.",
    ])

art("cvc-almond-india", "Almond shipments to India jump after tariff cut",
    "Central Valley Courier", "2024-11-12", ["Kevin Tran"], None, [
        "California almond shipments to India rose 31% in October from a year earlier, after New Delhi cut its "
        "import duty on in-shell almonds, according to figures released Monday by the Almond Growers Council.",
        "India bought 38 million pounds last month, making it the largest single export market for California "
        "almonds, ahead of Spain and China.",
        "The tariff cut, agreed in trade talks last year, lowered the duty on in-shell almonds by 20 rupees a "
        "kilo. Indian buyers prefer in-shell nuts, which are cracked by hand in Delhi and other cities during the "
        "run-up to Diwali.",
        "“India has been our best customer for years, and now it is our best customer by some distance,” said "
        "Gurpreet Sandhu, who grows 1,100 acres of almonds near Madera.",
        "Growers said the strong demand had helped lift prices to their highest level in three years, but warned "
        "that this year’s crop, estimated at 2.8 billion pounds, was still being priced cautiously.",
    ], alt_title="Almond growers find a sweet spot in India",
    edited={2: "The tariff cut, agreed in trade talks last year, lowered the duty on in-shell almonds by 20 rupees "
               "a kilo. Indian buyers prefer in-shell nuts, which are cracked by hand in Delhi and other cities in "
               "the weeks before Diwali."},
    extra_outlets=["Central Valley Courier (Online)"])

# ================================================================ UNITED KINGDOM
art("ao-pate-salmonella", "Salmonella recall widens to 14 brands of chicken pâté",
    "The Albion Observer", "2024-11-06", ["Harriet Lowe"],
    "https://www.albionobserver.co.uk/food/2024/nov/06/salmonella-recall-chicken-pate-14-brands", [
        "A recall of chicken liver pâté over Salmonella contamination has been extended to 14 brands sold by "
        "supermarkets, delis and farm shops across Britain, after investigators traced the products to a single "
        "factory in the West Midlands.",
        "The Food Standards Authority said 37 people had fallen ill with the same strain of Salmonella Enteritidis "
        "since late September. Eleven were admitted to hospital, most of them over 65.",
        "All the affected products were made by Kinver Fine Foods at its plant in Stourbridge, which supplies "
        "own-label pâté to several retailers. The company has suspended production and said it was working with "
        "the authority and Dudley council’s environmental health team.",
        "“Chicken liver needs to be cooked right through, and we believe a fault with a cooking vessel meant that "
        "some batches were not,” a Kinver spokesperson said.",
        "The authority urged anyone with affected pâté at home not to eat it and to return it to the shop for a "
        "full refund. Use-by dates on the recalled products run up to 20 November.",
        "It is the third Salmonella recall linked to chicken liver products in England in five years. Public "
        "health specialists have repeatedly warned that pâté made from lightly cooked liver carries a higher risk.",
    ], standfirst="Supermarkets pull products made at a single Midlands plant as cases of illness rise to 37",
    extra_outlets=["The Albion Observer (London)"])

art("gg-recalls-w44", "Weekly recall round-up: undeclared milk in biscuits, mustard in salad dressing",
    "Grocer's Gazette", "2024-11-01", [],
    "https://www.grocersgazette.co.uk/food-safety/weekly-recall-round-up-1-november-2024", [
        "The Food Standards Authority issued six product recalls and allergy alerts in the week to 1 November, "
        "two of them for undeclared milk.",
        "Hartley & Moss is recalling its 200g Stem Ginger Biscuits because they contain milk, which is not "
        "mentioned on the label. All best-before dates up to June 2025 are affected.",
        "Northfield Kitchen has recalled 250ml bottles of its Honey & Herb Dressing because they contain mustard, "
        "which is also not listed among the ingredients.",
        "Three further alerts concerned undeclared sesame, gluten and peanut in products from smaller suppliers, "
        "and one recall was issued because of possible pieces of plastic in frozen fish fingers.",
        GG_RETAIL,
        GG_ALLERGY,
    ])

art("gg-recalls-w45", "Weekly recall round-up: sesame in bread rolls, glass in jars of passata",
    "Grocer's Gazette", "2024-11-08", [],
    "https://www.grocersgazette.co.uk/food-safety/weekly-recall-round-up-8-november-2024", [
        "The Food Standards Authority issued five product recalls and allergy alerts in the week to 8 November, "
        "including one for possible pieces of glass.",
        "Marlow Bakehouse is recalling its six-pack of Seeded Brioche Rolls because they contain sesame, which is "
        "not mentioned on the label. All best-before dates up to 20 November are affected.",
        "Casa Rocca has recalled 690g jars of its Classic Passata because a small number may contain pieces of "
        "glass. The recall covers jars with the batch code L24278.",
        "Three further alerts concerned undeclared milk, egg and celery in products from smaller suppliers.",
        GG_RETAIL,
        GG_ALLERGY,
    ])

art("gg-sandwich-fine", "Sandwich supplier fined £240,000 over Listeria failings",
    "Grocer's Gazette", "2024-11-11", ["Oliver Rudd"],
    "https://www.grocersgazette.co.uk/news/sandwich-supplier-fined-listeria-failings", [
        "A sandwich maker that supplies hospitals and railway station kiosks has been fined £240,000 after "
        "inspectors found Listeria on food preparation surfaces at its factory in Leicester on three separate "
        "visits.",
        "Meadowgate Foods Ltd pleaded guilty at Leicester Magistrates’ Court to four offences under food hygiene "
        "regulations. It was also ordered to pay £18,600 in costs.",
        "The court heard that environmental health officers found Listeria monocytogenes on a slicing machine and "
        "a drain in the high-risk area in February, April and June 2023, and that cleaning records had been "
        "completed for days when no cleaning took place.",
        "No illnesses were linked to the company’s products. District Judge Sarah Holloway said the firm had been "
        "“fortunate that nobody was harmed”.",
        "Meadowgate said it had since replaced its hygiene manager, invested £600,000 in new equipment and passed "
        "two unannounced audits. “We deeply regret these failures,” the company said.",
    ])

art("fc-potato-lift", "Wet autumn leaves Fens potato growers facing worst lift in a decade",
    "The Fenland Chronicle", "2024-10-31", ["Tom Askew"], None, [
        "Potato growers across the Fens are facing their most difficult harvest in at least a decade, with as much "
        "as a fifth of the crop still in the ground at the end of October after weeks of heavy rain.",
        "Fields around Wisbech, March and Chatteris have been too wet to carry harvesters for much of the month, "
        "and growers say tubers left in waterlogged soil are beginning to rot.",
        "“You can smell the crop going off when you walk across the field,” said Martin Gedney, who grows 300 "
        "acres of potatoes near Parson Drove. “What we do get out is going straight into store, and we are praying "
        "it holds.”",
        "The British Potato Growers’ Federation estimates that yields in the region are down by around 15 per cent "
        "on the five-year average, and packers have warned of higher prices in the new year.",
        "Some growers have started lifting at night, when the soil is slightly firmer, and several contractors "
        "have fitted wider tracks to their machines.",
    ])

art("fc-sugar-beet", "Sugar beet campaign delayed as factory repairs overrun",
    "The Fenland Chronicle", "2024-11-08", ["Tom Askew"],
    "https://www.fenlandchronicle.co.uk/news/farming/sugar-beet-campaign-delayed-factory-repairs", [
        "The start of sugar beet processing at the Wissington factory in Norfolk has been delayed by nine days "
        "because repairs to a boiler have taken longer than planned, leaving growers with beet piled up at the "
        "side of their fields.",
        "Anglian Sugar said the factory would now start taking deliveries on 18 November. Growers in the Fens and "
        "west Norfolk had been asked to start lifting in mid-October.",
        "“We have beet clamped at the side of the field and every week it sits there it loses sugar,” said Richard "
        "Faulkner, who grows 140 acres of beet near Upwell. “Someone needs to pay for that.”",
        "The National Beet Growers’ Committee said it would press the processor for compensation for growers whose "
        "beet lost weight or was damaged by frost while waiting to be collected.",
    ])

art("lw-lamb-imports", "UK lamb imports from New Zealand fall as Chinese buyers pay more",
    "Landward Weekly", "2024-11-04", ["Priya Natarajan"],
    "https://www.landwardweekly.co.uk/markets/nz-lamb-imports-fall-chinese-demand", [
        "Imports of New Zealand lamb into the UK fell by almost a third in the first nine months of the year, as "
        "exporters sent more of their product to China and the Middle East, where prices have been higher.",
        "Figures from the Meat Trade Analysis Bureau show 18,900 tonnes of New Zealand lamb arrived in British "
        "ports between January and September, down from 27,600 tonnes in the same period of 2023.",
        "The fall comes despite the free trade agreement between the two countries, which removed all tariffs on "
        "lamb in 2023. British sheep farmers had feared the deal would flood the market with cheaper imports.",
        "“The deal was never going to send lamb to the UK if other buyers were paying more,” said Fiona Rae, a "
        "livestock economist at the Northern Agricultural College. “It gives New Zealand the option. This year "
        "they did not need it.”",
        "Farmgate lamb prices in England averaged 742p a kilo in October, 9 per cent higher than a year earlier, "
        "according to the bureau.",
    ], edited={1: "Figures from the Meat Trade Analysis Bureau show that 18,900 tonnes of New Zealand lamb were "
                  "landed at British ports between January and September, against 27,600 tonnes in the same "
                  "period of 2023."})

art("lw-border-checks", "Border checks on EU plant imports to resume at Sevington after pause",
    "Landward Weekly", "2024-11-07", ["Gareth Lloyd"],
    "https://www.landwardweekly.co.uk/policy/border-checks-eu-plant-imports-sevington", [
        "Physical checks on plants and plant products arriving from the European Union will resume at the "
        "Sevington inspection post in Kent from 2 December, the government has confirmed, ending a three-month "
        "pause.",
        "The checks were suspended in September after importers complained of lorries being held for more than a "
        "day while inspectors waited for laboratory results on samples of cut flowers and pot plants.",
        "Ministers said the new regime would focus on higher-risk goods, including olive and almond trees that can "
        "carry the bacterial disease Xylella, and would use a new booking system to cut waiting times.",
        "“Nurseries need certainty, and they need lorries that turn round in hours, not days,” said Clare "
        "Whitlock, chief executive of the Ornamental Horticulture Trade Body. “We will be watching the first "
        "weeks very closely.”",
        "The Kent post handles about 70 per cent of plant imports from the EU. A second post at Portsmouth is due "
        "to start checks in the new year.",
    ])

art("sve-cider-rot", "Herefordshire cider orchards count the cost of brown rot",
    "Severn Valley Echo", "2024-11-02", ["Bethan Price"],
    "https://www.severnvalleyecho.co.uk/news/herefordshire-cider-orchards-brown-rot", [
        "Cider apple growers in Herefordshire have lost up to a third of their crop to brown rot this autumn, "
        "after a warm, wet September created ideal conditions for the fungus.",
        "The disease, which turns fruit soft and brown within days, spread rapidly through orchards where apples "
        "had been damaged by hail in August, growers said.",
        "“We picked up fruit that looked perfect in the morning and by the afternoon it was mush in the bins,” "
        "said Gwen Powell, who manages 90 acres of bittersweet varieties near Much Marcle.",
        "Cider makers have been rejecting loads with more than 5 per cent rotten fruit, which can taint the juice. "
        "The Three Counties Cider Makers’ Association said some members would have to buy in apples from France to "
        "meet their contracts.",
        "The association is asking the government to include orchard disease in a new fund for growers hit by "
        "extreme weather.",
    ])

# ================================================================ NEW ZEALAND
art("pr-kiwifruit-paperwork", "Why this year’s kiwifruit recall was a paperwork failure, not a food one",
    "The Paddock Report", "2024-11-05", ["Mere Tait"],
    "https://thepaddockreport.substack.com/p/kiwifruit-recall-paperwork-failure", [
        "Last month, 212,000 trays of gold kiwifruit sitting in a coolstore in Te Puke were held back from export "
        "to Taiwan. If you read the headlines, you would think someone had found something nasty on the fruit. "
        "Nobody had.",
        "What the inspectors found was a gap in a spray diary. One grower’s records for a single block showed an "
        "application of a fungicide without a date, and under the importing country’s rules, fruit without a "
        "complete residue history cannot be certified. The fruit from that block had been packed with fruit from "
        "six other orchards. So all of it stopped.",
        "I spent last week talking to packhouse managers, and every one of them told me the same thing: the "
        "systems we use to track fruit from orchard to pallet are excellent, and the systems we use to track what "
        "went on the orchard are still, in too many places, a clipboard in a ute.",
        "The industry body has promised a digital spray diary by next season. It needs to be compulsory, and it "
        "needs to be checked before harvest, not after.",
        "The trays were eventually cleared and sent to other markets at a lower price. The cost, growers tell me, "
        "was around $1.4 million. That is an expensive missing date.",
    ], subtitle="The fruit was fine. The records were not — and that should worry every exporter.")

art("tst-shellfish-pelorus", "Shellfish warning extended across Pelorus Sound after biotoxin spike",
    "Top of the South Tribune", "2024-10-30", [], None, [
        "Health officials have warned people not to collect or eat shellfish from Pelorus Sound after routine "
        "tests found levels of paralytic shellfish toxins above the safe limit.",
        TST_COVER.format(x="the whole of the sound from French Pass to Havelock, including Tennyson Inlet and "
                           "Kenepuru Sound"),
        "The regional public health unit said toxin levels in mussels sampled at Kenepuru Head on Monday were "
        "more than four times the safe limit, the highest recorded in the area since 2019.",
        TST_SYMPT,
        TST_COMM,
        TST_SIGNS,
    ])

art("tst-shellfish-tasman", "Shellfish warning issued for Tasman Bay coastline",
    "Top of the South Tribune", "2024-11-08", [],
    "https://www.topofthesouthtribune.co.nz/news/shellfish-warning-tasman-bay", [
        "Health officials have warned people not to collect or eat shellfish from the Tasman Bay coastline "
        "between Cable Bay and Kaiteriteri after routine tests found levels of paralytic shellfish toxins above "
        "the safe limit.",
        TST_COVER.format(x="all beaches and rocks along that stretch of coast, including the Nelson Haven and the "
                           "Waimea Inlet"),
        "Samples of mussels taken near Mapua on Tuesday showed toxin levels about twice the safe limit. The "
        "warning is separate from the one already in place for Pelorus Sound, which remains in force.",
        TST_SYMPT,
        TST_COMM,
        "The public health unit will keep testing every week and will lift the warning once two samples in a row "
        "are below the limit.",
    ])

art("cp-formula-china", "Canterbury infant formula maker wins back China export registration",
    "Canterbury Plainsman", "2024-11-01", ["Hamish Doyle"],
    "https://www.canterburyplainsman.co.nz/business/infant-formula-maker-china-registration", [
        "A Canterbury infant formula manufacturer has regained its registration to export to China, nine months "
        "after it was suspended over a labelling error, the company told shareholders on Friday.",
        "Ashburton Nutritionals said Chinese customs authorities had reinstated its registration for three formula "
        "brands following an audit of its plant in September. The company expects to resume shipments before "
        "Christmas.",
        "The suspension in February cost the company an estimated $23 million in sales. It was triggered when a "
        "consignment was found to carry a Chinese-language label listing a nutrient at a different level from the "
        "one in the registered recipe.",
        "“It was a typo, but in that market a typo on a tin of baby formula is treated as seriously as "
        "contamination,” chief executive Rachel Mooney said. “We understood that, and we have rebuilt our label "
        "approval process from the ground up.”",
        "Shares in the company rose 11 per cent on Friday afternoon.",
    ])

art("cp-fmd-drill", "Biosecurity drill tests response to foot-and-mouth outbreak in Canterbury",
    "Canterbury Plainsman", "2024-11-11", ["Hamish Doyle"],
    "https://www.canterburyplainsman.co.nz/rural/biosecurity-drill-foot-and-mouth-canterbury", [
        "More than 300 farmers, vets, police and council staff took part in a three-day exercise in mid-Canterbury "
        "last week that simulated an outbreak of foot-and-mouth disease on a dairy farm near Ashburton.",
        "The exercise, the largest of its kind in New Zealand since 2018, tested how quickly officials could trace "
        "animal movements, set up road checkpoints and organise the culling and disposal of stock.",
        "“If foot-and-mouth arrives here, the first 48 hours will decide whether we lose a district or a "
        "country,” said Dr Sam Whitmore, the chief response officer for Biosecurity Response New Zealand. “You do "
        "not want to be reading the manual for the first time on day one.”",
        "An outbreak would stop almost all of New Zealand’s meat and dairy exports overnight. Government modelling "
        "has put the cost of a large outbreak at about $16 billion over two years.",
        "Organisers said the exercise showed that tracing records had improved but that there were not enough "
        "trained vets in the region to handle a real outbreak.",
    ], synd_title="Mock foot-and-mouth outbreak puts farmers and vets to the test", synd_outlet="Otago Rural Times",
    synd_credit="This story was first published by the Canterbury Plainsman and is republished with permission.")

art("bop-manuka-fine", "Mānuka honey exporter fined over misleading labels",
    "Bay of Plenty Beacon", "2024-11-12", ["Aroha Kingi"],
    "https://www.bopbeacon.co.nz/news/manuka-honey-exporter-fined-misleading-labels", [
        "A Bay of Plenty honey exporter has been fined $186,000 for selling jars labelled as mānuka honey that did "
        "not meet the official definition of the product.",
        "Pollen & Comb Ltd, based in Katikati, admitted eight charges in the Tauranga District Court. The court "
        "heard that tests on 21 batches exported to Singapore and the United Arab Emirates between 2021 and 2023 "
        "found that most contained too little of the chemical markers that identify honey from mānuka flowers.",
        "Regulators said the company had blended its mānuka honey with cheaper multifloral honey to stretch supply "
        "in poor seasons.",
        "“Mānuka honey commands a premium because buyers trust the label,” said Tane Walker, compliance manager at "
        "the New Zealand Food Integrity Service. “When one exporter cheats, every beekeeper in the country pays "
        "for it.”",
        "Judge Miriama Hohaia said the offending was deliberate and sustained. The company has since changed "
        "ownership.",
    ])

# ================================================================ SOUTH AFRICA
art("hm-fmd-auctions", "Foot-and-mouth outbreak halts cattle auctions in Mpumalanga district",
    "The Highveld Mercury", "2024-10-31", ["Sipho Mahlangu"],
    "https://www.highveldmercury.co.za/news/foot-and-mouth-halts-cattle-auctions-mpumalanga", [
        "All cattle auctions in the Gert Sibande district of Mpumalanga have been suspended for at least 21 days "
        "after foot-and-mouth disease was confirmed on two farms near Ermelo, the provincial veterinary services "
        "said on Thursday.",
        "The farms, which together run about 1,800 head of cattle, have been placed under quarantine, and no "
        "cloven-hoofed animals may be moved in or out of a 10km zone around them without a permit.",
        "“We have seen how fast this disease travels when animals are sold on and moved through auctions,” said "
        "the provincial chief veterinarian, Dr Nomvula Sithole. “A three-week pause is painful, but a year of lost "
        "export markets is worse.”",
        "Livestock traders said the ban came at the worst time, as farmers sell weaner calves ahead of the summer. "
        "The Red Meat Producers’ Forum estimated that auctions worth about R45 million would be cancelled.",
        "South Africa has been battling repeated outbreaks of foot-and-mouth since 2019, which have closed several "
        "export markets for beef.",
    ])

art("hm-maize-record", "White maize price hits record as drought cuts crop",
    "The Highveld Mercury", "2024-11-11", ["Lerato Khumalo"],
    "https://www.highveldmercury.co.za/business/white-maize-price-record-drought", [
        "The price of white maize on the Johannesburg futures market closed at a record R6,250 a tonne on Monday, "
        "as traders worried that the country would need to import grain after a drought slashed this year’s "
        "harvest.",
        "The Crop Estimates Panel puts the 2024 maize crop at 12.7 million tonnes, down 23 per cent on last year. "
        "White maize, the staple food for millions of households, was hit harder than yellow maize, which is "
        "mostly used for animal feed.",
        "Millers have started passing on the higher cost. The price of a 10kg bag of super maize meal has risen "
        "by about a fifth since June, according to the Household Food Basket Index.",
        "“Families who were already stretched are now choosing between maize meal and electricity,” said Zodwa "
        "Mthembu of the Community Food Access Network.",
        "Traders said the price could ease if good rains arrive in time for summer planting, which is under way "
        "in the Free State and North West.",
    ])

art("cot-citrus-blackspot", "Citrus exporters count cost of EU black spot rules as season closes",
    "Cape Orchard Times", "2024-11-04", ["Anneke du Plessis"], None, [
        "South African citrus exporters paid an estimated R1.3 billion more this season to meet European Union "
        "rules on citrus black spot and false codling moth, according to figures released by the industry at the "
        "close of the export season.",
        "The Southern Citrus Exporters’ Council said growers and packhouses had spent heavily on extra spraying, "
        "cold treatment in transit and inspections, while 94 consignments were intercepted at European ports, "
        "most of them for black spot lesions on oranges.",
        "“We have been meeting these standards for years, and every year the goalposts move,” said the council’s "
        "chief executive, Johan Steyn. “Our fruit is clean. We have the data to show it. What we do not have is a "
        "regulator in Brussels willing to look at it.”",
        "Exports to the EU fell to 41 per cent of the crop, from 46 per cent last year, as more fruit was sent to "
        "the Middle East and Asia.",
        "The council said it would take its case to the World Trade Organization’s committee on plant health for "
        "a third time.",
        "Growers in the Sundays River Valley and Citrusdal said the extra costs had wiped out profits on some "
        "late-season varieties.",
    ])

art("cot-grape-harvest", "Table grape growers brace for late harvest after cold spring",
    "Cape Orchard Times", "2024-11-08", ["Pieter Venter"],
    "https://www.capeorchardtimes.co.za/harvest/table-grape-growers-late-harvest-cold-spring", [
        "Table grape growers in the Hex River Valley expect to start picking up to two weeks later than usual this "
        "season after a cold, wet spring slowed the development of the vines.",
        "The Table Grape Producers’ Association forecasts exports of between 72 and 76 million 4.5kg cartons, "
        "similar to last season, but says the late start could squeeze the window for shipping to the United "
        "Kingdom before Christmas.",
        "“The berries are there, but they are small and they are late,” said Jacques le Roux, who farms 80 "
        "hectares near De Doorns. “We need three weeks of sun, and we need it now.”",
        "Growers in the Orange River region of the Northern Cape, which harvests first, said their crop was close "
        "to normal.",
        "Delays at Cape Town harbour, which cost exporters heavily in 2023, have eased this year after new cranes "
        "were brought into service, the association said.",
    ])

art("safm-polony-recall", "Polony maker recalls batches after Listeria found in routine swab",
    "SA Food Monitor", "2024-11-07", [],
    "https://safoodmonitor.co.za/recalls/polony-maker-recalls-batches-listeria-swab", [
        "A Gauteng meat processor has recalled 11 batches of polony and viennas after Listeria monocytogenes was "
        "found in a routine swab at its factory in Germiston.",
        "Kwena Meat Products said the affected products were sold in 1kg and 3kg packs to spaza shops, butcheries "
        "and independent supermarkets in Gauteng, North West and Limpopo between 14 and 29 October.",
        "The company said no illnesses had been reported and that the recall was a precaution. Production at the "
        "plant has been stopped while it is cleaned and retested.",
        "South Africa’s 2017-18 listeriosis outbreak, the largest ever recorded, was traced to processed meats, "
        "and polony sales took years to recover.",
        "The Consumer Goods Safety Office said consumers should return the products to the shop where they bought "
        "them for a refund.",
    ])

art("safm-soweto-inspections", "Inspectors close 40 food outlets in Soweto blitz",
    "SA Food Monitor", "2024-11-05", ["Thandeka Nkosi"], None, [
        "Environmental health inspectors closed 40 food outlets in Soweto during a four-day inspection blitz last "
        "week, the City of Johannesburg said on Tuesday.",
        "Inspectors visited 312 spaza shops, takeaways and street vendors and confiscated about 2.8 tonnes of "
        "expired or unlabelled food, including tinned fish, snacks and frozen chicken.",
        "The outlets that were closed had no certificate of acceptability, stored food next to pesticides or had "
        "no running water, the city’s head of environmental health, Dr Bongani Zulu, said. They may reopen once "
        "they have fixed the problems and passed a second inspection.",
        "“We are not here to shut down small businesses,” Zulu said. “We are here to make sure that what a child "
        "buys for five rand after school will not make that child sick.”",
        "The city said further inspections would be held in Alexandra and Orange Farm before the end of November.",
    ])

art("safm-poultry-brazil", "South Africa lifts suspension on Brazilian poultry imports",
    "SA Food Monitor", "2024-11-12", ["Thandeka Nkosi"],
    "https://safoodmonitor.co.za/trade/south-africa-lifts-suspension-brazilian-poultry", [
        "South Africa has lifted a suspension on poultry imports from two Brazilian states that was imposed after "
        "an outbreak of Newcastle disease in July, the agriculture department’s veterinary directorate said on "
        "Tuesday.",
        "Imports of frozen chicken from Rio Grande do Sul and Santa Catarina can resume immediately, provided "
        "consignments come from farms outside a 50km zone around the original outbreak.",
        "Brazil supplies more than half of South Africa’s imported chicken, most of it mechanically deboned meat "
        "used in polony and other processed meats.",
        "“Processors were running down their stocks and some were paying a third more for meat from other "
        "suppliers,” said Fikile Dube of the Meat Processors’ Association. Local producers said imports undercut "
        "their prices.",
        "The Poultry Growers’ Federation said it would ask the department to publish the inspection reports that "
        "justified the decision.",
    ])

# ================================================================ NIGERIA
art("ab-cassava-rules", "Cassava flour exporters fret over new quality rules",
    "AgroBeat Naija", "2024-11-03", ["Adaeze Nwosu"],
    "https://agrobeatnaija.blogspot.com/2024/11/cassava-flour-exporters-fret-over-new.html", [
        "Exporters of high-quality cassava flour say new inspection rules introduced by the Nigerian Export "
        "Quality Council could add weeks to the time it takes to get a container out of Apapa port.",
        "Under the rules, which took effect on October 1, every consignment must be tested for cyanide, moisture "
        "and aflatoxin at one of four accredited laboratories before it can be sealed. Until now, exporters could "
        "rely on their own laboratory results.",
        "“We support quality, because without quality we have no market,” said Olumide Bakare, chairman of the "
        "Cassava Flour Exporters Association. “But four laboratories for the whole country is not enough. Our "
        "members are waiting three weeks for a result.”",
        "The council said the rules were needed after several shipments to Europe and the United Kingdom were "
        "rejected last year for high cyanide levels. It said two more laboratories, in Ibadan and Enugu, would be "
        "accredited by January.",
        "Nigeria is the world’s largest producer of cassava, but exports only a small share of its crop, mostly as "
        "flour, starch and garri.",
    ])

art("ll-grain-reserve", "Federal government releases 42,000 tonnes from strategic grain reserve",
    "The Lagos Ledger", "2024-11-01", ["Funke Adeyemi"],
    "https://lagosledger.ng/news/2024/11/01/fg-releases-42000-tonnes-strategic-grain-reserve", [
        "The federal government has approved the release of 42,000 tonnes of maize, sorghum and millet from the "
        "strategic grain reserve in an effort to bring down food prices, which have risen by more than 40 per cent "
        "in a year.",
        "The grain will be sold at a discount of about a third to market prices through 1,200 registered traders "
        "in all 36 states and the Federal Capital Territory, beginning next week.",
        DANLADI_Q + " Agriculture Minister Aliyu Kabiru Danladi said in a statement.",
        "Economists welcomed the move but said its effect would be limited. Nigeria consumes an estimated 20 "
        "million tonnes of grain a year. “Forty-two thousand tonnes is a few days of national demand,” said Tolu "
        "Ogunleye, an agricultural economist at the Lagos Policy Institute.",
        "The government released 102,000 tonnes from the reserve earlier in the year.",
    ])

art("nhd-kano-reserve", "Kano traders say reserve grain yet to reach markets",
    "Northern Harvest Daily", "2024-11-06", ["Musa Abdullahi"], None, [
        "Five days after the federal government announced the release of grain from the strategic reserve, "
        "traders at Kano’s Dawanau market say they have yet to see a single bag.",
        "Dawanau, one of the largest grain markets in West Africa, supplies much of the north-west. Traders there "
        "said they had been told to register with the state agriculture ministry but had received no allocation.",
        "“We filled the forms on Friday, we submitted them on Monday, and since then nobody has called us,” said "
        "Alhaji Sani Garba, who heads the market’s sorghum traders’ association.",
        "The release was presented as a way to bring prices down quickly. Announcing it, Agriculture Minister "
        "Aliyu Kabiru Danladi said: " + DANLADI_Q,
        "A sack of maize at Dawanau sold for about N78,000 on Tuesday, traders said, compared with N49,000 a year "
        "ago.",
        "A spokesman for the state ministry of agriculture said allocations would be published this week.",
    ])

art("ll-sesame-japan", "Sesame exports to Japan rebound after aflatoxin crackdown",
    "The Lagos Ledger", "2024-11-04", ["Chiamaka Obi"],
    "https://lagosledger.ng/business/2024/11/04/sesame-exports-japan-rebound-aflatoxin", [
        "Nigerian sesame exports to Japan have recovered to their highest level in four years, after a crackdown "
        "on contaminated consignments restored buyers’ confidence, exporters said.",
        "Shipments to Japan reached 31,000 tonnes in the first nine months of 2024, up from 12,500 tonnes in the "
        "same period last year, according to the National Oilseeds Exporters Forum.",
        "Japanese importers cut back sharply in 2022 after several cargoes were found with aflatoxin and "
        "pesticide residues above Japan’s limits. Since then, exporters have had to clean and test seed at "
        "registered warehouses in Kano, Jigawa and Nasarawa before shipment.",
        "“It cost us money and it cost us time, but it gave us our name back,” said the forum’s president, Ibrahim "
        "Lawan Yola. “Japan pays a premium for clean seed, and now it is paying it to Nigerians again.”",
        "Sesame is Nigeria’s second-largest agricultural export after cocoa.",
    ])

art("ng-seasoning-raid", "Regulators seize fake seasoning cubes in Onitsha market raid",
    None, "2024-11-08", [], None, [
        "Officials of the Federal Food and Drugs Control Council on Thursday seized more than 9,000 cartons of "
        "counterfeit seasoning cubes during a raid on a warehouse at the Ochanja market in Onitsha, Anambra State.",
        "The cubes, packed to look like well-known brands, were found to contain mostly salt, starch and an "
        "unapproved colouring, the council’s zonal director, Mrs Ngozi Eze, told reporters.",
        "Three men were arrested at the scene. Mrs Eze said the warehouse had been supplying traders in at least "
        "five south-eastern states.",
        "“Seasoning cubes go into every pot of soup in this country,” she said. “When they are fake, the fake is "
        "in every pot.”",
        "Traders at the market said genuine cubes had become too expensive for many customers, creating demand "
        "for cheaper copies.",
    ])

art("nhd-tomato-tuta", "Tomato prices triple as Tuta absoluta returns to Kaduna farms",
    "Northern Harvest Daily", "2024-10-29", ["Zainab Lawal"], None, [
        "The price of tomatoes in Kaduna has tripled in three weeks as an outbreak of the pest Tuta absoluta "
        "destroys farms across the state’s main growing areas.",
        "A 50kg basket of tomatoes sold for N95,000 at the Kawo market on Monday, up from N30,000 at the start of "
        "October, traders said.",
        "Tuta absoluta, known locally as tomato ebola, is a moth whose larvae tunnel into leaves and fruit. It "
        "wiped out about 80 per cent of the tomato crop in Kaduna in 2016 and has returned in smaller outbreaks "
        "since.",
        "“In two days the whole farm turned brown,” said Yakubu Dogo, who grows tomatoes on four hectares at "
        "Ikara. “We sprayed, but the chemicals in the market are weak or fake.”",
        "The state agriculture ministry said it had distributed pheromone traps to 3,000 farmers and was working "
        "with researchers in Zaria on resistant varieties.",
    ])

# ================================================================ PHILIPPINES
art("vs-dried-mango", "Cebu dried mango exports rebound on Korean demand",
    "Visayas Sentinel", "2024-11-06", ["Ma. Lourdes Cabrera"],
    "https://www.visayassentinel.ph/business/cebu-dried-mango-exports-rebound-korean-demand", [
        "Exports of dried mangoes from Cebu rose 28 percent in the first nine months of the year, driven by "
        "strong demand from South Korea and China, the provincial trade office said on Wednesday.",
        "Processors shipped 6,400 metric tons worth about P2.1 billion between January and September, up from "
        "5,000 tons a year earlier. South Korea took nearly half of the total.",
        "“Korean buyers now want smaller packs and less sugar, and Cebu processors were quick to change,” said "
        "Teresita Ylanan, president of the Cebu Fruit Processors Association.",
        "Processors warned, however, that the supply of fresh carabao mangoes could tighten next year. Mango trees "
        "in parts of Cebu and Bohol flowered poorly after the drought in the first half of 2024.",
        "Prices of fresh mangoes at the Carbon market in Cebu City have already risen to P180 a kilo, from P120 "
        "in August.",
    ])

art("vs-asf-pork-ban", "Cebu extends ban on Luzon pork over African swine fever",
    "Visayas Sentinel", None, ["Ma. Lourdes Cabrera"],
    "https://www.visayassentinel.ph/news/cebu-extends-ban-luzon-pork-african-swine-fever", [
        "The Cebu provincial government has extended its ban on live pigs, pork and pork products from Luzon for "
        "another three months, after new cases of African swine fever were reported in Batangas and Quezon.",
        "The ban, first imposed in 2023, will now run until the end of February. Shipments from Mindanao and "
        "other Visayan provinces are still allowed if they carry a veterinary health certificate.",
        "“Cebu’s hog industry is worth P12 billion a year and supports thousands of backyard raisers. We are not "
        "going to risk that,” the provincial veterinarian, Dr. Alma Cuizon, said.",
        "Pork traders said the ban would push up prices ahead of Christmas, when demand for lechon peaks. Liempo "
        "sold for P360 a kilo in Cebu City markets this week, up from P320 in September.",
    ])

art("mmm-rice-prices", "Rice retail prices slow to fall despite tariff cut",
    "Manila Market Monitor", "2024-10-31", ["Ramon Villanueva"], None, [
        "Retail prices of imported rice in Metro Manila have fallen by only P3 a kilo since the government cut "
        "the import tariff in July, far less than the P6 to P7 officials had promised, a price survey showed on "
        "Thursday.",
        "Well-milled imported rice sold for an average of P51 a kilo in public markets in the last week of "
        "October, against P54 in June, according to the Consumer Price Watch Network.",
        "Importers blamed higher world prices and a weaker peso, which they said had eaten up most of the benefit "
        "of the tariff cut. Consumer groups said traders were keeping the difference.",
        "“The tariff went down by twenty points and the price on the shelf moved by a few pesos. Somebody is "
        "making money,” said the network’s coordinator, Liza Manalo.",
        "The agriculture department said it would ask importers to submit their landed costs and selling prices "
        "so that margins could be checked.",
    ])

art("mmm-onion-seizure", "Customs seizes P18 million worth of smuggled onions in Subic",
    "Manila Market Monitor", "2024-11-08", ["Carla Mendoza"],
    "https://manilamarketmonitor.ph/2024/11/08/customs-seizes-smuggled-onions-subic", [
        "Customs officers have seized 12 container vans of red onions worth about P18 million at the Subic Bay "
        "Freeport, after the shipments were declared as frozen fish balls.",
        "The containers arrived from China between October 20 and 27 and were consigned to two trading companies "
        "in Bulacan that had no import permits for onions, the port’s district collector, Rommel de Leon, said on "
        "Friday.",
        "Onion prices spiked to record levels in late 2022 and early 2023, and smuggling has remained a problem "
        "since. Red onions sold for P160 to P200 a kilo in Metro Manila markets this week.",
        "“Every smuggled container takes money from a farmer in Nueva Ecija who paid for seed, fertilizer and cold "
        "storage,” said farmers’ group leader Danilo Pascual.",
        "The onions will be inspected for pests and, if found fit, may be donated to government feeding programs. "
        "Otherwise they will be destroyed.",
    ])

art("mfb-banana-tr4", "Davao banana growers lose 2,000 hectares to Panama disease",
    "Mindanao Farm Bulletin", "2024-11-04", ["Jerome Abad"],
    "https://mindanaofarmbulletin.ph/news/davao-banana-growers-panama-disease", [
        "Banana growers in the Davao region have abandoned about 2,000 hectares of Cavendish plantations this year "
        "because of Fusarium wilt, the soil-borne fungal disease also known as Panama disease, an industry group "
        "said on Monday.",
        "The Mindanao Banana Growers and Exporters Council said the disease, caused by the strain Tropical Race 4, "
        "had now been found in all five provinces of the region. Once a field is infected, the fungus can survive "
        "in the soil for decades.",
        "“Small growers are hit hardest, because they do not have new land to move to,” said the council’s "
        "executive director, Rogelio Tan. “They plant again on the same soil and the plants die within a year.”",
        "The council is asking the government for P500 million to expand trials of resistant varieties and to pay "
        "for quarantine measures such as tyre baths for trucks and footbaths for workers.",
        "The Philippines is the world’s second-largest exporter of bananas, with Japan, China and South Korea its "
        "biggest markets.",
    ])
