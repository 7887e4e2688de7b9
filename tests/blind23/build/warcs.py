# -*- coding: utf-8 -*-
"""Byte-level writers for the archive containers of blind23 (WARC 1.0/1.1 records, IA ARC v1 records, HTTP messages,
chunked transfer coding, gzip members). Records are written by hand, not with warcio's writer, so that each tool's
own header order and quirks (wget's chunked bodies, Heritrix's HTTP/1.0 requests and revisit records, Browsertrix's
WARC/1.1 + sha256 digests, Common Crawl's conversion records) can be reproduced byte for byte. Everything is
deterministic: uuids are derived from labels, gzip members carry mtime 0.
"""
import base64
import gzip
import hashlib
import zlib


def urn(label):
    h = hashlib.sha1(label.encode("utf-8")).hexdigest()
    return f"<urn:uuid:{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}>"


def sha1_b32(b):
    return "sha1:" + base64.b32encode(hashlib.sha1(b).digest()).decode("ascii")


def sha256_hex(b):
    return "sha256:" + hashlib.sha256(b).hexdigest()


def gz(b, level=9):
    """One gzip member (as WARC and ARC writers compress each record on its own)."""
    return gzip.compress(b, compresslevel=level, mtime=0)


def gzip_raw(b):
    """A Content-Encoding: gzip HTTP body as a web server sends it (zlib gzip container, mtime 0)."""
    c = zlib.compressobj(6, zlib.DEFLATED, 31)
    return c.compress(b) + c.flush()


def chunked(b, size=4096):
    """Transfer-Encoding: chunked, as the server sent it (lowercase hex sizes, CRLF, zero chunk, empty trailer)."""
    out = []
    for i in range(0, len(b), size):
        part = b[i:i + size]
        out.append(f"{len(part):x}\r\n".encode("ascii") + part + b"\r\n")
    out.append(b"0\r\n\r\n")
    return b"".join(out)


def http_head(status_line, headers):
    lines = [status_line] + [f"{k}: {v}" for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def warc_record(version, headers, block):
    """headers: list of (name, value); a ('Content-Length', None) entry marks where the length goes (else last)."""
    hs = list(headers)
    if not any(k == "Content-Length" for k, _ in hs):
        hs.append(("Content-Length", None))
    lines = [version]
    for k, v in hs:
        if k == "Content-Length":
            v = str(len(block))
        lines.append(f"{k}: {v}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + block + b"\r\n\r\n"


def arc_record(url, ip, date14, ctype, block):
    """IA ARC v1 URL record: one header line 'URL IP-address Archive-date Content-type Archive-length', the block
    (HTTP status line, headers and body as received), then a newline."""
    return f"{url} {ip} {date14} {ctype} {len(block)}\n".encode("latin-1") + block + b"\n"


def arc_filedesc(name, date14, version_line, xml):
    """The filedesc:// version block: header line, version line, field-spec line, then the Heritrix XML metadata."""
    body = (version_line + "\nURL IP-address Archive-date Content-type Archive-length\n").encode("latin-1") + xml
    return f"filedesc://{name} 0.0.0.0 {date14} text/plain {len(body)}\n".encode("latin-1") + body + b"\n"
