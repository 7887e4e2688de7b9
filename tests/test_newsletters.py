"""Newsletters and saved pages whose stories state part of their metadata elsewhere in the file:
boxed numbered items inheriting the masthead (items.py), items between dash rules under
section banners (items.separated_layout), the site's own name at the top of a saved page
(sitename.py), magazine stamp lines (dates.date_line) and download links between releases.
Fixtures are invented; each shows the shape a rule generalises over."""

from __future__ import annotations

import datetime as dt
import textwrap

from ingest import dates
from ingest.text import is_separator
from tests.test_plaintext import PARA, body, split

LONG = f"{PARA} {PARA}"
RULE = "-" * 50


def test_boxed_numbered_items_take_the_masthead_unless_an_agency_wrote_them() -> None:
    text = textwrap.dedent(f"""\
        RIVER TRUST NEWSLETTER
        ISSUE No. 31  --  Monday 3 June 2024
        {"=" * 50}

        IN THIS ISSUE
          1. Weir repairs begin at Millford
          2. Otters return to the upper valley
          3. Volunteer days

        {RULE}
        1. WEIR REPAIRS BEGIN AT MILLFORD
           By Ruth Evans, Newsletter editor
        {RULE}

        {LONG}

        {PARA}

        {RULE}
        2. OTTERS RETURN TO THE UPPER VALLEY
        {RULE}

        Cardiff, Wales (PA) - {LONG}

        {PARA}

        {RULE}
        3. VOLUNTEER DAYS
        {RULE}

         - 8 Jun: Balsam pulling, Millford bridge
         - 22 Jun: Litter pick, town quay

        {"=" * 50}
        River Trust | Registered charity no. 765432
        """)
    cands, _ = split(text)
    got = [(c.title, c.outlet, c.published_on, c.authors) for c in cands]
    assert got == [
        ("WEIR REPAIRS BEGIN AT MILLFORD", "RIVER TRUST NEWSLETTER", dt.date(2024, 6, 3), ["Ruth Evans"]),
        ("OTTERS RETURN TO THE UPPER VALLEY", None, None, []),  # the agency's story: no masthead guess
    ]
    assert all("Newsletter editor" not in body(c) and "Balsam" not in body(c) for c in cands)


def test_items_between_dash_rules_under_section_banners() -> None:
    dash = "—" * 16
    text = textwrap.dedent(f"""\
        From: Fieldnotes <letters@fieldnotes.example>
        Subject: This week: peat, pylons and a walk
        Date: Tue, 4 Jun 2024 06:00:00 +0000

        FIELDNOTES
        from Upland Quarterly · Tuesday 4 June 2024

        Good morning.

        {dash}

        A WORD FROM THE EDITOR

        Why we walked the whole ridge

        Tomás Reilly, Editor

        {LONG}

        {PARA}

        {dash}

        IN BRIEF

        Peat restoration wins funding
        Ana Costa · 2 June 2024

        {LONG}

        {dash}

        YOUR LETTERS

        A pylon too far
        Morag Innes, Dundee

        {LONG}

        {dash}

        You are receiving this because you subscribed.
        """)
    cands, _ = split(text)
    got = [(c.title, c.outlet, c.published_on, c.authors) for c in cands]
    assert got == [
        ("Why we walked the whole ridge", "FIELDNOTES", dt.date(2024, 6, 4), ["Tomás Reilly"]),
        ("Peat restoration wins funding", "FIELDNOTES", dt.date(2024, 6, 2), ["Ana Costa"]),
        ("A pylon too far", "FIELDNOTES", dt.date(2024, 6, 4), ["Morag Innes"]),
    ]
    assert all("Dundee" not in body(c) and "EDITOR" not in body(c) and "—" not in body(c) for c in cands)


def test_dash_and_box_rules_are_separators() -> None:
    assert is_separator("————————") and is_separator("━━━━━━") and is_separator("═══")
    assert not is_separator("—") and not is_separator("— AFP")


def test_site_name_at_the_top_is_the_outlet_only_when_the_page_repeats_it() -> None:
    page = textwrap.dedent(f"""\
        Fen Ditch Diaries
        Notes from a drained landscape

        Home
        About

        The new pumping station: first impressions
        Posted on May 3, 2016 by Hal Breckon

        {LONG}

        {PARA}

        Fen Ditch Diaries is written by one person and takes no advertising.
        """)
    cands, _ = split(page)
    assert [(c.title, c.outlet) for c in cands] == [("The new pumping station: first impressions", "Fen Ditch Diaries")]
    unconfirmed = page.replace("Fen Ditch Diaries is written", "This blog is written")
    cands, _ = split(unconfirmed)
    assert [c.outlet for c in cands] == [None]


def test_download_link_closes_a_release_and_never_heads_the_next() -> None:
    text = textwrap.dedent(f"""\
        Ministry of Harbours
        Republic of Portavel

        Home | About | Media | Contact

        PRESS RELEASES

        New quay opened at Portavel
        Date: 14.03.2022 | Category: Press Release

        {LONG}

        [Download PDF (120 KB)]

        Dredging contract awarded
        Date: 18.03.2022 | Category: Press Release

        {LONG}

        [Download PDF (98 KB)]

        Content maintained by Ministry of Harbours.
        """)
    cands, _ = split(text)
    got = [(c.title, c.outlet, c.published_on) for c in cands]
    assert got == [
        ("New quay opened at Portavel", "Ministry of Harbours", dt.date(2022, 3, 14)),
        ("Dredging contract awarded", "Ministry of Harbours", dt.date(2022, 3, 18)),
    ]
    assert all("Download" not in body(c) for c in cands)


def test_magazine_stamp_line_gives_the_publication_date() -> None:
    assert dates.date_line("Published 9 May 2022 · Updated 12 May 2022 · 6 min read") == dt.date(2022, 5, 9)
    assert dates.date_line("Posted 9 May 2022 | 4 min read") == dt.date(2022, 5, 9)
    assert dates.date_line("Updated 12 May 2022 · 6 min read") is None  # a revision is no publication date
    assert dates.date_line("Jane Roe · 9 May 2022") is None
