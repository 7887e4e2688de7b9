# -*- coding: utf-8 -*-
"""Build tests/blind21/dumps/* and tests/blind21/gold.json from articles.py (deterministic, byte-identical reruns).

usage: /work/main/.venv/bin/python tests/blind21/build/build_set.py

Theme: repetition across an outlet's articles. Four invented outlets, each with its own house furniture, many
articles each; text that repeats inside an outlet (series background, shared quotes, a correction) is KEPT.
"""
import collections
import email.policy
import hashlib
import html
import io
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
from articles import ART, KLBR, NW, SEN, TAM  # noqa: E402

F_KJ = "KLBR-cms-export_stories_2026-12-05.jsonl"
F_KW = "KLBR_weekend-read_2026-12-05.txt"
F_ND = "NWPW_This-Week_2026-12-04.txt"
F_TW = "TAMARACK-20261206091512-00000.warc.gz"
F_TE = "The Weekly Tally - 2026-12-04.eml"
F_SM = "kvsentinel-morning-edition_2026-11-24_to_12-04.mbox"
F_SH1 = "kvsentinel.com_business_2026_12_03_kettle-falls-sawmill-adds-night-shift-hiring-40.html"
F_SH2 = "kvsentinel.com_news_2026_11_30_irrigation-district-no-bid-work-board-chairs-relative.html"
F_SH3 = "kvsentinel.com_news_2026_12_02_at-packed-addy-meeting-residents-ask-who-pays-if-the-dam-fails.html"
F_NH1 = "nwpweekly.com_dam-safety_2026_12_02_corbin-creek-dam-spillway-emergency-procurement.html"
F_NH2 = "nwpweekly.com_grid_2026_12_02_utilities-wildfire-plans-first-review.html"
F_NH3 = "nwpweekly.com_hydro_2026_12_03_pack-creek-hydro-40-year-license.html"
ALL = [F_KJ, F_KW, F_ND, F_TW, F_TE, F_SM, F_SH1, F_SH2, F_SH3, F_NH1, F_NH2, F_NH3]
assert ALL == sorted(ALL), sorted(ALL)

COPIES, MUSTNOT, POS, FILE_MN, IN_FILE = {}, {}, {}, collections.defaultdict(list), collections.defaultdict(list)
WARC_HTML = []   # decoded pages inside the WARC (for the stated-title check)

URL = {
    "sen-dam-townhall": "https://www.kvsentinel.com/news/2026/12/02/at-packed-addy-meeting-residents-ask-who-pays-if-the-dam-fails/",
    "sen-mill-shift": "https://www.kvsentinel.com/business/2026/12/03/kettle-falls-sawmill-adds-night-shift-hiring-40/",
    "tam-travel": "https://tamarackreport.org/2026/11/23/lower-kettle-irrigation-board-conference-travel/",
    "tam-nobid": "https://tamarackreport.org/2026/11/30/lower-kettle-no-bid-contracts-bratton-ridge/",
    "tam-auditor": "https://tamarackreport.org/2026/12/04/state-auditor-review-lower-kettle-irrigation-district/",
    "tam-jail-medical": "https://tamarackreport.org/2026/11/25/pend-oreille-jail-medical-contractor-staffing/",
    "tam-hospital-levy": "https://tamarackreport.org/2026/12/01/ferry-county-hospital-district-levy-hearing/",
    "tam-sheriff-ot": "https://tamarackreport.org/2026/12/02/stevens-county-deputies-overtime/",
    "tam-community-fund": "https://tamarackreport.org/2026/12/03/stevens-county-community-resilience-fund-grants/",
    "tam-housing": "https://tamarackreport.org/2026/11/27/tri-county-housing-authority-empty-units/",
}
SEN_SYND_URL = "https://www.kvsentinel.com/news/2026/11/30/irrigation-district-no-bid-work-board-chairs-relative/"
for _a, _v in ART.items():
    if _v["outlet"] == KLBR:
        URL[_a] = f"https://www.klbr.org/news/{_v['date']}/{_a[5:]}"
    if _v["outlet"] == NW:
        y, m, d = _v["date"].split("-")
        URL[_a] = f"https://www.nwpweekly.com/{_v['slug']}/{y}/{m}/{d}/{_a[5:]}/"

MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]


def ap_date(iso):
    y, m, d = iso.split("-")
    return f"{MON[int(m) - 1]} {int(d)}, {y}"


def long_date(iso):
    y, m, d = iso.split("-")
    return f"{MONTH[int(m) - 1]} {int(d)}, {y}"


def straight(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return s.replace(" \u2014 ", " -- ").replace("\u2014", "--").replace("\u00b7", "|")


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def reg(aid, src, paras, mn=()):
    assert aid in ART, aid
    body = "\n\n".join(" ".join(p.split()) for p in paras)
    pos = POS.get(src, 0)
    POS[src] = pos + 1
    COPIES.setdefault(aid, []).append((src, pos, body))
    IN_FILE[src].append(aid)
    addmn(aid, mn)


def addmn(aid, strings):
    lst = MUSTNOT.setdefault(aid, [])
    for s in strings:
        s = " ".join(s.split())
        if len(s) >= 10 and s not in lst:
            lst.append(s)


def fmn(src, strings):
    for s in strings:
        s = " ".join(s.split())
        if len(s) >= 10 and s not in FILE_MN[src]:
            FILE_MN[src].append(s)


def write(name, data):
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def paras(aid, variant="orig"):
    a = ART[aid]
    ps = list(a["paras"])
    if variant == "corrected":
        ps[1] = a["corrected_p2"]
        ps.append(a["correction"])
    elif variant == "edited":
        for i, p in a["edited"].items():
            ps[i] = p
    elif variant == "sen":
        k = a["sen_local_after"] + 1
        ps = ps[:k] + [a["sen_local"]] + ps[k:]
    return ps


def by_names(names):
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# ====================================================================== house furniture, per outlet
# ---- The Kettle Valley Sentinel
SEN_TAG = "Stevens County’s paper of record since 1911"
SEN_SUBS = {"2026-11-24": 3206, "2026-11-25": 3208, "2026-11-30": 3214, "2026-12-01": 3216, "2026-12-02": 3219,
            "2026-12-03": 3224, "2026-12-04": 3227}


def sen_support(date):
    n = SEN_SUBS[date]
    return f"Local reporting like this is paid for by {n:,} subscribers in the valley. Make it {n + 1:,}: kvsentinel.com/join"


SEN_CORR = ("The Sentinel corrects errors of fact in print and online. Spotted one? Write corrections@kvsentinel.com "
            "or call 509-555-0100.")
SEN_NL = ["Start your day with the Sentinel. The Morning Edition is free — sign up at kvsentinel.com/newsletters.",
          "Get the Morning Edition in your inbox before the coffee’s ready. It’s free: kvsentinel.com/newsletters."]
SEN_REACH = {"Dana Whitfield": "Reach Dana Whitfield at dwhitfield@kvsentinel.com or 509-555-0142.",
             "Tom Brekke": "Reach Tom Brekke at tbrekke@kvsentinel.com or 509-555-0147.",
             "Luz Carrillo": "Reach Luz Carrillo at lcarrillo@kvsentinel.com or 509-555-0139."}
SEN_SERIES = ("About this series: “Below the Dam” follows Stevens County’s response to the cracked spillway at Corbin "
              "Creek Dam and what it means for the people who live downstream. Find every installment at "
              "kvsentinel.com/belowthedam.")
SEN_REPUB = ("This story was originally published by The Tamarack Report, a nonprofit newsroom covering power and "
             "public money in the Inland Northwest. It is republished here under a Creative Commons license.")
# ---- The Tamarack Report
TAM_TAG = "Nonprofit news about power and public money in the Inland Northwest"
TAM_SUPPORT = ["Stories like this one exist because 4,131 readers chip in. Join them at tamarackreport.org/donate.",
               "This investigation was paid for by readers — 4,131 of them so far. Add your name: "
               "tamarackreport.org/donate."]
TAM_SERIES = ("About this series: Paper Water examines how irrigation districts in eastern Washington spend public "
              "money. It is supported in part by the Larch Fund for Rural Journalism, which has no say over our "
              "reporting.")
TAM_REPUB = ("Republish this story for free. The Tamarack Report’s stories may be republished under a Creative "
             "Commons Attribution-NoDerivatives license; you may trim for length and add clearly local context. "
             "Copy the code at tamarackreport.org/republish.")
TAM_BIO = {"Mara Lindqvist": "Mara Lindqvist covers water and public lands for The Tamarack Report. She previously "
                             "reported for newspapers in Yakima and Pendleton.",
           "Caleb Ortiz": "Caleb Ortiz is The Tamarack Report’s accountability reporter. Send him documents at "
                          "cortiz@tamarackreport.org or on Signal at 509-555-0163."}
TAM_NL = "Get The Weekly Tally, our Friday newsletter. It’s free, and it’s the best way to follow our work."
TAM_FUNDERS = "Our funders have no say over our journalism. See the full list of donors at tamarackreport.org/funders."
# ---- KLBR News
KLBR_MEMBERS = {"2026-11-23": 11471, "2026-11-24": 11480, "2026-11-26": 11488, "2026-11-27": 11491,
                "2026-11-30": 11502, "2026-12-01": 11517, "2026-12-02": 11523, "2026-12-03": 11530,
                "2026-12-04": 11544, "2026-12-05": 11561}


def klbr_members(date):
    return (f"KLBR answers to listeners, not shareholders. {KLBR_MEMBERS[date]:,} members fund this newsroom — join "
            f"them at klbr.org/give.")


KLBR_POD = ["Get the day’s stories in 12 minutes: subscribe to Basin Daily, KLBR’s podcast, wherever you get podcasts.",
            "Basin Daily, KLBR’s weekday news podcast, is out by 6 a.m. Find it wherever you listen."]
KLBR_UW = "KLBR’s environment reporting is supported by the Pend Oreille Community Foundation."
KLBR_AIRED = {"am": "This story aired on Morning Basin. It has been adapted for the web.",
              "pm": "This story aired on Basin at Five. It has been adapted for the web."}
KLBR_SECTION = {"klbr-drawdown": "Environment", "klbr-trout": "Environment", "klbr-fire-grants": "Wildfire",
                "klbr-avalanche": "Environment", "klbr-broadband": "Rural Life", "klbr-farmworker-housing": "Economy",
                "klbr-warming-centers": "Spokane", "klbr-district-audit": "Environment", "klbr-ferry": "Rural Life",
                "tam-travel": "Partner Content"}
KLBR_DUR = {"klbr-drawdown": "3:42", "klbr-trout": "2:58", "klbr-fire-grants": "3:15", "klbr-avalanche": "3:06",
            "klbr-broadband": "3:51", "klbr-farmworker-housing": "4:20", "klbr-warming-centers": "2:41",
            "klbr-district-audit": "3:33", "klbr-ferry": "2:27"}
KLBR_PARTNER = ("This story was produced by The Tamarack Report, a nonprofit newsroom, and is republished by KLBR "
                "through a content-sharing partnership.")


def klbr_signoff(aid):
    a = ART[aid]
    return f"For KLBR News, I’m {a['authors'][0]} in {a['signoff']}."


# ---- Northwest Water & Power Weekly
NW_TAG = "The trade journal of irrigation, hydro and rural utilities since 1974"
NW_ROLE = {"Helen Sato": "Senior Reporter", "Gary Lund": "Staff Reporter", "Ray Okafor": "Water Rights Editor"}
NW_CONTACT = {"Helen Sato": "Contact Helen Sato: hsato@nwpweekly.com | 208-555-0181",
              "Gary Lund": "Contact Gary Lund: glund@nwpweekly.com | 208-555-0177",
              "Ray Okafor": "Contact Ray Okafor: rokafor@nwpweekly.com | 208-555-0190"}
NW_TIPS = "Know something we should? The NWPW newsroom reads every tip: tips@nwpweekly.com"
NW_LIC = ("This e-mail is licensed to your organization. Forwarding it outside your organization breaches your site "
          "licence. Reprints and extra seats: licensing@nwpweekly.com")
NW_EVENT = "EVENT: Irrigation Finance Forum, Jan. 14, 2027, Boise. Early registration ends Dec. 18: nwpweekly.com/events"
NW_COPY = "© 2026 Cascade Trade Media LLC. All rights reserved."


# ====================================================================== 1. KLBR CMS export (JSON lines)
def build_klbr_jsonl():
    order = ["tam-travel", "klbr-fire-grants", "klbr-trout", "klbr-ferry", "klbr-drawdown", "klbr-avalanche",
             "klbr-broadband", "klbr-farmworker-housing", "klbr-warming-centers", "klbr-district-audit"]
    lines = []
    for n, aid in enumerate(order):
        a = ART[aid]
        ps = paras(aid)
        if aid == "tam-travel":
            title, t = a["klbr_title"], "19:30"
            before = [f'<p><em>{esc(KLBR_PARTNER)}</em></p>']
            after = [f'<p class="author-bio"><em>{esc(TAM_BIO["Mara Lindqvist"])}</em></p>',
                     f'<p class="member-pitch">{esc(klbr_members(a["date"]))}</p>']
            mn = [KLBR_PARTNER, TAM_BIO["Mara Lindqvist"], klbr_members(a["date"])]
            bylines = [{"name": "Mara Lindqvist", "affiliation": "The Tamarack Report"}]
            audio = None
            teaser = "Two of five board members accounted for most of the spending, district records show."
        else:
            title, t = a["title"], a["time"]
            aired = KLBR_AIRED["am" if t < "12:00" else "pm"]
            listen = f"▶ Listen · {KLBR_DUR[aid]}"
            before = [f'<p class="audio-cta">{esc(listen)}</p>', f'<p><em>{esc(aired)}</em></p>']
            pod = KLBR_POD[n % 2]
            after = [f'<p>{esc(klbr_signoff(aid))}</p>']
            mn = [listen, aired, klbr_signoff(aid), pod, klbr_members(a["date"])]
            if KLBR_SECTION[aid] == "Environment":
                after.append(f'<p class="underwriting"><em>{esc(KLBR_UW)}</em></p>')
                mn.append(KLBR_UW)
            after += [f'<p class="podcast-promo"><strong>{esc(pod)}</strong></p>',
                      f'<p class="member-pitch">{esc(klbr_members(a["date"]))}</p>']
            bylines = [{"name": x, "role": "Reporter"} for x in a["authors"]]
            audio = {"duration": KLBR_DUR[aid], "file": f"https://media.klbr.org/audio/{a['date'].replace('-', '')}-{aid[5:]}.mp3"}
            teaser = a["teaser"]
        upd = a["date"] if aid not in ("klbr-drawdown", "klbr-fire-grants") else (
            "2026-12-01" if aid == "klbr-drawdown" else "2026-11-25")
        rec = {
            "_id": f"klbr-story-{hashlib.sha1(aid.encode()).hexdigest()[:10]}",
            "type": "story",
            "status": "published",
            "publisher": "KLBR News",
            "headline": title,
            "teaser": teaser,
            "bylines": bylines,
            "section": KLBR_SECTION[aid],
            "published_at": f"{a['date']}T{t}:00-08:00",
            "updated_at": f"{upd}T{'09:02' if upd != a['date'] else t}:00-08:00",
            "canonical_url": URL[aid],
            "audio": audio,
            "body_html": "".join(before + [f"<p>{esc(p)}</p>" for p in ps] + after),
            "tags": ["news", KLBR_SECTION[aid].lower()],
        }
        if aid == "tam-travel":
            rec["syndication"] = {"source": "The Tamarack Report", "license": "CC BY-ND 4.0"}
        lines.append(json.dumps(rec, ensure_ascii=False))
        reg(aid, F_KJ, ps, mn + [teaser])
    write(F_KJ, "\n".join(lines) + "\n")


# ====================================================================== 2. KLBR Weekend Read (plain-text newsletter)
def build_klbr_weekend():
    rule = "-" * 60
    head = ["KLBR WEEKEND READ", "Saturday, December 5, 2026", "",
            "The week's best from the KLBR newsroom, in one e-mail.",
            "View this e-mail in your browser: https://www.klbr.org/newsletters/weekend-read/2026-12-05", "",
            "Hi, it's Lena Ostrowski, KLBR's digital editor. A cold week in the Basin: a dam that has everyone's",
            "attention, an avalanche season off to a tricky start, and a hard look at where farmworkers go in",
            "winter. Here's the best of it.", ""]
    fmn(F_KW, ["KLBR WEEKEND READ", "The week's best from the KLBR newsroom, in one e-mail.",
               "View this e-mail in your browser: https://www.klbr.org/newsletters/weekend-read/2026-12-05",
               "Hi, it's Lena Ostrowski, KLBR's digital editor.", "Here's the best of it."])
    out = head
    for aid, how in (("klbr-drawdown", "exact"), ("klbr-avalanche", "rewrap"), ("klbr-farmworker-housing", "trim"),
                     ("klbr-district-audit", "exact")):
        a = ART[aid]
        ps = paras(aid)
        mn = []
        if how == "trim":
            ps = ps[:-1]
        if how == "rewrap":
            ps = [straight(p) for p in ps]
        by = f"By {a['authors'][0]} | {long_date(a['date'])}"
        title = straight(a["title"]) if how == "rewrap" else a["title"]
        out += [rule, KLBR_SECTION[aid].upper(), "", title, by, ""]
        for p in ps:
            out += (textwrap.wrap(p, 66) if how == "rewrap" else [p]) + [""]
        mn.append(by)
        if how == "exact":
            out += [klbr_signoff(aid)]
            mn.append(klbr_signoff(aid))
        if how == "trim":
            kr = f"Keep reading: {URL[aid]}"
            out += [kr]
            mn.append(kr)
        lis = f"Listen ({KLBR_DUR[aid]}): {URL[aid]}"
        out += [lis, ""]
        mn.append(lis)
        reg(aid, F_KW, ps, mn)
    foot = [rule, "BASIN DAILY", KLBR_POD[1], "", klbr_members("2026-12-05"), "",
            "KLBR 89.9 FM · 1216 N. Monroe St., Spokane, WA 99201",
            "You're getting the Weekend Read because you signed up at klbr.org. Unsubscribe: https://www.klbr.org/u/7f3a91"]
    fmn(F_KW, foot)
    out += foot
    write(F_KW, "\n".join(out) + "\n")


# ====================================================================== 3. NWPW "This Week" (plain-text digest, CRLF)
def build_nwpw_digest():
    order = ["nwpw-rate-case", "nwpw-coop-merger", "nwpw-pump-rebates", "nwpw-spillway-bid", "nwpw-hydro-license",
             "nwpw-adjudication", "nwpw-canal-lining"]
    excl = {"nwpw-rate-case", "nwpw-spillway-bid", "nwpw-adjudication"}
    eq, dash = "=" * 70, "-" * 70
    out = ["NORTHWEST WATER & POWER WEEKLY", NW_TAG, "THIS WEEK | Friday, December 4, 2026 | Vol. 52, No. 48", "",
           "Licensed to: Stevens Valley Electric Cooperative (site licence, 12 readers)", NW_LIC, eq, "IN THIS ISSUE"]
    fmn(F_ND, out[:6] + ["IN THIS ISSUE"])
    for i, aid in enumerate(order, 1):
        out.append(f"  {i}. {ART[aid]['title']}")
    out.append(f"  MOST READ LAST WEEK: {ART['nwpw-transformers']['title']}")
    fmn(F_ND, ["MOST READ LAST WEEK"])
    out += [eq, ""]
    for aid in order + ["nwpw-transformers"]:
        a = ART[aid]
        au = a["authors"][0]
        by = f"By {au}, {NW_ROLE[au]} | {ap_date(a['date'])}"
        label = "MOST READ LAST WEEK" if aid == "nwpw-transformers" else f"[{a['section']}]"
        out += [label, a["title"], by, ""]
        mn = [by, label, NW_CONTACT[au], f"Read online: {URL[aid]}"]
        if aid in excl:
            out += ["SUBSCRIBER EXCLUSIVE", ""]
            mn.append("SUBSCRIBER EXCLUSIVE")
        for p in paras(aid):
            out += [p, ""]
        out += [NW_CONTACT[au], f"Read online: {URL[aid]}", dash, ""]
        reg(aid, F_ND, paras(aid), mn)
    foot = [NW_TIPS, NW_EVENT,
            "Northwest Water & Power Weekly is published every Friday by Cascade Trade Media LLC, Boise, Idaho.",
            NW_COPY, "Manage your subscription: https://www.nwpweekly.com/account"]
    fmn(F_ND, foot)
    out += foot
    write(F_ND, "\r\n".join(out) + "\r\n")


# ====================================================================== 4. Tamarack Report crawl (gzip WARC)
def tam_page(aid, pos):
    a = ART[aid]
    ps = paras(aid)
    names = a["authors"]
    series = a.get("series")
    support = TAM_SUPPORT[1 if series else 0]
    label = "Paper Water" if series else "Investigations"
    byline = "By " + " and ".join(f'<a href="/author/{n.lower().replace(" ", "-")}/">{esc(n)}</a>' for n in names)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": f"{a['date']}T06:00:00-08:00", "dateModified": "2026-12-03T10:12:00-08:00"
          if aid == "tam-sheriff-ot" else f"{a['date']}T06:00:00-08:00",
          "author": [{"@type": "Person", "name": n} for n in names],
          "publisher": {"@type": "Organization", "name": "The Tamarack Report"}, "mainEntityOfPage": URL[aid]}
    body = "\n".join(f"<p>{esc(p)}</p>" for p in ps)
    series_box = (f'<aside class="series-box"><p><strong>Paper Water</strong></p><p>{esc(TAM_SERIES)}</p></aside>\n'
                  if series else "")
    bios = "\n".join(f'<p class="bio">{esc(TAM_BIO[n])}</p>' for n in names)
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])} – The Tamarack Report</title>
<link rel="canonical" href="{URL[aid]}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:description" content="{attr(a['dek'])}">
<meta property="og:url" content="{URL[aid]}">
<meta property="og:site_name" content="The Tamarack Report">
<meta name="author" content="{attr(by_names(names))}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/wp-content/themes/tamarack/style.css?ver=4.2.1">
</head>
<body class="post-template-default single single-post">
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header">
<a class="site-title" href="/">The Tamarack Report</a>
<p class="site-description">{esc(TAM_TAG)}</p>
<a class="donate-button" href="/donate/">Donate</a>
</header>
<nav class="main-nav"><ul><li><a href="/investigations/">Investigations</a></li><li><a href="/series/paper-water/">Paper Water</a></li><li><a href="/justice/">Justice</a></li><li><a href="/health/">Health</a></li><li><a href="/about/">About us</a></li><li><a href="/republish/">Republish our work</a></li></ul></nav>
<main id="content">
<article class="post">
<p class="series-label"><a href="/series/paper-water/">{label}</a></p>
<h1 class="entry-title">{esc(a['title'])}</h1>
<p class="dek">{esc(a['dek'])}</p>
<div class="byline">{byline}</div>
<time class="entry-date" datetime="{a['date']}T06:00:00-08:00">{long_date(a['date'])}</time>
{series_box}<div class="entry-content">
{body}
</div>
<div class="support-box"><p>{esc(support)}</p><p><a href="/donate/">Give now</a></p></div>
<div class="republish-box"><p>{esc(TAM_REPUB)}</p></div>
<div class="author-bios">
{bios}
</div>
<aside class="newsletter-signup"><p>{esc(TAM_NL)}</p><form><input type="email" placeholder="Your e-mail"><button>Sign up</button></form></aside>
</article>
</main>
<footer class="site-footer">
<p>The Tamarack Report is a nonprofit, nonpartisan newsroom and a member of the Rural Newsroom Alliance.</p>
<p>{esc(TAM_FUNDERS)}</p>
<p>© 2026 Tamarack Media Project · PO Box 1187, Colville, WA 99114</p>
</footer>
</body>
</html>
"""
    mn = [a["dek"], support, TAM_REPUB, TAM_NL, TAM_FUNDERS, TAM_TAG, "Give now", "Republish our work",
          "The Tamarack Report is a nonprofit, nonpartisan newsroom and a member of the Rural Newsroom Alliance.",
          "© 2026 Tamarack Media Project · PO Box 1187, Colville, WA 99114", long_date(a["date"])]
    mn += [TAM_BIO[n] for n in names]
    if series:
        mn.append(TAM_SERIES)
    return page, ps, mn


def build_tam_warc():
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)

    def rid(s):
        h = hashlib.sha1(s.encode()).hexdigest()
        return f"<urn:uuid:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}>"

    info = (b"software: Heritrix/3.4.0-20220727 https://heritrix.readthedocs.io\r\nformat: WARC File Format 1.0\r\n"
            b"operator: Inland Northwest News Archive Project\r\nhostname: crawler02.innap.local\r\n"
            b"isPartOf: TAMARACK-2026-Q4\r\n")
    w.write_record(w.create_warc_record("", "warcinfo", payload=io.BytesIO(info), length=len(info),
                                        warc_content_type="application/warc-fields",
                                        warc_headers_dict={"WARC-Record-ID": rid("info"),
                                                           "WARC-Date": "2026-12-06T09:15:12Z",
                                                           "WARC-Filename": F_TW}))
    order = ["tam-travel", "tam-jail-medical", "tam-housing", "tam-nobid", "tam-sheriff-ot", "tam-auditor"]
    for n, aid in enumerate(order):
        page, ps, mn = tam_page(aid, n)
        WARC_HTML.append(page)
        payload = page.encode("utf-8")
        date = f"2026-12-06T09:{15 + n:02d}:{(7 * n + 31) % 60:02d}Z"
        req = (f"GET {URL[aid].split('tamarackreport.org')[1]} HTTP/1.1\r\nHost: tamarackreport.org\r\n"
               f"User-Agent: Mozilla/5.0 (compatible; heritrix/3.4.0 +https://innap.example/crawler)\r\n"
               f"Accept: text/html\r\n\r\n").encode()
        w.write_record(w.create_warc_record(URL[aid], "request", payload=io.BytesIO(req), length=len(req),
                                            warc_content_type="application/http; msgtype=request",
                                            warc_headers_dict={"WARC-Record-ID": rid("req" + aid), "WARC-Date": date}))
        hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=UTF-8"),
                                         ("Content-Length", str(len(payload))),
                                         ("Server", "nginx"), ("X-Cache", "HIT"),
                                         ("Link", f'<{URL[aid]}>; rel="canonical"')], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(URL[aid], "response", payload=io.BytesIO(payload), length=len(payload),
                                            http_headers=hh,
                                            warc_headers_dict={"WARC-Record-ID": rid("resp" + aid), "WARC-Date": date}))
        reg(aid, F_TW, ps, mn)
    write(F_TW, buf.getvalue())


# ====================================================================== 5. The Weekly Tally (HTML e-mail, QP)
def build_tally():
    editor = ("Hi friends — It was a big week. Two months after we started asking for the Lower Kettle Irrigation "
              "District’s records, the state auditor is taking a look too. Here’s that story, and two more.")
    sig = "— Ellen Sauer, editor"
    pre = "Plus: a county fund with no public board, and a hospital district’s missing hearing."
    blocks = []
    for aid in ("tam-auditor", "tam-community-fund", "tam-hospital-levy"):
        a = ART[aid]
        by = f"By {by_names(a['authors'])} · {long_date(a['date'])}"
        extra = ('<p style="font-size:13px;color:#666"><em>Part of Paper Water, our series on irrigation district '
                 'spending.</em></p>\n' if a.get("series") else "")
        ps = paras(aid)
        body = "\n".join(f'<p style="font-size:16px;line-height:1.5">{esc(p)}</p>' for p in ps)
        blocks.append(f"""<tr><td style="padding:20px 28px">
<h2 style="font-family:Georgia,serif;font-size:22px">{esc(a['title'])}</h2>
<p style="font-size:13px;color:#666">{esc(by)}</p>
{extra}{body}
<p><a href="{URL[aid]}" style="color:#2d6a4f">Read on the web →</a></p>
</td></tr>""")
        mn = [by, "Read on the web →", editor, sig, pre]
        if a.get("series"):
            mn.append("Part of Paper Water, our series on irrigation district spending.")
        reg(aid, F_TE, ps, mn)
    also = [ART["tam-sheriff-ot"]["title"], ART["tam-nobid"]["title"]]
    doc = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>The Weekly Tally</title></head>
<body style="margin:0;background:#f3f1ec">
<span style="display:none;max-height:0;overflow:hidden">{esc(pre)}</span>
<table width="100%" cellpadding="0" cellspacing="0" style="max-width:640px;margin:0 auto;background:#fff">
<tr><td style="padding:8px 28px;font-size:11px;color:#888"><a href="https://tamarackreport.org/newsletters/tally/2026-12-04/">View in browser</a></td></tr>
<tr><td style="padding:24px 28px;border-bottom:3px solid #2d6a4f"><h1 style="font-family:Georgia,serif;margin:0">The Weekly Tally</h1><p style="margin:4px 0 0;color:#666">From The Tamarack Report · Friday, December 4, 2026</p></td></tr>
<tr><td style="padding:20px 28px"><p>{esc(editor)}</p><p>{esc(sig)}</p></td></tr>
{chr(10).join(blocks)}
<tr><td style="padding:20px 28px;background:#f7f7f2"><h3>Also this week</h3><ul><li><a href="{URL['tam-sheriff-ot']}">{esc(also[0])}</a></li><li><a href="{URL['tam-nobid']}">{esc(also[1])}</a></li></ul></td></tr>
<tr><td style="padding:20px 28px"><p><strong>{esc(TAM_SUPPORT[0])}</strong></p></td></tr>
<tr><td style="padding:16px 28px;font-size:12px;color:#888"><p>The Tamarack Report · PO Box 1187, Colville, WA 99114</p><p>You signed up for The Weekly Tally at tamarackreport.org. <a href="https://tamarackreport.org/unsubscribe?u=a81c">Unsubscribe</a> | <a href="https://tamarackreport.org/preferences?u=a81c">Update your preferences</a></p></td></tr>
</table>
</body></html>
"""
    fmn(F_TE, ["From The Tamarack Report · Friday, December 4, 2026", "Also this week", TAM_SUPPORT[0],
               "The Tamarack Report · PO Box 1187, Colville, WA 99114",
               "You signed up for The Weekly Tally at tamarackreport.org.", "Update your preferences", "View in browser"]
        + also)
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = "The Tamarack Report <tally@tamarackreport.org>"
    msg["To"] = "archive-intake@innap.example"
    msg["Subject"] = "The Weekly Tally: The auditor is coming for Lower Kettle"
    msg["Date"] = "Fri, 04 Dec 2026 14:02:11 -0800"
    msg["Message-ID"] = "<20261204220211.7a1c.tally@mail.tamarackreport.org>"
    msg["List-Unsubscribe"] = "<https://tamarackreport.org/unsubscribe?u=a81c>"
    msg.set_content(doc, subtype="html", charset="utf-8", cte="quoted-printable")
    write(F_TE, msg.as_bytes())
    fmn(F_TE, ["The Weekly Tally: The auditor is coming for Lower Kettle"])


# ====================================================================== 6. Sentinel Morning Edition (mbox)
WEATHER = {"2026-11-24": "24F, clearing", "2026-11-25": "29F, cloudy", "2026-11-30": "18F, snow showers",
           "2026-12-01": "15F, clear", "2026-12-02": "21F, fog", "2026-12-03": "26F, light snow",
           "2026-12-04": "9F, clear and cold"}
DOW = {"2026-11-24": "Tuesday", "2026-11-25": "Wednesday", "2026-11-30": "Monday", "2026-12-01": "Tuesday",
       "2026-12-02": "Wednesday", "2026-12-03": "Thursday", "2026-12-04": "Friday"}
GREET = ["Good morning. Here's what the Sentinel newsroom has for you today.",
         "Good morning, valley. Here's what we're following today."]


def build_sentinel_mbox():
    days = [("2026-11-24", ["sen-dam-crack"]), ("2026-11-25", ["sen-levy"]),
            ("2026-11-30", ["sen-dam-drawdown", "sen-tree-permits"]), ("2026-12-01", ["sen-plow-overtime", "tam-nobid"]),
            ("2026-12-02", ["sen-dam-townhall", "sen-clinic"]), ("2026-12-03", ["sen-mill-shift"]),
            ("2026-12-04", ["sen-northport-bridge"])]
    eq = "=" * 70
    out = b""
    for k, (day, aids) in enumerate(days):
        wx = f"{DOW[day]}, {long_date(day)} | Colville, Wash. | {WEATHER[day]}"
        lines = ["THE MORNING EDITION", "The Kettle Valley Sentinel -- " + straight(SEN_TAG), wx, "", GREET[k % 2], ""]
        common = ["THE MORNING EDITION", "The Kettle Valley Sentinel -- " + straight(SEN_TAG), wx, GREET[k % 2]]
        for j, aid in enumerate(aids):
            a = ART[aid]
            mn = []
            if aid == "tam-nobid":
                label = "FROM OUR PARTNERS AT THE TAMARACK REPORT"
                title = straight(a["sen_title"])
                by = f"{by_names(a['authors'])}, The Tamarack Report | {ap_date(a['date'])}"
                ps = [straight(p) for p in paras(aid, "sen")]
                tail = [straight(SEN_REPUB)] + [straight(TAM_BIO[n]) for n in a["authors"]]
            else:
                label = f"BELOW THE DAM, PART {a['series']}" if a.get("series") else ""
                title = straight(a["title"])
                by = (f"{a['authors'][0]} | {ap_date(a['date'])}" if a["authors"]
                      else f"From staff reports | {ap_date(a['date'])}")
                ps = [straight(p) for p in paras(aid)]
                tail = ([straight(SEN_SERIES)] if a.get("series") else []) + (
                    [SEN_REACH[a["authors"][0]]] if a["authors"] else [])
            link = f"Read online: https://click.kvsentinel.com/ls/click?upn=u001.{hashlib.sha1(aid.encode()).hexdigest()[:22]}"
            lines += [eq] + ([label] if label else []) + [title, by, ""]
            for p in ps:
                lines += textwrap.wrap(p, 70) + [""]
            for t in tail:
                lines += textwrap.wrap(t, 70)
            lines += [link, ""]
            mn += [label, by, link] + tail
            reg(aid, F_SM, ps, mn + common)
        foot = [eq, "", sen_support(day), "", straight(SEN_CORR), "",
                "Forwarded this e-mail? Get your own Morning Edition: kvsentinel.com/newsletters",
                "You're receiving the Morning Edition because you signed up at kvsentinel.com.",
                f"Unsubscribe: https://click.kvsentinel.com/unsub?u=3f9{k}c2",
                "The Kettle Valley Sentinel, 220 S. Main St., Colville, WA 99114"]
        lines += foot
        for aid in aids:
            addmn(aid, [f for f in foot if f.strip()])
        text = "\n".join(lines) + "\n"
        msg = EmailMessage(policy=email.policy.default.clone(linesep="\n"))
        lead = ART[aids[0]]
        msg["From"] = "The Kettle Valley Sentinel <morning@news.kvsentinel.com>"
        msg["To"] = "archive-intake@innap.example"
        msg["Subject"] = f"Morning Edition | {ap_date(day)}: {straight(lead['title'])}"
        msg["Date"] = f"{DOW[day][:3]}, {int(day[8:]):02d} {'Nov' if day[5:7] == '11' else 'Dec'} 2026 05:30:00 -0800"
        msg["Message-ID"] = f"<morning.{day.replace('-', '')}.{k}@news.kvsentinel.com>"
        msg.set_content(text, charset="utf-8", cte="quoted-printable")
        for aid in aids:
            addmn(aid, [msg["Subject"]])
        frm = f"From morning@news.kvsentinel.com {DOW[day][:3]} {'Nov' if day[5:7] == '11' else 'Dec'} {int(day[8:]):2d} 13:30:04 2026\n"
        mb = re.sub(rb"(?m)^(>*From )", rb">\1", msg.as_bytes())   # mboxrd escaping ("From staff reports")
        out += frm.encode() + mb + b"\n"
    write(F_SM, out)


# ====================================================================== 7. Sentinel saved pages (one template)
def sen_page(fn, aid, variant, nl_i, photo):
    a = ART[aid]
    synd = variant == "sen"
    ps = paras(aid, variant)
    title = a["sen_title"] if synd else a["title"]
    url = SEN_SYND_URL if synd else URL[aid]
    canon = URL[aid]
    names = a["authors"]
    if synd:
        byline = f"By {esc(by_names(names))}, The Tamarack Report"
        byline_txt = f"By {by_names(names)}, The Tamarack Report"
        kicker = "From our partners"
    else:
        byline = f'By <a href="/staff/{names[0].lower().replace(" ", "-")}/">{esc(names[0])}</a> · Sentinel staff writer'
        byline_txt = f"By {names[0]} · Sentinel staff writer"
        kicker = f"Below the Dam · Part {a['series']}" if a.get("series") else "Business"
    nl = SEN_NL[nl_i]
    before = f'<p class="repub-note"><em>{esc(SEN_REPUB)}</em></p>\n' if synd else ""
    after = []
    mn = [kicker, byline_txt, nl, sen_support(a["date"]), SEN_CORR, SEN_TAG]
    if a.get("series") and not synd:
        after.append(f'<p class="series-note"><em>{esc(SEN_SERIES)}</em></p>')
        mn.append(SEN_SERIES)
    if synd:
        after += [f'<p class="partner-bio">{esc(TAM_BIO[n])}</p>' for n in names]
        mn += [TAM_BIO[n] for n in names] + [SEN_REPUB]
    else:
        after.append(f'<p class="contact">{esc(SEN_REACH[names[0]])}</p>')
        mn.append(SEN_REACH[names[0]])
    related = {"sen-dam-townhall": ["District starts lowering Corbin Lake as engineers study spillway crack",
                                    "Inspectors find crack in Corbin Creek Dam spillway"],
               "sen-mill-shift": ["County road crews burn through half their overtime budget in one storm",
                                  "Chewelah clinic to reopen weekend urgent care"],
               "tam-nobid": ["Colville schools levy passes by 212 votes after final count",
                             "Christmas tree permits on sale for Colville National Forest"]}[aid]
    mn += related + [photo, "More from the Sentinel", "© 2026 Kettle Valley Publishing Co.",
                     "Weather: 23°F, light snow · Colville"]
    body = "\n".join(f"<p>{esc(p)}</p>" for p in ps)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": f"{a['date']}T05:00:00-08:00",
          "author": [{"@type": "Person", "name": n} for n in names],
          "publisher": {"@type": "Organization", "name": "The Kettle Valley Sentinel"}}
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | The Kettle Valley Sentinel</title>
<link rel="canonical" href="{canon}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="The Kettle Valley Sentinel">
<meta property="article:published_time" content="{a['date']}T05:00:00-08:00">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.kvsConfig = {{"paywall": "metered", "freeViews": 4}};</script>
</head>
<body class="article-page">
<div class="topbar"><a href="/join/">Subscribe</a> <a href="/login/">Log in</a> <a href="/e-edition/">E-Edition</a></div>
<header class="masthead">
<a class="logo" href="/">The Kettle Valley Sentinel</a>
<p class="tagline">{esc(SEN_TAG)}</p>
<p class="today">Weather: 23°F, light snow · Colville</p>
</header>
<nav><ul><li><a href="/news/">News</a></li><li><a href="/belowthedam/">Below the Dam</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/classifieds/">Classifieds</a></li></ul></nav>
<main>
<article>
<p class="kicker">{esc(kicker)}</p>
<h1>{esc(title)}</h1>
<p class="byline">{byline}</p>
<time datetime="{a['date']}T05:00:00-08:00">{ap_date(a['date'])}</time>
<aside class="nl-plug"><p>{esc(nl)}</p></aside>
<figure><img src="/media/2026/12/{aid}.jpg" alt=""><figcaption>{esc(photo)}</figcaption></figure>
{before}<div class="story-body">
{body}
</div>
{chr(10).join(after)}
<div class="support"><p>{esc(sen_support(a['date']))}</p></div>
<p class="corrections-policy"><small>{esc(SEN_CORR)}</small></p>
</article>
<section class="more"><h2>More from the Sentinel</h2><ul>{''.join(f'<li><a href="#">{esc(r)}</a></li>' for r in related)}</ul></section>
</main>
<footer><p>© 2026 Kettle Valley Publishing Co. · 220 S. Main St., Colville, WA 99114 · 509-555-0100</p><p><a href="/terms/">Terms</a> · <a href="/privacy/">Privacy</a> · <a href="/contact/">Contact us</a></p></footer>
</body>
</html>
"""
    write(fn, page)
    reg(aid, fn, ps, mn)


def build_sentinel_pages():
    sen_page(F_SH1, "sen-mill-shift", "corrected", 1,
             "Logs wait at the Northport Timber Co. mill in Kettle Falls. (Luz Carrillo / Sentinel)")
    sen_page(F_SH2, "tam-nobid", "sen", 0,
             "The Lower Kettle Irrigation District’s main canal near Marcus. (Courtesy of The Tamarack Report)")
    sen_page(F_SH3, "sen-dam-townhall", "orig", 0,
             "Residents fill the Addy Grange hall on Tuesday night. (Luz Carrillo / Sentinel)")


# ====================================================================== 8. NWPW saved pages (one template)
def nw_page(fn, aid, variant, meter, updated=None, inprint=True):
    a = ART[aid]
    ps = paras(aid, variant)
    au = a["authors"][0]
    dl = long_date(a["date"]) + (f" | Updated {long_date(updated)}" if updated else "")
    meter_txt = f"You’re reading {meter} of 3 free stories this month. Subscribers get the full archive: nwpweekly.com/subscribe"
    ip = ("In print: This story appears in the Dec. 4, 2026 issue (Vol. 52, No. 48)." if inprint
          else "Web exclusive: This story did not appear in print.")
    body = "\n".join(f"<p>{esc(p)}</p>" for p in ps)
    related = {"nwpw-spillway-bid": ["State awards $11 million to line leaky canals in drought areas",
                                     "Small Idaho hydro project wins 40-year license renewal"],
               "nwpw-wildfire-plans": ["Co-ops still waiting up to 90 weeks for some transformers",
                                       "Two Palouse electric co-ops move toward merger vote"],
               "nwpw-hydro-license": ["Corbin Creek Dam spillway repair heads for emergency procurement",
                                      "CBPA proposes 7.5% wholesale rate increase for public utilities"]}[aid]
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - NWPW</title>
<link rel="canonical" href="{URL[aid]}">
<meta property="og:site_name" content="Northwest Water &amp; Power Weekly">
<meta property="og:title" content="{attr(a['title'])}">
<meta name="parsely-pub-date" content="{a['date']}T12:00:00Z">
<meta name="parsely-author" content="{attr(au)}">
</head>
<body>
<div class="licence-bar">Subscriber access: Stevens Valley Electric Cooperative (site licence)</div>
<header class="brand"><a href="/"><span class="brand-name">NORTHWEST WATER &amp; POWER WEEKLY</span></a><p class="brand-tag">{esc(NW_TAG)}</p></header>
<nav class="sections"><a href="/rates-finance/">Rates &amp; Finance</a> <a href="/hydro/">Hydro</a> <a href="/irrigation/">Irrigation</a> <a href="/grid/">Grid</a> <a href="/people/">People</a> <a href="/events/">Events</a> <a href="/subscribe/">Subscribe</a></nav>
<div class="container">
<article class="story">
<p class="section-label">{esc(a['section'].title())}</p>
<h1 class="headline">{esc(a['title'])}</h1>
<p class="byline">By {esc(au)}, {NW_ROLE[au]}</p>
<p class="timestamp">{dl}</p>
<p class="meter">{esc(meter_txt)}</p>
<div class="story-text">
{body}
</div>
<p class="inprint"><em>{esc(ip)}</em></p>
<p class="contact">{esc(NW_CONTACT[au])}</p>
<div class="tipbox"><p>{esc(NW_TIPS)}</p></div>
<div class="related"><h3>Related coverage</h3><ul>{''.join(f'<li><a href="#">{esc(r)}</a></li>' for r in related)}</ul></div>
</article>
</div>
<footer class="site-footer"><p>{esc(NW_COPY)} Reproduction without a site licence is prohibited.</p><p>Cascade Trade Media LLC · 1010 W. Jefferson St., Boise, ID 83702</p></footer>
</body>
</html>
"""
    write(fn, page)
    mn = [f"By {au}, {NW_ROLE[au]}", dl, meter_txt, ip, NW_CONTACT[au], NW_TIPS, NW_TAG, NW_COPY,
          "Reproduction without a site licence is prohibited.", "Related coverage",
          "Subscriber access: Stevens Valley Electric Cooperative (site licence)",
          "Cascade Trade Media LLC · 1010 W. Jefferson St., Boise, ID 83702"] + related
    reg(aid, fn, ps, mn)


def build_nwpw_pages():
    nw_page(F_NH1, "nwpw-spillway-bid", "orig", 1)
    nw_page(F_NH2, "nwpw-wildfire-plans", "orig", 2, inprint=False)
    nw_page(F_NH3, "nwpw-hydro-license", "edited", 3, updated="2026-12-04")


# ====================================================================== gold
def outlets_for(aid):
    a = ART[aid]
    base = {SEN: [SEN, "Kettle Valley Sentinel"], TAM: [TAM, "Tamarack Report"],
            KLBR: [KLBR, "KLBR", "KLBR 89.9 FM"], NW: [NW, "NWPW"]}[a["outlet"]]
    if aid == "tam-travel":
        base = base + [KLBR, "KLBR"]
    if aid == "tam-nobid":
        base = base + [SEN, "Kettle Valley Sentinel"]
    return base


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    build_klbr_jsonl()
    build_klbr_weekend()
    build_nwpw_digest()
    build_tam_warc()
    build_tally()
    build_sentinel_mbox()
    build_sentinel_pages()
    build_nwpw_pages()
    assert sorted(os.listdir(DUMPS)) == ALL, sorted(os.listdir(DUMPS))
    assert set(ART) == set(COPIES), set(ART) ^ set(COPIES)
    for src, aids in IN_FILE.items():
        for aid in aids:
            addmn(aid, FILE_MN[src])
    # decoded text of every dump, for "is this title stated" checks
    raws = {}
    for fn in ALL:
        b = open(os.path.join(DUMPS, fn), "rb").read()
        if fn.endswith(".warc.gz"):
            raws[fn] = "\n".join(WARC_HTML)
        elif fn.endswith((".eml", ".mbox")):
            import quopri
            raws[fn] = quopri.decodestring(b).decode("utf-8", errors="replace")
        else:
            raws[fn] = b.decode("utf-8")
        raws[fn] = html.unescape(raws[fn])
    gold = []
    for aid, a in ART.items():
        cps = sorted(COPIES[aid], key=lambda c: (ALL.index(c[0]), c[1]))
        srcs = {c[0] for c in cps}
        titles = []
        for t in [a["title"], a.get("sen_title"), a.get("klbr_title")]:
            for v in (t, straight(t) if t else None):
                if v and v not in titles and any(v in raws[s] for s in srcs):
                    titles.append(v)
        assert titles and titles[0] in (a["title"], a.get("klbr_title")), (aid, titles)
        mn = list(MUSTNOT.get(aid, []))
        for t in titles:
            if t not in mn:
                mn.append(t)
        g = {"id": aid, "title": titles, "outlet": outlets_for(aid), "date": a["date"],
             "authors": [list(a["authors"])]}
        if aid in URL:
            g["url"] = URL[aid]
        g["must_not"] = mn
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        g["_first"] = (ALL.index(cps[0][0]), cps[0][1])
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
    bodies = [c["body"] for g in gold for c in g["copies"]]
    for g in gold:
        bad = [m for m in g["must_not"] if any(m in b for b in bodies)]
        assert not bad, (g["id"], bad)
    # outlets: keep only alternatives some copy's dump states (case-insensitively)
    for g in gold:
        hay = " ".join(raws[c["source"]] for c in g["copies"]).lower()
        g["outlet"] = [o for o in g["outlet"] if o.lower() in hay]
        assert g["outlet"], g["id"]
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {len(bodies)} copies, {sum(1 for g in gold if len(g['copies']) > 1)} duplicate "
          f"groups, {len(ALL)} files, {sum(len(g['must_not']) for g in gold)} must_not, "
          f"{sum(os.path.getsize(os.path.join(DUMPS, f)) for f in ALL)} bytes")


if __name__ == "__main__":
    main()
