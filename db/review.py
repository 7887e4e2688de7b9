"""Queries for reviewing dedup decisions and correcting them by hand (merge, split).

Candidate pairs come from the LSH band index (lsh_buckets and its recent rows): two copies that share a band are
the pairs dedup itself looked at, so reviewing them covers every decision it could have made
the other way. Merge and split move copies between articles; their LSH rows are keyed by copy
and follow through copies.article_id, so the band index stays consistent with no rewrite.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Subquery, delete, exists, func, insert, select, union_all, update
from sqlalchemy.orm import Session, aliased

from db.models import (
    ArticleAuthorRow,
    ArticleRow,
    CopyRow,
    EdgeParagraphRow,
    LshBucketRecentRow,
    LshBucketRow,
    ManualDecisionRow,
    OutletRow,
    SourceRow,
)
from db.recent_index import merge_recent


@dataclass(frozen=True, slots=True)
class CopyBrief:
    """What a reviewer needs to see of one copy."""

    id: int
    article_id: int
    source: str
    start_line: int
    end_line: int
    title: str | None
    outlet: str | None
    published_on: dt.date | None
    match: str
    similarity: float | None
    match_basis: str | None
    content_hash: str | None
    body: str

    @property
    def lines(self) -> str:
        return f"{self.source}:{self.start_line}-{self.end_line}"


def copy_briefs(s: Session, copy_ids: list[int] | None = None, article_id: int | None = None) -> list[CopyBrief]:
    stmt = (
        select(
            CopyRow.id,
            CopyRow.article_id,
            SourceRow.path,
            CopyRow.start_line,
            CopyRow.end_line,
            CopyRow.title,
            OutletRow.name,
            CopyRow.published_on,
            CopyRow.match,
            CopyRow.similarity,
            CopyRow.match_basis,
            CopyRow.content_hash,
            CopyRow.body,
        )
        .join(SourceRow, SourceRow.id == CopyRow.source_id)
        .outerjoin(OutletRow, OutletRow.id == CopyRow.outlet_id)
        .order_by(CopyRow.id)
    )
    if copy_ids is not None:
        stmt = stmt.where(CopyRow.id.in_(copy_ids))
    if article_id is not None:
        stmt = stmt.where(CopyRow.article_id == article_id)
    return [
        CopyBrief(
            id=r[0], article_id=r[1], source=r[2], start_line=r[3], end_line=r[4], title=r[5], outlet=r[6],
            published_on=r[7], match=r[8], similarity=r[9], match_basis=r[10], content_hash=r[11], body=r[12],
        )
        for r in s.execute(stmt)
    ]


def clusters(s: Session, limit: int | None = None) -> Iterator[tuple[int, str | None, list[CopyBrief]]]:
    """Articles with more than one copy, largest first: (article id, title, copies)."""
    size = func.count(CopyRow.id)
    stmt = (
        select(ArticleRow.id, ArticleRow.title)
        .join(CopyRow, CopyRow.article_id == ArticleRow.id)
        .group_by(ArticleRow.id, ArticleRow.title)
        .having(size > 1)
        .order_by(size.desc(), ArticleRow.id)
        .limit(limit)
    )
    for article_id, title in s.execute(stmt).all():
        yield int(article_id), title, copy_briefs(s, article_id=int(article_id))


def candidate_pairs(s: Session, max_pairs: int) -> list[tuple[int, int, int]]:
    """(copy a, copy b, shared bands) for copies sharing an LSH bucket, bodies not identical;
    most shared bands first, at most `max_pairs`."""
    la, lb = _lsh_rows(), _lsh_rows()
    ca, cb = aliased(CopyRow), aliased(CopyRow)
    shared = func.count()
    stmt = (
        select(la.c.copy_id, lb.c.copy_id, shared)
        .join(lb, (lb.c.bucket == la.c.bucket) & (lb.c.copy_id > la.c.copy_id))
        .join(ca, ca.id == la.c.copy_id)
        .join(cb, cb.id == lb.c.copy_id)
        .where(ca.content_hash != cb.content_hash)
        .group_by(la.c.copy_id, lb.c.copy_id)
        .order_by(shared.desc(), la.c.copy_id, lb.c.copy_id)
        .limit(max_pairs)
    )
    return [(int(a), int(b), int(n)) for a, b, n in s.execute(stmt)]


# -- manual corrections ----------------------------------------------------------------------


def article_exists(s: Session, article_id: int) -> bool:
    return s.scalar(select(ArticleRow.id).where(ArticleRow.id == article_id)) is not None


def copy_article(s: Session, copy_id: int) -> int | None:
    return s.scalar(select(CopyRow.article_id).where(CopyRow.id == copy_id))


def copy_ids_of(s: Session, article_id: int) -> list[int]:
    return [int(i) for i in s.scalars(select(CopyRow.id).where(CopyRow.article_id == article_id).order_by(CopyRow.id))]


def copy_keys(s: Session, copy_ids: list[int]) -> list[str]:
    """Stable names of copies ("sha256-of-source:position"), valid in a rebuilt archive too."""
    rows = s.execute(
        select(CopyRow.id, SourceRow.sha256, CopyRow.position)
        .join(SourceRow, SourceRow.id == CopyRow.source_id)
        .where(CopyRow.id.in_(copy_ids))
    )
    keys = {int(i): f"{sha}:{pos}" for i, sha, pos in rows}
    return [keys[i] for i in copy_ids]


def move_copies(s: Session, copy_ids: list[int], to_article: int) -> None:
    s.execute(update(CopyRow).where(CopyRow.id.in_(copy_ids)).values(article_id=to_article))


def set_match(s: Session, copy_id: int, match: str, similarity: float | None, basis: str | None) -> None:
    s.execute(
        update(CopyRow).where(CopyRow.id == copy_id).values(match=match, similarity=similarity, match_basis=basis)
    )


def drop_merged_article(s: Session, merged: int, into: int) -> None:
    """Delete an article whose copies all moved to `into`; its edge-paragraph counts move too
    (they count distinct articles, and the two are now one)."""
    merge_recent(s)  # the rows are rewritten in the main table alone
    mine = aliased(EdgeParagraphRow)
    s.execute(
        delete(EdgeParagraphRow).where(
            EdgeParagraphRow.article_id == merged,
            exists().where(
                mine.article_id == into,
                mine.outlet_id == EdgeParagraphRow.outlet_id,
                mine.fingerprint == EdgeParagraphRow.fingerprint,
            ),
        )
    )
    s.execute(update(EdgeParagraphRow).where(EdgeParagraphRow.article_id == merged).values(article_id=into))
    s.execute(delete(ArticleAuthorRow).where(ArticleAuthorRow.article_id == merged))
    s.execute(delete(ArticleRow).where(ArticleRow.id == merged))


def record_decision(
    s: Session, action: str, article_id: int, from_article_id: int, copy_ids: list[int], note: str | None
) -> int:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    result = s.execute(
        insert(ManualDecisionRow)
        .values(
            action=action,
            article_id=article_id,
            from_article_id=from_article_id,
            copy_ids_json=json.dumps(copy_ids),
            copy_keys_json=json.dumps(copy_keys(s, copy_ids)),
            decided_at=now,
            note=note,
        )
        .returning(ManualDecisionRow.id)
    )
    return int(result.scalar_one())


def lsh_orphans(s: Session) -> int:
    """LSH rows whose copy no longer exists (should be 0: the index follows its copies)."""
    rows = _lsh_rows()
    return int(
        s.scalar(
            select(func.count())
            .select_from(rows)
            .outerjoin(CopyRow, CopyRow.id == rows.c.copy_id)
            .where(CopyRow.id.is_(None))
        )
        or 0
    )


def _lsh_rows() -> Subquery:
    """The LSH index's rows, main and recent (revision 0005): a row is in one of them."""
    return union_all(
        select(LshBucketRow.bucket, LshBucketRow.copy_id),
        select(LshBucketRecentRow.bucket, LshBucketRecentRow.copy_id),
    ).subquery()
