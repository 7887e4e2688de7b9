"""Nexis Uni (the new LexisNexis) text downloads: documents closed by "End of Document".

Layout of one document (labels in ingest/data/nexis_uni_fields.toml):

    Worcester ambulance crews lose 4,000 hours     <- headline block

    The Severn Post                                <- publication, the line above the date
    October 18, 2024 Friday                        <- date line (weekday, time may follow)
    Online Edition                                 <- optional edition line(s)
    Copyright 2024 Severn Post Media Ltd ...       <- copyright: not text
    Section: NEWS; Pg. 7 / Length: 338 words / Byline: Tom Feeney and Laura Greatorex
    Highlight: standfirst ...                      <- kept as the first paragraph
    Body                                           <- the text starts after this line
    ...paragraphs...
    Classification                                 <- Language:, Publication-Type:, Subject:,
    Load-Date: October 19, 2024                       Geographic:, Load-Date: (not the date)
    End of Document

The download header (User Name, Job Number, the "Documents (N)" list with search terms) stands
before the first document and is rejected with its line count. A document is anchored on its
date line, so an edition line or a missing byline never splits it.

A PDF download (ingest/pdftext.py: form feeds between pages) is read with its page furniture
blanked (a running head or a `Page 3 of 40` footer repeated at the edges of most pages,
ingest/formats/pages.py) and split words rejoined; "End of Document" lines are never furniture,
and each copy's raw text keeps the page as printed.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

from ingest.dates import find_date
from ingest.formats.dbnames import credited_names
from ingest.formats.exports import language_code
from ingest.formats.pages import PAGE_BREAK, strip_page_furniture
from ingest.formats.plaintext import ParseContext
from ingest.metadata import canonical_url
from ingest.outlets import outlet_key
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

FIELDS_FILE = Path(__file__).parent.parent / "data" / "nexis_uni_fields.toml"
_LABEL = re.compile(r"^\s*([^\W\d_](?:[^\W\d_]|[ -]){0,30}?)\s*:\s*(.*)$")
# Before the date only an English weekday; after it a weekday in the interface's language
# ('Friday', 'donderdag', 'Freitag', one word) and a clock time, each optional.
_DATE_BEFORE = re.compile(r"^[\s,]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[\s,]*)?$", re.I)
_DATE_REST = re.compile(
    r"^[\s,]*(?:[^\W\d_]{3,12}\b[\s,]*)?"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?\s*(?:[A-Z]{2,5})?)?\s*$", re.I)
_COPYRIGHT = re.compile(r"^\s*(?:copyright\b|©|\(c\))", re.I)
_PAREN_TAIL = re.compile(r"\s*\([^)]*\)$")


@functools.lru_cache(maxsize=4)
def _data(path: Path = FIELDS_FILE) -> dict[str, object]:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


@functools.lru_cache(maxsize=4)
def fields(path: Path = FIELDS_FILE) -> dict[str, frozenset[str]]:
    data = _data(path)
    return {k: frozenset(x.lower() for x in v) for k, v in data.items() if isinstance(v, list)}


@functools.lru_cache(maxsize=4)
def translations(path: Path = FIELDS_FILE) -> dict[str, str]:
    """Foreign label, marker or count word (lower case) -> the English one: a download made in
    Nexis's Dutch, German, French or Spanish interface reads as the English one."""
    table = _data(path).get("translations", {})
    assert isinstance(table, dict)
    return {str(k).lower(): str(v).lower() for k, v in table.items()}


def english(name: str) -> str:
    """The English label a label (any case, any interface language) stands for, lower case."""
    low = " ".join(name.lower().split())
    return translations().get(low, low)


@functools.lru_cache(maxsize=4)
def document_count_re(path: Path = FIELDS_FILE) -> re.Pattern[str]:
    """The classic export's '3 of 25 DOCUMENTS' line, in every interface language listed."""
    table = _data(path).get("document_count", {})
    assert isinstance(table, dict)
    of = "|".join(re.escape(w) for w in table.get("of", ["of"]))
    docs = "|".join(re.escape(w) for w in sorted(table.get("documents", ["documents"]), key=len, reverse=True))
    return re.compile(rf"^\s*\d+\s+(?:{of})\s+\d+\s+(?:{docs})\s*$", re.M | re.I)


@functools.lru_cache(maxsize=4)
def end_re(path: Path = FIELDS_FILE) -> re.Pattern[str]:
    """The 'End of Document' line, in every interface language listed."""
    words = ["end of document", *(k for k, v in translations(path).items() if v == "end of document")]
    return re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in words) + r")\s*$", re.M | re.I)


@functools.lru_cache(maxsize=4)
def _sniff_parts(path: Path = FIELDS_FILE) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The end markers as written (first letter capital: 'End of Document', 'Einde van
    document') for a substring pre-check, and the length/load-date label lines of every
    language listed."""
    words = ["end of document", *(k for k, v in translations(path).items() if v == "end of document")]
    literals = (*dict.fromkeys(w[:1].upper() + w[1:] for w in words), "End of Document")
    labels = ["length", "load-date", *(k for k, v in translations(path).items() if v in ("length", "load-date"))]
    field = re.compile(r"^(?:" + "|".join(re.escape(w) for w in labels) + r"):\s", re.M | re.I)
    return literals, field


def sniff(early: str) -> bool:
    """A Nexis Uni download in any listed interface language: an end-marker line and a
    length or load-date field. (A substring test first: most text files hold no marker.)"""
    literals, field = _sniff_parts()
    return (any(w in early for w in literals) and end_re().search(early) is not None
            and field.search(early) is not None)


def _label(line: str, kind: str) -> tuple[str, str] | None:
    m = _LABEL.match(line)
    if m and (name := english(m.group(1))) in fields()[kind]:
        return name, m.group(2).strip()
    return None


def _is_date_line(line: str) -> bool:
    """A line that is only a date, with an optional weekday and time ('October 18, 2024 Friday')."""
    found = find_date(line)
    return (found is not None and bool(_DATE_BEFORE.match(line[: found[1]]))
            and bool(_DATE_REST.match(line[found[2] :])))


def _block_start(lines: list[str], i: int, lo: int) -> int:
    while i > lo and lines[i - 1].strip():
        i -= 1
    return i


def _byline(value: str, outlet: str | None, ctx: ParseContext) -> list[str]:
    """People of a 'Byline:' field: 'Jane Roe; The Gazette' / 'Jane Roe, Gazette' name the
    publication beside the person, which is no author (the document's outlet, or a nameplate);
    Nexis also prints some papers' bylines with the outlet glued on after the name ('Jane Roe
    Toronto Star'), which is cut when the words after the name spell the document's outlet."""
    paper = outlet_key(outlet) if outlet else None
    words = value.split()
    for k in range(min(6, len(words) - 2), 0, -1):  # 'Jane Roe Toronto Star': the paper glued on, no comma
        if paper and outlet_key(" ".join(words[-k:])) == paper:
            value = " ".join(words[:-k])
            break
    names = credited_names(value, ctx.bylines)
    return [n for n in names if outlet_key(n) != paper and not ctx.outlets.nameplate(n)] or names


def _document(lines: list[str], lo: int, hi: int, path: str, pos: int, ctx: ParseContext) -> Candidate | None:
    """The document in lines[lo:hi] (hi: its 'End of Document' line or the end), or None."""
    f = fields()
    date_at = next((i for i in range(lo, hi) if lines[i].strip() and _is_date_line(lines[i].strip())), None)
    if date_at is None or date_at == lo or not lines[date_at - 1].strip():
        return None
    outlet_at = date_at - 1
    start = _block_start(lines, outlet_at, lo)
    if start == outlet_at:  # the headline is the block above the publication's
        k = start - 1
        while k >= lo and not lines[k].strip():
            k -= 1
        title_lines = list(range(_block_start(lines, k, lo), k + 1)) if k >= lo else []
    else:
        title_lines = list(range(start, outlet_at))
    first = title_lines[0] if title_lines else outlet_at
    cand = Candidate(source_path=path, position=pos, start_line=first + 1, end_line=hi, raw_text="", body_lines=[])
    cand.title = normalize_spaces(" ".join(lines[i] for i in title_lines)) or None
    cand.outlet = ctx.outlets.canonical(_PAREN_TAIL.sub("", normalize_spaces(lines[outlet_at])) or None)
    found = find_date(lines[date_at])
    cand.published_on = found[0] if found else None
    body: list[tuple[int, str]] = []
    i, in_body, current = date_at + 1, False, ""
    while i < hi:
        s = lines[i].strip()
        low = s.lower()
        low = english(s) if len(s) < 30 else low
        if in_body:
            if low in f["body_end"] or _label(s, "trailer"):
                break
            body.append((i + 1, lines[i]))
        elif low in f["body_start"]:
            in_body = True
        elif lab := _label(s, "header"):  # before "Body", "Graphic:" is the photo's caption, not the trailer
            current = lab[0]
            if current == "byline":
                cand.authors = _byline(lab[1], cand.outlet, ctx)
            elif current == "highlight" and lab[1]:
                body.append((i + 1, lab[1]))
        elif low in f["body_end"] or _label(s, "trailer"):
            break
        elif s and current == "highlight":
            body.append((i + 1, lines[i]))
        elif not s:
            current = "" if current != "highlight" else current
        i += 1
    for k in range(i, hi):  # the trailer: language and url are read, the rest is metadata
        lab = _label(lines[k].strip(), "trailer")
        if lab and lab[0] == "language":
            cand.language = language_code(lab[1])
        elif lab and lab[0] == "url" and lab[1].startswith("http"):
            cand.url = canonical_url(lab[1])
    if not any(t.strip() for _, t in body):
        return None
    last = hi - 1
    while last > first and not lines[last].strip():
        last -= 1
    in_text = {n for n, _ in body}
    cand.body_lines = body
    cand.header_lines = {n for n in range(first + 1, last + 2) if n not in in_text}
    cand.end_line = last + 1
    cand.raw_text = "\n".join(lines[first : last + 1])
    return cand


def _unpaged(raw: list[str]) -> list[str]:
    """The lines to read: a PDF's page furniture blanked and form feeds dropped (module docstring)."""
    end = end_re()
    lines = [line if end.match(line) else kept for line, kept in zip(raw, strip_page_furniture(raw), strict=True)]
    return [line.replace(PAGE_BREAK, "") for line in lines]


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Every document of a Nexis Uni download; its header and end markers are counted."""
    raw = [line.rstrip("\r") for line in decoded.text.split("\n")]
    path = decoded.source.path
    lines = _unpaged(raw) if PAGE_BREAK in decoded.text else raw
    if furniture := sum(1 for a, b in zip(raw, lines, strict=True) if a.strip(" \f") and not b.strip()):
        yield Rejection(path, "page furniture of a printed export (running head, page number)", "", furniture)
    end = end_re()
    ends = [i for i, line in enumerate(lines) if end.match(line)]
    if not ends:
        raise ValueError("looks like a Nexis Uni download but has no 'End of Document' lines")
    yield Rejection(path, "document end marker", "", len(ends))
    lo, position = 0, 0
    for hi in [*ends, len(lines)]:
        cand = _document(lines, lo, hi, path, position, ctx)
        if cand and lines is not raw:
            cand.raw_text = "\n".join(raw[cand.start_line - 1 : cand.end_line])
        begin = cand.start_line - 1 if cand else hi
        outside = sum(1 for i in range(lo, begin) if lines[i].strip())
        if outside:
            reason = "export header (download request), not an article" if lo == 0 else "text between documents"
            yield Rejection(path, reason, f"lines {lo + 1}-{begin}", outside)
        if cand:
            yield cand
            position += 1
        lo = hi + 1
