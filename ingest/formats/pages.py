"""Text extracted from a PDF (pdftotext and the like): page furniture and hyphenated line ends.

Such text marks each page break with a form feed. What stands at the edges of most pages in
the same shape ('MEDIAWATCH … | Client: X' on top, 'Page 3 of 7' and a licence line at the
foot, digits aside) is the page's furniture, not the article it interrupts mid-sentence; and
a word split at a line end ('termi-' / 'nal') is one word again, unless the document writes
it with its hyphen elsewhere ('long-' / 'awaited' where 'long-awaited' occurs).
Line numbers are kept: removed lines become blank, a rejoined word moves to the upper line.

A browser's "Save as PDF" of a web page prints the page's title ('Headline | Site') and address
in those running lines; browser_print reads them back for the one article such a file holds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ingest.records import Candidate

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


# Between a page's title and the site's name in a browser's print header ('Headline - Site',
# 'Headline | Site', 'Headline – Site').
_SITE_SEP = re.compile(r"^\s+[-|–—·]\s+(\S.*)$")
_BARE_URL = re.compile(r"^https?://[^\s/]+/[^\s/]\S*$")  # a page's address, not a site's home page


def print_heads(orig: list[str], raw: list[str]) -> tuple[list[str], str | None]:
    """What a browser's "Save as PDF" prints in its running header and footer, which
    strip_page_furniture blanked: the page's titles ('Headline | Site') and its address, the only
    URL standing alone among those lines (None when there is none or more than one)."""
    heads: set[str] = set()
    urls: set[str] = set()
    for i, line in enumerate(orig):
        if raw[i] or not (s := " ".join(line.replace(PAGE_BREAK, " ").split())):
            continue
        if _BARE_URL.match(s):
            urls.add(s)
        elif len(s.split()) >= 3:
            heads.add(s)
    return sorted(heads), (urls.pop() if len(urls) == 1 else None)


def headline_from_head(title: str, outlet: str | None, heads: list[str]) -> tuple[str, str | None] | None:
    """(headline, site) when a print header 'Headline - Site' shows where the headline read from
    the page ends: a headline wrapped over two lines may be read as a title line over an outlet
    line ('Water taxi pitched for Harlan' / 'Street Bridge closure'), and the header joins them."""
    for head in heads:
        if not head.startswith(title):
            continue
        rest = head[len(title) :]
        if outlet and rest.startswith(" " + outlet) and (m := _SITE_SEP.match(rest[len(outlet) + 1 :])):
            return f"{title} {outlet}", m.group(1)
        if m := _SITE_SEP.match(rest):
            return title, m.group(1)
    return None


def browser_print(cands: list[Candidate], orig: list[str], raw: list[str],
                  canonical: Callable[[str | None], str | None]) -> None:
    """A web page printed to PDF by a browser: its running header names the page ('Headline |
    Site') and its header or footer gives the page's address. Page furniture, blanked; but the
    address is the article's own when the file holds one article, and the title line settles
    where a wrapped headline ends and which site published it."""
    if len(cands) != 1:
        return
    heads, url = print_heads(orig, raw)
    cand = cands[0]
    if url is not None and cand.url is None:
        cand.url = url
    if cand.title and (found := headline_from_head(cand.title, cand.outlet, heads)) is not None:
        joined = found[0] != cand.title  # the 'outlet' line was the headline's second line
        cand.title = found[0]
        if joined or cand.outlet is None:
            cand.outlet = canonical(found[1])
