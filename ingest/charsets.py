"""Decoding a source for the format parsers: declared charsets, record formats, mojibake.

`decode_source` is the one entry point the pipeline calls. Its order:
1. record formats (WARC, mbox) are not decoded as a whole: every record carries its own
   charset, so their parsers read the bytes and the source's encoding is "per-record";
2. HTML: a BOM, then the charset the page declares (`<meta charset>`, http-equiv, the XML
   declaration), then ingest.decode's fallback (UTF-8, UTF-16, charset-normalizer);
3. word-processor documents (DOCX, RTF): their text, converted by ingest/documents.py;
4. everything else: ingest.decode's fallback;
5. mojibake repair: a line that ftfy judges to be UTF-8 read as Windows-1252 (`â€™`) is
   repaired, and "+ftfy" is appended to the recorded encoding so the fix stays visible.
"""

from __future__ import annotations

import codecs
import re

from ingest.decode import DecodeError, browser_codec, decode_bytes
from ingest.documents import document_kind, to_text
from ingest.records import DecodedSource, Source

PER_RECORD = "per-record"  # the encoding stored for WARC and mbox sources
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body)\b", re.I | re.S)
_SINGLE_BYTE = {"cp1252", "cp1251", "cp1250", "iso8859-2", "iso8859-15", "koi8-r", "mac-roman"}


def declared_charset(data: bytes) -> str | None:
    """The Python codec name of the charset an HTML/XML document declares in its first 4 KiB."""
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not m:
        return None
    label = browser_codec(m.group(1).decode("ascii", "replace"))
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_START.match(data[:2048].lstrip(codecs.BOM_UTF8)))


def decode_with_charset(data: bytes, charset: str | None) -> tuple[str, str, bool]:
    """(text, encoding, lossy): the declared charset when it decodes the bytes cleanly, else the
    generic fallback. A page labelled with a single-byte charset whose bytes are valid UTF-8
    (with non-ASCII in them) is UTF-8: that mislabel is common, the converse is near impossible."""
    if charset and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = browser_codec(charset)  # a label means what it means to browsers (ingest/decode.py)
        try:
            name = codecs.lookup(name).name
            mislabelled = name in _SINGLE_BYTE and _valid_utf8_nonascii(data)
            if not mislabelled:
                text = data.decode(name)
                return _normalise(text), name, False
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: fall through to detection
    return decode_bytes(data)


def _valid_utf8_nonascii(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


_MOJIBAKE_PAIR = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                            "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def repair_mojibake(text: str) -> tuple[str, int]:
    """Repair lines that are UTF-8 decoded as Windows-1252 (or Latin-1); how many were fixed.

    Line by line, so a file mixing good curly quotes with mojibake is repaired where it is
    broken only, and line numbers never move. Only ftfy's encoding fix runs: its other fixes
    (straightening quotes, HTML entities) would change text that is not broken."""
    if text.isascii() or _MOJIBAKE_PAIR.search(text) is None:
        # The pair is two characters, neither a newline: a line holds it only if the text
        # does, so one scan of the text answers for every line (exact, and most files end here).
        return text, 0
    import ftfy  # loaded only for a text that holds a mojibake pair
    from ftfy.badness import is_bad

    lines = text.split("\n")
    fixed = 0
    for i, line in enumerate(lines):
        # UTF-8 read as Windows-1252 always leaves a lead byte (Â-ô) before a continuation
        # character (U+0080-U+00BF or a cp1252 punctuation mark): a cheap test before ftfy's.
        if not line.isascii() and _MOJIBAKE_PAIR.search(line) and is_bad(line):
            repaired = ftfy.fix_encoding(line)
            if repaired != line and "\n" not in repaired:
                lines[i] = repaired
                fixed += 1
    return ("\n".join(lines), fixed) if fixed else (text, 0)


def decode_page(data: bytes, label: str | None = None) -> tuple[str, str, bool]:
    """A web page's bytes as text: by the charset its carrier states (an HTTP header, a saved
    archive's field), else the one the page declares, then UTF-8 read as cp1252 repaired
    (servers label UTF-8 pages ISO-8859-1). (text, encoding, lossy), '+ftfy' when repaired."""
    text, encoding, lossy = decode_with_charset(data, label or declared_charset(data))
    text, fixed = repair_mojibake(text)
    return text, encoding + "+ftfy" if fixed else encoding, lossy


def decode_source(src: Source, record_format: str | None) -> DecodedSource:
    """Decode `src` for its parser (see module docstring). Raises DecodeError with the reason."""
    if record_format is not None:
        return DecodedSource(src, "", PER_RECORD, False)
    if kind := document_kind(src.data):  # DOCX, RTF: the document's text, read as a .txt is
        text = to_text(kind, src.data)
        return DecodedSource(src, text, kind, "\ufffd" in text)
    if looks_like_html(src.data):
        return DecodedSource(src, *decode_page(src.data))
    text, encoding, lossy = decode_bytes(src.data)
    text, fixed = repair_mojibake(text)
    if fixed:
        encoding += "+ftfy"
    return DecodedSource(src, text, encoding, lossy)


__all__ = ["PER_RECORD", "DecodeError", "declared_charset", "decode_page", "decode_source", "decode_with_charset",
           "repair_mojibake"]
