"""Format sniffing from content, with the file name as a hint only.

Record formats (WARC, mbox) are recognised from the raw bytes, before any decoding, because
their records carry their own charsets. Text formats are recognised from the decoded text:
a strong content signal always wins; the file name only settles weak cases (an HTML fragment
without a doctype, a JSON-lines file whose first record is malformed).
"""

from __future__ import annotations

import contextlib
import json
import re
import zlib

from ingest.records import DecodedSource

_MBOX_FROM = re.compile(rb"^From \S+ +\S.*\d\d:\d\d(:\d\d)?.*\d{4}\s*$")
_MAIL_HEADER = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:")
_HTML = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body|title|article)\b", re.I | re.S)
_TAGS = re.compile(r"</(?:p|div|span|a|h[1-6]|article|section|li|body|html|title)>", re.I)
_NEXIS = re.compile(r"^\s*\d+ of \d+ DOCUMENTS?\s*$", re.M | re.I)
_FACTIVA_TAG = re.compile(r"^(HD|BY|WC|PD|SN|SC|LA|CY|LP|TD|AN)(?:(?:\t|\s{2,})\S|\s*$)", re.M)  # a tab or 2+ spaces
_FACTIVA_DOC = re.compile(r"^AN\s+(?:Document\s+)?[A-Z0-9]{6,}", re.M)

_NAME_HINTS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".mbox": "mbox",
}


def name_hint(path: str) -> str | None:
    inner = path.rsplit("!", 1)[-1].lower()
    for suffix, fmt in _NAME_HINTS.items():
        if inner.endswith(suffix):
            return fmt
    return None


def _warc_head(data: bytes) -> bytes:
    """The first bytes of a WARC file, through a per-record gzip if there is one."""
    if data[:2] == b"\x1f\x8b":
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 64)
        except zlib.error:
            return b""
    return data[:64]


def is_gzipped_warc(data: bytes) -> bool:
    """A .warc.gz: parsed by warcio record by record, never expanded as a bundle."""
    return data[:2] == b"\x1f\x8b" and _warc_head(data).startswith(b"WARC/")


def sniff_bytes(data: bytes, path: str) -> str | None:
    """'warc' or 'mbox' when the raw bytes are one of the record formats, else None."""
    if _warc_head(data).startswith(b"WARC/"):
        return "warc"
    lines = data[:8192].split(b"\n", 6)
    if lines and _MBOX_FROM.match(lines[0].rstrip(b"\r")):
        headers = [ln for ln in lines[1:5] if ln.strip()]
        if headers and all(_MAIL_HEADER.match(ln) or ln[:1] in b" \t" for ln in headers):
            return "mbox"
    if name_hint(path) == "mbox" and lines and lines[0].startswith(b"From "):
        return "mbox"
    return None


def _jsonl(text: str) -> bool:
    """Most of the first non-blank lines are JSON objects."""
    sample = [ln for ln in text[:200_000].split("\n", 50)[:50] if ln.strip()][:20]
    if not sample or not sample[0].lstrip().startswith("{"):
        return False
    ok = 0
    for ln in sample:
        with contextlib.suppress(ValueError):
            ok += isinstance(json.loads(ln), dict)
    return ok >= max(1, (len(sample) + 1) // 2)


def sniff_text(decoded: DecodedSource) -> str | None:
    """The text format of a decoded source, or None for the plain-text family."""
    text = decoded.text
    head = text[:20_000]
    hint = name_hint(decoded.source.path)
    if _HTML.match(head) or (hint == "html" and _TAGS.search(head)):
        return "html"
    if _jsonl(text):
        return "jsonl"
    if _NEXIS.search(head):
        return "nexis"
    tags = {m.group(1) for m in _FACTIVA_TAG.finditer(head)}
    if ("HD" in tags and len(tags) >= 4) or (_FACTIVA_DOC.search(head) and len(tags) >= 3):
        return "factiva"
    if hint == "jsonl" and text.lstrip().startswith("{"):
        return "jsonl"
    return None


__all__ = ["is_gzipped_warc", "name_hint", "sniff_bytes", "sniff_text"]
