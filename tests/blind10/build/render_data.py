# -*- coding: utf-8 -*-
"""Record formats: a JSON lines export of a clipping service, a plain (uncompressed) WARC with three HTML
responses, and an mbox with three messages."""
import json
import quopri

import render_markup
from common import (F_JL, F_MB, F_WA, ART, P, T, block, reg, straight, wrap, write, write_bytes)


# ---------------------------------------------------------------- JSON lines
def build_jl():
    recs = [
        ("nsc-happisburgh-rollback", "By Eleanor Pryce", "2026-10-14T06:00:00+01:00", "curly",
         ["Follow the North Sea Courier on Google News and never miss a story from the Norfolk coast."], None),
        ("bb-grand-isle-levee", "Story by Jolie Thibodeaux", "2026-10-30T05:42:00-05:00", "straight",
         ["Get breaking news alerts: text BAYOU to 55512"], None),
        ("bc-saline-farms", "Farzana Akter | Staff Correspondent, Khulna", "2026-12-01T08:00:00+06:00", "curly",
         ["Follow The Bay Chronicle on WhatsApp for the latest updates."], None),
        ("bc-cyclone-shelters", "Rezaul Karim, Barishal", "2026-11-09T18:40:00+06:00", "curly",
         ["Follow The Bay Chronicle on WhatsApp for the latest updates.",
          "Rezaul Karim is The Bay Chronicle's correspondent in Barishal."], None),
        ("pth-tide-nov", "", "2026-12-02T07:00:00+12:00", "curly", [], None),
        ("pth-tide-oct", "", "2026-11-03T07:00:00+12:00", "curly", [], None),
        ("ll-maeslant", "", "2026-12-04T08:15:00+01:00", "curly",
         ["The Lowlands Ledger is independent and free to read. Support us from €3 a month."], None),
        ("kcl-managed-retreat", "Ellie Brandt", "2026-10-28T06:00:00+13:00", "curly", [], None),
        ("tns-pacific-finance", "Luis Ortega", "2026-11-26T09:20:00Z", "curly",
         ["(Reporting by Luis Ortega; Editing by Paul Grady)"], None),
        ("bnc-hemsby-storm", "Tom Ashdown", "2026-11-03T07:14:22Z", "curly", [], None),
        ("gcr-insurance", "Dana Okafor", "2026-11-20T06:00:00-06:00", "curly",
         ["Dana Okafor covers business and insurance for the Gulf Coast Record."], None),
        ("vcm-fuvemeh", "Words: Akosua Agbeko", "2026-10-16T07:30:00+00:00", "curly",
         ["READ ALSO: Keta sea defence phase two stalls as waves return"], 1),
        ("hg-skipsea-caravans", "Rachel Denby", "2026-10-22T17:00:00+01:00", "curly",
         ["Got a story? Email newsdesk@holdernessgazette.co.uk or call 01964 500 500."], None),
        ("tns-galveston-dunes", "Luis Ortega", "2026-10-21T11:30:00-05:00", "curly",
         ["(Reporting by Luis Ortega; Editing by Paul Grady)"], None),
        ("bnc-thames-barrier", "", "2026-12-02T10:48:00Z", "curly", [], None),
        ("ll-delta-plan", "Pieter van Dam", "2026-11-17T13:10:00+01:00", "straight",
         ["The Lowlands Ledger is independent and free to read. Support us from €3 a month."], None),
        ("vcm-ada-foah", "Akosua Agbeko", "2026-12-03T09:00:00+00:00", "curly", [], None),
        ("bc-kutubdia", "Rezaul Karim, Cox's Bazar", "2026-11-10T12:00:00+06:00", "curly",
         ["Follow The Bay Chronicle on WhatsApp for the latest updates."], None),
        ("gcr-chandeleur", "By Marcus Leblanc", "2026-10-09T06:00:00-05:00", "curly",
         ["Marcus Leblanc covers coastal restoration for the Gulf Coast Record. Reach him at mleblanc@gulfcoastrecord.com."], None),
        ("tns-lome-pact", "Ama Owusu, Tidewater News Service", "2026-11-11T19:30:00+00:00", "curly",
         ["Follow the Accra Evening Star on WhatsApp: text STAR to 1444"], None),
        ("ll-harlingen", "", "2026-10-23T18:30:00+02:00", "curly",
         ["Have you spotted an error? Let us know at corrections@lowlandsledger.nl."], None),
        ("bb-lafourche-pumps", "Jolie Thibodeaux", "2026-12-04T16:20:00-06:00", "curly",
         ["Jolie Thibodeaux covers Grand Isle, Lafourche and lower Jefferson Parish for the Bayou Bulletin."], 2),
    ]
    trims = {"kcl-managed-retreat": 1}
    lines = []
    for n, (a, byline, pub, typo, junk, at) in enumerate(recs):
        A = ART[a]
        synd = a == "tns-lome-pact"
        ps = P(a, trim=trims.get(a, 0), credit=synd)
        if typo == "straight":
            ps = [straight(p) for p in ps]
        text_ps = list(ps)
        for j in junk:
            if at is None:
                text_ps.append(j)
            else:
                text_ps.insert(at, j)
        if a == "bb-grand-isle-levee":
            text_ps.insert(1, "Advertisement")
        outlet = A["synd_outlet"] if synd else A["outlet"]
        url = A["synd_url"] if synd else A["url"]
        domain = url.split("/")[2] if url else None
        rec = {"id": f"cc-2026-12-{n + 1:04d}", "collection": "coastal-clips", "lang": "en",
               "source": {"name": outlet, "domain": domain}, "url": url, "title": A["synd_title"] if synd else A["title"],
               "byline": byline, "published": pub, "scraped_at": "2026-12-06T03:12:%02dZ" % n,
               "text": "\n\n".join(text_ps), "word_count": len(" ".join(ps).split())}
        if typo == "straight":
            rec["title"] = straight(A["title"])
        lines.append(json.dumps(rec, ensure_ascii=False))
        mns = list(junk) + (["Advertisement"] if a == "bb-grand-isle-levee" else [])
        reg(a, F_JL, ps, mns)
    write(F_JL, "\n".join(lines) + "\n")


# ---------------------------------------------------------------- WARC (uncompressed)
def build_wa():
    def record(headers, block_bytes):
        h = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + f"Content-Length: {len(block_bytes)}\r\n\r\n"
        return h.encode("utf-8") + block_bytes + b"\r\n\r\n"

    info = ("software: Heritrix/3.4.0\r\nhostname: crawl03.coastarchive.example.org\r\nformat: WARC File Format 1.0\r\n"
            "operator: Coastal Archive Project\r\ndescription: Sea defence seed list, weekly crawl\r\n").encode()
    out = [record([("WARC-Type", "warcinfo"), ("WARC-Date", "2026-12-05T02:00:00Z"),
                   ("WARC-Filename", "crawl-20261205-seadefence.warc"),
                   ("WARC-Record-ID", "<urn:uuid:4b1e0c52-2f0a-4e57-9d1c-000000000001>"),
                   ("Content-Type", "application/warc-fields")], info)]
    pages = [("ll-zandmotor", render_markup.ll_page(), ART["ll-zandmotor"]["url"], "2026-12-05T02:03:11Z"),
             ("tns-galveston-dunes", render_markup.cbt_page(), ART["tns-galveston-dunes"]["synd_url"], "2026-12-05T02:04:52Z"),
             ("kcl-paekakariki", render_markup.kc_page("kcl-paekakariki"), ART["kcl-paekakariki"]["url"], "2026-12-05T02:06:30Z")]
    for n, (a, (page, ps, mns), url, date) in enumerate(pages, 2):
        body = page.encode("utf-8")
        http = (f"HTTP/1.1 200 OK\r\nDate: Sat, 05 Dec 2026 02:0{n}:00 GMT\r\nServer: nginx\r\n"
                f"Content-Type: text/html; charset=UTF-8\r\nContent-Length: {len(body)}\r\n"
                f"Cache-Control: max-age=300\r\n\r\n").encode() + body
        out.append(record([("WARC-Type", "response"), ("WARC-Record-ID", f"<urn:uuid:4b1e0c52-2f0a-4e57-9d1c-00000000000{n}>"),
                           ("WARC-Date", date), ("WARC-Target-URI", url), ("WARC-IP-Address", "203.0.113.%d" % (10 + n)),
                           ("Content-Type", "application/http; msgtype=response")], http))
        reg(a, F_WA, ps, mns)
    write_bytes(F_WA, b"".join(out))


# ---------------------------------------------------------------- mbox
def build_mb():
    msgs = []
    # 1. forwarded Bay Chronicle story, re-wrapped at 72
    a = "bc-cyclone-shelters"
    ps = P(a)
    fwd = ["Hi all,", "", "Forwarding this from the Chronicle -- the shelters held up far better than in",
           "2020. Worth a line in the December newsletter?", "", "Rumana", "",
           "---------- Forwarded message ---------", "From: The Bay Chronicle <alerts@baychronicle.com.bd>",
           "Date: Mon, 9 Nov 2026 at 19:02", "Subject: Breaking: Cyclone Jhilik: 1.2 million moved to shelters", "",
           T(a), "Rezaul Karim | Barishal | 9 November 2026", ""] + block(ps, 72) + [
           ART[a]["url"], "", "You are receiving this alert because you subscribed at baychronicle.com.bd.",
           "Manage your alerts | Unsubscribe"]
    body = "\n".join(fwd) + "\n"
    msgs.append(("From rumana.islam@floodnet.example.org Mon Nov  9 14:20:11 2026",
                 [("From", "Rumana Islam <rumana.islam@floodnet.example.org>"), ("To", "coast-team@floodnet.example.org"),
                  ("Subject", "Fwd: Breaking: Cyclone Jhilik: 1.2 million moved to shelters"),
                  ("Date", "Mon, 09 Nov 2026 14:20:11 +0000"), ("Message-ID", "<c91a.20261109142011@floodnet.example.org>"),
                  ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
                  ("Content-Transfer-Encoding", "8bit")], body.encode("utf-8")))
    reg(a, F_MB, ps, ["Forwarding this from the Chronicle -- the shelters held up far better than in",
                      "---------- Forwarded message ---------", "Rezaul Karim | Barishal | 9 November 2026",
                      "You are receiving this alert because you subscribed at baychronicle.com.bd.",
                      "Manage your alerts | Unsubscribe", "Rumana"])
    # 2. the Herald's weekly newsletter (multipart/alternative); one sentence edited
    a = "pth-kiribati-seawall"
    ps = P(a, edited=True)
    intro = "Bula vinaka, and welcome to This Week in the Pacific, our Friday newsletter."
    foot = ["You are receiving this email because you signed up at pacifictidesherald.com.fj.",
            "Pacific Tides Herald Ltd, 20 Gordon Street, Suva, Fiji", "Update your preferences | Unsubscribe"]
    plain = "\n".join([intro, "", "TOP STORY", "", T(a), "By Mere Tuilagi", ""] + block(ps) +
                      ["Read it on our website: " + ART[a]["url"], "", "ALSO THIS WEEK",
                       "Tide gauge report: Suva, November 2026 -- out Wednesday", ""] + foot) + "\n"
    htmlp = ("<html><body><p>" + intro + "</p><h2>TOP STORY</h2><h1>" + T(a) + "</h1><p><i>By Mere Tuilagi</i></p>" +
             "".join(f"<p>{p}</p>" for p in ps) + f'<p><a href="{ART[a]["url"]}">Read it on our website</a></p>' +
             "<hr><p>" + "<br>".join(foot) + "</p></body></html>\n")
    bnd = "=_herald_nl_20261127"
    mime = (f"--{bnd}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + plain +
            f"\n--{bnd}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" +
            quopri.encodestring(htmlp.encode("utf-8")).decode("ascii") + f"\n--{bnd}--\n")
    msgs.append(("From newsletter@pacifictidesherald.com.fj Fri Nov 27 06:00:02 2026",
                 [("From", "Pacific Tides Herald <newsletter@pacifictidesherald.com.fj>"),
                  ("To", "rumana.islam@floodnet.example.org"),
                  ("Subject", "This Week in the Pacific: a village builds its own sea wall"),
                  ("Date", "Fri, 27 Nov 2026 06:00:02 +1200"), ("Message-ID", "<nl-20261127.0001@pacifictidesherald.com.fj>"),
                  ("MIME-Version", "1.0"), ("Content-Type", f'multipart/alternative; boundary="{bnd}"')],
                 mime.encode("utf-8")))
    reg(a, F_MB, ps, [intro, "TOP STORY", "By Mere Tuilagi", "ALSO THIS WEEK",
                      "Tide gauge report: Suva, November 2026 -- out Wednesday"] + foot)
    # 3. a colleague's paste of the Walcott story, last paragraph left out
    a = "nsc-walcott-defences"
    ps = P(a, trim=1)
    text = "\n".join(["Rumana,", "", "Here is the Courier piece I mentioned on the call (3 December):", "", T(a),
                      "Owen Griffiths", ""] + block(ps, 72) +
                     ["[I've left off the last paragraph, it's just the parish council bit]", "",
                      "Best,", "Tom", "", "--", "Tom Whitlock | Coastal Partnership East",
                      "This email and any attachments are confidential and intended solely for the addressee."]) + "\n"
    msgs.append(("From t.whitlock@coastalpartnershipeast.example.org Fri Dec  4 10:31:45 2026",
                 [("From", "Tom Whitlock <t.whitlock@coastalpartnershipeast.example.org>"),
                  ("To", "rumana.islam@floodnet.example.org"), ("Subject", "Walcott wall - Courier story"),
                  ("Date", "Fri, 04 Dec 2026 10:31:45 +0000"), ("Message-ID", "<20261204103145.tw@cpe.example.org>"),
                  ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
                  ("Content-Transfer-Encoding", "quoted-printable")],
                 quopri.encodestring(text.encode("utf-8"))))
    reg(a, F_MB, ps, ["Here is the Courier piece I mentioned on the call (3 December):",
                      "[I've left off the last paragraph, it's just the parish council bit]",
                      "Tom Whitlock | Coastal Partnership East",
                      "This email and any attachments are confidential and intended solely for the addressee."])
    out = b""
    for frm, hdrs, body in msgs:
        body = body.replace(b"\nFrom ", b"\n>From ")
        out += (frm + "\n" + "".join(f"{k}: {v}\n" for k, v in hdrs) + "\n").encode("utf-8") + body
        if not out.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    write_bytes(F_MB, out)
