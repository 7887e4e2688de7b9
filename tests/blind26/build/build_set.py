# -*- coding: utf-8 -*-
"""Build tests/blind26/dumps/* and tests/blind26/gold.json from articles.py (deterministic, byte-identical reruns).

usage: /work/main/.venv/bin/python tests/blind26/build/build_set.py

Theme: article shapes that look like furniture or like headers (Q&A, letters, obituaries, a corrections box,
briefs, smart-brevity lead-ins, a timeline, box scores and market tables, a listicle, a recipe, a poem, a
transcript, real sentences that read like boilerplate), in ordinary containers: saved news pages, a pasted-article
text digest, a trafilatura JSON lines export and a Google Takeout mbox of newsletters.
"""
import collections
import hashlib
import html
import json
import os
import quopri
import re
import sys
import textwrap
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")
sys.path.insert(0, HERE)
from articles import ART, KHJ, PSBL, SB, TT  # noqa: E402

F_JL = "2026-12-08_tidescrape_trafilatura.jsonl"
F_TL = "How we got here_ the fight over ferry fares on Commencement Bay _ The Tacoma Tideline.html"
F_L3 = "Letters to the editor, Dec. 3, 2026 _ The Tacoma Tideline.html"
F_L8 = "Letters to the editor, Dec. 8, 2026 _ The Tacoma Tideline.html"
F_OH = "Margaret Holloway Obituary (1938 - 2026) - Gig Harbor, WA - The Tacoma Tideline.html"
F_MC = "Media Clips - Friday, December 4, 2026.txt"
F_MB = "Newsletters.mbox"
F_QA = ("Q&A_ The ferry district\u2019s new chief on fares, fixes and a fleet \u2018held together with hope\u2019 _ "
        "The Tacoma Tideline.html")
F_PO = "Tacoma\u2019s poet laureate wrote the ferry a poem. Here it is. _ The Tacoma Tideline.html"
F_ON = "Walter Ng Obituary (1941 - 2026) - Gig Harbor, WA - The Tacoma Tideline.html"
F_KS = "kitsapharborjournal.com_sports_olalla-bay-rallies-past-chehalis-valley.html"
F_SB = "soundbrief.news_tacoma_2026_12_03_ferry-fare-hike-what-we-know.html"
ALL = [F_JL, F_TL, F_L3, F_L8, F_OH, F_MC, F_MB, F_QA, F_PO, F_ON, F_KS, F_SB]
assert ALL == sorted(ALL), sorted(ALL)

COPIES, MUSTNOT, POS, FILE_MN, IN_FILE = {}, {}, {}, collections.defaultdict(list), collections.defaultdict(list)
TITLES = collections.defaultdict(list)    # every headline a copy states (title alternatives)

# decks / descriptions (furniture: never body text)
DEK = {
    "tt-letter-fares-1": "A commuter says the ferry district\u2019s proposal asks too much of riders who have no other "
                         "way across.",
    "tt-corrections": "Corrections and clarifications for Friday, Dec. 4, 2026.",
    "tt-fire": "No one was hurt in the late-night blaze at a 1912 building that had stood empty since 2019.",
    "tt-museum": "The Foss Harbor Art Museum says its tower is a trademark. The artist says it\u2019s a building.",
    "tt-listicle": "A ferry terminal, a food hall and a free summer shuttle are among the projects due to open.",
    "tt-mayor": "More than 1.2 million pages, from an 1883 weekly to 2005, can now be searched with a library card.",
    "tt-poem": "Imani Okafor-Reyes read \u201cCrossing\u201d to commuters at the Foss Waterway float on Saturday.",
    "tt-qa-director": "Luis Echevarria has been on the job a month. He says yes, fares are going up.",
    "tt-timeline": "From a single leased boat in 2019 to Thursday\u2019s vote: the key dates.",
    "tt-transcript": "Council member Grace Oduya pressed Luis Echevarria on what riders would pay if a state grant ends.",
    "khj-audit": "Auditors found the port could not show it got fair prices for dock repairs, dredging and a fuel "
                 "system.",
    "khj-recipe": "Dorothy Kalani has made the same crab cakes for 51 Christmas Eves. Here is her recipe.",
    "khj-sports": "Kai Nakamura ran for two fourth-quarter touchdowns as the Pilots reached their first title game "
                  "since 1998.",
    "khj-standings": "Keyport and Seabeck meet Friday in Seabeck with first place on the line.",
    "psbl-markets-1203": "The Dow closed at a record; Rainier Biologics fell after postponing a data presentation.",
    "psbl-label": "The attorney general says Tidewell Naturals marketed the gummies to people as a cold remedy.",
    "sb-whatweknow": "The board votes next Thursday on the first fare increase in more than three years.",
}

TT_BIO = {
    "Renata Ocampo": "Renata Ocampo covers transportation and the waterfront for The Tideline. Reach her at "
                     "rocampo@tacomatideline.com or 253-555-0148.",
    "Jolene Whitfield": "Jolene Whitfield covers arts and culture for The Tideline. Reach her at "
                        "jwhitfield@tacomatideline.com.",
    "Marcus Bell": "Marcus Bell covers Tacoma City Hall for The Tideline. Reach him at mbell@tacomatideline.com or "
                   "253-555-0162.",
}
TT_COPY = "\u00a9 2026 The Tacoma Tideline. All rights reserved."
TT_SUB = "Subscribe now \u2014 3 months for $1"
TT_NL = "Get the Tideline Today newsletter: the day\u2019s top local stories, every morning at 6."


# ====================================================================== helpers
def straight(s):
    return s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def norm(s):
    return " ".join(s.split())


def reg(aid, src, body_ps, mn=(), titles=()):
    """Register one copy: body_ps are the gold paragraphs (markup already resolved)."""
    assert aid in ART, aid
    body = "\n\n".join(norm(p) for p in body_ps)
    pos = POS.get(src, 0)
    POS[src] = pos + 1
    COPIES.setdefault(aid, []).append((src, pos, body))
    IN_FILE[src].append(aid)
    addmn(aid, mn)
    for t in titles:
        if t not in TITLES[aid]:
            TITLES[aid].append(t)
        addmn(aid, [t])


def addmn(aid, strings):
    lst = MUSTNOT.setdefault(aid, [])
    for s in strings:
        s = norm(s)
        if s and s not in lst:
            lst.append(s)


def fmn(src, strings):
    for s in strings:
        s = norm(s)
        if s and s not in FILE_MN[src]:
            FILE_MN[src].append(s)


def write(name, data):
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def cells(p):
    return [c.strip() for c in p[1:].split(" | ")]


def gold_paras(ps, traf=False):
    """The gold paragraphs of a paragraph list in articles.py markup."""
    out = []
    for p in ps:
        if p.startswith("## ") or p.startswith("* ") or p.startswith("~ "):
            out.append(p[2:].strip() if not p.startswith("## ") else p[3:])
        elif p.startswith("| "):
            cs = cells(p)
            out.append("| " + " | ".join(cs) + " |" if traf else " ".join(cs))
        elif p.startswith("/ "):
            out.append(" ".join(x.strip() for x in p[2:].split(" / ")))
        else:
            out.append(p)
    return out


def qa_dots(ps):
    """The syndicated typesetting of the interview: Q. / A. instead of Q: / A:"""
    return [("Q. " + p[3:]) if p.startswith("Q: ") else ("A. " + p[3:]) if p.startswith("A: ") else p for p in ps]


def dashes(ps):
    return [p.replace(" \u2014 ", " -- ").replace("\u2014", "--") for p in ps]


AGATE = re.compile(r"^(.+?) (\d+) (\d+) (\d+) (\d+) \u2014 (\d+)$")


def agate_line(s):
    m = AGATE.match(s)
    if m:
        name, a, b, c, d, t = m.groups()
        return f"{name:<17}{a:>3}{b:>4}{c:>4}{d:>4}  \u2014 {t:>3}"
    return s


def aligned_rows(rows):
    """Plain-text table: first column left-aligned, the rest right-aligned."""
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        line = r[0].ljust(w[0] + 3) + "".join(c.rjust(w[i] + 4) for i, c in enumerate(r[1:], 1))
        out.append(line.rstrip())
    return out


def groups(ps):
    """Consecutive runs: ('p', text) / ('h', text) / ('ul', [items]) / ('table', [rows]) / ('pre', [lines]) /
    ('poem', [stanzas])."""
    out = []
    for p in ps:
        if p.startswith("* "):
            kind, val = "ul", p[2:]
        elif p.startswith("| "):
            kind, val = "table", cells(p)
        elif p.startswith("~ "):
            kind, val = "pre", p[2:]
        elif p.startswith("/ "):
            kind, val = "poem", [x.strip() for x in p[2:].split(" / ")]
        elif p.startswith("## "):
            out.append(("h", p[3:]))
            continue
        else:
            out.append(("p", p))
            continue
        if out and out[-1][0] == kind:
            out[-1][1].append(val)
        else:
            out.append((kind, [val]))
    return out


LEAD = re.compile(r"^((?:Q|A|SOUND BRIEF|RAMOS|Why it matters|Driving the news|By the numbers|Between the lines|"
                  r"What they\u2019re saying|The other side|What\u2019s next|How it works):)(.*)$")
TS = re.compile(r"^(\[\d\d:\d\d:\d\d\]) ([A-Z][A-Z .]+:)(.*)$")
WHEN = re.compile(r"^((?:Monday|Thursday), [^:]+:|Jan\. 4, 2027:)(.*)$")
DATELEAD = re.compile(r"^([A-Z][a-z]+\.? (?:\d+, )?\d{4}) \u2014 (.*)$")


def p_html(t, timeline=False):
    m = TS.match(t)
    if m:
        return f'<p><span class="ts">{esc(m.group(1))}</span> <strong>{esc(m.group(2))}</strong>{esc(m.group(3))}</p>'
    m = LEAD.match(t) or (WHEN.match(t) if timeline else None)
    if m:
        return f"<p><strong>{esc(m.group(1))}</strong>{esc(m.group(2))}</p>"
    m = DATELEAD.match(t) if timeline else None
    if m:
        return f'<p class="timeline-entry"><strong>{esc(m.group(1))}</strong> \u2014 {esc(m.group(2))}</p>'
    return f"<p>{esc(t)}</p>"


def html_blocks(ps, timeline=False, h="h2", inserts=None):
    """HTML for an article body; inserts = {index of group: html to put after that group}."""
    out = []
    for i, (kind, val) in enumerate(groups(ps)):
        if kind == "p":
            out.append(p_html(val, timeline))
        elif kind == "h":
            out.append(f"<{h}>{esc(val)}</{h}>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            head, rows = val[0], val[1:]
            t = ['<table class="data-table">', "<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in head)
                 + "</tr></thead>", "<tbody>"]
            t += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows]
            t += ["</tbody>", "</table>"]
            out.append("\n".join(t))
        elif kind == "pre":
            out.append('<pre class="agate">' + esc("\n".join(agate_line(x) for x in val)) + "</pre>")
        elif kind == "poem":
            out.append('<blockquote class="poem">' + "".join(
                "<p>" + "<br>".join(esc(x) for x in st) + "</p>" for st in val) + "</blockquote>")
        if inserts and i in inserts:
            out.append(inserts[i])
    return out


def text_blocks(ps, bullet="\u2022 ", wrap=None, table_indent=""):
    """Plain-text blocks (joined by blank lines by the caller)."""
    out = []

    def w(s, indent=""):
        if not wrap:
            return s
        return "\n".join(textwrap.wrap(s, wrap, break_on_hyphens=False, break_long_words=False,
                                       subsequent_indent=indent))

    for kind, val in groups(ps):
        if kind in ("p", "h"):
            out.append(w(val))
        elif kind == "ul":
            out.append("\n".join(w(bullet + x, " " * len(bullet)) for x in val))
        elif kind == "table":
            out.append("\n".join(table_indent + r for r in aligned_rows(val)))
        elif kind == "pre":
            out.append("\n".join(agate_line(x) for x in val))
        elif kind == "poem":
            out.extend("\n".join(st) for st in val)
    return out


def traf_text(ps):
    """trafilatura's plain-text rendering: one block per line, '- ' bullets, markdown-style table rows."""
    lines, flat = [], []
    for kind, val in groups(ps):
        if kind in ("p", "h"):
            lines.append(val)
            flat.append(val)
        elif kind == "ul":
            lines += ["- " + x for x in val]
            flat += val
        elif kind == "table":
            n = len(val[0])
            lines.append("| " + " | ".join(val[0]) + " |")
            lines.append("|" + "---|" * n)
            lines += ["| " + " | ".join(r) + " |" for r in val[1:]]
            flat += [" ".join(r) for r in val]
        elif kind == "pre":
            lines.append("\n".join(agate_line(x) for x in val))
            flat += val
        elif kind == "poem":
            lines += ["\n".join(st) for st in val]
            flat += [" ".join(st) for st in val]
    return lines, flat


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


def sig_name(aid):
    return ART[aid]["sig"]


# ====================================================================== 1. trafilatura JSON lines
def fingerprint(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:16]


def build_jsonl():
    # (aid, variant, source URL, title, author, sitename, hostname, categories, image, before, after)
    TTS = "The Tacoma Tideline"
    recs = [
        ("tt-letter-fares-1", None, ART["tt-letter-fares-1"]["url"], "Re: Ferry fares", None, TTS,
         "tacomatideline.com", "Opinion;Letters to the Editor", None, [],
         [sig_name("tt-letter-fares-1"),
          "Submit a letter: Letters of 200 words or fewer may be sent to letters@tacomatideline.com. Include your "
          "name, address and phone number; we publish only your name and city."]),
        ("tt-corrections", None, ART["tt-corrections"]["url"], "Corrections and clarifications", None, TTS,
         "tacomatideline.com", "News;Corrections", None, [],
         ["The Tideline corrects errors of fact promptly. To request a correction, email "
          "corrections@tacomatideline.com or call 253-555-0100."]),
        ("tt-fire", None, ART["tt-fire"]["url"], ART["tt-fire"]["title"], "Sam Okonkwo", TTS, "tacomatideline.com",
         "News;Local;Crime", "https://www.tacomatideline.com/public/latest-news/9x2kq1/picture312975530/alternates/"
         "LANDSCAPE_1140/hilltop-fire.jpg", [],
         ["Related: Hilltop landlords face new fees on long-vacant buildings"]),
        ("tt-museum", None, ART["tt-museum"]["url"], ART["tt-museum"]["title"], "Jolene Whitfield", TTS,
         "tacomatideline.com", "News;Local;Arts & Culture", "https://www.tacomatideline.com/public/latest-news/"
         "7c1mw4/picture312944718/alternates/LANDSCAPE_1140/otter-mural.jpg",
         ["Kenji Sato\u2019s mural on the east wall of the Jefferson Avenue garage shows river otters climbing the "
          "Foss Harbor Art Museum\u2019s tower. Tideline staff photo"],
         [TT_BIO["Jolene Whitfield"], TT_COPY]),
        ("tt-listicle", None, ART["tt-listicle"]["url"], ART["tt-listicle"]["title"], "Aileen Park", TTS,
         "tacomatideline.com", "News;Local", None, [],
         [TT_NL + " Sign up at tacomatideline.com/newsletters."]),
        ("tt-mayor", None, ART["tt-mayor"]["url"], ART["tt-mayor"]["title"], "Marcus Bell", TTS,
         "tacomatideline.com", "News;Local", None, [],
         [TT_SUB + ". Support local journalism in Tacoma."]),
        ("tt-poem", None, ART["tt-poem"]["url"], ART["tt-poem"]["title"], "Jolene Whitfield", TTS,
         "tacomatideline.com", "Entertainment;Arts & Culture", None, [], [TT_BIO["Jolene Whitfield"]]),
        ("tt-museum", "amp", ART["tt-museum"]["amp_url"], ART["tt-museum"]["title"], "Jolene Whitfield", TTS,
         "tacomatideline.com", "News;Local;Arts & Culture", None, [], [TT_BIO["Jolene Whitfield"]]),
        ("tt-obit-holloway", None, ART["tt-obit-holloway"]["url"],
         "Margaret Holloway Obituary (1938 - 2026) - Gig Harbor, WA", None, TTS, "tributes.tacomatideline.com",
         "Obituaries", None, [],
         ["Published by The Tacoma Tideline from Dec. 6 to Dec. 7, 2026.",
          "Arrangements by Cedar Narrows Funeral Chapel, Gig Harbor."]),
        # the Journal's syndicated copy: its rel=canonical points at the Tideline's URL, which trafilatura reports
        ("tt-qa-director", "khj", ART["tt-qa-director"]["url"], ART["tt-qa-director"]["khj_title"],
         "Renata Ocampo; The Tacoma Tideline", KHJ, "tacomatideline.com", "News;Ferries", None,
         ["This story was originally published by The Tacoma Tideline and is republished here under a "
          "content-sharing agreement."],
         ["Renata Ocampo covers transportation and the waterfront for The Tacoma Tideline."]),
        ("khj-audit", None, ART["khj-audit"]["url"], ART["khj-audit"]["title"], "Caleb Summers", KHJ,
         "kitsapharborjournal.com", "News;Silverdale", None, [],
         ["Follow Kitsap Harbor Journal on Facebook and Instagram for more local news."]),
        ("khj-recipe", None, ART["khj-recipe"]["url"], ART["khj-recipe"]["title"], "Lorna Pritchett", KHJ,
         "kitsapharborjournal.com", "Food;Holidays", None, [],
         ["Did you make Dot\u2019s crab cakes? Tag us @kitsapharborjournal and show us how they turned out."]),
        ("khj-sports", None, ART["khj-sports"]["url"], ART["khj-sports"]["title"], "Devin Tran", KHJ,
         "kitsapharborjournal.com", "Sports;Prep Football", None, [],
         ["Follow Kitsap Harbor Journal sports on Instagram @khjsports for coverage of next Saturday\u2019s title "
          "game."]),
        ("khj-standings", None, ART["khj-standings"]["url"], ART["khj-standings"]["title"], "Devin Tran", KHJ,
         "kitsapharborjournal.com", "Sports;Prep Basketball", None, [],
         ["Scores or stats to report? Email sports@kitsapharborjournal.com by 10 p.m. on game nights."]),
        ("psbl-markets-1203", None, ART["psbl-markets-1203"]["url"], ART["psbl-markets-1203"]["title"],
         "Hannah Voss", PSBL, "psbledger.com", "Markets", None, [],
         ["Market data by Cascadia Quotes. Not investment advice."]),
        ("psbl-label", None, ART["psbl-label"]["url"], ART["psbl-label"]["title"], "Arun Mehta", PSBL,
         "psbledger.com", "Retail;Courts", None, [],
         ["Arun Mehta covers retail and consumer products for the Ledger. Reach him at amehta@psbledger.com."]),
    ]
    lines = []
    for aid, variant, url, title, author, site, host, cats, image, before, after in recs:
        a = ART[aid]
        ps = list(a["paras"])
        if variant == "khj":
            ps = qa_dots(ps)[:-2]          # Q./A. typesetting; the Journal drops the last question
        body_lines, flat = traf_text(ps)
        text = "\n".join(before + body_lines + after)
        raw_text = " ".join(" ".join(before + flat + after).split())
        rec = {
            "title": title,
            "author": author,
            "hostname": host,
            "date": a["date"],
            "fingerprint": fingerprint(text),
            "id": None,
            "license": None,
            "comments": "",
            "raw_text": raw_text,
            "text": text,
            "language": None,
            "image": image,
            "pagetype": "article",
            "filedate": "2026-12-08",
            "source": url,
            "source-hostname": site,
            "excerpt": DEK.get(aid) or " ".join(flat[0].split()[:30]),
            "categories": cats,
            "tags": "",
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
        mn = before + after
        if aid in DEK:
            mn.append(DEK[aid])
        if variant == "khj":
            mn.append("Renata Ocampo; The Tacoma Tideline")
        reg(aid, F_JL, gold_paras(ps, traf=True), mn, [title])
    write(F_JL, "\n".join(lines) + "\n")


# ====================================================================== 2. The Tacoma Tideline pages (one template)
TT_NAV = ("<nav class=\"primary-nav\"><a href=\"/news/local\">Local</a> <a href=\"/news/local/transportation\">Ferries "
          "&amp; Transportation</a> <a href=\"/news/politics-government\">Politics</a> <a href=\"/sports\">Sports</a> "
          "<a href=\"/entertainment\">Entertainment</a> <a href=\"/opinion\">Opinion</a> "
          "<a href=\"https://tributes.tacomatideline.com\">Obituaries</a> <a href=\"/e-edition\">e-Edition</a></nav>")
TT_FOOT = ["Contact Us", "Customer Service", "Newsroom Staff", "Terms of Service", "Privacy Policy",
           "Do Not Sell or Share My Personal Information"]
TT_SHARE = ["Share on Facebook", "Share on X", "Email this story", "Copy link"]


def tt_page(fn, *, title, url, kicker, kicker_href, author, published_iso, published_txt, updated_txt, dek, figure,
            body, bio, related, ld_type="NewsArticle", h1=None, byline_txt=None, extra_head=""):
    """A Tideline story page. body: list of HTML lines. Returns the list of furniture strings it printed."""
    h1 = h1 or title
    byline_txt = byline_txt or (f"By {author}" if author else "")
    ldobj = {"@context": "https://schema.org", "@type": ld_type, "headline": h1, "url": url,
             "datePublished": published_iso, "dateModified": published_iso,
             "publisher": {"@type": "NewsMediaOrganization", "name": "The Tacoma Tideline",
                           "logo": {"@type": "ImageObject", "url": "https://www.tacomatideline.com/static/logo.png"}},
             "isAccessibleForFree": False}
    if author:
        ldobj["author"] = [{"@type": "Person", "name": author}]
    fig = ""
    if figure:
        fig = (f'<figure class="lead-art"><img src="{figure[0]}" alt=""><figcaption><span class="caption">'
               f"{esc(figure[1])}</span> <span class=\"credit\">{esc(figure[2])}</span></figcaption></figure>")
    rel = ""
    if related:
        rel = ('<section class="related-stories"><h2>Related stories from The Tacoma Tideline</h2><ul>'
               + "".join(f'<li><a href="#">{esc(r)}</a></li>' for r in related) + "</ul></section>")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | The Tacoma Tideline</title>
<meta name="description" content="{attr(dek or '')}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Tacoma Tideline">
<meta property="og:title" content="{attr(h1)}">
<meta property="og:url" content="{url}">
<meta property="og:description" content="{attr(dek or '')}">
<meta property="article:published_time" content="{published_iso}">
{extra_head}{ld(ldobj)}
<script>window.tdl = window.tdl || {{}}; tdl.paywall = {{"meter": 3, "section": "{kicker}"}};</script>
</head>
<body class="story-page">
<a class="skip-link" href="#main">Skip to main content</a>
<div class="subscribe-bar"><a href="/subscribe?offer=dec1">{esc(TT_SUB)}</a> <a href="/login">Sign In</a></div>
<header class="masthead"><a class="logo" href="/">The Tacoma Tideline</a> <span class="tagline">Tacoma \u00b7 Pierce County \u00b7 South Sound</span></header>
{TT_NAV}
<main id="main">
<article class="story">
<div class="kicker"><a href="{kicker_href}">{esc(kicker)}</a></div>
<h1 class="headline">{esc(h1)}</h1>
{f'<p class="dek">{esc(dek)}</p>' if dek else ''}
<div class="byline-block">{f'<span class="byline">{esc(byline_txt)}</span>' if byline_txt else ''}
<time class="datetime" datetime="{published_iso}">{esc(published_txt)}</time>{f' <span class="updated">{esc(updated_txt)}</span>' if updated_txt else ''}</div>
<div class="share-bar">{' '.join(f'<a href="#" class="share">{s}</a>' for s in TT_SHARE)}</div>
{fig}
<div class="story-body">
{chr(10).join(body)}
</div>
{f'<p class="author-bio"><em>{esc(bio)}</em></p>' if bio else ''}
{rel}
<section class="comments"><h2>Comments</h2><p>Join the conversation. Comments are moderated and must follow our community guidelines.</p></section>
</article>
</main>
<footer class="site-footer"><p>{' | '.join(f'<a href="#">{x}</a>' for x in TT_FOOT)}</p><p>{esc(TT_COPY)}</p></footer>
</body>
</html>
"""
    write(fn, page)
    furn = [TT_SUB, "Tacoma \u00b7 Pierce County \u00b7 South Sound", TT_COPY, "Join the conversation. Comments are "
            "moderated and must follow our community guidelines.", "Related stories from The Tacoma Tideline"]
    furn += TT_SHARE[:3]
    furn += [published_txt] + ([updated_txt] if updated_txt else []) + ([byline_txt] if byline_txt else [])
    furn += ([dek] if dek else []) + ([bio] if bio else []) + list(related or [])
    if figure:
        furn += [figure[1], figure[2]]
    return furn


NL_BOX = (f'<aside class="newsletter-promo"><p>{esc(TT_NL)}</p><a href="/newsletters" class="btn">Sign up</a>'
          f"</aside>")


def build_tt_qa():
    aid = "tt-qa-director"
    a = ART[aid]
    body = html_blocks(a["paras"], inserts={3: NL_BOX})
    furn = tt_page(F_QA, title=a["title"], url=a["url"], kicker="Ferries & Transportation",
                   kicker_href="/news/local/transportation", author="Renata Ocampo",
                   published_iso="2026-12-02T05:00:00-08:00", published_txt="December 02, 2026 5:00 AM",
                   updated_txt="Updated December 02, 2026 11:26 AM", dek=DEK[aid],
                   figure=("https://www.tacomatideline.com/public/picture312941205/echevarria.jpg",
                           "Luis Echevarria, executive director of the Commencement Bay Ferry District, on the deck of "
                           "the Narrows Star at the Foss Waterway float on Monday.",
                           "Renata Ocampo/The Tideline"),
                   body=body, bio=TT_BIO["Renata Ocampo"],
                   related=["Ferry district proposes first fare increase since 2023",
                            "Backup ferry out of service for 19 days with cracked shaft"])
    reg(aid, F_QA, gold_paras(a["paras"]), furn + [TT_NL], [a["title"]])


def build_tt_timeline():
    aid = "tt-timeline"
    a = ART[aid]
    body = html_blocks(a["paras"], timeline=True, inserts={4: NL_BOX})
    furn = tt_page(F_TL, title=a["title"], url=a["url"], kicker="Ferries & Transportation",
                   kicker_href="/news/local/transportation", author="Renata Ocampo",
                   published_iso="2026-12-04T05:00:00-08:00", published_txt="December 04, 2026 5:00 AM",
                   updated_txt=None, dek=DEK[aid], figure=None, body=body, bio=TT_BIO["Renata Ocampo"],
                   related=[ART["tt-qa-director"]["title"], ART["tt-transcript"]["title"]])
    reg(aid, F_TL, gold_paras(a["paras"]), furn + [TT_NL], [a["title"]])


def build_tt_poem():
    aid = "tt-poem"
    a = ART[aid]
    body = html_blocks(a["paras"], h="h3")
    furn = tt_page(F_PO, title=a["title"], url=a["url"], kicker="Arts & Culture",
                   kicker_href="/entertainment/arts-culture", author="Jolene Whitfield",
                   published_iso="2026-12-06T06:00:00-08:00", published_txt="December 06, 2026 6:00 AM",
                   updated_txt=None, dek=DEK[aid],
                   figure=("https://www.tacomatideline.com/public/picture313071944/okafor-reyes.jpg",
                           "Tacoma poet laureate Imani Okafor-Reyes reads \u201cCrossing\u201d at the Foss Waterway "
                           "ferry float on Saturday, Dec. 5.", "Jolene Whitfield/The Tideline"),
                   body=body, bio=TT_BIO["Jolene Whitfield"],
                   related=["Tacoma names Imani Okafor-Reyes its fourth poet laureate",
                            ART["tt-museum"]["title"]])
    reg(aid, F_PO, gold_paras(a["paras"]), furn, [a["title"]])


LETTERS_SUBMIT = ("Submit a letter: Letters of 200 words or fewer may be sent to letters@tacomatideline.com. Include "
                  "your name, address and phone number; we publish only your name and city.")
LETTERS_ABOUT = ("Letters are edited for length and clarity. Opinions expressed are the writers\u2019 own and not "
                 "those of The Tideline.")


def build_tt_letters(fn, aids, date_iso, date_txt, h1, dek, url):
    body = []
    for aid in aids:
        a = ART[aid]
        body.append(f'<section class="letter" id="{aid}">')
        body.append(f'<h2 class="letter-headline">{esc(a["title"])}</h2>')
        body += html_blocks(a["paras"])
        body.append(f'<p class="letter-signature">{esc(a["sig"])}</p>')
        body.append("</section>")
    body.append(f'<aside class="letters-submit"><p><strong>{esc(LETTERS_SUBMIT.split(":")[0])}:</strong>'
                f'{esc(LETTERS_SUBMIT.split(":", 1)[1])}</p><p>{esc(LETTERS_ABOUT)}</p></aside>')
    furn = tt_page(fn, title=f"Letters to the editor, {date_txt}", url=url, kicker="Letters to the Editor",
                   kicker_href="/opinion/letters-to-the-editor", author=None, byline_txt="Tideline readers",
                   published_iso=date_iso, published_txt=date_iso[:10].replace("2026-12-0", "December 0") + ", 2026 "
                   "5:00 AM", updated_txt=None, dek=dek, figure=None, body=body, bio=None,
                   related=["Editorial: The ferry board should phase in any fare increase",
                            "Opinion: What the library cuts would really cost"], ld_type="OpinionNewsArticle", h1=h1)
    furn += [LETTERS_SUBMIT, LETTERS_ABOUT, h1, f"Letters to the editor, {date_txt}"]
    for aid in aids:
        a = ART[aid]
        reg(aid, fn, gold_paras(a["paras"]), furn + [a["sig"]], [a["title"]])


def build_letters():
    build_tt_letters(F_L3, ["tt-letter-fares-1", "tt-letter-library", "tt-letter-crosswalk", "tt-letter-thanks"],
                     "2026-12-03T05:00:00-08:00", "Dec. 3, 2026",
                     "Letters: Ferry fares, the Fern Hill branch, a crosswalk and a thank-you",
                     "Readers write about ferry fares, the Fern Hill library branch, a dangerous crosswalk and a fire "
                     "crew\u2019s kindness.",
                     "https://www.tacomatideline.com/opinion/letters-to-the-editor/article312990402.html")
    build_tt_letters(F_L8, ["tt-letter-fares-2", "tt-letter-poem", "tt-letter-leash"],
                     "2026-12-08T05:00:00-08:00", "Dec. 8, 2026",
                     "Letters: Ferry fares again, a poem on the news page and dogs at Titlow",
                     "Readers write about ferry fares, Sunday\u2019s ferry poem and off-leash dogs at Titlow Park.",
                     "https://www.tacomatideline.com/opinion/letters-to-the-editor/article313110087.html")


# ====================================================================== 3. obituary pages (tributes platform)
OBIT = {
    "tt-obit-holloway": dict(
        fn=F_OH, first="Margaret", last="Holloway", place="Gig Harbor, WA", published="Dec. 6 to Dec. 7, 2026",
        service=("Celebration of Life", "Saturday, December 12, 2026", "2:00 p.m."),
        guestbook=[
            ("Mrs. Holloway was my third-grade teacher in 1974. I can still recite the Frost poem, every word. "
             "Rest easy.", "Jim Tollefson, Port Orchard, WA", "December 6, 2026"),
            ("Peggy always saved me a seat on the early boat and always had a butterscotch in her pocket. The ferry "
             "will not be the same.", "Linda Carver", "December 6, 2026"),
            ("Our deepest sympathy to Karen, Tom and the whole family.",
             "The Staff at Cedar Narrows Funeral Chapel", "December 6, 2026"),
        ],
        more=[("Walter Ng", "1941 - 2026"), ("Harold Lindgren", "1939 - 2026"), ("Evelyn Marsh", "1930 - 2026")]),
    "tt-obit-ng": dict(
        fn=F_ON, first="Walter", last="Ng", place="Gig Harbor, WA", published="Dec. 5, 2026",
        service=("Celebration of Life", "Friday, December 11, 2026", "11:00 a.m."),
        guestbook=[
            ("Walter checked my first bridge drawings in 1988 and sent them back covered in red ink. He was right "
             "about every mark. Thank you, Walter.", "Steve Marquardt, Olympia, WA", "December 5, 2026"),
            ("The kite he built for our daughter still hangs in her room.", "The Pham family", "December 6, 2026"),
            ("Our deepest sympathy to Grace and the whole family.",
             "The Staff at Cedar Narrows Funeral Chapel", "December 5, 2026"),
        ],
        more=[("Margaret Holloway", "1938 - 2026"), ("Harold Lindgren", "1939 - 2026"), ("Evelyn Marsh",
                                                                                        "1930 - 2026")]),
}
CEDAR_CARD = ["Arrangements by Cedar Narrows Funeral Chapel, Gig Harbor", "4410 Harborview Drive, Gig Harbor, WA 98332",
              "(253) 555-0171", "Visit Website", "Sponsored by Cedar Narrows Funeral Chapel."]


def build_obits():
    for aid, o in OBIT.items():
        a = ART[aid]
        name = f"{o['first']} {o['last']}"
        full_title = f"{name} Obituary ({a['born']} - {a['died']}) - {o['place']}"
        pub_line = f"Published by The Tacoma Tideline {'on' if ' to ' not in o['published'] else 'from'} " \
                   f"{o['published']}."
        flowers = (f"To send flowers to the family or plant a tree in memory of {name}, please visit our "
                   f"floral store.")
        svc = o["service"]
        gb = "\n".join(
            f'<div class="gb-entry"><p class="gb-text">{esc(t)}</p><p class="gb-meta">{esc(who)} \u00b7 '
            f"{esc(when)}</p></div>" for t, who, when in o["guestbook"])
        more = "".join(f'<li><a href="#">{esc(n)}</a> <span>{esc(d)}</span></li>' for n, d in o["more"])
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a["paras"])
        ldobj = {"@context": "https://schema.org", "@type": "WebPage", "name": f"{full_title} - The Tacoma Tideline",
                 "url": a["url"], "about": {"@type": "Person", "name": name, "birthDate": a["born"],
                                            "deathDate": a["died"]}}
        page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{esc(full_title)} - The Tacoma Tideline</title>
<link rel="canonical" href="{a['url']}">
<meta name="description" content="{attr(' '.join(a['paras'][0].split()[:26]))}...">
<meta property="og:title" content="{attr(full_title)}">
<meta property="og:site_name" content="The Tacoma Tideline">
<meta property="og:type" content="website">
<meta property="og:url" content="{a['url']}">
{ld(ldobj)}
</head>
<body class="obituary-page">
<header class="tributes-header"><a href="https://www.tacomatideline.com" class="partner-logo">The Tacoma Tideline</a> <span class="product">Tributes</span>
<nav><a href="/us/obituaries/tacomatideline/browse">Obituaries</a> <a href="/us/obituaries/tacomatideline/place-an-obituary">Place an Obituary</a> <a href="/funeral-homes">Funeral Homes</a> <a href="/sympathy-store">Sympathy Store</a></nav></header>
<nav class="breadcrumb"><a href="#">Obituaries</a> \u203a <a href="#">{esc(o['place'])}</a> \u203a <span>{esc(name)}</span></nav>
<main>
<div class="obit-hero">
<img class="obit-photo" src="https://cdn.evermoretributes.example/photos/{o['last'].lower()}-{a['died']}.jpg" alt="{attr(name)}">
<h1 class="obit-name">{esc(a['title'])}</h1>
<p class="obit-dates">{esc(a['dates_line'])}</p>
<p class="obit-location">{esc(o['place'])}</p>
</div>
<div class="obit-actions"><a href="#guestbook">Sign Guest Book</a> <a href="#flowers">Send Flowers</a> <a href="#share">Share Obituary</a></div>
<section class="obit-text">
<h2>{esc(name)} Obituary</h2>
{body}
<p class="obit-publication">{esc(pub_line)}</p>
</section>
<aside class="service-details"><h2>{esc(svc[0])}</h2><p>{esc(svc[1])}</p><p>{esc(svc[2])}</p><p>Cedar Narrows Funeral Chapel</p><p>4410 Harborview Drive, Gig Harbor, WA 98332</p><a href="#">Get Directions</a></aside>
<aside class="funeral-home">{''.join(f'<p>{esc(x)}</p>' for x in CEDAR_CARD)}</aside>
<div class="sympathy" id="flowers"><p>{esc(flowers)}</p></div>
<section class="guestbook" id="guestbook"><h2>Guest Book</h2><p>Not sure what to say?</p><a href="#" class="btn">Sign Guest Book</a>
{gb}
</section>
<section class="more-obits"><h2>More Obituaries for {esc(o['place'])}</h2><ul>{more}</ul></section>
</main>
<footer class="tributes-footer"><p>\u00a9 2026 Evermore Tributes, LLC. All rights reserved.</p><p><a href="#">Terms of Use</a> | <a href="#">Privacy Policy</a> | <a href="#">Contact Us</a></p></footer>
</body>
</html>
"""
        write(o["fn"], page)
        mn = [a["dates_line"], pub_line, flowers, "Sign Guest Book", "Not sure what to say?", "Send Flowers",
              "Share Obituary", f"More Obituaries for {o['place']}", "Get Directions", f"{name} Obituary",
              "\u00a9 2026 Evermore Tributes, LLC. All rights reserved.", "Place an Obituary", "Sympathy Store",
              svc[1]] + CEDAR_CARD
        mn += [t for t, _, _ in o["guestbook"]] + [f"{w} \u00b7 {d}" for _, w, d in o["guestbook"]]
        mn += [f"{n} {d}" for n, d in o["more"]]
        reg(aid, o["fn"], a["paras"], mn, [full_title, a["title"]])


# ====================================================================== 4. Kitsap Harbor Journal sports page (WordPress + Yoast)
def build_khj_sports():
    aid = "khj-sports"
    a = ART[aid]
    url = a["url"]
    related_inline = ("<p class=\"related-inline\"><strong>Related:</strong> <a href=\"#\">Olalla Bay\u2019s Nakamura "
                      "named Nisqually League offensive player of the year</a></p>")
    nl = "Get Friday Night Lights in your inbox: sign up for the Journal\u2019s prep sports newsletter."
    body = html_blocks(a["paras"], inserts={1: related_inline, 5: f'<div class="newsletter-signup"><p>{esc(nl)}</p>'
                                                                   f'<a href="#">Sign up</a></div>'})
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "headline": a["title"], "datePublished":
            "2026-12-05T00:48:00-08:00", "dateModified": "2026-12-05T09:15:00-08:00",
         "author": {"@id": "https://kitsapharborjournal.com/#/schema/person/devin-tran"},
         "articleSection": ["Sports", "Prep Football"], "isPartOf": {"@id": url},
         "publisher": {"@id": "https://kitsapharborjournal.com/#organization"}},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{a['title']} - Kitsap Harbor Journal"},
        {"@type": "Organization", "@id": "https://kitsapharborjournal.com/#organization",
         "name": "Kitsap Harbor Journal"},
        {"@type": "Person", "@id": "https://kitsapharborjournal.com/#/schema/person/devin-tran", "name": "Devin Tran"},
    ]}
    caption = ("Olalla Bay\u2019s Kai Nakamura (22) breaks away for a 38-yard touchdown run late in the fourth "
               "quarter Friday at Lincoln Bowl. (Photo by Marisol Greene / Kitsap Harbor Journal)")
    bio = "Devin Tran covers prep sports for the Kitsap Harbor Journal. Email: dtran@kitsapharborjournal.com"
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} - Kitsap Harbor Journal</title>
<meta name="description" content="{attr(DEK[aid])}">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:description" content="{attr(DEK[aid])}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Kitsap Harbor Journal">
<meta property="article:published_time" content="2026-12-05T08:48:00+00:00">
<meta property="article:modified_time" content="2026-12-05T17:15:00+00:00">
<meta name="author" content="Devin Tran">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
<link rel='stylesheet' id='newspack-style-css' href='https://kitsapharborjournal.com/wp-content/themes/khj/style.css?ver=2.4.1' media='all'>
</head>
<body class="post-template-default single single-post postid-48213 single-format-standard">
<div class="top-bar"><span class="today">Tuesday, December 8, 2026</span> <a href="/e-edition">e-Edition</a> <a href="/subscribe">Subscribe</a></div>
<header class="site-header"><a class="custom-logo-link" href="/">Kitsap Harbor Journal</a><p class="site-description">Bremerton \u00b7 Port Orchard \u00b7 Silverdale \u00b7 Poulsbo</p></header>
<nav class="main-navigation"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/food/">Food</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a></nav>
<main id="main" class="site-main">
<article id="post-48213" class="post-48213 post type-post status-publish">
<header class="entry-header">
<span class="cat-links"><a href="/sports/" rel="category tag">Sports</a> <a href="/sports/prep-football/" rel="category tag">Prep Football</a></span>
<h1 class="entry-title">{esc(a['title'])}</h1>
<div class="entry-subhead"><p>{esc(DEK[aid])}</p></div>
<div class="entry-meta"><span class="byline">By <a class="url fn n" href="/author/devin-tran/">Devin Tran</a></span> <span class="posted-on"><time class="entry-date published" datetime="2026-12-05T00:48:00-08:00">December 5, 2026 at 12:48 am</time> <time class="updated" datetime="2026-12-05T09:15:00-08:00">Updated December 5, 2026 at 9:15 am</time></span></div>
</header>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Print</a></div>
<figure class="post-thumbnail"><img src="https://kitsapharborjournal.com/wp-content/uploads/2026/12/olalla-bay-semifinal.jpg" alt=""><figcaption>{esc(caption)}</figcaption></figure>
<div class="entry-content">
{chr(10).join(body)}
</div>
<div class="author-bio"><p>{esc(bio)}</p></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3><ul><li><a href="#">Olalla Bay, Selah Ridge set for first title-game meeting</a></li><li><a href="#">Prep football: State semifinal schedule and tickets</a></li></ul></div>
</article>
</main>
<footer class="site-footer"><p>\u00a9 2026 Kitsap Harbor Journal. All rights reserved.</p><p><a href="#">Privacy Policy</a> | <a href="#">Terms of Use</a> | Proudly powered by WordPress</p></footer>
</body>
</html>
"""
    write(F_KS, page)
    mn = [DEK[aid], "By Devin Tran", "December 5, 2026 at 12:48 am", "Updated December 5, 2026 at 9:15 am",
          "Share this:", caption, bio, "Related: Olalla Bay\u2019s Nakamura named Nisqually League offensive player of "
          "the year", nl, "Olalla Bay, Selah Ridge set for first title-game meeting",
          "Prep football: State semifinal schedule and tickets", "Tuesday, December 8, 2026",
          "Bremerton \u00b7 Port Orchard \u00b7 Silverdale \u00b7 Poulsbo",
          "\u00a9 2026 Kitsap Harbor Journal. All rights reserved.", "Proudly powered by WordPress"]
    reg(aid, F_KS, gold_paras(a["paras"]), mn, [a["title"]])


# ====================================================================== 5. Sound Brief web page
def build_sb_page():
    aid = "sb-whatweknow"
    a = ART[aid]
    ps = list(a["paras"])
    for i, p in a["web_edit"].items():
        ps[i] = p
    url = a["url"]
    caption = "The Narrows Star at the Foss Waterway float. Photo: Theo Lindqvist/Sound Brief"
    promo = "Sound Brief Tacoma: Get smarter, faster on what\u2019s happening in Tacoma. Free, every weekday morning."
    more = ["Pierce County\u2019s new jail medical contract, explained", "The best holiday light displays in Tacoma",
            "Tacoma\u2019s most expensive home sales of 2026"]
    ldobj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "url": url,
             "datePublished": "2026-12-03T06:00:00-08:00", "author": [{"@type": "Person", "name": "Nadia Farrow"}],
             "publisher": {"@type": "Organization", "name": "Sound Brief"}}
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Sound Brief Tacoma</title>
<link rel="canonical" href="{url}">
<meta name="description" content="{attr(DEK[aid])}">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:site_name" content="Sound Brief">
<meta property="og:url" content="{url}">
{ld(ldobj)}
</head>
<body>
<div id="__sb"><header class="sb-header"><a href="/" class="sb-logo">Sound Brief</a> <a href="/tacoma" class="sb-edition">Tacoma</a> <a href="/tacoma/signup" class="sb-cta">Subscribe</a></header>
<main>
<article class="sb-story">
<h1 class="sb-headline">{esc(a['title'])}</h1>
<div class="sb-byline"><span class="sb-author">Nadia Farrow</span> <time datetime="2026-12-03T06:00:00-08:00">Dec 3, 2026</time> <span class="sb-edition-tag">Sound Brief Tacoma</span></div>
<div class="sb-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share on LinkedIn</a> <a href="#">Email</a></div>
<figure><img src="https://images.soundbrief.news/2026/12/03/narrows-star.jpg" alt=""><figcaption>{esc(caption)}</figcaption></figure>
<div class="sb-story-body">
{chr(10).join(html_blocks(ps))}
</div>
</article>
<aside class="sb-nl-promo"><p>{esc(promo)}</p><a href="/tacoma/signup">Subscribe</a></aside>
<section class="sb-more"><h2>More Tacoma stories</h2><ul>{''.join(f'<li><a href="#">{esc(m)}</a></li>' for m in more)}</ul></section>
</main>
<footer class="sb-footer"><p>\u00a9 2026 Sound Brief Media. All rights reserved.</p><p><a href="#">About</a> | <a href="#">Advertise</a> | <a href="#">Privacy</a></p></footer></div>
</body>
</html>
"""
    write(F_SB, page)
    mn = [caption, promo, "More Tacoma stories", "\u00a9 2026 Sound Brief Media. All rights reserved.",
          "Share on LinkedIn", "Dec 3, 2026"] + more
    reg(aid, F_SB, gold_paras(ps), mn, [a["title"]])


# ====================================================================== 6. the City's daily media clips (Outlook "Save as" text, cp1252, CRLF)
def build_clips():
    W = 72
    items = [  # (section, aid, variant, headline, source line, url)
        ("FERRY AND WATERFRONT", "tt-timeline", "dashes", None,
         "The Tacoma Tideline, Dec. 4, 2026, by Renata Ocampo", ART["tt-timeline"]["url"]),
        ("FERRY AND WATERFRONT", "tt-transcript", None, None,
         "The Tacoma Tideline, Dec. 3, 2026, by Marcus Bell", ART["tt-transcript"]["url"]),
        ("FERRY AND WATERFRONT", "tt-listicle", None, None,
         "The Tacoma Tideline, Dec. 3, 2026, by Aileen Park", ART["tt-listicle"]["url"]),
        ("FERRY AND WATERFRONT", "tt-corrections", None, None,
         "The Tacoma Tideline, Dec. 4, 2026, Page A2", ART["tt-corrections"]["url"]),
        ("LETTERS TO THE EDITOR", "tt-letter-library", "straight", None,
         "The Tacoma Tideline, Dec. 3, 2026, Letters to the editor",
         "https://www.tacomatideline.com/opinion/letters-to-the-editor/article312990402.html"),
        ("LETTERS TO THE EDITOR", "tt-letter-crosswalk", None, None,
         "The Tacoma Tideline, Dec. 3, 2026, Letters to the editor",
         "https://www.tacomatideline.com/opinion/letters-to-the-editor/article312990402.html"),
        ("PUBLIC SAFETY AND INFRASTRUCTURE", "tt-fire", "brief", ART["tt-fire"]["brief_title"],
         "The Tacoma Tideline, Dec. 3, 2026, In Brief (print edition)", ART["tt-fire"]["url"]),
        ("PUBLIC SAFETY AND INFRASTRUCTURE", "tt-brief-pacific", None, None,
         "The Tacoma Tideline, Dec. 4, 2026, staff report", ART["tt-brief-pacific"]["url"]),
    ]
    head = ["From:\tMedia Relations <mediarelations@cityoftacoma.org>",
            "Sent:\tFriday, December 4, 2026 7:12 AM",
            "To:\tCMO Daily Clips",
            "Subject:\tDaily Media Clips - Friday, December 4, 2026",
            "",
            "CITY OF TACOMA - OFFICE OF MEDIA AND COMMUNICATIONS",
            "DAILY MEDIA CLIPS | Friday, December 4, 2026",
            "Compiled by Priya Natarajan, Media Relations Specialist",
            ""]
    notice = ("For internal use by City of Tacoma staff and elected officials only. Articles are reproduced for "
              "news monitoring and may not be forwarded outside the City.")
    head += textwrap.wrap(notice, W) + ["", "TODAY'S CLIPS"]
    sec = None
    for s, aid, v, h, src, url in items:
        if s != sec:
            head.append(s)
            sec = s
        head.append(f"  - {straight(h or ART[aid]['title'])} (The Tacoma Tideline)")
        fmn(F_MC, [head[-1].strip()])
    out = list(head)
    fmn(F_MC, ["Media Relations <mediarelations@cityoftacoma.org>", "Friday, December 4, 2026 7:12 AM",
               "CMO Daily Clips", "Daily Media Clips - Friday, December 4, 2026",
               "CITY OF TACOMA - OFFICE OF MEDIA AND COMMUNICATIONS", "DAILY MEDIA CLIPS | Friday, December 4, 2026",
               "Compiled by Priya Natarajan, Media Relations Specialist", notice, "TODAY'S CLIPS",
               "FERRY AND WATERFRONT", "LETTERS TO THE EDITOR", "PUBLIC SAFETY AND INFRASTRUCTURE"])
    sec = None
    for s, aid, v, h, src, url in items:
        a = ART[aid]
        if s != sec:
            out += ["", "=" * W, s, "=" * W]
            sec = s
        else:
            out += ["", "-" * W]
        ps = list(a["paras"])
        if v == "dashes":
            ps = [straight(p) for p in dashes(ps)]
        elif v == "straight":
            ps = [straight(p) for p in ps]
        elif v == "brief":
            ps = ps[:a["brief_keep"]]
        title = h or a["title"]
        if v in ("dashes", "straight"):
            title = straight(title)
        out += ["", title, src, url, ""]
        blocks = text_blocks(ps, bullet="- ", wrap=W)
        for i, b in enumerate(blocks):
            if i:
                out.append("")
            out += b.split("\n")
        mn = [title, src]
        if aid == "tt-corrections":
            stand = ("The Tideline corrects errors of fact promptly. To request a correction, email "
                     "corrections@tacomatideline.com or call 253-555-0100.")
            out += [""] + textwrap.wrap(stand, W)
            mn.append(stand)
        if "sig" in a:
            sig = a["sig"]
            out += ["", sig]
            mn.append(sig)
        reg(aid, F_MC, gold_paras(ps), mn, [title])
    tail = ["", "=" * W, "END OF CLIPS", "",
            "Questions about today's clips: Priya Natarajan, 253-555-0123, pnatarajan@cityoftacoma.org",
            "To add or remove a recipient, reply to this message.", ""]
    out += tail
    fmn(F_MC, ["END OF CLIPS", tail[4], tail[5]])
    text = "\r\n".join(out)
    write(F_MC, text.encode("cp1252"))


# ====================================================================== 7. Google Takeout mbox: Sound Brief Tacoma + The Closing Bell
def qp(s):
    return quopri.encodestring(s.replace("\n", "\r\n").encode("utf-8"), quotetabs=False).decode("ascii") \
        .replace("\r\n", "\n")


def mime_msg(*, from_line, thrid, labels, msgid, date, frm, to, subject, plain, htm, boundary, list_unsub, extra=()):
    hdr = [from_line,
           f"X-GM-THRID: {thrid}",
           f"X-Gmail-Labels: {labels}",
           "Delivered-To: harborhistory.clips@gmail.com",
           "Received: by 2002:a05:7300:5b93:b0:1a4:2f1c:8e0d with SMTP id k19csp412771dyb;",
           f"        {date}",
           "Return-Path: <bounce@mail.example-esp.net>",
           f"Date: {date}",
           f"From: {frm}",
           f"To: {to}",
           f"Message-ID: <{msgid}>",
           f"Subject: {subject}",
           "MIME-Version: 1.0",
           f"List-Unsubscribe: <{list_unsub}>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click"] + list(extra) + [
           f'Content-Type: multipart/alternative; boundary="{boundary}"',
           "",
           f"--{boundary}",
           'Content-Type: text/plain; charset="UTF-8"',
           "Content-Transfer-Encoding: quoted-printable",
           "",
           qp(plain).rstrip("\n"),
           f"--{boundary}",
           'Content-Type: text/html; charset="UTF-8"',
           "Content-Transfer-Encoding: quoted-printable",
           "",
           qp(htm).rstrip("\n"),
           f"--{boundary}--",
           ""]
    msg = "\n".join(hdr)
    for ln in msg.split("\n")[1:]:
        assert not ln.startswith("From "), ln
    return msg + "\n"


SB_FOOT_PLAIN = ["Today's newsletter was edited by Mara Quint and copy edited by Paul Esterly.",
                 "Was this email forwarded to you? Sign up for Sound Brief Tacoma: https://soundbrief.news/tacoma/signup",
                 "Got a tip or a story idea? Just reply to this email.",
                 "Sound Brief Media, 1102 A St., Suite 300, Tacoma, WA 98402"]


def sb_story_plain(n, aid, title):
    a = ART[aid]
    lab = "1 big thing: " if n == 1 else f"{n}. "
    head = title if n == 1 and title.startswith("1 big thing") else lab + a["title"]
    blocks = [head] + text_blocks(a["paras"]) + [f"Share this story: {a['url']}"]
    return "\n\n".join(blocks), head


def sb_story_html(n, aid, title):
    a = ART[aid]
    head = title if n == 1 and title.startswith("1 big thing") else f"{n}. " + a["title"]
    return (f'<tr><td class="story"><h2 style="font-size:22px;margin:0 0 12px">{esc(head)}</h2>\n'
            + "\n".join(html_blocks(a["paras"]))
            + f'\n<p class="share"><a href="{a["url"]}">Share this story</a></p></td></tr>')


def sb_issue(date_long, weather, words, stories, sponsor, msg_meta):
    """stories: [(aid, title shown)]; returns (plain, html, per-story headlines)."""
    plain = ["Sound Brief Tacoma", date_long, "By Nadia Farrow and Theo Lindqvist", "",
             f"Good morning, Tacoma! {weather}", "", f"Today's newsletter is {words} words, a "
             f"{max(2, words // 250)}-minute read."]
    htm = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sound Brief Tacoma</title></head>',
           '<body style="margin:0;background:#f4f4f1"><center><table width="600" role="presentation" '
           'style="background:#fff;font-family:Georgia,serif">',
           f'<tr><td class="masthead"><p style="font-size:28px;margin:0">Sound Brief Tacoma</p><p>{esc(date_long)}'
           f"</p><p>By Nadia Farrow and Theo Lindqvist</p></td></tr>",
           f"<tr><td><p>Good morning, Tacoma! {esc(weather)}</p><p>Today's newsletter is {words} words, a "
           f"{max(2, words // 250)}-minute read.</p></td></tr>"]
    heads = []
    for n, (aid, title) in enumerate(stories, 1):
        p, h = sb_story_plain(n, aid, title)
        plain += ["", "-" * 20, "", p]
        htm.append(sb_story_html(n, aid, title))
        heads.append(h)
        if n == 1 and sponsor:
            plain += ["", "-" * 20, "", "A MESSAGE FROM HARBOR CREDIT UNION", "", sponsor[0],
                      f"Learn more: {sponsor[1]}"]
            htm.append(f'<tr><td class="sponsor"><p style="font-size:11px;letter-spacing:1px">A MESSAGE FROM HARBOR '
                       f'CREDIT UNION</p><p>{esc(sponsor[0])}</p><p><a href="{sponsor[1]}">Learn more</a></p>'
                       f"</td></tr>")
    plain += ["", "-" * 20, ""] + [SB_FOOT_PLAIN[0], "", SB_FOOT_PLAIN[1], SB_FOOT_PLAIN[2], "", SB_FOOT_PLAIN[3],
                                   f"Unsubscribe: {msg_meta['unsub']} | Manage preferences: "
                                   "https://soundbrief.news/account/preferences", ""]
    htm.append('<tr><td class="footer" style="font-size:12px;color:#555">'
               f"<p>{esc(SB_FOOT_PLAIN[0])}</p><p>Was this email forwarded to you? "
               '<a href="https://soundbrief.news/tacoma/signup">Sign up for Sound Brief Tacoma</a></p>'
               f"<p>{esc(SB_FOOT_PLAIN[2])}</p><p>{esc(SB_FOOT_PLAIN[3])}</p>"
               f'<p><a href="{msg_meta["unsub"]}">Unsubscribe</a> | <a href="https://soundbrief.news/account/'
               'preferences">Manage preferences</a></p></td></tr></table></center></body></html>')
    return "\n".join(plain), "\n".join(htm), heads


CB_FOOT = ["Market data by Cascadia Quotes. Not investment advice.",
           "You are receiving The Closing Bell because you signed up at psbledger.com.",
           "Puget Sound Business Ledger, 1201 Pacific Ave., Suite 900, Tacoma, WA 98402",
           "\u00a9 2026 Puget Sound Business Ledger. All rights reserved."]


def closing_bell(aid, date_long, web):
    a = ART[aid]
    plain = ["THE CLOSING BELL", f"Puget Sound Business Ledger | {date_long} | Market close",
             f"View this email in your browser: {web}", "", a["title"], "By Hannah Voss", ""]
    plain.append("\n\n".join(text_blocks(a["paras"])))
    plain += ["", CB_FOOT[0], "", "-" * 40, CB_FOOT[1], "Unsubscribe: https://www.psbledger.com/newsletters/"
              "unsubscribe?list=closing-bell", CB_FOOT[2], CB_FOOT[3], ""]
    htm = ['<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">',
           '<table width="640" role="presentation" align="center">',
           f'<tr><td><p style="font-size:12px"><a href="{web}">View this email in your browser</a></p>'
           f'<p style="font-size:26px;font-weight:bold">THE CLOSING BELL</p><p>Puget Sound Business Ledger | '
           f"{esc(date_long)} | Market close</p></td></tr>",
           f'<tr><td><h1 style="font-size:22px">{esc(a["title"])}</h1><p class="byline">By Hannah Voss</p>',
           "\n".join(html_blocks(a["paras"], h="h3")),
           f'<p style="font-size:11px">{esc(CB_FOOT[0])}</p></td></tr>',
           f'<tr><td style="font-size:11px;color:#666"><p>{esc(CB_FOOT[1])} <a href="https://www.psbledger.com/'
           f'newsletters/unsubscribe?list=closing-bell">Unsubscribe</a></p><p>{esc(CB_FOOT[2])}</p><p>'
           f"{esc(CB_FOOT[3])}</p></td></tr></table></body></html>"]
    return "\n".join(plain), "\n".join(htm)


def build_mbox():
    msgs = []
    # --- Sound Brief Tacoma, Thursday Dec. 3 (06:02 PST)
    sb3_stories = [("sb-whatweknow", ART["sb-whatweknow"]["email_title"]), ("sb-ramos", None)]
    sponsor = ("Holiday savings without the fees. Open a Harbor Holiday Club account by Dec. 31 and we\u2019ll add $25.",
               "https://links.soundbrief.news/c/8Hq2Xv0k/hcu-holiday-club")
    unsub3 = "https://soundbrief.news/u/tacoma/eyJ1IjoiOTgyMTQiLCJpIjoiMjAyNjEyMDMifQ"
    p3, h3, heads3 = sb_issue("Thursday, Dec. 3, 2026", "Showers, high of 47.", 512,
                              [(x, t or "") for x, t in sb3_stories], sponsor, {"unsub": unsub3})
    msgs.append(mime_msg(
        from_line="From 1850463017298113427@xxx Thu Dec 03 14:02:31 +0000 2026", thrid="1850463017298113427",
        labels="Newsletters,Inbox,Opened,Category Updates", msgid="20261203140231.3f9c1@mail.soundbrief.news",
        date="Thu, 03 Dec 2026 14:02:31 +0000", frm="Sound Brief Tacoma <tacoma@soundbrief.news>",
        to="harborhistory.clips@gmail.com",
        subject=Header("\U0001F6A2 What we know about the ferry fare hike", "utf-8").encode(),
        plain=p3, htm=h3, boundary="000000000000sb1203a1f4e29c", list_unsub=unsub3))
    # --- The Closing Bell, Thursday Dec. 3 (sent 4:35 p.m. PST = 00:35 UTC Friday)
    web3 = "https://www.psbledger.com/newsletters/closing-bell/2026-12-03"
    cp3, ch3 = closing_bell("psbl-markets-1203", "Thursday, December 3, 2026", web3)
    msgs.append(mime_msg(
        from_line="From 1850487710044512903@xxx Fri Dec 04 00:35:12 +0000 2026", thrid="1850487710044512903",
        labels="Newsletters,Inbox,Category Updates", msgid="cb.20261203.7741@news.psbledger.com",
        date="Fri, 04 Dec 2026 00:35:12 +0000", frm="The Closing Bell | PSBL <newsletters@psbledger.com>",
        to="harborhistory.clips@gmail.com", subject="The Closing Bell: " + ART["psbl-markets-1203"]["title"],
        plain=cp3, htm=ch3, boundary="----=_Part_88213_1203.1733272512", list_unsub=
        "https://www.psbledger.com/newsletters/unsubscribe?list=closing-bell"))
    # --- The Closing Bell, Friday Dec. 4
    web4 = "https://www.psbledger.com/newsletters/closing-bell/2026-12-04"
    cp4, ch4 = closing_bell("psbl-markets-1204", "Friday, December 4, 2026", web4)
    msgs.append(mime_msg(
        from_line="From 1850578103377160548@xxx Sat Dec 05 00:33:40 +0000 2026", thrid="1850578103377160548",
        labels="Newsletters,Inbox,Category Updates", msgid="cb.20261204.7802@news.psbledger.com",
        date="Sat, 05 Dec 2026 00:33:40 +0000", frm="The Closing Bell | PSBL <newsletters@psbledger.com>",
        to="harborhistory.clips@gmail.com", subject="The Closing Bell: " + ART["psbl-markets-1204"]["title"],
        plain=cp4, htm=ch4, boundary="----=_Part_90377_1204.1733358820", list_unsub=
        "https://www.psbledger.com/newsletters/unsubscribe?list=closing-bell"))
    # --- Sound Brief Tacoma, Tuesday Dec. 8
    unsub8 = "https://soundbrief.news/u/tacoma/eyJ1IjoiOTgyMTQiLCJpIjoiMjAyNjEyMDgifQ"
    p8, h8, heads8 = sb_issue("Tuesday, Dec. 8, 2026", "Clearing later, high of 44.", 431,
                              [("sb-terminal", ""), ("sb-renters", "")], None, {"unsub": unsub8})
    msgs.append(mime_msg(
        from_line="From 1850934458201166375@xxx Tue Dec 08 14:01:09 +0000 2026", thrid="1850934458201166375",
        labels="Newsletters,Inbox,Category Updates", msgid="20261208140109.a81d0@mail.soundbrief.news",
        date="Tue, 08 Dec 2026 14:01:09 +0000", frm="Sound Brief Tacoma <tacoma@soundbrief.news>",
        to="harborhistory.clips@gmail.com",
        subject=Header("\u26F4\uFE0F Foss terminal slips to February", "utf-8").encode(),
        plain=p8, htm=h8, boundary="000000000000sb1208c7d011b5", list_unsub=unsub8))
    write(F_MB, "\n".join(msgs))

    sb_furn = SB_FOOT_PLAIN + ["By Nadia Farrow and Theo Lindqvist", "Manage preferences"]
    sb3_furn = sb_furn + ["Thursday, Dec. 3, 2026", "Good morning, Tacoma! Showers, high of 47.",
                          "Today's newsletter is 512 words, a 2-minute read.", "A MESSAGE FROM HARBOR CREDIT UNION",
                          sponsor[0]]
    sb8_furn = sb_furn + ["Tuesday, Dec. 8, 2026", "Good morning, Tacoma! Clearing later, high of 44.",
                          "Today's newsletter is 431 words, a 2-minute read."]
    for (aid, _), h in zip(sb3_stories, heads3):
        a = ART[aid]
        reg(aid, F_MB, gold_paras(a["paras"]), sb3_furn + [f"Share this story: {a['url']}", h],
            [a["title"]] + ([h] if h.startswith("1 big thing") else []))
    for aid, (date_long, web) in (("psbl-markets-1203", ("Thursday, December 3, 2026", web3)),
                                  ("psbl-markets-1204", ("Friday, December 4, 2026", web4))):
        a = ART[aid]
        reg(aid, F_MB, gold_paras(a["paras"]), CB_FOOT + [
            "THE CLOSING BELL", f"Puget Sound Business Ledger | {date_long} | Market close",
            f"View this email in your browser: {web}", "By Hannah Voss",
            "You are receiving The Closing Bell because you signed up at psbledger.com."], [a["title"]])
    for aid, h in zip(("sb-terminal", "sb-renters"), heads8):
        a = ART[aid]
        reg(aid, F_MB, gold_paras(a["paras"]), sb8_furn + [f"Share this story: {a['url']}", h],
            [a["title"]] + ([h] if h.startswith("1 big thing") else []))


# ====================================================================== gold
OUTLET_ALTS = {TT: [TT, "Tacoma Tideline"], KHJ: [KHJ, "The Kitsap Harbor Journal"],
               PSBL: [PSBL, "The Puget Sound Business Ledger"], SB: [SB, "Sound Brief Tacoma", "The Sound Brief"]}
SB_DESK = ["Nadia Farrow", "Theo Lindqvist"]      # the newsletter's writers, named once at the top of each issue
AUTHOR_ALTS = {
    "tt-letter-thanks": [["Bev Kaczmarek", "Ron Kaczmarek"], ["Bev and Ron Kaczmarek"]],
    "sb-whatweknow": [["Nadia Farrow"], SB_DESK],
    "sb-ramos": [[], SB_DESK], "sb-terminal": [[], SB_DESK], "sb-renters": [[], SB_DESK],
}


def outlets_for(aid):
    if aid == "tt-qa-director":        # the Journal's syndicated copy comes first in file order
        return OUTLET_ALTS[KHJ] + OUTLET_ALTS[TT]
    return OUTLET_ALTS[ART[aid]["outlet"]]


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    build_jsonl()
    build_tt_timeline()
    build_letters()
    build_obits()
    build_clips()
    build_mbox()
    build_tt_qa()
    build_tt_poem()
    build_khj_sports()
    build_sb_page()
    assert sorted(os.listdir(DUMPS)) == ALL, sorted(os.listdir(DUMPS))
    assert set(ART) == set(COPIES), set(ART) ^ set(COPIES)
    for src, aids in IN_FILE.items():
        for aid in aids:
            addmn(aid, FILE_MN[src])
    raws = {}
    for fn in ALL:
        b = open(os.path.join(DUMPS, fn), "rb").read()
        raws[fn] = html.unescape(b.decode("cp1252" if fn == F_MC else "utf-8"))
        if fn == F_JL:
            raws[fn] = "\n".join(json.dumps(json.loads(x), ensure_ascii=False) for x in raws[fn].splitlines())
        if fn == F_MB:
            raws[fn] += "\n" + quopri.decodestring(b).decode("utf-8")
    flat = {fn: " ".join(re.sub(r"<[^>]+>", " ", r).split()) for fn, r in raws.items()}
    gold = []
    for aid, a in ART.items():
        cps = sorted(COPIES[aid], key=lambda c: (ALL.index(c[0]), c[1]))
        titles = list(TITLES[aid])
        for t in a.get("titles", []):
            if t not in titles:
                titles.append(t)
        authors = AUTHOR_ALTS.get(aid, [list(a["authors"])])
        g = {"id": aid, "title": titles, "outlet": outlets_for(aid), "date": a["date"], "authors": authors}
        if a.get("url"):
            g["url"] = a["url"]
        g["must_not"] = list(MUSTNOT.get(aid, []))
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        g["_first"] = (ALL.index(cps[0][0]), cps[0][1])
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
    bodies = [c["body"] for g in gold for c in g["copies"]]
    for g in gold:
        # a headline or a furniture line that also occurs in some real text is not boilerplate: drop it
        g["must_not"] = [m for m in g["must_not"] if not any(m in b for b in bodies)]
        hay = " ".join(raws[c["source"]] for c in g["copies"]).lower()
        g["outlet"] = [o for o in g["outlet"] if o.lower() in hay]
        assert g["outlet"], g["id"]
        missing = [m for m in g["must_not"] if not any(m in raws[c["source"]] or m in flat[c["source"]]
                                                         for c in g["copies"])]
        assert not missing, (g["id"], missing)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {len(bodies)} copies, {sum(1 for g in gold if len(g['copies']) > 1)} duplicate "
          f"groups, {len(ALL)} files, {sum(len(g['must_not']) for g in gold)} must_not, "
          f"{sum(os.path.getsize(os.path.join(DUMPS, f)) for f in ALL)} bytes")


if __name__ == "__main__":
    main()
