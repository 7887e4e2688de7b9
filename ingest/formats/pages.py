"""Text extracted from a PDF (pdftotext and the like): page furniture and hyphenated line ends.

Such text marks each page break with a form feed. What stands at the edges of most pages in
the same shape ('MEDIAWATCH … | Client: X' on top, 'Page 3 of 7' and a licence line at the
foot, digits aside) is the page's furniture, not the article it interrupts mid-sentence; and
a word split at a line end ('termi-' / 'nal') is one word again, unless the document writes
it with its hyphen elsewhere ('long-' / 'awaited' where 'long-awaited' occurs).
Line numbers are kept: removed lines become blank, a rejoined word moves to the upper line.
"""

from __future__ import annotations

import re
from collections import Counter

PAGE_BREAK = "\f"
TOP_LINES = 2  # running header lines at the top of a page
FOOT_LINES = 3  # page number, licence or confidentiality lines at its foot
_DIGITS = re.compile(r"\d+")
_SPLIT_END = re.compile(r"(\w*[^\W\d_])-$")  # a line ending in a word broken at a hyphen
_NEXT_WORD = re.compile(r"^(\s*)([^\W\d_]\S*)(.*)$", re.S)  # the word with its punctuation


def _shape(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.replace(PAGE_BREAK, " ").split()))


def _page_edges(raw: list[str]) -> list[list[int]]:
    """Per page, the indices of its first TOP_LINES and last FOOT_LINES non-blank lines."""
    starts = [0] + [i for i, line in enumerate(raw) if i and PAGE_BREAK in line]
    pages: list[list[int]] = []
    for k, start in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(raw)
        filled = [i for i in range(start, stop) if raw[i].strip(" \t\f\r")]
        pages.append(sorted(set(filled[:TOP_LINES] + filled[-FOOT_LINES:])))
    return pages


def strip_page_furniture(raw: list[str]) -> list[str]:
    """The lines with page furniture blanked and split words rejoined (see module docstring);
    the list itself when the text has no page breaks."""
    if not any(PAGE_BREAK in line for line in raw):
        return raw
    pages = _page_edges(raw)
    if len(pages) < 2:
        return raw
    seen: Counter[str] = Counter()
    for edge in pages:
        seen.update({_shape(raw[i]) for i in edge})
    needed = max(2, (len(pages) + 1) // 2)  # on most pages, not a line two stories share
    out = list(raw)
    for edge in pages:
        for i in edge:
            if seen[_shape(raw[i])] >= needed:
                out[i] = ""
    return dehyphenate(out)


def dehyphenate(raw: list[str]) -> list[str]:
    """'termi-' / 'nal at Felixstowe' -> 'terminal' / 'at Felixstowe' (blank lines between the
    halves are skipped: a page break may fall inside a word)."""
    text = "\n".join(raw)
    out = list(raw)
    for i, line in enumerate(out):
        m = _SPLIT_END.search(line.rstrip())
        if m is None:
            continue
        j = i + 1
        while j < len(out) and not out[j].strip():
            j += 1
        if j >= len(out) or (nxt := _NEXT_WORD.match(out[j])) is None or not nxt.group(2)[0].islower():
            continue
        head, tail = m.group(1), nxt.group(2)
        word = _WORD_PART.match(tail)
        joined = head + ("-" if word and _written_whole(text, head, word.group(0)) else "") + tail
        out[i] = line.rstrip()[: -len(head) - 1] + joined
        out[j] = nxt.group(1) + nxt.group(3).lstrip()
    return out


_WORD_PART = re.compile(r"[\w'’]+")


def _written_whole(text: str, head: str, tail: str) -> bool:
    """Whether the document writes 'head-tail' with its hyphen on one line somewhere."""
    return re.search(rf"(?<!\w){re.escape(head)}-{re.escape(tail)}(?!\w)", text) is not None
