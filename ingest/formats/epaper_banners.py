"""Page banners of e-paper prints and text exports, the export header's paper and issue date,
and the print's closing notice (the layouts are described in ingest/formats/epaper.py, which
reads the stories under the banners). Kept apart so that sniffing a file needs only this."""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ingest.dates import find_date
from ingest.text import normalize_spaces

DATA_FILE = Path(__file__).parent.parent / "data" / "epaper.toml"
_RULE = "═=━─_*#~-"
_BANNER = re.compile(rf"^\s*[{_RULE}]{{3,}}\s*(?P<inner>\S.*?\S)\s*[{_RULE}]{{3,}}\s*$")
_PAGE = re.compile(r"\b(?:page|p\.)\s*(?P<page>[A-Z]?\d{1,3})\b", re.I)
_PAGE_LINE = re.compile(r"^\s*(?:page|p\.)\s*[A-Z]?\d{1,3}\b", re.I)  # a framed banner opens with its page
PARTS = re.compile(r"\s+[·|•—–]\s+|\s+-\s+")
CLOSING_RULE = re.compile(rf"^\s*[{_RULE}]{{10,}}\s*$")
MAX_BANNER_CHARS = 100  # a framed banner's line: the page and a section or two
CLOSING_LINES = 4  # lines of the print's closing notice under its last rule


@dataclass(frozen=True, slots=True)
class Mark:
    """A page banner: its first line (a framed banner's upper rule), the line naming the page,
    the first line under it, and what it states."""

    top: int
    line: int
    below: int
    outlet: str | None
    date: dt.date | None
    page: str


@dataclass(frozen=True, slots=True)
class _Words:
    service: tuple[str, ...]
    edition: re.Pattern[str]


@functools.lru_cache(maxsize=2)
def _words(path: Path = DATA_FILE) -> _Words:
    with open(path, "rb") as fh:
        data = tomllib.load(fh).get("header", {})
    edition = "|".join(re.escape(w) for w in sorted(data.get("edition_words", []), key=len, reverse=True))
    return _Words(tuple(w.lower() for w in data.get("service_words", [])),
                  re.compile(rf"(?<!\w)(?:{edition or '(?!)'})(?!\w)", re.I))


def banner(line: str) -> tuple[str | None, dt.date | None, str] | None:
    """(outlet, date, page) of a page banner line, else None."""
    if "age" not in line and "p." not in line:  # cheap pre-check: every banner names its page
        return None
    m = _BANNER.match(line)
    if not m or not (page := _PAGE.search(m.group("inner"))):
        return None
    outlet = date = None
    for part in PARTS.split(m.group("inner")):
        part = part.strip()
        found = find_date(part)
        if found and date is None:
            date = found[0]
        elif not _PAGE.fullmatch(part) and outlet is None and part:
            outlet = part
    return outlet, date, page.group("page")


def _framed(lines: list[str], i: int) -> tuple[list[str], dt.date | None, str] | None:
    """(other parts, date, page) of a line naming a page between two rule lines ('Page 3 |
    Hyderabad'), else None. Its other parts name the page's section, or the paper when every
    banner repeats them (_marks)."""
    s = lines[i]
    if len(s) > MAX_BANNER_CHARS or not _PAGE_LINE.match(s) or not 0 < i < len(lines) - 1:
        return None
    if not (CLOSING_RULE.match(lines[i - 1]) and CLOSING_RULE.match(lines[i + 1])):
        return None
    page = _PAGE.search(s)
    if page is None:
        return None
    parts = [p.strip() for p in PARTS.split(s.strip())[1:] if p.strip()]
    dates = [found[0] for p in parts if (found := find_date(p))]
    return [p for p in parts if not find_date(p)], dates[0] if dates else None, page.group("page")


def marks(lines: list[str]) -> list[Mark]:
    """Every page banner, framed or on one line, in order."""
    marks: list[Mark] = []
    framed: list[tuple[int, list[str], dt.date | None, str]] = []
    for i, line in enumerate(lines):
        head = line.lstrip()[:1]
        if not head:
            continue
        if head in _RULE and (b := banner(line)):
            marks.append(Mark(i, i, i + 1, *b))
        elif head in "Pp" and (f := _framed(lines, i)):
            framed.append((i, *f))
    if framed:
        common = set(framed[0][1]).intersection(*(f[1] for f in framed[1:])) if len(framed) >= 2 else set()
        paper = next((p for p in framed[0][1] if p in common), None)  # a name every banner repeats
        marks.extend(Mark(i - 1, i, i + 2, paper, date, page) for i, _, date, page in framed)
        marks.sort(key=lambda m: m.top)
    return marks


def issue(header: list[str]) -> tuple[str | None, dt.date | None]:
    """(paper, issue date) an export's header states: the name beside a service word ('Deccan
    Ledger e-Paper'), the date on the line naming the edition or issue (not an export time)."""
    words = _words()
    paper = date = None
    for line in header:
        s = normalize_spaces(line)
        low = s.lower()
        if paper is None and (word := next((w for w in words.service if w in low), None)):
            at = low.index(word)  # the name before the service word ('X e-Paper - City'), else after it
            name = PARTS.split(s[:at].strip(" -–—|·:,") or s[at + len(word):].strip(" -–—|·:,"))[0].strip()
            paper = name if name and len(name.split()) <= 6 and not find_date(name) else None
        if date is None and words.edition.search(s) and (found := find_date(s)):
            date = found[0]
    return paper, date


def sniff(text: str) -> bool:
    """Two or more page banners, one at least naming the paper or the issue date: an e-paper
    print. Banners that name a page and nothing else ('=== page 2 ===') only number the pages
    of a file of pasted web pages, each its own site's (the plain-text reader's file); framed
    ones ('Page 3 | Hyderabad' between rules) make an export when its header names the e-paper
    service (epaper.toml)."""
    count = 0
    named = False
    lines = text[:400_000].split("\n")
    first_framed = -1
    for i, line in enumerate(lines):
        head = line.lstrip()[:1]
        if not head:
            continue
        if head in _RULE and (b := banner(line)):
            count += 1
            named = named or b[0] is not None or b[1] is not None
        elif head in "Pp" and (f := _framed(lines, i)):
            count += 1
            named = named or f[1] is not None
            first_framed = i if first_framed < 0 else first_framed
        else:
            continue
        if count >= 2 and named:
            return True
    return count >= 2 and first_framed > 0 and issue(lines[: first_framed - 1])[0] is not None


def closing(lines: list[str], after: int) -> int:
    """Where the print's closing notice starts: the first rule after the last banner with no
    more than CLOSING_LINES lines of text under it (a rule between two stories has a story)."""
    for k in range(after, len(lines)):
        if CLOSING_RULE.match(lines[k]):
            rest = sum(1 for s in lines[k + 1 :] if s.strip() and not CLOSING_RULE.match(s))
            if rest <= CLOSING_LINES:
                return k
    return len(lines)
