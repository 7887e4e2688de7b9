"""Plain-text files made of items in a repeated frame, whose metadata the item header does not hold.

Two layouts a human archivist recognises at a glance, both judged per file from the
repetition of one line shape across its items (never from one publication's wording):

- *source trailers*: a press digest or a review of translations where each item ends with the
  line naming its source ('— The Daily X, 3 May 2022', '[Source: Paper, 3. Mai 2022, p. 9 |
  Translation: …]') just before the rule line that closes the item. Read as headers, those
  lines would hand every outlet and date to the next item.
- *numbered items*: a newsletter whose items open with '1. HEADLINE', '2. HEADLINE' after a
  contents list; an item may carry '(Source: Paper, date)' under its headline, otherwise it
  is the newsletter's own and takes the masthead's name and date.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from ingest.dates import find_date, numeric_date, parse_date, split_trailing_date
from ingest.formats.headers import Header, read_forward
from ingest.formats.lines import MAX_OUTLET_WORDS, OUTLET_LABEL, Lines, strip_item
from ingest.formats.monitoring import read_monitoring_source
from ingest.text import SENTENCE_END, URL_RE, is_separator, words

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
_MAIL_HEADER = re.compile(r"^(from|to|cc|subject|date|sent|reply-to)\s*:\s*\S", re.I)
_NUMBERED = re.compile(r"^(\d{1,3})[.)]\s+(\S.*)$")
_LETTER_SPACED = re.compile(r"^(?:\S ){3,}\S(?: {2,}(?:\S ){1,}\S)*$")


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
        s, marked = s[1:-1].strip(), True
    if (m := _SOURCE_MARK.match(s)) is not None:
        s, marked = s[m.end() :], True
    parts = _SEGMENTS.split(s)
    labelled = [p for p in parts if OUTLET_LABEL.match(p)]
    if labelled:
        s, marked = OUTLET_LABEL.sub("", labelled[0], count=1), True
    elif len(parts) > 1:
        return None
    s = _PAGE_REF.sub("", _TRAILING_NOTE.sub("", s)).strip()
    date: dt.date | None = None
    if (split := split_trailing_date(s)) is not None:
        outlet, date = split
    elif (m := _NUM_TAIL.match(s)) is not None:
        outlet = m.group(1)
        order = lines.dayfirst()
        date = numeric_date(s, order) if order is not None else parse_date(s)
    elif marked:
        outlet = s
    else:
        return None
    outlet = outlet.strip(" ,;|–—-:")
    if (not outlet or not outlet[0].isupper() or len(words(outlet)) > MAX_OUTLET_WORDS
            or SENTENCE_END.search(outlet) or any(c.isdigit() for c in outlet)):
        return None
    return outlet, date


def _separators(lines: Lines) -> list[int]:
    return lines.separators()


def _words_between(lines: Lines, lo: int, hi: int) -> int:
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
        if _words_between(lines, start, t) < MIN_ITEM_WORDS:
            return None  # an 'Outlet, date' line above a rule that opens an item: a header layout
        layout.headers.append(_item_header(lines, start, t, outlet, date))
        layout.headers[-1].lines |= {j for j in range(t + 1, close) if not lines.blank(j)}  # sign-off
        start = close + 1
    last_close = trailers[-1][1]
    if last_close < len(lines):
        if _words_between(lines, last_close, len(lines)) > MAX_FOOTER_WORDS:
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


def numbered_layout(lines: Lines) -> Layout | None:
    """'1. HEADLINE' … 'N. HEADLINE' items, each standing alone above its text (see module
    docstring); None unless the file holds such a run numbered 1..N."""
    clean = lines.clean
    n = len(clean)
    found: list[tuple[int, str]] = []
    for i, s in enumerate(clean):
        if not (s and s[0].isdigit()) or (m := _NUMBERED.match(s)) is None:
            continue
        above, gap = lines.prev_nonblank(i)
        below = i + 1
        standalone = above < 0 or gap > 0 or is_separator(clean[above])
        alone = (below >= n or lines.blank(below) or read_source(lines, clean[below]) is not None
                 or _boxed_head(lines, i) is not None)
        if standalone and alone and int(m.group(1)) == len(found) + 1 and lines.titleish(i):
            found.append((i, m.group(2)))
    if len(found) < 2:
        return None
    seps = _separators(lines)
    ends = [i for i, _ in found[1:]] + [n]
    last_sep = max((s for s in seps if s > found[-1][0] and not _boxed_rule(lines, s)), default=None)
    if last_sep is not None:
        ends[-1] = last_sep  # below the last item's closing rule: the newsletter's footer
    masthead = _masthead(lines, found[0][0])
    layout = Layout()
    for (i, title), end in zip(found, ends, strict=True):
        if _words_between(lines, i + 1, end) < MIN_ITEM_WORDS:
            layout.breaks.append(i)  # "6. DIARY DATES" with three list lines: a section, no article
            continue
        h = Header(start=i, end=i, title=strip_item(title), lines={i})
        below = lines.next_nonblank(i)
        if below < end and below == i + 1 and (src := read_source(lines, clean[below])) is not None:
            h.outlet, h.published_on = src
            h.lines.add(below)
            h.end = below
        elif not _agency_credit(lines, i + 1, end):
            h.outlet, h.published_on = masthead  # the newsletter's own item, not an agency's
        read_forward(lines, h)
        if (rule := _boxed_head(lines, i)) is not None and rule > h.end:
            h.lines.update(range(h.end + 1, rule + 1))  # "From wire reports" inside the box: a credit, no text
            h.end = rule
        layout.headers.append(h)
    if len(layout.headers) < 2:
        return None
    if ends[-1] < n:
        nxt = lines.next_nonblank(ends[-1])
        layout.breaks += [nxt] if nxt < n else []
    return layout


_AGENCY = r"\(\w[\w.-]*(?: \w[\w.-]*){0,2}\)"  # "(dpa)", "(PTI)", "(Reuters)"
_AGENCY_MARK = re.compile(rf"^{_AGENCY}$|^[A-Z][\w .,'’-]{{1,60}}{_AGENCY}\s*[—–-]")


def _agency_credit(lines: Lines, lo: int, hi: int) -> bool:
    """An item the newsletter reproduces from elsewhere: its text opens with a wire dateline
    ('Husum, Germany (dpa) -'), closes with the agency's mark alone on a line ('(PTI)') or with
    a link to the full story. The masthead's name and issue date are not its own."""
    prose = [j for j in range(lo, hi) if lines.clean[j] and not is_separator(lines.clean[j])]
    if not prose:
        return False
    last = lines.clean[prose[-1]]
    if (m := URL_RE.search(last)) is not None and len(words(last[: m.start()])) <= 4:
        return True  # 'Continue reading → https://…': a teaser of a story published elsewhere
    return any(_AGENCY_MARK.match(lines.clean[j]) is not None for j in (prose[0], prose[-1]))


def _boxed_rule(lines: Lines, j: int) -> bool:
    """The rule under a boxed headline (it closes the head, not the item)."""
    k, gap = lines.prev_nonblank(j)
    for _ in range(1 + MAX_BOXED_LINES):
        if k < 0 or gap > 0:
            return False
        if _NUMBERED.match(lines.clean[k]) and _boxed_head(lines, k) == j:
            return True
        k, gap = lines.prev_nonblank(k)
    return False


MAX_BOXED_LINES = 2  # credit lines between a boxed headline and the rule under it


def _boxed_head(lines: Lines, i: int) -> int | None:
    """The rule that closes a headline set in a box ('-----' / '3. HEADLINE' / 'By X' / '-----'),
    at most two short credit lines below it; None when the headline is not boxed."""
    above, gap = lines.prev_nonblank(i)
    if above < 0 or gap > 0 or not is_separator(lines.clean[above]):
        return None
    for j in range(i + 1, min(i + 2 + MAX_BOXED_LINES, len(lines))):
        s = lines.clean[j]
        if not s:
            return None
        if is_separator(s):
            return j
        if SENTENCE_END.search(s) or len(words(s)) > 12:
            return None
    return None


def separated_layout(lines: Lines) -> Layout | None:
    """A newsletter of undated items between rule lines: in each block, the headline is the
    single title line just above the first paragraph of prose (a masthead, a 'view in browser'
    line or a section kicker may stand above it); blocks without one (a sponsored box, the
    footer) belong to no item. None unless two or more blocks hold an item."""
    rules = lines.ctx.rules
    seps = [i for i in _separators(lines) if rules is None or not rules.match(lines.clean[i], "end")]
    if not seps:
        return None  # ('###' ends a press release: what follows is its boilerplate, not an item)
    layout = Layout()
    bounds = [-1, *seps, len(lines)]
    for lo, hi in pairwise(bounds):
        first = lines.next_nonblank(lo)
        if first >= hi:
            continue
        h = _block_item(lines, first, hi)
        if h is None:
            layout.breaks.append(first)
        else:
            layout.headers.append(h)
    if len(layout.headers) < 2:
        return None
    layout.breaks = [b for b in layout.breaks if b > layout.headers[0].start]
    outlet, date = _masthead(lines, layout.headers[0].start)
    for h, hi in zip(layout.headers, [*(h.start for h in layout.headers[1:]), len(lines)], strict=True):
        if not _agency_credit(lines, h.end + 1, hi):  # the newsletter's own item: its name and issue date
            h.outlet = h.outlet or outlet
            h.published_on = h.published_on or date
    return layout


def _units(lines: Lines, lo: int, hi: int) -> list[list[int]]:
    """Blank-separated runs of lines in lo..hi-1."""
    units: list[list[int]] = []
    cur: list[int] = []
    for j in range(lo, hi):
        if lines.blank(j):
            if cur:
                units.append(cur)
            cur = []
        else:
            cur.append(j)
    if cur:
        units.append(cur)
    return units


def _block_item(lines: Lines, lo: int, hi: int) -> Header | None:
    units = _units(lines, lo, hi)
    for k, unit in enumerate(units):
        if _words_between(lines, unit[0], unit[-1] + 1) < 15 or lines.boilerplate(lines.clean[unit[0]]):
            continue
        if k == 0 or len(units[k - 1]) > 2 or not lines.titleish(units[k - 1][0]):
            return None  # the first prose has no headline of its own above it
        if _words_between(lines, unit[0], hi) < MIN_ITEM_WORDS:
            return None
        head = units[k - 1]
        credit: int | None = head[1] if len(head) == 2 else None  # 'Headline' / 'By X'
        if (len(head) == 1 and k >= 2 and len(units[k - 2]) == 1 and lines.titleish(units[k - 2][0])
                and _credit_line(lines, head[0]) is not None):
            head, credit = units[k - 2], head[0]  # 'Headline' / (blank) / 'Jane Roe, Editor'
        used = {j for u in units[:k] for j in u}
        h = Header(start=lo, end=units[k - 1][-1], title=strip_item(lines.clean[head[0]]), lines=used)
        if credit is not None:
            if (found := _credit_line(lines, credit)) is None:
                return None
            h.authors, h.published_on = found
        return h
    return None


def _credit_line(lines: Lines, j: int) -> tuple[list[str], dt.date | None] | None:
    """The credit under an item's headline: 'By X', 'Jane Roe, Editor', 'Jane Roe · 10 March
    2021' (a person beside a date) or 'Jane Roe, Leeds' (a reader signs with the place)."""
    if (names := lines.bylineish(j)) is not None:
        return names, None
    cr = lines.credit(j)
    if cr is not None and cr.dated and cr.outlet is None and (
            cr.authors or (cr.name and lines.credits.person_names(cr.name))):
        return list(cr.authors) or [cr.name or ""], cr.date
    s = lines.clean[j]
    name, _, place = s.partition(", ")
    if (place and not SENTENCE_END.search(s) and len(place.split()) <= 3 and place.istitle()
            and not any(c.isdigit() for c in s) and (names := lines.credits.person_names(name))):
        return names, None
    return None


def _masthead(lines: Lines, stop: int) -> tuple[str | None, dt.date | None]:
    """The newsletter's name (its first line, letter-spacing undone) and its issue date (the
    first date in its first lines): what its own items are published under."""
    outlet: str | None = None
    date: dt.date | None = None
    seen = 0
    for j in range(stop):
        s = lines.clean[j]
        if not s or is_separator(s) or _MAIL_HEADER.match(s) or lines.boilerplate(s) is not None:
            continue  # the mail's own headers and 'View this email in your browser' name no issue
        seen += 1
        if outlet is None and seen == 1:
            raw = lines.raw[j].strip()
            spaced = _LETTER_SPACED.match(raw) is not None  # "W A T E R W A Y S   B U L L E T I N"
            name = " ".join("".join(part.split(" ")) for part in re.split(r" {2,}", raw)) if spaced else s
            if len(words(name)) <= MAX_OUTLET_WORDS and not SENTENCE_END.search(name):
                outlet = name
        if date is None and (found := find_date(s)) is not None:
            date = found[0]
        if seen >= 6:
            break
    return outlet, date
