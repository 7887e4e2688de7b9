"""SQLAlchemy 2.0 models: the public read model of ../shared/CONTRACT.md plus our own tables.

Contract tables and columns (sources, outlets, authors, articles, article_authors, copies)
change only through a new Alembic revision and a changelog line. Everything else here
(extra columns, the LSH band index, learned boilerplate, runs) is ours to evolve.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so batch migrations on SQLite can find and alter them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SourceRow(Base):
    """One raw input file (or archive member)."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    format: Mapped[str | None] = mapped_column(String(32))
    encoding: Mapped[str | None] = mapped_column(String(64))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16))  # done | failed
    error: Mapped[str | None] = mapped_column(Text)
    lossy_decode: Mapped[bool] = mapped_column(default=False)
    lines_dropped: Mapped[int] = mapped_column(Integer, default=0)


class OutletRow(Base):
    __tablename__ = "outlets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    key: Mapped[str] = mapped_column(Text, unique=True)  # outlet_key(name): the matching identity


class AuthorRow(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)


class ArticleRow(Base):
    """A distinct article, after duplicates are collapsed. Its metadata comes from its copies."""

    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"), index=True)
    published_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    url: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text, default="")
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    keeper_copy_id: Mapped[int | None] = mapped_column(Integer)
    title_key: Mapped[str | None] = mapped_column(String(64))  # indexed with outlet_id below


class ArticleAuthorRow(Base):
    __tablename__ = "article_authors"
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"), index=True)


class CopyRow(Base):
    """One occurrence of an article in the raw input, with its own metadata as found."""

    __tablename__ = "copies"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))  # indexed with position below
    position: Mapped[int] = mapped_column(Integer)
    start_line: Mapped[int] = mapped_column(Integer)
    end_line: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"))
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    url: Mapped[str | None] = mapped_column(Text)
    raw_text: Mapped[str] = mapped_column(Text)
    match: Mapped[str] = mapped_column(String(8))  # first | exact | near
    similarity: Mapped[float | None] = mapped_column(Float)
    # Ours, beyond the contract:
    match_basis: Mapped[str | None] = mapped_column(String(8))  # body | title | manual (how it joined)
    body: Mapped[str] = mapped_column(Text, default="")  # this copy cleaned by the rules
    authors_json: Mapped[str] = mapped_column(Text, default="[]")  # byline as found, JSON list
    language: Mapped[str | None] = mapped_column(String(16))
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    content_hash: Mapped[str | None] = mapped_column(String(32), index=True)
    title_key: Mapped[str | None] = mapped_column(String(64))
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)  # LeanMinHash bytes
    removed_json: Mapped[str] = mapped_column(Text, default="{}")  # what cleaning removed, by reason
    # True when published_on is the carrier's (a mail's Date header, a UTC stamp with no zone),
    # not a date the copy states: the keeper policy prefers a stated date (revision 0008).
    date_inferred: Mapped[bool | None] = mapped_column(Boolean)


class LshBucketRow(Base):
    """The LSH band index, in the database so that a new dump queries it instead of
    rebuilding it: one row per (band, copy). `bucket` hashes the band number with the band's
    slice of the signature, so one integer column carries both.

    The index tables carry no foreign keys (revision 0006): their rows are derived from rows
    the writer has just inserted, and a foreign-key probe per row made them several times
    dearer to write; AFTER DELETE triggers on copies, articles and outlets remove their rows."""

    __tablename__ = "lsh_buckets"
    # One b-tree keyed by (bucket, copy) instead of a rowid table plus its key index: 32 rows per
    # copy make this the archive's busiest table (revision 0003).
    __table_args__ = ({"sqlite_with_rowid": False},)
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    copy_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # copies.id; no foreign key (revision 0006)


class EdgeParagraphRow(Base):
    """A paragraph fingerprint seen at the head or tail of an article of an outlet."""

    __tablename__ = "edge_paragraphs"
    __table_args__ = ({"sqlite_with_rowid": False},)
    outlet_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # outlets.id (revision 0006)
    fingerprint: Mapped[str] = mapped_column(String(16), primary_key=True)
    article_id: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)  # articles.id


class LshBucketRecentRow(Base):
    """The newest rows of the LSH band index (revision 0005). The writer adds here, a small
    b-tree whose pages stay in cache, and moves these rows into `lsh_buckets` in one sorted
    pass once they reach a share of it (db/recent_index.py `merge_recent_if_due`): inserting each
    file's rows into the large table dirtied pages all over it, a cost per article that grew
    with the archive. Lookups read both tables."""

    __tablename__ = "lsh_buckets_recent"
    __table_args__ = ({"sqlite_with_rowid": False},)
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    copy_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # copies.id; no foreign key (revision 0006)


class EdgeParagraphRecentRow(Base):
    """The newest edge-paragraph rows, as `LshBucketRecentRow` is to `lsh_buckets`. A row may
    repeat one of `edge_paragraphs` (counts take distinct articles over both)."""

    __tablename__ = "edge_paragraphs_recent"
    __table_args__ = ({"sqlite_with_rowid": False},)
    outlet_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # outlets.id (revision 0006)
    fingerprint: Mapped[str] = mapped_column(String(16), primary_key=True)
    article_id: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)  # articles.id


class LearnedBoilerplateRow(Base):
    """A paragraph learned as boilerplate for an outlet because distinct articles repeat it."""

    __tablename__ = "learned_boilerplate"
    outlet_id: Mapped[int] = mapped_column(ForeignKey("outlets.id"), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(16), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    articles: Mapped[int] = mapped_column(Integer)


class IndexFilterRow(Base):
    """A Bloom filter over keys of `lsh_buckets` or `edge_paragraphs` (revision 0007, db/bloom.py):
    one per move of recent rows into those tables, plus one for the rows there before filters."""

    __tablename__ = "index_filters"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    index_name: Mapped[str] = mapped_column(String(16))  # lsh | edges
    through_copy: Mapped[int] = mapped_column(Integer)  # the move that added it (its newest copy)
    nbits: Mapped[int] = mapped_column(Integer)
    hashes: Mapped[int] = mapped_column(Integer)
    bits: Mapped[bytes] = mapped_column(LargeBinary)


class SettingRow(Base):
    """Archive-wide settings that must not silently change (the dedup signature key)."""

    __tablename__ = "settings"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RunRow(Base):
    """One `newsarchive ingest` run and its summary (JSON), for `stats` and audits."""

    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    summary_json: Mapped[str] = mapped_column(Text, default="{}")


class ManualDecisionRow(Base):
    """A merge or split made by hand (`newsarchive merge` / `split`). Dedup only ever adds new
    copies, never moves stored ones, so a decision stands through later ingests; this row
    records who moved what. No foreign keys: a merged-away article no longer exists."""

    __tablename__ = "manual_decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[str] = mapped_column(String(8))  # merge | split
    article_id: Mapped[int] = mapped_column(Integer)  # the article that received the copies
    from_article_id: Mapped[int] = mapped_column(Integer)  # the article they left (merge: deleted)
    copy_ids_json: Mapped[str] = mapped_column(Text)  # the copies moved, JSON list of ids
    copy_keys_json: Mapped[str] = mapped_column(Text)  # the same as "sha256:position", stable across rebuilds
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)


# Search indexes built and kept in step by triggers in revision 0002 (SQLite FTS5 table and its
# shadow tables; PostgreSQL's tsvector table). They are derived data, not models, and are left
# out of the models/revisions comparison (db.migrate.schema_diff).
DERIVED_TABLES = ("articles_fts", "article_search")


def is_derived_table(name: str) -> bool:
    return any(name == t or name.startswith(t + "_") for t in DERIVED_TABLES)


Index("ix_copies_source_position", CopyRow.source_id, CopyRow.position)
Index("ix_articles_title_outlet", ArticleRow.title_key, ArticleRow.outlet_id)
