"""GBI-Genios exports (WISO Presse, Genios.de), as text.

Layout, as the export writes it (labels and patterns in ingest/data/genios_fields.toml):

    GBI-Genios Deutsche Wirtschaftsdatenbank GmbH   <- export head: database, product, hit list,
    WISO - Presse / Trefferliste: 4 Dokumente          the search and its date range (never an
    Suche: … Zeitraum: 01.12.2026 - 04.12.2026         article's date): rejected, counted
    Dokument 1 von 4                                <- opens a document
    Allgäuer Rundschau vom 03.12.2026, Ausgabe Kempten, Seite 7, Rubrik: Wirtschaft
                                                    <- citation: the paper, the date (day first)
    Alpentransit                                    <- an optional Dachzeile: a kicker, not title
    Tirol verschärft Lkw-Regeln …                   <- the title
    Von mnd                                         <- the byline slot ('Von' dropped; an agency's
                                                       code alone is the agency's credit)
    (blank line, then the text; 'Innsbruck (mnd) - …' datelines stay text)
    Quelle: … / Ressort: / Datum: / Länge: / Dokumentnummer: /   <- the field block closing the
    Dauerhafte Adresse des Dokuments: https://… / © …              document: never text; the
    Dokumentende                                                   permalink is the database's

The database (GBI-Genios) is never the outlet: the citation line's paper is, else the `Quelle:`
field's. The header block is the run of lines under the citation up to the first blank line;
its last line is the byline when it opens with `Von`, or reads as names or an agency's code
under a line not shorter than it (exports.header_credit); the title is the last line left.
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
from ingest.formats.exports import header_credit
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import any_of, normalize_spaces

FIELDS_FILE = Path(__file__).parent.parent / "data" / "genios_fields.toml"
MAX_HEADER_LINES = 5  # Dachzeile, title (maybe two lines), byline: more is text
_LABEL = re.compile(r"^([^\W\d][\w /()&.-]{0,45}?)\s*:(?:\s+(.*?))?\s*$")
_NUMERIC = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b")


@dataclass(frozen=True, slots=True)
class Fields:
    opens: re.Pattern[str]
    closes: re.Pattern[str]
    citation: re.Pattern[str]  # 'Paper vom 03.12.2026, …': group 1 the paper, group 2 the date
    roles: dict[str, str]
    furniture: re.Pattern[str]
    head: re.Pattern[str]
    byline_labels: tuple[str, ...]


@functools.lru_cache(maxsize=4)
def load_fields(path: Path = FIELDS_FILE) -> Fields:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    doc = data["document"]
    words = "|".join(re.escape(w) for w in doc["citation_word"])
    citation = re.compile(rf"^(.{{2,80}}?)\s+(?:{words})\s+(\d{{1,2}}\.\d{{1,2}}\.\d{{4}})\b.*$", re.I)
    roles = {label.lower(): role for role, labels in data["fields"].items() if role != "furniture"
             for label in labels}
    return Fields(any_of(doc["opens"]), any_of(doc["closes"]), citation, roles, any_of(data["fields"]["furniture"]),
                  any_of(data["head"]["marks"]), tuple(data.get("byline", {}).get("labels", [])))


def _field(line: str, fields: Fields) -> tuple[str, str] | None:
    m = _LABEL.match(line.strip())
    if m is None or (role := fields.roles.get(m.group(1).strip().lower())) is None:
        return None
    return role, (m.group(2) or "").strip()


def sniff(text: str) -> bool:
    """A GENIOS export: 'Dokument N von M' lines, each followed by a citation line
    ('Paper vom 03.12.2026, …'), and the database's own lines at the top."""
    head = text[:200_000]
    if "okument" not in head and "ocument" not in head:  # ('Dokument N von M'): most text files stop here
        return False
    fields = load_fields()
    if not any(fields.head.fullmatch(s.strip()) for s in head[:4000].split("\n")[:10] if s.strip()):
        return False
    lines = [s.strip() for s in head.split("\n")[:3000]]
    for k, s in enumerate(lines):
        if s and fields.opens.fullmatch(s):
            nxt = next((t for t in lines[k + 1 : k + 4] if t), "")
            return fields.citation.match(nxt) is not None
    return False


def _date(value: str) -> dt.date | None:
    m = _NUMERIC.search(value)
    return (numeric_date(m.group(0), True) if m else None) or parse_date(value)


def _tail_start(lines: list[str], lo: int, end: int, fields: Fields) -> int:
    """First line of the field block that closes the document: walking back over fields,
    furniture and blank lines up to the last line of text."""
    start, k = end, end - 1
    while k >= lo:
        s = lines[k].strip()
        if s and not (_field(s, fields) or fields.furniture.fullmatch(s) or fields.closes.fullmatch(s)):
            break
        if s:
            start = k
        k -= 1
    return start


def _document(lines: list[str], lo: int, end: int, path: str, pos: int, ctx: ParseContext,
              fields: Fields) -> Candidate | None:
    """The document between its 'Dokument N von M' line (lo) and `end` (exclusive)."""
    k = next((i for i in range(lo + 1, end) if lines[i].strip()), end)
    cite = fields.citation.match(lines[k].strip()) if k < end else None
    outlet, date = (cite.group(1).strip(), _date(cite.group(2))) if cite else (None, None)
    k = next((i for i in range(k + 1 if cite else k, end) if lines[i].strip()), end)
    block: list[int] = []
    while k < end and lines[k].strip() and len(block) < MAX_HEADER_LINES:
        block.append(k)
        k += 1
    if len(block) == MAX_HEADER_LINES:  # no blank line under the header: the title is one line
        block, k = block[:1], block[0] + 1
    authors = header_credit([lines[i] for i in block], ctx.bylines, fields.byline_labels)
    if authors is not None:
        block = block[:-1]
    stop = _tail_start(lines, k, end, fields)
    for i in range(stop, end):
        f = _field(lines[i], fields)
        if f and f[0] == "outlet" and outlet is None and f[1]:
            outlet = f[1].split(",")[0].strip()  # 'Quelle: Paper, Donnerstag, 3. Dezember 2026, …'
            date = date or _date(f[1])
        elif f and f[0] == "date" and date is None:
            date = _date(f[1])
    body = [(i + 1, lines[i]) for i in range(k, stop)]
    if not any(t.strip() for _, t in body):
        return None
    cand = Candidate(source_path=path, position=pos, start_line=lo + 1, end_line=end,
                     raw_text="\n".join(lines[lo:end]), body_lines=body)
    cand.title = normalize_spaces(lines[block[-1]]) if block else None
    cand.outlet = ctx.outlets.canonical(outlet) if outlet else None
    cand.published_on = date
    cand.authors = authors or []
    in_text = {n for n, _ in body}
    cand.header_lines = {n for n in range(lo + 1, end + 1) if n not in in_text}
    return cand


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Every document of a GENIOS export; the export head is rejected with its lines."""
    fields = load_fields()
    lines = [line.rstrip("\r") for line in decoded.text.split("\n")]
    path = decoded.source.path
    opens = [k for k, s in enumerate(lines) if s.strip() and fields.opens.fullmatch(s.strip())]
    if not opens:
        raise ValueError("looks like a GENIOS export but has no 'Dokument N von M' line")
    head = sum(1 for i in range(opens[0]) if lines[i].strip())
    if head:
        yield Rejection(path, "export head (database, hit list, search and its date range), not an article",
                        f"lines 1-{opens[0]}", head)
    position = 0
    for n, lo in enumerate(opens):
        end = opens[n + 1] if n + 1 < len(opens) else len(lines)
        while end > lo + 1 and not lines[end - 1].strip():
            end -= 1
        cand = _document(lines, lo, end, path, position, ctx, fields)
        if cand is None:
            yield Rejection(path, "GENIOS record without text", f"lines {lo + 1}-{end}",
                            sum(1 for i in range(lo, end) if lines[i].strip()))
            continue
        position += 1
        yield cand
