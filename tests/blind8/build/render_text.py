# -*- coding: utf-8 -*-
"""Plain-text dumps: Nexis results list (cp1252, CRLF, classic capitalised field labels), PressReader e-paper
text export (UTF-8, page markers and column markers), a compiled clippings file (UTF-8 with BOM, CRLF, '#####'
separators and 'Article n of N'), a groups.io digest (UTF-8)."""
import textwrap

from common import (ART, F_DG, F_NX, F_PR, F_UC, P, T, block, reg, straight, wrap, write)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def lexis_date(iso):
    import datetime
    d = datetime.date.fromisoformat(iso)
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year} {DAYS[d.weekday()]}"


def center(s, width=78):
    return s.center(width).rstrip()


def lexis_para(p):
    return textwrap.fill(p, 76, initial_indent="     ", subsequent_indent="",
                         break_long_words=False, break_on_hyphens=False)


# ================================================================== Nexis results list
def build_nx():
    SEARCH = '"higher education" AND (funding OR grant! OR scholarship!)'
    docs = [
        ("nel-loans-release", dict(outlet="Nairobi Evening Ledger (Kenya)", sec="NEWS; Pg. 6",
                                   cy="Copyright 2025 Ledger Media Group Ltd. All Rights Reserved",
                                   by="Otieno Mbugua", dl="NAIROBI", load="April 16, 2025", url=True,
                                   graphic="Students queue outside the board's offices at Anniversary Towers, "
                                           "Nairobi. FILE PHOTO")),
        ("cl-phd-stipend-floor", dict(outlet="Canberra Lantern (Australia)", sec="EDUCATION; Pg. 9",
                                      cy="Copyright 2025 Lantern Publishing Pty Ltd", by=None, load="May 1, 2025",
                                      headline_label=True)),
        ("dep-fellowship-delays", dict(outlet="Deccan Education Post (India)", sec="RESEARCH",
                                       cy="Copyright 2025 Deccan Education Post Pvt. Ltd. Distributed by Contify",
                                       by="Ramesh Iyer & Kavya Menon", dl="HYDERABAD", load="April 27, 2025",
                                       url=True, ptype="Web Publication")),
        ("cl-levy-shelved", dict(outlet="Canberra Lantern (Australia)", sec="POLITICS; Pg. 3",
                                 cy="Copyright 2025 Lantern Publishing Pty Ltd", by="Tom Hadley and Bree Walsh",
                                 load="April 24, 2025", headline_label=True)),
        ("sh-ul-budget-gap", dict(outlet="The Shannon Herald (Ireland)", sec="NEWS; Pg. 1",
                                  cy="Copyright 2025 Shannon Herald Newspapers DAC", by="CIARA NOLAN",
                                  load="April 18, 2025",
                                  graphic="The University of Limerick campus at Plassey. PICTURE: MARTIN O'DEA")),
        ("cew-ghana-scholarships", dict(outlet="Commonwealth Education Wire", sec="WORLD EDUCATION",
                                        cy="Copyright 2025 Commonwealth Education Wire",
                                        by="Kofi Mensah, Commonwealth Education Wire", load="April 12, 2025",
                                        ptype="Newswire")),
        ("gco-malaria-grant", dict(outlet="Gold Coast Observer (Ghana)", sec="HEALTH; Pg. 11",
                                   cy="Copyright 2025 Gold Coast Observer Ltd. Distributed by AllAfrica Global "
                                      "Media (allAfrica.com)",
                                   by="Abena Owusu, Health Correspondent", dl="ACCRA", load="April 11, 2025",
                                   url=True)),
        ("nel-private-capitation", dict(outlet="Nairobi Evening Ledger (Kenya)", sec="NEWS; Pg. 4",
                                        cy="Copyright 2025 Ledger Media Group Ltd. All Rights Reserved",
                                        by="Staff Reporter", load="April 9, 2025")),
        ("lm-fee-rollback", dict(outlet="Lucknow Mirror (India)", sec="CITY",
                                 cy="Copyright 2025 Mirror Publications Ltd", by="Anjali Verma", dl="LUCKNOW",
                                 load="April 6, 2025", url=True, headline_label=True)),
        ("cl-grants-freeze", dict(outlet="Canberra Lantern (Australia)", sec="EDUCATION; Pg. 7",
                                  cy="Copyright 2025 Lantern Publishing Pty Ltd",
                                  by="Tom Hadley | Higher Education Reporter", load="April 2, 2025",
                                  headline_label=True)),
        ("gco-fund-arrears", dict(outlet="Gold Coast Observer (Ghana)", sec="NEWS; Pg. 2",
                                  cy="Copyright 2025 Gold Coast Observer Ltd. Distributed by AllAfrica Global "
                                     "Media (allAfrica.com)",
                                  by="Kwame Asante", dl="ACCRA", load="April 1, 2025", url=True)),
        ("nel-strike-notice", dict(outlet="Nairobi Evening Ledger (Kenya)", sec="NEWS; Pg. 2",
                                   cy="Copyright 2025 Ledger Media Group Ltd. All Rights Reserved",
                                   by="By OTIENO MBUGUA and FAITH CHEBET, Staff Writers", dl="NAIROBI",
                                   load="March 29, 2025")),
        ("hc-dal-international", dict(outlet="Halifax Courant (Nova Scotia)", sec="NEWS; Pg. A1",
                                      cy="Copyright 2025 Halifax Courant Media Inc.",
                                      by="Liam MacNeil; The Halifax Courant", dl="HALIFAX",
                                      load="March 26, 2025",
                                      graphic="Dalhousie University's Studley campus. (Courant file photo)")),
        ("dcr-contribution-cut", dict(outlet="Dublin Campus Report (Ireland)", sec="NEWS",
                                      cy="Copyright 2025 DCR Media Ltd", by="Eoin Gallagher Education Editor",
                                      load="March 20, 2025", url=True, ptype="Web Publication")),
    ]
    n = len(docs)
    GEN = ["Results list for:", f"Search Terms: {SEARCH}", "Job Number: 248817305", f"Documents ({n})",
           "Date and Time: Friday, May 2, 2025 9:14:00 AM EAT", "Client/Matter: -None-",
           "Search Type: Terms and Connectors",
           "Narrowed by: Content Type: News; Timeline: Mar 15, 2025 to Apr 30, 2025; Language: English",
           "LANGUAGE: ENGLISH"]
    L = ["Nexis Uni\u00ae", "", f"Results list for: {SEARCH}", "",
         "Date and Time: Friday, May 2, 2025 9:14:00 AM EAT", "Job Number: 248817305", f"Documents ({n})",
         "Client/Matter: -None-", f"Search Terms: {SEARCH}", "Search Type: Terms and Connectors",
         "Narrowed by: Content Type: News; Timeline: Mar 15, 2025 to Apr 30, 2025; Language: English", ""]
    per = []
    for i, (aid, o) in enumerate(docs, 1):
        a = ART[aid]
        ps = P(aid)
        wc = sum(len(p.split()) for p in ps)
        summary = f"{o['outlet']}, {lexis_date(a['date'])}, {o['sec']}, {wc} words"
        if o["by"]:
            summary += f", {o['by']}"
        L += [f"{i:>2}. {T(aid)}", f"    {summary}"]
        per.append(summary)
    L += ["", "_" * 78, ""]
    for i, (aid, o) in enumerate(docs, 1):
        a = ART[aid]
        ps = P(aid)
        wc = sum(len(p.split()) for p in ps)
        mn = list(GEN) + [per[i - 1], f"{i} of {n} DOCUMENTS"] + ([o["outlet"]] if "(" in o["outlet"] else []) + [lexis_date(a["date"]), o["cy"],
                          f"SECTION: {o['sec']}", f"LENGTH: {wc} words", f"LOAD-DATE: {o['load']}",
                          f"PUBLICATION-TYPE: {o.get('ptype', 'Newspaper')}", T(aid)]
        L += ["", "", center(f"{i} of {n} DOCUMENTS"), "", "", center(o["outlet"]), "",
              center(lexis_date(a["date"])), "", center(o["cy"]), "", f"SECTION: {o['sec']}", "",
              f"LENGTH: {wc} words", ""]
        if o.get("headline_label"):
            L += [f"HEADLINE: {T(aid)}", ""]
            mn.append(f"HEADLINE: {T(aid)}")
        else:
            L += [T(aid), ""]
        if o["by"]:
            L += [f"BYLINE: {o['by']}", ""]
            mn.append(f"BYLINE: {o['by']}")
        if o.get("dl"):
            L += [f"DATELINE: {o['dl']}", ""]
            mn.append(f"DATELINE: {o['dl']}")
        if o.get("headline_label"):
            L += ["BODY:", ""]
        for p in ps:
            L += [lexis_para(p), ""]
        if o.get("url"):
            L += [f"URL: {a['url']}", ""]
        L += [f"LOAD-DATE: {o['load']}", "", "LANGUAGE: ENGLISH", ""]
        if o.get("graphic"):
            L += [f"GRAPHIC: {o['graphic']}", ""]
            mn.append(f"GRAPHIC: {o['graphic']}")
            mn.append(o["graphic"])
        L += [f"PUBLICATION-TYPE: {o.get('ptype', 'Newspaper')}", ""]
        reg(aid, F_NX, ps, mn)
    L += ["", "", "_" * 78, "", "Nexis Uni\u00ae  About LexisNexis | Privacy Policy | Terms & Conditions | "
          "Copyright \u00a9 2025 LexisNexis", ""]
    write(F_NX, "\n".join(L), encoding="cp1252", newline="\r\n")


# ================================================================== PressReader e-paper export
def build_pr():
    PAPER = "The Shannon Herald"
    FOOT = ["Printed and distributed by PressReader", "PressReader.com +1 604 278 4604",
            "COPYRIGHT AND PROTECTED BY APPLICABLE LAW"]
    GEN = ["Printed from PressReader for Limerick City and County Libraries", "2 May 2025 09:41",
           "Wednesday, April 16, 2025"] + FOOT
    L = [PAPER, "Wednesday, April 16, 2025", "",
         "Printed from PressReader for Limerick City and County Libraries \u00b7 2 May 2025 09:41", "\u2501" * 60, ""]

    def page(n):
        return f"\u2550\u2550\u2550 {PAPER} \u00b7 16 Apr 2025 \u00b7 Page {n} \u2550\u2550\u2550"

    # p.1 UL budget gap, jumps to p.4
    aid = "sh-ul-budget-gap"
    ps = P(aid)
    deck = "Letter to staff warns every vacant post will be reviewed before it is filled"
    cap = "The University of Limerick campus at Plassey. PICTURE: MARTIN O\u2019DEA"
    L += [page(1), "", T(aid), "", deck, "", "CIARA NOLAN Education Correspondent", "", "[Column 1]", ps[0], "",
          ps[1], "", "[Column 2]", ps[2], "", "Continued on Page 4", "", cap, "", page(4), "",
          "UL BUDGET GAP \u2014 Continued from Page 1", "", ps[3], "", "[Column 5]", ps[4], "", *FOOT, ""]
    reg(aid, F_PR, ps, GEN + [page(1), page(4), deck, "CIARA NOLAN Education Correspondent", "[Column 1]",
                              "[Column 2]", "[Column 5]", "Continued on Page 4", cap,
                              "UL BUDGET GAP \u2014 Continued from Page 1", T(aid)])

    # p.3 frontier awards
    aid = "sh-frontier-awards"
    ps = P(aid)
    deck = "Eleven projects funded in latest national round, with a 16% success rate"
    L += [page(3), "", T(aid), "", deck, "", "Ciara Nolan", "", "[Column 3]", *block(ps[:3]), "[Column 4]",
          *block(ps[3:]), *FOOT, ""]
    reg(aid, F_PR, ps, GEN + [page(3), deck, "[Column 3]", "[Column 4]", T(aid)])

    # p.5 campus rents
    aid = "sh-campus-rents"
    ps = P(aid)
    deck = "Union plans protest as UL and Mary Immaculate approve increases"
    cap = "Students at UL\u2019s Plassey village. PICTURE: SEAN CURTIN"
    L += [page(5), "", T(aid), "", deck, "", "Aoife Brennan | Student Affairs", "", "[Column 1]", *block(ps[:2]),
          cap, "", "[Column 2]", *block(ps[2:]), *FOOT, ""]
    reg(aid, F_PR, ps, GEN + [page(5), deck, "Aoife Brennan | Student Affairs", cap, "[Column 1]", "[Column 2]",
                              T(aid)])

    # p.7 TUS engineering building
    aid = "sh-tus-engineering"
    ps = P(aid)
    deck = "Four-storey block for 1,100 students to be part-funded by EIB loan"
    L += [page(7), "", "EDUCATION", "", T(aid), "", deck, "", "By Declan Ryan", "", "[Column 1]", *block(ps[:3]),
          "[Column 2]", *block(ps[3:]), *FOOT, ""]
    reg(aid, F_PR, ps, GEN + [page(7), deck, "By Declan Ryan", "[Column 1]", "[Column 2]", T(aid)])
    L += ["\u2501" * 60, "This document was printed for personal use only. \u00a9 2025 Shannon Herald Newspapers DAC.",
          ""]
    for aid in ("sh-ul-budget-gap", "sh-frontier-awards", "sh-campus-rents", "sh-tus-engineering"):
        reg_extra(aid, ["This document was printed for personal use only.",
                        "\u00a9 2025 Shannon Herald Newspapers DAC."])
    write(F_PR, "\n".join(L))


def reg_extra(aid, strings):
    from common import MUSTNOT
    lst = MUSTNOT.setdefault(aid, [])
    for s in strings:
        if s not in lst:
            lst.append(s)


# ================================================================== compiled clippings (#####, Article n of N)
def build_uc():
    items = []
    SEP = "#" * 74
    HEAD = ["UNIVERSITY FUNDING \u2014 PRESS CLIPPINGS",
            "Compiled for the Faculty Research Committee by R. Sharma, Research Office",
            "Last updated: 30/04/2025", "For internal discussion only. Copyright in each article remains with its "
            "publisher."]

    # 1. Lakeside Chronicle, Maseno lab (curly, long lines)
    a = "lc-maseno-lab"
    h = [T(a), "\u2014 Achieng Odhiambo, Kisumu Correspondent", "The Lakeside Chronicle, 2 Apr 2025", ART[a]["url"]]
    note = "[RS: the Danish foundation also funds equipment \u2014 worth a look for our own bid]"
    items.append((a, P(a), h + [""] + block(P(a)) + [note], h[1:3] + [note]))
    # 2. Lakeside Chronicle, Kisumu march (straight, wrapped 78)
    a = "lc-kisumu-march"
    ps = [straight(p) for p in P(a)]
    h = ["THE LAKESIDE CHRONICLE | Tuesday 22 April 2025", T(a), "-- Achieng Odhiambo, Kisumu Correspondent"]
    items.append((a, ps, h + [""] + block(ps, 78), h))
    # 3. Kumasi Times, hostel fees
    a = "kt-hostel-fees"
    ps = P(a)
    h = ["Kumasi Times \u00b7 2025-04-18T07:00:00+00:00", T(a), "By Yaw Boateng, Kumasi"]
    items.append((a, ps, h + [""] + block(ps), h))
    # 4. Dublin Campus Report, PhD stipend: "A | B" byline
    a = "dcr-phd-stipend"
    ps = P(a)
    h = [T(a), "Eoin Gallagher | Niamh Daly", "Dublin Campus Report \u2014 Fri 4 Apr 2025", ART[a]["url"]]
    note = "[RS: compare with the Australian stipend floor story \u2014 not in this file]"
    items.append((a, ps, h + [""] + block(ps) + [note], h[:3] + [note]))
    # 5. The Grant Desk newsletter, pasted
    a = "gd-freeze-early-career"
    ps = P(a)
    h = ["From The Grant Desk newsletter, 5 Apr 2025, by Megan Koh", T(a)]
    items.append((a, ps, h + [""] + block(ps, 80), h))
    # 6. Deccan Education Post, lab mission (straight, wrapped 72)
    a = "dep-lab-mission"
    ps = [straight(p) for p in P(a)]
    h = ["Deccan Education Post \u2014 2025-04-12T08:00:00+05:30", T(a), "By Ramesh Iyer", ART[a]["url"]]
    note = "[RS: see item 6 for the equipment-sharing condition; relevant to our lab bid]"
    items.append((a, ps, h + [""] + block(ps, 72) + [note], h[:3] + [note]))
    # 7. no outlet: a photocopy, "By Our Staff Correspondent"
    a = "x-prayagraj-sitin"
    ps = [straight(p) for p in P(a)]
    h = ["Source: photocopy left in the staff room (paper not identified)", "19.04.2025", T(a).upper(),
         "By Our Staff Correspondent"]
    items.append((a, ps, h + [""] + block(ps, 70), h))
    # 8. Lucknow Mirror, AI park
    a = "lm-ai-park"
    ps = P(a)
    h = ["Lucknow Mirror, 28 Apr 2025", T(a), "Anjali Verma, Lucknow"]
    items.append((a, ps, h + [""] + block(ps), h))

    n = len(items)
    HEAD[2] += f" \u00b7 {n} articles"
    L = list(HEAD) + [""]
    for i, (a, ps, lines, mn) in enumerate(items, 1):
        L += [SEP, f"Article {i} of {n}", SEP, ""] + lines + [""]
        reg(a, F_UC, ps, mn + [f"Article {i} of {n}", SEP] + HEAD)
    L += [SEP, "\u2014 end of clippings \u2014", ""]
    write(F_UC, "\n".join(L), newline="\r\n", bom=b"\xef\xbb\xbf")


# ================================================================== groups.io digest
def build_dg():
    GRP = "research-funding-watch@groups.io"
    msgs = []  # (topic, msgno, from, date, lines)
    GEN = [f"{GRP} Digest Number 212", "Topics in this digest:", "Groups.io Links: You receive all messages sent to "
           "this group.", "Reply To Group | Reply To Sender | Mute This Topic | New Topic",
           "Your Subscription | Contact Group Owner | Unsubscribe"]

    def mh(topic, no, frm, date):
        return [f"{topic}", f"#{no}", f"From: {frm}", f"Date: {date}"]

    # 1. Peter Kiprono: the Campus Kenya court story, straight, wrapped 72
    a = "ck-funding-model-court"
    ps = [straight(p) for p in P(a)]
    intro = ["Colleagues, the funding model case is finally before the court. Campus", "Kenya's report of the first "
             "hearing is below; the next date is 6 May.", ""]
    head = ["From Campus Kenya (campuskenya.co.ke), Wednesday 9 April:", T(a), "By Wanjiru Kamau", ""]
    sig = ["Peter Kiprono", "Department of Economics, Moi University, Eldoret"]
    m = ("Kenya: banded funding model in court", 1822, "Peter Kiprono", "Wed, 23 Apr 2025 07:42:11 +0300")
    msgs.append(m + (intro + head + block(ps, 72) + sig,))
    reg(a, F_DG, ps, GEN + mh(*m) + [intro[0], "hearing is below; the next date is 6 May.", head[0], head[2],
                                      "Department of Economics, Moi University, Eldoret"])
    # 2. reply quoting the Cabinet Secretary's statement: not an article
    m2 = ("Re: Kenya: banded funding model in court", 1823, "Amina Yusuf", "Wed, 23 Apr 2025 10:15:37 +0300")
    q = ["> " + ln for ln in wrap(straight(ART[a]["paras"][3]), 68).split("\n")]
    reply = ["On Wed, Apr 23, 2025 at 07:42 AM, Peter Kiprono wrote:"] + q + [
        "", "She has said exactly this, word for word, at least three times now. The",
        "question the court will ask is not whether the money follows need but",
        "whether anyone can measure need with the form as it stands.", "", "Amina", "", "--",
        "Amina Yusuf | Policy Officer, Uwezo Education Trust | Mombasa"]
    msgs.append(m2 + (reply,))
    REPLY_MN = ["She has said exactly this, word for word, at least three times now.",
                "whether anyone can measure need with the form as it stands.",
                "Amina Yusuf | Policy Officer, Uwezo Education Trust | Mombasa",
                "On Wed, Apr 23, 2025 at 07:42 AM, Peter Kiprono wrote:"]
    reg_extra(a, REPLY_MN)
    # 3. Moira Campbell: Halifax Courant, caps title, month-first numeric date, wrapped 76
    a = "hc-dal-international"
    ps = [straight(p) for p in P(a)]
    intro = ["Catching up on this one from last month, since Dal's budget goes to the", "board next week.", ""]
    head = ["HALIFAX COURANT -- 03/25/2025", T(a).upper(), "By Liam MacNeil", ""]
    sig = ["Moira Campbell", "Research Services, Saint Mary's University, Halifax"]
    m = ("Dal international numbers", 1824, "Moira Campbell", "Wed, 23 Apr 2025 14:03:52 -0300")
    msgs.append(m + (intro + head + block(ps, 76) + sig,))
    reg(a, F_DG, ps, GEN + mh(*m) + [intro[0], "board next week.", head[0], head[1], head[2],
                                      "Research Services, Saint Mary's University, Halifax"])
    # 4. Tomasz Wojcik: the Medium essay, curly long lines, "Member-only story" pasted along
    a = "md-postdoc-essay"
    ps = P(a)
    intro = ["This essay is doing the rounds among our postdocs. Pasting it in full because it is "
             "members-only on Medium:", ""]
    head = ["Member-only story", "", T(a), "Sabine Kowalczyk \u00b7 Published in Lab Notes \u00b7 6 min read \u00b7 "
            "Apr 20, 2025", ""]
    sig = ["Tomasz W\u00f3jcik", "Postdoctoral Association, University of British Columbia"]
    m = ("Postdoc essay worth reading", 1826, "Tomasz W\u00f3jcik", "Thu, 24 Apr 2025 21:18:40 -0700")
    msgs.append(m + (intro + head + block(ps) + sig,))
    reg(a, F_DG, ps, GEN + mh(*m) + [intro[0], "Member-only story", head[3],
                                      "Postdoctoral Association, University of British Columbia"])
    # 5. Grainne O'Keeffe: Shannon Herald rents story, straight, wrapped 70, last paragraph cut
    a = "sh-campus-rents"
    ps = [straight(p) for p in P(a, trim=1)]
    intro = ["From last Wednesday's Herald (e-paper), for those tracking student", "accommodation costs:", ""]
    head = ["Shannon Herald, Wed 16/04/2025, p. 5", T(a), "Aoife Brennan", ""]
    tail = ["(The last paragraph was cut off in my copy, sorry.)", "", "Grainne"]
    m = ("UL and Mary I rents", 1827, "Gr\u00e1inne O'Keeffe", "Fri, 25 Apr 2025 11:26:03 +0100")
    msgs.append(m + (intro + head + block(ps, 70) + tail,))
    reg(a, F_DG, ps, GEN + mh(*m) + [intro[0], "accommodation costs:", head[0], tail[0]])
    # 6. Venkat Raghavan: Deccan Education Post, ambiguous day-first 12/04/2025, straight, wrapped 74
    a = "dep-lab-mission"
    ps = [straight(p) for p in P(a)]
    intro = ["Friends, for those of you in state universities in India this is the", "big one. Plans due 30 June.", ""]
    head = ["Ramesh Iyer | Deccan Education Post | 12/04/2025", T(a), ""]
    sig = ["Regards,", "Venkat Raghavan", "Dean (Research), a state university in Tamil Nadu"]
    m = ("Indian lab money", 1829, "Venkat Raghavan", "Sat, 26 Apr 2025 09:02:17 +0530")
    msgs.append(m + (intro + head + block(ps, 74) + sig,))
    reg(a, F_DG, ps, GEN + mh(*m) + [intro[0], "big one. Plans due 30 June.", head[0],
                                      "Dean (Research), a state university in Tamil Nadu"])
    # 7. Joseph Wafula: Nairobi Evening Ledger ring-fencing story, curly long lines
    a = "nel-ringfence-science"
    ps = P(a)
    intro = ["Today\u2019s Ledger. The Academy\u2019s submission is worth reading in full if anyone can find it.",
             ""]
    head = ["Nairobi Evening Ledger, Tuesday, 29/04/2025", T(a).upper(), "By Faith Chebet", ""]
    sig = ["Joseph Wafula", "Sent from my iPhone"]
    m = ("Ring-fencing science in Kenya", 1831, "Joseph Wafula", "Tue, 29 Apr 2025 18:44:09 +0300")
    msgs.append(m + (intro + head + block(ps) + sig,))
    reg(a, F_DG, ps, GEN + mh(*m) + [intro[0], head[0], head[1], "By Faith Chebet", "Sent from my iPhone"])
    # 8. Kojo Ansah: Gold Coast Observer allowance story, quoted in full with '>'
    a = "gco-book-allowance"
    ps = [straight(p) for p in P(a)]
    intro = ["This came round on our staff WhatsApp group. Reposting in full:", ""]
    head = ["Gold Coast Observer, 24 April 2025", straight(T(a)), "Kwame Asante", ""]
    body = []
    for ln in head:
        body.append(("> " + ln) if ln else ">")
    for p in ps:
        body += ["> " + x for x in wrap(p, 68).split("\n")] + [">"]
    sig = ["", "Kojo Ansah", "Department of Physics, KNUST"]
    m = ("Ghana: book and research allowance", 1833, "Kojo Ansah", "Wed, 30 Apr 2025 08:10:55 +0000")
    msgs.append(m + (intro + body + sig,))
    reg(a, F_DG, ps, GEN + mh(*m) + [intro[0], head[0], "Department of Physics, KNUST"])

    L = [f"{GRP} Digest Number 212", "", "Topics in this digest:", ""]
    topics = []
    for mm in msgs:
        t = mm[0][4:] if mm[0].startswith("Re: ") else mm[0]
        if t not in topics:
            topics.append(t)
    for i, t in enumerate(topics, 1):
        cnt = sum(1 for mm in msgs if mm[0].endswith(t))
        L.append(f"{i}. {t}" + (f" ({cnt})" if cnt > 1 else ""))
    L += ["", "=" * 70, ""]
    for mm in msgs:
        topic, no, frm, date, lines = mm
        L += [f"{topic}", f"#{no}", f"From: {frm}", f"Date: {date}", ""] + lines + [
            "", f"View/Reply Online (#{no})", "", "-" * 70, ""]
    L += ["-=-=-=-=-=-=-=-=-=-=-=-", "Groups.io Links: You receive all messages sent to this group.", "",
          "View/Reply Online (#1833) | Reply To Group | Reply To Sender | Mute This Topic | New Topic",
          "Your Subscription | Contact Group Owner | Unsubscribe [archivist@example.org]",
          "-=-=-=-=-=-=-=-=-=-=-=-", ""]
    write(F_DG, "\n".join(L))
