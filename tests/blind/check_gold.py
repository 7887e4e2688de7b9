"""Sanity checks for the blind evaluation set (not a pytest module).

usage: python tests/blind/check_gold.py [--stats]

Checks that gold.json loads and has the scorer's shape, that every copy's source exists,
that every must_not string occurs verbatim in one of the article's raw dumps and in no gold
body, that every gold body paragraph occurs (whitespace-normalised) in its dump, and that
copies are listed in file order. --stats also prints shingle similarities for duplicate
groups and for the closest pairs of distinct articles (the planted hard negatives).
"""
from __future__ import annotations

import itertools
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DUMPS = HERE / "dumps"
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WORD = re.compile(r"\w+", re.UNICODE)


def norm_ws(text: str) -> str:
    return " ".join(text.split())


def shingles(text: str, k: int = 5) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + k]) for i in range(max(len(words) - k + 1, 1))}


def jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / max(len(sa | sb), 1)


def main() -> int:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    raw = {p.name: p.read_text(encoding="utf-8") for p in sorted(DUMPS.glob("*.txt"))}
    flat = {name: norm_ws(text) for name, text in raw.items()}
    errors: list[str] = []
    ids = [g["id"] for g in gold]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    all_bodies = [c["body"] for g in gold for c in g["copies"]]
    for g in gold:
        gid = g["id"]
        for key, kind in (("title", list), ("outlet", list), ("authors", list), ("must_not", list), ("copies", list)):
            if not isinstance(g.get(key), kind) or (key != "must_not" and not g[key]):
                errors.append(f"{gid}: bad {key}")
        if g["date"] is not None and not ISO.match(g["date"]):
            errors.append(f"{gid}: date {g['date']!r} is not ISO")
        if not all(isinstance(alt, list) for alt in g["authors"]):
            errors.append(f"{gid}: authors must be a list of lists")
        last: dict[str, int] = {}
        for n, copy in enumerate(g["copies"]):
            src = copy["source"]
            if src not in raw:
                errors.append(f"{gid}: copy {n} source {src} missing")
                continue
            paras = copy["body"].split("\n\n") if copy["body"] else []
            if any(p != p.strip() or "\n" in p or not p for p in paras):
                errors.append(f"{gid}: copy {n} body has untidy paragraphs")
            for p in paras:
                if norm_ws(p) not in flat[src]:
                    errors.append(f"{gid}: copy {n} paragraph not in {src}: {p[:70]!r}")
            if paras:
                # file order: each copy of the same source must start after the previous one
                pos = flat[src].find(norm_ws(paras[0]), last.get(src, -1) + 1)
                if pos < 0:
                    errors.append(f"{gid}: copy {n} out of file order in {src}")
                last[src] = pos
        srcs = [c["source"] for c in g["copies"]]
        if srcs != sorted(srcs):
            errors.append(f"{gid}: copies not in file order")
        for s in g["must_not"]:
            if not any(s in raw[src] for src in set(srcs) if src in raw):
                errors.append(f"{gid}: must_not {s!r} not found in its raw dump(s)")
            if any(s in body for body in all_bodies):
                errors.append(f"{gid}: must_not {s!r} occurs in a gold body")
    for e in errors:
        print("ERROR", e)
    n_copies = sum(len(g["copies"]) for g in gold)
    words = [len(WORD.findall(g["copies"][0]["body"])) for g in gold]
    print(f"{len(gold)} articles, {n_copies} copies, {len(raw)} dumps, "
          f"body words min/median/max {min(words)}/{sorted(words)[len(words) // 2]}/{max(words)}; "
          f"{len(errors)} errors")
    if "--stats" in sys.argv:
        print("duplicate groups (Jaccard of 5-word shingles with the first copy):")
        for g in gold:
            if len(g["copies"]) > 1:
                first = g["copies"][0]["body"]
                sims = ", ".join(f"{jaccard(first, c['body']):.2f}" for c in g["copies"][1:])
                print(f"  {g['id']}: {sims}")
        pairs = sorted(((jaccard(a["copies"][0]["body"], b["copies"][0]["body"]), a["id"], b["id"])
                        for a, b in itertools.combinations(gold, 2)), reverse=True)
        print("closest distinct articles:")
        for sim, a, b in pairs[:6]:
            print(f"  {sim:.2f}  {a} / {b}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
