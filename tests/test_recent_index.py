"""The LSH and edge-paragraph indexes keep their newest rows in tables of their own (revision
0005) and move them into the main tables once enough have gathered: where a row sits must
never change what dedup finds, what is learned, or what is stored."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest

from db import recent_index
from tests.conftest import ROOT, SEEDS, Ingest
from tests.robustness.dump import canonical

CORPUS = [SEEDS, ROOT / "tests" / "heldout" / "dumps", ROOT / "tests" / "blind" / "dumps"]


def _rows(db: Path, table: str) -> int:
    with sqlite3.connect(db) as con:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_moving_recent_rows_changes_nothing(ingest: Ingest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ingest(CORPUS, db=tmp_path / "kept.sqlite")  # too few copies to move anything
    assert _rows(tmp_path / "kept.sqlite", "lsh_buckets") == 0
    assert _rows(tmp_path / "kept.sqlite", "lsh_buckets_recent") > 0
    # Move after nearly every file: copies of later files are found through the main table,
    # and edge counts that reach the learning threshold span both tables.
    monkeypatch.setattr(recent_index, "MERGE_MIN_COPIES", 5)
    monkeypatch.setattr(recent_index, "MERGE_SHARE", 1_000_000)
    ingest(CORPUS, db=tmp_path / "moved.sqlite")
    assert _rows(tmp_path / "moved.sqlite", "lsh_buckets") > 0
    assert _rows(tmp_path / "moved.sqlite", "edge_paragraphs") > 0
    assert canonical(tmp_path / "moved.sqlite") == canonical(tmp_path / "kept.sqlite")


def test_moves_grow_with_the_archive(ingest: Ingest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A move waits for a quarter as many new copies as were moved before (here: at least 10),
    so the main tables' pages are rewritten a logarithmic number of times."""
    moves: list[int] = []
    original = recent_index.merge_recent

    def counted(s: object, through_copy: int | None = None) -> None:
        moves.append(through_copy or 0)
        original(s, through_copy)  # type: ignore[arg-type]

    monkeypatch.setattr(recent_index, "MERGE_MIN_COPIES", 10)
    monkeypatch.setattr(recent_index, "MERGE_SHARE", 4)
    monkeypatch.setattr(recent_index, "merge_recent", counted)
    ingest(CORPUS, db=tmp_path / "a.sqlite")
    assert len(moves) >= 2
    for before, after in itertools.pairwise(moves):
        assert after - before >= max(10, before // 4)
    with sqlite3.connect(tmp_path / "a.sqlite") as con:
        (newest,) = con.execute("SELECT max(id) FROM copies").fetchone()
        (mark,) = con.execute("SELECT value FROM settings WHERE name = 'index_merged_through_copy'").fetchone()
        recent = {c for (c,) in con.execute("SELECT copy_id FROM lsh_buckets_recent")}
    assert int(mark) == moves[-1]
    assert all(int(mark) < c <= newest for c in recent)  # only copies after the last move wait


@pytest.mark.parametrize("foreign_keys", ["ON", "OFF"])  # OFF: the sqlite3 shell's default
def test_deleting_a_copy_removes_its_rows_from_both_tables(ingest: Ingest, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch, foreign_keys: str) -> None:
    monkeypatch.setattr(recent_index, "MERGE_MIN_COPIES", 5)
    monkeypatch.setattr(recent_index, "MERGE_SHARE", 1_000_000)
    ingest([SEEDS], db=tmp_path / "a.sqlite")
    with sqlite3.connect(tmp_path / "a.sqlite") as con:
        con.execute(f"PRAGMA foreign_keys = {foreign_keys}")
        con.execute("DELETE FROM copies WHERE article_id IN (SELECT id FROM articles)")
        con.execute("DELETE FROM article_authors")
        con.execute("DELETE FROM articles")
        left = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("lsh_buckets", "lsh_buckets_recent", "edge_paragraphs", "edge_paragraphs_recent")]
    assert left == [0, 0, 0, 0]


def test_revision_0005_downgrade_keeps_every_row(ingest: Ingest, tmp_path: Path) -> None:
    from alembic import command

    from db import migrate
    from db.engine import make_engine

    db = tmp_path / "a.sqlite"
    ingest([SEEDS], db=db)
    before = canonical(db)
    recent = _rows(db, "lsh_buckets_recent")
    assert recent > 0
    engine = make_engine(f"sqlite:///{db}")
    command.downgrade(migrate._config(engine), "0004")
    assert _rows(db, "lsh_buckets") == recent
    migrate.upgrade(engine)
    assert canonical(db) == before


def test_deleting_an_outlet_removes_its_edge_rows(ingest: Ingest, tmp_path: Path) -> None:
    ingest([SEEDS], db=tmp_path / "a.sqlite")
    with sqlite3.connect(tmp_path / "a.sqlite") as con:
        (oid,) = con.execute("SELECT outlet_id FROM edge_paragraphs_recent LIMIT 1").fetchone()
        con.execute("DELETE FROM outlets WHERE id = ?", (oid,))  # foreign keys off: the trigger alone
        left = [con.execute(f"SELECT count(*) FROM {t} WHERE outlet_id = ?", (oid,)).fetchone()[0]
                for t in ("edge_paragraphs", "edge_paragraphs_recent")]
    assert left == [0, 0]


def test_revision_0006_round_trip_keeps_every_row(ingest: Ingest, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Down to 0005 (tables rebuilt with their foreign keys) and up again: the same archive."""
    from alembic import command

    from db import migrate
    from db.engine import make_engine

    monkeypatch.setattr(recent_index, "MERGE_MIN_COPIES", 5)
    monkeypatch.setattr(recent_index, "MERGE_SHARE", 1_000_000)
    db = tmp_path / "a.sqlite"
    ingest([SEEDS], db=db)
    before = canonical(db)
    assert _rows(db, "lsh_buckets") > 0 and _rows(db, "lsh_buckets_recent") > 0
    engine = make_engine(f"sqlite:///{db}")
    command.downgrade(migrate._config(engine), "0005")
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA foreign_key_list(lsh_buckets)").fetchall()
        assert not con.execute("SELECT name FROM sqlite_master WHERE name = 'copies_lsh_index_ad'").fetchall()
    migrate.upgrade(engine)
    assert canonical(db) == before
    with sqlite3.connect(db) as con:
        assert not con.execute("PRAGMA foreign_key_list(lsh_buckets)").fetchall()
