"""Cleaning: from a candidate's body lines to clean paragraphs, counting every removal.

Three passes, each explained where it is written:
1. lines become paragraphs (hard-wrapped blocks re-joined, markdown and odd spaces gone, a
   paragraph that a page break cut in two one again: ingest/pagebreaks.py);
2. paragraphs that are never prose are removed wherever they stand (separators, share and
   subscribe prompts, menus, link lists; `scope = "any"` rules);
3. the head and the tail are trimmed: the tail from the earliest boilerplate paragraph after
   which nothing but boilerplate or "weak" lines (short lines, links, contact lines) follows.
Learning from repetition (ingest/repeats.py) then runs across articles of one outlet.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ingest.bylines import Bylines
from ingest.dates import date_line
from ingest.pagebreaks import continues, crossed, joined, page_starts
from ingest.records import Candidate, CleanArticle
from ingest.release_tail import ReleaseTail
from ingest.rules import RuleSet
from ingest.text import (
    _FOLD_MAP,
    BULLET_FIRST,
    SENTENCE_END,
    SEPARATOR_FIRST,
    TIME_FIRST,
    bullet_text,
    clean_line,
    fold,
    has_url_or_email,
    is_menu_line,
    is_separator,
    is_tag_line,
    is_time_line,
    is_url_line,
    table_row,
    words,
)

WEAK_WORDS = 12  # a paragraph this short carries little text: it may sit inside a trailer
TRAILER_CONTENT_WORDS = 30  # a trailer may enclose at most this many words of real-looking text
END_MARK_CHARS = 40  # an end-of-text mark is a short line ('###', '- 30 -', 'ENDS'); see "end" rules
LINK_LIST_MIN = 3  # this many short bullet lines in a row are a link or name list, not prose
# ... unless a sentence of at least this many words ending in ':' announced them: they are the
# points it enumerates. A two- or three-word label ('Read more:') opens a link list, not a sentence.
LIST_INTRO_MIN_WORDS = 6
# "<Author Name> is a senior fellow at ...": a paragraph about the byline's author, not the story.
_BIO_VERB = r"(is|was|has|writes|covers|reports|teaches|works|lives|served|spent|holds|joined)\b"


@dataclass(slots=True)
class Paragraph:
    text: str
    lines: int  # how many source lines it came from (for the removal counts)
    raw: str = ""  # before space normalisation: column layouts (menus) show only here
    after_break: bool = False  # a page began between it and the paragraph before (pagebreaks.py)
    table: bool = False  # a row of a table of figures, or its head: text, though set in columns


def paragraphs(lines: Iterable[tuple[int, str]], unwrap_max_width: int,
               page_starts: tuple[int, ...] = ()) -> list[Paragraph]:
    """Blank-line separated blocks; a block is re-joined into one paragraph when it looks
    hard-wrapped (every line but the last within the wrap width, none a bullet), otherwise
    each of its lines is a paragraph of its own (as pasted web text has it). A block that
    begins on a later page than the block before (`page_starts`, line numbers) marks its first
    paragraph `after_break`."""
    out: list[Paragraph] = []
    block: list[str] = []
    raws: list[str] = []
    last = 0  # the number of the last line with text
    turned = False  # the block being read begins on a later page than the one before it
    for n, raw in lines:
        text = clean_line(raw)
        if text:
            if page_starts and not block:
                turned = crossed(page_starts, last, n)
            block.append(text)
            raws.append(raw)
            last = n
            continue
        if not block:
            continue
        first = len(out)
        if len(block) == 1:  # most pasted text: one line per block
            out.append(Paragraph(block[0], 1, raws[0]))
        else:
            _add_block(out, block, raws, unwrap_max_width)
        out[first].after_break = turned
        block, raws = [], []
    if block:
        first = len(out)
        _add_block(out, block, raws, unwrap_max_width)
        out[first].after_break = turned
    return out


# Han, kana, Hangul and their full-width punctuation: a character that takes two columns on a
# terminal, so a mail magazine wrapped at 35 of them is as wide as an English one at 70.
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"
                   "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
# Scripts written without spaces (Han, kana and their punctuation): a wrapped line ending in one
# joins a next line starting with one without a space, which would split a clause in two.
_UNSPACED = re.compile("[\u2e80-\u303e\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uff60]")


def _columns(line: str) -> int:
    """The width of a line in terminal columns (a wide character takes two)."""
    return len(line) if line.isascii() else len(line) + len(_WIDE.findall(line))


def _join(block: list[str]) -> str:
    if all(line.isascii() for line in block):
        return " ".join(block)
    text = block[0]
    for line in block[1:]:
        glued = _UNSPACED.match(text[-1:]) is not None and _UNSPACED.match(line[:1]) is not None
        text += line if glued else " " + line
    return text


def _add_block(out: list[Paragraph], block: list[str], raws: list[str], width: int) -> None:
    if _wrapped(block, width) and not _tabular(raws):
        start = 0
        for cut in _breaks(block, raws):
            out.append(Paragraph(_join(block[start:cut]), cut - start, "\n".join(raws[start:cut])))
            start = cut
        out.append(Paragraph(_join(block[start:]), len(block) - start, "\n".join(raws[start:])))
    else:
        out.extend(Paragraph(line, 1, raw) for line, raw in zip(block, raws, strict=True))


# A line that opens a kind of line of its own: a labelled link ('Read online: https://…'), a
# bare link, or a bio ('Jane Roe covers courts for …', 'Jo Lee is the paper's city reporter').
_OWN_LINE = re.compile(r"^(?:[^\W\d][^:/]{0,30}:\s*)?(?:https?://|www\.)"
                       r"|^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2} (?:covers|writes (?:about|for)|reports (?:on|for)"
                       r"|is [^.]{0,60}\b(?:reporter|editor|correspondent|writer|columnist|producer))\b")


def _breaks(block: list[str], raws: list[str]) -> list[int]:
    """Where a hard-wrapped block holds several paragraphs set without a blank line between them
    (a mail's closing lines: a republication note, the writers' bios, a 'Read online:' link):
    after a line that ends a sentence, when the next line's first word would have fitted on it
    (a wrapper breaks a line only when the next word does not fit: this break was the writer's)
    or when the next line opens a line of its own kind (_OWN_LINE). Widths are the raw lines':
    an indented first line ('     "I have…') fills the width its indent leaves."""
    widths = [_columns(raw.rstrip().expandtabs()) for raw in raws]
    longest = max(widths[:-1])
    cuts: list[int] = []
    for k in range(len(block) - 1):
        line = block[k]
        if not SENTENCE_END.search(line):
            continue
        nxt = block[k + 1]
        if widths[k] + 1 + _columns(nxt.split(" ", 1)[0]) <= longest or _OWN_LINE.match(nxt):
            cuts.append(k + 1)
    return cuts


def _tabular(raws: list[str]) -> bool:
    """A block set in columns: two or more of its lines are rows of figures (text.table_row).
    Its rows fill a similar width, as a wrapped paragraph's lines do, but each is a paragraph."""
    return sum(1 for raw in raws if table_row(raw)) >= 2


def _table_reach(paras: list[Paragraph]) -> tuple[int, ...]:
    """The indexes of a body's table paragraphs and of the short lines right beside a table (the
    caption over it, 'Stocks of local interest'; the note under it): CleanArticle.tables."""
    rows = [i for i, p in enumerate(paras) if p.table]
    if not rows:
        return ()
    near = {i + d for i in rows for d in (-1, 1) if 0 <= i + d < len(paras)}
    return tuple(sorted({*rows, *(i for i in near if len(words(paras[i].text)) <= WEAK_WORDS)}))


_MARKDOWN_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")


def in_table(paras: list[Paragraph], i: int) -> bool:
    """Whether paragraph i, set like a menu, is a table's row of figures or its head (a row of
    labels, 'Index | Close | Change', right over the first row, a markdown rule between): the
    story's text (a market table, standings, a box score's line score), where a row of short
    cells would otherwise read as a site's menu. Asked only of menu-like paragraphs (most
    bodies have none), and remembered in Paragraph.table."""
    p = paras[i]
    if p.table:
        return True
    if _MARKDOWN_RULE.match(p.text):
        return False  # the markdown rule under a head: a rule, no text
    if table_row(p.raw or p.text):
        p.table = True
        return True
    j = i + 1
    while j < len(paras) and _MARKDOWN_RULE.match(paras[j].text):
        j += 1
    if j < len(paras) and table_row(paras[j].raw or paras[j].text):
        p.table = True
    return p.table


def _wrapped(block: list[str], width: int) -> bool:
    if len(block) < 2:
        return False
    if any(bullet_text(line) is not None for line in block[1:]):
        return False
    if any(line[:1] in SEPARATOR_FIRST and is_separator(line) for line in block):
        return False  # a rule under a line or over it ('=====' / 'END OF CLIPS') joins no paragraph
    heads = block[:-1]
    longest = max(map(_columns, heads))
    # Wrapped lines fill the width: all but the last are long and of similar length.
    return longest <= width and all(_columns(line) >= 0.55 * longest for line in heads) and longest >= 40


class Cleaner:
    """Applies the rule set and the shape rules to one candidate at a time."""

    def __init__(self, rules: RuleSet, bylines: Bylines, unwrap_max_width: int) -> None:
        self._authors: list[str] = []
        self.rules = rules
        self.bylines = bylines
        self.unwrap_max_width = unwrap_max_width
        self.release_tail = ReleaseTail.load()

    def __call__(self, candidates: Iterable[Candidate]) -> Iterator[CleanArticle]:
        for cand in candidates:
            yield self.clean(cand)

    def clean(self, cand: Candidate) -> CleanArticle:
        removed: Counter[str] = Counter()
        starts = page_starts(cand)
        paras = paragraphs(cand.body_lines, self.unwrap_max_width, starts)
        if starts:
            paras = self._across_pages(paras)
        paras = self._cut_at_end_mark(paras, removed)
        if (tail := self.release_tail.start([p.text for p in paras])) is not None:
            for q in paras[tail:]:  # a release's About section or safe harbor, and all below (release_tail.py)
                removed["release-tail"] += q.lines
            paras = paras[:tail]
        paras = self._drop_anywhere(paras, removed)
        self._authors = [a for a in cand.authors if " " in a]  # bios open with the byline's full name
        paras = self._trim_head(paras, removed, _stated_head(cand))
        paras = self._cut_tail(paras, removed)
        return CleanArticle(candidate=cand, paragraphs=[p.text for p in paras], removed=dict(removed),
                            tables=_table_reach(paras))

    def _across_pages(self, paras: list[Paragraph]) -> list[Paragraph]:
        """A paragraph cut by a page break, one again (ingest/pagebreaks.py); never when either
        half is a line that is never prose (a page footer the reader left, a separator)."""
        out: list[Paragraph] = []
        for p in paras:
            q = out[-1] if out else None
            if (q is not None and p.after_break and continues(q.text, p.text)
                    and self.never_prose(q.text, q.raw) is None and self.never_prose(p.text, p.raw) is None):
                out[-1] = Paragraph(joined(q.text, p.text), q.lines + p.lines, q.raw + "\n" + p.raw, q.after_break)
            else:
                out.append(p)
        return out

    def _cut_at_end_mark(self, paras: list[Paragraph], removed: Counter[str]) -> list[Paragraph]:
        """Drop an end-of-text mark ('###', 'ENDS'; scope "end" rules) and all that follows it.
        A mark is a short line (END_MARK_CHARS), never the first paragraph: by definition, so
        the rules are asked about a few short lines, not about every paragraph."""
        match_end = self.rules.matcher("end")
        for i, p in enumerate(paras):
            if i and len(p.text) <= END_MARK_CHARS and (reason := match_end(p.text)):
                for q in paras[i:]:
                    removed[reason] += q.lines
                return paras[:i]
        return paras

    # -- pass 2 ----------------------------------------------------------------------------
    def never_prose(self, text: str, raw: str = "") -> str | None:
        """Why a paragraph is never article text, wherever it stands; None if it may be."""
        if is_separator(text):
            return "separator"
        if is_time_line(text):
            return "time"
        if is_menu_line(raw or text):
            return "menu"
        return self.rules.match(text, "any")

    def _drop_anywhere(self, paras: list[Paragraph], removed: Counter[str]) -> list[Paragraph]:
        keep: list[Paragraph] = []
        run: list[Paragraph] = []
        match_any = self.rules.matcher("any")
        announced = False  # the last prose paragraph opens a list ('... came down to these points:')

        def flush_run() -> None:
            if len(run) >= LINK_LIST_MIN and not announced and not _measured(run):
                removed["link-list"] += sum(p.lines for p in run)
            else:
                keep.extend(run)
            run.clear()

        for i, p in enumerate(paras):
            # never_prose(p.text, p.raw), then bullet_text(p.text); a letter other than u or p
            # cannot open a separator, a clock time or a bullet (text.SEPARATOR_FIRST and the
            # like), so ordinary prose skips those tests.
            text = p.text
            first = text[:1]
            plain = first.isalpha() and first not in TIME_FIRST
            if not plain and (reason := _separator_or_time(text, first)):
                pass
            elif is_menu_line(p.raw or text) and not in_table(paras, i):
                reason = "menu"
            else:
                reason = match_any(text)
            if reason:
                removed[reason] += p.lines
                continue
            item = None
            if not plain and (first in BULLET_FIRST or first.isdecimal() or first.isspace()):
                item = bullet_text(text)
                if item is not None and len(words(item)) <= 4 and not SENTENCE_END.search(item):
                    run.append(p)
                    continue
            if run:
                flush_run()
            keep.append(p)
            if item is None:  # a longer item of the same list leaves the announcement standing
                announced = text.endswith(":") and len(words(text)) >= LIST_INTRO_MIN_WORDS
        flush_run()
        return keep

    # -- pass 3 ----------------------------------------------------------------------------
    def edge_boilerplate(self, text: str) -> str | None:
        """Why a paragraph is boilerplate when it stands at an article's head or tail."""
        return self.never_prose(text) or self._edge_only(text)

    def _edge_reason(self, p: Paragraph) -> str | None:
        """edge_boilerplate(p.text) for a paragraph that _drop_anywhere kept: never_prose(p.text,
        p.raw) was None there, which settles every part of never_prose(p.text) but the menu test
        (that one looked at p.raw)."""
        if p.table:
            return None  # a table's row or head: text, and no furniture rule reads a row of figures
        if p.raw and p.raw != p.text and is_menu_line(p.text):
            return "menu"
        reason = self._edge_only(p.text)
        if reason is None and p.text[:1] in BULLET_FIRST and (item := bullet_text(p.text)):
            reason = self.edge_boilerplate(item)  # "- 3 min read": a page's meta list, set as a list
        return reason

    def _bio(self, text: str) -> bool:
        """'Jane Roe is a family physician …', also under a title ('Dr. Jane Roe has …'): a line
        about one of the copy's authors (a title is never part of the stored name)."""
        texts = [text]
        first = text.split(" ", 1)
        if len(first) == 2 and first[0].lower() in self.bylines.honorifics:
            texts.append(first[1])
        return any(t.startswith(name + " ") and re.match(_BIO_VERB, t[len(name) + 1 :])
                   for t in texts for name in self._authors)

    def _edge_only(self, text: str) -> str | None:
        """The part of edge_boilerplate after never_prose."""
        reason = self.rules.match(text, "edge")
        if reason:
            return reason
        if is_tag_line(text):
            return "tag-list"
        if is_url_line(text):
            return "link"
        if self._authors and self._bio(text):
            return "author-bio"
        if date_line(text):
            return "date"
        if self.bylines.byline(text) is not None or self.bylines.dated_names(text):
            return "byline"
        return None

    def weak(self, text: str) -> bool:
        """Little or no prose: short lines, bare links, contact lines."""
        return self._weak(text, len(words(text)))

    @staticmethod
    def _weak(text: str, n_words: int) -> bool:
        """weak(text) for a text of n_words words (the caller needs the count too)."""
        return n_words <= WEAK_WORDS or is_url_line(text) or has_url_or_email(text)

    def _trim_head(self, paras: list[Paragraph], removed: Counter[str],
                   stated: dict[str, str] | None = None) -> list[Paragraph]:
        """Leading boilerplate goes; so do the copy's own title and byline repeated as the first
        lines of its text (a clipper or a reader view prints the headline and the author's name
        above the story): `stated` maps their folded text to the reason."""
        start = 0
        while start < len(paras):
            reason = (_stated_reason(stated, paras[start].text) if stated else None) or self._edge_reason(paras[start])
            if not reason:
                break
            removed[reason] += paras[start].lines
            start += 1
        return paras[start:]

    def _cut_tail(self, paras: list[Paragraph], removed: Counter[str]) -> list[Paragraph]:
        """Cut at the earliest boilerplate paragraph followed only by boilerplate and weak lines
        (at most TRAILER_CONTENT_WORDS words of other text): a trailer is a run, and a
        disclaimer-like sentence in mid-story, with the story going on after it, is kept.
        The allowance is counted from the current cut, not from the end: what lies below a cut is
        gone already, so the text above is judged as the new tail would be. That makes cleaning
        idempotent (a clean body cleaned again loses nothing more; tests/robustness/test_properties)."""
        cut = len(paras)
        content_after = 0
        reasons: list[str | None] = [None] * len(paras)
        for i in range(len(paras) - 1, 0, -1):
            reason = self._edge_reason(paras[i])
            if reason:
                reasons[i] = reason
                if content_after <= TRAILER_CONTENT_WORDS:
                    cut = i
                    content_after = 0
                continue
            text = paras[i].text
            n_words = len(words(text))
            if not self._weak(text, n_words):
                content_after += n_words
                if content_after > TRAILER_CONTENT_WORDS:
                    break
        for i in range(cut, len(paras)):
            removed[reasons[i] or "trailer"] += paras[i].lines
        return paras[:cut]


MAX_KICKER_WORDS = 3
# ('1. Top story' numbers a list, a most-read list among them: the number is its marker, no quantity)
_QUANTITY = re.compile(r"^\s*(?:[-–—•·*+▪◦‣∙]\s*)?(?:\d+(?:[./]\d+)?(?![.)]\s)|[¼½¾⅓⅔⅛])")


def _measured(run: list[Paragraph]) -> bool:
    """Most items of a short bulleted run open with a quantity ('- 1/3 cup mayonnaise', '- 2
    large eggs'): an ingredient or parts list, the story's text, not links or names."""
    return 2 * sum(1 for p in run if _QUANTITY.match(p.text)) > len(run)


def _stated_reason(stated: dict[str, str], text: str) -> str | None:
    """Why a head paragraph goes when it repeats the stated title or byline; also the title
    under its section kicker ('Rail: Night train to Vienna ends', or 'Rail:Night …' where a page
    set the colon in a hidden element): a kicker is furniture, and so is the headline it heads."""
    if (reason := stated.get(quick_fold(text))) is not None:
        return reason
    kicker, colon, rest = text.partition(":")
    if colon and rest and len(kicker.split()) <= MAX_KICKER_WORDS:
        return "title-repeat" if stated.get(quick_fold(rest.strip())) == "title-repeat" else None
    return None


def _stated_head(cand: Candidate) -> dict[str, str] | None:
    """The candidate's title and byline as its text would repeat them, folded, with the reason
    each is removed for; None when the candidate states neither."""
    out: dict[str, str] = {}
    if cand.authors:
        for joined in (", ".join(cand.authors), " and ".join(cand.authors), " & ".join(cand.authors)):
            out[fold(joined)] = "byline"
    if cand.title:
        out[fold(cand.title)] = "title-repeat"
    return out or None


def _separator_or_time(text: str, first: str) -> str | None:
    """The first two tests of never_prose, each run only if `first` (text[:1]) allows it."""
    if (first in SEPARATOR_FIRST or first.isspace()) and is_separator(text):
        return "separator"
    if (first in TIME_FIRST or first.isdecimal() or first.isspace()) and is_time_line(text):
        return "time"
    return None


@functools.lru_cache(maxsize=1 << 14)
def fingerprint(text: str) -> str:
    """Identity of a paragraph for repetition counting: typography and case do not matter.
    Cached: the paragraphs asked about are an outlet's heads and tails, where its furniture
    repeats from article to article (and the writer asks again about the same ones)."""
    return hashlib.blake2b(quick_fold(text).encode(), digest_size=8).hexdigest()


# Every character but the plain space at which str.split() cuts (str.isspace; tests hold this
# list to the running Python's), and every character text.fold replaces.
OTHER_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
OTHER_SPACE_RE = re.compile(f"[{OTHER_SPACES}]")


def not_only_plain_spaces(text: str) -> bool:
    """OTHER_SPACE_RE.search(text) is not None. Every such character is unprintable (Cc, Zs, Zl
    or Zp; tests hold this to the running Python's tables), so a printable text holds none, and
    isprintable() scans twice as fast as the pattern's class, which is asked only when it fails."""
    return not text.isprintable() and OTHER_SPACE_RE.search(text) is not None
_FOLD_CHARS = re.compile("[" + "".join(re.escape(c) for c in _FOLD_MAP) + "]")


def quick_fold(text: str) -> str:
    """text.fold(text), cheaper on non-ASCII text (half of news paragraphs: curly quotes), where
    each of fold's per-character steps is slow: one search finds which of its replacements
    apply (instead of a scan per replaceable character), and a text whose spaces are single
    plain spaces inside it is its own `" ".join(text.split())` (splitting and re-joining a
    non-ASCII text cost more than all the rest of fold)."""
    if text.isascii():
        return fold(text)  # its own quick path
    text = unicodedata.normalize("NFKC", text)
    for char in set(_FOLD_CHARS.findall(text)):
        text = text.replace(char, _FOLD_MAP[char])  # replacements are ASCII, never keys: any order
    text = text.lower()
    if "  " in text or text[:1] == " " or text[-1:] == " " or not_only_plain_spaces(text):
        return " ".join(text.split())
    return text
