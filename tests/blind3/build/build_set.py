# -*- coding: utf-8 -*-
"""Build tests/blind3/dumps/* and tests/blind3/gold.json from articles.py.

usage: /work/main/.venv/bin/python tests/blind3/build/build_set.py

The dumps are what an archivist would have received; gold.json records what a perfect
ingester stores for each of them. The WARC file is written by ../make_warc.py from the
HTML this script leaves in ../warc_src/.
"""
import base64
import html
import json
import os
import quopri
import re
import subprocess
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")
WSRC = os.path.join(ROOT, "warc_src")
sys.path.insert(0, HERE)
from articles import ART, KAUB_TAIL  # noqa: E402

# ------------------------------------------------------------------ gold registry
META = {}
COPIES = {}      # aid -> list of (source, position, body)
MUSTNOT = {}     # aid -> list
POS = {}         # source -> running position


def meta(aid, titles, outlets, date, authors, url=None):
    META[aid] = dict(title=titles, outlet=outlets, date=date, authors=authors, url=url)


def reg(aid, source, paras, must_not=()):
    assert aid in ART, aid
    body = "\n\n".join(" ".join(p.split()) for p in paras if p.strip())
    pos = POS.get(source, 0)
    POS[source] = pos + 1
    COPIES.setdefault(aid, []).append((source, pos, body))
    lst = MUSTNOT.setdefault(aid, [])
    for s in must_not:
        if s not in lst:
            lst.append(s)


def P(aid):
    """canonical paragraphs with the caption placeholder resolved"""
    a = ART[aid]
    out = []
    for p in a["paras"]:
        if p == "CAPTION":
            out.append(a["caption"])
        else:
            out.append(p)
    return out


def P_nocap(aid):
    return [p for p in ART[aid]["paras"] if p != "CAPTION"]


# ------------------------------------------------------------------ typesetting helpers
def straight(s, dash="--"):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace(" \u2014 ", f" {dash} ").replace("\u2014", dash).replace("\u2013", "-")
    return s


ASCII_MAP = {"é": "e", "è": "e", "ü": "u", "ö": "o", "ä": "a", "ł": "l", "ń": "n", "ó": "o", "ż": "z",
             "ę": "e", "ś": "s", "Ł": "L", "£": "GBP ", "€": "EUR ", "…": "..."}


def ascii_(s):
    s = straight(s, dash="-")
    for k, v in ASCII_MAP.items():
        s = s.replace(k, v)
    s.encode("ascii")
    return s


def wrap(p, width, indent=""):
    return textwrap.fill(p, width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def center(s, width=80):
    return s.center(width).rstrip()


def words(paras):
    return sum(len(p.split()) for p in paras)


def write(name, data, encoding="utf-8", newline="\n"):
    path = os.path.join(DUMPS, name)
    if isinstance(data, str):
        data = data.replace("\n", newline).encode(encoding)
    with open(path, "wb") as f:
        f.write(data)


# WordPress-style entities for H1; named entities for H3
def wp_esc(s):
    s = html.escape(s, quote=False)
    for ch, ent in (("\u2019", "&#8217;"), ("\u2018", "&#8216;"), ("\u201c", "&#8220;"), ("\u201d", "&#8221;"),
                    ("\u2014", "&#8212;"), ("\u2013", "&#8211;")):
        s = s.replace(ch, ent)
    return s


def named_esc(s):
    s = html.escape(s, quote=False)
    for ch, ent in (("\u2019", "&rsquo;"), ("\u2018", "&lsquo;"), ("\u201c", "&ldquo;"), ("\u201d", "&rdquo;"),
                    ("\u2014", "&mdash;"), ("\u2013", "&ndash;"), ("£", "&pound;"), ("€", "&euro;")):
        s = s.replace(ch, ent)
    return s


def plain_esc(s):
    return html.escape(s, quote=False)


# ================================================================== metadata (gold)
FL_URL = "https://www.freightledger.com/ports/2022/05/04/barge-operators-plug-in-rotterdam-shore-power/"
EAT_URL = "https://www.eastangliantribune.co.uk/news/felixstowe-rail-terminal-expansion-approved-8841127"
IWW_URL = "https://iww-news.eu/rhine/shippers-brace-for-early-low-water-season-kaub/"
RFR_URL = "https://www.railfreightreview.eu/analysis/europes-rail-freight-boom-running-out-of-drivers"
NSPN_GHENT = "https://www.nsportnews.com/ports/ghent-grain-terminal-doubles-silo-capacity"
RRC = "https://www.rhineruhrcourier.de"
NSPN = "https://www.nsportnews.com"

WB_OUT = ["Waterways Bulletin", "European Inland Shippers' Association", "EISA"]
IWW_OUT = ["Inland Waterways Weekly", "IWW"]
BBD_OUT = ["Benelux Business Daily", "BBD"]
CPA_OUT = ["Continental Press Agency", "CPA"]
HDP_OUT = ["Humber Daily Post"]
EAT_OUT = ["East Anglian Tribune"]
RRC_OUT = ["Rhine Ruhr Courier"]
NSPN_OUT = ["North Sea Port News"]

a = ART
meta("fl-shore-power", [a["fl-shore-power"]["title"], a["fl-shore-power"]["seo_title"]],
     ["Freight Ledger", "Freight Ledger Media B.V.", "Freight Ledger Daily"], "2022-05-04", [["Marit Oosterhuis"]], FL_URL)
meta("fl-hamburg-barge", [a["fl-hamburg-barge"]["title"], a["fl-hamburg-barge"]["synd_title"]],
     ["Freight Ledger", "Freight Ledger Daily", "North Sea Port News"], "2022-05-05", [[], ["Freight Ledger"]],
     NSPN + "/inland/hamburg-inland-terminal-goes-24-7")
meta("eat-felixstowe", [a["eat-felixstowe"]["title"], a["eat-felixstowe"]["short_title"], a["eat-felixstowe"]["print_title"]],
     EAT_OUT, "2022-05-05", [["Tom Ashdown"]], EAT_URL)
meta("eat-lorry-curfew", [a["eat-lorry-curfew"]["title"], a["eat-lorry-curfew"]["print_title"]], EAT_OUT, "2022-05-12",
     [["Tom Ashdown"]])
meta("eat-ipswich-grain", [a["eat-ipswich-grain"]["title"]], EAT_OUT, "2022-05-10", [["Ruth Calloway"]])
meta("ouse-goole-lock", [a["ouse-goole-lock"]["title"]], ["The Ouse Navigator", "Ouse Navigator"], "2022-05-06",
     [["Jan Hargreaves"]])
meta("ouse-barge-museum", [a["ouse-barge-museum"]["title"]], ["The Ouse Navigator", "Ouse Navigator"], "2022-05-06",
     [["Ellie Marsh"]])
meta("cpa-duisburg-strike", [a["cpa-duisburg-strike"]["title"], a["cpa-duisburg-strike"]["synd_title"]],
     CPA_OUT + ["Rhine Ruhr Courier"], "2022-05-03", [["Katrin Vogel"], ["Katrin Vogel", "Lukas Brenner"]],
     RRC + "/wirtschaft/duisburg-freight-hub-hit-by-drivers-strike-4471")
meta("cpa-market-0509", [a["cpa-market-0509"]["title"]], CPA_OUT, "2022-05-09", [[]])
meta("cpa-market-0510", [a["cpa-market-0510"]["title"]], CPA_OUT, "2022-05-10", [[]])
meta("bbd-meridian-milan", [a["bbd-meridian-milan"]["title"]], BBD_OUT, "2022-05-10", [["Sanne Kuipers"]])
meta("bbd-lanaye-lock", [a["bbd-lanaye-lock"]["title"], a["bbd-lanaye-lock"]["online_title"],
                         a["bbd-lanaye-lock"]["bulletin_title"]],
     BBD_OUT + ["Benelux Business Daily Online"], "2022-05-04", [["Pieter-Jan Claes"]])
meta("bbd-locks-feature", [a["bbd-locks-feature"]["title"]], BBD_OUT, "2022-05-07", [["Koen De Smet"]])
meta("rrc-barge-week", [a["rrc-barge-week"]["title"]], RRC_OUT, "2022-05-08", [["Anna Becker"]],
     RRC + "/schifffahrt/a-week-aboard-a-rhine-container-barge-4483")
meta("bbd-antwerp-shunting", [a["bbd-antwerp-shunting"]["title"]], BBD_OUT, "2022-05-11", [["Sanne Kuipers"]])
meta("mrf-press-release", [a["mrf-press-release"]["title"]], [None, "Meridian Rail Freight", "Meridian Rail Freight B.V."],
     "2022-05-09", [[]])
meta("fsj-hydrogen-tugs", [a["fsj-hydrogen-tugs"]["title"]], ["Flanders Shipping Journal"], "2022-05-06",
     [["Wout Verhaegen"]])
meta("cetm-gdansk-corridor", [a["cetm-gdansk-corridor"]["title"]], ["Central European Transport Monitor"], "2022-05-05", [[]])
meta("hdp-immingham-rail", [a["hdp-immingham-rail"]["title"], a["hdp-immingham-rail"]["print_title"]], HDP_OUT,
     "2022-05-10", [["Graham Pell"]])
meta("hdp-grimsby-fish", [a["hdp-grimsby-fish"]["title"]], HDP_OUT, "2022-05-11", [["Nadia Osei"]])
meta("hdp-column", [a["hdp-column"]["title"]], HDP_OUT, "2022-05-11", [["Helen Crowther"]])
meta("kbc-tunnel-volumes", [a["kbc-tunnel-volumes"]["title"]], ["Kent Business Courier"], "2022-05-09", [["Priya Ramsay"]])
meta("iww-kaub", [a["iww-kaub"]["title"]], IWW_OUT, "2022-05-11", [["Henrike Sauer"]], IWW_URL)
meta("iww-mosel", [a["iww-mosel"]["title"]], IWW_OUT, None, [["Bram Teunissen"]])
meta("iww-pensions", [a["iww-pensions"]["title"], a["iww-pensions"]["digest_title"]], IWW_OUT, "2022-05-12",
     [["Marloes Dijkstra"]])
meta("iww-waal", [a["iww-waal"]["title"]], IWW_OUT, None, [["Bram Teunissen"]])
meta("rfr-driver-shortage", [a["rfr-driver-shortage"]["title"]], ["Rail Freight Review"], "2022-05-12",
     [["Dario Pellegrini"]], RFR_URL)
meta("nspn-ghent-silo", [a["nspn-ghent-silo"]["title"]], NSPN_OUT, "2022-05-12", [["Joris Maes"]], NSPN_GHENT)
meta("nspn-zeebrugge-gate", [a["nspn-zeebrugge-gate"]["title"]], NSPN_OUT, "2022-05-09", [["Lotte Declercq"]],
     NSPN + "/roro/zeebrugge-terminal-trials-automated-gate")
meta("nspn-inland-fund", [a["nspn-inland-fund"]["title"]], NSPN_OUT, "2022-05-10", [[], ["NSPN staff"]],
     NSPN + "/inland/dutch-inland-shipping-fund-second-round")
meta("rrc-kaub-0510", [a["rrc-kaub-0510"]["title"]], RRC_OUT, "2022-05-10", [[], ["RRC Data Desk"]],
     RRC + "/rhein/pegel/kaub-2022-05-10")
meta("rrc-kaub-0511", [a["rrc-kaub-0511"]["title"]], RRC_OUT, "2022-05-11", [[], ["RRC Data Desk"]],
     RRC + "/rhein/pegel/kaub-2022-05-11")
meta("rrc-skipper-course", [a["rrc-skipper-course"]["title"]], RRC_OUT, None, [["Paul Smit"]],
     RRC + "/schifffahrt/colleges-fast-track-skipper-course-4459")
meta("rrc-emmerich-md", [a["rrc-emmerich-md"]["title"]], RRC_OUT, "2022-05-11", [["Anna Becker"]],
     RRC + "/wirtschaft/emmerich-terminal-new-managing-director-4502")
meta("rrc-krefeld-shunters", [a["rrc-krefeld-shunters"]["title"]], RRC_OUT, "2022-05-06", [["Anna Becker"]],
     RRC + "/wirtschaft/krefeld-port-railway-hybrid-shunters-4480")
meta("rrc-dortmund-ems", [a["rrc-dortmund-ems"]["title"]], RRC_OUT, "2022-05-09", [["Anna Becker"]],
     RRC + "/schifffahrt/dortmund-ems-canal-bridge-raising-delay-4488")
meta("wb-corridor", [a["wb-corridor"]["title"]], WB_OUT, "2022-05-09", [[]])
meta("dsg-danube", [a["dsg-danube"]["title"]], ["Danube Shipping Gazette"], "2022-05-05", [[]])
meta("wb-co-alert", [a["wb-co-alert"]["title"]], WB_OUT, "2022-05-09", [[]])
meta("wb-fees", [a["wb-fees"]["title"]], WB_OUT, "2022-05-09", [[]])
meta("emn-harwich", [a["emn-harwich"]["title"]], ["Essex Maritime News"], "2022-05-11", [["Fiona Leggett"]])
meta("tgc-tilbury", [a["tgc-tilbury"]["title"]], ["Thames Gateway Chronicle"], "2022-05-10", [["Owen Pryce"]])
meta("swr-kent-hauliers", [a["swr-kent-hauliers"]["title"]], ["Straits Weekly Record"], "2022-05-09", [["Amy Dunstan"]])
meta("rhz-walsum", [a["rhz-walsum"]["title"], a["rhz-walsum"]["orig_title"]], ["Rheinische Hafenzeitung"], "2022-05-03",
     [["Jens Hartmann"]])
meta("vdd-calais", [a["vdd-calais"]["title"], a["vdd-calais"]["orig_title"]], ["La Voix du Détroit"], "2022-05-05",
     [["Claire Dubois"]])
meta("hkr-pilots", [a["hkr-pilots"]["title"], a["hkr-pilots"]["orig_title"]], ["Havenkrant Rijnmond"], "2022-05-04",
     [["Erik Jansen"]])
meta("cdt-segrate", [a["cdt-segrate"]["title"], a["cdt-segrate"]["orig_title"]], ["Il Corriere dei Trasporti"],
     "2022-05-09", [["Marco Ferri"]])
meta("gp-vistula", [a["gp-vistula"]["title"], a["gp-vistula"]["orig_title"]], ["Gazeta Portowa"], "2022-05-06", [[]])

# file names (sorted order puts the fullest copy of every duplicate group first)
F_H1 = "Barge operators plug in as Rotterdam opens shore power berths - Freight Ledger.html"
F_EFPR = "EFPR_review_2022-05-10.txt"
F_FACT = "Factiva-20220511-0934.txt"
F_H2 = "Felixstowe rail terminal expansion approved _ East Anglian Tribune.html"
F_NEXIS = "LexisNexis_Academic_rail-freight_2022-05-13.txt"
F_CLIP = "Mediawatch_cuttings_HRA_wk19.txt"
F_H3 = "The Ouse Navigator - News in brief.html"
F_WB = "Waterways_Bulletin_No187.txt"
F_WARC = "crawl-20220513-seedlist-00000.warc.gz"
F_MBOX = "media-monitoring.mbox"
F_DIGEST = "press_digest_wk19.txt"
F_JSONL = "scrape_2022-05-12.jsonl"


# ================================================================== 1. HTML page, WordPress-like, JSON-LD only
def build_h1():
    aid = "fl-shore-power"
    A = ART[aid]
    paras = P(aid)
    body_html = []
    for i, p in enumerate(A["paras"]):
        if p == "CAPTION":
            body_html.append(
                '<figure class="wp-block-image size-large"><img loading="lazy" width="1024" height="683" '
                'src="https://www.freightledger.com/wp-content/uploads/2022/05/waalhaven-shore-power-1024x683.jpg" '
                'alt="Barge moored at a shore power cabinet" class="wp-image-48230"/>'
                f'<figcaption>{wp_esc(A["caption"])}</figcaption></figure>')
            body_html.append('<div class="fl-ad-slot fl-ad-mpu" aria-hidden="true"><span class="fl-ad-label">'
                             'Advertisement</span><div id="div-gpt-ad-1651650000000-0" style="min-height:250px"></div></div>')
            continue
        body_html.append(f"<p>{wp_esc(p)}</p>")
        if i == 5:
            body_html.append('<p class="fl-inline-related"><strong>Read more:</strong> <a href="https://www.freightledger.com/'
                             'inland/2022/05/04/lanaye-lock-closure-extended/">Lanaye lock closure extended to June as '
                             'barge operators warn of detours</a></p>')
    jsonld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": "https://www.freightledger.com/#organization",
             "name": "Freight Ledger Media B.V.", "url": "https://www.freightledger.com/",
             "logo": {"@type": "ImageObject", "url": "https://www.freightledger.com/wp-content/uploads/fl-logo.png"}},
            {"@type": "WebSite", "@id": "https://www.freightledger.com/#website", "url": "https://www.freightledger.com/",
             "name": "Freight Ledger", "publisher": {"@id": "https://www.freightledger.com/#organization"}},
            {"@type": "WebPage", "@id": FL_URL + "#webpage", "url": FL_URL,
             "name": A["title"] + " \u2013 Freight Ledger", "isPartOf": {"@id": "https://www.freightledger.com/#website"},
             "breadcrumb": {"@id": FL_URL + "#breadcrumb"}},
            {"@type": "NewsArticle", "@id": FL_URL + "#article", "isPartOf": {"@id": FL_URL + "#webpage"},
             "author": {"@type": "Person", "name": "Marit Oosterhuis",
                        "url": "https://www.freightledger.com/author/marit-oosterhuis/"},
             "headline": A["seo_title"], "datePublished": "2022-05-04T09:15:00+02:00",
             "dateModified": "2022-05-05T11:02:00+02:00", "mainEntityOfPage": {"@id": FL_URL + "#webpage"},
             "wordCount": words(paras), "publisher": {"@id": "https://www.freightledger.com/#organization"},
             "image": {"@type": "ImageObject",
                       "url": "https://www.freightledger.com/wp-content/uploads/2022/05/waalhaven-shore-power.jpg"},
             "keywords": ["shore power", "Rotterdam", "inland shipping"], "articleSection": ["Ports"],
             "inLanguage": "en-GB"},
            {"@type": "BreadcrumbList", "@id": FL_URL + "#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.freightledger.com/"},
                {"@type": "ListItem", "position": 2, "name": "Ports", "item": "https://www.freightledger.com/ports/"},
                {"@type": "ListItem", "position": 3, "name": A["seo_title"]}]},
        ]}
    related = ["Lanaye lock to stay shut until June", "Hamburg barge terminal switches to round-the-clock operation",
               "Why Rhine barge rates could double again this summer", "Interview: the skipper who went all-electric"]
    page = f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{wp_esc(A["title"])} &#8211; Freight Ledger</title>
<meta name="description" content="{html.escape(A["standfirst"])}" />
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<link rel="canonical" href="{FL_URL}" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(jsonld, ensure_ascii=False)}</script>
<link rel='stylesheet' id='wp-block-library-css' href='https://www.freightledger.com/wp-includes/css/dist/block-library/style.min.css?ver=5.9.3' media='all' />
<link rel='stylesheet' id='freightledger-style-css' href='https://www.freightledger.com/wp-content/themes/freightledger/style.css?ver=2.4.1' media='all' />
<style id='global-styles-inline-css'>
body{{--wp--preset--color--black:#000000;--wp--preset--color--white:#ffffff;}}
.fl-ad-label{{font-size:11px;text-transform:uppercase;color:#999}}
</style>
<script src='https://www.freightledger.com/wp-includes/js/jquery/jquery.min.js?ver=3.6.0' id='jquery-core-js'></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date()); gtag('config', 'G-FL8X2Q1P4Z', {{'anonymize_ip': true}});
</script>
</head>
<body class="post-template-default single single-post postid-48213 single-format-standard wp-embed-responsive">
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice">
  <div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.</span>
  <span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Accept all</a><a href="https://www.freightledger.com/privacy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button">Cookie policy</a></span>
  </div>
</div>
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
  <div class="site-branding"><a href="https://www.freightledger.com/" rel="home"><img src="https://www.freightledger.com/wp-content/uploads/fl-logo.svg" alt="Freight Ledger"></a>
  <p class="site-description">Ports, rail and inland shipping news for Europe</p></div>
  <nav id="site-navigation" class="main-navigation" aria-label="Primary">
    <ul id="primary-menu" class="menu">
      <li class="menu-item current-menu-parent"><a href="https://www.freightledger.com/ports/">Ports</a></li>
      <li class="menu-item"><a href="https://www.freightledger.com/rail/">Rail</a></li>
      <li class="menu-item"><a href="https://www.freightledger.com/inland/">Inland Shipping</a></li>
      <li class="menu-item"><a href="https://www.freightledger.com/road/">Road</a></li>
      <li class="menu-item"><a href="https://www.freightledger.com/policy/">Policy</a></li>
      <li class="menu-item"><a href="https://www.freightledger.com/events/">Events</a></li>
      <li class="menu-item menu-cta"><a href="https://www.freightledger.com/subscribe/">Subscribe</a></li>
    </ul>
  </nav>
  <form role="search" method="get" class="search-form" action="https://www.freightledger.com/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Search" /></form>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="https://www.freightledger.com/">Home</a> &raquo; <a href="https://www.freightledger.com/ports/">Ports</a></nav>
<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail hentry category-ports tag-shore-power tag-rotterdam">
  <header class="entry-header">
    <span class="cat-links"><a href="https://www.freightledger.com/ports/" rel="category tag">Ports</a></span>
    <h1 class="entry-title">{wp_esc(A["title"])}</h1>
    <p class="fl-standfirst">{wp_esc(A["standfirst"])}</p>
    <div class="entry-meta">
      <span class="byline">By <span class="author vcard"><a class="url fn n" href="https://www.freightledger.com/author/marit-oosterhuis/">Marit Oosterhuis</a></span></span>
      <span class="posted-on"><time class="entry-date published" datetime="2022-05-04T09:15:00+02:00">4 May 2022</time> <span class="fl-updated">&middot; Updated <time class="updated" datetime="2022-05-05T11:02:00+02:00">5 May 2022, 11:02</time></span></span>
      <span class="fl-reading-time">4 min read</span>
    </div>
    <div class="fl-share" aria-label="Share this article">
      <span class="fl-share-label">Share this article</span>
      <a class="fl-share-linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={html.escape(FL_URL)}">Share on LinkedIn</a>
      <a class="fl-share-twitter" href="https://twitter.com/intent/tweet?url={html.escape(FL_URL)}">Share on Twitter</a>
      <a class="fl-share-email" href="mailto:?subject=Freight%20Ledger">Email</a>
      <a class="fl-share-print" href="javascript:window.print()">Print</a>
    </div>
  </header>
  <div class="entry-content">
{chr(10).join(body_html)}
  </div>
  <div class="fl-newsletter-box">
    <h3>Sign up for Freight Ledger Daily</h3>
    <p>The day&#8217;s most important freight news in your inbox at 7am. Free for registered readers.</p>
    <form class="fl-newsletter-form" action="https://www.freightledger.com/newsletter/" method="post"><input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form>
  </div>
  <footer class="entry-footer">
    <span class="tags-links">Tags: <a href="https://www.freightledger.com/tag/shore-power/" rel="tag">shore power</a>, <a href="https://www.freightledger.com/tag/rotterdam/" rel="tag">Rotterdam</a>, <a href="https://www.freightledger.com/tag/inland-shipping/" rel="tag">inland shipping</a></span>
  </footer>
  <div class="fl-author-box">
    <img alt="" src="https://secure.gravatar.com/avatar/3b1f0?s=96&amp;d=mm&amp;r=g" class="avatar avatar-96 photo" height="96" width="96">
    <div class="fl-author-box-text">
      <h4>About the author</h4>
      <p>Marit Oosterhuis is Freight Ledger&#8217;s ports correspondent, based in Rotterdam. She has covered container shipping and inland logistics since 2011.</p>
      <p><a href="https://www.linkedin.com/in/marit-oosterhuis-fl/">Follow Marit on LinkedIn</a> &middot; <a href="https://www.freightledger.com/author/marit-oosterhuis/">More articles by Marit Oosterhuis</a></p>
    </div>
  </div>
</article>
<section class="fl-related-posts">
  <h2>Related articles</h2>
  <ul>
{chr(10).join(f'    <li><a href="https://www.freightledger.com/?p={48100 + i}">{wp_esc(t)}</a></li>' for i, t in enumerate(related))}
  </ul>
</section>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget fl-most-read"><h2 class="widget-title">Most read</h2><ol><li><a href="#">Duisburg freight hub hit by drivers&#8217; strike</a></li><li><a href="#">Barge rates ease as Rhine levels recover</a></li><li><a href="#">Antwerp shunting yard to close for four weeks</a></li></ol></section>
  <section class="widget fl-events"><h2 class="widget-title">Events</h2><p><a href="#">Inland Shipping Summit, Duisburg, 21&#8211;22 June 2022</a></p></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
  <nav class="footer-navigation"><a href="https://www.freightledger.com/about/">About us</a> | <a href="https://www.freightledger.com/advertise/">Advertise</a> | <a href="https://www.freightledger.com/privacy/">Privacy</a> | <a href="https://www.freightledger.com/terms/">Terms</a> | <a href="https://www.freightledger.com/contact/">Contact</a></nav>
  <div class="site-info">&copy; 2022 Freight Ledger Media B.V. All rights reserved. Freight Ledger is registered with the Chamber of Commerce in Rotterdam under number 71234567.</div>
</footer>
<script src='https://www.freightledger.com/wp-content/themes/freightledger/js/navigation.js?ver=2.4.1' id='freightledger-navigation-js'></script>
<script id='cookie-notice-front-js-extra'>var cnArgs = {{"ajaxUrl":"https:\\/\\/www.freightledger.com\\/wp-admin\\/admin-ajax.php","cookieName":"cookie_notice_accepted","cookieValue":"true"}};</script>
</body>
</html>
"""
    write(F_H1, page)
    reg(aid, F_H1, [A["standfirst"]] + paras,
        ["We use cookies", "Share on LinkedIn", "Share this article", "Sign up for Freight Ledger Daily",
         "ports correspondent", "Follow Marit on LinkedIn", "Related articles", "Read more:", "Advertisement",
         "All rights reserved", "Updated 5 May 2022", "By Marit Oosterhuis", "Lanaye lock to stay shut",
         "Most read", "Skip to content"])


# ================================================================== 2. HTML page, newspaper CMS, og:/article: meta only
def build_h2():
    aid = "eat-felixstowe"
    A = ART[aid]
    paras = P(aid)
    body_html = []
    for i, p in enumerate(A["paras"]):
        if p == "CAPTION":
            body_html.append(
                '<figure class="article-image article-image--inline">\n'
                '  <picture><source type="image/webp" srcset="https://static.eastangliantribune.co.uk/img/2022/05/trimley-line-720.webp">'
                '<img src="https://static.eastangliantribune.co.uk/img/2022/05/trimley-line-720.jpg" alt="Railway line at Trimley St Martin" width="720" height="405"></picture>\n'
                f'  <figcaption class="article-image__caption">{plain_esc(A["caption"].split(" Picture:")[0])} '
                f'<span class="article-image__credit">Picture: Sarah Lund</span></figcaption>\n</figure>')
            continue
        if p.startswith("Correction"):
            body_html.append(f'<p class="article-correction"><strong>Correction, 5 May 2022:</strong> '
                             f'{plain_esc(p.split(": ", 1)[1])}</p>')
            continue
        body_html.append(f'<p>{plain_esc(p)}</p>')
        if i == 1:
            body_html.append('<div class="ad-container ad-container--inarticle" data-ad-slot="inarticle_1">'
                             '<p class="ad-container__label">Advertisement</p><div id="inarticle_1"></div></div>')
        if i == 5:
            body_html.append('<aside class="related-inline"><h3 class="related-inline__title">Related</h3><ul>'
                             '<li><a href="/news/felixstowe-port-trains-record-april-8835410">Felixstowe port trains hit '
                             'April record</a></li><li><a href="/news/a14-copdock-roadworks-summer-8839002">A14 Copdock '
                             'roadworks to run all summer</a></li></ul></aside>')
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Felixstowe rail terminal expansion approved | East Anglian Tribune</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(A["title"])}">
<meta property="og:description" content="{html.escape(A["standfirst"])}">
<meta property="og:url" content="{EAT_URL}">
<meta property="og:site_name" content="East Anglian Tribune">
<meta property="og:image" content="https://static.eastangliantribune.co.uk/img/2022/05/trimley-line-1200.jpg">
<meta property="og:locale" content="en_GB">
<meta property="article:published_time" content="2022-05-05T07:00:00+01:00">
<meta property="article:modified_time" content="2022-05-05T16:40:00+01:00">
<meta property="article:section" content="News">
<meta property="article:tag" content="Felixstowe">
<meta property="article:tag" content="Transport">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@EATribune">
<link rel="stylesheet" href="/assets/css/main.8f3a1c.css">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.__EAT_CONFIG__={{"section":"news","articleId":8841127,"paywall":false,"adUnit":"/2284/eat/news"}};</script>
</head>
<body class="page-article section-news">
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
  <div class="ot-sdk-container"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2>
  <p id="onetrust-policy-text">We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content, ad and content measurement, audience insights and product development.</p></div>
  <div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie settings</button><button id="onetrust-accept-btn-handler">I Accept</button></div></div>
</div>
<header class="masthead">
  <div class="masthead__top"><a class="masthead__logo" href="/"><span class="visually-hidden">East Anglian Tribune</span></a>
  <div class="masthead__actions"><a href="/subscribe" class="btn btn--subscribe">Subscribe</a> <a href="/login" class="btn btn--login">Log in</a></div></div>
  <nav class="nav-main"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li><li><a href="/whats-on">What's On</a></li><li><a href="/property">Property</a></li><li><a href="/announcements">Announcements</a></li><li><a href="/puzzles">Puzzles</a></li></ul></nav>
  <div class="ticker"><span class="ticker__label">Breaking</span> <a href="/news/ipswich-town-centre-road-closure-8841190">Ipswich town centre road closed after water main burst</a></div>
</header>
<main class="article-page">
  <ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Felixstowe</li></ol>
  <article class="article" itemscope>
    <h1 class="article__headline">{plain_esc(A["title"])}</h1>
    <p class="article__standfirst">{plain_esc(A["standfirst"])}</p>
    <div class="article__byline">
      <img class="article__author-img" src="https://static.eastangliantribune.co.uk/authors/tom-ashdown.jpg" alt="">
      <div><span class="article__author">By <a href="/author/tom-ashdown">Tom Ashdown</a></span>
      <span class="article__author-role">Transport Reporter</span></div>
    </div>
    <div class="article__dates"><span>Published: 07:00 05 May 2022</span> | <span>Updated: 16:40 05 May 2022</span></div>
    <div class="share-bar"><span class="share-bar__label">Share:</span> <a class="share-bar__fb" href="#">Facebook</a> <a class="share-bar__tw" href="#">Twitter</a> <a class="share-bar__wa" href="#">WhatsApp</a> <a class="share-bar__em" href="#">Email</a></div>
    <div class="article__body">
{chr(10).join(body_html)}
    </div>
    <div class="article__signup"><p class="article__signup-title">Get the East Anglian Tribune morning briefing</p><p>Sign up for our free daily newsletter with the top stories from across Suffolk and north Essex.</p><form action="/newsletters/signup"><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
    <section class="comments"><h2>Comments</h2><p>Comments have been closed on this article.</p></section>
  </article>
  <aside class="most-read"><h2>Most Read</h2><ol><li><a href="/news/ipswich-town-centre-road-closure-8841190">Ipswich town centre road closed after water main burst</a></li><li><a href="/news/lowestoft-bridge-delay-8840877">Lowestoft bridge opening delayed again</a></li><li><a href="/news/harwich-ferry-freight-8839914">Harwich ferry freight falls as checks bite</a></li></ol></aside>
</main>
<footer class="site-footer">
  <ul class="site-footer__links"><li><a href="/contact">Contact us</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/terms">Terms and conditions</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/complaints">Complaints</a></li></ul>
  <p class="site-footer__legal">&copy; 2022 Tribune Media Group Ltd. Registered in England No. 04417213. Registered office: Tribune House, Princes Street, Ipswich IP1 1RJ.</p>
  <p class="site-footer__ipso">This newspaper is a member of the Independent Press Standards Organisation (IPSO).</p>
</footer>
<script src="/assets/js/main.2b91e0.js" defer></script>
</body>
</html>
"""
    write(F_H2, page)
    reg(aid, F_H2, [A["standfirst"]] + paras,
        ["We value your privacy", "Cookie settings", "Transport Reporter", "Published: 07:00", "Updated: 16:40",
         "Share:", "WhatsApp", "Advertisement", "Related", "Felixstowe port trains hit April record",
         "Sign up for our free daily newsletter", "Comments have been closed", "Most Read",
         "Tribune Media Group Ltd", "Independent Press Standards Organisation"])


# ================================================================== 3. HTML page, static CMS, two stories, no metadata
def build_h3():
    def story(aid, author):
        A = ART[aid]
        ps = "\n".join(f"<p>{named_esc(p)}</p>" for p in A["paras"])
        return f"""<div class="story">
<a name="{aid}"></a>
<h3>{named_esc(A["title"])}</h3>
<p class="byline"><font size="2">By {author} &mdash; Friday, 6 May 2022</font></p>
{ps}
</div>"""
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<!-- saved from url=(0059)http://www.ousenavigator.org.uk/news/in-brief-060522.htm -->
<html><head><title>The Ouse Navigator - News in brief</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<link rel="stylesheet" type="text/css" href="./The Ouse Navigator - News in brief_files/style.css">
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0"><a name="top"></a>
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><img src="./The Ouse Navigator - News in brief_files/banner.gif" width="780" height="96" alt="The Ouse Navigator - the community paper for Goole, Howden and the Marshland"></td></tr>
<tr><td colspan="2" class="navbar">
<a href="http://www.ousenavigator.org.uk/index.htm">Home</a> | <a href="http://www.ousenavigator.org.uk/news/index.htm">News</a> | <a href="http://www.ousenavigator.org.uk/whatson.htm">What's On</a> | <a href="http://www.ousenavigator.org.uk/sport.htm">Sport</a> | <a href="http://www.ousenavigator.org.uk/letters.htm">Letters</a> | <a href="http://www.ousenavigator.org.uk/advertise.htm">Advertise</a> | <a href="http://www.ousenavigator.org.uk/contact.htm">Contact</a>
</td></tr>
<tr>
<td width="560" valign="top" class="content">
<h2>News in brief</h2>
{story("ouse-goole-lock", "Jan Hargreaves")}
<hr size="1" noshade>
{story("ouse-barge-museum", "Ellie Marsh")}
<p class="backtotop"><a href="#top">Back to top</a></p>
</td>
<td width="220" valign="top" class="sidebar">
<div class="box"><b>Subscribe to the print edition</b><br>Just &pound;1.20 a week, delivered to your door every Friday. <a href="http://www.ousenavigator.org.uk/subscribe.htm">Find out more</a></div>
<div class="box"><b>What's On this weekend</b><ul><li>Goole Waterways Museum: family boat trips, Sat 11am</li><li>Howden Minster: spring organ recital, Sun 3pm</li><li>Rawcliffe Bridge car boot sale, Sun 8am</li></ul></div>
<div class="box"><b>Advertise with us</b><br>Reach 9,000 readers across the Marshland. Call 01405 555 014.</div>
</td>
</tr>
<tr><td colspan="2" class="footer">
Copyright &copy; 2004-2022 Ouse Navigator Community Media CIC. All material is copyright and may not be reproduced without permission.<br>
Printed and published by Ouse Navigator Community Media CIC, 14 Boothferry Road, Goole DN14 5AA.
</td></tr>
</table>
</body></html>
"""
    write(F_H3, page)
    common = ["Back to top", "Subscribe to the print edition", "What's On this weekend", "Advertise with us",
              "Copyright ©", "may not be reproduced without permission", "Printed and published by", "News in brief"]
    reg("ouse-goole-lock", F_H3, P("ouse-goole-lock"), common + ["By Jan Hargreaves", "Friday, 6 May 2022"])
    reg("ouse-barge-museum", F_H3, P("ouse-barge-museum"), common + ["By Ellie Marsh", "Friday, 6 May 2022"])


# ================================================================== 4. Nexis (classic LexisNexis Academic text)
def build_nexis():
    docs = [
        dict(aid="fl-shore-power", pub="Freight Ledger", date="May 4, 2022 Wednesday", title=ART["fl-shore-power"]["title"],
             byline="Marit Oosterhuis", section="PORTS", highlight=ART["fl-shore-power"]["standfirst"],
             paras=P_nocap("fl-shore-power"), load="May 6, 2022", ptype="Web Publication",
             cr=["Copyright 2022 Freight Ledger Media B.V.", "All Rights Reserved"]),
        dict(aid="kbc-tunnel-volumes", pub="Kent Business Courier", date="May 9, 2022 Monday",
             title=ART["kbc-tunnel-volumes"]["title"], byline="Priya Ramsay", section="BUSINESS; Pg. 22",
             paras=P("kbc-tunnel-volumes"), load="May 10, 2022", ptype="Newspaper",
             cr=["Copyright 2022 Courier Business Publications Ltd", "All Rights Reserved"]),
        dict(aid="hdp-immingham-rail", pub="Humber Daily Post", edition="First Edition", date="May 10, 2022 Tuesday",
             title=ART["hdp-immingham-rail"]["title"], byline="Graham Pell", section="NEWS; Pg. 7",
             paras=P("hdp-immingham-rail"), load="May 11, 2022", ptype="Newspaper",
             cr=["Copyright 2022 Humber Newspapers Ltd", "All Rights Reserved"]),
        dict(aid="hdp-column", pub="Humber Daily Post", edition="First Edition", date="May 11, 2022 Wednesday",
             title=ART["hdp-column"]["title"], byline="Helen Crowther", section="OPINION; Pg. 18",
             paras=P("hdp-column"),
             tail=["The views expressed in this column are the author's own and do not necessarily reflect those of "
                   "the Humber Daily Post.",
                   "Helen Crowther is a transport consultant and a former freight manager at a Humber port operator."],
             load="May 12, 2022", ptype="Newspaper", cr=["Copyright 2022 Humber Newspapers Ltd", "All Rights Reserved"]),
        dict(aid="eat-lorry-curfew", pub="East Anglian Tribune", edition="Suffolk Edition", date="May 12, 2022 Thursday",
             title=ART["eat-lorry-curfew"]["title"], byline="Tom Ashdown", section="NEWS; Pg. 5",
             paras=P("eat-lorry-curfew"), load="May 13, 2022", ptype="Newspaper",
             cr=["Copyright 2022 Tribune Media Group Ltd", "All Rights Reserved"]),
    ]
    out = []
    n = len(docs)
    for i, d in enumerate(docs, 1):
        paras = [straight(p) for p in d["paras"]]
        tail = [straight(p) for p in d.get("tail", [])]
        hl = straight(d["highlight"]) if d.get("highlight") else None
        L = ["", center(f"{i} of {n} DOCUMENTS"), "", "", center(d["pub"]), "", center(d["date"])]
        if d.get("edition"):
            L.append(center(d["edition"]))
        L += ["", straight(d["title"]), "", f"BYLINE: {d['byline']}", "", f"SECTION: {d['section']}", "",
              f"LENGTH: {words(paras + tail + ([hl] if hl else []))} words", ""]
        if hl:
            L += [f"HIGHLIGHT: {hl}", ""]
        L.append("")
        for p in paras + tail:
            L += [p, ""]
        L += [f"LOAD-DATE: {d['load']}", "", "LANGUAGE: ENGLISH", "", f"PUBLICATION-TYPE: {d['ptype']}", ""]
        L += [center(c) for c in d["cr"]]
        L += ["", ""]
        out.append("\n".join(L))
        mn = ["LOAD-DATE:", "LANGUAGE: ENGLISH", "PUBLICATION-TYPE:", "BYLINE:", "SECTION:", "LENGTH:",
              f"{i} of {n} DOCUMENTS", d["cr"][0], "All Rights Reserved"]
        if hl:
            mn.append("HIGHLIGHT:")
        if tail:
            mn += ["The views expressed in this column", "is a transport consultant"]
        reg(d["aid"], F_NEXIS, ([hl] if hl else []) + paras, mn)
    write(F_NEXIS, "\n".join(out))


# ================================================================== 5. Factiva (Full Article/Report plus Indexing, RTF saved as text)
def build_factiva():
    cpa = lambda ps: [straight(p, dash="-") for p in ps]  # wire copy is ASCII-typeset
    lan = P("bbd-lanaye-lock")
    docs = [
        dict(aid="cpa-duisburg-strike", hd=ART["cpa-duisburg-strike"]["title"], by="By Katrin Vogel", pd="3 May 2022",
             et="14:32", sn="Continental Press Agency", sc="CPAEN", cy="(c) 2022 Continental Press Agency. All rights reserved.",
             paras=cpa(P("cpa-duisburg-strike")), co="mrdnrf : Meridian Rail Freight B.V.",
             inn="i7902 : Railroads | itsp : Transportation/Logistics", ns="glabor : Labor/Personnel | gcat : Political/General News",
             re="gfr : Germany | duisb : Duisburg | eurz : Europe | weurz : Western Europe", ipd="Strikes", pub="Continental Press Agency Ltd",
             an="CPAEN00020220503ei530014v"),
        dict(aid="bbd-lanaye-lock", hd=ART["bbd-lanaye-lock"]["title"], by="Pieter-Jan Claes", pd="4 May 2022",
             sn="Benelux Business Daily", sc="BNBDLY", cy="Copyright 2022 BBD Media NV", paras=lan,
             inn="i7903 : Water Transport | iinlsh : Inland Shipping", ns="gcat : Political/General News",
             re="belg : Belgium | benluxz : Benelux Countries | eurz : Europe", ipd="Waterways", pub="BBD Media NV",
             an="BNBDLY0020220504ei5400007"),
        dict(aid="bbd-lanaye-lock", hd=ART["bbd-lanaye-lock"]["online_title"], by="Pieter-Jan Claes", pd="4 May 2022",
             et="17:05", sn="Benelux Business Daily Online", sc="BNBDON", cy="Copyright 2022 BBD Media NV", paras=lan,
             inn="i7903 : Water Transport | iinlsh : Inland Shipping", ns="gcat : Political/General News",
             re="belg : Belgium | benluxz : Benelux Countries | eurz : Europe", pub="BBD Media NV",
             an="BNBDON0020220504ei540002t"),
        dict(aid="cetm-gdansk-corridor", hd=ART["cetm-gdansk-corridor"]["title"], pd="5 May 2022",
             sn="Central European Transport Monitor", sc="CETMON", cy="(c) 2022 CE Monitor Sp. z o.o.",
             paras=P("cetm-gdansk-corridor"), inn="i7902 : Railroads", ns="c24 : Capacity/Facilities",
             re="pol : Poland | eeurz : Central/Eastern Europe", pub="CE Monitor Sp. z o.o.", an="CETMON0020220505ei550000b"),
        dict(aid="fsj-hydrogen-tugs", hd=ART["fsj-hydrogen-tugs"]["title"], by="Wout Verhaegen", pd="6 May 2022",
             sn="Flanders Shipping Journal", sc="FLSHPJ", cy="(c) 2022 Flanders Shipping Journal BV",
             paras=P("fsj-hydrogen-tugs"), co="scldtw : Scheldt Towage Company NV",
             inn="i7903 : Water Transport | ishipbd : Shipbuilding", ns="c22 : New Products/Services | ccat : Corporate/Industrial News",
             re="belg : Belgium | antwp : Antwerp | eurz : Europe", pub="Flanders Shipping Journal BV",
             an="FLSHPJ0020220506ei560000c"),
        dict(aid="bbd-locks-feature", hd=ART["bbd-locks-feature"]["title"], by="By Koen De Smet", pd="7 May 2022",
             sn="Benelux Business Daily", sc="BNBDLY", cy="Copyright 2022 BBD Media NV", paras=P("bbd-locks-feature"),
             inn="i7903 : Water Transport | iinlsh : Inland Shipping", ns="gcat : Political/General News | ncat : Content Types | nanl : Analyses",
             re="belg : Belgium | neth : Netherlands | gfr : Germany | eurz : Europe", ipd="Weekend", pub="BBD Media NV",
             an="BNBDLY0020220507ei570000a"),
        dict(aid="cpa-market-0509", hd=ART["cpa-market-0509"]["title"], pd="9 May 2022", et="16:48",
             sn="Continental Press Agency", sc="CPAEN", cy="(c) 2022 Continental Press Agency. All rights reserved.",
             paras=cpa(P("cpa-market-0509")), inn="i7903 : Water Transport | i7902 : Railroads",
             ns="mcat : Commodity/Financial Market News | m14 : Commodity Markets",
             re="neth : Netherlands | gfr : Germany | eurz : Europe", ipd="Freight Rates", pub="Continental Press Agency Ltd",
             an="CPAEN00020220509ei59002ay"),
        dict(aid="cpa-market-0510", hd=ART["cpa-market-0510"]["title"], pd="10 May 2022", et="16:51",
             sn="Continental Press Agency", sc="CPAEN", cy="(c) 2022 Continental Press Agency. All rights reserved.",
             paras=cpa(P("cpa-market-0510")), inn="i7903 : Water Transport | i7902 : Railroads",
             ns="mcat : Commodity/Financial Market News | m14 : Commodity Markets",
             re="neth : Netherlands | gfr : Germany | eurz : Europe", ipd="Freight Rates", pub="Continental Press Agency Ltd",
             an="CPAEN00020220510ei5a0031k"),
        dict(aid="bbd-meridian-milan", hd=ART["bbd-meridian-milan"]["title"], by="Sanne Kuipers", pd="10 May 2022",
             sn="Benelux Business Daily", sc="BNBDLY", cy="Copyright 2022 BBD Media NV", paras=P("bbd-meridian-milan"),
             co="mrdnrf : Meridian Rail Freight B.V.", inn="i7902 : Railroads | itsp : Transportation/Logistics",
             ns="c22 : New Products/Services | ccat : Corporate/Industrial News",
             re="neth : Netherlands | gfr : Germany | italy : Italy | eurz : Europe", pub="BBD Media NV",
             an="BNBDLY0020220510ei5a0000m"),
        dict(aid="bbd-antwerp-shunting", hd=ART["bbd-antwerp-shunting"]["title"], by="Sanne Kuipers", pd="11 May 2022",
             sn="Benelux Business Daily", sc="BNBDLY", cy="Copyright 2022 BBD Media NV", paras=P("bbd-antwerp-shunting"),
             inn="i7902 : Railroads", ns="c24 : Capacity/Facilities", re="belg : Belgium | antwp : Antwerp | eurz : Europe",
             pub="BBD Media NV", an="BNBDLY0020220511ei5b00005"),
    ]
    out = []
    for d in docs:
        ps = d["paras"]
        L = [f"HD\t{d['hd']}"]
        if d.get("by"):
            L.append(f"BY\t{d['by']}")
        L += [f"WC\t{words(ps)} words", f"PD\t{d['pd']}"]
        if d.get("et"):
            L.append(f"ET\t{d['et']}")
        L += [f"SN\t{d['sn']}", f"SC\t{d['sc']}", "LA\tEnglish", f"CY\t{d['cy']}", ""]
        for k, p in enumerate(ps):
            if k == 0:
                L.append(f"LP\t{p}")
            elif k == 2:
                L.append(f"TD\t{p}")
            else:
                L.append(f"\t{p}")
            L.append("")
        for code, key in (("CO", "co"), ("IN", "inn"), ("NS", "ns"), ("RE", "re"), ("IPD", "ipd"), ("PUB", "pub")):
            if d.get(key):
                L.append(f"{code}\t{d[key]}")
        L.append(f"AN\tDocument {d['an']}")
        L += ["", "", ""]
        out.append("\n".join(L))
        mn = [f"Document {d['an']}", d["cy"], d["inn"], d["pub"], f"{words(ps)} words"]
        reg(d["aid"], F_FACT, ps, mn)
    summary = ["Search Summary", "Text\trail freight or barge* or inland shipping or lock* near5 canal",
               "Date\t01/05/2022 to 11/05/2022", "Source\tAll Sources", "Author\tAll Authors", "Company\tAll Companies",
               "Subject\tAll Subjects", "Industry\tAll Industries", "Region\tAll Regions", "Language\tEnglish",
               "Results Found\t187", "Timestamp\t11 May 2022 9:34", ""]
    out.append("\n".join(summary))
    MUSTNOT["bbd-antwerp-shunting"] += ["Search Summary", "Results Found"]
    write(F_FACT, "\n".join(out))


# ================================================================== 6. Waterways Bulletin (numbered ALL-CAPS items, ASCII, wrapped)
def build_bulletin():
    W = 70
    items = [
        ("wb-corridor", None, P("wb-corridor")),
        ("bbd-lanaye-lock", "(Source: Benelux Business Daily, 4 May 2022)", P("bbd-lanaye-lock")[:5]),
        ("ouse-goole-lock", "(Source: The Ouse Navigator, 6 May 2022)", P("ouse-goole-lock")),
        ("dsg-danube", "(Source: Danube Shipping Gazette, 5 May 2022)", P("dsg-danube")),
        ("wb-co-alert", None, P("wb-co-alert")),
        ("wb-fees", None, P("wb-fees")),
    ]
    titles = {"bbd-lanaye-lock": ART["bbd-lanaye-lock"]["bulletin_title"],
              "ouse-goole-lock": ART["ouse-goole-lock"]["title"].upper()}
    rule = "=" * 74
    L = [rule, "  W A T E R W A Y S   B U L L E T I N",
         "  European Inland Shippers' Association (EISA)        No. 187 / 9 May 2022", rule,
         "  For members only. Please do not forward outside your organisation.", "", "IN THIS ISSUE", ""]
    for n, (aid, src, ps) in enumerate(items, 1):
        L.append(f"  {n}. {titles.get(aid, ART[aid]['title'])}")
    L += ["", "-" * 74, ""]
    for n, (aid, src, ps) in enumerate(items, 1):
        t = titles.get(aid, ART[aid]["title"])
        L.append(f"{n}. {t}")
        if src:
            L.append(src)
        L.append("")
        aps = [ascii_(p) for p in ps]
        for p in aps:
            L += [wrap(p, W), ""]
        L += ["-" * 74, ""]
        mn = ["IN THIS ISSUE", "For members only", "W A T E R W A Y S", "No. 187", "To unsubscribe",
              "Reproduction of sourced items"]
        if src:
            mn.append("(Source:")
        reg(aid, F_WB, aps, mn)
    L += ["Waterways Bulletin is published fortnightly by the EISA secretariat,",
          "Rue de la Loi 81, 1040 Brussels. Contributions: bulletin@eisa-shipping.eu",
          "To unsubscribe, reply to this message with REMOVE in the subject line.", "",
          "(c) EISA 2022. Reproduction of sourced items is subject to the rights of",
          "the original publishers.", ""]
    write(F_WB, "\n".join(L))
    # bulletin-style title for the Goole story is just the upper-cased headline
    META["ouse-goole-lock"]["title"].append(titles["ouse-goole-lock"])


# ================================================================== 7. Press digest ('* * *', outlet/date after text; cp1252 + CRLF)
def build_digest():
    z = P("nspn-zeebrugge-gate")
    pen = P("iww-pensions")
    pen[4] = pen[4].replace("were concerned about the cost", "were worried about the cost")
    items = [
        ("nspn-zeebrugge-gate", ART["nspn-zeebrugge-gate"]["title"], "By Lotte Declercq", z, None,
         "\u2014 North Sea Port News, 9 May 2022"),
        ("fsj-hydrogen-tugs", ART["fsj-hydrogen-tugs"]["title"], None, P("fsj-hydrogen-tugs")[:3], "[\u2026]",
         "\u2014 Flanders Shipping Journal, 06.05.2022 (full text on Factiva)"),
        ("swr-kent-hauliers", ART["swr-kent-hauliers"]["title"], "By Amy Dunstan", P("swr-kent-hauliers"), None,
         "\u2014 Straits Weekly Record, 9 May 2022"),
        ("tgc-tilbury", ART["tgc-tilbury"]["title"], "By Owen Pryce", P("tgc-tilbury"), None,
         "\u2014 Thames Gateway Chronicle, May 10, 2022"),
        ("eat-ipswich-grain", ART["eat-ipswich-grain"]["title"], "By Ruth Calloway", P("eat-ipswich-grain"), None,
         "\u2014 East Anglian Tribune, 10 May 2022"),
        ("emn-harwich", ART["emn-harwich"]["title"], "By Fiona Leggett", P("emn-harwich"), None,
         "\u2014 Essex Maritime News, Wednesday 11 May 2022"),
        ("iww-pensions", ART["iww-pensions"]["digest_title"], None, pen, None,
         "\u2014 Inland Waterways Weekly, 12 May 2022"),
    ]
    L = ["PRESS DIGEST \u2014 PORTS, RAIL & LOGISTICS", "Harbour & Rail Alliance \u00b7 Communications team",
         "Week 19, 9\u201313 May 2022",
         "Internal circulation only. Items are reproduced for monitoring purposes under our press licence.",
         "_" * 72, ""]
    for k, (aid, title, by, ps, trunc, src) in enumerate(items):
        if k:
            L += ["* * *", ""]
        L += [title]
        if by:
            L += [by]
        L += [""]
        for p in ps:
            L += [p, ""]
        if trunc:
            L += [trunc, ""]
        L += [src, ""]
        mn = ["Internal circulation only", "* * *", "PRESS DIGEST", "Week 19", src.split(",")[0]]
        if by:
            mn.append(by)
        if trunc:
            mn += [trunc, "(full text on Factiva)"]
        reg(aid, F_DIGEST, ps, mn)
    L += ["_" * 72, "Compiled by Communications. Questions: comms@harbourrail-alliance.org", ""]
    text = "\n".join(L)
    write(F_DIGEST, text, encoding="cp1252", newline="\r\n")


# ================================================================== 8. PDF clipping service text (page furniture, hyphenation)
def hyph_wrap(paras, width, indent="  "):
    """greedy wrap that hyphenates long plain words at line ends, like text copied from a PDF column;
    paragraphs are marked by a first-line indent only"""
    lines = []
    for p in paras:
        cur, first = indent, True
        for w in p.split():
            sep = "" if first else " "
            if len(cur) + len(sep) + len(w) <= width:
                cur += sep + w
                first = False
                continue
            m = re.fullmatch(r"([a-z]{8,})([,.;:]?)", w)
            room = width - len(cur) - len(sep) - 1
            if m and not first:
                core = m.group(1)
                V = "aeiouy"
                ks = [k for k in range(min(room, len(core) - 3), 3, -1)
                      if core[k] not in V and core[k + 1] in V and (core[k - 1] in V or core[k - 2] in V)]
                k = ks[0] if ks else 0
                if k >= 4:
                    lines.append(cur + sep + w[:k] + "-")
                    cur, first = w[k:], False
                    continue
            lines.append(cur)
            cur, first = w, False
        lines.append(cur)
    return lines


def build_clipping():
    W = 46
    HEAD = "MEDIAWATCH UK LTD  |  Press Cuttings Report  |  Client: Harbour & Rail Alliance"
    LIC = "Reproduced under licence. No further copying without permission."
    felix = ART["eat-felixstowe"]
    fp = [p for p in P_nocap("eat-felixstowe") if not p.startswith("Correction")]
    fp = [p.replace("could handle 120,000 containers a year", "could handle 1.2 million containers a year") for p in fp]
    fp[-1] = fp[-1].split(" Orwell Intermodal said")[0]
    felix_caption = "The branch line at Trimley St Martin. Picture: SARAH LUND"
    clips = [
        dict(aid="eat-felixstowe", pub="East Anglian Tribune", date="05/05/2022", page="3", section="News",
             circ="21,400", read="54,000", ave="\u00a31,840.00", ref="MW-2205-0412",
             head=felix["print_title"].upper(), by="By TOM ASHDOWN", role="Transport Reporter",
             pre=[felix["standfirst"], felix_caption], paras=fp),
        dict(aid="hdp-immingham-rail", pub="Humber Daily Post", date="10/05/2022", page="7", section="News",
             circ="18,900", read="47,500", ave="\u00a3960.00", ref="MW-2205-0588",
             head=ART["hdp-immingham-rail"]["print_title"], by="By GRAHAM PELL", role=None, pre=[],
             paras=P("hdp-immingham-rail")),
        dict(aid="hdp-grimsby-fish", pub="Humber Daily Post", date="11/05/2022", page="11", section="Business",
             circ="18,900", read="47,500", ave="\u00a3720.00", ref="MW-2205-0631",
             head=ART["hdp-grimsby-fish"]["title"].upper(), by="By NADIA OSEI", role="Business Reporter", pre=[],
             paras=P("hdp-grimsby-fish")),
        dict(aid="eat-lorry-curfew", pub="East Anglian Tribune", date="12/05/2022", page="5", section="News",
             circ="21,400", read="54,000", ave="\u00a31,210.00", ref="MW-2205-0702",
             head=ART["eat-lorry-curfew"]["print_title"].upper(), by="By TOM ASHDOWN", role="Transport Reporter", pre=[],
             paras=P("eat-lorry-curfew")),
    ]
    # page 1: cover and contents
    content = ["PRESS CUTTINGS REPORT", "Client: Harbour & Rail Alliance", "Period: 02/05/2022 - 13/05/2022",
               "Search profile: HRA-RAIL-PORTS-UK", "", "CONTENTS", ""]
    for c in clips:
        content.append(f"  {c['date']}  {c['pub']:<22} p.{c['page']:<3} {c['head'].title()[:40]}".rstrip())
    content += ["", "Figures for circulation and readership are supplied by the publishers.",
                "AVE = advertising value equivalent, for guidance only.", ""]
    pages = [content]
    flow = []
    clip_spans = {}
    for c in clips:
        start = len(flow)
        flow += [f"Publication: {c['pub']:<28}Date: {c['date']}",
                 f"Page: {c['page']:<35}Section: {c['section']}",
                 f"Circulation: {c['circ']}   Readership: {c['read']}   AVE: {c['ave']}",
                 f"Clip ref: {c['ref']}", "", c["head"], c["by"]]
        if c["role"]:
            flow.append(c["role"])
        flow.append("")
        flow += hyph_wrap(c["pre"] + c["paras"], W)
        flow += ["", "", "- - - - - - - - - - - - - - - - - - - - - - - -", ""]
        clip_spans[c["aid"]] = (start, len(flow))
    PER = 44
    for i in range(0, len(flow), PER):
        pages.append(flow[i:i + PER])
    total = len(pages)
    out = []
    page_of_line = {}
    for n, pg in enumerate(pages, 1):
        out += [HEAD, ""]
        out += pg
        out += ["", LIC, f"Page {n} of {total}", "\f"]
    text = "\n".join(out).replace("\n\f\n", "\n\f")
    write(F_CLIP, text)
    # which page markers interrupt which clip
    for c in clips:
        s, e = clip_spans[c["aid"]]
        first_page = 2 + s // PER
        last_page = 2 + (e - 1) // PER
        mn = [HEAD.split("  |")[0], "No further copying", "Circulation:", "AVE:", "Clip ref:", "Readership:",
              c["by"]]
        if last_page > first_page:
            mn.append(f"Page {first_page} of {total}")
        # hyphenated fragments that only a de-hyphenating reader removes
        body_lines = hyph_wrap(c["pre"] + c["paras"], W)
        frags = [ln.split()[-1] for ln in body_lines if re.search(r"[a-z]{4,}-$", ln)]
        frags = [f for f in frags if not any(f in q for x in ART.values() for q in x["paras"])]
        mn += frags[:2]
        reg(c["aid"], F_CLIP, c["pre"] + c["paras"], mn)


# ================================================================== 9. European Freight Press Review (non-English datelines)
def build_efpr():
    items = [
        ("rhz-walsum", "DE", "RHEINISCHE HAFENZEITUNG", "Jens Hartmann", "Rheinische Hafenzeitung, 3. Mai 2022, S. 9"),
        ("hkr-pilots", "NL", "HAVENKRANT RIJNMOND", "Erik Jansen", "Havenkrant Rijnmond, 4 mei 2022, p. 2"),
        ("vdd-calais", "FR", "LA VOIX DU DÉTROIT", "Claire Dubois", "La Voix du Détroit, 5 mai 2022, p. 14"),
        ("gp-vistula", "PL", "GAZETA PORTOWA", None, "Gazeta Portowa, 6 maja 2022, s. 4"),
        ("cdt-segrate", "IT", "IL CORRIERE DEI TRASPORTI", "Marco Ferri", "Il Corriere dei Trasporti, 9 maggio 2022, p. 21"),
    ]
    L = ["EUROPEAN FREIGHT PRESS REVIEW", "Full-text translations from the continental trade and regional press",
         "Edition of Tuesday 10 May 2022 \u00b7 No. 19/2022",
         "Compiled by the EFPR desk for subscribers. Translations are unofficial; quotations are translated.",
         "=" * 78, ""]
    for aid, cc, paper, by, src in items:
        A = ART[aid]
        if cc == "DE":
            ot = f"\u201e{A['orig_title']}\u201c"
        elif cc == "FR":
            ot = f"\u00ab {A['orig_title']} \u00bb"
        else:
            ot = f"\u201c{A['orig_title']}\u201d"
        L += [f"[{cc}] {paper}", ot, A["title"]]
        if by:
            L.append(f"By {by}")
        L.append("")
        for p in P(aid):
            L += [wrap(p, 78), ""]
        L += [f"[Source: {src} | Translation: EFPR desk]", "", "-" * 78, ""]
        mn = ["Translation: EFPR desk", "[Source:", "Edition of Tuesday", "EUROPEAN FREIGHT PRESS REVIEW", f"[{cc}]"]
        if by:
            mn.append(f"By {by}")
        reg(aid, F_EFPR, P(aid), mn)
    L += ["EFPR is distributed to subscribers only. (c) 2022 EFPR Europe SARL. Forwarding outside the subscribing",
          "organisation is not permitted. Manage your subscription at efpr.eu/account.", ""]
    write(F_EFPR, "\n".join(L))


# ================================================================== 10. mbox (Takeout-style)
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return "\n".join(textwrap.wrap(base64.b64encode(text.encode("utf-8")).decode("ascii"), 76))


def build_mbox():
    msgs = []
    # ---------------------------------------------------------- m1: IWW newsletter, multipart/alternative (8bit + QP html)
    items = [("iww-kaub", "Henrike Sauer"), ("iww-mosel", "Bram Teunissen"), ("iww-pensions", "Marloes Dijkstra"),
             ("iww-waal", "Bram Teunissen")]
    sep = "-" * 60
    T = ["INLAND WATERWAYS WEEKLY", "Issue 214", "",
         "View this email in your browser: https://iww-news.eu/newsletter/214", "", sep, ""]
    H = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Inland Waterways Weekly</title>'
         '<style>body{font-family:Georgia,serif} .pc{background:#f3f3f3;padding:12px}</style></head><body>',
         '<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>',
         '<p style="font-size:11px"><a href="https://iww-news.eu/newsletter/214">View this email in your browser</a></p>',
         '<h1 style="font-size:26px">Inland Waterways Weekly</h1><p>Issue 214</p>']
    for k, (aid, by) in enumerate(items):
        A = ART[aid]
        T += [A["title"], f"By {by}", ""]
        for p in P(aid):
            T += [wrap(p, 72), ""]
        T += [sep, ""]
        H.append(f'<h2 style="font-size:20px">{plain_esc(A["title"])}</h2><p><em>By {by}</em></p>')
        H += [f"<p>{plain_esc(p)}</p>" for p in P(aid)]
        H.append("<hr>")
        if k == 1:
            T += ["PARTNER CONTENT", "RiverDepth Pro: live fairway depths for the Rhine, Waal and Mosel on",
                  "your wheelhouse tablet. Try it free for 30 days: https://riverdepth.example.com/iww", "", sep, ""]
            H.append('<div class="pc"><p><b>PARTNER CONTENT</b></p><p>RiverDepth Pro: live fairway depths for the Rhine, '
                     'Waal and Mosel on your wheelhouse tablet. <a href="https://riverdepth.example.com/iww">Try it free '
                     'for 30 days</a></p></div><hr>')
    foot = ["You are receiving this email because you subscribed to Inland Waterways Weekly.",
            "Unsubscribe: https://iww-news.eu/unsubscribe?u=8f21c | Update your preferences",
            "Inland Waterways Weekly \u00b7 Postbus 2230 \u00b7 3000 CE Rotterdam \u00b7 Netherlands",
            "\u00a9 2022 IWW Media B.V."]
    T += foot
    H.append("<p style=\"font-size:11px;color:#777\">" + "<br>".join(plain_esc(x) for x in foot) + "</p>")
    H.append("</td></tr></table></body></html>")
    text_part = "\n".join(T) + "\n"
    # mboxo "From " quoting inside the 8bit text part
    text_part = re.sub(r"(?m)^From ", ">From ", text_part)
    html_part = qp("\n".join(H) + "\n")
    m1 = f"""From 1732601947263518112@xxx Thu May 12 14:02:11 +0000 2022
X-GM-THRID: 1732601947263518112
X-Gmail-Labels: Monitoring,Newsletters
Delivered-To: monitoring@harbourrail-alliance.org
Received: from mail.iww-news.eu (mail.iww-news.eu [185.41.22.17])
        by mx.google.com with ESMTPS id a21si4413421wrb.512.2022.05.12.07.02.11
        for <monitoring@harbourrail-alliance.org>; Thu, 12 May 2022 07:02:11 -0700 (PDT)
Date: Thu, 12 May 2022 16:02:11 +0200
From: Inland Waterways Weekly <newsletter@iww-news.eu>
To: monitoring@harbourrail-alliance.org
Subject: IWW 214: Kaub slides, Mosel night closures, pension plan
Message-ID: <20220512140211.iww214.8f21c@iww-news.eu>
List-Unsubscribe: <https://iww-news.eu/unsubscribe?u=8f21c>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_iww214_alt"

This is a multi-part message in MIME format.

--=_iww214_alt
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{text_part}
--=_iww214_alt
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{html_part}
--=_iww214_alt--

"""
    msgs.append(m1)
    mn_iww = ["View this email in your browser", "Unsubscribe", "You are receiving this email", "PARTNER CONTENT",
              "RiverDepth", "Issue 214", "Postbus 2230"]

    # ---------------------------------------------------------- m3: Freight Ledger Daily (multipart, both QP) -- Date 5 May
    fl = ART["fl-shore-power"]
    hb = ART["fl-hamburg-barge"]
    track = "https://click.freightledger.com/ls/click?upn=u001.Xk2bC9fT7qR-2FdLw8Hn3vA0"
    T = ["FREIGHT LEDGER DAILY", "Your morning briefing from Freight Ledger", "",
         f"Having trouble viewing this email? View it in your browser: {track}a", "", "TOP STORY", "",
         fl["seo_title"], ""]
    for p in P("fl-shore-power")[:2]:
        T += [p, ""]
    T += [f"Read more \u00bb {track}b", "", "-----", "", "IN BRIEF", "", hb["title"], ""]
    for p in P("fl-hamburg-barge"):
        T += [p, ""]
    T += ["-----", "SPONSORED", "DockFlow: plan every barge slot in one screen. Book a demo \u00bb " + track + "c", "-----",
          "", "You are receiving this because you registered at freightledger.com.",
          f"Manage preferences {track}d | Unsubscribe {track}e",
          "Freight Ledger Media B.V., Wilhelminakade 91, 3072 AP Rotterdam, the Netherlands"]
    H = ['<html><head><meta charset="utf-8"></head><body style="margin:0;background:#eef1f4">',
         '<div style="max-width:640px;margin:auto;background:#fff;padding:16px">',
         f'<p style="font-size:11px">Having trouble viewing this email? <a href="{track}a">View it in your browser</a></p>',
         '<p style="font-size:22px;font-weight:bold">FREIGHT LEDGER DAILY</p>',
         '<p>Your morning briefing from Freight Ledger</p>', '<p style="color:#c00;font-size:12px">TOP STORY</p>',
         f'<h2><a href="{track}b">{plain_esc(fl["seo_title"])}</a></h2>']
    H += [f"<p>{plain_esc(p)}</p>" for p in P("fl-shore-power")[:2]]
    H += [f'<p><a href="{track}b">Read more \u00bb</a></p><hr>', '<p style="color:#c00;font-size:12px">IN BRIEF</p>',
          f"<h3>{plain_esc(hb['title'])}</h3>"]
    H += [f"<p>{plain_esc(p)}</p>" for p in P("fl-hamburg-barge")]
    H += ['<hr><table style="background:#f7f2e0"><tr><td><p style="font-size:11px">SPONSORED</p><p>DockFlow: plan every '
          f'barge slot in one screen. <a href="{track}c">Book a demo \u00bb</a></p></td></tr></table><hr>',
          '<p style="font-size:11px">You are receiving this because you registered at freightledger.com.<br>'
          f'<a href="{track}d">Manage preferences</a> | <a href="{track}e">Unsubscribe</a><br>'
          'Freight Ledger Media B.V., Wilhelminakade 91, 3072 AP Rotterdam, the Netherlands</p></div></body></html>']
    m3 = f"""From 1731969021553470871@xxx Thu May 05 05:00:03 +0000 2022
X-GM-THRID: 1731969021553470871
X-Gmail-Labels: Monitoring,Newsletters
Delivered-To: monitoring@harbourrail-alliance.org
Received: from o1.mail.freightledger.com (o1.mail.freightledger.com [167.89.12.44])
        by mx.google.com with ESMTPS id k9si1109322wmq.77.2022.05.04.22.00.03
        for <monitoring@harbourrail-alliance.org>; Wed, 04 May 2022 22:00:03 -0700 (PDT)
Date: Thu, 05 May 2022 07:00:03 +0200
From: Freight Ledger Daily <daily@mail.freightledger.com>
Reply-To: newsdesk@freightledger.com
To: monitoring@harbourrail-alliance.org
Subject: Rotterdam plugs in its barges | Hamburg terminal goes round the clock
Message-ID: <0100018092f1c2a7-9b1e@mail.freightledger.com>
List-Unsubscribe: <{track}e>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_4471_90210.1651726803"

------=_Part_4471_90210.1651726803
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(chr(10).join(T) + chr(10))}
------=_Part_4471_90210.1651726803
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(chr(10).join(H) + chr(10))}
------=_Part_4471_90210.1651726803--

"""
    mn_fl = ["View it in your browser", "Read more \u00bb", "SPONSORED", "DockFlow", "Unsubscribe", "Manage preferences",
             "TOP STORY", "IN BRIEF", "Wilhelminakade"]
    # ---------------------------------------------------------- m2: reply quoting a forwarded BBD article (QP)
    bm = ART["bbd-meridian-milan"]
    Q = ["FYI, from this morning's BBD:", "", bm["title"], "Benelux Business Daily, 10 May 2022", "By Sanne Kuipers", ""]
    for p in P("bbd-meridian-milan"):
        Q += [wrap(p, 72), ""]
    Q += ["Jolien Maes", "Policy team | Harbour & Rail Alliance"]
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in "\n".join(Q).split("\n"))
    body2 = ("Eva,\n\nWorth adding to the Meridian file -- see Jolien's mail below. The analyst\nquote is useful for the "
             "board note, the rest is mostly their press release.\n\nPieter\n\n-- \nPieter van Dam | Research desk\n"
             "Harbour & Rail Alliance | +31 10 555 0199\n\n"
             "On 10/05/2022 08:03, Jolien Maes wrote:\n" + quoted + "\n")
    m2 = f"""From 1732422786650913771@xxx Tue May 10 07:41:12 +0000 2022
X-GM-THRID: 1732419923381172250
X-Gmail-Labels: Monitoring,Important
Delivered-To: monitoring@harbourrail-alliance.org
Date: Tue, 10 May 2022 09:41:12 +0200
From: Pieter van Dam <p.vandam@harbourrail-alliance.org>
To: Eva Lindqvist <e.lindqvist@harbourrail-alliance.org>
Cc: monitoring@harbourrail-alliance.org
Subject: Re: Meridian - Milan shuttle (BBD today)
In-Reply-To: <c41a7e2b-0d55-4e0c-9d0b-1b6f3c2f8a11@harbourrail-alliance.org>
References: <c41a7e2b-0d55-4e0c-9d0b-1b6f3c2f8a11@harbourrail-alliance.org>
Message-ID: <5f0e22d1-8a9c-4c1e-b1d7-3e0f6a8d2c90@harbourrail-alliance.org>
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:91.0) Gecko/20100101 Thunderbird/91.9.0
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Language: en-GB
Content-Transfer-Encoding: quoted-printable

{qp(body2)}
"""
    # ---------------------------------------------------------- m4: press release, text/html only, base64
    pr = ART["mrf-press-release"]
    prh = f"""<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Press release</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:20px"><img src="https://www.meridianrailfreight.eu/assets/mail/logo.png" alt="Meridian Rail Freight" width="180"></td></tr>
<tr><td style="padding:0 20px"><p style="font-size:12px;letter-spacing:2px;color:#0b5">PRESS RELEASE</p>
<h1 style="font-size:24px">{plain_esc(pr["title"])}</h1>
<h2 style="font-size:16px;font-weight:normal">{plain_esc(pr["subtitle"])}</h2>
{chr(10).join(f"<p>{plain_esc(p)}</p>" for p in pr["paras"])}
<p style="text-align:center">###</p>
<h3 style="font-size:14px">About Meridian Rail Freight</h3>
<p style="font-size:13px">Meridian Rail Freight B.V. is a privately owned intermodal rail operator headquartered in Rotterdam. With 640 employees and a fleet of 58 locomotives, it runs more than 200 trains a week between the North Sea ports, the Ruhr, southern Germany and Switzerland.</p>
<h3 style="font-size:14px">Media contact</h3>
<p style="font-size:13px">Jana Pohl, Head of Communications<br>+31 10 555 0142 &middot; <a href="mailto:press@meridianrailfreight.eu">press@meridianrailfreight.eu</a></p>
</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#888">You receive this press release because you are registered in the Meridian Rail Freight media list. <a href="https://www.meridianrailfreight.eu/media/unsubscribe?id=hr4471">Unsubscribe</a> &middot; <a href="https://www.meridianrailfreight.eu/en/news/duisburg-milan-shuttle">View this press release online</a></td></tr>
</table></td></tr></table>
</body></html>
"""
    m4 = f"""From 1732336655102884590@xxx Mon May 09 08:00:00 +0000 2022
X-GM-THRID: 1732336655102884590
X-Gmail-Labels: Monitoring,Press releases
Delivered-To: monitoring@harbourrail-alliance.org
Date: Mon, 09 May 2022 10:00:00 +0200
From: Meridian Rail Freight Press Office <press@meridianrailfreight.eu>
To: undisclosed-recipients:;
Subject: =?utf-8?q?PRESS_RELEASE=3A_Meridian_Rail_Freight_launches_daily_Duisburg?=
 =?utf-8?q?=E2=80=93Milan_intermodal_shuttle?=
Message-ID: <pr-2022-017.hr4471@meridianrailfreight.eu>
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(prh)}

"""
    # file order: by mailbox order (Takeout keeps thread order; here: 5 May, 9 May, 10 May, 12 May)
    mbox = m3 + m4 + m2 + m1
    # register in file order
    COP_ORDER = [("fl-shore-power", P("fl-shore-power")[:2], mn_fl + ["FREIGHT LEDGER DAILY"]),
                 ("fl-hamburg-barge", P("fl-hamburg-barge"), mn_fl),
                 ("mrf-press-release", [pr["subtitle"]] + pr["paras"],
                  ["PRESS RELEASE", "###", "About Meridian Rail Freight", "Media contact", "Jana Pohl",
                   "press@meridianrailfreight.eu", "media list", "View this press release online",
                   "You receive this press release", "Unsubscribe"]),
                 ("bbd-meridian-milan", P("bbd-meridian-milan"),
                  ["Worth adding to the Meridian file", "Research desk", "wrote:", "FYI, from this morning",
                   "Policy team", "Pieter van Dam", "By Sanne Kuipers"])]
    for aid, ps, mn in COP_ORDER:
        reg(aid, F_MBOX, ps, mn)
    for aid, by in items:
        reg(aid, F_MBOX, P(aid), mn_iww + [f"By {by}"])
    bad = [ln for ln in mbox.split("\n")[1:] if ln.startswith("From ") and "@xxx" not in ln]
    assert not bad, bad
    with open(os.path.join(DUMPS, F_MBOX), "wb") as f:
        f.write(mbox.encode("utf-8"))


# ================================================================== 11. JSON lines from a scraper
def build_jsonl():
    z = ART["nspn-zeebrugge-gate"]
    zp = P("nspn-zeebrugge-gate")
    z_html = (
        f"<p>{zp[0]}</p>\n"
        "<p>The system, developed by the Leuven start-up <a href=\"https://scanandseal.example.be\">Scan &amp; Seal</a>, "
        "photographs each trailer from eleven angles and compares the images with data sent in advance by the shipping "
        "line. Trailers that pass are released to the quay without a manual check; those that fail are sent to an "
        "<em>inspection lane</em>.</p>\n"
        "<p>&#8220;At peak times we have 400 trailers arriving in three hours,&#8221; said terminal manager Bart Goossens. "
        "&#8220;Manual checks take three or four minutes each. You can do the arithmetic.&#8221;</p>\n"
        "<div class=\"nspn-inline-ad\">Advertisement</div>\n"
        f"<p>{zp[3].replace('’', '&#8217;')}</p>\n"
        f"<p>{zp[4].replace('’', '&#8217;')}</p>\n"
        f"<p>{zp[5]}</p>")
    strike = [p for p in P("cpa-duisburg-strike")[:6]]
    strike[0] = strike[0].replace("DUISBURG, Germany, May 3 (CPA) — ", "DUISBURG (CPA) — ")
    strike[5] = strike[5].replace("Shippers warned that the walkout came at a difficult time. ",
                                  "Shippers said the walkout came at a bad time. ")
    hb = P("fl-hamburg-barge") + ["This article first appeared in Freight Ledger."]
    recs = [
        dict(aid="cpa-duisburg-strike", url=META["cpa-duisburg-strike"]["url"], headline=ART["cpa-duisburg-strike"]["synd_title"],
             publisher="Rhine Ruhr Courier", date="2022-05-03T16:20:00+02:00", byline="Katrin Vogel (CPA)", paras=strike,
             fetched="2022-05-12T03:14:07Z"),
        dict(aid="fl-hamburg-barge", url=META["fl-hamburg-barge"]["url"], headline=ART["fl-hamburg-barge"]["synd_title"],
             publisher="North Sea Port News", date="2022-05-05T10:30:00Z", byline="Freight Ledger", paras=hb,
             fetched="2022-05-12T03:15:41Z"),
        dict(aid="rrc-krefeld-shunters", url=META["rrc-krefeld-shunters"]["url"], headline=ART["rrc-krefeld-shunters"]["title"],
             publisher="Rhine Ruhr Courier", date="2022-05-06T09:05:00+02:00", byline="Anna Becker",
             paras=P("rrc-krefeld-shunters"), joiner="\n", fetched="2022-05-12T03:16:02Z"),
        dict(aid="rrc-barge-week", url=META["rrc-barge-week"]["url"], headline=ART["rrc-barge-week"]["title"],
             publisher="Rhine Ruhr Courier", date="2022-05-08T06:00:00+02:00", byline="Text and photos: Anna Becker",
             paras=P("rrc-barge-week"), fetched="2022-05-12T03:16:21Z"),
        dict(aid="nspn-zeebrugge-gate", url=META["nspn-zeebrugge-gate"]["url"], headline=z["title"],
             publisher="North Sea Port News", date="2022-05-09T07:45:00Z", byline="By Lotte Declercq", html=z_html,
             paras=zp, fetched="2022-05-12T03:16:40Z"),
        dict(aid="rrc-dortmund-ems", url=META["rrc-dortmund-ems"]["url"], headline=ART["rrc-dortmund-ems"]["title"],
             publisher="Rhine Ruhr Courier", date="2022-05-09T14:10:00+02:00", byline="Anna Becker",
             paras=P("rrc-dortmund-ems"), fetched="2022-05-12T03:17:13Z"),
        dict(aid="rrc-kaub-0510", url=META["rrc-kaub-0510"]["url"], headline=ART["rrc-kaub-0510"]["title"],
             publisher="Rhine Ruhr Courier", date="2022-05-10T08:20:00+02:00", byline="RRC Data Desk",
             paras=P("rrc-kaub-0510") + [KAUB_TAIL], fetched="2022-05-12T03:17:55Z"),
        dict(aid="nspn-inland-fund", url=META["nspn-inland-fund"]["url"], headline=ART["nspn-inland-fund"]["title"],
             publisher="North Sea Port News", date="2022-05-10T11:00:00Z", byline="NSPN staff",
             paras=P("nspn-inland-fund"), fetched="2022-05-12T03:18:30Z"),
        dict(aid="rrc-kaub-0511", url=META["rrc-kaub-0511"]["url"], headline=ART["rrc-kaub-0511"]["title"],
             publisher="Rhine Ruhr Courier", date="2022-05-11T08:20:00+02:00", byline="RRC Data Desk",
             paras=P("rrc-kaub-0511") + [KAUB_TAIL], fetched="2022-05-12T03:19:02Z"),
        dict(aid="rrc-emmerich-md", url=META["rrc-emmerich-md"]["url"], headline=ART["rrc-emmerich-md"]["title"],
             publisher="Rhine Ruhr Courier", date="2022-05-11T13:40:00+02:00", byline="Anna Becker",
             paras=P("rrc-emmerich-md"), fetched="2022-05-12T03:19:37Z"),
        dict(aid="rrc-skipper-course", url=META["rrc-skipper-course"]["url"], headline=ART["rrc-skipper-course"]["title"],
             publisher="Rhine Ruhr Courier", date=None, byline="Paul Smit", paras=P("rrc-skipper-course"),
             fetched="2022-05-12T03:20:11Z"),
        dict(aid="nspn-ghent-silo", url=NSPN_GHENT, headline=ART["nspn-ghent-silo"]["title"],
             publisher="North Sea Port News", date="2022-05-12T09:00:00Z", byline="Joris Maes", paras=P("nspn-ghent-silo"),
             fetched="2022-05-12T03:21:48Z"),
        dict(aid="rrc-emmerich-md", url=META["rrc-emmerich-md"]["url"] + "/", headline=ART["rrc-emmerich-md"]["title"],
             publisher="Rhine Ruhr Courier", date="2022-05-11T13:40:00+02:00", byline="Anna Becker",
             paras=P("rrc-emmerich-md"), fetched="2022-05-12T03:24:19Z"),
    ]
    lines = []
    for n, r in enumerate(recs, 1):
        text = r.get("html") or r.get("joiner", "\n\n").join(r["paras"])
        obj = {"crawl_id": f"lg-20220512-{n:04d}", "fetched_at": r["fetched"], "canonical_url": r["url"],
               "headline": r["headline"], "publisher": r["publisher"], "date_published": r["date"],
               "byline": r["byline"], "article_text": text, "lang": "en", "http_status": 200}
        lines.append(json.dumps(obj))
        mn = ['"publisher"', '"article_text"', "lg-20220512", "fetched_at"]
        if r.get("html"):
            mn += ["&amp;", "<em>", "&#8220;", "<p>", "Advertisement"]
        if r["aid"].startswith("rrc-kaub"):
            mn.append("provided without guarantee")
        ps = r["paras"]
        if r["aid"].startswith("rrc-kaub"):
            ps = ps[:-1]
        reg(r["aid"], F_JSONL, ps, mn)
    write(F_JSONL, "\n".join(lines) + "\n")


# ================================================================== 12. WARC: HTML sources for make_warc.py
def build_warc_sources():
    os.makedirs(WSRC, exist_ok=True)
    # ---- IWW (Ghost-like, JSON-LD Article)
    A = ART["iww-kaub"]
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": "Inland Waterways Weekly",
                        "logo": {"@type": "ImageObject", "url": "https://iww-news.eu/content/images/logo.png"}},
          "author": {"@type": "Person", "name": "Henrike Sauer", "url": "https://iww-news.eu/author/henrike/"},
          "headline": A["title"], "url": IWW_URL, "datePublished": "2022-05-11T08:30:00.000Z",
          "dateModified": "2022-05-11T12:02:44.000Z", "keywords": "Rhine, low water, Kaub",
          "description": A["standfirst"], "mainEntityOfPage": {"@type": "WebPage", "@id": "https://iww-news.eu/"}}
    iww = f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>{plain_esc(A["title"])}</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9c1d4a2e17">
    <meta name="description" content="{html.escape(A["standfirst"])}">
    <link rel="canonical" href="{IWW_URL}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Inland Waterways Weekly">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{html.escape(A["title"])}">
    <meta property="og:url" content="{IWW_URL}">
    <meta property="article:published_time" content="2022-05-11T08:30:00.000Z">
    <meta property="article:modified_time" content="2022-05-11T12:02:44.000Z">
    <meta property="article:tag" content="Rhine">
    <meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="Henrike Sauer">
    <script type="application/ld+json">
{json.dumps(ld, indent=4, ensure_ascii=False)}
    </script>
    <meta name="generator" content="Ghost 4.44">
</head>
<body class="post-template tag-rhine">
<div class="site">
    <header id="gh-head" class="gh-head">
        <nav class="gh-head-inner inner gh-container">
            <div class="gh-head-brand"><a class="gh-head-logo" href="https://iww-news.eu">Inland Waterways Weekly</a></div>
            <div class="gh-head-menu"><ul class="nav">
                <li class="nav-rhine"><a href="https://iww-news.eu/tag/rhine/">Rhine</a></li>
                <li class="nav-danube"><a href="https://iww-news.eu/tag/danube/">Danube</a></li>
                <li class="nav-benelux"><a href="https://iww-news.eu/tag/benelux/">Benelux</a></li>
                <li class="nav-crew"><a href="https://iww-news.eu/tag/crew/">Crew &amp; training</a></li>
                <li class="nav-newsletter"><a href="https://iww-news.eu/newsletter/">Newsletter</a></li>
            </ul></div>
            <div class="gh-head-actions"><a class="gh-head-btn gh-btn gh-primary-btn" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
        </nav>
    </header>
    <main id="site-main" class="site-main">
    <article class="article post tag-rhine">
        <header class="article-header gh-canvas">
            <section class="article-tag"><a href="https://iww-news.eu/tag/rhine/">Rhine</a></section>
            <h1 class="article-title">{plain_esc(A["title"])}</h1>
            <p class="article-excerpt">{plain_esc(A["standfirst"])}</p>
            <div class="article-byline">
                <div class="article-byline-meta">
                    <h4 class="author-name"><a href="/author/henrike/">Henrike Sauer</a></h4>
                    <div class="byline-meta-content">
                        <time class="byline-meta-date" datetime="2022-05-11">May 11, 2022</time>
                        <span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
                    </div>
                </div>
            </div>
        </header>
        <section class="gh-content gh-canvas">
{chr(10).join(f"            <p>{plain_esc(p)}</p>" for p in P("iww-kaub"))}
        </section>
    </article>
    </main>
    <section class="footer-cta outer">
        <div class="inner">
            <h2 class="footer-cta-title">Sign up for Inland Waterways Weekly</h2>
            <a class="footer-cta-button" href="#/portal" data-portal>
                <div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a>
        </div>
    </section>
    <aside class="read-more-wrap outer"><div class="read-more inner">
        <h3>You might also like</h3>
        <article class="post-card"><a class="post-card-content-link" href="/mosel-locks-night-passages/"><h2 class="post-card-title">Mosel locks suspend night passages for maintenance</h2></a></article>
        <article class="post-card"><a class="post-card-content-link" href="/waal-dredging-contract/"><h2 class="post-card-title">Dredging contract awarded for Waal fairway near Nijmegen</h2></a></article>
    </div></aside>
    <footer class="site-footer outer"><div class="inner">
        <section class="copyright"><a href="https://iww-news.eu">Inland Waterways Weekly</a> &copy; 2022</section>
        <nav class="site-footer-nav"><a href="https://iww-news.eu/about/">About</a> <a href="https://iww-news.eu/privacy/">Privacy</a></nav>
        <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
    </div></footer>
</div>
<script src="/assets/built/casper.js?v=9c1d4a2e17"></script>
</body>
</html>
"""
    # ---- Rail Freight Review (Drupal-like, RDFa date, windows-1252, gzip on the wire)
    R = ART["rfr-driver-shortage"]
    rfr = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:sioc="http://rdfs.org/sioc/ns#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />
  <link rel="shortcut icon" href="https://www.railfreightreview.eu/misc/favicon.ico" type="image/vnd.microsoft.icon" />
  <meta name="description" content="{html.escape(R["standfirst"])}" />
  <meta name="generator" content="Drupal 7 (http://drupal.org)" />
  <link rel="canonical" href="{RFR_URL}" />
  <link rel="shortlink" href="https://www.railfreightreview.eu/node/20931" />
  <title>{plain_esc(R["title"])} | Rail Freight Review</title>
  <style type="text/css" media="all">@import url("https://www.railfreightreview.eu/modules/system/system.base.css?r9x2kq");</style>
  <script type="text/javascript" src="https://www.railfreightreview.eu/misc/jquery.js?v=1.4.4"></script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-20931 node-type-article">
  <div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
  <div id="page-wrapper"><div id="page">
  <div id="header"><div class="section clearfix">
    <a href="/" title="Home" rel="home" id="logo"><img src="https://www.railfreightreview.eu/sites/all/themes/rfr/logo.png" alt="Rail Freight Review" /></a>
    <div id="name-and-slogan"><div id="site-slogan">Independent analysis of Europe's freight railways</div></div>
    <div class="region region-header"><div id="block-user-login" class="block block-user"><a href="/user/login">Log in</a> | <a href="/user/register">Register</a></div></div>
  </div></div>
  <div id="main-menu" class="navigation"><ul class="links"><li class="menu-218 first"><a href="/news">News</a></li><li class="menu-219"><a href="/analysis" class="active">Analysis</a></li><li class="menu-220"><a href="/data">Data</a></li><li class="menu-221"><a href="/jobs">Jobs</a></li><li class="menu-222 last"><a href="/events">Events</a></li></ul></div>
  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
    <div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/analysis">Analysis</a></div></div>
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
      <h1 class="title" id="page-title">{plain_esc(R["title"])}</h1>
      <div id="node-20931" class="node node-article node-full clearfix" about="/analysis/europes-rail-freight-boom-running-out-of-drivers" typeof="sioc:Item foaf:Document">
        <span property="dc:title" content="{html.escape(R["title"])}" class="rdf-meta element-hidden"></span>
        <div class="field field-name-field-standfirst"><div class="field-items"><div class="field-item even"><p class="standfirst">{plain_esc(R["standfirst"])}</p></div></div></div>
        <div class="meta submitted">
          <span class="field-name-field-byline">By <a href="/users/dario-pellegrini" typeof="sioc:UserAccount" property="foaf:name">Dario Pellegrini</a></span> &middot;
          <span property="dc:date dc:created" content="2022-05-12T10:30:00+02:00" datatype="xsd:dateTime" class="date-display-single">Thursday, 12 May 2022 - 10:30</span>
        </div>
        <div class="field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even" property="content:encoded">
{chr(10).join(f"<p>{plain_esc(p)}</p>" for p in P("rfr-driver-shortage"))}
        </div></div></div>
        <div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><a href="/tags/staff-shortage">staff shortage</a> <a href="/tags/germany">Germany</a> <a href="/tags/italy">Italy</a></div></div>
        <ul class="links inline"><li class="print_html first"><a href="/print/20931" title="Display a printer-friendly version of this page.">Printer-friendly version</a></li><li class="sharethis last"><span>Share this</span></li></ul>
      </div>
    </div></div>
    <div id="sidebar-second" class="column sidebar"><div class="section">
      <div class="block block-views"><h2>Latest news</h2><div class="view-content"><ul><li><a href="/news/meridian-duisburg-milan-shuttle">Meridian to launch Duisburg&ndash;Milan shuttle in June</a></li><li><a href="/news/antwerp-yard-closure-july">Antwerp yard to close for four weeks in July</a></li></ul></div></div>
      <div class="block block-block"><h2>Newsletter</h2><p>Get the Rail Freight Review briefing every Friday. <a href="/newsletter">Subscribe now</a></p></div>
    </div></div>
  </div></div>
  <div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><div class="block block-block"><p>&copy; 2022 Rail Freight Review. All rights reserved. Articles may not be republished without written permission.</p></div></div></div></div></div>
  </div></div>
</body>
</html>
"""
    # ---- North Sea Port News (React SSR, parsely meta)
    G = ART["nspn-ghent-silo"]
    nspn = f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{plain_esc(G["title"])} - North Sea Port News</title><meta name="description" content="{html.escape(G["standfirst"])}"/><meta name="parsely-title" content="{html.escape(G["title"])}"/><meta name="parsely-link" content="{NSPN_GHENT}"/><meta name="parsely-type" content="post"/><meta name="parsely-pub-date" content="2022-05-12T09:00:00Z"/><meta name="parsely-author" content="Joris Maes"/><meta name="parsely-section" content="Ports"/><link rel="canonical" href="{NSPN_GHENT}"/><meta name="next-head-count" content="11"/><link rel="preload" href="/_next/static/css/6b1f2a1c3d4e5f60.css" as="style"/><link rel="stylesheet" href="/_next/static/css/6b1f2a1c3d4e5f60.css" data-n-g=""/><script defer="" src="/_next/static/chunks/polyfills-5cd94c89d3acac5f.js"></script></head><body><div id="__next"><div class="Layout_root__x8Kq2"><div class="ConsentBar_bar__1sQ9a" role="dialog"><p>This site uses cookies for analytics and advertising.</p><button class="ConsentBar_ok__2mLw0">OK</button><a href="/privacy">Learn more</a></div><header class="Header_header__3uYtF"><a class="Header_logo__1oQ3x" href="/">North Sea Port News</a><nav class="Header_nav__2aP1c"><a href="/ports">Ports</a><a href="/roro">Ro-Ro</a><a href="/inland">Inland</a><a href="/people">People</a><a href="/jobs">Jobs</a></nav></header><main class="Article_main__3Yk1u"><div class="Article_kicker__1wQ2e">Ports</div><h1 class="Article_title__2B7xh">{plain_esc(G["title"])}</h1><p class="Article_dek__3n5Rr">{plain_esc(G["standfirst"])}</p><div class="Article_meta__1mN0p"><span class="Article_author__2zXcV">Joris Maes</span><span class="Article_dot__3d9Aa">·</span><span class="Article_date__1Pq4S">12 May 2022</span></div><div class="ShareRow_row__2Qp8m"><button aria-label="Share on LinkedIn">in</button><button aria-label="Share on Facebook">f</button><button aria-label="Copy link">Copy link</button></div><div class="Article_body__2kL9d">{"".join(f'<p class="Paragraph_p__1aB2c">{plain_esc(p)}</p>' for p in P("nspn-ghent-silo"))}</div><div class="Newsletter_box__3xP0q"><h3>Get the NSPN Morning Brief</h3><p>The North Sea ports in five minutes, every weekday.</p><form><input type="email" placeholder="you@company.com"/><button type="submit">Sign me up</button></form></div><section class="MoreStories_more__1dF7g"><h2>More from Ports</h2><ul><li><a href="/ports/antwerp-hydrogen-tugs">Four hydrogen-ready tugs ordered for Antwerp</a></li><li><a href="/roro/zeebrugge-terminal-trials-automated-gate">Zeebrugge ro-ro terminal trials automated gate</a></li></ul></section></main><footer class="Footer_footer__2hR3s"><p>© 2022 NSPN Media BV · Kortrijksesteenweg 1000, 9000 Ghent · All rights reserved</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"slug":"ghent-grain-terminal-doubles-silo-capacity","section":"ports","id":31877}}}},"page":"/[section]/[slug]","query":{{"section":"ports","slug":"ghent-grain-terminal-doubles-silo-capacity"}},"buildId":"k2P9xQwE1rT8yU3iO0aS","isFallback":false,"gssp":true,"scriptLoader":[]}}</script></body></html>
"""
    with open(os.path.join(WSRC, "iww-kaub.html"), "w", encoding="utf-8") as f:
        f.write(iww)
    with open(os.path.join(WSRC, "rfr-driver-shortage.html"), "w", encoding="cp1252") as f:
        f.write(rfr)
    with open(os.path.join(WSRC, "nspn-ghent-silo.html"), "w", encoding="utf-8") as f:
        f.write(nspn)
    subprocess.run([sys.executable, os.path.join(ROOT, "make_warc.py")], check=True)
    common = ["WARC-Target-URI", "HTTP/1.1 200", "Content-Type: text/html", "User-agent:"]
    reg("iww-kaub", F_WARC, [A["standfirst"]] + P("iww-kaub"),
        common + ["Sign up for Inland Waterways Weekly", "You might also like", "Powered by Ghost", "3 min read",
                  "Crew & training", "Enter your email"])
    reg("rfr-driver-shortage", F_WARC, [R["standfirst"]] + P("rfr-driver-shortage"),
        common + ["Skip to main content", "You are here", "Printer-friendly version", "Share this", "Latest news",
                  "Subscribe now", "All rights reserved", "may not be republished", "Thursday, 12 May 2022 - 10:30",
                  "Independent analysis of Europe's freight railways"])
    reg("nspn-ghent-silo", F_WARC, [G["standfirst"]] + P("nspn-ghent-silo"),
        common + ["This site uses cookies", "Copy link", "Get the NSPN Morning Brief", "Sign me up", "More from Ports",
                  "NSPN Media BV", "All rights reserved"])


# ================================================================== gold
def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    build_h1()
    build_h2()
    build_h3()
    build_nexis()
    build_factiva()
    build_bulletin()
    build_digest()
    build_clipping()
    build_efpr()
    build_mbox()
    build_jsonl()
    build_warc_sources()
    missing = set(ART) - set(COPIES)
    assert not missing, missing
    gold = []
    for aid in ART:
        m = META[aid]
        cps = sorted(COPIES[aid], key=lambda c: (c[0], c[1]))
        g = {"id": aid, "title": m["title"], "outlet": m["outlet"], "date": m["date"], "authors": m["authors"],
             "must_not": MUSTNOT.get(aid, [])}
        if m.get("url"):
            g["url"] = m["url"]
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        gold.append(g)
    # order gold by first copy (file order), like seeds_gold.json
    gold.sort(key=lambda g: (g["copies"][0]["source"], [p for s, p, _ in COPIES[g["id"]] if s == g["copies"][0]["source"]][0]))
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {sum(len(g['copies']) for g in gold)} copies, "
          f"{sum(1 for g in gold if len(g['copies']) > 1)} duplicate groups, {len(os.listdir(DUMPS))} files")


if __name__ == "__main__":
    main()
