"""Labelled facts a page shows outside its markup: 'Author Julian Roe', 'Date: 10.06.2013',
'Veröffentlicht am 07.06.2019' — a label from ingest/data/header_labels.toml, then the value
on the same line or the next. The last step of the metadata cascade (ingest/formats/html_meta.py),
read only where JSON-LD, meta tags and byline or <time> elements said nothing.

Blocks about other stories or by readers (comments, related teasers) and page chrome
(navigation, footers, forms) are skipped, so an event list's 'Date' or a commenter's name is
never the article's. Dotted all-numeric dates ('10.06.2013') are day-first: the dot is the
day-first convention's separator (German, French, Russian, ... usage); month-first dates are
written with slashes, which stay ambiguous as everywhere else in the archive.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

from bs4 import BeautifulSoup, Comment, Doctype, ProcessingInstruction, Tag
from bs4.element import NavigableString, PageElement

from ingest.dates import parse_date, span_start
from ingest.text import normalize_spaces

LABELS_FILE = Path(__file__).parent.parent / "data" / "header_labels.toml"
_CHROME = ["script", "style", "noscript", "nav", "footer", "aside", "form", "header", "template"]
_DOTTED = re.compile(r"(?<![\d.])([0-3]?\d)\.([01]?\d)\.((?:19|20)\d\d)(?![\d.])")
MAX_LINE = 80  # a label and its value fit a short line; longer lines are prose
# '26, Abril, 2022': a date box that sets its day, month name and year apart with commas (as
# Latin American and some US CMSes print it); read as '26 Abril 2022'. A word between, never
# a number, so '3, 4, 2022' stays unread.
_COMMA_DATE = re.compile(r"(?<![\d,])([0-3]?\d),\s+([^\W\d_]{3,}\.?),?\s+((?:19|20)\d\d)(?!\d)")


@functools.lru_cache(maxsize=2)
def _label_res(path: Path = LABELS_FILE) -> dict[str, re.Pattern[str]]:
    """field -> 'label [:] [joiner] value' matcher; the value may also stand on the next line."""
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    joiners = "|".join(re.escape(j) for j in data["credit"]["date_joiners"])
    out = {}
    for name in ("authors", "date"):
        labels = "|".join(re.escape(x) for x in sorted(data["labels"][name], key=len, reverse=True))
        out[name] = re.compile(rf"^(?:{labels})\b\s*:?\s*(?:(?:{joiners})\s+)?(?P<value>.*)$", re.I)
    return out


def _lines(soup: BeautifulSoup, elsewhere: re.Pattern[str]) -> Iterator[str]:
    """The page's text nodes in order, one line each, chrome and elsewhere blocks skipped. An
    explicit stack, not recursion: some saved pages nest tens of thousands of elements deep."""
    stack: list[PageElement] = [soup.body or soup]
    while stack:
        node = stack.pop()
        if isinstance(node, Comment | Doctype | ProcessingInstruction):
            continue
        if isinstance(node, NavigableString):
            for line in str(node).split("\n"):
                if line := normalize_spaces(line):
                    yield line
            continue
        if not isinstance(node, Tag) or node.name in _CHROME:
            continue
        marks = " ".join([*(node.get("class") or []), str(node.get("id") or "")])
        if node.name not in ("body", "html") and marks.strip() and elsewhere.search(marks):
            continue
        stack.extend(reversed(node.contents))


def shown_date(value: str) -> dt.date | None:
    """A date as a page prints it: any full date the archive reads (a span's first day: 'from
    Dec. 6 to Dec. 7, 2026'), else a dotted day-first one."""
    found = span_start(value) or parse_date(_COMMA_DATE.sub(r"\1 \2 \3", value))
    if found is not None:
        return found
    m = _DOTTED.search(value)
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None
    except ValueError:
        return None


def labelled(soup: BeautifulSoup, elsewhere: re.Pattern[str]) -> tuple[dt.date | None, list[str]]:
    """The first labelled date and the raw value of the first labelled author line."""
    res = _label_res()
    lines = [x for x in _lines(soup, elsewhere) if len(x) <= MAX_LINE]
    date: dt.date | None = None
    authors: list[str] = []
    for i, line in enumerate(lines):
        for name, pattern in res.items():
            m = pattern.match(line)
            if m is None:
                continue
            value = m.group("value") or (lines[i + 1] if i + 1 < len(lines) else "")
            if name == "date" and date is None:
                date = shown_date(value)
            elif name == "authors" and not authors and value:
                authors = [value]
    return date, authors
