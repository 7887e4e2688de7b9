# -*- coding: utf-8 -*-
"""Canonical texts of the blind5 articles: municipal water utilities (lead service lines, rates,
PFAS, main breaks, boil orders, reservoirs, meters) in the US Midwest, Yorkshire and western
Germany, 4-17 March 2025.

Every story, person, organisation, figure and quote is invented (places are real). Paragraphs
use typographic quotes; each renderer re-typesets them as its format would.
"""
ART = {}


def art(aid, title, paras, **kw):
    ART[aid] = dict(title=title, paras=paras, **kw)


# ---------------------------------------------------------------- shared passages
# a long quote used by two different stories (dl-lead-lines, tt-toledo-lead): hard negative
OKAFOR_Q = ("“The federal money is a down payment, not the whole bill. Every city that has done a real inventory "
            "has found more lead than it expected, and the ones that wait for another round of grants will find the "
            "price has gone up again while the pipes stay in the ground,” said Renata Okafor, policy director at the "
            "Midwest Water Utilities Council.")
# background paragraph shared by two Dubuque Ledger stories of the same night
DBQ_BG = ("City water staff estimate that 4,870 homes are still connected to the main by lead pipe, most of them in "
          "the North End and around Washington Park. The inventory, finished in January, found 1,100 more lead lines "
          "than the utility expected.")
# Rock Island boil-order template paragraphs
QC_RES = ("Residents in the affected area should boil water for at least one minute before drinking, cooking or "
          "brushing teeth. Bottled water is available at the Martin Luther King Jr. Community Center from 8 a.m. to "
          "7 p.m.")
QC_MAP = ("A map of the advisory area is on the city’s website. Questions can be directed to the water division at "
          "309-555-0142.")
# reservoir report note (German)
TS_NOTE = ("Hinweis: Alle Werte sind vorläufig und beziehen sich auf 7 Uhr am Stichtag. Aktuelle Daten veröffentlicht "
           "der Talsperrenverband täglich auf seiner Internetseite.")

# ================================================================ Iowa / Illinois / Wisconsin ...
art("dl-lead-lines", "Dubuque council backs $38 million plan to replace lead service lines", [
    "The Dubuque City Council voted 6-1 on Monday night to borrow up to $38 million to replace every known lead "
    "service line in the city by the end of 2031, four years sooner than federal rules require.",
    DBQ_BG,
    "Under the plan, the city will pay for the whole replacement, including the part of the line on private "
    "property, which has usually been billed to the homeowner. Crews will work block by block to keep the cost per "
    "line near $7,800.",
    OKAFOR_Q,
    "Council member Greg Lutz, who cast the only vote against, said he supported the goal but not the borrowing. "
    "“We are asking ratepayers to carry thirty years of debt for a seven-year project,” he said.",
    "The first 600 replacements are scheduled for this summer. Residents can check whether their address is on the "
    "list using a lookup tool on the city’s website.",
])

art("dl-rates-budget", "Dubuque water bills to rise 4 percent as lead work ramps up", [
    "Dubuque water customers will pay about 4 percent more from July under the budget the city council approved on "
    "Monday, the same night it endorsed borrowing for a citywide lead line replacement program.",
    DBQ_BG,
    "The increase will add about $1.90 a month to a typical residential bill. Sewer rates will rise by 3 percent, "
    "and the monthly stormwater fee will stay at $9.10.",
    "Budget director Alan Kessler said the water increase covers debt payments on the first phase of lead work and "
    "higher chemical costs, which rose 22 percent over the past two years.",
])

art("tt-toledo-lead", "Toledo’s lead pipe count jumps as inventory reaches older suburbs", [
    "Toledo’s public utilities department now believes 31,400 service lines in its system contain lead or "
    "galvanized steel, nearly 6,000 more than it reported to the state a year ago.",
    "The increase comes mostly from Maumee and Ottawa Hills, suburbs that buy water from Toledo and whose records "
    "were checked for the first time this winter. In Ottawa Hills, crews digging test holes found lead at 58 of the "
    "first 70 addresses.",
    "The department has received $21 million in federal loans and forgiveness so far, enough for about 2,500 "
    "replacements at current prices.",
    OKAFOR_Q,
    "Toledo’s director of public utilities, Anita Grove, said the city would ask council in April for a rate "
    "surcharge of $4 a month dedicated to lead work.",
])

art("pbn-leeds-burst", "Leeds burst main leaves 9,000 homes without water", [
    "About 9,000 homes in west Leeds were left without running water on Wednesday after a 30-inch trunk main burst "
    "beneath Kirkstall Road.",
    "Airedale Water said the pipe, laid in 1938, split shortly before 05:00 GMT, flooding part of the road and "
    "forcing the closure of the A65 in both directions.",
    "Bottled water stations were opened at Kirkstall Leisure Centre and at a supermarket car park in Bramley, where "
    "queues formed before 08:00.",
    "“We know how difficult this is for families, particularly those with young children or with medical needs,” "
    "said the company’s operations director, Priya Sandhu. “Our teams are working to restore supplies as quickly as "
    "it is safe to do so.”",
    "The company said customers on its priority services register would have water delivered to their door.",
    "Supplies to most homes were expected to return by late evening, although the company warned that water might "
    "be discoloured for a short time.",
    "Leeds City Council said the road was likely to stay closed until Friday.",
])

art("ud-pfas-grants", "Small towns face a PFAS bill the grants won’t cover", [
    "STANDFIRST",
    "When the village of Lone Rock, Wisconsin, tested its two wells last spring, both came back above the new "
    "federal limit for PFOA. The engineering estimate for a treatment building with granular activated carbon was "
    "$4.6 million, for a system with 412 connections.",
    "The state’s emerging contaminants grant covered $1.2 million. The rest, spread over a 30-year loan, would add "
    "roughly $38 a month to every household bill.",
    "Lone Rock is not unusual. Of the 231 Wisconsin systems that reported a PFAS exceedance by February, 164 serve "
    "fewer than 3,300 people, according to an analysis of state data by Utility Desk.",
    "“The grant formulas reward systems that have an engineer on staff to write applications,” said Marcy Olund, "
    "who runs the Wisconsin Rural Water Association’s technical assistance program. “The smallest towns have a "
    "part-time operator who is also plowing the streets.”",
    "Some villages are looking at a cheaper option: drilling a new well into a deeper aquifer, which Lone Rock’s "
    "engineers say could cost under $1 million if the deeper water proves clean.",
    "Federal compliance for PFOA and PFOS is due in 2029, though the EPA said in February that it may extend the "
    "deadline.",
], standfirst="Treatment plants for ‘forever chemicals’ are being priced for cities. Towns of 2,000 people are "
              "getting the same bill.")

art("jm-rates", "Why our water rates are going up 18 percent", [
    "Next month the water bill for a typical Janesville household will rise from $41.20 to $48.60 a month. I voted "
    "for that increase, and because I have spent the past week answering messages about it, I want to lay out why.",
    "First, the plant. Our treatment plant on the Rock River was built in 1969 and its filters were last rebuilt in "
    "1994. Two of the six are now out of service more often than they are in. Rebuilding them is $14 million we "
    "cannot avoid.",
    "Second, the mains. We replace about 0.4 percent of our pipe each year, which means a main laid today would be "
    "replaced in 250 years. Most engineers I have spoken to think 1 percent is the minimum.",
    "Third, and this is the one nobody likes to hear, we held rates flat from 2016 to 2022. That felt kind to "
    "customers at the time. It means we are now catching up in one painful step instead of several small ones.",
    "The utility will offer a discount of 30 percent for households enrolled in the state energy assistance "
    "program. If you qualify and have not applied, please do.",
    "I am happy to talk to anyone about this. My email is on the utility’s board page, and I read everything.",
])

art("cvww-flushing", "What spring hydrant flushing means for your tap", [
    "Every spring, Waterloo Water Works opens fire hydrants across the city one zone at a time to push sediment and "
    "rust out of the mains. This year’s program begins on March 17 in the area east of the Cedar River and runs "
    "through early May.",
    "Flushing can stir up iron and manganese deposits, so tap water may look yellow or brown for a few hours. It is "
    "safe to drink, but it can stain laundry. If your water is discolored, run the cold tap for five minutes and "
    "wait before doing a load of whites.",
    "We asked the utility why some neighborhoods get flushed twice. The answer: zones with cast-iron mains more than "
    "80 years old collect sediment faster, so they are scheduled again in the fall.",
    "A flushing map, updated daily, is on the utility’s website. Our volunteers will post the schedule for each "
    "ward on this blog every Monday.",
])

art("qc-boil-day2", "Rock Island boil order: Day 2 update", [
    "The boil-water advisory for Rock Island’s west end remains in effect on Tuesday, the second day since a "
    "24-inch transmission main failed near 11th Street and 24th Avenue.",
    "Utility crews completed the repair at 3:40 a.m. and pressure has been restored to all but 41 addresses. Two "
    "rounds of bacteriological samples must come back clean before the advisory can be lifted; the first set was "
    "collected at 9 a.m.",
    QC_RES,
    QC_MAP,
])

art("qc-boil-day3", "Rock Island boil order: Day 3 update", [
    "The boil-water advisory for Rock Island’s west end remains in effect on Wednesday, the third day since a "
    "24-inch transmission main failed near 11th Street and 24th Avenue.",
    "The first set of samples, collected Tuesday, came back clean. A second set was collected at 8:30 a.m. and "
    "results are expected Thursday morning. Pressure has been restored to every address.",
    QC_RES,
    QC_MAP,
])

art("qc-boil-lifted", "Rock Island lifts boil order after second round of tests", [
    "Rock Island lifted its boil-water advisory for the city’s west end on Thursday morning after a second round of "
    "samples showed no bacteria, ending a three-day disruption for about 6,200 residents.",
    "The advisory was issued Monday after a 24-inch transmission main failed near 11th Street and 24th Avenue. The "
    "break, the third on that line since 2019, sent water into basements on two blocks.",
    "Public works director Sam Okonkwo said the city would ask the council to move the replacement of the main, now "
    "scheduled for 2028, into next year’s budget. “We have patched this pipe enough times,” he said.",
    "Residents should run their cold taps for several minutes before use. Businesses that serve food must flush "
    "their lines and replace ice.",
])

art("ewj-nrw-tariffs", "North Rhine-Westphalia utilities raise water prices as network costs climb", [
    "Municipal utilities in North Rhine-Westphalia are raising drinking water prices by an average of 7.4 percent "
    "this year, the largest increase since the state association began collecting figures in 2005, according to "
    "data published on Thursday.",
    "The Landesverband der Wasserwirtschaft NRW said 118 of its 141 member utilities had notified customers of "
    "higher prices for 2025. The main causes were the cost of renewing pipes laid in the 1960s and 1970s, higher "
    "energy prices for pumping, and wage agreements in the public sector.",
    "A household of three using 120 cubic metres a year will pay about €312, up from €290, the association said.",
    "“We are paying now for decades in which the network was run for the lowest possible price,” said the "
    "association’s managing director, Thomas Reuter. “Pipes do not care about elections.”",
    "Consumer groups called for the state to publish a comparison of prices and network condition for each "
    "municipality.",
])

art("glwd-lead-inventory", "Half of Great Lakes cities still can’t say where their lead pipes are", [
    "More than half of the 214 largest water systems in the eight Great Lakes states listed at least a quarter of "
    "their service lines as ‘unknown’ in inventories filed last autumn, a review of state records by Great Lakes "
    "Water Desk found.",
    "Utilities were required to submit the inventories by October 2024, classifying every line as lead, galvanized, "
    "non-lead or unknown. An unknown line must be treated as lead until it is checked.",
    "Milwaukee, which has been replacing lead lines since 2017, reported 3 percent unknown. Gary, Indiana, reported "
    "71 percent.",
    "State regulators said many unknowns will be resolved through records searches rather than digging. “A 1950s "
    "tap card is often enough,” said Dale Whitcomb of the Michigan Department of Environment, Great Lakes, and "
    "Energy.",
    "Systems with a high share of unknowns face the same notification rules as those with confirmed lead, which "
    "means letters to tens of thousands of households this year.",
], synd_title="Many lake cities still guessing on lead pipe locations",
    credit="This story was produced by Great Lakes Water Desk, a nonprofit newsroom, and is republished with "
           "permission.")

art("ia-marion-tower", "Marion’s oldest water tower to be repainted, not replaced", [
    "The 1957 water tower on Marion’s east side will be repainted and fitted with a new mixing system rather than "
    "torn down, the city’s water board decided.",
    "A consultant’s report found the steel bowl in better shape than expected, with less than 10 percent of its "
    "original thickness lost to corrosion. Repainting and repairs are estimated at $1.9 million, compared with $6.5 "
    "million for a new 750,000-gallon tower.",
    "The tower will be out of service from June to October. Water pressure on the east side may drop slightly "
    "during that time, the board said.",
    "Residents voted in an online poll to keep the tower’s blue and white checkered pattern.",
])

art("wi-lacrosse-pfas", "La Crosse adds third PFAS test site near airport wells", [
    "La Crosse will begin monthly PFAS sampling at a third location near the airport well field after a private well "
    "on French Island tested at more than four times the federal limit.",
    "The city shut down two municipal wells near the airport in 2021 after firefighting foam was linked to "
    "contamination. Its other wells remain below the limit, and the utility says the water meets all standards.",
    "The new sampling point will sit between the contaminated area and the city’s well field on the mainland, giving "
    "an early warning if the plume moves east.",
    "The state has offered bottled water to 140 French Island households while it studies a longer-term supply.",
])

art("mn-duluth-freeze", "Duluth asks 1,200 homes to keep taps running as frost reaches record depth", [
    "Duluth has asked about 1,200 households to leave a pencil-thin stream of water running day and night after "
    "frost reached depths of up to 8 feet under some streets, the deepest the city has measured since 2014.",
    "More than 140 service lines have frozen since mid-February, most in the Central Hillside and Lakeside "
    "neighborhoods, where pipes were laid shallower than modern code requires.",
    "Customers on the list will receive a bill credit for the extra water, calculated from last March’s use. Those "
    "who freeze after being notified and did not run their taps may be charged for thawing.",
    "“It feels wasteful, and people tell us so,” said utility operations manager Karl Lindgren. “But thawing a line "
    "costs us around $900 and leaves a family without water for a day or more.”",
    "The city expects to lift the request in late April, depending on ground temperatures.",
])

art("ks-hays-drought", "Hays extends watering limits as wellfield levels stay low", [
    "Hays will keep its stage 2 water warning in place through the summer after spring readings showed the city’s "
    "wellfields at their lowest level for March in more than a decade.",
    "Under the warning, outdoor watering is limited to two days a week before 10 a.m. or after 7 p.m., and filling "
    "swimming pools requires a permit.",
    "The city has cut its average daily use by 18 percent since 2011, when it first imposed year-round limits. "
    "Officials said the long-term solution remains the R9 Ranch pipeline, which is expected to deliver water from "
    "Edwards County by 2027.",
    "A public meeting on the drought plan will be held March 20 at City Hall.",
])

art("cvc-cedarfalls-rates", "Cedar Falls Utilities proposes first water rate increase in five years", [
    "Cedar Falls Utilities has proposed raising water rates by 6 percent in July, its first increase since 2020, to "
    "pay for a new well and a storage reservoir on the city’s west side.",
    "The average residential customer would pay about $2.10 more a month. Rates for large industrial users would "
    "rise by 8 percent, reflecting a new cost-of-service study.",
    "The utility’s general manager, Brian Ostrowski, said the new well was needed because two of the city’s 11 "
    "existing wells are more than 70 years old and produce less each year.",
    "The board of trustees will hold a hearing on the proposal on March 25. Written comments can be sent to the "
    "utility until March 21.",
])

art("il-bloomington-bond", "Bloomington voters to decide on $65 million water plant bond", [
    "Voters in Bloomington will decide on April 1 whether the city may borrow $65 million to rebuild the Lake "
    "Bloomington water treatment plant, the city’s main source of drinking water since 1929.",
    "The plant’s lime softening basins and filters are beyond repair, according to a 2023 engineering study, and the "
    "Illinois EPA has cited the city twice for turbidity readings above the limit after storms.",
    "If the bond passes, the average household would pay about $9 a month more for 20 years. If it fails, the "
    "council has said it will raise water rates by a similar amount anyway to pay for emergency repairs, without the "
    "lower interest a general obligation bond carries.",
    "A group called Clear Water Bloomington is campaigning for the bond. No organized opposition has registered with "
    "the county clerk.",
])

art("ss-springfield-meters", "Springfield’s new water meters flag leaks — and a wave of high bills", [
    "Springfield’s switch to radio-read water meters has turned up thousands of hidden leaks, and with them a wave of "
    "complaints from customers whose bills doubled overnight.",
    "The city utility has installed 38,000 of the new meters since October. Because they report hourly, the system "
    "can spot continuous flow that suggests a running toilet or a broken pipe. It sent 4,300 leak alerts in "
    "February alone.",
    "But many customers say the first they heard of a problem was a bill for three months of leakage. “Nobody told "
    "me the meter could do that until it cost me $412,” said Debra Vance, who lives on the city’s west side.",
    "The utility said it would offer a one-time leak adjustment of up to 50 percent for customers who repair the "
    "leak within 30 days, and that customers can now sign up for text alerts.",
])

art("ppw-operator-shortage", "Rural utilities struggle to replace retiring licensed operators", [
    "Nearly one in three licensed water operators in Iowa, Nebraska and the Dakotas is eligible to retire within "
    "five years, and small towns are finding few people willing to take their place, according to a survey of 420 "
    "utilities released Tuesday.",
    "The survey, by the Plains Water Workforce Alliance, found that 61 percent of systems serving fewer than 1,000 "
    "people had a single certified operator. When that person is sick or on vacation, many rely on a neighboring "
    "town’s operator by informal agreement.",
    "“We have towns where the operator is 72 and has been asking to retire since before the pandemic,” said the "
    "alliance’s director, Wendell Ames.",
    "Several states now allow operators-in-training to work under remote supervision, and Nebraska has started "
    "paying the exam fees of anyone who passes. The alliance is asking legislators to fund apprenticeships that pay "
    "while people study.",
])

art("ia-waterloo-softening", "Waterloo weighs central softening to cut hard water complaints", [
    "Waterloo Water Works will study whether to soften the city’s water at its treatment plants, a change that "
    "could end the need for household softeners in thousands of homes.",
    "The city’s water comes from wells in the Silurian-Devonian aquifer and averages about 340 milligrams per liter "
    "of hardness, among the highest in Iowa. Utility staff say hard water is the most common complaint they "
    "receive.",
    "A study by Kessler Engineering will estimate the cost of lime softening or membrane treatment at the utility’s "
    "two plants. Central softening in Ames cost about $70 million when it was built in 2017.",
    "The study is due in the fall.",
])

art("ia-iowacity-wells", "Iowa City to drill two new wells as river quality worsens", [
    "Iowa City will drill two new wells into the Jordan aquifer this year, reducing the city’s reliance on the Iowa "
    "River, whose nitrate levels have exceeded the drinking water limit for 43 days since January 2024.",
    "The wells, near the water plant on North Dubuque Street, will cost $6.8 million and together supply about 2 "
    "million gallons a day, a third of the city’s average use.",
    "“River water is still part of our supply, but we want to be able to turn it down when nitrate spikes,” said "
    "water superintendent Carla Nguyen. Currently the plant must run its nitrate removal system, which costs about "
    "$7,000 a day to operate.",
    "Drilling is expected to begin in June.",
])

art("ia-ames-billing", "Ames to bill water monthly instead of every two months", [
    "Ames residents will start receiving a water bill every month in July, replacing the two-month cycle the city "
    "has used since the 1970s.",
    "The change follows the completion of a $5.2 million meter upgrade that lets the utility read every meter "
    "remotely each day. City staff told the council that monthly bills would make leaks show up sooner and make "
    "payments easier to budget.",
    "The base charge will be split in half, so the total cost to customers stays the same. About 1,500 customers "
    "who pay by paper check will receive a reminder card in June.",
    "“This is the number one request we get at the counter,” said utility customer service supervisor Tanya Morrow.",
])

art("fcd-appleton-breaks", "Appleton logs 97 water main breaks in February cold snap", [
    "Appleton’s water utility repaired 97 main breaks in February, more than in the whole of 2023, as sub-zero "
    "temperatures drove frost deep into the ground.",
    "Most of the breaks were on cast-iron mains laid between 1920 and 1960. The utility’s crews worked 2,600 hours "
    "of overtime, and the city called in two private contractors for the first time since 2019.",
    "Utility director Mark Hansen said the cold snap had strengthened the case for speeding up main replacement, "
    "which currently runs at about 4 miles a year out of 390. A plan to double that pace will go to the council in "
    "April.",
    "Residents are asked to report water bubbling up through pavement or unusual drops in pressure to the utility’s "
    "24-hour line.",
])

art("gr-stormwater-fee", "Grand Rapids to phase in stormwater fee based on paved area", [
    "Grand Rapids will start charging property owners a stormwater fee based on how much of their lot is covered by "
    "roofs and pavement, replacing a flat charge that has been part of the sewer bill since 1992.",
    "The fee will average $7.50 a month for houses. Large parking lots will pay much more: the city estimates that a "
    "typical big-box store will pay about $9,000 a year.",
    "Property owners can cut their fee by up to 40 percent by installing rain gardens, permeable paving or "
    "cisterns.",
    "The fee will be phased in over three years starting in July. The city says it needs about $18 million a year "
    "to maintain 900 miles of storm sewers and keep untreated runoff out of the Grand River.",
])

art("op-mansfield-sale", "Selling our water system would be a one-way door", [
    "Every few years someone offers a city a large check for its water system, and every few years a council is "
    "tempted. Mansfield’s is the latest: a private operator has offered $160 million for a system that serves "
    "48,000 people.",
    "The check is real. So is what comes with it. Once a system is sold, rates are set by the state commission on a "
    "formula that guarantees the buyer a return on everything it invests. In the four Ohio cities sold since 2010, "
    "average bills have risen by between 48 and 90 percent.",
    "Supporters say the private operator will invest faster than the city could. That may be true. But the city "
    "could borrow for those same pipes at a lower interest rate than any company, and keep the savings for "
    "residents.",
    "A sale cannot be undone in practice. No Ohio city has bought its system back. Council members should treat "
    "this as what it is: a decision for the next fifty years, not a fix for next year’s budget.",
], bio="Harold Stein is a former member of the Ohio Public Utilities Commission. The views expressed are his own.")

art("mi-kalamazoo-pfas", "Kalamazoo opens PFAS treatment plant at Station 5", [
    "Kalamazoo switched on a $14 million treatment plant on Tuesday that removes PFAS from its largest wellfield, "
    "two years after testing found the chemicals above the state limit there.",
    "The plant uses ion-exchange resin to treat up to 8 million gallons a day from the Station 5 wells. The city "
    "paid for about a third of the cost; the rest came from state and federal grants.",
    "“We were one of the first cities in the state to find PFAS, and now we are one of the first to treat it at "
    "this scale,” said public services director Jasmine Cole.",
    "Spent resin will be shipped to a facility in Ohio for incineration, which the city says accounts for most of "
    "the plant’s $600,000 annual operating cost.",
])

art("in-fortwayne-kits", "Fort Wayne to offer free lead testing kits to 10,000 homes", [
    "Fort Wayne City Utilities will mail free lead testing kits to 10,000 homes built before 1960 starting next "
    "month, part of an effort to check the accuracy of its service line inventory.",
    "Residents will collect a first-draw sample from a kitchen tap after water has sat in the pipes overnight and "
    "return it by prepaid mail. Results will be posted within six weeks.",
    "The utility lists 14,600 lines as unknown. A kit showing elevated lead will move a home to the top of the "
    "replacement list.",
    "Kits can also be requested by phone or online by any customer.",
])

art("mo-stl-intake", "St. Louis begins $90 million upgrade of Chain of Rocks intake", [
    "St. Louis Water Division has begun a $90 million overhaul of its Chain of Rocks intake on the Mississippi "
    "River, the first major work on the structure since it opened in 1894.",
    "The project will replace the intake screens and pumps and add a second intake channel so that one can be "
    "cleaned while the other is in use. Ice jams and sediment have forced the division to cut pumping several times "
    "in recent winters.",
    "Work will take four years. The division said customers would not notice any change in supply during "
    "construction.",
    "The project is financed by bonds approved by voters in 2022.",
])

art("dve-sheffield-leaks", "Sheffield leak figures worst in region, regulator says", [
    "Don Valley Water lost 22 per cent of the water it put into its network in Sheffield last year through leaks, "
    "the highest rate in the region, according to figures published by the regulator on Tuesday.",
    "The company said a run of burst mains during last winter’s freeze had accounted for much of the loss, and that "
    "it had hired 60 extra leak detection staff since October.",
    "Campaigners said the figures undermined the company’s case for a hosepipe ban last summer. “Customers were told "
    "to save every drop while a fifth of the supply was running into the ground,” said Liz Corrigan of the "
    "Sheffield Water Users Forum.",
    "The regulator has set the company a target of reducing leakage by 17 per cent by 2030.",
])

art("ne-lincoln-pipeline", "Lincoln chooses Missouri River route for second water source", [
    "Lincoln’s city council has chosen a 50-mile pipeline from the Missouri River near Omaha as the preferred route "
    "for a second drinking water source, ending a three-year study of the options.",
    "The city draws all of its water from wells along the Platte River near Ashland. During the 2022 drought, river "
    "levels fell low enough that the utility warned it might not meet peak summer demand.",
    "The pipeline is estimated to cost $1.1 billion and would be built in stages through 2040. The city’s utilities "
    "coordinator, Dean Harker, said the route was chosen because it avoids the Platte entirely.",
    "Rates would rise by about 5 percent a year for ten years to pay for the project, under a financing plan "
    "presented to the council.",
])

art("mn-rochester-chloramine", "Rochester to switch to chloramine disinfection in May", [
    "Rochester Public Utilities will switch the disinfectant in the city’s water from chlorine to chloramine on May "
    "5, a change that reduces the byproducts that form when chlorine reacts with organic matter in older mains.",
    "Most customers will notice no difference, the utility said, although some may find the water has less of a "
    "chlorine smell. People who use kidney dialysis at home and owners of aquariums and fish ponds must take extra "
    "steps, because chloramine must be removed before water is used for those purposes.",
    "The utility will hold information sessions for dialysis patients with local kidney care providers in April.",
])

art("wi-eauclaire-solar", "Eau Claire water plant to get 2-megawatt solar array", [
    "Eau Claire’s water treatment plant will get a 2-megawatt solar array on land next to its wellfield, the city "
    "council decided Tuesday, a project expected to cover about 40 percent of the plant’s electricity use.",
    "The array will cost $3.4 million, with about a third covered by federal tax credits that the city can now "
    "claim as direct payments. Staff estimate it will pay for itself in 14 years.",
    "Pumping and treating water is the city’s largest single use of electricity. The plant also plans to replace "
    "two of its high-service pumps with variable-speed models next year.",
])

art("kc-shutoff-scam", "Kansas City warns of callers threatening water shutoffs", [
    "KC Water is warning customers about phone calls from people posing as utility staff and threatening to cut off "
    "service within an hour unless a bill is paid by prepaid card or app transfer.",
    "The utility said it had received more than 120 reports since late February, mostly from small businesses and "
    "older residents. At least 14 people have paid, losing between $200 and $1,800 each.",
    "“We will never call to demand immediate payment, and we never take gift cards,” said customer service manager "
    "Lorraine Dupree. Disconnections only follow written notices mailed at least 10 days in advance.",
    "Customers who receive such a call should hang up and phone the number printed on their bill.",
])

# ================================================================ Germany (Pressespiegel)
art("kst-koeln-netz", "Rheinwasser will 400 Kilometer Wasserleitungen erneuern", [
    "Der Kölner Wasserversorger Rheinwasser will in den kommenden zehn Jahren rund 400 Kilometer "
    "Trinkwasserleitungen erneuern. Das sind fast zwölf Prozent des gesamten Netzes, wie das Unternehmen am "
    "Dienstag mitteilte.",
    "Besonders betroffen sind Graugussleitungen aus den 1950er- und 1960er-Jahren in Ehrenfeld, Nippes und Kalk. "
    "Dort kam es im vergangenen Jahr zu 214 Rohrbrüchen, fast doppelt so viele wie im Durchschnitt der übrigen "
    "Stadtteile.",
    "„Wir können nicht warten, bis jede Leitung bricht“, sagte Technikvorständin Miriam Esser. Die Kosten schätzt "
    "das Unternehmen auf rund 520 Millionen Euro.",
    "Für die Kundinnen und Kunden soll der Wasserpreis nach Angaben von Rheinwasser bis 2027 höchstens um drei "
    "Prozent pro Jahr steigen. Die Baustellen sollen mit den Arbeiten an Gas- und Fernwärmenetzen abgestimmt werden, "
    "damit Straßen nicht mehrfach aufgerissen werden.",
])

art("rk-talsperren-kw10", "Sauerland-Talsperren: Füllstand in KW 10", [
    "Die Talsperren im Sauerland waren am Freitag zu 84,2 Prozent gefüllt. Das sind 1,3 Prozentpunkte mehr als in "
    "der Vorwoche und 6,8 Punkte mehr als im langjährigen Mittel für diese Jahreszeit.",
    "Die Biggetalsperre meldete 87,9 Prozent, die Möhnetalsperre 81,4 Prozent, die Sorpetalsperre 79,6 Prozent. Die "
    "Abgabe an die Ruhr lag im Wochenmittel bei 14,1 Kubikmetern pro Sekunde.",
    "Die Niederschläge im Einzugsgebiet lagen mit 19 Millimetern leicht unter dem Durchschnitt. Für die kommende "
    "Woche erwartet der Deutsche Wetterdienst überwiegend trockenes Wetter.",
    TS_NOTE,
])

art("rk-talsperren-kw11", "Sauerland-Talsperren: Füllstand in KW 11", [
    "Die Talsperren im Sauerland waren am Freitag zu 83,7 Prozent gefüllt. Das sind 0,5 Prozentpunkte weniger als "
    "in der Vorwoche, aber 5,9 Punkte mehr als im langjährigen Mittel für diese Jahreszeit.",
    "Die Biggetalsperre meldete 87,2 Prozent, die Möhnetalsperre 80,6 Prozent, die Sorpetalsperre 79,9 Prozent. Die "
    "Abgabe an die Ruhr lag im Wochenmittel bei 15,4 Kubikmetern pro Sekunde.",
    "Im Einzugsgebiet fielen nur 4 Millimeter Niederschlag. Der Deutsche Wetterdienst rechnet ab Mittwoch mit "
    "ergiebigem Regen.",
    TS_NOTE,
])

art("wap-muenster-preis", "Münster: Wasser wird ab Juli sechs Prozent teurer", [
    "Die Wasserwerke Münsterland erhöhen zum 1. Juli den Wasserpreis um sechs Prozent. Ein Vier-Personen-Haushalt "
    "mit einem Verbrauch von 150 Kubikmetern zahlt dann rund 28 Euro mehr im Jahr.",
    "Als Gründe nennt das Unternehmen höhere Kosten für die Aufbereitung sowie den Bau einer neuen Transportleitung "
    "nach Hiltrup. Der Rat muss der Erhöhung noch zustimmen; die Abstimmung ist für den 26. März geplant.",
    "Die Grünen im Rat kündigten an, einen Sozialtarif für Haushalte mit geringem Einkommen zu beantragen.",
])

art("nwn-emsland-nitrat", "Nitrat: Versorger im Emsland müssen Brunnen verlegen", [
    "Mehrere Wasserversorger im Emsland müssen wegen hoher Nitratwerte Brunnen schließen und neue Förderstellen "
    "erschließen. Der Wasserverband Nordhümmling teilte mit, zwei seiner 23 Brunnen lieferten seit Jahresbeginn "
    "Rohwasser mit mehr als 50 Milligramm Nitrat pro Liter.",
    "Das Trinkwasser selbst sei einwandfrei, weil das belastete Wasser mit unbelastetem gemischt werde. Die neuen "
    "Brunnen sollen in einem Waldgebiet bei Sögel gebohrt werden und rund 3,5 Millionen Euro kosten.",
    "Der Verband fordert strengere Düngeregeln in den Wasserschutzgebieten.",
])

art("btk-bonn-hochbehaelter", "Hochbehälter am Venusberg wird für elf Millionen Euro saniert", [
    "Der Hochbehälter am Venusberg, der seit 1912 einen Großteil der Bonner Innenstadt mit Trinkwasser versorgt, "
    "wird ab Mai saniert. Die Bauarbeiten sollen zwei Jahre dauern und rund elf Millionen Euro kosten.",
    "Während der Arbeiten wird jeweils eine der beiden Wasserkammern außer Betrieb genommen. Die Versorgung sei "
    "dadurch nicht gefährdet, teilte der Versorger mit.",
    "Der denkmalgeschützte Eingangsbau bleibt erhalten. Führungen für Interessierte sind im April geplant.",
])
