"""Markdown notes with a YAML front matter block: web clippers (Obsidian Web Clipper,
MarkDownload, Joplin) and static-site posts.

    ---
    title: "Headline"
    source: "https://example.com/story"     article URL
    author:
      - "[[Jane Roe]]"                       wiki links are names
    published: 2024-11-01                   the article's date
    created: 2024-11-12                     the clip's date: never the article's
    tags: [...]                             the note's, not the story's
    ---
    Markdown body ...

Which key holds which field is data (ingest/data/frontmatter_keys.toml). Only the flat subset
of YAML that clippers write is read (scalars, quoted scalars, `- item` lists and `[a, b]`
lists); the block is metadata, every line of it a header line, so none of it reaches the body.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

from ingest.dates import parse_date
from ingest.formats.exports import language_code
from ingest.formats.meta_clean import clean_authors
from ingest.formats.plaintext import ParseContext
from ingest.metadata import canonical_url
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import clean_line, normalize_spaces

KEYS_FILE = Path(__file__).parent.parent / "data" / "frontmatter_keys.toml"
MAX_BLOCK_LINES = 80  # a front matter block is a short header; a longer one is not ours
_FENCE = "---"
_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_ITEM = re.compile(r"^\s+-\s*(.*)$")
_BLOCK_SCALAR = {">", "|", ">-", "|-", ">+", "|+"}
FIELDS = ("title", "url", "authors", "published_on", "outlet", "language")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)[\s#:]*$")
MIN_TEXT_WORDS = 30  # below the template's head and the reader's sections: a tag line and links back, no story
TEMPLATE_HEAD_LINES = 12  # a read-later template's header: a title, a tag line, links back; then its text
_WIKI = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")  # [[Page]] or [[Page|Shown name]]


@functools.lru_cache(maxsize=4)
def _load(path: Path) -> dict[str, list[str]]:
    with open(path, "rb") as fh:
        return {k: [key.lower() for key in v] for k, v in tomllib.load(fh).items()}


def key_table() -> dict[str, list[str]]:
    """Field -> candidate keys (lower-cased), from KEYS_FILE (read once per path)."""
    return _load(KEYS_FILE)


def block_end(lines: list[str]) -> int | None:
    """Index of the closing '---' of a front matter block opening on line 0, else None."""
    if not lines or lines[0].strip() != _FENCE:
        return None
    for i in range(1, min(len(lines), MAX_BLOCK_LINES)):
        if lines[i].strip() == _FENCE:
            return i if i > 1 else None
    return None


def sniff(text: str) -> bool:
    """A front matter block with at least one key of a field we read (title, source, ...)."""
    lines = text[:8192].lstrip("\ufeff").split("\n", MAX_BLOCK_LINES)
    end = block_end([x.rstrip("\r") for x in lines])
    if end is None:
        return False
    known = {k for field, keys in _load(KEYS_FILE).items() if field in FIELDS for k in keys}
    return any((m := _KEY.match(x)) is not None and m.group(1).lower() in known for x in lines[1:end])


def read_block(lines: list[str]) -> dict[str, list[str]]:
    """Key -> values (one for a scalar, several for a list), keys lower-cased."""
    out: dict[str, list[str]] = {}
    key: str | None = None
    folded = False  # 'title: >' / 'title: |': the value is the indented lines below
    for line in lines:
        if folded and key is not None and line[:1] in " \t" and line.strip():
            out[key] = [" ".join([*out[key], line.strip()])]
        elif (item := _ITEM.match(line)) is not None and key is not None:
            folded = False
            out[key].append(_scalar(item.group(1)))
        elif (m := _KEY.match(line)) is not None:
            key = m.group(1).lower()
            value = m.group(2).strip()
            folded = value in _BLOCK_SCALAR
            if folded:
                out[key] = []
            elif value.startswith("[") and value.endswith("]") and not value.startswith("[["):
                out[key] = [_scalar(v) for v in value[1:-1].split(",")]
            else:
                out[key] = [_scalar(value)] if value else []
    return {k: [_scalar(v) for v in vs if v] for k, vs in out.items()}


def _scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return normalize_spaces(_WIKI.sub(lambda m: m.group(2) or m.group(1), value))


def _first(block: dict[str, list[str]], field: str) -> str | None:
    for key in _load(KEYS_FILE).get(field, []):
        if block.get(key):
            return block[key][0]
    return None


def _heading(line: str) -> tuple[int, str] | None:
    """(level, lower-cased text) of a Markdown heading line, else None."""
    m = _HEADING.match(line.strip()) if line.startswith("#") else None
    return (len(m.group(1)), m.group(2).strip().lower()) if m else None


def template_lines(lines: list[str], start: int) -> set[int]:
    """0-based lines of a read-later plugin's note template around the saved text, from `start`
    (the line after the front matter): everything down to a heading over the text ('## Content'
    under '# Headline', '#Omnivore', '[Read on Omnivore](…)'), and the reader's own sections below
    it ('## Highlights' with the quotes and the notes under them, '## Notes'). Headings are data
    (frontmatter_keys.toml `content_headings`, `reader_headings`); a reader's section is taken only
    when a quote or list item stands under its heading, and no deeper than the text's heading."""
    keys = _load(KEYS_FILE)
    out: set[int] = set()
    level, seen, n = 6, 0, start
    while n < len(lines) and seen < TEMPLATE_HEAD_LINES:
        if lines[n].strip():
            seen += 1
            if (found := _heading(lines[n])) is not None and found[1] in keys.get("content_headings", []):
                level = found[0]
                out.update(range(start, n + 1))
                start = n + 1
                break
        n += 1
    for n in range(start, len(lines)):
        found = _heading(lines[n])
        if found is None or found[0] > level or found[1] not in keys.get("reader_headings", []):
            continue
        below = [x.lstrip() for x in lines[n + 1 : n + 6] if x.strip()]
        if below and below[0].startswith((">", "- ", "* ")):
            out.update(range(n, len(lines)))
            break
    return out


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """The note as one article: metadata from the block, the Markdown below it as the body. A
    read-later note that holds only the reader's highlights (Readwise's, with no text saved) is
    no copy of the article: counted as such."""
    lines = decoded.text.lstrip("\ufeff").split("\n")
    end = block_end([x.rstrip("\r") for x in lines]) or 0
    block = read_block(lines[1:end])
    authors = next((block[k] for k in _load(KEYS_FILE)["authors"] if block.get(k)), [])
    outlet = ctx.outlets.canonical(_first(block, "outlet"))
    date = _first(block, "published_on")
    url = _first(block, "url")
    title = _first(block, "title")
    first = next((n for n in range(end + 1, len(lines)) if lines[n].strip()), len(lines))
    heading = first < len(lines) and title is not None and lines[first].strip().lstrip("#").strip() == title
    template = template_lines(lines, end + 1 if end else 0)
    body = [n for n in range(end + 1, len(lines)) if not (heading and n == first) and n not in template]
    if template and sum(len(clean_line(lines[n]).split()) for n in body) < MIN_TEXT_WORDS:
        yield Rejection(decoded.source.path, "read-later note with no article text (only the reader's highlights)",
                        "", len(lines))
        return
    yield Candidate(
        source_path=decoded.source.path,
        position=0,
        start_line=1,
        end_line=len(lines),
        raw_text=decoded.text,
        body_lines=[(n + 1, lines[n]) for n in body],
        title=title,
        outlet=outlet,
        published_on=parse_date(date) if date else None,
        authors=clean_authors(authors, outlet, ctx.bylines),
        url=canonical_url(url) if url and url.startswith("http") else None,
        language=language_code(_first(block, "language")),
        header_lines=set(range(1, end + 2)) | ({first + 1} if heading else set()) | {n + 1 for n in template},
    )
