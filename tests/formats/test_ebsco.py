"""EBSCOhost plain-text exports (ingest/formats/ebsco.py): labelled-field records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.config import CleanConfig
from ingest.formats import ebsco
from ingest.outlets import OutletAliases
from tests.test_formats_feeds import body, run

EXPORT = """EBSCO Publishing Citation Format: EBSCOhost (Plain text):

Results: 3

Record: 1
Title:
\tFerry fares to rise 8% on the island routes.
Authors:
\tLund, Petra; Reyes, Omar
Source:
\tCoast Gazette, The (Bergen, Norway). 4/9/2025, Vol. 8 Issue 9, p3. 1p.
Author Affiliations:
\tTransport desk
Abstract:
\tFares go up in April; a summary, not the article.
Persistent link to this record (Permalink):
\thttps://search.ebscohost.com/login.aspx?direct=true&db=xyz&AN=1&site=ehost-live
Full Text:

The island ferry company will raise fares by 8 percent from April, the second increase in a year.

Fares: adult singles rise to 9 euros and returns to 16 euros, the company said on Tuesday.

Copyright of Coast Gazette is the property of Coast Media and its content may not be copied or emailed
to multiple sites or posted to a listserv without the copyright holder's express written permission.

Record: 2
Title: Harbour crane returns to service
Source: Dock Review. Mar2025, Vol. 3 Issue 1, p1.
Abstract: A crane is back.

Record: 3
Title:
\tU.S. port talks stall over fees in the U.S.
Source:
\tPort Weekly. 12/3/2025, p7.
Full Text:
Negotiations over berthing fees broke down late on Friday.
"""


def test_records_fields_and_body(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(EXPORT)
    fmt, (ferry, port), rejected = run(path)
    assert fmt == "ebsco"
    assert ferry.title == "Ferry fares to rise 8% on the island routes"  # EBSCO's closing period dropped
    assert ferry.authors == ["Petra Lund", "Omar Reyes"]
    assert ferry.outlet == "The Coast Gazette"  # inverted article restored, place dropped
    assert ferry.published_on == dt.date(2025, 4, 9)  # month first, as EBSCO writes it
    assert ferry.url is None  # the permalink is EBSCO's, not the article's
    text = body(ferry)
    assert text.startswith("The island ferry company") and "Fares: adult singles rise" in text
    assert "summary" not in text and "Transport desk" not in text and "property of" not in text
    assert port.title == "U.S. port talks stall over fees in the U.S."  # an abbreviation keeps its period
    assert port.published_on == dt.date(2025, 12, 3)
    assert body(port) == "Negotiations over berthing fees broke down late on Friday."
    reasons = {r.reason for r in rejected}
    assert "EBSCOhost record without full text (citation or abstract only)" in reasons
    assert any(r.reason.startswith("export preamble") for r in rejected)


def test_sniff_needs_records_of_ebsco_labels() -> None:
    assert ebsco.sniff(EXPORT)
    assert not ebsco.sniff("Record: 1\nThe minutes of the meeting.\nTitle: none\n")
    assert not ebsco.sniff("Minutes\nTitle:\n\tAgenda\nSource:\n\tClerk\n")


def test_a_place_in_parentheses_after_a_papers_name_is_not_part_of_it() -> None:
    """Databases print a paper's city and region after its name ('(Leeds, England)'); the
    outlet is the name. A parenthesis that is not a place-like qualifier stays."""
    aliases = OutletAliases(CleanConfig().outlet_files)
    assert aliases.canonical("Valley Star (Leeds, England)") == "Valley Star"
    assert aliases.canonical("Valley Star (Boise, ID)") == "Valley Star"
    assert aliases.canonical("Pine Chronicle (Vila de la Pena)") == "Pine Chronicle"
    assert aliases.canonical("Valley Star (Spain)") == "Valley Star"
    assert aliases.canonical("Notes (from the field, weekly)") == "Notes (from the field, weekly)"


def test_other_database_layouts_one_author_a_line_and_compact_dates(tmp_path: Path) -> None:
    text = """Record: 1
Title:
\tWinter timetable for the island ferries
Author(s):
\tLund, Petra
\tReyes, Omar
Source:
\tHarbour Monthly; Nov2025, Vol. 3 Issue 11, p8
Publication Date:
\t20251104
Accession Number:
\t55501234
Full Text:
\tThe island ferries switch to the winter timetable on Monday, with four crossings a day.
"""
    path = tmp_path / "records.txt"
    path.write_text(text)
    fmt, (art,), _ = run(path)
    assert fmt == "ebsco"
    assert art.authors == ["Petra Lund", "Omar Reyes"]
    assert art.outlet == "Harbour Monthly"
    assert art.published_on == dt.date(2025, 11, 4)  # the stated day, not the month
    assert ebsco.source_date("Harbour Monthly; Nov2025, Vol. 3") is None  # a month is not a day
