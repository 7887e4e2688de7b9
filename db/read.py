"""Read queries for people and tools: search, one article with its copies, streaming export.

Search runs on the database's own full-text index (revision 0002): FTS5 with bm25 on SQLite,
a tsvector with ts_rank_cd on PostgreSQL. Matched words in titles and snippets are wrapped in
HIT_START/HIT_END (control characters that never occur in stored text); the presentation
layer turns them into bold, brackets or <mark>.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, column, exists, func, literal_column, or_, select, table
from sqlalchemy.orm import Session

from db.fts import to_fts5
from db.models import ArticleAuthorRow, ArticleRow, AuthorRow, CopyRow, ManualDecisionRow, OutletRow, SourceRow

HIT_START, HIT_END = "\x02", "\x03"
# bm25 column weights (title, body, outlet, authors): a word in the headline says more about
# what an article is about than the same word once in a long body.
BM25_WEIGHTS = (5.0, 1.0, 2.0, 2.0)
SNIPPET_TOKENS = 24
EXPORT_BATCH = 500  # rows fetched per round trip; memory stays bounded by this, not the archive

_fts = table("articles_fts", column("rowid"))
_fts_ref: ColumnElement[Any] = literal_column("articles_fts")
_pg_search = table("article_search", column("article_id"), column("document"))


@dataclass(frozen=True, slots=True)
class Filters:
    """Restrictions shared by search and export; every given one must hold."""

    outlets: tuple[str, ...] = ()  # outlet names, case-insensitive; any of them
    authors: tuple[str, ...] = ()  # author names, case-insensitive; any of them
    since: dt.date | None = None  # published_on on or after
    until: dt.date | None = None  # published_on on or before
    query: str | None = None  # export only: articles matching this search

    def conditions(self) -> list[ColumnElement[bool]]:
        out: list[ColumnElement[bool]] = []
        if self.outlets:
            names = [o.lower() for o in self.outlets]
            out.append(ArticleRow.outlet_id.in_(select(OutletRow.id).where(func.lower(OutletRow.name).in_(names))))
        if self.authors:
            names = [a.lower() for a in self.authors]
            out.append(
                exists()
                .where(ArticleAuthorRow.article_id == ArticleRow.id)
                .where(ArticleAuthorRow.author_id.in_(select(AuthorRow.id).where(func.lower(AuthorRow.name).in_(names))))
            )
        if self.since:
            out.append(ArticleRow.published_on >= self.since)
        if self.until:
            out.append(ArticleRow.published_on <= self.until)
        return out


@dataclass(frozen=True, slots=True)
class Hit:
    id: int
    title: str | None
    title_marked: str | None  # the title with matched words between HIT_START and HIT_END
    outlet: str | None
    published_on: dt.date | None
    score: float  # higher is better
    snippet: str  # a passage of the body around the matches, marked the same way
    authors: list[str] = field(default_factory=list)
    copies: int = 0


def _copy_count() -> Any:
    return select(func.count()).where(CopyRow.article_id == ArticleRow.id).scalar_subquery()


def search(s: Session, query: str, filters: Filters = Filters(), limit: int = 20) -> list[Hit]:
    """Articles matching `query` (db.fts syntax), best first."""
    stmt = _search_pg(query) if s.get_bind().dialect.name == "postgresql" else _search_sqlite(query)
    stmt = stmt.add_columns(_copy_count()).outerjoin(OutletRow, OutletRow.id == ArticleRow.outlet_id)
    stmt = stmt.where(*filters.conditions()).limit(limit)
    hits = [
        Hit(r[0], r[1], r[2], r[3], r[4], round(float(r[5]), 4), r[6] or "", copies=int(r[7])) for r in s.execute(stmt)
    ]
    names = authors_of(s, [h.id for h in hits])
    for h in hits:
        h.authors.extend(names.get(h.id, []))
    return hits


def _search_sqlite(query: str) -> Select[Any]:
    rank = func.bm25(_fts_ref, *BM25_WEIGHTS)  # lower is better
    return (
        select(
            ArticleRow.id,
            ArticleRow.title,
            func.highlight(_fts_ref, 0, HIT_START, HIT_END),
            OutletRow.name,
            ArticleRow.published_on,
            -rank,
            func.snippet(_fts_ref, 1, HIT_START, HIT_END, "…", SNIPPET_TOKENS),
        )
        .select_from(_fts)
        .join(ArticleRow, ArticleRow.id == _fts.c.rowid)
        .where(_fts_ref.op("MATCH")(to_fts5(query)))
        .order_by(rank, ArticleRow.id)
    )


def _search_pg(query: str) -> Select[Any]:
    tsq = func.websearch_to_tsquery("simple", query)
    rank = func.ts_rank_cd(_pg_search.c.document, tsq)
    marks = f"StartSel={HIT_START}, StopSel={HIT_END}"
    return (
        select(
            ArticleRow.id,
            ArticleRow.title,
            func.ts_headline("simple", func.coalesce(ArticleRow.title, ""), tsq, marks + ", HighlightAll=true"),
            OutletRow.name,
            ArticleRow.published_on,
            rank,
            func.ts_headline(
                "simple", ArticleRow.body, tsq, marks + f", MaxWords={SNIPPET_TOKENS + 11}, MinWords=12, MaxFragments=2"
            ),
        )
        .select_from(_pg_search)
        .join(ArticleRow, ArticleRow.id == _pg_search.c.article_id)
        .where(_pg_search.c.document.op("@@")(tsq))
        .order_by(rank.desc(), ArticleRow.id)
    )


def authors_of(s: Session, article_ids: Iterable[int]) -> dict[int, list[str]]:
    """Article id -> author names in byline order, for a batch of articles."""
    ids = list(article_ids)
    out: dict[int, list[str]] = defaultdict(list)
    if not ids:
        return out
    rows = s.execute(
        select(ArticleAuthorRow.article_id, AuthorRow.name)
        .join(AuthorRow, AuthorRow.id == ArticleAuthorRow.author_id)
        .where(ArticleAuthorRow.article_id.in_(ids))
        .order_by(ArticleAuthorRow.article_id, ArticleAuthorRow.position)
    )
    for article_id, name in rows:
        out[int(article_id)].append(name)
    return out


# -- one article ---------------------------------------------------------------------------


def article(s: Session, article_id: int) -> dict[str, Any] | None:
    """The article with its metadata, its copies (as found) and the manual decisions about it."""
    row = s.execute(
        select(ArticleRow, OutletRow.name)
        .outerjoin(OutletRow, OutletRow.id == ArticleRow.outlet_id)
        .where(ArticleRow.id == article_id)
    ).first()
    if row is None:
        return None
    a, outlet = row
    return {
        "id": a.id,
        "title": a.title,
        "outlet": outlet,
        "published_on": a.published_on,
        "url": a.url,
        "language": a.language,
        "authors": authors_of(s, [a.id]).get(a.id, []),
        "word_count": a.word_count,
        "keeper_copy_id": a.keeper_copy_id,
        "body": a.body,
        "copies": list(copies(s, ArticleRow.id == article_id)),
        "decisions": decisions_about(s, article_id),
    }


_COPY_COLUMNS = (
    CopyRow.id,
    CopyRow.article_id,
    SourceRow.path,
    SourceRow.format,
    CopyRow.position,
    CopyRow.start_line,
    CopyRow.end_line,
    CopyRow.title,
    OutletRow.name,
    CopyRow.published_on,
    CopyRow.url,
    CopyRow.authors_json,
    CopyRow.language,
    CopyRow.match,
    CopyRow.match_basis,
    CopyRow.similarity,
    CopyRow.word_count,
    CopyRow.removed_json,
    CopyRow.raw_text,
    CopyRow.body,
)
_COPY_KEYS = tuple(
    {"path": "source", "format": "format", "name": "outlet", "authors_json": "authors", "removed_json": "removed"}.get(
        c.key, c.key
    )
    for c in _COPY_COLUMNS
)


def copies(s: Session, *where: ColumnElement[bool]) -> Iterator[dict[str, Any]]:
    """Copies with their source and their own metadata as found, in ingestion order (streamed)."""
    stmt = (
        select(*_COPY_COLUMNS)
        .join(SourceRow, SourceRow.id == CopyRow.source_id)
        .join(ArticleRow, ArticleRow.id == CopyRow.article_id)
        .outerjoin(OutletRow, OutletRow.id == CopyRow.outlet_id)
        .where(*where)
        .order_by(CopyRow.id)
        .execution_options(yield_per=EXPORT_BATCH)
    )
    for row in s.execute(stmt):
        c = dict(zip(_COPY_KEYS, row, strict=True))
        c["authors"] = json.loads(c["authors"])
        c["removed"] = json.loads(c["removed"])
        yield c


def decisions_about(s: Session, article_id: int) -> list[dict[str, Any]]:
    rows = s.scalars(
        select(ManualDecisionRow)
        .where(or_(ManualDecisionRow.article_id == article_id, ManualDecisionRow.from_article_id == article_id))
        .order_by(ManualDecisionRow.id)
    )
    return [
        {
            "id": d.id,
            "action": d.action,
            "article_id": d.article_id,
            "from_article_id": d.from_article_id,
            "copy_ids": json.loads(d.copy_ids_json),
            "decided_at": d.decided_at,
            "note": d.note,
        }
        for d in rows
    ]


# -- export --------------------------------------------------------------------------------


def _matching(s: Session, filters: Filters) -> list[ColumnElement[bool]]:
    conds = filters.conditions()
    if filters.query:
        if s.get_bind().dialect.name == "postgresql":
            tsq = func.websearch_to_tsquery("simple", filters.query)
            ids = select(_pg_search.c.article_id).where(_pg_search.c.document.op("@@")(tsq))
        else:
            ids = select(_fts.c.rowid).where(_fts_ref.op("MATCH")(to_fts5(filters.query)))
        conds.append(ArticleRow.id.in_(ids))
    return conds


def export_articles(s: Session, filters: Filters = Filters()) -> Iterator[dict[str, Any]]:
    """One dict per article, streamed in id order: the database hands over EXPORT_BATCH rows
    at a time (a server-side cursor on PostgreSQL) and authors are fetched per batch."""
    stmt = (
        select(
            ArticleRow.id,
            ArticleRow.title,
            OutletRow.name,
            ArticleRow.published_on,
            ArticleRow.url,
            ArticleRow.language,
            ArticleRow.word_count,
            _copy_count(),
            ArticleRow.body,
        )
        .outerjoin(OutletRow, OutletRow.id == ArticleRow.outlet_id)
        .where(*_matching(s, filters))
        .order_by(ArticleRow.id)
        .execution_options(yield_per=EXPORT_BATCH)
    )
    for batch in s.execute(stmt).partitions():
        names = authors_of(s, [r[0] for r in batch])
        for r in batch:
            yield {
                "id": r[0],
                "title": r[1],
                "outlet": r[2],
                "published_on": r[3],
                "url": r[4],
                "language": r[5],
                "authors": names.get(r[0], []),
                "word_count": r[6],
                "copies": int(r[7]),
                "body": r[8],
            }


def export_copies(s: Session, filters: Filters = Filters()) -> Iterator[dict[str, Any]]:
    """One dict per copy of the articles the filters select, streamed in copy order."""
    conds = _matching(s, filters)
    for c in copies(s, and_(*conds) if conds else ArticleRow.id.is_not(None)):
        yield {"copy_id": c.pop("id"), **c}
