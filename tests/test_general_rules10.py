"""General rules added in session 7 for the oldest blind set's leftovers (tests/final), each
tested on shapes unlike that set's strings, with the prose each must leave alone: a byline in
lower case under a title, a family name set in capitals, a labelled source with a revision
stamp above a byline, and the trailer lines of wire copy, monitoring newsletters and saved
pages (staff credits, desk codes, media metrics, access notes, site footers, pagination)."""

from __future__ import annotations

import textwrap

from ingest.bylines import Bylines
from ingest.config import IngestConfig
from tests.test_plaintext import body, split

PARA = ("The port authority said on Thursday that dredging of the inner channel would start in "
        "October, two years later than planned, because the contractor had gone into administration.")
PARA2 = ("Shipping lines that call at the terminal were told to expect tidal restrictions for "
         "vessels of more than nine metres' draught until the work is finished next spring.")
BYLINES = Bylines(IngestConfig().clean.byline_files)


def test_a_lower_case_byline_under_a_title_is_no_part_of_the_title() -> None:
    text = textwrap.dedent(f"""\
        Dredging of the inner channel delayed until October
        Source: Tidewater Shipping Bulletin | 3 June 2024
        by Lise BERG-HANSEN

        {PARA}
        """)
    (c,), _ = split(text)
    assert c.title == "Dredging of the inner channel delayed until October"
    assert c.authors == ["Lise Berg-Hansen"]
    # A title broken across the header still joins up: its rest is no byline.
    text = textwrap.dedent(f"""\
        Dredging of the inner channel delayed until October as the
        contractor fails
        Tidewater Shipping Bulletin, 3 June 2024

        {PARA}
        """)
    (c,), _ = split(text)
    assert c.title == "Dredging of the inner channel delayed until October as the contractor fails"


def test_a_family_name_in_capitals_is_typography() -> None:
    assert BYLINES.byline("By Anne-Sophie MARTIN and Paolo DE LUCA") == ["Anne-Sophie Martin", "Paolo De Luca"]
    assert BYLINES.byline("by Sean O'NEILL") == ["Sean O'Neill"]
    # Left as written: a suffix, an acronym after a full name, a name without a written given name.
    assert BYLINES.byline("By Robert Hale III") == ["Robert Hale III"]
    assert BYLINES.byline("By Lise Berg AP") == ["Lise Berg AP"]
    assert BYLINES.byline("By Chen LI") == ["Chen LI"]


def test_a_labelled_source_with_a_revision_stamp_names_the_outlet() -> None:
    text = textwrap.dedent(f"""\
        Dredging of the inner channel delayed until October
        Source: Tidewater Shipping Bulletin | Updated 5 hours ago
        By Lise Berg

        {PARA}
        """)
    (c,), _ = split(text)
    assert (c.title, c.outlet, c.authors, c.published_on) == (
        "Dredging of the inner channel delayed until October", "Tidewater Shipping Bulletin", ["Lise Berg"], None)
    # A source that names no publication is not made one.
    text = text.replace("Tidewater Shipping Bulletin | Updated 5 hours ago", "cutting pinned on the office wall")
    (c,), _ = split(text)
    assert c.outlet is None


def test_trailer_lines_of_wire_copy_newsletters_and_saved_pages_go() -> None:
    text = textwrap.dedent(f"""\
        Dredging of the inner channel delayed until October
        Tidewater Shipping Bulletin, 3 June 2024
        By Lise Berg
        AVE: £2,300 · Tone: Neutral
        [Subscriber article - copied for internal circulation only]

        {PARA}

        {PARA2}

        Web editor: Kari Dahl

        UNI KB MR

        ‹ Prev 1 2 3 … 17 Next ›

        Sitemap | Accessibility | Contact
        Site content managed by the Port Authority Press Office. Total visitors: 1,204,557
        """)
    (c,), _ = split(text)
    assert body(c) == f"{PARA}\n\n{PARA2}"


def test_the_same_words_in_prose_stay() -> None:
    prose = [
        "The editor of the bulletin, Kari Dahl, said the figures would be revised.",
        "Reach of the new cranes is 60 metres, the operator said, enough for the largest ships.",
        "Previous owners had planned 3 berths; the next owner wants 5.",
        "Visitors to the harbour museum rose to 120,000 last year, the council said.",
        "Send your comments on the plan to the council before 30 June, residents were told, "
        "and the harbour board will publish every one of them with its answer in September.",
    ]
    text = textwrap.dedent(f"""\
        Dredging of the inner channel delayed until October
        Tidewater Shipping Bulletin, 3 June 2024

        {PARA}

        """) + "\n\n".join(prose) + f"\n\n{PARA2}\n"
    (c,), _ = split(text)
    assert body(c) == "\n\n".join([PARA, *prose, PARA2])
