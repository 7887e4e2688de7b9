"""recent rows of the LSH and edge-paragraph indexes in tables of their own

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21 12:00:00

`lsh_buckets` and `edge_paragraphs` are keyed by hashes, so every file's rows land on pages
all over their b-trees. Once those b-trees outgrow the page cache, each commit rewrote most
of their pages: measured with 27 million LSH rows (about a million articles), inserting a
5,000-article group's rows cost 0.3-0.4 ms an article, against 0.03 ms into a small table.
The writer now adds rows to `lsh_buckets_recent` and `edge_paragraphs_recent` and moves them
into the large tables in one sorted pass once they reach a share of them (db/batch.py), so
the pages of the large tables are rewritten once per merge, not once per commit. Readers
look in both. Downgrade moves the recent rows back first: no row is lost.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'lsh_buckets_recent',
        sa.Column('bucket', sa.BigInteger(), nullable=False),
        sa.Column('copy_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['copy_id'], ['copies.id'], name=op.f('fk_lsh_buckets_recent_copy_id_copies'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('bucket', 'copy_id', name=op.f('pk_lsh_buckets_recent')),
        sqlite_with_rowid=False,
    )
    op.create_table(
        'edge_paragraphs_recent',
        sa.Column('outlet_id', sa.Integer(), nullable=False),
        sa.Column('fingerprint', sa.String(length=16), nullable=False),
        sa.Column('article_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'],
                                name=op.f('fk_edge_paragraphs_recent_article_id_articles'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'],
                                name=op.f('fk_edge_paragraphs_recent_outlet_id_outlets')),
        sa.PrimaryKeyConstraint('outlet_id', 'fingerprint', 'article_id', name=op.f('pk_edge_paragraphs_recent')),
        sqlite_with_rowid=False,
    )
    op.create_index(op.f('ix_edge_paragraphs_recent_article_id'), 'edge_paragraphs_recent', ['article_id'])


def downgrade() -> None:
    conflict = "INSERT OR IGNORE INTO" if op.get_bind().dialect.name == "sqlite" else "INSERT INTO"
    tail = "" if op.get_bind().dialect.name == "sqlite" else " ON CONFLICT DO NOTHING"
    op.execute(f"{conflict} lsh_buckets (bucket, copy_id) SELECT bucket, copy_id FROM lsh_buckets_recent{tail}")
    op.execute(f"{conflict} edge_paragraphs (outlet_id, fingerprint, article_id) "
               f"SELECT outlet_id, fingerprint, article_id FROM edge_paragraphs_recent{tail}")
    op.drop_index(op.f('ix_edge_paragraphs_recent_article_id'), table_name='edge_paragraphs_recent')
    op.drop_table('edge_paragraphs_recent')
    op.drop_table('lsh_buckets_recent')
