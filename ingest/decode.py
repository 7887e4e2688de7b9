"""Decoding: raw bytes to text, as an ordered fallback that records which encoding won.

Order: refuse what is plainly not text (known binary signatures, NUL bytes outside UTF-16),
then a byte-order mark, then strict UTF-8, then UTF-16 without a BOM (every other byte
zero), then charset-normalizer's detection. Newlines are normalised to "\\n"; line numbers
everywhere refer to this decoded text.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from typing import Any

from ingest.records import DecodedSource, Rejection, Source

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"\x7fELF": "an executable (ELF)",
    b"MZ": "an executable (Windows)",
    b"SQLite format 3\x00": "an SQLite database",
    b"PK\x03\x04": "a zip archive",
    b"\x1f\x8b": "a gzip file",
    b"BZh": "a bzip2 file",
    b"\xfd7zXZ\x00": "an xz file",
    b"RIFF": "a RIFF media file",
    b"\x00\x00\x01\x00": "an icon",
    b"OggS": "an Ogg media file",
    b"ID3": "an MP3 file",
    b"\xca\xfe\xba\xbe": "a Mach-O or Java class file",
    # OLE2: Excel 97-2003 (.xls) and Word 97-2003 (.doc). No well-kept reader is worth a dependency
    # for formats every office suite re-saves as .xlsx/.docx (which ingest/documents.py reads).
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an old Office document (.xls or .doc): save it as .xlsx, .docx or CSV",
}


# WHATWG Encoding Standard: the labels pages and mails declare, read as browsers read them. A
# legacy label names a smaller table than the one real sites use: 'Shift_JIS' pages hold
# Windows-31J characters (髙, ①), 'EUC-KR' pages cp949's extra syllables (똠), 'GB2312' and 'GBK'
# GB18030's four-byte forms (emoji), 'Big5' HKSCS's; a strict decoder of the label's own table fails
# or mangles them. Latin-1 and ASCII are Windows-1252 (its C1 quotes and dashes), ISO-8859-9 is
# Windows-1254, TIS-620 is Windows-874.
_WHATWG_GROUPS = {
    "cp1252": ["ansi_x3.4-1968", "ascii", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
               "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "latin-1", "us-ascii",
               "x-cp1252"],
    "cp1254": ["csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9",
               "iso_8859-9:1989", "l5", "latin5", "x-cp1254"],
    "cp874": ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "x-cp874"],
    "cp932": ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis",
              "shift_jisx0213", "x-ms-cp932"],
    "cp949": ["cseuckr", "csksc56011987", "euc-kr", "euckr", "iso-ir-149", "korean", "ks_c_5601-1987",
              "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949", "x-windows-949", "uhc"],
    "gb18030": ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58",
                "x-gbk", "euc-cn", "x-euc-cn", "cp936", "windows-936"],
    "big5hkscs": ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"],
    "koi8-u": ["koi8-ru"],
}
WHATWG_LABELS = {label: codec for codec, labels in _WHATWG_GROUPS.items() for label in labels}
# A detector's guess is a label too: charset-normalizer names the smallest table that read the
# sample ('shift_jis', 'euc_kr', 'gb2312', 'big5'); the file goes through its superset.
_DETECTED_SUPERSET = {"shift_jis": "cp932", "euc_kr": "cp949", "gb2312": "gb18030", "gbk": "gb18030",
                      "big5": "big5hkscs", "cp936": "gb18030"}


def browser_codec(label: str) -> str:
    """The Python codec a browser would decode `label` with (WHATWG), or the label itself."""
    key = label.strip().lower()
    return WHATWG_LABELS.get(key) or WHATWG_LABELS.get(key.replace("_", "-")) or key


NEAR_TIE = 5.0  # percentage points of charset-normalizer's "chaos" within which cp1252 wins


class DecodeError(ValueError):
    """The bytes are not text we can read; the message is the reason shown to the user."""


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_zero = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_zero > 0.4 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.4 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _printable(sig: bytes) -> bool:
    """A signature that text may start with too ("MZ Wallace said…", "RIFF raff", "ID3 tags"):
    it counts only with binary bytes behind it. %PDF is taken as it stands."""
    return sig != b"%PDF" and all(32 <= b < 127 for b in sig)


def _binary_head(data: bytes) -> bool:
    return any(b < 9 or 13 < b < 32 for b in data[:1024])


def decode_bytes(data: bytes) -> tuple[str, str, bool]:
    """(text, encoding, lossy). Raises DecodeError with a human reason."""
    if not data.strip():
        raise DecodeError("empty file (no text)")
    for sig, what in _SIGNATURES.items():
        if data.startswith(sig) and (not _printable(sig) or _binary_head(data)):
            raise DecodeError(f"not a text file: it is {what}")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _normalise(data.decode(name, errors="replace")), name, False
    if b"\x00" not in data[:65536]:
        try:
            return _normalise(data.decode("utf-8")), "utf-8", False
        except UnicodeDecodeError:
            pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        return _normalise(text), utf16, "\ufffd" in text
    if b"\x00" in data[:65536]:
        raise DecodeError("not a text file: it contains NUL bytes (binary data)")
    from charset_normalizer import from_bytes  # a last resort: most files never need it

    matches = from_bytes(data[:1_000_000])
    best = matches.best()
    if best is not None:
        # On Western text the single-byte code pages come out nearly even: cp1250, cp1252, cp1257
        # and cp1258 read "ç" and "ñ" with the same scores and the first in the alphabet won
        # ("Redação" became "Redaçăo"), or a Baltic page won by a few points of "chaos" on a
        # short text. A near tie goes to Windows-1252, the legacy code page of most of the
        # world's news text and what browsers read Latin-1 and ASCII labels as; where cp1252 is
        # no candidate at all (Czech, Polish: bytes it cannot read sensibly) nothing changes.
        best = cp1252_tie(matches, best, data)
    if best is None or best.encoding is None:
        raise DecodeError("cannot tell the text encoding (no BOM, not UTF-8, detection failed)")
    encoding = _DETECTED_SUPERSET.get(best.encoding, best.encoding)
    text = data.decode(encoding, errors="replace")
    if encoding != "cp1252" and encoding in _WESTERN_LOOKALIKES and _same_as_cp1252(data, text):
        # A Latin-1 German or French file uses only letters every Western page reads alike, and
        # the detector names whichever it meets first (cp1250 for "äöüß»«"): the text is the
        # same, so the record names Windows-1252, the page such a file was most likely written in.
        encoding = "cp1252"
    return _normalise(text), encoding, "\ufffd" in text


# Other regions' single-byte pages that read most Western letters as Windows-1252 does (Central
# European, Nordic, Celtic, Baltic, Vietnamese): a file using only those letters is not theirs
# more than cp1252's. (Latin-1 and Latin-9 are Western pages themselves: their names stand.)
_WESTERN_LOOKALIKES = {"cp1250", "cp1257", "cp1258", "iso8859_2", "iso8859_4", "iso8859_10", "iso8859_13",
                       "iso8859_14"}


def cp1252_tie(matches: Any, best: Any, data: bytes) -> Any:
    """The detector's pick, or Windows-1252 where it ties (see decode_bytes)."""
    tied = [m for m in matches if m.encoding == "cp1252" and m.percent_chaos <= best.percent_chaos + NEAR_TIE
            and m.percent_coherence >= best.percent_coherence]
    if not tied and best.encoding in _DOS_PAGES and _CP1252_PUNCTUATION.search(data[:1_000_000]):
        # A DOS page reads a Windows file's curly apostrophe ('it\x92s') as a letter ('itĺs')
        # and so scores more "coherent"; cp1252's quotes and dashes between letters and
        # spaces say Windows, whatever the coherence.
        tied = [m for m in matches if m.encoding == "cp1252" and m.percent_chaos <= best.percent_chaos + NEAR_TIE]
    return tied[0] if tied else best


# MS-DOS (OEM) code pages: the detector ranks them by letter statistics alone.
_DOS_PAGES = {"cp437", "cp775", "cp850", "cp852", "cp855", "cp857", "cp858", "cp860", "cp861", "cp862", "cp863",
              "cp865", "cp866"}
# Windows-1252's apostrophe between letters ('it\x92s'), its dashes between spaces and its
# opening quotes before a letter.
_CP1252_PUNCTUATION = re.compile(rb"[A-Za-z]\x92[a-z]|\s[\x96\x97]\s|[\x91\x93][A-Za-z]")


def _same_as_cp1252(data: bytes, text: str) -> bool:
    try:
        return data.decode("cp1252") == text
    except UnicodeDecodeError:
        return False


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(sources: Iterable[Source]) -> Iterator[DecodedSource | Rejection]:
    for src in sources:
        try:
            text, encoding, lossy = decode_bytes(src.data)
        except DecodeError as exc:
            yield Rejection(src.path, str(exc))
            continue
        yield DecodedSource(src, text, encoding, lossy)
