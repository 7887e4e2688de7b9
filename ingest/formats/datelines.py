"""Yearless wire datelines ('OSLO, May 4 (XYZ) --') and the year that settles them.

An agency's dateline states day and month only; the year is the one that puts the date nearest
a date the source states for itself: a news post's Date header (formats/news.py), a digest's
issue date in its masthead (formats/plaintext.py). The masthead's date is never an item's
date; it only says which year 'Nov 20' falls in.
"""

from __future__ import annotations

import datetime as dt
import re

from ingest.dates import MONTHS

MONTH_NAMES = "(?i:" + "|".join(sorted((re.escape(k) for k in MONTHS if k.isalpha()), key=len, reverse=True)) + ")"
MONTH = rf"(?P<month>{MONTH_NAMES})\.?"
# 'OSLO, May 4 (XYZ) --', 'FUNCHAL, Portugal, Aug 22 (PPN) --', 'LYON, 4 May (XYZ) -': a
# yearless wire dateline opening the text (the place in capitals, the agency in brackets).
DATELINE = re.compile(
    rf"^[A-Z][A-Z .'-]{{1,40}}(?:, [A-Z][\w .'-]{{0,30}})?, (?:{MONTH} (?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}}) "
    rf"(?P<month2>{MONTH_NAMES})\.?)(?:, \d{{4}})? \([^)]{{1,25}}\) ?(?:--|[—–-])")


def nearest(m: re.Match[str], near: dt.date) -> dt.date | None:
    """The date of a day-and-month match in the year that puts it nearest `near`."""
    month = MONTHS.get((m.group("month") or m.group("month2") or "").lower())
    day = int(m.group("day") or m.group("day2") or 0)
    if month is None:
        return None
    found: list[dt.date] = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(found, key=lambda d: abs((d - near).days)) if found else None


def dateline_date(first: str, near: dt.date) -> dt.date | None:
    """The date of a yearless wire dateline opening `first` (a body's first line), else None."""
    m = DATELINE.match(first)
    return nearest(m, near) if m else None
