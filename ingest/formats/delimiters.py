"""Article delimiters in a plain-text dump that are not headers (see ingest/formats/plaintext.py):
rule lines that every header of the file stands under, and the boundaries of e-mail messages
in a digest or a forwarded mail. Kept apart from the splitting itself: each is inferred per
file from the lines alone, and the splitter only takes the line numbers.
"""

from __future__ import annotations

import re

from ingest.formats.digestparts import MAIL_HEADER, POSTER_LINE, head_line, message_top, poster_top
from ingest.formats.headers import Header
from ingest.formats.lines import Lines
from ingest.text import is_separator

MAX_RULE_KINDS = 2  # item rules and section banners


def separator_breaks(lines: Lines, headers: list[Header]) -> list[int]:
    """Separator lines that delimit articles in this file: when the headers after the first
    are all preceded by the same kind of rule line ('===', '-----'), every such line is an
    article boundary, so an article with no header of its own between two of them stands
    alone instead of joining the one before. Inferred per file: a digest whose '* * *' marks
    section breaks inside stories never qualifies."""
    inside = {i for h in headers for i in h.lines}
    kinds: list[str | None] = []
    banners: dict[str, bool] = {}  # rule kind -> every header under it sits under a section banner
    for h in headers[1:]:
        above, gap = lines.prev_nonblank(h.start)
        sep = above >= 0 and gap <= 2 and is_separator(lines.clean[above])
        kinds.append(lines.clean[above][0] if sep else None)
        if sep:
            kind = lines.clean[above][0]
            banners[kind] = banners.get(kind, True) and _banner(lines, above)
    if len(kinds) < 2 or None in kinds or len(set(kinds)) > MAX_RULE_KINDS:
        return []
    # A clips mail rules its items with '-----' and opens each section with a '=====' banner
    # ('=====' / 'LETTERS TO THE EDITOR' / '====='): both delimit, below the first item (the
    # masthead over its contents list, above that, is set between banners too, and is one block
    # with it). Two kinds of rule without such banners are no layout we can read.
    below = -1
    if len(set(kinds)) > 1:
        if not any(banners.values()):
            return []
        below = headers[1].start
    return [i for i in range(len(lines)) if i not in inside and i > below and is_separator(lines.clean[i])
            and lines.clean[i][0] in kinds]


def _banner(lines: Lines, rule: int) -> bool:
    """The rule closes a section banner: a short label line right above it, and a rule of the
    same kind right above that ('=====' / 'OPINION' / '=====')."""
    label, gap = lines.prev_nonblank(rule)
    if label < 0 or gap or is_separator(lines.clean[label]) or len(lines.clean[label].split()) > BANNER_MAX_WORDS:
        return False
    top, gap = lines.prev_nonblank(label)
    return top >= 0 and not gap and is_separator(lines.clean[top]) and lines.clean[top][0] == lines.clean[rule][0]


BANNER_MAX_WORDS = 8


_MESSAGE = re.compile(
    r"^(message:?\s*\d+|-{3,}\s*(original|forwarded) message\s*-{3,}|begin forwarded message:)$", re.I
)
_MAIL_HEADER = MAIL_HEADER


def message_breaks(lines: Lines) -> list[int]:
    """Where one e-mail message ends and another begins inside a digest or a forwarded mail:
    'Message: 3', a forwarded-message marker, a block of two or more mail header lines, or a
    topic digest's poster line ('Jo Roe <jo@x.org>: Nov 25 10:14PM'). The
    text between two messages belongs to no article unless it reads like one."""
    clean = lines.clean
    n = len(clean)
    breaks: list[int] = []
    after = -1  # lines up to here were read as one block of mail headers
    for i in _break_candidates(clean):
        if i <= after:
            continue
        s = clean[i]
        if _MESSAGE.match(s):
            breaks.append(i)
        elif _MAIL_HEADER.match(s) and i + 1 < n and head_line(clean, i + 1):
            if not breaks or breaks[-1] != i - 1:
                breaks.append(message_top(clean, i))
            while i + 1 < n and head_line(clean, i + 1):
                i += 1
            after = i
        elif "@" in s and POSTER_LINE.match(s):
            breaks.append(poster_top(clean, i))
    return breaks


def _break_candidates(clean: list[str]) -> list[int]:
    """Lines that could match _MESSAGE or _MAIL_HEADER: a mail header has its colon, and a
    message marker ends (before an optional final newline, as '$' allows) in a digit, '-' or
    ':'. Every other line fails both patterns, so only these are matched against them."""
    return [i for i, s in enumerate(clean) if s and (":" in s or s[-1] in "-\n" or s[-1].isdigit())]
