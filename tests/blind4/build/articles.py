# -*- coding: utf-8 -*-
"""Canonical texts of the blind4 articles: regional health services in the Welsh Marches, the
English Midlands and North, Scotland and the west of Ireland, 11-23 October 2024.

Every story, person, organisation, figure and quote is invented (places are real). Paragraphs
are written with typographic quotes and dashes; each renderer re-typesets them the way its
format would. build_set.py turns these into the dumps and into gold.json.
"""

ART = {}


def art(aid, **kw):
    ART[aid] = kw
    return kw


# ---------------------------------------------------------------- shared passages
# a minister's quote used by two different articles (sp-worcester-handover, nr-minister-winter)
MINISTER = ("“Nobody should spend hours in the back of an ambulance outside a hospital that is "
            "a few yards away. We have told every trust that crews must be released within 45 minutes, "
            "and where a hospital cannot manage that, we want to know why and what help it needs from us "
            "before the winter starts in earnest,” the health minister, Rosalind Hartley, said.")

# background paragraph shared by two Galloway Herald stories by the same reporter
GALLOWAY_BG = ("Dumfries and Galloway has lost eleven GP partners since 2021, according to the local medical "
               "committee, and four practices in the Machars and the Rhins now rely on locums for at least one "
               "session a day. The health board says it has spent £2.3 million on recruitment incentives over the "
               "same period.")

# MedLogix chief executive quote shared by the press release and the news story written from it
MEDLOGIX_Q = ("“Pathology samples from a rural surgery can spend four or five hours in the back of a van before "
              "they reach a laboratory,” said MedLogix chief executive Daniel Ashworth. “A drone can do the same "
              "trip in under twenty minutes, in most weather, without adding a single vehicle to the road.”")

# ================================================================ Midlands Health Journal (RSS)
art("mhj-handover",
    title="Ambulance handover delays at Royal Shrewsbury hit 11-hour peak",
    synd_title="Paramedics waited up to 11 hours outside Shrewsbury A&E, figures show",
    paras=[
        "Ambulance crews waited up to 11 hours to hand over patients at the Royal Shrewsbury Hospital last week, the "
        "longest delay recorded at the site since the winter of 2022, according to figures seen by Midlands Health "
        "Journal.",
        "The data, compiled by the regional ambulance service, shows that 38 crews waited more than four hours on "
        "Monday and Tuesday alone. On the worst night, nine ambulances were queued in the hospital’s rear car park "
        "while the emergency department held 71 patients in a space designed for 40.",
        "“Crews are doing clinical care in the back of a vehicle for an entire shift,” said Kelly Broome, a paramedic "
        "and union representative based in Shrewsbury. “Meanwhile the calls in Oswestry and Church Stretton are "
        "stacking up with nobody to send.”",
        "The Shropshire and Telford hospital trust said it had opened 14 extra beds on its acute medical unit and "
        "brought in a ‘fit to sit’ area so that patients who can wait in a chair are moved off trolleys more quickly.",
        "A spokesperson added that the trust was discharging around 25 fewer patients a day than it needed to, "
        "mainly because of a shortage of home-care packages in rural areas.",
        "The ambulance service said it had asked neighbouring trusts to accept some patients from the Shrewsbury "
        "catchment and that a temporary ‘release to respond’ protocol, under which crews can leave after 45 minutes, "
        "would be reviewed at the end of the month.",
    ])

AE_NOTE = ("NOTE: Figures are provisional and taken from the trusts’ 08:00 situation reports. Type 1 departments only; "
           "minor injury units and urgent treatment centres are excluded. Figures may be revised in the monthly "
           "statistics.")

art("mhj-ae-1015",
    title="A&E dashboard: Tuesday 15 October",
    paras=[
        "The region’s eight type 1 emergency departments recorded 3,412 attendances on Tuesday, up 4 per cent on the "
        "same day last week.",
        "Performance against the four-hour standard was 61.8 per cent, down from 63.1 per cent on Monday. The best "
        "performer was Hereford County Hospital at 72.4 per cent; the lowest was the Royal Shrewsbury at 48.9 per cent.",
        "There were 211 twelve-hour waits from arrival, and 64 ambulance handovers took longer than 60 minutes. "
        "Bed occupancy across the acute trusts stood at 96.2 per cent.",
        "Worcestershire Royal declared an internal critical incident at 16:40, which was stood down at 23:10.",
        AE_NOTE,
    ])

art("mhj-ae-1016",
    title="A&E dashboard: Wednesday 16 October",
    paras=[
        "The region’s eight type 1 emergency departments recorded 3,287 attendances on Wednesday, down 2 per cent on "
        "the same day last week.",
        "Performance against the four-hour standard was 63.5 per cent, up from 61.8 per cent on Tuesday. The best "
        "performer was Hereford County Hospital at 74.0 per cent; the lowest was Princess Royal, Telford, at 51.2 per "
        "cent.",
        "There were 187 twelve-hour waits from arrival, and 52 ambulance handovers took longer than 60 minutes. "
        "Bed occupancy across the acute trusts stood at 95.7 per cent.",
        "No trust declared a critical incident.",
        AE_NOTE,
    ])

art("mhj-virtual-wards",
    title="Telford virtual wards pass 10,000 patients",
    print_title="Virtual wards reach 10,000 milestone",
    paras=[
        "More than 10,000 patients have now been treated on ‘virtual wards’ in Telford and Wrekin since the scheme "
        "started in 2022, the local integrated care board said this week.",
        "Patients on a virtual ward stay at home but are monitored by a hospital team using pulse oximeters, blood "
        "pressure cuffs and a tablet app. Nurses visit in person when readings cause concern, and a consultant reviews "
        "every patient each morning.",
        "The board says the service now has 120 ‘beds’, mostly for frail older people and patients with heart "
        "failure or chronic lung disease, and that occupancy has averaged 81 per cent since April.",
        "“For a lot of our older patients, a hospital bed is the worst place to be,” said Dr Imran Qureshi, the "
        "clinical lead. “They sleep badly, they lose muscle, they get confused. At home they get the same medicine "
        "and the same checks, and they get their own bed.”",
        "Not everyone is convinced. The Telford branch of the Patients’ Association said it had heard from families "
        "who felt the burden of care had shifted on to them without support, and asked for a proper evaluation.",
        "The board said an independent review by the University of Wolverhampton would report in the spring.",
    ])

art("mhj-drone-samples",
    title="Drones to fly pathology samples between Shropshire surgeries and hospital labs",
    paras=[
        "Blood and tissue samples from rural GP surgeries in south Shropshire will be flown to hospital laboratories "
        "by drone from next spring under a two-year trial announced this week.",
        "The Severnvale Health Partnership, which runs pathology services for the county, has signed a contract with "
        "the Warwick-based logistics company MedLogix to operate flights from surgeries in Bishop’s Castle, Clun and "
        "Craven Arms to the Royal Shrewsbury Hospital.",
        MEDLOGIX_Q,
        "Clinicians broadly welcomed the plan. Dr Fran Elwood, a GP in Clun, said that samples taken after 11am "
        "currently missed the last courier and were not analysed until the next day. “That delay matters for things "
        "like potassium levels, where a result that comes back a day late can be meaningless,” she said.",
        "Residents have raised concerns about noise and privacy. MedLogix says the aircraft fly at around 100 metres "
        "and carry no cameras apart from a downward-facing navigation sensor.",
        "The trial needs Civil Aviation Authority approval for flights beyond visual line of sight, which the company "
        "expects by February.",
    ])

art("mhj-gp-cap",
    title="Herefordshire GP practices vote to cap daily appointments",
    synd_title="GPs in Herefordshire to limit patients seen each day",
    paras=[
        "GP practices in Herefordshire have voted to limit the number of patients each doctor sees in a day, in what "
        "the county’s local medical committee called a ‘safe working’ measure rather than industrial action.",
        "Under the plan, which takes effect on 4 November, each GP will see no more than 25 patients a day in person "
        "or by phone. Patients who cannot be fitted in will be directed to NHS 111, pharmacies or the urgent "
        "treatment centre at Hereford County Hospital.",
        "Of the county’s 23 practices, 19 took part in the ballot and 17 voted in favour.",
        "“Research is very clear that once a doctor goes much beyond 25 contacts a day, the risk of errors rises,” "
        "said Dr Martin Lacey, the committee’s chair. “We are not doing this to make a point. We are doing it because "
        "we are frightened of missing something.”",
        "The integrated care board said it was ‘disappointed’ and was working with practices to understand the "
        "effect on patients. Healthwatch Herefordshire urged anyone struggling to get an appointment to contact it.",
        "Similar caps have been adopted in parts of Worcestershire and Gloucestershire since the summer.",
    ])

art("mhj-powys-pharmacy",
    title="Rural pharmacies in Powys warn they may not survive the winter",
    paras=[
        "Independent pharmacies in rural Powys have warned that several could close before the end of the financial "
        "year, leaving some communities more than 20 miles from the nearest dispenser.",
        "Community Pharmacy Wales said seven of the county’s 29 pharmacies were operating at a loss, largely because "
        "the fee they receive for each prescription has not kept pace with wages and energy bills.",
        "“We are the only health professional many people here will see in a year,” said Rhodri Pugh, who owns "
        "pharmacies in Llanidloes and Rhayader. “If we go, the GP surgery gets busier, the hospital gets busier, and "
        "older people have to get a bus that runs twice a day to collect their tablets.”",
        "The Welsh Government said it had increased funding for community pharmacy by 6 per cent this year and that "
        "a new clinical services contract would let pharmacists treat more common conditions.",
    ])

art("mhj-ludlow-maternity",
    title="Ludlow midwife-led unit to stay closed until spring",
    paras=[
        "The midwife-led maternity unit at Ludlow Community Hospital will remain closed to births until at least "
        "April, the Shropshire and Telford hospital trust has confirmed.",
        "The unit suspended births in June after four midwives left and could not be replaced. Antenatal and "
        "postnatal clinics have continued.",
        "The trust said it had recruited two midwives who would start in January, but that it needed at least six "
        "to staff a 24-hour service safely. Women in south Shropshire who would have given birth in Ludlow are being "
        "offered care at Telford, Hereford or at home.",
        "Campaigners from the Ludlow Maternity Matters group said many families faced a drive of more than an hour in "
        "labour. “People were promised this was temporary,” said the group’s chair, Beth Corfield. “Every month it "
        "stays shut, it gets easier to close it for good.”",
    ])

art("mhj-physio-selfreferral",
    title="Worcestershire patients can now book physiotherapy without seeing a GP",
    paras=[
        "Adults in Worcestershire with back, joint or muscle problems can now refer themselves for physiotherapy "
        "online, without first seeing their GP, the county’s community health trust announced on Thursday.",
        "Patients fill in a questionnaire and are triaged by a physiotherapist within five working days. Those with "
        "urgent symptoms, such as numbness or loss of bladder control, are told to seek medical help immediately.",
        "The trust estimates that around one in six GP appointments in the county is for a musculoskeletal problem.",
        "“Most people with a bad back do not need a doctor, they need someone to assess them and give them the right "
        "exercises,” said Claire Hobday, the trust’s head of therapies.",
        "Waiting times for a first physiotherapy appointment currently average nine weeks.",
    ])

# ================================================================ Western Health Wire (Atom)
art("whw-galway-trolley",
    title="Trolley numbers at University Hospital Galway reach October record",
    paras=[
        "Fifty-eight patients were waiting on trolleys at University Hospital Galway on Friday morning, the highest "
        "figure recorded at the hospital in October since the nurses’ union began its daily count.",
        "The Irish Nurses and Midwives Organisation said 23 of those patients were in corridors or in the emergency "
        "department’s waiting area, and that several had been there for more than 24 hours.",
        "“These are people in their eighties and nineties lying under fluorescent lights for a day and a night,” said "
        "the union’s western organiser, Gráinne Lally. “Staff are apologising to them all shift. It is not the care "
        "any of us trained to give.”",
        "The Saolta group, which runs the hospital, said attendances at the emergency department were 9 per cent "
        "higher than a year ago and that it had asked GPs to consider alternatives to referral where appropriate.",
        "A new 75-bed block at the hospital is due to open in 2026.",
    ])

art("whw-sligo-stroke",
    title="Sligo stroke unit gets 24-hour thrombectomy cover",
    synd_title="Round-the-clock clot retrieval for north-west stroke patients",
    paras=[
        "Stroke patients in the north-west will have access to clot-retrieval treatment around the clock from next "
        "month, after Sligo University Hospital agreed a new rota with interventional radiologists in Galway.",
        "Thrombectomy, in which a clot is removed from a blood vessel in the brain through a catheter, is currently "
        "available to Sligo patients only on weekdays between 8am and 6pm. Outside those hours they are not eligible.",
        "Under the new arrangement, patients who need the procedure will be assessed in Sligo and transferred by "
        "ambulance or, in good weather, by the air ambulance to Galway, where a team will be on call at all times.",
        "“Every minute a large clot stays in place, around two million brain cells die,” said consultant "
        "neurologist Dr Ciarán Mulhern. “Getting this to 24 hours is the single biggest change to stroke care in the "
        "region in a decade.”",
        "The Irish Heart Foundation welcomed the move but said a thrombectomy centre in the north-west itself was "
        "still needed.",
    ])

art("whw-belmullet-ambulance",
    title="New ambulance base to open in Belmullet",
    paras=[
        "The National Ambulance Service is to open a base in Belmullet, Co Mayo, early next year, ending a long "
        "campaign by residents of the Erris peninsula.",
        "At present the nearest ambulances are stationed in Ballina and Castlebar, and average response times to "
        "life-threatening calls in Erris were 41 minutes last year, against a target of 19.",
        "The base will have one emergency ambulance and a rapid-response car staffed around the clock. Twelve "
        "paramedics are being recruited.",
        "Local councillor Teresa Gaughan said the news was “a long time coming” and paid tribute to the families who "
        "had campaigned after losing relatives while waiting for help.",
    ])

art("whw-camhs-weekend",
    title="Galway CAMHS waiting list halves after weekend clinics",
    paras=[
        "The number of children waiting for a first appointment with mental health services in Galway has almost "
        "halved since the service began running Saturday clinics in May.",
        "Figures released to Western Health Wire show 212 children were waiting at the end of September, down from "
        "407 in April. The longest wait has fallen from 19 months to eight.",
        "The clinics are staffed by consultants and psychologists working extra sessions, paid at an overtime rate "
        "agreed with the unions as a temporary measure.",
        "Parents’ group Minding Galway said the progress was welcome but fragile. “It depends on the goodwill of "
        "people working a sixth day,” said its founder, Orla Burke. “That is not a plan, that is a sticking plaster.”",
        "The HSE said it was recruiting to make the extra capacity permanent.",
    ])

art("whw-donegal-ortho",
    title="Donegal children wait up to four years for orthodontic treatment",
    paras=[
        "Children in Co Donegal are waiting up to four years for publicly funded orthodontic treatment, longer than "
        "anywhere else in the country, according to figures released by the HSE.",
        "More than 1,300 children in the county are on the waiting list, and 540 of them have been waiting for more "
        "than two years. Many will be too old to qualify for treatment by the time they are seen.",
        "Dentists say the delays are caused by a shortage of specialist orthodontists willing to work in the public "
        "system. The HSE said it had started buying treatment from private practices in Letterkenny and Derry.",
    ])

art("whw-roscommon-injury",
    title="Roscommon injury unit extends weekend hours",
    paras=[
        "The injury unit at Roscommon University Hospital will open until 8pm on Saturdays and Sundays from November, "
        "two hours later than now.",
        "The unit treats broken bones, sprains, minor burns and cuts but not chest pain, strokes or serious illness, "
        "which still go to Galway or Sligo.",
        "Hospital manager Declan Fahy said the unit had seen 11,400 patients in the first nine months of the year, "
        "around a third of them at weekends. “A lot of people don’t realise they can come here instead of spending "
        "eight hours in a city emergency department,” he said.",
    ])

art("whw-ballina-dialysis",
    title="Ballina dialysis unit to double capacity",
    paras=[
        "Kidney patients in north Mayo will no longer have to travel to Castlebar three times a week for dialysis "
        "after the HSE approved an extension of the unit in Ballina.",
        "The unit currently has eight dialysis stations and treats 48 patients. The extension will add eight more "
        "stations and allow a late evening session for people who work.",
        "Patient advocate Séamus Kilbane, who has been on dialysis for six years, said a round trip to Castlebar took "
        "most of the day. “You spend four hours on the machine and four hours in a taxi. It becomes your whole life.”",
        "Construction is due to start in the new year.",
    ])

# ================================================================ Marches Courier (Drupal print view)
art("mc-hereford-ward",
    title="Hereford County Hospital opens 40-bed modular ward",
    paras=[
        "A 40-bed ward built in a factory in Yorkshire and lifted into place by crane over a single weekend has "
        "opened at Hereford County Hospital, the trust said on Thursday.",
        "The two-storey modular building, next to the hospital’s main entrance, cost £14.6 million and will be used "
        "for patients who are medically fit to leave but waiting for care at home or a place in a nursing home.",
        "“On any given day we have between 50 and 70 people in our acute beds who do not need to be there,” said "
        "Wye Valley NHS Trust’s chief operating officer, Jane Ingram. “Moving them to a ward designed for "
        "recovery, with therapists on site, frees beds for the people coming through our front door.”",
        "The ward has single rooms with their own bathrooms, a gym and a day room overlooking the River Wye. Staff "
        "have been recruited from the Philippines and India as well as locally.",
        "Union officials welcomed the extra capacity but said the trust still had 180 nursing vacancies. “A building "
        "is the easy part,” said Unison branch secretary Paul Morgan. “Filling the rota is the hard part.”",
        "The trust expects the new ward to reduce the number of ambulances waiting outside its emergency department "
        "by freeing around 15 beds a day in the main hospital.",
    ])

# ================================================================ The Severn Post (Arc)
art("sp-worcester-handover",
    title="Worcester ambulance crews lose 4,000 hours a month outside hospital",
    seo_title="Ambulance crews lose 4,000 hours a month outside Worcestershire Royal",
    standfirst="Analysis of handover data shows that queues at the county’s main hospital now take three "
                "ambulances off the road for every hour of the day.",
    paras=[
        "STANDFIRST",
        "Ambulance crews in Worcestershire lost more than 4,000 hours in September waiting to hand over patients at "
        "Worcestershire Royal Hospital, an analysis by The Severn Post has found.",
        "The figure, calculated from handover times published by the regional ambulance service, is the equivalent "
        "of taking five ambulances off the road for the entire month. It is more than double the time lost in "
        "September last year.",
        "Paramedics told the Post that long waits had become routine. One crew member, who asked not to be named, "
        "described caring for a 94-year-old woman with a broken hip in the ambulance for nine hours. “You give her "
        "pain relief, you take her to the toilet in a commode, you apologise. That is your whole shift,” they said.",
        "The worst affected areas are rural parts of the county where the nearest available ambulance may be in "
        "Worcester itself. In Tenbury Wells, the average response to a category 2 call — which includes suspected "
        "heart attacks and strokes — was 1 hour 23 minutes in September, against a target of 18 minutes.",
        "Worcestershire Acute Hospitals NHS Trust said it had opened a 20-space ‘handover area’ staffed by nurses so "
        "that crews could leave their patients and return to the road. It said the area had been in use for only "
        "three weeks and the effect would show in October’s figures.",
        MINISTER,
        "Labour’s Worcester MP said the figures showed the system was ‘at breaking point’ and called for a review of "
        "social care funding in the county.",
    ])

# ================================================================ The Waiting Room (Substack)
art("wr-waiting-list",
    title="Why the waiting list number lies",
    subtitle="7.6 million is a count of pathways, not people — and the difference matters for what we do next",
    paras=[
        "SUBTITLE",
        "Every month, the headline figure for the NHS waiting list in England is reported as the number of people "
        "waiting for treatment. It isn’t. It is the number of open referral-to-treatment pathways, and one person can "
        "be on several at once.",
        "If you have a bad knee and a cataract, you are on the list twice. If your GP refers you to cardiology and "
        "cardiology refers you on to a different hospital, you can, for a while, be on it twice for the same heart.",
        "NHS England’s own estimate is that the 7.6 million pathways correspond to about 6.4 million people. That is "
        "still an enormous number. But it changes the arithmetic of what it would take to bring it down.",
        "It also matters regionally. In my own patch on the Welsh border, a surprising share of pathways belong to "
        "people who have been referred to two trusts at once — one in England, one in Wales — because nobody could "
        "tell them which would see them first. They are counted in both systems and, in effect, twice.",
        "None of this means the list is a fiction. It means the single number invites the wrong debate. We argue "
        "about whether the total is rising or falling by 50,000 a month, when the questions that decide whether "
        "patients come to harm are how long the longest waits are and who is waiting for what.",
        "Next week: what happened when one trust in Shropshire tried ‘validating’ its list by phoning every patient "
        "who had waited more than a year.",
    ])

# ================================================================ Border Gazette (AMP)
art("bg-carlisle-radiotherapy",
    title="Cumberland Infirmary cancer centre to get second radiotherapy machine",
    print_title="CANCER CENTRE BOOST FOR CARLISLE",
    caption="The radiotherapy suite at the Cumberland Infirmary in Carlisle. Photograph: Border Gazette",
    paras=[
        "Cancer patients in north Cumbria will no longer have to travel to Newcastle for some treatments after the "
        "government approved funding for a second radiotherapy machine at the Cumberland Infirmary in Carlisle.",
        "CAPTION",
        "The £6.8 million linear accelerator will be installed in a new bunker next to the existing one and should be "
        "treating patients by the end of 2025, North Cumbria Integrated Care NHS Foundation Trust said.",
        "Around 40 per cent of radiotherapy patients from the area currently make a round trip of up to 120 miles to "
        "the Freeman Hospital, often every weekday for several weeks, because the Carlisle machine is fully booked.",
        "“I did 20 sessions last year and spent more time on the A69 than I did with my grandchildren,” said Pat "
        "Wilkinson, 71, from Wigton, who campaigned for the second machine. “Nobody should have to choose between "
        "treatment and being able to function.”",
        "The trust said the new machine would also allow it to offer stereotactic radiotherapy, a high-precision "
        "treatment for small tumours, for the first time in Cumbria.",
        "The announcement follows a petition signed by more than 18,000 people and a campaign led by the Gazette.",
    ])

# ================================================================ ProQuest-only articles
art("gh-stranraer-list",
    title="Stranraer surgery closes its list to new patients",
    paras=[
        "A GP practice in Stranraer has closed its list to new patients for at least six months after two of its four "
        "doctors retired within a fortnight.",
        "Rhins Medical Practice, which serves around 7,900 patients, said it could no longer safely take on new "
        "registrations. Families moving to the town will be allocated to another practice by NHS Dumfries and "
        "Galloway.",
        GALLOWAY_BG,
        "Practice manager Karen Milligan said the remaining GPs were working an extra session each week. “We would "
        "much rather be welcoming new families than turning them away, but we owe a safe service to the patients we "
        "already have,” she said.",
        "The health board said it was advertising for salaried GPs and had offered the practice support from its "
        "regional locum pool.",
    ])

art("gh-newton-stewart",
    title="Newton Stewart practice recruits three GPs from overseas",
    paras=[
        "A GP practice in Newton Stewart has recruited three doctors from Nigeria, Egypt and Sri Lanka under an "
        "international recruitment scheme run by the Royal College of General Practitioners.",
        "Cree Valley Health Centre said the doctors, who will work under supervision for their first year, would "
        "allow it to offer same-day appointments again for the first time since 2022.",
        GALLOWAY_BG,
        "Dr Helen Agnew, the senior partner, said the practice had advertised locally for two years without a single "
        "applicant. “These are experienced doctors who chose to come to a small town in Galloway. We want them to "
        "stay for 30 years,” she said.",
        "The practice has rented flats for the new doctors and their families while they look for homes.",
    ])

art("ko-kendal-dementia",
    title="Kendal dementia hub faces £400,000 funding gap",
    paras=[
        "A dementia support centre in Kendal that sees more than 600 families a year says it will have to cut services "
        "from April unless it finds £400,000.",
        "The Kent Valley Memory Hub, which runs day clubs, carers’ groups and a diagnosis support service, lost a "
        "grant from the council’s adult social care budget this year and a lottery grant ends in March.",
        "“We are the first place people come when they are told that someone they love has dementia,” said manager "
        "Gillian Thwaite. “There is nothing else like this for 30 miles.”",
        "Westmorland and Furness Council said it had faced ‘very difficult choices’ and was working with the hub on "
        "alternative funding. The local NHS said it was reviewing whether it could commission the diagnosis support "
        "service directly.",
        "The hub is holding a fundraising walk along the River Kent on 2 November.",
    ])

art("ss-dumfries-mri",
    title="Dumfries hospital opens second MRI scanner as waits top a year",
    paras=[
        "Dumfries and Galloway Royal Infirmary has opened a second MRI scanner in an effort to cut waits that have "
        "reached more than a year for some routine scans.",
        "The scanner, housed in a mobile unit in the hospital grounds for the next 18 months, will run from 8am to "
        "8pm seven days a week. The health board says it will add around 140 scans a week.",
        "At the end of September, 2,180 people were waiting for an MRI in the region, 610 of them for more than six "
        "months. Radiology staff say back and knee scans have waited longest because urgent cancer scans take "
        "priority.",
        "A permanent second scanner is included in plans for a new imaging department due in 2026.",
    ])

# ================================================================ Nexis-only articles
art("hc-inverness-dental",
    title="Inverness dental practice ends NHS care for adults",
    paras=[
        "One of the largest dental practices in Inverness is to stop treating adult NHS patients from January, "
        "leaving around 4,500 people to find a new dentist or pay privately.",
        "Ness Bank Dental Care wrote to patients this week to say that children and people on benefits would still "
        "be seen on the NHS. Other adults have been offered a monthly payment plan starting at £18.",
        "“We have held out for as long as we could,” said principal dentist Euan Macrae. “The fees we receive for "
        "many NHS treatments do not cover the cost of the materials, never mind the time.”",
        "NHS Highland said there were currently no practices in the Inverness area accepting new adult NHS patients. "
        "People who cannot register can use the board’s emergency dental service.",
        "The Scottish Government said its reform of dental payments last year had increased fees for most "
        "treatments and that the number of NHS dentists in Scotland had risen.",
    ])

art("nr-minister-winter",
    title="Minister promises winter plan for ambulance queues",
    paras=[
        "Hospitals in the north of England will get extra money for ‘discharge lounges’ and weekend social workers "
        "as part of a winter plan to cut ambulance queues, the government announced on Thursday.",
        "The £240 million package is smaller than the £400 million trusts had asked for. Around a third of it is "
        "earmarked for hospitals where handover delays were worst last winter, including Carlisle, Scarborough and "
        "Blackpool.",
        MINISTER,
        "NHS Providers, which represents trusts, said the money would help but came too late to recruit the staff "
        "needed before December. Its chief executive said: “You cannot hire and train a nurse in eight weeks.”",
        "The opposition health spokesman called the plan ‘a sticking plaster on a broken leg’.",
    ])

art("dc-wrexham-discharge",
    title="Wrexham Maelor discharge lounge frees 12 beds a day",
    paras=[
        "A discharge lounge at Wrexham Maelor Hospital is freeing an average of 12 beds a day, Betsi Cadwaladr "
        "University Health Board said.",
        "Patients who are ready to go home move to the lounge in the morning and wait there for medicines, transport "
        "or relatives, instead of occupying a ward bed until the afternoon.",
        "The health board said the lounge had handled 1,940 patients since opening in July and that its average time "
        "of leaving a ward had moved from 3.40pm to 11.15am.",
        "The board is planning similar lounges at Ysbyty Gwynedd in Bangor and Glan Clwyd in Bodelwyddan.",
    ])

art("ctu-pa-column",
    title="Physician associates are not the enemy – but we have to be honest about what they are",
    paras=[
        "I work alongside two physician associates in a practice on the Shropshire–Wales border. Both are capable, "
        "careful and popular with patients. Neither is a doctor, and neither has ever claimed to be.",
        "The row over PAs has become so heated that it is hard to say anything without being recruited to one side. "
        "But most of the problems I hear about come from a lack of clear rules rather than from PAs themselves.",
        "In my practice, a PA sees patients with problems agreed in a written list, and every consultation is "
        "discussed with a GP before the patient leaves. That is slower than letting them work alone. It is also "
        "safer, and it is how the role was designed.",
        "Where things go wrong is when a stretched practice or hospital rota uses a PA to fill a doctor’s slot and "
        "nobody tells the patient. That is a failure of management, not of the people doing the job.",
        "The regulator now has the power to set those rules nationally. It should use it quickly, before the "
        "argument poisons relationships in teams that work well.",
    ])

art("ctu-locum-spend",
    title="Welsh health boards spent £310m on agency and locum staff last year",
    paras=[
        "Health boards in Wales spent £310 million on agency nurses and locum doctors in 2023-24, according to "
        "figures obtained by Clinical Times UK.",
        "Betsi Cadwaladr in the north spent the most, at £89 million, followed by Hywel Dda in the west at £61 "
        "million. Both boards cover large rural areas where permanent posts are hard to fill.",
        "The Welsh Government introduced a cap on agency rates in 2022, but boards can override it when they judge "
        "that patient safety is at risk. Data shows the cap was overridden more than 14,000 times last year.",
        "A government spokesperson said agency spending had fallen by 8 per cent compared with the previous year and "
        "that boards were recruiting more permanent staff.",
    ])

art("we-crisis-cafe",
    title="Telford crisis café opens for people in mental health distress",
    paras=[
        "A ‘crisis café’ offering evening support to people in mental health distress has opened in Telford town "
        "centre, the first of its kind in Shropshire.",
        "The café, run by the charity Mind in partnership with the local mental health trust, is open from 6pm to "
        "midnight, seven days a week. Anyone can walk in without a referral.",
        "Staff include peer supporters with their own experience of mental illness as well as a mental health nurse, "
        "who can arrange an urgent assessment if needed.",
        "“A lot of people end up in A&E at 2am because there is simply nowhere else that is open and that feels safe,” "
        "said project lead Dawn Whitmore. “An emergency department is the worst place to be if you are frightened.”",
        "West Mercia Police said similar cafés in other counties had reduced the number of people officers had to "
        "detain under the Mental Health Act.",
    ])

# ================================================================ Monitoring (translations / website texts)
art("rc-aber-chemo",
    title="Chemotherapy unit at Bronglais to reopen on Saturdays",
    orig_title="Uned cemotherapi Bronglais i ailagor ar ddydd Sadwrn",
    paras=[
        "The chemotherapy day unit at Bronglais Hospital in Aberystwyth is to reopen on Saturdays from next month, "
        "Hywel Dda University Health Board [for west Wales] has said.",
        "The Saturday sessions were stopped in 2023 because of a shortage of specialist nurses. Patients from "
        "Ceredigion and north Pembrokeshire have since had to travel to Carmarthen for some weekend treatment.",
        "The health board said three nurses had completed specialist training and that the unit would offer 14 "
        "extra treatment slots each week.",
        "Local Senedd [Welsh parliament] member Elin Jones said it was \"very good news for patients who have had to "
        "make a long journey while feeling very unwell\".",
    ])

art("rc-tregaron-gp",
    title="Tregaron surgery to be run by health board",
    orig_title="Bwrdd iechyd i redeg meddygfa Tregaron",
    paras=[
        "The GP surgery in Tregaron, Ceredigion, will be run directly by Hywel Dda University Health Board from "
        "December after the last partner gave notice.",
        "The health board said patients would not need to register elsewhere and that the surgery would continue to "
        "open five days a week, staffed by salaried doctors, nurses and a pharmacist.",
        "Local people have been worried since the summer that the surgery would close, which would mean a 40-minute "
        "journey to Aberystwyth or Lampeter. A public meeting in the town hall in August attracted more than 300 "
        "people.",
    ])

art("rai-carna-gp",
    title="Doctor found for Carna after two-year vacancy",
    orig_title="Dochtúir aimsithe do Charna tar éis dhá bhliain",
    paras=[
        "A general practitioner has been appointed to Carna in the Connemara Gaeltacht, filling a post that has been "
        "vacant for more than two years.",
        "The HSE said the doctor, who is fluent in Irish, would begin in January and would also cover the clinics in "
        "Ros Muc and Cill Chiaráin [villages in Connemara].",
        "Since the previous doctor retired, patients have had to travel to Clifden or Galway city, or rely on locum "
        "doctors who attended one day a week.",
        "Local community council chairman Pádraig Ó Conghaile said the news was \"a great relief\" to older people in "
        "the area in particular.",
    ])

art("gne-stornoway-ferry",
    title="Patients miss hospital appointments as ferry cancellations continue",
    orig_title="Euslaintich ag call choinneamhan ospadail le sgoraidhean aiseig",
    paras=[
        "More than 60 patients from the Western Isles have missed hospital appointments on the mainland in the past "
        "month because of ferry cancellations, NHS Western Isles has said.",
        "Most of the appointments were at Raigmore Hospital in Inverness. Patients are flown at the health board's "
        "expense only if their treatment is urgent.",
        "The health board has asked mainland hospitals to offer more appointments by video link and to avoid booking "
        "island patients for early morning slots that require travelling the day before.",
        "CalMac [Caledonian MacBrayne ferry operator] said the cancellations were caused by weather and by "
        "mechanical problems with two of its vessels.",
    ])

art("ft-altnagelvin",
    title="Altnagelvin cardiac unit to offer weekend angioplasty",
    paras=[
        "Heart attack patients in the north-west will be able to receive emergency angioplasty at Altnagelvin "
        "Hospital in Londonderry [Derry] at weekends from December, the Western Health and Social Care Trust said.",
        "At present the cardiac catheterisation laboratory in Altnagelvin operates from Monday to Friday, and patients "
        "who have a heart attack at the weekend are taken to the Royal Victoria Hospital in Belfast, a journey of "
        "more than an hour and a half.",
        "The trust said it had recruited two additional interventional cardiologists and trained extra nursing staff. "
        "It said the change would benefit around 200 patients a year.",
    ])

# ================================================================ press releases
art("pr-medlogix",
    title="MedLogix and Severnvale Health Partnership to launch UK’s first rural pathology drone network",
    subtitle="Two-year trial will link three south Shropshire GP surgeries with the Royal Shrewsbury Hospital laboratory",
    paras=[
        "SUBTITLE",
        "WARWICK, England, Oct. 16, 2024 /PRNewswire/ -- MedLogix Ltd, the medical logistics company, today announced "
        "a contract with the Severnvale Health Partnership to operate the UK’s first rural drone network for "
        "pathology samples.",
        "From spring 2025, MedLogix aircraft will carry blood and tissue samples from GP surgeries in Bishop’s Castle, "
        "Clun and Craven Arms to the pathology laboratory at the Royal Shrewsbury Hospital, cutting journey times "
        "from up to five hours to under 20 minutes.",
        MEDLOGIX_Q,
        "The network will use MedLogix’s M4 aircraft, which carries up to 3 kilograms in a temperature-controlled "
        "cassette and has flown more than 40,000 medical missions in Scotland and Norway.",
        "“Faster results mean faster decisions for patients,” said Dr Rebecca Thorne, pathology director at the "
        "Severnvale Health Partnership. “This trial will tell us whether drones can become a routine part of how we "
        "serve rural communities.”",
        "The trial is subject to approval by the Civil Aviation Authority.",
    ])

art("pr-caretrack",
    title="CareTrack Systems selected by Western Isles and Highland boards for new patient transport platform",
    paras=[
        "EDINBURGH, Scotland--(BUSINESS WIRE)--CareTrack Systems, a provider of patient transport software, today "
        "announced that NHS Western Isles and NHS Highland have selected its CareTrack Route platform to plan "
        "non-emergency patient journeys across the two board areas.",
        "The platform combines ferry, flight and road timetables with clinic schedules, so that appointments for "
        "island patients can be booked around transport rather than the other way round. It will go live in April "
        "2025.",
        "“For island communities, the appointment time is only half the story,” said Morven Sinclair, chief "
        "executive of CareTrack Systems. “If the ferry leaves at 7am and the clinic is at 9am in Inverness, that "
        "appointment does not exist for the patient.”",
        "The contract is worth £1.9 million over five years.",
    ])

art("pr-brightsmile",
    title="BrightSmile Dental Group to open NHS-contracted practice in Penrith",
    paras=[
        "PENRITH, England, Oct. 21, 2024 (EIN Presswire) -- BrightSmile Dental Group today announced it will open a "
        "six-surgery dental practice in Penrith, Cumbria, with an NHS contract for 9,000 patients.",
        "The practice, on Victoria Road, is expected to open in February 2025 and will prioritise children and adults "
        "who have been without a dentist for more than two years.",
        "“Cumbria has some of the worst access to NHS dentistry in England, and we want to be part of the answer,” "
        "said Dr Neil Hartas, clinical director of BrightSmile Dental Group.",
        "The group is recruiting dentists, dental nurses and hygienists for the new practice.",
    ])

# ================================================================ CSV-only articles
WMDD_NOTE = ("Source: ambulance service weekly performance report. Category 1 covers life-threatening calls such as "
             "cardiac arrest; category 2 covers emergencies such as suspected stroke or heart attack.")

art("wmdd-amb-w41",
    title="Ambulance response times: week to 13 October",
    paras=[
        "Average response time to category 1 calls in Shropshire, Herefordshire and Worcestershire was 9 minutes 41 "
        "seconds in the week to 13 October, against a national target of 7 minutes.",
        "Category 2 calls took an average of 52 minutes 10 seconds, up from 47 minutes 32 seconds the previous week. "
        "The target is 30 minutes.",
        "Herefordshire recorded the slowest category 2 average at 1 hour 4 minutes. Worcestershire was the fastest "
        "at 44 minutes 18 seconds.",
        "Crews lost 2,214 hours to handover delays, the highest weekly total since January.",
        WMDD_NOTE,
    ])

art("wmdd-amb-w42",
    title="Ambulance response times: week to 20 October",
    paras=[
        "Average response time to category 1 calls in Shropshire, Herefordshire and Worcestershire was 9 minutes 12 "
        "seconds in the week to 20 October, against a national target of 7 minutes.",
        "Category 2 calls took an average of 49 minutes 3 seconds, down from 52 minutes 10 seconds the previous week. "
        "The target is 30 minutes.",
        "Shropshire recorded the slowest category 2 average at 58 minutes 40 seconds. Worcestershire was the fastest "
        "at 41 minutes 55 seconds.",
        "Crews lost 1,986 hours to handover delays.",
        WMDD_NOTE,
    ])

art("sj-bishops-castle",
    title="League of Friends buys bladder scanner for Bishop’s Castle hospital",
    paras=[
        "The League of Friends of Bishop’s Castle Community Hospital has bought a portable bladder scanner for the "
        "hospital’s ward after a year of coffee mornings and a sponsored walk over the Long Mynd.",
        "The £9,500 scanner means patients no longer need to be catheterised or sent to Shrewsbury to check whether "
        "their bladder is emptying properly.",
        "Ward sister Jo Pryce thanked the volunteers. “It is a small thing that makes a big difference to our older "
        "patients’ dignity,” she said.",
    ])

art("bca-oswestry-miu",
    title="Oswestry minor injuries unit reopens after refurbishment",
    print_title="Minor injuries unit back open",
    paras=[
        "The minor injuries unit at the Robert Jones and Agnes Hunt Orthopaedic Hospital site in Oswestry has reopened "
        "after a six-week refurbishment.",
        "The unit, which treats cuts, sprains, minor burns and suspected broken bones, now has an x-ray room of its "
        "own, meaning patients no longer have to be walked across the site for imaging.",
        "It is open from 8am to 8pm every day and saw 9,800 patients last year.",
        "Health chiefs urged people with minor injuries to use the unit rather than travelling to the emergency "
        "department in Shrewsbury, where waits of more than eight hours have been common this autumn.",
    ])

art("lr-ledbury-hub",
    title="Ledbury health hub plans go on show",
    paras=[
        "Plans for a new health centre in Ledbury that would bring together the town’s two GP surgeries, a "
        "pharmacy and community nursing go on display this week.",
        "The £11 million building would be on the former cattle market site off Bye Street. Both surgeries currently "
        "work from converted houses that the practices say are too small and cannot be adapted for disabled patients.",
        "An exhibition will be held in the Burgage Hall on Friday and Saturday. A planning application is expected in "
        "the new year.",
    ])

art("mw-malvern-falls",
    title="Malvern falls team cuts ambulance call-outs for older people",
    paras=[
        "A team that visits older people who have fallen at home, instead of sending an ambulance, has cut ambulance "
        "call-outs for falls in the Malvern Hills by a quarter, according to an evaluation published this week.",
        "The falls response service pairs an occupational therapist with a paramedic in a car carrying lifting "
        "equipment. They can get someone up off the floor, check for injuries and make the home safer on the spot.",
        "In its first year the team attended 1,160 falls and took 14 per cent of patients to hospital, compared with "
        "around 60 per cent when an ambulance attends.",
        "“Most people who fall are not injured, they are stuck,” said paramedic Lee Hadley. “What they need is to be "
        "got up safely, and for someone to work out why they fell.”",
    ])

art("bn-brecon-nurses",
    title="Brecon district nurses to get electric cars",
    paras=[
        "District nurses in the Brecon area are to be given electric cars as part of a pilot by Powys Teaching Health "
        "Board to reduce mileage costs and emissions.",
        "Nurses in the area drive an average of 140 miles a week in their own vehicles, often on single-track roads, "
        "and claim mileage allowance for the journeys.",
        "Twelve cars will be leased for two years, with charging points installed at Brecon War Memorial Hospital and "
        "at the health centre in Crickhowell.",
    ])

# ================================================================ WARC pages
art("evv-penrith",
    title="Penrith hospital to reopen 16 community beds",
    paras=[
        "Sixteen community hospital beds in Penrith that have been closed since the pandemic are to reopen in time for "
        "winter, health bosses have confirmed.",
        "The beds at Penrith Community Hospital will be used for ‘step-down’ care for patients leaving the Cumberland "
        "Infirmary who are not yet well enough to go home.",
        "North Cumbria Integrated Care said it had recruited 22 nurses and healthcare assistants to staff the ward, "
        "including several who had left the NHS and come back.",
        "“These beds have been empty while people waited for days in Carlisle for somewhere to go,” said Eden district "
        "councillor Marion Robinson, who has campaigned for their reopening. “It is a relief, but it should never have "
        "taken this long.”",
        "The trust said the beds had been closed because of staff shortages rather than cost and that it had no plans "
        "to reduce community bed numbers elsewhere in Eden.",
        "The ward is due to take its first patients on 11 November.",
    ])

art("btv-hexham",
    title="Hexham hospital’s urgent care centre to close overnight",
    paras=[
        "The urgent treatment centre at Hexham General Hospital will close overnight from next month, Northumbria "
        "Healthcare NHS Foundation Trust has announced.",
        "From 4 November the centre will be open from 8am to 10pm. Patients who need urgent care overnight will be "
        "directed to NHS 111 or to the emergency care hospital in Cramlington, about 30 miles away.",
        "The trust said fewer than six patients a night used the centre between midnight and 8am, and that most of "
        "them could have waited until morning.",
        "Tynedale residents’ group Keep Hexham Urgent said the decision would put lives at risk in a rural area with "
        "poor public transport. “Thirty miles on a dark road in winter is not an alternative,” said campaigner Ian "
        "Charlton.",
        "The trust said the change would be reviewed after six months.",
    ])
