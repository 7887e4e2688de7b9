"""Canonical dumps of what newsarchive stores for every evaluation corpus, to compare code versions.

    python benchmarks/snapshot.py /tmp/before          # ingest every corpus, write one dump each
    # ... change the code ...
    python benchmarks/snapshot.py /tmp/after
    diff -r /tmp/before /tmp/after                      # a speed change must show nothing

A dump lists the read model (docs/schema.md) in an order that does not depend on row ids:
articles with their copies (file, lines, match, similarity), metadata, authors and body, sorted
by their first copy's place; learned boilerplate per outlet. Row ids, timestamps and run
records are left out, since two identical archives may number or time them differently.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ["seeds", "tests/heldout/dumps", "tests/blind/dumps", "tests/final/dumps", "tests/blind3/dumps",
           "tests/blind4/dumps", "tests/blind5/dumps", "tests/blind6/dumps", "tests/blind7/dumps", "tests/blind8/dumps",
           "tests/blind9/dumps", "tests/blind10/dumps", "tests/blind11/dumps", "tests/blind12/dumps",
           "tests/blind13/dumps", "tests/blind14/dumps", "tests/blind15/dumps",
           "tests/blind16/dumps", "tests/blind17/dumps", "tests/blind18/dumps", "tests/blind19/dumps",
           "tests/blind20/dumps", "tests/blind21/dumps", "tests/blind23/dumps",
           "tests/formats/data", "tests/fixtures"]


def dump(db: Path) -> dict[str, object]:
    con = sqlite3.connect(db)
    copies: dict[int, list[tuple[object, ...]]] = {}
    for row in con.execute(
        "select c.article_id, s.path, c.position, c.start_line, c.end_line, c.match, round(c.similarity, 6), "
        "c.title, o.name, c.published_on, c.url from copies c join sources s on s.id = c.source_id "
        "left join outlets o on o.id = c.outlet_id order by s.path, c.position"
    ):
        copies.setdefault(row[0], []).append(tuple(Path(str(row[1])).name if i == 1 else v
                                                   for i, v in enumerate(row) if i))
    authors: dict[int, list[str]] = {}
    for aid, name in con.execute("select aa.article_id, a.name from article_authors aa join authors a "
                                 "on a.id = aa.author_id order by aa.article_id, aa.position"):
        authors.setdefault(aid, []).append(name)
    articles = []
    for aid, title, outlet, date, url, body in con.execute(
        "select a.id, a.title, o.name, a.published_on, a.url, a.body from articles a "
        "left join outlets o on o.id = a.outlet_id"
    ):
        articles.append({"copies": copies.get(aid, []), "title": title, "outlet": outlet, "date": date,
                         "url": url, "authors": authors.get(aid, []), "body": body})
    articles.sort(key=lambda a: json.dumps(a["copies"][:1], default=str))
    learned = sorted(con.execute("select o.name, l.text from learned_boilerplate l "
                                 "left join outlets o on o.id = l.outlet_id").fetchall(), key=str)
    sources = sorted(con.execute("select path, format, status, error from sources").fetchall(), key=str)
    return {"articles": articles, "learned": learned,
            "sources": [(Path(str(p)).name, f, s, e) for p, f, s, e in sources]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--extra", nargs="*", default=[], help="more folders to ingest and dump")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for corpus in [*CORPORA, *args.extra]:
        folder = (ROOT / corpus) if not Path(corpus).is_absolute() else Path(corpus)
        if not folder.exists():
            continue
        db = Path(tempfile.mkdtemp()) / "snap.sqlite"
        subprocess.run([sys.executable, "-m", "ingest", "ingest", "--no-progress", "--workers", "1", str(folder),
                        "--db", str(db)], cwd=ROOT, capture_output=True, check=False)
        name = corpus.strip("/").replace("/", "_")
        (args.out / f"{name}.json").write_text(json.dumps(dump(db), indent=1, ensure_ascii=False, default=str))
        print(f"{name}: written", flush=True)


if __name__ == "__main__":
    main()
