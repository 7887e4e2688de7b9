# -*- coding: utf-8 -*-
"""Data dumps: a NewsML-G2 newsMessage from a wire service (XML), a media-monitor CSV export with HTML in the
body column (UTF-8 with BOM, CRLF, month-first dates), a news-API JSON lines dump (nested source/authors objects,
ASCII-escaped)."""
import csv
import io
import json
from xml.sax.saxutils import escape as xesc, quoteattr

from common import (ART, F_CSV, F_JL, F_NM, P, T, esc, reg, straight, wrap, write)


# ================================================================== NewsML-G2
def build_nm():
    items = [
        ("cew-kenya-research-fund", dict(guid="urn:newsml:cedwire.org:20250415:KE-RESEARCH-FUND", ver=2,
                                         first="2025-04-15T10:30:00+03:00", vc="2025-04-16T09:12:00+03:00",
                                         ednote="Corrects the spelling of the board chairperson's name in paragraph 3.",
                                         city="Nairobi", cc="KE", country="Kenya", slug="KENYA-EDUCATION/RESEARCH",
                                         dateline="NAIROBI, April 15",
                                         summary="Endowment to fund 240 early-career awards; applications open May 5.",
                                         kw=["research funding", "early-career researchers", "Kenya"])),
        ("cew-ghana-scholarships", dict(guid="urn:newsml:cedwire.org:20250411:GH-SCHOLARSHIPS", ver=1,
                                        first="2025-04-11T12:00:00+00:00", vc="2025-04-11T12:00:00+00:00",
                                        city="Accra", cc="GH", country="Ghana", slug="GHANA-EDUCATION/SCHOLARSHIPS",
                                        dateline="ACCRA, April 11",
                                        summary="Overseas budget cut to 210 million cedis; no new undergraduate "
                                                "awards abroad.",
                                        kw=["scholarships", "Ghana", "study abroad"])),
        ("cew-grad-scholarships", dict(guid="urn:newsml:cedwire.org:20250416:CA-GRAD-AWARDS", ver=1,
                                       first="2025-04-16T14:05:00-04:00", vc="2025-04-16T14:05:00-04:00",
                                       city="Ottawa", cc="CA", country="Canada", slug="CANADA-EDUCATION/SCHOLARSHIPS",
                                       dateline="OTTAWA, April 16",
                                       summary="Master's awards to rise to $27,000, doctoral awards to $40,000.",
                                       kw=["graduate scholarships", "Canada", "federal budget"])),
        ("cew-anu-cuts", dict(guid="urn:newsml:cedwire.org:20250428:AU-ANU-JOBS", ver=3,
                              first="2025-04-28T07:15:00+10:00", vc="2025-04-28T16:40:00+10:00",
                              ednote="Adds staff union reaction in paragraph 4.",
                              city="Canberra", cc="AU", country="Australia", slug="AUSTRALIA-EDUCATION/JOBS",
                              dateline="CANBERRA, April 28",
                              summary="Vice-chancellor says university has spent more than it earns for five years.",
                              kw=["job cuts", "Australian National University", "university finances"])),
    ]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">',
           '  <header>', '    <sent>2025-04-30T23:00:04Z</sent>', '    <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>',
           '    <sender>cedwire.org</sender>', '    <transmitId>CEW-EDU-20250430-0007</transmitId>',
           '    <priority>4</priority>', '    <origin>CEW Content Distribution Service</origin>',
           '    <destination>ARCHIVE-WEEKLY</destination>', '  </header>', '  <itemSet>']
    GEN = ["2025-04-30T23:00:04Z", "cedwire.org", "CEW-EDU-20250430-0007", "CEW Content Distribution Service",
           "ARCHIVE-WEEKLY", "Copyright 2025 Commonwealth Education Wire. All rights reserved.",
           "Subscriber use only. Not for redistribution without a content-sharing agreement."]
    for aid, o in items:
        a = ART[aid]
        ps = P(aid)
        wc = sum(len(p.split()) for p in ps)
        out += [f'    <newsItem guid="{o["guid"]}" version="{o["ver"]}" standard="NewsML-G2" standardversion="2.33" conformance="power" xml:lang="en">',
                '      <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>',
                '      <rightsInfo>',
                '        <copyrightHolder uri="http://www.cedwire.org"><name>Commonwealth Education Wire</name></copyrightHolder>',
                '        <copyrightNotice>Copyright 2025 Commonwealth Education Wire. All rights reserved.</copyrightNotice>',
                '        <usageTerms>Subscriber use only. Not for redistribution without a content-sharing agreement.</usageTerms>',
                '      </rightsInfo>',
                '      <itemMeta>',
                '        <itemClass qcode="ninat:text"/>',
                '        <provider qcode="nprov:CEW"><name>Commonwealth Education Wire</name></provider>',
                f'        <versionCreated>{o["vc"]}</versionCreated>',
                f'        <firstCreated>{o["first"]}</firstCreated>',
                '        <pubStatus qcode="stat:usable"/>']
        if o.get("ednote"):
            out += [f'        <edNote>{xesc(o["ednote"])}</edNote>', '        <signal qcode="sig:update"/>']
        out += [f'        <link rel="irel:seeAlso" contenttype="text/html" href={quoteattr(a["url"])}/>',
                '      </itemMeta>',
                '      <contentMeta>',
                '        <urgency>4</urgency>',
                f'        <contentCreated>{o["first"]}</contentCreated>',
                f'        <located type="cptype:city"><name>{o["city"]}</name><broader type="cptype:country" qcode="iso3166-1a2:{o["cc"]}"><name>{o["country"]}</name></broader></located>',
                f'        <creator role="crol:author"><name>{xesc(a["authors"][0])}</name></creator>',
                '        <infoSource role="cinfosrc:origsource" qcode="nprov:CEW"><name>Commonwealth Education Wire</name></infoSource>',
                '        <subject type="cpnat:abstract" qcode="medtop:05000000"><name xml:lang="en">education</name></subject>',
                '        <subject type="cpnat:abstract" qcode="medtop:20000413"><name xml:lang="en">university</name></subject>',
                '        <genre qcode="genre:Current"><name>Current</name></genre>',
                '        <language tag="en"/>',
                f'        <headline>{xesc(T(aid))}</headline>',
                f'        <slugline>{o["slug"]}</slugline>',
                f'        <by>By {xesc(a["authors"][0])}</by>',
                f'        <dateline>{o["dateline"]}</dateline>',
                f'        <description role="drol:summary">{xesc(o["summary"])}</description>']
        out += [f'        <keyword>{xesc(k)}</keyword>' for k in o["kw"]]
        out += ['      </contentMeta>',
                '      <contentSet>',
                f'        <inlineXML contenttype="application/xhtml+xml" wordcount="{wc}">',
                '          <html xmlns="http://www.w3.org/1999/xhtml">',
                f'            <head><title>{xesc(T(aid))}</title></head>',
                '            <body>']
        out += [f'              <p>{xesc(p)}</p>' for p in ps]
        out += ['            </body>', '          </html>', '        </inlineXML>', '      </contentSet>', '    </newsItem>']
        mn = GEN + [o["slug"], f"By {a['authors'][0]}", o["dateline"], o["summary"], o["vc"], o["guid"]] + \
            ([o["ednote"]] if o.get("ednote") else [])
        reg(aid, F_NM, ps, mn)
    out += ['  </itemSet>', '</newsMessage>', '']
    write(F_NM, "\n".join(out))


# ================================================================== media-monitor CSV
def build_csv():
    COLS = ["Item ID", "Date", "Time", "Source", "Media Type", "Page", "Headline", "Byline", "URL", "Country",
            "Language", "Reach", "AVE (USD)", "Sentiment", "Captured", "Summary", "Body", "Tags"]
    rows = []
    GEN = ["NorthStar Media Intelligence"]

    def html_body(ps, inserts=()):
        parts = [f"<p>{esc(p)}</p>" for p in ps]
        for idx, snippet in sorted(inserts, reverse=True):
            parts.insert(idx, snippet)
        return "".join(parts)

    def row(aid, date, time, source, mtype, page, byline, url, country, reach, ave, sent, captured, summary, body,
            tags, ps, extra_mn=(), title=None):
        iid = f"NS-{date[6:]}{date[:2]}{date[3:5]}-{len(rows) + 1:04d}"
        rows.append([iid, date, time, source, mtype, page, title or T(aid), byline, url, country, "English", reach,
                     ave, sent, captured, summary, body, tags])
        reg(aid, F_CSV, ps, [captured, summary, tags, iid] + ([f"By {byline}"] if False else []) + list(extra_mn))

    a = "dcr-contribution-cut"
    ps = P(a)
    rel = '<p class="related"><a href="https://www.dublincampusreport.ie/explainers/student-grant-thresholds">Related: How the student grant income thresholds work</a></p>'
    row(a, "03/19/2025", "07:30", "Dublin Campus Report", "Online", "", "Eoin Gallagher", ART[a]["url"], "Ireland",
        "182,400", "1,640", "Neutral", "2025-03-19 08:02:41 UTC",
        "Irish student contribution cut to EUR 2,500 made permanent; student union and university heads respond.",
        html_body(ps, [(2, rel)]), "Ireland; Fees; Student finance", ps,
        ["Related: How the student grant income thresholds work"])

    a = "nel-strike-notice"
    ps = P(a)
    fig = ('<figure><img src="https://www.eveningledger.co.ke/media/2025/03/uasf-presser.jpg" alt=""/>'
           '<figcaption>Union officials address the press in Nairobi on Wednesday. Photo: File</figcaption></figure>')
    row(a, "03/27/2025", "06:15", "Nairobi Evening Ledger", "Online", "", "Otieno Mbugua, Faith Chebet",
        ART[a]["url"], "Kenya", "96,300", "720", "Negative", "2025-03-27 06:40:13 UTC",
        "Kenyan lecturers threaten strike from April 3 over KES 7.9bn CBA arrears.",
        html_body(ps, [(0, fig)]), "Kenya; Strikes; Lecturers", ps,
        ["Union officials address the press in Nairobi on Wednesday. Photo: File"])

    a = "pc-usask-freeze"
    ps = P(a)
    row(a, "04/03/2025", "18:45", "The Prairie Campus", "Online", "",
        "By Jordan Whitehorse and Priya Natarajan, Staff Writers", ART[a]["url"], "Canada", "41,900", "380",
        "Negative", "2025-04-04 01:12:55 UTC",
        "University of Saskatchewan hiring freeze extended; CAD 14M deficit forecast for 2025-26.",
        html_body(ps, [(3, "<p>ADVERTISEMENT</p>")]), "Canada; Budgets; Hiring", ps,
        ["By Jordan Whitehorse and Priya Natarajan, Staff Writers", "ADVERTISEMENT"])

    a = "lm-fee-rollback"
    ps = P(a)
    also = ('<p><strong>Also Read:</strong> <a href="https://www.lucknowmirror.in/city/lu-executive-council-fees">'
            'LU executive council approves fee revision for 2025-26</a></p>')
    row(a, "04/05/2025", "09:10", "Lucknow Mirror", "Online", "", "Anjali Verma", ART[a]["url"], "India",
        "264,000", "2,150", "Positive", "2025-04-05 04:21:37 UTC",
        "Lucknow University withdraws undergraduate fee increase of up to 40% after student protests.",
        html_body(ps, [(2, also)]), "India; Fees; Protests", ps,
        ["Also Read:", "LU executive council approves fee revision for 2025-26"])

    a = "kt-admissions-w14"
    ps = P(a)
    row(a, "04/07/2025", "12:00", "Kumasi Times", "Online", "", "", ART[a]["url"], "Ghana", "38,700", "290",
        "Neutral", "2025-04-07 12:31:08 UTC",
        "Ghana tertiary applications pass 61,000 in week 14; nursing most popular.",
        html_body(ps), "Ghana; Admissions", ps)

    a = "orr-discovery-results"
    ps = P(a)
    row(a, "04/08/2025", "10:00", "Ottawa Research Review", "Online", "", "H\u00e9l\u00e8ne Tremblay",
        ART[a]["url"], "Canada", "58,200", "510", "Negative", "2025-04-08 14:22:19 UTC",
        "Canadian discovery grants: 1,140 funded, success rate 41%, lowest in a decade.",
        html_body(ps), "Canada; Research grants", ps)
    # the same story in the print edition: OCR text, straight quotes, wrapped 60, no URL
    pp = [straight(p, dash="-") for p in ps]
    row(a, "04/08/2025", "", "Ottawa Research Review", "Print", "A4", "HELENE TREMBLAY", "", "Canada", "12,500",
        "940", "Negative", "2025-04-09 06:05:44 UTC",
        "Print: discovery grant competition results, success rate falls to 41 per cent.",
        "\n\n".join(wrap(p, 60) for p in pp), "Canada; Research grants; Print", pp)

    a = "gco-malaria-grant"
    ps = P(a)
    row(a, "04/10/2025", "06:15", "Gold Coast Observer", "Online", "", "Abena Owusu", ART[a]["url"], "Ghana",
        "71,800", "560", "Positive", "2025-04-10 06:48:30 UTC",
        "University of Ghana wins USD 12M malaria vaccine trial grant from UK charity.",
        html_body(ps), "Ghana; Research grants; Health", ps)

    a = "kt-admissions-w15"
    ps = P(a)
    row(a, "04/14/2025", "12:00", "Kumasi Times", "Online", "", "", ART[a]["url"], "Ghana", "38,700", "290",
        "Neutral", "2025-04-14 12:29:51 UTC",
        "Ghana tertiary applications reach 68,400 in week 15; northern regions grow fastest.",
        html_body(ps), "Ghana; Admissions", ps)

    a = "qtt-tafe-regional"
    ps = P(a)
    row(a, "04/14/2025", "15:30", "Queensland Tertiary Times", "Online", "", "Sarah Lindqvist", ART[a]["url"],
        "Australia", "88,100", "730", "Positive", "2025-04-14 05:47:02 UTC",
        "TAFE Queensland receives AUD 96M for trade training centres in Mackay, Rockhampton, Mount Isa.",
        html_body(ps), "Australia; Vocational education", ps)

    a = "orr-grant-appeals"
    ps = P(a)
    row(a, "04/17/2025", "10:00", "Ottawa Research Review", "Online", "", "H\u00e9l\u00e8ne Tremblay",
        ART[a]["url"], "Canada", "58,200", "510", "Negative", "2025-04-17 14:19:26 UTC",
        "Over 300 researchers sign open letter seeking review of unfunded 'excellent' discovery applications.",
        html_body(ps), "Canada; Research grants; Appeals", ps)

    a = "dcr-tud-loan"
    ps = P(a)
    row(a, "04/22/2025", "07:00", "Dublin Campus Report", "Online", "", "Niamh Daly", ART[a]["url"], "Ireland",
        "182,400", "1,640", "Positive", "2025-04-22 07:36:48 UTC",
        "TU Dublin secures EUR 150M EIB loan for Grangegorman phase two.",
        html_body(ps), "Ireland; Capital funding", ps)

    a = "cew-anu-cuts"
    ps = P(a, credit=True)
    row(a, "04/28/2025", "11:05", "Queensland Tertiary Times", "Online", "", "Nick Farrow (CEW)",
        ART[a]["synd_url"], "Australia", "88,100", "730", "Negative", "2025-04-28 01:33:10 UTC",
        "ANU to cut 280 jobs to save AUD 150M; voluntary redundancies first.",
        html_body(ps), "Australia; Job cuts", ps, title=ART[a]["synd_title"])

    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(COLS)
    for r in rows:
        w.writerow(r)
    write(F_CSV, buf.getvalue(), bom=b"\xef\xbb\xbf")


# ================================================================== news API JSON lines
def build_jl():
    recs = []
    FETCH = "2025-05-01T04:1{}:{:02d}Z"

    def rec(aid, content, pub, authors, desc, source=None, url=None, title=None, cats=("education",), extra=()):
        a = ART[aid]
        n = len(recs)
        fetched = FETCH.format(n // 6, (n * 7) % 60)
        src = source or {"id": None, "name": a["outlet"], "domain": a["url"].split("/")[2], "country": None}
        r = {"uuid": f"7c1e{n:04d}-2b9a-4f31-9d0c-5e6a7b8c{n:04d}", "title": title or a["title"],
             "description": desc, "content": content, "url": url or a["url"],
             "image": None if n % 4 == 3 else f"https://cdn.newsfeed.example/img/{n:04d}.jpg",
             "publishedAt": pub, "fetchedAt": fetched, "language": "en", "source": src,
             "authors": [{"name": x, "url": None} for x in authors], "categories": list(cats),
             "sentiment": {"score": round(((n * 37) % 100) / 100 - 0.5, 2), "label": "neutral"},
             "wordCount": sum(len(p.split()) for p in P(aid))}
        recs.append(r)
        reg(aid, F_JL, P(aid) if not extra else extra[0], [desc, fetched] + list(extra[1:] if extra else []))

    def h(ps, pre=(), mid=(), post=()):
        parts = [f"<p>{esc(p)}</p>" for p in ps]
        for idx, s in sorted(mid, reverse=True):
            parts.insert(idx, s)
        return "".join(list(pre) + parts + list(post))

    a = "lc-maseno-lab"
    cap = "Prof Dorothy Awuor in the new genomics laboratory at Maseno. Photo: Lakeside Chronicle"
    rec(a, h(P(a), pre=[f'<figure><img src="https://www.lakesidechronicle.co.ke/media/maseno-lab.jpg"/><figcaption>{esc(cap)}</figcaption></figure>']),
        "2025-04-01T22:30:00Z", ["Achieng Odhiambo"], "Western Kenya can now sequence its own samples, researchers say.",
        source={"id": "lakeside-chronicle", "name": "The Lakeside Chronicle", "domain": "lakesidechronicle.co.ke", "country": "ke"},
        extra=(P(a), cap))

    a = "nel-loans-release"
    wa = "Get the latest news on our WhatsApp channel. Click here to join."
    rec(a, h(P(a), post=[f"<p><em>{esc(wa)}</em></p>"]), "2025-04-14T09:30:00+03:00", ["Otieno Mbugua"],
        "Money to reach student accounts by Friday, board chief says.",
        source={"id": "evening-ledger", "name": "Nairobi Evening Ledger", "domain": "eveningledger.co.ke", "country": "ke"},
        extra=(P(a), wa))

    a = "cew-kenya-research-fund"
    A = ART[a]
    rec(a, h(P(a, credit=True)), "2025-04-15T16:00:00+03:00", ["Grace Njeri"],
        "Endowment will reserve a third of its budget for researchers under 40.",
        source={"id": "lakeside-chronicle", "name": "The Lakeside Chronicle", "domain": "lakesidechronicle.co.ke", "country": "ke"},
        url=A["synd_url"], title=A["synd_title"], extra=(P(a, credit=True),))

    a = "kt-admissions-w14"
    rec(a, h(P(a)), "2025-04-07T12:00:00+00:00", [], "Nursing remains the most popular choice.",
        source={"id": None, "name": "Kumasi Times", "domain": "kumasitimes.com.gh", "country": "gh"})

    a = "gco-malaria-grant"
    rec(a, h(P(a), mid=[(3, "<p>ADVERTISEMENT</p>")]), "2025-04-10T06:15:00+00:00", ["Abena Owusu"],
        "Largest single research award in the university's history.",
        source={"id": "gold-coast-observer", "name": "Gold Coast Observer", "domain": "goldcoastobserver.com.gh", "country": "gh"},
        extra=(P(a), "ADVERTISEMENT"))

    a = "kt-admissions-w16"
    rec(a, h(P(a)), "2025-04-22T11:40:00+00:00", [], "Update delayed a day by the Easter Monday holiday.",
        source={"id": None, "name": "Kumasi Times", "domain": "kumasitimes.com.gh", "country": "gh"})

    a = "orr-grant-appeals"
    bio = ("H\u00e9l\u00e8ne Tremblay covers research policy for the Review. Reach her at "
           "htremblay@ottawaresearchreview.ca.")
    rec(a, h(P(a), post=[f"<p><em>{esc(bio)}</em></p>"]), "2025-04-17T10:00:00-04:00", ["H\u00e9l\u00e8ne Tremblay"],
        "Open letter asks the council to use unspent equipment money.",
        source={"id": None, "name": "Ottawa Research Review", "domain": "www.ottawaresearchreview.ca", "country": "ca"},
        extra=(P(a), bio))

    a = "cew-grad-scholarships"
    cy = "\u00a9 2025 Commonwealth Education Wire. All rights reserved. This material may not be republished without permission."
    rec(a, h(P(a), post=[f"<p>{esc(cy)}</p>"]), "2025-04-16T14:05:00-04:00", ["Marc Gauthier"],
        "Doctoral awards to rise to $40,000 a year.",
        source={"id": "cew", "name": "Commonwealth Education Wire", "domain": "www.cedwire.org", "country": None},
        extra=(P(a), cy))

    a = "hc-art-college-merger"
    rec(a, h(P(a)), "2025-04-29T05:00:00-03:00", ["Liam MacNeil"],
        "Province will not cover the college's deficit without a sustainability plan.",
        source={"id": None, "name": "Halifax Courant", "domain": "www.halifaxcourant.ca", "country": "ca"})

    a = "dcr-phd-stipend"
    rec(a, h(P(a)), "2025-04-04T06:00:00+01:00", ["Eoin Gallagher", "Niamh Daly"],
        "Researchers' group says Dublin rents swallow more than half of a stipend.",
        source={"id": None, "name": "Dublin Campus Report", "domain": "www.dublincampusreport.ie", "country": "ie"})

    a = "qtt-intl-caps"
    rel = ('<p><strong>Related:</strong> <a href="https://www.qldtertiarytimes.com.au/news/caps-explained">'
           'International student caps explained</a></p>')
    rec(a, h(P(a), mid=[(2, rel)]), "2025-04-09T06:00:00+10:00", ["Sarah Lindqvist"],
        "One university is modelling a $60 million fall in revenue.",
        source={"id": None, "name": "Queensland Tertiary Times", "domain": "www.qldtertiarytimes.com.au", "country": "au"},
        extra=(P(a), "Related:", "International student caps explained"))

    a = "cl-levy-shelved"
    rec(a, h(P(a)), "2025-04-22T21:00:00Z", ["Tom Hadley", "Bree Walsh"],
        "Regional universities say the decision leaves a funding hole.",
        source={"id": "canberra-lantern", "name": "Canberra Lantern", "domain": "www.canberralantern.com.au", "country": "au"})

    a = "dep-lab-mission"
    also = ('<p><strong>Also Read:</strong> <a href="https://www.deccaneducationpost.in/research/state-universities-equipment-gap">'
            'State universities and the equipment gap</a></p>')
    rec(a, h(P(a), mid=[(3, also)]), "2025-04-12T08:00:00+05:30", ["Ramesh Iyer"],
        "Instruments must be shared with colleges in the same district.",
        source={"id": None, "name": "Deccan Education Post", "domain": "www.deccaneducationpost.in", "country": "in"},
        extra=(P(a), "Also Read:", "State universities and the equipment gap"))

    a = "dep-karnataka-audits"
    rec(a, h(P(a)), None, ["Kavya Menon"], "Universities must keep an online register of equipment.",
        source={"id": None, "name": "Deccan Education Post", "domain": "www.deccaneducationpost.in", "country": "in"})

    a = "lm-ai-park"
    rec(a, h(P(a)), "2025-04-28T11:20:00+05:30", ["Anjali Verma"],
        "Consortium gets first rights to license technology developed at the park.",
        source={"id": None, "name": "Lucknow Mirror", "domain": "www.lucknowmirror.in", "country": "in"})

    write(F_JL, "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in recs))
