"""Properties (hypothesis): parsers never raise on arbitrary text; every non-blank line of an
input lands in exactly one copy's raw_text or is counted as dropped with a reason; cleaning a
clean body again changes nothing; signatures round-trip through the database as LeanMinHash
bytes."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import numpy as np
import pytest
from datasketch import LeanMinHash
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select

from db import migrate
from db.engine import atomic, make_engine
from db.models import ArticleRow, CopyRow, SourceRow
from ingest import formats
from ingest.bylines import Bylines
from ingest.clean import Cleaner
from ingest.config import CleanConfig, DedupConfig
from ingest.fingerprint import Fingerprinter, signature_from_bytes, signature_to_bytes
from ingest.formats.plaintext import ParseContext
from ingest.formats.plaintext import parse as parse_plaintext
from ingest.outlets import OutletAliases
from ingest.records import Candidate, DecodedSource, Rejection, Source
from ingest.rules import RuleSet
from ingest.text import clean_line

CFG = CleanConfig()
RULES = RuleSet(CFG.rule_files)
CTX = ParseContext(Bylines(CFG.byline_files), OutletAliases(CFG.outlet_files), RULES)
CLEANER = Cleaner(RULES, CTX.bylines, CFG.unwrap_max_width)
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=3000)  # no lone surrogates: not encodable

# Lines shaped like the pieces of real dumps, so that headers, bylines and trailers are found
# often enough for the properties to say something about the interesting paths.
LINES = st.sampled_from([
    "", "", "", "Harbour wall extension approved", "The Harbour Gazette", "Oct. 5, 2020", "Monday, October 5, 2020",
    "Global Research, October 15, 2020", "By Jane Roe", "By Jane Roe and Sam Okafor", "03:25 PM", "-----", "* * *",
    "Source: Coastal Times", "Author : Marta Kowalski", "Read more: https://example.org/story",
    "Copyright 2020 The Harbour Gazette. All rights reserved.", "Share this article", "Facebook | Twitter | Email",
    "The council voted on Tuesday to extend the harbour wall by forty metres, a project first proposed long ago.",
    "Fares on the island ferry will rise by eight per cent from April, the operator said in a statement.",
    "**Bold** claims and [a link](https://example.org) in a paragraph of ordinary reporting text.",
    "  indented line with\u00a0odd\u2009spaces  ", "- a bullet", "1. a numbered point", "Tags: harbour, ferry, council",
])
DUMPS = st.lists(st.one_of(LINES, LINES, LINES, st.text(max_size=80).map(lambda s: s.replace("\n", " "))), max_size=80)


def decoded(text: str, path: str = "dump.txt") -> DecodedSource:
    data = text.encode("utf-8")
    return DecodedSource(Source(path, data, hashlib.sha256(data).hexdigest()), text, "utf-8")


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_plaintext_parsing_never_raises(text: str) -> None:
    for item in parse_plaintext(decoded(text), CTX):
        assert isinstance(item, Candidate | Rejection)


@pytest.mark.parametrize("fmt", sorted(set(formats.FORMATS) - {"digest", "webpage", "text"}))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_every_registered_parser_yields_records_or_a_reasoned_error(fmt: str, text: str) -> None:
    """Other formats may refuse content (a ValueError carrying the reason, which fails the file
    cleanly); anything else escaping a parser is a bug."""
    try:
        for item in formats.FORMATS[fmt](decoded(text, f"dump.{fmt}"), CTX):
            assert isinstance(item, Candidate | Rejection)
    except ValueError:
        pass


@settings(max_examples=400, deadline=None)
@given(DUMPS)
def test_every_line_lands_in_one_copy_or_is_counted_as_dropped(lines: list[str]) -> None:
    text = "\n".join(lines)
    raw = text.split("\n")
    covered: list[int] = []
    dropped = 0
    for item in parse_plaintext(decoded(text), CTX):
        if isinstance(item, Rejection):
            assert item.reason and item.lines >= 0
            dropped += item.lines
            continue
        assert 1 <= item.start_line <= item.end_line <= len(raw)
        assert item.raw_text == "\n".join(raw[item.start_line - 1 : item.end_line])
        covered += range(item.start_line, item.end_line + 1)
    assert len(covered) == len(set(covered)), "a line landed in two copies"
    uncovered = [n for n in range(1, len(raw) + 1) if n not in set(covered) and clean_line(raw[n - 1])]
    assert len(uncovered) == dropped, f"lines {uncovered} neither in a copy nor counted as dropped"


def _reclean(body: str) -> list[str]:
    cand = Candidate("dump.txt", 0, 1, 1, body, [(n + 1, line) for n, line in enumerate(body.split("\n"))])
    return CLEANER.clean(cand).paragraphs


# Bodies as paragraphs: long and short prose, weak lines and trailer pieces in any order, the
# mix in which a trailer's edge is decided (the tail cut once cut twice; see ingest/clean.py).
PARAGRAPHS = st.lists(st.sampled_from([
    "The council voted on Tuesday to extend the harbour wall by forty metres, a project first proposed a decade "
    "ago and shelved twice for lack of money, officials said.",
    "Residents near the old quay said they welcomed the decision but worried about months of noise and dust.",
    "The work is expected to begin in March and to last about a year.",
    "Officials declined to comment.", "Copyright 2020 The Harbour Gazette. All rights reserved.",
    "Share this article", "Read more: https://example.org/story", "Follow us on Twitter", "-----",
    "By Jane Roe", "Jane Roe is a reporter covering the coast.", "contact: news@example.org",
]), min_size=1, max_size=12)


@settings(max_examples=400, deadline=None)
@given(DUMPS)
@example(["\x1f>"])  # a control character str.strip() drops, before a quote mark: both go at once
def test_cleaning_a_clean_body_again_changes_nothing(lines: list[str]) -> None:
    for item in parse_plaintext(decoded("\n".join(lines)), CTX):
        if isinstance(item, Candidate):
            once = CLEANER.clean(item).body
            assert "\n\n".join(_reclean(once)) == once


@settings(max_examples=600, deadline=None)
@given(PARAGRAPHS)
def test_cleaning_is_idempotent_on_bodies_with_trailers(paragraphs: list[str]) -> None:
    once = "\n\n".join(_reclean("\n\n".join(paragraphs)))
    assert "\n\n".join(_reclean(once)) == once


@pytest.fixture(scope="module")
def archive() -> object:
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'sig.sqlite'}")
        migrate.upgrade(engine)
        with atomic(engine, write=True) as s:
            s.execute(insert(SourceRow).values(id=1, path="p", sha256="0" * 64, size_bytes=0,
                                               ingested_at=__import__("datetime").datetime(2024, 1, 1), status="done"))
            s.execute(insert(ArticleRow).values(id=1, body="", word_count=0))
        yield engine


WORDS = st.lists(
    st.sampled_from(["harbour", "council", "wall", "ferry", "fares", "island", "vote", "metres", "spring"]),
    min_size=8,
    max_size=300,
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=WORDS, seed=st.integers(1, 2**31 - 1))
def test_signatures_round_trip_through_the_database(archive: object, words: list[str], seed: int) -> None:
    cfg = DedupConfig(seed=seed)
    fp = Fingerprinter(cfg)(" ".join(words))
    if fp.signature is None:
        return
    blob = signature_to_bytes(fp.signature, cfg.seed)
    with atomic(archive, write=True) as s:  # type: ignore[arg-type]
        row = {"article_id": 1, "source_id": 1, "position": 0, "start_line": 1, "end_line": 1, "raw_text": "",
               "match": "first", "signature": blob}
        cid = s.execute(insert(CopyRow).values(**row).returning(CopyRow.id)).scalar_one()
    with atomic(archive) as s:  # type: ignore[arg-type]
        stored = s.scalar(select(CopyRow.signature).where(CopyRow.id == cid))
    assert stored == blob
    lean = LeanMinHash.deserialize(stored)
    assert lean.seed == seed and len(lean) == cfg.num_perm
    assert np.array_equal(signature_from_bytes(stored), fp.signature)
    assert lean.jaccard(LeanMinHash.deserialize(blob)) == 1.0
