# -*- coding: utf-8 -*-
"""Plain-text dumps: the Alpenwire subscriber digest, the EBSCOhost and NewsBank exports, the Lyris digest and the
WhatsApp chat export."""
from articles import ART
from common import (F_AW, F_EB, F_LY, F_NB, F_WA, P, T, block, mn, reg, straight, wrap, write)


def file_mn(aids, strings):
    for aid in aids:
        mn(aid, strings)


# ================================================================ Alpenwire subscriber digest
def build_aw():
    L = [
        "ALPENWIRE WINTER DESK",
        "Subscriber digest | November 2026 | issued Friday 27 November 2026, 18:00 CET",
        "Licensed to: Graubuenden Tourism, media desk (licence AW-4471)",
        "Items appear oldest first.",
        "",
        "",
    ]
    items = [
        ("aw-glacier-study", "05 Nov 2026 11:42 CET",
         "(Reporting by Chiara Santini; Additional reporting by Reto Hauser in Bern; Editing by Tom Achterberg)"),
        ("aw-pass-prices", None, "(Reporting by Matthias Berger; Editing by Ilse Wagner)"),
        ("aw-heliski-ban", "26 Nov 2026 16:20 CET", "(Reporting by Chiara Santini; Editing by Tom Achterberg)"),
        ("aw-verbier-lift", None, "(Reporting by Noemi Keller; Editing by Ilse Wagner)"),
    ]
    for aid, stamp, trailer in items:
        a = ART[aid]
        L.append(a["title"])
        L.append("By " + a["authors"][0])
        if stamp:
            L.append(stamp)
        L.append("")
        ps = P(aid)
        L += block(ps)
        L.append(trailer)
        L.append("")
        reg(aid, F_AW, ps, ["By " + a["authors"][0], trailer] + ([stamp] if stamp else []))
    L += [
        "",
        "© 2026 Alpenwire AG. All rights reserved. Alpenwire content may not be republished, broadcast or "
        "redistributed without prior written permission.",
        "To change your digest settings visit https://subscribers.alpenwire.ch/settings",
        "Alpenwire AG · Seefeldstrasse 88 · 8008 Zurich · desk@alpenwire.ch",
        "",
    ]
    file_mn([x[0] for x in items], [
        "ALPENWIRE WINTER DESK", "Subscriber digest | November 2026",
        "issued Friday 27 November 2026, 18:00 CET", "Licensed to: Graubuenden Tourism, media desk",
        "© 2026 Alpenwire AG. All rights reserved.", "may not be republished, broadcast or redistributed",
        "To change your digest settings visit", "Seefeldstrasse 88", "Items appear oldest first."])
    write(F_AW, "\n".join(L))


# ================================================================ EBSCOhost plain-text export
EB_INFO = {
    "sbr-survey": ("Ski Business Report. 11/2/2026, Vol. 41 Issue 22, p14-15. 2p.", "Resort Operations",
                   "A survey of 212 ski areas shows ticket and pass revenue rising while visits stay level.",
                   ["*SKI resorts", "*LIFT tickets", "*SURVEYS"], "NORTH America", "178234561"),
    "rml-dynamic-pricing": ("Rocky Mountain Ledger (Denver, CO). 11/16/2026, pA1-A6.", "Business",
                            "Reports on the move by Summit Range Resorts to date-based lift ticket prices.",
                            ["*SKI resorts", "*PRICING"], "COLORADO", "178240017"),
    "ac-glacier-closure": ("Alpine Courier. 11/3/2026, p7.", "Valais",
                           "The Allalin summer ski area at Saas-Fee closes for good.",
                           ["*GLACIERS", "*SKI resorts"], "SWITZERLAND", "178219940"),
    "tt-no-snow": ("Tyrol Times. 11/6/2026, p11.", "Region",
                   "Low-lying Tyrolean ski areas plan to open on machine-made snow only.",
                   ["*SNOWMAKING", "*WEATHER forecasting"], "AUSTRIA", "178226301"),
    "hep-lodging-tax": ("Hokkaido English Press. 11/19/2026, p2.", "Local",
                        "Kutchan doubles its peak-season lodging tax.",
                        ["*TOURIST taxes", "*SKI resorts"], "JAPAN", "178238812"),
    "dh-fassa": ("Dolomiti Herald. 11/17/2026, p5.", "Trentino",
                 "Solar panels on the Col Rodella cable car stations.",
                 ["*SOLAR energy", "*CABLE cars"], "ITALY", "178236675"),
    "sbr-energy": ("Ski Business Report. 11/9/2026, Vol. 41 Issue 23, p22. 1p.", "Technology",
                   "Study of snowmaking energy costs at mid-size ski areas.",
                   ["*SNOWMAKING", "*ENERGY consumption"], "UNITED States", "178230448"),
    "sah-mt-hutt": ("Southern Alps Herald. 11/5/2026, p9.", "Canterbury",
                    "Mt Hutt ski area reports its busiest season.",
                    ["*SKI resorts", "*TOURISM"], "NEW Zealand", "178221093"),
    "tt-kitzbuehel": ("Tyrol Times. 11/24/2026, p20.", "Sport",
                      "Snow stored over summer for the Hahnenkamm downhill course.",
                      ["*SKI racing", "*SNOW"], "AUSTRIA", "178241556"),
}


def build_eb():
    order = list(EB_INFO)
    L = [
        "EBSCO Publishing Citation Format: EBSCOhost (Plain text):",
        "",
        "NOTE: Review the instructions at http://support.ebsco.com/help/?int=ehost&lang=&feature_id=Plain text "
        "and make any necessary corrections before using. Pay special attention to personal names, "
        "capitalization, and dates. Always consult your library resources for the exact formatting and "
        "punctuation guidelines.",
        "",
        "Results: 9",
        "",
    ]
    for n, aid in enumerate(order, 1):
        a = ART[aid]
        src, sect, abstract, subj, geo, an = EB_INFO[aid]
        ps = P(aid)
        inv = "; ".join(", ".join(reversed(x.split(" ", 1))) for x in a["authors"])
        words = sum(len(p.split()) for p in ps)
        L += [
            "Record: %d" % n,
            "Title:",
            "\t" + a["title"] + ".",
            "Authors:",
            "\t" + inv,
            "Source:",
            "\t" + src,
            "Document Type:",
            "\tArticle",
            "Subject Terms:",
        ] + ["\t" + s for s in subj] + [
            "Geographic Terms:",
            "\t" + geo,
            "Abstract:",
            "\t" + abstract,
            "Full Text Word Count:",
            "\t%d" % words,
            "Accession Number:",
            "\t" + an,
            "Persistent link to this record (Permalink):",
            "\thttps://search.ebscohost.com/login.aspx?direct=true&db=n5h&AN=%s&site=ehost-live" % an,
            "Cut and Paste:",
            "\t<a href=\"https://search.ebscohost.com/login.aspx?direct=true&db=n5h&AN=%s&site=ehost-live\">"
            "%s</a>" % (an, a["title"]),
            "Database:",
            "\tNewspaper Source Plus",
            "Section:",
            "\t" + sect,
            "Full Text:",
            "",
        ]
        L += block(ps)
        owner = a["outlet"]
        L += [
            "Copyright of %s is the property of %s and its content may not be copied or emailed to multiple "
            "sites or posted to a listserv without the copyright holder's express written permission. However, "
            "users may print, download, or email articles for individual use." % (owner, owner + " Media Group"),
            "",
            "",
        ]
        reg(aid, F_EB, ps, [abstract, src, "Accession Number:", an, "Persistent link to this record (Permalink):",
                            "Full Text Word Count:", "Document Type:", "Subject Terms:", "Geographic Terms:",
                            "Database:", "Newspaper Source Plus", "Record: %d" % n, "Cut and Paste:",
                            "Copyright of %s is the property of" % owner,
                            "its content may not be copied or emailed to multiple sites or posted to a listserv",
                            "users may print, download, or email articles for individual use.", inv, geo]
            + subj)
    file_mn(order, ["EBSCO Publishing Citation Format: EBSCOhost (Plain text):",
                    "Pay special attention to personal names, capitalization, and dates."])
    write(F_EB, "\n".join(L))


# ================================================================ NewsBank Access World News
NB_INFO = {
    "rml-i70-tolls": ("Rocky Mountain Ledger (Denver, CO)", "Derek Shaw, Staff Writer", "Final", "News", "A1",
                      "rml_2026112301a3", "19A2C3D4E5F60718"),
    "hep-land-prices": ("Hokkaido English Press (Sapporo, Japan)", "Ben Crowther", "Web", "Local", None,
                        "hep_2026110402", "19A1F07B3C2D8840"),
    "pp-no-snow": ("Pyrenees Post (Andorra la Vella)", "Laure Cazenave", "Online", "News", None,
                   "pyp_2026112404", "19A2C6611E0B4F21"),
    "pp-font-romeu": ("Pyrenees Post (Andorra la Vella)", "Laure Cazenave", "Online", "News", None,
                      "pyp_2026111107", "19A1F9C0D4E3A219"),
    "aw-pass-prices": ("Tyrol Times (Innsbruck, Austria)", "Matthias Berger, Alpenwire", "Main", "Economy", "14",
                       "tyt_2026112114", "19A2B0E8F1C7D3A6"),
    "sah-cardrona-water": ("Southern Alps Herald (Queenstown, New Zealand)", "Tama Rewiri", "First", "Otago",
                           "4", "sah_2026102804", "19A1C4D2E6F0B781"),
    "ac-apres-ski-noise": ("Alpine Courier (Sion, Switzerland)", "Yannick Perren", "Online", "Valais", None,
                           "alc_2026111803", "19A2A7B6C5D4E392"),
    "bvs-lake-louise-shuttle": ("Bow Valley Sentinel (Canmore, AB)", "Tessa Whitford, Sentinel Staff", "Online",
                                "News", None, "bvs_2026111902", "19A2A9E1F0C3B4D5"),
    "bvs-sunshine": ("Bow Valley Sentinel (Canmore, AB)", "Tessa Whitford, Sentinel Staff", "Online", "News",
                     None, "bvs_2026112601", "19A2C8D7E6F5A4B3"),
    "tt-ischgl-gondola": ("Tyrol Times (Innsbruck, Austria)", "Florian Gruber", "Main", "Region", "9",
                          "tyt_2026112509", "19A2C7F6E5D4C3B2"),
    "sbr-energy": ("Ski Business Report", "Howard Kline", "Print", "Technology", "22", "sbr_2026110922",
                   "19A1F5E4D3C2B1A0"),
    "rml-rescue-fees": ("Rocky Mountain Ledger (Denver, CO)", "Lupe Ortiz, Staff Writer", "Final", "News", "B1",
                        "rml_2026113001b1", "19A2D1C0B9A8F7E6"),
}


def nb_date(iso):
    import datetime
    d = datetime.date.fromisoformat(iso)
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y"), str(d.day) + d.strftime(" %b %Y")


def build_nb():
    L = ["NewsBank", "Access World News", "", "My saved documents (12)    Printed: 30 Nov 2026 16:02    "
         "User: Graubuenden Tourism Library", "", ""]
    for aid, (pub, byline, ed, sect, page, rec, docref) in NB_INFO.items():
        a = ART[aid]
        synd = aid == "aw-pass-prices"
        title = a["synd_title"] if synd else a["title"]
        iso = a["date"]
        long_d, short_d = nb_date(iso)
        ps = P(aid, credit=True) if synd else P(aid)
        L += ["-" * 64, title, "%s - %s" % (pub, long_d), "Author/Byline: " + byline, "Edition: " + ed,
              "Section: " + sect]
        if page:
            L.append("Page: " + page)
        L.append("Readability: 10-12 grade level (Lexile: 1210L)")
        L.append("")
        L += block(ps)
        L += ["Copyright (c) 2026 %s. All rights reserved." % pub.split(" (")[0], "",
              "Record Number: " + rec, "",
              "CITE THIS ARTICLE IN YOUR BIBLIOGRAPHY:",
              "%s, '%s', %s (online), %s%s <https://infoweb.newsbank.com/apps/news/document-view?p=AWNB&docref="
              "news/%s>" % (byline, title, pub.split(" (")[0], short_d, (" " + page) if page else "", docref),
              "", ""]
        reg(aid, F_NB, ps, ["Author/Byline: " + byline, "Edition: " + ed, "Readability: 10-12 grade level",
                            "Record Number: " + rec, "CITE THIS ARTICLE IN YOUR BIBLIOGRAPHY:",
                            "Copyright (c) 2026 %s. All rights reserved." % pub.split(" (")[0],
                            "%s - %s" % (pub, long_d), "infoweb.newsbank.com"] + (["Page: " + page] if page else []))
    L += ["-" * 64, "© 2026 NewsBank, Inc. All rights reserved. | Terms of Use | Privacy", ""]
    file_mn(NB_INFO, ["My saved documents (12)", "Printed: 30 Nov 2026 16:02", "User: Graubuenden Tourism Library",
                      "© 2026 NewsBank, Inc. All rights reserved.", "Access World News"])
    write(F_NB, "\n".join(L))


# ================================================================ Lyris ListManager digest
def build_ly():
    msgs = []   # (subject, from, date, lines, aid or None, copy paras, must_not)

    def m(subject, frm, date, lines, aid=None, ps=None, extra=()):
        msgs.append((subject, frm, date, lines, aid, ps, list(extra)))

    sig_pa = ["--", "Peter Amacher", "Bergbahnen Consult GmbH, Chur", "+41 81 555 01 22"]
    # 1 Saas-Fee, wrapped 72, intro line with URL, straight quotes
    aid = "ac-glacier-closure"
    ps = [straight(p) for p in P(aid)]
    m("Alpine Courier: Saas-Fee ends summer skiing", '"Peter Amacher" <p.amacher@bergbahnen-consult.ch>',
      "Tue, 24 Nov 2026 08:12:44 +0100",
      ["Lea Imboden in the Alpine Courier, 3 November 2026:",
       "https://www.alpinecourier.ch/valais/saas-fee-ends-summer-skiing-allalin", "",
       straight(T(aid)), ""] + block(ps, 72) + ["Sad day for the Saastal.", ""] + sig_pa,
      aid, ps, ["Lea Imboden in the Alpine Courier, 3 November 2026:", "Sad day for the Saastal.",
                "Bergbahnen Consult GmbH, Chur", "+41 81 555 01 22"])
    # 2 snowmaking, unwrapped, curly
    aid = "ac-snowmaking-water"
    m("Valais water cap", '"Nadia Roth" <nroth@valaisski.ch>', "Tue, 24 Nov 2026 09:40:02 +0100",
      ["Same paper, a week later - this one affects all of us in the canton.", "",
       "Alpine Courier, 10.11.2026", T(aid), "By Lea Imboden", ""] + block(P(aid)) +
      ["<https://www.alpinecourier.ch/valais/snowmaking-water-cap-reservoirs>", "", "Nadia", "",
       "Sent from my iPhone"],
      aid, P(aid), ["Same paper, a week later", "Alpine Courier, 10.11.2026", "By Lea Imboden",
                    "Sent from my iPhone"])
    # 3 survey, caps title, wrapped 72
    aid = "sbr-survey"
    m("Ski Business Report survey", '"Howard Lee" <hlee@mountainmetrics.com>', "Mon, 23 Nov 2026 17:03:10 -0700",
      ["For those who don't get SBR - the Nov 2 issue has the annual numbers:", "",
       T(aid).upper(), "BY HOWARD KLINE", ""] + block(P(aid), 72) +
      ["-- ", "Howard Lee | Mountain Metrics | Boulder, CO", "\"Count the skiers, not the snow.\""],
      aid, P(aid), ["For those who don't get SBR", "the Nov 2 issue has the annual numbers:", "BY HOWARD KLINE",
                    "Howard Lee | Mountain Metrics | Boulder, CO", "Count the skiers, not the snow."])
    # 4 dynamic pricing, three authors on one line, wrapped 72
    aid = "rml-dynamic-pricing"
    m("Colorado $300 tickets", '"Howard Lee" <hlee@mountainmetrics.com>', "Mon, 23 Nov 2026 17:20:45 -0700",
      ["And the other side of the same coin:", "", T(aid),
       "By Kayla Morgan, Derek Shaw and Lupe Ortiz, Rocky Mountain Ledger", "Nov. 16, 2026", ""] +
      block(P(aid), 72) + ["https://www.rmledger.com/business/colorado-ski-dynamic-pricing-300", "",
                           "-- ", "Howard Lee | Mountain Metrics | Boulder, CO"],
      aid, P(aid), ["And the other side of the same coin:",
                    "By Kayla Morgan, Derek Shaw and Lupe Ortiz, Rocky Mountain Ledger", "Nov. 16, 2026"])
    # 5 I-70, wrapped 72 (first paste)
    aid = "rml-i70-tolls"
    m("I-70 tolls", '"Dana Whitcomb" <dwhitcomb@frontrangeski.org>', "Mon, 23 Nov 2026 19:55:31 -0700",
      ["Rocky Mountain Ledger, 11/23/2026", "", T(aid), "Derek Shaw", ""] + block(P(aid), 72) +
      ["Link: https://www.rmledger.com/news/i70-weekend-ski-tolls", "", "-- ", "Dana Whitcomb", "Front Range Ski Club - transport committee"],
      aid, P(aid), ["Rocky Mountain Ledger, 11/23/2026", "Front Range Ski Club - transport committee"])
    # 6 reply quoting two lines (not an article)
    q = wrap(P("rml-i70-tolls")[1], 72).split("\n")[:2]
    m("RE: I-70 tolls", '"Peter Amacher" <p.amacher@bergbahnen-consult.ch>', "Tue, 24 Nov 2026 10:02:19 +0100",
      ["Dana, your paste arrived with the lines chopped up on my side:", ""] + ["> " + x for x in q] +
      ["", "Could you resend? Interesting for our Landwasser road discussion.", ""] + sig_pa,
      None, None, ["your paste arrived with the lines chopped up on my side",
                   "Interesting for our Landwasser road discussion."])
    # 7 I-70 again, straight quotes, wrapped 60
    aid = "rml-i70-tolls"
    ps = [straight(p) for p in P(aid)]
    m("I-70 tolls (resend)", '"Dana Whitcomb" <dwhitcomb@frontrangeski.org>', "Tue, 24 Nov 2026 06:31:07 -0700",
      ["Resending with shorter lines, apologies if it comes through twice.", "",
       straight(T(aid)), "Derek Shaw | Rocky Mountain Ledger | 11/23/2026", ""] + block(ps, 60) +
      ["-- ", "Dana Whitcomb"],
      aid, ps, ["Resending with shorter lines, apologies if it comes through twice.",
                "Derek Shaw | Rocky Mountain Ledger | 11/23/2026"])
    # 8 Chamonix: no headline in the paste, the subject is the only title
    aid = "cham-parking"
    m(T(aid), '"Sophie Laurent" <s.laurent@montblanc-tourisme.fr>', "Tue, 24 Nov 2026 12:15:00 +0100",
      ["From the Chamonix Valley Echo this morning (24/11/2026). The web version I saw had no headline",
       "at all, so the subject line is mine.", ""] + block(P(aid), 72) +
      ["Sophie", "", "Office de Tourisme - service presse"],
      aid, P(aid), ["From the Chamonix Valley Echo this morning (24/11/2026).",
                    "so the subject line is mine.", "Office de Tourisme - service presse"])
    # 9 Niseko tax: "A and B | Outlet"
    aid = "hep-lodging-tax"
    m("Niseko lodging tax", '"Kenji Mori" <kmori@hokkaido-snow.jp>', "Wed, 25 Nov 2026 09:12:33 +0900",
      [T(aid), "Aiko Tanaka and Ben Crowther | Hokkaido English Press", "19 November 2026", ""] + block(P(aid)) +
      ["Source: https://www.hokkaidoenglishpress.jp/news/niseko-lodging-tax-double", "", "Kenji Mori",
       "Hokkaido Snow Tourism Council"],
      aid, P(aid), ["Aiko Tanaka and Ben Crowther | Hokkaido English Press", "19 November 2026",
                    "Hokkaido Snow Tourism Council"])
    # 10 Cardrona, day-first NZ date, wrapped 72
    aid = "sah-cardrona-water"
    m("NZ snowmaking water fight", '"Gareth Pugh" <gpugh@snowsports-consult.co.uk>',
      "Tue, 24 Nov 2026 21:40:55 +0000",
      ["Southern Alps Herald 28/10/2026", "", T(aid), "Tama Rewiri", ""] + block(P(aid), 72) +
      ["Gareth", "-- ", "Gareth Pugh | Snowsports Consulting | Llandudno"],
      aid, P(aid), ["Southern Alps Herald 28/10/2026", "Gareth Pugh | Snowsports Consulting | Llandudno"])
    # 11 Snowpack Notes update
    aid = "sn-weak-layer"
    m("Avalanche: November weak layer", '"Nadia Roth" <nroth@valaisski.ch>', "Wed, 25 Nov 2026 07:05:48 +0100",
      ["Ivo Brandl's blog has a useful update (21 Nov), worth passing to your patrollers:", "",
       T(aid), ""] + block(P(aid)) + [ART[aid]["url"], "", "Nadia", "", "Sent from my iPhone"],
      aid, P(aid), ["Ivo Brandl's blog has a useful update (21 Nov), worth passing to your patrollers:"])

    L = ["SKI-BIZ Digest for Wednesday, November 25, 2026.", "", ""]
    for n, (subj, *_rest) in enumerate(msgs, 1):
        L.append("%d. %s" % (n, subj))
    L += ["", "-" * 70, ""]
    arts = []
    for n, (subj, frm, date, lines, aid, ps, extra) in enumerate(msgs, 1):
        L += ["Subject: " + subj, "From: " + frm, "Date: " + date, "X-Message-Number: %d" % n, ""]
        L += lines
        L += ["", "-" * 70, ""]
        if aid:
            reg(aid, F_LY, ps, extra + ["X-Message-Number: %d" % n, "From: " + frm, "Date: " + date])
            arts.append(aid)
        else:
            for a2 in ("rml-i70-tolls",):
                mn(a2, extra)
    L += ["---", "END OF DIGEST", "",
          "---",
          "You are currently subscribed to ski-biz as: archive@graubuenden-tourism.ch.",
          "To unsubscribe send a blank email to leave-ski-biz-81234Z@lists.skibiz.org",
          "Powered by Lyris ListManager", ""]
    file_mn(arts, ["SKI-BIZ Digest for Wednesday, November 25, 2026.",
                   "You are currently subscribed to ski-biz as:", "To unsubscribe send a blank email to",
                   "Powered by Lyris ListManager", "END OF DIGEST"])
    write(F_LY, "\n".join(L))


# ================================================================ WhatsApp chat export (iOS)
LRM = "\u200e"


def build_wa():
    L = []
    copies = []

    def say(stamp, who, text):
        L.append("[%s] %s: %s" % (stamp, who, text))

    L.append("[02/11/2026, 08:01:17] Alpine Desk: %sMessages and calls are end-to-end encrypted. No one outside "
             "of this chat, not even WhatsApp, can read or listen to them." % LRM)
    L.append("[02/11/2026, 08:01:17] Alpine Desk: %sAnna Keller created this group" % LRM)
    say("09/11/2026, 07:41:03", "Marco Bianchi", "Worth copying for the staff transport file 👇")
    aid = "stsw-worker-bus"
    say("09/11/2026, 07:41:55", "Marco Bianchi", T(aid))
    L += ["Story by Carly Dunn • Photos by Mateo Ruiz", "Nov 9, 2026 · 3 min read", ""]
    L += block(P(aid))[:-1]
    copies.append((aid, P(aid), ["Story by Carly Dunn • Photos by Mateo Ruiz", "Nov 9, 2026 · 3 min read",
                                 "Worth copying for the staff transport file"]))
    say("09/11/2026, 07:43:10", "Anna Keller", "Thanks Marco 🙏")
    say("09/11/2026, 07:43:31", "Anna Keller", LRM + "image omitted")
    aid = "sn-early-season"
    say("15/11/2026, 06:58:20", "Jonas Frei", "Ivo's post from last night, for anyone touring this weekend:")
    say("15/11/2026, 06:58:41", "Jonas Frei", T(aid))
    L.append("")
    L += block(P(aid))[:-1]
    copies.append((aid, P(aid), ["Ivo's post from last night, for anyone touring this weekend:"]))
    say("15/11/2026, 07:10:02", "Sophie Laurent", LRM + "This message was deleted.")
    aid = "ac-apres-ski-noise"
    say("19/11/2026, 12:30:45", "Marco Bianchi", "Alpine Courier, yesterday: " + T(aid))
    L.append("By Yannick Perren")
    L.append("")
    ps = P(aid, edited=True)
    L += block(ps)[:-1]
    copies.append((aid, ps, ["Alpine Courier, yesterday: ", "By Yannick Perren"]))
    say("19/11/2026, 12:31:02", "Marco Bianchi", "https://www.alpinecourier.ch/valais/zermatt-apres-ski-music-curfew")
    say("19/11/2026, 12:40:19", "Sophie Laurent", "Davos will be next, you watch")
    aid = "ll-toll-road"
    say("23/11/2026, 21:14:09", "Anna Keller", "Maren Holt's newsletter from yesterday, most of it:")
    L.append("The chairlift is the new toll road")
    L.append("")
    ps = P(aid, trim=1)
    L += block(ps)[:-1]
    copies.append((aid, ps, ["Maren Holt's newsletter from yesterday, most of it:"]))
    say("23/11/2026, 21:14:40", "Anna Keller", "(the last bit is behind the paywall)")
    aid = "hep-land-prices"
    say("24/11/2026, 07:05:51", "Jonas Frei", "Hokkaido English Press, 4 Nov - " + T(aid))
    L.append("Ben Crowther")
    L.append("")
    ps = P(aid, trim=1)
    L += block(ps)[:-1]
    copies.append((aid, ps, ["Hokkaido English Press, 4 Nov - "]))
    say("24/11/2026, 07:06:30", "Jonas Frei", LRM + "image omitted")
    aid = "ep-instructors"
    say("25/11/2026, 18:22:14", "Marco Bianchi",
        "Engadin Today piece on instructors, somebody left the paper in the staff room, no date on the page")
    say("25/11/2026, 18:23:40", "Marco Bianchi", T(aid).upper())
    L.append("By Sina Pedrun")
    L.append("")
    L += block(P(aid))[:-1]
    copies.append((aid, P(aid), ["somebody left the paper in the staff room, no date on the page",
                                 "By Sina Pedrun", T(aid).upper()]))
    say("25/11/2026, 18:30:02", "Anna Keller", "Same story in Gstaad. Thanks")
    aid = "aw-verbier-lift"
    a = ART[aid]
    say("27/11/2026, 19:47:33", "Sophie Laurent", "Geneva Evening Post tonight")
    L.append(a["synd_title"])
    L.append("By Noemi Keller (Alpenwire) | 27.11.2026")
    L.append("")
    ps = P(aid, trim=1, credit=True)
    L += block(ps)[:-1]
    copies.append((aid, ps, ["Geneva Evening Post tonight", "By Noemi Keller (Alpenwire) | 27.11.2026"]))
    say("27/11/2026, 19:48:10", "Marco Bianchi", "Glad nobody was hurt")
    aid = "rml-rescue-fees"
    say("30/11/2026, 16:02:27", "Jonas Frei", "https://www.rmledger.com/news/county-rescue-fees-backcountry")
    L.append("Rocky Mountain Ledger: " + T(aid))
    L.append("Lupe Ortiz · Nov 30, 2026")
    L.append("")
    L += block(P(aid))[:-1]
    copies.append((aid, P(aid), ["Rocky Mountain Ledger: ", "Lupe Ortiz · Nov 30, 2026"]))
    say("30/11/2026, 16:05:44", "Anna Keller", "Would never fly here. Our Rega model is different")
    L.append("")
    for aid, ps, must in copies:
        reg(aid, F_WA, ps, must)
    file_mn([c[0] for c in copies], ["Messages and calls are end-to-end encrypted.",
                                     "not even WhatsApp, can read or listen to them.",
                                     "Anna Keller created this group", "image omitted", "This message was deleted.",
                                     "Thanks Marco", "Davos will be next, you watch", "Glad nobody was hurt",
                                     "Would never fly here. Our Rega model is different",
                                     "(the last bit is behind the paywall)", "Same story in Gstaad. Thanks"])
    write(F_WA, "\n".join(L))
