"""Set-at-a-time writes for storing one source file: executemany inserts and updates instead
of a statement per row, and the search-index pause that lets a file's new articles be indexed
in a few range statements. Kept apart from the reads (db/batch.py) because these are the only
statements of a file's batch that change the archive.

Every statement uses bound parameters; on SQLite the inserts take the driver fast path
described in db/batch.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from itertools import chain
from typing import Any

import numpy as np
from sqlalchemy import bindparam, delete, insert, or_, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.batch import chunks, dbapi, is_sqlite
from db.models import (
    ArticleAuthorRow,
    ArticleRow,
    CopyRow,
    EdgeParagraphRecentRow,
    LearnedBoilerplateRow,
    LshBucketRecentRow,
)


def insert_rows(s: Session, model: Any, rows: list[dict[str, Any]], *, ignore_conflicts: bool = False) -> None:
    """executemany insert; with ignore_conflicts, rows whose key already exists are skipped."""
    if not rows:
        return
    table = model.__table__  # Core, not the ORM bulk path: these rows need no identity map
    if is_sqlite(s):
        _insert_sqlite(s, table, rows, ignore_conflicts)
        return
    if ignore_conflicts:
        stmt = (sqlite_insert if is_sqlite(s) else pg_insert)(table).on_conflict_do_nothing()
        s.connection().execute(stmt, rows)
    else:
        s.connection().execute(insert(table), rows)


def _insert_sqlite(s: Session, table: Any, rows: list[dict[str, Any]], ignore_conflicts: bool) -> None:
    """executemany over tuples; values go through each column type's own bind processor (the
    conversion SQLAlchemy applies: dates to ISO text, booleans to integers), so rows are stored
    exactly as the Core insert would store them."""
    names = list(rows[0])
    _executemany_sqlite(s, table, names, [tuple(r[n] for n in names) for r in rows], ignore_conflicts)


def _converters(s: Session, table: Any, names: Sequence[str]) -> list[tuple[int, Any]]:
    """(position, bind processor) of the columns whose type converts values on the way in."""
    dialect = s.get_bind().dialect
    procs = [(i, table.c[n].type.dialect_impl(dialect).bind_processor(dialect)) for i, n in enumerate(names)]
    return [(i, p) for i, p in procs if p is not None]


def _executemany_sqlite(s: Session, table: Any, names: Sequence[str], params: list[tuple[Any, ...]],
                        ignore_conflicts: bool) -> None:
    converters = _converters(s, table, names)
    if converters:
        converted = []
        for row in params:
            values = list(row)
            for i, proc in converters:
                if values[i] is not None:
                    values[i] = proc(values[i])
            converted.append(tuple(values))
        params = converted
    verb = "INSERT OR IGNORE" if ignore_conflicts else "INSERT"
    columns = ", ".join('"' + n + '"' for n in names)
    marks = ", ".join("?" * len(names))
    sql = f"{verb} INTO {table.name} ({columns}) VALUES ({marks})"  # our table and column names only
    s.connection().exec_driver_sql(sql, params)


def insert_tuples(s: Session, model: Any, names: Sequence[str], rows: list[tuple[Any, ...]], *,
                  ignore_conflicts: bool = False) -> None:
    """As `insert_rows`, for rows given as tuples in the order of `names`: the writer's
    many-row tables (LSH buckets, edge paragraphs) skip building a dict per row."""
    if not rows:
        return
    if is_sqlite(s):
        _executemany_sqlite(s, model.__table__, names, rows, ignore_conflicts)
        return
    insert_rows(s, model, [dict(zip(names, r, strict=True)) for r in rows], ignore_conflicts=ignore_conflicts)


AUTHOR_COLUMNS = ("article_id", "position", "author_id")


class Binder:
    """Values as the driver binds them: on SQLite through the column types' own bind processors
    (a date as ISO text, a boolean as an integer), once, as a row is built; on PostgreSQL as
    they are (SQLAlchemy's Core insert converts them). Rows built with these go to
    `insert_bound`."""

    def __init__(self, s: Session) -> None:
        self.date: Callable[[Any], Any] = _same
        self.boolean: Callable[[Any], Any] = _same
        if is_sqlite(s):
            dialect = s.get_bind().dialect
            date = ArticleRow.__table__.c.published_on.type.dialect_impl(dialect).bind_processor(dialect) or _same
            self.date = date
            if date(dt.date(1, 2, 3)) == "0001-02-03":  # "%(year)04d-%(month)02d-%(day)02d": a date's isoformat
                self.date = lambda v: v.isoformat() if type(v) is dt.date else date(v)
            self.boolean = CopyRow.__table__.c.date_inferred.type.dialect_impl(dialect).bind_processor(dialect) or _same


def _same(value: Any) -> Any:
    return value


def insert_bound(s: Session, model: Any, names: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """executemany insert of rows given as tuples in the order of `names`, their values made
    with a `Binder` (on SQLite straight to the driver: the writer's rows are built once)."""
    if not rows:
        return
    if is_sqlite(s):
        columns = ", ".join('"' + n + '"' for n in names)
        marks = ", ".join("?" * len(names))
        sql = f"INSERT INTO {model.__table__.name} ({columns}) VALUES ({marks})"  # our table and column names only
        dbapi(s).executemany(sql, rows)
        return
    insert_rows(s, model, [dict(zip(names, r, strict=True)) for r in rows])


def update_articles(s: Session, rows: list[dict[str, Any]]) -> None:
    """executemany UPDATE of article fields; each row carries its id as 'aid'. A row whose
    stored fields already equal these is left alone (not rewritten, its search entry not
    rebuilt): a copy that joins an article often leaves its keeper where it was."""
    if not rows:
        return
    fields = [k for k in rows[0] if k != "aid"]
    if is_sqlite(s):
        # The statement SQLAlchemy would compile below, straight to the driver ("IS NOT" is
        # SQLite's IS DISTINCT FROM), values through the columns' bind processors.
        binders = _binders(s, ArticleRow.__table__, fields)
        sets = ", ".join(f'"{f}" = ?' for f in fields)
        differs = " OR ".join(f'"{f}" IS NOT ?' for f in fields)
        params = []
        pairs = list(zip(fields, binders, strict=True))
        for r in rows:
            values = [r[f] if proc is None or r[f] is None else proc(r[f]) for f, proc in pairs]
            params.append((*values, r["aid"], *values))
        sql = f"UPDATE articles SET {sets} WHERE id = ? AND ({differs})"  # our column names only
        dbapi(s).executemany(sql, params)
        return
    # Bind names must differ from column names in an executemany UPDATE.
    changed = or_(*[ArticleRow.__table__.c[f].is_distinct_from(bindparam("v_" + f)) for f in fields])
    stmt = (update(ArticleRow).where(ArticleRow.id == bindparam("aid"), changed)
            .values({f: bindparam("v_" + f) for f in fields}))
    s.connection().execute(stmt, [{"aid": r["aid"], **{"v_" + f: r[f] for f in fields}} for r in rows])


def _binders(s: Session, table: Any, names: Sequence[str]) -> list[Any]:
    dialect = s.get_bind().dialect
    return [table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names]


def replace_authors(s: Session, article_ids: Sequence[int], rows: list[tuple[int, int, int]]) -> None:
    """The author rows (article, position, author) of these articles, replaced by `rows`."""
    for part in chunks(sorted(set(article_ids))):
        s.execute(delete(ArticleAuthorRow).where(ArticleAuthorRow.article_id.in_(part)))
    insert_bound(s, ArticleAuthorRow, AUTHOR_COLUMNS, rows)


def pause_search_index(s: Session) -> bool:
    """SQLite: stop the per-row search triggers for the rest of this transaction (revision
    0004); the caller indexes its new articles with `index_for_search` and then calls
    `resume_search_index` before committing. False (nothing paused) on PostgreSQL."""
    if not is_sqlite(s):
        return False
    s.execute(text("INSERT INTO articles_fts_paused (id) VALUES (1)"))
    return True


def index_for_search(s: Session, article_ids: Sequence[int]) -> None:
    """Add these new articles to the search index in one statement per contiguous id range
    (what the paused insert trigger would have done row by row)."""
    ids = sorted(set(article_ids))
    start = 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i] != ids[i - 1] + 1:
            s.execute(_INDEX_RANGE, {"lo": ids[start], "hi": ids[i - 1]})
            start = i


def resume_search_index(s: Session) -> None:
    s.execute(text("DELETE FROM articles_fts_paused"))


_INDEX_RANGE = text(
    "INSERT INTO articles_fts(rowid, title, body, outlet, authors) "
    "SELECT a.id, a.title, a.body, o.name, (SELECT group_concat(au.name, ', ') FROM article_authors aa "
    "JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = a.id) "
    "FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id BETWEEN :lo AND :hi"
)


def learn(s: Session, rows: list[dict[str, Any]]) -> None:
    insert_rows(s, LearnedBoilerplateRow, rows)


def bucket_pairs(s: Session, copy_ids: Sequence[int], buckets: Sequence[Sequence[int]]) -> None:
    """The LSH rows of these copies (each copy with its buckets) into the recent rows, in key
    order, each (bucket, copy) pair once: what `buckets` does with the pairs spelled out, sorted
    by numpy instead of as 16,000 Python tuples a file."""
    if not copy_ids:
        return
    if not is_sqlite(s):
        buckets_rows = {(int(b), cid) for cid, bs in zip(copy_ids, buckets, strict=True) for b in bs}
        insert_tuples(s, LshBucketRecentRow, ("bucket", "copy_id"), sorted(buckets_rows))
        return
    counts = np.fromiter(map(len, buckets), dtype=np.intp, count=len(buckets))
    keys = np.fromiter(chain.from_iterable(buckets), dtype=np.int64, count=int(counts.sum()))
    cids = np.repeat(np.asarray(copy_ids, dtype=np.int64), counts)
    order = np.lexsort((cids, keys))
    keys, cids = keys[order], cids[order]
    if keys.size > 1:
        keep = np.empty(keys.size, dtype=bool)
        keep[0] = True
        np.logical_or(keys[1:] != keys[:-1], cids[1:] != cids[:-1], out=keep[1:])
        if not keep.all():
            keys, cids = keys[keep], cids[keep]
    dbapi(s).executemany("INSERT INTO lsh_buckets_recent (bucket, copy_id) VALUES (?, ?)",
                         zip(keys.tolist(), cids.tolist(), strict=True))


def buckets(s: Session, rows: list[tuple[int, int]]) -> None:
    """(bucket, copy id) rows into the recent LSH rows, in key order: neighbouring keys share
    b-tree pages."""
    insert_tuples(s, LshBucketRecentRow, ("bucket", "copy_id"), sorted(rows))


def edges(s: Session, rows: list[tuple[int, str, int]], *, ordered: bool = False) -> None:
    """(outlet, fingerprint, article) rows into the recent edge rows, in key order (`ordered`:
    the caller has sorted them already)."""
    insert_tuples(s, EdgeParagraphRecentRow, ("outlet_id", "fingerprint", "article_id"),
                  rows if ordered else sorted(rows), ignore_conflicts=True)
