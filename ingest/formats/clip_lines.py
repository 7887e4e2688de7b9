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
MAX_YEARLESS_CHARS = 80  # 'Harbour Gazette, Dec. 6': an outlet and a day, nothing more
MAX_DATE_CHARS = 40  # the date and the separators around the headline
MAX_CLIP_CHARS = 300
QUOTE_REACH = 70  # the headline's quotation mark stands after the outlet's name, if not first
_LETTER = re.compile(r"[^\W\d_]")
_PROSE_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}\b")  # a name's connectors are shorter ('of', 'the', 'von')
MIN_OUTSIDE_CHARS = 8  # the shortest outlet and date around a quoted headline ('Ledger 12/6/26')
# A line ending in a day and month or an all-numeric date: 'Harbour Gazette, Dec. 6', '… | 12/6/26'
_DATE_END = re.compile(r"(?:[^\W\d_]{3,9}\.? \d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$")


def yearless_shaped(s: str) -> bool:
    """What a yearless credit line ends with, cheaply (yearless_credit reads it)."""
    return len(s) <= MAX_YEARLESS_CHARS and _DATE_END.search(s, max(0, len(s) - 16)) is not None


# A one-line clip header ends in its date, its bracket or its headline's quotation mark (or
# has its bracketed date before a colon: 'Outlet (Dec. 3): Headline').
CLIP_ENDS = frozenset(')”"0123456789')


def clip_open(s: str) -> bool:
    """A one-line clip header opens with the outlet's or the headline's capital, the
    headline's quotation mark or the date."""
    return s[:1].isupper() or s[:1].isdigit() or s[:1] in "“\""


def clip_shaped(s: str) -> bool:
    """What a one-line clip header holds, cheaply: a quotation mark near the start, a bracketed
    date before a colon ('Outlet (Dec. 3): Headline') or a closing bracket at the end
    ('Headline (Gazette, Dec. 6)'). Most lines have none of them."""
    if len(s) > MAX_CLIP_CHARS:
        return False  # a paragraph
    if "): " in s:
        return True
    opens = [k for k in (s.find("“", 0, QUOTE_REACH), s.find('"', 0, QUOTE_REACH)) if k >= 0]
    if not opens:  # 'Headline (Gazette, Dec. 6)': a comma inside the last brackets, near the end
        k = s.rfind("(")
        return s[-1:] == ")" and k >= len(s) - MAX_OUTLET_CHARS - MAX_DATE_CHARS and ", " in s[k:]
    # (the quotation closes near the end, and an outlet and a date stand around it: no long word
    # in lower case before it, none opening what follows: '“We will appeal,” she said.' is prose)
    start, close = min(opens), max(s.rfind("”"), s.rfind('"'))
    outside = start + len(s) - close - 1
    if close <= start or close < len(s) - MAX_OUTLET_CHARS - MAX_DATE_CHARS or outside < MIN_OUTSIDE_CHARS:
        return False
    if start and _PROSE_WORD.search(s, 0, start):
        return False
    after = _LETTER.search(s, close + 1)
    return after is None or not after.group().islower()

MAX_PARTS = 3  # beside the quoted headline: the outlet, the date and one more (a page, a channel)
# The headline in double quotes, its closing comma or stop inside them ('“Headline,” Outlet, date').
_QUOTED = re.compile(r"[“\"](?P<title>[^“”\"]{3,200}?)[,.]?[”\"]")
# What parts the rest of the line: separators, brackets, a colon
_SPLIT = re.compile(r"(?:\s*(?:[,|·•()\[\]–—]|--|:(?=\s|$))\s*|\s+-\s+)+")
# 'Outlet (date): Headline'
_OUTLET_DATED = re.compile(
    r"^(?P<outlet>[^\W\d_][^():“”\"]{1,60}?)\s*\((?P<pdate>[^()]{3,40})\)\s*:\s+(?P<title>\S.{2,200})$")
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
    if not s or (s[-1] not in CLIP_ENDS and ":" not in s) or not clip_open(s) or not clip_shaped(s):
        return None
    opens = [k for k in (s.find("“", 0, QUOTE_REACH), s.find('"', 0, QUOTE_REACH)) if k >= 0]
    if opens and (m := _QUOTED.match(s, min(opens))) is not None and m.group("title")[:1] not in " ":
        if len(s) - (m.end() - m.start()) > MAX_OUTLET_CHARS + MAX_DATE_CHARS:
            return None  # more words outside the quotation than an outlet and a date: prose quoting someone
        return _around_quotes(lines, s, m)
    if "): " in s and (m := _OUTLET_DATED.match(s)) is not None:
        outlet, title, stated = m.group("outlet").strip(), m.group("title").strip(), m.group("pdate").strip()
        if not _publication(lines, outlet) or not _dated(stated):
            return None
        return outlet, title, clip_date(lines, stated)
    return _credit_in_brackets(lines, s) if s.endswith(")") else None


def _around_quotes(lines: Lines, s: str, m: re.Match[str]) -> tuple[str, str, dt.date | None] | None:
    """The quoted headline and, around it in any order, the outlet and the date as parts of
    their own ('Outlet: “H” (Dec. 6)', 'Outlet – “H” – 12/6/26', '“H,” Outlet, date', 'Dec. 6 |
    Outlet | “H”'). Anything else beside them (a sentence, a person) makes no clip header."""
    title = m.group("title").strip()
    if not (title[:1].isalnum() or title[:1] in "‘'$") or len(title.split()) < 2:
        return None
    rest = f"{s[: m.start()]} | {s[m.end():]}"
    if lines.credits.prose(rest):
        return None  # '“We will appeal,” she said.': a word in lower case outside the quotation
    outlet = date = None
    stated = ""
    if (full := find_date(rest)) is not None:  # 'Dec. 8, 2026' holds a comma: taken out before the split
        date, stated = full[0], rest[full[1] : full[2]]
        rest = f"{rest[: full[1]]} | {rest[full[2]:]}"
    parts = [p for p in _SPLIT.split(rest) if p.strip(" .")]
    if not parts or len(parts) + bool(stated) > MAX_PARTS:
        return None
    for part in (p.strip(" .") if not _DAY_MONTH.match(p.strip()) else p.strip() for p in parts):
        if outlet is None and _publication(lines, part):
            outlet = part
        elif not stated and _dated(part):
            stated, date = part, clip_date(lines, part)
        elif not (lines.credits.vocab.page_ref.match(part) or lines.credits.vocab.channel.match(part)):
            return None
    return (outlet, title, date) if outlet is not None and stated else None


def _publication(lines: Lines, name: str) -> bool:
    """A publication's name by its nameplate word or a known alias, and no person's."""
    return (len(name) <= MAX_OUTLET_CHARS and name[:1].isupper() and lines.credits.outletish(name)
            and lines.credits.person_names(name) is None)


def _dated(part: str) -> bool:
    """A date of any form a clip header gives: full, a day and month, all-numeric."""
    return find_date(part) is not None or bool(_DAY_MONTH.match(part)) or bool(_NUMERIC.match(part))


def _credit_in_brackets(lines: Lines, s: str) -> tuple[str, str, dt.date | None] | None:
    """'Headline (Harbour Gazette, Dec. 6)', 'Headline (Gazette, 12/6/26)': the headline, then
    its paper and date in brackets."""
    m = _TITLE_CREDIT.match(s)
    if m is None or not m.group("title")[:1].isupper():
        return None
    outlet, sep, stated = m.group("credit").rpartition(", ")
    outlet = outlet.strip()
    if not sep or not _publication(lines, outlet):
        return None
    date = clip_date(lines, stated.strip())
    return (outlet, m.group("title").strip(), date) if date is not None else None


def yearless_credit(lines: Lines, i: int) -> tuple[str, dt.date] | None:
    """'Harbour Gazette, Dec. 6' / 'Gazette | 12/6/26' under a headline in a packet that states
    its own date on top: the outlet and the day, in the year that puts it nearest before the
    packet's date. None without a packet date, or for anything but an outlet and such a date."""
    s = lines.clean[i]
    if not s[-1:].isdigit() or not yearless_shaped(s) or lines.issued() is None:
        return None
    parts = [p for p in _SPLIT.split(s) if p.strip(" .")]
    if len(parts) != 2 or not _publication(lines, parts[0].strip(" .")):
        return None
    stated = parts[1].strip()
    if not (_DAY_MONTH.match(stated) or _NUMERIC.match(stated)) or find_date(stated) is not None:
        return None
    date = clip_date(lines, stated)
    return (parts[0].strip(" ."), date) if date is not None else None


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


__all__ = ["CLIP_ENDS", "clip_date", "clip_open", "clip_shaped", "headline_credit", "yearless_credit",
           "yearless_shaped"]
