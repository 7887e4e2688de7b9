"""Header blocks of plain-text dumps: where an article starts and what it states about itself.

A header is anchored on a line that states a full date ("Sept 28 2020", "Global Research,
October 15, 2020", "13 Mar 2023 | Aldermoor Echo") or on a labelled block ("Title: …",
"Source: …", "Date: …"). From a date anchor we read:
- upwards, a stack of header-like lines (title, kicker, outlet, byline, slug), then assign
  roles from the anchor outwards: bylines give authors; the nearest other line is the outlet
  when the anchor has none and a title stands above it; the nearest block of adjacent title
  lines is the title (a kicker such as "VALENCIA" or a wire slug on its first line is not);
- downwards, bylines, times, label lines and a title fragment; and, when nothing above was a
  title but the anchor named the outlet ("[Clip 01] Outlet — 5 June 2023"), the title below.
Everything is judged on the shape of lines (length, punctuation, position, vocabulary from
the data files), never on one outlet's wording.
The lines below an anchor are read by ingest/formats/header_below.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ingest.formats.credits import title_case
from ingest.formats.digestparts import head_line
from ingest.formats.header_below import apply_label, bare_names, read_forward, title_below, title_fragment
from ingest.formats.header_vocab import header_furniture
from ingest.formats.line_forms import dated_byline, furniture, generic_label, labelled_date, sentence_headline
from ingest.formats.lines import SLUG, Lines, strip_item
from ingest.formats.roles import credit_roles
from ingest.text import is_separator, is_url_line

# "Thursday, 05/11/2026" reads as "Outlet, date", but a weekday before a date names no paper.
_WEEKDAY = re.compile(r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?$", re.I)
# A Spanish-press stamp line: the place the story was filed, a dash, the date, a dash, the time.
_PLACE_STAMP = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+)? [-–—] .{6,30}? [-–—] \d{1,2}[:.h]\d{2}\b")
MAX_STACK = 7  # header lines above an anchor: kicker, title (2 lines), subtitle, byline, outlet, slug


@dataclass(slots=True)
class Header:
    start: int  # 0-based index of the first header line
    end: int  # 0-based index of the last header line
    title: str | None = None
    outlet: str | None = None
    published_on: dt.date | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    lines: set[int] = field(default_factory=set)


def _stack_above(lines: Lines, a: int, floor: int, headline: bool = False) -> list[int]:
    """Header-like lines above the anchor, nearest first, up to a paragraph, a wide gap or the
    previous header; a glued sentence above the top line means we are inside prose (trimmed).
    `headline`: the line right above the anchor is its headline though written as sentences
    (sentence_headline_above)."""
    stack: list[int] = []
    real = 0  # lines other than platform furniture, which may stand apart ("Follow" / "6 min read")
    j, gap = lines.prev_nonblank(a)
    if headline:
        above, gap = lines.prev_nonblank(j)
        lead = above > floor and not gap and lead_in_line(lines.clean[above])
        return [j, above] if lead else [j]  # ('Also worth a read:' over it: the compiler's lead-in)
    while j > floor and real < MAX_STACK and gap <= (2 if not real else 1):
        s = lines.clean[j]
        if header_furniture(s):
            stack.append(j)
            j, gap = lines.prev_nonblank(j)
            continue
        if not (lines.titleish(j) or lines.bylineish(j) is not None or lines.dateish(j) or furniture(s)
                or (not real and _wrapped_title_end(lines, j, floor))):
            break
        if lines.boilerplate(s) is not None:
            break  # "[Download PDF (96 KB)]" closes the story above; it never heads the next
        if head_line(lines.clean, j):
            break  # a message's head ('Posted by: …' over its stamp): the poster's, so its topic is no headline
        stack.append(j)
        real += 1
        j, gap = lines.prev_nonblank(j)
    while stack:  # the top line must start a block: blank, separator, previous header or file start
        above, gap = lines.prev_nonblank(stack[-1])
        if above <= floor or gap > 0 or is_separator(lines.clean[above]):
            break
        if lead_in_line(lines.clean[above]) and (above - 1 <= floor or lines.blank(above - 1)):
            stack.append(above)  # "ICYMI – from Monday's clips:" over the headline: the compiler's, header
            break
        stack.pop()
    return stack


MAX_LEAD_IN_WORDS = 12


def lead_in_line(s: str) -> bool:
    """A compiler's short line introducing the item under it ('ICYMI – from Monday's clips:',
    'Also worth a read:'): it ends in a colon and holds no value after it, unlike a label."""
    return s.endswith(":") and len(s.split()) <= MAX_LEAD_IN_WORDS and "http" not in s


WRAPPED_TITLE_MIN = 45  # a headline hard-wrapped in a plain-text mail fills most of the line


def _wrapped_title_end(lines: Lines, j: int, floor: int) -> bool:
    """The last word or two of a hard-wrapped headline ('… still six months' / 'away'), just
    above the byline: a lower-case fragment, with no stop after it, under a long headline line
    with no gap between ('… goes to the' / 'board next week.' ends a sentence of prose).
    (Alone, a lower-case word reads as a poster's handle, not as a title line.)"""
    s = lines.clean[j]
    return (s[:1].islower() and len(s.split()) <= 3 and s[-1:].isalnum() and j - 1 > floor and not lines.blank(j - 1)
            and len(lines.clean[j - 1]) >= WRAPPED_TITLE_MIN and lines.titleish(j - 1))


def _title_block(lines: Lines, rest: list[int]) -> tuple[str | None, list[int]]:
    """The nearest block of adjacent title lines (rest is nearest first), minus a kicker."""
    if not rest:
        return None, []
    block = [rest[0]]
    for j in rest[1:]:
        if j == block[-1] - 1:
            block.append(j)
        else:
            break
    block.reverse()
    if len(block) > 1 and (is_kicker(lines.clean[block[0]]) or _caps_over_headline(lines, block)):
        block = block[1:]  # "VALENCIA" / "AP-EU--Portugal-Strike" above the headline: a kicker or slug
    title = " ".join(lines.clean[j] for j in block)
    return strip_item(title) or None, block


MAX_CAPS_KICKER_WORDS = 10


def _caps_over_headline(lines: Lines, block: list[int]) -> bool:
    """A label in capitals over a headline set in ordinary case ('FROM OUR PARTNERS AT THE
    LAKESIDE LEDGER' / 'Council approves …'): a headline wrapped over two lines keeps one case,
    so a capitals line over lines that are not is a kicker, however many words it runs."""
    top = lines.clean[block[0]]
    return (top.isupper() and len(top.split()) <= MAX_CAPS_KICKER_WORDS
            and not any(lines.clean[j].isupper() for j in block[1:]))


def is_kicker(s: str) -> bool:
    """A section label or wire slug above a headline: one token, ALL CAPS, or slug-shaped; or a
    series label in capitals that numbers its instalment ('RIVER WARDENS, PART 2', 'THE LONG
    WINTER · DAY 4'), which runs a few words longer."""
    toks = s.split()
    if len(toks) <= 4:
        return len(toks) == 1 or s.isupper() or bool(SLUG.match(s))
    return len(toks) <= 7 and s.isupper() and _SERIES_PART.search(s) is not None


# The instalment number that ends a series label.
_SERIES_PART = re.compile(r"\b(PART|PT\.|EPISODE|CHAPTER|DAY|NO\.)\s*"
                          r"(\d{1,3}|[IVX]{1,5}|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN)\W*$")


def _split_standfirst(lines: Lines, rest: list[int]) -> tuple[list[int], list[int]]:
    """Title candidates in separate blocks: a long nearest line under a shorter one is the
    standfirst (it goes to the body), the shorter one above it the headline."""
    if len(rest) >= 2 and rest[1] != rest[0] - 1:
        near, far = len(lines.clean[rest[0]].split()), len(lines.clean[rest[1]].split())
        if near >= 12 and near >= 1.5 * far and not is_kicker(lines.clean[rest[1]]):
            return rest[1:], [rest[0]]
    return rest, []


def sentence_headline_above(lines: Lines, a: int, floor: int) -> bool:
    """The line right above the anchor, opening a block, is a headline written as short
    sentences ('Fare capping is a good start. Now fix the schedules.' over 'Ledger | 6 May 2026
    | Page D2'), and the anchor names the outlet: find_headers reads such a header only when
    the file's other headers prove the layout (a title over each credit line)."""
    j, gap = lines.prev_nonblank(a)
    if j <= floor or gap or lines.titleish(j) or not sentence_headline(lines.clean[j]):
        return False
    above, _ = lines.prev_nonblank(j)
    if not (above <= floor or lines.blank(j - 1) or is_separator(lines.clean[above])
            or lines.boilerplate(lines.clean[above]) is not None
            or (lead_in_line(lines.clean[above]) and (above - 1 <= floor or lines.blank(above - 1)))):
        return False
    cr = lines.credit(a)
    return (cr is not None and cr.outlet is not None) or lines.outlet_date(a) is not None


def header_at(lines: Lines, a: int, floor: int, headline: bool = False) -> Header | None:
    """Read a header block anchored on a date line at index a; None when the shape does not fit.
    `headline`: the line above is the headline written as sentences (sentence_headline_above)."""
    date = lines.date(a)
    outlet: str | None = None
    authors: list[str] = []
    cr = lines.credit(a)
    if cr is not None and cr.full:  # "Jane Roe, Harbour Gazette -- 5 May 2024": split by its parts
        outlet, date, authors = cr.outlet, cr.date, list(cr.authors)
    elif date is None:
        od = lines.outlet_date(a)
        if od is not None:
            outlet, date = od
            if _WEEKDAY.match(outlet):
                outlet = None  # "Thursday, 05/11/2026": the weekday settles the date, it names no paper
            elif _PLACE_STAMP.match(lines.clean[a]) and not lines.ctx.outlets.known(outlet):
                outlet = None  # "Bilbao - 14 mar 2027 - 09:20 CET": where the story was filed, then when
        elif (ld := labelled_date(lines.clean[a])) is not None:
            date = ld
        elif cr is not None and cr.dated and cr.date is not None and cr.outlet is not None and not cr.authors:
            outlet, date = cr.outlet, cr.date  # "Morning Ledger · 12 March 2024": a nameplate, never a person
        elif (db := dated_byline(lines, a)) is not None:
            date, authors = db
        elif cr is not None and cr.dated and (cr.outlet or cr.name):
            outlet, date = cr.outlet or cr.name, cr.date  # "Harbour Gazette, 4/5/2024": a date no order reads
        else:
            return None
    stack = _stack_above(lines, a, floor, headline)
    if cr is not None and cr.name is not None and outlet == cr.name and not authors:
        # "Jane Roe | 5 May 2024" under "Harbour Gazette / Title": the stack names the outlet,
        # so the undecided name is the person.
        h = _assign(lines, a, stack, None)
        if h.outlet is not None and lines.credits.person_names(cr.name):
            authors = [cr.name]
        else:
            h = _assign(lines, a, stack, outlet)
    else:
        h = _assign(lines, a, stack, outlet)
    h.published_on = date
    h.authors = h.authors or authors
    nxt = a + 1
    if (nxt < len(lines) and lines.clean[nxt][:1].islower() and not title_fragment(lines.clean[nxt])
            and not is_url_line(lines.clean[nxt])):  # "https://…" under a credit line is no prose
        return None  # "... finish by / October 5, 2021 / if the weather holds.": a date inside prose
    if h.title is None and not ((h.outlet is not None or _starts_block(lines, a, floor)) and title_below(lines, h)):
        return None
    read_forward(lines, h)
    return h


def _assign(lines: Lines, a: int, stack: list[int], outlet: str | None) -> Header:
    """Roles of the lines above an anchor, from the anchor outwards: bylines give authors, date
    stamps and furniture are header only, the nearest other line is the outlet when the anchor
    has none and a title stands above it, the nearest title block is the title."""
    authors: list[str] = []
    rest: list[int] = []
    for j in stack:
        if (cr := lines.credit(j)) is not None and cr.authors and cr.outlet is not None:
            authors, outlet = authors or list(cr.authors), outlet or cr.outlet  # "Jane Roe | Harbour Gazette"
        elif cr is not None and cr.authors and not cr.dated and cr.parts == 2 and j != stack[-1]:
            authors = authors or list(cr.authors)  # "Title / Jane Roe, Leeds / date": the writer and her place
        elif (names := lines.bylineish(j)) is not None:
            authors = authors or names
        elif not authors and j != stack[-1] and (names := bare_names(lines, lines.clean[j])) is not None:
            authors = names  # "Title / Jane Roe and Li Wei / Gazette / date": two full names, no "By"
        elif (lab := lines.label(j)) is not None and lab[0] == "outlet":
            # "Title / Source: Ledger | Updated 3 hours ago / By X": no date to anchor on. Only a
            # name-shaped source ("Source: photocopy left in the staff room" names no paper).
            if outlet is None and title_case(lab[1].split("|")[0].split("·")[0]):
                apply_label(lines, stated := Header(start=j, end=j), "outlet", lab[1])
                outlet = stated.outlet
        elif header_furniture(lines.clean[j]) or (j == stack[-1] and lead_in_line(lines.clean[j])):
            pass  # "Follow", "6 min read": a blog platform's buttons; the compiler's lead-in on top
        elif j == a - 1 and _kicked_headline(lines.clean[j]):
            rest.append(j)  # "Editorial: The plan is sound. Now fund it." right over the credit line
        elif not (lines.dateish(j) or (furniture(lines.clean[j]) and not lines.titleish(j))):
            rest.append(j)  # "Eds: With AP Photos." is furniture; "Sports: Albania cancels…" a headline
    outlet, authors, rest = credit_roles(lines, rest, outlet, authors)
    kicker_pair = len(rest) >= 2 and is_kicker(lines.clean[rest[1]]) and (
        rest[1] == rest[0] - 1 or _banner(lines, rest[1], rest[0]))
    if outlet is None and len(rest) >= 2 and lines.outletish(rest[0]) and not kicker_pair:
        outlet, rest = lines.clean[rest[0]], rest[1:]
    elif outlet is None and len(rest) == 2 and rest[1] == rest[0] - 1 and _masthead(lines, rest[1], rest[0]):
        outlet, rest = lines.clean[rest[1]], rest[:1]  # "HARBOUR GAZETTE / Title / Jane Roe | 5 May 2024"
    rest, standfirst = _split_standfirst(lines, rest)
    title, _ = _title_block(lines, rest)
    used = {a, *stack} - set(standfirst)
    return Header(start=min(used), end=a, title=title, outlet=outlet, authors=authors, lines=used)


MIN_KICKED_WORDS = 5


def _kicked_headline(s: str) -> bool:
    """'Editorial: SRTA's plan is sound. Now keep the buses running.', 'Analysis: …': a headline
    behind a one-word kicker, whose short label reads like wire furniture ('Eds: With AP Photos.')
    but whose value is a headline of some length."""
    label, colon, value = s.partition(": ")
    return (bool(colon) and len(label.split()) == 1 and label[:1].isupper() and not label.isupper()
            and len(value.split()) >= MIN_KICKED_WORDS and sentence_headline(value))


def _banner(lines: Lines, j: int, title: int) -> bool:
    """A section banner set apart above the headline ('PRESS RELEASES', 'NEWS IN BRIEF'):
    capitals over a headline that is not, and no paper's nameplate."""
    s, t = lines.clean[j], lines.clean[title]
    return s.isupper() and not t.isupper() and not lines.ctx.outlets.nameplate(s)


def _masthead(lines: Lines, j: int, title: int) -> bool:
    """A paper's name set in capitals right above the headline: a nameplate ('… GAZETTE'), not
    the first line of a headline broken in two (the headline below is not in capitals)."""
    s, t = lines.clean[j], lines.clean[title]
    return s.isupper() and not t.isupper() and lines.outletish(j) and lines.ctx.outlets.nameplate(s)


def byline_header_at(lines: Lines, a: int, floor: int) -> Header | None:
    """'Title / Outlet / (Posted 04/05/2022) / By X' with no usable date: the byline anchors it,
    but only with a title above (never a byline under a standfirst)."""
    stack = _stack_above(lines, a, floor)
    h = _assign(lines, a, stack, None)
    if h.title is None:
        return None
    h.authors = lines.byline(a) or h.authors
    h.published_on = next((d for j in stack if lines.dateish(j) and (d := lines.date(j))), None)
    read_forward(lines, h)
    return h


def _starts_block(lines: Lines, a: int, floor: int) -> bool:
    """The anchor opens a block: the file start, the previous header, a rule line or a line that
    is never prose ('FOR IMMEDIATE RELEASE') stands above it, not the end of a paragraph."""
    above, _ = lines.prev_nonblank(a)
    if above <= floor:
        return True
    s = lines.clean[above]
    return is_separator(s) or lines.boilerplate(s) is not None



def label_block(lines: Lines, a: int, floor: int) -> Header:
    """The run of 'Label: value' lines around line `a` (not above `floor`), as an empty header."""
    start = a
    while start - 1 > floor and generic_label(lines.clean[start - 1]):
        start -= 1
    end = a
    while end + 1 < len(lines) and generic_label(lines.clean[end + 1]):
        end += 1
    return Header(start=start, end=end, lines=set(range(start, end + 1)))


def labelled_header_at(lines: Lines, a: int, floor: int) -> Header | None:
    """A block of 'Label: value' lines holding a title and at least one of outlet, date, author."""
    lab = lines.label(a)
    if lab is None or lab[0] != "title":
        return None
    h = label_block(lines, a, floor)
    start, end = h.start, h.end
    for i in range(start, end + 1):
        if (found := lines.label(i)) is not None:
            apply_label(lines, h, *found)
    if not h.title or not (h.outlet or h.published_on or h.authors):
        return None
    read_forward(lines, h)
    return h
