# -*- coding: utf-8 -*-
"""Build tests/blind11/dumps/* and tests/blind11/gold.json from articles.py.

usage: /work/main/.venv/bin/python tests/blind11/build/build_set.py
"""
import html
import json
import os
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ART  # noqa: E402
from common import ALL_FILES, COPIES, DUMPS, MUSTNOT, ROOT, straight  # noqa: E402
import render_markup  # noqa: E402
import render_text  # noqa: E402


def hosts(url):
    host = urlparse(url).netloc
    bare = host[4:] if host.startswith("www.") else host
    return [bare] + (["www." + bare] if host.startswith("www.") else [])


def gold_meta(aid):
    a = ART[aid]
    titles = [a["title"]]
    for v in (straight(a["title"]),):
        if v not in titles:
            titles.append(v)
    titles += [a[k] for k in ("synd_title",) if a.get(k)] + a.get("extra_titles", [])
    if aid in render_text.EB_INFO:
        titles.append(a["title"] + ".")
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
    render_text.build_aw()
    render_text.build_eb()
    render_markup.build_mc()
    render_text.build_nb()
    render_text.build_ly()
    render_markup.build_ss()
    render_text.build_wa()
    render_markup.build_bv()
    render_markup.build_ep()
    render_markup.build_pm()
    render_markup.build_sw()
    render_markup.build_sn()
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
    # keep only the title spellings that some copy's dump actually states
    texts, raws = {}, {}
    for fn in ALL_FILES:
        b = open(os.path.join(DUMPS, fn), "rb").read()
        for enc in ("utf-8-sig", "cp1252", "latin-1"):
            try:
                t = b.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if fn.endswith((".eml", ".mhtml")):
            import email
            msg = email.message_from_bytes(b)
            for part in msg.walk():
                if part.get_content_type() in ("text/plain", "text/html"):
                    t += "\n" + part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
        texts[fn] = html.unescape(t).lower()
        raws[fn] = html.unescape(t)
    for g in gold:
        srcs = {c["source"] for c in g["copies"]}
        keep = [t for t in g["title"] if any(t.lower() in texts[s] for s in srcs)]
        keep = list(dict.fromkeys(keep))
        g["title"] = [g["title"][0]] + [t for t in keep if t != g["title"][0]] if keep else g["title"]
        if ART[g["id"]].get("title_may_be_null"):
            g["title"].append(None)
    # the headline(s) as stated are dropped from the body: list them in must_not
    for g in gold:
        a = ART[g["id"]]
        srcs = {c["source"] for c in g["copies"]}
        for t in [a["title"]] + ([a["synd_title"]] if a.get("synd_title") else []):
            for v in (t, straight(t), t.upper(), straight(t).upper()):
                if any(v in raws[s] for s in srcs) and v not in g["must_not"]:
                    g["must_not"].append(v)
                    break
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
