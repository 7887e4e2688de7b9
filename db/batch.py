"""Set-at-a-time reads for storing one source file: a handful of IN-queries to read what the
dedup decisions need, instead of a dozen statements per article; and the helpers the batch
writes (db/batch_writes.py) and the recent-index moves (db/recent_index.py) share with them.

Every statement uses bound parameters. Long IN-lists are chunked below SQLite's variable limit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress
from typing import Any, TypeVar

import numpy as np
from sqlalchemy import func, insert, select, union, union_all
from sqlalchemy.orm import Session

from db.arrays import sorted_unique
from db.bloom import Filters, edge_keys
from db.engine import driver
from db.models import (
    ArticleAuthorRow,
    ArticleRow,
    AuthorRow,
    CopyRow,
    EdgeParagraphRecentRow,
    EdgeParagraphRow,
    LearnedBoilerplateRow,
    LshBucketRecentRow,
    LshBucketRow,
    ManualDecisionRow,
    OutletRow,
)
from db.queries import CopyView

CHUNK = 5000  # parameters per IN-list: far below SQLite's 32766 and PostgreSQL's 65535
T = TypeVar("T")


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def is_sqlite(s: Session) -> bool:
    return s.get_bind().dialect.name == "sqlite"


# SQLite fast path. A file's batch reads and writes tens of thousands of values; building a
# statement with one bound parameter per value costs more in SQLAlchemy's compiler than the
# query costs in SQLite. On SQLite these statements therefore go to the driver as written
# here (table and column names are ours, never input), with a whole IN-list bound as ONE
# JSON parameter and inserts as executemany over tuples (db/batch_writes.py); PostgreSQL keeps
# the Core statements below them. A list is read as the outer loop of a join,
# `json_each(?) CROSS JOIN t ON t.key = value` (CROSS JOIN: SQLite keeps this loop order), which
# gives the rows `t.key IN (SELECT value FROM json_each(?))` gives when the list holds each value
# once (every list here is made of distinct values), without first copying the list into a
# temporary b-tree: ~25 % less for a file's 16,000 LSH buckets (docs/performance.md, session 9).


def dbapi(s: Session) -> Any:
    """The session's sqlite3 connection, inside its open transaction (`db.engine.driver`). The
    writer's many small statements (a candidate copy's body, a title key) cost ~30 µs each
    through SQLAlchemy's execution context and ~3 µs through the driver; rows come back as
    plain tuples."""
    return driver(s)


def _raw(s: Session, sql: str, params: Any = ()) -> list[Any]:
    rows: list[Any] = dbapi(s).execute(sql, params).fetchall()
    return rows




def _json_list(values: Iterable[Any]) -> str:
    return json.dumps(sorted(set(values)))


# -- reads ------------------------------------------------------------------------------------


def outlet_ids(s: Session, names: dict[str, str]) -> dict[str, int]:
    """key -> id for these outlets (key -> display name), creating the missing ones."""
    out: dict[str, int] = {}
    keys = sorted(names)
    if not keys:
        return out
    if is_sqlite(s):
        db = dbapi(s)
        out.update(db.execute("SELECT key, id FROM outlets WHERE key IN (SELECT value FROM json_each(?))",
                              (json.dumps(keys),)).fetchall())
        for key in keys:
            if key not in out:
                out[key] = db.execute("INSERT INTO outlets (name, key) VALUES (?, ?) RETURNING id",
                                      (names[key], key)).fetchone()[0]
        return out
    for part in chunks(keys):
        rows = s.execute(select(OutletRow.key, OutletRow.id).where(OutletRow.key.in_(part)))
        out.update({str(k): int(i) for k, i in rows})
    for key in keys:
        if key not in out:
            new = insert(OutletRow).values(name=names[key], key=key).returning(OutletRow.id)
            out[key] = int(s.execute(new).scalar_one())
    return out


def author_ids(s: Session, names: Iterable[str]) -> dict[str, int]:
    """name -> id for these authors, creating the missing ones (in name order)."""
    wanted = sorted(set(names))
    out: dict[str, int] = {}
    if not wanted:
        return out
    if is_sqlite(s):
        db = dbapi(s)
        find = "SELECT name, id FROM authors WHERE name IN (SELECT value FROM json_each(?))"
        out.update(db.execute(find, (json.dumps(wanted),)).fetchall())
        missing = [name for name in wanted if name not in out]
        if missing:
            # One executemany in name order: the ids one INSERT per name would give.
            db.executemany("INSERT INTO authors (name) VALUES (?)", [(name,) for name in missing])
            out.update(db.execute(find, (json.dumps(missing),)).fetchall())
        return out
    for part in chunks(wanted):
        rows = s.execute(select(AuthorRow.name, AuthorRow.id).where(AuthorRow.name.in_(part)))
        out.update({str(n): int(i) for n, i in rows})
    for name in wanted:
        if name not in out:
            out[name] = int(s.execute(insert(AuthorRow).values(name=name).returning(AuthorRow.id)).scalar_one())
    return out


def articles_by_hash(s: Session, hashes: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    if is_sqlite(s):
        found = _raw(s, "SELECT c.content_hash, min(c.article_id) FROM json_each(?) AS j CROSS JOIN copies AS c "
                        "ON c.content_hash = j.value GROUP BY c.content_hash", (_json_list(hashes),))
        return {str(h): int(a) for h, a in found}
    for part in chunks(sorted(set(hashes))):
        rows = s.execute(select(CopyRow.content_hash, func.min(CopyRow.article_id))
                         .where(CopyRow.content_hash.in_(part)).group_by(CopyRow.content_hash))
        out.update({str(h): int(a) for h, a in rows})
    return out


_BUCKET_ROWS = "SELECT t.bucket, t.copy_id FROM json_each(?) AS j CROSS JOIN {table} AS t ON t.bucket = j.value"


def bucket_copies(s: Session, buckets: Sequence[int], main_filter: Filters | None = None) -> dict[int, list[int]]:
    """bucket -> copy ids, over the LSH index's main and recent rows (a row is in one of them).
    With `main_filter` (db/filters.py), the main table is asked only about buckets it may hold.
    The order of a bucket's copies is not defined (the dedup decisions rank candidates by a key
    of their own)."""
    out: dict[int, list[int]] = {}
    if is_sqlite(s):
        # Sorted: the probes walk the b-tree in order.
        unique = sorted_unique(np.fromiter(buckets, dtype=np.int64, count=len(buckets)))
        wanted = unique.tolist()
        in_main = wanted if main_filter is None else _maybe(wanted, main_filter, unique.view(np.uint64))
        db = dbapi(s)
        rows = db.execute(_BUCKET_ROWS.format(table="lsh_buckets_recent"), (json.dumps(wanted),)).fetchall()
        if in_main:
            rows += db.execute(_BUCKET_ROWS.format(table="lsh_buckets"), (json.dumps(in_main),)).fetchall()
        for bucket, copy_id in rows:
            found = out.get(bucket)
            if found is None:
                out[bucket] = [copy_id]
            else:
                found.append(copy_id)
        return out
    pairs: list[tuple[int, int]] = []
    for model in (LshBucketRow, LshBucketRecentRow):
        for part in chunks(sorted(set(buckets))):
            pairs += [(int(b), int(c)) for b, c in s.execute(select(model.bucket, model.copy_id)
                                                              .where(model.bucket.in_(part)))]
    for bucket, copy_id in sorted(pairs):
        out.setdefault(bucket, []).append(copy_id)
    return out


def copy_heads(s: Session, copy_ids: Sequence[int]) -> dict[int, tuple[int, bytes | None]]:
    """copy id -> (article id, signature bytes)."""
    out: dict[int, tuple[int, bytes | None]] = {}
    if is_sqlite(s):
        rows = _raw(s, "SELECT c.id, c.article_id, c.signature FROM json_each(?) AS j CROSS JOIN copies AS c "
                       "ON c.id = j.value", (_json_list(copy_ids),))
        return {int(cid): (int(aid), sig) for cid, aid, sig in rows}
    for part in chunks(sorted(set(copy_ids))):
        for cid, aid, sig in s.execute(select(CopyRow.id, CopyRow.article_id, CopyRow.signature)
                                       .where(CopyRow.id.in_(part))):
            out[int(cid)] = (int(aid), sig)
    return out


def articles_by_title(s: Session, title_keys: Sequence[str]) -> list[tuple[int, str, int | None, int]]:
    """(article id, title key, outlet id, word count) of articles with these title keys."""
    out: list[tuple[int, str, int | None, int]] = []
    if is_sqlite(s):
        out += dbapi(s).execute("SELECT a.id, a.title_key, a.outlet_id, a.word_count FROM json_each(?) AS j "
                                "CROSS JOIN articles AS a ON a.title_key = j.value",
                                (_json_list(title_keys),)).fetchall()
        return out
    for part in chunks(sorted(set(title_keys))):
        rows = s.execute(select(ArticleRow.id, ArticleRow.title_key, ArticleRow.outlet_id, ArticleRow.word_count)
                         .where(ArticleRow.title_key.in_(part)))
        out += [(int(r[0]), str(r[1]), r[2], int(r[3])) for r in rows]
    return out


def copy_body(s: Session, copy_id: int) -> str:
    return reads(s).copy_body(copy_id)


def copy_title_key(s: Session, copy_id: int) -> str | None:
    return reads(s).copy_title_key(copy_id)


def article_title_keys(s: Session, article_id: int) -> list[str]:
    """The title keys of an article's stored copies."""
    return reads(s).article_title_keys(article_id)


def first_copy_body(s: Session, article_id: int) -> str:
    return reads(s).first_copy_body(article_id)


class CopyReads:
    """The single-row reads the dedup decisions make about a candidate (its body, its title key,
    its article's title keys and first copy), through SQLAlchemy."""

    def __init__(self, s: Session) -> None:
        self.s = s

    def copy_body(self, copy_id: int) -> str:
        return self.s.scalar(select(CopyRow.body).where(CopyRow.id == copy_id)) or ""

    def copy_title_key(self, copy_id: int) -> str | None:
        return self.s.scalar(select(CopyRow.title_key).where(CopyRow.id == copy_id))

    def article_title_keys(self, article_id: int) -> list[str]:
        return [str(k) for k in self.s.scalars(select(CopyRow.title_key).where(
            CopyRow.article_id == article_id, CopyRow.title_key.is_not(None)).distinct())]

    def first_copy_body(self, article_id: int) -> str:
        return self.s.scalar(select(CopyRow.body).where(CopyRow.article_id == article_id)
                             .order_by(CopyRow.id).limit(1)) or ""


class SqliteCopyReads(CopyReads):
    """The same reads straight to the SQLite driver (see `dbapi`): a few µs each instead of ~30."""

    def __init__(self, s: Session) -> None:
        super().__init__(s)
        self.db = dbapi(s)

    def _one(self, sql: str, key: int) -> Any:
        row = self.db.execute(sql, (key,)).fetchone()
        return row[0] if row else None

    def copy_body(self, copy_id: int) -> str:
        return str(self._one("SELECT body FROM copies WHERE id = ?", copy_id) or "")

    def copy_title_key(self, copy_id: int) -> str | None:
        key = self._one("SELECT title_key FROM copies WHERE id = ?", copy_id)
        return str(key) if key is not None else None

    def article_title_keys(self, article_id: int) -> list[str]:
        return [str(r[0]) for r in self.db.execute(
            "SELECT DISTINCT title_key FROM copies WHERE article_id = ? AND title_key IS NOT NULL", (article_id,))]

    def first_copy_body(self, article_id: int) -> str:
        return str(self._one("SELECT body FROM copies WHERE article_id = ? ORDER BY id LIMIT 1", article_id) or "")


def reads(s: Session) -> CopyReads:
    return SqliteCopyReads(s) if is_sqlite(s) else CopyReads(s)


_COPIES_OF = ("SELECT c.article_id, c.id, c.title, c.outlet_id, c.published_on, c.url, c.language, {body}, "
              "c.word_count, c.authors_json, c.title_key, c.date_inferred FROM json_each(?) AS j "
              "CROSS JOIN copies AS c ON c.article_id = j.value ORDER BY c.id")
COPIES_OF_SQL = _COPIES_OF.format(body="c.body")
COPIES_OF_NO_BODIES_SQL = _COPIES_OF.format(body="''")  # the keeper's body is read on its own


def copies_of(s: Session, article_ids: Sequence[int], *, keeper_bodies_only: bool = False,
              known_bodies: dict[int, str] | None = None) -> dict[int, list[CopyView]]:
    """The stored copies of these articles, in ingestion order. With `keeper_bodies_only`, only
    each article's keeper copy (the most words, then the earliest: `queries.keeper_fields`)
    carries its body, the others an empty one: the keeper policy reads no other body, and an
    article with many copies would otherwise read them all. `known_bodies` (copy id -> body)
    spares reading bodies the caller has at hand."""
    out: dict[int, list[CopyView]] = {}
    if not article_ids:
        return out
    if is_sqlite(s):
        dialect = s.get_bind().dialect
        to_date = CopyRow.__table__.c.published_on.type.dialect_impl(dialect).result_processor(dialect, None)
        db = dbapi(s)
        grouped: dict[int, list[Any]] = {}
        for r in db.execute(COPIES_OF_NO_BODIES_SQL if keeper_bodies_only else COPIES_OF_SQL,
                            (_json_list(article_ids),)):
            group = grouped.get(r[0])
            if group is None:
                grouped[r[0]] = [r]
            else:
                group.append(r)
        bodies: dict[int, str] = {}
        if keeper_bodies_only:
            known = known_bodies or {}
            keepers = [max(rows, key=lambda r: (r[8], -r[1]))[1] for rows in grouped.values()]
            bodies = {cid: known[cid] for cid in keepers if cid in known}
            wanted = [cid for cid in keepers if cid not in bodies]
            if wanted:
                bodies.update(db.execute("SELECT c.id, c.body FROM json_each(?) AS j CROSS JOIN copies AS c "
                                         "ON c.id = j.value", (_json_list(wanted),)).fetchall())
        for aid, rows in grouped.items():
            out[aid] = [CopyView(r[1], r[2], r[3], to_date(r[4]) if to_date is not None and r[4] is not None else r[4],
                                 r[5], r[6], bodies.get(r[1], r[7]) or "" if keeper_bodies_only else r[7], r[8],
                                 json.loads(r[9]), r[10], bool(r[11])) for r in rows]
        return out
    for part in chunks(sorted(set(article_ids))):
        found = s.execute(
            select(CopyRow.article_id, CopyRow.id, CopyRow.title, CopyRow.outlet_id, CopyRow.published_on,
                   CopyRow.url, CopyRow.language, CopyRow.body, CopyRow.word_count, CopyRow.authors_json,
                   CopyRow.title_key, CopyRow.date_inferred)
            .where(CopyRow.article_id.in_(part)).order_by(CopyRow.id))
        for r in found:
            out.setdefault(int(r[0]), []).append(
                CopyView(int(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], int(r[8]), json.loads(r[9]), r[10],
                         bool(r[11])))
    return out


def authors_of(s: Session, article_ids: Sequence[int]) -> dict[int, list[str]]:
    """The stored author names of these articles, in byline order."""
    out: dict[int, list[str]] = {}
    if is_sqlite(s):
        for aid, name in dbapi(s).execute(
                "SELECT aa.article_id, au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id "
                "WHERE aa.article_id IN (SELECT value FROM json_each(?)) ORDER BY aa.article_id, aa.position",
                (_json_list(article_ids),)):
            out.setdefault(aid, []).append(str(name))
        return out
    for part in chunks(sorted(set(article_ids))):
        rows = s.execute(select(ArticleAuthorRow.article_id, AuthorRow.name)
                         .join(AuthorRow, AuthorRow.id == ArticleAuthorRow.author_id)
                         .where(ArticleAuthorRow.article_id.in_(part))
                         .order_by(ArticleAuthorRow.article_id, ArticleAuthorRow.position))
        for aid, name in rows:
            out.setdefault(int(aid), []).append(str(name))
    return out


def next_ids(s: Session) -> tuple[int, int]:
    """First free article and copy ids on SQLite (the caller holds the write lock). Ids of
    articles merged away by hand stay retired (see manual_decisions)."""
    if is_sqlite(s):
        retired, last_article, last_copy = dbapi(s).execute(
            "SELECT (SELECT max(from_article_id) FROM manual_decisions WHERE action = 'merge'), "
            "(SELECT max(id) FROM articles), (SELECT max(id) FROM copies)").fetchone()
        return max(last_article or 0, retired or 0) + 1, (last_copy or 0) + 1
    retired = s.scalar(select(func.max(ManualDecisionRow.from_article_id)).where(ManualDecisionRow.action == "merge"))
    article = max(s.scalar(select(func.max(ArticleRow.id))) or 0, retired or 0) + 1
    copy = (s.scalar(select(func.max(CopyRow.id))) or 0) + 1
    return article, copy


def next_in_sequence(s: Session, table: str) -> int:
    """The next id of a table's serial column on PostgreSQL (the table name is ours, not input)."""
    if table not in ("articles", "copies"):
        raise ValueError(f"no id sequence for {table!r}")
    value = s.scalar(select(func.nextval(func.pg_get_serial_sequence(table, "id"))))
    if value is None:
        raise RuntimeError(f"{table}: the id sequence gave no value")
    return int(value)


def learned_mark(s: Session) -> int:
    """A value that changes whenever a learned paragraph is added (rows are only ever added:
    learning is not undone): the last rowid on SQLite, the row count on PostgreSQL."""
    if is_sqlite(s):
        return int(_raw(s, "SELECT coalesce(max(rowid), 0) FROM learned_boilerplate", ())[0][0])
    return int(s.scalar(select(func.count()).select_from(LearnedBoilerplateRow)) or 0)


def learned_for(s: Session, outlet_ids: Iterable[int]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for part in chunks(sorted(set(outlet_ids))):
        for oid, fp in s.execute(select(LearnedBoilerplateRow.outlet_id, LearnedBoilerplateRow.fingerprint)
                                 .where(LearnedBoilerplateRow.outlet_id.in_(part))):
            out.setdefault(int(oid), set()).add(fp)
    return out


def _maybe(values: list[T], bloom: Filters, keys: np.ndarray) -> list[T]:
    """The values whose keys the filter may hold (in their order)."""
    return list(compress(values, bloom.might_contain(keys).tolist()))


def edge_counts(s: Session, pairs: Iterable[tuple[int, str]],
                main_filter: Filters | None = None) -> dict[tuple[int, str], int]:
    """(outlet, fingerprint) -> distinct articles that carry it at an edge, for these pairs,
    over the main and recent rows (the main rows only for pairs `main_filter` may hold)."""
    by_outlet: dict[int, set[str]] = {}
    for oid, fp in pairs:
        by_outlet.setdefault(oid, set()).add(fp)
    out: dict[tuple[int, str], int] = {}
    if is_sqlite(s):
        db = dbapi(s)
        # One query per outlet, its fingerprints as one JSON list: each is a probe of the
        # primary keys (outlet, fingerprint, article).
        for oid in sorted(by_outlet):
            fps = sorted(by_outlet[oid])
            in_main = fps if main_filter is None else _maybe(fps, main_filter, edge_keys(oid, fps))
            wanted = json.dumps(fps)
            found = db.execute("SELECT fingerprint, count(DISTINCT article_id) FROM ("
                            "SELECT e.fingerprint, e.article_id FROM json_each(?) AS j CROSS JOIN edge_paragraphs AS e "
                            "ON e.outlet_id = ? AND e.fingerprint = j.value UNION ALL "
                            "SELECT e.fingerprint, e.article_id FROM json_each(?) AS j "
                            "CROSS JOIN edge_paragraphs_recent AS e ON e.outlet_id = ? AND e.fingerprint = j.value) "
                            "GROUP BY fingerprint", (json.dumps(in_main), oid, wanted, oid)).fetchall()
            out.update({(oid, f): n for f, n in found})
        return out
    for oid in sorted(by_outlet):
        for part in chunks(sorted(by_outlet[oid])):
            both = union_all(*[select(m.fingerprint, m.article_id).where(m.outlet_id == oid, m.fingerprint.in_(part))
                               for m in (EdgeParagraphRow, EdgeParagraphRecentRow)]).subquery()
            rows = s.execute(select(both.c.fingerprint, func.count(func.distinct(both.c.article_id)))
                             .group_by(both.c.fingerprint))
            out.update({(oid, str(f)): int(n) for f, n in rows})
    return out


def carriers(s: Session, outlet_id: int, fingerprint: str) -> list[int]:
    both = union(*[select(m.article_id).where(m.outlet_id == outlet_id, m.fingerprint == fingerprint)
                   for m in (EdgeParagraphRow, EdgeParagraphRecentRow)]).subquery()
    return sorted(int(a) for a in s.scalars(select(both.c.article_id)))
