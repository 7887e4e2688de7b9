# -*- coding: utf-8 -*-
"""Shared helpers for the blind11 renderers: copy registration, re-typesetting, wrapping, writing."""
import html
import os
import textwrap

from articles import ART

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")

COPIES, MUSTNOT, POS = {}, {}, {}

# file names (Python sorted() order == the order below)
F_AW = "Alpenwire Daily Digest 27 Nov 2026.txt"
F_EB = "EBSCOhost - Newspaper Source Plus - 9 results.txt"
F_MC = "Media clippings KW47-48 - Graubuenden Tourism (Word).htm"
F_NB = "NewsBank - Access World News - saved documents.txt"
F_LY = "SKI-BIZ Digest 25 Nov 2026 (Lyris).txt"
F_SS = "The Lift Line - Issue 58.eml"
F_WA = "WhatsApp Chat with Alpine Desk.txt"
F_BV = "bowvalleysentinel.ca - Lake Louise ski shuttle.mhtml"
F_EP = "engadintoday.ch_en_st-moritz-buys-hotel-seasonal-workers.html"
F_PM = "lists.mountainlist.org_pipermail_mountain-l_2026-November_000412.html"
F_SW = "seatoskyweekly.com_post_squamish-workers-bus-whistler.html"
F_SN = "snowpacknotes.net_feed.json"
ALL_FILES = [F_AW, F_EB, F_MC, F_NB, F_LY, F_SS, F_WA, F_BV, F_EP, F_PM, F_SW, F_SN]
assert ALL_FILES == sorted(ALL_FILES), sorted(ALL_FILES)


def reg(aid, source, paras, must_not=()):
    """Register one copy of article aid in source (call in order of appearance inside the file)."""
    assert aid in ART, aid
    body = "\n\n".join(" ".join(p.split()) for p in paras if p.strip())
    pos = POS.get(source, 0)
    POS[source] = pos + 1
    COPIES.setdefault(aid, []).append((source, pos, body))
    mn(aid, must_not)


def mn(aid, strings):
    lst = MUSTNOT.setdefault(aid, [])
    for s in strings:
        s = " ".join(s.split())
        if s and s not in lst:
            lst.append(s)


def P(aid, edited=False, trim=0, credit=False):
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
    s = s.replace(" \u2014 ", f" {dash} ").replace("\u2014", dash).replace("\u2013", "-").replace("\u2026", "...")
    return s


def wrap(p, width, indent=""):
    return textwrap.fill(p, width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def block(ps, width=None, indent=""):
    out = []
    for p in ps:
        out += [wrap(p, width, indent) if width else indent + p, ""]
    return out


def write(name, data, encoding="utf-8", newline="\n", bom=None):
    b = data.replace("\n", newline).encode(encoding)
    if bom:
        b = bom + b
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(b)


def write_bytes(name, b):
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(b)


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def paras_html(ps, cls=""):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{esc(p)}</p>" for p in ps)
