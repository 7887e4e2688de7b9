# -*- coding: utf-8 -*-
"""Build tests/blind24/dumps/* and tests/blind24/gold.json from articles.py (deterministic, byte-identical reruns).

usage: /work/main/.venv/bin/python tests/blind24/build/build_set.py

Theme: the English-language press of South Asia, Africa, South-East Asia and the Caribbean, in the shapes its
articles reach an archive (outlet pages, an e-paper text export, a pasted corporate press review, a news-monitor
export, a WhatsApp chat export, a media-monitoring JSON lines export).
"""
import collections
import datetime
import hashlib
import html
import json
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")
sys.path.insert(0, HERE)
from articles import ART, DC, DL, DM, DT, IH, JB, PH, SP  # noqa: E402

F_EP = "Deccan Ledger - ePaper - Hyderabad City - 08-12-2026.txt"
F_MR = "MEDIA REVIEW - MONDAY 7TH DECEMBER, 2026.txt"
F_SM = "Sapphire_NewsMonitor_Export_20261208_0914.txt"
F_WA = "WhatsApp Chat with Kileleshwa Residents Welfare.txt"
F_DC = "dailyclarion.ng_news_senate-moves-to-amend-electricity-act-as-discos-debt-hits-n1-2trn.html"
F_DT = "dalaltimes.com_news_economy_india-bangladesh-sign-pact-for-cross-border-power-trade.html"
F_DL1 = "deccanledger.in_news_national_centre-inks-power-trade-pact-with-dhaka.html"
F_DL2 = "deccanledger.in_news_telangana_govt-to-table-bill-on-gig-workers-welfare-board.html"
F_DM = "dhakamonitor.com.bd_business_dhaka-delhi-sign-deal-to-trade-up-to-1600mw-power.html"
F_IH = "indusherald.com.pk_story_sbp-keeps-policy-rate-unchanged-at-11pc.html"
F_JB = "jamaicabeacon.com_news_20261207_st-thomas-farmers-count-120m-losses.html"
F_PH = "newsinfo.pilipinasherald.ph_2087341_dpwh-targets-2028-opening-of-cebu-bohol-bridge.html"
F_PW = "pulsewire_export_2026-12-08T0300Z.jsonl"
F_SP = "savannahpost.co.ke_education_article_2001537846_teachers-call-off-strike.html"
ALL = [F_EP, F_MR, F_SM, F_WA, F_DC, F_DT, F_DL1, F_DL2, F_DM, F_IH, F_JB, F_PH, F_PW, F_SP]
assert ALL == sorted(ALL), sorted(ALL)

COPIES, MUSTNOT, POS, FILE_MN, IN_FILE = {}, {}, {}, collections.defaultdict(list), collections.defaultdict(list)
TITLES = collections.defaultdict(list)    # every headline a copy states (title alternatives)

URL = {
    "dl-gig-bill": "https://www.deccanledger.in/news/national/telangana/govt-to-table-bill-on-gig-workers-welfare-board-in-assembly-session/article70412386.ece",
    "dl-fraud": "https://www.deccanledger.in/news/cities/hyderabad/retired-banker-loses-186-crore-in-digital-arrest-scam-in-kondapur/article70412961.ece",
    "dt-sensex": "https://dalaltimes.com/markets/stocks/news/sensex-climbs-412-pts-as-banks-it-lead-fpis-turn-net-buyers/articleshow/126318842.cms",
    "dt-gst": "https://dalaltimes.com/news/economy/indicators/gst-mop-up-rises-9-1-to-rs-1-97-lakh-crore-in-november/articleshow/126201177.cms",
    "pai-pact-morning": "https://dalaltimes.com/industry/energy/power/india-bangladesh-to-sign-power-trade-pact-today-tariff-still-under-negotiation/articleshow/126309950.cms",
    "dm-rmg": "https://www.dhakamonitor.com.bd/business/economy/news/rmg-exporters-seek-tk-5000-crore-stimulus-orders-slow-3791204",
    "dm-dengue": "https://www.dhakamonitor.com.bd/health/disease/news/dengue-deaths-cross-400-december-cases-defy-trend-3791187",
    "dm-power-reaction": "https://www.dhakamonitor.com.bd/business/economy/news/power-deal-experts-want-tariff-terms-made-public-3791836",
    "ih-sbp-staff": "https://www.indusherald.com.pk/story/1118742/sbp-keeps-policy-rate-unchanged-at-11pc",
    "ih-sbp-nnp": "https://www.indusherald.com.pk/story/1118769/sbp-holds-rate-at-11pc-flags-food-price-risks",
    "ih-bus": "https://www.indusherald.com.pk/story/1118401/sindh-cabinet-approves-rs18bn-for-500-electric-buses",
    "dc-apapa": "https://dailyclarion.ng/apapa-gridlock-npma-gives-truckers-14-day-ultimatum/",
    "dc-electricity": "https://dailyclarion.ng/senate-moves-to-amend-electricity-act-as-discos-debt-hits-n1-2trn/",
    "ph-ferry": "https://newsinfo.pilipinasherald.ph/2087298/pasig-river-ferry-fares-to-go-up-by-p5-in-january",
    "ph-budget": "https://newsinfo.pilipinasherald.ph/2086950/senate-oks-p6-4-trillion-2027-budget-on-final-reading",
    "jb-nurses": "https://jamaicabeacon.com/commentary/20261130/carlton-whyte-why-our-schools-need-nurses",
    "jb-databill": "https://jamaicabeacon.com/news/govt-table-data-protection-amendments-christmas",
}
for _a, _v in ART.items():
    if _v.get("url"):
        URL[_a] = _v["url"]
# the syndicated PAI evening story has one address per outlet and no shared canonical: no article URL in the gold
SYND_URL = {
    "dl": "https://www.deccanledger.in/news/national/centre-inks-power-trade-pact-with-dhaka-eyes-4800-crore-transmission-link/article70411902.ece",
    "dt": "https://dalaltimes.com/industry/energy/power/india-bangladesh-sign-pact-for-cross-border-power-trade-1600-mw-line-by-2029/articleshow/126324417.cms",
    "dm": "https://www.dhakamonitor.com.bd/business/economy/news/dhaka-delhi-sign-deal-trade-1600mw-power-3791512",
}
NO_URL = {"pai-pact-evening", "dl-metro", "dl-water", "dl-editorial", "dc-petrol-nns", "dc-petrol-marketers",
          "sp-teachers-deal-x"}


def straight(s):
    return s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def reg(aid, src, ps, mn=(), titles=()):
    assert aid in ART, aid
    body = "\n\n".join(" ".join(p.split()) for p in ps)
    pos = POS.get(src, 0)
    POS[src] = pos + 1
    COPIES.setdefault(aid, []).append((src, pos, body))
    IN_FILE[src].append(aid)
    addmn(aid, mn)
    for t in titles:
        if t not in TITLES[aid]:
            TITLES[aid].append(t)
        addmn(aid, [t])


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


def write(name, data):
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def paras(aid, variant="full"):
    a = ART[aid]
    ps = list(a["paras"])
    if variant == "dl":          # Deccan Ledger's light edit of the PAI story
        for i, p in a["dl_edit"].items():
            ps[i] = p
        ps = [p for i, p in enumerate(ps) if i not in a["dl_drop"]]
    elif variant == "dm":        # Dhaka Monitor trims the PAI story
        ps = ps[:a["dm_keep"]]
    elif variant == "print" and aid == "dl-gig-bill":
        ps[0] = a["print_lead"]
    elif variant == "print" and aid == "dl-fraud":
        ps = ps[:a["print_keep"]]
    elif variant == "digest":
        ps = [straight(p) for p in ps[:a["digest_keep"]]]
    elif variant == "wa":
        ps = ps[:a["wa_keep"]]
    elif variant == "straight":
        ps = [straight(p) for p in ps]
    return ps


def words(ps):
    return sum(len(p.split()) for p in ps)


# ====================================================================== 1. Deccan Ledger e-paper text export
def wrap_col(p, width=56):
    lines = textwrap.wrap(p, width, break_on_hyphens=False)
    return ["   " + lines[0]] + lines[1:]


def build_epaper():
    head = ["Deccan Ledger e-Paper",
            "Hyderabad City Edition | Tuesday, December 8, 2026 | Vol. 114 No. 287 | 16 Pages",
            "Article text export - generated 08-12-2026 06:41 IST for subscriber DLSUB-7731204",
            "Text only. Photographs, graphics and advertisements are not included in this export.",
            "Reproduction of e-Paper content in any form without the written permission of Deccan Ledger "
            "Publishing Pvt. Ltd. is prohibited.", ""]
    fmn(F_EP, ["Deccan Ledger e-Paper", head[1], head[2], head[3], head[4]])
    eq, dash = "=" * 60, "-" * 60
    out = list(head)

    def page(label):
        out.extend([eq, label, eq, ""])

    def story(aid, title, deck, byline, dateline, ps, mn):
        out.append(title)
        if deck:
            out.append(deck)
        if byline:
            out.append(byline)
        out.append(dateline)
        for p in ps:
            out.extend(wrap_col(p))
        mn += [x for x in (title, deck, byline) if x]

    # ---- page 1: metro (jumps to page 7), gig workers' bill
    page("Page 1 | Front Page")
    metro = ART["dl-metro"]
    k = metro["jump_after"]
    mmn = ["Page 1 | Front Page", "Page 7 | Nation", "Continued on Page 7", "Continued from Page 1",
           "SPECIAL CORRESPONDENT", "[ADVERTISEMENT]"]
    story("dl-metro", metro["title"], metro["print_deck"], "SPECIAL CORRESPONDENT", "HYDERABAD",
          metro["paras"][:k], mmn)
    out += ["", ">> Continued on Page 7", "", dash, ""]
    gig = ART["dl-gig-bill"]
    gps = paras("dl-gig-bill", "print")
    gmn = ["Page 1 | Front Page", "[ADVERTISEMENT]", gig["print_deck"]]
    story("dl-gig-bill", gig["print_title"], gig["print_deck"], "M. RAJESHWAR RAO", "HYDERABAD", gps, gmn)
    out += ["", "[ADVERTISEMENT]", ""]
    # ---- page 3: water, fraud
    page("Page 3 | Hyderabad")
    w = ART["dl-water"]
    wmn = ["Page 3 | Hyderabad", "STAFF REPORTER"]
    story("dl-water", w["title"], w["print_deck"], "STAFF REPORTER", "HYDERABAD", w["paras"], wmn)
    out += ["", dash, ""]
    fr = ART["dl-fraud"]
    fps = paras("dl-fraud", "print")
    fmn_ = ["Page 3 | Hyderabad", "[ADVERTISEMENT]", "SYEDA FARHEEN"]
    story("dl-fraud", fr["title"].upper(), None, "SYEDA FARHEEN", "HYDERABAD", fps, fmn_)
    out += ["", "[ADVERTISEMENT]", ""]
    # ---- page 7: metro continued
    page("Page 7 | Nation")
    out += ["METRO PHASE II", ">> Continued from Page 1"]
    for p in metro["paras"][k:]:
        out.extend(wrap_col(p))
    out += ["", dash, ""]
    # ---- page 8: editorial
    page("Page 8 | Editorial")
    ed = ART["dl-editorial"]
    out.append(ed["title"].upper())
    for p in ed["paras"]:
        out.extend(wrap_col(p))
    out += ["", "[ADVERTISEMENT]", "", eq, "End of export | 5 articles | Deccan Ledger e-Paper | epaper.deccanledger.in"]
    fmn(F_EP, ["End of export | 5 articles | Deccan Ledger e-Paper | epaper.deccanledger.in"])
    reg("dl-metro", F_EP, metro["paras"], mmn + ["METRO PHASE II"], [metro["title"]])
    reg("dl-gig-bill", F_EP, gps, gmn, [gig["print_title"]])
    reg("dl-water", F_EP, w["paras"], wmn + [w["print_deck"]], [w["title"]])
    reg("dl-fraud", F_EP, fps, fmn_, [fr["title"].upper()])
    reg("dl-editorial", F_EP, ed["paras"], ["Page 8 | Editorial", "[ADVERTISEMENT]"], [ed["title"].upper()])
    write(F_EP, "\ufeff" + "\n".join(out) + "\n")


# ====================================================================== 2. Nigerian corporate press review (cp1252, CRLF)
def build_media_review():
    items = [("dc-electricity", "digest", "5", "By Tunde Adeyemi, Abuja"),
             ("dc-petrol-nns", "straight", "19", None),
             ("dc-petrol-marketers", "straight", "19", "By Emeka Nwachukwu"),
             ("dc-apapa", "straight", "22", "By Bolaji Ogunleye, Lagos")]
    rule = "_" * 32
    out = ["From: Corporate Communications Unit <corpcomms@nbpt.com.ng>",
           "Sent: Monday, December 7, 2026 8:47 AM",
           "To: NBPT All Staff <allstaff@nbpt.com.ng>",
           "Subject: DAILY MEDIA REVIEW \u2013 MONDAY 7TH DECEMBER, 2026", "",
           "Good morning all,", "",
           "Please find below today\u2019s media review of stories relevant to the power sector and the business "
           "environment.", "",
           "Kindly note that the views expressed in the stories are those of the newspapers concerned and not of "
           "the Company.", "",
           "Regards,", "", "Adaeze Obi-Nwosu (Mrs.)", "Head, Corporate Communications",
           "Nigerian Bulk Power Traders Plc", "Tel: 0803 555 0142 | Ext. 2214", "", rule, "", "HEADLINES", ""]
    fmn(F_MR, ["Subject: DAILY MEDIA REVIEW \u2013 MONDAY 7TH DECEMBER, 2026", "Good morning all,",
               "Please find below today\u2019s media review of stories relevant to the power sector and the "
               "business environment.",
               "Kindly note that the views expressed in the stories are those of the newspapers concerned and not "
               "of the Company.", "Adaeze Obi-Nwosu (Mrs.)", "Head, Corporate Communications",
               "Nigerian Bulk Power Traders Plc", "Tel: 0803 555 0142 | Ext. 2214", "HEADLINES"])
    for n, (aid, v, pg, by) in enumerate(items, 1):
        out.append(f"\u2022 {straight(ART[aid]['title'])} \u2013 DAILY CLARION, PG. {pg}")
    out += ["", rule, ""]
    for n, (aid, v, pg, by) in enumerate(items, 1):
        a = ART[aid]
        t_up = straight(a["title"]).upper()
        src = f"SOURCE: DAILY CLARION | PAGE: {pg} | DATE: 07/12/2026"
        out += [f"{n}. {t_up}", src]
        mn = [src, f"{n}. {t_up}", f"\u2022 {straight(a['title'])} \u2013 DAILY CLARION, PG. {pg}"]
        if by:
            out.append(by)
            mn.append(by)
        out.append("")
        ps = paras(aid, v)
        for p in ps:
            out += [p, ""]
        if aid == "dc-petrol-nns":
            out += ["(NNS)", "Edited by Hadiza Abubakar", ""]
            mn += ["(NNS)", "Edited by Hadiza Abubakar"]
        out += [rule, ""]
        reg(aid, F_MR, ps, mn, [straight(a["title"]), t_up])
    foot = ["Corporate Communications Unit | Nigerian Bulk Power Traders Plc | Plot 1471, Cadastral Zone A0, "
            "Central Business District, Abuja",
            "Please consider the environment before printing this e-mail.", "",
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee(s) and "
            "may contain confidential information. If you are not the intended recipient, please notify the sender "
            "and delete it\u2026"]
    out += foot
    fmn(F_MR, ["Please consider the environment before printing this e-mail.",
               "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee(s)",
               "Corporate Communications Unit | Nigerian Bulk Power Traders Plc"])
    write(F_MR, ("\r\n".join(out) + "\r\n").encode("cp1252"))


# ====================================================================== 3. Sapphire news-monitor export
SM_ITEMS = [
    # aid, monitor id, source line, country, date/time, section, page, byline, topics, tone, reach
    ("dm-dengue", "SMI-BD-20261207-001932", "The Dhaka Monitor (Dhaka) | Print & Online", "Bangladesh",
     "07/12/2026  00:00", "Health", "1", "Staff Correspondent", "Dengue; Public health; Dhaka city corporations",
     "Negative", "640K"),
    ("dm-rmg", "SMI-BD-20261207-002210", "The Dhaka Monitor (Dhaka) | Print & Online", "Bangladesh",
     "07/12/2026  00:00", "Business", "B1", "A.K.M. Shahidul Haque", "Ready-made garments; Exports; Stimulus",
     "Negative", "640K"),
    ("dm-power-reaction", "SMI-BD-20261208-000417", "The Dhaka Monitor (Dhaka) | Print & Online", "Bangladesh",
     "08/12/2026  00:00", "Business", "B3", "Staff Correspondent", "India-Bangladesh power trade; Tariffs",
     "Neutral", "640K"),
    ("pai-pact-morning", "SMI-IN-20261207-118804", "Dalal Times (Mumbai) | Online", "India", "07/12/2026  08:05",
     "Industry / Energy / Power", "-", "PAI", "India-Bangladesh power trade; Cross-border electricity", "Neutral",
     "4.2M"),
    ("jb-nurses", "SMI-JM-20261130-000388", "The Jamaica Beacon (Kingston) | Print & Online", "Jamaica",
     "30/11/2026  00:00", "Commentary", "A9", "Dr. Carlton Whyte", "School health; Education policy", "Neutral",
     "310K"),
    ("jb-smartmeters", "SMI-JM-20261205-000902", "The Jamaica Beacon (Kingston) | Online", "Jamaica",
     "05/12/2026  21:30", "News", "-", "Staff Reporter", "Electricity; Smart meters; Utility regulation", "Positive",
     "310K"),
    ("jb-rains", "SMI-JM-20261207-000115", "The Jamaica Beacon (Kingston) | Print & Online", "Jamaica",
     "07/12/2026  00:10", "News", "A3", "Kimberley Hylton/Beacon Writer", "Flooding; Agriculture; St Thomas",
     "Negative", "310K"),
    ("ih-sbp-staff", "SMI-PK-20261207-004417", "The Indus Herald (Karachi) | Online", "Pakistan",
     "07/12/2026  18:42", "Business", "-", "Our Staff Reporter", "Monetary policy; Inflation; State Bank of Pakistan",
     "Neutral", "1.9M"),
]
SM_NOTE = {"dm-dengue": "\u00a9 The Dhaka Monitor", "dm-rmg": "\u00a9 The Dhaka Monitor",
           "dm-power-reaction": "\u00a9 The Dhaka Monitor", "pai-pact-morning": "\u00a9 Dalal Times / PAI",
           "jb-nurses": "\u00a9 The Jamaica Beacon", "jb-smartmeters": "\u00a9 The Jamaica Beacon",
           "jb-rains": "\u00a9 The Jamaica Beacon", "ih-sbp-staff": "\u00a9 The Indus Herald"}
JB_BIO = ("Dr. Carlton Whyte is a family physician and a former president of the Caribbean School Health "
          "Association. Send feedback to columns@jamaicabeacon.com.")


def build_monitor():
    eq, dash = "=" * 72, "-" * 72
    out = ["SAPPHIRE MEDIA INTELLIGENCE", "NEWS MONITOR \u2014 SAVED SEARCH EXPORT", "",
           "Client      : Bay of Bengal & Caribbean Energy Forum (BCEF)",
           "Search      : \"power trade\" OR RMG OR \"policy rate\" OR \"smart meter*\" OR dengue OR flood* OR "
           "\"school nurse*\"",
           "Editions    : BD, IN, JM, PK", "Period      : 30/11/2026 \u2013 08/12/2026",
           "Exported    : 08/12/2026 09:14 (UTC+05:00) by s.nadeem", f"Items       : {len(SM_ITEMS)}",
           "Sort        : Country, Date", ""]
    fmn(F_SM, ["SAPPHIRE MEDIA INTELLIGENCE", "NEWS MONITOR \u2014 SAVED SEARCH EXPORT",
               "Client      : Bay of Bengal & Caribbean Energy Forum (BCEF)",
               "Exported    : 08/12/2026 09:14 (UTC+05:00) by s.nadeem"])
    for n, (aid, mid, source, country, dt, section, page, byline, topics, tone, reach) in enumerate(SM_ITEMS, 1):
        a = ART[aid]
        ps = paras(aid)
        fields = [("HEADLINE", a["title"]), ("SOURCE", source), ("COUNTRY", country), ("DATE", dt),
                  ("SECTION", section), ("PAGE", page), ("BYLINE", byline), ("WORDS", str(words(ps))),
                  ("URL", URL[aid]), ("TOPICS", topics), ("TONE", f"{tone}    REACH: {reach}")]
        out += [eq, f"[{n}/{len(SM_ITEMS)}]  MONITOR ID: {mid}", dash]
        out += [f"{k:<9}: {v}" for k, v in fields]
        out += [dash, ""]
        for p in ps:
            out += [p, ""]
        mn = [f"MONITOR ID: {mid}", f"HEADLINE : {a['title']}", f"SOURCE   : {source}", f"DATE     : {dt}",
              f"BYLINE   : {byline}", f"TOPICS   : {topics}", f"TONE     : {tone}    REACH: {reach}"]
        if aid == "jb-nurses":
            out += [JB_BIO, ""]
            mn.append(JB_BIO)
        note = (f"SOURCE NOTE: {SM_NOTE[aid]}. Supplied under licence; redistribution outside the client "
                f"organisation is not permitted.")
        out += [note, ""]
        mn.append(note)
        reg(aid, F_SM, ps, mn, [a["title"]])
    out += [eq, "END OF EXPORT \u2014 Sapphire Media Intelligence (Pvt) Ltd, Lahore \u2014 support@sapphiremi.example"]
    fmn(F_SM, ["END OF EXPORT \u2014 Sapphire Media Intelligence (Pvt) Ltd, Lahore"])
    write(F_SM, "\n".join(out) + "\n")


# ====================================================================== 4. WhatsApp chat export (Android, Kenya)
def build_whatsapp():
    out = []
    chat_mn = []

    def msg(ts, who, text):
        lines = text.split("\n")
        out.append(f"{ts} - {who}: {lines[0]}")
        out.extend(lines[1:])

    def paste(aid, variant, date_line, by_line, tail):
        a = ART[aid]
        ps = paras(aid, variant)
        parts = [f"*{a['title']}*", "", f"_{date_line}_"]
        if by_line:
            parts.append(by_line)
        parts.append("")
        for p in ps:
            parts += [p, ""]
        parts.append(tail)
        mn = [f"_{date_line}_", date_line, tail] + ([by_line] if by_line else [])
        return "\n".join(parts), ps, mn

    out.append("28/11/2026, 16:40 - Messages and calls are end-to-end encrypted. Only people in this chat can "
               "read, listen to, or share them. Learn more.")
    t, ps, mn = paste("sp-maize", "full", "Published on 28/11/2026 - 16:20", "By Our Correspondent",
                      URL["sp-maize"])
    msg("28/11/2026, 16:42", "Peter Mwangi", t)
    reg("sp-maize", F_WA, ps, mn, [ART["sp-maize"]["title"]])
    msg("28/11/2026, 16:50", "+254 722 118 903", "Wueh, still below cost of production \U0001F612")
    msg("28/11/2026, 17:03", "Grace Achieng", "<Media omitted>")
    msg("02/12/2026, 10:15", "Njeri Wambugu", "Water will be off on Thursday from 8am for pipe repairs on "
        "Othaya Rd. Store some \U0001F64F\U0001F3FE")
    t, ps, mn_exp = paste("sp-expressway", "full", "Published on 06/12/2026 - 21:15", "By Brian Otieno",
                          "\U0001F4F2 Shared from The Savannah Post app: " + URL["sp-expressway"])
    msg("06/12/2026, 21:30", "Brian K", t)
    reg("sp-expressway", F_WA, ps, mn_exp, [ART["sp-expressway"]["title"]])
    msg("06/12/2026, 21:34", "Mama Wanjiku", "Kwani every year \U0001F644")
    t, ps, mn = paste("sp-teachers-talks", "full", "Published on 07/12/2026 - 07:40", "By Wanjiru Kamau",
                      "Read more: " + URL["sp-teachers-talks"])
    msg("07/12/2026, 07:58", "Peter Mwangi", t)
    reg("sp-teachers-talks", F_WA, ps, mn, [ART["sp-teachers-talks"]["title"]])
    msg("07/12/2026, 08:10", "Grace Achieng", "So the kids stay home tomorrow?")
    msg("07/12/2026, 08:11", "Peter Mwangi", "Wednesday. Read again \U0001F602")
    msg("07/12/2026, 12:39", "Njeri Wambugu", "Did you guys see this? From the matatu sacco group \U0001F447\U0001F3FE")
    t, ps, _ = paste("sp-expressway", "full", "Published on 06/12/2026 - 21:15", "By Brian Otieno",
                     "\U0001F4F2 Shared from The Savannah Post app: " + URL["sp-expressway"])
    msg("07/12/2026, 12:40", "Njeri Wambugu", t)
    reg("sp-expressway", F_WA, ps, mn_exp)
    msg("07/12/2026, 12:41", "Brian K", "I posted it yesterday \U0001F605")
    a = ART["sp-teachers-deal"]
    ps = paras("sp-teachers-deal", "wa")
    parts = [f"*{a['title']}*", "", "_Published on 07/12/2026 - 18:05_", "By Wanjiru Kamau", ""]
    for p in ps:
        parts += [p, ""]
    parts.append(f"Read more: {URL['sp-teachers-deal']}")
    msg("07/12/2026, 19:02", "Grace Achieng", "\n".join(parts))
    reg("sp-teachers-deal", F_WA, ps, ["_Published on 07/12/2026 - 18:05_", "By Wanjiru Kamau",
                                       f"Read more: {URL['sp-teachers-deal']}"], [a["title"]])
    msg("07/12/2026, 19:05", "Mama Wanjiku", "Thank God \U0001F64F\U0001F3FE")
    msg("07/12/2026, 19:06", "+254 722 118 903", "This message was deleted")
    msg("08/12/2026, 06:15", "Njeri Wambugu", "Reminder: estate clean-up this Saturday 9am, meet at the main gate. "
        "Bring gloves \U0001F9F9")
    chat_mn = ["Messages and calls are end-to-end encrypted.", "Wueh, still below cost of production",
               "<Media omitted>", "Kwani every year", "So the kids stay home tomorrow?", "Read again",
               "Did you guys see this? From the matatu sacco group", "I posted it yesterday",
               "This message was deleted", "Reminder: estate clean-up this Saturday 9am", "Peter Mwangi:",
               "Njeri Wambugu:", "Grace Achieng:", "Brian K:", "Mama Wanjiku:"]
    fmn(F_WA, chat_mn)
    write(F_WA, "\n".join(out) + "\n")


# ====================================================================== 5. Daily Clarion page (WordPress, Nigeria)
def build_clarion():
    aid = "dc-electricity"
    a = ART[aid]
    ps = paras(aid)
    url = URL[aid]
    also = ["FG to unveil plan to clear DisCos\u2019 N1.2trn debt by Q1 2027 \u2013 Minister",
            "Band A customers get refunds as regulator sanctions two DisCos"]
    body = []
    for i, p in enumerate(ps):
        body.append(f"<p>{esc(p)}</p>")
        if i == 1:
            body.append('<div class="clarion-ad"><span>ADVERTISEMENT</span><div id="div-gpt-ad-1712">'
                        '<script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-1712");});</script>'
                        '</div></div>')
            body.append(f'<p class="also-read"><strong>Also read: <a href="https://dailyclarion.ng/fg-to-unveil-plan-'
                        f'to-clear-discos-debt/">{esc(also[0])}</a></strong></p>')
        if i == 3:
            body.append('<div class="clarion-ad"><span>ADVERTISEMENT</span></div>')
            body.append(f'<p class="also-read"><strong>Also read: <a href="https://dailyclarion.ng/band-a-customers-'
                        f'get-refunds/">{esc(also[1])}</a></strong></p>')
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "headline": a["title"], "isPartOf": {"@id": url},
         "datePublished": "2026-12-07T06:12:45+01:00", "dateModified": "2026-12-07T09:40:02+01:00",
         "author": {"@type": "Person", "name": "Tunde Adeyemi", "url": "https://dailyclarion.ng/author/tadeyemi/"},
         "articleSection": ["Business", "Energy", "Politics"], "inLanguage": "en-US",
         "publisher": {"@id": "https://dailyclarion.ng/#organization"}},
        {"@type": "Organization", "@id": "https://dailyclarion.ng/#organization", "name": "Daily Clarion",
         "url": "https://dailyclarion.ng/"}]}
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} - Daily Clarion</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Daily Clarion">
<meta property="article:published_time" content="2026-12-07T05:12:45+00:00">
<meta property="article:modified_time" content="2026-12-07T08:40:02+00:00">
<meta name="author" content="Tunde Adeyemi">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Tunde Adeyemi">
<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="3 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" id="jannah-styles-css" href="https://dailyclarion.ng/wp-content/themes/jannah/assets/css/style.min.css?ver=7.1.0" media="all">
<script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script>
</head>
<body class="post-template-default single single-post postid-918274 single-format-standard">
<div id="tie-container" class="site tie-container">
<div class="top-nav"><span class="today-date">Tuesday, December 8, 2026</span>
<ul class="top-menu"><li><a href="/advertise/">Advertise With Us</a></li><li><a href="/epaper/">E-Paper</a></li><li><a href="/contact/">Contact</a></li></ul></div>
<header id="theme-header"><div class="logo"><a href="/"><img src="/wp-content/uploads/2024/03/clarion-logo.png" alt="Daily Clarion"></a></div>
<p class="site-tagline">Nigeria&#8217;s Truth, Every Day</p></header>
<nav id="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li><li><a href="/metro/">Metro</a></li><li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/editorial/">Editorial</a></li></ul></nav>
<div class="breaking-news"><span class="breaking-title">Breaking News</span><ul><li><a href="#">Refinery deal: Reps summon NPC boss</a></li><li><a href="#">ASUU gives FG fresh 21-day ultimatum</a></li></ul></div>
<div id="content" class="site-content container">
<article id="the-post" class="post-918274 post type-post status-publish">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="/">Home</a> <em class="delimiter">/</em> <a href="/business/">Business</a> <em class="delimiter">/</em> <span class="current">{esc(a['title'])}</span></nav>
<h1 class="post-title entry-title">{esc(a['title'])}</h1>
<div class="post-meta"><span class="meta-author">By <a href="/author/tadeyemi/">Tunde Adeyemi, Abuja</a></span>
<span class="date meta-item">Published 7th December, 2026</span>
<span class="meta-reading-time">3 minutes read</span></div>
</header>
<div class="share-links"><a class="facebook-share-btn" href="#">Facebook</a> <a class="twitter-share-btn" href="#">X</a> <a class="whatsapp-share-btn" href="#">WhatsApp</a> <a class="telegram-share-btn" href="#">Telegram</a> <a class="email-share-btn" href="#">Share via Email</a></div>
<figure class="single-featured-image"><img src="/wp-content/uploads/2026/12/senate-chamber.jpg" alt="Senate"><figcaption class="single-caption-text">Senate in plenary. File photo</figcaption></figure>
<div class="entry-content entry clearfix">
{chr(10).join(body)}
<div class="whatsapp-cta"><p><strong>Join our WhatsApp channel for breaking news and updates.</strong> <a href="https://whatsapp.com/channel/0029VaClarionNG">Click here to join</a></p></div>
<p class="copyright-notice"><em>All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from DAILY CLARION.</em></p>
<p class="contact-line">Contact: <a href="mailto:news@dailyclarion.ng">news@dailyclarion.ng</a></p>
</div>
<div class="post-bottom-meta post-bottom-tags"><span class="tagcloud"><a href="/tag/discos/">DisCos</a><a href="/tag/electricity-act/">Electricity Act</a><a href="/tag/senate/">Senate</a></span></div>
<div class="share-title">Kindly share this story:</div>
</article>
<div id="related-posts" class="container-wrapper"><div class="mag-box-title"><h3>Related Articles</h3></div>
<ul><li><a href="#">Power sector: GenCos threaten to shut plants over N2.4trn debt</a></li><li><a href="#">Tariff hike: Labour gives regulator seven-day ultimatum</a></li></ul></div>
<div id="comments" class="comments-area"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p></div>
</div>
<footer id="footer"><div class="footer-widget"><p>Daily Clarion is published by Clarion Media Nigeria Limited, 14 Acme Road, Ogba, Ikeja, Lagos.</p></div>
<div id="site-info"><p>&copy; Copyright 2026, All Rights Reserved | Daily Clarion</p></div></footer>
</div>
</body>
</html>
"""
    write(F_DC, page)
    mn = ["By Tunde Adeyemi, Abuja", "Published 7th December, 2026", "3 minutes read", "ADVERTISEMENT",
          f"Also read: {also[0]}", f"Also read: {also[1]}", "Join our WhatsApp channel for breaking news and updates.",
          "Click here to join",
          "All rights reserved. This material, and other digital content on this website, may not be reproduced, "
          "published, broadcast, rewritten or redistributed in whole or in part without prior express written "
          "permission from DAILY CLARION.", "Contact: news@dailyclarion.ng", "Kindly share this story:",
          "Senate in plenary. File photo", "Related Articles", "Nigeria\u2019s Truth, Every Day",
          "Breaking News", "Refinery deal: Reps summon NPC boss", "Share via Email",
          "Power sector: GenCos threaten to shut plants over N2.4trn debt", "Leave a Reply",
          "Daily Clarion is published by Clarion Media Nigeria Limited, 14 Acme Road, Ogba, Ikeja, Lagos.",
          "\u00a9 Copyright 2026, All Rights Reserved | Daily Clarion"]
    reg(aid, F_DC, ps, mn, [a["title"]])


# ====================================================================== 6. Dalal Times page (ET-like, agency feed)
def build_dalal():
    aid = "pai-pact-evening"
    a = ART[aid]
    ps = paras(aid)
    url = SYND_URL["dt"]
    synopsis = ("The 765-kV Katihar-Parbatipur line will be built in two phases at an estimated cost of ₹4,800 "
                "crore; the first 500 MW will be priced at ₹5.12 a unit for five years.")
    disc = ("(This story has not been edited by Dalal Times staff and is auto-generated from a syndicated feed.)")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": "2026-12-07T21:14:32+05:30", "dateModified": "2026-12-07T21:14:32+05:30",
          "author": {"@type": "Person", "name": "PAI"}, "description": synopsis,
          "publisher": {"@type": "Organization", "name": "Dalal Times",
                        "logo": {"@type": "ImageObject", "url": "https://img.dalaltimes.com/logo.png"}},
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "keywords": "India Bangladesh power trade, power transmission, Katihar Parbatipur line"}
    body = "<br><br>".join(esc(p) for p in ps)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Dalal Times</title>
<meta name="description" content="{attr(synopsis)}">
<link rel="canonical" href="{url}">
<link rel="amphtml" href="{url.replace('/articleshow/', '/amp_articleshow/')}">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:site_name" content="Dalal Times">
<meta property="og:url" content="{url}">
<meta name="news_keywords" content="India Bangladesh power trade, power transmission, Katihar Parbatipur line">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.__DT_PAGE__ = {{"msid": 126324417, "section": "industry/energy/power", "agency": "PAI", "paywall": false}};</script>
</head>
<body>
<div id="topBand"><a href="/prime">DT Prime</a> | <a href="/markets">Markets</a> | <a href="/epaper">ePaper</a> | <span class="sensexTicker">Sensex 86,214.70 <b>+412.36</b></span> <span class="niftyTicker">Nifty 26,301.10 <b>+118.25</b></span></div>
<header class="hdr"><a class="logo" href="/">Dalal Times</a><nav><a href="/news">News</a> <a href="/industry">Industry</a> <a href="/markets">Markets</a> <a href="/tech">Tech</a> <a href="/wealth">Wealth</a> <a href="/opinion">Opinion</a></nav></header>
<div class="breadcrumb"><a href="/">Business News</a> › <a href="/industry">Industry</a> › <a href="/industry/energy">Energy</a> › <a href="/industry/energy/power">Power</a> › India, Bangladesh sign pact…</div>
<article class="artData">
<h1 class="artTitle font_faus">{esc(a['title'])}</h1>
<div class="artSyn"><h2 class="summary">Synopsis</h2><p>{esc(synopsis)}</p></div>
<div class="artByline"><a class="ag" href="/agency/pai">PAI</a> <time class="jsdtTime" datetime="2026-12-07T21:14:32+05:30">Last Updated: Dec 07, 2026, 09:14:32 PM IST</time></div>
<div class="shareBar"><span>Share</span> <a href="#">Font Size</a> <a href="#">Save</a> <a href="#">Print</a> <a href="#">Comment</a></div>
<div class="artText">{body}<br><br>PAI SKM RDK</div>
<div class="readMore"><span>Read More News on</span> <a href="/topic/india-bangladesh">india bangladesh</a> <a href="/topic/power-trade">power trade</a> <a href="/topic/transmission">transmission line</a> <a href="/topic/cerc">CERC</a></div>
<p class="disclaimer"><i>{esc(disc)}</i></p>
<p class="origPub">( Originally published on Dec 07, 2026 )</p>
<div class="catchAll">Catch all the Business News, Breaking News Events and Latest News Updates on Dalal Times.</div>
<div class="appPlug">Download The Dalal Times App to get Daily Market Updates &amp; Live Business News.</div>
<div class="primeBox"><p>Subscribe to Dalal Times Prime and read the DT ePaper online.</p><a href="/prime/subscribe">Subscribe now</a></div>
</article>
<aside class="rhs"><h3>Top Trending Stocks</h3><ul><li>Eastern Grid Transmission Corporation</li><li>Coastal Power Ltd</li><li>Sahyadri Cables</li></ul>
<h3>Most Read</h3><ul><li><a href="#">Sensex climbs 412 pts as banks, IT lead; FPIs turn net buyers</a></li><li><a href="#">GST mop-up rises 9.1% to ₹1.97 lakh crore in November</a></li></ul></aside>
<footer class="ftr"><p>Copyright © 2026 Dalal Media &amp; Publications Ltd. All rights reserved. For reprint rights: Dalal Syndication Services</p></footer>
</body>
</html>
"""
    write(F_DT, page)
    mn = ["Synopsis", synopsis, "Last Updated: Dec 07, 2026, 09:14:32 PM IST", "PAI SKM RDK", disc,
          "( Originally published on Dec 07, 2026 )", "Read More News on",
          "Catch all the Business News, Breaking News Events and Latest News Updates on Dalal Times.",
          "Download The Dalal Times App to get Daily Market Updates & Live Business News.",
          "Subscribe to Dalal Times Prime and read the DT ePaper online.", "Top Trending Stocks",
          "Copyright © 2026 Dalal Media & Publications Ltd. All rights reserved.",
          "Sensex climbs 412 pts as banks, IT lead; FPIs turn net buyers"]
    reg(aid, F_DT, ps, mn, [a["title"]])


# ====================================================================== 7/8. Deccan Ledger pages (Hindu-like)
DL_FOOT = ("Copyright\u00a9 2026, Deccan Ledger Publishing Pvt. Ltd. or its affiliated companies. All rights "
           "reserved.")
DL_SUPPORT = ("Support quality journalism. Subscribe to Deccan Ledger Digital and get unlimited access to our "
              "reporting for \u20b999 a month.")
DL_COMMENTS = ("Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please "
               "abide by our community guidelines for posting your comments.")
DL_GN = "Follow Deccan Ledger on Google News"
DL_WA = "Get the day\u2019s top stories on WhatsApp: join the Deccan Ledger channel"


def dl_page(fn, aid, ps, title, dek, author_html, author_txt, published, updated, place, section, url, also,
            caption, topics, iso):
    body = []
    for i, p in enumerate(ps):
        body.append(f"<p>{esc(p)}</p>")
        if i == 1:
            body.append(f'<div class="also-read"><span class="also-read-title">ALSO READ</span>'
                        f' <a href="{also[1]}">{esc(also[0])}</a></div>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "description": dek,
          "datePublished": iso, "dateModified": iso, "author": [{"@type": "Person", "name": author_txt}],
          "publisher": {"@type": "Organization", "name": "Deccan Ledger"}, "mainEntityOfPage": url,
          "isAccessibleForFree": "True"}
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Deccan Ledger</title>
<meta name="description" content="{attr(dek)}">
<link rel="canonical" href="{url}">
<link rel="amphtml" href="{url.replace('/article', '/amp/article')}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Deccan Ledger">
<meta property="og:title" content="{attr(title)}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{section}">
<meta name="author" content="{attr(author_txt)}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>var dataLayer = window.dataLayer || []; dataLayer.push({{"pageType":"article","section":"{section}","author":"{author_txt}","premium":"free"}});</script>
</head>
<body class="article-page">
<div class="top-strip"><span class="today-date">Tuesday, December 08, 2026</span> <a href="https://epaper.deccanledger.in/">e-Paper</a> <a href="/subscribe/">Subscribe</a> <a href="/login/">Login</a></div>
<header class="masthead"><a class="logo" href="/">Deccan Ledger</a><p class="masthead-tag">Hyderabad \u00b7 Chennai \u00b7 Bengaluru \u00b7 Vijayawada</p></header>
<nav class="main-menu"><ul><li><a href="/news/">News</a></li><li><a href="/news/national/">India</a></li><li><a href="/news/international/">World</a></li><li><a href="/news/national/telangana/">Telangana</a></li><li><a href="/news/national/andhra-pradesh/">Andhra Pradesh</a></li><li><a href="/business/">Business</a></li><li><a href="/sport/">Sport</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav>
<div class="breadcrumb"><a href="/news/">News</a> \u00bb <a href="/news/national/">{section}</a></div>
<div class="article-section">
<h1 class="title">{esc(title)}</h1>
<h2 class="sub-title">{esc(dek)}</h2>
<div class="author-info"><div class="author-name">{author_html}</div>
<div class="update-publish-time"><p class="updated-time">Updated - {updated}</p><p class="publish-time">Published - {published} - {place}</p></div></div>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a> <a href="#">Copy link</a> <span class="read-later">READ LATER</span> <span class="print">PRINT</span></div>
<figure class="lead-img"><img src="https://dlstatic.example/2026/12/{aid}.jpg" alt=""><figcaption>{esc(caption)}</figcaption></figure>
<div class="articlebodycontent" id="content-body-{url[-13:-4]}">
{chr(10).join(body)}
</div>
<div class="follow-box"><a href="https://news.google.com/publications/DL">{DL_GN}</a> <a href="https://whatsapp.com/channel/DeccanLedger">{esc(DL_WA)}</a></div>
<div class="publish-time-new">Published - {published}</div>
<div class="related-topics"><h4>Related Topics</h4><ul>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in topics)}</ul></div>
<div class="support-box"><p>{esc(DL_SUPPORT)}</p><a href="/subscribe/">Subscribe now</a></div>
<div class="comments-box"><h4>COMMENTS</h4><p>{esc(DL_COMMENTS)}</p><a href="#">SHOW COMMENTS</a></div>
</div>
<aside class="trending"><h3>Trending</h3><ol><li><a href="#">Metro Phase II gets Union Cabinet nod</a></li><li><a href="#">Cold wave: mercury dips to 9.8\u00b0C in Adilabad</a></li></ol></aside>
<footer class="site-footer"><p>{esc(DL_FOOT)}</p><p><a href="/terms/">Terms of Use</a> | <a href="/privacy/">Privacy Policy</a> | <a href="/grievance/">Grievance Redressal</a> | <a href="/institutional/">Institutional Subscriber</a></p><p>BACK TO TOP</p></footer>
</body>
</html>
"""
    write(fn, page)
    mn = [dek, f"Updated - {updated}", f"Published - {published} - {place}", f"Published - {published}",
          "ALSO READ", also[0], caption, DL_GN, DL_WA, "Related Topics", DL_SUPPORT, DL_COMMENTS,
          "SHOW COMMENTS", "READ LATER", DL_FOOT, "Metro Phase II gets Union Cabinet nod",
          "Hyderabad \u00b7 Chennai \u00b7 Bengaluru \u00b7 Vijayawada", "Institutional Subscriber", "BACK TO TOP"]
    return mn


def build_deccan_pages():
    a = ART["pai-pact-evening"]
    ps = paras("pai-pact-evening", "dl")
    dek = "Line between Katihar and Parbatipur to carry up to 1,600 MW; first 500 MW priced at \u20b95.12 a unit"
    mn = dl_page(F_DL1, "pai-pact-evening", ps, a["dl_title"], dek, '<a class="person-name" href="/profile/author/pai/">PAI</a>',
                 "PAI", "December 07, 2026 10:05 pm IST", "December 07, 2026 10:31 pm IST", "NEW DELHI", "National",
                 SYND_URL["dl"],
                 ("Bangladesh seeks more power from Indian plants ahead of summer",
                  "https://www.deccanledger.in/news/national/bangladesh-seeks-more-power/article70388812.ece"),
                 "File photo of high-tension transmission lines. | Photo Credit: Special Arrangement",
                 ["India-Bangladesh", "power (infrastructure)", "energy and resource", "diplomacy"],
                 "2026-12-07T22:05:00+05:30")
    reg("pai-pact-evening", F_DL1, ps, mn, [a["dl_title"]])
    g = ART["dl-gig-bill"]
    ps = paras("dl-gig-bill", "web")
    mn = dl_page(F_DL2, "dl-gig-bill", ps, g["title"], g["web_deck"],
                 '<a class="person-name" href="/profile/author/m-rajeshwar-rao-4412/">M. Rajeshwar Rao</a>',
                 "M. Rajeshwar Rao", "December 08, 2026 12:41 am IST", "December 08, 2026 09:12 am IST", "HYDERABAD",
                 "Telangana", URL["dl-gig-bill"],
                 ("Telangana cabinet clears draft policy for platform workers",
                  "https://www.deccanledger.in/news/national/telangana/cabinet-clears-draft-policy/article70201145.ece"),
                 "Food delivery partners wait for orders near Madhapur in Hyderabad. | Photo Credit: P. Naveen Kumar",
                 ["Telangana", "labour", "gig economy", "State legislature"], "2026-12-08T00:41:00+05:30")
    reg("dl-gig-bill", F_DL2, ps, mn, [g["title"]])


# ====================================================================== 9. Dhaka Monitor page (Daily Star-like)
def build_dhaka():
    aid = "pai-pact-evening"
    a = ART[aid]
    ps = paras(aid, "dm")
    url = SYND_URL["dm"]
    gn = "Follow The Dhaka Monitor Google News channel for the latest news and updates"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["dm_title"],
          "datePublished": "2026-12-07T22:48:00+06:00", "dateModified": "2026-12-07T23:02:00+06:00",
          "author": {"@type": "Organization", "name": "PAI, New Delhi"},
          "publisher": {"@type": "Organization", "name": "The Dhaka Monitor"}}
    body = "\n".join(f"<p>{esc(p)}</p>" for p in ps)
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>{esc(a['dm_title'])} | The Dhaka Monitor</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="The Dhaka Monitor">
<meta property="og:title" content="{attr(a['dm_title'])}">
<meta property="og:url" content="{url}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas">
<div class="top-bar"><span class="date-today">Tuesday, December 8, 2026 | Agrahayan 23, 1433 BS | \u09e8\u09e9 \u0985\u0997\u09cd\u09b0\u09b9\u09be\u09af\u09bc\u09a3 \u09e7\u09ea\u09e9\u09e9</span>
<a href="https://bangla.dhakamonitor.com.bd/">\u09ac\u09be\u0982\u09b2\u09be</a> <a href="/e-paper">E-paper</a> <a href="/todays-news">Today's News</a></div>
<header><a class="brand" href="/">The Dhaka Monitor</a><p class="brand-slogan">Your Right to Know, Since 1994</p></header>
<nav class="menu"><a href="/news">News</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/sports">Sports</a> <a href="/entertainment">Entertainment</a> <a href="/youth">Youth</a> <a href="/tech-startup">Tech &amp; Startup</a></nav>
<main>
<div class="breadcrumb"><a href="/business">Business</a> <a href="/business/economy">Economy</a></div>
<article class="article-section">
<h1 class="fw-700 e-mb-16 article-title">{esc(a['dm_title'])}</h1>
<div class="byline"><span class="author">PAI, New Delhi</span></div>
<div class="date text-14">Mon Dec 7, 2026 10:48 PM <span class="last-update">Last update on: Mon Dec 7, 2026 11:02 PM</span></div>
<div class="social-share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div>
<figure><img src="/sites/default/files/styles/big_202/public/images/2026/12/07/power_lines.jpg" alt=""><figcaption><span class="caption">Representational image. File photo: Collected</span></figcaption></figure>
<div class="section-content clearfix">
{body}
</div>
<div class="google-news-follow"><a href="https://news.google.com/publications/DhakaMonitor">{esc(gn)}</a></div>
<div class="related-topics"><span>Related topic:</span> <a href="/tags/india-bangladesh-relations">India-Bangladesh relations</a> <a href="/tags/power-sector">power sector</a> <a href="/tags/electricity-import">electricity import</a></div>
<div class="comments-section"><h3>Comments</h3><p>Comments Policy: The Dhaka Monitor moderates all comments before publication.</p></div>
</article>
<aside class="more-news"><h3>More from Business</h3><ul><li><a href="#">RMG exporters seek Tk 5,000 crore stimulus as orders slow</a></li><li><a href="#">Remittance inflow hits $2.9b in November</a></li></ul></aside>
</main>
<footer><p>Editor &amp; Publisher: Rashida Sultana Kabir</p><p>\u00a9 2026 thedhakamonitor.com. All rights reserved. Reproduction of any content without permission is prohibited.</p></footer>
</div>
</body>
</html>
"""
    write(F_DM, page)
    mn = ["PAI, New Delhi", "Mon Dec 7, 2026 10:48 PM", "Last update on: Mon Dec 7, 2026 11:02 PM", gn,
          "Representational image. File photo: Collected", "Related topic:", "India-Bangladesh relations",
          "Comments Policy: The Dhaka Monitor moderates all comments before publication.", "More from Business",
          "RMG exporters seek Tk 5,000 crore stimulus as orders slow", "Remittance inflow hits $2.9b in November",
          "Your Right to Know, Since 1994", "Agrahayan 23, 1433 BS", "Editor & Publisher: Rashida Sultana Kabir",
          "\u00a9 2026 thedhakamonitor.com. All rights reserved. Reproduction of any content without permission is "
          "prohibited."]
    reg(aid, F_DM, ps, mn, [a["dm_title"]])


# ====================================================================== 10. Indus Herald page (Dawn-like)
def build_indus():
    aid = "ih-sbp-staff"
    a = ART[aid]
    ps = paras(aid)
    url = URL[aid]
    wa = "Follow The Indus Herald on WhatsApp for breaking news and updates"
    cr = ("Copyright \u00a9 2026, The Indus Herald Group of Newspapers. Reproduction in whole or in part without "
          "permission is prohibited.")
    body = "\n".join(f"<p>{esc(p)}</p>" for p in ps)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": "2026-12-07T18:42:00+05:00", "dateModified": "2026-12-07T21:05:00+05:00",
          "author": {"@type": "Organization", "name": "Our Staff Reporter"},
          "publisher": {"@type": "Organization", "name": "The Indus Herald"}, "url": url}
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Business - The Indus Herald</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:site_name" content="The Indus Herald">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="2026-12-07T18:42:00+05:00">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div class="masthead-date">Tuesday, December 8, 2026 | Jamadi-us-Sani 27, 1448</div>
<header class="masthead"><a href="/" class="logo">The Indus Herald</a><div class="edition">Karachi \u00b7 Lahore \u00b7 Islamabad</div></header>
<nav class="nav"><a href="/latest-news">Latest</a> <a href="/pakistan">Pakistan</a> <a href="/business">Business</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a> <a href="/epaper">E-Paper</a></nav>
<div class="ticker"><span>KSE-100</span> 118,942.31 <span class="down">\u25bc 612.08</span> | <span>USD/PKR</span> 281.40</div>
<main class="container">
<article class="story" data-id="1118742">
<div class="story__label"><a href="/business">Business</a></div>
<h2 class="story__title"><a href="{url}">{esc(a['title'])}</a></h2>
<div class="story__byline"><span class="story__byline__link">Our Staff Reporter</span></div>
<div class="story__time"><span class="timestamp--label">Published</span> <span class="timestamp--date">December 7, 2026 | 6:42 PM PKT</span></div>
<div class="story__updated">Last Updated: 3 hours ago</div>
<div class="story__share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Email</a> <span class="comment-count">Comments (12)</span></div>
<figure class="media"><img src="https://i.indusherald.example/large/2026/12/sbp.jpg" alt=""><figcaption class="media__caption">The State Bank of Pakistan building in Karachi. \u2014 File photo</figcaption></figure>
<div class="story__content">
{body}
</div>
<div class="wa-channel"><a href="https://whatsapp.com/channel/IndusHerald">{esc(wa)}</a></div>
<div class="story__tags">Published in The Indus Herald, December 8th, 2026</div>
</article>
<section class="comments"><h3>Comments (12)</h3><p>Comments are closed on this story.</p></section>
<aside class="popular"><h3>MOST POPULAR</h3><ol><li><a href="#">Sindh cabinet approves Rs18bn for 500 electric buses</a></li><li><a href="#">Gold price drops Rs2,100 per tola</a></li></ol></aside>
</main>
<footer><p>{esc(cr)}</p></footer>
</body>
</html>
"""
    write(F_IH, page)
    mn = ["Our Staff Reporter", "December 7, 2026 | 6:42 PM PKT", "Last Updated: 3 hours ago", "Comments (12)",
          "The State Bank of Pakistan building in Karachi. \u2014 File photo", wa,
          "Published in The Indus Herald, December 8th, 2026", "Comments are closed on this story.", "MOST POPULAR",
          "Gold price drops Rs2,100 per tola", "Jamadi-us-Sani 27, 1448", cr,
          "Sindh cabinet approves Rs18bn for 500 electric buses"]
    reg(aid, F_IH, ps, mn, [a["title"]])


# ====================================================================== 11. Jamaica Beacon page (Gleaner-like)
def build_beacon():
    aid = "jb-rains"
    a = ART[aid]
    ps = paras(aid)
    url = URL[aid]
    cap = ("Desmond Clarke surveys what is left of his sweet pepper plot in Bath, St Thomas, on Saturday. "
           "- Rudolph Mattis/Photographer")
    nl = "Sign up for The Beacon\u2019s morning newsletter and get the day\u2019s top stories in your inbox."
    wa = "Follow The Jamaica Beacon on WhatsApp"
    body = "\n".join(f"<p>{esc(p)}</p>" for p in ps)
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | News | Jamaica Beacon</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Jamaica Beacon">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:url" content="{url}">
<meta name="dcterms.date" content="2026-12-07T00:10-05:00">
<meta name="author" content="Kimberley Hylton">
</head>
<body class="node-type-article">
<div class="header-top"><span>Welcome to The Jamaica Beacon</span> <a href="/user/login">Log in</a> <a href="https://e-beacon.example">e-Beacon</a></div>
<header><a class="site-logo" href="/">The Jamaica Beacon</a><p class="slogan">Jamaica\u2019s light since 1867</p></header>
<nav><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/sports">Sports</a></li><li><a href="/entertainment">Entertainment</a></li><li><a href="/commentary">Commentary</a></li><li><a href="/letters">Letters</a></li><li><a href="/classifieds">Classifieds</a></li></ul></nav>
<div class="main-container">
<article class="node-article">
<div class="article-section-label">News</div>
<h1 class="article-title">{esc(a['title'])}</h1>
<div class="article-byline"><span class="field-author">Kimberley Hylton/Beacon Writer</span></div>
<div class="article-date">Published:Monday | December 7, 2026 | 12:10 AM</div>
<div class="article-image"><img src="/sites/default/files/styles/jg_article_image/public/media/article_images/2026/12/06/stthomas.jpg" alt=""><div class="image-caption">{esc(cap)}</div></div>
<div class="article-social"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Email</a> <a href="#">Print</a></div>
<div class="article-body">
{body}
</div>
<div class="article-newsletter"><p>{esc(nl)}</p><form><input type="email"><button>Subscribe</button></form></div>
<div class="article-wa"><a href="https://whatsapp.com/channel/JamaicaBeacon">{esc(wa)}</a></div>
<div class="related-stories"><h3>Related Stories</h3><ul><li><a href="#">Yallahs River breaks banks, families evacuated</a></li><li><a href="#">RADA begins damage assessment in eastern parishes</a></li></ul></div>
<div class="comments-box"><h3>Comments</h3><p>We welcome reader comments on the top stories of the day. Some comments may be republished on the website or in the newspaper; email addresses will not be published.</p></div>
</article>
</div>
<footer><p>\u00a9 2026 Beacon Company (Media) Ltd. All Rights Reserved. 7 North Street, Kingston, Jamaica W.I.</p><p><a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Use</a></p></footer>
</body>
</html>
"""
    write(F_JB, page)
    mn = ["Kimberley Hylton/Beacon Writer", "Published:Monday | December 7, 2026 | 12:10 AM", cap, nl, wa,
          "Related Stories", "Yallahs River breaks banks, families evacuated",
          "RADA begins damage assessment in eastern parishes",
          "We welcome reader comments on the top stories of the day.", "Jamaica\u2019s light since 1867",
          "\u00a9 2026 Beacon Company (Media) Ltd. All Rights Reserved."]
    reg(aid, F_JB, ps, mn, [a["title"]])


# ====================================================================== 12. Pilipinas Herald page (Inquirer-like)
def build_pilipinas():
    aid = "ph-bridge"
    a = ART[aid]
    ps = paras(aid)
    url = URL[aid]
    read = "READ: Cebu-Bohol bridge contractor asks for time extension over rough seas"
    nl = "Subscribe to our daily newsletter"
    agree = "By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy."
    dm = "Don\u2019t miss out on the latest news and information."
    plus = ("Subscribe to HERALD PLUS to get access to The Pilipinas Herald and other 70+ titles, share up to 5 "
            "gadgets, listen to the news, download as early as 4am & share articles on social media.")
    disc = ("Disclaimer: Comments do not represent the views of PilipinasHerald.ph. We reserve the right to exclude "
            "comments which are inconsistent with our editorial standards.")
    body = []
    for i, p in enumerate(ps):
        body.append(f"<p>{esc(p)}</p>")
        if i == 1:
            body.append(f'<p><strong><a href="https://newsinfo.pilipinasherald.ph/2079120/cebu-bohol-bridge-contractor">'
                        f'{esc(read)}</a></strong></p>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": "2026-12-07T04:30:00+08:00", "dateModified": "2026-12-07T04:30:00+08:00",
          "author": [{"@type": "Person", "name": "Maria Luz Santos"}],
          "publisher": {"@type": "Organization", "name": "Pilipinas Herald"}}
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])} | Pilipinas Herald News</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:site_name" content="PilipinasHerald.ph">
<meta property="og:url" content="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="single single-post">
<div id="top-bar"><a href="https://www.pilipinasherald.ph">PilipinasHerald.ph</a> <a href="https://newsinfo.pilipinasherald.ph">News</a> <a href="https://business.pilipinasherald.ph">Business</a> <a href="https://sports.pilipinasherald.ph">Sports</a> <a href="https://globalnation.pilipinasherald.ph">Global Nation</a> <a href="https://opinion.pilipinasherald.ph">Opinion</a></div>
<div id="ch-ls-head"><div id="ch-cat"><a href="/category/regions">Regions</a></div>
<h1 class="entry-title">{esc(a['title'])}</h1>
<div id="art_author"><span>By: <a href="/byline/maria-luz-santos">Maria Luz Santos</a> - Correspondent / @MLSantosPH</span></div>
<div id="art_plat">Pilipinas Herald / 04:30 AM December 07, 2026</div></div>
<div id="art-share"><span>Share</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Viber</a> <a href="#">Email</a> <a href="#">Copy Link</a></div>
<div id="article_content">
<figure class="wp-caption"><img src="https://newsinfo.pilipinasherald.example/files/2026/12/cebu-bohol.jpg" alt=""><figcaption class="wp-caption-text">BRIDGE WORK Barges ferry steel casings for the Cebu-Bohol bridge off Cordova town. \u2014MARIA LUZ SANTOS</figcaption></figure>
{chr(10).join(body)}
</div>
<div id="newsletter-box"><h4>{nl}</h4><form><input type="email" placeholder="Email Address"><button>Subscribe</button></form><p>{esc(agree)}</p></div>
<div id="read-next"><h3>Read Next</h3><ul><li><a href="#">Senate OKs P6.4-trillion 2027 budget on final reading</a></li><li><a href="#">Pasig River ferry fares to go up by P5 in January</a></li></ul></div>
<div id="billboard_article"><p>{esc(dm)}</p><p>{esc(plus)}</p></div>
<div id="fb-comments"><p>{esc(disc)}</p></div>
<footer><p>\u00a9 Copyright 1997-2026 Pilipinas Herald Interactive Inc. All Rights Reserved</p></footer>
</body>
</html>
"""
    write(F_PH, page)
    mn = ["By: Maria Luz Santos - Correspondent / @MLSantosPH", "Pilipinas Herald / 04:30 AM December 07, 2026",
          "BRIDGE WORK Barges ferry steel casings for the Cebu-Bohol bridge off Cordova town.", read, nl, agree,
          "Read Next", dm, plus, disc, "Senate OKs P6.4-trillion 2027 budget on final reading",
          "Pasig River ferry fares to go up by P5 in January",
          "\u00a9 Copyright 1997-2026 Pilipinas Herald Interactive Inc. All Rights Reserved"]
    reg(aid, F_PH, ps, mn, [a["title"]])


# ====================================================================== 13. Pulsewire JSON lines export
PW = [
    # aid, source name, domain, country, author, published_at, section, extra furniture inside "body" (index, text)
    ("dl-gig-bill", DL, "deccanledger.in", "IN", "M. Rajeshwar Rao", "2026-12-07T19:11:00Z", "Telangana",
     [(2, "ALSO READ | Telangana cabinet clears draft policy for platform workers")]),
    ("dl-fraud", DL, "deccanledger.in", "IN", "Syeda Farheen", "2026-12-08T00:35:00Z", "Hyderabad",
     [(5, "Follow Deccan Ledger on Google News")]),
    ("dt-sensex", DT, "dalaltimes.com", "IN", "DT Bureau", "2026-12-07T16:05:00+05:30", "Markets",
     [(5, "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Dalal Times.")]),
    ("dt-gst", DT, "dalaltimes.com", "IN", "Rohan Mehta & Priya Iyer", "2026-12-01T18:30:00+05:30", "Economy",
     [(4, "Download The Dalal Times App to get Daily Market Updates & Live Business News.")]),
    ("pai-pact-morning", DT, "dalaltimes.com", "IN", "PAI", "2026-12-07T08:05:00+05:30", "Power",
     [(6, "(This story has not been edited by Dalal Times staff and is auto-generated from a syndicated feed.)")]),
    ("dm-dengue", DM, "dhakamonitor.com.bd", "BD", "Staff Correspondent", "2026-12-07T00:00:00+06:00", "Health", []),
    ("ih-bus", IH, "indusherald.com.pk", "PK", "Imran Ali Shah", "2026-12-05T23:10:00+05:00", "Pakistan",
     [(4, "Published in The Indus Herald, December 6th, 2026")]),
    ("ih-sbp-nnp", IH, "indusherald.com.pk", "PK", "NNP", "2026-12-07T19:20:00+05:00", "Business", []),
    ("dc-apapa", DC, "dailyclarion.ng", "NG", "Bolaji Ogunleye", "2026-12-07T05:30:00+01:00", "Metro",
     [(2, "ADVERTISEMENT"), (4, "Join our WhatsApp channel for breaking news and updates. Click here to join")]),
    ("ph-budget", PH, "newsinfo.pilipinasherald.ph", "PH", "Jose Emmanuel L. Castillo", "2026-12-04T21:45:00+08:00",
     "Nation", []),
    ("ph-ferry", PH, "newsinfo.pilipinasherald.ph", "PH", "Philippine Information Network", "2026-12-06T14:20:00+08:00",
     "Metro", [(3, "\u2014PIN")]),
    ("ph-bridge", PH, "newsinfo.pilipinasherald.ph", "PH", "Maria Luz Santos", "2026-12-07T04:30:00+08:00", "Regions",
     [(2, "READ: Cebu-Bohol bridge contractor asks for time extension over rough seas"),
      (4, "Subscribe to our daily newsletter")]),
    ("jb-smartmeters", JB, "jamaicabeacon.com", "JM", "Staff Reporter", "2026-12-05T21:30:00-05:00", "News", []),
    ("jb-databill", JB, "jamaicabeacon.com", "JM", "Jovan Campbell", None, "News", []),
]


KW = {"dl-gig-bill": ["gig workers", "welfare board"], "dl-fraud": ["digital arrest", "cyber fraud"],
      "dt-sensex": ["Sensex", "FPI"], "dt-gst": ["GST"], "pai-pact-morning": ["power trade", "Bangladesh"],
      "dm-dengue": ["dengue"], "ih-bus": ["electric buses"], "ih-sbp-nnp": ["policy rate", "SBP"],
      "dc-apapa": ["Apapa", "ports"], "ph-budget": ["2027 budget"], "ph-ferry": ["ferry", "fares"],
      "ph-bridge": ["Cebu-Bohol bridge"], "jb-smartmeters": ["smart meter"], "jb-databill": ["data protection"]}


def build_pulsewire():
    lines = []
    for n, (aid, sname, dom, cc, author, pub, section, extra) in enumerate(PW):
        a = ART[aid]
        ps = paras(aid, "web" if aid in ("dl-gig-bill", "dl-fraud") else "full")
        blocks = list(ps)
        mn = []
        for idx, txt in sorted(extra, reverse=True):
            blocks.insert(idx, txt)
            mn.append(txt)
        body = "\n\n".join(blocks)
        h = hashlib.sha1(aid.encode()).hexdigest()
        if pub:
            seen = (datetime.datetime.fromisoformat(pub.replace("Z", "+00:00")).astimezone(datetime.timezone.utc)
                    + datetime.timedelta(minutes=7 + 3 * n)).strftime("%Y-%m-%dT%H:%M:%SZ")
        else:
            seen = "2026-12-07T15:02:11Z"
        rec = {
            "doc_id": f"pw_{h[:16]}",
            "source": {"name": sname, "domain": dom, "country": cc, "media_type": "online_news"},
            "headline": a["title"] if aid != "dl-fraud" else a["web_title"],
            "url": URL[aid],
            "author": author,
            "published_at": pub,
            "first_seen_at": seen,
            "language": "en",
            "section": section,
            "snippet": " ".join(ps[0].split()[:28]) + " \u2026",
            "body": body,
            "word_count": words(ps),
            "reach_estimate": {"IN": 3800000, "BD": 640000, "PK": 1900000, "NG": 2100000, "PH": 5200000,
                               "JM": 310000}[cc],
            "sentiment": "neutral",
            "matched_keywords": KW[aid],
            "alert_id": "bcef-global-south-daily",
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
        if author in ("DT Bureau", "Staff Correspondent", "Staff Reporter", "Philippine Information Network"):
            mn.append(author)          # a desk or agency in the author field: never text of the article
        mn.append("bcef-global-south-daily")
        t = rec["headline"]
        reg(aid, F_PW, ps, mn, [t])
    write(F_PW, "\n".join(lines) + "\n")


# ====================================================================== 14. Savannah Post page (Standard/Nation-like)
def build_savannah():
    aid = "sp-teachers-deal"
    a = ART[aid]
    ps = paras(aid)
    url = URL[aid]
    wa = "Join our WhatsApp channel for breaking news and exclusive stories"
    app = "For latest news and updates, download the Savannah Post app"
    sup = ("Support Independent Journalism: subscribe to The Savannah Post for Sh10 a day and get unlimited access "
           "to our journalism.")
    body = []
    for i, p in enumerate(ps):
        body.append(f"<p>{esc(p)}</p>")
        if i == 2:
            body.append(f'<div class="inline-read"><span>Also Read |</span> <a href="{URL["sp-teachers-talks"]}">'
                        f'{esc(ART["sp-teachers-talks"]["title"])}</a></div>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": "2026-12-07T18:05:00+03:00", "dateModified": "2026-12-07T18:40:00+03:00",
          "author": {"@type": "Person", "name": "Wanjiru Kamau"},
          "publisher": {"@type": "Organization", "name": "The Savannah Post"}, "url": url}
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - The Savannah Post</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:site_name" content="The Savannah Post">
<meta property="og:url" content="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div class="topbar"><span class="topbar-date">Tuesday, December 08, 2026</span> <a href="/epaper">ePaper</a> <a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<header class="site-header"><a class="logo" href="/">The Savannah Post</a><span class="logo-sub">Kenya\u2019s Independent Voice</span></header>
<nav class="primary-nav"><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/education">Education</a> <a href="/counties">Counties</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a></nav>
<main>
<article class="article-wrapper">
<div class="article-category"><a href="/education">Education</a></div>
<h1 class="article-title">{esc(a['title'])}</h1>
<div class="article-meta"><span class="article-author">By Wanjiru Kamau</span> <span class="article-date">| Published on 07/12/2026 - 18:05</span> <span class="read-time">| 3 min read</span></div>
<figure><img src="https://cdn.savannahpost.example/images/2026/12/07/teachers.jpg" alt=""><figcaption>KSTU Secretary-General Evans Mutua (centre) addresses journalists in Nairobi. [Samuel Kariuki, Savannah Post]</figcaption></figure>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="cta-wa"><a href="https://whatsapp.com/channel/SavannahPostKE">{esc(wa)}</a></div>
<div class="cta-app"><p>{esc(app)}</p></div>
<div class="support-journalism"><p>{esc(sup)}</p></div>
<div class="related"><h3>Related Topics</h3><a href="#">Teachers Strike</a> <a href="#">KSTU</a> <a href="#">Teachers Service Board</a></div>
</article>
<aside><h3>Trending Now</h3><ol><li><a href="#">Nairobi Expressway toll rates to rise by up to Sh100 from January</a></li><li><a href="#">Governors push for higher county allocations</a></li></ol></aside>
</main>
<footer><p>\u00a9 2026 The Savannah Post Group PLC. All rights reserved.</p><p>Savannah Centre, Mombasa Road, Nairobi</p></footer>
</body>
</html>
"""
    write(F_SP, page)
    mn = ["By Wanjiru Kamau", "| Published on 07/12/2026 - 18:05", "Published on 07/12/2026 - 18:05", "3 min read",
          "KSTU Secretary-General Evans Mutua (centre) addresses journalists in Nairobi. [Samuel Kariuki, Savannah Post]",
          "Also Read |", ART["sp-teachers-talks"]["title"], wa, app, sup, "Related Topics", "Trending Now",
          "Nairobi Expressway toll rates to rise by up to Sh100 from January", "Kenya\u2019s Independent Voice",
          "\u00a9 2026 The Savannah Post Group PLC. All rights reserved."]
    reg(aid, F_SP, ps, mn, [a["title"]])


# ====================================================================== gold
OUTLET_ALTS = {DL: [DL, "The Deccan Ledger"], DT: [DT, "The Dalal Times"], DM: [DM, "Dhaka Monitor"],
               IH: [IH, "Indus Herald"], DC: [DC, "The Daily Clarion"], SP: [SP, "Savannah Post"],
               PH: [PH, "The Pilipinas Herald", "PilipinasHerald.ph"], JB: [JB, "Jamaica Beacon"]}
# alternatives for a credited agency that stands alone in a byline slot (see README: desks never, agencies accepted)
AUTHOR_ALTS = {"pai-pact-evening": [[], ["PAI"]], "pai-pact-morning": [[], ["PAI"]], "ih-sbp-nnp": [[], ["NNP"]],
               "ph-ferry": [[], ["Philippine Information Network"], ["PIN"]],
               "dm-rmg": [["A.K.M. Shahidul Haque"], ["A. K. M. Shahidul Haque"]]}


# WhatsApp pastes that name no outlet, only a savannahpost.co.ke link: null (strict) or the outlet the link's
# domain belongs to (a reasonable archivist's reading) are both accepted
OUTLET_FROM_URL = {"sp-maize", "sp-teachers-talks"}


def outlets_for(aid):
    a = ART[aid]
    if aid == "pai-pact-evening":
        return OUTLET_ALTS[DL] + OUTLET_ALTS[DT] + OUTLET_ALTS[DM]
    if aid == "pai-pact-morning":
        return OUTLET_ALTS[DT]
    return OUTLET_ALTS[a["outlet"]]


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    build_epaper()
    build_media_review()
    build_monitor()
    build_whatsapp()
    build_clarion()
    build_dalal()
    build_deccan_pages()
    build_dhaka()
    build_indus()
    build_beacon()
    build_pilipinas()
    build_pulsewire()
    build_savannah()
    assert sorted(os.listdir(DUMPS)) == ALL, sorted(os.listdir(DUMPS))
    assert set(ART) == set(COPIES), set(ART) ^ set(COPIES)
    for src, aids in IN_FILE.items():
        for aid in aids:
            addmn(aid, FILE_MN[src])
    raws = {}
    for fn in ALL:
        b = open(os.path.join(DUMPS, fn), "rb").read()
        raws[fn] = html.unescape(b.decode("cp1252" if fn == F_MR else "utf-8-sig"))
        if fn == F_PW:
            raws[fn] = "\n".join(json.dumps(json.loads(x), ensure_ascii=False) for x in raws[fn].splitlines())
    flat = {fn: " ".join(re.sub(r"<[^>]+>", "", r).split()) for fn, r in raws.items()}
    gold = []
    for aid, a in ART.items():
        cps = sorted(COPIES[aid], key=lambda c: (ALL.index(c[0]), c[1]))
        srcs = {c[0] for c in cps}
        titles = list(TITLES[aid])
        # the keeper's headline first: the first copy's
        first_src = cps[0][0]
        mn = list(MUSTNOT.get(aid, []))
        authors = AUTHOR_ALTS.get(aid, [list(a["authors"])])
        g = {"id": aid, "title": titles, "outlet": outlets_for(aid), "date": a["date"], "authors": authors}
        if aid not in NO_URL:
            g["url"] = URL[aid]
        g["must_not"] = mn
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        g["_first"] = (ALL.index(first_src), cps[0][1])
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
    bodies = [c["body"] for g in gold for c in g["copies"]]
    for g in gold:
        bad = [m for m in g["must_not"] if any(m in b for b in bodies)]
        assert not bad, (g["id"], bad)
    for g in gold:
        hay = " ".join(raws[c["source"]] for c in g["copies"]).lower()
        g["outlet"] = [o for o in g["outlet"] if o.lower() in hay or g["id"] in OUTLET_FROM_URL]
        if g["id"] in OUTLET_FROM_URL:
            g["outlet"] = [None] + g["outlet"]
        assert g["outlet"], g["id"]
        # must_not: only strings that really occur around this article's copies
        missing = [m for m in g["must_not"] if not any(m in raws[c["source"]] or " ".join(m.split()) in flat[c["source"]]
                                                         for c in g["copies"])]
        assert not missing, (g["id"], missing)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {len(bodies)} copies, {sum(1 for g in gold if len(g['copies']) > 1)} duplicate "
          f"groups, {len(ALL)} files, {sum(len(g['must_not']) for g in gold)} must_not, "
          f"{sum(os.path.getsize(os.path.join(DUMPS, f)) for f in ALL)} bytes")


if __name__ == "__main__":
    main()
