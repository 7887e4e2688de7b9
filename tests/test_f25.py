"""Press-clips packets and news digests (blind25's kind of input): a compiler's clips document
with one-line clip headers, an office's daily clips with a wrapped table of contents, headlines
written as sentences and '[Back to Top]' links, a trade newsletter's numbered items with wrapped
headlines, pull quotes and briefs, a caucus packet as PDF text, an HTML newsletter behind a stub
text part, a monitoring report's snippets, and the credit-line shapes such compilers type. All
on invented text, in other wordings than the set's."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

from ingest.formats.clip_lines import clip_date, headline_credit
from ingest.formats.header_vocab import without_kind
from ingest.formats.html_stories import closing_paragraph
from ingest.formats.items import read_source
from ingest.formats.line_forms import sentence_headline
from ingest.formats.lines import Lines
from ingest.formats.snippets import snippet
from ingest.metadata import enrich
from ingest.records import Candidate, Rejection
from tests.test_formats_feeds import body
from tests.test_formats_feeds import run as read
from tests.test_plaintext import CTX

PROSE = ("The harbour board voted on Tuesday to extend the northern breakwater by forty metres, a project "
         "first proposed a decade ago and delayed twice by the cost of stone, the board's chair said.")
MORE = ("Fishing crews said the longer wall would calm the inner basin in winter storms, while two "
        "councillors asked for an independent estimate before any contract is signed next spring.")
LAST = "Work is expected to begin in April and take about eighteen months."


def run(path: Path) -> tuple[str, list[Candidate], list[Rejection]]:
    """Parse as the pipeline does, with the rules and the in-body metadata (metadata.enrich)."""
    fmt, stories, rejected = read(path, CTX)
    return fmt, [enrich(s, CTX.bylines) for s in stories], rejected


def _lines(text: str) -> Lines:
    return Lines(text.split("\n"), CTX)


def test_one_line_clip_headers_in_any_shape() -> None:
    text = "\n".join([
        "Press Clips – Friday, March 5, 2027", "",
        'Harbour Gazette: “Breakwater extension approved” (Mar. 4)',
        'Gazette – “Breakwater extension approved” – 3/4/27',
        "Tidewater Courier (Mar. 2, 2027): Ferry timetable cut for winter",
        '“Ferry timetable cut,” Tidewater Courier, March 2, 2027',
        "Ferry timetable cut for winter (Tidewater Courier, 3/2/27)",
        'Jane Roe: “We will appeal” (Mar. 4)',  # a quotation, not a clip's header
        "The council approved the plan (see page 3)",
    ])
    lines = _lines(text)
    assert headline_credit(lines, 2) == ("Harbour Gazette", "Breakwater extension approved", dt.date(2027, 3, 4))
    # an all-numeric date the file does not prove: the reading nearest before the packet's own date
    assert headline_credit(lines, 3) == ("Gazette", "Breakwater extension approved", dt.date(2027, 3, 4))
    assert headline_credit(lines, 4) == ("Tidewater Courier", "Ferry timetable cut for winter", dt.date(2027, 3, 2))
    assert headline_credit(lines, 5) == ("Tidewater Courier", "Ferry timetable cut", dt.date(2027, 3, 2))
    assert headline_credit(lines, 6) == ("Tidewater Courier", "Ferry timetable cut for winter", dt.date(2027, 3, 2))
    assert headline_credit(lines, 7) is None and headline_credit(lines, 8) is None
    assert clip_date(lines, "Dec. 30") == dt.date(2026, 12, 30)  # a yearless day before January's packet
    assert clip_date(_lines("Notes\n"), "Dec. 30") is None  # no packet date: no year to give it


def test_a_clips_document_of_one_line_headers(tmp_path: Path) -> None:
    doc = "\n".join([
        "Morning Clips – Friday, March 5, 2027", "Councillor Ana Ruiz – Ward Office",
        "compiled by Tom – send corrections", "",
        "", "PORTS", "",
        'Harbour Gazette: “Breakwater extension approved” (Mar. 4)', "By Jane Roe",
        "https://www.harbourgazette.example/news/breakwater-extension/", PROSE, MORE, LAST, "", "",
        'Gazette – “Dredging to close the inner basin” – 3/3/27', "Li Wei", PROSE.replace("breakwater", "channel"),
        MORE, LAST, "", "",
        "Tidewater Courier (Mar. 2, 2027): Ferry timetable cut for winter", "by Sam Okafor",
        PROSE.replace("harbour board", "ferry company"), MORE, "",
    ])
    path = tmp_path / "clips.txt"
    path.write_text(doc, encoding="utf-8")
    _, stories, rejected = run(path)
    assert [(s.title, s.outlet, s.published_on, s.authors) for s in stories] == [
        ("Breakwater extension approved", "Harbour Gazette", dt.date(2027, 3, 4), ["Jane Roe"]),
        ("Dredging to close the inner basin", "Gazette", dt.date(2027, 3, 3), ["Li Wei"]),
        ("Ferry timetable cut for winter", "Tidewater Courier", dt.date(2027, 3, 2), ["Sam Okafor"]),
    ]
    assert stories[0].url == "https://www.harbourgazette.example/news/breakwater-extension/"
    assert "masthead at the file's top (its name, date and compiler), not an article" in {r.reason for r in rejected}
    assert body(stories[1]).startswith("The harbour board voted") and "Li Wei" not in body(stories[1])


TOC_PACKET = f"""DAILY PRESS CLIPS
Department of Ports
Friday, March 5, 2027

CONTENTS

PORTS
  1. Breakwater extension approved after a decade of delays – Harbour
Gazette, A1
  2. Dredging to close the inner basin – Tidewater Courier, Online
OPINION
  3. The wall is worth it. Now pay for it. – Harbour Gazette, A8

==================== PORTS ====================

Breakwater extension approved after a decade of delays
Harbour Gazette | Thursday, March 4, 2027 | Page A1
By Jane Roe, Staff Writer

{PROSE}

{MORE}

[Back to Top]

Dredging to close the inner basin
Tidewater Courier | Wednesday, March 3, 2027 | Online
By Li Wei

{MORE}

{PROSE}

[Back to Top]

==================== OPINION ====================

Also worth a read:
The wall is worth it. Now pay for it.
Harbour Gazette | Thursday, March 4, 2027 | Page A8
Editorial

{PROSE.replace("voted", "was right")}

{LAST}

[Back to Top]

________________________________
Department of Ports press office
To leave this list, reply with REMOVE.
"""


def test_a_daily_clips_mail_with_contents_and_back_to_top_links(tmp_path: Path) -> None:
    path = tmp_path / "clips.txt"
    path.write_text(TOC_PACKET, encoding="utf-8")
    _, stories, rejected = run(path)
    assert [(s.title, s.outlet, s.published_on, s.authors) for s in stories] == [
        ("Breakwater extension approved after a decade of delays", "Harbour Gazette", dt.date(2027, 3, 4),
         ["Jane Roe"]),
        ("Dredging to close the inner basin", "Tidewater Courier", dt.date(2027, 3, 3), ["Li Wei"]),
        # a headline written as sentences, over its credit line, like every other item's
        ("The wall is worth it. Now pay for it.", "Harbour Gazette", dt.date(2027, 3, 4), []),
    ]
    reasons = {r.reason for r in rejected}
    assert "masthead and contents list, not an article" in reasons  # the wrapped contents entries
    assert "newsletter footer below the last item's closing link" in reasons  # under the last '[Back to Top]'
    editorial = body(stories[2])
    assert editorial.startswith("The harbour board was right") and "Editorial" not in editorial
    assert "REMOVE" not in editorial and "Also worth" not in body(stories[1])


def test_back_to_top_is_no_source_line() -> None:
    lines = _lines("[Back to Top]\n(Harbour Gazette, 4 March 2027)\n[Source: Harbour Gazette]")
    assert read_source(lines, "[Back to Top]") is None
    assert read_source(lines, "(Harbour Gazette, 4 March 2027)") == ("Harbour Gazette", dt.date(2027, 3, 4))
    assert read_source(lines, "— Harbour Gazette") == ("Harbour Gazette", None)


NEWSLETTER = f"""========================================================================
                         PORT USERS BULLETIN
          Harbour Users Association * Friday, March 5, 2027 * No. 12
========================================================================

IN THIS ISSUE
  1) Breakwater extension approved after a decade of delays and two
     cost reviews
  2) Association asks board for a berth schedule
  -- Briefs

------------------------------------------------------------------------

1) BREAKWATER EXTENSION APPROVED AFTER A DECADE OF DELAYS AND TWO
   COST REVIEWS
   Harbour Gazette, Mar. 4, 2027 -- By Jane Roe
   (Background: the first plan dates from 2017.)

{PROSE}

>> "The longer wall would calm the inner basin in winter storms."
>> -- Kim Osei, harbour master

{MORE}

Read more: https://www.harbourgazette.example/news/breakwater-extension-approved-after-delays/
Reprinted with permission of the Harbour Gazette.

                                 * * *

2) ASSOCIATION ASKS BOARD FOR A BERTH SCHEDULE

{MORE.replace("Fishing crews", "Our members")}

{LAST}

                                 * * *

------------------------------------------------------------------------
BRIEFS
------------------------------------------------------------------------

* FERRY CUT. The ferry company will run two fewer sailings a day from
  April, the Tidewater Courier reported.
  Read more: https://www.tidewatercourier.example/ferry-cut/

* DREDGING. The inner basin will close for dredging in May, the board
  said on Monday.
  Read more: https://www.harbourgazette.example/dredging/

------------------------------------------------------------------------
The Port Users Bulletin is published weekly for members of the Harbour
Users Association. To unsubscribe, reply to this message.
"""


def test_a_newsletter_of_numbered_items_with_wrapped_heads_and_pull_quotes(tmp_path: Path) -> None:
    path = tmp_path / "bulletin.txt"
    path.write_text(NEWSLETTER, encoding="utf-8")
    _, stories, rejected = run(path)
    reprint, own = stories
    assert reprint.title == "BREAKWATER EXTENSION APPROVED AFTER A DECADE OF DELAYS AND TWO COST REVIEWS"
    assert (reprint.outlet, reprint.published_on, reprint.authors) == ("Harbour Gazette", dt.date(2027, 3, 4),
                                                                       ["Jane Roe"])
    assert reprint.url == "https://www.harbourgazette.example/news/breakwater-extension-approved-after-delays/"
    text = body(reprint)
    assert text.startswith("The harbour board voted") and text.endswith("next spring.")
    assert "Kim Osei" not in text and "Background" not in text  # the pull quote, the compiler's note
    # the association's own item: the masthead's name and issue date
    assert own.title == "ASSOCIATION ASKS BOARD FOR A BERTH SCHEDULE"
    assert own.outlet == "PORT USERS BULLETIN" and own.published_on == dt.date(2027, 3, 5)
    assert len(stories) == 2 and not any("FERRY CUT" in body(s) for s in stories)  # the briefs: no article
    assert rejected


def test_a_calendar_is_a_list_not_an_article(tmp_path: Path) -> None:
    rows = "\n".join(f"Mar. {d}    Committee call on the {w} berth schedule, 10 a.m. in the members' room"
                     for d, w in ((10, "north"), (17, "south"), (24, "east"), (31, "west")))
    rule = "-" * 72
    doc = NEWSLETTER.split(f"{rule}\nBRIEFS")[0] + f"{rule}\nCALENDAR\n{rule}\n\n{rows}\n"
    path = tmp_path / "bulletin.txt"
    path.write_text(doc, encoding="utf-8")
    _, stories, _ = run(path)
    assert len(stories) == 2 and "Committee call" not in body(stories[-1])


PACKET_PAGE = "Caucus Press Office | Internal use only"


def packet() -> str:
    cover = "\n".join([
        "CAUCUS PRESS OFFICE", "", "DAILY CLIPS", "Friday, March 5, 2027", "", "IN THIS PACKET", "",
        "Ferry timetable cut for winter",
        "Tidewater Courier ........................................ 3",
        "Breakwater extension approved after a decade of delays",
        "Harbour Gazette .......................................... 2",
        "Dredging to close the inner basin",
        "Tidewater Courier ........................................ 2", "",
        "Clips are compiled for members and staff. Not for distribution.", "", PACKET_PAGE,
    ])
    page2 = "\n".join([
        "Clips — Friday, March 5, 2027 — Page 2 of 3", "",
        "Breakwater extension approved after a decade of delays",
        "Harbour Gazette | March 4, 2027 | Jane Roe", "", PROSE, "", MORE, "",
        "Dredging to close the inner basin",
        "Tidewater Courier | March 3, 2027 | Li Wei", "", MORE, "", PROSE, "",
        "Ferry timetable cut for winter", "", PACKET_PAGE,
    ])
    page3 = "\n".join([
        "Clips — Friday, March 5, 2027 — Page 3 of 3", "",
        "Tidewater Courier | March 2, 2027 | Sam Okafor", "", PROSE.replace("harbour board", "ferry company"), "",
        LAST, "", PACKET_PAGE, "",
    ])
    return cover + "\n\f" + page2 + "\n\f" + page3


def test_a_pdf_packet_whose_page_break_parts_a_headline_from_its_credit(tmp_path: Path) -> None:
    path = tmp_path / "packet.txt"
    path.write_text(packet(), encoding="utf-8")
    _, stories, rejected = run(path)
    assert [(s.title, s.outlet, s.authors) for s in stories] == [
        ("Breakwater extension approved after a decade of delays", "Harbour Gazette", ["Jane Roe"]),
        ("Dredging to close the inner basin", "Tidewater Courier", ["Li Wei"]),
        ("Ferry timetable cut for winter", "Tidewater Courier", ["Sam Okafor"]),
    ]
    assert "masthead and contents list, not an article" in {r.reason for r in rejected}
    assert "Ferry timetable" not in body(stories[1])


GAZETTE_URL = "https://www.harbourgazette.example/news/breakwater-extension-approved-after-delays/"
COURIER_URL = "https://www.tidewatercourier.example/ferry-cut/"
NEWS_HTML = f"""<html><body><table><tr><td>
<p>Harbour University</p><h1>IN THE NEWS</h1><p>Week of March 1, 2027</p>
<p>FACULTY EXPERT</p>
<h2><a href="{GAZETTE_URL}">Breakwater extension approved</a></h2>
<p><strong>Harbour Gazette</strong> | Mar. 4, 2027</p>
<p>Professor Kim Osei explained to the Gazette why the longer wall matters for winter storms.</p>
<p>FULL TEXT</p><p>By Jane Roe</p>
<p>{PROSE}</p><p>{MORE}</p>
<p><a href="{GAZETTE_URL}">Read it at harbourgazette.example »</a></p>
<p>RESEARCH</p>
<h2><a href="{COURIER_URL}">Ferry timetable cut for winter</a></h2>
<p><strong>Tidewater Courier</strong> | Mar. 2, 2027</p>
<p>The Courier asked our transport economists what fewer sailings mean for island jobs.</p>
<p>FULL TEXT</p><p>By Sam Okafor</p>
<p>{MORE}</p><p>{PROSE}</p>
<p><a href="{COURIER_URL}">Read it at tidewatercourier.example »</a></p>
<p>ALSO IN THE NEWS</p>
<p>Tidewater Courier (Mar. 1) — An economist on the price of stone. Read more</p>
</td></tr></table></body></html>"""


def test_an_html_newsletter_behind_a_stub_text_part(tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["From"] = "Harbour University <news@harbour.example>"
    msg["To"] = "faculty@harbour.example"
    msg["Subject"] = "In the News"
    msg["Date"] = "Fri, 05 Mar 2027 09:00:00 +0000"
    msg.set_content("This message is in HTML. View it in your browser: https://news.harbour.example/itn")
    msg.add_alternative(NEWS_HTML, subtype="html")
    path = tmp_path / "in-the-news.eml"
    path.write_bytes(bytes(msg))
    _, stories, _ = run(path)
    assert [(s.title, s.outlet, s.published_on, s.authors, s.url) for s in stories] == [
        ("Breakwater extension approved", "Harbour Gazette", dt.date(2027, 3, 4), ["Jane Roe"],
         "https://www.harbourgazette.example/news/breakwater-extension-approved-after-delays/"),
        ("Ferry timetable cut for winter", "Tidewater Courier", dt.date(2027, 3, 2), ["Sam Okafor"],
         "https://www.tidewatercourier.example/ferry-cut/"),
    ]
    first = body(stories[0])
    assert first.startswith("The harbour board voted") and first.endswith("next spring.")  # no summary, no link
    assert "RESEARCH" not in first and "economist" not in body(stories[1])


def test_monitoring_snippets_and_closing_links() -> None:
    kwic = ("…the harbour board voted on Tuesday to extend the northern breakwater by forty metres, a "
            "project first proposed a decade ago and delayed twice by the cost of stone…")
    assert snippet(["Reach: 96K · Sentiment: Neutral", kwic])
    assert not snippet([PROSE]) and not snippet([kwic, PROSE, MORE, LAST])
    assert closing_paragraph("Read it at harbourgazette.example » https://www.harbourgazette.example/a/")
    assert closing_paragraph("Read article · Open in Clipwell")
    assert not closing_paragraph(PROSE)


def test_credit_shapes_of_clips_compilers() -> None:
    read = CTX.credit_reader().read
    got = read("Tidewater Courier | Wednesday, March 3, 2027 | Online")
    assert got is not None and (got.outlet, got.date, got.authors) == ("Tidewater Courier", dt.date(2027, 3, 3), ())
    got = read("Harbour Gazette · Online News · Mar 4, 2027 · Jane Roe")
    assert got is not None and (got.outlet, got.authors) == ("Harbour Gazette", ("Jane Roe",))
    got = read("Jane Roe / Harbour Gazette / Mar. 4, 2027")
    assert got is not None and (got.outlet, got.authors) == ("Harbour Gazette", ("Jane Roe",))
    got = read("Harbour Gazette | Published Mar. 4, 2027 at 7:14 p.m.")
    assert got is not None and (got.outlet, got.date) == ("Harbour Gazette", dt.date(2027, 3, 4))
    got = read("Fenland Public Media | March 2, 2027 | Li Wei")  # a public broadcaster's newsroom
    assert got is not None and (got.outlet, got.authors) == ("Fenland Public Media", ("Li Wei",))
    got = read("Nordic News Service | March 2, 2027 | Wire")
    assert got is not None and (got.outlet, got.authors) == ("Nordic News Service", ())
    assert without_kind("Harbour Gazette editorial") == "Harbour Gazette"
    assert without_kind("Spiegel Online") == "Spiegel Online"


def test_headlines_written_as_sentences() -> None:
    assert sentence_headline("The wall is worth it. Now pay for it.")
    assert sentence_headline("Editorial: The plan is sound. Now fund it.")
    assert not sentence_headline(PROSE)  # too long: a paragraph
    assert not sentence_headline("Work is expected to begin in April. It will take. About eighteen. Months.")


DIGEST = f"""Today's Topics:

   1. Dredging (Li Wei)
   2. The op-ed (Ana Ruiz)

----------------------------------------------------------------------

Message: 1
Date: Thu, 4 Mar 2027 08:00:00 +0000
From: Li Wei <li@example.org>
To: harbour-list@example.org
Subject: [Harbour-list] Dredging
Message-ID: <0@example.org>

For the record:

Dredging to close the inner basin
By Sam Okafor
Tidewater Courier, March 3, 2027

{MORE}

{LAST}

Li

------------------------------

Message: 2
Date: Fri, 5 Mar 2027 08:00:00 +0000
From: Ana Ruiz <ana@example.org>
To: harbour-list@example.org
Subject: [Harbour-list] The op-ed
Message-ID: <1@example.org>

Kim's column from Thursday's Gazette, in case you missed it. The last line is the point.

The wall is worth it. Now pay for it.
By Kim Osei

{PROSE}

{MORE}

{PROSE.replace("harbour board", "port authority")}

[snip -- the rest is about the tender]

Ana

------------------------------

Message: 3
Date: Fri, 5 Mar 2027 09:00:00 +0000
From: Tom Berg <tom@example.org>
To: harbour-list@example.org
Subject: [Harbour-list] Meeting

Reminder: members' meeting on Tuesday at 6 p.m. in the library.

Tom

------------------------------

End of Harbour-list Digest, Vol 3, Issue 9
"""


def test_a_digest_paste_under_a_sentence_headline_and_a_cut_mark(tmp_path: Path) -> None:
    path = tmp_path / "digest.txt"
    path.write_text(DIGEST, encoding="utf-8")
    _, stories, _ = run(path)
    dredging, column = stories
    assert dredging.title == "Dredging to close the inner basin"
    assert column.title == "The wall is worth it. Now pay for it." and column.authors == ["Kim Osei"]
    text = body(column)
    assert text.startswith("The harbour board voted") and text.endswith("the board's chair said.")
    assert "snip" not in text and "Ana" not in text.split()


def test_compilers_furniture_rules() -> None:
    match = CTX.rules.match if CTX.rules else None
    assert match is not None
    assert match("[Back to Top]", "any") == "digest-furniture"
    assert match("[snip -- the rest is about the tender]", "any") == "cut-mark"
    assert match("Nordic News Service is a nonprofit newsroom. Its stories may be republished free of charge "
                 "with credit.", "any") == "republishing-notice"
    assert match("ALSO NOTED (online only)", "edge") == "section-banner"
    assert match("The board's stories were published in March with little notice.", "any") is None


def test_clip_headers_with_the_date_first_and_yearless_credit_lines(tmp_path: Path) -> None:
    doc = "\n".join([
        "Ward Office Clips — Friday, March 5, 2027", "", "",
        '3/4/27 | Harbour Gazette | “Breakwater extension approved”', "By Jane Roe", PROSE, MORE, "", "",
        "Ferry timetable cut for winter", "Tidewater Courier, Mar. 2", "Sam Okafor", "",
        PROSE.replace("harbour board", "ferry company"), "", MORE, "",
    ])
    path = tmp_path / "clips.txt"
    path.write_text(doc, encoding="utf-8")
    _, stories, _ = run(path)
    assert [(s.title, s.outlet, s.published_on) for s in stories] == [
        ("Breakwater extension approved", "Harbour Gazette", dt.date(2027, 3, 4)),
        ("Ferry timetable cut for winter", "Tidewater Courier", dt.date(2027, 3, 2)),
    ]
    assert stories[0].authors == ["Jane Roe"] and stories[1].authors == ["Sam Okafor"]
    assert body(stories[1]).startswith("The ferry company voted")


def test_snippets_in_a_text_report_are_no_articles(tmp_path: Path) -> None:
    kwic = ("…the harbour board voted on Tuesday to extend the northern breakwater by forty metres, a "
            "project first proposed a decade ago…")
    doc = "\n".join([
        "Breakwater extension approved", "Harbour Gazette | March 4, 2027 | Jane Roe", "", PROSE, "", MORE, "", "",
        "Dredging to close the inner basin", "Tidewater Courier | March 3, 2027 | Li Wei", "", kwic, "", "",
        "Ferry timetable cut for winter", "Tidewater Courier | March 2, 2027 | Sam Okafor", "", MORE, "", PROSE, "",
    ])
    path = tmp_path / "report.txt"
    path.write_text(doc, encoding="utf-8")
    _, stories, rejected = run(path)
    assert [s.title for s in stories] == ["Breakwater extension approved", "Ferry timetable cut for winter"]
    assert "monitoring snippet (a few words cut from a story), not an article" in {r.reason for r in rejected}
