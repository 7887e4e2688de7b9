# -*- coding: utf-8 -*-
"""Build tests/blind20/dumps/* and tests/blind20/gold.json from the article table in articles.py.

usage: /work/main/.venv/bin/python tests/blind20/build/build_set.py

Deterministic: PDF creation dates are fixed (fpdf2), DOCX core properties are fixed and the DOCX zip members are
rewritten with a fixed timestamp, so reruns give identical bytes.
Needs fpdf2, python-docx, pdfminer.six (for the self-checks) and the DejaVu TTF fonts in /usr/share/fonts.
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

from fpdf import FPDF
import docx
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ART  # noqa: E402

ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

F_CW = "Clipwise_Coverage_Report_Harlan_Bridge_Dec2026.pdf"
F_FA = "Factiva-20261203-1547.pdf"
F_NX = "Files (5).DOCX"
F_CH = "Harlan Street Bridge closed indefinitely after inspectors find cracked pier _ Portland Ledger.pdf"
F_PQ = "ProQuestDocuments-2026-12-04.pdf"
F_FF = "Stopgap water taxi pitched for Harlan Street Bridge closure - Columbia Public Radio.pdf"
F_WC = "WCA_Press_Clippings_2026-12-03.docx"
F_EP = "epaper_WVCourier_20261201_A3.pdf"
ALL = [F_CW, F_FA, F_NX, F_CH, F_PQ, F_FF, F_WC, F_EP]
assert ALL == sorted(ALL), sorted(ALL)

COPIES, MUSTNOT, POS, TITLES, OUTLETS = {}, {}, {}, {}, {}
SPLITS = {}   # file -> number of body paragraphs that run over a page break


def P(aid, trim=0):
    ps = list(ART[aid]["paras"])
    return ps[:-trim] if trim else ps


def reg(aid, src, paras, mn=(), title=None, outlet=None):
    body = "\n\n".join(" ".join(p.split()) for p in paras)
    pos = POS.get(src, 0)
    POS[src] = pos + 1
    COPIES.setdefault(aid, []).append((src, pos, body))
    addmn(aid, mn)
    if title:
        TITLES.setdefault(aid, [])
        if title not in TITLES[aid]:
            TITLES[aid].append(title)
        addmn(aid, [title])
    if outlet:
        OUTLETS.setdefault(aid, [])
        if outlet not in OUTLETS[aid]:
            OUTLETS[aid].append(outlet)


def addmn(aid, strings):
    lst = MUSTNOT.setdefault(aid, [])
    for s in strings:
        s = " ".join(s.split())
        if len(s) >= 8 and s not in lst:
            lst.append(s)


def straight(s):
    return (s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))


def wc(paras):
    return len(" ".join(paras).split())


# ================================================================ PDF machinery
FIXED = datetime.datetime(2026, 12, 3, 23, 47, tzinfo=datetime.timezone.utc)


class PDF(FPDF):
    """Letter-size page; callbacks draw page furniture; text is laid out line by line by Writer."""

    def __init__(self, head=None, foot=None, created=FIXED, serif=False):
        super().__init__(unit="mm", format="Letter")
        self.head_fn, self.foot_fn = head, foot
        self.set_auto_page_break(False)
        self.set_creation_date(created)
        self.set_producer("Skia/PDF m131" if head else "fpdf2")
        for fam, base in (("Sans", "DejaVuSans"), ("Serif", "DejaVuSerif")):
            self.add_font(fam, "", f"{FONTDIR}/{base}.ttf")
            self.add_font(fam, "B", f"{FONTDIR}/{base}-Bold.ttf")
            self.add_font(fam, "I", f"{FONTDIR}/{base}-{'Oblique' if fam == 'Sans' else 'Italic'}.ttf")
        self.set_margins(18, 18, 18)

    def header(self):
        if self.head_fn:
            self.head_fn(self)

    def footer(self):
        if self.foot_fn:
            self.foot_fn(self)


VOWELS = set("aeiouy")


def syllable_break(w, k):
    """Crude English hyphenation point: V-CV (indefi-nitely), VC-CV (win-ter) or doubled consonants (traf-fic)."""
    a, b = w[k - 1], w[k]
    nxt = w[k + 1] if k + 1 < len(w) else ""
    prev = w[k - 2] if k >= 2 else ""
    if a == b and b not in VOWELS:
        return True
    if (prev in VOWELS and a not in VOWELS and b not in VOWELS and nxt in VOWELS
            and w[k - 1:k + 1] not in ("th", "ch", "sh", "ph", "ck", "ng", "wh", "gh")):
        return True   # VC-CV: win-ter, cor-ridor
    return (a in VOWELS and prev not in VOWELS and b not in VOWELS and nxt in VOWELS
            and w[k:] not in ("ed", "es", "er"))


class Writer:
    def __init__(self, pdf, top=20, bottom=22, left=18, width=None, family="Sans"):
        self.pdf, self.top, self.bottom, self.left = pdf, top, bottom, left
        self.width = width or (pdf.w - 2 * left)
        self.family = family
        self.newpage()

    def newpage(self):
        self.pdf.add_page()
        self.pdf.set_y(self.top)

    def room(self, h):
        if self.pdf.get_y() + h > self.pdf.h - self.bottom:
            self.newpage()
            return True
        return False

    def wrap(self, s, hyphenate=False):
        pdf = self.pdf
        lines, cur = [], ""
        for w in s.split():
            cand = (cur + " " + w) if cur else w
            if pdf.get_string_width(cand) <= self.width:
                cur = cand
                continue
            if hyphenate:
                m = re.match(r"^([A-Za-z][a-z]+)([,.;:”’)]*)$", w)
                if m and len(m.group(1)) >= 6:
                    core = m.group(1)
                    for k in range(len(core) - 3, 2, -1):
                        head = (cur + " " if cur else "") + core[:k] + "-"
                        if not syllable_break(core, k):
                            continue
                        if pdf.get_string_width(head) <= self.width:
                            lines.append(head)
                            cur = core[k:] + m.group(2)
                            break
                    else:
                        lines.append(cur)
                        cur = w
                    continue
            lines.append(cur)
            cur = w
        if cur:
            lines.append(cur)
        return lines

    def text(self, s, size=10, style="", lh=None, after=0.0, align="L", hyphenate=False, color=(0, 0, 0),
             keep=1, family=None):
        """Lay out one paragraph; returns True if the paragraph was split over a page break."""
        pdf = self.pdf
        pdf.set_font(family or self.family, style, size)
        lh = lh or size * 0.48
        lines = self.wrap(s, hyphenate)
        self.room(lh * min(keep, len(lines)))
        split = False
        for ln in lines:
            if self.room(lh):
                split = True
            pdf.set_font(family or self.family, style, size)
            pdf.set_text_color(*color)
            pdf.set_x(self.left)
            pdf.cell(self.width, lh, ln, align=align)
            pdf.ln(lh)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(after)
        return split

    def gap(self, h):
        if self.pdf.get_y() + h <= self.pdf.h - self.bottom:
            self.pdf.ln(h)


def save_pdf(pdf, fn):
    with open(os.path.join(DUMPS, fn), "wb") as f:
        f.write(bytes(pdf.output()))


# ================================================================ DOCX machinery
def save_docx(d, fn, created, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.last_printed = created
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    with open(os.path.join(DUMPS, fn), "wb") as f:
        f.write(out.getvalue())


def labelled(d, label, value, size=10):
    p = d.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    r.font.size = Pt(size)
    r = p.add_run(value)
    r.font.size = Pt(size)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ================================================================ 1. Clipwise coverage report (PDF)
def build_clipwise():
    foot1 = "Confidential – prepared for Willamette Crossings Authority. Licensed content; do not redistribute."

    def head(p):
        p.set_font("Sans", "B", 8)
        p.set_text_color(40, 90, 160)
        p.set_xy(18, 9)
        p.cell(80, 4, "Clipwise Media Intelligence")
        p.set_text_color(0, 0, 0)

    def foot(p):
        p.set_font("Sans", "", 7)
        p.set_text_color(110, 110, 110)
        p.set_xy(18, p.h - 15)
        p.cell(p.w - 36, 3.5, foot1, align="C")
        p.set_xy(18, p.h - 11)
        p.cell(p.w - 36, 3.5, f"Page {p.page_no()} of {{nb}}", align="C")
        p.set_text_color(0, 0, 0)

    pdf = PDF(head, foot, created=datetime.datetime(2026, 12, 4, 2, 5, tzinfo=datetime.timezone.utc))
    w = Writer(pdf)
    clips = [
        ("kwlm-closure", "KWLM 6 News (kwlm6.com)", "KWLM 6 News", "30 Nov 2026, 8:47 PM PST", "Bryce Tanaka",
         "Online news | Reach: 310K | Sentiment: Negative", "English",
         ["This is a developing story. Check back for updates."]),
        ("pl-detours", "The Portland Ledger (portlandledger.com)", "The Portland Ledger", "2 Dec 2026, 4:30 AM PST",
         "Renee Oduya, Tom Brashear", "Online news | Reach: 540K | Sentiment: Negative", "English", []),
        ("pcr-cyclists", "PDX Cycle Report (pdxcyclereport.com)", "PDX Cycle Report", "2 Dec 2026, 2:10 PM PST",
         "Ana Kovac", "Blog | Reach: 38K | Sentiment: Neutral", "English", []),
        ("obd-costs", "Oregon Business Daily (oregonbusinessdaily.com)", "Oregon Business Daily",
         "3 Dec 2026, 6:00 AM PST", "Gwen Albers", "Online news | Reach: 205K | Sentiment: Negative", "English", []),
        ("es-noticias", "Noticias del Noroeste (noticiasdelnoroeste.com)", "Noticias del Noroeste",
         "3 Dec 2026, 9:15 AM PST", "Mariela Quintero", "Online news | Reach: 120K | Sentiment: Negative",
         "Spanish", []),
    ]
    cover = ["Prepared for: Willamette Crossings Authority – Communications Office",
             "Search profile: \"Harlan Street Bridge\" OR \"Harlan bridge\"",
             "Period: 30 Nov 2026 – 3 Dec 2026",
             "Generated: 3 Dec 2026, 6:05 PM PST"]
    w.text("Coverage Report", 22, "B", after=2)
    w.text("Harlan Street Bridge closure", 14, "", after=4)
    for c in cover:
        w.text(c, 9.5, after=1)
    w.gap(4)
    w.text("Summary", 12, "B", after=1.5)
    summ = ["Mentions: 5   Potential reach: 1.21M   Online news: 4   Blogs: 1",
            "Sentiment: 4 negative, 1 neutral, 0 positive"]
    for c in summ:
        w.text(c, 9.5, after=1)
    w.gap(4)
    w.text("Clips in this report", 12, "B", after=1.5)
    for n, (aid, src, outlet, *_r) in enumerate(clips, 1):
        w.text(f"{n}. {outlet} — {ART[aid]['titles'][0]}", 9, after=1)
    common = [foot1, "Clipwise Media Intelligence", "Prepared for: Willamette Crossings Authority", cover[1], cover[2],
              cover[3], summ[0], summ[1]]
    for n, (aid, src, outlet, when, auth, kind, lang, tail) in enumerate(clips, 1):
        a = ART[aid]
        title = a["titles"][0]
        w.newpage()
        meta = [f"Clip {n} of 5", f"Source: {src}", f"Published: {when}", f"Author: {auth}", f"Media type: {kind}",
                f"Language: {lang}", f"URL: {a['url']}"]
        w.text(meta[0], 8, color=(110, 110, 110), after=1)
        w.text(title, 14, "B", after=2)
        for m in meta[1:]:
            w.text(m, 8.5, color=(70, 70, 70), after=0.6)
        w.gap(4)
        ps = P(aid)
        for p in ps:
            w.text(p, 10, lh=5, after=2.6)
        for t in tail:
            w.text(t, 10, "I", lh=5, after=2.6)
        lic = f"Content licensed via Clipwise. © 2026 {outlet}. All rights reserved."
        w.text(lic, 7.5, color=(110, 110, 110), after=1)
        tags = "Tags: Harlan Street Bridge; Willamette Crossings Authority; Transportation"
        w.text(tags, 7.5, color=(110, 110, 110))
        reg(aid, F_CW, ps, common + meta + tail + [lic, tags, f"{n}. {outlet} — {title}"], title=title,
            outlet=outlet)
    save_pdf(pdf, F_CW)


# ================================================================ 2. Factiva PDF
def build_factiva():
    cright = "© 2026 Factiva, Inc. All rights reserved."

    def foot(p):
        p.set_font("Sans", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.set_xy(18, p.h - 14)
        p.cell(p.w - 36, 3.5, f"Page {p.page_no()} of {{nb}}", align="R")
        p.set_xy(18, p.h - 10)
        p.cell(p.w - 36, 3.5, cright, align="C")
        p.set_text_color(0, 0, 0)

    pdf = PDF(None, foot, created=datetime.datetime(2026, 12, 3, 23, 47, tzinfo=datetime.timezone.utc))
    w = Writer(pdf, top=18)
    docs = [
        ("cns-closure", "By Dana Whitcomb", "1 December 2026", "Cascadia News Service", "CASNEW",
         "Copyright 2026 Cascadia News Service. All Rights Reserved.", "Document CASNEW0020261201ekc1000bd"),
        ("pcj-freight", "By Marcus Ilves", "2 December 2026", "Portland Commerce Journal", "PRTCMJ",
         "Copyright 2026 Portland Commerce Journal LLC. All rights reserved.", "Document PRTCMJ0020261202ekc20000g"),
        ("bsw-weld", "Priya Natarajan", "3 December 2026", "Bridge & Structures Weekly", "BRSTWK",
         "© 2026 Trestle Media Group. All rights reserved.", "Document BRSTWK0020261203ekc300003"),
        ("cns-transit", None, "2 December 2026", "Cascadia News Service", "CASNEW",
         "Copyright 2026 Cascadia News Service. All Rights Reserved.", "Document CASNEW0020261202ekc20009x"),
    ]
    summary = ["Search Summary", "Text: \"Harlan Street Bridge\" and (crack* or clos*)",
               "Date: 11/30/2026 to 12/03/2026", "Source: All Sources", "Author: All Authors",
               "Company: All Companies", "Subject: All Subjects", "Industry: All Industries", "Region: All Regions",
               "Language: English", "Results Found: 4", "Timestamp: 3 December 2026 15:47"]
    common = [cright, "Text: \"Harlan Street Bridge\" and (crack* or clos*)", "Date: 11/30/2026 to 12/03/2026",
              "Results Found: 4", "Timestamp: 3 December 2026 15:47"]
    split = 0
    for n, (aid, by, date, src, code, cr, docid) in enumerate(docs):
        a = ART[aid]
        title = a["titles"][0]
        ps = P(aid)
        if n:
            w.gap(9)
        w.text(title, 13, "B", lh=6, after=1.5, keep=3)
        meta = ([by] if by else []) + [f"{wc(ps)} words", date, src, code, "English", cr]
        for m in meta:
            w.text(m, 8.5, color=(60, 60, 60), after=0.3)
        w.gap(3)
        for p in ps:
            split += w.text(p, 10, lh=4.9, after=2.4, keep=2)
        w.gap(1.5)
        w.text(docid, 8.5, color=(60, 60, 60))
        reg(aid, F_FA, ps, common + [m for m in meta if len(m) > 10 and m != src] + [docid, f"{wc(ps)} words"],
            title=title, outlet=src)
    w.gap(10)
    w.text(summary[0], 12, "B", after=2, keep=6)
    for s in summary[1:]:
        w.text(s, 9, after=0.8)
    SPLITS[F_FA] = split
    save_pdf(pdf, F_FA)


# ================================================================ 3. Nexis Uni DOCX
def build_nexis():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(10)
    docs = [
        ("pl-closure", "The Portland Ledger (Oregon)", "December 1, 2026 Tuesday", "Final Edition",
         "Copyright 2026 Portland Ledger Media LLC All Rights Reserved", "LOCAL; Pg. A1", "Renee Oduya; Staff Writer",
         "BRIDGES (94%); INFRASTRUCTURE (91%); PUBLIC WORKS (89%); TRAFFIC CONGESTION (78%)",
         "December 2, 2026", 0, None),
        ("pl-detours", "The Portland Ledger (Oregon)", "December 2, 2026 Wednesday", "Final Edition",
         "Copyright 2026 Portland Ledger Media LLC All Rights Reserved", "LOCAL; Pg. A1",
         "Renee Oduya and Tom Brashear; Staff Writers",
         "TRAFFIC CONGESTION (93%); COMMUTING (90%); BRIDGES (90%); PUBLIC TRANSPORTATION (77%)",
         "December 3, 2026", 0, None),
        ("cns-closure", "Salem Herald-Record (Oregon)", "December 1, 2026 Tuesday", None,
         "Copyright 2026 Salem Herald-Record All Rights Reserved", "NEWS; Pg. 3",
         "DANA WHITCOMB, Cascadia News Service",
         "BRIDGES (92%); INSPECTIONS (88%); INFRASTRUCTURE (86%)", "December 2, 2026", 1, "local_salem"),
        ("ccs-vancouver", "Clark County Sentinel (Vancouver, Washington)", "December 3, 2026 Thursday",
         "First Edition", "Copyright 2026 Clark County Sentinel", "LOCAL; Pg. B2", "Cascadia News Service",
         "COMMUTING (92%); TRAFFIC CONGESTION (90%); BRIDGES (85%)", "December 4, 2026", 0, None),
        ("pl-editorial", "The Portland Ledger (Oregon)", "December 3, 2026 Thursday", "Final Edition",
         "Copyright 2026 Portland Ledger Media LLC All Rights Reserved", "OPINION; Pg. A10", None,
         "EDITORIALS & OPINIONS (95%); BRIDGES (91%); LEGISLATIVE BODIES (72%)", "December 4, 2026", 0, None),
    ]
    titles = {"cns-closure": ART["cns-closure"]["titles"][1], "pl-detours": ART["pl-detours"]["titles"][1]}
    cover = ["User Name: = Multnomah Valley Community College Library", "Date and Time: = 2026-12-04",
             "Job Number: 284713226"]
    for c in cover:
        p = d.add_paragraph(c)
    d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("Documents (5)")
    r.bold = True
    r.font.size = Pt(12)
    for n, (aid, *_r) in enumerate(docs, 1):
        d.add_paragraph(f"{n}. {titles.get(aid, ART[aid]['titles'][0])}")
    labelled(d, "Client/Matter: ", "-None-")
    labelled(d, "Search Terms: ", "\"Harlan Street Bridge\"")
    labelled(d, "Search Type: ", "Terms and Connectors")
    labelled(d, "Narrowed by: ", "")
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text, t.cell(0, 1).text = "Content Type", "Narrowed by"
    t.cell(1, 0).text = "News"
    t.cell(1, 1).text = "Timeline: Nov 30, 2026 to Dec 04, 2026; Geography: Oregon, Washington"
    common = ["Multnomah Valley Community College Library", "Job Number: 284713226", "Date and Time: = 2026-12-04",
              "Client/Matter: -None-", "Search Type: Terms and Connectors",
              "Timeline: Nov 30, 2026 to Dec 04, 2026; Geography: Oregon, Washington", "End of Document",
              "Publication-Type: Newspaper"]
    for aid, outlet, date, edition, cr, section, byline, subj, load, trim, local in docs:
        a = ART[aid]
        title = titles.get(aid, a["titles"][0])
        ps = P(aid, trim)
        if local:
            ps = ps + [a[local]]
        page_break(d)
        p = d.add_paragraph()
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(14)
        p = d.add_paragraph(outlet)
        p = d.add_paragraph(date)
        if edition:
            d.add_paragraph(edition)
        d.add_paragraph()
        d.add_paragraph(cr)
        d.add_paragraph()
        labelled(d, "Section: ", section)
        labelled(d, "Length: ", f"{wc(ps)} words")
        if byline:
            labelled(d, "Byline: ", byline)
        p = d.add_paragraph()
        r = p.add_run("Body")
        r.bold = True
        r.font.size = Pt(12)
        for para in ps:
            d.add_paragraph(para)
        d.add_paragraph()
        p = d.add_paragraph()
        r = p.add_run("Classification")
        r.bold = True
        r.font.size = Pt(12)
        labelled(d, "Language: ", "ENGLISH")
        labelled(d, "Publication-Type: ", "Newspaper" if "Sentinel" in outlet or "Ledger" in outlet or "Herald" in outlet else "Web Publication")
        labelled(d, "Subject: ", subj)
        labelled(d, "Geographic: ", "PORTLAND, OR, USA (94%); OREGON, USA (92%); UNITED STATES (79%)")
        labelled(d, "Load-Date: ", load)
        d.add_paragraph()
        p = d.add_paragraph()
        r = p.add_run("End of Document")
        r.bold = True
        mn = common + [date, cr, f"Section: {section}", f"Length: {wc(ps)} words", f"Subject: {subj}",
                       f"Load-Date: {load}", "Geographic: PORTLAND, OR, USA (94%); OREGON, USA (92%)"]
        if byline:
            mn.append(f"Byline: {byline}")
        if edition:
            mn.append(edition)
        reg(aid, F_NX, ps, mn, title=title, outlet=outlet)
    save_docx(d, F_NX, datetime.datetime(2026, 12, 4, 17, 12, 0), "LexisNexis")


# ================================================================ 4. Chrome "Save as PDF" of the Portland Ledger page
def build_chrome(pad=0):
    aid = "pl-closure"
    a = ART[aid]
    web_title = a["titles"][1]
    page_title = f"{web_title} | Portland Ledger"
    stamp = "12/3/26, 9:14 AM"

    def head(p):
        p.set_font("Sans", "", 7)
        p.set_xy(8, 5)
        p.cell(40, 3.5, stamp)
        p.set_xy(0, 5)
        p.cell(p.w, 3.5, page_title, align="C")

    def foot(p):
        p.set_font("Sans", "", 7)
        p.set_xy(8, p.h - 8)
        p.cell(150, 3.5, a["url"])
        p.set_xy(p.w - 28, p.h - 8)
        p.cell(20, 3.5, f"{p.page_no()}/{{nb}}", align="R")

    pdf = PDF(head, foot, created=datetime.datetime(2026, 12, 3, 17, 14, tzinfo=datetime.timezone.utc))
    w = Writer(pdf, top=14, bottom=14, left=22)
    top = ["Skip to main content", "Portland Ledger", "News Sports Business Opinion Obituaries e-Edition",
           "Subscribe for $1  Sign in",
           "We use cookies to personalize content and ads and to analyze our traffic. By continuing to use this site "
           "you agree to our Privacy Policy. Accept all  Manage settings",
           "LOCAL NEWS"]
    w.text(top[0], 8, color=(0, 0, 200), after=1)
    w.text(top[1], 20, "B", family="Serif", after=1)
    w.text(top[2], 9, "B", after=1)
    w.text(top[3], 8, after=2)
    w.text(top[4], 7.5, color=(80, 80, 80), after=3)
    w.text(top[5], 8, "B", color=(170, 0, 0), after=1.5)
    w.text(web_title, 19, "B", family="Serif", lh=8, after=2)
    meta = ["By Renee Oduya | The Portland Ledger",
            "Published Dec. 1, 2026, 12:15 a.m. PT | Updated Dec. 1, 2026, 9:40 a.m. PT",
            "Share  Facebook  X  Email  Print  Gift this article"]
    for m in meta:
        w.text(m, 8.5, color=(70, 70, 70), after=0.8)
    w.gap(30 + pad)   # the lead photo prints as an empty box
    cap = ("Barriers block the west approach to the Harlan Street Bridge on Monday evening after inspectors found a "
           "crack in one of its river piers. Jamal Price / The Portland Ledger")
    w.text(cap, 7.5, color=(90, 90, 90), after=4)
    ps = P(aid)
    related = "RELATED: Map: How to get across the Willamette without the Harlan Street Bridge"
    split = 0
    for n, p in enumerate(ps):
        split += w.text(p, 10.5, family="Serif", lh=5.4, after=3)
        if n == 2:
            w.text(related, 9, "B", color=(0, 0, 200), after=3)
    bio = ("Renee Oduya covers transportation and infrastructure for The Portland Ledger. Reach her at "
           "roduya@portlandledger.com or 503-555-0148.")
    tail = [bio, "Related stories",
            "What we know about the Harlan Street Bridge, Portland’s 100-year-old crossing",
            "Bus riders: Here are the detours for Lines 14 and 19",
            "Most read", "1. Holiday tree lighting moves indoors as storm nears",
            "2. Blazers fall to Denver in overtime",
            "3. Harlan Street Bridge closed indefinitely after inspectors find cracked pier",
            "About Us  Contact  Subscriber Services  Advertise  e-Edition  Terms of Use  Privacy Policy",
            "© 2026 Portland Ledger Media LLC. All rights reserved."]
    w.gap(3)
    w.text(tail[0], 8.5, "I", after=5)
    w.text(tail[1], 11, "B", after=1.5)
    for t in tail[2:4]:
        w.text(t, 9, color=(0, 0, 200), after=1)
    w.gap(4)
    w.text(tail[4], 11, "B", after=1.5)
    for t in tail[5:8]:
        w.text(t, 9, after=1)
    w.gap(6)
    for t in tail[8:]:
        w.text(t, 7.5, color=(90, 90, 90), after=1)
    reg(aid, F_CH, ps, [stamp, page_title, "Skip to main content", top[2], top[3], top[4]] + meta + [
        cap, related, bio] + tail[1:], title=web_title, outlet="Portland Ledger")
    SPLITS[F_CH] = split
    save_pdf(pdf, F_CH)


# ================================================================ 5. ProQuest PDF
def build_proquest(pad=0):
    def head(p):
        p.set_font("Sans", "B", 8)
        p.set_text_color(80, 80, 80)
        p.set_xy(18, 8)
        p.cell(p.w - 36, 4, "ProQuest", align="R")
        p.set_text_color(0, 0, 0)

    def foot(p):
        p.set_font("Sans", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.set_xy(18, p.h - 12)
        p.cell(p.w - 36, 3.5, f"Page {p.page_no()} of {{nb}}", align="C")
        p.set_text_color(0, 0, 0)

    pdf = PDF(head, foot, created=datetime.datetime(2026, 12, 4, 17, 31, tzinfo=datetime.timezone.utc))
    w = Writer(pdf, top=17, bottom=20)
    docs = [
        ("pcj-freight", "Ilves, Marcus", "Portland Commerce Journal; Portland, Oreg.", "02 Dec 2026: B1.",
         "Dec 2, 2026", "B1", "Business", "Portland Commerce Journal LLC", "3098215547",
         "freight-haulers-brace-long-detours-as-harlan-span/docview/3098215547/se-2",
         "Copyright Portland Commerce Journal LLC Dec 2, 2026", "2026-12-03", "U.S. Newsstream",
         "Bridges; Trucking industry; Freight; Traffic congestion; Detours"),
        ("cdp-legislature", "Koenig-Reyes, Hannah", "The Capitol Dispatch; Salem, Oreg.", "03 Dec 2026: A1.",
         "Dec 3, 2026", "A1", "News", "Capitol Dispatch Publishing Co.", "3098340021",
         "lawmakers-eye-emergency-fund-aging-bridges-after/docview/3098340021/se-2",
         "Copyright Capitol Dispatch Publishing Co. Dec 3, 2026", "2026-12-04", "U.S. Newsstream",
         "Bridges; Legislatures; Emergency funds; State budgets; Infrastructure"),
        ("cdp-legislature", "Koenig-Reyes, Hannah", "The Capitol Dispatch; Salem, Oreg.", "03 Dec 2026: A1.",
         "Dec 3, 2026", "A1", "News", "Capitol Dispatch Publishing Co.", "3098377713",
         "lawmakers-eye-emergency-fund-aging-bridges-after/docview/3098377713/se-2",
         "Copyright Capitol Dispatch Publishing Co. Dec 3, 2026", "2026-12-04", "ProQuest Central",
         "Bridges; Legislatures; Emergency funds; State budgets; Infrastructure"),
        ("pcj-retail", "Ilves, Marcus", "Portland Commerce Journal; Portland, Oreg.", "04 Dec 2026: B1.",
         "Dec 4, 2026", "B1", "Business", "Portland Commerce Journal LLC", "3098412290",
         "eastside-retailers-see-foot-traffic-fall-third/docview/3098412290/se-2",
         "Copyright Portland Commerce Journal LLC Dec 4, 2026", "2026-12-04", "U.S. Newsstream",
         "Retail stores; Bridges; Consumer behavior; Small business"),
    ]
    w.text("Table of contents", 14, "B", after=3)
    for n, (aid, *_r) in enumerate(docs, 1):
        w.text(f"{n}. {ART[aid]['titles'][0]}", 9.5, after=1.2)
    w.gap(pad)
    common = ["ProQuest document link", "Abstract: None available.", "Source type: Newspaper",
              "Language of publication: English", "Document type: News", "Country of publication: United States",
              "Publication subject: General Interest Periodicals--United States", "Table of contents",
              "Location: Portland Oregon; Oregon"]
    split = 0
    for n, (aid, au, pubt, info, pdate, fp, sec, publ, did, slug, cr, upd, db, subj) in enumerate(docs, 1):
        a = ART[aid]
        title = a["titles"][0]
        ps = P(aid)
        w.gap(8)
        w.text(f"Document {n} of 4", 11, "B", after=2.5, keep=4)
        w.text(title, 13, "B", lh=6, after=1.5)
        line1 = f"{au}. {pubt} [{pubt.split('; ')[1]}]. {info}"
        w.text(line1, 9, after=2)
        w.text("ProQuest document link", 9, color=(0, 60, 180), after=2)
        w.text("Abstract: None available.", 9, after=2.5)
        w.text("Full text:", 9.5, "B", after=1.5)
        for p in ps:
            split += w.text(p, 10, lh=4.9, after=2.3)
        w.gap(2)
        url = f"https://www.proquest.com/newspapers/{slug}?accountid=41822"
        details = [f"Subject: {subj}", "Location: Portland Oregon; Oregon",
                   "Company / organization: Name: Willamette Crossings Authority; NAICS: 926120",
                   f"Publication title: {pubt}", f"First page: {fp}", "Publication year: 2026",
                   f"Publication date: {pdate}", f"Section: {sec}", f"Publisher: {publ}",
                   f"Place of publication: {pubt.split('; ')[1]}",
                   "Country of publication: United States", "Publication subject: General Interest "
                   "Periodicals--United States", "Source type: Newspaper", "Language of publication: English",
                   "Document type: News", f"ProQuest document ID: {did}", f"Document URL: {url}",
                   f"Copyright: {cr}", f"Last updated: {upd}", f"Database: {db}"]
        for dl in details:
            w.text(dl, 8.5, after=0.7)
        reg(aid, F_PQ, ps, common + [line1, f"ProQuest document ID: {did}", url, f"Copyright: {cr}",
                                     f"Last updated: {upd}", f"Database: {db}", f"Subject: {subj}",
                                     f"Publisher: {publ}", f"Publication date: {pdate}",
                                     f"Document {n} of 4"],
            title=title, outlet=pubt.split(";")[0])
    w.gap(8)
    w.text("Bibliography", 12, "B", after=2)
    w.text("Citation style: APA 7th - American Psychological Association, 7th Edition", 8.5, after=1.5)
    for n, (aid, au, pubt, info, pdate, *_r) in enumerate(docs, 1):
        w.text(f"{au.split(',')[0]}, {au.split(', ')[1][0]}. (2026, {pdate.split(',')[0]}). "
               f"{ART[aid]['titles'][0]}. {pubt.split(';')[0]}", 8.5, after=1.2)
        addmn(aid, ["Citation style: APA 7th - American Psychological Association, 7th Edition"])
    SPLITS[F_PQ] = split
    save_pdf(pdf, F_PQ)


# ================================================================ 6. Firefox "Save to PDF" of a public-radio page
def build_firefox(pad=0):
    aid = "cpr-watertaxi"
    a = ART[aid]
    title = a["titles"][0]
    page_title = f"{title} - Columbia Public Radio"
    stamp = "12/2/26, 8:03 PM"

    def head(p):
        p.set_font("Sans", "", 7)
        p.set_xy(10, 6)
        p.cell(110, 3.5, page_title)
        p.set_xy(p.w - 110, 6)
        p.cell(100, 3.5, a["url"], align="R")

    def foot(p):
        p.set_font("Sans", "", 7)
        p.set_xy(10, p.h - 9)
        p.cell(40, 3.5, f"Page {p.page_no()} of {{nb}}")
        p.set_xy(p.w - 50, p.h - 9)
        p.cell(40, 3.5, stamp, align="R")

    pdf = PDF(head, foot, created=datetime.datetime(2026, 12, 3, 4, 3, tzinfo=datetime.timezone.utc))
    w = Writer(pdf, top=16, bottom=16, left=24)
    top = ["Skip to content", "Columbia Public Radio", "Listen Live  All Things Considered", "Donate",
           "News  Politics  Environment  Arts & Life  Podcasts  Events", "TRANSPORTATION"]
    w.text(top[0], 8, color=(0, 0, 200), after=1)
    w.text(top[1], 16, "B", after=1)
    w.text(top[2], 8.5, after=0.5)
    w.text(top[3], 8.5, "B", after=1)
    w.text(top[4], 8.5, after=3)
    w.text(top[5], 8, "B", color=(0, 110, 90), after=1.5)
    w.text(title, 20, "B", lh=8.5, after=2)
    meta = ["By Oksana Whitfield", "December 2, 2026 5:42 PM PT", "Listen • 3:52"]
    for m in meta:
        w.text(m, 9, color=(60, 60, 60), after=0.8)
    w.gap(32 + pad)
    cap = ("A River City Water Taxi boat at its winter mooring near the Eastbank Esplanade on Wednesday. "
           "Oksana Whitfield / CPR")
    w.text(cap, 7.5, color=(90, 90, 90), after=4)
    ps = P(aid)
    split = 0
    for p in ps:
        split += w.text(p, 11, lh=5.6, after=3.2)
    tail = ["Columbia Public Radio is supported by listeners like you. Donate today to keep local news free for "
            "everyone.",
            "Tags: Transportation, Portland, Willamette River, Harlan Street Bridge",
            "Related", "Harlan Street Bridge crack: What engineers are looking for",
            "Think Out Loud: Is Portland ready for its aging bridges?",
            "© 2026 Columbia Public Radio. All rights reserved. | Privacy Policy | Public Inspection File"]
    w.gap(3)
    w.text(tail[0], 9, "I", after=3)
    w.text(tail[1], 8.5, after=4)
    w.text(tail[2], 11, "B", after=1.5)
    for t in tail[3:5]:
        w.text(t, 9.5, color=(0, 0, 200), after=1)
    w.gap(6)
    w.text(tail[5], 7.5, color=(90, 90, 90))
    reg(aid, F_FF, ps, [page_title, stamp, "Listen Live All Things Considered",
                        "News Politics Environment Arts & Life Podcasts Events"] + meta + [cap] + tail, title=title,
        outlet="Columbia Public Radio")
    SPLITS[F_FF] = split
    save_pdf(pdf, F_FF)


# ================================================================ 7. Press office's clippings compilation (DOCX)
def build_wca():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hdr = "Willamette Crossings Authority | Communications Office | Media Clippings"
    ftr = "INTERNAL – not for distribution. Articles are reproduced under licence for briefing purposes only."
    sec.header.paragraphs[0].text = hdr
    sec.footer.paragraphs[0].text = ftr
    d.add_paragraph("Media clippings: Harlan Street Bridge closure", style="Title")
    d.add_paragraph("Thursday, 3 December 2026")
    labelled(d, "To: ", "Board of Directors; Executive Team", 11)
    labelled(d, "From: ", "Communications Office (Carmen Ostrowski)", 11)
    letter = ("Dear colleagues, below is the coverage of the Harlan Street Bridge closure published between Monday "
              "30 November and Thursday morning. Items are grouped into print and online/broadcast; where an item "
              "ran in both it appears in both sections. Please do not forward this compilation outside the "
              "Authority.")
    d.add_paragraph(letter)
    d.add_paragraph("Contents", style="Heading 2")
    items = [  # (section, aid, title, source line, byline, trim, retype)
        ("PRINT", "pl-closure", ART["pl-closure"]["titles"][0], "Source: The Portland Ledger, 1 December 2026, p. A1",
         "By Renee Oduya", 1, True, "The Portland Ledger"),
        ("PRINT", "pl-detours", ART["pl-detours"]["titles"][1], "Source: The Portland Ledger, 2 December 2026, p. A1",
         "By Renee Oduya and Tom Brashear", 0, False, "The Portland Ledger"),
        ("PRINT", "tvw-commuters", ART["tvw-commuters"]["titles"][0],
         "Source: Tualatin Valley Weekly, 2 December 2026, p. 7", "By Rosa Delgado", 0, False,
         "Tualatin Valley Weekly"),
        ("ONLINE & BROADCAST", "kwlm-closure", ART["kwlm-closure"]["titles"][0],
         "Source: KWLM 6 News (kwlm6.com), 30 November 2026", "By Bryce Tanaka", 0, False, "KWLM 6 News"),
        ("ONLINE & BROADCAST", "cns-transit", ART["cns-transit"]["titles"][0],
         "Source: Cascadia News Service, 2 December 2026", None, 0, False, "Cascadia News Service"),
        ("ONLINE & BROADCAST", "cpr-watertaxi", ART["cpr-watertaxi"]["titles"][0],
         "Source: Columbia Public Radio (columbiapublicradio.org), 2 December 2026", "By Oksana Whitfield", 1, False,
         "Columbia Public Radio"),
        ("ONLINE & BROADCAST", "pl-detours", ART["pl-detours"]["titles"][0],
         "Source: portlandledger.com, 2 December 2026", "By Renee Oduya and Tom Brashear", 0, False,
         "portlandledger.com"),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("#", "Outlet", "Headline", "Date")):
        c.text = h
    for n, (secn, aid, title, srcl, by, trim, retype, outlet) in enumerate(items, 1):
        row = t.add_row().cells
        date = srcl.split(", ")[1] if "p." in srcl else srcl.rsplit(", ", 1)[1]
        row[0].text, row[1].text, row[2].text, row[3].text = str(n), outlet, title, date
    common = [hdr, ftr, "Board of Directors; Executive Team", "Communications Office (Carmen Ostrowski)",
              "Dear colleagues, below is the coverage of the Harlan Street Bridge closure",
              "Please do not forward this compilation outside the Authority.",
              "Reproduced under licence. Not for further distribution."]
    cur = None
    for secn, aid, title, srcl, by, trim, retype, outlet in items:
        if secn != cur:
            page_break(d)
            p = d.add_paragraph()
            r = p.add_run(secn)
            r.bold = True
            r.font.size = Pt(13)
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            cur = secn
        d.add_paragraph(title, style="Heading 1")
        p = d.add_paragraph()
        r = p.add_run(srcl)
        r.italic = True
        if by:
            d.add_paragraph(by)
        ps = P(aid, trim)
        if retype:
            ps = [straight(x) for x in ps]
        for x in ps:
            d.add_paragraph(x)
        p = d.add_paragraph()
        r = p.add_run("Reproduced under licence. Not for further distribution.")
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        reg(aid, F_WC, ps, common + [srcl] + ([by] if by else []), title=title, outlet=outlet)
    d.add_paragraph()
    end = "Communications Office · Willamette Crossings Authority · 1200 SE Water Ave, Portland, OR 97214 · media@wcauthority.org"
    d.add_paragraph(end)
    for _s, aid, *_r in items:
        addmn(aid, [end])
    save_docx(d, F_WC, datetime.datetime(2026, 12, 3, 15, 20, 0), "Carmen Ostrowski")


# ================================================================ 8. e-paper clipping (one article, hyphenated)
def build_epaper(pad=0):
    aid = "cns-closure"
    a = ART[aid]
    title = a["titles"][2]
    runhead = "A3  |  WILLAMETTE VALLEY COURIER  |  TUESDAY, DECEMBER 1, 2026"
    foot1 = "Copyright © 2026 Willamette Valley Courier. Printed from the e-Edition for personal use only."
    foot2 = "Powered by ReadEdge Digital Editions"

    def head(p):
        p.set_font("Serif", "", 7.5)
        p.set_xy(20, 10)
        p.cell(p.w - 40, 4, runhead, align="C")
        p.line(20, 15, p.w - 20, 15)

    def foot(p):
        p.set_font("Serif", "", 7)
        p.set_xy(20, p.h - 14)
        p.cell(p.w - 40, 3.5, foot1, align="C")
        p.set_xy(20, p.h - 10)
        p.cell(p.w - 40, 3.5, foot2, align="C")

    pdf = PDF(head, foot, created=datetime.datetime(2026, 12, 1, 21, 30, tzinfo=datetime.timezone.utc))
    w = Writer(pdf, top=22, bottom=22, left=70, width=76, family="Serif")
    w.text("HARLAN STREET BRIDGE", 8, "B", after=1.5)
    w.text(title, 18, "B", lh=7.5, after=2)
    w.text("Engineers to test how deep the flaw runs; no reopening date", 10.5, "I", lh=5, after=3)
    w.text("By DANA WHITCOMB", 8.5, "B", after=0.3)
    w.text("Cascadia News Service", 8.5, after=3)
    ps = P(aid)
    split = 0
    for n, p in enumerate(ps):
        split += w.text(p, 10, lh=4.5, after=1.2, hyphenate=True)
        if n == 1:
            w.gap(60 + pad)
            w.text("Barriers block the west approach to the Harlan Street Bridge in Portland on Monday. CNS photo",
                   7.5, "I", lh=3.4, after=4)
    reg(aid, F_EP, ps, [runhead, foot1, foot2, "HARLAN STREET BRIDGE",
                        "Engineers to test how deep the flaw runs; no reopening date", "By DANA WHITCOMB",
                        "Barriers block the west approach to the Harlan Street Bridge in Portland on Monday. CNS photo"],
        title=title, outlet="Willamette Valley Courier")
    SPLITS[F_EP] = split
    save_pdf(pdf, F_EP)


# ================================================================ gold
def tuned(builder, fn):
    """Re-run a page layout with growing padding until a body paragraph runs over a page break."""
    import copy
    state = [copy.deepcopy(x) for x in (COPIES, MUSTNOT, POS, TITLES, OUTLETS)]
    for pad in range(0, 120, 2):
        for live, saved in zip((COPIES, MUSTNOT, POS, TITLES, OUTLETS), state):
            live.clear()
            live.update(copy.deepcopy(saved))
        builder(pad)
        if SPLITS.get(fn):
            return
    raise SystemExit(f"{fn}: no paragraph runs over a page break")


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    build_clipwise()
    build_factiva()
    build_nexis()
    tuned(build_chrome, F_CH)
    tuned(build_proquest, F_PQ)
    tuned(build_firefox, F_FF)
    build_wca()
    tuned(build_epaper, F_EP)
    assert sorted(os.listdir(DUMPS)) == ALL, sorted(os.listdir(DUMPS))
    gold = []
    for aid, a in ART.items():
        cps = sorted(COPIES[aid], key=lambda c: (ALL.index(c[0]), c[1]))
        titles = list(TITLES[aid])
        for t in a["titles"]:
            if t not in titles:
                titles.append(t)
        outlets = list(a["outlets"])
        for o in OUTLETS[aid]:
            if o not in outlets:
                outlets.append(o)
        g = {"id": aid, "title": titles, "outlet": outlets, "date": a["date"],
             "authors": [list(x) for x in a["authors"]]}
        if a.get("url"):
            g["url"] = a["url"]
        # must_not: drop strings that are part of some gold body
        bodies = [b for c in COPIES.values() for _s, _p, b in c]
        g["must_not"] = [s for s in MUSTNOT.get(aid, []) if not any(s in b for b in bodies)]
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        g["_first"] = (ALL.index(cps[0][0]), cps[0][1])
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {sum(len(g['copies']) for g in gold)} copies, "
          f"{sum(1 for g in gold if len(g['copies']) > 1)} groups, {sum(len(g['must_not']) for g in gold)} must_not; "
          f"paragraphs split over a page break: {SPLITS}")


if __name__ == "__main__":
    main()
