"""Concurrency on one SQLite archive: two ingesters both finish (one waits for the other's
write lock), a reader is never blocked by a writer (WAL), and a writer that cannot get the
lock in time says so in one line. Never corruption; a migration is all or nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import threading
import time
from collections import defaultdict
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import inspect, text

from db import engine as engine_mod
from db import migrate
from db.engine import atomic, make_engine
from ingest.cli import cli
from tests.conftest import ROOT
from tests.robustness.conftest import Corpus, ingest_cmd, run_ingest
from tests.robustness.dump import canonical, integrity


def _clusters(db: Path) -> set[frozenset[tuple[str, int]]]:
    """Which copies (source sha256, position) were collapsed together: the dedup outcome,
    independent of which run stored which file first."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT c.article_id, s.sha256, c.position FROM copies c JOIN sources s ON s.id = c.source_id"
        ).fetchall()
    by: dict[int, set[tuple[str, int]]] = defaultdict(set)
    for aid, sha, pos in rows:
        by[aid].add((sha, pos))
    return {frozenset(v) for v in by.values()}


def test_two_ingesters_at_once_both_finish_without_corruption(corpus: Corpus, tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite"
    texts = sorted(p for p in corpus.files if p.suffix == ".txt")
    first, second = texts[: len(texts) * 2 // 3], texts[len(texts) // 3 :]  # a third in common
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(ingest_cmd(*files, db=db), cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for files in (first, second)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0, err.decode()
    assert integrity(db) == "ok"
    got, ref = canonical(db), canonical(corpus.reference)
    done = [r for r in ref["sources"] if r[5] == "done"]
    assert sorted(r[0] for r in got["sources"]) == sorted(r[0] for r in done)  # each file once
    assert len(got["copies"]) == len(ref["copies"])
    assert _clusters(db) == _clusters(corpus.reference)
    skipped = sum(int(out.decode().split(" ingested, ")[1].split(" already")[0]) for out, _ in outs)
    assert skipped == len(set(first) & set(second))  # the common third: stored once, skipped once


def _hold_write_lock(db: Path, seconds: float, ready: threading.Event) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO settings (name, value) VALUES ('lock-test', 'held')")
    ready.set()
    time.sleep(seconds)
    conn.execute("ROLLBACK")
    conn.close()


def test_a_second_writer_waits_for_the_lock_and_then_finishes(corpus: Corpus, tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    migrate.upgrade(make_engine(f"sqlite:///{db}"))
    ready = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db, 6.0, ready))
    holder.start()
    ready.wait(10)
    t0 = time.monotonic()
    out = run_ingest(*corpus.files[:3], db=db)
    waited = time.monotonic() - t0
    holder.join()
    assert out.returncode == 0, out.stderr
    assert "3 ingested" in out.stdout
    assert waited >= 5.0  # it waited for the lock instead of failing
    assert integrity(db) == "ok"


def test_readers_are_not_blocked_by_a_writer(corpus: Corpus, tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    assert run_ingest(*corpus.files[:3], db=db).returncode == 0
    ready = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db, 20.0, ready))
    holder.start()
    ready.wait(10)
    try:
        t0 = time.monotonic()
        with atomic(make_engine(f"sqlite:///{db}")) as s:
            count = s.execute(text("SELECT count(*) FROM articles")).scalar_one()
        assert count > 0 and time.monotonic() - t0 < 1.0
        t0 = time.monotonic()
        stats = subprocess.run(
            [*ingest_cmd(db=db)[:3], "stats", "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            check=False,
        )
        assert stats.returncode == 0, stats.stderr
        assert "articles:" in stats.stdout
        assert time.monotonic() - t0 < 15.0  # start-up time only: the held write lock did not matter
    finally:
        holder.join()


def test_a_writer_locked_out_past_the_timeout_says_why(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "a.sqlite"
    migrate.upgrade(make_engine(f"sqlite:///{db}"))
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_S", 1)
    ready = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db, 5.0, ready))
    holder.start()
    ready.wait(10)
    try:
        result = CliRunner().invoke(cli, ["ingest", str(corpus.files[0]), "--db", str(db), "--no-progress"])
    finally:
        holder.join()
    assert result.exit_code == 2, result.output
    line = [ln for ln in result.output.splitlines() if "locked" in ln]
    assert line and str(db) in line[0] and "run the same command again to resume" in line[0]
    assert integrity(db) == "ok"


def test_a_migration_interrupted_halfway_leaves_no_half_schema(tmp_path: Path) -> None:
    """DDL runs inside the transaction (the driver would otherwise autocommit each CREATE)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'm.sqlite'}")
    with pytest.raises(RuntimeError), engine_mod.writer(engine).begin() as conn:
        conn.execute(text("CREATE TABLE half (x INTEGER)"))
        raise RuntimeError("killed")
    assert inspect(engine).get_table_names() == []


def test_another_programs_database_as_db_is_refused_and_left_untouched(tmp_path: Path) -> None:
    other = tmp_path / "photos.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO albums (title) VALUES ('Summer 2019')")
    conn.close()
    before = other.read_bytes()
    doc = tmp_path / "doc.txt"
    doc.write_text("Harbour wall\n\nThe Gazette\n5 October 2020\n\nThe council voted to extend the wall.\n")
    out = run_ingest(doc, db=other)
    assert out.returncode != 0
    errors = [ln for ln in out.stderr.splitlines() if ln.strip()]
    assert len(errors) == 1 and str(other) in errors[0] and "another program" in errors[0]
    assert other.read_bytes() == before  # not switched to WAL, not migrated, not touched
    assert not Path(f"{other}-wal").exists()


def test_a_file_that_is_not_a_database_as_db_is_refused_in_one_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("These are my notes, not a database.\n" * 200)
    before = notes.read_bytes()
    doc = tmp_path / "doc.txt"
    doc.write_text("Harbour wall\n\nThe Gazette\n5 October 2020\n\nThe council voted to extend the wall.\n")
    out = run_ingest(doc, db=notes)
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr
    assert f"{notes}: not a usable SQLite archive" in out.stderr
    assert notes.read_bytes() == before


def test_a_second_ingester_waits_its_turn_and_says_so(corpus: Corpus, tmp_path: Path) -> None:
    """While one ingester runs, a second one on the same archive waits for it (one line on
    stderr) instead of racing it for SQLite's write lock, which the running one would win
    after every commit until the waiter's busy timeout ran out (ingest/runlock.py)."""
    from ingest.runlock import exclusive_run

    db = tmp_path / "a.sqlite"
    migrate.upgrade(make_engine(f"sqlite:///{db}"))
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with exclusive_run(str(db)):
            held.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(10)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(ingest_cmd(corpus.files[0], db=db), cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Wait for the line itself rather than a fixed time: on a loaded machine the second
    # ingester may take seconds just to import, and would then find the lock already free.
    assert proc.stderr is not None and proc.stdout is not None
    err_lines: list[str] = []
    said = threading.Event()

    def read_stderr() -> None:
        assert proc.stderr is not None
        for raw in proc.stderr:
            err_lines.append(raw.decode())
            if "another ingester is writing to this archive; waiting" in err_lines[-1]:
                said.set()

    reader = threading.Thread(target=read_stderr)
    reader.start()
    try:
        assert said.wait(120), "".join(err_lines)  # it says so while the lock is held
        assert proc.poll() is None  # still waiting: the lock is held
    finally:
        release.set()
        holder.join()
    out = proc.stdout.read()
    proc.wait(timeout=120)
    reader.join(30)
    assert proc.returncode == 0, "".join(err_lines)
    assert "1 ingested" in out.decode()
