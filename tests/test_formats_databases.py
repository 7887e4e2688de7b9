"""Research-database and wire layouts: ProQuest text exports, Nexis Uni downloads, press-release
wires and media-monitoring items, on fixtures of other outlets and variants of each layout."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from ingest import formats
from ingest.formats.dbnames import credited_names, inverted_names
from ingest.formats.monitoring import read_monitoring_source
from ingest.formats.wires import is_release_file
from ingest.records import Candidate, CleanArticle, Rejection, Source
from tests.test_formats_feeds import _ctx  # one parse context and cleaner for the format tests

FIXTURES = Path(__file__).parent / "fixtures" / "databases"


def _parse(name: str, data: bytes | None = None) -> tuple[str, list[CleanArticle], list[Rejection]]:
    data = (FIXTURES / name).read_bytes() if data is None else data
    ctx, cleaner = _ctx()
    decoded = formats.decode(Source(name, data, hashlib.sha256(data).hexdigest()))
    fmt = formats.sniff(decoded)
    items = list(formats.FORMATS[fmt](decoded, ctx))
    arts = [cleaner.clean(i) for i in items if isinstance(i, Candidate)]
    return fmt, arts, [i for i in items if isinstance(i, Rejection)]


def _meta(a: CleanArticle) -> tuple[object, ...]:
    c = a.candidate
    return c.title, c.outlet, c.published_on, c.authors, c.url


def test_proquest_export() -> None:
    fmt, arts, rejected = _parse("proquest_transport.txt")
    assert fmt == "proquest"
    assert [_meta(a) for a in arts] == [
        ("Tram extension opens to Airport", "Leeside Evening Echo", dt.date(2023, 3, 6),
         ["Adaeze Okonkwo", "Pieter van der Berg"], None),  # Document URL is ProQuest's, not the article's
        ("Harbour dredging contract delayed", "Port Talbot Guardian", dt.date(2023, 3, 7), [], None),
        ("Bus lane cameras switched on", "Wessex Daily Post", dt.date(2023, 3, 8), ["Maria Reyes"], None),
    ]
    first = arts[0].body
    assert first.startswith("The long-awaited tram extension")  # the body starts on the Full text: line
    assert "Location: the new terminus" in first  # a labelled-looking paragraph inside the text stays
    for leak in ("Full text:", "Credit:", "Subject:", "ProQuest document ID", "Database:", "Publication title"):
        assert all(leak not in a.body for a in arts)
    assert arts[0].candidate.language == "en"
    reasons = {r.reason for r in rejected}
    assert "ProQuest record without full text (citation or abstract only)" in reasons
    assert "export header (report information, contents), not an article" in reasons
    assert "export footer (copyright, terms), not an article" in reasons


def test_nexis_uni_download() -> None:
    fmt, arts, rejected = _parse("nexis_uni_transport.txt")
    assert fmt == "nexis"
    assert [_meta(a) for a in arts] == [
        ("Rail union calls off weekend strike", "The Times", dt.date(2023, 3, 3), ["Ana Lopez", "Tom Reid"],
         "https://www.thetimes.example/article/rail-union-calls-off-strike"),
        ("Port of Leith wins offshore wind contract", "Edinburgh Evening Post", dt.date(2023, 3, 6), [], None),
        ("Cycle hire scheme expands south of the river", "Southwark Weekly", dt.date(2023, 3, 8),
         ["Priya Sharma"], None),  # an "Online Edition" line does not split the document
    ]
    assert arts[0].body.startswith("The walkout had threatened")  # Highlight: the standfirst, kept
    for leak in ("Body", "Classification", "Load-Date", "Length:", "Section:", "Copyright", "Graphic",
                 "Commuters at Waterloo", "End of Document", "Final Edition", "Online Edition"):
        assert all(leak not in a.body for a in arts), leak
    assert {r.reason for r in rejected} == {"document end marker", "export header (download request), not an article"}


def test_release_wires() -> None:
    fmt, arts, rejected = _parse("wires_transport.txt")
    assert fmt == "wire"
    assert [_meta(a) for a in arts] == [
        ("Northwind Ferries Orders Two Battery-Electric Vessels", "GlobeNewswire", dt.date(2023, 3, 9), [], None),
        ("Cycle Logistics Group Opens Cargo Bike Hub in Montreal", "Cision", dt.date(2023, 3, 7), [],
         "https://www.newswire.ca/news-releases/cycle-logistics-hub-montreal-812345.html"),
    ]
    assert arts[0].paragraphs[0] == "Ships will enter service on the Oslo fjord crossing in 2025"  # subheadline
    assert arts[0].paragraphs[1].startswith("OSLO, Norway, March 09, 2023 (GLOBE NEWSWIRE) --")
    for leak in ("About Northwind", "Forward-Looking", "press@", "SOURCE Cycle", "View original", "Downloaded from"):
        assert all(leak not in a.body for a in arts), leak
    assert [r.reason for r in rejected] == ["separator rule between releases"]


def test_single_release_without_rules() -> None:
    fmt, arts, _ = _parse("wire_single.txt")
    assert fmt == "wire"
    (a,) = arts
    title = "Harbourline Opens Booking for Summer Island Hopper"
    assert _meta(a) == (title, "PR Newswire", dt.date(2023, 3, 8), [], None)
    assert "Harbourline Cruises Ltd\n" not in a.body and "Media contact" not in a.body and "Share" not in a.body


def test_a_digest_holding_one_release_is_not_a_wire_file() -> None:
    release = (FIXTURES / "wire_single.txt").read_text()
    story = "\n".join(["Council approves new bus depot", "", "By Jo Bloggs", "", *["The council approved a depot "
                      "for forty electric buses on the old gasworks site, officials said on Tuesday."] * 3])
    assert is_release_file(release)
    assert not is_release_file(release + "\n-----\n\n" + story)


def test_monitoring_items() -> None:
    _fmt, arts, _ = _parse("monitoring_transport.txt")
    assert [(a.candidate.title, a.candidate.outlet, a.candidate.published_on) for a in arts] == [
        ("Ukraine: Kyiv metro to extend night service", "UNIAN", dt.date(2023, 3, 1)),
        ("Georgia: Tbilisi cable car reopens after repairs", "Rustavi 2 TV", dt.date(2023, 3, 3)),
    ]
    for leak in ("Text of report", "[Headline", "Source:", "BBC Mon", "(c) BBC", "internal use"):
        assert all(leak not in a.body for a in arts), leak


def test_monitoring_source_lines() -> None:
    assert read_monitoring_source("Source: Interfax news agency, Moscow, in Russian 0915 gmt 17 Oct 24") == (
        "Interfax", dt.date(2024, 10, 17))
    assert read_monitoring_source("Source: Kommersant website, Moscow, in Russian 5 Jan 2023") == (
        "Kommersant", dt.date(2023, 1, 5))
    assert read_monitoring_source("Source: The Guardian, 3 May 2022") is None  # another layout's line


def test_database_names() -> None:
    bylines = _ctx()[0].bylines
    assert inverted_names("Irving, Jack; de la Cruz, Maria", bylines) == ["Jack Irving", "Maria de la Cruz"]
    assert inverted_names("Jack Irving", bylines) == ["Jack Irving"]
    assert credited_names("Jane Roe Political Correspondent", bylines) == ["Jane Roe"]
    both = credited_names("Mary Ann Smith Local Democracy Reporter and Tom Reid", bylines)
    assert both == ["Mary Ann Smith", "Tom Reid"]
    # a title before a name is no part of it (bylines.toml honorifics; blind4's gold lists
    # 'Sam Okafor' first, blind24's wants 'Dr. Carlton Whyte' stored without the title)
    assert credited_names("Dr Sam Okafor", bylines) == ["Sam Okafor"]


def test_releases_without_rules_between_them_stay_plain_text() -> None:
    release = (FIXTURES / "wire_single.txt").read_text()
    assert not is_release_file(release + "\n\n" + release.replace("Harbourline", "Seaview"))


SAVED_DOCS = """Library news service

Saved items: 2

================================================================
Ferry timetable cut for the winter
Coast Gazette (Bergen, Norway) - March 4, 2025
Author/Byline: Petra Lund, Transport Reporter
Section: Local
Readability: 8-9 grade level (Lexile: 1010L)

The island ferry will run four times a day instead of six from November, the operator said
on Monday, citing falling passenger numbers after the summer season.

Commuters said the first crossing would now leave too late for the morning shift at the fish plant.

Record Number: cg_20250304_11

================================================================
Quay lights switched back on after repairs
Harbour Review (St Ives, Cornwall) - March 6, 2025
Author/Byline: Omar Reyes

The quay lights are on again after three weeks of repairs to the cabling that storms had
damaged in February, the harbour office said on Thursday morning.

Fishermen had complained that landing catches in the dark was dangerous in the early hours of the day.

Record Number: hr_20250306_02
"""


def test_saved_documents_with_labelled_bylines_and_places_after_the_outlet() -> None:
    """A news database's saved documents: headline, 'Outlet (City, Region) - date', then labelled
    lines ('Author/Byline:', 'Section:', 'Readability:'): the byline is read, the labels are not
    text, the place is no part of the outlet."""
    _fmt, arts, _ = _parse("saved.txt", SAVED_DOCS.encode())
    assert [_meta(a)[:4] for a in arts] == [
        ("Ferry timetable cut for the winter", "Coast Gazette", dt.date(2025, 3, 4), ["Petra Lund"]),
        ("Quay lights switched back on after repairs", "Harbour Review", dt.date(2025, 3, 6), ["Omar Reyes"]),
    ]
    for a in arts:
        labels = ("Author/Byline", "Section:", "Readability", "Record Number")
        assert not any(p.startswith(labels) for p in a.paragraphs)


def test_nexis_uni_byline_with_the_outlet_glued_on() -> None:
    """Nexis prints some papers' bylines as 'Name Paper' without a comma: the paper is cut when it
    is the document's outlet (with or without 'The'); a name that only shares a word stays whole."""
    from ingest.formats.nexis_uni import _byline

    ctx, _ = _ctx()
    assert _byline("Marta Quist Harbour City Courier", "The Harbour City Courier", ctx) == ["Marta Quist"]
    assert _byline("Marta Quist and Ben Ode Harbour City Courier", "Harbour City Courier", ctx) == [
        "Marta Quist", "Ben Ode"]
    assert _byline("Marta Courier", "Courier", ctx) == ["Marta Courier"]  # nothing left but one word: a name
