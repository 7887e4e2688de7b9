"""A canonical dump of an archive: every row of the read model with ids replaced by natural
keys (a source by its sha256, an article by its first copy, an outlet or author by its name),
so two archives built in different runs compare equal when they hold the same content.
Timestamps (ingested_at) are left out: they say when, not what.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def connect(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=60)


def integrity(db: Path) -> str:
    with connect(db) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def canonical(db: Path) -> dict[str, Any]:
    conn = connect(db)
    try:
        return _canonical(conn)
    finally:
        conn.close()


def _canonical(conn: sqlite3.Connection) -> dict[str, Any]:
    q = conn.execute
    sha = dict(q("SELECT id, sha256 FROM sources").fetchall())
    outlet = dict(q("SELECT id, name FROM outlets").fetchall())
    author = dict(q("SELECT id, name FROM authors").fetchall())
    # An article is named by its first copy: (source sha256, position in the source).
    first = {
        aid: (sha[sid], pos)
        for aid, sid, pos in q(
            "SELECT c.article_id, c.source_id, c.position FROM copies c "
            "WHERE c.id = (SELECT min(id) FROM copies d WHERE d.article_id = c.article_id)"
        )
    }
    copy_key = {cid: (sha[sid], pos) for cid, sid, pos in q("SELECT id, source_id, position FROM copies")}
    sources = sorted(
        q("SELECT sha256, path, size_bytes, format, encoding, status, error, lines_dropped FROM sources").fetchall()
    )
    copies = sorted(
        (copy_key[r[0]], first[r[1]], *r[2:7], outlet.get(r[7]), *r[8:])
        for r in q(
            "SELECT id, article_id, start_line, end_line, title, published_on, url, outlet_id, raw_text, match, "
            "similarity, match_basis, body, authors_json, content_hash, signature FROM copies"
        )
    )
    byline: dict[int, list[str]] = {}
    for aid, _pos, auth in q("SELECT article_id, position, author_id FROM article_authors ORDER BY 1, 2"):
        byline.setdefault(aid, []).append(author[auth])
    articles = sorted(
        (first[r[0]], r[1], outlet.get(r[2]), *r[3:8], copy_key.get(r[8]), tuple(byline.get(r[0], [])))
        for r in q(
            "SELECT id, title, outlet_id, published_on, url, language, body, word_count, keeper_copy_id FROM articles"
        )
    )
    # The index's recent and main rows together (revision 0005): where a row sits is not content.
    buckets = sorted((copy_key[c], b) for b, c in q(
        "SELECT bucket, copy_id FROM lsh_buckets UNION SELECT bucket, copy_id FROM lsh_buckets_recent"))
    learned = sorted((outlet[o], f, t, n) for o, f, t, n in q("SELECT * FROM learned_boilerplate"))
    edges = sorted((outlet[o], f, first[a]) for o, f, a in q(
        "SELECT outlet_id, fingerprint, article_id FROM edge_paragraphs UNION "
        "SELECT outlet_id, fingerprint, article_id FROM edge_paragraphs_recent"))
    return {
        "sources": sources,
        "outlets": sorted(outlet.values()),
        "authors": sorted(author.values()),
        "articles": articles,
        "copies": copies,
        "lsh_buckets": buckets,
        "learned_boilerplate": learned,
        "edge_paragraphs": edges,
    }


def diff(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """Tables whose content differs, with the first differing row, for a readable failure."""
    out = []
    for table in a:
        if a[table] != b[table]:
            rows_a, rows_b = set(map(repr, a[table])), set(map(repr, b[table]))
            only_a = sorted(rows_a - rows_b)[:1]
            only_b = sorted(rows_b - rows_a)[:1]
            out.append(f"{table}: {len(a[table])} vs {len(b[table])} rows; only left {only_a}; only right {only_b}")
    return out
