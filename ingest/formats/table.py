"""CSV/TSV exports of media-monitoring tools (Talkwalker, Meltwater, Brandwatch, Cision, ...).

A delimited table is an article export when its first row names article fields; which header
holds which field is data (ingest/data/table_columns.toml). One row is one article:
start_line/end_line are the row's real lines in the file (a quoted cell may span several), and
the body's lines keep their own line numbers. Numeric dates are read day-first or month-first
as the whole date column proves it (ingest/dates.numeric_order): one '17/10/2024' settles
'11/10/2024' in the rows beside it; a column that proves neither leaves an ambiguous date null.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

from ingest.dates import numeric_date, numeric_order, parse_date
from ingest.formats.exports import language_code
from ingest.formats.meta_clean import clean_authors
from ingest.formats.plaintext import ParseContext
from ingest.metadata import canonical_url
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

COLUMNS_FILE = Path(__file__).parent.parent / "data" / "table_columns.toml"
DELIMITERS = {",": "csv", ";": "csv", "\t": "tsv", "|": "csv"}
MIN_COLUMNS = 3
_SEPARATORS = re.compile(r"[\s_.\-]+")
_HTML = re.compile(r"<(?:p|div|br|h[1-6]|li|blockquote)\b[^>]*>", re.I)
_NUMERIC = re.compile(r"(?<![\d/.-])[0-3]?\d[./-][0-3]?\d[./-](?:19|20)\d\d(?![\d/.-])")
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\d?\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/?$", re.I)
_AUTHOR_SPLIT = re.compile(r"\s*[;|]\s*")


@functools.lru_cache(maxsize=4)
def _load(path: Path) -> dict[str, dict[str, int]]:
    """Field -> {normalised header: rank}; a lower rank (listed earlier) wins."""
    with open(path, "rb") as fh:
        return {f: {_norm(h): i for i, h in enumerate(names)} for f, names in tomllib.load(fh).items()}


def _norm(header: str) -> str:
    return _SEPARATORS.sub(" ", header.strip().strip('"').lower()).strip()


def column_map(header: list[str], path: Path = COLUMNS_FILE) -> dict[str, int]:
    """Field -> column index for a header row (the best-ranked alias of each field)."""
    aliases = _load(path)
    best: dict[str, tuple[int, int]] = {}
    for index, cell in enumerate(header):
        key = _norm(cell)
        for field, names in aliases.items():
            rank = names.get(key)
            if rank is not None and (field not in best or rank < best[field][0]):
                best[field] = (rank, index)
    return {field: index for field, (_, index) in best.items()}


def _first_line(text: str) -> str:
    return text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")


def delimiter(text: str) -> str | None:
    """The delimiter whose header row names the most article fields, when it names the title
    or the body and two fields at least; None when the text is no article table."""
    line = _first_line(text)
    if len(line) > 2000:
        return None
    found: tuple[int, str] | None = None
    for delim in DELIMITERS:
        if delim not in line:
            continue
        try:
            header = next(csv.reader([line], delimiter=delim))
        except csv.Error:
            continue  # a stray carriage return inside the line: no header row of a table
        if len(header) < MIN_COLUMNS or any(len(h) > 60 for h in header):
            continue
        fields = column_map(header)
        if ("title" in fields or "body" in fields) and len(fields) >= 2 and (found is None or len(fields) > found[0]):
            found = (len(fields), delim)
    return found[1] if found else None


def sniff(text: str) -> str | None:
    """'csv' or 'tsv' when `text` is a media-monitoring table, else None."""
    delim = delimiter(text)
    return DELIMITERS[delim] if delim else None


def _rows(text: str, delim: str) -> Iterator[tuple[int, int, list[str]]]:
    """(first line, last line, cells) of each non-empty row, header included."""
    reader = csv.reader((line + "\n" for line in text.split("\n")), delimiter=delim)
    last = 0
    for cells in reader:
        first, last = last + 1, reader.line_num
        if any(c.strip() for c in cells):
            yield first, last, cells


def _date_reader(cells: list[str]) -> functools.partial[dt.date | None]:
    """Read the date column in the order the whole column proves (module docstring)."""
    order = numeric_order("\n".join(c for c in cells if _NUMERIC.search(c)))
    return functools.partial(_date, dayfirst=order)


def _date(value: str, dayfirst: bool | None) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    if dayfirst is not None and _NUMERIC.search(value) and not re.match(r"\s*\d{4}-", value):
        return numeric_date(value, dayfirst)
    return parse_date(value)  # ISO and named months; an ambiguous numeric date stays None


def _outlet(value: str, ctx: ParseContext) -> str | None:
    name = normalize_spaces(value)
    if not name:
        return None
    m = _DOMAIN.match(name)
    if m and ctx.outlets.known(m.group(1)):
        return ctx.outlets.canonical(m.group(1))
    return ctx.outlets.canonical(m.group(1) if m else name)


def _authors(value: str, outlet: str | None, ctx: ParseContext) -> list[str]:
    """Several authors in one cell: 'A; B', 'A, B', 'A and B'."""
    parts = [p for p in _AUTHOR_SPLIT.split(value) if p.strip()]
    return clean_authors(parts, outlet, ctx.bylines)


def _body(value: str, line: int, last: int) -> list[tuple[int, str]]:
    """The body cell's lines with their line numbers in the file; HTML cells become paragraphs.
    A single newline in a monitoring export separates paragraphs, so every line is one."""
    out: list[tuple[int, str]] = []
    if _HTML.search(value):
        from ingest.formats.feeds import fragment_paragraphs  # HTML readers load on demand (formats/__init__.py)

        texts = [" ".join(p) for p in fragment_paragraphs(value)]
        for text in texts:
            if out:
                out.append((min(line, last), ""))
            out.append((min(line, last), text))
        return out
    for offset, raw in enumerate(value.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        text = normalize_spaces(raw)
        if text:
            if out and out[-1][1]:
                out.append((min(line + offset, last), ""))
            out.append((min(line + offset, last), text))
    return out


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One candidate per row (see module docstring); rows without title and text are counted."""
    path = decoded.source.path
    text = decoded.text.lstrip("\ufeff")
    delim = delimiter(text)
    if delim is None:
        yield Rejection(path, "table without article columns", "", text.count("\n") + 1)
        return
    try:
        rows = list(_rows(text, delim))
    except csv.Error as exc:  # e.g. a bare carriage return inside an unquoted cell
        yield Rejection(path, f"malformed table: {exc}", "", text.count("\n") + 1)
        return
    fields = column_map(rows[0][2])
    yield Rejection(path, "table header row (column names)", "line 1", rows[0][1] - rows[0][0] + 1)
    lines = text.split("\n")

    def cell(cells: list[str], field: str) -> str:
        index = fields.get(field)
        return cells[index] if index is not None and index < len(cells) else ""

    read_date = _date_reader([cell(r[2], "published_on") for r in rows[1:]])
    position = 0
    for first, last, cells in rows[1:]:
        outlet = _outlet(cell(cells, "outlet"), ctx)
        url = cell(cells, "url").strip()
        lang = cell(cells, "language")
        body_at = fields.get("body", 0)
        body_line = first + sum(c.count("\n") for c in cells[:body_at])
        cand = Candidate(
            source_path=path,
            position=position,
            start_line=first,
            end_line=last,
            raw_text="\n".join(lines[first - 1 : last]),
            body_lines=_body(cell(cells, "body"), body_line, last),
            title=normalize_spaces(cell(cells, "title")) or None,
            outlet=outlet,
            published_on=read_date(cell(cells, "published_on")),
            authors=_authors(cell(cells, "authors"), outlet, ctx),
            url=canonical_url(url) if url.startswith("http") else None,
            language=language_code(re.split(r"[-_]", lang.strip())[0]) if lang.strip() else None,
        )
        if cand.title is None and not cand.body_lines:
            yield Rejection(path, "table row with neither title nor text", f"lines {first}-{last}", last - first + 1)
            continue
        position += 1
        yield cand
