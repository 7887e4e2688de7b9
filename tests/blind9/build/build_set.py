# -*- coding: utf-8 -*-
"""Build tests/blind9/dumps/* and tests/blind9/gold.json from articles.py.

usage: /work/main/.venv/bin/python tests/blind9/build/build_set.py
"""
import html
import json
import os
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ART  # noqa: E402
from common import ALL_FILES, COPIES, DUMPS, MUSTNOT, ROOT, ascii7, straight  # noqa: E402
import render_data  # noqa: E402
import render_markup  # noqa: E402
import render_text  # noqa: E402


def hosts(url):
    host = urlparse(url).netloc
    bare = host[4:] if host.startswith("www.") else host
    return [bare] + (["www." + bare] if host.startswith("www.") else [])


def gold_meta(aid):
    a = ART[aid]
    titles = [a["title"]]
    for v in (straight(a["title"]), ascii7(a["title"])):
        if v not in titles:
            titles.append(v)
    titles += [a[k] for k in ("synd_title",) if a.get(k)] + a.get("extra_titles", [])
    if a["outlet"] is None:
        outlets = [None]
    else:
        outlets = [a["outlet"]] + a.get("extra_outlets", [])
        if a["url"]:
            outlets += [h for h in hosts(a["url"]) if h not in outlets]
        if a.get("synd_outlet"):
            outlets.append(a["synd_outlet"])
        if a.get("synd_url"):
            outlets += [h for h in hosts(a["synd_url"]) if h not in outlets]
    authors = [a["authors"]] + ([a["alt_authors"]] if a.get("alt_authors") else [])
    g = {"id": aid, "title": titles, "outlet": outlets, "date": a["date"], "authors": authors}
    if a["url"]:
        g["url"] = a["url"]
    return g


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    render_markup.build_fv()
    render_text.build_ov()
    render_markup.build_wb()
    render_markup.build_en()
    render_text.build_us()
    render_markup.build_cs()
    render_data.build_er()
    render_data.build_dg()
    render_markup.build_wx()
    render_markup.build_rv()
    render_data.build_ts()
    render_data.build_tg()
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
    # keep only the title spellings that some copy's dump actually states (quotes / accents vary by format)
    texts = {}
    for fn in ALL_FILES:
        b = open(os.path.join(DUMPS, fn), "rb").read()
        for enc in ("utf-8-sig", "cp1252", "latin-1"):
            try:
                t = b.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        texts[fn] = html.unescape(t).lower()
    for g in gold:
        srcs = {c["source"] for c in g["copies"]}
        keep = [t for t in g["title"] if any(t.lower() in texts[s] for s in srcs)]
        g["title"] = [g["title"][0]] + [t for t in keep if t != g["title"][0]] if keep else g["title"]
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
