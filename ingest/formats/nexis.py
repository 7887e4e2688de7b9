"""Nexis (LexisNexis) plain-text exports: "N of M DOCUMENTS" blocks.

Layout of one document, as the classic export writes it:

                                 3 of 25 DOCUMENTS
                          The Guardian (London)          <- outlet (centred)
                     October 5, 2020 Monday 10:30 AM GMT  <- date, weekday after it
    Turkey's role in Karabakh draws criticism             <- headline (one or more lines)
    BYLINE: Jane Doe in Ankara                            <- header labels
    SECTION: WORLD NEWS; Pg. 24
    LENGTH: 812 words
    ...body...
    LOAD-DATE: October 6, 2020                            <- trailer labels, then copyright
    LANGUAGE: ENGLISH

The headline is the block just above the first header label; what stands above it is the
outlet/date/copyright/edition block. The download-request header at the top of the file is
not an article and is rejected with its line count. Line numbers are the decoded file's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.dates import find_date
from ingest.formats import nexis_uni
from ingest.formats.dbnames import credited_names
from ingest.formats.exports import language_code
from ingest.formats.plaintext import ParseContext
from ingest.metadata import canonical_url
from ingest.outlets import outlet_key
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

_LABEL = re.compile(r"^([A-Z][A-Z-]{2,}(?: [A-Z]+)?):\s*(.*)$")
# A label in title case or with letters beyond ASCII ("Lengte: 81 woorden", "LÄNGE:", "Byline:"),
# as Nexis writes them in other interface languages: read only when the label is a known one
# (its English name in nexis_uni_fields.toml), so "Note: ..." in a story never ends its text.
_ANY_LABEL = re.compile(r"^\s*([^\W\d_](?:[^\W\d_]|[ -]){1,30}?)\s*:\s*(.*)$")
_HEADER_LABELS = {"BYLINE", "AUTHOR", "SECTION", "LENGTH", "DATELINE", "HIGHLIGHT", "EDITION", "SOURCE", "HEADLINE",
                  "BODY"}
_NOT_OUTLET = re.compile(r"^(copyright|©|\(c\)|all rights reserved|distributed by|.*\bedition\b|section\b)", re.I)
# A rights line is never a headline, wherever it stands in the header block.
_RIGHTS = re.compile(r"^(copyright\b|©|\(c\)\s|all rights reserved)", re.I)


def _known_labels() -> frozenset[str]:
    """The labels a title-case line may carry (English names, upper case): the header labels
    and the Nexis Uni field lists, which name the same fields."""
    fields = nexis_uni.fields()
    return frozenset(_HEADER_LABELS | {x.upper() for k in ("header", "trailer") for x in fields[k]})


def _label(line: str) -> tuple[str, str] | None:
    """(English label in capitals, value) of a label line: any capitals label ('LOAD-DATE:'), a
    foreign one translated ('LENGTE:' -> LENGTH), or a known one in any case ('Laaddatum:')."""
    m = _LABEL.match(line.rstrip())
    if m:
        return nexis_uni.english(m.group(1)).upper(), m.group(2).strip()
    m = _ANY_LABEL.match(line.rstrip())
    if m and (name := nexis_uni.english(m.group(1)).upper()) in _known_labels():
        return name, m.group(2).strip()
    return None


def _marker(line: str, name: str) -> bool:
    """A line alone naming a part in any interface language ('Body', 'Einde van document'). Only
    these two: a line 'Notes' or 'Correction' inside a story is text in this layout."""
    s = line.strip()
    return 0 < len(s) < 30 and nexis_uni.english(s) == name


def _block_end(lines: list[str], i: int) -> int:
    """Index just past the run of non-blank lines starting at i."""
    while i < len(lines) and lines[i].strip():
        i += 1
    return i


def _next_is_header_label(lines: list[str], i: int, hi: int) -> bool:
    """Whether the next non-blank line from i is a header label (BYLINE:, DATELINE:, ...)."""
    while i < hi and not lines[i].strip():
        i += 1
    return i < hi and (lab := _label(lines[i])) is not None and lab[0] in _HEADER_LABELS


def _document(lines: list[str], lo: int, hi: int, path: str, position: int, ctx: ParseContext) -> Candidate:
    """One document between lines lo (its 'N of M' line) and hi (exclusive), 0-based."""
    first_label = next(
        (i for i in range(lo + 1, hi) if (lab := _label(lines[i])) and lab[0] in _HEADER_LABELS),
        None,
    )
    above = [i for i in range(lo + 1, first_label if first_label is not None else hi) if lines[i].strip()]
    title_idx: list[int] = []
    if first_label is not None and above:
        j = above[-1]
        while j > lo and lines[j].strip():
            title_idx.insert(0, j)
            j -= 1
        if any(_RIGHTS.match(lines[k].strip()) for k in title_idx):  # the rights line, not a headline
            title_idx = []
    date, outlet = None, None
    for i in above:
        if i in title_idx:
            break
        text = normalize_spaces(lines[i])
        found = find_date(text)
        if found and date is None:
            date = found[0]
        elif outlet is None and not found and not _NOT_OUTLET.match(text):
            outlet = text
    if not title_idx and date is not None and first_label is None:  # no labels: the block after the date
        after = [
            i for i in above if find_date(normalize_spaces(lines[i])) is None and normalize_spaces(lines[i]) != outlet
        ]
        title_idx = after[:1]
    cand = Candidate(source_path=path, position=position, start_line=lo + 1, end_line=hi, raw_text="", body_lines=[])
    cand.outlet = ctx.outlets.canonical(re.sub(r"\s*\((?:[^)]*)\)$", "", outlet) if outlet else None)
    cand.published_on = date
    header = set(range(lo, (title_idx[-1] + 1) if title_idx else lo + 1)) | set(above)
    i = first_label if first_label is not None else (title_idx[-1] + 1 if title_idx else lo + 1)
    body_start = i
    headline: str | None = None
    while i < hi:  # header labels, each with its continuation lines, and a bare headline among them
        if not lines[i].strip():
            i += 1
            continue
        lab = _label(lines[i])
        end = _block_end(lines, i)
        if lab is None and _marker(lines[i], "body"):  # "Body" alone: the text follows
            header.add(i)
            i = body_start = i + 1
            break
        if lab is None or lab[0] not in _HEADER_LABELS:
            # Newer exports put the headline bare between SECTION/LENGTH and BYLINE/DATELINE.
            if title_idx or headline is not None or not _next_is_header_label(lines, end, hi):
                break
            title_idx = list(range(i, end))
        elif lab[0] == "BODY":  # the body follows, even if it starts with a label-like line
            header.update(range(i, end))
            i = body_start = end
            break
        else:
            value = " ".join(normalize_spaces(x) for x in [lab[1], *lines[i + 1 : end]]).strip()
            if lab[0] in ("BYLINE", "AUTHOR"):  # "Jane Roe; The Courant": the paper's own name credits nobody
                site = outlet_key(cand.outlet) if cand.outlet else None
                cand.authors = [n for n in credited_names(value, ctx.bylines) if outlet_key(n) != site]
            elif lab[0] == "HEADLINE" and value:
                headline = value
        header.update(range(i, end))
        i = body_start = end
    cand.title = headline or " ".join(normalize_spaces(lines[i]) for i in title_idx) or None
    trailer = next((k for k in range(body_start, hi)
                    if ((lab := _label(lines[k])) and lab[0] not in _HEADER_LABELS)
                    or _marker(lines[k], "end of document")), hi)
    for k in range(trailer, hi):
        lab = _label(lines[k])
        if lab and lab[0] == "LANGUAGE":
            cand.language = language_code(lab[1])
        elif lab and lab[0] == "URL" and lab[1].startswith("http"):
            cand.url = canonical_url(lab[1])
    cand.body_lines = [(n + 1, lines[n]) for n in range(body_start, trailer)]
    cand.header_lines = {n + 1 for n in header}
    last = hi - 1
    while last > lo and not lines[last].strip():
        last -= 1
    cand.end_line = last + 1
    cand.raw_text = "\n".join(lines[lo : last + 1])
    return cand


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Every document of a Nexis export; the request header before the first is rejected.
    A Nexis Uni download (no 'N of M DOCUMENTS' lines) goes to ingest/formats/nexis_uni.py."""
    lines = decoded.text.split("\n")
    path = decoded.source.path
    doc = nexis_uni.document_count_re()
    starts = [i for i, line in enumerate(lines) if doc.match(line)]
    if not starts:  # Nexis Uni writes no "N of M DOCUMENTS" lines: its documents end instead
        yield from nexis_uni.parse(decoded, ctx)
        return
    head = [i for i in range(starts[0]) if lines[i].strip()]
    if head:
        yield Rejection(path, "export header (download request), not an article", f"lines 1-{starts[0]}", len(head))
    for k, lo in enumerate(starts):
        hi = starts[k + 1] if k + 1 < len(starts) else len(lines)
        yield _document(lines, lo, hi, path, k, ctx)
