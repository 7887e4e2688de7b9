"""Credit lines (formats/credits.py) and the digest layouts built on them: LISTSERV and Mailman
digests, numbered newsletters, bare pastes, German press reviews, blog-platform furniture.
Fixtures are invented (outlets, people, languages and orders of their own); each shows one
shape a rule generalises over, and the prose tests show the rules stay off ordinary text."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from ingest.formats.credits import Credit, CreditReader
from tests.test_plaintext import CTX, PARA, body, split

READER = CreditReader(CTX.bylines, CTX.outlets)
LONG = f"{PARA} {PARA}"
APR = dt.date(2024, 4, 9)
SIG_MARK = "-- "  # RFC 3676 signature separator, trailing space included


@pytest.mark.parametrize(("line", "outlet", "authors", "date"), [
    ("Lena Varga | Danube Courier | 9 April 2024", "Danube Courier", ("Lena Varga",), APR),
    ("Danube Courier | Lena Varga and Tomas Kral | April 9, 2024", "Danube Courier", ("Lena Varga", "Tomas Kral"), APR),
    ("Ines Moreau, Loire Valley Echo -- 9 April 2024", "Loire Valley Echo", ("Ines Moreau",), APR),
    ("By Pieter de Vries & Anke Smit, Harbour Times", "Harbour Times", ("Pieter de Vries", "Anke Smit"), None),
    ("9 April 2024 · Fjordposten Weekly · Sigrid Aas", "Fjordposten Weekly", ("Sigrid Aas",), APR),
    ("By Sana Qureshi | lakeshorepost.com | 9 April 2024", "lakeshorepost.com", ("Sana Qureshi",), APR),
    ("Upland Farm Review — 9 April 2024", "Upland Farm Review", (), APR),
    ("Westküsten-Bote vom 09.04.2024", "Westküsten-Bote", (), APR),
    ("Ostsee-Zeitung, 9. April 2024, S. 7 (Regionalteil)", "Ostsee-Zeitung", (), APR),
    ("Hafenblatt (hb), Online-Ausgabe", "Hafenblatt", (), None),
    ("By Yusuf Demir, Staff Writer, Marmara Gazette", "Marmara Gazette", ("Yusuf Demir",), None),
    ("Written by Aino Virtanen · Lakeland Post · April 9th, 2024", "Lakeland Post", ("Aino Virtanen",), APR),
    # a weekday standing as a part of its own before a numeric date, in the review's language
    ("Hafenblatt, Di, 09.04.2024, S. 3 – Jonas Weber", "Hafenblatt", ("Jonas Weber",), APR),
    ("Le Courrier Picard | mar. 09.04.2024 | Auteur: Claire Dubois", "Le Courrier Picard", ("Claire Dubois",), APR),
])
def test_credit_parts_are_read_by_their_shape(line: str, outlet: str, authors: tuple[str, ...],
                                              date: dt.date | None) -> None:
    cr = READER.read(line, dayfirst=True)
    assert cr is not None and (cr.outlet, cr.authors, cr.date) == (outlet, authors, date)


def test_a_name_without_cue_is_left_to_the_header_and_unread_dates_are_null() -> None:
    assert READER.read("Mira Holm | 9 April 2024") == Credit(None, APR, (), "Mira Holm", True, 1)
    cr = READER.read("Coastline Gazette | 4/9/2024", dayfirst=None)  # April 9 or 4 September: unknown
    assert cr is not None and (cr.outlet, cr.date, cr.dated) == ("Coastline Gazette", None, True)
    assert READER.read("Issue 48 | 9 April 2024") is None  # a newsletter's masthead


@pytest.mark.parametrize("line", [
    "The mayor, Dana Holt, said on 9 April 2024 that the plan would go ahead.",
    "Rates rose 4 percent | costs fell 2 percent",
    "In Rostock, Germany, the council met on 9 April 2024.",
    "Revenue, costs and debt all rose in 2024",
    "Anna Berg, a spokeswoman for the Harbour Gazette, said the paper would appeal",
    "Spring, summer and autumn",
    "Source: Harbour Gazette, 9 April 2024",  # a label line: the label readers' business
])
def test_prose_with_commas_dates_and_pipes_is_no_credit(line: str) -> None:
    assert READER.read(line, dayfirst=True) is None


def test_listserv_digest_items_in_several_header_orders() -> None:
    text = textwrap.dedent(f"""\
        HARBOURS Digest - 2 Apr 2024 to 9 Apr 2024 (#2024-12)

        There are 3 messages totaling 80 lines in this issue.

        Topics of the day:

          1. Quay wall
          2. Ferry fares

        ----------------------------------------------------------------------

        Date:    Tue, 9 Apr 2024 08:12:44 +0200
        From:    Ola Nordmann <OLA@PORTS.EXAMPLE>
        Subject: Quay wall

        Saw this in yesterday's paper, thought you would all want it:

        Quay wall in Bergen to be rebuilt after storm damage
        Fjordposten Weekly
        Sigrid Aas
        April 8, 2024

        {LONG}

        {PARA}

        Ola Nordmann
        Harbour Operations | Port of Example
        +47 555 01 234

        ------------------------------

        Date:    Tue, 9 Apr 2024 10:40:02 +0200
        From:    Kari Holm <kholm@PORTS.EXAMPLE>
        Subject: Ferry fares

        Danube Courier, 7 April 2024

        Ferry operator raises fares for the summer season
        By Lena Varga

        {LONG}

        Kari

        ------------------------------

        Date:    Tue, 9 Apr 2024 11:05:19 +0200
        From:    Jon Berg <jberg@PORTS.EXAMPLE>
        Subject: Pilots

        Anyone else short of pilots?

        HARBOUR PILOTS IN SHORT SUPPLY ACROSS THE NORTH SEA
        By Mia Lund and Per Holt, Harbour Times
        Published April 5, 2024

        {LONG}

        {SIG_MARK}
        Jon Berg
        Pilotage Coordinator

        ------------------------------

        End of HARBOURS Digest - 2 Apr 2024 to 9 Apr 2024 (#2024-12)
        ***************************************************************
        """)
    cands, rejected = split(text)
    got = [(c.title, c.outlet, c.published_on, c.authors) for c in cands]
    assert got == [
        ("Quay wall in Bergen to be rebuilt after storm damage", "Fjordposten Weekly", dt.date(2024, 4, 8),
         ["Sigrid Aas"]),
        ("Ferry operator raises fares for the summer season", "Danube Courier", dt.date(2024, 4, 7), ["Lena Varga"]),
        ("HARBOUR PILOTS IN SHORT SUPPLY ACROSS THE NORTH SEA", "Harbour Times", dt.date(2024, 4, 5),
         ["Mia Lund", "Per Holt"]),
    ]
    for c in cands:
        text_of = body(c)
        assert text_of.startswith("The council voted") and text_of.endswith("lack of money.")
        assert not any(s in text_of for s in ("Ola", "Kari", "Jon Berg", "Coordinator", "Date:", "End of", "+47"))
    assert any("signature" in r.reason for r in rejected)


def test_mailman_digest_messages_replies_and_two_articles_in_one_message() -> None:
    text = textwrap.dedent(f"""\
        Send Harbours-L mailing list submissions to
        \tharbours-l@lists.example.org

        Today's Topics:

           1. Lock repairs (Ana Souza)
           2. Re: Lock repairs (Rui Matos)
           3. Two from the coast (Ana Souza)

        ----------------------------------------------------------------------

        Message: 1
        Date: Tue, 9 Apr 2024 07:41:18 +0100
        From: Ana Souza <ana@ports.example>
        Subject: [Harbours-L] Lock repairs
        Content-Type: text/plain; charset="us-ascii"

        Tejo Herald, 4/9/2024

        Lisbon lock reopens after six weeks of repairs
        By Joana Pires

        {PARA}
        {PARA}

        Ana


        ------------------------------

        Message: 2
        Date: Tue, 9 Apr 2024 09:02:40 +0100
        From: Rui Matos <rui@ports.example>
        Subject: [Harbours-L] Re: Lock repairs

        Ana, the article came through garbled. Could you resend it?

        Rui


        ------------------------------

        Message: 3
        Date: Tue, 9 Apr 2024 10:15:03 +0100
        From: Ana Souza <ana@ports.example>
        Subject: [Harbours-L] Two from the coast

        (1)

        Porto dredging contract awarded
        Marta Reis, Douro Observer -- April 8, 2024

        {PARA}
        {PARA}

        (2)

        Faro marina expansion approved
        Algarve Daily | Nuno Alves | 7 April 2024

        {PARA}
        {PARA}

        Ana Souza
        Coastal Ports Network


        ------------------------------

        _______________________________________________
        Harbours-L mailing list
        https://lists.example.org/mailman/listinfo/harbours-l

        End of Harbours-L Digest, Vol 3, Issue 2
        ****************************************
        """)
    cands, _ = split(text)
    got = [(c.title, c.outlet, c.published_on, c.authors) for c in cands]
    assert got == [
        # 4/9/2024 under a message dated 'Tue, 9 Apr 2024': the named day settles month-first
        ("Lisbon lock reopens after six weeks of repairs", "Tejo Herald", dt.date(2024, 4, 9), ["Joana Pires"]),
        ("Porto dredging contract awarded", "Douro Observer", dt.date(2024, 4, 8), ["Marta Reis"]),
        ("Faro marina expansion approved", "Algarve Daily", dt.date(2024, 4, 7), ["Nuno Alves"]),
    ]
    assert all("garbled" not in body(c) and "(2)" not in body(c) and "Message" not in body(c) for c in cands)
    assert "Coastal Ports Network" not in body(cands[2]) and "mailing list" not in body(cands[2])


def test_numbered_newsletter_items_with_credit_lines_and_boxed_blocks() -> None:
    text = textwrap.dedent(f"""\
        HARBOUR BRIEF
        Your Tuesday roundup of port news
        Issue 48 | April 9, 2024

        ----------------------------------------

        1. LOCK GATES REPLACED AHEAD OF SCHEDULE
        Tejo Herald | Joana Pires & Rui Costa | April 8, 2024

        {LONG}

        ----------------------------------------
        SPONSORED
        BuoyTrack sensors warn you before the silt does. Book a call today.
        ----------------------------------------

        2. DREDGING BUDGET DOUBLED
        Douro Observer | April 7, 2024

        {LONG}

        ----------------------------------------
        JOBS
        - Harbour master, Port of Example. Apply by May 1.
        ----------------------------------------

        You are receiving Harbour Brief because you subscribed.
        Update preferences | Unsubscribe
        """)
    cands, _ = split(text)
    got = [(c.title, c.outlet, c.published_on, c.authors) for c in cands]
    assert got == [
        ("LOCK GATES REPLACED AHEAD OF SCHEDULE", "Tejo Herald", dt.date(2024, 4, 8), ["Joana Pires", "Rui Costa"]),
        ("DREDGING BUDGET DOUBLED", "Douro Observer", dt.date(2024, 4, 7), []),
    ]
    assert all(body(c) == f"{LONG}" for c in cands), [body(c) for c in cands]


def test_bare_paste_of_stories_with_piped_credit_lines() -> None:
    text = textwrap.dedent(f"""\
        Lock gates replaced ahead of schedule

        By Joana Pires | Tejo Herald | 8 April 2024

        {PARA}

        {PARA}


        Dredging budget doubled

        Douro Observer | April 7, 2024

        {PARA}
        """)
    cands, _ = split(text)
    got = [(c.title, c.outlet, c.published_on, c.authors) for c in cands]
    assert got == [
        ("Lock gates replaced ahead of schedule", "Tejo Herald", dt.date(2024, 4, 8), ["Joana Pires"]),
        ("Dredging budget doubled", "Douro Observer", dt.date(2024, 4, 7), []),
    ]


def test_german_press_review_sources_editions_and_day_first_dates() -> None:
    text = textwrap.dedent(f"""\
        PRESSESPIEGEL HAFENWIRTSCHAFT
        Stand: 15. April 2024

        ==========================================
        TOP-THEMA
        ==========================================

        Nr. 1
        Quelle: Ostsee-Zeitung, 9. April 2024, S. 7 (Regionalteil)
        Titel: Schleuse in Kiel wird erneuert
        Autoren: Frauke Jensen und Ole Brandt

        {LONG}

        ==========================================
        AUS DEN HÄFEN
        ==========================================

        Nr. 2
        Quelle: Hafenblatt (hb), Online-Ausgabe
        Datum: 05/04/2024
        Titel: Fährhafen meldet Rekord

        {LONG}

        ------------------------------------------

        Nr. 3 (Printfassung, Stand 15/04/2024)
        Westküsten-Bote vom 09.04.2024
        "Neue Kaimauer für Husum"
        Von Hauke Petersen und Wiebke Lund

        {LONG}
        """)
    cands, _ = split(text)
    got = [(c.title, c.outlet, c.published_on, c.authors) for c in cands]
    assert got == [
        ("Schleuse in Kiel wird erneuert", "Ostsee-Zeitung", APR, ["Frauke Jensen", "Ole Brandt"]),
        ("Fährhafen meldet Rekord", "Hafenblatt", dt.date(2024, 4, 5), []),  # 15/04 proves day-first
        ("Neue Kaimauer für Husum", "Westküsten-Bote", APR, ["Hauke Petersen", "Wiebke Lund"]),
    ]
    assert all(body(c) == LONG for c in cands), [body(c) for c in cands]


def test_blog_platform_furniture_between_title_author_and_date() -> None:
    text = textwrap.dedent(f"""\
        A harbourmaster's notes, reposted here:

        What a spring of silt taught our port

        Ingrid Solberg

        Follow

        4 min read
        ·
        Apr 9, 2024

        Listen

        Share

        {LONG}

        {PARA}
        """)
    cands, _ = split(text)
    (c,) = cands
    assert (c.title, c.outlet, c.published_on, c.authors) == (
        "What a spring of silt taught our port", None, APR, ["Ingrid Solberg"])
    assert body(c) == f"{LONG}\n\n{PARA}"


def test_prose_lines_with_commas_dates_and_pipes_stay_body() -> None:
    prose = [
        "The council, led by Mayor Ana Ruiz, voted on 9 April 2024 to raise harbour dues.",
        "Anna Berg, a spokeswoman for the Harbour Gazette, said the paper would appeal the ruling.",
        "Costs rose 4 percent | revenue fell 2 percent, the auditors found in their April 2024 report.",
        "Berths 3, 4 and 5 will close in May.",
    ]
    text = "Lock gates replaced ahead of schedule\n\nBy Joana Pires | Tejo Herald | 8 April 2024\n\n" + \
        "\n\n".join([PARA, *prose, PARA]) + "\n"
    (c,), _ = split(text)
    assert (c.outlet, c.published_on, c.authors) == ("Tejo Herald", dt.date(2024, 4, 8), ["Joana Pires"])
    assert body(c).split("\n\n") == [PARA, *prose, PARA]


def test_a_short_last_paragraph_stays_outside_mail_digests() -> None:
    text = f"Lock gates replaced\n\nTejo Herald | 8 April 2024\n\n{LONG}\n\nJoana Pires\nLisbon\n"
    (c,), _ = split(text)
    assert body(c).split("\n\n")[-2:] == ["Joana Pires", "Lisbon"]  # only a digest's poster signs off
