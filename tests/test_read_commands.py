"""The read commands on an archive of seeds/: search, show, export, duplicates (issue 6).

The archive is built once per module through the real pipeline; tests that write to it
(merge/split) use their own copy in tests/test_review.py.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from db import read
from db.engine import atomic, make_engine
from db.fts import QueryError, to_fts5
from db.migrate import schema_diff
from ingest import export as export_mod
from ingest.cli import cli
from ingest.config import IngestConfig
from ingest.pipeline import Pipeline
from ingest.summary import Summary
from tests.conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("read") / "archive.sqlite"
    url = f"sqlite:///{db}"
    summary = Summary()
    Pipeline(IngestConfig(db_url=url), make_engine(url)).run([str(SEEDS)], summary)
    assert not summary.failures
    return db


def run(archive: Path, *args: str) -> Any:
    result = CliRunner().invoke(cli, [*args, "--db", str(archive)], catch_exceptions=False)
    return result


def sql(archive: Path, query: str, **params: Any) -> list[Any]:
    with make_engine(f"sqlite:///{archive}").connect() as conn:
        return list(conn.execute(text(query), params))


# -- search ----------------------------------------------------------------------------------


def test_search_finds_lavrov_in_the_global_research_article(archive: Path) -> None:
    result = run(archive, "search", "Lavrov", "--json")
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    assert "Global Research" in [h["outlet"] for h in hits]
    body_ids = {r[0] for r in sql(archive, "select id from articles where body like '%Lavrov%'")}
    assert {h["id"] for h in hits} == body_ids  # every article that says it, and only those
    gr = next(h for h in hits if h["outlet"] == "Global Research")
    assert "<mark>Lavrov</mark>" in gr["snippet"]
    assert gr["authors"] and gr["copies"] == 1
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_search_text_output_marks_the_match(archive: Path) -> None:
    result = run(archive, "search", "Lavrov")
    assert result.exit_code == 0
    assert "[Lavrov]" in result.output and "Global Research" in result.output


def test_search_covers_outlet_and_author_names(archive: Path) -> None:
    by_author = json.loads(run(archive, "search", "Lendman", "--json").output)
    assert by_author and all("Stephen Lendman" in h["authors"] for h in by_author)
    by_outlet = json.loads(run(archive, "search", "Forbes", "--json").output)
    assert any(h["outlet"] == "Forbes" for h in by_outlet)


def test_search_filters(archive: Path) -> None:
    every = json.loads(run(archive, "search", "Azerbaijan", "--json", "--limit", "100").output)
    voa = json.loads(run(archive, "search", "Azerbaijan", "--json", "--outlet", "voice of america").output)
    assert voa and {h["outlet"] for h in voa} == {"Voice of America"}
    assert len(voa) < len(every)
    window = json.loads(run(archive, "search", "Azerbaijan", "--json", "--since", "2020-10-01", "--until",
                            "2020-10-10", "--limit", "100").output)
    assert window and all("2020-10-01" <= h["published_on"] <= "2020-10-10" for h in window)
    jones = json.loads(run(archive, "search", "Turkey", "--json", "--author", "Dorian Jones").output)
    assert jones and all("Dorian Jones" in h["authors"] for h in jones)


def test_search_syntax_phrase_or_not_and_punctuation(archive: Path) -> None:
    def ids(q: str) -> set[int]:
        return {h["id"] for h in json.loads(run(archive, "search", q, "--json", "--limit", "100").output)}

    assert ids("Lavrov -Lendman") == ids("Lavrov") - ids("Lendman")
    assert ids("Lavrov OR Pashinyan") == ids("Lavrov") | ids("Pashinyan")
    assert ids('"Foreign Minister Sergey Lavrov"') <= ids("Lavrov")
    assert ids("Nagorno-Karabakh")  # a hyphen is text, not an FTS5 operator


def test_search_query_errors_are_one_line(archive: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "--db", str(archive), "--", "-Turkey"])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "Error:" in result.output
    with pytest.raises(QueryError):
        to_fts5("--- ???")


def test_fts_index_follows_the_articles(archive: Path) -> None:
    indexed = sql(archive, "select rowid, title, outlet, authors from articles_fts order by rowid")
    expected = sql(archive, "select id, title, outlet, authors from article_index order by id")
    assert [(r[0], r[1], r[2]) for r in indexed] == [(r[0], r[1], r[2]) for r in expected]
    for got, want in zip(indexed, expected, strict=True):
        assert (got[3] or "") == ", ".join(json.loads(want[3]))


# -- show ------------------------------------------------------------------------------------


def _voa_article(archive: Path) -> int:
    hits = json.loads(run(archive, "search", "Turkey Vows Support", "--json").output)
    return int(next(h["id"] for h in hits if h["outlet"] == "Voice of America"))


def test_show_lists_both_voa_copies_in_001_with_their_lines(archive: Path) -> None:
    article_id = _voa_article(archive)
    result = run(archive, "show", str(article_id), "--json")
    data = json.loads(result.output)
    assert data["outlet"] == "Voice of America" and data["authors"] == ["Dorian Jones"]
    assert len(data["copies"]) == 2
    for copy in data["copies"]:
        path, span = copy["lines"].rsplit(":", 1)
        assert Path(path).name.startswith("001_")
        start, end = (int(x) for x in span.split("-"))
        lines = (ROOT / path).read_text(encoding="utf-8").splitlines()[start - 1 : end]
        assert "\n".join(lines).strip() == copy["raw_text"].strip()  # the lines really hold the copy
        assert copy["title"] and copy["outlet"] == "Voice of America" and copy["published_on"] == "2020-09-28"
    assert [c["match"] for c in data["copies"]] == ["first", "exact"]
    text_out = run(archive, "show", str(article_id)).output
    for copy in data["copies"]:
        assert copy["lines"] in text_out


def test_show_diff_shows_what_cleaning_removed(archive: Path) -> None:
    article_id = int(sql(archive, "select article_id from copies where removed_json like '%disclaimer%' limit 1")[0][0])
    data = json.loads(run(archive, "show", str(article_id), "--json").output)
    copy = data["copies"][0]
    assert copy["removed"].get("disclaimer")
    diff = copy["cleaning_diff"].splitlines()
    removed = [ln for ln in diff if ln.startswith("-")]
    assert any("Disclaimer" in ln for ln in removed)
    body = " ".join(copy["body"].split())
    for line in diff:
        if line.startswith(("-", " ")):
            assert copy["start_line"] <= int(line[1:6]) <= copy["end_line"]
        if line.startswith(" "):  # context: a line cleaning kept is in the body, word for word
            assert " ".join(line[7:].split()) in body
    text_out = run(archive, "show", str(article_id)).output
    assert "disclaimer" in text_out and re.search(r"^\s+-\s+\d+ Disclaimer", text_out, re.M)


def test_show_unknown_article_is_one_clear_line(archive: Path) -> None:
    result = run(archive, "show", "999999")
    assert result.exit_code == 1 and "no such article" in result.output


# -- export ----------------------------------------------------------------------------------


def test_export_jsonl_has_one_row_per_article(archive: Path) -> None:
    rows = [json.loads(ln) for ln in run(archive, "export").output.splitlines()]
    assert len(rows) == 18
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    voa = next(r for r in rows if r["outlet"] == "Voice of America" and r["copies"] == 2)
    assert voa["authors"] == ["Dorian Jones"] and voa["body"]
    assert sum(r["copies"] for r in rows) == 23


def test_export_csv_and_copies(archive: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run(archive, "export", "--format", "csv").output)))
    assert len(rows) == 18 and tuple(rows[0]) == export_mod.ARTICLE_FIELDS
    assert all(isinstance(json.loads(r["authors"]), list) for r in rows)
    copies = [json.loads(ln) for ln in run(archive, "export", "--copies").output.splitlines()]
    assert len(copies) == 23 and all(c["raw_text"] and c["source"] for c in copies)
    rt = [json.loads(ln) for ln in run(archive, "export", "--copies", "--outlet", "RT").output.splitlines()]
    assert rt and {c["outlet"] for c in rt} == {"RT"}
    out = run(archive, "export", "--query", "Lavrov", "--since", "2020-10-01").output
    found = [json.loads(ln) for ln in out.splitlines()]
    assert found and all(r["published_on"] >= "2020-10-01" and "Lavrov" in r["body"] for r in found)


def test_export_streams_in_batches(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "EXPORT_BATCH", 4)
    with atomic(make_engine(f"sqlite:///{archive}")) as s:
        stream = read.export_articles(s)
        first = next(stream)
        assert first["id"] == min(r[0] for r in sql(archive, "select id from articles"))
        assert 1 + sum(1 for _ in stream) == 18


def test_export_parquet(archive: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "a.parquet"
    result = run(archive, "export", "--format", "parquet", "-o", str(out))
    assert result.exit_code == 0
    table = pq.read_table(out)
    assert table.num_rows == 18 and str(table.schema.field("authors").type) == "list<element: string>"
    copies = tmp_path / "c.parquet"
    run(archive, "export", "--format", "parquet", "--copies", "-o", str(copies))
    assert pq.read_table(copies).num_rows == 23
    assert run(archive, "export", "--format", "parquet").exit_code == 2  # needs -o


def test_export_parquet_without_pyarrow_says_how_to_install(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = run(archive, "export", "--format", "parquet", "-o", str(tmp_path / "x.parquet"))
    assert result.exit_code == 1 and "newsarchive[parquet]" in result.output


# -- duplicates and schema -------------------------------------------------------------------


def test_duplicates_lists_clusters_with_sizes(archive: Path) -> None:
    data = json.loads(run(archive, "duplicates", "--json").output)
    multi = sql(archive, "select article_id, count(*) from copies group by article_id having count(*) > 1")
    assert {(c["article_id"], c["size"]) for c in data} == {(r[0], r[1]) for r in multi}
    assert all(c["copies"][0]["match"] == "first" for c in data)
    assert "copy" in run(archive, "duplicates").output


def test_models_and_revisions_agree(archive: Path) -> None:
    assert schema_diff(make_engine(f"sqlite:///{archive}")) == []
