# -*- coding: utf-8 -*-
"""Build tests/blind14/dumps/* and tests/blind14/gold.json from articles.py.

usage: /work/main/.venv/bin/python tests/blind14/build/build_set.py
Deterministic: no clocks, no randomness; re-running rewrites the same bytes.
Prints the token F1 of the hardest negative pairs (distinct articles) and of the hardest positive pairs
(copies of one article), as recorded in the README.
"""
import collections
import email
import html
import itertools
import json
import mailbox
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import ART  # noqa: E402
from common import ALL_FILES, COPIES, DUMPS, META, MUSTNOT, ROOT, URLS, straight  # noqa: E402
import render_data  # noqa: E402
import render_text  # noqa: E402

EXTRA_OUTLETS = {"The Atlantic Fisherman": ["Atlantic Fisherman"],
                 # a press release: the issuing body is its publisher; "SWPA Press Office" is how the forwarded
                 # mail names the sender, and a null outlet is accepted (the release itself has no masthead)
                 "Scottish Whitefish Producers\u2019 Association": ["SWPA Press Office", None]}


def hosts(u):
    host = u.split("/")[2]
    bare = host[4:] if host.startswith("www.") else host
    return [bare] + (["www." + bare] if host.startswith("www.") else [])


def f1(a, b):
    p = collections.Counter(re.findall(r"\w+", a.lower()))
    g = collections.Counter(re.findall(r"\w+", b.lower()))
    c = sum((p & g).values())
    if not c:
        return 0.0
    pr, rc = c / sum(p.values()), c / sum(g.values())
    return 2 * pr * rc / (pr + rc)


def gold_meta(aid):
    a = ART[aid]
    synds = sorted(META.get(aid, set()))
    titles = [a["title"]] + [a["synd"][s]["title"] for s in synds]
    titles += [straight(t) for t in titles if straight(t) != t]
    outlets = [a["outlet"]] + EXTRA_OUTLETS.get(a["outlet"], [])
    if straight(a["outlet"]) != a["outlet"]:
        outlets.append(straight(a["outlet"]))
    outlets += [a["synd"][s]["outlet"] for s in synds]
    urls = [u.split("?")[0].rstrip("/") for u in URLS.get(aid, [])]
    for u in urls:
        outlets += [h for h in hosts(u) if h not in outlets]
    outlets = list(dict.fromkeys(outlets))
    if None in outlets:
        outlets = [o for o in outlets if o is not None] + [None]
    g = {"id": aid, "title": list(dict.fromkeys(titles)), "outlet": outlets, "date": a["date"],
         "authors": [a["authors"]]}
    if urls and len(set(urls)) == 1 and not synds:
        g["url"] = urls[0]
    return g


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    render_text.build_ga()
    render_text.build_nx()
    render_data.build_bw()
    render_data.build_mb()
    render_text.build_pc()
    render_data.build_tf()
    missing = set(ART) - set(COPIES)
    assert not missing, missing
    assert sorted(os.listdir(DUMPS)) == ALL_FILES, sorted(os.listdir(DUMPS))
    raws = {}
    for fn in ALL_FILES:
        b = open(os.path.join(DUMPS, fn), "rb").read()
        t = b.decode("utf-8-sig")
        if fn.endswith(".mbox"):
            for part in (p for m in mailbox.mbox(os.path.join(DUMPS, fn)) for p in m.walk()):
                if part.get_content_type() in ("text/plain", "text/html"):
                    t += "\n" + part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
        if fn.endswith(".jsonl"):
            t += "\n" + "\n".join(json.dumps(json.loads(ln), ensure_ascii=False) for ln in t.splitlines()
                                  if ln.strip().startswith("{"))
            t += "\n" + "\n".join(v for ln in b.decode("utf-8").splitlines() for v in json.loads(ln).values()
                                  if isinstance(v, str))
        raws[fn] = html.unescape(t)
    gold = []
    for aid in ART:
        g = gold_meta(aid)
        cps = sorted(COPIES[aid], key=lambda c: (ALL_FILES.index(c[0]), c[1]))
        srcs = {c[0] for c in cps}
        mns = [m for m in MUSTNOT.get(aid, []) if len(m) >= 10]
        for t in g["title"]:
            for v in (t, t.upper()):
                if any(v in raws[s] for s in srcs) and v not in mns:
                    mns.append(v)
        # a title alternative must be stated somewhere in the article's dumps
        g["title"] = [t for t in g["title"] if any(t.lower() in raws[s].lower() for s in srcs)]
        assert g["title"], aid
        g["must_not"] = mns
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        g["_first"] = (ALL_FILES.index(cps[0][0]), cps[0][1])
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
    # no must_not string may occur in any gold body
    bodies = [c["body"] for g in gold for c in g["copies"]]
    for g in gold:
        g["must_not"] = [m for m in g["must_not"] if not any(m in b for b in bodies)]
    order = ["id", "title", "outlet", "date", "authors", "url", "must_not", "copies"]
    gold = [{k: g[k] for k in order if k in g} for g in gold]
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n_cop = sum(len(g["copies"]) for g in gold)
    print(f"{len(gold)} articles, {n_cop} copies, {sum(1 for g in gold if len(g['copies']) > 1)} duplicate groups, "
          f"{len(os.listdir(DUMPS))} files, {sum(len(g['must_not']) for g in gold)} must_not")
    neg = sorted(((f1(x["copies"][0]["body"], y["copies"][0]["body"]), x["id"], y["id"])
                  for x, y in itertools.combinations(gold, 2)), reverse=True)
    print("hardest negatives (token F1 of first-copy bodies, must stay apart):")
    for s, x, y in neg[:12]:
        print(f"  {s:.3f}  {x} / {y}")
    pos = sorted((f1(c["body"], g["copies"][0]["body"]), g["id"], c["source"]) for g in gold
                 for c in g["copies"][1:])
    print("hardest positives (token F1 of a copy against the first copy, must collapse):")
    for s, gid, src in pos[:12]:
        print(f"  {s:.3f}  {gid} in {src}")


if __name__ == "__main__":
    main()
