"""The read model on PostgreSQL: the tsvector search branch, export, merge/split, schema.

Runs only when NEWSARCHIVE_TEST_PG_URL names a *throwaway* PostgreSQL database (it is wiped:
the public schema is dropped and recreated), e.g.
  NEWSARCHIVE_TEST_PG_URL='postgresql+psycopg://postgres@/na_test?host=/tmp/pg&port=55432'
"""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from db.engine import make_engine
from db.migrate import schema_diff
from ingest.cli import cli
from ingest.config import IngestConfig
from ingest.pipeline import Pipeline
from ingest.summary import Summary
from tests.conftest import SEEDS

URL = os.environ.get("NEWSARCHIVE_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not URL, reason="set NEWSARCHIVE_TEST_PG_URL to a throwaway PostgreSQL database")


def run(*args: str) -> str:
    assert URL
    result = CliRunner().invoke(cli, [*args, "--db", URL], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def pg() -> str:
    assert URL
    engine = make_engine(URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    summary = Summary()
    Pipeline(IngestConfig(db_url=URL), engine).run([str(SEEDS)], summary)
    assert not summary.failures
    return URL


def test_search_export_show_on_postgres(pg: str) -> None:
    hits = json.loads(run("search", "Lavrov", "--json"))
    assert "Global Research" in [h["outlet"] for h in hits]
    assert any("<mark>Lavrov</mark>" in h["snippet"] for h in hits)
    assert {h["outlet"] for h in json.loads(run("search", "Azerbaijan", "--json", "--outlet", "RT"))} == {"RT"}
    assert len(run("export").splitlines()) == 18
    assert len(run("export", "--copies").splitlines()) == 23
    voa = next(h["id"] for h in json.loads(run("search", "Turkey Vows Support", "--json"))
               if h["outlet"] == "Voice of America")
    assert len(json.loads(run("show", str(voa), "--json"))["copies"]) == 2


def test_search_index_follows_merge_and_split(pg: str) -> None:
    engine = make_engine(pg)
    run("merge", "1", "18")
    out = run("split", "3")
    assert "is now article" in out
    with engine.connect() as conn:
        counts = conn.execute(text("select (select count(*) from article_search), (select count(*) from articles)"))
        indexed, articles = counts.one()
    assert indexed == articles == 18
    assert schema_diff(engine) == []
