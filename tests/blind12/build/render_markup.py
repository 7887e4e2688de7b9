# -*- coding: utf-8 -*-
"""Markup dumps: the ClipSight JSON lines export, the newsletter mbox and the three saved pages."""
import json
import quopri

from articles import ART
from common import F_DE, F_JL, F_LH, F_MB, F_TC, P, T, attr, esc, mn, reg, write, wrap


def file_mn(aids, strings):
    for aid in aids:
        mn(aid, strings)


def qp(s):
    out = quopri.encodestring(s.encode("utf-8")).decode("ascii")
    return "\n".join("=46" + x[1:] if x.startswith("From ") else x for x in out.split("\n"))


# ================================================================ ClipSight JSON lines
JL = [
    # aid, synd, byline, published_at, extra html (index -> html inserted before paragraph index), tail html
    ("hw-gold-weights", True, "Pieter Koster, Heritage Wire", "2026-11-10T15:20:00+00:00",
     {2: '<figure><img src="https://cdn.accrachronicle.com.gh/img/goldweights.jpg" alt=""><figcaption>Asante gold '
         'weights in the Leiden collection. Photo: Rijnland Museum</figcaption></figure>'},
     '<p><strong>READ MORE:</strong> <a href="https://www.accrachronicle.com.gh/news/manhyia-museum-extension">'
     'Manhyia Palace Museum plans extension</a></p>'),
    ("tc-chatbot-guides", False, "By Hannah Osei", "2026-11-12T08:00:00-05:00",
     {1: '<p><em>Related: <a href="https://www.thecurator.com/2026/10/2/museum-apps">Nobody downloads museum apps '
         'any more</a></em></p>'},
     '<p><em>Sign up for The Curator Weekly, our newsletter about the art world, every Friday.</em></p>'),
    ("md-koorie-gallery", False, "Liam Hartigan & Mere Tawhiri", "2026-11-04T20:30:00Z", {}, ""),
    ("ac-national-museum", False, "Kwabena Asante, Efua Mensah & Yaw Boateng", "2026-11-07T11:00:00+00:00",
     {2: '<p><strong>ALSO READ:</strong> <a href="https://www.accrachronicle.com.gh/news/kente-weavers-bonwire">'
         'Bonwire weavers fight cheap imitations</a></p>'}, ""),
    ("lh-neighborhood-fund", False, "Rosa Quintero, Lakeshore Herald", "2026-11-19T18:45:00-06:00", {},
     '<p>Contact Rosa Quintero at rquintero@lakeshoreherald.com or follow her on X @rosaquintero.</p>'),
    ("tc-strike-essay", False, "Jonah Wexler", "2026-11-06T10:30:00-05:00", {}, ""),
    ("mnd-museum-night", False, "Lucía Ferrer", "2026-10-25T23:10:00-06:00",
     {1: '<figure><figcaption>Visitors queue outside the anthropology museum. (Mexico News Desk)</figcaption>'
         '</figure>'}, ""),
    ("ce-deal", False, "Fiona Baird", "2026-11-24T18:02:00+00:00", {},
     '<p><strong>Read more:</strong> <a href="https://www.clydeexaminer.co.uk/news/museum-strike-vote">Museum '
     'staff in Glasgow vote to strike over winter pay</a></p>'),
    ("tl-boiler-failure", False, "Aditi Rao", "2026-11-20T16:40:00-05:00", {}, ""),
    ("mtj-climate-bands", False, "Gregor Lindqvist and Petra Holm", "2026-11-23T07:00:00+01:00", {}, ""),
    ("ac-elmina-museum", False, "Efua Mensah", "2026-11-15T09:15:00+00:00", {}, ""),
    ("lds-intramuros-vault", False, "PAOLO REYES", "2026-11-03T23:30:00Z", {}, ""),
    ("hw-etruscan-coins", True, "Giulia Ferraro | Heritage Wire", "2026-11-17T12:10:00+00:00", {},
     '<p>Sign up to the Examiner\'s Culture Club newsletter for the best of arts and heritage news.</p>'),
    ("lar-photo-biennale", False, "By Tunde Afolabi", "2026-11-27T09:00:00+01:00", {}, ""),
    ("mtj-insurance", False, "Gregor Lindqvist", "2026-10-30", {}, ""),
]
JL_DOMAIN = {"Accra Chronicle": "accrachronicle.com.gh", "The Curator": "thecurator.com",
             "The Melbourne Dispatch": "melbournedispatch.com.au", "Lakeshore Herald": "lakeshoreherald.com",
             "Mexico News Desk": "mexiconewsdesk.com", "The Clyde Examiner": "clydeexaminer.co.uk",
             "Toronto Ledger": "torontoledger.ca", "Museum Trade Journal": "museumtradejournal.com",
             "Luzon Daily Star": "luzondailystar.ph", "Lagos Arts Review": "lagosartsreview.ng"}


def build_jl():
    lines = []
    for n, (aid, synd, byl, pub, extra, tail) in enumerate(JL):
        a = ART[aid]
        outlet = a["synd_outlet"] if synd else a["outlet"]
        title = a["synd_title"] if synd else T(aid)
        ps = P(aid, credit=synd, edited=aid in ("mtj-insurance", "mnd-museum-night"))
        parts = []
        for i, p in enumerate(ps):
            if i in extra:
                parts.append(extra[i])
            if aid == "tc-strike-essay" and p == a["paras"][2]:
                parts.append(f"<blockquote><p>{esc(p)}</p></blockquote>")
            else:
                parts.append(f"<p>{esc(p)}</p>")
        if tail:
            parts.append(tail)
        body_html = "".join(parts)
        summary = ps[0][:140].rsplit(" ", 1)[0] + "…"
        rec = {
            "clip_id": f"CS-2026-{48811 + n * 7}",
            "captured_at": f"2026-11-27T06:{10 + n:02d}:09Z",
            "project": "Heritage sector monitor",
            "outlet": {"name": outlet, "domain": JL_DOMAIN[outlet], "media_type": "Online news"},
            "headline": title,
            "byline": byl,
            "published_at": pub,
            "url": a["url"] if (a["url"] and not synd) else None,
            "summary": summary,
            "body_html": body_html,
            "reach": 12000 + 3137 * n,
            "sentiment": ["neutral", "positive", "negative"][n % 3],
            "tags": ["museums", "heritage"],
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
        mnl = [f"CS-2026-{48811 + n * 7}"]
        for h in list(extra.values()) + [tail]:
            if h:
                import re
                txt = re.sub(r"<[^>]+>", " ", h)
                mnl.append(" ".join(txt.split()))
        reg(aid, F_JL, ps, mnl + [summary])
    file_mn([x[0] for x in JL], ["Heritage sector monitor"])
    write(F_JL, "\n".join(lines) + "\n")


# ================================================================ mbox of newsletters
def build_mb():
    msgs = []
    # ---- 1: Collections Care Weekly, multipart/alternative, both parts quoted-printable
    items = [("cq-lending-questions", "By Petra Holm", None),
             ("mtj-loans-survey", "By Gregor Lindqvist",
              "Reprinted with permission from Museum Trade Journal, 16 November 2026."),
             ("po-parish-registers", "Rachel Thwaite, Pennine Observer",
              "From the Pennine Observer, 11 November 2026.")]
    plain = ["COLLECTIONS CARE WEEKLY", "Issue 212 | Monday 16 November 2026",
             "View this email in your browser: https://collectionscareweekly.org/archive/212", "",
             "In this issue:", ""] + [f"* {T(aid)}" for aid, _, _ in items] + ["", "=" * 60, ""]
    hparts = []
    for aid, byl, src in items:
        ps = P(aid, edited=aid == "po-parish-registers")
        plain += [T(aid).upper(), byl] + ([src] if src else []) + [""]
        for p in ps:
            plain += [wrap(p, 70), ""]
        plain += ["-" * 60, ""]
        hparts.append(f'<h2 style="font-family:Georgia,serif;font-size:22px;">{esc(T(aid))}</h2>'
                      f'<p style="color:#666;font-size:13px;">{esc(byl)}' + (f'<br><em>{esc(src)}</em>' if src else '')
                      + '</p>' + "".join(f'<p style="font-size:15px;line-height:1.5;">{esc(p)}</p>' for p in ps)
                      + '<hr style="border:0;border-top:1px solid #ddd;">')
        reg(aid, F_MB, ps, [byl] + ([src] if src else []))
    footer_t = ["You are receiving this because you subscribed at collectionscareweekly.org.",
                "Unsubscribe: https://collectionscareweekly.org/u?e=archive%40heritagedesk.org",
                "Collections Care Weekly is published by the Registrars' Collective CIC, 14 Tanner Row, York YO1 6JB."]
    plain += footer_t + [""]
    html1 = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Collections Care Weekly 212</title></head>'
             '<body style="margin:0;background:#f4f1ea;"><span style="display:none;max-height:0;overflow:hidden;">'
             'Lending abroad, a loans survey and a York flood</span><table width="600" align="center" '
             'style="background:#fff;"><tr><td style="padding:24px;"><p style="font-size:11px;"><a href="https://'
             'collectionscareweekly.org/archive/212">View this email in your browser</a></p><h1 style="letter-spacing:'
             '2px;">COLLECTIONS CARE WEEKLY</h1><p>Issue 212 | Monday 16 November 2026</p>'
             + "".join(hparts) + '<p style="font-size:11px;color:#888;">' + "<br>".join(esc(x) for x in footer_t)
             + '</p></td></tr></table></body></html>')
    b = "----=_Part_88213_1660012.1763276400000"
    msgs.append(f"""From ccw@collectionscareweekly.org Mon Nov 16 07:00:41 2026
Return-Path: <bounce-212@collectionscareweekly.org>
From: Collections Care Weekly <ccw@collectionscareweekly.org>
To: archive@heritagedesk.org
Date: Mon, 16 Nov 2026 07:00:41 +0000
Subject: Collections Care Weekly #212: five questions before you lend
Message-ID: <ccw212.1763276441@collectionscareweekly.org>
List-Unsubscribe: <https://collectionscareweekly.org/u?e=archive%40heritagedesk.org>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="{b}"

--{b}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(chr(10).join(plain))}
--{b}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html1)}
--{b}--
""")
    file_mn([x[0] for x in items], ["COLLECTIONS CARE WEEKLY", "Issue 212 | Monday 16 November 2026",
                                    "View this email in your browser", "In this issue:",
                                    "Unsubscribe: https://collectionscareweekly.org/u?e=archive%40heritagedesk.org",
                                    "You are receiving this because you subscribed at collectionscareweekly.org.",
                                    "published by the Registrars' Collective CIC, 14 Tanner Row, York YO1 6JB"])
    mn("cq-lending-questions", ["Lending abroad, a loans survey and a York flood"])

    # ---- 2: The Curator Weekly, text/html only, quoted-printable
    aid = "tc-strike-essay"
    a = ART[aid]
    ps = P(aid)
    body = []
    for i, p in enumerate(ps):
        if i == 2:
            body.append(f'<blockquote style="border-left:3px solid #e2231a;padding-left:12px;"><p>{esc(p)}</p>'
                        f'</blockquote>')
        else:
            body.append(f'<p style="font-size:16px;line-height:1.6;">{esc(p)}</p>')
        if i == 1:
            body.append('<table class="promo" style="background:#fdf3e7;"><tr><td><p><strong>Enjoying The Curator '
                        'Weekly?</strong> Forward it to a friend who loves museums.</p></td></tr></table>')
    html2 = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>The Curator Weekly</title></head>
<body><div style="display:none;">The people who really keep collections safe &#847;&#8199;&#847;&#8199;</div>
<table width="100%"><tr><td align="center"><table width="620"><tr><td>
<p style="font-size:12px;"><a href="https://www.thecurator.com/newsletters/weekly/2026-11-07">View in browser</a> | <a href="https://www.thecurator.com/account">Manage preferences</a></p>
<img src="https://cdn.thecurator.com/email/masthead.png" alt="The Curator Weekly" width="620">
<p style="text-transform:uppercase;color:#e2231a;">This week's essay</p>
<h1 style="font-size:30px;">{esc(T(aid))}</h1>
<p style="color:#555;">By Jonah Wexler &middot; Nov 6, 2026</p>
{"".join(body)}
<p><a href="{a['url']}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=weekly">Read on thecurator.com &rarr;</a></p>
<h3>Also this week</h3>
<ul><li><a href="https://www.thecurator.com/2026/11/5/auction-season-preview">Auction season preview: what to watch in New York</a></li>
<li><a href="https://www.thecurator.com/2026/11/4/museum-shop-economics">The strange economics of the museum gift shop</a></li></ul>
<p style="font-size:11px;color:#888;">You're receiving this email because you signed up for The Curator Weekly. <a href="https://www.thecurator.com/unsubscribe?id=77xk2">Unsubscribe</a>.<br>Curator Media, Inc., 1201 Connecticut Ave NW, Washington, DC 20036</p>
</td></tr></table></td></tr></table></body></html>"""
    msgs.append(f"""From newsletter@thecurator.com Sat Nov 07 13:00:05 2026
Return-Path: <bounces+77xk2@em.thecurator.com>
From: The Curator <newsletter@thecurator.com>
To: archive@heritagedesk.org
Date: Sat, 07 Nov 2026 13:00:05 +0000
Subject: =?utf-8?q?The_Curator_Weekly=3A_who_really_keeps_collections_safe?=
Message-ID: <weekly-20261107.77xk2@em.thecurator.com>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html2)}
""")
    reg(aid, F_MB, ps, ["Enjoying The Curator Weekly? Forward it to a friend who loves museums.",
                        "By Jonah Wexler · Nov 6, 2026", "Read on thecurator.com",
                        "Auction season preview: what to watch in New York",
                        "The strange economics of the museum gift shop",
                        "You're receiving this email because you signed up for The Curator Weekly.",
                        "Curator Media, Inc., 1201 Connecticut Ave NW, Washington, DC 20036",
                        "This week's essay", "The people who really keep collections safe"])

    # ---- 3: Pennine Observer "Heritage North", single text/plain part, quoted-printable
    aid = "po-textile-grant"
    ps = P(aid)
    t3 = ["HERITAGE NORTH", "The Pennine Observer's weekly heritage briefing", "", "Hello,", "",
          "This week's lead story, first published on Friday 13 November 2026:", "", T(aid),
          "By Rachel Thwaite, Heritage Correspondent", ""]
    for p in ps:
        t3 += [p, ""]
    t3 += ["Until next week,", "The Heritage North team", "",
           "You are receiving this email because you signed up to Heritage North. To unsubscribe, reply with "
           "UNSUBSCRIBE or visit https://www.pennineobserver.co.uk/newsletters.",
           "Pennine Observer Ltd, Registered in England No. 01234567, Station Parade, Harrogate HG1 1TQ", ""]
    msgs.append(f"""From heritagenorth@pennineobserver.co.uk Fri Nov 13 17:30:00 2026
From: Heritage North <heritagenorth@pennineobserver.co.uk>
To: archive@heritagedesk.org
Date: Fri, 13 Nov 2026 17:30:00 +0000
Subject: Heritage North: looms to run again at Kirkstall Mills
Message-ID: <hn-20261113@pennineobserver.co.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(chr(10).join(t3))}
""")
    reg(aid, F_MB, ps, ["The Pennine Observer's weekly heritage briefing",
                        "This week's lead story, first published on Friday 13 November 2026:",
                        "By Rachel Thwaite, Heritage Correspondent", "The Heritage North team",
                        "You are receiving this email because you signed up to Heritage North.",
                        "Registered in England No. 01234567, Station Parade, Harrogate HG1 1TQ"])
    write(F_MB, "\n".join(msgs))


from render_pages import build_ce, build_de, build_lh, build_tc  # noqa: E402,F401
