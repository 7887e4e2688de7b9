"""Telegram Desktop chat exports (`result.json`): the messages of a group or channel.

People paste articles into chats, or forward a channel's post of one; most other messages are
chatter. One message is read at a time:

- its text is read once: `text` (a string, or a list of strings and `{type, text}` entity
  objects) and `text_entities` hold the same text twice; `text_entities` only when `text` is
  missing;
- a bold entity standing on a line of its own, with an article's worth of text under it, is
  the pasted headline (Telegram keeps the paste's formatting). The lines under it are read by
  the plain-text header reader (formats/header_below.py: bylines, credit lines, labels), a
  person's name alone under the headline being the byline. Lines above it are the poster's own
  note ("From the Gazette tonight:"): dropped, except a date it states ("28 Aug", "Tuesday
  8 September"), whose missing year is the last one not after the message's own date;
- a message without such a headline goes through the plain-text parser, as a mail message's
  text does (formats/mbox.py); what it finds with no header and fewer than
  MIN_HEADERLESS_WORDS words is chatter, rejected with its reason;
- the message's `date` is when it was posted, never the article's date; `from` is the poster,
  never a byline; a service message (a pin, a join) is not an article;
- a link in the message that is the only one is the article's URL (tracking parameters
  dropped); a line holding nothing but a link ("Read more: https://…") is not body text.

Provenance: each message keeps its real line span in the file (found as formats/jsondoc.py
finds records); `raw_text` is the message's JSON as it stands.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from ingest.dates import parse_date
from ingest.formats import plaintext
from ingest.formats.header_below import lone_name, read_forward
from ingest.formats.headers import Header
from ingest.formats.jsondoc import elements, members, numbered_elements, skip_space
from ingest.formats.lines import Lines, ParseContext
from ingest.formats.plaintext import MIN_HEADERLESS_WORDS
from ingest.metadata import canonical_url
from ingest.records import Candidate, DecodedSource, Rejection, Source
from ingest.text import clean_line, is_url_line

MIN_TITLE_BODY_WORDS = 40  # under a bold line: a pasted article has paragraphs, a chat message a sentence
_MESSAGE_KEYS = {"id", "type", "date"}
# "28 Aug", "Tuesday 8 September" / "Sept 9", "Aug. 22": a day and a month name, no year. Two
# patterns, each scanned on its own: in "Tuesday 8 September" the weekday must not take the day.
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})\b(?![:\d])")
_WORD = re.compile(r"[^\W\d_][\w'&-]*")
_LINK_TYPES = {"link", "text_link"}


def _is_message(value: Any) -> bool:
    return isinstance(value, dict) and value.keys() >= _MESSAGE_KEYS and ("text" in value or "text_entities" in value)


def messages_at(text: str) -> int | None:
    """Offset of the '[' of the `messages` member of a top-level object whose first message has
    Telegram's shape (id, type, date and text); None otherwise."""
    i = skip_space(text, 0)
    if not text.startswith("{", i):
        return None
    try:
        for key, at in members(text, i):
            if key == "messages" and text.startswith("[", at):
                first = next(iter(elements(text, at)), None)
                return at if first is not None and _is_message(first[2]) else None
    except ValueError:
        return None
    return None


_OPENS_OBJECT = re.compile(r"[\ufeff \t\r\n]*\{")  # = text.lstrip("\ufeff \t\r\n").startswith("{"), without the copy


def sniff(text: str) -> bool:
    """A Telegram Desktop export: one object with a `messages` array of Telegram messages."""
    # The key test before walking a big news-API document member by member (left to jsondoc),
    # after the object's opening brace: scanning a plain-text digest for the key cost ~2 ms.
    return _OPENS_OBJECT.match(text) is not None and '"messages"' in text and messages_at(text) is not None


def _parts(message: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(entity type, text, link target) of each piece of the message's text, read once."""
    value = message.get("text")
    if value in (None, "", []):
        value = message.get("text_entities")
    if isinstance(value, str):
        return [("plain", value, "")]
    out = []
    for piece in value if isinstance(value, list) else []:
        if isinstance(piece, str):
            out.append(("plain", piece, ""))
        elif isinstance(piece, dict) and isinstance(piece.get("text"), str):
            out.append((str(piece.get("type", "plain")), piece["text"], str(piece.get("href") or "")))
    return out


def _headline(parts: list[tuple[str, str, str]]) -> tuple[str, int] | None:
    """The bold entity that fills a line of its own, with its 0-based line index in the text."""
    full = "".join(t for _, t, _ in parts)
    at = 0
    for kind, text, _ in parts:
        before, rest = full[:at], full[at + len(text):]
        at += len(text)
        if (kind == "bold" and text.strip() and "\n" not in text.strip() and (not before or before.endswith("\n"))
                and (not rest or rest.startswith("\n")) and len(rest.split()) >= MIN_TITLE_BODY_WORDS):
            return " ".join(text.split()), before.count("\n")
    return None


def intro_date(intro: list[str], posted: dt.date | None) -> dt.date | None:
    """A date the poster's note states: a full one, or a day and month whose year is the last
    one that does not put it after the post."""
    note = " ".join(intro)
    if full := parse_date(note):
        return full
    if posted is None:
        return None
    pairs = [(m.group(1), m.group(2)) for m in _DAY_MONTH.finditer(note)]
    for day, month in pairs + [(m.group(2), m.group(1)) for m in _MONTH_DAY.finditer(note)]:
        for year in (posted.year, posted.year - 1):
            found = parse_date(f"{day} {month} {year}")
            if found is not None and found <= posted:
                return found
    return None


def _named_outlet(intro: list[str], url: str | None) -> str | None:
    """The outlet the poster's note names, when the linked article's host spells it ("From the
    Harbour Gazette tonight:" with a link to harbourgazette.com); a name alone is not enough."""
    host = urlsplit(url).hostname if url else None
    label = host.lower().removeprefix("www.").split(".")[0].replace("-", "") if host else ""
    if len(label) < 4:
        return None
    for line in intro:
        words = _WORD.findall(line)
        for i in range(len(words)):
            for j in range(i + 1, min(i + 6, len(words)) + 1):
                if "".join(words[i:j]).lower().replace("-", "") == label and words[i][:1].isupper():
                    return " ".join(words[i:j])
    return None


def _url(parts: list[tuple[str, str, str]]) -> str | None:
    links = {canonical_url(href or text.strip()) for kind, text, href in parts
             if kind in _LINK_TYPES and (href or text.strip()).startswith("http")}
    return links.pop() if len(links) == 1 else None


def _posted(message: dict[str, Any]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(message.get("date", ""))[:10])
    except ValueError:
        return None


def _pasted(message: dict[str, Any], parts: list[tuple[str, str, str]], ctx: ParseContext) -> Candidate | None:
    """The article under a bold headline, its header read below it (module docstring)."""
    found = _headline(parts)
    if found is None:
        return None
    title, k = found
    raw = "".join(t for _, t, _ in parts).replace("\r\n", "\n").split("\n")
    lines = Lines(raw[k:], ctx)
    h = Header(start=0, end=0, title=title, lines={0})
    read_forward(lines, h)
    if not h.authors and len(lines) > 1 and (names := lone_name(lines, 1)):
        h.authors, h.end = names, max(h.end, 1)
        h.lines.add(1)
    taken = {n + k for n in h.lines}
    body = [(n + 1, line) for n, line in enumerate(raw)
            if n >= k and n not in taken and not is_url_line(clean_line(line))]
    intro = [clean_line(x) for x in raw[:k]]
    url = h.url or _url(parts)
    outlet = h.outlet or _named_outlet(intro, url)
    return Candidate(
        source_path="", position=0, start_line=0, end_line=0, raw_text="", body_lines=body,
        title=h.title, outlet=ctx.outlets.canonical(outlet),
        published_on=h.published_on or intro_date(intro, _posted(message)),
        authors=list(h.authors), url=url, header_lines={n + 1 for n in taken},
    )


def _articles(message: dict[str, Any], ctx: ParseContext) -> Iterator[Candidate | str]:
    """The message's article(s), or why it holds none."""
    parts = _parts(message)
    text = "".join(t for _, t, _ in parts)
    if not text.strip():
        yield "chat message without text (a photo, a sticker)"
        return
    if (cand := _pasted(message, parts, ctx)) is not None:
        yield cand
        return
    for item in plaintext.parse(DecodedSource(Source("", b"", ""), text, "utf-8"), ctx):
        if isinstance(item, Rejection):
            yield item.reason
        elif not item.header_lines and sum(len(t.split()) for _, t in item.body_lines) < MIN_HEADERLESS_WORDS:
            yield "chat message, not an article (no headline, a few lines)"
        else:
            item.url = item.url or _url(parts)
            yield item


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One candidate per message that carries an article (module docstring)."""
    path, text = decoded.source.path, decoded.text
    total = text.count("\n") + 1
    start = messages_at(text)
    if start is None:
        yield Rejection(path, "Telegram export without a messages array", "", total)
        return
    covered, position, line = 0, 0, 1
    try:
        for begin, end, value, line, last in numbered_elements(text, start):
            span, n = f"lines {line}-{last}", last - line + 1
            covered += n
            if not isinstance(value, dict) or value.get("type") != "message":
                yield Rejection(path, "chat service message (pin, join), not an article", span, n)
            else:
                found = list(_articles(value, ctx))
                cands = [x for x in found if isinstance(x, Candidate)]
                for reason in (x for x in found if isinstance(x, str)):  # lines counted once, with no article
                    yield Rejection(path, reason, span, 0 if cands else n)
                for item in cands:
                    item.source_path, item.position, item.start_line, item.end_line = path, position, line, last
                    item.raw_text = text[begin:end]
                    position += 1
                    yield item
            line = last
    except ValueError as exc:
        yield Rejection(path, f"Telegram export broken after line {line}: {exc}", "", max(0, total - covered))
        return
    if total > covered:
        yield Rejection(path, "Telegram export lines outside the messages (chat name, id)", "", total - covered)
