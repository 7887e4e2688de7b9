"""Newsletter item layouts in plain text (see ingest/formats/items.py for the frame they share
with the source-trailer layout): *numbered items*, whose items open with '1. HEADLINE',
'2. HEADLINE' after a contents list; and *separated items*, undated items between rule lines.
An item may carry '(Source: Paper, date)' or an agency's mark; otherwise it is the
newsletter's own and takes the masthead's name and date. Kept apart from the source trailers
because everything here turns on the newsletter's own frame: its masthead, its boxed
headlines and its credit lines.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from ingest.dates import find_date
from ingest.formats.header_below import read_forward, title_fragment
from ingest.formats.headers import Header
from ingest.formats.items import MIN_ITEM_WORDS, Layout, read_source, words_between
from ingest.formats.lines import MAX_OUTLET_WORDS, Lines, more_words_than, strip_item
from ingest.text import SENTENCE_END, URL_RE, is_separator, words

_MAIL_HEADER = re.compile(r"^(from|to|cc|subject|date|sent|reply-to)\s*:\s*\S", re.I)
_NUMBERED = re.compile(r"^(\d{1,3})[.)]\s+(\S.*)$")
_LETTER_SPACED = re.compile(r"^(?:\S ){3,}\S(?: {2,}(?:\S ){1,}\S)*$")


def numbered_layout(lines: Lines) -> Layout | None:
    """'1. HEADLINE' … 'N. HEADLINE' items, each standing alone above its text (see module
    docstring); None unless the file holds such a run numbered 1..N."""
    clean = lines.clean
    n = len(clean)
    found: list[tuple[int, str]] = []
    heads: dict[int, tuple[int, str]] = {}  # item line -> (last line of its head, the whole headline)
    for i, s in enumerate(clean):
        if not (s and s[0].isdigit()) or (m := _NUMBERED.match(s)) is None:
            continue
        above, gap = lines.prev_nonblank(i)
        below = i + 1
        standalone = above < 0 or gap > 0 or is_separator(clean[above])
        # (a digest's numbered topic over the message's own 'From:' / 'Date:' lines heads a
        # member's post, not a newsletter item: the poster is no source)
        envelope = below + 1 < n and _MAIL_HEADER.match(clean[below]) and _MAIL_HEADER.match(clean[below + 1])
        alone = (below >= n or lines.blank(below) or (read_source(lines, clean[below]) is not None and not envelope)
                 or _boxed_head(lines, i) is not None)
        head = None if alone or envelope or not standalone else _item_head(lines, i)
        if standalone and (alone or head is not None) and int(m.group(1)) == len(found) + 1 and lines.titleish(i):
            found.append((i, m.group(2)))
            if head is not None:
                heads[i] = head
    if len(found) < 2:
        return None
    seps = lines.separators()
    ends = [i for i, _ in found[1:]] + [n]
    ruled = all(any(a < s < b for s in seps) for (a, _), (b, _) in pairwise(found))
    if ruled:  # a rule between every two items ('* * *'): the first one under the last item closes it
        last_sep = min((s for s in seps if s > heads.get(found[-1][0], (found[-1][0], ""))[0]
                        and not _boxed_rule(lines, s)), default=None)
    else:
        last_sep = max((s for s in seps if s > found[-1][0] and not _boxed_rule(lines, s)), default=None)
    if last_sep is not None:
        ends[-1] = last_sep  # below the last item's closing rule: the newsletter's footer
    masthead = _masthead(lines, found[0][0])
    layout = Layout()
    for (i, title), end in zip(found, ends, strict=True):
        if words_between(lines, i + 1, end) < MIN_ITEM_WORDS:
            layout.breaks.append(i)  # "6. DIARY DATES" with three list lines: a section, no article
            continue
        h = Header(start=i, end=i, title=strip_item(title), lines={i})
        below = lines.next_nonblank(i)
        if i in heads:  # '1) HEADLINE RUNNING OVER' / 'TWO LINES' / 'Outlet, date -- By X' / '(note)'
            last, title = heads[i]
            h.title, h.end = strip_item(title), last
            h.lines.update(range(i, last + 1))
            wrapped = len(title) > len(m_first(clean[i]))
            _read_head(lines, h, i + 1 + wrapped, last)
            if h.outlet is None and not _agency_credit(lines, last + 1, end):
                h.outlet, h.published_on = masthead
        elif below < end and below == i + 1 and (src := read_source(lines, clean[below])) is not None:
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


MAX_ITEM_HEAD_LINES = 5  # a headline over two lines, a credit line, a byline, a compiler's note


def _item_head(lines: Lines, i: int) -> tuple[int, str] | None:
    """(last line, headline) of a numbered item's head that is more than its one line: the
    headline wrapped over a second line ('1) SRTA BOARD APPROVES FARE OVERHAUL: $2 BASE FARE,
    DAILY AND MONTHLY' / 'CAPS'), then the source's credit line ('Harbour Gazette, Dec. 3, 2026
    -- By Jane Roe'), a byline and a compiler's note in parentheses, closed by a blank line.
    None when anything else stands under the headline (prose, a list)."""
    title = _NUMBERED.match(lines.clean[i])
    if title is None:
        return None
    headline = title.group(2)
    j = i + 1
    while j < len(lines) and not lines.blank(j) and j - i < MAX_ITEM_HEAD_LINES:
        s = lines.clean[j]
        cr = lines.credit(j)
        if (j == i + 1 and (cr is None or not (cr.dated or cr.authors)) and (lines.titleish(j) or title_fragment(s))
                and not SENTENCE_END.search(s) and (s.isupper() or not headline.isupper())):
            headline = f"{headline} {s}"  # the headline's second line (in its case: 'CAPS' under capitals)
        elif not ((cr is not None and (cr.dated or cr.authors or cr.outlet)) or lines.bylineish(j) is not None
                  or read_source(lines, s) is not None
                  # '(For background: the suspensions took effect Sunday.)': the compiler's note
                  or (s.startswith("(") and s.endswith(")") and not more_words_than(s, MAX_NOTE_WORDS))):
            return None
        j += 1
    if j >= len(lines) or not lines.blank(j) or j == i + 1:
        return None
    return j - 1, headline


def m_first(s: str) -> str:
    """The headline on an item's numbered line ('3) HEADLINE' -> 'HEADLINE')."""
    m = _NUMBERED.match(s)
    return m.group(2) if m else s


def _read_head(lines: Lines, h: Header, lo: int, hi: int) -> None:
    """The outlet, date and authors the credit lines of an item's head (lines lo..hi) state."""
    for j in range(lo, hi + 1):
        cr = lines.credit(j)
        if cr is not None and (cr.dated or cr.authors or cr.outlet):
            h.outlet = h.outlet or cr.outlet or (cr.name if cr.dated and not cr.authors else None)
            h.published_on = h.published_on or cr.date
            h.authors = h.authors or list(cr.authors)
        elif (names := lines.bylineish(j)) is not None:
            h.authors = h.authors or names
        elif (src := read_source(lines, lines.clean[j])) is not None:
            h.outlet, h.published_on = h.outlet or src[0], h.published_on or src[1]


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
    seps = [i for i in lines.separators() if rules is None or not rules.match(lines.clean[i], "end")]
    if not seps:
        return None  # ('###' ends a press release: what follows is its boilerplate, not an item)
    layout = Layout()
    bounds = [-1, *seps, len(lines)]
    row: tuple[int, Header] | None = None  # the boxed field row above the next item
    for lo, hi in pairwise(bounds):
        first = lines.next_nonblank(lo)
        if first >= hi:
            continue
        h = _block_item(lines, first, hi)
        if h is None:
            above, row = row, None
            if lines.next_nonblank(first) >= hi and (cells := boxed_row(lines, first)) is not None:
                row = first, cells
            else:
                layout.breaks.append(above[0] if above is not None else first)
                if above is not None:
                    layout.breaks.append(first)
            continue
        if row is not None:
            at, cells = row
            h.start, h.lines = at, h.lines | {at}
            h.outlet, h.published_on, h.authors = cells.outlet, cells.published_on, cells.authors
            row = None
        layout.headers.append(h)
    if row is not None:
        layout.breaks.append(row[0])
    if len(layout.headers) < 2:
        return None
    layout.breaks = [b for b in layout.breaks if b > layout.headers[0].start]
    outlet, date = _masthead(lines, layout.headers[0].start)
    for h, hi in zip(layout.headers, [*(h.start for h in layout.headers[1:]), len(lines)], strict=True):
        if not _agency_credit(lines, h.end + 1, hi):  # the newsletter's own item: its name and issue date
            h.outlet = h.outlet or outlet
            h.published_on = h.published_on or date
    return layout


_ROW = re.compile(r"^[|│](?:[^|│]*[|│]){3,}$")  # '| 04 | The Outlet | 27.10.2026 | p. 6 | Jane Roe |'


def boxed_row(lines: Lines, j: int) -> Header | None:
    """The fields of a press-cuttings item printed as one row of cells in a box of its own
    ('+----+' / '| 04 | HARBOUR GAZETTE | 27.10.2026 | p. 6 | Jane Roe, Wire Agency |' /
    '+----+'), above the headline: each cell is read by its shape (formats/credits.py), as
    the credit line's parts are. A number alone is the item's, a page reference the page; a
    date is the date (numeric dates in the file's order); a cell naming people (with their
    agency) is the byline; a publication is the outlet. An undecided name is the person
    beside a stated outlet, the outlet beside stated people; two undecided names are outlet
    and person, in that order, as cuttings services print them. None unless the row states a
    date and an outlet or a person: a table row of figures is no item's head."""
    s = lines.raw[j].strip()
    if _ROW.match(s) is None:
        return None
    cells = [c.strip() for c in re.split(r"[|│]", s[1:-1])]
    outlets: list[str] = []
    agencies: list[str] = []
    authors: list[str] = []
    names: list[str] = []
    date: dt.date | None = None
    for cell in cells:
        if not cell or cell.isdigit():
            continue  # the item's number
        found = lines.credits.read(cell, lines.dayfirst)
        if found is None:
            people = lines.credits.person_names(cell)
            if people is None or len(people) < 2:
                return None  # a cell that is neither field: not a cuttings row
            authors += people
            continue
        date = date or found.date
        if found.authors:
            authors += found.authors
            agencies += [found.outlet] if found.outlet else []
        elif found.outlet:
            outlets.append(found.outlet)
        elif found.name:
            names.append(found.name)
    if date is None:
        return None
    if not authors and names:
        authors.append(names.pop())  # the last undecided name: the person
    outlets += names
    outlet = next(iter(outlets or agencies), None)
    if outlet is None and not authors:
        return None
    return Header(start=j, end=j, outlet=outlet, published_on=date, authors=list(dict.fromkeys(authors)),
                  lines={j})


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
        if words_between(lines, unit[0], unit[-1] + 1) < 15 or lines.boilerplate(lines.clean[unit[0]]):
            continue
        note = k >= 2 and _editor_note(lines, units[k - 1]) and len(units[k - 2]) <= 2
        top = k - 1 - note  # (a compiler's note under the headline: '(Also filed under …)')
        if k == 0 or len(units[top]) > 2 or not lines.titleish(units[top][0]):
            return None  # the first prose has no headline of its own above it
        if words_between(lines, unit[0], hi) < MIN_ITEM_WORDS:
            return None
        head = units[top]
        credit: int | None = head[1] if len(head) == 2 else None  # 'Headline' / 'By X'
        if (len(head) == 1 and not note and k >= 2 and len(units[k - 2]) == 1 and lines.titleish(units[k - 2][0])
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


MAX_NOTE_WORDS = 20


def _editor_note(lines: Lines, unit: list[int]) -> bool:
    """One short line wholly in parentheses between a headline and its text: the compiler's
    note ('(Also filed under Ports, item 4.)', '(See also page 3)'), no part of the text. An
    agency's mark ('(dpa)', '(Reuters)') is no note: it says whose item this is (_agency_credit)."""
    s = lines.clean[unit[0]]
    return (len(unit) == 1 and s.startswith("(") and s.endswith(")") and s.count("(") == 1
            and _AGENCY_MARK.match(s) is None and not more_words_than(s, MAX_NOTE_WORDS))


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
