"""Evernote exports (ENEX): one copy per clipped `<note>`.

A note is a web clip or a note the user typed. Its fields are the *clip's*, not the
article's: `<created>`/`<updated>` are when it was clipped or edited and `<author>` in
`<note-attributes>` is the Evernote user, so none of them is ever read as a date or a byline.
What the note does state about the article:

- `<source-url>`: the clipped page's address (the article's URL);
- `<title>`: the page's title, often with the site's name after a separator ('Headline |
  Site'); the part that spells the source URL's host is the outlet, the rest the title
  (formats/meta_clean.py, as for web pages);
- `<content>`: ENML (XHTML in `<en-note>`), turned into paragraphs like a feed's HTML and read
  by the plain-text parser, whose header machinery finds the headline, byline and date lines
  the clip carries ('By X | 29 June 2026', 'X · 30 June 2026 · 4 min read').

A note without a source URL in which the parser finds no article header is the user's own
(a to-do list, interview questions): a rejection with its lines counted, not an article.
Parsed with defusedxml (formats/xmlspans.py): `start_line`/`end_line` are the note's lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

from ingest.formats import plaintext
from ingest.formats.feeds import fragment_paragraphs
from ingest.formats.meta_clean import strip_site, title_site
from ingest.formats.plaintext import ParseContext
from ingest.formats.xmlspans import read_items
from ingest.metadata import canonical_url
from ingest.outlets import outlet_key
from ingest.records import Candidate, DecodedSource, Rejection, Source
from ingest.rules import RuleSet
from ingest.text import fold, normalize_spaces

_NAME_RUN = re.compile(r"(?:[A-Z][\w'’&-]*\s+)*[A-Z][\w'’&-]*")  # a run of capitalised words
_PROLOG = re.compile(r"^\s*(?:(?:<\?xml[^>]*\?>|<!DOCTYPE[^>]*>)\s*)*")  # ENML's own declaration: no HTML
_META_SEP = re.compile(r"\s+[·•|]\s+")
MAX_NAME_WORDS = 5
MAX_HEAD_BLOCKS = 5  # headline, kicker, byline, date, reading time above a clip's text
MAX_HEAD_WORDS = 20  # a headline or a byline line; a paragraph of prose is longer


def _text(el: Element | None) -> str | None:
    return normalize_spaces("".join(el.itertext())) or None if el is not None else None


def _attr(note: Element, name: str) -> str | None:
    return _text(note.find(f"note-attributes/{name}"))


def host_name(paras: list[list[str]], host: str) -> str | None:
    """A name the clip prints that spells the source URL's host ('© 2026 Harbour Light Ltd' on
    harbourlight.com): the outlet, confirmed by the address, for a clip whose title has none."""
    label = host.lower().removeprefix("www.").split(".")[0].replace("-", "")
    if len(label) < 4:
        return None  # a short host is spelled by too many words
    for line in (line for para in paras for line in para):
        for run in _NAME_RUN.findall(line):
            names = run.split()
            for i in range(len(names)):
                for j in range(i + 1, min(i + MAX_NAME_WORDS, len(names)) + 1):
                    key = outlet_key(" ".join(names[i:j]))
                    if key and label in (key, "the" + key):
                        return " ".join(names[i:j])
    return None


def _meta_line(line: str, rules: RuleSet | None) -> str:
    """'Jane Roe · 30 June 2026 · 4 min read' -> 'Jane Roe · 30 June 2026': the parts of a page's
    meta line that a boilerplate rule removes (reading time) go, so the byline and date read."""
    parts = _META_SEP.split(line)
    kept = [p for p in parts if rules is None or not rules.match(p)]
    if len(parts) < 2 or len(kept) == len(parts) or not kept:
        return line
    sep = _META_SEP.search(line)
    return (sep.group(0) if sep else " ").join(kept)


def _clip_text(paras: list[list[str]], title: str | None, rules: RuleSet | None) -> str:
    """The clip as plain text, as the page would be saved as text: the note's title on top when
    the clip does not open with it, and the short lines above the first paragraph of prose
    (headline, byline, date: each its own block in the markup) as one header block."""
    opening = {fold(line) for para in paras[:3] for line in para}
    paras = ([[title]] if title and fold(title) not in opening else []) + paras
    top = 0
    while top < min(len(paras), MAX_HEAD_BLOCKS) and all(len(line.split()) <= MAX_HEAD_WORDS for line in paras[top]):
        top += 1
    head = [line for para in paras[:top] for line in para]
    head = head[:1] + [_meta_line(line, rules) for line in head[1:]]  # the headline keeps its bars
    return "\n\n".join("\n".join(lines) for lines in ([head] if head else []) + paras[top:])


def _read(text: str, path: str, ctx: ParseContext) -> list[Candidate | Rejection]:
    return list(plaintext.parse(DecodedSource(Source(path, b"", ""), text, "utf-8"), ctx))


def _note(note: Element, first: int, last: int, path: str, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """The article(s) of one note with the note's own statements as fallbacks (module docstring)."""
    url = _attr(note, "source-url")
    url = url if url and url.startswith("http") else None
    host = urlsplit(url).hostname if url else None
    page_title = _text(note.find("title"))
    outlet = title_site(page_title, host) if page_title and host else None
    title = strip_site(page_title, outlet, host) if page_title else None
    paras = fragment_paragraphs(_PROLOG.sub("", note.findtext("content") or ""))
    where = f"lines {first}-{last}"
    if not paras:
        yield Rejection(path, "Evernote note without text", where, last - first + 1)
        return
    outlet = outlet or (host_name(paras, host) if host else None)
    items = _read(_clip_text(paras, title, ctx.rules), path, ctx)
    if not any(isinstance(c, Candidate) and c.header_lines for c in items):
        items = _read(_clip_text(paras, title, None), path, ctx)  # no header read: the lines as clipped
    cands = [c for c in items if isinstance(c, Candidate)]
    if url is None and not any(c.header_lines for c in cands):
        yield Rejection(path, "Evernote note that is no clipped article (no source URL, no article header)",
                        where, last - first + 1)
        return
    yield from (r for r in items if isinstance(r, Rejection))

    def at(n: int) -> int:  # a clip line's number in the file: the note's lines, never past them
        return min(first + n - 1, last)

    for cand in cands:
        cand.start_line, cand.end_line = first, last
        cand.body_lines = [(at(n), t) for n, t in cand.body_lines]
        cand.header_lines = {at(n) for n in cand.header_lines}
        cand.title = cand.title or title
        # The name the page's title or text gives and its address confirms beats a header line
        # read as an outlet (a bare byline name under the headline reads like one).
        cand.outlet = ctx.outlets.canonical(outlet) or cand.outlet
        cand.url = cand.url or (canonical_url(url) if url else None)
        yield cand


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One or more candidates per note (see module docstring); the export's own lines counted."""
    path = decoded.source.path
    text = decoded.text.lstrip("\ufeff")
    root, spans = read_items(text, lambda tag: tag == "note", "Evernote export")
    notes = root.findall("note")
    if len(spans) != len(notes):
        spans = [(1, text.count("\n") + 1)] * len(notes)
    lines = text.split("\n")
    inside: set[int] = set()
    position = 0
    for note, (first, last) in zip(notes, spans, strict=True):
        inside.update(range(first, last + 1))
        raw = "\n".join(lines[first - 1 : last])
        for item in _note(note, first, last, path, ctx):
            if isinstance(item, Candidate):
                item.position, item.raw_text, item.source_path = position, raw, path
                position += 1
            yield item
    outside = sum(1 for n, line in enumerate(lines, 1) if n not in inside and line.strip())
    if outside:
        yield Rejection(path, "Evernote export header and markup (not an article)", "", outside)
