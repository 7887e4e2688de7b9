"""MyNews Hemeroteca (Spanish press database) dossier exports, one document after another.

Layout (labels in ingest/data/mynews_fields.toml):

    MyNews Hemeroteca / Dossier: … / Exportado: 04/12/2026 9:41 / Total de documentos: 3
                                                   <- the export's header: not an article
    Diario de Ejemplo                              <- outlet
    Huesca                                         <- its city (no part of the name)
    Jueves, 3 de diciembre de 2026                 <- the print date
    Pág. 14 / Sección: … / Palabras: 99 / Idioma: Español   <- metadata
                                                   <- blank line
    TRANSPORTE                                     <- optional antetítulo (kicker), in capitals
    The headline
    Por Jane Roe                                   <- optional byline ("Por" dropped; a bare
                                                      agency name is the agency's credit)
    …paragraphs…
    © Diario de Ejemplo. Todos los derechos reservados.   <- trailer
    Documento: DEJ-20261203-14-3381
    ------------------------------------------------------------

A document is anchored on its date line with the outlet block above it, so a missing city or
kicker never shifts the fields. The export date in the header is never an article date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

from ingest.dates import find_date
from ingest.formats.dbnames import credited_names
from ingest.formats.exports import language_code
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

FIELDS_FILE = Path(__file__).parent.parent / "data" / "mynews_fields.toml"
_LABEL = re.compile(r"^\s*([^\W\d_](?:[^\W\d_]|[ .-]){0,30}?)\s*:\s*(.*)$")
_RULE = re.compile(r"^\s*-{20,}\s*$")
_NAME = re.compile(r"^\s*MyNews\b", re.I)
_WEEKDAY = re.compile(r"^\s*(?:[^\W\d_]+,?\s*)?$")


def date_line(line: str) -> dt.date | None:
    """The date of a line that is only a date, after an optional weekday in the export's language
    ('Jueves, 3 de diciembre de 2026'): one word before the date, nothing after it."""
    if len(line) > 60:
        return None
    found = find_date(line)
    if found is None or line[found[2] :].strip() or not _WEEKDAY.match(line[: found[1]]):
        return None
    return found[0]


@functools.lru_cache(maxsize=4)
def load_fields(path: Path = FIELDS_FILE) -> dict[str, frozenset[str]]:
    with open(path, "rb") as fh:
        return {k: frozenset(x.lower() for x in v) for k, v in tomllib.load(fh).items()}


def _label(line: str, kind: str) -> tuple[str, str] | None:
    m = _LABEL.match(line)
    if m and (name := m.group(1).strip().lower()) in load_fields()[kind]:
        return name, m.group(2).strip()
    return None


def _is_meta(line: str) -> bool:
    s = line.strip()
    first = s.split(" ", 1)[0].lower() if s else ""
    return _label(s, "metadata") is not None or (first in load_fields()["page"] and any(c.isdigit() for c in s))


def sniff(text: str) -> bool:
    """A MyNews export: it names itself on its first line and its documents carry a date line
    followed by MyNews's metadata labels."""
    head = text[:20_000].lstrip("\ufeff \r\n")
    if not _NAME.match(head):
        return False
    lines = [ln.rstrip("\r") for ln in head.split("\n")[:400]]
    return any(date_line(ln) is not None and k + 1 < len(lines) and _is_meta(lines[k + 1])
               for k, ln in enumerate(lines) if ln.strip())


def _heading(lines: list[str], idx: list[int], ctx: ParseContext) -> tuple[str | None, list[str], set[int]]:
    """Title, authors and the heading's line indices from the block above the text."""
    f = load_fields()
    texts = [normalize_spaces(lines[i]) for i in idx]
    used = set(idx)
    if len(texts) >= 2 and texts[0].isupper():  # the antetítulo, a kicker: no part of the title
        texts, idx = texts[1:], idx[1:]
    authors: list[str] = []
    if len(texts) >= 2:
        words = texts[-1].split(" ", 1)
        credit = words[1] if len(words) == 2 and words[0].lower() in f["byline_words"] else None
        if credit is None and len(texts[-1].split()) <= 6 and not texts[-1].endswith((".", "?", "!", ":")):
            credit = texts[-1]  # a bare name under the headline: the credit (an agency's, often)
        if credit:
            joined = "|".join(re.escape(w) for w in sorted(f["and_words"]))
            people = [p for p in re.split(rf"\s+(?:{joined})\s+|\s*[,;]\s*", credit) if p]
            authors = [n for p in people for n in (credited_names(p, ctx.bylines) or [p])]
            texts = texts[:-1]
    return (" ".join(texts) or None), authors, used


def _document(lines: list[str], lo: int, hi: int, date_at: int, path: str, pos: int,
              ctx: ParseContext) -> Candidate:
    start = date_at - 1
    while start > lo and lines[start - 1].strip():
        start -= 1
    cand = Candidate(source_path=path, position=pos, start_line=start + 1, end_line=hi, raw_text="", body_lines=[])
    outlet_lines = [normalize_spaces(lines[i]) for i in range(start, date_at)]
    cand.outlet = ctx.outlets.canonical(outlet_lines[0]) if outlet_lines else None  # the city below is dropped
    cand.published_on = date_line(lines[date_at])
    header = set(range(start, date_at + 1))
    i = date_at + 1
    while i < hi and lines[i].strip() and _is_meta(lines[i]):
        if lab := _label(lines[i].strip(), "language"):
            cand.language = language_code(lab[1])
        header.add(i)
        i += 1
    while i < hi and not lines[i].strip():
        i += 1
    block = []
    while i < hi and lines[i].strip():
        block.append(i)
        i += 1
    cand.title, cand.authors, used = _heading(lines, block, ctx)
    header |= used
    trailer = next((k for k in range(i, hi) if lines[k].lstrip().startswith("©")
                    or _label(lines[k].strip(), "trailer") or _RULE.match(lines[k])), hi)
    cand.body_lines = [(n + 1, lines[n]) for n in range(i, trailer)]
    last = hi - 1
    while last > start and (not lines[last].strip() or _RULE.match(lines[last])):
        last -= 1
    cand.header_lines = header | set(range(trailer, last + 1))
    cand.header_lines = {n + 1 for n in cand.header_lines}
    cand.end_line = last + 1
    cand.raw_text = "\n".join(lines[start : last + 1])
    return cand


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Every document of a MyNews export; the export's header and the rules are counted."""
    lines = [line.rstrip("\r") for line in decoded.text.lstrip("\ufeff").split("\n")]
    path = decoded.source.path
    dates = [k for k, ln in enumerate(lines)
             if ln.strip() and date_line(ln) is not None and k + 1 < len(lines) and _is_meta(lines[k + 1])
             and k > 0 and lines[k - 1].strip() and not _label(lines[k - 1].strip(), "file_header")]
    if not dates:
        raise ValueError("looks like a MyNews export but has no document date lines")
    rules = sum(1 for ln in lines if _RULE.match(ln))
    if rules:
        yield Rejection(path, "separator", "", rules)
    lo = 0
    for pos, d in enumerate(dates):
        hi = dates[pos + 1] if pos + 1 < len(dates) else len(lines)
        nxt_start = hi
        if pos + 1 < len(dates):  # the next document's outlet block belongs to it
            while nxt_start > d and lines[nxt_start - 1].strip():
                nxt_start -= 1
        cand = _document(lines, lo, nxt_start, d, path, pos, ctx)
        outside = sum(1 for i in range(lo, cand.start_line - 1) if lines[i].strip() and not _RULE.match(lines[i]))
        if outside:
            reason = "export header (dossier, export date), not an article" if pos == 0 else "text between documents"
            yield Rejection(path, reason, f"lines {lo + 1}-{cand.start_line - 1}", outside)
        yield cand
        lo = nxt_start
