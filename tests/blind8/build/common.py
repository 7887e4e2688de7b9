# -*- coding: utf-8 -*-
"""Shared helpers for the blind8 renderers: copy registration, re-typesetting, wrapping, writing."""
import html
import os
import textwrap

from articles import ART

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")

COPIES, MUSTNOT, POS = {}, {}, {}

# file names (Python sorted() order == the order below)
F_CK = "Campus Kenya _ Court hears challenge to banded university funding model.html"
F_NX = "Nexis_Results_list_higher-education-funding_2025-05-02.txt"
F_PR = "PressReader - The Shannon Herald - 2025-04-16.txt"
F_RB = "The Research Brief - Issue 37 - 25 April 2025.html"
F_UC = "Uni funding clippings (compiled).txt"
F_DG = "[research-funding-watch] Digest Number 212.txt"
F_NM = "cew_newsml-g2_20250430.xml"
F_GD = "grantdesk.ghost.io_grants-freeze-early-career.html"
F_CSV = "media-monitor_higher-ed_export_2025-05-02.csv"
F_MD = "medium.com_lab-notes_i-left-my-postdoc-for-industry.html"
F_JL = "newsapi_higher-ed_2025-05-01.jsonl"
ALL_FILES = [F_CK, F_NX, F_PR, F_RB, F_UC, F_DG, F_NM, F_GD, F_CSV, F_MD, F_JL]
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
        s = " ".join(s.split())
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


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def paras_html(ps, cls=""):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{esc(p)}</p>" for p in ps)


def words(ps):
    return sum(len(p.split()) for p in ps)
