"""Newspaper pages extracted from a PDF (pdftotext): read page by page, story by story.

Layout (a form feed starts every page after the first):

    THE HARBOUR TIMES / Town · MONDAY, MAY 4, 2026 · $2     <- front page masthead (no running head)
    ^LA2 MONDAY, MAY 4, 2026 THE HARBOUR TIMES               <- running head: folio, date, paper
    NEWS                                                     <- section label (capitals, three words at most)
    Title                                                    <- a one-line block
    Deck                                                     <- optional one-line block
    JANE ROE / Times staff                                   <- optional byline block
    text lines, a blank line at each column break ...
    See PORT, A3                                             <- jump: the story goes on on page A3
    A long one-line caption. JOHN DOE/TIMES                  <- captions: one line wider than the columns
    INSIDE / Obituaries A9                                   <- boxes, ads, tables: a line in capitals
    PORT / From A1                                           <- jump head: this page continues that story
    harbourtimes.example                                     <- a block ending two or more pages (footer)

A running head is the first line of a page holding a date and a folio; what it says besides
(the paper's name) must repeat on two or more pages, as repeats.py learns furniture from
repetition. Its name is the outlet (an all-capitals name title-cased, a leading 'The' dropped),
its date every story's date. The front page's masthead block (it names the paper or prints the
issue date) is furniture. Hyphenated line ends are rejoined (pages.dehyphenate). A block of
text continues the story above it (a column break, a caption or box between); a new story
starts at a one-line title followed by a byline, a deck or text. Nothing is guessed: a story
with no byline has no authors, a desk credit ('Times staff') is no author.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter
from collections.abc import Iterator

from ingest.dates import find_date
from ingest.formats.epaper import _blocks, _byline, _footer, _is_label
from ingest.formats.pages import PAGE_BREAK, dehyphenate
from ingest.formats.plaintext import ParseContext
from ingest.outlets import outlet_key
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

_FOLIO_LEAD = re.compile(r"^(?:page\s+)?(?P<folio>[A-Z]?\d{1,3})\s+(?P<rest>\S.*)$", re.I)
_FOLIO_TAIL = re.compile(r"^(?P<rest>.*\S)\s+(?:page\s+)?(?P<folio>[A-Z]?\d{1,3})$", re.I)
_SEPARATORS = " ·|•—–-,"
_FOLIO = r"(?:page\s+|p\.\s*)?(?P<page>[A-Z]?\d{1,3})"
_JUMP_TO = re.compile(rf"^(?:see|continued on|cont\.? on|turn to)\b.{{0,30}}?\b{_FOLIO}\W*$", re.I)
_JUMP_FROM = re.compile(rf"^(?:continued |cont\.? )?from {_FOLIO}\W*$", re.I)
_SENTENCE_END = re.compile(r"[.!?…:]['\"’”)]?$")
_CAPS_WORDS = re.compile(r"^[^a-z]*[A-Z]{2,}[^a-z]*\s[^a-z]*[A-Z]{2,}[^a-z]*$")  # two words or more, no lower case
MAX_TITLE_WORDS = 20
MAX_TITLE_LINES = 3  # a headline set in a narrow column wraps over three lines at most
_CAPTION_CREDIT = re.compile(r"[a-z]{3}[.!?]['\"’”]?\s+(?P<credit>[^.!?]{2,60})$")
_PHOTO_WORDS = frozenset({"photo", "photos", "photograph", "picture", "pictures", "image", "images", "foto",
                          "file", "handout", "courtesy"})
CAPTION_WIDTH = 1.4  # a one-line block this much wider than the text columns is a caption or a box line
PARAGRAPH_END = 0.85  # a line ending a sentence this much shorter than the columns ends a paragraph


def running_head(line: str) -> tuple[str, dt.date, str] | None:
    """(paper, date, folio) of a running head ('A2 MONDAY, MAY 4, 2026 THE HARBOUR TIMES'), else None."""
    s = normalize_spaces(line.replace(PAGE_BREAK, ""))
    if len(s) > 120 or (found := find_date(s)) is None:
        return None
    date, a, b = found
    rest = f"{s[:a].strip(_SEPARATORS)} {s[b:].strip(_SEPARATORS)}".strip()
    m = _FOLIO_LEAD.match(rest) or _FOLIO_TAIL.match(rest)
    if not m:
        return None
    name = m.group("rest").strip(_SEPARATORS)
    if not name or len(name.split()) > 8:
        return None
    return name, date, m.group("folio")


def _pages(lines: list[str]) -> list[tuple[int, int]]:
    starts = [0] + [i for i, line in enumerate(lines) if i and PAGE_BREAK in line]
    return [(s, starts[k + 1] if k + 1 < len(starts) else len(lines)) for k, s in enumerate(starts)]


def _heads(lines: list[str]) -> list[tuple[int, tuple[str, dt.date, str]] | None]:
    """Per page, its running head (line index, reading), when the page opens with one."""
    out: list[tuple[int, tuple[str, dt.date, str]] | None] = []
    for lo, hi in _pages(lines):
        first = next((i for i in range(lo, hi) if lines[i].strip(" \t\f\r")), None)
        head = running_head(lines[first]) if first is not None else None
        out.append((first, head) if first is not None and head else None)
    return out


def _paper(heads: list[tuple[int, tuple[str, dt.date, str]] | None]) -> tuple[str, dt.date] | None:
    """The name and date the running heads repeat (two pages or more), else None."""
    names = Counter(outlet_key(h[1][0]) for h in heads if h)
    dates = Counter(h[1][1] for h in heads if h)
    if not names or names.most_common(1)[0][1] < 2:
        return None
    key = names.most_common(1)[0][0]
    name = next(h[1][0] for h in heads if h and outlet_key(h[1][0]) == key)
    if name.upper() == name:
        name = name.title()
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    return name, dates.most_common(1)[0][0]


def sniff(text: str) -> bool:
    """Form-feed pages whose running heads repeat one paper's name with a date and a folio."""
    if text.count(PAGE_BREAK) < 1:
        return False
    return _paper(_heads(text[:400_000].split("\n"))) is not None


def _kind(text: list[str], width: float) -> str:
    """'jump-to', 'jump-from', 'label', 'box', 'caption', 'line' (one short line) or 'text'."""
    if len(text) <= 2 and _JUMP_FROM.match(text[-1]):
        return "jump-from"
    if len(text) == 1:
        line = text[0]
        if _JUMP_TO.match(line) and len(line.split()) <= 6:
            return "jump-to"
        if _is_label(line):
            return "label"
        # wider than the columns and a sentence in it: a caption (a title may span columns too)
        wide = len(line) > CAPTION_WIDTH * width and (". " in line or _SENTENCE_END.search(line) is not None)
        return "caption" if wide or _credited(line) else "line"
    if len(text) <= MAX_TITLE_LINES and _credited(" ".join(text)):
        return "caption"
    if _is_label(text[0]) or any(_CAPS_WORDS.match(t) or "   " in t for t in text):  # 'INSIDE' over a list
        return "box"
    return "text"


def _credited(text: str) -> bool:
    """A photo caption: a sentence, then a short credit after it that ends no sentence ('… on
    Monday. CNS photo', '… at dawn. Jane Roe / The Paper'): a photo word or a slash in it."""
    m = _CAPTION_CREDIT.search(text)
    if m is None:
        return False
    credit = m.group("credit")
    return "/" in credit or any(w.lower().strip(".,") in _PHOTO_WORDS for w in credit.split())


class _Reader:
    def __init__(self, path: str, lines: list[str], ctx: ParseContext, paper: tuple[str, dt.date]) -> None:
        self.path, self.lines, self.ctx = path, lines, ctx
        self.outlet, self.date = ctx.outlets.canonical(paper[0]) or paper[0], paper[1]
        self.stories: list[Candidate] = []
        self.jumped: dict[str, Candidate] = {}
        self.dropped = 0
        prose = [len(t) for t in lines if len(t.split()) >= 4]
        self.width = statistics.median(prose) if prose else 60.0

    def text(self, block: list[int]) -> list[str]:
        return [normalize_spaces(self.lines[i]) for i in block]

    def page(self, blocks: list[list[int]], folio: str | None) -> None:
        """The stories of one page, in order (see module docstring)."""
        current: Candidate | None = None
        lead = next((self.text(b)[0] for b in blocks if _kind(self.text(b), self.width) != "label"), "")
        if self.stories and _open(self.stories[-1]) and lead[:1].islower():
            current = self.stories[-1]  # a sentence running over the page break, no jump line between
        k = 0
        while k < len(blocks):
            block, text = blocks[k], self.text(blocks[k])
            kind = _kind(text, self.width)
            if kind == "jump-from":
                current = self.jumped.get(folio or "")
                if current is not None:
                    current.header_lines.update(i + 1 for i in block)
            elif kind == "jump-to" and current is not None:
                m = _JUMP_TO.match(text[0])
                self.jumped[m.group("page") if m else ""] = current
                current.header_lines.update(i + 1 for i in block)
            elif (kind == "line" or len(block) <= MAX_TITLE_LINES) and _open(current) is False and (
                    story := self.story(blocks, k)) is not None:
                current, k = story
                continue
            elif kind in ("text", "line") and current is not None:
                self.append(current, block)
            else:
                self.dropped += len(block)
            k += 1

    def story(self, blocks: list[list[int]], k: int) -> tuple[Candidate, int] | None:
        """A new story when block k is a title over a byline, a deck or text: (story, next block)."""
        lines = self.text(blocks[k])  # a headline may wrap onto a second line
        title = " ".join(lines)
        if (len(title.split()) > MAX_TITLE_WORDS or any(_SENTENCE_END.search(t) for t in lines)
                or not title[:1].isupper() or k + 1 >= len(blocks) or _credited(title)
                or _byline(lines[0], self.ctx) is not None):  # 'By JANE ROE' over text: not a headline
            return None
        j, authors, head = k + 1, [], set(blocks[k])
        for _ in range(2):  # a deck, then a byline (either may be missing)
            if j >= len(blocks) or len(blocks[j]) > 2:
                break
            text = self.text(blocks[j])
            names = _byline(text[0], self.ctx)
            if names is not None:
                if not self.ctx.bylines.descriptor(text[0]):  # 'Times staff': a desk, no author
                    authors = names
                head.update(blocks[j])
                j += 1
                break
            if len(blocks[j]) == 1 and _kind(text, self.width) == "line" and not _SENTENCE_END.search(text[0]):
                head.update(blocks[j])
                j += 1
                continue
            if (len(blocks[j]) == 2 and not _SENTENCE_END.search(text[-1]) and j + 1 < len(blocks)
                    and len(blocks[j + 1]) <= 2 and _byline(self.text(blocks[j + 1])[0], self.ctx) is not None):
                head.update(blocks[j])  # a deck wrapped over two lines, the byline below it
                j += 1
                continue
            break
        if j >= len(blocks) or _kind(self.text(blocks[j]), self.width) != "text":
            return None
        cand = Candidate(source_path=self.path, position=len(self.stories), start_line=blocks[k][0] + 1,
                         end_line=blocks[j][-1] + 1, raw_text="", body_lines=[], title=title, outlet=self.outlet,
                         published_on=self.date, authors=authors)
        cand.header_lines = {i + 1 for i in head}
        self.stories.append(cand)
        return cand, j

    def append(self, story: Candidate, block: list[int]) -> None:
        """The block's lines to the story: a column break inside a sentence joins, a short line
        ending a sentence ends a paragraph."""
        body = story.body_lines
        if body and _SENTENCE_END.search(body[-1][1].rstrip()):
            body.append((block[0] + 1, ""))
        for i in block:
            line = self.lines[i]
            jump = _JUMP_TO.match(normalize_spaces(line)) if len(line.split()) <= 6 else None
            if jump:  # 'Continued on Page 2' closing the block: the story goes on there
                self.jumped[jump.group("page")] = story
                story.header_lines.add(i + 1)
                continue
            body.append((i + 1, line))
            short = len(line.strip()) < PARAGRAPH_END * self.width
            if short and i != block[-1] and _SENTENCE_END.search(line.rstrip()):
                body.append((i + 1, ""))
        story.end_line = max(story.end_line, block[-1] + 1)


def _open(story: Candidate | None) -> bool:
    """Whether the story stops inside a sentence (a column break): no title can start there."""
    last = next((t for _, t in reversed(story.body_lines) if t.strip()), "") if story else ""
    return bool(last) and not _SENTENCE_END.search(last.rstrip())


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One candidate per story; jumps joined to the story they continue (module docstring)."""
    path = decoded.source.path
    raw = decoded.text.split("\n")
    heads = _heads(raw)
    paper = _paper(heads)
    if paper is None:
        raise ValueError("no running head repeats on two pages: not a newspaper's pages")
    lines = dehyphenate([line.replace(PAGE_BREAK, "") for line in raw])
    reader = _Reader(path, lines, ctx, paper)
    sections: list[list[list[int]]] = []
    furniture = 0
    for (lo, hi), head in zip(_pages(raw), heads, strict=True):
        blocks = _blocks(lines, lo, hi)
        if head is not None:
            blocks = [[i for i in b if i != head[0]] for b in blocks]
            blocks = [b for b in blocks if b]
            furniture += 1
        elif blocks and any(_masthead(lines[i], paper) for i in blocks[0]):
            furniture += len(blocks.pop(0))
        sections.append(blocks)
    furniture += len(_footer(lines, sections))
    if furniture:
        yield Rejection(path, "page furniture (running heads, page numbers)", "", furniture)
    for blocks, head in zip(sections, heads, strict=True):
        reader.page(blocks, head[1][2] if head else None)
    if reader.dropped:
        yield Rejection(path, "captions, boxes and ads on a printed page, not a story", "", reader.dropped)
    for story in reader.stories:
        story.raw_text = "\n".join(raw[story.start_line - 1 : story.end_line])
        yield story


def _masthead(line: str, paper: tuple[str, dt.date]) -> bool:
    """A front-page masthead line: the paper's name, or a line holding the issue date."""
    found = find_date(line)
    return outlet_key(line) == outlet_key(paper[0]) or (found is not None and found[0] == paper[1])
