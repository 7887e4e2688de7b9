# -*- coding: utf-8 -*-
"""Canonical texts of the blind8 articles: higher education and research funding in Kenya, Ghana, Canada,
Ireland, Australia and India, 19 March - 30 April 2025.

Every story, person, organisation, figure and quote is invented (places, and universities as places, are real).
Paragraphs use typographic quotes; each renderer re-typesets them as its format would.
Fields: title, outlet (None = no outlet anywhere), date (ISO or None), authors (list), url (or None), paras.
Optional: edited {index: paragraph} (a lightly edited copy), synd_title / synd_outlet / synd_credit / synd_url
(a syndicated copy), extra_outlets (edition spellings that are also accepted).
"""
ART = {}


def art(aid, title, outlet, date, authors, url, paras, **kw):
    assert aid not in ART, aid
    ART[aid] = dict(title=title, outlet=outlet, date=date, authors=authors, url=url, paras=paras, **kw)


# ---------------------------------------------------------------- shared passages (hard negatives)
# the Cabinet Secretary's statement, quoted by Campus Kenya's court story and the Ledger's loans story
WEKESA_Q = ("“We will not go back to a system where a student’s future depends on which university admitted them. "
            "The banded model puts the money where the need is, and every shilling that leaves the Treasury for a "
            "public university will follow a student who needs it, not a building that does not,” Education "
            "Cabinet Secretary Miriam Wekesa told senators last month.")
# Kumasi Times weekly admissions tracker template
ADM_SCHED = ("The secretariat publishes its figures every Monday until the portal closes on 30 May. Applicants can "
             "correct their programme choices once, free of charge, before the closing date.")
ADM_AGENTS = ("Prospective students are advised to apply only through the official portal and to ignore agents who "
              "offer guaranteed places for a fee. The secretariat said it had referred three such cases to the "
              "police this year.")
# background paragraph of both Ottawa Research Review discovery-grant stories
ORR_BG = ("The council is the country’s largest funder of investigator-led science and engineering research, with "
          "an annual grants budget of about $720 million. Its discovery program pays for five-year grants to "
          "individual researchers and small teams.")

# ================================================================ KENYA
art("ck-funding-model-court", "Court hears challenge to banded university funding model",
    "Campus Kenya", "2025-04-09", ["Wanjiru Kamau"],
    "https://www.campuskenya.co.ke/news/court-hears-challenge-banded-funding-model", [
        "The High Court in Nairobi on Tuesday began hearing a petition by parents and a student association that "
        "argues the banded university funding model discriminates against families who cannot prove their income.",
        "Under the model, introduced in 2023, students are placed in one of five bands according to household "
        "need, and the government pays between 20 and 95 per cent of their fees through a mix of scholarships and "
        "loans. The petitioners say the means-testing instrument used to assign bands is opaque and relies on "
        "data many rural households do not have.",
        "“My client earns nothing in a bad season and was placed in the same band as a civil servant,” said "
        "advocate Brian Kiptoo, who represents the petitioners. He asked the court to suspend the model for the "
        "2025 intake.",
        WEKESA_Q,
        "Justice Rose Atieno directed the ministry to file its response within 14 days and set a further hearing "
        "for May 6.",
    ])

art("nel-loans-release", "Loans board releases Sh9.2 billion for continuing students",
    "Nairobi Evening Ledger", "2025-04-14", ["Otieno Mbugua"],
    "https://www.eveningledger.co.ke/news/loans-board-releases-sh9-2-billion", [
        "The Tertiary Student Finance Board has released Sh9.2 billion to cover second-semester loans for about "
        "187,000 continuing students at public and private universities, ending weeks of uncertainty that had "
        "left some students unable to sit examinations.",
        "Board chief executive Dr Joseph Langat said the money would reach student accounts by Friday. "
        "Institutions had been told not to lock out students whose fees were pending, he said, but several had "
        "done so.",
        WEKESA_Q,
        "Student leaders welcomed the release but said the delay had pushed many into debt. “Some of our members "
        "borrowed from mobile lenders at 10 per cent a month to pay rent,” said Kelvin Mutua, secretary general "
        "of the National Students’ Assembly.",
        "The board said first-year students admitted in the latest intake would receive their allocations in May.",
    ], extra_outlets=["Nairobi Evening Ledger (Kenya)"])

art("nel-strike-notice", "Lecturers issue seven-day strike notice over unpaid arrears",
    "Nairobi Evening Ledger", "2025-03-27", ["Otieno Mbugua", "Faith Chebet"],
    "https://www.eveningledger.co.ke/news/lecturers-strike-notice-arrears", [
        "University lecturers have issued a seven-day strike notice, saying the government has failed to pay "
        "Sh7.9 billion in arrears owed under the 2021-2025 collective bargaining agreement.",
        "The Universities Academic Staff Forum said its members at 39 public universities would down tools from "
        "April 3 unless the Treasury released at least half of the money. The forum’s secretary general, Dr Evans "
        "Omondi, said lecturers had been patient for 18 months.",
        "“We have taught through two semesters on promises. Our members are being auctioned by banks because the "
        "deductions for their loans are not being remitted,” Dr Omondi said at a press conference in Nairobi.",
        "The Inter-University Employers’ Council, which negotiates on behalf of the universities, said it was "
        "waiting for the Treasury and urged the union to give talks a chance.",
        "A strike would disrupt examinations at several universities, including Nairobi, Moi and Egerton, which "
        "are scheduled for mid-April.",
    ], extra_outlets=["Nairobi Evening Ledger (Kenya)"])

art("lc-maseno-lab", "Maseno opens Sh480m genomics lab funded by Danish grant",
    "The Lakeside Chronicle", "2025-04-02", ["Achieng Odhiambo"],
    "https://www.lakesidechronicle.co.ke/education/maseno-genomics-lab-danish-grant", [
        "Maseno University has opened a Sh480 million genomics laboratory that researchers say will allow western "
        "Kenya to sequence malaria and sickle cell samples locally instead of shipping them abroad.",
        "The laboratory was funded by a five-year grant from the Aarhus Global Health Foundation and will be run "
        "jointly with the Kisumu station of the Lake Region Health Research Centre.",
        "“Until now, a sample taken in Siaya could wait six months in a freezer in Europe before we got a result,” "
        "said Prof Dorothy Awuor, who will direct the lab. “We can now turn it around in three weeks.”",
        "The lab will train 40 master’s and doctoral students over the grant period. The Kisumu county "
        "government said it would fund scholarships for ten of them.",
        "Maseno’s vice-chancellor, Prof Julius Ogola, said the university was in talks with two other foundations "
        "to extend funding beyond 2030.",
    ])

art("nel-private-capitation", "Private universities seek share of government capitation",
    "Nairobi Evening Ledger", "2025-04-07", [], None, [
        "Private universities have asked the government to extend capitation to the students it places in their "
        "institutions, arguing that the banded funding model has left them carrying costs the state should meet.",
        "In a memorandum to the National Assembly’s education committee, the Association of Private Chartered "
        "Universities said about 21,000 government-sponsored students were enrolled in private institutions but "
        "that scholarship payments covered only tuition, leaving laboratory and library costs unpaid.",
        "“We are being asked to deliver the same programmes as public universities with a fraction of the "
        "money,” said the association’s chairperson, Prof Margaret Njoroge.",
        "Committee vice-chair Peter Kamande said the committee would invite the Treasury to respond before the "
        "budget estimates are tabled in June.",
    ], extra_outlets=["Nairobi Evening Ledger (Kenya)"])

art("cew-kenya-research-fund", "Kenya’s research fund to double grants for early-career scientists",
    "Commonwealth Education Wire", "2025-04-15", ["Grace Njeri"],
    "https://www.cedwire.org/stories/2025/04/15/kenya-research-fund-early-career", [
        "NAIROBI (CEW) — Kenya’s National Research Endowment will double the number of grants it awards to "
        "early-career scientists this year and reserve a third of its budget for researchers under 40, its board "
        "said on Tuesday.",
        "The endowment, which distributes about Sh3 billion a year, will fund 240 early-career awards of up to "
        "Sh4 million each, up from 120 last year. Applications open on May 5.",
        "“Our senior scientists are retiring faster than we are replacing them, and the young ones are leaving "
        "for Europe and the Gulf,” said board chairperson Prof Esther Wambugu. “A first grant is what keeps a "
        "researcher in the country.”",
        "The endowment said it would also cut the paperwork required for small grants, after researchers "
        "complained that applications for Sh500,000 awards took as long to prepare as those for major projects.",
        "Universities will be required to guarantee laboratory space and a mentor for each awardee.",
    ], synd_title="Young scientists to get bigger slice of national research fund",
    synd_outlet="The Lakeside Chronicle",
    synd_credit="This story was first published by Commonwealth Education Wire and is republished under a "
                "content-sharing agreement.",
    synd_url="https://www.lakesidechronicle.co.ke/news/young-scientists-bigger-slice-research-fund")

art("lc-kisumu-march", "Students march in Kisumu over fee arrears lockout",
    "The Lakeside Chronicle", "2025-04-22", ["Achieng Odhiambo"], None, [
        "Hundreds of students marched through Kisumu’s central business district on Monday to protest against a "
        "decision by three colleges to bar students with fee arrears from sitting end-of-semester examinations.",
        "The students, most of them from technical and vocational colleges, carried placards reading “Loans "
        "delayed, futures denied” and delivered a petition to the regional education office.",
        "“I have paid everything except Sh14,000 that the loans board owes my account. Why am I being punished "
        "for the government’s delay?” said Brenda Anyango, a second-year electrical engineering student.",
        "Police monitored the march, which ended peacefully. The regional education officer, Samuel Okello, said "
        "he would ask the colleges to allow affected students to sit the examinations while their loans were "
        "processed.",
    ])

art("nel-ringfence-science", "Researchers urge Treasury to ring-fence science funding",
    "Nairobi Evening Ledger", "2025-04-29", ["Faith Chebet"], None, [
        "Kenyan scientists have asked the Treasury to ring-fence research spending in the 2025/26 budget, warning "
        "that cuts to development spending are falling hardest on university laboratories.",
        "In a submission to the Budget and Appropriations Committee, the Kenya Academy of Young Scientists said "
        "government research spending had fallen to 0.4 per cent of GDP, less than half the 1 per cent target "
        "set in law.",
        "“We are funding research with whatever is left after salaries, and in most universities nothing is "
        "left,” said the academy’s president, Dr Ruth Chepkoech.",
        "The academy proposed that a fixed share of the Universities Fund be set aside for equipment and "
        "consumables, and that unspent research grants be allowed to roll over rather than revert to the "
        "Treasury at the end of the financial year.",
    ])

# ================================================================ GHANA
art("kt-admissions-w14", "Tertiary admissions tracker: applications pass 61,000 in week 14",
    "Kumasi Times", "2025-04-07", [], "https://www.kumasitimes.com.gh/education/admissions-tracker-week-14", [
        "Applications to Ghana’s public universities and technical universities passed 61,000 by the end of week "
        "14 of the admissions cycle, the Tertiary Admissions Secretariat said in its weekly update on Monday.",
        "Nursing and allied health programmes remained the most popular choice, with 14,200 applications, "
        "followed by computer science with 8,900. Applications for agriculture programmes rose by 12 per cent on "
        "the previous week after several universities announced fee waivers for the sector.",
        ADM_SCHED,
        ADM_AGENTS,
        "Female applicants made up 47 per cent of the total, up from 45 per cent at the same point last year.",
    ])

art("kt-admissions-w15", "Tertiary admissions tracker: applications reach 68,400 in week 15",
    "Kumasi Times", "2025-04-14", [], "https://www.kumasitimes.com.gh/education/admissions-tracker-week-15", [
        "Applications to Ghana’s public universities and technical universities reached 68,400 by the end of "
        "week 15 of the admissions cycle, the Tertiary Admissions Secretariat said in its weekly update on Monday.",
        "The Northern and Upper East regions recorded the fastest growth, with applications up by a fifth on the "
        "previous week, after the secretariat opened four walk-in help centres in Tamale, Bolgatanga, Wa and "
        "Yendi.",
        ADM_SCHED,
        ADM_AGENTS,
        "Technical universities accounted for 29 per cent of applications, the highest share since the "
        "secretariat began publishing weekly figures in 2021.",
    ])

art("kt-admissions-w16", "Tertiary admissions tracker: applications top 74,000 in week 16",
    "Kumasi Times", "2025-04-22", [], "https://www.kumasitimes.com.gh/education/admissions-tracker-week-16", [
        "Applications to Ghana’s public universities and technical universities topped 74,000 by the end of week "
        "16 of the admissions cycle, the Tertiary Admissions Secretariat said in its weekly update on Tuesday, a "
        "day later than usual because of the Easter Monday holiday.",
        "The secretariat said the portal had been unavailable for nine hours on Thursday after a power outage at "
        "its data centre in Accra, and that no applications had been lost.",
        ADM_SCHED,
        ADM_AGENTS,
        "Education programmes saw the sharpest rise of the week, after the government announced it would resume "
        "paying allowances to trainee teachers.",
    ])

art("gco-fund-arrears", "Fund arrears stall 40 campus building projects",
    "Gold Coast Observer", "2025-03-31", ["Kwame Asante"],
    "https://www.goldcoastobserver.com.gh/news/fund-arrears-stall-campus-projects", [
        "Work has stopped on at least 40 lecture halls, hostels and laboratories at public universities because "
        "the Tertiary Infrastructure Fund owes contractors more than 1.3 billion cedis, the Ghana Contractors’ "
        "Federation said on Monday.",
        "The federation’s president, Nana Osei Bonsu, said some of its members had not been paid for two years "
        "and had laid off workers. “You cannot ask a contractor to finance a government building with bank loans "
        "at 30 per cent interest,” he said.",
        "Among the stalled projects are a 1,200-bed hostel at the University for Development Studies in Tamale "
        "and a science block at the University of Cape Coast that was due to open in 2023.",
        "The fund’s administrator, Dorcas Appiah, said payments of 400 million cedis had been approved and would "
        "be released in April, with the rest spread over the year.",
        "Students at several campuses say they are paying for private accommodation because promised hostels "
        "remain unfinished.",
    ], extra_outlets=["Gold Coast Observer (Ghana)"])

art("gco-malaria-grant", "University of Ghana scientists win $12m malaria vaccine grant",
    "Gold Coast Observer", "2025-04-10", ["Abena Owusu"],
    "https://www.goldcoastobserver.com.gh/news/university-of-ghana-malaria-vaccine-grant", [
        "Scientists at the University of Ghana have won a $12 million grant to run clinical trials of a new "
        "malaria vaccine in children in the Volta and Oti regions, the university announced on Wednesday.",
        "The five-year grant from the Meridian Health Research Trust, a British charity, is the largest single "
        "research award in the university’s history. It will fund trials involving 4,800 children aged between "
        "five months and three years.",
        "“This is a vaccine designed for the strains circulating in West Africa, tested by West African "
        "scientists,” said Prof Efua Danso, who leads the team at the university’s Centre for Vaccine Science.",
        "The grant also pays for a new cold-chain store in Ho and for training 25 Ghanaian clinical research "
        "nurses.",
        "The university said the first children would be enrolled early next year, subject to approval by the "
        "national drugs regulator and the ethics committee of the health service.",
    ], extra_outlets=["Gold Coast Observer (Ghana)"])

art("cew-ghana-scholarships", "Ghana trims overseas scholarship budget by a third",
    "Commonwealth Education Wire", "2025-04-11", ["Kofi Mensah"],
    "https://www.cedwire.org/stories/2025/04/11/ghana-overseas-scholarships-cut", [
        "ACCRA (CEW) — Ghana will cut the budget for government-funded overseas scholarships by a third this year "
        "and redirect the money to postgraduate places at home, the Scholarships Secretariat said on Friday.",
        "The secretariat will spend 210 million cedis on foreign study in 2025, down from 315 million, and will "
        "stop funding new undergraduate places abroad entirely. Students already studying overseas will keep "
        "their awards.",
        "“It costs us ten times as much to train an engineer in Europe as it does in Kumasi, and too many of them "
        "do not come back,” said the secretariat’s registrar, Ebenezer Quaye.",
        "Opposition legislators accused the government of cutting opportunities for poorer students while "
        "allowing politically connected applicants to jump the queue. The secretariat said an audit of past "
        "awards would be published in June.",
    ])

art("kt-hostel-fees", "KNUST students decry 40 per cent hostel fee increase",
    "Kumasi Times", "2025-04-18", ["Yaw Boateng"], None, [
        "Students at the Kwame Nkrumah University of Science and Technology have threatened to boycott lectures "
        "after private hostel operators around the campus raised fees by as much as 40 per cent for the next "
        "academic year.",
        "The Students’ Representative Council said rents for a four-in-a-room space in Ayeduase and Kotei had "
        "risen from 5,500 to 7,700 cedis a year.",
        "“Students are now sleeping six in a room meant for four, and some are commuting from Ejisu every day,” "
        "said SRC president Nana Kwaku Agyei.",
        "The Association of Hostel Operators blamed higher electricity tariffs and the cost of borrowing. The "
        "university said it was talking to the operators and would speed up the completion of two hostels on "
        "campus.",
    ])

art("gco-book-allowance", "Lecturers’ union warns over delayed book and research allowance",
    "Gold Coast Observer", "2025-04-24", ["Kwame Asante"],
    "https://www.goldcoastobserver.com.gh/news/lecturers-union-book-research-allowance", [
        "The Association of University Lecturers has given the government until the end of May to pay this "
        "year’s book and research allowance, warning that its members will withdraw from marking examinations if "
        "the money is not paid.",
        "The allowance, worth between 6,000 and 11,000 cedis a lecturer depending on rank, is meant to be paid in "
        "March to cover books, conference fees and small research costs.",
        "“Research in our universities is financed almost entirely by this allowance. When it is late, "
        "laboratories stop and field work is cancelled,” the association’s president, Dr Sandra Adjei, said in "
        "Accra.",
        "The Ministry of Education said the allowance had been included in the budget and that the delay was due "
        "to the validation of staff records, which it expected to finish within two weeks.",
    ])

# ================================================================ CANADA
art("orr-discovery-results", "Discovery council funds 1,140 projects as success rate falls to 41%",
    "Ottawa Research Review", "2025-04-08", ["Hélène Tremblay"],
    "https://www.ottawaresearchreview.ca/2025/04/08/discovery-grant-results-success-rate/", [
        "The Canadian Council for Discovery Research funded 1,140 new projects in this year’s discovery grants "
        "competition, but the share of applicants who succeeded fell to 41 per cent, the lowest in more than a "
        "decade, according to results released Tuesday.",
        ORR_BG,
        "Average first-time grants rose to $41,000 a year from $37,500, but the council said it could only "
        "afford the increase by funding fewer applicants. Early-career researchers had a success rate of 56 per "
        "cent, protected by a separate envelope.",
        "“We are asking excellent people to wait another year, and some of them will not,” said council "
        "president Dr. Anand Sethi. “The budget has not kept pace with the number of researchers.”",
        "Universities in Quebec and the Atlantic provinces saw the steepest falls in success rates, the results "
        "show.",
    ])

art("orr-grant-appeals", "Researchers launch appeal drive after discovery grant results",
    "Ottawa Research Review", "2025-04-17", ["Hélène Tremblay"],
    "https://www.ottawaresearchreview.ca/2025/04/17/researchers-appeal-discovery-grant-results/", [
        "More than 300 researchers turned down in this year’s discovery grants competition have signed an open "
        "letter asking the Canadian Council for Discovery Research to reopen its review of applications rated "
        "“excellent” but left unfunded.",
        ORR_BG,
        "The letter, organized by a group of chemists at the University of New Brunswick and Memorial "
        "University, says 212 applicants received ratings that would have been funded last year. It asks the "
        "council to use $18 million in unspent money from a cancelled equipment program to fund them.",
        "“We are not asking for special treatment, just for the rules to mean something,” said Dr. Kayla "
        "Brennan, a chemist in Fredericton who signed the letter.",
        "The council said appeals were only possible for procedural errors and that it would publish a review of "
        "the competition in June.",
    ])

art("hc-dal-international", "Dalhousie braces for 22% drop in international enrolment",
    "Halifax Courant", "2025-03-25", ["Liam MacNeil"], None, [
        "Dalhousie University is preparing for a 22 per cent drop in new international students this fall and "
        "will freeze hiring in most faculties to close a projected $19-million shortfall, its president told "
        "staff Monday.",
        "In a memo, president Dr. Alistair Fraser said federal caps on study permits and a provincial limit on "
        "Nova Scotia’s share had cut applications from India, Nigeria and China sharply.",
        "“We planned for a difficult year. What we did not plan for was a second difficult year on top of it,” "
        "the memo said.",
        "The university will protect graduate research assistantships but reduce the number of sessional "
        "teaching contracts, the memo said. The faculty association said it would seek a meeting with the "
        "administration.",
        "Saint Mary’s University and Acadia University have announced similar measures this year.",
    ], extra_outlets=["Halifax Courant (Nova Scotia)"])

art("pc-usask-freeze", "University of Saskatchewan extends hiring freeze to 2026",
    "The Prairie Campus", "2025-04-03", ["Jordan Whitehorse", "Priya Natarajan"],
    "https://www.prairiecampus.ca/news/usask-extends-hiring-freeze", [
        "The University of Saskatchewan will extend a hiring freeze on administrative and teaching positions "
        "until the end of March 2026, provost Dr. Marie Lachance told the university council Thursday.",
        "The university expects a $14-million operating deficit for 2025-26 after a 1.5 per cent increase in its "
        "provincial grant, well below the 4 per cent it requested, and a fall in international tuition revenue.",
        "Research chairs and positions funded by external grants are exempt from the freeze. Dr. Lachance said "
        "faculties could apply for exceptions for positions essential to accreditation.",
        "“Every vacancy we do not fill is a course we teach with a sessional or not at all,” said Prof. Darren "
        "Kowal, chair of the faculty association’s bargaining committee.",
        "The university’s board of governors will approve the final budget in May.",
    ])

art("md-postdoc-essay", "I left my postdoc for industry. Here’s what the funding numbers don’t show",
    "Lab Notes", "2025-04-20", ["Sabine Kowalczyk"],
    "https://medium.com/lab-notes/i-left-my-postdoc-for-industry-3f9a2c71b0de", [
        "Last September I handed in my badge at a university lab in Vancouver, where I had spent four years as a "
        "postdoctoral fellow studying how bacteria form biofilms on medical implants. I now work for a "
        "diagnostics company in Burnaby. My salary went up by 70 per cent on the first day.",
        "I did not leave because I stopped loving research. I left because the arithmetic stopped working. My "
        "fellowship paid $45,000 a year, and then the rent on my one-bedroom apartment rose to $2,600 a month.",
        "Funding agencies publish success rates and average grant sizes. They do not publish how many of the "
        "people they trained are still doing research five years later. In my cohort of eleven postdocs, three "
        "remain in academia.",
        "When we talk about the research funding crisis, we usually mean the money that goes to principal "
        "investigators. But the system runs on people like the person I was, and it is losing them quietly, one "
        "resignation letter at a time.",
        "If agencies want to know whether their money is working, they should start counting who stays.",
    ], extra_outlets=["Medium"])

art("cew-grad-scholarships", "Ottawa pledges $1.7 billion over five years for graduate scholarships",
    "Commonwealth Education Wire", "2025-04-16", ["Marc Gauthier"],
    "https://www.cedwire.org/stories/2025/04/16/canada-graduate-scholarships-pledge", [
        "OTTAWA (CEW) — The federal government will spend $1.7 billion over five years to increase the value and "
        "number of graduate scholarships, Science Minister Daniel Okafor announced Wednesday.",
        "Master’s scholarships will rise to $27,000 a year from $17,500, and doctoral scholarships to $40,000 "
        "from $35,000. The number of awards will grow by about 1,700 a year by 2028.",
        "“A graduate student should not have to choose between a career in research and paying rent,” "
        "Mr. Okafor said at the University of Ottawa.",
        "Student groups welcomed the increase but said most graduate students are paid from their supervisors’ "
        "grants, not scholarships, and would see no benefit unless grant budgets also rose.",
        "The announcement follows a report last year by an expert panel that found the value of federal graduate "
        "awards had fallen by a third in real terms since 2003.",
    ])

art("hc-art-college-merger", "Merger talks between Halifax art college and Dalhousie resume",
    "Halifax Courant", "2025-04-29", ["Liam MacNeil"],
    "https://www.halifaxcourant.ca/news/art-college-dalhousie-merger-talks-resume", [
        "Talks on merging the Atlantic College of Art and Design with Dalhousie University have resumed after a "
        "two-year pause, the province confirmed Monday, as the art college faces a third consecutive deficit.",
        "The college, which has about 900 students in its Port Campus building on the Halifax waterfront, "
        "expects to lose $2.3 million this year. Advanced Education Minister Colleen Meagher said the province "
        "would not cover the deficit without a plan for long-term sustainability.",
        "“Nobody wants the college to lose its identity, but nobody wants it to close either,” Ms. Meagher said.",
        "Faculty at the college have opposed a merger in the past, arguing that studio teaching would suffer "
        "inside a large research university. The faculty union said it had not been consulted on the new talks.",
    ])

art("orr-council-chair", "Discovery council names first chair from a western university",
    "Ottawa Research Review", "2025-04-24", ["Hélène Tremblay"],
    "https://www.ottawaresearchreview.ca/2025/04/24/discovery-council-names-new-chair/", [
        "The Canadian Council for Discovery Research has named Dr. Miriam Olafson, a glaciologist at the "
        "University of Calgary, as chair of its governing board, the first person from a western university to "
        "hold the post.",
        "Dr. Olafson, who takes up the three-year appointment in July, said her first priority would be to make "
        "the case to government for a larger grants budget after this year’s competition funded fewer than half "
        "of applicants.",
        "“The science community is not asking for a favour. It is asking the country to decide whether it wants "
        "to do research or import it,” she said in an interview.",
        "She succeeds Dr. Paul Levesque, a physicist at Université Laval who has chaired the board since 2019.",
    ])

# ================================================================ IRELAND
art("sh-ul-budget-gap", "University of Limerick confronts €6.4m budget gap",
    "The Shannon Herald", "2025-04-16", ["Ciara Nolan"], None, [
        "The University of Limerick is facing a €6.4 million budget gap this year and will review every vacant "
        "post before it is filled, according to a letter sent to staff by its chief operating officer.",
        "The letter, seen by the Herald, blames rising energy costs, pay increases agreed nationally that have "
        "not been fully funded by the State, and lower than expected income from international students.",
        "“We will not balance the books by cutting teaching, but we must be honest that some projects will have "
        "to wait,” the letter says.",
        "The University Staff Union said the university should press the Government for full funding of "
        "national pay agreements rather than leave posts empty. “Every frozen post means larger classes,” said "
        "branch secretary Dr Fergal Hayes.",
        "The university said it remained in a strong financial position and that the review was a prudent "
        "measure.",
    ], extra_outlets=["The Shannon Herald (Ireland)"])

art("sh-tus-engineering", "New €38m engineering building confirmed for Moylish campus",
    "The Shannon Herald", "2025-04-16", ["Declan Ryan"], None, [
        "The Technological University of the Shannon has confirmed it will build a €38 million engineering and "
        "applied science building at its Moylish campus in Limerick, with construction due to start early next "
        "year.",
        "The four-storey building will have space for 1,100 students, including laboratories for robotics and "
        "renewable energy, and will be funded through the State’s technological university capital programme "
        "and a loan from the European Investment Bank.",
        "“This is the single biggest investment in the campus since it opened,” said the university’s "
        "vice-president for finance, Orla Keane.",
        "Local councillors welcomed the news but called for better bus connections to the campus, which sits on "
        "the north side of the city.",
        "Planning permission was granted by Limerick City and County Council last month.",
    ])

art("sh-frontier-awards", "Mid-West researchers win €9m in frontier research awards",
    "The Shannon Herald", "2025-04-16", ["Ciara Nolan"], None, [
        "Researchers at universities in Limerick and Galway have won €9 million of the €52 million awarded in "
        "the latest round of the national Frontier Research Awards, announced yesterday.",
        "Eleven projects in the Mid-West were funded, including a study of how the Shannon estuary’s salt "
        "marshes store carbon and a programme to develop cheaper sensors for monitoring heart patients at home.",
        "“These awards are the difference between an idea and a lab with people in it,” said Dr Sinéad "
        "Moloney, whose marsh carbon project received €1.1 million.",
        "The awards are made by the Council for Irish Research, which was formed last year from the merger of "
        "two earlier funding bodies. Success rates in this round were 16 per cent.",
        "The council said it would open the next round of applications in September.",
    ], edited={3: "The awards are made by the Council for Irish Research, formed last year when two earlier "
                  "funding bodies merged. Success rates in this round were 16 per cent."})

art("sh-campus-rents", "Students face €250 rise in campus rents from September",
    "The Shannon Herald", "2025-04-16", ["Aoife Brennan"], None, [
        "Students living in on-campus accommodation at the University of Limerick and Mary Immaculate College "
        "will pay up to €250 more a year from September after both institutions approved rent increases.",
        "A single en-suite room at UL’s Plassey village will cost €7,050 for the academic year, up from €6,800. "
        "Mary Immaculate said its increase, of 3.5 per cent, was the first in three years.",
        "“Students are already working 20 hours a week to cover rent, and every increase pushes more of them "
        "into the private market or into long commutes,” said students’ union president Conor Dwyer.",
        "Both institutions said the increases were needed to cover maintenance and energy costs and were below "
        "the rate allowed in rent pressure zones.",
        "The union said it would hold a protest on the UL campus next Wednesday.",
    ])

art("dcr-contribution-cut", "Student contribution to fall by €500, minister confirms",
    "Dublin Campus Report", "2025-03-19", ["Eoin Gallagher"],
    "https://www.dublincampusreport.ie/news/student-contribution-fall-500", [
        "The student contribution charge will fall by €500 to €2,500 for the next academic year, the Minister "
        "for Further and Higher Education confirmed yesterday, making permanent a cut that had been introduced "
        "as a one-off measure.",
        "About 110,000 students who pay the charge in full will benefit. Those whose families earn less than "
        "€62,000 a year will continue to have the charge paid in full through the student grant scheme.",
        "The National Student Union said the move was welcome but that Ireland still had the highest fees in "
        "the EU. “A cut that was promised as temporary is now the new floor, and the floor is still too high,” "
        "said the union’s president, Róisín Keogh.",
        "University heads warned that the cut must be matched by an increase in core funding. The Council of "
        "University Presidents has said the sector faces a funding gap of €307 million a year.",
    ], extra_outlets=["Dublin Campus Report (Ireland)"])

art("dcr-phd-stipend", "PhD stipend rise to €28,000 ‘still below living wage’, says researchers’ group",
    "Dublin Campus Report", "2025-04-04", ["Eoin Gallagher", "Niamh Daly"],
    "https://www.dublincampusreport.ie/news/phd-stipend-rise-living-wage", [
        "A rise in the minimum PhD stipend to €28,000 a year will still leave most doctoral researchers in Dublin "
        "below the living wage, the Postgraduate Workers’ Organisation said yesterday.",
        "The increase, from €25,000, applies to researchers funded by the Council for Irish Research from "
        "September and will be extended to university-funded scholarships over two years. It follows a review "
        "that found many PhD researchers spent more than half their income on rent.",
        "“Twenty-eight thousand euro is an improvement, but nobody can rent a room in Dublin and eat on that,” "
        "said the organisation’s chairperson, Aisling Corcoran, a fourth-year doctoral researcher in physics at "
        "Trinity College Dublin.",
        "The organisation wants PhD researchers to be recognised as employees with pension rights and sick "
        "leave, a change universities have resisted.",
        "The Department of Further and Higher Education said the stipend would be reviewed again in 2027.",
    ])

art("dcr-tud-loan", "TU Dublin secures €150m loan for Grangegorman expansion",
    "Dublin Campus Report", "2025-04-22", ["Niamh Daly"],
    "https://www.dublincampusreport.ie/news/tu-dublin-grangegorman-loan", [
        "Technological University Dublin has secured a €150 million loan from the European Investment Bank to "
        "fund the second phase of its Grangegorman campus, the first loan of its kind to a technological "
        "university.",
        "The money will pay for two teaching buildings and a library, which the university says will allow it to "
        "move its remaining students out of rented buildings in the city centre by 2029.",
        "“We have been paying rent on buildings we do not own for 20 years. This loan ends that,” said the "
        "university’s president, Prof Declan Hughes.",
        "The loan is guaranteed by the State and will be repaid over 25 years from the university’s capital "
        "budget.",
    ])

# ================================================================ AUSTRALIA
art("cl-grants-freeze", "Grant freeze leaves 300 research projects in limbo",
    "Canberra Lantern", "2025-04-01", ["Tom Hadley"], None, [
        "More than 300 research projects recommended for funding by the National Research Grants Council have "
        "been left in limbo after the federal government delayed approving the latest round, researchers say.",
        "The council’s discovery and linkage results were due in November but have not been released. Under the "
        "council’s rules, the minister must sign off on each grant before it is announced.",
        "“People are being told their jobs end on 30 June and they cannot apply for anything else because they "
        "might be funded,” said Associate Professor Hannah Cribb, president of the Early Career Researchers "
        "Network.",
        "A spokesperson for the Education Minister said the government was “finalising its consideration” of the "
        "round and expected to make announcements in the coming weeks.",
        "The delay is the longest since 2018, when ministerial vetoes of humanities grants prompted a Senate "
        "inquiry.",
    ], extra_outlets=["Canberra Lantern (Australia)"])

art("gd-freeze-early-career", "What the grants freeze means for early-career researchers",
    "The Grant Desk", "2025-04-05", ["Megan Koh"], "https://grantdesk.ghost.io/grants-freeze-early-career/", [
        "For most of the people who write to this newsletter, the delay to this year’s National Research Grants "
        "Council round is not an abstract policy problem. It is a contract that ends in June.",
        "By my count, at least 120 of the projects waiting for approval would employ a postdoctoral researcher, "
        "and most universities will not extend a contract on the strength of a grant that has not been announced.",
        "There are three things early-career researchers can do now. Ask your research office in writing "
        "whether it will bridge your salary if the grant is approved late. Check whether your fellowship rules "
        "let you apply for other schemes while a decision is pending. And keep a record of the dates: if the "
        "round is delayed past July, several universities have said they will review their bridging policies.",
        "None of this fixes the underlying problem, which is that a grant system that depends on a minister’s "
        "signature will always be exposed to a minister’s timetable.",
    ])

art("qtt-intl-caps", "Brisbane universities plan for lower international student caps",
    "Queensland Tertiary Times", "2025-04-09", ["Sarah Lindqvist"],
    "https://www.qldtertiarytimes.com.au/news/brisbane-universities-international-caps", [
        "Brisbane’s three largest universities are planning for international commencements to fall by up to 15 "
        "per cent next year, after the federal government signalled it would keep its cap on new overseas "
        "students in place for 2026.",
        "Internal planning documents seen by the Times show one university modelling a $60 million fall in "
        "revenue over two years, with research support among the areas under review.",
        "“International fees have been quietly paying for Australian research for twenty years. When the fees "
        "go, the question is who pays for the research,” said Professor Alan Mercer, a higher education "
        "economist.",
        "The Department of Education said the cap was designed to ensure sustainable growth and that "
        "universities had been consulted.",
    ])

art("cl-levy-shelved", "Levy on international student fees shelved after sector backlash",
    "Canberra Lantern", "2025-04-23", ["Tom Hadley", "Bree Walsh"],
    "https://www.canberralantern.com.au/politics/international-student-levy-shelved", [
        "The federal government has shelved a proposed levy on international student fees that would have funded "
        "regional university campuses, after universities warned it would cost jobs and damage Australia’s "
        "reputation.",
        "The levy, floated in a discussion paper last year, would have charged universities 5 per cent of their "
        "international fee income above a threshold, raising an estimated $310 million a year.",
        "“We listened to the sector,” a government spokesperson said. “Regional campuses will still get the "
        "support they need, through other means.”",
        "Regional universities expressed disappointment. Professor Linda Hartigan, who chairs the Regional "
        "Universities Group, said the decision left a funding hole that no one had explained how to fill.",
        "The opposition said the policy had been poorly designed from the start.",
    ], extra_outlets=["Canberra Lantern (Australia)"])

art("cew-anu-cuts", "Australian National University to cut 280 jobs in savings drive",
    "Commonwealth Education Wire", "2025-04-28", ["Nick Farrow"],
    "https://www.cedwire.org/stories/2025/04/28/anu-job-cuts-savings", [
        "CANBERRA (CEW) — The Australian National University will cut 280 jobs by the end of the year as part of "
        "a plan to save A$150 million, its vice-chancellor told staff on Monday.",
        "About two thirds of the positions are in professional and administrative roles. The university said it "
        "would seek voluntary redundancies first and that research-only positions funded by external grants "
        "would not be affected.",
        "“We are spending more than we earn, and we have been for five years,” vice-chancellor Professor Rachel "
        "Whitford said in an all-staff address.",
        "The staff union said the cuts would increase workloads for the staff who remain and called for an "
        "independent review of the university’s finances.",
        "The university has already closed its music school to new enrolments and merged several colleges.",
    ], synd_title="ANU to shed 280 jobs as savings drive deepens", synd_outlet="Queensland Tertiary Times",
    synd_credit="This article was originally published by Commonwealth Education Wire.",
    synd_url="https://www.qldtertiarytimes.com.au/news/anu-shed-280-jobs")

art("qtt-tafe-regional", "TAFE gets $96m for regional trade training centres",
    "Queensland Tertiary Times", "2025-04-14", ["Sarah Lindqvist"],
    "https://www.qldtertiarytimes.com.au/news/tafe-regional-trade-training-96m", [
        "TAFE Queensland will receive $96 million over four years to build and equip trade training centres in "
        "Mackay, Rockhampton and Mount Isa, the state government announced on Monday.",
        "The centres will focus on electrical, plumbing and heavy vehicle trades, where employers in the regions "
        "report the worst shortages. They are expected to train about 2,400 apprentices a year when complete.",
        "“A young person in Mount Isa should not have to move to Brisbane to become an electrician,” the state’s "
        "training minister said.",
        "The funding is part of a state skills package that also includes fee-free places in construction and "
        "aged care courses.",
    ])

art("cl-phd-stipend-floor", "PhD stipend floor to rise to $41,000 under new scholarship rules",
    "Canberra Lantern", "2025-04-30", [], None, [
        "The minimum stipend for PhD students on federally funded research training scholarships will rise to "
        "$41,000 a year from 2026, the Education Department announced yesterday.",
        "The increase, from $35,000, will apply to new and continuing scholarship holders and will be indexed to "
        "wages from 2027. About 23,000 students hold the scholarships.",
        "Student groups said the stipend remained below the minimum wage for a full-time worker and called for "
        "PhD candidates to be treated as employees.",
        "Universities will have to meet part of the cost of the increase from their own research block grants, "
        "which some vice-chancellors warned could mean fewer scholarships.",
    ], extra_outlets=["Canberra Lantern (Australia)"])

# ================================================================ INDIA
art("dep-lab-mission", "Research mission clears Rs 1,850 crore for 400 university labs",
    "Deccan Education Post", "2025-04-12", ["Ramesh Iyer"],
    "https://www.deccaneducationpost.in/research/lab-mission-clears-rs-1850-crore", [
        "The National Research Grants Mission has approved Rs 1,850 crore to upgrade laboratories at 400 state "
        "universities over three years, the largest single allocation to state institutions since the mission "
        "was set up.",
        "Each university will receive between Rs 2 crore and Rs 8 crore for equipment, on condition that the "
        "instruments are shared with colleges in the same district through an online booking system.",
        "“Seventy per cent of our PhD students are in state universities, and most of them do not have access to "
        "a working spectrometer,” mission director Dr Shalini Rao said at a briefing in Bengaluru.",
        "Universities must submit equipment plans by June 30. The mission said it would audit the use of the "
        "instruments every year and withdraw funding from institutions that did not share them.",
        "Vice-chancellors welcomed the announcement but said the money did not cover technicians’ salaries, "
        "which are paid by state governments.",
    ])

art("lm-fee-rollback", "Lucknow University rolls back fee hike after week of protests",
    "Lucknow Mirror", "2025-04-05", ["Anjali Verma"],
    "https://www.lucknowmirror.in/city/lucknow-university-fee-hike-rolled-back", [
        "Lucknow University on Friday withdrew a fee increase of up to 40 per cent for undergraduate courses "
        "after a week of protests by students outside the administrative block.",
        "The increase, approved by the executive council in March, would have raised annual fees for BSc courses "
        "from Rs 14,500 to Rs 20,300. The university said the revised fees would now be decided after "
        "consultation with student representatives.",
        "“We are not against paying for quality, but the university never explained what the extra money was "
        "for,” said Ritika Singh, a third-year student who took part in the protests.",
        "The university said the increase had been intended to fund new laboratories and digital classrooms, and "
        "that it would approach the state government for a grant instead.",
    ], extra_outlets=["Lucknow Mirror (India)"])

art("dep-fellowship-delays", "Delayed fellowship payments leave 3,000 PhD scholars short",
    "Deccan Education Post", "2025-04-25", ["Ramesh Iyer", "Kavya Menon"],
    "https://www.deccaneducationpost.in/research/fellowship-delays-phd-scholars", [
        "About 3,000 PhD scholars at central universities and research institutes have not received their "
        "monthly fellowships for up to four months because of a change in the way the payments are processed, "
        "scholars’ associations say.",
        "The delays followed a move in December to pay fellowships directly from a central portal rather than "
        "through institutions. Scholars say their records were transferred with errors, and that correcting them "
        "requires approvals from three offices.",
        "“I have borrowed Rs 60,000 from friends to pay my rent and mess bills. My supervisor is paying for "
        "chemicals from his own pocket,” said a fourth-year chemistry scholar at a Hyderabad institute, who asked "
        "not to be named.",
        "The All India Research Scholars’ Forum has written to the Ministry of Education asking for the arrears "
        "to be paid within 15 days.",
        "Officials said 70 per cent of the backlog had been cleared and the rest would be paid by the end of May.",
    ], extra_outlets=["Deccan Education Post (India)"])

art("x-prayagraj-sitin", "Research scholars stage sit-in over lab grant delays",
    None, "2025-04-19", [], None, [
        "PRAYAGRAJ: Research scholars at a state university here staged a sit-in outside the vice-chancellor’s "
        "office on Friday, demanding the release of contingency grants that they say have been held up since "
        "October.",
        "The scholars said the annual grant of Rs 20,000 per student, used for chemicals, field work and "
        "conference travel, had not been paid, forcing some to halt experiments.",
        "“Some of us are buying reagents with our own scholarship money. Others have simply stopped,” said "
        "Manish Tripathi, a doctoral student in botany.",
        "The registrar said the funds had been sanctioned and would be credited after a technical problem with "
        "the university’s accounts software was resolved.",
    ])

art("dep-karnataka-audits", "Karnataka universities told to publish research grant audits",
    "Deccan Education Post", None, ["Kavya Menon"],
    "https://www.deccaneducationpost.in/research/karnataka-universities-grant-audits", [
        "Karnataka’s higher education department has ordered the state’s 32 public universities to publish "
        "audited accounts of every research grant above Rs 25 lakh, after an inquiry found that equipment bought "
        "with grant money at two universities could not be traced.",
        "The order requires universities to upload audit reports within six months of a grant ending and to keep "
        "an online register of equipment with photographs and locations.",
        "“Public money for research must be visible to the public,” the department’s principal secretary said in "
        "the order.",
        "Teachers’ associations said they supported transparency but warned that the new rules would add "
        "paperwork for departments that already lacked administrative staff.",
    ])

art("lm-ai-park", "IIT Kanpur unveils AI research park with Rs 300 crore corporate grant",
    "Lucknow Mirror", "2025-04-28", ["Anjali Verma"],
    "https://www.lucknowmirror.in/education/iit-kanpur-ai-research-park", [
        "The Indian Institute of Technology Kanpur on Monday unveiled plans for an artificial intelligence "
        "research park funded by a Rs 300 crore grant from a consortium of Indian technology companies.",
        "The park, on a 12-acre site on the institute’s campus, will house 30 research groups working on AI for "
        "agriculture, healthcare and Indian languages. The first building is expected to open in 2027.",
        "“Industry money is welcome, but the research agenda will be set by our faculty,” said the institute’s "
        "dean of research, Prof Arvind Saxena.",
        "The consortium will get first rights to license technology developed at the park, an arrangement some "
        "faculty members have questioned.",
    ])
