"""Shape limits that keep memory and time bounded on hostile input.

The file-size limit (IngestConfig.max_file_bytes) bounds what is read; these bound what the
line-oriented parsers and the cleaner see, because their cost grows with the longest line
and the longest article, not only with the file:
- a line longer than `max_line_chars` in a line-oriented format fails the file: no dump of
  pasted news has lines of millions of characters (a long paragraph is a few thousand), so
  such a file is minified data, a binary that decoded by accident, or an attack;
- an article candidate longer than `max_article_chars` is dropped with a reason (the rest of
  the file is kept); a file whose every article was dropped so fails with that reason.
Markup and record formats (HTML, WARC, mbox) legitimately put whole documents on one line,
so the line limit does not apply to them.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ingest.records import Candidate, DecodedSource, Rejection

# Feeds, JSON and wire XML: often one line.
UNLINED_FORMATS = frozenset({"html", "warc", "arc", "wacz", "webarchive", "mbox", "rss", "atom", "json", "newsml",
                             "nitf"})


class LimitError(ValueError):
    """The input exceeds a shape limit; the message names the limit and the offending size."""


@dataclass(frozen=True, slots=True)
class ShapeLimits:
    # 4 Mi characters: a thousand times the longest paragraph in ordinary news text, and small
    # enough that the cleaner's linear passes over one line stay under a few seconds.
    max_line_chars: int = 4 * 1024**2
    # The longest features run to ~30k words (~200k characters); twenty times that is not one article.
    max_article_chars: int = 4 * 1024**2
    # Chromium's HTML parser stops nesting at 512 levels (kMaximumHTMLParserDOMTreeDepth); real
    # pages stay under ~60. Deeper trees made tree-walking code quadratic (and recursion deep).
    max_html_depth: int = 512

    def __post_init__(self) -> None:
        if self.max_line_chars < 10_000 or self.max_article_chars < 10_000:
            raise ValueError("shape limits below 10,000 characters would refuse ordinary articles")


def longest_line(text: str) -> tuple[int, int]:
    """(1-based line number, length) of the longest line, in one pass without splitting."""
    best, best_no, start, no = 0, 1, 0, 1
    while True:
        end = text.find("\n", start)
        stop = len(text) if end < 0 else end
        if stop - start > best:
            best, best_no = stop - start, no
        if end < 0:
            return best_no, best
        start, no = end + 1, no + 1


def html_depth(text: str) -> int:
    """How deeply the page's elements nest, by lxml's C parser (milliseconds even for hostile
    pages; it stops counting at 2048)."""
    from lxml import etree  # only HTML is measured: plain-text runs never load lxml

    try:
        root = etree.fromstring(text, etree.HTMLParser(huge_tree=True))
    except (ValueError, etree.LxmlError):
        return 0  # not parseable as a tree at all: the HTML parser reports that itself
    depth = deepest = 0
    for event, _el in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def check_lines(decoded: DecodedSource, fmt: str, limits: ShapeLimits) -> None:
    """Raise LimitError when a line-oriented source has a line beyond the limit, or an HTML
    page nests deeper than any browser would build it."""
    if fmt == "html":
        depth = html_depth(decoded.text)
        if depth > limits.max_html_depth:
            raise LimitError(
                f"HTML nested {'at least ' if depth >= 2048 else ''}{depth:,} elements deep "
                f"(limit {limits.max_html_depth}): browsers flatten such pages; not a page to extract from"
            )
    if fmt in UNLINED_FORMATS or len(decoded.text) <= limits.max_line_chars:
        return  # (no line is longer than the whole text: nothing to measure)
    lineno, length = longest_line(decoded.text)
    if length > limits.max_line_chars:
        raise LimitError(
            f"line {lineno} is {length:,} characters long (limit {limits.max_line_chars:,}): "
            "not a text dump (minified data or a binary file?)"
        )


def cap_articles(items: Iterable[Candidate | Rejection], limits: ShapeLimits) -> Iterator[Candidate | Rejection]:
    """Pass candidates through, turning those beyond max_article_chars into counted rejections."""
    for item in items:
        if isinstance(item, Candidate) and len(item.raw_text) > limits.max_article_chars:
            yield Rejection(
                item.source_path,
                f"article longer than {limits.max_article_chars:,} characters (not one news article)",
                f"lines {item.start_line}-{item.end_line}",
                item.end_line - item.start_line + 1,
            )
        else:
            yield item


def is_oversize(item: Rejection) -> bool:
    return item.reason.startswith("article longer than")


def hash_file(path: str, chunk: int = 1 << 20) -> tuple[str, int] | None:
    """(sha256, size) of a file read in chunks (memory stays flat), or None if it cannot be read.
    Used to record a failed source row for a file refused for its size."""
    digest, size = hashlib.sha256(), 0
    try:
        with open(path, "rb") as fh:
            while block := fh.read(chunk):
                digest.update(block)
                size += len(block)
    except OSError:
        return None
    return digest.hexdigest(), size


def archive_files(database: str | None) -> frozenset[str]:
    """Real paths of the SQLite archive and its journal files: never inputs, even when the
    archive sits inside a folder being ingested (they would fail as binary on every run)."""
    if not database or database == ":memory:":
        return frozenset()
    base = os.path.realpath(database)
    return frozenset({base, *(base + suffix for suffix in ("-wal", "-shm", "-journal", ".ingest-lock"))})
