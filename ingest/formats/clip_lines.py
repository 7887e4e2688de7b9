"""One-line clip headers: the outlet, the headline and the date on a single line.

A press office's clips document often heads an item with one line that names everything, in
whatever shape the person compiling it typed that day: `Harbour Gazette: “Council approves
budget” (Dec. 6)`, `Gazette – “Council approves budget” – 12/6/26`, `Harbour Gazette (Dec. 3,
2026): Council approves budget`, `“Council approves budget,” Harbour Gazette, Dec. 6, 2026`,
`Council approves budget (Harbour Gazette, Dec. 6)`.
The headline is the part in double quotes (or after the bracketed date and its colon); the
outlet is a publication by its nameplate word or a known alias; the date may come without a
year ('(Dec. 6)') or all-numeric ('12/6/26'), in which case it is read as the day nearest
before the document's own date (the masthead's 'Monday, December 7, 2026'), the way the
office meant it: a clip is never dated after the packet that holds it, and rarely long before.
A numeric date the file's other dates prove the order of is read in that order.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ingest.dates import MONTHS, find_date

if TYPE_CHECKING:  # lines.py imports this module's caller; Lines is only named here
    from ingest.formats.lines import Lines

MAX_OUTLET_CHARS = 60
# 'Outlet: “Headline” (date)', 'Outlet – “Headline” – date', 'Outlet | "Headline" | date'
_OUTLET_QUOTED = re.compile(
    r"^(?P<outlet>[^\W\d_][^“”\"():]{1,60}?)\s*(?::|\s[–—|]|\s--?)\s*[“\"](?P<title>[^“”\"]{3,200}?)[,.]?[”\"]"
    r"\s*(?:\((?P<pdate>[^()]{3,40})\)|(?:[,–—|]|--?)\s*(?P<date>[^()“”\"]{3,40}))?\s*$")
# 'Outlet (date): Headline'
_OUTLET_DATED = re.compile(
    r"^(?P<outlet>[^\W\d_][^():“”\"]{1,60}?)\s*\((?P<pdate>[^()]{3,40})\)\s*:\s+(?P<title>\S.{2,200})$")
# '“Headline,” Outlet, date'
_QUOTED_FIRST = re.compile(
    r"^[“\"](?P<title>[^“”\"]{3,200}?)[,.]?[”\"]\s*(?:[,–—|]|--?)?\s*(?P<outlet>[^\W\d_][^“”\"():,|–—]{1,60}?)"
    r"\s*(?:[,–—|]|--?|\()\s*(?P<date>[^()“”\"]{3,40}?)\)?\s*$")
# 'Headline (Outlet, date)'
_TITLE_CREDIT = re.compile(r"^(?P<title>[^()“”\"]{8,200}?)\s+\((?P<credit>[^()]{5,80})\)$")
_DAY_MONTH = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?P<month>[a-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?$"
    r"|^(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>[a-z]{3,9})\.?$", re.I)
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?P<year>(?:19|20)?\d\d)$")
MAX_DAYS_BEFORE = 400  # a yearless or ambiguous date more than about a year before the packet: unread


def headline_credit(lines: Lines, i: int) -> tuple[str, str, dt.date | None] | None:
    """(outlet, headline, date) when line i is a one-line clip header (see module docstring)."""
    s = lines.clean[i]
    if len(s) > 300 or not ('“' in s or '"' in s or "(" in s):
        return None
    m = _OUTLET_QUOTED.match(s) or _QUOTED_FIRST.match(s)
    if m is None and ":" in s:
        m = _OUTLET_DATED.match(s)
    if m is None:
        return _credit_in_brackets(lines, s) if s.endswith(")") else None
    outlet, title = m.group("outlet").strip(), m.group("title").strip()
    stated = (m.groupdict().get("pdate") or m.groupdict().get("date") or "").strip()
    if not stated or len(outlet) > MAX_OUTLET_CHARS or (not title[:1].isalnum() and title[:1] not in "‘'$"):
        return None
    credits = lines.credits
    if not credits.outletish(outlet) or credits.person_names(outlet) is not None:
        return None  # 'Jane Roe: “We will appeal” (Dec. 6)': a quotation, not a clip's header
    date = clip_date(lines, stated)
    if date is None and find_date(stated) is None and not _DAY_MONTH.match(stated) and not _NUMERIC.match(stated):
        return None  # '(see page 3)': no date at all
    return outlet, title, date


def _credit_in_brackets(lines: Lines, s: str) -> tuple[str, str, dt.date | None] | None:
    """'Headline (Harbour Gazette, Dec. 6)', 'Headline (Gazette, 12/6/26)': the headline, then
    its paper and date in brackets."""
    m = _TITLE_CREDIT.match(s)
    if m is None or not m.group("title")[:1].isupper():
        return None
    outlet, sep, stated = m.group("credit").rpartition(", ")
    outlet = outlet.strip()
    if not sep or not lines.credits.outletish(outlet) or lines.credits.person_names(outlet) is not None:
        return None
    date = clip_date(lines, stated.strip())
    return (outlet, m.group("title").strip(), date) if date is not None else None


def clip_date(lines: Lines, stated: str) -> dt.date | None:
    """A clip header's date: a full date as stated; a day and month, or an all-numeric date the
    file does not prove the order of, as the reading nearest before the document's own date."""
    found = find_date(stated)
    if found is not None:
        return found[0]
    issued = lines.issued()
    if (m := _DAY_MONTH.match(stated)) is not None:
        month = MONTHS.get((m.group("month") or m.group("month2") or "").lower())
        day = int(m.group("day") or m.group("day2"))
        return _nearest_before([(month, day)] if month else [], None, issued)
    if (m := _NUMERIC.match(stated)) is not None:
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
        year = year + 2000 if year < 100 else year
        order = lines.dayfirst()
        readings = [(b, a)] if order else [(a, b)] if order is False else [(a, b), (b, a)]
        return _nearest_before(readings, year, issued)
    return None


def _nearest_before(readings: list[tuple[int, int]], year: int | None, issued: dt.date | None) -> dt.date | None:
    """Of the (month, day) readings in the stated year (or the years around the document's
    date), the date nearest before the document's date; with no document date, only a reading
    that is the only one possible."""
    found: list[dt.date] = []
    years = [year] if year is not None else ([issued.year - 1, issued.year] if issued else [])
    for month, day in readings:
        for y in years:
            try:
                found.append(dt.date(y, month, day))
            except ValueError:
                continue
    if issued is None:
        return found[0] if len(found) == 1 else None
    before = [d for d in found if 0 <= (issued - d).days <= MAX_DAYS_BEFORE]
    return max(before) if before else None


__all__ = ["clip_date", "headline_credit"]
