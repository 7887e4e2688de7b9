# -*- coding: utf-8 -*-
"""Shared helpers for the blind7 renderers: copy registration, re-typesetting, wrapping, writing."""
import html
import os
import textwrap

from articles import ART

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")

COPIES, MUSTNOT, POS = {}, {}, {}

# file names (Python sorted() order == the order below)
F_DG = "AgriTrade-L Digest, Vol 58, Issue 14.txt"
F_AB = "AgroBeat Naija_ Cassava flour exporters fret over new quality rules.html"
F_FV = "Factiva-20241113-1142.txt"
F_MD = "Federal government releases 42,000 tonnes from strategic grain reserve.md"
F_NL = "Food Recall Watch No 212.txt"
F_PC = "PressClips_2024-11-13_export.txt"
F_AO = "Salmonella recall widens to 14 brands of chicken pâté _ Food safety _ The Albion Observer.html"
F_CV = "Walnut packer halts shipments after E. coli finding _ Central Valley Courier.html"
F_EM = "Weekly Produce Safety Bulletin - 8 November 2024.eml"
F_PR = "Why this year's kiwifruit recall was a paperwork failure, not a food one - by Mere Tait.html"
F_JL = "newspaper3k_agrifood_crawl_2024-11-12.jsonl"
F_PL = "www.prairieledger.com_markets_2024_11_04_soybean-shipments-china-slow.html"
ALL_FILES = [F_DG, F_AB, F_FV, F_MD, F_NL, F_PC, F_AO, F_CV, F_EM, F_PR, F_JL, F_PL]
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
        s = s.strip()
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


def words(ps):
    return sum(len(p.split()) for p in ps)
