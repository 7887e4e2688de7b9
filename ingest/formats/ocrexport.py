"""A digitised newspaper's single article saved as text: what newspaper archives and libraries
hand a reader who saves or exports one article.

Two headers are read (labels and words in ingest/data/ocr_exports.toml):

- an archive's **labelled metadata block** (British Newspaper Archive-like): `Newspaper:`,
  `Date:`, `Article title:` beside what only such an archive states (`OCR confidence:`,
  `Word count:`, `Region:`, `Rights:`), closed by a rule or a blank line;
- a library's **volume/issue citation** under the headline (Papers Past-like): `Paper, Volume
  LIV, Issue 8126, 10 June 1929, Page 9`, with a breadcrumb line above and a footer (reuse terms,
  the citation again, the library's name) after the text.

Below the header stands the article as printed: head matter first (the headline again, decks in
capitals, a credit such as `SPECIAL CABLE.`, a wholly parenthesised line such as a cable's receipt
time: never text, never the date), then the OCR text. Words broken at a line end are joined
(formats/pages.py); text wrapped at the column width with no blank lines between paragraphs is
put back into paragraphs where a short line ends a sentence.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ingest.dates import find_date, parse_date
from ingest.formats.lines import ParseContext
from ingest.formats.pages import dehyphenate
from ingest.records import Candidate, DecodedSource
from ingest.text import SENTENCE_END, is_separator

DATA_FILE = Path(__file__).parent.parent / "data" / "ocr_exports.toml"
MIN_LABELS = 4
MIN_CUES = 2
CITATION_WITHIN = 12  # lines from the top
SHORT_LINE = 0.8  # of the column width: a sentence ending on such a line ends its paragraph
MAX_WRAP_WIDTH = 100  # wider lines are paragraphs already
_LABEL_LINE = re.compile(r"^([^\W\d_][\w .'/-]{0,30}?)\s*:\s*(\S.*)$")
_URL_LINE = re.compile(r"^https?://\S+$")
_INITIAL_END = re.compile(r"(?:^|\s)(?:[A-Z]|Mr|Mrs|Dr|St|Capt|Lieut|Col|Gen|Rev)\.$")  # "named George E." / "Pruett"


@dataclass(frozen=True, slots=True)
class Vocab:
    labels: dict[str, frozenset[str]]
    cues: frozenset[str]
    citation: re.Pattern[str]
    furniture: frozenset[str]
    trailer: tuple[str, ...]


@functools.lru_cache(maxsize=2)
def vocab(path: Path = DATA_FILE) -> Vocab:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    cit = data["citation"]
    pattern = re.compile(
        rf"^(?P<outlet>[^,]{{3,80}}),\s*(?:{alt(cit['volume'])})\.?\s*[IVXLCDM\d]+,\s*"
        rf"(?:{alt(cit['issue'])})\.?\s*\d+,\s*(?P<date>.+?),\s*(?:{alt(cit['page'])})\.?\s*\d+\s*$", re.I)
    return Vocab(
        labels={k: frozenset(v) for k, v in data["labels"].items() if k != "cues"},
        cues=frozenset(data["labels"]["cues"]),
        citation=pattern,
        furniture=frozenset(data["furniture"]["labels"]),
        trailer=tuple(w.lower() for w in data["trailer"]["cues"]),
    )


@dataclass(slots=True)
class Header:
    end: int  # index of the header's last line
    title: str | None = None
    outlet: str | None = None
    published_on: dt.date | None = None
    citation: str | None = None  # the library's citation line: its repeats are footer
    lines: set[int] = field(default_factory=set)


def _nonblank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def labelled_header(lines: list[str], v: Vocab) -> Header | None:
    """The archive's metadata block at the top of the file (module docstring), or None."""
    i = _nonblank(lines, 0)
    fields: dict[str, str] = {}
    cues, k = 0, i
    while k < len(lines) and (m := _LABEL_LINE.match(lines[k].strip())):
        label = m.group(1).lower()
        for name, words in v.labels.items():
            if label in words:
                fields.setdefault(name, m.group(2).strip())
        cues += label in v.cues
        k += 1
    if k - i < MIN_LABELS or cues < MIN_CUES or "outlet" not in fields or "date" not in fields:
        return None
    published = parse_date(fields["date"])
    if published is None:
        return None
    head = Header(end=k - 1, title=fields.get("title"), outlet=fields["outlet"], published_on=published)
    head.lines = set(range(i, k))
    return head


def cited_header(lines: list[str], v: Vocab) -> Header | None:
    """The library's citation under the headline, near the top (module docstring), or None."""
    for k in range(min(len(lines), CITATION_WITHIN)):
        m = v.citation.match(lines[k].strip())
        if m is None:
            continue
        found = find_date(m.group("date"))
        if found is None:
            return None
        above = k - 1
        title = lines[above].strip() if above >= 0 and lines[above].strip() else None
        head = Header(end=k, title=title, outlet=m.group("outlet").strip(), published_on=found[0],
                      citation=lines[k].strip())
        head.lines = set(range(k + 1))  # the breadcrumb and the headline above
        return head
    return None


def sniff(text: str) -> bool:
    """An archive's labelled block or a library's citation on top, and no second article: a file
    of several labelled entries (a hand-made archive's `Source:/Date:/Page:` blocks) or of several
    citations is a digest, left to the plain-text parser."""
    lines = text[:20_000].split("\n")[:60]
    v = vocab()
    whole = text[:500_000].split("\n")
    if (head := labelled_header(lines, v)) is not None:
        label = lines[min(head.lines)].split(":", 1)[0].strip().lower()
        return sum(1 for line in whole if line.split(":", 1)[0].strip().lower() == label and ":" in line) == 1
    if (head := cited_header(lines, v)) is not None:
        return {line.strip() for line in whole if v.citation.match(line.strip())} == {head.citation}
    return False


def _head_line(s: str, title: str | None) -> bool:
    """Head matter, not text: capitals only (a headline, a deck, a credit, a number), a line
    wholly in parentheses (a receipt time, a credit), or the headline again."""
    if not any(c.islower() for c in s) and any(c.isalnum() for c in s):
        return True
    if s.startswith("(") and s.rstrip(".").endswith(")"):
        return True
    return title is not None and " ".join(s.split()).casefold() == " ".join(title.split()).casefold()


def paragraphs(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(first line, paragraph) of the text: blank lines divide paragraphs where there are any;
    text wrapped at a column with none is divided where a short line ends a sentence."""
    gapped = any(not t.strip() for _, t in rows)
    width = max((len(t.strip()) for _, t in rows), default=0)
    joined = dehyphenate([t for _, t in rows])  # a lower half moved up leaves its line blank
    rows = [(n, t.strip()) for (n, _), t in zip(rows, joined, strict=True)]
    out: list[tuple[int, str]] = []
    current: list[str] = []
    first = 0
    for n, t in rows:
        if not t:
            if current and gapped:
                out.append((first, " ".join(current)))
                current = []
            continue
        if not current:
            first = n
        current.append(t)
        if (not gapped and width <= MAX_WRAP_WIDTH and SENTENCE_END.search(t) and len(t) < SHORT_LINE * width
                and not _INITIAL_END.search(t)):
            out.append((first, " ".join(current)))
            current = []
    if current:
        out.append((first, " ".join(current)))
    return out


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate]:
    """The one article of the file (module docstring)."""
    path = decoded.source.path
    lines = [line.rstrip("\r") for line in decoded.text.split("\n")]
    v = vocab()
    head = labelled_header(lines, v) or cited_header(lines, v)
    if head is None:
        raise ValueError("looks like a newspaper article export but has no header")
    url: str | None = None
    k = _nonblank(lines, head.end + 1)
    text: list[tuple[int, str]] = []
    in_head = True
    for n in range(k, len(lines)):
        s = lines[n].strip()
        low = s.lower()
        if _URL_LINE.match(s):
            url = url or s
            break  # the permalink closes the text
        if low.startswith(v.trailer) or (head.citation and s == head.citation):
            break
        if in_head:
            if not s or is_separator(s) or low.rstrip(":") in v.furniture or _head_line(s, head.title):
                if head.title is None and s and not is_separator(s) and not s.startswith("("):
                    head.title = s
                continue
            in_head = False
        text.append((n + 1, lines[n]))
    while text and not text[-1][1].strip():
        text.pop()
    body: list[tuple[int, str]] = []
    for first, para in paragraphs(text):
        body += [(first, para), (first, "")]
    end = text[-1][0] if text else head.end + 1
    cand = Candidate(source_path=path, position=0, start_line=1, end_line=max(end, head.end + 1),
                     raw_text="\n".join(lines[:end]), body_lines=body[:-1])
    cand.title = " ".join(head.title.split()) if head.title else None
    cand.outlet = ctx.outlets.canonical(head.outlet)
    cand.published_on = head.published_on
    cand.url = url
    in_text = {n for n, _ in text}
    cand.header_lines = {n for n in range(1, k + 1)} | {n for n in range(k + 1, end + 1) if n not in in_text}
    yield cand
