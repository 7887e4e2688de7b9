# -*- coding: utf-8 -*-
"""Build tests/blind4/dumps/* and tests/blind4/gold.json from articles.py.

usage: /work/main/.venv/bin/python tests/blind4/build/build_set.py

The dumps are what an archivist would have received; gold.json records what a perfect
ingester stores for each of them. The WARC is written at the end from the HTML this script
leaves in ../warc_src/ (fixed record ids and dates, byte-for-byte reproducible).
"""
import csv
import html
import io
import json
import os
import quopri
import sys
import textwrap
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")
WSRC = os.path.join(ROOT, "warc_src")
sys.path.insert(0, HERE)
from articles import ART  # noqa: E402

# ------------------------------------------------------------------ gold registry
META, COPIES, MUSTNOT, POS = {}, {}, {}, {}


def meta(aid, titles, outlets, date, authors, url=None):
    assert aid in ART, aid
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


def P(aid, caption=True):
    """canonical paragraphs with STANDFIRST/SUBTITLE/CAPTION placeholders resolved"""
    a = ART[aid]
    out = []
    for p in a["paras"]:
        if p == "CAPTION":
            if caption:
                out.append(a["caption"])
        elif p == "STANDFIRST":
            out.append(a["standfirst"])
        elif p == "SUBTITLE":
            out.append(a["subtitle"])
        else:
            out.append(p)
    return out


def body_only(aid):
    """paragraphs without standfirst/subtitle/caption"""
    return [p for p in ART[aid]["paras"] if p not in ("CAPTION", "STANDFIRST", "SUBTITLE")]


# ------------------------------------------------------------------ typesetting helpers
def straight(s, dash="--"):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace(" \u2014 ", f" {dash} ").replace("\u2014", dash).replace("\u2013", "-")
    return s


def wrap(p, width, indent=""):
    return textwrap.fill(p, width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def write(name, data, encoding="utf-8", newline="\n"):
    path = os.path.join(DUMPS, name)
    if isinstance(data, str):
        data = data.replace("\n", newline).encode(encoding)
    with open(path, "wb") as f:
        f.write(data)


def wp_esc(s):
    s = html.escape(s, quote=False)
    for ch, ent in (("\u2019", "&#8217;"), ("\u2018", "&#8216;"), ("\u201c", "&#8220;"), ("\u201d", "&#8221;"),
                    ("\u2014", "&#8212;"), ("\u2013", "&#8211;"), ("£", "&#163;")):
        s = s.replace(ch, ent)
    return s


def named_esc(s):
    s = html.escape(s, quote=False)
    for ch, ent in (("\u2019", "&rsquo;"), ("\u2018", "&lsquo;"), ("\u201c", "&ldquo;"), ("\u201d", "&rdquo;"),
                    ("\u2014", "&mdash;"), ("\u2013", "&ndash;"), ("£", "&pound;"), ("€", "&euro;")):
        s = s.replace(ch, ent)
    return s


def esc(s):
    return html.escape(s, quote=False)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ================================================================== metadata (gold)
a = ART
MHJ = "https://www.midlandshealthjournal.co.uk"
WHW = "https://westernhealthwire.ie"
MHJ_OUT = ["Midlands Health Journal", "MHJ"]
WHW_OUT = ["Western Health Wire"]

MHJ_URLS = {
    "mhj-handover": MHJ + "/2024/10/17/ambulance-handover-delays-royal-shrewsbury-11-hour-peak/",
    "mhj-ae-1015": MHJ + "/2024/10/16/ae-dashboard-tuesday-15-october/",
    "mhj-ae-1016": MHJ + "/2024/10/17/ae-dashboard-wednesday-16-october/",
    "mhj-virtual-wards": MHJ + "/2024/10/15/telford-virtual-wards-pass-10000-patients/",
    "mhj-drone-samples": MHJ + "/2024/10/16/drones-pathology-samples-shropshire/",
    "mhj-gp-cap": MHJ + "/2024/10/18/herefordshire-gp-practices-vote-cap-daily-appointments/",
    "mhj-powys-pharmacy": MHJ + "/2024/10/14/rural-pharmacies-powys-warn-winter/",
    "mhj-ludlow-maternity": MHJ + "/2024/10/18/ludlow-midwife-led-unit-closed-until-spring/",
    "mhj-physio-selfreferral": MHJ + "/2024/10/17/worcestershire-physiotherapy-self-referral/",
}
WHW_URLS = {
    "whw-galway-trolley": WHW + "/news/2024/10/18/galway-trolley-numbers-october-record",
    "whw-sligo-stroke": WHW + "/news/2024/10/17/sligo-stroke-unit-24-hour-thrombectomy",
    "whw-belmullet-ambulance": WHW + "/news/2024/10/15/belmullet-ambulance-base",
    "whw-camhs-weekend": WHW + "/news/2024/10/21/galway-camhs-waiting-list-halves",
    "whw-donegal-ortho": WHW + "/news/2024/10/22/donegal-orthodontic-waits",
    "whw-roscommon-injury": WHW + "/news/2024/10/16/roscommon-injury-unit-weekend-hours",
    "whw-ballina-dialysis": WHW + "/news/2024/10/23/ballina-dialysis-unit-double-capacity",
}
MC_URL = "https://www.marchescourier.co.uk/news/health/hereford-county-hospital-opens-40-bed-modular-ward"
SP_URL = "https://www.severnpost.co.uk/news/health/2024/10/18/worcester-ambulance-crews-lose-4000-hours-month/"
WR_URL = "https://thewaitingroom.substack.com/p/why-the-waiting-list-number-lies"
BG_URL = "https://www.bordergazette.co.uk/news/health/cumberland-infirmary-second-radiotherapy-machine-2817734"
PRN_URL = ("https://www.prnewswire.co.uk/news-releases/medlogix-and-severnvale-health-partnership-to-launch-uks-"
           "first-rural-pathology-drone-network-302277311.html")
EVV_URL = "https://www.edenvalleyvoice.co.uk/news/penrith-hospital-to-reopen-16-community-beds/"
TBTV_URL = "https://www.tynebordersnews.tv/news/hexham-urgent-care-centre-to-close-overnight-2024-10-22"

meta("mhj-handover", [a["mhj-handover"]["title"], a["mhj-handover"]["synd_title"]],
     MHJ_OUT + ["Shropshire Business Voice"], "2024-10-17", [["Helen Marsh", "Owen Pryce"]], MHJ_URLS["mhj-handover"])
meta("mhj-ae-1015", [a["mhj-ae-1015"]["title"]], MHJ_OUT, "2024-10-16", [[], ["MHJ Data Team"]],
     MHJ_URLS["mhj-ae-1015"])
meta("mhj-ae-1016", [a["mhj-ae-1016"]["title"]], MHJ_OUT, "2024-10-17", [[], ["MHJ Data Team"]],
     MHJ_URLS["mhj-ae-1016"])
meta("mhj-virtual-wards", [a["mhj-virtual-wards"]["title"], a["mhj-virtual-wards"]["print_title"]], MHJ_OUT,
     "2024-10-15", [["Owen Pryce"]], MHJ_URLS["mhj-virtual-wards"])
meta("mhj-drone-samples", [a["mhj-drone-samples"]["title"]], MHJ_OUT, "2024-10-16", [["Anita Desai"]],
     MHJ_URLS["mhj-drone-samples"])
meta("mhj-gp-cap", [a["mhj-gp-cap"]["title"], a["mhj-gp-cap"]["synd_title"]], MHJ_OUT + ["Herefordshire Now"],
     "2024-10-18", [["Helen Marsh"]], MHJ_URLS["mhj-gp-cap"])
meta("mhj-powys-pharmacy", [a["mhj-powys-pharmacy"]["title"]], MHJ_OUT, "2024-10-14", [["Gethin Lloyd"]],
     MHJ_URLS["mhj-powys-pharmacy"])
meta("mhj-ludlow-maternity", [a["mhj-ludlow-maternity"]["title"]], MHJ_OUT, "2024-10-18", [["Anita Desai"]],
     MHJ_URLS["mhj-ludlow-maternity"])
meta("mhj-physio-selfreferral", [a["mhj-physio-selfreferral"]["title"]], MHJ_OUT, "2024-10-17", [["Owen Pryce"]],
     MHJ_URLS["mhj-physio-selfreferral"])

meta("whw-galway-trolley", [a["whw-galway-trolley"]["title"], "Ireland: Record October trolley count at Galway hospital",
                            "Record October trolley count at Galway hospital"],
     WHW_OUT, "2024-10-18", [["Siobhán Keane"]], WHW_URLS["whw-galway-trolley"])
meta("whw-sligo-stroke", [a["whw-sligo-stroke"]["title"], a["whw-sligo-stroke"]["synd_title"]],
     WHW_OUT + ["The Connacht Sentinel", "Connacht Sentinel"], "2024-10-17", [["Siobhán Keane", "Declan Moran"]],
     WHW_URLS["whw-sligo-stroke"])
meta("whw-belmullet-ambulance", [a["whw-belmullet-ambulance"]["title"]], WHW_OUT, "2024-10-15", [["Declan Moran"]],
     WHW_URLS["whw-belmullet-ambulance"])
meta("whw-camhs-weekend", [a["whw-camhs-weekend"]["title"]], WHW_OUT, "2024-10-21", [["Áine Ní Fhlatharta"]],
     WHW_URLS["whw-camhs-weekend"])
meta("whw-donegal-ortho", [a["whw-donegal-ortho"]["title"]], WHW_OUT, "2024-10-22",
     [[], ["Western Health Wire Newsdesk"]], WHW_URLS["whw-donegal-ortho"])
meta("whw-roscommon-injury", [a["whw-roscommon-injury"]["title"]], WHW_OUT, "2024-10-16", [["Declan Moran"]],
     WHW_URLS["whw-roscommon-injury"])
meta("whw-ballina-dialysis", [a["whw-ballina-dialysis"]["title"]], WHW_OUT, "2024-10-23", [["Siobhán Keane"]],
     WHW_URLS["whw-ballina-dialysis"])

meta("mc-hereford-ward", [a["mc-hereford-ward"]["title"]], ["Marches Courier"], "2024-10-17", [["Rhian Bevan"]], MC_URL)
meta("sp-worcester-handover", [a["sp-worcester-handover"]["title"], a["sp-worcester-handover"]["seo_title"]],
     ["The Severn Post", "Severn Post"], "2024-10-18", [["Tom Feeney", "Laura Greatorex"]], SP_URL)
meta("wr-waiting-list", [a["wr-waiting-list"]["title"]], ["The Waiting Room"], "2024-10-19",
     [["Priya Nair"]], WR_URL)
meta("bg-carlisle-radiotherapy", [a["bg-carlisle-radiotherapy"]["title"], a["bg-carlisle-radiotherapy"]["print_title"],
                                  "Cancer centre to get second radiotherapy machine"],
     ["Border Gazette"], "2024-10-19", [["Jack Irving"]], BG_URL)

meta("gh-stranraer-list", [a["gh-stranraer-list"]["title"]], ["Galloway Herald", "Galloway Herald (Online)"],
     "2024-10-17", [["Fiona McCall"]])
meta("gh-newton-stewart", [a["gh-newton-stewart"]["title"]], ["Galloway Herald"], "2024-10-17", [["Fiona McCall"]])
meta("ko-kendal-dementia", [a["ko-kendal-dementia"]["title"]], ["Kendal Observer"], "2024-10-24",
     [["Lucy Harper", "Sam Wainwright"]])
meta("ss-dumfries-mri", [a["ss-dumfries-mri"]["title"]], ["Solway Standard"], "2024-10-22", [[]])

meta("hc-inverness-dental", [a["hc-inverness-dental"]["title"]], ["Highland Courier"], "2024-10-22", [["Morag Fraser"]])
meta("nr-minister-winter", [a["nr-minister-winter"]["title"]], ["The Northern Record", "Northern Record"], "2024-10-18",
     [["Chris Dunmore"]])
meta("dc-wrexham-discharge", [a["dc-wrexham-discharge"]["title"]], ["Deeside Chronicle"], "2024-10-21", [[]])
meta("ctu-pa-column", [a["ctu-pa-column"]["title"]], ["Clinical Times UK"], "2024-10-23",
     [["Sam Okafor"], ["Dr Sam Okafor"]])
meta("ctu-locum-spend", [a["ctu-locum-spend"]["title"]], ["Clinical Times UK"], "2024-10-16",
     [["Hannah Cole", "Idris Vaughan"]])
meta("we-crisis-cafe", [a["we-crisis-cafe"]["title"]], ["The Wrekin Echo", "Wrekin Echo"], "2024-10-15",
     [["Kirsty Bell"]])

BBCM_PFX = {"rc-aber-chemo": "Wales", "rc-tregaron-gp": "Wales", "rai-carna-gp": "Ireland",
            "gne-stornoway-ferry": "UK", "ft-altnagelvin": "UK"}
for aid, outs, date in (("rc-aber-chemo", ["Radio Ceredigion"], "2024-10-17"),
                        ("rc-tregaron-gp", ["Radio Ceredigion"], "2024-10-17"),
                        ("rai-carna-gp", ["Raidió an Iarthair"], "2024-10-21"),
                        ("gne-stornoway-ferry", ["Guth nan Eilean"], "2024-10-20"),
                        ("ft-altnagelvin", ["Foyle Today"], "2024-10-22")):
    t = a[aid]["title"]
    titles = [f"{BBCM_PFX[aid]}: {t}", t] + ([a[aid]["orig_title"]] if a[aid].get("orig_title") else [])
    meta(aid, titles, outs, date, [[]])

meta("pr-medlogix", [a["pr-medlogix"]["title"]], [None, "MedLogix Ltd", "MedLogix", "PR Newswire"], "2024-10-16", [[]],
     PRN_URL)
meta("pr-caretrack", [a["pr-caretrack"]["title"]], [None, "CareTrack Systems", "Business Wire"], "2024-10-22", [[]])
meta("pr-brightsmile", [a["pr-brightsmile"]["title"]], [None, "BrightSmile Dental Group", "EIN Presswire"], "2024-10-21",
     [[]])

meta("wmdd-amb-w41", [a["wmdd-amb-w41"]["title"]], ["Midlands Live"], "2024-10-14", [[], ["Midlands Live Data Desk"]])
meta("wmdd-amb-w42", [a["wmdd-amb-w42"]["title"]], ["Midlands Live"], "2024-10-21", [[], ["Midlands Live Data Desk"]])
meta("sj-bishops-castle", [a["sj-bishops-castle"]["title"]], ["South Shropshire Journal"], None, [[]])
meta("bca-oswestry-miu", [a["bca-oswestry-miu"]["title"], a["bca-oswestry-miu"]["print_title"]],
     ["Border Counties Advertizer", "Border Counties Advertizer (Print)"], "2024-10-16", [["Sian Roberts"]],
     "https://www.bordercountiesadvertizer.co.uk/news/oswestry-minor-injuries-unit-reopens")
meta("lr-ledbury-hub", [a["lr-ledbury-hub"]["title"]], ["Ledbury Standard"], "2024-10-11", [["Tom Villiers"]],
     "https://www.ledburystandard.co.uk/news/ledbury-health-hub-plans-go-on-show")
meta("mw-malvern-falls", [a["mw-malvern-falls"]["title"]], ["Malvern Hills Weekly"], "2024-10-22",
     [["Lucy Hartland", "Ben Okoro"]], "https://www.malvernhillsweekly.co.uk/news/malvern-falls-team-ambulance")
meta("bn-brecon-nurses", [a["bn-brecon-nurses"]["title"]], ["Brecon and Radnor Herald"], "2024-10-23", [["Gethin Lloyd"]],
     "https://www.breconradnorherald.co.uk/news/brecon-district-nurses-electric-cars")

meta("evv-penrith", [a["evv-penrith"]["title"]], ["Eden Valley Voice", "Eden Valley Voice CIC"], "2024-10-21",
     [["Joe Hetherington", "Amy Lowther"]], EVV_URL)
meta("btv-hexham", [a["btv-hexham"]["title"], "Hexham urgent care centre to close overnight"], ["Tyne Borders TV"], "2024-10-22", [["Rachel Armstrong"]], TBTV_URL)


# ================================================================== RSS (WordPress): Midlands Health Journal
F_RSS = "midlands-health-journal-feed.xml"
MHJ_ITEMS = [  # newest first, as WordPress writes them
    ("mhj-gp-cap", ["Helen Marsh"], "Fri, 18 Oct 2024 13:15:00 +0000", 18291, "GP services"),
    ("mhj-ludlow-maternity", ["Anita Desai"], "Fri, 18 Oct 2024 08:40:00 +0000", 18284, "Maternity"),
    ("mhj-physio-selfreferral", ["Owen Pryce"], "Thu, 17 Oct 2024 15:02:00 +0000", 18270, "Community care"),
    ("mhj-ae-1016", ["MHJ Data Team"], "Thu, 17 Oct 2024 07:00:00 +0000", 18262, "Data"),
    ("mhj-handover", ["Helen Marsh", "Owen Pryce"], "Thu, 17 Oct 2024 06:30:00 +0000", 18233, "Ambulance"),
    ("mhj-drone-samples", ["Anita Desai"], "Wed, 16 Oct 2024 12:20:00 +0000", 18219, "Innovation"),
    ("mhj-ae-1015", ["MHJ Data Team"], "Wed, 16 Oct 2024 07:00:00 +0000", 18214, "Data"),
    ("mhj-virtual-wards", ["Owen Pryce"], "Tue, 15 Oct 2024 10:45:00 +0000", 18196, "Community care"),
    ("mhj-powys-pharmacy", ["Gethin Lloyd"], "Mon, 14 Oct 2024 09:10:00 +0000", 18177, "Pharmacy"),
]
MHJ_RELATED = {
    "mhj-handover": ["Worcester ambulance queues: trust opens handover area", "Shrewsbury A&E rebuild delayed again"],
    "mhj-gp-cap": ["Worcestershire practices adopt 25-patient limit", "What a GP ‘safe working’ cap means for you"],
    "mhj-virtual-wards": ["Hospital at home: the evidence so far", "Frailty unit opens at Princess Royal"],
}


def build_rss():
    mn_common = ["appeared first on", "Share this:", "Click to share on X", "Click to share on Facebook", "Like this:",
                 "Like Loading"]
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
           '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"',
           '\t>', '', '<channel>',
           '\t<title>Midlands Health Journal</title>',
           f'\t<atom:link href="{MHJ}/feed/" rel="self" type="application/rss+xml" />',
           f'\t<link>{MHJ}</link>',
           '\t<description>Health and care news for the West Midlands and the Marches</description>',
           '\t<lastBuildDate>Fri, 18 Oct 2024 13:15:00 +0000</lastBuildDate>',
           '\t<language>en-GB</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>',
           '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.6.2</generator>', '',
           '<image>', f'\t<url>{MHJ}/wp-content/uploads/2021/03/cropped-mhj-icon-32x32.png</url>',
           '\t<title>Midlands Health Journal</title>', f'\t<link>{MHJ}</link>',
           '\t<width>32</width>', '\t<height>32</height>', '</image> ']
    for aid, creators, pub, pid, cat in MHJ_ITEMS:
        A = ART[aid]
        url = MHJ_URLS[aid]
        paras = P(aid)
        title_x = wp_esc(A["title"]).replace("&amp;", "&#038;")
        excerpt = " ".join(" ".join(paras).split()[:55])
        content = "\n".join(f"<p>{wp_esc(p)}</p>" for p in paras)
        content += ('\n<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
                    'sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>'
                    f'<li class="share-twitter"><a href="{url}?share=twitter" target="_blank" title="Click to share on X">'
                    '<span>X</span></a></li><li class="share-facebook"><a href="' + url + '?share=facebook" '
                    'target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li>'
                    '<li class="share-email"><a href="' + url + '?share=email" title="Click to email a link to a friend">'
                    '<span>Email</span></a></li></ul></div></div></div>'
                    '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">'
                    'Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder">'
                    '<span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>')
        mn = list(mn_common)
        if aid in MHJ_RELATED:
            rel = MHJ_RELATED[aid]
            content += ('\n<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">'
                        '<em>Related</em></h3>' + "".join(f'<p><a href="{MHJ}/?p={pid - 40 - k}">{wp_esc(t)}</a></p>'
                                                          for k, t in enumerate(rel)) + '</div>')
            mn += rel
        content += (f'\n<p>The post <a href="{url}">{wp_esc(A["title"])}</a> appeared first on '
                    f'<a href="{MHJ}">Midlands Health Journal</a>.</p>')
        out += ['\t<item>', f'\t\t<title>{title_x}</title>', f'\t\t<link>{url}</link>',
                f'\t\t\t\t\t<comments>{url}#respond</comments>', '\t\t']
        out += [f'\t\t<dc:creator><![CDATA[{c}]]></dc:creator>' for c in creators]
        out += [f'\t\t<pubDate>{pub}</pubDate>', f'\t\t\t\t<category><![CDATA[{cat}]]></category>',
                f'\t\t<guid isPermaLink="false">{MHJ}/?p={pid}</guid>', '',
                f'\t\t\t\t\t<description><![CDATA[{wp_esc(excerpt)} [&#8230;]]]></description>',
                f'\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{content}]]></content:encoded>',
                f'\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>',
                f'\t\t\t<slash:comments>{pid % 7}</slash:comments>', '\t\t', '\t\t\t\t\t</item>']
        reg(aid, F_RSS, paras, mn)
    out += ['\t</channel>', '</rss>', '']
    write(F_RSS, "\n".join(out))


# ================================================================== Atom: Western Health Wire
F_ATOM = "westernhealthwire_atom.xml"
WHW_ITEMS = [  # newest first
    ("whw-ballina-dialysis", ["Siobhán Keane"], "2024-10-23T09:30:00+01:00", "2024-10-23T09:30:00+01:00", "Hospitals"),
    ("whw-donegal-ortho", [], "2024-10-22T14:10:00+01:00", "2024-10-22T16:45:00+01:00", "Dental"),
    ("whw-camhs-weekend", ["Áine Ní Fhlatharta"], "2024-10-21T07:00:00+01:00", "2024-10-21T07:00:00+01:00",
     "Mental health"),
    ("whw-galway-trolley", ["Siobhán Keane"], "2024-10-18T11:05:00+01:00", "2024-10-19T08:20:00+01:00", "Hospitals"),
    ("whw-sligo-stroke", ["Siobhán Keane", "Declan Moran"], "2024-10-17T06:00:00+01:00", "2024-10-17T12:31:00+01:00",
     "Hospitals"),
    ("whw-roscommon-injury", ["Declan Moran"], "2024-10-16T13:25:00+01:00", "2024-10-16T13:25:00+01:00", "Hospitals"),
    ("whw-belmullet-ambulance", ["Declan Moran"], "2024-10-15T17:50:00+01:00", "2024-10-16T09:05:00+01:00", "Ambulance"),
]


def build_atom():
    support = ("Western Health Wire is independent and reader-funded. If you value local health reporting, support us "
               "from €5 a month.")
    mn = ["independent and reader-funded", "support us from €5 a month", "© 2024 Western Health Wire Ltd",
          "Read more:"]
    readmore = {"whw-galway-trolley": "Read more: Hospital overcrowding – how the west compares",
                "whw-sligo-stroke": "Read more: What is a thrombectomy?",
                "whw-belmullet-ambulance": "Read more: Erris families' ten-year campaign for an ambulance"}
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-IE">',
           '  <title>Western Health Wire</title>',
           '  <subtitle>Health news from the west and north-west of Ireland</subtitle>',
           f'  <link href="{WHW}/feed.atom" rel="self" type="application/atom+xml"/>',
           f'  <link href="{WHW}/" rel="alternate" type="text/html"/>',
           '  <id>tag:westernhealthwire.ie,2019:feed</id>',
           '  <updated>2024-10-23T09:30:00+01:00</updated>',
           '  <author>', '    <name>Western Health Wire Newsdesk</name>', '    <email>news@westernhealthwire.ie</email>',
           '  </author>',
           '  <rights>© 2024 Western Health Wire Ltd</rights>',
           '  <generator uri="https://gohugo.io/" version="0.134.2">Hugo</generator>']
    for aid, authors, pub, upd, cat in WHW_ITEMS:
        A = ART[aid]
        url = WHW_URLS[aid]
        paras = P(aid)
        hp = [f"<p>{esc(p)}</p>" for p in paras]
        if aid in readmore:
            hp.insert(2, f'<p class="whw-readmore"><strong><a href="{WHW}/explainers/">{esc(readmore[aid])}</a></strong></p>')
            mn_i = mn + [readmore[aid].split(": ", 1)[1]]
        else:
            mn_i = mn
        hp.append(f'<p class="whw-support"><em>{esc(support)}</em></p>')
        content = html.escape("\n".join(hp), quote=False)
        out += ['  <entry>', f'    <title type="html">{html.escape(esc(A["title"]), quote=False)}</title>',
                f'    <link rel="alternate" type="text/html" href="{url}"/>',
                f'    <id>tag:westernhealthwire.ie,{pub[:10]}:{url.split(".ie", 1)[1]}</id>',
                f'    <published>{pub}</published>', f'    <updated>{upd}</updated>']
        for au in authors:
            out += ['    <author>', f'      <name>{esc(au)}</name>', '    </author>']
        out += [f'    <category term="{cat}"/>',
                f'    <summary type="html">{html.escape(esc(paras[0].split(". ")[0] + "."), quote=False)}</summary>',
                f'    <content type="html">{content}</content>', '  </entry>']
        reg(aid, F_ATOM, paras, mn_i)
    out += ['</feed>', '']
    write(F_ATOM, "\n".join(out))


# ================================================================== Drupal 7 print view: Marches Courier
F_DRUPAL = "Hereford County Hospital opens 40-bed modular ward _ Marches Courier.html"


def build_drupal():
    A = ART["mc-hereford-ward"]
    paras = P("mc-hereford-ward")
    body = "\n".join(f"<p>{named_esc(p)}</p>" for p in paras)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>{esc(A["title"])} | Marches Courier</title>
    <meta name="robots" content="noindex, nofollow" />
    <base href='https://www.marchescourier.co.uk/' />
    <link type="text/css" rel="stylesheet" href="https://www.marchescourier.co.uk/sites/all/modules/print/css/print.css" />
  </head>
  <body>
    <div class="print-logo"><img class="print-logo" typeof="foaf:Image" src="https://www.marchescourier.co.uk/sites/default/files/mc_logo_print.png" alt="Marches Courier" id="logo" /></div>
    <div class="print-site_name">Published on <em>Marches Courier</em> (<a href="https://www.marchescourier.co.uk">https://www.marchescourier.co.uk</a>)</div>
    <p />
    <div class="print-breadcrumb"><a href="https://www.marchescourier.co.uk/">Home</a> &gt; <a href="https://www.marchescourier.co.uk/news">News</a> &gt; <a href="https://www.marchescourier.co.uk/news/health">Health</a></div>
    <hr class="print-hr" />
    <h1 class="print-title">{esc(A["title"])}</h1>
    <div class="print-content"><div id="node-48213" class="node node-article node-promoted clearfix" about="/news/health/hereford-county-hospital-opens-40-bed-modular-ward" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{esc(A["title"])}" class="rdf-meta element-hidden"></span>
  <div class="meta submitted">
    <span property="dc:date dc:created" content="2024-10-17T14:32:11+01:00" datatype="xsd:dateTime" rel="sioc:has_creator">Submitted by <span class="username" xml:lang="" about="/users/rbevan" typeof="sioc:UserAccount" property="foaf:name" datatype="">rbevan</span> on Thu, 10/17/2024 - 14:32</span>
  </div>
  <div class="content">
    <div class="field field-name-field-byline field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">By Rhian Bevan, Health Reporter</div></div></div>
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{body}
</div></div></div>
    <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tags/wye-valley-nhs-trust" typeof="skos:Concept" property="rdfs:label skos:prefLabel">Wye Valley NHS Trust</a> [1]</div><div class="field-item odd"><a href="/tags/hereford-county-hospital">Hereford County Hospital</a> [2]</div><div class="field-item even"><a href="/tags/social-care">Social care</a> [3]</div></div></div>
  </div>
</div>
</div>
    <div class="print-footer">&copy; 2024 Marches Courier Ltd, 14 Broad Street, Hereford HR4 9AP. All rights reserved. Registered in England and Wales No. 04418826.</div>
    <hr class="print-hr" />
    <div class="print-source_url"><strong>Source URL:</strong> <a href="{MC_URL}">{MC_URL}</a></div>
    <div class="print-links"><p><strong>Links</strong><br />[1] https://www.marchescourier.co.uk/tags/wye-valley-nhs-trust<br />[2] https://www.marchescourier.co.uk/tags/hereford-county-hospital<br />[3] https://www.marchescourier.co.uk/tags/social-care<br /></p></div>
  </body>
</html>
"""
    write(F_DRUPAL, page)
    reg("mc-hereford-ward", F_DRUPAL, paras,
        ["Published on Marches Courier", "Submitted by", "rbevan", "By Rhian Bevan", "Tags:", "Wye Valley NHS Trust [1]",
         "Source URL:", "Links", "All rights reserved", "Registered in England and Wales", "Home > News > Health"])


# ================================================================== Arc-style page: The Severn Post
F_ARC = "Worcester ambulance crews lose 4,000 hours a month outside hospital - The Severn Post.html"


def build_arc():
    aid = "sp-worcester-handover"
    A = ART[aid]
    paras = P(aid)
    gc = {"_id": "ZK3QH7W2RNF4BJ6XQ5TLM2YV4E", "type": "story", "version": "0.10.9", "canonical_website": "severnpost",
          "canonical_url": SP_URL.replace("https://www.severnpost.co.uk", ""),
          "headlines": {"basic": A["title"], "meta_title": A["seo_title"], "web": A["seo_title"]},
          "subheadlines": {"basic": A["standfirst"]},
          "description": {"basic": A["standfirst"]},
          "credits": {"by": [{"type": "author", "name": "Tom Feeney", "_id": "tom-feeney",
                              "additional_properties": {"original": {"byline": "Tom Feeney"}}},
                             {"type": "author", "name": "Laura Greatorex", "_id": "laura-greatorex"}]},
          "display_date": "2024-10-18T05:00:00.000Z", "first_publish_date": "2024-10-18T05:00:00.000Z",
          "last_updated_date": "2024-10-18T10:42:19.311Z", "publish_date": "2024-10-18T10:42:19.311Z",
          "taxonomy": {"primary_section": {"_id": "/news/health", "name": "Health"}},
          "content_elements": [{"type": "text", "_id": f"P{n:02d}", "content": p} for n, p in enumerate(body_only(aid))]}
    fusion = json.dumps(gc, ensure_ascii=False).replace("</", "<\\/")
    body = []
    for n, p in enumerate(body_only(aid)):
        body.append(f'<p class="article-body-text" data-el="text" dir="null">{esc(p)}</p>')
        if n == 2:
            body.append('<div class="ad-slot" data-ad-type="inline"><p class="ad-label">Advertisement</p>'
                        '<p class="ad-label">Story continues below advertisement</p></div>')
        if n == 4:
            body.append('<div class="interstitial-link"><p><b>Read more:</b> <a href="/news/health/2024/10/11/'
                        'handover-area-opens/">Worcestershire Royal opens 20-space ambulance handover area</a></p></div>')
    page = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(A["seo_title"])} - The Severn Post</title>
<link rel="canonical" href="{SP_URL}"/>
<meta name="description" content="{esc(A["standfirst"])}"/>
<meta name="robots" content="index, follow, max-image-preview:large"/>
<link rel="preload" as="font" href="/pf/resources/fonts/Merriweather-Bold.woff2?d=412" crossorigin="anonymous"/>
<script type="application/javascript" id="polyfill-script">if(!Array.prototype.includes||!(window.Object && window.Object.assign)||!window.Promise||!window.Symbol||!window.fetch){{document.write('<script type="application/javascript" src="/pf/dist/engine/polyfill.js?d=412&mxId=00000000"></scr'+'ipt>')}}</script>
<script id="fusion-engine-script" type="application/javascript" src="/pf/dist/engine/react.js?d=412&mxId=00000000" defer=""></script>
</head><body><div id="fusion-app" class="layout-article">
<div class="cmp-banner" role="dialog" aria-label="Cookie consent"><p>We and our 143 partners store and access information on your device, such as cookies, to personalise content and ads and to measure audiences.</p><button>Accept and close</button><button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="/">The Severn Post</a><nav><ul><li><a href="/news/">News</a></li><li><a href="/news/health/">Health</a></li><li><a href="/sport/">Sport</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav><a class="btn-subscribe" href="/subscribe/">Subscribe for £1</a><a class="btn-signin" href="/account/">Sign in</a></header>
<main><article class="b-article">
<div class="c-overline"><a href="/news/health/">Health</a></div>
<h1 class="c-heading" data-testid="headline">{esc(A["title"])}</h1>
<h2 class="c-subheadline">{esc(A["standfirst"])}</h2>
<div class="c-byline"><span class="c-byline__by">By </span><a href="/people/tom-feeney/">Tom Feeney</a> and <a href="/people/laura-greatorex/">Laura Greatorex</a></div>
<div class="c-date"><time datetime="2024-10-18T05:00:00.000Z">October 18, 2024 at 6:00 a.m. BST</time> <span class="c-date__updated">Updated October 18, 2024 at 11:42 a.m. BST</span></div>
<div class="c-share"><button>Gift this article</button><button>Share</button><button>Save</button><span class="c-comments-count">Comments (43)</span></div>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="c-newsletter"><h3>The Severn Post Health Check</h3><p>Sign up to our free weekly newsletter on health and care in Worcestershire and Herefordshire.</p><form><input type="email" placeholder="Enter your email address"/><button>Sign up</button></form></div>
<div class="c-author-bio"><p><b>Tom Feeney</b> is The Severn Post’s health correspondent. He previously reported for the Worcester Evening News and has covered the NHS in the region since 2011.</p><p><b>Laura Greatorex</b> is the Post’s data reporter.</p></div>
<div class="c-comments"><h3>Comments</h3><p>Comments are open to subscribers. <a href="/account/">Sign in</a> to join the conversation.</p></div>
</article>
<aside class="c-most-read"><h3>Most read</h3><ol><li><a href="/news/">Kidderminster treatment centre to add weekend clinics</a></li><li><a href="/news/">Council tax rise of 4.99% proposed for Worcestershire</a></li><li><a href="/news/">Malvern festival line-up announced</a></li></ol></aside>
</main>
<footer class="site-footer"><p>© 2024 Severn Post Media Ltd. All rights reserved.</p><p><a href="/privacy/">Privacy Policy</a> · <a href="/terms/">Terms of Use</a> · <a href="/cookies/">Cookie Settings</a> · <a href="/contact/">Contact us</a></p></footer>
</div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="severnpost";Fusion.contextPath="/pf";Fusion.deployment="412";Fusion.globalContent={fusion};Fusion.globalContentConfig={{"source":"content-api","query":{{"website_url":"{gc["canonical_url"]}"}}}};</script>
</body></html>
"""
    write(F_ARC, page)
    reg(aid, F_ARC, paras,
        ["143 partners", "Accept and close", "Subscribe for £1", "Sign in", "By Tom Feeney", "October 18, 2024 at 6:00",
         "Updated October 18", "Gift this article", "Comments (43)", "Advertisement", "Story continues below",
         "Read more:", "opens 20-space ambulance handover area", "Health Check", "Sign up to our free weekly newsletter",
         "is The Severn Post’s health correspondent", "is the Post’s data reporter", "Comments are open to subscribers",
         "Most read", "Kidderminster treatment centre", "© 2024 Severn Post Media Ltd", "Privacy Policy"])


# ================================================================== Substack page + Omnivore markdown
F_SUB = "Why the waiting list number lies - by Priya Nair - The Waiting Room.html"
F_MD = "Why the waiting list number lies.md"
SUB_LINK = ("NHS England’s own estimate", "https://www.england.nhs.uk/statistics/statistical-work-areas/rtt-waiting-times/")


def build_substack():
    aid = "wr-waiting-list"
    A = ART[aid]
    paras = P(aid)
    bo = body_only(aid)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": WR_URL, "mainEntityOfPage": WR_URL,
          "headline": A["title"], "description": A["subtitle"], "datePublished": "2024-10-19T06:00:00+00:00",
          "dateModified": "2024-10-19T06:00:00+00:00", "isAccessibleForFree": True,
          "author": [{"@type": "Person", "name": "Priya Nair", "url": "https://substack.com/@priyanair"}],
          "publisher": {"@type": "Organization", "name": "The Waiting Room", "url": "https://thewaitingroom.substack.com"}}
    hb = []
    for n, p in enumerate(bo):
        if n == 0:
            p1, p2 = p.split("It isn’t.")
            hb.append(f"<p>{esc(p1)}It <em>isn’t</em>.{esc(p2)}</p>")
        elif p.startswith(SUB_LINK[0]):
            hb.append(f'<p><a href="{SUB_LINK[1]}" rel="">{esc(SUB_LINK[0])}</a>{esc(p[len(SUB_LINK[0]):])}</p>')
        else:
            hb.append(f"<p>{esc(p)}</p>")
        if n == 2:
            hb.append('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://thewait'
                      'ingroom.substack.com/subscribe?&quot;}" data-component-name="SubscribeWidgetToDOM"><div '
                      'class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks '
                      'for reading The Waiting Room! Subscribe for free to receive new posts and support my work.</p>'
                      '</div><form class="subscription-widget-subscribe"><input type="email" class="email-input" '
                      'name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button '
                      'primary" value="Subscribe"></form></div></div>')
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(A["title"])} - by Priya Nair</title>
<meta property="og:type" content="article"><meta property="og:title" content="{esc(A["title"])}">
<meta property="og:description" content="{esc(A["subtitle"])}"><meta property="og:url" content="{WR_URL}">
<meta property="og:image" content="https://substackcdn.com/image/fetch/w_1200,h_600,c_fill,f_jpg,q_auto:good/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F5d1e.png">
<meta name="author" content="Priya Nair"><link rel="canonical" href="{WR_URL}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar"><div class="navbar-title"><a href="/">The Waiting Room</a></div><div class="navbar-buttons"><a class="button primary" href="/subscribe">Subscribe</a><a class="button" href="/sign-in">Sign in</a></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">{esc(A["title"])}</h1><h3 class="subtitle">{esc(A["subtitle"])}</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@priyanair">Priya Nair</a></div><div class="meta-EgzBVA">Oct 19, 2024</div></div>
<div class="post-ufi"><a class="like-button">47</a><a class="comment-button" href="{WR_URL}/comments">12</a><a class="share-button">Share</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{chr(10).join(hb)}
</div></div>
<div class="subscribe-footer"><p class="cta-caption">The Waiting Room is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><form><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div>
<div class="post-footer"><a class="like-button">47 Likes</a> <a class="restack-button">4 Restacks</a> <a class="share-button">Share</a></div>
</article></div>
<div class="comments-section"><h4>Discussion about this post</h4><div class="comments-tabs"><span>Comments</span><span>Restacks</span></div><div class="comment"><a>Gareth W.</a><p>Same in Powys – my mother is on three lists for one hip.</p></div></div>
</div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-copyright">© 2024 Priya Nair</div><div class="footer-terms"><a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div><div class="footer-buttons"><a class="button" href="https://substack.com/signup">Start writing</a><a class="button" href="https://substack.com/app">Get the app</a></div><div class="footer-substack-cta"><a href="https://substack.com">Substack</a> is the home for great culture</div></div></div>
</div></div>
<script>window._preloads = JSON.parse("{{\\"isEU\\":false,\\"language\\":\\"en\\"}}")</script>
</body></html>
"""
    write(F_SUB, page)
    reg(aid, F_SUB, paras,
        ["Thanks for reading The Waiting Room", "Subscribe for free to receive new posts",
         "reader-supported publication", "Discussion about this post", "Restacks", "my mother is on three lists",
         "© 2024 Priya Nair", "Collection notice", "Start writing", "Get the app", "home for great culture", "47 Likes",
         "Sign in"])

    # ---- Omnivore markdown export of the same post
    md_body = []
    for n, p in enumerate(bo):
        if n == 0:
            p1, p2 = p.split("It isn’t.")
            md_body.append(f"{p1}It *isn’t*.{p2}")
        elif p.startswith(SUB_LINK[0]):
            md_body.append(f"[{SUB_LINK[0]}]({SUB_LINK[1]}){p[len(SUB_LINK[0]):]}")
        else:
            md_body.append(p)
        if n == 2:
            md_body.append("Thanks for reading The Waiting Room! Subscribe for free to receive new posts and support my "
                           "work.\n\nSubscribe")
    hl1 = ("It is the number of open referral-to-treatment pathways, and one person can be on several at once.")
    hl2 = "how long the longest waits are and who is waiting for what"
    md = f"""---
id: 4c1f0b2e-8d7a-11ef-9c2b-3f6f2a9e1d44
title: >
  {A["title"]}
author: >
  Priya Nair
site: >
  The Waiting Room
url: {WR_URL}
date_saved: 2024-10-22 21:14:03
date_published: 2024-10-19 06:00:00
labels:
  - NHS
  - waiting lists
  - to-read
---

# {A["title"]}

#Omnivore #NHS #waiting-lists

[Read on Omnivore](https://omnivore.app/me/why-the-waiting-list-number-lies-19274c1f0b2)
[Read Original]({WR_URL})

### {A["subtitle"]}

{chr(10).join(x + chr(10) for x in md_body)}
## Highlights

> {hl1} [⤴️](https://omnivore.app/me/why-the-waiting-list-number-lies-19274c1f0b2#a4e1c7d2-1)

> {hl2} [⤴️](https://omnivore.app/me/why-the-waiting-list-number-lies-19274c1f0b2#a4e1c7d2-2)
>
> Note: use this for the validation piece, cf. Shrewsbury phone-round
"""
    write(F_MD, md)
    reg(aid, F_MD, [A["subtitle"]] + bo,
        ["Read on Omnivore", "Read Original", "#Omnivore", "date_saved", "Highlights", "Note: use this for the validation",
         "Thanks for reading The Waiting Room", "to-read"])


# ================================================================== AMP page: Border Gazette
F_AMP = "Cumberland Infirmary cancer centre to get second radiotherapy machine _ Border Gazette.html"


def build_amp():
    aid = "bg-carlisle-radiotherapy"
    A = ART[aid]
    paras = P(aid)
    hb = []
    for n, p in enumerate(A["paras"]):
        if p == "CAPTION":
            hb.append('<figure class="bg-figure"><amp-img src="https://i2.bordergazette.co.uk/img/2817734-radiotherapy.jpg" '
                      'width="1200" height="675" layout="responsive" alt="Radiotherapy suite"></amp-img>'
                      f'<figcaption>{esc(A["caption"])}</figcaption></figure>')
        else:
            hb.append(f"<p>{esc(p)}</p>")
        if n == 3:
            hb.append('<div class="ad-container"><span class="ad-label">Advertisement</span><amp-ad width="300" '
                      'height="250" type="doubleclick" data-slot="/2817/bordergazette/news/health/mpu1" '
                      'data-multi-size="300x600"><div placeholder>Loading ad</div></amp-ad></div>')
    page = f"""<!doctype html>
<html ⚡ lang="en-GB">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<title>Cancer centre to get second radiotherapy machine | Carlisle | Border Gazette</title>
<link rel="canonical" href="{BG_URL}">
<meta name="viewport" content="width=device-width">
<style amp-custom>body{{font-family:Georgia,serif}}.byline{{font-size:14px}}.ad-label{{font-size:10px;color:#888}}</style>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
</head>
<body>
<amp-consent id="bg-consent" layout="nodisplay"><div class="consent-ui">We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. <button on="tap:bg-consent.accept">Accept all</button> <button on="tap:bg-consent.reject">Manage options</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="/news/">News</a></li><li><a href="/news/health/">Health</a></li><li><a href="/sport/">Sport</a></li><li><a href="/whats-on/">What's On</a></li><li><a href="/jobs/">Jobs</a></li></ul></amp-sidebar>
<header><button on="tap:sidebar.toggle">Menu</button><a href="/"><amp-img src="/logo.svg" width="180" height="30" alt="Border Gazette"></amp-img></a></header>
<main>
<article>
<p class="breadcrumb"><a href="/news/">News</a> › <a href="/news/health/">Health</a></p>
<h1>{esc(A["title"])}</h1>
<div class="byline"><span class="author">Jack Irving</span> <span class="role">Health reporter</span><br><span class="published">Sat 19 Oct 2024 07.00 BST</span></div>
<div class="share"><amp-social-share type="facebook" width="32" height="32" data-param-app_id="25438"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share><amp-social-share type="whatsapp" width="32" height="32"></amp-social-share><span>Share this article</span></div>
{chr(10).join(hb)}
<div class="newsletter"><h3>Get the Gazette's morning briefing</h3><p>Sign up to our free newsletter for the day's top stories from Carlisle and north Cumbria, delivered at 7am.</p><a href="https://www.bordergazette.co.uk/newsletters/">Sign up</a></div>
<section class="related"><h3>More on this story</h3><ul><li><a href="/news/health/">Petition for second cancer machine passes 18,000</a></li><li><a href="/news/health/">A69 roadworks to continue into 2025</a></li></ul></section>
</article>
</main>
<footer><p>Border Gazette Media Ltd, Dalston Road, Carlisle CA2 5UA</p><p>© 2024 Border Gazette Media Ltd. All rights reserved. Regulated by IPSO.</p><p><a href="{BG_URL}">View non-AMP version</a></p></footer>
<amp-analytics type="googleanalytics"><script type="application/json">{{"vars":{{"account":"UA-1821-7"}},"extraUrlParams":{{"cd1":"Jack Irving","cd2":"health","cd3":"2024-10-19"}},"triggers":{{"trackPageview":{{"on":"visible","request":"pageview"}}}}}}</script></amp-analytics>
</body>
</html>
"""
    write(F_AMP, page)
    reg(aid, F_AMP, paras,
        ["We use cookies", "Accept all", "Manage options", "Menu", "Jack Irving", "Health reporter",
         "Sat 19 Oct 2024", "Share this article", "Advertisement", "Loading ad", "morning briefing",
         "Sign up to our free newsletter", "More on this story", "Petition for second cancer machine",
         "A69 roadworks", "Dalston Road", "Regulated by IPSO", "View non-AMP version", "What's On"])


# ================================================================== ProQuest plain-text export
F_PQ = "ProQuestDocuments-2024-10-25.txt"
PQ_RULE = "_" * 63


def build_proquest():
    bg = P("bg-carlisle-radiotherapy", caption=False)
    bg = [straight(p) for p in bg[:-1]]
    bg[1] = bg[1].replace("should be treating patients", "is expected to be treating patients")
    vw = [straight(p) for p in P("mhj-virtual-wards")]
    docs = [
        dict(aid="bg-carlisle-radiotherapy", title=ART["bg-carlisle-radiotherapy"]["print_title"], author="Irving, Jack",
             pub="Border Gazette ; Carlisle (UK) [Carlisle (UK)]", d1="19 Oct 2024", page="5", paras=bg,
             ptitle="Border Gazette; Carlisle (UK)", d2="Oct 19, 2024", section="News",
             publisher="Border Gazette Media Ltd", place="Carlisle (UK)", stype="Newspaper", docid="3119920417",
             subj="Cancer; Radiation therapy; Hospitals; Medical equipment", loc="Carlisle England; Cumbria England",
             credit="By Jack Irving Health reporter", db="UK Newsstand", upd="2024-10-21"),
        dict(aid="gh-stranraer-list", title=ART["gh-stranraer-list"]["title"], author="McCall, Fiona",
             pub="Galloway Herald ; Stranraer (UK) [Stranraer (UK)]", d1="17 Oct 2024", page="3",
             paras=[straight(p) for p in P("gh-stranraer-list")], ptitle="Galloway Herald; Stranraer (UK)",
             d2="Oct 17, 2024", section="News", publisher="Solway Newspapers Ltd", place="Stranraer (UK)",
             stype="Newspaper", docid="3118804526", subj="Physicians; Primary care; Rural areas",
             loc="Stranraer Scotland; Dumfries and Galloway Scotland", db="UK Newsstand", upd="2024-10-18"),
        dict(aid="gh-newton-stewart", title=ART["gh-newton-stewart"]["title"], author="McCall, Fiona",
             pub="Galloway Herald ; Stranraer (UK) [Stranraer (UK)]", d1="17 Oct 2024", page="3",
             paras=[straight(p) for p in P("gh-newton-stewart")], ptitle="Galloway Herald; Stranraer (UK)",
             d2="Oct 17, 2024", section="News", publisher="Solway Newspapers Ltd", place="Stranraer (UK)",
             stype="Newspaper", docid="3118804533", subj="Physicians; Recruitment; Foreign workers",
             loc="Newton Stewart Scotland; Dumfries and Galloway Scotland", db="UK Newsstand", upd="2024-10-18"),
        dict(aid="gh-stranraer-list", title=ART["gh-stranraer-list"]["title"], author="McCall, Fiona",
             pub="Galloway Herald (Online) ; Stranraer (UK) [Stranraer (UK)]", d1="17 Oct 2024", page=None,
             paras=[straight(p) for p in P("gh-stranraer-list")], ptitle="Galloway Herald (Online); Stranraer (UK)",
             d2="Oct 17, 2024", section="News", publisher="Solway Newspapers Ltd", place="Stranraer (UK)",
             stype="Blog, Podcast, or Website", docid="3118811902", subj="Physicians; Primary care; Rural areas",
             loc="Stranraer Scotland; Dumfries and Galloway Scotland", db="UK Newsstand", upd="2024-10-18"),
        dict(aid="mhj-virtual-wards", title=ART["mhj-virtual-wards"]["print_title"], author="Pryce, Owen",
             pub="Midlands Health Journal ; Birmingham (UK) [Birmingham (UK)]", d1="15 Oct 2024", page="12",
             paras=vw, ptitle="Midlands Health Journal; Birmingham (UK)", d2="Oct 15, 2024", section="Community care",
             publisher="MHJ Publishing Ltd", place="Birmingham (UK)", stype="Trade Journal", docid="3117402288",
             subj="Telemedicine; Hospitals; Elderly people", loc="Telford England", db="ProQuest One Business",
             upd="2024-10-16"),
        dict(aid="ko-kendal-dementia", title=ART["ko-kendal-dementia"]["title"], author="Harper, Lucy; Wainwright, Sam",
             pub="Kendal Observer ; Kendal (UK) [Kendal (UK)]", d1="24 Oct 2024", page="9",
             paras=[straight(p) for p in P("ko-kendal-dementia")], ptitle="Kendal Observer; Kendal (UK)",
             d2="Oct 24, 2024", section="News", publisher="Lakeland Press Ltd", place="Kendal (UK)", stype="Newspaper",
             docid="3121007745", subj="Dementia; Nonprofit organizations; Funding", loc="Kendal England; Cumbria England",
             db="UK Newsstand", upd="2024-10-25"),
        dict(aid="hc-inverness-dental", title=ART["hc-inverness-dental"]["title"], author="Fraser, Morag",
             pub="Highland Courier ; Inverness (UK) [Inverness (UK)]", d1="22 Oct 2024", page="7",
             paras=[straight(p) for p in P("hc-inverness-dental")], ptitle="Highland Courier; Inverness (UK)",
             d2="Oct 22, 2024", section="News", publisher="Highland Courier Group", place="Inverness (UK)",
             stype="Newspaper", docid="3120115563", subj="Dentistry; Public health; Fees & charges",
             loc="Inverness Scotland", db="UK Newsstand", upd="2024-10-23"),
        dict(aid="ss-dumfries-mri", title=ART["ss-dumfries-mri"]["title"], author=None,
             pub="Solway Standard ; Dumfries (UK) [Dumfries (UK)]", d1="22 Oct 2024", page="2",
             paras=[straight(p) for p in P("ss-dumfries-mri")], ptitle="Solway Standard; Dumfries (UK)",
             d2="Oct 22, 2024", section="News", publisher="Solway Newspapers Ltd", place="Dumfries (UK)",
             stype="Newspaper", docid="3120290018", subj="Magnetic resonance imaging; Waiting lists",
             loc="Dumfries Scotland", db="UK Newsstand", upd="2024-10-23"),
    ]
    n = len(docs)
    out = ["Report Information from ProQuest", "October 25 2024 09:12", PQ_RULE, "", "",
           "Table of contents", ""]
    for k, d in enumerate(docs, 1):
        out.append(f"{k}. {d['title']}")
    out += ["", PQ_RULE, ""]
    mn_common = ["Report Information from ProQuest", "Table of contents", "Publication info:", "ProQuest document link",
                 "Abstract: None available", "Full text:", "Subject:", "Publication title:", "Publication year:",
                 "Publication date:", "Source type:", "Language of publication:", "Document type:",
                 "ProQuest document ID:", "Document URL:", "Copyright:", "Last updated:", "Database:",
                 "Place of publication:", "Country of publication:", "Publication subject:", "Contents",
                 "General Interest Periodicals--Great Britain", "Document 1 of 8"]
    for k, d in enumerate(docs, 1):
        out += [f"Document {k} of {n}", "", d["title"], ""]
        if d["author"]:
            out.append(f"Author: {d['author']}")
        pi = f"Publication info: {d['pub']}. {d['d1']}" + (f": {d['page']}." if d["page"] else ".")
        out += [pi, "", "ProQuest document link", "", "Abstract: None available.", "", f"Full text: {d['paras'][0]}", ""]
        for p in d["paras"][1:]:
            out += [p, ""]
        if d.get("credit"):
            out += [f"Credit: {d['credit']}", ""]
        out += [f"Subject: {d['subj']};", "", f"Location: {d['loc']}", "", f"Publication title: {d['ptitle']}", ""]
        if d["page"]:
            out += [f"Pages: {d['page']}", ""]
        cop = d["publisher"]
        out += ["Publication year: 2024", "", f"Publication date: {d['d2']}", "", f"Section: {d['section']}", "",
                f"Publisher: {d['publisher']}", "", f"Place of publication: {d['place']}", "",
                f"Country of publication: United Kingdom, {d['place']}", "",
                "Publication subject: " + ("General Interest Periodicals--Great Britain" if d["stype"] != "Trade Journal"
                                           else "Medical Sciences--Health Services"), "",
                f"Source type: {d['stype']}", "", "Language of publication: English", "",
                "Document type: News", "", f"ProQuest document ID: {d['docid']}", "",
                f"Document URL: https://www.proquest.com/newspapers/{d['title'].lower().replace(' ', '-')[:40]}/docview/"
                f"{d['docid']}/se-2?accountid=14511", "",
                f"Copyright: Copyright {cop} 2024. All rights reserved.", "",
                f"Last updated: {d['upd']}", "", f"Database: {d['db']}", "", PQ_RULE, ""]
        mn = mn_common + [f"Copyright {cop} 2024", f"ProQuest document ID: {d['docid']}"]
        if d.get("credit"):
            mn.append("Credit:")
        if d["author"]:
            mn.append(f"Author: {d['author']}")
        reg(d["aid"], F_PQ, d["paras"], mn)
    out += ["Contents", "", "Copyright © 2024 ProQuest LLC. All rights reserved.", "Terms and Conditions: "
            "https://www.proquest.com/info/termsAndConditions", ""]
    write(F_PQ, "\n".join(out), newline="\r\n")


# ================================================================== Nexis Uni (new style)
F_NX = "Nexis_Uni_health_services_2024-10-24.txt"


def build_nexis():
    sp = [straight(p) for p in P("sp-worcester-handover")]
    sligo = [straight(p) for p in P("whw-sligo-stroke")] + ["This article first appeared on Western Health Wire."]
    col = [straight(p) for p in P("ctu-pa-column")]
    docs = [
        dict(aid="sp-worcester-handover", title=ART["sp-worcester-handover"]["title"], pub="The Severn Post",
             date="October 18, 2024 Friday", ed="Online Edition", cop="Copyright 2024 Severn Post Media Ltd All Rights Reserved",
             section="NEWS; Version:2", byline="Tom Feeney and Laura Greatorex", highlight=sp[0], paras=sp[1:],
             subj="AMBULANCE SERVICES (93%); HOSPITALS (91%); EMERGENCY SERVICES (90%); WAITING TIMES (77%)",
             geo="WORCESTER, ENGLAND (79%); ENGLAND (93%); UNITED KINGDOM (93%)", load="October 19, 2024",
             ptype="Web Publication"),
        dict(aid="hc-inverness-dental", title=ART["hc-inverness-dental"]["title"], pub="Highland Courier",
             date="October 22, 2024 Tuesday", ed="Inverness Edition",
             cop="Copyright 2024 Highland Courier Group All Rights Reserved", section="NEWS; Pg. 7",
             byline="Morag Fraser Health Reporter", paras=[straight(p) for p in P("hc-inverness-dental")],
             subj="DENTISTRY (94%); PUBLIC HEALTH (88%); FEES & CHARGES (71%)",
             geo="INVERNESS, SCOTLAND (88%); SCOTLAND (90%)", load="October 23, 2024", ptype="Newspaper"),
        dict(aid="whw-sligo-stroke", title=ART["whw-sligo-stroke"]["synd_title"], pub="The Connacht Sentinel",
             date="October 17, 2024 Thursday", ed=None, cop="Copyright 2024 Connacht Sentinel Ltd. All Rights Reserved",
             section="HEALTH; Pg. 11", byline="Siobhán Keane and Declan Moran", paras=sligo,
             subj="STROKE (95%); HOSPITALS (90%); MEDICAL PROCEDURES (77%)",
             geo="SLIGO, IRELAND (91%); GALWAY, IRELAND (79%); IRELAND (93%)", load="October 18, 2024",
             ptype="Newspaper"),
        dict(aid="nr-minister-winter", title=ART["nr-minister-winter"]["title"], pub="The Northern Record",
             date="October 18, 2024 Friday", ed="National Edition",
             cop="Copyright 2024 Northern Record Newspapers Ltd All Rights Reserved", section="NEWS; Pg. 4",
             byline="Chris Dunmore Political Correspondent", paras=[straight(p) for p in P("nr-minister-winter")],
             subj="AMBULANCE SERVICES (92%); GOVERNMENT BUDGETS (89%); HOSPITALS (88%)",
             geo="NORTHERN ENGLAND (90%); UNITED KINGDOM (93%)", load="October 18, 2024", ptype="Newspaper"),
        dict(aid="dc-wrexham-discharge", title=ART["dc-wrexham-discharge"]["title"], pub="Deeside Chronicle",
             date="October 21, 2024 Monday", ed=None, cop="Copyright 2024 Deeside Chronicle Ltd All Rights Reserved",
             section="NEWS; Pg. 6", byline=None, paras=[straight(p) for p in P("dc-wrexham-discharge")],
             subj="HOSPITALS (93%); BED OCCUPANCY (72%)", geo="WREXHAM, WALES (92%); WALES (93%)",
             load="October 22, 2024", ptype="Newspaper"),
        dict(aid="ctu-pa-column", title=ART["ctu-pa-column"]["title"], pub="Clinical Times UK",
             date="October 23, 2024 Wednesday", ed=None, cop="Copyright 2024 Clinical Times Publishing All Rights Reserved",
             section="OPINION; Pg. 18", byline="Dr Sam Okafor", paras=col,
             tail=["Dr Sam Okafor is a GP partner in Oswestry and a trainer on the Shropshire GP training scheme. "
                   "The views expressed are his own."],
             subj="PHYSICIAN ASSISTANTS (94%); PRIMARY CARE (90%); REGULATION (70%); OPINION (90%)",
             geo="SHROPSHIRE, ENGLAND (71%); UNITED KINGDOM (90%)", load="October 24, 2024", ptype="Magazine"),
        dict(aid="ctu-locum-spend", title=ART["ctu-locum-spend"]["title"], pub="Clinical Times UK",
             date="October 16, 2024 Wednesday", ed=None, cop="Copyright 2024 Clinical Times Publishing All Rights Reserved",
             section="NEWS; Pg. 3", byline="Hannah Cole and Idris Vaughan",
             paras=[straight(p) for p in P("ctu-locum-spend")],
             subj="TEMPORARY STAFFING (92%); HEALTH CARE COSTS (90%); NURSES (88%)",
             geo="WALES (94%); UNITED KINGDOM (90%)", load="October 17, 2024", ptype="Magazine"),
        dict(aid="we-crisis-cafe", title=ART["we-crisis-cafe"]["title"], pub="The Wrekin Echo",
             date="October 15, 2024 Tuesday", ed=None, cop="Copyright 2024 Wrekin Echo Media All Rights Reserved",
             section="NEWS; Pg. 9", byline="Kirsty Bell", paras=[straight(p) for p in P("we-crisis-cafe")],
             subj="MENTAL HEALTH (95%); CHARITIES (80%); POLICE (71%)", geo="TELFORD, ENGLAND (92%); ENGLAND (90%)",
             load="October 16, 2024", ptype="Newspaper"),
    ]
    n = len(docs)
    out = ["User Name: =", "Date and Time: = 2024-10-24", "Job Number: = 231775044", "", "",
           f"Documents ({n})", ""]
    for k, d in enumerate(docs, 1):
        out += [f"{k}. {d['title']}", "Client/Matter: -None-",
                "Search Terms: (hospital OR ambulance OR GP OR dental) AND (Shropshire OR Worcester OR Wales OR "
                "Highland OR Sligo OR Telford)",
                "Search Type: Terms and Connectors", "Narrowed by: ", "Content Type\tNarrowed by",
                "News\tTimeline: Oct 14, 2024 to Oct 24, 2024; Geography: United Kingdom, Ireland", ""]
    mn_common = ["User Name:", "Job Number:", "Client/Matter:", "Search Terms:", "Search Type:", "Narrowed by",
                 "Timeline:", "Section:", "Length:", "Byline:", "Highlight:", "Body", "Classification",
                 "Language: ENGLISH", "Publication-Type:", "Subject:", "Geographic:", "Load-Date:", "End of Document",
                 "All Rights Reserved"]
    for k, d in enumerate(docs, 1):
        words = sum(len(p.split()) for p in d["paras"]) + (len(d["highlight"].split()) if d.get("highlight") else 0)
        out += ["", d["title"], "", d["pub"], d["date"]]
        if d["ed"]:
            out.append(d["ed"])
        out += ["", d["cop"], "", f"Section: {d['section']}", f"Length: {words} words"]
        if d["byline"]:
            out.append(f"Byline: {d['byline']}")
        if d.get("highlight"):
            out.append(f"Highlight: {d['highlight']}")
        out += ["", "Body", "", ""]
        for p in d["paras"] + d.get("tail", []):
            out += [p, ""]
        out += ["", "Classification", "", "Language: ENGLISH", "", f"Publication-Type: {d['ptype']}", "",
                f"Subject: {d['subj']}", "", f"Geographic: {d['geo']}", "", f"Load-Date: {d['load']}", "", "",
                "End of Document", ""]
        mn = mn_common + [d["cop"], f"Load-Date: {d['load']}", d["date"]]
        if d["byline"]:
            mn.append(f"Byline: {d['byline']}")
        if d.get("tail"):
            mn += ["is a GP partner in Oswestry", "The views expressed are his own"]
        paras = ([d["highlight"]] if d.get("highlight") else []) + d["paras"]
        reg(d["aid"], F_NX, paras, mn)
    write(F_NX, "\n".join(out))


# ================================================================== BBC-Monitoring-style compilation
F_BBCM = "BBCM_UK-IE_health_2024-10-21.txt"


def build_bbcm():
    gt = P("whw-galway-trolley")
    gt[1] = gt[1].replace("Organisation said", "Organisation [INMO] said")
    gt[3] = gt[3].replace("The Saolta group, which", "The Saolta group [University Health Care group for the west and "
                                                    "north-west], which")
    items = [
        dict(aid="rc-aber-chemo", head="Wales: " + ART["rc-aber-chemo"]["title"],
             intro="Text of report in Welsh by Aberystwyth-based community broadcaster Radio Ceredigion on 17 October",
             hl=f'[Headline: "{ART["rc-aber-chemo"]["orig_title"]}"]', paras=P("rc-aber-chemo"),
             src="Source: Radio Ceredigion, Aberystwyth, in Welsh 0700 gmt 17 Oct 24", code="BBC Mon UK1 UKPol sm/nl"),
        dict(aid="rc-tregaron-gp", head="Wales: " + ART["rc-tregaron-gp"]["title"],
             intro="Text of report in Welsh by Aberystwyth-based community broadcaster Radio Ceredigion on 17 October",
             hl=f'[Headline: "{ART["rc-tregaron-gp"]["orig_title"]}"]', paras=P("rc-tregaron-gp"),
             src="Source: Radio Ceredigion, Aberystwyth, in Welsh 1200 gmt 17 Oct 24", code="BBC Mon UK1 UKPol sm/nl"),
        dict(aid="whw-galway-trolley", head="Ireland: Record October trolley count at Galway hospital",
             intro="Text of report by Irish regional news website Western Health Wire on 18 October",
             hl=f'[Report by Siobhán Keane: "{ART["whw-galway-trolley"]["title"]}"]', paras=gt,
             src="Source: Western Health Wire website, Galway, in English 1005 gmt 18 Oct 24",
             code="BBC Mon EU1 EuroPol ak/nl"),
        dict(aid="gne-stornoway-ferry", head="UK: " + ART["gne-stornoway-ferry"]["title"],
             intro="Text of report in Scottish Gaelic by Stornoway-based radio Guth nan Eilean on 20 October",
             hl=f'[Headline: "{ART["gne-stornoway-ferry"]["orig_title"]}"]', paras=P("gne-stornoway-ferry"),
             src="Source: Guth nan Eilean, Stornoway, in Scottish Gaelic 0800 gmt 20 Oct 24",
             code="BBC Mon UK1 UKPol fs/nl"),
        dict(aid="rai-carna-gp", head="Ireland: " + ART["rai-carna-gp"]["title"],
             intro="Text of report in Irish by Galway-based Irish-language radio Raidió an Iarthair on 21 October",
             hl=f'[Headline: "{ART["rai-carna-gp"]["orig_title"]}"]', paras=P("rai-carna-gp"),
             src="Source: Raidió an Iarthair, Galway, in Irish 1300 gmt 21 Oct 24", code="BBC Mon EU1 EuroPol ak/nl"),
        dict(aid="ft-altnagelvin", head="UK: " + ART["ft-altnagelvin"]["title"],
             intro="Text of report by Londonderry-based news website Foyle Today on 22 October",
             hl=None, paras=P("ft-altnagelvin"),
             src="Source: Foyle Today website, Londonderry, in English 0630 gmt 22 Oct 24", code="BBC Mon UK1 UKPol fs/nl"),
    ]
    out = ["BBC MONITORING", "UK and Ireland: regional health services - reports, 17-22 October 2024",
           "Compiled 21 October 2024 1530 gmt (updated 22 October)", "", "Contents:"]
    for k, it in enumerate(items, 1):
        out.append(f"  {k}. {it['head']}")
    out += ["", "=" * 72, ""]
    for k, it in enumerate(items, 1):
        out += [it["head"], "", it["intro"], ""]
        if it["hl"]:
            out += [it["hl"], ""]
        for p in it["paras"]:
            out += [wrap(p, 76), ""]
        out += [it["src"], "", it["code"], "", "(c) BBC", "", "=" * 72, ""]
        mn = ["BBC MONITORING", "Text of report", "gmt", "BBC Mon", "(c) BBC", "Contents:",
              "Compiled 21 October 2024", it["src"], it["code"]]
        if it["hl"]:
            mn.append(it["hl"])
        reg(it["aid"], F_BBCM, it["paras"], mn)
    out += ["Users of BBC Monitoring material are reminded that it is for internal use only. Redistribution, "
            "publication or broadcast requires the written permission of BBC Monitoring.", ""]
    write(F_BBCM, "\n".join(out))


# ================================================================== press release wires
F_PR = "press_releases_wk43.txt"


def build_pr():
    med = P("pr-medlogix")
    cat = P("pr-caretrack")
    bri = P("pr-brightsmile")
    cat_sub = "Platform will coordinate ferry, flight and road journeys for island patients"
    out = ["Saved from prnewswire.co.uk, 22/10/2024", "", ART["pr-medlogix"]["title"], "", med[0], "",
           "NEWS PROVIDED BY", "MedLogix Ltd ", "16 Oct, 2024, 07:00 GMT", "", "Share this article", ""]
    for p in med[1:]:
        out += [p, ""]
    about = ["About MedLogix", "MedLogix Ltd is a medical logistics company founded in 2017 and based in Warwick. Its "
             "drones and ground vehicles move samples, medicines and equipment for health services in the UK, Ireland "
             "and Norway. www.medlogix.example", "",
             "About the Severnvale Health Partnership",
             "The Severnvale Health Partnership provides pathology services to hospitals and GP practices in Shropshire, "
             "Telford and Wrekin and mid Wales.", "",
             "Media contact:", "Laura Bings, MedLogix, +44 1926 555 014, press@medlogix.example", "",
             "Photo - https://mma.prnewswire.com/media/2531201/MedLogix_M4.jpg",
             "Logo - https://mma.prnewswire.com/media/2531202/MedLogix_Logo.jpg", "",
             f"View original content to download multimedia:{PRN_URL}", "", "SOURCE MedLogix Ltd", "", "",
             "=" * 70, ""]
    out += about
    reg("pr-medlogix", F_PR, med,
        ["NEWS PROVIDED BY", "Share this article", "About MedLogix", "medical logistics company founded in 2017",
         "About the Severnvale Health Partnership", "Media contact:", "Laura Bings", "press@medlogix.example",
         "mma.prnewswire.com", "View original content", "SOURCE MedLogix Ltd", "Saved from prnewswire"])
    # Business Wire
    bw_title = ("CareTrack Systems Selected by Western Isles and Highland Boards for New Patient Transport Platform")
    out += ["Saved from businesswire.com, 22/10/2024", "", bw_title, "", cat_sub, "",
            "October 22, 2024 04:00 AM Eastern Daylight Time", ""]
    for p in cat:
        out += [p, ""]
    out += ["About CareTrack Systems",
            "CareTrack Systems builds scheduling and routing software for health and care transport. Founded in "
            "Edinburgh in 2015, it serves 14 health boards and trusts in the UK and Ireland. For more information, "
            "visit www.caretrack.example.", "",
            "Contacts", "", "Media:", "Euan Baird", "CareTrack Systems", "+44 131 555 0192", "media@caretrack.example",
            "", "", "=" * 70, ""]
    reg("pr-caretrack", F_PR, [cat_sub] + cat,
        ["Saved from businesswire", "Eastern Daylight Time", "About CareTrack Systems", "builds scheduling and routing",
         "Contacts", "Media:", "Euan Baird", "media@caretrack.example"])
    # EIN Presswire
    out += ["Saved from einpresswire.com, 22/10/2024", "", ART["pr-brightsmile"]["title"], "",
            "EIN Presswire", "October 21, 2024, 09:30 GMT", ""]
    for p in bri:
        out += [p, ""]
    out += ["Neil Hartas", "BrightSmile Dental Group", "+44 1768 555 301", "email us here", "Visit us on social media:",
            "Facebook", "LinkedIn", "", "Legal Disclaimer:",
            "EIN Presswire provides this news content \"as is\" without warranty of any kind. We do not accept any "
            "responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, "
            "or reliability of the information contained in this article. If you have any complaints or copyright "
            "issues related to this article, kindly contact the author above.", ""]
    reg("pr-brightsmile", F_PR, bri,
        ["Saved from einpresswire", "October 21, 2024, 09:30 GMT", "email us here", "Visit us on social media:",
         "Legal Disclaimer:", "without warranty of any kind", "kindly contact the author above", "LinkedIn"])
    write(F_PR, "\n".join(out))


# ================================================================== CSV (media-monitoring export)
F_CSV = "talkwalker_export_2024-10-24.csv"


def build_csv():
    hand = P("mhj-handover") + ["This article originally appeared on Midlands Health Journal."]
    gp = P("mhj-gp-cap")[:-1]
    gp[3] = gp[3].replace("We are doing it because we are frightened of missing something.",
                          "We are doing it because we are worried about missing something.")
    evv = P("evv-penrith")[:3]
    nr = [straight(p) for p in P("nr-minister-winter")]
    rows = [
        # (aid, published, title, source, author, url, paras, joiner, extra must_not, reach, sentiment)
        ("mhj-handover", "17/10/2024 14:05", ART["mhj-handover"]["synd_title"], "Shropshire Business Voice",
         "Helen Marsh; Owen Pryce", "https://www.shropshirebusinessvoice.co.uk/news/paramedics-waited-11-hours-shrewsbury",
         hand, "\n", [], 41200, "negative"),
        ("wmdd-amb-w41", "14/10/2024 10:00", ART["wmdd-amb-w41"]["title"], "Midlands Live", "Midlands Live Data Desk",
         "https://www.midlandslive.co.uk/data/ambulance-response-times-week-to-13-october", P("wmdd-amb-w41"), "\n\n",
         [], 185000, "neutral"),
        ("bca-oswestry-miu", "16/10/2024 06:00", ART["bca-oswestry-miu"]["title"], "Border Counties Advertizer",
         "Sian Roberts", META["bca-oswestry-miu"]["url"], P("bca-oswestry-miu"), "\n\n", [], 22300, "positive"),
        ("mhj-gp-cap", "18/10/2024 17:30", ART["mhj-gp-cap"]["synd_title"], "Herefordshire Now", "Helen Marsh",
         "https://www.herefordshirenow.co.uk/health/gps-limit-patients-each-day", gp, "\n\n", [], 30900, "negative"),
        ("lr-ledbury-hub", "11/10/2024 12:00", ART["lr-ledbury-hub"]["title"], "Ledbury Standard", "Tom Villiers",
         META["lr-ledbury-hub"]["url"], P("lr-ledbury-hub"), "\n\n", [], 8400, "neutral"),
        ("we-crisis-cafe", "15/10/2024 05:00", ART["we-crisis-cafe"]["title"], "The Wrekin Echo", "Kirsty Bell",
         "https://www.wrekinecho.co.uk/news/telford-crisis-cafe-opens", P("we-crisis-cafe"), "\n", [], 27600,
         "positive"),
        ("whw-galway-trolley", "18/10/2024 10:05", ART["whw-galway-trolley"]["title"], "Western Health Wire",
         "Siobhán Keane", WHW_URLS["whw-galway-trolley"], P("whw-galway-trolley"), "\n\n", [], 64000, "negative"),
        ("pr-medlogix", "16/10/2024 06:00", ART["pr-medlogix"]["title"], "PR Newswire", "", PRN_URL, P("pr-medlogix"),
         "\n\n", [], 0, "positive"),
        ("nr-minister-winter", "18/10/2024 00:01", ART["nr-minister-winter"]["title"], "The Northern Record",
         "Chris Dunmore", "https://www.northernrecord.co.uk/news/politics/minister-winter-plan-ambulance-queues", nr,
         "\n\n", [], 312000, "neutral"),
        ("sj-bishops-castle", "", ART["sj-bishops-castle"]["title"], "South Shropshire Journal", "", "",
         P("sj-bishops-castle"), "\n\n", [], 5100, "positive"),
        ("evv-penrith", "21/10/2024 07:30", ART["evv-penrith"]["title"], "Eden Valley Voice",
         "Joe Hetherington, Amy Lowther", EVV_URL,
         evv + ["Read the full story at edenvalleyvoice.co.uk"], "\n\n", ["Read the full story at edenvalleyvoice"],
         9800, "neutral"),
        ("mw-malvern-falls", "22/10/2024 09:15", ART["mw-malvern-falls"]["title"], "Malvern Hills Weekly",
         "Lucy Hartland; Ben Okoro", META["mw-malvern-falls"]["url"], P("mw-malvern-falls"), "\n\n", [], 11700,
         "positive"),
        ("bn-brecon-nurses", "23/10/2024 08:00", ART["bn-brecon-nurses"]["title"], "Brecon and Radnor Herald",
         "Gethin Lloyd", META["bn-brecon-nurses"]["url"], P("bn-brecon-nurses"), "\n\n", [], 9200, "positive"),
        ("wmdd-amb-w42", "21/10/2024 10:00", ART["wmdd-amb-w42"]["title"], "Midlands Live", "Midlands Live Data Desk",
         "https://www.midlandslive.co.uk/data/ambulance-response-times-week-to-20-october", P("wmdd-amb-w42"), "\n\n",
         [], 185000, "neutral"),
        ("bca-oswestry-miu", "16/10/2024 00:00", ART["bca-oswestry-miu"]["print_title"],
         "Border Counties Advertizer (Print)", "Sian Roberts", "", P("bca-oswestry-miu"), "\n\n", [], 14800,
         "positive"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Published", "Title", "Source", "Author", "URL", "Content", "Reach", "Sentiment", "Country", "Language",
                "Media type"])
    for aid, pub, title, src, au, url, paras, joiner, mn, reach, sent in rows:
        country = "IE" if src == "Western Health Wire" else "GB"
        mtype = "PRINT" if "(Print)" in src else ("PRESS_RELEASE" if src == "PR Newswire" else "ONLINE_NEWS")
        w.writerow([pub, title, src, au, url, joiner.join(paras), reach, sent, country, "en", mtype])
        reg(aid, F_CSV, [p for p in paras if not p.startswith("Read the full story")],
            list(mn) + ["ONLINE_NEWS", "negative", "positive", "neutral", "PRESS_RELEASE"])
    write(F_CSV, "\ufeff" + buf.getvalue())


# ================================================================== WARC sources + e-mail
F_WARC = "crawl-20241024-health-00000.warc"


def build_warc_sources():
    os.makedirs(WSRC, exist_ok=True)
    # ---- Eden Valley Voice (WordPress + Yoast JSON-LD graph, two authors)
    aid = "evv-penrith"
    A = ART[aid]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": EVV_URL, "url": EVV_URL, "name": A["title"] + " - Eden Valley Voice",
         "datePublished": "2024-10-21T06:30:00+00:00", "dateModified": "2024-10-22T09:12:40+00:00"},
        {"@type": "NewsArticle", "@id": EVV_URL + "#article", "isPartOf": {"@id": EVV_URL}, "headline": A["title"],
         "datePublished": "2024-10-21T06:30:00+00:00", "dateModified": "2024-10-22T09:12:40+00:00",
         "author": [{"@type": "Person", "name": "Joe Hetherington"}, {"@type": "Person", "name": "Amy Lowther"}],
         "publisher": {"@type": "Organization", "name": "Eden Valley Voice CIC",
                       "logo": {"@type": "ImageObject", "url": "https://www.edenvalleyvoice.co.uk/logo.png"}},
         "articleSection": ["Health", "Penrith"], "inLanguage": "en-GB"}]}
    body = "\n".join(f"<p>{wp_esc(p)}</p>" for p in P(aid))
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{wp_esc(A["title"])} - Eden Valley Voice</title>
<link rel="canonical" href="{EVV_URL}" />
<meta property="og:locale" content="en_GB" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="Eden Valley Voice" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld)}</script>
</head>
<body class="post-template-default single single-post">
<div id="cookie-law-info-bar"><span>This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. <a role="button" class="cli_settings_button">Cookie settings</a> <a role="button" class="cli-plugin-button">ACCEPT</a></span></div>
<header id="masthead"><p class="site-title"><a href="https://www.edenvalleyvoice.co.uk/">Eden Valley Voice</a></p><p class="site-description">Independent news for Penrith and the Eden Valley</p>
<nav><ul><li><a href="/news/">News</a></li><li><a href="/whats-on/">What’s on</a></li><li><a href="/support-us/">Support us</a></li></ul></nav></header>
<main id="main"><article id="post-7731" class="post-7731 post type-post">
<header class="entry-header"><h1 class="entry-title">{wp_esc(A["title"])}</h1>
<div class="entry-meta"><span class="byline">By <a href="/author/joe/">Joe Hetherington</a> and <a href="/author/amy/">Amy Lowther</a></span> <span class="posted-on"><time class="entry-date published" datetime="2024-10-21T07:30:00+01:00">21st October 2024</time><time class="updated" datetime="2024-10-22T10:12:40+01:00">22nd October 2024</time></span></div></header>
<div class="entry-content">
{body}
<div class="evv-support-box"><h4>Support local journalism</h4><p>Eden Valley Voice is a not-for-profit community interest company. We rely on readers to keep reporting on the things that matter in Eden. <a href="/support-us/">Become a supporter from £3 a month</a>.</p></div>
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a>Facebook</a></li><li><a>WhatsApp</a></li><li><a>Email</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/health/">Health</a>, <a href="/category/penrith/">Penrith</a></span></footer>
</article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><p class="comment-notes">Your email address will not be published. Required fields are marked *</p></div></div>
</main>
<footer id="colophon"><p>© 2024 Eden Valley Voice CIC · Company no. 12839071 · <a href="/privacy/">Privacy</a></p></footer>
</body>
</html>
"""
    with open(os.path.join(WSRC, "evv-penrith.html"), "w", encoding="utf-8") as f:
        f.write(page)
    reg(aid, F_WARC, P(aid),
        ["uses cookies", "Cookie settings", "ACCEPT", "Independent news for Penrith", "Support us",
         "By Joe Hetherington", "21st October 2024", "22nd October 2024", "Support local journalism",
         "not-for-profit community interest company", "Become a supporter", "Share this:", "Posted in", "Leave a Reply",
         "Your email address will not be published", "Company no. 12839071"])

    # ---- Tyne Borders TV (Next.js-ish, og/article meta only, video block)
    aid = "btv-hexham"
    A = ART[aid]
    body = "\n".join(f'<p class="sc-1x2k3-para">{esc(p)}</p>' for p in P(aid))
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Hexham urgent care centre to close overnight | Tyne Borders TV</title>
<meta property="og:title" content="{esc(A["title"])}"/><meta property="og:site_name" content="Tyne Borders TV"/>
<meta property="og:url" content="{TBTV_URL}"/><meta property="og:type" content="article"/>
<meta property="article:published_time" content="2024-10-22T16:12:00Z"/><meta property="article:modified_time" content="2024-10-23T08:03:00Z"/>
<meta property="article:section" content="Tyne Tees"/>
<meta name="next-head-count" content="11"/>
</head><body><div id="__next"><div class="sc-a91b-layout">
<div class="sc-consent"><p>We use cookies and data to deliver and maintain our services. <button>Accept all</button> <button>Reject all</button> <button>More options</button></p></div>
<header class="sc-hdr"><a href="/">Tyne Borders TV</a><nav><a href="/news">News</a><a href="/weather">Weather</a><a href="/watch">Watch live</a></nav></header>
<main><article>
<span class="sc-region">Tyne Tees</span>
<h1 class="sc-7e1-headline">{esc(A["title"])}</h1>
<div class="sc-video"><p>Video: Campaigners say the closure will leave Tynedale without overnight urgent care. 2:14</p><p>This video is unavailable in your region.</p></div>
<div class="sc-meta"><p class="sc-author">Rachel Armstrong</p><p class="sc-role">Tyne Tees reporter</p><p class="sc-date">Tuesday 22 October 2024, 5:12pm</p></div>
<div class="sc-body">
{body}
</div>
<div class="sc-share"><button>Share on Facebook</button><button>Share on X</button><button>Copy link</button></div>
<section class="sc-more"><h2>More from Tyne Tees</h2><ul><li><a href="/news">Gateshead bus station roof to be replaced</a></li><li><a href="/news">Kielder Water level lowest for a decade</a></li></ul></section>
</article></main>
<footer><p>© Tyne Borders Television Ltd 2024</p><p><a href="/terms">Terms of use</a> | <a href="/privacy">Privacy policy</a> | <a href="/accessibility">Accessibility</a></p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"article":{{"id":"a4f19","title":{json.dumps(A["title"])},"author":"Rachel Armstrong","region":"tyne-tees"}}}}}},"page":"/news/[slug]","buildId":"Tq1eX0"}}</script>
</body></html>
"""
    with open(os.path.join(WSRC, "btv-hexham.html"), "w", encoding="utf-8") as f:
        f.write(page)
    reg(aid, F_WARC, P(aid),
        ["We use cookies and data", "Reject all", "Watch live", "Tyne Tees reporter", "Video: Campaigners say",
         "unavailable in your region", "Tuesday 22 October 2024", "Share on Facebook", "Copy link", "More from Tyne Tees",
         "Gateshead bus station", "Kielder Water", "Tyne Borders Television Ltd", "Accessibility"])


NOT_FOUND = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Page not found - Eden Valley Voice</title></head>
<body><header><p class="site-title">Eden Valley Voice</p></header>
<main><h1>Oops! That page can’t be found.</h1><p>It looks like nothing was found at this location. Maybe try one of the links below or a search?</p>
<h2>Recent posts</h2><ul><li><a href="/news/penrith-hospital-to-reopen-16-community-beds/">Penrith hospital to reopen 16 community beds</a></li><li><a href="/news/">Appleby Fair review published</a></li></ul></main>
<footer><p>© 2024 Eden Valley Voice CIC</p></footer></body></html>
"""


def build_warc():
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def rid(n):
        return "<urn:uuid:%s>" % uuid.UUID(int=(0x68656c74686372000000000000000000 + n))

    UA = "Mozilla/5.0 (compatible; marches-healthwatch-archiver/0.9; +https://marcheshealthwatch.org/bot)"
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False, warc_version="WARC/1.1")
    info = w.create_warcinfo_record(F_WARC, {
        "software": "Browsertrix-Crawler 1.3.4 (with warcio.js 2.3.1)", "format": "WARC File Format 1.1",
        "isPartOf": "marches-healthwatch-oct24", "http-header-user-agent": UA,
        "description": "Ad hoc capture of health pages flagged by Google Alerts"})
    info.rec_headers.replace_header("WARC-Record-ID", rid(0))
    info.rec_headers.replace_header("WARC-Date", "2024-10-24T08:00:01Z")
    w.write_record(info)
    n = 1

    def resp(uri, status, body, ctype, date, extra=()):
        nonlocal n
        headers = [("Date", date), ("Server", "nginx")] + list(extra)
        if body is not None:
            headers += [("Content-Type", ctype), ("Content-Length", str(len(body)))]
        r = w.create_warc_record(uri, "response", payload=io.BytesIO(body or b""),
                                 http_headers=StatusAndHeaders(status, headers, protocol="HTTP/1.1"),
                                 warc_headers_dict={"WARC-Date": date_w(date), "WARC-Record-ID": rid(n),
                                                    "WARC-IP-Address": "93.184.216.34"})
        w.write_record(r)
        host = uri.split("/")[2]
        path = "/" + uri.split("/", 3)[3] if uri.count("/") >= 3 else "/"
        q = w.create_warc_record(uri, "request", http_headers=StatusAndHeaders(
            f"GET {path} HTTP/1.1", [("Host", host), ("User-Agent", UA), ("Accept", "text/html,*/*;q=0.8")],
            is_http_request=True), warc_headers_dict={"WARC-Date": date_w(date), "WARC-Record-ID": rid(n + 1),
                                                      "WARC-Concurrent-To": rid(n)})
        w.write_record(q)
        n += 2
        return r

    dates = {}

    def date_w(d):
        return dates[d]

    def stamp(http, warc):
        dates[http] = warc
        return http

    evv = open(os.path.join(WSRC, "evv-penrith.html"), "rb").read()
    btv = open(os.path.join(WSRC, "btv-hexham.html"), "rb").read()
    # http -> https redirect for the first page
    resp("http://www.edenvalleyvoice.co.uk/news/penrith-hospital-to-reopen-16-community-beds/", "301 Moved Permanently",
         None, None, stamp("Thu, 24 Oct 2024 08:00:03 GMT", "2024-10-24T08:00:03Z"), [("Location", EVV_URL)])
    r1 = resp(EVV_URL, "200 OK", evv, "text/html; charset=UTF-8",
              stamp("Thu, 24 Oct 2024 08:00:04 GMT", "2024-10-24T08:00:04Z"),
              [("Last-Modified", "Tue, 22 Oct 2024 09:12:40 GMT")])
    resp(TBTV_URL, "200 OK", btv, "text/html; charset=utf-8",
         stamp("Thu, 24 Oct 2024 08:00:09 GMT", "2024-10-24T08:00:09Z"), [("Cache-Control", "s-maxage=60")])
    resp("https://www.edenvalleyvoice.co.uk/news/hospital-beds-consultation-2023/", "404 Not Found",
         NOT_FOUND.encode("utf-8"), "text/html; charset=UTF-8",
         stamp("Thu, 24 Oct 2024 08:00:12 GMT", "2024-10-24T08:00:12Z"))
    # revisit of the first page (identical payload) a few minutes later
    digest = r1.rec_headers.get_header("WARC-Payload-Digest")
    rv = w.create_revisit_record(EVV_URL, digest, EVV_URL, "2024-10-24T08:00:04Z",
                                 http_headers=StatusAndHeaders("200 OK", [("Date", "Thu, 24 Oct 2024 08:06:31 GMT"),
                                                                          ("Content-Type", "text/html; charset=UTF-8")],
                                                               protocol="HTTP/1.1"),
                                 warc_headers_dict={"WARC-Date": "2024-10-24T08:06:31Z", "WARC-Record-ID": rid(n)})
    w.write_record(rv)
    write(F_WARC, buf.getvalue())


F_EML = "google-alert-fwd_2024-10-22.eml"


def build_eml():
    mc = ART["mc-hereford-ward"]
    bt = ART["btv-hexham"]
    mc_p = [straight(p) for p in P("mc-hereford-ward")]
    bt_p = [straight(p) for p in P("btv-hexham")]
    alert = [
        ("Penrith hospital to reopen 16 community beds", "Eden Valley Voice",
         "Sixteen community hospital beds in Penrith that have been closed since the pandemic are to reopen in time "
         "for winter, health bosses have ..."),
        ("Hereford County Hospital opens 40-bed modular ward", "Marches Courier",
         "A 40-bed ward built in a factory in Yorkshire and lifted into place by crane over a single weekend has opened "
         "at Hereford County ..."),
        ("Hexham hospital's urgent care centre to close overnight", "Tyne Borders TV",
         "The urgent treatment centre at Hexham General Hospital will close overnight from next month, Northumbria "
         "Healthcare NHS ..."),
        ("Trolley numbers at University Hospital Galway reach October record", "Western Health Wire",
         "Fifty-eight patients were waiting on trolleys at University Hospital Galway on Friday morning, the highest "
         "figure recorded at the ..."),
    ]
    T = ["Hi Dafydd, hi Ceri,", "",
         "This morning's alert below. Two of these are behind the paywall / app-only, so I've pasted the full",
         "text under the alert so we have them for the file. The other two are already in the tracker.", "",
         "Nia", "", "--", "Nia Hughes | Research Officer", "Marches Healthwatch Network", "07700 900 418", "",
         "---------- Forwarded message ---------", "From: Google Alerts <googlealerts-noreply@google.com>",
         "Date: Tue, 22 Oct 2024 at 08:14", "Subject: Google Alert - hospital beds",
         "To: <nia.hughes@marcheshealthwatch.org>", "", "", "Google Alerts", "", "hospital beds", "",
         "Daily update \u22c5 22 October 2024", "", "NEWS", ""]
    for t, o, s in alert:
        T += [t, o, s, "[Flag as irrelevant]", ""]
    T += ["See more results | Edit this alert", "",
          "You have received this email because you have subscribed to Google Alerts.",
          "Unsubscribe | View all your alerts", "", "[RSS] Receive this alert as RSS feed", "", "Send Feedback", "", "",
          "=" * 60, "PASTED 1 (Marches Courier, paywalled)", "=" * 60, "", mc["title"], "",
          "By Rhian Bevan, Health Reporter", "Thursday 17 October 2024", ""]
    for p in mc_p:
        T += [wrap(p, 72), ""]
    T += ["=" * 60, "PASTED 2 (Tyne Borders TV, text from the app)", "=" * 60, "", straight(bt["title"]), "",
          "Rachel Armstrong, Tyne Tees reporter", ""]
    for p in bt_p:
        T += [wrap(p, 72), ""]
    T += ["[end of pasted text]", ""]
    body = qp("\n".join(T))
    eml = f"""Return-Path: <nia.hughes@marcheshealthwatch.org>
Received: from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])
        by mx.marcheshealthwatch.org with ESMTPS id 4XXk2Q1bXhz9sPb; Tue, 22 Oct 2024 09:31:07 +0100 (BST)
MIME-Version: 1.0
Date: Tue, 22 Oct 2024 09:30:52 +0100
Message-ID: <CAF8k1xQ9p2bVw0Zq3Lr+JmY4sT7nWc@mail.gmail.com>
Subject: Fwd: Google Alert - hospital beds
From: Nia Hughes <nia.hughes@marcheshealthwatch.org>
To: Dafydd Rees <dafydd.rees@marcheshealthwatch.org>, Ceri Powell <ceri.powell@marcheshealthwatch.org>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{body}
"""
    write(F_EML, eml)
    mn = ["Hi Dafydd", "behind the paywall", "Research Officer", "Marches Healthwatch Network", "Forwarded message",
          "googlealerts-noreply", "Google Alert - hospital beds", "Daily update", "Flag as irrelevant",
          "See more results", "Edit this alert", "You have received this email", "View all your alerts",
          "Receive this alert as RSS feed", "Send Feedback", "PASTED 1", "PASTED 2", "end of pasted text"]
    reg("mc-hereford-ward", F_EML, mc_p, mn + ["By Rhian Bevan", "Thursday 17 October 2024"])
    reg("btv-hexham", F_EML, bt_p, mn + ["Tyne Tees reporter"])


# ================================================================== main
def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    build_rss()
    build_atom()
    build_drupal()
    build_arc()
    build_substack()
    build_amp()
    build_proquest()
    build_nexis()
    build_bbcm()
    build_pr()
    build_csv()
    build_warc_sources()
    build_warc()
    build_eml()
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
    gold.sort(key=lambda g: (g["copies"][0]["source"],
                             [p for s, p, _ in COPIES[g["id"]] if s == g["copies"][0]["source"]][0]))
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {sum(len(g['copies']) for g in gold)} copies, "
          f"{sum(1 for g in gold if len(g['copies']) > 1)} duplicate groups, {len(os.listdir(DUMPS))} files")


if __name__ == "__main__":
    main()
