"""Digests whose items open with a marked headline over a block of labelled lines, in any
script: a forwarded-WeChat compilation ('【2】headline' / '来源：Paper' / '作者：Agency' /
'发布时间：2026-12-02 10:31'), a Russian mail digest ('3. headline' / 'Источник: Paper' /
'Дата: 2 декабря 2026, 18:05' / 'Автор: Name'), a Japanese mail magazine ('■headline' /
'（2026年12月3日 18時05分）' / '経済部　Name記者').

The Latin-letter label readers (lines.py) never see such labels: their colon may be full-width
and their words are in the item_labels table of ingest/data/header_labels.toml, which users
extend. The layout is judged per file from the repetition of the shape (two items at least),
never from one publication's wording. An item ends at the next item or at the first rule line
below its header; what stands between a rule and the next item (a section banner, the footer)
belongs to no item.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

from ingest.dates import date_line, parse_date
from ingest.formats.headers import Header
from ingest.formats.items import Layout
from ingest.formats.lines import Lines
from ingest.text import URL_RE, is_separator, is_url_line

LABELS_FILE = Path(__file__).resolve().parent.parent / "data" / "header_labels.toml"
MAX_HEADLINE_CHARS = 160
MAX_LABEL_CHARS = 40  # a label line is short: 'Источник: Транспорт Востока'


def _load(path: Path) -> tuple[dict[str, str], tuple[str, ...]]:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    table = data.get("item_labels", {})
    labels = {w.lower(): f for f, words in table.items() if f != "byline_suffixes" for w in words}
    return labels, tuple(table.get("byline_suffixes", []))


ITEM_LABELS, BYLINE_SUFFIXES = _load(LABELS_FILE)
# The item's mark before its headline: '1.', '2)', '【3】', '[4]', '■', '◆', '▶'.
_MARK = re.compile(r"^(?:\d{1,3}[.)．、]\s*|【\d{1,3}】\s*|\[\d{1,3}\]\s*|[■□◆◇●◎▶▷★☆]\s*)(?P<title>\S.*)$")
# 'Label: value' with an ASCII or full-width colon; the label holds no digit and no sentence.
_LABEL = re.compile(r"^(?P<label>[^\W\d_][^:：]{0,14}?)\s*[:：]\s*(?P<value>\S.*)$")
_PAREN = re.compile(r"^[（(](?P<inner>.+)[)）]$")
_NAME_SPLIT = re.compile(r"\s*[,，、;；/]\s*")
_SPACES = re.compile(r"[\s\u3000]+")
_EMAIL = re.compile(r"\s*\S+@\S+\.\w+\s*$")


def item_label(s: str) -> tuple[str, str] | None:
    """(field, value) of an item's labelled line ('来源：Paper', 'Автор: Name'), else None."""
    if len(s) > MAX_LABEL_CHARS + 60 or (":" not in s and "：" not in s):
        return None
    m = _LABEL.match(s)
    if m is None:
        return None
    found = ITEM_LABELS.get(m.group("label").strip().lower())
    return (found, m.group("value").strip()) if found else None


def suffix_byline(s: str) -> list[str] | None:
    """The name in a byline closed by its title word ('経済部　比嘉理沙記者' -> ['比嘉理沙'],
    '정하윤 기자 a@b.kr' -> ['정하윤']): the department before a space is dropped."""
    s = _EMAIL.sub("", s.strip())
    if not s or len(s) > 40 or any(c in s for c in "。．.,，!?！？"):
        return None
    for suffix in BYLINE_SUFFIXES:
        if s.endswith(suffix) and len(s) > len(suffix):
            name = _SPACES.split(s[: -len(suffix)].strip())[-1]
            return [name] if name and not any(c.isdigit() for c in name) else None
    return None


def _names(value: str) -> list[str]:
    out = []
    for part in _NAME_SPLIT.split(value):
        part = _EMAIL.sub("", part).strip()
        named = suffix_byline(part)
        out += named if named else ([part] if part else [])
    return out


def _date_of(s: str) -> dt.date | None:
    """The date of a line that is a date, also in parentheses ('（2026年12月3日 18時05分）')."""
    p = _PAREN.match(s)
    return date_line(p.group("inner")) if p is not None else date_line(s)


def _read_block(lines: Lines, h: Header, first: int) -> bool:
    """Read the labelled lines from `first` into `h`; True when they state an outlet, a date or
    an author (a headline over mere text is no item)."""
    clean = lines.clean
    i, stated = first, False
    while i < len(clean) and (s := clean[i]):
        if (lab := item_label(s)) is not None:
            field, value = lab
            if field == "outlet" and not h.outlet:
                h.outlet, stated = value, True
            elif field == "date" and h.published_on is None:
                h.published_on = date_line(value) or parse_date(value)
                stated = stated or h.published_on is not None
            elif field == "authors" and not h.authors:
                h.authors, stated = _names(value), True
            # 'title' (the original headline of a repost) and 'editor' lines are header lines too
        elif (d := _date_of(s)) is not None:
            h.published_on = h.published_on or d
            stated = True
        elif (named := suffix_byline(s)) is not None:
            h.authors = h.authors or named
        else:
            break
        h.lines.add(i)
        h.end = i
        i += 1
    return stated


def _item_at(lines: Lines, i: int) -> Header | None:
    s = lines.clean[i]
    if not s or len(s) > MAX_HEADLINE_CHARS or (m := _MARK.match(s)) is None or item_label(s):
        return None
    first = i + 1
    if first < len(lines) and lines.blank(first):
        first += 1  # one blank line between the headline and its labels
    if first >= len(lines) or lines.blank(first):
        return None
    h = Header(start=i, end=i, title=m.group("title").strip(), lines={i})
    return h if _read_block(lines, h, first) else None


def _link_below(lines: Lines, lo: int, hi: int) -> str | None:
    """The item's own link closing it: a URL line under a short cue line ('▼記事をウェブで
    読む'), not a 'read also: headline - URL' line (which names another story)."""
    last = hi
    while last > lo and lines.blank(last):
        last -= 1
    s = lines.clean[last]
    if not is_url_line(s):
        return None
    cue, _ = lines.prev_nonblank(last)
    if cue <= lo or URL_RE.search(lines.clean[cue]) or len(lines.clean[cue]) > 30:
        return None
    m = URL_RE.search(s)
    return m.group(0) if m else None


_ITEM_MARKS = frozenset("【[■□◆◇●◎▶▷★☆")


def labelled_item_layout(lines: Lines) -> Layout | None:
    """Items of a marked headline over labelled lines (see module docstring); None unless the
    file holds two of them."""
    clean = lines.clean
    starts: list[Header] = []
    # Lines that may open an item, in one comprehension (this runs on every plain-text file).
    marked = [i for i, s in enumerate(clean) if s and (s[0] in _ITEM_MARKS or s[0].isdigit())]
    for i in marked:
        if starts and i <= starts[-1].end:
            continue
        if (h := _item_at(lines, i)) is not None:
            starts.append(h)
    if len(starts) < 2:
        return None
    layout = Layout()
    n = len(clean)
    for k, h in enumerate(starts):
        nxt = starts[k + 1].start if k + 1 < len(starts) else n
        end = next((j for j in range(h.end + 1, nxt) if is_separator(clean[j])), nxt)
        if end < nxt:
            layout.breaks.append(end)
        h.url = _link_below(lines, h.end, end - 1)
        layout.headers.append(h)
    return layout
