"""Gale full-text downloads (ingest/formats/gale.py): headline, field block, 'Full Text:', citation tail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.formats import gale
from tests.test_formats_feeds import body, run

# Invented: an Academic OneFile download with a journal, inverted authors, an abstract, an APA
# citation, a copyright line with the publisher's home page, and a citation-only record.
EXPORT = """Gale Academic OneFile
Saved documents (3)
Date of download: 02/14/2025

Tram depots and the night economy:
evidence from three cities
Author: Lund, Petra; Reyes, Omar
Date: 03/04/2025
From: Journal of Urban Transit (Vol. 14, Issue 2)
Publisher: Meridian Academic Press
Document Type: Report
Length: 64 words
Lexile Measure: 1410L
Abstract: Night services and depots; a summary, not the text.

Full Text: Depots that stay open after midnight change the streets around them.

Date: the survey ran from May to August, across 412 households in each city.

Shift workers were the largest group of late riders in every city studied.

Copyright 2025 Meridian Academic Press
http://www.meridian-academic.example/

Source Citation (APA 7th Edition)
Lund, P., & Reyes, O. (2025). Tram depots and the night economy. Journal of Urban Transit, 14(2), 33.

Source Citation (Chicago 17th Edition)
Lund, Petra, and Omar Reyes. "Tram depots and the night economy." Journal of Urban Transit 14, no. 2 (2025): 33.

Gale Document Number: GALE|A700000001

Harbour crane returns to service
Date: Jan. 9, 2025
From: Dock Review (Antwerp, Belgium)
Document Type: Brief article
Gale Document Number: GALE|A700000002

Port fees rise for the second time this year
Date: Feb. 2, 2025
From: The Port Weekly
Author: Ana Ruiz and Tomas Berg
Content Level: (4)
Full Text:
Berthing fees at the container terminal will rise by 6 percent from March.

Source Citation (MLA 9th Edition)
Ruiz, Ana, and Tomas Berg. "Port fees rise for the second time this year." The Port Weekly, 2 Feb. 2025.

Gale Document Number: GALE|A700000003

Gale, a Cengage Company
(c) 2025 Gale, a Cengage Company. All rights reserved.
"""


def test_documents_fields_and_body(tmp_path: Path) -> None:
    path = tmp_path / "gale-download.txt"
    path.write_text(EXPORT.replace("\n", "\r\n"))  # Gale writes CRLF
    fmt, (tram, fees), rejected = run(path)
    assert fmt == "gale"
    assert tram.title == "Tram depots and the night economy: evidence from three cities"  # a wrapped headline
    assert tram.authors == ["Petra Lund", "Omar Reyes"]
    assert tram.outlet == "Journal of Urban Transit"  # the volume in parentheses is not the name
    assert tram.published_on == dt.date(2025, 3, 4)  # numeric: month first, as Gale writes it
    assert tram.url is None  # the publisher's home page and Gale's links are not the article's
    text = body(tram)
    assert text.startswith("Depots that stay open") and "Date: the survey ran" in text
    assert text.endswith("every city studied.")
    for leak in ("summary", "Copyright", "meridian-academic", "Source Citation", "Lund, P.", "GALE|", "Lexile"):
        assert leak not in text
    assert fees.authors == ["Ana Ruiz", "Tomas Berg"]
    assert fees.outlet == "The Port Weekly" and fees.published_on == dt.date(2025, 2, 2)
    assert body(fees) == "Berthing fees at the container terminal will rise by 6 percent from March."
    reasons = {r.reason for r in rejected}
    assert "Gale record without full text (citation or abstract only)" in reasons
    assert any(r.reason.startswith("export head") for r in rejected)
    assert any(r.reason.startswith("export closing notice") for r in rejected)


def test_sniff_needs_gale_and_a_field_block() -> None:
    assert gale.sniff(EXPORT)
    # Gale's labels without Gale: a memo is not a Gale download
    assert not gale.sniff("Minutes\nDate: Jan. 9, 2025\nFrom: the clerk\nFull Text:\nAgenda.\n")
    # Gale named, but no headline over a field block
    assert not gale.sniff("Gale Document Number: GALE|A1\nSome notes about a record.\n")


# Invented: one document downloaded alone (no export head), its fields led by "Title:", the
# text on the "Full Text:" line itself, a Chicago citation and no closing notice.
SINGLE = """Title: Night ferries return to the outer isles
Author: Ines Varga
Date: 7/1/2024
From: Island Post
Content Level: Basic
Full Text: Night sailings to the outer isles resume on Monday after a two-year gap.

The operator said demand from hauliers had justified the return.
Source Citation (Chicago 17th Edition)
Varga, Ines. "Night ferries return to the outer isles." Island Post, July 1, 2024.
Gale Document Number: GALE|A700000009
"""


def test_a_single_document_with_a_title_field(tmp_path: Path) -> None:
    path = tmp_path / "gale-one.txt"
    path.write_text(SINGLE)
    fmt, (doc,), rejected = run(path)
    assert fmt == "gale" and not rejected
    assert doc.title == "Night ferries return to the outer isles"
    assert doc.outlet == "Island Post" and doc.authors == ["Ines Varga"]
    assert doc.published_on == dt.date(2024, 7, 1)
    assert body(doc) == ("Night sailings to the outer isles resume on Monday after a two-year gap.\n\n"
                         "The operator said demand from hauliers had justified the return.")
