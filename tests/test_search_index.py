"""The search index built per file by the writer (revision 0004) equals what the per-row
triggers build, and the triggers still serve every other writer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db import migrate
from db.engine import make_engine
from ingest.config import IngestConfig
from ingest.pipeline import Pipeline
from ingest.summary import Summary
from tests.conftest import SEEDS

# What the 0002 trigger indexes for an article, computed from the tables themselves.
EXPECTED = (
    "SELECT a.id, a.title, a.body, o.name, (SELECT group_concat(au.name, ', ') FROM article_authors aa "
    "JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = a.id) "
    "FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id ORDER BY a.id"
)
INDEXED = "SELECT rowid, title, body, outlet, authors FROM articles_fts ORDER BY rowid"


def _ingest(db: Path, *paths: Path) -> None:
    url = f"sqlite:///{db}"
    summary = Summary()
    Pipeline(IngestConfig(db_url=url, workers=1), make_engine(url)).run([str(p) for p in paths], summary)
    assert not summary.failures


def test_bulk_index_matches_the_trigger_and_the_pause_is_lifted(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    _ingest(db, SEEDS)
    conn = sqlite3.connect(db)
    expected, indexed = conn.execute(EXPECTED).fetchall(), conn.execute(INDEXED).fetchall()
    assert len(expected) == 18
    assert indexed == expected
    assert any(row[4] and ", " in row[4] for row in indexed)  # several authors, joined as the trigger joins them
    assert conn.execute("SELECT count(*) FROM articles_fts_paused").fetchone()[0] == 0
    # A writer other than ingest (here a SQL shell) is still indexed by the trigger.
    conn.execute("INSERT INTO articles (id, title, body, word_count) VALUES (1000, 'Shell entry', 'typed by hand', 3)")
    conn.commit()
    hits = conn.execute("SELECT title FROM articles_fts WHERE articles_fts MATCH 'typed'").fetchall()
    assert hits == [("Shell entry",)]


def test_bulk_index_after_a_second_ingest(tmp_path: Path) -> None:
    """New articles of a later run are indexed; articles refreshed by it stay in step."""
    db = tmp_path / "a.sqlite"
    seeds = sorted(SEEDS.iterdir())
    _ingest(db, *seeds[:2])
    _ingest(db, *seeds[2:])
    conn = sqlite3.connect(db)
    assert conn.execute(INDEXED).fetchall() == conn.execute(EXPECTED).fetchall()


def test_revision_0004_downgrades_and_upgrades(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    _ingest(db, SEEDS)
    engine = make_engine(f"sqlite:///{db}")
    from alembic import command

    command.downgrade(migrate._config(engine), "0003")
    conn = sqlite3.connect(db)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "articles_fts_paused" not in tables and "ix_copies_source_id" in tables
    conn.close()
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert not migrate.schema_diff(engine)


def test_revision_0009_sets_the_search_index_automerge(tmp_path: Path) -> None:
    """16 segments merged at a time (revision 0009); the index stays whole and answers as before."""
    db = tmp_path / "a.sqlite"
    _ingest(db, SEEDS)
    engine = make_engine(f"sqlite:///{db}")
    from alembic import command

    def automerge() -> int:
        conn = sqlite3.connect(db)
        try:
            return int(conn.execute("SELECT v FROM articles_fts_config WHERE k = 'automerge'").fetchone()[0])
        finally:
            conn.close()

    def searched() -> list[tuple[int, str]]:
        conn = sqlite3.connect(db)
        try:
            conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
            return conn.execute("SELECT rowid, title FROM articles_fts WHERE articles_fts MATCH 'the' "
                                "ORDER BY bm25(articles_fts, 5.0, 1.0, 2.0, 2.0), rowid").fetchall()
        finally:
            conn.close()

    assert automerge() == 16
    found = searched()
    assert found
    command.downgrade(migrate._config(engine), "0008")
    assert automerge() == 4
    assert searched() == found
    migrate.upgrade(engine)
    assert automerge() == 16
    assert searched() == found
