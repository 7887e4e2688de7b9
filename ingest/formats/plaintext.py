"""Plain-text dumps: pasted-article digests, saved web-page text and bare text.

Article boundaries come from header blocks, never from blank lines (paragraph gaps and
article gaps look the same). A header block is anchored on a line that states a date
("Sept 28 2020", "Global Research, October 15, 2020") or, failing that, a byline; from the
anchor we walk back over the outlet and title lines and forward over byline, time and label
lines. Everything between one header and the next is the first article's body. A file with
no header at all is one article with no metadata.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ingest.bylines import Bylines
from ingest.dates import date_line, split_leading_date, split_trailing_date
from ingest.outlets import OutletAliases
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.rules import RuleSet
from ingest.text import (
    SENTENCE_END,
    clean_line,
    is_menu_line,
    is_separator,
    is_tag_line,
    is_time_line,
    is_url_line,
    words,
)

MAX_TITLE_LINES = 4  # title, a wrapped second line, or a title / kicker / subtitle stack
MAX_OUTLET_WORDS = 8
_LABEL = re.compile(
    r"^(source|section|length|words|word count|updated|published|posted|dateline|location|"
    r"region|theme|category|topics?|tags?|keywords?|edition|page|type|language)\s*:\s*\S",
    re.I,
)
_AUTHOR_LABEL = re.compile(r"^(authors?|byline|written by|reporter)\s*:", re.I)
# A wrapped title broken inside a word leaves a suffix on the next line ("F-16" / "s to aid").
_SUFFIXES = {"s", "es", "ed", "d", "ing", "ly", "er", "ers", "est", "n't", "'s", "’s"}


@dataclass(slots=True)
class ParseContext:
    """Vocabulary the parser needs: bylines, outlet aliases and boilerplate rules (data files)."""

    bylines: Bylines
    outlets: OutletAliases
    rules: RuleSet | None = None


@dataclass(slots=True)
class Header:
    start: int  # 0-based index of the first header line
    end: int  # 0-based index of the last header line
    title: str | None = None
    outlet: str | None = None
    published_on: dt.date | None = None
    authors: list[str] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)


class _Lines:
    """The decoded lines with cached per-line judgements."""

    def __init__(self, raw: list[str], ctx: ParseContext) -> None:
        self.raw = raw
        self.clean = [clean_line(x) for x in raw]
        self.ctx = ctx

    def __len__(self) -> int:
        return len(self.raw)

    def blank(self, i: int) -> bool:
        return not self.clean[i]

    def prev_nonblank(self, i: int) -> tuple[int, int]:
        """Index of the nearest non-blank line above i (or -1) and how many blanks lie between."""
        gap = 0
        j = i - 1
        while j >= 0 and self.blank(j):
            gap += 1
            j -= 1
        return j, gap

    def next_nonblank(self, i: int) -> int:
        j = i + 1
        while j < len(self) and self.blank(j):
            j += 1
        return j

    def titleish(self, i: int) -> bool:
        s = self.clean[i]
        if not s or len(s) > 220 or not re.search(r"[A-Za-z]", s):
            return False
        if s.endswith((".", ",", ";", ":")) and not s.endswith("..."):
            return False
        if (SENTENCE_END.search(s) and not s.endswith(("?", "!", '?"', "?”", "!”"))) or len(words(s)) > 40:
            return False
        if is_separator(s) or is_url_line(s) or is_time_line(s) or is_menu_line(self.raw[i]):
            return False
        if is_tag_line(s) or date_line(s) or self.ctx.bylines.byline(s) or self.ctx.bylines.credits(s):
            return False
        if _LABEL.match(s) or (self.ctx.rules is not None and self.ctx.rules.match(s, "any")):
            return False  # "Keywords: ...", "Share this article": never a headline
        return _outlet_of(self, i) is None

    def outletish(self, i: int) -> bool:
        s = self.clean[i]
        if not s or len(words(s)) > MAX_OUTLET_WORDS or (SENTENCE_END.search(s) and not s.endswith(".")):
            return False
        if s.endswith(".") and not re.search(r"\.(com|org|net|in|am|ua|ru|uk|ca|de|fr)$", s):
            return False
        return self.titleish(i) and not (s[0].islower())


def _outlet_of(lines: _Lines, i: int) -> tuple[str, dt.date] | None:
    """'Global Research, October 15, 2020' (or 'October 15, 2020 - Global Research')."""
    s = lines.clean[i]
    if lines.ctx.bylines.byline(s) or len(s) > 120:
        return None
    split = split_trailing_date(s)
    if split and 0 < len(words(split[0])) <= MAX_OUTLET_WORDS:
        # "Outlet, Date" needs its separator; "Name 16 November 2020" is a dated byline instead.
        sep = s[len(split[0]) : len(split[0]) + 3]
        if re.match(r"\s*[,|–—-]", sep):
            return split
    lead = split_leading_date(s)
    if lead and 0 < len(words(lead[1])) <= MAX_OUTLET_WORDS and not SENTENCE_END.search(lead[1]):
        return lead[1], lead[0]
    return None


def _title_above(lines: _Lines, i: int, stop: int) -> tuple[list[int], bool]:
    """Title lines ending just above line i (exclusive), not reaching `stop`; and whether they
    are a proper start (preceded by a blank, a separator or the file start)."""
    found: list[int] = []
    j, gap = lines.prev_nonblank(i)
    while j > stop and len(found) < MAX_TITLE_LINES:
        if found and gap >= 2:
            break
        if not lines.titleish(j):
            break
        found.insert(0, j)
        j, gap = lines.prev_nonblank(j)
    # A title must start a block: a sentence glued above it means we are inside a paragraph.
    while found:
        above, gap = lines.prev_nonblank(found[0])
        if above <= stop or gap > 0 or is_separator(lines.clean[above]):
            return found, True
        found.pop(0)
    return found, False


def _join_title(lines: _Lines, idx: list[int]) -> str:
    """The title: the block of adjacent lines nearest the outlet/date (a title wrapped over two
    lines stays whole). Lines further up, across a blank, are kickers, subtitles or digest
    furniture: they stay in the header (and the copy's raw text) but are not the title."""
    start = len(idx) - 1
    while start > 0 and idx[start - 1] == idx[start] - 1:
        start -= 1
    return " ".join(lines.clean[i] for i in idx[start:])


def _fragment(s: str) -> bool:
    """The rest of a title broken after the header: short, lower-case start, no sentence end."""
    return s[:1].islower() and len(words(s)) <= 8 and not SENTENCE_END.search(s)


def _append_fragment(title: str, fragment: str) -> str:
    first = fragment.split()[0] if fragment.split() else ""
    if first.lower() in _SUFFIXES and title[-1:].isalnum():
        return title + fragment
    return title + " " + fragment


def _header_at(lines: _Lines, a: int, floor: int) -> Header | None:
    """Try to read a header block anchored at line a; None when the shape does not fit."""
    ctx = lines.ctx
    s = lines.clean[a]
    date = date_line(s)
    outlet: str | None = None
    authors: list[str] = []
    used: set[int] = {a}
    top = a
    if date is None:
        od = _outlet_of(lines, a)
        if od is None:
            return None
        outlet, date = od
    # Walk back: an optional byline, the outlet (when the anchor is a bare date), the title.
    j, gap = lines.prev_nonblank(a)
    if j > floor and gap <= 2 and ctx.bylines.byline(lines.clean[j]):
        authors = ctx.bylines.byline(lines.clean[j]) or []
        used.add(j)
        top = j
        j, gap = lines.prev_nonblank(j)
    title_idx: list[int] = []
    if outlet is None and j > floor and gap <= 2 and lines.outletish(j):
        title_idx, proper = _title_above(lines, j, floor)
        if title_idx and proper:
            outlet = lines.clean[j]
            used.add(j)
        else:
            title_idx = []  # no title above it: the short line is the title itself
    if not title_idx:
        title_idx, proper = _title_above(lines, top, floor)
        if not title_idx or not proper:
            return None
    title = _join_title(lines, title_idx)
    used.update(range(title_idx[0], a + 1))
    nxt = a + 1
    if nxt < len(lines) and lines.clean[nxt][:1].islower() and not _fragment(lines.clean[nxt]):
        return None  # "... finish by / October 5, 2021 / if the weather holds.": a date inside prose
    header = Header(
        start=title_idx[0], end=a, title=title, outlet=outlet, published_on=date, authors=authors, lines=used
    )
    _read_forward(lines, header)
    return header


def _read_forward(lines: _Lines, h: Header) -> None:
    """Consume byline, time, label and title-fragment lines below the anchor."""
    ctx = lines.ctx
    i = h.end + 1
    first = True
    while i < len(lines):
        s = lines.clean[i]
        if not s:
            i += 1
            continue
        if first and _fragment(s) and h.title:
            h.title = _append_fragment(h.title, s)  # a title that was broken across the header
        elif (names := ctx.bylines.byline(s)) is not None:
            h.authors = h.authors or names
        elif _AUTHOR_LABEL.match(s):
            pass  # "Author : X" whose value is not a clean name: still header, not body
        elif is_time_line(s) or _LABEL.match(s):
            pass
        elif (names := ctx.bylines.dated_names(s)) is not None:
            h.authors = h.authors or names  # "[South Front](#) 16 November 2020"
        elif h.outlet is None and lines.outletish(i) and first and ctx.outlets.known(s):
            h.outlet = s  # "Title / Date / Outlet" layout, only for outlets we know
        else:
            break
        h.lines.add(i)
        h.end = i
        first = False
        i += 1


def find_headers(lines: _Lines) -> list[Header]:
    headers: list[Header] = []
    floor = -1  # nothing at or above this line may join a new header
    i = 0
    while i < len(lines):
        if not lines.blank(i) and (date_line(lines.clean[i]) or _outlet_of(lines, i)):
            h = _header_at(lines, i, floor)
            if h is not None:
                headers.append(h)
                floor = h.end
                i = h.end + 1
                continue
        i += 1
    return headers


def _byline_page_header(lines: _Lines) -> Header | None:
    """A page with no dated header: 'Title / By X' at the top of the file."""
    first = lines.next_nonblank(-1)
    if first >= len(lines) or not lines.titleish(first):
        return None
    second = lines.next_nonblank(first)
    if second < len(lines) and (names := lines.ctx.bylines.byline(lines.clean[second])):
        h = Header(start=first, end=second, title=lines.clean[first], authors=names, lines={first, second})
        _read_forward(lines, h)
        return h
    return None


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Split a plain-text dump into article candidates (see module docstring)."""
    raw = decoded.text.split("\n")
    lines = _Lines(raw, ctx)
    headers = find_headers(lines)
    if not headers:
        page = _byline_page_header(lines)
        headers = [page] if page else []
    path = decoded.source.path
    if not headers:
        body = [(n + 1, raw[n]) for n in range(len(raw))]
        if any(not lines.blank(n) for n in range(len(raw))):
            yield _candidate(path, 0, lines, 0, len(raw) - 1, body, None)
        return
    pre = [n for n in range(headers[0].start) if not lines.blank(n)]
    if pre:
        yield Rejection(path, "text before the first article header", f"lines 1-{headers[0].start}", len(pre))
    for k, h in enumerate(headers):
        stop = headers[k + 1].start - 1 if k + 1 < len(headers) else len(raw) - 1
        body = [(n + 1, raw[n]) for n in range(h.end + 1, stop + 1) if n not in h.lines]
        yield _candidate(path, k, lines, h.start, stop, body, h)


def _candidate(
    path: str, position: int, lines: _Lines, start: int, stop: int, body: list[tuple[int, str]], h: Header | None
) -> Candidate:
    while stop > start and lines.blank(stop):
        stop -= 1
    while start < stop and lines.blank(start):
        start += 1
    body = [(n, t) for n, t in body if n - 1 <= stop]
    cand = Candidate(
        source_path=path,
        position=position,
        start_line=start + 1,
        end_line=stop + 1,
        raw_text="\n".join(lines.raw[start : stop + 1]),
        body_lines=body,
    )
    if h is not None:
        cand.title = h.title
        cand.outlet = lines.ctx.outlets.canonical(h.outlet)
        cand.published_on = h.published_on
        cand.authors = list(h.authors)
        cand.header_lines = {n + 1 for n in h.lines}
    return cand
