"""Gale full-text downloads (Gale OneFile: News, Gale Academic OneFile, Gale In Context …).

What Gale's platforms write when documents are downloaded or sent as text. Field labels, the
lines that close a document and the export's own furniture are data (ingest/data/gale_fields.toml):

    Gale OneFile: News                                   <- head: product, query, limits, who
    Search results: … / Limits: Publication date …          downloaded and when (never an
    Downloaded by: … / Download date: … / Documents: 10     article's date): rejected
    Harbour ferry fares to rise in spring                <- the headline, alone on its line(s)
    Date: Mar. 4, 2025                                   <- the field block: "Label: value"
    From: Coast Gazette (Bergen, Norway)                    lines; the outlet without its place
    Publisher: … / Document Type: … / Length: 412 words     (or "(Vol. 12, Issue 3)")
    Author: Petra Lund and Omar Reyes                    <- "A and B", "Lund, Petra" both read
    Full Text: …paragraphs…                              <- the body, up to the tail
    COPYRIGHT 2025 Coast Gazette                         <- copyright / a bare link: not text
    Source Citation (MLA 9th Edition)                    <- the tail: a library citation (its
    Lund, Petra. "Harbour ferry …" Coast Gazette, …         link.gale.com link is Gale's record,
    Gale Document Number: GALE|A123456789                   never the article's URL), the number
    © 2025 Gale, a Cengage Company                       <- closing notice: rejected

- A document starts at a block of at least two known field lines, one of them a date, an
  outlet or an author, under the headline (or holding a "Title:" field): a paragraph of the
  body that opens "Date: …" on its own never does.
- Everything between the field block and "Full Text:" (an abstract, an unknown label) is
  metadata; without "Full Text:" the text follows the block. A record with no text (a
  citation or an abstract only) is not an article: rejected.
- Numeric dates are month first, as Gale (a US company) writes them; dates in words are read
  as they stand.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.formats.dbnames import inverted_names
from ingest.formats.ebsco import field_date
from ingest.formats.exports import language_code
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import any_of, normalize_spaces

FIELDS_FILE = Path(__file__).parent.parent / "data" / "gale_fields.toml"
# "Label: value" / "Full Text:" — a label of words at the start of the line.
_LABEL = re.compile(r"^([A-Za-z][A-Za-z0-9 /()&'.-]{0,40}?)\s*:(?:\s+(.*?))?\s*$")
# The notice or the bare link that closes a document's text, before its citation.
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s).{0,200}$", re.I)
_BARE_LINK = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)\s*$")
# A Gale export names itself: its product line, its document numbers or its record links.
_GALE_MARK = re.compile(r"^Gale\b|^Gale Document Number:|link\.gale\.com/|\bGALE\|[A-Z]{1,4}\d", re.M)


@dataclass(frozen=True, slots=True)
class Fields:
    roles: dict[str, str]  # lower-case label -> title/authors/outlet/date/language/text/metadata
    tail: re.Pattern[str]
    furniture: re.Pattern[str]


@functools.lru_cache(maxsize=4)
def load_fields(path: Path = FIELDS_FILE) -> Fields:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    roles = {label.lower(): role for role, labels in data["fields"].items() for label in labels}
    tail = any_of(data["tail"]["starts"])
    furniture = any_of([p for group in data["furniture"].values() for p in group])
    return Fields(roles, tail, furniture)


def _field(line: str, fields: Fields) -> tuple[str, str] | None:
    """(role, value) when the line is a known 'Label: value' field."""
    if not line[:1].isalpha():
        return None
    m = _LABEL.match(line)
    if not m or (role := fields.roles.get(m.group(1).strip().lower())) is None:
        return None
    return role, (m.group(2) or "").strip()


@dataclass(slots=True)
class _Doc:
    start: int  # first line (the headline, or the block when it holds a Title: field)
    block: int  # first field line
    block_end: int  # line after the field block
    title: str


def _documents(lines: list[str], fields: Fields) -> list[_Doc]:
    """Every document's headline and field block, in file order."""
    docs: list[_Doc] = []
    i, n = 0, len(lines)
    while i < n:
        first = _field(lines[i], fields)
        if first is None or first[0] == "text":
            i += 1
            continue
        j, roles, title = i, set(), ""
        while j < n and (f := _field(lines[j], fields)) is not None and f[0] != "text":
            roles.add(f[0])
            if f[0] == "title" and not title:
                title = f[1]
            j += 1
        if j - i < 2 or not roles & {"date", "outlet", "authors"}:
            i = j
            continue
        start = i
        if "title" not in roles:  # the headline: the non-blank lines directly above the block
            k = i
            floor = docs[-1].block_end if docs else 0
            while k > floor and i - k < 3 and lines[k - 1].strip() and not _ends_text(lines[k - 1], fields):
                k -= 1
            if k == i:
                i = j
                continue
            start, title = k, " ".join(lines[x].strip() for x in range(k, i))
        docs.append(_Doc(start, i, j, normalize_spaces(title)))
        i = j
    return docs


def _ends_text(line: str, fields: Fields) -> bool:
    s = line.strip()
    return bool(s) and (fields.tail.fullmatch(s) is not None or fields.furniture.fullmatch(s) is not None)


def sniff(text: str) -> bool:
    """A Gale download: Gale names itself (product line, 'Gale Document Number', a link.gale.com
    citation) and a headline stands over a field block with 'Full Text:' under it."""
    head = text[:200_000]
    if ("Gale" not in head and "GALE|" not in head) or not _GALE_MARK.search(head):
        return False  # (a substring test first: most text files never name Gale)
    fields = load_fields()
    lines = [line.rstrip("\r") for line in head.split("\n")[:3000]]
    docs = _documents(lines, fields)
    if not docs:
        return False
    after = lines[docs[0].block_end : docs[0].block_end + 40]
    return any((f := _field(s, fields)) is not None and f[0] == "text" for s in after)


def _document(lines: list[str], doc: _Doc, end: int, path: str, pos: int, ctx: ParseContext,
              fields: Fields) -> Candidate | None:
    meta: dict[str, str] = {}
    for i in range(doc.block, doc.block_end):
        f = _field(lines[i], fields)
        if f and f[0] not in ("metadata", "title") and f[1] and f[0] not in meta:
            meta[f[0]] = f[1]
    # the text: under "Full Text:" (its value may stand on the label's line), else under the block
    text_at, first_value = doc.block_end, ""
    for i in range(doc.block_end, end):
        f = _field(lines[i], fields)
        if f and f[0] == "text":
            text_at, first_value = i + 1, f[1]
            break
    stop = next((i for i in range(text_at, end) if fields.tail.fullmatch(lines[i].strip())), end)
    # the copyright notice and a bare link closing the text are the database's, not the article's
    while stop > text_at and (not (s := lines[stop - 1].strip()) or _COPYRIGHT.match(s) or _BARE_LINK.match(s)
                              or fields.furniture.fullmatch(s)):
        stop -= 1
    body = ([(text_at, first_value)] if first_value else []) + [(i + 1, lines[i]) for i in range(text_at, stop)]
    if not any(t.strip() for _, t in body):
        return None
    cand = Candidate(source_path=path, position=pos, start_line=doc.start + 1, end_line=end, raw_text="",
                     body_lines=body)
    cand.title = doc.title or None
    outlet = meta.get("outlet", "")
    outlet = _TRAILING_PAREN.sub("", outlet).strip() or outlet  # "(Peterhead, Scotland)", "(Vol. 12, Issue 3)"
    cand.outlet = ctx.outlets.canonical(outlet) if outlet else None
    cand.published_on = field_date(meta["date"]) if meta.get("date") else None
    cand.authors = inverted_names(meta.get("authors", ""), ctx.bylines)
    cand.language = language_code(meta.get("language"))
    in_text = {n for n, _ in body}
    cand.header_lines = {n for n in range(doc.start + 1, end + 1) if n not in in_text}
    cand.raw_text = "\n".join(lines[doc.start : end])
    return cand


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Every document of a Gale download; the export's head and closing notice are rejected."""
    fields = load_fields()
    lines = [line.rstrip("\r") for line in decoded.text.split("\n")]
    path = decoded.source.path
    docs = _documents(lines, fields)
    if not docs:
        raise ValueError("looks like a Gale download but has no headline over a field block")
    head = sum(1 for i in range(docs[0].start) if lines[i].strip())
    if head:
        yield Rejection(path, "export head (product, search, limits, download date), not an article",
                        f"lines 1-{docs[0].start}", head)
    # the closing notice after the last document's tail
    last = len(lines)
    while last > docs[-1].block_end and (not (s := lines[last - 1].strip()) or fields.furniture.fullmatch(s)):
        last -= 1
    closing = sum(1 for i in range(last, len(lines)) if lines[i].strip())
    position = 0
    for k, doc in enumerate(docs):
        end = docs[k + 1].start if k + 1 < len(docs) else last
        while end > doc.block_end and not lines[end - 1].strip():
            end -= 1
        cand = _document(lines, doc, end, path, position, ctx, fields)
        if cand is None:
            count = sum(1 for i in range(doc.start, end) if lines[i].strip())
            yield Rejection(path, "Gale record without full text (citation or abstract only)",
                            f"lines {doc.start + 1}-{end}", count)
            continue
        position += 1
        yield cand
    if closing:
        yield Rejection(path, "export closing notice, not an article", f"lines {last + 1}-{len(lines)}", closing)
