"""CSV/TSV exports of media-monitoring tools (ingest/formats/table.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.formats.table import column_map, sniff
from tests.test_formats_feeds import body, run

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def test_meltwater_month_first_bom_crlf() -> None:
    fmt, cands, rejected = run(FIXTURES / "meltwater_month_first.csv")
    assert fmt == "csv"
    strike, ferry, market = cands
    assert strike.title == "Port strike enters second week"
    assert strike.published_on == dt.date(2022, 3, 14)
    assert ferry.published_on == dt.date(2022, 3, 5)  # 03/05 read month-first: 03/14 proved it
    assert market.published_on == dt.date(2022, 3, 2)  # ISO in the same column
    assert strike.outlet == "Harbour Gazette"
    assert ferry.outlet == "harbourgazette.example"  # a bare domain is kept without www.
    assert strike.authors == ["Ines Duarte"]  # role dropped
    assert ferry.authors == ["Ines Duarte", "Mark Beale"]  # several authors in one cell
    assert strike.url == "https://harbourgazette.example/port-strike" and ferry.url is None
    assert strike.language == "en" and market.language == "en"
    # the quoted multi-line cell: the row spans lines 2-3, and so do its body lines
    assert (strike.start_line, strike.end_line) == (2, 3)
    assert [n for n, t in strike.body_lines if t] == [2, 3]
    assert body(strike) == "Dock workers stayed out for an eighth day on Monday.\n\nTalks resume on Thursday."
    assert (market.start_line, market.end_line) == (6, 6)
    assert any(r.reason == "table row with neither title nor text" and r.detail == "lines 5-5" for r in rejected)


def test_brandwatch_semicolons_ambiguous_dates_stay_null() -> None:
    fmt, cands, _ = run(FIXTURES / "brandwatch_ambiguous.csv")
    assert fmt == "csv"
    night, roof = cands
    assert night.published_on is None and roof.published_on is None  # 04/05 and 05/04: unproven
    assert night.authors == ["Ana Petrova"]  # Full Name beats the @handle
    assert night.language == "bg"
    assert body(night) == "Night trains will return to the line in June.\n\nTickets go on sale next week."
    assert (night.start_line, night.end_line) == (2, 4)


def test_cision_tsv() -> None:
    fmt, cands, _ = run(FIXTURES / "cision.tsv")
    assert fmt == "tsv"
    (cand,) = cands
    assert cand.published_on == dt.date(2020, 6, 21)
    assert cand.authors == ["Sam Reed", "Lee Park"]
    assert cand.outlet == "Valley Times"


def test_sniff_needs_article_columns() -> None:
    assert sniff("name,age,city\nAnn,3,Oslo\n") is None
    assert sniff("Mayor, council and voters agree on the budget, after all.\n") is None
    assert sniff("Title,URL\nx,y\n") is None  # fewer than three columns
    assert column_map(["Headline", "Hit Sentence", "Opening Text"]) == {"title": 0, "body": 2}


def test_a_row_of_empty_cells_is_a_blank_preamble_row() -> None:
    """Found by the fuzz harness: a first line of only delimiters (',') crashed sniffing with an
    IndexError; a spreadsheet saved as CSV writes its blank rows so."""
    assert sniff(",\n\n\x00[\n\n") is None
    assert sniff(",,,\n\"Report:\",\"Ports\"\nTitle,Text,Source,Date\nA,b,C,2024-10-17\n") == "csv"
