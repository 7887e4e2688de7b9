# -*- coding: utf-8 -*-
"""Build tests/blind25/dumps/* and tests/blind25/gold.json from articles.py (deterministic, byte-identical reruns).

usage: /work/main/.venv/bin/python tests/blind25/build/build_set.py

Theme: daily press-clips packets and news digests, the core input of a news archive. Nine compilations that paste
articles one after another (a state agency's Daily News Clips e-mail and its next issue saved as text, a legislative
caucus packet as pdftotext output, a university "In the News" HTML e-mail, a trade association's plain-text member
newsletter, a media-monitoring newsletter, a Mailman digest of list members' pastes, and two days of a district
office's Google Doc of clips), around one story world: a Harrisburg-area transit authority's fare overhaul and
driver shortage, the Pennsylvania budget impasse, and unrelated local news, 30 November - 8 December 2026.
"""
import collections
import datetime
import html
import json
import os
import quopri
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")
sys.path.insert(0, HERE)
from articles import ART, C21, CNS, CVC, HC, HL, KBJ, KTOA, LDR, MTT, SPM  # noqa: E402

F_D1 = "Clips 12-7.txt"
F_D2 = "Clips 12-8.txt"
F_CW = "SRTA Weekly Media Report _ Clipwell.html"
F_UN = "In the News - Swatara University - Dec. 7, 2026.eml"
F_KT = "KTOA_Member_Update_2026-12-08.txt"
F_OA = "OTM Daily News Clips - Monday, December 7, 2026.eml"
F_OB = "OTM Daily News Clips - Tuesday, December 8, 2026.txt"
F_SD = "SDC_Clips_2026-12-08.txt"
F_MM = "Transit-riders Digest, Vol 14, Issue 52.txt"
ALL = [F_D1, F_D2, F_UN, F_KT, F_OA, F_OB, F_SD, F_CW, F_MM]
assert ALL == sorted(ALL), sorted(ALL)
ENC = {F_KT: "cp1252", F_OB: "cp1252"}

COPIES, MUSTNOT, POS, FILE_MN, IN_FILE = {}, {}, {}, collections.defaultdict(list), collections.defaultdict(list)
TITLES = collections.defaultdict(list)     # every headline a copy states (title alternatives)
URLS = collections.defaultdict(set)        # every article address a copy states
COPY_TITLE = {}                            # (article, file, position) -> the headline that copy states
NOT_COPIES = []                            # (file, article, kind, text): snippets, blurbs, briefs, quotes


# ====================================================================== helpers
def straight(s):
    return (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"'))


def retype(s):
    """a compiler retyping for a plain-text newsletter: straight quotes, -- for dashes"""
    return straight(s).replace(" \u2014 ", " -- ").replace("\u2014", "--").replace("\u2026", "...")


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def reg(aid, src, ps, mn=(), titles=(), url=None, more_titles=()):
    assert aid in ART, aid
    body = "\n\n".join(" ".join(p.split()) for p in ps)
    pos = POS.get(src, 0)
    POS[src] = pos + 1
    COPIES.setdefault(aid, []).append((src, pos, body))
    COPY_TITLE[(aid, src, pos)] = titles[0] if titles else None
    IN_FILE[src].append(aid)
    addmn(aid, mn)
    for t in titles:
        if t not in TITLES[aid]:
            TITLES[aid].append(t)
        addmn(aid, [t])
    for t in more_titles:          # a normalisation of a stated headline (accepted, not a must_not)
        if t not in TITLES[aid]:
            TITLES[aid].append(t)
    if url:
        URLS[aid].add(url)


def addmn(aid, strings):
    lst = MUSTNOT.setdefault(aid, [])
    for s in strings:
        s = " ".join(s.split())
        if s and s not in lst:
            lst.append(s)


def fmn(src, strings):
    for s in strings:
        s = " ".join(s.split())
        if s and s not in FILE_MN[src]:
            FILE_MN[src].append(s)


def write(name, text, enc="utf-8", crlf=False, bom=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(enc)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(data)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _d(iso):
    return datetime.date.fromisoformat(iso)


def d_long(iso):          # Monday, December 7, 2026
    d = _d(iso)
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"


def d_full(iso):          # December 7, 2026
    d = _d(iso)
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def d_ap(iso, year=True):  # Dec. 7, 2026
    d = _d(iso)
    return f"{AP[d.month - 1]} {d.day}, {d.year}" if year else f"{AP[d.month - 1]} {d.day}"


def d_short(iso):         # Dec 7, 2026
    d = _d(iso)
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def d_num(iso, yy=False):  # 12/7/2026 or 12/7/26
    d = _d(iso)
    return f"{d.month}/{d.day}/{d.year % 100 if yy else d.year}"


def fill(p, width, indent=""):
    return textwrap.fill(p, width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False,
                         break_long_words=False)


def with_inserts(ps, inserts):
    """paragraphs with furniture blocks inserted after paragraph i: yields ('p', text) / ('f', text)"""
    out = []
    for i, p in enumerate(ps):
        out.append(("p", p))
        for f in inserts.get(i, []):
            out.append(("f", f))
    return out


def A(aid):
    return ART[aid]


def paras(aid, variant="full"):
    a = ART[aid]
    ps = list(a["paras"])
    if variant == "corrected":
        for i, p in a["corrected"].items():
            ps[i] = p
    elif variant == "trim":
        ps = ps[:a["keep_trim"]]
    elif variant == "synd":
        ps = ps[:a.get("synd_keep", len(ps))]
        for i, p in a.get("synd_edit", {}).items():
            ps[i] = p
        if a.get("synd_insert"):
            i, p = a["synd_insert"]
            ps.insert(i, p)
    return ps


def byline(aid, prefix="By "):
    au = ART[aid]["authors"]
    return prefix + " and ".join(au) if au else ""


# The furniture that the outlets' own web pages carry and that pastes drag along
C21_COPY = ("Copyright 2026 CentralPA 21. All rights reserved. This material may not be published, broadcast, "
            "rewritten or redistributed.")
C21_APP = "Download the CentralPA 21 News app for breaking news alerts."
LEDGER_SUB = "Support local journalism: subscribe to the Harrisburg Ledger for $1 for the first three months."
CNS_TAG = ("Commonwealth News Service is a nonprofit, nonpartisan newsroom covering Pennsylvania state government. "
           "Its stories may be republished free of charge with credit.")
CVC_TAG = "Brianna Holtz covers Cumberland County for the Courier. Reach her at bholtz@cvcourier.com."


# ====================================================================== 1-2. a district office's Google Doc of clips
# Google Docs "Download > Plain text (.txt)": UTF-8 with a BOM, CRLF. The staffer pastes from the web: some items
# keep the paste's paragraphs as single lines without blank lines, some have blank lines; headers vary by item.
def gdoc_item(L, aid, head, ps, blank, inserts=None, tail=(), mn=()):
    L.extend(head)
    seq = with_inserts(ps, inserts or {})
    for k, (kind, t) in enumerate(seq):
        L.append(t)
        if blank and k < len(seq) - 1:
            L.append("")
    L.extend(tail)
    L.append("")
    L.append("")


def build_d1():
    L = ["Morning Clips \u2013 Monday, December 7, 2026",
         "Rep. Tamika Burrell (D-Dauphin) \u2013 District Office",
         "compiled by Jenna L. \u2013 please flag anything I missed",
         "", ""]
    fmn(F_D1, L[:3])
    # ---- TRANSIT
    L += ["TRANSIT", ""]
    aid = "ledger-cuts-take-effect"
    a = A(aid)
    rel = "RELATED: " + A("ledger-route-cuts-warning")["title"]
    tag = "Megan Stroud covers transportation for the Ledger. Email her at mstroud@harrisburgledger.com."
    head = [a["title"].upper(), "Harrisburg Ledger, " + d_ap(a["date"]), byline(aid), a["url"]]
    gdoc_item(L, aid, head, a["paras"], False, {2: ["Advertisement"], 4: [rel]}, [tag])
    reg(aid, F_D1, a["paras"], ["Advertisement", rel, tag, head[1], head[2], "TRANSIT"], [a["title"], head[0]],
        a["url"])

    aid = "c21-signing-bonus"
    a = A(aid)
    head = [f"CentralPA 21 News: \u201c{a['title']}\u201d ({d_ap(a['date'], False)})", byline(aid)]
    D1_C21 = (head, a["paras"], [C21_APP, C21_COPY])
    gdoc_item(L, aid, head, a["paras"], True, {}, [C21_APP, C21_COPY])
    reg(aid, F_D1, a["paras"], [head[0], head[1], C21_APP, C21_COPY], [a["title"]])

    L += ["NOTE: Rep. B is doing office hours at the Allison Hill library Thurs 12/10 \u2013 flag for anyone "
          "calling about Route 9.", "", ""]
    fmn(F_D1, ["Rep. B is doing office hours at the Allison Hill library Thurs 12/10"])

    # ---- LOCAL
    L += ["LOCAL", ""]
    aid = "cvc-warehouse-fire"
    a = A(aid)
    head = [a["title"], "Cumberland Valley Courier, " + d_num(a["date"]), byline(aid)]
    gdoc_item(L, aid, head, a["paras"], False, {}, [CVC_TAG])
    reg(aid, F_D1, a["paras"], [head[1], head[2], CVC_TAG, "LOCAL"], [a["title"]])

    aid = "ledger-water-main"
    a = A(aid)
    head = [f"Ledger \u2013 \u201c{a['title']}\u201d \u2013 {d_num(a['date'], yy=True)}", "Dana Whitcomb"]
    gdoc_item(L, aid, head, a["paras"], True, {3: ["Story continues below advertisement"]}, [LEDGER_SUB])
    reg(aid, F_D1, a["paras"], [head[0], "Story continues below advertisement", LEDGER_SUB], [a["title"]])

    aid = "hc-later-start"
    a = A(aid)
    head = [f"Hershey Chronicle ({d_ap(a['date'])}): {a['title']}", "by Lisa Gantz"]
    gdoc_item(L, aid, head, a["paras"], False)
    reg(aid, F_D1, a["paras"], [head[0], head[1]], [a["title"]])

    aid = "c21-deer-crashes"
    a = A(aid)
    head = [a["title"].upper(), f"CentralPA 21 News | {d_full(a['date'])} | 21 News Staff"]
    gdoc_item(L, aid, head, a["paras"], True, {}, [C21_COPY])
    reg(aid, F_D1, a["paras"], [head[1], "21 News Staff", C21_COPY], [head[0]], more_titles=[a["title"]])

    aid = "hc-library-grant"
    a = A(aid)
    head = [a["title"], f"The Hershey Chronicle \u2013 {d_full(a['date'])} \u2013 Lisa Gantz"]
    gdoc_item(L, aid, head, a["paras"], False)
    reg(aid, F_D1, a["paras"], [head[1]], [a["title"]])
    write(F_D1, "\n".join(L).rstrip("\n") + "\n", crlf=True, bom=True)
    return D1_C21


def build_d2(d1_c21):
    L = ["Morning Clips \u2013 Tuesday, December 8, 2026",
         "Rep. Tamika Burrell (D-Dauphin) \u2013 District Office",
         "", ""]
    fmn(F_D2, L[:2])
    L += ["BUDGET", ""]
    aid = "ledger-senate-gop"
    a = A(aid)
    head = [f"Harrisburg Ledger: \u201c{a['title']}\u201d ({d_ap(a['date'])})", byline(aid)]
    gdoc_item(L, aid, head, a["paras"], True, {2: ["Advertisement"]}, [LEDGER_SUB])
    reg(aid, F_D2, a["paras"], [head[0], head[1], "Advertisement", LEDGER_SUB, "BUDGET"], [a["title"]])

    aid = "c21-capitol-presser"
    a = A(aid)
    head = [a["title"].upper(), "CentralPA 21 News, " + d_ap(a["date"]), byline(aid)]
    gdoc_item(L, aid, head, a["paras"], False, {}, [C21_COPY])
    reg(aid, F_D2, a["paras"], [head[1], head[2], C21_COPY], [a["title"], head[0]])

    L += ["TRANSIT", ""]
    aid = "cvc-carlisle-shuttle"
    a = A(aid)
    head = [a["title"], "Cumberland Valley Courier, " + d_ap(a["date"]), byline(aid) + ", Cumberland Valley Courier"]
    gdoc_item(L, aid, head, a["paras"], True)
    reg(aid, F_D2, a["paras"], [head[1], head[2], "TRANSIT"], [a["title"]])

    aid = "ldr-route22-sunday"
    a = A(aid)
    head = [f"Lebanon Daily Record: \u201c{a['title']}\u201d ({d_ap(a['date'])})", "Ashley Kreider", a["url"]]
    gdoc_item(L, aid, head, a["paras"], False)
    reg(aid, F_D2, a["paras"], [head[0], "Ashley Kreider"], [a["title"]], a["url"])

    aid = "ledger-editorial-fares"
    a = A(aid)
    head = [a["title"], "Harrisburg Ledger editorial \u2013 " + d_ap(a["date"])]
    gdoc_item(L, aid, head, a["paras"], True)
    reg(aid, F_D2, a["paras"], [head[1]], [a["title"]])

    L += ["ECONOMY", ""]
    aid = "kbj-paxton-redevelopment"
    a = A(aid)
    head = [f"Keystone Business Journal: \u201c{a['title']}\u201d ({d_ap(a['date'])})",
            "By Kevin Marsh \u2013 Senior Reporter, Keystone Business Journal"]
    kbj_tag = "Get the Keystone Business Journal\u2019s Morning Edition delivered to your inbox. Sign up here."
    gdoc_item(L, aid, head, a["paras"], False, {}, [kbj_tag])
    reg(aid, F_D2, a["paras"], [head[0], head[1], kbj_tag, "ECONOMY"], [a["title"]])

    L += ["FROM YESTERDAY (repeating these \u2013 still getting calls)", ""]
    fmn(F_D2, ["FROM YESTERDAY (repeating these \u2013 still getting calls)"])
    aid = "c21-signing-bonus"
    a = A(aid)
    head, ps, tail = d1_c21
    gdoc_item(L, aid, head, ps, True, {}, tail)        # pasted again exactly as on Monday
    reg(aid, F_D2, ps, [head[0], head[1]] + tail, [a["title"]])

    aid = "cvc-warehouse-fire"
    a = A(aid)
    head = [f"Cumberland Valley Courier: \u201c{a['title']}\u201d ({d_ap(a['date'], False)})", byline(aid)]
    gdoc_item(L, aid, head, a["paras"], True, {}, [CVC_TAG])
    reg(aid, F_D2, a["paras"], [head[0], head[1], CVC_TAG], [a["title"]])
    write(F_D2, "\n".join(L).rstrip("\n") + "\n", crlf=True, bom=True)


# ====================================================================== 3. media-monitoring newsletter (Clipwell)
# A Meltwater/Cision-like weekly newsletter as the browser saves its "view online" page: per item a headline link,
# a meta line, reach/sentiment, then either a keyword-in-context snippet cut with "…" (not a copy) or the licensed
# full text (a copy), one of them truncated by the publisher's word limit (a trimmed copy).
CW_REACH = {HL: "412K", CVC: "188K", SPM: "96.1K", MTT: "54.3K", C21: "655K", LDR: "71.8K", CNS: "38.2K"}


def snippet(text, start_word, n):
    w = text.split()
    return w[start_word:start_word + n]


def build_clipwell():
    out = []
    items_html = []
    mn_file = ["SRTA Weekly Media Report", "Coverage period: Dec 1, 2026 \u2013 Dec 7, 2026",
               "Prepared for Susquehanna Regional Transit Authority \u00b7 Communications & Public Affairs",
               "Open in Clipwell", "Read article", "Potential reach", "Net sentiment",
               "You are receiving this newsletter because you are a member of the SRTA Communications workspace "
               "in Clipwell.", "Manage newsletter preferences", "Unsubscribe",
               "Clipwell Media Intelligence \u00b7 1500 Market Street, Philadelphia, PA 19102",
               "Powered by Clipwell"]
    fmn(F_CW, mn_file)

    def meta(outlet, iso, author, mtype="Online News"):
        parts = [f'<span class="src">{esc(outlet)}</span>', f'<span class="mtype">{mtype}</span>',
                 f'<span class="date">{d_short(iso)}</span>']
        if author:
            parts.append(f'<span class="author">{esc(author)}</span>')
        txt = f"{outlet} \u00b7 {mtype} \u00b7 {d_short(iso)}" + (f" \u00b7 {author}" if author else "")
        return " \u00b7 ".join(parts), txt

    def item(aid, title, outlet, iso, author, url, sentiment, body_html, n):
        m_html, m_txt = meta(outlet, iso, author)
        stats = f"Reach: {CW_REACH[outlet]} \u00b7 Sentiment: {sentiment} \u00b7 Country: United States"
        items_html.append(f"""<tr><td class="item" style="padding:14px 24px;border-bottom:1px solid #e3e7ee;">
<!-- mention_id=cw_m_{7731400 + n} -->
<h3 class="item-title" style="margin:0 0 4px;font-size:17px;"><a href="{attr(url)}" style="color:#0b3d91;text-decoration:none;">{esc(title)}</a></h3>
<p class="item-meta" style="margin:0;font-size:12px;color:#5b6472;">{m_html}</p>
<p class="item-stats" style="margin:2px 0 8px;font-size:12px;color:#5b6472;">{stats}</p>
{body_html}
<p class="actions" style="margin:8px 0 0;font-size:12px;"><a href="{attr(url)}">Read article</a> \u00b7 <a href="https://app.clipwell.io/m/cw_m_{7731400 + n}">Open in Clipwell</a></p>
</td></tr>""")
        return [m_txt, stats]

    def full(aid, ps, outlet, cut_note=None):
        body = "\n".join(f'<p style="margin:0 0 10px;">{esc(p)}</p>' for p in ps)
        lic = (f"\u00a9 2026 {outlet}. Full text provided under license by Clipwell. For internal use by the "
               f"recipient only; do not forward or republish.")
        extra = f'\n<p class="truncated" style="font-size:12px;color:#8a5a00;">{cut_note}</p>' if cut_note else ""
        return (f'<div class="fulltext" style="font-size:14px;line-height:1.5;">\n{body}\n</div>{extra}\n'
                f'<p class="license" style="font-size:11px;color:#8a919c;">{esc(lic)}</p>'), [lic] + (
                    [re.sub(r"<[^>]+>", "", cut_note)] if cut_note else [])

    def snip(aid, para, start, n, kw):
        # keyword-in-context: n words from word `start` of paragraph `para`, running on across paragraphs
        words = " ".join(A(aid)["paras"][para:]).split()[start:start + n]
        txt = " ".join(words)
        NOT_COPIES.append((F_CW, aid, "snippet", "\u2026" + txt + "\u2026"))
        h = esc(txt).replace(kw, f"<b>{kw}</b>", 1)
        return f'<p class="snippet" style="font-size:14px;color:#2b2f36;">\u2026{h}\u2026</p>'

    n = 0

    def section(name):
        items_html.append(f'<tr><td class="section" style="padding:18px 24px 6px;background:#f7f8fa;">'
                          f'<h2 style="margin:0;font-size:13px;letter-spacing:.08em;text-transform:uppercase;'
                          f'color:#0b3d91;">{esc(name)}</h2></td></tr>')
        fmn(F_CW, [name])

    # ---- Fares
    section("Fares & Fare Policy")
    aid = "ledger-fare-vote"
    a = A(aid)
    ps = paras(aid, "corrected")
    b, lmn = full(aid, ps, HL)
    n += 1
    mn = item(aid, a["title"], HL, a["date"], "Megan Stroud", a["url"], "Neutral", b, n)
    reg(aid, F_CW, ps, mn + lmn, [a["title"]], a["url"])

    aid = "cvc-carlisle-express"
    a = A(aid)
    b, lmn = full(aid, a["paras"], CVC)
    n += 1
    mn = item(aid, a["title"], CVC, a["date"], "Joel Fenstermacher", a["url"], "Positive", b, n)
    reg(aid, F_CW, a["paras"], mn + lmn, [a["title"]], a["url"])

    aid = "spm-fare-explainer"
    a = A(aid)
    n += 1
    item(aid, a["title"], SPM, a["date"], "Rachel Obuya", a["url"], "Neutral", snip(aid, 0, 1, 44, "Susquehanna Regional Transit Authority"), n)

    aid = "mtt-fare-capping"
    a = A(aid)
    words, ps, budget = 0, [], 200
    for p in a["paras"]:
        w = p.split()
        if words + len(w) <= budget:
            ps.append(p)
            words += len(w)
        else:
            ps.append(" ".join(w[:budget - words]))
            break
    shown = ps[:-1] + [ps[-1] + "\u2026"]
    note = (f'Full text truncated at {budget} words under the publisher\u2019s agreement. '
            f'<a href="{attr(a["url"])}">Read the full article on metrotransittoday.com</a>')
    b, lmn = full(aid, shown, MTT, note)
    n += 1
    mn = item(aid, a["title"], MTT, a["date"], "Priya Natarajan", a["url"], "Positive", b, n)
    reg(aid, F_CW, ps, mn + lmn, [a["title"]], a["url"])
    TRIM_MTT.extend(ps)

    # ---- Drivers
    section("Operators, Service & Paratransit")
    aid = "ledger-cuts-take-effect"
    a = A(aid)
    n += 1
    item(aid, a["title"], HL, a["date"], "Megan Stroud", a["url"], "Negative", snip(aid, 1, 0, 40, "Susquehanna Regional Transit Authority"), n)

    aid = "c21-signing-bonus"
    a = A(aid)
    b, lmn = full(aid, a["paras"], C21)
    n += 1
    mn = item(aid, a["title"], C21, a["date"], "Tony Marchetti", a["url"], "Positive", b, n)
    reg(aid, F_CW, a["paras"], mn + lmn, [a["title"]], a["url"])

    aid = "ldr-route22-sunday"
    a = A(aid)
    n += 1
    item(aid, a["title"], LDR, a["date"], "Ashley Kreider", a["url"], "Negative", snip(aid, 1, 0, 38, "SRTA"), n)

    aid = "ledger-paratransit"
    a = A(aid)
    n += 1
    item(aid, a["title"], HL, a["date"], "Dana Whitcomb", a["url"], "Negative", snip(aid, 1, 0, 42, "SRTA"), n)

    # ---- State budget
    section("State Budget & Transit Funding")
    aid = "c21-rider-rally"
    a = A(aid)
    b, lmn = full(aid, a["paras"], C21)
    n += 1
    mn = item(aid, a["title"], C21, a["date"], "Tony Marchetti", a["url"], "Neutral", b, n)
    reg(aid, F_CW, a["paras"], mn + lmn, [a["title"]], a["url"])

    aid = "cns-house-budget"
    a = A(aid)
    b, lmn = full(aid, a["paras"], CNS)
    n += 1
    mn = item(aid, a["title"], CNS, a["date"], "Ben Takahashi", a["cns_url"], "Neutral", b, n)
    reg(aid, F_CW, a["paras"], mn + lmn, [a["title"]])

    aid = "spm-budget-explainer"
    a = A(aid)
    b, lmn = full(aid, a["paras"], SPM)
    n += 1
    mn = item(aid, a["title"], SPM, a["date"], "Hannah Scholl", a["url"], "Negative", b, n)
    reg(aid, F_CW, a["paras"], mn + lmn, [a["title"]], a["url"])

    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SRTA Weekly Media Report | Clipwell</title>
<style>
  body {{ margin:0; padding:0; background:#f2f4f7; font-family: Arial, Helvetica, sans-serif; }}
  .wrapper {{ max-width:680px; margin:0 auto; background:#ffffff; }}
  a {{ color:#0b3d91; }}
</style>
</head>
<body>
<!-- Clipwell Newsletter Engine 4.12.3 | newsletter=nl_5f3a91c2 | issue=2026-12-07T12:00:00Z | view=web -->
<div style="display:none;max-height:0;overflow:hidden;">32 mentions this week: fares, drivers and the state budget</div>
<table role="presentation" class="wrapper" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td class="header" style="padding:20px 24px;background:#0b3d91;color:#ffffff;">
<img src="https://cdn.clipwell.io/brand/clipwell-logo-white.png" alt="Clipwell" width="96" height="24">
<h1 style="margin:12px 0 4px;font-size:22px;">SRTA Weekly Media Report</h1>
<p style="margin:0;font-size:13px;">{d_long("2026-12-07")} \u00b7 Coverage period: Dec 1, 2026 \u2013 Dec 7, 2026</p>
<p style="margin:4px 0 0;font-size:12px;opacity:.85;">Prepared for Susquehanna Regional Transit Authority \u00b7 Communications &amp; Public Affairs</p>
</td></tr>
<tr><td class="summary" style="padding:16px 24px;">
<table role="presentation" width="100%"><tr>
<td style="text-align:center;"><b style="font-size:20px;">32</b><br><span style="font-size:11px;">Mentions</span></td>
<td style="text-align:center;"><b style="font-size:20px;">2.4M</b><br><span style="font-size:11px;">Potential reach</span></td>
<td style="text-align:center;"><b style="font-size:20px;">\u22120.18</b><br><span style="font-size:11px;">Net sentiment</span></td>
</tr></table>
</td></tr>
{chr(10).join(items_html)}
<tr><td class="footer" style="padding:20px 24px;font-size:11px;color:#8a919c;">
<p>You are receiving this newsletter because you are a member of the SRTA Communications workspace in Clipwell.</p>
<p><a href="https://app.clipwell.io/newsletters/nl_5f3a91c2/preferences">Manage newsletter preferences</a> \u00b7 <a href="https://app.clipwell.io/u/9d1e2f7a">Unsubscribe</a></p>
<p>Clipwell Media Intelligence \u00b7 1500 Market Street, Philadelphia, PA 19102</p>
<p>Powered by Clipwell</p>
</td></tr>
</table>
</body>
</html>
"""
    write(F_CW, page)


TRIM_MTT = []


# ====================================================================== 4. a university's "In the News" HTML e-mail
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def build_university():
    feats = [
        ("ledger-oped-capping", "OP-ED", "full",
         "Helen Vasquez-Ruiz, professor of urban planning, argues in a Sunday op-ed that SRTA\u2019s new fare caps "
         "are a step forward but that riders will judge the agency by how often and how reliably its buses run."),
        ("ledger-fare-vote", "FACULTY EXPERT", "full",
         "Vasquez-Ruiz explained to the Ledger why cash-paying riders are the hard design question in fare "
         "capping, as the SRTA board approved its fare overhaul."),
        ("spm-fare-explainer", "FACULTY EXPERT", "full",
         "Vasquez-Ruiz helped Susquehanna Public Media\u2019s audience work out whether the new caps will cost them "
         "more than a monthly pass."),
        ("hc-later-start", "RESEARCH", "full",
         "Sleep researcher Anjali Raman, assistant professor of psychology, whose October presentation informed "
         "the Derry Township school board\u2019s vote on later start times, is quoted in the Chronicle."),
        ("spm-swatara-grant", "RESEARCH", "full",
         "Susquehanna Public Media reported on Swatara\u2019s $3.1 million federal award to study how rural "
         "residents without cars get around, a project Vasquez-Ruiz will lead."),
        ("ldr-swatara-nursing", "CAMPUS NEWS", "full",
         "The Lebanon Daily Record covered the university\u2019s plan to offer the BSN at the Lebanon campus "
         "beginning in fall 2027, with comments from Provost Carol Eshleman."),
    ]
    also = [
        ("Susquehanna Public Media", "Dec. 4", "spm-budget-explainer",
         "Economist Desmond Achterberg on the hidden costs of a long state budget impasse: interest payments, "
         "projects that never start and staff who leave."),
        ("Keystone Business Journal", "Dec. 3", None,
         "Business dean Patricia Okonkwo on why seasonal hiring by central Pennsylvania retailers is down this "
         "year."),
        ("CentralPA 21 News", "Dec. 2", None,
         "Chemistry professor Luis Arroyo showed morning-show viewers why road salt stops working below 15 "
         "degrees."),
    ]
    rows = []
    mn_file = ["Office of University Communications", "IN THE NEWS",
               "Week of Nov. 30 \u2013 Dec. 6, 2026",
               "Faculty and staff: if you talk with a reporter, let us know at media@swatara.edu so we can include "
               "the story.",
               "FULL TEXT",
               "Full text is reproduced for internal, noncommercial use under the university\u2019s media-monitoring "
               "license. Please do not forward outside Swatara University.",
               "ALSO IN THE NEWS", "View this email in your browser",
               "You are receiving this message because you subscribed to In the News.",
               "Office of University Communications \u00b7 Swatara University \u00b7 400 Ann Street, Middletown, PA 17057",
               "Update your preferences"]
    fmn(F_UN, mn_file)
    rows.append("""<tr><td style="padding:18px 28px 6px;font-size:15px;line-height:1.5;color:#222;">
<p style="margin:0 0 10px;">Swatara faculty were in the news this week on SRTA\u2019s new fares, rural transportation research and teenagers\u2019 sleep.</p>
<p style="margin:0;font-size:13px;color:#555;">Faculty and staff: if you talk with a reporter, let us know at <a href="mailto:media@swatara.edu">media@swatara.edu</a> so we can include the story.</p>
</td></tr>""")
    fmn(F_UN, ["Swatara faculty were in the news this week on SRTA\u2019s new fares, rural transportation research "
               "and teenagers\u2019 sleep."])
    for aid, kicker, kind, blurb in feats:
        a = A(aid)
        ps = a["paras"]
        src = f"{a['outlet']} | {d_ap(a['date'])}"
        host = re.match(r"https://(?:www\.)?([^/]+)", a["url"]).group(1)
        bl = byline(aid)
        bio = ""
        if a.get("bio"):
            bio = f'\n<p style="margin:10px 0 0;font-style:italic;font-size:13px;">{esc(a["bio"])}</p>'
        body = "\n".join(f'<p style="margin:0 0 10px;">{esc(p)}</p>' for p in ps)
        read = f"Read it at {host} \u00bb"
        rows.append(f"""<tr><td style="padding:18px 28px;border-top:1px solid #e2e2e2;">
<p style="margin:0;font-size:11px;letter-spacing:.1em;color:#8c1d40;font-weight:bold;">{kicker}</p>
<h2 style="margin:4px 0 2px;font-size:19px;line-height:1.3;"><a href="{attr(a['url'])}" style="color:#1f2a44;text-decoration:none;">{esc(a['title'])}</a></h2>
<p style="margin:0 0 8px;font-size:13px;color:#666;"><strong>{esc(a['outlet'])}</strong> | {d_ap(a['date'])}</p>
<p style="margin:0 0 12px;font-size:15px;line-height:1.5;color:#222;">{esc(blurb)}</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f6f6f4;border-left:3px solid #8c1d40;"><tr><td style="padding:12px 16px;font-size:14px;line-height:1.55;color:#333;">
<p style="margin:0 0 8px;font-size:11px;letter-spacing:.1em;color:#8c1d40;">FULL TEXT</p>
<p style="margin:0 0 10px;font-weight:bold;">{esc(bl)}</p>
{body}{bio}
</td></tr></table>
<p style="margin:10px 0 0;font-size:13px;"><a href="{attr(a['url'])}">{esc(read)}</a></p>
</td></tr>""")
        NOT_COPIES.append((F_UN, aid, "blurb", blurb))
        mn = [blurb, src, read, kicker] + ([bl] if bl else []) + ([a["bio"]] if a.get("bio") else [])
        reg(aid, F_UN, ps, mn, [a["title"]], a["url"])
    rows.append("""<tr><td style="padding:18px 28px 4px;border-top:2px solid #8c1d40;">
<p style="margin:0;font-size:12px;letter-spacing:.1em;color:#8c1d40;font-weight:bold;">ALSO IN THE NEWS</p>
</td></tr>""")
    for outlet, when, aid, blurb in also:
        link = A(aid)["url"] if aid else "https://www.swatara.edu/news/in-the-news"
        rows.append(f"""<tr><td style="padding:6px 28px;font-size:14px;line-height:1.5;color:#222;">
<p style="margin:0;"><strong>{esc(outlet)}</strong> ({when}) \u2014 {esc(blurb)} <a href="{attr(link)}">Read more</a></p>
</td></tr>""")
        if aid:
            NOT_COPIES.append((F_UN, aid, "blurb", blurb))
    rows.append("""<tr><td style="padding:14px 28px;font-size:12px;color:#777;">
<p style="margin:0;">Full text is reproduced for internal, noncommercial use under the university\u2019s media-monitoring license. Please do not forward outside Swatara University.</p>
</td></tr>""")
    page = f"""<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>In the News | Swatara University</title>
</head>
<body style="margin:0;padding:0;background:#eeeeea;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eeeeea;"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,'Times New Roman',serif;">
<tr><td style="padding:8px 28px;font-size:11px;text-align:right;font-family:Arial,sans-serif;"><a href="https://news.swatara.edu/in-the-news/2026-12-07" style="color:#777;">View this email in your browser</a></td></tr>
<tr><td style="padding:22px 28px;background:#8c1d40;color:#ffffff;font-family:Arial,sans-serif;">
<p style="margin:0;font-size:13px;letter-spacing:.12em;">Swatara University</p>
<p style="margin:2px 0 0;font-size:12px;">Office of University Communications</p>
<h1 style="margin:14px 0 0;font-size:28px;letter-spacing:.06em;">IN THE NEWS</h1>
<p style="margin:4px 0 0;font-size:14px;">Week of Nov. 30 \u2013 Dec. 6, 2026</p>
</td></tr>
{chr(10).join(rows)}
<tr><td style="padding:20px 28px;background:#f3f3f0;font-size:11px;color:#777;font-family:Arial,sans-serif;">
<p style="margin:0 0 6px;">You are receiving this message because you subscribed to In the News.</p>
<p style="margin:0 0 6px;">Office of University Communications \u00b7 Swatara University \u00b7 400 Ann Street, Middletown, PA 17057</p>
<p style="margin:0;"><a href="https://news.swatara.edu/preferences?u=e81c0d" style="color:#777;">Update your preferences</a> | <a href="https://news.swatara.edu/unsubscribe?u=e81c0d" style="color:#777;">Unsubscribe</a></p>
</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""
    plain = ("Swatara University | In the News | Week of Nov. 30 - Dec. 6, 2026\n\n"
             "This message is formatted in HTML. If you cannot read it, view it in your browser:\n"
             "https://news.swatara.edu/in-the-news/2026-12-07\n")
    bnd = "----=_Part_2207731_1593370211.1796655731402"
    msg = f"""Return-Path: <bounce-in-the-news-e81c0d@mail.swatara.edu>
Received: from mta-out2.swatara.edu (mta-out2.swatara.edu [198.51.100.24])
	by mx.swatara.edu (Postfix) with ESMTPS id 4Q7Zk31mX2z9vTq
	for <inthenews-list@swatara.edu>; Mon,  7 Dec 2026 10:02:14 -0500 (EST)
From: Swatara University Communications <news@swatara.edu>
To: inthenews-list@swatara.edu
Subject: In the News: Fare caps, a rural transit grant and later school start times
Date: Mon, 07 Dec 2026 10:02:11 -0500
Message-ID: <1796655731402.2207731.inthenews@mail.swatara.edu>
MIME-Version: 1.0
List-Unsubscribe: <https://news.swatara.edu/unsubscribe?u=e81c0d>
X-Mailer: Swatara Newsroom Mailer 3.2
Content-Type: multipart/alternative; boundary="{bnd}"

--{bnd}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(plain)}
--{bnd}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(page)}
--{bnd}--
"""
    fmn(F_UN, ["In the News: Fare caps, a rural transit grant and later school start times"])
    write(F_UN, msg)


# ====================================================================== 5. a trade association's member newsletter
# Plain text, 72 columns, cp1252, CRLF. Reprints are retyped (straight quotes, -- for dashes); the association's own
# items keep the typographic quotes of the Word draft they were pasted from. ">>" pull quotes repeat a sentence of
# the story; "In Other News" items are one-paragraph briefs written by the association (not copies, not articles).
def build_ktoa():
    W = 72
    rule, dbl = "-" * W, "=" * W
    L = [dbl, "KTOA MEMBER UPDATE".center(W).rstrip(),
         "Keystone Transit Operators Association * Harrisburg, Pa.".center(W).rstrip(),
         "Tuesday, December 8, 2026 * Vol. 19, No. 47".center(W).rstrip(), dbl, ""]
    fmn(F_KT, ["KTOA MEMBER UPDATE", "Keystone Transit Operators Association * Harrisburg, Pa.",
               "Tuesday, December 8, 2026 * Vol. 19, No. 47", "IN THIS ISSUE", "TOP STORIES", "IN OTHER NEWS",
               "CALENDAR", "* * *"])
    items = [
        # aid, retyped?, source line, lead note, pull quote (after paragraph i), read more
        ("ledger-fare-vote", True, 5,
         '"If the card is easy to load with cash, capping helps the poorest riders most."',
         "-- Helen Vasquez-Ruiz, Swatara University", "Reprinted with permission of the Harrisburg Ledger."),
        ("ktoa-senate-letter", False, 2,
         "\u201cWe are asking it not to let the holidays pass without an agreement that keeps buses on the "
         "road.\u201d", "-- from KTOA\u2019s letter to the Senate", None),
        ("mtt-fare-capping", True, 4,
         '"If your riders can\'t get money onto the card, the cap is just a headline."',
         "-- Malcolm Treadwell, KTOA executive director", "Reprinted with permission of Metro Transit Today."),
        ("mtt-operator-shortage", True, 3,
         '"Big agencies could throw money at the problem. The mid-size systems could not."',
         "-- Sandra Oduya, National Council of Transit Employers",
         "Reprinted with permission of Metro Transit Today."),
        ("ledger-route-cuts-warning", True, None, None, None, "Reprinted with permission of the Harrisburg Ledger."),
        ("ktoa-member-survey", False, None, None, None, None),
    ]
    L += ["IN THIS ISSUE"]
    for n, it in enumerate(items, 1):
        L += textwrap.wrap(f"{n}) {A(it[0])['title'] if not it[1] else retype(A(it[0])['title'])}", W,
                           initial_indent="  ", subsequent_indent="     ")
    L += ["  -- In Other News", "  -- Calendar", "", rule, "TOP STORIES", rule, ""]
    for n, (aid, rt, pq_at, pq, pq_by, reprint) in enumerate(items, 1):
        a = A(aid)
        t = retype(a["title"]) if rt else a["title"]
        ps = paras(aid, "corrected") if aid == "ledger-fare-vote" else list(a["paras"])
        if rt:
            ps = [retype(p) for p in ps]
        head = textwrap.wrap(f"{n}) {t.upper()}", W, subsequent_indent="   ")
        L += head
        mn = [" ".join(head), t.upper()]
        if a["outlet"] != KTOA:
            src = f"   {a['outlet']}, {d_ap(a['date'])} -- {byline(aid)}"
            L.append(src)
            mn.append(src.strip())
        if aid == "ledger-route-cuts-warning":
            note = "   (For background: the suspensions took effect Sunday, Dec. 6.)"
            L.append(note)
            mn.append(note.strip())
        L.append("")
        for i, p in enumerate(ps):
            L += textwrap.wrap(p, W, break_on_hyphens=False, break_long_words=False)
            L.append("")
            if pq_at is not None and i == pq_at:
                L += [">> " + x for x in textwrap.wrap(pq, W - 3)] + [">> " + pq_by, ""]
                mn.append(pq_by)
        if a["outlet"] != KTOA:
            rm = f"Read more: {a['url']}"
            L.append(rm)
            mn.append(rm)
        if reprint:
            L.append(reprint)
            mn.append(reprint)
        L += ["", "* * *".center(W).rstrip(), ""]
        reg(aid, F_KT, ps, mn, [a["title"]], a.get("url") if a["outlet"] != KTOA else None)
    L += [rule, "IN OTHER NEWS", rule, ""]
    briefs = [
        ("cns-house-budget", "HOUSE PASSES BUDGET.",
         "The House voted 104-99 on Dec. 2 to approve a $51.2 billion budget that would add $282 million a year "
         "for transit by raising transit's share of the state sales tax from 4.4% to 5.1%. The Senate returned to "
         "session Monday; its Republican majority says it will offer its own plan.",
         A("cns-house-budget")["cns_url"]),
        ("kbj-nonprofits-borrow", "NONPROFITS BORROW TO MEET PAYROLL.",
         "The Keystone Business Journal reports that at least 40 nonprofits in the capital region have taken out "
         "loans or tapped credit lines since July, some at more than 9% interest, while they wait for state "
         "payments. Sound familiar?", A("kbj-nonprofits-borrow")["url"]),
        ("ledger-paratransit", "PARATRANSIT COMPLAINTS DOUBLE AT SRTA.",
         "Complaints about SRTA's contracted paratransit service rose to 412 in September and October, from 187 "
         "a year earlier, the Harrisburg Ledger found. The authority withheld $61,000 from its contractor in "
         "October.", A("ledger-paratransit")["url"]),
        ("spm-swatara-grant", "RURAL MOBILITY RESEARCH.",
         "Swatara University will study how carless households in four rural counties get around, with a $3.1 "
         "million federal grant. Members interested in joining the project's advisory group should contact the "
         "KTOA office.", A("spm-swatara-grant")["url"]),
    ]
    for aid, lead, txt, url in briefs:
        L += textwrap.wrap(f"* {lead} {txt}", W, subsequent_indent="  ", break_on_hyphens=False)
        L += [f"  Read more: {url}", ""]
        NOT_COPIES.append((F_KT, aid, "brief", f"{lead} {txt}"))
        fmn(F_KT, [lead])
    L += [rule, "CALENDAR", rule, "",
          "Dec. 10   Legislative committee call, 10 a.m. (dial-in in the members'",
          "          area)",
          "Dec. 15   Credit-line figures due to the KTOA office",
          "Jan. 13   Workforce committee, KTOA offices, 1 p.m.",
          "Jan. 27   Winter Policy Forum, Hershey Lodge \u2013 registration opens Dec. 14",
          "", rule]
    foot = ("KTOA Member Update is published weekly for member agencies and associate members of the Keystone "
            "Transit Operators Association. Articles reprinted from other publications are used with permission "
            "and remain the property of their publishers. \u00a9 2026 Keystone Transit Operators Association, "
            "200 North Third Street, Suite 1100, Harrisburg, PA 17101. To change your subscription, reply to "
            "this message or write to updates@ktoa.org.")
    L += textwrap.wrap(foot, W) + [""]
    fmn(F_KT, ["KTOA Member Update is published weekly for member agencies and associate members",
               "Articles reprinted from other publications are used with permission and remain the property of "
               "their publishers.", "\u00a9 2026 Keystone Transit Operators Association",
               "Legislative committee call, 10 a.m."])
    write(F_KT, "\n".join(L), enc="cp1252", crlf=True)


# ====================================================================== 6-7. a state agency's Daily News Clips
OTM_HEAD = ["DAILY NEWS CLIPS", "Pennsylvania Office of Transit & Mobility",
            "Office of Communications and Public Affairs"]
OTM_NOTE = ("These clips are compiled for the internal use of OTM staff. Articles may be protected by copyright; "
            "please do not forward outside the agency.")
OTM_FOOT = ["________________________________", "Office of Communications and Public Affairs",
            "Pennsylvania Office of Transit & Mobility",
            "Commonwealth Keystone Building | 400 North Street | Harrisburg, PA 17120",
            "otm-press@pa.gov | 717-555-0190",
            "To be removed from this distribution, reply with REMOVE in the subject line."]


def otm_banner(name):
    return f"==================== {name} ===================="


def otm_item(aid, outlet, iso, where, by, url=None, ps=None, title=None, pre=()):
    a = A(aid)
    ps = ps if ps is not None else a["paras"]
    title = title or a["title"]
    head = list(pre) + [title, f"{outlet} | {d_long(iso)} | {where}"]
    if by:
        head.append(by)
    if url:
        head.append(url)
    blocks = ps + ([a["bio"]] if a.get("bio") else [])
    mn = list(head[len(pre) + 1:]) + list(pre) + ([a["bio"]] if a.get("bio") else []) + ["[Back to Top]"]
    return head, blocks, ps, mn, title


def build_otm(fname, iso, sections, wrap76):
    L = OTM_HEAD + [d_long(iso), "", OTM_NOTE, "", "TABLE OF CONTENTS", ""]
    fmn(fname, OTM_HEAD + [OTM_NOTE, "TABLE OF CONTENTS"] + OTM_FOOT[1:])
    n = 0
    for sec, items in sections:
        L.append(sec)
        for it in items:
            n += 1
            head, blocks, ps, mn, title = it
            outlet = [h for h in head if " | " in h][0].split(" | ")
            toc = f"  {n}. {title} \u2013 {outlet[0]}, {outlet[2].replace('Page ', '')}"
            L.append(toc)
            fmn(fname, [toc.strip()])
        fmn(fname, [sec])
    L.append("")
    for sec, items in sections:
        L += ["", otm_banner(sec), ""]
        fmn(fname, [otm_banner(sec)])
        for head, blocks, ps, mn, title in items:
            L += head + [""]
            for b in blocks:
                L += [b, ""]
            L += ["[Back to Top]", ""]
    L += [""] + OTM_FOOT + [""]
    if wrap76:
        out = []
        for ln in L:
            out += textwrap.wrap(ln, 76, break_on_hyphens=False, break_long_words=False) if len(ln) > 76 else [ln]
        L = out
    return "\n".join(L)


def build_otm_monday():
    t6 = "ledger-cuts-take-effect"
    it_t6 = otm_item(t6, HL, "2026-12-07", "Page A1", "By Megan Stroud, Staff Writer")
    it_c21 = otm_item("c21-signing-bonus", C21, "2026-12-06", "Online", "By Tony Marchetti",
                      A("c21-signing-bonus")["url"])
    it_op = otm_item("ledger-oped-capping", HL, "2026-12-06", "Page D2", "By Helen Vasquez-Ruiz | Guest Column")
    it_dau = otm_item("ledger-dauphin-budget", HL, "2026-12-05", "Page B1", "By Dana Whitcomb, Staff Writer")
    it_wat = otm_item("ledger-water-main", HL, "2026-12-06", "Page B1", "By Dana Whitcomb, Staff Writer")
    it_fire = otm_item("cvc-warehouse-fire", CVC, "2026-12-05", "Online", "By Brianna Holtz",
                       A("cvc-warehouse-fire")["url"])
    it_cor = otm_item("ledger-corrections", HL, "2026-12-05", "Page A2", None)
    sections = [("TRANSIT", [it_t6, it_c21]), ("LABOR & WORKFORCE", [it_t6]), ("OPINION", [it_op]),
                ("LOCAL GOVERNMENT", [it_dau, it_wat]), ("PUBLIC SAFETY", [it_fire]), ("CORRECTIONS", [it_cor])]
    body = build_otm(F_OA, "2026-12-07", sections, True)
    for aid, it in [(t6, it_t6), ("c21-signing-bonus", it_c21), (t6, it_t6), ("ledger-oped-capping", it_op),
                    ("ledger-dauphin-budget", it_dau), ("ledger-water-main", it_wat), ("cvc-warehouse-fire", it_fire),
                    ("ledger-corrections", it_cor)]:
        head, blocks, ps, mn, title = it
        url = [h for h in head if h.startswith("http")]
        reg(aid, F_OA, ps, mn, [title], url[0] if url else None)
    subj = "Daily News Clips - Monday, December 7, 2026"
    hdr = f"""Received: from BN8PR09MB5374.namprd09.prod.outlook.com (2603:10b6:408:c2::14) by
 BN8PR09MB6120.namprd09.prod.outlook.com with HTTPS; Mon, 7 Dec 2026 12:38:06 +0000
From: OTM Press Office <otm-press@pa.gov>
To: OTM Clips Distribution <otm-clips@pa.gov>
Subject: {subj}
Thread-Topic: {subj}
Thread-Index: AdtMx1QpX0G2sI9vQ5m7hN3aYb6C4g==
Date: Mon, 7 Dec 2026 12:38:04 +0000
Message-ID: <BN8PR09MB5374A1C2E0D4F6B1A8C39E52D71A2@BN8PR09MB5374.namprd09.prod.outlook.com>
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
msip_labels:
x-ms-publictraffictype: Email
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

"""
    enc = quopri.encodestring(body.encode("cp1252")).decode("ascii")
    fmn(F_OA, [subj])
    write(F_OA, hdr + enc + "\n", crlf=True)


def build_otm_tuesday():
    cp = A("cns-capitol-presser")
    it_gr = otm_item("spm-union-grievance", SPM, "2026-12-07", "Online", "By Rachel Obuya",
                     A("spm-union-grievance")["url"])
    it_sh = otm_item("cvc-carlisle-shuttle", CVC, "2026-12-08", "Page A1", "By Joel Fenstermacher")
    it_cpl = otm_item("cns-capitol-presser", HL, "2026-12-07", "Online",
                      "By Ben Takahashi, Commonwealth News Service", cp["synd_url"], paras("cns-capitol-presser", "synd"),
                      cp["synd_title"])
    it_t6 = otm_item("ledger-cuts-take-effect", HL, "2026-12-07", "Page A1", "By Megan Stroud, Staff Writer",
                     pre=["ICYMI \u2013 from Monday\u2019s clips:"])
    it_gop = otm_item("ledger-senate-gop", HL, "2026-12-08", "Page A1", "By Paul Reinholt, Capitol Bureau")
    head, blocks, ps, mn, title = otm_item("cns-capitol-presser", CNS, "2026-12-07", "Wire", "By Ben Takahashi",
                                           cp["cns_url"])
    it_cns = (head, blocks + [CNS_TAG], ps, mn + [CNS_TAG], title)
    it_ed = otm_item("ledger-editorial-fares", HL, "2026-12-08", "Page A10", "Editorial")
    sections = [("STATEWIDE", [it_gop, it_cns]), ("TRANSIT", [it_gr, it_sh, it_cpl, it_t6]), ("OPINION", [it_ed])]
    body = build_otm(F_OB, "2026-12-08", sections, False)
    for aid, it in [("ledger-senate-gop", it_gop), ("cns-capitol-presser", it_cns), ("spm-union-grievance", it_gr),
                    ("cvc-carlisle-shuttle", it_sh), ("cns-capitol-presser", it_cpl),
                    ("ledger-cuts-take-effect", it_t6), ("ledger-editorial-fares", it_ed)]:
        head, blocks, ps, mn, title = it
        url = [h for h in head if h.startswith("http")]
        own = url[0] if url and aid != "cns-capitol-presser" else None
        reg(aid, F_OB, ps, mn, [title], own)
    subj = "Daily News Clips - Tuesday, December 8, 2026"
    hdr = ("From:\tOTM Press Office\nSent:\tTuesday, December 8, 2026 7:41 AM\nTo:\tOTM Clips Distribution\n"
           f"Subject:\t{subj}\n\n")
    fmn(F_OB, [subj, "Sent:\tTuesday, December 8, 2026 7:41 AM", "To:\tOTM Clips Distribution"])
    write(F_OB, hdr + body, enc="cp1252", crlf=True)


# ====================================================================== 8. a legislative caucus clips packet (pdftotext)
# The packet is a Word document exported to PDF, justified and auto-hyphenated; the archivist ran pdftotext on it.
# Form feeds end the pages, every page has a running head with its page number and a footer; stories run on from
# page to page, so a paragraph (once a hyphenated word) can be split by a page break.
VOWELS = set("aeiouy")
DIGRAPHS = {"th", "ch", "sh", "ph", "ck", "ng", "wh", "gh", "qu", "gn", "wr"}


HYPH = {"according": [2, 6], "leaders": [4], "program": [3], "programs": [3], "bargaining": [3, 7],
        "starting": [5], "agencies": [2], "operators": [2, 5], "transportation": [5, 8, 10], "administrative": [2, 5, 9],
        "installments": [2, 7], "performance": [3, 7], "republicans": [2, 5, 8], "organization": [5, 7, 9],
        "interest": [2, 5], "agreement": [5], "residents": [3, 5], "reported": [2], "estimates": [2, 5],
        "contract": [3], "grievance": [5], "stormwater": [5], "requirements": [2, 5, 8], "improvements": [2, 5, 9],
        "conditions": [3, 6], "following": [3, 6], "borrowing": [3, 6], "overtime": [4], "suspended": [3, 6],
        "district": [3], "properties": [3, 6], "director": [2, 5], "pollution": [3, 6], "century": [3],
        "nonprofits": [3, 6], "reimburse": [2, 5], "predictable": [3, 7], "dissenters": [3, 6]}


def hyph_points(core):
    pts = []
    if len(core) < 7 or not core.isalpha() or not core.islower():
        return pts
    if core in HYPH:
        return HYPH[core]
    w = core
    for i in range(3, len(w) - 2):
        a, b, c = w[i - 1], w[i], w[i + 1]
        if a not in VOWELS and b not in VOWELS and c in VOWELS and w[i - 2] in VOWELS and a + b not in DIGRAPHS \
                and a != b:
            pts.append(i)
        elif a in VOWELS and b not in VOWELS and c in VOWELS and b != "x":
            pts.append(i)
        elif a == b and a not in VOWELS and c in VOWELS:
            pts.append(i)
    return pts


def pdf_wrap(p, W):
    words = p.split()
    lines, cur, streak = [], "", 0
    k = 0
    while k < len(words):
        w = words[k]
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= W:
            cur += " " + w
        else:
            gap = W - len(cur)
            m = re.match(r"^([a-z]+)([,.;:]?)$", w)
            done = False
            if m and gap >= 4 and streak < 2:
                pts = [i for i in hyph_points(m.group(1)) if len(cur) + 1 + i + 1 <= W]
                if pts:
                    i = max(pts)
                    lines.append(cur + " " + w[:i] + "-")
                    cur = w[i:]
                    streak += 1
                    done = True
            if not done:
                lines.append(cur)
                cur = w
                streak = 0
        k += 1
    if cur:
        lines.append(cur)
    return lines


def build_caucus():
    W, PAGE_LINES = 92, 46
    date = "Tuesday, December 8, 2026"
    order = [
        ("BUDGET", "ledger-senate-gop", HL, "Paul Reinholt"),
        ("BUDGET", "cns-capitol-presser", CNS, "Ben Takahashi"),
        ("BUDGET", "c21-capitol-presser", C21, "Nicole Ferrante"),
        ("BUDGET", "kbj-nonprofits-borrow", KBJ, "Kevin Marsh"),
        ("BUDGET", "ldr-yoder-townhall", LDR, "Ashley Kreider"),
        ("TRANSPORTATION", "spm-union-grievance", SPM, "Rachel Obuya"),
        ("LOCAL", "ldr-stormwater-fee", LDR, "Tom Reifsnyder"),
        ("OPINION", "ledger-editorial-fares", HL, "Editorial"),
    ]
    body, starts, sec = [], {}, None
    for s, aid, outlet, by in order:
        a = A(aid)
        if s != sec:
            if body:
                body.append("")
            body += [s, ""]
            sec = s
        starts[aid] = len(body)
        body += pdf_wrap(a["title"], W)
        body.append(f"{outlet} | {d_full(a['date'])} | {by}")
        body.append("")
        for p in a["paras"]:
            body += pdf_wrap(p, W)
            body.append("")
    for ln in body:
        assert not re.search(r"[A-Za-z0-9]-$", ln) or re.search(r"[a-z]-$", ln), ln
    # paginate: page 1 is the cover; body pages carry PAGE_LINES lines each
    pages_body = [body[i:i + PAGE_LINES] for i in range(0, len(body), PAGE_LINES)]
    # a page never starts with a blank line in pdftotext output
    pages_body = [[x for x in pg] for pg in pages_body]
    total = len(pages_body) + 1
    page_of = {aid: 2 + starts[aid] // PAGE_LINES for aid in starts}
    head = lambda n: f"Clips \u2014 {date} \u2014 Page {n} of {total}"  # noqa: E731
    foot = "Senate Democratic Caucus Communications | Internal use only \u2013 not for distribution"
    cover = ["PENNSYLVANIA SENATE DEMOCRATIC CAUCUS", "Office of Communications", "", "DAILY CLIPS", date, "",
             "IN THIS PACKET", ""]
    sec = None
    for s, aid, outlet, by in order:
        if s != sec:
            cover += ([""] if sec else []) + [s]
            sec = s
        t = A(aid)["title"]
        cover += [t, f"{outlet} {'.' * (60 - len(outlet))} {page_of[aid]}"]
    cover += ["", "Clips are compiled from publicly available sources for the internal use of Senate Democratic",
              "members and staff. Articles remain the property of their publishers. Not for redistribution.", "",
              foot]
    out = "\n".join(cover) + "\n"
    for n, pg in enumerate(pages_body, 2):
        while pg and not pg[0].strip():
            pg = pg[1:]
        out += "\f" + head(n) + "\n\n" + "\n".join(pg).rstrip("\n") + "\n\n" + foot + "\n"
    out += "\f"
    write(F_SD, out)
    fmn(F_SD, ["PENNSYLVANIA SENATE DEMOCRATIC CAUCUS", "DAILY CLIPS", "IN THIS PACKET", foot,
               "Clips are compiled from publicly available sources for the internal use of Senate Democratic "
               "members and staff.", "Articles remain the property of their publishers. Not for redistribution.",
               head(2), "Page 2 of"])
    for s, aid, outlet, by in order:
        a = A(aid)
        mn = [f"{outlet} | {d_full(a['date'])} | {by}", f"{outlet} {'.' * (60 - len(outlet))} {page_of[aid]}", s]
        reg(aid, F_SD, a["paras"], mn, [a["title"]])


# ====================================================================== 9. a Mailman 2.1 plain-text digest
# List members paste articles into their messages (wrapped at 72 by their mail programs); one member replies quoting
# two paragraphs of an earlier paste ("> "), which is a quotation, not a copy.
def build_mailman():
    LIST = "Transit-riders"
    addr = "transit-riders@lists.hbgriders.org"
    msgs = []

    def wrapped(ps, fn=lambda s: s):
        out = []
        for p in ps:
            out += textwrap.wrap(fn(p), 72, break_on_hyphens=False, break_long_words=False) + [""]
        return out

    # 1: the Monday front page pasted whole
    aid = "ledger-cuts-take-effect"
    a = A(aid)
    m1 = ["Front page of the Ledger this morning. Pasting the whole thing for those", "without a subscription.",
          "", "---", "", a["title"], "By Megan Stroud", "Harrisburg Ledger, " + d_ap(a["date"]), ""]
    m1 += wrapped(a["paras"])
    m1 += ["---", "", "-- ", "Gloria Ibarra", "Allison Hill, Route 7 rider"]
    msgs.append(("Mon, 7 Dec 2026 07:52:18 -0500", "Gloria Ibarra <gibarra.hbg@gmail.com>",
                 "Ledger: Four SRTA routes go dark as cuts take effect", m1, None))
    reg(aid, F_MM, a["paras"], ["Pasting the whole thing for those without a subscription.", "By Megan Stroud",
                                "Harrisburg Ledger, Dec. 7, 2026"], [a["title"]])

    # 2: a reply quoting two paragraphs of message 1 (not a copy)
    q = []
    for p in (a["paras"][0], a["paras"][2]):
        q += ["> " + x for x in textwrap.wrap(p, 70, break_on_hyphens=False)] + [">"]
    q = q[:-1]
    NOT_COPIES.append((F_MM, aid, "quoted reply", a["paras"][0] + " / " + a["paras"][2]))
    m2 = ["On Mon, Dec 7, 2026 at 7:52 AM Gloria Ibarra <gibarra.hbg@gmail.com> wrote:"] + q + [
        "", "That 261 figure is from before Thanksgiving. Trevor told the CAC last",
        "week it's closer to 255 now, and the 14 trainees starting in January",
        "won't be driving alone until March at the earliest.", "",
        "Is anyone going to the Capitol press conference at 11? I can bring the", "banner.", "", "Dave"]
    msgs.append(("Mon, 7 Dec 2026 08:31:47 -0500", "Dave Kessler <dkessler@paonline.net>",
                 "Re: Ledger: Four SRTA routes go dark as cuts take effect", m2,
                 "<CAJx7mQ4r2Tn0pL9sWk1vE3xY8zB@mail.gmail.com>"))

    # 3: the SPM explainer, pasted through a plain-text editor (straight quotes)
    aid = "spm-fare-explainer"
    a = A(aid)
    ps = [straight(p) for p in a["paras"]]
    m3 = ["Best explainer I've seen on the new fares, from Susquehanna Public Media", "on Friday:", "",
          straight(a["title"]), "Rachel Obuya | " + d_full(a["date"]), ""]
    m3 += wrapped(ps) + [a["url"], "", "Rosa"]
    msgs.append(("Mon, 7 Dec 2026 09:05:12 -0500", "Rosa Delgado <rdelgado717@yahoo.com>",
                 "SPM explainer on the fare caps", m3, None))
    reg(aid, F_MM, ps, ["Best explainer I've seen on the new fares", "Rachel Obuya | December 4, 2026"],
        [a["title"], straight(a["title"])], a["url"])

    # 4: last week's warning story, for comparison (hard negative with message 1)
    aid = "ledger-route-cuts-warning"
    a = A(aid)
    m4 = ["For the record, here is what the Ledger reported a week ago. Compare the", "part about Friday with "
          "what actually happened.", "", a["title"], "Megan Stroud, Harrisburg Ledger, " + d_ap(a["date"]), ""]
    ps4 = a["paras"][:5]          # he pastes the top of the story only (a trimmed copy)
    m4 += wrapped(ps4) + ["[snip -- the rest is the union and the line of credit]", "", "Dave"]
    msgs.append(("Mon, 7 Dec 2026 10:14:55 -0500", "Dave Kessler <dkessler@paonline.net>",
                 "Route cuts: what they said last week", m4, None))
    reg(aid, F_MM, ps4, ["For the record, here is what the Ledger reported a week ago.",
                         "Megan Stroud, Harrisburg Ledger, Nov. 30, 2026",
                         "[snip -- the rest is the union and the line of credit]"], [a["title"]])

    # 5: the Sunday op-ed
    aid = "ledger-oped-capping"
    a = A(aid)
    m5 = ["Helen's op-ed from Sunday's Ledger, for those who missed it. Worth", "reading the last paragraph twice.",
          "", a["title"], "By Helen Vasquez-Ruiz", ""]
    m5 += wrapped(a["paras"]) + textwrap.wrap(a["bio"], 72) + ["", a["url"], "", "Marcus"]
    msgs.append(("Mon, 7 Dec 2026 13:40:09 -0500", "Marcus Oyelowo <marcus.oyelowo@swatara.edu>",
                 "Vasquez-Ruiz op-ed in Sunday's Ledger", m5, None))
    reg(aid, F_MM, a["paras"], ["Helen's op-ed from Sunday's Ledger, for those who missed it.",
                                "By Helen Vasquez-Ruiz", a["bio"]], [a["title"]], a["url"])

    # 6: the paratransit story, retyped with straight quotes
    aid = "ledger-paratransit"
    a = A(aid)
    ps = [straight(p) for p in a["paras"]]
    m6 = ["Several of you asked for the paratransit story from last Wednesday.", "Here it is.", "",
          a["title"], "Dana Whitcomb / Harrisburg Ledger / " + d_ap(a["date"]), ""]
    m6 += wrapped(ps) + ["Gloria"]
    msgs.append(("Mon, 7 Dec 2026 19:22:31 -0500", "Gloria Ibarra <gibarra.hbg@gmail.com>",
                 "Paratransit story (Ledger, Dec. 2)", m6, None))
    reg(aid, F_MM, ps, ["Several of you asked for the paratransit story from last Wednesday.",
                        "Dana Whitcomb / Harrisburg Ledger / Dec. 2, 2026"], [a["title"]])

    # 7: the CNS budget story as the Ledger ran it (another headline)
    aid = "cns-house-budget"
    a = A(aid)
    m7 = ["Background for Thursday's meeting: the House budget story from last", "week, as the Ledger ran it.", "",
          a["synd_title"], "By Ben Takahashi, Commonwealth News Service",
          "Harrisburg Ledger | Published Dec. 2, 2026 at 7:14 p.m.", ""]
    ps7 = paras(aid, "synd")
    m7 += wrapped(ps7) + textwrap.wrap(CNS_TAG, 72) + ["", a["synd_url"], "", "Ben O."]
    msgs.append(("Tue, 8 Dec 2026 06:48:02 -0500", "Ben Ostrowski <bostrowski@comcast.net>",
                 "House budget story for Thursday", m7, None))
    reg(aid, F_MM, ps7, ["Background for Thursday's meeting", "By Ben Takahashi, Commonwealth News Service",
                                "Harrisburg Ledger | Published Dec. 2, 2026 at 7:14 p.m.", CNS_TAG],
        [a["synd_title"]])

    # 8: an announcement (not an article)
    m8 = ["Reminder: Riders Alliance general meeting this Thursday, Dec. 10, 6:30", "p.m., Midtown library "
          "community room (2nd floor). Agenda:", "", "  1. Route cuts: what we ask SRTA for",
          "  2. Fare caps: sign-up help for Fair Fare in February", "  3. Budget: calls to Senate offices",
          "", "Pizza will be provided. Bring a neighbor.", "", "Sam Whitlock", "list admin"]
    msgs.append(("Tue, 8 Dec 2026 07:15:40 -0500", "Sam Whitlock <sam@hbgriders.org>",
                 "Meeting Thursday Dec. 10", m8, None))

    topics = []
    for n, (date, frm, subj, lines, irt) in enumerate(msgs, 1):
        name = frm.split(" <")[0]
        topics += textwrap.wrap(f"{n}. {subj} ({name})", 70, initial_indent="   ", subsequent_indent="      ")
    out = [f"Send {LIST} mailing list submissions to", f"\t{addr}", "",
           "To subscribe or unsubscribe via the World Wide Web, visit",
           "\thttps://lists.hbgriders.org/mailman/listinfo/transit-riders",
           "or, via email, send a message with subject or body 'help' to",
           "\ttransit-riders-request@lists.hbgriders.org", "",
           "You can reach the person managing the list at", "\ttransit-riders-owner@lists.hbgriders.org", "",
           "When replying, please edit your Subject line so it is more specific",
           f'than "Re: Contents of {LIST} digest..."', "", "", "Today's Topics:", ""] + topics + [
        "", "", "-" * 70, ""]
    for n, (date, frm, subj, lines, irt) in enumerate(msgs, 1):
        dom = frm.split("@")[1].rstrip(">")
        hx = f"{hash_str(subj + date):016x}"
        mid = (f"<CAJ{hx[:10]}x{hx[10:]}+Q{n}mK@mail.gmail.com>" if dom == "gmail.com"
               else f"<{hx[:8]}.{hx[8:]}.{n}@{'mail.' + dom if 'yahoo' in dom else dom}>")
        out += [f"Message: {n}", f"Date: {date}", f"From: {frm}", f"To: {addr}", f"Subject: [{LIST}] {subj}",
                f"Message-ID: {mid}"]
        if irt:
            out.append(f"In-Reply-To: {irt}")
        body = []
        for ln in lines:       # the sender's mail program wrapped every line at 72
            body += (textwrap.wrap(ln, 72, break_on_hyphens=False, break_long_words=False)
                     if len(ln) > 72 else [ln])
        out += ['Content-Type: text/plain; charset="utf-8"', ""] + body + ["", "-" * 30, ""]
    out += ["Subject: Digest Footer", "", "_" * 47, f"{LIST} mailing list", addr,
            "https://lists.hbgriders.org/mailman/listinfo/transit-riders", "", "", "-" * 30, "",
            f"End of {LIST} Digest, Vol 14, Issue 52", "*" * 44, ""]
    fmn(F_MM, [f"Send {LIST} mailing list submissions to", "Today's Topics:",
               f"End of {LIST} Digest, Vol 14, Issue 52", f"{LIST} mailing list", "Subject: Digest Footer",
               "To subscribe or unsubscribe via the World Wide Web, visit", "Gloria Ibarra", "Dave Kessler",
               "Message: 1", "Content-Type: text/plain; charset=\"utf-8\""])
    write(F_MM, "\n".join(out))


def hash_str(s):
    h = 1469598103934665603
    for ch in s.encode("utf-8"):
        h = ((h ^ ch) * 1099511628211) % (1 << 64)
    return h


# ====================================================================== gold
OUTLET_ALTS = {HL: [HL, "The Harrisburg Ledger", "Ledger"], CVC: [CVC, "The Cumberland Valley Courier"],
               LDR: [LDR, "The Lebanon Daily Record"], SPM: [SPM], C21: [C21, "CentralPA 21", "21 News"],
               CNS: [CNS], HC: [HC, "Hershey Chronicle"], KBJ: [KBJ], MTT: [MTT],
               KTOA: [KTOA, "Keystone Transit Operators Association", "KTOA"]}
SYND = {"cns-house-budget", "cns-capitol-presser"}    # CNS stories also run under the Ledger's name and headline


def outlets_for(aid):
    if aid in SYND:
        return OUTLET_ALTS[CNS] + OUTLET_ALTS[HL]
    return OUTLET_ALTS[ART[aid]["outlet"]]


def decoded(fn):
    b = open(os.path.join(DUMPS, fn), "rb").read()
    if fn.endswith(".eml"):
        import email
        msg = email.message_from_bytes(b)
        parts = [b.decode("ascii", "replace")]
        for part in msg.walk():
            if part.get_content_type() in ("text/plain", "text/html"):
                parts.append(part.get_payload(decode=True).decode(part.get_content_charset()))
        return html.unescape("\n".join(parts))
    t = b.decode(ENC.get(fn, "utf-8-sig")).replace("\r\n", "\n")
    return html.unescape(t) if fn.endswith(".html") else t


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    d1_c21 = build_d1()
    build_d2(d1_c21)
    build_clipwell()
    build_university()
    build_ktoa()
    build_otm_monday()
    build_otm_tuesday()
    build_caucus()
    build_mailman()
    assert sorted(os.listdir(DUMPS)) == ALL, sorted(os.listdir(DUMPS))
    assert set(ART) == set(COPIES), set(ART) ^ set(COPIES)
    for src, aids in IN_FILE.items():
        for aid in aids:
            addmn(aid, FILE_MN[src])
    raws = {fn: decoded(fn) for fn in ALL}
    flat = {fn: " ".join(re.sub(r"<[^>]+>", " ", r).split()) for fn, r in raws.items()}
    gold = []
    for aid, a in ART.items():
        cps = sorted(COPIES[aid], key=lambda c: (ALL.index(c[0]), c[1]))
        titles = []
        for t in TITLES[aid]:
            low = [x.lower() for x in titles]
            if t.lower() not in low:
                titles.append(t)
            elif titles[low.index(t.lower())].isupper() and not t.isupper():
                titles[low.index(t.lower())] = t       # sentence case over a headline set in capitals
        first_t = COPY_TITLE[(aid, cps[0][0], cps[0][1])]     # the keeper's (first copy's) headline first
        if first_t and first_t in titles:
            titles.remove(first_t)
            titles.insert(0, first_t)
        g = {"id": aid, "title": titles, "outlet": outlets_for(aid), "date": a["date"],
             "authors": [list(a["authors"])]}
        urls = URLS.get(aid, set())
        assert len(urls) <= 1, (aid, urls)
        if urls and aid not in SYND:
            g["url"] = next(iter(urls))
        g["must_not"] = list(MUSTNOT.get(aid, []))
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        g["_first"] = (ALL.index(cps[0][0]), cps[0][1])
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
    bodies = [c["body"] for g in gold for c in g["copies"]]
    for g in gold:
        bad = [m for m in g["must_not"] if any(m in b for b in bodies)]
        assert not bad, (g["id"], bad)
    for g in gold:
        hay = " ".join(flat[c["source"]] for c in g["copies"]).lower()
        g["outlet"] = [o for o in g["outlet"] if " ".join(o.split()).lower() in hay]
        assert g["outlet"], g["id"]
        missing = [m for m in g["must_not"] if not any(m in raws[c["source"]] or m in flat[c["source"]]
                                                         for c in g["copies"])]
        assert not missing, (g["id"], missing)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "not_copies.json"), "w", encoding="utf-8") as f:
        json.dump([{"source": s, "article": a, "kind": k, "text": t} for s, a, k, t in NOT_COPIES], f,
                  ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {len(bodies)} copies, {sum(1 for g in gold if len(g['copies']) > 1)} duplicate "
          f"groups, {len(ALL)} files, {sum(len(g['must_not']) for g in gold)} must_not, "
          f"{sum(os.path.getsize(os.path.join(DUMPS, f)) for f in ALL)} bytes")


if __name__ == "__main__":
    main()
