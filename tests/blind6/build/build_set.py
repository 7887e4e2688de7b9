# -*- coding: utf-8 -*-
"""Build tests/blind6/dumps/* and tests/blind6/gold.json from articles.py.

usage: /work/main/.venv/bin/python tests/blind6/build/build_set.py
"""
import json
import os
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ART  # noqa: E402
from common import COPIES, DUMPS, F_JL, MUSTNOT, ROOT, ALL_FILES  # noqa: E402
import render_data  # noqa: E402
import render_html  # noqa: E402
import render_text  # noqa: E402

# outlet spellings a fair reader may store besides the name (Nexis edition suffixes)
OUTLET_EXTRA = {
    "lt-cork-commuter": ["Leeside Times", "The Leeside Times (Online)"],
    "nhh-light-rail": ["Newcastle Harbour Herald (Australia)"],
    "grr-lrt-cambridge": ["Grand River Record (Ontario)"],
}
NO_URL = {"iaws-sleeper-trial"}   # only the syndicated copy has a URL: not checked
JL_TEXT = ""


def gold_meta(aid):
    a = ART[aid]
    titles = [a["title"]] + [a[k] for k in ("synd_title", "og_title") if a.get(k)]
    outlets = [a["outlet"]]
    if a["url"]:
        host = urlparse(a["url"]).netloc
        bare = host[4:] if host.startswith("www.") else host
        outlets.append(bare)
        if f'"source_domain": "www.{bare}"' in JL_TEXT:
            outlets.append("www." + bare)
    outlets += OUTLET_EXTRA.get(aid, [])
    if a.get("synd_outlet"):
        outlets.append(a["synd_outlet"])
    g = {"id": aid, "title": titles, "outlet": outlets, "date": a["date"], "authors": [a["authors"]]}
    if a["url"] and aid not in NO_URL:
        g["url"] = a["url"]
    return g


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    render_text.build_gg()
    render_text.build_ol()
    render_text.build_ga()
    render_html.build_wp()
    render_text.build_nx()
    render_html.build_lb()
    render_html.build_arc()
    render_html.build_amp()
    render_text.build_mw()
    render_data.build_jsonl()
    render_data.build_warc()
    render_data.build_mbox()
    missing = set(ART) - set(COPIES)
    assert not missing, missing
    assert sorted(os.listdir(DUMPS)) == ALL_FILES, sorted(os.listdir(DUMPS))
    global JL_TEXT
    JL_TEXT = open(os.path.join(DUMPS, F_JL), encoding="utf-8").read()
    gold = []
    for aid in ART:
        g = gold_meta(aid)
        cps = sorted(COPIES[aid], key=lambda c: (c[0], c[1]))
        g["must_not"] = MUSTNOT.get(aid, [])
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        g["_first"] = cps[0][:2]
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
    # key order as in the other gold files
    order = ["id", "title", "outlet", "date", "authors", "url", "must_not", "copies"]
    gold = [{k: g[k] for k in order if k in g} for g in gold]
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {sum(len(g['copies']) for g in gold)} copies, "
          f"{sum(1 for g in gold if len(g['copies']) > 1)} duplicate groups, {len(os.listdir(DUMPS))} files, "
          f"{sum(len(g['must_not']) for g in gold)} must_not")


if __name__ == "__main__":
    main()
