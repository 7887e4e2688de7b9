# -*- coding: utf-8 -*-
"""Canonical texts of the blind12 articles: museums, galleries, archives and cultural heritage in Scotland,
England, Ireland, Chicago, Toronto, Ghana, Australia, Mexico, France, Italy, Poland and the Philippines,
25 October - 27 November 2026.

Every story, person, organisation, institution, figure and quote is invented (places are real).
Paragraphs use typographic quotes; renderers re-typeset them as their format would.
Fields: title, outlet, date (ISO or None), authors (list), url (or None), paras.
Optional: synd_title / synd_outlet / synd_credit (syndicated copy), synd_drop (paragraph indexes the
syndicated copy leaves out), extra_titles, extra_outlets.
"""
ART = {}


def art(aid, title, outlet, date, authors, url, paras, **kw):
    assert aid not in ART, aid
    ART[aid] = dict(title=title, outlet=outlet, date=date, authors=authors, url=url, paras=paras, **kw)


# the Clyde Examiner strike paragraph that The Curator's essay quotes word for word
STRIKE_Q = ("“Our members look after objects worth billions and are paid less than the people who clean the "
            "offices upstairs,” said Morag Lennie, the union’s convener for Glasgow Life Museums. “Nobody takes "
            "this step lightly, but the council has left us no other door.”")
# background paragraph shared by the two Pennine Observer stories by Rachel Thwaite
PENNINE_BG = ("Heritage bodies in Yorkshire have lost about a fifth of their public funding in real terms since "
              "2019, according to figures compiled by the regional museums development network.")
# background paragraph shared by the two Museum Trade Journal stories by Gregor Lindqvist
LOANS_BG = ("International loans are the lifeblood of temporary exhibitions: a typical blockbuster show borrows "
            "between 40 and 120 works from a dozen or more lenders, each with its own insurance, courier and "
            "climate conditions.")

# ================================================================ CLYDE EXAMINER (Glasgow)
art("ce-strike", "Museum staff in Glasgow vote to strike over winter pay", "The Clyde Examiner", "2026-11-03",
    ["Fiona Baird"], None, [
        "Front-of-house and collections staff at seven Glasgow museums have voted to strike in a dispute over "
        "pay, raising the prospect of closed galleries during the busiest weeks of the Christmas season.",
        "Of the 412 union members balloted, 81 per cent backed walkouts on a turnout of 67 per cent. The first "
        "stoppage could begin on 21 November, the day the city’s winter festival opens.",
        STRIKE_Q,
        "A spokeswoman for the council said the offer of 3.1 per cent was “fair and affordable” and urged the "
        "union to return to talks. Museum directors have drawn up contingency plans that would keep the "
        "Kelvingrove galleries partly open with managers on the doors.",
        "Visitors with tickets for the Tutankhamun-era textiles exhibition have been told to check the "
        "museum’s website before travelling.",
    ])

art("ce-deal", "Museum staff in Glasgow vote to accept winter pay offer", "The Clyde Examiner", "2026-11-24",
    ["Fiona Baird"], None, [
        "Glasgow’s museums will stay open over the festive season after staff voted narrowly to accept an "
        "improved pay offer, ending a dispute that had threatened three days of walkouts.",
        "The revised deal, worth 4.4 per cent over eighteen months with a one-off payment of £350, was approved "
        "by 54 per cent of those voting. Turnout fell to 49 per cent from the 67 per cent recorded at the "
        "strike ballot.",
        "“It is not everything we asked for, and a lot of members are still angry,” said Morag Lennie, the "
        "union’s convener. “But it puts real money in people’s pockets before January.”",
        "Council leaders said the settlement would cost about £1.9 million a year and would be met from "
        "reserves rather than by cutting opening hours.",
    ])

art("ce-tenement-lift", "Tenement museum installs lift after 20-year access campaign", "The Clyde Examiner",
    "2026-11-26", ["Donald McIver"],
    "https://www.clydeexaminer.co.uk/news/glasgow-news/tenement-museum-lift-access-campaign-29384756", [
        "A lift has finally been installed at Glasgow’s Garnethill Tenement House, two decades after disabled "
        "visitors first asked the trust that runs it for a way to reach the first-floor flat.",
        "The B-listed building had been judged too fragile for the work until engineers proposed a glass shaft "
        "in the back court, which planners approved last spring.",
        "“For twenty years I have looked at photographs of a room I could not enter,” said Elspeth Garvie, "
        "who uses a wheelchair and led the campaign. “On Thursday I sat in it.”",
        "The £620,000 project was paid for largely by a bequest. The trust says visitor numbers in the first "
        "week were the highest since 2019.",
    ])

# ================================================================ HERITAGE WIRE (wire service)
art("hw-gold-weights", "Dutch museum agrees to return 14 Asante gold weights to Ghana", "Heritage Wire",
    "2026-11-10", ["Pieter Koster"], None, [
        "LEIDEN, Netherlands, Nov 10 (Heritage Wire) - A Dutch ethnology museum will return 14 brass gold "
        "weights to Ghana after an inquiry found they were taken by a colonial officer during a punitive "
        "expedition in 1874, the museum said on Tuesday.",
        "The small cast figures, used by Asante traders to weigh gold dust, have been in the collection of the "
        "Rijnland Museum of World Cultures since 1902.",
        "“The paperwork was thin, and what there was pointed in one direction,” said the museum’s director, "
        "Annelies Verbeek. “Keeping them would have meant choosing not to know.”",
        "A delegation from Kumasi is expected to collect the weights in February.",
        "(Reporting by Pieter Koster; Editing by Anna Brouwer)",
    ],
    synd_title="Ghana to receive 14 Asante gold weights from Leiden museum",
    synd_outlet="Accra Chronicle", synd_drop=[4],
    synd_credit="This story was provided by Heritage Wire.")

art("hw-lyon-theft", "Thieves take three enamel boxes from Lyon silk museum", "Heritage Wire", "2026-11-02",
    ["Claire Dufour"], None, [
        "LYON, France, Nov 2 (Heritage Wire) - Thieves broke into a small museum of silk and decorative arts in "
        "Lyon overnight and took three 18th-century enamel snuff boxes, police said on Monday.",
        "The intruders forced a ground-floor window of the Musée de la Soierie Rhodanienne shortly after 3 a.m. "
        "and were inside for less than four minutes, according to the prosecutor’s office.",
        "“They knew exactly which case they wanted,” said the museum’s curator, Hélène Marchetti. “They walked "
        "past pieces worth far more.”",
        "The boxes had been lent to the museum by a private collector for an exhibition due to close next week.",
        "(Reporting by Claire Dufour; Editing by Tom Ainsley)",
    ])

art("hw-stela", "Looted Maya stela returned to Guatemala after auction house halts sale", "Heritage Wire",
    "2026-10-28", ["Diego Salcedo"], None, [
        "GUATEMALA CITY, Oct 28 (Heritage Wire) - A carved limestone stela looted from a Maya site in the Petén "
        "lowlands was handed back to Guatemala on Wednesday, five months after a Toronto auction house withdrew "
        "it from sale.",
        "The 1.4-metre fragment, showing a ruler in a feathered headdress, had been offered with an estimate of "
        "up to 900,000 Canadian dollars before archaeologists matched it to photographs taken in 1968.",
        "“We have the picture of it standing in the jungle, and then a gap of fifty years,” said Ana Lucía "
        "Cifuentes of Guatemala’s culture ministry. “That gap is where the crime is.”",
        "The auction house said it had acted as soon as the evidence was presented.",
        "(Reporting by Diego Salcedo; Editing by Tom Ainsley)",
    ],
    synd_title="Guatemala gets its stela back as auction house pulls sale",
    synd_outlet="Toronto Ledger", synd_drop=[4],
    synd_credit="With files from Heritage Wire")

art("hw-etruscan-coins", "Italian police recover 230 Etruscan coins sold through online marketplace",
    "Heritage Wire", "2026-11-17", ["Giulia Ferraro"], None, [
        "ROME, Nov 17 (Heritage Wire) - Italian art-crime police have recovered 230 Etruscan and early Roman "
        "coins that were being sold a few at a time through an online marketplace, investigators said on "
        "Tuesday.",
        "The coins, some minted in Populonia in the fifth century BC, were traced to a collector in Tuscany who "
        "had listed them over three years under a dozen user names.",
        "“Small lots, low prices, nothing that would make a headline — that was the method,” said Major Lorenzo "
        "Bellandi of the cultural heritage protection unit.",
        "The coins will go to the archaeological museum in Florence for study.",
        "(Reporting by Giulia Ferraro; Editing by Anna Brouwer)",
    ],
    synd_title="Police seize Etruscan coin hoard listed online under a dozen names",
    synd_outlet="The Clyde Examiner", synd_drop=[4],
    synd_credit="Heritage Wire")

# ================================================================ LAKESHORE HERALD (Chicago)
art("lh-dino-hall", "Chicago natural history museum to close dinosaur hall for two-year rebuild",
    "Lakeshore Herald", "2026-11-09", ["Marcus Delaney", "Rosa Quintero"],
    "https://www.lakeshoreherald.com/story/news/local/2026/11/09/prairie-museum-dinosaur-hall-closing/81234567007/",
    extra_titles=["Prairie Museum to close dinosaur hall, dismantle Big Hattie for $48M rebuild"], paras=[
        "The Prairie Museum of Natural History will close its dinosaur hall in January for a two-year, $48 "
        "million rebuild, the Chicago museum’s board announced Monday.",
        "The hall, which opened in 1986, drew 1.3 million visitors last year and is home to Big Hattie, one of "
        "the most complete Allosaurus skeletons on public display.",
        "“The science in that room is forty years old, and so is the air conditioning,” said museum president "
        "Dr. Olivia Brandt. “Both of them need to be replaced.”",
        "During the closure, Big Hattie will be dismantled and studied in a glass-walled lab that visitors can "
        "watch from the museum’s main concourse.",
        "The museum said ticket prices would not rise to pay for the project, which is funded by a $30 million "
        "gift from the Halvorsen family and a state capital grant.",
    ])

art("lh-neighborhood-fund", "Neighborhood museums split $4 million from city arts fund", "Lakeshore Herald",
    "2026-11-19", ["Rosa Quintero"],
    "https://www.lakeshoreherald.com/story/news/local/2026/11/19/chicago-neighborhood-museums-arts-fund/81299123007/", [
        "Twenty-two small museums across Chicago will share $4 million from the city’s new neighborhood arts "
        "fund, officials said Thursday, with most grants going to institutions on the South and West Sides.",
        "The awards range from $60,000 for a Puerto Rican history museum in Humboldt Park to $400,000 for a "
        "Bronzeville jazz archive that needs a new roof.",
        "“These are places run by three or four people and a lot of volunteers,” said cultural affairs "
        "commissioner Denise Okafor. “A grant like this is the difference between staying open and not.”",
        "Applicants had to show that at least half their visitors live within five miles.",
    ])

# ================================================================ THE CURATOR (culture site)
art("tc-chatbot-guides", "Museums are swapping audio guides for chatbots. Visitors aren’t sure they want them",
    "The Curator", "2026-11-12", ["Hannah Osei"],
    "https://www.thecurator.com/2026/11/12/museum-chatbot-audio-guides-visitors", [
        "When the Hollis Art Museum in Philadelphia retired its audio guide this fall, it replaced the chunky "
        "handsets with a QR code and a chatbot that answers questions about any painting in the building.",
        "At least nine American museums have made a similar switch in the past year, according to a survey by "
        "the consultancy Gallery Systems Lab, which found that visitors asked an average of 3.2 questions per "
        "visit.",
        "Not everyone is charmed. “I came to look at pictures, not to text a robot,” said Carol Jennings, a "
        "retired teacher visiting from Delaware, who asked a guard for the old handset and was told it was gone.",
        "Curators worry about accuracy, too. The Hollis team spent four months writing answers the bot is "
        "allowed to give, and it still tells visitors it does not know about a fifth of the time.",
        "Correction, Nov. 13, 2026: An earlier version of this article misstated the number of museums that "
        "have replaced audio guides. It is at least nine, not 19.",
    ])

art("tc-strike-essay", "What Glasgow’s museum strike says about who really keeps collections safe",
    "The Curator", "2026-11-06", ["Jonah Wexler"],
    "https://www.thecurator.com/2026/11/6/glasgow-museum-strike-collections-care", [
        "When people imagine the guardians of a museum collection, they picture curators and conservators. The "
        "ballot result in Glasgow this week is a reminder that the work is mostly done by someone else.",
        "The Clyde Examiner quoted the union’s convener on the day of the vote:",
        STRIKE_Q,
        "She is right about the pay, and she is right about the value. Gallery attendants spot leaks, broken "
        "cases and dangerous crowds long before anyone in an office does.",
        "Museums that treat front-of-house staff as a cost to be trimmed should look at their own incident "
        "logs. The names on them are rarely the curators’.",
    ])

# ================================================================ DUBLIN EVENING RECORD
art("de-liffey-gallery", "Liffey Gallery to charge for entry for the first time in its 118-year history",
    "Dublin Evening Record", "2026-11-18", ["Ciara Nolan"],
    "https://www.dublinevening.ie/news/liffey-gallery-entry-charge-first-time/a1928374651.html", [
        "The Liffey Gallery of Modern Art will introduce a €12 admission charge from March, ending 118 years of "
        "free entry to the Parnell Square gallery.",
        "The board said a shortfall of €2.6 million in running costs had left it with a choice between charging "
        "visitors and closing two floors of the building.",
        "“Nobody on this board wanted to be the one who ended free entry,” said chairwoman Gráinne Doherty. "
        "“But a free gallery with half its rooms shut is not really free.”",
        "Under-18s, students and people receiving social welfare payments will still get in without charge, "
        "and the first Sunday of every month will remain free for everyone.",
        "Arts Minister Declan Furlong said he was “disappointed” and would meet the board next week.",
    ])

art("de-georgian-ceiling", "Ceiling collapse shuts Dublin’s Georgian house museum", "Dublin Evening Record",
    "2026-11-21", ["Ciara Nolan"], None, [
        "A section of ornate plaster ceiling fell into a first-floor drawing room at the Number 17 Fitzwilliam "
        "Place house museum on Friday night, forcing the building to close indefinitely.",
        "No one was in the room at the time. Staff found the debris when they opened up on Saturday morning.",
        "“The plasterwork is from 1791 and we have photographs of every inch of it, so it can be put back,” "
        "said conservation architect Ruairí Kenny. “What worries us is the water that brought it down.”",
        "Engineers believe a blocked gutter let rainwater into the roof space during last week’s storms.",
    ])

# ================================================================ MELBOURNE DISPATCH
art("md-koorie-gallery", "Melbourne museum hands gallery design to Koorie elders", "The Melbourne Dispatch",
    "2026-11-05", ["Liam Hartigan", "Mere Tawhiri"], None, [
        "A new permanent gallery at the Yarra Museum will be designed entirely by a council of Koorie elders, "
        "the first time a major Victorian museum has given up control of a display of its own collection.",
        "The elders will choose which of the museum’s 4,200 Aboriginal objects go on show and write every "
        "label, and can veto the use of any image.",
        "“For a hundred years the museum told our story to us,” said Aunty Joan Merritt, who chairs the "
        "council. “Now we are telling it, and the museum is listening.”",
        "The gallery is due to open in late 2028 and will cost $21 million.",
    ])

art("md-gippsland-photos", "Historical society rescues fire-damaged Gippsland photographs", "The Melbourne Dispatch",
    "2026-11-22", ["Mere Tawhiri"], None, [
        "Volunteers in East Gippsland have digitised more than 9,000 glass-plate negatives that survived the "
        "2020 bushfires inside a scorched steel cabinet.",
        "The plates, taken by a Bairnsdale studio between 1890 and 1935, show timber camps, river steamers and "
        "family portraits, many of people who have never been identified.",
        "“Half the plates were cracked and every one of them was filthy with ash,” said Len Cotter, president "
        "of the Tambo Valley Historical Society. “We cleaned them with cotton buds, one at a time.”",
        "The society is asking locals to help name the faces through an online gallery.",
    ])

# ================================================================ TORONTO LEDGER
art("tl-sunday-closing", "Toronto museum cuts Sunday hours as provincial grant shrinks", "Toronto Ledger",
    "2026-10-29", ["Aditi Rao"], None, [
        "The Don Valley Museum of Science will close on Sunday mornings from January after its provincial "
        "operating grant was cut by 11 per cent, the museum said Thursday.",
        "The change will save about $700,000 a year, mostly in staff costs. Sunday mornings are the museum’s "
        "quietest time, though they are popular with families with young children.",
        "“We looked at every other option first,” said chief executive Paul Moreau. “Shorter hours hurt less "
        "than fewer exhibitions.”",
        "The province said museums had been asked to find savings like every other agency.",
    ])

art("tl-boiler-failure", "Boiler failure chills Toronto museum storage, conservators say", "Toronto Ledger",
    "2026-11-20", ["Aditi Rao"], None, [
        "Conservators at the Harbourfront Museum of Canadian Art are checking about 300 paintings for damage "
        "after a boiler failure let temperatures in an off-site storage building drop to 4 C for two days.",
        "The cold itself is not the main danger, said head of conservation Irene Vasquez; sudden changes in "
        "humidity as the building warms up again can crack paint and split wooden panels.",
        "“We are warming the rooms by one degree every few hours, which feels painfully slow,” she said.",
        "The museum has moved its most fragile works to the main building while the storage site is inspected.",
    ])

# ================================================================ MUSEUM TRADE JOURNAL
art("mtj-insurance", "Fine-art insurers raise premiums on loans after protest attacks", "Museum Trade Journal",
    "2026-10-30", ["Gregor Lindqvist"], None, [
        "Insurers have raised premiums on international art loans by up to 30 per cent this year, citing a "
        "string of protest attacks on glazed paintings in European galleries.",
        LOANS_BG,
        "“Underwriters used to price for fire, flood and transport,” said broker Sabine Wolters. “Now they "
        "also ask how many visitors can get within arm’s reach of the picture.”",
        "Several lenders now require extra guards or barriers as a condition of cover.",
    ])

art("mtj-loans-survey", "Two in five museums cancelled an international loan this year, survey finds",
    "Museum Trade Journal", "2026-11-16", ["Gregor Lindqvist"], None, [
        "Forty-one per cent of museums cancelled or postponed at least one international loan in 2026, a survey "
        "of 230 institutions in 19 countries has found.",
        LOANS_BG,
        "Rising insurance and courier costs were the most common reasons given, followed by fragile objects and "
        "the carbon footprint of flying works and their escorts around the world.",
        "“The big touring show is not dead, but it is getting rarer,” said Magda Sørensen, who ran the survey "
        "for the Nordic Registrars’ Forum.",
    ])

art("mtj-climate-bands", "Museums turn thermostats down as galleries test wider climate bands",
    "Museum Trade Journal", "2026-11-23", ["Gregor Lindqvist", "Petra Holm"], None, [
        "A group of 14 European museums will spend this winter letting gallery temperatures and humidity drift "
        "further than conservation rules have allowed for decades, in a test of how much energy can be saved.",
        "Instead of holding rooms at 20 C and 50 per cent relative humidity, participants will allow 16 to 24 C "
        "and 40 to 60 per cent, with tighter limits kept for panel paintings and lacquer.",
        "“The old numbers came from what air conditioning could do in the 1970s, not from what objects need,” "
        "said conservation scientist Elin Broberg.",
        "Early results suggest savings of up to a third of heating and cooling costs.",
    ])

# ================================================================ ACCRA CHRONICLE
art("ac-national-museum", "National Museum reopens after four-year refurbishment", "Accra Chronicle",
    "2026-11-07", ["Kwabena Asante", "Efua Mensah", "Yaw Boateng"],
    "https://www.accrachronicle.com.gh/news/national-museum-reopens-after-refurbishment", [
        "The National Museum in Accra reopened to the public on Saturday after a four-year refurbishment that "
        "doubled its gallery space and added a climate-controlled store for textiles.",
        "More than 3,000 people queued outside before the doors opened, many of them schoolchildren in uniform "
        "who had been promised free entry for the first month.",
        "“We wanted it to feel like a place Ghanaians own, not a place they are allowed to visit,” said the "
        "museum’s director, Dr. Abena Owusu-Ansah.",
        "The new kente gallery includes cloths from every major weaving town, some lent by families for the "
        "first time.",
    ])

art("ac-elmina-museum", "Elmina fishermen’s museum opens in old customs house", "Accra Chronicle", "2026-11-15",
    ["Efua Mensah"], "https://www.accrachronicle.com.gh/regional/elmina-fishermens-museum-opens", [
        "A museum devoted to Ghana’s canoe fishermen has opened in a restored colonial customs house on the "
        "Elmina waterfront, a few hundred metres from the town’s famous castle.",
        "Its collection of painted canoe prows, nets, flags and outboard motors was gathered over six years by "
        "a fishermen’s association that wanted to record a way of life it says is disappearing.",
        "“Everyone comes to Elmina for the castle and leaves without looking at the boats,” said the "
        "association’s chairman, Kofi Ampah. “The boats are the living history.”",
        "Entry is free for fishing families.",
    ])

# ================================================================ PENNINE OBSERVER
art("po-parish-registers", "York archive flood: volunteers dry 3,000 parish registers", "Pennine Observer",
    "2026-11-11", ["Rachel Thwaite"], None, [
        "More than 200 volunteers have spent a week drying some 3,000 waterlogged parish registers after a "
        "burst pipe flooded the basement strongroom of the Minster Gate archive in York.",
        "The registers, some dating back to the 1550s, were frozen within hours of the leak to stop mould and "
        "are now being thawed and dried a batch at a time in borrowed church halls.",
        "“We have interleaved every page with blotting paper,” said archivist Helen Cawood. “It is slow, but "
        "we have not lost a single volume.”",
        PENNINE_BG,
    ])

art("po-textile-grant", "Leeds textile museum wins £2.1m lottery grant", "Pennine Observer", "2026-11-13",
    ["Rachel Thwaite"], None, [
        "The Kirkstall Mills Textile Museum in Leeds has been awarded £2.1 million by the National Lottery "
        "Heritage Fund to restore its steam-powered looms and reopen the weaving shed.",
        "The shed has been closed since 2022, when inspectors found cracks in the cast-iron columns holding up "
        "its saw-tooth roof.",
        "“When the looms run, the whole building shakes and people cannot believe the noise,” said museum "
        "manager Asif Malik. “That is the experience we want back.”",
        PENNINE_BG,
    ])

# ================================================================ MEXICO NEWS DESK
art("mnd-museum-night", "Mexico City’s museum night draws record 410,000 visitors", "Mexico News Desk",
    "2026-10-25", ["Lucía Ferrer"], None, [
        "More than 410,000 people visited Mexico City museums during Saturday’s autumn Noche de Museos, a record "
        "for the event, which opened 96 institutions free of charge until midnight.",
        "Queues outside the anthropology museum on Paseo de la Reforma stretched for more than a kilometre, and "
        "several smaller museums in the historic centre ran out of entry wristbands by 9 p.m.",
        "“Every year we think it cannot get bigger, and every year it does,” said city culture secretary "
        "Rodrigo Almanza.",
        "The city plans to add a spring edition in 2027.",
    ])

# ================================================================ SINGLE-SOURCE AND OTHER OUTLETS
art("hhn-courthouse", "The courthouse cells are open again", "Highland Heritage Notes", None, ["Isla Munro"],
    None, [
        "After three winters under scaffolding, the old courthouse in Cromarty has reopened its cells to "
        "visitors, and the trust that runs it has done something I did not expect: it has left them cold.",
        "There is no heating, no soundtrack and no costumed gaoler, just the stone bench, the iron ring in the "
        "wall and the names scratched into the door by prisoners in the 1840s.",
        "“We tried the talking mannequins years ago and people laughed at them,” the trust’s volunteer "
        "manager, Alec Ross, told me. “Nobody laughs in there now.”",
        "The courthouse is open from Thursday to Sunday until the end of March.",
    ])

art("cq-lending-questions", "Five questions to ask before lending a painting abroad", "Collections Care Weekly",
    "2026-11-16", ["Petra Holm"], None, [
        "Before any loan agreement is signed, registrars should ask who will pack the work, who will travel "
        "with it, and who pays if a flight is cancelled with the crate already at the airport.",
        "They should ask, too, what the borrower’s galleries are really like in January and July, not what the "
        "facilities report says they are like.",
        "The fourth question is about the building’s neighbours: roadworks, construction and street festivals "
        "have damaged more loans than protesters ever have.",
        "The last question is the simplest and the least asked: does this object need to travel at all, or "
        "would a loan of something sturdier tell the same story?",
    ])

art("lar-photo-biennale", "Lagos photography biennale opens with 90 artists", "Lagos Arts Review",
    "2026-11-27", ["Tunde Afolabi"], "https://lagosartsreview.ng/2026/11/27/lagos-photo-biennale-opens/", [
        "The third Lagos Photography Biennale opened on Friday with work by 90 artists from 31 countries shown "
        "across a former customs warehouse on Apapa Road and eleven smaller venues.",
        "This year’s theme, Salt Water, brings together pictures of fishing communities, port workers and "
        "coastal flooding from Senegal to Bangladesh.",
        "“The sea is the one thing every artist here shares,” said artistic director Ngozi Ekwueme.",
        "The biennale runs until 14 February and entry is free.",
    ])

art("kp-pharmacy-jars", "Kraków pharmacy museum restores 300 apothecary jars", "Kraków Post", "2026-11-08",
    ["Marta Wiśniewska"], None, [
        "Conservators at the Jagiellonian Pharmacy Museum in Kraków have finished restoring 300 painted "
        "apothecary jars after a five-year project paid for by a private foundation.",
        "Many of the faience jars, made in the 17th and 18th centuries, still held traces of their original "
        "contents, which chemists analysed before cleaning them.",
        "“We found theriac, camphor and, in one jar, something nobody has been able to identify yet,” said "
        "head conservator Tomasz Lewandowski.",
        "The jars go back on display in the museum’s reconstructed baroque pharmacy on 1 December.",
    ])

art("lds-intramuros-vault", "Intramuros archive gets climate-controlled vault for colonial maps",
    "Luzon Daily Star", "2026-11-04", ["Paolo Reyes"], None, [
        "The Intramuros archive of Spanish-era documents in Manila has opened a climate-controlled vault for "
        "its collection of about 1,100 colonial maps, many of which had been stored in open metal cabinets.",
        "Humidity in the old storerooms regularly rose above 80 per cent during the rainy season, leaving foxing "
        "and mould on some of the oldest charts.",
        "“We were losing a little of the collection every typhoon season,” said chief archivist Marites "
        "Villanueva.",
        "The 38-million-peso vault was funded by the national heritage commission.",
    ])


# ---------------------------------------------------------------- second-draft additions (inserted paragraphs)
_ADD = {
    "lar-photo-biennale": (3, "Organisers expect about 150,000 visitors, roughly double the number at the first "
                              "edition in 2022, and have added late openings on Fridays for office workers."),
    "lds-intramuros-vault": (3, "Conservators will spend the next two years flattening, cleaning and "
                                "photographing the maps, starting with a set of 18th-century coastal charts of "
                                "Manila Bay that researchers have asked to consult for years."),
    "kp-pharmacy-jars": (3, "The foundation has also paid for new display cases with their own humidity "
                            "controls, after staff noticed that several jars had developed fine cracks in the "
                            "glaze during hot summers."),
    "mnd-museum-night": (3, "Metro trains on three lines ran until 1 a.m. to carry visitors home, and the city "
                            "said no serious incidents were reported."),
    "tl-sunday-closing": (3, "Parents’ groups have started a petition asking the museum to close on a weekday "
                             "morning instead, and it had gathered about 2,300 signatures by Thursday evening."),
    "ac-elmina-museum": (3, "The association hopes the museum will also work as a meeting place, and it has set "
                            "aside a room where fishermen can mend nets in front of visitors."),
    "md-gippsland-photos": (3, "About 400 plates were too badly damaged to save, but volunteers photographed "
                               "every fragment before the glass was packed away."),
    "ac-national-museum": (3, "The refurbishment, paid for by the government and a group of private donors, "
                              "cost about 180 million cedis and was delayed by more than a year by supply "
                              "problems during the pandemic."),
    "de-georgian-ceiling": (3, "The museum, which opened in 2009, welcomed about 40,000 visitors last year, many "
                               "of them school groups."),
    "tl-boiler-failure": (3, "No damage had been confirmed by Friday, but the museum said it would be weeks "
                             "before conservators could be sure."),
}
for _aid, (_i, _p) in _ADD.items():
    ART[_aid]["paras"].insert(_i, _p)

# lightly edited copies: {paragraph index: reworded paragraph}
ART["mtj-insurance"]["edited"] = {
    3: "Several lenders now insist on extra guards or barriers as a condition of cover."}
ART["mnd-museum-night"]["edited"] = {
    2: "“Every year we think it can’t get any bigger, and every year it does,” said the city’s culture "
       "secretary, Rodrigo Almanza."}
ART["po-parish-registers"]["edited"] = {
    1: "The registers, the oldest of which date back to the 1550s, were frozen within hours of the leak to stop "
       "mould, and are now being thawed and dried a batch at a time in borrowed church halls."}

# short forms of the outlet names that copies use
ART["ce-strike"]["extra_outlets"] = ["Clyde Examiner"]
ART["ce-deal"]["extra_outlets"] = ["Clyde Examiner"]
ART["ce-tenement-lift"]["extra_outlets"] = ["Clyde Examiner"]
ART["md-koorie-gallery"]["extra_outlets"] = ["Melbourne Dispatch"]
ART["md-gippsland-photos"]["extra_outlets"] = ["Melbourne Dispatch"]
ART["ce-tenement-lift"]["extra_titles"] = ["Glasgow tenement museum finally installs lift after 20-year access campaign"]
