# -*- coding: utf-8 -*-
"""Build tests/blind18/dumps/* and tests/blind18/gold.json from build/articles.py (stdlib only, deterministic).

usage: /work/main/.venv/bin/python tests/blind18/build/build_set.py

Each renderer writes one dump and registers, for every article it prints, the copy's body (exactly the clean
paragraphs the dump carries), the headline, outlet and URL as that copy states them, and the furniture strings
(must_not) around it.
"""
import collections
import email.policy
import html
import json
import os
import re
import sys
import textwrap
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")
sys.path.insert(0, HERE)
from articles import (ART, ABOUT_K, ABOUT_K_HEAD, ABOUT_N, ABOUT_N_HEAD, ABOUT_V, ABOUT_V_HEAD, BW_ABOUT,  # noqa
                      BW_ADV, BW_SOLICIT, CO, DP_BOILER, FLS_FIXED, FLS_HEAD, K_CONTACT, K_CONTACT_MN, SVC,
                      V_CONTACT_MN)

F_CW = "CastellanWire_Kestrel-Lithium-Recovery-Commissions-Hamburg-Plant.html"
F_AL = "CastellanWire_alert_2026-12-03.eml"
F_NX = "Nexis_Kestrel-Lithium_2026-12-10.txt"
F_BW = "brannock-weil_news_klrc-investigation.html"
F_CMR = "circular-metals-review_weekly-briefing_2026-12-09.txt"
F_IR = "kestrel-ir-email-alerts.mbox"
F_NR = "kestrel_newsroom_feed.json"
F_LS = "ledgerline_KLRC_press-release_2026-12-02.html"
F_LW = "ledgerline_why-kestrel-lithium-recovery-stock-is-sinking-today.html"
ALL = [F_CW, F_AL, F_NX, F_BW, F_CMR, F_IR, F_NR, F_LS, F_LW]
assert ALL == sorted(ALL), sorted(ALL)

COPIES, MUSTNOT, POS, TITLES, OUTLETS = {}, {}, {}, {}, {}
FILE_MN = collections.defaultdict(list)


def reg(aid, src, paras, title, outlet, mn=()):
    body = "\n\n".join(" ".join(p.split()) for p in paras)
    pos = POS.get(src, 0)
    POS[src] = pos + 1
    COPIES.setdefault(aid, []).append((src, pos, body))
    if title not in TITLES.setdefault(aid, []):
        TITLES[aid].append(title)
    if outlet not in OUTLETS.setdefault(aid, []):
        OUTLETS[aid].append(outlet)
    addmn(aid, mn)
    addmn(aid, [title])


def addmn(aid, strings):
    lst = MUSTNOT.setdefault(aid, [])
    for s in strings:
        s = " ".join(s.split())
        if len(s) >= 3 and s not in lst:
            lst.append(s)


def straight(p):
    return (p.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u2013", "-").replace("\u2014", "-"))


def esc(s):
    return html.escape(s, quote=False)


def write(name, data):
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def nodateline(p, new):
    """Newsroom copies: '... /CastellanWire/ --' dateline becomes the company's own '... –' dateline."""
    return re.sub(r"^(.*?) /CastellanWire/ -- ", new, p)


def k_release_mn(aid):
    a = ART[aid]
    out = [ABOUT_K_HEAD, ABOUT_K, FLS_HEAD, *FLS_FIXED, *K_CONTACT_MN, "SOURCE Kestrel Lithium Recovery Corp."]
    if a.get("fls"):
        out.append(a["fls"])
    return out


# ================================================================ 1. CastellanWire release page (HTML)
def build_cw():
    aid = "kl-hamburg-plant"
    a = ART[aid]
    ps = a["paras"]
    cap = ("The pre-treatment hall of Kestrel Lithium Recovery’s battery recycling plant in Hamburg-Moorburg, "
           "Germany (CastellanWire Photo/Kestrel Lithium Recovery Corp.)")
    other = "Kestrel Lithium Recovery to Host Investor Day and Hamburg Plant Tour on December 15, 2026"
    cookie = ("We use cookies and similar technologies to personalise content, measure traffic and improve your "
              "experience. By clicking “Accept all cookies” you agree to the storing of cookies on your device.")
    ldjson = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                         "datePublished": "2026-12-02T07:00:00-05:00", "dateModified": "2026-12-02T07:00:00-05:00",
                         "publisher": {"@type": "Organization", "name": "CastellanWire",
                                       "logo": {"@type": "ImageObject",
                                                "url": "https://www.castellanwire.com/static/img/cw-logo.png"}},
                         "mainEntityOfPage": a["url"], "image": "https://mma.castellanwire.com/2611842/kestrel-hamburg.jpg"},
                        ensure_ascii=False)
    body_ps = "\n".join(f"<p>{esc(p)}</p>" for p in ps)
    contacts = "\n".join(
        f"<p><b>{esc(h)}</b><br>" + "<br>".join(esc(x) for x in lines) + "</p>" for h, lines in K_CONTACT)
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])}</title>
<meta name="description" content="{html.escape(a['subhead'])}">
<link rel="canonical" href="{a['url']}">
<meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(a['title'])}">
<meta property="og:url" content="{a['url']}">
<meta property="og:site_name" content="CastellanWire">
<meta property="article:published_time" content="2026-12-02T07:00:00-05:00">
<script type="application/ld+json">{ldjson}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"releaseId":"302611842","industry":"ENV"}});</script>
</head>
<body class="release-page">
<div id="cookie-banner" role="dialog" aria-label="Cookie consent">
<p>{esc(cookie)}</p>
<button id="cookie-accept">Accept all cookies</button> <button id="cookie-settings">Cookie Settings</button>
</div>
<header class="site-header">
<a class="logo" href="https://www.castellanwire.com/">CastellanWire</a>
<nav class="main-nav"><ul>
<li><a href="/news-releases/">News</a></li><li><a href="/products/">Products</a></li>
<li><a href="/contact-us/">Contact</a></li><li><a href="/send-a-release/">Send a Release</a></li>
<li><a href="/account/signin/">Sign In</a></li><li><a href="/account/signup/">Sign Up</a></li>
</ul></nav>
<form class="search" action="/search/"><input type="search" name="q" placeholder="Search news releases"></form>
</header>
<nav class="breadcrumb"><a href="/news-releases/">News Releases</a> &gt; <a href="/news-releases/energy-latest-news/">Energy</a> &gt; <a href="/news-releases/energy-latest-news/environmental-products-services-list/">Environmental Products &amp; Services</a></nav>
<main>
<article class="release">
<header class="release-header">
<h1>{esc(a['title'])}</h1>
<h2 class="subtitle">{esc(a['subhead'])}</h2>
<div class="release-meta">
<p class="provider">News provided by<br><a href="/news/kestrel-lithium-recovery-corp/">Kestrel Lithium Recovery Corp.</a></p>
<p class="mb-no"><time datetime="2026-12-02T07:00:00-05:00">Dec 02, 2026, 07:00 ET</time></p>
</div>
<div class="share-bar"><span>Share this article</span>
<a class="share-x" href="#">Share to X</a> <a class="share-li" href="#">Share to LinkedIn</a> <a class="share-fb" href="#">Share to Facebook</a> <a class="share-mail" href="#">Share via Email</a> <a class="print" href="#">Print</a>
</div>
</header>
<figure class="release-image">
<img src="https://mma.castellanwire.com/2611842/kestrel-hamburg.jpg" alt="Kestrel Hamburg plant">
<figcaption>{esc(cap)}</figcaption>
</figure>
<section class="release-body">
{body_ps}
<p>###</p>
<p><b>{esc(ABOUT_K_HEAD)}</b></p>
<p>{esc(ABOUT_K)}</p>
<p><b>{esc(FLS_HEAD)}</b></p>
<p>{esc(a['fls'])}</p>
{contacts}
<div class="logo-box"><img src="https://mma.castellanwire.com/1880417/kestrel_logo.jpg" alt="Kestrel Lithium Recovery Corp. logo"><p>Kestrel Lithium Recovery Corp. logo (CastellanWire Photo/Kestrel Lithium Recovery Corp.)</p></div>
<p class="view-original">View original content to download multimedia: <a href="{a['url']}">{a['url']}</a></p>
<p class="source">SOURCE Kestrel Lithium Recovery Corp.</p>
</section>
<section class="related-links">
<h3>Related Links</h3>
<p><a href="https://www.kestrelrecovery.com">https://www.kestrelrecovery.com</a></p>
</section>
</article>
<aside class="more-from">
<h3>WANT YOUR COMPANY'S NEWS FEATURED ON CASTELLANWIRE?</h3>
<p>440,000+ Newsrooms &amp; Influencers. 9,000+ Digital Media Outlets. Get Started.</p>
<h3>Also from this source</h3>
<ul><li><a href="/news-releases/kestrel-investor-day-302601110.html">{esc(other)}</a> <span>Nov 24, 2026, 07:00 ET</span></li></ul>
<h3>Explore</h3>
<ul><li>Environmental Products &amp; Services</li><li>Batteries</li><li>Automotive</li><li>Waste Management</li></ul>
<p>News Releases in Similar Topics</p>
</aside>
</main>
<footer class="site-footer">
<p>Contact CastellanWire: +1 888 555 0110 from 8 AM - 10 PM ET</p>
<ul><li><a href="/terms/">Terms of Use</a></li><li><a href="/privacy/">Privacy Policy</a></li><li><a href="#" id="cookie-prefs">Cookie Settings</a></li><li><a href="/rss/">RSS Feeds</a></li></ul>
<p>Copyright © 2026 CastellanWire Inc. All Rights Reserved. A Meridale Group company.</p>
</footer>
</body>
</html>
"""
    write(F_CW, page)
    mn = k_release_mn(aid) + [
        cap, cookie, "Accept all cookies", "Cookie Settings", "News provided by", "Dec 02, 2026, 07:00 ET",
        "Share this article", "Share to LinkedIn", "Share to Facebook", "Share via Email",
        "Kestrel Lithium Recovery Corp. logo", "View original content to download multimedia:",
        "Related Links", "https://www.kestrelrecovery.com", "Also from this source", other,
        "WANT YOUR COMPANY'S NEWS FEATURED ON CASTELLANWIRE?", "440,000+ Newsrooms", "News Releases in Similar Topics",
        "Environmental Products & Services", "Contact CastellanWire: +1 888 555 0110",
        "Copyright © 2026 CastellanWire Inc. All Rights Reserved.", "A Meridale Group company", "Terms of Use",
        "Privacy Policy", "Send a Release", "###"]
    reg(aid, F_CW, [a["subhead"]] + ps, a["title"], SVC, mn)


# ================================================================ 2. CastellanWire e-mail alert (.eml, multipart/alternative, QP)
def build_al():
    rel = [("kl-vossberg-offtake", CO, "Kestrel Lithium Recovery Corp."),
           ("vb-recycled-metals", "Vossberg Automotive AG", "Vossberg Automotive AG"),
           ("nv-lulea-refinery", "Norrvik Minerals AB", "Norrvik Minerals AB")]
    times = ["Dec 03, 2026, 07:00 ET", "Dec 03, 2026, 07:05 ET", "Dec 03, 2026, 08:30 ET"]
    footer = ['You received this alert because you saved the search "battery recycling" at castellanwire.com.',
              "Manage your alerts: https://www.castellanwire.com/account/alerts",
              "Unsubscribe: https://www.castellanwire.com/account/alerts/unsubscribe?a=77120&t=f3c9e1",
              "CastellanWire Inc., 410 Harborside Plaza, Jersey City, NJ 07311, USA",
              "Copyright © 2026 CastellanWire Inc. All Rights Reserved."]

    def tails(aid):
        """the release's furniture after its text: (plain lines, html, must_not)"""
        a = ART[aid]
        if aid == "kl-vossberg-offtake":
            blocks = [["###"], [ABOUT_K_HEAD, ABOUT_K], [FLS_HEAD, a["fls"]],
                      ["Media Contact:", "Clara Voss-Hartley", CO, "+49 40 5550 1172", "press@kestrelrecovery.com"],
                      ["Investor Relations:", "Owen Tallis", "+1 617 555 0148", "ir@kestrelrecovery.com"],
                      ["SOURCE Kestrel Lithium Recovery Corp."]]
            mn = k_release_mn(aid)
        elif aid == "vb-recycled-metals":
            blocks = [[ABOUT_V_HEAD, ABOUT_V],
                      ["Press contact:", "Jörg Wendland", "Vossberg Automotive AG", "+49 711 5550 2290",
                       "presse@vossberg-automotive.de"], ["SOURCE Vossberg Automotive AG"]]
            mn = [ABOUT_V_HEAD, ABOUT_V, *V_CONTACT_MN, "SOURCE Vossberg Automotive AG"]
        else:
            blocks = [[ABOUT_N_HEAD, ABOUT_N],
                      ["Media contact:", "Erik Wahlgren, Head of Communications", "+46 920 555 314",
                       "press@norrvikminerals.se"], ["SOURCE Norrvik Minerals AB"]]
            mn = [ABOUT_N_HEAD, ABOUT_N, "Erik Wahlgren, Head of Communications", "+46 920 555 314",
                  "press@norrvikminerals.se", "SOURCE Norrvik Minerals AB"]
        return blocks, mn

    def wrap(p):
        return textwrap.fill(p, 72, break_long_words=False, break_on_hyphens=False)

    titles = [ART[r[0]]["title"] for r in rel]
    head = ["CastellanWire news alert", 'Saved search: "battery recycling" | Delivery: twice daily',
            "3 new releases since Dec 02, 2026, 18:00 ET", ""]
    txt = head + [f"{n}. {t}" for n, t in enumerate(titles, 1)] + [""]
    h = ['<html><head><meta charset="utf-8"><title>CastellanWire news alert</title></head>',
         '<body style="font-family:Arial,sans-serif;background:#f4f4f4">',
         '<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff">',
         '<tr><td style="padding:16px"><img src="https://www.castellanwire.com/static/img/cw-logo-email.png" alt="CastellanWire"></td></tr>',
         f'<tr><td style="padding:0 16px"><p><b>CastellanWire news alert</b><br>{esc(head[1])}<br>{esc(head[2])}</p>',
         "<ol>" + "".join(f"<li>{esc(t)}</li>" for t in titles) + "</ol></td></tr>"]
    for (aid, provider, src), tm in zip(rel, times):
        a = ART[aid]
        blocks, mn = tails(aid)
        txt += ["=" * 72, "", a["title"], f"{provider} | {tm}", a["url"], ""]
        for p in a["paras"]:
            txt += [wrap(p), ""]
        for b in blocks:
            txt += b + [""]
        h.append('<tr><td style="padding:16px;border-top:2px solid #c8102e">')
        h.append(f'<h2 style="font-size:18px"><a href="{a["url"]}">{esc(a["title"])}</a></h2>')
        h.append(f'<p style="color:#666">{esc(provider)} | {esc(tm)}</p>')
        for p in a["paras"]:
            h.append(f"<p>{esc(p)}</p>")
        for b in blocks:
            h.append("<p>" + "<br>".join(esc(x) for x in b) + "</p>")
        h.append(f'<p><a href="{a["url"]}">Read the full release on CastellanWire</a></p></td></tr>')
        reg(aid, F_AL, a["paras"], a["title"], SVC,
            mn + [f"{provider} | {tm}", "CastellanWire news alert", '"battery recycling"',
                  "3 new releases since Dec 02, 2026, 18:00 ET", "Read the full release on CastellanWire",
                  *footer, *titles])
    txt += ["-" * 72, ""] + footer + [""]
    h.append('<tr><td style="padding:16px;font-size:11px;color:#888">' + "<br>".join(esc(x) for x in footer)
             + "</td></tr></table></body></html>")
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = "CastellanWire Alerts <alerts@castellanwire.com>"
    msg["To"] = "m.hollis@ridgeway-am.com"
    msg["Subject"] = 'CastellanWire alert: 3 new releases for "battery recycling"'
    msg["Date"] = "Thu, 03 Dec 2026 14:00:12 +0000"
    msg["Message-ID"] = "<alert.77120.20261203140012@mailer.castellanwire.com>"
    msg["List-Unsubscribe"] = "<https://www.castellanwire.com/account/alerts/unsubscribe?a=77120&t=f3c9e1>"
    msg.set_content("\n".join(txt), cte="quoted-printable")
    msg.add_alternative("\n".join(h) + "\n", subtype="html", cte="quoted-printable")
    msg.set_boundary("==cw-alert-77120-b1==")
    write(F_AL, msg.as_bytes())


# ================================================================ 3. Nexis export (classic LexisNexis text)
def build_nx():
    def words(ps):
        return sum(len(p.split()) for p in ps)

    def center(s, w=78):
        return s.center(w).rstrip()

    out = [center("Kestrel Lithium"), "", "Search Terms: \"Kestrel Lithium Recovery\"",
           "Source: All English Language News", "Sort: Date (oldest first)",
           "Date/Time: Thursday, December 10, 2026  4:12 PM EST", "", ""]
    docs = []
    # (aid, publication, dateline/time line, headline as printed, extra lines before BODY, body paras,
    #  tail lines inside BODY, load date, doc type, pub type, copyright lines, outlet for the copy)
    a = ART["kl-hamburg-plant"]
    k_tail = [ABOUT_K_HEAD, ABOUT_K, FLS_HEAD]
    contact = ("CONTACT: Media Contact: Clara Voss-Hartley, Kestrel Lithium Recovery Corp., +49 40 5550 1172, "
               "press@kestrelrecovery.com; Investor Relations: Owen Tallis, +1 617 555 0148, ir@kestrelrecovery.com")
    for pub, tm in (("CastellanWire", "December 2, 2026 Wednesday 7:00 AM EST"),
                    ("CastellanWire Europe", "December 2, 2026 Wednesday 12:00 PM GMT")):
        docs.append(dict(aid="kl-hamburg-plant", pub=pub, when=tm, head=[a["title"] + ";", a["subhead"]],
                         pre=["DATELINE: HAMBURG, Germany, Dec. 2, 2026"], paras=a["paras"],
                         tail=k_tail + [a["fls"], contact, "Web site: http://www.kestrelrecovery.com/"],
                         load="December 3, 2026", dtype="News Release", ptype="Newswire",
                         copy=[f"Copyright 2026 {pub} Inc." if pub == "CastellanWire" else
                               "Copyright 2026 CastellanWire Inc.", "All Rights Reserved"],
                         notes="PHOTO: Kestrel Lithium Recovery Corp. logo", outlet=pub))
    a = ART["kl-vossberg-offtake"]
    docs.append(dict(aid="kl-vossberg-offtake", pub="CastellanWire", when="December 3, 2026 Thursday 7:00 AM EST",
                     head=[a["title"]], pre=["DATELINE: BOSTON and HAMBURG, Germany, Dec. 3, 2026"],
                     paras=a["paras"], tail=k_tail + [a["fls"], contact, "Web site: http://www.kestrelrecovery.com/"],
                     load="December 4, 2026", dtype="News Release", ptype="Newswire",
                     copy=["Copyright 2026 CastellanWire Inc.", "All Rights Reserved"], notes=None,
                     outlet="CastellanWire"))
    a = ART["vb-recycled-metals"]
    docs.append(dict(aid="vb-recycled-metals", pub="CastellanWire", when="December 3, 2026 Thursday 7:05 AM EST",
                     head=[a["title"]], pre=["DATELINE: STUTTGART, Germany, Dec. 3, 2026"], paras=a["paras"],
                     tail=[ABOUT_V_HEAD, ABOUT_V,
                           "CONTACT: Press contact: Jörg Wendland, Vossberg Automotive AG, +49 711 5550 2290, "
                           "presse@vossberg-automotive.de"],
                     load="December 4, 2026", dtype="News Release", ptype="Newswire",
                     copy=["Copyright 2026 CastellanWire Inc.", "All Rights Reserved"], notes=None,
                     outlet="CastellanWire"))
    for aid, when, sect, load in (("bbd-vossberg-anchor", "December 4, 2026 Friday", "COMPANIES & MARKETS; Pg. 9",
                                   "December 5, 2026"),
                                  ("bbd-kestrel-shares", "December 8, 2026 Tuesday", "COMPANIES & MARKETS; Pg. 1",
                                   "December 9, 2026")):
        a = ART[aid]
        docs.append(dict(aid=aid, pub="Baltic Business Daily", when=when + "\n" + center("Print Edition"),
                         head=[a["title"]], pre=[f"BYLINE: {a['authors'][0][0]}", f"SECTION: {sect}"],
                         paras=a["paras"], tail=[], load=load, dtype=None, ptype="Newspaper",
                         copy=["Copyright 2026 Baltic Business Daily Ltd", "All Rights Reserved"], notes=None,
                         outlet="Baltic Business Daily", journal="JOURNAL-CODE: BBD"))
    a = ART["bw-klrc-investigation"]
    docs.append(dict(aid="bw-klrc-investigation", pub="CastellanWire", when="December 8, 2026 Tuesday 9:15 AM EST",
                     head=[a["title"]], pre=["DATELINE: NEW YORK, Dec. 8, 2026"], paras=a["paras"],
                     tail=[BW_SOLICIT, BW_ABOUT, BW_ADV,
                           "CONTACT: Marcus Feld, Esq., Brannock & Weil LLP, 1270 Avenue of the Americas, New York, "
                           "NY 10020, (212) 555-0193, investigations@brannockweil.com"],
                     load="December 9, 2026", dtype="News Release", ptype="Newswire",
                     copy=["Copyright 2026 CastellanWire Inc.", "All Rights Reserved"], notes=None,
                     outlet="CastellanWire"))
    a = ART["dp-klrc-investigation"]
    docs.append(dict(aid="dp-klrc-investigation", pub="ClearPath Newswire", when="December 9, 2026 Wednesday 4:30 PM EST",
                     head=[a["title"]], pre=[], paras=a["paras"],
                     tail=DP_BOILER + ["CONTACT: Renata Osei, Delacroix Pruitt LLP, 1 Market Plaza, Suite 3300, "
                                       "San Francisco, CA 94105, (888) 555-0172, klrc@delacroixpruitt.com"],
                     load="December 10, 2026", dtype="Press release", ptype="Newswire",
                     copy=["Copyright 2026 ClearPath Newswire, LLC", "All Rights Reserved"], notes=None,
                     outlet="ClearPath Newswire"))
    n = len(docs)
    for i, d in enumerate(docs, 1):
        body_lines = []
        for p in d["paras"]:
            body_lines += [p, ""]
        for p in d["tail"]:
            body_lines += [p, ""]
        length = words(d["paras"]) + words(d["tail"])
        blk = [center(f"{i} of {n} DOCUMENTS"), "", "", center(d["pub"]), ""]
        blk += [center(x) for x in d["when"].split("\n")] + [""]
        blk += d["head"] + [""]
        pre = list(d["pre"])
        byl = [x for x in pre if x.startswith("BYLINE")]
        rest = [x for x in pre if not x.startswith("BYLINE")]
        for x in byl:
            blk += [x, ""]
        for x in rest:
            if x.startswith("SECTION"):
                blk += [x, ""]
        blk += [f"LENGTH: {length} words", ""]
        for x in rest:
            if x.startswith("DATELINE"):
                blk += [x, ""]
        blk += ["BODY:", ""] + body_lines
        blk += [f"LOAD-DATE: {d['load']}", "", "LANGUAGE: ENGLISH", ""]
        if d.get("notes"):
            blk += [f"NOTES: {d['notes']}", ""]
        if d["dtype"]:
            blk += [f"DOCUMENT-TYPE: {d['dtype']}", ""]
        blk += [f"PUBLICATION-TYPE: {d['ptype']}", ""]
        if d.get("journal"):
            blk += [d["journal"], ""]
        blk += [center(d["copy"][0]), center(d["copy"][1]), "", ""]
        out += blk
        mn = [f"{i} of {n} DOCUMENTS", f"LENGTH: {length} words", f"LOAD-DATE: {d['load']}",
              "LANGUAGE: ENGLISH", f"PUBLICATION-TYPE: {d['ptype']}", d["copy"][0], *d["pre"],
              "Search Terms: \"Kestrel Lithium Recovery\"", "Source: All English Language News",
              "Date/Time: Thursday, December 10, 2026 4:12 PM EST", "Sort: Date (oldest first)"]
        mn += [x for x in d["tail"]]
        if d["dtype"]:
            mn.append(f"DOCUMENT-TYPE: {d['dtype']}")
        if d.get("notes"):
            mn.append(f"NOTES: {d['notes']}")
        if d.get("journal"):
            mn.append(d["journal"])
        if d["aid"].startswith("kl-"):
            mn += k_release_mn(d["aid"])
        if d["aid"] == "bw-klrc-investigation":
            mn += ["investigations@brannockweil.com", "(212) 555-0193", "Attorney Advertising"]
        if d["aid"] == "dp-klrc-investigation":
            mn += ["klrc@delacroixpruitt.com", "(888) 555-0172", "Attorney Advertising",
                   "No class has yet been certified in the above action."]
        head = " ".join(d["head"])
        if len(d["head"]) > 1:
            TITLES.setdefault(d["aid"], [])
            if head not in TITLES[d["aid"]]:
                TITLES[d["aid"]].append(head)
        reg(d["aid"], F_NX, d["paras"], d["head"][0].rstrip(";"), d["outlet"], mn + [head])
    write(F_NX, "\n".join(out).rstrip("\n") + "\n")


# ================================================================ 4. law firm's news page (HTML)
def build_bw():
    aid = "bw-klrc-investigation"
    a = ART[aid]
    ps = [nodateline(a["paras"][0], "")] + a["paras"][1:]
    site_disc = ("The information on this website is for general information purposes only. Nothing on this site "
                 "should be taken as legal advice for any individual case or situation. This information is not "
                 "intended to create, and receipt or viewing does not constitute, an attorney-client relationship.")
    form_note = ("Submitting this form does not create an attorney-client relationship. Please do not send "
                 "confidential information until an attorney-client relationship has been established.")
    contact = ["Contact:", "Marcus Feld, Esq.", "Brannock & Weil LLP", "1270 Avenue of the Americas, New York, NY 10020",
               "(212) 555-0193", "investigations@brannockweil.com"]
    older = ["SHAREHOLDER ALERT: Brannock & Weil LLP Reminds Investors of Lead Plaintiff Deadline in Class Action "
             "Against Harwick Biotherapeutics, Inc. (HWBX)",
             "Brannock & Weil LLP Investigates Claims on Behalf of Investors of Solent Freight Holdings, Inc. (SOFH)"]
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])} | Brannock &amp; Weil LLP</title>
<link rel="canonical" href="{a['url']}">
<meta property="og:title" content="{html.escape(a['title'])}">
<meta property="og:site_name" content="Brannock &amp; Weil LLP">
<meta property="article:published_time" content="2026-12-08T09:20:00-05:00">
<link rel="stylesheet" href="/wp-content/themes/bw2024/style.css?ver=3.2">
</head>
<body class="post-template-default single single-post">
<div class="topbar"><span>ATTORNEY ADVERTISING</span> <a href="tel:+12125550190">Call (212) 555-0190</a> <a href="/submit-losses/">Submit Your Losses</a></div>
<header id="masthead"><a class="brand" href="/">Brannock &amp; Weil LLP</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/practice-areas/">Practice Areas</a></li><li><a href="/attorneys/">Attorneys</a></li><li><a href="/cases/">Cases &amp; Investigations</a></li><li><a href="/news/">News</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
</header>
<main id="primary">
<article class="post type-post category-investor-alerts">
<header class="entry-header">
<div class="crumbs"><a href="/news/">News</a> / <a href="/news/category/investor-alerts/">Investor Alerts</a></div>
<h1 class="entry-title">{esc(a['title'])}</h1>
<div class="entry-meta">Posted on <time datetime="2026-12-08T09:20:00-05:00">December 8, 2026</time> in <a href="/news/category/investor-alerts/">Investor Alerts</a></div>
</header>
<div class="entry-content">
{chr(10).join(f'<p>{esc(p)}</p>' for p in ps)}
<p>{esc(BW_SOLICIT)}</p>
<p>{esc(BW_ABOUT)}</p>
<p><em>{esc(BW_ADV)}</em></p>
<p>{'<br>'.join(esc(x) for x in contact)}</p>
</div>
<footer class="entry-footer"><span class="tags">Tags: <a href="/tag/klrc/">KLRC</a>, <a href="/tag/securities-fraud/">Securities Fraud</a></span>
<div class="share"><a href="#">Share on LinkedIn</a> <a href="#">Share on X</a> <a href="#">Email this alert</a></div></footer>
</article>
<nav class="post-navigation"><p>Previous post: <a href="/news/harwick/">{esc(older[0])}</a></p><p>Next post: <a href="/news/solent/">{esc(older[1])}</a></p></nav>
</main>
<aside id="secondary">
<section class="widget losses-form"><h2>Submit Your Losses</h2>
<form action="/submit-losses/" method="post"><label>Full Name <input name="name"></label><label>Email <input name="email"></label><label>Phone <input name="phone"></label><label>Shares Purchased <input name="shares"></label><button type="submit">Submit</button></form>
<p class="small">{esc(form_note)}</p></section>
</aside>
<footer id="colophon"><p>{esc(site_disc)}</p><p>ATTORNEY ADVERTISING. Prior results do not guarantee a similar outcome.</p><p>© 2026 Brannock &amp; Weil LLP. All rights reserved. | <a href="/privacy/">Privacy Policy</a> | <a href="/disclaimer/">Disclaimer</a></p></footer>
</body>
</html>
"""
    write(F_BW, page)
    reg(aid, F_BW, ps, a["title"], "Brannock & Weil LLP",
        [BW_SOLICIT, BW_ABOUT, BW_ADV, "Attorney Advertising", "ATTORNEY ADVERTISING", "Marcus Feld, Esq.",
         "investigations@brannockweil.com", "(212) 555-0193", "Call (212) 555-0190", "Submit Your Losses",
         site_disc, form_note, "Posted on December 8, 2026 in Investor Alerts", "Securities Fraud",
         "Share on LinkedIn", "Email this alert", *older, "Cases & Investigations", "Practice Areas",
         "© 2026 Brannock & Weil LLP. All rights reserved.", "1270 Avenue of the Americas"])


# ================================================================ 5. trade-magazine newsletter (plain text e-mail saved as .txt)
def build_cmr():
    items = ["cmr-kestrel-startup", "cmr-vossberg-deal", "cmr-black-mass-prices", "cmr-kestrel-fire"]
    rule = "-" * 70
    sponsor = ["SPONSORED", "Ship damaged and defective lithium-ion batteries safely. ThermaSafe DD containers",
               "are certified for transport under ADR special provision 376. Request a quote:",
               "https://www.thermasafe-containers.eu/cmr"]
    events = ["EVENTS", "Battery Recycling Europe Summit, Antwerp, 26-27 January 2027.",
              "CMR subscribers save 15% with code CMR15: https://www.brec-summit.eu"]
    footer = ["You are receiving this newsletter because you signed up at circularmetalsreview.com.",
              "Unsubscribe: https://www.circularmetalsreview.com/u/5f1c2a | Update preferences: "
              "https://www.circularmetalsreview.com/p/5f1c2a",
              "Circular Metals Review is published by Tessaly Media Ltd, 14 Wharf Street, Leeds LS2 7EQ, "
              "United Kingdom.",
              "(c) 2026 Tessaly Media Ltd. All rights reserved. Forwarding this email to non-subscribers is a "
              "breach of our terms and conditions."]
    out = ["CIRCULAR METALS REVIEW", "Weekly Briefing | Issue 48 | Wednesday, December 9, 2026", "",
           "View this email in your browser:", "https://www.circularmetalsreview.com/newsletters/weekly-briefing-48",
           "", "IN THIS ISSUE"]
    for aid in items:
        out.append("* " + ART[aid]["title"])
    out += ["* Events: Battery Recycling Europe Summit, Antwerp", "", rule, ""]
    for k, aid in enumerate(items):
        a = ART[aid]
        d = {"2026-12-02": "December 2, 2026", "2026-12-03": "December 3, 2026", "2026-12-04": "December 4, 2026",
             "2026-12-08": "December 8, 2026"}[a["date"]]
        out += [a["title"].upper() if False else a["title"], f"By {a['authors'][0][0]} | {d}", ""]
        for p in a["paras"]:
            out += textwrap.wrap(p, 70, break_long_words=False, break_on_hyphens=False) + [""]
        out += [f"Read online: {a['url']}", "", rule, ""]
        if k == 1:
            out += sponsor + ["", rule, ""]
        mn = [f"By {a['authors'][0][0]} | {d}", "Read online:", "Weekly Briefing | Issue 48",
              "View this email in your browser", "IN THIS ISSUE", " ".join(sponsor[1:3]), "ThermaSafe DD containers",
              *events[1:], *footer, *[ART[x]["title"] for x in items]]
        reg(aid, F_CMR, a["paras"], a["title"], "Circular Metals Review", mn)
    out += events + ["", rule, ""] + footer + [""]
    # wrap the footer lines like the rest of the plain-text mail
    text = []
    for ln in out:
        text += textwrap.wrap(ln, 70, break_long_words=False, break_on_hyphens=False) if len(ln) > 70 and \
            not ln.startswith("http") else [ln]
    write(F_CMR, "\n".join(text))


# ================================================================ 6. company IR e-mail alerts (mbox)
def build_ir():
    msgs = [("kl-fire-pause", "Mon, 07 Dec 2026 12:04:51 +0000", "Mon Dec  7 12:04:51 2026", "12/07/2026 07:00 AM EST",
             "b7e1"),
            ("kl-fire-findings", "Thu, 10 Dec 2026 12:02:09 +0000", "Thu Dec 10 12:02:09 2026",
             "12/10/2026 07:00 AM EST", "c2d4")]
    unsub = ("You are receiving this email because you are subscribed to Email Alerts for Kestrel Lithium Recovery "
             "Corp. To unsubscribe or change your alert preferences, visit:")
    out = []
    for aid, hdate, fdate, stamp, tok in msgs:
        a = ART[aid]
        body = ["Kestrel Lithium Recovery Corp. | NASDAQ: KLRC", "Press Release", "", a["title"], "", stamp, ""]
        for p in a["paras"]:
            body += [p, ""]
        body += ["###", "", ABOUT_K_HEAD, ABOUT_K, "", FLS_HEAD, a["fls"], ""]
        for hd, lines in K_CONTACT:
            body += [hd] + lines + [""]
        body += ["SOURCE Kestrel Lithium Recovery Corp.", "", "View this press release online:", a["url"], "",
                 "--", unsub, f"https://ir.kestrelrecovery.com/email-alerts/manage?token=9f{tok}", "",
                 "Powered by IRflow | Privacy Policy: https://www.irflow.net/privacy", ""]
        out += [f"From bounce-{tok}@mailer.irflow.net {fdate}",
                f"Return-Path: <bounce-{tok}@mailer.irflow.net>",
                'From: "Kestrel Lithium Recovery Corp." <noreply@irflow.net>',
                "Reply-To: ir@kestrelrecovery.com",
                "To: j.okonkwo@amberley-capital.com",
                f"Subject: Kestrel Lithium Recovery Corp. - {a['title']}",
                f"Date: {hdate}",
                f"Message-ID: <{tok}.klrc.{fdate.split()[2]}@mailer.irflow.net>",
                "MIME-Version: 1.0",
                'Content-Type: text/plain; charset="utf-8"',
                "Content-Transfer-Encoding: 8bit",
                f"List-Unsubscribe: <https://ir.kestrelrecovery.com/email-alerts/unsubscribe?token=9f{tok}>",
                ""] + body
        reg(aid, F_IR, a["paras"], a["title"], CO,
            k_release_mn(aid) + ["Kestrel Lithium Recovery Corp. | NASDAQ: KLRC", stamp,
                                 "View this press release online:", unsub, "Powered by IRflow"])
    for ln in out:
        assert not ln.startswith("From ") or ln.startswith("From bounce-"), ln
    write(F_IR, "\n".join(out))


# ================================================================ 7. company newsroom JSON feed
def build_nr():
    order = [("kl-fire-findings", "2026-12-10T07:00:00-05:00", ["Operations", "Hamburg"]),
             ("kl-fire-pause", "2026-12-07T07:00:00-05:00", ["Operations", "Hamburg"]),
             ("kl-vossberg-offtake", "2026-12-03T07:00:00-05:00", ["Commercial", "Partnerships"]),
             ("kl-hamburg-plant", "2026-12-02T07:00:00-05:00", ["Operations", "Hamburg"]),
             ("kl-investor-day", "2026-11-24T07:00:00-05:00", ["Investors", "Events"])]
    items = []
    for n, (aid, dt, cats) in enumerate(order):
        a = ART[aid]
        city = a["paras"][0].split(" /CastellanWire/")[0].split(" – ")[0]
        ps = [nodateline(a["paras"][0], city + " – ")] + a["paras"][1:]
        body = "".join(f"<p>{esc(p)}</p>" for p in ps)
        body += f"<p><strong>{esc(ABOUT_K_HEAD)}</strong></p><p>{esc(ABOUT_K)}</p>"
        body += f"<p><strong>{esc(FLS_HEAD)}</strong></p><p>{esc(a['fls'])}</p>"
        for hd, lines in K_CONTACT:
            body += f"<p><strong>{esc(hd)}</strong><br>" + "<br>".join(esc(x) for x in lines) + "</p>"
        url = a.get("newsroom_url") or a["url"]
        first = ps[0]
        items.append({
            "id": 2031 - n * 3,
            "type": "press_release",
            "title": a["title"],
            "subtitle": a.get("subhead"),
            "date": dt,
            "url": url,
            "summary": (first[:157].rsplit(" ", 1)[0] + " …"),
            "body_html": body,
            "categories": cats,
            "attachments": [{"title": "Download PDF", "url": url + ".pdf", "mime": "application/pdf"}],
        })
        mn = [x for x in k_release_mn(aid) if not x.startswith("SOURCE ")]
        reg(aid, F_NR, ps, a["title"], CO, mn)
    feed = {"newsroom": "Kestrel Lithium Recovery Corp. — Newsroom",
            "feed_url": "https://www.kestrelrecovery.com/newsroom/feed.json",
            "home_page_url": "https://www.kestrelrecovery.com/newsroom",
            "generated_at": "2026-12-10T21:00:04Z", "language": "en", "page": 1, "per_page": 5, "total": 31,
            "items": items}
    write(F_NR, json.dumps(feed, indent=2) + "\n")


# ================================================================ 8. financial site: syndicated release (HTML)
LL_DISC = ("This article is for informational purposes only and does not constitute investment advice, an offer or "
           "a solicitation to buy or sell any security. Ledgerline Markets and its affiliates do not endorse the "
           "views of any company mentioned.")
LL_MKT = "Market data provided by Quotient Data Feeds, delayed 15 minutes."
LL_FOOT = "© 2026 Ledgerline Media LLC. All rights reserved."
LL_NEWSL = "Get the Morning Ledger: the day's market-moving news in your inbox before the opening bell."


def ll_shell(title, canonical, og_url, published, inner, ticker, trending):
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Ledgerline Markets</title>
<link rel="canonical" href="{canonical}">
<meta property="og:url" content="{og_url}">
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="Ledgerline Markets">
<meta property="article:published_time" content="{published}">
<script async src="https://cdn.ledgerlinemarkets.com/js/quotes.min.js"></script>
</head>
<body>
<header class="ll-header"><a class="ll-logo" href="/">Ledgerline Markets</a>
<nav><a href="/markets/">Markets</a> <a href="/investing/">Investing</a> <a href="/press-releases/">Press Releases</a> <a href="/personal-finance/">Personal Finance</a> <a href="/subscribe/">Subscribe</a> <a href="/login/">Log In</a></nav>
<div class="ticker-tape"><span>DJIA 48,212.40 +0.31%</span> <span>S&amp;P 500 6,904.12 +0.18%</span> <span>NASDAQ 23,410.66 -0.05%</span></div>
</header>
<main class="ll-article">
{inner}
<aside class="quote-box">
{ticker}
<p class="data-credit">{esc(LL_MKT)}</p>
</aside>
<aside class="trending"><h3>Trending on Ledgerline</h3><ol>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in trending)}</ol></aside>
<section class="newsletter-signup"><p>{esc(LL_NEWSL)}</p><form><input type="email" placeholder="Email address"><button>Sign Up</button></form></section>
</main>
<footer class="ll-footer"><p class="disclaimer">{esc(LL_DISC)}</p><p>{esc(LL_FOOT)} <a href="/terms/">Terms</a> <a href="/privacy/">Privacy</a> <a href="/do-not-sell/">Do Not Sell My Personal Information</a></p></footer>
</body>
</html>
"""


def build_ls():
    aid = "kl-hamburg-plant"
    a = ART[aid]
    title = "Kestrel Lithium Opens Hamburg Battery Recycling Plant With 40,000-Tonne Capacity"
    own = "https://www.ledgerlinemarkets.com/press-releases/2026/12/02/kestrel-lithium-opens-hamburg-battery-recycling-plant/"
    ps = [straight(p) for p in a["paras"]]
    src_note = ("This press release was issued through CastellanWire. Ledgerline Markets was not involved in its "
                "creation and has not reviewed or edited its content.")
    inner = f"""<article>
<p class="kicker">Press Release</p>
<h1>{esc(title)}</h1>
<p class="meta">Source: CastellanWire | Published: <time datetime="2026-12-02T07:00:00-05:00">December 2, 2026 at 7:00 a.m. ET</time></p>
<p class="tickers">Companies in this release: <a href="/quote/KLRC/">KLRC</a></p>
<div class="release-text">
{chr(10).join(f'<p>{esc(p)}</p>' for p in ps)}
<p><strong>{esc(straight(ABOUT_K_HEAD))}</strong></p>
<p>{esc(straight(ABOUT_K))}</p>
<p><strong>{esc(FLS_HEAD)}</strong></p>
<p>{esc(straight(a['fls']))}</p>
{chr(10).join(f"<p><strong>{esc(h)}</strong><br>" + "<br>".join(esc(x) for x in lines) + "</p>" for h, lines in K_CONTACT)}
<p>SOURCE Kestrel Lithium Recovery Corp.</p>
<p>View original content: <a href="{a['url']}">{a['url']}</a></p>
</div>
<p class="src-note"><em>{esc(src_note)}</em></p>
</article>"""
    ticker = ('<p class="q-sym">KLRC</p><p class="q-name">Kestrel Lithium Recovery Corp.</p>'
              '<p class="q-last">$13.95 <span class="up">+0.58 (+4.34%)</span></p>'
              '<p class="q-time">As of Dec 2, 2026 10:41 a.m. ET</p>')
    trending = ["Fed minutes show officials split on pace of 2027 cuts",
                "Three dividend stocks yielding over 5% to buy in December",
                "Copper hits six-month high on Chilean supply worries"]
    write(F_LS, ll_shell(title, a["url"], own, "2026-12-02T07:00:00-05:00", inner, ticker, trending))
    mn = [straight(x) for x in k_release_mn(aid)] + [
        src_note, LL_DISC, LL_MKT, LL_FOOT, LL_NEWSL, "Source: CastellanWire | Published: December 2, 2026",
        "Companies in this release:", "View original content:", "+0.58 (+4.34%)", "As of Dec 2, 2026 10:41 a.m. ET",
        "Trending on Ledgerline", *trending, "Do Not Sell My Personal Information", "DJIA 48,212.40 +0.31%"]
    reg(aid, F_LS, ps, title, "Ledgerline Markets", mn)


# ================================================================ 9. financial site: staff article (HTML)
def build_lw():
    aid = "ll-why-klrc-sinking"
    a = ART[aid]
    keyp = ["Kestrel paused its new Hamburg plant after a weekend fire.",
            "The company withdrew its revenue guidance for 2027.",
            "There is no date yet for a restart."]
    pitch = ("Before you buy stock in Kestrel Lithium Recovery, consider this: the Ledgerline Premium analyst team "
             "just identified what they believe are the 10 best stocks for investors to buy now, and Kestrel "
             "Lithium Recovery wasn't one of them.")
    disclosure = ("Evan Ridley has no position in any of the stocks mentioned. Ledgerline Markets has no position in "
                  "any of the stocks mentioned. Ledgerline Markets has a disclosure policy.")
    bio = ("Evan Ridley covers clean-energy and industrial stocks for Ledgerline Markets. He previously worked as an "
           "equity analyst in Chicago. Follow him on X @evanridley_ll.")
    inner = f"""<article>
<nav class="crumbs"><a href="/investing/">Investing</a> / <a href="/investing/stocks/">Stock Market News</a></nav>
<h1>{esc(a['title'])}</h1>
<p class="byline">By <a href="/author/evan-ridley/">Evan Ridley</a> – <time datetime="2026-12-07T14:31:00-05:00">Dec 7, 2026 at 2:31PM</time></p>
<section class="key-points"><h2>Key Points</h2><ul>{''.join(f'<li>{esc(k)}</li>' for k in keyp)}</ul></section>
<div class="article-body">
{chr(10).join(f'<p>{esc(p)}</p>' for p in a['paras'])}
</div>
<div class="pitch"><h3>Should you invest $1,000 in Kestrel Lithium Recovery right now?</h3><p>{esc(pitch)}</p><p><a href="/premium/">See the 10 stocks »</a></p></div>
<p class="disclosure"><em>{esc(disclosure)}</em></p>
<div class="author-bio"><p>{esc(bio)}</p></div>
</article>"""
    ticker = ('<p class="q-sym">KLRC</p><p class="q-name">Kestrel Lithium Recovery Corp.</p>'
              '<p class="q-last">$10.43 <span class="down">-4.39 (-29.62%)</span></p>'
              '<p class="q-time">As of Dec 7, 2026 2:15 p.m. ET</p>')
    trending = ["Three dividend stocks yielding over 5% to buy in December",
                "Why oil prices are falling again", "Is it too late to buy the Nasdaq's biggest winner of 2026?"]
    write(F_LW, ll_shell(a["title"], a["url"], a["url"], "2026-12-07T14:31:00-05:00", inner, ticker, trending))
    reg(aid, F_LW, a["paras"], a["title"], "Ledgerline Markets",
        [*keyp, "Key Points", pitch, "Should you invest $1,000 in Kestrel Lithium Recovery right now?",
         "See the 10 stocks", disclosure, bio, "Dec 7, 2026 at 2:31PM", LL_DISC, LL_MKT, LL_FOOT, LL_NEWSL,
         "-4.39 (-29.62%)", "As of Dec 7, 2026 2:15 p.m. ET", "Trending on Ledgerline", *trending,
         "Stock Market News"])


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    build_cw()
    build_al()
    build_nx()
    build_bw()
    build_cmr()
    build_ir()
    build_nr()
    build_ls()
    build_lw()
    assert sorted(os.listdir(DUMPS)) == ALL, sorted(os.listdir(DUMPS))
    gold = []
    for aid, a in ART.items():
        cps = sorted(COPIES[aid], key=lambda c: (ALL.index(c[0]), c[1]))
        titles = [a["title"]] + [t for t in TITLES[aid] if t != a["title"]]
        outs = list(a["outlets"])
        assert set(OUTLETS[aid]) <= set(a["outlets"]), (aid, OUTLETS[aid])
        g = {"id": aid, "title": titles, "outlet": outs, "date": a["date"], "authors": a["authors"]}
        if a.get("url") and aid != "dp-klrc-investigation":
            g["url"] = a["url"]
        g["must_not"] = list(MUSTNOT[aid])
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        g["_first"] = (ALL.index(cps[0][0]), cps[0][1])
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
    # drop must_not strings that are part of some gold body (e.g. a headline word-for-word inside a text)
    bodies = [c["body"] for g in gold for c in g["copies"]]
    for g in gold:
        bad = [s for s in g["must_not"] if any(s in b for b in bodies)]
        assert not bad, (g["id"], bad)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {sum(len(g['copies']) for g in gold)} copies, "
          f"{sum(1 for g in gold if len(g['copies']) > 1)} groups, {sum(len(g['must_not']) for g in gold)} must_not")
    # F1 of every non-first copy against the first copy (for the README)
    W = re.compile(r"\w+")

    def f1(x, y):
        p, q = collections.Counter(W.findall(x.lower())), collections.Counter(W.findall(y.lower()))
        c = sum((p & q).values())
        return 0 if not c else 2 * c / (sum(p.values()) + sum(q.values()))
    for g in gold:
        for c in g["copies"][1:]:
            print(f"  {g['id']:24s} {c['source'][:40]:40s} F1 {f1(c['body'], g['copies'][0]['body']):.3f}")


if __name__ == "__main__":
    main()
