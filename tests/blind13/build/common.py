# -*- coding: utf-8 -*-
"""Shared helpers for the blind13 renderers: copy registration, escaping, writing."""
import html
import os

from articles import ART

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")

COPIES, MUSTNOT, POS = {}, {}, {}
WARC_TEXT = {}   # dump name -> decoded HTML of the pages inside a WARC (for build_set's title/must_not checks)

F_WARC = "NIGHTRAIL-20261208093015-00000-crawler03.warc.gz"
F_AP = "alliedpressnews.com_article_channel-tunnel-rail-strike-transmanche.html"
F_PASTE = "copied from browser - night trains.txt"
F_PEN = "diariopeninsular.es_economia_2026-12-02_el-tren-nocturno-madrid-lisboa-volvera-a-circular-en-primavera.html"
F_KCG = "kentcoastgazette.co.uk_2026_12_04_channel-tunnel-rail-strike-st-pancras.html"
F_CNN = "www.capitalnewsnet.com_2026_12_02_travel_crescent-line-sleeper-train-chicago-new-orleans_index.html"
F_PAD = "www.corrierepadano.it_cronache_26_dicembre_05_treni-notturni-calabria-perde-collegamento-milano.shtml.html"
F_TEJO = "www.diariodotejo.pt_economia_noticia_comboio-nocturno-lisboa-madrid-regressa-abril-2103344.html"
F_HAP = "www.hessische-abendpost.de_wirtschaft_aus-fuer-nachtzug-hamburg-wien-art-2231907.html"
F_LEDGER = "www.hudsonledger.com_2026_12_03_world_europe_night-trains-sleeper-cars.html"
F_COUR = "www.lecourrierrhodanien.fr_economie_article_2026_12_03_le-train-de-nuit-paris-nice-menace_6123456_3234.html"
F_AMP = "www.medwayeveningpost.co.uk_news_thousands-stranded-tunnel-strike-8841.amp.html"
F_MER = "www.meridiannews.com_business_autos-transportation_alpenbahn-orders-40-sleeper-coaches-2026-12-01.html"
F_OBK = "www.oberrhein-kurier.de_panorama_nachtzug-hamburg-wien-eingestellt-id4471982.html"
ALL_FILES = sorted([F_WARC, F_AP, F_PASTE, F_PEN, F_KCG, F_CNN, F_PAD, F_TEJO, F_HAP, F_LEDGER, F_COUR, F_AMP, F_MER,
                    F_OBK])


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


def P(aid, edited=False, trim=0):
    a = ART[aid]
    ps = list(a["paras"])
    if edited:
        for i, p in a["edited"].items():
            ps[i] = p
    if trim:
        ps = ps[:-trim]
    return ps


def straight(s, dash="--"):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace(" \u2014 ", f" {dash} ").replace("\u2014", dash).replace("\u2013", "-").replace("\u2026", "...")
    return s


def write(name, data, encoding="utf-8"):
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(data.encode(encoding))


def write_bytes(name, b):
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(b)


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def jsonld(obj):
    import json
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")
