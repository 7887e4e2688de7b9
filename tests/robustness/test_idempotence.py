"""Idempotence: the same bytes never add anything; a file that grew adds only what is new."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

from tests.robustness.conftest import Corpus, run_ingest
from tests.robustness.corpus import make_article
from tests.robustness.dump import canonical, diff


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_reingesting_the_same_files_adds_nothing(corpus: Corpus, tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    shutil.copy(corpus.reference, db)
    before = canonical(db)
    again = run_ingest(corpus.folder, db=db)
    assert again.returncode == 1  # the image still fails, and says so again
    assert f"{len(corpus.files) - 1} already in the archive" in again.stdout
    assert "0 new, from 0 copies" in again.stdout
    assert diff(canonical(db), before) == []


def test_same_bytes_under_another_name_are_reported_as_already_ingested(corpus: Corpus, tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    shutil.copy(corpus.reference, db)
    before = canonical(db)
    other = tmp_path / "elsewhere" / "renamed-digest.txt"
    other.parent.mkdir()
    shutil.copy(corpus.files[3], other)
    out = run_ingest(other, db=db)
    assert out.returncode == 0, out.stderr
    assert f"already ingested: {other} (same bytes as {corpus.files[3]})" in out.stdout
    assert diff(canonical(db), before) == []


def _digest(arts: list[str]) -> str:
    return "\n\n".join(arts)


def test_a_file_that_grew_adds_only_the_appended_articles(tmp_path: Path) -> None:
    rng = random.Random(3)
    arts = [make_article(rng, n).render() for n in range(1, 7)]
    dump = tmp_path / "in" / "daily.txt"
    dump.parent.mkdir()
    db = tmp_path / "a.sqlite"
    dump.write_text(_digest(arts[:3]))
    assert run_ingest(dump, db=db).returncode == 0
    old_lines = dump.read_text().count("\n") + 1
    dump.write_text(_digest(arts[:5]))  # two articles appended
    grown = run_ingest(dump, db=db)
    assert grown.returncode == 0, grown.stderr
    assert f"grown: {dump} (3 articles were stored from its earlier version" in grown.stdout
    assert "articles: 2 new, from 2 copies (0 exact" in grown.stdout
    sources = _rows(db, "SELECT id, path, status FROM sources ORDER BY id")
    assert [(p, st) for _, p, st in sources] == [(str(dump), "done"), (str(dump), "done")]
    new_copies = _rows(db, f"SELECT position, start_line, match FROM copies WHERE source_id = {sources[1][0]}")
    assert [c[0] for c in new_copies] == [3, 4]  # positions and lines are those of the full file
    assert all(start > old_lines for _, start, _ in new_copies)
    assert {m for *_, m in new_copies} == {"first"}
    # Grown again: only the sixth article is new; both earlier versions are known.
    dump.write_text(_digest(arts))
    third = run_ingest(dump, db=db)
    assert "grown:" in third.stdout and "5 articles were stored" in third.stdout
    assert _rows(db, "SELECT count(*), count(DISTINCT article_id) FROM copies") == [(6, 6)]
    assert _rows(db, "SELECT count(*) FROM copies WHERE match != 'first'") == [(0,)]


def test_an_extended_last_article_is_linked_to_its_earlier_copy(tmp_path: Path) -> None:
    rng = random.Random(4)
    a, b = make_article(rng, 1), make_article(rng, 2)
    dump = tmp_path / "in" / "page.txt"
    dump.parent.mkdir()
    db = tmp_path / "a.sqlite"
    dump.write_text(_digest([a.render(), b.render()]))
    run_ingest(dump, db=db)
    added = "\nA further paragraph was added to the story later that day.\n"
    dump.write_text(_digest([a.render(), b.render()]) + added)
    out = run_ingest(dump, db=db)
    assert "grown:" in out.stdout and "1 articles were stored" in out.stdout
    rows = _rows(db, "SELECT source_id, article_id, match FROM copies ORDER BY id")
    assert len(rows) == 3  # a and b once each, then the extended b as a near copy of b
    assert rows[2][1] == rows[1][1] and rows[2][2] == "near"


def test_grown_file_found_under_another_folder_by_its_name(tmp_path: Path) -> None:
    rng = random.Random(5)
    arts = [make_article(rng, n).render() for n in range(1, 4)]
    db = tmp_path / "a.sqlite"
    old = tmp_path / "2023" / "wire.txt"
    new = tmp_path / "2024" / "wire.txt"
    old.parent.mkdir()
    new.parent.mkdir()
    old.write_text(_digest(arts[:2]))
    new.write_text(_digest(arts))
    run_ingest(old, db=db)
    out = run_ingest(new, db=db)
    assert "2 articles were stored" in out.stdout
    assert _rows(db, "SELECT count(*) FROM copies") == [(3,)]


def test_an_edited_file_is_a_new_source_whose_copies_link_to_the_old_articles(tmp_path: Path) -> None:
    """Not a prefix (text changed in the middle): every article is stored again as a copy,
    linked to the article it repeats, never merged into a wrong one."""
    rng = random.Random(6)
    arts = [make_article(rng, n).render() for n in range(1, 4)]
    dump = tmp_path / "in" / "wire.txt"
    dump.parent.mkdir()
    db = tmp_path / "a.sqlite"
    dump.write_text(_digest(arts))
    run_ingest(dump, db=db)
    dump.write_text(_digest([arts[0], arts[2], arts[1]]))
    out = run_ingest(dump, db=db)
    assert "grown:" not in out.stdout
    assert _rows(db, "SELECT count(*), count(DISTINCT article_id) FROM copies") == [(6, 3)]
