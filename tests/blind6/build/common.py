# -*- coding: utf-8 -*-
"""Shared helpers for the blind6 renderers: copy registration, re-typesetting, wrapping, writing."""
import html
import os
import textwrap

from articles import ART

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")

COPIES, MUSTNOT, POS = {}, {}, {}

# file names (Python sorted() order == the order below)
F_GG = "Digest for transit-watchers@googlegroups.com - 12 updates in 8 topics.txt"
F_OL = "FW_ Ridership figures, Toowoomba buses and the Halifax story.txt"
F_GA = "Fwd_ Google Alert - regional rail.txt"
F_WP = "Galway–Athenry double-tracking gets planning green light – Western Corridor News.html"
F_NX = "LexisNexis_Delivery_13_docs_regional_transport.txt"
F_LB = "Live_ Queensland regional rail strike – Brisbane Morning Wire.html"
F_ARC = "Valley rail study puts Chilliwack–Langley passenger service at $3.1B _ Fraser Valley Herald.html"
F_AMP = "deccancourier.in_amp_pune-nashik-land-acquisition.html"
F_MW = "meltwater_report_regional_transport_monitor_2025-05-05.txt"
F_JL = "newsplease_transit_2025-05-03.jsonl"
F_WARC = "regional-transit-crawl-20250503.warc.gz"
F_MB = "transit-desk.mbox"
ALL_FILES = [F_GG, F_OL, F_GA, F_WP, F_NX, F_LB, F_ARC, F_AMP, F_MW, F_JL, F_WARC, F_MB]
assert ALL_FILES == sorted(ALL_FILES), sorted(ALL_FILES)


def reg(aid, source, paras, must_not=()):
    """Register one copy of article aid in source (call in order of appearance inside the file)."""
    assert aid in ART, aid
    body = "\n\n".join(" ".join(p.split()) for p in paras if p.strip())
    pos = POS.get(source, 0)
    POS[source] = pos + 1
    COPIES.setdefault(aid, []).append((source, pos, body))
    lst = MUSTNOT.setdefault(aid, [])
    for s in must_not:
        if s and s not in lst:
            lst.append(s)


def P(aid, edited=False, trim=0, credit=False):
    """Paragraphs of aid: optionally with its edited sentence, last `trim` paragraphs cut, syndication credit."""
    a = ART[aid]
    ps = list(a["paras"])
    if edited:
        for i, p in a["edited"].items():
            ps[i] = p
    if trim:
        ps = ps[:-trim]
    if credit:
        ps.append(a["synd_credit"])
    return ps


def T(aid):
    return ART[aid]["title"]


def straight(s, dash="--"):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace(" \u2014 ", f" {dash} ").replace("\u2014", dash).replace("\u2013", "-")
    return s


def wrap(p, width, indent=""):
    return textwrap.fill(p, width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def write(name, data, encoding="utf-8", newline="\n", bom=False):
    b = data.replace("\n", newline).encode(encoding)
    if bom:
        b = b"\xef\xbb\xbf" + b
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(b)


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def paras_html(ps, cls=""):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{esc(p)}</p>" for p in ps)


def words(ps):
    return sum(len(p.split()) for p in ps)
