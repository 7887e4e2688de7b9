"""A newsletter's last item runs on into the issue's footer: nothing but the next item's header
ends an item, and after the last one comes the tip line, the event plug, the publisher's line
and the unsubscribe links. When every other item closes on the same labelled link to its web
copy ('Read online: https://…', 'Read on the web → https://…'), or on the same short mark (a
clips packet's '[Back to Top]'), that line closes the last item too, and what stands below it
is the issue's, not the story's. The label is learned from the file's own items (repetition
across them), so no wording is assumed.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.records import Candidate, Rejection
from ingest.text import clean_line, is_separator

# A short label before one link and nothing after it: 'Read online: https://…'.
_LABELLED_LINK = re.compile(r"^(?P<label>[^\W\d][^:/]{0,40}?)\s*[:→»›|–—-]*\s*(?:https?://|www\.)\S+$")
MIN_ITEMS = 2  # items above the last one that close on the same label: one could be chance;
# and at least half of them do


MAX_MARK_WORDS = 6
MAX_MARK_CHARS = 40


def _label(text: str) -> str | None:
    """The label of a labelled link ('Read online: https://…' -> 'read online'), or a short line
    itself that may close every item ('[Back to Top]', '— 30 —', '###'), lower-cased."""
    s = clean_line(text)
    if "://" not in s and "www." not in s:
        if len(s) <= MAX_MARK_CHARS and len(s.split()) <= MAX_MARK_WORDS and not s[-1:].isalnum():
            return " ".join(s.lower().split())  # (a mark ends in a bracket, a dash or a stop: no headline)
        return None
    m = _LABELLED_LINK.match(s)
    return " ".join(m.group("label").lower().split()) if m else None


def _closing_label(cand: Candidate) -> str | None:
    """The label of the item's last non-blank line (rules aside), when that line is a labelled link."""
    for _, text in reversed(cand.body_lines):
        s = clean_line(text)
        if s and not is_separator(s):
            return _label(s)
    return None


def cut_issue_footer(items: list[Candidate | Rejection], path: str) -> Rejection | None:
    """Cut the issue's footer off the last item (see module docstring); the Rejection counts it."""
    cands = [c for c in items if isinstance(c, Candidate)]
    if len(cands) <= MIN_ITEMS:
        return None
    # (the issue's opening note, read as an item of its own, may close on no link: a majority will do)
    counts = Counter(label for c in cands[:-1] if (label := _closing_label(c)) is not None)
    if not counts or (found := counts.most_common(1)[0])[1] < max(MIN_ITEMS, (len(cands) - 1) / 2):
        return None
    label = found[0]
    last = cands[-1]
    at = next((k for k in range(len(last.body_lines) - 1, -1, -1) if _label(last.body_lines[k][1]) == label), None)
    if at is None:
        return None
    below = last.body_lines[at + 1 :]
    cut = sum(1 for _, t in below if (s := clean_line(t)) and not is_separator(s))
    if not cut:
        return None
    stop = last.body_lines[at][0]  # 1-based line number of the closing link
    raw = last.raw_text.split("\n")
    last.raw_text = "\n".join(raw[: stop - last.start_line + 1])
    last.end_line = stop
    last.body_lines = last.body_lines[: at + 1]
    return Rejection(path, "newsletter footer below the last item's closing link", f"lines {stop + 1}-", cut)


# The issue's link to its web version: 'View in browser', 'View this e-mail in your browser: https://…'.
_WEB_VERSION = re.compile(
    r"^(?:view|read|open) (?:this |the |it |our )?(?:e-?mail |newsletter |issue |message )?"
    r"(?:in (?:your |a |the )?(?:web )?browser|online|on the web)\b", re.I)
HEAD_LINES = 4  # the web-version link stands atop the issue, over or under its masthead
NOTE_MAX_WORDS = 150  # an editor's letter is a paragraph or two; an article under that link is longer


def opening_note(items: list[Candidate | Rejection], path: str) -> Rejection | None:
    """The issue's masthead and its editor's letter ('Hi friends — it was a big week…'), read as
    a first item of its own: it carries the web-version link of the whole issue, is short, and
    credited items follow it. Removed from `items`; the Rejection counts its lines."""
    cands = [c for c in items if isinstance(c, Candidate)]
    if len(cands) <= MIN_ITEMS:
        return None
    first = cands[0]
    # (its masthead line 'From The Paper · Friday, May 7' may read as a credit: what it credits is not asked)
    if sum(1 for c in cands[1:] if c.authors) < MIN_ITEMS:
        return None
    lines = [first.title or "", *[clean_line(t) for _, t in first.body_lines if t.strip()][:HEAD_LINES]]
    if not any(_WEB_VERSION.match(s) for s in lines):
        return None
    n_words = sum(len(t.split()) for _, t in first.body_lines)
    if n_words > NOTE_MAX_WORDS:
        return None
    items.remove(first)
    return Rejection(path, "newsletter masthead and editor's note, not an article",
                     f"lines {first.start_line}-{first.end_line}", sum(1 for _, t in first.body_lines if t.strip()))
