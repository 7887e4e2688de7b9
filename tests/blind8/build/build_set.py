# -*- coding: utf-8 -*-
"""Build tests/blind8/dumps/* and tests/blind8/gold.json from articles.py.

usage: /work/main/.venv/bin/python tests/blind8/build/build_set.py
"""
import json
import os
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ART  # noqa: E402
from common import ALL_FILES, COPIES, DUMPS, MUSTNOT, ROOT  # noqa: E402
import render_data  # noqa: E402
import render_html  # noqa: E402
import render_text  # noqa: E402


def hosts(url):
    host = urlparse(url).netloc
    bare = host[4:] if host.startswith("www.") else host
    return [bare] + (["www." + bare] if host.startswith("www.") else [])


def gold_meta(aid):
    a = ART[aid]
    titles = [a["title"]] + [a[k] for k in ("alt_title", "synd_title") if a.get(k)]
    if a["outlet"] is None:
        outlets = [None]
    else:
        outlets = [a["outlet"]]
        outlets += a.get("extra_outlets", [])
        if a["url"]:
            outlets += [h for h in hosts(a["url"]) if h not in outlets]
        if a.get("synd_outlet"):
            outlets.append(a["synd_outlet"])
        if a.get("synd_url"):
            outlets += [h for h in hosts(a["synd_url"]) if h not in outlets]
    g = {"id": aid, "title": titles, "outlet": outlets, "date": a["date"], "authors": [a["authors"]]}
    if a["url"]:
        g["url"] = a["url"]
    return g


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    render_html.build_ck()
    render_text.build_nx()
    render_text.build_pr()
    render_html.build_rb()
    render_text.build_uc()
    render_text.build_dg()
    render_data.build_nm()
    render_html.build_gd()
    render_data.build_csv()
    render_html.build_md()
    render_data.build_jl()
    missing = set(ART) - set(COPIES)
    assert not missing, missing
    assert sorted(os.listdir(DUMPS)) == ALL_FILES, sorted(os.listdir(DUMPS))
    gold = []
    for aid in ART:
        g = gold_meta(aid)
        cps = sorted(COPIES[aid], key=lambda c: (c[0], c[1]))
        g["must_not"] = MUSTNOT.get(aid, [])
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        g["_first"] = cps[0][:2]
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
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
