"""Plain-text files made of items in a repeated frame, whose metadata the item header does not
hold: the frame shared by every item layout (`Layout`, `read_source`) and the *source trailer*
layout. The newsletter layouts (numbered items, items between rule lines) are in
ingest/formats/newsletters.py.

Each layout is judged per file from the repetition of one line shape across its items (never
from one publication's wording). *Source trailers*: a press digest or a review of translations
where each item ends with the line naming its source ('— The Daily X, 3 May 2022', '[Source:
Paper, 3. Mai 2022, p. 9 | Translation: …]') just before the rule line that closes the item.
Read as headers, those lines would hand every outlet and date to the next item.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ingest.dates import numeric_date, parse_date, split_trailing_date
from ingest.formats.headers import Header
from ingest.formats.lines import MAX_OUTLET_WORDS, OUTLET_LABEL, Lines, strip_item
from ingest.formats.monitoring import read_monitoring_source
from ingest.text import SENTENCE_END, is_separator, words

LABELS_FILE = Path(__file__).resolve().parent.parent / "data" / "header_labels.toml"
MIN_ITEM_WORDS = 30  # an item holds at least a short paragraph of text besides its header
MAX_FOOTER_WORDS = 80  # what follows the last item's source line is a footer, not another item
MAX_TOP_BLOCK = 4  # kicker, original headline, headline, byline above an item's text


def _page_marks(path: Path) -> tuple[str, ...]:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    return tuple(data.get("page_marks", {}).get("abbreviations", []))


_PAGE_REF = re.compile(
    r",\s*(?:" + "|".join(re.escape(p) for p in _page_marks(LABELS_FILE)) + r")\.?\s*[A-Z]?\d+[\w-]*$", re.I
)
_SOURCE_MARK = re.compile(r"^(?:[—–]|-{1,2})\s*")  # "— The Daily X, 3 May 2022": an attribution
_SEGMENTS = re.compile(r"\s+\|\s+")
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)$")  # "(full text on Factiva)"
_NUM_TAIL = re.compile(r"^(.*?)[,\s]\s*\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d$")


@dataclass(slots=True)
class Layout:
    """The item headers of a file and the lines where text that belongs to no item starts
    (a footer, a sponsored box between items)."""

    headers: list[Header] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)


def read_source(lines: Lines, s: str) -> tuple[str, dt.date | None] | None:
    """(outlet, date) of a source line: '— Outlet, 9 May 2022', '[Source: Outlet, 3. Mai 2022,
    S. 9 | Translation: desk]', '(Source: Outlet, 4 May 2022)', '— Outlet, 06.05.2022 (note)'."""
    if not s or len(s) > 160:
        return None
    if (monitored := read_monitoring_source(s)) is not None:  # 'Source: X, Place, in Welsh 0700 gmt 17 Oct 24'
        return monitored
    marked = False
    if len(s) > 2 and s[0] in "[(" and s[-1] in "])":
        s = s[1:-1].strip()  # brackets alone mark no source ('[Back to Top]'): a date, a label or a dash must
    if (m := _SOURCE_MARK.match(s)) is not None:
        s, marked = s[m.end() :], True
    parts = _SEGMENTS.split(s)
    labelled = [p for p in parts if OUTLET_LABEL.match(p)]
    date: dt.date | None = None
    if labelled:
        s, marked = OUTLET_LABEL.sub("", labelled[0], count=1), True
        # 'SOURCE: PAPER | PAGE: 5 | DATE: 07/12/2026': the date in a field of its own
        date = next((d for p in parts if p is not labelled[0] and (d := _field_date(lines, p)) is not None), None)
    elif len(parts) > 1:
        return None
    s = _PAGE_REF.sub("", _TRAILING_NOTE.sub("", s)).strip()
    if date is not None:
        outlet = s
    elif (split := split_trailing_date(s)) is not None:
        outlet, date = split
    elif (m := _NUM_TAIL.match(s)) is not None:
        outlet = m.group(1)
        order = lines.dayfirst()
        date = numeric_date(s, order) if order is not None else parse_date(s)
    elif marked:
        outlet = s
        head = s.split(",", 1)[0].strip()
        if head != s and lines.credits.person_names(head) is not None:
            return None  # '— Anika Sorensen, Port Lowell': a letter's writer and her town, no source
    else:
        return None
    outlet = outlet.strip(" ,;|–—-:")
    if (not outlet or not outlet[0].isupper() or len(words(outlet)) > MAX_OUTLET_WORDS
            or SENTENCE_END.search(outlet) or any(c.isdigit() for c in outlet)):
        return None
    return outlet, date


_FIELD_LABEL = re.compile(r"^[^\W\d_][\w .]{0,20}:\s*")  # 'DATE: ', 'Published on: '


def _field_date(lines: Lines, part: str) -> dt.date | None:
    """The date one labelled field of a source line states ('DATE: 07/12/2026', numeric dates
    in the file's proven order), else None."""
    value = _FIELD_LABEL.sub("", part, count=1).strip()
    if not value or not any(c.isdigit() for c in value):
        return None
    if _NUM_ONLY.match(value):
        order = lines.dayfirst()
        return numeric_date(value, order) if order is not None else None
    return parse_date(value)


_NUM_ONLY = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b")


def _separators(lines: Lines) -> list[int]:
    return lines.separators()


def words_between(lines: Lines, lo: int, hi: int) -> int:
    """Words of the lines lo..hi-1 that are not rule lines: the text an item holds."""
    return sum(len(words(lines.clean[j])) for j in range(lo, hi) if not is_separator(lines.clean[j]))


def _signed_source(lines: Lines, t: int) -> tuple[int, tuple[str, dt.date | None] | None]:
    """A monitoring source line standing up to two short sign-off lines above line t."""
    j = t
    for _ in range(2):
        if len(words(lines.clean[j])) > 8:
            break
        j, _gap = lines.prev_nonblank(j)
        if j < 0:
            break
        if (src := read_monitoring_source(lines.clean[j])) is not None:
            return j, src
    return t, None


def trailer_layout(lines: Lines) -> Layout | None:
    """Items closed by a source line and a rule line (see module docstring); None unless every
    part of the file fits: two or more such items, each with text, and only a footer after."""
    seps = _separators(lines)
    if not seps:
        return None
    trailers: list[tuple[int, int, tuple[str, dt.date | None]]] = []  # (line, closing rule, source)
    for close in [*seps, len(lines)]:
        t, _ = lines.prev_nonblank(close)
        if t < 0 or (trailers and t <= trailers[-1][0]) or is_separator(lines.clean[t]):
            continue
        above, gap = lines.prev_nonblank(t)
        if above < 0 or gap == 0:
            continue  # a source line stands apart from the text it closes
        src = read_source(lines, lines.clean[t])
        if src is None:  # a monitoring item signs off under its source line (service code, "(c) BBC")
            t, src = _signed_source(lines, t)
        if src is not None:
            trailers.append((t, close, src))
    if len(trailers) < 2:
        return None
    first_t = trailers[0][0]
    start = max((s + 1 for s in seps if s < first_t), default=0)
    layout = Layout()
    for t, close, (outlet, date) in trailers:
        if words_between(lines, start, t) < MIN_ITEM_WORDS:
            return None  # an 'Outlet, date' line above a rule that opens an item: a header layout
        layout.headers.append(_item_header(lines, start, t, outlet, date))
        layout.headers[-1].lines |= {j for j in range(t + 1, close) if not lines.blank(j)}  # sign-off
        start = close + 1
    last_close = trailers[-1][1]
    if last_close < len(lines):
        if words_between(lines, last_close, len(lines)) > MAX_FOOTER_WORDS:
            return None  # an item follows the last source line: they open items, not close them
        nxt = lines.next_nonblank(last_close)
        layout.breaks = [nxt] if nxt < len(lines) else []
    return layout


def _item_header(lines: Lines, start: int, t: int, outlet: str, date: dt.date | None) -> Header:
    """Title and byline from the item's top block (the lines before its first blank); the
    headline is the title line nearest the text (under a kicker or an original-language title)."""
    f = lines.next_nonblank(start - 1)
    top: list[int] = []
    j = f
    while j < t and not lines.blank(j) and len(top) <= MAX_TOP_BLOCK:
        top.append(j)
        j += 1
    if len(top) > MAX_TOP_BLOCK:
        top = top[:1]  # no blank under the headline: only the first line is header
    title: str | None = None
    authors: list[str] = []
    used: set[int] = set()
    for j in top:
        if (names := lines.bylineish(j)) is not None:
            authors = authors or names
        elif lines.titleish(j):
            title = strip_item(lines.clean[j]) or title
        else:
            break
        used.add(j)
    head = Header(start=f, end=max(used, default=f), title=title, outlet=outlet, published_on=date,
                  authors=authors, lines={*used, t})
    return head
