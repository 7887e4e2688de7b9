# -*- coding: utf-8 -*-
"""Plain-text dumps: the Google Groups digest, the Factiva and Nexis Uni exports and the Mailman digest."""
import datetime

from articles import ART
from common import F_FV, F_GG, F_MM, F_NX, P, T, block, mn, reg, straight, wrap, write


def file_mn(aids, strings):
    for aid in aids:
        mn(aid, strings)


def long_date(iso, weekday_after=False):
    d = datetime.date.fromisoformat(iso)
    s = f"{d:%B} {d.day}, {d.year}"
    return f"{s} {d:%A}" if weekday_after else s


# ================================================================ Google Groups digest (plain text)
def build_gg():
    G = "heritage-watch@googlegroups.com"
    posts = []   # (topic, [lines])
    # 1 ce-strike, complete, wrapped 66, with a reply quoting two lines
    aid = "ce-strike"
    ps = P(aid)
    intro = "Catching up on this one, sorry - the Examiner's piece from 3 November:"
    sig = ["-- ", "Moira Dunlop", "Volunteer coordinator, Glasgow Heritage Forum", "07700 900412"]
    L = ["Moira Dunlop <moira.dunlop@glasgowheritage.org.uk>: Nov 25 10:14PM", "", intro, "",
         T(aid), "By Fiona Baird", ""] + block(ps, 66) + sig + [""]
    reg(aid, F_GG, ps, [intro, "Volunteer coordinator, Glasgow Heritage Forum",
                        "Moira Dunlop <moira.dunlop@glasgowheritage.org.uk>: Nov 25 10:14PM"])
    q = wrap(ps[1], 66).split("\n")[:2]
    L += ["Gavin Reid <gavinreid58@gmail.com>: Nov 25 11:02PM", ""] + ["> " + x for x in q] + [
        "", "67 per cent turnout is remarkable for a museum ballot. Does anyone know whether the",
        "Burrell staff are in the same bargaining unit?", "", "Sent from my iPhone", ""]
    mn(aid, ["67 per cent turnout is remarkable for a museum ballot",
             "Burrell staff are in the same bargaining unit", "Gavin Reid <gavinreid58@gmail.com>"])
    posts.append(("Glasgow museum staff to strike", L, 2))

    # 2 lh-dino-hall, forwarded with the forwarder's note
    aid = "lh-dino-hall"
    a = ART[aid]
    ps = P(aid)
    note = ("Forwarding this from a colleague in Chicago - worth a read before our own gallery closure "
            "meeting on Thursday, especially the bit about the open lab.")
    fwd = ["---------- Forwarded message ---------", "From: Teresa Lind <tlind@prairiemuseum.org>",
           "Date: Mon, Nov 9, 2026 at 3:12 PM", "Subject: Dino hall story",
           "To: Dan Kowalski <dkowalski@lincolnshiremuseums.org.uk>"]
    L = ["Dan Kowalski <dkowalski@lincolnshiremuseums.org.uk>: Nov 25 09:31AM", "", wrap(note, 72), "", "Dan", "",
         ] + fwd + ["", "Thought you'd want to see this before it gets around. T.", "",
                    T(aid), "Marcus Delaney and Rosa Quintero", "Lakeshore Herald",
                    "Published 5:00 a.m. CT Nov. 9, 2026", ""] + block(ps) + [a["url"], ""]
    reg(aid, F_GG, ps, [note, "---------- Forwarded message ---------", "From: Teresa Lind",
                        "Date: Mon, Nov 9, 2026 at 3:12 PM", "Subject: Dino hall story",
                        "Thought you'd want to see this before it gets around.",
                        "Published 5:00 a.m. CT Nov. 9, 2026"])
    posts.append(("Fwd: Prairie Museum dinosaur hall", L, 1))

    # 3 mtj-insurance, wrapped 72
    aid = "mtj-insurance"
    ps = P(aid)
    L = ["Lars Engstrom <lars.engstrom@registrars.se>: Nov 25 08:47AM", "",
         "Museum Trade Journal, Oct. 30, 2026 --", "", T(aid), "By Gregor Lindqvist", ""] + block(ps, 72) + [
        "Lars", "", "Lars Engstrom | Head Registrar | Nordic Registrars' Forum", ""]
    reg(aid, F_GG, ps, ["Museum Trade Journal, Oct. 30, 2026 --", "Head Registrar | Nordic Registrars' Forum",
                        "Lars Engstrom <lars.engstrom@registrars.se>: Nov 25 08:47AM"])
    posts.append(("Loan insurance premiums", L, 1))

    # 4 de-georgian-ceiling
    aid = "de-georgian-ceiling"
    ps = P(aid)
    hdr = "Dublin Evening Record | Saturday 21 November 2026 | Ciara Nolan"
    L = ["Niamh Byrne <niamh.byrne@irishheritagetrust.ie>: Nov 25 12:20PM", "",
         "Sad news from Fitzwilliam Place. Full text below as the Record's site is paywalled.", "",
         T(aid), hdr, ""] + block(ps) + ["Niamh", ""]
    reg(aid, F_GG, ps, [hdr, "Sad news from Fitzwilliam Place.", "the Record's site is paywalled",
                        "Niamh Byrne <niamh.byrne@irishheritagetrust.ie>: Nov 25 12:20PM"])
    posts.append(("Dublin ceiling collapse", L, 1))

    # 5 hhn-courthouse: no date anywhere
    aid = "hhn-courthouse"
    ps = P(aid)
    intro = ("From Isla Munro's blog, Highland Heritage Notes (there's no date on the post that I can see, "
             "but it went up recently):")
    L = ["Hamish Urquhart <h.urquhart@btinternet.com>: Nov 25 02:05PM", "", wrap(intro, 72), "",
         T(aid), "Isla Munro", ""] + block(ps, 72) + ["Hamish", ""]
    reg(aid, F_GG, ps, [intro, "Hamish Urquhart <h.urquhart@btinternet.com>: Nov 25 02:05PM"])
    posts.append(("Cromarty courthouse cells", L, 1))

    # 6 hw-etruscan-coins: wire text, reporting line kept
    aid = "hw-etruscan-coins"
    ps = P(aid)
    L = ["Paola Conti <p.conti@museoetrusco.it>: Nov 25 03:40PM", "", "Heritage Wire, 17 Nov 2026", "",
         T(aid), "By Giulia Ferraro", ""] + block(ps) + ["Saluti,", "Paola", ""]
    reg(aid, F_GG, ps, ["Heritage Wire, 17 Nov 2026", "Paola Conti <p.conti@museoetrusco.it>: Nov 25 03:40PM"])
    posts.append(("Etruscan coins recovered", L, 1))

    # 7 ac-elmina-museum
    aid = "ac-elmina-museum"
    a = ART[aid]
    ps = P(aid)
    hdr = "Efua Mensah | Accra Chronicle | 15/11/2026"
    L = ["Kwame Ofori <kwame.ofori@ug.edu.gh>: Nov 25 04:58PM", "", T(aid), hdr, ""] + block(ps, 72) + [
        a["url"], "", "--", "Dr Kwame Ofori", "Department of Archaeology and Heritage Studies, University of Ghana",
        ""]
    reg(aid, F_GG, ps, [hdr, "Department of Archaeology and Heritage Studies, University of Ghana",
                        "Kwame Ofori <kwame.ofori@ug.edu.gh>: Nov 25 04:58PM"])
    posts.append(("Elmina fishermen's museum", L, 1))

    # 8 lds-intramuros-vault, caps byline
    aid = "lds-intramuros-vault"
    ps = P(aid)
    L = ["Bea Santos <bea.santos@up.edu.ph>: Nov 25 07:15PM", "", "Luzon Daily Star, Nov. 4, 2026", "",
         T(aid).upper(), "By PAOLO REYES", ""] + block(ps) + ["Bea", ""]
    reg(aid, F_GG, ps, ["Luzon Daily Star, Nov. 4, 2026", "Bea Santos <bea.santos@up.edu.ph>: Nov 25 07:15PM"])
    posts.append(("Intramuros map vault", L, 1))

    n_upd = sum(p[2] for p in posts)
    assert n_upd == 9 and len(posts) == 8
    out = [f"{G}\tGoogle Groups\t", "Topic digest", "View all topics", ""]
    for topic, _, n in posts:
        out.append(f"    {topic} - {n} Update{'s' if n > 1 else ''}")
    out.append("")
    for topic, lines, _ in posts:
        out += [topic + "    ", ""] + lines + ["Back to top", ""]
    out += ["You received this digest because you're subscribed to updates for this group. You can change your "
            "settings on the group membership page.",
            f"To unsubscribe from this group and stop receiving emails from it send an email to "
            f"heritage-watch+unsubscribe@googlegroups.com.", ""]
    file_mn(["ce-strike", "lh-dino-hall", "mtj-insurance", "de-georgian-ceiling", "hhn-courthouse",
             "hw-etruscan-coins", "ac-elmina-museum", "lds-intramuros-vault"], [
        "Google Groups", "Topic digest", "View all topics", "Back to top",
        "You received this digest because you're subscribed to updates for this group.",
        "You can change your settings on the group membership page.",
        "heritage-watch+unsubscribe@googlegroups.com", "Glasgow museum staff to strike - 2 Updates",
        "Fwd: Prairie Museum dinosaur hall - 1 Update", "Intramuros map vault - 1 Update"])
    write(F_GG, "\n".join(out))


# ================================================================ Factiva (article format, no field codes)
FV_DOCS = [
    # aid, section, byline, time, source, code, edition/page, copyright
    ("hw-stela", "World News", "By Diego Salcedo", "19:22 GMT", "Heritage Wire", "HERWIR", None,
     "Copyright 2026 Heritage Wire Ltd. All Rights Reserved."),
    ("mtj-insurance", "Insurance", "Gregor Lindqvist", None, "Museum Trade Journal", "MUSTRJ", "Vol. 88, No. 43; Pg. 6",
     "(c) 2026 MTJ Publishing Ltd"),
    ("hw-lyon-theft", "World News", "By Claire Dufour", "11:05 GMT", "Heritage Wire", "HERWIR", None,
     "Copyright 2026 Heritage Wire Ltd. All Rights Reserved."),
    ("md-koorie-gallery", "News", "Liam Hartigan & Mere Tawhiri", None, "The Melbourne Dispatch", "MELDSP",
     "First; Pg. 9", "© 2026 Dispatch Media Pty Ltd"),
    ("hw-gold-weights", "World News", "By Pieter Koster", "13:48 GMT", "Heritage Wire", "HERWIR", None,
     "Copyright 2026 Heritage Wire Ltd. All Rights Reserved."),
    ("mtj-loans-survey", "Exhibitions", "Gregor Lindqvist", None, "Museum Trade Journal", "MUSTRJ",
     "Vol. 88, No. 45; Pg. 1", "(c) 2026 MTJ Publishing Ltd"),
    ("hw-etruscan-coins", "World News", "By Giulia Ferraro", "10:31 GMT", "Heritage Wire", "HERWIR", None,
     "Copyright 2026 Heritage Wire Ltd. All Rights Reserved."),
    ("de-liffey-gallery", None, "Ciara Nolan", None, "Dublin Evening Record", "DUBEVR", "Pg. 5",
     "(c) 2026 Dublin Evening Record Media Ltd. All rights reserved"),
    ("de-georgian-ceiling", None, "Ciara Nolan", None, "Dublin Evening Record", "DUBEVR", "Pg. 3",
     "(c) 2026 Dublin Evening Record Media Ltd. All rights reserved"),
    ("md-gippsland-photos", "Regional", "Mere Tawhiri", None, "The Melbourne Dispatch", "MELDSP", "First; Pg. 17",
     "© 2026 Dispatch Media Pty Ltd"),
    ("mtj-climate-bands", "Conservation", "Gregor Lindqvist and Petra Holm", None, "Museum Trade Journal", "MUSTRJ",
     "Vol. 88, No. 46; Pg. 12", "(c) 2026 MTJ Publishing Ltd"),
]


def build_fv():
    out = []
    for n, (aid, sec, by, tm, src, code, ed, cr) in enumerate(FV_DOCS):
        a = ART[aid]
        ps = P(aid)
        d = datetime.date.fromisoformat(a["date"])
        wc = sum(len(p.split()) for p in ps)
        doc = f"Document {code}00{d:%Y%m%d}e{'abcdefghijkl'[d.month - 1]}{d.day:x}000{n + 1:02d}"
        hdr = ([sec] if sec else []) + [T(aid), by, f"{wc} words", f"{d.day} {d:%B} {d.year}"] + (
            [tm] if tm else []) + [src, code] + ([ed] if ed else []) + ["English", cr]
        out += hdr + [""] + block(ps) + [doc, "", ""]
        reg(aid, F_FV, ps, [f"{wc} words", doc, cr] + ([ed] if ed and len(ed) >= 10 else []))
    out += ["Search Summary",
            "Text\tmuseum* or gallery or galleries or heritage or archive*",
            "Date\t01/10/2026 to 24/11/2026", "Source\tAll Sources", "Author\tAll Authors",
            "Company\tAll Companies", "Subject\tAll Subjects", "Industry\tAll Industries", "Region\tAll Regions",
            "Language\tEnglish", "Results Found\t11", "Timestamp\t24 November 2026 9:17", ""]
    file_mn([x[0] for x in FV_DOCS], ["Search Summary", "Date\t01/10/2026 to 24/11/2026",
                                      "Timestamp\t24 November 2026 9:17", "Results Found\t11",
                                      "museum* or gallery or galleries or heritage or archive*"])
    write(F_FV, "\n".join(out))


# ================================================================ Mailman 2 digest ("Today's Topics")
def build_mm():
    LIST = "museums-l@lists.museumsnet.org"
    msgs = []  # (subject, from, date, body lines)

    aid = "tl-sunday-closing"
    ps = P(aid)
    intro = "Toronto Ledger, Oct. 29, 2026. Another one for the 'hours cut' file:"
    msgs.append(("Toronto Sunday hours", "Jenna Fowler <jfowler@ontariomuseums.ca>", "Sun, 22 Nov 2026 20:14:09 -0500",
                 [intro, "", T(aid), "BY ADITI RAO", ""] + block(ps, 72) + ["Jenna", ""]))
    reg(aid, F_MM, ps, [intro, "Jenna Fowler <jfowler@ontariomuseums.ca>"])

    aid = "hw-lyon-theft"
    ps = [straight(p) for p in P(aid)]
    intro = "Heritage Wire, 2 November 2026 - lenders take note:"
    msgs.append(("Lyon theft", "Marc Aubert <marc.aubert@musees-rhone.fr>", "Mon, 23 Nov 2026 08:02:44 +0100",
                 [intro, "", straight(T(aid)), "Claire Dufour, Heritage Wire", ""] + block(ps, 72) +
                 ["Marc Aubert", "Registraire, Musees du Rhone", ""]))
    reg(aid, F_MM, ps, [intro, "Claire Dufour, Heritage Wire", "Registraire, Musees du Rhone"])
    q = wrap(ps[3], 72).split("\n")
    msgs.append(("Re: Lyon theft", "Sophie Grant <sgrant@courierfineart.co.uk>", "Mon, 23 Nov 2026 09:30:12 +0000",
                 ["On 23/11/2026 07:02, Marc Aubert wrote:"] + ["> " + x for x in q] + [
                     "", "This is exactly why we now ask borrowers for their alarm response times in",
                     "writing. Four minutes is enough to empty a case.", "", "Sophie", ""]))
    mn(aid, ["This is exactly why we now ask borrowers for their alarm response times",
             "Four minutes is enough to empty a case.", "On 23/11/2026 07:02, Marc Aubert wrote:"])

    aid = "ce-strike"
    ps = P(aid, trim=1)
    intro = "Clyde Examiner, Tuesday 3 November 2026:"
    msgs.append(("Glasgow strike ballot", "Alison Kerr <a.kerr@scotmuseums.org.uk>", "Mon, 23 Nov 2026 09:41:30 +0000",
                 [intro, "", T(aid), "By Fiona Baird", ""] + block(ps, 72) + ["[snip]", "",
                  "Alison Kerr", "Scottish Museums Network", ""]))
    reg(aid, F_MM, ps, [intro, "Alison Kerr <a.kerr@scotmuseums.org.uk>", "Scottish Museums Network"])

    aid = "ac-national-museum"
    a = ART[aid]
    ps = P(aid)
    msgs.append(("Accra National Museum reopens", "Yaa Darko <ydarko@ghanamuseums.org>",
                 "Mon, 23 Nov 2026 10:05:51 +0000",
                 ["Good news from home.", "", T(aid), "By Kwabena Asante, Efua Mensah and Yaw Boateng",
                  "Accra Chronicle | 2026-11-07", ""] + block(ps) + ["Read it here: " + a["url"], "", "Yaa", ""]))
    reg(aid, F_MM, ps, ["Good news from home.", "Accra Chronicle | 2026-11-07", "Yaa Darko <ydarko@ghanamuseums.org>"])

    aid = "lh-neighborhood-fund"
    a = ART[aid]
    ps = P(aid)
    note = "FYI, forwarded by our development officer. Might be a model for the Arts Council scheme."
    msgs.append(("Fwd: Chicago neighborhood museum grants", "Tom Beckett <tbeckett@smallmuseums.org>",
                 "Mon, 23 Nov 2026 11:17:03 +0000",
                 [note, "", "", "-------- Forwarded Message --------", "Subject: city arts fund story",
                  "Date: Thu, 19 Nov 2026 17:40:12 -0600", "From: Rachel Ng <rng@smallmuseums.org>",
                  "To: Tom Beckett <tbeckett@smallmuseums.org>", "", "", T(aid), "Rosa Quintero",
                  "Lakeshore Herald", "Nov. 19, 2026", ""] + block(ps, 72) + [a["url"], "", "",
                  "--", "Tom Beckett", "Small Museums Association", ""]))
    reg(aid, F_MM, ps, [note, "-------- Forwarded Message --------", "Subject: city arts fund story",
                        "Date: Thu, 19 Nov 2026 17:40:12 -0600", "From: Rachel Ng <rng@smallmuseums.org>",
                        "Small Museums Association"])

    aid = "mnd-museum-night"
    ps = P(aid)
    intro = "Mexico News Desk (25/10/2026)"
    msgs.append(("Noche de Museos record", "Alejandra Ruiz <aruiz@inah-amigos.mx>", "Mon, 23 Nov 2026 06:22:10 -0600",
                 [intro, "", T(aid), "Lucía Ferrer", ""] + block(ps) + ["Saludos,", "Alejandra", ""]))
    reg(aid, F_MM, ps, [intro, "Alejandra Ruiz <aruiz@inah-amigos.mx>"])

    aid = "md-gippsland-photos"
    ps = P(aid)
    intro = "The Melbourne Dispatch, 22 Nov 2026"
    msgs.append(("Gippsland glass plates", "Bronwyn Tait <btait@vicheritage.org.au>",
                 "Mon, 23 Nov 2026 13:48:37 +1100",
                 [intro, "", T(aid), "By Mere Tawhiri", ""] + block(ps, 72) + ["Bronwyn", ""]))
    reg(aid, F_MM, ps, [intro, "Bronwyn Tait <btait@vicheritage.org.au>"])

    aid = "kp-pharmacy-jars"
    ps = P(aid)
    intro = "Kraków Post, 8.11.2026"
    msgs.append(("Krakow apothecary jars", "Anna Zielinska <a.zielinska@muzea.pl>", "Mon, 23 Nov 2026 14:55:00 +0100",
                 [intro, "", T(aid), "Marta Wiśniewska", ""] + block(ps) + ["Pozdrawiam,", "Anna", ""]))
    reg(aid, F_MM, ps, [intro, "Anna Zielinska <a.zielinska@muzea.pl>"])

    aid = "hw-gold-weights"
    ps = P(aid)
    intro = "Heritage Wire, Nov 10 2026. Fourteen small pieces, but a big precedent."
    msgs.append(("Leiden gold weights to Kumasi", "Kojo Appiah <kappiah@knust.edu.gh>",
                 "Mon, 23 Nov 2026 16:10:20 +0000",
                 [intro, "", T(aid), "By Pieter Koster", ""] + block(ps, 72) + ["Kojo", ""]))
    reg(aid, F_MM, ps, [intro, "Kojo Appiah <kappiah@knust.edu.gh>"])

    out = ["Send Museums-L mailing list submissions to", f"\t{LIST}", "",
           "To subscribe or unsubscribe via the World Wide Web, visit",
           "\thttps://lists.museumsnet.org/mailman/listinfo/museums-l",
           "or, via email, send a message with subject or body 'help' to",
           "\tmuseums-l-request@lists.museumsnet.org", "", "You can reach the person managing the list at",
           "\tmuseums-l-owner@lists.museumsnet.org", "",
           "When replying, please edit your Subject line so it is more specific",
           'than "Re: Contents of Museums-L digest..."', "", "", "Today's Topics:", ""]
    for i, (subj, frm, _, _) in enumerate(msgs, 1):
        name = frm.split(" <")[0]
        out.append(f"   {i}. {subj} ({name})")
    out += ["", "", "-" * 70, ""]
    for i, (subj, frm, dt, body) in enumerate(msgs, 1):
        out += [f"Message: {i}", f"Date: {dt}", f"From: {frm}", f"To: {LIST}", f"Subject: [Museums-L] {subj}",
                f"Message-ID: <{20261122 + i}.{1000 + 37 * i}@mail.museumsnet.org>",
                'Content-Type: text/plain; charset="utf-8"', ""] + body + ["", "-" * 30, ""]
    out += ["Subject: Digest Footer", "", "_______________________________________________",
            "Museums-L mailing list", LIST, "https://lists.museumsnet.org/mailman/listinfo/museums-l",
            "Museums-L is a moderated list. Posts do not represent the views of the Museums Network. "
            "Articles are shared for research and discussion only; copyright remains with the publishers.",
            "", "", "-" * 30, "", "End of Museums-L Digest, Vol 22, Issue 41", "*" * 41, ""]
    file_mn(["tl-sunday-closing", "hw-lyon-theft", "ce-strike", "ac-national-museum", "lh-neighborhood-fund",
             "mnd-museum-night", "md-gippsland-photos", "kp-pharmacy-jars", "hw-gold-weights"], [
        "Send Museums-L mailing list submissions to", "To subscribe or unsubscribe via the World Wide Web, visit",
        "museums-l-request@lists.museumsnet.org", "You can reach the person managing the list at",
        "When replying, please edit your Subject line so it is more specific",
        'than "Re: Contents of Museums-L digest..."', "Today's Topics:", "Museums-L mailing list",
        "https://lists.museumsnet.org/mailman/listinfo/museums-l", "End of Museums-L Digest, Vol 22, Issue 41",
        "Posts do not represent the views of the Museums Network.",
        "copyright remains with the publishers.", "Subject: Digest Footer", "1. Toronto Sunday hours (Jenna Fowler)",
        "Subject: [Museums-L] Re: Lyon theft"])
    write(F_MM, "\n".join(out))


# ================================================================ Nexis Uni export
NX_DOCS = [
    # aid, syndicated?, edition, copyright, section, byline, dateline, highlight
    ("hw-stela", True, "Online Edition", "Copyright 2026 Toronto Ledger Media Inc. All Rights Reserved",
     "WORLD; Pg. A14", "Diego Salcedo, Heritage Wire", "GUATEMALA CITY", None),
    ("tl-sunday-closing", False, "Final Edition", "Copyright 2026 Toronto Ledger Media Inc. All Rights Reserved",
     "NEWS; Pg. A4", "Aditi Rao Toronto Ledger", None, None),
    ("ce-strike", False, "National Edition", "Copyright 2026 Clyde Examiner Newspapers Ltd All Rights Reserved",
     "NEWS; Pg. 7", "FIONA BAIRD", "GLASGOW",
     "Ballot result raises prospect of closed galleries in the Christmas season"),
    ("lh-dino-hall", False, "Chicagoland Edition", "Copyright 2026 Lakeshore Herald. All Rights Reserved",
     "LOCAL; Pg. A1", "Marcus Delaney and Rosa Quintero", None, None),
    ("po-parish-registers", False, "", "Copyright 2026 Pennine Observer Ltd",
     "NEWS; Pg. 11", "By Rachel Thwaite, Heritage Correspondent", "YORK", None),
    ("po-textile-grant", False, "", "Copyright 2026 Pennine Observer Ltd",
     "NEWS; Pg. 19", "By Rachel Thwaite, Heritage Correspondent", None, None),
    ("tl-boiler-failure", False, "Final Edition", "Copyright 2026 Toronto Ledger Media Inc. All Rights Reserved",
     "ARTS; Pg. C2", "Aditi Rao Toronto Ledger", None, None),
    ("ce-deal", False, "National Edition", "Copyright 2026 Clyde Examiner Newspapers Ltd All Rights Reserved",
     "NEWS; Pg. 2", "Fiona Baird", None, None),
    ("ce-tenement-lift", False, "National Edition",
     "Copyright 2026 Clyde Examiner Newspapers Ltd All Rights Reserved",
     "NEWS; Pg. 15", "Donald McIver", None, "Campaigners hail the end of a twenty-year wait"),
]
NX_OUTLET_LINE = {"Toronto Ledger": "Toronto Ledger (Ontario)", "The Clyde Examiner": "The Clyde Examiner (Scotland)",
                  "Lakeshore Herald": "Lakeshore Herald (Chicago, Illinois)",
                  "Pennine Observer": "Pennine Observer (England)"}


def build_nx():
    out = ["User Name: =", "Date and Time: = 2026-11-26", "Job Number: = 284113907", "",
           f"Documents ({len(NX_DOCS)})", ""]
    titles = []
    for aid, synd, *_ in NX_DOCS:
        titles.append(ART[aid]["synd_title"] if synd else T(aid))
    for i, t in enumerate(titles, 1):
        out += [f"{i}. {t}", "Client/Matter: -None-", "Search Terms: museum! OR galler! OR heritage",
                "Search Type: Terms and Connectors", "Narrowed by: ", "Content Type\tNarrowed by",
                "News\tTimeline: Oct 25, 2026 to Nov 26, 2026; Language: English", ""]
    out.append("")
    for (aid, synd, ed, cr, sec, byl, dl, hl), title in zip(NX_DOCS, titles):
        a = ART[aid]
        outlet = a["synd_outlet"] if synd else a["outlet"]
        ps = P(aid, credit=synd)
        wc = sum(len(p.split()) for p in ps)
        d = datetime.date.fromisoformat(a["date"])
        load = long_date((d + datetime.timedelta(days=1)).isoformat())
        out += ["", title, "", NX_OUTLET_LINE[outlet], long_date(a["date"], True)] + ([ed] if ed else []) + [
            "", cr, "", f"Section: {sec}", f"Length: {wc} words", f"Byline: {byl}"] + (
            [f"Dateline: {dl}"] if dl else []) + ([f"Highlight: {hl}"] if hl else []) + ["", "Body", "", ""]
        out += block(ps) + [f"Load-Date: {load}", "", "", "End of Document", ""]
        reg(aid, F_NX, ps, [cr, f"Section: {sec}", f"Length: {wc} words", f"Load-Date: {load}",
                            f"Byline: {byl}"] + ([hl] if hl else []) + ([f"Dateline: {dl}"] if dl else []))
    file_mn([x[0] for x in NX_DOCS], ["Date and Time: = 2026-11-26", "Job Number: = 284113907",
                                      "Client/Matter: -None-", "Search Terms: museum! OR galler! OR heritage",
                                      "Search Type: Terms and Connectors", "End of Document",
                                      "Timeline: Oct 25, 2026 to Nov 26, 2026; Language: English"])
    write(F_NX, "\n".join(out))
