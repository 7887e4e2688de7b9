"""E-paper prints (PressReader and the like) and e-paper text exports: one issue as text, page by page.

Layout of a print:

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
blank lines, only by banners, rule lines and jump heads, so two stories never run together.

An e-paper *text export* frames a banner naming only the page between two rule lines and
states the paper and the issue date once, in its header (words in ingest/data/epaper.toml):

    Deccan Ledger e-Paper                         <- the paper, beside a service word
    City Edition | Tuesday, December 8, 2026      <- the issue date, on the edition's line
    ==========================
    Page 3 | Hyderabad                            <- the page (and its section)
    ==========================
    HEADLINE IN CAPITALS                          <- head lines: title, deck, byline, dateline
    Deck under it
    JANE ROE
    HYDERABAD
       The first paragraph, indented, its         <- the text: column lines hard-wrapped, each
    lines wrapped at the column width.               paragraph opened by an indent, no blank lines
    --------------------------                    <- a rule between two stories of one page

A story's head is every line above its first indented line; a desk credit (`STAFF REPORTER`)
is a byline crediting nobody; a jump line may carry arrows (`>> Continued on Page 7`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ingest.formats import epaper_banners as pages_of
from ingest.formats import plaintext
from ingest.formats.dbnames import credited_names
from ingest.formats.epaper_banners import CLOSING_RULE, banner, issue, sniff
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

_JUMP_HEAD = re.compile(r"\b(?:continued|cont\.?) from (?:page|p\.)\s*(?P<page>[A-Z]?\d{1,3})\W*$", re.I)
_JUMP = re.compile(
    r"^\W*(?:(?:continued|cont\.?|continues) on|see|turn to) (?:page|p\.)\s*(?P<page>[A-Z]?\d{1,3})\W*$", re.I)
_SENTENCE_END = re.compile(r"[.!?…]['\"’”]?$")
_INDENT = re.compile(r"^(?: {2,}|\t)\S")
FOOTER_BLOCKS = 3  # blocks a page's footer may have


def _chunks(lines: list[str], lo: int, hi: int) -> tuple[list[list[list[int]]], int]:
    """The stories' parts of one page: runs of non-blank lines (as line indices) between lo
    and hi, grouped between the rule lines that separate stories; and how many rules there were."""
    chunks: list[list[list[int]]] = [[]]
    cur: list[int] = []
    rules = 0
    for i in range(lo, hi):
        s = lines[i]
        rule = s[:1] != "" and CLOSING_RULE.match(s) is not None
        if not s.strip() or rule:
            if cur:
                chunks[-1].append(cur)
                cur = []
            if rule:
                rules += 1
                chunks.append([])
        else:
            cur.append(i)
    if cur:
        chunks[-1].append(cur)
    return [c for c in chunks if c], rules


def _expand(lines: list[str], chunk: list[list[int]]) -> tuple[list[list[int]], int | None]:
    """A story's blocks with paragraphs told by their indent (an export's text has no blank
    lines): in the first block set that way, the lines above its first indented line become
    blocks of one line each (head lines), each paragraph a block. (blocks, number of head
    blocks: the blocks above the text) — None when no block is set that way, or when the
    story opens with text (no head)."""
    out: list[list[int]] = []
    head: int | None = None
    for b, block in enumerate(chunk):
        starts = [k for k, i in enumerate(block) if _INDENT.match(lines[i])]
        if not starts or len(starts) == len(block):  # no indents, or an indented block as a whole
            out.append(block)
            continue
        if head is None:  # every line above the first indented one is a head line
            out = [[i] for above in chunk[:b] for i in above] + [[i] for i in block[: starts[0]]]
            head = len(out)
        elif starts[0] > 0:
            out.append(block[: starts[0]])  # a paragraph going on from the block above
        out.extend(block[s : (starts[k + 1] if k + 1 < len(starts) else len(block))] for k, s in enumerate(starts))
    return out, head or None


def _blocks(lines: list[str], lo: int, hi: int) -> list[list[int]]:
    """Runs of non-blank lines (as line indices) between lo and hi (the page reader's too)."""
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


def _credit(text: str, ctx: ParseContext) -> list[str] | None:
    """A story's byline under its title: the names (each in full: a one-word line is a
    dateline's place, 'HYDERABAD'), [] for a desk credit ('STAFF REPORTER'), else None."""
    names = _byline(text, ctx)
    if names is not None:
        return names if all(len(n.split()) >= 2 for n in names) else None
    if len(text.split()) > 8 or _SENTENCE_END.search(text):
        return None
    return [] if ctx.bylines.byline("By " + text.split(" | ")[0]) == [] else None


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


__all__ = ["banner", "issue", "parse", "sniff"]


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One candidate per story; jumps joined to the story they continue (see module docstring)."""
    path = decoded.source.path
    lines = decoded.text.split("\n")
    marks = pages_of.marks(lines)
    if not marks:  # no page banner after all: the plain-text reader's file
        yield from plaintext.parse(decoded, ctx)
        return
    end = pages_of.closing(lines, marks[-1].below)
    pages: list[list[list[list[int]]]] = []
    rules = 0
    for n, mark in enumerate(marks):
        chunks, found = _chunks(lines, mark.below, marks[n + 1].top if n + 1 < len(marks) else end)
        pages.append(chunks)
        rules += found
    footer = _footer(lines, [chunks[-1] for chunks in pages if chunks])
    before = sum(1 for i in range(marks[0].top) if lines[i].strip())
    if before:
        yield Rejection(path, "e-paper print header (masthead, print date), not an article",
                        f"lines 1-{marks[0].top}", before)
    if footer:
        yield Rejection(path, "e-paper footer repeated after every page", "", len(footer))
    if rules:
        yield Rejection(path, "e-paper rule between stories", "", rules)
    notice = sum(1 for i in range(end, len(lines)) if lines[i].strip())
    if notice:
        yield Rejection(path, "e-paper print notice at the end", f"lines {end + 1}-{len(lines)}", notice)
    paper, issued = issue(lines[: marks[0].top])
    stories: list[Candidate] = []
    jumped: dict[str, Candidate] = {}  # page -> story that jumps there
    for mark, chunks in zip(marks, pages, strict=True):
        for c, chunk in enumerate(chunks):
            blocks, head = _expand(lines, chunk)
            if not blocks:
                continue
            j = _jump_head(lines, blocks)
            if j is not None and stories:
                story = jumped.get(mark.page) or stories[-1]
                story.header_lines.update(i + 1 for b in blocks[: j + 1] for i in b)
                _append(story, lines, blocks[j + 1 :], jumped)
                story.end_line = max(story.end_line, blocks[-1][-1] + 1)
                continue
            at = mark.line if c == 0 else blocks[0][0]
            outlet = mark.outlet or paper
            stories.append(_story(path, lines, at, blocks, (ctx.outlets.canonical(outlet) if outlet else None,
                                                            mark.date or issued), ctx, jumped, head))
    for position, story in enumerate(stories):
        story.position = position
        story.raw_text = "\n".join(lines[story.start_line - 1 : story.end_line])
        yield story


def _jump_head(lines: list[str], blocks: list[list[int]]) -> int | None:
    """The block holding a jump head ('BUDGET GAP — Continued from Page 1'), on the story's
    first line or under a short jump headline ('METRO PHASE II' / '>> Continued from Page 1')."""
    for k in range(min(2, len(blocks))):
        if len(blocks[k]) != 1:
            return None
        if _JUMP_HEAD.search(normalize_spaces(lines[blocks[k][0]])):
            return k
    return None


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
    path: str, lines: list[str], at: int, blocks: list[list[int]], stated: tuple[str | None, dt.date | None],
    ctx: ParseContext, jumped: dict[str, Candidate], head: int | None = None,
) -> Candidate:
    """A story from its blocks: label, title, deck, byline, then the text. `head`: how many
    blocks are head lines, when the text's indents tell (_expand)."""
    first = 0
    if len(blocks) > 2 and len(blocks[0]) == 1 and _is_label(normalize_spaces(lines[blocks[0][0]])):
        second = normalize_spaces(lines[blocks[1][0]])
        if head is None or (head > 2 and second.isupper() and _credit(second, ctx) is None):
            first = 1  # (over an export's head lines, a label stands over a title in capitals, not a deck)
    title = " ".join(normalize_spaces(lines[i]) for i in blocks[first])
    authors: list[str] = []
    body_from = first + 1
    for k in range(first + 1, head if head is not None else min(first + 4, len(blocks))):
        if len(blocks[k]) == 1 and (names := _credit(normalize_spaces(lines[blocks[k][0]]), ctx)) is not None:
            authors, body_from = names, k + 1
            break
    if head is not None:
        body_from = max(head, first + 1)
    cand = Candidate(
        source_path=path, position=0, start_line=at + 1, end_line=blocks[-1][-1] + 1,
        raw_text="", body_lines=[], title=title or None, outlet=stated[0], authors=authors, published_on=stated[1],
    )
    cand.header_lines = {at + 1} | {i + 1 for b in blocks[:body_from] for i in b}
    _append(cand, lines, blocks[body_from:], jumped)
    return cand
