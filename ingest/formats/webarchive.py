"""Safari's .webarchive: a binary property list holding the page as Safari received it.

`WebMainResource` is the page: `WebResourceData` (its bytes), `WebResourceTextEncodingName`
(the charset Safari decoded it with), `WebResourceURL` and `WebResourceMIMEType`;
`WebSubresources` (CSS, images, scripts) and `WebSubframeArchives` (iframes) are not the
article. The page goes through the HTML reader as a saved page (formats/html.py); the
resource URL is the fallback URL for a page that states none. A plist that cannot be read
fails the file with the reason.
"""

from __future__ import annotations

import plistlib
from collections.abc import Iterator
from typing import Any

from ingest.charsets import decode_page
from ingest.formats import html
from ingest.formats.plaintext import ParseContext
from ingest.metadata import canonical_url
from ingest.records import Candidate, DecodedSource, Rejection, Source


def main_resource(data: bytes) -> dict[str, Any]:
    """The WebMainResource dictionary. Raises ValueError naming what is wrong."""
    try:
        archive = plistlib.loads(data)
    except (plistlib.InvalidFileException, ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        raise ValueError(f"not a readable Safari .webarchive (its property list: {exc or type(exc).__name__})") from exc
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        raise ValueError("not a Safari .webarchive: no WebMainResource with WebResourceData in its property list")
    return main


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """The main page of a .webarchive, read as a saved HTML page (see module docstring)."""
    path = decoded.source.path
    main = main_resource(decoded.source.data)
    mime = str(main.get("WebResourceMIMEType") or "text/html").lower()
    if not mime.startswith(html.HTML_TYPES):
        yield Rejection(path, f".webarchive whose page is not HTML ({mime})", "", 1)
        return
    payload: bytes = main["WebResourceData"]
    label = main.get("WebResourceTextEncodingName")
    text, encoding, lossy = decode_page(payload, str(label) if label else None)
    url = main.get("WebResourceURL")
    page = DecodedSource(Source(path, b"", ""), text, encoding, lossy)
    for item in html.parse(page, ctx):
        if isinstance(item, Candidate) and isinstance(url, str) and url.startswith("http") and item.url is None:
            item.url = canonical_url(url)
        yield item
