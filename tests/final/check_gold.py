#!/usr/bin/env python3
"""Validate tests/final/gold.json against tests/final/dumps/.

usage: python3 tests/final/check_gold.py [GOLD.json] [DUMPS_DIR]

Checks
  * gold.json loads and has the shape score_archive.py expects
    (list of {id, title[], outlet[], date, authors[[...]], must_not[], url?, copies[{source, body}]});
  * ids are unique, dates are null or valid ISO dates, alternatives lists are non-empty;
  * every copies[].source exists in the dumps folder and decodes as UTF-8;
  * every must_not string occurs verbatim in the raw bytes-decoded text of at least one
    of the article's source dumps, and in no gold body (of any article);
  * every paragraph of every gold body occurs, after whitespace normalisation (and after
    stripping e-mail quote markers "> " at line starts), in its dump, in order;
  * copies are listed in file order (by file name, then by position inside the file);
  * every stated title / outlet / author alternative occurs (case-insensitively, whitespace
    normalised) in at least one of the article's dumps ("null, never a guess").
Exits 1 on any error and prints a short summary of the set.
"""
import collections
import datetime
import itertools
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "gold.json")
DUMPS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "dumps")

errors, warnings = [], []
QUOTE = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")


def norm(s):
    return " ".join(QUOTE.sub("", s).split())


def err(msg):
    errors.append(msg)


def main():
    try:
        with open(GOLD, encoding="utf-8") as fh:
            gold = json.load(fh)
    except Exception as e:
        print(f"ERROR: cannot load {GOLD}: {e}")
        return 1
    if not isinstance(gold, list) or not gold:
        print("ERROR: gold must be a non-empty list")
        return 1

    raw, normed = {}, {}
    for fn in sorted(os.listdir(DUMPS)):
        p = os.path.join(DUMPS, fn)
        with open(p, "rb") as f:
            b = f.read()
        try:
            t = b.decode("utf-8")
        except UnicodeDecodeError as e:
            err(f"{fn}: not UTF-8 ({e})")
            continue
        raw[fn] = t
        normed[fn] = norm(t)

    ids = collections.Counter(g.get("id") for g in gold if isinstance(g, dict))
    for i, n in ids.items():
        if n > 1:
            err(f"duplicate id {i!r}")

    all_bodies = []
    for g in gold:
        if isinstance(g, dict):
            for c in g.get("copies") or []:
                if isinstance(c, dict) and isinstance(c.get("body"), str):
                    all_bodies.append((g.get("id"), c["body"]))

    used_files = set()
    for g in gold:
        gid = g.get("id") if isinstance(g, dict) else None
        where = f"[{gid}]"
        if not isinstance(g, dict):
            err(f"entry is not an object: {g!r}")
            continue
        # ---- shape
        if not isinstance(gid, str) or not gid:
            err(f"{where} id must be a non-empty string")
        for k in ("title", "outlet"):
            v = g.get(k)
            if not isinstance(v, list) or not v or not all(x is None or isinstance(x, str) for x in v):
                err(f"{where} {k} must be a non-empty list of strings/null")
        d = g.get("date", "MISSING")
        if d == "MISSING":
            err(f"{where} date missing (use null)")
        elif d is not None:
            try:
                datetime.date.fromisoformat(d)
            except Exception:
                err(f"{where} date {d!r} is not ISO YYYY-MM-DD")
        a = g.get("authors")
        names_ok = all(isinstance(x, list) and all(isinstance(n, str) for n in x) for x in a or [])
        if not isinstance(a, list) or not a or not names_ok:
            err(f"{where} authors must be a non-empty list of lists of names")
        mn = g.get("must_not")
        if not isinstance(mn, list) or not all(isinstance(x, str) and x for x in mn):
            err(f"{where} must_not must be a list of non-empty strings")
            mn = []
        if "url" in g and not (isinstance(g["url"], str) and g["url"].startswith("http")):
            err(f"{where} url must be an http(s) string when present")
        copies = g.get("copies")
        if not isinstance(copies, list) or not copies:
            err(f"{where} copies must be a non-empty list")
            continue
        ok_copies = True
        for c in copies:
            if not isinstance(c, dict) or not isinstance(c.get("source"), str) or not isinstance(c.get("body"), str):
                err(f"{where} copy must be {{source: str, body: str}}: {c!r}")
                ok_copies = False
            elif c["source"] != os.path.basename(c["source"]):
                err(f"{where} copy source must be a bare file name: {c['source']!r}")
                ok_copies = False
            elif c["source"] not in raw:
                err(f"{where} copy source {c['source']!r} not found in {DUMPS}")
                ok_copies = False
        if not ok_copies:
            continue
        srcs = [c["source"] for c in copies]
        used_files.update(srcs)

        # ---- bodies: paragraphs occur in order; copies in file order
        cursor = {}          # source -> position after the previous copy of this article
        positions = []
        for n, c in enumerate(copies):
            src, text = c["source"], normed[c["source"]]
            b = c["body"]
            if b != b.strip() or "\n\n\n" in b:
                err(f"{where} copy {n}: body has leading/trailing whitespace or more than one blank line "
                    "between paragraphs")
            paras = [p for p in b.split("\n\n") if p.strip()]
            pos = cursor.get(src, 0)
            start = None
            for p in paras:
                q = norm(p)
                k = text.find(q, pos)
                if k < 0:
                    if text.find(q) >= 0:
                        err(f"{where} copy {n} ({src}): paragraph out of order: {p[:70]!r}")
                    else:
                        err(f"{where} copy {n} ({src}): paragraph not in dump: {p[:70]!r}")
                    continue
                if start is None:
                    start = k
                pos = k + len(q)
            if not paras:  # title-only article: locate by title
                for t in g.get("title") or []:
                    if t:
                        k = text.lower().find(norm(t).lower(), pos)
                        if k >= 0:
                            start, pos = k, k + len(t)
                            break
            cursor[src] = pos
            positions.append((src, start if start is not None else -1))
        for (s1, p1), (s2, p2) in itertools.pairwise(positions):
            if (s1, p1) >= (s2, p2):
                err(f"{where} copies not in file order: {s1}@{p1} before {s2}@{p2}")

        # ---- must_not: occurs in a source dump, never in any gold body
        for s in mn:
            if not any(s in raw[src] for src in set(srcs)):
                err(f"{where} must_not {s!r} does not occur verbatim in its dump(s) {sorted(set(srcs))}")
            for oid, ob in all_bodies:
                if s in ob:
                    err(f"{where} must_not {s!r} occurs in the gold body of {oid}")
                    break

        # ---- metadata is stated somewhere in the article's dumps
        hay = " ".join(normed[s] for s in set(srcs)).lower()
        # at least one non-null alternative must be stated verbatim (case-insensitive); other
        # alternatives may be sensible normalisations (dash/spelling variants, expansions)
        for k in ("title", "outlet"):
            alts = [v for v in g.get(k) or [] if v]
            stated = [v for v in alts if norm(v).lower() in hay]
            if alts and not stated:
                err(f"{where} no {k} alternative is stated in its dump(s): {alts!r}")
            for v in alts:
                if v not in stated:
                    warnings.append(f"{where} {k} alternative {v!r} is a normalisation, not verbatim in the dump")
        named = [alt for alt in g.get("authors") or [] if alt]
        full = [alt for alt in named if all(norm(n).lower() in hay for n in alt)]
        if named and not full:
            err(f"{where} no author alternative is stated in its dump(s): {named!r}")
        for alt in named:
            if alt not in full:
                warnings.append(f"{where} author alternative {alt!r} not verbatim in the dump")
        if g.get("url") and g["url"] not in " ".join(raw[s] for s in set(srcs)):
            err(f"{where} url {g['url']!r} is not in its dump(s)")

    for fn in raw:
        if fn not in used_files:
            warnings.append(f"dump {fn} is not referenced by any gold copy")

    # ---- summary
    n_art = len(gold)
    n_cop = sum(len(g.get("copies") or []) for g in gold if isinstance(g, dict))
    groups = [g for g in gold if isinstance(g, dict) and len(g.get("copies") or []) > 1]
    cross = [g for g in groups if len({c["source"] for c in g["copies"]}) > 1]
    words = [len(g["copies"][0]["body"].split()) for g in gold if isinstance(g, dict) and g.get("copies")]
    print(f"dumps: {len(raw)} files, {sum(len(t) for t in raw.values())} chars")
    for fn, t in raw.items():
        feats = []
        if "\r\n" in t:
            feats.append("CRLF")
        if "\u00a0" in t:
            feats.append("NBSP")
        if "\t" in t:
            feats.append("tabs")
        longest = max(len(line) for line in t.replace("\r", "").split("\n"))
        feats.append(f"max line {longest}")
        arts = sum(1 for g in gold if isinstance(g, dict) for c in g.get("copies") or [] if c.get("source") == fn)
        print(f"  {fn}: {len(t.split())} words, {arts} copies; {', '.join(feats)}")
    print(f"gold: {n_art} articles, {n_cop} copies, {len(groups)} duplicate groups ({len(cross)} across files), "
          f"body words min/median/max {min(words)}/{sorted(words)[len(words)//2]}/{max(words)}, "
          f"{sum(1 for g in gold if g.get('date') is None)} null dates, "
          f"{sum(1 for g in gold if None in g.get('outlet', []))} outlets accepting null, "
          f"{sum(len(g.get('must_not', [])) for g in gold)} must_not strings")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
