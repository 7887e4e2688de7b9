"""What surrounds a pasted article inside a mailing-list digest or a newsletter, and is not it.

- A digest (LISTSERV, Mailman, a forwarded thread) closes each message with the same rule line
  ('------------------------------'); after the last one come the list's footer and the 'End of
  X Digest' line. The rule that stands right above a message's mail headers is the file's
  message rule: in an article's segment, everything from that rule on is list furniture.
- A poster signs a message under the article they pasted: a short block of name, job,
  organisation and telephone lines ('Jane Roe / Water Operations / (555) 010-0117'), or whatever
  follows the RFC 3676 signature mark '-- '. It is the poster's, not the article's.
- A newsletter boxes a sponsor's message or a jobs list between two rules, and a press review
  marks its sections with a banner between two rules ('=== / AUS DEN REGIONEN / ==='): a short
  boxed block with no header of its own, followed by the next item, belongs to no item.

Everything cut here is counted as dropped with its reason (formats/plaintext.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from itertools import pairwise
from unicodedata import is_normalized

from ingest.dates import find_date
from ingest.formats.credits import Credit, title_case
from ingest.formats.datelines import MONTH, MONTH_NAMES, nearest
from ingest.formats.header_vocab import VOCABULARY
from ingest.formats.line_forms import sentence_headline
from ingest.formats.lines import Lines, strip_item
from ingest.text import SENTENCE_END, URL_RE, fold, is_separator, is_url_line, words

MAX_SIGNATURE_LINES = 4
MAX_SIGNATURE_WORDS = 7  # per line: "Distribution Superintendent", "Cedar Falls Utilities | Water Operations"
SIGNATURE_MARK_REACH = 8  # the '-- ' mark stands within the last lines of a message
MAX_BOX_WORDS = 80  # as plaintext.MIN_HEADERLESS_WORDS: more than that reads as an article
MAX_FOOTER_LINE_WORDS = 15  # a footer line ("Forward to a colleague | Unsubscribe") is no paragraph
MAIL_HEADER = re.compile(
    r"^(from|to|cc|subject|date|sent|message-id|reply-to|content-type|posted by|x-[a-z]+(?:-[a-z]+)*)\s*:\s*\S", re.I)
# A web-archive digest's post stamp under its "Posted by:" line (Yahoo Groups and its heirs):
# "Mon Oct 12, 2026 5:02 pm (PDT)", "12 Oct 2026 17:02": a date and a clock time, nothing else.
POST_STAMP = re.compile(
    r"^(?:[a-z]{3,9},?\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[a-z]{3,9}\.?),?\s+\d{4},?\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\(?[a-z]{2,5}\)?|[+-]\d{4})?$", re.I)
# A web-archive digest (groups.io and the like) heads each message with its topic and its
# number ('Budget row' / '#1824') right above From:/Date:: the message starts there.
_MESSAGE_NUMBER = re.compile(r"^(#|msg\.? ?#?|message #)\d{1,7}$|^\d{1,3}[a-z]\.$", re.I)  # '#1824', '1a.'


# A Google Groups-style topic digest heads each post with one line: the poster, the address in
# angle brackets, a colon and the post time, with or without a year ("Jo Roe <jo@x.org>: Nov 25
# 10:14PM"). It opens a message as a block of mail headers does; the time is no article date.
POSTER_LINE = re.compile(
    r"^[^<>:]{1,80}<[^<>\s@]+@[^<>\s]+>:\s+(?:[a-z]{3,9},?\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[a-z]{3,9}\.?)"
    r"(?:,?\s+\d{4})?,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$", re.I)


def poster_top(clean: list[str], i: int) -> int:
    """The first line of the post whose poster line is i: the topic's name when it stands alone,
    a blank line under it and one above it (the topic digest's heading), else the poster line."""
    if (i >= 2 and not clean[i - 1] and clean[i - 2] and (i < 3 or not clean[i - 3])
            and len(clean[i - 2].split()) <= MAX_TOPIC_WORDS and not SENTENCE_END.search(clean[i - 2])):
        return i - 2
    return i


def post_stamp(clean: list[str], i: int) -> bool:
    """Line i is the post stamp right under a 'Posted by:' line: when the post was sent."""
    return i > 0 and clean[i - 1][:9].lower() == "posted by" and POST_STAMP.match(clean[i]) is not None


def head_line(clean: list[str], i: int) -> bool:
    """Line i belongs to a message's head block: a mail header, or a post stamp."""
    s = clean[i]
    return bool(MAIL_HEADER.match(s)) or post_stamp(clean, i) or ("@" in s and POSTER_LINE.match(s) is not None)
MAX_TOPIC_WORDS = 15
# A poster's lead-in ("Colleagues, the report is below. From the Courier, Monday:") is short and
# ends in a colon within its first two paragraphs: what follows is the paste.
MAX_INTRO_WORDS = 45
MAX_PASTE_HEAD_LINES = 4  # source line, title (one or two lines), byline


def message_rules(lines: Lines, breaks: list[int]) -> set[str]:
    """The rule lines that close the messages of this file (the rule right above a message)."""
    rules: set[str] = set()
    for b in breaks:
        above, gap = lines.prev_nonblank(b)
        if above >= 0 and gap <= 2 and is_separator(lines.clean[above]) and len(lines.clean[above]) >= 10:
            rules.add(lines.clean[above])
    return rules


def message_end(lines: Lines, first: int, stop: int, rules: set[str]) -> int:
    """The last line of the article in lines first..stop (first: its first body line): above
    the message rule that has the list's footer after it, and above the poster's signature.
    `stop` when neither is there."""
    end = stop
    for i in range(first, stop + 1):
        if lines.clean[i] in rules and _has_text(lines, i + 1, stop):
            end = i - 1  # "------ / End of X Digest / unsubscribe …": the list's, not the article's
            break
    text_end = end
    while text_end > first and (lines.blank(text_end) or is_separator(lines.clean[text_end])
                                or _client_line(lines, text_end)):
        text_end -= 1  # ("Sent from my phone", "Back to top" under the signature: the client's, the list's)
    sig = _signature_start(lines, first, text_end)
    return sig - 1 if sig is not None else end


def _has_text(lines: Lines, lo: int, hi: int) -> bool:
    return any(not lines.blank(j) and not is_separator(lines.clean[j]) for j in range(lo, hi + 1))


def _signature_start(lines: Lines, first: int, end: int) -> int | None:
    """Where the poster's signature starts (None: the text ends with the article)."""
    seen = 0
    i = end
    while i > first and seen < SIGNATURE_MARK_REACH:
        if not lines.blank(i):
            if lines.raw[i].rstrip("\r\n") in ("-- ", "--") or lines.clean[i] == "--":
                return i if i > first else None
            seen += 1
        i -= 1
    top = end
    while top - 1 > first and not lines.blank(top - 1):
        top -= 1
    block = range(top, end + 1)
    if top <= first or len(block) > MAX_SIGNATURE_LINES:
        return None
    if not _prose_above(lines, first, top):
        return _signed_block(lines, first, top, block)
    sign_off = _VALEDICTION.match(lines.clean[top]) is not None  # "Regards," / "Ngā mihi," above the name
    return top if all(_signature_line(lines.clean[j]) for j in block[sign_off:]) else None


_FIRST_NAME = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’-]{1,20}$")


def _signed_block(lines: Lines, first: int, top: int, block: range) -> int | None:
    """A poster's first name alone under the article's last sentence, then one short block
    ('Sophie' / blank / 'Office de Tourisme - service presse'): the name signs the message,
    so the block under it is the sender's, whatever its case. None for any other shape."""
    j, _ = lines.prev_nonblank(top)
    if j <= first or not _FIRST_NAME.match(lines.clean[j]) or not _prose_above(lines, first, j):
        return None
    short = all(len(words(lines.clean[k])) <= MAX_SIGNATURE_WORDS and not SENTENCE_END.search(lines.clean[k])
                for k in block)
    return j if short else None


# A letter's closing word(s) alone on a line, with their comma: "Regards,", "Best wishes,",
# "Ngā mihi,", "Saludos,". Short, capitalised, no sentence: a salutation, never a story's line.
_VALEDICTION = re.compile(r"^[^\W\d_][\w’'-]*(?: [\w’'-]+){0,2},$")


def _client_line(lines: Lines, i: int) -> bool:
    """A mail client's or the list's own line under a message ('Sent from my iPhone', 'Back to
    top', 'Reply to sender | Reply to group', 'Messages in this topic (1)'): a line the boilerplate
    rules call never prose (scope "any"), so the signature above it is still the text's end."""
    rules = lines.ctx.rules
    return rules is not None and len(lines.clean[i]) <= 80 and rules.match(lines.clean[i], "any") is not None


def _prose_above(lines: Lines, first: int, top: int) -> bool:
    """A paragraph that ends a sentence stands above the block: the article it signs (the
    article's link may stand between them: 'https://…' under the last paragraph)."""
    j, _ = lines.prev_nonblank(top)
    while j > first and is_url_line(lines.clean[j]):
        j, _ = lines.prev_nonblank(j)
    s = lines.clean[j] if j >= first else ""
    # ('[snip -- the rest is the budget tables]': the poster's mark where the paste was cut)
    return j >= first and (SENTENCE_END.search(s) is not None or (s[:1] == "[" and s[-1:] == "]" and " " in s))


def _signature_line(s: str) -> bool:
    """A name, a job, an organisation or a telephone number: short, no sentence."""
    if len(words(s)) > MAX_SIGNATURE_WORDS:
        return False
    if s[:1] in "\"“" and s[-1:] in "\"”":
        return True  # '"Grown in the valley since 1952"': a firm's motto under its name
    if SENTENCE_END.search(s) and not _initial(s) and not _PLACE_ABBREVIATION.search(s):
        return False
    if sum(c.isdigit() for c in s) >= 7 and not any(c.isalpha() for c in s):
        return True  # "(319) 555-0117"
    return title_case(s.replace("|", " "))


# 'Galveston, Tex.', 'Eureka, Calif.': a town and its state's short form, the poster's place.
_PLACE_ABBREVIATION = re.compile(r",\s+[A-Z][a-z]{1,4}\.$")


def _initial(s: str) -> bool:
    last = s.split()[-1]
    return len(last.rstrip(".")) <= 2 and last[:1].isupper()


def boxed_breaks(lines: Lines, is_start: Callable[[int], bool]) -> list[int]:
    """First lines of short blocks boxed between two rules of one kind and followed by an item
    start (or by nothing but a footer to the end): a sponsor's box, a jobs list, a section banner."""
    seps = lines.separators()
    out: list[int] = _section_banners(lines, seps, is_start)
    for lo, hi in pairwise(seps):
        first = lines.next_nonblank(lo)
        if first >= hi or lines.clean[lo][0] != lines.clean[hi][0] or is_start(first):
            continue
        if _words(lines, first, hi) >= MAX_BOX_WORDS or any(is_start(j) for j in range(first, hi)):
            continue
        after = lines.next_nonblank(hi)
        tail_end = next((j for j in range(after, len(lines)) if is_start(j)), len(lines))
        if is_start(after) or (tail_end == len(lines) and _footer(lines, after)):
            out.append(first)
    return sorted(set(out))


MAX_BANNER_WORDS = 6


def _section_banners(lines: Lines, seps: list[int], is_start: Callable[[int], bool]) -> list[int]:
    """Section banners: one short line boxed between two rules ('=== / FROM THE EDITOR / ===').
    Once one banner of a rule kind heads an item, the file uses that box for its sections, so
    every such banner ends the item above it: the editor's note, a sponsor's box and a webinar
    list after the last item are no part of it (each then stands or falls as a block of its own)."""
    banners: list[tuple[str, int, bool]] = []  # (rule kind, banner line, an item follows)
    for lo, hi in pairwise(seps):
        first = lines.next_nonblank(lo)
        kind = lines.clean[lo][0]
        if first != lines.prev_nonblank(hi)[0] or kind != lines.clean[hi][0] or is_start(first):
            continue
        s = lines.clean[first]
        if len(words(s)) > MAX_BANNER_WORDS or SENTENCE_END.search(s) or not s.isupper():
            continue
        banners.append((kind, first, is_start(lines.next_nonblank(hi))))
    heading = {kind for kind, _, item in banners if item}
    return [first for kind, first, _ in banners if kind in heading]


def _footer(lines: Lines, lo: int) -> bool:
    """Lines lo..end are a newsletter's footer: few words, each line short (a subscription note,
    a link row, an address); a story's closing paragraphs are longer (an 'Also read' box may
    stand inside a story, with its last paragraphs below)."""
    rest = range(lo, len(lines))
    return _words(lines, lo, len(lines)) < MAX_BOX_WORDS and all(len(words(lines.clean[j])) < MAX_FOOTER_LINE_WORDS
                                                                for j in rest)


def contents_block(lines: Lines, lo: int, hi: int, titles: set[str], own: str, longest: int | None = None) -> bool:
    """Lines lo..hi are a newsletter's masthead and contents: two or more of its lines, and at
    least a third of them, repeat headlines of the file's other items ('1. Headline' in an 'In
    this issue' list). A story does not list the headlines printed below it. `titles` holds the
    file's folded headlines, `own` this item's (not counted): the set is not copied per item,
    which made a digest of 100,000 entries quadratic. `longest` is the length of the longest
    folded headline (the caller computes it once per file rather than once per item).

    Most lines are paragraphs far longer than any headline, and are not folded: for a line that
    is printable (so its only white space is ' ') and already in NFKC form, fold() only
    replaces characters by one or more, lower-cases (never shortening) and collapses spaces,
    so its folded form keeps at least its non-space characters. When those outnumber the
    longest headline's characters, the line is in no set of headlines (exact)."""
    if not titles:
        return False
    if longest is None:
        longest = max(map(len, titles))
    block = lines.clean[lo : hi + 1]
    shown = len(block) - block.count("")  # non-blank lines
    need = max(2, -(-shown // 3))  # listed >= 2 and 3 * listed >= shown
    listed = 0
    left = shown  # non-blank lines not yet read: once they cannot make up the need, the answer is no
    held = ""  # the line before, when it was listed as nothing: an entry wrapped over two lines starts there
    for s in block:
        if not s:
            held = ""
            continue
        if listed + left < need:
            return False
        left -= 1
        # (_entry's test, written out: this loop runs over every line of every item)
        t = strip_item(s) if s[0] in "[#" or s[0].isdecimal() else s.strip()
        size = len(t) - t.count(" ")
        plain = t.isprintable() and (t.isascii() or is_normalized("NFKC", t))
        if size > longest + MAX_ENTRY_NAME + 1 and plain:
            held = ""
            continue  # longer than any headline even behind a paper's name and its joiner (the bound below)
        if _named_entry(t, titles, own, longest) or (
                (t[:1] in _ENTRY_BULLETS or t.endswith(")")) and _bulleted_entry(t, titles, own)) or (
                not (size > longest and plain) and (f := fold(t)) in titles and f != own):
            listed += 1
            held = ""
        elif held and len(held) + len(s) <= 2 * longest + MAX_ENTRY_NAME and _entry(f"{held} {s}", titles, own,
                                                                                   longest):
            listed += 2  # '1. Headline running over' / 'the line end – Harbour Gazette, A1': one entry
            held = ""
        elif s[-1:].isdecimal() and ("...." in s or ". . . ." in s or "……" in s) and _LEADER.search(s):
            listed += 1  # 'Harbour Gazette ........ 4': a contents line's leader dots and page
            held = ""
        elif (s[0].isdecimal() or s[0] in "[#") and len(s) - s.count(" ") <= longest + MAX_ENTRY_NAME:
            held = s  # a numbered line that lists nothing alone: an entry's first line, maybe
        else:
            held = ""
    return listed >= need


_ENTRY_BULLETS = "-–•*·"
# A contents entry's bullet and the paper named after the headline: '- Headline (The Paper)'.
_ENTRY_BULLET = re.compile(r"^[-–•*·]\s+")
_ENTRY_SOURCE = re.compile(r"\s+\([^()]{2,60}\)$")


def _bulleted_entry(t: str, titles: set[str], own: str) -> bool:
    """'- Headline (The Paper)': a contents list's bullet, and its entry's paper in brackets
    after the headline (a press office's clips index)."""
    bare = _ENTRY_SOURCE.sub("", _ENTRY_BULLET.sub("", t, count=1), count=1)
    return bare != t and (f := fold(bare)) in titles and f != own


# A contents line's leader to its page number: 'Harbour Gazette ............ 4'.
_LEADER = re.compile(r"\S\s*(?:\.\s?){4,}\s*\d{1,3}$|\S\s*…{2,}\s*\d{1,3}$")


def _entry(s: str, titles: set[str], own: str, longest: int) -> bool:
    """Whether line s lists one of the file's other headlines (contents_block): the headline,
    numbered or not, alone or with its paper's name before or after it."""
    # strip_item's pattern opens with a digit, '[' or '#' (\d is any decimal digit)
    t = strip_item(s) if s[0] in "[#" or s[0].isdecimal() else s.strip()
    if (len(t) - t.count(" ") > longest + MAX_ENTRY_NAME + 1 and t.isprintable()
            and (t.isascii() or is_normalized("NFKC", t))):
        return False  # longer than any headline even behind a paper's name and its joiner (the bound below)
    if _named_entry(t, titles, own, longest) or (
            (t[:1] in _ENTRY_BULLETS or t.endswith(")")) and _bulleted_entry(t, titles, own)):
        return True
    if len(t) - t.count(" ") > longest and t.isprintable() and (t.isascii() or is_normalized("NFKC", t)):
        return False
    t = fold(t)
    return t in titles and t != own


# A contents entry naming the paper (or a section) before the headline: 'Il Foglio - Headline',
# 'FOREIGN PRESS – The Courier – Headline' (a press office's review lists its cuttings so).
_ENTRY_JOIN = re.compile(r"\s[-–—|]\s|:\s")  # ('Harbour Gazette: Headline' too)
# The name part of such an entry ('STAMPA ESTERA – Corriere della Sera') is at most this many
# characters other than spaces: paragraphs longer than any headline by more are never folded.
MAX_ENTRY_NAME = 60


def _named_entry(t: str, titles: set[str], own: str, longest: int) -> bool:
    """Whether t is 'Name - Headline' for one of the file's other headlines (the tail after
    a ' - ' is folded only when it could be one: contents_block's exact length bound)."""
    if " " not in t:
        return False
    # Most lines are prose with no joiner: a printable line's only white space is ' ' (tabs and
    # odd spaces are unprintable), so four substring scans rule the pattern out exactly, ~5x
    # cheaper than running it over every paragraph of a digest.
    if t.isprintable() and not (" - " in t or " – " in t or " — " in t or " | " in t or ": " in t):
        return False
    if " | " in t and any((f := fold(cell)) in titles and f != own for cell in t.split(" | ")[1:]):
        return True  # a contents table's row: '3 | Outlet | Headline | Date' (a Word table's cells)
    for m in _ENTRY_JOIN.finditer(t):
        head = t[: m.start()]  # 'Headline – Harbour Gazette, A1': the headline first, its paper after
        size = len(head) - head.count(" ")
        if size <= longest and (f := fold(head)) in titles and f != own:
            return True
        if size > max(MAX_ENTRY_NAME, longest):
            return False  # the name part (or the headline before the paper) only grows with later joiners
        if size > MAX_ENTRY_NAME:
            continue
        tail = t[m.end() :]
        if len(tail) - tail.count(" ") > longest and tail.isprintable() and (
                tail.isascii() or is_normalized("NFKC", tail)):
            continue
        if (f := fold(tail)) in titles and f != own:
            return True
    return False


def _words(lines: Lines, lo: int, hi: int) -> int:
    return sum(len(words(lines.clean[j])) for j in range(lo, hi) if not is_separator(lines.clean[j]))


__all__ = ["boxed_breaks", "contents_block", "message_end", "message_rules"]


# A web-archive digest's numbered topic over a message's mail headers ('6. Re: Budget row').
_NUMBERED_TOPIC = re.compile(r"^\d{1,3}\.\s+(\S.*)$")


def message_top(clean: list[str], i: int) -> int:
    """The first line of the message whose mail headers start at i: its number line and the
    topic line above that, when they stand right above the headers; or a topic right above a
    'Posted by:' line with the number over it ('1a.' / blank / topic / Posted by: …)."""
    if (clean[i][:9].lower() == "posted by" and i >= 3 and clean[i - 1] and not clean[i - 2]
            and _MESSAGE_NUMBER.match(clean[i - 3]) and len(clean[i - 1].split()) <= MAX_TOPIC_WORDS):
        return i - 3
    topic_m = _NUMBERED_TOPIC.match(clean[i - 1]) if i >= 1 else None
    if (topic_m is not None and (i < 2 or not clean[i - 2] or is_separator(clean[i - 2]))
            and len(topic_m.group(1).split()) <= MAX_TOPIC_WORDS and not SENTENCE_END.search(topic_m.group(1))):
        return i - 1  # groups.io: '6. Re: Budget row' right under the rule, over From:
    if i < 1 or not _MESSAGE_NUMBER.match(clean[i - 1]):
        return i
    i -= 1
    topic = clean[i - 1] if i >= 1 else ""
    alone = i < 2 or not clean[i - 2]  # a blank line (or the file's start) above the topic
    if topic and alone and len(topic.split()) <= MAX_TOPIC_WORDS and not SENTENCE_END.search(topic):
        i -= 1
    return i


@dataclass(slots=True)
class Pasted:
    """What a message states of the article pasted into it, above the paste's text: its title
    and byline under the poster's lead-in, the address standing right under the lead-in, and
    what the lead-in itself says ('Jane Roe in the Harbour Gazette, 3 May 2026:', 'the Nov 2
    issue', 'an update (21 Nov)'): a full date, a day and month in the year nearest the
    message's Date: header, a publication by its nameplate and a person who writes in it."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    published_on: dt.date | None = None
    outlet: str | None = None


def message_text(lines: Lines, begin: int, stop: int, rules: set[str],
                 topic: bool = True, posted: dt.date | None = None) -> tuple[int, int, int, Pasted | None]:
    """(first, last, lines dropped, pasted head) of what a poster pasted into a message with no
    dated header: below its topic, number and mail headers and a short lead-in ending in a colon
    ('For those tracking rents:'), above the signature and the list's footer. The pasted head is
    the title and byline standing under the lead-in, when a byline closes a short block.
    `topic`: a digest's message may open with its topic line; a single mail's text does not.
    `posted`: the day a single mail was sent (its Date: header), when the text carries none."""
    clean = lines.clean
    i = begin
    while i <= stop and (lines.blank(i) or head_line(clean, i) or _MESSAGE_NUMBER.match(clean[i])
                         or (topic and i == begin and not MAIL_HEADER.match(clean[i]))
                         or (i == begin + 2 and lines.blank(begin + 1) and _MESSAGE_NUMBER.match(clean[begin]))):
        i += 1
    intro_end = _lead_in(lines, i, stop)
    pasted: Pasted | None = None
    if intro_end is None and (noted := _note_over_title(lines, i, stop)) is not None:
        i, pasted = noted
    elif intro_end is not None:
        lead = "\n".join(clean[k] for k in range(i, intro_end))  # paragraphs apart by a blank line
        i = intro_end
        while i <= stop and lines.blank(i):
            i += 1
        url = None
        if i < stop and is_url_line(clean[i]) and lines.blank(i + 1) and (m := URL_RE.search(clean[i])):
            url = m.group(0)  # the paste's address, right under the lead-in
            i += 1
            while i <= stop and lines.blank(i):
                i += 1
        head = _pasted_head(lines, i, stop) or _title_alone(lines, i, stop)
        if head is not None:
            i, pasted = head
        pasted = _read_lead(lead, _post_date(clean, begin, i) or posted, lines, pasted or Pasted())
        pasted.url = pasted.url or url
        if not pasted.authors and (by := lines.ctx.bylines.byline(clean[intro_end - 1].rstrip(":"))):
            pasted.authors = by  # 'From the Chronicle, / by Jane Roe:': the byline ends the lead-in
    while i <= stop and lines.blank(i):
        i += 1
    end = message_end(lines, i, stop, rules) if i < stop else stop
    dropped = sum(1 for n in range(begin, i) if not lines.blank(n)) + sum(
        1 for n in range(end + 1, stop + 1) if not lines.blank(n))
    return i, end, dropped, pasted


def _lead_in(lines: Lines, i: int, stop: int) -> int | None:
    """The line after a poster's lead-in starting at i (see MAX_INTRO_WORDS), else None: short,
    and ending in a colon within its first two paragraphs, or a first paragraph that opens by
    naming a publication as its source ('From the Harbour Gazette this morning (3/5/2026).')."""
    n_words = 0
    paragraphs = 0
    for j in range(i, stop + 1):
        if lines.blank(j):
            if j > i and not lines.blank(j - 1):
                paragraphs += 1
                if paragraphs == 1 and _cued_source(lines, lines.clean[i]):
                    return j
                if paragraphs >= 2:
                    return None
            continue
        n_words += len(lines.clean[j].split())
        if n_words > MAX_INTRO_WORDS:
            return None
        if lines.clean[j].endswith(":"):
            return j + 1
    return None


MIN_LEAD_WORDS = 15  # the paste's first paragraph under its headline reads as prose
# 'published 3 November 2026', 'which ran on 4 May 2027': a date the poster gives the paste.
_PUBLISHED = re.compile(r"\b(?:published|posted|dated|ran|printed)\b", re.I)


def _block_end(lines: Lines, i: int, stop: int) -> int:
    while i <= stop and not lines.blank(i):
        i += 1
    return i


def _note_over_title(lines: Lines, i: int, stop: int) -> tuple[int, Pasted] | None:
    """(first body line, pasted head) when a message opens with the poster's note in one short
    paragraph of sentences ('This month's gauge report (published 3 May 2027). Note the 18th.'),
    then the pasted headline (see _lone_title), then the paste's prose. The note is the
    poster's; a date it says the paste was published on is the paste's. A source line alone
    between the note and the headline ('Source: Harbour Gazette, 3 May 2027 -- https://…')
    gives the paste's outlet, date and address."""
    end = _block_end(lines, i, stop)
    note = " ".join(lines.clean[i:end])
    if not note or end == i or len(note.split()) > MAX_INTRO_WORDS or not SENTENCE_END.search(note):
        return None
    t = end
    while t <= stop and lines.blank(t):
        t += 1
    source = _source_line(lines, t, stop)
    if source is not None:
        t = _block_end(lines, t, stop)
        while t <= stop and lines.blank(t):
            t += 1
    titled = _lone_title(lines, t, stop)
    if titled is None:
        return None
    first, pasted = titled
    if (cue := _PUBLISHED.search(note)) is not None and (found := find_date(note[cue.end() : cue.end() + 40])):
        pasted.published_on = pasted.published_on or found[0]
    if source is not None:
        (outlet, published), pasted.url = source
        pasted.outlet, pasted.published_on = pasted.outlet or outlet, pasted.published_on or published
    return first, pasted


_LINK_JOINT = " -–—|·:"


def _source_line(lines: Lines, t: int, stop: int) -> tuple[tuple[str, dt.date | None], str | None] | None:
    """((outlet, date), address) of a source line standing alone at line t ('Source: Harbour
    Gazette, 3 May 2027 -- https://…', '(Source: Gazette, 4 May 2027)'), else None."""
    if t > stop or _block_end(lines, t, stop) != t + 1:
        return None
    s = lines.clean[t]
    link = URL_RE.search(s)
    if link is not None and s[link.end() :].strip():
        return None  # words after the address: a sentence, not a source line
    bare = s[: link.start()].rstrip(_LINK_JOINT) if link else s
    from ingest.formats.items import read_source  # (items -> headers -> digestparts: read at call time)

    found = read_source(lines, bare) if bare else None
    if found is None:
        return None
    return found, link.group(0) if link else None


# 'it's from the Kapiti Leader:', 'From today's Fjord Ledger:', 'From today's Fjord Ledger,
# Wednesday 4 November 2026:': a lead-in naming the paste's paper (and the issue's date).
# The day a poster names the issue by ('today's', 'Tuesday's', 'this morning's', 'last week's')
# is not part of the paper's name.
_ISSUE_DAY = (r"(?i:(?:to|yester)day|tonight|this (?:morning|evening|week)|last (?:night|week)"
              r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the weekend)['’]s ")
_SOURCE_AT_END = re.compile(
    r"\b(?i:from) (?:the |" + _ISSUE_DAY + r")?"
    r"(?P<name>[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|the|and|on))*)(?P<dated>,[^:,]{3,30}(?:,[^:,]{3,12})?)?\s*:$")


def lead_in_source(lines: Lines, start: int) -> tuple[str, dt.date | None] | None:
    """The publication a poster's lead-in names at its end, right above a pasted header at line
    `start` ('Found this in my feed, but it's from the Kapiti Leader:'): one short paragraph
    ending in a colon, the name after 'from' a publication by its nameplate or a known alias;
    with the issue's date when the lead-in gives it after the name ('From today's Kapiti
    Leader, Wednesday 4 November 2026:')."""
    end, gap = lines.prev_nonblank(start)
    if end < 0 or gap < 1 or not lines.clean[end].endswith(":"):
        return None
    top = end
    while top > 0 and not lines.blank(top - 1):
        top -= 1
    lead = " ".join(lines.clean[top : end + 1])
    if len(lead.split()) > MAX_INTRO_WORDS or (m := _SOURCE_AT_END.search(lead)) is None:
        return None
    dated = find_date(m.group("dated")) if m.group("dated") else None
    if m.group("dated") and dated is None:
        return None  # 'from the Courier, page three:': only a date may follow the name
    name = m.group("name")
    return (name, dated[0] if dated else None) if lines.credits.outletish(name) else None


def _writer_and_site(lines: Lines, s: str) -> tuple[list[str], str] | None:
    """'Jane Roe, The Harbour Notebook' under a pasted headline: the writer, then the blog or
    publication she writes it in (a name in title case, no date or figure). A credit line
    leaves it undecided (the second part might be her job or her town); under a headline,
    over the text, it is the byline."""
    name, sep, site = s.partition(", ")
    if not sep or any(c.isdigit() for c in s) or SENTENCE_END.search(s) or len(site.split()) > MAX_SITE_WORDS:
        return None
    people = lines.credits.person_names(name)
    if people is None or len(people) != 1 or not title_case(site):
        return None
    if not site.lower().startswith("the ") and lines.credits.person_names(site):
        return None  # 'Jane Roe, John Doe': two people (no one is named 'The …')
    if lines.ctx.bylines.descriptor(site) or site.lower() in lines.ctx.bylines.titles:
        return None  # 'Jane Roe, Staff Writer': her job
    return people, site


MAX_SITE_WORDS = 6


def _lone_title(lines: Lines, t: int, stop: int) -> tuple[int, Pasted] | None:
    """(first body line, pasted head) when line t is a pasted headline alone on its line (or
    over its byline: 'By Jane Roe', a bare name, or 'Jane Roe, The Harbour Notebook') with the
    paste's prose under it. A credit in parentheses closing the headline ('Headline (Wire
    Agency, 29 October 2026, Jane Roe)') gives the paste's outlet, date and authors."""
    head_end = _block_end(lines, t, stop)
    pasted = Pasted()
    if head_end == t + 2:  # the headline over its byline
        by = lines.clean[t + 1]
        names = lines.ctx.bylines.byline(by)
        if names is None and lines.credits.person_names(by) is not None and len(by.split()) <= 4:
            names = lines.credits.person_names(by)
        if names is None and (signed := _writer_and_site(lines, by)) is not None:
            names, pasted.outlet = signed
        if not names:
            return None
        pasted.authors = names
    elif head_end != t + 1:
        return None  # the headline is one line standing alone
    title = lines.clean[t]
    k = title.rfind(" (") if title.endswith(")") else -1
    if k > 0 and (credit := _credit_in_parentheses(lines, title[k + 2 : -1])) is not None:
        title = title[:k].rstrip()
        pasted.outlet = pasted.outlet or credit.outlet
        pasted.published_on = credit.date
        pasted.authors = pasted.authors or list(credit.authors)
    elif lines.date(t) is not None:
        return None
    # (a headline written as sentences stands over its byline: 'Fare capping is a good start. Now
    # fix the schedules.' / 'By Jane Roe')
    sentences = (bool(pasted.authors) and lines.ctx.bylines.byline(lines.clean[t + 1]) is not None
                 and sentence_headline(title))
    if (not title or len(title.split()) > MAX_TOPIC_WORDS or (SENTENCE_END.search(title) and not sentences)
            or not title[:1].isupper() or lines.ctx.bylines.byline(title) is not None):
        return None
    b = head_end
    while b <= stop and lines.blank(b):
        b += 1
    lead = " ".join(lines.clean[b : _block_end(lines, b, stop)])
    if len(lead.split()) < MIN_LEAD_WORDS or not SENTENCE_END.search(lead):
        return None
    pasted.title = title
    return b, pasted


def _credit_in_parentheses(lines: Lines, inner: str) -> Credit | None:
    """The credit a headline's closing parentheses hold: a date with an outlet or people."""
    credit = lines.credits.read(inner, lines.dayfirst)
    return credit if credit is not None and credit.date is not None and (credit.outlet or credit.authors) else None


_SOURCE_CUE = re.compile(r"^(?i:from|via|aus|seen in|spotted in)\s+(?:(?i:the)\s+|" + _ISSUE_DAY + r")?"
                         r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)")


def _cued_source(lines: Lines, first: str) -> bool:
    """A lead-in's opening that names a publication by its nameplate as the paste's source."""
    m = _SOURCE_CUE.match(first)
    return m is not None and first[:1].isupper() and bool(lines.ctx.outlets.nameplate(m.group("name")))


def _pasted_head(lines: Lines, i: int, stop: int) -> tuple[int, Pasted] | None:
    """(next line, (title, authors)) when lines from i form a short block closed by a byline:
    an optional source line (dated), the title, the byline; else None."""
    j = i
    while j <= stop and not lines.blank(j):
        j += 1
    block = [lines.clean[k] for k in range(i, j)]
    if not 2 <= len(block) <= MAX_PASTE_HEAD_LINES or any(len(t.split()) > MAX_TOPIC_WORDS for t in block):
        return None
    bylines = lines.ctx.bylines
    authors = bylines.byline(block[-1])
    if authors is None and bylines.is_name(block[-1]) and len(block[-1].split()) >= 2:
        authors = bylines.names(block[-1]) or None
    outlets = lines.ctx.outlets
    if authors is None and len(block) >= 3 and bylines.descriptor(block[-1]) and outlets.nameplate(block[-1]):
        authors = [block[-1]]  # 'Coastal Press Agency' under the outlet's name: the agency's story
    if authors is None:
        return None
    rest = block[:-1]
    if len(rest) > 1 and find_date(rest[0]) is not None:
        rest = rest[1:]  # "The Courier, Mon 3/2/2025, p. 5": the source line, not the title
    outlet = None
    if len(rest) == 2 and outlets.nameplate(rest[1]) and not find_date(rest[1]) and not SENTENCE_END.search(rest[1]):
        rest, outlet = rest[:1], rest[1]  # title / 'The Bay Gazette' / byline
    if len(rest) != 1 or SENTENCE_END.search(rest[0]) or find_date(rest[0]):
        return None
    return j, Pasted(rest[0], authors, outlet=outlet)


MIN_PASTE_PARAGRAPH_WORDS = 25  # under a title standing alone: the paste's first paragraph


def _title_alone(lines: Lines, i: int, stop: int) -> tuple[int, Pasted] | None:
    """(next line, title) when line i under a lead-in is a headline standing alone, with no
    byline: one short line with no sentence end, no date and no address, then a blank line
    and a paragraph of prose ('Update: the weak layer is reacting' / blank / the text)."""
    clean = lines.clean
    if i >= stop or lines.blank(i) or not lines.blank(i + 1):
        return None
    title = clean[i]
    if (len(title.split()) > MAX_TOPIC_WORDS or SENTENCE_END.search(title) or title.endswith(":")
            or find_date(title) or URL_RE.search(title) or lines.ctx.bylines.byline(title) is not None
            or VOCABULARY.furniture.match(title)):  # "Member-only story": a platform's badge
        return None
    j = i + 1
    while j <= stop and lines.blank(j):
        j += 1
    n_words = 0
    while j <= stop and not lines.blank(j):
        n_words += len(clean[j].split())
        j += 1
    return (i + 1, Pasted(title)) if n_words >= MIN_PASTE_PARAGRAPH_WORDS else None


_DATE_HEADER = re.compile(r"^date\s*:\s*(.+)$", re.I)
# 'the Nov 2 issue', 'an update (21 Nov)': a day and month in a lead-in, without a year
_DAY_MONTH = re.compile(rf"\b(?:(?P<day2>\d{{1,2}}) (?P<month2>{MONTH_NAMES})\b|{MONTH} (?P<day>\d{{1,2}})\b)")
_CAPITALISED_RUN = re.compile(r"\b(?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+")
_LEAD_CUE = re.compile(r"^(?:(?:From|Via|In|On|Aus|See|Today|Yesterday)\s+)?(?:\S+['’]s\s+)*")


def _post_date(clean: list[str], begin: int, end: int) -> dt.date | None:
    """The day the message was sent, from its Date: header (a fallback year, never the article's date)."""
    for k in range(begin, end):
        if (m := _DATE_HEADER.match(clean[k])) is not None:
            try:
                return parsedate_to_datetime(m.group(1)).date()
            except (TypeError, ValueError):
                return None
    return None


def _read_lead(lead: str, posted: dt.date | None, lines: Lines, pasted: Pasted) -> Pasted:
    """What the poster's lead-in states about the paste (see Pasted). The paragraph nearest the
    paste speaks of it ('… the next hearing is 6 May.' / 'From the Gazette, Wednesday 9 April:'),
    so the last paragraph that states a date gives it."""
    for para in reversed([" ".join(p.split()) for p in lead.split("\n\n") if p.strip()]):
        if (found := find_date(para)) is not None:
            pasted.published_on = found[0]
            break
        if posted is not None and (days := list(_DAY_MONTH.finditer(para))):
            pasted.published_on = nearest(days[-1], posted)
            break
    lead = " ".join(lead.split())
    outlets, bylines = lines.ctx.outlets, lines.ctx.bylines
    for m in _CAPITALISED_RUN.finditer(lead):
        # "From Monday's Harbour Gazette": the cue and the day are the poster's, not the name's
        name = _LEAD_CUE.sub("", re.sub(r"['’]s$", "", m.group(0)))
        if len(name.split()) < 2 and not outlets.known(name):
            continue  # "the Sentinel", "Wire story": one nameplate word names no paper for sure
        if outlets.nameplate(name) or outlets.known(name):
            pasted.outlet = name
            # "Jane Roe in the Harbour Gazette": the person writing in it, when the lead opens with her
            before = lead[: m.start()].strip()
            person = re.sub(r"\s+(?:in|at|for)(?: the)?$", "", before, flags=re.I)
            if person != before and not pasted.authors and bylines.is_name(person) and len(person.split()) >= 2:
                pasted.authors = bylines.names(person) or []
            break
    if pasted.outlet is None and (kind := VOCABULARY.kind_name.search(lead)) is not None:
        pasted.outlet = kind.group("name")  # "from Jane Roe's blog, Harbour Notes": named by its kind word
    return pasted
