"""Line judgements for plain-text header detection: what one line of a dump is.

Whether a line is a date, a byline, a label, an "Outlet, date" line, a title candidate or
furniture depends only on its text and the vocabulary (data files), so `Lines` keeps each
answer for the file: header detection (ingest/formats/headers.py) asks the same questions
of a line many times over. Every function here puts its cheapest exact test first (a label
needs its colon, a date its year); tests/test_parse_prechecks.py holds each one to the
plain version on varied lines.
One-line readers asked only once or twice per header are in ingest/formats/line_forms.py.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ingest.bylines import Bylines
from ingest.dates import (
    YEARLESS_DATE,
    date_line,
    find_date,
    has_year,
    numeric_order,
    split_leading_date,
    split_trailing_date,
)
from ingest.formats.credits import Credit, CreditReader
from ingest.formats.header_vocab import VOCABULARY, item_mark, without_kind
from ingest.outlets import OutletAliases
from ingest.rules import RuleSet
from ingest.text import (
    SENTENCE_END,
    SEPARATOR_FIRST,
    clean_line,
    is_menu_line,
    is_separator,
    is_tag_line,
    is_time_line,
    is_url_line,
    words,
)

MAX_OUTLET_WORDS = 8
_LABEL_LINE = LABEL_LINE = re.compile(r"^([A-Za-z][A-Za-z /&.-]{0,30}?)\s*::?\s*(.*)$")  # "Label: v", "LABEL :: v"
EXTRA_LABEL = re.compile(
    r"^(source|section|length|words|word count|updated|published|posted|dateline|location|region|theme|"
    r"category|topics?|tags?|keywords?|edition|page|type|language|url|link|summary|description|excerpt|abstract|"
    r"standfirst|dek|folder|account|exported|read original article|readability|lexile|record number)\s*:\s*\S",
    re.I,
)
_HANDLE = re.compile(r"^@?[a-z0-9][a-z0-9._-]{2,29}$")  # a forum or chat user name: one lower-case token
_DATE_STAMP = re.compile(r"^(posted|published|dated?|updated|first published)\b\W*[\d./-]{6,10}\b", re.I)
_OUTLET_LABEL = OUTLET_LABEL = re.compile(r"^(source|publication|outlet|publisher|newspaper|via|from)\s*:\s*", re.I)
_MAIL_LABEL = re.compile(
    r"^(from|to|cc|bcc|subject|sent|date|message-id|content-type|content-transfer-encoding|reply-to|mime-version|"
    r"in-reply-to|references|x-[\w-]+)\s*:", re.I)
_MULTIPART = re.compile(r"\s(?:—|\|)\s")  # "Headline — Outlet, date": a contents line, not an outlet
_MESSAGE_NO = re.compile(r"^message:?\s*\d+$", re.I)  # a digest's message number
SLUG = re.compile(r"^[A-Z]{2,}(?:-[\w]+)+")  # wire slugs: "AP-EU--Portugal-Strike"
_ITEM_PREFIX = re.compile(r"^(?:\d{1,3}[.)]\s+|\[[^\]]{1,24}\]\s*|#\d{1,4}\s+)")
_LETTER = re.compile(r"[A-Za-z]")
_DOMAIN_END = re.compile(r"\.(com|org|net|in|am|ua|ru|uk|ca|de|fr)$")
LABELS_FILE = Path(__file__).resolve().parent.parent / "data" / "header_labels.toml"


@dataclass(slots=True)
class ParseContext:
    """Vocabulary the parser needs: bylines, outlet aliases and boilerplate rules (data files)."""

    bylines: Bylines
    outlets: OutletAliases
    rules: RuleSet | None = None
    labels: dict[str, str] = field(default_factory=lambda: load_labels(LABELS_FILE))
    _credits: list[CreditReader] = field(default_factory=list, repr=False, compare=False)

    def credit_reader(self) -> CreditReader:
        """One credit reader for the run (built on first use): it keeps its readings of parts
        across files, which only the vocabulary here decides."""
        if not self._credits:
            self._credits.append(CreditReader(self.bylines, self.outlets))
        return self._credits[0]


def load_labels(path: Path) -> dict[str, str]:
    """Header label -> field ('title', 'outlet', 'date', 'authors', 'url', 'language')."""
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    return {label.lower(): fieldname for fieldname, labels in data.get("labels", {}).items() for label in labels}


def more_words_than(s: str, n: int) -> bool:
    """len(words(s)) > n. Words are separated by at least one character, so a text shorter than
    2n + 1 characters cannot hold n + 1 of them: most lines are answered without the regex."""
    return len(s) > 2 * n and len(words(s)) > n


def strip_item(text: str) -> str:
    """'1. Headline', '[Clip 01] Outlet': list numbering and clip labels are not part of the name."""
    return _ITEM_PREFIX.sub("", text, count=1).strip()


class Lines:
    """The decoded lines of one source with cached per-line judgements.

    Header detection asks the same questions of a line many times over (is it a date, a
    byline, a label?) from the anchor scan, the stack above an anchor and the title test; the
    answers depend only on the line and the vocabulary, so each is computed once per file."""

    def __init__(self, raw: list[str], ctx: ParseContext, dayfirst: bool | None = None,
                 furniture: frozenset[int] = frozenset()) -> None:
        """`dayfirst`: the numeric date order when a larger document proved it (a chat message
        read on its own, in a file whose other messages settle the order). `furniture`: lines
        blanked as page furniture (a PDF's running heads and footers, formats/pages.py), which
        no gap between two lines counts: a page break parts a headline from its credit line
        no more than a blank line does."""
        self.raw = raw
        self.furniture = furniture
        self.clean = list(map(clean_line, raw))
        self.ctx = ctx
        # Keyed by the line's text, not its index: a digest repeats its outlet, date and
        # furniture lines, and an answer about one copy holds for all. Answers are shared, so
        # a returned list must never be changed in place.
        self._titleish: dict[str, bool] = {}  # keyed by the raw line (the menu test reads it)
        self._label: dict[str, tuple[str, str] | None] = {}
        self._date: dict[str, dt.date | None] = {}
        self._byline: dict[str, list[str] | None] = {}
        self._bylineish: dict[str, list[str] | None] = {}
        self._outlet_date: dict[str, tuple[str, dt.date] | None] = {}
        self._boilerplate: dict[str, str | None] = {}
        # computed on first need (most files never ask), unless the caller knows it
        self._dayfirst: list[bool | None] = [] if dayfirst is None else [dayfirst]
        self._credit: dict[str, Credit | None] = {}
        self.credits = ctx.credit_reader()
        self._separators: list[int] | None = None
        self._issued: list[dt.date | None] = []

    def separators(self) -> list[int]:
        """Indices of the rule lines ('-----', '* * *'), in order; several layout readers ask.
        The first-character test is the one is_separator's patterns allow (text.py)."""
        if self._separators is None:
            self._separators = [i for i, s in enumerate(self.clean)
                                if s and s[0] in SEPARATOR_FIRST and is_separator(s)]
        return list(self._separators)

    def issued(self) -> dt.date | None:
        """The date the file states for itself on its first lines (a packet's 'Morning Clips –
        Monday, December 7, 2026'), never an item's date: the day a yearless clip date falls
        before (clip_lines.py)."""
        if not self._issued:
            shown = [s for s in self.clean[:MASTHEAD_SCAN] if s][:MASTHEAD_LINES]
            self._issued.append(next((d for s in shown if has_year(s) and (d := _first_date(s))), None))
        return self._issued[0]

    def dayfirst(self) -> bool | None:
        """Whether this file's all-numeric dates are day-first (dates.numeric_order of the file)."""
        if not self._dayfirst:
            self._dayfirst.append(numeric_order("\n".join(self.raw)))
        return self._dayfirst[0]

    def __len__(self) -> int:
        return len(self.raw)

    def blank(self, i: int) -> bool:
        return not self.clean[i]

    def prev_nonblank(self, i: int) -> tuple[int, int]:
        """Index of the nearest non-blank line above i (or -1) and how many blanks lie between."""
        clean = self.clean
        j = i - 1
        while j >= 0 and not clean[j]:
            j -= 1
        if self.furniture and i - 1 - j > 1:
            return j, i - 1 - j - sum(1 for k in range(j + 1, i) if k in self.furniture)
        return j, i - 1 - j

    def next_nonblank(self, i: int) -> int:
        clean, n = self.clean, len(self.clean)
        j = i + 1
        while j < n and not clean[j]:
            j += 1
        return j

    def label(self, i: int) -> tuple[str, str] | None:
        """(field, value) of a labelled header line such as 'Source: The Ledger'."""
        s = self.clean[i]
        if ":" not in s:
            return None  # the pattern needs its colon
        memo = self._label
        if s in memo:
            return memo[s]
        m = _LABEL_LINE.match(s)
        fieldname = self.ctx.labels.get(m.group(1).strip().lower()) if m else None
        found = memo[s] = (fieldname, m.group(2).strip()) if m and fieldname else None
        return found

    def date(self, i: int) -> dt.date | None:
        """date_line of line i."""
        s = self.clean[i]
        memo = self._date
        if s in memo:
            return memo[s]
        found = memo[s] = date_line(s)
        return found

    def byline(self, i: int) -> list[str] | None:
        """Bylines.byline of line i."""
        s = self.clean[i]
        memo = self._byline
        if s in memo:
            return memo[s]
        found = memo[s] = self.ctx.bylines.byline(s)
        return found

    def credit(self, i: int) -> Credit | None:
        """The credit line i states (formats/credits.py), numeric dates in the file's order."""
        s = self.clean[i]
        memo = self._credit
        if s in memo:
            return memo[s]
        found = memo[s] = self.credits.read(s, self.dayfirst) if s else None
        return found

    def outlet_date(self, i: int) -> tuple[str, dt.date] | None:
        """outlet_and_date of line i."""
        s = self.clean[i]
        memo = self._outlet_date
        if s in memo:
            return memo[s]
        found = memo[s] = outlet_and_date(self, i)
        return found

    def titleish(self, i: int) -> bool:
        r = self.raw[i]
        memo = self._titleish
        if r in memo:
            return memo[r]
        found = memo[r] = self._judge_title(i)
        return found

    def _judge_title(self, i: int) -> bool:
        s = self.clean[i]
        if not s or len(s) > 220 or not _LETTER.search(s) or "@" in s:
            return False
        if s.endswith((".", ",", ";", ":")) and not s.endswith("..."):
            return False
        if (SENTENCE_END.search(s) and not s.endswith(("?", "!", '?"', "?”", "!”"))) or more_words_than(s, 40):
            return False
        if is_separator(s) or is_url_line(s) or is_time_line(s) or is_menu_line(self.raw[i]):
            return False
        if item_mark(s) or _MESSAGE_NO.match(s):
            return False  # "Nr. 4", "(2)", "Message: 3": an item's number, never its headline
        by = self.ctx.bylines
        if is_tag_line(s) or self.date(i) or _DATE_STAMP.match(s) or self.byline(i) is not None or by.credits(s):
            return False
        if len(s) <= 30 and (YEARLESS_DATE.match(s) or _HANDLE.match(s)):
            return False  # "November 25", "pacific_pete": a post's stamp and its poster, never a headline
        if by.dated_names(s) or (":" in s and (EXTRA_LABEL.match(s) or _MAIL_LABEL.match(s) or self.label(i))):
            return False  # "Keywords: ...": never a headline (every label has its colon)
        # The boilerplate rules ("Share this article") are the dearest test, so they come last.
        return self.outlet_date(i) is None and not self.boilerplate(s)

    def boilerplate(self, s: str) -> str | None:
        """The boilerplate rule (scope 'any') a line matches; outlet and furniture lines recur
        throughout a digest, so answers are kept for the file."""
        rules = self.ctx.rules
        if rules is None:
            return None
        memo = self._boilerplate
        if s in memo:
            return memo[s]
        found = memo[s] = rules.match(s, "any")
        return found

    def outletish(self, i: int) -> bool:
        s = self.clean[i]
        if not s or more_words_than(s, MAX_OUTLET_WORDS) or (SENTENCE_END.search(s) and not s.endswith(".")):
            return False
        if s.endswith(".") and not _DOMAIN_END.search(s):
            return False
        return self.titleish(i) and not s[0].islower()

    def dateish(self, i: int) -> bool:
        """A date line, or a date stamp we cannot read ('Posted 04/05/2022'): header, not title."""
        s = self.clean[i]
        return self.date(i) is not None or bool(_DATE_STAMP.match(s)) or (len(s) <= 30 and bool(YEARLESS_DATE.match(s)))

    def bylineish(self, i: int) -> list[str] | None:
        s = self.clean[i]
        memo = self._bylineish
        if s in memo:
            return memo[s]
        names = self.byline(i)  # [] for 'By Staff': a byline crediting nobody
        found = memo[s] = names if names is not None else self.ctx.bylines.role_byline(s)
        return found


MASTHEAD_LINES = 6  # the masthead's lines read for the file's own date
MASTHEAD_SCAN = 40  # at most this many lines (blank ones included) down to find them


def _first_date(s: str) -> dt.date | None:
    found = find_date(s)
    return found[0] if found else None


def outlet_and_date(lines: Lines, i: int) -> tuple[str, dt.date] | None:
    """'Global Research, October 15, 2020', 'Outlet | 2 March 2021', '13 Mar 2023 | Outlet'."""
    line = lines.clean[i]
    if not has_year(line):
        return None  # both readings below need a full date, and every full date has a year
    label = _OUTLET_LABEL.match(line)  # "Source: Midland Courier | 14 November 2019"
    s = line[label.end() :] if label else line
    if len(s) > 120 or (lines.ctx.bylines.byline(s) if label else lines.byline(i)) is not None:
        return None
    head, comma, tail = s.rpartition(", ")
    if comma and (VOCABULARY.page_ref.match(tail.strip()) or _section_tail(lines, head, tail.strip())):
        s = head  # "The Evening Post, 1 May 2026, p. A1": the page follows the date
    split = split_trailing_date(s)
    if (split and 0 < len(words(strip_item(split[0]))) <= MAX_OUTLET_WORDS and not _MULTIPART.search(split[0])
            and not _LABEL_LINE.match(split[0]) and not _NUMERIC_DATE_PART.search(split[0])):
        # "Outlet, Date" needs its separator; "Name 16 November 2020" is a dated byline instead.
        sep = s[len(split[0]) : len(split[0]) + 3]
        if (_OUTLET_SEP.match(sep) and not VOCABULARY.issue_mark.match(split[0])
                and not _person_with_job(lines, split[0])):
            # ("Issue 112 | 17 March 2025" is a masthead; "Harbour Gazette editorial, date": the paper's)
            return without_kind(_without_writer(lines, strip_item(split[0]))), split[1]
    lead = split_leading_date(s)
    if (lead and 0 < len(words(lead[1])) <= MAX_OUTLET_WORDS and not SENTENCE_END.search(lead[1])
            and not VOCABULARY.issue_mark.match(lead[1])):
        return lead[1], lead[0]
    return None


SECTION_MAX_WORDS = 5
# A section's or desk's name: words (no figure), and maybe an edition note in brackets.
_SECTION = re.compile(r"^[^\W\d_]+(?:[ '’-]+[^\W\d_]+)*(?: \([^()\d]{1,40}\))?$")


def _section_tail(lines: Lines, head: str, tail: str) -> bool:
    """'The Tideline, Dec. 3, 2026, Letters to the editor', '…, In Brief (print edition)',
    '…, staff report': a citation line names the section, column or desk after the date, as it
    names the page. A few words, no figure, no sentence, capitalised (or a desk credit that
    names nobody), right after the date that ends the head; people there are a byline, which
    the credit reader reads instead."""
    if not head[-1:].isdigit() or len(tail) > 60 or _SECTION.match(tail) is None:
        return False
    if len(tail.split()) > SECTION_MAX_WORDS:
        return False
    by = lines.ctx.bylines
    if tail.lower() in by.pseudo:
        return True
    return tail[0].isupper() and not by.may_open(tail) and by.names(tail) is None


def _person_with_job(lines: Lines, part: str) -> bool:
    """'Helena Marchand, Health Reporter' before a date: a byline without 'By' (a name, then its
    job), not a publication. The job must read as one (bylines.toml titles); 'Harbour Gazette,
    Leeds' keeps its place."""
    head, sep, tail = strip_item(part).rpartition(", ")
    by = lines.ctx.bylines
    return bool(sep) and by.descriptor(tail) and not lines.ctx.outlets.nameplate(head) and bool(by.names(head))


def _without_writer(lines: Lines, outlet: str) -> str:
    """'The Paddock Report, Jane Roe' (a newsletter's name, then its writer, as Substack and
    similar platforms credit a post) -> the publication. Only when the head reads as a
    publication (a leading 'The', a nameplate word or a known outlet) and the tail as one name."""
    head, sep, tail = outlet.rpartition(", ")
    if not sep or not 2 <= len(tail.split()) <= 3:
        return outlet
    outlets = lines.ctx.outlets
    if not (head.startswith("The ") or outlets.nameplate(head) or outlets.known(head)):
        return outlet
    return head if lines.ctx.bylines.names(tail) == [tail] else outlet


_NUMERIC_DATE_PART = re.compile(r"\d[./-]\d")
_OUTLET_SEP = re.compile(r"\s*[,|–—-]")
