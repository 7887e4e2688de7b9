"""Reviewing dedup by hand: borderline pairs, merge and split, and that later ingests keep them.

tests/fixtures/review/01_port_strike.txt holds one story in three versions: the original, a
rival outlet's version that shares its first five paragraphs (kept apart, just below the
threshold) and an update that shares six (merged, just above). The later_* files are lightly
edited re-pastes of the update and of the rival version, ingested after a correction.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from db.engine import make_engine
from ingest.cli import cli
from ingest.review import decision_margin
from tests.conftest import SEEDS, Ingest

FIXTURES = Path(__file__).parent / "fixtures" / "review"


def cli_ok(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def rows(db: Path, query: str) -> list[Any]:
    with make_engine(f"sqlite:///{db}").connect() as conn:
        return list(conn.execute(text(query)))


def article_of(db: Path, title_words: str) -> int:
    found = rows(db, f"select article_id from copies where raw_text like '%{title_words}%' order by id")
    return int(found[0][0])


def assert_consistent(db: Path) -> None:
    """The FTS index, the LSH index and the copies agree after any correction."""
    assert rows(db, "select count(*) from articles_fts")[0][0] == rows(db, "select count(*) from articles")[0][0]
    orphans = "select count(*) from lsh_buckets b left join copies c on c.id = b.copy_id where c.id is null"
    assert rows(db, orphans)[0][0] == 0
    empty = "select count(*) from articles a where not exists (select 1 from copies c where c.article_id = a.id)"
    assert rows(db, empty)[0][0] == 0
    firsts = rows(db, "select article_id, min(id) from copies group by article_id")
    for article_id, first in firsts:
        assert rows(db, f"select match, similarity from copies where id = {first}")[0] == ("first", None), article_id


@pytest.fixture
def strike(ingest: Ingest, tmp_path: Path) -> Path:
    summary, _ = ingest([FIXTURES / "01_port_strike.txt"])
    assert not summary.failures and summary.articles_new == 2
    return tmp_path / "archive.sqlite"


def test_decision_margin_matches_dedup_thresholds() -> None:
    from ingest.config import DedupConfig

    cfg = DedupConfig()
    assert decision_margin(cfg.jaccard_min, 0.0, cfg) == 0.0
    assert decision_margin(0.45, 0.5, cfg) < 0 < decision_margin(0.55, 0.5, cfg)
    assert decision_margin(0.35, 0.85, cfg) > 0  # a trimmed copy, confirmed by containment


def test_borderline_shows_pairs_below_and_above_the_threshold(strike: Path) -> None:
    pairs = json.loads(cli_ok(strike, "duplicates", "--borderline", "--json"))
    merged = [p for p in pairs if p["merged"]]
    apart = [p for p in pairs if not p["merged"]]
    assert merged and apart
    assert all(p["margin"] >= 0 for p in merged) and all(p["margin"] < 0 for p in apart)
    assert all(abs(p["margin"]) <= 0.15 for p in pairs)
    view = cli_ok(strike, "duplicates", "--borderline", "--width", "120")
    assert "│" in view and "identical paragraph" in view
    assert "newsarchive merge" in view and "newsarchive split" in view
    assert "no pair lies within" in cli_ok(strike, "duplicates", "--borderline", "--margin", "0.001")


def test_split_survives_a_later_ingest(strike: Path, ingest: Ingest) -> None:
    update_copy = rows(strike, "select id, article_id from copies where raw_text like '%refuse to drop%'")[0]
    original = article_of(strike, "dock workers strike")
    assert update_copy[1] == original  # dedup merged the update into the original
    out = cli_ok(strike, "split", str(update_copy[0]), "--note", "an update is its own story here")
    new = int(out.split("is now article ")[1].split()[0])
    assert_consistent(strike)
    ingest([FIXTURES / "later_update_repaste.txt"], db=strike)
    repaste = rows(strike, "select article_id, match from copies order by id desc limit 1")[0]
    assert repaste == (new, "near")  # joins the split copy's article, not the old one
    assert rows(strike, f"select count(*) from copies where article_id = {original}")[0][0] == 1
    decisions = rows(strike, "select action, article_id, from_article_id, note from manual_decisions")
    assert decisions == [("split", new, original, "an update is its own story here")]
    assert_consistent(strike)


def test_merge_survives_a_later_ingest(strike: Path, ingest: Ingest) -> None:
    original = article_of(strike, "dock workers strike")
    rival = article_of(strike, "truckers wait")
    assert original != rival
    cli_ok(strike, "merge", str(original), str(rival))
    assert rows(strike, f"select count(*) from articles where id = {rival}")[0][0] == 0
    assert_consistent(strike)
    before = rows(strike, "select count(*) from articles")[0][0]
    ingest([FIXTURES / "later_other_repaste.txt"], db=strike)
    assert rows(strike, "select count(*) from articles")[0][0] == before
    assert rows(strike, "select article_id from copies order by id desc limit 1")[0][0] == original
    shown = json.loads(cli_ok(strike, "show", str(original), "--json"))
    assert len(shown["copies"]) == 4 and shown["decisions"][0]["action"] == "merge"
    assert_consistent(strike)


def test_merge_and_split_on_seeds_survive_reingest(ingest: Ingest, tmp_path: Path) -> None:
    db = tmp_path / "seeds.sqlite"
    ingest([SEEDS], db=db)
    last = rows(db, "select max(id) from articles")[0][0]
    first_gr = rows(db, "select a.id from articles a join outlets o on o.id = a.outlet_id "
                        "where o.name = 'Global Research' order by a.id")[0][0]
    cli_ok(db, "merge", str(first_gr), str(last))  # the highest id: it must not be handed out again
    pair = rows(db, "select min(id), article_id from copies group by article_id having count(*) = 2 limit 1")[0]
    second_copy = rows(db, f"select max(id) from copies where article_id = {pair[1]}")[0][0]
    out = cli_ok(db, "split", str(second_copy))
    assert int(out.split("is now article ")[1].split()[0]) > last
    # A later dump: the merged-away story re-pasted with an edit, and the split copy again.
    merged_raw = rows(db, f"select raw_text from copies where article_id = {first_gr} order by id desc")[0][0]
    split_raw = rows(db, f"select raw_text from copies where id = {second_copy}")[0][0]
    edited = merged_raw.replace(" the ", " this ", 3)
    assert edited != merged_raw
    later = tmp_path / "later" / "later_digest.txt"
    later.parent.mkdir()
    later.write_text(edited + "\n\n" + split_raw + "\n", encoding="utf-8")
    before = rows(db, "select count(*) from articles")[0][0]
    summary, _ = ingest([later], db=db)
    assert summary.copies == 2 and summary.articles_new == 0
    assert rows(db, "select count(*) from articles")[0][0] == before == 18
    newest = rows(db, "select article_id, match from copies order by id desc limit 2")
    assert newest[1] == (first_gr, "near")  # the edited re-paste joined the merged article
    assert rows(db, f"select count(*) from articles where id = {last}")[0][0] == 0  # merged stays merged
    assert rows(db, f"select count(distinct article_id) from copies where id in ({pair[0]}, {second_copy})")[0][0] == 2
    assert_consistent(db)


def test_corrections_refuse_nonsense(strike: Path) -> None:
    runner = CliRunner()
    assert "itself" in runner.invoke(cli, ["merge", "1", "1", "--db", str(strike)]).output
    assert "no such article" in runner.invoke(cli, ["merge", "1", "999", "--db", str(strike)]).output
    only = rows(strike, "select min(id) from copies group by article_id having count(*) = 1")[0][0]
    result = runner.invoke(cli, ["split", str(only), "--db", str(strike)])
    assert result.exit_code == 1 and "only copy" in result.output
