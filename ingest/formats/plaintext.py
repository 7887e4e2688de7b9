"""Plain-text dumps: pasted-article digests, saved web-page text and bare text.

Article boundaries come from header blocks, never from blank lines (paragraph gaps and
article gaps look the same). A header block is anchored on a line that states a date
("Sept 28 2020", "Global Research, October 15, 2020") or, failing that, a byline; from the
anchor we walk back over the outlet and title lines and forward over byline, time and label
lines. Everything between one header and the next is the first article's body. A file with
no header at all is one article with no metadata.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.dates import date_line
from ingest.formats.headers import (
    Header,
    Lines,
    ParseContext,
    byline_header_at,
    dated_byline,
    header_at,
    labelled_date,
    labelled_header_at,
    outlet_and_date,
    read_forward,
)
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import bullet_text, clean_line, is_separator

__all__ = ["ParseContext", "find_headers", "parse"]


def find_headers(lines: Lines) -> list[Header]:
    """Every header block, in order. Dated and labelled headers first; a byline under a title
    ('Title / Outlet / By X' with no date) anchors one only well clear of the previous header,
    where it cannot be a byline under a standfirst."""
    headers: list[Header] = []
    floor = -1  # nothing at or above this line may join a new header
    i = 0
    while i < len(lines):
        h = None
        if lines.blank(i):
            pass
        elif (lab := lines.label(i)) is not None and lab[0] == "title":
            h = labelled_header_at(lines, i, floor)
        elif (date_line(lines.clean[i]) or labelled_date(lines.clean[i]) or outlet_and_date(lines, i)
              or dated_byline(lines, i)):
            h = header_at(lines, i, floor)
        elif lines.ctx.bylines.byline(lines.clean[i]) and _clear_of(lines, floor, i) and not _dated_below(lines, i):
            h = byline_header_at(lines, i, floor)
        if h is not None:
            headers.append(h)
            floor = h.end
            i = h.end + 1
            continue
        i += 1
    return headers


def _dated_below(lines: Lines, i: int) -> bool:
    """A date anchor within the next lines ('Title / By X / Outlet, date'): it reads the header."""
    j = i
    for _ in range(3):
        j = lines.next_nonblank(j)
        if j >= len(lines):
            return False
        if date_line(lines.clean[j]) or outlet_and_date(lines, j):
            return True
    return False


def _clear_of(lines: Lines, floor: int, i: int) -> bool:
    return floor < 0 or sum(1 for j in range(floor + 1, i) if not lines.blank(j)) >= 4


def _byline_page_header(lines: Lines) -> Header | None:
    """A page with no dated header: 'Title / By X' at the top of the file."""
    first = lines.next_nonblank(-1)
    if first >= len(lines) or not lines.titleish(first):
        return None
    second = lines.next_nonblank(first)
    if second < len(lines) and (names := lines.ctx.bylines.byline(lines.clean[second])):
        h = Header(start=first, end=second, title=lines.clean[first], authors=names, lines={first, second})
        read_forward(lines, h)
        return h
    return None


def separator_breaks(lines: Lines, headers: list[Header]) -> list[int]:
    """Separator lines that delimit articles in this file: when the headers after the first
    are all preceded by the same kind of rule line ('===', '-----'), every such line is an
    article boundary, so an article with no header of its own between two of them stands
    alone instead of joining the one before. Inferred per file: a digest whose '* * *' marks
    section breaks inside stories never qualifies."""
    inside = {i for h in headers for i in h.lines}
    kinds: list[str | None] = []
    for h in headers[1:]:
        above, gap = lines.prev_nonblank(h.start)
        sep = above >= 0 and gap <= 2 and is_separator(lines.clean[above])
        kinds.append(lines.clean[above][0] if sep else None)
    if len(kinds) < 2 or None in kinds or len(set(kinds)) != 1:
        return []
    kind = kinds[0]
    return [i for i in range(len(lines)) if i not in inside and is_separator(lines.clean[i])
            and lines.clean[i][0] == kind]


_MESSAGE = re.compile(
    r"^(message:?\s*\d+|-{3,}\s*(original|forwarded) message\s*-{3,}|begin forwarded message:)$", re.I
)
_MAIL_HEADER = re.compile(r"^(from|to|cc|subject|date|sent|message-id|reply-to|content-type)\s*:\s*\S", re.I)


def message_breaks(lines: Lines) -> list[int]:
    """Where one e-mail message ends and another begins inside a digest or a forwarded mail:
    'Message: 3', a forwarded-message marker, or a block of two or more mail header lines. The
    text between two messages belongs to no article unless it reads like one."""
    breaks = []
    i = 0
    while i < len(lines):
        s = lines.clean[i]
        if _MESSAGE.match(s):
            breaks.append(i)
        elif _MAIL_HEADER.match(s) and i + 1 < len(lines) and _MAIL_HEADER.match(lines.clean[i + 1]):
            if not breaks or breaks[-1] != i - 1:
                breaks.append(i)
            while i + 1 < len(lines) and _MAIL_HEADER.match(lines.clean[i + 1]):
                i += 1
        i += 1
    return breaks


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Split a plain-text dump into article candidates (see module docstring)."""
    raw = decoded.text.split("\n")
    lines = Lines(raw, ctx)
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
    segments: list[tuple[int, Header | None]] = [(h.start, h) for h in headers]
    starts = {h.start for h in headers}
    for sep in [*separator_breaks(lines, headers), *message_breaks(lines)]:
        nxt = lines.next_nonblank(sep)
        if nxt < len(lines) and nxt not in starts and nxt > headers[0].start and not any(
                h.start <= nxt <= h.end for h in headers):
            segments.append((nxt, None))  # text between two delimiters with no header of its own
    segments.sort(key=lambda seg: seg[0])
    pre = [n for n in range(segments[0][0]) if not lines.blank(n)]
    if pre:
        yield Rejection(path, "text before the first article header", f"lines 1-{segments[0][0]}", len(pre))
    for k, (begin, h) in enumerate(segments):
        stop = segments[k + 1][0] - 1 if k + 1 < len(segments) else len(raw) - 1
        taken = h.lines if h else set()
        body = [(n + 1, raw[n]) for n in range(begin, stop + 1) if n not in taken and (h is None or n > h.start)]
        if h is None and (reason := _not_an_article(body)):
            yield Rejection(path, reason, f"lines {begin + 1}-{stop + 1}",
                            sum(1 for _, t in body if clean_line(t)))
            continue
        yield _candidate(path, k, lines, begin, stop, body, h)


MIN_HEADERLESS_WORDS = 80  # a block between delimiters with no header is an article only if it reads like one


def _not_an_article(body: list[tuple[int, str]]) -> str | None:
    """Why a block between two delimiters, with no header, is not an article (None if it is):
    a closing rule, a sponsored box, a list of quick links, a sign-off are shorter than an
    article or are mostly list items."""
    text = [clean_line(t) for _, t in body if clean_line(t) and not is_separator(clean_line(t))]
    if not text:
        return "closing delimiter"
    n_words = sum(len(t.split()) for t in text)
    bullets = sum(1 for t in text if bullet_text(t) is not None)
    if n_words < MIN_HEADERLESS_WORDS:
        return "short block between delimiters, with no header"
    if bullets * 2 >= len(text):
        return "list between delimiters, with no header"
    return None


def _candidate(
    path: str, position: int, lines: Lines, start: int, stop: int, body: list[tuple[int, str]], h: Header | None
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
        cand.url = h.url
        cand.header_lines = {n + 1 for n in h.lines}
    return cand
