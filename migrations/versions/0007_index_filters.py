"""Bloom filters over the keys of the large LSH and edge-paragraph tables

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21 14:40:00

Adding 10,000 articles to a million-article archive spent seconds on lookups of LSH buckets and
edge paragraphs in b-trees far larger than the page cache, nearly all of which found nothing.
The writer now asks a Bloom filter first (db/bloom.py, db/filters.py): one filter per move of
recent rows into the large tables, written in the move's transaction. Filters cover the large
tables when the setting `index_filters_through_copy` equals `index_merged_through_copy`; an
archive migrated with rows already moved gets its first filter built from the tables the first
time the writer needs it. Nothing to convert here: the table starts empty.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'index_filters',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('index_name', sa.String(length=16), nullable=False),
        sa.Column('through_copy', sa.Integer(), nullable=False),
        sa.Column('nbits', sa.Integer(), nullable=False),
        sa.Column('hashes', sa.Integer(), nullable=False),
        sa.Column('bits', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_index_filters')),
    )


def downgrade() -> None:
    op.execute("DELETE FROM settings WHERE name = 'index_filters_through_copy'")
    op.drop_table('index_filters')
