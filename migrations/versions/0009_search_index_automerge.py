"""search index: merge segments 16 at a time (FTS5 automerge 16) instead of 4

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 17:10:00

SQLite only; the stored text, rows and search results are unchanged, only how the FTS5 index
arranges its b-tree segments. The writer adds each file's new articles in one statement and
then refreshes older articles it touched, whose delete-and-insert in the index goes back in
rowid order and makes FTS5 write out what it holds in memory: one small segment per file. With
the default automerge of 4, each level of segments is merged into the next as soon as it holds
4, so every indexed token is rewritten once per level (log4 of the archive's segments); with 16
it is rewritten about half as often. On 10,000 synthetic articles the writer's search-index
statements cost ~0.03 ms an article less (docs/performance.md, session 9). A query reads up to
15 segments a level instead of 3: no measurable difference in `newsarchive search` at 35,000
articles (the same 100 queries, 1.82-1.86 s either way).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AUTOMERGE = 16
DEFAULT_AUTOMERGE = 4  # FTS5's own default, what archives before this revision used


def _set_automerge(value: int) -> None:
    # FTS5's configuration command: kept in the index's own `articles_fts_config` table.
    op.execute(f"INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', {int(value)})")


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        _set_automerge(AUTOMERGE)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        _set_automerge(DEFAULT_AUTOMERGE)
