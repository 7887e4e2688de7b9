# -*- coding: utf-8 -*-
"""Shared helpers for the blind12 renderers: copy registration, re-typesetting, wrapping, writing."""
import html
import os
import textwrap

from articles import ART

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")

COPIES, MUSTNOT, POS = {}, {}, {}

# file names (Python sorted() order == the order below)
F_GG = "Digest for heritage-watch@googlegroups.com - 9 updates in 8 topics.txt"
F_FV = "Factiva-20261124-0917.txt"
F_MM = "Museums-L Digest, Vol 22, Issue 41.txt"
F_NX = "Nexis_Uni_museums_heritage_2026-11-26.txt"
F_JL = "clipsight_export_heritage_2026-11-27.jsonl"
F_MB = "heritage-newsletters.mbox"
F_CE = "www.clydeexaminer.co.uk_news_glasgow-news_tenement-museum-lift-access-campaign-29384756.html"
F_DE = "www.dublinevening.ie_news_liffey-gallery-entry-charge-first-time_a1928374651.html"
F_LH = "www.lakeshoreherald.com_story_news_local_2026_11_09_prairie-museum-dinosaur-hall-closing.html"
F_TC = "www.thecurator.com_2026_11_12_museum-chatbot-audio-guides-visitors.html"
ALL_FILES = [F_GG, F_FV, F_MM, F_NX, F_JL, F_MB, F_CE, F_DE, F_LH, F_TC]
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


def P(aid, edited=False, trim=0, credit=False, keep=None):
    a = ART[aid]
    ps = list(a["paras"])
    if edited:
        for i, p in a["edited"].items():
            ps[i] = p
    if credit:
        ps = [p for i, p in enumerate(ps) if i not in a.get("synd_drop", [])]
    if keep:
        ps = ps[:keep]
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
