# -*- coding: utf-8 -*-
"""Plain-text dumps: Mailman 3 digest (UTF-8), Factiva export (Latin-1, CRLF, tab-labelled field codes),
plain-text newsletter (cp1252, CRLF), ClipVault press-clip export (UTF-16 LE with BOM, CRLF, form feeds)."""
from common import (ART, F_DG, F_FV, F_NL, F_PC, P, T, block, reg, straight, words, wrap, write)


# ================================================================== Mailman 3 digest
def build_dg():
    LST = "agritrade-l@lists.agritrade.example.org"
    VOL = "AgriTrade-L Digest, Vol 58, Issue 14"
    msgs = []   # (name, email, date, subject, msgid, lines, trailer)

    GEN = ["Send AgriTrade-L mailing list submissions to",
           "When replying, please edit your Subject line so it is more specific",
           "Today's Topics (10 messages):",
           f"To: {LST}",
           'Content-Type: text/plain; charset="utf-8"',
           f"End of {VOL}"]

    def subject(subj):
        return "Re: [AgriTrade-L] " + subj[4:] if subj.startswith("Re: ") else "[AgriTrade-L] " + subj

    def mhead(n, m):
        name, mail, date, subj, mid = m[:5]
        return [f"Message: {n}", f"Date: {date}", f"From: {name} <{mail}>", f"Subject: {subject(subj)}",
                f"To: {LST}", f"Message-ID: <{mid}>", 'Content-Type: text/plain; charset="utf-8"', ""]

    def hdr_mn(n, m):
        name, mail, date, subj, mid = m[:5]
        return [f"Message: {n}", f"Date: {date}", f"From: {name} <{mail}>", f"Subject: {subject(subj)}",
                f"Message-ID: <{mid}>"]

    NELL_SIG = ["-- ", "Nell Carver", "Secretary, Fenland Growers' Association",
                "01945 555 0192 | fenlandgrowers.example.org.uk"]

    # (1) Nell Carver: the Fenland potato story, straight quotes, wrapped 72
    a = "fc-potato-lift"
    ps = [straight(p) for p in P(a)]
    m = ("Nell Carver", "nell.carver@fenlandgrowers.example.org.uk", "Mon, 11 Nov 2024 07:58:12 +0000",
         "Fens potato harvest - grim reading", "CAFk2Nq8x0Lr7e1vQ@mail.gmail.com")
    intro = ["Morning all,", "",
             "Tom Askew's piece in the Chronicle last week makes grim reading for anyone",
             "with potatoes still in the ground. Whole thing below.", ""]
    head = ["THE FENLAND CHRONICLE -- Farming -- Thursday 31 October 2024", straight(T(a)), "By Tom Askew", ""]
    msgs.append(m + (intro + head + block(ps, 72) + ["Nell", ""] + NELL_SIG,))
    mn1 = hdr_mn(1, m) + intro[2:4] + head[:1] + ["By Tom Askew"] + NELL_SIG[2:]
    # (2) reply quoting one paragraph: not an article
    m2 = ("Bill Hargreaves", "bill.hargreaves@silt-farms.example.co.uk", "Mon, 11 Nov 2024 09:31:40 +0000",
          "Re: Fens potato harvest - grim reading", "000001db3428$9f2a1c40$dd7e54c0@HOLBEACH-PC")
    quoted = ["> " + ln for ln in wrap(ps[2], 68).split("\n")]
    reply = ["On Mon, 11 Nov 2024 at 07:58, Nell Carver <nell.carver@fenlandgrowers.example.org.uk> wrote:"]
    reply += quoted + ["",
                       "Same story up here on the Lincolnshire silt. We've got about 40 acres of",
                       "Maris Piper we've given up on until a frost firms the ground. Has anyone",
                       "had any joy with the wider tracks the article mentions?", "",
                       "Bill Hargreaves", "Holbeach St Marks", "",
                       "-------------- next part --------------",
                       "An HTML attachment was scrubbed...",
                       "URL: <https://lists.agritrade.example.org/archives/attachments/20241111/5c1e9a2b/attachment.htm>"]
    msgs.append(m2 + (reply,))
    REPLY_MN = ["Same story up here on the Lincolnshire silt.", "Maris Piper we've given up on until a frost",
                "Bill Hargreaves", "Holbeach St Marks", "An HTML attachment was scrubbed...",
                "-------------- next part --------------",
                "On Mon, 11 Nov 2024 at 07:58, Nell Carver <nell.carver@fenlandgrowers.example.org.uk> wrote:"]
    reg(a, F_DG, ps, GEN + mn1 + REPLY_MN)

    # (3) Ruan Botha: citrus, curly quotes, long lines
    a = "cot-citrus-blackspot"
    ps = P(a)
    m = ("Ruan Botha", "ruan@bothacitrus.example.co.za", "Mon, 11 Nov 2024 12:05:18 +0200",
         "Citrus: the EU bill for this season", "6f1c0e2a-9b7d-4a31-8e55-2d0c7b9a41f3@bothacitrus.example.co.za")
    intro = ["Sharing this from the Cape Orchard Times since a few people asked about the black spot numbers on "
             "last week's call:", ""]
    head = ["Cape Orchard Times | 4 November 2024 | Anneke du Plessis", T(a), ""]
    sig = ["Groete,", "Ruan Botha", "Botha Citrus (Pty) Ltd, Kirkwood", "+27 42 555 0117"]
    msgs.append(m + (intro + head + block(ps) + sig,))
    reg(a, F_DG, ps, GEN + hdr_mn(3, m) + [intro[0], head[0], "Botha Citrus (Pty) Ltd, Kirkwood", "+27 42 555 0117",
                                           "Groete,"] + REPLY_MN[4:6])

    # (4) Joe Pacheco: Central Valley Courier walnut story, no date stated (only in the URL), wrapped 72
    a = "cvc-walnut-ecoli"
    ps = [straight(p) for p in P(a)]
    m = ("Joe Pacheco", "joe@pachecoorchards.example.com", "Mon, 11 Nov 2024 06:44:09 -0800",
         "Walnut recall in California", "CAJq7fW3m1x9Zt0aP4kE@mail.gmail.com")
    intro = ["From the Central Valley Courier website. Sierra Orchard are our neighbors", "at the Visalia end, so "
             "this one stings.", ""]
    head = [T(a), "By Rosa Delgado and Kevin Tran, Central Valley Courier", ART[a]["url"], ""]
    sig = ["Joe Pacheco", "Pacheco Family Orchards | Exeter, CA", '"Grown in Tulare County since 1952"']
    msgs.append(m + (intro + head + block(ps, 72) + sig,))
    reg(a, F_DG, ps, GEN + hdr_mn(4, m) + [intro[0], "at the Visalia end, so this one stings.", head[1],
                                           "Pacheco Family Orchards | Exeter, CA", "Grown in Tulare County since 1952"])

    # (5) Kiri Hetaraka: Mere Tait's Substack post, curly, long lines, Substack subscribe prompt pasted along
    a = "pr-kiwifruit-paperwork"
    ps = P(a)
    m = ("Kiri Hetaraka", "kiri.hetaraka@xtra.example.co.nz", "Tue, 12 Nov 2024 05:20:51 +1300",
         "Mere Tait on the kiwifruit hold-up", "SY4P282MB1021A7E5C9D0B61F3E2A4C17@SY4P282MB1021.example.prod.outlook.com")
    intro = ["Mere Tait's newsletter this week is worth a read for anyone exporting", "horticulture. She's given "
             "permission to share.", ""]
    head = ['"' + straight(T(a)) + '"', "The Paddock Report, Mere Tait, 5 Nov 2024", ""]
    sub = "Thanks for reading The Paddock Report! Subscribe for free to receive new posts and support my work."
    sig = ["Ngā mihi,", "Kiri Hetaraka", "Te Puke"]
    msgs.append(m + (intro + head + block(ps[:3]) + [sub, ""] + block(ps[3:]) + sig,))
    reg(a, F_DG, ps, GEN + hdr_mn(5, m) + [intro[0], "horticulture. She's given permission to share.", head[1], sub,
                                           "Ngā mihi,", "Kiri Hetaraka"])

    # (6) Nell Carver: Grocer's Gazette court report, straight, wrapped 76
    a = "gg-sandwich-fine"
    ps = [straight(p) for p in P(a)]
    m = ("Nell Carver", "nell.carver@fenlandgrowers.example.org.uk", "Mon, 11 Nov 2024 17:02:33 +0000",
         "Leicester sandwich firm fined", "CAFk2Nq9bT4s0Wd3mR@mail.gmail.com")
    intro = ["Court report from Grocer's Gazette, for those of us who supply the", "sandwich trade. Worth sharing "
             "with your hygiene leads.", ""]
    head = [T(a), "Oliver Rudd, Grocer's Gazette, 11 November 2024", ART[a]["url"], ""]
    msgs.append(m + (intro + head + block(ps, 76) + NELL_SIG,))
    reg(a, F_DG, ps, GEN + hdr_mn(6, m) + [intro[0], "sandwich trade. Worth sharing with your hygiene leads.",
                                           head[1]] + NELL_SIG[2:])

    # (7) Aminu Bello: Northern Harvest Daily, caps title, straight, wrapped 70
    a = "nhd-kano-reserve"
    ps = [straight(p) for p in P(a)]
    m = ("Aminu Bello", "aminu.bello@yahoo.example.com", "Mon, 11 Nov 2024 19:45:02 +0100",
         "Kano: where is the reserve grain?", "1731350702.84213.YahooMailAndroidMobile@mail.yahoo.example.com")
    intro = ["Salam all. For those following the grain reserve story, this from last", "week's Northern Harvest "
             "Daily shows the problem on the ground.", ""]
    head = ["Northern Harvest Daily, Wednesday 6th November, 2024", T(a).upper(), "By Musa Abdullahi", ""]
    sig = ["Aminu Bello", "Dawanau Grain Merchants Cooperative, Kano", "", "Sent from Yahoo Mail on Android"]
    msgs.append(m + (intro + head + block(ps, 70) + sig,))
    reg(a, F_DG, ps, GEN + hdr_mn(7, m) + [intro[0], "week's Northern Harvest Daily shows the problem on the ground.",
                                           head[0], head[1], "By Musa Abdullahi",
                                           "Dawanau Grain Merchants Cooperative, Kano", "Sent from Yahoo Mail on Android"])

    # (8) Elsabe Kruger: the citrus story again, straight, wrapped 66, last paragraph missing
    a = "cot-citrus-blackspot"
    ps = [straight(p) for p in P(a, trim=1)]
    m = ("Elsabe Kruger", "elsabe.kruger@srcgsg.example.co.za", "Mon, 11 Nov 2024 21:12:40 +0200",
         "Re: Citrus: the EU bill for this season", "b2d5f0a1c93e4e7f8a6d@srcgsg.example.co.za")
    intro = ["Ruan's paste came through as one long line on my side, so here it is", "again for anyone else who "
             "had the same problem.", ""]
    head = [T(a).upper(), "Anneke du Plessis, Cape Orchard Times, 04/11/2024", ""]
    sig = ["Elsabe Kruger", "Sundays River Citrus Growers' Study Group"]
    msgs.append(m + (intro + head + block(ps, 66) + sig,))
    reg(a, F_DG, ps, hdr_mn(8, m) + [intro[0], "again for anyone else who had the same problem.", head[0], head[1],
                                     "Sundays River Citrus Growers' Study Group"])

    # (9) Chidi Okonkwo: a typed-out cutting, no outlet, "By Our Correspondent"
    a = "ng-seasoning-raid"
    ps = [straight(p) for p in P(a)]
    m = ("Chidi Okonkwo", "chidi.okonkwo@gmail.example.com", "Mon, 11 Nov 2024 21:30:15 +0100",
         "Fake seasoning cubes", "CAN3rT8kq2V0x5Y1pLm@mail.gmail.com")
    intro = ["Someone sent me a photo of this cutting from one of the Onitsha papers and I", "typed it out. I don't "
             "know which paper it was, sorry.", ""]
    head = [T(a).upper(), "By Our Correspondent", "Friday, 8 November 2024", ""]
    sig = ["--", "Chidi Okonkwo | Anambra Agro-Dealers Network"]
    msgs.append(m + (intro + head + block(ps) + sig,))
    reg(a, F_DG, ps, GEN + hdr_mn(9, m) + [intro[0], "typed it out. I don't know which paper it was, sorry.",
                                           head[0], head[1], head[2], sig[1]])

    # (10) Mark Dizon: Mindanao Farm Bulletin, curly, long lines
    a = "mfb-banana-tr4"
    ps = P(a)
    m = ("Mark Dizon", "mark.dizon@davaoagri.example.ph", "Tue, 12 Nov 2024 06:15:44 +0800",
         "TR4 in Davao", "20241112061544.3F2A91C0@davaoagri.example.ph")
    intro = ["Passing this along from the Mindanao Farm Bulletin. TR4 is now in all five", "Davao provinces.", ""]
    head = ["Mindanao Farm Bulletin — Nov. 4, 2024 — Jerome Abad", T(a), ""]
    sig = ["Mark Dizon", "Davao City"]
    msgs.append(m + (intro + head + block(ps) + sig,))
    reg(a, F_DG, ps, GEN + hdr_mn(10, m) + [intro[0], head[0], "Mark Dizon"])

    L = ["Send AgriTrade-L mailing list submissions to", f"\t{LST}", "",
         "To subscribe or unsubscribe via email, send a message with subject or", "body 'help' to",
         "\tagritrade-l-request@lists.agritrade.example.org", "",
         "You can reach the person managing the list at", "\tagritrade-l-owner@lists.agritrade.example.org", "",
         "When replying, please edit your Subject line so it is more specific",
         'than "Re: Contents of AgriTrade-L digest..."', "",
         f"Today's Topics ({len(msgs)} messages):", ""]
    for n, mm in enumerate(msgs, 1):
        L.append(f"   {n:>2}. {mm[3]} ({mm[0]})")
    L += ["", "", "-" * 70, ""]
    for n, mm in enumerate(msgs, 1):
        L += mhead(n, mm) + mm[5] + ["", "", "-" * 30, ""]
    L += ["Subject: Digest Footer", "", "_" * 47, f"AgriTrade-L mailing list -- {LST}",
          "To unsubscribe send an email to agritrade-l-leave@lists.agritrade.example.org", "", "", "-" * 30, "",
          f"End of {VOL}", "*" * len(f"End of {VOL}"), ""]
    write(F_DG, "\n".join(L))


# ================================================================== Factiva export (tab-labelled)
DAYC = "123456789abcdefghijklmnopqrstuv"


def an_code(sc, iso, n):
    y, mo, d = iso.split("-")
    return f"Document {sc.ljust(8, '0')}{y}{mo}{d}ek{DAYC[int(mo) - 1]}{DAYC[int(d) - 1]}0000{n}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def pd_long(iso):
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]} {y}"


def build_fv():
    L = []
    docs = [
        # aid, options
        ("dfr-catfish-imports", dict(se="Agriculture", by="By Wade Hollis", et="06:00", sn="Delta Farm Register",
                                     sc="DELFRM", cy="(c) 2024 Delta Farm Register LLC. All rights reserved.",
                                     co="ctfdlt : Catfish Farmers of the Delta",
                                     inn="i0300003 : Fishing/Aquaculture | i03 : Fishing",
                                     ns="gfood : Food/Drink Safety | gtrade : Trade/External Payments | ncat : Content Types",
                                     re="usms : Mississippi | usal : Alabama | usa : United States | namz : North America",
                                     ipd="Aquaculture | Imports", pub="Delta Farm Register LLC", k="x")),
        ("cvc-almond-india", dict(by="Kevin Tran", et="05:30", sn="Central Valley Courier (Online)", sc="CVCOUO",
                                  cy="Copyright 2024 Valley Press Group. All Rights Reserved.",
                                  co="almgrc : Almond Growers Council",
                                  inn="i0100138 : Tree Nut Farming | i0 : Agriculture",
                                  ns="gtrade : Trade/External Payments | c31 : Exports",
                                  re="usca : California | india : India | usa : United States",
                                  ipd="Almonds | Exports | India", pub="Valley Press Group", k="2")),
        ("cvc-almond-india", dict(print=True, se="Business", by="KEVIN TRAN, Staff Writer", sn="Central Valley Courier",
                                  sc="CVCOUR", ed="Final", pg="B1",
                                  cy="Copyright 2024 Valley Press Group. All Rights Reserved.",
                                  co="almgrc : Almond Growers Council",
                                  inn="i0100138 : Tree Nut Farming | i0 : Agriculture",
                                  ns="gtrade : Trade/External Payments | c31 : Exports",
                                  re="usca : California | india : India | usa : United States",
                                  ipd="Almonds | Exports", pub="Valley Press Group", k="g")),
        ("tst-shellfish-tasman", dict(se="News", et="11:05", sn="Top of the South Tribune", sc="TOPSTR",
                                      cy="(c) 2024 Top of the South Media Ltd",
                                      ns="gfood : Food/Drink Safety | ghea : Health",
                                      re="nz : New Zealand | ausnz : Australia/Oceania",
                                      ipd="Shellfish | Public health", pub="Top of the South Media Ltd", k="5")),
        ("cfw-listeria-followup", dict(by="Marcus Bell, Capitol Food Wire", et="14:22", sn="Capitol Food Wire",
                                       sc="CAPFDW", cy="Copyright 2024 Capitol Food Wire Inc.",
                                       co="shnprv : Shenandoah Provisions Co.",
                                       inn="i41310 : Meat Processing | i41 : Food/Beverages",
                                       ns="gfood : Food/Drink Safety | ghea : Health | c22 : New Products/Services",
                                       re="usva : Virginia | usmd : Maryland | usnc : North Carolina | usa : United States",
                                       ipd="Listeria | Recalls", pub="Capitol Food Wire Inc.", k="q")),
        ("lw-border-checks", dict(se="Policy", by="Gareth Lloyd", et="07:00", sn="Landward Weekly", sc="LNDWKL",
                                  cy="(c) 2024 Landward Media Ltd. All rights reserved.",
                                  inn="i01003 : Horticulture | i0 : Agriculture",
                                  ns="gtrade : Trade/External Payments | gcat : Political/General News",
                                  re="uk : United Kingdom | eecz : European Union Countries",
                                  ipd="Border checks | Plant health", pub="Landward Media Ltd", k="3")),
        ("ao-pate-salmonella", dict(se="UK News", by="Harriet Lowe, Food correspondent", et="16:42",
                                    sn="The Albion Observer (London)", sc="ALBOBS", ed="Online",
                                    cy="(c) 2024 Albion Observer Media Group. All rights reserved.",
                                    co="kinvff : Kinver Fine Foods Ltd",
                                    inn="i41 : Food/Beverages | i64 : Retail/Wholesale",
                                    ns="gfood : Food/Drink Safety | ghea : Health",
                                    re="uk : United Kingdom | eng : England | weurz : Western Europe",
                                    ipd="Salmonella | Food recalls", pub="Albion Observer Media Group", k="7")),
        ("cfw-traceability", dict(by="By Janelle Ortiz", et="13:10", sn="Capitol Food Wire", sc="CAPFDW",
                                  cy="Copyright 2024 Capitol Food Wire Inc.",
                                  inn="i41 : Food/Beverages | i0 : Agriculture",
                                  ns="gfood : Food/Drink Safety | greg : Regulation/Government Policy",
                                  re="usa : United States | namz : North America",
                                  ipd="Traceability | Regulation", pub="Capitol Food Wire Inc.", k="m")),
        ("lw-lamb-imports", dict(se="Markets", by="Priya Natarajan", et="07:00", sn="Landward Weekly", sc="LNDWKL",
                                 cy="(c) 2024 Landward Media Ltd. All rights reserved.",
                                 inn="i0100221 : Sheep Farming | i0 : Agriculture",
                                 ns="gtrade : Trade/External Payments | m14 : Commodity Markets",
                                 re="uk : United Kingdom | nz : New Zealand | china : China",
                                 ipd="Lamb | Imports", pub="Landward Media Ltd", k="1")),
        ("cot-citrus-blackspot", dict(by="Anneke du Plessis", et="08:30", sn="Cape Orchard Times", sc="CAPORT",
                                      cy="(c) 2024 Cape Orchard Times (Pty) Ltd",
                                      co="scexco : Southern Citrus Exporters' Council",
                                      inn="i0100123 : Citrus Growing | i0 : Agriculture",
                                      ns="gtrade : Trade/External Payments | c31 : Exports",
                                      re="safr : South Africa | eurz : Europe | eecz : European Union Countries",
                                      ipd="Citrus | Exports | EU", pub="Cape Orchard Times (Pty) Ltd", k="9")),
        ("dfr-rice-philippines", dict(se="Agriculture", by="Wade Hollis", et="06:00", sn="Delta Farm Register",
                                      sc="DELFRM", cy="(c) 2024 Delta Farm Register LLC. All rights reserved.",
                                      inn="i0100132 : Rice Farming | i0 : Agriculture",
                                      ns="gtrade : Trade/External Payments | c31 : Exports",
                                      re="usms : Mississippi | phlns : Philippines | usa : United States",
                                      ipd="Rice | Exports | Philippines", pub="Delta Farm Register LLC", k="c")),
        ("cp-formula-china", dict(se="Business", by="Hamish Doyle", et="07:15", sn="Canterbury Plainsman",
                                  sc="CANPLN", cy="(c) 2024 Canterbury Plainsman Ltd",
                                  co="ashnut : Ashburton Nutritionals Ltd",
                                  inn="i41110 : Dairy Products | i41 : Food/Beverages",
                                  ns="gtrade : Trade/External Payments | c31 : Exports",
                                  re="nz : New Zealand | china : China", ipd="Infant formula | China",
                                  pub="Canterbury Plainsman Ltd", k="4")),
        ("ll-grain-reserve", dict(by="Funke Adeyemi, Abuja", et="09:40", sn="The Lagos Ledger", sc="LAGLED",
                                  cy="(c) 2024 Lagos Ledger Newspapers Ltd.",
                                  inn="i0100144 : Grain Farming | i0 : Agriculture",
                                  ns="e1103 : Consumer Prices | gfood : Food Security",
                                  re="nigea : Nigeria | wafrz : West Africa", ipd="Grain reserve | Food prices",
                                  pub="Lagos Ledger Newspapers Ltd.", k="b")),
        ("fc-potato-lift", dict(se="Farming", by="Tom Askew", et="06:00", sn="The Fenland Chronicle", sc="FENCHR",
                                pg="7", cy="(c) 2024 Fenland Chronicle Newspapers",
                                inn="i0100116 : Potato Farming | i0 : Agriculture",
                                ns="gweath : Weather | gcat : Political/General News",
                                re="eng : England | uk : United Kingdom", ipd="Potatoes | Harvest | Weather",
                                pub="Fenland Chronicle Newspapers", k="8")),
        ("hm-fmd-auctions", dict(by="Sipho Mahlangu", et="10:20", sn="The Highveld Mercury", sc="HIGMER",
                                 cy="(c) 2024 Highveld Mercury Media. All rights reserved.",
                                 inn="i0100206 : Cattle Farming | i0 : Agriculture",
                                 ns="ganimd : Animal Diseases | gcat : Political/General News",
                                 re="safr : South Africa | africaz : Africa", ipd="Foot-and-mouth | Cattle",
                                 pub="Highveld Mercury Media", k="e")),
        ("mmm-rice-prices", dict(se="Business", by="Ramon Villanueva", et="12:00", sn="Manila Market Monitor",
                                 sc="MNLMKT", cy="(c) 2024 Manila Market Monitor",
                                 inn="i0100132 : Rice Farming | i64 : Retail/Wholesale",
                                 ns="e1103 : Consumer Prices | gtrade : Trade/External Payments",
                                 re="phlns : Philippines | seasiaz : Southeast Asia", ipd="Rice | Prices | Tariffs",
                                 pub="Manila Market Monitor Inc.", k="6")),
        ("cfw-listeria-deli", dict(by="Marcus Bell", et="15:47", sn="Capitol Food Wire", sc="CAPFDW",
                                   cy="Copyright 2024 Capitol Food Wire Inc.", co="shnprv : Shenandoah Provisions Co.",
                                   inn="i41310 : Meat Processing | i41 : Food/Beverages",
                                   ns="gfood : Food/Drink Safety | ghea : Health",
                                   re="usva : Virginia | usa : United States | namz : North America",
                                   ipd="Listeria | Recalls", pub="Capitol Food Wire Inc.", k="0")),
    ]
    FOOT = "© 2024 Factiva, Inc. All rights reserved."
    GEN = [FOOT, "Search Summary", "Timestamp\t13 November 2024 11:42"]
    page = 1
    for n, (aid, o) in enumerate(docs):
        a = ART[aid]
        ps = [straight(p) for p in P(aid, edited=o.get("print", False))]
        hd = a["alt_title"] if o.get("print") else a["title"]
        pd = pd_long(a["date"])
        an = an_code(o["sc"], a["date"], o["k"])
        lines = []
        if o.get("se"):
            lines.append(f"SE\t{o['se']}")
        lines.append(f"HD\t{hd}")
        if o.get("by"):
            lines.append(f"BY\t{o['by']}")
        lines += [f"WC\t{words(ps)} words", f"PD\t{pd}"]
        if o.get("et"):
            lines.append(f"ET\t{o['et']}")
        lines += [f"SN\t{o['sn']}", f"SC\t{o['sc']}"]
        if o.get("ed"):
            lines.append(f"ED\t{o['ed']}")
        if o.get("pg"):
            lines.append(f"PG\t{o['pg']}")
        lines += ["LA\tEnglish", f"CY\t{o['cy']}", ""]
        lp, td = ps[:2], ps[2:]
        lines += [f"LP\t{lp[0]}", ""] + [x for p in lp[1:] for x in (f"\t{p}", "")]
        lines += [f"TD\t{td[0]}", ""] + [x for p in td[1:] for x in (f"\t{p}", "")]
        if o.get("co"):
            lines.append(f"CO\t{o['co']}")
        lines += [f"IN\t{o['inn']}"] if o.get("inn") else []
        lines += [f"NS\t{o['ns']}", f"RE\t{o['re']}", f"IPD\t{o['ipd']}", f"PUB\t{o['pub']}", f"AN\t{an}", "", ""]
        keep = ("SE\t", "BY\t", "WC\t", "PD\t", "SN\t", "SC\t", "NS\t", "RE\t", "CO\t", "PG\t", "ED\t")
        mn = [ln for ln in lines if ln.startswith(keep)]
        mn += [f"HD\t{hd}", an, o["cy"]]
        if n % 2 == 1:
            lines += [f"Page {page} of 9 {FOOT}", "", ""]
            page += 1
        L += lines
        reg(aid, F_FV, ps, mn + GEN)
    L += ["Search Summary",
          "Text\t(recall* or tariff* or export* or outbreak*) and (food or farm* or grain* or livestock)",
          "Date\t10/28/2024 to 11/12/2024", "Source\tAll Sources", "Author\tAll Authors", "Company\tAll Companies",
          "Subject\tAll Subjects", "Industry\tAll Industries", "Region\tAll Regions", "Language\tEnglish",
          "Results Found\t17", "Timestamp\t13 November 2024 11:42", "", f"Page 9 of 9 {FOOT}", ""]
    write(F_FV, "\n".join(L), encoding="latin-1", newline="\r\n")


# ================================================================== plain-text newsletter (cp1252, CRLF)
def build_nl():
    RULE, THIN = "=" * 71, "-" * 71
    items = [
        ("RECALLS & OUTBREAKS", [("hfh-eggs-birdflu", "Hawkeye Farm & Home", "11/11/2024", "By Staff", {}),
                                 ("ao-pate-salmonella", "The Albion Observer", "11/06/2024", "Harriet Lowe",
                                  dict(trim=1))]),
        ("TRADE & MARKETS", [("lw-lamb-imports", "Landward Weekly", "11/04/2024", "Priya Natarajan", dict(edited=True)),
                             ("vs-dried-mango", "Visayas Sentinel", "11/06/2024", "Ma. Lourdes Cabrera", {}),
                             ("mmm-onion-seizure", "Manila Market Monitor", "11/08/2024", "Carla Mendoza", {}),
                             ("safm-poultry-brazil", "SA Food Monitor", "11/12/2024", "Thandeka Nkosi", {})]),
        ("CROPS & WEATHER", [("sve-cider-rot", "Severn Valley Echo", "11/02/2024", "Bethan Price", {}),
                             ("fc-sugar-beet", "The Fenland Chronicle", "11/08/2024", "Tom Askew", {}),
                             ("cot-grape-harvest", "Cape Orchard Times", "11/08/2024", "Pieter Venter", {})]),
    ]
    top = ["FOOD RECALL WATCH", "Issue No. 212 | Tuesday, November 12, 2024", "Covering 10/30/2024 - 11/12/2024",
           "A free weekly digest for food safety, QA and sourcing professionals", RULE, "", "IN THIS ISSUE", ""]
    n = 0
    for sec, its in items:
        top.append(f"  {sec}")
        for it in its:
            n += 1
            top.append(f"    {n}. {T(it[0])}")
    sign = "Got this from a colleague? Sign up free at foodrecallwatch.example.com/join"
    top += ["", sign, ""]
    GEN = ["FOOD RECALL WATCH", "Issue No. 212 | Tuesday, November 12, 2024", "Covering 10/30/2024 - 11/12/2024",
           "IN THIS ISSUE", sign,
           "RECALLS & OUTBREAKS", "TRADE & MARKETS", "CROPS & WEATHER", "FROM THE EDITOR", "SPONSOR MESSAGE",
           "Food Recall Watch is an independent newsletter.", "Marjorie Keane, Editor"]
    L = list(top)
    n = 0
    for sec, its in items:
        L += [RULE, sec, RULE, ""]
        for k, (aid, outlet, date, by, opt) in enumerate(its):
            n += 1
            a = ART[aid]
            ps = P(aid, edited=opt.get("edited", False), trim=opt.get("trim", 0))
            src = f"   {outlet} | {date} | {by}"
            L += [f"{n}. {T(aid)}", src, ""] + block(ps, 70, "   ")
            mn = [f"{n}. {T(aid)}", src.strip(), f"Link: {a['url']}"]
            if opt.get("trim"):
                note = "(Excerpt -- read the rest at the link below.)"
                L += ["   " + note]
                mn.append(note)
            L += [f"   Link: {a['url']}", ""]
            if k < len(its) - 1:
                L += [THIN, ""]
            reg(aid, F_NL, ps, mn + GEN)
    L += [RULE, "FROM THE EDITOR", RULE, ""]
    L += [wrap("A reader asked why we run so many stories from outside the United States. The answer is in this "
               "week’s issue: the pâté, the onions and the lamb all end up on the same shipping lanes and, sooner or "
               "later, on the same shelves as ours.", 70, "   "), "",
          "   -- Marjorie Keane, Editor", "", "   Next issue: Tuesday 11/19/2024", ""]
    L += [RULE, "SPONSOR MESSAGE", RULE, "",
          wrap("ColdTrace Pro: wireless temperature logging for reefers, walk-ins and delivery vans, with alerts "
               "to your phone. Book a demo at coldtrace.example.com and mention FRW212 for 10% off.", 70, "   "), ""]
    L += [RULE, "UPCOMING WEBINARS", RULE, "",
          "   11/19/2024  Allergen labelling after the new UK guidance (1 pm ET)",
          "   12/03/2024  Traceability rule: what small farms need to do now (2 pm ET)", ""]
    L += [RULE, "HOUSEKEEPING", RULE, "",
          wrap("Food Recall Watch is an independent newsletter. Summaries and excerpts are reproduced for the "
               "information of subscribers; copyright remains with the original publishers.", 70, "   "), "",
          "   To unsubscribe, reply with UNSUBSCRIBE in the subject line.",
          "   Food Recall Watch, PO Box 4417, Madison, WI 53744", "   (c) 2024 Food Recall Watch LLC", ""]
    write(F_NL, "\n".join(L), encoding="cp1252", newline="\r\n")


# ================================================================== ClipVault press-clip export (UTF-16, form feeds)
def build_pc():
    clips = [
        # aid, media, date, byline, link, clip id, summary, tone, options
        ("nhd-tomato-tuta", "Northern Harvest Daily · Print · p. 11", "29/10/2024", "Zainab Lawal", None,
         "CV-24-1029-0187", "Pest outbreak drives Kaduna tomato prices up threefold.", "Negative", dict(width=78)),
        ("gcpj-cantaloupe", "Gulf Coast Produce Journal · Online", "29/10/2024", "Lupe Garza | Staff Writer",
         True, "CV-24-1029-0211", "Rio Grande Valley melon farm tied to 14 Salmonella cases.", "Negative", {}),
        ("tst-shellfish-pelorus", "Top of the South Tribune · Print · p. 3", "30/10/2024", "—", None,
         "CV-24-1030-0042", "Biotoxin warning now covers all of Pelorus Sound.", "Neutral", dict(width=64)),
        ("hm-fmd-auctions", "The Highveld Mercury · Online", "31/10/2024", "Sipho Mahlangu", True,
         "CV-24-1031-0118", "FMD confirmed near Ermelo; auctions suspended three weeks.", "Negative", {}),
        ("mmm-rice-prices", "Manila Market Monitor · Print · p. A1", "31/10/2024", "RAMON VILLANUEVA", None,
         "CV-24-1031-0164", "Survey finds rice prices down only P3 since tariff cut.", "Negative",
         dict(width=60, jump=3)),
        ("dfr-rice-philippines", "Delta Farm Register · Online", "01/11/2024", "Wade Hollis", True,
         "CV-24-1101-0009", "US Delta growers court Philippine buyers.", "Positive", {}),
        ("safm-soweto-inspections", "SA Food Monitor · Online", "05/11/2024", "Thandeka Nkosi", None,
         "CV-24-1105-0077", "Johannesburg closes 40 Soweto food outlets after blitz.", "Neutral", {}),
        ("safm-polony-recall", "SA Food Monitor · Online", "07/11/2024", "—", True,
         "CV-24-1107-0135", "Germiston processor recalls polony and viennas.", "Negative", {}),
        ("gg-recalls-w45", "Grocer's Gazette · Online", "08/11/2024", "—", True,
         "CV-24-1108-0098", "FSA-style weekly round-up: sesame, glass, milk, egg, celery.", "Neutral", {}),
        ("mmm-onion-seizure", "Manila Market Monitor · Print · p. B2", "08/11/2024", "Carla Mendoza", None,
         "CV-24-1108-0143", "Smuggled onions declared as fish balls seized at Subic.", "Negative", dict(width=72)),
        ("cp-fmd-drill", "Otago Rural Times · Online", "11/11/2024", "—", None,
         "CV-24-1111-0051", "Three-day FMD simulation held in mid-Canterbury.", "Neutral", dict(synd=True)),
        ("bop-manuka-fine", "Bay of Plenty Beacon · Online", "12/11/2024", "Aroha Kingi", True,
         "CV-24-1112-0012", "Katikati exporter fined $186,000 over honey labels.", "Negative", {}),
    ]
    N = len(clips)
    head = ["ClipVault Media Monitoring · Export", "Client: Tasman Agri-Trade Desk",
            "Folder: Food safety & agri-trade (Oct–Nov 2024)", "Exported: 13/11/2024 08:52 by j.whitaker",
            f"Items: {N} · Sort: date ascending",
            "Licensed content — for internal use by the named client only. Do not forward or republish.", ""]
    GEN = [head[0], head[3], head[5]]
    L = list(head)
    for i, (aid, media, date, by, link, cid, summ, tone, o) in enumerate(clips, 1):
        a = ART[aid]
        synd = o.get("synd")
        ps = P(aid, credit=synd)
        if o.get("width") in (60, 64, 78):      # print clips: OCR-ed, straight quotes
            ps = [straight(p) for p in ps]
        title = a["synd_title"] if synd else a["title"]
        fields = [f"HEADLINE :: {title}", f"MEDIA    :: {media}", f"DATE     :: {date}", f"BYLINE   :: {by}"]
        if link:
            fields.append(f"LINK     :: {a['url']}")
        fields += [f"CLIP ID  :: {cid}", f"WORDS    :: {words(ps)}", f"SUMMARY  :: {summ}", f"TONE     :: {tone}"]
        foot = f"[ClipVault licensed copy {cid} — not for redistribution]"
        L += ["\f" + f"==== {i} of {N} ====", ""] + fields + [""]
        w = o.get("width")
        if o.get("jump"):
            j = o["jump"]
            L += block(ps[:j], w) + ["SEE RICE PRICES | A7", ""] + ["RICE PRICES | FROM A1", ""] + block(ps[j:], w)
        else:
            L += block(ps, w)
        L += [foot, ""]
        mn = [f"==== {i} of {N} ====", foot] + fields
        if o.get("jump"):
            mn += ["SEE RICE PRICES | A7", "RICE PRICES | FROM A1"]
        reg(aid, F_PC, ps, mn + GEN)
    L += ["\f" + "==== end of export ====", ""]
    write(F_PC, "\n".join(L), encoding="utf-16-le", newline="\r\n", bom=b"\xff\xfe")
