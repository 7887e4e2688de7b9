"""The writer's fast paths give exactly what the plain code gives (docs/performance.md, session 8).

The writer packs each prepared source into plain tuples (ingest/wire.py), writes JSON, dates
and Bloom keys without the general-purpose helpers, and reads signatures without datasketch;
each of these is pinned here to the code it replaces.
"""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from db.batch import sorted_unique
from db.bloom import edge_key, edge_keys
from ingest import wire
from ingest.config import DedupConfig
from ingest.dedup import Deduplicator, title_key
from ingest.fingerprint import Fingerprinter, signature_from_bytes
from ingest.records import Candidate, CleanArticle
from ingest.store import _json

_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.lists(_TEXT), st.dictionaries(_TEXT, st.integers()),
                 st.lists(st.one_of(_TEXT, st.integers(), st.none())), st.dictionaries(_TEXT, st.booleans())))
def test_json_as_json_dumps(value: object) -> None:
    """Lists are quoted straight away and fall back to json.dumps at the first value that is
    not a string (a list of mixed values above); dicts are checked first."""
    assert _json(value) == json.dumps(value)


_HEX = st.text("0123456789abcdefABCDEF", min_size=16, max_size=16)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**9), st.lists(st.one_of(_HEX, st.text("0123456789abcdef _x+", min_size=1, max_size=18)),
                                       max_size=12))
def test_edge_keys_as_edge_key(outlet: int, fingerprints: list[str]) -> None:
    try:
        expected = [edge_key(outlet, f) for f in fingerprints]
    except ValueError:
        return  # not a fingerprint int() reads: edge_key fails on it too
    assert edge_keys(outlet, fingerprints).tolist() == expected


def _paragraphs() -> st.SearchStrategy[list[str]]:
    words = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
    return st.lists(st.lists(words, min_size=1, max_size=30).map(" ".join), min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(_paragraphs(), st.one_of(st.none(), _TEXT), st.lists(_TEXT, max_size=3), st.booleans())
def test_packed_article_carries_what_the_writer_reads(paragraphs: list[str], title: str | None,
                                                      authors: list[str], inferred: bool) -> None:
    fingerprinter = Fingerprinter(DedupConfig())
    cand = Candidate("f.txt", 3, 10, 20, "raw\ntext", [], title=title, outlet="Outlet", authors=authors,
                     published_on=dt.date(2020, 1, 2), url="http://x", language="en", date_inferred=inferred)
    art = CleanArticle(cand, paragraphs, {"footer": 2})
    fp = fingerprinter(art.body)
    edges = {f"{i:016x}": p for i, p in enumerate(paragraphs[:2] + paragraphs[-2:])}
    packed = wire.pack_article(art, fp, edges)
    assert packed[wire.BODY] == art.body
    assert packed[wire.WORDS] == len(art.body.split())
    assert packed[wire.TITLE_KEY] == title_key(title)
    assert wire.edge_texts(packed) == edges
    assert tuple(packed[wire.EDGE_KEYS]) == tuple(edges)
    back = wire.fingerprint(packed)
    assert back.content_hash == fp.content_hash and back.buckets == fp.buckets and back.sig_bytes == fp.sig_bytes
    assert np.array_equal(back.shingles, fp.shingles)
    assert (back.signature is None) == (fp.signature is None)
    if fp.signature is not None:
        assert np.array_equal(back.signature, fp.signature)
    again = wire.candidate(packed, "f.txt")
    for name in ("position", "start_line", "end_line", "raw_text", "title", "outlet", "published_on", "authors",
                 "url", "language", "date_inferred"):
        assert getattr(again, name) == getattr(cand, name)


def test_edge_texts_travel_as_they_are_when_not_paragraphs() -> None:
    fingerprinter = Fingerprinter(DedupConfig())
    art = CleanArticle(Candidate("f.txt", 0, 1, 2, "raw", []), ["one two three", "four five six"], {})
    edges = {"00000000000000aa": "not a paragraph"}
    packed = wire.pack_article(art, fingerprinter(art.body), edges)
    assert wire.edge_texts(packed) == edges


def test_stored_signature_read_without_datasketch() -> None:
    dedup = Deduplicator(DedupConfig())
    body = " ".join(f"word{i} other{i % 7}" for i in range(300))
    fp = dedup.fp(body)
    assert fp.sig_bytes is not None
    assert np.array_equal(dedup._signature(fp.sig_bytes), signature_from_bytes(fp.sig_bytes))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(-(2**63), 2**63 - 1), max_size=200), st.integers(0, 5))
def test_bucket_probes_as_np_unique(buckets: list[int], repeats: int) -> None:
    """db.batch.sorted_unique (the LSH buckets a file probes) gives what np.unique gives."""
    values = np.asarray(buckets * (repeats + 1) + buckets[: repeats * 3], dtype=np.int64)
    found = sorted_unique(values)
    assert found.dtype == np.int64
    assert np.array_equal(found, np.unique(values))
