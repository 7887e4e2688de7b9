"""A researcher's transcription notes: printed articles typed out by hand, each entry headed (or,
between rule lines, closed) by a bibliographic citation of where it was printed, with the researcher's remarks.

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
    """Two or more citation lines that head (or close) entries, with rules between the entries or
    a header saying the file holds transcriptions."""
    head = text[:300_000]
    if head.count(",") < 4:
        return False
    vocab = vocabulary()
    lines = head.split("\n")
    starts = _entry_starts(lines, vocab)
    if len(starts) < MIN_ENTRIES:
        return False
    top = "\n".join(lines[: starts[0]]).lower()
    ruled = max(sum(1 for i in starts[1:] if _rule_at(lines, i, -1)), sum(1 for i in starts if _rule_at(lines, i, 1)))
    return ruled >= len(starts) - 1 or any(w in top for w in vocab.header_cues)


def _rule_at(lines: list[str], i: int, step: int) -> bool:
    """A rule line is the first non-blank line above (step -1) or below (step 1) line i; the end
    of the file counts as one below."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    if j >= len(lines):
        return step > 0
    return j >= 0 and is_separator(lines[j].strip())


def _spans(lines: list[str], cites: list[int]) -> tuple[bool, list[tuple[int, int]]]:
    """Whether citations close their entries (most stand right above a rule or the file's end,
    none under text of their own), and each entry's text region (lo, hi), exclusive."""
    closing = sum(1 for c in cites if _rule_at(lines, c, 1)) > len(cites) / 2 and not any(
        _rule_at(lines, c, -1) for c in cites[1:])
    spans: list[tuple[int, int]] = []
    for k, c in enumerate(cites):
        if not closing:
            spans.append((c + 1, cites[k + 1] if k + 1 < len(cites) else len(lines)))
            continue
        floor = cites[k - 1] + 1 if k else 0
        rules = [j for j in range(floor, c) if is_separator(lines[j].strip())]
        spans.append((rules[-1] + 1 if rules else floor, c))
    return closing, spans


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One candidate per transcribed entry (module docstring)."""
    path = decoded.source.path
    lines = [line.rstrip("\r") for line in decoded.text.split("\n")]
    vocab = vocabulary()
    cites = _entry_starts(lines, vocab)
    if not cites:
        raise ValueError("looks like transcription notes but has no citation line")
    closing, spans = _spans(lines, cites)
    first = spans[0][0] if closing else cites[0]
    head = sum(1 for i in range(first) if lines[i].strip() and not is_separator(lines[i].strip()))
    if head:
        yield Rejection(path, "notes' header above the first entry, not an article", f"lines 1-{first}", head)
    position = 0
    for cite_at, (lo, hi) in zip(cites, spans, strict=True):
        item = _entry(lines, cite_at, lo, hi, vocab, path, position, ctx)
        if isinstance(item, Candidate):
            position += 1
        yield item


def _entry(lines: list[str], cite_at: int, lo: int, hi: int, vocab: Vocabulary, path: str, position: int,
           ctx: ParseContext) -> Candidate | Rejection:
    """The entry cited at `cite_at` whose title and text stand in lines lo..hi (exclusive):
    remarks, rules and end marks apart."""
    cite = citation(lines[cite_at], vocab)
    assert cite is not None
    title, body = None, []
    in_note = False
    k = lo
    while k < hi and not lines[k].strip():
        k += 1
    if k < hi and (m := _QUOTED.match(lines[k])):
        title, k = m.group(1).strip(), k + 1
    for n in range(k, hi):
        s = lines[n].strip()
        if not s:
            in_note = False
            body.append((n + 1, ""))
            continue
        if in_note or vocab.note.match(s) or is_separator(s) or s.strip("()[]").lower() in vocab.end_marks:
            in_note = in_note or bool(vocab.note.match(s))
            continue
        body.append((n + 1, lines[n]))
    while body and not body[-1][1].strip():
        body.pop()
    span_lo, span_hi = min(cite_at, lo), max(cite_at + 1, hi)
    if not any(t.strip() for _, t in body):
        return Rejection(path, "citation with no transcription, not an article", f"lines {span_lo + 1}-{span_hi}",
                         sum(1 for n in range(span_lo, span_hi) if lines[n].strip()))
    start = min(cite_at, lo) + 1
    end = max(body[-1][0], cite_at + 1)
    cand = Candidate(source_path=path, position=position, start_line=start, end_line=end,
                     raw_text="\n".join(lines[start - 1:end]), body_lines=body)
    cand.title = title
    cand.outlet = ctx.outlets.canonical(cite.outlet)
    cand.published_on = cite.published_on
    in_text = {n for n, _ in body}
    cand.header_lines = {n for n in range(start, end + 1) if n not in in_text}
    return cand
