"""General rules from blind11's first contact (session 8) that are not a reader of their own:
a news agency's subscriber digest (items separated by headline and byline only, yearless
datelines settled by the masthead's date, the closing credit in brackets), agencies nobody
listed named by their dateline. Fixtures are invented, in shapes of their own."""

from __future__ import annotations

import datetime as dt
import textwrap

from ingest.metadata import extract_agency
from ingest.records import Candidate
from tests.test_plaintext import PARA, body, split

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
        text = body(cand)
        assert "Reporting by" not in text and "Editing by" not in text  # the closing credit is furniture
        assert text.count(PARA) == 2
    assert "has been corrected" in body(second)  # a correction note is part of the story


def _first_line(text: str) -> Candidate:
    return Candidate(source_path="x.txt", position=0, start_line=1, end_line=1, raw_text=text,
                     body_lines=[(1, text)])


def test_an_agency_nobody_listed_is_named_by_its_dateline_but_a_tag_in_brackets_is_not() -> None:
    assert extract_agency(_first_line(f"QUITO, Ecuador (Andes Press) -- {PARA}")) == "Andes Press"
    assert extract_agency(_first_line(f"LISBON (AP) — {PARA}")) == "AP"
    assert extract_agency(_first_line(f"MANILA (Updated) - {PARA}")) is None
    assert extract_agency(_first_line(f"The harbour (Old Town) - {PARA}")) is None  # no place in capitals
