"""Netscape bookmark files: the HTML export of browsers and read-later tools (Pocket, Raindrop.io,
Pinboard, Instapaper, Firefox, Chrome).

    <!DOCTYPE NETSCAPE-Bookmark-file-1>
    <TITLE>Bookmarks</TITLE>
    <DL><p>
    <DT><A HREF="https://example.com/story" ADD_DATE="1741258800" TAGS="port">Headline | Site</A>
    <DD>the reader's note, or the site's description
    </DL><p>

Every `<DT>` is a saved link; `ADD_DATE` is when it was saved, never a publication date. As with
a bookmark table's rows (formats/bookmarks.py), a link is a copy of an article only when its
`<DD>` note holds a story the reader pasted; the others are counted as saved links without
article text, and the page itself (its title, folder headings) is never an article.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from ingest.formats.bookmarks import holds_article, reader_lines, title_outlet
from ingest.formats.lines import ParseContext
from ingest.metadata import canonical_url
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

SNIFF = re.compile(r"^\ufeff?\s*<!DOCTYPE\s+NETSCAPE-Bookmark-file-1\s*>", re.I)
_ENTRY = re.compile(r"<DT>\s*<A\b([^>]*)>(.*?)</A>", re.I | re.S)
_HREF = re.compile(r"\bHREF\s*=\s*\"([^\"]*)\"", re.I)
_NOTE = re.compile(r"\s*<DD>(.*?)(?=<DT>|</DL>|<DD>|\Z)", re.I | re.S)
_BREAK = re.compile(r"<br\s*/?>|\n", re.I)
_TAG = re.compile(r"<[^>]+>")


def sniff(head: str) -> bool:
    """The Netscape bookmark file's doctype opens the file."""
    return SNIFF.match(head) is not None


def _paragraphs(note: str) -> list[str]:
    """A note's lines, markup and entities undone: a newline or a <br> ends a line."""
    return [t for t in (normalize_spaces(html.unescape(_TAG.sub("", x))) for x in _BREAK.split(note)) if t]


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One candidate per saved link whose note holds an article (module docstring)."""
    path, text = decoded.source.path, decoded.text
    position = links = 0
    for m in _ENTRY.finditer(text):
        note = _NOTE.match(text, m.end())
        first = text.count("\n", 0, m.start()) + 1
        last = text.count("\n", 0, note.end() if note else m.end()) + 1
        href = _HREF.search(m.group(1))
        url = html.unescape(href.group(1)).strip() if href else ""
        paras = _paragraphs(note.group(1)) if note else []
        if not holds_article("\n".join(paras)):
            links += last - first + 1
            continue
        title = normalize_spaces(html.unescape(_TAG.sub("", m.group(2)))) or None
        outlet = None
        if title and url.startswith("http"):
            outlet, title = title_outlet(title, url, ctx)
        cand = Candidate(
            source_path=path,
            position=position,
            start_line=first,
            end_line=last,
            raw_text="\n".join(text.split("\n")[first - 1 : last]),
            # numbered as a record's paragraphs are (formats/jsonl.py), a blank line between them
            body_lines=[x for i, p in enumerate(paras) for x in ((2 * i + 1, p), (2 * i + 2, ""))][:-1],
            title=title,
            outlet=outlet,
            url=canonical_url(url) if url.startswith("http") else None,
        )
        cand.header_lines |= reader_lines(cand, ctx)
        position += 1
        yield cand
    if links:
        yield Rejection(path, "saved links without article text (a bookmark file's entries)", "", links)
