"""Set-at-a-time queries for storing one source file: a handful of IN-queries to read what the
dedup decisions need, and executemany writes, instead of a dozen statements per article.

Every statement uses bound parameters. Long IN-lists are chunked below SQLite's variable limit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models import (
    ArticleAuthorRow,
    ArticleRow,
    AuthorRow,
    CopyRow,
    EdgeParagraphRow,
    LearnedBoilerplateRow,
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
    for part in chunks(sorted(set(hashes))):
        rows = s.execute(select(CopyRow.content_hash, func.min(CopyRow.article_id))
                         .where(CopyRow.content_hash.in_(part)).group_by(CopyRow.content_hash))
        out.update({str(h): int(a) for h, a in rows})
    return out


def bucket_copies(s: Session, buckets: Sequence[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for part in chunks(sorted(set(buckets))):
        for bucket, copy_id in s.execute(select(LshBucketRow.bucket, LshBucketRow.copy_id)
                                         .where(LshBucketRow.bucket.in_(part))):
            out.setdefault(int(bucket), []).append(int(copy_id))
    return out


def copy_heads(s: Session, copy_ids: Sequence[int]) -> dict[int, tuple[int, bytes | None]]:
    """copy id -> (article id, signature bytes)."""
    out: dict[int, tuple[int, bytes | None]] = {}
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
    return s.scalar(select(CopyRow.body).where(CopyRow.id == copy_id)) or ""


def first_copy_body(s: Session, article_id: int) -> str:
    return s.scalar(select(CopyRow.body).where(CopyRow.article_id == article_id).order_by(CopyRow.id).limit(1)) or ""


def copies_of(s: Session, article_ids: Sequence[int]) -> dict[int, list[CopyView]]:
    """The stored copies of these articles, in ingestion order."""
    out: dict[int, list[CopyView]] = {}
    for part in chunks(sorted(set(article_ids))):
        rows = s.execute(
            select(CopyRow.article_id, CopyRow.id, CopyRow.title, CopyRow.outlet_id, CopyRow.published_on,
                   CopyRow.url, CopyRow.language, CopyRow.body, CopyRow.word_count, CopyRow.authors_json,
                   CopyRow.title_key)
            .where(CopyRow.article_id.in_(part)).order_by(CopyRow.id))
        for r in rows:
            out.setdefault(int(r[0]), []).append(
                CopyView(int(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], int(r[8]), json.loads(r[9]), r[10]))
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


def defer_foreign_keys(s: Session) -> None:
    """SQLite: check foreign keys at commit, not per statement, for the rest of this
    transaction (rows may then be written children first). PostgreSQL checks at statement
    end with non-deferrable keys, so the caller's order is kept there."""
    if is_sqlite(s):
        s.execute(text("PRAGMA defer_foreign_keys = ON"))


def learned_for(s: Session, outlet_ids: Iterable[int]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for part in chunks(sorted(set(outlet_ids))):
        for oid, fp in s.execute(select(LearnedBoilerplateRow.outlet_id, LearnedBoilerplateRow.fingerprint)
                                 .where(LearnedBoilerplateRow.outlet_id.in_(part))):
            out.setdefault(int(oid), set()).add(fp)
    return out


def edge_counts(s: Session, outlet_ids: Iterable[int], fingerprints: Iterable[str]) -> dict[tuple[int, str], int]:
    """(outlet, fingerprint) -> distinct articles that carry it at an edge."""
    oids, fps = sorted(set(outlet_ids)), sorted(set(fingerprints))
    out: dict[tuple[int, str], int] = {}
    for part in chunks(fps):
        rows = s.execute(
            select(EdgeParagraphRow.outlet_id, EdgeParagraphRow.fingerprint,
                   func.count(func.distinct(EdgeParagraphRow.article_id)))
            .where(EdgeParagraphRow.outlet_id.in_(oids), EdgeParagraphRow.fingerprint.in_(part))
            .group_by(EdgeParagraphRow.outlet_id, EdgeParagraphRow.fingerprint))
        out.update({(int(o), f): int(n) for o, f, n in rows})
    return out


def carriers(s: Session, outlet_id: int, fingerprint: str) -> list[int]:
    return [int(a) for a in s.scalars(select(EdgeParagraphRow.article_id).where(
        EdgeParagraphRow.outlet_id == outlet_id, EdgeParagraphRow.fingerprint == fingerprint))]


# -- writes -----------------------------------------------------------------------------------


def insert_rows(s: Session, model: Any, rows: list[dict[str, Any]], *, ignore_conflicts: bool = False) -> None:
    """executemany insert; with ignore_conflicts, rows whose key already exists are skipped."""
    if not rows:
        return
    table = model.__table__  # Core, not the ORM bulk path: these rows need no identity map
    if ignore_conflicts:
        stmt = (sqlite_insert if is_sqlite(s) else pg_insert)(table).on_conflict_do_nothing()
        s.connection().execute(stmt, rows)
    else:
        s.connection().execute(insert(table), rows)


def update_articles(s: Session, rows: list[dict[str, Any]]) -> None:
    """executemany UPDATE of article fields; each row carries its id as 'aid'."""
    if not rows:
        return
    fields = [k for k in rows[0] if k != "aid"]
    # Bind names must differ from column names in an executemany UPDATE.
    stmt = update(ArticleRow).where(ArticleRow.id == bindparam("aid")).values({f: bindparam("v_" + f) for f in fields})
    s.connection().execute(stmt, [{"aid": r["aid"], **{"v_" + f: r[f] for f in fields}} for r in rows])


def replace_authors(s: Session, article_ids: Sequence[int], rows: list[dict[str, Any]]) -> None:
    for part in chunks(sorted(set(article_ids))):
        s.execute(delete(ArticleAuthorRow).where(ArticleAuthorRow.article_id.in_(part)))
    insert_rows(s, ArticleAuthorRow, rows)


def learn(s: Session, rows: list[dict[str, Any]]) -> None:
    insert_rows(s, LearnedBoilerplateRow, rows)


def buckets(s: Session, rows: list[dict[str, int]]) -> None:
    insert_rows(s, LshBucketRow, rows)
