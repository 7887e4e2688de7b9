# -*- coding: utf-8 -*-
"""Data renderers: a Brandwatch-style CSV, a mailing-list mbox, a trafilatura JSON lines crawl."""
import base64
import csv
import datetime
import email.charset
import email.generator
import email.policy
import io
import json
import quopri

from articles import ART
from common import (F_BW, F_MB, F_TF, DOMAIN, V, block, mn, outlet, reg, straight, title, url, wrap,
                    write, write_bytes)


def d(iso):
    return datetime.date.fromisoformat(iso)


def host(u):
    return u.split("/")[2]


# ---------------------------------------------------------------- Brandwatch-style CSV
# (aid, synd, opts, time)
BW_ROWS = [
    ("cpa-cod-advice", "st", {}, "09:40:00"),
    ("bh-landings-sep", None, {"st": True}, "06:31:00"),
    ("nsr-exports-sep", None, {}, "08:12:00"),
    ("cq-landings-sep", None, {}, "07:05:00"),
    ("dct-tieup", None, {}, "08:00:00"),
    ("cpa-ghana", None, {"trim": 1}, "11:20:00"),
    ("mhj-rope", None, {"edited": True}, "16:45:00"),
    ("af-shrimp", None, {}, "18:30:00"),
    ("TWEET", None, {}, "06:40:00"),
    ("st-salmon", None, {}, "17:10:00"),
    ("gcm-premix", None, {}, "15:02:00"),
    ("nsr-trawlers", None, {}, "10:15:00"),
    ("bh-auction", None, {}, "06:20:00"),
    ("bh-rescue", None, {}, "13:00:00"),
    ("mhj-bait", None, {}, "07:55:00"),
    ("cpa-anchovy", "ftg", {}, "15:30:00"),
    ("st-launch", None, {}, "12:00:00"),
    ("cq-landings-oct", None, {}, "07:10:00"),
]
BW_COLS = ["Query Id", "Query Name", "Date", "Title", "Url", "Domain", "Page Type", "Author", "Full Name",
           "Publisher", "Full Text", "Snippet", "Sentiment", "Country", "Language", "Reach (new)", "Mention Id"]
COUNTRY = {"Coastline Press Agency": "Norway", "Buchan Herald": "United Kingdom", "Shetland Tide": "United Kingdom",
           "Nordic Seafood Report": "Norway", "Donegal Coast Times": "Ireland", "The Atlantic Fisherman": "Canada",
           "Ghana Coast Mirror": "Ghana", "Cornish Quay": "United Kingdom", "Maine Harbor Journal": "United States",
           "Fish Trade Gazette": "United Kingdom"}


def build_bw():
    rows = [["Brandwatch Consumer Research"], ["Report:", "Fisheries press monitor"],
            ["Query:", "fisheries-press-2026 (1998765432)"], ["From:", "2026-10-01 00:00:00"],
            ["To:", "2026-11-05 23:59:59"], ["Timezone:", "UTC"], ["Exported:", "2026-11-06 08:03:11"], [],
            BW_COLS]
    aids = sorted({a for a, *_ in BW_ROWS if a != "TWEET"})
    for a in aids:
        mn(a, ["Brandwatch Consumer Research", "Fisheries press monitor", "fisheries-press-2026 (1998765432)",
               "2026-11-06 08:03:11"])
    for n, (aid, synd, o, tm) in enumerate(BW_ROWS):
        mid = str(3012345678900 + n * 7331)
        if aid == "TWEET":
            a = ART["bh-landings-oct"]
            rows.append(["1998765432", "fisheries-press-2026", f"2026-11-04 {tm}.0", "",
                         "https://twitter.com/buchanherald/status/1853921846201937920", "twitter.com", "twitter",
                         "buchanherald", "Buchan Herald",
                         "", f"Peterhead landings fall 5% in October as storms keep boats in \U0001f30a\u2693 "
                         f"https://t.co/Qm4vXe2LpA #fishing #Peterhead", "", "negative", "United Kingdom", "en",
                         "2140", mid])
            continue
        a = ART[aid]
        ps = V(aid, synd=synd, st=o.get("st"), trim=o.get("trim", 0), edited=o.get("edited"))
        u = url(aid, synd)
        out = outlet(aid, synd)
        t = title(aid, synd)
        if o.get("st"):
            t = straight(t)
        snippet = " ".join(" ".join(ps).split()[:22]) + "..."
        auth = ", ".join(a["authors"])
        rows.append(["1998765432", "fisheries-press-2026", f"{a['date']} {tm}.0", t, u, host(u).replace("www.", ""),
                     "news", auth, "", out, "\n".join(ps), snippet,
                     ["neutral", "negative", "positive"][n % 3], COUNTRY[out], "en", str(1200 + n * 977), mid])
        reg(aid, F_BW, ps, [f"{a['date']} {tm}.0", snippet, "fisheries-press-2026"], synd=synd, u=u)
    buf = io.StringIO(newline="")
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    write_bytes(F_BW, b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


# ---------------------------------------------------------------- mailing-list mbox
LIST = "fishwatch-l@lists.fishliaison.org.uk"
LIST_FOOT = ("_______________________________________________\n"
             "fishwatch-l mailing list -- fishwatch-l@lists.fishliaison.org.uk\n"
             "To unsubscribe send an email to fishwatch-l-leave@lists.fishliaison.org.uk")
LIST_FOOT_MN = ["fishwatch-l mailing list -- fishwatch-l@lists.fishliaison.org.uk",
                "To unsubscribe send an email to fishwatch-l-leave@lists.fishliaison.org.uk"]


def _hdr(frm, subj, date, mid, extra=()):
    h = [("From", frm), ("To", LIST), ("Subject", subj), ("Date", date), ("Message-ID", f"<{mid}>")]
    h += list(extra)
    h += [("List-Id", "Fisheries news watch <fishwatch-l.lists.fishliaison.org.uk>"),
          ("List-Unsubscribe", "<mailto:fishwatch-l-leave@lists.fishliaison.org.uk>"), ("MIME-Version", "1.0")]
    return "".join(f"{k}: {v}\n" for k, v in h)


def _b64(s):
    b = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"


def _qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def part(ctype, body, cte):
    if cte == "base64":
        enc = _b64(body)
    elif cte == "quoted-printable":
        enc = _qp(body)
    else:
        enc = body
    return f"Content-Type: {ctype}; charset=\"utf-8\"\nContent-Transfer-Encoding: {cte}\n\n{enc}"


def esc_from(s):
    return "\n".join(">" + ln if ln.startswith("From ") or ln.startswith(">From ") else ln for ln in s.split("\n"))


def h(s):
    import html as _h
    return _h.escape(s, quote=False)


def build_mb():
    msgs = []
    all_aids = ["cpa-cod-advice", "pr-visa", "bh-visa", "dct-tieup2", "dct-minister", "mhj-rope", "af-shrimp-corr",
                "cpa-anchovy", "blog-swaps", "nsr-exports-oct", "cpa-mackerel", "bh-landings-oct", "cq-bass"]
    for a in all_aids:
        mn(a, LIST_FOOT_MN)

    def add(envelope, headers, body):
        msgs.append(f"From {envelope}\n" + headers + body.rstrip("\n") + "\n\n")

    # 1 pasted wire story, re-typeset (straight quotes) and wrapped at 72
    aid = "cpa-cod-advice"
    ps = V(aid, st=True)
    intro = ["Morning all,", "", "This came over the CPA wire first thing. Grim reading for the processors --",
             "the Russians will fight it, but the direction is clear.", "",
             "Coastline Press Agency, 6 Oct 2026", "SCIENTISTS URGE 28% CUT IN NORTHERN COD CATCH",
             "By Marit Solheim", ""]
    sig = ["Hamish", "", "-- ", "Hamish Reid | Policy Officer | North East Fish Processors' Forum",
           "t. 01779 470 112"]
    txt = "\n".join(intro + block(ps, 72) + sig) + "\n" + LIST_FOOT + "\n"
    add("hamish.reid@nefpf.org.uk Tue Oct  6 09:14:22 2026",
        _hdr("Hamish Reid <hamish.reid@nefpf.org.uk>", "[fishwatch-l] Barents cod advice -- 28% cut",
             "Tue, 06 Oct 2026 10:14:22 +0100", "5f1c2a90.4d3e@nefpf.org.uk"),
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n" + esc_from(txt))
    reg(aid, F_MB, ps, ["Coastline Press Agency, 6 Oct 2026", "By Marit Solheim", "SCIENTISTS URGE 28% CUT",
                        "Hamish Reid | Policy Officer | North East Fish Processors' Forum",
                        "Grim reading for the processors", "[fishwatch-l] Barents cod advice -- 28% cut"],
        u=None)

    # 2 reply quoting two lines (not an article)
    q = wrap(straight(ART[aid]["paras"][0]), 72).split("\n")[:2]
    txt = ("Hamish Reid wrote:\n" + "\n".join("> " + x for x in q) +
           "\n\nThe Russian zone survey point is fair, for what it's worth. Their vessel was\n"
           "laid up for half of February. Expect a number nearer 15 than 28.\n\nIngrid\n\n"
           "Sent from my iPhone\n" + LIST_FOOT + "\n")
    add("ingrid.leask@shetlandfish.org Tue Oct  6 11:02:51 2026",
        _hdr("Ingrid Sandison <ingrid.leask@shetlandfish.org>", "Re: [fishwatch-l] Barents cod advice -- 28% cut",
             "Tue, 06 Oct 2026 12:02:51 +0100", "A3F0-77C1@shetlandfish.org",
             [("In-Reply-To", "<5f1c2a90.4d3e@nefpf.org.uk>")]),
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n" + esc_from(txt))

    # 3 Gmail forward of the press release, base64
    aid = "pr-visa"
    ps = V(aid)
    fwd = ["FYI -- the SWPA release the papers are running with. Worth reading the crew survey figures.", "",
           "Kirsty", "", "---------- Forwarded message ---------",
           "From: SWPA Press Office <press@swpa.org.uk>", "Date: Wed, 14 Oct 2026 at 11:02",
           "Subject: PRESS RELEASE: SWPA calls for dedicated visa route for fishing crews",
           "To: <newsdesk@buchanherald.co.uk>", "", "",
           "PRESS RELEASE \u2013 FOR IMMEDIATE RELEASE", "14 October 2026", "",
           ART[aid]["title"], ""] + block(ps) + [
           "ENDS", "", "Notes to editors: The SWPA crew survey was sent to 112 member vessels in September 2026; "
           "87 replied.", "Media contact: Fiona Cargill, SWPA Press Office, 01224 000 317, press@swpa.org.uk", ""]
    txt = "\n".join(fwd) + "\n" + LIST_FOOT + "\n"
    add("kirsty.mair@gmail.com Thu Oct 15 07:48:10 2026",
        _hdr("Kirsty Mair <kirsty.mair@gmail.com>", "[fishwatch-l] Fwd: PRESS RELEASE: SWPA calls for dedicated "
             "visa route for fishing crews", "Thu, 15 Oct 2026 08:48:10 +0100",
             "CAH7q+xY3kd9@mail.gmail.com"),
        part("text/plain", txt, "base64"))
    reg(aid, F_MB, ps, ["PRESS RELEASE \u2013 FOR IMMEDIATE RELEASE", "---------- Forwarded message ---------",
                        "From: SWPA Press Office <press@swpa.org.uk>",
                        "Notes to editors: The SWPA crew survey was sent to 112 member vessels",
                        "Media contact: Fiona Cargill, SWPA Press Office", "Worth reading the crew survey figures"])

    # 4 HTML-only, quoted-printable: the Buchan Herald's rewrite of the release
    aid = "bh-visa"
    ps = V(aid)
    html = ("<html><head><meta charset=\"utf-8\"></head><body>\n"
            "<div dir=\"ltr\"><p>And here is how the Herald wrote it up this morning:</p>\n"
            f"<h2 style=\"font-family:Georgia,serif\">{h(ART[aid]['title'])}</h2>\n"
            "<p><em>By Kirsty Mair | Buchan Herald | 15 October 2026</em></p>\n" +
            "\n".join(f"<p>{h(p)}</p>" for p in ps) +
            "\n<p style=\"color:#888\">\u2014<br>Alasdair Buchan<br>Scottish Whitefish Producers\u2019 "
            "Association</p></div>\n<div style=\"font-size:11px;color:#666\">fishwatch-l mailing list -- "
            "fishwatch-l@lists.fishliaison.org.uk<br>To unsubscribe send an email to "
            "fishwatch-l-leave@lists.fishliaison.org.uk</div>\n</body></html>\n")
    add("alasdair.buchan@swpa.org.uk Thu Oct 15 09:30:00 2026",
        _hdr("Alasdair Buchan <alasdair.buchan@swpa.org.uk>", "[fishwatch-l] Herald coverage of crew visa call",
             "Thu, 15 Oct 2026 10:30:00 +0100", "0a9b1c@swpa.org.uk"),
        part("text/html", html, "quoted-printable"))
    reg(aid, F_MB, ps, ["By Kirsty Mair | Buchan Herald | 15 October 2026",
                        "And here is how the Herald wrote it up this morning"])

    # 5 two Donegal stories in one message, base64 text/plain
    ps1, ps2 = V("dct-tieup2"), V("dct-minister")
    txt = "\n".join(["Two from the Donegal Coast Times for the record, as the tie-up ends.", "",
                     "1) " + ART["dct-tieup2"]["title"], "Siobh\u00e1n Gallagher, Donegal Coast Times, "
                     "Friday 9 October 2026", ""] + block(ps1) + [
                     "2) " + ART["dct-minister"]["title"], "Siobh\u00e1n Gallagher, Donegal Coast Times, 14/10/2026",
                     ""] + block(ps2) + ["Slán,", "Declan", ""]) + "\n" + LIST_FOOT + "\n"
    add("declan.mcbride@killybegsfpo.ie Thu Oct 15 16:20:41 2026",
        _hdr("Declan McBride <declan.mcbride@killybegsfpo.ie>", "[fishwatch-l] Killybegs tie-up over",
             "Thu, 15 Oct 2026 17:20:41 +0100", "20261015162041.KFPO@killybegsfpo.ie"),
        part("text/plain", txt, "base64"))
    reg("dct-tieup2", F_MB, ps1, ["Siobh\u00e1n Gallagher, Donegal Coast Times, Friday 9 October 2026",
                                  "Two from the Donegal Coast Times for the record"])
    reg("dct-minister", F_MB, ps2, ["Siobh\u00e1n Gallagher, Donegal Coast Times, 14/10/2026",
                                    "Two from the Donegal Coast Times for the record"])

    # 6 multipart/alternative text + html (QP): one copy of the Maine rope story
    aid = "mhj-rope"
    ps = V(aid)
    u = url(aid)
    t_txt = "\n".join(["Passing this on from our colleagues in Maine -- the same fight we will have here.", "",
                       ART[aid]["title"], "Maine Harbor Journal, Oct. 14, 2026", "By Caleb Thornquist", u, ""] +
                      block(ps) + ["Best,", "Sarah Okafor", "Seafish Policy Network", ""]) + LIST_FOOT + "\n"
    t_html = ("<html><body><p>Passing this on from our colleagues in Maine -- the same fight we will have here.</p>"
              f"<p><b><a href=\"{u}\">{h(ART[aid]['title'])}</a></b><br>Maine Harbor Journal, Oct. 14, 2026<br>"
              "By Caleb Thornquist</p>\n" + "\n".join(f"<p>{h(p)}</p>" for p in ps) +
              "\n<p>Best,<br>Sarah Okafor<br>Seafish Policy Network</p></body></html>\n")
    bnd = "000000000000b1e2f3a4c5d6e7f8"
    body = (f"Content-Type: multipart/alternative; boundary=\"{bnd}\"\n\n--{bnd}\n" +
            part("text/plain", t_txt, "quoted-printable") + f"\n--{bnd}\n" +
            part("text/html", t_html, "quoted-printable") + f"\n--{bnd}--\n")
    add("s.okafor@seafishpolicy.net Fri Oct 16 13:05:09 2026",
        _hdr("Sarah Okafor <s.okafor@seafishpolicy.net>", "[fishwatch-l] Maine lobstermen sue over whale rules",
             "Fri, 16 Oct 2026 14:05:09 +0100", "CAJ9z81LmP@mail.seafishpolicy.net"), body)
    reg(aid, F_MB, ps, ["Maine Harbor Journal, Oct. 14, 2026", "By Caleb Thornquist", "Seafish Policy Network",
                        "Passing this on from our colleagues in Maine"], u=u)

    # 7 Outlook forward of the corrected shrimp story, 8bit
    aid = "af-shrimp-corr"
    ps = V(aid)
    txt = "\n".join(["Note the correction -- the first version had the figures the wrong way round.", "",
                     "Paul", "", "________________________________",
                     "From: Atlantic Fisherman Alerts <alerts@atlanticfisherman.ca>",
                     "Sent: Saturday, October 17, 2026 9:12 AM", "To: Paul Drover",
                     f"Subject: {ART[aid]['title']}", "",
                     "The Atlantic Fisherman | Oct. 17, 2026 | By Dana Kearley", ""] + block(ps) + [
                     "You are receiving this alert because you follow Harvesting at atlanticfisherman.ca.",
                     "Manage alerts | Unsubscribe", ""]) + LIST_FOOT + "\n"
    add("pdrover@fishharvesters.nl.ca Sat Oct 17 14:30:02 2026",
        _hdr("Paul Drover <pdrover@fishharvesters.nl.ca>", "[fishwatch-l] FW: " + ART[aid]["title"],
             "Sat, 17 Oct 2026 11:00:02 -0230", "DM6PR11MB4441.namprd11.prod.outlook.com"),
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n" + esc_from(txt))
    reg(aid, F_MB, ps, ["The Atlantic Fisherman | Oct. 17, 2026 | By Dana Kearley",
                        "From: Atlantic Fisherman Alerts <alerts@atlanticfisherman.ca>",
                        "Sent: Saturday, October 17, 2026 9:12 AM",
                        "You are receiving this alert because you follow Harvesting",
                        "Note the correction -- the first version"])

    # 8 Peru anchovy wire, last paragraph snipped
    aid = "cpa-anchovy"
    ps = V(aid, trim=1)
    txt = "\n".join(["Relevant for anyone watching feed prices.", "",
                     f"{ART[aid]['title']} (Coastline Press Agency, 29 October 2026, Lucía Paredes)", ""] +
                    block(ps) + ["[...]", "", "M.", ""]) + LIST_FOOT + "\n"
    add("m.haugen@feedwatch.no Thu Oct 29 18:44:10 2026",
        _hdr("Marte Haugen <m.haugen@feedwatch.no>", "[fishwatch-l] Peru anchovy season suspended",
             "Thu, 29 Oct 2026 19:44:10 +0100", "d83b@feedwatch.no"),
        part("text/plain", txt, "quoted-printable"))
    reg(aid, F_MB, ps, ["(Coastline Press Agency, 29 October 2026, Lucía Paredes)",
                        "Relevant for anyone watching feed prices."])

    # 9 blog post, no date anywhere
    aid = "blog-swaps"
    ps = V(aid)
    txt = "\n".join(["Found this on a skipper's blog -- there's no date on the post that I can see, but it's",
                     "been doing the rounds on the quay this week. Good plain explanation.", "",
                     ART[aid]["title"], "Robbie Strachan, The Trawlerman\u2019s Log", ""] + block(ps) +
                    ["Cheers", "Ally", ""]) + LIST_FOOT + "\n"
    add("ally.noble@fraserburghfish.co.uk Fri Oct 30 20:11:37 2026",
        _hdr("Ally Noble <ally.noble@fraserburghfish.co.uk>", "[fishwatch-l] Quota swaps explained (blog)",
             "Fri, 30 Oct 2026 20:11:37 +0000", "ally.1030@fraserburghfish.co.uk"),
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n" + esc_from(txt))
    reg(aid, F_MB, ps, ["Robbie Strachan, The Trawlerman\u2019s Log", "there's no date on the post"])

    # 10 reply, not an article
    txt = ("Thanks Ally -- I'll use this with the new trainees at the college.\n\nRegards,\nMorven\n\n-- \n"
           "Morven Sutherland\nLecturer, Marine Operations, North Highland College\n") + LIST_FOOT + "\n"
    add("m.sutherland@nhc.ac.uk Sat Oct 31 09:01:55 2026",
        _hdr("Morven Sutherland <m.sutherland@nhc.ac.uk>", "Re: [fishwatch-l] Quota swaps explained (blog)",
             "Sat, 31 Oct 2026 09:01:55 +0000", "MS-20261031@nhc.ac.uk",
             [("In-Reply-To", "<ally.1030@fraserburghfish.co.uk>")]),
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n" + txt)

    # 11 Norwegian exports, with a tracking link (8bit)
    aid = "nsr-exports-oct"
    ps = V(aid)
    u = url(aid)
    txt = "\n".join(["October export numbers are out.", "",
                     f"Source: Nordic Seafood Report, 4 November 2026 -- "
                     f"{u}?utm_source=newsletter&utm_medium=email&utm_campaign=daily", "",
                     ART[aid]["title"].upper(), "Eirik Haugland", ""] + block(ps, 76) + ["Lars", ""]) + \
        LIST_FOOT + "\n"
    add("lars.brekke@seafoodanalytics.no Wed Nov  4 09:30:00 2026",
        _hdr("Lars Brekke <lars.brekke@seafoodanalytics.no>", "[fishwatch-l] Norway seafood exports, October",
             "Wed, 04 Nov 2026 10:30:00 +0100", "lb-exp-oct@seafoodanalytics.no"),
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n" + esc_from(txt))
    reg(aid, F_MB, ps, ["Source: Nordic Seafood Report, 4 November 2026", "October export numbers are out."], u=u)

    # 12 HTML-only, base64 (Apple Mail): the mackerel deal, wire original
    aid = "cpa-mackerel"
    ps = V(aid)
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"word-wrap: break-word;\"><div>Finally.</div><div><br></div>"
            f"<div><b>{h(ART[aid]['title'])}</b></div><div>Coastline Press Agency \u2014 22/10/2026 \u2014 "
            "Anders Vik</div><div><br></div>" +
            "".join(f"<div>{h(p)}</div><div><br></div>" for p in ps) +
            "<div>Sent from my iPad</div></body></html>\n")
    add("eoin.mcgettigan@icloud.com Thu Oct 22 23:59:12 2026",
        _hdr("Eoin McGettigan <eoin.mcgettigan@icloud.com>", "[fishwatch-l] Mackerel deal done",
             "Thu, 22 Oct 2026 23:59:12 +0100", "8E2F1A3B-77C4-4D1E-9A0B@icloud.com"),
        part("text/html", html, "base64"))
    reg(aid, F_MB, ps, ["Coastline Press Agency \u2014 22/10/2026 \u2014 Anders Vik"])

    # 13 Peterhead October landings, lightly edited, a body line starting with From (mboxo-escaped)
    aid = "bh-landings-oct"
    ps = V(aid, edited=True)
    txt = "\n".join(["From today's Buchan Herald, Wednesday 4 November 2026:", "", ART[aid]["title"],
                     "by Iain Cruickshank", ""] + block(ps, 72) + ["Neil", ""]) + LIST_FOOT + "\n"
    add("neil.duthie@duthiefishing.co.uk Wed Nov  4 12:12:12 2026",
        _hdr("Neil Duthie <neil.duthie@duthiefishing.co.uk>", "[fishwatch-l] Peterhead October figures",
             "Wed, 04 Nov 2026 12:12:12 +0000", "nd-1104@duthiefishing.co.uk"),
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n" + esc_from(txt))
    reg(aid, F_MB, ps, ["From today's Buchan Herald, Wednesday 4 November 2026:", "by Iain Cruickshank"])

    # 14 Cornish bass, wrapped 66
    aid = "cq-bass"
    ps = V(aid)
    txt = "\n".join(["Cornish Quay, 2 November 2026, by Tamsin Hocking", ART[aid]["title"], ""] +
                    block(ps, 66) + ["Lowenna's quote is the one the anglers' forums are sharing.", "", "Jo", ""]) + \
        LIST_FOOT + "\n"
    add("jo.pascoe@cornwallifca.example.org Wed Nov  4 17:40:40 2026",
        _hdr("Jo Pascoe <jo.pascoe@cornwallifca.example.org>", "[fishwatch-l] Bass meeting in Penzance",
             "Wed, 04 Nov 2026 17:40:40 +0000", "jp-bass@cornwallifca.example.org"),
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n" + esc_from(txt))
    reg(aid, F_MB, ps, ["Cornish Quay, 2 November 2026, by Tamsin Hocking",
                        "Lowenna's quote is the one the anglers' forums are sharing."])

    write(F_MB, "".join(msgs))


# ---------------------------------------------------------------- trafilatura JSON lines
# (aid, synd, extra)
TF_RECS = [
    ("cpa-ghana", None, {}),
    ("cpa-cod-advice", "bh", {}),
    ("sfn-roughy", None, {}),
    ("dct-tieup", None, {"junk": "Read more: Killybegs processors warn of layoffs"}),
    ("nsr-exports-sep", None, {}),
    ("mhj-rope", None, {"comments": "Wendell is right. Put the closures where the whales are, not where the "
                                   "lobster is. -- Downeast Dan"}),
    ("st-visa", None, {"junk": "Read more: Council backs harbour apprenticeship scheme"}),
    ("gcm-premix", None, {}),
    ("bh-dredging", None, {}),
    ("cpa-mackerel", "nsr", {}),
    ("cpa-mackerel", "ftg", {}),
    ("cq-pilchards", None, {}),
    ("af-capelin", None, {}),
    ("LISTING", None, {}),
    ("mhj-bait", None, {}),
    ("cpa-anchovy", "nsr", {}),
    ("st-launch", None, {}),
    ("che-trawler", None, {}),
    ("blog-swaps", None, {}),
    ("nsr-tax", None, {}),
    ("nsr-exports-oct", None, {}),
]


def build_tf():
    lines = []
    for n, (aid, synd, x) in enumerate(TF_RECS):
        fp = f"{(n * 0x9E3779B97F4A7C15 + 0x6A09E667F3BCC908) % 16 ** 16:016x}"
        if aid == "LISTING":
            heads = [ART[a]["title"] for a in ("bh-landings-oct", "bh-dredging", "bh-auction", "bh-rescue")]
            rec = {"title": "Fishing | Buchan Herald", "author": None, "hostname": "buchanherald.co.uk",
                   "date": "2026-11-04", "fingerprint": fp, "id": None, "license": None, "comments": "",
                   "raw_text": " ".join(heads), "text": "\n".join(heads), "language": "en",
                   "image": None, "pagetype": "website", "filedate": "2026-11-05",
                   "source": "https://www.buchanherald.co.uk/news/fishing/",
                   "source-hostname": "Buchan Herald", "excerpt": "The latest fishing news from the north-east.",
                   "categories": "", "tags": ""}
            lines.append(json.dumps(rec, ensure_ascii=False))
            continue
        a = ART[aid]
        ps = V(aid, synd=synd)
        u = url(aid, synd)
        tp = list(ps)
        if x.get("junk"):
            tp.insert(2, x["junk"])
        site = outlet(aid, synd)
        rec = {"title": title(aid, synd), "author": "; ".join(a["authors"]) or None,
               "hostname": host(u).replace("www.", ""), "date": a["date"], "fingerprint": fp, "id": None,
               "license": None, "comments": x.get("comments", ""), "raw_text": " ".join(tp), "text": "\n".join(tp),
               "language": "en", "image": f"https://{host(u)}/images/2026/{n:03d}-lead.jpg", "pagetype": "article",
               "filedate": "2026-11-05", "source": u, "source-hostname": site,
               "excerpt": " ".join(ps[0].split()[:18]) + " \u2026", "categories": "News;Fishing",
               "tags": "fishing;" + aid.split("-")[1]}
        lines.append(json.dumps(rec, ensure_ascii=False))
        reg(aid, F_TF, ps, [x.get("junk", ""), x.get("comments", ""), rec["excerpt"]], synd=synd, u=u)
    write(F_TF, "\n".join(lines) + "\n")
