"""The scan of a plain-text dump for its header blocks (see ingest/formats/plaintext.py): which
lines may anchor a header, which kind of header each anchor opens, and the 'Title / By X'
page header used when no line anchors one. Kept apart from the splitting into articles, which
only needs the headers found; the anchors' own reading is in ingest/formats/headers.py.
"""

from __future__ import annotations

import datetime as dt

from ingest.dates import has_year
from ingest.formats.clip_lines import (
    CLIP_ENDS,
    clip_open,
    clip_shaped,
    headline_credit,
    yearless_credit,
    yearless_shaped,
)
from ingest.formats.digestparts import post_stamp
from ingest.formats.fields import field_block_header_at, multi_field
from ingest.formats.header_below import read_forward
from ingest.formats.header_vocab import item_mark
from ingest.formats.headers import Header, byline_header_at, header_at, labelled_header_at, sentence_headline_above
from ingest.formats.line_forms import dated_byline, labelled_date
from ingest.formats.lines import Lines, strip_item
from ingest.text import is_separator


def find_headers(lines: Lines) -> list[Header]:
    """Every header block, in order. Dated and labelled headers first; a byline under a title
    ('Title / Outlet / By X' with no date) anchors one only well clear of the previous header,
    where it cannot be a byline under a standfirst."""
    headers: list[Header] = []
    clean = lines.clean
    floor = -1  # nothing at or above this line may join a new header
    pending: list[int] = []  # anchors under a headline written as sentences (sentence_headline_above)
    for i in anchor_candidates(lines):
        if i <= floor or post_stamp(clean, i):
            continue  # inside the header just read; a web digest's post stamp dates the post, not a story
        s = clean[i]
        h = None
        if (s[-1] in CLIP_ENDS or "): " in s) and (clip := headline_credit(lines, i)) is not None:
            h = clip_header(lines, i, *clip)  # 'Harbour Gazette: “Headline” (Dec. 6)' (clip_lines.py)
        elif ":" in s and (lab := lines.label(i)) is not None and lab[0] == "title":
            h = labelled_header_at(lines, i, floor)
        elif ":" in s and multi_field(lines, i) and (fb := field_block_header_at(lines, i, floor)) is not None:
            h = fb  # a clip's metadata form: 'Publication: X    Date: Y' with the headline below
        elif has_year(s) and (lines.date(i) or labelled_date(s) or lines.outlet_date(i) or dated_byline(lines, i)
                              or _credit_anchor(lines, i)):
            h = header_at(lines, i, floor)
            if h is None and sentence_headline_above(lines, i, floor):
                pending.append(i)
        elif lines.byline(i) is not None and _clear_of(lines, floor, i) and not _dated_below(lines, i):
            h = byline_header_at(lines, i, floor)
        elif s[-1:].isdigit() and (dated := yearless_credit(lines, i)) is not None:
            h = _yearless_header(lines, i, floor, *dated)  # 'Title / Harbour Gazette, Dec. 6' in a dated packet
        if h is not None:
            _take_item_mark(lines, h, floor)
            headers.append(h)
            floor = h.end
    if pending and len(headers) >= 2 and all(h.title for h in headers):
        headers = _sentence_headlines(lines, headers, pending)
    return headers


def _sentence_headlines(lines: Lines, headers: list[Header], pending: list[int]) -> list[Header]:
    """The headers whose headline is written as sentences ('Fare capping is a good start. Now fix
    the schedules.'), read once the file's other headers have shown its layout: every one has its
    title over its credit line, so a credit line naming the outlet under such a line is a header
    too, not a date in the article above."""
    out = list(headers)
    for a in pending:
        k = sum(1 for h in out if h.start <= a)
        floor = out[k - 1].end if k else -1
        if a <= floor:
            continue
        h = header_at(lines, a, floor, headline=True)
        if h is None or (k < len(out) and h.end >= out[k].start):
            continue
        _take_item_mark(lines, h, floor)
        out.insert(k, h)
    return out


def anchor_candidates(lines: Lines) -> list[int]:
    """The lines find_headers has to test, in order: a title label needs its colon, every date
    anchor states a year, and a byline anchor starts with an opener. Any other line fails all
    three branches, so skipping it changes nothing; most of a dump is such prose."""
    may_open = lines.ctx.bylines.may_open
    # (a one-line clip header, clip_lines.py, may hold none of these: it ends in its date, its
    # bracket or its headline's quotation mark; one with a colon is a candidate already)
    return [i for i, s in enumerate(lines.clean)
            if s and (":" in s or has_year(s) or may_open(s) or (s[-1] in CLIP_ENDS and _clip_line(s)))]


def _clip_line(s: str) -> bool:
    """A one-line clip header's shape, or a yearless credit line's ('Harbour Gazette, Dec. 6')."""
    return (clip_shaped(s) and clip_open(s)) or (s[-1:].isdigit() and s[:1].isupper() and yearless_shaped(s))


def _yearless_header(lines: Lines, i: int, floor: int, outlet: str, date: dt.date) -> Header | None:
    """'Headline' / 'Harbour Gazette, Dec. 6' / 'By Jane Roe' in a packet dated on top: the
    headline is the title line right above, opening a block (clip_lines.yearless_credit)."""
    j, gap = lines.prev_nonblank(i)
    if j <= floor or gap or not lines.titleish(j):
        return None
    if lines.outletish(j) and lines.ctx.outlets.nameplate(lines.clean[j]):
        return None  # 'Harbour Gazette' over 'Tidewater Courier, Mar. 2': no headline
    above, _ = lines.prev_nonblank(j)
    if not (above <= floor or lines.blank(j - 1) or is_separator(lines.clean[above])):
        return None
    h = Header(start=j, end=i, title=strip_item(lines.clean[j]), outlet=outlet, published_on=date, lines={j, i})
    read_forward(lines, h)
    return h


def clip_header(lines: Lines, i: int, outlet: str, title: str, date: dt.date | None) -> Header:
    """The header of a one-line clip header at line i: the line itself, then what stands under
    it (read_forward: a byline, the item's address); a person's name alone right under it, over
    the text, is the byline ('Jane Roe' with no 'By', as a compiler types it)."""
    h = Header(start=i, end=i, title=title, outlet=outlet, published_on=date, lines={i})
    j = i + 1
    if j < len(lines) and not lines.blank(j) and lines.byline(j) is None:
        cr = lines.credit(j)
        if cr is not None and cr.name is not None and cr.parts == 1 and not cr.dated and not cr.authors:
            names = lines.credits.person_names(cr.name)
            if names is not None and len(names) == 1:
                h.authors, h.end = names, j
                h.lines.add(j)
    read_forward(lines, h)
    return h


def _take_item_mark(lines: Lines, h: Header, floor: int) -> None:
    """'Nr. 4' / 'Item 12' / '(2)' right above a header numbers the item: header, not the tail
    of the item before."""
    j, gap = lines.prev_nonblank(h.start)
    if j > floor and gap <= 1 and item_mark(lines.clean[j]):
        h.start = j
        h.lines.add(j)


def _credit_anchor(lines: Lines, i: int) -> bool:
    """A credit line naming people beside an outlet or a date ('Jane Roe | Gazette | 4/5/2024'),
    or an outlet beside a date only the file's order could read ('Gazette, 4/5/2024').
    Only a line stating a year anchors: a dateless 'Jane Roe | Gazette' is read as part of the
    header around a dated or bylined anchor, never as the anchor itself (anchor_candidates
    skips such lines, and the plain loop in tests/parse_reference.py must agree)."""
    if not has_year(lines.clean[i]):
        return False
    cr = lines.credit(i)
    return cr is not None and (cr.full or (cr.dated and cr.outlet is not None))


def _dated_below(lines: Lines, i: int) -> bool:
    """A date anchor within the next lines ('Title / By X / Outlet, date'): it reads the header."""
    j = i
    for _ in range(3):
        j = lines.next_nonblank(j)
        if j >= len(lines):
            return False
        if lines.date(j) or lines.outlet_date(j):
            return True
    return False


def _clear_of(lines: Lines, floor: int, i: int) -> bool:
    return floor < 0 or sum(1 for j in range(floor + 1, i) if not lines.blank(j)) >= 4


def byline_page_header(lines: Lines) -> Header | None:
    """A page with no dated header: 'Title / By X' at the top of the file."""
    first = lines.next_nonblank(-1)
    if first >= len(lines) or not lines.titleish(first):
        return None
    second = lines.next_nonblank(first)
    if second < len(lines) and (names := lines.byline(second)):
        h = Header(start=first, end=second, title=lines.clean[first], authors=names, lines={first, second})
        read_forward(lines, h)
        return h
    return None
