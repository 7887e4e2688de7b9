"""Document deliveries, second pass (blind20's kind): a Word clippings compilation's cover and
contents, ProQuest's PDF citation line, browser prints' header, Factiva's two-line footer and the
furniture such deliveries carry; all on invented text."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
from fpdf import FPDF

from ingest import documents
from ingest.config import CleanConfig
from ingest.outlets import OutletAliases
from ingest.rules import RuleSet
from tests.test_formats_feeds import body, run

OUTLETS = OutletAliases(CleanConfig().outlet_files)


def _clippings_docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("Press cuttings: Marlow lock repairs", style="Title")
    d.add_paragraph("Friday, 8 May 2026")
    d.add_paragraph("To: Trustees")
    d.add_paragraph("From: Press Desk (Ola Brenner)")
    d.add_paragraph("Dear all, here is what the papers and stations said about the lock works this week, "
                    "print first and then online; please keep this file inside the trust.")
    d.add_paragraph("Contents", style="Heading 2")
    rows = [("#", "Outlet", "Headline", "Date"),
            ("1", "The Thames Courier", "Lock keepers warn of long queues at Marlow", "4 May 2026"),
            ("2", "Bucks Radio", "Boaters face two-hour waits as lock shuts", "5 May 2026"),
            ("3", "Henley Standard", "Rowing clubs move regatta practice upstream", "6 May 2026")]
    table = d.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    stories = [
        ("Lock keepers warn of long queues at Marlow", "Source: The Thames Courier, 4 May 2026, p. 12", "By Ines Kay"),
        ("Boaters face two-hour waits as lock shuts", "Source: Bucks Radio (bucksradio.example), 5 May 2026", None),
        ("Rowing clubs move regatta practice upstream", "Source: Henley Standard, 6 May 2026, S. 3", "By Tom Reilly"),
    ]
    for n, (head, source, by) in enumerate(stories):
        d.add_paragraph(head, style="Heading 1")
        d.add_paragraph(source)
        if by:
            d.add_paragraph(by)
        d.add_paragraph(f"Story {n} opens: the lock at Marlow closed on Monday for six weeks of repairs to its "
                        "gates, and the waterways trust said boats would have to wait at the moorings above it.")
        d.add_paragraph(f"The keepers expect queues for story {n} every weekend.")  # short, ends a sentence
        d.add_paragraph("Reprinted under licence. Not for onward circulation.")
    d.add_paragraph("Press Desk · Thames Lock Trust · 9 Mill Lane, Marlow SL7 1AA · press@locktrust.example")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_word_clippings_compilation_cover_and_contents_are_no_articles(tmp_path: Path) -> None:
    path = tmp_path / "cuttings.docx"
    path.write_bytes(_clippings_docx())
    _fmt, cands, rejected = run(path)
    assert [c.title for c in cands] == ["Lock keepers warn of long queues at Marlow",
                                        "Boaters face two-hour waits as lock shuts",
                                        "Rowing clubs move regatta practice upstream"]
    reasons = {r.reason for r in rejected}
    assert any("contents" in r for r in reasons) and any("title page" in r for r in reasons)
    first, second, third = cands
    # 'Outlet, date, p. 12': the page after the date; '(bucksradio.example)': the web address
    assert OUTLETS.canonical(first.outlet) == "The Thames Courier" and first.published_on == dt.date(2026, 5, 4)
    assert OUTLETS.canonical(second.outlet) == "Bucks Radio" and second.published_on == dt.date(2026, 5, 5)
    assert OUTLETS.canonical(third.outlet) == "Henley Standard" and third.published_on == dt.date(2026, 5, 6)
    text = body(first)
    assert "queues for story 0 every weekend." in text
    assert "Reprinted under licence" not in text  # a paragraph of its own, not glued to the last sentence
    assert "locktrust.example" not in body(third)


PROQUEST_PDF_TEXT = """Table of contents

1. Ferry fares frozen for winter

2. Harbour wall repairs overrun
by a month

ProQuest

Document 1 of 2

Ferry fares frozen for winter

Lindqvist, Mara. The Coast Record; Whitby, Yorks. [Whitby, Yorks.]. 05 Mar 2026: A4.

ProQuest document link

Abstract: None available.

Full text:

The ferry operator will keep its fares at last year's level until the spring, its chief executive said on Thursday.

Islanders had feared a rise of a tenth after the operator's fuel bill went up.

Subject: Ferries; Prices

First page: A4

Publication title: The Coast Record; Whitby, Yorks.

Publication date: Mar 5, 2026

Document URL: https://www.proquest.com/newspapers/ferry-fares/docview/1234567/se-2?accountid=99

Database: U.S. Newsstream

Document 2 of 2

Harbour wall repairs overrun
by a month

Okafor, Tomas. Harbour Herald; Scarborough, Yorks. [Scarborough, Yorks.]. 07 Mar 2026: B1.

ProQuest document link

Full text:

Repairs to the harbour wall will take a month longer than planned, the council said.

The contractor blamed the storms of February for the delay.

Subject: Harbors; Construction

Page 2 of 3
ProQuest

Start page: B1

Publication title: Harbour Herald; Scarborough, Yorks.

Last updated: 2026-03-09

Bibliography

Citation style: APA 7th - American Psychological Association, 7th Edition

Lindqvist, M. (2026, Mar 5). Ferry fares frozen for winter. The Coast Record.

Okafor, T. (2026, Mar 7). Harbour wall repairs overrun by a month. Harbour Herald.
"""


def test_proquest_pdf_citation_line_and_unlisted_index_fields(tmp_path: Path) -> None:
    path = tmp_path / "ProQuestDocuments.txt"
    path.write_text(PROQUEST_PDF_TEXT)
    fmt, cands, rejected = run(path)
    assert fmt == "proquest"
    first, second = cands
    assert first.outlet == "The Coast Record" and first.authors == ["Mara Lindqvist"]
    assert first.published_on == dt.date(2026, 3, 5)
    # no "Publication date:" field: the citation line's date; "Start page:" does not end the index block
    assert second.title == "Harbour wall repairs overrun by a month"
    assert second.outlet == "Harbour Herald" and second.authors == ["Tomas Okafor"]
    assert second.published_on == dt.date(2026, 3, 7)
    text = body(second)
    assert "storms of February" in text
    for furniture in ("Bibliography", "Citation style", "Publication title", "Okafor, T."):
        assert furniture not in text
    assert any("footer" in r.reason for r in rejected)  # the bibliography, counted


def _browser_print_pdf() -> bytes:
    """A browser's print of a radio station's page: the page title left and its address right on
    one baseline at the top of every page, 'Page n of 2' and the print time at the foot; the
    headline wraps over two lines; a paragraph runs over the page break."""
    title = "Night ferry returns to the island after a winter lay-up - Coast FM"
    url = "https://www.coastfm.example/news/2026/03/05/night-ferry-returns"
    pages = [
        ["Skip to content", "Coast FM", "Listen Live Morning Show", "Donate", None, "ISLANDS", None,
         ("big", "Night ferry returns to the island after"), ("big", "a winter lay-up"), None,
         "By Nia Okonkwo", "March 5, 2026 4:10 PM GMT", "Listen · 2:48", None,
         "The night ferry to the island sails again from Friday after four months in dry dock, its operator said.",
         None,
         "Passengers had used the daytime boats since November, which left shift workers stranded overnight.",
         None,
         "The operator said the overhaul of both engines had cost more than planned and taken a month"],
        ["longer than the yard first said.", None,
         "Coast FM is supported by listeners like you. Donate today to keep local news free.", None,
         "Related", None, "Island bus timetable changes from April", None,
         "Ferry crew vote on new rota", None, "© 2026 Coast FM. All rights reserved."],
    ]
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for number, page in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.text(10, 8, title)
        pdf.text(200 - pdf.get_string_width(url), 8, url)
        y = 25.0
        for item in page:
            if item is None:
                y += 5
                continue
            big = isinstance(item, tuple)
            pdf.set_font("Helvetica", size=20 if big else 10)
            y += 9 if big else 6
            pdf.text(15, y, item[1] if isinstance(item, tuple) else item)
        pdf.set_font("Helvetica", size=8)
        pdf.text(10, 290, f"Page {number} of 2")
        pdf.text(170, 290, "3/5/26, 9:02 PM")
    return bytes(pdf.output())


def test_a_browser_print_header_gives_the_url_and_the_wrapped_headline(tmp_path: Path) -> None:
    text = documents.to_text("pdf", _browser_print_pdf())
    # pdfminer reads the title and the address as one line; they are two lines again
    assert "- Coast FM\n\nhttps://www.coastfm.example/news/2026/03/05/night-ferry-returns\n" in text
    path = tmp_path / "print.txt"
    path.write_text(text)
    _fmt, cands, _ = run(path)
    (story,) = cands
    assert story.title == "Night ferry returns to the island after a winter lay-up"
    assert OUTLETS.canonical(story.outlet) == "Coast FM"
    assert story.url == "https://www.coastfm.example/news/2026/03/05/night-ferry-returns"
    assert story.published_on == dt.date(2026, 3, 5)
    clean = body(story)
    assert "sails again from Friday" in clean
    for furniture in ("Listen ·", "Island bus timetable", "Ferry crew vote", "Related"):
        assert furniture not in clean


FACTIVA_PDF_TEXT = """Ferry fares frozen for winter as operator absorbs
higher fuel bill

By Mara Lindqvist
120 words
5 March 2026
The Coast Record
CSTREC
English
Copyright 2026 The Coast Record. All rights reserved.

The ferry operator will keep its fares at last year's level until the spring, its chief executive said on

© 2026 Factiva, Inc. All rights reserved.

Page 1 of 2
\fThursday, after islanders had feared a rise of a tenth.

The operator's fuel bill went up by a fifth over the year.

Document CSTREC0020260305ec350000a

Search Summary

Text: ferry

Date: 03/01/2026 to 03/06/2026

Results Found: 1

© 2026 Factiva, Inc. All rights reserved.

Page 2 of 2
"""


def test_factiva_pdf_footer_on_two_lines_and_a_wrapped_headline(tmp_path: Path) -> None:
    path = tmp_path / "Factiva-20260306.txt"
    path.write_text(FACTIVA_PDF_TEXT)
    fmt, cands, _ = run(path)
    assert fmt == "factiva"
    (story,) = cands
    assert story.title == "Ferry fares frozen for winter as operator absorbs higher fuel bill"
    clean = body(story)
    assert "Factiva, Inc" not in clean and "Page 1 of 2" not in clean
    assert "said on Thursday, after islanders" in " ".join(clean.split())


def test_the_new_furniture_rules_on_their_own_lines() -> None:
    rules = RuleSet(CleanConfig().rule_files)
    for line in ("Share Facebook X Email Print Gift this article", "Listen • 4:05",
                 "Reproduced under licence. Not for further distribution.",
                 "This is a developing story. Check back for updates.",
                 "Ferries wait at the quay on Friday. Sam Okafor / Coast Record"):
        assert rules.match(line) is not None, line
    for prose in ("Share prices fell on Friday as the ferry operator reported a loss.",
                  "The play lasted 2:10 and drew a full house.",
                  "The council said the repairs were reproduced in the new plan under a licence from the trust "
                  "that owns the harbour, which had asked for more time."):
        assert rules.match(prose) is None, prose
