"""trafilatura's XML output: one `<doc>` per extracted page, one copy per page.

`trafilatura --xml` (and `extract(..., output_format="xml")`) writes each page as

    <doc sitename="…" title="…" author="A; B" date="2026-10-13" url="…" hostname="…"
         pagetype="article" filedate="…" source="…" source-hostname="…" …>
      <main> <p>…</p> <head>…</head> <list><item>…</item></list> … </main>
      <comments> <p>…</p> </comments>
    </doc>

A crawl saves one such document per file or many one after another (then the file has several
roots and an `<?xml …?>` declaration before each). The attributes are the JSON output's keys,
read through the same key lists (ingest/data/jsonl_keys.toml: `source` the URL, `sitename` /
`source-hostname` the outlet, `author` `;`-separated); `filedate` (the crawl day) and
`description` (a teaser) are never read, and `<comments>` (readers' comments) is never text. The
body is `<main>`: one paragraph per `<p>`, `<head>`, list `<item>`, `<quote>` or table `<row>`.
A `<doc>` whose page type names a listing or home page is counted, as in JSON lines, when
another page of the file states another type. Parsed with defusedxml; `start_line`/`end_line`
are the `<doc>` element's lines. Sniffed in formats/detect.py: `<doc …>` at the top with an
attribute only trafilatura's metadata writes (`fingerprint`, `hostname`, `filedate` …) and a
`<main>` element.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from xml.etree.ElementTree import Element

from ingest.formats.jsonl import non_article_pages, record_candidate
from ingest.formats.plaintext import ParseContext
from ingest.formats.xmlspans import read_items
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

_DECLARATION = re.compile(r"<\?xml[^>]*\?>")
_WRAP = "<trafilatura-docs>"
_BLOCKS = {"p", "head", "item", "quote", "row", "code"}


def _paragraphs(main: Element | None) -> list[str]:
    """One paragraph per innermost block of `<main>` (a list's items, a table's rows)."""
    if main is None:
        return []
    out: list[str] = []
    for el in main.iter():
        if el.tag in _BLOCKS and not any(child.tag in _BLOCKS for child in el.iter() if child is not el):
            sep = " | " if el.tag == "row" else ""
            cells = [normalize_spaces("".join(c.itertext())) for c in el] if el.tag == "row" else []
            text = sep.join(c for c in cells if c) if cells else normalize_spaces("".join(el.itertext()))
            if text:
                out.append(text)
    return out


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One candidate per `<doc>` (see module docstring)."""
    path = decoded.source.path
    text = decoded.text.lstrip("\ufeff")
    # Several outputs saved one after another: blank their declarations (same length, so every
    # line keeps its number) and give the documents one root.
    body = _DECLARATION.sub(lambda m: " " * len(m.group()), text)
    root, spans = read_items(_WRAP + body + "</trafilatura-docs>", lambda tag: tag == "doc",
                             "trafilatura XML output", outermost=True)
    docs = root.findall("doc")
    if len(spans) != len(docs):
        spans = [(1, text.count("\n") + 1)] * len(docs)
    lines = text.split("\n")
    records: list[dict[str, Any]] = [dict(doc.attrib) for doc in docs]
    listings = non_article_pages(records)
    position = 0
    for index, (doc, record, (first, last)) in enumerate(zip(docs, records, spans, strict=True)):
        where = f"lines {first}-{last}"
        if index in listings:
            yield Rejection(path, "trafilatura page of a listing or home page, not an article", where, last - first + 1)
            continue
        paras = _paragraphs(doc.find("main"))
        if not paras:
            yield Rejection(path, "trafilatura page without main text", where, last - first + 1)
            continue
        raw = "\n".join(lines[first - 1 : last])
        cand = record_candidate(dict(record, text="\n".join(paras)), path, position, first, raw, ctx)
        cand.start_line, cand.end_line = first, last
        main_at = next((n for n in range(first, last + 1) if "<main" in lines[n - 1]), first)
        cand.body_lines = [(min(main_at + n, last), t) for n, t in cand.body_lines]
        position += 1
        yield cand
