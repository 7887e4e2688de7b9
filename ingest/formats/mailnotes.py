"""Mail text that is not an article: a reply quoting a paragraph, a forwarding note, a masthead.

A mail message's text is split by the plain-text parser, which keeps a text with no article
header as one article (a bare pasted story). In mail that is often wrong, and these shapes are
told apart here (each rejected with its reason, its lines counted):

- a reply: a few lines of the sender's own, an attribution ('On Thu, 1 May 2025, X wrote:')
  and lines quoted with '>': the quoted paragraph belongs to an article stored elsewhere; or,
  in a message that answers another (In-Reply-To), a few lines of the sender's own alone;
- a forwarding note above a message attached whole (message/rfc822): 'see the attached';
  the attached message is read as a message of its own;
- a header with no text under it: a newsletter's masthead ('WEEKLY BRIEFING / Friday 2 May
  2025 · Issue 117 / View this email in your browser') reads like a title and a date line.
"""

from __future__ import annotations

import re

from ingest.formats.lines import ParseContext
from ingest.records import Candidate
from ingest.text import clean_line, is_separator, words

REPLY_MAX_WORDS = 80  # a reply's own text: a few sentences above or between the quotes
NOTE_MAX_WORDS = 150  # a forwarding note: a greeting and a line about the attachment
_QUOTED = re.compile(r"^\s*>")
# 'On Thu, 1 May 2025 at 16:05, Jane Roe wrote:', 'Jane Roe <j@x.org> schrieb:', '… a écrit :'
_ATTRIBUTION = re.compile(r"\b(?:wrote|writes|schrieb|a écrit|escribió|scrisse|schreef)\s*:\s*$", re.I)
ATTRIBUTION = _ATTRIBUTION  # for formats/mbox.py, which reads a reply quoting a whole post


def _word_counts(cand: Candidate, ctx: ParseContext) -> tuple[int, int]:
    """(words of the body's own lines, words of its quoted lines): attribution and separator
    lines and lines a boilerplate rule removes (a sign-off, 'View this email in your browser')
    do not count."""
    own = quoted = 0
    for _, text in cand.body_lines:
        s = clean_line(text)
        if not s or is_separator(s) or _ATTRIBUTION.search(s) or (ctx.rules is not None and ctx.rules.match(s)):
            continue
        if _QUOTED.match(text):
            quoted += len(words(s))
        else:
            own += len(words(s))
    return own, quoted


INTRO_MAX_WORDS = 40  # a newsletter's greeting under its web-version link: a line or two
# 'View in browser:', 'View this email online', 'Read the web version': a newsletter's link to
# its own web copy, read as a headline over the greeting below it.
_WEB_VERSION_TITLE = re.compile(
    r"^(?:view|read|open|see)\b.{0,30}\b(?:browser|online|on the web|web version|web)\b\W*(?:https?://\S*)?$", re.I)
_MAIL_FIELD = re.compile(r"^\s*(?:from|date|sent|to|cc|subject|url)\s*:\s*\S", re.I)


def quoted_reply(texts: list[str]) -> bool:
    """A block of text lines that is a reply: lines quoted with '>' and, besides them, the mail
    header lines and attribution, fewer than REPLY_MAX_WORDS words of the sender's own."""
    quoted = own = 0
    for text in texts:
        s = clean_line(text)
        if not s or is_separator(s) or _ATTRIBUTION.search(s) or _MAIL_FIELD.match(s):
            continue
        if _QUOTED.match(text):
            quoted += 1
        else:
            own += len(words(s))
    return quoted > 0 and own < REPLY_MAX_WORDS


def not_an_article(cand: Candidate, ctx: ParseContext, forwarding: bool = False, reply: bool = False) -> str | None:
    """Why a candidate read from a mail message's text is not an article (None if it may be one).
    `forwarding`: the message also carries attached messages, read on their own; `reply`: the
    message answers another (its In-Reply-To header), so a few lines of its own with no article
    header are the sender's answer ('Thanks, I'll use this with the trainees'), quoting or not."""
    own, quoted = _word_counts(cand, ctx)
    if own + quoted == 0:
        return "mail header or masthead with no text under it"
    if cand.title and _WEB_VERSION_TITLE.match(cand.title) and own < INTRO_MAX_WORDS:
        return "newsletter's web-version link and greeting, not an article"
    if cand.header_lines:
        return None
    if quoted and quoted_reply([t for _, t in cand.body_lines]):
        return "reply quoting an earlier message, not an article"
    if reply and own < REPLY_MAX_WORDS:
        return "short reply to an earlier message, not an article"
    if forwarding and own < NOTE_MAX_WORDS:
        return "forwarding note above an attached message"
    return None
