"""Set-at-a-time reads for storing one source file: a handful of IN-queries to read what the
dedup decisions need, instead of a dozen statements per article; and the helpers the batch
writes (db/batch_writes.py) and the recent-index moves (db/recent_index.py) share with them.

Every statement uses bound parameters. Long IN-lists are chunked below SQLite's variable limit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

import numpy as np
from sqlalchemy import func, insert, select, union, union_all
from sqlalchemy.orm import Session

from db.bloom import Filters, as_keys, edge_key
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
# JSON parameter (`IN (SELECT value FROM json_each(?))`) and inserts as executemany over
# tuples (db/batch_writes.py); PostgreSQL keeps the Core statements below them.


def _raw(s: Session, sql: str, params: Any = ()) -> list[Any]:
    return list(s.connection().exec_driver_sql(sql, params).fetchall())


def _json_list(values: Iterable[Any]) -> str:
    return json.dumps(sorted(set(values)))


# -- reads ------------------------------------------------------------------------------------


def outlet_ids(s: Session, names: dict[str, str]) -> dict[str, int]:
    """key -> id for these outlets (key -> display name), creating the missing ones."""
    out: dict[str, int] = {}
    keys = sorted(names)
    for part in chunks(keys):
        rows = s.execute(select(OutletRow.key, OutletRow.id).where(OutletRow.key.in_(part)))
        out.update({str(k): int(i) for k, i in rows})
    for key in keys:
        if key not in out:
            new = insert(OutletRow).values(name=names[key], key=key).returning(OutletRow.id)
            out[key] = int(s.execute(new).scalar_one())
    return out


def author_ids(s: Session, names: Iterable[str]) -> dict[str, int]:
    wanted = sorted(set(names))
    out: dict[str, int] = {}
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
        found = _raw(s, "SELECT content_hash, min(article_id) FROM copies WHERE content_hash IN "
                        "(SELECT value FROM json_each(?)) GROUP BY content_hash", (_json_list(hashes),))
        return {str(h): int(a) for h, a in found}
    for part in chunks(sorted(set(hashes))):
        rows = s.execute(select(CopyRow.content_hash, func.min(CopyRow.article_id))
                         .where(CopyRow.content_hash.in_(part)).group_by(CopyRow.content_hash))
        out.update({str(h): int(a) for h, a in rows})
    return out


_BUCKET_ROWS = "SELECT bucket, copy_id FROM {table} WHERE bucket IN (SELECT value FROM json_each(?))"


def bucket_copies(s: Session, buckets: Sequence[int], main_filter: Filters | None = None) -> dict[int, list[int]]:
    """bucket -> copy ids, over the LSH index's main and recent rows (a row is in one of them).
    With `main_filter` (db/filters.py), the main table is asked only about buckets it may hold."""
    out: dict[int, list[int]] = {}
    if is_sqlite(s):
        wanted = sorted(set(buckets))
        in_main = wanted if main_filter is None else _maybe(wanted, main_filter, as_keys(wanted))
        rows = _raw(s, _BUCKET_ROWS.format(table="lsh_buckets_recent"), (json.dumps(wanted),))
        if in_main:
            rows += _raw(s, _BUCKET_ROWS.format(table="lsh_buckets"), (json.dumps(in_main),))
        for bucket, copy_id in sorted(rows):
            out.setdefault(bucket, []).append(copy_id)
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
        rows = _raw(s, "SELECT id, article_id, signature FROM copies WHERE id IN (SELECT value FROM json_each(?))",
                    (_json_list(copy_ids),))
        return {int(cid): (int(aid), sig) for cid, aid, sig in rows}
    for part in chunks(sorted(set(copy_ids))):
        for cid, aid, sig in s.execute(select(CopyRow.id, CopyRow.article_id, CopyRow.signature)
                                       .where(CopyRow.id.in_(part))):
            out[int(cid)] = (int(aid), sig)
    return out


def articles_by_title(s: Session, title_keys: Sequence[str]) -> list[tuple[int, str, int | None, int]]:
    """(article id, title key, outlet id, word count) of articles with these title keys."""
    out: list[tuple[int, str, int | None, int]] = []
    for part in chunks(sorted(set(title_keys))):
        rows = s.execute(select(ArticleRow.id, ArticleRow.title_key, ArticleRow.outlet_id, ArticleRow.word_count)
                         .where(ArticleRow.title_key.in_(part)))
        out += [(int(r[0]), str(r[1]), r[2], int(r[3])) for r in rows]
    return out


def copy_body(s: Session, copy_id: int) -> str:
    if is_sqlite(s):
        rows = _raw(s, "SELECT body FROM copies WHERE id = ?", (copy_id,))
        return str(rows[0][0] or "") if rows else ""
    return s.scalar(select(CopyRow.body).where(CopyRow.id == copy_id)) or ""


def copy_title_key(s: Session, copy_id: int) -> str | None:
    if is_sqlite(s):
        rows = _raw(s, "SELECT title_key FROM copies WHERE id = ?", (copy_id,))
        return str(rows[0][0]) if rows and rows[0][0] is not None else None
    return s.scalar(select(CopyRow.title_key).where(CopyRow.id == copy_id))


def article_title_keys(s: Session, article_id: int) -> list[str]:
    """The title keys of an article's stored copies."""
    if is_sqlite(s):
        return [str(r[0]) for r in _raw(s, "SELECT DISTINCT title_key FROM copies WHERE article_id = ? "
                                           "AND title_key IS NOT NULL", (article_id,))]
    return [str(k) for k in s.scalars(select(CopyRow.title_key).where(CopyRow.article_id == article_id,
                                                                     CopyRow.title_key.is_not(None)).distinct())]


def first_copy_body(s: Session, article_id: int) -> str:
    if is_sqlite(s):
        rows = _raw(s, "SELECT body FROM copies WHERE article_id = ? ORDER BY id LIMIT 1", (article_id,))
        return str(rows[0][0] or "") if rows else ""
    return s.scalar(select(CopyRow.body).where(CopyRow.article_id == article_id).order_by(CopyRow.id).limit(1)) or ""


def copies_of(s: Session, article_ids: Sequence[int]) -> dict[int, list[CopyView]]:
    """The stored copies of these articles, in ingestion order."""
    out: dict[int, list[CopyView]] = {}
    if is_sqlite(s):
        dialect = s.get_bind().dialect
        to_date = CopyRow.__table__.c.published_on.type.dialect_impl(dialect).result_processor(dialect, None)
        for r in _raw(s, "SELECT article_id, id, title, outlet_id, published_on, url, language, body, word_count, "
                         "authors_json, title_key, date_inferred FROM copies "
                         "WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY id",
                      (_json_list(article_ids),)):
            published = to_date(r[4]) if to_date is not None and r[4] is not None else r[4]
            out.setdefault(r[0], []).append(
                CopyView(r[1], r[2], r[3], published, r[5], r[6], r[7], r[8], json.loads(r[9]), r[10], bool(r[11])))
        return out
    for part in chunks(sorted(set(article_ids))):
        rows = s.execute(
            select(CopyRow.article_id, CopyRow.id, CopyRow.title, CopyRow.outlet_id, CopyRow.published_on,
                   CopyRow.url, CopyRow.language, CopyRow.body, CopyRow.word_count, CopyRow.authors_json,
                   CopyRow.title_key, CopyRow.date_inferred)
            .where(CopyRow.article_id.in_(part)).order_by(CopyRow.id))
        for r in rows:
            out.setdefault(int(r[0]), []).append(
                CopyView(int(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], int(r[8]), json.loads(r[9]), r[10],
                         bool(r[11])))
    return out


def authors_of(s: Session, article_ids: Sequence[int]) -> dict[int, list[str]]:
    """The stored author names of these articles, in byline order."""
    out: dict[int, list[str]] = {}
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
    return [v for v, hit in zip(values, bloom.might_contain(keys).tolist(), strict=True) if hit]


def edge_counts(s: Session, pairs: Iterable[tuple[int, str]],
                main_filter: Filters | None = None) -> dict[tuple[int, str], int]:
    """(outlet, fingerprint) -> distinct articles that carry it at an edge, for these pairs,
    over the main and recent rows (the main rows only for pairs `main_filter` may hold)."""
    by_outlet: dict[int, set[str]] = {}
    for oid, fp in pairs:
        by_outlet.setdefault(oid, set()).add(fp)
    out: dict[tuple[int, str], int] = {}
    if is_sqlite(s):
        # One query per outlet, its fingerprints as one JSON list: each is a probe of the
        # primary keys (outlet, fingerprint, article).
        for oid in sorted(by_outlet):
            fps = sorted(by_outlet[oid])
            in_main = fps if main_filter is None else _maybe(
                fps, main_filter, np.fromiter((edge_key(oid, fp) for fp in fps), dtype=np.uint64, count=len(fps)))
            wanted = json.dumps(fps)
            found = _raw(s, "SELECT fingerprint, count(DISTINCT article_id) FROM ("
                            "SELECT fingerprint, article_id FROM edge_paragraphs WHERE outlet_id = ? AND "
                            "fingerprint IN (SELECT value FROM json_each(?)) UNION ALL "
                            "SELECT fingerprint, article_id FROM edge_paragraphs_recent WHERE outlet_id = ? AND "
                            "fingerprint IN (SELECT value FROM json_each(?))) GROUP BY fingerprint",
                         (oid, json.dumps(in_main), oid, wanted))
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
