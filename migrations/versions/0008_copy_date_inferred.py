"""copies.date_inferred: a copy's date that is the carrier's, not stated by the copy

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 12:40:00

A pasted article's copy in a mail took the mail's Date header when its text stated no date,
and a news-API record's UTC stamp gave the UTC day; another copy of the same article may state
the day it was published. The keeper policy (db/queries.keeper_fields) now prefers a stated
date; this column says which dates were not stated. Existing rows stay NULL (treated as stated:
an archive ingested before this revision keeps its articles' dates until they are refreshed).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A nullable column without a default: SQLite adds it in place (no table rebuild), so a
    # million-copy archive upgrades at once.
    op.add_column('copies', sa.Column('date_inferred', sa.Boolean(), nullable=True))


def downgrade() -> None:
    # In place on SQLite (3.35+ drops a plain column): a batch rebuild of `copies` would break
    # the `article_index` view that reads it.
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ALTER TABLE copies DROP COLUMN date_inferred')
    else:
        op.drop_column('copies', 'date_inferred')
