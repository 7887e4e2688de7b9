"""WACZ (Web Archive Collection Zipped, as Browsertrix and ArchiveWeb.page write it): one web
archive, not a bundle of files.

The zip holds the crawl's WARCs under `archive/` and what tools need to replay it: the CDX(J)
index under `indexes/`, the page lists `pages/*.jsonl`, `datapackage.json` and its digest, logs.
Only the WARCs hold pages: each is read record by record by formats/warc.py, streamed out of
the zip (one record in memory at a time, never the expanded WARC), in the order of the zip's
directory. Everything else is counted as not articles (page titles in pages.jsonl are a list
of what was crawled, the index is lines of offsets). Copies belong to the .wacz (the file the
user ingested); start_line = end_line = the record's index, counting every record of the
WACZ's WARCs in that order.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator

from ingest.formats.plaintext import ParseContext
from ingest.formats.warc import Cursor, check_gzip_complete, read_records
from ingest.records import Candidate, DecodedSource, Rejection

_WARC_NAMES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def _is_warc(name: str) -> bool:
    return name.startswith("archive/") and name.lower().endswith(_WARC_NAMES)


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Pages from the WARCs of a WACZ (see module docstring)."""
    path = decoded.source.path
    try:
        zf = zipfile.ZipFile(io.BytesIO(decoded.source.data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ValueError(f"not a readable WACZ file (its zip directory: {exc}); is it truncated?") from exc
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        warcs = [i for i in infos if _is_warc(i.filename)]
        if not warcs:
            raise ValueError("a WACZ without any WARC under archive/: nothing to read (an index-only package?)")
        cursor = Cursor()
        for info in warcs:
            if info.flag_bits & 0x1:
                raise ValueError(f"{info.filename} is encrypted inside the WACZ: cannot be read")
            try:
                with zf.open(info) as fh:
                    check_gzip_complete(fh, f"WARC {info.filename} inside the WACZ")
                with zf.open(info) as fh:
                    yield from read_records(fh, path, ctx, cursor)
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
                raise ValueError(f"{info.filename} inside the WACZ is corrupt ({exc})") from exc
        others = len(infos) - len(warcs)
        if others:
            yield Rejection(path, "WACZ index, page lists, logs and package files (not articles)", "", others)
