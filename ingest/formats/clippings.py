"""Media-monitoring clipping reports in plain text (Meltwater, Cision, Isentia and the like).

Layout, as the monitoring tools print it (labels in ingest/data/clipping_fields.toml):

    Meltwater / MEDIA MONITORING REPORT / Period ... / CONTENTS ...   <- report header: rejected
    ══════════════════════════════
    [1] Headline of the clipped article                 <- item head ("[1]", "1.", "1)" or none)
    Source: The Outlet (outlet.example) · Online News   <- field block: outlet, date, author,
    Date: 24-Apr-2025 09:15                                link, language, and media metrics
    Author: Jane Roe & John Doe
    Reach: 48.2K · Sentiment: Positive · AVE: €1,120    <- several fields on one line
    Link: https://outlet.example/story
    Full text:                                          <- the text starts here (or below the block)
    ...paragraphs...
    [Text truncated – licence limit reached. ...]       <- service notice: not text
    Analyst note: ...                                   <- the analyst's remark: not text
    Tags: Rail · Planning                               <- trailer: the text ended
    [Open in Meltwater]  [Tag]  [Share]                 <- action links
    ──────────────────────────────

An item is found by its field block: at least two known fields naming the outlet or the date,
one of them a media metric (reach, sentiment, AVE, tone, circulation ...). The metrics are what
tell a clipping from a digest's ordinary 'Source:/Date:' header, which stays with the plain-text
parser. Everything that is not the article's text is metadata of the item or counted as dropped.

Some tools state the outlet, the date and the author on one unlabelled line above the labelled
fields (Nexis Newsdesk: 'Outlet  |  04/11/2026 08:05  |  Author', then 'Media type: … |
Country: …', 'Sentiment: … | Keywords: …', 'Link: …'). Such a credit line (two to four short
parts joined by ' | ', ' · ' or ' • ', one of them a date) opens the field block when the
labelled fields name neither outlet nor date. Which part is the outlet is the file's layout, the
same in every item: the position (before or after the date) where the parts read as a
publication (a nameplate word, a known alias, a domain, or the name the item's own copyright
line gives), else the first part; the other name parts are the authors. Numeric dates are read
in the order the report's header states ('dates are shown as DD/MM/YYYY'), else in the order
the items' dates prove (dates.numeric_order), else only when unambiguous.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.dates import numeric_date, numeric_order, parse_date, stated_order
from ingest.formats.credits import CreditReader
from ingest.formats.dbnames import credited_names
from ingest.formats.exports import language_code
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import is_separator, normalize_spaces

FIELDS_FILE = Path(__file__).parent.parent / "data" / "clipping_fields.toml"
_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z '’/()&.-]{0,40}?)\s*:(?:\s+(.*)|\s*$)")
_PIECES = re.compile(r"\s+[·|•]\s+")
_ITEM_MARK = re.compile(r"^\s*(?:\[\d{1,4}(?:\s*/\s*\d{1,4})?\]|\(\d{1,4}\)|\d{1,4}[.)]|#\d{1,4})\s+(?=\S)")
_ACTIONS = re.compile(r"^\s*(?:\[[^\]\[]{1,40}\]\s*){1,8}$")  # "[Open in Meltwater]  [Tag]  [Share]"
_RULE = re.compile(r"^\s*([═─━=_~*-])\1{7,}\s*$")
_PAREN = re.compile(r"\s*\(([^()]*)\)\s*$")
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.I)
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d(?![\d/.-])")
_SENTENCE_END = re.compile(r"[.!?]$")
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.I)
MAX_CREDIT_PART = 60  # characters of one part of a credit line ('Nordic Seafood Report', a name, a date)
MIN_FIELDS = 2  # a field block: the outlet or date and at least one more field
BLOCK_GAP = 1  # blank lines allowed between two fields of one block
MAX_HEAD_LINES = 3  # lines a headline wraps over in a PDF report's text block
MAX_HEAD_CHARS = 240  # characters of a headline: more is a paragraph


@dataclass(frozen=True, slots=True)
class Fields:
    roles: dict[str, str]  # lower-case label -> title/outlet/date/authors/url/language/text/metric/...
    notices: tuple[re.Pattern[str], ...]


@functools.lru_cache(maxsize=4)
def load_fields(path: Path = FIELDS_FILE) -> Fields:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    roles: dict[str, str] = {}
    for table in ("fields", "markers", "lines"):
        for role, labels in data.get(table, {}).items():
            for label in labels:
                roles.setdefault(label.lower(), role)
    notices = tuple(re.compile(p, re.I) for p in data.get("notices", {}).get("patterns", []))
    return Fields(roles, notices)


def fields_of(line: str, fields: Fields) -> list[tuple[str, str]]:
    """(role, value) of every known field on a line ('Reach: 48K · Sentiment: Positive'), [] when
    the line does not open with a known label. An unlabelled piece after a field continues it,
    except after the outlet, where it is the medium ('The Outlet (outlet.example) · Online News')."""
    pieces = _PIECES.split(line.strip())
    found: list[tuple[str, str]] = []
    for piece in pieces:
        m = _LABEL.match(piece)
        role = fields.roles.get(m.group(1).strip().lower()) if m else None
        if m and role:
            found.append((role, (m.group(2) or "").strip()))
        elif not found:
            return []
        elif found[-1][0] != "outlet":
            found[-1] = (found[-1][0], f"{found[-1][1]} · {piece}")
    return found


def credit_parts(line: str, fields: Fields) -> tuple[list[str], int] | None:
    """(parts, index of the date part) of an unlabelled credit line ('Outlet | 04/11/2026 08:05 |
    Author'): two to four short parts joined by the field separators, exactly one of them a
    date, none a labelled field or a sentence. None for any other line."""
    s = line.strip()
    if not s or len(s) > 4 * (MAX_CREDIT_PART + 5) or not _PIECES.search(s):
        return None
    parts = _PIECES.split(s)
    if not 2 <= len(parts) <= 4 or any(len(p) > MAX_CREDIT_PART or len(p.split()) > 8 for p in parts):
        return None
    if any(_LABEL.match(p) or _SENTENCE_END.search(p) for p in parts):
        return None
    dated = [k for k, p in enumerate(parts) if _NUMERIC_DATE.search(p) or parse_date(p)]
    return (parts, dated[0]) if len(dated) == 1 else None


def _block(lines: list[str], i: int, fields: Fields, need_metric: bool,
           preset: dict[str, str] | None = None) -> tuple[int, dict[str, str]] | None:
    """The field block starting at line i: (its last line, role -> first value), or None when
    the lines there are not a clipping's fields (too few, no outlet or date, or, while the file
    is still being sniffed, no media metric). `preset` holds what a credit line above stated."""
    meta: dict[str, str] = dict(preset or {})
    last, k, gap = -1, i, 0
    while k < len(lines) and gap <= BLOCK_GAP:
        s = lines[k].strip()
        if not s:
            gap += 1
            k += 1
            continue
        found = fields_of(s, fields)
        if not found or any(role == "text" for role, _ in found):
            break
        for role, value in found:
            meta.setdefault(role, value)
        last, gap, k = k, 0, k + 1
    if last < 0 or len(meta) < MIN_FIELDS or not ({"outlet", "date"} & meta.keys()):
        return None
    if need_metric and "metric" not in meta:
        return None
    return last, meta


@dataclass(slots=True)
class _Item:
    start: int  # the head line (or the block's first line when there is no head)
    block_start: int
    block_end: int
    meta: dict[str, str]
    title: str | None
    numbered: bool = False  # the head line carries an item number ("[3] Headline")
    credit: tuple[list[str], int] | None = None  # an unlabelled credit line's parts and date part
    spaced: bool = False  # the head stands a blank line above the block (a PDF report's text blocks)


def _headish(s: str, fields: Fields) -> bool:
    return bool(s) and not is_separator(s) and not _ACTIONS.match(s) and not fields_of(s, fields)


def _head(lines: list[str], first: int, fields: Fields) -> tuple[int, str]:
    """(first line, text) of the headline above a field block at `first`, (first, '') when there
    is none. The head is the line right above; in a PDF report (ingest/pdftext.py sets text blocks
    apart by a blank line) it may stand one blank line above and wrap over up to MAX_HEAD_LINES
    lines of one block, which are joined. A wrapped head whose lines read as sentences (a body's
    last lines) is not a head."""
    k = first - 1
    if k >= 0 and _headish(lines[k].strip(), fields):
        return k, lines[k].strip()
    if k < 1 or lines[k].strip() or not _headish(lines[k - 1].strip(), fields):
        return first, ""
    top = k - 1
    while top > 0 and k - top < MAX_HEAD_LINES and _headish(lines[top - 1].strip(), fields):
        top -= 1
    if top > 0 and lines[top - 1].strip():  # a longer block: text, not a headline
        return first, ""
    parts = [lines[n].strip() for n in range(top, k)]
    if any(_SENTENCE_END.search(p) for p in parts) or sum(map(len, parts)) > MAX_HEAD_CHARS:
        return first, ""
    return top, " ".join(parts)


def find_items(lines: list[str], fields: Fields, need_metric: bool = False) -> list[_Item]:
    """Every clipped item: a field block with the headline on the line right above it. Once the
    file is known to be a clipping report, an item's block need not carry a metric (a web
    clip may state none)."""
    items: list[_Item] = []
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if ":" not in s or not fields_of(s, fields):  # (fields_of needs its first label's colon)
            i += 1
            continue
        block = _block(lines, i, fields, need_metric)
        first, credit = i, None
        if block is None and i > 0 and (credit := credit_parts(lines[i - 1], fields)) is not None:
            # 'Outlet | 04/11/2026 08:05 | Author' over labelled fields that name neither
            block = _block(lines, i, fields, need_metric, {"date": credit[0][credit[1]], "credit": lines[i - 1]})
            first = i - 1
        if block is None:
            i += 1
            continue
        end, meta = block
        start, title, numbered, spaced = first, meta.get("title"), False, False
        hk, head = _head(lines, first, fields)
        if not head and first >= 2 and _RULE.match(lines[first - 1]) and _ITEM_MARK.match(lines[first - 2]):
            start, numbered = first - 2, True  # '[3/8]  MONITOR ID: …' over a rule framing the fields
        elif head:
            start = hk  # "[3] Headline" (a 'Title:' field, when there is one, states it plainly)
            title = title or _ITEM_MARK.sub("", head).strip() or None
            numbered = _ITEM_MARK.match(head) is not None
            spaced = not lines[first - 1].strip()
        items.append(_Item(start, first, end, meta, normalize_spaces(title) if title else None, numbered,
                           credit if first < i else None, spaced))
        i = end + 1
    return items


def sniff(text: str) -> bool:
    """A clipping report: an item whose field block carries a media metric, and whose headline
    is certain: a 'Title:' field, a numbered head line, or a 'Full text:' label closing the
    block. A press-cuttings page with the headline printed below its 'Publication: … Date: …'
    form is read by the plain-text parser's clip-form header (formats/fields.py) instead."""
    if ":" not in text[:200_000]:
        return False
    lines = text[:200_000].split("\n")
    fields = load_fields()
    items = find_items(lines, fields, need_metric=True)
    if any("title" in item.meta or item.numbered or _text_label_below(lines, item.block_end, fields)
           for item in items):
        return True
    # A PDF report: every item's headline a block of its own above the field block, in two items
    # or more (a form with the headline below it has none above, or a sentence of the text before).
    return len(items) >= 2 and all(item.spaced and item.title for item in items)


def _text_label_below(lines: list[str], end: int, fields: Fields) -> bool:
    k = end + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    found = fields_of(lines[k], fields) if k < len(lines) else []
    return bool(found) and found[0][0] == "text"


def _outlet(value: str | None) -> str | None:
    """'The Outlet (outlet.example)' -> 'The Outlet'; a bare domain is kept (the aliases may know it)."""
    if not value:
        return None
    name = value.split(" · ")[0].strip()
    m = _PAREN.search(name)
    if m and _DOMAIN.match(m.group(1).strip()):
        name = name[: m.start()].strip() or m.group(1).strip()
    return name or None


def _is_notice(s: str, fields: Fields) -> bool:
    return any(p.match(s) for p in fields.notices)


def outlet_offset(items: list[_Item], ends: list[int], lines: list[str], reader: CreditReader) -> int | None:
    """Where the outlet stands in the file's credit lines, as an offset from the date part (-1:
    just before it): the offset whose parts most often read as a publication (module
    docstring), else the first part's. None when no item has a credit line."""
    votes: dict[int, int] = {}
    firsts: list[int] = []
    for item, end in zip(items, ends, strict=True):
        if item.credit is None:
            continue
        parts, dated = item.credit
        firsts.append((1 if dated == 0 else 0) - dated)
        rights = " ".join(ln for ln in lines[item.block_end + 1 : end] if _COPYRIGHT.search(ln)).lower()
        for k, part in enumerate(parts):
            name = part.strip()
            if k != dated and name and (reader.outletish(name) or (rights and name.lower() in rights)):
                votes[k - dated] = votes.get(k - dated, 0) + 1
    if votes:
        return max(votes, key=lambda off: votes[off])
    return firsts[0] if firsts else None


def _date(value: str, dayfirst: bool | None) -> dt.date | None:
    """A field's date; an all-numeric one in the report's order when it is known."""
    if dayfirst is not None and _NUMERIC_DATE.search(value):
        return numeric_date(value, dayfirst)
    return parse_date(value)


def _text_start(lines: list[str], item: _Item, end: int) -> int:
    """The first non-blank line after a field block. When a rule stands right above the block,
    the rule right under it closes the frame (a news monitor's export: rule, fields, rule, text)
    and does not end the item; under an unframed block it does (an item of metrics only)."""
    k = item.block_end + 1
    while k < end and not lines[k].strip():
        k += 1
    framed = item.block_start > 0 and _RULE.match(lines[item.block_start - 1]) is not None
    if framed and k < end and _RULE.match(lines[k]):
        k += 1
        while k < end and not lines[k].strip():
            k += 1
    return k


def _item(lines: list[str], item: _Item, end: int, path: str, pos: int, ctx: ParseContext,
          dayfirst: bool | None = None, outlet_at: int | None = None) -> Candidate | None:
    """One item from its head to `end` (exclusive): body between the field block (or its
    'Full text:' line) and the first note, trailer field, action line or rule."""
    fields = load_fields()
    k = _text_start(lines, item, end)
    body: list[tuple[int, str]] = []
    if k < end and (found := fields_of(lines[k], fields)) and found[0][0] == "text":
        if found[0][1]:
            body.append((k + 1, found[0][1]))
        k += 1
    for n in range(k, end):
        s = lines[n].strip()
        found = fields_of(s, fields) if s and ":" in s else []
        if _RULE.match(s) or _ACTIONS.match(s) or (found and found[0][0] in ("note", "trailer")):
            break
        if not (s and _is_notice(s, fields)):
            body.append((n + 1, lines[n]))
    if not any(t.strip() for _, t in body):
        return None
    meta = dict(item.meta)
    if item.credit is not None:  # the credit line's parts by the file's layout (outlet_offset)
        parts, dated = item.credit
        people = []
        for k, part in enumerate(parts):
            if k == dated or not any(c.isalnum() for c in part):  # the date; '—' for no byline
                continue
            if k - dated == outlet_at and "outlet" not in meta:
                meta["outlet"] = part
            else:
                people.append(part)
        if people and "authors" not in meta:
            meta["authors"] = "; ".join(people)
    cand = Candidate(source_path=path, position=pos, start_line=item.start + 1, end_line=end,
                     raw_text="\n".join(lines[item.start : end]), body_lines=body)
    cand.title = item.title
    cand.outlet = ctx.outlets.canonical(_outlet(meta.get("outlet")))
    cand.published_on = _date(meta.get("date", ""), dayfirst)
    cand.authors = credited_names(meta.get("authors", ""), ctx.bylines)
    url = meta.get("url", "").split()
    cand.url = url[0] if url and url[0].startswith(("http://", "https://")) else None
    cand.language = language_code(meta.get("language"))
    in_text = {n for n, _ in body}
    cand.header_lines = {n for n in range(item.start + 1, end + 1) if n not in in_text}
    return cand


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Every clipped item of a report; its header, contents list, rules and footer are counted."""
    lines = [line.rstrip("\r") for line in decoded.text.split("\n")]
    path = decoded.source.path
    items = find_items(lines, load_fields())
    if not items:
        raise ValueError("looks like a clipping report but has no item with a field block")
    head = sum(1 for i in range(items[0].start) if lines[i].strip() and not _RULE.match(lines[i]))
    if head:
        yield Rejection(path, "clipping report header (period, totals, contents), not an article",
                        f"lines 1-{items[0].start}", head)
    rules = sum(1 for line in lines if _RULE.match(line))
    if rules:
        yield Rejection(path, "separator rule between items", "", rules)
    # The numeric date order: as the header states it, else as the items' dates prove it.
    dayfirst = stated_order("\n".join(lines[: items[0].start]))
    if dayfirst is None:
        dayfirst = numeric_order("\n".join(item.meta.get("date", "") for item in items))
    his = [items[k + 1].start if k + 1 < len(items) else len(lines) for k in range(len(items))]
    outlet_at = outlet_offset(items, his, lines, ctx.credit_reader())
    position = 0
    for k, item in enumerate(items):
        hi = his[k]
        if k + 1 == len(items):  # the report's footer follows the rule after the last item
            body_from = _text_start(lines, item, hi)
            rule = next((i for i in range(body_from, hi) if _RULE.match(lines[i])), hi)
            footer = sum(1 for i in range(rule + 1, hi) if lines[i].strip() and not _RULE.match(lines[i]))
            if footer:
                yield Rejection(path, "clipping report footer (disclaimer, copyright), not an article",
                                f"lines {rule + 2}-{hi}", footer)
            hi = rule
        end = hi
        while end > item.start + 1 and (not lines[end - 1].strip() or _RULE.match(lines[end - 1])):
            end -= 1
        cand = _item(lines, item, end, path, position, ctx, dayfirst, outlet_at)
        if cand is None:
            count = sum(1 for i in range(item.start, end) if lines[i].strip())
            yield Rejection(path, "clipped item without text (headline and metrics only)",
                            f"lines {item.start + 1}-{end}", count)
            continue
        position += 1
        yield cand
