"""WhatsApp chat exports ("Export chat" → "Without media": `WhatsApp Chat with <name>.txt`).

One message per prefix line; a message's further lines follow it unprefixed. The two layouts
WhatsApp writes, with the date order and clock of the phone's locale:

    [19/11/2025, 12:30:45] Pat Quill: text      <- iOS (seconds, brackets; often a U+200E mark
    19/11/2025, 12:30 - Pat Quill: text            before system lines and "image omitted")
    11/19/25, 12:30 PM - Pat Quill: text        <- Android (no seconds, " - "; US or 24-hour)

People paste whole articles into group chats; most other messages are chatter. Each message is
read on its own, as a mail message's text is (formats/mbox.py): its text, from the prefix line
on (the prefix cut, invisible direction marks removed), goes through the plain-text parser, and
what it finds with neither a header nor MIN_HEADERLESS_WORDS words is chatter, rejected with
its reason; so are system lines (encryption notice, "created this group": no sender) and
media placeholders.

A paste often starts on the prefix line with the poster's own words. When the message's first
line holds no headline of its own — it ends with ':' or the next line is no paragraph's
start — it is read as the poster's note ("The Gazette, yesterday:", "Ivo's post from last
night"): not body text, and a full date it states (or a day and month, the year being the last
one not after the message's own day) is the article's date. A note on the same line as the
headline ("Coast Gazette, 4 Mar - Headline", "Coast Gazette: Headline") is split at ' - ' or
': ' when what stands before names a date or a known outlet. A message that is only a link,
sent by the same person right after their paste, is that article's URL.

The message's timestamp is when it was posted, never the article's date; the sender is a chat
member, never a byline. Copies keep the message's real lines in the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ingest.dates import find_date, numeric_order, parse_date
from ingest.formats import plaintext
from ingest.formats.header_below import lone_name, read_forward
from ingest.formats.headers import Header
from ingest.formats.lines import Lines, ParseContext
from ingest.formats.mailnotes import not_an_article
from ingest.formats.plaintext import MIN_HEADERLESS_WORDS
from ingest.formats.telegram import intro_date
from ingest.metadata import canonical_url
from ingest.records import Candidate, DecodedSource, Rejection, Source
from ingest.text import URL_RE, clean_line, is_url_line

_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[\s\u202f]?[AaPp]\.?\s?[Mm]\.?)?"
_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
PREFIX = re.compile(
    rf"^(?:\[(?P<d1>{_DATE}),?\s+{_CLOCK}\]\s?|(?P<d2>{_DATE}),?\s+{_CLOCK}\s[-–]\s)(?P<rest>.*)$")
# Android marks a message edited after sending at its end; the mark is WhatsApp's, not text.
_EDITED = re.compile(r"\s*<(?:This message was edited|Nachricht wurde bearbeitet|Ce message a été modifié)>\s*$")
_SENDER = re.compile(r"^([^:\n]{1,60}?):\s(.*)$")
_NUMBERS = re.compile(r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})")
_POSSESSIVE = re.compile(r"\w['’]s\b")  # "Ivo's post": a person's, not a publication's name
# Words that open a note before the publication's name ("From the Gazette", "Via Island Courier").
_CUES = frozenset({"from", "via", "in", "on", "at", "by", "aus", "vom", "von", "source", "quelle"})
_CONNECTORS = frozenset({"of", "the", "and", "&", "de", "la", "le", "du", "des", "del", "di"})
# The poster's note on the headline's line: "Gazette, 4 Mar - Headline", "Gazette: Headline".
_NOTE_SPLIT = re.compile(r"\s[-–—]\s|:\s")
# The link line a paste ends with: 'Read more: https://…', or the share text of a news app
# ('Shared from The Gazette app: https://…', 'Sent via the Courier app'); a symbol may lead it.
_SHARE = re.compile(r"^[^\w\s]{0,3}\s*(?:(?:shared|sent) (?:from|via|with|using) (?:the )?(?P<app>[^:]{2,60}?) app"
                    r"|read more|read the full (?:story|article)|full (?:story|article)|read (?:it )?here)"
                    r"\s*[:→»›-]?\s*(?:https?://|www\.)\S+$", re.I)
MIN_PREFIX_LINES = 3
MAX_DATED_WORDS = 8
NOTE_MAX_WORDS = 30  # a message this short, just before its sender's paste, is the paste's note


@dataclass(slots=True)
class _Message:
    first: int  # 0-based line of the prefix
    last: int  # 0-based, inclusive
    posted: tuple[int, int, int] | None  # the prefix's date numbers, order not yet known
    sender: str | None
    lines: list[str] = field(default_factory=list)  # the text, prefix cut, marks removed


def _clean(line: str) -> str:
    return _EDITED.sub("", _MARKS.sub("", line.rstrip("\r")))


def sniff(text: str) -> bool:
    """A WhatsApp export: its first line and MIN_PREFIX_LINES lines of its first 200 are
    message prefixes."""
    head = text[:40_000].split("\n", 200)[:200]
    first = next((ln for ln in head if ln.strip()), "")
    if not PREFIX.match(_clean(first)):
        return False
    return sum(1 for ln in head if PREFIX.match(_clean(ln))) >= MIN_PREFIX_LINES


def _messages(raw: list[str]) -> list[_Message]:
    out: list[_Message] = []
    for i, line in enumerate(raw):
        s = _clean(line)
        m = PREFIX.match(s)
        if m is None:
            if out:
                out[-1].lines.append(s)
                out[-1].last = i
            continue
        nums = _NUMBERS.match(m.group("d1") or m.group("d2") or "")
        posted = (int(nums.group(1)), int(nums.group(2)), int(nums.group(3))) if nums else None
        rest = m.group("rest")
        sent = _SENDER.match(rest)
        sender = sent.group(1).strip() if sent else None
        out.append(_Message(i, i, posted, sender, [_MARKS.sub("", sent.group(2)) if sent else rest]))
    return out


def _day_first(messages: list[_Message]) -> bool | None:
    """The file's date order: proved by one date whose first or second number exceeds 12
    (a year written first, '2025-01-04', is read as such: _posted)."""
    for msg in messages:
        if msg.posted is None or msg.posted[0] > 31:
            continue
        a, b, _ = msg.posted
        if a > 12 >= b:
            return True
        if b > 12 >= a:
            return False
    return None


def _posted(msg: _Message, dayfirst: bool | None) -> dt.date | None:
    if msg.posted is None:
        return None
    a, b, year = msg.posted
    if a > 31:  # '2025-01-04': year, month, day
        a, b, year = year, b, a
        dayfirst = True
    if dayfirst is None:
        return None
    day, month = (a, b) if dayfirst else (b, a)
    year = year + 2000 if year < 100 else year
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


MIN_TITLE_BODY_WORDS = 40  # under a headline: a pasted article has paragraphs, a chat message a sentence
# Under a headline with no byline, date or poster's note naming its source: a long chat message
# may open with a short line too ("Quick update from the meeting"), so a story's length is asked.
MIN_STORY_WORDS = 60


def _title_like(s: str) -> bool:
    """A headline's shape: a few words, capitalised, no sentence end, no link."""
    words = s.split()
    return (2 <= len(words) <= 20 and not s.endswith((".", ":", ",", ";")) and s[:1].isupper()
            and not is_url_line(s))


def _split_note(line: str, ctx: ParseContext) -> tuple[str, str] | None:
    """('Coast Gazette, 4 Mar', 'Headline') when a line opens with the poster's note naming a date
    or an outlet (a known one, or a nameplate's shape), then ' - ' or ': ', then the headline."""
    m = _NOTE_SPLIT.search(line)
    if m is None or m.start() < 3:
        return None
    note, head = line[: m.start()].strip(), line[m.end():].strip()
    if len(note.split()) > 8 or not _title_like(head):
        return None
    dated = parse_date(note) is not None or intro_date([note], dt.date(2100, 12, 31)) is not None
    return (note, head) if _outlet_in(note, ctx) or dated else None


def _outlet_in(note: str, ctx: ParseContext) -> str | None:
    """The publication a poster's note names: the longest run of capitalised words that is a
    known outlet or has a nameplate's shape ('From this morning's Island Courier:', 'Coast
    Gazette, 4 Mar'); a cue word ('From', 'Via') or a possessive ('Ivo's Post') is no part of it."""
    words = [w.strip(",;:()\"“”") for w in note.split()]
    best: str | None = None
    for i, first in enumerate(words):
        if not first[:1].isupper() or first.lower() in _CUES or _POSSESSIVE.search(first):
            continue
        for j in range(min(len(words), i + 6), i + 1, -1):
            run = words[i:j]
            if not all(w[:1].isupper() or w.lower() in _CONNECTORS for w in run) or not run[-1][:1].isupper():
                continue
            name = " ".join(run)
            if _POSSESSIVE.search(name) or not (ctx.outlets.known(name) or ctx.outlets.nameplate(name)):
                continue
            if best is None or len(name) > len(best):
                best = name
            break
    return best


def _header_at(lines: list[str], k: int, ctx: ParseContext, dayfirst: bool | None = None) -> Header | None:
    """The pasted article's header when line k is its headline: the byline, date and credit
    lines under it read as the plain-text reader reads them (formats/header_below.py), a name
    alone under it being the byline; None unless an article's worth of text follows."""
    if k >= len(lines) or not _title_like(head := clean_line(lines[k])):
        return None  # ('*Headline*': WhatsApp's bold is markup, not part of the headline)
    below = Lines(lines[k:], ctx, dayfirst)
    h = Header(start=0, end=0, title=head, lines={0})
    read_forward(below, h)
    if not h.authors and len(below) > 1 and (names := lone_name(below, 1)):
        h.authors, h.end = names, max(h.end, 1)
        h.lines.add(1)
    if _dated_lines(below, h):
        read_forward(below, h)  # 'Headline / _Published on 07/12/2026_ / By Jane Roe': the byline under the date
    rest = sum(len(t.split()) for n, t in enumerate(lines[k:]) if n > h.end and n not in h.lines)
    return h if rest >= MIN_TITLE_BODY_WORDS else None


def _dated_lines(below: Lines, h: Header) -> bool:
    """Short lines right under the header that date the post, as blog and app pages print them
    ('Jane Roe · Nov 30, 2025', 'Nov 9, 2025 · 3 min read', a blank line above them or not): the
    date, and a person named beside it when no byline was read. Whether any was read."""
    i = h.end + 1
    if i < len(below) and below.blank(i) and h.published_on is None:
        i += 1  # the headline set apart by a blank line, as a pasted app's share text has it
    top, read = i, False
    while i < len(below) and i <= top + 1 and not below.blank(i) and len(below.clean[i].split()) <= MAX_DATED_WORDS:
        cr = below.credit(i)
        if cr is not None and cr.dated and cr.date is not None:
            if cr.name and not h.authors:
                h.authors = list(below.credits.person_names(cr.name) or [])
            h.published_on = h.published_on or cr.date
        elif (found := find_date(below.clean[i])) is not None:
            h.published_on = h.published_on or found[0]
        else:
            return read
        h.lines.add(i)
        h.end, read = i, True
        i += 1
    return read


def _pasted(lines: list[str], ctx: ParseContext, dayfirst: bool | None = None) -> tuple[list[str], int, Header] | None:
    """(the poster's note lines, the headline's index, its header) of a pasted article: a link
    or a note may stand above the headline, or open its line (module docstring)."""
    note: list[str] = []
    base = 0
    while base < len(lines) - 1 and lines[base].strip() and (
            is_url_line(lines[base].strip()) or lines[base].rstrip().endswith(":")):
        note.append(lines[base].strip())  # "https://…" / "From the Gazette this morning:"
        base += 1
    if base < len(lines) and (split := _split_note(lines[base].strip(), ctx)) is not None:
        note.append(split[0])
        lines[base] = split[1]
    first = _header_at(lines, base, ctx, dayfirst)
    if first is not None and first.end > 0:
        return note, base, first  # the headline with its byline or date under it
    if base + 1 < len(lines) and lines[base].strip() and lines[base + 1].strip():
        # "Geneva Gazette tonight" / "Headline" / "By …": a short line over the headline is the
        # poster's when a byline or date follows the headline or the line names an outlet or a
        # date; otherwise two title lines may be a headline and its deck.
        top = lines[base].strip()
        second = _header_at(lines, base + 1, ctx, dayfirst)
        if (second is not None and len(top.split()) <= 12 and not top.endswith((".", "?", "!"))
                and (second.end > 0 or _outlet_in(top, ctx) or parse_date(top))):
            return [*note, top], base + 1, second
    if first is not None and (base + 1 >= len(lines) or not lines[base + 1].strip()):
        # a headline alone over the text: announced by a note that names an outlet or a date
        # or links the story, else with a story's length under it
        announced = any(is_url_line(x) or _outlet_in(x, ctx) or parse_date(x) for x in note)
        if announced or _story_under(lines, base):
            return note, base, first
    return None


def _story_under(lines: list[str], k: int) -> bool:
    """An article's worth of text under a headline that has no byline or date: two paragraphs
    or more and MIN_STORY_WORDS words."""
    text = lines[k + 1 :]
    paras = sum(1 for n, s in enumerate(text) if s.strip() and (n == 0 or not text[n - 1].strip()))
    return paras >= 2 and sum(len(s.split()) for s in text) >= MIN_STORY_WORDS


def _share_line(lines: list[str], k: int, ctx: ParseContext) -> tuple[int, str, str | None] | None:
    """(index, link, publication) of the paste's last line when it links the story: a bare
    link, 'Read more: https://…', or the share text a news app appends ('📲 Shared from The
    Gazette app: https://…', which names the publication when it reads as one)."""
    n = len(lines) - 1
    while n > k and not lines[n].strip():
        n -= 1
    if n <= k or not (m := URL_RE.search(lines[n])):
        return None
    s = clean_line(lines[n])
    if is_url_line(s):
        return n, m.group(0), None
    share = _SHARE.match(s)
    if share is None:
        return None
    app = (share.group("app") or "").strip()
    named = app if app and (ctx.outlets.known(app) or ctx.outlets.nameplate(app)) else None
    return n, m.group(0), named


def _article(msg: _Message, ctx: ParseContext, lines: list[str], found: tuple[list[str], int, Header]) -> Candidate:
    note, k, h = found
    taken = {n + k for n in h.lines} | set(range(k))
    share = _share_line(lines, k, ctx)
    if share is not None:
        taken.add(share[0])
    body = [(msg.first + n + 1, line) for n, line in enumerate(lines)
            if n >= k and n not in taken and not is_url_line(line.strip())]
    url = next((m.group(0) for s in note if (m := URL_RE.search(s))), None) or (share[1] if share else None)
    outlet = h.outlet or (share[2] if share else None)
    return Candidate(
        source_path="", position=0, start_line=msg.first + 1, end_line=msg.last + 1, raw_text="",
        body_lines=body, title=h.title, outlet=ctx.outlets.canonical(outlet), published_on=h.published_on,
        authors=list(h.authors), url=h.url or (canonical_url(url) if url else None),
        header_lines={msg.first + n + 1 for n in taken},
    )


def _read(msg: _Message, path: str, ctx: ParseContext,
          dayfirst: bool | None = None) -> Iterator[tuple[Candidate, list[str]] | str]:
    """The article(s) of one message (real file lines) with the poster's note above each, or
    why it holds none. `dayfirst`: the numeric date order the pasted texts prove (parse)."""
    lines = list(msg.lines)
    if not any(s.strip() for s in lines):
        yield "chat message without text (a photo, a sticker)"
        return
    if msg.sender is None:
        yield "chat system message (encryption notice, group created), not an article"
        return
    if (found := _pasted(lines, ctx, dayfirst)) is not None:
        cand = _article(msg, ctx, lines, found)
        cand.source_path = path
        yield cand, found[0]
        return
    for item in plaintext.parse(DecodedSource(Source(path, b"", ""), "\n".join(lines), "utf-8"), ctx):
        if isinstance(item, Rejection):
            yield item.reason
            continue
        words = sum(len(t.split()) for _, t in item.body_lines)
        if not item.header_lines and words < MIN_HEADERLESS_WORDS:
            yield "chat message, not an article (no headline, a few lines)"
            continue
        if reason := not_an_article(item, ctx):
            yield reason
            continue
        item.body_lines = [(n + msg.first, t) for n, t in item.body_lines]
        item.header_lines = {n + msg.first for n in item.header_lines}
        item.start_line, item.end_line = msg.first + 1, msg.last + 1
        yield item, []


def _from_note(cand: Candidate, note: list[str], ctx: ParseContext, posted: dt.date | None) -> None:
    """What the poster's note states fills what the paste does not: a date, an outlet."""
    words = [s for s in note if not is_url_line(s)]
    if not words:
        return
    cand.published_on = cand.published_on or intro_date(words, posted)
    if cand.outlet is None and (name := next((o for s in words if (o := _outlet_in(s, ctx))), None)):
        cand.outlet = ctx.outlets.canonical(name)


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One candidate per message that carries an article (module docstring)."""
    path = decoded.source.path
    raw = decoded.text.split("\n")
    messages = _messages(raw)
    if not messages:
        yield Rejection(path, "WhatsApp export without messages", "", sum(1 for s in raw if s.strip()))
        return
    before = sum(1 for s in raw[: messages[0].first] if s.strip())
    if before:
        yield Rejection(path, "lines before the first chat message", f"lines 1-{messages[0].first}", before)
    dayfirst = _day_first(messages)
    # The order of the dates pasted into messages ('Published on 07/12/2026'), proved by the
    # pasted texts themselves (one '28/11/2026' among them), never by the phone's own prefixes:
    # a story pasted from another country's site keeps its own convention.
    pasted_order = numeric_order("\n".join(s for msg in messages for s in msg.lines))
    position = 0
    pending: list[Candidate] = []  # the last message's articles, held until its next message is seen
    pending_sender: str | None = None
    chatter: _Message | None = None  # the message before, when it was a few lines of chat
    for msg in messages:
        span = f"lines {msg.first + 1}-{msg.last + 1}"
        count = sum(1 for s in msg.lines if s.strip())
        text = [s.strip() for s in msg.lines if s.strip()]
        if (len(text) == 1 and is_url_line(text[0]) and pending and msg.sender == pending_sender
                and pending[-1].url is None and (m := URL_RE.search(text[0]))):
            pending[-1].url = canonical_url(m.group(0))  # the poster's link under their paste
            yield Rejection(path, "link to the article pasted just above", span, count)
            continue
        found = list(_read(msg, path, ctx, pasted_order))
        cands = [x[0] for x in found if isinstance(x, tuple)]
        posted = _posted(msg, dayfirst)
        for cand, note in (x for x in found if isinstance(x, tuple)):
            if not note and chatter is not None and chatter.sender == msg.sender:
                # "From the Gazette:" or the link, sent just before the paste
                note = [s.strip() for s in chatter.lines if s.strip()]
                links = [m.group(0) for s in note if (m := URL_RE.search(s))]
                cand.url = cand.url or (canonical_url(links[0]) if len(links) == 1 else None)
            _from_note(cand, note, ctx, posted)
        words = sum(len(s.split()) for s in text)
        chatter = msg if not cands and words <= NOTE_MAX_WORDS else None
        for reason in (x for x in found if isinstance(x, str)):
            yield Rejection(path, reason, span, 0 if cands else count)
        yield from pending
        pending, pending_sender = cands, msg.sender
        for cand in cands:
            cand.source_path, cand.position = path, position
            cand.raw_text = "\n".join(raw[cand.start_line - 1 : cand.end_line])  # as it stood
            position += 1
    yield from pending
