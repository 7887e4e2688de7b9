# -*- coding: utf-8 -*-
"""The canonical article table of blind26: article shapes that look like furniture or like headers.

Beat: Tacoma and the South Puget Sound, 2-8 December 2026. The (invented) Commencement Bay Ferry District runs
passenger boats between the Foss Waterway, Gig Harbor and Vashon Island and proposes its first fare increase
since 2023; the board votes Thursday 10 December. Around it: letters, obituaries, corrections, prep sports, a
market report, a recipe, a poem. Every story, person, outlet, company and most organisations are invented; places
(and a few public bodies: Tacoma Fire, Tacoma Water, Pierce Transit, the State Auditor) are real.

Outlets (all invented):
  TT   The Tacoma Tideline (tacomatideline.com; obituaries on tributes.tacomatideline.com)
  KHJ  Kitsap Harbor Journal (kitsapharborjournal.com, Bremerton)
  PSBL Puget Sound Business Ledger (psbledger.com), with its "The Closing Bell" e-mail
  SB   Sound Brief (soundbrief.news), a smart-brevity local newsletter, edition "Sound Brief Tacoma"

Paragraph markup (the renderers read it, the gold strips it):
  "## text"        a subhead / label line on its own (listicle subheads, recipe name, box-score period lines)
  "* text"         a bullet (list item)
  "| a | b | c"    a table row (cells); the gold joins the cells with spaces, except in the trafilatura
                   export, which writes markdown-style rows "| a | b | c |"
  "~ text"         a line of agate (box score) kept in a <pre> block
  "/ a / b / c"    a stanza of a poem: lines a, b, c (the gold joins the lines with spaces)
Everything else is an ordinary paragraph. Lead-ins ("Why it matters:"), Q:/A: labels, speaker labels and
timestamps are text and stay in the gold.
"""

ART = {}


def art(aid, outlet, title, date, authors, paras, **kw):
    ART[aid] = dict(outlet=outlet, title=title, date=date, authors=authors, paras=paras, **kw)


TT, KHJ, PSBL, SB = "The Tacoma Tideline", "Kitsap Harbor Journal", "Puget Sound Business Ledger", "Sound Brief"

# ------------------------------------------------------------------ text shared on purpose by distinct articles
# the ferry chief's line, said in the Q&A and again at the council session (transcript)
FARE_LINE = "But the fare has to pay for the boat."
# Cedar Narrows Funeral Chapel's template sentences, in both obituaries (hard negative)
CEDAR_ADDR = "at Cedar Narrows Funeral Chapel, 4410 Harborview Drive, Gig Harbor, with a reception to follow."
# the Closing Bell's table note, every day
TABLE_NOTE = "Closing prices; change from previous close."

# ================================================================== The Tacoma Tideline: letters (Dec. 3 page)
art("tt-letter-fares-1", TT, "Re: Ferry fares", "2026-12-03", ["Doreen Matsuda"], [
    "I ride the Commencement Bay ferry from Gig Harbor to the Foss Waterway five days a week. At $4.50 each way, I "
    "pay $9 a day to get to a job I cannot do from home. The district now wants $12.50.",
    "The staff report calls the increase “modest.” It is 39 percent. My rent did not go up 39 percent, and neither "
    "did my paycheck.",
    "The district says riders cover only 31 percent of the cost of a trip. Then the answer is more riders, not fewer. "
    "Run the boats on time, fix the Dalco Passage so we are not waiting an hour in the October rain, and people will "
    "come back.",
    "Board members, ride the 7:10 a.m. boat before you vote on Dec. 10. Bring exact change.",
], sig="— Doreen Matsuda, Gig Harbor",
    url="https://www.tacomatideline.com/opinion/letters-to-the-editor/article312990417.html")

art("tt-letter-library", TT, "Keep the Fern Hill branch open", "2026-12-03", ["Hal Brandt"], [
    "The library board’s proposal to close the Fern Hill branch on Sundays and Mondays starting in February would "
    "take away the one place in my neighborhood where a kid can sit somewhere warm for free after school.",
    "I have volunteered at the branch’s homework help table for six years. On a weekday afternoon there are 30 or 40 "
    "students there. Many of them walk over from Fern Hill Elementary, and some stay until closing because there is "
    "nobody at home yet.",
    "The board says the cut saves $212,000 a year. The City Council found $2.4 million for new waterfront lighting "
    "this fall. I am not against lights. I am for keeping the ones on at Fern Hill.",
], sig="— Hal Brandt, Tacoma")

art("tt-letter-crosswalk", TT, "A crosswalk before a tragedy", "2026-12-03", ["Yolanda Ames"], [
    "Every morning I watch parents and children cross South 19th Street at Cedar Street without a signal, a crosswalk "
    "or even a painted line. Drivers come down the hill at 40 miles an hour. The speed limit is 25.",
    "Neighbors asked the city for a flashing crosswalk in 2023. We were told it was on the list. In October a boy on "
    "a scooter was clipped by a pickup at that corner. He was lucky. The next child may not be.",
    "Public Works says a rectangular rapid flashing beacon costs about $60,000. Please find it before we are all "
    "standing at a vigil asking why it took so long.",
], sig="— Yolanda Ames, Tacoma")

art("tt-letter-thanks", TT, "Thank you, Station 8", "2026-12-03", ["Bev Kaczmarek", "Ron Kaczmarek"], [
    "On the night before Thanksgiving my husband collapsed in our kitchen. The crew from Tacoma Fire Station 8 was "
    "at our door in six minutes. They were calm, kind and fast, and one of them came back the next week just to ask "
    "how he was doing.",
    "Ron is home and grumbling about his diet, which is how we know he is fine. Thank you.",
], sig="— Bev and Ron Kaczmarek, Ruston")

# ================================================================== letters (Dec. 8 page)
art("tt-letter-fares-2", TT, "Re: Ferry fares", "2026-12-08", ["Arturo Delgado"], [
    "Doreen Matsuda’s Dec. 3 letter is right that $9 a day adds up. I pay it too. But I would rather pay $12.50 than "
    "stand on the Vashon float watching the Dalco Passage limp in an hour late, or not come at all.",
    "The Commencement Bay Ferry District is not a business. The levy voters passed in 2021 bought the boats; it does "
    "not keep them running, and the state grant ends in 2028. Somebody pays for fuel and crews, and the rider who "
    "uses the service is the fairest place to start.",
    "What the board should add is a low-income fare and a monthly pass that actually saves commuters money. Phase it "
    "in if that helps. But do not vote no and call it kindness.",
], sig="— Arturo Delgado, Vashon")

art("tt-letter-poem", TT, "The poet got it right", "2026-12-08", ["Miriam Osei"], [
    "I have ridden the 7:10 boat for four years and never once thought of it as something a poem could be about. "
    "Then I read Imani Okafor-Reyes’ “Crossing” in Sunday’s paper and recognized every person on my deck.",
    "“The mountain is out this morning / and nobody has to pay for that.” I cut it out and taped it to my "
    "refrigerator. Whatever the board decides on Thursday, thank you for printing a poem on a news page.",
], sig="— Miriam Osei, Tacoma")

art("tt-letter-leash", TT, "Leash laws at Titlow", "2026-12-08", ["Greg Lindahl"], [
    "Metro Parks posts “Dogs must be on leash” signs at every entrance to Titlow Park. On any Saturday morning, half "
    "the dogs on the beach trail are not.",
    "Last weekend an off-leash retriever knocked over my 4-year-old granddaughter at the lagoon. The owner shouted "
    "“He’s friendly!” from 50 yards away and kept walking.",
    "I like dogs. I have one. But the rule exists for the people who are afraid of them, and the park district should "
    "enforce it or build a fenced area where dogs can run. Either would be better than signs nobody reads.",
], sig="— Greg Lindahl, Tacoma")

# ================================================================== obituaries (one funeral home's template)
art("tt-obit-holloway", TT, "Margaret Ann “Peggy” Holloway", "2026-12-06", [], [
    "Margaret Ann “Peggy” Holloway, 88, of Gig Harbor passed away peacefully on November 29, 2026, at St. Anthony "
    "Hospital, surrounded by her family.",
    "Peggy was born March 14, 1938, in Aberdeen, Washington, the second of four children of Earl and Ruth (Lindquist) "
    "Sorensen. She graduated from Aberdeen High School in 1956 and earned her teaching certificate in Tacoma in 1960, "
    "the same year she married Donald Holloway, a commercial fisherman she met at a Grange dance.",
    "She taught third grade on the Key Peninsula and in Gig Harbor for 31 years. Generations of students learned "
    "cursive, the state capitals and “Stopping by Woods on a Snowy Evening” from her, and many of them still stopped "
    "her at the Harbor Thriftway to recite it.",
    "After retiring in 1991 she volunteered at the Gig Harbor library, knitted hats for the maternity ward and "
    "rode the first Commencement Bay ferry out of Gig Harbor in June 2019. In her family’s words, she “never once "
    "paid full fare and never once let anyone forget it.”",
    "Donald preceded her in death in 2014. She is survived by her children, Karen (Mark) Eastwood of Olympia and "
    "Thomas (Lisa) Holloway of Gig Harbor; a sister, June Halvorsen of Montesano; seven grandchildren; and three "
    "great-grandchildren.",
    "A celebration of life will be held at 2 p.m. Saturday, Dec. 12, " + CEDAR_ADDR,
    "In lieu of flowers, the family suggests memorial contributions to the Harbor Readers Fund, which buys books for "
    "Peninsula classrooms, or to a charity of your choice.",
], born="1938", died="2026", dates_line="March 14, 1938 - November 29, 2026",
    url="https://tributes.tacomatideline.com/us/obituaries/tacomatideline/name/margaret-holloway-obituary?id=61873305",
    titles=["Margaret Holloway Obituary", "Margaret Holloway Obituary (1938 - 2026) - Gig Harbor, WA"])

art("tt-obit-ng", TT, "Walter Kwok-Wing Ng", "2026-12-05", [], [
    "Walter Kwok-Wing Ng, 85, of Gig Harbor passed away peacefully on December 1, 2026, at home, surrounded by his "
    "family.",
    "Walter was born August 3, 1941, in Hong Kong, the eldest son of Ng Chi-Keung and Lau Mei-Ling. He came to "
    "Seattle in 1960 to study civil engineering at the University of Washington with one suitcase and, as he liked "
    "to say, “two shirts and a slide rule.”",
    "He spent 34 years as a bridge engineer for the Washington State Department of Transportation. He worked on the "
    "inspection of the 1950 Tacoma Narrows Bridge and, in his last years before retiring in 2003, on the design "
    "review of its eastbound twin, which opened in 2007. He never tired of pointing it out from the car.",
    "Walter and his wife, Grace, built a house on Wollochet Bay in 1972 and a sailboat in their garage in 1980. The "
    "boat took six years. The marriage lasted 61.",
    "He is survived by Grace; his children, Daniel Ng of Seattle and Dr. Amy Ng-Foster (Paul) of Portland; a brother, "
    "Henry Ng of Vancouver, B.C.; and five grandchildren, who knew him as the best kite builder on the peninsula.",
    "A celebration of life will be held at 11 a.m. Friday, Dec. 11, " + CEDAR_ADDR,
    "In lieu of flowers, the family suggests memorial contributions to the Gig Harbor Boating Association’s youth "
    "sailing program or to a charity of your choice.",
], born="1941", died="2026", dates_line="August 3, 1941 - December 1, 2026",
    url="https://tributes.tacomatideline.com/us/obituaries/tacomatideline/name/walter-ng-obituary?id=61869942",
    titles=["Walter Ng Obituary", "Walter Ng Obituary (1941 - 2026) - Gig Harbor, WA"])

# ================================================================== the Q&A (Q:/A:), syndicated as Q./A.
art("tt-qa-director", TT,
    "Q&A: The ferry district’s new chief on fares, fixes and a fleet ‘held together with hope’", "2026-12-02",
    ["Renata Ocampo"], [
        "Luis Echevarria started as executive director of the Commencement Bay Ferry District on Nov. 2, five weeks "
        "before its board votes on the first fare increase since 2023. He spent the previous decade running water "
        "taxis in Baltimore’s Inner Harbor.",
        "The Tideline talked with him Monday at the district’s Dock Street office. This interview has been edited for "
        "length and clarity.",
        "Q: You’ve been here a month. What surprised you?",
        "A: How old the boats are. The Narrows Star is 31 years old. Our backup boat, the Dalco Passage, is 38. I’ve "
        "worked on older boats, but not ones that carry 140 people twice an hour. Some days the fleet is held together "
        "with hope.",
        "Q: Will fares go up?",
        "A: Yes.",
        "Q: By how much?",
        "A: The staff proposal is $6.25 for an adult walk-on, up from $4.50. The board can change that, and I expect it "
        "will hear a lot about it on Dec. 10.",
        "Q: Critics say the district is balancing its budget on commuters who have no other way across the water.",
        "A: I understand that. " + FARE_LINE + " Right now fares cover 31 percent of what it costs to run a trip. The "
        "rest is the levy and a state grant, and the grant ends in 2028.",
        "Q: Is the district talking with the Port of Tacoma about taking over the terminal lease?",
        "A: No comment.",
        "Q: Really?",
        "A: Really. There are conversations I can’t have in a newspaper yet.",
        "Q: What would you tell a rider who pays $9 a day now and would pay $12.50?",
        "A: That we are proposing a monthly pass at $150, which is less than she pays today if she rides every "
        "workday. And that I ride the 7:10 a.m. boat most days, so she can tell me herself.",
        "Q: Do you own a car?",
        "A: Yes. It’s parked a lot.",
    ],
    khj_title="Ferry district chief: ‘The fare has to pay for the boat’",
    url="https://www.tacomatideline.com/news/local/transportation/article312941205.html")

# ================================================================== the council transcript excerpt
art("tt-transcript", TT, "Read the exchange: Oduya presses ferry chief on fare math", "2026-12-03",
    ["Marcus Bell"], [
        "Tacoma City Council member Grace Oduya questioned Commencement Bay Ferry District executive director Luis "
        "Echevarria for nearly 20 minutes at Tuesday’s council study session. The council has no vote on fares, but "
        "it passed a resolution on the increase the same evening.",
        "Below is an excerpt, transcribed by The Tideline from the city’s video recording and lightly edited. "
        "Timestamps refer to that recording.",
        "[00:04:12] ODUYA: You said in your memo that fares cover 31 percent of operating costs. Is that before or "
        "after the state grant?",
        "[00:04:20] ECHEVARRIA: Before. The grant is counted on the other side of the ledger.",
        "[00:04:26] ODUYA: So if the grant goes away in 2028, what does the fare have to be?",
        "[00:04:31] ECHEVARRIA: If nothing else changes, about $8.40. Nobody is proposing that.",
        "[00:04:39] ODUYA: Not yet.",
        "[00:04:41] ECHEVARRIA: Not yet. " + FARE_LINE + " I’ve said that to everybody who asked.",
        "[00:05:02] ODUYA: Have you looked at a low-income fare?",
        "[00:05:04] ECHEVARRIA: Yes.",
        "[00:05:05] ODUYA: And?",
        "[00:05:07] ECHEVARRIA: It would cost about $410,000 a year at the participation we’d expect. I don’t have "
        "that money today.",
        "[00:05:19] COUNCIL MEMBER DALE PRUITT: Point of order. We’re past the time for this item.",
        "[00:05:23] DEPUTY MAYOR ANITA ROSS: I’ll allow two more minutes.",
        "[00:05:27] ODUYA: Last question. Will you commit to bringing the board a low-income fare before any increase "
        "takes effect?",
        "[00:05:35] ECHEVARRIA: I’ll commit to bringing them the numbers.",
        "The council then voted 6-3 for a nonbinding resolution asking the district to phase in any increase over two "
        "years. The district board is scheduled to vote Dec. 10.",
    ], url="https://www.tacomatideline.com/news/local/politics-government/article312968830.html")

# ================================================================== the timeline (date-led lines)
art("tt-timeline", TT, "How we got here: the fight over ferry fares on Commencement Bay", "2026-12-04",
    ["Renata Ocampo"], [
        "The Commencement Bay Ferry District board votes Thursday, Dec. 10, on raising the adult walk-on fare for the "
        "first time since its passenger boats began stopping at Vashon Island. Here is how the fight got here.",
        "June 2019 — The district launches passenger-only service between the Foss Waterway and Gig Harbor with one "
        "leased boat. An adult walk-on fare is $3.",
        "March 2021 — Voters in the district approve a property tax levy, 54 percent to 46 percent, to buy two boats "
        "and add a Vashon Island stop.",
        "Sept. 2023 — The fare rises to $4.50 when the Vashon stop opens. The district promises to review fares every "
        "three years.",
        "Aug. 14, 2025 — The state approves a $6.2 million operating grant that runs through June 2028.",
        "Oct. 2026 — The backup boat, the 38-year-old Dalco Passage, is out of service for 19 days with a cracked "
        "shaft. Boats run hourly instead of every half hour.",
        "Nov. 2, 2026 — Luis Echevarria starts as executive director.",
        "Nov. 18, 2026 — District staff propose raising the adult fare to $6.25 and adding a $150 monthly pass.",
        "Dec. 1, 2026 — The Tacoma City Council votes 6-3 for a nonbinding resolution asking the district to phase in "
        "any increase over two years.",
        "## What happens next",
        "Monday, 9 a.m.: Written public comment closes.",
        "Thursday, 5:30 p.m.: The board meets at the Foss Waterway terminal. Public testimony is limited to two "
        "minutes a speaker.",
        "Jan. 4, 2027: The earliest date a new fare could take effect.",
        "Comments can be sent to the district board by email at board@cbferry.org or by mail to 1510 Dock St., Tacoma, "
        "WA 98402.",
    ], url="https://www.tacomatideline.com/news/local/transportation/article313040112.html")

# ================================================================== the corrections box
art("tt-corrections", TT, "Corrections and clarifications", "2026-12-04", [], [
    "A story on Page A1 Wednesday about the Commencement Bay Ferry District’s proposed fares misstated the increase "
    "for seniors and youths. Their fare would rise from $2.25 to $3.10, not to $3.50.",
    "A Dec. 1 obituary for Harold Lindgren gave the wrong time for his memorial service. It is at 11 a.m. Saturday, "
    "Dec. 12, at Sixth Avenue Lutheran Church.",
    "A photo caption on Page B3 Tuesday misidentified a Lincoln High School volleyball player. She is junior Amara "
    "Keita.",
    "A Dec. 2 story about the Foss Harbor Art Museum’s dispute with muralist Kenji Sato gave the wrong date for the "
    "museum’s letter. It was sent Nov. 20, not Nov. 12.",
], url="https://www.tacomatideline.com/news/corrections/article313041876.html")

# ================================================================== the listicle (numbered subheads)
art("tt-listicle", TT, "5 things coming to Tacoma’s waterfront in 2027", "2026-12-03", ["Aileen Park"], [
    "Tacoma’s waterfront has been a construction zone for most of 2026. Next year, some of it finally opens. Here is "
    "what to watch for, in rough order of arrival.",
    "## 1. The ferry terminal",
    "The Commencement Bay Ferry District’s $28 million Foss Waterway terminal is scheduled to open Jan. 4, with a "
    "covered waiting hall for 200 people, a second float and a bike room. The district has warned that a late "
    "inspection could push the date back.",
    "## 2. The Dock Street market hall",
    "A former marine supply warehouse at Dock Street and South 15th Street is being turned into a food hall with 14 "
    "stalls, most of them run by Tacoma restaurateurs. The developer, Foss Commons LLC, expects a spring opening.",
    "## 3. A longer esplanade",
    "The paved walk along the east side of the Thea Foss Waterway will gain 1,100 feet, closing the gap near the old "
    "municipal dock so that walkers can go from the 11th Street Bridge to the waterway’s south end without detouring "
    "onto Dock Street.",
    "## 4. Public moorage",
    "Forty guest slips for small boats will open at the head of the waterway in June, with a four-hour limit and a "
    "$10 day rate. Kayaks and paddleboards launch free from a new dock beside them.",
    "## 5. A waterfront bus loop",
    "Pierce Transit plans a free weekend shuttle linking the Tacoma Dome Station, the ferry terminal, Old Town and "
    "Point Ruston from Memorial Day to Labor Day, if the agency’s board approves the $380,000 pilot in February.",
], url="https://www.tacomatideline.com/news/local/article312962251.html")

# ================================================================== the poem in a culture story
art("tt-poem", TT, "Tacoma’s poet laureate wrote the ferry a poem. Here it is.", "2026-12-06",
    ["Jolene Whitfield"], [
        "Imani Okafor-Reyes, Tacoma’s poet laureate, read a new poem at the Foss Waterway float on Saturday morning to "
        "about 60 commuters, a deckhand and three gulls that did not stay for the end.",
        "The Commencement Bay Ferry District paid her $500 for the poem, which will be etched into a bench in the new "
        "terminal when it opens. It is printed here in full with her permission.",
        "## Crossing",
        "## for the riders of the Commencement Bay boats",
        "/ the water keeps its own counsel / gray on gray at seven ten / a boat comes out of the fog / like a thought "
        "you almost had",
        "/ we stand in our coats / not speaking / holding paper cups / holding the rail",
        "/ somebody’s kid points at a seal / and forty grown people turn / the way a field of grass turns / when the "
        "wind says so",
        "/ four fifty six twenty five / whatever it costs / the mountain is out this morning / and nobody has to pay "
        "for that",
        "Okafor-Reyes said she wrote it in one sitting on the 6:40 boat from Gig Harbor. Asked whether the last stanza "
        "was a comment on the fare proposal, she said: “It’s a poem. It’s allowed to notice things.”",
        "She is the city’s fourth poet laureate and holds the post through 2027.",
    ], url="https://www.tacomatideline.com/entertainment/arts-culture/article313071944.html")

# ================================================================== briefs: a standalone one, and a full story with its brief
art("tt-brief-pacific", TT, "Pacific Avenue lanes to close Saturday for water main work", "2026-12-04", [], [
    "Tacoma Water crews will close the southbound lanes of Pacific Avenue between South 38th and South 56th streets "
    "from 6 a.m. to 4 p.m. Saturday to replace a water main laid in 1928, the utility said Thursday. Northbound lanes "
    "stay open, and Route 1 buses will detour via South Tacoma Way. About 40 businesses may lose water for up to three "
    "hours.",
], url="https://www.tacomatideline.com/news/local/article313036508.html")

art("tt-fire", TT, "Two-alarm fire guts vacant Hilltop warehouse; MLK Way closed for hours", "2026-12-03",
    ["Sam Okonkwo"], [
        "A two-alarm fire gutted a vacant brick warehouse in Tacoma’s Hilltop neighborhood late Wednesday, sending a "
        "column of smoke over downtown and closing Martin Luther King Jr. Way for more than five hours.",
        "No one was injured. Crews were called to the building at South 11th Street at 10:42 p.m. and had the fire "
        "under control by 1:15 a.m. Thursday, Battalion Chief Ellen Saar said.",
        "The roof and the second floor collapsed within the first hour, Saar said, and firefighters fought the blaze "
        "from the outside with ladder trucks. About 60 firefighters from six stations responded.",
        "The 1912 building housed a bakery for most of the last century and has been empty since 2019. Its owner, a "
        "Seattle investment company, had applied in August for a permit to demolish it and build apartments.",
        "Neighbors said people had been sleeping in the building in recent weeks. “We called about it twice in "
        "November,” said Loretta Banks, who lives across the street. “Nobody came until it was on fire.”",
        "The cause is under investigation. Martin Luther King Jr. Way reopened at about 4 a.m., but the sidewalk on "
        "the building’s side will stay closed while engineers decide whether the walls must come down.",
    ], brief_keep=2, brief_title="Fire guts vacant Hilltop warehouse",
    url="https://www.tacomatideline.com/news/local/crime/article312975530.html")

# ================================================================== "All rights reserved," the lawyer wrote
art("tt-museum", TT, "Museum tells muralist to paint over its tower", "2026-12-02", ["Jolene Whitfield"], [
    "The Foss Harbor Art Museum has told Tacoma muralist Kenji Sato to paint over part of a 60-foot mural on a "
    "Jefferson Avenue parking garage because it shows the museum’s copper-clad tower without permission.",
    "Sato, 34, finished the mural in September with a $15,000 grant from a downtown business group. It shows a family "
    "of river otters climbing the tower, which the museum says is a registered trademark.",
    "“All rights reserved,” the museum’s lawyer wrote at the bottom of a Nov. 20 letter to Sato, under a photograph "
    "of the mural with the tower circled in red.",
    "The letter gives Sato until Jan. 15 to “remove or materially alter” the image or face a lawsuit.",
    "“It’s a building. People look at it. I painted what I see from my window,” Sato said Tuesday. He said he had no "
    "plans to change the mural.",
    "Museum director Harriet Voigt said the museum supports public art but has to defend its marks. “If we don’t "
    "object here, we can’t object when someone puts our tower on a T-shirt,” she said.",
    "Buildings that can be seen from public places can generally be painted and photographed without the owner’s "
    "permission under federal copyright law, said Anand Rao, a Seattle intellectual property attorney who is not "
    "involved in the dispute. Trademark claims over buildings are rarer and less settled, he said.",
    "The garage’s owner, Jefferson Parking LLC, said it would leave the mural up.",
], url="https://www.tacomatideline.com/news/local/arts-culture/article312944718.html",
    amp_url="https://www.tacomatideline.com/news/local/arts-culture/article312944718.html/amp")

# ================================================================== "Subscribe now," the mayor joked
art("tt-mayor", TT, "Tacoma library puts 130 years of local newspapers online", "2026-12-05", ["Marcus Bell"], [
    "Anyone with a Tacoma Public Library card can now read more than 1.2 million pages of Tacoma newspapers, from an "
    "1883 weekly to the Tideline’s own editions through 2005, on the library’s website, the library announced Friday.",
    "The $1.8 million digitization project took four years and was paid for mostly by a federal grant and a bequest "
    "from a retired history teacher, library director Rosa Delacroix-Hunt said.",
    "At a ceremony at the main library downtown, Mayor Celeste Arnaud held up a laminated copy of the front page of "
    "Dec. 5, 1896, which reported a fire on the waterfront and a steamer overdue from Alaska.",
    "“Subscribe now,” the mayor joked, to laughter from about 80 people. “Some of these stories are 130 years old "
    "and they still read like this week.”",
    "The collection can be searched by keyword, and pages can be downloaded as images or as text produced by optical "
    "character recognition, which Delacroix-Hunt warned is “about 90 percent right on a good day.”",
    "Volunteers corrected the text of 40,000 of the most-requested pages by hand, including every front page from "
    "both world wars. Genealogists were the heaviest users in a test run this fall, followed by high school students "
    "writing history papers.",
    "Editions after 2005 are not included because of licensing agreements, she said. The library hopes to add the "
    "Tideline’s 2006-2015 editions next year.",
], url="https://www.tacomatideline.com/news/local/article313055160.html")

# ================================================================== Kitsap Harbor Journal
art("khj-sports", KHJ, "Olalla Bay rallies past Chehalis Valley, heads to 2A state title game", "2026-12-05",
    ["Devin Tran"], [
        "TACOMA — Kai Nakamura ran for two fourth-quarter touchdowns, and Olalla Bay rallied from a 24-17 deficit to "
        "beat Chehalis Valley 31-24 in a Class 2A state semifinal Friday night at Lincoln Bowl.",
        "The Pilots (13-0) will play Selah Ridge for the state title at 4 p.m. Saturday, Dec. 12, at the Tacoma Dome. "
        "It is the school’s first trip to a title game since 1998.",
        "Nakamura finished with 141 yards on 22 carries. His 3-yard run with 5:58 left tied the game, and his 38-yard "
        "run with 1:12 left won it.",
        "“We told them at halftime, nobody in this building thinks we’re coming back,” Olalla Bay coach Rick Fifita "
        "said. “That’s fine. We don’t need them to.”",
        "Chehalis Valley (11-2) led 17-14 at halftime behind quarterback Jace Whitaker, who threw for 212 yards and two "
        "touchdowns. Safety Malik Odom’s interception at the Chehalis Valley 30 set up the winning drive.",
        "~ OLALLA BAY 31, CHEHALIS VALLEY 24",
        "~ Chehalis Valley 7 10 7 0 — 24",
        "~ Olalla Bay 0 14 3 14 — 31",
        "~ First quarter",
        "~ CV — Boone 12 pass from Whitaker (Ortiz kick), 6:41",
        "~ Second quarter",
        "~ OB — Nakamura 3 run (Lauer kick), 11:02",
        "~ CV — Ortiz 27 FG, 7:15",
        "~ OB — Pele 44 pass from Haugen (Lauer kick), 2:10",
        "~ CV — Boone 8 pass from Whitaker (Ortiz kick), 0:31",
        "~ Third quarter",
        "~ OB — Lauer 31 FG, 8:20",
        "~ CV — Whitaker 2 run (Ortiz kick), 3:05",
        "~ Fourth quarter",
        "~ OB — Nakamura 3 run (Lauer kick), 5:58",
        "~ OB — Nakamura 38 run (Lauer kick), 1:12",
        "~ INDIVIDUAL LEADERS",
        "~ Rushing — OB: Nakamura 22-141, Haugen 6-18. CV: Whitaker 9-44, Dunn 11-39.",
        "~ Passing — OB: Haugen 11-19-0, 164. CV: Whitaker 17-28-1, 212.",
        "~ Receiving — OB: Pele 4-81, Sorensen 3-40. CV: Boone 7-103, Dunn 4-52.",
    ], url="https://kitsapharborjournal.com/sports/olalla-bay-rallies-past-chehalis-valley-heads-to-2a-state-title-game/")

art("khj-standings", KHJ, "Keyport, Seabeck unbeaten after first week of Hood Canal League play", "2026-12-07",
    ["Devin Tran"], [
        "Keyport and Seabeck are the only unbeaten girls basketball teams left in the Hood Canal League after the first "
        "full week of the season, and they meet for the first time Friday in Seabeck.",
        "Keyport beat Manette 58-41 on Friday behind 22 points from sophomore guard Ava Mercado, who also had six "
        "steals. Seabeck has won three straight since a season-opening loss to Class 3A Peninsula West.",
        "Hood Canal and Kitsap Narrows are still looking for their first league wins. Kitsap Narrows has lost three "
        "games by a combined 11 points.",
        "## Hood Canal League girls basketball standings",
        "| Team | League | Overall",
        "| Keyport | 2-0 | 3-0",
        "| Seabeck | 2-0 | 3-1",
        "| Manette | 1-1 | 2-1",
        "| Silverdale Central | 1-1 | 1-2",
        "| Hood Canal | 0-2 | 1-2",
        "| Kitsap Narrows | 0-2 | 0-3",
        "## This week’s games",
        "Tuesday, Dec. 8: Manette at Hood Canal, 7 p.m.; Kitsap Narrows at Silverdale Central, 7:15 p.m.",
        "Friday, Dec. 11: Keyport at Seabeck, 7 p.m.; Silverdale Central at Manette, 7 p.m.",
        "Saturday, Dec. 12: Hood Canal at Kitsap Narrows, 2:30 p.m.",
    ], url="https://kitsapharborjournal.com/sports/keyport-seabeck-unbeaten-after-first-week-of-hood-canal-league-play/")

art("khj-recipe", KHJ, "Grandma Dot’s crab cakes are how one Bremerton family starts Christmas Eve", "2026-12-02",
    ["Lorna Pritchett"], [
        "Dorothy “Dot” Kalani has made crab cakes on Christmas Eve for 51 years, first in a Navy rental in Manette and, "
        "for the past 30, in the same East Bremerton kitchen where four generations now crowd around the stove.",
        "The recipe came from her mother-in-law, who bought crab off the boats in Port Orchard, and it has changed "
        "exactly once: in 1998 a grandson talked her into panko. “He was right,” Kalani, 84, said. “Don’t tell him.”",
        "The secret, she says, is less of everything except crab. “If you can taste the bread crumbs, you made a bread "
        "cake.”",
        "She buys whole Dungeness from a Poulsbo fish counter on the morning of Dec. 24 and picks it herself at the "
        "kitchen table while the great-grandchildren steal the claw meat. She gave us her recipe on one condition: "
        "that we print the part about the bread crumbs.",
        "## DOT’S DUNGENESS CRAB CAKES",
        "## Makes 8 cakes",
        "* 1 pound Dungeness crab meat, picked over for shell",
        "* 1/3 cup mayonnaise",
        "* 1 large egg, beaten",
        "* 1 tablespoon Dijon mustard",
        "* 2 teaspoons Worcestershire sauce",
        "* 1 teaspoon grated lemon zest plus 1 tablespoon juice",
        "* 2 green onions, thinly sliced",
        "* 3/4 cup panko, divided",
        "* 1/4 teaspoon cayenne",
        "* 2 tablespoons butter and 2 tablespoons neutral oil, for frying",
        "* Lemon wedges, for serving",
        "In a bowl, whisk the mayonnaise, egg, mustard, Worcestershire, lemon zest and juice, and cayenne. Fold in the "
        "crab, green onions and 1/4 cup of the panko with a rubber spatula, keeping the crab in lumps.",
        "Shape into 8 cakes about 3/4 inch thick. Coat lightly in the remaining panko and refrigerate on a sheet pan "
        "for at least 30 minutes, or up to 4 hours.",
        "Heat the butter and oil in a large skillet over medium heat. Fry the cakes 4 minutes a side, until deep golden. "
        "Serve hot with lemon wedges.",
    ], url="https://kitsapharborjournal.com/food/grandma-dots-crab-cakes-christmas-eve-bremerton/")

art("khj-audit", KHJ, "State audit questions $1.4 million in Port of Dyes Inlet contracts", "2026-12-04",
    ["Caleb Summers"], [
        "A state audit released Thursday found that the Port of Dyes Inlet awarded $1.4 million in maintenance "
        "contracts over three years without competitive bids, two of them to a company owned by a relative of a port "
        "employee.",
        "The State Auditor’s Office said the port, which runs a marina and a small industrial park in Silverdale, could "
        "not show that it got fair prices for dock repairs, dredging and a new fuel system between 2022 and 2025.",
        "Port Executive Director Wade Holcomb said in a written response that the port “takes the findings seriously” "
        "and adopted a new purchasing policy in October. The employee whose relative owned the company no longer works "
        "for the port, he said.",
        "Former port commissioner Linda Marsh, who lost her seat in 2023 after raising questions about the contracts, "
        "said the audit vindicated her.",
        "“Follow the money,” she said. “That’s all I ever asked anyone to do, and for two years the answer was that I "
        "didn’t understand how ports work.”",
        "The audit found no evidence of fraud and did not recommend a criminal referral, but it said the port should "
        "consider trying to recover overpayments on the fuel system, which cost about $310,000 more than similar "
        "systems at two nearby marinas.",
        "Commission President Dale Ostrander said the board would hire an outside firm to review every contract over "
        "$50,000 since 2021.",
    ], url="https://kitsapharborjournal.com/news/state-audit-questions-1-4-million-in-port-of-dyes-inlet-contracts/")

# ================================================================== Puget Sound Business Ledger
art("psbl-markets-1203", PSBL, "Stocks edge higher as retailers rally; Sound Freight jumps 2.8%", "2026-12-03",
    ["Hannah Voss"], [
        "U.S. stocks rose modestly Thursday as shares of retailers climbed on strong early holiday sales figures, and "
        "the Dow Jones Industrial Average closed at a record for the second time this week.",
        "Among local companies, Sound Freight Lines gained 2.8 percent after the Tacoma trucking and drayage firm said "
        "it had won a three-year contract to move containers for a Port of Tacoma terminal operator. Rainier Biologics "
        "fell 5.1 percent after the Bothell drug developer postponed a data presentation to January.",
        "Treasury yields were little changed, with the 10-year note at 4.21 percent.",
        "| Index | Close | Change",
        "| Dow | 48,213.55 | +0.4%",
        "| S&P 500 | 6,912.30 | +0.3%",
        "| Nasdaq | 23,480.12 | +0.6%",
        "| Russell 2000 | 2,512.88 | -0.2%",
        "## Stocks of local interest",
        "| Company | Close | Change",
        "| Cascade Timberlands (CTIM) | 41.18 | +1.2%",
        "| Narrows Bancorp (NRWB) | 27.65 | -0.4%",
        "| Sound Freight Lines (SFL) | 63.02 | +2.8%",
        "| Rainier Biologics (RBIO) | 12.44 | -5.1%",
        "| Harbor Ridge Software (HRSW) | 88.90 | +0.7%",
        TABLE_NOTE,
    ], url="https://www.psbledger.com/markets/2026/12/03/stocks-edge-higher-retailers-rally-sound-freight-jumps")

art("psbl-markets-1204", PSBL, "Stocks slip as bond yields climb; Rainier Biologics extends slide", "2026-12-04",
    ["Hannah Voss"], [
        "U.S. stocks fell Friday as Treasury yields rose after a stronger-than-expected jobs report, ending a "
        "three-day winning streak for the Dow Jones Industrial Average.",
        "Rainier Biologics lost another 3.9 percent, bringing its two-day decline to nearly 9 percent, as two analysts "
        "cut their price targets after the company delayed its data presentation. Narrows Bancorp rose 1.1 percent; "
        "banks tend to benefit when longer-term rates rise.",
        "The 10-year Treasury yield climbed to 4.32 percent from 4.21 percent.",
        "| Index | Close | Change",
        "| Dow | 47,988.10 | -0.5%",
        "| S&P 500 | 6,871.05 | -0.6%",
        "| Nasdaq | 23,301.77 | -0.8%",
        "| Russell 2000 | 2,498.40 | -0.6%",
        "## Stocks of local interest",
        "| Company | Close | Change",
        "| Cascade Timberlands (CTIM) | 40.72 | -1.1%",
        "| Narrows Bancorp (NRWB) | 27.95 | +1.1%",
        "| Sound Freight Lines (SFL) | 62.80 | -0.3%",
        "| Rainier Biologics (RBIO) | 11.95 | -3.9%",
        "| Harbor Ridge Software (HRSW) | 87.15 | -2.0%",
        TABLE_NOTE,
    ])

art("psbl-label", PSBL, "State sues Fife company over ‘sea moss’ gummies sold as a pet supplement", "2026-12-07",
    ["Arun Mehta"], [
        "The Washington Attorney General’s Office sued a Fife company Monday, accusing it of marketing “sea moss” "
        "gummies to people as a cold remedy while labeling them as a pet supplement to avoid food-safety rules.",
        "The complaint, filed in Pierce County Superior Court, says Tidewell Naturals LLC sold about 180,000 jars of "
        "the gummies online and at farmers markets from 2024 through this fall, at $24.99 a jar.",
        "The label reads: “Not for human consumption.”",
        "But the company’s social media ads showed people eating the gummies, and its website promised they would "
        "“support immune health all winter,” according to the complaint. State testing found lead in three of five "
        "jars at levels above federal guidance for children’s foods.",
        "Tidewell co-owner Brandon Kessel said in an email that the company “has always followed the law” and that the "
        "advertisements were posted by independent resellers it does not control.",
        "The state is seeking civil penalties of up to $7,500 per violation under the Consumer Protection Act and "
        "refunds for buyers. Products sold for animals face fewer federal requirements than dietary supplements for "
        "people, and regulators say some sellers have started using pet labels as a loophole.",
    ], url="https://www.psbledger.com/retail/2026/12/07/state-sues-fife-company-sea-moss-gummies-pet-supplement")

# ================================================================== Sound Brief (smart brevity)
art("sb-whatweknow", SB, "What we know about the ferry fare hike", "2026-12-03", ["Nadia Farrow"], [
    "The Commencement Bay Ferry District’s board votes next Thursday on its first fare increase in more than three "
    "years.",
    "Why it matters: About 2,300 people a day ride the passenger boats between the Foss Waterway, Gig Harbor and "
    "Vashon, and many have no practical alternative at rush hour.",
    "Driving the news: District staff want to raise the adult walk-on fare from $4.50 to $6.25 starting Jan. 4.",
    "By the numbers:",
    "* Fares cover 31% of the cost of a trip, per the district.",
    "* A $6.2 million state operating grant runs out in June 2028.",
    "* The proposed monthly pass would cost $150, the price of 12 round trips at the new fare.",
    "* Senior and youth fares would rise from $2.25 to $3.10.",
    "Between the lines: The Tacoma City Council has no say over fares, but its 6-3 vote Tuesday for a two-year "
    "phase-in gives board members political cover to slow the increase.",
    "What they’re saying: “It’s a tax on the people who can least avoid it,” Gig Harbor commuter Dana Whitcomb told "
    "Sound Brief.",
    "The other side: “The fare has to pay for the boat,” executive director Luis Echevarria told the Tacoma Tideline "
    "this week.",
    "What’s next: Written comment closes Monday at 9am. The board meets at 5:30pm Thursday at the Foss Waterway "
    "terminal.",
], web_edit={11: "What’s next: Written comment closes Monday at 9am. The board meets at 5:30pm Thursday at the Foss "
                 "Waterway terminal; sign-ups to testify open at 5pm."},
    email_title="1 big thing: What we know about the ferry fare hike",
    url="https://soundbrief.news/tacoma/2026/12/03/ferry-fare-hike-what-we-know")

art("sb-ramos", SB, "5 questions for the ferry’s longest-serving deckhand", "2026-12-03", [], [
    "Tess Ramos has worked the deck of the Commencement Bay ferries since the first sailing in June 2019 — longer "
    "than anyone else on the crew. Sound Brief caught her between runs at the Gig Harbor float. Answers are edited "
    "for length.",
    "SOUND BRIEF: What’s the job, really?",
    "RAMOS: Lines, ramps, people. Mostly people. I know about 300 regulars by name and maybe 40 by their coffee order.",
    "SOUND BRIEF: Ever get seasick?",
    "RAMOS: Yes. Twice, both in February.",
    "SOUND BRIEF: What do riders get wrong?",
    "RAMOS: They think the boat waits. The boat does not wait.",
    "SOUND BRIEF: What do you think of the fare increase?",
    "RAMOS: No comment. I like my job.",
    "SOUND BRIEF: Best thing you’ve seen from the deck?",
    "RAMOS: An orca breaching off Point Defiance at 7 in the morning, with 90 commuters screaming like kids. Nobody "
    "looked at a phone for ten minutes.",
], url="https://soundbrief.news/tacoma/2026/12/03/ferry-deckhand-tess-ramos-5-questions")

art("sb-terminal", SB, "Foss ferry terminal opening slips to February", "2026-12-08", [], [
    "The Commencement Bay Ferry District’s new Foss Waterway terminal won’t open until at least mid-February, "
    "executive director Luis Echevarria told board members Monday.",
    "Why it matters: The $28 million terminal was supposed to open Jan. 4 — the same day a fare increase could take "
    "effect — and riders were promised a covered waiting hall in return.",
    "Driving the news: A state inspection last week found that welds on the new steel gangway’s hinge assembly did "
    "not match the approved drawings.",
    "* The contractor, Quartermaster Marine Builders, must cut out and redo the welds, Echevarria said.",
    "* The district won’t pay for the rework, he said.",
    "Between the lines: Board members who want to delay the fare increase now have a new argument: riders would pay "
    "more while still waiting on the old float in the rain.",
    "By the numbers: The terminal is 94% complete, per the district’s latest report. It has cost $1.9 million more "
    "than budgeted.",
    "What’s next: The board votes on fares Thursday at 5:30pm. A new opening date is expected by Jan. 15.",
], url="https://soundbrief.news/tacoma/2026/12/08/foss-ferry-terminal-opening-delayed-february")

art("sb-renters", SB, "Pierce County asks renters for their stories", "2026-12-08", [], [
    "Pierce County’s human services department launched a campaign Monday asking renters to describe rent increases, "
    "unanswered repair requests and move-out charges.",
    "“Share your story with us,” the campaign urges residents on posters going up this week at bus stops, laundromats "
    "and 12 library branches, in English, Spanish, Vietnamese, Korean, Russian and Ukrainian.",
    "Why it matters: The county council is weighing a rental registry and a cap on move-in fees next year, and "
    "members say they have heard mostly from landlords.",
    "How it works: Renters can fill out a web form, call a hotline or drop a paper card in a box at a library. Names "
    "are optional.",
    "What’s next: The council’s housing committee gets a summary of the responses in March.",
], url="https://soundbrief.news/tacoma/2026/12/08/pierce-county-renters-share-your-story-campaign")
