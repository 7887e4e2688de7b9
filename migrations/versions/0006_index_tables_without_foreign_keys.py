"""the LSH and edge-paragraph index tables without foreign keys; triggers keep them in step

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21 14:00:00

`lsh_buckets`, `edge_paragraphs` and their recent tables are indexes the writer derives from
rows it has just inserted in the same transaction. With foreign keys enforced, every one of
their rows (32 LSH rows and about a dozen edge rows per copy) cost a probe into `copies`,
`articles` and `outlets`: moving 1.3 million recent LSH rows into the main table took 7.2 s of
CPU with the checks and 0.9 s without (100,000-article archive). The constraints checked
nothing the writer could get wrong, and their one useful effect, ON DELETE CASCADE, is kept by
AFTER DELETE triggers, which (unlike foreign keys, off by default in the sqlite3 shell) also
fire for a person deleting rows by hand. `learned_boilerplate` keeps its foreign key: it is
written a few rows at a time.

SQLite cannot drop a constraint, so the tables are rebuilt (rows copied in key order);
PostgreSQL drops the constraints and gets the same triggers as plpgsql functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LSH = "bucket BIGINT NOT NULL, copy_id INTEGER NOT NULL, CONSTRAINT pk_{t} PRIMARY KEY (bucket, copy_id)"
_LSH_FK = ", CONSTRAINT fk_{t}_copy_id_copies FOREIGN KEY(copy_id) REFERENCES copies (id) ON DELETE CASCADE"
_EDGE = ("outlet_id INTEGER NOT NULL, fingerprint VARCHAR(16) NOT NULL, article_id INTEGER NOT NULL, "
         "CONSTRAINT pk_{t} PRIMARY KEY (outlet_id, fingerprint, article_id)")
_EDGE_FK = (", CONSTRAINT fk_{t}_outlet_id_outlets FOREIGN KEY(outlet_id) REFERENCES outlets (id), "
            "CONSTRAINT fk_{t}_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE")

# table -> (columns, foreign keys, key columns, foreign-key constraint names, indexed column)
_TABLES = {
    "lsh_buckets": (_LSH, _LSH_FK, "bucket, copy_id", ("copy_id_copies",), None),
    "lsh_buckets_recent": (_LSH, _LSH_FK, "bucket, copy_id", ("copy_id_copies",), None),
    "edge_paragraphs": (_EDGE, _EDGE_FK, "outlet_id, fingerprint, article_id",
                        ("outlet_id_outlets", "article_id_articles"), "article_id"),
    "edge_paragraphs_recent": (_EDGE, _EDGE_FK, "outlet_id, fingerprint, article_id",
                               ("outlet_id_outlets", "article_id_articles"), "article_id"),
}

# What ON DELETE CASCADE did, and for outlets what the foreign key's refusal protected: no
# index row may name a copy, article or outlet that is gone.
_CASCADES = {
    "copies": ("lsh_index_ad", "DELETE FROM lsh_buckets WHERE copy_id = {old}.id; "
                               "DELETE FROM lsh_buckets_recent WHERE copy_id = {old}.id;"),
    "articles": ("edge_index_ad", "DELETE FROM edge_paragraphs WHERE article_id = {old}.id; "
                                  "DELETE FROM edge_paragraphs_recent WHERE article_id = {old}.id;"),
    "outlets": ("edge_index_ad", "DELETE FROM edge_paragraphs WHERE outlet_id = {old}.id; "
                                 "DELETE FROM edge_paragraphs_recent WHERE outlet_id = {old}.id;"),
}


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _rebuild_sqlite(foreign_keys: bool) -> None:
    for table, (columns, fks, keys, _names, indexed) in _TABLES.items():
        spec = columns.format(t=table) + (fks.format(t=table) if foreign_keys else "")
        if indexed:
            op.execute(f"DROP INDEX ix_{table}_{indexed}")
        op.execute(f"CREATE TABLE {table}_new ({spec}) WITHOUT ROWID")
        op.execute(f"INSERT INTO {table}_new ({keys}) SELECT {keys} FROM {table} ORDER BY {keys}")
        op.execute(f"DROP TABLE {table}")
        op.execute(f"ALTER TABLE {table}_new RENAME TO {table}")
        if indexed:
            op.execute(f"CREATE INDEX ix_{table}_{indexed} ON {table} ({indexed})")


def upgrade() -> None:
    if _sqlite():
        _rebuild_sqlite(foreign_keys=False)
        for parent, (name, body) in _CASCADES.items():
            op.execute(f"CREATE TRIGGER {parent}_{name} AFTER DELETE ON {parent} BEGIN {body.format(old='old')} END")
        return
    for table, (_columns, _fks, _keys, names, _indexed) in _TABLES.items():
        for name in names:
            op.drop_constraint(f"fk_{table}_{name}", table, type_="foreignkey")
    for parent, (name, body) in _CASCADES.items():
        op.execute(f"CREATE FUNCTION {parent}_{name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                   f"BEGIN {body.format(old='OLD')} RETURN OLD; END $$")
        op.execute(f"CREATE TRIGGER {parent}_{name} AFTER DELETE ON {parent} "
                   f"FOR EACH ROW EXECUTE FUNCTION {parent}_{name}()")


def downgrade() -> None:
    for parent, (name, _body) in _CASCADES.items():
        op.execute(f"DROP TRIGGER {parent}_{name}" + ("" if _sqlite() else f" ON {parent}"))
        if not _sqlite():
            op.execute(f"DROP FUNCTION {parent}_{name}()")
    if _sqlite():
        _rebuild_sqlite(foreign_keys=True)
        return
    for table in _TABLES:
        if table.startswith("lsh"):
            op.create_foreign_key(f"fk_{table}_copy_id_copies", table, "copies", ["copy_id"], ["id"],
                                  ondelete="CASCADE")
            continue
        op.create_foreign_key(f"fk_{table}_outlet_id_outlets", table, "outlets", ["outlet_id"], ["id"])
        op.create_foreign_key(f"fk_{table}_article_id_articles", table, "articles", ["article_id"], ["id"],
                              ondelete="CASCADE")
