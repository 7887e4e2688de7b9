"""General rules from blind11's first contact (session 8) that are not a reader of their own:
a news agency's subscriber digest (items separated by headline and byline only, yearless
datelines settled by the masthead's date), agencies nobody
listed named by their dateline. Fixtures are invented, in shapes of their own."""

from __future__ import annotations

import datetime as dt
import hashlib
import textwrap

from ingest.config import IngestConfig
from ingest.metadata import enrich, extract_agency
from ingest.prepare import Prepared, Preparer
from ingest.records import Candidate, Source
from tests.test_plaintext import CTX, PARA, body, split

WIRE_DIGEST = textwrap.dedent(f"""\
    NORDWIRE BUSINESS SERVICE
    Morning file -- Tuesday, 3 March 2026 -- for subscribers only
    All times CET.


    Ferry operator orders two battery ships
    By Ingrid Solheim
    02 Mar 2026 09:10 CET

    BERGEN, Norway, Mar 2 (Nordwire) - {PARA}

    {PARA}

    (Reporting by Ingrid Solheim in Bergen; Writing by Lars Eide; Editing by Maja Berg)

    Harbour pilots strike over night shifts
    By Lars Eide

    TROMSO, Norway, Feb 27 (Nordwire) - {PARA}

    {PARA}

    (This story has been corrected to fix the name of the pilots' union in paragraph 2.)

    (Reporting by Lars Eide; Editing by Maja Berg)

    © 2026 Nordwire AS. Redistribution is forbidden.
    """)


def test_a_wire_digest_names_its_agency_and_dates_yearless_datelines_by_its_masthead() -> None:
    cands, _ = split(WIRE_DIGEST)
    assert [c.title for c in cands] == ["Ferry operator orders two battery ships",
                                        "Harbour pilots strike over night shifts"]
    first, second = cands
    assert (first.outlet, first.published_on) == ("Nordwire", dt.date(2026, 3, 2))  # the stamp line's
    # no stamp line: the dateline's 'Feb 27' in the year of the masthead's 3 March 2026
    assert (second.outlet, second.published_on, second.authors) == ("Nordwire", dt.date(2026, 2, 27), ["Lars Eide"])
    for cand in cands:
        text = body(cand)  # (the closing credit stays in the body: the seeds' convention)
        assert text.count(PARA) == 2 and "Nordwire AS" not in text
    assert first.authors == ["Ingrid Solheim"]
    assert "has been corrected" in body(second)  # a correction note is part of the story


def _first_line(text: str) -> Candidate:
    return Candidate(source_path="x.txt", position=0, start_line=1, end_line=1, raw_text=text,
                     body_lines=[(1, text)])


def test_an_agency_nobody_listed_is_named_by_its_dateline_but_a_tag_in_brackets_is_not() -> None:
    assert extract_agency(_first_line(f"QUITO, Ecuador (Andes Press) -- {PARA}")) == "Andes Press"
    assert extract_agency(_first_line(f"LISBON (AP) — {PARA}")) == "AP"
    assert extract_agency(_first_line(f"MANILA (Updated) - {PARA}")) is None
    assert extract_agency(_first_line(f"The harbour (Old Town) - {PARA}")) is None  # no place in capitals


LONG = f"{PARA} {PARA}"
LIST_DIGEST = textwrap.dedent(f"""\
    HARBOUR-L Digest - 5 Mar 2026 (#2026-31)

    Topics of the day:
      1. Tribune on the dredging
      2. Ferry fares
      3. Pilot numbers
      4. Harbour blog update

    ==============================

    Subject: Tribune on the dredging
    From: Ola Berg <ola@example.org>
    Date: Thu, 5 Mar 2026 08:02:11 +0100
    X-List-Sequence: 1

    Priya Nair in the Coastal Tribune, 4 March 2026:
    https://www.coastaltribune.example/harbour/dredging-starts

    Dredging starts a month early at the north quay

    {LONG}

    {LONG}

    --
    Ola Berg

    ==============================

    Subject: Ferry fares
    From: Kim Lund <kim@example.org>
    Date: Thu, 5 Mar 2026 09:15:40 +0100
    X-List-Sequence: 2

    Lakeside Herald 28/02/2026

    Ferry fares to rise by a fifth in April
    Tomas Kral

    {LONG}

    {LONG}

    ==============================

    Subject: Pilot numbers
    From: Kim Lund <kim@example.org>
    Date: Thu, 5 Mar 2026 09:30:02 +0100
    X-List-Sequence: 3

    For those without a subscription - the Feb 27 issue has the figures:

    HARBOUR PILOTS DOWN TO NINE, UNION SAYS
    BY ANNA WEBER

    {LONG}

    {LONG}

    ==============================

    Subject: Harbour blog update
    From: Ola Berg <ola@example.org>
    Date: Thu, 5 Mar 2026 10:01:55 +0100
    X-List-Sequence: 4

    The harbour master's blog has an update (2 Mar), worth a read:

    Update: the north quay silt survey is in

    {LONG}

    {LONG}

    ==============================
    End of HARBOUR-L Digest
    """)


def test_what_a_posters_lead_in_states_about_the_paste_below_it() -> None:
    cands, _ = split(LIST_DIGEST)
    got = {c.title: c for c in cands}
    assert list(got) == ["Dredging starts a month early at the north quay", "Ferry fares to rise by a fifth in April",
                         "HARBOUR PILOTS DOWN TO NINE, UNION SAYS", "Update: the north quay silt survey is in"]
    tribune, fares, pilots, blog = cands
    # "Jane Roe in the Paper, date:" above the address and a headline standing alone
    assert (tribune.outlet, tribune.published_on, tribune.authors) == (
        "Coastal Tribune", dt.date(2026, 3, 4), ["Priya Nair"])
    assert tribune.url == "https://www.coastaltribune.example/harbour/dredging-starts"
    # "Paper date" with no separator is a source line, not a person's byline
    assert (fares.outlet, fares.published_on, fares.authors) == (
        "Lakeside Herald", dt.date(2026, 2, 28), ["Tomas Kral"])
    # a day and month in the lead-in take the year nearest the message's Date: header
    assert (pilots.published_on, pilots.authors) == (dt.date(2026, 2, 27), ["Anna Weber"])
    assert blog.published_on == dt.date(2026, 3, 2)
    for cand in cands:
        text = body(cand)
        assert text.startswith(PARA) and "X-List-Sequence" not in text and "worth a read" not in text


def test_an_agency_named_by_its_initials_is_spelled_out_where_the_copy_names_it() -> None:
    lines = [f"OSLO, Mar 2 (NBW) -- {PARA}", "", PARA, "", "(c) 2026 Nordic Business Wire"]
    cand = Candidate(source_path="x.txt", position=0, start_line=1, end_line=5, raw_text="\n".join(lines),
                     body_lines=list(enumerate(lines, 1)))
    assert enrich(cand, CTX.bylines).outlet == "Nordic Business Wire"
    cand = Candidate(source_path="x.txt", position=0, start_line=1, end_line=3, raw_text="",
                     body_lines=list(enumerate(lines[:3], 1)))
    assert enrich(cand, CTX.bylines).outlet == "NBW"  # stated nowhere else: the initials stand


NEWSLETTER_MAIL = f"""From: Ana Souza from Tidal Notes <tidalnotes@newsletters.example>
To: reader@example.org
Subject: Why the ferry timetable matters
Date: Sat, 7 Mar 2026 07:00:00 +0000
List-Unsubscribe: <https://tidalnotes.example/unsubscribe?t=abc>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

View this email in your browser: https://tidalnotes.example/p/why-the-ferry-timetable-matters

{PARA}

{PARA} {PARA}
"""


def test_a_newsletter_post_by_mail_names_its_publication_writer_and_address() -> None:
    data = NEWSLETTER_MAIL.encode()
    out = Preparer(IngestConfig())(Source(path="issue.eml", data=data, sha256=hashlib.sha256(data).hexdigest()))
    assert isinstance(out, Prepared)
    (art,) = out.articles
    assert (art.candidate.outlet, art.candidate.authors) == ("Tidal Notes", ["Ana Souza"])
    assert art.candidate.url == "https://tidalnotes.example/p/why-the-ferry-timetable-matters"
    assert not any("in your browser" in p for p in art.paragraphs)


def test_a_source_line_under_a_paste_gives_its_address_and_still_ends_the_text() -> None:
    text = textwrap.dedent(f"""\
        Ferry fares to rise by a fifth in April
        By Tomas Kral | Lakeside Herald | 28 February 2026

        {PARA}

        {PARA}

        Source: https://www.lakesideherald.example/news/ferry-fares-rise-fifth-april

        Kim Lund
        Island Transport Users' Association
        """)
    (cand,), _ = split(text)
    assert cand.url == "https://www.lakesideherald.example/news/ferry-fares-rise-fifth-april"
    assert body(cand) == f"{PARA}\n\n{PARA}"


def test_a_blog_posts_meta_list_revision_stamp_and_photo_credit_leave_the_head() -> None:
    lines = ["- Mar 4, 2026", "", "- 4 min read", "", "Updated: Mar 5, 2026", "", "Photography: Ana Souza",
             "", PARA, "", PARA]
    cand = Candidate(source_path="post.html", position=0, start_line=1, end_line=len(lines), raw_text="",
                     body_lines=list(enumerate(lines, 1)))
    assert body(cand) == f"{PARA}\n\n{PARA}"
    # in the middle of a story the same words are kept
    mid = [PARA, "", "Photos by Jane Roe", "", PARA, "", PARA]
    cand = Candidate(source_path="post.html", position=0, start_line=1, end_line=len(mid), raw_text="",
                     body_lines=list(enumerate(mid, 1)))
    assert "Photos by Jane Roe" in body(cand)


def test_a_lead_in_that_opens_by_naming_its_source_needs_no_colon() -> None:
    text = textwrap.dedent(f"""\
        HARBOUR-L Digest, issue 31

        ==============================

        Subject: Quay parking
        From: Ola Berg <ola@example.org>
        Date: Thu, 5 Mar 2026 08:02:11 +0100

        From the Fjord Gazette this morning (Wed 4 March 2026). No headline on the web
        version, so the subject is mine.

        {LONG}

        {LONG}

        ==============================

        Subject: Ferry fares
        From: Kim Lund <kim@example.org>
        Date: Thu, 5 Mar 2026 09:15:40 +0100

        From the Lakeside Herald, with thanks:

        Ferry fares to rise by a fifth in April
        By Tomas Kral | 28 February 2026

        {LONG}

        {LONG}
        """)
    cands, _ = split(text)
    quay = cands[0]
    assert (quay.outlet, quay.published_on) == ("Fjord Gazette", dt.date(2026, 3, 4))
    assert body(quay).startswith(PARA)
    assert (cands[1].title, cands[1].outlet) == ("Ferry fares to rise by a fifth in April", "Lakeside Herald")


def test_a_lead_ins_last_date_and_a_full_papers_name_serve_the_paste() -> None:
    text = textwrap.dedent(f"""\
        PORTS-L Digest, issue 9

        ==============================

        Subject: Quay hearing
        From: Ola Berg <ola@example.org>
        Date: Thu, 5 Mar 2026 08:02:11 +0100

        Colleagues, the next hearing is on 20 March. The paper covered the
        first one, from last Tuesday's Herald (3 March):

        Quay hearing opens with objections from fishermen
        By Tomas Kral

        {LONG}

        {LONG}

        ==============================

        Subject: Pilots
        From: Kim Lund <kim@example.org>
        Date: Thu, 5 Mar 2026 09:15:40 +0100

        Pasting in full, it is behind a wall:

        Member-only story

        {LONG}

        {LONG}
        """)
    cands, _ = split(text)
    hearing, pilots = cands
    assert hearing.published_on == dt.date(2026, 3, 3)  # the paragraph nearest the paste, not "20 March"
    assert hearing.outlet is None  # "Tuesday's Herald": one nameplate word names no paper for sure
    assert pilots.title is None  # a platform's badge is no headline


def test_a_first_name_sign_off_carries_the_block_under_it_out_of_the_article() -> None:
    text = textwrap.dedent(f"""\
        PORTS-L Digest, issue 10

        ==============================

        Subject: Fares
        From: Kim Lund <kim@example.org>
        Date: Thu, 5 Mar 2026 09:15:40 +0100

        Ferry fares to rise by a fifth in April
        By Tomas Kral | Lakeside Herald | 28 February 2026

        {LONG}

        {LONG}

        Kim

        port users' forum - press desk

        ==============================

        Subject: Pilots
        From: Ola Berg <ola@example.org>
        Date: Thu, 5 Mar 2026 10:15:40 +0100

        Harbour pilots down to nine
        By Anna Weber | Lakeside Herald | 1 March 2026

        {LONG}

        {LONG}
        """)
    cands, _ = split(text)
    assert body(cands[0]) == f"{LONG}\n\n{LONG}"
