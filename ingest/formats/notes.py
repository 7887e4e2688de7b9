"""Markdown notes of note-taking apps that keep their metadata outside a YAML front matter.

Joplin's RAW export ("RAW – Joplin Export Directory") writes one file per item: a note's title
on its first line, a blank line, the Markdown body, then Joplin's metadata block **after** the
body, from `id: <32 hex digits>` to `type_: N` (`parent_id`, `created_time`, `source_url`,
`author`, `markup_language`: 2 when the body is the clipped page's HTML, …). Only `type_: 1`
is a note: notebooks, tags and resources are items of the same export and never articles.

    Headline
    <blank>
    Markdown body …
    <blank>
    id: 0f3c9a5e21b84d7c9e6a2b1d4c8f7e30
    created_time: 2026-12-03T07:48:12.551Z    the clip's time: never the article's date
    author:
    source_url: https://example.com/story
    …
    type_: 1

Notion's page export (a web-clipper database row; the file named 'Title <32 hex>.md'): the
title as '# Headline', a blank line, the database properties one per line ('Created: …',
'Tags: …', 'URL: …'), a blank line, the page.

Which property or metadata key holds which field is the front-matter key table
(ingest/data/frontmatter_keys.toml): a clip's `created`/`created_time` is never listed.
Everything outside the body is header; the body goes through metadata and cleaning as usual.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.dates import parse_date
from ingest.formats.exports import language_code
from ingest.formats.frontmatter import FIELDS, key_table
from ingest.formats.meta_clean import clean_authors
from ingest.formats.plaintext import ParseContext
from ingest.metadata import canonical_url
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

_JOPLIN_ID = re.compile(r"^id: [0-9a-f]{32}$")
_JOPLIN_TYPE = re.compile(r"^type_: (\d+)$")
_META_LINE = re.compile(r"^([a-z_]+):(?: (.*))?$")
JOPLIN_NOTE = "1"
JOPLIN_HTML = "2"  # markup_language: 1 Markdown, 2 HTML (a page clipped whole)
MAX_JOPLIN_BLOCK = 60  # Joplin writes about 30 keys
# Notion's export names a page file after its title and its 32-hex-digit page id.
_NOTION_NAME = re.compile(r"\s[0-9a-f]{32}\.md$", re.I)
_PROPERTY = re.compile(r"^([A-Z][\w &/()'’-]{0,38}): (\S.*)$")
MAX_PROPERTIES = 30


def joplin_block(lines: list[str]) -> int | None:
    """0-based index of the `id:` line opening Joplin's metadata block at the end, else None."""
    n = len(lines)
    while n > 0 and not lines[n - 1].strip():
        n -= 1
    if n == 0 or not _JOPLIN_TYPE.match(lines[n - 1].strip()):
        return None
    for i in range(n - 1, max(-1, n - 1 - MAX_JOPLIN_BLOCK), -1):
        line = lines[i].rstrip("\r")
        if _JOPLIN_ID.match(line) and (i == 0 or not lines[i - 1].strip()):
            return i
        if not _META_LINE.match(line):
            return None
    return None


def notion_block(lines: list[str], path: str) -> tuple[int, int] | None:
    """(first, end) 0-based lines of a Notion page's property block under its '# Title', else
    None: two property lines at least, and the file named with Notion's page id or one property
    naming a field the key table reads (URL, Author, …)."""
    if len(lines) < 4 or not lines[0].startswith("# ") or lines[1].strip():
        return None
    end = 2
    while end < min(len(lines), 2 + MAX_PROPERTIES) and _PROPERTY.match(lines[end].rstrip("\r")):
        end += 1
    if end - 2 < 2 or (end < len(lines) and lines[end].strip()):
        return None
    known = {k for field, keys in key_table().items() if field in FIELDS for k in keys}
    named = _NOTION_NAME.search(path.rsplit("!", 1)[-1]) is not None
    if not named and not any(m.group(1).lower() in known for x in lines[2:end] if (m := _PROPERTY.match(x))):
        return None
    return 2, end


def sniff(text: str, path: str) -> bool:
    """A Joplin RAW note (its metadata block ends the file) or a Notion page export."""
    tail = text[-4000:].split("\n")
    if joplin_block(tail) is not None:
        return True
    return text.startswith("# ") and notion_block(text[:6000].split("\n"), path) is not None


def _fields(pairs: dict[str, str]) -> dict[str, str]:
    """Field -> value, by the front-matter key table (first key with a value wins; an address
    only where the value is one: Joplin's `source` names the app that clipped)."""
    out: dict[str, str] = {}
    for field in FIELDS:
        for key in key_table().get(field, []):
            value = pairs.get(key, "")
            if value and (field != "url" or value.startswith(("http://", "https://"))):
                out[field] = value
                break
    return out


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """The note as one article (module docstring)."""
    path = decoded.source.path
    text = decoded.text.lstrip("\ufeff")
    lines = [x.rstrip("\r") for x in text.split("\n")]
    at = joplin_block(lines)
    if at is not None:
        pairs = {m.group(1): normalize_spaces(m.group(2) or "") for x in lines[at:] if (m := _META_LINE.match(x))}
        if pairs.get("type_") != JOPLIN_NOTE:
            yield Rejection(path, "Joplin export item that is not a note (a notebook, a tag, a resource)", "",
                            len(lines))
            return
        title = normalize_spaces(lines[0]) or None
        header = {1} | set(range(at + 1, len(lines) + 1))
        body_lines = [(n + 1, lines[n]) for n in range(1, at)]
        if pairs.get("markup_language") == JOPLIN_HTML:  # a page clipped whole: its HTML, pruned as a page's
            from ingest.formats.jsonl import html_paragraphs  # loads the HTML reader (formats/__init__.py)

            paras = html_paragraphs("\n".join(lines[1:at]))
            # numbered as a record's paragraphs are (formats/jsonl.py), a blank line between them
            header, body_lines = set(), [x for i, p in enumerate(paras) for x in ((2 * i + 1, p), (2 * i + 2, ""))]
    else:
        found = notion_block(lines, path)
        first, end = found if found else (1, 1)
        pairs = {m.group(1).lower(): normalize_spaces(m.group(2))
                 for x in lines[first:end] if (m := _PROPERTY.match(x))}
        title = normalize_spaces(lines[0].lstrip("#")) or None
        header = set(range(1, end + 1))
        body_lines = [(n + 1, lines[n]) for n in range(end, len(lines))]
    fields = _fields(pairs)
    outlet = ctx.outlets.canonical(fields["outlet"]) if "outlet" in fields else None
    authors = [fields["authors"]] if "authors" in fields else []
    url = fields.get("url")
    yield Candidate(
        source_path=path,
        position=0,
        start_line=1,
        end_line=len(lines),
        raw_text=decoded.text,
        body_lines=body_lines,
        title=normalize_spaces(fields.get("title", "")) or title,
        outlet=outlet,
        published_on=parse_date(fields["published_on"]) if "published_on" in fields else None,
        authors=clean_authors(authors, outlet, ctx.bylines),
        url=canonical_url(url) if url else None,
        language=language_code(fields.get("language")),
        header_lines=header,
    )
