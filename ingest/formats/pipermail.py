"""Mailman 2 archive pages (pipermail): one list message rendered as HTML, read as that message.

A pipermail message page holds the message's Subject (`<H1>`, with the list's `[List-Name]`
tag), the poster's name (`<B>`) and obfuscated address, the post time (`<I>Wed Nov  4 19:22:07
EST 2026</I>`), navigation to the thread and the message text between `<!--beginarticle-->`
and `<!--endarticle-->` (a `<PRE>`, URLs linkified). Read as a web page, the subject became
the title and the poster's introduction, signature and post time stayed in the text. The
message is rebuilt as an e-mail (From, Subject, Date and the text) and read by the mail reader
with the Usenet reader's reading of a post (formats/news.py): a poster's lead-in above a paste
gives the paste's date and publication, the post's Subject and Date are fallbacks only for a
message that is its sender's own text, and the signature below '-- ' is cut.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from email.message import EmailMessage

from ingest.formats import news
from ingest.formats.mbox import read_message
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection

_BEGIN, _END = "<!--beginarticle-->", "<!--endarticle-->"
_H1 = re.compile(r"<h1>(.*?)</h1>", re.I | re.S)
_POSTER = re.compile(r"</h1>\s*<b>(.*?)</b>", re.I | re.S)
_STAMP = re.compile(r"<i>\s*((?:mon|tue|wed|thu|fri|sat|sun)\w*\s+[^<]{8,40}?\d{4})\s*</i>", re.I)
_TAG = re.compile(r"<[^>]+>")


def is_pipermail(text: str) -> bool:
    """A Mailman archive message page: its article markers, in that order."""
    start = text.find(_BEGIN)
    return start >= 0 and text.find(_END, start) > 0


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", fragment)).split())


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """The message of a pipermail page (see module docstring)."""
    text = decoded.text
    start = text.find(_BEGIN) + len(_BEGIN)
    article = text[start : text.find(_END, start)]
    body = html.unescape(_TAG.sub("", article)).strip("\n")
    msg = EmailMessage()
    if (h1 := _H1.search(text)) is not None:
        msg["Subject"] = _plain(h1.group(1))
    if (poster := _POSTER.search(text)) is not None and _plain(poster.group(1)):
        msg["From"] = _plain(poster.group(1))
    if (stamp := _STAMP.search(text[: text.find(_BEGIN)])) is not None:
        msg["Date"] = " ".join(stamp.group(1).split())
    msg.set_content(body)
    yield from read_message(msg, 1, decoded.source.path, ctx, [], tidy=news.tidy, amend=news.amend(ctx))
