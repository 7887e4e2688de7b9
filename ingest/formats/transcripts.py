"""A researcher's transcription notes: printed articles typed out by hand, each entry headed (or
closed) by a bibliographic citation of where it was printed, with the researcher's remarks.

    CLIPPINGS ON THE HARBOUR FIRE -- transcribed from microfilm     <- the notes' header: dropped
    ------------------------------------------------------------
    [1] The Quay Gazette, Thurs. March 4, 1926, p. 3, col. 2.      <- citation: outlet and date
        "FIRE ON THE WHARF"                                         <- the headline, in quotes
    Text of the article, one paragraph a line or wrapped ...        <- the text
        NOTE: compare the evening paper.                            <- a remark: not text
    ------------------------------------------------------------

A citation is `Outlet, date, page reference` (`p. 3`, `pp. 4-5`, `col. 2`; the words are data,
ingest/data/transcripts.toml), an optional entry number before it and a note on the archive after
it (`(microfilm)`). The outlet is stated by the citation, the date too (any period shape the
date parser reads: `Mon. June 3, 1929`, `8th June 1929`). The researcher is never an author.
An entry with a citation and no text ("not transcribed") is no article.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.dates import find_date
from ingest.formats.lines import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import is_separator

DATA_FILE = Path(__file__).parent.parent / "data" / "transcripts.toml"
MIN_ENTRIES = 2
MAX_CITATION_CHARS = 200
_ENTRY_MARK = re.compile(r"^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s+")
_QUOTED = re.compile(r"^\s*[\"“'‘](.+?)[\"”'’][.,]?\s*$")
_ARCHIVE_NOTE = re.compile(r"\s*\([^()]{1,60}\)[.]?\s*$")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    page: re.Pattern[str]
    note: re.Pattern[str]
    header_cues: tuple[str, ...]
    end_marks: frozenset[str]


@functools.lru_cache(maxsize=2)
def vocabulary(path: Path = DATA_FILE) -> Vocabulary:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    pages = "|".join(re.escape(w) for w in sorted(data["page_words"], key=len, reverse=True))
    notes = "|".join(re.escape(w) for w in sorted(data["note_labels"], key=len, reverse=True))
    return Vocabulary(
        page=re.compile(rf",\s*(?:{pages})\.?\s*\d+\b", re.I),
        note=re.compile(rf"^\s*(?:{notes})\s*[:.-]\s*\S", re.I),
        header_cues=tuple(w.lower() for w in data["header_cues"]),
        end_marks=frozenset(w.lower() for w in data["end_marks"]),
    )


@dataclass(frozen=True, slots=True)
class Citation:
    outlet: str
    published_on: dt.date


def citation(line: str, vocab: Vocabulary | None = None) -> Citation | None:
    """'[3] The Quay Gazette, Thurs. March 4, 1926, p. 3, col. 2.' -> outlet and date; None for
    any other line (prose, a dateline: no page reference right after the date)."""
    vocab = vocab or vocabulary()
    s = line.strip()
    if not s or len(s) > MAX_CITATION_CHARS:
        return None
    s = _ENTRY_MARK.sub("", s)
    page = vocab.page.search(s)
    if page is None or "," not in s[: page.start()]:
        return None
    outlet, _, when = s[: page.start()].partition(",")
    found = find_date(when)
    # the date fills the part between the outlet and the page reference: nothing else stands there
    if found is None or len(when[: found[1]].strip(" ,")) > 12 or when[found[2]:].strip(" ,."):
        return None
    outlet = outlet.strip()
    if not outlet[:1].isupper() or len(outlet.split()) > 8 or outlet.endswith("."):
        return None
    rest = _ARCHIVE_NOTE.sub("", s[page.end():])
    if not re.fullmatch(r"[\s,.;\d–-]*(?:(?:cols?|columns?)\.?\s*[\d–\s,-]*)?\.?\s*", rest, re.I):
        return None
    return Citation(outlet, found[0])


def _entry_starts(lines: list[str], vocab: Vocabulary) -> list[int]:
    return [i for i, line in enumerate(lines) if citation(line, vocab) is not None]


def sniff(text: str) -> bool:
    """Two or more citation lines that open entries: after a rule line, a blank line or an entry
    number, with a header saying the file holds transcriptions or rules between the entries."""
    head = text[:300_000]
    if head.count(",") < 4:
        return False
    vocab = vocabulary()
    lines = head.split("\n")
    starts = _entry_starts(lines, vocab)
    if len(starts) < MIN_ENTRIES:
        return False
    top = "\n".join(lines[: starts[0]]).lower()
    ruled = sum(1 for i in starts[1:] if _rule_above(lines, i))
    return ruled >= len(starts) - 1 or any(w in top for w in vocab.header_cues)


def _rule_above(lines: list[str], i: int) -> bool:
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    return j >= 0 and is_separator(lines[j].strip())


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One candidate per transcribed entry (module docstring)."""
    path = decoded.source.path
    lines = [line.rstrip("\r") for line in decoded.text.split("\n")]
    vocab = vocabulary()
    starts = _entry_starts(lines, vocab)
    if not starts:
        raise ValueError("looks like transcription notes but has no citation line")
    head = sum(1 for i in range(starts[0]) if lines[i].strip() and not is_separator(lines[i].strip()))
    if head:
        yield Rejection(path, "notes' header above the first citation, not an article", f"lines 1-{starts[0]}", head)
    position = 0
    for k, start in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        item = _entry(lines, start, stop, vocab, path, position, ctx)
        if isinstance(item, Candidate):
            position += 1
        yield item


def _entry(lines: list[str], start: int, stop: int, vocab: Vocabulary, path: str, position: int,
           ctx: ParseContext) -> Candidate | Rejection:
    """The entry from its citation line to the next one: title, text, remarks and rules apart."""
    cite = citation(lines[start], vocab)
    assert cite is not None
    title, body, dropped = None, [], 0
    in_note = False
    k = start + 1
    while k < stop and not lines[k].strip():
        k += 1
    if k < stop and (m := _QUOTED.match(lines[k])):
        title, k = m.group(1).strip(), k + 1
    for n in range(k, stop):
        s = lines[n].strip()
        if not s:
            in_note = False
            body.append((n + 1, ""))
            continue
        if in_note or vocab.note.match(s) or is_separator(s) or s.strip("()[]").lower() in vocab.end_marks:
            in_note = in_note or bool(vocab.note.match(s))
            dropped += 1
            continue
        body.append((n + 1, lines[n]))
    while body and not body[-1][1].strip():
        body.pop()
    end = body[-1][0] if body else start + 1
    if not any(t.strip() for _, t in body):
        return Rejection(path, "citation with no transcription, not an article", f"lines {start + 1}-{stop}",
                         stop - start - sum(1 for n in range(start, stop) if not lines[n].strip()))
    cand = Candidate(source_path=path, position=position, start_line=start + 1, end_line=end,
                     raw_text="\n".join(lines[start:end]), body_lines=body)
    cand.title = title
    cand.outlet = ctx.outlets.canonical(cite.outlet)
    cand.published_on = cite.published_on
    in_text = {n for n, _ in body}
    cand.header_lines = {n for n in range(start + 1, end + 1) if n not in in_text}
    return cand
