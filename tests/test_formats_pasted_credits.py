"""Pasted-article heads in shapes met in mail digests and on US chain papers, on invented text:
a date in brackets after the outlet, a poster's remark after a credit's date (a dash then lower
case, or a sentence after the year's full stop), a clock time before the date, two names with no
'By' between the headline and the outlet."""

from __future__ import annotations

import datetime as dt
import textwrap

from ingest.dates import date_line
from ingest.formats import plaintext
from ingest.formats.credits import CreditReader
from ingest.records import Candidate, DecodedSource, Source
from tests.test_plaintext import CTX

READER = CreditReader(CTX.bylines, CTX.outlets)

P1 = ("The harbour board voted on Tuesday to award the dredging contract to a firm from Esbjerg, ending "
      "two years of delay that had left the outer channel too shallow for the larger ferries.")
P2 = ("Skippers said the silt had cost them two sailings a week since the spring, and the board promised "
      "to publish the survey of the channel bed before the work begins in March.")


def _cands(text: str) -> list[Candidate]:
    decoded = DecodedSource(Source("pastes.txt", text.encode(), "0" * 64), text, "utf-8")
    return [c for c in plaintext.parse(decoded, CTX) if isinstance(c, Candidate)]


def test_bracketed_date_is_a_part_of_its_own():
    cr = READER.read("Tidewater Bulletin (14/03/2027)", True)
    assert cr is not None and cr.outlet == "Tidewater Bulletin" and cr.date == dt.date(2027, 3, 14)
    cr = READER.read("Harbour Gazette [2 May 2027]")
    assert cr is not None and cr.outlet == "Harbour Gazette" and cr.date == dt.date(2027, 5, 2)


def test_poster_remark_after_the_date_is_cut():
    cr = READER.read("Harbour Gazette, 2 May 2027 - worth a look for the berth figures:")
    assert cr is not None and cr.outlet == "Harbour Gazette" and cr.date == dt.date(2027, 5, 2)
    cr = READER.read("Harbour Gazette, May 2 2027. Small story, big consequences for the fleet.")
    assert cr is not None and cr.outlet == "Harbour Gazette" and cr.date == dt.date(2027, 5, 2)
    assert READER.read("The board met on 2 May 2027. Skippers were not invited.") is None  # prose stays prose


def test_clock_time_before_the_date():
    assert date_line("Published 7:45 p.m. ET March 3, 2027") == dt.date(2027, 3, 3)
    assert date_line("11:02 a.m. March 3, 2027") == dt.date(2027, 3, 3)
    assert date_line("10:30 12/05/2027") is None  # a bare number is no clock time here


def test_two_names_between_headline_and_outlet_are_the_byline():
    text = textwrap.dedent(f"""\
        Harbour board awards dredging contract
        Jon Marr and Ida Lund
        Harbour Gazette
        Published 7:45 p.m. ET March 3, 2027

        {P1}

        {P2}
        """)
    (cand,) = _cands(text)
    assert cand.title == "Harbour board awards dredging contract"
    assert cand.authors == ["Jon Marr", "Ida Lund"]
    assert cand.outlet == "Harbour Gazette"
    assert cand.published_on == dt.date(2027, 3, 3)



def test_source_line_closed_by_a_full_stop_and_reprint_cues():
    cr = READER.read("From the Fenland Courier, 26 February 2027.")
    assert cr is not None and cr.outlet == "Fenland Courier" and cr.date == dt.date(2027, 2, 26)
    cr = READER.read("Reprinted with permission from Canal Trade Review, 1 March 2027.")
    assert cr is not None and cr.outlet == "Canal Trade Review" and cr.date == dt.date(2027, 3, 1)
    assert READER.read("From the start of the season, 2 May 2027.") is None


def test_read_on_site_link_is_the_url_and_leaves_the_body():
    from ingest.metadata import extract_url

    para = "The trust said repairs to the towpath would begin in April at the worst of the slips."
    for line in ("Read on towpath.example → https://towpath.example/2027/03/04/towpath-slips-repairs?utm_source=nl",
                 "Keep reading at Towpath Tidings: https://towpath.example/2027/03/04/towpath-slips-repairs"):
        cand = Candidate("x", 0, 1, 3, "", [(1, para), (2, ""), (3, line)], title="Towpath slips to get repairs")
        found = extract_url(cand)
        assert found is not None and found[0] == 3
        assert found[1] == "https://towpath.example/2027/03/04/towpath-slips-repairs"
