# -*- coding: utf-8 -*-
"""Shared helpers for the blind10 renderers: copy registration, re-typesetting, wrapping, writing."""
import html
import os
import textwrap

from articles import ART

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")

COPIES, MUSTNOT, POS = {}, {}, {}

# file names (Python sorted() order == the order below)
F_DS = "Discourse - Coastal Resilience Forum summary 2026-11-30.txt"
F_MJ = "MAJORDOMO sea-defence-digest V3 #112.txt"
F_SP = "Saved page - Keta sea defence (Volta Coast Mirror).txt"
F_SY = "Sympa coastwatch-l digest 2026-11-17.txt"
F_YG = "YahooGroups shorelines digest 1187.txt"
F_BB = "bayoubulletin.com_grand-isle-burrito-levee-breached.html"
F_BN = "bnc.co.uk_news_uk-england-norfolk-70412288.html"
F_BP = "browser-pastes_december.txt"
F_JL = "coastal-clips_2026-12.jsonl"
F_WA = "crawl-20261205-seadefence.warc"
F_GC = "gulfcoastrecord.com_barataria-sediment-diversion.html"
F_MB = "inbox-flood-alerts.mbox"
F_KC = "kapiticoastleader.co.nz_paekakariki-seawall.html"
ALL_FILES = [F_DS, F_MJ, F_SP, F_SY, F_YG, F_BB, F_BN, F_BP, F_JL, F_WA, F_GC, F_MB, F_KC]
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
