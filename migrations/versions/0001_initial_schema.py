"""initial schema: the contract read model, the LSH band index, learned boilerplate, runs

Revision ID: 0001
Revises:
Create Date: 2026-11-21 05:31:19.707749
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('authors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_authors')),
    sa.UniqueConstraint('name', name=op.f('uq_authors_name'))
    )
    op.create_table('outlets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outlets')),
    sa.UniqueConstraint('key', name=op.f('uq_outlets_key')),
    sa.UniqueConstraint('name', name=op.f('uq_outlets_name'))
    )
    op.create_table('runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('summary_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_runs'))
    )
    op.create_table('settings',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_settings'))
    )
    op.create_table('sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.BigInteger(), nullable=False),
    sa.Column('format', sa.String(length=32), nullable=True),
    sa.Column('encoding', sa.String(length=64), nullable=True),
    sa.Column('ingested_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('lossy_decode', sa.Boolean(), nullable=False),
    sa.Column('lines_dropped', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
    sa.UniqueConstraint('sha256', name=op.f('uq_sources_sha256'))
    )
    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('outlet_id', sa.Integer(), nullable=True),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('word_count', sa.Integer(), nullable=False),
    sa.Column('keeper_copy_id', sa.Integer(), nullable=True),
    sa.Column('title_key', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'], name=op.f('fk_articles_outlet_id_outlets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_outlet_id'), ['outlet_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_published_on'), ['published_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_title_key'), ['title_key'], unique=False)
        batch_op.create_index('ix_articles_title_outlet', ['title_key', 'outlet_id'], unique=False)

    op.create_table('learned_boilerplate',
    sa.Column('outlet_id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('articles', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'], name=op.f('fk_learned_boilerplate_outlet_id_outlets')),
    sa.PrimaryKeyConstraint('outlet_id', 'fingerprint', name=op.f('pk_learned_boilerplate'))
    )
    op.create_table('article_authors',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_authors_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['author_id'], ['authors.id'], name=op.f('fk_article_authors_author_id_authors')),
    sa.PrimaryKeyConstraint('article_id', 'position', name=op.f('pk_article_authors'))
    )
    with op.batch_alter_table('article_authors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_authors_author_id'), ['author_id'], unique=False)

    op.create_table('copies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('start_line', sa.Integer(), nullable=False),
    sa.Column('end_line', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('outlet_id', sa.Integer(), nullable=True),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('raw_text', sa.Text(), nullable=False),
    sa.Column('match', sa.String(length=8), nullable=False),
    sa.Column('similarity', sa.Float(), nullable=True),
    sa.Column('match_basis', sa.String(length=8), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('authors_json', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('word_count', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=32), nullable=True),
    sa.Column('title_key', sa.String(length=64), nullable=True),
    sa.Column('signature', sa.LargeBinary(), nullable=True),
    sa.Column('removed_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_copies_article_id_articles')),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'], name=op.f('fk_copies_outlet_id_outlets')),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_copies_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_copies'))
    )
    with op.batch_alter_table('copies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_copies_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_copies_content_hash'), ['content_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_copies_source_id'), ['source_id'], unique=False)
        batch_op.create_index('ix_copies_source_position', ['source_id', 'position'], unique=False)
        batch_op.create_index(batch_op.f('ix_copies_title_key'), ['title_key'], unique=False)

    op.create_table('edge_paragraphs',
    sa.Column('outlet_id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=16), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_edge_paragraphs_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'], name=op.f('fk_edge_paragraphs_outlet_id_outlets')),
    sa.PrimaryKeyConstraint('outlet_id', 'fingerprint', 'article_id', name=op.f('pk_edge_paragraphs'))
    )
    op.create_table('lsh_buckets',
    sa.Column('bucket', sa.BigInteger(), nullable=False),
    sa.Column('copy_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['copy_id'], ['copies.id'], name=op.f('fk_lsh_buckets_copy_id_copies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('bucket', 'copy_id', name=op.f('pk_lsh_buckets'))
    )


def downgrade() -> None:
    op.drop_table('lsh_buckets')
    op.drop_table('edge_paragraphs')
    with op.batch_alter_table('copies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_copies_title_key'))
        batch_op.drop_index('ix_copies_source_position')
        batch_op.drop_index(batch_op.f('ix_copies_source_id'))
        batch_op.drop_index(batch_op.f('ix_copies_content_hash'))
        batch_op.drop_index(batch_op.f('ix_copies_article_id'))

    op.drop_table('copies')
    with op.batch_alter_table('article_authors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_authors_author_id'))

    op.drop_table('article_authors')
    op.drop_table('learned_boilerplate')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index('ix_articles_title_outlet')
        batch_op.drop_index(batch_op.f('ix_articles_title_key'))
        batch_op.drop_index(batch_op.f('ix_articles_published_on'))
        batch_op.drop_index(batch_op.f('ix_articles_outlet_id'))

    op.drop_table('articles')
    op.drop_table('sources')
    op.drop_table('settings')
    op.drop_table('runs')
    op.drop_table('outlets')
    op.drop_table('authors')
