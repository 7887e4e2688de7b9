"""bulk search indexing for the writer; drop indexes that duplicate another index's prefix

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 08:30:00

SQLite: the per-row search triggers of 0002 stay (every writer, including a person with a SQL
shell, keeps search in step), but the two insert triggers now stand aside while a row sits in
`articles_fts_paused`. The ingest writer inserts that row inside its own transaction, writes a
file's new articles and their authors, indexes them with one INSERT … SELECT, and deletes the
row before it commits, so no other connection ever sees the pause (and a crash rolls it back).
One statement per file instead of one trigger run per article halves the search index's cost
(benchmarks in docs/performance.md).

Both dialects: three indexes that no query needs are dropped; each costs a b-tree insert per row.
`ix_copies_source_id` and `ix_articles_title_key` are the prefixes of `ix_copies_source_position`
and `ix_articles_title_outlet`, which answer the same lookups; `ix_copies_title_key` is read by
no query (copies are found by article, source, content hash or LSH bucket).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_AUTHORS_OF = (
    "(SELECT group_concat(au.name, ', ') FROM article_authors aa "
    "JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = {aid})"
)
_INSERT_FTS = (
    "INSERT INTO articles_fts(rowid, title, body, outlet, authors) "
    "VALUES (new.id, new.title, new.body, (SELECT name FROM outlets WHERE id = new.outlet_id), "
    + _AUTHORS_OF.format(aid="new.id") + ");"
)
_AUTHORS_REFRESH = "UPDATE articles_fts SET authors = " + _AUTHORS_OF.format(aid="{aid}") + " WHERE rowid = {aid};"
_UNPAUSED = "WHEN NOT EXISTS (SELECT 1 FROM articles_fts_paused) "

_DROPPED = [("ix_copies_source_id", "copies", ["source_id"]), ("ix_copies_title_key", "copies", ["title_key"]),
            ("ix_articles_title_key", "articles", ["title_key"])]


def _triggers(paused: bool) -> None:
    when = _UNPAUSED if paused else ""
    op.execute("DROP TRIGGER IF EXISTS articles_fts_ai")
    op.execute("DROP TRIGGER IF EXISTS article_authors_fts_ai")
    op.execute("CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles " + when + "BEGIN " + _INSERT_FTS + " END")
    op.execute("CREATE TRIGGER article_authors_fts_ai AFTER INSERT ON article_authors " + when + "BEGIN "
               + _AUTHORS_REFRESH.format(aid="new.article_id") + " END")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TABLE articles_fts_paused (id INTEGER PRIMARY KEY)")
        _triggers(paused=True)
    for name, table, _ in _DROPPED:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for name, table, columns in _DROPPED:
        op.create_index(name, table, columns)
    if op.get_bind().dialect.name == "sqlite":
        _triggers(paused=False)
        op.execute("DROP TABLE IF EXISTS articles_fts_paused")
