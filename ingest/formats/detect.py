"""Format sniffing from content, with the file name as a hint only.

Record formats (WARC, mbox) are recognised from the raw bytes, before any decoding, because
their records carry their own charsets. Text formats are recognised from the decoded text:
a strong content signal always wins; the file name only settles weak cases (an HTML fragment
without a doctype, a JSON-lines file whose first record is malformed).
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import zipfile
import zlib

from ingest.formats import (
    clippings,
    ebsco,
    epaper,
    europresse,
    factiva,
    frontmatter,
    gale,
    genios,
    jsondoc,
    mynews,
    netscape,
    nexis_uni,
    notes,
    ocrexport,
    ocrpage,
    printpages,
    table,
    telegram,
    transcripts,
    whatsapp,
)
from ingest.formats.wires import is_release_file
from ingest.records import DecodedSource

_MBOX_FROM = re.compile(rb"^From \S+ +\S.*\d\d:\d\d(:\d\d)?.*\d{4}\s*$")
_MAIL_HEADER = re.compile(rb"^[A-Za-z][A-Za-z0-9_-]*:")
RNEWS = re.compile(rb"^#! ?rnews \d+[ \t]*\r?$", re.M)  # a Usenet batch's article line (formats/news.py)
_HTML = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body|title|article)\b", re.I | re.S)
_TAGS = re.compile(r"</(?:p|div|span|a|h[1-6]|article|section|li|body|html|title)>", re.I)
# ProQuest text export: "Document N of M" lines with ProQuest's own field labels.
_PROQUEST_DOC = re.compile(r"^\s*Document \d+ of \d+\s*$", re.M)
_PROQUEST_FIELD = re.compile(
    r"^(?:Full text|Publication info|ProQuest document ID|Report Information from ProQuest)\b", re.M)
_FACTIVA_TAG = re.compile(r"^(HD|BY|WC|PD|SN|SC|LA|CY|LP|TD|AN)(?:(?:\t|\s{2,})\S|\s*$)", re.M)  # a tab or 2+ spaces
_FACTIVA_DOC = re.compile(r"^AN\s+(?:Document\s+)?[A-Z0-9]{6,}", re.M)
# A feed's root element, after the XML declaration, comments, stylesheet PIs and a doctype.
_FEED = re.compile(
    r"^\ufeff?\s*(?:(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)\s*)*"
    r"<(?:(?P<rss>rss)\b|(?P<atom>feed)\b[^>]*http://www\.w3\.org/2005/Atom|(?P<rdf>rdf:RDF)\b[^>]*http://purl\.org/rss/1\.0/)",
    re.S,
)
# A single RFC 822 message (.eml): header lines from the first line to the first blank line.
_EML_ANY = {b"to", b"subject", b"date", b"mime-version"}
# A header block a person pasted above a text ("From: …", "Sent: …", "Subject: …" in a .txt)
# reads the same through the plain-text parser, with its real line numbers; a file is read as a
# mail when MIME has something to undo (a transfer encoding, multipart, encoded words) or when
# it is named .eml.
_MIME_WORK = re.compile(
    rb"^content-transfer-encoding:\s*\"?(?:quoted-printable|base64)|^content-type:\s*multipart/|=\?[\w.-]+\?[qb]\?",
    re.I | re.M,
)

_NAME_HINTS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".mbox": "mbox",
    ".eml": "eml",
    ".emlx": "eml",
}


# The root element of IPTC wire XML (NewsML-G2, NITF), after the declaration and comments.
_IPTC_ROOT = re.compile(
    r"^\ufeff?\s*(?:(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*<(?:\w+:)?(newsMessage|newsItem|nitf)\b", re.S)


# An Evernote export's root (formats/enex.py), after the declaration and its doctype.
# trafilatura's XML output: <doc …> with an attribute only its metadata writes (formats/trafxml.SNIFF,
# repeated here so sniffing imports no reader).
_TRAF_DOC = re.compile(
    r"^\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?<doc\b[^>]*\s(?:fingerprint|source-hostname|hostname|filedate)=", re.S)
_ENEX_ROOT = re.compile(r"^\ufeff?\s*(?:(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*<en-export\b", re.S)


def newsml_root(head: str) -> str | None:
    """'newsMessage', 'newsItem' or 'nitf' when the text is IPTC wire XML, else None. Kept here,
    not in formats/newsml.py, so sniffing never imports that reader (and defusedxml)."""
    m = _IPTC_ROOT.match(head)
    return m.group(1) if m else None


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
    """A .warc.gz or .arc.gz: parsed by warcio record by record, never expanded as a bundle."""
    return data[:2] == b"\x1f\x8b" and _warc_head(data).startswith((b"WARC/", b"filedesc://"))


def is_wacz(data: bytes, path: str = "") -> bool:
    """A WACZ (Web Archive Collection Zipped): a zip with `datapackage.json` and WARCs under
    `archive/`, or any zip named .wacz (so a broken one fails as a WACZ, with the reason). Read
    as one web archive (formats/wacz.py), never expanded as a bundle of files."""
    if data[:4] != b"PK\x03\x04":
        return False
    if path.rsplit("!", 1)[-1].lower().endswith(".wacz"):
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return False
    return "datapackage.json" in names and any(n.startswith("archive/") for n in names)


# Safari's .webarchive: a binary property list whose top dictionary holds WebMainResource.
_BPLIST = b"bplist00"


def is_webarchive(data: bytes, path: str = "") -> bool:
    """A binary plist named .webarchive, or one naming WebMainResource near either end (where
    plist writers put the top dictionary's keys)."""
    if not data.startswith(_BPLIST):
        return False
    return path.lower().endswith(".webarchive") or b"WebMainResource" in data[:65536] + data[-65536:]


# Apple Mail's .emlx: a line holding the message's byte count, the RFC 822 message, then an XML
# property list (flags, dates received). The count says where the message ends.
_EMLX_COUNT = re.compile(rb"^\s*(\d{2,9})[ \t]*\r?\n")


def emlx_message(data: bytes) -> bytes | None:
    """The RFC 822 message inside an Apple Mail .emlx, or None when the bytes are no .emlx."""
    m = _EMLX_COUNT.match(data[:16])
    if m is None:
        return None
    body = data[m.end() : m.end() + int(m.group(1))]
    return body if _MAIL_HEADER.match(body) else None


def is_eml(data: bytes, path: str = "") -> bool:
    """RFC 822 headers from the first line on (continuations allowed) up to a blank line, with
    From:, one of To/Subject/Date/MIME-Version, and MIME work to do or an .eml name (_MIME_WORK).
    A mail whose parts hold HTML is still a mail: its MIME structure decides, not its first tag."""
    names: set[bytes] = set()
    for line in data[:65536].lstrip(b"\xef\xbb\xbf").split(b"\n", 200)[:200]:
        line = line.rstrip(b"\r")
        if not line.strip():
            break
        if line[:1] in b" \t" and names:
            continue
        if not _MAIL_HEADER.match(line):
            return False
        names.add(line.split(b":", 1)[0].strip().lower())
    else:
        return False
    if b"from" not in names or not names & _EML_ANY:
        return False
    return name_hint(path) == "eml" or _MIME_WORK.search(data[:65536]) is not None


def sniff_bytes(data: bytes, path: str) -> str | None:
    """'warc', 'arc', 'wacz', 'webarchive', 'mbox', 'eml' or 'rnews' when the raw bytes are one of
    the record formats, else None."""
    head = _warc_head(data)
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"filedesc://"):  # an IA ARC v1 file: its first record describes the file
        return "arc"
    if data[:4] == b"PK\x03\x04" and is_wacz(data, path):
        return "wacz"
    if is_webarchive(data, path):
        return "webarchive"
    lines = data[:8192].split(b"\n", 6)
    if lines and _MBOX_FROM.match(lines[0].rstrip(b"\r")):
        headers = [ln for ln in lines[1:5] if ln.strip()]
        if headers and all(_MAIL_HEADER.match(ln) or ln[:1] in b" \t" for ln in headers):
            return "mbox"
    if name_hint(path) == "mbox" and lines and lines[0].startswith(b"From "):
        return "mbox"
    if is_eml(data, path):
        return "eml"
    if data[:1].isdigit() and (inner := emlx_message(data)) is not None and is_eml(inner, "x.eml"):
        return "eml"
    # a Usenet batch: '#! rnews <bytes>' lines, each over a news article
    if RNEWS.match(data[:200].lstrip(b"\xef\xbb\xbf\r\n")):
        return "rnews"
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
    feed = _FEED.match(head)
    if feed:
        return "atom" if feed.group("atom") else "rss"
    if head.lstrip("\ufeff \n\r\t").startswith("<"):
        wire_xml = newsml_root(head)
        if wire_xml:
            return "nitf" if wire_xml == "nitf" else "newsml"
        if _ENEX_ROOT.match(head):
            return "enex"
        if _TRAF_DOC.match(head) and "<main" in head:  # trafilatura's XML output (formats/trafxml.py)
            return "trafxml"
    if netscape.sniff(head):  # a browser's or read-later tool's bookmark file (Pocket's HTML export)
        return "bookmarks"
    if factiva.sniff_html(text[:2_000_000]):  # a Factiva results page saved as HTML: the export's layout
        return "factiva"
    if _HTML.match(head) or (hint == "html" and _TAGS.search(head)):
        return "html"
    if frontmatter.sniff(head):  # a web clipper's Markdown note: '---' / title: / source: / '---'
        return "markdown"
    if notes.sniff(text, decoded.source.path):  # a Joplin RAW note (metadata after the body), a Notion page
        return "note"
    if telegram.sniff(text):  # a chat export: its messages' "text" key reads like an article array
        return "telegram"
    if whatsapp.sniff(head):  # a chat export: '[19/11/2025, 12:30:45] Name: text' / '19/11/2025, 12:30 - Name: text'
        return "whatsapp"
    if jsondoc.sniff(text):  # one JSON document holding an array of article records
        return "json"
    if _jsonl(text):
        return "jsonl"
    # A header row naming article fields is decided by line 1 alone, before any layout found in
    # the cells' text (a monitoring export may hold a press release or a Nexis copy in a row).
    table_kind = table.sniff(head)
    if table_kind:
        return table_kind
    # The two line patterns below start at every line of up to 200,000 characters (~15 ns a
    # character); a match holds its literal ("Document ", "End of Document"), which a plain
    # substring scan rules out ~30x faster in most files.
    early = text[:200_000]
    # (ProQuest's "Document N of M" may follow a long contents list)
    if "Document " in early and _PROQUEST_DOC.search(early) and _PROQUEST_FIELD.search(early):
        return "proquest"
    if ebsco.sniff(text):  # 'Record: N' blocks of EBSCO's labels (Title:, Source:, Accession Number:)
        return "ebsco"
    if mynews.sniff(text):  # MyNews Hemeroteca: outlet / city / date over 'Pág.'/'Sección:'/'Palabras:'
        return "mynews"
    if gale.sniff(text):  # Gale downloads: a headline over 'Date:'/'From:'/'Author:' fields, 'Full Text:'
        return "gale"
    if europresse.sniff(text):  # a source name over 'mercredi 2 décembre 2026 146 mots, p. 5', Europresse's notices
        return "europresse"
    if genios.sniff(text):  # 'Dokument N von M' / 'Outlet vom 03.12.2026, …' / 'Dokumentende'
        return "genios"
    if nexis_uni.document_count_re().search(head) or nexis_uni.sniff(early):
        return "nexis"
    tags = {m.group(1) for m in _FACTIVA_TAG.finditer(head)}
    if ("HD" in tags and len(tags) >= 4) or (_FACTIVA_DOC.search(head) and len(tags) >= 3):
        return "factiva"
    if factiva.sniff_display(text):  # the article display format: no tags, 'N words' … 'Document <id>'
        return "factiva"
    if hint == "jsonl" and text.lstrip().startswith("{"):
        return "jsonl"
    if ocrexport.sniff(text):  # one digitised newspaper article under an archive's labels or a library's citation
        return "ocrexport"
    if ocrpage.sniff(text):  # a whole newspaper page as OCR text: dated masthead, caps headlines, columns
        return "ocrpage"
    if transcripts.sniff(text):  # hand transcriptions, each entry under 'Paper, date, p. N' citation
        return "transcripts"
    if clippings.sniff(text):  # items whose field blocks carry media metrics (reach, sentiment, AVE)
        return "clipping"
    if printpages.sniff(text):  # form-feed pages with a repeated running head (pdftotext of a newspaper)
        return "pages"
    if epaper.sniff(text):  # page banners ('═══ Paper · date · Page 3 ═══')
        return "epaper"
    if is_release_file(text[:500_000]):
        return "wire"
    return None


__all__ = ["emlx_message", "is_eml", "is_gzipped_warc", "is_wacz", "is_webarchive", "name_hint", "sniff_bytes",
           "sniff_text"]
