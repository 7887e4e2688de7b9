"""Every query the stages and the CLI need. Stages never build SQL themselves.

All statements use bound parameters (SQLAlchemy Core); nothing from an input file is ever
spliced into SQL text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from db.engine import driver
from db.models import (
    ArticleAuthorRow,
    ArticleRow,
    AuthorRow,
    CopyRow,
    LearnedBoilerplateRow,
    ManualDecisionRow,
    OutletRow,
    RunRow,
    SettingRow,
    SourceRow,
)

# -- settings ---------------------------------------------------------------------------------


def get_setting(s: Session, name: str) -> str | None:
    if s.get_bind().dialect.name == "sqlite":
        # Read by the writer several times a file: straight to the driver (~20 µs, not ~400).
        row = driver(s).execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])
    return s.scalar(select(SettingRow.value).where(SettingRow.name == name))


def set_setting(s: Session, name: str, value: str) -> None:
    if get_setting(s, name) is None:
        s.execute(insert(SettingRow).values(name=name, value=value))
    else:
        s.execute(update(SettingRow).where(SettingRow.name == name).values(value=value))


# -- sources ----------------------------------------------------------------------------------


def source_by_sha(s: Session, sha256: str) -> SourceRow | None:
    return s.scalar(select(SourceRow).where(SourceRow.sha256 == sha256))


def insert_source(
    s: Session,
    *,
    path: str,
    sha256: str,
    size_bytes: int,
    fmt: str | None,
    encoding: str | None,
    status: str,
    error: str | None = None,
    lossy: bool = False,
    lines_dropped: int = 0,
) -> int:
    values: dict[str, Any] = {
        "path": path, "sha256": sha256, "size_bytes": size_bytes, "format": fmt, "encoding": encoding,
        "ingested_at": dt.datetime.now(dt.UTC).replace(tzinfo=None), "status": status, "error": error,
        "lossy_decode": lossy, "lines_dropped": lines_dropped,
    }
    if s.get_bind().dialect.name == "sqlite":
        # One per file, so for one-story files as dear as the file's articles through the ORM:
        # the same row, values through the columns' own bind processors, straight to the driver.
        dialect = s.get_bind().dialect
        params = []
        for name, value in values.items():
            proc = SourceRow.__table__.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            params.append(value if proc is None or value is None else proc(value))
        return int(driver(s).execute(_INSERT_SOURCE, params).fetchone()[0])
    result = s.execute(insert(SourceRow).values(**values).returning(SourceRow.id))
    return int(result.scalar_one())


_INSERT_SOURCE = ("INSERT INTO sources (path, sha256, size_bytes, format, encoding, ingested_at, status, error, "
                  "lossy_decode, lines_dropped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")


def record_failure(
    s: Session,
    *,
    path: str,
    sha256: str,
    size_bytes: int,
    error: str,
    fmt: str | None = None,
    encoding: str | None = None,
) -> None:
    """A failed source: a row with status 'failed' and the reason; retried on a later run."""
    existing = source_by_sha(s, sha256)
    if existing is not None:
        if existing.status == "failed":
            s.execute(update(SourceRow).where(SourceRow.id == existing.id).values(error=error, path=path))
        return
    insert_source(
        s, path=path, sha256=sha256, size_bytes=size_bytes, fmt=fmt, encoding=encoding, status="failed", error=error
    )


def delete_failed_source(s: Session, source_id: int) -> None:
    s.execute(delete(SourceRow).where(SourceRow.id == source_id, SourceRow.status == "failed"))


_SOURCES_NAMED = ("SELECT id, path, sha256, size_bytes FROM sources WHERE status = 'done' AND size_bytes < ? "
                  "AND size_bytes > 0 AND (path = ? OR path = ? OR path LIKE ? ESCAPE '\\') ORDER BY id")


def sources_named(s: Session, path: str, name: str, smaller_than: int) -> list[tuple[int, str, str, int]]:
    """(id, path, sha256, size_bytes) of done sources smaller than `smaller_than` bytes with this
    path or this file name: the candidates for an earlier version of a file that grew."""
    pattern = "%/" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if s.get_bind().dialect.name == "sqlite":  # asked for every file: straight to the driver
        found = driver(s).execute(_SOURCES_NAMED, (smaller_than, path, name, pattern)).fetchall()
        return [(int(r[0]), r[1], r[2], int(r[3])) for r in found]
    rows = s.execute(
        select(SourceRow.id, SourceRow.path, SourceRow.sha256, SourceRow.size_bytes)
        .where(SourceRow.status == "done", SourceRow.size_bytes < smaller_than, SourceRow.size_bytes > 0)
        .where(
            (SourceRow.path == path) | (SourceRow.path == name) | SourceRow.path.like(pattern, escape="\\")
        )
        .order_by(SourceRow.id)
    )
    return [(int(r[0]), r[1], r[2], int(r[3])) for r in rows]


def copy_spans(s: Session, source_ids: Sequence[int]) -> list[tuple[int, int, str]]:
    """(start_line, end_line, raw_text) of every copy of these sources."""
    rows = s.execute(
        select(CopyRow.start_line, CopyRow.end_line, CopyRow.raw_text).where(CopyRow.source_id.in_(list(source_ids)))
    )
    return [(int(r[0]), int(r[1]), r[2]) for r in rows]


# -- outlets and authors ----------------------------------------------------------------------


def author_id(s: Session, name: str) -> int:
    found = s.scalar(select(AuthorRow.id).where(AuthorRow.name == name))
    if found is not None:
        return int(found)
    return int(s.execute(insert(AuthorRow).values(name=name).returning(AuthorRow.id)).scalar_one())


# -- the dedup index --------------------------------------------------------------------------


# -- articles and copies ----------------------------------------------------------------------


def new_article(s: Session) -> int:
    values: dict[str, Any] = {"body": "", "word_count": 0}
    if s.get_bind().dialect.name == "sqlite":
        # SQLite hands out max(id)+1, so the id of an article merged away by hand (kept in
        # manual_decisions) would go to the next new article; ids stay retired instead.
        merged = select(func.max(ManualDecisionRow.from_article_id)).where(ManualDecisionRow.action == "merge")
        retired = s.scalar(merged)
        if retired is not None and retired >= (s.scalar(select(func.max(ArticleRow.id))) or 0):
            values["id"] = retired + 1
    return int(s.execute(insert(ArticleRow).values(**values).returning(ArticleRow.id)).scalar_one())


@dataclass(frozen=True, slots=True)
class CopyView:
    id: int
    title: str | None
    outlet_id: int | None
    published_on: dt.date | None
    url: str | None
    language: str | None
    body: str
    word_count: int
    authors: list[str]
    title_key: str | None
    date_inferred: bool = False  # published_on is the carrier's, not stated (copies.date_inferred)


def article_copies(s: Session, article_id: int) -> list[CopyView]:
    rows = s.execute(
        select(
            CopyRow.id,
            CopyRow.title,
            CopyRow.outlet_id,
            CopyRow.published_on,
            CopyRow.url,
            CopyRow.language,
            CopyRow.body,
            CopyRow.word_count,
            CopyRow.authors_json,
            CopyRow.title_key,
            CopyRow.date_inferred,
        )
        .where(CopyRow.article_id == article_id)
        .order_by(CopyRow.id)
    )
    return [CopyView(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], json.loads(r[8]), r[9], bool(r[10])) for r in rows]


KeeperBody = Callable[[CopyView], str]


def keeper_fields(copies: list[CopyView], keeper_body: KeeperBody) -> tuple[dict[str, Any], list[str]]:
    """The keeper policy, in one place: the article's fields and authors from its copies.

    Keeper: the copy with the most words in its clean body; on a tie, the earliest. The
    article takes the keeper's title, outlet, date, URL, language and authors; a field the
    keeper leaves empty is filled from the other copies in ingestion order. A date a copy
    states comes before one it only carries (a mail's Date header, a UTC stamp with no zone).
    """
    keeper = max(copies, key=lambda c: (c.word_count, -c.id))
    ordered = [keeper] + [c for c in copies if c.id != keeper.id]

    def first(attr: str) -> Any:
        return next((getattr(c, attr) for c in ordered if getattr(c, attr)), None)

    stated = next((c.published_on for c in ordered if c.published_on and not c.date_inferred), None)

    body = keeper_body(keeper)
    fields = {
        "title": first("title"), "outlet_id": first("outlet_id"), "published_on": stated or first("published_on"),
        "url": first("url"), "language": first("language"), "body": body,
        # The keeper's count when its body is unchanged (no learned boilerplate stripped).
        "word_count": keeper.word_count if body is keeper.body else len(body.split()),
        "keeper_copy_id": keeper.id, "title_key": first("title_key"),
    }
    return fields, list(first("authors") or [])


def refresh_article(s: Session, article_id: int, keeper_body: KeeperBody) -> None:
    """Recompute an article from its copies.

    Keeper policy: the copy with the most words in its clean body; on a tie, the earliest.
    The article takes the keeper's title, outlet, date, URL, language and authors; a field the
    keeper leaves empty is filled from the other copies in ingestion order.
    """
    copies = article_copies(s, article_id)
    if not copies:
        return
    fields, authors = keeper_fields(copies, keeper_body)
    s.execute(update(ArticleRow).where(ArticleRow.id == article_id).values(**fields))
    s.execute(delete(ArticleAuthorRow).where(ArticleAuthorRow.article_id == article_id))
    if authors:
        s.execute(
            insert(ArticleAuthorRow),
            [
                {"article_id": article_id, "position": i, "author_id": author_id(s, name)}
                for i, name in enumerate(authors)
            ],
        )


# -- boilerplate learned from repetition ------------------------------------------------------


def learned(s: Session, outlet_id: int) -> set[str]:
    return set(s.scalars(select(LearnedBoilerplateRow.fingerprint).where(LearnedBoilerplateRow.outlet_id == outlet_id)))


# -- runs -------------------------------------------------------------------------------------


def start_run(s: Session) -> int:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return int(s.execute(insert(RunRow).values(started_at=now, summary_json="{}").returning(RunRow.id)).scalar_one())


def finish_run(s: Session, run_id: int, summary: dict[str, Any]) -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    s.execute(update(RunRow).where(RunRow.id == run_id).values(finished_at=now, summary_json=json.dumps(summary)))


# -- stats ------------------------------------------------------------------------------------


def stats(s: Session) -> dict[str, Any]:
    """Counts by outlet, by date, duplicates, sources and their status."""
    by_outlet = s.execute(
        select(func.coalesce(OutletRow.name, "(no outlet)"), func.count(ArticleRow.id))
        .select_from(ArticleRow)
        .outerjoin(OutletRow, OutletRow.id == ArticleRow.outlet_id)
        .group_by(OutletRow.name)
        .order_by(func.count(ArticleRow.id).desc(), OutletRow.name)
    ).all()
    by_date = s.execute(
        select(ArticleRow.published_on, func.count())
        .group_by(ArticleRow.published_on)
        .order_by(ArticleRow.published_on)
    ).all()
    matches = dict(s.execute(select(CopyRow.match, func.count()).group_by(CopyRow.match)).all())
    sources = dict(s.execute(select(SourceRow.status, func.count()).group_by(SourceRow.status)).all())
    failed = s.execute(
        select(SourceRow.path, SourceRow.error).where(SourceRow.status == "failed").order_by(SourceRow.id)
    ).all()
    return {
        "articles": s.scalar(select(func.count()).select_from(ArticleRow)) or 0,
        "copies": s.scalar(select(func.count()).select_from(CopyRow)) or 0,
        "duplicates": {"exact": matches.get("exact", 0), "near": matches.get("near", 0)},
        "by_outlet": [{"outlet": r[0], "articles": r[1]} for r in by_outlet],
        "by_date": [{"date": r[0].isoformat() if r[0] else None, "articles": r[1]} for r in by_date],
        "sources": {"done": sources.get("done", 0), "failed": sources.get("failed", 0)},
        "failed_sources": [{"path": r[0], "error": r[1]} for r in failed],
        "learned_boilerplate": s.scalar(select(func.count()).select_from(LearnedBoilerplateRow)) or 0,
    }
