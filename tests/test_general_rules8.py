"""General rules added after blind8's first contact, each on shapes unlike that set's strings:
classic Nexis header walk, IPTC wire XML (NewsML-G2, NITF), e-paper prints, web-archive
digest messages, weekday-settled numeric dates, outlet weekdays, dash bylines, newsletter items."""

from __future__ import annotations

import datetime as dt
import textwrap

from bs4 import BeautifulSoup

from ingest.dates import parse_date
from ingest.formats import epaper, newsml, nexis
from ingest.formats.detect import sniff_text
from ingest.formats.html_stories import split_stories, story_url
from ingest.records import Candidate, DecodedSource, Rejection, Source
from tests.test_plaintext import CTX, body, split

PARA = ("The regional water board said on Monday that the reservoir had fallen to its lowest level "
        "in eleven years, and asked households to cut their use by a fifth until the rains return.")
PARA2 = ("Farmers in the lower valley said they had already moved cattle to higher pastures, and the "
         "board promised a second survey of the aquifer before the end of the month.")


def _decoded(name: str, text: str) -> DecodedSource:
    return DecodedSource(Source(name, text.encode(), "0" * 64), text, "utf-8")


def _cands(items: object) -> list[Candidate]:
    return [c for c in items if isinstance(c, Candidate)]  # type: ignore[attr-defined]


NEXIS = textwrap.dedent(f"""\
    Documents (2)

                          1 of 2 DOCUMENTS

                      The Valley Sentinel (Wales)

                        June 3, 2023 Saturday

              Copyright 2023 Sentinel Newsgroup Ltd

    SECTION: REGIONAL; Pg. 5

    LENGTH: 64 words

    Reservoir at lowest level in eleven years

    BYLINE: Jane Roe; The Valley Sentinel

    DATELINE: BRECON

         {PARA}

    LOAD-DATE: June 5, 2023

                          2 of 2 DOCUMENTS

                      The Valley Sentinel (Wales)

                        June 4, 2023 Sunday

              Copyright 2023 Sentinel Newsgroup Ltd

    SECTION: REGIONAL

    HEADLINE: Farmers move cattle as the aquifer drops

    BYLINE: Tom Price Farming Correspondent

    BODY:

         {PARA2}

    LOAD-DATE: June 5, 2023
    """)


def test_nexis_headline_among_labels_and_headline_label() -> None:
    docs = _cands(nexis.parse(_decoded("n.txt", NEXIS), CTX))
    assert [d.title for d in docs] == ["Reservoir at lowest level in eleven years",
                                       "Farmers move cattle as the aquifer drops"]
    assert docs[0].authors == ["Jane Roe"]  # the paper's own name credits nobody
    assert docs[1].authors == ["Tom Price"]  # a glued job title is cut
    assert docs[0].published_on == dt.date(2023, 6, 3) and docs[0].outlet == "The Valley Sentinel"
    texts = [" ".join(t for _, t in d.body_lines if t.strip()) for d in docs]
    assert "DATELINE" not in texts[0] and "BRECON" not in texts[0] and "Copyright" not in texts[0]
    assert texts[1].strip() == PARA2


G2 = textwrap.dedent(f"""\
    <?xml version="1.0" encoding="UTF-8"?>
    <newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
      <header><sent>2023-06-09T23:00:00Z</sent></header>
      <itemSet>
        <newsItem guid="urn:a" xml:lang="en-GB">
          <itemMeta>
            <provider qcode="nprov:VW"><name>Valley Wire</name></provider>
            <versionCreated>2023-06-08T10:00:00+01:00</versionCreated>
            <firstCreated>2023-06-07T00:30:00+10:00</firstCreated>
            <link rel="irel:seeAlso" contenttype="text/html" href="https://valleywire.example/2023/reservoir?utm_source=x"/>
          </itemMeta>
          <contentMeta>
            <creator role="crol:author"><name>Jane Roe</name></creator>
            <headline>Reservoir at lowest level</headline>
            <description role="drol:summary">A summary that is not the text.</description>
          </contentMeta>
          <contentSet><inlineXML contenttype="application/xhtml+xml">
            <html xmlns="http://www.w3.org/1999/xhtml"><body><p>{PARA}</p><p>{PARA2}</p></body></html>
          </inlineXML></contentSet>
        </newsItem>
      </itemSet>
    </newsMessage>
    """)

NITF = textwrap.dedent(f"""\
    <?xml version="1.0"?>
    <nitf>
      <head><title>Cattle moved</title><docdata><date.issue norm="20230604T080000+0100"/></docdata>
        <pubdata name="Valley Wire"/></head>
      <body><body.head><hedline><hl1>Farmers move cattle to higher pastures</hl1></hedline>
        <byline>By <person>Tom Price</person></byline></body.head>
        <body.content><p>{PARA2}</p></body.content></body>
    </nitf>
    """)


def test_newsml_g2_item_fields_and_nitf() -> None:
    assert sniff_text(_decoded("w.xml", G2)) == "newsml" and sniff_text(_decoded("n.xml", NITF)) == "nitf"
    items = list(newsml.parse(_decoded("w.xml", G2), CTX))
    (item,) = _cands(items)
    assert item.title == "Reservoir at lowest level" and item.outlet == "Valley Wire"
    assert item.published_on == dt.date(2023, 6, 7)  # first filed, in its own offset; not the update
    assert item.authors == ["Jane Roe"] and item.language == "en"
    assert item.url == "https://valleywire.example/2023/reservoir"
    assert [t for _, t in item.body_lines if t.strip()] == [PARA, PARA2]  # the summary is no body
    assert any(isinstance(r, Rejection) for r in items)  # the message header is counted
    (doc,) = _cands(newsml.parse(_decoded("n.xml", NITF), CTX))
    assert doc.title == "Farmers move cattle to higher pastures" and doc.authors == ["Tom Price"]
    assert doc.published_on == dt.date(2023, 6, 4) and doc.outlet == "Valley Wire"


EPAPER = textwrap.dedent(f"""\
    Library print, 9 July 2023

    ==== Valley Sentinel | 3 June 2023 | Page A2 ====

    Reservoir at lowest level in eleven years

    Board asks households to cut use by a fifth

    JANE ROE Environment Reporter

    {PARA}

    See page A6

    Distributed under licence
    Valley Print Service

    ==== Valley Sentinel | 3 June 2023 | Page A3 ====

    FARMING

    Farmers move cattle

    By Tom Price

    {PARA2}

    Distributed under licence
    Valley Print Service

    ==== Valley Sentinel | 3 June 2023 | Page A6 ====

    RESERVOIR — continued from page A2

    Officials said the last comparable drought was in the summer of 2012.

    Distributed under licence
    Valley Print Service
    """)


def test_epaper_banners_jumps_and_repeated_footer() -> None:
    decoded = _decoded("print.txt", EPAPER)
    assert epaper.sniff(EPAPER) and sniff_text(decoded) == "epaper"
    items = list(epaper.parse(decoded, CTX))
    stories = _cands(items)
    assert [s.title for s in stories] == ["Reservoir at lowest level in eleven years", "Farmers move cattle"]
    assert stories[0].authors == ["Jane Roe"] and stories[1].authors == ["Tom Price"]
    assert all(s.outlet == "Valley Sentinel" and s.published_on == dt.date(2023, 6, 3) for s in stories)
    first = [t for _, t in stories[0].body_lines if t.strip()]
    assert first[0] == PARA and first[-1].startswith("Officials said")  # the jump joined
    assert not any("licence" in t or "Board asks" in t for t in first)  # footer and deck left out
    assert any(isinstance(r, Rejection) and "footer" in r.reason for r in items)


DIGEST = textwrap.dedent(f"""\
    Topics in this digest:
    1. Water
    2. Cattle

    ---------------------------------------------

    Water
    #77
    From: Ann Hill
    Date: Sat, 10 Jun 2023 09:00:00 +0100

    Worth a read. From the Sentinel, Saturday:

    Reservoir at lowest level in eleven years
    By Jane Roe

    {PARA}

    {PARA2}

    Ann Hill
    Water Policy Unit

    ---------------------------------------------

    Cattle
    #78
    From: Bob Lane
    Date: Sat, 10 Jun 2023 11:00:00 +0100

    Valley Sentinel, 4 June 2023
    Farmers move cattle to higher pastures
    By Tom Price

    {PARA2}

    {PARA}

    ---------------------------------------------
    """)


def test_digest_message_number_lead_in_and_pasted_head() -> None:
    cands, _ = split(DIGEST)
    first = next(c for c in cands if "Reservoir" in (c.title or ""))
    assert first.authors == ["Jane Roe"]
    text = body(first)
    assert text.startswith(PARA[:40]) and "Worth a read" not in text and "#77" not in text
    assert "Water Policy Unit" not in text and "From:" not in text
    second = next(c for c in cands if c.title == "Farmers move cattle to higher pastures")
    assert "#78" not in body(second) and "Cattle" not in body(second).split("\n")[0]


def test_weekday_settles_an_ambiguous_numeric_date() -> None:
    assert parse_date("Posted Mon, 03/07/2023 - 14:02") == dt.date(2023, 7, 3)  # 3 July 2023 is a Monday
    assert parse_date("Fri 07/03/2023") is None  # 7 March 2023 is a Tuesday, 3 July a Monday: neither fits
    assert parse_date("03/07/2023") is None  # no weekday: still unknown


def test_outlet_loses_a_trailing_weekday() -> None:
    assert CTX.outlets.canonical("The Evening Post, Saturday") == "The Evening Post"
    assert CTX.outlets.canonical("Sunday Mirror") == "Sunday Mirror"


def test_dash_opens_a_sign_off_byline_but_not_prose() -> None:
    assert CTX.bylines.byline("— Maria Lopes, Porto Correspondent") == ["Maria Lopes"]
    assert CTX.bylines.byline("-- M. Lopes") is not None
    assert CTX.bylines.byline("— and the river rose again") is None
    assert not CTX.bylines.byline("- 30 -")


NEWSLETTER = f"""<html><body>
<h2>Reservoir at lowest level</h2><p>Valley Sentinel · 3 June 2023</p><p>By Jane Roe</p>
<p>{PARA}</p><p><a href="https://sentinel.example/reservoir-lowest?utm_medium=email">Read the full story →</a></p>
<div><p>PARTNER</p><p>Pumps for every farm. Ask for a quote today at pumps.example.</p></div>
<h2>Farmers move cattle</h2><p>Tom Price | Valley Sentinel | 4 June 2023</p>
<p>{PARA2}</p><p>This is an extract. Keep reading at the Sentinel →</p>
<h3>Diary</h3><ul><li>12 June — board meeting</li><li>19 June — survey results</li></ul>
</body></html>"""


def test_newsletter_item_ends_at_its_closing_link_which_gives_its_url() -> None:
    stories = split_stories(BeautifulSoup(NEWSLETTER, "lxml"), CTX.bylines)
    assert [s.title for s in stories] == ["Reservoir at lowest level", "Farmers move cattle"]
    assert not any("quote" in p for p in stories[0].paragraphs)  # the partner box is not the item's
    assert not any("survey results" in p for p in stories[1].paragraphs)  # nor the diary
    assert story_url(stories[0]) == "https://sentinel.example/reservoir-lowest?utm_medium=email"
    assert story_url(stories[1]) is None
