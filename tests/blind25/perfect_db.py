#!/usr/bin/env python3
"""Build the database a perfect ingester would write for tests/blind25, straight from gold.json.

usage: /work/main/.venv/bin/python tests/blind25/perfect_db.py [OUT.sqlite] [GOLD.json]
       python /work/shared/tools/score_archive.py OUT.sqlite tests/blind25/gold.json   # expect all 1.0

Tables follow the read model in /work/shared/CONTRACT.md section 1 (sources, outlets, authors,
articles, article_authors, copies). Each gold article becomes one articles row carrying its
first alternative of every field and the body of its first copy; each gold copy becomes a copies
row pointing at a sources row for its dump (path dumps/<name>, real sha256 and size).
"""
import datetime
import hashlib
import json
import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/perfect.sqlite"
GOLD = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "gold.json")
DUMPS = os.path.join(os.path.dirname(os.path.abspath(GOLD)), "dumps")

FORMATS = {".html": "webpage", ".htm": "html", ".mhtml": "mhtml", ".json": "json", ".jsonl": "jsonl", ".mbox": "mbox", ".eml": "mbox", ".warc": "warc", ".gz": "warc",
           ".xml": "feed", ".csv": "csv", ".md": "markdown", ".txt": "text",
           ".rtf": "rtf", ".tsv": "tsv", ".enex": "enex"}

SCHEMA = """
create table sources (id integer primary key, path text not null, sha256 text not null unique, size_bytes integer,
                      format text, encoding text, ingested_at text, status text, error text);
create table outlets (id integer primary key, name text not null unique);
create table authors (id integer primary key, name text not null unique);
create table articles (id integer primary key, title text, outlet_id integer references outlets(id), published_on date,
                       url text, language text, body text, word_count integer);
create table article_authors (article_id integer references articles(id), author_id integer references authors(id),
                              position integer);
create table copies (id integer primary key, article_id integer references articles(id),
                     source_id integer references sources(id), position integer, start_line integer, end_line integer,
                     title text, outlet_id integer, published_on date, url text, raw_text text, match text,
                     similarity real);
"""


def main():
    gold = json.load(open(GOLD, encoding="utf-8"))
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(SCHEMA)
    now = datetime.datetime.now(datetime.timezone.utc).isoformat()
    src_ids, outlet_ids, author_ids = {}, {}, {}
    for fn in sorted(os.listdir(DUMPS)):
        b = open(os.path.join(DUMPS, fn), "rb").read()
        fmt = next((v for k, v in FORMATS.items() if fn.endswith(k)), "digest")
        cur = con.execute("insert into sources (path, sha256, size_bytes, format, encoding, ingested_at, status) "
                          "values (?,?,?,?,?,?, 'done')",
                          (f"dumps/{fn}", hashlib.sha256(b).hexdigest(), len(b), fmt, "utf-8", now))
        src_ids[fn] = cur.lastrowid

    def ref(table, ids, name):
        if name is None:
            return None
        if name not in ids:
            ids[name] = con.execute(f"insert into {table} (name) values (?)", (name,)).lastrowid
        return ids[name]

    for g in gold:
        body = g["copies"][0]["body"]
        oid = ref("outlets", outlet_ids, g["outlet"][0])
        aid = con.execute("insert into articles (title, outlet_id, published_on, url, language, body, word_count) "
                          "values (?,?,?,?,?,?,?)",
                          (g["title"][0], oid, g["date"], g.get("url"), "en", body, len(body.split()))).lastrowid
        for pos, name in enumerate(g["authors"][0]):
            con.execute("insert into article_authors values (?,?,?)", (aid, ref("authors", author_ids, name), pos))
        per_src = {}
        for n, c in enumerate(g["copies"]):
            p = per_src.get(c["source"], 0)
            per_src[c["source"]] = p + 1
            con.execute("insert into copies (article_id, source_id, position, title, outlet_id, published_on, url, "
                        "raw_text, match, similarity) values (?,?,?,?,?,?,?,?,?,?)",
                        (aid, src_ids[c["source"]], p, g["title"][0], oid, g["date"], g.get("url"), c["body"],
                         "first" if n == 0 else ("exact" if c["body"] == body else "near"),
                         None if n == 0 else 1.0))
    con.commit()
    print(f"wrote {OUT}: {len(gold)} articles, {sum(len(g['copies']) for g in gold)} copies, {len(src_ids)} sources")


if __name__ == "__main__":
    main()
