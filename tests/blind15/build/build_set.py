# -*- coding: utf-8 -*-
"""Build tests/blind15/dumps/* and tests/blind15/gold.json from articles.py.

usage: /work/main/.venv/bin/python tests/blind15/build/build_set.py

Deterministic: OCR noise comes from random.Random(fixed seed per copy) over fixed substitution lists; no clock.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ART  # noqa: E402

ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")

F_BNA = "BNA_WestminsterEveningGazette_1929-06-08_p7_art3_ocr.txt"
F_PP1 = "PapersPast_TIMEP19290610.2.47.txt"
F_PP2 = "PapersPast_WANEC19290605.2.31.txt"
F_PP3 = "PapersPast_WANEC19290612.2.40.txt"
F_S3 = "chroniclingamerica_sn84022345_1929-06-03_ed-1_seq-1_ocr.txt"
F_S4 = "chroniclingamerica_sn84022345_1929-06-04_ed-1_seq-1_ocr.txt"
F_R3 = "chroniclingamerica_sn86091522_1929-06-03_ed-1_seq-1_ocr.txt"
F_R4 = "chroniclingamerica_sn86091522_1929-06-04_ed-1_seq-2_ocr.txt"
F_NOTES = "research_notes_albatross_flight_1929.txt"
F_TROVE = "trove_api_newspaper_albatross_1929-06.json"
ALL = [F_BNA, F_PP1, F_PP2, F_PP3, F_S3, F_S4, F_R3, F_R4, F_NOTES, F_TROVE]
assert ALL == sorted(ALL), sorted(ALL)

COPIES, MUSTNOT, TITLES, OUTLETS, POS = {}, {}, {}, {}, {}
FILE_CHROME = {}

# ------------------------------------------------------------------ helpers
def add_unique(d, k, vals):
    lst = d.setdefault(k, [])
    for v in vals:
        if v is not None and v not in lst:
            lst.append(v)


def reg(aid, src, paras, titles, outlets, must_not=()):
    body = "\n\n".join(" ".join(p.split()) for p in paras)
    pos = POS.get(src, 0)
    POS[src] = pos + 1
    COPIES.setdefault(aid, []).append((src, pos, body))
    add_unique(TITLES, aid, titles)
    add_unique(OUTLETS, aid, outlets)
    add_unique(MUSTNOT, aid, [" ".join(s.split()) for s in must_not])


SUBS = {"the": ["tbe", "tho", "the."], "The": ["Tlie", "Tbe"], "and": ["aud", "nnd"], "that": ["tbat"],
        "of": ["ot", "of."], "in": ["iu"], "with": ["witb"], "he": ["be"], "was": ["wns"], "to": ["lo", "t o"],
        "his": ["bis"], "had": ["bad"], "at": ["nt"], "I": ["|"], "for": ["tor"], "this": ["tbis"]}
CHARS = [("m", "rn"), ("h", "li"), ("e", "c"), ("n", "u"), ("i", "l"), ("o", "c"), ("s", "a")]


def ocr(paras, seed, rate):
    """Fixed-seed OCR noise over fixed substitution lists; the first three words of a copy are left alone."""
    rng = random.Random(seed)
    out, n = [], 0
    for p in paras:
        words = p.split(" ")
        for i, w in enumerate(words):
            n += 1
            if n <= 3 or rng.random() >= rate:
                continue
            core = w.strip(".,;:\"'")
            lead = w[:len(w) - len(w.lstrip("\"'"))]
            tail = w[len(lead) + len(core):]
            if core in SUBS:
                words[i] = lead + rng.choice(SUBS[core]) + tail
            elif core.isalpha() and core.islower() and len(core) >= 4:
                cands = [(a, b) for a, b in CHARS if a in core[1:]]
                if cands:
                    a, b = rng.choice(cands)
                    k = core.index(a, 1)
                    words[i] = lead + core[:k] + b + core[k + 1:] + tail
            elif lead == "\"":
                words[i] = rng.choice(["''", "'", "\u201e"]) + w[1:]
            elif tail == ",":
                words[i] = lead + core + "."
        out.append(" ".join(words))
    return out


def lines(p, width):
    """Narrow-column OCR lines; long lower-case words are split with a hyphen at the line end."""
    out, cur = [], ""
    for w in p.split():
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            room = width - len(cur) - 2
            core = w.rstrip(".,;:\"'")
            if room >= 3 and core.isalpha() and core.islower() and len(core) >= 7 and "-" not in w:
                # split after a vowel and before a consonant (a syllable-ish break), >= 3 letters each side
                V = "aeiouy"
                span = range(min(room, len(core) - 3), 2, -1)
                k = next((j for j in span if core[j - 2] in V and core[j - 1] not in V and core[j] not in V), 0) \
                    or next((j for j in span if core[j - 1] in V and core[j] not in V), 0)
                if k >= 3:
                    out.append(cur + " " + w[:k] + "-")
                    cur = w[k:]
                    continue
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


def trim(aid, drop=0):
    ps = list(ART[aid]["paras"])
    return ps[:len(ps) - drop] if drop else ps


def write(name, text):
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(text.encode("utf-8"))


# ------------------------------------------------------------------ Chronicling America OCR pages
S_NAME, R_NAME = "Stockton Evening Courier", "Reno Evening Herald"
S_OUT = [S_NAME, "The Stockton Evening Courier"]
R_OUT = [R_NAME, "The Reno Evening Herald"]
CP_CREDIT = "(By the Continental Press)"


def ca_page(fname, masthead, items):
    """items: ('art', aid, headline_lines, deck_lines, credit_lines, paras, seed, rate, break_after)
              ('ad', lines)"""
    out = list(masthead) + [""]
    for it in items:
        if it[0] == "ad":
            out += it[1] + [""]
            continue
        _, aid, head, deck, credit, paras, seed, rate, inter = it
        noisy = ocr(paras, seed, rate)
        out += head + deck + credit
        for i, p in enumerate(noisy):
            ls = lines(p, 34)
            if inter and inter.get("col") is not None and inter["col"][0] == i:
                k = inter["col"][1]
                out += ls[:k] + [""] + ls[k:]
            else:
                out += ls
            if i == 1 and seed % 2 and len(noisy) > 2:
                out += [JUNK[len(REGS) % len(JUNK)]]          # OCR debris from a column rule between paragraphs
            if inter and inter.get("ad") is not None and inter["ad"][0] == i:
                out += [""] + inter["ad"][1] + [""]
        tail = inter.get("tail") if inter else None
        if tail:
            out += [tail]
        out += [""]
        yield_ = (aid, noisy, " ".join(head), deck, credit, inter)
        REGS.append((fname,) + yield_)
    write(fname, "\n".join(out).rstrip("\n") + "\n")


REGS = []
JUNK = ["\u25a0", "| .", "' \u2022", "i", "*"]


def build_ca():
    mast_s3 = ["STOCKTON EVENING COURIER", "HOME EDITION WEATHER\u2014Fair tonight and Tuesday; moderate westerly winds",
               "VOL. LXXI, NO. 129 STOCKTON, CALIFORNIA, MONDAY, JUNE 3, 1929 PRICE FIVE CENTS",
               "Member of the Continental Press \u2014 Full Leased Wire"]
    mast_s4 = ["STOCKTON EVENING COURIER", "HOME EDITION WEATHER\u2014Fair tonight and Wednesday; little change",
               "VOL. LXXI, NO. 130 STOCKTON, CALIFORNIA, TUESDAY, JUNE 4, 1929 PRICE FIVE CENTS",
               "Member of the Continental Press \u2014 Full Leased Wire"]
    mast_r3 = ["RENO EVENING HERALD", "FINAL", "NEVADA'S LEADING EVENING NEWSPAPER",
               "VOL. XXXVIII RENO, NEVADA, MONDAY, JUNE 3, 1929 NO. 131", "Temperature at noon, 71."]
    # an inside page: no masthead, only the running head (the only place the date is stated)
    mast_r4 = ["TWO RENO EVENING HERALD, RENO, NEVADA TUESDAY, JUNE 4, 1929",
               "BUY IT IN RENO \u2014 RENO MERCHANTS SERVE YOU BEST"]
    ad_dairy = ["GOLDEN STATE DAIRY", "Pasteurized Milk and Cream", "Phone 4-1180 \u2014 Prompt Delivery"]
    ad_lost = ["LOST\u2014Brown leather purse containing", "keys, on Main street Saturday. Re-",
               "ward. Phone 2-6634."]
    ad_tire = ["SIERRA TIRE SHOP", "Balloon Tires Vulcanized While You", "Wait \u2014 235 Sierra St."]
    ad_hotel = ["HOTEL GOLDEN", "Rooms $1.50 and Up \u2014 Steam Heat", "Coffee Shop Open All Night"]
    ad_drug = ["OWL DRUG CO.", "Kodak Films Developed \u2014 24 Hour", "Service. 131 E. Main."]

    REGS.clear()
    ca_page(F_S3, mast_s3, [
        ("art", "cp-hopoff", ["ALBATROSS HOPS OFF", "FOR HAWAII"],
         ["Wrexley and Tremayne Roar Away", "From Oakland Airport at Dawn", "on First Leg of Long Flight"],
         [CP_CREDIT], trim("cp-hopoff"), 31, 0.06, {"col": (2, 3)}),
        ("ad", ad_dairy),
        ("art", "sec-own", ["COURIER MAN SEES", "GIANT SHIP RISE"], ["Four Thousand Hold Breath as",
         "Albatross Clears the Fence"], ["By JAMES T. HALLORAN", "Courier Staff Correspondent"],
         trim("sec-own"), 32, 0.05, None),
        ("ad", ad_lost),
        ("art", "sec-paving", ["COUNCIL VOTES", "PAVING BONDS"], ["Special Election Called for July", "16 on $340,000 Issue"],
         [], trim("sec-paving"), 33, 0.05, {"tail": "(Continued on Page Two)"}),
        ("ad", ad_drug),
    ])
    ca_page(F_S4, mast_s4, [
        ("art", "cp-honolulu", ["ALBATROSS SAFE", "AT HONOLULU"],
         ["Fliers Complete 2,400-Mile Hop", "in 26 Hours; Rest Before Next", "Leg of Journey to Suva"],
         [CP_CREDIT], trim("cp-honolulu"), 41, 0.06, {"col": (0, 5)}),
        ("art", "sec-own2", ["STOCKTON YOUTH TUNED", "ALBATROSS MOTORS"], [], [], trim("sec-own2"), 42, 0.05, None),
        ("ad", ad_dairy),
        ("art", "sec-camp", ["STATE MEN INSPECT", "LABOR CAMPS"], [], [], trim("sec-camp"), 43, 0.05, None),
    ])
    ca_page(F_R3, mast_r3, [
        ("art", "reh-own", ["RENO FLIER PREDICTS", "SUCCESS"], ["Air Mail Pilot Who Flew With", "Wrexley in France Sure of", "Australia Hop"],
         [], trim("reh-own"), 51, 0.07, {"ad": (1, ad_tire)}),
        ("art", "cp-hopoff", ["PACIFIC FLIERS ON", "WAY TO HONOLULU"], ["Albatross Leaves Oakland With", "Two Aboard"],
         [CP_CREDIT], trim("cp-hopoff", 2), 52, 0.07, None),
        ("ad", ad_hotel),
        ("art", "reh-fair", ["FAIR BOARD NAMES", "MANAGER"], [], [], trim("reh-fair"), 53, 0.06, None),
    ])
    ca_page(F_R4, mast_r4, [
        ("art", "cp-honolulu", ["WREXLEY LANDS", "IN HAWAII"], ["Albatross Down at Wheeler", "Field After Night of Rain"],
         [CP_CREDIT], trim("cp-honolulu", 1), 61, 0.07, None),
        ("art", "reh-mine", ["TONOPAH LEASE SOLD"], [], [], trim("reh-mine"), 62, 0.06, None),
        ("ad", ad_hotel),
    ])
    chrome = {F_S3: mast_s3 + ad_dairy + [" ".join(ad_lost)] + ad_drug + ["(Continued on Page Two)"],
              F_S4: mast_s4 + ad_dairy, F_R3: mast_r3 + ad_tire + ad_hotel, F_R4: mast_r4 + ad_hotel}
    outlets = {F_S3: S_OUT, F_S4: S_OUT, F_R3: R_OUT, F_R4: R_OUT}
    for fname, aid, noisy, head, deck, credit, inter in REGS:
        mn = chrome[fname] + [" ".join(deck)] + credit + [head]
        if credit:
            mn.append(credit[-1])
        if len(credit) == 2:
            mn.append(credit[1])
        reg(aid, fname, noisy, [head], outlets[fname], [m for m in mn if len(m) >= 10])


# ------------------------------------------------------------------ Trove API JSON
TROVE_TITLES = {
    "geel": ("The Geelong Evening Star (Vic. : 1921 - 1936)", "The Geelong Evening Star", "1034"),
    "laun": ("The Launceston Evening Echo (Tas. : 1920 - 1941)", "The Launceston Evening Echo", "1188"),
    "rock": ("The Rockhampton Evening News (Qld. : 1921 - 1954)", "The Rockhampton Evening News", "1412"),
    "bem": ("The Brisbane Evening Mail (Qld. : 1903 - 1939)", "The Brisbane Evening Mail", "977"),
}
EPC_AU = "(Empire Press Cable.)"


def tv_outlets(key):
    full, name, _ = TROVE_TITLES[key]
    return [name, name[4:], full]


def build_trove(recs_out):
    recs = [
        # (paper, date, page, id, aid, heading, lead_lines, paras, seed, corrections, drop)
        ("geel", "1929-06-05", "1", 67120431, "epc-honolulu", "PACIFIC FLIGHT.", [EPC_AU], 1, 71, 0),
        ("rock", "1929-06-05", "5", 52981104, "epc-honolulu", "ALBATROSS REACHES HAWAII.", [EPC_AU], 0, 72, 3),
        ("geel", "1929-06-06", "1", 67120502, "epc-fuel", "START FROM HAWAII POSTPONED.", [EPC_AU], 0, 73, 0),
        ("laun", "1929-06-06", "3", 44870219, "epc-fuel", "ALBATROSS DELAYED.", ["OIL PIPE CRACKED.", EPC_AU], 1, 74, 0),
        ("rock", "1929-06-06", "5", 52981377, "epc-fuel", "PACIFIC FLIGHT DELAYED.", [EPC_AU], 0, 75, 1),
        ("geel", "1929-06-08", "1", 67120688, "epc-suva", "ALBATROSS AT FIJI.", [EPC_AU], 1, 76, 0),
        ("rock", "1929-06-08", "5", 52981590, "epc-suva", "AT SUVA.", ["SECOND STAGE COMPLETED.", EPC_AU], 0, 77, 0),
        ("bem", "1929-06-10", "9", 21445087, "bem-own", "THOUSANDS AT EAGLE FARM.",
         ["SCENES AT AERODROME.", "(By a Staff Reporter.)"], 0, 78, 5),
        ("geel", "1929-06-10", "1", 67120750, "epc-brisbane", "PACIFIC CONQUERED.", [EPC_AU], 0, 79, 0),
        ("laun", "1929-06-10", "5", 44870466, "epc-brisbane", "FLIGHT ENDS AT BRISBANE.", [EPC_AU], 0, 80, 2),
        ("laun", "1929-06-10", "5", 44870467, "epc-tremayne", "THE NAVIGATOR.", ["A QUEENSLANDER.", EPC_AU], 0, 81, 0),
        ("rock", "1929-06-10", "4", 52981822, "epc-tremayne", "NAVIGATOR'S CAREER.", [EPC_AU], 1, 82, 0),
        ("laun", "1929-06-12", "7", 44870631, "epc-sydney", "WELCOME IN SYDNEY.", [EPC_AU], 0, 83, 0),
        ("rock", "1929-06-12", "5", 52982093, "epc-sydney", "AIRMEN IN SYDNEY.", ["GREAT CROWD AT MASCOT.", EPC_AU], 0, 84, 1),
    ]
    arts = []
    for paper, date, page, tid, aid, heading, lead, drop, seed, corr, _ in [r[:9] + (r[9], 0) for r in recs]:
        paras = trim(aid, drop)
        noisy = ocr(paras, seed, 0.04)
        ptxt = ["<p>" + "\n".join(f"<span>{l}</span>" for l in lines(lh, 40)) + "</p>" for lh in lead]
        for p in noisy:
            ptxt.append("<p>" + "\n".join(f"<span>{esc(l)}</span>" for l in lines(p, 40)) + "</p>")
        full, name, title_id = TROVE_TITLES[paper]
        arts.append({
            "id": str(tid), "url": f"/newspaper/{tid}", "heading": heading, "category": "Article",
            "title": {"id": title_id, "value": full}, "date": date, "page": page, "pageSequence": page,
            "troveUrl": f"https://trove.nla.gov.au/newspaper/article/{tid}", "illustrated": "N",
            "wordCount": str(len(" ".join(lead + noisy).split())), "correctionCount": str(corr),
            "listCount": "0", "tagCount": "0", "commentCount": "0",
            "identifier": f"https://nla.gov.au/nla.news-article{tid}",
            "trovePageUrl": f"https://trove.nla.gov.au/ndp/del/page/{tid // 7}",
            "relevance": {"score": "%.6f" % (9.5 - len(arts) * 0.41), "value": "very relevant"},
            "articleText": "".join(ptxt)})
        mn = [l for l in lead] + [full]
        titles = [heading, heading.rstrip(".")]
        reg(aid, F_TROVE, noisy, titles, tv_outlets(paper), [m for m in mn if len(m) >= 10])
        if aid == "bem-own":
            recs_out["bem-own"] = f"https://trove.nla.gov.au/newspaper/article/{tid}"
    doc = {"response": {"query": "albatross wrexley", "zone": [{"name": "newspaper", "records": {
        "s": "*", "n": str(len(arts)), "total": str(len(arts)), "nextStart": None, "article": arts}}]}}
    del doc["response"]["zone"][0]["records"]["nextStart"]
    write(F_TROVE, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ Papers Past saved article text
PP_RIGHTS = ("This newspaper is not known to be subject to copyright in New Zealand. You can reuse this item in any "
             "way you want.")


def papers_past(fname, aid, heading, deck, paper, vol, issue, date_s, page, code, received, seed, outlets):
    paras = trim(aid)
    noisy = ocr(paras, seed, 0.03)
    cite = f"{paper}, Volume {vol}, Issue {issue}, {date_s}, Page {page}"
    credit = "EMPIRE PRESS CABLE.\u2014COPYRIGHT."
    out = [f"Papers Past \u2014 Newspapers \u2014 {paper} \u2014 {date_s} \u2014 {heading}", "", heading, cite, "",
           "Word Count", str(len(" ".join(noisy).split())), "", heading, "", deck, "", credit, received, ""]
    for p in noisy:
        out += [p, ""]
    out += [f"https://paperspast.natlib.govt.nz/newspapers/{code}", "", "Using This Item", PP_RIGHTS, cite,
            "", "National Library of New Zealand \u2014 Te Puna M\u0101tauranga o Aotearoa", ""]
    write(fname, "\n".join(out))
    reg(aid, fname, noisy, [heading], outlets,
        [deck, credit, received, cite, PP_RIGHTS, "Using This Item", f"Papers Past \u2014 Newspapers \u2014 {paper}",
         "National Library of New Zealand"])


# ------------------------------------------------------------------ BNA-style plain OCR export
def bna():
    aid = "epc-suva"
    noisy = ocr(trim(aid), 91, 0.05)
    head = ["Source: British Newspaper Archive (plain OCR export)",
            "Newspaper: Westminster Evening Gazette",
            "Date: Saturday 08 June 1929",
            "Page: 7",
            "Region: London, England",
            "Type: Article",
            "Article title: PACIFIC AIRMEN REACH FIJI",
            f"Word count: {len(' '.join(noisy).split())}",
            "OCR confidence: 81%",
            "Rights: \u00a9 Findmypast Newspaper Archive Limited. All rights reserved.",
            "=" * 48, ""]
    body = ["PACIFIC AIRMEN", "REACH FIJI", "", "ALBATROSS LANDS IN", "A PARK", "", "EMPIRE PRESS CABLE.", ""]
    for p in noisy:
        body += lines(p, 44)
    write(F_BNA, "\n".join(head + body) + "\n")
    reg(aid, F_BNA, noisy, ["PACIFIC AIRMEN REACH FIJI"], ["Westminster Evening Gazette"],
        ["British Newspaper Archive", "Newspaper: Westminster Evening Gazette", "Date: Saturday 08 June 1929",
         "Region: London, England", "OCR confidence: 81%", head[9], "ALBATROSS LANDS IN A PARK",
         "EMPIRE PRESS CABLE."])


# ------------------------------------------------------------------ researcher's notes (hand transcriptions)
NOTES_HEAD = """ALBATROSS FLIGHT, JUNE 1929 -- CLIPPINGS
Working notes for the Pacific aviation chapter. Transcribed by hand from
microfilm (Stockton and Reno papers) and from the NZ / Australian papers.
Spelling and punctuation as printed; OCR not trusted, so typed fresh.
Last tidied 14 Feb.

----------------------------------------------------------------------
"""
NOTES = [
    ("cp-hopoff", "Stockton Evening Courier, Mon. June 3, 1929, p. 1, cols. 1-2.", "ALBATROSS HOPS OFF FOR HAWAII",
     "Wire story (Continental Press). Reno printed a shorter version the same evening.", 0),
    ("sec-own2", "Stockton Evening Courier, Tues. June 4, 1929, p. 1, col. 5.", "STOCKTON YOUTH TUNED ALBATROSS MOTORS",
     "Local angle -- Kessling family. Try to trace Carl K. (city directory 1930?).", 0),
    ("cp-honolulu", "Stockton Evening Courier, Tues. June 4, 1929, p. 1, cols. 1-2.", "ALBATROSS SAFE AT HONOLULU",
     "Compare the Australian cable version of the same landing (below) -- different wording.", 0),
    ("reh-own", "Reno Evening Herald, Mon. June 3, 1929, p. 1, col. 3.", "RENO FLIER PREDICTS SUCCESS",
     "Morrow = later airport manager at Elko? Check.", 0),
    (None, "Reno Evening Herald, Wed. June 5, 1929, p. 8.", "CROWDS AT FIELD FOR NEWS",
     "Not transcribed -- short par., microfilm too dark to read. Order a print.", 0),
    ("epc-honolulu", "Wanganui Evening Courier, 5 June 1929, p. 7 (Papers Past).", "AIRMEN AT HONOLULU",
     "Same cable in the Geelong and Rockhampton papers (Trove).", 0),
    ("epc-suva", "Westminster Evening Gazette, 8th June 1929, p. 7 (BNA).", "PACIFIC AIRMEN REACH FIJI",
     "London printed the Suva landing the next day.", 0),
    ("bem-own", "The Brisbane Evening Mail, Monday, 10th June, 1929, p. 9 (Trove).", "THOUSANDS AT EAGLE FARM",
     "Own reporter, not the cable. Best description of the landing.", 0),
]


def notes():
    out = [NOTES_HEAD]
    n = 0
    for aid, cite, head, remark, _ in NOTES:
        n += 1
        out.append(f"[{n}] {cite}")
        out.append(f'    "{head}"')
        out.append("")
        if aid:
            ps = trim(aid)
            if aid == "cp-hopoff":
                ps = [p.replace("\u2014", "--") for p in ps]
            for p in ps:
                out += [p, ""]
        out.append(f"    NOTE: {remark}")
        out.append("")
        out.append("-" * 70)
        out.append("")
        if aid:
            ps = [p.replace("\u2014", "--") for p in trim(aid)] if aid == "cp-hopoff" else trim(aid)
            paper = cite.split(",")[0]
            outs = {"Stockton Evening Courier": S_OUT, "Reno Evening Herald": R_OUT,
                    "Wanganui Evening Courier": ["Wanganui Evening Courier"],
                    "Westminster Evening Gazette": ["Westminster Evening Gazette"],
                    "The Brisbane Evening Mail": tv_outlets("bem")}[paper]
            reg(aid, F_NOTES, ps, [head], outs,
                ["CLIPPINGS", "Transcribed by hand from", "NOTE: " + remark, cite, "Working notes for the Pacific"])
    out.append("(end)")
    write(F_NOTES, "\n".join(out) + "\n")


# ------------------------------------------------------------------ gold
AUTHORS = {"cp-hopoff": [[], ["Continental Press"]], "cp-honolulu": [[], ["Continental Press"]],
           "sec-own": [["James T. Halloran"]]}
EPC_IDS = {"epc-honolulu", "epc-fuel", "epc-suva", "epc-brisbane", "epc-tremayne", "epc-sydney"}


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    urls = {}
    bna()
    papers_past(F_PP1, "epc-brisbane", "ALBATROSS IN BRISBANE", "END OF PACIFIC FLIGHT", "Timaru Evening Post",
                "LIV", "8126", "10 June 1929", "9", "TIMEP19290610.2.47", "(Received June 9, 10.40 p.m.)", 101,
                ["Timaru Evening Post"])
    papers_past(F_PP2, "epc-honolulu", "AIRMEN AT HONOLULU", "PACIFIC FLIGHT'S FIRST STAGE",
                "Wanganui Evening Courier", "LXIV", "131", "5 June 1929", "7", "WANEC19290605.2.31",
                "(Received June 5, 9.15 p.m.)", 102, ["Wanganui Evening Courier"])
    papers_past(F_PP3, "epc-sydney", "AIRMEN IN SYDNEY", "ENTHUSIASTIC WELCOME", "Wanganui Evening Courier",
                "LXIV", "137", "12 June 1929", "5", "WANEC19290612.2.40", "(Received June 11, 11.5 p.m.)", 103,
                ["Wanganui Evening Courier"])
    build_ca()
    notes()
    build_trove(urls)
    gold = []
    order = sorted(COPIES, key=lambda a: (ALL.index(COPIES[a][0][0]), COPIES[a][0][1]))
    for aid in order:
        cps = sorted(COPIES[aid], key=lambda c: (ALL.index(c[0]), c[1]))
        body0 = cps[0][2]
        authors = AUTHORS.get(aid) or ([[], ["Empire Press Cable"]] if aid in EPC_IDS else [[]])
        mn = [m for m in MUSTNOT[aid] if len(m) >= 10]
        titles = []
        for t in TITLES[aid]:
            for v in (t, t.rstrip(".")):
                if v not in titles:
                    titles.append(v)
        g = {"id": aid, "title": titles, "outlet": OUTLETS[aid], "date": ART[aid]["date"], "authors": authors}
        if aid in urls:
            g["url"] = urls[aid]
        g["must_not"] = mn
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        gold.append(g)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {sum(len(g['copies']) for g in gold)} copies")


if __name__ == "__main__":
    main()
