"""Documents (DOCX, RTF, PDF, Excel workbooks) converted to plain text before any format is sniffed.

News databases deliver their exports as documents as often as text: Nexis Uni downloads
DOCX by default and offers RTF, Factiva and ProQuest offer RTF, and researchers keep
clippings files in Word. The text inside is the same layout as the databases' text exports
("End of Document", "Load-Date:", Factiva's field codes), so a document is converted once, here,
and then read by the same sniffing and readers as a .txt file.

The conversion defines the file's lines: one line per paragraph (a table row is one line, its
cells joined by " | "; a line break inside a paragraph a line of its own, which in RTF cannot be
told from a paragraph end), and an empty paragraph a blank line, which is how the databases'
text exports come out of the same documents. Word sets paragraphs apart by spacing, not by empty
paragraphs, so a long paragraph (longer than any hard-wrapped line, SET_APART) also gets a
blank line before and after it: the plain-text readers take a blank line as a paragraph's end,
and must not mistake consecutive body paragraphs for one wrapped block. Short paragraphs stay on
consecutive lines, as a header's fields do in a text export. Copies of a converted document give
their lines in this text (`newsarchive show` prints it), and the source's recorded encoding
names the conversion ("docx", "rtf").

The libraries: python-docx for DOCX (it reads the body in document order; ingest only asks it
for paragraph and table text), striprtf for RTF (it follows the code page the file declares,
\\uN escapes and skips the font, colour, style and picture groups). PDF (ingest/pdftext.py,
pdfminer.six) becomes pdftotext-shaped text, pages split by form feeds; an Excel workbook
(ingest/sheets.py, openpyxl) becomes the CSV text the table reader reads.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from ingest.decode import DecodeError

_RTF_MAGIC = b"{\\rtf"
_PDF_MAGIC = b"%PDF-"
_DOCX_PART = "word/document.xml"
_XLSX_PART = "xl/workbook.xml"  # .xlsx and .xlsm (macros are never run: openpyxl reads the cells)
_XLSB_PART = "xl/workbook.bin"  # Excel's binary workbook: no well-kept pure-Python reader
SET_APART = 100  # characters: no hard-wrapped text has longer lines (plain-text wraps run 60-80)
MAX_DOCUMENT_PARTS = 10_000  # a real .docx has dozens of parts; more is a zip made to look like one
# What its parts may expand to. zipfile stops every part at the size its entry declares, so the
# declared sizes are a bound to check before python-docx inflates anything (a zip bomb in .docx
# clothing); a news export of thousands of documents stays far below it.
MAX_DOCUMENT_BYTES = 512 << 20


def document_kind(data: bytes) -> str | None:
    """'docx', 'rtf', 'pdf', 'xlsx' or 'xlsb' when `data` is such a document, else None. From the
    bytes, not the name."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(_RTF_MAGIC):
        return "rtf"
    if data.startswith(_PDF_MAGIC):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, OSError, EOFError, ValueError):
            return None  # not readable as a zip: the bundle reader says why
        if "[Content_Types].xml" in names:
            for part, kind in ((_DOCX_PART, "docx"), (_XLSX_PART, "xlsx"), (_XLSB_PART, "xlsb")):
                if part in names:
                    return kind
    return None


def to_text(kind: str, data: bytes) -> str:
    """The document's text (see the module docstring for its lines). Raises DecodeError."""
    if kind == "rtf":
        return _rtf_text(data)
    if kind == "docx":
        return _docx_text(data)
    if kind == "pdf":
        from ingest.pdftext import pdf_text

        return pdf_text(data)
    if kind == "xlsx":
        from ingest.sheets import workbook_text

        _check_zip(data, "Excel workbook")
        return workbook_text(data)
    if kind == "xlsb":
        raise DecodeError("an Excel binary workbook (.xlsb) is not read: save it as .xlsx or CSV first")
    raise ValueError(f"not a document kind: {kind}")


def _rtf_text(data: bytes) -> str:
    from striprtf.striprtf import rtf_to_text  # loaded only for an RTF file

    # RTF is 7-bit: any other byte is text in the declared code page, which striprtf applies to
    # \'hh escapes; Latin-1 maps every byte one-to-one, so nothing is lost on the way in.
    try:
        text: str = rtf_to_text(data.decode("latin-1"), errors="replace")  # type: ignore[no-untyped-call]
    except MemoryError:
        raise
    except Exception as exc:
        # striprtf reads control words with no checks of its own: a malformed one fails as
        # ValueError, IndexError, LookupError, OverflowError (a \\u escape past the last code
        # point, handed to chr()) or TypeError (\\uc with no number), all found by the decode
        # fuzz harness. Whatever it raises, the file is an RTF document this reader cannot read.
        raise DecodeError(f"unreadable RTF document ({type(exc).__name__}: {exc})") from exc
    return _spaced([line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")])


def _docx_text(data: bytes) -> str:
    import docx  # python-docx, loaded only for a .docx file
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        _check_zip(data, "Word document")
        document = docx.Document(io.BytesIO(data))
    except DecodeError:
        raise
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors on broken parts
        raise DecodeError(f"unreadable Word document ({type(exc).__name__}: {exc})") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            if _page_break(block) or _heading(block):
                # a new page (Nexis Uni starts every document on one) or a Word heading (a
                # clippings compilation's 'Heading 1' headlines): a block ends, the next begins
                lines.append("")
            lines.extend(block.text.split("\n"))
            if _prose_end(block.text):
                lines.append("")  # a sentence ends the paragraph: the next one is not its wrapped line
        elif isinstance(block, Table):
            for row in block.rows:
                cells = _unique_cells(cell.text for cell in row.cells)
                lines.append(" | ".join(c.replace("\n", " ").strip() for c in cells))
    return _spaced(lines)


def _check_zip(data: bytes, what: str) -> None:
    """Refuse a zip whose parts are too many or would expand past MAX_DOCUMENT_BYTES (a zip bomb
    in a document's clothing), before any part is inflated."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            parts = zf.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise DecodeError(f"unreadable {what} ({exc})") from exc
    if len(parts) > MAX_DOCUMENT_PARTS:
        raise DecodeError(f"not a {what}: a zip of {len(parts)} parts")
    if (size := sum(p.file_size for p in parts)) > MAX_DOCUMENT_BYTES:
        raise DecodeError(f"{what} expands to {size >> 20} MB, over the {MAX_DOCUMENT_BYTES >> 20} MB limit")


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _page_break(paragraph: Any) -> bool:
    """The paragraph starts a new page: a page break in it or 'page break before' set on it."""
    el = paragraph._p  # python-docx's lxml element: page breaks have no API of their own
    for br in el.iter(f"{_W}br"):
        if br.get(f"{_W}type") == "page":
            return True
    ppr = el.find(f"{_W}pPr")
    flag = ppr.find(f"{_W}pageBreakBefore") if ppr is not None else None
    return flag is not None and flag.get(f"{_W}val", "true") not in ("0", "false")


def _heading(paragraph: Any) -> bool:
    """The paragraph has one of Word's heading styles ('Heading 1'..'Heading 9', 'Title'): it opens a
    block even without an empty paragraph above it, as Word sets headings apart by spacing alone."""
    try:
        name = paragraph.style.name if paragraph.style is not None else ""
    except (KeyError, ValueError, AttributeError):  # a style id the styles part does not define
        return False
    return bool(name) and (name == "Title" or name.startswith("Heading "))


PROSE_WORDS = 6  # a paragraph ending a sentence with this many words or more is prose, not a header field
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")


def _prose_end(text: str) -> bool:
    """A short Word paragraph that is a sentence (a story's closing line, a licence note under a
    clipping): it ends in sentence punctuation and has PROSE_WORDS words or more. Set apart like a
    long paragraph (SET_APART), so the plain-text readers do not join it to the next paragraph."""
    s = text.strip()
    return len(s) <= SET_APART and "\n" not in s and bool(_SENTENCE_END.search(s)) and len(s.split()) >= PROSE_WORDS


def _unique_cells(cells: object) -> list[str]:
    """A merged cell is reported once per grid column it spans: keep it once."""
    out: list[str] = []
    for c in cells:  # type: ignore[attr-defined]
        if not out or c != out[-1]:
            out.append(c)
    return out


def _spaced(lines: list[str]) -> str:
    """Long paragraphs set apart by blank lines (SET_APART); at most one blank line in a row and
    none at the start or end: paragraph breaks, not layout."""
    out: list[str] = []
    for line in lines:
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        long = len(line) > SET_APART
        if long and out and out[-1] != "":
            out.append("")
        out.append(line)
        if long:
            out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


__all__ = ["document_kind", "to_text"]
