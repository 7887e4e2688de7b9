"""Bloom filters over the large index tables (db/bloom.py, db/filters.py, revision 0007): a key
they rule out must not be in the table, so the archive is the same with or without them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import recent_index
from db.bloom import Bloom, Filters, as_keys, edge_key
from db.engine import atomic, make_engine
from db.filters import COVERED, EDGES, LSH, MERGED, load
from db.queries import get_setting
from tests.conftest import ROOT, SEEDS, Ingest
from tests.robustness.dump import canonical

CORPUS = [SEEDS, ROOT / "tests" / "heldout" / "dumps", ROOT / "tests" / "blind" / "dumps"]
INT64 = st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1)


@settings(max_examples=60, deadline=None)
@given(st.lists(INT64, max_size=3000), st.lists(INT64, max_size=300))
def test_no_false_negatives(members: list[int], more: list[int]) -> None:
    keys = as_keys(members)
    bloom = Bloom.of(keys)
    assert bloom.might_contain(keys).all()
    again = Bloom.from_bytes(bloom.nbits, bloom.to_bytes(), bloom.hashes)
    assert again.might_contain(keys).all()
    union = Filters([Bloom.of(as_keys(more)), bloom])
    assert union.might_contain(keys).all() and union.might_contain(as_keys(more)).all()


def test_false_positives_are_rare() -> None:
    rng = np.random.default_rng(7)
    bloom = Bloom.of(rng.integers(0, 1 << 63, 100_000, dtype=np.uint64))
    assert bloom.might_contain(rng.integers(0, 1 << 63, 100_000, dtype=np.uint64)).mean() < 0.01


def test_edge_keys_tell_outlets_apart() -> None:
    assert edge_key(1, "a67367573b9f359a") != edge_key(2, "a67367573b9f359a")


def _main_keys(db: Path) -> tuple[np.ndarray, np.ndarray]:
    with sqlite3.connect(db) as con:
        lsh = as_keys(b for (b,) in con.execute("SELECT bucket FROM lsh_buckets"))
        pairs = con.execute("SELECT outlet_id, fingerprint FROM edge_paragraphs")
        edges = np.fromiter((edge_key(o, f) for o, f in pairs), dtype=np.uint64)
    return lsh, edges


def test_moves_keep_the_filters_covering_the_tables(ingest: Ingest, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Many small moves (one filter each) give the archive of no moves at all, and after them
    the filters hold every key of the large tables."""
    ingest(CORPUS, db=tmp_path / "plain.sqlite")
    monkeypatch.setattr(recent_index, "MERGE_MIN_COPIES", 5)
    monkeypatch.setattr(recent_index, "MERGE_SHARE", 1_000_000)
    ingest(CORPUS[:1], db=tmp_path / "moved.sqlite")
    ingest(CORPUS[1:], db=tmp_path / "moved.sqlite")
    assert canonical(tmp_path / "moved.sqlite") == canonical(tmp_path / "plain.sqlite")
    engine = make_engine(f"sqlite:///{tmp_path / 'moved.sqlite'}")
    with atomic(engine, write=True) as s:
        assert get_setting(s, COVERED) == get_setting(s, MERGED) is not None
        filters = load(s)
    assert filters is not None and len(filters[LSH].blooms) > 3
    lsh, edges = _main_keys(tmp_path / "moved.sqlite")
    assert len(lsh) > 0 and filters[LSH].might_contain(lsh).all()
    assert len(edges) > 0 and filters[EDGES].might_contain(edges).all()


def test_an_archive_without_filters_gets_them_built(ingest: Ingest, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows moved before filters existed (an archive from revision 0006): the writer builds a
    filter from the tables first, and stores what it would have stored anyway."""
    monkeypatch.setattr(recent_index, "MERGE_MIN_COPIES", 5)
    monkeypatch.setattr(recent_index, "MERGE_SHARE", 1_000_000)
    db = tmp_path / "a.sqlite"
    ingest(CORPUS[:2], db=db)
    with sqlite3.connect(db) as con:
        con.execute("DELETE FROM index_filters")
        con.execute("DELETE FROM settings WHERE name = ?", (COVERED,))
    ingest(CORPUS[2:], db=db)
    ingest(CORPUS, db=tmp_path / "plain.sqlite")
    assert canonical(db) == canonical(tmp_path / "plain.sqlite")
    lsh, _edges = _main_keys(db)
    engine = make_engine(f"sqlite:///{db}")
    with atomic(engine, write=True) as s:
        filters = load(s)
    assert filters is not None and filters[LSH].might_contain(lsh).all()


def test_a_filter_read_in_chunks_is_the_filter_of_all_keys(ingest: Ingest, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys are streamed from the table in chunks (a move at a million articles reads millions
    of rows): the bits are exactly those of one Bloom.of over every key."""
    from db import filters as filters_mod

    db = tmp_path / "a.sqlite"
    ingest(CORPUS[:2], db=db)  # no move yet: every row is in the recent tables
    with sqlite3.connect(db) as con:
        lsh = as_keys(b for (b,) in con.execute("SELECT bucket FROM lsh_buckets_recent"))
        pairs = con.execute("SELECT DISTINCT outlet_id, fingerprint FROM edge_paragraphs_recent").fetchall()
    edges = np.fromiter((edge_key(o, f) for o, f in pairs), dtype=np.uint64)
    monkeypatch.setattr(filters_mod, "_CHUNK", 7)
    engine = make_engine(f"sqlite:///{db}")
    with atomic(engine) as s:
        for index, keys in ((LSH, lsh), (EDGES, edges)):
            assert len(keys) > 7
            assert filters_mod._filter_of(s, index, recent=True).to_bytes() == Bloom.of(keys).to_bytes()


def test_hash_by_hash_membership_equals_all_positions_at_once() -> None:
    """Bloom.holds tests one hash at a time on the keys still in; a key is in exactly when all
    of its positions are set, as the one-shot computation over every position says."""
    rng = np.random.default_rng(5)
    for n in (0, 1, 1000, 70_000):
        members = rng.integers(0, 1 << 63, max(n, 1), dtype=np.uint64)
        bloom = Bloom.of(members)
        probe = np.concatenate([rng.integers(0, 1 << 63, 5000, dtype=np.uint64), members[:2000]])
        pos = bloom._positions(probe)
        plain = ((bloom.bits[pos >> np.uint64(6)] >> (pos & np.uint64(63))) & np.uint64(1)).all(axis=0)
        assert (bloom.might_contain(probe) == plain).all() and plain[5000:].all()


def _hex_int(text: str) -> bool:
    """A fingerprint `edge_key` can read (int(text, 16) takes a sign, 0x, _ and spaces too)."""
    try:
        int(text, 16)
    except ValueError:
        return False
    return True


HEXISH = st.text(alphabet="0123456789abcdefABCDEF x_+-", min_size=14, max_size=18)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1 << 40), HEXISH.filter(_hex_int)), min_size=1, max_size=50),
       st.lists(INT64, min_size=1, max_size=200))
def test_keys_read_in_bulk_are_the_keys_row_by_row(pairs: list[tuple[int, str]], buckets: list[int]) -> None:
    """db/filters.py turns a chunk of rows into keys in bulk (the driver's tuples, hex digits
    decoded at once); row by row, `edge_key` and `bucket & 2**64 - 1` are the reference."""
    from db import filters as filters_mod

    plain = np.fromiter((edge_key(o, f) for o, f in pairs), dtype=np.uint64, count=len(pairs))
    assert np.array_equal(filters_mod._edge_keys(pairs), plain)
    hexed = [(o, f"{edge_key(o, f):016x}") for o, f in pairs]  # as the learner writes them: 16 hex digits
    assert np.array_equal(filters_mod._edge_keys(hexed),
                          np.fromiter((edge_key(o, f) for o, f in hexed), dtype=np.uint64, count=len(hexed)))
    rows = [(b,) for b in buckets]
    assert np.array_equal(filters_mod._lsh_keys(rows), as_keys(buckets))
