"""read model: full-text search kept in step by triggers, the article_index view, manual_decisions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 06:00:00

SQLite: an FTS5 table `articles_fts` (rowid = articles.id) over title, body, outlet name and
author names, maintained by triggers on articles, article_authors, outlets and authors, so
every writer (ingest, the repetition learner's re-cleaning, manual merge/split, a person
with a SQL shell) keeps it in step. It stores its own copy of the text (a regular FTS5 table,
not external content) because outlet and authors live in other tables: an external-content
index would need the exact old values on every delete, which triggers on article_authors
cannot supply reliably. Cost: the body text is stored twice.

PostgreSQL: a table `article_search` (article_id, tsvector `document`, GIN index) maintained
by plpgsql triggers; queried with websearch_to_tsquery. The 'simple' configuration (no
stemming, no stop words) because the archive is multilingual, as FTS5's unicode61 is.

Both search indexes are derived data and are left out of the models/revisions comparison
(db.models.DERIVED_TABLES). The DDL is written out here, not imported, so this revision
never changes after it lands.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
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

SQLITE_UP = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    "title, body, outlet, authors, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN " + _INSERT_FTS + " END",
    # Only when an indexed value really changes: refresh_article rewrites every column on
    # every copy it stores, and re-tokenising an unchanged body would be wasted work.
    "CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, body, outlet_id ON articles "
    "WHEN old.title IS NOT new.title OR old.body IS NOT new.body OR old.outlet_id IS NOT new.outlet_id BEGIN "
    "DELETE FROM articles_fts WHERE rowid = old.id; " + _INSERT_FTS + " END",
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
    "DELETE FROM articles_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER article_authors_fts_ai AFTER INSERT ON article_authors BEGIN "
    + _AUTHORS_REFRESH.format(aid="new.article_id") + " END",
    "CREATE TRIGGER article_authors_fts_ad AFTER DELETE ON article_authors BEGIN "
    + _AUTHORS_REFRESH.format(aid="old.article_id") + " END",
    "CREATE TRIGGER article_authors_fts_au AFTER UPDATE ON article_authors BEGIN "
    + _AUTHORS_REFRESH.format(aid="old.article_id") + " "
    + _AUTHORS_REFRESH.format(aid="new.article_id") + " END",
    "CREATE TRIGGER outlets_fts_au AFTER UPDATE OF name ON outlets BEGIN "
    "UPDATE articles_fts SET outlet = new.name WHERE rowid IN (SELECT id FROM articles WHERE outlet_id = new.id); END",
    "CREATE TRIGGER authors_fts_au AFTER UPDATE OF name ON authors BEGIN "
    "UPDATE articles_fts SET authors = " + _AUTHORS_OF.format(aid="articles_fts.rowid") + " "
    "WHERE rowid IN (SELECT article_id FROM article_authors WHERE author_id = new.id); END",
    # Backfill an archive that already has articles.
    "INSERT INTO articles_fts(rowid, title, body, outlet, authors) "
    "SELECT a.id, a.title, a.body, o.name, " + _AUTHORS_OF.format(aid="a.id") + " "
    "FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id",
    # One row per article with its outlet name, authors (a JSON list, in byline order) and
    # copy count: what Datasette browses and facets, and a convenient start for BI tools.
    "CREATE VIEW article_index AS SELECT a.id, a.title, o.name AS outlet, a.published_on, "
    "(SELECT json_group_array(name) FROM (SELECT au.name FROM article_authors aa "
    "JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = a.id ORDER BY aa.position)) AS authors, "
    "(SELECT count(*) FROM copies c WHERE c.article_id = a.id) AS copies, "
    "a.word_count, a.language, a.url "
    "FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id",
]
SQLITE_DOWN = [
    "DROP VIEW IF EXISTS article_index",
    "DROP TRIGGER IF EXISTS authors_fts_au",
    "DROP TRIGGER IF EXISTS outlets_fts_au",
    "DROP TRIGGER IF EXISTS article_authors_fts_au",
    "DROP TRIGGER IF EXISTS article_authors_fts_ad",
    "DROP TRIGGER IF EXISTS article_authors_fts_ai",
    "DROP TRIGGER IF EXISTS articles_fts_ad",
    "DROP TRIGGER IF EXISTS articles_fts_au",
    "DROP TRIGGER IF EXISTS articles_fts_ai",
    "DROP TABLE IF EXISTS articles_fts",
]

PG_UP = [
    "CREATE TABLE article_search (article_id integer PRIMARY KEY "
    "REFERENCES articles(id) ON DELETE CASCADE, document tsvector NOT NULL)",
    "CREATE INDEX ix_article_search_document ON article_search USING gin (document)",
    # Title weighs most (A), then outlet and authors (B), then the body (D), for ts_rank_cd.
    """CREATE FUNCTION newsarchive_search_refresh(aid integer) RETURNS void LANGUAGE sql AS $$
        DELETE FROM article_search WHERE article_id = aid;
        INSERT INTO article_search (article_id, document)
        SELECT a.id,
               setweight(to_tsvector('simple', coalesce(a.title, '')), 'A')
            || setweight(to_tsvector('simple', coalesce(o.name, '')), 'B')
            || setweight(to_tsvector('simple', coalesce((SELECT string_agg(au.name, ' ')
                   FROM article_authors aa JOIN authors au ON au.id = aa.author_id
                   WHERE aa.article_id = a.id), '')), 'B')
            || setweight(to_tsvector('simple', coalesce(a.body, '')), 'D')
        FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = aid;
    $$""",
    """CREATE FUNCTION newsarchive_articles_search_trg() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM newsarchive_search_refresh(NEW.id);
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION newsarchive_article_authors_search_trg() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM newsarchive_search_refresh(OLD.article_id); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM newsarchive_search_refresh(NEW.article_id); END IF;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION newsarchive_names_search_trg() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_TABLE_NAME = 'outlets' THEN
            PERFORM newsarchive_search_refresh(id) FROM articles WHERE outlet_id = NEW.id;
        ELSE
            PERFORM newsarchive_search_refresh(article_id) FROM article_authors WHERE author_id = NEW.id;
        END IF;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER articles_search_aiu AFTER INSERT OR UPDATE OF title, body, outlet_id ON articles "
    "FOR EACH ROW EXECUTE FUNCTION newsarchive_articles_search_trg()",
    "CREATE TRIGGER article_authors_search AFTER INSERT OR UPDATE OR DELETE ON article_authors "
    "FOR EACH ROW EXECUTE FUNCTION newsarchive_article_authors_search_trg()",
    "CREATE TRIGGER outlets_search_au AFTER UPDATE OF name ON outlets "
    "FOR EACH ROW EXECUTE FUNCTION newsarchive_names_search_trg()",
    "CREATE TRIGGER authors_search_au AFTER UPDATE OF name ON authors "
    "FOR EACH ROW EXECUTE FUNCTION newsarchive_names_search_trg()",
    "SELECT newsarchive_search_refresh(id) FROM articles",
    "CREATE VIEW article_index AS SELECT a.id, a.title, o.name AS outlet, a.published_on, "
    "(SELECT coalesce(json_agg(au.name ORDER BY aa.position), '[]'::json) FROM article_authors aa "
    "JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = a.id) AS authors, "
    "(SELECT count(*) FROM copies c WHERE c.article_id = a.id) AS copies, "
    "a.word_count, a.language, a.url "
    "FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id",
]
PG_DOWN = [
    "DROP VIEW IF EXISTS article_index",
    "DROP TRIGGER IF EXISTS authors_search_au ON authors",
    "DROP TRIGGER IF EXISTS outlets_search_au ON outlets",
    "DROP TRIGGER IF EXISTS article_authors_search ON article_authors",
    "DROP TRIGGER IF EXISTS articles_search_aiu ON articles",
    "DROP FUNCTION IF EXISTS newsarchive_names_search_trg()",
    "DROP FUNCTION IF EXISTS newsarchive_article_authors_search_trg()",
    "DROP FUNCTION IF EXISTS newsarchive_articles_search_trg()",
    "DROP FUNCTION IF EXISTS newsarchive_search_refresh(integer)",
    "DROP TABLE IF EXISTS article_search",
]


def upgrade() -> None:
    op.create_table('manual_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=8), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('from_article_id', sa.Integer(), nullable=False),
    sa.Column('copy_ids_json', sa.Text(), nullable=False),
    sa.Column('copy_keys_json', sa.Text(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_manual_decisions'))
    )
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_UP if dialect == 'sqlite' else PG_UP if dialect == 'postgresql' else []:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_DOWN if dialect == 'sqlite' else PG_DOWN if dialect == 'postgresql' else []:
        op.execute(statement)
    op.drop_table('manual_decisions')
