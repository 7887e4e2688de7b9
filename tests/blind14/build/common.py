# -*- coding: utf-8 -*-
"""Shared helpers for the blind14 renderers: copy registration, variants, re-typesetting, wrapping, writing."""
import os
import textwrap

from articles import ART

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")

COPIES, MUSTNOT, POS, META = {}, {}, {}, {}

F_GA = "Gale_OneFile_News_fisheries_2026-11-06.txt"
F_NX = "Nexis_Newsdesk_export_fisheries-monitor_06-11-2026.txt"
F_BW = "brandwatch_mentions_fisheries-press_2026-11-06.csv"
F_MB = "fishwatch-l_2026-10.mbox"
F_PC = "press-cuttings_fisheries-liaison_Oct-2026.txt"
F_TF = "trafilatura_crawl_fisheries_2026-11.jsonl"
ALL_FILES = [F_GA, F_NX, F_BW, F_MB, F_PC, F_TF]
assert ALL_FILES == sorted(ALL_FILES), sorted(ALL_FILES)


def V(aid, synd=None, st=False, trim=0, edited=False):
    """The paragraphs of one copy of aid: a syndicated version, re-typeset, trimmed or lightly edited."""
    a = ART[aid]
    ps = list(a["paras"])
    if edited:
        for i, p in a["edited"].items():
            ps[i] = p
    if synd:
        s = a["synd"][synd]
        ps = [p for i, p in enumerate(ps) if i not in s.get("drop", [])]
        if s.get("top"):
            ps.insert(0, s["top"])
    if trim:
        ps = ps[:-trim]
    if st:
        ps = [straight(p) for p in ps]
    return ps


def title(aid, synd=None):
    return ART[aid]["synd"][synd]["title"] if synd else ART[aid]["title"]


def outlet(aid, synd=None):
    return ART[aid]["synd"][synd]["outlet"] if synd else ART[aid]["outlet"]


DOMAIN = {"Coastline Press Agency": "www.coastlinepress.com", "Buchan Herald": "www.buchanherald.co.uk",
          "Shetland Tide": "www.shetlandtide.co.uk", "Nordic Seafood Report": "www.nordicseafoodreport.no",
          "Donegal Coast Times": "www.donegalcoasttimes.ie", "The Atlantic Fisherman": "www.atlanticfisherman.ca",
          "Southland Fishing News": "www.southlandfishingnews.co.nz", "Ghana Coast Mirror": "ghanacoastmirror.com.gh",
          "Cornish Quay": "www.cornishquay.co.uk", "Maine Harbor Journal": "www.maineharborjournal.com",
          "Fish Trade Gazette": "www.fishtradegazette.co.uk", "Cork Harbour Echo": "www.corkharbourecho.ie",
          "The Trawlerman\u2019s Log": "trawlermanslog.blogspot.com",
          "Scottish Whitefish Producers\u2019 Association": "www.swpa.org.uk"}
URLS = {}


def slug(t):
    import re
    return "-".join(re.findall(r"[a-z0-9]+", t.lower().replace("\u2019", "")))[:60].rstrip("-")


def url(aid, synd=None):
    """The URL of the original (or of a syndicated copy); deterministic."""
    a = ART[aid]
    if synd:
        s = a["synd"][synd]
        return s.get("url") or f"https://{DOMAIN[s['outlet']]}/news/{slug(s['title'])}"
    if a["url"]:
        return a["url"]
    n = sum(map(ord, aid)) * 7919 % 900000 + 100000
    return f"https://{DOMAIN[a['outlet']]}/news/{(a['date'] or '2026-10').replace('-', '/')[:7]}/{slug(a['title'])}-{n}"


def reg(aid, source, paras, must_not=(), synd=None, u=None):
    """Register one copy of article aid in source (call in order of appearance inside the file)."""
    assert aid in ART, aid
    if u:
        URLS.setdefault(aid, []).append(u)
    body = "\n\n".join(" ".join(p.split()) for p in paras if p.strip())
    pos = POS.get(source, 0)
    POS[source] = pos + 1
    COPIES.setdefault(aid, []).append((source, pos, body))
    if synd:
        META.setdefault(aid, set()).add(synd)
    mn(aid, must_not)


def mn(aid, strings):
    lst = MUSTNOT.setdefault(aid, [])
    for s in strings:
        s = " ".join(s.split())
        if s and len(s) >= 10 and s not in lst:
            lst.append(s)


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


def write(name, data, encoding="utf-8", newline="\n"):
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(data.replace("\n", newline).encode(encoding))


def write_bytes(name, b):
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(b)


def words(ps):
    return sum(len(p.split()) for p in ps)
