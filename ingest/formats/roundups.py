"""Roundup newsletters in the plain-text rendering of e-mail platforms (Mailchimp's and its
kind): each item's headline is marked with '** ' and underlined by a rule of dashes, with the
item's source line ('Outlet · date · author') under it:

    ** Harbour board approves the new quay          <- headline (the marker is no part of it)
    ------------------------------------------------------------
    Coast Gazette · 3 May 2027 · Jane Roe           <- source line: outlet, date, author
    text …
    Read more (https://…)                           <- the item's own link (metadata.py)

The masthead ('** The Weekly Brief') and a sponsor's box ('** PRESENTED BY') wear the same
marker, but hold too little text to be an item: they break the run, as the footer's rule does.
Judged per file from the repetition of the marked-and-ruled headline, never from wording.
"""

from __future__ import annotations

import re

from ingest.formats.headers import Header
from ingest.formats.items import MIN_ITEM_WORDS, Layout
from ingest.formats.lines import Lines
from ingest.text import URL_RE, is_separator, words

_MARKED = re.compile(r"^\*\*\s+(\S.*?)\s*$")
# 'The Daily X (Wire Agency)': the outlet that printed an agency's story, the agency in brackets.
_AGENCY_IN_BRACKETS = re.compile(r"^[^()·|]+\(([^()]{3,60})\)\s*(?:[·|•]|$)")


def _marked_headline(lines: Lines, i: int) -> str | None:
    """The headline of a '** Headline' line standing over a rule line, else None."""
    s = lines.raw[i].strip()
    if not s.startswith("**") or (m := _MARKED.match(s)) is None or s.endswith("**"):
        return None  # ('**bold**' is Markdown emphasis, not the marker)
    below = i + 1
    return m.group(1) if below < len(lines) and is_separator(lines.clean[below]) else None


def _prose_words(lines: Lines, lo: int, hi: int) -> int:
    """Words of lines lo..hi-1 with their links left out: a sponsor's box is mostly links."""
    return sum(len(words(URL_RE.sub(" ", lines.clean[j]))) for j in range(lo, hi) if not is_separator(lines.clean[j]))


def marked_box(body: list[tuple[int, str]]) -> bool:
    """Whether a block opens with a marked-and-ruled headline ('** PRESENTED BY' over a rule):
    in a roundup, a box too short to be an item is its masthead or a sponsor's."""
    texts = [t.strip() for _, t in body if t.strip()]
    if len(texts) < 2 or _MARKED.match(texts[0]) is None or not is_separator(texts[1]):
        return False
    return sum(len(words(URL_RE.sub(" ", t))) for t in texts[2:]) < MIN_ITEM_WORDS


def marked_layout(lines: Lines) -> Layout | None:
    """Items under marked-and-ruled headlines (see module docstring); None unless two or more
    of them hold an item's text."""
    marked: list[tuple[int, str]] = []
    for rule in lines.separators():
        if rule > 0 and (title := _marked_headline(lines, rule - 1)) is not None:
            marked.append((rule - 1, title))
    if len(marked) < 2:
        return None
    under = {i + 1 for i, _ in marked}
    layout = Layout()
    seps = [s for s in lines.separators() if s not in under]
    for k, (i, title) in enumerate(marked):
        end = marked[k + 1][0] if k + 1 < len(marked) else len(lines)
        end = min([s for s in seps if i < s < end] or [end])  # a footer's rule closes the last item
        src = lines.next_nonblank(i + 1)
        cr = lines.credit(src) if src < end else None
        if (cr is None or not cr.dated) and _prose_words(lines, i + 2, end) < MIN_ITEM_WORDS:
            layout.breaks.append(i)  # the masthead, a sponsor's box: no article
            continue
        h = Header(start=i, end=i + 1, title=title, lines={i, i + 1})
        if cr is not None and cr.dated:
            h.outlet, h.published_on, h.authors = cr.outlet, cr.date, list(cr.authors)
            if not h.authors and (m := _AGENCY_IN_BRACKETS.match(lines.clean[src])) is not None:
                h.authors = [m.group(1).strip()]  # an agency's story as another outlet printed it
            h.end = src
            h.lines.add(src)
        layout.headers.append(h)
        if end < len(lines) and all(end != b for b, _ in marked):
            layout.breaks.append(end)
    if len(layout.headers) < 2:
        return None
    return layout
