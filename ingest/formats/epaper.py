"""E-paper prints (PressReader and the like): one issue printed as text, page by page.

Layout:

    ═══ The Paper · 16 Apr 2025 · Page 3 ═══      <- page banner: outlet, date, page
    SECTION                                       <- optional section label (one caps word or two)
    Title                                         <- the first block after the banner
    Deck: a subhead under the title               <- blocks between title and byline (not body)
    JANE ROE Education Correspondent              <- byline (names, job title glued or after '|')
    [Column 1]                                    <- column markers (cleaning drops them)
    Paragraphs ...
    Continued on Page 4                           <- a jump: the story goes on under a later banner
    ═══ The Paper · 16 Apr 2025 · Page 4 ═══
    BUDGET GAP — Continued from Page 1            <- the jump head: this page continues that story
    Paragraphs ...
    Printed and distributed by …                  <- a footer repeated after every story

The banner, not the print's own header ("Printed from … · 2 May 2025", a print date), gives
the outlet and the date. A block that ends two or more pages identically is the print
service's footer, not text: it is counted and left out. Stories are never split or joined by
blank lines, only by banners and jump heads, so two stories never run together.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ingest.dates import find_date
from ingest.formats import plaintext
from ingest.formats.dbnames import credited_names
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

_RULE = "═=━─_*#~-"
_BANNER = re.compile(rf"^\s*[{_RULE}]{{3,}}\s*(?P<inner>\S.*?\S)\s*[{_RULE}]{{3,}}\s*$")
_PAGE = re.compile(r"\b(?:page|p\.)\s*(?P<page>[A-Z]?\d{1,3})\b", re.I)
_PARTS = re.compile(r"\s+[·|•—–]\s+|\s+-\s+")
_JUMP_HEAD = re.compile(r"\b(?:continued|cont\.?) from (?:page|p\.)\s*(?P<page>[A-Z]?\d{1,3})\W*$", re.I)
_JUMP = re.compile(
    r"^(?:(?:continued|cont\.?|continues) on|see|turn to) (?:page|p\.)\s*(?P<page>[A-Z]?\d{1,3})\W*$", re.I)
_CLOSING_RULE = re.compile(rf"^\s*[{_RULE}]{{10,}}\s*$")
_SENTENCE_END = re.compile(r"[.!?…]['\"’”]?$")
FOOTER_BLOCKS = 3  # blocks a page's footer may have


def banner(line: str) -> tuple[str | None, dt.date | None, str] | None:
    """(outlet, date, page) of a page banner line, else None."""
    if "age" not in line and "p." not in line:  # cheap pre-check: every banner names its page
        return None
    m = _BANNER.match(line)
    if not m or not (page := _PAGE.search(m.group("inner"))):
        return None
    outlet = date = None
    for part in _PARTS.split(m.group("inner")):
        part = part.strip()
        found = find_date(part)
        if found and date is None:
            date = found[0]
        elif not _PAGE.fullmatch(part) and outlet is None and part:
            outlet = part
    return outlet, date, page.group("page")


def sniff(text: str) -> bool:
    """Two or more page banners, one at least naming the paper or the issue date: an e-paper
    print. Banners that name a page and nothing else ('=== page 2 ===') only number the pages
    of a file of pasted web pages, each its own site's (the plain-text reader's file)."""
    count = 0
    named = False
    for line in text[:400_000].split("\n"):
        head = line.lstrip()[:1]
        if head and head in _RULE and (b := banner(line)):  # (an empty head is "in" every string)
            count += 1
            named = named or b[0] is not None or b[1] is not None
            if count >= 2 and named:
                return True
    return False


def _blocks(lines: list[str], lo: int, hi: int) -> list[list[int]]:
    """Runs of non-blank lines (as line indices) between lo and hi."""
    out: list[list[int]] = []
    cur: list[int] = []
    for i in range(lo, hi):
        if lines[i].strip():
            cur.append(i)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _byline(text: str, ctx: ParseContext) -> list[str] | None:
    """Names when a short line is a byline ('By X', 'JANE ROE Health Reporter', 'Jane Roe | Desk')."""
    if len(text.split()) > 8 or _SENTENCE_END.search(text):
        return None
    names = credited_names(text.split(" | ")[0], ctx.bylines)
    return names or None


def _is_label(text: str) -> bool:
    """A section label above the title: one to three words in capitals."""
    return len(text.split()) <= 3 and text.upper() == text and any(c.isalpha() for c in text)


def _footer(lines: list[str], sections: list[list[list[int]]]) -> set[int]:
    """Line indices of the last blocks of each page, while the block ending a page ends two or
    more pages: a print service's footer may be two blocks (a licence line, then 'Powered by …')."""
    out: set[int] = set()
    for _ in range(FOOTER_BLOCKS):
        tails: dict[str, int] = {}
        for blocks in sections:
            if blocks:
                key = "\n".join(normalize_spaces(lines[i]) for i in blocks[-1])
                tails[key] = tails.get(key, 0) + 1
        found = False
        for blocks in sections:
            if blocks and tails["\n".join(normalize_spaces(lines[i]) for i in blocks[-1])] >= 2:
                out.update(blocks.pop())
                found = True
        if not found:
            break
    return out


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One candidate per story; jumps joined to the story they continue (see module docstring)."""
    path = decoded.source.path
    lines = decoded.text.split("\n")
    marks = [(i, b) for i, line in enumerate(lines) if (b := banner(line))]
    if not marks:  # no page banner after all: the plain-text reader's file
        yield from plaintext.parse(decoded, ctx)
        return
    end = len(lines)
    for k in range(len(lines) - 1, marks[-1][0], -1):  # the print's closing rule and notice
        if _CLOSING_RULE.match(lines[k]):
            end = k
    sections = [_blocks(lines, i + 1, marks[n + 1][0] if n + 1 < len(marks) else end) for n, (i, _) in enumerate(marks)]
    footer = _footer(lines, sections)
    before = sum(1 for i in range(marks[0][0]) if lines[i].strip())
    if before:
        yield Rejection(path, "e-paper print header (masthead, print date), not an article",
                        f"lines 1-{marks[0][0]}", before)
    if footer:
        yield Rejection(path, "e-paper footer repeated after every page", "", len(footer))
    closing = sum(1 for i in range(end, len(lines)) if lines[i].strip())
    if closing:
        yield Rejection(path, "e-paper print notice at the end", f"lines {end + 1}-{len(lines)}", closing)
    stories: list[Candidate] = []
    jumped: dict[str, Candidate] = {}  # page -> story that jumps there
    for (at, (outlet, date, page)), blocks in zip(marks, sections, strict=True):
        if not blocks:
            continue
        head = normalize_spaces(lines[blocks[0][0]])
        jump = _JUMP_HEAD.search(head) if len(blocks[0]) == 1 else None
        if jump and stories:
            story = jumped.get(page) or stories[-1]
            story.header_lines.update(blocks[0])
            _append(story, lines, blocks[1:], jumped)
            story.end_line = blocks[-1][-1] + 1
            continue
        stories.append(_story(path, lines, at, blocks, outlet, date, ctx, jumped))
    for position, story in enumerate(stories):
        story.position = position
        story.raw_text = "\n".join(lines[story.start_line - 1 : story.end_line])
        yield story


def _append(story: Candidate, lines: list[str], blocks: list[list[int]], jumped: dict[str, Candidate]) -> None:
    for block in blocks:
        if story.body_lines:
            story.body_lines.append((block[0], ""))
        story.body_lines.extend((i + 1, lines[i]) for i in block)
        for i in block:
            m = _JUMP.match(normalize_spaces(lines[i]))
            if m:
                jumped[m.group("page")] = story


def _story(
    path: str, lines: list[str], at: int, blocks: list[list[int]], outlet: str | None, date: dt.date | None,
    ctx: ParseContext, jumped: dict[str, Candidate],
) -> Candidate:
    """A story from its page's blocks: label, title, deck, byline, then the text."""
    first = 0
    if len(blocks) > 2 and len(blocks[0]) == 1 and _is_label(normalize_spaces(lines[blocks[0][0]])):
        first = 1
    title = " ".join(normalize_spaces(lines[i]) for i in blocks[first])
    authors: list[str] = []
    body_from = first + 1
    for k in range(first + 1, min(first + 4, len(blocks))):
        if len(blocks[k]) == 1 and (names := _byline(normalize_spaces(lines[blocks[k][0]]), ctx)):
            authors, body_from = names, k + 1
            break
    cand = Candidate(
        source_path=path, position=0, start_line=at + 1, end_line=blocks[-1][-1] + 1,
        raw_text="", body_lines=[], title=title or None, outlet=ctx.outlets.canonical(outlet) if outlet else None,
        authors=authors, published_on=date,
    )
    cand.header_lines = {at + 1} | {i + 1 for b in blocks[:body_from] for i in b}
    _append(cand, lines, blocks[body_from:], jumped)
    return cand


