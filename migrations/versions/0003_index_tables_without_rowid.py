"""lsh_buckets and edge_paragraphs as WITHOUT ROWID tables (SQLite); index edge_paragraphs.article_id

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 06:40:00

Both tables are keyed by their whole primary key and written in bulk at every ingest; on
SQLite a rowid table keeps the row and a separate key index, a WITHOUT ROWID table only the
key b-tree, so every insert touches one b-tree instead of two. The article_id index lets
SQLite resolve foreign keys (a deleted or newly inserted article) without scanning the table.
PostgreSQL has no rowid tables: there only the index is added.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = {
    "lsh_buckets": (
        "bucket BIGINT NOT NULL, copy_id INTEGER NOT NULL, "
        "CONSTRAINT pk_lsh_buckets PRIMARY KEY (bucket, copy_id), "
        "CONSTRAINT fk_lsh_buckets_copy_id_copies FOREIGN KEY(copy_id) REFERENCES copies (id) ON DELETE CASCADE",
        "bucket, copy_id",
    ),
    "edge_paragraphs": (
        "outlet_id INTEGER NOT NULL, fingerprint VARCHAR(16) NOT NULL, article_id INTEGER NOT NULL, "
        "CONSTRAINT pk_edge_paragraphs PRIMARY KEY (outlet_id, fingerprint, article_id), "
        "CONSTRAINT fk_edge_paragraphs_outlet_id_outlets FOREIGN KEY(outlet_id) REFERENCES outlets (id), "
        "CONSTRAINT fk_edge_paragraphs_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id) "
        "ON DELETE CASCADE",
        "outlet_id, fingerprint, article_id",
    ),
}


def _rebuild(rowid: bool) -> None:
    option = "" if rowid else " WITHOUT ROWID"
    for table, (columns, names) in _TABLES.items():
        op.execute(f"CREATE TABLE {table}_new ({columns}){option}")
        op.execute(f"INSERT INTO {table}_new ({names}) SELECT {names} FROM {table}")
        op.execute(f"DROP TABLE {table}")
        op.execute(f"ALTER TABLE {table}_new RENAME TO {table}")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(rowid=False)
    op.create_index("ix_edge_paragraphs_article_id", "edge_paragraphs", ["article_id"])


def downgrade() -> None:
    op.drop_index("ix_edge_paragraphs_article_id", table_name="edge_paragraphs")
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(rowid=True)
