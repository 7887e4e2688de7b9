"""PDF documents (database downloads, clipping reports, e-paper pages) as pdftotext-shaped text.

The readers already know what pdftotext writes (docs/formats.md, "newspaper pages as PDF text"
and Factiva's PDF print): a form feed between pages, text blocks set apart by a blank line,
columns one after the other, running heads and hyphenated line ends left as printed. This
module writes that shape, so a PDF is then sniffed and read like its text.

The library is pdfminer.six, chosen over pypdf on PDFs generated from this repository's dumps
(tests/formats/test_pdf_xlsx.py builds them): pypdf writes the text in content-stream order with
no blank lines, so paragraph ends vanish (every reader takes a blank line as a block's end) and
a page written line by line across two columns comes out with the columns interleaved;
pdfminer's layout analysis groups lines into blocks by their position (a blank line between
blocks, as pdftotext) and gives each column as its own blocks whatever the stream order. It is
slower (generated pages ~20 ms against ~3 ms; a real 36-page manual 2.0 s against 0.8 s, peak
RSS 40 MB), which a file-at-a-time ingester can afford.

A block is meant to be a paragraph, so pdfminer's boxes are corrected where they are not one:
split where the type size changes (a headline set close above its text), joined where they cut
a paragraph (a web page's wide leading makes a box of every line; a column or a larger inline
span breaks a paragraph: ingest/pdflayout.py, which measures the whole document first, so the
pages are laid out before any is written), and a wide block holding several paragraphs set
without spacing is cut at an indented line or a line ending a sentence short of the column. A
paragraph that goes on over a page break stays two blocks here (the page's furniture stands
between them until a reader has found it): the cleaner joins them (ingest/pagebreaks.py).

Guards, each a DecodeError naming the reason: an encrypted PDF that needs a password (an empty
user password, the usual "no copying" protection, is tried and read), a file pdfminer cannot
parse, more than MAX_PAGES pages or more than MAX_PAGE_CHARS characters on one page (layout
analysis is superlinear in a page's characters: a hostile page must not take hours), and a PDF
whose pages hold no text at all: a scan, which needs OCR first.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
from typing import Any

from ingest.decode import DecodeError
from ingest.pdflayout import Group, Line, Measures, indented, line_of, regrouped, same_size, stops_short

MAX_PAGES = 5_000  # a Nexis or Factiva download of 500 documents prints to ~1,500 pages
MAX_PAGE_CHARS = 200_000  # a dense broadsheet page holds ~40,000 characters
UNWRAP_WIDTH = 80  # CleanConfig.unwrap_max_width: narrower blocks are left to the cleaner (_wide_prose)
NO_TEXT = "no text layer (a scanned PDF: OCR it first)"
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})


def pdf_text(data: bytes) -> str:
    """The PDF's text, page by page with a form feed before every page but the first."""
    from pdfminer.converter import PDFPageAggregator  # loaded only for a PDF
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    class CappedAggregator(PDFPageAggregator):
        """Stops a page at MAX_PAGE_CHARS characters, before layout analysis would run on them."""

        chars = 0

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            self.chars += 1
            if self.chars > MAX_PAGE_CHARS:
                raise DecodeError(f"a PDF page with more than {MAX_PAGE_CHARS:,} characters: not a news page")
            advance: float = super().render_char(*args, **kwargs)
            return advance

    # pdfminer logs what it recovers from (a missing font width, a bad colour operand) as warnings,
    # which Python prints to stderr when no handler is set: a run's output would fill with them.
    # What it cannot recover from is raised, and becomes the file's one failure line below.
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
        manager = PDFResourceManager(caching=True)
        # all_texts: e-paper producers put whole pages inside form XObjects (figures to pdfminer).
        device = CappedAggregator(manager, laparams=LAParams(all_texts=True))
        interpreter = PDFPageInterpreter(manager, device)
        laid: list[Page] = []
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            if number > MAX_PAGES:
                raise DecodeError(f"a PDF of more than {MAX_PAGES:,} pages: split it first")
            device.chars = 0
            interpreter.process_page(page)
            laid.append(_page_groups(device.get_result()))
    except DecodeError:
        raise
    except PDFPasswordIncorrect as exc:
        raise DecodeError("encrypted PDF: it needs a password (save a decrypted copy first, "
                          "e.g. qpdf --decrypt --password=… in.pdf out.pdf)") from exc
    except Exception as exc:  # pdfminer raises PSEOF, PDFSyntaxError, KeyError, TypeError … on broken files
        raise DecodeError(f"unreadable PDF document ({type(exc).__name__}: {exc})".replace("\n", " ")) from exc
    # The columns' measures and the leading are the whole document's: a page may hold only the
    # last two lines of a paragraph, too few to show how wide its column is.
    measures = Measures([[group for _, group in groups] for _, groups in laid])
    pages = [_page_text(page, measures) for page in laid]
    if not any(p.strip() for p in pages):
        raise DecodeError(NO_TEXT if pages else "unreadable PDF document (no pages)")
    return "\f".join(pages)


Page = tuple[int, list[tuple[int, Group]]]  # the number of pdfminer boxes; the groups, each with its box's number


def _page_groups(layout: Any) -> Page:
    """The page's lines in pdfminer's boxes, in its reading order, each box split where the type
    size changes (_by_size)."""
    from pdfminer.layout import LTFigure, LTTextBox

    def boxes(container: Any) -> list[Any]:
        out: list[Any] = []
        for item in container:
            if isinstance(item, LTTextBox):
                out.append(item)
            elif isinstance(item, LTFigure):
                out.extend(boxes(item))
        return out

    found = boxes(layout)
    return len(found), [(number, group) for number, box in enumerate(found) for group in _by_size(box)]


def _page_text(page: Page, measures: Measures) -> str:
    """The page's text blocks in reading order, a blank line between two blocks, a box that
    goes on with the paragraph of the one before joined to it (ingest/pdflayout.py)."""
    count, groups = page
    blocks: list[str] = []
    for number, group in regrouped(groups, measures):
        if number in (0, count - 1) and len(group) == 1 and (m := _TITLE_AND_URL.match(group[0].text.strip())):
            blocks.extend(m.groups())  # a browser print's header: the page title, then its URL
            continue
        kept = [(line, text) for line in group if (text := line.text.rstrip().translate(_LIGATURES)).strip()]
        if kept:
            blocks.append("\n".join(_wide_paragraphs(kept, measures)))
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _wide_paragraphs(kept: list[tuple[Line, str]], measures: Measures) -> list[str]:
    """A block's lines, each wide paragraph in it (_wide_prose) as one line. pdfminer keeps
    paragraphs set without spacing in one box: one ends inside it before an indented line, or
    after a line ending a sentence short of the column (the next line's first word would have
    fitted after it, in points and in characters, for a block may have been wrapped at a count
    of characters), as the cleaner cuts a narrow block (clean._breaks)."""
    texts = [text for _, text in kept]
    if len(texts) < 2 or max(len(text) for text in texts[:-1]) <= UNWRAP_WIDTH:
        return texts  # the cleaner's to join (or a line alone)
    widest = max(len(text) for text in texts[:-1])
    runs: list[list[str]] = [[]]
    for (line, text), (after, following) in itertools.pairwise(kept):
        runs[-1].append(text)
        if indented(line, after) or (stops_short(line, after, measures)
                                     and len(text) + 1 + len(following.split()[0]) <= widest):
            runs.append([])
    runs[-1].append(texts[-1])
    out: list[str] = []
    for run in runs:
        if _wide_prose(run):
            out.append(_joined(run))
        else:
            out.extend(run)
    return out


# Firefox prints the page's title at the top left and its address at the top right, on one
# baseline and close enough for pdfminer to read one line; a long title leaves no wider gap than a
# space, so the split is by shape: text, a space, then a URL ending the line.
_TITLE_AND_URL = re.compile(r"^(\S.{8,}?\S)\s+(https?://[^\s/]+\.[^\s/]+/\S*)$")


def _by_size(box: Any) -> list[Group]:
    """The box's lines, in runs of one type size. pdfminer groups lines by position only, so
    a headline set close above its deck or its first paragraph comes as one box; a change of
    type size (SIZE_STEP) is where one of them ends and the next begins, as a blank line would
    be in pdftotext's text."""
    groups: list[Group] = []
    last = 0.0
    for item in box:
        line = line_of(item)
        if not groups or (line.size and last and not same_size(line.size, last)):
            groups.append([])
        groups[-1].append(line)
        last = line.size or last
    return groups


def _wide_prose(lines: list[str]) -> bool:
    """A block set as one paragraph across a wide page (a database download, a clipping report,
    a browser's print): two lines or more, the longest but the last wider than UNWRAP_WIDTH, all
    but the last of similar length. Such a block is one line of text, as a Word paragraph is
    (ingest/documents.py): the cleaner re-joins wrapped lines only when none is wider than its
    unwrap width (80), made for newspaper columns and e-mail, which stay as printed here. (A
    block whose lines straddle 80 characters, 87 then 78, is neither's to join otherwise: the
    cleaner would make each line a paragraph.)"""
    if len(lines) < 2:
        return False
    heads = [len(line) for line in lines[:-1]]
    return max(heads) > UNWRAP_WIDTH and min(heads) >= 0.7 * max(heads)


def _joined(lines: list[str]) -> str:
    """A wide paragraph's lines as one line. A line ending in a hyphen after a letter joins the
    next without a space, the hyphen kept: databases set text ragged right, so such a break is
    a compound's own hyphen ('long-' / 'awaited') far more often than a split word."""
    out = ""
    for line in (ln.strip() for ln in lines):
        glue = "" if not out or (out.endswith("-") and out[-2:-1].isalpha() and line[:1].isalpha()) else " "
        out += glue + line
    return out


__all__ = ["MAX_PAGES", "MAX_PAGE_CHARS", "NO_TEXT", "pdf_text"]
