"""Newspaper pages as PDF text (form feeds, running heads, jumps; ingest/formats/printpages.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.formats.printpages import running_head, sniff
from tests.test_formats_feeds import body, run

FRONT = """HARBOUR LEDGER
Friday, 3 April 2026 | Price 1.80

Quay wall repairs to close the
ferry terminal for a fortnight

Night works planned to spare the summer timetable

PRIYA NAIR
Ledger reporter

Contractors will close the ferry ter-
minal for two weeks from Monday while
the collapsed section of the quay wall
is rebuilt, the port authority said.
The authority said night shifts would
keep the closure short. Passengers are

asked to use the north slipway.
Continued on Page 2

The north slipway on Thursday, as repairs were planned. SAM OKE/LEDGER

harbourledger.example
"""

PAGE2 = """\fPage 2 | Friday, 3 April 2026 | The Harbour Ledger

QUAY
Continued from Page 1

Buses will run from the station every
twenty minutes, and cyclists may use the
old footbridge, see page 4 for the map
of the temporary routes.

Allotment waiting list tops 300

The town's allotment waiting list has
passed 300 names for the first time,
the parks committee heard on Tuesday.
Members agreed to survey two unused
plots behind the cemetery.

FRESH FISH DAILY
Quayside Market, open 6am

harbourledger.example
"""


def test_running_head_by_shape() -> None:
    assert running_head("Page 2 | Friday, 3 April 2026 | The Harbour Ledger") == (
        "The Harbour Ledger", dt.date(2026, 4, 3), "2")
    assert running_head("B7 MONDAY, MAY 4, 2026 THE COAST STAR") == ("THE COAST STAR", dt.date(2026, 5, 4), "B7")
    assert running_head("The council met on 3 April 2026 to vote on 12 motions.") is None


def test_pages_split_into_stories_with_jump_joined(tmp_path: Path) -> None:
    path = tmp_path / "ledger.txt"
    path.write_text(FRONT + PAGE2 + PAGE2.replace("Page 2", "Page 3", 1).split("QUAY")[0], encoding="utf-8")
    fmt, cands, rejected = run(path)
    assert fmt == "pages"
    quay, allot = cands
    assert quay.title is not None and quay.title.startswith("Quay wall repairs")
    assert quay.authors == ["Priya Nair"] and quay.outlet == "Harbour Ledger"
    assert quay.published_on == dt.date(2026, 4, 3)
    text = body(quay)
    assert "ferry terminal for two weeks" in text  # the hyphenated word rejoined
    assert "Passengers are asked to use" in text  # the column break inside a sentence joined
    assert "see page 4 for the map" in text  # a page reference inside the text is prose
    assert "temporary routes." in text  # the jump's second half belongs to the story
    for furniture in ("SAM OKE", "Continued", "harbourledger.example", "Price", "Night works", "Ledger reporter"):
        assert furniture not in text
    assert allot.title == "Allotment waiting list tops 300" and allot.authors == []  # no byline: no authors
    assert "FRESH FISH" not in body(allot)
    assert any("captions" in r.reason for r in rejected)


def test_form_feeds_without_a_repeated_running_head_are_not_pages() -> None:
    text = "A report\n\nSome text on page one.\n\fMore text on the next page, 3 April 2026.\n\fEnd.\n"
    assert not sniff(text)
