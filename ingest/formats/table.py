"""CSV/TSV exports of media-monitoring tools (Talkwalker, Meltwater, Brandwatch, Cision, ...).

A delimited table is an article export when its header row names article fields; which header
holds which field is data (ingest/data/table_columns.toml). The header row is the first line,
or comes after a short report preamble (Brandwatch, Talkwalker and Meltwater write the report's
name, query, date range and export time as one- to three-cell rows above it): those rows are
counted, never read as an article, and their dates are never an article's. One row is one article:
start_line/end_line are the row's real lines in the file (a quoted cell may span several), and
the body's lines keep their own line numbers. A row whose kind column names a social network
(Brandwatch's "Page Type" twitter, Talkwalker's SOCIALMEDIA_…) is a post, not an article, and
is counted as such. When a row leaves the best column of a field empty, the next column that
names the field is read (Brandwatch fills "Full Name" for social accounts and "Author" for a
news byline); the body never falls back to a snippet column: a teaser is no copy. Numeric
dates are read day-first or month-first as the whole date column proves it
(ingest/dates.numeric_order): one '17/10/2024' settles '11/10/2024' in the rows beside it; a
column that proves neither leaves an ambiguous date null.
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
from ingest.formats.bookmarks import holds_article, is_bookmarks, reader_lines, title_outlet
from ingest.formats.exports import language_code
from ingest.formats.meta_clean import clean_authors
from ingest.formats.plaintext import ParseContext
from ingest.metadata import canonical_url
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

COLUMNS_FILE = Path(__file__).parent.parent / "data" / "table_columns.toml"
DELIMITERS = {",": "csv", ";": "csv", "\t": "tsv", "|": "csv"}
MIN_COLUMNS = 3
# A report preamble: at most this many rows above the header, each of at most PREAMBLE_CELLS
# cells, a short label first ("Report:","Fisheries monitor"); the value may be long (a boolean
# query). Anything else is no table's preamble.
MAX_PREAMBLE = 20
PREAMBLE_CELLS = 3
PREAMBLE_LABEL_CHARS = 120
PREAMBLE_VALUE_CHARS = 1000
# Fields that make a header row an article table's (the row's kind column only filters rows).
ARTICLE_FIELDS = frozenset({"title", "body", "authors", "published_on", "outlet", "url", "language"})
_SEPARATORS = re.compile(r"[\s_.\-]+")
_HTML = re.compile(r"<(?:p|div|br|h[1-6]|li|blockquote)\b[^>]*>", re.I)
_NUMERIC = re.compile(r"(?<![\d/.-])[0-3]?\d[./-][0-3]?\d[./-](?:19|20)\d\d(?![\d/.-])")
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\d?\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/?$", re.I)
_AUTHOR_SPLIT = re.compile(r"\s*[;|]\s*")


@functools.lru_cache(maxsize=4)
def _load(path: Path) -> dict[str, dict[str, int]]:
    """Field -> {normalised header: rank}; a lower rank (listed earlier) wins."""
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    return {f: {_norm(h): i for i, h in enumerate(names)} for f, names in data.items() if isinstance(names, list)}


@functools.lru_cache(maxsize=4)
def _not_article_kinds(path: Path) -> frozenset[str]:
    """Words of a kind cell that make the row a social-media post ([kinds] not_articles)."""
    with open(path, "rb") as fh:
        words = tomllib.load(fh).get("kinds", {}).get("not_articles", [])
    return frozenset(w.lower() for w in words)


_KIND_WORDS = re.compile(r"[^\W_]+")


def social_post(kind: str, path: Path = COLUMNS_FILE) -> bool:
    """A kind cell naming a social network or post type ('twitter', 'SOCIALMEDIA_TWITTER')."""
    words = _not_article_kinds(path)
    return any(w in words for w in _KIND_WORDS.findall(kind.lower()))


def _norm(header: str) -> str:
    return _SEPARATORS.sub(" ", header.strip().strip('"').lower()).strip()


def column_ranks(header: list[str], path: Path = COLUMNS_FILE) -> dict[str, list[int]]:
    """Field -> the column indexes that name it, the best-ranked alias first."""
    aliases = _load(path)
    found: dict[str, list[tuple[int, int]]] = {}
    for index, cell in enumerate(header):
        key = _norm(cell)
        for field, names in aliases.items():
            rank = names.get(key)
            if rank is not None:
                found.setdefault(field, []).append((rank, index))
    return {field: [index for _, index in sorted(cols)] for field, cols in found.items()}


def column_map(header: list[str], path: Path = COLUMNS_FILE) -> dict[str, int]:
    """Field -> column index for a header row (the best-ranked alias of each field)."""
    return {field: cols[0] for field, cols in column_ranks(header, path).items()}


def _header_delimiter(line: str, min_fields: int, below_preamble: bool = False) -> str | None:
    """The delimiter under which `line` is a header row naming the most article fields, when it
    names the title or the body and `min_fields` fields at least. Below a preamble the row must
    name every column and not be split by pipes: a Markdown table pasted under a note's first
    lines ('| Title | Outlet | Date |') is no export's header."""
    if len(line) > 2000:
        return None
    found: tuple[int, str] | None = None
    for delim in DELIMITERS:
        if delim not in line or (below_preamble and delim == "|"):
            continue
        try:
            header = next(csv.reader([line], delimiter=delim))
        except csv.Error:
            continue  # a stray carriage return inside the line: no header row of a table
        if len(header) < MIN_COLUMNS or any(len(h) > 60 for h in header):
            continue
        if below_preamble and not all(h.strip() for h in header):
            continue
        fields = column_map(header).keys() & ARTICLE_FIELDS
        if ("title" in fields or "body" in fields) and len(fields) >= min_fields and (
                found is None or len(fields) > found[0]):
            found = (len(fields), delim)
    return found[1] if found else None


def _preamble_row(line: str) -> bool:
    """A report preamble row: blank, or at most PREAMBLE_CELLS cells under any delimiter, the
    first a short label ('"Brandwatch Consumer Research"', '"From:","2026-10-01 00:00:00"',
    '"Query:","(cod OR haddock) AND quota"')."""
    if not line.strip():
        return True
    if len(line) > PREAMBLE_LABEL_CHARS + (PREAMBLE_CELLS - 1) * (PREAMBLE_VALUE_CHARS + 3):
        return False
    delim = max(DELIMITERS, key=line.count) if any(d in line for d in DELIMITERS) else ","
    try:
        cells = next(csv.reader([line], delimiter=delim))
    except csv.Error:
        return False
    cells = [c for c in cells if c.strip()]
    if not cells:  # only delimiters and spaces (',, ,'): an empty spreadsheet row
        return True
    return (len(cells) <= PREAMBLE_CELLS and len(cells[0]) <= PREAMBLE_LABEL_CHARS
            and all(len(c) <= PREAMBLE_VALUE_CHARS for c in cells[1:]))


def header_row(text: str) -> tuple[int, str] | None:
    """(index of the header line, delimiter) of an article table, else None.

    The first line is the header when it names the title or the body and two fields at least.
    Below a report preamble (module docstring) the header must name three: a short first line
    is no evidence, so the row found under it has to be unmistakably an article table's."""
    head = text.lstrip("\ufeff")
    first, _, rest = head.partition("\n")
    first = first.rstrip("\r")
    delim = _header_delimiter(first, 2)
    if delim is not None:
        return 0, delim
    if not rest or not _preamble_row(first):
        return None
    for index, line in enumerate(rest.split("\n", MAX_PREAMBLE)[:MAX_PREAMBLE], start=1):
        line = line.rstrip("\r")
        if (delim := _header_delimiter(line, 3, below_preamble=True)) is not None:
            return index, delim
        if not _preamble_row(line):
            return None
    return None


def delimiter(text: str) -> str | None:
    """The delimiter of an article table's header row (header_row), else None."""
    found = header_row(text)
    return found[1] if found else None


def sniff(text: str) -> str | None:
    """'csv' or 'tsv' when `text` is a media-monitoring table, else None."""
    delim = delimiter(text)
    return DELIMITERS[delim] if delim else None


def _rows(lines: list[str], delim: str, skip: int = 0) -> Iterator[tuple[int, int, list[str]]]:
    """(first line, last line, cells) of each non-empty row from line `skip` + 1 on (the header
    row first); line numbers count every line of the file."""
    reader = csv.reader((line + "\n" for line in lines[skip:]), delimiter=delim)
    last = 0
    for cells in reader:
        first, last = last + 1, reader.line_num
        if any(c.strip() for c in cells):
            yield skip + first, skip + last, cells


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
    """One candidate per row (see module docstring); rows without title and text are counted.
    A workbook's sheets (ingest/sheets.py) come as tables split by form feeds, each read alone."""
    path = decoded.source.path
    text = decoded.text.lstrip("\ufeff")
    if decoded.encoding != "xlsx" or "\f" not in text:
        yield from _parse_table(path, text, text.split("\n"), 0, 0, ctx)
        return
    lines = text.split("\n")
    base = position = 0
    for sheet in text.split("\f"):
        for item in _parse_table(path, sheet, lines, base, position, ctx):
            position += isinstance(item, Candidate)
            yield item
        base += sheet.count("\n")


def _parse_table(path: str, text: str, lines: list[str], base: int, position: int,
                 ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """The rows of one table: `text` starts at line `base` + 1 of the file, whose lines are `lines`."""
    found = header_row(text)
    if found is None:
        yield Rejection(path, "table without article columns", "", text.count("\n") + 1)
        return
    skip, delim = found
    try:
        rows = [(base + a, base + b, cells) for a, b, cells in _rows(text.split("\n"), delim, skip)]
    except csv.Error as exc:  # e.g. a bare carriage return inside an unquoted cell
        yield Rejection(path, f"malformed table: {exc}", "", text.count("\n") + 1)
        return
    preamble = sum(1 for line in lines[base : base + skip] if line.strip())
    if preamble:
        yield Rejection(path, "table report preamble (report, query, date range), not an article",
                        f"lines {base + 1}-{base + skip}", preamble)
    ranks = column_ranks(rows[0][2])
    fields = {field: cols[0] for field, cols in ranks.items()}
    yield Rejection(path, "table header row (column names)", f"line {rows[0][0]}", rows[0][1] - rows[0][0] + 1)

    def cell(cells: list[str], field: str) -> str:
        """The field's best column; for any field but the body, the next column naming it when
        that one is empty in this row (module docstring)."""
        for index in ranks.get(field, ())[: 1 if field in ("body", "note") else None]:
            if index < len(cells) and cells[index].strip():
                return cells[index]
        return ""

    # A bookmark manager's export: a row's text is the reader's own note, when it holds one (an
    # excerpt or a highlight is the site's teaser or the reader's quote); formats/bookmarks.py.
    saved_links = is_bookmarks(ranks)
    body_field = "note" if saved_links else "body"
    read_date = _date_reader([cell(r[2], "published_on") for r in rows[1:]])
    for first, last, cells in rows[1:]:
        if social_post(cell(cells, "kind")):
            yield Rejection(path, "table row of a social-media post, not an article", f"lines {first}-{last}",
                            last - first + 1)
            continue
        if saved_links and not holds_article(cell(cells, "note")):
            yield Rejection(path, "bookmark without article text (a saved link, its excerpt or a highlight)",
                            f"lines {first}-{last}", last - first + 1)
            continue
        outlet = _outlet(cell(cells, "outlet"), ctx)
        url = cell(cells, "url").strip()
        lang = cell(cells, "language")
        body_at = fields.get(body_field, 0)
        body_line = first + sum(c.count("\n") for c in cells[:body_at])
        title = normalize_spaces(cell(cells, "title")) or None
        if saved_links and outlet is None and title and url.startswith("http"):
            outlet, title = title_outlet(title, url, ctx)
        cand = Candidate(
            source_path=path,
            position=position,
            start_line=first,
            end_line=last,
            raw_text="\n".join(lines[first - 1 : last]),
            body_lines=_body(cell(cells, body_field), body_line, last),
            title=title,
            outlet=outlet,
            published_on=read_date(cell(cells, "published_on")),
            authors=_authors(cell(cells, "authors"), outlet, ctx),
            url=canonical_url(url) if url.startswith("http") else None,
            language=language_code(re.split(r"[-_]", lang.strip())[0]) if lang.strip() else None,
        )
        if saved_links:
            cand.header_lines |= reader_lines(cand, ctx)
        if cand.title is None and not cand.body_lines:
            yield Rejection(path, "table row with neither title nor text", f"lines {first}-{last}", last - first + 1)
            continue
        position += 1
        yield cand
