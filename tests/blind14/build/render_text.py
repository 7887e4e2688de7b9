# -*- coding: utf-8 -*-
"""Text renderers: Gale OneFile documents, a Nexis Newsdesk export, a press-cuttings compendium."""
import datetime

from articles import ART
from common import F_GA, F_NX, F_PC, V, block, mn, outlet, reg, title, url, words, write

MLA_MON = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
GALE_MON = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def d(iso):
    return datetime.date.fromisoformat(iso)


def file_mn(aids, strings):
    for a in aids:
        mn(a, strings)


# ---------------------------------------------------------------- Gale OneFile: News
GALE_PUB = {"Buchan Herald": ("Buchan Herald Ltd.", "Buchan Herald (Peterhead, Scotland)"),
            "Donegal Coast Times": ("Donegal Coast Media DAC", "Donegal Coast Times (Killybegs, Ireland)"),
            "The Atlantic Fisherman": ("Baccalieu Publishing Inc.", "The Atlantic Fisherman (St. John's, NL)"),
            "Nordic Seafood Report": ("NSR Media AS", "Nordic Seafood Report (Bergen, Norway)"),
            "Cornish Quay": ("Quayside Press Ltd", "Cornish Quay (Newlyn, England)"),
            "Fish Trade Gazette": ("Gazette Trade Media Ltd", "Fish Trade Gazette (London, England)"),
            "Maine Harbor Journal": ("Harbor Journal Media LLC", "Maine Harbor Journal (Portland, ME)"),
            "Shetland Tide": ("Tide Publishing Ltd", "Shetland Tide (Lerwick, Scotland)"),
            "Cork Harbour Echo": ("Echo Regional Newspapers Ltd", "Cork Harbour Echo (Cork, Ireland)")}
GALE_DOCS = [("bh-landings-sep", "News", 12), ("bh-dredging", "News", 5), ("dct-tieup", "Front Page", 1),
             ("mhj-rope", "Local", 3), ("af-shrimp", "Harvesting", 7), ("st-salmon", "News", 4),
             ("ftg-haddock", "Retail", 18), ("nsr-tax", "Aquaculture", 9), ("che-trawler", "News", 11),
             ("cq-bass", "Sea Angling", 22)]


def build_ga():
    aids = [a for a, _, _ in GALE_DOCS]
    head = ["Gale OneFile: News", "",
            "Search results: (fisheries OR fishing OR fishermen) AND (quota* OR landings OR harbour OR harbor)",
            "Limits: Publication date 10/01/2026 - 11/05/2026; Full text; Document type: Article",
            "Downloaded by: University of Aberdeen Library", "Download date: November 6, 2026",
            "Documents: 10", "", ""]
    chrome = ["Gale OneFile: News", "Downloaded by: University of Aberdeen Library",
              "Download date: November 6, 2026", "Source Citation (MLA 9th Edition)", "Content Level: Popular",
              "Document Type: Article", "Gale, a Cengage Company"]
    file_mn(aids, chrome)
    out = list(head)
    for n, (aid, section, page) in enumerate(GALE_DOCS):
        a = ART[aid]
        ps = V(aid)
        dt = d(a["date"])
        gdate = f"{GALE_MON[dt.month - 1]} {dt.day}, {dt.year}"
        pub, loc = GALE_PUB[a["outlet"]]
        docno = f"A8{(n * 7919 + 104729) % 10 ** 8 + 21000000:08d}"
        auth = " and ".join(a["authors"])
        last_first = ", and ".join([f"{x.split()[-1]}, {' '.join(x.split()[:-1])}" if i == 0 else x
                                    for i, x in enumerate(a["authors"])])
        gurl = (f"link.gale.com/apps/doc/{docno}/STND?u=abdn_uni&sid=bookmark-STND&xid="
               f"{(n * 2654435761 + 0x3c6ef372) % 16 ** 8:08x}")
        cite = (f"{last_first}. \u201c{a['title']}.\u201d {loc.split(' (')[0]}, {dt.day} {MLA_MON[dt.month - 1]} "
                f"{dt.year}, p. {page}. Gale OneFile: News, {gurl}. Accessed 6 Nov. 2026.")
        lines = [a["title"], f"Date: {gdate}", f"From: {loc}", f"Publisher: {pub}", "Document Type: Article",
                 f"Length: {words(ps)} words", f"Author: {auth}", "Content Level: Popular", "",
                 "Full Text: "] + block(ps) + [f"COPYRIGHT 2026 {pub}", "", "Source Citation (MLA 9th Edition)",
                                               cite, "", f"Gale Document Number: GALE|{docno}", "", "", ""]
        out += lines
        reg(aid, F_GA, ps, [f"Date: {gdate}", f"From: {loc}", f"Publisher: {pub}", f"Length: {words(ps)} words",
                           f"Author: {auth}", f"COPYRIGHT 2026 {pub}", cite, f"Gale Document Number: GALE|{docno}"])
    out += ["Gale, a Cengage Company", "\u00a9 2026 Gale, a Cengage Company. All rights reserved.", ""]
    write(F_GA, "\n".join(out), newline="\r\n")


# ---------------------------------------------------------------- Nexis Newsdesk
NX_META = {CPA: ("Newswire", "Norway", "coastlinepress.com") for CPA in ["Coastline Press Agency"]}
NX_META.update({"Buchan Herald": ("Regional newspaper", "United Kingdom", "buchanherald.co.uk"),
                "Shetland Tide": ("Regional newspaper", "United Kingdom", "shetlandtide.co.uk"),
                "Nordic Seafood Report": ("Trade publication", "Norway", "nordicseafoodreport.no"),
                "Donegal Coast Times": ("Regional newspaper", "Ireland", "donegalcoasttimes.ie"),
                "The Atlantic Fisherman": ("Trade publication", "Canada", "atlanticfisherman.ca"),
                "Southland Fishing News": ("Trade publication", "New Zealand", "southlandfishingnews.co.nz"),
                "Ghana Coast Mirror": ("National newspaper", "Ghana", "ghanacoastmirror.com.gh"),
                "Cornish Quay": ("Regional newspaper", "United Kingdom", "cornishquay.co.uk"),
                "Maine Harbor Journal": ("Regional newspaper", "United States", "maineharborjournal.com")})
# (aid, time, sentiment, keywords); the order is Newsdesk's "newest first" within the saved search folders
NX_DOCS = [
    ("nsr-exports-oct", "08:05", "Neutral", "exports, salmon, cod"),
    ("bh-landings-oct", "06:30", "Negative", "landings, Peterhead, storms"),
    ("cpa-anchovy", "14:12", "Negative", "anchovy, fishmeal, Peru"),
    ("cpa-mackerel", "07:48", "Positive", "mackerel, coastal states"),
    ("bh-auction", "06:15", "Neutral", "fish market, auction"),
    ("bh-dredging", "06:00", "Neutral", "harbour, dredging"),
    ("gcm-premix", "17:40", "Negative", "premix fuel, protest"),
    ("af-shrimp-corr", "10:02", "Neutral", "shrimp, price, correction"),
    ("bh-visa", "06:00", "Negative", "crew, visa, Home Office"),
    ("st-visa", "12:30", "Negative", "crew, visa, Shetland"),
    ("cpa-ghana", "09:55", "Neutral", "closed season, sardinella"),
    ("cq-pilchards", "07:20", "Positive", "sardines, Newlyn"),
    ("dct-tieup2", "19:05", "Negative", "mackerel, tie-up, Killybegs"),
    ("sfn-roughy", "11:00", "Neutral", "orange roughy, TAC"),
    ("cpa-cod-split", "16:26", "Negative", "cod, Barents Sea, Russia"),
    ("cpa-cod-advice", "07:30", "Negative", "cod, quota advice"),
    ("nsr-exports-sep", "08:10", "Positive", "exports, salmon"),
    ("af-capelin", "13:45", "Negative", "capelin, survey"),
]


def build_nx():
    aids = [a for a, *_ in NX_DOCS]
    out = ["Nexis Newsdesk\u2122", "",
           "Export: Fisheries monitor (saved search) \u2014 Folder: Fisheries policy / Markets",
           "Exported by: Fisheries Policy Unit", "Exported: 06/11/2026 09:14",
           "Time zone: (UTC+00:00) Europe/London \u2014 dates are shown as DD/MM/YYYY",
           f"Articles: {len(NX_DOCS)}  |  Duplicates hidden: 0  |  Sort: Newest first", "", ""]
    chrome = ["Exported by: Fisheries Policy Unit", "Exported: 06/11/2026 09:14",
              "Time zone: (UTC+00:00) Europe/London", "Language: English",
              "Powered by LexisNexis. Copyright \u00a9 2026 LexisNexis. All rights reserved.",
              "This export is for the internal use of the subscriber only"]
    file_mn(aids, chrome)
    for n, (aid, tm, sent, kw) in enumerate(NX_DOCS, 1):
        a = ART[aid]
        ps = V(aid)
        dt = d(a["date"])
        mtype, country, dom = NX_META[a["outlet"]]
        ddate = f"{dt.day:02d}/{dt.month:02d}/{dt.year} {tm}"
        auth = ", ".join(a["authors"]) if a["authors"] else "\u2014"
        u = url(aid)
        meta1 = f"{a['outlet']}  |  {ddate}  |  {auth}"
        meta2 = f"Media type: {mtype}  |  Country: {country}  |  Language: English  |  Words: {words(ps)}"
        meta3 = f"Sentiment: {sent}  |  Keywords: {kw}"
        out += ["\u2500" * 72, f"[{n}] {a['title']}", meta1, meta2, meta3, f"Link: {u}", ""] + block(ps) + [
            f"Copyright \u00a9 2026 {a['outlet']}. Reproduced under licence.", "", ""]
        reg(aid, F_NX, ps, [meta1, meta2, meta3, f"Copyright \u00a9 2026 {a['outlet']}. Reproduced under licence.",
                            ddate], u=u)
    out += ["\u2500" * 72, "Powered by LexisNexis. Copyright \u00a9 2026 LexisNexis. All rights reserved.",
            "This export is for the internal use of the subscriber only and may not be redistributed.", ""]
    write(F_NX, "\n".join(out))


# ---------------------------------------------------------------- press-cuttings compendium
# (section, aid, synd, page, opts)
PC_ITEMS = [
    ("QUOTAS & MANAGEMENT", "cpa-cod-advice", "dct", 14, {}),
    ("QUOTAS & MANAGEMENT", "cpa-mackerel", "dct", 1, {}),
    ("QUOTAS & MANAGEMENT", "nsr-tax", None, 9, {}),
    ("PORTS, MARKETS & INFRASTRUCTURE", "dct-ice", None, 6, {}),
    ("PORTS, MARKETS & INFRASTRUCTURE", "bh-auction", None, 3, {}),
    ("PORTS, MARKETS & INFRASTRUCTURE", "cq-pilchards", None, 2, {}),
    ("PORTS, MARKETS & INFRASTRUCTURE", "cq-landings-oct", None, 4, {}),
    ("PORTS, MARKETS & INFRASTRUCTURE", "ftg-haddock", None, 18, {}),
    ("SAFETY & ENFORCEMENT", "bh-rescue", None, 2, {}),
    ("SAFETY & ENFORCEMENT", "che-trawler", None, 1, {}),
    ("FLEET & PEOPLE", "st-launch", None, 8, {}),
    ("FLEET & PEOPLE", "nsr-trawlers", None, 12, {}),
    ("FLEET & PEOPLE", "dct-ice", None, 6, {"again": True}),
]
PC_OUT_NAME = {"Donegal Coast Times": "DONEGAL COAST TIMES", "Nordic Seafood Report": "NORDIC SEAFOOD REPORT",
               "Buchan Herald": "BUCHAN HERALD", "Cornish Quay": "CORNISH QUAY", "Shetland Tide": "SHETLAND TIDE",
               "Fish Trade Gazette": "FISH TRADE GAZETTE", "Cork Harbour Echo": "CORK HARBOUR ECHO"}


def build_pc():
    aids = sorted({a for _, a, *_ in PC_ITEMS})
    out = ["FISHERIES LIAISON OFFICE", "PRESS CUTTINGS \u2014 OCTOBER 2026 (compiled 2.11.2026)",
           "For members of the Fisheries Liaison Forum only. Not for onward circulation.",
           "Cuttings are reproduced under the Office's NLA/CLA licence. Dates are DD.MM.YYYY.", "",
           "Contents: Quotas & management (3) / Ports, markets & infrastructure (5) / Safety & enforcement (2) /",
           "Fleet & people (3)", ""]
    file_mn(aids, ["FISHERIES LIAISON OFFICE", "PRESS CUTTINGS \u2014 OCTOBER 2026 (compiled 2.11.2026)",
                   "For members of the Fisheries Liaison Forum only. Not for onward circulation.",
                   "Cuttings are reproduced under the Office's NLA/CLA licence.",
                   "End of cuttings. Next issue: early December."])
    sec = None
    for n, (section, aid, synd, page, opts) in enumerate(PC_ITEMS, 1):
        a = ART[aid]
        if section != sec:
            out += ["", "=" * 70, f"  {section}", "=" * 70, ""]
            sec = section
            mn(aid, [section])
        ps = V(aid, synd=synd)
        dt = d(a["date"])
        who = ", ".join(a["authors"]) if not synd else f"{a['authors'][0]}, {a['outlet']}"
        cells = f"| {n:02d} | {PC_OUT_NAME[outlet(aid, synd)]} | {dt.day:02d}.{dt.month:02d}.{dt.year} | p. {page} | {who}"
        cells = cells + " " * max(1, 69 - len(cells)) + "|"
        rule = "+" + "-" * (len(cells) - 2) + "+"
        out += [rule, cells, rule, title(aid, synd).upper(), ""]
        if opts.get("again"):
            out += ["(Also filed under Ports, markets & infrastructure, item 04.)", ""]
        out += block(ps, 70)
        reg(aid, F_PC, ps, [cells.strip("| ").strip(), f"{dt.day:02d}.{dt.month:02d}.{dt.year} | p. {page}",
                            "(Also filed under Ports, markets & infrastructure, item 04.)" if opts.get("again") else ""],
            synd=synd)
    out += ["", "-" * 70, "End of cuttings. Next issue: early December.",
            "Fisheries Liaison Office, Albert Quay, Aberdeen AB11 5QA  |  flo-cuttings@fishliaison.org.uk", ""]
    write(F_PC, "\n".join(out))
