"""Input formats behind a small registry: name -> parser.

Every parser takes a decoded source and yields article candidates (or rejections with a
reason); everything after parsing (cleaning, repetition learning, dedup, storage) is shared.
The format is sniffed from the content, not only from the file name.

Readers are imported when a file of their format is first read, not at start-up: the HTML,
WARC and feed readers bring BeautifulSoup, lxml, trafilatura, warcio and defusedxml (~50 MB
and half a second per process), which an archive of text digests never needs, and every worker
process would otherwise load them all (tests/test_workers.py checks that plain text loads none).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator

from ingest.charsets import decode_source
from ingest.formats import detect, plaintext
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection, Source

Parser = Callable[[DecodedSource, ParseContext], Iterator[Candidate | Rejection]]


def _reader(module: str) -> Parser:
    """The `parse` of ingest.formats.<module>, imported on its first call (see module docstring)."""

    def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
        reader: Parser = importlib.import_module(f"ingest.formats.{module}").parse
        return reader(decoded, ctx)

    parse.__qualname__ = parse.__name__ = f"{module}.parse"
    return parse


# Plain-text dumps share one parser; their name says which layout it found.
FORMATS: dict[str, Parser] = {
    "digest": plaintext.parse,
    "webpage": plaintext.parse,
    "text": plaintext.parse,
    "html": _reader("html"),
    "warc": _reader("warc"),  # WARC files, Common Crawl's WET text among them
    "arc": _reader("warc"),  # Internet Archive ARC v1 files (warcio reads them as WARC)
    "wacz": _reader("wacz"),  # a zipped web-archive collection: its WARCs, not its indexes
    "webarchive": _reader("webarchive"),  # Safari's .webarchive (a binary plist around the page)
    "mbox": _reader("mbox"),
    "nexis": _reader("nexis"),
    "factiva": _reader("factiva"),
    "jsonl": _reader("jsonl"),
    "json": _reader("jsondoc"),  # an array of article records (news-API exports), or an object holding one
    "proquest": _reader("proquest"),
    "ebsco": _reader("ebsco"),  # EBSCOhost plain-text exports ('Record: N', 'Title:', 'Source:')
    "mynews": _reader("mynews"),  # MyNews Hemeroteca dossier exports (outlet, city, date, 'Palabras:')
    "gale": _reader("gale"),  # Gale full-text downloads (headline, 'Date:'/'From:' block, 'Full Text:')
    "europresse": _reader("europresse"),  # Europresse text exports (source, dated word-count line, tail)
    "genios": _reader("genios"),  # GBI-Genios / WISO exports ('Dokument N von M', citation line, 'Dokumentende')
    "wire": _reader("wires"),
    "rss": _reader("feeds"),  # RSS 2.0 and RSS 1.0 (RDF)
    "atom": _reader("feeds"),
    "csv": _reader("table"),  # media-monitoring exports (comma, semicolon or pipe)
    "tsv": _reader("table"),
    "eml": _reader("mbox"),  # one RFC 822 message: an mbox of one, without the From_ line
    "rnews": _reader("news"),  # a Usenet news batch: each article a message (headers, body, signature)
    "markdown": _reader("frontmatter"),  # a Markdown note with YAML front matter (web clippers)
    "bookmarks": _reader("netscape"),  # a Netscape bookmark file (browsers, Pocket, Raindrop.io, Pinboard)
    "note": _reader("notes"),  # a note app's Markdown export: Joplin RAW (metadata after the body), Notion
    "clipping": _reader("clippings"),  # media-monitoring clipping reports (Meltwater, Cision ...)
    "newsml": _reader("newsml"),  # IPTC NewsML-G2 messages and items from wire services
    "nitf": _reader("newsml"),  # IPTC NITF, the same family
    "pages": _reader("printpages"),  # a newspaper's pages as PDF text (form feeds, running heads, jumps)
    "epaper": _reader("epaper"),  # an e-paper issue printed as text (page banners, jumps)
    "telegram": _reader("telegram"),  # a Telegram Desktop chat export (result.json)
    "whatsapp": _reader("whatsapp"),  # a WhatsApp chat export (.txt, iOS or Android layout)
    "transcripts": _reader("transcripts"),  # a researcher's hand transcriptions, each under a citation
    "ocrpage": _reader("ocrpage"),  # a whole newspaper page as OCR text (mastheads, caps headlines, columns)
    "ocrexport": _reader("ocrexport"),  # one digitised newspaper article saved from an archive or library
    "enex": _reader("enex"),  # Evernote exports of web clips (ENEX)
    "trafxml": _reader("trafxml"),  # trafilatura's XML output (<doc> pages, <main> text)
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
