"""Paragraphs of PDF documents: a paragraph is one block of text, and one paragraph of the stored
body, however the PDF set it (ingest/pdflayout.py, ingest/pdftext.py, ingest/pagebreaks.py).

The pages are laid out here line by line in fpdf2's core Helvetica (fixed metrics, so every
break falls where the test says), wrapped to the column's width in points as a browser or a
typesetter wraps: a leading of 1.6 times the type size (a web page's, which pdfminer cuts into
one box per line), inline bold, italic, a link and a larger span, a paragraph broken across a
column and across a page, short one-sentence paragraphs that must stay apart, headlines, a
byline, a caption and a record's fields that must not be glued onto prose."""

from __future__ import annotations

import re
from collections.abc import Callable

from fpdf import FPDF

from ingest import pdftext
from ingest.bylines import Bylines
from ingest.clean import Cleaner
from ingest.config import CleanConfig
from ingest.pagebreaks import continues
from ingest.records import Candidate
from ingest.rules import RuleSet
from tests.formats.conftest import Parsed

Span = tuple[str, float, str]  # (style, size, text)


class Page(FPDF):
    """A letter page in points with Helvetica (Windows-1252: curly quotes and dashes)."""

    def __init__(self) -> None:
        super().__init__(format="Letter", unit="pt")
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(False)

    def spans(self, x: float, y: float, spans: list[Span]) -> None:
        """One printed line made of spans in several styles and sizes, on one baseline."""
        for style, size, text in spans:
            self.set_font("Helvetica", style.replace("L", "U"), size)
            if "L" in style:
                self.set_text_color(0, 0, 200)  # a link: blue, underlined
            self.text(x, y, text)
            x += self.get_string_width(text)
            self.set_text_color(0, 0, 0)

    def wrap(self, spans: list[Span], width: float) -> list[list[Span]]:
        """The spans' words broken into lines of at most `width` points, as a browser breaks them
        (a span opening without a space, ', which', goes on the word before it)."""
        lines: list[list[Span]] = [[]]
        used = 0.0
        for style, size, text in spans:
            self.set_font("Helvetica", style.replace("L", "U"), size)
            for word in re.findall(r"\s*\S+", text):
                piece = word if used else word.lstrip()
                if used and used + self.get_string_width(piece) > width:
                    lines.append([])
                    used, piece = 0.0, word.lstrip()
                lines[-1].append((style, size, piece))
                used += self.get_string_width(piece)
        return lines


def _text(spans: list[Span]) -> str:
    return "".join(text for _, _, text in spans)


def _plain(text: str, size: float = 11) -> list[Span]:
    return [("", size, text)]


LEADING = 1.6  # a web page's line height: pdfminer makes a box of every line
WIDTH = 468.0  # a letter page's text width with one-inch margins


def _browser_page(pdf: Page, paragraphs: list[list[Span]], y: float) -> float:
    """Body paragraphs at 11 pt, a 1.6 leading and 8 pt between paragraphs; where they end."""
    for spans in paragraphs:
        for line in pdf.wrap(spans, WIDTH):
            pdf.spans(72, y, line)
            y += 11 * LEADING
        y += 8
    return y


PARAGRAPHS: list[list[Span]] = [
    [("", 11, "The city will keep its temporary ferry running across the river until the Alder Street Bridge "
              "reopens, the transit office said on Wednesday, after a month in which the boats carried"),
     ("B", 11, " more riders than planners had expected"), ("", 11, " for the whole spring.")],
    [("", 11, "Ridership peaked at 1,900 crossings on a single weekday last week, according to"),
     ("I", 11, " figures the office published on its website,"),
     ("", 11, " and the morning boats were often full before they reached the second landing.")],
    _plain("\u201cWe are not going to take the boats away while people still depend on them.\u201d"),
    _plain("\u201cThey will run until the bridge reopens.\u201d"),
    [("", 11, "Riders can check the timetable and the landing stages on the"),
     ("L", 11, " transit office\u2019s ferry page"),
     ("", 11, ", which also lists the fares, the bicycle rules and the dates on which the service will be "
              "suspended for maintenance of the boats.")],
]


def test_a_paragraph_set_with_a_web_pages_leading_is_one_block() -> None:
    """A browser's print of a news page: pdfminer cuts every line of a paragraph set at 1.6 times
    its size into a box of its own (each would be a paragraph); inline bold, italic and a link
    change nothing, and the headline, the byline and date, the photo's caption and the
    one-sentence quotes stay blocks of their own."""
    caption = "The ferry at the east landing on Monday morning. Jamal Price / Rivertown News"
    pdf = Page()
    pdf.add_page()
    pdf.spans(72, 80, [("B", 20, "Ferry service extended as Alder Street Bridge stays shut")])
    pdf.spans(72, 104, [("", 9, "By Tomasz Wielgus")])
    pdf.spans(72, 116, [("", 9, "March 4, 2027 8:40 AM PT")])
    pdf.spans(72, 300, [("", 7.5, caption)])  # under a photo
    _browser_page(pdf, PARAGRAPHS, 330)
    blocks = pdftext.pdf_text(bytes(pdf.output())).rstrip("\n").split("\n\n")
    assert blocks == ["Ferry service extended as Alder Street Bridge stays shut",
                      "By Tomasz Wielgus\nMarch 4, 2027 8:40 AM PT", caption] + [_text(p) for p in PARAGRAPHS]


def test_a_line_made_taller_by_a_larger_span_stays_in_its_paragraph() -> None:
    """At a leading pdfminer keeps together (1.3), a line holding a larger inline span stands
    lower than the others (the browser makes room for it), and pdfminer's half-a-line gap rule
    made it, and the lines after it, a paragraph of their own."""
    spans: list[Span] = [("", 11, "The operator said tickets would be sold on board and through the city\u2019s "
                                  "transit app, and that the first crossing would leave the east landing at"),
                         ("B", 15, " 6:30 a.m."),
                         ("", 11, " on Monday, weather permitting, with a second boat joining the service later "
                                  "in the week once its crew has been trained.")]
    pdf = Page()
    pdf.add_page()
    lines = pdf.wrap(spans, WIDTH)
    assert len(lines) == 3 and "6:30" in _text(lines[1])
    y = 100.0
    for i, line in enumerate(lines):
        y += 5 if i == 1 else 0  # room for the 15 pt span
        pdf.spans(72, y, line)
        y += 11 * 1.3
    pdf.spans(72, y + 10, _plain("A second paragraph follows after the usual spacing."))
    blocks = pdftext.pdf_text(bytes(pdf.output())).rstrip("\n").split("\n\n")
    assert blocks == [_text(spans), "A second paragraph follows after the usual spacing."]


def _columns(pdf: Page, paragraphs: list[str], rows: int) -> list[list[str]]:
    """The paragraphs flowed into two columns (10 pt, 220 pt wide), the first of `rows` lines,
    under a headline, 6 pt between paragraphs; the lines of each paragraph, as laid out."""
    pdf.add_page()
    pdf.spans(72, 80, [("B", 18, "Harbour board sets budget")])
    x, y, row, out = 72.0, 120.0, 0, []
    for text in paragraphs:
        out.append([])
        for line in pdf.wrap(_plain(text, 10), 220):
            if row == rows and x < 320:
                x, y, row = 320.0, 120.0, 0
            pdf.spans(x, y, line)
            out[-1].append(_text(line))
            y, row = y + 13, row + 1
        y += 6
    return out


def test_a_paragraph_across_a_column_break_is_one_block() -> None:
    """Two narrow columns under a headline: the paragraph that the foot of the first column cuts
    goes on at the top of the second, one block (pdfminer gives that top box before the first
    column's last: it pairs the boxes standing side by side); a paragraph ending at the foot of
    a column (its sentence ended) and the next one at the top stay two."""
    paragraphs = [
        "The harbour board approved a budget of 41 million pounds for the coming year, most of it for "
        "dredging the inner channel.",
        "Ferry fares for island residents will stay at last year\u2019s level until April, the operator said "
        "on Monday, citing a grant from the regional council that covers the difference until the spring, "
        "when the board reviews all of its fares.",
        "The board meets again on 3 March.",
    ]
    pdf = Page()
    laid = _columns(pdf, paragraphs, 5)
    assert len(laid[1]) == 5 and not laid[1][1].endswith(".")  # the column ends on its second line
    blocks = pdftext.pdf_text(bytes(pdf.output())).rstrip("\n").split("\n\n")
    assert blocks == ["Harbour board sets budget"] + ["\n".join(lines) for lines in laid]

    pdf = Page()  # the first column ends with its paragraph: nothing is joined
    laid = _columns(pdf, paragraphs, 3)
    blocks = pdftext.pdf_text(bytes(pdf.output())).rstrip("\n").split("\n\n")
    assert blocks == ["Harbour board sets budget"] + ["\n".join(lines) for lines in laid]


def test_lines_that_straddle_the_unwrap_width_are_one_paragraph() -> None:
    """A paragraph whose lines are 87 and 78 characters long: too wide for the cleaner's
    re-joining (80), and it used to be too narrow for the PDF reader's (every line over 80), so
    each line was stored as a paragraph."""
    lines = ["\u201cIt is not going to replace a bridge,\u201d said Gus Amundsen, the company\u2019s owner. "
             "\u201cBut if", "we can move 400 people an hour across the river, that\u2019s 400 people who",
             "are not sitting in traffic.\u201d"]
    pdf = Page()
    pdf.add_page()
    for i, line in enumerate(lines):
        pdf.spans(60, 100 + i * 14, _plain(line, 10.5))
    assert len(lines[0]) > 80 >= len(lines[1])
    assert pdftext.pdf_text(bytes(pdf.output())) == " ".join(lines) + "\n"


def test_wide_paragraphs_set_without_spacing_are_one_line_each() -> None:
    """Paragraphs set without spacing: pdfminer keeps two in one box when the second starts at
    the same left edge, and there each is one line, cut after the line ending a sentence short of
    the column; an indented first line is a box of its own (ragged right, it shares no edge with
    the lines around it), joined to the rest of its paragraph (whose last line pdfminer boxed with
    the list item below); a list item's lines hanging below its text are one item."""
    texts = ["The harbour board approved a budget of 41 million pounds for the coming year, most of it for "
             "dredging the inner channel before the winter storms reach the estuary.",
             "Ferry fares for island residents will stay at last year\u2019s level until April, the operator "
             "said on Monday, citing a grant from the regional council.",
             "The board meets again on 3 March, when it will set the harbour dues for the season and hear "
             "the pilots\u2019 association on the new tug.",
             "\u2022 Dredging of the inner channel, which the board expects to take most of the summer and to "
             "cost about 30 million pounds in all."]
    pdf = Page()
    pdf.add_page()
    y, laid = 100.0, []
    for k, text in enumerate(texts):
        lines = pdf.wrap(_plain(text, 10), 440 - (10 if k == 3 else 0))
        for i, line in enumerate(lines):
            pdf.spans(72 + (14 if k == 2 and i == 0 else 10 if k == 3 and i else 0), y, line)
            y += 13
        laid.append(" ".join(_text(line) for line in lines))
    assert all(len(pdf.wrap(_plain(text, 10), 440)) >= 2 for text in texts)
    blocks = pdftext.pdf_text(bytes(pdf.output())).rstrip("\n").split("\n\n")
    assert blocks == [f"{laid[0]}\n{laid[1]}", f"{laid[2]}\n{laid[3]}"]


def test_a_records_fields_and_small_print_are_not_joined() -> None:
    """Lines a typesetter did not wrap stay apart even at a wide leading: a clipping's fields, and
    the licence and tag lines under each clip on every page (alike in width, they are no
    column's measure: the story's text is)."""
    fields = ["Source: Harbour Gazette (harbourgazette.example)", "Published: 4 March 2027, 8:40 AM",
              "Author: Tomasz Wielgus", "Media type: Online news | Reach: 310K | Sentiment: Neutral"]
    small = ["Content licensed via Clipwatch. \u00a9 2027 Harbour Gazette. All rights reserved.",
             "Tags: Harbour board; Ferries; Budget"]
    pdf = Page()
    for page in range(3):
        pdf.add_page()
        for i, line in enumerate(fields):
            pdf.spans(72, 80 + i * 15, _plain(line, 9))
        y = _browser_page(pdf, PARAGRAPHS[:2], 160)
        for i, line in enumerate(small):
            pdf.spans(72, y + i * 13, _plain(line.replace("2027", str(2025 + page)), 7.5))
    lines = pdftext.pdf_text(bytes(pdf.output())).replace("\f", "").split("\n")
    for year in (2025, 2026, 2027):
        for line in [*fields, small[0].replace("2027", str(year)), small[1]]:
            assert line in lines
    assert _text(PARAGRAPHS[0]) in lines and _text(PARAGRAPHS[1]) in lines


TITLE = "Ferry service extended as Alder Street Bridge stays shut"
URL = "https://www.rivertownnews.example/news/2027/03/04/alder-ferry-extended"


def _print(paragraphs: list[str], lines_per_page: list[int]) -> bytes:
    """A browser's "Save as PDF" of one article: the page title and address at the top of every
    page, 'Page n of m' and the time at its foot, the body at a 1.6 leading with a new page after
    lines_per_page[k] lines of page k."""
    pdf = Page()
    total = len(lines_per_page) + 1

    def new_page() -> None:
        pdf.add_page()
        pdf.spans(30, 20, _plain(f"{TITLE} - Rivertown News", 7))
        pdf.spans(590 - pdf.get_string_width(URL), 20, _plain(URL, 7))
        pdf.spans(30, 775, _plain(f"Page {pdf.page_no()} of {total}", 7))
        pdf.spans(530, 775, _plain("3/4/27, 9:12 AM", 7))

    new_page()
    pdf.spans(72, 80, [("B", 20, TITLE)])
    pdf.spans(72, 104, _plain("By Tomasz Wielgus", 9))
    pdf.spans(72, 116, _plain("March 4, 2027 8:40 AM PT", 9))
    y, page, count = 150.0, 0, 0
    for text in paragraphs:
        for line in pdf.wrap(_plain(text), WIDTH):
            if page < len(lines_per_page) and count == lines_per_page[page]:
                new_page()
                y, page, count = 60.0, page + 1, 0
            pdf.spans(72, y, line)
            y += 11 * LEADING
            count += 1
        y += 8
    return bytes(pdf.output())


ARTICLE = [
    "The city will keep its temporary ferry running across the river until the Alder Street Bridge reopens, "
    "the transit office said on Wednesday, after a month in which the boats carried more riders than "
    "planners had expected for the whole spring.",
    "Ridership peaked at 1,900 crossings on a single weekday last week, according to figures the office "
    "published on its website, and the morning boats were often full before they reached the second "
    "landing.",
    "\u201cWe are not going to take the boats away while people still depend on them.\u201d",
    "The council member who proposed the service, Ines Oyelaran, said the numbers showed what riders had "
    "been telling her for weeks, and that she would ask for a third boat to be leased from Portland Harbor "
    "Services before the summer timetable starts in June.",
    "The transit office said it would publish the ridership figures every month.",
]


def test_a_paragraph_cut_by_a_page_break_is_one_paragraph(parse: Callable[[bytes, str], Parsed]) -> None:
    """A browser's print over four pages, the running head and foot blanked by the reader: a
    paragraph the page break cuts is one paragraph of the body, whether its second half opens in
    lower case ('…they reached the' / 'second landing.') or with a name ('…leased from' /
    'Portland Harbor Services…'); the one-sentence quote ending a page and the paragraph opening
    the next stay two."""
    pdf = Page()
    pdf.set_font("Helvetica", size=11)
    laid = [[_text(line) for line in pdf.wrap(_plain(p), WIDTH)] for p in ARTICLE]
    assert [len(lines) for lines in laid] == [3, 3, 1, 3, 1]
    assert (laid[1][2].startswith("second"), laid[3][2].startswith("Portland")) == (True, True)
    [art] = parse(_print(ARTICLE, [5, 2, 2]), "print.pdf").articles  # cut: 2nd, after the quote, 4th
    assert (art.candidate.title, art.candidate.url) == (TITLE, URL)
    assert art.paragraphs == ARTICLE


def _clean(body: list[str], raw: str) -> list[str]:
    """The cleaner's paragraphs for a copy whose lines are `body` (line 1 on), raw text `raw`."""
    cfg = CleanConfig()
    cleaner = Cleaner(RuleSet(cfg.rule_files), Bylines(cfg.byline_files), cfg.unwrap_max_width)
    cand = Candidate("dump.txt", 0, 1, len(body), raw, list(enumerate(body, start=1)))
    return cleaner.clean(cand).paragraphs


def test_pdftotext_text_is_joined_across_its_form_feeds_too() -> None:
    """pdftotext's text marks pages with form feeds as ours does: what a reader blanked (a running
    head, a page number) leaves the blank line the cleaner joins across; where the sentence
    ended at the foot of the page, the paragraph ended too. Without the form feed, the blank
    line is a paragraph end as before."""
    raw = ("The nearest alternatives add between 1.5 and 3 miles to many crosstown\n"
           "trips, and the detour estimates put the extra time at 10 to 25 minutes\n\nPage 1 of 3\n"
           "\fHARBOUR GAZETTE\n\nduring peak hours. Officials said the detours would stay in place\n"
           "until engineers finish their inspection of the pier.\n\nPage 2 of 3\n\fHARBOUR GAZETTE\n\n"
           "The authority has not said when the bridge will reopen, and the council\n"
           "will discuss the closure at its meeting on Thursday.")
    body = ["" if "Page " in line or "GAZETTE" in line else line for line in raw.split("\n")]
    first = ("The nearest alternatives add between 1.5 and 3 miles to many crosstown trips, and the detour "
             "estimates put the extra time at 10 to 25 minutes")
    second = ("during peak hours. Officials said the detours would stay in place until engineers finish their "
              "inspection of the pier.")
    third = ("The authority has not said when the bridge will reopen, and the council will discuss the closure "
             "at its meeting on Thursday.")
    assert _clean(body, raw) == [f"{first} {second}", third]
    assert _clean(body, raw.replace("\f", "")) == [first, second, third]


def test_what_a_page_break_does_not_join() -> None:
    """Only prose stopped mid-sentence goes on across a page break (ingest/pagebreaks.py)."""
    goes_on = "Rose City Transit said buses on Lines 14 and 19 would be detoured to the Hawthorne"
    assert continues(goes_on, "Bridge starting Tuesday morning.")
    assert continues("and the detour estimates put the extra time at 10 to 25 minutes", "during peak hours.")
    assert continues("the port said dredging of the long-", "awaited channel would start in October.")
    assert continues("\u201cWe will see what the engineers find,\u201d", "said Favreau, the director.")
    for before, after in [
        ("Ferry service extended as Alder Street Bridge stays shut", "The city will keep its ferry."),  # headline
        ("By Tomasz Wielgus", "the city will keep its ferry."),  # byline
        ("PORTLAND, Ore. \u2014", "The city will keep its temporary ferry."),  # dateline
        ("Boats at the east landing on Monday morning. Jamal Price / The Harbour Gazette",
         "The city will keep its ferry."),  # a caption's credit
        ("Morrison Bridge 1.5 miles 10 Min 25 Min Hawthorne Bridge 3 Miles", "Ross Island Bridge 4 Miles"),
        ("The detours add up to 25 minutes during peak hours.", "Officials said more changes would follow."),
        ("The operator listed three conditions:", "A permit, a dock and a subsidy."),
        ("Riders had three options in the first week of the closure", "\u2022 the ferry"),
    ]:
        assert not continues(before, after), before


def test_a_one_page_print_reads_whole(parse: Callable[[bytes, str], Parsed]) -> None:
    """A one-page print (nothing to join across pages): its paragraphs, each whole."""
    [art] = parse(_print(ARTICLE, []), "print.pdf").articles
    assert art.paragraphs == ARTICLE
