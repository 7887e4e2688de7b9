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


def test_factiva_article_display_format(parse):
    """Factiva's "Article" display (Save as text): no tags; headline, optional byline, 'N words',
    date, optional time, source name and code, edition/page, language, copyright, body, and
    the document number closing each article; the search summary after them is no article."""
    exp = parse(fixture_bytes("factiva_display.txt"), "Factiva-export.txt")
    assert exp.fmt == "factiva"
    meta = [(c.title, c.outlet, str(c.published_on), c.authors, c.language) for c in exp.candidates]
    assert meta == [
        ("Tidal barrage plan wins backing from port authority", "Severn Estuary Gazette", "2024-03-05",
         ["Siobhan Maguire", "Tomasz Wrona"], "en"),
        # a short section line over a title-case headline: the headline is not read as a byline
        ("Harbour Board Approves Budget", "Coastal Business Daily", "2024-03-06", [], "en"),
        # a bare name under the headline is the byline; the time line is no outlet
        ("Ferry fares frozen for islanders", "Northern Isles Times", "2024-03-07", ["Ola Berg"], "en"),
    ]
    barrage, budget, ferry = exp.articles
    assert barrage.paragraphs[0].startswith("The port authority voted")
    assert barrage.paragraphs[1].startswith("IN a statement")  # a capitalised opener is no tag here
    assert budget.paragraphs[0].startswith("The harbour board")  # no copyright line: the body follows the language
    assert ferry.paragraphs[-1] == "(Reporting by Ola Berg; Editing by Ruth Abara)"  # kept, as in the tagged form
    assert "Northern Isles Media Ltd" not in ferry.body  # the publisher Factiva prints above the number
    for art in exp.articles:
        for leak in ("words", "SEVGAZ", "Late Edition", "English", "Copyright", "(c)", "Document", "Markets", "08:15"):
            assert leak not in art.body
    assert (exp.candidates[0].start_line, exp.candidates[0].end_line) == (1, 17)
    assert exp.candidates[1].start_line == 20  # the section line belongs to its document
    assert [(r.reason, r.lines) for r in exp.rejections] == [("export search summary, not an article", 6)]


def test_factiva_article_display_in_another_interface_language(parse):
    """The labels come from ingest/data/factiva.toml: a German export says 'Wörter' and 'Dokument'."""
    exp = parse(fixture_bytes("factiva_display_de.txt"), "factiva_de.txt")
    assert exp.fmt == "factiva"
    (c,) = exp.candidates
    assert (c.title, c.outlet, str(c.published_on), c.authors, c.language) == (
        "Museumsnacht lockt Rekordzahl an Besuchern", "Rheinischer Morgen", "2024-10-12", ["Katrin Albers"], "de")
    assert exp.articles[0].body.startswith("Mehr als 80.000 Menschen")


def test_factiva_article_pasted_into_a_mail_is_not_an_export(parse):
    """A Factiva article pasted under someone's note keeps the plain-text reader: the word count
    must stand at the top of the file for the export layout."""
    note = "\n".join(f"Line {k} of a long note about the harbour board meeting and what it decided." for k in range(9))
    pasted = fixture_bytes("factiva_display.txt").decode().split("\n\n\n")[1]
    exp = parse(f"Hi all,\n\n{note}\n\n{pasted}\n".encode(), "note.txt")
    assert exp.fmt != "factiva"


def test_factiva_article_display_printed_to_pdf_text(parse):
    """A PDF print read through pdftotext: Factiva's page footer and a form feed fall inside an
    article's header and between its paragraphs; they are furniture, never header or text."""
    text = fixture_bytes("factiva_display.txt").decode("utf-8")
    footer = "Page {} of 2 © 2024 Factiva, Inc. All rights reserved."
    text = text.replace("5 March 2024\n", f"5 March 2024\n\n{footer.format(1)}\n\f", 1)
    text = text.replace("Members said", f"{footer.format(2)}\n\fMembers said", 1)
    exp = parse(text.encode(), "Factiva-print.txt")
    assert exp.fmt == "factiva"
    assert [(c.title, c.outlet, str(c.published_on)) for c in exp.candidates][:2] == [
        ("Tidal barrage plan wins backing from port authority", "Severn Estuary Gazette", "2024-03-05"),
        ("Harbour Board Approves Budget", "Coastal Business Daily", "2024-03-06"),
    ]
    assert all("Factiva, Inc" not in a.body and "\f" not in a.body for a in exp.articles)
    assert exp.articles[1].paragraphs[-1] == "Members said the dredging could not be put off again."
    assert ("page footer of a printed export", 2) in [(r.reason, r.lines) for r in exp.rejections]


def test_factiva_article_display_byline_or_section(parse):
    """Two lines above the word count: a headline over a bare byline, or a section over a
    headline. A lower-case word marks a headline ('Dockers end strike'), which a section name
    ('Food and Drink') has none of; a By-line is always a byline."""
    def doc(top: str, n: int) -> str:
        return (f"{top}\n340 words\n{n} May 2024\nPort Talbot Courier\nPTCOUR\nEnglish\n\n"
                f"Body text of story {n} about the docks.\n\nDocument PTCOUR00202405{n:02d}ek5{n}0000{n}\n\n")
    text = (doc("Dockers end strike\nPriya Raman, Tom Okafor and Ana Lima", 1)
            + doc("Food and Drink\nHarbour Cafe Wins Award", 2)
            + doc("Ferry Timetable\nBy Lena Hart", 3))
    exp = parse(text.encode(), "factiva.txt")
    assert exp.fmt == "factiva"
    assert [(c.title, c.authors) for c in exp.candidates] == [
        ("Dockers end strike", ["Priya Raman", "Tom Okafor", "Ana Lima"]),
        ("Harbour Cafe Wins Award", []),
        ("Ferry Timetable", ["Lena Hart"]),
    ]


def test_factiva_publisher_line_is_a_company_name_only() -> None:
    from ingest.formats.factiva import _publisher_line

    assert _publisher_line("Aargau Media Group AG")
    assert _publisher_line("Baltic News & Co. KG")
    assert not _publisher_line("The harbour is now owned by Tidewater Holdings Ltd")
    assert not _publisher_line("Ltd")


def test_factiva_article_display_wrapped_rights_notice(parse):
    """A publisher's long rights notice wrapped over lines: its lower-case continuations are
    header; the body starts at the first paragraph, with or without a blank line before it."""
    text = ("Neues Hafenbecken eröffnet\n318 Wörter\n2 Dezember 2024\nKüstenbote\nKUSTBO\nDeutsch\n"
            "© 2024 Küstenbote. Alle Rechte an Artikeln des Küstenboten sind vorbehalten, jede Verwendung\n"
            "über die im Kundenvertrag geregelten Rechte hinaus nur mit Genehmigung\n"
            "der Redaktion.\n"
            "Das neue Becken ist seit Montag in Betrieb.\n\n"
            "Dokument KUSTBO0020241202ekc200001\n")
    exp = parse(text.encode(), "factiva.txt")
    (art,) = exp.articles
    assert art.candidate.outlet == "Küstenbote"
    assert art.body == "Das neue Becken ist seit Montag in Betrieb."


def test_factiva_results_saved_as_html(parse):
    """Factiva's web UI saved as a page: the same display layout in markup (a `deHeadline`, the
    fields one `div` each, `articleParagraph` paragraphs, the document number in a `p`)."""
    exp = parse(fixture_bytes("factiva_page.html"), "Factiva.html")
    assert exp.fmt == "factiva"
    assert [(c.title, c.outlet, str(c.published_on), c.authors, c.language) for c in exp.candidates] == [
        ("Lock gates on the canal to be replaced next spring", "Midland Waterways Gazette", "2025-01-09",
         ["Ines Halvorsen", "Jonas Pike"], "en"),
        ("Towpath reopens after landslip", "Valley Evening Post", "2025-01-11", [], "en"),
    ]
    gates, towpath = exp.articles
    assert gates.paragraphs == [
        "The trust that runs the canal will replace all six lock gates at the top of the flight during a "
        "three-month closure starting in March.",
        "Boat owners will have to move their moorings below the flight before the work starts.",
    ]
    assert towpath.body.startswith("The towpath between the two aqueducts")
    for art in exp.articles:
        for leak in ("Factiva", "words", "MIDWAG", "Page 7", "Copyright", "(c)", "Document", "Media Ltd", "Search"):
            assert leak not in art.body
    c = exp.candidates[0]
    assert c.raw_text.startswith('<div id="hd">') and "MIDWAG0020250109" in c.raw_text  # the page's own lines
