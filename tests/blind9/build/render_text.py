# -*- coding: utf-8 -*-
"""Plain-text dumps: pdftotext output of four pages of a newspaper e-edition PDF (form feeds, running heads,
folios, hyphenated line breaks, column breaks, a jump) and a newsreader's saved batch of Usenet articles
(rnews batch: ClariNet wire posts plus discussion-group posts)."""
import re

from common import ART, F_OV, F_US, P, T, ascii7, reg, straight, wrap, write


# ================================================================== pdftotext of the OVC e-edition
V = set("aeiouy")


def split_point(w, room):
    """A crude syllable break: VC|CV, else V|CV; at least three letters on each side; 0 if none fits."""
    best = 0
    for k in range(3, min(room, len(w) - 3) + 1):
        a, b, c = w[k - 2], w[k - 1], w[k]
        if (a in V and b not in V and c not in V and w[k + 1] in V) or (b in V and c not in V and w[k + 1] in V):
            best = k
    return best


def hyph_lines(ps, width):
    """Set paragraphs as one justified column would come out of pdftotext: consecutive lines, no blank line
    between paragraphs, long plain words hyphenated at the line end."""
    out = []
    for p in ps:
        line = ""
        for w in p.split():
            cand = (line + " " + w) if line else w
            if len(cand) <= width:
                line = cand
                continue
            room = width - len(line) - (1 if line else 0) - 1
            k = split_point(w, room) if re.fullmatch(r"[a-z]{8,}", w) else 0
            if k:
                out.append((line + " " if line else "") + w[:k] + "-")
                line = w[k:]
            else:
                out.append(line)
                line = w
        if line:
            out.append(line)
    return out


def columns(lines, per_col):
    """Reading-order column blocks: a blank line where one column ends and the next begins."""
    out = []
    for i in range(0, len(lines), per_col):
        out += lines[i:i + per_col] + [""]
    return out


def build_ov():
    A = "ovc-bear-creek-evac"
    head_r = "THE OKANAGAN VALLEY COURIER"
    fold = "WEDNESDAY, JULY 22, 2026"
    pages = []
    # ---- A1
    p1 = P(A)[:3]
    pg = [head_r, "Kelowna, B.C. · " + fold + " · okanagancourier.ca · $2.50", "Vol. 71, No. 142",
          "TODAY Smoky, hot. High 34 Low 17 Details, A8", "",
          T(A), "",
          "Crews pulled back as flames spot half a kilometre ahead of the fire", "",
          "MARNIE LECHNER", "Courier staff", ""]
    pg += columns(hyph_lines(p1, 42), 17)
    pg += ["See FIRE, A3", "",
           "A BC Wildfire Service helicopter drops water on the Bear Creek fire above Westside Road on "
           "Tuesday. KEVIN DROUIN/COURIER", "",
           "INSIDE", "Smoke taint: growers brace for another bad vintage A2",
           "Air quality outlook A4", "Obituaries A9", "Classified A10"]
    pages.append(pg)
    reg_first = list(p1)
    # ---- A2: two stories on one page
    B, C = "ovc-smoke-taint", "ovc-lake-country-firesmart"
    pg = ["A2 " + fold + " " + head_r, "", "NEWS", "",
          T(B), "", "GRAEME SUTTER", "Courier staff", ""]
    pg += columns(hyph_lines(P(B), 42), 16)
    pg += ["A smoke-filled sky over a vineyard near Summerland on Tuesday. GRAEME SUTTER/COURIER", "",
           T(C), "", "COURIER STAFF", ""]
    pg += columns(hyph_lines(P(C), 42), 16)
    pg += ["Okanagan Air & Furnace", "HEPA PORTABLE AIR CLEANERS IN STOCK NOW",
           "Free delivery in Kelowna · 250-555-0142", "", "okanagancourier.ca"]
    pages.append(pg)
    # ---- A3: the jump
    pg = [head_r + " " + fold + " A3", "", "FIRE", "From A1", ""]
    pg += columns(hyph_lines(P(A)[3:], 42), 16)
    pg += ["Evacuees register at the Parkinson Recreation Centre in Kelowna on Tuesday night. "
           "KEVIN DROUIN/COURIER", "",
           "HOW TO GET HELP", "Reception centre: Parkinson Recreation Centre, 1800 Parkinson Way",
           "Alerts: cordemergency.ca", "BC Wildfire Service: 1-800-663-5555 or *5555 on a cellphone", "",
           "okanagancourier.ca"]
    pages.append(pg)
    # ---- A4: the weekly outlook
    D = "ovc-aq-w30"
    pg = ["A4 " + fold + " " + head_r, "", "SMOKE WATCH", "", T(D), ""]
    pg += columns(hyph_lines(P(D), 42), 18)
    pg += ["Kelowna     Wed 7   Thu 9   Fri 8   Sat 6", "Vernon      Wed 6   Thu 8   Fri 7   Sat 5",
           "Penticton   Wed 5   Thu 7   Fri 6   Sat 5", "AQHI FORECAST, CENTRAL AND NORTH OKANAGAN", "",
           "okanagancourier.ca"]
    pages.append(pg)
    text = "\f".join("\n".join(pg) + "\n" for pg in pages) + "\f"
    write(F_OV, text)
    furn = [head_r, "Kelowna, B.C. · " + fold, "Vol. 71, No. 142", "TODAY Smoky, hot. High 34 Low 17",
            "See FIRE, A3", "KEVIN DROUIN/COURIER", "Smoke taint: growers brace for another bad vintage A2",
            "Obituaries A9", "Classified A10", "okanagancourier.ca", "$2.50", "Courier staff",
            "Crews pulled back as flames spot half a kilometre ahead of the fire", "From A1", "HOW TO GET HELP",
            "Reception centre: Parkinson Recreation Centre, 1800 Parkinson Way", "Alerts: cordemergency.ca",
            "1-800-663-5555", "MARNIE LECHNER"]
    reg(A, F_OV, reg_first + P(A)[3:], furn)
    reg(B, F_OV, P(B), [head_r, "GRAEME SUTTER", "Courier staff", "GRAEME SUTTER/COURIER",
                        "A smoke-filled sky over a vineyard near Summerland on Tuesday."])
    reg(C, F_OV, P(C), [head_r, "COURIER STAFF", "Okanagan Air & Furnace", "HEPA PORTABLE AIR CLEANERS IN STOCK NOW",
                        "250-555-0142", "okanagancourier.ca"])
    reg(D, F_OV, P(D), [head_r, "SMOKE WATCH", "AQHI FORECAST, CENTRAL AND NORTH OKANAGAN", "Kelowna     Wed 7",
                        "okanagancourier.ca"])


# ================================================================== Usenet: rnews batch saved from a newsreader
def article(headers, body_lines):
    body = "\n".join(body_lines).rstrip("\n") + "\n"
    hs = [(k, v) for k, v in headers]
    hs.append(("Lines", str(body.count("\n"))))
    txt = "".join(f"{k}: {v}\n" for k, v in hs) + "\n" + body
    return f"#! rnews {len(txt.encode('utf-8'))}\n" + txt


def clari_body(aid, byline, extra=()):
    a = ART[aid]
    out = ["\t" + byline, "\t   Pan-Pacific Newswire", ""]
    for p in P(aid):
        out += [wrap(ascii7(p), 70, "\t").replace("\t", "\t", 1), ""]
    out += ["\tCopyright 2026 by Pan-Pacific Newswire. Redistribution prohibited.",
            "\t[Distributed by ClariNet Communications: to reach the PPN desk, reply to this message.]"]
    out += list(extra)
    return out


CLARI_FURN = ["Copyright 2026 by Pan-Pacific Newswire. Redistribution prohibited.",
              "[Distributed by ClariNet Communications: to reach the PPN desk, reply to this message.]",
              "ClariNet Communications Corp."]


def clari(aid, groups, summary, keywords, msgid, date, xref, byline):
    hdr = [("Path", "news.kelowna.example!feeder2.news.example!clarinet!not-for-mail"),
           ("From", "PPN newsdesk <newsdesk@clari.net>"),
           ("Newsgroups", groups),
           ("Subject", ascii7(T(aid))),
           ("Summary", summary),
           ("Keywords", keywords),
           ("Organization", "ClariNet Communications Corp."),
           ("Message-ID", msgid),
           ("Date", date),
           ("Approved", "clarinet@clari.net"),
           ("X-Copyright", "Copyright 2026 by Pan-Pacific Newswire. Redistribution prohibited."),
           ("Xref", xref)]
    reg(aid, F_US, [ascii7(p) for p in P(aid)],
        CLARI_FURN + [summary, msgid, byline, "newsdesk@clari.net", "Keywords: " + keywords, date])
    return article(hdr, clari_body(aid, byline))


def build_us():
    arts = []
    arts.append(clari("ppn-quebec-fire-ban", "clari.world.disaster.fire,clari.world.americas.canada.quebec",
                      "Province asks other provinces for 200 firefighters", "fire, forest, Quebec, SOPFEU, ban",
                      "<fire-quebec-ban-UR0618a@clari.net>", "Thu, 18 Jun 2026 19:42:06 GMT",
                      "news.kelowna.example clari.world.disaster.fire:4412 clari.world.americas.canada.quebec:218",
                      "By JULIEN BERGERON"))
    arts.append(clari("ppn-chile-firebreak", "clari.world.disaster.fire,clari.world.americas.south.chile,"
                      "clari.biz.industry.forestry", "Industry to replant strips with native species",
                      "fire, forestry, plantations, Chile, Biobio", "<chile-firebreaks-UR0702c@clari.net>",
                      "Thu, 2 Jul 2026 21:10:44 GMT",
                      "news.kelowna.example clari.world.disaster.fire:4530 clari.biz.industry.forestry:77",
                      "By TOMAS IRARRAZAVAL"))
    # discussion post: a member types up a print story, last paragraph snipped
    R = "rs-rfs-volunteers"
    body = ["Story from yesterday's Riverina Standard (Thursday 16 July), front page. Not online",
            "yet as far as I can see so I typed it up:", "",
            ascii7(T(R)).upper(), "By Sophie Tran and Ben Okafor", ""]
    for p in P(R, trim=1):
        body += [wrap(ascii7(p), 72), ""]
    body += ["[rest snipped -- minister says they'll respond in six months]", "",
             "Our brigade is down to 7 active members, most of us over 60. Make of that what",
             "you will.", "", "-- ", "Gary Pocock, Ganmain RFB (retired)         \"Prepare. Act. Survive.\"",
             "Posted with slrn on a Raspberry Pi in the shed"]
    arts.append(article([("Path", "news.kelowna.example!feeder2.news.example!news.ozemail.example!not-for-mail"),
                         ("From", "Gary Pocock <gpocock@ozemail.example>"),
                         ("Newsgroups", "aus.environment,aus.politics"),
                         ("Subject", "RFS volunteers down 18pc (Riverina Standard)"),
                         ("Date", "Fri, 17 Jul 2026 08:14:52 +1000"),
                         ("Organization", "Wagga Wagga Amateur Radio Club"),
                         ("Message-ID", "<20260717081452.gp@ozemail.example>"),
                         ("User-Agent", "slrn/1.0.3 (Linux)"),
                         ("Xref", "news.kelowna.example aus.environment:88120 aus.politics:120944")], body))
    reg(R, F_US, [ascii7(p) for p in P(R, trim=1)],
        ["Story from yesterday's Riverina Standard (Thursday 16 July), front page.",
         "[rest snipped -- minister says they'll respond in six months]",
         "Our brigade is down to 7 active members", "Gary Pocock, Ganmain RFB (retired)", "Prepare. Act. Survive.",
         "Posted with slrn on a Raspberry Pi in the shed", "gpocock@ozemail.example", "By Sophie Tran and Ben Okafor",
         "RFS volunteers down 18pc (Riverina Standard)", "Wagga Wagga Amateur Radio Club"])
    G = "ppn-greece-army"
    arts.append(clari(G, "clari.world.disaster.fire,clari.world.europe.greece,clari.news.weather.heat",
                      "Italy and Croatia send aircraft; Acropolis closes at midday", "fire, heatwave, Greece, army",
                      "<greece-fires-army-UR0727g@clari.net>", "Mon, 27 Jul 2026 17:55:30 GMT",
                      "news.kelowna.example clari.world.disaster.fire:4698 clari.world.europe.greece:1302",
                      "By STAVROS KALOGEROPOULOS"))
    # a discussion reply quoting the minister's statement (not an article)
    q = wrap(ascii7(ART[G]["paras"][2]), 70)
    body = ["In article <greece-fires-army-UR0727g@clari.net>, PPN newsdesk wrote:", ""]
    body += ["> " + ln for ln in q.split("\n")]
    body += ["", "\"Evacuate early, evacuate often\" is the right message, but the 112 texts reached my",
             "mother in Marathon forty minutes after the police were already knocking on doors.",
             "Somebody should ask the ministry why.", "", "-- ", "Nikos P. -- Astoria, NY"]
    arts.append(article([("Path", "news.kelowna.example!feeder1.news.example!news.nyc.example!not-for-mail"),
                         ("From", "nikos.p@nyc.example (Nikos Papadakis)"),
                         ("Newsgroups", "soc.culture.greek"),
                         ("Subject", "Re: Greece deploys army as heatwave fans 40 fires"),
                         ("Date", "Tue, 28 Jul 2026 02:13:09 GMT"),
                         ("Organization", "none"),
                         ("References", "<greece-fires-army-UR0727g@clari.net>"),
                         ("Message-ID", "<np.20260728021309@nyc.example>"),
                         ("Xref", "news.kelowna.example soc.culture.greek:55102")], body))
    mn_reply = ["In article <greece-fires-army-UR0727g@clari.net>, PPN newsdesk wrote:", "Nikos P. -- Astoria, NY",
                "the 112 texts reached my"]
    from common import mn
    mn(G, mn_reply)
    arts.append(clari("ppn-canada-smoke-europe", "clari.world.disaster.fire,clari.world.europe.portugal,"
                      "clari.tw.environment", "Haze and red sunsets, no ground-level effect expected",
                      "smoke, Canada, Portugal, Spain, Copernicus", "<smoke-iberia-UR0818s@clari.net>",
                      "Tue, 18 Aug 2026 11:02:51 GMT",
                      "news.kelowna.example clari.world.disaster.fire:4811 clari.tw.environment:930",
                      "By JULIEN BERGERON"))
    arts.append(clari("ppn-madeira-laurisilva", "clari.world.disaster.fire,clari.world.europe.portugal",
                      "About 200 residents evacuated above Ribeira Brava", "fire, Madeira, Portugal, laurisilva",
                      "<madeira-fire-UR0822m@clari.net>", "Sat, 22 Aug 2026 18:37:12 GMT",
                      "news.kelowna.example clari.world.disaster.fire:4840 clari.world.europe.portugal:611",
                      "By ANA SOFIA PIRES"))
    arts.append(clari("ppn-qld-early-season", "clari.world.disaster.fire,clari.world.oceania.australia",
                      "Open fires banned without permit in 14 council areas", "bushfire, Queensland, permits",
                      "<qld-fire-season-UR0901q@clari.net>", "Mon, 31 Aug 2026 22:40:12 GMT",
                      "news.kelowna.example clari.world.disaster.fire:4902 clari.world.oceania.australia:2210",
                      "By CALLUM REID"))
    arts.append(clari("ppn-eucalyptus-freeze", "clari.world.europe.portugal,clari.biz.industry.forestry",
                      "Five-year freeze on new plantations under study", "forestry, eucalyptus, Portugal, fires",
                      "<portugal-eucalyptus-UR0902e@clari.net>", "Wed, 2 Sep 2026 14:25:40 GMT",
                      "news.kelowna.example clari.world.europe.portugal:640 clari.biz.industry.forestry:92",
                      "By ANA SOFIA PIRES"))
    arts.append(clari("ppn-sa-forestry-cost", "clari.world.africa.south_africa,clari.biz.industry.forestry,"
                      "clari.world.disaster.fire", "Losses put at more than 1.4 billion rand",
                      "forestry, fire, South Africa, timber", "<sa-forestry-fires-UR0910f@clari.net>",
                      "Thu, 10 Sep 2026 12:48:03 GMT",
                      "news.kelowna.example clari.world.disaster.fire:4988 clari.biz.industry.forestry:101",
                      "By NALEDI KHUMALO"))
    write(F_US, "".join(arts))
