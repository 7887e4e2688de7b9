# -*- coding: utf-8 -*-
"""Plain-text dumps: Google Groups digest, Outlook forward, printed Gmail forward of a Google Alert,
LexisNexis delivery (cp1252), Meltwater clipping report (UTF-8 with BOM)."""
from common import (ART, F_GA, F_GG, F_MW, F_NX, F_OL, P, T, reg, straight, words, wrap, write)


def block(ps, width=None):
    out = []
    for p in ps:
        out += [wrap(p, width) if width else p, ""]
    return out


# ================================================================== Google Groups digest
def build_gg():
    G = "transit-watchers"
    eq = "=" * 77
    topics = [
        ("Galway-Athenry double track approved", "3f9a61c0d2e7b4a8", 2),
        ("Midleton every 10 minutes (Leeside Times)", "8b21e0f7a4c95d13", 1),
        ("Sligo-Collooney study", "c40d7e92b1a6f358", 1),
        ("Ennis bus station plans", "1e7f3a09c5d2b864", 1),
        ("Victoria: Waurn Ponds duplication + Ballarat parking", "a93c5b7e0f21d648", 2),
        ("Waterloo region LRT to Cambridge", "5d08b2f4e9c7a113", 1),
        ("Whistler strike, week 3", "e6a41c3d97b0f285", 2),
        ("India roundup: Kochi ferries, Nagpur metro", "07c9e5a2d4b13f86", 2),
    ]
    L = [eq, "Today's topic summary", eq, "",
         f"Group: {G}@googlegroups.com",
         f"Url:   https://groups.google.com/forum/?utm_source=digest&utm_medium=email#!forum/{G}/topics", ""]
    for name, tid, n in topics:
        L += [f"  - {name} [{n} Update{'s' if n > 1 else ''}]",
              f"    http://groups.google.com/group/{G}/t/{tid}?utm_source=digest&utm_medium=email", ""]
    GEN = ["utm_source=digest&utm_medium=email",
           "You received this digest because you're subscribed to updates for this group",
           f"{G}+unsubscribe@googlegroups.com"]

    def topic(name, tid):
        return [eq, f"Topic: {name}", f"Url:   http://groups.google.com/group/{G}/t/{tid}?utm_source=digest&utm_medium=email",
                eq, ""]

    def msg(i, n, frm, date, mid):
        return [f"---------- {i} of {n} ----------", f"From: {frm}", f"Date: {date}",
                f"Url: http://groups.google.com/group/{G}/msg/{mid}?utm_source=digest&utm_medium=email", ""]

    # --- topic 1: Athenry (straight quotes, wrapped 72) + a reply quoting one paragraph
    L += topic(*topics[0][:2])
    L += msg(1, 2, "Orla Ní Bhriain <orla.nibhriain@gmail.com>", "Apr 24 09:14PM +0100", "5a0c7d21e8f3b946")
    a = "wcn-athenry-doubling"
    ps = [straight(p) for p in P(a)]
    hdr = ["Good news from the west at last, pasting the whole thing:", "",
           straight(T(a)), "Siobhán Kearney, Western Corridor News", "Thursday, April 24th, 2025",
           ART[a]["url"], ""]
    L += hdr + block(ps, 72) + ["Orla", ""]
    reg(a, F_GG, ps, GEN + ["Good news from the west at last, pasting the whole thing:",
                            "Siobhán Kearney, Western Corridor News", "Thursday, April 24th, 2025",
                            "From: Orla Ní Bhriain <orla.nibhriain@gmail.com>", "Apr 24 09:14PM +0100",
                            "Topic: Galway-Athenry double track approved", "---------- 1 of 2 ----------"])
    L += msg(2, 2, "Tadhg Murray <tadhg.murray@outlook.ie>", "Apr 25 08:02AM +0100", "b7e13f04a9d62c58")
    L += ["> " + ln for ln in wrap(ps[2], 70).split("\n")]
    L += ["", "Refusing the car park is the right call. Half of Oranmore would have",
          "driven to it instead of taking the 409 bus. Does anyone know if the",
          "Parkmore park-and-ride has a date yet?", "", "T.", ""]
    # --- topic 2: Cork commuter (straight, wrapped 68, bracketed source line)
    L += topic(*topics[1][:2])
    L += msg(1, 1, "Ruairí Kenneally <r.kenneally@corkrail.example.ie>", "Apr 23 11:47AM +0100", "2c94e8a1f07d5b36")
    a = "lt-cork-commuter"
    ps = [straight(p) for p in P(a)]
    L += ["[The Leeside Times, 23/04/2025, p. 4 -- Declan Fitzgerald & Orla Nagle]", "", straight(T(a)), ""]
    L += block(ps, 68) + ["--", "Ruairí Kenneally", "Cork Commuter Rail Users' Group", "corkrail.example.ie", ""]
    reg(a, F_GG, ps, GEN + ["[The Leeside Times, 23/04/2025, p. 4 -- Declan Fitzgerald & Orla Nagle]",
                            "Cork Commuter Rail Users' Group", "Ruairí Kenneally <r.kenneally@corkrail.example.ie>",
                            "Topic: Midleton every 10 minutes (Leeside Times)", "Apr 23 11:47AM +0100"])
    # --- topic 3: Sligo study (curly, long lines, caps title)
    L += topic(*topics[2][:2])
    L += msg(1, 1, "Fergus Dunleavy <fdunleavy@eircom.example.net>", "Apr 22 06:30PM +0100", "f1a8c37b05e2d946")
    a = "ycp-sligo-rail-study"
    ps = P(a)
    L += ["Yeats Country Post -- 22 April 2025", T(a).upper(), "Fergal Hennessy", ""]
    L += block(ps) + ["Sent from my phone", ""]
    reg(a, F_GG, ps, GEN + ["Yeats Country Post -- 22 April 2025", T(a).upper(), "Sent from my phone",
                            "Fergus Dunleavy <fdunleavy@eircom.example.net>", "Apr 22 06:30PM +0100",
                            "Topic: Sligo-Collooney study"])
    # --- topic 4: Ennis, original (curly, long lines)
    L += topic(*topics[3][:2])
    L += msg(1, 1, "Clare Rail & Bus Forum <info@clarerailbus.example.ie>", "Apr 26 02:15PM +0100", "4d6b0e93c8a1f275")
    a = "bcc-ennis-bus-station"
    ps = P(a)
    L += ["From the Banner County Chronicle (Sat 26 Apr 2025):", "", f"*{T(a)}*", "by Róisín McMahon", ""]
    L += block(ps) + ["-- ", "Clare Rail & Bus Forum | clarerailbus.example.ie | Follow us @ClareRailBus", ""]
    reg(a, F_GG, ps, GEN + ["From the Banner County Chronicle (Sat 26 Apr 2025):", "by Róisín McMahon",
                            "Clare Rail & Bus Forum | clarerailbus.example.ie | Follow us @ClareRailBus",
                            "Topic: Ennis bus station plans", "Apr 26 02:15PM +0100"])
    # --- topic 5: two Victorian pieces in one topic
    L += topic(*topics[4][:2])
    L += msg(1, 2, "Bruce Alderton <b.alderton@bigpond.example.com>", "Apr 26 04:55PM +1000", "9e2f5c18b4a07d63")
    a = "gpp-waurn-ponds"
    ps = [straight(p) for p in P(a)]
    L += [straight(T(a)), "Geelong Pier Post | Lachlan Murray | 26/04/2025", ""] + block(ps, 75)
    L += ["Cheers, Bruce (Grovedale)", ""]
    reg(a, F_GG, ps, GEN + ["Geelong Pier Post | Lachlan Murray | 26/04/2025", "Cheers, Bruce (Grovedale)",
                            "Bruce Alderton <b.alderton@bigpond.example.com>", "Apr 26 04:55PM +1000",
                            "Topic: Victoria: Waurn Ponds duplication + Ballarat parking", "---------- 2 of 2 ----------"])
    L += msg(2, 2, "Bruce Alderton <b.alderton@bigpond.example.com>", "Apr 26 05:03PM +1000", "0c7a3e95d2f1b468")
    a = "gg-ballarat-parking"
    ps = P(a)
    L += ["And one from Ballarat while I'm at it:", "", T(a), "Goldfields Gazette, Hayley Brennan, Fri 25 April 2025",
          ""] + block(ps) + ["B.", ""]
    reg(a, F_GG, ps, GEN + ["And one from Ballarat while I'm at it:",
                            "Goldfields Gazette, Hayley Brennan, Fri 25 April 2025",
                            "Apr 26 05:03PM +1000", "---------- 1 of 2 ----------",
                            "Topic: Victoria: Waurn Ponds duplication + Ballarat parking"])
    # --- topic 6: LRT to Cambridge (field-style header, wrapped 70)
    L += topic(*topics[5][:2])
    L += msg(1, 1, "Kat Vandermeer <kvandermeer@uwaterloo.example.ca>", "Apr 23 07:21PM -0400", "63b0f9d4a1e8c257")
    a = "grr-lrt-cambridge"
    ps = [straight(p) for p in P(a)]
    L += ["Headline: " + T(a), "Outlet: Grand River Record", "Date: April 23, 2025", "Author: Nadia Kowalczyk", ""]
    L += block(ps, 70) + ["-Kat", ""]
    reg(a, F_GG, ps, GEN + ["Headline: " + T(a), "Outlet: Grand River Record", "Date: April 23, 2025",
                            "Author: Nadia Kowalczyk", "Kat Vandermeer <kvandermeer@uwaterloo.example.ca>",
                            "Apr 23 07:21PM -0400", "Topic: Waterloo region LRT to Cambridge"])
    # --- topic 7: Whistler (dot-separated source line, long lines, curly)
    L += topic(*topics[6][:2])
    L += msg(1, 2, "Sea to Sky Riders <riders@seatoskyriders.example.ca>", "Apr 24 10:40PM -0700", "d8f2a6c04b9e1735")
    a = "sss-whistler-strike"
    ps = P(a)
    L += ["Sea to Sky Sentinel · April 24, 2025 · by Maya Tremblay", T(a), ""] + block(ps)
    L += ["Sea to Sky Riders is a volunteer group. Views of the articles we share are those of their authors.", ""]
    reg(a, F_GG, ps, GEN + ["Sea to Sky Sentinel · April 24, 2025 · by Maya Tremblay",
                            "Sea to Sky Riders is a volunteer group.", "Apr 24 10:40PM -0700",
                            "Sea to Sky Riders <riders@seatoskyriders.example.ca>", "Topic: Whistler strike, week 3"])
    # the same story posted again by another member: straight quotes, wrapped at 66, last paragraph cut
    L += msg(2, 2, "Dave Kowalski <dkowalski@shaw.example.ca>", "Apr 25 07:15AM -0700", "2b7d9e41c0f3a586")
    ps2 = [straight(p) for p in P(a, trim=1)]
    L += ["Not sure if this went round already. From the Sentinel, 24 April:", "", straight(T(a)), "",
          "Maya Tremblay / Sea to Sky Sentinel", ""] + block(ps2, 66) + ["Dave", ""]
    reg(a, F_GG, ps2, ["Not sure if this went round already. From the Sentinel, 24 April:",
                       "Maya Tremblay / Sea to Sky Sentinel", "Dave Kowalski <dkowalski@shaw.example.ca>"])
    # --- topic 8: India roundup (Kochi straight wrapped 72; Nagpur from e-paper with no outlet)
    L += topic(*topics[7][:2])
    L += msg(1, 2, "Vivek Nair <vivek.nair@gmail.com>", "Apr 27 08:12PM +0530", "7a5e0d3c29f1b846")
    a = "kt-kochi-ferries"
    ps = [straight(p) for p in P(a)]
    L += [straight(T(a)), "Anjali Menon | Kerala Tidings | 27-Apr-2025", ""] + block(ps, 72)
    L += ["Regards,", "Vivek", ""]
    reg(a, F_GG, ps, GEN + ["Anjali Menon | Kerala Tidings | 27-Apr-2025", "Vivek Nair <vivek.nair@gmail.com>",
                            "Apr 27 08:12PM +0530", "Topic: India roundup: Kochi ferries, Nagpur metro",
                            "---------- 1 of 2 ----------"])
    L += msg(2, 2, "Vivek Nair <vivek.nair@gmail.com>", "May 03 09:26AM +0530", "c1f4b9e7a6d03258")
    a = "nagpur-metro-phase2"
    ps = P(a)
    L += ["Pasted from this morning's e-paper (no link, sorry):", "", T(a), "By Nikhil Deshpande",
          "Saturday, May 3rd, 2025", ""] + block(ps) + ["Vivek", ""]
    reg(a, F_GG, ps, GEN + ["Pasted from this morning's e-paper (no link, sorry):", "By Nikhil Deshpande",
                            "Saturday, May 3rd, 2025", "May 03 09:26AM +0530", "---------- 2 of 2 ----------",
                            "Topic: India roundup: Kochi ferries, Nagpur metro"])
    L += [eq, "", "--",
          "You received this digest because you're subscribed to updates for this group. "
          "You can change your settings on the group membership page:",
          f"https://groups.google.com/forum/?utm_source=digest&utm_medium=email#!forum/{G}/join",
          f"To unsubscribe from this group and stop receiving emails from it send an email to "
          f"{G}+unsubscribe@googlegroups.com.", ""]
    write(F_GG, "\n".join(L))


# ================================================================== Outlook forward (CRLF)
def build_ol():
    OUT = ["From: Hannah Brooks <h.brooks@transitpolicy.example.org>",
           "Sent: Tuesday, 29 April 2025 10:12 AM",
           "To: Regional Desk <regional.desk@transitpolicy.example.org>",
           "Cc: Owen Tierney <o.tierney@transitpolicy.example.org>",
           "Subject: FW: Ridership figures, Toowoomba buses and the Halifax story", "",
           "Team – Priya's pile from yesterday, for the clippings file. The Bengaluru one is the piece I "
           "mentioned on Friday's call.", "", "Thanks,", "Hannah", "",
           "Hannah Brooks", "Senior Analyst | Transit Policy Unit", "T +353 1 555 0177 | M +353 87 555 0123",
           "transitpolicy.example.org", "",
           "CONFIDENTIALITY: This e-mail and any attachments are confidential and intended solely for the "
           "addressee. If you have received it in error, please notify the sender and delete it. Views expressed "
           "are those of the individual sender and not necessarily those of the Transit Policy Unit.", "",
           "From: Priya Sethi <p.sethi@transitpolicy.example.org>",
           "Sent: Monday, 28 April 2025 5:47 PM",
           "To: Hannah Brooks <h.brooks@transitpolicy.example.org>",
           "Subject: Ridership figures, Toowoomba buses and the Halifax story", "",
           "Hi Hannah,", "",
           "As promised, full text of the five I flagged. The Winnipeg ridership numbers are the ones for the "
           "board paper.", "", "* * *", ""]
    GEN = ["Sent: Tuesday, 29 April 2025 10:12 AM",
           "Subject: FW: Ridership figures, Toowoomba buses and the Halifax story",
           "Senior Analyst | Transit Policy Unit",
           "This e-mail and any attachments are confidential and intended solely for the addressee.",
           "As promised, full text of the five I flagged.",
           "Please consider the environment before printing this e-mail."]
    L = OUT
    a = "wcn-sligo-bus"
    ps = P(a, edited=True)
    L += [T(a), "Western Corridor News – Ciarán Moloney – Published: 28/04/2025 - 14:05", ""] + block(ps) + ["* * *", ""]
    reg(a, F_OL, ps, GEN + ["Western Corridor News – Ciarán Moloney – Published: 28/04/2025 - 14:05"])
    a = "tv-toowoomba-bus"
    ps = P(a, credit=True)
    L += ["The Toowoomba piece as it ran in the Darling Downs paper:", "",
          ART[a]["synd_title"], "Darling Downs Weekly, Monday 28 April 2025", "By Grace Pelham", ""]
    L += block(ps) + ["* * *", ""]
    reg(a, F_OL, ps, GEN + ["The Toowoomba piece as it ran in the Darling Downs paper:",
                            "Darling Downs Weekly, Monday 28 April 2025", "By Grace Pelham"])
    a = "hhg-halifax-sunday"
    ps = P(a)
    L += ["HALIFAX HARBOUR GAZETTE", T(a), "Renée LeBlanc | April 27, 2025 at 4:12 p.m. ADT", ""] + block(ps)
    L += ["* * *", ""]
    reg(a, F_OL, ps, GEN + ["HALIFAX HARBOUR GAZETTE", "Renée LeBlanc | April 27, 2025 at 4:12 p.m. ADT"])
    a = "rrl-winnipeg-network"
    ps = P(a)
    L += [T(a), "By Jordan Fehr, Red River Ledger", "Sunday, April 27th, 2025", ""] + block(ps) + ["* * *", ""]
    reg(a, F_OL, ps, GEN + ["By Jordan Fehr, Red River Ledger", "Sunday, April 27th, 2025"])
    a = "bmm-suburban-corridor2"
    ps = [straight(p) for p in P(a)]
    L += ["Bengaluru Metro Mirror | 26/04/2025", straight(T(a)), "Kiran Rao & Shweta Iyer", ""] + block(ps, 76)
    L += ["Priya", "", "Priya Sethi", "Research Assistant | Transit Policy Unit",
          "Please consider the environment before printing this e-mail.", ""]
    reg(a, F_OL, ps, GEN + ["Bengaluru Metro Mirror | 26/04/2025", "Kiran Rao & Shweta Iyer"])
    write(F_OL, "\n".join(L), newline="\r\n")


# ================================================================== printed Gmail forward of a Google Alert
def build_ga():
    L = ["Gmail\tMark Delaney <mark.delaney@railmonitor.example>", "",
         "Fwd: Google Alert - regional rail", "1 message", "",
         "Mark Delaney <mark.delaney@railmonitor.example>\tFri, May 2, 2025 at 9:41 AM",
         "To: Transit Desk <desk@railmonitor.example>", "",
         "Morning all,", "",
         "Two from today's alert worth keeping, plus the Bendigo piece from last week that I promised Leanne. "
         "All three are paywalled so the full text is pasted below the alert.", "", "Mark", "",
         "---------- Forwarded message ---------",
         "From: Google Alerts <googlealerts-noreply@google.com>",
         "Date: Fri, 2 May 2025 at 07:03",
         "Subject: Google Alert - regional rail",
         "To: <mark.delaney@railmonitor.example>", "",
         "Google Alerts", "regional rail", "Daily update \u22c5 May 2, 2025", "", "NEWS", ""]
    snips = [
        (T("gpp-geelong-bus-review"), "Geelong Pier Post",
         "Eleven of Geelong's 27 bus routes would be merged into five more frequent ones under a network review "
         "released on Friday by the ..."),
        (T("dt-waterford-airport-bus"), "Déise Today",
         "A pilot bus service linking Waterford city centre with the airport at Killowen will end on May 31 after "
         "carrying an average of 23 ..."),
        ("Dublin commuter belt rail fares frozen for 2026", "Leinster Courier",
         "Commuter fares on rail services into Dublin from Kildare, Meath and Wicklow will not rise next year, the "
         "minister said ..."),
        ("Regional rail 'the missing link' for Tasmania's north, report finds", "Tamar Valley Times",
         "A report commissioned by three northern councils says a passenger service between Launceston and "
         "George Town would ..."),
    ]
    for t, o, s in snips:
        L += [t, o, s, "Flag as irrelevant", ""]
    L += ["See more results | Edit this alert", "",
          "You have received this email because you have subscribed to Google Alerts.",
          "Unsubscribe | View all your alerts", "", "Receive this alert as RSS feed", "", "Send Feedback", ""]
    GEN = ["Fwd: Google Alert - regional rail", "Fri, May 2, 2025 at 9:41 AM",
           "Two from today's alert worth keeping, plus the Bendigo piece from last week",
           "---------- Forwarded message ---------", "Flag as irrelevant",
           "You have received this email because you have subscribed to Google Alerts.",
           "Receive this alert as RSS feed", "Dublin commuter belt rail fares frozen for 2026",
           "A report commissioned by three northern councils", "----- full text (paywalled) -----"]
    rule = "----- full text (paywalled) -----"
    a = "gpp-geelong-bus-review"
    ps = P(a)
    L += [rule, "", "GEELONG PIER POST — 02/05/2025", T(a), "Lachlan Murray", ""] + block(ps)
    reg(a, F_GA, ps, GEN + ["GEELONG PIER POST — 02/05/2025"])
    a = "dt-waterford-airport-bus"
    ps = P(a)
    L += [rule, "", T(a), "By Aoife Power", "Déise Today · May 1st, 2025", ""] + block(ps)
    reg(a, F_GA, ps, GEN + ["By Aoife Power", "Déise Today · May 1st, 2025"])
    a = "gg-bendigo-timetable"
    ps = P(a)
    L += [rule, "", T(a), "Tom Castellano | Goldfields Gazette | 22/04/2025 7:30am", ART[a]["url"], ""] + block(ps)
    L += ["--", "Mark Delaney | Rail Monitor | railmonitor.example", ""]
    reg(a, F_GA, ps, GEN + ["Tom Castellano | Goldfields Gazette | 22/04/2025 7:30am",
                            "Mark Delaney | Rail Monitor | railmonitor.example"])
    write(F_GA, "\n".join(L))


# ================================================================== LexisNexis delivery (cp1252)
NX_DOCS = [
    # aid, variant, title, publication, dateline, copyright, section, byline, extra fields, pub type, subjects, geo
    ("lt-cork-commuter", "online", None, "The Leeside Times (Online)", "April 23, 2025 Wednesday 6:00 AM GMT",
     "Copyright 2025 Leeside Media Ltd. All Rights Reserved", "NEWS; Transport",
     "Declan Fitzgerald, Orla Nagle", [], "Web Publication",
     "RAIL TRANSPORTATION (92%); COMMUTER RAIL (90%); RAILWAY SIGNALS (71%)", "CORK, IRELAND (90%); IRELAND (92%)"),
    ("lt-cork-commuter", "print", None, "The Leeside Times", "April 23, 2025 Wednesday",
     "Copyright 2025 Leeside Media Ltd. All Rights Reserved", "NEWS; Pg. 4",
     "DECLAN FITZGERALD AND ORLA NAGLE", [], "Newspaper",
     "RAIL TRANSPORTATION (92%); COMMUTER RAIL (90%)", "CORK, IRELAND (90%); IRELAND (92%)"),
    ("bcc-ennis-bus-station", "synd", None, "Shannon Region Weekly", "April 26, 2025 Saturday",
     "Copyright 2025 Shannon Region Media. All Rights Reserved", "REGIONAL NEWS; Pg. 11",
     "Róisín McMahon", ["Dateline: ENNIS"], "Newspaper",
     "BUS TERMINALS (91%); PUBLIC TRANSPORTATION (89%); URBAN PLANNING (72%)", "CLARE, IRELAND (88%)"),
    ("me-cork-alert-sun", "plain", None, "Munster Echo", "May 1, 2025 Thursday",
     "Copyright 2025 Munster Echo Media. All Rights Reserved", "TRAVEL ALERTS",
     None, [], "Web Publication", "RAIL TRANSPORTATION (90%); SERVICE DISRUPTIONS (77%)", "CORK, IRELAND (91%)"),
    ("mo-athlone-station", "plain", None, "Midlands Observer", "April 25, 2025 Friday",
     "Copyright 2025 Midlands Observer Newspapers Ltd. All Rights Reserved", "NEWS; Pg. 3",
     "Eimear Brophy", [], "Newspaper", "RAILROAD STATIONS (93%); DISABLED PERSONS (85%); ACCESSIBILITY (80%)",
     "WESTMEATH, IRELAND (79%)"),
    ("nhh-light-rail", "plain", None, "Newcastle Harbour Herald (Australia)", "April 24, 2025 Thursday",
     "Copyright 2025 Hunter Coast Media Pty Ltd. All Rights Reserved", "NEWS; Pg. 7",
     "Mitchell Crane, Transport Reporter", [], "Newspaper",
     "LIGHT RAIL (94%); INFRASTRUCTURE (88%); BUSINESS CASES (70%)", "NEWCASTLE, AUSTRALIA (92%)"),
    ("gpp-waurn-ponds", "plain", None, "Geelong Pier Post", "April 26, 2025 Saturday",
     "Copyright 2025 Bay City Publishing. All Rights Reserved", "NEWS; Pg. 2",
     "By Lachlan Murray", ["Graphic: A train leaves the rebuilt Marshall station. Picture: Geelong Pier Post"],
     "Newspaper", "RAIL TRANSPORTATION (95%); LEVEL CROSSINGS (71%)", "GEELONG, AUSTRALIA (93%)"),
    ("grr-lrt-cambridge", "plain", None, "Grand River Record (Ontario)", "April 23, 2025 Wednesday",
     "Copyright 2025 Grand River Media Inc. All Rights Reserved", "LOCAL; Pg. A1",
     "Nadia Kowalczyk, Grand River Record", [], "Newspaper",
     "LIGHT RAIL (95%); ENVIRONMENTAL ASSESSMENTS (84%)", "CAMBRIDGE, ONTARIO, CANADA (90%)"),
    ("tbns-northern-train", "plain", None, "Thunder Bay Northern Star", "April 30, 2025 Wednesday",
     "Copyright 2025 Northern Star Publishing Co. All Rights Reserved", "NEWS; Pg. A3",
     "Dale Whitecloud; Thunder Bay Northern Star", [], "Newspaper",
     "PASSENGER RAIL (94%); PILOT PROGRAMS (78%)", "ONTARIO, CANADA (90%)"),
    ("rrl-winnipeg-network", "plain", None, "Red River Ledger", "April 27, 2025 Sunday",
     "Copyright 2025 Red River Ledger Ltd. All Rights Reserved", "CITY; Pg. 5", "Jordan Fehr",
     ["Highlight: Complaints fell by half after a rocky first week, transit director tells committee"],
     "Newspaper", "BUS TRANSPORTATION (95%); RIDERSHIP (88%)", "WINNIPEG, MANITOBA, CANADA (93%)"),
    ("bb-ottawa-line2", "plain", None, "Bytown Bulletin", "April 22, 2025 Tuesday",
     "Copyright 2025 Bytown Bulletin Inc. All Rights Reserved", "CITY", "SOPHIE MARCHAND", [], "Newspaper",
     "LIGHT RAIL (92%); NIGHTLIFE (61%)", "OTTAWA, ONTARIO, CANADA (94%)"),
    ("bh-guwahati-cng", "plain", None, "Brahmaputra Herald", "April 25, 2025 Friday",
     "Copyright 2025 Brahmaputra Herald Publications Pvt Ltd. All Rights Reserved", "GUWAHATI", "Bikash Saikia",
     [], "Newspaper", "BUS TRANSPORTATION (94%); NATURAL GAS VEHICLES (81%)", "ASSAM, INDIA (92%)"),
    ("iaws-sleeper-trial", "plain", None, "Indo-Asian Wire Service", "April 27, 2025 Sunday",
     "Copyright 2025 Indo-Asian Wire Service. All Rights Reserved", "NATIONAL", None, ["Dateline: RATNAGIRI"],
     "Newswire", "RAIL TRANSPORTATION (93%); TESTING (70%)", "MAHARASHTRA, INDIA (88%); GOA, INDIA (71%)"),
]


def build_nx():
    search = "(regional w/3 (rail OR bus OR train OR ferry)) AND transport"
    L = ["User Name: =", "Date and Time: Tuesday, May 6, 2025 2:41:00 PM IST", "Job Number: 248113920", "", "",
         f"Documents ({len(NX_DOCS)})", ""]
    titles = []
    for aid, var, t, *_ in NX_DOCS:
        title = ART[aid]["synd_title"] if var == "synd" else T(aid)
        titles.append(title)
    for n, t in enumerate(titles, 1):
        L += [f"{n}. {t}", "Client/Matter: -None-", f"Search Terms: {search}", "Search Type: Terms and Connectors",
              "Narrowed by: ", "Content Type\tNarrowed by", "News\tTimeline: Apr 21, 2025 to May 05, 2025", ""]
    L += [""]
    GEN = ["Job Number: 248113920", "Search Type: Terms and Connectors", "End of Document", "Load-Date:"]
    for (aid, var, _, pub, dline, copy, sect, byline, extra, ptype, subj, geo), title in zip(NX_DOCS, titles):
        ps = P(aid, trim=1 if var == "print" else 0, credit=(var == "synd"))
        L += [title, "", pub, dline, "", copy, "", f"Section: {sect}", f"Length: {words(ps)} words"]
        mn = GEN + [dline, copy, f"Section: {sect}", f"Subject: {subj}"]
        if byline:
            L += [f"Byline: {byline}"]
            mn.append(f"Byline: {byline}")
        for x in extra:
            L += [x]
            mn.append(x)
        L += ["", "Body", "", ""]
        for p in ps:
            L += [p, ""]
        ld = {"lt-cork-commuter": "April 24, 2025", "iaws-sleeper-trial": "April 28, 2025"}.get(aid, None)
        L += ["", "Classification", "", "", "", "Language: ENGLISH", "", f"Publication-Type: {ptype}", "",
              f"Subject: {subj}", "", f"Geographic: {geo}", "",
              f"Load-Date: {ld or dline.split(' 2025')[0] + ', 2025'}", "", "", "End of Document", "", ""]
        reg(aid, F_NX, ps, mn)
    write(F_NX, "\n".join(L), encoding="cp1252")


# ================================================================== Meltwater clipping report (BOM)
MW_ITEMS = [
    # aid, trim, source line, date line, reach, sentiment, ave, country, tags, note
    ("wcn-athenry-doubling", 0, "Western Corridor News (westerncorridornews.ie) · Online News", "24-Apr-2025 09:15",
     "48.2K", "Positive", "€1,120", "Ireland", "Rail · Planning · Galway", None),
    ("bmm-suburban-corridor2", 1, "Bengaluru Metro Mirror (bengalurumetromirror.com) · Online News",
     "26-Apr-2025 09:05", "1.1M", "Negative", "€9,870", "India", "Rail · Delays · Bengaluru",
     "Analyst note: recurring delay story, third this quarter."),
    ("dc-pune-nashik-fares", 0, "Deccan Courier (deccancourier.in) · Online News", "26-Apr-2025 21:10",
     "640K", "Neutral", "€5,410", "India", "Rail · Fares · Maharashtra", None),
    ("gg-bendigo-timetable", 0, "Goldfields Gazette (goldfieldsgazette.com.au) · Online News", "22-Apr-2025 07:30",
     "88.5K", "Positive", "€2,030", "Australia", "Rail · Timetables · Victoria", None),
    ("awr-ridership-w16", 0, "Abbotsford Weekly Record (abbotsfordweeklyrecord.ca) · Online News",
     "22-Apr-2025 16:00", "21.7K", "Neutral", "€480", "Canada", "Bus · Ridership · British Columbia",
     "Analyst note: weekly figures, see also week 17 when published."),
    ("fvh-valley-rail", 0, "Fraser Valley Herald (fraservalleyherald.ca) · Online News", "25-Apr-2025 06:02",
     "152K", "Neutral", "€3,600", "Canada", "Rail · Studies · British Columbia", None),
    ("mo-fare-cap", 0, "Midlands Observer (midlandsobserver.ie) · Online News", "30-Apr-2025 08:00",
     "35.9K", "Positive", "€870", "Ireland", "Rail · Fares · Midlands", None),
    ("ttt-limerick-304", 0, "Treaty City Times (treatycitytimes.ie) · Online News", "01-May-2025 12:45",
     "41.3K", "Positive", "€960", "Ireland", "Bus · Network redesign · Limerick", None),
    ("bmw-strike-deal", 0, "Brisbane Morning Wire (brisbanemorningwire.com.au) · Online News",
     "02-May-2025 06:15", "410K", "Positive", "€7,150", "Australia", "Rail · Industrial action · Queensland",
     "Analyst note: follow-up to 1 May strike coverage (live blog not captured)."),
    ("kc-coimbatore-metro", 0, "Kovai Chronicle (kovaichronicle.in) · Online News", "02-May-2025 18:30",
     "97K", "Neutral", "€1,540", "India", "Metro · Planning · Tamil Nadu", None),
]


def build_mw():
    bar, thin = "═" * 72, "─" * 72
    L = ["Meltwater", "MEDIA MONITORING REPORT", "Regional Transport Monitor — weekly digest",
         "Prepared for: Transit Policy Unit", "Period: 21-Apr-2025 to 04-May-2025",
         "Generated: 05-May-2025 08:00 (UTC+01:00)",
         f"Results in this report: {len(MW_ITEMS)} | Total reach: 3.0M | Sentiment: 5 positive · 4 neutral · 1 negative",
         "", "CONTENTS", ""]
    for n, (aid, *_r) in enumerate(MW_ITEMS, 1):
        t = T(aid)
        L.append(f"  {n:>2}  {t if len(t) <= 48 else t[:45] + '...'}")
    L += ["", bar]
    GEN = ["Regional Transport Monitor — weekly digest", "Generated: 05-May-2025 08:00 (UTC+01:00)",
           "Open in Meltwater", "This report is provided for the internal use of the recipient organisation only.",
           "Reach and AVE figures are estimates and are not audited."]
    for n, (aid, trim, src, date, reach, sent, ave, country, tags, note) in enumerate(MW_ITEMS, 1):
        a = ART[aid]
        ps = P(aid, trim=trim)
        L += [f"[{n}] {T(aid)}", f"Source: {src}", f"Date: {date}"]
        mn = GEN + [f"Source: {src}", f"Date: {date}", f"Reach: {reach} · Sentiment: {sent} · AVE: {ave}"]
        if a["authors"]:
            au = " & ".join(a["authors"])
            L.append(f"Author: {au}")
            mn.append(f"Author: {au}")
        L += [f"Country: {country} · Language: English", f"Reach: {reach} · Sentiment: {sent} · AVE: {ave}"]
        if a["url"]:
            L.append(f"Link: {a['url']}")
        L += ["", "Full text:", ""] + block(ps)
        if trim:
            L += ["[Text truncated – licence limit reached. Open in Meltwater for the full article.]", ""]
            mn.append("[Text truncated – licence limit reached.")
        if note:
            L += [note, ""]
            mn.append(note)
        L += [f"Tags: {tags}", "[Open in Meltwater]  [Tag]  [Share]", thin]
        reg(aid, F_MW, ps, mn)
    L += ["", "This report is provided for the internal use of the recipient organisation only. Redistribution "
          "of full-text articles may require a licence from the publisher or a collective licensing body.",
          "Reach and AVE figures are estimates and are not audited.", "© 2025 Meltwater. All rights reserved.", ""]
    write(F_MW, "\n".join(L), bom=True)
