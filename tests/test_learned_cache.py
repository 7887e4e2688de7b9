"""The writer keeps the learned boilerplate in memory (ingest/learned.py): what it stores must be
what it stored when it read the learned rows for every file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from db import migrate
from db.engine import atomic, make_engine
from db.models import OutletRow
from ingest.learned import LearnedSets
from ingest.writegroup import WriteGroup
from tests.conftest import ROOT, SEEDS, Ingest
from tests.robustness.dump import canonical

# Sets whose outlets repeat footers across articles: rows are learned and articles re-cleaned.
CORPUS = [SEEDS, ROOT / "tests" / "heldout" / "dumps", ROOT / "tests" / "blind" / "dumps",
          ROOT / "tests" / "blind3" / "dumps"]


def test_one_file_per_transaction_stores_the_same_archive(ingest: Ingest, tmp_path: Path) -> None:
    """Groups of one article (a commit per file, the cache checked against the database at
    each) and the default groups give the same archive."""
    ingest(CORPUS, db=tmp_path / "groups.sqlite")
    ingest(CORPUS, db=tmp_path / "single.sqlite", commit_articles=1)
    learned = sqlite3.connect(tmp_path / "groups.sqlite").execute("SELECT count(*) FROM learned_boilerplate")
    assert learned.fetchone()[0] > 0
    assert canonical(tmp_path / "groups.sqlite") == canonical(tmp_path / "single.sqlite")


def _outlet(s: Session, name: str) -> int:
    row = OutletRow(name=name, key=name.lower())
    s.add(row)
    s.flush()
    return int(row.id)


def _learn(s: Session, outlet_id: int, fp: str) -> None:
    s.connection().exec_driver_sql(
        "INSERT INTO learned_boilerplate (outlet_id, fingerprint, text, articles) VALUES (?, ?, 'x', 2)",
        (outlet_id, fp))


def test_rows_learned_by_another_ingester_are_seen(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a.sqlite'}")
    migrate.upgrade(engine)
    with atomic(engine, write=True) as s:
        a, b = _outlet(s, "A"), _outlet(s, "B")
        _learn(s, a, "f1")
    cache = LearnedSets()
    with atomic(engine, write=True) as s:
        cache.for_file(s, [a])
        assert cache.get(s, a) == {"f1"}
        assert cache.get(s, b) == set()  # read when asked: not among the file's outlets
    with atomic(engine, write=True) as s:  # another ingester, between two of our files
        _learn(s, a, "f2")
        _learn(s, b, "g1")
    with atomic(engine, write=True) as s:
        cache.for_file(s, [a])
        assert (cache.get(s, a), cache.get(s, b)) == ({"f1", "f2"}, {"g1"})


def test_a_rolled_back_group_is_forgotten(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a.sqlite'}")
    migrate.upgrade(engine)
    with atomic(engine, write=True) as s:
        a = _outlet(s, "A")
    cache = LearnedSets()
    group = WriteGroup(engine, max_articles=10**6, max_seconds=10**6, on_rollback=cache.forget)

    def learns(s: Session) -> None:
        cache.for_file(s, [a])
        _learn(s, a, "f1")
        cache.add(s, [(a, "f1")])

    def fails(_s: Session) -> None:
        raise ValueError("a bad file")

    group.write(learns)
    with pytest.raises(ValueError):
        group.write(fails)  # undone alone: `learns` is written again and committed
    group.close()
    with atomic(engine, write=True) as s:
        cache.for_file(s, [a])
        assert cache.get(s, a) == {"f1"}
    forgotten: list[bool] = []
    group = WriteGroup(engine, max_articles=10**6, max_seconds=10**6, on_rollback=lambda: forgotten.append(True))
    group.write(lambda s: None)
    group.close(commit=True)
    assert forgotten == []
    group.write(lambda s: None)
    group.close(commit=False)
    assert forgotten == [True]


def test_free_heap_is_released_after_a_group(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Every closed group hands freed heap back (glibc's malloc_trim where there is one): the
    writer's resident size must not ratchet up with the largest group of the run."""
    from ingest import writegroup

    calls: list[int] = []
    monkeypatch.setattr(writegroup, "_TRIM", lambda: calls.append(1))
    engine = make_engine(f"sqlite:///{tmp_path / 'a.sqlite'}")
    migrate.upgrade(engine)
    group = writegroup.WriteGroup(engine, max_articles=1)
    group.write(lambda s: s.execute(text("SELECT 1")), articles=1)  # due at once: committed
    assert calls == [1]
    group.write(lambda s: s.execute(text("SELECT 1")))
    group.close(commit=True)
    assert calls == [1, 1]
