# -*- coding: utf-8 -*-
"""Build tests/blind23/dumps/* and tests/blind23/gold.json from articles.py (deterministic, byte-identical reruns).

usage: /work/main/.venv/bin/python tests/blind23/build/build_set.py

Theme: web archives as crawlers and archiving tools really write them -- a Heritrix crawl over three days (revisit,
update, redirects, 404, tag page, paywall, AMP), a wget --warc-file mirror (chunked + gzip bodies kept as received,
charset traps), a Browsertrix WACZ, an IA ARC file of 2009, Wayback Machine id_ and toolbar saves, an archive.today
snapshot, a SingleFile save, a Safari .webarchive, an HTTrack mirror page and a Common Crawl WET subset.
"""
import collections
import html
import html.parser
import io
import json
import os
import plistlib
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")
sys.path.insert(0, HERE)
sys.path.insert(0, ROOT)
from articles import ANS, ART, CD, CG, CL, FT, KCC  # noqa: E402
from warcs import (arc_filedesc, arc_record, chunked, gz, gzip_raw, http_head, sha1_b32, sha256_hex,  # noqa: E402
                   urn, warc_record)

F_AWAC = "AWAC-FUNDYTEL-20261116081502338-00000-3187~crawl03.awac.ca~8443.warc.gz"
F_WET = "CC-MAIN-2026-48-nb-news-subset.warc.wet.gz"
F_SF = "Dieppe council approves 14-storey tower near Champlain Place - Codiac Dispatch (11_24_2026 9_12_44 AM).html"
F_WA = "Moncton ERs brace for overflow if rural hospitals close overnight - Codiac Dispatch.webarchive"
F_ARC = "NBWEB-20090318034512-00000-crawler1.nbwebproject.org.arc.gz"
F_AT = "archive.ph_Xk7Qm.html"
F_CLID = "capitalledger.ca_2026_11_20_opposition-bill-legislature-vote-er-hours_20261121093015id_.html"
F_CLWB = "capitalledger.ca_2026_11_20_opposition-bill-legislature-vote-er-hours_wayback-20261121093015.html"
F_CGWB = "chaleurgazette.com_news.php_id=2229_wayback-20090320041723.html"
F_WACZ = "codiacdispatch-2026-11-19.wacz"
F_WGET = "kentcoastcourier-20261120.warc.gz"
F_HT = "kentcoastcourier_httrack_news_story35c1.html"
ALL = [F_AWAC, F_WET, F_SF, F_WA, F_ARC, F_AT, F_CLID, F_CLWB, F_CGWB, F_WACZ, F_WGET, F_HT]
assert ALL == sorted(ALL), sorted(ALL)

COPIES, MUSTNOT, POS = {}, {}, {}
NOTES = collections.defaultdict(list)     # where inside each file each copy is (for the README)

MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ap_date(iso):
    y, m, d = iso.split("-")
    return f"{MON[int(m) - 1]} {int(d)}, {y}"


def long_date(iso):
    y, m, d = iso.split("-")
    return f"{MONTH[int(m) - 1]} {int(d)}, {y}"


def short_date(iso):
    y, m, d = iso.split("-")
    return f"{MONTH[int(m) - 1][:3]} {int(d)}, {y}"


def weekday(iso):
    import datetime
    return DOW[datetime.date.fromisoformat(iso).weekday()]


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def straight(s):
    return (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u2014", "--").replace("\u2013", "-"))


def reg(aid, src, paras, mn=(), where=""):
    assert aid in ART, aid
    body = "\n\n".join(" ".join(p.split()) for p in paras)
    pos = POS.get(src, 0)
    POS[src] = pos + 1
    COPIES.setdefault(aid, []).append((src, pos, body))
    addmn(aid, mn)
    NOTES[src].append((aid, where))


def addmn(aid, strings):
    lst = MUSTNOT.setdefault(aid, [])
    for s in strings:
        s = " ".join(s.split())
        if len(s) >= 10 and s not in lst:
            lst.append(s)


def write(name, data):
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def paras(aid, variant="orig"):
    a = ART[aid]
    ps = list(a["paras"])
    if variant == "updated":
        for i, p in a["updated"].items():
            ps[i] = p
        if a.get("correction"):
            ps.append(a["correction"])
        if a.get("update_add"):
            ps.append(a["update_add"])
    return ps


def jsonld(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2).replace("</", "<\\/")


# ====================================================================================================================
# 1. The Fundy Telegraph (fundytelegraph.ca): Arc-style template, crawled by Heritrix on 16, 17 and 18 Nov 2026
# ====================================================================================================================
FT_HOST = "https://www.fundytelegraph.ca"


def ft_url(aid):
    return f"{FT_HOST}/{ART[aid]['slug']}/"


FT_PEOPLE = {
    "Meredith Cyr": ("Health Reporter", "meredith-cyr",
                     "Meredith Cyr covers health for The Fundy Telegraph. Reach her at mcyr@fundytelegraph.ca."),
    "Owen Mackay": ("Business Reporter", "owen-mackay",
                    "Owen Mackay covers the port, transportation and business. Reach him at omackay@fundytelegraph.ca."),
    "Priya Raman": ("City Hall Reporter", "priya-raman",
                    "Priya Raman covers Saint John city hall and housing. Reach her at praman@fundytelegraph.ca."),
    "Lise Gautreau": ("Kennebecasis Valley Reporter", "lise-gautreau",
                      "Lise Gautreau covers Rothesay, Quispamsis and the Kennebecasis Valley. Reach her at "
                      "lgautreau@fundytelegraph.ca."),
}
FT_TIMES = {  # published (local, -04:00), shown as
    "ft-rents": ("2026-11-14T05:30:00-04:00", "5:30 a.m."),
    "ft-cranes": ("2026-11-15T11:12:00-04:00", "11:12 a.m."),
    "ft-er-plan": ("2026-11-16T06:00:00-04:00", "6:00 a.m."),
    "ft-falls-bridge": ("2026-11-16T14:25:00-04:00", "2:25 p.m."),
    "ft-er-nurses": ("2026-11-17T05:45:00-04:00", "5:45 a.m."),
    "ans-premiers": ("2026-11-17T16:02:00-04:00", "4:02 p.m."),
    "ft-gondola-ferry": ("2026-11-18T07:10:00-04:00", "7:10 a.m."),
    "ft-city-market": ("2026-11-18T06:30:00-04:00", "6:30 a.m."),
}
FT_UPDATED = {"ft-er-plan": ("2026-11-17T18:40:00-04:00", "Updated Nov. 17, 2026 at 6:40 p.m.")}
FT_CAPTION = {
    "ft-er-plan": ("The emergency department entrance at Kent Coast Community Hospital in Sainte-Anne-de-Kent.",
                   "Meredith Cyr/The Fundy Telegraph", "kent-coast-er-entrance"),
    "ft-cranes": ("The heavy-lift ship carrying two container cranes passes Partridge Island on Saturday.",
                  "Owen Mackay/The Fundy Telegraph", "cranes-partridge-island"),
    "ft-rents": ("Apartment buildings on Germain Street in uptown Saint John.",
                 "Priya Raman/The Fundy Telegraph", "germain-street-apartments"),
    "ft-falls-bridge": ("Traffic on the Reversing Falls bridge on Monday afternoon.",
                        "Owen Mackay/The Fundy Telegraph", "reversing-falls-bridge-traffic"),
    "ft-er-nurses": ("Nurses at a rally outside the legislature in Fredericton last spring.",
                     "File photo/The Fundy Telegraph", "nurses-rally-file"),
    "ans-premiers": ("Province House in Halifax.", "Atlantic News Service", "province-house-halifax"),
    "ft-gondola-ferry": ("The Gondola Point ferry crosses the Kennebecasis River on Wednesday morning.",
                         "Lise Gautreau/The Fundy Telegraph", "gondola-point-ferry"),
    "ft-city-market": ("Shoppers inside the Saint John City Market.", "Priya Raman/The Fundy Telegraph",
                       "city-market-interior"),
}
FT_READMORE = {  # in-body promo after paragraph n
    "ft-er-plan": (2, "Rural paramedic vacancies hit 60, union says", "news/2026/11/10/rural-paramedic-vacancies-hit-60"),
    "ft-er-nurses": (2, "Province to end overnight ER service at four rural hospitals",
                     "news/2026/11/16/province-to-end-overnight-er-service-at-four-rural-hospitals"),
    "ft-cranes": (1, "Port Saint John’s terminal upgrade: what the $205 million buys",
                  "business/2026/06/02/port-terminal-upgrade-explained"),
    "ft-rents": (2, "Saint John housing strategy: 1,200 units a year, on paper",
                 "news/2026/04/22/saint-john-housing-strategy-adopted"),
    "ft-falls-bridge": (1, "Harbour Bridge tolls: a short history", "news/2025/09/14/harbour-bridge-tolls-history"),
    "ft-gondola-ferry": (2, "Kingston Peninsula residents ask for a third ferry",
                         "news/2026/08/19/kingston-peninsula-third-ferry"),
    "ft-city-market": (1, "City Market turns 150: a photo history", "news/2026/05/30/city-market-150-photo-history"),
}
FT_TICKER = {
    "2026-11-16": ("Weather alert", "Rainfall warning in effect for Saint John and the Fundy coast"),
    "2026-11-17": ("Breaking", "Power restored to most of east Saint John after overnight outage"),
    "2026-11-18": ("Live", "Saint John council budget debate: follow along from city hall"),
    "2026-11-24": ("Weather alert", "Snowfall warning for southern New Brunswick tonight"),
    "2026-11-25": ("Breaking", "Route 1 westbound closed near Grand Bay-Westfield after collision"),
}
FT_OTHER_TRENDING = ["Saint John water rates to rise 6 per cent in 2027",
                     "Rothesay woman, 101, still swims at the Y every morning",
                     "Sea fog delays Digby ferry crossings for a third day"]
FT_TRENDING = {
    "2026-11-16": ["ft-falls-bridge", "ft-cranes", FT_OTHER_TRENDING[0], "ft-rents", FT_OTHER_TRENDING[1]],
    "2026-11-17": ["ft-er-plan", "ft-falls-bridge", "ft-er-nurses", FT_OTHER_TRENDING[0], "ft-cranes"],
    "2026-11-18": ["ft-gondola-ferry", "ft-city-market", "ft-er-plan", "ft-er-nurses", FT_OTHER_TRENDING[2]],
    "2026-11-24": ["ft-er-plan", "ft-gondola-ferry", FT_OTHER_TRENDING[2], "ft-city-market", "ft-cranes"],
    "2026-11-25": ["ft-er-plan", "ft-city-market", FT_OTHER_TRENDING[0], "ft-gondola-ferry", "ft-er-nurses"],
}
FT_NAV = [("News", "/news/"), ("Saint John", "/news/saint-john/"), ("Business", "/business/"),
          ("Health", "/news/health/"), ("Sports", "/sports/"), ("Opinion", "/opinion/"),
          ("Obituaries", "/obituaries/"), ("e-Edition", "/e-edition/")]
FT_TOP = ["Subscribe from $1.99/week", "Sign in"]
FT_SHARE = ["Share on Facebook", "Share on X", "Email this story", "Copy link"]
FT_NL = ("The Morning Brief", "Saint John news in your inbox before 7 a.m., Monday to Saturday.", "Sign up")
FT_FOOT = ["© 2026 Fundy Telegraph Media Inc. All rights reserved.", "About us", "Contact the newsroom",
           "Privacy policy", "Terms of use", "Advertise with us", "Manage cookie preferences"]
FT_SECTION_PATH = {"Health": "/news/health/", "Business": "/business/", "Saint John": "/news/saint-john/",
                   "Canada": "/news/canada/"}


def ft_title(x):
    return ART[x]["title"] if x in ART else x


def ft_path(x):
    return "/" + ART[x]["slug"] + "/" if x in ART else "/news/2026/11/" + re.sub(r"[^a-z0-9]+", "-", x.lower())[:60].strip("-") + "/"


def ft_head(aid, title, desc, canonical, published, modified, section, paywalled=False):
    a = ART[aid]
    authors = [{"@type": "Person", "name": n, "url": f"{FT_HOST}/author/{FT_PEOPLE[n][1]}/"} if n in FT_PEOPLE
               else {"@type": "Person", "name": n} for n in a["authors"]]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage",
          "@id": canonical}, "headline": title, "description": desc,
          "image": [f"{FT_HOST}/resizer/v2/{FT_CAPTION[aid][2]}.jpg?auth=7f3c&width=1200&height=675"],
          "datePublished": published, "dateModified": modified, "author": authors, "articleSection": section,
          "isAccessibleForFree": not paywalled,
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Fundy Telegraph",
                        "logo": {"@type": "ImageObject", "url": f"{FT_HOST}/pf/resources/images/ft-logo-600x60.png",
                                 "width": 600, "height": 60}}}
    if paywalled:
        ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".story-body"}
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | The Fundy Telegraph</title>
<meta name="description" content="{attr(desc)}">
<link rel="canonical" href="{canonical}">
<link rel="amphtml" href="{canonical}amp/">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Fundy Telegraph">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(desc)}">
<meta property="og:url" content="{canonical}">
<meta property="og:image" content="{FT_HOST}/resizer/v2/{FT_CAPTION[aid][2]}.jpg?auth=7f3c&amp;width=1200&amp;height=675">
<meta property="article:published_time" content="{published}">
<meta property="article:modified_time" content="{modified}">
<meta property="article:section" content="{attr(section)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@FundyTelegraph">
<script type="application/ld+json">{jsonld(ld)}</script>
<link rel="preload" href="/pf/resources/fonts/Tiempos-Headline-Semibold.woff2" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="/pf/resources/dist/css/ft-main.css?d=412">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"article","section":"{section.lower()}","contentId":"{urn(aid)[10:18].upper()}","paywall":"{"hard" if paywalled else "metered"}"}});</script>
</head>"""


def ft_header(day):
    nav = "".join(f'<li><a href="{p}">{esc(n)}</a></li>' for n, p in FT_NAV)
    lab, tick = FT_TICKER[day]
    s = f"""<a class="skip-link" href="#main">Skip to main content</a>
<div class="top-bar"><a class="top-bar__sub" href="/subscribe/?src=topbar">{esc(FT_TOP[0])}</a> <a class="top-bar__login" href="/account/login/">{FT_TOP[1]}</a></div>
<header class="site-header">
<a class="site-header__logo" href="/"><img src="/pf/resources/images/ft-logo.svg" alt="The Fundy Telegraph" width="260" height="34"></a>
<nav class="main-nav" aria-label="Sections"><ul>{nav}</ul></nav>
</header>
<div class="ticker"><span class="ticker__label">{lab}</span> <a href="/news/2026/11/ticker/">{esc(tick)}</a></div>"""
    return s, [tick, "Skip to main content"] + FT_TOP


def ft_footer(day):
    trend = FT_TRENDING[day]
    items = "".join(f'<li><a href="{ft_path(x)}">{esc(ft_title(x))}</a></li>' for x in trend)
    s = f"""<aside class="trending"><h3>Trending on fundytelegraph.ca</h3><ol>{items}</ol></aside>
</main>
<footer class="site-footer">
<a href="/"><img src="/pf/resources/images/ft-logo-white.svg" alt="The Fundy Telegraph" width="200" height="26"></a>
<p class="site-footer__copy">{esc(FT_FOOT[0])}</p>
<ul class="site-footer__links">{''.join(f'<li><a href="/{re.sub(r"[^a-z]+", "-", x.lower()).strip("-")}/">{esc(x)}</a></li>' for x in FT_FOOT[1:])}</ul>
</footer>"""
    return s, ["Trending on fundytelegraph.ca"] + [ft_title(x) for x in trend] + FT_FOOT


def ft_byline(aid):
    a = ART[aid]
    if aid == "ans-premiers":
        return ('<div class="story-byline">By <span class="byline-name">Claire Hebb</span> · '
                '<span class="byline-org">Atlantic News Service</span></div>',
                ["By Claire Hebb · Atlantic News Service"])
    n = a["authors"][0]
    role, slug, _ = FT_PEOPLE[n]
    return (f'<div class="story-byline">By <a href="/author/{slug}/">{esc(n)}</a> '
            f'<span class="byline-role">{esc(role)}</span></div>', [f"By {n} {role}"])


def ft_article(aid, day, variant="orig", paywall=False, for_archive_today=False):
    """The Telegraph's article page. Returns (html, paragraphs, must_not)."""
    a = ART[aid]
    ps = paras(aid, variant)
    canonical = ft_url(aid)
    published, shown = FT_TIMES[aid]
    modified = FT_UPDATED[aid][0] if (variant == "updated" and aid in FT_UPDATED) else published
    section = a["section"]
    head = ft_head(aid, a["title"], a["dek"], canonical, published, modified, section, paywalled=(aid == "ft-rents"))
    hdr, mn = ft_header(day)
    foot, mn2 = ft_footer(day)
    mn = mn + mn2
    byl, mn3 = ft_byline(aid)
    mn += mn3 + [a["title"], a["dek"]]
    pub_line = f"Published {ap_date(a['date'])} at {shown}"
    times = f'<time datetime="{published}">{pub_line}</time>'
    mn.append(pub_line)
    if variant == "updated" and aid in FT_UPDATED:
        times += f' <time class="updated" datetime="{FT_UPDATED[aid][0]}">{FT_UPDATED[aid][1]}</time>'
        mn.append(FT_UPDATED[aid][1])
    kicker = f'<div class="story-kicker"><a href="{FT_SECTION_PATH[section]}">{esc(section)}</a>'
    if aid == "ft-rents":
        kicker += ' <span class="story-kicker__premium">Subscriber exclusive</span>'
        mn.append("Subscriber exclusive")
    kicker += "</div>"
    share = "".join(f'<a class="share-bar__{i}" href="#share-{i}">{esc(s)}</a>' for i, s in enumerate(FT_SHARE[:3]))
    share += f'<button class="share-bar__copy" type="button">{FT_SHARE[3]}</button>'
    mn += FT_SHARE
    cap, credit, img = FT_CAPTION[aid]
    mn += [cap, credit]
    fig = (f'<figure class="lead-art"><img src="{FT_HOST}/resizer/v2/{img}.jpg?auth=7f3c&amp;width=900" '
           f'alt="{attr(cap)}" width="900" height="506"><figcaption>{esc(cap)} '
           f'<span class="credit">({esc(credit)})</span></figcaption></figure>')
    if paywall:
        body = ("""<div class="paywall-wall" data-paywall="hard">
<h2 class="paywall-wall__title">This story is for subscribers</h2>
<p>Get unlimited access to local news from Saint John and the Fundy coast, the e-Edition and our newsletters.</p>
<a class="btn btn--primary" href="/subscribe/?src=paywall">Subscribe for $1.99/week</a>
<p class="paywall-wall__fine">$1.99/week for the first 6 months, then $5.49/week. Cancel anytime.</p>
<p class="paywall-wall__login">Already a subscriber? <a href="/account/login/">Sign in</a></p>
</div>""")
        bio = ""
    else:
        parts = []
        rm = FT_READMORE.get(aid)
        for i, p in enumerate(ps):
            parts.append(f"<p>{esc(p)}</p>")
            if rm and i == rm[0]:
                parts.append(f'<div class="inline-related"><p><strong>READ MORE:</strong> '
                             f'<a href="/{rm[2]}/">{esc(rm[1])}</a></p></div>')
                mn += [f"READ MORE: {rm[1]}"]
            if i == 3 and len(ps) > 5:
                parts.append('<div class="ad-slot" id="ad-mid-1" data-slot="/2150/ft/article/mid1">'
                             '<span class="ad-slot__label">Advertisement</span></div>')
                mn.append("Advertisement")
        body = f'<div class="story-body">\n' + "\n".join(parts) + "\n</div>"
        if aid in ("ft-er-plan", "ft-er-nurses"):
            body += ('\n<div class="story-tags">Tags: <a href="/tag/rural-health/">Rural health</a> '
                     '<a href="/tag/hospitals/">Hospitals</a></div>')
            mn.append("Tags: Rural health Hospitals")
        if aid == "ans-premiers":
            bio = ('<div class="story-credit"><p>This story was provided by Atlantic News Service and edited for '
                   'The Fundy Telegraph.</p></div>')
            mn.append("This story was provided by Atlantic News Service and edited for The Fundy Telegraph.")
        else:
            bio = f'<div class="author-bio"><p>{esc(FT_PEOPLE[a["authors"][0]][2])}</p></div>'
            mn.append(FT_PEOPLE[a["authors"][0]][2])
    nl = (f'<aside class="newsletter-signup"><h3>{FT_NL[0]}</h3><p>{FT_NL[1]}</p><form action="/newsletters/subscribe" '
          f'method="post"><input type="email" name="email" placeholder="Email address" aria-label="Email address">'
          f'<button type="submit">{FT_NL[2]}</button></form></aside>')
    mn += [FT_NL[0], FT_NL[1]]
    page = f"""<!DOCTYPE html>
<html lang="en-CA">
{head}
<body class="article-page section-{section.lower().replace(' ', '-')}">
{hdr}
<main id="main">
<article class="story">
{kicker}
<h1 class="story-headline">{esc(a['title'])}</h1>
<h2 class="story-dek">{esc(a['dek'])}</h2>
{byl}
<div class="story-timestamp">{times}</div>
<div class="share-bar">{share}</div>
{fig}
{body}
{bio}
{nl}
</article>
{foot}
</body>
</html>
"""
    return page, ps, mn


def ft_amp(aid, day):
    a = ART[aid]
    ps = paras(aid)
    canonical = ft_url(aid)
    published, shown = FT_TIMES[aid]
    cap, credit, img = FT_CAPTION[aid]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": canonical,
          "headline": a["title"], "datePublished": published, "dateModified": published,
          "author": [{"@type": "Person", "name": n} for n in a["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Fundy Telegraph"},
          "image": [f"{FT_HOST}/resizer/v2/{img}.jpg?auth=7f3c&width=1200&height=675"]}
    body = []
    for i, p in enumerate(ps):
        body.append(f"<p>{esc(p)}</p>")
        if i == 1:
            body.append('<amp-ad width="300" height="250" type="doubleclick" data-slot="/2150/ft/amp/business" '
                        'data-multi-size-validation="false"><div placeholder>Advertisement</div></amp-ad>')
    byline = f"By {a['authors'][0]} | {ap_date(a['date'])}"
    page = f"""<!doctype html>
<html ⚡ lang="en-CA">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>{esc(a['title'])} | The Fundy Telegraph</title>
<link rel="canonical" href="{canonical}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@-webkit-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@-moz-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@-ms-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@-o-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Georgia,serif;margin:0}}.amp-header{{background:#0b2545;padding:10px 16px}}article{{padding:0 16px}}h1{{font-size:26px;line-height:1.2}}.dek{{color:#555}}.byline{{font:13px Arial,sans-serif;color:#333}}.caption{{font:12px Arial,sans-serif;color:#666}}footer{{font:12px Arial,sans-serif;padding:16px;background:#eee}}</style>
</head>
<body>
<header class="amp-header"><a href="{FT_HOST}/"><amp-img src="{FT_HOST}/pf/resources/images/ft-logo-white.png" width="180" height="24" alt="The Fundy Telegraph"></amp-img></a></header>
<article>
<div class="kicker">{esc(a['section'])}</div>
<h1>{esc(a['title'])}</h1>
<p class="dek">{esc(a['dek'])}</p>
<p class="byline">{esc(byline)}</p>
<amp-img src="{FT_HOST}/resizer/v2/{img}.jpg?auth=7f3c&amp;width=600" width="600" height="338" layout="responsive" alt="{attr(cap)}"></amp-img>
<p class="caption">{esc(cap)} ({esc(credit)})</p>
<div class="share"><amp-social-share type="facebook" width="32" height="32" data-param-app_id="254325784911610"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share></div>
{chr(10).join(body)}
</article>
<footer><p><a href="{canonical}">View full site</a> · <a href="{FT_HOST}/subscribe/?src=amp">Subscribe from $1.99/week</a></p><p>© 2026 Fundy Telegraph Media Inc. All rights reserved.</p></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-FT2150AMP","config":{{"G-FT2150AMP":{{"groups":"default"}}}}}}}}</script></amp-analytics>
</body>
</html>
"""
    mn = [a["title"], a["dek"], byline, f"{cap} ({credit})", "View full site", "Subscribe from $1.99/week",
          "© 2026 Fundy Telegraph Media Inc. All rights reserved.", "Advertisement"]
    return page, ps, mn


FT_TAG_ITEMS = [  # (key, date, byline, teaser) newest first; keys in ART are real stories, others only listed
    ("ft-er-nurses", "2026-11-17", None, None),
    ("ft-er-plan", "2026-11-16", None, None),
    ("Sussex health centre loses its last overnight doctor", "2026-11-12", "Meredith Cyr",
     "The Kings Valley Health Centre has had no overnight physician since October, staff say."),
    ("Grand Manan council asks for a meeting with the health minister", "2026-11-12", "Lise Gautreau",
     "Councillors want a guarantee of air ambulance service before any change to the island’s ER."),
    ("Rural paramedic vacancies hit 60, union says", "2026-11-10", "Meredith Cyr",
     "Ambulance crews in Kent and Charlotte counties are the hardest to fill."),
    ("Sackville clinic stops taking new patients", "2026-11-06", "Meredith Cyr",
     "About 1,900 Tantramar residents are on the waiting list for a family doctor."),
    ("Province to post rural ER wait times online", "2026-11-03", "Meredith Cyr",
     "A public dashboard will show waits at 22 emergency departments, updated hourly."),
    ("St. Stephen hospital reopens its birthing unit", "2026-10-29", "Lise Gautreau",
     "The unit closed for 14 months after two obstetricians left."),
    ("How far is your nearest ER? We mapped every community", "2026-10-24", "Owen Mackay",
     "Drive times from 340 New Brunswick communities to the nearest 24-hour emergency department."),
    ("Nurse practitioner clinic opens in Hampton", "2026-10-21", "Lise Gautreau",
     "The clinic will see 2,500 patients a year who have no family doctor."),
    ("Opinion: Rural hospitals need a plan, not a pilot project", "2026-10-18", "Editorial Board",
     "Another pilot will not staff a night shift in Sussex."),
]
FT_DELETED = "news/2026/11/12/sussex-health-centre-loses-last-overnight-doctor"


def ft_tag_page(day):
    items = [x for x in FT_TAG_ITEMS if x[0] not in ART or ART[x[0]]["date"] <= day][:10]
    cards = []
    for key, date, by, teaser in items:
        if key in ART:
            title, by, teaser, path = ART[key]["title"], ART[key]["authors"][0], ART[key]["dek"], ft_path(key)
        else:
            title = key
            path = "/" + FT_DELETED + "/" if key.startswith("Sussex") else ft_path(key)
        cards.append(f'<article class="card"><h2 class="card__headline"><a href="{path}">{esc(title)}</a></h2>'
                     f'<p class="card__teaser">{esc(teaser)}</p><div class="card__meta">By {esc(by)} · '
                     f'{ap_date(date)}</div></article>')
    hdr, _ = ft_header(day)
    foot, _ = ft_footer(day)
    return f"""<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>Rural health | The Fundy Telegraph</title>
<link rel="canonical" href="{FT_HOST}/tag/rural-health/">
<meta property="og:type" content="website">
<meta property="og:site_name" content="The Fundy Telegraph">
<link rel="stylesheet" href="/pf/resources/dist/css/ft-main.css?d=412">
</head>
<body class="tag-page">
{hdr}
<main id="main">
<header class="tag-header"><h1>Rural health</h1><p>All our coverage of hospitals, clinics and emergency care outside the cities.</p></header>
<section class="card-list">
{chr(10).join(cards)}
</section>
<nav class="pagination"><a href="/tag/rural-health/page/2/">Load more stories</a></nav>
{foot}
</body>
</html>
"""


def ft_404(day):
    hdr, _ = ft_header(day)
    foot, _ = ft_footer(day)
    latest = ["ft-falls-bridge", "ft-er-plan", "ft-cranes", "ft-rents"]
    lis = "".join(f'<li><a href="{ft_path(x)}">{esc(ft_title(x))}</a></li>' for x in latest)
    return f"""<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>Page not found | The Fundy Telegraph</title>
<meta name="robots" content="noindex">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Fundy Telegraph">
<link rel="stylesheet" href="/pf/resources/dist/css/ft-main.css?d=412">
</head>
<body class="article-page error-404">
{hdr}
<main id="main">
<article class="story story--error">
<div class="story-kicker"><a href="/news/">News</a></div>
<h1 class="story-headline">Page not found</h1>
<div class="story-body">
<p>Sorry, we couldn’t find the page you were looking for. It may have been moved, renamed or removed.</p>
<p>Try searching fundytelegraph.ca, or start again from our <a href="/">homepage</a>.</p>
</div>
<h2>Latest stories</h2>
<ul class="latest">{lis}</ul>
</article>
{foot}
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------- Heritrix WARC
def tiny_jpeg(seed):
    from PIL import Image
    im = Image.new("RGB", (24, 14), (40 + seed % 150, 80, 120))
    b = io.BytesIO()
    im.save(b, "JPEG", quality=60)
    return b.getvalue()


def tiny_png(seed):
    from PIL import Image
    im = Image.new("RGB", (16, 16), (200, 60 + seed % 150, 40))
    b = io.BytesIO()
    im.save(b, "PNG", optimize=False)
    return b.getvalue()


GIF_1x1 = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")


class Heritrix:
    """Heritrix 3.4 WARC writer behaviour: warcinfo first; per fetch a response (or revisit), then the request, then a
    metadata record, the last two WARC-Concurrent-To the first; dns: lookups as text/dns responses; HTTP/1.0 requests."""
    UA = "Mozilla/5.0 (compatible; heritrix/3.4.0 +https://awac.ca/crawler)"

    def __init__(self, fname):
        self.fname = fname
        self.out = []
        self.n = 0
        self.digests = {}

    def add(self, headers, block):
        self.out.append(gz(warc_record("WARC/1.0", headers, block)))

    def warcinfo(self, date):
        info = ("software: Heritrix/3.4.0-20220727 https://heritrix.readthedocs.io\r\n"
                "ip: 10.20.4.13\r\nhostname: crawl03.awac.ca\r\nformat: WARC File Format 1.0\r\n"
                "conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n"
                "operator: Atlantic Web Archive Consortium <crawl@awac.ca>\r\n"
                "description: The Fundy Telegraph, rural health coverage: daily recrawl 16-18 November 2026\r\n"
                "robots: obey\r\n"
                f"http-header-user-agent: {self.UA}\r\n"
                "isPartOf: FUNDYTEL-2026-11\r\n").encode()
        self.add([("WARC-Type", "warcinfo"), ("WARC-Date", date), ("WARC-Filename", self.fname),
                  ("WARC-Record-ID", urn("awac-info")), ("Content-Type", "application/warc-fields")], info)

    def dns(self, host, ip, date):
        d14 = date.replace("-", "").replace("T", "").replace(":", "").replace("Z", "")
        block = f"{d14}\n{host}.\t300\tIN\tA\t{ip}\n".encode()
        self.add([("WARC-Type", "response"), ("WARC-Target-URI", f"dns:{host}"), ("WARC-Date", date),
                  ("WARC-IP-Address", "10.20.0.2"), ("WARC-Record-ID", urn(f"dns{host}{date}")),
                  ("Content-Type", "text/dns")], block)

    def fetch(self, url, date, status, headers, body, ip="203.0.113.48", via=None, hops="", outlinks=(),
              referer=None, revisit_of=None, fetch_ms=180):
        self.n += 1
        rid = urn(f"awac-resp-{self.n}-{url}-{date}")
        httpblock = http_head(status, headers)
        digest = sha1_b32(body)
        if revisit_of:
            ref_date = revisit_of
            self.add([("WARC-Type", "revisit"), ("WARC-Target-URI", url), ("WARC-Date", date),
                      ("WARC-Payload-Digest", digest), ("WARC-IP-Address", ip),
                      ("WARC-Profile", "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"),
                      ("WARC-Truncated", "length"), ("WARC-Refers-To-Target-URI", url),
                      ("WARC-Refers-To-Date", ref_date), ("WARC-Record-ID", rid),
                      ("Content-Type", "application/http; msgtype=response")], httpblock)
        else:
            self.add([("WARC-Type", "response"), ("WARC-Target-URI", url), ("WARC-Date", date),
                      ("WARC-Payload-Digest", digest), ("WARC-IP-Address", ip), ("WARC-Record-ID", rid),
                      ("Content-Type", "application/http; msgtype=response")], httpblock + body)
        self.digests[url] = (digest, date)
        path = re.sub(r"^https?://[^/]+", "", url) or "/"
        host = re.match(r"^https?://([^/]+)", url).group(1)
        rq = [("User-Agent", self.UA), ("Connection", "close")]
        if referer:
            rq.append(("Referer", referer))
        rq += [("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), ("Host", host)]
        req = http_head(f"GET {path} HTTP/1.0", rq)
        self.add([("WARC-Type", "request"), ("WARC-Target-URI", url), ("WARC-Date", date),
                  ("WARC-Concurrent-To", rid), ("WARC-Record-ID", urn(f"awac-req-{self.n}-{url}-{date}")),
                  ("Content-Type", "application/http; msgtype=request")], req)
        meta = []
        if via:
            meta += [f"via: {via}", f"hopsFromSeed: {hops}"]
        meta += [f"sourceTag: {SEED_OF.get(url, SEED_OF.get(via, via) if via else url)}", f"fetchTimeMs: {fetch_ms}"]
        if "html" in dict(headers).get("Content-Type", ""):
            meta.append("charsetForLinkExtraction: UTF-8")
        meta += [f"outlinks: {o}" for o in outlinks]
        self.add([("WARC-Type", "metadata"), ("WARC-Target-URI", url), ("WARC-Date", date),
                  ("WARC-Concurrent-To", rid), ("WARC-Record-ID", urn(f"awac-meta-{self.n}-{url}-{date}")),
                  ("Content-Type", "application/warc-fields")], ("\r\n".join(meta) + "\r\n").encode())

    def data(self):
        return b"".join(self.out)


SEED_OF = {}


def http_date(iso):
    import datetime
    d = datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ")
    return d.strftime("%a, %d %b %Y %H:%M:%S GMT")


def nginx_page(code, text):
    return (f"<html>\r\n<head><title>{code} {text}</title></head>\r\n<body>\r\n<center><h1>{code} {text}</h1></center>"
            f"\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n").encode()


def ft_ok_headers(date, body, ctype="text/html; charset=utf-8", extra=()):
    return [("Server", "nginx"), ("Content-Type", ctype), ("Content-Length", str(len(body))),
            ("Connection", "close"), ("Date", http_date(date)), ("Cache-Control", "max-age=60, public"),
            ("Vary", "Accept-Encoding"), *extra, ("X-Cache", "Hit from cloudfront"),
            ("Via", "1.1 5d4f0a7c3e1b.cloudfront.net (CloudFront)")]


def outlinks_of(page, base=FT_HOST):
    out = []
    for m in re.finditer(r'<(a|link|img)\b[^>]*?(href|src)="([^"#]+)"', page):
        tag, at, u = m.groups()
        if u.startswith("/"):
            u = base + u
        if not u.startswith("http") or u in [o.split(" ")[0] for o in out]:
            continue
        kind = "L" if tag == "a" else "E"
        out.append(f"{html.unescape(u)} {kind} {tag}/@{at}")
    return out[:14]


def build_awac():
    h = Heritrix(F_AWAC)
    h.warcinfo("2026-11-16T08:15:02Z")
    tag_http, tag = "http://www.fundytelegraph.ca/tag/rural-health/", f"{FT_HOST}/tag/rural-health/"
    short = "https://ftel.ca/rf1116"
    SEED_OF.update({tag: tag_http})

    def day_fetch_common(day, t):
        h.dns("www.fundytelegraph.ca", "203.0.113.48", f"{day}T{t[0]}Z")
        rb = b"User-agent: *\nDisallow: /account/\nDisallow: /search\nDisallow: /pf/api/\n\nSitemap: " \
             b"https://www.fundytelegraph.ca/sitemap-index.xml\n"
        if day == "2026-11-16":
            loc = f"{FT_HOST}/robots.txt"
            b301 = nginx_page(301, "Moved Permanently")
            h.fetch("http://www.fundytelegraph.ca/robots.txt", f"{day}T{t[1]}Z", "HTTP/1.1 301 Moved Permanently",
                    [("Server", "nginx"), ("Date", http_date(f"{day}T{t[1]}Z")), ("Content-Type", "text/html"),
                     ("Content-Length", str(len(b301))), ("Connection", "close"), ("Location", loc)], b301,
                    via=tag_http, hops="P")
        h.fetch(f"{FT_HOST}/robots.txt", f"{day}T{t[2]}Z", "HTTP/1.1 200 OK",
                ft_ok_headers(f"{day}T{t[2]}Z", rb, "text/plain"), rb, via=tag_http, hops="PR")
        b301 = nginx_page(301, "Moved Permanently")
        h.fetch(tag_http, f"{day}T{t[3]}Z", "HTTP/1.1 301 Moved Permanently",
                [("Server", "nginx"), ("Date", http_date(f"{day}T{t[3]}Z")), ("Content-Type", "text/html"),
                 ("Content-Length", str(len(b301))), ("Connection", "close"), ("Location", tag)], b301,
                outlinks=[f"{tag} R location:"])
        page = ft_tag_page(day).encode()
        h.fetch(tag, f"{day}T{t[4]}Z", "HTTP/1.1 200 OK", ft_ok_headers(f"{day}T{t[4]}Z", page), page,
                via=tag_http, hops="R", outlinks=outlinks_of(page.decode()))
        return page

    def article(aid, day, when, variant="orig", via=tag, hops="RL", url=None, where="", register=True,
                revisit_of=None, paywall=False):
        pg, ps, mn = ft_article(aid, day, variant, paywall=paywall)
        body = pg.encode()
        date = f"{day}T{when}Z"
        hh = ft_ok_headers(date, body, extra=[("Link", f'<{ft_url(aid)}>; rel="canonical"')])
        h.fetch(url or ft_url(aid), date, "HTTP/1.1 200 OK", hh, body, via=via, hops=hops, referer=via,
                outlinks=outlinks_of(pg), revisit_of=revisit_of)
        if register and not revisit_of and not paywall:
            reg(aid, F_AWAC, ps, mn, where)
        return pg

    # ---------------- day 1, Monday 16 Nov 2026
    day = "2026-11-16"
    day_fetch_common(day, ["08:15:03", "08:15:04", "08:15:05", "08:15:07", "08:15:09"])
    pg1 = article("ft-er-plan", day, "08:15:14", where="day 1 (16 Nov), `response` record of the article URL "
                                                       "(2026-11-16T08:15:14Z): first version")
    jpg = tiny_jpeg(1)
    h.fetch(f"{FT_HOST}/resizer/v2/kent-coast-er-entrance.jpg?auth=7f3c&width=900", f"{day}T08:15:16Z",
            "HTTP/1.1 200 OK", ft_ok_headers(f"{day}T08:15:16Z", jpg, "image/jpeg"), jpg,
            via=ft_url("ft-er-plan"), hops="RLE")
    p404 = ft_404(day).encode()
    h.fetch(f"{FT_HOST}/{FT_DELETED}/", f"{day}T08:15:19Z", "HTTP/1.1 404 Not Found",
            ft_ok_headers(f"{day}T08:15:19Z", p404, extra=[("X-Robots-Tag", "noindex")]), p404, via=tag, hops="RL",
            outlinks=outlinks_of(p404.decode()))
    h.dns("ftel.ca", "198.51.100.71", f"{day}T08:15:21Z")
    r404 = b"<html>\n<head><title>Bitly</title></head>\n<body>404 page not found</body>\n</html>"
    h.fetch("https://ftel.ca/robots.txt", f"{day}T08:15:21Z", "HTTP/1.1 404 Not Found",
            [("Server", "nginx"), ("Date", http_date(f"{day}T08:15:21Z")), ("Content-Type", "text/html; charset=utf-8"),
             ("Content-Length", str(len(r404))), ("Connection", "close")], r404, via=short, hops="P")
    target = ft_url("ft-falls-bridge") + "?utm_source=twitter&utm_medium=social&utm_campaign=ft"
    bl = f'<html>\n<head><title>Bitly</title></head>\n<body><a href="{html.escape(target)}">moved here</a></body>\n</html>'.encode()
    h.fetch(short, f"{day}T08:15:22Z", "HTTP/1.1 301 Moved Permanently",
            [("Server", "nginx"), ("Date", http_date(f"{day}T08:15:22Z")), ("Content-Type", "text/html; charset=utf-8"),
             ("Content-Length", str(len(bl))), ("Cache-Control", "private, max-age=90"),
             ("Content-Security-Policy", "referrer always;"), ("Location", target), ("Via", "1.1 google")], bl,
            outlinks=[f"{target} R location:"])
    SEED_OF[target] = short
    article("ft-falls-bridge", day, "08:15:25", via=short, hops="R", url=target,
            where="day 1, `response` record reached through the short link `https://ftel.ca/rf1116` (301) with "
                  "`utm_` parameters in the target URI")
    SEED_OF[ft_url("ft-cranes") + "amp/"] = ft_url("ft-cranes")
    pgc = article("ft-cranes", day, "08:15:31", via=None, hops="",
                  where="day 1, `response` record of the canonical URL (a seed)")
    amp, ps, mn = ft_amp("ft-cranes", day)
    ab = amp.encode()
    h.fetch(ft_url("ft-cranes") + "amp/", f"{day}T08:15:34Z", "HTTP/1.1 200 OK",
            ft_ok_headers(f"{day}T08:15:34Z", ab), ab, via=ft_url("ft-cranes"), hops="L", outlinks=outlinks_of(amp))
    reg("ft-cranes", F_AWAC, ps, mn, "day 1, `response` record of the AMP URL `…/amp/` (same text, AMP template)")
    article("ft-rents", day, "08:15:38", via=None, hops="", paywall=True)   # paywall interstitial: not a copy
    # ---------------- day 2, Tuesday 17 Nov 2026
    day = "2026-11-17"
    day_fetch_common(day, ["09:02:11", None, "09:02:12", "09:02:14", "09:02:16"])
    d1_digest, d1_date = h.digests[ft_url("ft-er-plan")]
    # the page had not changed since day 1 -> Heritrix stores a revisit record with the HTTP headers only
    body1 = pg1.encode()
    date = f"{day}T09:02:19Z"
    h.fetch(ft_url("ft-er-plan"), date, "HTTP/1.1 200 OK",
            ft_ok_headers(date, body1, extra=[("Link", f'<{ft_url("ft-er-plan")}>; rel="canonical"')]), body1,
            via=tag, hops="RL", referer=tag, revisit_of=d1_date)
    assert sha1_b32(body1) == d1_digest
    article("ft-er-nurses", day, "09:02:23", where="day 2 (17 Nov), `response` record")
    article("ans-premiers", day, "09:02:27", where="day 2, `response` record (wire story, Telegraph headline)")
    bodyc = pgc.encode()
    date = f"{day}T09:02:31Z"
    h.fetch(ft_url("ft-cranes"), date, "HTTP/1.1 200 OK",
            ft_ok_headers(date, bodyc, extra=[("Link", f'<{ft_url("ft-cranes")}>; rel="canonical"')]), bodyc,
            revisit_of="2026-11-16T08:15:31Z")
    # ---------------- day 3, Wednesday 18 Nov 2026
    day = "2026-11-18"
    day_fetch_common(day, ["09:04:40", None, "09:04:41", "09:04:43", "09:04:45"])
    article("ft-er-plan", day, "09:04:51", variant="updated",
            where="day 3 (18 Nov), `response` record of the same URL after the update: paragraph 2 corrected "
                  "(Jan. 1 → Feb. 1), paragraph 5 re-edited, a correction appended")
    article("ft-gondola-ferry", day, "09:04:58", via=ft_url("ft-er-plan"), hops="RLL", where="day 3, `response` record")
    article("ft-city-market", day, "09:05:03", via=ft_url("ft-er-plan"), hops="RLL", where="day 3, `response` record")
    write(F_AWAC, h.data())


# ---------------------------------------------------------------------------------------------- archive.today
AT_ID = "Xk7Qm"
AT_STYLE = {  # the computed styles archive.today writes inline in place of the page's classes
    "div": "box-sizing:border-box;", "p": "margin:0 0 18px 0;font-family:Georgia,serif;font-size:18px;line-height:1.6;",
    "h1": "font-family:Georgia,serif;font-size:36px;line-height:1.15;margin:8px 0 12px 0;color:rgb(17, 17, 17);",
    "h2": "font-family:Georgia,serif;font-size:20px;font-weight:normal;color:rgb(85, 85, 85);margin:0 0 14px 0;",
    "h3": "font-family:Arial,sans-serif;font-size:16px;font-weight:bold;margin:0 0 8px 0;",
    "a": "color:rgb(11, 37, 69);text-decoration:none;", "li": "margin:0 0 6px 0;", "ul": "padding:0 0 0 18px;",
    "ol": "padding:0 0 0 18px;", "span": "", "figure": "margin:0 0 18px 0;",
    "figcaption": "font-family:Arial,sans-serif;font-size:13px;color:rgb(102, 102, 102);",
    "header": "display:block;background-color:rgb(11, 37, 69);padding:12px 24px;", "nav": "display:block;",
    "main": "display:block;max-width:760px;margin:0 auto;", "article": "display:block;",
    "aside": "display:block;border-top:1px solid rgb(221, 221, 221);padding:12px 0;",
    "footer": "display:block;background-color:rgb(238, 238, 238);padding:18px 24px;font-size:13px;",
    "time": "font-family:Arial,sans-serif;font-size:13px;", "strong": "font-weight:bold;",
    "img": "display:block;max-width:100%;", "button": "", "form": "", "input": "",
}


def archive_today(page, orig_url, captured, host):
    """Turn a live page into what archive.today serves: scripts, styles, forms and meta dropped, classes replaced by
    inline computed styles, links through archive.ph/o/, images copied under archive.ph/<id>/, the archive's own
    header on top."""
    body = re.search(r"<body[^>]*>(.*)</body>", page, re.S).group(1)
    body = re.sub(r"<script\b.*?</script>", "", body, flags=re.S)
    body = re.sub(r"<form\b.*?</form>", "", body, flags=re.S)
    body = re.sub(r"<button\b[^>]*>(.*?)</button>", r"<span>\1</span>", body, flags=re.S)

    def tagfix(m):
        tag, rest = m.group(1), m.group(2) or ""
        st = AT_STYLE.get(tag.lower(), "")
        rest = re.sub(r'\s(class|id|data-[\w-]+|aria-[\w-]+|rel|loading|crossorigin)="[^"]*"', "", rest)

        def href(mm):
            u = html.unescape(mm.group(2))
            if u.startswith("#"):
                return mm.group(0)
            if u.startswith("/"):
                u = f"https://{host}{u}"
            if mm.group(1) == "src":
                import hashlib as _h
                return f'src="https://archive.ph/{AT_ID}/{_h.sha1(u.encode()).hexdigest()[:40]}.jpg"'
            return f'href="https://archive.ph/o/{AT_ID}/{attr(u)}"'
        rest = re.sub(r'(href|src)="([^"]*)"', href, rest)
        return f'<{tag}{rest} style="{st}">' if st else f"<{tag}{rest}>"
    body = re.sub(r"<(\w+)(\s[^>]*)?>", tagfix, body)
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    import datetime
    dt = datetime.datetime.strptime(captured, "%Y-%m-%dT%H:%M:%SZ")
    shown = f"{dt.day} {dt.strftime('%b %Y %H:%M:%S')} UTC"
    return f"""<!DOCTYPE html><html style="background-color:#EEEEEE" prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#" itemscope="itemscope" itemtype="http://schema.org/Article"><head><meta http-equiv="Content-Type" content="text/html;charset=utf-8"/><meta name="robots" content="index,noarchive"/><meta name="viewport" content="width=1024,initial-scale=1.0"/><meta itemprop="dateModified" content="{captured}"/><meta property="article:modified_time" itemprop="dateModified" content="{captured}"/><meta property="og:type" content="article"/><meta property="og:url" content="https://archive.ph/{AT_ID}"/><meta property="og:site_name" content="archive.ph"/><meta property="og:title" content="{title}"/><meta property="article:published_time" itemprop="dateCreated" content="{captured}"/><meta property="og:description" content="archived {shown}"/><meta name="description" content="archived {shown}"/><meta name="twitter:card" content="summary"/><meta name="twitter:site" content="@archiveis"/><meta name="twitter:title" content="{title}"/><meta name="twitter:description" content="archived {shown}"/><title>{title}</title><link rel="bookmark" href="https://archive.ph/{AT_ID}"/><link rel="canonical" href="https://archive.ph/{AT_ID}"/><link rel="image_src" href="https://archive.ph/{AT_ID}/5c2e7a0f91d4b3e8a6f1c0d2b7e9a4f3c8d1e6b0/scr.png"/><link rel="icon" href="https://archive.ph/favicon.ico"/><style type="text/css">a img{{border:none}}#HEADER{{font-family:Helvetica,Arial,sans-serif}}</style></head><body style="margin:0;padding:0;background-color:#EEEEEE"><center><div id="HEADER" style="z-index:2147483647;background-color:#EEEEEE;width:1028px;padding:4px 0 4px 0"><table style="width:1028px;font-size:10px" border="0" cellspacing="0" cellpadding="0"><tr><td rowspan="2" style="width:110px;font-size:16px;text-align:center;vertical-align:middle;font-weight:bold"><a style="text-decoration:none;color:#158" href="https://archive.ph/">archive.today<br/><span style="font-size:10px;font-weight:normal">webpage capture</span></a></td><td style="font-weight:bold;color:black;font-size:11px;vertical-align:baseline;padding:3px 2px;white-space:nowrap">Saved from</td><td style="width:600px;vertical-align:baseline"><form style="display:inline" action="https://archive.ph/search/" method="get"><input style="border:1px solid black;height:20px;margin:0 0 0 0;padding:0;width:500px" type="text" name="q" value="{orig_url}"/><input style="margin:0 0 0 4px" type="submit" value="search"/></form></td><td style="vertical-align:baseline;text-align:right;white-space:nowrap;padding:0 4px">history</td><td style="vertical-align:baseline;text-align:right;white-space:nowrap;padding:0 4px">←prior</td><td style="vertical-align:baseline;text-align:right;white-space:nowrap;padding:0 4px">next→</td></tr><tr><td style="font-weight:bold;color:black;font-size:11px;padding:3px 2px">&nbsp;</td><td style="vertical-align:middle"><span style="font-weight:bold;font-size:14px" itemprop="dateCreated">{shown}</span></td><td colspan="3" style="text-align:right;white-space:nowrap">no other snapshots from this url</td></tr><tr><td></td><td></td><td style="padding:2px 0">All snapshots from host <a style="color:#158" href="https://archive.ph/{host}">{host}</a></td><td colspan="3"></td></tr></table><table style="width:1028px;font-size:11px;margin:6px 0 0 0" border="0" cellspacing="0" cellpadding="0"><tr><td style="padding:2px 8px;background-color:#FFFFFF;font-weight:bold">Webpage</td><td style="padding:2px 8px"><a style="color:#158" href="https://archive.ph/{AT_ID}/image">Screenshot</a></td><td style="width:100%"></td><td style="padding:2px 8px;white-space:nowrap"><a style="color:#158" href="#share">share</a></td><td style="padding:2px 8px;white-space:nowrap"><a style="color:#158" href="https://archive.ph/download/{AT_ID}.zip">download .zip</a></td><td style="padding:2px 8px;white-space:nowrap"><a style="color:#158" href="https://archive.ph/abuse?id={AT_ID}">report bug or abuse</a></td><td style="padding:2px 8px;white-space:nowrap"><a style="color:#158" href="https://www.buymeacoffee.com/archive.today">Buy me a coffee</a></td></tr></table></div><div id="CONTENT" style="width:1024px;text-align:left;background-color:#FFFFFF;border:1px solid #CCCCCC;margin:4px 0 0 0"><div id="SOLID" style="position:relative;overflow:hidden;width:1024px">{body}</div></div></center></body></html>"""


def build_archive_today():
    aid = "ft-rents"
    pg, ps, mn = ft_article(aid, "2026-11-25")
    out = archive_today(pg, ft_url(aid), "2026-11-25T14:03:11Z", "www.fundytelegraph.ca")
    write(F_AT, out)
    mn += ["archive.today webpage capture", "Saved from", "25 Nov 2026 14:03:11 UTC", "no other snapshots from this url",
           "All snapshots from host www.fundytelegraph.ca", "Screenshot", "download .zip", "report bug or abuse",
           "Buy me a coffee"]
    reg(aid, F_AT, ps, mn, "the whole page (snapshot of 25 Nov 2026 under the archive.today header)")


# ====================================================================================================================
# 2. Kent Coast Courier (kentcoastcourier.ca): a weekly's PHP site, mirrored with wget --warc-file on 20 Nov 2026
# ====================================================================================================================
KCC_HOST = "https://www.kentcoastcourier.ca"
KCC_ID = {"kcc-hospital": 4187, "kcc-church": 4188, "kcc-oysters": 4189, "ans-premiers": 4190, "kcc-breakfast": 4191,
          "kcc-petition": 4203}
KCC_WHARF_PATH = "/archives/2026/11/11/cocagne-wharf-repairs-pushed-back.html"


def kcc_url(aid):
    if aid == "kcc-wharf":
        return KCC_HOST + KCC_WHARF_PATH
    return f"{KCC_HOST}/news/story.php?id={KCC_ID[aid]}"


def kcc_title(aid):
    return ART[aid].get("kcc_title") or ART[aid]["title"]


KCC_TAG = "Serving Kent County since 1962"
KCC_NAV = [("Home", "/"), ("News", "/news/"), ("Sports", "/sports/"), ("Community", "/community/"),
           ("Columns", "/columns/"), ("Obituaries", "/obituaries/"), ("Classifieds", "/classifieds/"),
           ("Contact us", "/contact/")]
KCC_SUB = "Get the Courier delivered every Wednesday: $52 a year in Kent County, $68 elsewhere in Canada."
KCC_TIP = "Do you have a news tip? Call the newsroom at 506-555-0163 or write to news@kentcoastcourier.ca."
KCC_FOOT = ["© 2026 Kent Coast Courier Ltd. | 27 Water Street, Bouctouche, N.B. E4S 3K2 | Tel. 506-555-0160",
            "Content may not be reproduced without written permission."]
KCC_CAPTION = {
    "kcc-hospital": ("1118-parish-hall.jpg", "Residents fill the parish hall in Sainte-Anne-de-Kent on Monday evening. "
                                             "(Courier photo by Gilles Léger)"),
    "kcc-oysters": ("1118-oyster-cages.jpg", "Oyster cages stacked at a wharf on Bouctouche Bay. (Courier photo by "
                                             "Rachel Thériault)"),
    "kcc-church": ("1118-sainte-famille.jpg", "The former Sainte-Famille church on Main Street in Bouctouche. "
                                              "(Courier photo by Gilles Léger)"),
}
KCC_WEEK = ["kcc-hospital", "kcc-church", "kcc-oysters", "ans-premiers", "kcc-breakfast"]
KCC_WEEK_PET = ["kcc-petition", "kcc-hospital", "kcc-church", "kcc-oysters", "kcc-breakfast"]


def kcc_byline(aid):
    a = ART[aid]
    if aid == "ans-premiers":
        return ('<p class="byline">By Claire Hebb<br><span class="title">Atlantic News Service</span></p>',
                ["By Claire Hebb Atlantic News Service"])
    if not a["authors"]:
        return '<p class="byline">Courier Staff</p>', ["Courier Staff"]
    n = a["authors"][0]
    return (f'<p class="byline">By {esc(n)}<br><span class="title">Courier Staff Writer</span></p>',
            [f"By {n} Courier Staff Writer"])


def kcc_page(aid, edition="2026-11-18", week=KCC_WEEK):
    """A story.php page: UTF-8 bytes, <meta charset=utf-8>; the server adds 'charset=ISO-8859-1' in HTTP."""
    a = ART[aid]
    title = kcc_title(aid)
    ps = paras(aid)
    nav = " ".join(f'<li><a href="{p}">{n}</a></li>' for n, p in KCC_NAV)
    byl, mn = kcc_byline(aid)
    pub = f"Published {long_date(a['date'])}"
    ed = f"Edition of {weekday(edition)}, {long_date(edition)}"
    mn += [title, pub, ed, KCC_TAG, KCC_SUB, KCC_TIP, "Print this story", "E-mail this story",
           "This week's headlines"] + KCC_FOOT
    photo = ""
    if aid in KCC_CAPTION:
        fn, cap = KCC_CAPTION[aid]
        photo = (f'<div class="photo"><img src="/photos/2026/{fn}" width="400" height="267" alt="">'
                 f'<p class="caption">{esc(cap)}</p></div>\n')
        mn.append(cap)
    credit = ""
    if aid == "ans-premiers":
        credit = '<p class="endnote">Distributed by Atlantic News Service.</p>\n'
        mn.append("Distributed by Atlantic News Service.")
    heads = "".join(f'<li><a href="/news/story.php?id={KCC_ID[x]}">{esc(kcc_title(x))}</a></li>'
                    for x in week if x != aid)
    mn += [kcc_title(x) for x in week if x != aid]
    body = "\n".join(f"<p>{esc(p)}</p>" for p in ps)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} - Kent Coast Courier</title>
<meta name="description" content="{attr(ps[0][:150])}">
<meta name="keywords" content="Kent County, Bouctouche, Richibucto, Sainte-Anne-de-Kent, news">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{kcc_url(aid)}">
<meta property="og:site_name" content="Kent Coast Courier">
<link rel="stylesheet" type="text/css" href="/css/style.css?v=2019">
<script type="text/javascript" src="/js/courier.js"></script>
</head>
<body>
<div id="wrapper">
<div id="masthead"><a href="/"><img src="/images/masthead.gif" alt="Kent Coast Courier" width="600" height="90"></a>
<div id="tagline">{KCC_TAG}</div>
<div id="edition">{ed}</div></div>
<ul id="nav">{nav}</ul>
<div id="content">
<div id="main">
<div class="story">
<h1>{esc(title)}</h1>
{byl}
<p class="dateline">{pub}</p>
{photo}{body}
{credit}<p class="endnote">{esc(KCC_TIP)}</p>
</div>
<div class="print-email"><a href="/news/print.php?id={KCC_ID.get(aid, 0)}">Print this story</a> | <a href="mailto:?subject={attr(title)}&amp;body={kcc_url(aid)}">E-mail this story</a></div>
</div>
<div id="sidebar">
<div class="box"><h3>Subscribe</h3><p>{esc(KCC_SUB)}</p></div>
<div class="box"><h3>This week's headlines</h3><ul>{heads}</ul></div>
<div class="box ad"><a href="https://www.kentcoastcourier.ca/ads/click.php?id=88"><img src="/ads/bouctouche-home-hardware-300x250.gif" width="300" height="250" alt="Advertisement"></a></div>
</div>
</div>
<div id="footer">{esc(KCC_FOOT[0])}<br>{esc(KCC_FOOT[1])}</div>
</div>
</body>
</html>
"""
    return page, ps, mn


def kcc_archive_page(aid="kcc-wharf"):
    """The static archive copy of an older story, written by the CMS's old template: windows-1252 bytes declared only
    by <meta charset>; Apache sends 'Content-Type: text/html' with no charset."""
    a = ART[aid]
    ps = paras(aid)
    title = a["title"]
    n = a["authors"][0]
    mn = [title, f"By {n}", f"Courier Staff Writer", "ARCHIVES", "Edition of November 11, 2026",
          "Return to the archive index", KCC_TAG, "This story is more than a week old. Some links may no longer work.",
          "© 2026 Kent Coast Courier Ltd."]
    body = "\n".join(f"<p>{esc(p)}</p>" for p in ps)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="windows-1252">
<title>{esc(title)} | Kent Coast Courier Archives</title>
<link rel="stylesheet" type="text/css" href="/css/archive.css">
</head>
<body>
<div id="arch-head"><a href="/"><img src="/images/masthead-small.gif" alt="Kent Coast Courier" width="300" height="45"></a> <span class="arch-label">ARCHIVES</span><br><span class="arch-tag">{KCC_TAG}</span></div>
<div id="arch-crumbs"><a href="/archives/">Return to the archive index</a> &raquo; Edition of November 11, 2026</div>
<div id="arch-note">This story is more than a week old. Some links may no longer work.</div>
<h2 class="arch-title">{esc(title)}</h2>
<div class="arch-by">By {esc(n)} &middot; <i>Courier Staff Writer</i></div>
<div class="arch-date">November 11, 2026</div>
<div id="storytext">
{body}
</div>
<div id="arch-foot">&copy; 2026 Kent Coast Courier Ltd.</div>
</body>
</html>
"""
    return page, ps, mn


def kcc_index():
    items = []
    for x in KCC_WEEK:
        a = ART[x]
        teaser = " ".join(a["paras"][0].split()[:22]) + " …"
        by = "Courier Staff" if not a["authors"] else a["authors"][0]
        items.append(f'<div class="teaser"><h2><a href="/news/story.php?id={KCC_ID[x]}">{esc(kcc_title(x))}</a></h2>'
                     f'<p class="byline">{esc(by)}</p><p>{esc(teaser)} <a href="/news/story.php?id={KCC_ID[x]}">'
                     f'Read more</a></p></div>')
    nav = " ".join(f'<li><a href="{p}">{n}</a></li>' for n, p in KCC_NAV)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Kent Coast Courier - Bouctouche, Richibucto and Kent County news</title>
<link rel="stylesheet" type="text/css" href="/css/style.css?v=2019">
<script type="text/javascript" src="/js/courier.js"></script>
</head>
<body>
<div id="wrapper">
<div id="masthead"><a href="/"><img src="/images/masthead.gif" alt="Kent Coast Courier" width="600" height="90"></a>
<div id="tagline">{KCC_TAG}</div>
<div id="edition">Edition of Wednesday, November 18, 2026</div></div>
<ul id="nav">{nav}</ul>
<div id="content">
<div id="main">
<h1 class="section">This week in the Courier</h1>
{chr(10).join(items)}
<div class="teaser archive"><h3>From the archives</h3><p><a href="{KCC_WHARF_PATH}">{esc(ART['kcc-wharf']['title'])}</a> (Nov. 11)</p></div>
</div>
<div id="sidebar">
<div class="box"><h3>Subscribe</h3><p>{esc(KCC_SUB)}</p></div>
<div class="box"><h3>Weather</h3><p>Bouctouche: 3°C, cloudy</p></div>
</div>
</div>
<div id="footer">{esc(KCC_FOOT[0])}<br>{esc(KCC_FOOT[1])}</div>
</div>
</body>
</html>
"""


KCC_CSS = (b"body{margin:0;background:#f4f1ea;font:15px/1.5 Georgia,'Times New Roman',serif;color:#222}\n"
           b"#wrapper{width:960px;margin:0 auto;background:#fff}\n#masthead{padding:10px 20px;border-bottom:3px solid "
           b"#1d3f6e}\n#tagline{font:italic 13px Georgia,serif;color:#555}\n#edition{font:12px Arial,sans-serif;color:"
           b"#1d3f6e}\n#nav{margin:0;padding:6px 20px;background:#1d3f6e;list-style:none}\n#nav li{display:inline;"
           b"margin-right:14px}\n#nav a{color:#fff;text-decoration:none;font:bold 13px Arial,sans-serif}\n#main{float:"
           b"left;width:620px;padding:20px}\n#sidebar{float:right;width:280px;padding:20px 20px 20px 0}\n.story h1{font-"
           b"size:30px;line-height:1.15}\n.byline{font:bold 13px Arial,sans-serif}\n.byline .title{font-weight:normal;"
           b"color:#666}\n.caption{font:12px Arial,sans-serif;color:#555}\n#footer{clear:both;padding:14px 20px;"
           b"background:#eee;font:12px Arial,sans-serif}\n") * 3
KCC_JS = (b"/* Kent Coast Courier site scripts, 2019 */\nfunction kccPrint(id){window.open('/news/print.php?id='+id,"
          b"'print','width=640,height=720,scrollbars=yes');return false;}\n"
          b"document.addEventListener('DOMContentLoaded',function(){var d=new Date();var e=document.getElementById("
          b"'year');if(e){e.innerHTML=d.getFullYear();}});\n"
          b"(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push("
          b"arguments)},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;"
          b"m.parentNode.insertBefore(a,s)})(window,document,'script','https://www.google-analytics.com/analytics.js',"
          b"'ga');ga('create','UA-2207391-1','auto');ga('send','pageview');\n")


class Wget:
    """GNU Wget 1.21 --warc-file behaviour: WARC/1.0; warcinfo with wget's fields; for each fetch a request record
    then a response record (WARC-Concurrent-To the request) holding the HTTP response exactly as received (chunked
    transfer coding and gzip content coding kept); at the end a metadata record for MANIFEST.txt and resource records
    for wget_arguments.txt and wget.log."""
    ARGS = ('"--recursive" "--level=1" "--page-requisites" '
            '"--accept-regex=story\\.php|/archives/2026/|\\.(css|js|gif|jpg)" "--compression=auto" "--wait=1" '
            '"--warc-file=kentcoastcourier-20261120" "https://www.kentcoastcourier.ca/"')
    IP = "198.51.100.27"

    def __init__(self):
        self.out = []
        self.info_id = urn("wget-warcinfo")
        self.log = ["Opening WARC file ‘kentcoastcourier-20261120.warc.gz’.", ""]
        self.n = 0
        info = ("software: Wget/1.21.4 (linux-gnu)\r\nformat: WARC File Format 1.0\r\n"
                "conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n"
                f"robots: classic\r\nwget-arguments: {self.ARGS}\r\n").encode()
        self.add([("WARC-Type", "warcinfo"), ("Content-Type", "application/warc-fields"),
                  ("WARC-Date", "2026-11-20T13:02:10Z"), ("WARC-Record-ID", self.info_id),
                  ("WARC-Filename", F_WGET), ("WARC-Block-Digest", sha1_b32(info))], info)

    def add(self, headers, block):
        self.out.append(gz(warc_record("WARC/1.0", headers, block)))

    def fetch(self, url, date, status, headers, payload, saved_as, first=False):
        self.n += 1
        path = url.split("kentcoastcourier.ca", 1)[1]
        req = http_head(f"GET {path} HTTP/1.1", [("User-Agent", "Wget/1.21.4"), ("Accept", "*/*"),
                                                  ("Accept-Encoding", "gzip"), ("Host", "www.kentcoastcourier.ca"),
                                                  ("Connection", "Keep-Alive")])
        qid = urn(f"wget-req-{self.n}")
        self.add([("WARC-Type", "request"), ("WARC-Target-URI", url),
                  ("Content-Type", "application/http;msgtype=request"), ("WARC-Date", date),
                  ("WARC-Record-ID", qid), ("WARC-IP-Address", self.IP), ("WARC-Warcinfo-ID", self.info_id),
                  ("WARC-Block-Digest", sha1_b32(req))], req)
        block = http_head(status, headers) + payload
        self.add([("WARC-Type", "response"), ("WARC-Record-ID", urn(f"wget-resp-{self.n}")),
                  ("WARC-Warcinfo-ID", self.info_id), ("WARC-Concurrent-To", qid), ("WARC-Target-URI", url),
                  ("WARC-Date", date), ("WARC-IP-Address", self.IP), ("WARC-Block-Digest", sha1_b32(block)),
                  ("WARC-Payload-Digest", sha1_b32(payload)), ("Content-Type", "application/http;msgtype=response")],
                 block)
        hd = dict(headers)
        t = date.replace("T", " ").replace("Z", "")
        length = ("Length: unspecified" if hd.get("Transfer-Encoding") == "chunked"
                  else f"Length: {hd.get('Content-Length')}")
        ctype = hd.get("Content-Type", "").split(";")[0]
        if url.endswith("/robots.txt"):
            self.log.append("Loading robots.txt; please ignore errors.")
        self.log += [f"--{t}--  {url}"]
        if first:
            self.log += ["Resolving www.kentcoastcourier.ca (www.kentcoastcourier.ca)... " + self.IP,
                         f"Connecting to www.kentcoastcourier.ca (www.kentcoastcourier.ca)|{self.IP}|:443... connected."]
        else:
            self.log.append("Reusing existing connection to www.kentcoastcourier.ca:443.")
        self.log += [f"HTTP request sent, awaiting response... {status.split(' ', 1)[1]}",
                     f"{length} [{ctype}]", f"Saving to: ‘{saved_as}’", "",
                     f"     0K {'.' * min(50, max(1, len(payload) // 1024 + 1))}"
                     f"{' ' * (52 - min(50, max(1, len(payload) // 1024 + 1)))}1.21M=0.01s", "",
                     f"{t} (1.21 MB/s) - ‘{saved_as}’ saved [{len(payload)}]", ""]

    def close(self, date):
        man = f"{self.info_id}\n".encode()
        mid = urn("wget-manifest")
        self.add([("WARC-Type", "metadata"), ("WARC-Record-ID", mid), ("WARC-Warcinfo-ID", self.info_id),
                  ("WARC-Target-URI", "metadata://gnu.org/software/wget/warc/MANIFEST.txt"), ("WARC-Date", date),
                  ("WARC-Block-Digest", sha1_b32(man)), ("Content-Type", "text/plain")], man)
        args = ("wget " + self.ARGS.replace('"', "") + "\n").encode()
        self.add([("WARC-Type", "resource"), ("WARC-Record-ID", urn("wget-args")), ("WARC-Warcinfo-ID", self.info_id),
                  ("WARC-Concurrent-To", mid),
                  ("WARC-Target-URI", "metadata://gnu.org/software/wget/warc/wget_arguments.txt"), ("WARC-Date", date),
                  ("WARC-Block-Digest", sha1_b32(args)), ("Content-Type", "text/plain")], args)
        t = date.replace("T", " ").replace("Z", "")
        self.log += ["FINISHED --" + t + "--", "Total wall clock time: 13s",
                     f"Downloaded: {self.n} files, {sum(1 for _ in self.out) // 2}K in 0.08s (1.21 MB/s)"]
        log = ("\n".join(self.log) + "\n").encode()
        self.add([("WARC-Type", "resource"), ("WARC-Record-ID", urn("wget-log")), ("WARC-Warcinfo-ID", self.info_id),
                  ("WARC-Concurrent-To", mid), ("WARC-Target-URI", "metadata://gnu.org/software/wget/warc/wget.log"),
                  ("WARC-Date", date), ("WARC-Block-Digest", sha1_b32(log)), ("Content-Type", "text/plain")], log)
        return b"".join(self.out)


def apache_php(date, body):
    """PHP page through Apache mod_deflate: gzip content coding, chunked transfer coding, and php.ini's
    default_charset = ISO-8859-1 in the header although the page bytes are UTF-8."""
    return ([("Date", http_date(date)), ("Server", "Apache/2.4.29 (Ubuntu)"), ("X-Powered-By", "PHP/7.2.24"),
             ("Set-Cookie", "PHPSESSID=r8v1m0k2q7c4t9f3a6e5d1b0s2; path=/"),
             ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"), ("Cache-Control", "no-store, no-cache, must-revalidate"),
             ("Pragma", "no-cache"), ("Vary", "Accept-Encoding"), ("Content-Encoding", "gzip"),
             ("Keep-Alive", "timeout=5, max=100"), ("Connection", "Keep-Alive"), ("Transfer-Encoding", "chunked"),
             ("Content-Type", "text/html; charset=ISO-8859-1")], chunked(gzip_raw(body)))


def apache_static(date, body, ctype, lastmod, etag, deflate=True):
    hs = [("Date", http_date(date)), ("Server", "Apache/2.4.29 (Ubuntu)"), ("Last-Modified", lastmod),
          ("ETag", f'"{etag}-gzip"' if deflate else f'"{etag}"'), ("Accept-Ranges", "bytes"), ("Vary", "Accept-Encoding")]
    if deflate:
        hs += [("Content-Encoding", "gzip"), ("Keep-Alive", "timeout=5, max=99"), ("Connection", "Keep-Alive"),
               ("Transfer-Encoding", "chunked"), ("Content-Type", ctype)]
        return hs, chunked(gzip_raw(body))
    hs += [("Content-Length", str(len(body))), ("Keep-Alive", "timeout=5, max=98"), ("Connection", "Keep-Alive"),
           ("Content-Type", ctype)]
    return hs, body


HTTRACK_PAGE = {}


def build_wget():
    w = Wget()
    day = "2026-11-20"
    t = iter(f"{day}T13:02:{s:02d}Z" for s in range(11, 60))
    idx = kcc_index().encode("utf-8")
    d = next(t)
    hs, pl = apache_php(d, idx)
    w.fetch(KCC_HOST + "/", d, "HTTP/1.1 200 OK", hs, pl, "www.kentcoastcourier.ca/index.html", first=True)
    rb = b"User-agent: *\nDisallow: /admin/\nDisallow: /ads/click.php\nDisallow: /search.php\n"
    d = next(t)
    hs, pl = apache_static(d, rb, "text/plain", "Tue, 03 Sep 2019 14:22:10 GMT", "4c-591a8e2f1c480", deflate=False)
    w.fetch(KCC_HOST + "/robots.txt", d, "HTTP/1.1 200 OK", hs, pl, "www.kentcoastcourier.ca/robots.txt")
    for url, body, ctype, lm, et, defl, saved in [
            ("/css/style.css?v=2019", KCC_CSS, "text/css", "Tue, 03 Sep 2019 14:22:10 GMT", "a41-591a8e2f1c4a1", True,
             "www.kentcoastcourier.ca/css/style.css?v=2019"),
            ("/js/courier.js", KCC_JS, "application/javascript", "Tue, 03 Sep 2019 14:22:10 GMT", "3b2-591a8e2f1c4c7",
             True, "www.kentcoastcourier.ca/js/courier.js"),
            ("/images/masthead.gif", GIF_1x1, "image/gif", "Mon, 14 Jan 2019 10:01:44 GMT", "2b-57f6d3a1b2200", False,
             "www.kentcoastcourier.ca/images/masthead.gif")]:
        d = next(t)
        hs, pl = apache_static(d, body, ctype, lm, et, defl)
        w.fetch(KCC_HOST + url, d, "HTTP/1.1 200 OK", hs, pl, saved)
    for aid in ["kcc-hospital", "kcc-church", "kcc-oysters", "ans-premiers", "kcc-breakfast"]:
        page, ps, mn = kcc_page(aid)
        d = next(t)
        hs, pl = apache_php(d, page.encode("utf-8"))
        w.fetch(kcc_url(aid), d, "HTTP/1.1 200 OK", hs, pl, f"www.kentcoastcourier.ca/news/story.php?id={KCC_ID[aid]}")
        reg(aid, F_WGET, ps, mn, f"`response` record of `/news/story.php?id={KCC_ID[aid]}` (chunked + gzip body, "
                                 f"HTTP says ISO-8859-1, bytes are UTF-8)")
        if aid == "kcc-oysters":
            HTTRACK_PAGE[aid] = page
        if aid in KCC_CAPTION:
            d = next(t)
            jpg = tiny_jpeg(KCC_ID[aid])
            hs, pl = apache_static(d, jpg, "image/jpeg", "Wed, 18 Nov 2026 09:12:33 GMT", f"{len(jpg):x}-5a4c1f0e2b3d1",
                                   deflate=False)
            w.fetch(f"{KCC_HOST}/photos/2026/{KCC_CAPTION[aid][0]}", d, "HTTP/1.1 200 OK", hs, pl,
                    f"www.kentcoastcourier.ca/photos/2026/{KCC_CAPTION[aid][0]}")
    page, ps, mn = kcc_archive_page()
    d = next(t)
    hs, pl = apache_static(d, page.encode("cp1252"), "text/html", "Wed, 18 Nov 2026 04:00:12 GMT", "1f0e-5a4bd7c9e2a10")
    w.fetch(kcc_url("kcc-wharf"), d, "HTTP/1.1 200 OK", hs, pl, "www.kentcoastcourier.ca" + KCC_WHARF_PATH)
    reg("kcc-wharf", F_WGET, ps, mn, f"`response` record of `{KCC_WHARF_PATH}` (static archive page: windows-1252 "
                                     f"declared only in `<meta charset>`, no charset in HTTP)")
    write(F_WGET, w.close(next(t)))


def build_httrack():
    page = HTTRACK_PAGE["kcc-oysters"]
    page = page.replace('<html lang="en">\n<head>',
                        '<html lang="en">\n\n<!-- Mirrored from www.kentcoastcourier.ca/news/story.php?id=4189 by HTTrack '
                        "Website Copier/3.x [XR&CO'2014], Fri, 20 Nov 2026 21:14:09 GMT -->\n"
                        '<!-- Added by HTTrack --><meta http-equiv="content-type" content="text/html;charset=ISO-8859-1" '
                        '/><!-- /Added by HTTrack -->\n<head>')
    local = {"/css/style.css?v=2019": "../css/style3f2a.css", "/js/courier.js": "../js/courier.js",
             "/images/masthead.gif": "../images/masthead.gif", "/": "../index.html",
             "/photos/2026/1118-oyster-cages.jpg": "../photos/2026/1118-oyster-cages.jpg"}
    for k, v in KCC_ID.items():
        local[f"/news/story.php?id={v}"] = f"story{(v * 2654435761) & 0xffff:04x}.html"
    local["/news/story.php?id=4189"] = "story35c1.html"

    def rw(m):
        u = html.unescape(m.group(2))
        if u in local:
            return f'{m.group(1)}="{local[u]}"'
        if u.startswith("/"):
            return f'{m.group(1)}="https://www.kentcoastcourier.ca{attr(u)}"'
        return m.group(0)
    page = re.sub(r'(href|src)="([^"]*)"', rw, page)
    page = page.replace("</html>\n", "\n<!-- Mirrored from www.kentcoastcourier.ca/news/story.php?id=4189 by HTTrack "
                                     "Website Copier/3.x [XR&CO'2014], Fri, 20 Nov 2026 21:14:09 GMT -->\n</html>\n")
    write(F_HT, page.encode("utf-8"))
    _, ps, mn = kcc_page("kcc-oysters")
    reg("kcc-oysters", F_HT, ps, mn, "the whole page (HTTrack adds a `content-type … charset=ISO-8859-1` meta from the "
                                     "HTTP header; the bytes are UTF-8)")


# ====================================================================================================================
# 3. Codiac Dispatch (codiacdispatch.ca): Ghost "Casper"-style site; Browsertrix WACZ 19 Nov, SingleFile 24 Nov,
#    Safari .webarchive 22 Nov
# ====================================================================================================================
CD_HOST = "https://codiacdispatch.ca"
CD_AUTH = {"Noah Bourque": "noah", "Amélie Doucet": "amelie", "Claire Hebb": "ans", "Gilles Léger": "gilles-leger"}
CD_MEMBERS = {"2026-11-19": "2,318", "2026-11-22": "2,325", "2026-11-24": "2,331", "2026-11-23": "2,327"}
CD_NAV = [("Latest", "/"), ("City Hall", "/tag/city-hall/"), ("Housing", "/tag/housing/"), ("Health", "/tag/health/"),
          ("Transit", "/tag/transit/"), ("About", "/about/")]
CD_CALLOUT = "Get the Dispatch in your inbox every weekday morning. It’s free. Sign up here."
CD_REPUB = ("This story was first published by the Kent Coast Courier and is republished here through the New "
            "Brunswick Local News Exchange.")
CD_WIRE = "This story is from Atlantic News Service, a regional wire the Dispatch subscribes to."
CD_FOOT = ["Codiac Dispatch © 2026", "Corrections policy", "Powered by Ghost"]
CD_CAPTION = {
    "cd-tower": "A rendering of the proposed tower on Paul Street, seen from Champlain Place. (Image: Petitcodiac Living)",
    "cd-transit": "A Tri-City Transit bus on Main Street in Moncton. (Amélie Doucet/Codiac Dispatch)",
    "cd-er-overflow": "The emergency department entrance at a Moncton hospital. (Noah Bourque/Codiac Dispatch)",
    "kcc-hospital": "Residents fill the parish hall in Sainte-Anne-de-Kent on Monday evening. (Gilles Léger/Kent Coast "
                    "Courier)",
    "cd-market": "Vendors at the Riverfront Market’s last outdoor Saturday of the season. (Noah Bourque/Codiac Dispatch)",
    "cd-firefighters": "Riverview’s main fire station on Coverdale Road. (Amélie Doucet/Codiac Dispatch)",
    "ans-premiers": "Province House in Halifax. (Atlantic News Service)",
}
CD_TIMES = {"cd-tower": "2026-11-18T14:05:00.000Z", "cd-transit": "2026-11-17T12:30:00.000Z",
            "cd-er-overflow": "2026-11-19T10:15:00.000Z", "kcc-hospital": "2026-11-18T22:30:00.000Z",
            "cd-market": "2026-11-16T11:40:00.000Z", "cd-firefighters": "2026-11-16T15:20:00.000Z",
            "ans-premiers": "2026-11-17T20:45:00.000Z"}


def cd_slug(aid):
    if aid == "kcc-hospital":
        return "2026/11/18/sainte-anne-de-kent-parish-hall-er-closure"
    if aid == "ans-premiers":
        return "2026/11/17/premiers-nurse-recruitment-halifax-meeting"
    return ART[aid]["slug"]


def cd_url(aid):
    return f"{CD_HOST}/{cd_slug(aid)}/"


def cd_title(aid):
    return ART[aid].get("cd_title") or ART[aid]["title"]


def cd_tag(aid):
    return {"kcc-hospital": "Health", "ans-premiers": "Health"}.get(aid) or ART[aid]["tag"]


def cd_excerpt(aid):
    return {"kcc-hospital": "More than 400 people crowded into the hall to hear what the overnight closure means for them.",
            "ans-premiers": "A common nursing licence is on the table for the Nov. 26 meeting."}.get(aid) or ART[aid]["excerpt"]


def cd_page(aid, day, variant="orig"):
    """Ghost 5 / Casper page. Returns (html, paragraphs, must_not)."""
    a = ART[aid]
    ps = paras(aid, variant)
    title, tag, exc, url = cd_title(aid), cd_tag(aid), cd_excerpt(aid), cd_url(aid)
    pub = CD_TIMES[aid]
    mod = "2026-11-20T13:48:10.000Z" if variant == "updated" else pub.replace(":00.000Z", ":41.000Z")
    authors = a["authors"]
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": "Codiac Dispatch", "url": f"{CD_HOST}/",
                        "logo": {"@type": "ImageObject", "url": f"{CD_HOST}/content/images/2025/03/dispatch-logo.png"}},
          "author": [{"@type": "Person", "name": n, "url": f"{CD_HOST}/author/{CD_AUTH[n]}/", "sameAs": []}
                     for n in authors] if len(authors) > 1 else
          {"@type": "Person", "name": authors[0], "url": f"{CD_HOST}/author/{CD_AUTH[authors[0]]}/", "sameAs": []},
          "headline": title, "url": url, "datePublished": pub, "dateModified": mod,
          "image": {"@type": "ImageObject", "url": f"{CD_HOST}/content/images/2026/11/{cd_slug(aid).split('/')[-1]}.jpg",
                    "width": 2000, "height": 1333},
          "keywords": f"{tag}, Greater Moncton", "description": exc, "mainEntityOfPage": url}
    canonical = kcc_url("kcc-hospital") if aid == "kcc-hospital" else url
    nav = "\n".join(f'                    <li class="nav-{n.lower().replace(" ", "-")}"><a href="{CD_HOST}{p}">{n}</a></li>'
                    for n, p in CD_NAV)
    byl_imgs = "\n".join(f'                <li class="author-list-item"><a href="{CD_HOST}/author/{CD_AUTH[n]}/" '
                         f'class="author-avatar" aria-label="Read more of {attr(n)}"><img class="author-profile-image" '
                         f'src="{CD_HOST}/content/images/size/w100/2025/03/{CD_AUTH[n]}.jpg" alt="{attr(n)}"></a></li>'
                         for n in authors)
    names = ", ".join(f'<a href="{CD_HOST}/author/{CD_AUTH[n]}/">{esc(n)}</a>' for n in authors)
    if aid == "ans-premiers":
        names = '<a href="https://codiacdispatch.ca/author/ans/">Claire Hebb, Atlantic News Service</a>'
    date_shown = short_date(a["date"])
    if variant == "updated":
        date_shown += " · Updated Nov 20, 2026"
    words = sum(len(p.split()) for p in ps)
    mins = max(1, round(words / 230))
    mn = [title, exc, f"{mins} min read", date_shown, CD_CAPTION[aid], CD_CALLOUT,
          f"The Dispatch is funded by {CD_MEMBERS[day]} members. Join them.", "Become a member — $8/month",
          "Become a member", "Sign in", "Enter your email"] + CD_FOOT
    mn.append(", ".join(authors) if aid != "ans-premiers" else "Claire Hebb, Atlantic News Service")
    body = []
    if aid == "kcc-hospital":
        body.append(f'<p><em>{esc(CD_REPUB)}</em></p>')
        mn.append(CD_REPUB)
    for i, p in enumerate(ps):
        body.append(f"<p>{esc(p)}</p>")
        if i == 1:
            body.append('<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">'
                        '📬</div><div class="kg-callout-text">Get the Dispatch in your inbox every weekday morning. '
                        'It’s free. <a href="#/portal/signup">Sign up here</a>.</div></div>')
    if aid == "ans-premiers":
        body.append(f'<p><em>{esc(CD_WIRE)}</em></p>')
        mn.append(CD_WIRE)
    others = [x for x in ["cd-er-overflow", "cd-tower", "cd-transit", "cd-market", "cd-firefighters"] if x != aid][:3]
    cards = "\n".join(f'<article class="post-card"><a class="post-card-image-link" href="{cd_url(x)}"></a><div '
                      f'class="post-card-content"><a class="post-card-content-link" href="{cd_url(x)}"><header '
                      f'class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">'
                      f'{esc(cd_tag(x))}</span></div><h2 class="post-card-title">{esc(cd_title(x))}</h2></header><div '
                      f'class="post-card-excerpt">{esc(cd_excerpt(x))}</div></a></div></article>' for x in others)
    mn += [cd_title(x) for x in others] + [cd_excerpt(x) for x in others] + ["Read more"]
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>

    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{esc(title)} - Codiac Dispatch</title>
    <link rel="stylesheet" type="text/css" href="{CD_HOST}/assets/built/screen.css?v=4a1c2b9e7f">

    <meta name="description" content="{attr(exc)}">
    <link rel="icon" href="{CD_HOST}/content/images/size/w256h256/2025/03/dispatch-mark.png" type="image/png">
    <link rel="canonical" href="{canonical}">
    <meta name="referrer" content="no-referrer-when-downgrade">

    <meta property="og:site_name" content="Codiac Dispatch">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{attr(title)}">
    <meta property="og:description" content="{attr(exc)}">
    <meta property="og:url" content="{url}">
    <meta property="og:image" content="{CD_HOST}/content/images/2026/11/{cd_slug(aid).split('/')[-1]}.jpg">
    <meta property="article:published_time" content="{pub}">
    <meta property="article:modified_time" content="{mod}">
    <meta property="article:tag" content="{attr(tag)}">
    <meta property="article:publisher" content="https://www.facebook.com/codiacdispatch">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="{attr(title)}">
    <meta name="twitter:url" content="{url}">
    <meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="{attr(', '.join(authors))}">
    <meta name="twitter:site" content="@codiacdispatch">

    <script type="application/ld+json">
{jsonld(ld)}
    </script>

    <meta name="generator" content="Ghost 5.96">
    <link rel="alternate" type="application/rss+xml" title="Codiac Dispatch" href="{CD_HOST}/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="{CD_HOST}/" data-key="6b1e4c0f8a2d9e3b7c5a1f0d42" data-api="{CD_HOST}/ghost/api/content/" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{{display:flex;flex-direction:column;align-items:center;}}</style>
    <script defer data-domain="codiacdispatch.ca" src="https://plausible.io/js/script.js"></script>
</head>
<body class="post-template tag-{tag.lower().replace(' ', '-')} is-head-left-logo has-cover">
<div class="viewport">

    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo no-image" href="{CD_HOST}">Codiac Dispatch</a>
                <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
                <button class="gh-burger" aria-label="Main Menu"></button>
            </div>
            <nav class="gh-head-menu">
                <ul class="nav">
{nav}
                </ul>
            </nav>
            <div class="gh-head-actions">
                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Become a member</a>
            </div>
        </div>
    </header>

    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-{tag.lower().replace(' ', '-')}">

    <header class="article-header gh-canvas">

        <div class="article-tag post-card-tags">
                <span class="post-card-primary-tag">
                    <a href="{CD_HOST}/tag/{tag.lower().replace(' ', '-')}/">{esc(tag)}</a>
                </span>
        </div>

        <h1 class="article-title">{esc(title)}</h1>

            <p class="article-excerpt">{esc(exc)}</p>

        <div class="article-byline">
        <section class="article-byline-content">
            <ul class="author-list instapaper_ignore">
{byl_imgs}
            </ul>
            <div class="article-byline-meta">
                <h4 class="author-name">{names}</h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="{a['date']}">{date_shown}</time>
                        <span class="byline-reading-time"><span class="bull">&bull;</span> {mins} min read</span>
                </div>
            </div>
        </section>
        </div>

            <figure class="article-image">
                <img srcset="{CD_HOST}/content/images/size/w600/2026/11/{cd_slug(aid).split('/')[-1]}.jpg 600w, {CD_HOST}/content/images/size/w1200/2026/11/{cd_slug(aid).split('/')[-1]}.jpg 1200w" sizes="(min-width: 1400px) 1400px, 92vw" src="{CD_HOST}/content/images/size/w1200/2026/11/{cd_slug(aid).split('/')[-1]}.jpg" alt="">
                    <figcaption><span style="white-space: pre-wrap;">{esc(CD_CAPTION[aid])}</span></figcaption>
            </figure>

    </header>

    <section class="gh-content gh-canvas">
        {chr(10).join(body)}
    </section>

</article>
</main>

<section class="footer-cta outer">
    <div class="inner">
        <h2 class="footer-cta-title">The Dispatch is funded by {CD_MEMBERS[day]} members. Join them.</h2>
        <a class="footer-cta-button" href="#/portal" data-portal>
            <div class="footer-cta-input">Enter your email</div>
            <span>Become a member — $8/month</span>
        </a>
    </div>
</section>

    <aside class="read-more-wrap outer">
        <div class="read-more inner">
{cards}
        </div>
    </aside>

    </div>

    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="{CD_HOST}">Codiac Dispatch</a> &copy; 2026</section>
            <nav class="site-footer-nav">
                <ul class="nav">
                    <li class="nav-about"><a href="{CD_HOST}/about/">About</a></li>
                    <li class="nav-corrections-policy"><a href="{CD_HOST}/corrections/">Corrections policy</a></li>
                    <li class="nav-contact"><a href="{CD_HOST}/contact/">Contact</a></li>
                </ul>
            </nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>

</div>

<script src="{CD_HOST}/assets/built/casper.js?v=4a1c2b9e7f"></script>
</body>
</html>
"""
    return page, ps, mn


def cd_home(day):
    items = ["cd-er-overflow", "kcc-hospital", "cd-tower", "ans-premiers", "cd-transit", "cd-market", "cd-firefighters"]
    cards = "\n".join(f'<article class="post-card post"><a class="post-card-image-link" href="{cd_url(x)}"><img '
                      f'class="post-card-image" src="{CD_HOST}/content/images/size/w600/2026/11/'
                      f'{cd_slug(x).split("/")[-1]}.jpg" alt="" loading="lazy"></a><div class="post-card-content"><a '
                      f'class="post-card-content-link" href="{cd_url(x)}"><header class="post-card-header"><div '
                      f'class="post-card-tags"><span class="post-card-primary-tag">{esc(cd_tag(x))}</span></div><h2 '
                      f'class="post-card-title">{esc(cd_title(x))}</h2></header><div class="post-card-excerpt">'
                      f'{esc(cd_excerpt(x))}</div></a><footer class="post-card-meta"><time class="post-card-meta-date">'
                      f'{short_date(CD_TIMES[x][:10])}</time></footer></div></article>' for x in items)
    nav = "\n".join(f'<li><a href="{CD_HOST}{p}">{n}</a></li>' for n, p in CD_NAV)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Codiac Dispatch – Independent news for Greater Moncton</title>
    <link rel="stylesheet" type="text/css" href="{CD_HOST}/assets/built/screen.css?v=4a1c2b9e7f">
    <meta name="description" content="Independent, member-supported news for Moncton, Dieppe and Riverview.">
    <link rel="canonical" href="{CD_HOST}/">
    <meta property="og:site_name" content="Codiac Dispatch">
    <meta property="og:type" content="website">
    <meta name="generator" content="Ghost 5.96">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-ghost="{CD_HOST}/" crossorigin="anonymous"></script>
</head>
<body class="home-template is-head-left-logo">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="{CD_HOST}">Codiac Dispatch</a></div>
<nav class="gh-head-menu"><ul class="nav">{nav}</ul></nav>
<div class="gh-head-actions"><a href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Become a member</a></div></div></header>
<div class="site-content">
<div class="site-header-content outer"><h1 class="site-title">Codiac Dispatch</h1><p class="site-description">Independent news for Greater Moncton. Member-supported. Ad-free.</p></div>
<main id="site-main" class="site-main outer"><div class="inner posts"><div class="post-feed">
{cards}
</div></div></main>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="{CD_HOST}">Codiac Dispatch</a> &copy; 2026</section><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer>
</div>
</body>
</html>
"""


CD_CSS = (b":root{--color-green:#a4d037;--color-darkgrey:#15171a;--ghost-accent-color:#c0392b}"
          b"*,:after,:before{box-sizing:border-box}html{font-size:62.5%}body{font-family:-apple-system,"
          b"BlinkMacSystemFont,Segoe UI,Roboto,sans-serif;font-size:1.6rem;color:#15171a;background:#fff}"
          b".gh-head{height:88px;font-size:1.6rem;line-height:1.3em}.article-title{font-size:clamp(3.2rem,5vw,5.2rem);"
          b"font-weight:800;line-height:1.05}.article-excerpt{font-size:2.3rem;line-height:1.4;color:#15171a}"
          b".gh-content>p{font-family:Georgia,serif;font-size:2rem;line-height:1.6em}.kg-callout-card{display:flex;"
          b"padding:1.2em 1.6em;border-radius:3px}.footer-cta{padding:9vmin 4vmin 10vmin;text-align:center}"
          b".site-footer{padding-top:48px;padding-bottom:48px;color:hsla(0,0%,100%,.7);background:#0a0b0c}\n") * 4
CD_JS = (b"!function(){\"use strict\";function e(e){var t=document.querySelector(\".gh-burger\");t&&t.addEventListener("
         b"\"click\",function(){document.body.classList.contains(\"gh-head-open\")?document.body.classList.remove("
         b"\"gh-head-open\"):document.body.classList.add(\"gh-head-open\")})}e()}();\n")


class Browsertrix:
    """Browsertrix Crawler 1.x: WARC/1.1, per page the main response then its request (WARC-Page-ID), the page's
    subresources, then a urn:pageinfo: resource record (application/json); sha256 digests; ms-precision dates."""
    SOFT = "Browsertrix-Crawler 1.4.2 (with warcio.js 2.3.1)"

    def __init__(self):
        self.out = io.BytesIO()
        self.cdx = []
        self.pages = []
        self.log = []
        info = (f"software: {self.SOFT}\r\nformat: WARC File Format 1.1\r\n"
                "creator: Atlantic Web Archive Consortium\r\nisPartOf: codiacdispatch-2026-11-19\r\n").encode()
        self.write([("WARC-Filename", "data.warc.gz"), ("WARC-Date", "2026-11-19T14:30:08.102Z"),
                    ("WARC-Type", "warcinfo"), ("WARC-Record-ID", urn("btx-info")),
                    ("Content-Type", "application/warc-fields")], info, None)

    def write(self, headers, block, cdx):
        off = self.out.tell()
        rec = gz(warc_record("WARC/1.1", headers, block))
        self.out.write(rec)
        if cdx:
            key, ts, obj = cdx
            obj.update({"length": str(len(rec)), "offset": str(off), "filename": "data.warc.gz"})
            self.cdx.append(f"{key} {ts} {json.dumps(obj, separators=(',', ':'))}")

    @staticmethod
    def surt(url):
        m = re.match(r"^(?:https?://)?([^/]+)(/.*)?$", url)
        host, path = m.group(1), m.group(2) or "/"
        if host.startswith("www."):
            host = host[4:]
        return ",".join(reversed(host.split("."))) + ")" + path.lower()

    def resp(self, url, date, page_id, body, ctype, rtype, status="200 OK", extra=()):
        hh = http_head(f"HTTP/1.1 {status}", [("content-type", ctype), ("content-length", str(len(body))),
                                             *extra, ("date", http_date(date[:19] + "Z"))])
        block = hh + body
        rid = urn(f"btx-resp-{url}-{date}")
        ts = re.sub(r"\D", "", date)
        self.write([("WARC-Target-URI", url), ("WARC-Date", date), ("WARC-Type", "response"),
                    ("WARC-Record-ID", rid), ("WARC-Page-ID", page_id), ("WARC-Resource-Type", rtype),
                    ("WARC-JSON-Metadata", '{"ipType":"public","cert":{"issuer":"R11","ctc":"1"}}'),
                    ("Content-Type", "application/http; msgtype=response"),
                    ("WARC-Payload-Digest", sha256_hex(body)), ("WARC-Block-Digest", sha256_hex(block))], block,
                   (self.surt(url), ts, {"url": url, "mime": ctype.split(";")[0], "status": status.split()[0],
                                         "digest": sha256_hex(body)}))
        req = http_head(f"GET {re.sub(r'^https?://[^/]+', '', url) or '/'} HTTP/1.1",
                        [("host", re.match(r"https?://([^/]+)", url).group(1)),
                         ("user-agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                        "Chrome/129.0.0.0 Safari/537.36"),
                         ("accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
                         ("accept-language", "en-CA,en;q=0.9")])
        self.write([("WARC-Target-URI", url), ("WARC-Date", date), ("WARC-Type", "request"),
                    ("WARC-Record-ID", urn(f"btx-req-{url}-{date}")), ("WARC-Page-ID", page_id),
                    ("WARC-Resource-Type", rtype), ("WARC-Concurrent-To", rid),
                    ("Content-Type", "application/http; msgtype=request"), ("WARC-Block-Digest", sha256_hex(req))],
                   req, None)

    def pageinfo(self, url, date, page_id, urls):
        info = json.dumps({"pageid": page_id, "url": url, "ts": date, "urls": urls, "counts": {"jsErrors": 0}},
                          separators=(",", ":")).encode()
        self.write([("WARC-Target-URI", f"urn:pageinfo:{url}"), ("WARC-Date", date), ("WARC-Type", "resource"),
                    ("WARC-Record-ID", urn(f"btx-pageinfo-{url}")), ("WARC-Page-ID", page_id),
                    ("Content-Type", "application/json"), ("WARC-Payload-Digest", sha256_hex(info)),
                    ("WARC-Block-Digest", sha256_hex(info))], info,
                   (f"urn:pageinfo:{url}", re.sub(r"\D", "", date), {"url": f"urn:pageinfo:{url}",
                                                                      "mime": "application/json", "status": "200",
                                                                      "digest": sha256_hex(info)}))


def build_wacz():
    b = Browsertrix()
    day = "2026-11-19"
    seen_sub = set()
    order = [(None, f"{CD_HOST}/", "14:30:12.481"), ("cd-er-overflow", None, "14:30:19.007"),
             ("kcc-hospital", None, "14:30:26.552"), ("cd-tower", None, "14:30:33.918"),
             ("ans-premiers", None, "14:30:41.240"), ("cd-transit", None, "14:30:48.771"),
             ("cd-market", None, "14:30:55.306"), ("cd-firefighters", None, "14:31:02.663")]
    subs = [(f"{CD_HOST}/assets/built/screen.css?v=4a1c2b9e7f", CD_CSS, "text/css; charset=UTF-8", "stylesheet"),
            ("https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js", CD_JS,
             "application/javascript; charset=utf-8", "script"),
            (f"{CD_HOST}/assets/built/casper.js?v=4a1c2b9e7f", CD_JS, "application/javascript; charset=UTF-8", "script")]
    b.log.append({"timestamp": "2026-11-19T14:30:08.101Z", "logLevel": "info", "context": "general",
                  "message": b.SOFT, "details": {}})
    b.log.append({"timestamp": "2026-11-19T14:30:08.377Z", "logLevel": "info", "context": "general",
                  "message": "Seeds", "details": [{"url": f"{CD_HOST}/", "scopeType": "prefix", "depth": -1,
                                                   "include": ["/^https?:\\/\\/codiacdispatch\\.ca\\//"],
                                                   "exclude": ["/\\/tag\\//", "/\\/author\\//"], "maxExtraHops": 0}]})
    for aid, url, t in order:
        date = f"{day}T{t}Z"
        pid = urn(f"btx-page-{aid or 'home'}")[10:-1]
        if aid is None:
            page = cd_home(day)
            title = "Codiac Dispatch – Independent news for Greater Moncton"
        else:
            page, ps, mn = cd_page(aid, day)
            url = cd_url(aid)
            title = f"{cd_title(aid)} - Codiac Dispatch"
        body = page.encode("utf-8")
        b.resp(url, date, pid, body, "text/html; charset=utf-8", "document",
               extra=[("cache-control", "public, max-age=0"), ("x-powered-by", "Express"), ("etag", f'W/"{len(body):x}"'),
                      ("vary", "Accept-Encoding"), ("server", "nginx")])
        urls = {url: {"status": 200, "mime": "text/html", "type": "document"}}
        for su, sb, sct, styp in subs:
            if su not in page:
                continue
            urls[su] = {"status": 200, "mime": sct.split(";")[0], "type": styp}
            if su in seen_sub:
                continue
            seen_sub.add(su)
            b.resp(su, date, pid, sb, sct, styp,
                   extra=[("cache-control", "public, max-age=31536000"), ("server", "nginx")])
        if aid:
            img = f"{CD_HOST}/content/images/size/w1200/2026/11/{cd_slug(aid).split('/')[-1]}.jpg"
            jpg = tiny_jpeg(len(img))
            b.resp(img, date, pid, jpg, "image/jpeg", "image", extra=[("cache-control", "public, max-age=31536000")])
            urls[img] = {"status": 200, "mime": "image/jpeg", "type": "image"}
            reg(aid, F_WACZ, ps, mn, f"inner `archive/data.warc.gz`, `response` record of `{url}` "
                                     f"(WARC/1.1, {date})")
        b.pageinfo(url, date, pid, urls)
        entry = {"id": pid, "url": url, "title": title, "loadState": 4, "mime": "text/html", "seed": aid is None,
                 "depth": 0 if aid is None else 1, "favIconUrl": f"{CD_HOST}/content/images/size/w256h256/2025/03/"
                                                                 f"dispatch-mark.png", "ts": date, "status": 200}
        b.pages.append(entry)
        b.log.append({"timestamp": date, "logLevel": "info", "context": "pageStatus", "message": "Page Finished",
                      "details": {"loadState": 4, "page": url, "workerid": 0}})
    b.log.append({"timestamp": "2026-11-19T14:31:09.880Z", "logLevel": "info", "context": "crawlStatus",
                  "message": "Crawl statistics", "details": {"crawled": 8, "total": 8, "pending": 0, "failed": 0,
                                                             "limit": {"max": 0, "hit": False}, "pendingPages": []}})
    b.log.append({"timestamp": "2026-11-19T14:31:10.214Z", "logLevel": "info", "context": "general",
                  "message": "Generating WACZ", "details": {}})
    warc = b.out.getvalue()
    cdx = ("\n".join(sorted(b.cdx)) + "\n").encode()
    cdx_gz = gz(cdx)
    first_key = sorted(b.cdx)[0].split(" {", 1)[0]
    idx = ('!meta 0 {"format":"cdxj-gzip-1.0","filename":"index.cdx.gz"}\n' + first_key + " " +
           json.dumps({"offset": 0, "length": len(cdx_gz), "digest": sha256_hex(cdx_gz), "filename": "index.cdx.gz"},
                      separators=(",", ":")) + "\n").encode()
    seeds = [p for p in b.pages if p["seed"]]
    extra = [p for p in b.pages if not p["seed"]]
    head = {"format": "json-pages-1.0", "id": "pages", "title": "All Pages", "hasText": False}
    pages = "\n".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) for x in [head] + seeds) + "\n"
    head2 = dict(head, id="extra-pages", title="Extra Pages")
    extrap = "\n".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) for x in [head2] + extra) + "\n"
    log = "\n".join(json.dumps(x, separators=(",", ":")) for x in b.log) + "\n"
    files = [("archive/data.warc.gz", warc), ("indexes/index.cdx.gz", cdx_gz), ("indexes/index.idx", idx),
             ("pages/pages.jsonl", pages.encode()), ("pages/extraPages.jsonl", extrap.encode()),
             ("logs/crawl-20261119143008102.log", log.encode())]
    dp = {"resources": [{"name": os.path.basename(p).lower(), "path": p, "bytes": len(d), "hash": sha256_hex(d)}
                        for p, d in files],
          "created": "2026-11-19T14:31:10Z", "wacz_version": "1.1.1", "software": Browsertrix.SOFT,
          "title": "Codiac Dispatch, 19 November 2026",
          "description": "Crawl of codiacdispatch.ca (front page and stories one hop away)."}
    dpb = json.dumps(dp, indent=2, ensure_ascii=False).encode()
    dig = json.dumps({"path": "datapackage.json", "hash": sha256_hex(dpb)}, indent=2).encode()
    zb = io.BytesIO()
    with zipfile.ZipFile(zb, "w", zipfile.ZIP_STORED) as z:
        for p, d in files + [("datapackage.json", dpb), ("datapackage-digest.json", dig)]:
            zi = zipfile.ZipInfo(p, date_time=(2026, 11, 19, 14, 31, 10))
            zi.compress_type = zipfile.ZIP_STORED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            z.writestr(zi, d)
    write(F_WACZ, zb.getvalue())


def singlefile(page, url, saved):
    """SingleFile 1.22: scripts removed, stylesheets inlined, images as data: URIs, attribute quotes dropped where
    possible, the 'Page saved with SingleFile' comment after <html>."""
    import base64
    p = re.sub(r"<script\b.*?</script>\s*", "", page, flags=re.S)
    p = re.sub(r'<link rel="stylesheet"[^>]*>', "<style>" + CD_CSS[:len(CD_CSS) // 4].decode().strip() + "</style>", p)
    p = re.sub(r'<link rel="(icon|alternate)"[^>]*>\s*', "", p)
    png = "data:image/jpeg;base64," + base64.b64encode(tiny_jpeg(7)).decode()
    p = re.sub(r'(<img[^>]*?)\ssrcset="[^"]*"', r"\1", p)
    p = re.sub(r'(<img[^>]*?\ssrc=)"[^"]*"', lambda m: m.group(1) + '"' + png + '"', p)
    p = re.sub(r'\s(\w[\w-]*)="([\w./:#-]+)"', r" \1=\2", p)
    p = p.replace('<html lang=en>', f'<html lang=en><!--\n Page saved with SingleFile \n url: {url} \n saved date: {saved}\n-->', 1)
    p = p.replace("</head>", "<style>img[src=\"data:,\"],source[src=\"data:,\"]{display:none!important}</style></head>", 1)
    return p


def build_singlefile():
    page, ps, mn = cd_page("cd-tower", "2026-11-24", variant="updated")
    out = singlefile(page, cd_url("cd-tower"), "Tue Nov 24 2026 09:12:44 GMT-0400 (Atlantic Standard Time)")
    write(F_SF, out.encode("utf-8"))
    reg("cd-tower", F_SF, ps, mn + ["Updated Nov 20, 2026"], "the whole page (saved 24 Nov 2026 after the site's update "
                                                              "of 20 Nov: one sentence re-edited, one paragraph added)")


def build_webarchive():
    page, ps, mn = cd_page("cd-er-overflow", "2026-11-22")
    main = {"WebResourceData": page.encode("utf-8"), "WebResourceFrameName": "", "WebResourceMIMEType": "text/html",
            "WebResourceTextEncodingName": "UTF-8", "WebResourceURL": cd_url("cd-er-overflow")}
    subs = [{"WebResourceData": CD_CSS, "WebResourceMIMEType": "text/css", "WebResourceTextEncodingName": "utf-8",
             "WebResourceURL": f"{CD_HOST}/assets/built/screen.css?v=4a1c2b9e7f"},
            {"WebResourceData": tiny_jpeg(3), "WebResourceMIMEType": "image/jpeg",
             "WebResourceURL": f"{CD_HOST}/content/images/size/w1200/2026/11/moncton-ers-brace-for-overflow.jpg"},
            {"WebResourceData": tiny_png(5), "WebResourceMIMEType": "image/png",
             "WebResourceURL": f"{CD_HOST}/content/images/size/w100/2025/03/amelie.jpg"}]
    data = plistlib.dumps({"WebMainResource": main, "WebSubresources": subs}, fmt=plistlib.FMT_BINARY, sort_keys=True)
    write(F_WA, data)
    reg("cd-er-overflow", F_WA, ps, mn, "`WebMainResource` (the page's HTML, UTF-8) of the binary plist")


# ====================================================================================================================
# 4. The Capital Ledger (capitalledger.ca): WordPress + Newspack; Wayback Machine id_ download and toolbar save
# ====================================================================================================================
CL_HOST = "https://capitalledger.ca"
CL_TIMES = {"cl-er-bill": ("2026-11-20T10:12:33+00:00", "2026-11-20T14:48:02+00:00", "2026-11-20T06:12:33-04:00",
                           "2026-11-20T10:48:02-04:00", 4817),
            "cl-ethics": ("2026-11-23T11:05:10+00:00", "2026-11-23T11:05:10+00:00", "2026-11-23T07:05:10-04:00",
                          "2026-11-23T07:05:10-04:00", 4839)}
CL_BIO = {"Jonah Whitcomb": "Jonah Whitcomb covers the legislature for The Capital Ledger. He has reported from the "
                            "press gallery since 2019.",
          "Mei Lin Foster": "Mei Lin Foster covers ethics, elections and government accountability for The Capital "
                            "Ledger."}
CL_DONATE = ("Support independent political reporting in New Brunswick. The Capital Ledger is free to read because "
             "readers like you chip in.")
CL_NL = "Sign up for The Ledger Letter, our weekly briefing from the legislature."
CL_FOOT = ["The Capital Ledger is a nonprofit newsroom. Our reporting is free to read and free to republish.",
           "© 2026 Capital Ledger News Society", "Proudly powered by Newspack by WordPress"]
CL_TAGS = {"cl-er-bill": ["health care", "legislature"], "cl-ethics": ["ethics", "legislature"]}
CL_RELATED = ["Province to post rural ER wait times online, health minister says",
              "What’s on the legislature’s order paper this fall",
              "Opposition wants auditor general to review nursing agency contracts"]


def cl_url(aid):
    return f"{CL_HOST}/{ART[aid]['slug']}/"


def cl_page(aid):
    a = ART[aid]
    ps = paras(aid)
    url = cl_url(aid)
    pub_utc, mod_utc, pub_loc, mod_loc, pid = CL_TIMES[aid]
    n = a["authors"][0]
    nslug = n.lower().replace(" ", "-")
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": n, "@id": f"{CL_HOST}/#/schema/person/{urn(n)[10:42].replace('-', '')}"},
         "headline": a["title"], "datePublished": pub_utc, "dateModified": mod_utc,
         "mainEntityOfPage": {"@id": url}, "wordCount": sum(len(p.split()) for p in ps),
         "publisher": {"@id": f"{CL_HOST}/#organization"}, "articleSection": [a["cat"]], "inLanguage": "en-CA"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{a['title']} - The Capital Ledger",
         "isPartOf": {"@id": f"{CL_HOST}/#website"}, "datePublished": pub_utc, "dateModified": mod_utc},
        {"@type": "Organization", "@id": f"{CL_HOST}/#organization", "name": "The Capital Ledger", "url": f"{CL_HOST}/"},
        {"@type": "Person", "@id": f"{CL_HOST}/#/schema/person/{urn(n)[10:42].replace('-', '')}", "name": n,
         "url": f"{CL_HOST}/author/{nslug}/"}]}
    body = []
    for i, p in enumerate(ps):
        body.append(f"<p>{esc(p)}</p>")
        if i == 2:
            body.append(f'<div class="wp-block-newspack-blocks-donate wpbnbd"><p class="wpbnbd__heading">{esc(CL_DONATE)}'
                        f'</p><a class="wpbnbd__button" href="{CL_HOST}/donate/">Donate today</a></div>')
    rel = "".join(f'<li><a href="{CL_HOST}/2026/11/{re.sub(r"[^a-z0-9]+", "-", r.lower()).strip("-")[:50]}/">{esc(r)}</a></li>'
                  for r in CL_RELATED)
    page = f"""<!doctype html>
<html lang="en-CA">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<link rel="profile" href="https://gmpg.org/xfn/11" />
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v23.8 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{esc(a['title'])} &#8211; The Capital Ledger</title>
	<meta name="description" content="{attr(a['dek'])}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="en_US" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{attr(a['title'])}" />
	<meta property="og:description" content="{attr(a['dek'])}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="The Capital Ledger" />
	<meta property="article:published_time" content="{pub_utc}" />
	<meta property="article:modified_time" content="{mod_utc}" />
	<meta property="og:image" content="{CL_HOST}/wp-content/uploads/2026/11/legislature-chamber-1200x800.jpg" />
	<meta name="author" content="{attr(n)}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Written by" />
	<meta name="twitter:data1" content="{attr(n)}" />
	<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
	<!-- / Yoast SEO plugin. -->

<link rel='stylesheet' id='newspack-style-css' href='{CL_HOST}/wp-content/themes/newspack-theme/style.css?ver=2.4.1' media='all' />
<link rel='stylesheet' id='newspack-blocks-css' href='{CL_HOST}/wp-content/plugins/newspack-blocks/dist/editor.css?ver=4.3.2' media='all' />
<script src="{CL_HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{CL_HOST}/wp-json/" /><link rel="shortlink" href="{CL_HOST}/?p={pid}" />
</head>

<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive singular show-updated-date h-sb h-ll h-dh has-sidebar">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="page" class="site">
<header id="masthead" class="site-header hide-header-search">
	<div class="site-branding">
		<a href="{CL_HOST}/" class="custom-logo-link" rel="home"><img width="400" height="80" src="{CL_HOST}/wp-content/uploads/2024/02/capital-ledger-logo.png" class="custom-logo" alt="The Capital Ledger" /></a>
		<p class="site-description">Politics and power in New Brunswick</p>
	</div>
	<nav class="main-navigation nav1" aria-label="Top Menu"><ul id="menu-primary" class="main-menu"><li class="menu-item"><a href="{CL_HOST}/category/legislature/">Legislature</a></li><li class="menu-item"><a href="{CL_HOST}/category/policy/">Policy</a></li><li class="menu-item"><a href="{CL_HOST}/category/elections/">Elections</a></li><li class="menu-item"><a href="{CL_HOST}/category/analysis/">Analysis</a></li><li class="menu-item"><a href="{CL_HOST}/newsletter/">The Ledger Letter</a></li><li class="menu-item donate"><a href="{CL_HOST}/donate/">Donate</a></li></ul></nav>
</header>
<div id="content" class="site-content">
	<section id="primary" class="content-area">
		<main id="main" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-legislature entry">
	<header class="entry-header">
		<span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="{CL_HOST}/category/legislature/" rel="category tag">{a['cat']}</a></span>
		<h1 class="entry-title">{esc(a['title'])}</h1>
		<div class="newspack-post-subtitle">{esc(a['dek'])}</div>
		<div class="entry-subhead">
			<div class="entry-meta">
				<span class="author-avatar"><img alt='' src='https://secure.gravatar.com/avatar/{urn(n)[10:42].replace("-", "")}?s=80&#038;d=mm&#038;r=g' class='avatar avatar-80 photo' height='80' width='80' /></span><span class="byline"><span>By</span> <span class="author vcard"><a class="url fn n" href="{CL_HOST}/author/{nslug}/">{esc(n)}</a></span></span><span class="posted-on"><time class="entry-date published" datetime="{pub_loc}">{long_date(a['date'])}</time><span class="updated-label">Updated:</span> <time class="updated" datetime="{mod_loc}">{long_date(a['date'])} at {'10:48 a.m.' if aid == 'cl-er-bill' else '7:05 a.m.'}</time></span>
			</div>
			<div class="share-icons"><span class="screen-reader-text">Share this:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Share on Facebook</a> <a href="https://twitter.com/intent/tweet?url={url}">Share on X</a> <a href="mailto:?subject={attr(a['title'])}&amp;body={url}">Share via email</a> <a href="#print" onclick="window.print();return false;">Print</a></div>
		</div>
	</header>
	<div class="entry-content">
{chr(10).join(body)}
<div class="wp-block-group newsletter-inline"><p>{esc(CL_NL)}</p><form class="newspack-newsletters-subscribe" method="post"><input type="email" name="npe" placeholder="Your email address" /><input type="submit" value="Sign up" /></form></div>
	</div>
	<footer class="entry-footer"><span class="tags-links"><span>Tagged:</span> {", ".join(f'<a href="{CL_HOST}/tag/{t.replace(" ", "-")}/" rel="tag">{t}</a>' for t in CL_TAGS[aid])}</span></footer>
	<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">{esc(n)}</h2></div><p>{esc(CL_BIO[n])}</p><a class="author-link" href="{CL_HOST}/author/{nslug}/">More by {esc(n)}</a></div></div>
</article>
<aside class="related-posts"><h2 class="accent-header">More from the Legislature</h2><ul>{rel}</ul></aside>
		</main>
	</section>
</div>
<footer id="colophon" class="site-footer">
	<div class="site-info"><p>{esc(CL_FOOT[0])}</p><p>{esc(CL_FOOT[1])} · <a href="{CL_HOST}/privacy-policy/">Privacy Policy</a></p><p><a href="https://newspack.com/" class="imprint">{esc(CL_FOOT[2])}</a></p></div>
</footer>
</div>
<script src="{CL_HOST}/wp-content/themes/newspack-theme/js/dist/amp-fallback.js?ver=2.4.1" id="newspack-amp-fallback-js"></script>
</body>
</html>
"""
    upd = f"Updated: {long_date(a['date'])} at {'10:48 a.m.' if aid == 'cl-er-bill' else '7:05 a.m.'}"
    mn = [a["title"], a["dek"], f"By {n}", long_date(a["date"]), upd, "Politics and power in New Brunswick",
          "Skip to content", "Share on Facebook", "Share via email", "Donate today", CL_DONATE, CL_NL, CL_BIO[n],
          f"More by {n}", "More from the Legislature", "Tagged: " + ", ".join(CL_TAGS[aid]), "The Ledger Letter"]
    mn += CL_RELATED + CL_FOOT
    return page, ps, mn


def cl_about():
    return f"""<!doctype html>
<html lang="en-CA">
<head>
	<meta charset="UTF-8" />
	<title>About us &#8211; The Capital Ledger</title>
	<link rel="canonical" href="{CL_HOST}/about/" />
	<meta property="og:type" content="website" />
</head>
<body class="page-template-default page">
<header id="masthead" class="site-header"><p class="site-description">Politics and power in New Brunswick</p>
<nav><ul><li><a href="{CL_HOST}/category/legislature/">Legislature</a></li><li><a href="{CL_HOST}/donate/">Donate</a></li></ul></nav></header>
<main id="main"><article class="page"><h1 class="entry-title">About us</h1><div class="entry-content">
<p>The Capital Ledger is a nonprofit, nonpartisan newsroom covering the New Brunswick legislature, the provincial government and the people who try to influence them. We were founded in 2021 by four reporters from the Fredericton press gallery.</p>
<p>Our stories are free to read and free to republish under a Creative Commons licence. We are funded by about 1,400 readers, three family foundations and an annual fundraising dinner. Donors have no say over what we cover.</p>
<p>Our board of directors is chaired by Ruth Arsenault-Kim. Our editor is Dominic Paquet. You can reach the newsroom at tips@capitalledger.ca.</p>
</div></article></main>
<footer id="colophon"><p>{esc(CL_FOOT[1])}</p></footer>
</body>
</html>
"""


def epoch(ts14):
    import calendar
    import datetime
    return calendar.timegm(datetime.datetime.strptime(ts14, "%Y%m%d%H%M%S").timetuple())


def wayback_rewrite(page, ts, host):
    def rw(m):
        tagname, before, at, u = m.group(1), m.group(2), m.group(3), m.group(4)
        raw = html.unescape(u)
        if raw.startswith(("#", "mailto:", "javascript:", "data:")):
            return m.group(0)
        if raw.startswith("/") and not raw.startswith("//"):
            raw = f"{host}{raw}"
        if not raw.startswith(("http://", "https://")):
            return m.group(0)
        mod = ""
        if tagname == "img":
            mod = "im_"
        elif tagname == "script":
            mod = "js_"
        elif tagname == "link" and "stylesheet" in before:
            mod = "cs_"
        return f'<{tagname}{before}{at}="/web/{ts}{mod}/{attr(raw)}"'
    return re.sub(r'<(a|link|img|script|form)(\b[^>]*?\s)(href|src|action)=["\']([^"\']*)["\']', rw, page)


def wayback_save(page, orig_url, ts, host, captures, span, months, years, prev_next, collection, retrieved,
                 head_at=None):
    """What a browser's 'Save Page As… (HTML only)' writes for a Wayback Machine playback page: the archived HTML with
    links rewritten under /web/<ts>/, the playback scripts after <head>, the toolbar after <body>, and the archive
    comments after </html>."""
    p = wayback_rewrite(page, ts, host)
    dt = f"{ts[8:10]}:{ts[10:12]}:{ts[12:14]} {MONTH[int(ts[4:6]) - 1][:3]} {int(ts[6:8]):02d}, {ts[:4]}"
    head_ins = f"""<script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js?v=1WaXNDFE" charset="utf-8"></script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{{}};window.RufflePlayer.config={{"autoplay":"on","unmuteOverlay":"hidden","showSwfDownload":true}};</script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/ruffle/ruffle.js"></script>
<script type="text/javascript">
    __wm.init("https://web.archive.org/web");
  __wm.wombat("{orig_url}","{ts}","https://web.archive.org/","web","https://web-static.archive.org/_static/",
	      "{epoch(ts)}");
</script>
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/banner-styles.css?v=p7PEIJWi" />
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv" />
<!-- End Wayback Rewrite JS Include -->
"""
    (pm, pt), (cm, ct), (nm, nt) = months
    (py, cy, ny) = years
    prev_cap, next_cap = prev_next
    toolbar = f"""<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="donato" style="position:relative;width:100%;">
  <div id="donato-base">
    <iframe id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer=https%3A//web.archive.org/web/{ts}/{orig_url.replace(':', '%3A')}"
            scrolling="no" frameborder="0" style="width:100%; height:100%">
    </iframe>
  </div>
</div><div id="wm-ipp-inside">
  <div id="wm-toolbar" style="position:relative;display:flex;flex-flow:row nowrap;justify-content:space-between;">
    <div id="wm-logo" style="/*width:110px;*/padding-top:12px;">
      <a href="/web/" title="Wayback Machine home page"><img src="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png" srcset="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-100.png, https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-150.png 1.5x, https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png 2x" alt="Wayback Machine" style="width:100px" border="0" /></a>
    </div>
    <div class="c" style="display:flex;flex-flow:column nowrap;justify-content:space-between;flex:1;">
      <form class="u" style="display:flex;flex-direction:row;flex-wrap:nowrap;" target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{attr(orig_url)}" onfocus="this.focus();this.select();" style="flex:1;"/><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="{ts}" /><input type="submit" value="Go" />
      </form>
      <div style="display:flex;flex-flow:row nowrap;align-items:flex-end;">
        <div class="s" id="wm-nav-captures" style="flex:1;">
          <a class="t" href="/web/{ts}*/{orig_url}" title="See a list of every capture for this URL">{captures}</a>
          <div class="r" title="Timespan for captures of this URL">{span}</div>
        </div>
        <div class="k">
          <a href="" id="wm-graph-anchor">
          <div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative">
            <canvas class="sparkline" width="750" height="27"></canvas>
            <div class="yt" style="display:none;left:705px;width:25.0px;height:27px"></div>
            <div class="mt" style="display:none;left:708px;width:2.083px;height:27px"></div>
          </div>
          </a>
        </div>
      </div>
    </div>
    <div class="n">
      <table>
        <tbody>
          <!-- NEXT/PREV MONTH NAV AND MONTH INDICATOR -->
          <tr class="m">
            <td class="b" nowrap="nowrap"><a href="/web/{pt}/{orig_url}" title="{pt[6:8]} {pm.title()} {pt[:4]}"><strong>{pm}</strong></a></td>
            <td class="c" id="displayMonthEl" title="You are here: {dt}">{cm}</td>
            <td class="f" nowrap="nowrap"><a href="/web/{nt}/{orig_url}" title="{nt[6:8]} {nm.title()} {nt[:4]}"><strong>{nm}</strong></a></td>
          </tr>
          <!-- NEXT/PREV CAPTURE NAV AND DAY OF MONTH INDICATOR -->
          <tr class="d">
            <td class="b" nowrap="nowrap">{'<a href="/web/' + prev_cap + '/' + orig_url + '" title="previous capture"><img src="https://web-static.archive.org/_static/images/toolbar/wm_tb_prv_on.png" alt="Previous capture" width="14" height="16" border="0" /></a>' if prev_cap else '<img src="https://web-static.archive.org/_static/images/toolbar/wm_tb_prv_off.png" alt="Previous capture" width="14" height="16" border="0" />'}</td>
            <td class="c" id="displayDayEl" style="width:34px;font-size:22px;white-space:nowrap;" title="You are here: {dt}">{int(ts[6:8])}</td>
            <td class="f" nowrap="nowrap">{'<a href="/web/' + next_cap + '/' + orig_url + '" title="next capture"><img src="https://web-static.archive.org/_static/images/toolbar/wm_tb_nxt_on.png" alt="Next capture" width="14" height="16" border="0" /></a>' if next_cap else ''}</td>
          </tr>
          <!-- NEXT/PREV YEAR NAV AND YEAR INDICATOR -->
          <tr class="y">
            <td class="b" nowrap="nowrap">{py}</td>
            <td class="c" id="displayYearEl" title="You are here: {dt}">{cy}</td>
            <td class="f" nowrap="nowrap">{ny}</td>
          </tr>
        </tbody>
      </table>
    </div>
    <div class="r" style="display:flex;flex-flow:column nowrap;align-items:flex-end;justify-content:space-between;">
      <div id="wm-btns" style="white-space:nowrap;">
        <a href="#close" onclick="__wm.h(event);return false;" style="display:block;padding-right:18px;background:url(https://web-static.archive.org/_static/images/toolbar/wm_tb_close.png) no-repeat 100% 0;color:#33f;font-family:'Helvetica','Arial';font-size:10px;" title="Close the toolbar">close</a>
        <a href="https://help.archive.org/help/category/the-wayback-machine/" style="display:block;padding-right:18px;background:url(https://web-static.archive.org/_static/images/toolbar/wm_tb_help.png) no-repeat 100% 0;color:#33f;font-family:'Helvetica','Arial';font-size:10px;" title="Get some help using the Wayback Machine">help</a>
      </div>
    </div>
  </div>
  <div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow: hidden">
    <div id="wm-capinfo-notice" source="api"></div>
    <div id="wm-capinfo-collected-by">
      <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Collections">COLLECTED BY</div>
      <div style="padding:3px;position:relative" id="wm-collected-by-content">
        {collection}
      </div>
    </div>
    <div id="wm-capinfo-timestamps">
      <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps">TIMESTAMPS</div>
      <div>
        <div id="wm-capresources" style="margin:0 5px 5px 5px;max-height:250px;overflow-y:scroll !important"></div>
        <div id="wm-capresources-loading" style="text-align:left;margin:0 20px 5px 5px;display:none"><img src="https://web-static.archive.org/_static/images/loading.gif" alt="loading" /></div>
      </div>
    </div>
  </div></div></div></div><div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{ts}/{orig_url}</div>
<script type="text/javascript">//<![CDATA[
__wm.bt(750,27,25,2,"web","{orig_url}","{ts}",1996,"https://web-static.archive.org/_static/",["https://web-static.archive.org/_static/css/banner-styles.css?v=p7PEIJWi","https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv"], false);
  __wm.rw(1);
//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->
"""
    p = re.sub(r"(<head[^>]*>)", lambda m: m.group(1) + "\n" + head_ins, p, count=1, flags=re.I)
    p = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + "\n" + toolbar, p, count=1, flags=re.I)
    rdt = retrieved
    tail = f"""<!--
     FILE ARCHIVED ON {dt.replace(' ' + MONTH[int(ts[4:6]) - 1][:3], ' ' + MONTH[int(ts[4:6]) - 1][:3])} AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON {rdt}.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.571
  exclusion.robots: 0.019
  exclusion.robots.policy: 0.009
  esindex: 0.011
  cdx.remote: 15.293
  LoadShardBlock: 131.402 (3)
  PetaboxLoader3.datanode: 177.221 (4)
  load_resource: 105.783
  PetaboxLoader3.resolve: 61.226
-->"""
    return p.rstrip("\n") + tail
WB_MN = ["COLLECTED BY", "TIMESTAMPS", "The Wayback Machine - https://web.archive.org/web/"]


def build_wayback_cl():
    page, ps, mn = cl_page("cl-er-bill")
    write(F_CLID, page.encode("utf-8"))
    reg("cl-er-bill", F_CLID, ps, mn, "the whole file: the page as the publisher served it (`id_` replay, no toolbar)")
    url = cl_url("cl-er-bill")
    coll = ("""<div style="display:inline-block;vertical-align:top;width:50%;">
          <span class="c-logo" style="background-image:url(https://archive.org/services/img/liveweb);"></span>
          Organization: <a style="color:#33f;" href="https://archive.org/details/liveweb" target="_new"><span class="wm-title">Internet Archive</span></a>
          <div style="max-height:75px;overflow:hidden;position:relative;">Captures made by the Internet Archive's Save Page Now service at the request of a visitor.</div>
        </div>
        <div style="display:inline-block;vertical-align:top;width:49%;">
          <span class="c-logo" style="background-image:url(https://archive.org/services/img/)"></span>
          <div>Collection: <a style="color:#33f;" href="https://archive.org/details/" target="_new"><span class="wm-title">Save Page Now</span></a></div>
          <div style="max-height:75px;overflow:hidden;position:relative;">Pages archived on demand from the Wayback Machine's "Save Page Now" form and API.</div>
        </div>""")
    out = wayback_save(page, url, "20261121093015", CL_HOST, "3 captures", "21 Nov 2026 - 02 Dec 2026",
                       (("OCT", "20261031000000"), ("NOV", ""), ("DEC", "20261202114501")), ("2025", "2026", "2027"),
                       (None, "20261124021440"), coll, "16:22:07 Dec 03, 2026")
    write(F_CLWB, out.encode("utf-8"))
    reg("cl-er-bill", F_CLWB, ps, mn + WB_MN + ["3 captures", "21 Nov 2026 - 02 Dec 2026", "Save Page Now",
                                                "Organization: Internet Archive",
                                                "Captures made by the Internet Archive's Save Page Now service at the "
                                                "request of a visitor.",
                                                "Pages archived on demand from the Wayback Machine's \"Save Page Now\" "
                                                "form and API."],
        "the whole file: the same capture saved from the browser with the Wayback toolbar and rewritten "
        "`/web/20261121093015/` links")


# ====================================================================================================================
# 5. The Chaleur Gazette (chaleurgazette.com), March 2009: IA ARC file from a Heritrix 1.14 crawl, and a Wayback save
# ====================================================================================================================
CG_HOST = "http://www.chaleurgazette.com"
CG_NAV = ["Home", "Local News", "Sports", "Editorial", "Letters", "Obituaries", "Classifieds", "Archives", "Contact Us"]
CG_TAG = "Bathurst's Community Newspaper Since 1948"
CG_COPY = ["Copyright © 2009 Chaleur Gazette Publishing Ltd. All rights reserved.",
           "No part of this site may be reproduced without written permission."]


def cg_url(aid, kind="news"):
    return f"{CG_HOST}/{kind}.php?id={ART[aid]['cg_id']}"


def cg_dateline(iso):
    return f"Posted on {weekday(iso)}, {long_date(iso)}"


def cg_page(aid, today, visitor, weather):
    a = ART[aid]
    ps = paras(aid)
    n = a["authors"][0]
    nav = "<br>\n".join(f'<a href="/{x.lower().replace(" ", "")}.php" class="nav">{x}</a>' for x in CG_NAV)
    body = "<br><br>\n".join(esc(p) for p in ps)
    top = f"{weekday(today)}, {long_date(today)}"
    page = f"""<html>
<head>
<title>The Chaleur Gazette - {esc(a['title'])}</title>
<META http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<META name="keywords" content="Bathurst, Chaleur, Gloucester County, news, New Brunswick">
<link href="/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/scripts/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><a href="/index.php"><img src="/images/masthead.gif" width="760" height="110" border="0" alt="The Chaleur Gazette"></a></td></tr>
<tr><td colspan="2" bgcolor="#003366" height="20"><font face="Verdana, Arial" size="1" color="#FFFFFF">&nbsp;{top} &nbsp;|&nbsp; {CG_TAG}</font></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#E8E8E8">
<font face="Verdana, Arial" size="2">
{nav}
</font>
<br><br>
<table width="140" border="1" cellpadding="3" cellspacing="0" bordercolor="#999999"><tr><td><font face="Verdana" size="1"><b>Bathurst Weather</b><br>{weather}</font></td></tr></table>
</td>
<td width="610" valign="top">
<table width="100%" cellpadding="8"><tr><td>
<font face="Verdana, Arial" size="4" color="#003366"><b>{esc(a['title'])}</b></font><br>
<font face="Verdana, Arial" size="2"><b>By {esc(n)}</b><br><i>Staff Writer</i><br>{cg_dateline(a['date'])}</font>
<br><br>
<font face="Verdana, Arial" size="2">
{body}
</font>
<br><br>
<font face="Verdana, Arial" size="1"><a href="/print.php?id={a['cg_id']}" target="_blank">Printer-friendly version</a> | <a href="/email.php?id={a['cg_id']}">E-mail this story to a friend</a></font>
</td></tr></table>
</td></tr>
<tr><td colspan="2" align="center"><font face="Verdana, Arial" size="1">{esc(CG_COPY[0]).replace('©', '&copy;')}<br>{CG_COPY[1]}<br>You are visitor number {visitor}</font></td></tr>
</table>
</body>
</html>
"""
    mn = [a["title"], f"By {n}", "Staff Writer", cg_dateline(a["date"]), top, CG_TAG, "Bathurst Weather", weather,
          "Printer-friendly version", "E-mail this story to a friend", f"You are visitor number {visitor}",
          "Local News", "Obituaries", "Classifieds", "Contact Us"] + CG_COPY
    return page, ps, mn


def cg_print(aid):
    a = ART[aid]
    ps = paras(aid)
    n = a["authors"][0]
    body = "<br><br>\n".join(esc(p) for p in ps)
    d = f"{weekday(a['date'])}, {long_date(a['date'])}"
    page = f"""<html>
<head>
<title>Print - {esc(a['title'])}</title>
<META http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
</head>
<body onload="window.print()">
<font face="Times New Roman" size="2">The Chaleur Gazette - www.chaleurgazette.com</font>
<hr>
<font face="Times New Roman" size="5"><b>{esc(a['title'])}</b></font><br>
<font face="Times New Roman" size="2">By {esc(n)}, Staff Writer<br>{d}</font>
<br><br>
<font face="Times New Roman" size="3">
{body}
</font>
<hr>
<font face="Times New Roman" size="1">Printed from chaleurgazette.com. Copyright &copy; 2009 Chaleur Gazette Publishing Ltd.</font><br>
<a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a>
</body>
</html>
"""
    mn = [a["title"], f"By {n}, Staff Writer", d, "The Chaleur Gazette - www.chaleurgazette.com",
          "Printed from chaleurgazette.com. Copyright © 2009 Chaleur Gazette Publishing Ltd.", "Print this page",
          "Close window"]
    return page, ps, mn


def cg_index(today):
    order = ["cg-budget", "cg-radiothon", "cg-mill", "cg-smelt", "cg-snowmobile"]
    rows = []
    for x in order:
        a = ART[x]
        teaser = " ".join(a["paras"][0].split()[:18]) + "..."
        rows.append(f'<tr><td><font face="Verdana, Arial" size="2"><a href="/news.php?id={a["cg_id"]}"><b>'
                    f'{esc(a["title"])}</b></a><br>{esc(teaser)} <a href="/news.php?id={a["cg_id"]}">more &gt;&gt;</a>'
                    f'</font></td></tr>')
    return f"""<html>
<head>
<title>The Chaleur Gazette - Bathurst, New Brunswick</title>
<META http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<link href="/style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td><img src="/images/masthead.gif" width="760" height="110" alt="The Chaleur Gazette"></td></tr>
<tr><td bgcolor="#003366"><font face="Verdana, Arial" size="1" color="#FFFFFF">&nbsp;{weekday(today)}, {long_date(today)} &nbsp;|&nbsp; {CG_TAG}</font></td></tr>
<tr><td><font face="Verdana, Arial" size="3" color="#003366"><b>Today's Headlines</b></font></td></tr>
{chr(10).join(rows)}
<tr><td align="center"><font face="Verdana, Arial" size="1">Copyright &copy; 2009 Chaleur Gazette Publishing Ltd. All rights reserved.</font></td></tr>
</table>
</body>
</html>
"""


def build_arc():
    recs = []
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<arcmetadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns="http://archive.org/arc/1.0/">
<software>Heritrix 1.14.3 http://crawler.archive.org</software>
<hostname>crawler1.nbwebproject.org</hostname>
<ip>192.168.10.21</ip>
<operator>New Brunswick Web Heritage Project</operator>
<http-header-user-agent>Mozilla/5.0 (compatible; heritrix/1.14.3 +http://www.nbwebproject.org/crawler.html)</http-header-user-agent>
<http-header-from>crawler@nbwebproject.org</http-header-from>
<robots>classic</robots>
<dc:description>Quarterly crawl of New Brunswick community newspaper sites</dc:description>
<dc:format>ARC file version 1.1</dc:format>
<dcterms:isPartOf>NBWEB-2009-Q1</dcterms:isPartOf>
<dc:date>2009-03-18T03:45:12+00:00</dc:date>
</arcmetadata>
""".encode()
    name = F_ARC[:-3]
    recs.append(arc_filedesc(name, "20090318034512", "1 1 InternetArchive", xml))
    recs.append(arc_record("dns:www.chaleurgazette.com", "192.168.10.1", "20090318034513", "text/dns",
                           b"20090318034513\nwww.chaleurgazette.com.\t3600\tIN\tA\t192.0.2.44\n"))

    def resp(date14, ctype_full, body, extra=()):
        d = f"{date14[:4]}-{date14[4:6]}-{date14[6:8]}T{date14[8:10]}:{date14[10:12]}:{date14[12:14]}Z"
        return http_head("HTTP/1.1 200 OK", [("Date", http_date(d)), ("Server", "Apache/2.2.3 (CentOS)"), *extra,
                                             ("Connection", "close"), ("Content-Type", ctype_full)]) + body
    rb = b"User-agent: *\nDisallow: /admin/\nDisallow: /email.php\n"
    recs.append(arc_record(f"{CG_HOST}/robots.txt", "192.0.2.44", "20090318034514", "text/plain",
                           resp("20090318034514", "text/plain; charset=ISO-8859-1", rb,
                                [("Last-Modified", "Fri, 11 Jan 2008 16:40:02 GMT"), ("ETag", '"1d8c2b-35-2f6a1c80"'),
                                 ("Accept-Ranges", "bytes"), ("Content-Length", str(len(rb)))])))
    php = [("X-Powered-By", "PHP/5.1.6")]
    idx = cg_index("2009-03-18").encode("cp1252")
    recs.append(arc_record(f"{CG_HOST}/", "192.0.2.44", "20090318034516", "text/html",
                           resp("20090318034516", "text/html; charset=ISO-8859-1", idx, php)))
    recs.append(arc_record(f"{CG_HOST}/images/masthead.gif", "192.0.2.44", "20090318034517", "image/gif",
                           resp("20090318034517", "image/gif", GIF_1x1,
                                [("Last-Modified", "Tue, 02 May 2006 13:11:40 GMT"), ("Accept-Ranges", "bytes"),
                                 ("Content-Length", str(len(GIF_1x1)))])))
    css = b"body{font-family:Verdana,Arial,sans-serif}a.nav{color:#003366;text-decoration:none}a.nav:hover{color:#990000}\n"
    recs.append(arc_record(f"{CG_HOST}/style.css", "192.0.2.44", "20090318034518", "text/css",
                           resp("20090318034518", "text/css", css, [("Content-Length", str(len(css)))])))
    t = 3 * 3600 + 46 * 60 + 11
    weather = "-4&deg;C Light snow"
    for aid, visitor in [("cg-mill", "0048213"), ("cg-budget", "0048215"), ("cg-radiothon", "0048216"),
                         ("cg-smelt", "0048218"), ("cg-snowmobile", "0048219")]:
        page, ps, mn = cg_page(aid, "2009-03-18", visitor, weather)
        d14 = f"20090318{t // 3600:02d}{t % 3600 // 60:02d}{t % 60:02d}"
        recs.append(arc_record(cg_url(aid), "192.0.2.44", d14, "text/html",
                               resp(d14, "text/html; charset=ISO-8859-1", page.encode("cp1252"), php)))
        reg(aid, F_ARC, ps, [m.replace("&deg;", "°") for m in mn],
            f"ARC record `{cg_url(aid)}` ({d14})" + (" — windows-1252 curly quotes in a page declared ISO-8859-1"
                                                      if aid == "cg-smelt" else ""))
        t += 37
        if aid == "cg-mill":
            pp, ps2, mn2 = cg_print(aid)
            d14 = f"20090318{t // 3600:02d}{t % 3600 // 60:02d}{t % 60:02d}"
            recs.append(arc_record(cg_url(aid, "print"), "192.0.2.44", d14, "text/html",
                                   resp(d14, "text/html; charset=ISO-8859-1", pp.encode("cp1252"), php)))
            reg(aid, F_ARC, ps2, mn2, f"ARC record `{cg_url(aid, 'print')}` (printer-friendly version of the same "
                                      f"story)")
            t += 21
    write(F_ARC, b"".join(gz(r) for r in recs))


def build_wayback_cg():
    aid = "cg-smelt"
    page, ps, mn = cg_page(aid, "2009-03-20", "0048497", "1&deg;C Cloudy")
    url = cg_url(aid)
    coll = ("""<div style="display:inline-block;vertical-align:top;width:50%;">
          <span class="c-logo" style="background-image:url(https://archive.org/services/img/alexacrawls);"></span>
          Organization: <a style="color:#33f;" href="https://archive.org/details/alexacrawls" target="_new"><span class="wm-title">Alexa Crawls</span></a>
          <div style="max-height:75px;overflow:hidden;position:relative;">Crawl data donated to the Internet Archive by Alexa Internet.</div>
        </div>""")
    out = wayback_save(page, url, "20090320041723", CG_HOST, "7 captures", "12 Mar 2009 - 04 Jun 2013",
                       (("FEB", "20090214000000"), ("MAR", ""), ("APR", "20090402181155")), ("2008", "2009", "2010"),
                       ("20090312221950", "20090402181155"), coll, "16:31:44 Dec 03, 2026")
    write(F_CGWB, out.encode("cp1252"))
    reg(aid, F_CGWB, ps, [m.replace("&deg;", "°") for m in mn] + WB_MN +
        ["7 captures", "12 Mar 2009 - 04 Jun 2013", "Organization: Alexa Crawls",
         "Crawl data donated to the Internet Archive by Alexa Internet."],
        "the whole file: Wayback capture of 20 Mar 2009 saved from the browser (original windows-1252 bytes, "
        "toolbar, `/web/20090320041723/` links)")


# ====================================================================================================================
# 6. Common Crawl WET subset: conversion records (plain text, the <title> first, one line per block)
# ====================================================================================================================
class WetText(html.parser.HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "section",
             "article", "header", "footer", "nav", "aside", "main", "tr", "td", "th", "table", "blockquote", "form",
             "hr", "dd", "dt", "dl", "pre", "time", "body", "button"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.title, self.in_title = [], 0, "", False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.out.append(data)


def wet_text(page):
    p = WetText()
    p.feed(page)
    lines = [" ".join(ln.split()) for ln in "".join(p.out).split("\n")]
    return "\n".join([" ".join(p.title.split())] + [ln for ln in lines if ln])


def build_wet():
    out = []
    segs = [("CC-MAIN-20261124031532-20261124061532-00217.warc.wet.gz", "Tue, 01 Dec 2026 08:14:52 GMT",
             "2026-12-01T08:14:52Z",
             [("cl-ethics", "2026-11-24T03:40:05Z"), ("ft-cranes", "2026-11-24T04:02:51Z"),
              ("cd-transit", "2026-11-24T04:17:30Z"), ("cl-about", "2026-11-24T04:31:12Z")]),
            ("CC-MAIN-20261125101207-20261125131207-00583.warc.wet.gz", "Wed, 02 Dec 2026 13:55:09 GMT",
             "2026-12-02T13:55:09Z",
             [("ft-er-plan", "2026-11-25T10:12:44Z"), ("cl-er-bill", "2026-11-25T10:48:09Z"),
              ("kcc-petition", "2026-11-25T12:05:37Z")])]
    for fname, extracted, wdate, items in segs:
        info = ("Software-Info: ia-web-commons.1.1.10-SNAPSHOT-20240513070913\r\n"
                f"Extracted-Date: {extracted}\r\n"
                "robots: checked via crawler-commons 1.5-SNAPSHOT (https://github.com/crawler-commons/crawler-commons)\r\n"
                "isPartOf: CC-MAIN-2026-48\r\noperator: Common Crawl Admin (info@commoncrawl.org)\r\n"
                "description: Wide crawl of the web for November 2026\r\npublisher: Common Crawl\r\n").encode()
        out.append(gz(warc_record("WARC/1.0", [("WARC-Type", "warcinfo"), ("WARC-Date", wdate),
                                              ("WARC-Filename", fname), ("WARC-Record-ID", urn("wetinfo" + fname)),
                                              ("Content-Type", "application/warc-fields")], info)))
        for aid, date in items:
            if aid == "cl-about":
                page, url = cl_about(), f"{CL_HOST}/about/"
                ps = mn = None
            elif aid.startswith("ft-"):
                page, ps, mn = ft_article(aid, date[:10], "updated" if aid == "ft-er-plan" else "orig")
                url = ft_url(aid)
            elif aid.startswith("cd-"):
                page, ps, mn = cd_page(aid, "2026-11-24")
                url = cd_url(aid)
            elif aid.startswith("cl-"):
                page, ps, mn = cl_page(aid)
                url = cl_url(aid)
            else:
                page, ps, mn = kcc_page(aid, edition="2026-11-25", week=KCC_WEEK_PET)
                url = kcc_url(aid)
            text = wet_text(page).encode("utf-8")
            out.append(gz(warc_record("WARC/1.0", [
                ("WARC-Type", "conversion"), ("WARC-Target-URI", url), ("WARC-Date", date),
                ("WARC-Record-ID", urn("wet" + aid)), ("WARC-Refers-To", urn("ccwarc" + aid)),
                ("WARC-Block-Digest", sha1_b32(text)), ("WARC-Identified-Content-Language", "eng"),
                ("Content-Type", "text/plain")], text)))
            if ps:
                reg(aid, F_WET, ps, mn, f"`conversion` record of `{url}` ({date}, from `{fname}`)")
    write(F_WET, b"".join(out))


# ====================================================================================================================
# gold
# ====================================================================================================================
OUTLET_ALTS = {FT: [FT, "Fundy Telegraph"], KCC: [KCC, "The Kent Coast Courier"], CD: [CD],
               CL: [CL, "Capital Ledger"], CG: [CG, "Chaleur Gazette"]}


def outlets_for(aid):
    a = ART[aid]
    alts = list(OUTLET_ALTS[a["outlet"]])
    if aid == "kcc-hospital":
        alts += OUTLET_ALTS[CD]
    if aid == "ans-premiers":
        alts += OUTLET_ALTS[CD] + OUTLET_ALTS[KCC] + [ANS]
    return alts


def url_for(aid):
    a = ART[aid]
    if aid == "ans-premiers":
        return None          # three republishers, three addresses, none canonical over the others
    return {FT: ft_url, KCC: kcc_url, CD: cd_url, CL: cl_url, CG: cg_url}[a["outlet"]](aid)


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    build_awac()
    build_wet()
    build_singlefile()
    build_webarchive()
    build_arc()
    build_archive_today()
    build_wayback_cl()
    build_wayback_cg()
    build_wacz()
    build_wget()
    build_httrack()
    assert sorted(os.listdir(DUMPS)) == ALL, sorted(os.listdir(DUMPS))
    assert set(ART) == set(COPIES), set(ART) ^ set(COPIES)
    import check_gold
    hay = {}
    for fn in ALL:
        d = check_gold.decode(os.path.join(DUMPS, fn))
        hay[fn] = (check_gold.norm(html.unescape(d["raw"])) + " " + check_gold.norm(d["text"])).lower()
    gold = []
    for aid, a in ART.items():
        cps = sorted(COPIES[aid], key=lambda c: (ALL.index(c[0]), c[1]))
        srcs = {c[0] for c in cps}
        h = " ".join(hay[s] for s in srcs)
        titles = []
        for t in [a["title"], a.get("cd_title"), a.get("kcc_title")]:
            if t and t not in titles and check_gold.norm(t).lower() in h:
                titles.append(t)
        assert titles, aid
        mn = list(MUSTNOT.get(aid, []))
        for t in titles:
            if t not in mn:
                mn.append(t)
        outs = [o for o in outlets_for(aid) if o.lower() in h]
        assert outs, aid
        authors = [list(a["authors"])]
        if a.get("staff_credit"):
            authors.append([a["staff_credit"]])
        g = {"id": aid, "title": titles, "outlet": outs, "date": a["date"], "authors": authors}
        u = url_for(aid)
        if u:
            g["url"] = u
        g["must_not"] = mn
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        g["_first"] = (ALL.index(cps[0][0]), cps[0][1])
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
    bodies = [c["body"] for g in gold for c in g["copies"]]
    for g in gold:
        bad = [m for m in g["must_not"] if any(m in b for b in bodies)]
        assert not bad, (g["id"], bad)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "copy_locations.json"), "w", encoding="utf-8") as f:
        json.dump({fn: NOTES[fn] for fn in ALL}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {len(bodies)} copies, {sum(1 for g in gold if len(g['copies']) > 1)} duplicate "
          f"groups, {len(ALL)} files, {sum(len(g['must_not']) for g in gold)} must_not, "
          f"{sum(os.path.getsize(os.path.join(DUMPS, f)) for f in ALL)} bytes")


if __name__ == "__main__":
    main()
