"""The plain-text parser's line tests as they were before the speed work (the "slow path").

tests/test_parse_prechecks.py and tests/test_parse_scans.py hold every pre-check, memo and
candidate scan of ingest/dates.py, ingest/bylines.py, ingest/formats/lines.py, headers.py,
plaintext.py and ingest/metadata.py to these: same answer on every input. They call the
production helpers they do not test (names parsing, the date patterns) so that only the
changed parts are pinned here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ingest.bylines import _DATE_LABEL, _YEAR_IN, Bylines
from ingest.bylines import _TIME as _CLOCK
from ingest.dates import _PATTERNS, _TIME, _build, date_line, find_date
from ingest.formats import digestparts
from ingest.formats import headers as hd
from ingest.formats import line_forms as lf
from ingest.formats import lines as ln
from ingest.formats.clip_lines import headline_credit, yearless_credit
from ingest.formats.fields import field_block_header_at, multi_field
from ingest.formats.headers import Header
from ingest.formats.lines import Lines
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


def has_year(text: str) -> bool:
    # digits of other scripts read as ASCII first (Arabic-Indic, Devanagari, full-width: dates.ascii_digits)
    text = "".join(str(unicodedata.digit(c)) if not c.isascii() and unicodedata.digit(c, None) is not None
                   and ("\u0660" <= c <= "\u0669" or "\u06f0" <= c <= "\u06f9" or "\u0966" <= c <= "\u096f"
                        or "\uff10" <= c <= "\uff19") else c for c in text)
    return re.search(r"(?:19|20)\d\d", text) is not None


def split_trailing_date(line: str) -> tuple[str, dt.date] | None:
    if not re.search(r"(?:19|20)\d\d", line[-60:]):
        return None
    for pattern in _PATTERNS:
        for m in pattern.finditer(line):
            tail = line[m.end() :]
            if re.fullmatch(_TIME + r"\s*", tail, re.I) and m.start() > 0:
                date = _build(m)
                if date is not None:
                    head = line[: m.start()].rstrip(" ,|–—-:\t")
                    return head, date
    return None


def split_leading_date(line: str) -> tuple[dt.date, str] | None:
    if not re.search(r"(?:19|20)\d\d", line[:60]):
        return None
    for pattern in _PATTERNS:
        m = pattern.match(line.strip())
        if m:
            date = _build(m)
            rest = line.strip()[m.end() :]
            tm = re.match(_TIME, rest, re.I)
            rest = rest[tm.end() :] if tm else rest
            rest = rest.strip(" ,|–—-:\t")
            if date is not None and rest:
                return date, rest
    return None


def byline(by: Bylines, line: str) -> list[str] | None:
    s = clean_line(line)
    m = by._opener.match(s)
    if not m or len(s) > 200:
        return None
    rest = s[m.end() :]
    while (again := by._opener.match(rest)) and again.end() > 0:
        rest = rest[again.end() :]
    dated = split_trailing_date(rest)
    if dated:
        rest = dated[0]
    rest = re.split(r"\s+[|•·]\s+|\s+[–—]\s+", rest)[0]
    rest = _CLOCK.split(rest)[0] if _CLOCK.search(rest) else rest
    return by.names(rest)


def dated_names(by: Bylines, line: str) -> list[str] | None:
    s = clean_line(line)
    dated = split_trailing_date(s)
    if not dated or len(s) > 160 or _DATE_LABEL.match(dated[0]):
        return None
    if _YEAR_IN.search(dated[0]):
        return None  # a year before the date: a span of dates ('March 14, 1938 - November 29, 2026'), no name
    return by.names(dated[0])


def credits(by: Bylines, line: str) -> list[str] | None:
    s = clean_line(line).strip()
    if not (s.startswith("(") and s.endswith(")")) or len(s) > 300:
        return None
    inner = s[1:-1]
    found = list(by._role.finditer(inner))
    if not found or found[0].start() != 0:
        return None
    authors: list[str] = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(inner)
        chunk = inner[m.end() : end].strip(" ;,.")
        names = by.names(chunk)
        if names is None:
            return None
        if m.group(1).lower() in by.author_roles:
            authors += [n for n in names if n not in authors]
    return authors


def role_byline(by: Bylines, line: str) -> list[str] | None:
    s = clean_line(line)
    if len(s) > 160 or SENTENCE_END.search(s) or ":" in s:
        return None
    parts = [p.strip() for p in re.split(r"\s+[|•·]\s+|\s*,\s+", s) if p.strip()]
    if not 2 <= len(parts) <= 3 or not by.is_name(parts[0]) or by._descriptor(parts[0]):
        return None
    piped = bool(re.search(r"\s[|•·]\s", s))
    for part in parts[1:]:
        place = piped and len(part.split()) <= 3 and all(t[:1].isupper() for t in part.split())
        if not (by._descriptor(part) or place):
            return None
    return [parts[0]]


def furniture(s: str) -> bool:
    m = ln._LABEL_LINE.match(s)
    short_label = m is not None and len(m.group(1).split()) <= 2 and m.group(1)[:1].isupper() and len(s.split()) <= 12
    return short_label or bool(ln.SLUG.match(s))


def generic_label(s: str) -> bool:
    m = ln._LABEL_LINE.match(s)
    return m is not None and len(m.group(1).split()) <= 3 and m.group(1)[:1].isupper() and not s.endswith(".")


def outletish(lines: Lines, i: int) -> bool:
    s = lines.clean[i]
    if not s or len(words(s)) > ln.MAX_OUTLET_WORDS or (SENTENCE_END.search(s) and not s.endswith(".")):
        return False
    if s.endswith(".") and not re.search(r"\.(com|org|net|in|am|ua|ru|uk|ca|de|fr)$", s):
        return False
    return titleish(lines, i) and not s[0].islower()


def label(lines: Lines, i: int) -> tuple[str, str] | None:
    m = ln._LABEL_LINE.match(lines.clean[i])
    if not m:
        return None
    fieldname = lines.ctx.labels.get(m.group(1).strip().lower())
    return (fieldname, m.group(2).strip()) if fieldname else None


def outlet_and_date(lines: Lines, i: int) -> tuple[str, dt.date] | None:
    s = ln._OUTLET_LABEL.sub("", lines.clean[i], count=1)
    if len(s) > 120 or byline(lines.ctx.bylines, s):
        return None
    head, comma, tail = s.rpartition(", ")
    if comma and (ln.VOCABULARY.page_ref.match(tail.strip()) or ln._section_tail(lines, head, tail.strip())):
        s = head  # the page, section or desk a citation names after its date
    split = split_trailing_date(s)
    if (split and 0 < len(words(ln.strip_item(split[0]))) <= ln.MAX_OUTLET_WORDS
            and not ln._MULTIPART.search(split[0]) and not ln._LABEL_LINE.match(split[0])
            and not re.search(r"\d[./-]\d", split[0])):
        sep = s[len(split[0]) : len(split[0]) + 3]
        if re.match(r"\s*[,|–—-]", sep) and not ln.VOCABULARY.issue_mark.match(split[0]):
            return ln.without_kind(ln.strip_item(split[0])), split[1]
    lead = split_leading_date(s)
    if (lead and 0 < len(words(lead[1])) <= ln.MAX_OUTLET_WORDS and not SENTENCE_END.search(lead[1])
            and not ln.VOCABULARY.issue_mark.match(lead[1])):
        return lead[1], lead[0]
    return None


def labelled_date(s: str) -> dt.date | None:
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+", s) if p.strip()]
    if len(parts) < 2 or len(parts) > 4:
        return None
    found = [d for p in parts if (d := date_line(p)) is not None]
    others = [p for p in parts if date_line(p) is None]
    if any(ln._OUTLET_LABEL.match(p) for p in others):
        return None
    if len(found) == 1 and all(generic_label(p) or furniture(p) for p in others):
        return found[0]
    return None


def dated_byline(lines: Lines, i: int) -> tuple[dt.date, list[str]] | None:
    s = lines.clean[i]
    found = find_date(s) if len(s) <= 140 else None
    if found is None:
        return None
    date, start, end = found
    if not re.search(r"\bby\b|\s[|·•]\s", s, re.I):
        return None
    before, after = s[:start], s[end:]
    after = re.sub(r"^[\s,]*(at\s+)?\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*([A-Z]{2,4})?", "", after, flags=re.I)
    rest = " ".join(p.strip(" ,|·—–-") for p in (lf._POSTED.sub("", before, count=1), after)).strip()
    rest = re.sub(r"^(by|on)\s+|\s+(by|on)$", "", re.sub(r"\s+(by|on)\s+", " ", rest, flags=re.I), flags=re.I).strip()
    rest = re.sub(r"^by\s+", "", rest, flags=re.I)
    if ln.VOCABULARY.issue_mark.match(rest):
        return None
    names = lines.ctx.bylines.names(rest) if rest else None
    return (date, names) if names else None


def titleish(lines: Lines, i: int) -> bool:
    s = lines.clean[i]
    if not s or len(s) > 220 or not re.search(r"[A-Za-z]", s) or "@" in s:
        return False
    if s.endswith((".", ",", ";", ":")) and not s.endswith("..."):
        return False
    if (SENTENCE_END.search(s) and not s.endswith(("?", "!", '?"', "?”", "!”"))) or len(words(s)) > 40:
        return False
    if is_separator(s) or is_url_line(s) or is_time_line(s) or is_menu_line(lines.raw[i]):
        return False
    if ln.item_mark(s) or ln._MESSAGE_NO.match(s):
        return False
    by = lines.ctx.bylines
    if (is_tag_line(s) or date_line(s) or ln._DATE_STAMP.match(s) or byline(by, s) or credits(by, s)
            or dated_names(by, s)):
        return False
    if len(s) <= 30 and (ln.YEARLESS_DATE.match(s) or ln._HANDLE.match(s)):
        return False
    if ln.EXTRA_LABEL.match(s) or ln._MAIL_LABEL.match(s) or label(lines, i) or (
            lines.ctx.rules is not None and lines.ctx.rules.match(s, "any")):
        return False
    return outlet_and_date(lines, i) is None


def find_headers(lines: Lines) -> list[Header]:
    """The anchor scan testing every line (header_scan.find_headers skips lines that cannot anchor)."""
    from ingest.formats import header_scan

    found: list[Header] = []
    floor = -1
    pending: list[int] = []
    i = 0
    while i < len(lines):
        h = None
        if lines.blank(i) or digestparts.post_stamp(lines.clean, i):
            pass
        elif (clip := headline_credit(lines, i)) is not None:
            h = header_scan.clip_header(lines, i, *clip)
        elif (lab := lines.label(i)) is not None and lab[0] == "title":
            h = hd.labelled_header_at(lines, i, floor)
        elif multi_field(lines, i) and (fb := field_block_header_at(lines, i, floor)) is not None:
            h = fb  # a clip's metadata form ('Publication: X    Date: Y'), as header_scan.find_headers reads it
        elif (date_line(lines.clean[i]) or labelled_date(lines.clean[i]) or outlet_and_date(lines, i)
              or dated_byline(lines, i) or header_scan._credit_anchor(lines, i)):
            h = hd.header_at(lines, i, floor)
            if h is None and hd.sentence_headline_above(lines, i, floor):
                pending.append(i)
        elif (byline(lines.ctx.bylines, lines.clean[i]) and header_scan._clear_of(lines, floor, i)
              and not header_scan._dated_below(lines, i)):
            h = hd.byline_header_at(lines, i, floor)
        elif (dated := yearless_credit(lines, i)) is not None:
            h = header_scan._yearless_header(lines, i, floor, *dated)
        if h is not None:
            header_scan._take_item_mark(lines, h, floor)
            found.append(h)
            floor = h.end
            i = h.end + 1
            continue
        i += 1
    if pending and len(found) >= 2 and all(h.title for h in found):
        found = header_scan._sentence_headlines(lines, found, pending)
    return found


_MESSAGE = re.compile(
    r"^(message:?\s*\d+|-{3,}\s*(original|forwarded) message\s*-{3,}|begin forwarded message:)$", re.I
)
_MAIL_HEADER = re.compile(r"^(from|to|cc|subject|date|sent|message-id|reply-to|content-type)\s*:\s*\S", re.I)


def message_breaks(clean: list[str]) -> list[int]:
    breaks = []
    i = 0
    while i < len(clean):
        s = clean[i]
        if _MESSAGE.match(s):
            breaks.append(i)
        elif _MAIL_HEADER.match(s) and i + 1 < len(clean) and _MAIL_HEADER.match(clean[i + 1]):
            if not breaks or breaks[-1] != i - 1:
                breaks.append(i)
            while i + 1 < len(clean) and _MAIL_HEADER.match(clean[i + 1]):
                i += 1
        i += 1
    return breaks


def body(raw: list[str], begin: int, stop: int, h: Header | None) -> list[tuple[int, str]]:
    taken = h.lines if h else set()
    return [(n + 1, raw[n]) for n in range(begin, stop + 1) if n not in taken and (h is None or n > h.start)]

