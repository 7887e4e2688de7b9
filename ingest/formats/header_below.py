"""What a plain-text header states below its anchor line: bylines, times, labels, a title
broken across the header, or the title itself when the anchor named only the outlet (see
ingest/formats/headers.py for the anchors and the lines above them). Kept apart because every
header reader ends here, the date-anchored, byline-anchored and labelled headers as well as
the clip-field and newsletter-item readers, while the upward reading is the anchors' own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.dates import date_line, numeric_date, parse_date, split_trailing_date
from ingest.formats.header_vocab import VOCABULARY, database_field, header_furniture
from ingest.formats.line_forms import generic_label
from ingest.formats.lines import EXTRA_LABEL, LABEL_LINE, Lines, strip_item
from ingest.formats.roles import unquote
from ingest.text import SENTENCE_END, URL_RE, is_separator, is_time_line, is_url_line, words

if TYPE_CHECKING:  # headers.py imports this module; the record is only named here, never built
    from ingest.formats.headers import Header

# "Last modified on Wed 8 Mar 2023", "Updated 3 hours ago": revision stamps, never the publication date.
_REVISED = re.compile(r"^(last )?(modified|updated|edited|revised)\b.{0,60}$", re.I)
# "3 hours ago", "yesterday": when a page was seen, relative to a day nobody recorded.
_RELATIVE = re.compile(
    r"^(\d+|an?|one|a few)\s+(second|minute|min|hour|hr|day|week|month)s?\s+ago$|^(just now|today|yesterday)$", re.I)
_PART_SEP = re.compile(r"\s+[|·•]\s+")
_AUTHOR_LABEL = re.compile(r"^(authors?|byline|written by|reporter)\s*:", re.I)
# A wrapped title broken inside a word leaves a suffix on the next line ("F-16" / "s to aid").
_SUFFIXES = {"s", "es", "ed", "d", "ing", "ly", "er", "ers", "est", "n't", "'s", "’s"}
_NAME_JOINER = re.compile(r",| and | & ")
_WORD_CHAR = re.compile(r"\w")
MAX_KIND_CHARS = 16  # 'Guest Column', 'Online News': a kind line under the credit is this short


def title_below(lines: Lines, h: Header) -> bool:
    """'[Clip 01] Outlet — 5 June 2023' / 'URL: …' / '-----' / Title: the headline comes after."""
    i = h.end + 1
    while i < len(lines) and i <= h.end + 6:
        s = lines.clean[i]
        if not s or is_separator(s) or lines.label(i) or EXTRA_LABEL.match(s) or header_furniture(s):
            if (lab := lines.label(i)) and lab[0] == "url" and URL_RE.search(lab[1]):
                h.url = URL_RE.search(lab[1]).group(0)  # type: ignore[union-attr]
            i += 1
            continue
        if lines.titleish(i) and not (len(s) <= MAX_KIND_CHARS and VOCABULARY.channel.match(s)):
            # ("Editorial" under the credit line names the kind of piece, never its headline)
            h.title = unquote(strip_item(s))
            h.lines.update(range(h.end + 1, i + 1))
            h.end = i
            return True
        return False
    return False


def title_fragment(s: str) -> bool:
    """The rest of a title broken after the header: short, lower-case start, no sentence end."""
    return s[:1].islower() and len(words(s)) <= 8 and not SENTENCE_END.search(s) and not is_url_line(s)


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
        if first and title_fragment(s) and h.title and lines.byline(i) is None:
            # ("by Claire LE GOFF" is lower case and short too, but a byline: read below)
            h.title = _append_fragment(h.title, s)  # a title that was broken across the header
        elif (cr := lines.credit(i)) is not None and (
            (cr.authors and (cr.outlet is not None or cr.dated))
            or (cr.outlet is not None and cr.dated and h.published_on is None)  # "Title / By X / Gazette · 1 May 2025"
        ):
            h.authors = h.authors or list(cr.authors)  # "Jane Roe | Harbour Gazette | 5 May 2024"
            h.outlet = h.outlet or cr.outlet
            h.published_on = h.published_on or cr.date
        elif (first and h.title and not h.authors and cr is not None and cr.authors and not cr.dated
              and cr.outlet is None and cr.parts == 2):
            h.authors = list(cr.authors)  # "Outlet, date / Title / Jane Roe, Leeds": the writer and her place
        elif first and h.outlet and h.title and not h.authors and (names := lone_name(lines, i)):
            h.authors = names  # "Outlet — date / Title / Jane Roe": the person under the headline
        elif (names := lines.byline(i)) is not None or (names := by.role_byline(s)) is not None:
            h.authors = h.authors or names
        elif (lab := lines.label(i)) is not None:
            apply_label(lines, h, *lab)
        elif i == h.end + 1 and h.title and h.url is None and is_url_line(s) and (m := URL_RE.search(s)):
            # "Title / Issuer | date / https://…": an alert's link to the item, right under it (or
            # under the byline: "Title / Outlet, date / By Jane Roe / https://…")
            h.url = m.group(0)
        elif (_AUTHOR_LABEL.match(s) or is_time_line(s) or EXTRA_LABEL.match(s) or is_separator(s) or _REVISED.match(s)
              or header_furniture(s) or (first and len(s) <= MAX_KIND_CHARS and VOCABULARY.channel.match(s))):
            # ("Editorial", "Guest Column" alone under the credit line: the kind of piece, no byline)
            pass  # "Author : X" whose value is no clean name, clock times, "Section: …": header, not body
        elif (names := by.dated_names(s)) is not None:
            h.authors = h.authors or names  # "[South Front](#) 16 November 2020"
        elif h.outlet is None and first and lines.outletish(i) and lines.ctx.outlets.known(s):
            h.outlet = s  # "Title / Date / Outlet" layout, only for outlets we know
        elif (h.outlet is None and h.authors and i - 1 in h.lines and lines.byline(i - 1) is not None
              and lines.outletish(i) and lines.ctx.outlets.nameplate(s)):
            h.outlet = s  # "By Jane Roe / Tidewater News Service": the byline's paper or agency
        elif not h.authors and first and (names := bare_names(lines, s)):
            h.authors = names  # "Kirsty Mullan and Eoin Ó Murchú" under the date, no "By"
        elif not _database_field(lines, h, s):
            break
        h.lines.add(i)
        h.end, first = i, False
        i += 1


def _database_field(lines: Lines, h: Header, s: str) -> bool:
    """A database header's field under a labelled line ('Date: …' / 'From: Coast Gazette
    (Bergen, Norway)' / 'Document Type: Article'): the outlet is read, the rest is metadata."""
    if not h.title or not generic_label(lines.clean[h.end]):
        return False
    m = LABEL_LINE.match(s) if ":" in s else None
    role = database_field(m.group(1)) if m else None
    if role is None or m is None:
        return False
    value = m.group(2).strip()
    if role == "outlet":
        if "@" in value or not value:
            return False  # "From: Jane Roe <jane@example.org>": a forwarded mail's sender
        h.outlet = h.outlet or value
    return True


def bare_names(lines: Lines, s: str) -> list[str] | None:
    """Two or more full names and nothing else: a byline without 'By'."""
    if SENTENCE_END.search(s) or len(s.split()) > 10 or not _NAME_JOINER.search(s):
        return None
    names = lines.ctx.bylines.names(s)
    return names if names and len(names) >= 2 and all(len(n.split()) >= 2 for n in names) else None


def lone_name(lines: Lines, i: int) -> list[str] | None:
    """One person's name alone on its line, standing as a block of its own (blank below)."""
    cr = lines.credit(i)
    if cr is None or cr.name is None or cr.parts != 1 or cr.dated:
        return None
    below = i + 1
    if below < len(lines) and not lines.blank(below):
        return None
    return lines.credits.person_names(cr.name)


def apply_label(lines: Lines, h: Header, fieldname: str, value: str) -> None:
    value = value.strip()
    if not value or not _WORD_CHAR.search(value):
        return  # "Author: –": stated as unknown
    if fieldname == "title" and not h.title:
        h.title = strip_item(value)
    elif fieldname == "outlet" and not h.outlet:
        cr = lines.credits.read(value, lines.dayfirst)
        if cr is not None and not cr.authors and (cr.outlet or cr.name):
            # "Quelle: Kölner Stadtbote, 12. März 2025, S. 21 (Lokalteil)", "Source: Gazette, Online edition"
            h.outlet = cr.outlet or cr.name
            h.published_on = h.published_on or cr.date
            return
        dated = split_trailing_date(value)  # "Source: Midland Courier | 14 November 2019"
        if dated is None:  # "Source: Lakeshore Ledger | Updated 3 hours ago": the stamp is no part of the name
            parts = _PART_SEP.split(value)
            kept = [p for p in parts if not (_REVISED.match(p) or _RELATIVE.match(p))]
            if kept and len(kept) < len(parts):
                value = " | ".join(kept)
        h.outlet = dated[0] if dated else value
        if dated and not h.published_on:
            h.published_on = dated[1]
    elif fieldname == "date" and not h.published_on:
        order = lines.dayfirst()  # "Datum: 07/03/2025" in a file whose "13/03/2025" proves day-first
        h.published_on = (date_line(value) or (numeric_date(value, order) if order is not None else None)
                          or parse_date(value))
    elif fieldname == "authors" and not h.authors:
        h.authors = lines.ctx.bylines.names(value) or lines.ctx.bylines.byline("By " + value) or []
    elif fieldname == "url" and not h.url and (m := URL_RE.search(value)):
        h.url = m.group(0)
