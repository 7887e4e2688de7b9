"""A whole newspaper page as OCR text (Chronicling America's `ocr.txt` and the like): the page's
words in reading order, with no metadata but what the page prints.

    STOCKTON EVENING COURIER                                <- masthead: the outlet
    VOL. LXXI, NO. 129 STOCKTON, CALIFORNIA, MONDAY, ...    <- the date (or a running head's)

    ALBATROSS HOPS OFF                                      <- a headline in capitals
    FOR HAWAII
    Wrexley and Tremayne Roar Away                          <- a deck: every word capitalised
    (By the Continental Press)                              <- a credit in parentheses
    By JAMES T. HALLORAN                                    <- a byline
    OAKLAND, Cal., June 3.—Captain                          <- the text, wrapped at the column,
    Harold Wrexley and Ewen ...                                no blank lines between paragraphs

A story starts at a block (after a blank line) opened by a headline in capitals; a block opened
otherwise continues the story before it (a column break, or the story resumed below an ad its
column holds). A headed block with too little prose is an advertisement or a notice, and so is a
block opened `WORD—` (a classified notice: `LOST—Brown purse …`). OCR debris lines (`| .`) and
wholly parenthesised lines in the text (`(Continued on Page Two)`) are dropped. Paragraphs come
back where a short line ends a sentence (formats/ocrexport.py). The outlet is the masthead's
first line, or a running head's name before its first comma (`TWO RENO EVENING HERALD, RENO, …`:
the page number dropped); capitals are written as a title. Words are data
(ingest/data/ocr_exports.toml, `[page]`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import statistics
import string
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field

from ingest.dates import find_date
from ingest.formats.lines import ParseContext
from ingest.formats.ocrexport import DATA_FILE, paragraphs
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import SENTENCE_END

MIN_LINES = 40
MAX_MEDIAN_WIDTH = 45  # narrow newspaper columns
MIN_HEADLINES = 2
MIN_STORY_WORDS = 20
MASTHEAD_LINES = 6
_DATELINE = re.compile(r"[.,]\s*[—–]|\S—\S")
_BYLINE = re.compile(r"^By\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4})\s*$")
_CLASSIFIED = re.compile(r"^[A-Z]{3,}(?: [A-Z]{2,})*\s?[—–]\s?[A-Z]")


@dataclass(frozen=True, slots=True)
class PageWords:
    small: frozenset[str]
    numbers: frozenset[str]


@functools.lru_cache(maxsize=2)
def page_words() -> PageWords:
    with open(DATA_FILE, "rb") as fh:
        data = tomllib.load(fh)["page"]
    return PageWords(frozenset(data["deck_small_words"]), frozenset(data["page_numbers"]))


def _caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters)


def _deck(s: str, words: PageWords) -> bool:
    """A deck line: no sentence end, no dateline, every word capitalised but the small ones."""
    if SENTENCE_END.search(s) or _DATELINE.search(s):
        return False
    toks = [t.strip(",;:'\"()") for t in s.split()]
    return all(not t or not t[0].isalpha() or t[0].isupper() or t.lower() in words.small for t in toks)


def _debris(s: str) -> bool:
    return sum(c.isalpha() for c in s) < 2


def _blocks(lines: list[str]) -> list[list[int]]:
    blocks: list[list[int]] = []
    current: list[int] = []
    for i, line in enumerate(lines):
        if line.strip():
            current.append(i)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def sniff(text: str) -> bool:
    """A dated masthead or running head on top, narrow dense lines, two or more caps headlines."""
    if "\f" in text[:200_000] or not text[:1].isupper():
        return False
    lines = text[:200_000].split("\n")
    filled = [s.strip() for s in lines if s.strip()]
    if len(filled) < MIN_LINES or statistics.median(len(s) for s in filled) > MAX_MEDIAN_WIDTH:
        return False
    if len(lines) - len(filled) > len(filled) // 4:
        return False
    blocks = _blocks(lines)
    top = " ".join(lines[i] for i in blocks[0][:MASTHEAD_LINES])
    if not _caps(lines[blocks[0][0]]) or find_date(top) is None:
        return False
    heads = sum(1 for b in blocks[1:] if len(b) > 2 and _caps(lines[b[0]]) and not _caps(lines[b[-1]]))
    return heads >= MIN_HEADLINES


def _outlet(first: str, words: PageWords) -> str | None:
    name = first.split(",")[0].strip() if find_date(first) else first.strip()
    toks = name.split()
    while toks and (toks[0].lower() in words.numbers or toks[0].isdigit()):
        toks = toks[1:]  # "TWO RENO EVENING HERALD": the page number of a running head
    if not toks or find_date(" ".join(toks)):
        return None
    return string.capwords(" ".join(toks)) if _caps(name) else " ".join(toks)


@dataclass(slots=True)
class _Story:
    start: int
    title: str
    authors: list[str]
    head: set[int]
    text: list[int] = field(default_factory=list)


def _open_story(lines: list[str], block: list[int], words: PageWords) -> _Story:
    k = 0
    while k < len(block) and _caps(lines[block[k]]):
        k += 1
    story = _Story(block[0], " ".join(lines[i].strip() for i in block[:k]), [], set(block[:k]))
    while k < len(block):
        s = lines[block[k]].strip()
        if m := _BYLINE.match(s):
            story.authors = [string.capwords(m.group(1)) if _caps(m.group(1)) else m.group(1)]
        elif not ((s.startswith("(") and s.endswith(")")) or _deck(s, words)):
            break
        story.head.add(block[k])
        k += 1
    story.text = block[k:]
    return story


def _words(lines: list[str], story: _Story) -> int:
    return sum(len(lines[i].split()) for i in story.text)


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """The page's stories (module docstring); masthead, ads and notices counted as dropped."""
    path = decoded.source.path
    lines = [line.rstrip("\r") for line in decoded.text.split("\n")]
    words = page_words()
    blocks = _blocks(lines)
    if not blocks:
        raise ValueError("looks like a newspaper page but holds no text")
    masthead = blocks[0]
    found = find_date(" ".join(lines[i] for i in masthead[:MASTHEAD_LINES]))
    published: dt.date | None = found[0] if found else None
    outlet = ctx.outlets.canonical(_outlet(lines[masthead[0]], words))
    yield Rejection(path, "newspaper page masthead or running head", f"lines 1-{masthead[-1] + 1}", len(masthead))
    stories: list[_Story] = []
    current: _Story | None = None
    for block in blocks[1:]:
        first = lines[block[0]].strip()
        if _caps(first) and not _CLASSIFIED.match(first):
            story = _open_story(lines, block, words)
            if _words(lines, story) >= MIN_STORY_WORDS:
                stories.append(story)
                current = story
                continue
        elif current is not None and not _CLASSIFIED.match(first):
            current.text += block  # a column break, or the story resumed below an ad
            continue
        yield Rejection(path, "advertisement or notice on a newspaper page", f"lines {block[0] + 1}-{block[-1] + 1}",
                        len(block))
    for position, story in enumerate(stories):
        rows = [(i + 1, lines[i]) for i in story.text
                if not _debris(lines[i]) and not (lines[i].strip().startswith("(") and lines[i].strip().endswith(")"))]
        body: list[tuple[int, str]] = []
        for first_line, para in paragraphs(rows):
            body += [(first_line, para), (first_line, "")]
        end = story.text[-1] + 1
        cand = Candidate(source_path=path, position=position, start_line=story.start + 1, end_line=end,
                         raw_text="\n".join(lines[story.start:end]), body_lines=body[:-1])
        cand.title, cand.outlet, cand.published_on = story.title, outlet, published
        cand.authors = story.authors
        cand.header_lines = {i + 1 for i in story.head}
        yield cand
