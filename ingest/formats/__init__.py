"""Input formats behind a small registry: name -> parser.

Every parser takes a decoded source and yields article candidates (or rejections with a
reason); everything after parsing (cleaning, repetition learning, dedup, storage) is shared.
The format is sniffed from the content, not only from the file name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ingest.charsets import decode_source
from ingest.formats import (
    clippings,
    detect,
    factiva,
    feeds,
    frontmatter,
    html,
    jsondoc,
    jsonl,
    mbox,
    nexis,
    plaintext,
    proquest,
    table,
    warc,
    wires,
)
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection, Source

Parser = Callable[[DecodedSource, ParseContext], Iterator[Candidate | Rejection]]

# Plain-text dumps share one parser; their name says which layout it found.
FORMATS: dict[str, Parser] = {
    "digest": plaintext.parse,
    "webpage": plaintext.parse,
    "text": plaintext.parse,
    "html": html.parse,
    "warc": warc.parse,
    "mbox": mbox.parse,
    "nexis": nexis.parse,
    "factiva": factiva.parse,
    "jsonl": jsonl.parse,
    "json": jsondoc.parse,  # an array of article records (news-API exports), or an object holding one
    "proquest": proquest.parse,
    "wire": wires.parse,
    "rss": feeds.parse,  # RSS 2.0 and RSS 1.0 (RDF)
    "atom": feeds.parse,
    "csv": table.parse,  # media-monitoring exports (comma, semicolon or pipe)
    "tsv": table.parse,
    "eml": mbox.parse,  # one RFC 822 message: an mbox of one, without the From_ line
    "markdown": frontmatter.parse,  # a Markdown note with YAML front matter (web clippers)
    "clipping": clippings.parse,  # media-monitoring clipping reports (Meltwater, Cision ...)
}


def decode(src: Source) -> DecodedSource:
    """Decode for the parser: record formats keep their bytes, HTML honours its declared charset."""
    return decode_source(src, detect.sniff_bytes(src.data, src.path))


def sniff(decoded: DecodedSource) -> str:
    """The registry name for this content (ingest/formats/detect.py): content first, name as a hint."""
    return detect.sniff_bytes(decoded.source.data, decoded.source.path) or detect.sniff_text(decoded) or "text"


def label(fmt: str, candidates: list[Candidate]) -> str:
    """Refine the plain-text family once parsed: several headed articles make a digest, one
    a saved page, none bare text."""
    if fmt not in ("digest", "webpage", "text"):
        return fmt
    headed = sum(1 for c in candidates if c.header_lines)
    if headed >= 2:
        return "digest"
    return "webpage" if headed == 1 else "text"


__all__ = ["FORMATS", "ParseContext", "Parser", "decode", "label", "sniff"]
