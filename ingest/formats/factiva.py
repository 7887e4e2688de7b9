"""Factiva exports in tagged form ("Full Article/Report plus Indexing").

Each field starts with a two-to-three letter tag, either alone on its line with the value on
the lines below it, or followed by spaces and the value on the same line:

    HD  Turkey's role in Karabakh draws criticism      headline
    BY  By Jane Doe                                    authors
    WC  812 words   PD  5 October 2020   SN  The Guardian   LA  English
    CY  (c) 2020 Guardian News & Media Ltd             copyright: not text
    LP  first paragraphs...   TD  the rest...          the body is LP then TD
    CO / IN / NS / RE / IPC / IPD / PUB                codes: not text
    AN  Document GRDN000020201005eg1500012             document number: ends the document

Inside LP and TD a tag is only recognised alone on its line or followed by two spaces or a
tab, so a paragraph that happens to open with "IN" or "BY" stays text. Text outside any
document (a search summary) is rejected with its line count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ingest.dates import find_date
from ingest.formats.exports import byline_names, language_code
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

TAGS = "HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN|SE|HLP|ART|CLM|VOL|NGC|CX|DE|GC"
_LOOSE = re.compile(rf"^({TAGS})(?:$|[ \t]+(.*)$)")
_STRICT = re.compile(rf"^({TAGS})(?:\s*$|(?:\t| {{2,}})(.*)$)")
_TEXT_TAGS = {"LP", "TD"}


@dataclass(slots=True)
class _Doc:
    start: int
    end: int = 0
    fields: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # tag -> (0-based line, text)


def _tag(line: str, in_text: bool) -> tuple[str, str] | None:
    m = (_STRICT if in_text else _LOOSE).match(line.rstrip())
    return (m.group(1), m.group(2) or "") if m else None


def split_documents(lines: list[str]) -> tuple[list[_Doc], list[int]]:
    """Documents, and the 0-based indices of non-blank lines outside any document."""
    docs: list[_Doc] = []
    outside: list[int] = []
    doc: _Doc | None = None
    current: str | None = None
    for i, line in enumerate(lines):
        tagged = _tag(line, current in _TEXT_TAGS)
        if tagged:
            tag, value = tagged
            if doc is None or (tag == "HD" and "HD" in doc.fields):
                if doc is not None:
                    docs.append(doc)
                doc = _Doc(start=i)
            current = tag
            doc.fields.setdefault(tag, [])
            if value.strip():
                doc.fields[tag].append((i, value))
            doc.end = i
            if tag == "AN" and value.strip():
                docs.append(doc)
                doc, current = None, None
            continue
        if doc is None or current is None:
            if line.strip():
                outside.append(i)
            continue
        doc.fields[current].append((i, line))
        doc.end = i
        if current == "AN" and line.strip():  # the document number on the line below its tag ends it
            docs.append(doc)
            doc, current = None, None
    if doc is not None:
        docs.append(doc)
    return docs, outside


def _value(doc: _Doc, tag: str) -> str | None:
    text = " ".join(normalize_spaces(t) for _, t in doc.fields.get(tag, []) if t.strip())
    return text or None


def _candidate(doc: _Doc, lines: list[str], path: str, position: int, ctx: ParseContext) -> Candidate:
    last = doc.end
    while last > doc.start and not lines[last].strip():
        last -= 1
    body = [(i + 1, t) for tag in ("LP", "TD") for i, t in doc.fields.get(tag, [])]
    body_lines = {n for n, _ in body}
    pd = _value(doc, "PD")
    found = find_date(pd) if pd else None
    outlet = _value(doc, "SN")
    return Candidate(
        source_path=path,
        position=position,
        start_line=doc.start + 1,
        end_line=last + 1,
        raw_text="\n".join(lines[doc.start : last + 1]),
        body_lines=body,
        title=_value(doc, "HD"),
        outlet=ctx.outlets.canonical(outlet),
        published_on=found[0] if found else None,
        authors=byline_names(_value(doc, "BY") or "", ctx.bylines),
        language=language_code(_value(doc, "LA")),
        header_lines={n for n in range(doc.start + 1, last + 2) if n not in body_lines},
    )


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Every document of a Factiva tagged export (see module docstring)."""
    lines = decoded.text.split("\n")
    path = decoded.source.path
    docs, outside = split_documents(lines)
    if outside:
        yield Rejection(path, "export text outside any document (search summary)", "", len(outside))
    position = 0
    for doc in docs:
        if "HD" not in doc.fields and not any(doc.fields.get(t) for t in _TEXT_TAGS):
            yield Rejection(
                path, "Factiva block without headline or text", f"line {doc.start + 1}", doc.end - doc.start + 1
            )
            continue
        yield _candidate(doc, lines, path, position, ctx)
        position += 1
