"""EBSCOhost plain-text exports ("EBSCO Publishing Citation Format: EBSCOhost (Plain text)").

What EBSCOhost writes when records are saved, e-mailed or exported as text, for any of its
databases (Newspaper Source, Academic Search, Business Source …). Field labels are data
(ingest/data/ebsco_fields.toml):

    EBSCO Publishing Citation Format: EBSCOhost (Plain text):   <- preamble: not an article
    NOTE: Review the instructions at … / Results: 9
    Record: 1                                                   <- each record opens so
    Title:                                                      <- a label alone on its line,
    <TAB>Harbour ferry fares to rise in spring.                 <- the value indented under it
    Authors:
    <TAB>Lund, Petra; Reyes, Omar                               <- inverted names, ";" between
    Source:
    <TAB>Coast Gazette (Bergen, Norway). 3/4/2025, Vol. 8 Issue 9, p14-15. 2p.
    Abstract: / Subject Terms: / Accession Number: / Persistent link … / Cut and Paste: / Database:
    Full Text:                                                  <- the body: every line to the
    …paragraphs…                                                   next record
    Copyright of Coast Gazette is the property of …             <- EBSCO's notice (boilerplate)

- The headline is `Title:` as stated; EBSCO ends it with a period of its own, which is dropped
  when it closes a plain word (an abbreviation such as "U.S." keeps it).
- Outlet and date come from `Source:`: the outlet is what stands before the first ". " that
  precedes the date, with EBSCO's inverted article ("Times, The") put back in front and a
  place in parentheses dropped (outlets.py); EBSCO writes numeric dates month first
  ("11/2/2026" is 2 November), always. A month without a day ("Sep2025") is not a date.
- `Abstract:` is a summary, not the body; `Persistent link` and `Cut and Paste` are EBSCO's
  links to its record, never the article's URL.
- Before `Full Text:` any label standing alone on its line (known or not) opens a metadata
  field, so a database's extra field never reaches the body; after it every line is text.
- A record without `Full Text:` (a citation or abstract only) is not an article: rejected.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.dates import numeric_date, parse_date
from ingest.formats.dbnames import inverted_names
from ingest.formats.exports import language_code
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

FIELDS_FILE = Path(__file__).parent.parent / "data" / "ebsco_fields.toml"
_RECORD = re.compile(r"^Record:?\s+\d+\s*$", re.I)
# A label at the start of a line: "Title:" alone, or "Title: value".
_LABEL = re.compile(r"^([A-Za-z][A-Za-z0-9 /()&'-]{0,60}?)\s*:(?:[ \t]+(.*))?$")
_PREAMBLE = re.compile(r"^EBSCO(?:host)?\b.{0,40}\bCitation Format\b|^Record:?\s+1\s*$", re.I | re.M)
# "Outlet. 11/2/2026, Vol. …" / "Outlet; Sep2025, Vol. …": the date after ". " or "; ".
_SOURCE_DATE = re.compile(
    r"[.;]\s+(?=\d{1,2}/\d{1,2}/\d{2,4}\b|[A-Z][a-z]{2,8}\d{4}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\b)")
_COMPACT_DATE = re.compile(r"(?:19|20)\d{6}")
_INVERTED_ARTICLE = re.compile(r"^(.+?),\s*(The|A|An|Le|La|Les|L'|Der|Die|Das|El|Los|Las|Il|De|Het)$")
# A title closing on a word or a figure, then EBSCO's period ("… top $300.", "… races.");
# "U.S." and "…" are not touched.
_PLAIN_END = re.compile(r"(?<![.\w])(?:[^\W\d_]{2,}|\d[\d,]*)[’”'\")]?\.$")


@dataclass(frozen=True, slots=True)
class Fields:
    roles: dict[str, str]  # lower-case label -> title/authors/source/date/language/text/metadata


@functools.lru_cache(maxsize=4)
def load_fields(path: Path = FIELDS_FILE) -> Fields:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    return Fields({label.lower(): role for role, labels in data["fields"].items() for label in labels})


def sniff(text: str) -> bool:
    """An EBSCOhost text export: a 'Record: N' line followed, within its first lines, by the
    label 'Title:' and two more EBSCO labels (Source, Authors, Accession Number …)."""
    head = text[:50_000]
    if not _PREAMBLE.search(head):
        return False
    lines = head.split("\n")
    roles = load_fields().roles
    for i, line in enumerate(lines):
        if _RECORD.match(line.strip()):
            labels = set()
            for s in lines[i + 1 : i + 60]:
                m = _LABEL.match(s.rstrip("\r")) if s[:1].isalpha() else None
                if m and m.group(1).strip().lower() in roles:
                    labels.add(roles[m.group(1).strip().lower()])
            return "title" in labels and len(labels) >= 3
    return False


def _title(value: str) -> str | None:
    """The headline without the period EBSCO closes every title with."""
    value = normalize_spaces(value)
    if _PLAIN_END.search(value):
        value = value[:-1]
    return value or None


def source_outlet(value: str) -> str | None:
    """The publication a database's source line names: 'Coast Gazette (Bergen, Norway). 3/4/2025,
    p14' -> 'Coast Gazette (Bergen, Norway)' (the place goes in outlets.py), 'Times, The' -> 'The Times'."""
    value = normalize_spaces(value)
    parts = _SOURCE_DATE.split(value, maxsplit=1)
    name = parts[0] if len(parts) == 2 else re.split(r"[.;] ", value, maxsplit=1)[0]
    name = name.strip(" .;,")
    base, paren = name, ""
    if (k := name.rfind(" (")) > 0 and name.endswith(")"):
        base, paren = name[:k], name[k:]
    if m := _INVERTED_ARTICLE.match(base):
        base = f"{m.group(2)} {m.group(1)}"
    return (base + paren).strip() or None


def field_date(value: str) -> dt.date | None:
    """A date as EBSCO writes it: numeric month first ('11/2/2026'), 'yyyymmdd', or in words."""
    value = value.strip()
    if _COMPACT_DATE.fullmatch(value):
        try:
            return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
        except ValueError:
            return None
    return numeric_date(value, dayfirst=False) or parse_date(value)


def source_date(value: str) -> dt.date | None:
    """The date of a source line ('Outlet. 11/2/2026, Vol. 41 Issue 22, p14.')."""
    after = _SOURCE_DATE.split(normalize_spaces(value), maxsplit=1)
    text = after[1] if len(after) == 2 else value
    return field_date(text.split(",")[0])


def _record(lines: list[str], lo: int, end: int, path: str, pos: int, ctx: ParseContext) -> Candidate | None:
    """One record between its 'Record: N' line (lo) and end (exclusive)."""
    roles = load_fields().roles
    meta: dict[str, str] = {}
    body: list[tuple[int, str]] = []
    current = ""
    for i in range(lo + 1, end):
        line = lines[i]
        if current == "text":
            body.append((i + 1, line))
            continue
        m = _LABEL.match(line) if line[:1].isalpha() else None
        if m and ((label := m.group(1).strip().lower()) in roles or not m.group(2)):
            current = roles.get(label, "metadata")
            if current == "text" and m.group(2):
                body.append((i + 1, m.group(2)))
            elif current not in ("metadata", "text") and m.group(2):
                meta[current] = m.group(2).strip()
            continue
        if line.strip() and current not in ("", "metadata", "text"):
            # one author per indented line in some databases' layouts: each line is a person
            joiner = "; " if current == "authors" and meta.get(current) else " "
            meta[current] = f"{meta.get(current, '')}{joiner}{line.strip()}".strip()
    if not any(text.strip() for _, text in body):
        return None
    cand = Candidate(source_path=path, position=pos, start_line=lo + 1, end_line=end, raw_text="", body_lines=body)
    cand.title = _title(meta.get("title", ""))
    source = meta.get("source", "")
    cand.outlet = ctx.outlets.canonical(source_outlet(source)) if source else None
    date_value = meta.get("date", "")
    cand.published_on = field_date(date_value) if date_value else None
    cand.published_on = cand.published_on or (source_date(source) if source else None)
    cand.authors = inverted_names(meta.get("authors", ""), ctx.bylines)
    cand.language = language_code(meta.get("language"))
    in_text = {n for n, _ in body}
    cand.header_lines = {n for n in range(lo + 1, end + 1) if n not in in_text}
    cand.raw_text = "\n".join(lines[lo:end])
    return cand


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Every record of an EBSCOhost text export; the preamble is rejected with its reason."""
    lines = [line.rstrip("\r") for line in decoded.text.split("\n")]
    path = decoded.source.path
    starts = [i for i, line in enumerate(lines) if _RECORD.match(line.strip()) and not line[:1].isspace()]
    if not starts:
        raise ValueError("looks like an EBSCOhost export but has no 'Record: N' lines")
    head = sum(1 for i in range(starts[0]) if lines[i].strip())
    if head:
        yield Rejection(path, "export preamble (citation format, instructions, result count), not an article",
                        f"lines 1-{starts[0]}", head)
    position = 0
    for k, lo in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        while end > lo + 1 and not lines[end - 1].strip():
            end -= 1
        cand = _record(lines, lo, end, path, position, ctx)
        if cand is None:
            count = sum(1 for i in range(lo, end) if lines[i].strip())
            yield Rejection(path, "EBSCOhost record without full text (citation or abstract only)",
                            f"lines {lo + 1}-{end}", count)
            continue
        position += 1
        yield cand
