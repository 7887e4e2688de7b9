"""Usenet news batches (rnews): each article read as a mail message (formats/mbox.py).

A batch is a stream of `#! rnews <bytes>` lines, each followed by one news article with RFC
1036 headers (Path, From, Newsgroups, Subject, Message-ID, Date, ...). Articles are split on
those lines (byte counts go stale when line ends are converted, so lines decide) and read by
the mail reader, with what Usenet adds:

- a body indented as a block (wire feeds indent every line by a tab) is dedented;
- a poster's comment below a snip mark that ends the paste (`[rest snipped ...]`, vocabulary
  in ingest/data/news.toml) is cut and counted, as the mail reader cuts every message's
  signature below the `-- ` mark;
- a byline followed by a publication's name (`By JANE ROE` / `Harbour Newswire`) gives the
  authors and the outlet, both lines leave the body;
- the date is the article's own: a yearless dateline (`OSLO, May 4 (XYZ) --`) or a date in
  the poster's lead-in (`from Thursday's Gazette (Thursday 16 July)`) takes the year that puts
  it nearest the post's Date header. The Date header itself is a fallback only for a post that
  is its sender's own story (no lead-in above it): a pasted article's date is not the post's.

Provenance: start_line = end_line = the article's 1-based index in the batch (a record format).
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
import textwrap
import tomllib
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

from ingest.formats.datelines import DATELINE as _DATELINE
from ingest.formats.datelines import MONTH as _MONTH
from ingest.formats.datelines import MONTH_NAMES as _MONTH_NAMES
from ingest.formats.datelines import nearest as _yearless
from ingest.formats.detect import RNEWS
from ingest.formats.digestparts import MAX_INTRO_WORDS
from ingest.formats.mbox import Amend, read_message
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import clean_line

NEWS_FILE = Path(__file__).resolve().parent.parent / "data" / "news.toml"


def _snip_pattern(path: Path = NEWS_FILE) -> re.Pattern[str]:
    with path.open("rb") as fh:
        words = tomllib.load(fh)["paste_end"]["words"]
    alternatives = "|".join(re.escape(w) for w in words)
    # a line wholly in brackets saying the rest of the paste was left out
    return re.compile(rf"^\s*[\[<(]\s*(?:{alternatives})\b[^\]>)]*\bsnip[^\]>)]*[\]>)]\s*$", re.I)


_SNIP_END = _snip_pattern()
# (the yearless dateline and its year: formats/datelines.py, which digests share)
# 'Thursday 16 July', '(Thu, July 16)', 'July 16': a yearless date in a poster's lead-in.
_LEAD_DATE = re.compile(rf"\b(?:(?P<day2>\d{{1,2}}) (?P<month2>{_MONTH_NAMES})\b|{_MONTH} (?P<day>\d{{1,2}})\b)")


def split_batch(data: bytes) -> list[bytes]:
    """The articles of a batch, without their `#! rnews` lines."""
    starts = [m.end() for m in RNEWS.finditer(data)]
    ends = [*(m.start() for m in RNEWS.finditer(data)), len(data)][1:]
    return [data[a:b].lstrip(b"\r\n") for a, b in zip(starts, ends, strict=True)]


def tidy(text: str) -> tuple[str, int]:
    """Dedent the text; cut a poster's comment after a snip mark (see module doc). The
    signature below '-- ' is the mail reader's to cut, for every message (formats/mbox.py)."""
    lines = textwrap.dedent(text).split("\n")
    keep = len(lines)
    for k in range(keep):
        if _SNIP_END.match(lines[k]):
            keep = k
            break
    cut = sum(1 for line in lines[keep:] if line.strip())
    return "\n".join(lines[:keep]), cut


def _posted(msg: EmailMessage) -> dt.date | None:
    try:
        return parsedate_to_datetime(str(msg.get("Date") or "")).date()
    except (TypeError, ValueError):
        return None


def _lead_in(text: str) -> str | None:
    """The poster's lead-in: the text's first one or two paragraphs, ending in a colon and short
    (digestparts.MAX_INTRO_WORDS), above a pasted article; else None."""
    paragraphs = [p for p in text.strip().split("\n\n") if p.strip()][:2]
    head = ""
    for para in paragraphs:
        head = f"{head} {para}".strip()
        if len(head.split()) > MAX_INTRO_WORDS:
            return None
        if head.endswith(":"):
            return " ".join(head.split())
    return None


_CAPITALISED_RUN = re.compile(r"\b(?:The )?(?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+")


def _lead_outlet(lead: str, ctx: ParseContext) -> str | None:
    """A publication the poster names in the lead-in ('from yesterday's Harbour Gazette'), by
    its nameplate shape or as a known outlet; None when it names none."""
    outlets = ctx.outlets
    if outlets is None:
        return None
    for m in _CAPITALISED_RUN.finditer(lead):
        # "Monday's Fenland Echo": a possessive word before the name is the poster's, not the name's
        name = re.sub(r"^(?:\S+['’]s )+", "", re.sub(r"['’]s$", "", m.group(0)))
        if outlets.nameplate(name) or outlets.known(name):
            return name
    return None


def _byline_outlet(cand: Candidate, ctx: ParseContext) -> None:
    """'By JANE ROE' over a publication's name at the top of the body: authors and outlet."""
    top = [(n, t) for n, t in cand.body_lines[:6] if t.strip()][:2]
    if len(top) < 2 or ctx.bylines is None or ctx.outlets is None:
        return
    authors = ctx.bylines.byline(top[0][1])
    name = clean_line(top[1][1])
    if not authors or not name or len(name.split()) > 5 or not (ctx.outlets.nameplate(name) or ctx.outlets.known(name)):
        return
    cand.authors = cand.authors or authors
    cand.outlet = cand.outlet or name
    gone = {top[0][0], top[1][0]}
    cand.header_lines |= gone
    cand.body_lines = [item for item in cand.body_lines if item[0] not in gone]


def amend(ctx: ParseContext) -> Amend:
    """What a news article states of itself, settled before the mail fallbacks (module doc)."""

    def settle(cands: list[Candidate], msg: EmailMessage, text: str) -> bool:
        posted = _posted(msg)
        lead = _lead_in(text)
        for cand in cands:
            _byline_outlet(cand, ctx)
            if cand.published_on is not None or posted is None:
                continue
            first = next((clean_line(t) for _, t in cand.body_lines if t.strip()), "")
            m = _DATELINE.match(first)
            if m:
                cand.published_on = _yearless(m, posted)
            elif lead and len(cands) == 1:  # 'Thursday 16 July': the first day-and-month that is one
                cand.published_on = next(filter(None, (_yearless(d, posted) for d in _LEAD_DATE.finditer(lead))), None)
            if lead and len(cands) == 1 and cand.outlet is None:
                cand.outlet = _lead_outlet(lead, ctx)
        return lead is None  # a pasted article: the post's Subject/Date are the poster's

    return settle


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Articles from every news article of an rnews batch (see module docstring)."""
    found: list[Candidate] = []
    settle = amend(ctx)
    for index, raw in enumerate(split_batch(decoded.source.data), start=1):
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if isinstance(msg, EmailMessage):
            yield from read_message(msg, index, decoded.source.path, ctx, found, tidy=tidy, amend=settle)
