"""The writer's batch reads on SQLite (db/batch.py: each list bound as one JSON parameter and
joined as the outer loop, session 9) find exactly the rows the portable Core statements find,
on an archive whose LSH and edge rows sit in both the main and the recent tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from db import batch, recent_index
from tests.conftest import ROOT, SEEDS, Ingest

CORPUS = [SEEDS, ROOT / "tests" / "heldout" / "dumps"]


def _both(monkeypatch: pytest.MonkeyPatch, s: Session, read: Any) -> tuple[Any, Any]:
    """(the SQLite fast path's answer, the Core statements' answer) of read(s)."""
    fast = read(s)
    with monkeypatch.context() as m:
        m.setattr(batch, "is_sqlite", lambda _s: False)
        core = read(s)
    return fast, core


def _sorted_lists(found: dict[Any, list[Any]]) -> dict[Any, list[Any]]:
    return {k: sorted(v) for k, v in found.items()}


def test_batch_reads_find_what_the_core_statements_find(ingest: Ingest, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "a.sqlite"
    with monkeypatch.context() as m:  # move rows to the main tables after nearly every file
        m.setattr(recent_index, "MERGE_MIN_COPIES", 5)
        m.setattr(recent_index, "MERGE_SHARE", 1_000_000)
        ingest(CORPUS, db=db)
    _, engine = ingest([ROOT / "tests" / "blind" / "dumps"], db=db)  # these rows stay in the recent tables
    con = sqlite3.connect(db)
    for table in ("lsh_buckets", "lsh_buckets_recent", "edge_paragraphs", "edge_paragraphs_recent"):
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
    buckets = [r[0] for r in con.execute("SELECT bucket FROM lsh_buckets UNION ALL "
                                         "SELECT bucket FROM lsh_buckets_recent")]
    hashes = [r[0] for r in con.execute("SELECT content_hash FROM copies")]
    keys = [r[0] for r in con.execute("SELECT title_key FROM articles WHERE title_key IS NOT NULL")]
    edges = con.execute("SELECT outlet_id, fingerprint FROM edge_paragraphs UNION "
                        "SELECT outlet_id, fingerprint FROM edge_paragraphs_recent").fetchall()
    copy_ids = [r[0] for r in con.execute("SELECT id FROM copies")]
    article_ids = [r[0] for r in con.execute("SELECT id FROM articles")]
    con.close()
    assert min(len(buckets), len(hashes), len(keys), len(edges)) > 10
    # Values that are not there (and a numeric-looking text key) must find nothing on both paths.
    buckets += [1, -1, 2**62]
    hashes += ["0" * 32, "12345"]
    keys += ["2024", "no such title"]
    edges += [(edges[0][0], "0" * 16), (10**6, edges[0][1])]
    with Session(engine) as s:
        fast, core = _both(monkeypatch, s, lambda s: batch.bucket_copies(s, buckets))
        assert fast and _sorted_lists(fast) == _sorted_lists(core)
        fast, core = _both(monkeypatch, s, lambda s: batch.articles_by_hash(s, hashes))
        assert fast and fast == core
        fast, core = _both(monkeypatch, s, lambda s: batch.copy_heads(s, [*copy_ids, 10**9]))
        assert len(fast) == len(copy_ids) and fast == core
        fast, core = _both(monkeypatch, s, lambda s: sorted(batch.articles_by_title(s, keys)))
        assert fast and fast == core
        fast, core = _both(monkeypatch, s, lambda s: batch.edge_counts(s, edges))
        assert fast and fast == core
        fast, core = _both(monkeypatch, s, lambda s: batch.copies_of(s, [*article_ids, 10**9]))
        assert len(fast) == len(article_ids) and fast == core
