"""Schema, migrations, idempotence and the command line, as an archivist and a tool see them."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from db import migrate
from db.engine import make_engine
from db.models import Base
from ingest.cli import cli
from tests.conftest import ROOT, SEEDS, Ingest

CONTRACT = {
    "sources": {"id", "path", "sha256", "size_bytes", "format", "encoding", "ingested_at", "status", "error"},
    "outlets": {"id", "name"},
    "authors": {"id", "name"},
    "articles": {"id", "title", "outlet_id", "published_on", "url", "language", "body", "word_count"},
    "article_authors": {"article_id", "author_id", "position"},
    "copies": {"id", "article_id", "source_id", "position", "start_line", "end_line", "title", "outlet_id",
               "published_on", "url", "raw_text", "match", "similarity"},
}


def test_revisions_build_exactly_the_models(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.sqlite'}")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # FTS5 virtual tables and their shadow tables are created by raw SQL in a revision, not models.
    diff = [d for d in diff if not (d[0] == "remove_table" and "fts" in d[1].name)]
    assert diff == []
    assert migrate.current_revision(engine) == migrate.head_revision()


def test_contract_columns_exist(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        for table, cols in CONTRACT.items():
            have = {r[1] for r in conn.execute(text(f"pragma table_info({table})"))}
            assert cols <= have, (table, cols - have)


def test_reingesting_adds_nothing_and_renamed_bytes_are_known(ingest: Ingest, tmp_path: Path) -> None:
    first, engine = ingest([SEEDS])
    again, _ = ingest([SEEDS])
    assert (first.files_done, again.files_done, again.files_skipped) == (5, 0, 5)
    renamed = tmp_path / "renamed.txt"
    renamed.write_bytes((SEEDS / "002_e2ce16164650c0f7.txt").read_bytes())
    third, _ = ingest([renamed])
    assert third.files_skipped == 1
    with engine.connect() as conn:
        counts = [conn.execute(text(f"select count(*) from {t}")).scalar() for t in ("sources", "articles", "copies")]
    assert counts == [5, 18, 23]


def test_copies_trace_files_and_lines(ingest: Ingest) -> None:
    _, engine = ingest([SEEDS])
    with engine.connect() as conn:
        got = conn.execute(text(
            "select s.path, c.start_line, c.end_line, c.match from copies c join sources s on s.id = c.source_id "
            "join articles a on a.id = c.article_id join outlets o on o.id = a.outlet_id "
            "where o.name = 'Voice of America' and a.published_on = '2020-09-28' order by c.id")).all()
    assert [(Path(p).name, s, e, m) for p, s, e, m in got] == [
        ("001_cfc82215a48762bb.txt", 1, 59, "first"), ("001_cfc82215a48762bb.txt", 61, 119, "exact")]


def test_cli_ingest_summary_bad_file_and_exit_code(tmp_path: Path, write: Callable[[str, str], Path]) -> None:
    good = write("good.txt", "Harbour wall\n\nThe Gazette\n5 October 2020\n\nThe council voted to extend the wall.\n")
    bad = good.parent / "picture.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    db = tmp_path / "a.sqlite"
    result = CliRunner().invoke(cli, ["ingest", str(good.parent), "--db", str(db)])
    assert result.exit_code == 1
    assert f"newsarchive: {bad}: not a text file: it is a PNG image" in result.output
    assert "files: 2 seen, 1 ingested, 0 already in the archive, 1 failed" in result.output
    con = sqlite3.connect(db)
    assert con.execute("select status, error from sources order by id").fetchall() == [
        ("done", None), ("failed", "not a text file: it is a PNG image")]
    assert con.execute("select count(*) from articles").fetchone() == (1,)


def test_cli_json_summary_stats_and_db_commands(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    runner = CliRunner()
    out = runner.invoke(cli, ["ingest", str(SEEDS), "--db", str(db), "--json"])
    assert out.exit_code == 0, out.output
    summary = json.loads(out.output)
    assert summary["articles_new"] == 18 and summary["copies"] == 23
    assert summary["duplicates"] == {"exact": 5, "near": 0}
    assert summary["boilerplate_lines_removed"]["disclaimer"] >= 2
    stats = runner.invoke(cli, ["stats", "--db", str(db)])
    assert stats.exit_code == 0 and "Voice of America" in stats.output and "2020-10-05" in stats.output
    data = json.loads(runner.invoke(cli, ["stats", "--db", str(db), "--json"]).output)
    assert data["articles"] == 18 and data["sources"] == {"done": 5, "failed": 0}
    current = runner.invoke(cli, ["db", "current", "--db", str(db)])
    assert f"current: {migrate.head_revision()}" in current.output
    fresh = runner.invoke(cli, ["db", "upgrade", "--db", str(tmp_path / "new.sqlite")])
    assert fresh.exit_code == 0 and "(empty) ->" in fresh.output


def test_env_var_names_the_default_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSARCHIVE_DB", str(tmp_path / "env.sqlite"))
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS / "002_e2ce16164650c0f7.txt")])
    assert result.exit_code == 0 and (tmp_path / "env.sqlite").exists()


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("create table invoices (id integer primary key, amount real)")
    con.commit()
    con.close()
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", str(other)])
    assert result.exit_code != 0
    assert "belongs to another program" in result.output and "--db" in result.output
    assert sqlite3.connect(other).execute("select name from sqlite_master").fetchall() == [("invoices",)]


def test_changed_dedup_settings_are_refused(ingest: Ingest, tmp_path: Path) -> None:
    from ingest.config import DedupConfig
    from ingest.pipeline import SettingsMismatch

    ingest([SEEDS / "002_e2ce16164650c0f7.txt"])
    with pytest.raises(SettingsMismatch, match="dedup settings"):
        ingest([SEEDS], dedup=DedupConfig(num_perm=64))


def test_every_command_has_help_with_an_example() -> None:
    runner = CliRunner()
    commands = [[name] for name in cli.commands if name != "db"] + [["db", "upgrade"], ["db", "current"]]  # type: ignore[attr-defined]
    for cmd in commands:
        result = runner.invoke(cli, [*cmd, "--help"])
        assert result.exit_code == 0, cmd
        assert "Example" in result.output and "newsarchive " in result.output, cmd
        assert "--db" in result.output, cmd


def test_python_dash_m_ingest_is_the_same_cli(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "ingest", "--help"], capture_output=True, text=True, cwd=ROOT,
                         check=True)
    assert "ingest" in out.stdout and "stats" in out.stdout


def test_sqlalchemy_url_form_works(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'u.sqlite'}"
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS / "000_ae7c9cb8ee92cbfb.txt"), "--db", url])
    assert result.exit_code == 0, result.output
    with create_engine(url).connect() as conn:
        assert conn.execute(text("select count(*) from articles")).scalar() == 1
