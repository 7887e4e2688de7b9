"""Clip metadata blocks laid out in columns: several 'Label: value' fields on one line.

Clipping reports and monitoring exports print each clip's metadata as a small form
('Publication: The Daily X        Date: 05/05/2022', 'Page: 3   Section: News', 'Clip ref: …')
with the print headline under it. Fields are told apart by the column gap (two or more
spaces) or a ' | '; the labels are those of ingest/data/header_labels.toml. All-numeric
dates are read in the order the file proves (dates.numeric_order: one '13/05/2022' settles
'10/05/2022').
"""

from __future__ import annotations

import datetime as dt
import re

from ingest.dates import date_line, numeric_date, parse_date
from ingest.formats.header_below import read_forward, title_below
from ingest.formats.headers import Header, label_block
from ingest.formats.line_forms import generic_label
from ingest.formats.lines import LABEL_LINE, Lines

_COLUMN_GAP = re.compile(r"\s{2,}|\s+\|\s+")


def fields(lines: Lines, i: int) -> list[tuple[str, str]]:
    """(field, value) of every labelled segment of line i, in order (unknown labels left out)."""
    out: list[tuple[str, str]] = []
    for seg in _COLUMN_GAP.split(lines.raw[i].strip(" \t\f\r")):
        m = LABEL_LINE.match(seg) if ":" in seg else None
        if m is not None and (name := lines.ctx.labels.get(m.group(1).strip().lower())) is not None:
            out.append((name, m.group(2).strip()))
    return out


def multi_field(lines: Lines, i: int) -> bool:
    """Line i holds two or more labelled fields side by side."""
    raw = lines.raw[i]
    return raw.count(":") >= 2 and len(fields(lines, i)) >= 2


def _date(lines: Lines, value: str) -> dt.date | None:
    found = date_line(value)
    if found is None and (order := lines.dayfirst()) is not None:
        found = numeric_date(value, order)
    return found or parse_date(value)


def field_block_header_at(lines: Lines, a: int, floor: int) -> Header | None:
    """A block of label lines, one of them multi-field, stating an outlet and a date; the
    headline is the first title line under the block, then the byline as usual."""
    h = label_block(lines, a, floor)
    start, end = h.start, h.end
    for i in range(start, end + 1):
        for name, value in fields(lines, i):
            if name == "outlet" and h.outlet is None and value:
                h.outlet = value
            elif name == "date" and h.published_on is None:
                h.published_on = _date(lines, value)
            elif name == "title" and h.title is None and value:
                h.title = value
    if h.outlet is None or h.published_on is None:
        return None
    nxt = lines.next_nonblank(h.end)
    while nxt < len(lines) and nxt - h.end <= 8 and generic_label(lines.clean[nxt]):
        h.lines.add(nxt)  # 'Clip ref: …' after a page break inside the form
        h.end, nxt = nxt, lines.next_nonblank(nxt)
    if h.title is None and not title_below(lines, h):
        return None
    read_forward(lines, h)
    return h
