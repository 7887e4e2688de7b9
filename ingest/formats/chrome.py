"""Site chrome at the top of a web page copied from a browser as text.

Select-all and copy on a news page brings the site's navigation along: the skip link, the
site's name, today's date from the top bar, a column of menu items, a 'Subscribe' button and
the section kicker, one per line, above the headline:

    Skip to content
    Thursday, 4 March 2027            <- today's date in the top bar, not the story's
    Harbour Town Gazette              <- the site's name
    Home / Local / Ports / Sport / Opinion / Subscribe
    PORTS                             <- the section kicker
    Dredging contract awarded after two-year delay     <- the headline

Read as text, that block looks like a header: a date line over a short title-shaped line. So
a run of short menu-like lines at the top of a page (the file's start, or just after a rule
between pasted pages) that holds several capitalised one- or two-word items *and* a sign of
navigation (a marker word from ingest/data/webpages.toml [pasted] chrome_markers, or a date
line) is the site's chrome: blanked before the header scan, so the headline is the first
prose-title-shaped line after it. A run of short lines without those signs (a poem, a list
of names, a newsletter's section banner) is left alone.

The chrome's site name can be the outlet, but only when the page's own rights line below the
chrome repeats it ('© 2027 Harbour Town Gazette Ltd. All rights reserved.'): a name line the
page never claims stays unused, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.dates import date_line
from ingest.formats.meta_clean import vocabulary
from ingest.text import SENTENCE_END, clean_line, is_separator

_RULE_FIRST = frozenset("=-_*#~─━═")  # what a rule between pasted pages starts with (a set: '' is no member)
MAX_ITEM_WORDS = 4  # a menu item, a site name, a kicker: never a headline's length
MIN_SHORT_ITEMS = 4  # capitalised one- or two-word items a navigation block holds at least
MAX_NAME_WORDS = 5
_BYLINE = re.compile(r"^by\s+\S", re.I)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Ý][\w'’&.-]*|of|the|and|for|de|la|le|du|der|die|das|van|von|&)$")
# 'BNC Homepage', 'Gazette home': the site's name on its home link.
_RIGHTS = re.compile(r"©|\(c\)|\bcopyright\b|\ball rights reserved\b", re.I)
_HOME_SUFFIX = re.compile(r"\s+(?:homepage|home page|home)$", re.I)


@dataclass(frozen=True)
class Chrome:
    """Lines [start, stop) of one page's chrome, the page's end, and its confirmed site name."""

    start: int
    stop: int
    page_end: int
    site: str | None


def _markers() -> frozenset[str]:
    return frozenset(m.lower() for m in vocabulary()["pasted"]["chrome_markers"])


def _item(s: str) -> bool:
    """A line a navigation block is made of: a few words, no sentence, no byline."""
    toks = s.split()
    if not toks or len(toks) > MAX_ITEM_WORDS or _BYLINE.match(s):
        return False
    if date_line(s) is not None:
        return True
    return not SENTENCE_END.search(s) and not any(c.isdigit() for c in s)


def _short_item(s: str) -> bool:
    toks = s.split()
    return len(toks) <= 2 and toks[0][:1].isupper()


def page_tops(raw: list[str]) -> list[int]:
    """Where pasted pages may start: the file's top and the line after each rule line."""
    return [0] + [i + 1 for i, line in enumerate(raw) if line[:1] in _RULE_FIRST and is_separator(line)]


def page_chrome(raw: list[str], more_tops: list[int] | None = None) -> list[Chrome]:
    """The chrome blocks at the top of the file and after each rule line (pasted pages), and
    at `more_tops` (the pages after wide gaps of a file known to be a browser paste)."""
    tops = page_tops(raw)
    if more_tops:
        tops = sorted(set(tops) | set(more_tops))
    out: list[Chrome] = []
    markers: frozenset[str] | None = None
    for n, top in enumerate(tops):
        page_end = tops[n + 1] - 1 if n + 1 < len(tops) else len(raw)
        run: list[int] = []
        j = top
        while j < page_end:
            s = clean_line(raw[j]).lstrip("\ufeff")
            if s:
                if not _item(s):
                    break
                run.append(j)
            j += 1
        if len(run) < MIN_SHORT_ITEMS or j >= page_end:
            continue
        texts = [clean_line(raw[i]).lstrip("\ufeff") for i in run]
        if sum(1 for s in texts if _short_item(s)) < MIN_SHORT_ITEMS:
            continue
        if markers is None:
            markers = _markers()
        if not any(s.lower().rstrip(":") in markers or date_line(s) for s in texts):
            continue
        stop = j
        if _BYLINE.match(clean_line(raw[j])) and not texts[-1].isupper():
            stop = run.pop()  # 'Flood warning' over 'By Jane Roe': a short headline, not a menu item
            texts.pop()
        out.append(Chrome(top, stop, page_end, _site(texts, raw, stop, page_end, markers)))
    return out


def _site(texts: list[str], raw: list[str], stop: int, end: int, markers: frozenset[str]) -> str | None:
    """The chrome's name line that the page's rights line repeats ('© 2027 Harbour Town Gazette')."""
    below = [clean_line(raw[k]) for k in range(stop, end)]
    for s in texts:
        if s.lower().rstrip(":") in markers or date_line(s):
            continue
        name = _HOME_SUFFIX.sub("", s)
        toks = name.split()
        if not toks or len(toks) > MAX_NAME_WORDS or not all(_NAME_WORD.match(t) for t in toks):
            continue
        if len(toks) == 1 and name == s:
            continue  # 'News', 'UK': a menu item; a one-word name only on its home link ('BNC Homepage')
        pat = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        if any(_RIGHTS.search(b) and pat.search(b) for b in below):
            return name
    return None
