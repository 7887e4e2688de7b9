# -*- coding: utf-8 -*-
"""Shared helpers for the blind9 renderers: copy registration, re-typesetting, wrapping, writing."""
import html
import os
import textwrap

from articles import ART

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")

COPIES, MUSTNOT, POS = {}, {}, {}

# file names (Python sorted() order == the order below)
F_FV = "Factiva-20260828-1412.rtf"
F_OV = "OVC_e-edition_2026-07-22_A1-A4.txt"
F_WB = "Wayback Machine - aegeanpost.gr - evia-replanting-lags-pledges.html"
F_EN = "Wildfire clippings.enex"
F_US = "clari+aus.env_saved-articles_2026-09.txt"
F_CS = "correiodosul.pt_en_monchique-villages-evacuated.html"
F_ER = "eventregistry_wildfire-smoke_2026-09-12.json"
F_DG = "firewatch-l Digest, Vol 14, Issue 31.eml"
F_WX = "lowveldpost.WordPress.2026-09-14.xml"
F_RV = "reader-view_sierrasentinel.com_cedar-ridge-fire-contained.html"
F_TS = "smoke-media-log_2026.tsv"
F_TG = "telegram_ChatExport_2026-09-15_result.json"
ALL_FILES = [F_FV, F_OV, F_WB, F_EN, F_US, F_CS, F_ER, F_DG, F_WX, F_RV, F_TS, F_TG]
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


def ascii7(s):
    """What a 7-bit news gateway makes of a text: straight quotes, '--' dashes, accents stripped."""
    import unicodedata
    s = straight(s).replace("\u20ac", "EUR ").replace("\u00b0C", " C")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)


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
