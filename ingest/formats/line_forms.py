"""One-line readers the header readers call directly, outside the per-file cache of `Lines`
(ingest/formats/lines.py): a date among label segments ('Date: 20.11.2019 | Category: …'), a
dated byline ('Posted on March 3, 2011 by X'), wire furniture and generic 'Label: value'
lines. Each is asked about a line once or twice per header, not over and over like the
judgements `Lines` keeps; like them, each puts its cheapest exact test first
(tests/test_parse_prechecks.py holds them to the plain versions).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ingest.dates import date_line, find_date, has_year
from ingest.formats.header_vocab import VOCABULARY
from ingest.formats.lines import LABEL_LINE, OUTLET_LABEL, SLUG

if TYPE_CHECKING:  # lines.py is imported above; `Lines` is only named here
    from ingest.formats.lines import Lines

_POSTED = re.compile(r"^(posted|published|written|updated)?\s*(on)?\s*", re.I)
_SEGMENT_SEP = re.compile(r"\s+[|·•]\s+")
_BY_OR_SEP = re.compile(r"\bby\b|\s[|·•]\s", re.I)
_LEADING_TIME = re.compile(r"^[\s,]*(at\s+)?\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*([A-Z]{2,4})?", re.I)
_INNER_BY_ON = re.compile(r"\s+(by|on)\s+", re.I)
_EDGE_BY_ON = re.compile(r"^(by|on)\s+|\s+(by|on)$", re.I)
_LEADING_BY = re.compile(r"^by\s+", re.I)


def labelled_date(s: str) -> dt.date | None:
    """'Date: 20.11.2019 | Category: Press Release', 'Published: 5 May 2020 · Section: World':
    a date segment among label segments (a CMS listing line)."""
    if ("|" not in s and "·" not in s and "•" not in s) or not has_year(s):
        return None  # no segments to split, or no segment can be a date
    parts = [p.strip() for p in _SEGMENT_SEP.split(s) if p.strip()]
    if len(parts) < 2 or len(parts) > 4:
        return None
    read = [date_line(p) for p in parts]
    dates = [d for d in read if d is not None]
    others = [p for p, d in zip(parts, read, strict=True) if d is None]
    if any(OUTLET_LABEL.match(p) for p in others):
        return None  # "Source: Outlet | date" states an outlet: outlet_and_date reads it
    if len(dates) == 1 and all(generic_label(p) or furniture(p) for p in others):
        return dates[0]
    return None


def dated_byline(lines: Lines, i: int) -> tuple[dt.date, list[str]] | None:
    """'Posted on March 3, 2011 by Søren Kjærgaard', 'By Jane Roe on 5 May 2020', 'Jane Roe | 5 May 2020':
    a date and the names, with nothing else on the line."""
    s = lines.clean[i]
    if len(s) > 140 or not _BY_OR_SEP.search(s):
        return None  # "Generated: 18.11.2022 07:00": a stamp, not a byline
    found = find_date(s)
    if found is None:
        return None
    date, start, end = found
    before, after = s[:start], s[end:]
    after = _LEADING_TIME.sub("", after)
    rest = " ".join(p.strip(" ,|·—–-") for p in (_POSTED.sub("", before, count=1), after)).strip()
    rest = _EDGE_BY_ON.sub("", _INNER_BY_ON.sub(" ", rest)).strip()
    rest = _LEADING_BY.sub("", rest)
    if VOCABULARY.issue_mark.match(rest):
        return None  # "Issue 112 | 17 March 2025": a newsletter's masthead
    names = lines.ctx.bylines.names(rest) if rest else None
    return (date, names) if names else None


def furniture(s: str) -> bool:
    """Wire and export furniture around a headline: 'Eds: With AP Photos.', slugs."""
    m = LABEL_LINE.match(s) if ":" in s else None  # (a label needs its colon)
    short_label = m is not None and len(m.group(1).split()) <= 2 and m.group(1)[:1].isupper() and len(s.split()) <= 12
    return short_label or bool(SLUG.match(s))


def generic_label(s: str) -> bool:
    """Any 'Label: value' line of a labelled block ('Media type: Print', 'Reach: 412,000 | AVE: …')."""
    m = LABEL_LINE.match(s) if ":" in s else None
    return m is not None and len(m.group(1).split()) <= 3 and m.group(1)[:1].isupper() and not s.endswith(".")


MAX_SENTENCE_HEADLINE_WORDS = 18
MAX_HEADLINE_SENTENCES = 3
MAX_SENTENCE_HEADLINE_CHARS = 150
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’]?\s+")
_OPENS = "\"'“‘"


def sentence_headline(s: str) -> bool:
    """A headline written as one to three short sentences ('Fare capping is a good start. Now
    fix the schedules.', 'Editorial: The plan is sound. Now fund it.'): the title test turns down
    a line ending in a stop, so a header reader asks this only where a headline must stand (right
    above a credit line naming the outlet, or above a byline) and nothing title-shaped does."""
    if not s or len(s) > MAX_SENTENCE_HEADLINE_CHARS or s[-1] not in ".!?\"'”’" or "@" in s:
        return False
    if not 3 <= len(s.split()) <= MAX_SENTENCE_HEADLINE_WORDS or "http" in s or "www." in s:
        return False
    parts = [p for p in _SENTENCE_BREAK.split(s) if p]
    return len(parts) <= MAX_HEADLINE_SENTENCES and all(
        p[:1].isupper() or p[:1].isdigit() or (p[:1] in _OPENS and p[1:2].isupper()) for p in parts)
