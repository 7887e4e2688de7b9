# -*- coding: utf-8 -*-
"""Build tests/blind22/dumps/* and tests/blind22/gold.json from articles.py (deterministic, byte-identical reruns).

usage: /work/main/.venv/bin/python tests/blind22/build/build_set.py

Theme: news pages as modern JavaScript-era sites serve them, saved from a browser by an archivist (one .html/.htm per
page): Next.js with the text only in __NEXT_DATA__, Arc XP Fusion, Nuxt 2, a metered paywall whose full text is only
in the JSON-LD, AMP (Google AMP cache and origin AMP with amp-subscriptions), a live blog, infinite-scroll saves that
hold several articles, and two syndication platforms.
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ART, BM, CC, NS, PH, SNS  # noqa: E402
from common import (COPIES, DUMPS, FILE_MN, IN_FILE, MUSTNOT, ROOT, TITLES, straight, write)  # noqa: E402
import site_aggregators  # noqa: E402
import site_courant  # noqa: E402
import site_herald  # noqa: E402
import site_meridian  # noqa: E402
import site_nspm  # noqa: E402

F_PHINF = "Belfast’s waterfront piers heavily damaged, harbor master says _ Penobscot Herald.html"
F_BM1 = "Crews race to restore power as outages top 400,000 in Massachusetts – The Boston Meridian.html"
F_AMP = "Crews race to restore power as outages top 400,000 in Massachusetts.html"
F_NSINF = "Gloucester seawall repair could top $14 million, city says _ Northshore Public Media.html"
F_LIVE = "Live updates_ Nor’easter batters New England coast – The Boston Meridian.htm"
F_HW = "Massachusetts outages top 400,000; utility warns some could wait until Tuesday - Headway News.html"
F_BMINF = "Most Massachusetts customers have power back, but Cape Ann waits – The Boston Meridian.html"
F_PH1 = "Penobscot Bay islands cut off as ferries idle and fuel runs low _ Penobscot Herald.html"
F_CCINF = "Portland opens warming centers as outages linger _ Casco Courant.html"
F_LP = "Storm surge swamps Portland's waterfront as nor'easter peaks at high tide - LocalPulse.html"
F_CC1D = "Storm surge swamps Portland’s waterfront as nor’easter peaks at high tide _ Casco Courant (1).html"
F_CC1 = "Storm surge swamps Portland’s waterfront as nor’easter peaks at high tide _ Casco Courant.html"
F_NS1 = "Waves break through Gloucester seawall, flooding homes near Stacy Boulevard _ Northshore Public Media.html"
F_PHAMP = "amp.htm"
ALL = [F_PHINF, F_BM1, F_AMP, F_NSINF, F_LIVE, F_HW, F_BMINF, F_PH1, F_CCINF, F_LP, F_CC1D, F_CC1, F_NS1, F_PHAMP]
assert ALL == sorted(ALL, key=lambda s: s.encode("utf-8")), sorted(ALL, key=lambda s: s.encode("utf-8"))

# URL of each article as a perfect archive would store it (None: not scored, see README)
NO_URL = {"sns-maine-outages", "bm-snow", "ns-marblehead", "ph-route1", "ph-store"}


def url_for(aid):
    if aid in NO_URL:
        return None
    o = ART[aid]["outlet"]
    if aid == "sns-rescue":
        return site_meridian.url(aid)
    return {CC: site_courant.url, BM: site_meridian.url, PH: site_herald.url, NS: site_nspm.url}[o](aid)


def outlets_for(aid):
    o = ART[aid]["outlet"]
    base = {CC: [CC], BM: [BM, "Boston Meridian"], PH: [PH, "The Penobscot Herald"],
            NS: [NS, "NSPM"], SNS: [SNS, "SNS"]}[o]
    if aid == "sns-maine-outages":
        base = base + [CC, PH]
    if aid == "sns-rescue":
        base = base + [BM, "Boston Meridian"]
    return base


def authors_for(aid):
    a = ART[aid]
    if a.get("staff_credit") or a.get("agency_credit"):
        return [list(a["authors"]), []]
    return [list(a["authors"])]


def build_pages():
    # Penobscot Herald, saved after scrolling (Chrome "Webpage, Complete"): five stories
    write(F_PHINF, site_herald.infinite_page(F_PHINF, ["ph-belfast", "sns-maine-outages", "ph-river", "ph-stonington",
                                                       "ph-shelters"], ["full", "full", "full", "full", "full"]))
    # The Boston Meridian: the story page (HTML only), its AMP version from the Google AMP cache, the live blog,
    # and an infinite-scroll DOM save
    write(F_BM1, site_meridian.fusion_page(F_BM1, ["bm-outages"], dom=False, kitchen=True))
    write(F_AMP, site_meridian.amp_cache_page(F_AMP, "bm-outages"))
    write(F_NSINF, site_nspm.page(F_NSINF, ["ns-wallcost", "ns-plum", "ns-willows", "ns-hospital", "ns-pantries"],
                                  dom=True))
    write(F_LIVE, site_meridian.live_page(F_LIVE))
    write(F_HW, site_aggregators.headway_page(F_HW, ["bm-outages", "cc-ferries", "ns-seawall", "sns-rescue", "bm-snow",
                                                     "ns-marblehead", "ph-route1"]))
    write(F_BMINF, site_meridian.fusion_page(F_BMINF, ["bm-restored", "bm-logan", "sns-rescue", "bm-gridbill",
                                                       "bm-schools"], dom=True))
    write(F_PH1, site_herald.paywall_page(F_PH1, "ph-islands"))
    write(F_CCINF, site_courant.page(F_CCINF, ["cc-ferries", "cc-grounding", "sns-maine-outages", "cc-refloat",
                                               "cc-warming", "cc-lobster"], dom=True, title_aid="cc-warming",
                                  variants={"sns-maine-outages": "trim5"}))
    write(F_LP, site_aggregators.localpulse_page(F_LP, ["cc-surge", "sns-maine-outages", "ph-river", "ph-store"]))
    write(F_CC1D, site_courant.page(F_CC1D, ["cc-surge"], dom=True, variant="updated"))
    write(F_CC1, site_courant.page(F_CC1, ["cc-surge"], dom=False, ssr_partial=True))
    write(F_NS1, site_nspm.page(F_NS1, ["ns-seawall"], dom=False))
    write(F_PHAMP, site_herald.amp_page(F_PHAMP, "ph-islands"))


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    build_pages()
    assert sorted(os.listdir(DUMPS), key=lambda s: s.encode("utf-8")) == ALL, sorted(os.listdir(DUMPS))
    assert set(ART) == set(COPIES), set(ART) ^ set(COPIES)
    for src, aids in IN_FILE.items():
        for aid in aids:
            for s in FILE_MN[src]:
                if s not in MUSTNOT[aid]:
                    MUSTNOT[aid].append(s)
    raws = {fn: html.unescape(open(os.path.join(DUMPS, fn), "rb").read().decode("utf-8")) for fn in ALL}
    gold = []
    for aid, a in ART.items():
        cps = sorted(COPIES[aid], key=lambda c: (ALL.index(c[0]), c[1]))
        srcs = {c[0] for c in cps}
        hay = " ".join(raws[s] for s in srcs)
        titles = []
        for t in TITLES[aid]:
            for v in (t, straight(t)):
                if v not in titles and v in hay:
                    titles.append(v)
        if a["title"] in titles:
            titles.remove(a["title"])
            titles.insert(0, a["title"])
        assert titles, aid
        mn = list(MUSTNOT[aid])
        for t in titles:
            if t not in mn:
                mn.append(t)
        outlets = [o for o in outlets_for(aid) if o.lower() in hay.lower()]
        assert outlets, aid
        g = {"id": aid, "title": titles, "outlet": outlets, "date": a["date"], "authors": authors_for(aid)}
        u = url_for(aid)
        if u:
            assert u in hay, (aid, u)
            g["url"] = u
        g["must_not"] = mn
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        g["_first"] = (ALL.index(cps[0][0]), cps[0][1])
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
    bodies = [c["body"] for g in gold for c in g["copies"]]
    for g in gold:
        bad = [m for m in g["must_not"] if any(m in b for b in bodies)]
        assert not bad, (g["id"], bad)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {len(bodies)} copies, {sum(1 for g in gold if len(g['copies']) > 1)} duplicate "
          f"groups, {len(ALL)} files, {sum(len(g['must_not']) for g in gold)} must_not, "
          f"{sum(os.path.getsize(os.path.join(DUMPS, f)) for f in ALL)} bytes")
    for fn in ALL:
        print(f"  {os.path.getsize(os.path.join(DUMPS, fn)):7d}  {fn}  {IN_FILE[fn]}")


if __name__ == "__main__":
    main()
