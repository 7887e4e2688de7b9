"""Where pdfminer's text boxes cut a paragraph in two, told from the page's geometry.

pdfminer.six puts two lines in one box only when the gap between them is under half a line's
height (LAParams.line_margin). So a paragraph set with a leading of 1.5 times its type size or
more (common on the web, hence in a browser's print) comes out as one box per line, a line that
a larger inline span makes taller stands apart, and a paragraph broken at the foot of a column
goes on in a box of its own at the top of the next. Every box is a block of pdftotext-shaped
text, and every block a paragraph to the cleaner.

regrouped() joins a box to the one it goes on from, on the evidence a typesetter leaves: the
upper line is full (the next line's first word would not have fitted after it before the
column's edge), the type size is the same, and the next line stands right below it (same left
edge, no more than the usual leading: a wider gap is paragraph spacing) or opens the next column
(the upper line ending no sentence). The next line is looked for by position, not in pdfminer's
order, which may give the top of a column first. A short line (a paragraph's last, a headline, a
byline, a dateline, a record's field) is never full, and a new paragraph's indented first line
is no continuation (a list item's lines hanging below its text are). Only text of the body's
size or larger is joined: small print (captions, licence lines, page footers) is left as
pdfminer grouped it. The measures (how far each column reaches, each type size's usual leading)
are the whole document's: a page may hold only a paragraph's last lines.

The other way round, pdfminer keeps paragraphs set without spacing in one box; indented() and
stops_short() tell where one ends inside it (ingest/pdftext.py cuts wide blocks there).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

SIZE_STEP = 0.15  # a line's type size this much larger or smaller than another's is another size
# In multiples of the type size:
MAX_LEADING = 3.0  # a larger step between two lines is never their leading
LEADING_SLACK = 0.3  # this much over the usual leading is still a line's step, not paragraph spacing
INDENT = 3.0  # a paragraph's first line may be indented up to this far
WIDEST = 3.0  # a ragged column's widest line outruns the next widest by less than this (a word)
SPACE = 0.25  # a space is about a quarter of the type size wide (0.28 in Helvetica, 0.32 in DejaVu)
REACH = 8  # the widest lines kept for each type size and left edge, to find a column's edge among
_SENTENCE_END = re.compile(r"[.!?…:][\"'”’)\]]*$")  # (a colon too: what it announces may open a column)
_LIST_ITEM = re.compile(r"^\s*(?:[•·▪‣◦*–—-]|\d{1,3}[.)])\s")  # a bullet or a number, then its text


@dataclass(slots=True)
class Line:
    """One printed line and where it stands (PDF points, y upwards)."""

    text: str
    x0: float
    x1: float
    y0: float  # the bottom of the line: lines of one size step down by their leading
    size: float  # the type size of most of its characters (0.0 when it holds none)
    top: float  # the largest type size on it: a larger span makes the line taller
    lead: float  # the width of its first word: what would have had to fit on the line above


Group = list[Line]


def line_of(item: Any) -> Line:
    """A pdfminer LTTextLine as a Line."""
    from pdfminer.layout import LTChar

    sizes = Counter(c.size for c in item if isinstance(c, LTChar))
    end = item.x0
    for c in item:  # the first word ends at a space, written or inserted by pdfminer (LTAnno)
        if not isinstance(c, LTChar) or c.get_text().isspace():
            break
        end = c.x1
    size = max(sizes, key=sizes.__getitem__) if sizes else 0.0
    return Line(item.get_text(), item.x0, item.x1, item.y0, size, max(sizes, default=0.0), end - item.x0)


def same_size(a: float, b: float) -> bool:
    return abs(a - b) <= SIZE_STEP * max(a, b)


def _size_key(size: float) -> int:
    return round(size * 2)  # half points: 10.98 and 11.0 are one size


class Measures:
    """What the whole document shows of its layout: the body's type size, how far the lines of
    one size that start at one left edge reach, and each size's usual leading."""

    def __init__(self, pages: list[list[Group]]) -> None:
        chars: Counter[int] = Counter()
        # (size, left edge in whole points) -> how far its widest lines reach. A line without a
        # space (an address too long to break) shows no measure: it may run past it.
        self._reach: dict[tuple[int, int], list[float]] = defaultdict(list)
        for page in pages:
            for group in page:
                for line in group:
                    if line.size:
                        chars[_size_key(line.size)] += len(line.text)
                    if line.size and " " in line.text.strip():
                        reach = self._reach[_size_key(line.size), round(line.x0)]
                        reach.append(line.x1)
                        reach.sort(reverse=True)
                        del reach[REACH:]
        self.body = max(chars, key=chars.__getitem__) / 2 if chars else 0.0
        self._sizes = sorted(chars)
        self._edges: dict[tuple[int, int], float] = {}
        steps: dict[int, Counter[float]] = defaultdict(Counter)
        for page in pages:
            lines = [line for group in page for line in group]
            for a, b in itertools.pairwise(lines):
                if (a.size and b.size and same_size(a.size, b.size) and abs(a.x0 - b.x0) <= 0.5 * a.size
                        and 1.0 <= (step := (a.y0 - b.y0) / a.size) <= MAX_LEADING and self.full(a, b, a.x0)):
                    steps[_size_key(a.size)][round(step * 20) / 20] += 1
        self._leading = {key: _mode(seen) for key, seen in steps.items()}
        self._default = _mode(sum(steps.values(), Counter()))

    def edge(self, size: float, left: float) -> float:
        """The right edge of the column of lines of this size whose left edge is `left` (where
        its lines, or an indented first line, start): the furthest reach that two lines share
        within WIDEST, as wrapped lines do; 0.0 when no two lines do."""
        key = (_size_key(size), round(left))
        if (edge := self._edges.get(key)) is None:
            lo, hi = math.floor(left - INDENT * size), math.ceil(left + 0.5 * size)
            sizes = [k for k in self._sizes if same_size(k / 2, size)]
            reach = sorted((x1 for k in sizes for x in range(lo, hi + 1) for x1 in self._reach.get((k, x), ())),
                           reverse=True)
            edge = next((x1 for x1, below in itertools.pairwise(reach) if x1 - below <= WIDEST * size), 0.0)
            self._edges[key] = edge
        return edge

    def full(self, a: Line, b: Line, left: float) -> bool:
        """Whether line a was broken because b's first word did not fit after it before the
        column's edge (a hyphenated line end is such a break). A line reaching well past the
        edge, or without a space (an address too long to break), was never wrapped."""
        edge = self.edge(a.size, left)
        if not edge or a.x1 > edge + WIDEST * a.size or " " not in a.text.strip():
            return False
        return a.text.rstrip().endswith("-") or a.x1 + SPACE * a.size + b.lead > edge

    def leading(self, size: float) -> float:
        """The usual step from a full line to the next, in multiples of the type size."""
        return self._leading.get(_size_key(size), self._default)


def _mode(seen: Counter[float]) -> float:
    return max(seen, key=lambda step: (seen[step], -step)) if seen else 0.0


def regrouped(groups: list[tuple[int, Group]], measures: Measures) -> list[tuple[int, Group]]:
    """A page's groups (with the number of the pdfminer box each came from), each followed by
    the group that goes on with its paragraph and joined to it (see module docstring). The
    continuation is looked for by position, not in pdfminer's order: that order may give the top
    of a column before the foot of the column left of it (it pairs boxes that stand side by
    side), and, at one box per line, the lines of two columns in turn."""
    if len(groups) < 2:
        return groups
    page = _Page([group for _, group in groups])
    after: dict[int, int] = {}
    for k, (_, group) in enumerate(groups):
        found = page.next_of(k, group, measures)
        if found is not None:
            after[k] = found
    out: list[tuple[int, Group]] = []
    for k in range(len(groups)):
        if k in page.continued:
            continue  # read after the group it goes on from
        number, chain, seen = groups[k][0], list(groups[k][1]), {k}
        while (k := after.get(k, k)) not in seen:  # (a continuation lies below or to the right: no loop)
            seen.add(k)
            chain += groups[k][1]
        out.append((number, chain))
    return out


class _Page:
    """Where a page's groups stand: their first lines by left edge, and the highest and lowest
    line of each size at each left edge (a column's top and foot)."""

    def __init__(self, groups: list[Group]) -> None:
        self.groups = groups
        self.continued: set[int] = set()  # groups found to go on from another
        self.starts: dict[int, list[int]] = defaultdict(list)  # left edge -> groups starting there
        self.high: dict[tuple[int, int], float] = {}
        self.low: dict[tuple[int, int], float] = {}
        for k, group in enumerate(groups):
            self.starts[round(group[0].x0)].append(k)
            for line in group:
                if line.size:
                    key = (_size_key(line.size), round(line.x0))
                    self.high[key] = max(self.high.get(key, line.y0), line.y0)
                    self.low[key] = min(self.low.get(key, line.y0), line.y0)

    def next_of(self, k: int, upper: Group, measures: Measures) -> int | None:
        """The group that goes on with upper's last line: the line right below it, or the top of
        the next column; None when there is none."""
        a = upper[-1]
        if not a.size or a.size < (1 - SIZE_STEP) * measures.body:
            return None  # small print stays as pdfminer grouped it
        lo, hi = math.floor(a.x0 - INDENT * a.size), math.ceil(a.x0 + INDENT * a.size)  # (indents, hanging lines)
        below = [j for x in range(lo, hi + 1) for j in self.starts.get(x, ()) if j != k and j not in self.continued]
        for j in sorted(below, key=lambda j: -self.groups[j][0].y0):
            if self.groups[j][0].y0 < a.y0 and _below(upper, self.groups[j][0], measures):
                self.continued.add(j)
                return j
        left = min(line.x0 for line in upper)
        if self._foot(a, left) and not _SENTENCE_END.search(a.text.rstrip()):
            right = max(line.x1 for line in upper) - 0.5 * a.size
            tops = [j for x, starts in self.starts.items() if x > right for j in starts
                    if j not in self.continued and self._top(self.groups[j][0])]
            for j in sorted(tops, key=lambda j: self.groups[j][0].x0):
                b = self.groups[j][0]
                if b.y0 > a.y0 + a.size and same_size(a.size, b.size) and measures.full(a, b, left):
                    self.continued.add(j)
                    return j
        return None

    def _ys(self, table: dict[tuple[int, int], float], line: Line, lo: float, hi: float) -> list[float]:
        """The table's heights for lines of line's size whose left edge is within lo..hi."""
        key = _size_key(line.size)
        return [y for x in range(math.floor(lo), math.ceil(hi) + 1) if (y := table.get((key, x))) is not None]

    def _foot(self, a: Line, left: float) -> bool:
        """Whether a is the lowest line of its size at its column's left edge."""
        return all(y >= a.y0 for y in self._ys(self.low, a, left - 0.5 * a.size, left + 0.5 * a.size))

    def _top(self, b: Line) -> bool:
        """Whether b is the highest line of its size in its column, and starts at the column's
        left edge (no line of its size starts further left there: b is no indented first line)."""
        tol = 0.5 * b.size
        return (all(y <= b.y0 for y in self._ys(self.high, b, b.x0 - INDENT * b.size, b.x0 + INDENT * b.size))
                and not self._ys(self.high, b, b.x0 - INDENT * b.size, b.x0 - tol - 1))


def _below(upper: Group, b: Line, measures: Measures) -> bool:
    """Whether b is the next line of upper's paragraph, right below its last line a: one size (a
    full), the same left edge (or a the paragraph's indented first line, or a list item's first
    line with b hanging below its text), no wider a step than the usual leading, with room for a
    larger span on either line."""
    a = upper[-1]
    if b.y0 >= a.y0 - a.size or not (b.size and same_size(a.size, b.size)):
        return False
    opens = len(upper) == 1 or not measures.full(upper[-2], a, min(upper[-2].x0, a.x0))  # a opens a paragraph
    aligned = (abs(b.x0 - a.x0) <= 0.5 * a.size or (opens and 0 < a.x0 - b.x0 <= INDENT * a.size)
               or (_LIST_ITEM.match(a.text) is not None and 0 < b.x0 - a.x0 <= INDENT * a.size))  # hanging
    leading = measures.leading(a.size)
    room = (a.top - a.size) + (b.top - b.size)
    return (aligned and leading > 0 and a.y0 - b.y0 <= (leading + LEADING_SLACK) * a.size + room
            and measures.full(a, b, min(a.x0, b.x0)))


def indented(a: Line, b: Line) -> bool:
    """Whether b, the line after a in one box, is indented from it: a new paragraph's first
    line. (Not under a list item's first line: its next lines hang indented below the text.)"""
    return 0.5 * a.size < b.x0 - a.x0 <= INDENT * a.size and not _LIST_ITEM.match(a.text)


def stops_short(a: Line, b: Line, measures: Measures) -> bool:
    """Whether line a ends a sentence with room left in its column for b's first word: where
    the writer, not the column, ended the line."""
    return bool(_SENTENCE_END.search(a.text.rstrip())) and not measures.full(a, b, min(a.x0, b.x0))


__all__ = ["SIZE_STEP", "Group", "Line", "Measures", "indented", "line_of", "regrouped", "same_size", "stops_short"]
