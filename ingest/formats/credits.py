"""Credit lines: one line that packs an article's outlet, author(s) and date.

Digests and pastes state a story's provenance in one line whose parts come in any order and
are joined by '|', ',', '—', '--' or a word such as 'vom': 'Jane Roe | Harbour Gazette |
5 May 2024', 'Kalle Berg and Mia Lund, Fjord Post -- 3 April 2024', 'Westküsten-Bote vom
12.03.2024, S. 4 (Lokalteil)', 'Harbour Gazette, 4/5/2024'. Each part is recognised by its
shape, as a reader does: a date parses as a date; a part opened by 'By'/'Von', or two names
joined by 'and', is a list of people (ingest/bylines.py); a part ending in a nameplate word
('… Gazette', '…-Kurier'), a known outlet alias or a domain is the outlet; a page reference
or an edition ('S. 21', 'Online-Ausgabe') is neither. One name-shaped part with no such cue
('Jane Roe' or 'Global Research'?) is left undecided in `name`: the caller settles it from
the rest of the header. Anything that reads like prose (lower-case words, a sentence end,
more parts than a credit holds) makes the whole line no credit, so body text stays body.
Which words join, mark or furnish a credit is data (ingest/data/header_labels.toml, loaded by
ingest/formats/header_vocab.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.bylines import Bylines
from ingest.dates import MONTHS, find_date, has_year, numeric_date
from ingest.formats.header_vocab import VOCABULARY, HeaderVocabulary
from ingest.outlets import OutletAliases
from ingest.text import SENTENCE_END, URL_RE, is_time_line

MAX_CREDIT_CHARS = 160
MAX_PARTS = 4  # outlet, authors, date and one edition or page reference
MAX_PART_WORDS = 8
MAX_CHANNEL_CHARS = 16  # the longest channel part ('Guest Column', 'Online News')
_MEMO_SIZE = 8192  # credit readings kept for the run (CreditReader._classified)
# Parts are joined by a pipe, a middle dot or bullet, a spaced dash, a double hyphen, a comma
# or a semicolon; '(?<!\d),' keeps "1,200" whole (a credit has no such number anyway).
_PART_SEP = re.compile(r"\s+[|·•/]\s+|\s+[—–]\s+|\s+--?\s+|\s*;\s+|(?<!\d),\s+")
_EDGE_SEP = re.compile(r"^(?:\s*(?:[|·•;,/]|[—–]|--?)\s*)|(?:\s*(?:[|·•;,/]|[—–]|--?)\s*)$")
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d)(?![\d/.-])")
_CLOCK = re.compile(r"^[\s,]*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?", re.I)
_NOTE = re.compile(r"\s*\([^()]{1,60}\)$")  # "(Lokalteil)", "(englischsprachig)", "(nwn)"
_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)
_REVISION = re.compile(r"^(?:updated|modified|edited|revised|last updated)\b", re.I)
# "Gazette – Jane Roe – Published: 28/04/2025", "Harbour Gazette | Published Dec. 2, 2026 at 7:14 p.m.":
# the label before the date (its colon may go after a part separator).
_LABEL_BEFORE_DATE = re.compile(
    r"\s(?P<label>(?:published|posted|first published|publication date|dated?)\s*:)\s*$"
    r"|\s[|·•—–]\s+(?P<word>published|posted|first published)\s*$", re.I)
_DATE_LABEL = re.compile(r"^(?:published|posted|first published|publication date|dated?|datum|erschienen)\s*:?$", re.I)
_LABEL = re.compile(r"^[^\W\d_][\w /&.-]{0,30}\s*:\s")
_LAST_WORD = re.compile(r"(?:^|\s)([^\W\d_]{2,12}\.?),?$")
_TOKEN = re.compile(r"[\w'’.-]+")
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")  # a word's start ("14th" holds none)
_DOMAIN_IN = re.compile(r"[\w-]+(?:\.[\w-]+)+")  # "lakeshorepost.com", "a.m.", "S. 21" stay out of the prose test
_DOMAIN_DOT = re.compile(r"[\w-]\.[\w-]")  # found in every match of _DOMAIN_IN, and found only where one is
_NOTES_IN = re.compile(r"\([^()]{0,60}\)")
# Lower-case words allowed inside a publication's name ("Voice of the West", "Rhein-Zeitung am
# Sonntag"): any other lower-case word means the part is prose.
_CONNECTORS = {"of", "the", "and", "for", "on", "in", "am", "im", "an", "der", "die", "das", "des", "de",
               "la", "le", "les", "du", "del", "di", "van", "von", "zu", "für", "&"}


@dataclass(slots=True, frozen=True)
class Credit:
    """What one credit line states; `name` is a part that may be a person or an outlet."""

    outlet: str | None = None
    date: dt.date | None = None
    authors: tuple[str, ...] = ()
    name: str | None = None
    dated: bool = False  # a date part stood there, even one that cannot be read (4/5/2024)
    parts: int = 0

    @property
    def full(self) -> bool:
        """People plus an outlet or a date: a line no other header reader splits right."""
        return bool(self.authors) and (self.outlet is not None or self.dated)


DayFirst = bool | None | Callable[[], bool | None]  # the file's numeric date order, or how to learn it


def _date_span(s: str, dayfirst: DayFirst) -> tuple[dt.date | None, int, int] | None:
    """The line's date and its span: the first full date, or an all-numeric one before it that
    only the file's proven order reads ('4/5/2024'; unproven: the span with no date)."""
    found = find_date(s)
    num = _NUMERIC.search(s)
    if num is not None and (found is None or num.start() < found[1]):
        order = dayfirst() if callable(dayfirst) else dayfirst  # asked only here: it reads the whole file
        date = numeric_date(num.group(0), order) if order is not None else None
        return date, num.start(), num.end()
    return found


def _cut_date(s: str, dayfirst: DayFirst, vocab: HeaderVocabulary,
              nameplate: Callable[[str], bool] | None = None) -> tuple[list[str], dt.date | None, bool] | None:
    """The text around the date as pieces, the date, and whether a date stood there; None when
    the date is glued into a sentence instead of standing as a part of its own. `nameplate`:
    whether the whole text before the date names a publication ('Holderness Gazette 24/11/2026'
    needs no comma: a paper's name is no sentence)."""
    if not has_year(s):
        return [s], None, False
    span = _date_span(s, dayfirst)
    if span is None:
        return [s], None, False
    date, start, end = span
    before, after = s[:start].rstrip(), s[end:]
    if before.endswith(("(", "[")) and after.lstrip().startswith((")", "]")):
        # "Harbour News Desk (25/10/2026)": a bracketed date is a part of its own, as after a comma
        before, after = before[:-1].rstrip() + ",", after.lstrip()[1:]
    if before and (day := _LAST_WORD.search(before)) is not None and vocab.weekday.match(day.group(1)):
        before = before[: day.start(1)].rstrip()  # "Gazette, Mi, 04.03.2026": the date's weekday, no part
    after = after[m.end():] if (m := _CLOCK.match(after)) else after
    pieces: list[str] = []
    if (lab := _LABEL_BEFORE_DATE.search(before)) and lab.start() > 0:
        # "Gazette – Jane Roe – Published: 28/04/2025"; "Gazette | Published 5 May" keeps its separator
        before = before[: lab.start("label")].rstrip() if lab.group("label") else before[: lab.start("word")]
    if before:
        head = _EDGE_SEP.sub("", before) if _EDGE_SEP.search(before) else None
        if head is None:
            last = before.split()[-1].lower()
            if last in vocab.date_joiners:
                head = before[: len(before) - len(last)].rstrip()
            elif _DATE_LABEL.match(before):
                head = ""
            elif nameplate is not None and title_case(before) and nameplate(before):
                head = before  # "Southern Lakes Herald 28/10/2026": a paper's name, then its date
            else:
                return None  # "said on 5 May 2024": a date inside a sentence
        if _REVISION.match(head) or _DATE_LABEL.match(head):
            return None if _REVISION.match(head) else ([], date, True)
        pieces.append(head)
    after = after.strip()
    if after == "." and date is not None and pieces:
        after = ""  # "From the Harbour Gazette, 5 May 2024.": a source line closed by a full stop
    if after:
        if not _EDGE_SEP.match(" " + after) and not after.startswith(","):
            return None
        pieces.append(_EDGE_SEP.sub("", after))
    return [p for p in pieces if p], date, True


def title_case(part: str) -> bool:
    """A name's shape: capitalised words, with only the connectors of names in lower case."""
    toks = _TOKEN.findall(part)
    if not toks or (not toks[0][:1].isupper() and not toks[0][:1].isdigit()):
        return False
    return all(t[:1].isupper() or t[:1].isdigit() or t.lower() in _CONNECTORS for t in toks)


# A poster's remark after a credit's date, set off by a dash and in lower case ("Lowveld Post,
# 31 July 2026 -- relevant to the sensor thread.", "… 2 May 2026 - worth a read:"), or a
# sentence of its own after the year's full stop ("Harbour Gazette, May 2 2026. Small story, big
# consequences."): the forwarder's words, not the credit's.
_POSTER_NOTE = re.compile(
    r"\s+(?:--|—|–)\s+(?=[a-z])[^|·]{8,}$| - (?=[a-z])[^|·]{8,}$|(?<=\d{4})\. (?=[A-Z][a-z])[^|·]{8,}$")
# _POSTER_NOTE's leftmost match when it starts within MAX_CREDIT_CHARS characters (group "note"),
# else no match: the shortest prefix first, so the first place where the note pattern matches.
_POSTER_NOTE_NEAR = re.compile(rf"(?s:.){{0,{MAX_CREDIT_CHARS}}}?(?P<note>{_POSTER_NOTE.pattern})")


class CreditReader:
    """Reads credit lines with the byline and outlet vocabularies (see module docstring)."""

    def __init__(self, bylines: Bylines, outlets: OutletAliases, vocab: HeaderVocabulary = VOCABULARY) -> None:
        self.bylines = bylines
        self.outlets = outlets
        self.vocab = vocab
        # Lower-case words a credit line may hold: name connectors, date joiners and month names,
        # byline openers and name joiners, job titles ("staff writer"), page and edition words.
        # Any other lower-case word is prose, and the line is answered before any date pattern.
        allowed = set(_CONNECTORS) | vocab.date_joiners | set(MONTHS) | {"am", "pm", "by", "und", "et", "y"}
        allowed |= {w for t in bylines.titles for w in t.split()} | {w for o in bylines.openers for w in o.split()}
        allowed |= vocab.lower_words
        self._allowed = frozenset(allowed)
        # _classify's answers by their inputs: every file of a digest series repeats its bylines
        # and nameplates. Only the vocabulary decides them, so a reader kept for the run (see
        # ParseContext.credit_reader) keeps them; bounded, and dropped if organisations are added.
        self._classified: dict[tuple[tuple[str, ...], dt.date | None, bool], Credit | None] = {}
        self._orgs = len(bylines.orgs)
        self._lines: dict[str, Credit | None] = {}  # read()'s answers by line (see read)
        self._lines_orgs = len(bylines.orgs)

    def _prose(self, s: str) -> bool:
        """A lower-case word no credit part holds ("said", "the city"): the line is prose.

        Most lines asked are prose, so the words are read lazily and the first such word
        answers. A domain needs a dot between two of its characters: without one the
        substitution would change nothing, and its pattern is dear on a line of prose.

        First, without a pattern: one of the first four space-separated tokens that is all
        lower-case ASCII letters is such a word (bounded by spaces and holding no dot, it is
        no part of a domain and the word pattern reads it whole), which answers most prose."""
        allowed = self._allowed
        for tok in s.split(" ", 4)[:4]:
            if len(tok) > 1 and tok.isascii() and tok.isalpha() and tok.islower() and tok not in allowed:
                return True
        bare = _DOMAIN_IN.sub(" ", s) if "." in s and _DOMAIN_DOT.search(s) else s
        for m in _WORD.finditer(bare):
            w = m.group()
            if w[0].islower() and len(w) > 1 and w not in allowed:
                return True
        return False

    def prose(self, s: str) -> bool:
        """Whether s holds a lower-case word no credit part holds (see _prose)."""
        return self._prose(s)

    def edition(self, part: str) -> bool:
        """'Online-Ausgabe', 'Lokalausgabe Münster', 'Late edition': a part of the outlet."""
        return self.vocab.edition.search(part) is not None

    def outletish(self, part: str) -> bool:
        """A publication by vocabulary: a nameplate word, a known alias or a domain."""
        return self.outlets.nameplate(part) or self.outlets.known(part) or bool(_DOMAIN.match(part))

    def person_names(self, part: str) -> list[str] | None:
        """Names of people: each two to four capitalised words, none a publication's."""
        if not title_case(part) or self.outletish(part) or any(c.isdigit() for c in part):
            return None
        names = self.bylines.names(part)
        if not names:
            return None
        for name in names:
            toks = name.split()
            if not 2 <= len(toks) <= 4 or self.outletish(name) or self.bylines.descriptor(name):
                return None
        return names

    def read(self, line: str, dayfirst: DayFirst = None) -> Credit | None:
        """The credit a line states, or None (see module docstring).

        Credits are kept for the run by line (bounded): a digest series repeats its date,
        byline and nameplate lines in every file, and each file's Lines asks afresh. A line is
        kept only when its reading never asked for the file's date order (no all-numeric date
        before its first full date), and only while the readings of parts it went through are
        kept (`_classified`, cleared together): what is kept is what read() would then answer.
        Lines read as no credit are not kept: most are prose, answered by the first tests, and
        keeping them would crowd the credits out."""
        lines = self._lines
        if len(self.bylines.orgs) != self._lines_orgs:
            lines.clear()  # organisations were added: any answer may change
            self._lines_orgs = len(self.bylines.orgs)
        if line in lines:
            return lines[line]
        asked: list[bool] = []

        def order() -> bool | None:
            asked.append(True)
            return dayfirst() if callable(dayfirst) else dayfirst

        found, later = self._read(line, order)
        if not asked and later is not None:  # (a line read as no credit is mostly prose, cheap to read again)
            if len(lines) >= _MEMO_SIZE:
                lines.clear()
            lines[line] = later
        return found

    def _read(self, line: str, dayfirst: DayFirst) -> tuple[Credit | None, Credit | None]:
        """(the credit the line states, what reading it again would give while the parts'
        reading stays in `_classified`): the same credit twice since a kept reading gets the
        line's source cue as a fresh one does (two values so read() can tell a line that
        reads as no credit apart from one whose reading may be kept)."""
        s = line.strip()
        if len(s) > MAX_CREDIT_CHARS:
            # Only a note cut off within the first MAX_CREDIT_CHARS characters, after a year,
            # brings a long line under the limit: most such lines are paragraphs (a dated one is
            # asked as a possible anchor), and the note pattern would try every position of them.
            if not has_year(s[:MAX_CREDIT_CHARS]) or not ("--" in s or "—" in s or "–" in s or " - " in s or ". " in s):
                return None, None
            note = _POSTER_NOTE_NEAR.match(s)  # = the leftmost _POSTER_NOTE match, if it starts in reach
            if note is None or not has_year(s[: note.start("note")]):
                return None, None
            s = s[: note.start("note")]
        elif (("--" in s or "—" in s or "–" in s or " - " in s or ". " in s)
                and (note := _POSTER_NOTE.search(s)) is not None and has_year(s[: note.start()])):
            s = s[: note.start()]  # "Lowveld Post, 31 July 2026 -- relevant to the sensor thread."
        if not s or len(s) > MAX_CREDIT_CHARS or "@" in s or s.endswith(":"):
            return None, None
        # Every URL holds "http" or "www." in some case (no other character matches those
        # letters case-insensitively): two scans of a lower-cased copy instead of the pattern.
        low = s.lower()
        if ("http" in low or "www." in low) and URL_RE.search(s):
            return None, None
        if ":" in s and _LABEL.match(s):
            return None, None  # "Source: Gazette, 5 May 2024": the label readers' line (read its value)
        cued = self._source_lead(s)
        if cued is not None:
            s = cued[0] + s[cued[1]:]  # "From The Grant Desk newsletter, …" -> "The Grant Desk, …"
        if self._prose(_NOTES_IN.sub(" ", s) if "(" in s else s):
            return None, None
        cut = _cut_date(s, dayfirst, self.vocab, self.outlets.nameplate)
        if cut is None:
            return None, None
        pieces, date, dated = cut
        # A trailing note names an edition or gives an abbreviation ("(Lokalteil)", "(nwn)").
        parts = [_NOTE.sub("", p).strip() or p.strip() for piece in pieces for p in _PART_SEP.split(piece) if p.strip()]
        if len(parts) + dated > MAX_PARTS or any(SENTENCE_END.search(p) and not _initial_end(p) for p in parts):
            return None, None
        memo, key = self._classified, (tuple(parts), date, dated)
        if key not in memo or len(self.bylines.orgs) != self._orgs:
            if len(memo) >= _MEMO_SIZE or len(self.bylines.orgs) != self._orgs:
                memo.clear()
                self._lines.clear()  # a kept line's answer came from a reading dropped here
                self._orgs = len(self.bylines.orgs)
            memo[key] = self._classify(parts, date, dated)
        # The source cue is applied to a kept reading as to a fresh one, so a line's answer never
        # depends on which lines a worker happened to read before it.
        found = memo[key] if cued is None else _cued(memo[key], cued[0])
        return found, found

    def _source_lead(self, s: str) -> tuple[str, int] | None:
        """(publication, end of the lead) for a line opened by a source cue and a name-shaped
        publication ("From The Grant Desk newsletter, 5 Apr 2025, by Megan Koh")."""
        if not s[:1].isupper():
            return None
        lead = self.vocab.source_lead.match(s)
        if lead is None:
            return None
        name = lead.group("name").strip()
        if name.startswith("the ") and len(name) > 4 and name[4].isupper():
            name = name[4:]  # "From the Harbour Gazette, …": the article is no part of the name
        if not title_case(name) or has_year(name) or self.bylines.may_open(name):
            return None
        if self.person_names(name) is not None:
            return None  # "From Jane Roe, 5 May 2024": a letter's sender as likely as a source
        return name, lead.end()

    def _classify(self, parts: list[str], date: dt.date | None, dated: bool) -> Credit | None:
        authors: list[str] = []
        outlets: list[str] = []
        people: list[str] = []  # one name-shaped part with no cue: a person or an outlet
        others: list[str] = []  # a capitalised part that is no person's name ("Leeds", "Global Research Centre")
        after_byline = False
        for part in parts:
            if self.vocab.page_ref.match(part) or is_time_line(part) or (self.edition(part) and len(parts) > 1):
                continue
            if len(parts) > 1 and len(part) <= MAX_CHANNEL_CHARS and self.vocab.channel.match(part):
                continue  # "… | Online", "… | Wire", "· Online News ·": the clip's channel, no name
            if self.vocab.issue_mark.match(part):
                return None  # "Issue 112 | 17 March 2025": a newsletter's masthead, not an article's credit
            if len(part.split()) > MAX_PART_WORDS or not any(c.isalpha() for c in part):
                return None  # a bare number ("2000", "12") is no outlet, person or date
            labelled = self.vocab.author_label.match(part) if ":" in part else None
            if labelled is not None or self.bylines.may_open(part):
                # "By Jane Roe", or a labelled "Autor: Jane Roe" part
                names = self.bylines.names(labelled.group("names")) if labelled else self.bylines.byline(part)
                if names is None or any(self.outletish(n) for n in names):
                    return None
                authors += names
                after_byline = True
                continue
            if self.outletish(part):
                outlets.append(part)
            elif (names := self.person_names(part)) is not None:
                if after_byline or len(names) >= 2:
                    authors += names  # "By A, B and C", "A and B": people for sure
                else:
                    people.append(part)
            elif self.bylines.descriptor(part) or part.lower() in self.bylines.titles:
                pass  # "Staff Writer", "Health Reporter": the person's job
            elif title_case(part):
                others.append(part)
            else:
                return None
            after_byline = False
        return _settle(authors, outlets, people, others, date, dated, len(parts))


def _settle(authors: list[str], outlets: list[str], people: list[str], others: list[str],
            date: dt.date | None, dated: bool, n_parts: int) -> Credit | None:
    """Place the undecided parts: beside a stated outlet a name is the person; beside stated
    people the one remaining part is the outlet; a one-word place beside an outlet, or beside a
    name (the writer's dateline: 'Jane Roe, Leeds'), is dropped."""
    if outlets:
        others = [o for o in others if " " in o]  # "PBN News, Leeds": the place of the desk
    elif len(people) == 1 and len(others) == 1 and " " not in others[0] and not authors:
        # "Jane Roe | Leeds | 5 May 2024", "Jane Roe, Leeds": the writer and where she filed from
        return Credit(None, date, (people[0],), None, dated, n_parts)
    if len(outlets) + len(others) > 1 or len(people) > 1 or (people and others):
        return None  # more parts than one outlet and one undecided name: not a credit we can read
    outlet = outlets[0] if outlets else (others[0] if others else None)
    if outlet is not None and people:
        return Credit(outlet, date, (*dict.fromkeys(authors), people[0]), None, dated, n_parts)
    name = people[0] if people else None
    if name is not None and authors:
        outlet, name = name, None  # "By Jane Roe | Bay Blog": beside the people, the outlet
    return Credit(outlet, date, tuple(dict.fromkeys(authors)), name, dated, n_parts)


def _cued(credit: Credit | None, outlet: str) -> Credit | None:
    """A credit whose publication a source cue named: that part is the outlet, whatever its
    shape. With nothing else stated (no date, no people) only a name that reads as a
    publication by itself is one ("From Tidewater Shipping Bulletin")."""
    if credit is None or credit.outlet not in (None, outlet):
        return None
    if not (credit.dated or credit.authors) and credit.outlet is None:
        return None
    authors = tuple(a for a in credit.authors if a != outlet)
    name = None if credit.name == outlet else credit.name
    return Credit(outlet, credit.date, authors, name, credit.dated, credit.parts)


def _initial_end(part: str) -> bool:
    """'Rob T.', 'Jane Q. Public Jr.': a name's initial, not a sentence end."""
    last = part.split()[-1]
    return len(last.rstrip(".")) <= 2 and last[:1].isupper()


__all__ = ["Credit", "CreditReader", "title_case"]
