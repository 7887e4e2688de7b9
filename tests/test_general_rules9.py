"""General rules added in session 6 for blind8's leftovers, each tested on shapes unlike that
set's strings: a clip's source line opened by a cue ("From <publication>[ newsletter], date,
by author") and blog-platform lines pasted with a post (a paywall badge, a byline with a
reading time). Each comes with the prose it must leave alone."""

from __future__ import annotations

import datetime as dt
import textwrap

from ingest.formats.credits import Credit
from tests.test_formats_credit_lines import READER
from tests.test_plaintext import body, split

PARA = ("The port authority said on Thursday that dredging of the inner channel would start in "
        "October, two years later than planned, because the contractor had gone into administration.")
PARA2 = ("Shipping lines that call at the terminal were told to expect tidal restrictions for "
         "vessels of more than nine metres' draught until the work is finished next spring.")


def test_a_source_cue_names_the_publication_of_a_credit_line() -> None:
    assert READER.read("Via Tidewater Shipping Bulletin | 3 June 2024 | By Lise Berg") == Credit(
        "Tidewater Shipping Bulletin", dt.date(2024, 6, 3), ("Lise Berg",), None, True, 2)
    assert READER.read("From The Freight Economist, June 3, 2024") == Credit(
        "The Freight Economist", dt.date(2024, 6, 3), (), None, True, 1)
    assert READER.read("From The Port Economist magazine, 9 May 2024, by Tomas Lind") == Credit(
        "The Port Economist", dt.date(2024, 5, 9), ("Tomas Lind",), None, True, 2)


def test_a_source_cue_leaves_prose_letters_and_bare_names_alone() -> None:
    for line in (
        "From Wikipedia, the free encyclopedia",
        "From the start of the season, the club has lost four of its five home games",
        "From our correspondent, Rotterdam",
        "From 5 May 2024, the new tariffs apply to all vessels",
        "From Ola Nordmann, 5 May 2024",  # a letter's sender as likely as a source
        "From Freight Matters",  # nothing else stated, and no publication by its own words
    ):
        found = READER.read(line)
        assert found is None or found.outlet is None, line
    # A publication by its own words stands alone, without the cue.
    assert READER.read("From Tidewater Shipping Bulletin") == Credit("Tidewater Shipping Bulletin", parts=1)


def test_a_clip_headed_by_its_source_line_then_its_title() -> None:
    text = textwrap.dedent(f"""\
        ==========================================
        Item 1 of 2
        ==========================================

        From Tidewater Shipping Bulletin, 3 Jun 2024, by Lise Berg
        Dredging of inner channel delayed to October

        {PARA}

        {PARA2}

        ==========================================
        Item 2 of 2
        ==========================================

        From The Freight Economist newsletter, 4 Jun 2024, by Tomas Lind
        Tidal limits for deep-draught ships

        {PARA2}

        {PARA}
        """)
    cands, _ = split(text)
    assert [(c.title, c.outlet, c.published_on, c.authors) for c in cands] == [
        ("Dredging of inner channel delayed to October", "Tidewater Shipping Bulletin", dt.date(2024, 6, 3),
         ["Lise Berg"]),
        ("Tidal limits for deep-draught ships", "The Freight Economist", dt.date(2024, 6, 4), ["Tomas Lind"]),
    ]
    assert body(cands[0]).startswith("The port authority")


def test_platform_lines_of_a_pasted_post_go_but_a_reading_time_in_prose_stays() -> None:
    text = textwrap.dedent(f"""\
        Dredging of inner channel delayed to October
        Harbour Notes, 3 June 2024

        Subscriber-only post

        Lise Berg | Published in Harbour Notes | 4 min read | Jun 3, 2024

        {PARA}

        It is a 4 min read for anyone who wants the whole tender history, the authority said.

        {PARA2}
        """)
    cands, _ = split(text)
    got = body(cands[0])
    assert "Subscriber-only" not in got and "4 min read |" not in got
    assert "It is a 4 min read for anyone" in got
    assert got.startswith("The port authority")
