"""Web-archive record files through warcio: WARC (.warc, .warc.gz), IA ARC v1 (.arc, .arc.gz)
and Common Crawl WET (.warc.wet.gz); the WARCs inside a WACZ come here too (formats/wacz.py).

Every successful HTML `response`/`resource` record is a page, read by the same HTML path as a
saved page (formats/html.py), strictly: a crawl is full of section fronts and error pages, so
a record without article markup and with little text is refused with a reason. A `conversion`
record of plain text (Common Crawl's WET: a page's text, one block a line) is read by
formats/pagetext.py. ARC records are read as WARC responses (warcio's arc2warc). Provenance is
the record's index in the file (1-based, counting every record, so `warcio index` lines up):
start_line = end_line = that index, as the contract says for record formats. The record's
target URI is a fallback for a page that states no URL. WARC-Date and the ARC archive-date are
*not* used as dates: they say when the page was crawled, and the contract stores a publication
date or null, never a guess (docs/formats.md measures why).
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from ingest.charsets import decode_page, decode_with_charset
from ingest.formats.exports import language_code
from ingest.formats.html import HTML_TYPES, page_candidate
from ingest.formats.plaintext import ParseContext
from ingest.metadata import canonical_url
from ingest.records import Candidate, DecodedSource, Rejection

# A page record is read whole; an HTML payload larger than this is no news page (a data dump,
# a bomb) and is refused rather than held in memory.
MAX_PAGE_BYTES = 32 * 1024**2
CHUNK = 1 << 20


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def check_gzip_complete(data: bytes | IO[bytes], what: str = ".warc.gz") -> None:
    """warcio stops quietly at a truncated .warc.gz; every gzip member must end properly.
    `data` is the file's bytes or a stream over them (a WACZ member), read in chunks; the
    output of each step is bounded, so a bomb costs time, never memory."""
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    buf = stream.read(CHUNK)
    if buf[:2] != b"\x1f\x8b":
        return
    try:
        while buf:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            while not d.eof:
                if not buf:
                    buf = stream.read(CHUNK)
                if not buf:
                    d.flush()  # output still pending inside zlib, if the member does end here
                    if not d.eof:
                        raise ValueError(f"truncated {what}: the last gzip record ends early (an incomplete download?)")
                    break
                d.decompress(buf, 4 * CHUNK)
                buf = d.unconsumed_tail
            buf = d.unused_data + buf if d.unused_data else buf or stream.read(CHUNK)
    except zlib.error as exc:
        raise ValueError(f"corrupt {what}: {exc}") from exc


@dataclass(slots=True)
class Cursor:
    """Where reading stands in a file of records: the last record's 1-based index, and how many
    candidates were found (their `position`). A WACZ's WARCs share one cursor."""

    index: int = 0
    position: int = 0


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Pages from the records of a WARC, ARC or WET file (see module docstring)."""
    data = decoded.source.data
    check_gzip_complete(data, ".arc.gz" if decoded.source.path.lower().endswith(".arc.gz") else ".warc.gz")
    yield from read_records(io.BytesIO(data), decoded.source.path, ctx, Cursor())


def read_records(stream: IO[bytes], path: str, ctx: ParseContext, cursor: Cursor) -> Iterator[Candidate | Rejection]:
    """Candidates from the records of one WARC/ARC stream, one record in memory at a time."""
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            cursor.index += 1
            item = _record(record, path, cursor.index, cursor.position, ctx)
            if item is None:
                continue
            if isinstance(item, Candidate):
                cursor.position += 1
            yield item
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError) as exc:
        raise ValueError(f"not a readable WARC/ARC file: {exc} (truncated or corrupt?)") from exc


def _record(record: ArcWarcRecord, path: str, index: int, position: int,
            ctx: ParseContext) -> Candidate | Rejection | None:
    """One record as a candidate, a rejection with its reason, or None for records that are
    never pages (warcinfo, request, metadata, revisit: a revisit holds headers, no body)."""
    kind = record.rec_type
    if kind == "conversion":
        return _conversion(record, path, index, position, ctx)
    if kind not in ("response", "resource"):
        return None
    http = record.http_headers
    ctype = (http.get_header("Content-Type") if http else record.rec_headers.get_header("Content-Type")) or ""
    if not ctype.lower().startswith(HTML_TYPES):
        return Rejection(path, "WARC records that are not HTML pages (counted in records)", f"record {index}", 1)
    status = http.get_statuscode() if http else "200"
    if not str(status).startswith("2"):
        return Rejection(path, "WARC responses that are not a success (counted in records)", str(status), 1)
    payload = _payload(record)
    if payload is None:
        return Rejection(path, f"WARC page records larger than {MAX_PAGE_BYTES >> 20} MB (counted in records)",
                         f"record {index}", 1)
    text, _, _ = decode_page(payload, _charset(ctype))
    target = record.rec_headers.get_header("WARC-Target-URI")
    address = canonical_url(target) if target and target.startswith("http") else None
    item, _ = page_candidate(text, path, position, (index, index), ctx, strict=True, address=address)
    if isinstance(item, Candidate) and (reason := not_a_story(text, item)) is not None:
        item = Rejection(path, reason, f"record {index}", 1)
    if isinstance(item, Rejection):
        return Rejection(item.path, item.reason + " (counted in records)", f"record {index}", 1)
    item.url = item.url or address
    return item


# A heading that links to another page, or a link wrapped around a heading: a story card.
_LINKED_HEADING = re.compile(r"<h[1-6]\b[^>]*>\s*<a\b[^>]*\bhref=|<a\b[^>]*\bhref=[^>]*>(?:(?!</a>).){0,400}?<h[1-6]\b",
                             re.I | re.S)
# The page declares itself one story: og:type article, a schema.org Article type.
_ONE_STORY = re.compile(r"og:type[\"']\s+content=[\"']article|content=[\"']article[\"']\s+property=[\"']og:type|"
                        r"\"@type\"\s*:\s*\[?\s*\"(?:\w*Article|\w*BlogPosting)\"", re.I)
CARDS = 3  # story cards that make a page a list of stories
CARD_MAX_WORDS = 35  # a teaser is a sentence; a story has a paragraph longer than this
STUB_MAX_WORDS = 60  # a paywalled page shows the headline, a standfirst and the pitch
_PAYWALL_CLASS = re.compile(r"class=[\"'][^\"']*\bpaywall", re.I)
# schema.org paywall markup: the element holding the paywalled text ("cssSelector": ".story-body").
_PAYWALLED_PART = re.compile(r"\"isAccessibleForFree\"\s*:\s*\"?false\"?\s*,\s*"
                             r"\"cssSelector\"\s*:\s*\"\.([\w-]+)\"", re.I)


def not_a_story(html: str, cand: Candidate) -> str | None:
    """Why a crawled page is still no story, else None: a front, section or tag page (it does
    not declare itself one story, holds three story cards or more, and no paragraph longer than
    a teaser), or a paywall interstitial (little text, and a paywall element, or schema.org's
    paywall markup naming an element the page does not have: the story's text is not in it)."""
    paras = [t for _, t in cand.body_lines if t]
    longest = max((len(t.split()) for t in paras), default=0)
    if (longest <= CARD_MAX_WORDS and len(_LINKED_HEADING.findall(html, 0, 2_000_000)) >= CARDS
            and not _ONE_STORY.search(html, 0, 500_000)):
        return "web page that lists stories (a front, section or tag page): not an article"
    if sum(len(t.split()) for t in paras) < STUB_MAX_WORDS and _paywalled(html):
        return "paywalled page without the story's text: not a copy"
    return None


def _paywalled(html: str) -> bool:
    if _PAYWALL_CLASS.search(html):
        return True
    part = _PAYWALLED_PART.search(html)
    return part is not None and re.search(rf"class=[\"'][^\"']*\b{re.escape(part.group(1))}\b", html) is None


def _payload(record: ArcWarcRecord, limit: int = MAX_PAGE_BYTES) -> bytes | None:
    """The record's payload (transfer and content codings undone), or None past `limit` bytes."""
    data = record.content_stream().read(limit + 1)
    return None if len(data) > limit else data


def _conversion(record: ArcWarcRecord, path: str, index: int, position: int,
                ctx: ParseContext) -> Candidate | Rejection | None:
    """A `conversion` record: text extracted from a page (Common Crawl WET), read as page text."""
    ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
    if not ctype.startswith("text/plain"):
        return Rejection(path, "WARC conversion records that are not plain text (counted in records)",
                         f"record {index}", 1)
    payload = _payload(record)
    if payload is None:
        return Rejection(path, f"WARC page records larger than {MAX_PAGE_BYTES >> 20} MB (counted in records)",
                         f"record {index}", 1)
    from ingest.formats.pagetext import page_text_candidate  # only WET files need it

    text, _, _ = decode_with_charset(payload, _charset(ctype) or "utf-8")
    target = record.rec_headers.get_header("WARC-Target-URI")
    item = page_text_candidate(text, path, position, (index, index), ctx, canonical_url(target) if target else None)
    stated = record.rec_headers.get_header("WARC-Identified-Content-Language")  # 'eng', 'fra,eng'
    if isinstance(item, Candidate) and stated:
        item.language = language_code(stated.split(",")[0])
    return item
