"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds (ingest/formats/feeds.py), on fixtures of other outlets."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from pathlib import Path

import pytest

from ingest import formats
from ingest.bylines import Bylines
from ingest.clean import Cleaner
from ingest.config import CleanConfig
from ingest.formats.plaintext import ParseContext
from ingest.outlets import OutletAliases
from ingest.records import Candidate, Rejection, Source
from ingest.rules import RuleSet

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"


@functools.cache
def _ctx() -> tuple[ParseContext, Cleaner]:
    cfg = CleanConfig()
    bylines = Bylines(cfg.byline_files)
    cleaner = Cleaner(RuleSet(cfg.rule_files), bylines, cfg.unwrap_max_width)
    return ParseContext(bylines, OutletAliases(cfg.outlet_files)), cleaner


def run(path: Path, ctx: ParseContext | None = None) -> tuple[str, list[Candidate], list[Rejection]]:
    """Sniff and parse one file as the pipeline does: (format, candidates, rejections)."""
    data = path.read_bytes()
    decoded = formats.decode(Source(str(path), data, hashlib.sha256(data).hexdigest()))
    fmt = formats.sniff(decoded)
    items = list(formats.FORMATS[fmt](decoded, ctx or _ctx()[0]))
    return fmt, [i for i in items if isinstance(i, Candidate)], [i for i in items if isinstance(i, Rejection)]


def body(cand: Candidate) -> str:
    return _ctx()[1].clean(cand).body


def test_wordpress_rss2() -> None:
    fmt, cands, rejected = run(FIXTURES / "wordpress-rss2.xml")
    assert fmt == "rss"
    first, second = cands
    assert first.title == "Ferry fares rise by 8 per cent & winter timetable cut"
    assert first.outlet == "Lakeshore Ledger"
    assert first.authors == ["Maria Lindqvist", "Tom Okafor"]  # repeated dc:creator
    assert first.published_on == dt.date(2023, 3, 2)  # the stated day in its own zone, not UTC
    assert first.url == "https://lakeshoreledger.example/2023/03/02/ferry-fares/"  # tracking dropped
    assert first.language == "en"
    text = body(first)
    assert "8 per cent from April" in text and "Commuters said" in text
    for furniture in ("Share this", "Related", "Older ferry story", "appeared first on"):
        assert furniture not in text
    # (first, last) line of the <item> in the file; raw_text is exactly those lines
    assert (first.start_line, first.end_line) == (8, 21)
    assert first.raw_text.lstrip().startswith("<item>") and first.raw_text.rstrip().endswith("</item>")
    # item-level <source> names the outlet; "mail (Name)" author; description as the body
    assert second.outlet == "North Shore Wire"
    assert second.authors == ["Priya Raman"]
    assert "open on Sundays" in body(second)
    reasons = {r.reason for r in rejected}
    assert "feed item with neither title nor text" in reasons
    assert "feed channel header and markup (not an article)" in reasons


def test_atom_published_authors_content_kinds() -> None:
    fmt, cands, _ = run(FIXTURES / "hugo-atom.xml")
    assert fmt == "atom"
    escaped, xhtml, summary_only = cands
    assert escaped.title == "Neue Seilbahn für Hallstatt"  # type="html" title loses its tags
    assert escaped.published_on == dt.date(2022, 11, 18)  # published, never the later updated
    assert escaped.authors == ["Lena Gruber", "Jonas Hofer"]
    assert escaped.url == "https://alpenpost.example/2022/11/seilbahn"  # rel=alternate, not self
    assert escaped.language == "de"
    assert body(escaped) == "Die Gemeinde Hallstatt bekommt eine neue Seilbahn.\n\nDer Bau beginnt im Frühjahr."
    assert xhtml.authors == ["Alpenpost Redaktion"]  # feed-level author applies
    assert xhtml.published_on == dt.date(2022, 11, 19)  # only <updated> is stated
    assert body(xhtml) == "In Tirol fiel der erste Schnee.\n\nDie Straßen sind frei."
    assert summary_only.outlet == "Salzburger Bote"  # atom:source
    assert summary_only.authors == []  # an aggregated entry never takes the aggregator's author
    assert summary_only.url is None and summary_only.published_on is None
    assert "Ein Satz Text." in body(summary_only)


def test_rss1_rdf_latin1() -> None:
    fmt, cands, _ = run(FIXTURES / "rss1.rdf")
    assert fmt == "rss"
    (cand,) = cands
    assert cand.title == "Café reopens after flood"
    assert cand.authors == ["José Alvarez"]
    assert cand.published_on == dt.date(2021, 7, 4)
    assert cand.outlet == "Valley Times"


def test_entity_declarations_are_refused() -> None:
    with pytest.raises(ValueError, match="entities"):
        run(FIXTURES / "entities.xml")


def test_malformed_feed_fails_with_the_position() -> None:
    with pytest.raises(ValueError, match="not well-formed XML: mismatched tag: line 4"):
        run(FIXTURES / "malformed.xml")


def test_html_with_rss_word_is_not_a_feed() -> None:
    from ingest.formats.detect import _FEED

    assert _FEED.match("<!DOCTYPE html><html><body><rss>") is None
    assert _FEED.match('<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n<rss version="2.0">')
