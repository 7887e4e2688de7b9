"""mbox mailing-list archives: each message's text parsed as a digest.

The file is split on its `From ` separator lines (mboxo and mboxrd), `>From ` quoting is undone
on the raw lines (one `>` removed, as mboxrd defines it),
and each message is read with the stdlib `email` package: the first text/plain part that is
not an attachment, else the first text/html part (turned into text), with quoted-printable,
base64 and the part's charset decoded. The message text then goes through the plain-text
parser (formats/plaintext.py) unchanged, because a list post often holds several pasted
articles. Subject and Date are fallbacks only: used for a message that holds one article
whose text states no title or date, and never when the Subject names a digest.
A single saved message (.eml, sniffed from its RFC 822 headers) is an mbox of one message.
A forward or a reply ('---------- Forwarded message ---------') never lends its Subject or Date.
The sender's signature below the last '-- ' line (RFC 3676) is cut before parsing.
Provenance: start_line = end_line = the message's 1-based index in the file (a record format);
list footers are removed by the shared list-footer rule (ingest/data/boilerplate.toml).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import email.policy
import re
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime
from urllib.parse import urlsplit

from ingest.charsets import decode_with_charset, repair_mojibake
from ingest.dates import find_date, has_year
from ingest.formats import plaintext
from ingest.formats.credits import title_case
from ingest.formats.detect import emlx_message
from ingest.formats.digestparts import message_end
from ingest.formats.digestparts import message_text as pasted_text
from ingest.formats.lines import Lines
from ingest.formats.mailnotes import ATTRIBUTION as _ATTRIBUTION
from ingest.formats.mailnotes import not_an_article
from ingest.formats.meta_clean import title_site
from ingest.formats.plaintext import ParseContext
from ingest.metadata import canonical_url
from ingest.outlets import outlet_key
from ingest.records import Candidate, DecodedSource, Rejection, Source
from ingest.text import SENTENCE_END, URL_RE, fold, is_separator

_FROM_LINE = re.compile(rb"^From \S+ .*\d{4}\s*$")
_QUOTED_FROM = re.compile(rb"^>+From ")
_LIST_TAG = re.compile(r"^\s*(?:(?:re|fwd?|aw|sv)\s*:\s*|\[[^\]]{1,40}\]\s*)+", re.I)
# A digest's subject ("Energy-L Digest, Vol 12, Issue 3") names the list issue, not an article.
_DIGEST_SUBJECT = re.compile(r"\bdigest\b|\bvol(?:ume)?\.?\s*\d+|\bissue\s*\d+", re.I)
# "PRESS RELEASE: Acme launches …": the kind of mail, not part of the headline.
_RELEASE_TAG = re.compile(r"^(?:press|media|news)\s+release\s*[:–—|-]\s*", re.I)
_FORWARDED = re.compile(
    r"^\s*(?:-{3,}\s*(?:forwarded|original) message\s*-{3,}|begin forwarded message:)\s*$", re.I | re.M
)
# Outlook's forward or reply: a rule of underscores (or '-----Original Message-----') over the
# forwarded mail's own From:/Sent:/To:/Subject: lines, pasted into the text.
_OUTLOOK_RULE = re.compile(r"^\s*(?:_{8,}|-{3,}\s*original message\s*-{3,})\s*$", re.I)
_FORWARD_FIELD = re.compile(r"^\s*(from|sent|date|to|cc|subject)\s*:\s*(.*)$", re.I)
MAX_FORWARD_NOTE_WORDS = 60  # the forwarder's note above the forwarded mail: a line or two and a name
FORWARD_TITLE_REACH = 6  # the forwarded text prints its own headline among its first lines
MASTHEAD_LINES = 3  # a newsletter prints its name among its first lines
SITE_LINK_LINES = 6  # the link to the item's web version stands among its last lines
MAX_ATTACHED_DEPTH = 3  # a forward of a forward of a forward: deeper nesting is not read


def split_messages(data: bytes) -> list[bytes]:
    """Messages of an mbox: a `From ` line at the start of the file or after a blank line."""
    if data[:1].isdigit() and (inner := emlx_message(data)) is not None:
        return [inner]  # Apple Mail's .emlx: the byte count line and the trailing plist are not mail
    messages: list[bytes] = []
    current: list[bytes] = []
    previous_blank = True
    for line in data.splitlines(keepends=True):
        if previous_blank and _FROM_LINE.match(line.rstrip(b"\r\n")):
            if current:
                messages.append(b"".join(current))
            current = []
        else:
            current.append(line[1:] if _QUOTED_FROM.match(line) else line)  # mboxrd/mboxo quoting undone
        previous_blank = not line.strip()
    if current and any(x.strip() for x in current):
        messages.append(b"".join(current))
    return messages


def _part_text(part: EmailMessage) -> str:
    payload = part.get_payload(decode=True)
    raw = payload if isinstance(payload, bytes) else b""
    text, _, _ = decode_with_charset(raw, part.get_content_charset()) if raw.strip() else ("", "", False)
    return text


def own_parts(msg: EmailMessage) -> Iterator[EmailMessage]:
    """The message's leaf parts in order, not descending into an attached message/rfc822 (its
    text is the attached message's own, read as a message of its own: attached_messages)."""
    if not msg.is_multipart():
        yield msg
        return
    for part in msg.iter_parts():
        if isinstance(part, EmailMessage) and part.get_content_type() != "message/rfc822":
            yield from own_parts(part)


def attached_messages(msg: EmailMessage) -> list[EmailMessage]:
    """Messages forwarded 'as attachment' (message/rfc822 parts), in order."""
    found: list[EmailMessage] = []
    for part in msg.walk():
        if part is not msg and part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, EmailMessage):
                found.append(inner)
    return found


def message_text(msg: EmailMessage) -> str | None:
    """The message's text/plain part, else its text/html part as text; None if it has neither.
    (A multipart/alternative message is one text: its parts render the same content.)"""
    html: EmailMessage | None = None
    for part in own_parts(msg):
        if part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain":
            return _part_text(part)
        if ctype == "text/html" and html is None:
            html = part
    if html is None:
        return None
    # As a feed's HTML content: one paragraph per innermost block, <br> lines kept, furniture
    # pruned (a <div> holding <p>s must not repeat their text, as reading every block did).
    from ingest.formats.feeds import fragment_paragraphs  # HTML readers load on demand (formats/__init__.py)

    return "\n\n".join("\n".join(lines) for lines in fragment_paragraphs(_part_text(html)))


MAX_SIGNATURE_LINES = 8  # RFC 3676 asks for four; a title, a phone and an address make a few more


def _without_signature(text: str) -> tuple[str, int]:
    """The text without the sender's signature: what follows the last '-- ' line (RFC 3676's
    mark), when it is a signature's size. The name, affiliation and telephone of whoever sent
    the article are never the article's. Returns (text, non-blank lines cut)."""
    lines = text.split("\n")
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].rstrip("\r") in ("-- ", "--"):
            below = sum(1 for line in lines[i + 1 :] if line.strip())
            if 0 < below <= MAX_SIGNATURE_LINES:
                return "\n".join(lines[:i]), below
            break
    return text, 0


def _inline_forward(text: str) -> tuple[str, int, bool]:
    """A mail forwarded inline: the forwarder's note above the forward's mark ('---------- Forwarded
    message ---------', Outlook's rule of underscores), the mark and the forwarded mail's own
    header lines (From:, Sent:, To:, Subject:) are the forwarder's, not the article's; they are
    blanked (the lines keep their places). The forwarded Subject is the forwarded text's title
    (an alert's or a newsletter's item is mailed under its headline): it stays, as a line of its
    own, unless the text prints that headline itself among its first lines. Only when the note
    is short and the header block names the sender and the subject: a long text above the mark
    is an article of its own. Returns (text, non-blank lines blanked, whether a forward was read)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not (_FORWARDED.match(line) or _OUTLOOK_RULE.match(line)):
            continue
        j, fields = i + 1, dict[str, tuple[int, str]]()
        while j < len(lines) and (m := _FORWARD_FIELD.match(lines[j])) is not None:
            fields.setdefault(m.group(1).lower(), (j, m.group(2).strip()))
            j += 1
        note = sum(len(x.split()) for x in lines[:i])
        if "from" not in fields or "subject" not in fields or note > MAX_FORWARD_NOTE_WORDS:
            continue
        cut = sum(1 for x in lines[:j] if x.strip()) - 1
        at, subject = fields["subject"]
        subject = " ".join(_RELEASE_TAG.sub("", _LIST_TAG.sub("", subject).strip()).split())
        below = [fold(x) for x in lines[j:] if x.strip()][:FORWARD_TITLE_REACH]
        keep = bool(subject) and fold(subject) not in below
        lines[:j] = [""] * j
        if keep:
            lines[at] = subject
        else:
            cut += 1
        return "\n".join(lines), cut, True
    return text, 0, False


def _without_signoff(text: str, ctx: ParseContext) -> tuple[str, int]:
    """The text without the sender's sign-off at its end, above the list's footer: a short
    block of a name, an affiliation, a phone under the last paragraph ('Best,' / 'Jane Roe' /
    'Harbour Policy Network'), read as a digest's message signature is (formats/digestparts.py).
    The article it follows is never the sender's own text. Returns (text, non-blank lines cut)."""
    raw = text.split("\n")
    lines = Lines(raw, ctx)
    first = lines.next_nonblank(-1)
    footer = len(raw)  # the list's footer: rule lines and lines a boilerplate rule takes, at the end
    j = footer - 1
    while j > first and (lines.blank(j) or is_separator(lines.clean[j])
                         or (ctx.rules is not None and ctx.rules.match(lines.clean[j]) is not None)):
        footer = j if not lines.blank(j) else footer
        j -= 1
    if first >= footer:
        return text, 0
    end = message_end(lines, first, footer - 1, set())
    cut = [k for k in range(end + 1, footer) if not lines.blank(k)]
    if not cut:
        return text, 0
    return "\n".join(raw[: cut[0]] + [""] * (footer - cut[0]) + raw[footer:]), len(cut)


MIN_QUOTED_ARTICLE_WORDS = 150  # a quoted paragraph or two is a reply's context; more is a whole post
_QUOTE_MARK = re.compile(r"^ ?> ?")


def _unquoted_copy(text: str) -> tuple[str, int]:
    """A reply that quotes a whole post ('On …, X wrote:' over '> '-quoted lines holding an
    article) is a copy of that post: the quoted lines, unquoted, are read as the post was; the
    replier's own lines (above, below and between the quotes) and the attribution are blanked,
    keeping their places. A reply quoting less than MIN_QUOTED_ARTICLE_WORDS is left alone
    (mailnotes rejects it as a reply). Returns (text, non-blank own lines blanked)."""
    lines = text.split("\n")
    at = next((k for k, line in enumerate(lines) if _ATTRIBUTION.search(line)), None)
    if at is None:
        return text, 0
    quoted = sum(len(line.split()) - 1 for line in lines[at + 1 :] if line.startswith(">"))
    if quoted < MIN_QUOTED_ARTICLE_WORDS:
        return text, 0
    own = sum(1 for k, line in enumerate(lines) if line.strip() and (k <= at or not line.startswith(">")))
    out = [_QUOTE_MARK.sub("", line, count=1) if k > at and line.startswith(">") else ""
           for k, line in enumerate(lines)]
    return "\n".join(out), own


# A reader of a message stream other than mbox (formats/news.py) may tidy a message's text
# before parsing (returning the text and the count of lines it cut) and settle what its own
# layout states before the mail fallbacks (returning whether Subject/Date may still fill gaps).
Tidy = Callable[[str], tuple[str, int]]
Amend = Callable[[list[Candidate], EmailMessage, str], bool]


def _fallbacks(cands: list[Candidate], msg: EmailMessage, text: str, forwarded: bool = False) -> None:
    # A forward's Subject and Date are the forwarder's ("Fwd: …", the day it was sent on), not
    # the article's: a forwarded article states its own title and date or has none.
    if len(cands) != 1 or forwarded or _FORWARDED.search(text):
        return
    cand = cands[0]
    subject = _RELEASE_TAG.sub("", _LIST_TAG.sub("", str(msg.get("Subject") or "")).strip())
    if cand.title is None and subject and not _DIGEST_SUBJECT.search(subject):
        cand.title = " ".join(subject.split())
        # The headline printed again at the top of the text is the title, not body.
        head = [item for item in cand.body_lines[:8] if item[1].strip()][:3]
        for item in head:
            printed = " ".join(item[1].split())
            # An alert's Subject may put the sender's name before the headline ('Acme Corp. -
            # Acme Opens Plant'); the headline printed alone at the top is then the title.
            if printed == cand.title or (len(printed) > len(cand.title) // 2
                                         and _SUBJECT_PREFIX_SEPS.search(cand.title[: -len(printed)] + "\0")
                                         and cand.title.endswith(printed)):
                cand.title = printed
                cand.body_lines = [x for x in cand.body_lines if x is not item]
                break
    if cand.published_on is None and (sent := _sent_on(msg)) is not None:
        cand.published_on = sent
        cand.date_inferred = True  # the day it was sent: a copy stating its own date wins


# The separator between a Subject's sender prefix and the headline it then prints ('… - ', '… | ', '…: ').
_SUBJECT_PREFIX_SEPS = re.compile(r"\S\s*[-–—|:]\s+\0$")


def _sent_on(msg: EmailMessage) -> dt.date | None:
    """The day the message was sent (its Date: header), or None."""
    with contextlib.suppress(TypeError, ValueError):  # an unparseable Date states nothing usable
        return parsedate_to_datetime(str(msg["Date"])).date() if msg.get("Date") else None
    return None


def _pasted_under_lead_in(cand: Candidate, text: str, ctx: ParseContext, sent: dt.date | None) -> int | None:
    """A message that is one headerless article, whose sender writes a lead-in ('Rumana, / Here
    is the Courier piece I mentioned:') over the pasted title and byline, read as a digest's
    message is (formats/digestparts.py): the pasted title and authors, the text under them, the
    sign-off cut. Only when that pasted head is there. A day and month the lead-in gives ('the
    Courier piece (3 December):') is read in the year nearest the day it was sent. Returns the
    lines dropped, None when the message is no such paste."""
    if cand.title is not None or cand.header_lines:
        return None
    raw = text.split("\n")
    first, last, dropped, pasted = pasted_text(Lines(raw, ctx), 0, len(raw) - 1, set(), topic=False, posted=sent)
    if pasted is None or pasted.title is None:
        return None
    cand.title, cand.authors = pasted.title, pasted.authors
    cand.published_on = cand.published_on or pasted.published_on
    cand.outlet = cand.outlet or ctx.outlets.canonical(pasted.outlet)
    cand.url = cand.url or (canonical_url(pasted.url) if pasted.url else None)  # a mailed link's utm_ tags dropped
    cand.body_lines = [(n, t) for n, t in cand.body_lines if first < n <= last + 1]
    return dropped


# A masthead line's tagline after the publication's name ("The Harbour Gazette -- Since 1887").
_MASTHEAD_TAGLINE = re.compile(r"\s+(?:--|[—–|·:])\s+")
# A credit line that credits the desk, not a person ("From staff reports", "Staff and wire reports").
_NO_CREDIT = re.compile(r"^(from )?(staff|wire|news|agency)( and (staff|wire|news|agency))? reports?$", re.I)


def _sender_outlet(cands: list[Candidate], msg: EmailMessage, text: str, ctx: ParseContext) -> None:
    """A newsletter's items that name no outlet are the sender's own, when the sender's name
    ('Inland Waterways Weekly <news@…>') is also the masthead the text prints at its top; an
    own item with no date of its own takes the issue's date the masthead prints ('Issue 88 |
    Monday 3 May 2027'), never the mail's Date: header."""
    name = " ".join(parseaddr(str(msg.get("From") or ""))[0].split())
    if not name or all(c.outlet and c.authors for c in cands):
        return  # (an item with an outlet but no writer may have read its writer as the outlet)
    top = [line for line in text.split("\n", 40)[:40] if line.strip()][:MASTHEAD_LINES]
    if any(outlet_key(_MASTHEAD_TAGLINE.split(line, 1)[0]) == outlet_key(name) for line in top):
        issued = next((found[0] for line in top if (found := find_date(line)) is not None), None)
        credits = ctx.credit_reader()
        for cand in cands:
            if cand.outlet is None:
                cand.outlet = name
                cand.published_on = cand.published_on or issued
            elif not cand.authors and outlet_key(cand.outlet) != outlet_key(name):
                # "Jane Roe | Nov. 24, 2026" under an item of the sender's own newsletter was read
                # as "Outlet | date"; the masthead names the publication, so a person's name
                # there is the item's writer, and a credit to nobody ("From staff reports") none.
                if (names := credits.person_names(cand.outlet)) is not None:
                    cand.outlet, cand.authors = name, list(names)
                elif credits.bylines.byline(cand.outlet) == [] or _NO_CREDIT.match(cand.outlet):
                    cand.outlet = name
        if cands:
            _masthead_out(cands[0], name)
        return
    for cand in cands:
        # A masthead set as an image: a link to the item on a host that spells the sender's name
        # ('The Curator <news@…>', 'Read on thecurator.com → https://www.thecurator.com/2026/…'
        # among the item's last lines) makes it the sender's.
        if cand.outlet is not None:
            continue
        tail = [t for _, t in cand.body_lines if t.strip()][-SITE_LINK_LINES:]
        hosts = [urlsplit(m.group(0)).hostname for t in tail if "http" in t for m in URL_RE.finditer(t)]
        if (site := next((s for h in hosts if h and (s := title_site(name, h))), None)) is not None:
            cand.outlet = site


SHARE_CARD_WORDS = 6  # a publisher's name on a shared story's card


def _share_card(cand: Candidate, text: str, ctx: ParseContext) -> None:
    """The publication a news app's share card names: the card a phone's share sheet puts above
    the sender's paste (headline, publisher, the app's own link: 'Sound Link strike leaves … /
    Seattle Harbor Dispatch / https://apple.news/…'). Read only when the card's headline is the
    pasted story's title and the line under it is a name; the app's link is never the article's."""
    if cand.outlet is not None or cand.title is None or not cand.header_lines:
        return
    top = min(cand.header_lines)
    lines = [line.strip() for line in text.split("\n")[: top - 1]]
    for i, line in enumerate(lines[:-1]):
        name = lines[i + 1]
        if fold(line) != fold(cand.title) or not name or len(name.split()) > SHARE_CARD_WORDS:
            continue
        below = next((x for x in lines[i + 2 :] if x), "")
        if title_case(name) and not SENTENCE_END.search(name) and below.startswith(("http://", "https://")):
            cand.outlet = ctx.outlets.canonical(name)
            return


def _issue_line(cands: list[Candidate], text: str, ctx: ParseContext) -> None:
    """The issue line atop a newsletter ('Harbour Business Ledger | Thursday, December 3, 2026
    | Market close') dates the issue: its own items that state no date of their own take it,
    before the Date: header, which a newsletter sent in the evening Pacific time stamps with the
    next day in UTC."""
    if not cands or all(c.published_on is not None and not c.date_inferred for c in cands):
        return
    top = [line.strip() for line in text.split("\n", 40)[:40] if line.strip()][:MASTHEAD_LINES]
    # (the edition after the date, '| Market close', is no part of the issue line's reading)
    top += [cut[0] for line in top if (cut := line.rsplit(" | ", 1))[1:] and has_year(cut[0])]
    lines = Lines(top, ctx)
    issue = next((found for j in range(len(top)) if (found := lines.outlet_date(j)) is not None), None)
    if issue is None:
        return
    publisher = outlet_key(ctx.outlets.canonical(issue[0]) or issue[0])
    for cand in cands:
        own = cand.outlet is None or outlet_key(cand.outlet) == publisher
        if own and (cand.published_on is None or cand.date_inferred):
            cand.published_on, cand.date_inferred = issue[1], False


def _masthead_out(cand: Candidate, name: str) -> None:
    """The sender's masthead atop the first item's text ('Acme Holdings Inc. | NYSE: ACME') is
    the outlet, read above, not body: it leaves the body, so the kicker and the date stamp under
    it ('Press Release', '12/07/2026 07:00 AM EST') stand at the text's edge, where the cleaner
    takes such lines."""
    head = [item for item in cand.body_lines[: MASTHEAD_LINES * 2] if item[1].strip()][:MASTHEAD_LINES]
    for item in head:
        if outlet_key(" ".join(item[1].split()).split(" | ", 1)[0]) == outlet_key(name):
            cand.body_lines = [x for x in cand.body_lines if x is not item]
            cand.header_lines.add(item[0])
            return


# A newsletter platform's sender name: "Jane Roe from The Harbour Letter" (Substack's shape).
_FROM_PUBLICATION = re.compile(r"^(?P<name>[^,()]{3,60}?) from (?P<publication>[A-Z][^,()]{1,60})$")
# "View this post on the web at https://…", "View this email in your browser: https://…": the
# web version of a newsletter post, printed above its text.
_WEB_VERSION = re.compile(
    r"^view (?:this|the) (?:post|email|e-mail|newsletter|issue|story|article) "
    r"(?:on the web|online|in (?:your|a|the) (?:web )?browser)(?: at)?\s*:?\s*<?(?P<url>https?://\S+?)>?$", re.I)
WEB_VERSION_LINES = 6  # the web-version line stands among the first lines of the text


def _newsletter_post(cands: list[Candidate], msg: EmailMessage, ctx: ParseContext) -> None:
    """A newsletter e-mail that is one post (a List-Unsubscribe or List-Id header, one article):
    the sender name 'Jane Roe from The Harbour Letter' gives the publication and, where the
    text names nobody, the writer; the web-version line above the text gives the post's address
    and leaves the body."""
    if len(cands) != 1 or not (msg.get("List-Unsubscribe") or msg.get("List-Id")):
        return
    cand = cands[0]
    head = [item for item in cand.body_lines[: WEB_VERSION_LINES * 2] if item[1].strip()][:WEB_VERSION_LINES]
    for item in head:
        if (m := _WEB_VERSION.match(" ".join(item[1].split()))) is not None:
            cand.url = cand.url or m.group("url")
            cand.body_lines = [x for x in cand.body_lines if x is not item]
            break
    sender = _FROM_PUBLICATION.match(" ".join(parseaddr(str(msg.get("From") or ""))[0].split()))
    if sender is not None:
        cand.outlet = cand.outlet or sender.group("publication")
        name = sender.group("name")
        if not cand.authors and ctx.bylines is not None and ctx.bylines.is_name(name) and len(name.split()) >= 2:
            cand.authors = [name]
    _post_head(cand)


# The headline printed as a link to the post ('Title <https://…/p/slug>'), the post's short
# date ('Nov 29') and a separator glyph ('∙') in a newsletter platform's post header.
_LINKED = re.compile(r"^(?P<text>.*?)\s*<?(?P<url>https?://[^\s<>]+)>?\s*$")
_SHORT_DATE = re.compile(r"^(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?)$")
MAX_DEK_WORDS = 30
POST_HEAD_LINES = 6


def _post_head(cand: Candidate) -> None:
    """A newsletter post's own header printed above its text: the headline (as a link to the
    post: its address is the post's URL), the dek under it, the author's name and the short
    date. None of it is body. The dek is a short line with no final stop, standing right
    above the author's name; only read when the headline (the Subject) stands on top."""
    if cand.title is None:
        return
    head = [item for item in cand.body_lines[: POST_HEAD_LINES * 3] if item[1].strip()][:POST_HEAD_LINES]
    at = next((k for k, (_, t) in enumerate(head[:3])
               if (m := _LINKED.match(t.strip())) is not None and fold(m.group("text")) == fold(cand.title)), None)
    if at is None:
        return
    m = _LINKED.match(head[at][1].strip())
    cand.url = cand.url or (canonical_url(m.group("url")) if m else None)
    drop = {head[at][0]}
    names = {fold(a) for a in cand.authors}
    rest = [(n, " ".join(t.split())) for n, t in head[at + 1 :]]
    for k, (n, t) in enumerate(rest):
        below = rest[k + 1][1] if k + 1 < len(rest) else ""
        if fold(t) in names or _SHORT_DATE.match(t) or not any(c.isalnum() for c in t):
            drop.add(n)
        elif (k == 0 and fold(below) in names and len(t.split()) <= MAX_DEK_WORDS
              and not SENTENCE_END.search(t)):
            drop.add(n)  # the dek: a subtitle, not the text
        else:
            break
    cand.header_lines |= drop
    cand.body_lines = [x for x in cand.body_lines if x[0] not in drop]


def _snapshot_page(msg: EmailMessage) -> tuple[str, str | None] | None:
    """The saved page of a browser's single-file snapshot (MHTML: Chrome's 'Saved by Blink' with
    its Snapshot-Content-Location, IE and Word's .mht whose page part names its Content-Location),
    else None. Its page part is a web page, not a mail's text: the HTML reader reads it, with
    the page's meta tags (an HTML newsletter with inline images is related parts too, but
    addressed To someone and without a page location). Returns the page and its address."""
    if msg.get_content_type() != "multipart/related":
        return None
    saved = bool(msg.get("Snapshot-Content-Location")) or "saved by" in str(msg.get("From") or "").lower()
    for part in msg.iter_parts():
        if isinstance(part, EmailMessage) and part.get_content_type() == "text/html":
            located = str(msg.get("Snapshot-Content-Location") or part.get("Content-Location") or "").strip()
            if saved or (located and not msg.get("To")):
                return _part_text(part), located if located.startswith("http") else None
            return None
    return None


MAX_STUB_WORDS = 60  # 'This message is formatted in HTML; view it in your browser: https://…'
STUB_RATIO = 10  # the HTML part says at least this many times more
_TAG = re.compile(r"<[^>]*>")
_STYLE = re.compile(r"<(style|script|head)\b.*?</\1\s*>", re.I | re.S)


def _html_view(msg: EmailMessage) -> tuple[str, str | None] | None:
    """The HTML part of a newsletter whose plain-text alternative is a stub ('This message is
    formatted in HTML. If you cannot read it, view it in your browser: https://…'): the HTML
    is the message, read as a page (a newsletter of several items is split into its stories,
    formats/html_stories.py). None for any other message: a plain part that carries the text
    is read as the text, as before."""
    if msg.get_content_type() != "multipart/alternative":
        return None
    plain = html = None
    for part in msg.iter_parts():
        if not isinstance(part, EmailMessage) or part.get_content_disposition() == "attachment":
            continue
        if part.get_content_type() == "text/plain" and plain is None:
            plain = _part_text(part)
        elif part.get_content_type() == "text/html" and html is None:
            html = _part_text(part)
    if plain is None or html is None:
        return None
    n_plain = len(plain.split())
    if n_plain > MAX_STUB_WORDS:
        return None
    shown = _TAG.sub(" ", _STYLE.sub(" ", html))
    return (html, None) if len(shown.split()) >= STUB_RATIO * max(n_plain, 10) else None


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Articles from every message of an mbox file (see module docstring)."""
    path = decoded.source.path
    found: list[Candidate] = []
    for index, raw in enumerate(split_messages(decoded.source.data), start=1):
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if not isinstance(msg, EmailMessage):
            continue
        snapshot = _snapshot_page(msg) or _html_view(msg)
        if snapshot is None:
            yield from _message(msg, index, path, ctx, found)
            continue
        from ingest.formats import html  # HTML readers load on demand (formats/__init__.py)

        page, located = snapshot
        for item in html.parse(DecodedSource(Source(path, b"", ""), page, "utf-8"), ctx):
            if isinstance(item, Candidate):
                item.position, item.start_line, item.end_line = len(found), index, index
                item.url = item.url or located
                found.append(item)
            yield item


def _message(
    msg: EmailMessage, index: int, path: str, ctx: ParseContext, found: list[Candidate], depth: int = 0,
    tidy: Tidy | None = None, amend: Amend | None = None,
) -> Iterator[Candidate | Rejection]:
    """The articles of one message, then those of the messages attached to it (a forward 'as
    attachment'), all numbered by the outer message's index. `found` collects every candidate
    of the file, so each gets its position in the file."""
    attached = attached_messages(msg) if depth < MAX_ATTACHED_DEPTH else []
    text = message_text(msg)
    if text is None or not text.strip():
        if not attached:
            yield Rejection(path, "mail message without a text part (counted in messages)", f"message {index}", 1)
    else:
        text, _ = repair_mojibake(text.replace("\r\n", "\n").replace("\r", "\n"))
        if ">" in text:
            text, cut = _unquoted_copy(text)
            if cut:
                yield Rejection(path, "reply's own comments around a quoted article", f"message {index}", cut)
        if tidy is not None:
            text, cut = tidy(text)
            if cut:
                yield Rejection(path, "poster's signature or comment after a snipped paste", f"message {index}", cut)
        text, signed = _without_signature(text)
        if signed:
            yield Rejection(path, "poster's signature (below the '-- ' mark)", f"message {index}", signed)
        text, signed = _without_signoff(text, ctx)
        if signed:
            yield Rejection(path, "poster's sign-off and signature", f"message {index}", signed)
        text, cut, forwarded = _inline_forward(text)
        if cut:
            yield Rejection(path, "forwarder's note and the forwarded mail's headers", f"message {index}", cut)
        cands: list[Candidate] = []
        for item in plaintext.parse(DecodedSource(Source(path, b"", ""), text, "utf-8"), ctx):
            if isinstance(item, Rejection):
                yield item
            elif reason := not_an_article(item, ctx, forwarding=bool(attached), reply=bool(msg.get("In-Reply-To"))):
                yield Rejection(path, reason, f"message {index}", sum(1 for _, t in item.body_lines if t.strip()))
            else:
                item.position, item.start_line, item.end_line = len(found) + len(cands), index, index
                cands.append(item)
        dropped = _pasted_under_lead_in(cands[0], text, ctx, _sent_on(msg)) if len(cands) == 1 else None
        if dropped:
            yield Rejection(path, "message headers, poster's introduction and signature", f"message {index}", dropped)
        # A member's paste under a note of her own: the day she posted it is not the day the
        # paste was published ('no date on the post that I can see'); its title is its own.
        if amend is None or amend(cands, msg, text):
            _fallbacks(cands, msg, text, forwarded or dropped is not None)
        _sender_outlet(cands, msg, text, ctx)
        if len(cands) == 1:
            _share_card(cands[0], text, ctx)
        _issue_line(cands, text, ctx)
        _newsletter_post(cands, msg, ctx)
        found.extend(cands)
        yield from cands
    for inner in attached:
        yield from _message(inner, index, path, ctx, found, depth + 1, tidy, amend)


read_message = _message  # for the readers of other message streams (formats/news.py)
