"""ProQuest plain-text exports ("Save as Text": "Report Information from ProQuest").

Layout, as ProQuest writes it (CRLF line ends; field labels in ingest/data/proquest_fields.toml):

    Report Information from ProQuest              <- report header and table of contents:
    Table of contents / 1. Headline ...              not an article (rejected, lines counted)
    ____________________________________          <- rule between documents
    Document 1 of 8
    CANCER CENTRE BOOST FOR CARLISLE              <- headline: the lines before the first field
    Author: Irving, Jack                          <- inverted names, ";" between people
    Publication info: Border Gazette ; Carlisle (UK) [Carlisle (UK)]. 19 Oct 2024: 5.
    ProQuest document link / Abstract: ...        <- metadata
    Full text: First paragraph ...                <- the body starts on this line
    ...paragraphs...
    Credit: / Subject: / Location: / Publication title: / Publication date: / Publisher: /
    ... / ProQuest document ID: / Document URL: / Copyright: / Last updated: / Database:

The metadata block after the body is the maximal run of labelled fields at the end of the
document, so a paragraph that happens to open with "Location:" inside the text stays text.
Outlet and date come from "Publication title"/"Publication date" (else "Publication info");
"Document URL" is the database's link to its record, never stored as the article's url.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.dates import parse_date
from ingest.formats.dbnames import inverted_names
from ingest.formats.exports import language_code
from ingest.formats.pages import PAGE_BREAK, strip_page_furniture
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

FIELDS_FILE = Path(__file__).parent.parent / "data" / "proquest_fields.toml"
_DOC = re.compile(r"^\s*Document\s+\d+\s+of\s+\d+\s*$", re.I)
_RULE = re.compile(r"^\s*_{8,}\s*$")
_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z /()-]{0,45}?)\s*:(?:\s+(.*))?$")
_PAREN_TAIL = re.compile(r"\s*\([^)]*\)$")
_INFO_OUTLET = re.compile(r"\s;\s|;|\s\[|,?\s+Vol\.|\.\s")
# ProQuest's PDF puts the record's citation under the headline instead of labelled "Author:" and
# "Publication info:" fields: "Last, First. Publication; Place [Place]. 02 Dec 2026: B1." (the
# author part is absent for unsigned items). The tail (a date, then the page) makes it a citation.
_CITATION = re.compile(
    r"^(?:(?P<authors>[^\W\d][^.:;,]{0,40},\s[^.:;,]{1,40}(?:;\s[^.:;,]{1,40},\s[^.:;,]{1,40})*)\.\s+)?"
    r"(?P<info>\S.{2,200}?\b\d{4}(?::\s*[\w+-]{1,12})?\.?)$")
# A short "Label: value" line whose label is not in the data file: a field ProQuest added since
# (the PDF's "First page:"), which must not end the walk over the metadata block as text would.
_UNKNOWN_FIELD_MAX = 80


@dataclass(frozen=True, slots=True)
class Fields:
    roles: dict[str, str]  # lower-case label -> title/authors/outlet/date/info/language/text/metadata
    furniture: frozenset[str]
    ends: frozenset[str]  # whole lines that end the last document (the PDF's "Bibliography")


@functools.lru_cache(maxsize=4)
def load_fields(path: Path = FIELDS_FILE) -> Fields:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    roles = {label.lower(): role for role, labels in data["fields"].items() for label in labels}
    return Fields(roles, frozenset(x.lower() for x in data.get("furniture", {}).get("lines", [])),
                  frozenset(x.lower() for x in data.get("end", {}).get("lines", [])))


def _field(line: str, fields: Fields) -> tuple[str, str, str] | None:
    """(role, label, value) when the line is a known 'Label: value' field."""
    m = _LABEL.match(line)
    if not m or (label := m.group(1).strip().lower()) not in fields.roles:
        return None
    return fields.roles[label], label, (m.group(2) or "").strip()


def _tail_start(lines: list[str], lo: int, end: int, fields: Fields) -> int:
    """First line of the metadata block that ends the document: walking back from the end over
    fields, furniture and lines continuing a field, up to the first paragraph that is text."""
    start, k = end, end - 1
    while k > lo:
        s = lines[k].strip()
        if not s or s.lower() in fields.furniture:
            k -= 1
            continue
        if _field(s, fields):
            start = k
        elif len(s) <= _UNKNOWN_FIELD_MAX and _LABEL.match(s) and s.count(" ") <= 8:
            pass  # an unlisted field among the listed ones; only a listed one moves the start
        elif not lines[k - 1].strip():  # an unlabelled paragraph of its own: text
            break
        k -= 1
    return start


def _citation(line: str) -> dict[str, str]:
    """Authors and publication info from the PDF's citation line under the headline, when the
    line is one (it ends in a date that parses)."""
    m = _CITATION.match(line)
    if not m or parse_date(m.group("info")) is None:
        return {}
    found = {"info": m.group("info")}
    if m.group("authors"):
        found["authors"] = m.group("authors")
    return found


def _outlet(meta: dict[str, str]) -> str | None:
    if value := meta.get("outlet"):
        name = value.split(";")[0].strip()
    elif value := meta.get("info"):
        name = _INFO_OUTLET.split(value, maxsplit=1)[0].strip()
    else:
        return None
    return _PAREN_TAIL.sub("", name).strip() or None  # "Galloway Herald (Online)", "(London)"


def _document(lines: list[str], lo: int, end: int, path: str, pos: int, ctx: ParseContext) -> Candidate | None:
    """One document between its 'Document N of M' line (lo) and end (exclusive, rules cut)."""
    fields = load_fields()
    tail = _tail_start(lines, lo, end, fields)
    meta: dict[str, str] = {}
    title: list[str] = []
    body: list[tuple[int, str]] = []
    in_body, current = False, ""
    for i in range(lo + 1, end):
        s = lines[i].strip()
        found = _field(s, fields) if s and (i >= tail or not in_body) else None
        if found:
            role, _label, value = found
            in_body = role == "text" and i < tail
            if in_body:
                body.append((i + 1, value))
            elif role != "metadata" and (role not in meta or role == current):
                meta[role] = f"{meta.get(role, '')} {value}".strip()  # a field's first statement wins
            current = role
        elif in_body:
            body.append((i + 1, lines[i]))
        elif s and s.lower() not in fields.furniture:
            if not meta and (not title or lines[i - 1].strip()):
                title.append(s)  # the headline block before the first field
            elif not current and (cite := _citation(s)):
                for role, value in cite.items():
                    meta.setdefault(role, value)
            elif current and current != "metadata":
                meta[current] = f"{meta.get(current, '')} {s}".strip()
    if not any(text.strip() for _, text in body):
        return None
    cand = Candidate(source_path=path, position=pos, start_line=lo + 1, end_line=end, raw_text="", body_lines=body)
    cand.title = normalize_spaces(" ".join(title)) or meta.get("title") or None
    cand.outlet = ctx.outlets.canonical(_outlet(meta))
    cand.published_on = parse_date(meta.get("date", "")) or parse_date(meta.get("info", ""))
    cand.authors = inverted_names(meta.get("authors", ""), ctx.bylines)
    cand.language = language_code(meta.get("language"))
    in_text = {n for n, _ in body}
    cand.header_lines = {n for n in range(lo + 1, end + 1) if n not in in_text}
    cand.raw_text = "\n".join(line.rstrip("\r") for line in lines[lo:end])
    return cand


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Every document of a ProQuest text export; the report header and rules are rejected."""
    orig = [line.rstrip("\r") for line in decoded.text.split("\n")]
    # A PDF download: its running head ('ProQuest') and 'Page n of m' stand inside records, where
    # a page ends; blanked for reading (the copy's raw text keeps them).
    lines = strip_page_furniture(orig) if PAGE_BREAK in decoded.text else orig
    path = decoded.source.path
    starts = [i for i, line in enumerate(lines) if _DOC.match(line)]
    if not starts:
        raise ValueError("looks like a ProQuest export but has no 'Document N of M' lines")
    head = [i for i in range(starts[0]) if lines[i].strip() and not _RULE.match(lines[i])]
    if head:
        yield Rejection(path, "export header (report information, contents), not an article",
                        f"lines 1-{starts[0]}", len(head))
    rules = sum(1 for line in lines if _RULE.match(line))
    if rules:
        yield Rejection(path, "separator rule between documents", "", rules)
    ends = load_fields().ends
    position = 0
    for k, lo in enumerate(starts):
        hi = starts[k + 1] if k + 1 < len(starts) else len(lines)
        # A document ends at the rule after it; what follows the rule before the next document
        # (the export's footer after the last one) is not part of it.
        end = next((i for i in range(lo + 1, hi)
                    if _RULE.match(lines[i]) or lines[i].strip().lower() in ends), hi)
        extra = sum(1 for i in range(end, hi) if lines[i].strip() and not _RULE.match(lines[i]))
        if extra:
            yield Rejection(path, "export footer (copyright, terms), not an article", f"lines {end + 2}-{hi}", extra)
        while end > lo + 1 and not lines[end - 1].strip():
            end -= 1
        cand = _document(lines, lo, end, path, position, ctx)
        if cand is not None and lines is not orig:
            cand.raw_text = "\n".join(orig[lo:end])
        if cand is None:
            count = sum(1 for i in range(lo, end) if lines[i].strip())
            yield Rejection(path, "ProQuest record without full text (citation or abstract only)",
                            f"lines {lo + 1}-{end}", count)
            continue
        position += 1
        yield cand
