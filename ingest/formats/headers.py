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
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ingest.bylines import Bylines
from ingest.dates import date_line, find_date, parse_date, split_leading_date, split_trailing_date
from ingest.outlets import OutletAliases
from ingest.rules import RuleSet
from ingest.text import (
    SENTENCE_END,
    URL_RE,
    clean_line,
    is_menu_line,
    is_separator,
    is_tag_line,
    is_time_line,
    is_url_line,
    words,
)

MAX_STACK = 7  # header lines above an anchor: kicker, title (2 lines), subtitle, byline, outlet, slug
MAX_OUTLET_WORDS = 8
_LABEL_LINE = re.compile(r"^([A-Za-z][A-Za-z /&.-]{0,30}?)\s*:\s*(.*)$")
_EXTRA_LABEL = re.compile(
    r"^(source|section|length|words|word count|updated|published|posted|dateline|location|region|theme|"
    r"category|topics?|tags?|keywords?|edition|page|type|language|url|link|summary|description|excerpt|abstract|"
    r"standfirst|dek|folder|account|exported|read original article)\s*:\s*\S",
    re.I,
)
# "Last modified on Wed 8 Mar 2023", "Updated 3 hours ago": revision stamps, never the publication date.
_REVISED = re.compile(r"^(last )?(modified|updated|edited|revised)\b.{0,60}$", re.I)
_DATE_STAMP = re.compile(r"^(posted|published|dated?|updated|first published)\b\W*[\d./-]{6,10}\b", re.I)
_AUTHOR_LABEL = re.compile(r"^(authors?|byline|written by|reporter)\s*:", re.I)
_OUTLET_LABEL = re.compile(r"^(source|publication|outlet|publisher|newspaper|via|from)\s*:\s*", re.I)
_MAIL_LABEL = re.compile(
    r"^(from|to|cc|bcc|subject|sent|date|message-id|content-type|content-transfer-encoding|reply-to|mime-version|"
    r"in-reply-to|references|x-[\w-]+)\s*:", re.I)
_MULTIPART = re.compile(r"\s(?:—|\|)\s")  # "Headline — Outlet, date": a contents line, not an outlet
_SLUG = re.compile(r"^[A-Z]{2,}(?:-[\w]+)+")  # wire slugs: "AP-EU--Portugal-Strike"
_ITEM_PREFIX = re.compile(r"^(?:\d{1,3}[.)]\s+|\[[^\]]{1,24}\]\s*|#\d{1,4}\s+)")
# A wrapped title broken inside a word leaves a suffix on the next line ("F-16" / "s to aid").
_SUFFIXES = {"s", "es", "ed", "d", "ing", "ly", "er", "ers", "est", "n't", "'s", "’s"}
LABELS_FILE = Path(__file__).resolve().parent.parent / "data" / "header_labels.toml"


@dataclass(slots=True)
class ParseContext:
    """Vocabulary the parser needs: bylines, outlet aliases and boilerplate rules (data files)."""

    bylines: Bylines
    outlets: OutletAliases
    rules: RuleSet | None = None
    labels: dict[str, str] = field(default_factory=lambda: load_labels(LABELS_FILE))


def load_labels(path: Path) -> dict[str, str]:
    """Header label -> field ('title', 'outlet', 'date', 'authors', 'url', 'language')."""
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    return {label.lower(): fieldname for fieldname, labels in data.get("labels", {}).items() for label in labels}


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


def strip_item(text: str) -> str:
    """'1. Headline', '[Clip 01] Outlet': list numbering and clip labels are not part of the name."""
    return _ITEM_PREFIX.sub("", text, count=1).strip()


class Lines:
    """The decoded lines of one source with cached per-line judgements."""

    def __init__(self, raw: list[str], ctx: ParseContext) -> None:
        self.raw = raw
        self.clean = [clean_line(x) for x in raw]
        self.ctx = ctx
        self._titleish: dict[int, bool] = {}

    def __len__(self) -> int:
        return len(self.raw)

    def blank(self, i: int) -> bool:
        return not self.clean[i]

    def prev_nonblank(self, i: int) -> tuple[int, int]:
        """Index of the nearest non-blank line above i (or -1) and how many blanks lie between."""
        gap, j = 0, i - 1
        while j >= 0 and self.blank(j):
            gap, j = gap + 1, j - 1
        return j, gap

    def next_nonblank(self, i: int) -> int:
        j = i + 1
        while j < len(self) and self.blank(j):
            j += 1
        return j

    def label(self, i: int) -> tuple[str, str] | None:
        """(field, value) of a labelled header line such as 'Source: The Ledger'."""
        m = _LABEL_LINE.match(self.clean[i])
        if not m:
            return None
        fieldname = self.ctx.labels.get(m.group(1).strip().lower())
        return (fieldname, m.group(2).strip()) if fieldname else None

    def titleish(self, i: int) -> bool:
        if i not in self._titleish:
            self._titleish[i] = self._judge_title(i)
        return self._titleish[i]

    def _judge_title(self, i: int) -> bool:
        s = self.clean[i]
        if not s or len(s) > 220 or not re.search(r"[A-Za-z]", s) or "@" in s:
            return False
        if s.endswith((".", ",", ";", ":")) and not s.endswith("..."):
            return False
        if (SENTENCE_END.search(s) and not s.endswith(("?", "!", '?"', "?”", "!”"))) or len(words(s)) > 40:
            return False
        if is_separator(s) or is_url_line(s) or is_time_line(s) or is_menu_line(self.raw[i]):
            return False
        by = self.ctx.bylines
        if is_tag_line(s) or date_line(s) or _DATE_STAMP.match(s) or by.byline(s) or by.credits(s) or by.dated_names(s):
            return False
        if _EXTRA_LABEL.match(s) or _MAIL_LABEL.match(s) or self.label(i) or (
                self.ctx.rules is not None and self.ctx.rules.match(s, "any")):
            return False  # "Keywords: ...", "Share this article": never a headline
        return outlet_and_date(self, i) is None

    def outletish(self, i: int) -> bool:
        s = self.clean[i]
        if not s or len(words(s)) > MAX_OUTLET_WORDS or (SENTENCE_END.search(s) and not s.endswith(".")):
            return False
        if s.endswith(".") and not re.search(r"\.(com|org|net|in|am|ua|ru|uk|ca|de|fr)$", s):
            return False
        return self.titleish(i) and not s[0].islower()

    def dateish(self, i: int) -> bool:
        """A date line, or a date stamp we cannot read ('Posted 04/05/2022'): header, not title."""
        s = self.clean[i]
        return date_line(s) is not None or bool(_DATE_STAMP.match(s))

    def bylineish(self, i: int) -> list[str] | None:
        by = self.ctx.bylines
        return by.byline(self.clean[i]) or by.role_byline(self.clean[i])


def outlet_and_date(lines: Lines, i: int) -> tuple[str, dt.date] | None:
    """'Global Research, October 15, 2020', 'Outlet | 2 March 2021', '13 Mar 2023 | Outlet'."""
    s = _OUTLET_LABEL.sub("", lines.clean[i], count=1)  # "Source: Midland Courier | 14 November 2019"
    if len(s) > 120 or lines.ctx.bylines.byline(s):
        return None
    split = split_trailing_date(s)
    if (split and 0 < len(words(strip_item(split[0]))) <= MAX_OUTLET_WORDS and not _MULTIPART.search(split[0])
            and not _LABEL_LINE.match(split[0]) and not re.search(r"\d[./-]\d", split[0])):
        # "Outlet, Date" needs its separator; "Name 16 November 2020" is a dated byline instead.
        sep = s[len(split[0]) : len(split[0]) + 3]
        if re.match(r"\s*[,|–—-]", sep):
            return strip_item(split[0]), split[1]
    lead = split_leading_date(s)
    if lead and 0 < len(words(lead[1])) <= MAX_OUTLET_WORDS and not SENTENCE_END.search(lead[1]):
        return lead[1], lead[0]
    return None


_POSTED = re.compile(r"^(posted|published|written|updated)?\s*(on)?\s*", re.I)


def labelled_date(s: str) -> dt.date | None:
    """'Date: 20.11.2019 | Category: Press Release', 'Published: 5 May 2020 · Section: World':
    a date segment among label segments (a CMS listing line)."""
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+", s) if p.strip()]
    if len(parts) < 2 or len(parts) > 4:
        return None
    dates = [d for p in parts if (d := date_line(p)) is not None]
    others = [p for p in parts if date_line(p) is None]
    if any(_OUTLET_LABEL.match(p) for p in others):
        return None  # "Source: Outlet | date" states an outlet: outlet_and_date reads it
    if len(dates) == 1 and all(generic_label(p) or furniture(p) for p in others):
        return dates[0]
    return None


def dated_byline(lines: Lines, i: int) -> tuple[dt.date, list[str]] | None:
    """'Posted on March 3, 2011 by Søren Kjærgaard', 'By Jane Roe on 5 May 2020', 'Jane Roe | 5 May 2020':
    a date and the names, with nothing else on the line."""
    s = lines.clean[i]
    found = find_date(s) if len(s) <= 140 else None
    if found is None:
        return None
    date, start, end = found
    if not re.search(r"\bby\b|\s[|·•]\s", s, re.I):
        return None  # "Generated: 18.11.2022 07:00": a stamp, not a byline
    before, after = s[:start], s[end:]
    after = re.sub(r"^[\s,]*(at\s+)?\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*([A-Z]{2,4})?", "", after, flags=re.I)
    rest = " ".join(p.strip(" ,|·—–-") for p in (_POSTED.sub("", before, count=1), after)).strip()
    rest = re.sub(r"^(by|on)\s+|\s+(by|on)$", "", re.sub(r"\s+(by|on)\s+", " ", rest, flags=re.I), flags=re.I).strip()
    rest = re.sub(r"^by\s+", "", rest, flags=re.I)
    names = lines.ctx.bylines.names(rest) if rest else None
    return (date, names) if names else None


def _stack_above(lines: Lines, a: int, floor: int) -> list[int]:
    """Header-like lines above the anchor, nearest first, up to a paragraph, a wide gap or the
    previous header; a glued sentence above the top line means we are inside prose (trimmed)."""
    stack: list[int] = []
    j, gap = lines.prev_nonblank(a)
    while j > floor and len(stack) < MAX_STACK and gap <= (2 if not stack else 1):
        s = lines.clean[j]
        if not (lines.titleish(j) or lines.bylineish(j) or lines.dateish(j) or furniture(s)):
            break
        stack.append(j)
        j, gap = lines.prev_nonblank(j)
    while stack:  # the top line must start a block: blank, separator, previous header or file start
        above, gap = lines.prev_nonblank(stack[-1])
        if above <= floor or gap > 0 or is_separator(lines.clean[above]):
            break
        stack.pop()
    return stack


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
    if len(block) > 1 and is_kicker(lines.clean[block[0]]):
        block = block[1:]  # "VALENCIA" / "AP-EU--Portugal-Strike" above the headline: a kicker or slug
    title = " ".join(lines.clean[j] for j in block)
    return strip_item(title) or None, block


def is_kicker(s: str) -> bool:
    """A section label or wire slug above a headline: one token, ALL CAPS, or slug-shaped."""
    toks = s.split()
    return len(toks) <= 4 and (len(toks) == 1 or s.isupper() or bool(_SLUG.match(s)))


def _split_standfirst(lines: Lines, rest: list[int]) -> tuple[list[int], list[int]]:
    """Title candidates in separate blocks: a long nearest line under a shorter one is the
    standfirst (it goes to the body), the shorter one above it the headline."""
    if len(rest) >= 2 and rest[1] != rest[0] - 1:
        near, far = len(lines.clean[rest[0]].split()), len(lines.clean[rest[1]].split())
        if near >= 12 and near >= 1.5 * far and not is_kicker(lines.clean[rest[1]]):
            return rest[1:], [rest[0]]
    return rest, []


def header_at(lines: Lines, a: int, floor: int) -> Header | None:
    """Read a header block anchored on a date line at index a; None when the shape does not fit."""
    date = date_line(lines.clean[a])
    outlet: str | None = None
    authors: list[str] = []
    if date is None:
        od = outlet_and_date(lines, a)
        if od is not None:
            outlet, date = od
        elif (ld := labelled_date(lines.clean[a])) is not None:
            date = ld
        elif (db := dated_byline(lines, a)) is not None:
            date, authors = db
        else:
            return None
    h = _assign(lines, a, _stack_above(lines, a, floor), outlet)
    h.published_on = date
    h.authors = h.authors or authors
    nxt = a + 1
    if nxt < len(lines) and lines.clean[nxt][:1].islower() and not _fragment(lines.clean[nxt]):
        return None  # "... finish by / October 5, 2021 / if the weather holds.": a date inside prose
    if h.title is None and not ((h.outlet is not None or _starts_block(lines, a, floor)) and _title_below(lines, h)):
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
        if (names := lines.bylineish(j)) is not None:
            authors = authors or names
        elif not (lines.dateish(j) or (furniture(lines.clean[j]) and not lines.titleish(j))):
            rest.append(j)  # "Eds: With AP Photos." is furniture; "Sports: Albania cancels…" a headline
    kicker_pair = len(rest) >= 2 and rest[1] == rest[0] - 1 and is_kicker(lines.clean[rest[1]])
    if outlet is None and len(rest) >= 2 and lines.outletish(rest[0]) and not kicker_pair:
        outlet, rest = lines.clean[rest[0]], rest[1:]
    rest, standfirst = _split_standfirst(lines, rest)
    title, _ = _title_block(lines, rest)
    used = {a, *stack} - set(standfirst)
    return Header(start=min(used), end=a, title=title, outlet=outlet, authors=authors, lines=used)


def byline_header_at(lines: Lines, a: int, floor: int) -> Header | None:
    """'Title / Outlet / (Posted 04/05/2022) / By X' with no usable date: the byline anchors it,
    but only with a title above (never a byline under a standfirst)."""
    stack = _stack_above(lines, a, floor)
    h = _assign(lines, a, stack, None)
    if h.title is None:
        return None
    h.authors = lines.ctx.bylines.byline(lines.clean[a]) or h.authors
    h.published_on = next((d for j in stack if lines.dateish(j) and (d := date_line(lines.clean[j]))), None)
    read_forward(lines, h)
    return h


def _starts_block(lines: Lines, a: int, floor: int) -> bool:
    """The anchor opens a block: the file start, the previous header, a rule line or a line that
    is never prose ('FOR IMMEDIATE RELEASE') stands above it, not the end of a paragraph."""
    above, _ = lines.prev_nonblank(a)
    if above <= floor:
        return True
    s = lines.clean[above]
    return is_separator(s) or (lines.ctx.rules is not None and lines.ctx.rules.match(s, "any") is not None)


def _title_below(lines: Lines, h: Header) -> bool:
    """'[Clip 01] Outlet — 5 June 2023' / 'URL: …' / '-----' / Title: the headline comes after."""
    i = h.end + 1
    while i < len(lines) and i <= h.end + 6:
        s = lines.clean[i]
        if not s or is_separator(s) or lines.label(i) or _EXTRA_LABEL.match(s):
            if (lab := lines.label(i)) and lab[0] == "url" and URL_RE.search(lab[1]):
                h.url = URL_RE.search(lab[1]).group(0)  # type: ignore[union-attr]
            i += 1
            continue
        if lines.titleish(i):
            h.title = strip_item(s)
            h.lines.update(range(h.end + 1, i + 1))
            h.end = i
            return True
        return False
    return False


def _fragment(s: str) -> bool:
    """The rest of a title broken after the header: short, lower-case start, no sentence end."""
    return s[:1].islower() and len(words(s)) <= 8 and not SENTENCE_END.search(s)


def _append_fragment(title: str, fragment: str) -> str:
    first = fragment.split()[0] if fragment.split() else ""
    if first.lower() in _SUFFIXES and title[-1:].isalnum():
        return title + fragment
    return title + " " + fragment


def read_forward(lines: Lines, h: Header) -> None:
    """Consume byline, time, label and title-fragment lines below the anchor."""
    by = lines.ctx.bylines
    i, first = h.end + 1, True
    while i < len(lines):
        s = lines.clean[i]
        if not s:
            i += 1
            continue
        if first and _fragment(s) and h.title:
            h.title = _append_fragment(h.title, s)  # a title that was broken across the header
        elif (names := by.byline(s)) is not None or (names := by.role_byline(s)) is not None:
            h.authors = h.authors or names
        elif (lab := lines.label(i)) is not None:
            _apply_label(lines, h, *lab)
        elif _AUTHOR_LABEL.match(s) or is_time_line(s) or _EXTRA_LABEL.match(s) or is_separator(s) or _REVISED.match(s):
            pass  # "Author : X" whose value is no clean name, clock times, "Section: …": header, not body
        elif (names := by.dated_names(s)) is not None:
            h.authors = h.authors or names  # "[South Front](#) 16 November 2020"
        elif h.outlet is None and first and lines.outletish(i) and lines.ctx.outlets.known(s):
            h.outlet = s  # "Title / Date / Outlet" layout, only for outlets we know
        elif not h.authors and first and (names := _bare_names(lines, s)):
            h.authors = names  # "Kirsty Mullan and Eoin Ó Murchú" under the date, no "By"
        else:
            break
        h.lines.add(i)
        h.end, first = i, False
        i += 1


def _bare_names(lines: Lines, s: str) -> list[str] | None:
    """Two or more full names and nothing else: a byline without 'By'."""
    if SENTENCE_END.search(s) or len(s.split()) > 10 or not re.search(r",| and | & ", s):
        return None
    names = lines.ctx.bylines.names(s)
    return names if names and len(names) >= 2 and all(len(n.split()) >= 2 for n in names) else None


def _apply_label(lines: Lines, h: Header, fieldname: str, value: str) -> None:
    value = value.strip()
    if not value or not re.search(r"\w", value):
        return  # "Author: –": stated as unknown
    if fieldname == "title" and not h.title:
        h.title = strip_item(value)
    elif fieldname == "outlet" and not h.outlet:
        dated = split_trailing_date(value)  # "Source: Midland Courier | 14 November 2019"
        h.outlet = dated[0] if dated else value
        if dated and not h.published_on:
            h.published_on = dated[1]
    elif fieldname == "date" and not h.published_on:
        h.published_on = date_line(value) or parse_date(value)
    elif fieldname == "authors" and not h.authors:
        h.authors = lines.ctx.bylines.names(value) or lines.ctx.bylines.byline("By " + value) or []
    elif fieldname == "url" and not h.url and (m := URL_RE.search(value)):
        h.url = m.group(0)


def furniture(s: str) -> bool:
    """Wire and export furniture around a headline: 'Eds: With AP Photos.', slugs."""
    m = _LABEL_LINE.match(s)
    short_label = m is not None and len(m.group(1).split()) <= 2 and m.group(1)[:1].isupper() and len(s.split()) <= 12
    return short_label or bool(_SLUG.match(s))


def generic_label(s: str) -> bool:
    """Any 'Label: value' line of a labelled block ('Media type: Print', 'Reach: 412,000 | AVE: …')."""
    m = _LABEL_LINE.match(s)
    return m is not None and len(m.group(1).split()) <= 3 and m.group(1)[:1].isupper() and not s.endswith(".")


def labelled_header_at(lines: Lines, a: int, floor: int) -> Header | None:
    """A block of 'Label: value' lines holding a title and at least one of outlet, date, author."""
    lab = lines.label(a)
    if lab is None or lab[0] != "title":
        return None
    start = a
    while start - 1 > floor and generic_label(lines.clean[start - 1]):
        start -= 1
    end = a
    while end + 1 < len(lines) and generic_label(lines.clean[end + 1]):
        end += 1
    h = Header(start=start, end=end, lines=set(range(start, end + 1)))
    for i in range(start, end + 1):
        if (found := lines.label(i)) is not None:
            _apply_label(lines, h, *found)
    if not h.title or not (h.outlet or h.published_on or h.authors):
        return None
    read_forward(lines, h)
    return h
