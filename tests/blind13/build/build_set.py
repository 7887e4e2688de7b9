# -*- coding: utf-8 -*-
"""Build tests/blind13/dumps/* and tests/blind13/gold.json from articles.py.

usage: /work/main/.venv/bin/python tests/blind13/build/build_set.py   (stdlib only; byte-identical on every run)
"""
import html
import json
import os
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ART  # noqa: E402
from common import ALL_FILES, COPIES, DUMPS, MUSTNOT, ROOT, WARC_TEXT, straight  # noqa: E402
import render_files  # noqa: E402


def hosts(url):
    host = urlparse(url).netloc
    bare = host[4:] if host.startswith("www.") else host
    return [bare] + (["www." + bare] if host.startswith("www.") else [])


def gold_meta(aid):
    a = ART[aid]
    titles = [a["title"]]
    for t in [a["title"]] + a["alt_titles"] + a.get("synd_titles", []):
        for v in (t, straight(t)):
            if v not in titles:
                titles.append(v)
    outlets = [a["outlet"]] + a.get("extra_outlets", []) + a.get("synd_outlets", [])
    for u in [a["url"]] + a.get("synd_urls", []):
        outlets += [h for h in hosts(u) if h not in outlets]
    authors = [a["authors"]] + ([a["alt_authors"]] if a.get("agency_only") else [])
    g = {"id": aid, "title": titles, "outlet": outlets, "date": a["date"], "authors": authors}
    if a["url"]:
        g["url"] = a["url"]
    return g


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    render_files.build_all()
    missing = set(ART) - set(COPIES)
    assert not missing, missing
    assert sorted(os.listdir(DUMPS)) == ALL_FILES, sorted(os.listdir(DUMPS))
    gold = []
    for aid in ART:
        g = gold_meta(aid)
        cps = sorted(COPIES[aid], key=lambda c: (ALL_FILES.index(c[0]), c[1]))
        g["must_not"] = [m for m in MUSTNOT.get(aid, []) if len(m) >= 10]
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        g["_first"] = (ALL_FILES.index(cps[0][0]), cps[0][1])
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
    raws = {}
    for fn in ALL_FILES:
        if fn in WARC_TEXT:
            raws[fn] = html.unescape(WARC_TEXT[fn])
        else:
            raws[fn] = html.unescape(open(os.path.join(DUMPS, fn), "rb").read().decode("utf-8"))
    texts = {k: v.lower() for k, v in raws.items()}
    # keep only the title spellings that some copy's dump actually states
    for g in gold:
        srcs = {c["source"] for c in g["copies"]}
        keep = [t for t in g["title"] if any(t.lower() in texts[s] for s in srcs)]
        g["title"] = [g["title"][0]] + [t for t in keep if t != g["title"][0]]
    # the headline(s) as stated are dropped from the body: list them in must_not
    for g in gold:
        srcs = {c["source"] for c in g["copies"]}
        for t in g["title"]:
            if any(t in raws[s] for s in srcs) and t not in g["must_not"] and len(t) >= 10:
                g["must_not"].append(t)
    # no must_not string may occur in any gold body
    bodies = [c["body"] for g in gold for c in g["copies"]]
    for g in gold:
        g["must_not"] = [m for m in g["must_not"] if not any(m in b for b in bodies)]
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
