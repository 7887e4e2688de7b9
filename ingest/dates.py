"""Publication dates from every common English form, as ISO dates; None when unsure.

A cascade of small compiled patterns, each returning a date or None. A date without a year
is unknown (never "this year"), and nothing here ever falls back to today's date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from pathlib import Path

MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
MONTHS_FILE = Path(__file__).resolve().parent / "data" / "months.toml"


def load_months(path: Path) -> dict[str, int]:
    """Month names of other languages (data file users extend) -> month number."""
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    found: dict[str, int] = {}
    for language, months in data.get("months", {}).items():
        if len(months) != 12:
            raise ValueError(f"{path}: language {language!r} needs twelve months, January first")
        for number, names in enumerate(months, 1):
            for name in names:
                found.setdefault(name.lower(), number)
    return found


FOREIGN_MONTHS = {k: v for k, v in load_months(MONTHS_FILE).items() if k not in MONTHS}
MONTHS.update(FOREIGN_MONTHS)
# Longest first, so "maja" is tried before "maj" and "juni" before "jun".
_FOREIGN = "|".join(re.escape(m) for m in sorted(FOREIGN_MONTHS, key=len, reverse=True))
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?" + ("|" + _FOREIGN if _FOREIGN else "") + r")\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
# "November 25", "Tue 25 Nov": a day without its year, as forum and chat exports stamp posts.
# Never a full date (null stays null), never a headline either.
YEARLESS_DATE = re.compile(
    r"^" + _WEEKDAY + r"(?:" + _MONTH.replace("?P<month>", "?:") + r"\s+[0-3]?\d(?:st|nd|rd|th)?"
    r"|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.replace("?P<month>", "?:") + r")\.?$", re.I)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TIME = (
    r"(?:(?:\s*,|\s+at|\s*[-–—|])?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:[A-Z]{2,5}|GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?"
)

# "October 5, 2020", "Oct. 5 2020", "Sept 28 2020", "Monday, October 5, 2020"
_MDY = _WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR
# "5 October 2020", "5 October, 2020", "Tuesday 13 April 2021", "5th of October 2020", and the
# continental "3. Mai 2022", "5 de mayo de 2022"
_DMY = _WEEKDAY + _DAY + r"\.?(?:\s+of|\s+de)?\s+" + _MONTH + r",?\s+(?:de\s+)?" + _YEAR
# "24-Apr-2025", "05-MAY-2025 08:00": the day-month-year stamp of monitoring tools and Indian papers
_DMY_DASH = r"(?<![\w-])" + _DAY + r"-" + _MONTH + r"-" + _YEAR + r"(?!\d)"
# "2020-10-05", "2020/10/05"
_ISO = (
    r"(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)(?:[T ]\d{2}:\d{2}(?::\d{2})?"
    r"(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)

# "14.11.2022", "16/03/2023": day-first or month-first is unknowable unless one part exceeds 12,
# so such dates are read only when unambiguous (see _build).
_NUM = r"(?<![\d/.-])(?P<a>[0-3]?\d)[./-](?P<b>[0-3]?\d)[./-](?P<year>(?:19|20)\d\d)(?![\d/.-])"
_TRAILING_WEEKDAY = r"(?:,?\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)?"

# "2026年12月3日", "2026년 12월 2일": the year-month-day order of Chinese, Japanese and Korean,
# each part marked by its counter word (the day's too, so "2026年12月" alone is no date).
_CJK = r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]"
# What may follow such a date on a stamp line: a weekday in parentheses ("（木）", "(수)"), a
# morning/afternoon word and a clock time in counters or with a colon ("18時05分", "오후 5:42").
_CJK_TIME = (r"(?:\s*[（(][^()（）]{1,3}[)）])?(?:\s*(?:[上下]午|午[前後]|오[전후])?\s*\d{1,2}\s*"
             r"(?:[時时시]\s*(?:\d{1,2}\s*[分분])?|:\d{2}(?::\d{2})?))?")

_PATTERNS = [re.compile(p, re.I) for p in (_ISO, _CJK, _MDY, _DMY, _DMY_DASH, _NUM)]
# A clock time before the date, as US chains stamp stories ("5:00 a.m. CT Nov. 9, 2026"): only
# with its a.m./p.m., and an optional zone, so a bare number never passes for one.
_LEAD_TIME = r"(?:\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?(?:\s+[a-z]{1,4})?,?\s+)?"
_WHOLE = [
    re.compile(r"^\s*" + _LEAD_TIME + p + _TRAILING_WEEKDAY + _TIME + r"\s*$", re.I)
    for p in (_ISO, _MDY, _DMY, _DMY_DASH, _NUM)
] + [re.compile(r"^\s*" + _CJK + _CJK_TIME + r"\s*$")]

# Digits of other scripts (Arabic-Indic "٣ ديسمبر ٢٠٢٦", Persian, Devanagari, full-width):
# read as ASCII digits, one character for one, so spans found in the translation hold in the
# text. A search for any of them is the cheap pre-check; most lines have none.
_NATIVE_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\uff10-\uff19]")
_TO_ASCII = {base + i: ord("0") + i for base in (0x0660, 0x06F0, 0x0966, 0xFF10) for i in range(10)}


def ascii_digits(text: str) -> str:
    """`text` with the digits of other scripts written as ASCII digits (same length)."""
    if text.isascii() or _NATIVE_DIGIT.search(text) is None:
        return text
    return text.translate(_TO_ASCII)


# A weekday stated right before a numeric date ("Wed, 09/04/2025"): when only one reading of an
# ambiguous date falls on it, the source has said which (9 April 2025 is a Wednesday, 4 September
# is not). Python's weekday(): Monday is 0.
_WEEKDAY_BEFORE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$", re.I)
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _by_weekday(m: re.Match[str], a: int, b: int) -> tuple[int, int] | None:
    """(day, month) of an ambiguous numeric date that only one reading puts on the weekday
    written before it, else None."""
    before = _WEEKDAY_BEFORE.search(m.string[max(0, m.start() - 12) : m.start()])
    if before is None:
        return None
    wanted = _WEEKDAYS[before.group(1).lower()]
    fits = []
    for day, month in ((a, b), (b, a)):
        try:
            if dt.date(int(m.group("year")), month, day).weekday() == wanted:
                fits.append((day, month))
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else None


def _build(m: re.Match[str]) -> dt.date | None:
    if "a" in m.groupdict():
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        elif a == b:
            day = month = a
        elif (settled := _by_weekday(m, a, b)) is not None:
            day, month = settled
        else:
            return None  # 04/05/2022: April 5 or 4 May? Unknown, so null
        try:
            return dt.date(int(m.group("year")), month, day)
        except ValueError:
            return None
    month_raw = m.group("month").lower().rstrip(".")
    found = int(month_raw) if month_raw.isdigit() else MONTHS.get(month_raw)
    if found is None:
        return None
    month = found
    try:
        return dt.date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return None  # 31 September and friends: not a date, so unknown


def parse_date(text: str) -> dt.date | None:
    """The first full date (day, month and year) stated anywhere in `text`, else None."""
    found = find_date(text)
    return found[0] if found else None


_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
# The same test as two patterns with a literal prefix, which the regex engine scans for quickly.
_YEAR_19 = re.compile(r"19\d\d")
_YEAR_20 = re.compile(r"20\d\d")
_TIME_RE = re.compile(_TIME, re.I)
_TIME_TO_END = re.compile(_TIME + r"\s*", re.I)
# Every date pattern ends in a digit or an ISO zone "Z"; a trailing date is one followed by
# nothing but a clock time. A line with no such spot cannot end in a date, whatever the pattern.
_DATE_END = re.compile(r"[\dz](?=" + _TIME + r"\s*\Z)", re.I)


# The yearless first day of a span whose end states the year ('from Dec. 6 to Dec. 7, 2026',
# 'March 3-5, 2026' is not read: only a month and day before the joiner).
_SPAN_START = re.compile(
    r"(?:^|\W)" + _MONTH + r"\s+" + _DAY + r",?\s*(?:to|through|thru|until|till|[-–—])\s*$", re.I)


def span_start(text: str) -> dt.date | None:
    """The first full date of `text`, or the first day of a span ending in it: 'from Dec. 6 to
    Dec. 7, 2026' was published on 6 December (a paid notice runs from its first day)."""
    found = find_date(text)
    if found is None:
        return None
    date, start, _ = found
    m = _SPAN_START.search(text[:start])
    if m is None or (month := MONTHS.get(m.group("month").lower().rstrip("."))) is None:
        return date
    try:
        first = dt.date(date.year, month, int(m.group("day")))
    except ValueError:
        return date
    return first if first <= date else date


def date_span(text: str) -> bool:
    """'March 14, 1938 - November 29, 2026', '1938 – 2026': two dates (or years) joined by a
    dash and nothing else, a life's or an event's span, never a publication stamp."""
    parts = _SPAN_SPLIT.split(text.strip())
    return len(parts) == 2 and all(_SPAN_PART.match(p) or _whole_date(p) is not None for p in parts)


_SPAN_SPLIT = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*")
_SPAN_PART = re.compile(r"^(?:19|20|18)\d\d$")


def has_year(text: str) -> bool:
    """Whether `text` holds something shaped like a year: every full date does, so a line
    without one needs no date pattern at all (an exact pre-check, not a guess)."""
    if _YEAR_19.search(text) is not None or _YEAR_20.search(text) is not None:
        return True  # (reading other scripts' digits as ASCII only ever adds matches)
    if text.isascii() or _NATIVE_DIGIT.search(text) is None:
        return False
    text = text.translate(_TO_ASCII)
    return _YEAR_19.search(text) is not None or _YEAR_20.search(text) is not None


# Lines that state a year, read for the run: a digest series repeats its date, byline and credit
# lines in every file, and the date patterns are the dear part. Bounded; short lines only (a
# paragraph is rarely read twice). Both functions are pure, so the memo is exact.
_MEMO_LINES = 4096
_MEMO_CHARS = 200


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The earliest full date in `text` with its span, else None."""
    text = ascii_digits(text)
    if not _HAS_YEAR.search(text):
        return None  # every full date has a year: most lines are rejected here, cheaply
    return _find_date_kept(text) if len(text) <= _MEMO_CHARS else _find_date(text)


def _find_date(text: str) -> tuple[dt.date, int, int] | None:
    best: tuple[dt.date, int, int] | None = None
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            date = _build(m)
            if date is not None and (best is None or m.start() < best[1]):
                best = (date, m.start(), m.end())
                break
    return best


_find_date_kept = functools.lru_cache(maxsize=_MEMO_LINES)(_find_date)


def _load_stamps(path: Path) -> tuple[list[str], list[str]]:
    """Publication and revision labels of stamp lines in other languages (months.toml [stamps])."""
    with open(path, "rb") as fh:
        stamps = tomllib.load(fh).get("stamps", {})
    return list(stamps.get("published", [])), list(stamps.get("updated", []))


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_STAMP_PUBLISHED, _STAMP_UPDATED = _load_stamps(MONTHS_FILE)
_LABEL = re.compile(r"^\s*(?:(?:published|posted|date|dated|first published|publication date)(?:\s+on)?"
                    + (f"|{_alternatives(_STAMP_PUBLISHED)}" if _STAMP_PUBLISHED else "") + r")\s*:?\s*", re.I)
# The revision part after a publication date on one stamp line: '…, modifié le 4 mai 2027 à 17h40',
# '5 maggio 2027 (modifica il 6 maggio 2027 | 08:14)'. Only the publication part is read.
_REVISION_PART = re.compile(
    r"\s*(?:[,(|·•]|\s[-–—])\s*(?:" + _alternatives(_STAMP_UPDATED or ["updated"]) + r")\b.*$", re.I)
# A stamp's label left at the end of what stands before its date ('By Jane Roe Published
# January 16, 2027', 'Jane Roe · Updated 3 May 2027'): the label belongs to the date.
_LABEL_TAIL = re.compile(
    r"\s*[|·•,–—-]?\s*(?:(?:(?:first\s+)?(?:published|posted)(?:\s+on)?|"
    + _alternatives(_STAMP_PUBLISHED + _STAMP_UPDATED + ["last modified", "edited", "revised"])
    + r")\s*:?|dated?\s*:)\s*$", re.I)  # 'Date' only with its colon: a surname too


def without_stamp_label(head: str) -> str:
    """`head` without a stamp label ending it: what stood before a date split off the line
    ('Jane Roe Published' -> 'Jane Roe', see split_trailing_date)."""
    return _LABEL_TAIL.sub("", head) if head else head


# A clock time written the continental way after a date ('à 08h15', 'um 15.05 Uhr', 'alle 08:14',
# 'às 23:40', 'a las 10:45 CET'): said of the date, never part of it.
_CLOCK_WORDS = re.compile(
    r"(?:,?\s+(?:à|um|alle|ore|às|a las|a la|om|kl\.?)\s+|,\s*)\d{1,2}[:.h]\d{2}(?:\s*uhr|\s*h)?(?:\s+[A-Z]{2,5})?\s*$",
    re.I)


# A magazine's stamp line: 'Published 1 March 2021 · Updated 3 March 2021 · 11 min read'. The
# revision and the reading time are parts beside the publication date, never dates of it.
_STAMP_JOINER = re.compile(r"\s+[·|•]\s+")
_STAMP_EXTRA = re.compile(
    r"^(?:(?:last\s+)?(?:updated|modified|edited|revised)\b.*|\d+\s*(?:min|mins|minutes?)\.?(?:\s+read)?)$", re.I
)  # ('11/12/2026 · Updated 3 hours ago': the bare date is the publication part)


def date_line(line: str) -> dt.date | None:
    """The date when the whole line is a date (weekday, clock time and a 'Published:' label
    allowed), else None. 'Updated:' lines are not publication dates and are not read here;
    beside a publication date on a stamp line they are skipped."""
    line = ascii_digits(line)
    if len(line) > 120 or not _HAS_YEAR.search(line):
        return None
    return _date_line(line)


@functools.lru_cache(maxsize=_MEMO_LINES)
def _date_line(line: str) -> dt.date | None:
    """date_line of a line of at most 120 characters stating a year (kept for the run)."""
    if ("·" in line or "|" in line or "•" in line) and _STAMP_JOINER.search(line):
        parts = _STAMP_JOINER.split(line.strip())
        kept = [p for p in parts if not _STAMP_EXTRA.match(p)]
        if len(kept) == 1 and len(parts) > 1:  # one publication part ('Published …', or a bare date)
            lab = _LABEL.match(kept[0])
            return _whole_date(kept[0][lab.end() if lab is not None else 0 :])
    found = _whole_date(_LABEL.sub("", line, count=1))
    if found is None and (_REVISION_PART.search(line) or _CLOCK_WORDS.search(line)):
        # 'Publié le 3 mai 2027 à 08h15, modifié le 4 mai 2027': the publication part alone
        bare = _CLOCK_WORDS.sub("", _REVISION_PART.sub("", line))
        found = _whole_date(_LABEL.sub("", bare, count=1)) if bare.strip() else None
    return found


def _whole_date(line: str) -> dt.date | None:
    for pattern in _WHOLE:
        m = pattern.match(line)
        if m:
            return _build(m)
    return None


def split_trailing_date(line: str) -> tuple[str, dt.date] | None:
    """'Global Research, October 15, 2020' -> ('Global Research', date); a line that is text then a date.

    Also 'Marc Champion and Ilya Arkhipov 5 October, 2020 1:15 pm IST' and
    'By Liz Cookman | October 5, 2020, 5:35 PM'. Returns None unless the date (with an optional
    clock time) ends the line.
    """
    if not _HAS_YEAR.search(line[-60:]) or not _DATE_END.search(line):
        return None  # (the four date patterns cost far more than these two scans)
    for pattern in _PATTERNS:
        for m in pattern.finditer(line):
            tail = line[m.end() :]
            if m.start() > 0 and _TIME_TO_END.fullmatch(tail):
                date = _build(m)
                if date is not None:
                    head = line[: m.start()].rstrip(" ,|–—-:\t")
                    return head, date
    return None


def split_leading_date(line: str) -> tuple[dt.date, str] | None:
    """'October 15, 2020 - Global Research' -> (date, 'Global Research')."""
    if not _HAS_YEAR.search(line[:60]):
        return None
    stripped = line.strip()
    for pattern in _PATTERNS:
        m = pattern.match(stripped)
        if m:
            date = _build(m)
            rest = stripped[m.end() :]
            tm = _TIME_RE.match(rest)
            rest = rest[tm.end() :] if tm else rest
            rest = rest.strip(" ,|–—-:\t")
            if date is not None and rest:
                return date, rest
    return None


_NUM_RE = re.compile(_NUM)


def numeric_order(text: str) -> bool | None:
    """Whether the all-numeric dates of one document are day-first (True) or month-first
    (False), as far as the document proves it: one '13/05/2022' (a first part above 12) settles
    '10/05/2022' beside it, since one document keeps one convention. Failing that, the same day
    stated with its month named settles it (_order_by_named_day). None when nothing proves
    either, or when the document contradicts itself."""
    dayfirst = monthfirst = False
    ambiguous: list[tuple[int, int, int]] = []
    for m in _NUM_RE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        dayfirst = dayfirst or (12 < a <= 31 and b <= 12)
        monthfirst = monthfirst or (12 < b <= 31 and a <= 12)
        if a != b and a <= 12 and b <= 12:
            ambiguous.append((a, b, int(m.group("year"))))
    if dayfirst == monthfirst:
        return _order_by_named_day(text, ambiguous) if not dayfirst and ambiguous else None
    return dayfirst


def _order_by_named_day(text: str, ambiguous: list[tuple[int, int, int]]) -> bool | None:
    """The order a document proves by stating one day both ways: a press review headed
    'del 3/12/2026' that is sent as a mail dated 'Thu, 3 Dec 2026', a numeric dateline under a
    masthead spelling the month. Only a day that one reading matches counts; a document whose
    matches point both ways proves nothing."""
    named: set[dt.date] = set()
    for line in text.split("\n")[:5000]:
        rest = line
        while (found := find_date(rest)) is not None:
            named.add(found[0])
            rest = rest[found[2] :]
    dayfirst = monthfirst = False
    for a, b, year in ambiguous:
        try:
            as_dayfirst, as_monthfirst = dt.date(year, b, a), dt.date(year, a, b)
        except ValueError:
            continue
        dayfirst = dayfirst or (as_dayfirst in named and as_monthfirst not in named)
        monthfirst = monthfirst or (as_monthfirst in named and as_dayfirst not in named)
    return dayfirst if dayfirst != monthfirst else None


# A date format a file states for its own dates ("dates are shown as DD/MM/YYYY", "Datum im
# Format TT.MM.JJJJ", "MM/DD/YY"): day letters d/t/j (English, German, French), month m, year y/j/a.
_STATED_DAYFIRST = re.compile(r"(?<![a-z])[dtj]{1,2}([./-])m{1,2}\1(?:y{2}|y{4}|j{4}|a{4})(?![a-z])", re.I)
_STATED_MONTHFIRST = re.compile(r"(?<![a-z])m{1,2}([./-])[dtj]{1,2}\1(?:y{2}|y{4}|j{4}|a{4})(?![a-z])", re.I)


def stated_order(text: str) -> bool | None:
    """The numeric date order a file's header states for its dates: True for a day-first
    pattern ('DD/MM/YYYY', 'TT.MM.JJJJ'), False for month-first ('MM/DD/YYYY'), None when it
    states neither or both. Pass only the file's header: a story may quote a form's pattern."""
    dayfirst = _STATED_DAYFIRST.search(text) is not None
    monthfirst = _STATED_MONTHFIRST.search(text) is not None
    return dayfirst if dayfirst != monthfirst else None


def numeric_date(text: str, dayfirst: bool) -> dt.date | None:
    """The first all-numeric date in `text` read in the given order ('10/05/2022' day-first is
    10 May), for a document whose convention numeric_order proved."""
    m = _NUM_RE.search(text)
    if m is None:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    day, month = (a, b) if dayfirst else (b, a)
    try:
        return dt.date(int(m.group("year")), month, day)
    except ValueError:
        return None
