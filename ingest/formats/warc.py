"""WARC crawls (.warc, .warc.gz) through warcio: every successful HTML response is a page.

Each page goes through the same HTML path as a saved page (formats/html.py), strictly: a
crawl is full of section fronts and error pages, so a record without article markup and with
little text is refused with a reason. Provenance is the record's index in the file (1-based,
counting every record, so `warcio index` lines up): start_line = end_line = that index, as
the contract says for record formats. The record's target URI is a fallback for a page that
states no URL. WARC-Date is *not* used as a date: it is when the page was crawled, and the
contract stores a publication date or null, never a guess (docs/formats.md measures why).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ingest.charsets import declared_charset, decode_with_charset, repair_mojibake
from ingest.formats.html import page_candidate
from ingest.formats.plaintext import ParseContext
from ingest.metadata import canonical_url
from ingest.records import Candidate, DecodedSource, Rejection

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def check_gzip_complete(data: bytes) -> None:
    """warcio stops quietly at a truncated .warc.gz; every gzip member must end properly."""
    if data[:2] != b"\x1f\x8b":
        return
    rest = data
    try:
        while rest:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            while rest and not d.eof:
                d.decompress(rest[: 1 << 20], 0)
                rest = d.unconsumed_tail + rest[1 << 20 :] if d.unconsumed_tail else rest[1 << 20 :]
            if not d.eof:
                raise ValueError("truncated .warc.gz: the last gzip record ends early (an incomplete download?)")
            rest = d.unused_data + rest
    except zlib.error as exc:
        raise ValueError(f"corrupt .warc.gz: {exc}") from exc


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Pages from the HTML responses of a WARC file (see module docstring)."""
    path = decoded.source.path
    check_gzip_complete(decoded.source.data)
    position = 0
    try:
        for index, record in enumerate(ArchiveIterator(io.BytesIO(decoded.source.data)), start=1):
            if record.rec_type not in ("response", "resource"):
                continue  # warcinfo, request, metadata, revisit: never a page of their own
            http = record.http_headers
            ctype = (http.get_header("Content-Type") if http else record.rec_headers.get_header("Content-Type")) or ""
            if not ctype.lower().startswith(_HTML_TYPES):
                yield Rejection(path, "WARC records that are not HTML pages (counted in records)", f"record {index}", 1)
                continue
            status = http.get_statuscode() if http else "200"
            if not str(status).startswith("2"):
                yield Rejection(path, "WARC responses that are not a success (counted in records)", str(status), 1)
                continue
            payload = record.content_stream().read()
            text, _, _ = decode_with_charset(payload, _charset(ctype) or declared_charset(payload))
            text, _ = repair_mojibake(text)
            item, _ = page_candidate(text, path, position, (index, index), ctx, strict=True)
            if isinstance(item, Candidate):
                target = record.rec_headers.get_header("WARC-Target-URI")
                item.url = item.url or (canonical_url(target) if target else None)
                position += 1
            else:
                item = Rejection(item.path, item.reason + " (counted in records)", f"record {index}", 1)
            yield item
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError) as exc:
        raise ValueError(f"not a readable WARC file: {exc} (truncated or corrupt?)") from exc
