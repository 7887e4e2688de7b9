"""Article shapes that look like furniture or like headers (blind26's kind of input), on invented
text: a letters page (each letter its own article, signed under its text), a clips e-mail whose
items cite 'Paper, date, section' and whose listicle numbers its subheads, a newsletter's
sponsor box and issue line, an obituary platform's page, tables of figures, an ingredient list,
and real sentences that mention copyright or quote 'All rights reserved'."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import textwrap

from ingest.clean import Paragraph, in_table
from ingest.config import IngestConfig
from ingest.dates import date_span, span_start
from ingest.formats.lines import Lines
from ingest.prepare import Prepared, Preparer
from ingest.records import Source
from ingest.text import table_row
from tests.test_plaintext import CTX

PREP = Preparer(IngestConfig())


def prepared(name: str, text: str | bytes) -> Prepared:
    data = text.encode() if isinstance(text, str) else text
    out = PREP(Source(name, data, hashlib.sha256(data).hexdigest()))
    assert isinstance(out, Prepared), out
    return out


def _letter(words: str) -> str:
    return (f"{words} The county has promised a fix for three winters running, and every winter the "
            "same stretch floods, the same buses detour and the same shops lose a week of trade. "
            "Residents have written, petitioned and turned up at meetings; the answer is always next year.")


LETTERS_PAGE = f"""<!DOCTYPE html><html><head><title>Your letters, May 6, 2027 | Riverbend Courier</title>
<link rel="canonical" href="https://riverbendcourier.example/opinion/letters/2027/05/06/your-letters">
<meta property="og:site_name" content="Riverbend Courier">
<meta property="article:published_time" content="2027-05-06T06:00:00-05:00"></head><body>
<main><article><h1>Letters: the flood road, the pool and a bus driver's kindness</h1>
<p class="standfirst">Readers on the river road, the pool hours and a driver who waited.</p>
<span class="byline">Courier readers</span>
<div class="body">
<h3>Fix the river road</h3><p>{_letter("Mill Lane floods every March.")}</p>
<p>— Anika Sorensen, Lowell Falls</p>
<h3>Keep the pool open in June</h3><p>{_letter("The pool closes for June repairs again.")}</p>
<p>— Marco and Lucia Bellini, East Riverbend</p>
<h3>Thank you, Route 9</h3><p>{_letter("Our driver waited for my mother on Monday.")}</p>
<p>— Tobias Grant, Riverbend</p>
<aside><p>Send a letter of 250 words or fewer to letters@riverbendcourier.example.</p></aside>
</div></article></main></body></html>"""


def test_a_letters_page_is_one_article_per_signed_letter() -> None:
    out = prepared("letters.html", LETTERS_PAGE)
    got = [(c.title, c.authors, c.published_on, c.outlet, c.url) for c in out.candidates]
    day = dt.date(2027, 5, 6)
    assert got == [
        ("Fix the river road", ["Anika Sorensen"], day, "Riverbend Courier", None),
        ("Keep the pool open in June", ["Marco Bellini", "Lucia Bellini"], day, "Riverbend Courier", None),
        ("Thank you, Route 9", ["Tobias Grant"], day, "Riverbend Courier", None),
    ]
    for art in out.articles:  # the signature is the byline, the page's standfirst is no letter's
        assert "—" not in art.body and "Readers on the river road" not in art.body
        assert art.body.endswith("always next year.")


def test_a_signed_letter_alone_credits_its_writer() -> None:
    text = textwrap.dedent(f"""\
        Fix the river road
        Riverbend Courier, May 6, 2027

        {_letter("Mill Lane floods every March.")}

        {_letter("The detour adds twenty minutes.")}

        {_letter("Fix it this year.")}

        — Anika Sorensen, Port Lowell

        Letters of 250 words or fewer may be sent to letters@riverbendcourier.example.
        """)
    (cand,), (art,) = prepared("letter.txt", text).candidates, prepared("letter.txt", text).articles
    assert cand.authors == ["Anika Sorensen"]  # 'Port Lowell' is her town, not a co-writer
    assert art.body.endswith("always next year.")


LETTERS_TEXT = f"""Letters: the river road and the pool
Riverbend Courier, May 6, 2027

Readers on the river road and the pool hours.

Fix the river road

{_letter("Mill Lane floods every March.")}

— Anika Sorensen, Port Lowell

Keep the pool open in June

{_letter("The pool closes for June repairs again.")}

— Marco and Lucia Bellini, East Riverbend

Letters of 250 words or fewer may be sent to letters@riverbendcourier.example.
"""


def test_a_letters_page_held_as_one_text_is_one_article_per_letter() -> None:
    for name, data in (("letters.txt", LETTERS_TEXT), ("letters.jsonl", json.dumps(
            {"title": "Letters: the river road and the pool", "date": "2027-05-06",
             "source-hostname": "Riverbend Courier",
             "source": "https://riverbendcourier.example/opinion/letters/2027/05/06/",
             "text": "\n".join(line for line in LETTERS_TEXT.split("\n")[3:] if line.strip())}) + "\n")):
        out = prepared(name, data)
        got = [(c.title, c.authors, c.published_on, c.outlet, c.url) for c in out.candidates]
        assert got == [
            ("Fix the river road", ["Anika Sorensen"], dt.date(2027, 5, 6), "Riverbend Courier", None),
            ("Keep the pool open in June", ["Marco Bellini", "Lucia Bellini"], dt.date(2027, 5, 6), "Riverbend Courier",
             None),
        ], name
        assert all(a.body.endswith("always next year.") for a in out.articles)
        assert out.dropped["a letters page's own headline, standfirst and notes"] == 2


def test_sign_off_names_keep_places_and_couples_apart() -> None:
    by = CTX.bylines
    assert by.byline("— Anika Sorensen, Port Lowell") == ["Anika Sorensen"]
    assert by.byline("— Marco and Lucia Bellini, East Riverbend") == ["Marco Bellini", "Lucia Bellini"]
    assert by.byline("— Jane Roe, Leeds Correspondent") == ["Jane Roe"]
    assert by.byline("By Jane Roe, John Smith") == ["Jane Roe", "John Smith"]  # a 'By' line still lists two


RULE = "=" * 60
DASH = "-" * 60


def _para(n: int) -> str:
    return (f"Paragraph {n} of the story says the county will repave the river road in two phases, "
            "closing one lane at a time between June and September, the roads director said.")


CLIPS = f"""From:\tPress Office <press@riverbend.example>
Sent:\tThursday, May 6, 2027 7:02 AM
Subject:\tMorning clips

RIVERBEND COUNTY - PRESS OFFICE
MORNING CLIPS | Thursday, May 6, 2027

IN TODAY'S CLIPS
ROADS
  - Six fixes coming to the river road (Riverbend Courier)
  - Bridge inspection finds worn bearings (Valley Star)
OPINION
  - Fix the river road (Riverbend Courier)
  - Keep the pool open in June (Riverbend Courier)

{RULE}
ROADS
{RULE}

Six fixes coming to the river road
Riverbend Courier, May 5, 2027, by Dana Kowalski
https://riverbendcourier.example/news/2027/05/05/six-fixes-river-road

The county published its list of repairs on Tuesday. Here they are, in the order the crews
will reach them this summer.

1. Drainage at Mill Lane

{_para(1)}

2. A new culvert at the school

{_para(2)}

3. Wider shoulders

{_para(3)}

{DASH}

Bridge inspection finds worn bearings
Valley Star, May 6, 2027, Metro section
https://valleystar.example/metro/2027/05/06/bridge-bearings

{_para(4)}

{_para(5)}

{RULE}
OPINION
{RULE}

Fix the river road
Riverbend Courier, May 5, 2027, Letters to the editor
https://riverbendcourier.example/opinion/letters/2027/05/05/

{_letter("Mill Lane floods every March.")}

— Anika Sorensen, Port Lowell

{DASH}

Keep the pool open in June
Riverbend Courier, May 5, 2027, Letters to the editor
https://riverbendcourier.example/opinion/letters/2027/05/05/

{_letter("The pool closes for June repairs again.")}

— Tobias Grant, Riverbend

{RULE}
END OF CLIPS

Questions about the clips: press@riverbend.example, 555-0140.
"""


def test_a_clips_mail_keeps_a_listicle_whole_and_reads_section_citations() -> None:
    out = prepared("clips.txt", CLIPS)
    got = [(c.title, c.outlet, c.published_on, c.authors) for c in out.candidates]
    assert got == [
        ("Six fixes coming to the river road", "Riverbend Courier", dt.date(2027, 5, 5), ["Dana Kowalski"]),
        ("Bridge inspection finds worn bearings", "Valley Star", dt.date(2027, 5, 6), []),
        ("Fix the river road", "Riverbend Courier", dt.date(2027, 5, 5), ["Anika Sorensen"]),
        ("Keep the pool open in June", "Riverbend Courier", dt.date(2027, 5, 5), ["Tobias Grant"]),
    ]
    # the letters page's address, cited for both letters, is neither letter's own
    assert [c.url for c in out.candidates][1:] == ["https://valleystar.example/metro/2027/05/06/bridge-bearings",
                                                   None, None]
    listicle, _, letter, _ = out.articles
    assert "2. A new culvert at the school" in listicle.body and "Paragraph 3" in listicle.body
    assert letter.body.endswith("always next year.")  # the signature and the clips' footer are gone
    assert "masthead and contents list, not an article" in out.dropped


def test_a_citation_names_its_section_or_desk_after_the_date() -> None:
    lines = Lines(["Riverbend Courier, May 5, 2027, Letters to the editor", "Valley Star, May 6, 2027, staff report",
                   "Valley Star, May 6, 2027, In Brief (print edition)", "Valley Star, May 6, 2027, said the mayor."],
                  CTX)
    day = dt.date(2027, 5, 5)
    assert lines.outlet_date(0) == ("Riverbend Courier", day)
    assert lines.outlet_date(1) == ("Valley Star", dt.date(2027, 5, 6))
    assert lines.outlet_date(2) == ("Valley Star", dt.date(2027, 5, 6))
    assert lines.outlet_date(3) is None  # prose after the date is no section


NEWSLETTER = f"""From news@harbourledger.example Fri May 07 00:41:00 2027
From: The Tide Table | HBL <news@harbourledger.example>
Date: Fri, 07 May 2027 00:41:00 +0000
Subject: The Tide Table: Freight volumes hold steady
Content-Type: text/plain; charset=utf-8

THE TIDE TABLE
Harbour Business Ledger | Thursday, May 6, 2027 | Evening edition

Freight volumes hold steady as fuel costs ease
By Petra Lindgren

{_para(1)}

{_para(2)}

Port                  Boxes    Change
Riverbend             41,220    +1.2%
East Quay             18,904    -0.4%
Lowell Falls           9,377    +2.8%

Volumes in twenty-foot equivalent units.

{DASH}
You are receiving The Tide Table because you signed up at harbourledger.example.
"""


def test_a_newsletter_issue_line_names_the_publisher_and_the_day() -> None:
    out = prepared("ledger.mbox", NEWSLETTER)
    (cand,), (art,) = out.candidates, out.articles
    assert cand.outlet == "Harbour Business Ledger"
    assert (cand.published_on, cand.date_inferred) == (dt.date(2027, 5, 6), False)  # not the Date: header's UTC day
    assert "Riverbend 41,220 +1.2%" in art.body and "Port Boxes Change" in art.body  # a table is text
    assert "You are receiving" not in art.body


SPONSORED = f"""From tips@riverbrief.example Thu May 06 13:00:00 2027
From: River Brief <tips@riverbrief.example>
Date: Thu, 06 May 2027 13:00:00 +0000
Subject: River road fixes

River Brief
Thursday, May 6, 2027

{DASH}

1 big thing: Six fixes for the river road

{_para(1)}

{_para(2)}

Share this story: https://riverbrief.example/2027/05/06/six-fixes-river-road

{DASH}

PRESENTED BY LOWELL SAVINGS BANK

Save for summer without the fees. Open an account by May 31 and we add $20.
Learn more: https://links.riverbrief.example/c/lsb

{DASH}

2. The pool stays shut in June

{_para(3)}

{_para(4)}

Share this story: https://riverbrief.example/2027/05/06/pool-shut-june

{DASH}
"""


def test_a_newsletter_sponsor_box_is_no_item_and_share_links_are_addresses() -> None:
    out = prepared("brief.mbox", SPONSORED)
    assert [(c.title, c.url) for c in out.candidates] == [
        ("1 big thing: Six fixes for the river road", "https://riverbrief.example/2027/05/06/six-fixes-river-road"),
        ("The pool stays shut in June", "https://riverbrief.example/2027/05/06/pool-shut-june"),
    ]


OBITUARY = """<!DOCTYPE html><html><head>
<title>Edith Varga Obituary (1931 - 2027) - Lowell Falls, MN - Riverbend Courier</title>
<meta property="og:title" content="Edith Varga Obituary (1931 - 2027) - Lowell Falls, MN">
<meta property="og:site_name" content="Riverbend Courier">
<link rel="canonical" href="https://obits.riverbendcourier.example/edith-varga?id=88"></head><body><main>
<div class="hero"><h1>Edith Rose Varga</h1><p class="life-dates">June 2, 1931 - April 28, 2027</p>
<p class="place">Lowell Falls, MN</p></div>
<section class="notice"><h2>Edith Varga Obituary</h2>
<p>Edith Rose Varga, 95, of Lowell Falls died peacefully on April 28, 2027, surrounded by her family.</p>
<p>She was born June 2, 1931, in Duluth and taught piano to three generations of Lowell Falls children,
most of whom could still play the first bars of her favourite hymn when they visited her last spring.</p>
<p>A memorial service will be held at 10 a.m. Saturday, May 15, at First Lutheran Church, Lowell Falls.</p>
<p>Published by Riverbend Courier from May 3 to May 4, 2027.</p></section>
<div class="flowers"><p>To send flowers to the family or plant a tree in memory of Edith Varga, please visit our
floral store.</p></div>
<section class="guestbook"><h2>Guest Book</h2><p>Mrs. Varga taught me scales in 1979. I still hear her count.</p>
</section></main></body></html>"""


def test_an_obituary_page_dates_the_notice_by_its_run_not_the_life() -> None:
    out = prepared("obit.html", OBITUARY)
    (cand,), (art,) = out.candidates, out.articles
    assert cand.published_on == dt.date(2027, 5, 3)
    assert cand.authors == []  # 'June 2' of the life's dates is nobody's name
    assert art.body.startswith("Edith Rose Varga, 95,")  # the hero (name, dates, place, heading) is gone
    assert art.body.endswith("Lowell Falls.")  # the run stamp, the flower shop and the guest book too


def test_date_spans() -> None:
    assert span_start("by The Courier from May 3 to May 4, 2027.") == dt.date(2027, 5, 3)
    assert span_start("on May 5, 2027.") == dt.date(2027, 5, 5)
    assert date_span("June 2, 1931 - April 28, 2027") and date_span("1931 – 2027")
    assert not date_span("Published March 3, 2024 - Updated March 4, 2024")


def test_table_rows_are_figures_not_menus() -> None:
    assert table_row("| Riverbend | 41,220 | +1.2% |") and table_row("Lowell    7  10   0  —  17")
    assert table_row("Keyport | 2-0 | 3-0")
    assert not table_row("Home | World | Sport | Business")
    assert not table_row("Jane Roe | Published in Harbour Notes | 4 min read | Jun 3, 2024")
    assert not table_row("1 | 2 | 3 | Next »")  # pagination counts up
    paras = [Paragraph(t, 1, t) for t in ("Standings", "| Team | Won | Lost |", "|---|---|---|",
                                          "| Keyport | 2 | 0 |", "| Seabeck | 1 | 1 |", "Home | World | Sport")]
    assert [in_table(paras, i) for i in range(len(paras))] == [False, True, False, True, True, False]


def _story(tail: str) -> str:
    return textwrap.dedent(f"""\
        Crab cakes for Christmas Eve
        Riverbend Courier, December 2, 2027
        By Lorna Reyes

        {_para(1)}

        {tail}
        """)


def test_an_ingredient_list_and_a_markdown_table_stay_in_the_text() -> None:
    (art,) = prepared("recipe.txt", _story(
        "Makes 8 cakes\n\n- 1 pound crab meat\n\n- 1/3 cup mayonnaise\n\n- 1 large egg\n\n- 2 green onions\n\n"
        + _para(2))).articles
    assert "1/3 cup mayonnaise" in art.body and "1 large egg" in art.body
    (art,) = prepared("table.txt", _story(
        "| Team | Won | Lost |\n\n|---|---|---|\n\n| Keyport | 2 | 0 |\n\n| Seabeck | 1 | 1 |\n\n" + _para(2))).articles
    assert "| Team | Won | Lost |" in art.body and "| Seabeck | 1 | 1 |" in art.body and "|---|" not in art.body


def test_sentences_about_copyright_are_text_and_the_rights_line_is_not() -> None:
    law = ("Buildings seen from public places can generally be painted without permission under federal "
           "copyright law, said a lawyer who is not involved.")
    quoted = "\u201cAll rights reserved,\u201d the museum\u2019s lawyer wrote at the bottom of the letter."
    (art,) = prepared("museum.txt", _story(
        f"{quoted}\n\n{law}\n\nThe garage owner said the mural stays.\n\n"
        "\u00a9 2027 Riverbend Courier. All rights reserved."
    )).articles
    assert law in art.body and quoted in art.body and "The garage owner" in art.body
    assert "\u00a9" not in art.body


def test_a_paper_credited_beside_its_writer_is_no_co_author() -> None:
    from ingest.formats.meta_clean import clean_authors

    assert clean_authors(["Renata Ocampo; The Harbour Gazette"], "Kitsap Journal", CTX.bylines) == ["Renata Ocampo"]
    assert clean_authors(["The Associated Press"], "Kitsap Journal", CTX.bylines) == ["The Associated Press"]


def test_a_numbered_link_list_is_still_a_list_and_an_agency_sign_off_no_writer() -> None:
    (art,) = prepared("most-read.txt", _story(
        _para(2) + "\n\nMost read\n\n1. Ferry fares rise\n\n2. Pool shut in June\n\n3. Mural must go")).articles
    assert "Pool shut in June" not in art.body
    text = "Quake shakes the coast\nCoast Post, May 6, 2027\n\n" + _para(1) + "\n\n" + _para(2) + "\n\n— Reuters\n"
    (cand,) = prepared("wire.txt", text).candidates
    assert cand.authors == []
