"""Nexis and Factiva exports: several documents each, headers and trailers never in the body."""

from __future__ import annotations

from tests.formats.conftest import fixture_bytes


def test_nexis_export(parse):
    exp = parse(fixture_bytes("nexis_export.txt"), "results.txt")
    assert exp.fmt == "nexis"
    assert [r.reason for r in exp.rejections] == ["export header (download request), not an article"]
    meta = [
        (c.title, c.outlet, str(c.published_on), c.authors, c.language, c.url)
        for c in (a.candidate for a in exp.articles)
    ]
    assert meta == [
        (
            "Ferry operator fined over crew rest breaches",
            "The Guardian",
            "2020-10-05",
            ["Jane Whitaker", "Tom Osei"],
            "en",
            None,
        ),
        (
            "Rosslare port expects record freight as hauliers avoid UK landbridge",
            "Irish Times",
            "2020-10-07",
            ["Ciarán Moore"],
            "en",
            None,
        ),
        (
            "Rhine water levels fall again, slowing barge traffic",
            "DW News",
            "2020-10-09",
            [],
            "en",
            "https://www.dw.com/en/rhine-water-levels-fall-again/a-55212345",
        ),
    ]
    ferry = exp.articles[0]
    assert ferry.paragraphs[0].startswith(
        "A ferry operator has been fined £400,000 after inspectors found that crews on two"
    )
    assert len(ferry.paragraphs) == 3  # hard-wrapped paragraphs re-joined
    for art in exp.articles:
        for leak in ("LOAD-DATE", "LANGUAGE", "Copyright", "All Rights Reserved", "BYLINE", "LENGTH", "DOCUMENTS"):
            assert leak not in art.body
    assert (ferry.candidate.start_line, ferry.candidate.end_line) == (11, 49)
    assert ferry.candidate.raw_text.strip().startswith("1 of 3 DOCUMENTS")


def test_factiva_export(parse):
    exp = parse(fixture_bytes("factiva_export.txt"), "factiva.txt")
    assert exp.fmt == "factiva"
    assert [r.reason for r in exp.rejections] == ["export text outside any document (search summary)"]
    copper, gdansk = exp.articles
    c = copper.candidate
    assert (c.title, c.outlet, str(c.published_on), c.authors, c.language) == (
        "Copper hits two-year high as Chinese demand recovers",
        "Reuters News",
        "2020-10-12",
        ["Eric Onstad", "Pratima Desai"],
        "en",
    )
    assert copper.paragraphs[0].startswith("Copper prices rose")  # LP first
    assert copper.paragraphs[2].startswith("Stocks in warehouses")  # then TD
    assert copper.paragraphs[-1].startswith("(Reporting by Eric Onstad")
    for leak in ("lmetex", "Mining/Quarrying", "Document LBA", "Copyright 2020 Thomson", "164 words", "15:42"):
        assert leak not in copper.body
    g = gdansk.candidate
    assert (g.title, g.outlet, str(g.published_on), g.authors) == (
        "Port of Gdansk to double container capacity by 2025",
        "Baltic Business Review",
        "2020-10-14",
        ["Anna Kowalska"],
    )
    # A paragraph opening with "IN" inside LP stays text: inside the body only a tag alone on its
    # line or followed by two spaces counts.
    assert any(p.startswith("IN the first half of the year") for p in gdansk.paragraphs)
    assert gdansk.paragraphs[-1] == "Construction is due to begin next spring."
    assert "gtrans" not in gdansk.body and "Search Summary" not in gdansk.body
